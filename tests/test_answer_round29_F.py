"""Round 29 F (event, relation). "When do navy chiefs meet to decide on the Welsh bases": the
story opens on the meeting with no day ("Navy chiefs are expected to meet to make a final
decision on the future of the Welsh navy bases") and tells it at more length in its next
paragraph, with the day, without pointing back by "it" or "they" ("A panel of the Navy Board ...
will discuss plans for closing bases on Thursday"): the lead and that sentence answer together.
And "which seat is Rook going to fight at the election" is answered by the sentence that names
the seat as the one she will run for ("she would contest Wyford Vale, in Kent, for the Greens"):
a seat is named by the verb of running for it, as by "MP for" or "stands in".

And "where did Hale make the lack of trust remarks" asks where the words were given: "He made his
comments ... on a day of appearances on Radio Nine" tells it (the broadcaster one appeared on is
where one spoke), and a place inside the quoted words ('"There is a deep lack of trust in Ada
Rook, and I make no apology for these remarks," Mr Hale said') is what he spoke of, not where.

And "what happened with the secret dossier on Tovey's visit" is not told by the opening of a story
on his speech that never names the dossier ("Fish stocks must be saved, Foreign Secretary Jan Tovey
has said during a visit to Norland"), though what happened to a person is often told by the opening:
the sentence that tells of the dossier comes first.

A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "bases.txt": """Navy chiefs in bases decision

Navy chiefs are expected to meet to make a final decision on the future of the Welsh navy bases.

A panel of the Navy Board, which is made up of the most senior naval officers, will discuss plans for closing bases on Thursday. The proposals include cutting the four Welsh bases to two. The plans have faced strong opposition from campaigners.

A campaign spokesman said the bases were the pride of the Welsh coast.
""",
    "rook.txt": """Rook targets Tory MP

Former minister Ada Rook is to stand against Conservative MP Tom Hale at the next general election.

Ms Rook, who on Monday won a libel case against a newspaper, said she would contest Wyford Vale, in Kent, for the Greens. Mr Hale said he was glad of the chance to beat her.

She added: "Here in this constituency of Wyford Vale there is a Tory puppet MP."
""",
    "trust.txt": """Hale questions trust in Rook

Green leader Tom Hale has said voters have a "deep lack of trust" in Ada Rook as prime minister.

He said a vote for his party was not a wasted vote. He made his comments at the start of a day of appearances on Radio Nine in a phone-in on The Morning Hour programme. Callers asked about taxes and schools.

Mr Hale said that in his 20 years in Parliament he had seen many leaders come and go. "There is a deep lack of trust in Ada Rook, and I make no apology for these remarks," Mr Hale said.
""",
    "tovey.txt": """Fish stocks 'must be saved'

Fish stocks must be saved before it is too late, Foreign Secretary Jan Tovey has said during a visit to Norland.

Mr Tovey told fishermen in the port of Vell that quotas would be cut by a third. He was cheered by some and heckled by others.

The Courier newspaper said on Monday it had been handed a secret dossier outlining the details of Mr Tovey's visit to Norland. It said the papers held his travel plans and police codes.
""",
    "ports.txt": """Port workers vote on pay

Dock workers in Welsh ports are to vote on a new pay offer.

The union said the offer was the best it could win.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29f"), settings)


def test_the_lead_and_its_next_paragraph_giving_the_day_say_when(engine):
    x = first_excerpt(engine, "when do navy chiefs meet to decide on the welsh bases")
    assert x.quote.startswith("Navy chiefs are expected to meet")
    assert "on Thursday" in x.quote


def test_a_seat_is_named_by_the_verb_of_running_for_it(engine):
    x = first_excerpt(engine, "which seat is rook going to fight at the election")
    assert "she would contest Wyford Vale" in x.quote


def test_words_are_given_where_one_appeared_not_at_a_place_inside_them(engine):
    x = first_excerpt(engine, "where did hale make the lack of trust remarks")
    assert x.quote.startswith("He made his comments")


def test_what_happened_with_a_thing_is_not_an_opening_that_never_names_it(engine):
    x = first_excerpt(engine, "what happened with the secret dossier on tovey's visit")
    assert x.quote.startswith("The Courier newspaper said on Monday it had been handed a secret dossier")
