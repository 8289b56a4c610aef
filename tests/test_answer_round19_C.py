"""Round 19 C (said, who): a speaker the story gives by a description of the person asked about;
a person the topic names must be in the speaker's story; what the topic asks of before the time
it puts it in ("... after the flood"); a reply, asked how someone answered; a given name spelt
another way before a surname; "the gazette piece on X" as which piece, not what is asked; an
author's own line on what they do. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "leaflet.txt": """Tories attack treaty leaflet

A government leaflet on the Alpine treaty is a propaganda exercise, the Conservatives say.

Shadow foreign secretary Alan Whitcombe told MPs the leaflet was part of a campaign to soften up voters before the referendum.

"Isn't this a taxpayer funded propaganda exercise?" he asked.

The Tory spokesman also criticised ministers for claiming the treaty would make Europe simpler to follow.

"Who are they trying to kid?" he said.
""",
    "whitcombe.txt": """Whitcombe backs border deal

Tory foreign affairs spokesman Alan Whitcombe said the border deal was good for Britain.
""",
    "pubs.txt": """Pub hours row grows

Ministers defended plans to let pubs open for longer.

This week a judge claimed cheap drink was turning town centres into battlegrounds.

Judge Harold Pemberton QC made his remarks as he jailed two men for a brawl.
""",
    "ferris.txt": """Ferris to stand down

Veteran Labour MP Ray Ferris is to stand down at the next election after thirty years in the Commons.

Mr Ferris, a former farm minister, told his local party of his decision on Friday.

Tony Blair said he was a giant of the party and a loyal friend.
""",
    "quitclaim.txt": """Blair denies quit pledge

Tony Blair has dismissed reports he promised to stand down before the next election.
""",
    "flood.txt": """Flood 'will not divert Africa aid'

Aid for the victims of the Orran flood will not be taken from Africa, Prime Minister Tony Blair has promised.

Mr Blair told the BBC the money spent on the flood would not touch the money for Africa.

Charities have raised forty million pounds for the flood appeal.

Asked about the disaster, he said his faith in God had not been shaken.

He added he would give new figures on the flood deaths to the Commons on Monday.
""",
    "faithschools.txt": """Faith schools to expand

The number of faith schools will grow next year, the council said.

Parents of every faith and none will be able to apply, and the faith groups will fund a fifth of the cost.

A headteacher said faith was no bar to a good education.
""",
    "taxclash.txt": """Howard and Blair clash on tax

Tony Blair has said voters will have to wait for the manifesto to see if taxes will rise.

Michael Howard said the IMF had warned that taxes must rise after the election.

Mr Blair replied: "I think they are wrong, because the Treasury forecasts have been proven right."
""",
    "candidate.txt": """Candidate quits over far-right link

Nicholas Pryce-Jones, who had been selected to fight the Wexmouth seat, quit after reports he attended a far-right meeting.

A party spokesman said Mr Pryce-Jones's resignation followed reports in the Wexmouth Courier last month.

Mr Pryce-Jones, of Wexmouth, has also resigned as the party's branch chairman.
""",
    "harbourchair.txt": """Harbour chairman named

Sir Nicholas Hartley has been named chairman of the Wexmouth harbour board.

Sir Nicholas said the port would double its trade within five years.
""",
    "tracked.html": """<html><head><title>The Ferry App Is Tracking Me Though I Never Installed It</title>
<meta property="og:site_name" content="Wendham Gazette"><meta name="author" content="Ada Quill">
<link rel="canonical" href="https://www.wendhamgazette.example/blog/ferry-app-tracking"></head>
<body><article><h1>The Ferry App Is Tracking Me Though I Never Installed It</h1>
<p>I don't use the ferry app.</p>
<p>I'm not afraid of gadgets, I'm a tinkerer.</p>
<p>I have sailed these waters for twenty years, and I build boat engines both for work and for fun.</p>
<p>The most private way to book a crossing is the harbour kiosk, which takes cash and keeps no names.</p>
</article></body></html>
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19c"), settings)


def test_a_description_the_story_has_just_given_the_speaker_is_theirs(engine):
    # "The Tory spokesman also criticised ...", after Whitcombe spoke: his words
    first = first_excerpt(engine, "what did whitcombe say about ministers claiming the treaty would make europe simpler")
    assert "criticised ministers for claiming the treaty" in first.quote
    assert "Whitcombe" in first.attribution.text


def test_an_unnamed_speaker_the_next_sentence_names_is_that_person(engine):
    # "a judge claimed ...", then "Judge Harold Pemberton QC made his remarks ..."
    first = first_excerpt(engine, "what did judge harold pemberton say about cheap drink")
    assert "turning town centres into battlegrounds" in first.quote
    assert "Pemberton" in first.attribution.text


def test_a_person_the_topic_names_must_be_in_the_speakers_story(engine):
    # Blair on his own standing down, in a story that never names Ferris, is not on Ferris's
    first = first_excerpt(engine, "what did blair say about ferris stepping down at the election")
    assert "a giant of the party" in first.quote
    assert "Blair" in first.attribution.text


def test_what_a_topic_asks_of_before_the_time_it_puts_it_in_ranks_the_quotes(engine):
    # "his religious faith after the flood", in the story of the flood: the faith, not the flood
    first = first_excerpt(engine, "what did blair say about his religious faith after the flood")
    assert "faith in God had not been shaken" in first.quote
    assert "Blair" in first.attribution.text


def test_asked_how_someone_answered_their_reply_comes_first(engine):
    first = first_excerpt(engine, "how did blair answer howard's claim that the imf says taxes must rise")
    assert "I think they are wrong" in first.quote
    assert "Blair" in first.attribution.text


def test_a_given_name_spelt_another_way_before_a_surname_is_still_the_persons(engine):
    # "nicolas" is no Nicholas Hartley before Pryce-Jones: it is his own given name, misspelt
    answer = engine.ask("who is nicolas pryce jones")
    assert answer.found and answer.intent == "who_is"
    assert "selected to fight the Wexmouth seat" in answer.excerpts[0].quote
    assert all("Hartley" not in x.quote for x in answer.excerpts)


def test_the_topic_of_a_named_piece_says_which_piece_not_what_is_asked(engine):
    first = first_excerpt(engine, "what does the gazette piece on being tracked by the ferry app say about the harbour kiosk")
    assert "most private way to book a crossing is the harbour kiosk" in first.quote
    assert "Ada Quill" in first.attribution.text


def test_an_author_known_only_by_the_byline_is_who_their_own_line_says(engine):
    first = first_excerpt(engine, "who is ada quill")
    assert "I build boat engines both for work and for fun" in first.quote
