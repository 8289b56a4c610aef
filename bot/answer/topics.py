"""A speaker's sentences on a topic: which of what someone said is about what was asked.

"What did Fox say about Blair lying?": a quote rarely repeats the question's words, so the
sentences around it, the story's headline and opening, and the places and people the topic
names all decide whether a sentence is on the topic. Used by "what did X say about T" and by
stances ("what does X want on T").
"""

from __future__ import annotations

import re
import sqlite3
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from bot.answer import naming
from bot.answer.actors import NAME_CAPITAL_SHARE
from bot.answer.lexicon import RELATIVE_DAY_WORDS
from bot.answer.search import CAPITAL_MIN, Concept, fts_term, other_numeral
from bot.answer.voices import in_title
from bot.answer.thresholds import (CONTEXT_DECAY, CONTEXT_SPAN, LEAD_SENTENCES, MIN_COVERAGE, NAME_OPENING, OTHER_STORY, QUOTE_BONUS,
                                   RARE_WORD_SHARE, RARE_WORD_STORIES, SHORT_STORY, TOPIC_COVERAGE)
from bot.answer.words import STOPWORDS, YEAR
from bot.index.read import placeholders, story_text
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


def on_topic(e: Engine, concepts: list[Concept], ids: list[int], rows: dict,
             topic: str | None = None, question: str = "", head: bool = False) -> list[tuple[sqlite3.Row, float]]:
    """A speaker's sentences ranked by how well they, the sentences around them, or the
    article they sit in cover a topic.

    A quote rarely repeats the question's words ("What did Fox say about Blair lying?"):
    the sentence before it usually sets the scene ("Between 1.1 and 1.5 million people were
    killed at Auschwitz." then the quote), and the article is about the topic. A topic absent
    from all three abstains.

    `head`: what the topic is about, before the setting it puts it in ("forced marriages" of
    "forced marriages in the British Pakistani community"), must be named somewhere in the
    speaker's story (by one of its words): a story on the setting alone is not on it.
    """
    near = {j for i in ids for j in range(i - CONTEXT_SPAN, i + CONTEXT_SPAN + 1)}
    sentence_cov = e.search.coverage(concepts, sorted(near | set(ids)))
    told = asks_told(question)
    for i in ids:  # "..., she told BBC Two's Newsnight": where a speaker spoke is not what about
        if not told and i in sentence_cov and i in rows:  # (unless asked: "what did Blair tell the Observer")
            sentence_cov[i] = _beyond_medium(concepts, rows[i]["text"], *sentence_cov[i], asked=question or topic or "")
        if i in sentence_cov and i in rows:  # ... nor how the story describes the speaker
            sentence_cov[i] = _beyond_description(concepts, rows[i], *sentence_cov[i])
    # Another voice's claim is not the scene of a quote: "Reuters reported ... Russia to keep its
    # bases", then Aron Lund on Turkey, is not Lund on Russia's bases.
    voices = {sid: (r["source_actor"], r["source"]) for sid, r in e.rows(sorted(near - set(ids))).items()}
    article_ids = sorted({rows[i]["article_id"] for i in ids})
    article_cov = e.search.article_coverage(concepts, article_ids)
    titles = {r["article_id"]: r["title"] for r in rows.values()}
    # what each headline names of the topic, once per article
    people = naming.person_concepts(e, concepts)
    persons = {c.label for c in people}
    # A country or city the topic is of must be named near the quote, as a person the topic
    # names must (below): "Iran's role in Syria" is not Syria alone
    owners = [c for c in concepts if c.actor_ids and topic and all(
              e.actors.by_id[a].kind == "place" for a in c.actor_ids if a in e.actors.by_id)
              and any(re.search(r"(?i)\b" + re.escape(w) + r"(?:'s|’s|s'|s’)", topic) for w in c.words)]
    opened = _lead_labels(e, owners, article_ids) if owners else {}
    # A person the topic gives the thing to ("Clarke's points system"): a sentence that gives a
    # thing to another person ("Mr Howard's proposals") and never names them is on the other's
    holders = [c for c in people if topic and any(re.search(r"(?i)\b" + re.escape(w) + r"(?:'s|’s|s'|s’)", topic)
                                                  for w in c.words)]
    # (whose thing it is: "Mubanga's claims" are told in his own words, the scene of a reply to them)
    holder_ids = {a for c in holders for a in c.actor_ids}
    others = _other_owners(e, ids, holder_ids, _owned_by(concepts, holders, topic)) if holders else set()
    lead_people = _lead_labels(e, people, article_ids) if people else {}
    doers = {c.label for c in _doer_of_topic(e, concepts, topic)}
    # The topic is a person and nothing else ("what did X say about Tony Blair")
    asks_person = len(concepts) == 1 and len(people) == 1 and bool(topic) and {
        w for w in re.findall(r"[\w'’-]+", topic.lower()) if w not in STOPWORDS} <= {t for w in people[0].words for t in w.split()}
    named = {a: {c.label for c in concepts if any(in_title(w, titles[a]) for w in _title_words(c, c.label in persons))
                 or _phrase_in_title(c, titles[a])} for a in article_ids}
    # The article is about the topic when its headline names it, or its opening sentences do
    # ("In an upbeat pre-Budget report, he ...") ...
    leads = _lead_coverage(e, concepts, article_ids)
    short = {r[0]: r[1] <= SHORT_STORY for r in e.reader.all(
        f"SELECT article_id, count(*) FROM sentences WHERE article_id IN ({placeholders(article_ids)}) GROUP BY article_id",
        article_ids)}
    about_article = {a: bool(named[a]) or leads.get(a, (0.0, False))[0] >= MIN_COVERAGE for a in article_ids}
    name_leads = {a for a in article_ids if leads.get(a, (0.0, False))[1]}
    titled = {a: named[a] for a in article_ids if about_article[a]}
    # ... and the headline is part of the article: what it names, the article covers.
    total = sum(c.weight for c in concepts) or 1.0
    in_articles = {c.label: e.search.concept_articles(c) for c in concepts}
    for a in article_ids:
        covered = {c.label for c in concepts if a in in_articles[c.label]} | titled.get(a, set())
        article_cov[a] = sum(c.weight for c in concepts if c.label in covered) / total
    # A topic whose rare words the speaker's story never prints, while another story opens on it
    # (its headline or opening names it), is that story's: the speaker did not speak on it
    borrowed = _told_elsewhere(e, concepts, in_articles, named, article_ids) if head else set()
    other_kind = _other_kind(concepts, titles, topic, in_articles,
                             lambda c: [e.actors.by_id[a].kind for a in c.actor_ids if a in e.actors.by_id])
    kinds = {c.label for c in concepts if not c.actor_ids}
    # A place the topic names must be in the speaker's story at all: "a super casino in
    # Glasgow" is not asked of a story on casinos that never names Glasgow.
    # (a quoted slogan, "'Britain forward not back'", names no place)
    quoted = quoted_words(topic)
    places = places_named(e, concepts, topic)
    elsewhere = _other_places(e, ids, {a for c in places for a in c.actor_ids}) if head and places else set()
    place_leads = _lead_labels(e, places, article_ids) if elsewhere else {}
    # A year the topic names dates what is asked: "the 2003 fuel duty rise" is not a quote on
    # this year's freeze in a story that names 2003 only further on (its headline or opening may date the story)
    years = [c for c in concepts if YEAR.fullmatch(c.label)] + sums_named(concepts, topic)
    year_leads = _lead_labels(e, years, article_ids) if years else {}
    # ... and so does a day the topic names by its name: "shops opening on Boxing Day" is not asked
    # of a story on Christmas Day and New Year's Day that never prints "Boxing"
    days = [c for c in concepts if not c.actor_ids and any(w in c.words for w in _days_named(topic))] if head else []
    spelt: dict[tuple[str, str], bool] = {}  # (article, place) -> the story spells it one slip away; read once

    def misspelt_in(article: str, c: Concept) -> bool:
        if (article, c.label) not in spelt:
            spelt[article, c.label] = spelt_nearly(e, article, c.words)
        return spelt[article, c.label]
    heads = _head_labels(concepts, topic) if head else set()
    # What the topic asks of, before the place or event it puts it in, ranks the speaker's
    # sentences when that setting is what the story is about (its headline or opening names it),
    # for then it tells none of them from another: "officials forgetting what happened over the
    # nanny's visa", in the story of the visa, is "20 individuals appear to have forgotten what
    # happened", not "next time it may not be about a nanny and their visa". (Whom they told,
    # "what did Blair tell the Observer about ...", is no part of what was asked.)
    asked = _asked_labels(concepts, topic) if head and not told else set()
    # ... but not the owner of what it asks of ("trusting the chancellor's figures" in the story
    # of his report): every sentence of that story names him, so he tells none apart either
    asked -= {label for owner, _ in _owned(concepts, topic) for label in owner}
    asked_weight = {c.label: c.weight / total for c in concepts if c.label in asked}
    if asked:
        opening = _lead_labels(e, concepts, article_ids)
        setting = {c.label for c in concepts} - asked
        staged = {a for a in article_ids if setting <= named[a] | opening.get(a, set())}
    # A body the topic names (an actor of the pack, not a person nor a place, which the rules
    # below place) must be printed in the speaker's story at all: "Blair's apology to the Guildford
    # Four" is not asked of a story that never names them, however much of the rest it covers.
    # (by a name of it the topic prints in full, of four letters or more: initials, "UN", "ITV",
    # "Q&A", a story may spell otherwise, "United Nations", "ITV1")
    folded_topic = f" {fold(topic or '')} "
    bodies = [c for c in concepts if head and c.actor_ids and c.label not in persons and c not in places
              and not quoted & {t for w in c.words for t in w.split()}
              and any(len(n) > 3 and f" {n} " in folded_topic for a in c.actor_ids if a in e.actors.by_id
                      for n in {fold(x) for x in (e.actors.by_id[a].name, *e.actors.by_id[a].aliases)})]
    # (by a name, not a word the pack prints in lower case: "a 200 pound rebate" names no Stephen Pound)
    named_people = [c for c in people if head and any(" " in w or _a_name(e, w) for w in c.words)]
    # A thing the topic gives to an owner ("the conservatives' presence across britain") is the
    # owner's: a sentence that gives it to another ("the mere presence of British troops") does
    # not cover it, unless the owner is named there, beside it, in the headline or the opening.
    owned = _owned(concepts, topic) if head else []
    # Every other name the topic prints (a place, a body, a capitalised word) must be named near
    # the speaker's words too, or open the story, or run through it (named twice or more):
    # Cottenham, told once in the story's own closing line, is not what a campaigner quoted on
    # traveller sites in general spoke of
    # (not whom the words were told, "radio 4's today about the house arrest plans")
    heard = (topic or "").split(" about ", 1)[-1] if told else topic
    others_named = _names_asked(e, concepts, heard, people) if head else []
    others_leads = _lead_labels(e, others_named, article_ids) if others_named else {}
    opening = {a: first for a, first in e.reader.all(
        f"SELECT article_id, min(id) FROM sentences WHERE article_id IN ({placeholders(article_ids)}) GROUP BY article_id",
        article_ids)} if others_named else {}
    for c in others_named:
        where_named: dict[str, list[int]] = {}
        for i in e.search.concept_rows(c):
            where_named.setdefault(e.search.article_of(i) or "", []).append(i)
        for a in article_ids:  # (... its opening paragraph: "... the conference venue in Gateshead")
            if len(where_named.get(a, [])) >= 2 or any(i < opening.get(a, 0) + NAME_OPENING for i in where_named.get(a, [])):
                others_leads.setdefault(a, set()).add(c.label)
    owner_leads = _lead_labels(e, concepts, article_ids) if owned else {}
    asked_people = {a for c in people for a in c.actor_ids}
    scored = []
    own = set(ids)
    for i in ids:
        article = rows[i]["article_id"]
        s_cov, a_cov = sentence_cov[i][0], article_cov.get(article, 0.0)
        beside = [j for j in range(i - CONTEXT_SPAN, i + CONTEXT_SPAN + 1)
                  if j != i and j in sentence_cov and e.search.article_of(j) == article]
        # "Mr Obama also said: ..." turns from the scene before it, for what he says there and next
        turned = [j for j in beside + [i] if j <= i and j in own and _TURNS.match(rows[j]["text"])] if not s_cov else []
        if turned:
            beside = [j for j in beside if j >= max(turned)]
        # ... and what the speaker said (`head`, not what they want) is ranked by the scene before
        # it and the words after it that are not another voice's (Ms Ruddock on parking spaces is not
        # on the levy because the councillor defends the levy next)
        context = max((sentence_cov[j][0] * CONTEXT_DECAY[abs(i - j)] for j in beside
                       if not head or j < i or j in own or voices.get(j, (None, None))[1] is None), default=0.0)
        # ... a scene is set before a quote; after it, only the speaker's own next words count
        # (the reporter moving on to Cuba is not the speaker on Cuba)
        speaker = (rows[i]["source_actor"], rows[i]["source"])
        # ("But Lord Falconer praised his minister" answers the sentence before it, whoever spoke it)
        reply = _REPLY.match(rows[i]["text"]) is not None
        scene = [j for j in beside if j in own or reply and j == i - 1
                 or j < i and (voices.get(j, speaker)[1] is None or voices.get(j) == speaker
                               or voices[j][0] is not None and voices[j][0] == speaker[0]
                               or _officer_of(e, speaker[0], voices[j][0], article)
                               or voices[j][0] is not None and voices[j][0] in holder_ids)]
        # ... what the scene's sentences name together ("Mr Raynsford also plans changes to
        # pensions. These would raise the age ... He insisted the changes were modest.")
        context_full = sum(c.weight for c in concepts
                           if any(c.label in sentence_cov[j][1] for j in scene)) / total if scene else 0.0
        # The sentence itself must cover the topic; or touch it, or stand beside sentences that
        # do, or sit in an article about it (its headline names it), while the article as a
        # whole covers it.
        about = bool(named[article]) or article in name_leads or about_article[article] and (context_full > 0 or short[article])
        # A person the topic names ("Evan Spiegel turning down Facebook") is what it is about:
        # the sentence, the ones beside it or the headline must name them, not just the article.
        near = set().union(*(sentence_cov[j][1] for j in [i] + beside))
        # (a person another voice names beside the quote is that voice's scene, not the speaker's:
        # officials on "Mr Trump's" plans next to Mr Reeves on the sanctions; the person's own
        # words are, "... writes Mr Peston" before Mr Prescott's reply on the book)
        near_people = set().union(*(sentence_cov[j][1] for j in [i] + beside if j == i or j in scene
                                    or j > i and voices.get(j, (None, None))[1] is None
                                    or voices.get(j, (None, None))[0] in asked_people)) if head else near
        labels = sentence_cov[i][1]
        for owner, things in owned:
            if things & labels and not owner & (near | named[article] | owner_leads.get(article, set())) \
                    and _anothers(rows[i]["text"], [c for c in concepts if c.label in things & labels],
                                  [c for c in concepts if c.label in owner]):
                s_cov -= sum(c.weight for c in concepts if c.label in things & labels) / total
                labels = labels - things
        # (... or the story open on them: "An inquest into Eloise Parry's death ..." is her story)
        if s_cov < TOPIC_COVERAGE and any(c.label not in near_people | named[article] | lead_people.get(article, set())
                                          for c in people):
            continue
        if any(article not in in_articles[c.label] and c.label not in named[article] and not misspelt_in(article, c)
               for c in bodies):
            continue
        # ... and so must a person the topic names: "Cunningham stepping down at the election" is
        # not Blair's words on his own standing down, in a story that never names Cunningham
        if any(article not in in_articles[c.label] and c.label not in named[article] and not misspelt_in(article, c)
               for c in named_people):
            continue
        if asks_person and people[0].label not in near:
            continue  # "what did Ebell say about Blair": a quote in a story on Blair that never names him near it
        # (the place a story opens on, "Kelby's Stand For Us show", is what the story is about)
        if s_cov < TOPIC_COVERAGE and any(c.label not in near | named[article] | opened.get(article, set()) for c in owners):
            continue
        if any(article not in in_articles[c.label] and c.label not in named[article]
               and not misspelt_in(article, c) for c in places):
            continue
        if s_cov < TOPIC_COVERAGE and any(c.label not in near | named[article] | others_leads.get(article, set())
                                          for c in others_named):
            continue
        if i in elsewhere and any(c.label not in near | named[article] | place_leads.get(article, set()) for c in places):
            # "Project Jonah on the South Taranaki stranding": its words on strandings at other places,
            # in a story not about that place (a story on Kashmir may quote on Srinagar, a town of it)
            continue
        if heads and not any(article in in_articles[h] or h in named[article] for h in heads):
            continue  # "forced marriages in the British Pakistani community" asked, in a story on Pakistani women
        if any(article not in in_articles[c.label] and c.label not in named[article] for c in days):
            continue  # "shops opening on Boxing Day" asked, in a story that never prints "Boxing"
        if any(c.label not in near | named[article] | year_leads.get(article, set()) for c in years):
            continue
        if i in others and not any(c.label in sentence_cov[i][1] for c in holders):
            continue
        if doers and doers - set().union(*(sentence_cov[j][1] for j in [i] + [j for j in scene if j in own])):
            continue  # the speaker's own words must name whom the topic has doing it
        if s_cov < TOPIC_COVERAGE and article in borrowed:
            continue  # "Zuckerberg on Facebook tracking people", in his story on deals that never says "tracking"
        if article in other_kind and not kinds <= near:
            continue  # "the hunting ban" asked, in a story headlined on the smoking ban
        if head and not s_cov and not context and named[article] and _in_reporters_words(rows[i]):
            continue  # what the story tells a speaker said is on what it names: not the headline's topic
        if s_cov >= TOPIC_COVERAGE or ((s_cov > 0 or about or context_full >= MIN_COVERAGE) and a_cov >= TOPIC_COVERAGE):
            quoted = QUOTE_BONUS if rows[i]["direct_quote"] else 0.0
            on_head = HEAD_SHARE * sum(w for label, w in asked_weight.items() if label in labels) \
                if asked and article in staged else 0.0
            scored.append((rows[i], s_cov + on_head + 0.6 * context + 0.5 * a_cov + quoted))
    scored.sort(key=lambda x: (-round(x[1], 3), x[0]["continuation"] or 0, x[0]["sid"]))
    return scored


