"""Round 29 B (other, said): the thing a count question asks of, a closed compound the pack
prints only hyphenated ("how many firebombings", "fire-bombing"), is counted as printed; "the 140 or so" is a count; a sentence whose subject is the
bare kind of a body ("The group was linked ...") speaks of the body named before it; a people
counted by one name of their country ("how many brits") are counted by another ("12 Britons");
and a body asked by initials the pack prints as a word ("Arpo") is the body its stories name
in full; "where did the foreign ministers meet" is told by the sentence of the meeting before
one that names places beside the rest of the question. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "arson.txt": """Police reopen cottage arson inquiry

Police in Calderby have reopened an inquiry into arson attacks on holiday cottages.

Meibion Brenin began burning cottages in December 1979 in protest at second homes being sold to outsiders. The group was linked to most of the 140 or so fire-bombing incidents across the county. Nobody was ever convicted of the attacks.
""",
    "floods.txt": """Floods hit coastal resorts

Floods have struck holiday resorts along the coast of Portugal.

The Foreign Office says 12 Britons are now confirmed to have died in the floods, with 30 others missing.

Portugal was by far the worst affected country, with 300 of the 420 confirmed deaths so far.

Travel firms said Brits booked on package holidays to the coast would be flown home.
""",
    "rural.txt": """Police guidance on new hunting law

The hunting ban comes into force on Friday.

The Association of Rural Police Officers has issued guidance to forces on how to police hunts under the ban.

A spokesman said: "It is not going to be officers chasing about in cars across fields, it will be based on intelligence."

He said police would consider evidence from campaigners on its merits.
""",
    "ferry.txt": """Ministers hail new ferry link

Norway and Sweden have agreed to open new transport links.

A second ferry linking the Norwegian port of Bergen with Gothenburg in Sweden was also announced by the Swedish foreign ministry.

The ferry service was one of several announcements made after a meeting of foreign ministers of both countries in Oslo on Monday.
""",
    "crime.txt": """Rural crime rises again

Thefts from farms rose for a third year running.

Arpo said the rise in farm thefts was worrying and called for more rural patrols.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29b"), settings)


def test_a_closed_compound_is_split_where_the_pack_hyphenates_it():
    from bot.answer.search import closed_splits
    assert "fire bombings" in closed_splits("firebombings")
    assert all(" the " not in f" {s} " for s in closed_splits("therapist"))


def test_a_count_of_a_closed_compound_said_roughly_by_the_body_named_before(engine):
    x = first_excerpt(engine, "how many firebombings was meibion brenin linked to")
    assert "140 or so fire-bombing incidents" in x.quote


def test_a_people_counted_by_another_name_of_their_country(engine):
    x = first_excerpt(engine, "how many brits confirmed dead in the floods")
    assert "12 Britons are now confirmed" in x.quote


def test_a_body_asked_by_initials_printed_as_a_word(engine):
    x = first_excerpt(engine, "what did arpo say about how police will handle hunts under the ban")
    assert "chasing about in cars" in x.quote or "consider evidence" in x.quote


def test_where_a_deed_was_done_is_told_by_the_sentence_of_the_deed(engine):
    x = first_excerpt(engine, "where did the norwegian and swedish foreign ministers meet")
    assert "meeting of foreign ministers of both countries in Oslo" in x.quote
