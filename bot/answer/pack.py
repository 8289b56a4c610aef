"""Answers about the pack as a whole: help, the briefing, the sources an article cites."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.question import Parsed
from bot.answer.search import fts_term
from bot.answer.words import MONTHS, content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import Answer, Attribution, Excerpt
from bot.countries import is_demonym_word
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


EMPTY_PACK = "The briefing pack is empty: add articles with `briefbot ingest PATH_OR_URL`."


def help_(e: Engine, p: Parsed) -> Answer:
    """What can be asked, with examples taken from this index, so every example answers."""
    note = e.cached("help", lambda: _help_text(e)) if e.n_articles else EMPTY_PACK
    return Answer(p.text, "help", True, note=note)


def _help_text(e: Engine) -> str:
    people = e.actors.top(1, ("person",))
    places = e.actors.top(1, ("place",))
    speaker = e.reader.one(
        "SELECT ac.name FROM attributions at JOIN actors ac ON ac.id = at.actor_id"
        " WHERE ac.kind IN ('person', 'organization') GROUP BY ac.id ORDER BY count(*) DESC LIMIT 1")
    pair = e.reader.one(
        "SELECT a1.name, a2.name FROM mentions m1 JOIN mentions m2 ON m2.sentence_id = m1.sentence_id"
        " AND m2.actor_id > m1.actor_id JOIN actors a1 ON a1.id = m1.actor_id JOIN actors a2 ON a2.id = m2.actor_id"
        " WHERE a1.kind != 'group' AND a2.kind != 'group'"
        " GROUP BY m1.actor_id, m2.actor_id ORDER BY count(*) DESC LIMIT 1")
    examples = []
    if people:
        examples.append(f"Who is {people[0].name}?")
    if speaker:
        examples.append(f"What did {speaker[0]} say?")
    if places:
        examples.append(f"What does {places[0].name} want?")
    if pair:
        examples.append(f"{pair[0]} and {pair[1]}")
    examples += ["What sources does the article cite?", "brief me"]
    return (f"I answer from the {e.n_articles} article(s) in the briefing pack, quoting them word for word "
            "and saying who says each thing. Try:\n" + "\n".join(f"  • {x}" for x in examples))


def briefing(e: Engine, p: Parsed) -> Answer:
    """The pack (or the articles on a topic): headlines, central claims with their sources,
    key actors. A topic briefing quotes what each article says on that topic."""
    articles = e.reader.all("SELECT id, title, published FROM articles ORDER BY published DESC, ingested_at, id")
    on_topic: dict[str, list] = {}
    if p.topic:
        best = e.best(e.concepts(p.topic), min_cov=0.5)
        for row, score in best:
            on_topic.setdefault(row["article_id"], []).append((row, score))
        ids = list(on_topic)[:3]
        articles = [a for i in ids for a in articles if a["id"] == i]
    if not articles:
        if not e.n_articles:
            return e.nothing(p, EMPTY_PACK)
        return e.nothing(p)
    shown = articles[:5] if len(articles) > 1 else articles
    excerpts: list[Excerpt] = []
    lines: list[str] = []
    per_article = 3 if len(shown) == 1 else 1
    actor_ids: dict[int, int] = {}
    for a in shown:
        lines.append(f"• {a['title']}")
        claims = central_claims(e, a["id"], per_article)
        topical = [excerpt(r, s) for r, s in on_topic.get(a["id"], [])]
        if topical and all(t.quote != c.quote for t in topical[:1] for c in claims):
            claims = claims[:max(1, per_article - 1)] + topical[:1]  # the lead, then what it says on the topic
        excerpts += claims
        for row in e.reader.all(
            "SELECT m.actor_id, count(*) AS n FROM mentions m JOIN sentences s ON s.id = m.sentence_id "
            "WHERE s.article_id = ? GROUP BY m.actor_id", [a["id"]]):
            actor_ids[row["actor_id"]] = actor_ids.get(row["actor_id"], 0) + row["n"]
    key = sorted((e.actors.by_id[i] for i in actor_ids if i in e.actors.by_id),
                 key=lambda x: (-actor_ids[x.id], x.name))[:6]
    head = "Briefing" if len(articles) == 1 else f"Briefing: {len(articles)} articles in the pack"
    if len(articles) > len(shown):
        lines.append(f"  … and {len(articles) - len(shown)} more")
    if key:
        lines.append("Key actors: " + ", ".join(x.name for x in key))
    return Answer(p.text, "briefing", True, excerpts, [e.card(x) for x in key], note=head + "\n" + "\n".join(lines))


def central_claims(e: Engine, article_id: str, n: int) -> list[Excerpt]:
    """The lead sentence, then the attributed sentences that name the most actors."""
    rows = e.reader.all(
        "SELECT s.id, (SELECT count(DISTINCT actor_id) FROM mentions m WHERE m.sentence_id = s.id) AS actors,"
        " (SELECT 1 FROM attributions at WHERE at.sentence_id = s.id AND at.continuation = 0) AS attributed"
        " FROM sentences s WHERE s.article_id = ? ORDER BY s.id", [article_id])
    if not rows:
        return []
    chosen = [rows[0]["id"]]
    rest = sorted(rows[1:], key=lambda r: (-(r["attributed"] or 0), -r["actors"], r["id"]))
    chosen += [r["id"] for r in rest[: n - 1]]
    by_id = sentences_by_id(e.reader, chosen)
    return [excerpt(by_id[i], 1.0) for i in sorted(chosen) if i in by_id]


# A day of a month, as a headline gives one: "Brown names 16 March for Budget" tells a date
# ("the budget date story") without the word
_DAY_OF_MONTH = re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)? (?:%s)\b|\b(?:%s) \d{1,2}(?:st|nd|rd|th)?\b(?!,? \d{3})"
                           % ("|".join(MONTHS), "|".join(MONTHS)))


def article_about(e: Engine, topic: str, min_cov: float = 0.5) -> str | None:
    """The article a topic points at: most of its concepts in the text, title or outlet."""
    concepts = e.concepts(topic)
    if not concepts:
        return None
    ids = e.search.candidates(concepts, limit=200)
    articles = list(dict.fromkeys(r[0] for r in e.reader.all(
        f"SELECT article_id FROM sentences WHERE id IN ({placeholders(ids)})", ids))) if ids else []
    if not articles:
        return None
    cov = e.search.article_coverage(concepts, articles)
    found = e.reader.all(f"SELECT id, title, outlet, url FROM articles WHERE id IN ({placeholders(articles)})", articles)
    heads = {r["id"]: fold(f"{r['title']} {r['outlet'] or ''} {r['url'] or ''}") for r in found}
    titles = {r["id"]: r["title"] for r in found}
    total = sum(c.weight for c in concepts) or 1.0
    # How often the article comes back to the topic: many articles mention deaths in custody
    # once; the one about them does in sentence after sentence.
    hits: dict[str, float] = dict.fromkeys(articles, 0.0)
    for c in concepts:
        for sid in e.search.concept_rows(c):
            a = e.search.article_of(sid)
            if a in hits:
                hits[a] += c.weight / total
    # The story about the topic puts it in its headline and opening lines: of the articles that
    # cover it, the one whose lead covers most of it ("the piece on Blair backing Brown's
    # pre-budget report" is not a story that mentions the three in passing).
    leads = lead_rows(e, articles)
    actors_asked = [c for c in concepts if c.actor_ids]
    named = {c.label: {e.search.article_of(sid) for sid in e.search.concept_rows(c)} for c in actors_asked}
    opening = lead_rows(e, articles, 3)
    people_asked = {c.label for c in actors_asked if any(e.actors.by_id[i].kind == "person" for i in c.actor_ids)}
    scored = []
    for a in articles:
        # (the asked word, plural, names the headline's singular: "the flying pigs poster" is
        # "Labour pig poster")
        headed = {c.label for c in concepts if any(w and w in heads.get(a, "") for w in c.words)
                  or _plural_of_headline_word(c.label, titles[a])
                  or c.label in ("date", "dates") and _DAY_OF_MONTH.search(titles[a] or "")}
        extra = sum(c.weight for c in concepts if c.label in headed) / total
        lead = sum(c.weight for c in concepts if leads.get(a, frozenset()) & e.search.concept_rows(c)
                   or c.label in headed) / total
        # (of those the headline lifts to the full score, one that names everyone the topic names
        # before one that leaves someone out: "the story on straw attacking the law lords ruling"
        # is the one that prints Straw, not a story on the ruling that never names him)
        # (... and names them where it says what it is about, its headline or lead: a long piece
        # that names everyone somewhere is not the story on what one of them did)
        names_all = all(a in named[c.label] and (c.label not in people_asked or c.label in headed
                                                 or opening.get(a, frozenset()) & e.search.concept_rows(c))
                        for c in actors_asked)
        score = round(min(1.0, cov.get(a, 0.0) + extra), 3)
        # (of stories whose headline and lead cover the topic alike, one whose headline names the
        # body or person the topic names before one whose headline holds only its common nouns:
        # "the story on baa and the airport court challenge" is "BAA support ahead of court
        # battle", not "Protesters plan airport challenge", which names BAA only in its body)
        # (... with something else the topic names: "Profile: Gordon Brown" names only him, and is
        # no more the story on "brown's ninth budget" than any other on him)
        actors_headed = {c.label for c in actors_asked if c.label in headed}
        named_head = sum(c.weight for c in actors_asked if c.label in actors_headed) / total if headed - actors_headed else 0.0
        # The story on a topic touches it in its headline or lead; one that only mentions its
        # words somewhere in the body comes after any that does.
        # ... and one whose headline the question words in full ("the analysis saying brown came
        # out shooting": "Brown comes out shooting") is named by it
        scored.append((score >= min_cov and lead > 0, score >= min_cov and _headline_asked(titles[a], topic, concepts),
                       score, names_all, round(lead, 3), named_head, extra, hits[a], a))
    _, _, score, *_, best = max(scored)
    return best if score >= min_cov else None


# A phrase a headline puts in quotation marks: "Blair 'up for it' ahead of poll" (not the
# apostrophe of "Blair's")
_HEADLINE_QUOTE = re.compile(r"(?<![\w'’])['‘\"“]([^'‘’\"“”]+?)['’\"”](?!\w)")


def _headline_quotes(e: Engine) -> dict[str, list[str]]:
    """Each phrase of two words or more the pack's headlines quote (folded) -> its articles."""
    out: dict[str, list[str]] = {}
    for r in e.reader.all("SELECT id, title FROM articles"):
        for m in _HEADLINE_QUOTE.finditer(r["title"] or ""):
            if len(words := re.findall(r"[\w-]+", fold(m.group(1)))) >= 2:
                out.setdefault(" ".join(words), []).append(r["id"])
    return out