# A day named by what it is the day of: "Boxing Day", "polling day", "Christmas Eve", "election night"
_DAY_NAMED = re.compile(r"(?i)\b([a-z]{3,})(?:['’]s)? (?:day|eve|night)\b")


def _days_named(topic: str | None) -> set[str]:
    """The words that name a day of the topic ("boxing" of "on boxing day")."""
    return {m.group(1).lower() for m in _DAY_NAMED.finditer(topic or "")} - STOPWORDS - RELATIVE_DAY_WORDS


# A quotation of the speaker's own: the sentence opens on it, or sets it after a colon or a comma
# ("He added: "...""); and a phrase quoted inside the story's own clause ("called the bill "the worst ..."").
_OWN_QUOTATION = re.compile(r"(?:^|[:,(])\s*[\"“]")
_QUOTED_PHRASE = re.compile(r"\w\s+[\"“]\w")


def _in_reporters_words(row) -> bool:
    """What the story tells, in its own words, that a speaker said ("Ms Kelly has not set out her
    views on either issue, but has said she intends to put parents first") carries what it is
    about: when it names none of the topic, nor do the sentences beside it, a headline on the
    topic ("Research fears over Kelly's views") does not make it about it. So with a phrase of
    theirs quoted inside the story's clause ("called last year's tax bill "the worst piece of
    legislation""). A quotation of their own ("He added: ...", a quote's inner sentence) is read
    under the headline and the scene before it."""
    text = row["text"]
    if _OWN_QUOTATION.search(text):
        return False
    return not row["direct_quote"] or _QUOTED_PHRASE.search(text) is not None


