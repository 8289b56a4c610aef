"""Round 29 G (abstention): what a question presupposes that the pack does not have.

A name the topic prints (a place, a body, a capitalised word: "the Brantwick traveller site") must
be named near what a speaker said, or open the story, or run through it: a campaigner quoted on
traveller sites in general did not speak of the Brantwick site, which the story names once, in its
own closing line (a prison the story names twice is the setting of all it tells).
"What did X and Y agree in Friday's talks" asks an agreement made: a story that has the talks only
as due tells none. "Who killed X" asks the killer: a story telling only X's death names none. A
small invented pack, so every expectation is exact; the answerable questions beside them still
answer."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "sites.txt": """Councils told to find traveller sites

Ministers are telling councils to find more sites for travellers.

Councils are also to be given stronger powers to move on illegal camps.

Campaigner Nerys Halloway, of the Roads Travellers Trust, said: "We welcome talk about a duty on councils to find land for travellers, so long as it is a real duty."

"New plans for travellers need decent funding and firm action when councils dodge their duties."

Officials said the rules would come into force in the spring.

Councils have often been reluctant to provide sites because of objections from residents.

Two of the most disputed traveller sites - Brantwick in Wessex and Fellmoor in Kent - remain caught up in a long legal battle.
""",
    "camp.txt": """Brantwick camp row goes to court

Residents of Brantwick have gone to court over the traveller camp on the edge of the village.

Parish councillor Owen Ledbury said: "The Brantwick camp has been there for two years without permission and the village has had enough."
""",
    "ruling.txt": """Judges rule against detention

Holding suspects without trial breaks the law, the court has ruled.

The judges ruled by six to one in favour of the appeals by the men.

Most of the men are held in Harwood prison, north of the city.

The ruling is a blow to ministers.

Harwood prison has been called the country's worst jail by campaigners.

The men will stay in custody while ministers decide how to react.

The case was heard by seven judges rather than the usual three.

Judge Ilse Varga said: "Detention without trial is alien to any country that respects the rule of law."
""",
    "talks.txt": """Envoy praises harbour moves

Foreign envoy Marcus Thale has praised steps taken by Ostrava Bay's leaders to end the harbour dispute.

He said the opening of the ferry route was a sign of goodwill.

He is due to take part in talks with the Ostravan government on Friday.
""",
    "fishing.txt": """Fishing deal struck with Lindmark

Farming minister Clara Dovey and the Lindmark government have agreed a new fishing deal, sharing the cod catch equally for five years.

Fishermen said they welcomed the news.
""",
    "march.txt": """Police look into hate leaflet

Police are looking into a leaflet pushed through the doors of a Calderby community centre.

Following the death earlier this year of Tomas Brel, a student living in Calderby, the centre organised a march that was backed by more than 1,000 people.

Centre leaders said the leaflet was an attempt to stir up hatred.
""",
    "shooting.txt": """Man held over shooting of shopkeeper

A man has been charged with the murder of shopkeeper Anna Vosk, who was shot dead in her shop in Calderby.

Police said Vosk was killed by a gunman who fled on foot.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29g"), settings)


def test_a_place_told_only_in_the_story_voice_far_from_the_quote_is_declined(engine):
    assert not engine.ask("what did nerys halloway say about the brantwick traveller site").found


def test_the_speaker_on_the_topic_without_the_place_still_answers(engine):
    x = first_excerpt(engine, "what did nerys halloway say about traveller sites")
    assert "traveller" in x.quote
    assert x.attribution is not None and "Halloway" in x.attribution.text


def test_a_place_named_in_the_speakers_story_headline_still_answers(engine):
    x = first_excerpt(engine, "what did owen ledbury say about the brantwick camp")
    assert "has been there for two years" in x.quote
    assert x.attribution is not None and "Ledbury" in x.attribution.text


def test_a_place_that_runs_through_the_story_still_answers(engine):
    x = first_excerpt(engine, "what did judge ilse varga say in the harwood detainees ruling")
    assert "alien to any country" in x.quote
    assert x.attribution is not None and "Varga" in x.attribution.text


def test_talks_only_due_tell_no_agreement(engine):
    assert not engine.ask("what did thale and the ostravan government agree in fridays talks").found


def test_an_agreement_told_answers(engine):
    x = first_excerpt(engine, "what did clara dovey and the lindmark government agree")
    assert "fishing deal" in x.quote


def test_a_death_told_without_a_killing_names_no_killer(engine):
    assert not engine.ask("who killed tomas brel in calderby").found


def test_a_killing_told_answers_who_killed(engine):
    x = first_excerpt(engine, "who killed anna vosk")
    assert "Vosk" in x.quote
