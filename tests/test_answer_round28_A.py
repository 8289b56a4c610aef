"""Round 28 A (who_said): a claim put in the asker's plainer words names what a speaker said by a
word the lexicon did not link to the speaker's ("remarks" / "comments", "sitting" / "incumbent",
"happens" / "takes place", "a lot" / "immensely", "too relaxed" / "complacent", "one sided" /
"partial", "lowest earners" / "lowest-paid workers", "steamrollered doubts" / "overruling
concerns"); a speaker's quote that opens on "he" speaks
of the one its story's headline names (a tribute under "Former mayor dies"); and a sentence that
goes on a speaker's quotation with no quotation marks of its own is shown from where the
quotation opens. A small invented pack, so every expectation is exact; a claim the pack does not
make is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.lexicon import expand

ARTICLES = {
    "report.txt": """Harbour report attacked

A report on the Calderby harbour fire by former inspector Dale Morrow has been attacked.

Councillor Ruth Ames told local radio: "Dale Morrow's comments are partial, inaccurate and cannot be taken as anything other than politically biased against the council."

The council said it would study the report.
""",
    "debate.txt": """Hustings plan for mayoral race

A civic group has called for a public hustings before the mayoral election.

Group chairman Owen Trask said it was a "democratically dubious proposition" that it was up to the incumbent mayor to decide whether such an event takes place here.

The mayor's office declined to comment.
""",
    "credit.txt": """Warning over credit card debt

Borrowing on credit cards in Calderby has risen for a fifth year.

Economist Nina Patel said the new lending rules would curb the worst abuses, but councillors had been "a bit complacent" about the wider issue of debt levels.
""",
    "gledhill.txt": """Former mayor Arthur Gledhill dies aged 90

Arthur Gledhill, who led Calderby council for twenty years, has died aged 90.

Council leader Sam Reed said flags would fly at half mast on Friday.

Former councillor Joan Pryce said she had been at the town hall when the news came.

"It was a great shock," she said.

"He was a decent man who helped me and my generation of councillors immensely."
""",
    "doorstep.txt": """Activists take stock at spring rally

Party activists gathered in Calderby for the spring rally on Saturday.

The problem, according to councillor Tom Pike, is not the party's policies but its leader, Ben Harlow.

"I have a new slogan. Vote Harlow, Get Quinn. That's what I am telling people on the doorstep. Don't worry, he will be gone soon."

Other activists said the rally had lifted their spirits.
""",
    "wages.txt": """Wage floor to rise in April

The town's wage floor will rise in April, the council said.

Unemployment is at its lowest level for a decade and prices are at their lowest for years.

The lowest bids for the bridge contract were rejected last week.

Speaking on local radio, council leader Sam Reed hinted that the lowest-paid workers deserve a tax cut.

Treasurer Kim Dale said top earners deserve no tax cut this year.

Shopkeepers said they welcomed the news.
""",
    "bridge.txt": """Council leader denies split over bridge

Council leader Sam Reed has denied his cabinet was split over the toll bridge plan.

Councillor Leo Marr said: "This has all the signs of Sam Reed overruling colleagues' concerns over the toll bridge."

Party sources say senior cabinet members had serious doubts over the toll bridge.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round28a"), settings)


def _said_by(engine: Engine, question: str, words: str, speaker: str) -> None:
    x = first_excerpt(engine, question)
    assert words in x.quote
    assert x.attribution is not None and speaker in x.attribution.text


def test_remarks_are_comments_and_one_sided_is_partial(engine):
    _said_by(engine, "who called morrow's remarks one sided, wrong and politically motivated",
             "comments are partial, inaccurate", "Ames")


def test_the_sitting_mayor_is_the_incumbent_and_happening_is_taking_place(engine):
    _said_by(engine, "who said its undemocratic for the sitting mayor to get to decide if a hustings happens",
             "up to the incumbent mayor to decide", "Trask")


def test_too_relaxed_is_complacent(engine):
    _said_by(engine, "who accused councillors of being too relaxed about overall debt", "a bit complacent", "Patel")


def test_a_quote_on_he_speaks_of_the_one_the_headline_names(engine):
    _said_by(engine, "who said gledhill helped her generation of councillors immensely", "helped me and my generation", "Pryce")


def test_a_sentence_inside_a_quotation_is_shown_from_where_it_opens(engine):
    x = first_excerpt(engine, "who is telling voters on the doorstep that a harlow vote gets you quinn")
    assert x.quote.startswith('"I have a new slogan. Vote Harlow, Get Quinn.')
    assert x.attribution is not None and "Pike" in x.attribution.text


def test_the_lowest_earners_are_the_lowest_paid_workers(engine):
    _said_by(engine, "who said the lowest earners deserve a tax cut", "the lowest-paid workers deserve a tax cut", "Reed")


def test_steamrollering_doubts_is_overruling_concerns(engine):
    _said_by(engine, "who claimed reed steamrollered cabinet doubts over the toll bridge", "overruling colleagues' concerns", "Marr")


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who said gledhill helped the harbour recover after the fire a lot").found


def test_one_way_links():
    assert "comments" in expand("remarks") and "remarks" not in expand("comments")
    assert "incumbent" in expand("sitting") and "sitting" not in expand("incumbent")
    assert "complacent" in expand("relaxed") and "relaxed" not in expand("complacent")
    assert "paid workers" in expand("earners") and "earners" not in expand("paid workers")
    assert "overruling" in expand("steamrollered") and "concerns" in expand("doubts") and "doubts" not in expand("concerns")
    assert "immensely" in expand("lot") and "lot" not in expand("immensely")