# A sum of money as a topic names it: "$16.99", "£960m", "960m", "2 million pounds", "10k".
_SUM_NAMED = re.compile(r"(?i)(?:[£$€¥]\s?\d[\d,.]*(?:m|bn|k)?|\b\d[\d,.]*(?:m|bn|k))\b"
                        r"|\b\d[\d,.]*\s*(?:million|billion|trillion|pounds|dollars|euros|pence)\b")


def sums_named(concepts: list[Concept], topic: str | None) -> list[Concept]:
    """The concepts of the sums of money a topic names in what it asks of, before any setting:
    "the $16.99 halibut deal", "Brown's £960m pledge". Such a sum says which deal or pledge is
    asked, as a year dates it: a quote that never prints it near the words (nor its story's
    headline or opening) is on some other. (A sum in the setting, "claims of an 11bn black hole",
    may be told by the story a few sentences before the answer to the claims.)"""
    setting = _SETTING.search(topic or "")
    head = (topic or "")[:setting.start()] if setting else topic or ""
    tokens = {fold(t) for m in _SUM_NAMED.finditer(head) for t in re.findall(r"\d+[a-z]*", m.group(0).lower())}
    return [c for c in concepts if fold(c.label) in tokens and not YEAR.fullmatch(c.label)]


def _owned(concepts: list[Concept], topic: str | None) -> list[tuple[set[str], set[str]]]:
    """What the topic gives to an owner, as the owner's concept labels and the thing's: "the
    conservatives' presence across britain" is ({conservatives}, {presence}), "Howard's image back
    when he was home secretary" ({michael howard}, {image, back}): the words after the possessive,
    up to three, ending at a stopword or a word of the setting (_SETTING)."""
    out = []
    for m in re.finditer(r"(?i)\b([\w-]+)(?:'s|’s|s'|s’)((?:\s+[\w-]+){1,3})", topic or ""):
        words: set[str] = set()
        for t in m.group(2).split():
            if t.lower() in STOPWORDS or _SETTING.fullmatch(t):
                break
            words.add(fold(t))
        owner_word = fold(m.group(1))
        owner = {c.label for c in concepts if any(fold(w) in (owner_word, owner_word + "s") or owner_word in fold(w).split()
                                                 for w in c.words)}
        things = {c.label for c in concepts if c.label not in owner and not c.actor_ids
                  and (fold(c.label) in words or any(fold(w) in words for w in c.words if w))}
        if owner and things:
            out.append((owner, things))
    return out


