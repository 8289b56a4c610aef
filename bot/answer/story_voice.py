"""Whose word a fact is: what someone says, or what the story says of them while introducing them.

"Robert Jackson, 58, MP for Wantage in Oxfordshire, said he was disillusioned with the party's
leadership": his age and his seat are the story's words, put in the frame that introduces him;
only what follows "said" is his. A fact asked for (how old he is, which seat he holds, that he
chairs a league, that he won libel damages "who on Thursday won £150,000 ...") that the sentence
tells only in that frame is told in the story's own voice, so the excerpt carries no speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer.words import REPORT_VERBS, STOPWORDS
from bot.index.read import sentences_by_id

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.%£$]*")
# A question that asks for someone's word on it: "according to Straw", "what does Howard say",
# "what is the agency warning MSPs about"; or for who did something ("who was stunned by ..."):
# the one who says it is the answer.
_VERBS = [v for v in REPORT_VERBS.split("|") if " " not in v]
_ASKS_WORD = re.compile(r"(?i)^\s*who\b|\baccording to\b|\b(?:" + REPORT_VERBS + "|"
                        + "|".join(sorted({(v[:-1] if v.endswith("e") else v) + "ing" for v in _VERBS})) + r")\b")


# "how much is Brown thought to have spare", "what is he expected to announce": a passive hedge
# the story puts on a fact it tells, not a question on anyone's word
_HEDGE = r"(?:is|are|was|were) (?:[\w'’-]+ ){0,3}?(?:widely |also |now |generally )?(?:thought|believed|understood|expected|said|reported|rumoured|estimated|known) to\b"
_HEDGED_ASK = re.compile(r"(?i)\b" + _HEDGE)
# ... and a clause of its own after "but" that carries that hedge: "Treasury officials have said
# there will not be a pre-election giveaway, but Mr Brown is thought to have about £2bn to spare"
# (the hedge is the story's, the clause no longer the officials')
_HEDGED_BUT = re.compile(r"(?i),? but (?=[^,;]{1,60}? " + _HEDGE + ")")


def _stems(text: str) -> set[str]:
    out = set()
    for w in _TOKEN.findall(text):
        w = re.sub(r"['’]s?$", "", w.lower())
        if w and w not in STOPWORDS:
            out.add(w[:5])
    return out


def split(text: str, source: str, cue: str | None) -> tuple[str, str] | None:
    """(frame, content) of an attributed sentence: the words that introduce the speaker, and
    what the speaker is reported to say. None when the verb of saying is not found."""
    if not cue:
        return None
    low = text.lower()
    s = low.find(source.lower())
    if s < 0:
        s = low.find(source.split()[-1].lower()) if source.split() else -1
    cues = [m.start() for m in re.finditer(r"\b" + re.escape(cue.lower()) + r"\b", low)]
    if not cues:
        return None
    ci = next((c for c in cues if s < 0 or c > s), cues[0])
    ce = ci + len(cue)
    if s < 0 and cue.lower() in _TELL and _CALLED_BEFORE.search(text[:ci]) and (told := _TOLD_WHOM.match(text[ce:])):
        # "... when he will tell the congregation of 2,000 at Westminster Cathedral that peace is ...":
        # the speaker called by a pronoun or a post; whom they tell, and where, is the story's
        return text[:ce + told.end()], text[ce + told.end():]
    if 0 <= s and ci < s:  # '"...," said X, a fellow at ...', '..., according to X'
        if not re.search(r"\w", text[:ci]):  # 'According to X, ...': what follows the name is theirs
            k = text.find(",", s)
            return (text[:k + 1], text[k + 1:]) if k > 0 else None
        return text[ci:], text[:ci]
    if s < 0:
        return None
    after = text[ce:]
    if len(_stems(after)) <= 3 or re.match(r"\s*[,.;]", after):
        # '..., Mary Robinson has said.', '..., HaYom reported, citing anonymous sources.'
        return text[s:], text[:s]
    if s > 0 and re.search(r"(?:,[\"”]|[\"”],)\s*$", text[:s]):  # '"Any of them ...," Martin Bell insisted on ...'
        return text[s:], text[:s]
    if cue.lower() in _TELL and (told := _TOLD_WHOM.match(after)):
        # "Mr Kennedy told the conference in Bournemouth that ...": whom he tells, and where, is
        # the story's; what he tells them, his
        return text[:ce + told.end()], after[told.end():]
    return text[:ce], after


# The speaker called by a pronoun or a post just before the verb of saying ("he will tell", "the
# cardinal said"), when the sentence does not print the name the index gives.
_CALLED_BEFORE = re.compile(r"(?:^|(?<=[\s,;]))(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he [a-z]+)\s+(?:[a-z]+\s+){0,2}$")
_TELL = frozenset("tell tells told telling".split())
# ... and whom they tell, up to what they tell them: "the congregation of 2,000 at Westminster Cathedral that"
_TOLD_WHOM = re.compile(r"\s+(?:the|a|an|his|her|their|its)\s(?:(?!,\s)[^\"“”:;.]){1,80}?(?=\s+that\b)")


def in_story_voice(e, excerpts: list, question: str) -> list:
    """Excerpts whose asked fact is told only in the frame that introduces the speaker, shown
    without the speaker (the story says it). A question that asks for someone's word keeps it."""
    if _ASKS_WORD.search(_HEDGED_ASK.sub(" ", question)):
        return excerpts
    asked = _stems(question)
    out = []
    for x in excerpts:
        out.append(replace(x, attribution=None) if x.attribution is not None and _told_in_frame(e, x, asked) else x)
    return out


