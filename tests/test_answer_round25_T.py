"""Round 25 (helper T), the answer side: once a body's spokesman speaks as the body, a
why-question that names the body only to say which person ("ukip's candidate") is not asked
of the body's own words."""

from __future__ import annotations

from bot.answer.reasons import _asks_of_its_person


def test_why_of_a_bodys_person_is_not_asked_of_the_body():
    # a body's own words (now its spokesman's too) are no reason of its candidate's
    assert _asks_of_its_person("why did ukip's suffolk coastal candidate quit", ["ukip"])
    assert _asks_of_its_person("why did police arrest the bnp leader", ["bnp"])
    assert not _asks_of_its_person("why does ukip say the pair should give up their seats", ["ukip"])
