"""Round 23 M: names NER runs on past a spaced dash, "Ex-" bodies and hyphenated party pairs."""

from __future__ import annotations

from bot.article import Article
from extract_helpers import invented_actors as _invented


def test_a_spaced_dash_ends_a_name(nlp):
    # "Alan Milburn - the man ...": the dash set off by spaces is punctuation, not the name's
    _, actors, mentions = _invented(
        nlp,
        "The vans were unveiled by Alan Milburn - the man in charge of the campaign - and Gordon Brown.",
        "Mr Milburn said the campaign would be positive.")
    assert "alan milburn" in actors
    assert not any("the" in k.split() for k in actors)
    assert {m.text for m in mentions if m.actor_key == "alan milburn"} >= {"Alan Milburn", "Milburn"}


def test_ex_prefix_and_a_pair_of_parties_are_no_person(nlp):
    # "Ex-Labour minister", "the old Tory-Labour debate": Labour is the party, named by no person
    _, actors, mentions = _invented(
        nlp,
        "Ex-Labour leader Neil Kinnock said the row would damage the party.",
        "Labour and the Tories disagree. Unlike the old Tory-Labour debate, he thinks voters want change.",
        "Mr Kinnock said Labour would win.")
    assert not any(a.kind == "person" and "labour" in k for k, a in actors.items())
    labour = [m for m in mentions if m.text == "Labour"]
    assert len(labour) == 3 and all(m.actor_key == "labour" for m in labour)
    assert labour[0].start == 3     # the Labour of "Ex-Labour"


def test_a_body_ner_took_for_a_work_title(nlp):
    # "The Law Society" tagged a work of art: outside quotes, ending in a body's word, it is the body
    _, actors, mentions = _invented(
        nlp,
        "Lawyers attacked the plans on Monday.",
        "The Law Society dubbed Mr Clarke's new proposals an \"abuse of power\".")
    assert actors["law society"].kind == "organization"
    assert any(m.actor_key == "law society" and m.text == "Law Society" for m in mentions)


def test_a_party_word_ner_left_outside_starts_the_partys_name(nlp):
    # NER takes only "Democrats" of "The Liberal Democrats"; "Democrats" after a comma stays itself
    _, actors, mentions = _invented(
        nlp,
        "The Liberal Democrats have unveiled plans to build 100,000 new homes on publicly owned land.",
        "The Liberal Democrats oppose the plans. While the Republican shift was striking, Democrats have adjusted too.")
    lib = [m for m in mentions if m.actor_key == "liberal democrats"]
    assert [m.text for m in lib] == ["Liberal Democrats", "Liberal Democrats"]
    assert actors["liberal democrats"].kind == "group"


def test_he_after_an_as_clause_naming_a_new_person(nlp):
    # "His words came as Cardinal X ... backed ...": the next "he said" is the cardinal, not the
    # spokesman whose words those were; "as X once declared" only cites X
    from bot.extract import extract
    art = Article(title="t", paragraphs=[
        "Tony Blair does not believe abortion should be an election issue.",
        "The prime minister's spokesman set out Mr Blair's view after Michael Howard spoke on abortion.",
        "Mr Blair's spokesman said: \"The church has a well-known position on this issue.\"",
        "His words came as Cardinal Keith Doyle, the Archbishop of Leeds, backed Mr Howard's stance and distanced himself from Labour.",
        "In a statement, he said abortion was a \"very key issue\" for voters."])
    ex = extract(art, nlp(art.text))
    last = [a for a in ex.attributions if a.sentence == 4]
    assert last and last[0].source_actor_key == "keith doyle"
    art = Article(title="t", paragraphs=[
        "Dick Morris is a pollster who has advised presidents.",
        "So is the party's job to destroy the Tories, as former member Robert Kilroy-Silk once declared?",
        "\"No. The aim is to move the Tories.\""])
    ex = extract(art, nlp(art.text))
    assert not any(a.source_actor_key == "robert kilroy silk" for a in ex.attributions if a.sentence >= 2)
