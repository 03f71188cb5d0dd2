"""The fixed wordings of page furniture beyond English: one table per phrase family, language → phrases.

``boilerplate.py`` turns each table into a piece of its rule's pattern (:func:`alternation`)
and into the rule's lower-case pre-filter (:func:`needles`), so supporting a language is
adding a row here. Only standard interface texts belong in a table (the button, heading
and notice wordings of CMSs, WordPress translations and news sites), written in lower
case; the rules match them case-insensitively, and as precisely as their English
wordings (whole block, block start, or word-bounded inside a block, per rule).

Phrases are plain text, not patterns: a space matches one whitespace character (any or
none in Chinese, Japanese and Korean, whose spacing varies) and an apostrophe matches
both ``'`` and ``’``.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

Wordings = Mapping[str, tuple[str, ...]]
"""Language code → phrases, lower case."""

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Where a needle must be cut: spaces and apostrophes (the pattern lets them vary), and letters
# the pattern's case folding matches to characters ``str.lower`` maps elsewhere: the dotless
# "ı" matches "I" (lowered to "i"), "ß" matches a rare capital that lowers to itself.
_NEEDLE_CUTS = regex.compile(r"[\s'’ıß]+")


def phrases(*tables: Wordings) -> tuple[str, ...]:
    """Every phrase of the tables, once each, longest first (then alphabetical)."""
    found = {p for table in tables for row in table.values() for p in row}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


def is_cjk(phrase: str) -> bool:
    return _CJK.search(phrase) is not None


def _atoms(phrase: str) -> list[str]:
    """The pattern of ``phrase``, one piece per character ("ß" also as the "SS" of upper case)."""
    space = r"\s?" if is_cjk(phrase) else r"\s"
    special = {" ": space, "'": "['’]", "ß": "(?:ß|ss)"}
    return [special.get(c) or regex.escape(c) for c in phrase]


_Node = dict[str, "_Node"]


def _trie(found: tuple[str, ...]) -> str:
    """One pattern for the phrases, shaped as a tree of their shared starts.

    A flat alternation of two hundred phrases makes the regex engine try each one at every
    position; the tree tries one branch per character, several times faster.
    """
    root: _Node = {}
    for phrase in found:
        node = root
        for atom in _atoms(phrase):
            node = node.setdefault(atom, {})
        node[""] = {}  # a phrase ends here
    return _branch(root)


def _branch(node: _Node) -> str:
    # Recursion as deep as the longest phrase (a few dozen characters).
    ends = "" in node
    arms = [atom + _branch(child) for atom, child in sorted(node.items()) if atom]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    if not ends:
        return body
    return f"(?:{body})?" if len(arms) == 1 else body + "?"


def alternation(*tables: Wordings, bounded: bool = False) -> str:
    """The tables' phrases as one non-capturing group.

    ``bounded`` keeps phrases in alphabetic scripts off the middle of a word, for rules that
    search anywhere in a block; phrases in Chinese or Japanese script take no bound (their
    words are not separated), so they must be wordings that prose does not use.
    """
    found = phrases(*tables)
    if not bounded:
        return f"(?:{_trie(found)})"
    latin = tuple(p for p in found if not is_cjk(p))
    cjk = tuple(p for p in found if is_cjk(p))
    pieces = [f"(?<!\\w){_trie(latin)}(?!\\w)" if latin else "", _trie(cjk) if cjk else ""]
    return "(?:" + "|".join(p for p in pieces if p) + ")"


def _pieces(phrase: str) -> list[str]:
    return [p for p in _NEEDLE_CUTS.split(phrase.lower()) if p]


def _selective(piece: str) -> bool:
    # Short Latin pieces ("les", "ver") sit inside too many English words to screen with.
    return len(piece) >= _MIN_NEEDLE or is_cjk(piece)


_MIN_NEEDLE = 5


def _usable(pieces: list[str]) -> set[str]:
    """A phrase's candidate needles: its selective pieces, and the two-character runs of its
    CJK pieces (which phrases share: "相关" in "相关文章" and "相关新闻")."""
    found = {p for p in pieces if _selective(p)} or {max(pieces, key=len)}
    found.update(p[k : k + 2] for p in pieces if is_cjk(p) for k in range(len(p) - 1) if is_cjk(p[k : k + 2]))
    return found


def _opening(phrase: str) -> str | None:
    """The start every match of ``phrase`` opens with, lower-cased, if it is selective enough.

    Blocks are whitespace-normalised, so a space in an alphabetic phrase is a space in the
    block; in CJK phrases it may be missing, so the start ends there.
    """
    low = phrase.lower()
    start = regex.split(r"[ '’ıß]" if is_cjk(phrase) else r"['’ıß]", low, maxsplit=1)[0]
    return start if len(start) >= _MIN_OPENING or (start and is_cjk(start)) else None


_MIN_OPENING = 3


def needles(*tables: Wordings, also: tuple[str, ...] = (), unopened: bool = False) -> tuple[str, ...]:
    """Lower-case strings one of which every match of the tables' phrases contains.

    Few needles keep the page screen cheap (one ``str.find`` each): phrases already holding
    one of ``also`` (the rule's needles for its English wordings) need none, and the rest
    are covered greedily by the pieces (between spaces and apostrophes) shared by the most
    phrases, five letters or more where a phrase has one (or any piece in CJK script).
    ``unopened`` covers only the phrases :func:`openings` leaves out.
    """
    chosen = set(also)
    found = [p for p in phrases(*tables) if not (unopened and _opening(p))]
    pieces = [_pieces(p) for p in found]
    todo = {i for i, ps in enumerate(pieces) if not any(n in piece for n in chosen for piece in ps)}
    usable = {u for i in todo for u in _usable(pieces[i])}
    covers = {u: {i for i in todo if any(u in piece for piece in pieces[i])} for u in usable}
    while todo:
        best = max(covers, key=lambda u: (len(covers[u] & todo), len(u), u))
        chosen.add(best)
        todo -= covers.pop(best)
    return tuple(sorted(n for n in chosen if not any(o != n and o in n for o in chosen)))


def openings(*tables: Wordings) -> tuple[str, ...]:
    """Lower-case starts of the tables' phrases (up to an apostrophe, or a space in CJK).

    For rules whose phrases can only open the block (whole-block and block-start rules), a
    block that begins with none of these cannot match a phrase: a screen that needs no
    search through the page's text. Phrases whose start is too short to screen with ("s'"
    of "s'abonner") have none: ``needles(..., unopened=True)`` covers them.
    """
    found = {o for p in phrases(*tables) if (o := _opening(p))}
    return tuple(sorted(o for o in found if not any(s != o and o.startswith(s) for s in found)))


# --- Promotions and accounts ---------------------------------------------------------------

JOIN_PROMPTS: Wordings = {
    "fr": ("ou vous inscrire pour", "connectez-vous pour commenter", "connectez-vous pour répondre"),
    "de": ("oder registrieren, um", "anmelden, um zu kommentieren", "anmelden, um zu antworten"),
    "es": ("o registrarte para", "inicia sesión para comentar", "inicia sesión para responder"),
    "pt": ("ou se cadastrar para", "faça login para comentar", "faça login para responder"),
    "it": ("o registrarti per", "accedi per commentare", "accedi per rispondere"),
    "nl": ("of registreren om", "log in om te reageren"),
}  # fmt: skip
"""A guest's invitation to log in or register to take part ("oder registrieren, um hier zu antworten"),
searched for anywhere in a block by ``subscription.join-prompt``."""

SUBSCRIBE_CALLS: Wordings = {
    "es": (
        "suscríbete", "suscribirse", "suscríbase", "iniciar sesión", "cerrar sesión", "regístrate",
        "registrarse", "mi cuenta", "crear cuenta", "crear una cuenta", "entrar",
    ),
    "fr": (
        "s'abonner", "abonnez-vous", "je m'abonne", "se connecter", "connexion", "se déconnecter",
        "déconnexion", "mon compte", "créer un compte", "s'inscrire", "identifiez-vous", "déjà abonné ?",
        "déjà abonné",
    ),
    "de": (
        "abonnieren", "jetzt abonnieren", "anmelden", "abmelden", "einloggen", "ausloggen", "registrieren",
        "jetzt registrieren", "mein konto", "konto erstellen",
    ),
    "pt": (
        "assine", "assine já", "assine agora", "assinar", "entrar", "sair", "cadastre-se", "criar conta",
        "minha conta", "fazer login", "inscreva-se",
    ),
    "it": ("accedi", "abbonati", "abbonati ora", "registrati", "esci", "il mio account", "crea un account", "iscriviti"),
    "ru": (
        "войти", "выйти", "вход", "регистрация", "зарегистрироваться", "подписаться", "оформить подписку",
        "личный кабинет",
    ),
    "id": ("masuk", "daftar", "keluar", "berlangganan", "daftar sekarang", "akun saya", "buat akun"),
    "nl": (
        "inloggen", "uitloggen", "aanmelden", "afmelden", "registreren", "abonneren", "mijn account",
        "account aanmaken", "word abonnee",
    ),
    "pl": (
        "zaloguj", "zaloguj się", "wyloguj", "wyloguj się", "zarejestruj się", "subskrybuj", "zaprenumeruj",
        "moje konto", "załóż konto",
    ),
    "tr": ("giriş yap", "çıkış yap", "kayıt ol", "üye ol", "abone ol", "hesabım", "üye girişi"),
    "vi": ("đăng nhập", "đăng ký", "đăng xuất"),
    "ja": ("ログイン", "ログアウト", "会員登録", "新規登録", "新規会員登録", "無料会員登録"),
    "ko": ("로그인", "로그아웃", "회원가입", "구독하기"),
    "zh": ("登录", "登錄", "登入", "注册", "註冊", "登出", "退出登录", "订阅", "訂閱", "免费注册", "免費註冊"),
}  # fmt: skip
"""Account and subscription buttons ("Sign in", "Subscribe"): whole blocks."""

SUBSCRIBERS_ONLY: Wordings = {
    "es": ("exclusivo para suscriptores", "solo para suscriptores", "contenido exclusivo para suscriptores"),
    "fr": ("réservé aux abonnés", "article réservé aux abonnés", "contenu réservé aux abonnés"),
    "de": ("nur für abonnenten", "exklusiv für abonnenten"),
    "pt": ("exclusivo para assinantes", "conteúdo exclusivo para assinantes"),
    "it": ("riservato agli abbonati", "contenuto riservato agli abbonati"),
    "ru": ("только для подписчиков",),
    "nl": ("alleen voor abonnees",),
    "pl": ("tylko dla subskrybentów", "tylko dla prenumeratorów"),
    "ja": ("会員限定", "有料会員限定", "会員限定記事"),
}
"""Paywall labels ("Subscribers only"): whole blocks."""

APP_DOWNLOAD: Wordings = {
    "de": ("app herunterladen", "jetzt die app herunterladen", "laden sie die app", "laden sie unsere app"),
    "ru": ("скачайте приложение", "скачать приложение", "установите приложение"),
    "pl": ("pobierz aplikację",),
    "tr": ("uygulamayı indir", "uygulamamızı indirin"),
    "vi": ("tải ứng dụng",),
    "ja": ("アプリをダウンロード", "アプリのダウンロード"),
    "ko": ("앱 다운로드", "앱 설치하기"),
    "zh": ("下载 app", "下載 app", "下载客户端", "下載客戶端"),
}
"""App-download promos ("Download the app"): searched for inside short blocks."""

NEWSLETTER: Wordings = {
    "es": (
        "suscríbete a nuestro boletín", "suscríbete al boletín", "suscríbete a nuestra newsletter",
        "suscríbete a la newsletter", "recibe nuestro boletín", "introduce tu correo electrónico",
        "darte de baja en cualquier momento",
    ),
    "fr": (
        "inscrivez-vous à notre newsletter", "abonnez-vous à notre newsletter", "abonnez-vous à la newsletter",
        "inscrivez-vous à la newsletter", "recevez notre newsletter", "s'inscrire à la newsletter",
        "inscription à la newsletter", "saisissez votre adresse e-mail", "entrez votre adresse e-mail",
        "désabonner à tout moment", "pas de spam",
    ),
    "de": (
        "newsletter abonnieren", "zum newsletter anmelden", "für den newsletter anmelden", "newsletter bestellen",
        "newsletter-anmeldung", "jederzeit abbestellen", "jederzeit wieder abmelden", "kein spam",
    ),
    "pt": (
        "assine nossa newsletter", "assine a newsletter", "inscreva-se na nossa newsletter",
        "cadastre-se na nossa newsletter", "receba nossa newsletter", "digite seu e-mail", "informe seu e-mail",
    ),
    "it": (
        "iscriviti alla newsletter", "iscriviti alla nostra newsletter", "ricevi la newsletter",
        "inserisci la tua email", "niente spam",
    ),
    "ru": (
        "подпишитесь на рассылку", "подписаться на рассылку", "подпишитесь на нашу рассылку",
        "подписаться на новости", "подпишитесь на новости",
    ),
    "id": ("berlangganan newsletter", "daftar newsletter", "masukkan email anda"),
    "nl": (
        "schrijf je in voor onze nieuwsbrief", "schrijf je in voor de nieuwsbrief",
        "aanmelden voor de nieuwsbrief", "abonneer je op onze nieuwsbrief", "ontvang onze nieuwsbrief",
        "meld je aan voor de nieuwsbrief", "geen spam",
    ),
    "pl": ("zapisz się do newslettera", "zapisz się na newsletter", "podaj adres e-mail"),
    "tr": ("bültenimize abone olun", "e-bültene abone ol", "bültene kaydol"),
    "vi": ("đăng ký nhận bản tin", "đăng ký nhận tin"),
    "ja": ("メルマガ登録", "メールマガジン登録", "ニュースレター登録", "ニュースレターを購読", "メールアドレスを入力"),
    "ko": ("뉴스레터 구독", "뉴스레터 신청", "이메일 주소를 입력"),
    "zh": ("订阅电子报", "訂閱電子報", "订阅新闻通讯", "訂閱新聞通訊"),
}  # fmt: skip
"""Newsletter sign-ups ("Sign up for our newsletter", "Enter your email"): searched for."""

CONSENT_PURPOSES: Wordings = {
    "en": (
        "store and/or access information on a device", "use limited data to select advertising",
        "use limited data to select content", "create profiles for personalised advertising",
        "create profiles for personalized advertising", "use precise geolocation data",
        "actively scan device characteristics for identification",
    ),
    "fr": (
        "stocker et/ou accéder à des informations sur un appareil", "utiliser des données de géolocalisation précises",
        "analyser activement les caractéristiques de l'appareil pour l'identification",
    ),
    "de": (
        "informationen auf einem gerät speichern und/oder abrufen", "genaue standortdaten verwenden",
        "geräteeigenschaften zur identifikation aktiv abfragen",
    ),
    "es": (
        "almacenar la información en un dispositivo y/o acceder a ella", "utilizar datos de localización geográfica precisa",
        "analizar activamente las características del dispositivo para su identificación",
    ),
    "it": (
        "archiviare e/o accedere a informazioni su un dispositivo", "utilizzare dati di geolocalizzazione precisi",
        "scansione attiva delle caratteristiche del dispositivo ai fini dell'identificazione",
    ),
    "nl": (
        "informatie op een apparaat opslaan en/of openen", "precieze geolocatiegegevens gebruiken",
        "apparaatkenmerken actief scannen voor identificatie",
    ),
}  # fmt: skip
"""The purposes a consent dialog of the advertising industry's shared framework lists, word for word on every
site that uses it ("Store and/or access information on a device", "Use precise geolocation data"): searched for."""

COOKIES: Wordings = {
    "es": (
        "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies", "este sitio utiliza cookies",
        "esta web utiliza cookies", "aceptar cookies", "aceptar todas las cookies", "rechazar cookies",
        "configurar cookies", "política de cookies", "configuración de cookies", "aceptas el uso de cookies",
        "acepta el uso de cookies",
    ),
    "fr": (
        "nous utilisons des cookies", "ce site utilise des cookies", "ce site web utilise des cookies",
        "accepter les cookies", "accepter tous les cookies", "refuser les cookies", "paramétrer les cookies",
        "gérer les cookies", "politique de cookies", "politique relative aux cookies", "paramètres des cookies",
        "en poursuivant votre navigation", "vous acceptez l'utilisation de cookies",
    ),
    "de": (
        "wir verwenden cookies", "wir nutzen cookies", "wir setzen cookies ein", "diese website verwendet cookies",
        "diese webseite verwendet cookies", "diese seite verwendet cookies", "diese website nutzt cookies",
        "cookies akzeptieren", "alle cookies akzeptieren", "cookies ablehnen", "cookie-einstellungen",
        "cookie-richtlinie", "cookie-hinweis",
    ),
    "pt": (
        "usamos cookies", "utilizamos cookies", "este site utiliza cookies", "este site usa cookies",
        "aceitar cookies", "aceitar todos os cookies", "política de cookies", "configurações de cookies",
    ),
    "it": (
        "utilizziamo i cookie", "utilizziamo cookie", "usiamo i cookie", "questo sito utilizza cookie",
        "questo sito utilizza i cookie", "questo sito usa cookie", "accetta i cookie", "accetta tutti i cookie",
        "rifiuta i cookie", "informativa sui cookie", "impostazioni dei cookie",
    ),
    "ru": (
        "мы используем файлы cookie", "мы используем cookie", "мы используем куки",
        "этот сайт использует файлы cookie", "этот сайт использует cookie", "сайт использует файлы cookie",
        "сайт использует cookie", "сайт использует куки",
    ),
    "id": ("kami menggunakan cookie", "situs ini menggunakan cookie", "situs web ini menggunakan cookie", "kebijakan cookie"),
    "nl": (
        "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "deze site gebruikt cookies",
        "cookies accepteren", "alle cookies accepteren", "cookies weigeren", "cookiebeleid", "cookie-instellingen",
        "cookieverklaring",
    ),
    "pl": (
        "używamy plików cookie", "używamy cookies", "używamy ciasteczek", "ta strona używa plików cookie",
        "ta strona korzysta z plików cookie", "ta strona wykorzystuje pliki cookie", "polityka cookies",
        "polityka plików cookie",
    ),
    "tr": (
        "çerez kullanıyoruz", "çerezler kullanıyoruz", "çerezleri kullanıyoruz", "çerez politikası",
        "çerez ayarları", "çerezleri kabul et", "tüm çerezleri kabul et",
    ),
    "vi": ("chúng tôi sử dụng cookie", "trang web này sử dụng cookie", "chính sách cookie"),
    "ja": (
        "当サイトではクッキー", "当サイトでは cookie", "本サイトではクッキー", "本サイトでは cookie",
        "クッキーポリシー", "cookie ポリシー", "クッキーの使用に同意", "cookie の使用に同意", "クッキー設定", "cookie 設定",
    ),
    "ko": ("쿠키를 사용합니다", "쿠키 정책", "쿠키 설정", "쿠키 사용에 동의"),
    "zh": (
        "我们使用 cookie", "我們使用 cookie", "本网站使用 cookie", "本網站使用 cookie", "cookie 政策",
        "cookie 设置", "cookie 設定", "接受所有 cookie",
    ),
}  # fmt: skip
"""Cookie and consent notices ("We use cookies", "Accept all cookies"): searched for."""

# --- Comments ------------------------------------------------------------------------------

COMMENT_NOUNS: Wordings = {
    "es": ("comentarios", "comentario"),
    "fr": ("commentaires", "commentaire"),
    "de": ("kommentare", "kommentar"),
    "pt": ("comentários", "comentário"),
    "it": ("commenti", "commento"),
    "ru": ("комментарии", "комментарий", "комментариев", "комментария"),
    "id": ("komentar",),
    "nl": ("reacties", "reactie"),
    "pl": ("komentarze", "komentarzy", "komentarz"),
    "tr": ("yorumlar", "yorum"),
    "vi": ("bình luận",),
    "ja": ("コメント", "件のコメント", "コメント一覧"),
    "ko": ("댓글",),
    "zh": ("评论", "評論", "条评论", "條評論", "留言", "则留言", "則留言", "网友评论", "網友評論"),
}
"""The comments heading, alone or with its count ("Comments (12)", "12 Kommentare"): whole blocks."""

COMMENT_CALLS: Wordings = {
    "es": (
        "ver comentarios", "ver los comentarios", "ver todos los comentarios", "sin comentarios",
        "no hay comentarios", "añadir comentario", "agregar comentario", "escribir comentario",
        "deja un comentario", "deja tu comentario", "dejar un comentario", "comentar",
        "sé el primero en comentar",
    ),
    "fr": (
        "voir les commentaires", "afficher les commentaires", "aucun commentaire", "ajouter un commentaire",
        "laisser un commentaire", "laissez un commentaire", "écrire un commentaire", "commenter", "réagir",
        "soyez le premier à commenter",
    ),
    "de": (
        "kommentare anzeigen", "alle kommentare anzeigen", "keine kommentare", "kommentar schreiben",
        "kommentieren", "jetzt kommentieren", "kommentar verfassen", "schreibe einen kommentar",
        "hinterlasse einen kommentar", "diskutieren sie mit",
    ),
    "pt": (
        "ver comentários", "sem comentários", "nenhum comentário", "deixe um comentário", "deixe seu comentário",
        "comentar", "adicionar comentário", "seja o primeiro a comentar",
    ),
    "it": (
        "mostra commenti", "vedi commenti", "nessun commento", "lascia un commento", "commenta",
        "aggiungi un commento", "scrivi un commento", "sii il primo a commentare",
    ),
    "ru": (
        "показать комментарии", "нет комментариев", "оставить комментарий", "оставьте комментарий",
        "добавить комментарий", "комментировать", "написать комментарий", "все комментарии",
    ),
    "id": ("lihat komentar", "tulis komentar", "tidak ada komentar", "belum ada komentar", "kirim komentar"),
    "nl": ("bekijk reacties", "toon reacties", "geen reacties", "plaats een reactie", "reageer", "reageren", "schrijf een reactie"),
    "pl": ("pokaż komentarze", "zobacz komentarze", "brak komentarzy", "dodaj komentarz", "skomentuj", "napisz komentarz"),
    "tr": ("yorum yap", "yorum yaz", "yorumları göster", "tüm yorumlar", "yorum yok"),
    "vi": ("viết bình luận", "gửi bình luận", "xem bình luận", "chưa có bình luận"),
    "ja": ("コメントする", "コメントを書く", "コメントを投稿", "コメントを見る", "コメントはまだありません"),
    "ko": ("댓글 쓰기", "댓글 달기", "댓글 보기", "댓글 더보기"),
    "zh": (
        "发表评论", "發表評論", "查看评论", "查看評論", "暂无评论", "暫無評論", "写评论", "寫評論", "我要评论",
        "我要評論", "发表留言", "發表留言",
    ),
}  # fmt: skip
"""Comment calls to action ("View comments", "No comments yet"): whole blocks."""

COMMENT_FORM: Wordings = {
    "es": ("deja una respuesta", "deja un comentario"),
    "pt": ("não será publicado", "campos obrigatórios", "deixe uma resposta", "deixe um comentário", "salvar meus dados"),
    "it": ("lascia un commento", "salva il mio nome"),
    "ru": (
        "ваш адрес email не будет опубликован", "добавить комментарий", "оставить комментарий",
        "оставьте комментарий", "сохранить моё имя",
    ),
    "id": ("tinggalkan balasan", "tinggalkan komentar", "simpan nama saya"),
}  # fmt: skip
"""Comment-form wordings searched for anywhere in a block ("Deixe uma resposta")."""

COMMENT_FORM_OPENERS: Wordings = {
    "es": (
        "tu dirección de correo electrónico no será publicada", "los campos obligatorios están marcados",
        "cancelar respuesta", "cancelar la respuesta", "publicar el comentario", "guardar mi nombre",
    ),
    "fr": (
        "votre adresse e-mail ne sera pas publiée", "votre adresse email ne sera pas publiée",
        "votre adresse de messagerie ne sera pas publiée", "les champs obligatoires sont indiqués",
        "annuler la réponse", "enregistrer mon nom", "laisser une réponse", "laisser un commentaire",
    ),
    "de": (
        "deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht",
        "erforderliche felder sind mit", "antworten abbrechen", "antwort abbrechen", "kommentar abschicken",
        "meinen namen, meine e-mail-adresse", "schreibe einen kommentar", "hinterlasse einen kommentar",
    ),
    "pt": ("cancelar resposta", "publicar comentário"),
    "it": (
        "il tuo indirizzo email non sarà pubblicato", "i campi obbligatori sono contrassegnati", "annulla risposta",
        "lascia una risposta",
    ),
    "ru": ("обязательные поля помечены", "отменить ответ"),
    "id": ("alamat email anda tidak akan dipublikasikan", "ruas yang wajib ditandai", "batalkan balasan"),
    "nl": (
        "je e-mailadres wordt niet gepubliceerd", "uw e-mailadres wordt niet gepubliceerd",
        "vereiste velden zijn gemarkeerd", "reactie annuleren", "reactie plaatsen", "laat een reactie achter",
    ),
    "pl": (
        "twój adres e-mail nie zostanie opublikowany", "wymagane pola są oznaczone", "anuluj pisanie odpowiedzi",
        "opublikuj komentarz", "zapisz moje dane",
    ),
    "tr": (
        "e-posta hesabınız yayımlanmayacak", "e-posta adresiniz yayınlanmayacak", "gerekli alanlar",
        "yanıtı iptal et", "bir yanıt yazın", "bir cevap yazın",
    ),
    "vi": (
        "email của bạn sẽ không được hiển thị công khai", "các trường bắt buộc được đánh dấu", "hủy trả lời",
        "huỷ trả lời", "để lại một bình luận",
    ),
    "ja": ("メールアドレスが公開されることはありません", "必須項目には印がついています", "コメントを残す", "返信をキャンセル"),
    "ko": ("이메일 주소는 공개되지 않습니다", "필수 필드는", "댓글 남기기", "답글 남기기", "답글 취소", "응답 취소"),
    "zh": (
        "您的电子邮箱地址不会被公开", "您的电子邮件地址不会被公开", "你的電子郵件位址並不會被公開", "必填项已用",
        "必填欄位標示為", "取消回复", "取消回覆", "发表回复", "發佈留言",
    ),
}  # fmt: skip
"""Comment forms and their notices ("Your email address will not be published"), which open the
block in a WordPress form: matched at the block's start."""

