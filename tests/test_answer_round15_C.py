"""Who says what, and who holds a post, when the question names them otherwise than the story:
a body's name with a noun in the other number, a person with their body in other words, a body's
post after words that say what the body is, and a quote whose speaker is "he" or "she" just after
the story names them. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Ferry port loses summer sailings

The ferry company Northline will move its summer sailings from Westhaven to Eastport, it has been confirmed.

The move will be seen as a blow to the town, which has hosted the sailings for forty years.

Martin Keel, Westhaven Guest House Association said: "We have tried very hard to keep the sailings here.

"I just hope Eastport can cope with the crowds."

The company said the new port had better berths.
""",
    "rally.txt": """Party faithful gather in Harrogate

Hundreds of activists gathered in Harrogate for the party's spring rally on Saturday.

"We thought in 1997 we would hold the seat but it just didn't happen," said Peter Dunmore, of Selby Brigshawe Conservatives.

The rally heard speeches from three candidates.
""",
    "runway.txt": """Runway plan faces court fight

Groups challenging the runway plan include Bristol anti-noise campaigners QUIETSKY and two local councils.

The airport said the second runway would bring 5,000 jobs.

QUIETSKY chairman Alan Pruett said: "The government has ignored the people who live under the flight path."
""",
    "hub.txt": """Greens open campaign hub

Both parties have now completed their moves to new headquarters, with the Greens creating their election hub just three doors away from the Liberals.

Certainly the press conference hosted by election co-ordinator Rosa Fenwick, in the rather compact new conference room - still smelling of new carpet - had all the hallmarks of an election event.

"Welcome to the greenest press office in the country," she said.

The party plans to field candidates in every seat.
""",
    "visit.txt": """Hospital row haunts minister

The minister knows full well the hazards of meeting voters.

He must remember his confrontation with Jenny Coombe, the Leeds woman who harangued him over the state of her local school in the last campaign.

"You never listen to anybody," she told Mr Hale before walking off.

Mr Hale told reporters on Thursday that he still enjoyed meeting voters.
""",
    "market.txt": """Market traders count the cost

Police were called to the market on Friday after a complaint from stallholder Mrs Ada Pell.

"Half the stalls were empty by noon," he said.

Mrs Pell has run her stall for twenty years.
""",
    "speech.txt": """Mayor to address shopkeepers

Mayor Joan Ruddock is set to address 300 shopkeepers at the town hall as part of a council drive to fill empty shops.

She will say the council "can no longer ignore the empty shops of the high street".

Ms Ruddock will also call for lower parking charges.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round15c"), settings)


def test_a_body_asked_with_a_noun_in_the_other_number_is_that_body(engine):
    # "guest houses association" is the Westhaven Guest House Association, who speaks through Keel
    first = first_excerpt(engine, "what did the westhaven guest houses association say about losing the sailings")
    assert "tried very hard to keep the sailings" in first.quote
    assert first.attribution.text == "Martin Keel"


def test_a_person_with_their_body_in_other_words_is_that_person(engine):
    # the story spells the place "Brigshawe", and says "Conservatives" where the question says "tories"
    first = first_excerpt(engine, "what did peter dunmore from selby brigshaw tories say about 1997")
    assert "We thought in 1997" in first.quote
    assert first.attribution.text == "Peter Dunmore"


def test_a_body_described_before_its_name_still_finds_its_post_holder(engine):
    first = first_excerpt(engine, "who chairs the bristol noise campaign group quietsky")
    assert first.quote.startswith("QUIETSKY chairman Alan Pruett")
    assert first.attribution.text == "Alan Pruett"


def test_a_quote_spoken_by_she_after_the_sentence_naming_her_is_hers(engine):
    # the story names her as the host, not as a speaker; "she said" goes on with her
    first = first_excerpt(engine, "what did rosa fenwick say when she showed reporters the greens' new press office")
    assert "Welcome to the greenest press office" in first.quote
    assert first.attribution.text == "Rosa Fenwick"


def test_she_told_after_the_sentence_naming_the_only_woman_there_is_hers(engine):
    # "he" before is the minister, who the story does not name there; "the Leeds woman" is she
    first = first_excerpt(engine, "what did jenny coombe tell hale")
    assert "You never listen to anybody" in first.quote
    assert first.attribution.text == "Jenny Coombe"


def test_he_said_is_not_the_words_of_a_woman_named_just_before(engine):
    # (a guard: Mrs Pell is a woman, so "he said" is someone else's)
    answer = engine.ask("what did ada pell say about the market")
    assert all("stalls were empty" not in x.quote for x in answer.excerpts)


def test_what_someone_is_going_to_say_asks_for_their_words_not_their_plans(engine):
    first = first_excerpt(engine, "what is ruddock going to say about the council and empty shops")
    assert first.quote.startswith("She will say the council")
    assert first.attribution.text == "Joan Ruddock"
