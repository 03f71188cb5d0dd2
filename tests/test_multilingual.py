"""Page furniture in other languages is removed with the right kind, and the article stays.

Each page is synthetic: article paragraphs written for the test, wrapped in the standard
interface wordings of its language (menus, share buttons, sign-ups, notices, footers).
"""

from __future__ import annotations

from typing import TypedDict

import pytest
import regex

from pagecleaner import Kind, clean
from pagecleaner.rules import wordings


class PageSpec(TypedDict):
    """A synthetic page: its article paragraphs and the furniture lines around them, each with its kind."""

    article: list[str]
    before: list[tuple[str, Kind]]
    after: list[tuple[str, Kind]]

FRENCH: PageSpec = {
    "article": [
        "Le conseil municipal a adopté mardi soir le nouveau budget, après un débat qui a duré jusque tard dans la nuit.",
        "Les élus de l'opposition ont dénoncé une hausse des impôts locaux qui pèsera sur les petits commerces du centre-ville.",
        "Le maire a promis une révision des dépenses au printemps, une fois connus les premiers chiffres des auditeurs.",
        "Les commentaires du préfet sur ce budget ont été jugés sévères par plusieurs conseillers de la majorité.",
    ],
    "before": [
        ("Accueil", Kind.NAVIGATION),
        ("Se connecter", Kind.SUBSCRIPTION),
        ("Nous utilisons des cookies pour améliorer votre expérience sur notre site.", Kind.COOKIE_NOTICE),
        ("Partager sur Facebook", Kind.SHARE),
    ],
    "after": [
        ("Publicité", Kind.AD),
        ("Mots-clés : budget, impôts, mairie", Kind.TAGS),
        ("Abonnez-vous à notre newsletter", Kind.NEWSLETTER),
        ("12 commentaires", Kind.COMMENTS),
        ("Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", Kind.COMMENTS),
        ("Mentions légales · Politique de confidentialité · Nous contacter", Kind.FOOTER),
        ("Tous droits réservés", Kind.FOOTER),
        ("Articles similaires", Kind.RELATED),
    ],
}

GERMAN: PageSpec = {
    "article": [
        "Der Stadtrat hat am Dienstagabend nach einer langen Debatte den neuen Haushalt für das kommende Jahr beschlossen.",
        "Die Opposition kritisierte die höhere Gewerbesteuer, die kleine Geschäfte in der Innenstadt zusätzlich belasten werde.",
        "Der Bürgermeister versprach, die Ausgaben im Frühjahr zu überprüfen, sobald die ersten Zahlen der Prüfer vorliegen.",
        "Weiter ging es am Mittwoch mit den Beratungen über die Sanierung der Schulen und den Bau einer neuen Bibliothek.",
    ],
    "before": [
        ("Startseite", Kind.NAVIGATION),
        ("Zum Inhalt springen", Kind.NAVIGATION),
        ("Anmelden", Kind.SUBSCRIPTION),
        ("Auf Facebook teilen", Kind.SHARE),
        ("Anzeige", Kind.AD),
    ],
    "after": [
        ("Lesen Sie auch: Wie die Stadt ihre Schulden abbauen will", Kind.RELATED),
        ("Schlagwörter: Haushalt, Steuern, Stadtrat", Kind.TAGS),
        ("Newsletter abonnieren", Kind.NEWSLETTER),
        ("Kommentare", Kind.COMMENTS),
        ("Impressum | Datenschutz | AGB | Kontakt", Kind.FOOTER),
        ("Alle Rechte vorbehalten", Kind.FOOTER),
        ("Das könnte Sie auch interessieren", Kind.RELATED),
    ],
}

