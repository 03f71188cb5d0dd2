"""pagecleaner on Dask: clean a bag or a data frame partition by partition (needs ``pagecleaner[dask]``).

Each partition rebuilds the cleaner once from its pickled rules and settings,
then cleans its pages in order. The result has flat columns for analysis plus
the full ``CleanedPage`` JSON; a page that fails has ``error`` set instead.

>>> import dask.bag as db
>>> from pagecleaner.integrations.dask import clean_bag
>>> rows = clean_bag(db.from_sequence(texts, npartitions=8)).compute()
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from ..batch import BatchError, BatchItem, BatchResult, CleanerSpec, InputFormatArg, clean_item
from ..cleaner import Cleaner
from ..decode import check_arguments
from ..errors import InvalidArgument
from ..inputs import record_item
from ..settings import Settings

COLUMNS: dict[str, str] = {
    "id": "string",
    "title": "string",
    "source": "string",
    "published": "string",
    "byline": "string",
    "text": "string",
    "n_related": "int64",
    "n_removed": "int64",
    "error": "string",
    "json": "string",
}
"""The output columns and their pandas dtypes. ``published`` is ISO 8601; ``json`` the whole page."""


def flat_record(result: BatchResult) -> dict[str, Any]:
    """One result as a flat row of :data:`COLUMNS`."""
    page, error = result.page, result.error
    if page is None:
        message = f"{error.type}: {error.message}" if error is not None else "no page"
        return {**dict.fromkeys(COLUMNS), "id": result.id, "n_related": 0, "n_removed": 0, "error": message}
    a = page.article
    return {
        "id": result.id,
        "title": a.title,
        "source": a.source,
        "published": a.published.isoformat() if a.published is not None else None,
        "byline": a.byline,
        "text": a.text,
        "n_related": len(page.related),
        "n_removed": len(page.removed),
        "error": None,
        "json": page.model_dump_json(),
    }


def _spec(cleaner: Cleaner | None, settings: Settings | None) -> bytes:
    """The pickled cleaner every partition rebuilds: ``cleaner``, or the default rules with
    ``settings`` (which say, among other things, whether installed rule packs run)."""
    if cleaner is not None and settings is not None:
        raise InvalidArgument("give cleaner= or settings=, not both (a cleaner carries its settings)")
    return CleanerSpec.of(cleaner or Cleaner(settings=settings)).dumps()


def _item(obj: Any, field: str | None, id_field: str | None) -> BatchItem:
    """One bag element as a batch item, read as the command line reads a JSONL record."""
    if field is None:
        return BatchItem(obj)  # not str or bytes: clean() says TypeError, as everywhere
    if not isinstance(obj, dict):
        message = f"expected a record (dict) holding {field!r}, found {type(obj).__name__}"
        return BatchItem(error=BatchError(type="NotAnObject", message=message))
    return record_item(obj, field, id_field, None)


def clean_records(
    items: Iterable[Any], spec: bytes, field: str | None, id_field: str | None, input_format: InputFormatArg
) -> list[dict[str, Any]]:
    """Clean one partition's items into flat rows, with one cleaner built for the whole partition."""
    cleaner = pickle.loads(spec).build()
    return [flat_record(clean_item(cleaner, _item(obj, field, id_field), input_format)) for obj in items]


def clean_bag(
    bag: db.Bag,
    *,
    cleaner: Cleaner | None = None,
    field: str | None = None,
    id_field: str | None = None,
    input_format: InputFormatArg = "auto",
    settings: Settings | None = None,
) -> db.Bag:
    """A bag of flat rows (dicts with :data:`COLUMNS`), one per item of ``bag``, in order.

    Items are page texts (str or bytes) or, with ``field``, dicts holding the
    page under ``field`` and an id under ``id_field``. Without ``cleaner``, the default rules run
    with ``settings``.
    """
    check_arguments(input_format, None, settings)
    return bag.map_partitions(clean_records, _spec(cleaner, settings), field, id_field, input_format)


def _frame(rows: Sequence[dict[str, Any]], index: pd.Index) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(COLUMNS), index=index).astype(COLUMNS)


def _clean_partition(
    part: pd.DataFrame, column: str, id_column: str | None, spec: bytes, input_format: InputFormatArg
) -> pd.DataFrame:
    items: list[dict[str, Any]] = [
        {"page": page, "id": ident}
        for page, ident in zip(part[column], part[id_column] if id_column else [None] * len(part), strict=True)
    ]
    return _frame(clean_records(items, spec, "page", "id", input_format), part.index)


def clean_dataframe(
    ddf: dd.DataFrame,
    column: str,
    *,
    id_column: str | None = None,
    cleaner: Cleaner | None = None,
    input_format: InputFormatArg = "auto",
    settings: Settings | None = None,
) -> dd.DataFrame:
    """A data frame of :data:`COLUMNS`, one row per row of ``ddf`` and on its index, from the pages in ``column``."""
    check_arguments(input_format, None, settings)
    meta = _frame([], pd.Index([], dtype=ddf.index.dtype))
    spec = _spec(cleaner, settings)
    return ddf.map_partitions(_clean_partition, column, id_column, spec, input_format, meta=meta)
