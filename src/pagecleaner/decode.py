"""Raw input → text: type checks, size limit, byte decoding and input-format detection."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Literal, get_args

from .charsets import guess
from .errors import BinaryInput, CompressedInput, InputTooLarge, InvalidArgument, UnsupportedInput
from .models import InputFormat
from .settings import Settings

InputFormatArg = Literal["auto", "text", "html"]

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
    encoding, text, replaced = guess(data)
    note = f"no byte-order mark or declared charset, and not UTF-8: the encoding {encoding} was guessed"
    warnings = [note + ("; bytes invalid in it were replaced" if replaced else "")]
    return Decoded(text, encoding, warnings)


def _utf8_size(text: str) -> int:
    """Bytes of ``text`` in UTF-8; lone surrogates (legal in a Python str) count as 3, never raise."""
    return len(text.encode("utf-8", "surrogatepass"))


def decode(source: str | bytes, max_bytes: int, requested: Literal["auto", "text", "html"] = "text") -> Decoded:
    """Classify and decode ``source``: the one place that decides what input is, for ``clean()``,
    ``pipe``, the command line and the Dask adapter alike.

    * not ``str`` / ``bytes``: ``TypeError``; larger than ``max_bytes``: ``InputTooLarge``;
    * bytes of a PDF, ZIP or image: ``UnsupportedInput``; compressed bytes: ``CompressedInput``;
      bytes that read as control characters in every encoding: ``BinaryInput`` (a ``str`` is text
      by the caller's word and is never refused);
    * empty or white space only: decoded, with a warning; the article is empty.

    Bytes are read by BOM, then (for ``html``, and ``auto`` input that looks like markup) the
    declared meta charset, then UTF-8, then a guess among legacy encodings, which adds a warning.
    Never a decode error."""
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
        _refuse_controls(decoded, source)
    else:
        decoded = Decoded(source, None)
    if "\x00" in decoded.text:
        decoded.text = decoded.text.replace("\x00", "")
        decoded.warnings.append("NUL characters removed")
    if not decoded.text or decoded.text.isspace():  # (strip() would copy a large page)
        decoded.warnings.append("the input is empty or only white space: the article is empty")
    return decoded


_BINARY_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_COMPRESSED_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
)
_CONTROL_SAMPLE = 4096
_CONTROL_SHARE = 0.05
# C0 controls other than white space and NUL (NULs are removed with a warning), C1 controls, U+FFFD.
_CONTROLS = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _refuse_binary(data: bytes) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UnsupportedInput(f"input is {what}, not text or HTML")
    for magic, what in _COMPRESSED_MAGIC:
        if data.startswith(magic):
            raise CompressedInput(f"input is {what}: decompress it first (the command line reads .gz files)")


_CONTROL_BYTES = bytes([*range(1, 9), *range(0x0E, 0x20), 0x7F])


def _refuse_controls(decoded: Decoded, data: bytes) -> None:
    """Bytes whose best reading is thick with control characters are not text (text has next to none;
    random bytes read as windows-1252 give about 12 %). UTF-8 is counted on its bytes, which is the
    same count (its controls are its ASCII control bytes) at a hundredth of the cost."""
    if decoded.encoding == "utf-8":
        raw = data[:_CONTROL_SAMPLE]
        control, seen, size = len(raw) - len(raw.translate(None, _CONTROL_BYTES)), len(raw), len(raw) - raw.count(0)
    else:
        text = decoded.text[:_CONTROL_SAMPLE]
        control, seen, size = len(_CONTROLS.findall(text)), len(text), len(text) - text.count("\x00")
    if control > _CONTROL_SHARE * max(1, size):
        raise BinaryInput(f"input is binary: {control} of its first {seen} characters are control characters")


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


def check_arguments(input_format: object, url: object, settings: object) -> None:
    """The arguments every entry point takes, checked before any work: a wrong type raises
    ``TypeError``, a value outside the choices ``InvalidArgument``."""
    if not isinstance(input_format, str):
        raise TypeError(f"input_format must be a str, not {type(input_format).__name__}")
    if input_format not in get_args(InputFormatArg):
        choices = ", ".join(map(repr, get_args(InputFormatArg)))
        raise InvalidArgument(f"input_format must be one of {choices}, not {input_format!r}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if settings is not None and not isinstance(settings, Settings):
        raise TypeError(f"settings must be a pagecleaner.Settings or None, not {type(settings).__name__}")
