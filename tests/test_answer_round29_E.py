"""Round 29 E (who_said): an "-er" word of a verb names who does it ("slasher", "skipper",
"attacker"); it shares the verb's stem but not the verb's paraphrases, which are of the act and
often of another sense (a slasher film is no cut, a skipper no truant). Only an adjective's "-er"
is its comparative and takes the adjective's synonyms ("tougher" is "harsher"). A small invented
pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over
from bot.answer import Engine
from bot.answer.lexicon import expand

ARTICLES = {
    "school.txt": """Town schools promise crackdown

Calderby schools have promised a crackdown on pupils missing lessons.

Head teacher Ann Bright said truancy in the town had to be punished and parents held to account.

The council will publish new figures in the spring.
""",
    "budget.txt": """Council budget agreed

Calderby council has agreed its budget for next year.

Finance chief Owen Marsh said the council would cut spending on parks and reduce the number of street lights.

Opposition councillors voted against the plan.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29e"), settings)


def test_an_agent_noun_is_not_its_verbs_paraphrase(engine):
    # "skipper" is no truant: the head teacher's words on truancy say nothing of a skipper
    assert not engine.ask("who said the team skipper had to be punished").found


def test_a_slasher_is_no_cut(engine):
    # ... nor a slasher film a cut in spending on the parks
    assert not engine.ask("who said the council would show a slasher film in the parks").found


def test_agent_nouns_keep_their_stem_and_comparatives_their_synonyms():
    assert "slash" in expand("slasher") and "cut" not in expand("slasher")
    assert "skip" in expand("skipper") and "truancy" not in expand("skipper")
    assert "harsh" in expand("tougher") and "large" in expand("bigger") and "inexpensive" in expand("cheaper")
