"""Round 22 A (who_said): the asker puts a speaker's claim in other words. "The quickest rising"
is "the fastest growing"; "sidelined" is "isolated"; "shell-shocked" is "in a state of shock"; a
facelift is plastic surgery; "comforting one another" is "reassuring each other"; "killed out of
nastiness" is a "spiteful killing"; "in serious difficulty and coming apart" is "in deep trouble
... unravelling"; "a bargain with the devil" is "a deal with the devil"; "swept aside" is
"brushed under the carpet"; "overdoing it" is "going too far"; "milked ... and abandoned" is
"wrung dry and left out in the cold"; and "one in three" is "a third", and the other way round.
A small invented pack, so every expectation is exact; a claim the pack does not make is still
declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "health.txt": """Tories unveil diabetes plan

The Conservatives have set out plans to tackle diabetes among children.

Shadow health secretary Ronald Pembury said the plans would help tackle what he called the UK's "fastest growing rate of diabetes in the developed world".

A Labour spokesman said the party's own plans were working.
""",
    "treaty.txt": """Minister warns over charter vote

The foreign minister has made his case for the new European charter.

"If we reject this charter, Britain will be isolated and weak in Europe," said Foreign Minister Edgar Holloway.

Opponents said the charter handed too much power to Brussels.
""",
    "machine.txt": """Tories mock rivals' campaign

The Conservatives say their rivals are struggling to find a message.

"The Whig machine appears to be in some kind of state of shock, it doesn't seem to know what to do," said Tory strategist Gilbert Ashdown.

The Whigs said their campaign was on course.
""",
    "rest.txt": """Premier jokes about holiday

The premier returned to work on Monday after a long break.

Asked about his absence, Mr Fairweather said there was also a story he had been away for plastic surgery.

He said he felt rested.
""",
    "seals.txt": """Seals stranded on the shore

Dozens of seals were stranded on a beach in Cornwall on Sunday.

"They were calling out to each other and reassuring each other," says volunteer Jenna Morcombe.

Rescuers worked through the night to move the animals.
""",
    "hunt.txt": """Hunt monitors give evidence

Hunt monitors have given evidence to the inquiry into the ban on hunting badgers.

Monitor Rosalind Pinfold said she had witnessed "gratuitous, spiteful killing of badgers".

The hunt said it had kept within the law.
""",
    "bill.txt": """Curfew bill in trouble

The government's curfew bill faces more defeats in Parliament this week.

BBC political editor Martin Quayle said: "I think that this is a bill in deep trouble. It's been unravelling in the Commons - it may unravel further."

Ministers said the bill would pass.
""",
    "fines.txt": """Fines go unpaid

Fines for littering often go unpaid, figures show.

Council leader Imogen Thwaite revealed that about a third of littering fines were never paid.

A further 40 fines were cancelled.
""",
    "sanctions.txt": """Sanctions on Freedonia lifted

The government has lifted trade sanctions on Freedonia.

Campaigner Horace Lindqvist said the government had made a "deal with the devil" with the Freedonian regime.
""",
    "return.txt": """Minister may return

The former minister could return to the cabinet within months.

Opposition spokesman Quentin Abney said: "I don't think the affair is something that can simply be brushed under the carpet."
""",
    "curfew.txt": """Curfew plan debated

The justice secretary spoke about a curfew for teenagers on Sunday.

Justice Secretary Lord Dunmore said: "A curfew may be going too far, but let's have a debate about that."
""",
    "defector.txt": """Defector's claim

A former spy who defected says he was badly treated.

"They took the information I had, wrung me dry and left me out in the cold," said Anton Volkin of the Ruritanian government.
""",
    "tickets.txt": """Parking tickets challenged

Many parking tickets are challenged by drivers.

Transport spokesman Oswald Crane said one in four tickets issued by the council was challenged.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22a"), settings)


def test_the_quickest_rising_is_the_fastest_growing(engine):
    x = first_excerpt(engine, "who said the uk has the quickest rising diabetes of any rich country")
    assert "fastest growing rate of diabetes in the developed world" in x.quote
    assert x.attribution is not None and "Pembury" in x.attribution.text


def test_sidelined_is_isolated(engine):
    x = first_excerpt(engine, "who said a no vote would leave britain sidelined in europe")
    assert "isolated and weak in Europe" in x.quote
    assert x.attribution is not None and "Holloway" in x.attribution.text


def test_shell_shocked_is_in_a_state_of_shock(engine):
    x = first_excerpt(engine, "who said the whigs looked shell-shocked")
    assert "state of shock" in x.quote
    assert x.attribution is not None and "Ashdown" in x.attribution.text


def test_a_facelift_is_plastic_surgery(engine):
    x = first_excerpt(engine, "who joked he hadn't had a facelift")
    assert "plastic surgery" in x.quote
    assert x.attribution is not None and "Fairweather" in x.attribution.text


def test_comforting_one_another_is_reassuring_each_other(engine):
    x = first_excerpt(engine, "who said the stranded seals were comforting one another")
    assert "reassuring each other" in x.quote
    assert x.attribution is not None and "Morcombe" in x.attribution.text


def test_killed_out_of_nastiness_is_a_spiteful_killing(engine):
    x = first_excerpt(engine, "who said badgers were killed out of nastiness")
    assert "spiteful killing of badgers" in x.quote
    assert x.attribution is not None and "Pinfold" in x.attribution.text


def test_in_serious_difficulty_and_coming_apart_is_in_deep_trouble_and_unravelling(engine):
    x = first_excerpt(engine, "who said the curfew bill was in serious difficulty and coming apart")
    assert "a bill in deep trouble" in x.quote
    assert x.attribution is not None and "Quayle" in x.attribution.text


def test_one_in_three_is_a_third(engine):
    x = first_excerpt(engine, "who revealed that one in three littering fines go unpaid")
    assert "about a third of littering fines" in x.quote
    assert x.attribution is not None and "Thwaite" in x.attribution.text


def test_a_quarter_is_one_in_four(engine):
    x = first_excerpt(engine, "who said a quarter of parking tickets were challenged")
    assert "one in four tickets" in x.quote
    assert x.attribution is not None and "Crane" in x.attribution.text


def test_a_bargain_with_the_devil_is_a_deal_with_the_devil(engine):
    x = first_excerpt(engine, "who said the freedonia regime had been offered a bargain with the devil")
    assert '"deal with the devil"' in x.quote
    assert x.attribution is not None and "Lindqvist" in x.attribution.text


def test_swept_aside_is_brushed_under_the_carpet(engine):
    x = first_excerpt(engine, "who said the affair couldn't just be swept aside")
    assert "brushed under the carpet" in x.quote
    assert x.attribution is not None and "Abney" in x.attribution.text


def test_overdoing_it_is_going_too_far(engine):
    x = first_excerpt(engine, "who said a curfew might be overdoing it")
    assert "may be going too far" in x.quote
    assert x.attribution is not None and "Dunmore" in x.attribution.text


def test_milked_and_abandoned_is_wrung_dry_and_left_out_in_the_cold(engine):
    x = first_excerpt(engine, "who said ruritania milked him for information and then abandoned him")
    assert "left me out in the cold" in x.quote
    assert x.attribution is not None and "Volkin" in x.attribution.text


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who said the seals were crying because of the cold water").found
