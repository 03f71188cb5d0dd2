"""The context pass: classification, the main run, the lead-in, and the favor preset."""

from __future__ import annotations

from helpers import para
from pagecleaner import Cleaner, Settings, clean
from pagecleaner.engine import judge
from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules import default_rules
from pagecleaner.rules.base import Label, Page
from pagecleaner.rules.quality import BesideRestored, SectionEnd
from pagecleaner.segment import segment_text


def judged(text: str, settings: Settings | None = None) -> Page:
    page, _ = judge(make_blocks(segment_text(text)), default_rules(), settings or Settings())
    return page


def kept(text: str, settings: Settings | None = None) -> list[str]:
    return clean(text, input_format="text", settings=settings).article.paragraphs


def test_prose_printed_twice_between_credits_is_not_article_text() -> None:
    caption = para("caption", 20)
    credit = "Photo: Jane Doe, AP"
    text = "\n\n".join(["By Jane Doe", caption, credit, caption, credit, para("alpha"), para("beta")])
    assert caption not in kept(text)


def test_prose_printed_once_reads_as_article_text() -> None:
    text = "\n\n".join(["By Jane Doe", para("caption", 20), "Photo: Jane Doe, AP", para("alpha"), para("beta")])
    v = judged(text).verdicts[1]
    assert v is not None and "printed" not in v.reason


def test_comment_thread_after_the_article_is_dropped() -> None:
    article = [para(t) for t in ("alpha", "beta", "gamma", "delta")]
    thread = ["12 Comments", "janedoe says:", "November 19, 2019 at 6:34 am", para("comment", 25)]
    out = kept("\n\n".join(article + thread))
    assert para("alpha") in out and para("delta") in out
    assert para("comment", 25) not in out


def test_article_resumes_after_a_box_of_short_lines() -> None:
    box = ["Most read", "Short headline one", "Short headline two", "Short headline three", "Advertisement"]
    text = "\n\n".join([para("alpha"), para("beta"), *box, para("gamma"), para("delta")])
    out = kept(text)
    assert para("gamma") in out and para("delta") in out


def test_teaser_box_gives_back_the_article_paragraphs_after_it() -> None:
    box = ["Related Articles", "A teaser headline here", "The Source", para("summary", 25)]
    after = [para("gamma"), para("delta"), para("epsilon")]
    text = "\n\n".join([para("alpha"), para("beta"), *box, *after])
    out = kept(text)
    assert all(p in out for p in after)


def test_standfirst_above_the_byline_is_dropped() -> None:
    standfirst = "Here is how to figure out what is worth your money this winter season."
    body = [para(t) for t in ("alpha", "beta", "gamma", "delta", "epsilon")]
    text = "\n\n".join(["A Headline About Things", standfirst, "By Jane Doe", *body])
    page = judged(text)
    out = kept(text)
    assert standfirst not in out
    assert all(p in out for p in body)
    assert any(v is not None and v.rule == "quality.lead-in" for v in page.verdicts)


def test_headline_and_standfirst_above_the_byline_of_a_short_article_are_dropped() -> None:
    # A paywalled page: the body shows two paragraphs, smaller than headline and standfirst together
    # would need under the share rule.
    headline = "Is Football Violence a Crime?"
    standfirst = "Assaults in the league have led to lawsuits before, but a prosecutor would struggle."
    body = [para("alpha", 25), para("beta", 20)]
    text = "\n\n".join([headline, standfirst, "By Jane Doe", "Nov. 18, 2019 7:04 pm ET", *body])
    result = clean(text, input_format="text")
    assert result.article.paragraphs == body and result.article.title == headline


def test_large_opening_above_a_late_date_line_is_kept() -> None:
    opening = [para(t) for t in ("alpha", "beta", "gamma")]
    text = "\n\n".join([*opening, "Updated November 19, 2019", para("delta")])
    out = kept(text)
    assert all(p in out for p in opening)


def test_precision_keeps_no_more_than_recall() -> None:
    article = [para(t) for t in ("alpha", "beta", "gamma")]
    tail = ["Share this:", "Facebook", "Twitter", "Some Short Heading", para("blurb", 20)]
    text = "\n\n".join(article + tail)
    precise = kept(text, Settings(favor="precision"))
    loose = kept(text, Settings(favor="recall"))
    assert set(precise) <= set(loose)
    assert all(p in precise for p in article)


