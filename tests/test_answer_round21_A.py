"""Round 21 A (who_said, sources): a word the pack never prints may be its prefixed form
hyphenated ("reengage" is "re-engaging", "overconfident" "over-confident"); a participle with
no subject of its own puts the view of whoever does the verb before it ("X has written to the
watchdog accusing Labour of ..."); a party "on the wane" is a "fading" one, the rank and file
are the troops, to fall in line is to get in line; of two sentences that say as much, the one
that puts the name on the thing ("dismissed the Tories as a "fading" force") answers who
dismissed them so; a sentence that opens on a quotation quotes its speaker, however short the
quotation, and so does one shown by the sentence that names them with their quotation after
it; a person later called by the first word of their name ("Kim Dae-ho" ... "Kim said") is one
source; "what sources is X's book about Y based on" asks for the sources of the story on the
book. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "quiz.txt": """Quiz show for politicians divides opinion

A television quiz for would-be politicians starts on Monday.

Former minister Arthur Penhale said the show would never succeed in re-engaging young voters "with that crowd of cranks".

The channel said the show would be fun.

Critic Nora Fenwick said the makers were far too over-confident about the ratings.
""",
    "calls.txt": """Party faces cold calls inquiry

The Green Party is facing an inquiry into claims it made unlawful telephone calls to voters.

Green chairman Walter Quibell has written to the regulator accusing the Greens of a "deliberate and repeated breach" of the rules on calls.

A Green spokesman said the calls were legal.
""",
    "fading.txt": """Liberals mock rivals

The Liberal leader Mary Trowbridge said the Whig party had "run out of ideas" as she opened her campaign in Leeds on Monday.

The coming poll would be a contest in which the Whig party "fades" as a national force, she said.

Later, Ms Trowbridge dismissed the Whigs as a "fading" force. And she said there was no limit to her own party's hopes.
""",
    "troops.txt": """Union leaders told to listen

Union leaders were warned at a stormy meeting on Monday that members had lost patience.

"They told us very clearly, it was the troops telling the generals: get in line," steward Frank Ollerton said.

The union's general secretary said the meeting had been useful.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21a"), settings)


def test_an_unprinted_prefixed_word_is_its_hyphenated_form(engine):
    x = first_excerpt(engine, "who said the show won't reengage voters")
    assert "re-engaging young voters" in x.quote
    assert x.attribution is not None and "Penhale" in x.attribution.text


def test_an_unprinted_word_over_a_prefix_is_its_hyphenated_form(engine):
    x = first_excerpt(engine, "who said the makers were overconfident")
    assert "over-confident" in x.quote


def test_a_participle_puts_the_view_of_the_verbs_subject_before_it(engine):
    x = first_excerpt(engine, "who accused the greens of a deliberate and repeated breach of the rules on calls")
    assert "accusing the Greens" in x.quote
    assert x.attribution is not None and "Quibell" in x.attribution.text


def test_a_party_on_the_wane_is_a_fading_one_and_the_name_put_on_it_answers(engine):
    x = first_excerpt(engine, "who brushed off the whigs as a party on the wane")
    assert 'dismissed the Whigs as a "fading" force' in x.quote


def test_the_rank_and_file_telling_bosses_to_fall_in_line(engine):
    x = first_excerpt(engine, "who said it was the rank and file telling the generals to fall in line")
    assert "the troops telling the generals: get in line" in x.quote
    assert x.attribution is not None and "Ollerton" in x.attribution.text


SOURCE_ARTICLES = {
    "show.txt": """Talent show for candidates begins

A talent contest for would-be MPs begins on ITV this week.

Over four days a panel of experts will whittle the hopefuls down to a final 20.

"Talent shows" are being used to pick candidates without any real test of their views, the Electoral Reform League said.

"Any of them would make decent MPs," former independent MP Harold Quigley insisted on the BBC's morning radio programme on Monday.

The show follows a familiar format, with queues of nervous hopefuls.

"Don't you care about the whales?", pleaded singing campaigner Tom Yardley.

"I don't care about whales at all," replied judge Vera Pickett.
""",
    "korea.txt": """Seoul opposition demands resignation

SEOUL - The opposition in South Korea demanded the resignation of the interior minister on Saturday.

Park Min-soo, leader of the opposition Unity Party and the minister's rival in the last election, described the apology as "very disappointing."

"The apology was completely out of touch with the public and further fuelled a sense of betrayal," Park said.

Large crowds gathered outside parliament.

"We are deeply worried about the country and its future," Seoul shopkeeper Anna Cho said after the address.
""",
    "memoir.txt": """Minister 'promised to quit', book says

The minister promised to quit before the election, a new book claims.

The book by journalist Colin Ashdown, serialised in a Sunday paper, alleges that the minister told the premier of his plan at a dinner.

The author's sources, all unnamed "friends" of the two men, said the minister felt the war had weakened him.

Opposition spokesman Ray Dunmore said: "This is the worst kind of gossip."
""",
}


@pytest.fixture(scope="module")
def source_engine(tmp_path_factory, settings) -> Engine:
    return engine_over(SOURCE_ARTICLES, tmp_path_factory.mktemp("round21a_sources"), settings)


def test_a_sentence_that_opens_on_a_quotation_quotes_its_speaker(source_engine):
    x = first_excerpt(source_engine, "who does the piece on the itv talent contest for would-be mps quote")
    assert "Harold Quigley" in x.quote


def test_a_source_shown_by_its_naming_sentence_and_its_quotation_is_quoted(source_engine):
    x = first_excerpt(source_engine, "who does the story on the seoul opposition demanding resignation quote")
    assert x.quote.startswith("Park Min-soo, leader of the opposition") and "completely out of touch" in x.quote


def test_a_person_called_by_the_first_word_of_their_name_is_one_source():
    # (the extractor may leave "Lee" and "Lee Jae-myung" two speakers; the list of sources is read
    # from its rows, so the rule is shown on rows as the index gives them)
    from bot.answer.pack import _one_per_person
    rows = {1: {"source": "Kim Dae-ho", "source_kind": "person"}, 2: {"source": "Kim", "source_kind": "person"},
            3: {"source": "Anna Cho", "source_kind": "person"}}
    groups = [{"first": 1, "quote": None}, {"first": 2, "quote": 2}, {"first": 3, "quote": 3}]
    assert _one_per_person(groups, {1: 1, 2: 2, 3: 3}, rows, True) == {1: 2, 3: 3}


def test_the_sources_a_book_is_based_on(source_engine):
    a = source_engine.ask("what sources is ashdown's book about the minister promising to quit based on")
    assert a.intent == "sources"
    assert a.found and "The author's sources" in a.excerpts[0].quote
