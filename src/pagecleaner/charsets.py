"""Which legacy encoding undeclared bytes are in, when they are not UTF-8 and carry no BOM.

Every candidate reading that decodes is scored by evidence that holds for real text in its
language and fails for a wrong reading, and the least implausible reading wins (ties go to the
earlier candidate). A wrong reading leaves marks that real text does not have:

* a multi-byte (CJK) reading of Western text puts single ideographs inside Latin words
  ("Stra遝nbahn": each accented letter took the next letter as its second byte);
* a Western reading of anything else runs three or more accented letters or symbols together
  ("Ïðàâèòåëüñòâî", "¾­¼Ã"), which Western text almost never does;
* letters of two scripts glued in one word ("Straяenbahn", Hangul glued to Hanja);
* spaces between ideographs (Korean read as Chinese: Chinese and Japanese do not space words);
* controls, unassigned and private-use code points, half-width katakana;
* a GB18030 reading outside GB2312's 7,445 common characters, an EUC-KR reading outside
  KS X 1001's 2,350 common syllables (a wrong reading lands on rare characters).

Candidates: windows-1252 (Western Europe), windows-1251 (Cyrillic), GB18030 (simplified Chinese),
Big5 (traditional Chinese), Shift_JIS (Japanese), EUC-KR (Korean). Scoring reads the first
4 KiB only, so a guess costs a few milliseconds, and only input that is not UTF-8 pays it.
"""

from __future__ import annotations

import codecs
import unicodedata

# (name reported in page.encoding, Python codec), in the order that breaks ties: Cyrillic before
# CJK, since one even-length Cyrillic word is also valid CJK and gives no evidence either way.
# The Windows supersets decode what real pages hold.
CANDIDATES: tuple[tuple[str, str], ...] = (
    ("cp1252", "cp1252"),
    ("cp1251", "cp1251"),
    ("gb18030", "gb18030"),
    ("big5", "cp950"),
    ("shift_jis", "cp932"),
    ("euc-kr", "cp949"),
)
_SAMPLE_BYTES = 4096
_CJK = frozenset({"han", "kana", "hangul", "wide"})
_BAD_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
# windows-1252 as browsers read it (WHATWG): its five undefined bytes stay the C1 controls latin-1 gives.
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _script(ch: str) -> str:
    o = ord(ch)
    if o < 0x80:
        return "ascii" if ch.isalpha() else "ascii-other"
    if not ch.isalpha():  # CJK punctuation belongs with the ideographs
        return "half" if 0xFF61 <= o <= 0xFF9F else "wide" if 0x3000 <= o < 0x3040 or 0xFF00 <= o < 0xFFF0 else "other"
    if o < 0x250 or 0x1E00 <= o < 0x1F00:
        return "latin"
    if 0x370 <= o < 0x400:
        return "greek"
    if 0x400 <= o < 0x530:
        return "cyrillic"
    if 0x3040 <= o < 0x3100 or 0x31F0 <= o < 0x3200:
        return "kana"
    if 0xAC00 <= o < 0xD7B0 or 0x1100 <= o < 0x1200 or 0x3130 <= o < 0x3190:
        return "hangul"
    if 0x4E00 <= o < 0xA000 or 0x3400 <= o < 0x4DC0 or 0xF900 <= o < 0xFB00 or o == 0x3005:
        return "han"
    if 0xFF61 <= o <= 0xFF9F:
        return "half"
    if 0xFF00 <= o <= 0xFFEF:
        return "wide"
    return "letter"


def _family(script: str) -> str:
    return "cjk" if script in _CJK else "latin" if script == "ascii" else script


def _common(ch: str, script: str, name: str) -> bool:
    """Whether a CJK character is among the common ones of the encoding's base standard."""
    base = {"gb18030": "gb2312", "euc-kr": "euc_kr"}.get(name)
    if base is None or script not in ("han", "hangul"):
        return True
    try:  # Python's euc_kr spells a syllable outside the 2,350 with 8 bytes of jamo
        return len(ch.encode(base)) == 2
    except UnicodeEncodeError:
        return False


def _glued_badly(script: str, before: str, after: str) -> bool:
    """A letter whose neighbouring letters make a word no language writes."""
    if script in _CJK:
        if before == "ascii" and after == "ascii":  # one ideograph inside a Latin word
            return True
        return any(n in ("latin", "greek", "cyrillic") or {script, n} == {"han", "hangul"} for n in (before, after))
    family = _family(script)
    return any(n not in ("ascii-other", "other", "half", "space", "") and _family(n) != family for n in (before, after))


def implausibility(text: str, name: str) -> float:
    """The share of the non-ASCII characters of ``text`` that mark ``name`` as a wrong reading."""
    scripts = [_script(ch) if not ch.isspace() else "space" for ch in text]
    wide = bad = 0
    for i, ch in enumerate(text):
        if ord(ch) >= 0x80:
            wide += 1
            bad += scripts[i] != "space" and _implausible(text, scripts, i, name)
    return bad / wide if wide else 0.0


_LETTERS = frozenset({"latin", "greek", "cyrillic", "letter", "kana", "hangul", "han", "wide"})
_LOOSE = frozenset({"space", "", "ascii-other"})


def _implausible(text: str, scripts: list[str], i: int, name: str) -> bool:
    """Whether the non-ASCII character at ``i`` is one a right reading would not give."""
    ch, script = text[i], scripts[i]
    before = scripts[i - 1] if i else ""
    after = scripts[i + 1] if i + 1 < len(text) else ""
    if script == "half" or unicodedata.category(ch) in _BAD_CATEGORIES or ch == "\ufffd":
        return True
    if script in _LETTERS and _glued_badly(script, before, after):
        return True
    if script in ("han", "kana") and after == "space" and i + 2 < len(text) and scripts[i + 2] in ("han", "kana"):
        return True  # a space between ideographs
    if not _common(ch, script, name):
        return True
    if script not in _CJK and script not in ("greek", "cyrillic") and _runs_on(text, i):
        return True
    return unicodedata.category(ch)[0] == "S" and before not in _LOOSE and after not in _LOOSE


def _runs_on(text: str, i: int) -> bool:
    """Whether the characters either side of ``i`` are non-ASCII too (three in a row)."""
    return 0 < i < len(text) - 1 and all(ord(c) >= 0x80 and not c.isspace() for c in (text[i - 1], text[i + 1]))


def _decode(data: bytes, name: str, codec: str, final: bool) -> str | None:
    if codec == "cp1252":
        return data.decode("latin-1").translate(_CP1252)
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final)
    except UnicodeDecodeError:
        return None


def guess(data: bytes) -> tuple[str, str, bool]:
    """``(encoding, text, replaced)``: the most plausible reading of ``data``; ``replaced`` says
    whether bytes invalid in it (past the part scored) were replaced."""
    head = data[:_SAMPLE_BYTES]
    final = len(data) <= _SAMPLE_BYTES
    best: tuple[float, int] | None = None
    for index, (name, codec) in enumerate(CANDIDATES):
        sample = _decode(head, name, codec, final)
        if sample is None:
            continue
        key = (implausibility(sample, name), index)
        best = key if best is None or key < best else best
    name, codec = CANDIDATES[best[1] if best is not None else 0]
    if codec == "cp1252":
        return name, data.decode("latin-1").translate(_CP1252), False
    try:
        return name, data.decode(codec), False
    except UnicodeDecodeError:
        return name, data.decode(codec, errors="replace"), True
