"""Round 20 C (said, who): whose thing a sentence names, a peer asked by a given name the pack
never prints, and a description that names its body by its kind alone. A small invented pack,
so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "holt.txt": """Holt rebuts asylum criticism

Tory leader Michael Holt has gone on the offensive over asylum quotas in a new television documentary.

TV presenter Jane Bright said the documentary showed a warmer side of the Tory leader.

Ms Bright, a friend of the Tory leader, also revealed that as a student Mr Holt was "much loved by everyone he met".

Documentary maker Tom Ashe was given behind-the-scenes access to Mr Holt for his film portrait.

Ms Bright told the programme that she despaired at his hardline image when he was home secretary in Peter Dunmore's government.

"I used to sit on my hands when he came on television," she said.
""",
    "tarrant.txt": """Tributes paid to former prime minister

Former prime minister Jim Colley has died at the age of 92, his family said.

Chancellor Gordon Brown said the former prime minister would be mourned throughout the world.

Former cabinet colleague Lord Tarrant said his first reaction on hearing the news was "immense sadness".

"He was a decent kindly man who helped a whole generation of politicians," he said.
""",
    "penrose.txt": """Lib Dems name new election press chief

The Liberal Democrats have appointed a former newspaper editor as their election press chief.

Party chief executive Lord Penrose said the appointment was a significant strengthening of the team.

Others targeted in the campaign include three shadow ministers, Lib Dem's elections chief Lord Penrose said.
""",
    "feud.txt": """Ministers tire of the rift

The chancellor and the prime minister met in Downing Street on Monday.

Events like this make it impossible to dismiss the Brown/Blair feud as just journalistic hearsay.

Aides to the chancellor said the two men were working closely together.
""",
    "lemming.txt": """Brown hits back in Blair rift row

Gordon Brown has dismissed claims that he is at war with Tony Blair.

Tory shadow chancellor Oliver Lemming said: "The battle royal that the top civil servants are now reporting on between the chancellor and Tony Blair is preventing good government."

Mr Lemming also said the Tories would cut the number of MPs by a fifth.
""",
    "crane.txt": """EU referendum to cost £80m

The referendum on the new EU constitution will cost taxpayers about £80m, ministers have revealed.

The figure covers the poll itself and a public information campaign.

Labour MP John Crane, whose question revealed the price estimate, said the cost surprised him but was not a central factor.

Conservative MP Ann Lowe said the money would be better spent on schools.

Mr Crane said it would have been better to have rejected the constitution so avoiding the need for an EU referendum.
""",
    "police.txt": """Police chief backs later drinking hours

Norfolk police chief Andy Hayward said later drinking hours could cut disorder in town centres.

His comments come after the Liberal Democrats backed calls for the plans to be put on hold.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20c"), settings)


def test_another_persons_thing_in_a_sentence_does_not_take_the_thing_the_topic_gives_its_holder(engine):
    # "in Peter Dunmore's government" is Dunmore's government; "his hardline image" is still Holt's
    first = first_excerpt(engine, "what did jane bright say about holt's image back when he was home secretary")
    assert first.quote.startswith("Ms Bright told the programme that she despaired at his hardline image")
    assert "Jane Bright" in first.attribution.text


def test_a_peer_known_by_title_and_surname_is_asked_by_a_given_name(engine):
    # the pack prints only "Lord Tarrant": "roy tarrant" is him, the one Tarrant it knows
    answer = engine.ask("what did roy tarrant say when he heard jim colley had died")
    assert answer.found, answer.note
    assert any("immense sadness" in x.quote or "decent kindly man" in x.quote for x in answer.excerpts[:2])
    assert "Tarrant" in answer.excerpts[0].attribution.text


def test_a_description_naming_its_body_by_kind_alone_is_no_other_bodys_post(engine):
    # "Party chief executive" is the Lib Dems' own post, not a post at some body called "Party"
    first = first_excerpt(engine, "who is the lib dems' elections chief")
    assert "Lord Penrose" in first.quote
    assert "Hayward" not in first.quote


def test_two_peoples_names_joined_by_a_slash_are_the_two_people(engine):
    # "the Brown/Blair feud": Brown and Blair, not a body called "Brown/Blair" the answer must print
    first = first_excerpt(engine, "what did oliver lemming say about the brown blair feud and the civil service")
    assert "battle royal that the top civil servants" in first.quote
    assert "Oliver Lemming" in first.attribution.text


def test_what_a_topic_asks_of_its_setting_ranks_the_speakers_sentences(engine):
    # "the cost of the eu referendum", in the story of the referendum's cost: the sentence on the
    # cost comes before the one that names only the referendum
    first = first_excerpt(engine, "what did labour mp john crane make of the cost of the eu referendum")
    assert "the cost surprised him" in first.quote
    assert "John Crane" in first.attribution.text
