"""Raw input → text: type checks, size limit, byte decoding and input-format detection."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from typing import Literal

from bs4.dammit import UnicodeDammit

from .errors import InputTooLarge
from .models import InputFormat

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(slots=True)
class Decoded:
    """Input as text, with what was learnt on the way."""

    text: str
    encoding: str | None
    warnings: list[str] = field(default_factory=list)


_SAMPLE = 4096


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark. Its spaces and ASCII punctuation leave NUL bytes on one
    side of the byte pairs only, which no 8-bit text does; the side gives the byte order, and
    the decoded sample must read as printable text. (Pure CJK text has no NULs: not detected.)"""
    head = data[: _SAMPLE - _SAMPLE % 2]
    pairs = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if pairs < 4 or min(even, odd) > pairs // 200:
        return None
    if max(even, odd) < max(2, pairs // 50):
        return None
    name = "utf-16-le" if odd > even else "utf-16-be"
    try:
        sample = head.decode(name)
    except UnicodeDecodeError:
        return None
    if sum(ch.isprintable() or ch.isspace() for ch in sample) < 0.95 * len(sample):
        return None
    return Decoded(data.decode(name, errors="replace"), name, ["no byte-order mark; read as " + name])


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def _gb18030(data: bytes) -> Decoded | None:
    """Chinese in GB18030/GBK (often served as UTF-8): accepted only when the bytes decode strictly
    and nearly every non-ASCII character is Chinese. Western 8-bit text almost never does: an
    accented letter before a space or a full stop is not a valid GB18030 pair."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F]
    if len(wide) < 4 or sum(map(_is_han, wide)) < 0.9 * len(wide):
        return None
    return Decoded(text, "gb18030")


def _decode_bytes(data: bytes) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name)
    if (wide := _utf16_without_bom(data)) is not None:
        return wide
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if (cjk := _gb18030(data)) is not None:
        return cjk
    dammit = UnicodeDammit(data, ["utf-8", "windows-1252"])
    if dammit.unicode_markup is not None and dammit.original_encoding:
        warnings = []
        if dammit.contains_replacement_characters:
            warnings.append(f"some bytes could not be decoded as {dammit.original_encoding}; replaced")
        return Decoded(dammit.unicode_markup, str(dammit.original_encoding), warnings)
    return Decoded(
        data.decode("utf-8", errors="replace"),
        "utf-8",
        ["input is not valid in any detected encoding; undecodable bytes replaced"],
    )


def _utf8_size(text: str) -> int:
    """Bytes of ``text`` in UTF-8; lone surrogates (legal in a Python str) count as 3, never raise."""
    return len(text.encode("utf-8", "surrogatepass"))


def decode(source: str | bytes, max_bytes: int) -> Decoded:
    """Check and decode ``source``. Raises ``TypeError`` or ``InputTooLarge``; never a decode error."""
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(source, (str, bytes)):
        raise TypeError(f"clean() takes str or bytes, not {type(source).__name__}")
    size = len(source) if isinstance(source, bytes) else len(source) * (1 if source.isascii() else 4)
    if size > max_bytes and (isinstance(source, bytes) or _utf8_size(source) > max_bytes):
        raise InputTooLarge(f"input is larger than max_input_bytes={max_bytes}")
    decoded = Decoded(source, None) if isinstance(source, str) else _decode_bytes(source)
    if "\x00" in decoded.text:
        decoded.text = decoded.text.replace("\x00", "")
        decoded.warnings.append("NUL characters removed")
    return decoded


def detect_format(text: str, requested: Literal["auto", "text", "html"]) -> InputFormat:
    """The format to read ``text`` as. Until the HTML reader lands, everything is text."""
    if requested == "html":
        raise NotImplementedError("HTML input is not supported yet; pass input_format='text'")
    return "text"
