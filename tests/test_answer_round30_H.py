"""Round 30 H (who_said): a claim put in the asker's plainer words names what a speaker said by a
word or phrase the lexicon did not link to the speaker's ("harder to call" / "unpredictable",
"recent memory" / "recent experience", "ageism" / "age discrimination", "helpless" /
"vulnerable", "divisions" / "rifts", "tilted" / "biased", "bound to" / "certain to"); and
"which of the <group> said ...", the speaker one of a group the story tells of, is a who-said
question however many words name the group. A small invented pack, so every expectation is
exact; a claim the pack does not make is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse
from bot.answer.search import derived

ARTICLES = {
    "poll.txt": """Vale predicts open contest

Calder Party leader Owen Vale has set out his hopes for the coming council poll.

Speaking on local radio on Sunday, Mr Vale said the council election would be far more unpredictable than any others in "recent experience".

His party holds nine seats.
""",
    "pensions.txt": """Minister attacks pension myths

Pensions minister Ruth Calloway has spoken to a charity conference in Calderby.

She said: "Stereotypes of older people as dependent, incapable and vulnerable are a pernicious form of age discrimination."

The charity welcomed her speech.
""",
    "apology.txt": """Families welcome mayor's apology

The mayor has apologised to the families of the wrongly jailed Calderby Three.

Campaigner Liam Doherty said the families were moved. "The mayor has healed rifts in this town," he said.

The council will pay compensation.
""",
    "homes.txt": """Row over householder law

The opposition wants the law on defending your home changed.

But council leader Fiona Marsh said opposition leader Paul Grey was wrong to say the law was biased in favour of intruders.

Mr Grey said he stood by his words.
""",
    "arcade.txt": """Arcade owners fear new licences

Calderby's arcade owners have warned over the way new gaming licences will be given out.

A spokesman for the Calderby Arcades Guild said local firms were at a disadvantage and outside companies would be certain to win the licences.

The council said the process was fair.
""",
    "march.txt": """Bridge protesters charged

Six protesters who blocked the Calder toll bridge during a council vote have been charged with obstruction.

The group, who called themselves the Toll Six, were released on bail.

Tom Ashby, a student and organiser of the Calder Road Campaign, said: "I have no regrets."

Police said the bridge was shut for an hour.
""",
    "advice.txt": """Row over legal advice

The council's legal advice on the bridge toll has been questioned.

Former council leader Jim Hale said the solicitor's advice should be an independent opinion, not subject to "political negotiation of this kind".

The council said the advice was sound.
""",
    "archive.txt": """Records office goes online

Calderby's records office has put its catalogue online.

Keeper of records Ann Carr said: "The archive profession may look staid but is in an enormous period of change."

Visitors may still phone ahead.
""",
    "report.txt": """Adviser calls for nuclear overhaul

A new report calls for tighter controls on nuclear material.

His report demands a major overhaul of world rules on nuclear technology.

Professor Hal Kent was a senior adviser to the government.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30h"), settings)


def _said_by(engine: Engine, question: str, words: str, speaker: str) -> None:
    x = first_excerpt(engine, question)
    assert words in x.quote
    assert x.attribution is not None and speaker in x.attribution.text


def test_harder_to_call_is_unpredictable_and_recent_memory_recent_experience(engine):
    _said_by(engine, "who said this council election will be harder to call than any in recent memory",
             "far more unpredictable than any others", "Vale")


def test_ageism_is_age_discrimination_and_helpless_vulnerable(engine):
    _said_by(engine, "who said treating older people as helpless is ageism",
             "pernicious form of age discrimination", "Calloway")


def test_divisions_are_rifts(engine):
    _said_by(engine, "who said old divisions had been healed", "healed rifts in this town", "Doherty")


def test_tilted_is_biased(engine):
    _said_by(engine, "who said the law isnt tilted towards intruders",
             "wrong to say the law was biased in favour of intruders", "Marsh")


def test_bound_to_is_certain_to(engine):
    _said_by(engine, "who said outside firms were bound to grab the licences",
             "outside companies would be certain to win the licences", "Arcades Guild")


def test_bargaining_is_negotiation(engine):
    _said_by(engine, "who said the legal advice shouldnt be the product of political bargaining",
             "not subject to \"political negotiation of this kind\"", "Hale")


def test_a_profession_is_no_professor(engine):
    # "profession" shares its first letters with "professor", not its meaning: the report's
    # overhaul of nuclear technology, beside a sentence naming a professor, is not the claim
    assert derived("profession") == ["professi*"] and derived("professor") == ["professo*"]
    _said_by(engine, "who said technology is shaking up the archives profession", "archive profession", "Carr")


def test_which_of_a_group_said_is_who_said(engine):
    p = parse("which of the calder toll bridge protesters said he had no regrets")
    assert p.intent == "who_said"
    _said_by(engine, "which of the calder toll bridge protesters said he had no regrets", "I have no regrets", "Ashby")


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who said the football season was harder to call than any in recent memory").found
    assert not engine.ask("who said the toll bridge was bound to close within a year").found
    assert not engine.ask("which of the calder toll bridge protesters said the police were biased").found
