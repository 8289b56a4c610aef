"""Engine: a question in, an Answer out. Built once per process, asked many times.

It reads only the index (and small in-memory tables loaded from it): no spaCy, no
rescan of articles per question. Safe to call from worker threads (one SQLite
connection per thread).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from pathlib import Path

from bot.answer.actors import Actor, ActorIndex
from bot.answer.excerpts import excerpt, merge_runs, span_excerpt
from bot.answer.question import MONTHS, STANCE_WORDS, WEEKDAYS, Parsed, content_words, parse
from bot.answer.search import Concept, Searcher, expand, fts_term
from bot.index.read import Reader, placeholders, sentences_by_id
from bot.model import ActorCard, Answer, Excerpt
from bot.names import fold
from bot.settings import Settings

log = logging.getLogger(__name__)

# A sentence must cover at least this IDF-weighted share of the question's concepts to be
# offered as an answer. Calibrated on bench/eval (see README): lower lets unrelated
# sentences through, higher drops paraphrased answers.
MIN_COVERAGE = 0.6
MAX_EXCERPTS = 3
SUBJECT_BONUS = 0.15
# What X said "about" a topic: the sentence or its article must cover this share of it.
TOPIC_COVERAGE = 0.4
# A claim of five or more concepts is rarely worded as the article words it.
LONG_CLAIM_COVERAGE = 0.55
NOTHING = "Nothing in the briefing pack answers that."

# Words that may stand beside a name without changing whom it names.
GENERIC_WORDS = frozenset("""
sir lord lady dame baroness baron dr mr mrs ms miss mp mep mps president prime minister ministers secretary
chancellor leader leaders chief head spokesman spokeswoman spokesperson spokesmen official officials government
governments administration authorities authority media press paper newspaper newspapers outlet agency agencies
broadcaster source sources aide aides adviser advisers advisor team camp office party people forces military army
correspondent editor reporter reporters journalist journalists colleague colleagues lawyer lawyers spokesmen
state states cardinal archbishop bishop general gen maj col captain judge justice officer officers critics
campaigners staff representatives representative members member public citizens leadership
""".split())

_REL_WORDS = ("relationship relations ties agreement cooperation cooperate talks deal alliance allies ally "
              "partnership partner deconfliction coordination rivalry tension tensions conflict dispute "
              "between bilateral").split()
_TIME_RX = re.compile(
    r"\b(?:" + "|".join(MONTHS + WEEKDAYS) + r"|yesterday|today|tomorrow|(?:last|next|this) (?:week|month|year)|"
    r"(?:19|20)\d\d|recent (?:weeks|months|days)|since|ago)\b", re.IGNORECASE)


class Engine:
    def __init__(self, db_path: Path | str, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.reader = Reader(db_path)
        self._lock = threading.Lock()
        self._tl = threading.local()  # per-thread scratch: the concept labels of the last search
        self._load()

    # -- state -------------------------------------------------------------------------
    def _load(self) -> None:
        self.search = Searcher(self.reader)
        self.actors = ActorIndex(self.reader, word_count=lambda w: self.search.df(fts_term(w) or '""'))
        self.n_articles = self.reader.one("SELECT count(*) FROM articles")[0]
        self._version = self.reader.data_version()

    def _refresh(self) -> None:
        """Another process may have ingested since we loaded: reload the small tables."""
        version = self.reader.data_version()
        if version != self._version:
            with self._lock:
                if version != self._version:
                    self._load()

    # -- entry point ---------------------------------------------------------------------
    def ask(self, question: str, *, asker: str | None = None, channel: str | None = None) -> Answer:
        """Answer one question. Never raises for what a user can type."""
        question = question or ""
        limit = self.settings.max_question_chars
        if len(question) > limit:
            return Answer(question[:200] + "…", "too_long", False,
                          note=f"That question is {len(question):,} characters long; please ask in at most {limit:,}.")
        self._refresh()
        p = parse(question)
        handler = getattr(self, f"_{p.intent}")
        try:
            answer = handler(p)
        except sqlite3.OperationalError:
            log.exception("search failed for %r", question)
            answer = self._nothing(p)
        answer.question = question.strip()
        return answer

    # -- helpers ---------------------------------------------------------------------------
    def _nothing(self, p: Parsed, note: str = NOTHING, suggest: str | None = None) -> Answer:
        suggestions = self.actors.suggest(suggest) if suggest else []
        return Answer(p.text, p.intent, False, note=note, suggestions=suggestions)

    def _card(self, actor: Actor) -> ActorCard:
        return ActorCard(actor.name, actor.kind, actor.description)

    def _concepts(self, text: str | None, extra_stop: frozenset[str] = frozenset()) -> list[Concept]:
        """Actors named in the text become actor concepts; other words, word concepts."""
        if not text:
            return []
        concepts: list[Concept] = []
        hits = self.actors.find_in(text)
        actor_words: set[str] = set()
        for h in hits:
            # The name as a phrase ("jack cunningham"), not its words: "Jack" alone is any Jack.
            phrase = " ".join(content_words(h.span))
            concepts.append(Concept(f"actor:{h.actor.id}", words=[phrase] if phrase else [], actor_ids={h.actor.id}))
            actor_words.update(content_words(h.span))
        for w in content_words(text, extra_stop):
            if w in actor_words:
                continue
            concepts.append(Concept(w, words=expand(w)))
        self.search.weigh(concepts)
        return concepts

    def _best(self, concepts: list[Concept], require: set[str] | None = None, limit: int = 300,
              article_ids: list[str] | None = None, min_cov: float = MIN_COVERAGE,
              subjects: set[int] | None = None, pairs: bool = False) -> list[tuple[sqlite3.Row, float]]:
        """Sentences ranked by coverage (ties: attributed first, then article order).

        `subjects`: actors the question is about; a sentence where one of them is the
        grammatical subject of an event ranks above one that only mentions it.
        """
        if not concepts:
            return []
        ids = self.search.candidates(concepts, limit=limit, article_ids=article_ids)
        cov = self.search.coverage(concepts, ids)
        self._tl.pairs = {}
        if pairs:  # a claim quoted over two sentences: let a sentence take its neighbour's words too
            weights = {c.label: c.weight for c in concepts}
            total = sum(weights.values()) or 1.0
            for sid in list(cov):
                nxt = cov.get(sid + 1)
                if nxt:
                    labels = cov[sid][1] | nxt[1]
                    score = sum(weights[l] for l in labels) / total
                    if score > cov[sid][0] + 0.05 and score > nxt[0] + 0.05:
                        cov[sid] = (score, labels)
                        self._tl.pairs[sid] = sid + 1
        self._tl.labels = {sid: labels for sid, (_, labels) in cov.items()}
        if len(concepts) <= 2 and min_cov > 0:
            min_cov = 1.0  # a short question's every concept must be there
        keep = [sid for sid, (score, labels) in cov.items()
                if score >= min_cov - 1e-9 and (not require or require <= labels)]
        rows = sentences_by_id(self.reader, keep)
        if article_ids:
            rows = {k: v for k, v in rows.items() if v["article_id"] in article_ids}
        bonus = dict.fromkeys(self._subject_sentences(subjects, list(rows)), SUBJECT_BONUS) if subjects else {}
        score = {sid: cov[sid][0] + bonus.get(sid, 0.0) for sid in rows}
        ranked = sorted(rows.values(), key=lambda r: (-round(score[r["sid"]], 3), r["source"] is None,
                                                     r["continuation"] or 0, r["sid"]))
        seen: set[str] = set()
        out = []
        for r in ranked:  # the same sentence in two articles (syndicated copy) is offered once
            if r["text"] not in seen:
                seen.add(r["text"])
                out.append((r, cov[r["sid"]][0]))
        return out

    def _subject_sentences(self, actor_ids: set[int], sentence_ids: list[int]) -> set[int]:
        if not actor_ids or not sentence_ids:
            return set()
        rows = self.reader.all(
            "SELECT DISTINCT e.sentence_id FROM events e JOIN event_actors ea ON ea.event_id = e.id"
            f" WHERE ea.role = 'subject' AND ea.actor_id IN ({placeholders(actor_ids)})"
            f" AND e.sentence_id IN ({placeholders(sentence_ids)})", list(actor_ids) + sentence_ids)
        return {r[0] for r in rows}

    def _exact_actor(self, phrase: str | None) -> Actor | None:
        """An actor named by the whole phrase, with nothing left over."""
        hits = self.actors.resolve(phrase)
        words = content_words(phrase)
        covered = set(content_words(" ".join(h.span for h in hits)))
        if not hits or any(w not in covered for w in words):
            return None
        return max(hits, key=lambda h: (h.end - h.start, h.start, h.score, h.actor.mentions)).actor

    def _resolve_one(self, phrase: str | None) -> Actor | None:
        """The actor a phrase names: 'Roman Gofman', 'the Israeli paper HaYom' (HaYom),
        'Israeli officials' (Israel). Words left over must be generic ('paper', 'officials',
        'Sir'); 'the capital of France' names no actor."""
        hits = self.actors.resolve(phrase)
        if not hits:
            return None
        words = content_words(phrase)
        covered = set(content_words(" ".join(h.span for h in hits)))
        leftover = [w for w in words if w not in covered]
        if any(w not in GENERIC_WORDS for w in leftover):
            return None
        named = [h for h in hits if h.actor.kind in ("person", "organization", "group")] or hits
        return max(named, key=lambda h: (h.end - h.start, h.start, h.score, h.actor.mentions)).actor

    # -- intents -----------------------------------------------------------------------------
    def _help(self, p: Parsed) -> Answer:
        people = self.actors.top(1, ("person",))
        orgs = self.actors.top(1, ("organization",))
        places = self.actors.top(1, ("place",))
        src = self.reader.one("SELECT source FROM attributions WHERE kind IN ('organization','outlet','person') "
                              "GROUP BY source ORDER BY count(*) DESC LIMIT 1")
        examples = ["brief me", "What sources does the article cite?"]
        if people:
            examples.insert(0, f"Who is {people[0].name}?")
        if src:
            examples.append(f"What did {src[0]} say?")
        if places:
            examples.append(f"What does {places[0].name} want?")
            examples.append(f"What happened in {places[0].name}?")
        if places and orgs:
            examples.append(f"{places[0].name} and {orgs[0].name}")
        note = (f"I answer from the {self.n_articles} article(s) in the briefing pack, quoting them word for word "
                "and saying who says each thing. Try:\n" + "\n".join(f"  • {e}" for e in examples))
        return Answer(p.text, "help", True, note=note)

    def _briefing(self, p: Parsed) -> Answer:
        articles = self.reader.all("SELECT id, title, published FROM articles ORDER BY published DESC, ingested_at, id")
        if p.topic:
            concepts = self._concepts(p.topic)
            best = self._best(concepts, min_cov=0.5)
            ids = list(dict.fromkeys(r["article_id"] for r, _ in best))[:3]
            articles = [a for i in ids for a in articles if a["id"] == i]
        if not articles:
            return self._nothing(p)
        shown = articles[:5] if len(articles) > 1 else articles
        excerpts: list[Excerpt] = []
        lines: list[str] = []
        per_article = 3 if len(shown) == 1 else 1
        actor_ids: dict[int, int] = {}
        for a in shown:
            lines.append(f"• {a['title']}")
            excerpts += self._central_claims(a["id"], per_article)
            for row in self.reader.all(
                "SELECT m.actor_id, count(*) AS n FROM mentions m JOIN sentences s ON s.id = m.sentence_id "
                "WHERE s.article_id = ? GROUP BY m.actor_id", [a["id"]]):
                actor_ids[row["actor_id"]] = actor_ids.get(row["actor_id"], 0) + row["n"]
        key = sorted((self.actors.by_id[i] for i in actor_ids if i in self.actors.by_id),
                     key=lambda x: (-actor_ids[x.id], x.name))[:6]
        head = "Briefing" if len(articles) == 1 else f"Briefing: {len(articles)} articles in the pack"
        if len(articles) > len(shown):
            lines.append(f"  … and {len(articles) - len(shown)} more")
        if key:
            lines.append("Key actors: " + ", ".join(x.name for x in key))
        return Answer(p.text, "briefing", True, excerpts, [self._card(x) for x in key], note=head + "\n" + "\n".join(lines))

    def _central_claims(self, article_id: str, n: int) -> list[Excerpt]:
        """The lead sentence, then the attributed sentences that name the most actors."""
        rows = self.reader.all(
            "SELECT s.id, (SELECT count(DISTINCT actor_id) FROM mentions m WHERE m.sentence_id = s.id) AS actors,"
            " (SELECT 1 FROM attributions at WHERE at.sentence_id = s.id AND at.continuation = 0) AS attributed"
            " FROM sentences s WHERE s.article_id = ? ORDER BY s.id", [article_id])
        if not rows:
            return []
        chosen = [rows[0]["id"]]
        rest = sorted(rows[1:], key=lambda r: (-(r["attributed"] or 0), -r["actors"], r["id"]))
        chosen += [r["id"] for r in rest[: n - 1]]
        by_id = sentences_by_id(self.reader, chosen)
        return [excerpt(by_id[i], 1.0) for i in sorted(chosen) if i in by_id]

    def _article_about(self, topic: str, min_cov: float = 0.5) -> str | None:
        """The article a topic points at: most of its concepts in the text, title or outlet."""
        concepts = self._concepts(topic)
        if not concepts:
            return None
        ids = self.search.candidates(concepts, limit=200)
        articles = list(dict.fromkeys(r[0] for r in self.reader.all(
            f"SELECT article_id FROM sentences WHERE id IN ({placeholders(ids)})", ids))) if ids else []
        if not articles:
            return None
        cov = self.search.article_coverage(concepts, articles)
        heads = {r["id"]: fold(f"{r['title']} {r['outlet'] or ''} {r['url'] or ''}") for r in self.reader.all(
            f"SELECT id, title, outlet, url FROM articles WHERE id IN ({placeholders(articles)})", articles)}
        total = sum(c.weight for c in concepts) or 1.0
        scored = []
        for a in articles:
            extra = sum(c.weight for c in concepts if any(w and w in heads.get(a, "") for w in c.words)) / total
            scored.append((min(1.0, cov.get(a, 0.0) + extra), a))
        score, best = max(scored)
        return best if score >= min_cov else None

    def _sources(self, p: Parsed) -> Answer:
        topic_words = content_words(p.text, frozenset("sources source cite cites cited quote quotes quoted use uses rely "
                                                      "relies does article story piece report reports".split()))
        article_ids = None
        if topic_words:
            article = self._article_about(" ".join(topic_words))
            if article is None:
                return self._nothing(p, "No article in the pack matches that topic.")
            article_ids = [article]
        sql = ("SELECT s.id FROM attributions at JOIN sentences s ON s.id = at.sentence_id WHERE at.continuation = 0"
               + (f" AND s.article_id IN ({placeholders(article_ids)})" if article_ids else "") + " ORDER BY s.id")
        ids = [r[0] for r in self.reader.all(sql, article_ids or [])]
        rows = sentences_by_id(self.reader, ids)
        seen: set[tuple[str, str | None]] = set()
        excerpts: list[Excerpt] = []
        for sid in ids:
            row = rows[sid]
            key = (row["source"].lower(), (row["cited"] or "").lower())
            if key in seen:
                continue
            seen.add(key)
            excerpts.append(excerpt(row, 1.0))
        if not excerpts:
            return self._nothing(p, "The pack's articles state everything in their own voice: no sources are named.")
        limit = 12
        note = f"{len(excerpts)} distinct source(s)" + (":" if len(excerpts) <= limit else f"; the first {limit}:")
        return Answer(p.text, "sources", True, excerpts[:limit], note=note)

    def _who_is(self, p: Parsed) -> Answer:
        actor = self._exact_actor(p.who)
        roles = self.actors.by_role(p.who) if p.who else []
        role_like = bool(re.match(r"(?i)(the|a|an)\s", p.who or "")) or "'" in (p.who or "") or "’" in (p.who or "")
        if roles and roles[0][1] >= 90 and roles[0][0].kind == "person" and (
                actor is None or actor.kind != "person" or role_like):
            actor = roles[0][0]  # a role: "Israel's military secretary" is not Israel
            return self._profile(p, actor, role=p.who)
        if actor is None:
            actor = self._resolve_one(p.who)
        if actor is None:
            fallback = self._search(Parsed("search", p.text, topic=p.who or p.text))
            if fallback.found:
                return fallback
            capitalised = p.who and any(w[:1].isupper() for w in p.who.split())
            return self._nothing(p, f"The pack does not mention {p.who}." if capitalised else NOTHING,
                                 suggest=p.who if capitalised else None)
        return self._profile(p, actor)

    def _profile(self, p: Parsed, actor: Actor, role: str | None = None) -> Answer:
        rows = self.reader.all(
            "SELECT m.sentence_id AS sid, s.article_id, count(*) AS n FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            " WHERE m.actor_id = ? GROUP BY m.sentence_id ORDER BY m.sentence_id", [actor.id])
        if not rows:
            return self._nothing(p)
        per_article: dict[str, int] = {}
        for r in rows:
            per_article[r["article_id"]] = per_article.get(r["article_id"], 0) + 1
        main_article = max(per_article, key=lambda a: per_article[a])
        sents = sentences_by_id(self.reader, [r["sid"] for r in rows])
        desc = [d.lower() for d in actor.descriptions]
        if role:  # asked by role: the descriptions that say it come first
            wanted = [w for w in fold(role).split() if w not in ("the", "a", "an", "of")]
            matching = [d for d in actor.descriptions if all(any(self.actors._same_word(w, x) for x in fold(d).split()) for w in wanted)]
            desc = [d.lower() for d in matching] or desc

        def rank(sid: int) -> tuple:
            row = sents[sid]
            text = row["text"].lower()
            described = max((len(d) for d in desc if d and d in text), default=0)  # the fullest description first
            return (row["article_id"] != main_article, -described,
                    row["source"] is not None and row["source_actor"] != actor.id, sid)

        ordered = sorted(sents, key=rank)[:MAX_EXCERPTS]
        excerpts = [excerpt(sents[sid], 1.0) for sid in ordered]
        description = (desc and next((d for d in actor.descriptions if d.lower() == desc[0]), None)) or actor.description
        note = f"{actor.name} — {description}" if description else f"{actor.name} ({actor.kind})"
        card = ActorCard(actor.name, actor.kind, description)
        return Answer(p.text, "who_is", True, excerpts, [card], note=note)

    def _source_sentences(self, who: str) -> tuple[list[int], list[Actor]]:
        """Sentences attributed to `who`: by the actor it names, or by the article's wording."""
        from bot.names import fold
        folded = fold(who)
        actor = self._resolve_one(who)
        params: list = []
        clauses = []
        if actor is not None:
            clauses.append("at.actor_id = ?")
            params.append(actor.id)
            # Full-name aliases only: a bare surname ("clarke") would also catch other Clarkes.
            aliases = [a for a in actor.aliases if " " in a and len(a) > 5] or [fold(actor.name)]
            for alias in aliases[:20]:
                clauses.append("lower(at.source) LIKE ?")
                params.append(f"%{alias}%")
        if folded and len(folded) > 2 and (actor is None or " " in folded):
            clauses.append("lower(at.source) = ? OR lower(at.source) LIKE ?")
            params += [folded, f"%{folded}%"]
        if not clauses:
            return [], []
        ids = [r[0] for r in self.reader.all(
            f"SELECT at.sentence_id FROM attributions at WHERE {' OR '.join('(' + c + ')' for c in clauses)}"
            " ORDER BY at.sentence_id", params)]
        return ids, [actor] if actor else []

    def _statements_by(self, p: Parsed) -> Answer:
        ids, actors = self._source_sentences(p.who or "")
        if not ids:
            if actors:
                return self._nothing(p, f"The pack mentions {actors[0].name} but quotes nothing from them.")
            return self._nothing(p, f"Nobody called {p.who} is quoted in the pack.", suggest=p.who)
        rows = sentences_by_id(self.reader, ids)
        cards = [self._card(a) for a in actors]
        name = actors[0].name if actors else p.who
        concepts = [c for c in self._concepts(p.topic) if not (c.actor_ids & {a.id for a in actors})]
        if concepts:
            ranked = self._on_topic(concepts, ids, rows)
            if not ranked:
                return self._nothing(p, f"{name} is quoted in the pack, but not about {p.topic}.")
            top = ranked[:MAX_EXCERPTS]
            if len({r["article_id"] for r, _ in top}) == 1:
                top.sort(key=lambda x: x[0]["sid"])
            return Answer(p.text, "statements_by", True, merge_runs(self.reader, top)[:MAX_EXCERPTS], cards)
        ordered = [(rows[i], 1.0) for i in ids]
        excerpts = merge_runs(self.reader, ordered)
        note = "" if len(excerpts) <= 5 else f"{len(excerpts)} passages; the first 5:"
        return Answer(p.text, "statements_by", True, excerpts[:5], cards, note=note)

    def _on_topic(self, concepts: list[Concept], ids: list[int], rows: dict) -> list[tuple[sqlite3.Row, float]]:
        """A speaker's sentences ranked by how well they, or the article around them, cover a topic.

        A quote rarely repeats the question's words ("What did Fox say about Blair lying?"),
        but the article it sits in does; a topic absent from both abstains.
        """
        sentence_cov = self.search.coverage(concepts, ids)
        article_ids = list({rows[i]["article_id"] for i in ids})
        article_cov = self.search.article_coverage(concepts, article_ids)
        scored = []
        for i in ids:
            s_cov, a_cov = sentence_cov[i][0], article_cov.get(rows[i]["article_id"], 0.0)
            if s_cov >= TOPIC_COVERAGE or a_cov >= TOPIC_COVERAGE:
                scored.append((rows[i], s_cov + 0.5 * a_cov))
        scored.sort(key=lambda x: (-round(x[1], 3), x[0]["continuation"] or 0, x[0]["sid"]))
        return scored

    def _who_said(self, p: Parsed) -> Answer:
        concepts = self._concepts(p.topic)
        min_cov = MIN_COVERAGE if len(concepts) < 5 else LONG_CLAIM_COVERAGE
        best = self._best(concepts, min_cov=min_cov, pairs=True)
        if not best:
            return self._nothing(p, "Nothing in the pack says that.")
        top = best[:MAX_EXCERPTS]
        pairs = self._tl.pairs
        partners = sentences_by_id(self.reader, [pairs[r["sid"]] for r, _ in top if r["sid"] in pairs])
        excerpts = [span_excerpt(self.reader, [r, partners[pairs[r["sid"]]]] if r["sid"] in pairs else [r], s)
                    for r, s in top]
        first = excerpts[0]
        a = first.attribution
        note = (f"{a.text} ({a.cue})." if a and a.cue else f"{a.text}." if a else "The article says so in its own voice.")
        return Answer(p.text, "who_said", True, excerpts, note=note)

    def _stance(self, p: Parsed) -> Answer:
        """What X wants / fears / plans: sentences naming X with a word of that meaning,
        or X's own words on the question's topic."""
        actor = self._resolve_one(p.who)
        if actor is not None:
            who = Concept(f"actor:{actor.id}", words=[" ".join(content_words(actor.name))], actor_ids={actor.id})
            name = actor.name
        else:
            words = content_words(p.who)
            if not words or any(self.search.df(fts_term(w) or '""') == 0 for w in words):
                return self._nothing(p, f"The pack does not mention {p.who}." if p.who else NOTHING, suggest=p.who)
            who = Concept("who", words=[" ".join(words)])  # a name the actor table missed: match its words
            name = p.who
        stance = Concept(f"stance:{p.stance}", words=STANCE_WORDS[p.stance or "want"].split())
        topic = [c for c in self._concepts(p.topic) if c.label != who.label]
        concepts = [who, stance] + topic
        self.search.weigh(concepts)
        best = self._best(concepts, require={who.label}, min_cov=0.0, subjects={actor.id} if actor else None)
        topic_labels = {c.label for c in topic}
        topic_weight = sum(c.weight for c in topic) or 1.0

        def relevant(row) -> bool:
            labels = self._tl.labels.get(row["sid"], set())
            if stance.label in labels:
                return True
            on_topic = sum(c.weight for c in topic if c.label in labels) / topic_weight
            return bool(topic_labels) and on_topic >= 0.5 and row["source_actor"] == (actor.id if actor else None)

        best = [(r, sc) for r, sc in best if relevant(r)]
        if not best:
            verb = {"fear": "fears", "want": "wants", "plan": "plans"}.get(p.stance or "want", "wants")
            return self._nothing(p, f"The pack does not say what {name} {verb}.")
        cards = [self._card(actor)] if actor else []
        return Answer(p.text, "stance", True, [excerpt(r, sc) for r, sc in best[:MAX_EXCERPTS]], cards)

    def _when(self, p: Parsed) -> Answer:
        concepts = self._concepts(p.topic)
        if not concepts:
            return self._nothing(p)
        best = self._best(concepts, subjects=_actor_ids(concepts))
        timed = [(r, s) for r, s in best if _TIME_RX.search(r["text"])]
        pick = timed or best
        if not pick:
            return self._nothing(p)
        top = pick[:MAX_EXCERPTS]
        event = self.reader.one("SELECT time_text, date FROM events WHERE sentence_id = ? AND time_text IS NOT NULL"
                                " ORDER BY id LIMIT 1", [top[0][0]["sid"]])
        note = ""
        if event:
            note = f"{event['time_text'][0].upper()}{event['time_text'][1:]}" + (f" ({event['date']})" if event["date"] else "") + "."
        return Answer(p.text, "when", True, [excerpt(r, s) for r, s in top], note=note)

    def _happened(self, p: Parsed) -> Answer:
        text = " ".join(x for x in (p.who, p.topic, p.time) if x)
        concepts = self._concepts(text, frozenset({"since", "last", "during", "after", "before", "done"}))
        if not concepts:
            return self._nothing(p)
        best = self._best(concepts, subjects=_actor_ids(concepts[:1]))
        if p.time:
            month = next((m for m in MONTHS if m in p.time.lower()), None)
            if month:
                extra = self.reader.all(
                    "SELECT e.sentence_id FROM events e WHERE lower(e.time_text) LIKE ? ORDER BY e.sentence_id",
                    [f"%{month}%"])
                have = {r["sid"] for r, _ in best}
                rows = sentences_by_id(self.reader, [e[0] for e in extra if e[0] not in have])
                best = sorted(best + [(r, 1.0) for r in rows.values()], key=lambda x: x[0]["sid"])
        if not best:
            return self._nothing(p)
        return Answer(p.text, "events", True, [excerpt(r, s) for r, s in best[:MAX_EXCERPTS + 2]])

    def _timeline(self, p: Parsed) -> Answer:
        actor = self._resolve_one(p.who)
        if actor is None:
            return self._nothing(p, f"The pack does not mention {p.who}.", suggest=p.who)
        rows = self.reader.all(
            "SELECT DISTINCT e.sentence_id, e.date, e.time_text FROM events e JOIN event_actors ea ON ea.event_id = e.id"
            " WHERE ea.actor_id = ? ORDER BY e.sentence_id", [actor.id])
        if not rows:
            return self._nothing(p, f"The pack records no dated events for {actor.name}.")
        dated = sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["sentence_id"]))
        seen: list[int] = list(dict.fromkeys(r["sentence_id"] for r in dated))
        sents = sentences_by_id(self.reader, seen)
        excerpts = [excerpt(sents[i], 1.0) for i in seen[:8] if i in sents]
        return Answer(p.text, "timeline", True, excerpts, [self._card(actor)], note=f"Timeline of {actor.name}:")

    def _relation(self, p: Parsed) -> Answer:
        a, b = self._resolve_one(p.who), self._resolve_one(p.other)
        if a is None or b is None or a.id == b.id:
            fallback = self._search(Parsed("search", p.text, topic=p.text))
            if fallback.found:
                return fallback
            missing = p.who if a is None else p.other
            return self._nothing(p, f"The pack does not mention {missing}." if missing else NOTHING, suggest=missing)
        ca = Concept(f"actor:{a.id}", words=[" ".join(content_words(a.name))], actor_ids={a.id})
        cb = Concept(f"actor:{b.id}", words=[" ".join(content_words(b.name))], actor_ids={b.id})
        rel = Concept("relation", words=_REL_WORDS)
        concepts = [ca, cb, rel]
        self.search.weigh(concepts)
        rel.weight = min(rel.weight, 1.0)
        best = self._best(concepts, require={ca.label, cb.label}, min_cov=0.0)
        if not best:
            return self._nothing(p, f"The pack does not connect {a.name} and {b.name}.")
        return Answer(p.text, "relation", True, [excerpt(r, s) for r, s in best[:MAX_EXCERPTS]],
                      [self._card(a), self._card(b)])

    def _search(self, p: Parsed) -> Answer:
        text = p.topic or p.text
        hits = self.actors.find_in(text)
        words = content_words(text)
        if hits and words:
            named = set(content_words(" ".join(h.span for h in hits)))
            if set(words) <= named and len(hits) == 1:
                return self._profile(Parsed("who_is", p.text, who=hits[0].span), hits[0].actor)
        concepts = self._concepts(text)
        best = self._best(concepts)
        if not best:
            caps = [w for w in re.findall(r"\b[A-Z][\w'’-]+", text)][1:]
            return self._nothing(p, suggest=" ".join(caps) if caps else None)
        return Answer(p.text, "search", True, [excerpt(r, s) for r, s in best[:MAX_EXCERPTS]])


def _actor_ids(concepts: list[Concept]) -> set[int]:
    return {a for c in concepts for a in c.actor_ids}
