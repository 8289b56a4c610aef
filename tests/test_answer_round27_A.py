"""Round 27 A (who_said): a claim put in the asker's words names what a speaker said by a word the
lexicon did not link to the speaker's: "goes beyond" / "transcends", "opinions" / "views",
"reputation abroad" / "a bad name internationally", "faster than they can keep up" / "so fast",
"sneak into power" / "win power via the back door", "preach" / "lecture". A small invented pack,
so every expectation is exact; a claim the pack does not make is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.lexicon import expand

ARTICLES = {
    "ports.txt": """Twin ports sign new trade pact

The ports of Calderby and Wensford signed a new trade pact on Tuesday.

The partnership between the two ports "transcends any particular mayor or council on either side of the estuary," harbour commissioner Lena Ford said.

Shipping firms welcomed the pact.
""",
    "pell.txt": """Party distances itself from candidate

The Heritage Party has moved to distance itself from remarks by candidate Simon Pell.

Party chairman Ray Dunmore said the main issue was that Mr Pell's reported views had been presented as party policy, which they were not.

Mr Pell has not commented.
""",
    "strike.txt": """Dock strike enters third week

A strike by dock workers in Calderby has entered its third week.

Councillor Ann Whitlow said the dispute was doing lasting harm to local trade.

"I think the strike is giving Calderby a bad name internationally," said Ms Whitlow.
""",
    "river.txt": """Boatmen struggle as river shifts

Boatmen on the river Wen say its channels have moved more in five years than in the fifty before.

Boatman Eli Marsh has worked the river for thirty years.

"We are working to adapt but the river is changing so fast," said Mr Marsh.
""",
    "vote.txt": """Mayor warns of low turnout

Mayor Joan Hale said she was taking nothing for granted ahead of the vote, warning that the Civic Alliance's strategy was to win power via the back door by hinting they hoped only to cut her majority.

The Civic Alliance said the claim was nonsense.
""",
    "recycling.txt": """Campaigners attack council over recycling

Campaigners have criticised Calderby council over recycling in its own offices.

"For a council that lectures everyone on recycling, isn't it strange that its own offices recycle nothing," said campaigner Jo Fenn.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round27a"), settings)


def _said_by(engine: Engine, question: str, words: str, speaker: str) -> None:
    x = first_excerpt(engine, question)
    assert words in x.quote
    assert x.attribution is not None and speaker in x.attribution.text


def test_goes_beyond_is_transcends(engine):
    _said_by(engine, "who said the tie between the two ports goes beyond any mayor", "transcends any particular mayor", "Ford")


def test_opinions_are_views(engine):
    _said_by(engine, "who said pells opinions had been passed off as party policy", "reported views had been presented", "Dunmore")


def test_a_bad_name_internationally_is_a_reputation_abroad(engine):
    _said_by(engine, "who said the strike is hurting calderby's reputation abroad", "a bad name internationally", "Whitlow")


def test_faster_than_they_can_keep_up_is_so_fast(engine):
    _said_by(engine, "who said the river is changing faster than they can keep up", "changing so fast", "Marsh")


def test_sneaking_into_power_is_the_back_door(engine):
    _said_by(engine, "who accused the civic alliance of trying to sneak into power", "win power via the back door", "Hale")


def test_to_preach_is_to_lecture(engine):
    _said_by(engine, "who said the council preaches recycling", "lectures everyone on recycling", "Fenn")


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who said the river is changing faster than the harbour can be rebuilt after the storms").found


def test_one_way_links():
    assert "views" in expand("opinions") and "opinion" not in expand("views")
    assert "view" not in expand("opinion")  # widening the singular lowers its weight in claims that name it
    assert "lecture" in expand("preach") and "preach" not in expand("lecture")
    assert "back door" in expand("sneak") and "sneak" not in expand("back door")
