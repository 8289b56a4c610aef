"""Which article of the pack a question names: by its outlet ("the nyt piece"), its web site
("the aclu article") or its author ("Gillmor's blog post")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


# "the ACLU piece", "the Guardian article", "Gillmor's blog post", "the ACLU technologist": an
# article by its outlet, its web site or its author.
_ARTICLE_REF = re.compile(r"(?i)[,;]?\s*\b(?:(?:according to|in|from|by|does|did|do)\s+)?(?:the\s+)?"
                          r"(?P<name>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,2}?)(?:['’]s)?\s+"
                          r"(?:piece|article|story|blog post|blog|op-ed|column|write-up|feature|writer|author|columnist|blogger|"
                          r"technologist|guy|journalist|reporter)\b(?:\s+(?:say|says|said))?")


def in_named_article(e: Engine, text: str) -> tuple[str, list[str] | None]:
    """The question without its reference to an article of the pack, and that article."""
    marks = e.cached("article_marks", lambda: _article_marks(e))
    for m in _ARTICLE_REF.finditer(text):
        words = fold(m.group("name")).split()
        for n in range(len(words), 0, -1):  # "the aclu facebook tracking article": the ACLU's
            name = " ".join(words[:n])
            ids = [a for a, ms in marks.items()
                   if name in ms or any(mark.endswith(" " + name) for mark in ms)]  # "the Gazette": Wendham Gazette
            if ids:
                if (on := _ON_TOPIC.match(text, m.end())) and (about := _about_other(e, on.group(1), ids)):
                    # "according to the bbc piece on blair/brown squabbling": the outlet's one page is on
                    # something else; the piece is the pack's story on that topic, which names no word
                    # an answer must hold
                    return text[:m.start()].strip(), [about]
                return (text[:m.start()] + " " + text[m.end():]).strip(), ids
    # "according to the bbc what's going to decide ...", "... according to the nyt": the outlet is
    # who tells the answer, named as a source is, without a word for its piece
    if m := _ACCORDING.match(text) or _ACCORDING_AFTER.search(text):
        name = fold(m.group("name"))
        ids = [a for a, ms in marks.items() if name in ms]
        if ids:
            return (text[:m.start()] + " " + text[m.end():]).strip(), ids
    return text, None


_ACCORDING = re.compile(r"(?i)^\s*according to (?:the\s+)?(?P<name>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,2}?)\s*[,:]?\s+"
                        r"(?=(?:what|whats|who|whose|how|when|where|why|which|is|are|was|were|did|does|do|has|have)\b)")
_ACCORDING_AFTER = re.compile(r"(?i),?\s+according to (?:the\s+)?(?P<name>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,2}?)\W*$")


# ... "the bbc piece on X", the reference ending the question: the topic it gives the piece
_ON_TOPIC = re.compile(r"(?i)\s+(?:on|about)\s+(\S.{2,}?)\W*$")


def _about_other(e: Engine, topic: str, ids: list[str]) -> str | None:
    """The pack's story on the topic, when it is none of the articles the name gave."""
    from bot.answer.pack import article_about  # (pack reads the answer modules that read this one)
    about = article_about(e, topic)
    return about if about is not None and about not in ids else None


def says_which(e: Engine, rest: str, ids: list[str]) -> bool:
    """What is left of a phrase naming an article ("on being tracked by facebook" of "the aclu
    piece on being tracked by facebook") only tells which piece it is: the pack's story on that
    is one of the articles named."""
    from bot.answer.pack import article_about
    m = re.fullmatch(r"(?i)\s*(?:on|about)\s+(\S.{2,}?)\W*", rest)
    return m is not None and article_about(e, m.group(1)) in ids


def outlet_articles(e: Engine, phrase: str) -> list[str]:
    """The articles of the outlet a phrase names, by its masthead or site: "the nyt"."""
    name = fold(phrase).strip().removeprefix("the ")
    marks = e.cached("outlet_marks", lambda: {r["id"]: _outlet_marks(r["outlet"], r["url"])
                                             for r in e.reader.all("SELECT id, outlet, url FROM articles")})
    return [a for a, ms in marks.items() if name and name in ms]


def _outlet_marks(outlet: str | None, url: str | None) -> set[str]:
    """What an outlet is called: its masthead ("NYTimes", "NY Times", "NYT") and its site
    ("aclu" of www.aclu.org)."""
    marks: set[str] = set()
    if outlet:
        spaced = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", outlet)  # "NYTimes": "NY Times"
        marks |= {fold(outlet), fold(outlet).removeprefix("the "), fold(spaced).removeprefix("the ")}
        if len(caps := "".join(ch for ch in outlet.removeprefix("The ") if ch.isupper())) >= 3:
            marks.add(caps.lower())  # "NYTimes": "the nyt"
    if url and (host := re.match(r"(?i)^\w+://(?:www\.)?([^/:]+)", url)):
        site = host.group(1).lower().split(".")[0]
        marks |= {site, site.removeprefix("the"), *_SITE_NAMES.get(site, ())}  # "theguardian"
    return marks


# Sites whose masthead their address does not spell out: "nytimes.com" is the New York Times.
_SITE_NAMES = {"nytimes": {"new york times", "nyt", "ny times"}, "wsj": {"wall street journal"},
               "ft": {"financial times"}, "latimes": {"los angeles times", "la times"},
               "washingtonpost": {"washington post", "wapo"}, "heraldsun": {"herald sun"}}


def _article_marks(e: Engine) -> dict[str, set[str]]:
    """What each article may be called by: its outlet, its site ("aclu" of www.aclu.org), its
    author's full name and surname."""
    out: dict[str, set[str]] = {}
    for r in e.reader.all("SELECT id, outlet, author, url FROM articles"):
        marks: set[str] = set()
        marks |= _outlet_marks(r["outlet"], r["url"])
        for author in re.split(r",| and ", r["author"] or ""):
            if author.strip():
                marks |= {fold(author), fold(author).split()[-1]}
        out[r["id"]] = marks
    return out