def headline_quoted(e: Engine, text: str) -> str | None:
    """The one story whose headline quotes words the question holds word for word: "the blair up
    for it article" is "Blair 'up for it' ahead of poll", though "up for it" holds no content word
    a search of the topic could find."""
    quotes = e.cached("headline_quotes", lambda: _headline_quotes(e))
    words = re.findall(r"[\w-]+", fold(text))
    found = {a for n in range(2, 8) for i in range(len(words) - n + 1) for a in quotes.get(" ".join(words[i:i + n]), ())}
    return found.pop() if len(found) == 1 else None


def printed_phrase(e: Engine, words: list[str]) -> str | None:
    """The one story that prints three or more content words of a topic as one phrase, in order
    ("new race strategy"), or None (fewer words, no story, or several)."""
    if len(words) < 3 or (term := fts_term(" ".join(words))) is None:
        return None
    found = {e.search.article_of(sid) for sid in e.search.rowids(term)}
    return found.pop() if len(found) == 1 else None


def _headline_asked(title: str, topic: str, concepts: list) -> bool:
    """Does the question hold every word of the headline (three or more), in some form, in the
    headline's order?"""
    heads = content_words(title)
    if len(heads) < 3:
        return False
    # each asked word, with the forms its concept gives it ("came": "come")
    forms = [{t, *(w for c in concepts if t == c.label or t in c.words for w in c.words)} for t in content_words(topic)]
    at = 0
    for h in heads:
        at = next((i + 1 for i in range(at, len(forms)) if any(
            h == w or h in (w + "s", w + "es", w + "d", w + "ed") or w in (h + "s", h + "es") for w in forms[i])), None)
        if at is None:
            return False
    return True