def test_every_block_gets_a_label() -> None:
    page = judged("\n\n".join([para("alpha"), "Menu", "Home", para("beta")]))
    assert all(v is not None and v.label in (Label.CONTENT, Label.BOILERPLATE) for v in page.verdicts)


# related.inline-teaser
def test_headline_printed_twice_inside_the_article_is_a_teaser() -> None:
    headline = "Column: A vulture firm bids for the paper"
    summary = para("summary", 25)
    text = "\n\n".join([para("alpha"), para("beta"), headline, headline, summary, para("gamma"), para("delta")])
    out = kept(text)
    assert headline not in out and summary not in out
    assert para("gamma") in out and para("delta") in out


def test_a_paragraph_between_two_copies_of_an_image_alt_text_stays() -> None:
    # Every image of the article carries the same alt text; the paragraphs between are the article.
    alt = "Lexus wants you to drive topless image"
    text = "\n\n".join([para("alpha"), para("beta"), alt, para("gamma"), alt, para("delta")])
    out = kept(text)
    assert para("gamma") in out and para("delta") in out


def test_a_code_line_printed_twice_inside_the_article_stays() -> None:
    # A code sample repeats its lines; a line of code is no headline.
    code = ["function MyApp() {", "  <MyButton count={count} />", "  <MyButton count={count} />", "}"]
    text = "\n\n".join([para("alpha"), para("beta"), *code, para("gamma"), para("delta")])
    out = kept(text)
    assert out.count("<MyButton count={count} />") == 2


def test_a_subheading_printed_once_stays() -> None:
    sub = "What the council decided"
    text = "\n\n".join([para("alpha"), para("beta"), sub, para("gamma"), para("delta")])
    assert sub in kept(text)


# quality.colon-list
def test_rows_announced_with_a_colon_stay() -> None:
    rows = ["1 Kyle Busch 5040", "2 Martin Truex 5035", "3 Kevin Harvick 5033"]
    text = "\n\n".join([para("alpha"), "Final standings of the cup after 36 races:", *rows])
    out = kept(text)
    assert all(r in out for r in rows)


def test_short_lines_without_an_announcing_colon_are_judged_as_usual() -> None:
    rows = ["Home", "World News", "Sports"]
    text = "\n\n".join([para("alpha"), para("beta"), *rows])
    assert not any(r in kept(text) for r in rows)


def test_title_prefers_a_headline_without_a_full_stop() -> None:
    text = "\n\n".join(
        ["Schiff Runs Out of Time", "By Jane Doe", "Time is not on his side.", para("alpha"), para("beta")]
    )
    assert clean(text, input_format="text").article.title == "Schiff Runs Out of Time"


def test_a_headline_in_capitals_inside_an_article_is_a_link() -> None:
    shout = "CARRIE ANN INABA OPENS UP ABOUT HEALTH CONDITION"
    text = "\n\n".join([para("alpha"), shout, para("beta")])
    assert shout not in kept(text)


def test_a_short_subheading_in_capitals_stays() -> None:
    text = "\n\n".join([para("alpha"), "SCORES QUARANTINED", para("beta")])
    assert "SCORES QUARANTINED" in kept(text)


# caption.above-credit
def test_caption_above_a_photo_credit_is_removed() -> None:
    caption = "Sheikh Mohammed speaks with guests during the opening day of the Dubai Airshow."
    text = "\n\n".join([para("alpha"), caption, "Natalie Naccache | Bloomberg | Getty Images", para("beta")])
    out = kept(text)
    assert caption not in out
    assert para("alpha") in out and para("beta") in out


def test_on_html_a_paragraph_above_a_photo_credit_is_the_article_text() -> None:
    # The markup names the captions; what is kept above a credit line on HTML is the article's own.
    line = "His first match in charge will be away to West Ham on Saturday."
    html = (
        f"<html><body><article><p>{para('alpha')}</p><p>{line}</p>"
        "<p>Natalie Naccache | Bloomberg | Getty Images</p>"
        f"<p>{para('beta')}</p><p>{para('gamma')}</p></article></body></html>"
    )
    out = clean(html, input_format="html").article.paragraphs
    assert line in out
    text = "\n\n".join([para("alpha"), line, "Natalie Naccache | Bloomberg | Getty Images", para("beta")])
    assert line not in kept(text)


# author.company-bio
_BIO = "Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions."


def test_company_boilerplate_closing_an_article_is_removed() -> None:
    text = "\n\n".join([para("alpha"), para("beta"), para("gamma"), "About Ascom", _BIO, "Media contact: press@example.com"])
    out = kept(text)
    assert _BIO not in out
    assert para("gamma") in out


