"""Metadata rules: lines that carry the article's source, date, byline, credit and title.

They take the line out of the body (kind ``metadata``) and hand the value to
assembly through the verdict's ``data``; glued tokens such as
"Yahoo30-06-2025" are split here.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..dates import find_date
from ..models import Kind
from .base import Label, Page, PageText, Rule, Stage, Verdict

_SOURCE_DATE = regex.compile(
    r"^(?P<source>\p{L}[\p{L}\p{N} .&'’-]{0,40}?)\s*[-|·•,]?\s*(?P<date>\d{1,2}([./-])\d{1,2}\3\d{4})$"
)
_CREDIT = regex.compile(
    r"^(?i:(?:image |photo |picture )?credits?|photo(?:graph)?s?|image|picture|illustration|foto|fonte"
    # The photo-credit labels of other languages: "Bild: dpa", "Crédit photo : AFP", "Фото: ТАСС".
    r"|fotos|bild|crédits?(?: photo)?|imagen|immagine|фото|zdjęcie|fot\.|fotoğraf|ảnh|写真|图片|圖片)"
    r"\s*[:：]\s*(?P<credit>\S.{0,100})$"
)
_BYLINE = regex.compile(
    r"^(?i:by|por|di|oleh|von|par|door|autor:?|автор:?)\s+(?P<byline>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*"
    r"|and|&|de|da|del|van|von|der|di|la|le|bin|al-\p{L}+),?)*)"
    r"(?:\s*(?:[|,–—-]|\bfor\b|\bin\b)\s*.{0,80})?$"
)


# Cheap necessary conditions checked before the patterns above: each is implied by a match,
# so they change no verdict and turn most blocks away without a regex.
_YEAR = regex.compile(r"\d{4}")
_BYLINE_FIRST = ("b", "p", "d", "o", "v", "a", "а")
"""What ``_BYLINE`` can start with, lower-cased (no other character folds to these)."""
_AGENCY_NAMES = (
    "Getty", "AP", "AFP", "Reuters", "PA", "Bloomberg", "Shutterstock", "iStock", "Alamy", "Corbis", "NurPhoto",
    "Xinhua", "Contributor",
)  # fmt: skip
"""Every ``_AGENCY_CREDIT`` match holds one of these ("EPA" holds "PA")."""
_AGENCY_NEEDLES = tuple(name.lower() for name in _AGENCY_NAMES)


def _may_end_in_digit(text: str) -> bool:
    # ``$`` also matches before a final newline; a non-ASCII last character may be a digit.
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    return not last.isascii() or last.isdigit()


class SourceDate(Rule):
    """A publisher name with a date, often glued by an image alt text: "Yahoo30-06-2025"."""

    id = "metadata.source-date"
    examples = ("Yahoo30-06-2025", "Reuters 12/03/2024")
    counter_examples = ("The deadline is 30-06-2025 for all applications to the fund.",)
    kind = Kind.METADATA

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > 6 or not _may_end_in_digit(block.text):
            return None
        m = page.search(_SOURCE_DATE, block.text, self.id)
        if m is None:
            return None
        found = find_date(m["date"], page.settings.date_order)
        if found is None:
            return None
        if found.ambiguous:
            page.warnings.append(
                f"line {block.start_line}: ambiguous date {m['date']!r} read as {page.settings.date_order}"
            )
        data = {"source": m["source"].strip(), "published": found.value}
        return self.verdict(f"source {m['source'].strip()!r} and date {m['date']!r}", data=data)

    def _candidates(self, text: PageText) -> set[int] | None:
        return {i for i, b in enumerate(text.blocks) if b.words <= 6 and _may_end_in_digit(b.text)}


class Credit(Rule):
    """An image credit line: "Credit: Reuters", "Photo: Jane Doe / AP"."""

    id = "metadata.credit"
    examples = (
        "Credit: Reuters",
        "Photo: Jane Doe / AP",
        "Bild: dpa",
        "Crédit photo : AFP",
        "Фото: ТАСС",
        "图片：新华社",
    )
    counter_examples = (
        "The credit: a story of debt and the people who lend it to us all, reviewed.",
        "Bilder aus dem Archiv zeigen: Die Brücke stand schon 1890.",
    )
    kind = Kind.METADATA

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > 16 or (":" not in block.text and "：" not in block.text):
            return None
        m = page.search(_CREDIT, block.text, self.id)
        if m is None:
            return None
        return self.verdict("image credit", data={"credit": m["credit"].strip()})

    def _candidates(self, text: PageText) -> set[int] | None:
        return text.containing((":", "："), 16)


# A caption's credit closes it: "(Image: GETTY )", "…a rabbitCredit: Getty", "(AP Photo/Hau Dinh)".
_CAPTION_TAIL = regex.compile(
    r"(?:\((?i:image|photo|picture|foto|credit|source)s?\s?:[^()]{1,60}\)"
    r"|(?:Credit|Photo|Image|Picture|Foto|Fonte|Source)s?\s?:\s?[^.:]{1,60}"
    r"|\((?:[^()]{0,40}[/,|]\s?)?(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Shutterstock|iStock)(?: Photo)?[^()]{0,40}\))"
    r"\W{0,2}$"
)
# News-agency captions open with their own label: "FILE - In this Oct. 13, 2017, file photo, …".
_CAPTION_HEAD = regex.compile(r"^(?:FILE\s?[-–—]\s|In this (?:[\w.,]+\s){0,6}(?:file )?photo\b)")


# A bare credit line under a photo: "Kathrin Ziegler/Getty", "Natalie Naccache | Bloomberg | Getty Images".
_AGENCY_CREDIT = regex.compile(
    r"(?:^|[/|,]\s?|\bvia\s)(?:Getty(?: Images)?|AP(?: Photo)?|AFP|Reuters|EPA(?:-EFE)?|Bloomberg|Shutterstock"
    r"|iStock(?:photo)?|Alamy|PA(?: Images| Wire)?|Corbis|NurPhoto|Xinhua|Contributor)\s?$"
)


class AgencyCredit(Rule):
    """A bare photo credit naming an agency: "Kathrin Ziegler/Getty", "Natalie Naccache | Bloomberg | Getty Images"."""

    id = "caption.agency-credit"
    kind = Kind.CAPTION
    examples = ("Kathrin Ziegler/Getty", "Natalie Naccache | Bloomberg | Getty Images", "Hau Dinh, AP")
    counter_examples = ("The pictures were sold to Getty.",)
    max_words = 8

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > self.max_words or block.terminal:
            return None
        text = block.text
        for name in _AGENCY_NAMES:
            if name in text:
                break
        else:
            return None
        if page.search(_AGENCY_CREDIT, block.text, self.id) is None:
            return None
        return self.verdict("photo credit")

    def _candidates(self, text: PageText) -> set[int] | None:
        # Lower-cased names find more blocks than the names do ("ap" in "apple"): ``match`` decides.
        found = text.containing(_AGENCY_NEEDLES, self.max_words)
        return None if found is None else {i for i in found if not text.blocks[i].terminal}


class CaptionAboveCredit(Rule):
    """The caption printed just above a photo credit ("Sheikh Mohammed … at the Dubai Airshow." /
    "Natalie Naccache | Bloomberg | Getty Images"): short prose right before a credit line."""

    id = "caption.above-credit"
    kind = Kind.CAPTION
    stage = Stage.CONTEXT
    credit_rules = ("caption.agency-credit", "metadata.credit")
    max_words = 60

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        for i in range(1, len(page.blocks)):
            v = page.verdicts[i]
            if v is None or v.rule not in self.credit_rules:
                continue
            prev = page.blocks[i - 1]
            if page.label(i - 1) is Label.CONTENT and prev.weight <= self.max_words:
                yield i - 1, self.verdict("caption above a photo credit")


class CaptionCredit(Rule):
    """A photo caption that ends in its credit: "China has warned … (Image: GETTY )"."""

    id = "caption.credit"
    kind = Kind.CAPTION
    examples = (
        "China has warned they will cease control of Hong Kong (Image: GETTY )",
        "The latest case of bubonic plague was reported after a hunter killed and ate a rabbitCredit: Getty - Contributor",
        "Protesters gather outside the court in Hanoi. (AP Photo/Hau Dinh)",
        "The front headlights of the new Ford Mustang Mach-E SUV. (Carlos Osorio / AP)",
        "FILE - In this Oct. 13, 2017, file photo, Julia Roberts attends the 2017 amfAR Inspiration Gala.",
        "In this photo issued by ITV, Jeremy Corbyn reacts during the election head-to-head debate live on TV "
        "from Media City in Salford, England, Tuesday Nov. 19, 2019, ahead of the General Election on Dec. 12. "
        "The two men are vying to lead the country after the vote, and both were questioned about Brexit, "
        "the health service and trust in politics by a studio audience. (Jonathan Hordle/ITV via AP)",
    )
    counter_examples = ("The company said it would publish the source code, according to Reuters.",)

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        # Only the tail can hold the credit; searching just it keeps the rule cheap on long blocks.
        if block.words > 90:
            return None
        opens = block.text.startswith(("FILE", "In this"))
        head = page.search(_CAPTION_HEAD, block.text[:60], self.id) if opens else None
        if block.words > 60:
            return self.verdict("agency photo caption") if head else None
        tail = (block.text.endswith(")") or ":" in block.text[-70:]) and page.search(
            _CAPTION_TAIL, block.text[-90:], self.id
        )
        if head is None and not tail:
            return None
        return self.verdict("caption ending in its credit")

    def _candidates(self, text: PageText) -> set[int] | None:
        # ``match``'s own early exits, page-wide: the head opens the block, or the tail may hold a credit.
        return {
            i
            for i, b in enumerate(text.blocks)
            if b.words <= 90
            and (
                b.text.startswith(("FILE", "In this"))
                or (b.words <= 60 and (b.text.endswith(")") or ":" in b.text[-70:]))
            )
        }


class Byline(Rule):
    """An author line: "By Jane Doe", "By JANE DOE | Special to the Post"."""

    id = "metadata.byline"
    examples = ("By Jane Doe", "By JANE DOE | Special to the Post", "Door Jan de Vries", "Autor: Jan Kowalski")
    counter_examples = (
        "By the end of the year, prices had doubled across the region.",
        "Door de regen werd de wedstrijd afgelast.",
    )
    kind = Kind.METADATA

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > 18 or (block.terminal and block.words > 8):
            return None
        if block.text[:1].lower() not in _BYLINE_FIRST:
            return None
        m = page.search(_BYLINE, block.text, self.id)
        if m is None:
            return None
        return self.verdict("byline", data={"byline": m["byline"].strip().rstrip(",")})

    def _candidates(self, text: PageText) -> set[int] | None:
        return {
            i
            for i, b in enumerate(text.blocks)
            if b.words <= 18 and not (b.terminal and b.words > 8) and b.text[:1].lower() in _BYLINE_FIRST
        }


class Dateline(Rule):
    """A short line that is mostly a date: "Published June 30, 2025", "Nov 19, 2019, 10:31 pm CST"."""

    id = "metadata.dateline"
    examples = ("Published June 30, 2025", "Nov 19, 2019, 10:31 pm CST")
    counter_examples = (
        "On June 30, 2025 the council voted to close the library, citing costs that had risen for a decade.",
    )
    kind = Kind.METADATA

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > 14 or block.sentences > 1:
            return None
        if page.search(_YEAR, block.text, self.id) is None:
            return None  # every date form has a four-digit year
        found = find_date(block.text, page.settings.date_order)
        if found is None:
            return None
        rest = block.text[: found.start] + " " + block.text[found.end :]
        if len(rest.split()) > 8:
            return None
        return self.verdict("date line", data={"published": found.value})

    def _candidates(self, text: PageText) -> set[int] | None:
        # Four digits in a row never span two blocks, and lower-casing leaves digits alone.
        years = text.matching(_YEAR, 14)
        if years is None:
            return None
        return {i for i in years if text.blocks[i].words <= 14 and text.blocks[i].sentences <= 1}


def _headline_like(page: Page, i: int) -> bool:
    b = page.blocks[i]
    if b.dom is not None and b.dom.tag in ("h1", "h2"):
        return True
    return 2 <= b.weight <= 30 and not (b.text.endswith(".") and b.sentences > 1) and b.chars <= 250


def _is_lead_in(page: Page, i: int) -> bool:
    v = page.verdicts[i]
    return v is not None and v.rule == "quality.lead-in"


class Title(Rule):
    """The headline: the heading-like line just before the article body, kept once as ``title``.

    A headline printed twice (a common artefact of aggregators) is preferred;
    its other copies are removed as duplicates.
    """

    id = "metadata.title"
    kind = Kind.METADATA
    stage = Stage.CONTEXT
    lookback = 8

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        body = next((i for i in range(len(page.blocks)) if page.label(i) is Label.CONTENT), None)
        if body is None:
            return
        candidates = [
            j
            for j in range(body - 1, max(-1, body - 1 - self.lookback), -1)
            if page.label(j) is not Label.CONTENT
            and page.kind(j) in (None, Kind.LOW_CONTENT)
            and not _is_lead_in(page, j)
            and _headline_like(page, j)
        ]
        if not candidates:
            return
        # A headline printed twice wins; then one without a closing full stop (headlines rarely
        # have one, a short opening sentence does); then the nearest.
        repeated = [j for j in candidates if page.blocks[j].repeats > 1]
        open_ended = [j for j in candidates if not page.blocks[j].text.endswith(".")]
        text = page.blocks[(repeated or open_ended or candidates)[0]].text
        copies = [j for j in range(body) if page.blocks[j].text == text]
        yield copies[0], self.verdict("headline before the body", data={"title": text})
        for j in copies[1:]:
            yield j, self.verdict("headline printed again", kind=Kind.DUPLICATE)


RULES: list[Rule] = [SourceDate(), Credit(), CaptionCredit(), AgencyCredit(), Byline(), Dateline()]
CONTEXT_RULES: list[Rule] = [CaptionAboveCredit(), Title()]