def _plural_of_headline_word(word: str, title: str) -> bool:
    """'pigs' asked, 'pig' in the headline (a headline's singular stands for the kind)."""
    return len(word) >= 4 and word.isalpha() and any(word in (w + "s", w + "es") for w in content_words(title))


def lead_rows(e: Engine, article_ids: list[str], n: int = 2) -> dict[str, frozenset[int]]:
    """The ids of each article's first n sentences."""
    if not article_ids:
        return {}
    out: dict[str, set[int]] = {}
    for r in e.reader.all(f"SELECT article_id, id FROM sentences WHERE article_id IN ({placeholders(article_ids)})"
                          " ORDER BY article_id, id", article_ids):
        got = out.setdefault(r[0], set())
        if len(got) < n:
            got.add(r[1])
    return {a: frozenset(v) for a, v in out.items()}


def byline(e: Engine, p: Parsed) -> Answer:
    """Who wrote an article: its byline, as the page gave it, with the article's opening line.
    Without a topic the pack must hold one article."""
    article = article_about(e, p.topic) if p.topic else None
    if article is None and not p.topic and e.n_articles == 1:
        article = e.reader.one("SELECT id FROM articles")[0]
    if article is None:
        return e.nothing(p, "Which article? Name its topic: 'who wrote the story about ...'." if not p.topic
                         else "No article in the pack matches that topic.")
    a = e.reader.one("SELECT title, author, outlet FROM articles WHERE id = ?", [article])
    where = f" ({a['outlet']})" if a["outlet"] else ""
    if not a["author"]:
        return e.nothing(p, f"The pack does not say who wrote “{a['title']}”{where}.")
    return Answer(p.text, "byline", True, [excerpt(r, 1.0) for r in lead_sentences(e, [article])],
                  note=f"“{a['title']}”{where} is by {a['author']}.")


def lead_sentences(e: Engine, article_ids: list[str]) -> list:
    """Each article's opening sentence, in the order of `article_ids`: one query for them all."""
    if not article_ids:
        return []
    firsts = {r[0]: r[1] for r in e.reader.all(
        f"SELECT article_id, min(id) FROM sentences WHERE article_id IN ({placeholders(article_ids)})"
        " GROUP BY article_id", article_ids)}
    rows = sentences_by_id(e.reader, list(firsts.values()))
    return [rows[firsts[a]] for a in article_ids if a in firsts and firsts[a] in rows]


SOURCES_SHOWN = 12


def _named_in_headline(row, lead: str = "") -> bool:
    """Is the sentence's source named in its article's headline or opening sentence (by its
    last word: "Howard")? "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report":
    both are whom the story is about."""
    last = fold(row["source"] or "").split()[-1:]
    return bool(last) and last[0] in re.findall(r"[\w-]+", fold(f"{row['title'] or ''} {lead}"))


# Who a reporter cites without naming: "sources", "one insider", "Labour strategists".
_ANONYMOUS = re.compile(r"(?i)\b(?:sources?|insiders?|officials?|aides?|strategists?|figures|allies|friends?|"
                        r"colleagues|advisers?|advisors?|diplomats?|people (?:familiar|close|briefed))\b")

# ... one such word alone, saying whose they are in no word: "Officials", "Sources".
_BARE_ANONYMOUS = re.compile(r"(?i)^\s*(?:sources|insiders|officials|aides|advisers|advisors|diplomats)\s*$")

