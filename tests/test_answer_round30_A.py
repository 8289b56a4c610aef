"""Round 30 A (who_said): an asker's plainer word for a speaker's: a "showdown" is a
"confrontation", to have "no clue" is to have "no idea", a "wise" step is a "sensible" or
"prudent" one, firms "hammered" by a change are "crippled" by it, and to "find out" where
something came from is to "establish" (or "learn", "discover") it; and "Mrs Lyle" is not "Mr
Lyle", whom the stemmer folds her title into. A small invented pack, so
every expectation is exact; a claim the pack does not make is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.lexicon import expand

ARTICLES = {
    "strike.txt": """Council workers threaten strike

Council workers in Calderby could strike next month over pension changes.

However, all sides are keen to avoid a confrontation before the spring budget, said union organiser Paul Meade.

Talks resume on Monday.
""",
    "schools.txt": """Row over school league tables

The education committee wants to scrap school league tables.

"The chairman wants to abolish the league tables but has absolutely no idea what to put in their place," said opposition councillor Anne Hobbs.

The committee will report in June.
""",
    "bridge.txt": """Bridge plan welcomed

Plans for a new footbridge over the Calder have been welcomed across the town.

Harbour master Frank Doyle said the decision to build the footbridge was a "sensible" step for the town.

Work is due to start in the autumn.
""",
    "rates.txt": """Traders attack rates rise

The council has approved a rise in business rates for shops in Calderby.

But Jean Marsh, head of the Calderby Traders' Guild, warned that many corner shops could be "crippled" by the rise.

The new rates start in April.
""",
    "fish.txt": """Dead fish found in canal

Hundreds of dead fish have been found in the Calderby canal.

"We are working with the water board to establish where it came from," said inspector Ruth Gale of the river police.

The canal has been closed to boats.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30a"), settings)


def _said_by(engine: Engine, question: str, words: str, speaker: str) -> None:
    x = first_excerpt(engine, question)
    assert words in x.quote
    assert x.attribution is not None and speaker in x.attribution.text


def test_a_showdown_is_a_confrontation(engine):
    _said_by(engine, "who said everyone wants to avoid a showdown before the budget",
             "avoid a confrontation", "Meade")


def test_no_clue_is_no_idea(engine):
    _said_by(engine, "who said the chairman has no clue what should replace the league tables",
             "absolutely no idea what to put in their place", "Hobbs")


def test_wise_is_sensible(engine):
    _said_by(engine, "who said building the footbridge was a wise move", "\"sensible\" step", "Doyle")


def test_hammered_is_crippled(engine):
    _said_by(engine, "who warned traders could be hammered by higher rates", "\"crippled\" by the rise", "Marsh")


def test_finding_out_is_establishing(engine):
    _said_by(engine, "who said police are trying to find out where the canal pollution came from",
             "establish where it came from", "Gale")


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who said the footbridge was a wise use of the harbour fund").found


def test_word_links():
    assert "confrontation" in expand("showdown") and "showdown" in expand("confrontation")
    assert "no idea" in expand("no clue") and "sensible" in expand("wise") and "wise" in expand("prudent")
    assert "crippled" in expand("hammered") and "hammered" not in expand("crippled")
    assert "establish" in expand("find out") and "learn" in expand("find out") and "find out" not in expand("establish")


# "Mrs Lyle" is not "Mr Lyle": the stemmer folds "mrs" into "mr", so a question naming the
# wife found every sentence on the husband (answers.search._MRS)
MRS_ARTICLES = {
    "wife.txt": """Leader's wife joins campaign

Calder Party leader Peter Lyle's wife, Anne, is to play a leading role in the party's election campaign.

On Mrs Lyle's role, party chairman Tom Hood said: "Anne has already been campaigning with Peter on a number of visits. It has worked very well up until now."

She will also visit schools.
""",
    "paper.txt": """Editor warns paper over feud

The editor of the Calder Post has warned reporters over their coverage of the party.

"The paper would be well advised to leave the feud alone," said editor Jim Cole.

Mr Lyle has denied any personal campaigning against the paper.
""",
}


@pytest.fixture(scope="module")
def mrs_engine(tmp_path_factory, settings) -> Engine:
    return engine_over(MRS_ARTICLES, tmp_path_factory.mktemp("round30a_mrs"), settings)


def test_mrs_is_not_mr(mrs_engine):
    _said_by(mrs_engine, "who said mrs lyles campaigning on her own has gone well so far",
             "worked very well up until now", "Hood")


def test_mrs_printed_forms():
    from bot.answer.search import _false_friend
    pat = _false_friend("mrs howards")
    assert pat is not None and pat.search("On Mrs Howard's role") and not pat.search("attacking Mr Howard")
    assert _false_friend("mr howard") is None
