"""Arguments are checked before any work: a wrong value raises a PageCleanerError subclass, a wrong
type a TypeError, never a pydantic or attribute error from deep inside."""

from __future__ import annotations

from typing import Any

import pytest

from pagecleaner import Cleaner, PageCleanerError, clean, clean_many
from pagecleaner.errors import InvalidArgument

PAGE = "The council approved the budget on Tuesday night after a long debate about schools and roads."


def test_an_unknown_input_format_is_an_invalid_argument() -> None:
    with pytest.raises(InvalidArgument, match="input_format must be one of 'auto', 'text', 'html', not 'pdf'") as info:
        clean("x", input_format="pdf")  # type: ignore[arg-type]
    assert isinstance(info.value, PageCleanerError)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [({"url": 5}, "url"), ({"settings": {"favor": "recall"}}, "settings"), ({"input_format": 3}, "input_format")],
)
def test_a_wrong_type_is_a_type_error_naming_the_argument(kwargs: dict[str, Any], name: str) -> None:
    with pytest.raises(TypeError, match=name):
        clean(PAGE, **kwargs)
    with pytest.raises(TypeError, match=name):
        Cleaner(plugins=False).clean(PAGE, **kwargs)


def test_the_check_comes_before_the_work() -> None:
    with pytest.raises(InvalidArgument):  # not a decode or size error: the input is never read
        clean(object(), input_format="pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"workers": -1}, InvalidArgument),
        ({"timeout": 0, "workers": 1}, InvalidArgument),
        ({"input_format": "pdf"}, InvalidArgument),
        ({"workers": "2"}, TypeError),
        ({"settings": {"favor": "recall"}}, TypeError),
    ],
)
def test_clean_many_checks_its_arguments_before_starting(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        list(clean_many([PAGE], **kwargs))


def test_invalid_argument_is_still_a_value_error() -> None:
    assert issubclass(InvalidArgument, ValueError)
