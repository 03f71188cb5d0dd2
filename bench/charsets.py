#!/usr/bin/env python3
"""How often the legacy-encoding guess (pagecleaner/charsets.py) reads real text right.

    python bench/charsets.py [--data ../shared/eval/scrapinghub]

Every article of the benchmark whose text is mostly non-ASCII letters is encoded in its script's
legacy encoding (Latin: windows-1252, Cyrillic: windows-1251, Hangul: EUC-KR, Japanese kana:
Shift_JIS, Han: GB18030), cut to 20 and 200 characters around its first non-ASCII one and taken
whole, and decoded as ``clean()`` decodes undeclared bytes. The scorer was written on other texts,
so these are held out. Prints the share read back exactly per script and length.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from pagecleaner.decode import decode

ROOT = Path(__file__).resolve().parent.parent
ENCODINGS = {"LATIN": "cp1252", "CYRILLIC": "cp1251", "HANGUL": "euc-kr", "HIRAGANA": "shift_jis", "CJK": "gb18030"}
LENGTHS = ("20 chars", "200 chars", "whole")


def _script(text: str) -> str | None:
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return None
    return Counter(unicodedata.name(ch, "?").split()[0] for ch in letters).most_common(1)[0][0]


def _cuts(text: str) -> dict[str, str]:
    start = next(i for i, ch in enumerate(text) if ord(ch) > 127)
    return {"20 chars": text[max(0, start - 10) : start + 10], "200 chars": text[max(0, start - 100) : start + 100],
            "whole": text}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "scrapinghub")
    args = ap.parse_args()
    truth = args.data / "ground-truth.json"
    if not truth.exists():
        print(f"no data at {args.data} (give --data)", file=sys.stderr)
        return 2
    counts: Counter[tuple[str, str, bool]] = Counter()
    for record in json.loads(truth.read_text(encoding="utf-8")).values():
        body = record.get("articleBody", "")
        encoding = ENCODINGS.get(_script(body) or "")
        if encoding is None:
            continue
        for length, text in _cuts(body).items():
            data = text.encode(encoding, errors="ignore")
            try:
                data.decode("utf-8")
                continue  # valid UTF-8: nothing to guess
            except UnicodeDecodeError:
                pass
            counts[(_script(body) or "", length, decode(data, 1 << 30).text == data.decode(encoding))] += 1
    total = [0, 0]
    for script in ENCODINGS:
        row = []
        for length in LENGTHS:
            right, wrong = counts[(script, length, True)], counts[(script, length, False)]
            total[0] += right
            total[1] += right + wrong
            row.append(f"{length} {right}/{right + wrong}")
        print(f"{script:<9} {ENCODINGS[script]:<10} " + "   ".join(row))
    print(f"all: {total[0]}/{total[1]} read right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
