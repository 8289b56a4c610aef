"""Round 22 E (said, sources): what the author of a first-person piece writes in its own voice is
theirs; "which <kind of source> does the X story quote" and "who is the X story based on" ask the
story's sources; "who does the X story quote on Y" puts those who speak on Y first. A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferryapp.txt": """Why I stopped using the ferry app

By Morag Lindsay

I don't use the Wexmouth ferry app any more. I've read its privacy terms three times.

I wrote to the harbour board about the timetable last year.

Nearly every ferry ticket you buy through the app tells the Calder Lines office where you live.

I'd much prefer a paper ticket bought at the harbour kiosk.
""",
    "mosque.txt": """Freed trawlermen questioned by police

Four trawlermen freed from a foreign jail were questioned by police on their return to Wexmouth.

Omar Haddad, from the Wexmouth Muslim Forum, said: "This is no way to welcome men home."

Harbour police said the questioning was routine and would end within a day.

The men's lawyer, Ruth Penn, said they were tired but well.
""",
    "arcade.txt": """Arcade warnings 'must be louder'

Arcade machines should carry louder warnings, the culture minister has said.

Jane Bright said too many children were playing machines meant for adults.

Trade body head Paul Gray said a ban on arcade machines would be wrong.

Local police dismissed any link between the Skyrunner machine and a string of thefts.

The Skyrunner maker, Velox Games, has said it sells its machines only to licensed halls.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22e"), settings)


def test_what_the_author_of_a_first_person_piece_writes_in_its_own_voice_is_what_they_said(engine):
    # the author's "I" sentences are theirs in the index; the piece's sentence on the ticket office,
    # in its own voice, is their word too, and answers
    first = first_excerpt(engine, "what did morag lindsay say about the calder lines office")
    assert "Nearly every ferry ticket" in first.quote
    assert first.attribution is not None and first.attribution.text == "Morag Lindsay"


def test_which_kind_of_source_does_the_story_quote_asks_its_sources(engine):
    a = engine.ask("which muslim groups does the freed trawlermen story quote")
    assert a.found and a.intent == "sources", a.note
    assert a.excerpts[0].quote.startswith("Omar Haddad, from the Wexmouth Muslim Forum")


def test_who_is_the_story_based_on_asks_its_sources(engine):
    a = engine.ask("who is the freed trawlermen story based on")
    assert a.found and a.intent == "sources", a.note
    assert any("Harbour police" in x.quote for x in a.excerpts)


def test_who_the_story_quotes_on_a_matter_within_it_comes_first(engine):
    # Paul Gray speaks first and is quoted, but not on the Skyrunner; the police are
    first = first_excerpt(engine, "who does the arcade warnings story quote on the skyrunner")
    assert first.quote.startswith("Local police dismissed any link between the Skyrunner")


def test_what_someone_is_telling_people_about_a_thing_asks_their_words(engine):
    a = engine.ask("what is jane bright telling parents about children playing arcade machines")
    assert a.found and a.intent == "statements_by", a.note
    assert a.excerpts[0].quote.startswith("Jane Bright said too many children")