# A share of those polled, which a poll story prints as who says something: "Almost a quarter said ..."
_SHARE = re.compile(r"(?i)^(?:(?:almost|nearly|just|under|over|about|around|some|only|more than|fewer than|less than|"
                    r"a total of)\s+)*(?:(?:\d[\d.]*|(?:ten|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?)"
                    r"\s*(?:%|per ?cent)|(?:a|one|two|three)[- ](?:quarters?|thirds?|fifths?|"
                    r"tenths?)|half|a majority|a minority|one in \w+)(?!\w)")


# "according to a transcript reviewed by Business Insider", "according to Mr Peston", "According
# to the Times": whom words are told from (not "according to the ministerial code", "according
# to their value": what something is done by)
_ACCORDING_TO = re.compile(r"(?i)\baccording to (?P<src>(?-i:(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|the|The) )?[A-Z][\w'’-]*"
                           r"(?: [A-Z][\w'’-]*)*)|(?:an?|the) (?:[\w'’-]+ ){0,2}?"
                           r"(?:transcripts?|text|documents?|papers|polls?|survey|memo|letter|e-?mail|records?|leaked [\w-]+)"
                           r"(?: (?:reviewed|released|seen|obtained|published|quoted) by (?:[\w'’-]+ ){0,3}?[\w'’-]+)?)(?=[,.;:]|$)")


# "who else does the story cite": besides one the question names
_ELSE = re.compile(r"(?i)^(?:who|whom|what|which)(?: \w+)? else\b|\b(?:apart from|aside from|besides|other than|except)\b")

# A question that asks which polls or surveys a story rests on.
_ASKS_POLLS = re.compile(r"(?i)\b(?:polls|surveys|pollsters?|opinion poll)\b|^(?:what|which) (?:poll|survey)\b")
# A poll or survey named by whom it is by or for: "YouGov polled ...", "the Sunday Times poll",
# "the Mori survey", "a poll for the Independent on Sunday", "the survey carried out by ICM Research".
_POLL_NAME = r"[A-Z][\w'’&.-]+(?:\s+(?:on\s+|of\s+|and\s+)?[A-Z][\w'’&.-]+)*"
# (not "Teenagers questioned for a survey": those polled, a participle saying for whom)
_NAMED_POLL = re.compile(r"(?P<name>" + _POLL_NAME + r")(?:,? (?:which|who))?\s+(?:(?:polled|surveyed|interviewed|questioned)"
                         r"(?!\s+(?:for|by)\b)|(?:opinion )?polls?\b|surveys?\b)"
                         r"|\b(?:polls?|surveys?|polled|surveyed|questioned)\s+(?:[a-z]+ed\s+(?:out\s+)?)?(?:by|for)\s+(?:the\s+)?"
                         r"(?P<name2>" + _POLL_NAME + r")")


_OPENER = re.compile(r"^(?:The|A|An|In|However|But|And)\s+")  # not part of the name: "The Sunday Times poll"


def _named_polls(e: Engine, article_id: str) -> list[Excerpt]:
    """The article's sentences that name a poll by whom it is by or for, each credited to them."""
    rows = e.reader.all("SELECT id FROM sentences WHERE article_id = ? ORDER BY id", [article_id])
    out = []
    for row in sentences_by_id(e.reader, [r[0] for r in rows]).values():
        name = next((n for m in _NAMED_POLL.finditer(row["text"])
                     if (n := _OPENER.sub("", m.group("name") or m.group("name2") or ""))[:1].isupper()), None)
        if name is None:
            continue
        x = excerpt(row, 1.0)
        if x.attribution is None or _SHARE.match(x.attribution.source) or _bare_poll(x.attribution):
            # ("Almost a quarter" polled is no source; nor is "a new poll" the sentence says whose it is)
            x = replace(x, attribution=Attribution(source=name, kind="report", cue="poll"))
        out.append(x)
    return out


def _bare_poll(at: Attribution) -> bool:
    """A report credited by its kind alone ("a new poll", "the survey"): the name its sentence
    gives it ("a new poll conducted for the BBC") says whose it is, as a reader would cite it."""
    return at.kind == "report" and not _NAMED.search(at.source)


def _cited_within(e: Engine, article_id: str) -> list[Excerpt]:
    """Sentences of a speaker's that say where the words are told from, "according to" a paper
    or a person the extractor left uncited: the speaker's attribution, citing them."""
    rows = e.reader.all("SELECT sentence_id FROM attributions at JOIN sentences s ON s.id = at.sentence_id"
                        " WHERE s.article_id = ? AND at.cited IS NULL AND at.cue NOT LIKE '%according%'"
                        " AND s.text LIKE '%according to%' ORDER BY s.id", [article_id])
    out = []
    for row in sentences_by_id(e.reader, [r[0] for r in rows]).values():
        m = _ACCORDING_TO.search(row["text"])
        x = excerpt(row, 1.0)
        if m and x.attribution is not None and fold(m.group("src")) not in fold(x.attribution.source):
            out.append(replace(x, attribution=replace(x.attribution, cited=m.group("src"))))
    return out