def test_a_vendor_described_inside_an_article_is_the_article() -> None:
    vendor = "Deel is a global HR and payroll platform for managing international employees and contractors."
    text = "\n\n".join([para("alpha"), "1. Deel", vendor, para("pros"), para("cons"), para("price"), para("verdict")])
    out = kept(text)
    assert vendor in out
    # Not on a product page, where the site's blurb about itself sits between a gallery and the description.
    product = clean(text, input_format="text", page_type="product").article.paragraphs
    assert vendor not in product


_VENDOR = "Ninja Promo is a global marketing agency offering social ad management across Meta, TikTok and LinkedIn."


def _guide_entry(heading: str) -> str:
    return "\n\n".join([para("alpha"), para("beta"), heading, _VENDOR, "Pros: fast turnaround", "Cons: pricey"])


def test_a_vendor_under_a_heading_that_names_it_is_the_article() -> None:
    # A buyer's guide's entry: its pros and cons are short lines, not the prose the guard counts.
    assert _VENDOR in kept(_guide_entry("10. Ninja Promo"))
    html = (
        f"<html><body><article><p>{para('alpha')}</p><p>{para('beta')}</p><h3>10. Ninja Promo</h3>"
        f"<p>{_VENDOR}</p><ul><li>Pros: fast turnaround</li><li>Cons: pricey</li></ul></article></body></html>"
    )
    assert _VENDOR in clean(html, input_format="html").article.paragraphs


def test_a_company_bio_under_about_or_another_heading_is_removed() -> None:
    assert _VENDOR not in kept(_guide_entry("About Ninja Promo"))
    assert _VENDOR not in kept(_guide_entry("Media contacts"))
    # A heading's length is a heading's: a sentence naming the company is no heading.
    assert _VENDOR not in kept(_guide_entry("We worked with Ninja Promo on this campaign for two years."))


# subscription.free-trial
_OFFER = "Thinkific no longer offers a free plan, but you can start with a free trial of any paid plan."


def _with(line: str) -> str:
    return "\n\n".join([para("alpha"), para("beta"), line, para("gamma")])


def test_a_free_trial_stated_in_prose_stays() -> None:
    assert _OFFER in kept(_with(_OFFER))
    offers = "The vendor also offers yearly subscriptions that include every exam and unlimited access to its courses."
    assert offers in kept(_with(offers))


def test_a_free_trial_called_for_is_removed() -> None:
    call = "If you are interested in exploring our solution, keep reading or start a free 14-day trial."
    assert call not in kept(_with(call))
    short = "You can start your free trial today."
    assert short not in kept(_with(short))
    both = "You can start with a free trial of any paid plan. Start your free 14-day trial today!"
    assert both not in kept(_with(both))


def test_paragraph_not_followed_by_a_credit_stays() -> None:
    text = "\n\n".join([para("alpha"), para("beta", 20), para("gamma")])
    assert para("beta", 20) in kept(text)


def test_one_short_paragraph_on_top_of_the_byline_is_the_standfirst() -> None:
    standfirst = "There are more devices and services than ever before. Here is how to choose."
    body = [para("alpha"), para("beta")]
    text = "\n\n".join(["So Many Ways to Play", standfirst, "By Sarah Needleman", "Nov. 19, 2019 8:03 am ET", *body])
    out = kept(text)
    assert standfirst not in out
    assert all(p in out for p in body)


def _with_tail(heading: str, tail: list[str]) -> str:
    body = [para(topic) for topic in ("alpha", "beta", "gamma", "delta", "epsilon")]
    return "\n\n".join(["By Jane Doe", *body, heading, *tail])


def test_prose_after_an_about_the_author_heading_ends_the_article() -> None:
    # A bio paragraph outweighs the main run's fixed cost of the heading; against a five-paragraph
    # article it is a tail, not the article.
    bio = [para("bio")]
    text = _with_tail("About the author", bio)
    page = clean(text, input_format="text", page_type="article")
    assert not set(bio) & set(page.article.paragraphs)
    assert {r.rule for r in page.removed if r.text in bio} == {"quality.section-end"}
    assert para("epsilon") in page.article.paragraphs


def test_a_title_case_about_the_authors_heading_ends_the_article_too() -> None:
    bio = [para("bio")]
    page = clean(_with_tail("About the Authors", bio), input_format="text", page_type="article")
    assert not set(bio) & set(page.article.paragraphs)
    assert {r.rule for r in page.removed if r.text == "About the Authors"} == {"author.bio-heading"}


