"""Events: who did what to whom and when, with times resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from bot.article import Article
from bot.extract import extract
from bot.extract.timeexpr import parse_published, resolve_time



@pytest.fixture(scope="session")
def seed(nlp, raw_seed_paragraphs):
    art = Article(title="seed", paragraphs=raw_seed_paragraphs, published="2025-02-10")   # a Monday
    return art, extract(art, nlp(art.text))


def find(ex, action, subject=None):
    return [e for e in ex.events if e.action == action and (subject is None or subject in e.subjects)]


def test_gofman_returned_from_moscow_on_friday(seed):
    _, ex = seed
    [ev] = find(ex, "return from", "roman gofman")     # "who returned": the relative clause's noun
    assert ev.objects == ["moscow"]
    assert ev.time_text == "on Friday" and ev.date == "2025-02-07"
    assert ev.action_text == "returned from"
    assert "Gofman" in ex.sentences[ev.sentence].text


def test_who_did_what_to_whom(seed):
    _, ex = seed
    [send] = find(ex, "send", "benjamin netanyahu")
    assert "moscow" in send.objects
    [ask] = find(ex, "ask", "israel")
    assert ask.objects == ["united states"] and ask.object_text == "the US"
    # "Israel has asked the US to prevent ...": the US is the one to prevent
    [prevent] = find(ex, "prevent")
    assert prevent.subjects == ["united states"]
    # "Erdoğan is expected to host Syria's new president, Ahmad al-Sharaa"
    [host] = find(ex, "host", "recep tayyip erdogan")
    assert host.objects == ["ahmad al sharaa"]
    [conduct] = find(ex, "conduct", "israel")
    assert conduct.time_text == "Since Assad’s ouster" and conduct.date is None
    [deploy] = find(ex, "deploy", "israel")         # the second verb shares the first one's subject
    assert deploy.subjects == ["israel"]
    assert not find(ex, "accord to")                # "according to" is no action


def test_relative_times_resolve_against_publication(nlp):
    art = Article(title="t", published="2025-02-10", paragraphs=[
        "Turkish President Recep Tayyip Erdogan met Ahmad al-Sharaa last month. "
        "Israel struck targets in Syria in December. The ministers will meet again on Friday."])
    ex = extract(art, nlp(art.text))
    [meet] = find(ex, "meet", "recep tayyip erdogan")
    assert meet.objects == ["ahmad al sharaa"]
    assert (meet.time_text, meet.date) == ("last month", "2025-01")
    [strike] = find(ex, "strike", "israel")
    assert (strike.time_text, strike.date) == ("in December", "2024-12")


def test_events_point_at_real_sentences_and_actors(seed):
    _, ex = seed
    keys = {a.key for a in ex.actors}
    assert ex.events
    for e in ex.events:
        assert 0 <= e.sentence < len(ex.sentences)
        assert set(e.subjects) | set(e.objects) <= keys
        assert e.subjects or e.objects
        assert not set(e.subjects) & set(e.objects)
        assert "\n" not in e.subject_text + e.object_text     # never reaches across paragraphs


PUB = date(2025, 2, 10)  # Monday


@pytest.mark.parametrize("text,future,expected", [
    ("on Friday", False, "2025-02-07"),
    ("on Monday", False, "2025-02-10"),
    ("on Tuesday", False, "2025-02-04"),
    ("on Tuesday", True, "2025-02-11"),
    ("next Friday", False, "2025-02-14"),
    ("in December", False, "2024-12"),
    ("in February", False, "2025-02"),
    ("in December", True, "2025-12"),
    ("on 8 April", False, "2024-04-08"),
    ("since December 2001", False, "2001-12"),
    ("by 2007", False, "2007"),
    ("last month", False, "2025-01"),
    ("this month", False, "2025-02"),
    ("last year", False, "2024"),
    ("yesterday", False, "2025-02-09"),
    ("in recent weeks", False, None),
    ("in the 1970s", False, None),
    ("since Assad's ouster", False, None),
])
def test_resolve_time(text, future, expected):
    assert resolve_time(text, PUB, future=future) == expected


def test_resolve_time_without_a_publication_date():
    assert resolve_time("on Friday", None) is None
    assert resolve_time("in December", None) is None
    assert resolve_time("in December 2004", None) == "2004-12"
    assert resolve_time("by 2007", None) == "2007"
    assert resolve_time("last month", date(2025, 1, 15)) == "2024-12"      # across the year


def test_parse_published():
    assert parse_published("2025-02-10T08:30:00+00:00") == date(2025, 2, 10)
    assert parse_published("2025-02-10") == date(2025, 2, 10)
    assert parse_published("last Tuesday") is None and parse_published(None) is None