# A question that asks what work a story rests on, not who speaks in it: "what research does the
# X article draw on", "what data does the X story cite", "what is the story on X based on".
_ASKS_WORK = re.compile(r"(?i)^(?:what|which) (?:research|studies|study|data|evidence|documents?|figures|statistics|reports?)"
                        r" (?:does|do|did|is|are|was|were)\b"
                        r"|^what(?:'s|’s|s| is| was| are) (?:the|this) (?!.*\bsources?\b).*\b(?:story|article|piece|report|item|column)\b.*"
                        r"\bbased on\W*$")
# ... which a sentence names: "researchers from Birkbeck College", "the report, carried out by ..."
_WORK_NAMED = re.compile(r"(?i)\b(?:research(?:ers)?|stud(?:y|ies)|reports?|surveys?|polls?|analysis|findings|documents?|"
                         r"figures|data|statistics|transcripts?|records|answers|census)\b")


def _credited_works(e: Engine, article_id: str, asked: set[str]) -> list[Excerpt]:
    """The article's sentences that say who produced the work it rests on ("researchers from
    Birkbeck College were told", "The report, carried out independently by consultants ..."),
    each credited to them: a story based on research names who did it apart from its findings
    (not "The DCA has provided ...": a speaker, no work)."""
    from bot.answer.provenance import credit, credited  # (here: provenance reads modules that read this one)
    rows = e.reader.all("SELECT id FROM sentences WHERE article_id = ? ORDER BY id", [article_id])
    return [credited(row, 1.0, asked) for row in sentences_by_id(e.reader, [r[0] for r in rows]).values()
            if _WORK_NAMED.search(row["text"]) and credit(row["text"], asked)]


_ASKS_QUOTED = re.compile(r"(?i)\bquot")
# "which labour mp does the X story quote", "which tory activists are quoted in ...": the kind of
# source asked (not "which sources", "which polls", "which papers": the sources themselves)
_WHICH_KIND = re.compile(r"(?i)^\s*which (?!(?:sources?|polls?|surveys?|papers?|newspapers?|reports?)\b)"
                         r"(?P<kind>(?:[\w'’-]+ ){0,2}?[\w'’-]+) (?:does|do|did|is|are|was|were)\b.*\b(?:quot|cite)")


def _kind_asked(question: str) -> list[re.Pattern]:
    """The words of the kind of source a question asks for, each in its singular or plural."""
    m = _WHICH_KIND.match(question)
    words = content_words(m.group("kind")) if m else []
    return [re.compile(r"(?i)\b" + re.escape(re.sub(r"(?<=[a-z]{2})s$", "", w)) + r"(?:s|es)?\b") for w in words]


def _called_kind(text: str, source: str, kind: list[re.Pattern]) -> bool:
    """The sentence calls its source by every word of the kind asked, in the words that name them:
    before the name ("Labour MP Louise Ellman said") or set off after it ("Louise Ellman, the
    Labour MP for Riverside, said"), not anywhere in what they said."""
    at = text.find(source) if source else -1
    if at < 0:
        called = source
    else:
        after = re.match(r",[^,.;:\"“”]{1,80},", text[at + len(source):])
        called = text[max(0, at - 60):at + len(source)] + (after.group(0) if after else "")
    return all(k.search(called) for k in kind)


# a matter within the story the sources are asked on: "who does the X story quote on manhunt"
# (or the part they speak in: "who does the X article cite as dissenters")
_QUOTED_ON = re.compile(r"(?i)\b(?:article|story|piece|report|item|column|feature|preview)\b.*?\b"
                        r"(?:quotes?|cites?|interviews?|names?)\s+(?:on|about|over|as)\s+(.+?)\W*$")


def _speaking_on(e: Engine, article: str, matter: str) -> set[str]:
    """The sources (folded) of the story that speak on a matter: a sentence of theirs in it covers
    all the matter's words. One query for the story's sources; coverage from the index."""
    concepts = e.concepts(matter)
    if not concepts:
        return set()
    said = e.reader.all("SELECT at.sentence_id, at.source FROM attributions at JOIN sentences s ON s.id = at.sentence_id"
                        " WHERE s.article_id = ?", [article])
    cov = e.search.coverage(concepts, [r[0] for r in said])
    return {fold(r[1]) for r in said if cov[r[0]][0] >= 1.0}


# "the report", "this poll" is the story's own subject; "The Daily Telegraph poll" names whose it is
_OWN_SUBJECT = re.compile(r"(?i:the|its|this) (?![\w'’-]*[A-Z])")
# what the question says the story is on: "the story on the 'useless' quangos report"
# or named before it: "the quango report article"
_STORY_ON = re.compile(r"(?i)\b(?:article|story|piece|report|item|column|feature|preview) (?:on|about) (.+)$")
_STORY_NAMED = re.compile(r"(?i)\b(?:the|this|that) ((?:[\w'’-]+ ){1,5})(?:article|story|piece|item|column|feature|preview)\b")
# whom a poll or report was done by or for, told after it: "a new poll conducted for the BBC"
_DONE_FOR = r"(?:\s+[\w'’-]+){0,3}?\s+(?:for|by)\s+(?:the\s+)?[A-Z]"
_NAMED = re.compile(r"(?<!^)\b[A-Z]")
# a source worded as one of a kind: "a race group", "an anti-poverty charity"
_INDEFINITE = re.compile(r"(?i)an?\s")
# a report worded with its author: "a report by the government's finance watchdog", "the watchdog's study"
_AUTHORED = re.compile(r"(?i)\b(?:by|from)\s+\w|\w['’]s\s+\w")


