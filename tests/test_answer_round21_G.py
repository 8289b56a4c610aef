"""Round 21, helper G (relations): what two feel for each other ("mutual mistrust", "a rift")
says how they are tied; a word of a tie that is a post held by someone else printed beside it
("Ruth Pell, senior partner of Harker Lyle", "the other partners") ties others, and of equals
such a sentence comes after; and in a passage, as in one sentence, "not easy to deal with" is
no deal. One who does something to "him" just after a sentence that opens on the other is tied
to the other ("Mr Vickery accused him of ..."). And "how much did X pay to buy Y" is the price of Y: a price paid for another thing
is no answer. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "book.txt": """Book tells of Vane and Kettering

A new book by journalist Sam Orrell says Mr Vane and Mr Kettering share a deep mutual mistrust.

The book by journalist Sam Orrell says Mr Vane stayed on as Mr Kettering waited, after Cabinet allies intervened.

Prime Minister Ellis Vane and Chancellor Rob Kettering both declined to comment.
""",
    "firm.txt": """Dunmore quits as consultant

Councillor Alan Dunmore has resigned from his post as a consultant to a law firm.

Ruth Pell, senior partner of Harker Lyle, said Mr Dunmore had been considering retirement.

Mr Dunmore said his legal work with Harker Lyle had never influenced his votes.
""",
    "bill.txt": """Minister defends care bill

Health Minister Lord Tarrant has defended the handling of the care bill in the Commons.

The rebellion eased after news that Lord Tarrant had promised the bishops to strengthen safeguards in the bill.

But that only came after MPs bombarded junior minister Paul Brisco with requests for him to read the letter.

"These issues are not easy to deal with," Lord Tarrant went on.

Commentator Jill Amos said Mr Brisco was "sinking fast" after his performance.
""",
    "games.txt": """Orbital chief on buying studios

Orbital Games chief Dana Quill knows how to seal a deal on a studio.

Ms Quill said Orbital Games was able to acquire Pixelcraft for less than its original $2 billion asking price.

Nimbus Studios is suing Orbital Games over the code of its headset.
""",
    "homes.txt": """Council accused of broken pledge

Council leader Ian Vickery has been quoted as telling members he wants more homes built on the green belt.

Opposition spokesman Tom Harlow said the remarks were at odds with council chairman Ray Ogden's promise to protect fields.

But Mr Vickery accused him of trying to score cheap points by muddling homes with fields.

The Greens say they will study Mr Vickery's plans, but Tom Harlow said voters faced a clear choice.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21g"), settings)


def test_what_two_feel_for_each_other_ties_them(engine):
    # "allies" in "Cabinet allies intervened" is the word of a tie the other sentence has; "mutual
    # mistrust" is one too
    first = first_excerpt(engine, "how do vane and kettering get on according to the book")
    assert "share a deep mutual mistrust" in first.quote


def test_a_post_held_by_another_named_beside_it_ties_others(engine):
    first = first_excerpt(engine, "relationship between alan dunmore and harker lyle")
    assert first.quote.startswith("Mr Dunmore said his legal work with Harker Lyle")


def test_deal_with_in_a_passage_is_no_tie(engine):
    first = first_excerpt(engine, "how are paul brisco and lord tarrant connected")
    assert "bombarded junior minister Paul Brisco" in first.quote


def test_a_price_paid_for_another_thing_is_no_answer(engine):
    assert not engine.ask("how much did orbital games pay to buy nimbus studios").found
    assert not engine.ask("how much did orbital games end up paying nimbus studios").found
    first = first_excerpt(engine, "how much did orbital games pay for pixelcraft")
    assert "$2 billion asking price" in first.quote


def test_one_acting_on_him_after_a_sentence_on_the_other_ties_them(engine):
    first = first_excerpt(engine, "ian vickery and tom harlow - what's the row between them")
    assert first.quote.startswith("But Mr Vickery accused him of trying to score cheap points")