def test_a_sentence_opening_with_about_the_author_is_no_heading() -> None:
    line = "About the Author Of The Report, little is known"
    page = clean(_with_tail(line, [para("zeta")]), input_format="text", page_type="article")
    assert line in page.article.paragraphs


def test_article_text_after_a_related_box_halfway_down_stays() -> None:
    # As much text after the break as a quarter of the text before it or more: the story goes on.
    rest = [para("zeta"), para("eta"), para("theta")]
    text = _with_tail("Related articles", rest)
    page = clean(text, input_format="text", page_type="article")
    assert set(rest) <= set(page.article.paragraphs)
    assert not any(r.rule == "quality.section-end" for r in page.removed)


def test_a_sources_label_ends_the_article_with_its_entries() -> None:
    # No rule removes "References" on text; the cited works under it read as prose.
    sources = [
        "Smith J, Jones K. (2021). Sleep and memory in adults: a review of the evidence. Journal of Sleep "
        "Research, 30(2), 112-130.",
        "https://www.example.org/reports/2023/sleep-survey.html",
    ]
    text = _with_tail("References", sources)
    page = clean(text, input_format="text", page_type="article")
    assert not {"References", *sources} & set(page.article.paragraphs)
    assert para("epsilon") in page.article.paragraphs


_CITED = [
    "Smith J, Jones K, Brown L. (2021). Sleep and memory in adults: a review. J Sleep Res, 30(2).",
    "Lee A, Park S, Kim H. (2019). Napping and learning in college students. Sleep Med, 12(4).",
    "World Health Organization. 2020. Guidelines on physical activity and sedentary behaviour. Geneva.",
    "Garcia M, et al. (2018). Light at night and sleep quality: a cohort study. BMJ Open, 8(1).",
    "https://www.example.org/reports/2023/sleep-survey.html",
]


def test_a_long_list_of_cited_works_under_a_sources_label_goes() -> None:
    # More than a quarter of the text before it, but each entry cites a year or a link: a reference list.
    page = clean(_with_tail("References", _CITED), input_format="text", page_type="article")
    assert not {"References", *_CITED} & set(page.article.paragraphs)
    assert {r.rule for r in page.removed if r.text in _CITED[:4]} == {"quality.section-end"}
    assert para("epsilon") in page.article.paragraphs


def test_a_long_list_under_a_sources_label_that_cites_nothing_stays() -> None:
    # Names of sites and a paragraph, no year or link: the article goes on under its own "References".
    entries = ["Going Zero Waste", "Plastic Free July", "Zero Waste Home", para("coffee", 40)]
    page = clean(_with_tail("References", entries), input_format="text", page_type="article")
    assert para("coffee", 40) in page.article.paragraphs
    assert not any(r.rule == "quality.section-end" for r in page.removed)


def test_a_view_sources_button_is_a_sources_label_too() -> None:
    sources = ["Smith J. Sleep and memory in adults. Journal of Sleep Research. 2021;30(2):112-130."]
    page = clean(_with_tail("View Article Sources", sources), input_format="text", page_type="article")
    assert not set(sources) & set(page.article.paragraphs)


def test_a_sources_label_halfway_down_keeps_the_text_after_it() -> None:
    rest = [para("zeta"), para("eta"), para("theta")]
    text = _with_tail("Sources:", rest)
    page = clean(text, input_format="text", page_type="article")
    assert set(rest) <= set(page.article.paragraphs)
    assert not any(r.rule == "quality.section-end" for r in page.removed)


_REPORTER_BIO = (
    "biotech, co-writes the morning newsletter and co-hosts a weekly podcast about drug makers, their deals, "
    "their trials and the people who run them, from her desk in Boston."
)


def _closing(tail: list[str], paragraphs: int = 5) -> str:
    body = [para(f"topic{k}x") for k in range(paragraphs - 1)] + [para("epsilon")]
    return "\n\n".join(["By Jane Doe", *body, *tail])


def test_an_author_box_closing_the_article_goes() -> None:
    # "Name" / job title / "Name covers …": no heading or role noun says it is a bio, and it reads as prose.
    box = ["Elaine Chen", "National Reporter", f"Elaine Chen covers {_REPORTER_BIO}"]
    page = clean(_closing(box), input_format="text", page_type="article")
    assert not set(box) & set(page.article.paragraphs)
    assert {r.rule for r in page.removed if r.text in box} == {"quality.section-end"}
    assert para("epsilon") in page.article.paragraphs
    unruled = Cleaner().disable("quality.section-end").clean(_closing(box), input_format="text", page_type="article")
    assert set(box) <= set(unruled.article.paragraphs)