# A sentence that opens on a quotation closed after its own stop or comma ('"Any of them would
# make competent MPs," Martin Bell insisted'), not on a phrase in quotation marks ('"Sustainable
# communities" were being promoted ...'); and the same test as SQL.
_OPENS_ON_QUOTATION = re.compile(r'^["“].*?[,.?!]["”]')
_OPENS_ON_QUOTATION_SQL = ("(substr(s.text, 1, 1) IN ('\"', '“') AND ("
                           + " OR ".join(f"instr(s.text, '{p}{q}')" for p in ",.?!" for q in ('"', "”")) + "))")


def _nameless(source: str) -> bool:
    """A source worded with no name: no capitalised word but a nationality ("an Israeli news
    outlet", "Israeli media", "regional security sources")."""
    return all(is_demonym_word(w.lower()) for w in re.findall(r"[\w'’-]+", source)[1:] + re.findall(r"^[\w'’-]+", source)
               if w[:1].isupper() and w.lower() not in ("a", "an", "the"))


def _names(text: str, source: str) -> bool:
    """Does the sentence name the source, by its last word ("Mr McConnell", "the committee")?"""
    last = re.findall(r"[\w-]+", fold(source))[-1:]
    return bool(last) and last[0] in re.findall(r"[\w-]+", fold(text))


# One source, however the story words it: a person is one source whether introduced as
# "Commission for racial equality chief Trevor Phillips" or later as "Mr Phillips"; a body or an
# unnamed voice is its wording ("Labour", "A Labour Party spokesman" are two).
_ONE_SOURCE = "CASE WHEN at.kind = 'person' AND at.actor_id IS NOT NULL THEN 'person ' || at.actor_id ELSE lower(at.source) END"


def _one_per_person(groups: list, shown: dict[int, int], rows: dict, quoted: bool) -> dict[int, int]:
    """A source worded as a post and a name ("Commission for racial equality chief Trevor
    Phillips") is the person the story later quotes by that name ("Trevor Phillips"): one
    source, introduced where it first speaks, shown by its first quotation when quotes are asked."""
    quote = {g["first"]: g["quote"] for g in groups}
    names = {fold(rows[sid]["source"]): sid for sid in shown if len((rows[sid]["source"] or "").split()) >= 2}
    # ... and a body the story names again by the end of its name ("the Welsh Assembly
    # Government" ... "said the assembly government"): one source
    names.update({short: sid for name, sid in list(names.items()) if name.startswith("the ")
                  and len((short := name[4:]).split()) >= 2 and short not in names})
    # ... and a person the story goes on to call by one word of their full name, the first as
    # well as the last ("Lee Jae-myung" ... "Lee said": a family name printed first), when
    # that word is of one person only
    people = {sid: fold(rows[sid]["source"]).split() for sid in shown if rows[sid]["source_kind"] == "person"}
    merged = dict(shown)
    for sid in shown:
        worded = fold(rows[sid]["source"] or "")
        person = next((other for name, other in names.items() if other != sid and worded.endswith(" " + name)), None)
        if person is None and len(people.get(sid, ())) == 1:
            full = [other for other, words in people.items() if len(words) >= 2 and worded in (words[0], words[-1])]
            person = full[0] if len(full) == 1 else None
        if person is None or person not in merged or sid not in merged:
            continue
        first = min(sid, person)
        opens = min((q for q in (quote.get(sid), quote.get(person)) if q), default=None)
        del merged[max(sid, person)]
        merged[first] = opens if quoted and opens else first
    return merged


