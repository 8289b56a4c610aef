"""Round 24 M: who each name refers to (party names NER cuts in two, "Mr" before a nationality
word, a full name NER took for a body, "Mr" inside an entity). The round's rule that an article's
one honorific for a bare surname overrides the pronouns near the full name was dropped: it gave
"Mrs Blair" to Tony Blair where only his "he" says he is a man (the guard test below)."""

from __future__ import annotations

from extract_helpers import invented_actors as _invented


def test_a_party_name_cut_in_two_entities_is_one_party(nlp):
    # NER tags "Liberal" (ORG) and "Democrat" (NORP) apart: one party, not two bodies
    _, actors, mentions = _invented(
        nlp,
        "The plan was welcomed by Conservative leader Peter Harwell and Liberal Democrat leader Ann Ridley.",
        "A Liberal Democrat spokesman said the party took the issues raised in the report very seriously.")
    assert "liberal" not in actors and "democrat" not in actors
    party = [m for m in mentions if m.actor_key == "liberal democrat"]
    assert [m.text for m in party] == ["Liberal Democrat", "Liberal Democrat"]


def test_mr_before_a_nationality_word_is_a_person(nlp):
    # "Mr German" is the man named Mike German, not Germany
    _, actors, mentions = _invented(
        nlp,
        "Mike German, who leads the party in the assembly, attacked the rise in council tax bills.",
        "Mr German said: \"Families will pay more and get less for it.\"",
        "German voters were not asked about the plan.")
    german = [m for m in mentions if m.text == "German"]
    assert [m.actor_key for m in german] == ["mike german", "germany"]
    assert actors["mike german"].kind == "person"


def test_a_full_name_ner_took_for_a_body_is_the_person_called_mr(nlp):
    # "Vincent Cable" tagged an organisation, "Mr Cable" a person: one man
    _, actors, mentions = _invented(
        nlp,
        "Vincent Cable says one in eight households already struggle with debt.",
        "\"Banks are promoting debt,\" Mr Cable told BBC News.",
        "Mr Cable said the bill would target loan sharks.")
    assert "cable" not in actors
    assert actors["vincent cable"].kind == "person"
    assert {m.actor_key for m in mentions if "Cable" in m.text} == {"vincent cable"}


def test_mrs_with_only_his_pronouns_beside_the_full_name_is_another_person(nlp):
    table, actors, _ = _invented(
        nlp,
        "Prime Minister Tony Blair visited the school on Monday.",
        "He spoke to pupils about his plans for exams.",
        "Mrs Blair, a barrister, said she was delighted by the visit.")
    assert table.resolve("Mrs Blair").key == "mrs blair"
    assert "mrs blair" in actors


def test_mr_inside_an_entity_starts_the_persons_name(nlp):
    # NER runs "Tanzania Mr Brown", "Foreign Policy Centre Mr Straw" together
    _, actors, mentions = _invented(
        nlp,
        "On top of the relief deal with Tanzania Mr Brown said the UK would make similar offers.",
        "In a speech to the Foreign Policy Centre Mr Straw said of the Tory leader: \"He is clever.\"",
        "Chancellor Gordon Brown and Foreign Secretary Jack Straw agreed.")
    assert not any("mr" in k.split() for k in actors)
    assert {m.actor_key for m in mentions if m.text in ("Brown", "Straw")} == {"gordon brown", "jack straw"}
    assert actors["tanzania"].kind == "place"
