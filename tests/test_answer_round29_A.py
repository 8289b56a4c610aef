"""Round 29 A (who_said): "who wondered if ..." asks who said it, as "who asked whether ..." does;
a country asked by its people's word ("Dutch workers") is the country a story names
("workers from the Netherlands"); "cosmetic surgery" is "plastic surgery", "a step backwards" is "a regressive step", "pry" is
"intrude", "going too far" is
"over-reacting", "looking divided" is "the appearance of division"; "the 70s" is "the 1970s";
and a speaker's quotation that closes on a short sentence the candidate cut leaves out is read
with it. A small invented pack, so every expectation is exact; a claim the pack does not make is
still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.lexicon import expand

ARTICLES = {
    "ferry.txt": """Minister recalls ferry closure

Former transport minister Alan Pryor has spoken about the day the Calderby ferry company collapsed.

"You wake up and you get a phone call - the ferry firm has gone bust. You have just got to think for a minute: is it too early to open the champagne?"

The ferry company had been losing money for years.
""",
    "workers.txt": """Row over seasonal labour

A row has broken out over seasonal labour on Calderby farms.

Rural Voice leader Tom Hale said the only people to benefit from workers from places like the Netherlands were growers, agents and hauliers.

Growers said they could not find local staff.
""",
    "rumour.txt": """Mayor back at work after break

The mayor of Calderby returned to work on Monday after a two-week break.

Asked why he had been away so long, Mayor Colin Barr said there was also a rumour he had been away for plastic surgery.

He said he had simply been resting.
""",
    "suspend.txt": """Councillor suspended over remarks

The Civic Party has suspended councillor Ian Webb over remarks about travellers.

Former party treasurer Ruth Kemp said: "I feel the Civic Party have over-reacted and lost all sense of proportion."

The party said the suspension would be reviewed in a month.
""",
    "cards.txt": """Peer attacks parking permit plan

Former minister Hugh Lomax said he opposed the plans for parking permits, branding them a "regressive" step which would intrude into the lives of ordinary drivers without any counterbalancing benefits.

The council will vote on the plan in May.
""",
    "unity.txt": """Council told to end feud

Senior councillors have been told to end their public feud.

Councillor Nora Flint told the meeting: "We know that the one thing that could entirely sink what we are trying to build in this town is the appearance of division. We remember the 1970s."

Other councillors agreed with her.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29a"), settings)


def _said_by(engine: Engine, question: str, words: str, speaker: str) -> None:
    x = first_excerpt(engine, question)
    assert words in x.quote
    assert x.attribution is not None and speaker in x.attribution.text


def test_who_wondered_asks_who_said(engine):
    _said_by(engine, "who wondered if it was too early for champagne on hearing the ferry firm had gone bust",
             "is it too early to open the champagne", "Pryor")


def test_a_people_word_names_its_country(engine):
    _said_by(engine, "who claimed only bosses and agents gain from dutch workers",
             "the only people to benefit from workers from places like the Netherlands", "Hale")


def test_cosmetic_surgery_is_plastic_surgery(engine):
    _said_by(engine, "who said there was a story he had had cosmetic surgery", "away for plastic surgery", "Barr")


def test_going_too_far_is_over_reacting(engine):
    _said_by(engine, "who accused the civic party of going too far over the suspension", "over-reacted", "Kemp")


def test_a_step_backwards_is_a_regressive_step_and_prying_is_intruding(engine):
    _said_by(engine, "who said parking permits were a step backwards that would pry into everyday life",
             "a \"regressive\" step which would intrude", "Lomax")


def test_a_quotation_is_read_with_its_short_closing_sentence(engine):
    # the closing "We remember the 1970s." left out of the candidates (limit=1) is read with the
    # sentence before it, which then says the claim
    concepts = engine.concepts("the appearance of division could sink what they build, remembering the 70s")
    found = engine.best(concepts, limit=1, pairs=True)
    assert found and "the appearance of division" in found[0][0]["text"]
    assert engine.last_pairs().get(found[0][0]["sid"]) == found[0][0]["sid"] + 1


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who wondered if the harbour would ever reopen").found


def test_word_links():
    assert "plastic surgery" in expand("cosmetic surgery") and "cosmetic surgery" in expand("plastic surgery")
    assert "over reacted" in expand("going too far")
    assert "division" in expand("divided")
    assert "regressive step" in expand("step backwards") and "intrude" in expand("pry")
    assert "abroad" in expand("offshore") and "offshore" not in expand("abroad")
    assert "1980s" in expand("80s") and "1970s" in expand("'70s")
