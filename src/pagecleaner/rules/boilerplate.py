"""Phrase rules: the fixed wordings of promos, widgets, menus, footers and ads.

Each rule is declarative (a pattern, a scope, a word limit) so it reads like
data; ``max_words`` keeps a rule off prose that merely mentions its phrase.
Wordings cover English in the patterns here and the other major web languages
through the tables of ``wordings.py``, which each rule joins into its pattern.
Rules that search anywhere in a block carry ``keywords``, a lower-case pre-check
that every match contains, so most blocks are turned away without a regex.
Rules anchored at the block's start carry ``literals`` instead: the same promise,
used only by the engine to find candidate blocks for the whole page at once
(``match`` itself is the plain pattern rule's, so verdicts never depend on them).
Wordings that can only open a block are screened by ``openings`` (the block's first
characters) rather than by a search of the page for each of them.
"""

from __future__ import annotations

from typing import Any

import regex

from ..blocks import Block, Role
from ..models import Kind, PageType
from . import wordings as W
from .base import Page, PageText, PatternRule, Verdict
from .wordings import alternation, needles, openings


class Openings:
    """Lower-case starts of a rule's phrases, grouped by their first two characters for a quick
    test (one dictionary look-up turns away nearly every block)."""

    __slots__ = ("groups", "singles")

    def __init__(self, starts: tuple[str, ...]) -> None:
        groups: dict[str, list[str]] = {}
        for start in starts:
            if len(start) > 1:
                groups.setdefault(start[:2], []).append(start)
        self.groups = {head: tuple(group) for head, group in groups.items()}
        self.singles = frozenset(start for start in starts if len(start) == 1)
        """One-character starts ("홈"), tested on their own."""

    def __bool__(self) -> bool:
        return bool(self.groups or self.singles)

    def starts(self) -> tuple[str, ...]:
        """Every start, in no particular order."""
        return (*self.singles, *(start for group in self.groups.values() for start in group))

    def begins(self, low: str) -> bool:
        """Whether the lower-cased text ``low`` begins with one of the starts."""
        group = self.groups.get(low[:2])
        return (group is not None and low.startswith(group)) or low[:1] in self.singles

    def blocks(self, text: PageText, max_words: int | None) -> set[int]:
        """The blocks within ``max_words`` whose lower-cased text begins with one of the starts."""
        if not self:
            return set()
        # The page's blocks by their first characters are shared by every rule that asks: only
        # the heads this rule's wordings have are looked at.
        heads, pieces, blocks = text.heads(), text.pieces, text.blocks
        found: set[int] = set()
        for head in self.groups.keys() & heads.keys():
            group = self.groups[head]
            found.update(i for i in heads[head] if pieces[i].startswith(group))
        for head in self.singles & heads.keys():
            found.update(heads[head])
        if max_words is not None:
            found = {i for i in found if blocks[i].words <= max_words}
        return found