COMMENT_ACTIONS: Wordings = {
    "es": ("responder", "me gusta", "denunciar"),
    "fr": ("répondre", "j'aime", "signaler"),
    "de": ("antworten", "gefällt mir", "melden"),
    "pt": ("responder", "curtir"),
    "it": ("rispondi", "mi piace", "segnala"),
    "ru": ("ответить", "нравится", "пожаловаться"),
    "id": ("balas", "suka", "laporkan"),
    "nl": ("beantwoorden", "vind ik leuk", "rapporteren"),
    "pl": ("odpowiedz", "lubię to", "zgłoś"),
    "tr": ("yanıtla", "cevapla", "beğen"),
    "vi": ("trả lời", "thích"),
    "ja": ("返信", "いいね", "通報"),
    "ko": ("답글", "좋아요", "신고"),
    "zh": ("回复", "回覆", "举报", "舉報"),
}
"""Comment action links ("Reply", "Like", "Report"): whole blocks of them."""

POST_EXPAND: Wordings = {
    "es": ("haz clic para expandir", "haga clic para expandir", "clic para expandir"),
    "fr": ("cliquez pour agrandir", "cliquez pour développer", "cliquer pour agrandir"),
    "de": ("zum erweitern klicken", "zum erweitern anklicken", "zum vergrößern anklicken", "klicken zum erweitern"),
    "pt": ("clique para expandir", "clique para ampliar"),
    "it": ("clicca per espandere", "fai clic per espandere"),
    "nl": ("klik om uit te vouwen", "klik om te vergroten"),
    "pl": ("kliknij, aby rozwinąć", "kliknij aby rozwinąć"),
    "ru": ("нажмите для раскрытия", "нажмите, чтобы раскрыть"),
}  # fmt: skip
"""The link under a quoted post that opens the rest of it (forum software's "Click to expand...")."""

