"""Round 20 T: one a story ties to a body ("Morag Tulloch, of Campaign for Skerry Ferry, said
...") speaks for it in the rest of that story, where her words no longer name it. A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Island ferry campaign rally

Campaigners are to hold a rally calling for the Skerry ferry link, closed in 1971, to be restored.

Morag Tulloch, of Campaign for Skerry Ferry, said restoring the link would bring tourists back to the island.

Islanders have said a ferry would be a huge boost for the local economy.

"We want the Highland Council to fund the first year of the service," Ms Tulloch said.
""",
    "ferrycost.txt": """Ferry costs study

A study for the Highland Council found that a daily ferry to Skerry could cover its running costs.

The Highland Council said it would study the report in the new year.
""",
    "hostel.txt": """Hostel closure row

Plans to close the Dunmore youth hostel have angered walkers.

Priya Okafor of the Dunmore Walkers Trust said the hostel had served walkers for sixty years.

"We want the Hostels Board to keep the hostel open until the end of the season," Ms Okafor said.

Tom Reid, who met the Dunmore Walkers Trust last week, said he wanted the hostel sold.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20t"), settings)


def test_the_body_wants_what_its_named_member_says_later_in_the_story(engine):
    # the group's want is told by Ms Tulloch, tied to it once ("of Campaign for Skerry Ferry,")
    first = first_excerpt(engine, "what do the skerry ferry campaigners want the highland council to do")
    assert "We want the Highland Council to fund the first year" in first.quote
    assert "Tulloch" in first.attribution.text


def test_a_member_tied_without_a_comma_and_later_called_by_surname(engine):
    # "Priya Okafor of the Dunmore Walkers Trust" ... "Ms Okafor said": the trust's want; not
    # that of Tom Reid, who only met the trust
    first = first_excerpt(engine, "what does the dunmore walkers trust want done about the hostel")
    assert "keep the hostel open" in first.quote
    assert "Okafor" in first.attribution.text