def _owned_by(concepts: list[Concept], holders: list[Concept], topic: str | None) -> list[Concept]:
    """The concepts of what the topic gives its holders (of _owned, the things whose owner is one of them)."""
    mine = {h.label for h in holders}
    given = {t for owner, things in _owned(concepts, topic) if owner & mine for t in things}
    return [c for c in concepts if c.label in given and c not in holders]


def _anothers(text: str, things: list[Concept], owners: list[Concept]) -> bool:
    """The sentence gives the thing to another owner, one none of the owners' words names: "the
    mere presence of British troops", "the troops' presence" (not "the new proposals", which may
    be the owner's, nor a name, "ITV1's This Morning", its owner may spell otherwise)."""
    names = {fold(w) for c in owners for w in c.words if w}
    low = text.lower()
    for w in {w.lower() for c in things for w in c.words if w and w[:1].islower()}:
        if re.search(r"(?<=[\w,;’'] )" + re.escape(w[:1].upper() + w[1:]) + r"\b", text):
            return False
        for m in re.finditer(r"\b" + re.escape(w) + r" (?:of|by) ((?:[\w-]+ ){0,3}[\w-]+)", low):
            if not any(re.search(r"\b" + re.escape(n) + r"s?\b", fold(m.group(1))) for n in names):
                return True
        for m in re.finditer(r"\b([\w-]+)(?:'s|’s|s'|s’) (?:[\w-]+ ){0,2}" + re.escape(w) + r"\b", low):
            if m.group(1) not in STOPWORDS and not any(re.fullmatch(re.escape(n) + r"s?", fold(m.group(1))) for n in names):
                return True
    return False


