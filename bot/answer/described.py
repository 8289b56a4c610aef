"""A speaker the story names only by a description of one person ("the charity's director
added", "The former Labour leader said", "The Tory leader said") is the person it has just
named whom the pack describes so: Barbara Stocking, "the charity's director" in another story,
spoke the line before; Neil Kinnock, "former Labour leader", was named the sentence before.
The credit names them both: "Barbara Stocking, the charity's director".

A "he said" is a person's words: where the index credits a body with them ("The government",
the National Audit Office), the person said to speak just before spoke them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer.actors import BODY_VOICES
from bot.model import Attribution, Excerpt
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# How many sentences back the person a description refers to may have been named.
_BACK = 3
# A voice the story gives no name nor body in its own words: "A spokesman said", "the spokeswoman added".
_BARE_VOICE = re.compile(r"(?i)(?:an?|the)\s+(?:" + "|".join(sorted(BODY_VOICES)) + ")")
# Words of a description that do not tell whom it fits ("the former", "the outgoing", "top").
_NOT_TELLING = frozenset("the a an of for in on at to and s former ex outgoing new top senior official its his her their".split())


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", fold(text)) if w not in _NOT_TELLING]


def _description(row) -> str | None:
    """The description the index gives as the speaker ("the charity's director"), when it names no one."""
    source = row["source"]
    if re.match(r"[Tt]he\s", source) and row["actor_id"] is None and row["kind"] == "unnamed":
        return source
    return None


def _fits(description: str, descriptions: list[str]) -> int:
    """How well a person's descriptions in the pack fit this one: 0 when they do not. Every
    telling word must be theirs ("the charity's director"; "The Tory leader", not Tony Blair's
    "Labour leader"), or the head word and one more; a spokesman is never the one he speaks for."""
    words = _words(description)
    if not words:
        return 0
    head = words[-1]
    theirs = {w for d in descriptions for w in _words(d)}
    shared = set(words) & theirs
    if head not in shared:
        return 0
    return len(shared) if shared == set(words) or len(shared) >= 2 else 0


def _plural(description: str) -> bool:
    head = _words(description)[-1:] or [""]
    return head[0].endswith("s") and not head[0].endswith("ss")


def _descriptions_of(e: Engine, actor) -> list[str]:
    """The person's descriptions; for one named by a surname alone ("Howard"), those of the
    people of the pack named in full by it ("Michael Howard", "Tory leader")."""
    if actor.descriptions or " " in actor.name:
        return actor.descriptions
    full = e.cached("described:surnames", lambda: _by_surname(e))
    return full.get(fold(actor.name), [])


def _by_surname(e: Engine) -> dict[str, list[str]]:
    found: dict[str, list] = {}
    for a in e.actors.by_id.values():
        if a.kind == "person" and " " in a.name and a.descriptions:
            found.setdefault(fold(a.name.split()[-1]), []).append(a)
    return {k: [d for a in v for d in a.descriptions] for k, v in found.items()}


def named_by_description(e: Engine, x: Excerpt) -> Excerpt:
    """The excerpt, credited to the person its description or its "he said" stands for."""
    if x.attribution is None:
        return x
    rows = e.reader.all(
        "SELECT s.id, s.text, s.start, t.source, t.kind, t.cue, t.actor_id, t.continuation FROM sentences s"
        " JOIN attributions t ON t.sentence_id = s.id"
        " WHERE s.article_id = ? AND (s.paragraph > ? OR (s.paragraph = ? AND s.sentence >= ?)) ORDER BY s.id LIMIT 8",
        [x.article.id, x.paragraph, x.paragraph, x.sentence])
    row = next((r for r in rows if r["text"] in x.quote and x.attribution.source.startswith(r["source"])), None)
    if row is None:
        return x
    if _BARE_VOICE.fullmatch(x.attribution.source) and (body := _body_spoken_for(e, row)) is not None:
        return replace(x, attribution=replace(x.attribution, source=f"{x.attribution.source} ({body})"))
    if row["kind"] == "organization":
        return _person_said_it(e, x, row)
    description = _description(row)
    if not description or _plural(description) or not _words(description):
        return x
    best = _named_before(e, x.article.id, row["id"], description)
    if best is None:
        return x
    name = best[1]
    if fold(name) in fold(x.attribution.source):
        return x
    said = re.sub(r"^The\s", "the ", description)
    return replace(x, attribution=Attribution(source=f"{name}, {said}", kind="person", cue=x.attribution.cue,
                                              direct_quote=x.attribution.direct_quote))


def _body_spoken_for(e: Engine, row) -> str | None:
    """The body a bare "A spokesman" speaks for, when the index ties the words to one: the
    reader of "The Association of Chief Police Officers has issued guidance ... A spokesman
    said: ..." knows whose spokesman it is, and the credit should say so (not a person's aide)."""
    body = e.actors.by_id.get(row["actor_id"]) if row["actor_id"] is not None else None
    return body.name if body is not None and body.kind != "person" else None


