"""Round 29 H (who_said): a claim put in the asker's plainer words names what a speaker said by a
word the lexicon did not link to the speaker's ("pushed" / "urged", "fake" / "artificial",
"kicked off" / "initiated", "end point" / "outcome", "packed" / "crowded", "showed" / "a sign
of"); and the clause that
tells what a speaker watched ("who monitored the Fenby Hunt") places what they say they saw, so
the claim's words found there are not lost as a mere description of who they are. A small
invented pack, so every expectation is exact; a claim the pack does not make is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.lexicon import expand

ARTICLES = {
    "drag.txt": """Anglers urge switch to drag fishing

Calderby angling clubs were criticised over their river rules on Tuesday.

Nora Vale, of the Calderby Rivers Trust, told local radio: "We've long urged them to go drag fishing - to follow an artificial lure - and that is what we hope they do."

The clubs said they would review their rules in the spring.
""",
    "senate.txt": """Former mayor attacks senate plan

A former mayor of Calderby has attacked the town senate plan.

Dame Irene Holt, who was the first woman to chair the council, said she believed Mayor Ben Harlow initiated reforms without a clear outcome in mind.

The mayor's office declined to comment.
""",
    "league.txt": """New party joins town race

A new party has been launched to fight the Calderby council elections.

Council spokesman Fraser Quill said the Civic Alliance was joining "an already crowded field on the right of town politics".

The party will field twenty candidates.
""",
    "return.txt": """Quinn returns to council campaign

Former council press chief Sam Quinn has returned to run the party's campaign.

Opposition leader Rhys Dunmore said Mr Quinn's return and the party's poster plans attacking him were a sign of "abusive politics".

The party said Mr Quinn had always been a loyal servant.
""",
    "hunt.txt": """Hunt monitors report first day

Monitors watched the Fenby Hunt on the first day of the new rules.

But Penny Rowe, who monitored the Fenby Hunt in Calder Vale, said she had witnessed "gratuitous, spiteful killing of hares".

The hunt said it had kept within the law.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29h"), settings)


def _said_by(engine: Engine, question: str, words: str, speaker: str) -> None:
    x = first_excerpt(engine, question)
    assert words in x.quote
    assert x.attribution is not None and speaker in x.attribution.text


def test_pushed_is_urged_and_fake_is_artificial(engine):
    _said_by(engine, "who said they had for years pushed anglers to switch to following a fake lure",
             "long urged them to go drag fishing", "Vale")


def test_kicked_off_is_initiated_and_an_end_point_an_outcome(engine):
    _said_by(engine, "who said harlow kicked off senate reform with no clear end point",
             "initiated reforms without a clear outcome", "Holt")


def test_packed_is_crowded(engine):
    _said_by(engine, "who said the new outfit is entering a packed space on the right",
             "an already crowded field on the right", "Quill")


def test_showed_is_a_sign_of(engine):
    _said_by(engine, "who said quinn's comeback showed the party playing nasty politics", "a sign of \"abusive politics\"", "Dunmore")


def test_what_a_witness_watched_places_what_she_saw(engine):
    _said_by(engine, "who claimed to have seen needless, vindictive hare killing at the fenby hunt",
             "gratuitous, spiteful killing of hares", "Rowe")


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who said harlow kicked off a row over the fenby hunt fees").found


def test_one_way_links():
    assert "urged" in expand("pushed") and "pushed" not in expand("urged")
    assert "artificial" in expand("fake") and "fake" not in expand("artificial")
    assert "initiated" in expand("kicked off") and "kicked off" not in expand("initiated")
    assert "outcome" in expand("end point") and "end point" not in expand("outcome")
    assert "crowded" in expand("packed") and "packed" not in expand("crowded")
    assert "sign of" in expand("showed") and "showed" not in expand("sign of")