POST_REACTIONS: Wordings = {
    "es": ("reacciones",),
    "fr": ("réactions",),
    "de": ("reaktionen",),
    "pt": ("reações", "reacções"),
    "it": ("reazioni",),
    "pl": ("reakcje",),
    "ru": ("реакции",),
}  # fmt: skip
"""The label before the names of those who reacted to a post ("Reactions: Ann, Bob and 3 others"). Not
Dutch "reacties", which are comments."""

POSTER_STATS: Wordings = {
    "en": (
        "posts", "messages", "threads", "reputation", "reaction score", "points", "trophy points", "likes",
        "likes received", "best answers", "solutions", "badges", "joined", "location", "member since",
    ),
    "es": ("mensajes", "registrado", "ubicación", "puntos", "temas"),
    "fr": ("messages", "inscrit", "inscription", "localisation", "points", "sujets"),
    "de": ("beiträge", "registriert", "wohnort", "punkte", "themen", "mitglied seit"),
    "pt": ("mensagens", "registrado", "localização", "pontos", "tópicos"),
    "it": ("messaggi", "iscritto", "località", "punti", "discussioni"),
    "nl": ("berichten", "lid sinds", "locatie", "punten"),
}  # fmt: skip
"""The labels of a poster's details beside each post ("Posts: 1,725", "Joined", "Reaction score")."""

