"""Round 23 C (events): "where" is told by the sentence after the one that tells the event ("...
to unveil the party's new billboard campaign. The event - at ... - was ..."), before a place in
a sentence covering the question less; a place visited is named right after the verb ("will
visit Carlisle"); "what will X call itself" asks its new name ("will change its name"), and
"so-called" names nothing; a dinner may be told as a meal, and bigotry as sectarianism; "ahead of
the meeting" does not tell when the meeting asked about is. A small invented pack, so every
expectation is exact; what the pack does not tell is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "billboard.txt": """Whigs' show of unity

Harmony has been in short supply among the Whigs in recent days.

Press reports said Ada Finch and Owen Pike had fallen out over the manifesto. But the pair were all smiles on Tuesday morning, as they joined Walter Crane to unveil the party's new billboard campaign. The event - at Marrow Street Corn Exchange on the banks of the Lune - was a carefully staged show of unity.

Mr Crane said the billboards would let people know the country was working.
""",
    "soldiers.txt": """Veterans' group to stand in election

A group of army veterans is to field candidates at the general election.

The campaigners unveiled a huge new billboard showing soldiers on patrol in Basra before they announced their election plans.

They said they would stand in ten seats, and play a charity football match against a football club from each.
""",
    "tour.txt": """Hollis begins pre-election tour

Radical leader Tom Hollis has begun a week-long tour to win over voters.

On Tuesday Mr Hollis will visit Carlisle, where the party won a by-election last year.

Mr Hollis said the public felt let down on issues from Iraq to pensions.
""",
    "profile.txt": """Profile: Owen Pike

Owen Pike has been the Whigs' treasurer for ten years.

After the death of leader Amos Hart in 1994 he stood aside, agreeing to give Ada Finch a clear run at the leadership during a now famous meal at the Corvino restaurant in Leeds.

He has never hidden his wish to lead the party.
""",
    "football.txt": """Minister warns football bigots

The justice minister has warned bigoted football fans that they will be banned from matches.

Nora Quayle said banning orders were one of a series of measures in the campaign against sectarianism.

They plan to hold an anti-sectarian summit next month with club officials, church leaders and police chiefs.

Separately, the minister plans to meet football club officials next month over ticket prices.
""",
    "board.txt": """Officers to decide on regiments

Senior officers are expected to meet to decide the future of the county regiments.

Speaking ahead of the expected regimental board meeting, a campaign spokesman said: "The board has spent months trying to fool the public."

The campaign has vowed to fight on.
""",
    "quillon.txt": """Quillon's sale to Northway leaves shareholders with little say

Quillon is selling its web business to Northway for $4 billion.

In the second step, at the closing, Quillon will sell the stock in the single subsidiary to Northway.

If Quillon shareholders vote down the deal, there is a so-called no-vote fee of $15 million payable to Northway.

At that point, Quillon will change its name to something without Quillon in it.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round23c"), settings)


def test_where_is_told_by_the_sentence_after_the_event(engine):
    x = first_excerpt(engine, "where did the party launch the new billboard campaign")
    assert "Marrow Street Corn Exchange" in x.quote


def test_a_place_visited_is_named_after_the_verb(engine):
    x = first_excerpt(engine, "where is hollis going on his pre election tour")
    assert "will visit Carlisle" in x.quote


def test_a_dinner_is_told_as_a_meal(engine):
    x = first_excerpt(engine, "what happened at the corvino dinner")
    assert "meal at the Corvino restaurant" in x.quote


def test_bigotry_is_told_as_sectarianism(engine):
    x = first_excerpt(engine, "what meeting is planned next month on football bigotry")
    assert "anti-sectarian summit next month" in x.quote


def test_what_it_will_call_itself_is_its_new_name(engine):
    x = first_excerpt(engine, "what will quillon call itself after selling to northway")
    assert "change its name" in x.quote


def test_an_occasion_that_is_the_event_asked_does_not_date_it(engine):
    assert not engine.ask("when is the regimental board meeting").found


def test_what_the_pack_does_not_tell_is_declined(engine):
    assert not engine.ask("where did the whigs hold their spring conference").found
