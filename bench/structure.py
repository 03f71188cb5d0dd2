#!/usr/bin/env python3
"""Do headings, list items and tables of the article come out with the right role?

    python bench/structure.py [--data ../shared/eval/scrapinghub] [--renderings html text-innertext]

The targets come from each page's HTML: the ``<h2>``-``<h4>``, ``<li>`` and plain ``<p>``
elements whose whole text is a line of the ground-truth body, and the ``<table>`` elements
whose cells (at least two) are in that body. Each rendering is cleaned and every target is
looked up in the article's body by its text: *found* counts targets kept with that exact text,
*right* those of them with the expected role (heading, list item; paragraph for ``<p>``).
Targets and body paragraphs of one text are paired one to one, the right role first (see
:func:`match`): a contents list's ``<li>`` repeating an ``<h2>`` is found only if the body keeps
the text twice. ``--by-text`` gives the measure up to round seven instead, which counted every
target whose text the body holds as found, so the ``<h2>`` the body keeps also counted as a
list item of the wrong role. A
``<p>`` whose whole text is one ``<b>``/``<strong>`` is styled as a heading, not a plain
paragraph: its wrong roles are printed apart ("with all-bold <p>" gives the share over all
``<p>``). A table is right when one table block of the body holds at least 80 % of its cells
(cells compared without their white space).
Pages are split in two halves by a stable hash of their domain; each half is printed, then
both (and the share without the texts that are both a heading and a list item of the page,
such as a contents list repeating the headings: with ``--by-text`` the body mostly keeps one
of the two, so one target of each such pair is wrong whatever the roles; and the share without
the list items whose ``<li>`` holds a ``<p>``, which ``innerText`` prints exactly as a ``<p>``), and then per page: the mean and median share of headings and list items right over the
pages that have any, and how many of the wrong roles the three worst pages hold.

``--misses`` (text renderings; with ``--half`` one half only) says why each heading and list
item that is not right is missed, from what the input text shows: found with another role
(and whether the line ends like a sentence, is short, stands alone between blank lines or is
stacked on its neighbours), or not found: glued to a neighbour, dropped by the body, absent
from the text; then the pages that hold the most wrong roles.

``--breakdown`` (text renderings; with ``--half`` one half only) gives the same reasons as
aggregate counts only, by page type (the data's ``meta.json``) and with the number of domains
each falls on, naming no line and no page: the one view of a held-out half's misses that may be
read without tuning on it.

``--cost`` measures what the roles cost instead: every page is cleaned with the roles as they
are and with the role steps switched off (text: no role inference, no text tables, body rows
of text and lines only; HTML: no role tags, no data tables as one block, no link anchors or
images collected), alternating page by page in one process, best of ``--rounds`` per page.
It patches the pure-Python modules, so run it on the uncompiled package.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from unittest.mock import patch
from urllib.parse import urlsplit

import lxml.etree as etree
import regex

from common import EVAL
from pagecleaner import Cleaner, Role
from pagecleaner import assemble as assemble_module
from pagecleaner import dom as dom_module
from pagecleaner import segment as segment_module
from pagecleaner.blocks import Block, Segment
from pagecleaner.decode import decode
from pagecleaner.models import Paragraph

DATA = EVAL / "scrapinghub"
_KINDS = ("heading", "list_item", "paragraph", "bold_p")
_EXPECTED = {"heading": Role.HEADING, "list_item": Role.LIST_ITEM, "paragraph": Role.PARAGRAPH, "bold_p": Role.PARAGRAPH}


def norm(text: str) -> str:
    return " ".join(text.split())


def half_of(url: str) -> str:
    """"A" or "B": a stable hash of the page's domain, so one site never lands in both halves."""
    host = urlsplit(url).netloc.lower().removeprefix("www.")
    return "AB"[zlib.crc32(host.encode()) % 2]


@dataclass
class Targets:
    lines: dict[str, list[str]] = field(default_factory=dict)
    """kind → the element texts expected with that role."""
    tables: list[list[str]] = field(default_factory=list)
    held: set[str] = field(default_factory=set)
    """The texts of list items whose ``<li>`` holds a ``<p>``: ``innerText`` prints such an item
    between blank lines, exactly as a ``<p>``, so the text cannot show that it is an item."""


def _bare(text: str) -> str:
    """A table cell without its white space: the markup's ``itertext`` runs "1<br>person" into
    "1person" where the body and the truth print "1 person"; the cells are compared bare."""
    return "".join(text.split())


def _text(el: etree._Element) -> str:
    return norm("".join(el.itertext()))


