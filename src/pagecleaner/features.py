"""Segments → blocks: the cheap, language-independent features every rule reads."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from .blocks import Block, Segment

_TERMINAL = regex.compile(r"[.!?…。！？](?:[\"'”’»)\]]{0,2})$")
_SENTENCE_END = regex.compile(r"[.!?…。！？](?:[\"'”’»)\]]{0,2})(?=\s|$)")
_BULLET = regex.compile(r"^[•·▪►▸‣◦●■*–—-]\s")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _ratios(text: str, words: list[str]) -> tuple[float, float, float]:
    upper = lower = digits = 0
    for ch in text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
        elif ch.isdigit():
            digits += 1
    cased = upper + lower
    capitals = sum(1 for w in words if w[:1].isupper())
    return (
        upper / cased if cased else 0.0,
        capitals / len(words) if words else 0.0,
        digits / len(text) if text else 0.0,
    )


def make_block(index: int, seg: Segment, repeats: int) -> Block:
    """Compute one block's features."""
    words = seg.text.split()
    upper_ratio, capital_ratio, digit_ratio = _ratios(seg.text, words)
    cjk = len(_CJK.findall(seg.text[:200])) * 3 > min(len(seg.text), 200)
    return Block(
        index=index,
        text=seg.text,
        raw=seg.raw,
        start_line=seg.start_line,
        end_line=seg.end_line,
        blank_before=seg.blank_before,
        chars=len(seg.text),
        words=len(words),
        terminal=bool(_TERMINAL.search(seg.text)),
        sentences=len(_SENTENCE_END.findall(seg.text)),
        upper_ratio=upper_ratio,
        capital_ratio=capital_ratio,
        digit_ratio=digit_ratio,
        bullet=bool(_BULLET.match(seg.text)),
        repeats=repeats,
        cjk=cjk,
        dom=seg.dom,
    )


def make_blocks(segments: Iterable[Segment]) -> list[Block]:
    """Turn segments into blocks, counting how often each text repeats on the page."""
    segs = list(segments)
    counts = Counter(s.text for s in segs)
    return [make_block(i, s, counts[s.text]) for i, s in enumerate(segs)]
