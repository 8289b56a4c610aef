"""Round 18 A (sources): the story on a topic touches it in its headline or lead, and names the
person it is about there, not only somewhere in a long body; a report worded with its author ("a
report by the government's spending watchdog") is not a bare one; a question that words a
headline in full, in its order, names that story; "which MPs are quoted in the
study on ..." asks for the story's sources. (Who said) a few true synonyms: "bin" a report is
"ditch" it, a "difference" is a "distinction", a "gut reaction" an "instinct". A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "council.txt": """Young candidates plan unveiled

Pupils aged eighteen could stand for their local council under plans unveiled on Monday.

Local government minister Ann Hale said the change would bring new voices into town halls.

The Youth Forum said it was a good thing for democracy.
""",
    "letters.txt": """Readers' week in views

Readers wrote to us about the rail timetable and the price of bread.

Many wrote about the new bus lanes in the city centre.

"The trains never run on time any more," said reader Ian Moss.

"Bread has doubled in price since spring," said reader Clare Moss.

"Letting pupils stand for council is daft," said reader Tom Bell.

"The bus lanes have made the traffic worse," said reader Ruth Bell.
""",
    "minister.txt": """Minister defends detention plans

The justice minister has defended plans to hold terror suspects under house arrest without trial.

Lord Dale said the orders would strike a balance between safety and liberty.

Civil rights groups said house arrest was a travesty of justice.

Opposition MPs said they would vote against the plans.

Prime Minister Tony Blair backed the justice minister on Tuesday.
""",
    "pmdefends.txt": """Blair defends terror law changes

The prime minister has defended house arrest without trial, saying hundreds of people are plotting attacks.

Mr Blair told the BBC the control orders would be used only rarely.

"We are being advised by the police and the security services," he said.

Shadow home secretary Mark Wells said the suspects deserved a fair trial.
""",
    "stadium.txt": """'Errors' doomed first stadium sale

The first attempt to sell the old county stadium failed because of a string of errors, a report by the government's spending watchdog says.

The Audit Office report said the second sale went well because it avoided those mistakes.

Sports minister Jim Cole said a good deal had been secured.
""",
    "taunts.txt": """Women MPs reveal sexist taunts

Women MPs face sexist taunts from their male colleagues, a new study shows.

Labour MP Jane Ross told researchers: "They jeered whenever I stood up to speak."

Former MP Kate Lyle recalled being called by the wrong name for a year.

Professor Ann Lee, who led the study, said: "We expected a bit of this, but nothing like this."
""",
    "fighting.txt": """Mayor comes out fighting

The mayor of Eastbridge set out his plans for the town on Monday with a speech that took aim at his rivals.

He promised lower parking charges and a new swimming pool.

Opposition leader Ruth Penn said the sums did not add up.
""",
    "smiles.txt": """Will the budget bring out the voters?

The mayor's budget came out on Tuesday, and a BBC analysis suggests it may not win many votes.

Mayor Tom Ravell said he was fighting for every household in the town.

Council treasurer Ian Holt said the budget was balanced.
""",
    "schools.txt": """Minister trails school discipline powers

Education Secretary Jane Moss will set out new discipline powers for head teachers on Monday.

Shadow education secretary Tom Quill said: "Jane Moss wants to ditch the Hartley report on exams but has no idea what to put in its place."
""",
    "flattax.txt": """Chancellor's tax plans attacked

The chancellor said on Sunday his plans were fair to working families.

Opposition leader Sam Reid claimed that for most families the distinction between a flat tax and a tax on wages is meaningless.

Business leader Paul Grant said most families on low wages would see no real gain from a flat tax on wages.
""",
    "pmq.txt": """Pike attacks detention plans at question time

Lib Dem leader Jo Pike pressed the prime minister on the detention plans at question time.

Jo Pike said that, as with identity cards, the government's immediate instinct was authoritarian.

One reader wrote that the government's reaction to every threat was authoritarian, from detention to identity cards.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18a"), settings)


def test_the_story_on_a_topic_touches_it_in_its_headline_or_lead(engine):
    # the readers' letters hold every word asked, deep in their body; the story on it leads with it
    first = first_excerpt(engine, "what sources does the story on letting pupils stand for council cite")
    assert first.article.title == "Young candidates plan unveiled"
    assert "Ann Hale" in first.attribution.text or "Youth Forum" in first.attribution.text


def test_the_story_on_what_a_person_did_names_them_in_its_headline_or_lead(engine):
    # both stories are on house arrest for terror suspects; only one is on Blair defending it
    first = first_excerpt(engine, "who does the story on blair defending house arrest for terror suspects quote")
    assert first.article.title == "Blair defends terror law changes"
    assert first.attribution is not None and ("Blair" in first.attribution.text or "Wells" in first.attribution.text)


def test_a_report_worded_with_its_author_is_cited_before_a_later_report(engine):
    first = first_excerpt(engine, "what sources does the story on the errors in the first stadium sale cite")
    assert first.quote.startswith("The first attempt to sell the old county stadium failed")
    assert first.attribution.text == "a report by the government's spending watchdog"


def test_which_mps_are_quoted_in_a_study_asks_for_its_sources(engine):
    answer = engine.ask("which mps are quoted in the study on sexist taunts against women mps")
    assert answer.intent == "sources"
    first = answer.excerpts[0]
    assert "They jeered whenever I stood up" in first.quote
    assert first.attribution.text == "Jane Ross"


def test_a_question_that_words_a_headline_in_full_names_that_story(engine):
    # "came out fighting" is the headline's "comes out fighting"; the other story holds every word asked
    first = first_excerpt(engine, "who's quoted in the bbc analysis saying the mayor came out fighting with his budget")
    assert first.article.title == "Mayor comes out fighting"
    assert first.attribution.text == "Ruth Penn"


def test_to_bin_a_report_is_to_ditch_it(engine):
    first = first_excerpt(engine, "who said moss wants to bin the hartley report but has no clue what to replace it with")
    assert "wants to ditch the Hartley report" in first.quote
    assert first.attribution.text == "Tom Quill"


def test_a_difference_between_two_things_is_a_distinction(engine):
    first = first_excerpt(engine, "who said for most families there's no real difference between a flat tax and a tax on wages")
    assert "the distinction between a flat tax and a tax on wages is meaningless" in first.quote
    assert first.attribution.text == "Sam Reid"


def test_a_gut_reaction_is_an_instinct(engine):
    first = first_excerpt(engine, "who said the government's gut reaction on detention was authoritarian, same as with identity cards")
    assert "immediate instinct was authoritarian" in first.quote
    assert first.attribution.text == "Jo Pike"
