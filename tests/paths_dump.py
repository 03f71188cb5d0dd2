"""Clean every page of the evaluation sets and print one line per page: set, page id and the SHA-256
of its ``CleanedPage`` JSON. Run by tests/test_build.py once per path (compiled, pure Python).

    python tests/paths_dump.py EVAL_DIR
"""

from __future__ import annotations

import gzip
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

from pagecleaner import Cleaner
from pagecleaner.decode import InputFormatArg

SETS = (
    ("scrapinghub", "html"),
    ("scrapinghub", "text-innertext"),
    ("scrapinghub", "text-bs4"),
    ("scrapinghub", "text-htmltext"),
    ("scrapinghub", "text-alttext"),
    ("wcxb-dev", "html"),
    ("wcxb-dev", "text-innertext"),
)


def pages(folder: Path) -> Iterator[tuple[str, bytes]]:
    """(page id, raw bytes) of one rendering's folder, in name order."""
    for f in sorted(folder.iterdir()):
        if f.name.endswith(".html.gz"):
            yield f.name.removesuffix(".html.gz"), gzip.decompress(f.read_bytes())
        elif f.suffix == ".txt":
            yield f.stem, f.read_bytes()


def main(data: Path) -> int:
    cleaner = Cleaner(plugins=False)
    for corpus, rendering in SETS:
        fmt: InputFormatArg = "html" if rendering == "html" else "text"
        for page_id, raw in pages(data / corpus / rendering):
            digest = hashlib.sha256(cleaner.clean(raw, input_format=fmt).model_dump_json().encode()).hexdigest()
            print(f"{corpus}/{rendering}\t{page_id}\t{digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