# The words that end a topic's head and open its setting: "teeth out of sperm whales", "troops in Syria".
_SETTING = re.compile(r"(?i)\b(?:in|of|on|at|for|from|with|over|against|out|into|inside|within|among|across|by|to|"
                      r"between|during|after|before|under|around|near|towards?)\b")


def _head_labels(concepts: list[Concept], topic: str | None) -> set[str]:
    """The word concepts of the topic's head, when a setting follows it ("forced marriages in the
    British Pakistani community": forced, marriages); none when the topic is one phrase, or its
    head one word."""
    m = _SETTING.search(topic or "")
    if not m or not m.start():
        return set()
    words = {w.lower() for w in re.findall(r"[\w'’-]+", topic[:m.start()])} - _NO_KIND - _WHICH_ONE
    heads = {c.label for c in concepts if not c.actor_ids and not YEAR.fullmatch(c.label) and c.label in words}
    # (one word alone is often told in others: "running for leader" is "stand", "their chances" a forecast)
    return heads if len(heads) >= 2 else set()


# How much more a concept of the topic's head counts in ranking a sentence than one of its setting.
HEAD_SHARE = 1.0
# Heads that only introduce what the setting names: "reports in the Sunday Times", "comments at PMQs"
LIGHT_HEADS = frozenset("plan plans proposal proposals claim claims report reports idea ideas call calls move moves bid "
                        "comment comments remark remarks issue issues question questions decision decisions view views "
                        "suggestion suggestions allegation allegations news story stories prospect prospects "
                        "possibility chance chances row rows case".split())


# The words that put a thing in a place, an event or a time ("... over the nanny's visa", "... in
# Brown's Budget"), not those that say which thing it is ("rebate for pensioners", "concessions on
# the bill", "trust in the tax system" name the thing by what follows).
_PLACING = re.compile(r"(?i)\b(?:in|over|at|during|after|before|following)\b|\b(?:the|a|an) [\w'’-]+(?P<of> of)\b")
# (... and "of" after a thing the topic names: "the cost of the EU referendum" asks the cost,
# not "walking out of UKIP")
# ... and a topic that opens on the occasion itself ("back when Howard quoted ..."), or asks a
# question of its own ("why she took a seat in the Lords" asks the reason, not the seat)
_OCCASION_FIRST = re.compile(r"(?i)\s*(?:back\s+)?(?:when|after|before|as|while|during|why|how|whether|if|what|who|which|where)\b")


def _asked_labels(concepts: list[Concept], topic: str | None) -> set[str]:
    """The concepts of the topic's head, before a setting that follows it ("officials forgetting
    what happened over the nanny's visa": officials, forgetting, happened); none when the topic is
    one phrase, opens on an occasion or a question of its own, its head only introduces the
    setting ("reports in the Sunday Times"), or the head holds every concept of the topic."""
    m = _PLACING.search(topic or "")
    start = (m.start("of") if m.group("of") else m.start()) if m else 0
    if not start or _OCCASION_FIRST.match(topic or ""):
        return set()
    before = {fold(w) for w in re.findall(r"[\w'’-]+", topic[:start].lower())} - STOPWORDS - _NO_KIND - _WHICH_ONE
    if not before or before <= LIGHT_HEADS:
        return set()
    asked = {c.label for c in concepts if not YEAR.fullmatch(c.label)
             and (fold(c.label) in before or any(fold(w) in before for w in c.words if w and not w.endswith("*")))}
    return asked if asked and len(asked) < len(concepts) else set()


