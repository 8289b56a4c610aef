"""What came of an event, or what it found: told by the sentence that goes on from the one telling it
("... held a private meeting with union bosses. It is understood no deal was offered ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.asked import TIME_RX
from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.question import Parsed
from bot.answer.thresholds import CONSEQUENCE_REACH
from bot.answer.words import STOPWORDS, content_words
from bot.index.read import sentences_by_id
from bot.model import Answer

if TYPE_CHECKING:
    from bot.answer.engine import Engine


# A sentence that goes on with the one before it rather than starting afresh.
ANAPHOR = re.compile(r"(?:That|This|It|He|She|They|These|Those|At that (?:point|time|stage)|After that|Afterwards|The (?:event|meeting|ceremony|launch|visit|talks|rally|"
                     r"summit|conference|gathering|protest|march|debate|hearing|trial|vote|ballot|move|decision))\b")


# ... and, when a price is asked, a thing named before and now by its price: "... use Blackberries ...
# The £200 handheld computers can ...", "The first children's commissioner has been appointed.
# Prof Green ... will start the £100,000-a-year job" (but no count of MPs)
PRICED_ANAPHOR = re.compile(ANAPHOR.pattern + r"|(?:.*?\b)?[Tt]he [£$€]\d[\d,.]*(?:m|bn|k)?\b")


# ... and a sentence that gives the reason of the one before it: "... but in the end was granted
# £349m. That was because the UK had valued ...", "This is partly because ...", "The reason for
# this was ..." (not "It was because X that Y", whose reason is of its own clause)
REASON_ANAPHOR = re.compile(r"(?:That|This)(?:['’]s| is| was)(?: (?:partly|largely|mainly|mostly|chiefly|simply|only|in part))?"
                            r" (?:because|due to|owing to)\b|The (?:main |chief |real )?reasons? (?:for (?:this|that)|(?:is|was|were|are)\b)")


def told_next(e: Engine, best: list, holds=TIME_RX.search, anaphor: re.Pattern = ANAPHOR) -> list:
    """Sentences covering the question whose answer is told by the next sentence, which goes
    on with them: "... Jane Campbell, the first woman ever to divorce her husband. That happened
    in 1801 ...", "... the rarely used Royal Prerogative ... It is only the 13th time ...". The
    first sentence alone covers the question; the second only gives the answer."""
    nxt = sentences_by_id(e.reader, [r["sid"] + 1 for r, _ in best])
    out = []
    for r, score in best:
        after = nxt.get(r["sid"] + 1)
        if (after is not None and after["article_id"] == r["article_id"] and anaphor.match(after["text"])
                and holds(after["text"])):
            out.append(([r, after], score))
    return out


# "what came (out) of X", "what was the outcome of X": what followed the event, not the event
OUTCOME_ASKED = re.compile(r"(?i)\s*what(?:['’]s| has| is| was)? (?:came|come|comes|has come|resulted) (?:out )?(?:of|from)\b|"
                           r"\s*what (?:was|is|were) the (?:outcome|upshot|result|results) of\b")


# An event told as yet to happen: "will take place", "is to meet", "is due to", "is meeting ... this week".
_UNDER_WAY = re.compile(r"(?i)\b(?:is|are) [a-z]+ing\b[^.;]*\b(?:this|next) (?:week|weekend|month)\b")
_FIRST_SENTENCE = re.compile(r"(?s).*?(?:[.!?](?=\s)|$)")


def outcome_told_next(e: Engine, p: Parsed, answer: Answer) -> Answer:
    """"What came out of Prescott's private meeting with union bosses?": the story's own sentence
    that tells of the meeting ("Mr Prescott held a private meeting ...") restates the question;
    the sentence after it, going on about it ("It is understood no deal was offered in that
    meeting"), tells what came of it: the two are the answer."""
    found = _FINDING.match(p.text) is not None
    if not answer.found or not answer.excerpts or not (OUTCOME_ASKED.match(p.text) or _HAPPENED_AFTER.match(p.text) or found):
        return answer
    # ... and a sentence that tells of the event as still ahead ("Talks ... will take place this
    # weekend", "Mr Bolton is meeting officials this week") tells nothing that came of it
    # (asked in the past; "what happens to X once the deal closes" asks what is ahead)
    if OUTCOME_ASKED.match(p.text) or _HAPPENED_PAST.match(p.text):
        answer.excerpts = [x for x in answer.excerpts if not _ahead(_FIRST_SENTENCE.match(x.quote).group(0))]
        if not answer.excerpts:
            return e.nothing(p)
    first = answer.excerpts[0]
    row = e.reader.one("SELECT id FROM sentences WHERE article_id = ? AND paragraph = ? AND sentence = ?",
                       [first.article.id, first.paragraph, first.sentence])
    if row is None:
        return answer
    rows = sentences_by_id(e.reader, list(range(row["id"], row["id"] + CONSEQUENCE_REACH + 1)))
    this, after = rows.get(row["id"]), rows.get(row["id"] + 1)
    if (whom := _HAPPENED_TO_WHOM.match(p.text)) and this is not None and this["text"] == first.quote:
        # "what happened to Meyer after he took on Thatcher": a later sentence on him that refers
        # back to the event ("... deselected him as a result of that challenge") tells what followed
        later = [r for i in range(row["id"] + 1, row["id"] + CONSEQUENCE_REACH + 1)
                 if (r := rows.get(i)) is not None and r["article_id"] == this["article_id"]]
        named = [w for w in content_words(whom.group(1)) if len(w) > 2]
        for r in later:
            if named and any(re.search(rf"(?i)\b{re.escape(w)}\b", r["text"]) for w in named) \
                    and _refers_back(this["text"], r["text"]):
                answer.excerpts = [excerpt(r, first.score), *answer.excerpts]
                return answer
    # (a test one reports in one's own words is told by them: "I performed a simple five-minute browsing
    # test ... In that test, the PII-free data ...")
    if this is None or after is None or after["article_id"] != this["article_id"] \
            or this["source"] is not None and not (found and after["source"] == this["source"]) \
            or this["text"] != first.quote or not (ANAPHOR.match(after["text"]) or _named_again(this["text"], after["text"])):
        return answer
    answer.excerpts = [span_excerpt(e.reader, [this, after], first.score, voice_of_first=True), *answer.excerpts[1:]]
    return answer


# "what happened when the men took their case to the tribunal", "what happens to X once the deal
# closes": what followed an event the question tells, which the story's sentence on it restates
_HAPPENED_AFTER = re.compile(r"(?i)\s*what (?:happened|happens|followed)(?: to .+?)? (?:when|after|once)\b")


# "what did the browsing test find", "what did Budd's inquiry show": what it found, which the
# story tells after the sentence that tells of the test
_FINDING = re.compile(r"(?i)\s*what (?:did|does|has|have|had) (?:[\w'’-]+ ){0,6}?(?:test|tests|study|survey|poll|inquiry|"
                      r"investigation|review|experiment|research|analysis|audit|inquest|probe)"
                      r" (?:find|found|show|showed|shown|reveal|revealed|conclude|concluded)\b")
_HAPPENED_PAST = re.compile(r"(?i)\s*what (?:happened|followed)\b")
_HAPPENED_TO_WHOM = re.compile(r"(?i)\s*what (?:happened|happens) to (.+?) (?:when|after|once)\b")
# "that challenge", "this defeat": a thing named before, pointed back to
_POINTED_BACK = re.compile(r"\b(?:[Tt]hat|[Tt]his) (?:[\w'’-]+ ){0,2}?([a-z]{5,})\b")


def _refers_back(this: str, later: str) -> bool:
    """The later sentence points back to what this one told by a demonstrative and its word:
    "Sir Anthony Meyer, who challenged Margaret Thatcher ..." ... "as a result of that challenge"."""
    told = {w[:6] for w in content_words(this) if len(w) >= 5}
    return any(m.group(1)[:6] in told for m in _POINTED_BACK.finditer(later))


def _named_again(this: str, after: str) -> bool:
    """The next sentence opens on a thing this one named, called by its head noun: "... took their
    cases to the Special Immigration Appeals Commission. The commission ruled ..."."""
    m = re.match(r"(?:The|(?:In|From|During) (?:the|that|this)) ([A-Za-z]{4,})\b", after)
    return bool(m) and m.group(1).lower() not in STOPWORDS and re.search(rf"(?i)\b{m.group(1)}\b", this) is not None


_FUTURE = re.compile(r"(?i)\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|plans? to|"
                     r"is set to|are set to)\b")
_PAST = re.compile(r"(?i)\b(?:has|have|had|was|were|did)\b")


def to_come(text: str) -> bool:
    return bool(_FUTURE.search(text)) and not _PAST.search(text)


def _ahead(text: str) -> bool:
    """An event told as yet to happen: "will take place", "is due to", "is meeting ... this week"."""
    return to_come(text) or bool(_UNDER_WAY.search(text))
