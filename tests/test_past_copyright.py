"""``footer.past-copyright``: what a text page keeps after its closing copyright line (the dialogs,
pop-ups and small print innerText appends after the footer) goes, before the main run is chosen; a
footer printed above the article, or a photo's credit inside it, ends nothing."""

from __future__ import annotations

from pagecleaner import Cleaner, clean

DESCRIPTION = [
    "Wool Runner",
    "A true original, our Wool Runner combines soft Merino wool with cloud-like comfort for everyday wear.",
    "Our responsibly sourced Merino wool provides a cozy fit that is soft and itch-free on the inside and durable "
    "on the outside, so the shoe keeps its shape walk after walk.",
    "This shoe is washing machine approved. Just remove the insoles and laces and wash them separately to keep "
    "them fresh for longer.",
]
FOOTER = ["Help", "Privacy Policy", "Terms of Use", "© 2025 Example Shoes, Inc. All Rights Reserved"]
POLICY = [
    "Gift with confidence; all items purchased between November 1 and December 24 are eligible for return until "
    "January 31 of the next year, provided they are unworn and in their original packaging.",
    "Final sale items cannot be returned or exchanged. Final sale items include gift cards, insoles and items "
    "tagged as final sale at the time of purchase, whatever the reason given for the return.",
    "Return shipping: customers are responsible for return shipping charges. Paid shipping fees will not be "
    "refunded, and a restocking fee may apply to returns that arrive damaged or incomplete.",
    "Our right to reject your purchase, return or order: the sale of products and the fulfilment of orders are "
    "subject to availability, and we may refuse or cancel any order at our sole discretion at any time.",
    "If you have any questions about this policy, please contact our customer care team by email or by phone "
    "and a member of the team will answer within two business days of your message.",
]


def _shop(after: list[str]) -> str:
    return "\n\n".join(["Men", "Women", "Sale", *DESCRIPTION, *FOOTER, *after]) + "\n"


def test_a_policy_dialog_after_the_copyright_line_goes_and_the_product_stays() -> None:
    # innerText prints the footer's "Refund policy" dialog after the copyright line; on main its
    # text outweighs the description and wins the main run.
    page = clean(_shop(["Refund policy", "Close", *POLICY]), input_format="text", page_type="product")
    assert all(line in page.article.paragraphs for line in DESCRIPTION[1:])
    assert not any(line in page.article.text for line in POLICY)
    assert any(r.rule == "footer.past-copyright" and r.text in POLICY for r in page.removed)


def test_small_print_after_the_copyright_line_goes_on_any_kind() -> None:
    # An insurer's or a nutrition shop's footnotes, long enough to outweigh the footer's cost in the run.
    notes = [
        "*Based on a survey of 3,019 consumers of complete nutrition brands, conducted online in March by an "
        "independent research firm on behalf of the company, with answers weighted to the national population.",
        "Savings figures are averages over six-month terms and are not available in every state or region; "
        "prices vary based on how you buy, and discounts depend on the driver, the vehicle and the coverage.",
        "Pet insurance is offered through three separate programs, each underwritten by a different insurer and "
        "administered by a licensed agency, and waiting periods apply in most states before coverage begins.",
        "The identity theft insurance is underwritten and administered by a third-party insurer; review the "
        "policy for the terms, conditions and exclusions of coverage, which may vary by jurisdiction.",
        "Free trial offers can only be redeemed once per customer, and full access to plan features depends on "
        "successful completion of the identity verification process for every adult on the account.",
    ]
    for kind in ("product", "service", "article"):
        page = clean(_shop(notes), input_format="text", page_type=kind)
        assert not any(note in page.article.text for note in notes), kind
        assert DESCRIPTION[1] in page.article.paragraphs, kind


def test_switched_off_the_dialog_wins_the_run_again() -> None:
    # The rule's gain is the main run's choice: without it the policy text is the page's longest run.
    page = (
        Cleaner()
        .disable("footer.past-copyright")
        .clean(_shop(["Refund policy", "Close", *POLICY]), input_format="text", page_type="product")
    )
    assert DESCRIPTION[1] not in page.article.paragraphs


def test_a_footer_printed_above_the_article_ends_nothing() -> None:
    # innerText may print a side column's footer first: next to nothing is kept above the notice.
    story = [
        "NASA Confirms Water Plumes Above the Surface of Europa",
        "A team led by researchers at a NASA centre has confirmed for the first time that water vapour rises above "
        "the surface of Jupiter's moon Europa, a long-suspected sign of an ocean below its ice.",
        "The finding matters because the moon is one of the highest priority targets in the search for life beyond "
        "Earth, and the plumes could be sampled by a spacecraft flying through them.",
        "The researchers measured the vapour with a telescope on the summit of a Hawaiian volcano over several "
        "nights, and saw it on only one of them, which suggests the plumes come and go.",
    ]
    text = "\n\n".join(["About Us", "Privacy Policy", "© Example Science Pty Ltd. All rights reserved.", *story])
    page = clean(text + "\n", input_format="text")
    assert all(line in page.article.paragraphs for line in story[1:])
    assert not any(r.rule == "footer.past-copyright" for r in page.removed)


def test_a_photo_credit_inside_an_article_is_no_closing_line() -> None:
    # "©" in a credit, no rights clause and no legal link near it: not a footer's notice.
    first = [
        "The conference opened on Tuesday with a keynote on the future of industrial robots, which drew a crowd "
        "of several thousand engineers, buyers and investors to the main hall.",
        "Speakers argued that the next wave of automation will come from small firms rather than large plants, "
        "because cheaper sensors let a workshop of ten people run machines around the clock.",
    ]
    after = [
        "In the afternoon the exhibition floor filled with start-ups showing grippers, vision systems and software "
        "that lets a worker teach a robot a task by moving its arm once through the motion.",
        "Organisers said next year's edition will move to a larger venue and add a day of workshops for small "
        "manufacturers who want to try the machines before they buy them.",
    ]
    text = "\n\n".join([*first, "Photo https://example.com/media/photos ©Example Robotics 2025", *after])
    page = clean(text + "\n", input_format="text")
    assert all(line in page.article.paragraphs for line in after)
    assert not any(r.rule == "footer.past-copyright" for r in page.removed)


def test_html_is_not_read() -> None:
    body = "".join(f"<p>{line}</p>" for line in DESCRIPTION)
    footer = "".join(f"<p>{line}</p>" for line in FOOTER)
    dialog = "".join(f"<p>{line}</p>" for line in ["Refund policy", *POLICY])
    html = f"<html><body><main>{body}</main><footer>{footer}</footer><div>{dialog}</div></body></html>"
    on = clean(html, input_format="html", page_type="product")
    off = Cleaner().disable("footer.past-copyright").clean(html, input_format="html", page_type="product")
    assert on == off
    assert not any(r.rule == "footer.past-copyright" for r in on.removed)
