"""Round 14 (who said): what a claim says is its verb and what follows, not the thing it is about;
the words put on a thing ("as a silly fuss") are the claim; a body's name that qualifies a
thing ("the EU fishing pact") is not whom the claim is about; a quote may call whom the claim is
about "she". A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "levy.txt": """Greens unveil mooring plans

The Greens have published their plans for the Wessex coast.

Mark Hale, the Labour group leader, said the Greens' figures did not add up.

The plans were launched at a rally in Poole.

Councillor Jane Ross said the Greens would scrap mooring levies and publish the numbers next week.
""",
    "row.txt": """Mayor in e-mail row

Mayor Tom Reed is at the centre of a whole new row over an e-mail on the harbour slipway levy.

The e-mail was sent by mistake on Friday.

Mr Reed later told the paper the whole e-mail row was "a silly fuss".
""",
    "fair.txt": """Fair opens

Children made a fuss of the silly clowns at the fair, and the whole town made a fuss of the silly hats.
""",
    "pact.txt": """Trawlermen attack fishing pact

The EU fishing pact was signed in 2003 to share cod stocks between the member states.

"The fishing pact has turned out to be a sham," said Bill Carter, who chairs the Wessex trawlermen.

He said the pact had cost the coast four hundred jobs.
""",
    "budget.txt": """Balls on the budget

Jim Vane, an adviser to the chancellor, said there would be no spending spree before polling day.

The opposition said the budget would be a giveaway.

The council will add two new berths next year, and visitor numbers are up by a fifth.

Wessex schools are more overcrowded than ever, a teachers' union said.
""",
    "fever.txt": """Nursing student died after taking diet pills

A nursing student died after taking diet pills she bought online, an inquest heard.

The pills were sold by a website based abroad.

Her mother, Ruth Dale, told the inquest: "She was literally burning up from within, like an oven."

The coroner said the pills should be banned.
""",
    "shops.txt": """Traders fear superstore

Traders in Ashby say a planned superstore will hurt the high street.

"What is going to happen to the corner shops when the superstore opens? They are going to be squeezed out. If they can't cut prices they are going to shut," said trader Alan Pike.

The council will decide on the plan in May.
""",
    "road.txt": """Ring road row

Councillor Peter Moss has opposed the ring road plan since it was first put forward.

Asked about the traffic, Mr Moss went on to suggest the re-routing of the new ring road would ruin the market town of Ashby.

The county council said a decision would be made next year. The new hospital is on the route.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round14a"), settings)


def test_what_the_claim_says_is_its_verb_not_the_thing_it_is_about(engine):
    # "the greens' numbers on mooring levies | don't add up": Mr Hale says that; Ms Ross only
    # speaks of the mooring levies, the claim's rarest words but not what it says of them
    first = first_excerpt(engine, "who said the greens' numbers on mooring levies don't add up")
    assert "figures did not add up" in first.quote
    assert "Mark Hale" in first.attribution.text


def test_the_words_put_on_a_thing_are_the_claim(engine):
    # the opening sentence names the mayor and tells of the row, but puts no words on it
    first = first_excerpt(engine, "who brushed off the whole harbour slipway levy e-mail row as a silly fuss")
    assert "a silly fuss" in first.quote and "centre of a whole new row" not in first.quote
    assert "Reed" in first.attribution.text


def test_a_body_qualifying_the_thing_is_not_whom_the_claim_is_about(engine):
    # "the eu fishing pact": the claim is about the pact; Mr Carter's words need not name the EU
    first = first_excerpt(engine, "who said the eu fishing pact had turned out to be a sham")
    assert "turned out to be a sham" in first.quote and "signed in 2003" not in first.quote
    assert "Bill Carter" in first.attribution.text


def test_a_splurge_is_a_spending_spree(engine):
    first = first_excerpt(engine, "who predicted there would be no pre-election splurge before polling day")
    assert "no spending spree before polling day" in first.quote
    assert "Jim Vane" in first.attribution.text


def test_a_quote_calls_whom_the_claim_is_about_she(engine):
    # "the student" of the claim is "She" in her mother's words
    first = first_excerpt(engine, "who said the student was literally burning up before she died in hospital")
    assert "burning up from within" in first.quote
    assert "Ruth Dale" in first.attribution.text


def test_a_quote_is_shown_from_where_it_opens_though_a_later_sentence_says_the_claim(engine):
    first = first_excerpt(engine, "who warned small traders would get squeezed out and shut if they can't cut prices")
    assert first.quote.startswith('"What is going to happen to the corner shops')
    assert "squeezed out" in first.quote
    assert "Alan Pike" in first.attribution.text


def test_who_suggests_a_view_puts_it(engine):
    # "Mr Moss went on to suggest ...": no verb of saying, but the view is his
    first = first_excerpt(engine, "who said rerouting the new ring road would ruin the market town")
    assert "would ruin the market town" in first.quote
    assert "Moss" in first.attribution.text


def test_an_overcrowded_thing_is_crowded(engine):
    first = first_excerpt(engine, "who said schools are more crowded")
    assert "more overcrowded than ever" in first.quote
