"""Round 13, helper B: how two people are tied when no sentence names both. A small invented
pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "talent.txt": """Talent show picks its finalists

The television talent show for would-be councillors reached its second round on Monday.

The judges, chaired by the broadcaster Harriet Vance, heard forty hopefuls in Leeds.

Opinion was more divided over Morton Quaile-Hesketh, a 61-year-old bankrupt builder.

Mrs Vance thought the fast-talking former developer deserved a place in the final.

The series continues through the week.
""",
    "moorland.txt": """Moorland access rules unclear, say MPs

The new rules on moorland access are so vague that no walker can follow them, MPs say.

A Cumbria farmer was told he could fence his fields against ramblers.

Labour MP Dorian Felsham said ministers had drafted the rules in haste.

The farmer was put in touch with the Open Fells Trust, of which Mr Felsham is a co-chairman, after writing to the ministry.

Mr Felsham said: "Nobody can say where a path begins."

Liberal Democrat MP Osric Pembury, another co-chairman of the Open Fells Trust, said the rules should be withdrawn.

A ministry spokesman said guidance would follow.
""",
    "ferrywarn.txt": """Ferry crews warn of walkout

Ferry crews could walk out over pay, warn union leaders.

Union officer Glenda Rusk said: "The wages of coastal ferry crews on the island routes are under threat from these cuts."

The union will ballot its members next month.
""",
    "ferrytalks.txt": """Minister meets ferry unions

Ministers have moved to head off the threat of a coastal ferry strike.

Transport minister Cedric Vantongeren held a private meeting with union leaders on Tuesday.

Crews on the island routes say their wages have fallen behind.
""",
    "heath.txt": """Heath conservation plan

Conservation groups have welcomed a plan to restore the lowland heaths.

The conservation work will take ten years.

Volunteers from the conservation trust will clear gorse in the winter.

Conservationists say the heaths have halved since 1950.

The conservation body said funding was secure.
""",
    "tolls.txt": """Tories back road tolls

Opposition leader Basil Ravenscroft last week said his front bench had agreed to back road tolls on trunk routes.

He admitted it was not an easy issue.
""",
    "tollsvote.txt": """Road toll vote nears

The Conservatives announced their support for the government plans on Tuesday evening.

The toll on trunk routes would raise £2bn a year.

MPs will vote on the scheme next month.
""",
    "rivals.txt": """Old allies, new rivals

Anselm Brisk and Tomas Hale have sat in the cabinet together for twenty years.

Mr Hale has long wanted the top job.

Probably the greatest policy divide between the two men is over rail fares.
""",
    "anger.txt": """Cabinet tensions rise

Mr Brisk said there was real anger in Mr Hale's camp over the reshuffle.
""",
    "feud.txt": """Councillors fall out

Ivo Tamm and Rufus Pell have fallen out over the market hall.

Mr Tamm accused Mr Pell of disloyalty, and Mr Pell said Mr Tamm had lied.

Anselm Brisk and Tomas Hale watched from the gallery.

The real policy divide between the two men is over parking charges.
""",
    "dockers.txt": """Dock leaders split

Union leaders Jed Marr and Colm Ode met on Friday.

The real policy divide between the two men is over night shifts.
""",
    "coup.txt": """Generals seize power in Veldoria

Veldorian President Olumide Barre, his wife Ama and two ministers are under house arrest at the Green Palace in Port Tavi, a source said.

The generals went on state television on Wednesday to deny that a coup had taken place.

Soldiers guarded the airport and the central bank.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round13b"), settings)


def test_one_named_and_called_by_a_former_post_in_the_next_sentence_ties_the_two(engine):
    # no sentence names both: the next one calls Quaile-Hesketh "the fast-talking former developer"
    first = first_excerpt(engine, "harriet vance and morton quaile-hesketh")
    assert "Mrs Vance thought the fast-talking former developer deserved a place" in first.quote
    assert "Opinion was more divided over Morton Quaile-Hesketh" in first.quote
    assert first.attribution is None  # the story's own telling


def test_two_holding_the_same_post_in_one_body_are_tied_by_it(engine):
    # each is a co-chairman of the Open Fells Trust, told in two sentences of one story
    answer = engine.ask("dorian felsham and osric pembury - what's the connection")
    assert answer.found
    quotes = [x.quote for x in answer.excerpts]
    assert "the Open Fells Trust, of which Mr Felsham is a co-chairman" in quotes[0]
    assert any("Osric Pembury, another co-chairman of the Open Fells Trust" in q for q in quotes[:2])
    assert answer.excerpts[0].attribution is None
    # ... and two in different stories, with no place they share, are not tied
    assert not engine.ask("dorian felsham and harriet vance").found


def test_what_one_did_is_sought_in_the_story_on_them_when_the_best_sentence_is_anothers(engine):
    # the union officer's warning covers most words of the question but is no deed of the
    # minister's; his story tells what he did
    first = first_excerpt(engine, "what did vantongeren do about the coastal ferry crews wages threat")
    assert first.quote == "Transport minister Cedric Vantongeren held a private meeting with union leaders on Tuesday."
    assert first.attribution is None


def test_when_a_party_did_a_deed_is_answered_by_a_sentence_telling_that_deed(engine):
    # the party, searched as a word, is still the doer: the deed asked is announcing, which
    # Ravenscroft's agreeing "last week" is not
    first = first_excerpt(engine, "when did the conservatives announce they were backing road tolls")
    assert "The Conservatives announced their support for the government plans on Tuesday evening." in first.quote
    assert first.attribution is None


def test_the_two_men_of_a_story_naming_both_are_the_pair_asked_about(engine):
    # "the two men" is Brisk and Hale in their story; the dockers' two men are others, and so are
    # the two men of the story on Tamm and Pell, which names Brisk and Hale once each
    first = first_excerpt(engine, "brisk and hale: where is the real policy divide between them")
    assert first.quote == "Probably the greatest policy divide between the two men is over rail fares."
    assert first.attribution is None


def test_what_happened_to_one_who_heads_a_list_under_house_arrest(engine):
    # the president heads the list of those held: what happened to him is that sentence
    first = first_excerpt(engine, "what's happened to barre since the generals took over in veldoria")
    assert first.quote.startswith("Veldorian President Olumide Barre, his wife Ama and two ministers are under house arrest")
    assert first.attribution.text == "a source"