def test_a_bio_opening_with_the_first_name_and_a_verb_goes_too() -> None:
    box = ["By Sam O’Brien", f"Sam writes about {_REPORTER_BIO}"]
    page = clean(_closing(box), input_format="text", page_type="article")
    assert {r.rule for r in page.removed if r.text in box} == {"quality.section-end"}


def test_a_round_up_of_people_keeps_its_last_entry() -> None:
    # Two names each over a paragraph opening with the name: the page's own entries, not a bio.
    entries = ["Jane Roe", f"Jane Roe covers {_REPORTER_BIO}", "Mark Roe", f"Mark Roe covers {_REPORTER_BIO}"]
    page = clean(_closing(entries), input_format="text", page_type="article")
    assert set(entries) <= set(page.article.paragraphs)


def test_a_name_over_its_paragraph_with_more_text_after_it_stays() -> None:
    # The paragraph does not close the article: what follows it is more than a link or two, though
    # less than a quarter of the long article before it.
    entry = ["Hakone Gora Park", f"Hakone Gora Park covers {_REPORTER_BIO}"]
    page = clean(_closing([*entry, para("zeta"), para("eta"), para("theta"), para("iota")], 40),
                 input_format="text", page_type="article")
    assert set(entry) <= set(page.article.paragraphs)


def test_a_product_name_in_capitals_is_no_author() -> None:
    entry = ["Accruent EMS", f"Accruent EMS covers {_REPORTER_BIO}"]
    page = clean(_closing(entry), input_format="text", page_type="article")
    assert set(entry) <= set(page.article.paragraphs)


def test_an_author_box_in_other_shapes_goes() -> None:
    # A name line over a short first sentence (the bio goes on below it), over a bio in the first
    # person, or glued to the bio by a colon: each the one author box closing the article.
    boxes = (
        [
            "Dennis Moons",
            "Dennis Moons is the founder and lead instructor at Store Growers.",
            "He's a Google Ads expert with over twelve years of experience in running campaigns.",
        ],
        ["Amanda Brooks", f"I am a running coach who writes about {_REPORTER_BIO}"],
        ["Josh Fechter", f"Hi, I’m Josh and I cover {_REPORTER_BIO}"],
        [f"Will Judd: Will was formerly deputy tech editor and covers {_REPORTER_BIO}"],
        [f"David Gracey: Since 1998, David has covered {_REPORTER_BIO}"],
    )
    for box in boxes:
        page = clean(_closing(box), input_format="text", page_type="article")
        assert not set(box) & set(page.article.paragraphs), box
        assert {r.rule for r in page.removed if r.text in box} == {"quality.section-end"}
        assert para("epsilon") in page.article.paragraphs
        unruled = Cleaner().disable("quality.section-end").clean(_closing(box), input_format="text", page_type="article")
        assert set(box) <= set(unruled.article.paragraphs)


def test_an_interview_or_a_label_with_a_colon_is_no_author_box() -> None:
    # Two speakers, each a name over an answer in the first person: the page's own text.
    answers = ["Jane Roe", f"I'm a reporter who {_REPORTER_BIO}", "Mark Roe", f"I am an editor who {_REPORTER_BIO}"]
    page = clean(_closing(answers), input_format="text", page_type="article")
    assert set(answers) <= set(page.article.paragraphs)
    # A heading over a paragraph in the first person is no second author box beside the real one.
    body = [para(f"topic{k}x") for k in range(5)]
    box = ["Elaine Chen", f"Elaine Chen covers {_REPORTER_BIO}"]
    text = "\n\n".join(["By Jane Doe", "Why We Garden", f"I'm a gardener and {_REPORTER_BIO}", *body, *box])
    page = clean(text, input_format="text", page_type="article")
    assert not set(box) & set(page.article.paragraphs)
    assert f"I'm a gardener and {_REPORTER_BIO}" in page.article.paragraphs
    # A label before a colon names no one; a first-person paragraph under no name line is prose.
    for tail in ([f"Key Takeaways: Key points of the story are that {_REPORTER_BIO}"], [f"I'm the founder of a school that covers {_REPORTER_BIO}"]):
        page = clean(_closing(tail), input_format="text", page_type="article")
        assert set(tail) <= set(page.article.paragraphs), tail