def _all_bold(p: etree._Element, text: str) -> bool:
    """A ``<p>`` whose whole text is in one ``<b>``/``<strong>``: a paragraph styled as a heading
    ("<p><strong>Cons</strong></p>"), not a plain paragraph; scored apart."""
    bold = [c for c in p if c.tag in ("b", "strong")]
    return len(bold) == 1 and _text(bold[0]) == text


def targets(html: bytes, body: str) -> Targets:
    """The structure the page's markup gives to lines of the ground-truth body."""
    lines = {norm(line) for line in body.splitlines() if line.strip()}
    bare_body = _bare(body)
    root = etree.fromstring(decode(html, 1 << 30).text, etree.HTMLParser(remove_comments=True, no_network=True))
    found = Targets({k: [] for k in _KINDS})
    if root is None:
        return found
    for el in root.iter("h2", "h3", "h4", "li", "p", "table"):
        if el.tag == "table":
            cells = [c for c in (_text(td) for td in el.iter("td", "th")) if c]
            words = sum(len(c.split()) for c in cells)
            bare = [_bare(c) for c in cells]
            if len(cells) >= 2 and words >= 4 and sum(c in bare_body for c in bare) >= 0.8 * len(cells):
                found.tables.append(bare)
            continue
        text = _text(el)
        if len(text) < 2 or text not in lines:
            continue
        if el.tag == "p":
            if any(a.tag in ("li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "pre", "figcaption") for a in el.iterancestors()):
                continue
            found.lines["bold_p" if _all_bold(el, text) else "paragraph"].append(text)
        else:
            found.lines["heading" if el.tag[0] == "h" else "list_item"].append(text)
            if el.tag == "li" and any(True for _ in el.iter("p")):
                found.held.add(text)
    return found


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.counts.update(other.counts)

    def line(self, name: str) -> str:
        c = self.counts
        parts = [name.ljust(16)]
        for kind in _KINDS[:3]:
            n, f, r = c[f"{kind}.n"], c[f"{kind}.found"], c[f"{kind}.right"]
            share = f"{r / f:.1%}" if f else "-"
            parts.append(f"{kind} {share} of {f} found ({n} targets)")
        hl_f = c["heading.found"] + c["list_item.found"]
        hl_r = c["heading.right"] + c["list_item.right"]
        parts.append(f"headings+lists {hl_r / hl_f:.1%} ({hl_f - hl_r} wrong)" if hl_f else "headings+lists -")
        one_f, one_r = hl_f - c["both.found"], hl_r - c["both.right"]
        parts.append(f"without texts both a heading and an item ({c['both.found']} found) {one_r / one_f:.1%}" if one_f else "")
        held_f, held_r = hl_f - c["held.found"], hl_r - c["held.right"]
        parts.append(f"without list items holding a <p> ({c['held.found']} found, {c['held.right']} right) {held_r / held_f:.1%}" if held_f else "")
        wrong = c["paragraph.found"] - c["paragraph.right"]
        parts.append(f"paragraphs given a wrong role {wrong / c['paragraph.found']:.1%} ({wrong})" if c["paragraph.found"] else "")
        bf, br = c["bold_p.found"] + c["paragraph.found"], c["bold_p.right"] + c["paragraph.right"]
        parts.append(f"with all-bold <p> ({c['bold_p.found']} found) {(bf - br) / bf:.1%}" if bf else "")
        parts.append(f"tables {c['table.right']}/{c['table.n']}")
        return " | ".join(parts)


def match(body: list[Paragraph], want: Targets, by_text: bool = False) -> Iterator[tuple[str, str, Role | None]]:
    """Each target as (kind, text, the role it came out with): ``None`` when it is not found. Targets and body
    paragraphs of one text are paired one to one, the right role first: a text the page gives
    twice (a contents list's ``<li>`` repeating an ``<h2>``) is found twice only if the body
    keeps it twice, so the heading the body keeps is not also counted as a list item of the
    wrong role. With ``by_text`` (the measure up to round seven), every target whose text the
    body holds is found, right when any paragraph of that text has its role."""
    roles: dict[str, list[Role]] = {}
    for p in body:
        roles.setdefault(norm(p.text), []).append(p.role)
    if by_text:
        for kind, texts in want.lines.items():
            for text in texts:
                got = roles.get(text)
                yield kind, text, (_EXPECTED[kind] if _EXPECTED[kind] in got else got[0]) if got else None
        return
    left = {text: Counter(got) for text, got in roles.items()}
    wrong: list[tuple[str, str]] = []
    for kind, texts in want.lines.items():
        for text in texts:
            free = left.get(text)
            if free and free[_EXPECTED[kind]] > 0:
                free[_EXPECTED[kind]] -= 1
                yield kind, text, _EXPECTED[kind]
            else:
                wrong.append((kind, text))
    for kind, text in wrong:  # then the rest, each to a paragraph of its text with another role
        free = left.get(text)
        role = next((r for r, c in free.items() if c > 0), None) if free else None
        if free is None or role is None:
            yield kind, text, None
        else:
            free[role] -= 1
            yield kind, text, role


def score(body: list[Paragraph], want: Targets, by_text: bool = False) -> Tally:
    tally = Tally()
    both = set(want.lines.get("heading", ())) & set(want.lines.get("list_item", ()))
    for kind, text, role in match(body, want, by_text):
        tally.counts[f"{kind}.n"] += 1
        if role is not None:
            right = role is _EXPECTED[kind]
            tally.counts[f"{kind}.found"] += 1
            tally.counts[f"{kind}.right"] += right
            if text in both:  # a heading and a list item of the same text (a contents list)
                tally.counts["both.found"] += 1
                tally.counts["both.right"] += right
            if kind == "list_item" and text in want.held:  # prints as a <p>: the text cannot show it
                tally.counts["held.found"] += 1
                tally.counts["held.right"] += right
    tables = [{_bare(c) for row in p.rows or [] for c in row} for p in body if p.role is Role.TABLE]
    for cells in want.tables:
        tally.counts["table.n"] += 1
        tally.counts["table.right"] += any(sum(c in t for c in cells) >= 0.8 * len(cells) for t in tables)
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--renderings", nargs="+", default=["html", "text-innertext"])
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong roles per rendering")
    ap.add_argument("--half", choices=["A", "B"], help="--show and --misses: this half only")
    ap.add_argument("--by-text", action="store_true", help="the measure up to round seven: a target is found when the body holds its text")
    ap.add_argument("--misses", action="store_true", help="classify the wrong and missing headings and list items, page by page")
    ap.add_argument("--breakdown", action="store_true", help="aggregate counts of the misses by page type and by why (domains counted), no lines or pages named")
    ap.add_argument("--cost", action="store_true", help="time clean() with and without the role steps")
    ap.add_argument("--rounds", type=int, default=5, help="--cost: rounds, best kept per page")
    args = ap.parse_args(argv)
    if args.cost:
        return cost(args.data, args.renderings, args.rounds)
    truth_file = args.data / "ground-truth.json"
    if not truth_file.is_file():
        sys.exit(f"no ground truth at {truth_file}; pass --data DIR")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    meta_file = args.data / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
    cleaner = Cleaner(plugins=False)
    pages = {}
    for pid in sorted(truth):
        html = gzip.decompress((args.data / "html" / f"{pid}.html.gz").read_bytes())
        pages[pid] = (html, targets(html, truth[pid]["articleBody"]), half_of(truth[pid].get("url") or pid))
    for rendering in args.renderings:
        halves = {"A": Tally(), "B": Tally()}
        per_page: dict[str, list[tuple[str, Tally]]] = {"A": [], "B": []}
        misses: dict[str, list[tuple[str, str]]] = {"A": [], "B": []}
        kinds: dict[str, Counter[tuple[str, str]]] = {"A": Counter(), "B": Counter()}
        domains: dict[str, dict[tuple[str, str], set[str]]] = {"A": {}, "B": {}}
        shown = 0
        for pid, (html, want, half) in pages.items():
            source = html if rendering == "html" else (args.data / rendering / f"{pid}.txt").read_bytes()
            page = cleaner.clean(source, input_format="html" if rendering == "html" else "text")
            tally = score(page.article.body, want, args.by_text)
            halves[half].add(tally)
            per_page[half].append((pid, tally))
            if args.misses and rendering != "html" and args.half in (None, half):
                misses[half] += [(pid, why) for why in classify_misses(source.decode("utf-8", "replace"), page.article.body, want, args.by_text)]
            if args.breakdown and rendering != "html" and args.half in (None, half):
                info = meta.get(pid, {})
                for why in classify_misses(source.decode("utf-8", "replace"), page.article.body, want, args.by_text):
                    key = (info.get("page_type", "-"), why)
                    kinds[half][key] += 1
                    domains[half].setdefault(key, set()).add(info.get("domain") or pid)
            if shown < args.show and (args.half is None or args.half == half):
                shown += _show(page.article.body, want, pid)
        both = Tally()
        for t in halves.values():
            both.add(t)
        print(f"== {rendering}")
        for name, t in (("half A", halves["A"]), ("half B", halves["B"]), ("all", both)):
            print("  " + t.line(name))
        for half in "AB":
            print(f"  half {half} per page: " + macro(per_page[half]))
        if args.misses:
            for half in "AB":
                if misses[half]:
                    print_misses(half, misses[half], per_page[half])
        if args.breakdown:
            for half in "AB":
                if kinds[half]:
                    print_breakdown(half, kinds[half], domains[half])
    return 0


# -- per page, and why the misses are missed ---------------------------------------------------
def _hl(t: Tally) -> tuple[int, int]:
    c = t.counts
    return c["heading.found"] + c["list_item.found"], c["heading.right"] + c["list_item.right"]


def macro(pages: list[tuple[str, Tally]]) -> str:
    """The mean over pages (with a heading or list item found) of their share right, the
    median, and how much of the half's wrong roles its three worst pages hold."""
    shares = sorted(r / f for f, r in (_hl(t) for _, t in pages) if f)
    if not shares:
        return "-"
    wrong = sorted((f - r for f, r in (_hl(t) for _, t in pages)), reverse=True)
    total = sum(wrong)
    top3 = sum(wrong[:3])
    median = shares[len(shares) // 2]
    return (
        f"headings+lists mean {sum(shares) / len(shares):.1%} over {len(shares)} pages, median {median:.1%};"
        f" {sum(s >= 0.8 for s in shares)} pages at 80 % or more; the 3 worst pages hold {top3} of {total} wrong"
    )


_SENTENCE_END = tuple(".!?:;…。！？")


def classify_misses(source: str, body: list[Paragraph], want: Targets, by_text: bool = False) -> Iterator[str]:
    """Why each heading and list item that is not right is missed, from what the input text
    shows. Found with a wrong role: "heading as <role>: <cue>", "list_item as <role>: <cue>".
    Not found: "kept for another target" (the body holds its text, paired with another target
    of the same text, see :func:`match`), "glued" (its text is part of a longer input line or
    body paragraph: the text ran it into a neighbour), "dropped" (a line of the input, but the
    body does not hold it: removed as boilerplate), "absent" (not in the input text at all)."""
    raw = source.splitlines()
    lines = [norm(line) for line in raw]
    where: dict[str, int] = {}
    for k, line in enumerate(lines):
        where.setdefault(line, k)
    texts = [norm(p.text) for p in body]
    kept = set(texts)
    for kind, text, role in match(body, want, by_text):
        if kind in ("bold_p",) or role is _EXPECTED[kind]:
            continue
        if kind == "paragraph":
            if role is not None:
                marked = _MARK.match(text) is not None
                yield f"<p> as {role.value}: " + ("starts with a bullet or number" if marked else _cue(text, where.get(text), lines))
            continue
        if role is None:
            if text in kept:
                yield "not found: kept for another target of its text"
            elif any(text in t for t in texts) or (text not in where and text in norm(source)):
                yield "not found: glued to a neighbour"
            elif text in where:
                yield "not found: dropped by the body"
            else:
                yield "not found: absent from the text"
            continue
        yield f"{kind} as {role.value}: {_cue(text, where.get(text), lines)}"


_MARK = regex.compile(r"^(?:[•·▪►▸‣◦●■*–—-]|\(?(?:\d{1,3}|[a-zA-Z])[.)])\s")


def _cue(text: str, k: int | None, lines: list[str]) -> str:
    """What the line looks like beside its neighbours in the input."""
    if k is None:
        return "joined lines"
    before = k == 0 or not lines[k - 1]
    after = k + 1 >= len(lines) or not lines[k + 1]
    words = len(text.split())
    ends = text.rstrip("'\"”’»)]").endswith(_SENTENCE_END)
    spacing = "alone" if before and after else "stacked" if not before and not after else "edge"
    shape = "ends like a sentence" if ends else f"{'short' if words <= 8 else 'long'} unpunctuated"
    return f"{shape}, {spacing}"


def _group(reason: str) -> str:
    """The miss classes of issue 13: what the text shows of the element."""
    if reason.startswith(("not found", "<p>")):
        return reason
    kind, _, cue = reason.partition(": ")
    if kind in ("heading as list_item", "list_item as heading"):
        return "shown as structure, heading and item confused"
    if kind.startswith("heading"):
        if cue.startswith(("ends like a sentence", "long", "joined")):
            return "heading reads as prose (ends like a sentence, or long)"
        return "short unpunctuated heading left a paragraph"
    if kind.startswith("list_item") and cue.endswith("alone"):
        return "list item set apart like a paragraph, no bullet"
    if kind.startswith("list_item"):
        return "list item stacked with its neighbours, no bullet, left a paragraph"
    return reason


def print_misses(half: str, misses: list[tuple[str, str]], pages: list[tuple[str, Tally]]) -> None:
    print(f"  half {half}: why headings and list items are missed")
    for reason, n in Counter(_group(w) for _, w in misses).most_common():
        print(f"    {n:5d}  {reason}")
    print(f"  half {half}: in detail")
    why = Counter(w for _, w in misses)
    for reason, n in why.most_common():
        print(f"    {n:5d}  {reason}")
    wrong = Counter(pid for pid, w in misses if not w.startswith(("not found", "<p>")))
    found = {pid: _hl(t)[0] for pid, t in pages}
    total = sum(wrong.values())
    print(f"  half {half}: wrong roles by page ({total} on {len(wrong)} pages; cumulative share)")
    acc = 0
    for pid, n in wrong.most_common(10):
        acc += n
        print(f"    {pid[:12]:<12} {n:4d} of {found[pid]:4d} found  {acc / total:6.1%}")


def print_breakdown(half: str, kinds: Counter[tuple[str, str]], domains: dict[tuple[str, str], set[str]]) -> None:
    """Aggregate counts only (safe to print for a held-out half): the misses by page type and by
    why (see :func:`classify_misses`), each with the number of domains it falls on."""
    print(f"  half {half}: misses by page type and why (lines, domains)")
    for (page_type, why), n in sorted(kinds.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"    {page_type:<14} {n:5d} {len(domains[(page_type, why)]):4d}  {why}")


# -- what the roles cost ----------------------------------------------------------------------
def _plain_row(block: Block) -> dict[str, object]:
    return {"text": block.text, "start_line": block.start_line, "end_line": block.end_line}


def _plain_segments(segs: list[segment_module._Piece]) -> list[Segment]:
    return [Segment(p.text, p.raw, p.start_line, p.end_line, p.blank_before, None, p.shape) for p in segs]


def _link_without_anchor(self: dom_module._Cutter, href: str | None) -> None:
    """``_Cutter.link`` without what Markdown's links add: the target (the real ``_Cutter.target``)
    is collected for the link-density features, no anchor is opened to gather the link's text."""
    resolved = self.target(href)
    if resolved is not None:
        self.hrefs.append(resolved)


@contextmanager
def _roles_off(html: bool) -> Iterator[None]:
    with ExitStack() as patches:
        patches.enter_context(patch.object(assemble_module, "paragraph_row", _plain_row))
        if html:
            patches.enter_context(patch.object(dom_module, "_ROLE_TAGS", {}))
            patches.enter_context(patch.object(dom_module, "_LISTS", frozenset()))
            patches.enter_context(patch.object(dom_module, "_is_data_table", lambda table: False))
            patches.enter_context(patch.object(dom_module._Cutter, "image", lambda self, el: None))
            patches.enter_context(patch.object(dom_module._Cutter, "link", _link_without_anchor))
        else:
            patches.enter_context(patch.object(segment_module, "shape_segments", _plain_segments))
            patches.enter_context(patch.object(segment_module, "table_runs", lambda lines: {}))
        yield


def cost(data: Path, renderings: list[str], rounds: int) -> int:
    cleaner = Cleaner(plugins=False)
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    for rendering in renderings:
        html = rendering == "html"
        if html:
            inputs = [gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes()) for pid in sorted(truth)]
        else:
            inputs = [(data / rendering / f"{pid}.txt").read_bytes() for pid in sorted(truth)]
        best = {True: [float("inf")] * len(inputs), False: [float("inf")] * len(inputs)}
        for r in range(rounds):
            for i, source in enumerate(inputs):
                for roles in (True, False) if (i + r) % 2 else (False, True):
                    with _roles_off(html) if not roles else nullcontext():
                        t0 = time.perf_counter()
                        cleaner.clean(source, input_format="html" if html else "text")
                        best[roles][i] = min(best[roles][i], time.perf_counter() - t0)
        a, b = sum(best[True]) / len(inputs), sum(best[False]) / len(inputs)
        print(f"{rendering}: {a * 1e3:.2f} ms a page with roles, {b * 1e3:.2f} without: {a / b - 1:+.1%}")
    return 0


def _show(body: list[Paragraph], want: Targets, pid: str) -> int:
    roles = {norm(p.text): p.role for p in body}
    n = 0
    for kind, texts in want.lines.items():
        for text in texts:
            role = roles.get(text)
            if role is not None and role is not _EXPECTED[kind]:
                print(f"  {pid[:8]} want {kind:<10} got {role.value:<10} {text[:90]}")
                n += 1
    return n


if __name__ == "__main__":
    sys.exit(main())
