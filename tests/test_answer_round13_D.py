"""Round 13 (stance and other): after "do" the verb of wanting is bare, and an -ing word before it
describes who ("the unions meeting the minister"); a description is found by its last word in a
story that printed it whole; a post with its place is the one holder whose story names the place;
"accusing" is speech under way; "teens" are teenagers. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse

ARTICLES = {
    "pensions.txt": """Pension talks end without deal

Talks aimed at averting strikes over pension reforms have ended without agreement.

Four transport unions met Transport Secretary Alan Dunmore at the party conference in Bristol.

Up to 200,000 workers could take part in strikes planned for May.

A spokesman for Dunmore said the changes to the rail pension scheme would have to go ahead.

Mr Dunmore said: "We are working across government to keep rail pensions fair, and the unions know it."

Other transport unions have pledged to follow.

The four unions which met Mr Dunmore want the government to scrap the new rail pension rules.
""",
    "leaflet.txt": """Leaflet row in Harrowfield

A Labour leaflet showing the Tory leader as a cartoon fox has caused offence.

Prospective Tory candidate Gordon Blakewell, whose Harrowfield constituency is mostly rural, called it "crude".

Labour said the leaflet was "just a joke".

Mr Blakewell said the leaflet had upset farmers. "This fox leaflet clearly went too far and should be pulped," he said.
""",
    "bypass.txt": """Bypass plan angers villagers

Tory candidate Mary Oldcastle said the bypass plan was "a disgrace" and should be dropped.

The council said the plan would go ahead.
""",
    "speech.txt": """Lib Dems attack Labour speech

The prime minister made a speech at the party's spring conference on Saturday.

The Lib Dems accuse Mr Hallam of making a "hollow" speech to Labour delegates which will not help him win back public trust.
""",
    "marae.txt": """Elders seek help for marae

Tane Horomona, 70, has looked after the marae at Waikino for five decades.

Horomona and his family want more council money directed towards repairing the meeting house.

"People come to look, but nobody helps," says Horomona.
""",
    "tolls.txt": """Tories plan road tolls

The Tories have set out plans for road tolls on city roads.

Earlier Green transport spokeswoman Ruth Kellaway said the government was right to want to cut traffic on city roads.

Ms Kellaway said the toll plan was unfair and "would hit the poorest drivers hardest".

Ms Kellaway said drivers had too little say over road tolls but a far better solution would be for councils to run cheap park-and-ride buses.
""",
    "sport.txt": """Blair says sport is back

The prime minister launched a £300m plan for school sport in England.

But the Conservatives say government proposals - which include two hours of PE within school for most pupils - are unrealistic.
""",
    "sport2.txt": """Tories attack sport record

The Tories say Labour's plans to give all children more sports lessons in schools have failed.

The Tories held a rally in Exeter.
""",
    "ukip.txt": """UKIP candidate quits

A prospective candidate for the UK Independence Party (UKIP) has resigned after admitting a "brief attachment" to the British National Party (BNP).

A UKIP spokesman said Mr Dobbs's resignation followed disclosures in the Wessex Evening Post last month about his attendance at a BNP meeting.

Mr Dobbs said he regretted it.
""",
    "lawsuit.txt": """Court hears from Brightline boss

The Brightline chief gave testimony on Tuesday in a lawsuit with Vantor Media, which accuses Brightline of "copying" its headset designs.

The case continues.
""",
    "survey.txt": """Teenagers know little of politics

Teenagers questioned for a survey have shown little interest in politics.

Almost all could name the prime minister, but just one in 10 recognised Rowena Tallis.

The survey interviewed 120 pupils for the watchdog.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round13d"), settings)


def test_after_do_the_verb_is_bare_and_an_ing_word_describes_who():
    p = parse("what do the cross party MPs pushing lords reform want the parties to do")
    assert p.intent == "stance" and p.stance == "want"
    assert p.who == "the cross party MPs pushing lords reform"
    # ... but after "is" the -ing form is the verb
    p = parse("what is the party planning on tax")
    assert p.intent == "stance" and p.who == "the party"


def test_those_described_by_what_they_are_doing_are_the_group_named(engine):
    # ... a want the story states outright, not "here is what was said" by whoever it names
    answer = engine.ask("what do the unions meeting dunmore want the government to do")
    assert answer.found and "outright" not in (answer.note or "")
    first = answer.excerpts[0]
    assert first.quote.startswith("The four unions which met Mr Dunmore want the government to scrap")
    assert first.attribution is not None and "unions" in first.attribution.text


def test_a_description_is_found_by_its_last_word_in_the_story_that_printed_it(engine):
    # "the transport unions" of the story are "The four unions" when they want something
    first = first_excerpt(engine, "what do the transport unions want the government to do about the rail pension rules")
    assert first.quote.startswith("The four unions which met Mr Dunmore want the government to scrap")
    assert first.attribution is not None and "unions" in first.attribution.text


def test_a_post_with_its_place_is_the_holder_whose_story_names_the_place(engine):
    answer = engine.ask("what does the tory candidate in harrowfield want done with labour's fox leaflet")
    assert answer.found and "outright" not in (answer.note or "")
    first = answer.excerpts[0]
    assert "should be pulped" in first.quote
    assert first.attribution is not None and "Blakewell" in first.attribution.text


def test_accusing_is_speech_under_way(engine):
    p = parse("what are the lib dems accusing hallam of over his spring conference speech")
    assert p.intent == "statements_by" and p.who == "the lib dems"
    first = first_excerpt(engine, "what are the lib dems accusing hallam of over his spring conference speech")
    assert first.quote.startswith("The Lib Dems accuse Mr Hallam of making a")
    assert first.attribution is not None and "Lib Dems" in first.attribution.text
    # ... and a charge laid by a lawsuit, which quotes nobody, is told in the story's own words
    first = first_excerpt(engine, "what is vantor accusing brightline of?")
    assert "which accuses Brightline of" in first.quote


def test_teens_are_teenagers(engine):
    first = first_excerpt(engine, "what share of teens surveyed recognised rowena tallis")
    assert "just one in 10 recognised Rowena Tallis" in first.quote


def test_a_family_by_its_name_is_that_person_and_his_family(engine):
    first = first_excerpt(engine, "what does the horomona family want from the council")
    assert first.quote.startswith("Horomona and his family want more council money")
    assert first.attribution is not None and "Horomona" in first.attribution.text


def test_what_someone_wants_instead_is_the_alternative_they_offer(engine):
    first = first_excerpt(engine, "what does ruth kellaway want instead of the tories' road tolls")
    assert first.quote.startswith("Ms Kellaway said drivers had too little say over road tolls but a far better solution")
    assert first.attribution is not None and "Kellaway" in first.attribution.text


def test_a_body_speaks_under_its_other_names(engine):
    # "the Tories" are "the Conservatives" who said it
    first = first_excerpt(engine, "what do the tories think of the govt's targets for PE in schools")
    assert first.quote.startswith("But the Conservatives say government proposals")
    assert first.attribution is not None and "Conservatives" in first.attribution.text


def test_breaking_a_story_is_disclosing_it(engine):
    first = first_excerpt(engine, "which paper broke the story that the ukip candidate had been to a bnp meeting")
    assert first.quote.startswith("A UKIP spokesman said Mr Dobbs's resignation followed disclosures in the Wessex Evening Post")
    assert first.attribution is not None and "UKIP" in first.attribution.text
