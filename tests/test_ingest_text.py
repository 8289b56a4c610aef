"""Plain text and Markdown ingest: headline, body, furniture, verbatim characters."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bot.ingest import iter_articles
from bot.settings import Settings
from ingest_helpers import SEED

SETTINGS = Settings()
FURNITURE = ("8.9 C", "Frankfurt am Main", "Must read", "More News", "Latest News")


def ingest_one(path: Path):
    results = list(iter_articles([str(path)], SETTINGS))
    assert len(results) == 1
    res = results[0]
    assert res.error is None, res.error
    return res.article


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def seed():
    return ingest_one(SEED)


def test_seed_headline_is_the_title(seed):
    assert seed.title == "Israel seeks Russian cooperation to counter Turkish influence in Syria: reports"


def test_seed_body_is_the_prose_run(seed):
    # The file has 14 body paragraphs between "Must read" and "More News".
    assert len(seed.paragraphs) == 14
    assert seed.paragraphs[0].startswith("Israeli Prime Minister Benjamin Netanyahu")
    assert seed.paragraphs[-1].startswith("The extent to which")
    assert seed.paragraphs[11].startswith("Reuters, citing four sources familiar with the matter")


def test_seed_furniture_never_becomes_content(seed):
    for para in seed.paragraphs:
        for junk in FURNITURE:
            assert junk not in para
    assert all(junk not in seed.title for junk in FURNITURE)


def test_seed_quotes_and_accents_stay_verbatim(seed):
    assert "Recep Tayyip Erdoğan" in seed.text
    assert ("“Israel’s biggest fear is that Turkey will intervene to protect the new Islamist "
            "regime in Syria, which would then become a base for Hamas and other militants,” "
            "said Aron Lund") in seed.text


def test_seed_source_is_absolute_path_and_hash_is_stable(seed, tmp_path):
    assert seed.source == str(SEED.resolve())
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    again = ingest_one(copy)
    assert again.content_hash == seed.content_hash
    assert again.source == str(copy.resolve())


SCRAPED = """\
Tuesday, 4 March 2025 | 14:05 GMT
World
Share this
Advertisement

Ministers unveil plan to rebuild flood defences along the Severn

By Jane Holloway

Ministers have announced a £2bn programme to rebuild flood defences along the River Severn, after three winters of record flooding.

"We cannot keep waiting for the next flood," said the environment secretary, Ana Ruiz. "Every year we wait, the bill gets bigger."

Advertisement

The Environment Agency said work would start in the spring, with the first schemes in Shrewsbury and Worcester.

Related Articles
Storm Darragh leaves thousands without power
River levels rise across Wales

Share this
© 2025 Example Media. All rights reserved.
"""


def test_synthetic_scraped_page_proves_the_rule_is_general(tmp_path):
    art = ingest_one(write(tmp_path, "scraped.txt", SCRAPED))
    assert art.title == "Ministers unveil plan to rebuild flood defences along the Severn"
    assert art.author == "Jane Holloway"
    assert art.paragraphs == [
        "Ministers have announced a £2bn programme to rebuild flood defences along the River "
        "Severn, after three winters of record flooding.",
        "\"We cannot keep waiting for the next flood,\" said the environment secretary, Ana Ruiz. "
        "\"Every year we wait, the bill gets bigger.\"",
        "The Environment Agency said work would start in the spring, with the first schemes in "
        "Shrewsbury and Worcester.",
    ]
    for junk in ("Share this", "Advertisement", "Related Articles", "Storm Darragh", "GMT", "©"):
        assert junk not in art.text


def test_site_name_on_line_one_does_not_steal_the_title(tmp_path):
    text = ("The Coastal Courier\n\nHarbour council approves £40m sea wall\n\nUpdated 2 hours ago\n\n"
            "The harbour council voted on Monday to build a £40m sea wall along the eastern quay.\n\n"
            "Follow us\nNewsletter\n")
    art = ingest_one(write(tmp_path, "courier.txt", text))
    assert art.title == "Harbour council approves £40m sea wall"
    assert art.paragraphs == ["The harbour council voted on Monday to build a £40m sea wall along "
                              "the eastern quay."]


def test_hard_wrapped_lines_join_and_list_lines_do_not(tmp_path):
    text = (
        "Port strike ends after ten days\n\n"
        "Dock workers at the port returned to work on Friday after union leaders\n"
        "accepted a pay offer worth 6% over two years, ending a strike that had\n"
        "left hundreds of containers stranded.\n\n"
        "The union said members had voted to accept:\n"
        "- a 4% rise this year\n"
        "- a further 2% next year\n\n"
        "Shipping lines said it would take a week to clear the backlog at the terminals.\n"
    )
    art = ingest_one(write(tmp_path, "wrapped.txt", text))
    assert art.title == "Port strike ends after ten days"
    assert art.paragraphs == [
        "Dock workers at the port returned to work on Friday after union leaders accepted a pay "
        "offer worth 6% over two years, ending a strike that had left hundreds of containers stranded.",
        "The union said members had voted to accept:",
        "a 4% rise this year",
        "a further 2% next year",
        "Shipping lines said it would take a week to clear the backlog at the terminals.",
    ]


def test_question_headline_and_crlf(tmp_path):
    text = ("Will the Budget bring out smiling voters?\r\n\r\n"
            "The chancellor will present his last Budget before the election on Wednesday, and "
            "his opponents expect giveaways.\r\n")
    art = ingest_one(write(tmp_path, "q.txt", text))
    assert art.title == "Will the Budget bring out smiling voters?"
    assert art.paragraphs == ["The chancellor will present his last Budget before the election on "
                              "Wednesday, and his opponents expect giveaways."]


def test_text_is_normalised_to_nfc_and_whitespace_collapsed(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Café owner José Núñez")
    text = (f"Local café wins award\n\n{decomposed}   said\u00a0the award was a “surprise” worth £500 "
            "to the business.\n")
    art = ingest_one(write(tmp_path, "nfc.txt", text))
    assert art.paragraphs == ["Café owner José Núñez said the award was a “surprise” worth £500 to "
                              "the business."]
    assert unicodedata.is_normalized("NFC", art.text)


def test_text_without_headline_gets_its_first_sentence_as_title(tmp_path):
    text = ("The central bank held interest rates at 4.5% on Thursday. Officials said inflation "
            "was still too high.\n\nMarkets had expected the decision.\n")
    art = ingest_one(write(tmp_path, "nohead.txt", text))
    assert art.title == "The central bank held interest rates at 4.5% on Thursday."
    assert art.paragraphs[0].startswith("The central bank held")


MARKDOWN = """\
---
layout: post
tags: [energy]
---