def _named_before(e: Engine, article_id: str, sentence_id: int, description: str) -> tuple[int | None, str] | None:
    """The person (id, name) a description given as a speaker stands for: the one whom the
    description fits, in the nearest of the _BACK sentences before that names someone it fits."""
    before = e.reader.all(
        "SELECT s.id, a.id, a.name, m.start FROM sentences s JOIN mentions m ON m.sentence_id = s.id"
        " JOIN actors a ON a.id = m.actor_id WHERE s.article_id = ? AND s.id < ? AND s.id >= ? AND a.kind = 'person'"
        " ORDER BY s.id DESC, m.start DESC", [article_id, sentence_id, sentence_id - _BACK])
    best: tuple[int, int, int | None, str] | None = None  # (sentence, fit, actor, name)
    for sid, actor_id, name, _ in before:
        if best is not None and sid != best[0]:
            break  # the nearest sentence that names someone it fits
        actor = e.actors.by_id.get(actor_id)
        fit = _fits(description, _descriptions_of(e, actor) if actor else [])
        if fit and (best is None or fit > best[1]):
            best = (sid, fit, actor.id if actor else None, actor.name if actor else name)
    return None if best is None else (best[2], best[3])


def _named_after(e: Engine, article_id: str, sentence_id: int, description: str) -> int | None:
    """The person (id) an indefinite description given as a speaker stands for, when the next
    sentence names them by it: "This week a judge claimed ..." then "Judge Charles Harris QC made
    his remarks as ..." (the words just before the name, or the person's descriptions, fit it);
    None when it names more than one person."""
    named = e.reader.all(
        "SELECT a.id, s.text, m.start - s.start FROM sentences s JOIN mentions m ON m.sentence_id = s.id"
        " JOIN actors a ON a.id = m.actor_id WHERE s.article_id = ? AND s.id = ? AND a.kind = 'person'",
        [article_id, sentence_id + 1])
    people = {actor_id for actor_id, _, _ in named}
    if len(people) != 1:
        return None
    actor_id, text, start = named[0]
    actor = e.actors.by_id.get(actor_id)
    if actor is None:
        return None
    titled = " ".join(re.findall(r"[A-Z][\w'’-]*", text[max(0, start - 40):start])[-3:])  # "Judge", "Chief Constable"
    return actor_id if _fits(description, [*_descriptions_of(e, actor), titled]) else None


def speaking_as(e: Engine, person, known: set[int]) -> dict[int, str]:
    """The sentences a story gives to a speaker it names only by a description of the person
    ("The Tory spokesman also criticised ...", after Michael Ancram spoke; "a judge claimed ...",
    then "Judge Charles Harris QC made his remarks ..."), with the description; each sentence of
    such a quote (the same speaker, one sentence after another)."""
    found = e.cached(("speaking_as", person.id), lambda: _speaking_as(e, person))
    return {sid: said for sid, said in found.items() if sid not in known}


