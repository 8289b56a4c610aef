"""Round 13, helper C: the asked word, plural, names the story whose headline has it singular;
a source is quoted from the sentence that opens its quote, and cites the paper its words are
told from; asked what a speaker says another said, the sentence reporting those words comes
first; a post asked with the scene its holder is in. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "hounds.txt": """Tory dog poster 'offensive'

The Tories have been accused of bad taste over a poster showing two rival candidates as hounds.

Green candidate Ann Bellamy branded it "tasteless" and offensive.

A Conservative spokesman said: "It is a light-hearted poster and nobody should take it seriously."
""",
    "email.txt": """Email row 'a silly fuss', says Grant

A former adviser has dismissed an email row as a silly fuss.

Peter Grant sent the message to the wrong newsroom on Tuesday.

He had earlier defended the dogs poster, which he said was a joke that had got out of hand.

Minister Jill Rowe said: "I do know the odd adviser who has sent the odd email to the wrong place."
""",
    "fishrow.txt": """Trawler row in the harbour

A row broke out in the harbour over trawler berths.

Harbour master Tom Pike said the row would be settled next week.
""",
    "schoolrow.txt": """School row over uniforms

A row over school uniforms has reached the council chamber.

Parent Mary Lane said the row had gone on for months.

A similar row in Wales was settled last year.
""",
    "turnout.txt": """Hale predicts bigger turnout

Voters' passion could confound predictions of a low turnout at the coming election, Sarah Hale has said.

Ex-minister Robin Cole said people were not apathetic but fed up.

Mr Cole, who is giving evidence to an inquiry into turnout, told BBC Radio 4's Today programme it was not fair to blame the public.

"They are turned off by the way we do politics.

There's a message there for politicians."

He also criticised celebrity politics: "There's far too much interest in celebrities."
""",
    "slurry.txt": """Broadcaster attacked with slurry

Broadcaster Robert Marston has been attacked with farm slurry outside a studio in Leeds.

"As I got out of the car a guy tipped a bucket of muck over me and then threw the rest of it over the car," Mr Marston said. "I was totally covered, it was all through my clothes, and it stank. It went all inside the car and splattered my producer."

He said the man shouted: "You have insulted my town, I am doing this for Leeds."

He told reporters he was "very angry" and would press charges.
""",
    "quotas.txt": """MPs assess Scots fishing industry

A group of MPs are on a two-day fact-finding mission to Scotland to gather evidence for a report into the fishing industry.

They will also talk to Fisheries Minister Ross Findlay and scientists.

MPs are deciding whether to recommend a new system of community quotas.
""",
    "tactics.txt": """Vance offers peek at his takeover tactics

Shipping magnate Carl Vance gave a primer on how he buys rival firms during testimony on Tuesday in a lawsuit over a port deal.

A key approach is building a long-term relationship with your target, Mr Vance said at the trial.

These deals don't just pop up overnight, he said according to a transcript reviewed by the Harbour Gazette.

He also stressed the need to agree a shared plan with the founders.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round13c"), settings)


def test_a_plural_asked_names_the_story_whose_headline_has_it_singular(engine):
    # "the dogs poster row" is the story headlined "Tory dog poster", not the email row story
    # that mentions the poster in passing
    answer = engine.ask("who does the story on the dogs poster row quote")
    assert answer.found, answer.note
    assert all(x.article.title == "Tory dog poster 'offensive'" for x in answer.excerpts)
    assert {x.attribution.text for x in answer.excerpts} >= {"Ann Bellamy", "A Conservative spokesman"}


def test_a_source_is_quoted_from_the_sentence_that_opens_the_quote(engine):
    # Mr Cole's own words start after the sentence that names him, "... told Today it was not
    # fair to blame the public.", not at a later "He also criticised ..."
    first = first_excerpt(engine, "who does the piece on hale predicting a bigger turnout quote")
    assert "Mr Cole, who is giving evidence" in first.quote
    assert "They are turned off by the way we do politics" in first.quote  # ... with the words it opens onto
    assert first.attribution.text == "Robin Cole"


def test_what_a_speaker_says_another_shouted_is_the_sentence_reporting_the_shout(engine):
    first = first_excerpt(engine, "what did marston say the guy who threw the muck shouted at him")
    assert "You have insulted my town" in first.quote
    assert first.attribution.text == "Robert Marston"


def test_a_post_asked_with_the_scene_of_its_holder(engine):
    first = first_excerpt(engine, "who's the fisheries minister the mps are meeting in scotland")
    assert "Fisheries Minister Ross Findlay" in first.quote
    # ... a scene the story does not hold names no holder
    assert not engine.ask("who's the fisheries minister the mps are meeting in wales").found


def test_a_paper_the_words_are_told_from_is_a_source_the_story_cites(engine):
    # "he said according to a transcript reviewed by ...": the story cites the transcript
    first = first_excerpt(engine, "what does the story on vance's takeover tactics cite for his testimony")
    assert "according to a transcript reviewed by the Harbour Gazette" in first.quote
    assert first.attribution.text == "Carl Vance, citing a transcript reviewed by the Harbour Gazette"
