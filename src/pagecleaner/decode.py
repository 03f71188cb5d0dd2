"""Raw input → text: type checks, size limit, byte decoding and input-format detection."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Literal

from bs4.dammit import UnicodeDammit

from .errors import InputTooLarge, UnsupportedInput
from .models import InputFormat

# A charset declared in the first bytes of an HTML document: <meta charset="..."> or
# <meta http-equiv="Content-Type" content="text/html; charset=...">. Bounded, so linear.
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s{0,5}=\s{0,5}[\"']?\s{0,5}([A-Za-z0-9._:-]{1,40})", re.I)
_SNIFF_BYTES = 4096
# Legacy single-byte declarations that pages often make while actually serving UTF-8.
_SINGLE_BYTE = frozenset({"iso8859-1", "latin-1", "cp1252", "ascii", "iso8859-15"})

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


def _declared(data: bytes) -> str | None:
    """The codec named by a meta charset in the document head, if Python knows it."""
    m = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if m is None:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # WHATWG: a page labelled latin-1 or ascii is read as windows-1252; a utf-16 label on an
    # ASCII-compatible byte stream (we found it by ASCII search) cannot be right.
    if name in ("iso8859-1", "latin-1", "ascii"):
        return "cp1252"
    return None if name.startswith("utf-16") or name.startswith("utf-32") else name


def _decode_declared(data: bytes) -> Decoded | None:
    name = _declared(data)
    if name is None:
        return None
    if name in _SINGLE_BYTE and not data.isascii():
        try:  # valid multi-byte UTF-8 is almost never an accident: the label is wrong
            return Decoded(data.decode("utf-8"), "utf-8", [f"page declares {name} but is UTF-8; read as UTF-8"])
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError:
        return None


def _decode_bytes(data: bytes, markup: bool = False) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name)
    if (wide := _utf16_without_bom(data)) is not None:
        return wide
    if markup and (declared := _decode_declared(data)) is not None:
        return declared
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


def decode(source: str | bytes, max_bytes: int, requested: Literal["auto", "text", "html"] = "text") -> Decoded:
    """Check and decode ``source``. Raises ``TypeError``, ``InputTooLarge`` or ``UnsupportedInput``
    (a binary document such as a PDF); never a decode error. For ``html`` (and ``auto`` input
    that looks like markup) bytes are read by BOM, then the declared meta charset, then detection."""
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(source, (str, bytes)):
        raise TypeError(f"clean() takes str or bytes, not {type(source).__name__}")
    size = len(source) if isinstance(source, bytes) else len(source) * (1 if source.isascii() else 4)
    if size > max_bytes and (isinstance(source, bytes) or _utf8_size(source) > max_bytes):
        raise InputTooLarge(f"input is larger than max_input_bytes={max_bytes}")
    if isinstance(source, bytes):
        _refuse_binary(source)
        markup = requested == "html" or (requested == "auto" and _looks_like_markup(source[:_SNIFF_BYTES]))
        decoded = _decode_bytes(source, markup)
    else:
        decoded = Decoded(source, None)
    if "\x00" in decoded.text:
        decoded.text = decoded.text.replace("\x00", "")
        decoded.warnings.append("NUL characters removed")
    return decoded


_BINARY_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
)


def _refuse_binary(data: bytes) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UnsupportedInput(f"input is {what}, not text or HTML")


_TAG = re.compile(
    r"<(?:!doctype\s+html|/?(?:html|head|body|div|p|span|a|br|li|ul|ol|table|tr|td|h[1-6]|meta|link|title"
    r"|script|style|article|section|nav|header|footer|main|aside|img|form|em|strong|b|i)\b)",
    re.I,
)
_TAG_BYTES = re.compile(_TAG.pattern.encode("ascii"), re.I)


def _looks_like_markup(head: bytes) -> bool:
    return len(_TAG_BYTES.findall(head, 0, _SNIFF_BYTES)) >= 3


def detect_format(text: str, requested: Literal["auto", "text", "html"]) -> InputFormat:
    """The format to read ``text`` as: ``html`` when asked, or under ``auto`` when the document
    starts like markup or carries real HTML tags (a few ``<`` in prose stay text)."""
    if requested != "auto":
        return requested
    head = text[:65536]
    start = head.lstrip("\ufeff \t\r\n")[:15].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    tags = _TAG.findall(head)
    closing = sum(1 for t in tags if t.startswith("</"))
    if start.startswith("<") and len(tags) >= 2 and closing:
        return "html"
    return "html" if len(tags) >= 8 and closing >= 3 else "text"