def sources(e: Engine, p: Parsed) -> Answer:
    topic_words = content_words(p.text, frozenset("sources source cite cites cited quote quotes quoted use uses rely "
                                                  "relies does article story piece report reports item column feature preview".split()))
    # (a preview, a column, a feature is the kind of story, not its topic: "the budget preview piece")
    article_ids = None
    if topic_words:
        # (the story a headline's quoted words name: "the blair up for it article")
        # (... or the one story that prints the topic's words as one phrase: "the story on the new
        # race strategy" is the one on "the government's new race strategy")
        article = headline_quoted(e, p.text) or printed_phrase(e, topic_words) or article_about(e, " ".join(topic_words))
        if article is None:
            return e.nothing(p, "No article in the pack matches that topic.")
        article_ids = [article]
    # Each distinct source once, with the first sentence it speaks in; over the whole pack,
    # the most quoted first. Grouped in SQL so only the shown sentences are read.
    where = "at.continuation = 0" + (f" AND s.article_id IN ({placeholders(article_ids)})" if article_ids else "")
    order = "first" if article_ids else "count(*) DESC, first"
    # (a quote opens where its words are introduced: "Mr Cook ... told Today it was not fair to
    # blame the public." then "They are turned off ..." in quotation marks, his own words)
    # (... or where a sentence opens on a quotation, however short: '"Any of them would make
    # competent MPs," Martin Bell insisted' quotes him, though most of its words are the story's)
    opens = (f"at.direct_quote OR {_OPENS_ON_QUOTATION_SQL} OR EXISTS (SELECT 1 FROM attributions nx WHERE nx.sentence_id = at.sentence_id + 1"
             " AND nx.continuation AND nx.direct_quote AND lower(nx.source) = lower(at.source))")
    groups = e.reader.all(
        f"SELECT min(at.sentence_id) AS first, min(CASE WHEN {opens} THEN at.sentence_id END) AS quote,"
        f" count(*) OVER () AS total FROM attributions at"
        f" JOIN sentences s ON s.id = at.sentence_id WHERE {where}"
        f" GROUP BY {_ONE_SOURCE}, lower(coalesce(at.cited, '')) ORDER BY {order} LIMIT ?",
        (article_ids or []) + [SOURCES_SHOWN])
    if not groups:
        return e.nothing(p, "The pack's articles state everything in their own voice: no sources are named.")
    # "Who is quoted in the story": a source the story quotes is shown by its first words in
    # quotation marks ("Lord Falconer said: "One of the top priorities ..."), not by what it told
    # of them first ("Lord Falconer wants all crown courts ...")
    asks_quoted = bool(article_ids) and _ASKS_QUOTED.search(p.text) is not None
    shown = {g["first"]: g["quote"] if asks_quoted and g["quote"] else g["first"] for g in groups}
    rows = sentences_by_id(e.reader, sorted(set(shown) | set(shown.values()) | {i + 1 for i in shown.values()}
                                            | {i - 1 for i in shown.values()}))
    if article_ids:
        shown = _one_per_person(groups, shown, rows, asks_quoted)
    # A quotation that names its speaker only as "he said" is shown with the sentence just before
    # it that introduces them by name ("Lib Dem president Simon Hughes said ... . "The Liberal
    # Democrats will ...," he said.): the reader sees whose words they are.
    introduced = {sid: shown[sid] - 1 for sid in shown if asks_quoted and shown[sid] != sid and rows[shown[sid]]["direct_quote"]
                  and not _names(rows[shown[sid]]["text"], rows[sid]["source"] or "") and (before := rows.get(shown[sid] - 1))
                  and before["article_id"] == rows[sid]["article_id"] and before["source"]
                  and (fold(before["source"]) == fold(rows[shown[sid]]["source"] or "") or before["sid"] == sid)  # (its own first words)
                  and _names(before["text"], before["source"])}
    # a share of those polled ("Almost a quarter", "70%") is a finding of the poll, not a source
    firsts = [g["first"] for g in groups if g["first"] in rows and g["first"] in shown and not _SHARE.match(rows[g["first"]]["source"] or "")]
    if article_ids:
        # The one the headline names is whom the story is about ("Howard denies split ..."): the
        # sources it rests on come first, then the protagonist's own words.
        # ... and of those, the ones a reporter cites come first: unnamed sources, insiders,
        # reports and papers ("A Labour source told the Sunday Times"), before those who speak
        said = e.reader.all(f"SELECT sentence_id, kind, source, direct_quote, cue FROM attributions"
                            f" WHERE sentence_id IN ({placeholders(firsts)})", firsts)
        quoted = {r["sentence_id"] for r in said if r["direct_quote"] or _OPENS_ON_QUOTATION.match(rows[r["sentence_id"]]["text"])}
        # (... and one shown by the sentence that names them and their quotation after it is quoted too)
        quoted |= {sid for sid in introduced if introduced[sid] == sid}
        # ... and of those quoted, the ones quoted in words that name them ("Announcing the plans,
        # Mr Redwood said: "..."), before one whose first words are only "he said"
        # (a quotation shown with the sentence just before it that introduces its speaker by
        # name is quoted in words that name them too: "Chairman Lord Holme argued ... . "The
        # broadcasters should ...," he said.")
        by_name = {sid for sid in firsts if (shown[sid] != sid or sid in quoted)
                   and (_names(rows[shown[sid]]["text"], rows[sid]["source"]) or sid in introduced)} if asks_quoted else set()
        # ("the story on the 'useless' quangos report": the bare "a report" its lead tells of is what
        # the story is on, its subject, not a source it cites)
        on = _STORY_ON.search(p.text) or _STORY_NAMED.search(p.text)
        # (... unless its sentence says whom it was done by or for: "a new poll conducted for the BBC
        # suggests" is a poll the story rests on)
        subject = {r["sentence_id"] for r in said if on and r["kind"] == "report" and not _NAMED.search(r["source"])
                   and not _AUTHORED.search(r["source"]) and fold(r["source"]).split()[-1:] and fold(r["source"]).split()[-1] in fold(on.group(1)).split()
                   and not re.search(re.escape(r["source"]) + _DONE_FOR, rows[r["sentence_id"]]["text"])}
        # (a newsroom's own finding, "..., BBC Scotland has learned", is the story's own reporting,
        # not a source it cites)
        cited = {r["sentence_id"] for r in said if r["sentence_id"] not in subject and r["cue"] != "learned" and (
                 r["kind"] == "outlet" or r["kind"] == "report" and not _OWN_SUBJECT.match(r["source"])
                 or r["kind"] == "unnamed" and _ANONYMOUS.search(r["source"]))}  # ("the report" is the story's own subject)
        # (bare "Officials believe ...", after a body the story named has spoken: officials of no one
        # named, the named body's own people, not a source cited apart from it)
        cited -= {r["sentence_id"] for r in said if _BARE_ANONYMOUS.match(r["source"]) and r["cue"] != "according to"
                  and any(o["sentence_id"] < r["sentence_id"] and _NAMED.search(o["source"]) for o in said)}
        # a report its sentence names ("The Daily Telegraph poll suggests ...") before one it leaves bare
        # ("..., according to a poll"): the named one is who the story rests on
        # (one its sentence says is whose, "a report by the government's finance watchdog", is not bare)
        bare = {r["sentence_id"] for r in said if r["kind"] == "report" and not _NAMED.search(r["source"])
                and not _AUTHORED.search(r["source"])}
        # a voice the story leaves unnamed and does not cite ("critics claim ...", "The document
        # said ...") after those it names: an analyst asking whom a story rests on wants names
        # (... whatever kind the index gives it: "a race group" is a body the story names only later)
        unnamed = {r["sentence_id"] for r in said if r["sentence_id"] not in cited and not _NAMED.search(r["source"])
                   and (r["kind"] == "unnamed" or r["kind"] == "report" and _OWN_SUBJECT.match(r["source"])
                        or r["kind"] == "organization" and _INDEFINITE.match(r["source"]))} | subject
        # (the opening sentence's own source, "an Israeli news outlet reported", is cited there, not its subject)
        lead = e.reader.one("SELECT s.text, at.source FROM sentences s LEFT JOIN attributions at ON at.sentence_id = s.id"
                            " WHERE s.article_id = ? ORDER BY s.id LIMIT 1", article_ids)
        about = lead[0].replace(lead[1], " ") if lead and lead[1] else lead[0] if lead else ""
        # ... then those the story quotes in their own words, before those it reports
        if asks_quoted:
            # "Who is quoted": those it quotes in their own words come first
            firsts.sort(key=lambda sid: (sid not in by_name, sid in unnamed, sid not in quoted, sid not in cited, _named_in_headline(rows[sid], about), sid))
        else:
            # (of those cited, one the story names before one it calls only by a nationality and
            # a kind: "Israeli newspaper HaYom" before "an Israeli news outlet", "Israeli sources")
            # (... one it says whose it is, "a report by the government's finance watchdog", is named so)
            nameless = {sid for sid in cited if _nameless(rows[sid]["source"] or "") and not _AUTHORED.search(rows[sid]["source"] or "")}
            firsts.sort(key=lambda sid: (sid not in cited, sid in nameless, sid in unnamed, sid in bare, _named_in_headline(rows[sid], about),
                                         sid not in cited and sid not in quoted, sid))
        if (on_what := _QUOTED_ON.search(p.text)) is not None:
            # "who does the game warnings story quote on manhunt": those who speak on that, first
            speaking = _speaking_on(e, article_ids[0], on_what.group(1))
            firsts.sort(key=lambda sid: fold(rows[sid]["source"] or "") not in speaking)
        if kind := _kind_asked(p.text):
            # "which labour mp does the fagin poster story quote": those the story calls so first
            # ("Labour MP Louise Ellman said ...", not the paper's editor it quotes before her)
            firsts.sort(key=lambda sid: not _called_kind(rows[sid]["text"], rows[sid]["source"] or "", kind))
        if _ELSE.search(p.text):
            # "who else does the story on brown and the colonial past cite": besides the one the
            # question names, whom the story is on, those it cites
            firsts.sort(key=lambda sid: bool(set(content_words(rows[sid]["source"] or "")) & set(topic_words)))
    # (... shown with the quotation it opens onto, as one passage)
    excerpts = [span_excerpt(e.reader, [rows[introduced[sid]], rows[shown[sid]]], 1.0) if sid in introduced
                else span_excerpt(e.reader, [rows[shown[sid]], rows[shown[sid] + 1]], 1.0)
                if shown[sid] != sid and not rows[shown[sid]]["direct_quote"] and shown[sid] + 1 in rows
                else excerpt(rows[shown[sid]], 1.0) for sid in firsts]
    if article_ids and not asks_quoted:
        # a paper a speaker's words are told from ("he said, according to a transcript reviewed
        # by Business Insider") is cited by the story, among the sources it cites first
        known = {fold(rows[sid]["source"] or "") for sid in firsts}
        told_from = [x for x in _cited_within(e, article_ids[0]) if fold(x.attribution.cited or "") not in known]
        at = next((k for k, sid in enumerate(firsts) if sid not in cited), len(firsts))
        excerpts[at:at] = told_from
    if article_ids and _ASKS_WORK.search(p.text) and not _ASKS_POLLS.search(p.text):
        # "what is the story on X based on": the sentences naming who did the work it rests on
        # first, then those who speak in it
        works = _credited_works(e, article_ids[0], set(topic_words))
        named = {x.quote for x in works}
        excerpts = works + [x for x in excerpts if x.quote not in named]
    if article_ids and _ASKS_POLLS.search(p.text):
        # "What polls does the story cite": the polls it names, wherever it names them ("YouGov
        # polled 1,981 voters", "respondents in the Sunday Times poll", "A second poll for the
        # Independent on Sunday"), first; not "a poll suggests", nor the voices it quotes
        polls = _named_polls(e, article_ids[0])
        named = {x.quote for x in polls}
        excerpts = polls + [x for x in excerpts if x.quote not in named]
    total = groups[0]["total"]
    note = f"{total} distinct source(s)" + (":" if total <= SOURCES_SHOWN else f"; the {SOURCES_SHOWN} most quoted:")
    return Answer(p.text, "sources", True, excerpts, note=note)
