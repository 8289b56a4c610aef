"""Engine mechanics: names in questions, FTS safety, threads, seeing a re-ingested index."""

from __future__ import annotations

import shutil
import threading

from bot.answer import Engine
from bot.pipeline import ingest


def test_unknown_first_name_with_known_surname_names_nobody(seed_engine):
    hits = seed_engine.actors.find_in("What did Michael Netanyahu say?")
    assert not hits, "a different first name is a different person"


def test_question_initial_capital_is_not_a_name(seed_engine):
    assert [h.actor.name for h in seed_engine.actors.find_in("How is Israel doing?")] == ["Israel"]


def test_demonym_and_possessive_resolve_to_country(seed_engine):
    names = [h.actor.name for h in seed_engine.actors.find_in("What do Israeli officials think of Turkey's role?")]
    assert names == ["Israel", "Turkey"]


def test_role_resolves_to_person(seed_engine):
    a = seed_engine.ask("Who is Israel's military secretary?")
    assert a.found and a.actors[0].name == "Roman Gofman"


def test_answers_from_threads_agree(seed_engine):
    questions = ["Who is Roman Gofman?", "What did Reuters report?", "What is Israel afraid of?", "brief me"] * 5
    expected = {q: seed_engine.ask(q).excerpts[0].quote for q in set(questions)}
    results: list[tuple[str, str]] = []

    def worker(q: str) -> None:
        results.append((q, seed_engine.ask(q).excerpts[0].quote))

    threads = [threading.Thread(target=worker, args=(q,)) for q in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == len(questions)
    assert all(expected[q] == quote for q, quote in results)


def test_engine_sees_articles_ingested_by_another_process(seed_db, tmp_path, settings):
    db = tmp_path / "live.db"
    shutil.copy(seed_db, db)
    engine = Engine(db, settings)
    assert not engine.ask("What did the harbour authority say about shipping?").found
    story = tmp_path / "port.txt"
    story.write_text("Port traffic grows\n\nThe harbour authority said on Monday that shipping volumes rose "
                     "sharply this year.\n", encoding="utf-8")
    assert [o.status for o in ingest([str(story)], db, settings)] == ["added"]
    a = engine.ask("What did the harbour authority say about shipping?")
    assert a.found and "shipping volumes rose sharply" in a.excerpts[0].quote
    assert a.excerpts[0].article.title == "Port traffic grows"


def test_answering_never_loads_spacy(seed_db):
    import subprocess
    import sys
    code = ("import sys; from bot.answer import Engine; from bot.render import render_json; "
            f"e = Engine({str(seed_db)!r}); render_json(e.ask('Who is Roman Gofman?')); "
            "print(sorted(m for m in ('spacy', 'thinc', 'trafilatura') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_inflected_word_match_is_not_a_loose_prefix():
    from bot.answer.voices import word_in as _word_in
    assert _word_in("embassy", {"embassies"}) and _word_in("daughter", {"daughters"})
    assert not _word_in("pope", {"police"}) and not _word_in("state", {"statement"})
    # a short word's plural too: a headline on "new surveillance laws" names the law asked about
    assert _word_in("law", {"laws"}) and _word_in("tax", {"taxes"}) and not _word_in("law", {"lawn"})
    # ... but a longer word is no inflection: a headline's "faces" names no Facebook
    assert not _word_in("facebook", {"faces"}) and _word_in("strike", {"striking"})


def test_a_name_that_is_also_a_word_resolves_inside_a_question(bbc_engine):
    a = bbc_engine.ask("Blair and Brown")
    assert a.intent == "relation" and {c.name for c in a.actors} == {"Tony Blair", "Gordon Brown"}


def test_an_empty_pack_says_so(tmp_path, settings):
    db = tmp_path / "empty.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert [o.status for o in ingest([str(empty)], db, settings)] == ["failed"]
    engine = Engine(db, settings)
    for q in ("brief me", "help"):
        a = engine.ask(q)
        assert "briefing pack is empty" in a.note and "briefbot ingest" in a.note
    assert not engine.ask("Who is Roman Gofman?").found


def test_a_bug_in_one_kind_of_answer_costs_that_answer_not_the_bot(seed_engine, monkeypatch):
    from bot.answer import engine as engine_module

    def broken(e, p):
        raise IndexError("a bug")

    monkeypatch.setitem(engine_module.HANDLERS, "who_is", broken)
    a = seed_engine.ask("Who is Roman Gofman?")
    assert not a.found and not a.excerpts and "went wrong" in a.note
    monkeypatch.undo()
    assert seed_engine.ask("Who is Roman Gofman?").found


def test_search_syntax_around_one_word_is_not_a_topic_to_brief_on(seed_engine):
    assert seed_engine.ask("bases").found  # a bare topic word: a briefing on it
    a = seed_engine.ask('bases: NOT "x')
    assert not a.found and not a.excerpts


def test_a_name_opening_with_a_short_form_is_also_matched_as_the_adjective():
    from bot.answer.concepts import _printed_forms
    assert _printed_forms("eu constitution") == ["eu constitution", "european constitution"]
    assert _printed_forms("uk government") == ["uk government", "british government"]
    assert _printed_forms("eu") == ["eu"] and _printed_forms("european union") == ["european union"]


def test_chat_abbreviations_match_the_word_articles_print():
    from bot.answer.search import expand
    assert "government" in expand("govt") and "representatives" in expand("reps")


def test_a_members_post_held_as_an_actor_names_nobody(seed_engine, monkeypatch):
    from bot.answer.actors import Actor, ActorHit
    msp = Actor(901, "msp", "MSP", "person")  # the pack may hold a post's letters as someone
    karen = Actor(902, "karen whitefield", "Karen Whitefield", "person")
    green = Actor(903, "andrew green", "Andrew Green", "person")
    hits = {"msp karen whitefield": [ActorHit(msp, "msp", 0, 1, 100.0), ActorHit(karen, "karen whitefield", 1, 3, 100.0)],
            "the green msp": [ActorHit(green, "green", 1, 2, 100.0), ActorHit(msp, "msp", 2, 3, 100.0)]}
    monkeypatch.setattr(seed_engine.actors, "resolve", lambda phrase: hits.get(phrase, []))
    assert seed_engine.resolve_one("msp karen whitefield") is karen  # the post before her name
    assert seed_engine.resolve_one("the green msp") is None  # a post, not Andrew Green nor "MSP"



def test_a_peer_is_the_actor_the_pack_names_by_the_surname_alone(seed_engine, monkeypatch):
    from bot.answer.actors import Actor
    # the pack's actor for "Tory peer Lord Quarmby" may be the bare surname; a commoner of that
    # surname, with a given name, is still not "Lord Quarmby"
    bare = Actor(904, "quarmby", "Quarmby", "organization", aliases={"quarmby"})
    doug = Actor(905, "doug pellow", "Doug Pellow", "person", aliases={"doug pellow", "pellow"})
    monkeypatch.setitem(seed_engine.actors.alias, "quarmby", [bare])
    monkeypatch.setitem(seed_engine.actors.alias, "pellow", [doug])
    assert [h.actor for h in seed_engine.actors.resolve("Lord Quarmby")] == [bare]
    assert seed_engine.actors.resolve("Lord Pellow") == []


def test_a_professors_short_title_is_no_part_of_the_name(seed_engine):
    gofman = seed_engine.resolve_one("Roman Gofman")
    assert gofman is not None and seed_engine.resolve_one("prof Roman Gofman") is gofman


def test_a_story_the_pack_holds_twice_gives_each_quote_once(tmp_path, settings):
    body = ("Harbour chief Ola Brandt said shipping volumes rose sharply this year.\n\n"
            "Mr Brandt said the new berths would open in May.\n")
    (tmp_path / "a.txt").write_text("Port traffic grows\n\n" + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Shipping up at the port\n\n" + body, encoding="utf-8")
    db = tmp_path / "twice.db"
    assert [o.status for o in ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db, settings)] == ["added", "added"]
    a = Engine(db, settings).ask("Who is Ola Brandt?")
    quotes = [x.quote for x in a.excerpts]
    assert a.found and "shipping volumes rose sharply" in quotes[0]
    assert len(quotes) == len(set(quotes))


def test_frozen_engine_lets_its_old_tables_go_on_a_reload(seed_db, tmp_path, settings):
    """The app keeps the loaded tables out of the collector (Engine.freeze); a reload after an
    ingest must still free the old ones and keep the new ones out."""
    import gc
    import weakref
    db = tmp_path / "live.db"
    shutil.copy(seed_db, db)
    engine = Engine(db, settings).freeze()
    try:
        assert gc.get_freeze_count() > 0
        old = weakref.ref(engine.actors)
        story = tmp_path / "port.txt"
        story.write_text("Port traffic grows\n\nThe harbour authority said on Monday that shipping volumes rose "
                         "sharply this year.\n", encoding="utf-8")
        assert [o.status for o in ingest([str(story)], db, settings)] == ["added"]
        assert engine.ask("What did the harbour authority say about shipping?").found
        gc.collect()
        assert old() is None, "the tables loaded before the ingest are still held"
        assert not any(o is engine.actors for o in gc.get_objects()), "the reloaded tables are left to the collector"
    finally:
        gc.unfreeze()
