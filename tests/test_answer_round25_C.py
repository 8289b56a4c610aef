"""Round 25 C (relation, event): "How close is X to Y" asks the degree of an adjective, and a
story answers it by the comparative ("Mr Hale has been closer to President Marrow than any other
leader in the region"), which the stemmer does not fold into "close": not a sentence that holds
"close" beside one of the two ("people close to the Marrow administration").
"What did the latest video of X show" is answered by "The latest footage showed ...": footage is
video, so that sentence holds the whole question, not only "videos of X".
"What happened last July over T" is the July sentence on T, not the first sentence of the pack
dated in July: a sentence dated in the month asked is ranked by the rest of the question too.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "summit.txt": """Hale urges allies to back Marrow

Premier Tobias Hale has urged regional leaders to work with President Edwin Marrow after his re-election.

Mr Hale has been closer to President Marrow than any other leader in the region.

President Marrow thanked Mr Hale for his support on Tuesday.

Mr Hale said President Marrow had learned that force was not the only answer.

"We must all work together," Mr Hale told reporters.
""",
    "wife.txt": """Hale's wife criticised over Marrow remarks

The wife of Premier Tobias Hale has been criticised for remarks about President Edwin Marrow.

"There were objections from people close to the Marrow administration about her comments," a correspondent said.

She made the remarks at a lecture in the capital.
""",
    "hostage.txt": """Plea for release of aid worker

A senator has appealed for the release of aid worker Orla Penhallow, kidnapped in the south last month.

Since her capture, several videos of Mrs Penhallow have been broadcast by a satellite channel.

The latest footage showed Mrs Penhallow asking for foreign troops to leave the country.

The latest appeal came from her family on Monday.
""",
    "prices.txt": """Latest figures show prices rising

The latest figures show prices rose again last month.

The latest rise was the biggest this year, officials said.
""",
    "abroad.txt": """Minister plans Paris visit

The trade minister will visit Paris in July to discuss fishing quotas.

Officials said the visit would last two days.
""",
    "stops.txt": """Searches of young drivers rising

Police stopped more young drivers last year than ever before, figures show.

Last July, the police were accused of bias by drivers' groups after roadside search figures showed a sharp rise.

The figures were published on Tuesday.
""",
    "tour.txt": """Ashdown begins tour of the north

Gwen Ashdown has begun a tour of northern seats.

Ms Ashdown visited a school in Leeds on Monday, rallying local members.

Ms Ashdown said her party would win seats in the region.
""",
    "poll.txt": """Ashdown's party gains in poll

A new poll puts Gwen Ashdown's party three points higher than last month.

Ms Ashdown welcomed the poll as a rallying point.
""",
    "rally.txt": """Ashdown rallies party members

Gwen Ashdown has issued a rallying cry, telling party members the stakes are too high to stay at home.

Speaking at the party's spring conference in Harrogate on Saturday, Ms Ashdown said the election would be close.

Responding to the speech, shadow chief secretary to the Treasury, Colin Brae, said: "This was more talk from Gwen Ashdown."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round25c"), settings)


def test_how_close_is_answered_by_closer(engine):
    x = first_excerpt(engine, "how close is hale to marrow")
    assert x.quote == "Mr Hale has been closer to President Marrow than any other leader in the region."


def test_the_video_is_the_footage(engine):
    x = first_excerpt(engine, "what did the latest penhallow video show")
    assert x.quote.startswith("The latest footage showed Mrs Penhallow")
    assert x.attribution is None


def test_what_happened_in_a_month_on_a_topic(engine):
    x = first_excerpt(engine, "what happened last july over roadside searches")
    assert x.quote.startswith("Last July, the police were accused of bias")
