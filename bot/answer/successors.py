"""Who replaced, or will replace, someone: only a sentence that names the holder asked for.

"Who is Labour picking to replace Boateng in Brent South?" is a near miss when the pack tells
only that Boateng is leaving: his sentence shares the question's words but names no one else.
An answer to a question of succession must say the succession and name a person the question
does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.excerpts import excerpt
from bot.answer.question import Parsed
from bot.answer.thresholds import MAX_EXCERPTS
from bot.answer.words import content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import Answer

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# "who replaced X", "who's replacing X", "who will succeed X", "who did the Tories pick to
# replace X", "who is X's successor" (not "who tipped Brown as the frontrunner to succeed Blair":
# there the question is a claim, and who made it is asked); "who did X replace" asks whom X followed
FOLLOWED = re.compile(r"^\s*who (?:did|does|will|has|had) (?:[\w'’-]+ ){1,4}?(?:replace|succeed|take over from)\b")  # whom X followed
ASKS = re.compile(
    r"(?i)^\s*who(?:['’]s| is| was| will| would| could| did| does| has| have| had)?(?: be| been)?"
    r"(?: (?:[\w'’-]+ ){0,4}?(?:pick|picking|picked|choose|choosing|chose|chosen|select|selecting|selected|"
    r"name|naming|named|appoint|appointing|appointed|lined up) to)?"
    r" (?:replace|replacing|replaced|succeed|succeeding|succeeded|take over from|taking over from|took over from|"
    r"taken over from)\b"
    r"|^\s*who(?:['’]s| is| was| will be)? (?:[\w'’-]+ ){1,4}?(?:successor|replacement)\b"
    r"|" + FOLLOWED.pattern)
MAX_STORIES = 30  # the stories of one person read for a succession, at most
# ... and a sentence that tells one: "succeeds", "his successor", "in the job after Ms Hutt was
# sacked", "has been selected"
SAYS = re.compile(
    r"(?i)\b(?:replac\w*|succeed\w*|successor|predecessor|took over|takes? over|taken over|taking over|"
    r"(?:after|following) (?:[\w'’-]+ ){1,4}?(?:was |were |had )?(?:sacked|resigned|quit|stood down|stepped down|"
    r"dismissed|ousted|removed|died)|(?:has|have|had|was|were|been|is|are) (?:now )?(?:appointed|named|chosen|selected|picked)\b)")


def find(e: Engine, p: Parsed) -> Answer | None:
    """"Who replaced Ivo Carrick?": in the stories that name him, a sentence that names him,
    tells a succession and names another person ("Dr Wilhelmina Strand, on her first day in the
    job after Ivo Carrick was sacked, ..."). None when nothing does."""
    if not ASKS.match(p.text):
        return None
    asked = {h.actor.id for h in e.actors.find_in(p.text) if h.actor.kind == "person"}
    if not asked:
        return None
    ids = sorted(asked)
    articles = [r[0] for r in e.reader.all(
        f"SELECT DISTINCT s.article_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
        f" WHERE m.actor_id IN ({placeholders(ids)})", ids)]
    if not articles or len(articles) > MAX_STORIES:
        return None  # someone in scores of stories (a prime minister): the search below decides
    named: dict[int, set[int]] = {}
    at: dict[int, list[int]] = {}  # where in the sentence the asked person is named
    for sid, actor, kind, text, offset in e.reader.all(
            f"SELECT s.id, m.actor_id, a.kind, m.text, m.start - s.start FROM sentences s JOIN mentions m ON m.sentence_id = s.id"
            f" JOIN actors a ON a.id = m.actor_id WHERE s.article_id IN ({placeholders(articles)})", articles):
        if actor in asked or kind == "person" and re.search(r"\b[A-Z]", text):
            named.setdefault(sid, set()).add(actor)
        if actor in asked:
            at.setdefault(sid, []).append(offset)
    rows = sentences_by_id(e.reader, [sid for sid, who in named.items() if who - asked])
    # The sentence names them too, if only as "he" (a succession elsewhere in their story,
    # "Mr Hilton was chosen after Robert Oulds was sacked", is another seat's) ...
    # ... on the side asked: "He will succeed Ann Grant" tells whom he follows, not who follows him
    before = FOLLOWED.match(p.text) is not None

    def side(r) -> bool:
        m = SAYS.search(r["text"])
        return m is not None and any((o < m.start()) == before for o in at.get(r["sid"], []))
    found = [r for r in rows.values() if side(r)]
    if not found:
        return None
    words = set(content_words(p.text))  # ... then those that say more of the question ("as health minister")
    found.sort(key=lambda r: (-len(words & set(content_words(r["text"]))), r["sid"]))
    return Answer(p.text, p.intent, True, [excerpt(r, 1.0) for r in found[:MAX_EXCERPTS]])


def named_holder(e: Engine, p: Parsed, answer: Answer) -> Answer:
    """Keep only the excerpts that tell a succession and name someone the question does not."""
    if not answer.found or not ASKS.match(p.text):
        return answer
    asked = {h.actor.id for h in e.actors.find_in(p.text)}
    told = [x for x in answer.excerpts if SAYS.search(x.quote)]
    keys = [(x.article.id, x.paragraph, x.sentence) for x in told]
    people: dict[tuple, set[int]] = {}
    if keys:
        where = " OR ".join(["(s.article_id = ? AND s.paragraph = ? AND s.sentence = ?)"] * len(keys))
        for art, par, sen, actor, text in e.reader.all(
                f"SELECT s.article_id, s.paragraph, s.sentence, m.actor_id, m.text FROM sentences s"
                f" JOIN mentions m ON m.sentence_id = s.id JOIN actors a ON a.id = m.actor_id"
                f" WHERE a.kind = 'person' AND ({where})", [v for k in keys for v in k]):
            if re.search(r"\b[A-Z]", text):  # named there, not "a senior figure" or "he" read as them
                people.setdefault((art, par, sen), set()).add(actor)
    kept = [x for x, k in zip(told, keys) if people.get(k, set()) - asked]
    if kept:
        answer.excerpts = kept
        return answer
    return e.nothing(p, "Nothing in the pack names who that is.")
