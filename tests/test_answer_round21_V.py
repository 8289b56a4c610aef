"""Round 21 V (unanswerable questions answered): a person the topic names, which another voice
names beside the speaker's quote ("officials said they had briefed Mr Kessler's team"), is that
voice's scene, not the speaker's: the speaker is silent on him; and "how much did X pay for Y"
asks a price paid, which a passage tells by a word of buying or paying, not by any figure beside
Y's name. Small invented packs, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "sanctions.txt": """United States to ease Molvania sanctions

The United States will ease trade sanctions on Molvania, officials said on Thursday.

The conflict in the eastern provinces of Molvania was a low point in relations between the two countries.

Officials said the Molvanian government had allowed two visits by American inspectors to a border area.

Paul Danvers, a leading American academic voice on Molvania, said he was "appalled" that the American government was lifting sanctions.

"There is no reason to believe the men in charge have changed their ways," said Mr Danvers, a senior fellow at a human rights centre.

Administration officials said that they had briefed President-elect Carl Kessler's transition team, but that they did not know if Mr Kessler would keep the policy.

Mr Danvers said he thought the American government was being manipulated by the generals.
""",
    "ports.txt": """Molvania opens its ports to trade

Molvania has opened two of its ports to foreign shipping for the first time in a decade.

Trade analyst Rosa Ibsen said: "Molvania's new trade policy could double the country's exports within five years."

Shipping agent Tom Vale said the new rules on foreign shipping were "a real step forward" for Molvania.
""",
    "envoy.txt": """Kessler names envoy to Molvania

President-elect Carl Kessler has named a special envoy to Molvania.

Analyst Greta Lund said Mr Kessler's Molvania policy would be "far tougher than anything we have seen".
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21v"), settings)


def test_a_person_another_voice_names_beside_a_quote_is_not_the_speakers_scene(engine):
    # officials, not Mr Danvers, speak of Mr Kessler next to his words on the sanctions
    for question in ("what did paul danvers say about carl kessler's molvania policy",
                     "what did paul danvers say about carl kessler"):
        answer = engine.ask(question)
        assert not answer.found, (question, answer.excerpts[:1])


def test_the_speaker_on_the_persons_policy_is_still_found(engine):
    first = first_excerpt(engine, "what did greta lund say about kessler's molvania policy")
    assert "far tougher" in first.quote
    assert first.attribution.text == "Greta Lund"
    first = first_excerpt(engine, "what did rosa ibsen say about molvania's trade policy")
    assert first.attribution.text == "Rosa Ibsen"
    # ... and Mr Danvers on the sanctions, asked about them
    first = first_excerpt(engine, "what did paul danvers say about the molvania sanctions")
    assert "Danvers" in (first.attribution.text or "")


GROCERY = {
    "grocer.txt": """Zentra's grocery push squeezes rivals

Zentra bought the Fresko grocery chain in August 2017 for $13.7 billion, its largest acquisition.

Analysts wonder when the price cuts will be broader, particularly as Zentra competes with the likes of Holm and Brix for a bigger slice of food retail sales, which totaled $726 billion in 2017.

Fresko now has 460 stores across the country.
""",
}


@pytest.fixture(scope="module")
def grocer(tmp_path_factory, settings) -> Engine:
    return engine_over(GROCERY, tmp_path_factory.mktemp("round21v_grocer"), settings)


def test_a_price_paid_is_told_by_a_buying_or_paying(grocer):
    # Zentra never bought Holm: the sales figure beside its name is no price paid for it
    answer = grocer.ask("how much did zentra pay to buy holm")
    assert not answer.found, answer.excerpts[:1]
    first = first_excerpt(grocer, "how much did zentra pay for fresko")
    assert "$13.7 billion" in first.quote