POSTER_RANKS: Wordings = {
    "en": (
        "member", "moderator", "super moderator", "global moderator", "administrator", "staff member",
        "former staff", "original poster", "thread starter",
    ),
    "es": ("miembro", "moderador", "administrador", "autor del tema"),
    "fr": ("membre", "modérateur", "administrateur", "auteur du sujet"),
    "de": ("mitglied", "moderator", "administrator", "themenstarter", "threadstarter"),
    "pt": ("membro", "moderador", "administrador", "autor do tópico"),
    "it": ("membro", "moderatore", "amministratore", "autore della discussione"),
    "nl": ("moderator", "beheerder", "topicstarter"),
}  # fmt: skip
"""A poster's rank or role printed beside each post, a whole line with at most two words before it ("Senior
Member", "Neues Mitglied", "Moderator", "Original poster"; "Thread starter" also with the poster's name after
it)."""

SERVICE_CALLS: Wordings = {
    "de": ("demo anfragen", "demo vereinbaren", "jetzt starten", "jetzt anfragen", "kostenlos testen"),
    "fr": ("demander une démo", "demander un devis", "essai gratuit", "essayer gratuitement"),
    "es": (
        "solicitar demo", "solicitar una demo", "solicitar cotización", "solicitar una cotización",
        "solicitar presupuesto", "solicitar un presupuesto", "prueba gratis",
    ),
    "pt": ("experimente grátis",),
}  # fmt: skip
"""A service page's call to action, the whole line: a button's label ("Demo anfragen", "Demander un devis"); the
English ones are spelled in ``quality.service-call``'s pattern."""

OFFER_TERMS: Wordings = {
    "de": (
        "solange der vorrat reicht", "nicht mit anderen aktionen kombinierbar", "nicht mit anderen rabatten kombinierbar",
        "gutscheincode", "rabattcode",
    ),
    "fr": (
        "dans la limite des stocks disponibles", "jusqu'à épuisement des stocks", "offre non cumulable", "non cumulable avec",
        "code promo",
    ),
    "es": (
        "hasta agotar existencias", "hasta fin de existencias", "no acumulable con", "código de descuento", "código promocional",
        "sujeto a aprobación de crédito",
    ),
    "it": ("fino ad esaurimento scorte", "non cumulabile con", "codice sconto", "codice promozionale"),
    "nl": ("zolang de voorraad strekt", "niet geldig in combinatie met", "kortingscode"),
    "pt": ("enquanto durarem os estoques", "não cumulativo com", "cupom de desconto", "código promocional"),
}  # fmt: skip
"""The terms of a shop's offer, searched for inside a block: its stock ("Solange der Vorrat reicht"), what it does not
combine with ("Offre non cumulable"), its code ("Code promo"); the English ones are spelled in ``quality.offer-terms``'
pattern."""

POSTER_STATUS: Wordings = {
    "en": ("online", "offline", "online now"),
    "es": ("en línea", "conectado", "desconectado"),
    "fr": ("en ligne", "hors ligne"),
    "de": ("online", "offline"),
    "pt": ("online", "offline", "conectado", "desconectado"),
    "it": ("in linea", "non in linea", "online", "offline"),
    "nl": ("online", "offline"),
}  # fmt: skip
"""A poster's online status printed beside each post, a whole line, after the avatar's initial or not ("Offline",
"J Offline", "Hors ligne")."""

REVIEW_MARKS: Wordings = {
    "en": ("verified buyer", "verified purchase", "verified reviewer", "verified owner", "verified customer"),
    "fr": ("achat vérifié", "acheteur vérifié", "avis vérifié"),
    "de": ("verifizierter kauf", "verifizierter käufer"),
    "es": ("compra verificada", "comprador verificado"),
    "pt": ("compra verificada", "comprador verificado"),
    "it": ("acquisto verificato", "acquirente verificato"),
    "nl": ("geverifieerde aankoop", "geverifieerde koper"),
}  # fmt: skip
"""A shopper's review's mark, printed by the shop's review widget over each review's text, anywhere in a short
line ("Verified Buyer", "Format: HardcoverVerified Purchase", "Achat vérifié")."""

REVIEW_VOTES: Wordings = {
    "en": ("found this helpful", "was this helpful", "was this review helpful"),
    "fr": ("cet avis vous a-t-il été utile", "ont trouvé cela utile"),
    "de": ("war diese bewertung hilfreich", "fanden dies hilfreich", "fanden diese informationen hilfreich"),
    "es": ("te resultó útil", "les resultó útil", "les ha parecido útil"),
    "pt": ("esta avaliação foi útil", "acharam isso útil"),
    "it": ("questa recensione è stata utile", "hanno trovato utile"),
    "nl": ("was deze review nuttig", "vonden dit nuttig"),
}  # fmt: skip
"""A shopper's review's vote, printed under each review's text, anywhere in a short line ("130 people found this
helpful", "Was this review helpful?", "War diese Bewertung hilfreich?")."""

OTHER_PRODUCTS_HEADINGS: Wordings = {
    "en": (
        "frequently bought together", "customers also bought", "customers also viewed", "customers also liked",
        "customers who bought this item also bought", "customers who viewed this item also viewed",
        "people who viewed this item also viewed", "people who bought this item also bought", "people also bought",
        "people also viewed", "shoppers also bought", "shoppers also viewed", "guests also viewed",
        "related products", "related items", "similar products", "similar items", "similar sponsored items",
        "recommended products", "recommended items", "recommended accessories", "recommended for you",
        "suggested products", "compatible products", "compatible accessories", "products related to this item",
        "you may also like", "you might also like", "you may also need", "you might also need",
        "seller's other items", "more from this seller", "more items from this seller", "complete the look",
        "pairs well with", "buy it with", "recently viewed", "recently viewed items", "recently viewed products",
    ),
    "fr": (
        "produits similaires", "produits associés", "articles similaires", "vous aimerez aussi",
        "vous aimerez peut-être aussi", "les clients ont aussi acheté", "souvent achetés ensemble",
        "récemment consultés", "produits récemment consultés", "complétez le look",
    ),
    "de": (
        "ähnliche produkte", "ähnliche artikel", "passende produkte", "passendes zubehör", "kunden kauften auch",
        "wird oft zusammen gekauft", "das könnte dir auch gefallen", "das könnte ihnen auch gefallen",
        "zuletzt angesehen", "zuletzt angesehene produkte",
    ),
    "es": (
        "productos relacionados", "productos similares", "artículos similares", "también te puede gustar",
        "te puede gustar", "los clientes también compraron", "comprados juntos habitualmente", "vistos recientemente",
    ),
    "pt": (
        "produtos relacionados", "produtos semelhantes", "produtos similares", "você também pode gostar",
        "quem comprou também comprou", "comprados juntos", "vistos recentemente",
    ),
    "it": (
        "prodotti correlati", "prodotti simili", "articoli simili", "potrebbe piacerti anche",
        "ti potrebbe piacere", "spesso comprati insieme", "visti di recente",
    ),
    "nl": (
        "gerelateerde producten", "vergelijkbare producten", "vergelijkbare artikelen", "klanten kochten ook",
        "misschien vind je dit ook leuk", "vaak samen gekocht", "recent bekeken",
    ),
}  # fmt: skip
"""A shop's heading over other products' cards on a product page, a whole line ("People who viewed this item also
viewed", "Related products", "Recommended Accessories", "Seller's other items", "Produits similaires"): read with
the cards' prices by ``related.offer-section``."""

POST_TOP_LINKS: Wordings = {
    "en": ("top", "back to top"),
    "es": ("arriba", "volver arriba"),
    "fr": ("haut", "haut de page", "retour en haut"),
    "de": ("nach oben", "oben"),
    "pt": ("topo", "voltar ao topo"),
    "it": ("torna su", "inizio pagina"),
    "nl": ("naar boven", "top"),
}  # fmt: skip
"""A link back to the page's top printed under each post, a whole line ("Top", "Nach oben")."""

GREETINGS: Wordings = {
    "en": ("hi", "hello", "hey", "hiya", "howdy", "greetings", "dear", "good morning", "good afternoon", "good evening"),
    "es": ("hola", "buenas", "buenos días", "buenas tardes", "estimado", "estimada"),
    "fr": ("bonjour", "bonsoir", "salut", "coucou"),
    "de": ("hallo", "hi", "servus", "moin", "guten morgen", "guten tag", "guten abend", "liebe", "lieber"),
    "pt": ("olá", "oi", "bom dia", "boa tarde", "boa noite"),
    "it": ("ciao", "salve", "buongiorno", "buonasera"),
    "nl": ("hoi", "hallo", "beste", "goedemorgen", "goedemiddag", "goedenavond"),
}  # fmt: skip
"""The greetings a post opens with, before a name or alone ("Hi @ann", "Hey again!", "Hallo zusammen")."""

CONTENTS_HEADINGS: Wordings = {
    "en": (
        "table of contents", "contents", "in this article", "in this post", "in this guide", "on this page",
        "jump to", "jump to section", "article contents", "quick links",
    ),
    "es": ("índice", "tabla de contenidos", "contenido", "contenidos", "en este artículo"),
    "fr": ("sommaire", "table des matières", "dans cet article", "sur cette page"),
    "de": ("inhaltsverzeichnis", "inhalt", "in diesem artikel", "auf dieser seite"),
    "pt": ("índice", "sumário", "conteúdo", "neste artigo", "nesta página"),
    "it": ("indice", "sommario", "in questo articolo", "in questa pagina"),
    "nl": ("inhoudsopgave", "inhoud", "in dit artikel", "op deze pagina"),
    "pl": ("spis treści", "w tym artykule"),
    "ru": ("содержание", "оглавление", "в этой статье"),
    "ja": ("目次",),
    "zh": ("目录", "目錄"),
    "ko": ("목차",),
}  # fmt: skip
"""A table of contents' heading, the whole line ("Table of contents", "In this article", "Inhaltsverzeichnis")."""

