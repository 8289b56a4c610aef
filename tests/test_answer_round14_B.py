"""Round 14, helper B (event, relation): what someone is doing, asked as "what are X VERBing"; a
when-answer told over two sentences speaks in the voice of the one that tells the time; "where did
X ..." answered by the sentence that names X; "what has the <post> done" is the holder's deed; two
never named together are tied by one's own words on "he" in the story on the other, or by "Both ..."
after the sentence naming one. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "leaflet.txt": """Police probe canal leaflet

Police are investigating a leaflet posted to homes in south Wales opposing plans for a new marina.

The leaflet was delivered to about 400 homes in Newport last week.

A South Wales Police spokesman confirmed that officers were looking at the contents of the leaflet.
""",
    "poachers.txt": """Poachers bailed in Wales

Six men from South Wales were arrested after deer were found in a van near Hereford.

The men have been released on bail but police say they may face charges under new poaching laws.

Gwent police chief Helen Ward said officers were investigating where the deer had been shot.
""",
    "railway.txt": """Rally for Fenwick rail link

Campaigners will hold a rally on Saturday calling for the Fenwick Line to be rebuilt.

They will mark the 40th anniversary of the line closure with a walk at Holme. Nora Pike, of the Fenwick Rail Group, said rebuilding the Fenwick Line through the Fens would bring jobs back to the area.

The group says the link could carry a million passengers a year.
""",
    "speech.txt": """Marsh backs tidal power

Opposition leader Edwin Marsh has backed tidal power, saying the country cannot afford to ignore it.

He said tidal turbines could power a million homes.

Tidal power stations already supply coastal towns in France.

Mr Marsh made his remarks during a speech in Harrogate to the Northern Business Forum.
""",
    "penrose.txt": """Ex-minister Lord Penrose dies aged 88

Former Labour home secretary Lord Penrose has died at his home in Kent.

He served in three cabinets and was the longest serving MP of his generation. Prime Minister Tony Blair called him "a great public servant". Tory leader Michael Howard said he would be remembered with respect. Green Party leader Fiona Castle said: "When I first came to the Commons, he was the kindest of mentors and took a keen interest in my work.

"He was always generous with his time." Born in 1917, Lord Penrose worked as a teacher before the war.
""",
    "mailing.txt": """Junk mail rules questioned

Parties are still writing to people who have asked not to get junk mail.

But nine million addresses are on the Mail Preference Service (MPS) lists, which ban unsolicited sales mail. Both schemes are run by the Direct Mailing Board and backed by EU law.

A party spokesman said letters about voting were not marketing.
""",
    "felling.txt": """Ban on tree felling comes into force

A ban on felling ancient oaks has come into force across England.

The Environment Secretary, Lord Ashby, has so far issued no guidance to councils on how they should deal with landowners who break the law.

Landowners say the ban will be hard to police.
""",
    "fellingmin.txt": """Minister defends felling ban

The ban on felling ancient oaks is enforceable and "very clear", environment minister Jane Rudd has said.

Ms Rudd said councils would enforce the ban like any other law.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round14b"), settings)


def test_what_are_they_doing_asks_the_object_of_their_deed_not_who_they_are(engine):
    # "what are police in south wales investigating": not who "police in south wales investigating" are
    answer = engine.ask("what are police in south wales investigating")
    assert answer.intent == "search"
    first = answer.excerpts[0]
    assert first.quote.startswith("Police are investigating a leaflet posted to homes in south Wales")
    assert first.attribution is None


def test_a_when_passage_speaks_in_the_voice_of_the_sentence_that_tells_the_time(engine):
    # the date is the story's own ("They will mark the 40th anniversary ..."), not Nora Pike's, whose
    # words follow in the next sentence
    first = first_excerpt(engine, "when was the fenwick line through the fens shut down")
    assert "40th anniversary of the line closure" in first.quote
    assert first.attribution is None


def test_where_did_he_make_his_speech_is_told_by_the_sentence_naming_him(engine):
    first = first_excerpt(engine, "where did edwin marsh make his speech on tidal power stations for coastal towns")
    assert first.quote.startswith("Mr Marsh made his remarks during a speech in Harrogate")
    assert first.attribution is None


def test_one_speaking_of_he_in_the_story_on_the_other_ties_the_two(engine):
    # never named together: her own words on "he", in the story headlined on Lord Penrose, are said of him
    answer = engine.ask("fiona castle and lord penrose - what was the connection")
    assert answer.found
    first = answer.excerpts[0]
    assert first.quote.startswith('Green Party leader Fiona Castle said: "When I first came to the Commons, he was the kindest')
    assert first.attribution.text == "Fiona Castle"


def test_both_opening_the_next_sentence_ties_what_the_two_sentences_name(engine):
    first = first_excerpt(engine, "whats the link between the mail preference service and the direct mailing board")
    assert "Mail Preference Service (MPS) lists" in first.quote
    assert "Both schemes are run by the Direct Mailing Board" in first.quote
    assert first.attribution is None


def test_what_has_the_post_holder_done_is_the_deed_of_who_holds_it(engine):
    # "the environment secretary" is Lord Ashby; the minister who talks of the ban is someone else
    first = first_excerpt(engine, "what has the environment secretary done so far about enforcing the felling ban")
    assert first.quote.startswith("The Environment Secretary, Lord Ashby, has so far issued no guidance")
    assert first.attribution is None
