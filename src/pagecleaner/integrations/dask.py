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

from ..batch import BatchItem, BatchResult, CleanerSpec, InputFormatArg, clean_item
from ..cleaner import Cleaner

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


def _spec(cleaner: Cleaner | None) -> bytes:
    return CleanerSpec.of(cleaner or Cleaner()).dumps()


def _item(obj: Any, field: str | None, id_field: str | None) -> BatchItem:
    if field is None:
        return BatchItem(obj if isinstance(obj, (str, bytes)) else str(obj))
    raw_id = obj.get(id_field) if id_field else None
    return BatchItem(obj.get(field, ""), None if raw_id is None else str(raw_id))


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
) -> db.Bag:
    """A bag of flat rows (dicts with :data:`COLUMNS`), one per item of ``bag``, in order.

    Items are page texts (str or bytes) or, with ``field``, dicts holding the
    page under ``field`` and an id under ``id_field``.
    """
    return bag.map_partitions(clean_records, _spec(cleaner), field, id_field, input_format)


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
) -> dd.DataFrame:
    """A data frame of :data:`COLUMNS`, one row per row of ``ddf`` and on its index, from the pages in ``column``."""
    meta = _frame([], pd.Index([], dtype=ddf.index.dtype))
    return ddf.map_partitions(_clean_partition, column, id_column, _spec(cleaner), input_format, meta=meta)
