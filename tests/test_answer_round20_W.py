"""Round 20 W (who said): "which academic ...?" asks for a speaker of that kind, and a sentence
that calls its own speaker so ("Ruth Penrose, one of the leading academic voices on the
islands, said ...") tells the kind as a description elsewhere in the pack would; the kind is
asked whatever the verb ("which academic was dismayed that ..."). And a present is a gift, and
bickering is squabbling. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "fishing.txt": """Island fishing ban to be lifted

After ten years of closed waters, the government plans to lift the fishing ban around the Skerry islands, fisheries officials said on Thursday.

The ban was brought in to protect cod stocks, which have since recovered.

Ruth Penrose, one of the leading academic voices on the islands, said she was "appalled" that the government was lifting the fishing ban.

"Nothing has changed out there," she said.
""",
    "donation.txt": """Shipping magnate gives £3m to Greens

Shipping magnate Lord Hale has given £3m to the Green Party, its biggest single donation.

Lord Hale said he was pleased to give the money to a party that would protect the coast.

Party treasurer Owen Marsh said it was "a generous gift" that would help the Greens win seats.
""",
    "council.txt": """Council leaders urged to end feud

Relations between council leader Amy Dunn and her deputy Carl Rees have soured over the budget.

Alderman Peter Vane urged the two leaders to stop squabbling before the election.

Ms Dunn said the budget would be set on time.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20w"), settings)


@pytest.mark.parametrize("question", ["which academic slammed lifting the fishing ban",
                                      "which academic was dismayed that the government is lifting the fishing ban"])
def test_the_kind_asked_is_told_in_the_speakers_own_sentence(engine, question):
    # the officials' lead holds more of the asker's words, but no one calls them academics
    first = first_excerpt(engine, question)
    assert "appalled" in first.quote
    assert "Ruth Penrose" in first.attribution.text
    # a question with no kind is answered as before: the officials' lead says it
    first = first_excerpt(engine, "who said the government plans to lift the fishing ban around the skerry islands")
    assert "plans to lift the fishing ban" in first.quote
    assert "officials" in first.attribution.text


@pytest.mark.parametrize("question", ["who called the money a generous present",
                                      "who described lord hale's money as a generous present"])
def test_a_present_is_a_gift(engine, question):
    # "a generous present" is how the asker puts "a generous gift": the treasurer said it, not
    # the donor who was pleased to give the money
    first = first_excerpt(engine, question)
    assert "a generous gift" in first.quote
    assert "Owen Marsh" in first.attribution.text


@pytest.mark.parametrize("question", ["who said the bickering must stop", "what did peter vane say about the bickering"])
def test_bickering_is_squabbling(engine, question):
    first = first_excerpt(engine, question)
    assert "stop squabbling" in first.quote
    assert "Peter Vane" in first.attribution.text
