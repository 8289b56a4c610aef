"""Round 20 E (unanswerable): what lets an answer through for a question the pack does not answer.
- "how many" is answered only by a passage that counts something: not one whose only figures are a
  sum, a year, a span or an anniversary, nor "many people" (a place in a row counts: "the third
  councillor to defect"); and "what was X's majority" is a count asked by its name.
- "when did X visit Ghana": a country the pack never names is told of by no story; a place the
  question names must be named by the story of a "when" answer, as of a search.
- "who is the green candidate replacing Danny Rourke in Ashdale": the people and places named after
  the post say which holder; a holder from a story that names none of them is another one.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "rally.txt": """Chancellor rallies party faithful

Speaking at the party's spring conference in Hexford, Mr Dalton claimed the health service was not safe in opposition hands. He said opposition plans to cut £28bn of spending would "cut deep into public services".

Chancellor Peter Dalton said the economy had grown for ten years in a row.
""",
    "march.txt": """Rail campaigners plan march

Campaigners will mark the 30th anniversary of the Vale Line closure with a walk at Brackmoor.

Campaign leader Ruth Anley said: "We are hoping that many people will join us in a march to mark the 30th anniversary of the closure of the Vale Line."
""",
    "strike.txt": """Thousands join teachers' march

More than 3,000 teachers marched through Dunmore on Saturday in protest at the pay offer.

Union leader Carl Moss said the turnout showed the strength of feeling.
""",
    "defect.txt": """Councillor quits Greens for Liberals

Councillor Anne Vickers has left the Green Party to join the Liberals.

She is the third Green councillor to defect to the Liberals since 2001.
""",
    "profile.txt": """Profile: Lord Hallam

Tom Hallam was born in Norbridge in 1920.

He joined the army in 1940 and rose to the rank of major. Elected for a Norbridge seat at the 1950 general election, he represented Norbridge seats for more than 30 years.
""",
    "result.txt": """Pryce holds Eastwick seat

In 2001, Alan Pryce won the Eastwick seat with 18,210 votes, compared to 12,002 for his nearest rival, giving him a majority of 6,208.
""",
    "tour.txt": """Dalton tours Africa

Mr Dalton, on a week-long tour of Africa, spent two days in Tanzania before heading on Friday to Mozambique.

Chancellor Peter Dalton's trip is designed to highlight the problems of Africa.
""",
    "poster.txt": """Poster row in Millbury

Prospective Green candidate Helen Frost, whose Millbury constituency has many young voters, branded the poster "tasteless".

Ms Frost said she had been "shocked" by the image.
""",
    "quits.txt": """Candidate quits over remark

Danny Rourke, who also works in the Green research unit, had been due to take on the mayor in Ashdale.

Mr Rourke had said the party planned deep cuts.
""",
}

@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20e"), settings)


def test_how_many_needs_a_count(engine):
    # "£28bn" is a sum, not the number of people at the conference
    assert not engine.ask("how many people attended the party's spring conference in hexford").found
    # "many people" and "the 30th anniversary" count no one
    assert not engine.ask("how many people turned up for the vale line anniversary walk at brackmoor").found
    # ... while a real count answers
    first = first_excerpt(engine, "how many teachers marched through dunmore")
    assert "More than 3,000 teachers marched" in first.quote
    assert first.attribution is None  # the story's own voice
    # ... and so does a place in a row: the third to defect counts those who did
    first = first_excerpt(engine, "how many green councillors have defected to the liberals since 2001")
    assert "the third Green councillor to defect" in first.quote
    assert first.attribution is None


def test_a_majority_asked_by_its_owner_is_a_count(engine):
    # "for more than 30 years" and "in 1940" give no majority
    assert not engine.ask("what was tom hallam's majority when he won his norbridge seat in 1950").found
    first = first_excerpt(engine, "what was alan pryce's majority in eastwick in 2001")
    assert "giving him a majority of 6,208" in first.quote
    assert first.attribution is None


def test_when_needs_the_place_asked(engine):
    # the pack never names Ghana: no story tells when he went there
    assert not engine.ask("when did peter dalton visit ghana on his africa tour").found
    # ... while Tanzania, which the story names, answers
    first = first_excerpt(engine, "when did peter dalton visit tanzania")
    assert "spent two days in Tanzania" in first.quote
    assert first.attribution is None


def test_a_post_holder_from_a_story_naming_whom_or_where_asked(engine):
    # Helen Frost is the one "Prospective Green candidate", but her story names neither Danny
    # Rourke nor Ashdale: she is not the candidate replacing him there
    assert not engine.ask("who is the green candidate replacing danny rourke in ashdale").found
    # ... while in Millbury, which her story names, she is
    first = first_excerpt(engine, "who is the green candidate in millbury")
    assert "Prospective Green candidate Helen Frost" in first.quote
    assert first.attribution is not None and first.attribution.source == "Helen Frost"