def _speaking_as(e: Engine, person) -> dict[int, str]:
    described = e.cached("described:speakers", lambda: {
        r[0]: (r[1], r[2]) for r in e.reader.all(
            "SELECT t.sentence_id, t.source, s.article_id FROM attributions t JOIN sentences s ON s.id = t.sentence_id"
            " WHERE t.actor_id IS NULL AND t.kind = 'unnamed'")
        if re.match(r"(?i)(?:the|an?)\s", r[1]) and not _plural(r[1]) and _words(r[1])})
    named = {r[0] for r in e.reader.all("SELECT DISTINCT sentence_id FROM mentions WHERE actor_id = ?", [person.id])}
    near = sorted(j for j in {sid + step for sid in named for step in range(-1, _BACK + 1)} if j in described)
    out: dict[int, str] = {}
    for sid in near:
        source, article = described[sid]
        opener = sid
        while described.get(opener - 1) == (source, article):
            opener -= 1  # the quote's first sentence, where its speaker is given
        if re.match(r"(?i)the\s", source):
            who = _named_before(e, article, opener, source)
            ok = who is not None and who[0] == person.id
        else:
            ok = _named_after(e, article, opener, source) == person.id
        if ok:
            j = opener
            while described.get(j) == (source, article):
                out[j] = source
                j += 1
    return out


# The verbs a story gives a speaker by.
_SAYING = r"(?:said|says|added|adds|told|argued|warned|insisted|explained|continued|urged|claimed)\b"
# "he said", "She added:": the words of a person, never of a body.
_PRONOUN_SAID = re.compile(r"(?:^|[,:;\"“”]\s*)(?:[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?" + _SAYING)
# A person as the subject of a verb of saying, with a post set off by commas between them:
# "Edward Leigh, chairman of the Commons public accounts committee, said".
_SAYS_AFTER_NAME = re.compile(r"^(?:,[^.;:\"“”]{0,120}?,)?\s+(?:has\s+|had\s+|also\s+|then\s+)?" + _SAYING)


def _person_said_it(e: Engine, x: Excerpt, row) -> Excerpt:
    """A quote the story gives as "he said" is a person's, though the index credits a body (the
    National Audit Office, "The government"): the person who was said to speak in the sentence
    just before ("Edward Leigh, chairman of the Commons public accounts committee, said ...")."""
    opener = row
    for _ in range(6):  # the quote's first sentence, where its speaker is given
        if not opener["continuation"]:
            break
        back = e.reader.all("SELECT s.id, s.text, t.source, t.continuation FROM sentences s JOIN attributions t"
                            " ON t.sentence_id = s.id WHERE s.id = ? AND s.article_id = ?", [opener["id"] - 1, x.article.id])
        if not back or back[0]["source"] != row["source"]:
            break
        opener = back[0]
    if not _PRONOUN_SAID.search(opener["text"]) or re.search(re.escape(row["source"]) + r"\s+(?:also\s+)?" + _SAYING, opener["text"]):
        return x  # (not "For the Lib Dems David Laws said: '...,' he said": the index's speaker is named there)
    for sid in (opener["id"] - 1, opener["id"] - 2):
        named = e.reader.all(
            "SELECT a.name, m.end - s.start, s.text, m.text FROM mentions m JOIN actors a ON a.id = m.actor_id"
            " JOIN sentences s ON s.id = m.sentence_id WHERE s.id = ? AND s.article_id = ? AND a.kind = 'person'"
            " ORDER BY m.start DESC", [sid, x.article.id])
        for name, end, text, printed in named:
            if printed[:1].isupper() and printed.lower() not in ("he", "she") and _SAYS_AFTER_NAME.match(text[end:]):
                return replace(x, attribution=Attribution(source=name, kind="person", cue=x.attribution.cue,
                                                          direct_quote=x.attribution.direct_quote))
    return x


def named_speakers(e: Engine, excerpts: list[Excerpt]) -> list[Excerpt]:
    """Each excerpt whose speaker the story gives only by a description, credited to the
    person it named just before whom that description fits; each "he said" the index credits
    to a body, to the person said to speak just before."""
    return [named_by_description(e, x) for x in excerpts]