SPANISH: PageSpec = {
    "article": [
        "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto, tras un debate que se prolongó durante horas.",
        "Los comentarios del ministro provocaron críticas entre los concejales de la oposición y los comerciantes del centro.",
        "La alcaldesa prometió revisar el gasto en primavera, cuando se conozcan las primeras cifras de los auditores.",
        "Los vecinos podrán presentar sus propuestas hasta finales de mes en la sede municipal o a través de internet.",
    ],
    "before": [
        ("Inicio", Kind.NAVIGATION),
        ("Iniciar sesión", Kind.SUBSCRIPTION),
        ("Utilizamos cookies para mejorar su experiencia. Aceptar todas las cookies", Kind.COOKIE_NOTICE),
        ("Compartir en Twitter", Kind.SHARE),
    ],
    "after": [
        ("Publicidad", Kind.AD),
        ("Etiquetas: presupuesto, impuestos", Kind.TAGS),
        ("Suscríbete a nuestro boletín", Kind.NEWSLETTER),
        ("Deja un comentario", Kind.COMMENTS),
        ("Aviso legal | Política de privacidad | Contacto", Kind.FOOTER),
        ("Todos los derechos reservados", Kind.FOOTER),
        ("Artículos relacionados", Kind.RELATED),
    ],
}

CHINESE: PageSpec = {
    "article": [
        "市议会周二晚间在经过长时间辩论后通过了新一年的预算，预算将用于修缮学校、道路以及在市中心建设一座新的图书馆。",
        "反对派议员批评提高地方税的决定，认为这将加重市中心小商户的负担，而这些商户本已在疫情后艰难经营。",
        "市长承诺在春季审计结果公布后重新审查各项开支，并表示将在年底前向市民公开详细的支出报告和评估结果。",
    ],
    "before": [
        ("首页", Kind.NAVIGATION),
        ("登录", Kind.SUBSCRIPTION),
        ("分享到 微信 微博", Kind.SHARE),
    ],
    "after": [
        ("广告", Kind.AD),
        ("标签：预算 税收 市议会", Kind.TAGS),
        ("发表评论", Kind.COMMENTS),
        ("关于我们 | 联系我们 | 隐私政策", Kind.FOOTER),
        ("Copyright © 2024 示例新闻网 版权所有", Kind.FOOTER),
        ("相关文章", Kind.RELATED),
    ],
}

PAGES = {"fr": FRENCH, "de": GERMAN, "es": SPANISH, "zh": CHINESE}


def _page(spec: PageSpec) -> str:
    lines = [t for t, _ in spec["before"]] + spec["article"] + [t for t, _ in spec["after"]]
    return "\n\n".join(lines)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_article_paragraphs_are_kept(lang: str) -> None:
    spec = PAGES[lang]
    page = clean(_page(spec), input_format="text")
    assert page.article.paragraphs == spec["article"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_each_furniture_line_is_removed_with_its_kind(lang: str) -> None:
    spec = PAGES[lang]
    removed = {r.text: r.kind for r in clean(_page(spec), input_format="text").removed}
    expected = dict(spec["before"] + spec["after"])
    assert removed == expected


TABLES = {name: table for name, table in vars(wordings).items() if name.isupper() and isinstance(table, dict)}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_table_matches_each_of_its_phrases_in_any_case(name: str) -> None:
    pattern = regex.compile(rf"^{wordings.alternation(TABLES[name])}$", regex.IGNORECASE | regex.VERSION0)
    for phrase in wordings.phrases(TABLES[name]):
        assert pattern.match(phrase), phrase
        assert pattern.match(phrase.upper()), phrase
        assert pattern.match(phrase.replace("'", "’")), phrase


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_phrase_holds_a_needle_or_opens_with_an_opening(name: str) -> None:
    table = TABLES[name]
    found, opened, rest = wordings.needles(table), wordings.openings(table), wordings.needles(table, unopened=True)
    for phrase in wordings.phrases(table):
        assert any(n in phrase for n in found), phrase
        assert phrase.startswith(opened) or any(n in phrase for n in rest), phrase


def test_cjk_phrases_match_with_or_without_their_space() -> None:
    pattern = regex.compile(rf"^{wordings.alternation({'ko': ('관련 기사',)})}$")
    assert pattern.match("관련 기사") and pattern.match("관련기사")


def test_bounded_phrases_stay_off_the_middle_of_a_word() -> None:
    pattern = regex.compile(wordings.alternation({"de": ("kein spam",)}, bounded=True), regex.IGNORECASE)
    assert pattern.search("Kein Spam, versprochen.")
    assert not pattern.search("Steinkein Spamfilter")
