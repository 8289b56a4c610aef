"""Round 24 B (what did X say): a government department asked by the initials that keep its
"for" ("the DfTR" for the Department for Transport Reform) is that department; shorthand that
ends a compound ("the e-govt portal") is the word it stands for; "the quay protesters lawyer"
is the lawyer the protesters' story quotes, as "the lawyer for the quay protesters" is; a
person's officials or aides ("Harrow officials", "Harrow's aides") are those people, whose
words answer, not the person's own; and "the two defectors" counts them, naming no kind of
defector other than the story's. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "aid.txt": """Charity urges bigger rail budget

A charity has urged ministers to double the money spent on rural railways.

The charity said branch lines were closing across the north. A spokeswoman for the Department for Transport Reform said: "The government has made a clear commitment to reopening twenty branch lines by 2012."
""",
    "portal.txt": """Online portal branded a waste

A failed scheme to put council services online has been branded a waste by MPs.

The e-government portal was scrapped last year after drawing only 400 users. Committee chairman Brian Sollis said: "The e-government portal was a shocking waste of public money."
""",
    "trade.txt": """Harrow to lift Norland trade curbs

President Dan Harrow plans to lift trade curbs on Norland, ending years of hostile relations.

Mr Harrow said the curbs had done their work. Harrow administration officials said they had briefed the incoming president's team but did not know if he would keep the new policy. The incoming president has said little about Norland.
""",
    "quay.txt": """Quay protesters charged

Six protesters who blocked the harbour quay during a vote on the Fishing Bill have been charged.

The group were held in May after chaining themselves to the harbour gates. The women's lawyer Ruth Cadell said that none of them had thought they were breaking the law. "Standing on a quay is no crime," she said. Attorney General Lord Penrose said he would ask the police how the quay protesters should be dealt with.
""",
    "unity.txt": """Reform Party could sue Unity defectors

The Reform Party could take legal action to unseat two councillors who defected to the Unity Party.

Reform chairman Joan Pell urged the men to step down from the council in a letter. She said: "The party has taken advice and we could take legal proceedings against you." Mr Rudd said the councillors would keep their seats.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round24b"), settings)


def test_a_department_asked_by_initials_that_keep_its_for(engine):
    first = first_excerpt(engine, "what did dftr say about reopening branch lines")
    assert "clear commitment to reopening twenty branch lines" in first.quote
    assert "Department for Transport Reform" in first.attribution.source


def test_shorthand_ending_a_compound_is_the_word_it_stands_for(engine):
    first = first_excerpt(engine, "what did brian sollis say about the e-govt portal")
    assert "shocking waste of public money" in first.quote
    assert "Sollis" in first.attribution.source


def test_a_persons_officials_speak_for_themselves(engine):
    first = first_excerpt(engine, "what did harrow officials say about the incoming president and the norland policy")
    assert first.quote.startswith("Harrow administration officials said")
    assert "officials" in first.attribution.source


def test_a_persons_aides_the_pack_never_quotes_are_not_the_person(engine):
    answer = engine.ask("what did harrow's aides say about the trade curbs")
    assert not answer.found


def test_whom_a_lawyer_acts_for_may_come_before_the_post(engine):
    first = first_excerpt(engine, "what did the quay protesters lawyer say")
    assert "Cadell" in first.attribution.source  # (the Attorney General is no protester's lawyer)


def test_a_count_before_a_noun_names_no_kind_of_it(engine):
    first = first_excerpt(engine, "what did joan pell tell the two defectors")
    assert "Pell" in first.attribution.source