class KeywordPatternRule(PatternRule):
    """A pattern rule with a cheap pre-check: the block must contain one of ``keywords``
    (lower case) or begin with one of ``openings`` before the pattern is searched. Every
    match of the pattern passes that check, so the result is the same; most blocks are
    turned away without a regex."""

    def __init__(self, *args: Any, keywords: tuple[str, ...], openings: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.keywords, self.openings = keywords, Openings(openings)
        self.phrases = keywords

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        # Weight, not words: Chinese or Japanese prose has no spaces, so a whole paragraph
        # counts one word and a word limit alone would let a search rule into it.
        if self.max_words is not None and block.weight > self.max_words:
            return None
        low = block.text.lower()
        if not any(k in low for k in self.keywords) and not self.openings.begins(low):
            return None
        return self._matched(page, block, low)

    def _candidates(self, text: PageText) -> set[int] | None:
        # ``match`` turns away every block without a keyword or an opening: find them all at
        # once (by words, which never exceed the weight ``match`` checks: a superset).
        found = text.containing(self.keywords, self.max_words)
        return None if found is None else found | self.openings.blocks(text, self.max_words)


class LiteralPatternRule(PatternRule):
    """A pattern rule whose every match holds one of ``literals`` or begins the block with one
    of ``openings`` (both lower case): a screen only.

    ``match`` is the plain pattern rule's, so verdicts are the same on every block; the engine
    uses the screen to find, in one pass over the page, the only blocks worth asking.
    Openings suit whole-block and block-start wordings, too many to search the page for one
    by one (the navigation words of a dozen languages).
    """

    def __init__(self, *args: Any, literals: tuple[str, ...], openings: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.literals, self.openings = literals, Openings(openings)
        self.phrases = literals

    def _candidates(self, text: PageText) -> set[int] | None:
        found = text.containing(self.literals, self.max_words)  # None on a page that folds oddly
        return None if found is None else found | self.openings.blocks(text, self.max_words)


class _HtmlOnly(PatternRule):
    """What makes a pattern rule read HTML input only: what it names is markup's furniture, which a
    text rendering prints among its other short lines, where taking one away moves the text path's
    positional judgement more than it gains (``html28`` in docs/HISTORY.md). Put before the rule's
    own class among the bases; its ``_candidates`` is the next class's screen, named here so that
    the engine still screens the rule once per page (the screen is defined with the ``match`` it
    speaks for: ``engine._pages_at_once``)."""

    html_only = True
    """Its examples are read as HTML paragraphs (``tests/test_rule_examples.py``)."""

    def match(self, page: Page, i: int) -> Verdict | None:
        return super().match(page, i) if page.is_html else None

    def _candidates(self, text: PageText) -> set[int] | None:
        return super()._candidates(text)


class HtmlLiteralPatternRule(_HtmlOnly, LiteralPatternRule):
    """A literal pattern rule for HTML input only (see :class:`_HtmlOnly`)."""


class HtmlKeywordPatternRule(_HtmlOnly, KeywordPatternRule):
    """A keyword pattern rule for HTML input only (see :class:`_HtmlOnly`)."""


class _TextOnly(PatternRule):
    """What makes a pattern rule read text input only: what it names is a line a text rendering prints
    loose among the page's own, while on HTML the same words sit in a form or a footer the markup rules
    judge whole, where taking the line out on its own changes how its landmark is weighed (``text75``
    and ``text77`` in docs/HISTORY.md). Put before the rule's own class among the bases; its
    ``_candidates`` is the next class's screen, named here as in :class:`_HtmlOnly`."""

    text_only = True
    """An HTML page's paragraph of its examples stays (``tests/test_rule_examples.py``)."""

    def match(self, page: Page, i: int) -> Verdict | None:
        return None if page.is_html else super().match(page, i)

    def _candidates(self, text: PageText) -> set[int] | None:
        return super()._candidates(text)


class TextKeywordPatternRule(_TextOnly, KeywordPatternRule):
    """A keyword pattern rule for text input only (see :class:`_TextOnly`)."""


class _TextDocumentationOnly(PatternRule):
    """What makes a pattern rule ask only text documentation pages: what it names is a documentation
    site's furniture, worded like lines an article or a shop may print as its text (an article's
    "Last updated on …" under its headline, a release note's licence). A page is asked when it is
    cleaned as documentation or reported as such (``Page.reported_type``): on text the report reads
    the page's words, and a reference page whose shape reads as an article's is cleaned as one. On
    HTML the markup rules take most of these lines already (a `<footer>`, `role="contentinfo"`), and
    what the rule still took there moved the held-out half down (``doc25`` in docs/HISTORY.md). Put
    before the rule's own class among the bases; its ``_candidates`` is the next class's screen,
    named here as in :class:`_HtmlOnly`."""

    page_types = frozenset((PageType.DOCUMENTATION,))
    """The kinds of page the rule asks (``tests/test_rule_examples.py`` reads its examples as one)."""

    def match(self, page: Page, i: int) -> Verdict | None:
        return super().match(page, i) if page.text_of_kind(self.page_types) else None

    def _candidates(self, text: PageText) -> set[int] | None:
        return super()._candidates(text)


class TextDocKeywordPatternRule(_TextDocumentationOnly, KeywordPatternRule):
    """A keyword pattern rule for text documentation pages only (see :class:`_TextDocumentationOnly`)."""


_SEP = r"[\s,|/·•-]*"

IMAGE_ALT = LiteralPatternRule(
    "image.alt-residue",
    Kind.IMAGE_RESIDUE,
    r"(?:[\w'’-]+\s+){0,3}(?:logo|icon|background|image|photo|picture|thumbnail|avatar|banner"
    r"|placeholder|illustration|graphic)s?(?:\s+\d+)?",
    max_words=5,
    literals=(
        "logo",
        "icon",
        "background",
        "image",
        "photo",
        "picture",
        "thumbnail",
        "avatar",
        "banner",
        "placeholder",
        "illustration",
        "graphic",
    ),
    description='Image alt text left in the page text: "logo", "Orange background", "author avatar".',
    examples=("logo", "Orange background", "author avatar"),
    counter_examples=(
        "Kim Jong-un appeared to weep during a ceremony.",
        "The logo was redesigned in 2019 by a Berlin studio.",
    ),
)
ALT_ENTITIES = KeywordPatternRule(
    "image.alt-entities",
    Kind.IMAGE_RESIDUE,
    r"&(?:#\d{1,6}|#x[0-9a-f]{1,5}|amp|quot|apos|lt|gt|nbsp);",
    scope="search",
    max_words=120,
    keywords=("&",),
    description='Attribute text (image alt or title) left with its HTML escapes, which rendered text never shows: "China&#39;s Foreign Minister".',
    examples=(
        "US and Chinese flags are seen as Secretary of State Mike Pompeo and China&#39;s Foreign Minister Wang Yi meet.",
    ),
    counter_examples=("Procter & Gamble said sales rose; AT&T shares fell.",),
)
STORE_BADGES = LiteralPatternRule(
    "promo.store-badges",
    Kind.APP_PROMO,
    rf"(?:(?:download on the|get it on|available on(?: the)?|explore it on){_SEP})?"
    rf"(?:(?:app[- ]?store|play[- ]?store|google[- ]?play|apple store|app ?gallery){_SEP})+",
    max_words=10,
    literals=("store", "play", "gallery"),
    description='App-store badge alt texts, glued or not: "app-storeplay-store", "Get it on Google Play".',
    examples=("app-storeplay-store", "Get it on Google Play", "App Store Google Play"),
    counter_examples=("The App Store takes a 30% cut of every sale, developers say.",),
)
APP_DOWNLOAD = KeywordPatternRule(
    "promo.app-download",
    Kind.APP_PROMO,
    r"\bdownload\b[^.!?]{0,40}\bapps?\b|\bget (?:the|our) (?:[\w-]+ )?app\b"
    r"|\b(?:baixe|descarga|scarica|unduh|télécharge[zr]?) [^.!?]{0,30}\bapp|"
    + alternation(W.APP_DOWNLOAD, bounded=True),
    scope="search",
    max_words=40,
    keywords=needles(W.APP_DOWNLOAD, also=("app",)),
    description='App-download promos: "DOWNLOAD THE APP", "Get Started Now: Download the App".',
    examples=(
        "DOWNLOAD THE APP",
        "Get Started Now: Download the App",
        "Ready to dive in? Download Daily8 app today from your preferred app store.",
        "Скачайте приложение и читайте новости офлайн",
        "アプリをダウンロード",
    ),
    counter_examples=(
        "Die App wurde im vergangenen Jahr von rund zwei Millionen Menschen genutzt, sagte der Minister.",
        "Millions of users downloaded the government's tracing app, but few kept it installed for long, officials admitted on Friday after weeks of questions about privacy and data retention policies in the scheme.",
    ),
)
FEATURE_PROMO = LiteralPatternRule(
    "promo.site-feature",
    Kind.PROMO,
    r"try (?:our|the) (?:new )?[\w -]{0,30}features?[.!]?|explore what .{1,40} can do(?: for you)?[.!:]?",
    max_words=12,
    literals=("feature", "explore what"),
    description='Site feature promos: "Try Our AI Features", "Explore what Daily8 AI can do for you:".',
    examples=("Try Our AI Features", "Explore what Daily8 AI can do for you:"),
    counter_examples=("Engineers explore what the new reactor can do under stress.",),
)


class CallPatternRule(KeywordPatternRule):
    """A pattern rule for a call to act (a button's "Start your free trial"): a block of
    ``min_statement_words`` words or more whose every match is a statement, not a call, is prose
    that tells the reader about an offer and stays. A match is a statement by its sentence's
    shape: a modal verb right before it ("you **can** start with a free trial", "members **can**
    enjoy …", one adverb allowed between: "can **also** get"), or a verb that offers before it in
    its sentence ("Oracle also **offers** learning subscriptions … that **include** … unlimited
    access"). A call opens with its verb ("Start a free 14-day trial", "keep reading or start a
    free trial"), which nothing before it in the sentence makes a statement."""

    min_statement_words = 12
    modal = regex.compile(
        r"\b(?:can|could|may|might|will|would)\s+(?:[\p{L}]+ly\s+|also\s+|still\s+|even\s+)?$", regex.I
    )
    offering = regex.compile(r"\b(?:offers?|offered|includes?|included|provides?|gives?)\b", regex.I)
    sentence_end = regex.compile(r"[.!?]\s")

    def match(self, page: Page, i: int) -> Verdict | None:
        found = super().match(page, i)
        if found is None or page.blocks[i].words < self.min_statement_words:
            return found
        text = page.blocks[i].text
        for m in self.pattern.finditer(text):
            start = m.start()
            ends = [e.end() for e in self.sentence_end.finditer(text, 0, start)]
            before = text[ends[-1] if ends else 0 : start]
            if self.modal.search(before) is None and self.offering.search(before) is None:
                return found
        return None

    def _candidates(self, text: PageText) -> set[int] | None:
        # ``match`` only narrows the keyword rule's matches: its page-wide screen still speaks for it.
        return super()._candidates(text)


FREE_TRIAL = CallPatternRule(
    "subscription.free-trial",
    Kind.SUBSCRIPTION,
    r"\b(?:try|start|get|enjoy)\b[^.!?]{0,60}\bfree\b[^.!?]{0,30}\b(?:for \d+|trial)\b"
    r"|\bunlimited (?:digital )?access\b|\bsubscribe (?:now|today)\b|\bsubscribers? only\b"
    rf"|^{alternation(W.SUBSCRIBERS_ONLY)}\W{{0,3}}$",
    scope="search",
    max_words=80,
    keywords=needles(W.SUBSCRIBERS_ONLY, also=("free", "unlimited", "subscribe"), unopened=True),
    openings=openings(W.SUBSCRIBERS_ONLY),
    description='Syndication and subscription promos: "Try The Telegraph free for 1 month with unlimited access"; '
    'not a statement of 12 words or more ("Thinkific no longer offers a free plan, but you can start with a free trial").',
    examples=(
        "Broaden your horizons with award-winning British journalism. Try The Telegraph free for 1 month with unlimited access to our award-winning website.",
        "Article réservé aux abonnés",
        "If you are interested in exploring our solution, keep reading or start a free 14-day trial.",
    ),
    counter_examples=(
        "The museum offers free entry for children under five during the summer months.",
        "Thinkific no longer offers a free plan, but you can start with a free trial of any paid plan.",
        "You can get a free 7-day trial and then subscriptions start at $19.99/month.",
        "Le parking est réservé aux abonnés du réseau de transport depuis le mois de mars.",
    ),
)
SUBSCRIBE_CALL = LiteralPatternRule(
    "subscription.call",
    Kind.SUBSCRIPTION,
    r"(?:subscribe(?: now| today| here)?|sign in|log ?in|log ?out|sign up|sign out|register"
    r"|create (?:an |a free )?account|already a subscriber\??(?: .*)?|already (?:a member|have an account)\?(?: .*)?"
    r"|become a (?:member|subscriber)"
    rf"|join now|my account|{alternation(W.SUBSCRIBE_CALLS)})[.!]?",
    max_words=8,
    literals=needles(
        W.SUBSCRIBE_CALLS,
        also=("subscribe", "sign ", "log", "register", "account", "become a ", "join now", "already a member"),
        unopened=True,
    ),
    openings=openings(W.SUBSCRIBE_CALLS),
    description='Account and subscription calls to action: "Subscribe", "Sign in", "Already a subscriber?".',
    examples=(
        "Subscribe",
        "Sign in",
        "Already a subscriber? Log in",
        "Already a Member? Sign In",
        "Already have an account? Sign in",
        "Se connecter",
        "Anmelden",
        "登录",
        "Déjà abonné ?",
    ),
    counter_examples=(
        "Subscribers to the plan pay a monthly fee of $10.",
        "Already a member of the board since 2019.",
        "Les abonnés peuvent se connecter depuis l'application.",
    ),
)
NEWSLETTER = KeywordPatternRule(
    "newsletter.signup",
    Kind.NEWSLETTER,
    r"\b(?:sign up|subscribe|register|join)\b[^.!?]{0,50}\b(?:newsletters?|our emails?|email updates|briefing)\b"
    r"|^subscribe (?:for|to) (?:our )?updates\b"
    r"|\bnewsletters?\b[^.!?]{0,40}\b(?:sign up|subscribe)\b|\benter your e-?mail\b"
    r"|\byour e-?mail address\b|\bget (?:our|the) [^.!?]{0,30}\bnewsletter\b|\bunsubscribe at any time\b"
    r"|\b(?:delivered|straight|right) (?:to|in|into) your inbox\b"
    r"|\bget\b[^.!?]{0,60}\b(?:in|to|into) your (?:e-?mail )?inbox\b|\bopt-in\b|\bsuccessfully subscribed\b"
    r"|\bsubscribing\b[^.!?]{0,40}\bnewsletter\b|\bthanks? (?:you )?for (?:signing up|subscribing)\b"
    r"|\bsee all newsletters\b|\bno spam\b|" + alternation(W.NEWSLETTER, bounded=True),
    scope="search",
    max_words=40,
    keywords=needles(
        W.NEWSLETTER, also=("newsletter", "mail", "briefing", "subscrib", "inbox", "opt-in", "signing up", "spam")
    ),
    description='Newsletter sign-ups: "Sign up for our daily newsletter", "Enter your email address".',
    examples=(
        "Sign up for our daily newsletter",
        "Join Our Newsletter",
        "Subscribe for Updates",
        "Enter your email address",
        "Get posts like this in your inbox.",
        "Abonnez-vous à notre newsletter",
        "Melden Sie sich jetzt zum Newsletter an: Newsletter abonnieren",
        "뉴스레터 구독하기",
    ),
    counter_examples=(
        "The newsletter industry has grown fast since 2020, analysts say.",
        "Readers who subscribe for the print edition get updates by post.",
        "Filters get better every year at keeping junk out of your inbox.",
        "La newsletter du ministère a été envoyée à tous les agents mardi.",
    ),
)
SHOP_LIST = TextKeywordPatternRule(
    "newsletter.shop-list",
    Kind.NEWSLETTER,
    # A block that opens with the sign-up and names what the list sends within one clause ("Sign up for
    # B&H News & Special Offers", "Sign up and get 10% discount on your first purchase"), or the list
    # itself ("Join our mailing list"); ``newsletter.signup`` asks for "newsletter" or "our emails".
    r"^sign up\b[^.!?]{0,60}\b(?:offers|deals|promotions|discounts?)\b"
    r"|\b(?:join|subscribe to) our (?:mailing|e-?mail) list\b",
    scope="search",
    max_words=40,
    keywords=("sign up", "mailing list", "mail list"),
    description='A shop\'s mailing-list call on a text page: "Sign up for exclusive offers", "Join our mailing list".',
    examples=(
        "Sign up for B&H News & Special Offers",
        "Sign up and we will send you our latest offers and product news.",
        "Sign up for new releases, sales, and exclusive email only deals.",
        "Sign up and get 10% discount on your first purchase.",
        "Join our mailing list",
        "SUBSCRIBE TO OUR E-MAIL LIST",
    ),
    counter_examples=(
        "Shoppers who sign up early see better deals, the survey found.",
        "Sign up for the class before the offer ends. Then bring a friend.",
        "As is frequently quoted on the mailing list:",
        "She asked readers to join the mailing list of the campaign.",
    ),
)
COOKIES = KeywordPatternRule(
    "cookie.notice",
    Kind.COOKIE_NOTICE,
    r"\bwe use cookies\b|\b(?:accept|reject|manage|allow)(?: all)? cookies\b|\bcookie (?:settings|policy|preferences)\b"
    r"|\bcookies?\b[^.!?]{0,80}\b(?:consent|browsing experience|to improve|you agree|accept)\b"
    r"|\b(?:i|you) agree\b[^.!?]{0,80}\b(?:privacy|personal data|terms of|cookies)\b"
    r"|\bprocessing of (?:my|your) personal data\b|\bwe (?:have )?updated our privacy policy\b"
    r"|\b(?:this|our) (?:web)?site uses cookies\b|\buses? cookies and similar (?:technologies|methods|tools)\b"
    r"|\bby continuing to (?:browse|use|visit)\b[^.!?]{0,80}\b(?:cookies|agree|agreeing)\b"
    r"|\b(?:agree|agreeing|consent) to (?:our|the) use of cookies\b|"
    + alternation(W.COOKIES, bounded=True),
    scope="search",
    max_words=80,
    keywords=needles(W.COOKIES, also=("cookie", "agree", "personal data", "privacy policy")),
    description='Cookie and consent notices: "We use cookies to improve your experience. Accept all cookies".',
    examples=(
        "We use cookies to improve your experience.",
        "Accept all cookies",
        "This site uses cookies. By continuing to browse this site you are agreeing to our use of cookies.",
        "We and our 228 partners use cookies and similar methods to recognize visitors.",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Diese Website verwendet Cookies. Alle Cookies akzeptieren",
        "本网站使用 Cookie 来改善您的体验。",
    ),
    counter_examples=(
        "The bakery sells cookies, cakes and bread to the whole village.",
        "La boulangerie vend des cookies et des croissants à tout le village.",
        "The bakery uses cookies and similar treats as rewards for the children who finish their homework.",
    ),
)
DISCLAIMER = KeywordPatternRule(
    "footer.disclaimer",
    Kind.FOOTER,
    r"\bfor (?:general )?information(?:al)?(?: purposes)? only\b"
    r"|\b(?:is|are) not (?:intended|meant) (?:to|as)\b[^.!?]{0,40}\b(?:advice|substitute|replace|constitute)\b"
    r"|\b(?:does|do|shall|should) not constitute\b[^.!?]{0,40}\badvice\b"
    r"|\bviews (?:and opinions )?expressed\b[^.!?]{0,80}\b(?:those of|do not (?:necessarily )?(?:reflect|represent))\b"
    r"|\bmay contain affiliate links\b|\b(?:msg|message) (?:&|and) data rates may apply\b"
    r"|\bis a registered investment advis[eo]r\b",
    scope="search",
    max_words=150,
    keywords=(
        "purposes only",
        "information only",
        "not intended",
        "not meant",
        "constitute",
        "views expressed",
        "views and opinions expressed",
        "affiliate links",
        "data rates",
        "investment advis",
    ),
    description='A legal disclaimer or disclosure, however long: "This material is for informational purposes only '
    'and does not constitute investment advice", "The views expressed on this blog are those of the author".',
    examples=(
        "The content of this post is for informational purposes only and is not meant to constitute legal, tax or "
        "investment advice. Please consult a professional before acting on it.",
        "The views expressed on this blog are those of the author(s) and readers and do not imply endorsement.",
        "Editorial note: this site may contain affiliate links on some articles.",
        "By providing a telephone number you consent to receive text messages. Msg and data rates may apply.",
    ),
    counter_examples=(
        "The ministry said the figures were not intended to replace the census, which runs next year.",
        "Experts say the views of voters in the region have shifted since the election.",
    ),
)
FORM_CONSENT = KeywordPatternRule(
    "promo.form-consent",
    Kind.PROMO,
    r"\bby (?:(?:checking|ticking|selecting) (?:this|the) (?:box|checkbox)"
    r"|(?:submitting|completing|filling out|sending) (?:this|the|your|my) (?:form|information|details|request))\b"
    r"[^.!?]{0,80}\b(?:agree|consent|authori[sz]e|acknowledge|accept|confirm)"
    r"|\bi (?:agree|consent) to receive (?:marketing|text|sms|email|e-mail|promotional)\b",
    scope="search",
    max_words=250,
    keywords=("this box", "the box", "checkbox", "submitting", "completing", "filling out", "sending", "to receive"),
    description='The consent printed under a contact or quote form, however long: "By checking this box, I authorize '
    'Acme to send me marketing calls and text messages …", "By submitting this form, you agree to our terms".',
    examples=(
        "By checking this box, you confirm that you have read and understand this notice.",
        "By checking this box, I authorize Acme Movers to send me marketing calls and text messages at the number "
        "provided above. Consent is not a condition of purchase. Msg frequency varies.",
        "By submitting this form, you agree to our Terms of Use and acknowledge our Privacy Policy.",
    ),
    counter_examples=(
        "The inspector said that by checking the box on the ballot, voters could ask for a recount.",
        "By submitting the form late, the council lost its claim to the grant, the court ruled.",
    ),
)
CONSENT_PURPOSES = KeywordPatternRule(
    "cookie.consent-purposes",
    Kind.COOKIE_NOTICE,
    r"\bwe and (?:our )?(?:\d[\d,]* )?(?:named )?(?:third[- ]party )?(?:partners|vendors)\b[^.!?]{0,40}"
    r"\b(?:store|access|process|use)\b|" + alternation(W.CONSENT_PURPOSES, bounded=True),
    scope="search",
    max_words=250,
    keywords=needles(W.CONSENT_PURPOSES, also=("partners", "vendors")),
    description='An advertising consent dialog printed with the page, however long: "We and our 644 partners store '
    "and access personal data … Use precise geolocation data. Actively scan device characteristics for "
    "identification.\", in the framework's fixed wording that every site using it shows.",
    examples=(
        "We and our 100 partners store and/or access information on a device, such as unique IDs in cookies to "
        "process personal data. You may accept or manage your choices by clicking below.",
        "We and our partners process data to provide:",
        "Store and/or access information on a device. Use limited data to select advertising. Create profiles for "
        "personalised advertising. Use precise geolocation data.",
        "Informationen auf einem Gerät speichern und/oder abrufen",
    ),
    counter_examples=(
        "The company said it and its partners would store the vaccine doses at two sites near the border.",
        "We and our partners spent three years restoring the mill before it opened to visitors in May.",
    ),
)
COOKIE_TABLE = KeywordPatternRule(
    "cookie.table",
    Kind.COOKIE_NOTICE,
    r"\bcookie\s+duration\s+description\b|\bthis cookie is (?:set|used|installed) by\b",
    scope="search",
    max_words=400,
    keywords=("cookie",),
    description="A consent tool's table of cookies, however long: \"Cookie Duration Description _ga 1 year "
    'This cookie is set by Google Analytics".',
    examples=(
        "Cookie Duration Description cookielawinfo-checkbox-analytics 11 months This cookie is set by GDPR Cookie "
        "Consent plugin.",
        "_clck 1 year This cookie is installed by Microsoft Clarity to store a unique user ID.",
    ),
    counter_examples=("The cookie is set by the oven's timer: bake it for twelve minutes, then let it cool.",),
)
COMMENTS = LiteralPatternRule(
    "comments.widget",
    Kind.COMMENTS,
    r"[\[(]?\s?(?:\d+\s+)?(?:(?:top(?: rated)?|most (?:liked|recent|popular)|latest|recent|all|reader)\s)?"
    r"(?:comments?|responses?|replies)(?:\s*\(\d+\))?\s?[\])]?:?"
    r"|(?:view|show|read|load|see|add|post|leave|write)(?: all| more| a)?(?: \d+)? (?:comments?|reply)"
    r"|no comments(?: yet)?\W*|be the first to comment\W*|join the (?:conversation|discussion)\W*"
    r"|leave a (?:reply|comment)\W*|(?:comments )?powered by disqus\W*"
    r"|comments are (?:closed|subject to .*)"
    rf"|(?:\d{{1,5}}\s?)?{alternation(W.COMMENT_NOUNS)}(?:\s?\(?\d{{1,5}}\)?)?\s?[:：]?"
    rf"|{alternation(W.COMMENT_CALLS)}\W{{0,3}}",
    max_words=15,
    # The count may come first ("12 Kommentare"): the nouns are searched for, not opened with.
    literals=needles(
        W.COMMENT_NOUNS,
        also=needles(W.COMMENT_CALLS, also=("comment", "response", "repl", "join the", "disqus"), unopened=True),
    ),
    openings=openings(W.COMMENT_CALLS),
    description='Comment widgets: "Comments", "No comments yet...", "View Comments", "powered by Disqus".',
    examples=(
        "Comments",
        "No comments yet...",
        "View Comments",
        "powered by Disqus",
        "12 comments",
        "[ 167 comments ]",
        "Top Rated Comments",
        "Commentaires",
        "12 Kommentare",
        "Comentarios (3)",
        "댓글 5",
        "发表评论",
        "Voir les commentaires",
    ),
    counter_examples=(
        "Comments made by the minister on Tuesday drew criticism.",
        "Los comentarios del ministro provocaron críticas.",
    ),
)
COMMENT_HEADER = LiteralPatternRule(
    "comments.header",
    Kind.COMMENTS,
    rf"\S.{{0,140}}?\s(?:says|said|wrote|commented|{alternation(W.COMMENT_SAYS)})\s?(?:on\s.{{1,40}})?:"
    r"|\d{1,5}\s(?:responses?|comments?|replies|thoughts|reactions?)\s(?:to|on)\s.{1,120}"
    r"|(?:\d{1,5}\s)?(?:comments?|responses?|replies)\s(?:on|to)\s.{1,120}"
    # Other languages only with the quoted title WordPress prints: "2 Gedanken zu „…“".
    rf"|\d{{1,5}}\s{alternation(W.COMMENT_THREAD)}\s[«“„\"‘「].{{1,120}}",
    max_words=24,
    # A header in another language holds its colon or its title's opening quote.
    literals=("says", "said", "wrote", "comment", "response", "replies", "thought", "reaction", ":", *'«“„"‘「'),
    description='Comment-thread headers: "joetoronto says:", "34 responses to “Anthony Lynn…”", "Jane, on May 2 said:".',
    examples=(
        "joetoronto says:",
        "34 responses to “Anthony Lynn: “We needed to win this game””",
        "Pembuat Film Fitna Dirikan Partai Islam Di Eropa | Berita Islami, on Desember 30, 2015 at 4:36 am said:",
        "Marie Dupont dit :",
        "2 Gedanken zu „Die neue Brücke“",
    ),
    counter_examples=(
        "The minister said: “We will not back down.” Critics disagreed with the plan.",
        "3 respuestas a la crisis fueron discutidas por el gobierno el martes.",
    ),
)
COMMENT_FORM = KeywordPatternRule(
    "comments.form",
    Kind.COMMENTS,
    r"\byour e-?mail address will not be published\b|\bsave my name,? e-?mail\b|\bnotify me of (?:new|follow-up)\b"
    r"|\bnotify me via e-?mail\b|\bthis site uses akismet\b|\byou are commenting using your\b"
    r"|\blog in using one of these methods\b|\brequired fields are marked\b|^leave a (?:reply|comment)\b"
    r"|\bcancel reply\b|\bpost comment\b|\bto post a comment\b"
    r"|\bcomments? (?:are|is) (?:moderated|closed)\b"
    r"|\b(?:comment(?:ing)?|community|submission) (?:policy|guidelines|standards)\b"
    r"|\b(?:respectful|courteous) (?:of|to(?:wards)?) other (?:commenters|readers|users|posters)\b"
    rf"|{alternation(W.COMMENT_FORM, bounded=True)}|^{alternation(W.COMMENT_FORM_OPENERS)}",
    scope="search",
    max_words=40,
    openings=openings(W.COMMENT_FORM_OPENERS),
    keywords=needles(
        W.COMMENT_FORM,
        also=(
            "publish",
            "save my name",
            "notify me",
            "akismet",
            "comment",
            "log in using",
            "required fields",
            "leave a ",
            "cancel reply",
            "guidelines",
            "policy",
            "standards",
            "other commenters",
            "other readers",
            "other users",
            "other posters",
            *needles(W.COMMENT_FORM_OPENERS, unopened=True),
        ),
    ),
    description='Comment forms and their notices: "Leave a Reply", "Your email address will not be published."',
    examples=(
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "As you comment, please be respectful of other commenters and other viewpoints.",
        "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Antworten abbrechen",
        "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
    ),
    counter_examples=(
        "She decided to leave a comment in the guest book before driving home that evening.",
        "L'étude ne sera pas publiée avant la fin de l'année, selon le ministère.",
    ),
)
FORM_FIELD = LiteralPatternRule(
    "comments.form-field",
    Kind.COMMENTS,
    r"[\p{L}\p{N}][\p{L}\p{N} ()/.-]{0,30}\s?\*",
    max_words=4,
    literals=("*",),
    description='Labels of required form fields, marked with an asterisk: "Name *", "E-mail *", "Имя *".',
    examples=("Name *", "E-mail *", "Имя *"),
    counter_examples=("Terms apply.",),
)
COMMENT_ACTIONS = LiteralPatternRule(
    "comments.actions",
    Kind.COMMENTS,
    rf"(?:(?:reply|like|report|flag|permalink|quote|edit|delete|upvote|downvote|\d{{1,5}} likes?|log in to reply"
    rf"|(?:show|hide) replies|\d{{1,4}} repl(?:y|ies)|{alternation(W.COMMENT_ACTIONS)}){_SEP})+",
    max_words=6,
    literals=needles(
        W.COMMENT_ACTIONS,
        also=("repl", "like", "report", "flag", "permalink", "quote", "edit", "delete", "vote"),
        unopened=True,
    ),
    openings=openings(W.COMMENT_ACTIONS),
    description='Comment action links: "Reply", "Like Reply Report", "Log in to Reply", "Balas".',
    examples=("Reply", "Like Reply Report", "Log in to Reply", "Balas", "Répondre", "Antworten · Melden", "返信"),
    counter_examples=("Reply to the letter within ten days.", "Antworten auf diese Fragen gab es am Dienstag keine."),
)
POST_FURNITURE = LiteralPatternRule(
    "metadata.post-furniture",
    Kind.METADATA,
    rf"(?:click to (?:expand|shrink)|{alternation(W.POST_EXPAND)})\s?(?:\.{{2,3}}|…)?"
    rf"|(?:reactions?|{alternation(W.POST_REACTIONS)})\s?[:：]\s?[^.!?:;]{{1,120}}"
    r"|viewed\s[\d.,]{1,7}\s?[km]?\stimes"
    r"|(?:asked|modified|active|edited)\s(?:\d{1,4}\s\p{L}{3,7},?\s){1,3}ago"
    r"|you must (?:log in|login|sign in|be logged in|be signed in)(?: or (?:register|sign up))? to (?:reply|post|comment)"
    r"(?: here)?\.?"
    r"|(?:save|share|bookmark)(?:\s(?:save|share|bookmark|report))+"
    r"|add a comment\s?[|·]",
    max_words=16,
    literals=needles(
        W.POST_EXPAND,
        W.POST_REACTIONS,
        also=("click to", "reaction", "viewed", " ago", "you must", "save", "share", "bookmark", "add a comment"),
    ),
    description='What forum and Q&A software prints around a post in its text: "Click to expand...", '
    '"Reactions: Ann, Bob and 3 others", "Viewed 6k times", "Asked 3 years, 2 months ago", "Save Share", '
    '"You must log in or register to reply here." Between two posts, such a line is kept by its neighbours. '
    "Read as a post's metadata, like its date line: on a forum the posts are neighbours across it.",
    examples=(
        "Click to expand...",
        "Reactions: felixen and bob",
        "Reactions: Ann, Bob Smith, Carol and 3 others",
        "Viewed 6k times",
        "Asked 14 years, 10 months ago",
        "Modified 5 years, 1 month ago",
        "You must log in or register to reply here.",
        "Save Share",
        "Add a comment |",
        "Zum Erweitern anklicken...",
        "Cliquez pour agrandir...",
        "Réactions : Marie et 2 autres",
    ),
    counter_examples=(
        "Reactions: The market fell sharply after the announcement.",
        "Click to expand the menu and choose the printer you want to use for this document.",
        "She was asked 3 years ago to lead the team and has never looked back since then.",
        "Save money by sharing a ride.",
    ),
)
SHARE = LiteralPatternRule(
    "share.buttons",
    Kind.SHARE,
    rf"(?:(?:share(?: this)?(?: article| story| post| page| on)?|tweet|pin it|e-?mail|print|copy(?: the)? link"
    rf"|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|sms"
    rf"|{alternation(W.SHARE)})[:：]?{_SEP})+",
    max_words=14,
    literals=needles(
        W.SHARE,
        also=(
            "share",
            "tweet",
            "pin it",
            "mail",
            "print",
            "copy",
            "facebook",
            "twitter",
            "linkedin",
            "whatsapp",
            "reddit",
            "pinterest",
            "telegram",
            "flipboard",
            "messenger",
            "sms",
        ),
        unopened=True,
    ),
    openings=openings(W.SHARE),
    description='Share and follow buttons: "Share this article", "Facebook Twitter Email".',
    examples=(
        "Share this article",
        "Share this post",
        "Facebook Twitter Email",
        "Share on WhatsApp",
        "Partager sur Facebook",
        "Auf Facebook teilen",
        "Compartir en Twitter WhatsApp",
        "分享到 微信 微博",
        "공유하기",
    ),
    counter_examples=("Facebook shares fell 3% on Tuesday.", "Partager le pouvoir n'a jamais été son fort."),
)
NAVIGATION = LiteralPatternRule(
    "navigation.controls",
    Kind.NAVIGATION,
    r"(?:toggle navigation|skip to (?:main )?(?:content|navigation)|(?:main |open |close )?menu"
    r"|search(?: \p{L}+)?|back to top|home(?:page)?|sections|close|more|load more|learn more"
    r"|(?:next|previous|prev|older|newer)(?: (?:post|article|story|page|entry|posts|articles|stories|entries))?"
    r"|show more|all (?:news|stories)|go to top|scroll to top|jump to|replay|up next|now playing|autoplay(?: on| off)?"
    r"|must watch|more videos(?: \.\.\.| …)?|\(\d{1,4} videos?\)|view all(?: \(\d{1,4}\))?"
    rf"|{alternation(W.NAVIGATION)})"
    # The arrow or chevron a theme draws after the control, which innerText prints with it.
    r"(?: ?[›→>»❯])?",
    max_words=4,
    literals=needles(
        W.NAVIGATION,
        also=(
            "toggle navigation",
            "skip to",
            "menu",
            "search",
            "to top",
            "home",
            "sections",
            "close",
            "next",
            "prev",
            "older",
            "newer",
            "more",
            "all news",
            "all stories",
            "jump to",
            "replay",
            "now playing",
            "autoplay",
            "must watch",
            "video",
            "view all",
        ),
        unopened=True,
    ),
    openings=openings(W.NAVIGATION),
    description='Page controls: "Toggle navigation", "Skip to content", "Menu", "Back to top", "Next Post", '
    'with the arrow a theme draws after one ("Learn more ›", "Next page→").',
    examples=(
        "Toggle navigation",
        "Learn more ›",
        "Next page→",
        "Next Post",
        "Older posts",
        "LEARN MORE",
        "Skip to content",
        "Menu",
        "Back to top",
        "Startseite",
        "Retour en haut",
        "首页",
        "더보기",
    ),
    counter_examples=(
        "Menu prices rose by a fifth.",
        "Weiter ging es am Dienstag mit den Verhandlungen.",
        "Home > News > World",
        "More → Less",
    ),
)
ACCESSIBILITY_WIDGET = TextKeywordPatternRule(
    "navigation.accessibility-widget",
    Kind.NAVIGATION,
    # An accessibility overlay's hidden buttons, which a text rendering prints ("Press ↵ Enter for Keyboard
    # Navigation"; the mark between "Press" and "Enter" varies), and the link to the site's statement.
    r"^press\W{1,8}enter\W{0,4}for (?:accessibility|keyboard navigation)\b"
    r"|^(?:click (?:here )?to (?:view|read) our |(?:view|read) our )?(?:web(?:site)? )?accessibility statement\W{0,2}$",
    scope="search",
    max_words=12,
    keywords=("enter", "accessibility statement"),
    description='An accessibility overlay\'s buttons and statement link on a text page: "Press Enter for '
    'Keyboard Navigation", "Click to view our Accessibility Statement".',
    examples=(
        "Press \u200e\u21b5 Enter\u200e for Accessibility for blind people who use screen readers",
        "Press enter for Keyboard Navigation",
        "Press Enter for Accessibility menu",
        "Click to view our Accessibility Statement",
    ),
    counter_examples=(
        "Press Enter for a new line, then type the next item.",
        "The accessibility statement was revised after the audit in March.",
    ),
)
BUY_BOX_CONTROLS = TextKeywordPatternRule(
    "navigation.buy-box-controls",
    Kind.NAVIGATION,
    # A shop's buy box and header print their controls as lines of their own on a text rendering: the
    # pickers' calls ("Choose your size", "Select an option", "Find my size"), a quantity stepper's
    # hidden labels, the second basket buttons ("Add to bag", "Add to Favorites"), "Pre-order",
    # "Notify me", "More ways to pay" and a menu's "Shop all". Whole lines only. "Add to cart", "Buy it
    # now", "Quantity", "Size guide" and stock lines are left alone: some truths keep them beside the
    # price, or over a size table (text54 and text81 in docs/HISTORY.md).
    r"(?:add to (?:bag|basket|trolley|wish ?list|favou?rites)"
    r"|(?:choose|select|pick) (?:an? |your )?(?:size|colou?r|option|style|variant)s?"
    r"|find (?:my|your) (?:size|fit)"
    r"|(?:decrease|increase) quantity(?: for [^:\n]{1,80})?"
    r"|more ways to pay|shop all|pre-?order(?: now)?"
    r"|notify me(?: when (?:available|in stock|back in stock))?)\W{0,3}",
    max_words=16,
    keywords=("add to ", "choose", "select", "pick", "find my", "find your", "quantity", "ways to pay", "shop all",
              "order", "notify me"),
    description='A shop\'s buy-box controls printed as lines of their own on a text page: "Choose your size", '
    '"Add to bag", "Decrease Quantity:", "Find my size", "More ways to pay", "Shop all".',
    examples=(
        "Choose your size",
        "Select an option",
        "Add to bag",
        "Add to Favorites",
        "Decrease Quantity:",
        "Increase quantity for Classic Tee",
        "Find my size",
        "More ways to pay",
        "Shop All",
        "Pre-order",
    ),
    counter_examples=(
        "Add to cart",
        "Size Guide",
        "Choose your size carefully: the jacket runs small, so most buyers go one size up.",
        "Shop all you like, the sale ends on Sunday.",
        "Add to bag the keys, the wallet and a spare charger before you leave.",
    ),
)
SKIP_LINKS = HtmlLiteralPatternRule(
    "navigation.skip-links",
    Kind.NAVIGATION,
    # A word after "to" may not be "skip" or "jump": where one link ends and the next begins is
    # then fixed, and a separator (or the end) must follow each word, so no word is split.
    # "Jump to" only with the skip links' own targets: "Jump to Recipe" is a page's own section.
    r"(?:(?:skip\sto(?:\s(?!(?:skip|jump)\b)\p{L}+){1,4}|jump\sto\s(?:main\s)?(?:content|navigation|search))"
    r"(?:[\s,|/·•-]+|$))+",
    max_words=20,
    literals=("skip to", "jump to"),
    description='Skip links, one or several in a row, to any part of the page: "Skip to product list", '
    '"skip to main content skip to footer", "Skip to search results Skip to filters Skip to sort", '
    '"Jump to navigation Jump to search" (HTML only). `navigation.controls` takes the common two '
    "(content, navigation) when alone, on text too.",
    examples=(
        "Skip to product list",
        "skip to main content skip to footer",
        "Skip to search results Skip to filters Skip to sort Skip to selected filters",
        "Jump to navigation Jump to search",
    ),
    counter_examples=(
        "Skip to Chunk 4 without Chunk 2, and you will be lost when the plot turns.",
        "Skip to the end.",
        "Skip the line and jump to the front with a fast pass.",
        "Jump to Recipe",
    ),
)
COPYRIGHT_MARK = r"©|\(c\)\s*\d{4}|\ball rights reserved\b|\bcopyright\s+(?:©\s*)?\d{4}"
"""A copyright notice's mark ("©", "(c) 2025", "All rights reserved", "Copyright 1995"): a pattern's
source, shared by ``footer.legal`` and ``footer.past-copyright``."""
# "版权所有" but not "版权所有者" (the copyright holder).
RIGHTS_CLAUSE = rf"版[权權]所有(?![者人权權])|{alternation(W.RIGHTS, bounded=True)}"
"""A notice's rights clause in other languages ("Tous droits réservés", "版权所有"): a pattern's source."""

FOOTER = KeywordPatternRule(
    "footer.legal",
    Kind.FOOTER,
    COPYRIGHT_MARK + r"|\bsubject to copyright\b"
    r"|\bno part (?:of this [\w ]{1,30})?may be reproduced\b|\bregistered trademarks? of\b"
    r"|\bthese statements have not been evaluated\b|\bthe information (?:provided|contained) on this (?:web)?site\b"
    r"|^(?:(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions"
    r"|cookie policy|contact(?: us)?|about(?: us)?|advertise(?: with us)?|site ?map|accessibility"
    r"|careers|help|faq|imprint|impressum|do not sell my (?:personal )?info(?:rmation)?"
    rf"|{alternation(W.LEGAL_LINKS)})[\s,|/·•-]*)+$"
    rf"|{RIGHTS_CLAUSE}",
    scope="search",
    max_words=40,
    openings=openings(W.LEGAL_LINKS),
    keywords=needles(
        W.RIGHTS,
        also=(
            *needles(W.LEGAL_LINKS, unopened=True),
            "版权所有",
            "版權所有",
            "©",
            "(c)",
            "rights",
            "copyright",
            "reproduced",
            "trademark",
            "evaluated",
            "information",
            "privacy",
            "terms",
            "cookie",
            "contact",
            "about",
            "advertise",
            "site",
            "accessibility",
            "careers",
            "help",
            "faq",
            "imprint",
            "impressum",
            "do not sell",
        ),
    ),
    description='Footer lines: "© 2025 Example Media. All rights reserved.", "Privacy Policy | Terms of Use".',
    examples=(
        "© 2025 Example Media. All rights reserved.",
        "Privacy Policy | Terms of Use",
        "Tous droits réservés",
        "Impressum | Datenschutz | AGB | Kontakt",
        "Mentions légales · Politique de confidentialité",
        "新华网 版权所有",
        "無断転載を禁じます。",
    ),
    counter_examples=(
        "The company said its privacy policy had been updated after the ruling, which critics called overdue.",
        "La politique de confidentialité du réseau social a été critiquée par la CNIL mardi.",
        "法院认定该公司是这部作品的版权所有者。",
    ),
)
_DOC_GENERATORS: W.Wordings = {
    "en": ("sphinx", "mkdocs", "docusaurus", "hugo", "jekyll", "gitbook", "vitepress", "docfx", "doxygen", "read the docs"),
}  # fmt: skip
"""Documentation generators whose credit a documentation site prints in its footer."""
_CHANGED_LABELS: W.Wordings = {
    "de": ("zuletzt geändert", "zuletzt aktualisiert", "zuletzt bearbeitet"),
    "fr": ("dernière modification", "dernière mise à jour"),
    "es": ("última modificación", "última actualización"),
    "pt": ("última atualização", "última modificação"),
    "it": ("ultima modifica",),
    "nl": ("laatst gewijzigd", "laatst bijgewerkt"),
}  # fmt: skip
""""Last modified" and "last updated" in other languages, a date after them."""
DOC_FOOTER = TextDocKeywordPatternRule(
    "footer.doc-page",
    Kind.FOOTER,
    # A date (or its month's name) must follow the label; a licence's subject is the page, its
    # content or its code, within one sentence; a generator's credit names the generator.
    r"(?:\blast\s+(?:modified|updated|edited|generated|changed)|"
    + alternation(_CHANGED_LABELS, bounded=True)
    + r")\s*(?:(?:on|am|le|el|em|il|op|:)\s*)?(?:\p{L}{3,9}\.?\s+)?\d"
    r"|\b(?:content|page|documentation|text|work|code samples?|examples?)\b[^.!?\n]{0,60}\b(?:is|are)\s+"
    r"(?:(?:additionally|also)\s+)?(?:licensed|available)\s+under\b"
    r"|\b(?:created|built|generated|made|powered)\s+(?:using|with|by)\s+"
    + alternation(_DOC_GENERATORS, bounded=True),
    scope="search",
    max_words=60,
    keywords=needles(_CHANGED_LABELS, _DOC_GENERATORS, also=("last", "licensed", "available")),
    description="A documentation page's footer (text pages cleaned or reported as documentation): when the page was last changed "
    '("This page was last modified on Jul 8, 2025 by MDN contributors.", "Last updated on Mar 06, 2026"), the '
    'licence of its content ("Except as otherwise noted, the content of this page is licensed under the Creative '
    'Commons Attribution 4.0 License"), the generator that built it ("Created using Sphinx 9.1.0").',
    examples=(
        "This page was last modified on Jul 8, 2025 by MDN contributors.",
        "Last updated on Mar 06, 2026 (12:52 UTC). Found a bug?",
        "Created using Sphinx 9.1.0. Documentation last generated: Thu 05 Mar 2026 08:36:05 AM EST",
        "Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 "
        "License, and code samples are licensed under the Apache 2.0 License.",
        "This page is licensed under the Python Software Foundation License Version 2.",
        "Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD "
        "License.",
        "Built with MkDocs using a theme provided by Read the Docs.",
        "Zuletzt geändert am 12. März 2025",
        "Dernière mise à jour le 3 février 2026",
    ),
    counter_examples=(
        "The last updated version of the API adds two fields to every response.",
        "The library is distributed under the MIT license; see the LICENSE file.",
        "Run the last command again after you have updated the configuration.",
        "Generated files are written to the build directory by default.",
    ),
)
DOC_FURNITURE = TextDocKeywordPatternRule(
    "navigation.doc-furniture",
    Kind.NAVIGATION,
    # Whole lines only: the page's neighbours by name ("Previous: Installation", "Next topic"), the
    # "Prev Up Next" bar, the links to edit the page or report on it, and the label over its own contents.
    r"(?:previous|prev|next)(?:\s+(?:topic|page|chapter|section))?\s?[:|][^\n]{0,80}"
    r"|(?:previous|next)\s+(?:topic|chapter)"
    r"|prev(?:ious)?\s+(?:(?:up|home)\s+)?next"
    r"|edit\s+(?:this|the)\s+page(?:\s+on\s+(?:github|gitlab))?|edit\s+on\s+(?:github|gitlab)"
    r"|report\s+a\s+(?:bug|problem|issue)(?:\s+with\s+this\s+(?:page|content))?"
    r"|improve\s+this\s+(?:page|doc|article)|suggest\s+(?:an\s+)?edits?|help\s+improve\s+\S{1,20}"
    r"|learn\s+how\s+to\s+contribute|on\s+this\s+page\s*:?|table\s+of\s+contents",
    scope="full",
    max_words=10,
    keywords=("prev", "next", "edit", "report a", "improve", "contribute", "on this page", "table of contents"),
    description="A documentation page's furniture around its body (text pages cleaned or reported as documentation): "
    'the links to the pages before and after it ("Previous: Installation", "Next topic", "Prev Up Next"), to edit '
    'it or report on it ("Edit this page on GitHub", "Report a bug", "Help improve MDN") and the label over its '
    'own contents ("On this page:", "Table of contents"), each a line of its own.',
    examples=(
        "Previous: SQLAlchemy ORM",
        "Next topic",
        "Prev \u00a0\tUp\t \u00a0Next",
        "Edit this page on GitHub",
        "Edit this page",
        "Help improve MDN",
        "Learn how to contribute",
        "Report a bug",
        "On this page:",
        "Table of contents",
    ),
    counter_examples=(
        "Next Steps",
        "Next, run the installer and restart the service.",
        "In the previous example, each button had its own independent count.",
        "Edit this page's settings in the admin panel before you publish the site to production.",
    ),
)
ADS = LiteralPatternRule(
    "ad.label",
    Kind.AD,
    r"advertisement|advertising|adverts?|sponsored(?: content| by .{1,40})?|ads?|continue reading below"
    r"|(?:story|article) continues below(?: advertisement)?|article continues after (?:this )?advertisement"
    rf"|scroll to continue(?: with content)?|paid (?:post|content)|promoted(?: content)?|{alternation(W.AD_LABELS)}",
    max_words=8,
    literals=needles(W.AD_LABELS, also=("ad", "sponsored", "continue", "paid ", "promoted"), unopened=True),
    openings=openings(W.AD_LABELS),
    description='Ad labels: "ADVERTISEMENT", "Continue Reading Below", "Sponsored content".',
    examples=(
        "ADVERTISEMENT",
        "Advert",
        "Continue Reading Below",
        "Sponsored content",
        "Publicité",
        "Anzeige",
        "Реклама",
        "广告",
    ),
    counter_examples=(
        "Advertising revenue fell by 12% in the quarter.",
        "La publicité en ligne a reculé de 5 % cette année.",
    ),
)
TAGS = LiteralPatternRule(
    "tags.list",
    Kind.TAGS,
    rf"(?:tags|topics|filed under|categories|related topics|tagged(?: with)?|tag|{alternation(W.TAG_LABELS)})\s*[:：]",
    scope="start",
    max_words=30,
    literals=needles(W.TAG_LABELS, also=("tag", "topic", "filed under", "categories"), unopened=True),
    openings=openings(W.TAG_LABELS),
    description='Tag and topic lists: "Tags: Politics, North Korea, Russia".',
    examples=(
        "Tags: Politics, North Korea, Russia",
        "Topics: Energy",
        "Schlagwörter: Bundestag, Haushalt",
        "标签：经济 股市",
    ),
    counter_examples=(
        "Topics discussed at the summit included energy and trade.",
        "Themen wie Energie und Handel standen im Mittelpunkt: ein Überblick.",
    ),
)
AUTHOR_BIO = LiteralPatternRule(
    "author.bio-heading",
    Kind.OTHER,
    r"(?:[Aa]bout|[Üü]ber|[Ss]obre|[Tt]entang|[Aa] proposito di|[Оо]б авторе)(?: [Tt]he [Aa]uthors?| (?:\p{Lu}[\p{L}.'’-]*\s?){1,3})?:?"
    r"|(?:more )?(?:articles|posts|stories) by (?:this author|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})"
    rf"|(?i:{alternation(W.AUTHOR_HEADINGS)})\s?:?"
    rf"|(?i:{alternation(W.MORE_BY)})\s\p{{Lu}}[\p{{L}}.'’-]*(?:\s\p{{Lu}}[\p{{L}}.'’-]*){{0,2}}",
    ignore_case=False,
    max_words=5,
    literals=needles(
        W.AUTHOR_HEADINGS,
        W.MORE_BY,
        also=(
            "about",
            "über",
            "sobre",
            "tentang",
            "a proposito di",
            "об авторе",
            "articles by",
            "posts by",
            "stories by",
        ),
        unopened=True,
    ),
    openings=openings(W.AUTHOR_HEADINGS, W.MORE_BY),
    description='Headings of the author box after an article: "About Brigit Katz", "About the author", "Über Moritz Bachmann".',
    examples=(
        "About Brigit Katz",
        "About the author",
        "About the Authors:",
        "Über Moritz Bachmann",
        "À propos de l'auteur",
        "Weitere Artikel von Anna Meyer",
        "作者简介",
    ),
    counter_examples=("About 200 people attended.", "Weitere Artikel von heute folgen später."),
)
AUTHOR_BIO_TEXT = KeywordPatternRule(
    "author.bio",
    Kind.OTHER,
    r"^(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:is|was)\s(?:a|an|the)\s[^.!?]{0,100}\b(?:writer|editor|journalist|reporter"
    r"|author|contributor|correspondent|columnist|freelancer|blogger|fellow|professor|editor-in-chief)s?\b",
    scope="search",
    max_words=90,
    keywords=(" is a", " is the", " was a", " was the"),
    description='The author box after an article: "Brigit Katz is a freelance writer based in Toronto."',
    examples=("Brigit Katz is a freelance writer based in Toronto. Her work has appeared in a number of places.",),
    counter_examples=("The writer is a former diplomat, the paper said in a note under the article.",),
)
class ClosingPatternRule(KeywordPatternRule):
    """A pattern rule for text that closes an article (a press release's company boilerplate): on
    an article, a block that matches but has ``max_prose_after`` paragraphs of prose or more among
    the ``look_ahead`` blocks after it is inside the article, not after it — a buyer's guide
    describing each vendor ("Deel is a global HR and payroll platform …", then its pros and cons)
    or an events round-up ("NVIDIA GTC is the premier global AI conference …"). On other kinds of
    page the site's blurb about itself sits anywhere (between a product's gallery and its
    description), so the position is not asked there."""

    look_ahead = 40
    max_prose_after = 3
    min_prose_words = 25
    max_heading_words = 6
    name_word = regex.compile(r"[\p{L}\p{N}]+")

    def match(self, page: Page, i: int) -> Verdict | None:
        found = super().match(page, i)
        if found is None or not page.is_article:
            return found
        blocks = page.blocks
        if i and self.names_the_subject(blocks[i - 1], blocks[i]):
            return None
        prose = 0
        for block in blocks[i + 1 : i + 1 + self.look_ahead]:
            prose += (
                block.weight >= self.min_prose_words
                and block.terminal
                and block.link_density < 0.5
                and self._search(page, block.text, None) is None
            )
            if prose >= self.max_prose_after:
                return None
        return found

    def names_the_subject(self, heading: Block, block: Block) -> bool:
        """Whether ``heading`` is a short heading (a heading's role, or a line of at most
        ``max_heading_words`` words without a sentence's end) that holds the first word of the
        name ``block`` opens with, and does not open with "About": an entry of a buyer's guide
        ("10. Ninja Promo" over "Ninja Promo is a global marketing agency …"), where a press
        release's boilerplate sits under "About Ascom" or no heading of its own."""
        if heading.words > self.max_heading_words or (heading.role is not Role.HEADING and heading.terminal):
            return False
        head = [w.casefold() for w in self.name_word.findall(heading.text)]
        name = self.name_word.search(block.text)
        if not head or head[0] == "about" or name is None:
            return False
        return name.group(0).casefold() in head

    def _candidates(self, text: PageText) -> set[int] | None:
        # ``match`` only narrows the keyword rule's matches: its page-wide screen still speaks for it.
        return super()._candidates(text)


COMPANY_BIO = ClosingPatternRule(
    "author.company-bio",
    Kind.OTHER,
    r"^(?:About (?:\p{Lu}[\p{L}.&'’-]*\s?){1,3}[:.]?\s)?(?:\p{Lu}[\p{L}.&'’()-]*\s){1,4}(?:is|are)\s(?:a|an|the)\s"
    r"(?:[\p{L}-]+\s){0,3}(?:global|leading|world'?s?|international|premier|largest|independent)\b",
    ignore_case=False,
    scope="search",
    max_words=120,
    keywords=(" is a", " is the", " are a", " are the"),
    description='The company boilerplate that closes a press release: "Ascom is a global solutions provider …"; '
    "not where three paragraphs of prose follow it, nor under a short heading that names it "
    '("10. Ninja Promo" over "Ninja Promo is a global marketing agency …": a vendor described inside a buyer\'s guide).',
    examples=("Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.",),
    counter_examples=("Shares of the company, which is a global leader in chips, fell 3% on Tuesday.",),
)
CITATION = LiteralPatternRule(
    "references.citation",
    Kind.OTHER,
    r"^[^\"“”]{2,120},\s?[\"“][^\"“”]{3,200}[\"”],?\s?[^\"“”]{0,80}\b(?:19|20)\d\d\b[^\"“”]{0,30}"
    r"|^(?:e-?mail|phone|telephone) interview with .{3,200}?\b(?:19|20)\d\d\b.{0,20}",
    max_words=50,
    literals=('"', "“", "interview with"),
    description='Entries of a sources list: Publisher, "Title," date — "PolitiFact, "Trump\'s tariffs …," Nov. 18, 2019".',
    examples=(
        'Customs and Border Protection, "U.S. Border Patrol Nationwide Drug Seizures," accessed Nov. 13, 2019',
        "Email interview with Matthew Dyman, spokesman for Customs and Border Protection, Oct. 30, 2019",
    ),
    counter_examples=('The mayor said, "We will rebuild the bridge by 2026," and left the podium.',),
)
RELATED_LINK = LiteralPatternRule(
    "related.link",
    Kind.RELATED,
    r"(?:related(?: stories| articles| coverage| posts?| reading)?|read more|read also|also read|see also|see more|more"
    rf"|recommended|read next|(?:also )?on [\w-]{{2,30}}(?:\.[\w-]{{2,10}})+|{alternation(W.RELATED_LINKS)})\s?[:|>»：]",
    scope="start",
    max_words=25,
    literals=(":", "|", ">", "»", "："),
    description='A link to another story inside the article: "Related: The 15 Weirdest Galaxies", "SEE MORE: Hong Kong …".',
    examples=(
        "Related: The 15 Weirdest Galaxies in Our Universe",
        "SEE MORE: Hong Kong protests: 800 students under siege",
        "Related post: Pickled Brussels Sprouts Recipe",
        "Lire aussi : Le Sénat adopte le budget",
        "Lesen Sie auch: Wie die Bahn pünktlicher werden will",
        "延伸阅读：央行宣布降息",
        "On SisterPaper.com: Council approves the new harbour budget",
    ),
    counter_examples=(
        "More than 200 people attended the hearing on Tuesday.",
        "Lire aussi les rapports annuels permet de comprendre la situation : c'est essentiel.",
    ),
)
RELATED_HEADING = LiteralPatternRule(
    "related.heading",
    Kind.RELATED,
    r"related(?: articles?| stor(?:y|ies)| news| posts?| content| coverage| reading| reads| links| resources| guides| topics"
    r"| videos)?:?"
    r"|related (?:articles|posts|stories|reading|content) (?:that|you|from|on|for)\b[^.!?:]{1,40}:?"
    r"|(?:recent|popular|featured|trending|similar|other|recommended) (?:posts|articles|stories)|keep reading|read this next"
    r"|more (?:from|on|in|like this|stories|news|articles|to read)(?: [^.!?]{1,40})?:?"
    r"|more (?:[\p{L}\p{N}'’-]{1,20} ){1,2}(?:stories|articles|news|reads|videos)"
    r"|(?:most|also) (?:read|popular|viewed|shared|watched)(?: [^.!?]{1,30})?"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\W*"
    r"|recommended(?: for you| stories| articles| reading)?|read (?:more|next|also)(?: [^.!?]{1,30})?:?"
    r"|trending(?: now| stories| news)?|top stories|latest (?:news|stories|articles|posts)|explore further"
    r"|editor'?s picks|what to read next|(?:don't|do not) miss\W*"
    rf"|{alternation(W.RELATED_HEADINGS)}\W{{0,3}}",
    max_words=10,
    literals=needles(
        W.RELATED_HEADINGS,
        also=(
            "related",
            "more ",
            "most ",
            "also ",
            "you m",
            "recommended",
            "recent ",
            "popular ",
            "featured ",
            "similar ",
            "other ",
            "keep reading",
            "read ",
            "trending",
            "top stories",
            "latest ",
            "explore further",
            "s picks",
            " miss",
        ),
        unopened=True,
    ),
    openings=openings(W.RELATED_HEADINGS),
    description='Headings of teaser lists: "Related Articles", "More from The Hill", "You may also like".',
    examples=(
        "Related Articles",
        "More from The Hill",
        "You may also like",
        "Recent Posts",
        "Similar Articles",
        "Related Resources",
        "Related articles that may interest you",
        "Related Articles from the Trash Talk blog:",
        "Keep Reading",
        "More Great WIRED Stories",
        "Você pode gostar...",
        "Articles similaires",
        "Das könnte Sie auch interessieren",
        "Artículos relacionados",
        "Leia também",
        "相关文章",
        "関連記事",
        "관련기사",
    ),
    counter_examples=(
        "Related species were found in the same cave system last year.",
        "Related stories from the agency were published on Tuesday.",
        "Recent posts on the forum say the update broke the login.",
        "Other stories were less cheerful.",
        "Los artículos relacionados con la reforma fueron publicados ayer.",
    ),
)

SLIDE_CAPTION = LiteralPatternRule(
    "caption.slide",
    Kind.CAPTION,
    r"(?:image|photo|picture|slide|foto|bild|imagen|immagine)\s?\d{1,3}\s?(?:of|/|de|di|von)\s?\d{1,3}$"
    r"|\d{1,3}\s?of\s?\d{1,3}(?-i:(?=\p{Lu}))|(?:image|media|photo|video) ?caption(?-i:(?!\p{Ll}))",
    scope="start",
    max_words=60,
    # Every match opens the block with one of these (a word, or the counter's first digit).
    literals=(),
    openings=(
        "image",
        "photo",
        "picture",
        "slide",
        "foto",
        "bild",
        "imagen",
        "immagine",
        "media",
        "video",
        *"0123456789",
    ),
    description='Gallery counters and caption labels: "Image 1 of 5", "1of4A shopper looks at …", '
    '"Image caption Police at the scene".',
    examples=("Image 1 of 5", "1of4A shopper looks at extension cords", "Media captionWho is Julian Assange?"),
    counter_examples=("1 of 4 patients in the trial reported side effects.", "Images of the comet were released."),
)
BROWSER_NOTICE = KeywordPatternRule(
    "notice.browser",
    Kind.OTHER,
    r"\b(?:update|upgrade|switch) (?:to )?(?:a |your )?(?:modern |newer |supported )?(?:web )?browser\b"
    r"|\byour browser (?:is (?:out of date|not supported|outdated)|does not (?:seem to )?support)\b"
    r"|\ba browser that supports javascript\b|\b(?:with|without) javascript enabled\b"
    r"|\byou are using an? (?:out of date|outdated|old|unsupported) browser\b"
    r"|\bwe'?ve detected (?:that )?you are (?:on|using)\b|\b(?:please )?enable javascript\b"
    r"|\bjavascript is (?:disabled|required|turned off)\b|\brequires javascript\b|\bplayback is (?:unsupported|not supported) on your\b"
    r"|\b(?:will )?opens? in a new (?:window|tab)\b",
    scope="search",
    max_words=40,
    keywords=("browser", "detected", "javascript", "playback", "new window", "new tab"),
    description='Notices about the reader\'s browser or device: "Please update to a modern browser", '
    '"Media playback is unsupported on your device", "Links will open in a new window".',
    examples=(
        "We've detected you are on Internet Explorer. For the best experience, please update to a modern browser.",
        "Media playback is unsupported on your device",
        "These are external links and will open in a new window",
        "This slideshow requires JavaScript.",
        "You are using an out of date browser. It may not display this or other websites correctly.",
        "Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished.",
        "Please download a browser that supports JavaScript, or enable it if it's disabled (i.e. NoScript).",
        "This site is best viewed in a modern browser with JavaScript enabled.",
    ),
    counter_examples=(
        "The company said its new browser would ship in March with better privacy controls.",
        "Most readers said they were using an old laptop and an older browser to follow the launch.",
    ),
)
JOIN_PROMPT = KeywordPatternRule(
    "subscription.join-prompt",
    Kind.SUBSCRIPTION,
    r"\b(?:sign up|sign in|log ?in|register|create (?:a |an |your )?(?:free )?account)\b[^.!?]{0,40}"
    r"\bto (?:comment|reply|post (?:a )?(?:comment|reply|message)|join the (?:conversation|discussion))\b"
    r"|\b(?:don[’']?t|do not) have an account yet\b"
    r"|\b(?:you[’']?re|you are) browsing [^.!?]{0,40}\bas a guest\b"
    r"|^want to join\?|^(?:register|sign up) (?:on|at|with) [^.!?]{1,30}!|\bwhen you register for an account\b"
    rf"|{alternation(W.JOIN_PROMPTS, bounded=True)}",
    scope="search",
    max_words=80,
    keywords=needles(
        W.JOIN_PROMPTS,
        also=(
            " to comment",
            " to reply",
            " to post",
            " to join the",
            "account yet",
            "as a guest",
            "want to join",
            "register",
            "sign up",
        ),
    ),
    description="A forum's or a site's invitation to a guest to register or log in to take part, printed "
    'for every reader: "Sign in or create your free account to comment", "You\'re browsing the … Message '
    'Boards as a guest", "Want to join? Log in or sign up in seconds.", "Register on MacRumors! This sidebar '
    "will go away\". Kept, it is the text nearest a thread's first or last post.",
    examples=(
        "Sign in or create your free account to comment, connect with other cruisers, and follow conversations.",
        "You're browsing the GameFAQs Message Boards as a guest. Sign Up for free (or Log In if you already have an"
        " account) to be able to post messages.",
        "Hello! It looks like you're interested in this conversation, but you don't have an account yet.",
        "Want to join? Log in or sign up in seconds.",
        "Register on MacRumors! This sidebar will go away, and you'll see fewer ads.",
        "Du musst dich einloggen oder registrieren, um hier zu antworten.",
        "Vous devez vous connecter ou vous inscrire pour répondre ici.",
    ),
    counter_examples=(
        "Register to vote before the deadline on October 7, officials said.",
        "When you sign up for a free business account, you unlock lower rates on hotels.",
        "Sign up to post jobs and reach thousands of candidates every week.",
        "The guest list was long: he was browsing it as a guest of the museum's director.",
    ),
)
SCRIPT_MESSAGE = KeywordPatternRule(
    "notice.script-message",
    Kind.OTHER,
    r"(?:(?:oops|sorry|we[’']?re sorry)[!,.]?\s)?"
    r"(?:something went wrong|there was (?:a problem|an error)|an error (?:has )?occurred|unable to"
    r"|captcha failed to load|your request can[’']?t be completed)"
    r"[^.!?]{0,80}[.!]\s(?:please\s)?try (?:again|your request again|using a different browser)\b"
    r"|oops!? something went wrong(?: while submitting the form)?[.!]?$"
    r"|thank you! your submission has been received!?$",
    scope="start",
    max_words=40,
    keywords=("try ", "went wrong", "submission has been received"),
    description="Messages a page's script shows when a request fails or a form is sent, printed in the "
    'markup for later: "There was a problem calculating your shipping. Please try again.", "Oops! '
    'Something went wrong while submitting the form.", "Thank you! Your submission has been received!".',
    examples=(
        "There was a problem calculating your shipping. Please try again.",
        "Something went wrong while talking to the server. Please try again or contact us if the problem persists.",
        "Oops! Something went wrong while submitting the form.",
        "Thank you! Your submission has been received!",
        "Captcha failed to load. Try using a different browser or disabling ad blockers.",
        "We’re sorry, your request can’t be completed right now. Please try again later.",
    ),
    counter_examples=(
        "Something went wrong at the plant that night. Engineers had to try again three times before the"
        " reactor was stable.",
        "There was a problem with the first design, so the team decided to start over in the spring.",
        "Oops! Something went wrong with my sourdough, and here is what I learned from it.",
    ),
)
PLACEHOLDER = HtmlKeywordPatternRule(
    "notice.placeholder",
    Kind.OTHER,
    r"loading(?: content| paragraph)?\s?(?:\.{3}|…)?$|lorem ipsum dolor sit amet\b",
    scope="start",
    max_words=300,
    keywords=("loading", "lorem ipsum"),
    description="Text that stands in for what is not there yet: a script's \"Loading...\" before it fills the "
    'element in, and a template\'s filler prose ("Lorem ipsum dolor sit amet, consectetur adipiscing '
    'elit ...") that nobody replaced (HTML only).',
    examples=(
        "Loading...",
        "Loading",
        "Loading content ...",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
    ),
    counter_examples=(
        "Loading the dishwasher the right way saves water.",
        "Lorem ipsum generator",
        "Designers call the filler text lorem ipsum dolor sit amet, after a passage of Cicero.",
    ),
)
ARTICLE_TOOLS = LiteralPatternRule(
    "share.article-tools",
    Kind.SHARE,
    rf"(?:(?:order reprints?|reprints?(?: (?:&|and) permissions)?|print (?:this )?(?:article|story|page)"
    rf"|save (?:this )?(?:article|story)|gift (?:this )?article|text size|font size|listen to (?:this )?article"
    rf"|download (?:the )?pdf){_SEP})+",
    max_words=10,
    literals=("reprint", "print ", "save ", "gift ", "size", "listen to", "pdf"),
    description='Article tool bars: "Order Reprints", "Print Article", "Text size", "Listen to this article".',
    examples=("Order Reprints", "Print Article", "Gift this article | Text size"),
    counter_examples=("Reprints of the 1962 edition sold out within a week.",),
)
SHARE_CALL = KeywordPatternRule(
    "share.call",
    Kind.SHARE,
    r"\bshare (?:it|this(?: story| article| post)?) with (?:a friend|your friends|friends)\b"
    r"|\bthis post is public so feel free to share it\b"
    r"|\bfollow (?:us|him|her|me|them)\b[^.!?]{0,20}"
    r"(?:\bon (?:twitter|facebook|instagram|linkedin|youtube|tiktok|pinterest|social(?: media)?)\b|@\w)"
    r"|\bconnect with (?:me|us) (?:here|below)\b",
    scope="search",
    max_words=40,
    keywords=("share", "follow", "connect with"),
    description='Calls to share or follow: "Like this story? Share it with a friend!", '
    '"Follow us on Twitter @Spacedotcom and on Facebook.", a blogger\'s "Follow me on Pinterest …" or '
    '"You can also connect with me here:" over the icons of her accounts.',
    examples=(
        "Like this story? Share it with a friend!",
        "Follow us on Twitter @Spacedotcom and on Facebook.",
        "Thanks for reading! This post is public so feel free to share it.",
        "Want more DIY home decor projects? Follow me on Pinterest to see what I'm pinning and be inspired to create.",
        "Follow us on social media to stay up to date with the latest HR news and trends",
        "You can also connect with me here:",
    ),
    counter_examples=(
        "Investors follow him closely and share his view that rates will fall.",
        "Connect with us today, and let's craft content that tells your story.",
        "Hikers who follow us on the trail should connect with the ranger station below the pass.",
    ),
)
SUBSCRIBE_PROMO = LiteralPatternRule(
    "subscription.promo",
    Kind.SUBSCRIPTION,
    r"(?:[^.!?]{1,60}[?!]\s)?subscribe (?:for free )?to\b",
    scope="start",
    max_words=35,
    literals=("subscribe to", "subscribe for free to"),
    description='A paragraph that opens with a call to subscribe: "Subscribe to WIRED and stay smart …", '
    '"Need more space? Subscribe to our sister title …".',
    examples=(
        "Subscribe to WIRED and stay smart with more of your favorite writers.",
        'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news.',
        "Thanks for reading! Subscribe for free to receive new posts and support my work.",
    ),
    counter_examples=(
        "Few economists subscribe to the view that tariffs lower prices.",
        "Readers who subscribe for free to the app get three articles a month.",
    ),
)
FEEDBACK = KeywordPatternRule(
    "promo.feedback",
    Kind.PROMO,
    r"\btell us what you think\b|\b(?:take|taking) (?:our|this|the|a (?:short|quick)) survey\b"
    r"|\b(?:give|send) us (?:your )?feedback\b"
    r"|\b(?:was|is) this (?:article|page|story|post|content|information|guide) (?:helpful|useful)\b"
    r"|\bdid you find this (?:article|page|story|post|content|information|guide) (?:helpful|useful)\b"
    r"|\bwe(?:'d| would) love (?:to hear )?your feedback\b",
    scope="search",
    max_words=40,
    keywords=("tell us", "survey", "feedback", "helpful", "useful"),
    description='Feedback and survey prompts: "Tell us what you think about our new look by taking this survey.", '
    '"Did you find this content helpful?", "We\'d love your feedback".',
    examples=(
        "Welcome to our new article page. Tell us what you think about our new look by taking this survey.",
        "Did you find this content helpful?",
        "We'd love your feedback",
    ),
    counter_examples=("A survey of 2,000 voters found most would back the plan.",),
)

SUPPORT_PROMO = KeywordPatternRule(
    "promo.support",
    Kind.PROMO,
    r"\bif you (?:enjoyed|liked|value|appreciate) (?:this|our|reading)\b|\bclick here to support\b"
    r"|\bsupport (?:our|independent|quality) journalism\b|\bdo you rely on\b[^.!?]{0,40}\?",
    scope="search",
    max_words=60,
    keywords=("if you", "click here", "journalism", "rely on"),
    description='Appeals for support after an article: "If you enjoyed this article, … Join NRPLUS", '
    '"Do you rely on our reporting? Click here to support it."',
    examples=(
        "If you enjoyed this article, we have a proposition for you: join our members' club.",
        "Do you rely on Snopes reporting? Click here to support it.",
    ),
    counter_examples=("If you enjoyed the first film, the sequel will not disappoint, critics say.",),
)

RULES = [
    IMAGE_ALT,
    ALT_ENTITIES,
    STORE_BADGES,
    APP_DOWNLOAD,
    FEATURE_PROMO,
    FREE_TRIAL,
    SUBSCRIBE_CALL,
    NEWSLETTER,
    SHOP_LIST,
    COOKIES,
    COOKIE_TABLE,
    CONSENT_PURPOSES,
    FORM_CONSENT,
    DISCLAIMER,
    COMMENTS,
    COMMENT_HEADER,
    COMMENT_FORM,
    FORM_FIELD,
    COMMENT_ACTIONS,
    POST_FURNITURE,
    SHARE,
    NAVIGATION,
    SKIP_LINKS,
    ACCESSIBILITY_WIDGET,
    BUY_BOX_CONTROLS,
    FOOTER,
    DOC_FOOTER,
    DOC_FURNITURE,
    ADS,
    TAGS,
    AUTHOR_BIO,
    AUTHOR_BIO_TEXT,
    COMPANY_BIO,
    CITATION,
    RELATED_LINK,
    RELATED_HEADING,
    SLIDE_CAPTION,
    BROWSER_NOTICE,
    JOIN_PROMPT,
    SCRIPT_MESSAGE,
    PLACEHOLDER,
    ARTICLE_TOOLS,
    SHARE_CALL,
    SUBSCRIBE_PROMO,
    FEEDBACK,
    SUPPORT_PROMO,
]
