"""Round 14 (said, sources, who): whom words were told to, a source however the story words it,
a name typed with a slip. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Ferry fares to rise

Fares on the Kessock ferry will rise by a fifth in April, the operator has announced.

Transport minister Harriet Quenby said the ferry fare rise was needed to pay for new boats.

The operator has ordered two boats from a yard on the Clyde.

Later, Ms Quenby told BBC News: "Without the rise the ferry would close within two years."

Ms Quenby also said the ferry timetable would be extended into the winter.
""",
    "mill.txt": """Mill town fights closure

Workers at the Tarrow paper mill have protested against plans to close it next year.

Gavin MacAllister, a union organiser at the mill, said the closure would cost four hundred jobs. "This town was built on the mill and it will not go quietly," he said.

Mr MacAllister said the union would ballot members on a strike.
""",
    "mill2.txt": """Mill protest draws crowd

A crowd gathered outside the Tarrow council offices on Saturday.

One speaker thanked Gavin McAllister for organising the day.
""",
    "harbour.txt": """Harbour plan rejected by council

The harbour expansion plan has been rejected by the council after a long inquiry.

Commission for coastal heritage chief Grace Whitlow argued on Sunday the plan would have ruined the old quay. Council leader Tom Pardew said the vote was close.

Ms Whitlow said: "We have saved the quay for the next generation."

"This is a day for the whole town to celebrate," she said.
""",
    "coates.txt": """Coates to leave the assembly

Assembly member Jonathan Coates is to stand down at the next election on the grounds of ill health.

Colleagues of Mr Coates said he had been a hard worker, and party leader Jonathan Ryle thanked him.

Assembly members Jonathan Pike and Jonathan Wells said Mr Coates would be missed. The clerk, Jonathan Lowe, read a letter from him.
""",
    "coats.txt": """Winter coats appeal

A charity has asked for warm coats for the homeless. The coats will be handed out in December, and coats for children are most needed.
""",
    "summit.txt": """Prime minister meets German chancellor

Prime Minister Alan Carrow met the German chancellor in London on Monday.

A Downing Street spokesman said: "The meeting covered trade and the coming summit in Brussels."

The two leaders will meet again next month.
""",
    "budget.txt": """Budget warning from business

Business leaders have warned the chancellor not to spend on election giveaways.

Sir Digby Hale, head of the Business Council, said any spare cash should go on training workers.

Mr Hale added that growth was slowing. The council will meet again in March.
""",
    "pier1.txt": """Pier sale agreed

The council has agreed to sell the old pier to a hotel group.

Opposition leader Nora Keld said selling the pier to please the mayor was a betrayal of the town and of its plan for the seafront.
""",
    "pier2.txt": """Mayor unveils town plan

Mayor Owen Brack unveiled his plan for the town centre on Friday, with a new market hall and wider pavements.

Nora Keld said her party would set out its own ideas for the pier in the spring.
""",
    "dock1.txt": """Judges wrong - Pardew

Tom Pardew says the high court was wrong to declare the dock strike unlawful. The strike has closed the port for a week.

Mr Pardew attacked the ruling in a speech. He said: "The judges are simply wrong about the dockers."

Union leader Sam Orr said the union would appeal.
""",
    "dock2.txt": """Act on dock strike ruling, unions urged

Unions have been urged to act on the high court ruling, which attacked the dock strike as unlawful.

The TUC said: "Every union must study the ruling on the dock strike."
""",
    "campaign.txt": """Ryle to run party campaign

Ann Dorran ran the Coastal Party's election campaign in 2001, but this time the role will be filled by Jonathan Ryle.

Campaign coordinator Jonathan Ryle said the party would fight every seat on the coast.
""",
    "tarn.txt": """Killer jailed for life

A man has been jailed for life at Tarrow Crown Court. In June Rosie Tarn's killer, Dean Mole, admitted her murder.

Rosie's uncle, Peter Tarn, said the family could now begin to grieve. "Nothing will ever bring her back," he said.
""",
    "lorne.txt": """Singer wins award

Singer Rosie Lorne has won the county music award. Rosie thanked her band, and Rosie said she would tour in the spring.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round14c"), settings)


def test_what_someone_told_an_outlet_comes_before_what_they_said_elsewhere(engine):
    # "what did X tell the bbc about T": the words told to the BBC, not the first on T
    first = first_excerpt(engine, "what did harriet quenby tell the bbc about the ferry fare rise in april")
    assert "Without the rise the ferry would close" in first.quote
    assert first.attribution.text == "Harriet Quenby"


def test_a_full_name_spelt_otherwise_is_the_one_the_pack_quotes(engine):
    # "McAllister" is printed once, quoting nothing; "MacAllister" is the union organiser quoted
    first = first_excerpt(engine, "what did gavin mcallister say about the mill closure")
    assert "four hundred jobs" in first.quote
    assert first.attribution.text == "Gavin MacAllister"


def test_a_source_introduced_with_a_post_and_quoted_by_name_is_one_source(engine):
    answer = engine.ask("who does the story on the harbour plan being rejected quote")
    assert answer.found
    whitlows = [x for x in answer.excerpts if "Whitlow" in (x.attribution.text if x.attribution else "")]
    assert len(whitlows) == 1
    assert "We have saved the quay" in answer.excerpts[0].quote
    assert "Whitlow" in answer.excerpts[0].attribution.text


def test_a_given_name_the_pack_prints_as_a_name_may_open_a_misspelt_full_name(engine):
    # "coats" is a word of the pack, but "jonathan" only ever a name: "jonathan coats" is a slip
    first = first_excerpt(engine, "who is jonathan coats")
    assert "Jonathan Coates is to stand down" in first.quote


def test_a_seats_spokesman_is_its_voice(engine):
    # "no 10's spokesman" speaks as "A Downing Street spokesman"
    first = first_excerpt(engine, "what did no 10's spokesman say about the meeting with the german chancellor")
    assert "The meeting covered trade" in first.quote
    assert first.attribution.text == "A Downing Street spokesman"


def test_someones_message_to_someone_is_what_they_said(engine):
    answer = engine.ask("what was sir digby's message to the chancellor about any spare cash")
    assert answer.intent == "statements_by"
    assert "spare cash should go on training workers" in answer.excerpts[0].quote
    assert answer.excerpts[0].attribution.text == "Digby Hale"


def test_a_quotation_that_names_its_speaker_only_as_he_is_shown_with_the_sentence_naming_him(engine):
    answer = engine.ask("who does the story on the mill town fighting closure quote")
    assert answer.found
    first = answer.excerpts[0]
    assert first.quote.startswith("Gavin MacAllister, a union organiser at the mill, said")
    assert "it will not go quietly" in first.quote
    assert first.attribution.text == "Gavin MacAllister"


def test_what_was_said_on_an_occasion_is_in_the_story_of_it(engine):
    # "when the mayor unveiled his town plan": her words in that story, not her words on the pier elsewhere
    first = first_excerpt(engine, "what did nora keld say about the pier when the mayor unveiled his town plan")
    assert "set out its own ideas for the pier" in first.quote
    assert first.attribution.text == "Nora Keld"


def test_the_story_on_someone_doing_something_names_them(engine):
    # both headlines hold most of "pardew attacking the dock strike ruling"; only one story prints Pardew
    first = first_excerpt(engine, "who does the story on pardew attacking the dock strike ruling quote")
    assert first.article.title == "Judges wrong - Pardew"
    assert first.quote == "Union leader Sam Orr said the union would appeal."
    assert first.attribution.text == "Sam Orr"


def test_who_holds_a_post_this_time_instead_of_someone_is_its_holder_now(engine):
    # "this time instead of dorran" says when and whom instead, not which post
    answer = engine.ask("who is running the coastal party's election campaign this time instead of dorran")
    assert answer.found
    assert "Jonathan Ryle" in answer.excerpts[0].quote


def test_what_someone_said_back_to_someone_is_what_they_told_them(engine):
    first = first_excerpt(engine, "what did harriet quenby say back to the bbc about the ferry fare rise in april")
    assert "Without the rise the ferry would close" in first.quote
    assert first.attribution.text == "Harriet Quenby"


def test_a_relative_named_by_the_owners_given_name_is_the_owners(engine):
    # "Rosie's uncle" is Rosie Tarn's uncle, though the pack knows another Rosie
    first = first_excerpt(engine, "what did rosie tarn's uncle say about the killer")
    assert "bring her back" in first.quote or "begin to grieve" in first.quote
    assert first.attribution.text == "Peter Tarn"
