"""Bytes with no BOM, no declared charset, that are not UTF-8: the encoding is guessed from evidence
that holds (never "GB18030 because every pair happened to be valid"), and a warning says it was guessed."""

from __future__ import annotations

import pytest

from pagecleaner import clean

# (encoding the bytes are in, name expected in page.encoding, text): a sentence or two, and short ones.
SAMPLES = [
    ("latin-1", "cp1252", "Die Straßenbahn im Großraum München fährt ab heute wieder nach dem regulären "
     "Fahrplan. Die Stadtwerke entschuldigten sich für die Verspätungen der letzten Woche."),
    ("latin-1", "cp1252", "Die Straßenbahn im Großraum München fährt"),
    ("latin-1", "cp1252", "Größe"),
    ("cp1252", "cp1252", "L’équipe a présenté hier soir son projet de rénovation du théâtre municipal. "
     "« C’est une étape décisive », a déclaré la maire devant les élus réunis."),
    ("cp1252", "cp1252", "Été à Noël"),
    ("gb18030", "gb18030", "北京时间昨天晚上，国家统计局发布了最新的经济数据。专家认为，今年第三季度的增长速度好于预期。"),
    ("gb18030", "gb18030", "经济数据"),
    ("shift_jis", "shift_jis", "東京都は昨日、来年度の予算案を発表しました。新しい地下鉄の路線の建設に多くの費用が充てられます。"),
    ("shift_jis", "shift_jis", "東京の天気"),
    ("euc-kr", "euc-kr", "서울시는 어제 내년도 예산안을 발표했습니다. 새로운 지하철 노선 건설에 많은 비용이 투입될 예정입니다."),
    ("euc-kr", "euc-kr", "서울 날씨"),
    ("cp1251", "cp1251", "Правительство Москвы вчера представило проект бюджета на следующий год. "
     "Большая часть средств пойдёт на строительство метро."),
    ("cp1251", "cp1251", "Привет, мир"),
    ("big5", "big5", "台北市政府昨天公布了明年度的預算案，新的捷運路線將獲得大部分的經費。"),
]


@pytest.mark.parametrize(("codec", "expected", "text"), SAMPLES, ids=[f"{s[0]}:{s[2][:12]}" for s in SAMPLES])
def test_undeclared_legacy_bytes_are_read_in_their_encoding_with_a_warning(codec: str, expected: str, text: str) -> None:
    page = clean(text.encode(codec), input_format="text")
    assert page.encoding == expected
    assert " ".join(page.article.paragraphs + [r.text for r in page.removed]).split() == text.split() or (
        text.split()[0] in page.article.text + " ".join(r.text for r in page.removed)
    )
    assert any("guessed" in w and expected in w for w in page.warnings)


def test_the_reported_german_line_is_not_read_as_gb18030() -> None:
    data = b"Die Stra\xdfenbahn im Gro\xdfraum M\xfcnchen f\xe4hrt ab heute wieder nach Fahrplan.\n"
    page = clean(data)
    assert page.encoding == "cp1252"
    assert "Straßenbahn im Großraum München fährt" in page.article.text + " ".join(r.text for r in page.removed)


def test_the_whole_text_is_decoded_exactly() -> None:
    text = "Правительство Москвы вчера представило проект бюджета на следующий год. " * 3
    page = clean(text.encode("cp1251"), input_format="text")
    assert page.article.text == text.strip()


def test_utf8_and_declared_charsets_are_not_guesses() -> None:
    assert not any("guessed" in w for w in clean("Größe und Straße".encode()).warnings)
    html = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>'
    page = clean(html.encode("cp1251"))
    assert page.encoding == "cp1251" and not any("guessed" in w for w in page.warnings)


def test_no_stray_log_line_for_undecodable_bytes(caplog: pytest.LogCaptureFixture) -> None:
    clean(b"The mayor said the \xff\xfe\xfa budget would pass on Tuesday after a long and bitter debate.")
    assert caplog.records == []
