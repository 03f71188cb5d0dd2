"""pagecleaner.integrations.dask on a real two-process distributed.LocalCluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from pagecleaner import BatchResult, Cleaner, clean  # noqa: E402
from pagecleaner.integrations.dask import COLUMNS, clean_bag, clean_dataframe, flat_record  # noqa: E402

if TYPE_CHECKING:
    from distributed import Client

N_PAGES = 300


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def pages() -> list[str]:
    seed = (Path(__file__).resolve().parent.parent / "fixtures" / "seed.txt").read_text(encoding="utf-8")
    lines = seed.splitlines()
    # Distinct variants: a line dropped in turn, an extra paragraph, and every seventh page empty (an empty article).
    return [
        "" if i % 7 == 3 else "\n".join(lines[: i % 40] + lines[i % 40 + 1 :]) + f"\n\nPage {i} closes here."
        for i in range(N_PAGES)
    ]


def local_rows(pages: list[str], cleaner: Cleaner | None = None) -> list[dict[str, object]]:
    from pagecleaner.batch import BatchItem, clean_item

    c = cleaner or Cleaner()
    return [flat_record(clean_item(c, BatchItem(p), "auto")) for p in pages]


def test_clean_bag_on_a_cluster_equals_cleaning_in_one_process(client: Client, pages: list[str]) -> None:
    assert len(client.scheduler_info()["workers"]) == 2
    rows = clean_bag(db.from_sequence(pages, npartitions=8)).compute()
    assert rows == local_rows(pages)
    assert all(r["error"] is None for r in rows)
    assert sum(r["text"] == "" for r in rows) == len([p for p in pages if not p])


def test_clean_bag_reads_records_with_ids(client: Client, pages: list[str]) -> None:
    records = [{"key": f"k{i}", "body": p} for i, p in enumerate(pages[:20])]
    rows = clean_bag(db.from_sequence(records, npartitions=3), field="body", id_field="key").compute()
    assert [r["id"] for r in rows] == [f"k{i}" for i in range(20)]


def test_clean_bag_uses_the_given_cleaner(client: Client, pages: list[str]) -> None:
    cleaner = Cleaner().disable("related.teasers")
    rows = clean_bag(db.from_sequence(pages[:16], npartitions=4), cleaner=cleaner).compute()
    assert rows == local_rows(pages[:16], cleaner)
    assert rows != local_rows(pages[:16])


def test_clean_dataframe_keeps_the_index_and_writes_parquet(
    client: Client, pages: list[str], tmp_path: Path
) -> None:
    frame = pd.DataFrame({"url": [f"u{i}" for i in range(len(pages))], "html": pages})
    out = clean_dataframe(dd.from_pandas(frame, npartitions=6), "html", id_column="url")
    out.to_parquet(tmp_path / "clean")
    back = dd.read_parquet(tmp_path / "clean").compute()
    assert list(back.columns) == list(COLUMNS)
    assert list(back.index) == list(frame.index)
    assert list(back["id"]) == list(frame["url"])
    expected = [r["json"] for r in local_rows(pages)]
    assert [None if pd.isna(x) else x for x in back["json"]] == expected


def test_a_flat_record_carries_the_full_page_json(pages: list[str]) -> None:
    page = clean(pages[0])
    row = flat_record(BatchResult(id="a", page=page))
    assert row["title"] == page.article.title and row["n_removed"] == len(page.removed)
    assert row["json"] == page.model_dump_json()
