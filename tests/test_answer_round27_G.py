"""Round 27 G (abstention): what the pack lacks that the question presupposes.

"What sentence did the judge give the three men" asks for a penalty: "as he sentenced three men
for assaults" tells that a sentence was passed, not what it was ("sentenced to six months" would).
"How many were caught in the seventh sweep", over a story that tells only of "the sixth of which"
and never prints "seventh", asks about a sweep the pack does not tell of. "What did the watchdog's
probe find" asks for a finding: the words of the one leading it on the law, in a story that only
tells the probe was begun, find nothing. "Who won the Forward Party leadership contest" asks for
the winner of that party's contest: another party's win does not answer it. "What's the name of the
HIV positive girl Hale met" asks for a name: "a 12 year-old girl, whose parents died of Aids" gives
none, whoever else the sentence names. "... cancelled meetings so that makes it difficult" gives no reason
for cancelling them: "so that" with "makes" draws a conclusion, it states no purpose. "What did Ocean Watch say about the Cornwall sperm whale stranding", over its
words on strandings in Orkney and Shetland, in a story that names Cornwall only sentences before,
not in its headline or opening, is declined: those words are on strandings elsewhere. "What did Tom Hardy say after the North West voted no", over
his words in a story from before the vote that never tells it done ("voted"), is declined.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "judge.txt": """Judge attacks late-night drinking

A senior judge has warned that longer opening hours will lead to more violence on the streets.

Judge Martin Crale made his remarks as he sentenced three men for assaults carried out after a night out in Swindon.

He said town centres had become no-go areas for older people at weekends.
""",
    "court.txt": """Burglar jailed after chase

A burglar who led police on a chase across Harton has been jailed.

Peter Dunmow was sentenced to four years in prison at Harton Crown Court on Friday.

Judge Alan Pike told him his crimes had terrified elderly victims.
""",
    "sweeps.txt": """Ministers target persistent truants

Parents of persistent truants face tougher fines under plans set out by ministers.

The new measures come on top of national truancy sweeps - the sixth of which will take place on Monday.

Previous country-wide sweeps have caught 28,000 pupils skipping lessons.

Police and welfare officers patrol shopping centres picking up truants.
""",
    "probe.txt": """Watchdog probes deleted e-mails

The information watchdog is to investigate claims that civil servants deleted e-mails to keep them from the public.

Commissioner Helen Vardy said: "The new law makes it very clear that destroying records to stop their release is a crime."

Her office will report in the spring.
""",
    "forward.txt": """Greer quits the Forward Party

Former television presenter Alan Greer has quit the Forward Party to set up a party of his own.

The Forward Party will hold a leadership contest next month.

Mr Greer said the party had lost its way.
""",
    "memory.txt": """The memory driving Hale's mission

The memory Simon Hale says keeps returning to him is that of a 12 year-old girl, whose parents died of Aids, and who is HIV positive herself.

Mr Hale met her in Malawi last year.

Another girl, Rose Banda, told him she wanted to be a doctor.
""",
    "lobby.txt": """Farmers say minister shuns them

Farm leaders say they are struggling to be heard before the election.

Union organiser Jane Pell said: "We have tried to meet the farm minister many times.

"Colin Treharne has avoided us and cancelled engagements so that makes it difficult."

The union has written to every candidate in the county.
""",
    "whales.txt": """Fishermen fear for whales

Strandings of whales around the coast have risen sharply this year.

Volunteers have spent weeks trying to help animals back into the water.

Many of the whales were already too weak to swim.

Some of the beaches have been closed to the public.

Earlier this year in Cornwall, a mass stranding of sperm whales left local people in shock.

Scientists are still unsure why whales strand.

Some blame warmer seas and others blame noise from ships.

October marked the start of the stranding season, according to rescue group Ocean Watch, with 40 pilot whales dying in Orkney and 12 in Shetland.

Fishermen say they have never seen anything like it.
""",
    "assembly.txt": """Minister joins assembly vote battle

A minister has joined the campaign for an elected assembly in the North West before next week's referendum.

Yes campaign chairman Tom Hardy said he hoped for a late flurry of votes to boost turnout.

He added: "The government exerts a lot of power in the North West. The accountability should be here as well."
""",
    "result.txt": """Voters reject regional assembly

Voters in the North East voted no to an elected regional assembly on Thursday.

No campaign leader Ann Lowe said: "People have seen through this costly talking shop."
""",
    "greens.txt": """Greens celebrate council gains

The Green Party won 14 seats and a fifth of the vote in the council elections, its best result since its leadership contest.

Party officials said the result was a breakthrough.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round27g"), settings)


def test_a_sentence_passed_without_its_term_tells_no_penalty(engine):
    a = engine.ask("what sentence did judge martin crale give the three men")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_sentence_told_by_its_term_answers(engine):
    x = first_excerpt(engine, "what sentence did peter dunmow get")
    assert "sentenced to four years" in x.quote


def test_a_later_place_in_a_row_the_story_never_tells_is_declined(engine):
    a = engine.ask("how many truants were caught in the seventh national truancy sweep")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_count_without_a_place_asked_still_answers(engine):
    x = first_excerpt(engine, "how many pupils have country-wide truancy sweeps caught")
    assert "28,000" in x.quote


def test_a_probe_begun_tells_no_finding(engine):
    a = engine.ask("what did helen vardy's probe into deleted e-mails find")
    assert not a.found, [x.quote for x in a.excerpts]


def test_another_partys_win_is_not_the_contest_asked(engine):
    a = engine.ask("who won the forward party leadership contest")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_person_told_of_without_a_name_does_not_answer_a_name_asked(engine):
    a = engine.ask("whats the name of the hiv positive girl simon hale met in malawi")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_name_given_answers(engine):
    x = first_excerpt(engine, "whats the name of the girl who told simon hale she wanted to be a doctor")
    assert "Rose Banda" in x.quote


def test_so_that_drawing_a_conclusion_gives_no_reason(engine):
    a = engine.ask("why did colin treharne cancel his meetings with farmers")
    assert not a.found, [x.quote for x in a.excerpts]


def test_words_on_other_places_are_not_on_the_place_asked(engine):
    a = engine.ask("what did ocean watch say about the cornwall sperm whale stranding")
    assert not a.found, [x.quote for x in a.excerpts]


def test_words_naming_the_place_asked_answer(engine):
    x = first_excerpt(engine, "what did ocean watch say about whale strandings in orkney")
    assert "40 pilot whales" in x.quote


def test_words_from_before_a_deed_are_not_said_after_it(engine):
    a = engine.ask("what did tom hardy say after the north west voted no")
    assert not a.found, [x.quote for x in a.excerpts]


def test_words_in_the_story_of_the_deed_done_answer(engine):
    x = first_excerpt(engine, "what did ann lowe say after the north east voted no")
    assert "costly talking shop" in x.quote
