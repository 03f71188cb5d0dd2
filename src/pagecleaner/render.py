"""An article's body → Markdown (CommonMark with pipe tables) or a minimal HTML document.

Works on anything shaped like the public models (see the protocols below), so that
``models.py`` can offer ``CleanedPage.to_markdown()`` without this module importing it.
Every piece of page text is escaped: a paragraph that starts with "# " or "1. " stays a
paragraph, and ``<script>`` in a page's text stays text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from .blocks import Role

# -- the shapes this module reads ---------------------------------------------


class LinkLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def url(self) -> str: ...


class ImageLike(Protocol):
    @property
    def url(self) -> str: ...
    @property
    def alt(self) -> str: ...


class ParagraphLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def level(self) -> int | None: ...
    @property
    def ordered(self) -> bool | None: ...
    @property
    def depth(self) -> int | None: ...
    @property
    def rows(self) -> Sequence[Sequence[str]] | None: ...
    @property
    def links(self) -> Sequence[LinkLike]: ...
    @property
    def images(self) -> Sequence[ImageLike]: ...


class ArticleLike(Protocol):
    @property
    def title(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def published(self) -> object: ...
    @property
    def byline(self) -> str | None: ...
    @property
    def credit(self) -> str | None: ...
    @property
    def body(self) -> Sequence[ParagraphLike]: ...


class TeaserLike(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def age(self) -> str | None: ...


# -- Markdown -------------------------------------------------------------------

_INLINE = re.compile(r"[\\`*\[\]<|]|&(?=#?\w+;)|(?<!\w)_|_(?!\w)")
# What would start a block other than a paragraph at the start of a line.
_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|[=-]+\s*$|~~~|```)")
_URL_UNSAFE = re.compile(r"[\s()<>]")


def escape_inline(text: str) -> str:
    """Backslash-escape what CommonMark would read as markup inside a line of text."""
    return _INLINE.sub(lambda m: "\\" + m.group(0), text)


def _escape_start(text: str) -> str:
    m = _BLOCK_START.match(text)
    if m is None:
        return text
    if text[0].isdigit():  # "1. " → "1\. "
        end = m.end()
        return text[:end] + "\\" + text[end:]
    return "\\" + text


def _url(url: str) -> str:
    return _URL_UNSAFE.sub(lambda m: f"%{ord(m.group(0)):02X}", url)


def _pieces(text: str, links: Sequence[LinkLike]) -> Iterator[tuple[str, str | None]]:
    """The text cut into runs, each with the link it belongs to (``None`` outside links): every
    link's text is found after the previous one's, so a repeated word links where it is linked."""
    at = 0
    for link in links:
        found = text.find(link.text, at) if link.text else -1
        if found < 0:
            continue
        if found > at:
            yield text[at:found], None
        yield link.text, link.url
        at = found + len(link.text)
    if at < len(text):
        yield text[at:], None


def _inline_md(text: str, links: Sequence[LinkLike] | None) -> str:
    text = " ".join(text.split())
    if not links:
        return _escape_start(escape_inline(text))
    out: list[str] = []
    for piece, url in _pieces(text, links):
        escaped = escape_inline(piece)
        out.append(f"[{escaped}](<{url.replace('>', '%3E')}>)" if url is not None else escaped)
    if out and not out[0].startswith("["):
        out[0] = _escape_start(out[0])
    return "".join(out)


def _fence(code: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}\n{code}\n{ticks}"


def _table_md(rows: Sequence[Sequence[str]]) -> str:
    width = max(len(r) for r in rows)

    def line(cells: Sequence[str]) -> str:
        padded = [escape_inline(" ".join(c.split())) for c in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(padded) + " |"

    return "\n".join([line(rows[0]), "|" + " --- |" * width, *(line(r) for r in rows[1:])])


def _images_md(images: Sequence[ImageLike]) -> str:
    return " ".join(f"![{escape_inline(' '.join(i.alt.split()))}]({_url(i.url)})" for i in images)


def _list_md(items: Sequence[ParagraphLike], links: bool) -> str:
    """A run of list items, nested by depth: a child is indented by its parent's marker width,
    and never more than one level deeper than the item before it."""
    out: list[str] = []
    widths: list[int] = []  # marker width of each open level
    counters: list[int] = []
    for item in items:
        depth = max(1, min(item.depth or 1, len(widths) + 1))
        del widths[depth:], counters[depth:]
        if len(widths) < depth:
            widths.append(0)
            counters.append(0)
        counters[-1] += 1
        marker = f"{counters[-1]}." if item.ordered else "-"
        widths[-1] = len(marker) + 1
        indent = " " * sum(widths[:-1])
        text = _inline_md(item.text, item.links if links else None)
        out.append(f"{indent}{marker} {text}".rstrip())
    return "\n".join(out)


def _runs(body: Sequence[ParagraphLike]) -> Iterator[list[ParagraphLike]]:
    """Consecutive list items (and consecutive quotes) together; every other block alone."""
    run: list[ParagraphLike] = []
    for p in body:
        if run and (p.role is not run[-1].role or p.role not in (Role.LIST_ITEM, Role.QUOTE)):
            yield run
            run = []
        run.append(p)
    if run:
        yield run


def _block_md(run: list[ParagraphLike], links: bool) -> str:
    first = run[0]
    role = first.role
    if role is Role.LIST_ITEM:
        return _list_md(run, links)
    if role is Role.QUOTE:
        return "\n>\n".join("> " + _inline_md(p.text, p.links if links else None) for p in run)
    if role is Role.CODE:
        return _fence(first.text)
    if role is Role.TABLE and first.rows:
        return _table_md(first.rows)
    text = _inline_md(first.text, first.links if links else None)
    if role is Role.HEADING:
        return "#" * max(1, min(6, first.level or 2)) + " " + text
    return text


def _meta(article: ArticleLike) -> list[str]:
    meta = [str(v) for v in (article.source, article.published) if v is not None]
    meta += [f"By {article.byline}"] if article.byline else []
    meta += [f"Credit: {article.credit}"] if article.credit else []
    return meta


def to_markdown(
    article: ArticleLike, related: Sequence[TeaserLike] = (), *, links: bool = False, images: bool = False
) -> str:
    """The article as Markdown; ``related`` teasers, if any, as a list of links at the end."""
    out: list[str] = []
    if article.title:
        out.append("# " + _inline_md(article.title, None))
    if meta := _meta(article):
        out.append("*" + escape_inline(" · ".join(" ".join(m.split()) for m in meta)) + "*")
    for run in _runs(article.body):
        if images and (pictures := [i for p in run for i in p.images]):
            out.append(_images_md(pictures))
        out.append(_block_md(run, links))
    if related:
        out.append("## Related")
        items = []
        for t in related:
            title = _inline_md(t.title, None)
            about = ", ".join(x for x in (t.source, t.age) if x)
            line = f"- [{escape_inline(' '.join(t.title.split()))}](<{t.url.replace('>', '%3E')}>)" if t.url else f"- {title}"
            items.append(line + (f" — {escape_inline(about)}" if about else ""))
        out.append("\n".join(items))
    return "\n\n".join(out) + "\n" if out else ""


# -- HTML -----------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _inline_html(p: ParagraphLike, links: bool) -> str:
    text = " ".join(p.text.split())
    if not links or not p.links:
        return _esc(text)
    return "".join(
        f'<a href="{_esc(url)}">{_esc(piece)}</a>' if url is not None else _esc(piece) for piece, url in _pieces(text, p.links)
    )


def _list_html(items: Sequence[ParagraphLike], links: bool) -> list[str]:
    out: list[str] = []
    stack: list[str] = []  # the open list elements, each with an open <li>
    for item in items:
        tag = "ol" if item.ordered else "ul"
        depth = max(1, min(item.depth or 1, len(stack) + 1))
        while len(stack) > depth:
            out.append(f"</li></{stack.pop()}>")
        if len(stack) == depth:
            if stack[-1] == tag:
                out.append("</li>")
            else:
                out.append(f"</li></{stack.pop()}>")
        while len(stack) < depth:
            out.append(f"<{tag}>")
            stack.append(tag)
        out.append(f"<li>{_inline_html(item, links)}")
    while stack:
        out.append(f"</li></{stack.pop()}>")
    return ["".join(out)]


def _table_html(rows: Sequence[Sequence[str]]) -> str:
    cells = ["<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows]
    return "<table>" + "".join(cells) + "</table>"


def _block_html(run: list[ParagraphLike], links: bool) -> list[str]:
    first = run[0]
    role = first.role
    if role is Role.LIST_ITEM:
        return _list_html(run, links)
    if role is Role.QUOTE:
        return ["<blockquote>" + "".join(f"<p>{_inline_html(p, links)}</p>" for p in run) + "</blockquote>"]
    if role is Role.CODE:
        return [f"<pre><code>{_esc(first.text)}</code></pre>"]
    if role is Role.TABLE and first.rows:
        return [_table_html(first.rows)]
    if role is Role.HEADING:
        level = max(1, min(6, first.level or 2))
        return [f"<h{level}>{_inline_html(first, links)}</h{level}>"]
    if role is Role.CAPTION:
        return [f'<p class="caption">{_inline_html(first, links)}</p>']
    return [f"<p>{_inline_html(first, links)}</p>"]


def _images_html(images: Sequence[ImageLike]) -> str:
    return "".join(f'<img src="{_esc(i.url)}" alt="{_esc(i.alt)}">' for i in images)


def to_html(article: ArticleLike, *, links: bool = False, images: bool = False) -> str:
    """A minimal HTML5 document: the title, a metadata line and the body, every text escaped."""
    title = _esc(article.title or "")
    out = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8">', f"<title>{title}</title></head>", "<body><article>"]
    if article.title:
        out.append(f"<h1>{title}</h1>")
    if meta := _meta(article):
        out.append(f'<p class="meta">{_esc(" · ".join(meta))}</p>')
    for run in _runs(article.body):
        if images and (pictures := [i for p in run for i in p.images]):
            out.append(f"<p>{_images_html(pictures)}</p>")
        out.extend(_block_html(run, links))
    out.append("</article></body></html>")
    return "\n".join(out) + "\n"