def _bylined(byline: str, tail: list[str]) -> str:
    body = [para(f"topic{k}x") for k in range(6)] + [para("epsilon")]
    return "\n\n".join([byline, *body, *tail])


def test_a_closing_bio_of_the_bylines_author_goes_with_no_name_line_over_it() -> None:
    # "By Chris Radich" at the top, "Chris Radich is …" closing the page: the author's bio, though no
    # line with the name alone stands over it.
    bio = f"Chris Radich is the public sector CTO at a software maker and covers {_REPORTER_BIO}"
    for byline in ("By Chris Radich", "Written by: Chris Radich, Senior Analyst", "Author: Chris Radich"):
        page = clean(_bylined(byline, [bio]), input_format="text", page_type="article")
        assert bio not in page.article.paragraphs
        reasons = [r.reason for r in page.removed if r.text == bio]
        assert len(reasons) == 1 and reasons[0].startswith("after a section break (a bio of the byline's author)")
        assert para("epsilon") in page.article.paragraphs
    unruled = Cleaner().disable("quality.section-end").clean(_bylined("By Chris Radich", [bio]), input_format="text", page_type="article")
    assert bio in unruled.article.paragraphs


def test_an_about_the_author_label_glued_to_the_bio_is_read_past() -> None:
    bio = f"About the Author Jorge Jimenez is a writer who covers {_REPORTER_BIO}"
    page = clean(_bylined("Written by Jorge Jimenez", [bio]), input_format="text", page_type="article")
    assert bio not in page.article.paragraphs


def test_a_paragraph_on_the_bylines_author_with_more_after_it_stays() -> None:
    # More than a link or two kept after it: the article goes on (an interview's subject, say).
    bio = f"Chris Radich is the public sector CTO at a software maker and covers {_REPORTER_BIO}"
    tail = [bio, para("zeta"), para("eta"), para("theta"), para("iota"), para("kappa")]
    page = clean(_bylined("By Chris Radich", tail), input_format="text", page_type="article")
    assert set(tail) <= set(page.article.paragraphs)


def test_no_bio_is_read_for_a_byline_of_several_people_or_of_another_name() -> None:
    bio = f"Tomson Highway is a playwright, novelist and songwriter who {_REPORTER_BIO}"
    for byline in ("By Tomson Highway and From Masculindians", "By Jane Doe"):
        page = clean(_bylined(byline, [bio]), input_format="text", page_type="article")
        assert bio in page.article.paragraphs
    # The first byline is the article's; one under it is a teaser's, whose author's bio this is not.
    body = [para(f"topic{k}x") for k in range(6)]
    text = "\n\n".join(["By Jane Doe", *body, bio, "Wegovy pill approved", "By Tomson Highway"])
    assert bio in clean(text, input_format="text", page_type="article").article.paragraphs
    text = "\n\n".join(["By Tomson Highway", *body, bio, "Wegovy pill approved", "By Jane Doe"])
    assert bio not in clean(text, input_format="text", page_type="article").article.paragraphs


_ANNOUNCED = [
    "Why Developers Build Unfinished Calculators",
    "Every developer knows the rush of a new idea on the drive home.",
    "When Solutions Get Fixed",
    "As a company grows, so do its processes and its rules.",
]


def test_a_line_announcing_other_articles_ends_the_article() -> None:
    # No related heading holds these words whole; the teasers under the line read as prose.
    for line in ("On a related note, here are some interesting articles.", "Keep Exploring This Topic.", "Recent posts on blogs I like:"):
        page = clean(_with_tail(line, _ANNOUNCED), input_format="text", page_type="article")
        assert not {line, *_ANNOUNCED} & set(page.article.paragraphs)
        assert {r.rule for r in page.removed if r.text in (line, *_ANNOUNCED[:2])} == {"quality.section-end"}
        assert para("epsilon") in page.article.paragraphs
        unruled = Cleaner().disable("quality.section-end").clean(_with_tail(line, _ANNOUNCED), input_format="text", page_type="article")
        assert _ANNOUNCED[1] in unruled.article.paragraphs


def test_a_closing_line_that_mentions_more_articles_stays() -> None:
    # Only one kept block under it: no list of articles, the article's own last words.
    tail = ["FTC: We use income earning auto affiliate links."]
    line = "Looking for more gift recommendations? Stay tuned for more of our Gift Guides!"
    page = clean(_with_tail(line, tail), input_format="text", page_type="article")
    assert not any("announcing" in r.reason for r in page.removed)


