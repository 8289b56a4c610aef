"""Does a sentence name the kind of thing a question asks for: a place the question did not name,
a university, a seat, an age beside the person's name, someone the question did not name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.actors import parties
from bot.answer.asked import PLACE_VERBS
from bot.answer.words import content_words
from bot.index.read import placeholders
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


# The words of a place phrase that only lead it in: "outside UKIP" tells UKIP
_LOCATIVES = frozenset("in at to from near outside inside".split()) | PLACE_VERBS


# A name a relative "where" follows is a place, whatever kind the tagger gave it: "will visit
# Leicester South, where Lib Dem MP Parmjit Singh Gill overturned ..." (no person is a "where").
_WHERE_AFTER = re.compile(r",? where\b")


def _name_end(text: str, end: int) -> int:
    """Where the capitalised name a match starts runs out ("visit Leicester| South")."""
    m = re.match(r"(?:\s+[A-Z][\w'’-]*)*", text[end:])
    return end + (m.end() if m else 0)


def places_told(e: Engine, wanted: re.Pattern, rows: list, asked: set[str]) -> set[int]:
    """"Where did Kilroy-Silk tell his constituents ...": the sentences that tell a place the
    question did not name ("at a public meeting in Hinckley"), not one it did ("outside UKIP"),
    nor a group or a person after a preposition ("at the European elections"), nor a body one
    goes to or comes from ("to Newsnight")."""
    told: set[int] = set()
    sids = [row["sid"] for row in rows]
    if not sids:
        return told
    kinds: dict[int, dict[int, str]] = {}  # sentence -> where a mention starts in it -> its actor's kind
    for m in e.reader.all("SELECT m.sentence_id AS sid, m.start - s.start AS start, a.kind FROM mentions m "
                          "JOIN actors a ON a.id = m.actor_id JOIN sentences s ON s.id = m.sentence_id "
                          f"WHERE m.sentence_id IN ({placeholders(sids)})", sids):
        kinds.setdefault(m["sid"], {})[m["start"]] = m["kind"]
    for row in rows:
        for m in wanted.finditer(row["text"]):
            words = set(content_words(m.group(0))) - _LOCATIVES
            if not words or words <= asked:
                continue
            capital = re.search(r"\b[A-Z]", m.group(0)[1:])
            kind = kinds.get(row["sid"], {}).get(m.start() + 1 + capital.start(), "place") if capital else "place"
            if kind in ("person", "group") and not _WHERE_AFTER.match(row["text"], _name_end(row["text"], m.end())) \
                    or kind == "organization" and m.group(0).startswith(("to ", "from ")):
                continue  # (a body after "in" or "at" may be where: "at Old Billingsgate Fish Market")
            told.add(row["sid"])
            break
    return told


AGE_ASIDE = re.compile(r",\s*(?:aged\s+)?\d{1,3},")


# ... a seat by its name: "the Sheffield Hallam seat", "the seat of Erewash", "MP for Hackney",
# "has represented the constituency now known as Copeland", "would contest Bethnal Green"; not "to
# win a seat", "Labour MP Ada Rook"
_SEAT = re.compile(r"\b(?:[Ss]eat|[Cc]onstituency|[Ww]ard) (?:of|in|for|now known as|known as) (?!Parliament\b)[A-Z]|"
                   r"\b[A-Z][\w'’-]+ (?:seat|constituency|ward)\b|"
                   r"\b(?:MPs?|MSPs?|MEPs?|AMs?|[Mm]ember|[Pp]arliament|candidate|[Ss]its?|sat|[Ss]tand(?:s|ing)?|stood|"
                   r"[Rr]epresent(?:s|ed|ing)?) (?:for|in) (?!Parliament\b|[A-Z][a-z]+day\b)[A-Z]|"
                   r"\b[Rr]epresent(?:s|ed|ing)? (?!Labour\b|the\b)[A-Z]|"
                   # ... or by the verb of running for it: "he would contest Bethnal Green", "to fight Erewash"
                   r"\b(?:[Cc]ontest(?:s|ed|ing)?|[Ff]ight(?:s|ing)?|fought) (?!Labour\b|the\b)[A-Z]|"
                   r"\b[A-Z][\w'’-]+, where\b[^.;]*\b(?:the|this) (?:seat|constituency)\b")  # "visit Leicester South, where she won the seat"


# "Which university ...?": kinds of thing an answer must name, by the word or, for places, a place
KINDS = {"university": r"universit|college", "college": r"college|universit", "school": r"school|college|academy",
         "country": None, "city": r"city", "town": r"town", "party": r"party", "company": r"company|firm|group|inc|ltd|plc",
         "newspaper": r"newspaper|paper|times|post|daily|journal|herald|telegraph|guardian|mail|mirror|sun\b",
         "website": r"web ?sites?\b|www\.|\w\.(?:com|org|net|co\.uk)\b",  # "which website sold her the pills"
         # "which seat does she represent": "the seat of Erewash", "MP for Hackney", not "Labour MP Ada Rook"
         "seat": None, "constituency": None}


def names_a(e: Engine, kind: str, text: str) -> bool:
    """Does the sentence name a thing of that kind: "which university was she studying at" is
    not answered by "As Eloise deteriorated, the staff in A&E ..."."""
    if KINDS[kind] and re.search(r"(?i)\b(?:" + KINDS[kind] + ")", text):
        return True
    if kind in ("seat", "constituency"):
        return bool(_SEAT.search(text))
    if kind in ("country", "city", "town"):
        return any(h.actor.kind == "place" for h in e.actors.find_in(text, fuzzy=False))
    if kind == "party":
        return bool(parties(fold(text)))
    return False


# The doer of a deed told in the passive, unnamed: "by a protester", "by two masked men".
UNNAMED_AGENT = re.compile(r"\bby (?:an?|one|two|three|four|several|some) (?:[a-z-]+ ){0,2}(?:protester|demonstrator|"
                           r"activist|campaigner|man|men|woman|women|youth|gunm[ae]n|attacker|assailant|intruder|burglar|"
                           r"student|pupil|voter|heckler|passer-by|member of the public|officer|soldier)s?\b")


def names_someone_new(e: Engine, sentence_ids: list[int], asked: set[int]) -> set[int]:
    """Sentences that mention a person or body the question did not name."""
    if not sentence_ids:
        return set()
    rows = e.reader.all(f"SELECT sentence_id, actor_id FROM mentions WHERE sentence_id IN ({placeholders(sentence_ids)})",
                        sentence_ids)
    return {r[0] for r in rows if r[1] not in asked and e.actors.by_id.get(r[1]) is not None
            and e.actors.by_id[r[1]].kind in ("person", "organization", "group")}


_AGE_EPITHET = re.compile(r"the \d{1,3}[ -]year[ -]old\b(?![ -]\w+ [A-Z])")


AGE_SAID = re.compile(r"(?i)\b(?:at the age of|aged) \d|\b(?:his|her|their) \d{1,3}(?:st|nd|rd|th) birthday")


def beside_name(e: Engine, wanted: re.Pattern, row, actor_ids: set[int]) -> bool:
    """An answer of the wanted kind right beside one of the actors' names in the sentence `row`:
    "Lynton Crosby, 48," (just after it), "the 16-year-old burglar Fred Barras" (a few words before it)."""
    text = row["text"]
    names = {n for a in actor_ids if a in e.actors.by_id for n in e.actors.by_id[a].aliases if len(n) > 2}
    if not names:
        return False
    name = re.compile(r"(?i)\b(?:" + "|".join(r"\W+".join(map(re.escape, n.split())) for n in names) + r")\b")
    spots = [(m.start(), m.end()) for m in name.finditer(text)]
    if any(0 <= a.start() - end <= 3 or 0 <= start - a.end() <= 25
           for a in wanted.finditer(text) for start, end in spots):
        return True
    # ... or told of them by "the 93-year-old" later in a sentence they open as its first
    # person named ("Robert Mugabe, his wife Grace ... are insisting the 93 year-old finishes his term")
    if not spots or not _AGE_EPITHET.search(text):
        return False
    first = e.reader.one("SELECT a.id FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE m.sentence_id = ? "
                         "AND a.kind = 'person' ORDER BY m.start LIMIT 1", [row["sid"]])
    return first is not None and first[0] in actor_ids and any(
        _AGE_EPITHET.match(text, a.start() - 4) and a.start() > spots[0][1] for a in wanted.finditer(text))