CONTENTS_NAMES: Wordings = {
    "en": ("table of contents", "contents", "article contents"),
    "es": ("índice", "tabla de contenidos", "contenido", "contenidos"),
    "fr": ("sommaire", "table des matières"),
    "de": ("inhaltsverzeichnis", "inhalt"),
    "pt": ("índice", "sumário", "conteúdo"),
    "it": ("indice", "sommario"),
    "nl": ("inhoudsopgave", "inhoud"),
    "pl": ("spis treści",),
    "ru": ("содержание", "оглавление"),
    "ja": ("目次",),
    "zh": ("目录", "目錄"),
    "ko": ("목차",),
}  # fmt: skip
"""The contents headings that name the list itself ("Table of contents", "Inhaltsverzeichnis"), against those
that say where the reader is ("In this guide", "On this page"), which may head a list of the page's own."""

COMMENT_SAYS: Wordings = {
    "es": ("dice", "dijo", "escribió"),
    "fr": ("dit",),
    "de": ("sagt", "schreibt", "schrieb"),
    "pt": ("disse", "diz", "escreveu"),
    "it": ("dice", "scrive", "ha scritto"),
    "ru": ("пишет", "написал", "написала", "говорит"),
    "id": ("berkata", "menulis"),
    "nl": ("zegt", "schreef"),
    "pl": ("napisał", "napisała", "pisze"),
    "tr": ("dedi ki",),
}
"""The verb of a comment's header ("joetoronto says:"), between the name and the colon."""

COMMENT_THREAD: Wordings = {
    "es": ("comentarios en", "comentario en", "respuestas a", "respuesta a"),
    "fr": ("commentaires sur", "commentaire sur", "réflexions sur", "réflexion sur", "réponses à", "réponse à"),
    "de": ("kommentare zu", "kommentar zu", "gedanken zu", "gedanke zu", "antworten zu"),
    "pt": ("comentários em", "comentário em", "comentários sobre", "pensamentos sobre", "respostas para"),
    "it": ("commenti su", "commento su", "pensieri su", "pensiero su", "risposte a"),
    "ru": ("комментариев к", "комментария к", "комментарий к", "ответов на"),
    "id": ("komentar pada", "tanggapan untuk", "tanggapan pada"),
    "nl": ("reacties op", "reactie op", "gedachten over", "gedachte over"),
    "pl": ("komentarzy do", "komentarze do", "komentarz do", "odpowiedzi na"),
}
"""The heading of a comment thread with its count, before the quoted title ("34 responses to “…”")."""

# --- Share, navigation, footer, ads, tags ------------------------------------------------

SHARE: Wordings = {
    "es": ("compartir", "compartir en", "comparte", "copiar enlace", "imprimir", "enviar por correo"),
    "fr": (
        "partager", "partager sur", "partager l'article", "partager cet article", "copier le lien", "imprimer",
        "envoyer par e-mail",
    ),
    "de": (
        "teilen", "teilen auf", "artikel teilen", "auf facebook teilen", "auf x teilen", "auf twitter teilen",
        "auf whatsapp teilen", "auf linkedin teilen", "per e-mail teilen", "per e-mail versenden",
        "per whatsapp teilen", "link kopieren", "drucken", "xing",
    ),
    "pt": ("compartilhe", "compartilhar", "compartilhar no", "compartilhe no", "copiar link", "imprimir"),
    "it": ("condividi", "condividi su", "copia link", "stampa", "invia per email"),
    "ru": ("поделиться", "скопировать ссылку", "вконтакте", "одноклассники", "vk"),
    "id": ("bagikan", "bagikan ke", "bagikan artikel", "salin tautan", "salin link", "cetak"),
    "nl": ("delen", "delen op", "deel dit artikel", "link kopiëren", "kopieer link", "afdrukken"),
    "pl": ("udostępnij", "udostępnij na", "kopiuj link", "skopiuj link", "drukuj"),
    "tr": ("paylaş", "bağlantıyı kopyala", "linki kopyala", "yazdır"),
    "vi": ("chia sẻ", "sao chép liên kết"),
    "ja": ("シェア", "シェアする", "ツイート", "はてなブックマーク", "リンクをコピー", "印刷"),
    "ko": ("공유", "공유하기", "페이스북", "트위터", "카카오톡", "카카오스토리", "링크 복사", "url 복사", "인쇄"),
    "zh": ("分享", "分享到", "分享至", "复制链接", "複製連結", "打印", "列印", "微信", "微博", "朋友圈", "weibo", "wechat"),
}  # fmt: skip
"""Share and print buttons and network names ("Partager sur Facebook"): whole blocks of them."""

NAVIGATION: Wordings = {
    "es": (
        "inicio", "buscar", "búsqueda", "cerrar", "siguiente", "anterior", "volver arriba", "ir arriba",
        "ir al contenido", "saltar al contenido", "ver más", "cargar más", "mostrar más", "ver todo", "ver todos",
        "secciones", "menú",
    ),
    "fr": (
        "accueil", "rechercher", "recherche", "fermer", "suivant", "précédent", "retour", "retour en haut",
        "haut de page", "aller au contenu", "aller au contenu principal", "passer au contenu", "voir plus",
        "afficher plus", "charger plus", "voir tout", "tout voir", "rubriques",
    ),
    "de": (
        "startseite", "suche", "suchen", "schließen", "weiter", "zurück", "nächste", "vorherige", "nach oben",
        "zum seitenanfang", "zum inhalt springen", "zum inhalt", "mehr", "mehr anzeigen", "mehr laden",
        "alle anzeigen", "ressorts", "menü",
    ),
    "pt": (
        "início", "página inicial", "pesquisar", "buscar", "busca", "fechar", "próximo", "próxima", "anterior",
        "voltar ao topo", "ir para o conteúdo", "pular para o conteúdo", "ver mais", "carregar mais", "ver tudo",
        "seções", "secções",
    ),
    "it": (
        "cerca", "chiudi", "successivo", "precedente", "avanti", "indietro", "torna su", "torna all'inizio",
        "vai al contenuto", "salta al contenuto", "mostra altro", "carica altro", "vedi tutti", "vedi tutto",
        "sezioni",
    ),
    "ru": (
        "главная", "главная страница", "поиск", "найти", "закрыть", "далее", "назад", "вперёд", "вперед",
        "следующая", "предыдущая", "наверх", "перейти к содержимому", "показать ещё", "показать еще", "ещё", "еще",
        "загрузить ещё", "все новости", "разделы", "меню",
    ),
    "id": (
        "beranda", "cari", "pencarian", "tutup", "selanjutnya", "sebelumnya", "berikutnya", "kembali",
        "kembali ke atas", "langsung ke konten", "lihat semua", "muat lebih banyak", "selengkapnya", "lainnya",
        "indeks berita", "lihat lainnya",
    ),
    "nl": (
        "zoeken", "zoek", "sluiten", "volgende", "vorige", "terug", "naar boven", "terug naar boven",
        "naar de inhoud", "direct naar de inhoud", "meer", "toon meer", "laad meer", "meer laden", "bekijk alles",
        "alles bekijken", "rubrieken",
    ),
    "pl": (
        "strona główna", "szukaj", "wyszukaj", "zamknij", "dalej", "następny", "następna", "poprzedni",
        "poprzednia", "wstecz", "do góry", "na górę", "przejdź do treści", "pokaż więcej", "więcej",
        "załaduj więcej", "zobacz wszystkie",
    ),
    "tr": (
        "ana sayfa", "anasayfa", "arama", "kapat", "sonraki", "önceki", "geri", "yukarı çık", "başa dön",
        "içeriğe geç", "daha fazla", "daha fazla göster", "tümünü gör",
    ),
    "vi": ("trang chủ", "tìm kiếm", "đóng", "tiếp theo", "xem tất cả", "quay lại", "lên đầu trang", "về đầu trang"),
    "ja": (
        "ホーム", "トップページ", "検索", "閉じる", "次へ", "前へ", "次のページ", "前のページ", "ページトップへ",
        "ページの先頭へ", "トップへ戻る", "先頭へ戻る", "本文へスキップ", "コンテンツへスキップ", "もっと見る",
        "さらに表示", "すべて見る", "一覧を見る", "メニュー",
    ),
    "ko": (
        "홈", "검색", "닫기", "다음", "이전", "맨 위로", "위로", "본문 바로가기", "더보기", "전체보기", "메뉴",
        "이전글", "다음글",
    ),
    "zh": (
        "首页", "首頁", "主页", "主頁", "搜索", "搜尋", "关闭", "關閉", "下一页", "下一頁", "上一页", "上一頁",
        "下一篇", "上一篇", "返回顶部", "回到顶部", "回到頂部", "返回頂部", "跳至内容", "跳到主要內容", "更多",
        "查看更多", "加载更多", "載入更多", "查看全部", "菜单", "選單", "返回",
    ),
}  # fmt: skip
"""Page controls ("Home", "Search", "Back to top", "Load more"): whole blocks."""

CARD_CONTROLS: Wordings = {
    "en": (
        "add to cart", "add to bag", "add to basket", "add to trolley", "add to wishlist", "add to wish list",
        "add to favorites", "add to favourites", "add to compare", "compare", "quick view", "quick shop", "quick add",
        "quick buy", "view details", "view product", "view options", "see details", "see options", "choose options",
        "select options", "shop now", "buy now", "buy it now", "calculate shipping", "in stock", "out of stock",
        "sold out", "qty", "quantity", "read more", "read full story", "continue reading", "read reviews",
        "see reviews", "see all reviews", "back",
    ),
    "fr": (
        "ajouter au panier", "achat rapide", "aperçu rapide", "comparer", "ne plus comparer", "en stock",
        "rupture de stock", "en rupture de stock", "épuisé", "voir le produit", "voir les détails", "lire la suite",
        "retour",
    ),
    "de": (
        "in den warenkorb", "zum warenkorb hinzufügen", "schnellansicht", "vergleichen", "auf lager",
        "nicht auf lager", "ausverkauft", "details ansehen", "weiterlesen", "zurück",
    ),
    "es": (
        "añadir al carrito", "agregar al carrito", "añadir a la cesta", "vista rápida", "comparar", "en stock",
        "agotado", "ver detalles", "leer más", "volver",
    ),
    "it": ("aggiungi al carrello", "vista rapida", "confronta", "esaurito", "vedi dettagli", "leggi di più", "indietro"),
    "nl": (
        "in winkelwagen", "toevoegen aan winkelwagen", "snel bekijken", "vergelijken", "op voorraad", "uitverkocht",
        "bekijk details", "lees meer", "terug",
    ),
    "pt": (
        "adicionar ao carrinho", "comprar agora", "vista rápida", "comparar", "em estoque", "esgotado",
        "ver detalhes", "leia mais", "voltar",
    ),
}  # fmt: skip
"""The controls a shop's or a list's card prints under each item ("Add to cart", "Quick view", "Compare",
"In stock", "Read more"), and a menu's "Back": whole lines, one or several run together."""