# Verbs that report an act done in words, not words relayed: "Jack Straw has announced" the
# embassies' closing, "the UK has welcomed" the bus link, "Lord Dubs agreed to withdraw his bill,
# but urged ...". The story tells the act as its own news; only "said", "told", "claimed",
# "according to" and their like hand what follows to the speaker.
# (A promise is not among them: what someone pledges is their stand on what is to come.)
_ACT_CUES = frozenset("announced announce announcing welcomed praised denied denies deny hoping hopes criticised "
                      "criticises urged urging accused accusing admitted agreed".split())


def acts_told(excerpts: list, question: str) -> list:
    """A fact asked for (not anyone's word on it) that a sentence tells by a verb of an act in
    words ("The EU has also announced that it will start accession talks with Croatia in April
    2005"): the story tells it, and the excerpt carries no speaker. A quote's words stay theirs."""
    if _ASKS_WORD.search(_HEDGED_ASK.sub(" ", question)):
        return excerpts
    return [replace(x, attribution=None) if x.attribution is not None and not x.attribution.direct_quote
            and (x.attribution.cue or "").lower() in _ACT_CUES else x for x in excerpts]


def _told_in_frame(e, x, asked: set[str]) -> bool:
    ids = [r[0] for r in e.reader.all("SELECT id FROM sentences WHERE article_id = ? AND paragraph = ? AND sentence = ?",
                                      [x.article.id, x.paragraph, x.sentence])]
    row = sentences_by_id(e.reader, ids).get(ids[0]) if ids else None
    if row is None or row["text"].strip() != x.quote.strip() or not row["source"] or row["continuation"]:
        return False  # a passage of sentences, or a speaker the answer found itself
    if not x.attribution.source.startswith(row["source"]):
        return False
    parts = split(row["text"], row["source"], row["cue"])
    if parts is None:
        return False
    frame, content = parts
    if (but := _HEDGED_BUT.search(content)) is not None:
        frame, content = frame + " " + content[but.end():], content[:but.start()]
    wanted = asked - _stems(row["source"]) - _stems(x.attribution.source)
    return bool(wanted & _stems(frame)) and not wanted & _stems(content)
