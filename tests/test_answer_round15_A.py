"""Round 15 (who said, sources): of two speakers side by side, the one whose words say the claim,
not the one whose words hold only their own name; a quotation shown with the sentence that introduces
its speaker by name is quoted by name; one thing outstripping another outpaces it, a dubious
thing is questionable; a body that lists the figures is where they come from. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "port.txt": """Harbour chief denies closure warning

The Wessex Gazette said harbour master Ann Lee told the council the port of Ashby could not reopen this year.

But Ms Lee said in a statement: "I have never had any such conversation and I do not hold that view."

Council leader Tom Reed later added there was not "one iota" of truth in the report.

The port has been shut since the storm in March.
""",
    "files.txt": """Office told to shred old files

The county office was told to shred its old files after a warning from the auditors.

Staff said the warning came too late to shred everything by Friday.
""",
    "play.txt": """Play tells the truth about the war

The new play at the Ashby theatre tells the truth about the war.

Critics said its truth was hard to watch, and the whole truth came out in the second act.
""",
    "potholes.txt": """Councils urged to pay for pothole damage

Councils should pay drivers for pothole damage, according to the Motorists Forum.

Chairman Lord Fenwick argued that councils should not have the right to refuse claims.

"The councils should pay up without a fight," he said.

The county council has already ruled out paying any claims.

Last month its leader said: "We have looked at this before, and the answer is no," he said at a news conference.
""",
    "fares.txt": """Bus fares to rise again

Bus fares in Wessex will rise in April, the transport board has announced.

But the Passengers Union called for a "freeze year" to assess the impact of the above inflation rise in bus fares in April.

And Kate Moss, head of the Wessex Chamber of Trade, said: "The level of fares each year has increased by rates far outstripping the rate of inflation."

The board said the money would pay for new buses.
""",
    "donations.txt": """Parties build up funds for council polls

The Green Party received more than £2m in donations in the last quarter, new figures show.

This is nearly half of the £4,500,000 received by 12 parties listed by the Boundary Office.

The totals were well up on last year, as the parties built up their funds for the council elections.

The largest single gift was £300,000 from a retired farmer.
""",
    "ferry.txt": """Ferry vote row

The ferry board has the final say on whether the Ashby crossing stays open.

Union chief Dan Hollis said it was a "dubious arrangement" that the board alone could decide the fate of the crossing.

The board meets in June.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round15a"), settings)


def test_of_two_speakers_side_by_side_the_one_whose_words_say_the_claim(engine):
    # Ms Lee's denial only names her, whom the report was about; Mr Reed says there is no truth in it
    first = first_excerpt(engine, "who said there was not a shred of truth in the report about ann lee")
    assert "not \"one iota\" of truth" in first.quote and "never had any such conversation" not in first.quote
    assert "Tom Reed" in first.attribution.text


def test_a_quote_shown_with_the_sentence_naming_its_speaker_is_quoted_by_name(engine):
    # Lord Fenwick's words are shown with "Chairman Lord Fenwick argued ..."; the leader's only "he said"
    first = first_excerpt(engine, "who is quoted in the story on councils paying for pothole damage")
    assert "Chairman Lord Fenwick argued" in first.quote and "should pay up without a fight" in first.quote
    assert "Fenwick" in first.attribution.text


def test_outstripping_is_outpacing(engine):
    first = first_excerpt(engine, "who complained that yearly bus fare rises have far outpaced inflation")
    assert "far outstripping the rate of inflation" in first.quote
    assert "Kate Moss" in first.attribution.text


def test_questionable_is_dubious(engine):
    first = first_excerpt(engine, "who said the ferry arrangement was questionable")
    assert "dubious arrangement" in first.quote
    assert "Dan Hollis" in first.attribution.text


def test_the_body_that_lists_the_figures_is_where_they_come_from(engine):
    # "received by 12 parties listed by the Boundary Office" says whose the figures are
    first = first_excerpt(engine, "where do the figures in the story on parties building up funds for the council elections come from")
    assert "listed by the Boundary Office" in first.quote
