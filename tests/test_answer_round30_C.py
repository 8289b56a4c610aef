"""Round 30 C (relation, event): one side of a relation asked is an actor, the other a thing no
sentence names whole ("japan and the g8 tsunami debt deal"): the story that tells the thing says
how the actor is tied to it, in its first sentence naming the actor beside a word of the thing.
A doer asked that the index took for no actor, and the pack prints as a name ("what did scottish
water do after the tsunami": "Scottish Water"), does what a sentence printing that name tells.
What a leader unveils a story may tell he revealed ("what did pryor unveil on fares": "has finally
revealed the full scale of his planned fare cuts"), one way.
A thing's fate is told where it undergoes something ("The e-University was scrapped last year"), not
where it is only named in full ("UK e-University was a terrible waste").
Where talks take place a story may tell where they are to be held ("will be held at ..."), one way.
"What legal step did X take", "what legal challenge are X bringing": the verb only carries the thing
asked, and a story tells it otherwise ("launched their second legal challenge").
"What's X's involvement with Y" asks how the two are tied, as "X's links with Y" does.
A small invented pack, so every expectation is exact; a thing no story tells is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine, facts
from bot.answer.lexicon import expand
from bot.answer.question import parse

ARTICLES = {
    "harbour.txt": """Harbours to get help after storm

Transport minister Alan Pryor has said he hopes to announce a deal to suspend repayments by storm-hit harbours later on Friday.

Fleets would save £3m a year, he said. It is thought to have been struck on Thursday night after Norway, the biggest holder of their debt, finally signed up to it. Mr Pryor first proposed the idea earlier this week.

Coastal councils are also believed to have agreed to survey the damage done to every harbour.
""",
    "floods.txt": """Minister details Scots flood toll

At least three people from Scotland died in the floods and a further two are missing, the first minister has told the assembly.

He said he was proud of the generous response of people in Scotland to the flood appeal. The first minister also praised Scottish Water for immediately sending bottled water and five large pumps to the flooded towns. The Scottish Executive has seconded 11 staff to the aid agencies.

Edinburgh student Ross Grant became the first Scot to be confirmed as a victim of the floods.
""",
    "fares.txt": """Will fare cuts lift spirits?

Transport minister Alan Pryor has finally revealed the full scale of his planned rail fare cuts.

Should the plan go ahead, he has earmarked £40m that will be used to cut fares on commuter lines.
""",
    "fares2.txt": """Pryor dismisses fare fears

The rail fare plan follows complaints from some MPs that Mr Pryor and his deputy Ann Lee have taken too long to unveil the proposals.

Rail unions said the cuts were too small.
""",
    "seabus.txt": """SeaBus 'disgraceful waste'

A failed council scheme to run a water bus across the bay has been branded a "disgraceful waste" by councillors.

The SeaBus was scrapped last year, having carried only 900 passengers at a cost of £5m. Its chief executive was paid a bonus of £44,000.

Committee chairman Paul Reid said: "Calderby SeaBus was a terrible waste of public money." He said the council should learn the lessons.
""",
    "summit.txt": """Fishing summit date set

The fishing summit between the coastal councils and the ferry firms will be held at Calderby Castle on 3 June.

Council leader Tom Hale said he hoped the summit would end the row over harbour fees.
""",
    "quota.txt": """Fishermen in court over quota ban

Calderby fishermen formally launched their second legal challenge to the cod quota ban in the High Court on Thursday.

The ban came into force in January. Anglers said they would keep fishing.
""",
    "oslo.txt": """Minister visits Oslo

Foreign minister Jane Hollis has arrived in Norway for two days of talks on trade.

She will fly home to Calderby from Norway on Wednesday.
""",
    "fish.txt": """Fish quota talks

Fishing leaders from Norway, Iceland and Calderby meet on Monday to discuss cod quotas.
""",
    "filler0.txt": """Council freezes parking fees

Calderby council has agreed a deal to freeze parking fees for a second year.

Council leader Tom Hale said the storm had cost shops dear and the debt would be repaid.
""",
    "filler1.txt": """Storm damage bill rises

The bill for storm damage to sea walls has risen to £8m, coastal councils said.

A deal with insurers on the debt is expected next month.
""",
    "filler2.txt": """Port debt talks stall

Talks on a deal to write off the debt of Calderby port have stalled.

Coastal councils blamed the storm season for the port's losses.
""",
    "filler3.txt": """Ferry firm seeks rescue deal

The Calderby ferry firm is seeking a rescue deal to cover its debt.

Its boats have been idle since the storm, coastal councils said.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30_C"), settings)


def test_actor_and_a_thing_told_by_a_story(engine, monkeypatch):
    # (in a pack of hundreds of stories the words asked are spread thin and the plain search finds
    # no sentence covering enough of them, as for "japan and the g8 tsunami debt deal"; in this small
    # pack it would: it is made to find none, so the story of the thing is what answers)
    monkeypatch.setattr(facts, "search", lambda e, p: e.nothing(p))
    a = engine.ask("norway and the storm debt deal")
    assert a.found and a.intent == "relation", a.note
    assert a.excerpts[0].quote.startswith("It is thought to have been struck on Thursday night after Norway")
    assert a.excerpts[0].attribution is None


def test_actor_and_a_thing_no_story_tells(engine, monkeypatch):
    monkeypatch.setattr(facts, "search", lambda e, p: e.nothing(p))
    assert not engine.ask("norway and the fishing quota row").found
    assert not engine.ask("norway and the harbour pension plan").found


def test_doer_printed_as_a_name(engine):
    for q in ("what did scottish water do after the floods", "what did scottish water do for the flood victims"):
        e = first_excerpt(engine, q)
        assert e.quote.startswith("The first minister also praised Scottish Water for immediately sending bottled water"), q
        assert e.attribution is None


def test_unveiled_is_revealed(engine):
    assert {"reveal", "revealed"} <= set(expand("unveil")) and "unveil" not in expand("reveal")
    e = first_excerpt(engine, "what did pryor unveil on rail fare cuts")
    assert e.quote == "Transport minister Alan Pryor has finally revealed the full scale of his planned rail fare cuts."
    assert e.attribution is None


def test_a_thing_undergoes_its_fate(engine):
    e = first_excerpt(engine, "what happened to the calderby seabus")
    assert e.quote.startswith("The SeaBus was scrapped last year")
    assert e.attribution is None


def test_taking_place_is_being_held(engine):
    assert "be held" in expand("take place") and "take place" not in expand("be held")
    e = first_excerpt(engine, "where is the fishing summit taking place")
    assert e.quote.startswith("The fishing summit between the coastal councils and the ferry firms will be held")


def test_verb_that_carries_the_thing_asked(engine):
    e = first_excerpt(engine, "what legal step did the fishermen take on thursday")
    assert e.quote.startswith("Calderby fishermen formally launched their second legal challenge")
    assert e.attribution is None


def test_involvement_with_is_a_tie(engine):
    p = parse("whats the gates foundation's involvement with gavi")
    assert (p.intent, p.who, p.other) == ("relation", "the gates foundation", "gavi")
    a = engine.ask("what's alan pryor's involvement with norway")
    assert a.found and a.intent == "relation", a.note
    assert "he said. It is thought to have been struck on Thursday night after Norway" in a.excerpts[0].quote
