"""What X announced, pledged or unveiled: a deed the story reports in its own voice as often
as in X's words ("Teenagers will be able to become MPs under plans unveiled by ministers").

"What did X announce about T" reads as what X said, and X's own sentences answer it when
one of them is on T. When none is, and a sentence of the pack says much more of X and T
together, that sentence is the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer import facts
from bot.answer.question import Parsed
from bot.model import Answer, Excerpt

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# Verbs of a deed that is also said: the story may report it without quoting anyone.
DEED_VERBS = re.compile(r"(?i)\b(?:announce[sd]?|unveil(?:s|ed)?|pledge[sd]?|promise[sd]?|propose[sd]?|reveal(?:s|ed)?|"
                        r"confirm(?:s|ed)?|admit(?:s|ted)?|den(?:y|ies|ied)|decide[sd]?|agree[sd]?|offer(?:s|ed)?|publish(?:es|ed)?)\b")
# The story's sentence must cover this much more of the topic than X's best one.
MARGIN = 0.25


def announced(e: Engine, p: Parsed, said: Answer) -> Answer:
    """X's words on the topic, or the story's sentence on X and the topic when X's words
    barely touch it."""
    if p.intent != "statements_by" or not p.topic:
        return said
    asked = p.text[:p.text.lower().rfind(p.topic.lower())] if p.topic.lower() in p.text.lower() else p.text
    if not DEED_VERBS.search(asked):
        return said  # the verb asked, not the topic: "what did Spiegel say about Facebook's offer"
    reported = facts.search(e, Parsed("search", p.text, topic=p.text))
    if not reported.found:
        return _verb_asked_first(asked, said)
    topic = e.concepts(p.topic)
    if not said.found or _covers(e, topic, reported.excerpts[0]) >= _covers(e, topic, said.excerpts[0]) + MARGIN:
        return _verb_asked_first(asked, reported)
    return _verb_asked_first(asked, said)


# A verb that says what kind of saying is asked (owned up to, confirmed, denied), and its forms.
_OWNED_UP = {"confirm": r"confirm(?:s|ed|ing)?", "admit": r"admit(?:s|ted|ting)?", "deny": r"den(?:y|ies|ied|ying)",
             "reveal": r"reveal(?:s|ed|ing)?", "concede": r"conced(?:e|es|ed|ing)", "acknowledge": r"acknowledg(?:e|es|ed|ing)"}


def _verb_asked_first(asked: str, answer: Answer) -> Answer:
    """"What did the Cabinet Office confirm about pensions", "what did Howard admit about ...": of
    the excerpts, those that tell it by the verb asked ("The Cabinet Office has confirmed it is
    reviewing ...", "Mr Howard has admitted he used to play truant") come first: the question asks
    what they owned up to, not all they said on it."""
    verb = next((rx for forms in _OWNED_UP.values() if (rx := re.compile(r"(?i)\b(?:" + forms + r")\b")).search(asked)), None)
    if not answer.found or verb is None:
        return answer
    told = [x for x in answer.excerpts if verb.search(x.quote)]
    return replace(answer, excerpts=told + [x for x in answer.excerpts if x not in told]) if told else answer


def _covers(e: Engine, concepts: list, x: Excerpt) -> float:
    row = e.reader.one("SELECT id FROM sentences WHERE article_id = ? AND paragraph = ? AND sentence = ?",
                       [x.article.id, x.paragraph, x.sentence])
    if row is None or not concepts:
        return 0.0
    return e.search.coverage(concepts, [row["id"]]).get(row["id"], (0.0, set()))[0]