PICK_BUTTONS: Wordings = {
    "en": (
        "check price", "check prices", "check latest price", "check current price", "see price", "see prices",
        "see latest price", "view price", "view prices", "get price", "get prices", "track price", "see on amazon",
        "view on amazon", "check on amazon", "buy on amazon", "shop on amazon", "buy at amazon", "see at amazon",
        "read full review", "read the full review", "read review", "read our review", "read the review",
        "see more reviews", "watch review", "watch review on youtube", "get a quote", "get quote", "get quotes",
        "get a free quote", "get free quote", "see deal", "see deals", "view deal", "view deals", "get deal",
        "get this deal", "see packages", "view packages", "see plans", "view plans", "more details", "learn more",
        "visit site", "visit store",
    ),
    "fr": ("voir le prix", "voir l'offre", "voir les offres", "voir sur amazon", "lire l'avis", "en savoir plus"),
    "de": ("preis prüfen", "preis ansehen", "zum angebot", "bei amazon ansehen", "test lesen", "mehr erfahren"),
    "es": ("ver precio", "ver oferta", "ver ofertas", "ver en amazon", "leer reseña", "más información"),
    "it": ("vedi prezzo", "vedi offerta", "vedi su amazon", "leggi la recensione", "scopri di più"),
    "nl": ("bekijk prijs", "bekijk aanbieding", "bekijk bij amazon", "lees review", "meer informatie"),
    "pt": ("ver preço", "ver oferta", "ver na amazon", "ler análise", "saiba mais"),
}  # fmt: skip
"""The buttons a round-up or a review site prints under every pick of an article's list ("Check Price",
"See on Amazon", "Read Full Review", "Get a Quote", "Learn more"): whole lines, one or several run
together, a phone number after them allowed."""

CARD_BACK_TO: Wordings = {
    "en": ("back to",),
    "fr": ("retour à", "retour au", "retour aux"),
    "de": ("zurück zu", "zurück zum", "zurück zur"),
    "es": ("volver a",),
    "it": ("torna a",),
    "nl": ("terug naar",),
    "pt": ("voltar para", "voltar a"),
}  # fmt: skip
"""A menu's back button naming the menu it goes back to, in one word ("Back to Women", "Retour à Cuisine")."""

SORT_HEADINGS: Wordings = {
    "en": ("sort", "sort by", "sort results by", "sort order", "sorted by"),
    "fr": ("trier", "trier par", "tri", "trié par", "triés par"),
    "de": ("sortieren", "sortieren nach", "sortierung", "sortiert nach"),
    "es": ("ordenar", "ordenar por", "ordenado por", "ordenados por"),
    "it": ("ordina", "ordina per", "ordinamento", "ordinato per", "ordinati per"),
    "nl": ("sorteer", "sorteer op", "sorteren", "sorteren op", "gesorteerd op"),
    "pt": ("ordenar", "ordenar por", "classificar por", "ordenado por", "ordenados por"),
}  # fmt: skip
"""A shop's, a list's or a thread's sort menu named ("Sort by:", "Sorted by:", "Trier par"): whole lines,
or followed by the option chosen ("Sorted by: Highest score"), over its options."""

FILTER_CONTROLS: Wordings = {
    "en": (
        "filter", "filters", "all filters", "filter by", "filter results", "filter and sort", "filter & sort",
        "sort and filter", "sort & filter", "show filters", "hide filters", "clear all", "clear filters",
        "clear all filters", "reset filters", "refine by", "refine results", "narrow by",
    ),
    "fr": ("filtres", "filtrer", "filtrer par", "tous les filtres", "filtrer et trier", "effacer les filtres"),
    "de": ("filter", "alle filter", "filtern", "filtern nach", "filter und sortieren", "filter zurücksetzen"),
    "es": ("filtros", "filtrar", "filtrar por", "todos los filtros", "filtrar y ordenar", "borrar filtros"),
    "it": ("filtri", "filtra", "filtra per", "tutti i filtri", "filtra e ordina", "cancella filtri"),
    "nl": ("filters", "filteren", "filter op", "alle filters", "filteren en sorteren", "wis filters"),
    "pt": ("filtros", "filtrar", "filtrar por", "todos os filtros", "filtrar e ordenar", "limpar filtros"),
}  # fmt: skip
"""A shop's filter drawer named by its buttons ("Filters", "Filter & Sort", "All Filters", "Clear all",
"Filtrer par"): whole lines, one or several run together, with :data:`SORT_HEADINGS` among them ("Filter
by:" / "Sort by:" read alike)."""

SHOP_HELP: Wordings = {
    "en": (
        "customer service", "customer service & help", "customer care", "customer support", "help center",
        "help centre", "faq", "faqs", "frequently asked questions", "track your order", "track order",
        "track my order", "order status", "order tracking", "your account", "your orders", "my account",
        "shipping & returns", "shipping and returns", "delivery & returns", "delivery and returns",
        "shipping & delivery", "shipping and delivery", "shipping rates & policies", "shipping policy",
        "shipping information", "returns", "returns & exchanges", "returns and exchanges", "returns & refunds",
        "returns & replacements", "return policy", "returns policy", "gift cards", "gift card", "find a store",
        "store locator", "store pick up", "store pickup", "in-store pickup", "international orders",
        "international shipping", "size guide", "size chart", "contact us", "price match guarantee",
    ),
    "fr": (
        "service client", "centre d'aide", "foire aux questions", "suivi de commande", "suivre ma commande",
        "mon compte", "livraison et retours", "livraisons et retours", "retours", "retours et remboursements",
        "cartes cadeaux", "carte cadeau", "trouver un magasin", "nos magasins", "guide des tailles",
    ),
    "de": (
        "kundenservice", "kundendienst", "hilfe & faq", "häufige fragen", "bestellstatus", "sendungsverfolgung",
        "mein konto", "versand & rückgabe", "versand und rückgabe", "rücksendungen", "rückgabe", "geschenkkarten",
        "gutscheine", "filialfinder", "größentabelle",
    ),
    "es": (
        "atención al cliente", "servicio al cliente", "centro de ayuda", "preguntas frecuentes", "estado del pedido",
        "seguimiento del pedido", "mi cuenta", "envíos y devoluciones", "devoluciones", "tarjetas regalo",
        "tarjeta regalo", "encuentra una tienda", "guía de tallas",
    ),
    "it": (
        "servizio clienti", "assistenza clienti", "centro assistenza", "domande frequenti", "stato dell'ordine",
        "traccia il tuo ordine", "il mio account", "spedizioni e resi", "resi", "carte regalo", "trova un negozio",
        "guida alle taglie",
    ),
    "nl": (
        "klantenservice", "veelgestelde vragen", "bestelstatus", "mijn account", "verzenden en retourneren",
        "retourneren", "cadeaukaarten", "cadeaubonnen", "winkelzoeker", "maattabel",
    ),
    "pt": (
        "atendimento ao cliente", "central de ajuda", "perguntas frequentes", "estado da encomenda",
        "rastrear pedido", "minha conta", "envios e devoluções", "devoluções", "trocas e devoluções",
        "cartões presente", "encontre uma loja", "guia de tamanhos",
    ),
}  # fmt: skip
"""The entries of a shop's help column in its footer ("Customer Service", "Track Your Order", "Shipping &
Returns", "Gift Cards", "Find a Store", "Service client", "Kundenservice"): whole lines, one or several run
together as innerText glues a footer's links."""

FACET_NAMES: Wordings = {
    "en": (
        "brand", "brands", "price", "price range", "size", "sizes", "color", "colour", "colors", "colours",
        "category", "categories", "product type", "type", "material", "availability", "rating", "customer rating",
        "customer reviews", "features", "collection", "pattern", "fit", "style", "gender", "condition", "discount",
        "width", "occasion",
    ),
    "fr": (
        "marque", "marques", "prix", "taille", "tailles", "couleur", "couleurs", "catégorie", "catégories",
        "disponibilité", "matière", "type de produit", "genre", "motif", "remise",
    ),
    "de": (
        "marke", "marken", "preis", "größe", "größen", "farbe", "farben", "kategorie", "kategorien",
        "verfügbarkeit", "material", "produkttyp", "produktart", "geschlecht", "stil", "muster", "bewertung", "rabatt",
    ),
    "es": (
        "marca", "marcas", "precio", "talla", "tallas", "tamaño", "color", "colores", "categoría", "categorías",
        "disponibilidad", "material", "tipo de producto", "género", "estilo", "estampado", "valoración", "descuento",
    ),
    "it": (
        "marca", "marchi", "prezzo", "taglia", "taglie", "colore", "colori", "categoria", "categorie",
        "disponibilità", "materiale", "tipo di prodotto", "genere", "stile", "fantasia", "valutazione", "sconto",
    ),
    "nl": (
        "merk", "merken", "prijs", "maat", "maten", "kleur", "kleuren", "categorie", "categorieën",
        "beschikbaarheid", "materiaal", "producttype", "geslacht", "stijl", "patroon", "beoordeling", "korting",
    ),
    "pt": (
        "marca", "marcas", "preço", "tamanho", "tamanhos", "cor", "cores", "categoria", "categorias",
        "disponibilidade", "material", "tipo de produto", "gênero", "estilo", "padrão", "avaliação", "desconto",
    ),
}  # fmt: skip
"""The names of a shop's filter facets ("Brand", "Price", "Size", "Color", "Product Type", "Marques", "Prix",
"Farbe"): whole lines, a colon aside, over the facet's values."""

