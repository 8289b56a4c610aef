"""Answers a story gives across its sentences: where no one sentence covers the question, its
headline, its opening or the sentence beside says the rest."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.asked import ANSWER_TYPES, holds
from bot.answer.outcomes import to_come
from bot.answer.pack import lead_rows
from bot.answer.search import Concept, fts_term, share
from bot.answer.lexicon import HEAD_POSTS
from bot.answer.thresholds import ARTICLE_SLACK, HEAD_REACH, LEAD_BONUS, LEAD_SENTENCES, LEAD_SHARE, MAX_EXCERPTS, MIN_COVERAGE
from bot.answer.words import content_words
from bot.index.read import placeholders, sentences_by_id
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


def year_of_story(e: Engine, concepts: list[Concept], years: set[str], required: set[str],
                  only: list[str] | None, subjects: set[int] | None) -> list:
    """"How many seats short of a majority was Labour after the 1974 election": a story whose
    headline or opening sentence sets it in 1974 tells its figures in that year ("its 301 MPs
    were 17 short ..."), though the sentence does not print it again (not a story that only goes
    back to the year: "he has given £10m since 1999"). The sentence must print no other year, and
    counts the year as said."""
    found = e.best(concepts, require=required or None, article_ids=only, subjects=subjects, named_before=True)
    if not found:
        return []
    articles = sorted({r["article_id"] for r, _ in found})
    leads = lead_rows(e, articles, 1)
    told = sentences_by_id(e.reader, sorted(i for ids in leads.values() for i in ids))
    titles = {r["id"]: r["title"] or "" for r in e.reader.all(
        f"SELECT id, title FROM articles WHERE id IN ({placeholders(articles)})", articles)}
    dated = {a for a in articles if all(re.search(rf"(?<!since )\b{y}\b", " ".join([titles.get(a, "")] + [
        told[i]["text"] for i in leads.get(a, ()) if i in told])) for y in years)}
    weights = {c.label: c.weight for c in concepts}
    total = sum(weights.values()) or 1.0
    labels = e.last_labels()
    out = []
    for r, s in found:
        if r["article_id"] not in dated or set(re.findall(r"\b(?:1[6-9]|20)\d\d\b", r["text"])) - years:
            continue
        missing = years - labels.get(r["sid"], set())
        if missing:
            labels[r["sid"]] = labels.get(r["sid"], set()) | missing
            s += sum(weights[y] for y in missing) / total
        out.append((r, s))
    return out


def contents_told(e: Engine, concepts: list[Concept], covering: list) -> list:
    """"What was in the diet pills?": in the stories that best cover the question, a sentence
    where the thing asked holds or proposes something ("the tablets were believed to contain
    dinitrophenol"), the story's first such sentence first: a story names what is in a thing
    in full once, then refers back to it ("pills containing the chemical")."""
    articles = list(dict.fromkeys(r["article_id"] for r, _ in covering[:MAX_EXCERPTS]))
    if not articles:
        return []
    words = [re.escape(w.rstrip("*")) for c in concepts for w in c.words if w.rstrip("*")]
    if not words:
        return []
    holder = re.compile(r"(?i)\b(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + r")\w*\W+(?:[\w'’-]+\W+){0,4}?"
                        r"(?:" + ANSWER_TYPES["contents"].pattern.removeprefix("(?i)") + r")")
    score = {r["article_id"]: sc for r, sc in reversed(covering)}
    ids = [r[0] for r in e.reader.all(f"SELECT id FROM sentences WHERE article_id IN ({placeholders(articles)})", articles)]
    rows = sentences_by_id(e.reader, ids)
    found = [r for r in rows.values() if holder.search(r["text"])]
    found.sort(key=lambda r: (articles.index(r["article_id"]), r["sid"]))
    return [(r, score[r["article_id"]]) for r in found]


def told_of_them(e: Engine, concepts: list[Concept], subjects: set[int]) -> list:
    """"What happened to Quentin Davies in Kenya?": what the story tells of him ("was attacked
    in a park in the capital, Nairobi"), where its headline or the sentence beside says the
    rest ("MP attacked by muggers in Kenya"); told in its own voice before his own words."""
    named = [c for c in concepts if c.actor_ids & subjects]
    rest = [c for c in concepts if c not in named]
    if not named or not rest:
        return []
    found = e.best(named, subjects=subjects)
    if not found:
        return []
    beside = e.search.coverage(rest, sorted({r["sid"] + d for r, _ in found for d in (-1, 1)}))
    titles = {r["article_id"]: r["title"] for r, _ in found}
    out = []
    for r, sc in found:
        near = set().union(*(beside[r["sid"] + d][1] for d in (-1, 1) if r["sid"] + d in beside
                             and e.search.article_of(r["sid"] + d) == r["article_id"]))
        headline = set(content_words(titles[r["article_id"]]))
        if all(c.label in near or set(c.words) & headline for c in rest):
            out.append((r, sc))
    return sorted(out, key=lambda x: (x[0]["source"] is not None, x[0]["sid"]))[:MAX_EXCERPTS]


def named_by_pronoun(e: Engine, text: str, noun: str) -> list:
    """"What's the name of Blunkett's guide dog": a story about Blunkett (its headline names
    him) calls it "his then guide dog Lucy"."""
    m = re.search(r"(?i)\bnames? of (?:the )?(?P<owner>[\w .'’-]+?)(?:['’]s?|s) ", text)
    owner = e.resolve_one(m.group("owner")) if m else None  # "blunketts guide dog", typed without the apostrophe
    expr = fts_term(noun)
    if owner is None or expr is None:
        return []
    names = {fold(n).split()[-1] for n in owner.aliases if len(n) > 2}
    naming = sorted({e.search.article_of(i) for i in e.search.actor_rows({owner.id} | e.actors.family(owner))})
    about = {r["id"] for r in e.reader.all(f"SELECT id, title FROM articles WHERE id IN ({placeholders(naming)})", naming)
             if names & set(re.findall(r"[\w-]+", fold(r["title"] or "")))} if naming else set()
    ids = sorted(i for i in e.search.rowids(expr) if e.search.article_of(i) in about)
    rows = sentences_by_id(e.reader, ids)
    noun = re.sub(r"(?<=[^s])s$", "", noun)  # "the names of his guide dogs"
    beside = re.compile(rf"(?i:\b(?:his|her|its|their) (?:[\w-]+ ){{0,2}}{re.escape(noun)}s?),? [A-Z][\w'’-]+")
    return [(rows[i], MIN_COVERAGE) for i in ids if i in rows and beside.search(rows[i]["text"])]


def lead_bonus(row) -> float:
    """A story's opening sentence tells what happened; later ones tell around it. One that
    opens on a speaker ("Police said X was dangerous") tells what someone said instead."""
    opens_on_speaker = bool(row["source"]) and fold(row["text"]).startswith(fold(row["source"]))
    return LEAD_BONUS if row["paragraph"] == 1 and row["sentence"] == 1 and not opens_on_speaker else 0.0


# "What happened to X", "what happened with X": an event X went through.
_HAPPENED_TO = re.compile(r"(?i)\s*what(?:'s|’s| has| had| is)? (?:happened|happening|going on) (?:to|with|(?P<at>at|during))\b")  # "what's going on with X": its news
# ... and "what happened at the talks with Prescott": how they ended, which their story opens on
# ("Talks aimed at averting national strikes ... have ended without agreement"), not who met where
_ENDED = re.compile(r"(?i)\b(?:ended|ends|broke (?:up|down)|broken down|collapsed|stalled|concluded|resulted in|"
                    r"(?:reached|struck) (?:an? )?(?:agreement|deal|compromise))\b")


def lead_first(e: Engine, question: str, concepts: list[Concept], best: list) -> list:
    """"What happened to Quentin Davies in Nairobi?": the opening sentence of the story the
    best sentence comes from tells it ("An MP has had ... his passport stolen after being mugged
    by six men in a park in Kenya"), though a later one names more of the question ("Mr Davies
    said the mugging occurred 100 yards from the Nairobi Serena Hotel")."""
    if not best or not (asked := _HAPPENED_TO.match(question)) or lead_bonus(best[0][0]):
        return best
    ids = [r[0] for r in e.reader.all("SELECT id FROM sentences WHERE article_id = ? AND paragraph = 1 AND sentence = 1",
                                      [best[0][0]["article_id"]])]
    cov = e.search.coverage(concepts, ids)
    lead = sentences_by_id(e.reader, ids)
    if not ids or cov[ids[0]][0] < LEAD_SHARE - 1e-9 or not lead_bonus(lead[ids[0]]):
        return best
    # ... unless it tells what others think of it: "what happened to the suspect known as C" is not
    # told by "The Conservatives have expressed misgivings about ... terror suspects"
    if _OPINION_LEAD.search(lead[ids[0]]["text"]):
        return best
    # ... nor by an opening on other news of the story that never names the thing asked about: "what
    # happened with the security dossier on Musharraf's visit" is not "... President Musharraf ... has
    # said during a visit to Britain" (a story on his speech, whose headline and opening never name
    # the dossier, which it tells of later)
    thing = _thing_asked(e, question[asked.end():], concepts) if asked.group(0).lower().endswith("with") else None
    if thing is not None and thing not in cov[ids[0]][1] and thing not in e.covered_by_title(concepts, lead[ids[0]]["title"]):
        return best
    if asked.group("at") and not _ENDED.search(lead[ids[0]]["text"]):
        return best  # (at an event, an opening that tells no outcome tells around it: "Thousands ... have been out")
    # ... nor by a speaker's words that open it, when the best sentence is the story's own telling
    # that covers the whole question ("Mr Kennedy has been under fire ... for missing Monday's Commons
    # vote", not "The Liberal Democrats will present themselves as ..., Charles Kennedy has said")
    if lead[ids[0]]["source"] is not None and best[0][0]["source"] is None and best[0][1] >= 1.0 - 1e-9:
        return best
    return [(lead[ids[0]], cov[ids[0]][0])] + [x for x in best if x[0]["sid"] != ids[0]]


# Where the name of the thing asked about ends: "the security dossier | on Musharraf's visit"
_THING_ENDS = re.compile(r"(?i)\s+(?:on|of|in|at|over|about|after|before|during|since|when|for|from|with|to|by)\b")


def _thing_asked(e: Engine, phrase: str, concepts: list[Concept]) -> str | None:
    """The label of the concept of the head noun of the thing "what happened with X" asks about
    ("the security dossier on ...": dossier); None when X names someone ("Campbell's Blackberry"
    is his affair, which an opening on him tells) or no concept holds it."""
    thing = _THING_ENDS.split(phrase, maxsplit=1)[0]
    words = content_words(thing)
    head = words[-1] if words and not e.actors.find_in(thing) else None
    return next((c.label for c in concepts if head and not c.actor_ids and head in (c.label, *c.words)), None)


# An opening that tells a view of the event, not the event: "X have expressed misgivings about ...".
_OPINION_LEAD = re.compile(r"(?i)^(?:[\w'’-]+\s+){1,6}(?:has|have|had)\s+(?:expressed|voiced|raised|warned|criticised|criticized|"
                           r"condemned|welcomed|urged|called for|questioned|attacked|praised|defended)\b")


def passages(e: Engine, concepts: list[Concept], people: set[str], wanted: re.Pattern | None,
             asked: set[str], together: set[str] = frozenset(), counts=None) -> list:
    """The fallback when no sentence covers the question alone: two adjacent sentences that do
    together, holding the kind of answer asked for when one is asked for (and `together`, what
    is done and who does it, in one of them), or `counts`, a count of what was asked."""
    out = []
    for rows, score in e.passages(concepts, require=people or None, together=together):
        joined = " ".join(r["text"] for r in rows)
        if wanted is None or holds(wanted, joined, asked) or counts is not None and counts(joined):
            out.append((rows, score))
    return out[:MAX_EXCERPTS]


def under_headlines(e: Engine, concepts: list[Concept], people: set[str], holds, require: set[str] = frozenset()) -> list:
    """Sentences that answer with their headline's help, holding what is asked for, and naming
    the person asked about themselves (and the required concepts)."""
    found = e.under_headlines(concepts, min_cov=MIN_COVERAGE - ARTICLE_SLACK)
    labels = e.last_labels()
    return [(r, s) for r, s in found if holds(r["text"]) and (not people or labels.get(r["sid"], set()) & people)
            and require <= labels.get(r["sid"], set())]


# "Who ran the Birkbeck study ...", "who won the Hartlepool by-election": a deed, then its topic.
WHO_DID = re.compile(r"(?i)^\s*who\s+(?!(?:is|was|are|were|has|have|had|did|does|do|will|would|said|says)\b)([a-z]+)\b")


def doer_in_story(e: Engine, question: str, concepts: list[Concept]) -> list:
    """"Who ran the Birkbeck study into sexist abuse of female MPs": the story on the study says
    it ("Prof Joni Lovenduski, who conducted the study ..."), though no one sentence holds all of
    it. In a story whose headline and text cover the topic, a sentence that holds the deed and
    names a person answers."""
    m = WHO_DID.match(question)
    deed = next((c for c in concepts if m and c.label == m.group(1).lower() and not c.actor_ids), None)
    topic = [c for c in concepts if c is not deed]
    if deed is None or len(topic) < 2:
        return []
    whole = stories_on(e, concepts, topic)
    if not whole:
        return []
    found = e.best(concepts, article_ids=whole, min_cov=0.0, require={deed.label})
    labels = e.last_labels()
    found = [(r, s) for r, s in found if len(labels.get(r["sid"], set())) >= 2]  # the deed and some of its topic
    sids = [r["sid"] for r, _ in found]
    named = {r[0] for r in e.reader.all(
        f"SELECT m.sentence_id FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE a.kind = 'person'"
        f" AND m.sentence_id IN ({placeholders(sids)})", sids)} if sids else set()
    return [(r, s) for r, s in found if r["sid"] in named]


# "who ran / led / headed / chaired X": the deed of its head
HEAD_ASKED = re.compile(r"(?i)^\s*who\s+(ran|runs|led|leads|headed|heads|chaired|chairs|managed|manages)\b")
# ... and a sentence that opens on a person named by a bare head post: "Chief executive John Beaumont"
_HEAD_POST = re.compile(r"^(?:(?:The|Its|Their) )?(?i:" + "|".join(HEAD_POSTS) + r"),? (?:[A-Z][\w'’-]+ ){1,3}")


def head_named_after(e: Engine, question: str, concepts: list[Concept]) -> list:
    """"Who ran the failed e-university": no sentence names both the thing and its head, but the
    story names the thing ("The e-University was scrapped last year ...") and a sentence or two
    on names a person by a bare head post ("Chief executive John Beaumont was paid a bonus ..."):
    a careful reader knows whose chief executive that is (not "Committee chairman X", another
    body's). The passage from the naming to the post answers."""
    m = HEAD_ASKED.match(question)
    deed = next((c for c in concepts if m and c.label == m.group(1).lower() and not c.actor_ids), None)
    topic = [c for c in concepts if c is not deed]
    if deed is None or not topic:
        return []
    # ... the sentence names the thing (the question's rarest word), in a story that holds all of it
    heaviest = max(topic, key=lambda c: c.weight).label
    cov = e.search.coverage(topic, e.search.candidates(topic))
    whole = e.search.article_coverage(topic, sorted({e.search.article_of(sid) for sid in cov}))
    named = sorted(sid for sid, (_, labels) in cov.items()
                   if heaviest in labels and whole.get(e.search.article_of(sid), 0.0) >= 1.0 - 1e-9)
    if not named:
        return []
    rows = sentences_by_id(e.reader, sorted({i + k for i in named for k in range(HEAD_REACH + 1)}))
    people = {r[0] for r in e.reader.all(
        f"SELECT DISTINCT m.sentence_id FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE a.kind = 'person'"
        f" AND m.sentence_id IN ({placeholders(list(rows))})", list(rows))} if rows else set()
    out = []
    for i in named:
        for k in range(1, HEAD_REACH + 1):
            after = rows.get(i + k)
            if after is None or after["article_id"] != rows[i]["article_id"]:
                break
            if after["sid"] in people and _HEAD_POST.match(after["text"]):
                out.append(([rows[i + j] for j in range(k + 1)], cov[i][0]))
                break
    return out[:MAX_EXCERPTS]


def told_in_story(e: Engine, concepts: list[Concept], require: set[str], question: str = "") -> list:
    """"What did the appeal court rule on the RAF Fairford protesters": one story covers it all
    ("Peace demo appeal rejected"), in sentences that each hold only some of it ("Peace
    protestors have lost a landmark appeal ...", "three Appeal Court judges dismissed both
    appeals"). Its sentences that say the most of the question, the opening first."""
    if len(concepts) < 3:
        return []
    whole = stories_on(e, concepts, concepts)
    if len(whole) != 1:
        return []  # none, or several stories: which one the question means cannot be told
    found = _story_sentences(e, concepts, whole, require)
    if re.match(r"(?i)\s*\w+ (?:was|were|did|had|has|have)\b", question):
        # what happened is not told by what is to come: "What was the result of the May 2005
        # election?" is not answered by "2005 is set to be a far more lively ... campaign"
        found = [(r, s) for r, s in found if not to_come(r["text"])]
    found.sort(key=lambda x: -round(x[1] + lead_bonus(x[0]), 3))
    return found


def stories_on(e: Engine, concepts: list[Concept], headline: list[Concept]) -> list[str]:
    """The articles whose text covers every concept and whose headline holds a word of one of
    `headline`: stories about the question, not an aside of a story about something else."""
    articles = sorted({e.search.article_of(i) for i in e.search.candidates(concepts)})
    whole = [a for a, c in e.search.article_coverage(concepts, articles).items() if c >= 1.0 - 1e-9]
    if not whole:
        return []
    titles = {r["id"]: set(content_words(r["title"])) for r in e.reader.all(
        f"SELECT id, title FROM articles WHERE id IN ({placeholders(whole)})", whole)}
    # ... or whose opening sentence does: "Falconer rebuts 'charade' claims" opens on "changes
    # to the Mental Capacity Bill amid chaotic scenes in the Commons"
    leads = lead_rows(e, whole, LEAD_SENTENCES)
    named = e.search.coverage(headline, [i for v in leads.values() for i in v])
    # (two of the question's things, its rarest among them: not an aside that names one)
    rarest = max(headline, key=lambda c: c.weight).label if headline else ""
    return [a for a in whole if any(w in titles[a] for c in headline for x in c.words for w in content_words(x))
            or any(len(named[i][1]) >= 2 and rarest in named[i][1] for i in leads.get(a, ()))]


def in_whole_articles(e: Engine, concepts: list[Concept], wanted: re.Pattern, asked: set[str],
                      have: set[int], people: set[str], require: set[str] = frozenset(),
                      set_in: set[str] = frozenset()) -> list:
    """Answers the question's own sentence search missed: in an article that covers every
    concept, a sentence that covers most of them and holds the wanted kind of answer ("The
    papers are believed to have been found ... in a street in Mayfair", in the story of the
    Musharraf papers). Ranked after the sentences that cover the question themselves.
    `set_in`: required years the question gives a thing ("the White Paper on the EU in 2005"),
    which the story may have said of it a few sentences before."""
    pair = len(concepts) == 2 and bool(people)  # "how long has Cunningham been an MP": "He has represented ... since 1970"
    if len(concepts) < 3 and not pair:
        return []
    whole = stories_on(e, concepts, concepts)
    years = {l for l in require if l in set_in}
    found = _story_sentences(e, concepts, whole, (people if pair else set()) | require - years, 0.0 if pair else None) if whole else []
    labels = e.last_labels()
    if years:
        found = _dated_before(e, concepts, found, years, labels)
    found = [(r, s) for r, s in found
             if r["sid"] not in have and holds(wanted, r["text"], asked)
             and (not people or labels.get(r["sid"], set()) & people or len(whole) == 1)]
    if found or have:
        return found
    return _in_story_context(e, concepts, wanted, asked, people | require)  # the last resort


# How far back a story may have set the thing it goes on about in a year.
_DATED_REACH = 8


def _dated_before(e: Engine, concepts: list[Concept], found: list, years: set[str], labels: dict) -> list:
    """"How much did the Foreign Office white paper on the EU in 2005 cost": "Mr Ancram condemned the
    document, which the Foreign Office says has cost about £2,500", after "Mr Straw used Thursday's
    debate to launch the new White Paper on the prospects for the EU in 2005": a sentence on a thing
    the story set in the year asked a few sentences before (one that names it too) is of that year,
    though it does not print it again; not one that prints another year. The sentences that print
    the year itself are kept as they are."""
    persons = {c.label for c in concepts if c.actor_ids and any(
        a in e.actors.by_id and e.actors.by_id[a].kind == "person" for a in c.actor_ids)}
    things = {c.label for c in concepts} - persons - years
    earlier = sorted({r["sid"] - k for r, _ in found for k in range(1, _DATED_REACH + 1)
                      if e.search.article_of(r["sid"] - k) == r["article_id"]})
    rows = sentences_by_id(e.reader, earlier)
    held = e.search.coverage(concepts, earlier)
    out = []
    for r, s in found:
        own = labels.get(r["sid"], set())
        if years <= own:
            out.append((r, s))
            continue
        if set(re.findall(r"\b(?:1[6-9]|20)\d\d\b", r["text"])) - years:
            continue
        set_in = [j for j in range(r["sid"] - _DATED_REACH, r["sid"]) if j in rows
                  and rows[j]["article_id"] == r["article_id"] and all(re.search(rf"\b(?:in|of|for) {y}\b", rows[j]["text"]) for y in years)
                  and own & held.get(j, (0.0, set()))[1] & things]
        if set_in:  # (ranked as it covers the question without the year: after one that prints it)
            labels[r["sid"]] = own | years
            out.append((r, s))
    return out


def _in_story_context(e: Engine, concepts: list[Concept], wanted: re.Pattern, asked: set[str], require: set[str]) -> list:
    """"A total of 3,028 adults aged 18 or over were interviewed for the study", in the story
    that opens on the Age Concern survey: a sentence answers with what its story's headline and
    opening sentences have already named. It must bring a word of the question itself, and the
    two together must cover the question."""
    articles = sorted({e.search.article_of(i) for i in e.search.candidates(concepts)})
    whole = [a for a, c in e.search.article_coverage(concepts, articles).items() if c >= 1.0 - 1e-9]
    if not whole:
        return []
    weights = {c.label: c.weight for c in concepts}
    total = sum(weights.values()) or 1.0
    plain = {c.label for c in concepts if not c.actor_ids}
    leads = lead_rows(e, whole, LEAD_SENTENCES)
    told = e.search.coverage(concepts, sorted(i for ids in leads.values() for i in ids))
    titled = {r["id"]: e.covered_by_title(concepts, r["title"])
              for r in e.reader.all(f"SELECT id, title FROM articles WHERE id IN ({placeholders(whole)})", whole)}
    sids = [r[0] for r in e.reader.all(f"SELECT id FROM sentences WHERE article_id IN ({placeholders(whole)})", whole)]
    cov = e.search.coverage(concepts, sids)
    found: dict[int, float] = {}
    for sid, (_, own) in cov.items():
        article = e.search.article_of(sid)
        context = set().union(*(told[i][1] for i in leads.get(article, ()) if i != sid)) | titled.get(article, set())
        if not (own - context) & plain or not require <= own:
            continue
        score = share(weights, own | context, total)
        if score >= MIN_COVERAGE - 1e-9:
            found[sid] = score
    rows = sentences_by_id(e.reader, list(found))
    ranked = sorted((i for i in found if i in rows and holds(wanted, rows[i]["text"], asked)), key=lambda i: (-round(found[i], 3), i))
    return [(rows[i], found[i] - ARTICLE_SLACK) for i in ranked]


def _story_sentences(e: Engine, concepts: list[Concept], whole: list[str], require: set[str],
                     min_cov: float | None = None) -> list:
    """The sentences of stories that cover the question which cover most of it themselves,
    scored below the sentences that cover it on their own."""
    found = e.best(concepts, article_ids=whole, min_cov=MIN_COVERAGE - ARTICLE_SLACK if min_cov is None else min_cov,
                   require=require or None)
    return [(r, s - ARTICLE_SLACK) for r, s in found if s >= MIN_COVERAGE - ARTICLE_SLACK - 1e-9]