# Wind farm *doubles* output after upgrade

By Priya Raman

The offshore wind farm doubled its output after new turbines were installed, the operator
said on **Tuesday**, according to [figures published by the regulator](https://example.org/figures).

![turbines at dusk](turbines.jpg)

## What the operator said

"We expected a rise, but not this much," said operations director `Leo Marsh`.

```
output_mw = 840
```

| year | MW |
|------|----|
| 2023 | 420 |

- The upgrade cost £120m.
- It took eighteen months.
"""


def test_markdown_title_markup_and_structure(tmp_path):
    art = ingest_one(write(tmp_path, "wind.md", MARKDOWN))
    assert art.title == "Wind farm doubles output after upgrade"
    assert art.author == "Priya Raman"
    assert art.paragraphs == [
        "The offshore wind farm doubled its output after new turbines were installed, the "
        "operator said on Tuesday, according to figures published by the regulator.",
        "\"We expected a rise, but not this much,\" said operations director Leo Marsh.",
        "The upgrade cost £120m.",
        "It took eighteen months.",
    ]
    for markup in ("*", "[", "](", "#", "`", "|", "output_mw", "What the operator said", "layout"):
        assert markup not in art.text
    assert art.meta["format"] == "markdown"


def test_markdown_front_matter_title(tmp_path):
    text = ("---\ntitle: \"Rail fares to rise 3%\"\n---\n\nRail fares in England will rise by 3% "
            "in March, the transport department said.\n")
    art = ingest_one(write(tmp_path, "fares.md", text))
    assert art.title == "Rail fares to rise 3%"
    assert art.paragraphs == ["Rail fares in England will rise by 3% in March, the transport "
                              "department said."]


def test_broken_sentence_fragments_inside_the_body_are_kept(tmp_path):
    # Real archives split a sentence around an italic word; dropping "was" would alter the quote.
    text = ("Major recalls soapbox campaign\n\n"
            "John Major has defended the soapbox he stood on during the 1992 election campaign.\n\n"
            "\"He wanted to look like a prime minister. I\n\nwas\n\n"
            "prime minister and I wanted a flesh and blood fight,\" says Mr Major.\n\n"
            "Jamaican\n\nstretched her unbeaten record to 25 races.\n")
    art = ingest_one(write(tmp_path, "frag.txt", text))
    assert art.paragraphs[1:] == [
        "\"He wanted to look like a prime minister. I", "was",
        "prime minister and I wanted a flesh and blood fight,\" says Mr Major.",
        "Jamaican", "stretched her unbeaten record to 25 races."]


def test_html_entities_in_plain_text_are_decoded_and_nothing_else_changes():
    from bot.ingest.plaintext import decode_entities
    from bot.ingest.text import text_article
    assert decode_entities("Blair&#191;s plan &amp; Brown&#x2019;s &pound;8m") == "Blair¿s plan & Brown’s £8m"
    # a bare ampersand, an unknown name and an out-of-range number are text, kept as written
    assert decode_entities("AT&T, R&D, &notanentity; &#99999999;") == "AT&T, R&D, &notanentity; &#99999999;"
    art = text_article("Tottenham bid &#163;8m for duo\n\nThe club said the M&#257;ori forward "
                       "and his team-mate would cost &#163;8m in total this summer.\n", "x.txt")
    assert art.title == "Tottenham bid £8m for duo"
    assert "Māori forward" in art.paragraphs[0] and "£8m" in art.paragraphs[0]