def _other_owners(e: Engine, ids: list[int], owners: set[int], owned: list[Concept] = ()) -> set[int]:
    """The sentences that name a person other than the owners as having something: "Mr
    Howard's proposals" (a person's name with "'s" after it); not those that print the thing
    the topic gives its holder apart from what the other has ("she despaired at his hardline
    image when he was home secretary in John Major's government" is his image, not Major's)."""
    family = set(owners) | {f for a in owners if a in e.actors.by_id for f in e.actors.family(e.actors.by_id[a])}
    out: set[int] = set()
    if not ids:
        return out
    pattern = "|".join(re.escape(fold(w)) for c in owned for w in c.words if w and not w.endswith("*"))
    for sid, text, start, m_start, m_end, actor in e.reader.all(
            "SELECT s.id, s.text, s.start, m.start, m.end, m.actor_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            f" JOIN actors a ON a.id = m.actor_id WHERE a.kind = 'person' AND m.sentence_id IN ({placeholders(ids)})", ids):
        if actor not in family and text[m_end - start:m_end - start + 2] in ("'s", "’s"):
            if pattern:
                had = " ".join(text[m_end - start + 2:].split()[:3])
                rest = f" {fold(text[:m_start - start])} {fold(text[m_end - start + 2:])} "
                if re.search(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", rest) \
                        and not re.search(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", fold(had)):
                    continue
            out.add(sid)
    return out


# Where a speaker spoke, after the verb: "she told BBC Two's Newsnight", "said on Sky News",
# "in an interview with the Guardian" (the medium's name, in capitals).
_MEDIUM = re.compile(r"\b(?:told|tells|telling|speaking (?:to|on)|said (?:on|in)|says (?:on|in)|interview with|"
                     r"interviewed (?:on|by)|writing in|wrote in|appearing on)\s+(?:the\s+)?"
                     r"(?:[A-Z][\w'’.&-]*|[0-9]+)(?:\s+(?:[A-Z][\w'’.&-]*|[0-9]+))*")


def asks_told(question: str) -> bool:
    """The question names whom the speaker told: "what did Blair tell the Observer (about ...)"
    asks for the words the medium printed, which name it."""
    return _ASKS_TOLD.search(question) is not None


_ASKS_TOLD = re.compile(r"(?i)\b(?:tell|tells|told|telling|interview|interviewed)\b")


# ... a paper, a station or a programme, not a person told ("told Mr Brown", "told Sir Edward")
_MEDIA_WORD = re.compile(r"\b(?:BBC|ITV|GMTV|CNN|Sky|Channel|Radio|TV|Television|News|Newsnight|Today|Breakfast|Times|Guardian|"
                         r"Telegraph|Independent|Observer|Mail|Mirror|Sun|Herald|Post|Journal|Gazette|Standard|Express|"
                         r"Magazine|Press|Tribune|Chronicle|Record|Scotsman|Reuters|programme|show|newspaper|magazine|"
                         r"radio|television)\b")


def _beyond_medium(concepts: list[Concept], text: str, share: float, labels: set[str],
                   asked: str = "") -> tuple[float, set[str]]:
    """The sentence's coverage without the words it matches only in the medium the speaker spoke
    to: "It was the status quo ..., she told BBC Two's Newsnight" says nothing of the BBC licence fee
    (unless the question names the medium as where it was said: "... on the Wright Stuff")."""
    spans = [m.span() for m in _MEDIUM.finditer(text) if _MEDIA_WORD.search(text, m.start(), min(len(text), m.end() + 12))]
    return _beyond_spans(concepts, text, spans, share, labels, asked)


def _beyond_description(concepts: list[Concept], row, share: float, labels: set[str]) -> tuple[float, set[str]]:
    """The sentence's coverage without the words it matches only in how the story describes the
    speaker, between their name and what they do: "Barbara Follett, whose first husband was
    killed while under house arrest, confirmed she would vote against ..." says nothing of her
    husband's death; "Oliver Letwin, one of the men lampooned in the Labour poster, affects
    bewilderment at ..." says nothing of the poster. Those are the story's words, not theirs."""
    name = (row["source"] or "").split()[-1:]
    if not name or not labels:
        return share, labels
    spans = [m.span(1) for m in re.finditer(r"\b" + re.escape(name[0]) + _DESCRIBED, row["text"])]
    return _beyond_spans(concepts, row["text"], spans, share, labels)


# The clause a story sets after a speaker's name to describe them, up to the comma before what they
# do: ", whose first husband was killed ..., confirmed", ", one of the men lampooned ..., affects".
_DESCRIBED = r",\s+((?:whose|one of)\b[^,;:\"“”]*),\s*(?=[a-z])"


def _beyond_spans(concepts: list[Concept], text: str, spans: list[tuple[int, int]], share: float, labels: set[str],
                  asked: str = "") -> tuple[float, set[str]]:
    """The sentence's coverage without the concepts it prints only within the spans (unless the
    question names them as where it was said: "on the Wright Stuff")."""
    if not spans or not labels:
        return share, labels
    outside = text
    for a, b in reversed(spans):
        outside = outside[:a] + " " + outside[b:]
    total = sum(c.weight for c in concepts) or 1.0
    kept = set(labels)
    for c in concepts:
        if c.label not in labels or any(re.search(r"(?i)\b(?:on|to|in|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?" + re.escape(w) + r"\b",
                                                  asked) for w in c.words if w):
            continue
        words = [re.compile(r"(?i)\b" + re.escape(w) + r"\b") for w in c.words if w]
        if any(w.search(text) for w in words) and not any(w.search(outside) for w in words):
            kept.discard(c.label)
            share -= c.weight / total
    return (max(share, 0.0) if kept else 0.0), kept  # (none left is none, not a rounding error's worth)


# The speaker turning to another subject, before the words quoted: "In the interview, Mr Obama also
# said: ...", "She also told the paper ...". What the sentences before it cover, it does not.
_TURNS = re.compile(r"[^\"“”]*\balso (?:said|says|told|tells|added|adds|argued|argues|insisted|insists|warned|warns|claimed|claims)\b")


# A sentence that opens by answering the one before it.
# ... or says it does ("In a furious response, the first minister said ...", "Responding, he said ...")
_REPLY = re.compile(r"(?:But|However|Yet)\b|(?:In (?:an? |his |her |their |its )?(?:[a-z]+ )?(?:response|reply)|"
                    r"Responding|Replying|Hitting back)\b(?! to\b)")


_QUOTED = re.compile(r"(?:^|(?<=\s))['‘\"“]([^\"“”‘’]+?)['’\"”](?=\s|$|[,.?!])")


def _other_places(e: Engine, ids: list[int], asked: set[int]) -> set[int]:
    """Of the speaker's sentences, those that name a place other than the places asked ("140
    pilot whales beaching on Stewart Island" when South Taranaki is asked): one query for all."""
    rows = e.reader.all(f"SELECT m.sentence_id, m.actor_id FROM mentions m JOIN actors a ON a.id = m.actor_id"
                        f" WHERE a.kind = 'place' AND m.sentence_id IN ({placeholders(ids)})", ids)
    return {sid for sid, actor in rows if actor not in asked}


def _a_name(e: Engine, word: str) -> bool:
    """The pack prints the word capitalised, as a name, or too seldom to tell ("pound" it prints
    in lower case too often)."""
    share = e.search.capital_share(word)
    return share >= NAME_CAPITAL_SHARE or share == 0.0 and not e.search.common_noun(word)


def spelt_nearly(e: Engine, article_id: str, words: list[str]) -> bool:
    """The article names a place one typing slip away ("slums in Narobi" for Nairobi)."""
    long = [w for w in words if len(w) >= 5 and " " not in w]
    if not long:
        return False
    text = story_text(e.reader, article_id)
    tokens = {fold(t) for t in re.findall(r"[A-Z][a-z]{3,}", text)}
    return any(OSA.distance(w, t) <= 1 for w in long for t in tokens)


def quoted_words(text: str | None) -> set[str]:
    return set(" ".join(_QUOTED.findall(text or "")).lower().split())


def places_named(e: Engine, concepts: list[Concept], text: str | None) -> list[Concept]:
    """The concepts of text that are places, but for words of a quoted phrase ("'Britain
    forward not back'" names no place)."""
    quoted = quoted_words(text)
    return [c for c in concepts if all_places(e, c) and not quoted & {t for w in c.words for t in w.split()}]


def _names_asked(e: Engine, concepts: list[Concept], topic: str | None, people: list[Concept]) -> list[Concept]:
    """The concepts of the topic that name one thing, but for its people (checked on their own)
    and the words of a quoted phrase: an actor of the pack (a place, a body) the topic calls by a
    name of it of four letters or more ("wiltshire"; not "itv", which a story may print "ITV1"), or
    a word the pack prints as a name (capitalised, or too seldom to tell: "Cottenham"; not a
    plural, "Muslims", a kind of people)."""
    quoted = quoted_words(topic)
    folded = f" {fold(topic or '')} "
    # (a plain word is no name of its own when it is part of a compound, "kyoto-lite", or the first
    # name of a person the topic names, "jeffrey" of Jeffrey Archer, whom the pack calls Lord Archer)
    parts = {fold(t) for w in re.findall(r"\w+(?:-\w+)+", (topic or "").lower()) for t in w.split("-")}
    parts |= {m.group(1) for c in people for w in c.words if w and " " not in w
              for m in re.finditer(r"(\w+) " + re.escape(fold(w)) + r"\b", folded)}

    def by_name(c: Concept) -> bool:
        return any(len(n) > 3 and f" {n} " in folded for a in c.actor_ids if a in e.actors.by_id
                   for n in {fold(x) for x in (e.actors.by_id[a].name, *e.actors.by_id[a].aliases)})
    return [c for c in concepts if c not in people and not quoted & {t for w in c.words for t in w.split()}
            and (by_name(c) if c.actor_ids else len(c.label) > 3 and " " not in c.label and not c.label.endswith("s")
                 and fold(c.label) not in parts and f" {fold(c.label)} " in folded and _rare_name(e, c.label))]


def _rare_name(e: Engine, word: str) -> bool:
    """The pack prints the word as a name: capitalised inside its sentences, or, printed too seldom
    to tell, never in lower case and with a stem that rare too ("Cottenham", once; not "laying",
    whose stem "lay" the sentences read for its case happen not to print it in)."""
    share = e.search.capital_share(word)
    return share >= NAME_CAPITAL_SHARE or share == 0.0 and e.search.printed(word) and not e.search.common_noun(word) \
        and e.search.df(fts_term(word) or '""') < CAPITAL_MIN


def all_places(e: Engine, c: Concept) -> bool:
    kinds = [e.actors.by_id[a].kind for a in c.actor_ids if a in e.actors.by_id]
    return bool(kinds) and all(k == "place" for k in kinds)


def _doer_of_topic(e: Engine, concepts: list[Concept], topic: str | None) -> list[Concept]:
    """A body or country the topic has doing something ("Russia keeping its bases in Syria") is
    who the topic is about: a quote on Syria's bases that never names Russia is not on it."""
    # "Russia keeping its bases", "Turkey joining the EU", "Brighton hosting Labour's conference":
    # the deed takes its object (an owner's name with 's opens it as "its" does); in "the law
    # lords ruling on ..." or "the Welsh funding settlement" the -ing word is a noun
    m = re.match(r"(?i)\s*(?:the )?([\w'’.-]+(?: [\w'’.-]+){0,3}?) [a-z]+ing (?:its|their|his|her|the|a|an|up|out|back|[\w-]+['’]s)\b",
                 topic or "")
    if not m or any(w.lower() in STOPWORDS for w in m.group(1).split()):
        return []  # "MPs about closing down pubs": whom they were told, not who does it
    actor = e.exact_actor(m.group(1))
    if actor is None or actor.kind == "person":
        return []
    return [c for c in concepts if actor.id in c.actor_ids]


# Posts whose holder speaks for a body: "The Press Council is concerned ... 'quote', says president David Weisbrot".
_OFFICER = re.compile(r"(?i)\b(?:president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|chief executive|"
                      r"director|general secretary|secretary general|head|leader|chief)\b")


def _officer_of(e: Engine, person_id: int | None, body_id: int | None, article_id: str) -> bool:
    """The speaker holds a post in the story ("president") and the voice before is a body: the
    body's words, then its officer's, are one voice."""
    body = e.actors.by_id.get(body_id) if body_id is not None else None
    if person_id is None or body is None or body.kind not in ("organization", "group"):
        return False
    return (person_id, article_id) in e.cached("officers", lambda: {
        (r[0], r[1]) for r in e.reader.all("SELECT actor_id, article_id, description FROM actor_descriptions")
        if _OFFICER.search(r[2])})  # read once per index, not once per quote


def _title_words(c: Concept, person: bool) -> list[str]:
    """The words of a concept a headline may hold: single words, and a person's surname
    ("Tories leave door open for Archer" names Lord Archer; "Korea" is no surname)."""
    words = [w for w in c.words if " " not in w]
    return words + [w.split()[-1] for w in c.words if " " in w] if person else words


def _phrase_in_title(c: Concept, title: str) -> bool:
    """A headline that prints one of a thing's phrases names it: "Top Tories on Lib Dem 'hit
    list'" names the target list (word by word, "list" is too small a word to count)."""
    return not c.actor_ids and any(" " in w and re.search(r"(?i)\b" + re.escape(w) + r"\b", title) for w in c.words)


def _other_kind(concepts: list[Concept], titles: dict[str, str], topic: str | None,
                in_articles: dict[str, frozenset[str]], kinds_of=lambda c: ()) -> set[str]:
    """The articles whose headline names another kind of the thing asked about, or that never
    name this kind: asked about "the hunting ban", a story headlined "Scots smoking ban details
    set out", or one on the China arms ban, is about a ban, but not that one."""
    # (a place or body named before the two, "the Scottish smoking ban", says whose, not which kind)
    words = [c for c in concepts if not c.actor_ids]
    whose = len(concepts) == 3 and len(words) == 2 and _whose_kind(concepts, words, topic, kinds_of)
    if len(words) != 2 or len(concepts) != 2 and not whose:
        return set()
    kind, thing = words
    if topic and re.search(r"(?i)\b" + re.escape(kind.label) + r"\s+(?:on|of|against)\s+(?:the\s+)?"
                           + re.escape(thing.label) + r"\b", topic):
        kind, thing = thing, kind  # "the ban on fox hunting" is the fox hunting ban
    elif not topic or not re.search(r"(?i)\b" + re.escape(kind.label) + r"\s+" + re.escape(thing.label) + r"\b", topic):
        return set()  # "finding his daughter" names no kind of daughter
    if other_numeral(kind.label):
        return set()  # "the two defectors" counts them: no kind, so "Veritas defectors" are they
    things = "|".join(re.escape(w) for w in thing.words if " " not in w)
    kinds = set(kind.words)
    out = {a for a, title in titles.items()
           if a not in in_articles[kind.label] and not any(in_title(w, title) for w in kind.words)}
    if whose:
        return out  # (only a story that never names the kind: its headline may name another of the owner's)
    for article, title in titles.items():
        for m in re.finditer(r"(?i)\b([a-z]+) (?:" + things + r")\b", title):
            if m.group(1).lower() not in kinds and m.group(1).lower() not in STOPWORDS | _NO_KIND:
                out.add(article)
    return out


def _whose_kind(concepts: list[Concept], words: list[Concept], topic: str | None, kinds_of) -> bool:
    """The topic is one whose-or-where word and a kind of thing, nothing else: "the Scottish
    smoking ban", "Labour's hunting ban" (not "how Blair runs government", "Robert Jackson joining
    Labour": a deed, whose words are no kind of thing)."""
    owner = next((c for c in concepts if c.actor_ids), None)
    if owner is None or not topic:
        return False
    toks = re.findall(r"[\w'’-]+", topic.lower())
    toks = toks[1:] if toks and toks[0] == "the" else toks
    if len(toks) != 3 or toks[0].removesuffix("'s").removesuffix("’s") not in {w.lower() for w in owner.words} \
            or "person" in kinds_of(owner):
        return False  # (a person's words, "Campbell's bad language", are no place's kind of thing)
    if toks[1].endswith("s") and not toks[1].endswith("ss"):
        return False  # "Britain owes refugees": a verb, not a kind
    def concept_of(token: str) -> Concept | None:
        return next((c for c in words if token in c.words or token == c.label), None)
    kind, thing = concept_of(toks[1]), concept_of(toks[2])
    return kind is not None and thing is not None and kind is not thing


# ... and which one of a series it is: "Labour's earlier wins", "the first reading" (nor what it is)
_WHICH_ONE = frozenset("earlier previous recent past former first last next early late later second third".split())

# Words before a noun that say how new or how hard the thing is, not which kind it is: "New
# rules tackle sham weddings" are the marriage rules asked about.
_NO_KIND = frozenset("new old latest fresh current existing proposed planned draft future final further more tough "
                     "tougher toughest strict stricter harsh harsher tight tighter stiff stiffer controversial".split())


def _lead_ids(e: Engine, article_ids: list[str]) -> list[int]:
    """The opening sentences of each article."""
    firsts = [r[0] for r in e.reader.all(f"SELECT min(id) FROM sentences WHERE article_id IN ({placeholders(article_ids)})"
                                         " GROUP BY article_id", article_ids)]
    return [i for first in firsts for i in range(first, first + LEAD_SENTENCES)]


def _told_elsewhere(e: Engine, concepts: list[Concept], in_articles: dict[str, frozenset[str]],
                    named: dict[str, set[str]], article_ids: list[str]) -> set[str]:
    """The speaker's stories that never print a rare word of the topic (few stories print it: it
    names one thing, a scheme, a practice, not "chances" or "a row"), when another story, where the
    speaker is not quoted, opens on the topic with it: "the Lib Dem mutual homes plan" is the story
    headlined on it, not Mr Howard's story on house arrest plans (that names "plans" and "Home
    Secretary", never "mutual"). A question that borrows its topic from one story and its speaker
    from another is one the pack does not answer."""
    total = sum(c.weight for c in concepts) or 1.0
    rare = max(RARE_WORD_SHARE * e.n_articles, RARE_WORD_STORIES)
    persons: set[str] | None = None
    told: dict[frozenset[str], bool] = {}  # the words a story lacks -> another story opens on the topic with them

    def opens_on(missing: list[Concept]) -> bool:
        nonlocal persons
        others = sorted(frozenset.intersection(*(in_articles[c.label] for c in missing)) - set(article_ids))
        if not others:
            return False
        opening = _lead_labels(e, concepts, others)
        titles = {r[0]: r[1] or "" for r in e.reader.all(f"SELECT id, title FROM articles WHERE id IN ({placeholders(others)})", others)}
        if persons is None:
            persons = {c.label for c in naming.person_concepts(e, concepts)}
        for o in others:
            got = opening.get(o, set()) | {c.label for c in concepts if _phrase_in_title(c, titles.get(o, "")) or any(
                in_title(w, titles.get(o, "")) for w in _title_words(c, c.label in persons))}
            if all(c.label in got for c in missing) and sum(c.weight for c in concepts if c.label in got) / total >= OTHER_STORY - 1e-9:
                return True
        return False
    out: set[str] = set()
    for a in article_ids:
        missing = [c for c in concepts if a not in in_articles[c.label] and c.label not in named[a]]
        if not missing or any(len(in_articles[c.label]) > rare for c in missing):
            continue
        key = frozenset(c.label for c in missing)
        if key not in told:
            told[key] = opens_on(missing)
        if told[key]:
            out.add(a)
    return out


def _lead_labels(e: Engine, concepts: list[Concept], article_ids: list[str]) -> dict[str, set[str]]:
    """Which of the concepts each article's opening sentences name."""
    out: dict[str, set[str]] = {}
    for sid, (_, labels) in e.search.coverage(concepts, _lead_ids(e, article_ids)).items():
        out.setdefault(e.search.article_of(sid), set()).update(labels)
    return out


def _lead_coverage(e: Engine, concepts: list[Concept], article_ids: list[str]) -> dict[str, tuple[float, bool]]:
    """How much of the topic each article's opening sentences cover, the best of them; and
    whether they give the name of the thing asked about ("Vote For Me - ITV1's Pop Idol style
    talent contest ... hits our screens"), which makes the story about it."""
    if not article_ids:
        return {}
    out: dict[str, tuple[float, bool]] = {}
    for sid, (score, labels) in e.search.coverage(concepts, _lead_ids(e, article_ids)).items():
        a = e.search.article_of(sid)
        best, titled = out.get(a, (0.0, False))
        out[a] = (max(best, score), titled or any(label.startswith("name:") for label in labels))
    return out