def test_a_line_announcing_other_articles_halfway_down_keeps_the_text_after_it() -> None:
    rest = [para("zeta"), para("eta"), para("theta")]
    page = clean(_with_tail("Other stories of survival from the war", rest), input_format="text", page_type="article")
    assert set(rest) <= set(page.article.paragraphs)
    assert not any(r.rule == "quality.section-end" for r in page.removed)


def test_section_end_leaves_other_kinds_alone() -> None:
    bio = [para("bio")]
    text = _with_tail("About the author", bio)
    forum = clean(text, input_format="text", page_type="forum")
    assert not any(r.rule == "quality.section-end" for r in forum.removed)


_RECIPES = [
    "Sticky Garlic Chicken Thighs With Rice",
    "Crispy Sweet Potato Wedges With Paprika",
    "Slow Cooker Beef Ragù Over Polenta",
    "Lemon Ricotta Pancakes With Fresh Berries",
    "Spicy Tomato Soup With Grilled Cheese",
    "Roasted Cauliflower Tacos With Lime Crema",
    "Baked Salmon Bites With Honey Mustard",
    "Creamy Mushroom Orzo With Parmesan Cheese",
]


def _category_page(intro: list[str]) -> str:
    menu = ["Home", "Recipes", "Dinner", "Desserts", "About", "Contact"]
    return "\n\n".join([*menu, "Dinner Recipes", *intro, *_RECIPES, "Page 2", "Next", *menu])


def test_a_run_of_item_titles_beside_the_intro_is_the_page() -> None:
    # A category page's recipe titles: a run of lines of one shape beside its short intro, which they
    # outweigh. The page is cleaned as an article (as the text typer reads a listing more often than
    # not): without the rule the neighbour pass leaves the titles doubtful and the teaser lists take them.
    text = _category_page([para("intro", 25)])
    page = clean(text, input_format="text", page_type="article")
    assert set(_RECIPES) <= set(page.article.paragraphs)
    without = Cleaner().disable("quality.item-run").clean(text, input_format="text", page_type="article")
    assert not set(_RECIPES) & set(without.article.paragraphs)


def test_item_titles_under_a_longer_story_are_left_to_the_other_rules() -> None:
    # Under an article the same run weighs less than the story: it is a list of other headlines.
    text = _category_page([para(topic) for topic in ("alpha", "beta", "gamma")])
    page = judged(text)
    assert not any(v is not None and v.rule == "quality.item-run" for v in page.verdicts)


def test_a_menu_of_short_entries_is_not_an_item_run() -> None:
    menu = ["Beef", "Pasta", "Pizza", "Low Carb", "Dairy Free", "Gluten Free", "Summer Grilling", "Holiday"]
    text = "\n\n".join(["Dinner Recipes", para("intro", 25), *menu, "Contact"])
    page = judged(text)
    assert not any(v is not None and v.rule == "quality.item-run" for v in page.verdicts)


def test_item_titles_beside_a_headline_kept_as_prose_are_not_an_item_run() -> None:
    # A headline long enough to read as prose ends no sentence: beside it the run is a digest of
    # other stories (a news site's sections under its article), not the page's own list.
    headline = "Why do some couples have such similar drinking habits? Scientists say it could be genetic"
    text = _category_page([headline])
    page = judged(text)
    assert not any(v is not None and v.rule == "quality.item-run" for v in page.verdicts)


def test_a_menu_printed_over_and_over_is_not_an_item_run() -> None:
    # Long enough entries, but a few of them again and again: a menu repeated, not a list of items.
    menu = [f"{w} guides and reviews" for w in ("Camera", "Phone", "Laptop", "Audio", "Watch")] * 10
    text = "\n\n".join(["Dinner Recipes", para("intro", 25), *menu, "Contact"])
    page = judged(text)
    assert not any(v is not None and v.rule == "quality.item-run" for v in page.verdicts)
    listed = "\n\n".join(["Dinner Recipes", para("intro", 25), *_RECIPES, *_RECIPES[:3], "Contact"])
    assert any(v is not None and v.rule == "quality.item-run" for v in judged(listed).verdicts)