CARD_BADGES: Wordings = {
    "en": (
        "new", "brand new", "new arrival", "new in", "just in", "just arrived", "best seller", "bestseller",
        "top seller", "popular", "most popular", "trending", "top rated", "hot", "sale", "on sale", "clearance",
        "limited edition", "limited time", "exclusive", "online only", "online exclusive", "web exclusive",
        "back in stock", "low stock", "almost gone", "few left", "staff pick", "editor's pick",
    ),
    "fr": (
        "nouveau", "nouveauté", "exclusivité", "offre exclusive", "meilleure vente", "promo", "en promo",
        "stock limité", "édition limitée", "exclusivité web",
    ),
    "de": ("neu", "neuheit", "angebot", "exklusiv", "limitiert", "limitierte edition", "nur online"),
    "es": ("nuevo", "novedad", "más vendido", "oferta", "exclusivo", "edición limitada", "solo online"),
    "it": ("nuovo", "novità", "più venduto", "offerta", "esclusiva", "edizione limitata", "solo online"),
    "nl": ("nieuw", "aanbieding", "exclusief", "beperkte oplage", "alleen online"),
    "pt": ("novo", "novidade", "mais vendido", "oferta", "exclusivo", "edição limitada", "só online"),
}  # fmt: skip
"""A shop's merchandising badges on a grid's cards ("New", "Best Seller", "Sale", "Online Only", "Nouveau",
"Offre exclusive", "Neuheit"): whole lines, one or several run together as innerText glues a card's flags. A
plural ("New Arrivals", "Best Sellers") names a section or a menu entry and is not one."""

SORT_OPTIONS: Wordings = {
    "en": (
        "featured", "featured items", "recommended", "relevance", "most relevant", "best match", "best selling",
        "best sellers", "bestselling", "most popular", "popularity", "top rated", "highest rated",
        "customer rating", "avg customer review", "ratings high to low", "newest", "newest items",
        "newest arrivals", "new arrivals", "newest first", "oldest first", "date new to old", "date old to new",
        "price low to high", "price high to low", "price ascending", "price descending", "price lowest first",
        "price highest first", "a to z", "z to a", "a-z", "z-a", "name a-z", "name z-a", "alphabetically a-z",
        "alphabetically z-a", "most recent", "oldest", "highest rating", "lowest rating", "most helpful",
        "least helpful", "highest score", "default", "reset to default", "date modified", "date created",
        "trending", "recent votes count more", "most votes", "most reactions", "most replies", "most liked",
    ),
    "fr": (
        "pertinence", "popularité", "meilleures ventes", "nouveautés", "de a à z", "de z à a", "prix croissant",
        "prix décroissant", "plus récents", "plus anciens", "plus de votes",
    ),
    "de": (
        "relevanz", "beliebtheit", "beliebteste", "neueste", "preis aufsteigend", "preis absteigend", "empfohlen",
        "neueste zuerst", "älteste zuerst", "meiste stimmen",
    ),
    "es": (
        "relevancia", "más relevantes", "más vendidos", "novedades", "precio ascendente", "precio descendente",
        "precio menor a mayor", "precio mayor a menor", "más votados", "más recientes", "más antiguos",
    ),
    "it": (
        "rilevanza", "più venduti", "novità", "prezzo crescente", "prezzo decrescente", "più recenti", "meno recenti",
        "più votati",
    ),
    "nl": (
        "relevantie", "populariteit", "nieuwste", "prijs oplopend", "prijs aflopend", "best verkocht", "nieuwste eerst",
        "oudste eerst", "meeste stemmen",
    ),
    "pt": (
        "relevância", "mais vendidos", "novidades", "menor preço", "maior preço", "preço crescente", "preço decrescente",
        "mais recentes", "mais antigos", "mais votados",
    ),
}  # fmt: skip
"""A sort menu's options ("Featured", "Price: Low to High", "A to Z", "Prix croissant", a thread's "Highest
score (default)", "Date created (oldest first)"): whole lines, one or several run together, under a line
of :data:`SORT_HEADINGS`."""

RIGHTS: Wordings = {
    "es": ("todos los derechos reservados",),
    "fr": ("tous droits réservés", "tous les droits sont réservés"),
    "de": ("alle rechte vorbehalten",),
    "pt": ("todos os direitos reservados",),
    "it": ("tutti i diritti riservati", "riproduzione riservata"),
    "ru": ("все права защищены",),
    "id": ("hak cipta dilindungi undang-undang",),
    "nl": ("alle rechten voorbehouden",),
    "pl": ("wszelkie prawa zastrzeżone",),
    "tr": ("tüm hakları saklıdır",),
    "ja": ("無断転載を禁", "無断転載禁止", "無断複写・転載を禁"),
    "ko": ("무단 전재 및 재배포 금지", "재배포 금지"),
    "zh": ("保留所有权利", "保留所有權利"),
}
"""Copyright notices ("All rights reserved"): searched for. "版权所有" is the footer rule's own
pattern, which keeps it off "版权所有者" (the copyright holder)."""

LEGAL_LINKS: Wordings = {
    "es": (
        "aviso legal", "política de privacidad", "privacidad", "términos y condiciones", "condiciones de uso",
        "términos de uso", "contacto", "contáctanos", "quiénes somos", "sobre nosotros", "mapa del sitio",
        "mapa web", "política de cookies", "accesibilidad", "ayuda", "trabaja con nosotros",
    ),
    "fr": (
        "mentions légales", "politique de confidentialité", "confidentialité", "conditions générales d'utilisation",
        "conditions générales de vente", "conditions générales", "conditions d'utilisation", "cgu", "cgv",
        "nous contacter", "contactez-nous", "qui sommes-nous", "qui sommes-nous ?", "plan du site",
        "gestion des cookies", "données personnelles", "accessibilité", "aide",
    ),
    "de": (
        "datenschutz", "datenschutzerklärung", "datenschutzhinweise", "nutzungsbedingungen", "agb", "kontakt",
        "über uns", "barrierefreiheit", "hilfe", "karriere", "mediadaten", "cookie-einstellungen",
    ),
    "pt": (
        "política de privacidade", "privacidade", "termos de uso", "termos e condições", "fale conosco", "contato",
        "contacto", "quem somos", "sobre nós", "expediente", "mapa do site", "ajuda", "anuncie conosco",
    ),
    "it": (
        "informativa sulla privacy", "note legali", "contatti", "chi siamo", "termini e condizioni",
        "termini di utilizzo", "condizioni d'uso", "mappa del sito", "lavora con noi",
    ),
    "ru": (
        "политика конфиденциальности", "пользовательское соглашение", "условия использования", "контакты",
        "о нас", "о проекте", "о компании", "карта сайта",
    ),
    "id": ("kebijakan privasi", "syarat dan ketentuan", "tentang kami", "hubungi kami", "kontak", "pedoman media siber", "redaksi", "karir"),
    "nl": ("privacybeleid", "privacyverklaring", "algemene voorwaarden", "gebruiksvoorwaarden", "over ons", "colofon", "cookiebeleid"),
    "pl": ("polityka prywatności", "regulamin", "kontakt", "o nas", "mapa strony", "polityka cookies"),
    "tr": ("gizlilik politikası", "kullanım koşulları", "iletişim", "hakkımızda", "künye", "çerez politikası", "kvkk"),
    "vi": ("chính sách bảo mật", "điều khoản sử dụng", "liên hệ", "giới thiệu"),
    "ja": (
        "プライバシーポリシー", "利用規約", "お問い合わせ", "お問合せ", "会社概要", "運営会社", "サイトマップ",
        "個人情報保護方針", "免責事項", "特定商取引法に基づく表記",
    ),
    "ko": (
        "개인정보처리방침", "개인정보 처리방침", "개인정보취급방침", "이용약관", "회사소개", "청소년보호정책",
        "이메일무단수집거부", "고객센터", "제휴문의", "광고문의",
    ),
    "zh": (
        "隐私政策", "隱私政策", "隱私權政策", "使用条款", "使用條款", "服务条款", "服務條款", "关于我们", "關於我們",
        "联系我们", "聯絡我們", "聯繫我們", "网站地图", "網站地圖", "免责声明", "免責聲明",
    ),
}  # fmt: skip
"""Footer links ("Privacy Policy | Terms of Use | Contact"): blocks made only of them."""

AD_LABELS: Wordings = {
    "es": ("publicidad", "anuncio", "patrocinado", "contenido patrocinado"),
    "fr": ("publicité", "sponsorisé", "contenu sponsorisé", "la suite après cette publicité", "la suite après la publicité"),
    "de": ("anzeige", "werbung", "gesponsert", "weiter nach der anzeige", "artikel wird nach der anzeige fortgesetzt"),
    "pt": ("publicidade", "patrocinado", "conteúdo patrocinado", "continua após a publicidade"),
    "it": ("pubblicità", "sponsorizzato", "contenuto sponsorizzato"),
    "ru": ("реклама", "на правах рекламы"),
    "id": ("iklan", "konten bersponsor"),
    "nl": ("advertentie", "gesponsord"),
    "pl": ("reklama", "materiał sponsorowany", "artykuł sponsorowany"),
    "tr": ("reklam", "sponsorlu"),
    "vi": ("quảng cáo",),
    "ja": ("広告", "スポンサーリンク"),
    "ko": ("광고",),
    "zh": ("广告", "廣告"),
}  # fmt: skip
"""Ad labels ("Advertisement", "Sponsored content"): whole blocks."""

