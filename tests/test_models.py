"""The pydantic models are the public contract: frozen, strict, documented, JSON round-trip exact."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from pydantic import ValidationError

from pagecleaner import Article, CleanedPage, Kind, Removed, Teaser, clean


def test_seed_result_round_trips_through_json(seed_text: str) -> None:
    page = clean(seed_text)
    assert CleanedPage.model_validate_json(page.model_dump_json()) == page


@pytest.mark.parametrize("published", [date(2025, 6, 30), datetime(2025, 6, 30, 10, 5, tzinfo=timezone.utc)])
def test_date_and_datetime_keep_their_type_through_json(published: date) -> None:
    a = Article(published=published, paragraphs=["x"])
    back = Article.model_validate_json(a.model_dump_json())
    assert back == a
    assert type(back.published) is type(published)


def test_text_is_the_paragraphs_joined_by_a_blank_line() -> None:
    assert Article(paragraphs=["a", "b"]).text == "a\n\nb"


def test_inconsistent_text_is_rejected() -> None:
    with pytest.raises(ValidationError, match="joined"):
        Article(paragraphs=["a"], text="b")


def test_models_are_frozen_and_forbid_extra_fields() -> None:
    t = Teaser(title="x")
    with pytest.raises(ValidationError):
        t.title = "y"
    with pytest.raises(ValidationError):
        Teaser(title="x", colour="red")


def test_json_schema_documents_every_field() -> None:
    schema = CleanedPage.model_json_schema()
    for model in ("Article", "Teaser", "Removed", "Paragraph", "Link", "Image"):
        props = schema["$defs"][model]["properties"]
        missing = [name for name, p in props.items() if not p.get("description")]
        assert not missing, f"{model} fields without description: {missing}"


def test_kind_serialises_as_its_value() -> None:
    r = Removed(rule="x.y", kind=Kind.APP_PROMO, text="t", start_line=1, end_line=1)
    assert '"kind":"app_promo"' in r.model_dump_json()