# cookie.consent-purposes
_CONSENT = (
    "We and our 644 partners store and access personal data, like browsing data or unique identifiers, on your "
    "device. Selecting I Accept enables tracking technologies to support the purposes shown under we and our "
    "partners process data to provide. Selecting Reject All or withdrawing your consent will disable them. If "
    "trackers are disabled, some content and ads you see may not be as relevant to you. You can resurface this "
    "menu to change your choices or withdraw consent at any time by clicking the link on the bottom of the "
    "webpage. Your choices will have effect within our website. For more details, refer to our privacy policy."
)
_PURPOSES = "Use precise geolocation data. Actively scan device characteristics for identification."


def test_an_advertising_consent_dialog_printed_with_a_thread_is_removed() -> None:
    # Over 80 words, so cookie.notice does not reach it; the framework's fixed wording does.
    posts = [para("alpha"), para("beta"), para("gamma")]
    out = clean("\n\n".join([*posts, _CONSENT, _PURPOSES]), input_format="text", page_type="forum").article.text
    assert _CONSENT not in out and _PURPOSES not in out
    assert para("gamma") in out



# quality.beside-restored


PRICE = '<div class="price">$655.00 $403.00</div>'


def _card_page(page_type: PageType, middle: str = PRICE) -> Page:
    """A card's title the learned scorer gave back, then the ``middle`` lines (its price) that the
    neighbour pass removed, then a link row: verdicts set as the earlier rules leave them."""
    from pagecleaner.cleaner import html_blocks
    from pagecleaner.rules.base import Verdict

    html = (
        '<html><body><div class="card"><p><a href="/c">SitOnIt Wit High Back Mesh Task Chair</a></p>'
        f'{middle}<div><a href="/q">Quick view</a></div></div></body></html>'
    )
    blocks, _, _ = html_blocks(html, Settings(), "https://shop.example/chairs")
    learned = Verdict("quality.learned", Kind.LOW_CONTENT, "learned content score 0.75", Label.CONTENT)
    cut = Verdict("quality.neighbours", Kind.LOW_CONTENT, "short text away from the article", Label.BOILERPLATE)
    links = Verdict("quality.classify", Kind.NAVIGATION, "100% of the text is links", Label.BOILERPLATE)
    verdicts: list[Verdict | None] = [learned, *([cut] * (len(blocks) - 2)), links]
    return Page(blocks, Settings(), verdicts, page_type=page_type)


def _given_back(page: Page) -> list[str]:
    return [page.blocks[i].text for i, v in BesideRestored().judge(page) if v.label is Label.CONTENT]


def test_a_cards_price_beside_a_title_the_learned_scorer_gave_back_stays_on_a_collection() -> None:
    assert _given_back(_card_page(PageType.COLLECTION)) == ["$655.00 $403.00"]


def test_on_an_article_the_line_beside_a_given_back_block_needs_content_on_both_sides() -> None:
    # The neighbour pass's own rule for an article: one content neighbour does not keep a short line.
    assert _given_back(_card_page(PageType.ARTICLE)) == []


def test_a_heading_a_button_or_a_row_of_links_beside_a_given_back_block_stays_removed() -> None:
    for first in ("<h3>Trending searches</h3>", '<button type="button">Brand</button>', '<p><a href="/s">Shop all chairs</a></p>'):
        page = _card_page(PageType.COLLECTION, first + PRICE)
        assert page.blocks[1].text != "$655.00 $403.00"
        assert _given_back(page) == []


def test_nothing_is_given_back_where_the_learned_scorer_gave_nothing_back() -> None:
    page = _card_page(PageType.COLLECTION)
    page.verdicts[0] = None
    assert _given_back(page) == []


def _bio_line(lines: list[str]) -> int | None:
    """``SectionEnd._author_bio`` on a page of these lines, every block counted as kept."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    page, _ = judge(blocks, [], Settings())
    return SectionEnd()._author_bio(page, [b.weight for b in blocks])


def test_a_name_is_read_up_to_three_lines_above_its_bio_and_no_further() -> None:
    # Only the short lines within ``bio_window`` above a paragraph of eight words are asked whether
    # they are a name: the window's edges are those of the scan that asked every short line.
    bio = f"Elaine Chen covers {_REPORTER_BIO}"
    body = [para("alpha"), para("beta")]
    assert _bio_line([*body, "Elaine Chen", bio]) == 2
    assert _bio_line([*body, "Elaine Chen", "National Reporter", "Boston", bio]) == 2
    assert _bio_line([*body, "Elaine Chen", "National Reporter", "Boston", "Desk", bio]) is None
    assert _bio_line(["Elaine Chen", bio]) == 0  # the page's first line
    assert _bio_line([*body, "Elaine Chen", "National Reporter"]) is None  # no paragraph under it