TAG_LABELS: Wordings = {
    "es": ("etiquetas", "temas", "palabras clave", "categorías"),
    "fr": ("étiquettes", "mots-clés", "mots clés", "thèmes"),
    "de": ("schlagwörter", "schlagworte", "stichwörter", "stichworte", "themen"),
    "pt": ("temas", "palavras-chave", "assuntos", "categorias"),
    "it": ("argomenti", "parole chiave", "categorie"),
    "ru": ("теги", "метки", "темы", "ключевые слова"),
    "id": ("topik", "kata kunci"),
    "nl": ("onderwerpen", "trefwoorden", "categorieën"),
    "pl": ("tagi", "tematy", "słowa kluczowe", "kategorie"),
    "tr": ("etiketler", "anahtar kelimeler", "konular", "kategoriler"),
    "vi": ("từ khóa", "từ khoá", "chủ đề"),
    "ja": ("タグ", "キーワード"),
    "ko": ("태그", "키워드"),
    "zh": ("标签", "標籤", "关键词", "關鍵詞", "关键字", "關鍵字"),
}
"""Labels of tag lists ("Tags:"), followed by a colon at the block's start."""

# --- Author box ----------------------------------------------------------------------------

AUTHOR_HEADINGS: Wordings = {
    "es": ("sobre el autor", "sobre la autora", "acerca del autor"),
    "fr": ("à propos de l'auteur", "à propos de l'autrice", "a propos de l'auteur"),
    "de": ("über den autor", "über die autorin", "zum autor", "zur autorin"),
    "pt": ("sobre o autor", "sobre a autora"),
    "it": ("l'autore", "sull'autore", "informazioni sull'autore"),
    "ru": ("об авторе", "все статьи автора", "другие статьи автора"),
    "id": ("tentang penulis",),
    "nl": ("over de auteur", "over de schrijver"),
    "pl": ("o autorze",),
    "tr": ("yazar hakkında", "yazarın diğer yazıları"),
    "vi": ("về tác giả",),
    "ja": ("著者プロフィール", "著者について", "この記事を書いた人"),
    "zh": ("作者简介", "作者簡介", "关于作者", "關於作者"),
}
"""Headings of the author box ("About the author"): whole blocks."""

MORE_BY: Wordings = {
    "es": ("más artículos de", "otros artículos de"),
    "fr": ("plus d'articles de", "tous les articles de"),
    "de": ("weitere artikel von", "alle artikel von", "mehr von"),
    "pt": ("mais artigos de",),
    "it": ("altri articoli di", "tutti gli articoli di"),
    "nl": ("meer artikelen van", "alle artikelen van"),
    "pl": ("więcej artykułów autora",),
}
"""Links to the author's other articles, before the author's name ("Weitere Artikel von Anna Meyer")."""

# --- Related articles ----------------------------------------------------------------------

RELATED_HEADINGS: Wordings = {
    "es": (
        "artículos relacionados", "noticias relacionadas", "contenido relacionado", "relacionados", "relacionadas",
        "te puede interesar", "también te puede interesar", "te podría interesar", "lo más leído", "lo más visto",
        "más leídos", "más leídas", "más noticias", "otras noticias", "últimas noticias", "te recomendamos",
        "lee también", "lea también",
    ),
    "fr": (
        "articles similaires", "articles liés", "articles connexes", "articles récents", "à lire aussi",
        "a lire aussi", "lire aussi", "à lire également", "voir aussi", "à voir aussi", "sur le même sujet",
        "sur le même thème", "dans la même rubrique", "les plus lus", "les plus lues", "les plus populaires",
        "vous aimerez aussi", "vous aimerez peut-être aussi", "vous pourriez aussi aimer", "vous pourriez aimer",
        "à découvrir", "à découvrir aussi", "nos derniers articles", "derniers articles", "dernières actualités",
        "plus d'articles",
    ),
    "de": (
        "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "verwandte themen", "passend zum thema",
        "mehr zum thema", "weitere artikel", "weitere beiträge", "weitere nachrichten",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das könnte sie interessieren",
        "auch interessant", "lesen sie auch", "meistgelesen", "meistgelesene artikel", "meist gelesen",
        "am meisten gelesen", "empfohlene artikel", "neueste artikel", "neueste beiträge", "aktuelle beiträge",
        "zum thema",
    ),
    "pt": (
        "leia também", "leia mais", "veja também", "veja mais", "notícias relacionadas", "artigos relacionados",
        "posts relacionados", "matérias relacionadas", "relacionados", "relacionadas", "mais lidas", "mais lidos",
        "você pode gostar", "você também pode gostar", "você pode se interessar", "pode te interessar",
        "últimas notícias", "mais notícias",
    ),
    "it": (
        "articoli correlati", "notizie correlate", "post correlati", "contenuti correlati", "correlati",
        "potrebbe interessarti", "ti potrebbe interessare", "potrebbero interessarti", "potrebbe interessarti anche",
        "leggi anche", "i più letti", "più letti", "più lette", "le più lette", "altre notizie", "ultime notizie",
        "ultimi articoli", "da non perdere",
    ),
    "ru": (
        "читайте также", "смотрите также", "похожие статьи", "похожие новости", "похожие материалы", "по теме",
        "новости по теме", "материалы по теме", "другие новости", "последние новости", "популярное",
        "самое читаемое", "самое популярное", "рекомендуем", "рекомендуем прочитать", "вам может быть интересно",
        "вам также может понравиться", "читайте ещё", "читайте еще",
    ),
    "id": (
        "baca juga", "berita terkait", "artikel terkait", "berita lainnya", "artikel lainnya", "berita terbaru",
        "artikel terbaru", "terpopuler", "berita terpopuler", "paling populer", "rekomendasi",
        "rekomendasi untuk anda", "pilihan editor", "baca selengkapnya", "lihat juga",
    ),
    "nl": (
        "gerelateerde artikelen", "gerelateerde berichten", "gerelateerd nieuws", "gerelateerd", "lees ook",
        "lees meer", "meest gelezen", "ook interessant", "misschien ook interessant", "meer nieuws",
        "meer artikelen", "laatste nieuws", "aanbevolen", "bekijk ook", "zie ook",
    ),
    "pl": (
        "podobne artykuły", "powiązane artykuły", "powiązane", "czytaj także", "czytaj też", "czytaj również",
        "zobacz także", "zobacz też", "zobacz również", "najczęściej czytane", "najpopularniejsze", "polecane",
        "polecamy", "może cię zainteresować", "może cię również zainteresować", "najnowsze",
        "najnowsze artykuły", "więcej artykułów",
    ),
    "tr": (
        "ilgili haberler", "benzer haberler", "ilgili yazılar", "benzer yazılar", "ilginizi çekebilir",
        "bunlar da ilginizi çekebilir", "en çok okunanlar", "en çok okunan haberler", "çok okunanlar",
        "diğer haberler", "son haberler", "editörün seçtikleri",
    ),
    "vi": (
        "tin liên quan", "bài viết liên quan", "bài liên quan", "tin cùng chuyên mục", "tin khác", "đọc nhiều",
        "xem nhiều", "đọc nhiều nhất", "tin mới nhất", "có thể bạn quan tâm", "đọc thêm", "xem thêm",
    ),
    "ja": (
        "関連記事", "関連ニュース", "関連リンク", "おすすめ記事", "おすすめの記事", "人気記事", "人気の記事",
        "こちらもおすすめ", "あわせて読みたい", "合わせて読みたい", "こちらの記事もおすすめ", "最新記事", "注目記事",
        "新着記事", "アクセスランキング",
    ),
    "ko": (
        "관련 기사", "관련 뉴스", "많이 본 뉴스", "많이 본 기사", "인기 기사", "추천 기사", "최신 기사", "주요 뉴스",
        "이 시각 주요뉴스", "함께 보면 좋은 기사",
    ),
    "zh": (
        "相关文章", "相關文章", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "相关报道", "相關報導", "延伸阅读",
        "延伸閱讀", "推荐阅读", "推薦閱讀", "热门文章", "熱門文章", "热门新闻", "熱門新聞", "猜你喜欢", "猜你喜歡",
        "最新文章", "最新新闻", "最新新聞", "更多新闻", "更多新聞", "热门推荐", "熱門推薦", "编辑推荐", "編輯推薦",
        "你可能感兴趣", "你可能感興趣",
    ),
}  # fmt: skip
"""Headings of teaser lists ("Related Articles", "Most read"): whole blocks."""

RELATED_LINKS: Wordings = {
    "es": ("lea también", "lee también", "lea además", "ver también", "te puede interesar", "relacionado", "relacionada"),
    "fr": (
        "lire aussi", "à lire aussi", "a lire aussi", "à lire", "lire également", "voir aussi", "lisez aussi",
        "à voir aussi", "à voir",
    ),
    "de": ("lesen sie auch", "lesen sie hier", "mehr zum thema", "auch interessant", "siehe auch", "lesetipp"),
    "pt": ("leia também", "leia mais", "veja também", "veja mais", "saiba mais"),
    "it": ("leggi anche", "leggi", "vedi anche", "guarda anche"),
    "ru": ("читайте также", "читайте", "смотрите также", "по теме"),
    "id": ("baca juga", "baca", "simak juga", "lihat juga"),
    "nl": ("lees ook", "lees meer", "zie ook", "bekijk ook"),
    "pl": (
        "czytaj także", "czytaj też", "czytaj również", "czytaj więcej", "zobacz także", "zobacz też",
        "zobacz również", "przeczytaj też", "przeczytaj także",
    ),
    "tr": ("ilgili haber", "ayrıca okuyun"),
    "vi": ("xem thêm", "đọc thêm"),
    "ja": ("あわせて読みたい", "関連記事"),
    "ko": ("관련 기사",),
    "zh": ("延伸阅读", "延伸閱讀", "相关阅读", "相關閱讀", "相关新闻", "相關新聞", "推荐阅读", "推薦閱讀"),
}  # fmt: skip
"""Links to another story inside the article ("Lire aussi : …"), before a colon at the block's start."""
