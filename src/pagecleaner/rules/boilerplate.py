"""Phrase rules: the fixed wordings of promos, widgets, menus, footers and ads.

Each rule is declarative (a pattern, a scope, a word limit) so it reads like
data; ``max_words`` keeps a rule off prose that merely mentions its phrase.
Wordings cover English and, where cheap, the other languages pages come in.
Rules that search anywhere in a block carry ``keywords``, a lower-case pre-check
that every match contains, so most blocks are turned away without a regex.
Rules anchored at the block's start carry ``literals`` instead: the same promise,
used only by the engine to find candidate blocks for the whole page at once
(``match`` itself is the plain pattern rule's, so verdicts never depend on them).
"""

from __future__ import annotations

from typing import Any

from ..models import Kind
from .base import Page, PageText, PatternRule, Verdict


class KeywordPatternRule(PatternRule):
    """A pattern rule with a cheap pre-check: the block must contain one of ``keywords``
    (lower case) before the pattern is searched. Every match of the pattern contains one
    of them, so the result is the same; most blocks are turned away without a regex."""

    def __init__(self, *args: Any, keywords: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.keywords = keywords

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if self.max_words is not None and block.words > self.max_words:
            return None
        low = block.text.lower()
        if not any(k in low for k in self.keywords):
            return None
        return super().match(page, i)

    def _candidates(self, text: PageText) -> set[int] | None:
        # ``match`` turns away every block without a keyword: find them all in one pass.
        return text.containing(self.keywords, self.max_words)


class LiteralPatternRule(PatternRule):
    """A pattern rule whose every match holds one of ``literals`` (lower case): a screen only.

    ``match`` is the plain pattern rule's, so verdicts are the same on every block; the engine
    uses the literals to find, in one pass over the page, the only blocks worth asking.
    """

    def __init__(self, *args: Any, literals: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.literals = literals

    def _candidates(self, text: PageText) -> set[int] | None:
        if text.folds_oddly:
            return None  # ``str.lower`` and the pattern's case folding may disagree on this page
        return text.containing(self.literals, self.max_words)


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
    r"|\b(?:baixe|descarga|scarica|unduh|télécharge[zr]?) [^.!?]{0,30}\bapp",
    scope="search",
    max_words=40,
    keywords=("app",),
    description='App-download promos: "DOWNLOAD THE APP", "Get Started Now: Download the App".',
    examples=(
        "DOWNLOAD THE APP",
        "Get Started Now: Download the App",
        "Ready to dive in? Download Daily8 app today from your preferred app store.",
    ),
    counter_examples=(
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
FREE_TRIAL = KeywordPatternRule(
    "subscription.free-trial",
    Kind.SUBSCRIPTION,
    r"\b(?:try|start|get|enjoy)\b[^.!?]{0,60}\bfree\b[^.!?]{0,30}\b(?:for \d+|trial)\b"
    r"|\bunlimited (?:digital )?access\b|\bsubscribe (?:now|today)\b|\bsubscribers? only\b",
    scope="search",
    max_words=80,
    keywords=("free", "unlimited", "subscribe"),
    description='Syndication and subscription promos: "Try The Telegraph free for 1 month with unlimited access".',
    examples=(
        "Broaden your horizons with award-winning British journalism. Try The Telegraph free for 1 month with unlimited access to our award-winning website.",
    ),
    counter_examples=("The museum offers free entry for children under five during the summer months.",),
)
SUBSCRIBE_CALL = LiteralPatternRule(
    "subscription.call",
    Kind.SUBSCRIPTION,
    r"(?:subscribe(?: now| today| here)?|sign in|log ?in|log ?out|sign up|sign out|register"
    r"|create (?:an |a free )?account|already a subscriber\??(?: .*)?|become a (?:member|subscriber)"
    r"|join now|my account|iniciar sesión|entrar|assine|masuk|войти|로그인|ログイン)[.!]?",
    max_words=8,
    literals=(
        "subscribe",
        "sign ",
        "log",
        "register",
        "account",
        "become a ",
        "join now",
        "iniciar",
        "entrar",
        "assine",
        "masuk",
        "войти",
        "로그인",
        "ログイン",
    ),
    description='Account and subscription calls to action: "Subscribe", "Sign in", "Already a subscriber?".',
    examples=("Subscribe", "Sign in", "Already a subscriber? Log in"),
    counter_examples=("Subscribers to the plan pay a monthly fee of $10.",),
)
NEWSLETTER = KeywordPatternRule(
    "newsletter.signup",
    Kind.NEWSLETTER,
    r"\b(?:sign up|subscribe|register)\b[^.!?]{0,50}\b(?:newsletters?|our emails?|email updates|briefing)\b"
    r"|\bnewsletters?\b[^.!?]{0,40}\b(?:sign up|subscribe)\b|\benter your e-?mail\b"
    r"|\byour e-?mail address\b|\bget (?:our|the) [^.!?]{0,30}\bnewsletter\b|\bunsubscribe at any time\b"
    r"|\b(?:delivered|straight|right) (?:to|in|into) your inbox\b|\bopt-in\b|\bsuccessfully subscribed\b"
    r"|\bsubscribing\b[^.!?]{0,40}\bnewsletter\b|\bthanks? (?:you )?for (?:signing up|subscribing)\b"
    r"|\bsee all newsletters\b|\bno spam\b",
    scope="search",
    max_words=40,
    keywords=("newsletter", "mail", "briefing", "subscrib", "inbox", "opt-in", "signing up", "spam"),
    description='Newsletter sign-ups: "Sign up for our daily newsletter", "Enter your email address".',
    examples=("Sign up for our daily newsletter", "Enter your email address"),
    counter_examples=("The newsletter industry has grown fast since 2020, analysts say.",),
)
COOKIES = KeywordPatternRule(
    "cookie.notice",
    Kind.COOKIE_NOTICE,
    r"\bwe use cookies\b|\b(?:accept|reject|manage|allow)(?: all)? cookies\b|\bcookie (?:settings|policy|preferences)\b"
    r"|\bcookies?\b[^.!?]{0,80}\b(?:consent|browsing experience|to improve|you agree|accept)\b"
    r"|\b(?:i|you) agree\b[^.!?]{0,80}\b(?:privacy|personal data|terms of|cookies)\b"
    r"|\bprocessing of (?:my|your) personal data\b|\bwe (?:have )?updated our privacy policy\b",
    scope="search",
    max_words=80,
    keywords=("cookie", "agree", "personal data", "privacy policy"),
    description='Cookie and consent notices: "We use cookies to improve your experience. Accept all cookies".',
    examples=("We use cookies to improve your experience.", "Accept all cookies"),
    counter_examples=("The bakery sells cookies, cakes and bread to the whole village.",),
)
COMMENTS = LiteralPatternRule(
    "comments.widget",
    Kind.COMMENTS,
    r"(?:\d+\s+)?(?:comments?|reader comments|responses?|replies)(?:\s*\(\d+\))?:?"
    r"|(?:view|show|read|load|see|add|post|leave|write)(?: all| more| a)?(?: \d+)? (?:comments?|reply)"
    r"|no comments(?: yet)?\W*|be the first to comment\W*|join the (?:conversation|discussion)\W*"
    r"|leave a (?:reply|comment)\W*|(?:comments )?powered by disqus\W*"
    r"|comments are (?:closed|subject to .*)|comentários|comentarios|commenti|komentar|комментарии"
    r"|댓글|コメント",
    max_words=15,
    literals=(
        "comment",
        "response",
        "repl",
        "join the",
        "disqus",
        "coment",
        "komentar",
        "комментарии",
        "댓글",
        "コメント",
    ),
    description='Comment widgets: "Comments", "No comments yet...", "View Comments", "powered by Disqus".',
    examples=("Comments", "No comments yet...", "View Comments", "powered by Disqus", "12 comments"),
    counter_examples=("Comments made by the minister on Tuesday drew criticism.",),
)
COMMENT_HEADER = LiteralPatternRule(
    "comments.header",
    Kind.COMMENTS,
    r"\S.{0,140}?\s(?:says|said|wrote|commented|disse|dice|dijo|berkata|пишет|написал)\s?(?:on\s.{1,40})?:"
    r"|\d{1,5}\s(?:responses?|comments?|replies|thoughts|reactions?)\s(?:to|on)\s.{1,120}"
    r"|(?:\d{1,5}\s)?(?:comments?|responses?|replies)\s(?:on|to)\s.{1,120}",
    max_words=24,
    literals=(
        "says",
        "said",
        "wrote",
        "comment",
        "disse",
        "dice",
        "dijo",
        "berkata",
        "пишет",
        "написал",
        "response",
        "replies",
        "thought",
        "reaction",
    ),
    description='Comment-thread headers: "joetoronto says:", "34 responses to “Anthony Lynn…”", "Jane, on May 2 said:".',
    examples=(
        "joetoronto says:",
        "34 responses to “Anthony Lynn: “We needed to win this game””",
        "Pembuat Film Fitna Dirikan Partai Islam Di Eropa | Berita Islami, on Desember 30, 2015 at 4:36 am said:",
    ),
    counter_examples=("The minister said: “We will not back down.” Critics disagreed with the plan.",),
)
COMMENT_FORM = KeywordPatternRule(
    "comments.form",
    Kind.COMMENTS,
    r"\byour e-?mail address will not be published\b|\bsave my name,? e-?mail\b|\bnotify me of (?:new|follow-up)\b"
    r"|\bnotify me via e-?mail\b|\bthis site uses akismet\b|\byou are commenting using your\b"
    r"|\blog in using one of these methods\b|\brequired fields are marked\b|^leave a (?:reply|comment)\b"
    r"|\bcancel reply\b|\bpost comment\b|\bdeixe (?:uma resposta|um comentário)\b|\bnão será publicado\b"
    r"|\bcampos obrigatórios\b|\btinggalkan (?:balasan|komentar)\b|\bdeja (?:una respuesta|un comentario)\b"
    r"|\blascia un commento\b|\bоставить комментарий\b|\bоставьте комментарий\b|\bto post a comment\b"
    r"|\bcomments? (?:are|is) (?:moderated|closed)\b"
    r"|\b(?:comment(?:ing)?|community|submission) (?:policy|guidelines|standards)\b"
    r"|(?:добавить|оставить|оставьте) комментарий|сохранить моё имя|ваш адрес email не будет опубликован"
    r"|\bsalvar meus dados\b|\bsimpan nama saya\b|\bsalva il mio nome\b",
    scope="search",
    max_words=40,
    keywords=(
        "publish",
        "save my name",
        "notify me",
        "akismet",
        "comment",
        "log in using",
        "required fields",
        "leave a ",
        "cancel reply",
        "deixe u",
        "publicado",
        "obrigatórios",
        "tinggalkan",
        "deja un",
        "lascia un",
        "комментари",
        "сохранить",
        "опубликован",
        "salvar meus",
        "simpan nama",
        "salva il",
        "guidelines",
        "policy",
        "standards",
    ),
    description='Comment forms and their notices: "Leave a Reply", "Your email address will not be published."',
    examples=(
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *",
    ),
    counter_examples=("She decided to leave a comment in the guest book before driving home that evening.",),
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
    rf"(?:(?:reply|responder|rispondi|balas|ответить|답글|返信|like|report|flag|permalink|quote|edit|delete"
    rf"|upvote|downvote|\d{{1,5}} likes?|log in to reply|(?:show|hide) replies|\d{{1,4}} repl(?:y|ies)){_SEP})+",
    max_words=6,
    literals=(
        "repl",
        "responder",
        "rispondi",
        "balas",
        "ответить",
        "답글",
        "返信",
        "like",
        "report",
        "flag",
        "permalink",
        "quote",
        "edit",
        "delete",
        "vote",
    ),
    description='Comment action links: "Reply", "Like Reply Report", "Log in to Reply", "Balas".',
    examples=("Reply", "Like Reply Report", "Log in to Reply", "Balas"),
    counter_examples=("Reply to the letter within ten days.",),
)
SHARE = LiteralPatternRule(
    "share.buttons",
    Kind.SHARE,
    rf"(?:(?:share(?: this)?(?: article| story| on)?|tweet|pin it|e-?mail|print|copy(?: the)? link"
    rf"|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|sms"
    rf"|compartilhe|compartir|condividi|bagikan|поделиться|공유|シェア):?{_SEP})+",
    max_words=14,
    literals=(
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
        "compartilhe",
        "compartir",
        "condividi",
        "bagikan",
        "поделиться",
        "공유",
        "シェア",
    ),
    description='Share and follow buttons: "Share this article", "Facebook Twitter Email".',
    examples=("Share this article", "Facebook Twitter Email", "Share on WhatsApp"),
    counter_examples=("Facebook shares fell 3% on Tuesday.",),
)
NAVIGATION = LiteralPatternRule(
    "navigation.controls",
    Kind.NAVIGATION,
    r"toggle navigation|skip to (?:main )?(?:content|navigation)|(?:main |open |close )?menu"
    r"|search(?: \p{L}+)?|back to top|home(?:page)?|sections|close|next|previous|prev|more|load more"
    r"|show more|all (?:news|stories)|go to top|scroll to top|jump to|replay|up next|now playing|autoplay(?: on| off)?"
    r"|must watch|more videos(?: \.\.\.| …)?|\(\d{1,4} videos?\)|view all(?: \(\d{1,4}\))?",
    max_words=4,
    literals=(
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
    description='Page controls: "Toggle navigation", "Skip to content", "Menu", "Back to top".',
    examples=("Toggle navigation", "Skip to content", "Menu", "Back to top"),
    counter_examples=("Menu prices rose by a fifth.",),
)
FOOTER = KeywordPatternRule(
    "footer.legal",
    Kind.FOOTER,
    r"©|\(c\)\s*\d{4}|\ball rights reserved\b|\bcopyright\s+(?:©\s*)?\d{4}|\bsubject to copyright\b"
    r"|\bno part (?:of this [\w ]{1,30})?may be reproduced\b|\bregistered trademarks? of\b"
    r"|\bthese statements have not been evaluated\b|\bthe information (?:provided|contained) on this (?:web)?site\b"
    r"|^(?:(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions"
    r"|cookie policy|contact(?: us)?|about(?: us)?|advertise(?: with us)?|site ?map|accessibility"
    r"|careers|help|faq|imprint|impressum|do not sell my (?:personal )?info(?:rmation)?)[\s,|/·•-]*)+$",
    scope="search",
    max_words=40,
    keywords=(
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
    description='Footer lines: "© 2025 Example Media. All rights reserved.", "Privacy Policy | Terms of Use".',
    examples=("© 2025 Example Media. All rights reserved.", "Privacy Policy | Terms of Use"),
    counter_examples=(
        "The company said its privacy policy had been updated after the ruling, which critics called overdue.",
    ),
)
ADS = LiteralPatternRule(
    "ad.label",
    Kind.AD,
    r"advertisement|advertising|sponsored(?: content| by .{1,40})?|ads?|publicidade|publicidad"
    r"|pubblicità|iklan|реклама|광고|広告|continue reading below|(?:story|article) continues below"
    r"(?: advertisement)?|article continues after (?:this )?advertisement|scroll to continue(?: with content)?"
    r"|paid (?:post|content)|promoted(?: content)?",
    max_words=8,
    literals=("ad", "sponsored", "pubblicit", "iklan", "реклама", "광고", "広告", "continue", "paid ", "promoted"),
    description='Ad labels: "ADVERTISEMENT", "Continue Reading Below", "Sponsored content".',
    examples=("ADVERTISEMENT", "Continue Reading Below", "Sponsored content"),
    counter_examples=("Advertising revenue fell by 12% in the quarter.",),
)
TAGS = LiteralPatternRule(
    "tags.list",
    Kind.TAGS,
    r"(?:tags|topics|filed under|categories|related topics|tagged(?: with)?|temas|etiquetas|tag)\s*:",
    scope="start",
    max_words=30,
    literals=("tag", "topic", "filed under", "categories", "temas", "etiquetas"),
    description='Tag and topic lists: "Tags: Politics, North Korea, Russia".',
    examples=("Tags: Politics, North Korea, Russia", "Topics: Energy"),
    counter_examples=("Topics discussed at the summit included energy and trade.",),
)
AUTHOR_BIO = LiteralPatternRule(
    "author.bio-heading",
    Kind.OTHER,
    r"(?:[Aa]bout|[Üü]ber|[Ss]obre|[Tt]entang|[Aa] proposito di|[Оо]б авторе)(?: the author| (?:\p{Lu}[\p{L}.'’-]*\s?){1,3})?:?"
    r"|(?:more )?(?:articles|posts|stories) by (?:this author|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})",
    ignore_case=False,
    max_words=5,
    literals=(
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
    description='Headings of the author box after an article: "About Brigit Katz", "About the author", "Über Moritz Bachmann".',
    examples=("About Brigit Katz", "About the author", "Über Moritz Bachmann"),
    counter_examples=("About 200 people attended.",),
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
COMPANY_BIO = KeywordPatternRule(
    "author.company-bio",
    Kind.OTHER,
    r"^(?:About (?:\p{Lu}[\p{L}.&'’-]*\s?){1,3}[:.]?\s)?(?:\p{Lu}[\p{L}.&'’()-]*\s){1,4}(?:is|are)\s(?:a|an|the)\s"
    r"(?:[\p{L}-]+\s){0,3}(?:global|leading|world'?s?|international|premier|largest|independent)\b",
    ignore_case=False,
    scope="search",
    max_words=120,
    keywords=(" is a", " is the", " are a", " are the"),
    description='The company boilerplate that closes a press release: "Ascom is a global solutions provider …".',
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
    r"(?:related(?: stories| articles| coverage)?|read more|read also|also read|see also|see more|more"
    r"|recommended|read next|leia também|leia mais|lee también|leggi anche|baca juga|читайте также)\s?[:|>»]",
    scope="start",
    max_words=25,
    literals=(":", "|", ">", "»"),
    description='A link to another story inside the article: "Related: The 15 Weirdest Galaxies", "SEE MORE: Hong Kong …".',
    examples=(
        "Related: The 15 Weirdest Galaxies in Our Universe",
        "SEE MORE: Hong Kong protests: 800 students under siege",
    ),
    counter_examples=("More than 200 people attended the hearing on Tuesday.",),
)
RELATED_HEADING = LiteralPatternRule(
    "related.heading",
    Kind.RELATED,
    r"related(?: articles| stories| news| posts| content| coverage| reading| links)?:?"
    r"|more (?:from|on|in|like this|stories|news|articles|to read)(?: [^.!?]{1,40})?:?"
    r"|(?:most|also) (?:read|popular|viewed|shared|watched)(?: [^.!?]{1,30})?"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\W*"
    r"|recommended(?: for you| stories| articles| reading)?|read (?:more|next|also)(?: [^.!?]{1,30})?:?"
    r"|trending(?: now| stories| news)?|top stories|latest (?:news|stories|articles|posts)|explore further"
    r"|editor'?s picks|what to read next|(?:don't|do not) miss\W*|leia (?:também|mais)|lee también"
    r"|leggi anche|baca juga|читайте также|관련 기사|関連記事",
    max_words=10,
    literals=(
        "related",
        "more ",
        "most ",
        "also ",
        "you m",
        "recommended",
        "read ",
        "trending",
        "top stories",
        "latest ",
        "explore further",
        "s picks",
        " miss",
        "leia ",
        "lee tambi",
        "leggi anche",
        "baca juga",
        "читайте также",
        "관련 기사",
        "関連記事",
    ),
    description='Headings of teaser lists: "Related Articles", "More from The Hill", "You may also like".',
    examples=("Related Articles", "More from The Hill", "You may also like"),
    counter_examples=("Related species were found in the same cave system last year.",),
)

SLIDE_CAPTION = LiteralPatternRule(
    "caption.slide",
    Kind.CAPTION,
    r"(?:image|photo|picture|slide|foto|bild|imagen|immagine)\s?\d{1,3}\s?(?:of|/|de|di|von)\s?\d{1,3}$"
    r"|\d{1,3}\s?of\s?\d{1,3}(?-i:(?=\p{Lu}))|(?:image|media|photo|video) ?caption(?-i:(?!\p{Ll}))",
    scope="start",
    max_words=60,
    literals=("of", "/", "de", "di", "von", "caption"),
    description='Gallery counters and caption labels: "Image 1 of 5", "1of4A shopper looks at …", '
    '"Image caption Police at the scene".',
    examples=("Image 1 of 5", "1of4A shopper looks at extension cords", "Media captionWho is Julian Assange?"),
    counter_examples=("1 of 4 patients in the trial reported side effects.", "Images of the comet were released."),
)
BROWSER_NOTICE = KeywordPatternRule(
    "notice.browser",
    Kind.OTHER,
    r"\b(?:update|upgrade|switch) (?:to )?(?:a |your )?(?:modern |newer |supported )?(?:web )?browser\b"
    r"|\byour browser (?:is (?:out of date|not supported|outdated)|does not support)\b"
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
    ),
    counter_examples=("The company said its new browser would ship in March with better privacy controls.",),
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
    r"|\bfollow (?:us|him|her|me|them)\b[^.!?]{0,20}(?:\bon (?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b|@\w)",
    scope="search",
    max_words=40,
    keywords=("share", "follow"),
    description='Calls to share or follow: "Like this story? Share it with a friend!", '
    '"Follow us on Twitter @Spacedotcom and on Facebook."',
    examples=("Like this story? Share it with a friend!", "Follow us on Twitter @Spacedotcom and on Facebook."),
    counter_examples=("Investors follow him closely and share his view that rates will fall.",),
)
SUBSCRIBE_PROMO = LiteralPatternRule(
    "subscription.promo",
    Kind.SUBSCRIPTION,
    r"(?:[^.!?]{1,60}[?!]\s)?subscribe to\b",
    scope="start",
    max_words=35,
    literals=("subscribe to",),
    description='A paragraph that opens with a call to subscribe: "Subscribe to WIRED and stay smart …", '
    '"Need more space? Subscribe to our sister title …".',
    examples=(
        "Subscribe to WIRED and stay smart with more of your favorite writers.",
        'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news.',
    ),
    counter_examples=("Few economists subscribe to the view that tariffs lower prices.",),
)
FEEDBACK = KeywordPatternRule(
    "promo.feedback",
    Kind.PROMO,
    r"\btell us what you think\b|\b(?:take|taking) (?:our|this|the|a (?:short|quick)) survey\b"
    r"|\b(?:give|send) us (?:your )?feedback\b|\bwas this (?:article|page|story) (?:helpful|useful)\b",
    scope="search",
    max_words=40,
    keywords=("tell us", "survey", "feedback", "helpful", "useful"),
    description='Feedback and survey prompts: "Tell us what you think about our new look by taking this survey."',
    examples=("Welcome to our new article page. Tell us what you think about our new look by taking this survey.",),
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
    COOKIES,
    COMMENTS,
    COMMENT_HEADER,
    COMMENT_FORM,
    FORM_FIELD,
    COMMENT_ACTIONS,
    SHARE,
    NAVIGATION,
    FOOTER,
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
    ARTICLE_TOOLS,
    SHARE_CALL,
    SUBSCRIBE_PROMO,
    FEEDBACK,
    SUPPORT_PROMO,
]
