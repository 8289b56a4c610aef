"""Who said a claim: the sentence that says it, and who says it in the article."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer.actors import ROLE_SYNONYMS, parties
from bot.answer.excerpts import span_excerpt, whole_source
from bot.answer.forms import SAID_ADVERB, WHICH_KIND, WHICH_OF
from bot.answer.question import Parsed
from bot.answer.search import FRACTIONS, LIGHT_VERBS, NUMBER_WORDS, Concept
from bot.answer.thresholds import (ACCUSER_SLACK, CLEAR_WINNER, IDLE_WORD_SHARE, KEY_WORD_BONUS, KEY_WORD_TIE, LONG_CLAIM_COVERAGE,
                                   MAX_EXCERPTS, MIN_COVERAGE, NEAR_ACTOR, NEGATION_BONUS, QUOTED_CLAIM_SLACK, SPEAKER_BONUS)
from bot.answer.words import FIGURE, PHRASAL_PARTICLES, REPORT_VERBS, STOPWORDS, TIME_ADVERBS, content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import Answer, Attribution
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


# Verbs that report a clause: "who said / claimed / warned (that) <subject> <verb> ...".
_CLAUSE_VERB = re.compile(r"(?i)^\s*(?:who|which \w+) " + SAID_ADVERB + r"(?:said|says|claimed|claims|warned|warns|reported|reports|"
                          r"suggested|suggests|argued|argues|insisted|insists|predicted|predicts|believes|thinks|"
                          r"reckons|reckoned)(?: that)? ")


# The setting a claim may end on: "over the regiments merger", "amid the row about ...".
_SETTING = re.compile(r"(?i)\s(?:over|amid|during|regarding|in the wake of|at the time of)\s(.+)$")


# The verb a claim's clause turns on, after whom or what it is about: an auxiliary, a modal or a
# negated one ("... would break ...", "... don't add up", "... should only be used ...") ...
_PREDICATE = re.compile(r"(?i)\b(?:would|will|had|has|have|is|are|was|were|should|could|can|must|may|might|shall|"
                        r"(?:do|does|did|would|will|had|has|have|is|are|was|were|should|could|can|must)(?:n['’]?t| not)|"
                        r"won['’]?t|can['’]?t)\b")
# ... when what comes before it is whom or what the claim is about, not a clause of its own
# ("they'd pop the bubbly now kilroy-silk | has gone")
_NOT_A_SUBJECT = re.compile(r"(?i)^(?:i|you|he|she|it|we|they)(?:['’]\w+)?\b|\b(?:if|when|because|now|after|before|since|unless|"
                            r"while|as|that|which|who|whether|once|until)\b|['’]d\b")


_NEXT_CLAUSE = re.compile(r"(?i)\b(?:so|but|because|while|whereas|although|though)\b")


def _claim_verb(claim: str | None):
    verb = _PREDICATE.search(claim or "")
    return verb if verb is not None and not _NOT_A_SUBJECT.search(claim[:verb.start()]) else None


def _claim_subject(e: Engine, p: Parsed, qualifier: bool = False):
    """The actor a reported clause opens with: in "Who claimed the Lib Dems would put up
    National Insurance?" the Lib Dems are who the claim is about. (With qualifier: the name
    that only qualifies the noun the clause opens with, see below.)"""
    if not _CLAUSE_VERB.match(p.text) or not p.topic:
        return None
    hits = e.actors.find_in(p.topic)
    words = p.topic.split()
    lead = 1 if words and words[0].lower() in ("the", "a", "an") else 0
    if not hits or hits[0].start > lead or re.search(r"['’]s?$", hits[0].span):
        return None  # "brown's forecast was too rosy": the claim is about the forecast
    actor, span = hits[0].actor, fold(hits[0].span)
    # "the iraq legal advice row will not go away": a place's name that takes no article ("Iraq",
    # not "the UK", "the US", "the Netherlands"), after "the", qualifies the noun after it (the
    # row), which is what the claim is about; the story is Iraq's, the sentence need not name it.
    # (A person's name so placed stays the subject: "the blunkett affair" is said of Mr Blunkett.)
    # ... and so does a people's name after "the" ("the nazi comment was not racist": the
    # comment's; "the tory asylum plan would ...": the plan's), not after "a", where it says
    # whose the thing would be ("a tory government would scrap ...": the Tories')
    group = actor.kind == "group" and words[0].lower() == "the"
    modifies = bool(lead) and (actor.kind == "place" or group) and f"the {span}" not in actor.aliases \
        and len(span) > 3 and not span.endswith("s") and hits[0].end < len(words)
    if _body_qualifies(actor, hits[0].end, p.topic):
        return None
    return (actor if modifies else None) if qualifier else (None if modifies else actor)


def _qualifying_body(e: Engine, p: Parsed):
    """The body whose name a reported clause opens with, when it qualifies the thing the claim is
    about ("the eu growth and stability pact"), else None."""
    if not _CLAUSE_VERB.match(p.text) or not p.topic:
        return None
    hits = e.actors.find_in(p.topic)
    lead = 1 if p.topic.split()[0].lower() in ("the", "a", "an") else 0
    if not hits or hits[0].start > lead or re.search(r"['’]s?$", hits[0].span):
        return None
    return hits[0].actor if _body_qualifies(hits[0].actor, hits[0].end, p.topic) else None


def _body_qualifies(actor, end: int, claim: str) -> bool:
    """"The eu growth and stability pact had turned out to be a sham": a body's name followed by
    more words before the claim's verb qualifies the thing named by them (the pact), which is
    what the claim is about; the sentence that says it need not name the body (but must say
    what the claim says of the thing, see who_said)."""
    verb = _claim_verb(claim)
    before = claim[:verb.start()].split() if verb is not None else []
    return actor.kind == "organization" and end < len(before) and before[end].lower() not in ("and", "or", "&")


def _on_subject(e: Engine, found: list, about: set[str], subject_ids: set[int] = frozenset(),
                subject: tuple[Concept, ...] = ()) -> list:
    """The sentences that name the claim's subject, or say "we" in a quote ("We exported a
    financial crisis", for "Who said America exported ..."), or "he" in a quote just after a
    sentence naming the subject ("His message to the chancellor ... "He has been prudent"),
    or another's quote that opens on "he" in a story whose headline names the subject: the
    story is about them ('"He was a decent kindly man who helped me ..."' under "Ex-PM Lord
    Callaghan dies aged 92")."""
    if not about:
        return found
    labels = e.last_labels()
    named = e.search.actor_rows(subject_ids) if subject_ids else frozenset()
    opens = [r["sid"] for r, _ in found if r["direct_quote"] and r["source_actor"] not in subject_ids
             and _PRONOUN_OPENS.search(r["text"])]
    titled = {a for a, got in e._headlines_cover(list(subject), opens).items() if about & got} if opens and subject else set()
    return [(r, s) for r, s in found if about & labels.get(r["sid"], set())
            or r["direct_quote"] and re.search(r"(?i)\b(?:we|our|us)\b", r["text"])
            or r["direct_quote"] and _PRONOUN.search(r["text"])
            and any(j in named and e.search.article_of(j) == r["article_id"] for j in (r["sid"] - 1, r["sid"] - 2))
            or r["sid"] in opens and r["article_id"] in titled
            # ... or, in the story's words, opens on a pronoun right after a sentence naming the
            # subject: it goes on telling of them ('Mr Blair's assessment ...' then 'His comments
            # come as Liam Fox called him "a disappointment of historic proportions"')
            or _OPENS_ON_PRONOUN.match(r["text"]) and r["sid"] - 1 in named
            and e.search.article_of(r["sid"] - 1) == r["article_id"]]


_OPENS_ON_PRONOUN = re.compile(r"(?:he|she|his|her|they|their)\b", re.IGNORECASE)


# A quote that opens on a pronoun as its subject: '"She was literally burning up from within."'
_PRONOUN_OPENS = re.compile(r"(?:^|(?<=[\s:]))[\"“](?:he|she|they|it)\s+(?:was|is|were|are|had|has|have|would|will|could|should|can|did|does|do)\b",
                            re.IGNORECASE)


# ... at most this share of the claim's weight, the words the pronoun stands for
_PRONOUN_SHARE = 0.25


_PRONOUN = re.compile(r"(?i)\b(?:he|she|him|her|his|they|them|their|it|its)\b")


def _clear_winner(e: Engine, ranked: list, concepts: list[Concept], require: set[str] | None) -> list:
    """A claim in the asker's own words ("far too rosy" for "way too optimistic") may cover
    little more than half of the one sentence that makes it: that sentence answers when a named
    speaker says it and no other story comes close."""
    if not ranked or ranked[0][0]["source_kind"] not in ("person", "organization", "outlet"):
        return []
    top, score = ranked[0]
    rivals = e.best(concepts, min_cov=0.0, pairs=True, require=require)
    other = max((s for r, s in rivals if r["article_id"] != top["article_id"]), default=0.0)
    return [(top, score)] if score - other >= CLEAR_WINNER else []


_MORE = re.compile(r"(?i)\b(?:more|greater|higher|over|above)\s+than\b|\bover \$?£?\d")
_LESS = re.compile(r"(?i)\b(?:less|fewer|lower|under|below)\s+than\b|\bunder \$?£?\d")


_NEGATED = re.compile(r"(?i)\b(?:not|no|never|nobody|nothing|none|cannot|won['’]?t|can['’]?t|aren['’]?t|isn['’]?t|"
                      r"don['’]?t|doesn['’]?t|didn['’]?t|wasn['’]?t|weren['’]?t|wouldn['’]?t|shouldn['’]?t|couldn['’]?t|"
                      r"impossible|unable|fail|fails|failed|failing|refuse|refuses|refused|lack|lacks|lacking)\b")


def _same_way(claim: str, text: str) -> bool:
    """'Facebook paid more than the $4bn asking price' is not said by '... for less than its
    original $4 billion asking price': a comparison in the claim must not be turned round."""
    if _MORE.search(claim) and _LESS.search(text) and not _MORE.search(text):
        return False
    return not (_LESS.search(claim) and _MORE.search(text) and not _LESS.search(text))


def _family(e: Engine, actor) -> set[int]:
    return {actor.id} | e.actors.family(actor) if actor is not None else set()


# "Which Labour MP ...", "which senator ...": the kind of speaker a who-said question names.
_HOLDER_ROLE = re.compile(r"(?i)^\s*" + WHICH_KIND + r" " + SAID_ADVERB + r"(?:" + REPORT_VERBS + r")\b")
# ... whatever verb tells what they did ("which academic was dismayed that ...", "which church
# leader endorsed ..."): the kind is asked all the same
_HOLDER_ACTS = re.compile(r"(?i)^\s*" + WHICH_KIND + r" " + SAID_ADVERB + r"(?:(?:was|were|is|are|has|have|had) )?[a-z]+ed\b")


def _speaker_is(e: Engine, row, head: str) -> bool:
    """The sentence's speaker is of that kind: "Labour MP Louise Ellman said", "human rights
    groups say", or a named speaker described so elsewhere in the pack."""
    if not row["source"] or row["source_kind"] not in ("person", "organization", "unnamed"):
        return False
    heads = {head, head.rstrip("s"), *ROLE_SYNONYMS.get(head, "").split()}
    said = set(re.findall(r"[a-z]+", fold(row["source"])))
    if head in ("party", "parties") and parties(fold(row["source"])):
        return True     # "which party insists ...": "a Labour spokesman" speaks for one
    actor = e.actors.by_id.get(row["source_actor"]) if row["source_actor"] is not None else None
    described = {w for d in (actor.descriptions if actor else []) for w in re.findall(r"[a-z]+", fold(d))}
    return bool(heads & (said | described | _described_here(row)))


# the words of saying that end the span where a sentence describes its speaker
_SAYING_WORD = re.compile(r"^(?:said|says|say|told|tells|added|adds|admitted|admits|argued|argues|warned|warns|claimed|"
                          r"claims|insisted|insists|believes|thinks|wrote|writes|according)$")


def _described_here(row) -> set[str]:
    """The words the sentence itself puts next to its speaker's name, before its verb of saying,
    outside quotation marks: "Eric Reeves, one of the leading American academic voices on Sudan,
    said ..." calls him an academic; "Another player ... - Jimmy White - has admitted" a player."""
    name = re.findall(r"[a-z]+", fold(row["source"] or ""))
    if not name:
        return set()
    words = re.findall(r"[a-z]+", re.sub(r"[\"“][^\"“”]*[\"”]", " ", fold(row["text"] or "")))
    if name[-1] not in words:
        return set()
    at = words.index(name[-1])
    before = words[max(0, at - 8):at]
    cut = [i for i, w in enumerate(before) if _SAYING_WORD.match(w)]
    before = before[cut[-1] + 1:] if cut else before
    after = []
    for w in words[at + 1:at + 13]:
        if _SAYING_WORD.match(w):
            break
        after.append(w)
    return set(before) | set(after)


# "Who accused Hazel Blears of ...": a verb that acts on the one the claim names is part of the
# claim ("accused Ms Blears of 'playing an Islamophobia card'"), as no other verb of saying is.
_ACTS_ON = re.compile(r"(?i)^\s*(?:who|" + WHICH_KIND + r") (?P<verb>accused|accuses|blamed|blames|criticised|criticized|"
                      r"criticises|criticizes|condemned|condemns|attacked|attacks|praised|praises) ")


def _accuser(e: Engine, ranked, target: Concept, verb_word: str, voiced=lambda r: bool(r["source"])) -> list:
    """"Who accused Hazel Blears of stoking anti-Muslim feeling": a named voice that does that
    to them ("accused Ms Blears of 'playing an Islamophobia card'"), on some more of the charge,
    answers though it words the charge its own way. The one acted on is named after the verb."""
    verb = next(iter(e.concepts(verb_word)), None)
    actor = e.actors.by_id.get(min(target.actor_ids)) if target.actor_ids else None
    # ... or a body the question names by a common word for it ("the Tories", "the unions")
    names = [actor.name.split()[-1]] if actor is not None else sorted(_names_of(target), key=len, reverse=True)
    if verb is None or not names:
        return []
    found = ranked(MIN_COVERAGE - 4 * QUOTED_CLAIM_SLACK, (verb,))
    labels = e.last_labels()
    surname = "(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) + ")"
    acted_on = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in verb.words if " " not in w) + r")\w*\s+"
                          r"(?:[\w'’.-]+\s+){0,3}?" + surname + r"\b")
    return [(r, s) for r, s in found if voiced(r) and {target.label, verb.label} < labels.get(r["sid"], set())
            and acted_on.search(r["text"])]


def _names_of(c: Concept) -> set[str]:
    """The words a concept is printed as."""
    return {w for w in (c.label, *c.words) if w and ":" not in w}


def _first_named(topic: str, concepts: list[Concept]) -> Concept | None:
    """The concept the claim names first: after "accused", the one acted on ("the tories of
    being too scared to debate europe": the Tories, not Europe)."""
    def at(c: Concept) -> int:
        spots = [m.start() for w in _names_of(c) for m in [re.search(r"(?i)\b" + re.escape(w) + r"\b", topic)] if m]
        return min(spots, default=len(topic))
    return min(concepts, key=at, default=None) if topic else None


# "Who called X a Y", "which MP branded X as Y": a question for the words someone put on something ...
_CALLS = re.compile(r"(?i)^\s*(?:who|" + WHICH_KIND + r") " + SAID_ADVERB + r"(?:called|calls|described|describes|branded|brands|"
                    r"dubbed|dubs|labelled|labeled|labels|hailed|hails|dismissed|dismisses|brushed off|brushes off|"
                    r"brushed aside|brushes aside) ")
# ... the words put on it, after what was named: "the arms embargo | a cold war leftover"
_NAMED_AS = re.compile(r"(?i)\s(?:as|a|an)\s(.+)$")
# ... which a story tells with a verb of naming and the words in quotation marks, in one clause
_CHARACTERISED = re.compile(r"(?i)\b(?:described|describes|describing|called|calls|calling|branded|brands|branding|dubbed|"
                            r"dubs|labell?ed|labels|hailed|hails|dismissed|dismisses)\b[^.;\"“”]*?[\"“]")


# "Who wrote War and Peace?" asks for an author; "who wrote that ...", "who wrote to Abbott ..." for a claim.
_WROTE_WORK = re.compile(r"(?i)^\s*who (?:wrote|penned|authored) (?!that\b|to\b|in\b|on\b|about\b|of\b|off\b|a letter\b)")
_AUTHORSHIP = re.compile(r"(?i)\b(?:wrote|written|writes|writer|author\w*|penned|novelist|book by)\b")


# "... has been branded a "disgraceful waste" by MPs": who says it, after the words said
_SAID_BY = re.compile(r"(?i)\b(?:branded|described|called|dubbed|labelled|labeled|condemned|criticised|criticized|attacked|"
                      r"slammed|hailed|denounced|accused|praised|dismissed|derided|ridiculed|mocked)\b[^.;]*?\bby\s+\S")


# ... or words in quotation marks, or in the first person: someone's words the extractor did not tie to them
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|My|we|We|us|our|Our)\b")
_VOICED = re.compile(r"[\"“”]|" + _FIRST_PERSON.pattern)


def _people_named(e: Engine, sentence_ids: list[int]) -> dict[int, set[int]]:
    """The people and bodies each sentence names (by the actors the extractor linked)."""
    out: dict[int, set[int]] = {}
    if sentence_ids:
        for sid, actor in e.reader.all(
                "SELECT m.sentence_id, m.actor_id FROM mentions m JOIN actors a ON a.id = m.actor_id"
                f" WHERE a.kind IN ('person', 'organization', 'group') AND m.sentence_id IN ({placeholders(sentence_ids)})",
                sentence_ids):
            out.setdefault(sid, set()).add(actor)
    return out


def _someone_says(e: Engine, best: list, concepts: list[Concept], claim: str) -> list:
    """"Who said ...?" asks for someone: a sentence in the article's own voice answers only when
    it names someone the claim does not ("Mr Howard compared the chancellor's figures to ..."),
    or the next sentence, read with it, names who says it; not when it states the claim's matter
    ("Tony Blair is to join David Blunkett in a visit to Sheffield")."""
    pairs = e.last_pairs()
    told = e.rows(sorted({pairs[r["sid"]] for r, _ in best if not r["source"] and r["sid"] in pairs}))
    voiced = {sid for sid, r in told.items() if r["source"]}
    named = _people_named(e, [r["sid"] for r, _ in best if not r["source"]])
    claimed = {a for c in concepts for a in c.actor_ids}
    words = set(content_words(claim))
    claimed |= {a for ids in named.values() for a in ids  # "gallt's visit": Rowena Gallt
                if a in e.actors.by_id and (fold(e.actors.by_id[a].name).split() or [""])[-1] in words}
    return [(r, s) for r, s in best if r["source"] or pairs.get(r["sid"]) in voiced or named.get(r["sid"], set()) - claimed
            or _SAID_BY.search(r["text"]) or _VOICED.search(r["text"])]


# Quotation marks: words the speaker chose.
_QUOTE_MARK = re.compile(r"[\"“”]")


# A verb of saying: a claim that someone told someone something is a saying the passage may report.
_SAYING = re.compile(r"(?i)\b(?:tell|tells|told|telling|say|says|said|saying|warn|warns|warned|claim|claims|claimed|"
                     r"argue|argues|argued|insist|insists|insisted|admit|admits|admitted)\b")


def _only_names(said: list, held: set[str], concepts: list[Concept], claim: str) -> bool:
    """A passage that shares only the names with a claim says nothing of what the claim says
    of them: "Reuters reported that Israel is pressuring the US to keep Syria weak" is not who
    said Russia would pull its troops out of Syria. Told in the article's words, what is shown
    must hold one of the claim's other words; words in quotation marks may put the claim in a
    figure of speech ("waste deep in quicksand" for "up to his waist and going under"), and a
    claim that one of them told another something is a saying the passage may report in its
    own words ("Crosby told the party leader to focus on ...")."""
    plain = {c.label for c in concepts if not c.actor_ids}
    if not plain or plain & held or any(_QUOTE_MARK.search(x["text"]) for x in said):
        return False
    return not (_SAYING.search(claim) and any(_SAYING.search(x["text"]) for x in said))


# Words that tell who a speaker is, between their name and their verb: "Andrew Mennear, whose
# Finchley constituency contains a large Jewish community, branded it ...", "Ken Macdonald QC,
# who sits on the SGC, said ...", "Operation Black Vote, which aims to ...".
_DESCRIBED = re.compile(r"^\s*,\s+(?:whose|who|which)\s[^,;:\"“”]+,\s+(?=[a-z])")
# ... not a clause that tells what they hold ("Diane Abbot, who backs Mr Phillips' proposal,
# said ..."): that is their view, as much theirs as what follows
_HOLDS = re.compile(r"(?i)\b(?:" + REPORT_VERBS + r"|backs?|backed|supports?|supported|opposes?|opposed|wants?|wanted|"
                    r"favou?rs?|favou?red|campaign\w*|call\w*|lobb\w+|fought|fights?|has long|led calls)\b")
# ... nor a clause that tells what they watched ("Penny Little, who monitored the hunt, said she
# had seen ..."): it places what they say they saw, where they saw it
_WITNESSED = re.compile(r"(?i)\b(?:monitor(?:s|ed|ing)?|observ(?:es|ed|ing)|watch(?:es|ed|ing)|witness(?:es|ed|ing)|attend(?:s|ed|ing))\b")


def _beyond_description(e: Engine, found: list, concepts: list, min_cov: float) -> list:
    """A speaker's sentence covers the claim by what they say, not by the words that tell who
    they are: a claim's word found only in the clause describing the speaker ("whose first
    husband was killed ... in South Africa during the apartheid era") is not said by them."""
    if not found:
        return found
    labels = e.last_labels()
    pairs = e.last_pairs()
    by_label = {c.label: c for c in concepts}
    total = sum(c.weight for c in concepts) or 1.0
    out = []
    for r, sc in found:
        cut = _description(r)
        held = labels.get(r["sid"], set())
        if cut is None or not held:
            out.append((r, sc))
            continue
        clause, rest = cut
        if r["sid"] in pairs:
            nxt = e.rows([pairs[r["sid"]]]).get(pairs[r["sid"]])
            rest = rest + " " + (nxt["text"] if nxt is not None else "")
        lost = sum(by_label[x].weight for x in held if x in by_label and _matches(by_label[x], clause)
                   and not _matches(by_label[x], rest))
        if lost and sc - lost / total < min_cov - 1e-9:
            continue
        out.append((r, sc - lost / total))
    return out


def _description(r):
    """The clause that describes the sentence's speaker, after their name, and the rest of the
    sentence; None when there is none."""
    source = r["source"]
    if not source:
        return None
    at = r["text"].lower().find(source.lower())
    if at < 0:
        return None
    after = at + len(source)
    m = _DESCRIBED.match(r["text"][after:])
    if m is None or _HOLDS.search(m.group(0)) or _WITNESSED.search(m.group(0)):
        return None
    return m.group(0), r["text"][:after] + " " + r["text"][after + m.end():]


_QUOTED_WORDS = re.compile(r"[\"“]([^\"“”]{2,})[\"”]")


def _quoted(text: str, words: set[str]) -> bool:
    """Whether one of the words is inside quotation marks: the speaker's own words ('branded
    the Tory plans as "fantasy economics"'), and not denied there."""
    # (not words that deny it: "not proportionate" says no such thing)
    return any(re.search(r"(?i)\b" + re.escape(w), m.group(1)) and not _NEGATED.search(m.group(1))
               for m in _QUOTED_WORDS.finditer(text) for w in words)


def _matches(c: Concept, text: str) -> bool:
    """Whether the concept's words occur in the text, as the index reads words."""
    expr = c.match_expr([*c.words, *c.spelt]) if c.words or c.spelt else None
    if not expr:
        return False
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61 remove_diacritics 2')")
        db.execute("INSERT INTO t VALUES (?)", (text,))
        return db.execute("SELECT 1 FROM t WHERE t MATCH ?", (expr,)).fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        db.close()


_ASKS_WHO = re.compile(r"(?i)\s*(?:who|which)\b")


def _idle_words(claim: str) -> set[str]:
    """Words of a claim that say neither what is done nor of whom: the particle of a phrasal
    verb ("locking suspects up", "swept aside"), which an article may leave out ("internment",
    "brushed under the carpet"), unless a light verb a few words before carries no meaning
    without it ("put taxes up", "coming apart"); and an adverb of time or frequency
    ("usually", "afterwards"), which it may say another way ("generally") or not at all."""
    toks = re.findall(r"[a-z][a-z'’-]*", claim.lower())
    idle = {t for t in toks if t in TIME_ADVERBS}
    for i, t in enumerate(toks):
        before = toks[max(0, i - _PARTICLE_REACH):i]
        if t in PHRASAL_PARTICLES and before and before[-1] not in PHRASAL_PARTICLES \
                and any(w not in STOPWORDS for w in before) and not LIGHT_VERBS & set(before):
            idle.add(t)
    return idle


# The words back from a particle where its verb may stand: "put labour's fagin-style poster down to"
_PARTICLE_REACH = 6


def who_said(e: Engine, p: Parsed) -> Answer:
    """The sentence that makes the claim, and who makes it; when none does in the asker's
    words, one that does without the claim's idle words (see _idle_words), which a sentence
    that says them still says more of the claim, so they are let go only then."""
    answer = _who_said(e, p)
    idle = _idle_words(p.topic or "")
    if answer.found or not idle & {c.label for c in e.concepts(p.topic)}:
        return answer
    return _who_said(e, p, idle)  # (a named speaker's own words only, see _who_said)


def _who_said(e: Engine, p: Parsed, idle: set[str] = frozenset()) -> Answer:
    concepts = e.concepts(p.topic)
    for c in concepts:
        if c.label in idle and not c.actor_ids:
            c.weight *= IDLE_WORD_SHARE
    min_cov = MIN_COVERAGE if len(concepts) < 5 else LONG_CLAIM_COVERAGE
    # A figure is the claim: "£200m" is not said by "£80m", however many other words they share.
    require = {c.label for c in concepts if FIGURE.fullmatch(c.label) or c.label in NUMBER_WORDS or c.label in FRACTIONS
               or c.label.startswith(("share:", "amount:"))} or None
    # ... and so is whom a reported clause is about: "who claimed the Lib Dems would ..." is not
    # answered by "the chancellor would ...".
    subject = _claim_subject(e, p)
    qualifier = _claim_subject(e, p, qualifier=True)
    if qualifier is not None and not any(qualifier.id in c.actor_ids for c in concepts):
        qualifier = None  # "the blair brown feud": read as two people, not the one "place" Blair-Brown
    about = {c.label for c in concepts if subject is not None and subject.id in c.actor_ids}
    # whom or what the claim is about: the words before its verb
    verb = _claim_verb(p.topic)
    subject_words = set(content_words(p.topic[:verb.start()])) if verb is not None else set()
    body = _qualifying_body(e, p)
    # ... the thing a body's name qualifies: "growth and stability pact", not any fee for "the bbc licence fee"
    named_thing = subject_words - set(content_words(body.name)) if body is not None else set()
    thing = {c.label for c in concepts if not c.actor_ids and set(content_words(c.label)) <= named_thing}
    by_body = {c.label for c in concepts if body is not None and body.id in c.actor_ids}

    # the claim's rarest word that is not a name: what the claim says, not whom it is about
    plain = [c for c in concepts if not c.actor_ids]
    # ... not a word of the setting the claim ends on ("... would get scrapped themselves over
    # the Scottish regiments merger": "scrapped", not "merger")
    setting = _SETTING.search(p.topic or "")
    outside = set(content_words(setting.group(1))) if setting else set()
    plain = [c for c in plain if c.label not in outside] or plain
    # ... nor a word of the thing the claim is about, before its verb: "the lib dems' numbers on
    # stamp duty | don't add up" says "add up" of them, whatever else speaks of stamp duty
    # (when it says more than one word of them: "the bbc licence fee | should be scrapped" is
    # not said by "scrapping university fees", one verb is said of many things)
    # ... up to the next clause ("a hiv vaccine | is likely a decade off | so treatment money is needed")
    said = set(content_words(_NEXT_CLAUSE.split(p.topic[verb.start():])[0])) if verb is not None and len(subject_words) >= 2 else set()
    told = [c for c in plain if said & {c.label, *c.words, *content_words(c.label)}]
    # what the claim says of whom it is about, all its words after its verb ("... | was rigged")
    says = set(content_words(p.topic[verb.start():])) if verb is not None else set()
    predicate = {c.label for c in concepts if not c.actor_ids and says & {c.label, *c.words, *content_words(c.label)}}
    # ... and its verb, the first of them ("... | should resign over ..."; not a light verb, whose
    # sense is in its object: "would put 300k people out of work")
    verb_said = next((c.label for w in (content_words(p.topic[verb.start():]) if verb is not None else []) for c in concepts
                      if not c.actor_ids and w in {c.label, *c.words, *content_words(c.label)}), None)
    verb_said = None if verb_said in LIGHT_VERBS else verb_said
    plain = told if len(told) >= 2 else plain
    key = max(plain, key=lambda c: c.weight) if len(concepts) >= 3 and plain else None
    # ... which of words about as rare is the rarer is chance ("the fuel freeze gives drivers the
    # wrong signal": fuel, drivers, freeze): a sentence holding any of them holds the claim's word
    keys = {c.label for c in plain if c.weight >= key.weight - KEY_WORD_TIE} if key is not None else set()

    # "Who accused Blair of twisting the Tory plans?": not Blair, whatever he said of them
    acts = _ACTS_ON.match(p.text)
    accused = concepts[0].actor_ids if acts and concepts and concepts[0].actor_ids else set()
    # ... and when none is found acting on them, the one named right after the verb ("accused
    # the Tories of being too scared to debate Europe": the Tories, a body the pack may name
    # by a common word, not Europe)
    first = _first_named(p.topic or "", concepts) if acts else None
    named_first = first is not None and re.match(r"(?i)(?:the\s+)?(?:" + "|".join(
        map(re.escape, sorted(_names_of(first), key=len, reverse=True))) + r")\b", p.topic or "") is not None

    # ... which a quote may call "they", "those", "she", after a sentence that names it
    named_subject = frozenset(c.label for c in concepts if not c.actor_ids and set(content_words(c.label)) <= subject_words)
    doers: dict[int, tuple[str, str, str]] = {}

    def voiced(r) -> bool:
        return bool(r["source"]) or r["sid"] in doers

    def ranked(min_cov: float, extra: tuple[Concept, ...] = (), near_words: frozenset[str] = frozenset(),
               headline: bool = False) -> list:
        found = e.best(concepts + list(extra), min_cov=min_cov, pairs=True, require=require, near=NEAR_ACTOR, near_words=near_words,
                       headline=headline)
        found = _beyond_description(e, found, concepts + list(extra), min_cov)
        found = [(r, sc) for r, sc in _on_subject(e, found, about, _family(e, subject), tuple(c for c in concepts if c.label in about)) if _same_way(p.topic, r["text"])
                 and r["source_actor"] not in accused]
        # "Who doubted ...?": a sentence in the story's voice whose named subject puts a view
        # ("Clare Short questioned the effectiveness of debt relief") says who holds it
        doers.update(_doers(e, [r["sid"] for r, _ in found if not r["source"] and r["sid"] not in doers]))
        if qualifier is not None:  # "the iraq legal advice row": a sentence of a story that names Iraq
            family = _family(e, qualifier)
            found = [(r, sc) for r, sc in found if family & e.people_named_in(r["article_id"])]
        if key is not None and found:
            # ... and a speaker's sentence that holds the claim's rarest word ("manipulated")
            # makes the claim; one that only shares its setting ("lift sanctions on Sudan") does not
            own = e.search.coverage(concepts, [r["sid"] for r, _ in found])
            if body is not None:  # "the yougov poll was biased": the body named, or its thing named and said to be so
                labels = e.last_labels()
                found = [(r, sc) for r, sc in found if by_body & labels.get(r["sid"], set())
                         or keys & own.get(r["sid"], (0.0, set()))[1] and thing <= labels.get(r["sid"], set())]
            found = [(r, sc + (KEY_WORD_BONUS if voiced(r) and keys & own[r["sid"]][1] else 0.0))
                     for r, sc in found]
        # "Who said ...?" asks for a speaker: of two sentences saying as much, the one that names
        # who says it answers; an unattributed one must say clearly more. Of two that say as
        # much, the speaker's own words say it ("Each and every death in custody is a death too
        # many", not the lead's "Deaths in custody have reached shocking levels").
        # ... and a claim that something is not so is said by a sentence that denies something
        # ("will not be freed"), not by one that says it is ("could now be released")
        denies: set[int] = set()
        if _NEGATED.search(p.topic or ""):  # (a claim read over two sentences may deny in the second)
            pairs = e.last_pairs()
            nxt = e.rows([pairs[r["sid"]] for r, _ in found if r["sid"] in pairs])
            denies = {r["sid"] for r, _ in found if _NEGATED.search(r["text"])
                      or r["sid"] in pairs and pairs[r["sid"]] in nxt and _NEGATED.search(nxt[pairs[r["sid"]]]["text"])}
        paired = e.last_pairs()  # ... and of two that say as much, the one that says it alone
        return sorted(found, key=lambda x: (-round(x[1] + (SPEAKER_BONUS if voiced(x[0]) else 0.0)
                                                   + (NEGATION_BONUS if x[0]["sid"] in denies else 0.0), 3),
                                            x[0]["sid"] in paired, not x[0]["direct_quote"]))

    best = ranked(min_cov)
    if best and keys and not keys & e.search.coverage(concepts, [best[0][0]["sid"]])[best[0][0]["sid"]][1]:
        # The claim's rarest word is what it says: a speaker's quote that holds it, in fewer of
        # the asker's other words ("This has all the signs of Michael Howard overruling
        # colleagues' concerns"), answers before a sentence that says more of them but not it
        # ("Michael Howard has denied his shadow cabinet was split")
        kept = e.search_state()
        lower = ranked(min_cov - QUOTED_CLAIM_SLACK)
        own = e.search.coverage(concepts, [r["sid"] for r, _ in lower])
        had = {r["sid"] for r, _ in best}
        # ... and names whom the claim names, besides its own speaker (Mr Blair's "kids out into
        # the playground" is not said of Blair and Brown)
        named = [c for c in concepts if c.actor_ids]
        key_words = {w for c in plain if c.label in keys for w in (c.label, *c.words) if " " not in w}
        extra = {r["sid"] for r, _ in lower if r["sid"] not in had and r["source"]
                 and (r["direct_quote"] or _quoted(r["text"], key_words))  # (or the word in the speaker's quoted words)
                 and r["article_id"] in {b["article_id"] for b, _ in best}  # (a quote in a story that says the rest)
                 and keys & own[r["sid"]][1] and (not named or {c.label for c in named if r["source_actor"] not in c.actor_ids}
                                                 & own[r["sid"]][1])}
        if extra:
            best = [(r, s) for r, s in lower if r["sid"] in had | extra]
        else:
            e.restore_search_state(kept)
    if not best:
        # A claim put in the asker's words covers less of a quote than of a lead: a speaker's
        # own words may cover a little less, never an unattributed sentence.
        named = {c.label for c in concepts if c.actor_ids}
        labels = e.last_labels()
        pool = [(r, s) for r, s in ranked(min_cov - QUOTED_CLAIM_SLACK) if r["source"]
                and (not named or named & labels.get(r["sid"], set()))]  # ... and names whom the claim names
        # ... unless a speaker's words told in the story's ("Speaker Michael Martin said the men had
        # used a forged letter") say more of it than any quote that is let through
        quoted = max((s for r, s in pool if r["direct_quote"]), default=None)
        best = [(r, s) for r, s in pool if r["direct_quote"] or quoted is not None and s > quoted and _SAYING.search(r["text"])]
    if not best and verb is not None:
        # "Who said the student was burning up ...?": a speaker's quote calls whom the claim is
        # about "she" ("She was literally burning up from within"); the words that named them are
        # its subject, not missing from it
        # (one named by a definite noun phrase, whom a pronoun can stand for, and a quote that
        # holds the claim's own word)
        named = [c for c in concepts if not c.actor_ids and set(content_words(c.label)) <= subject_words]
        lift = sum(c.weight for c in named) / (sum(c.weight for c in concepts) or 1.0)
        if named and lift <= _PRONOUN_SHARE and re.match(r"(?i)the\s", p.topic) and keys:
            found = [(r, s) for r, s in ranked(min_cov - lift) if r["direct_quote"] and r["source"]
                     and _PRONOUN_OPENS.search(r["text"]) and keys & e.last_labels().get(r["sid"], set())
                     and not {c.label for c in named} & e.last_labels().get(r["sid"], set())]
            best = [(r, s + lift) for r, s in found if s + lift >= min_cov - 1e-9]
    if not best and named_subject:
        # "Who said the cheap halibut may be a loss leader ...?": a speaker's quote may call what
        # the claim is about "those" ("They might be selling those at cost or as loss leaders"),
        # named in a sentence just before it; a quote that says the rest answers
        plain_best = {r["sid"] for r, _ in ranked(min_cov - QUOTED_CLAIM_SLACK)}
        best = [(r, s) for r, s in ranked(min_cov - QUOTED_CLAIM_SLACK, near_words=named_subject)
                if r["sid"] not in plain_best and r["direct_quote"] and r["source"]]
    if not best and keys:
        # "Who said the child contact plans just rehash old laws?": a speaker's quote is read under
        # its story's headline ("Child access law shake-up planned"), which names what the quote
        # speaks of; the quote itself says what the claim says (its rarest word)
        plain_best = {r["sid"] for r, _ in ranked(min_cov - QUOTED_CLAIM_SLACK)}
        found = [(r, s) for r, s in ranked(min_cov - QUOTED_CLAIM_SLACK, headline=True)
                 if r["sid"] not in plain_best and r["direct_quote"] and r["source"]]
        own = e.search.coverage(concepts, [r["sid"] for r, _ in found])
        best = [(r, s) for r, s in found if keys & own[r["sid"]][1]]
    if not best:
        best = _clear_winner(e, ranked(MIN_COVERAGE - QUOTED_CLAIM_SLACK), concepts, require)
    calls = _CALLS.match(p.text)
    # "Who dismissed the row as a silly fuss?": the words put on it are the claim
    named_as = _NAMED_AS.search(p.topic or "") if calls else None
    name_put = set(content_words(named_as.group(1))) if named_as else set()
    put_on = {c.label for c in concepts if not c.actor_ids and name_put & {c.label, *c.words, *content_words(c.label)}}
    if best and calls:
        # ... of the sentences found, one that holds none of them only tells of the thing named
        put = put_on
        told = e.last_pairs()  # (read with the sentence it was found with)
        sids = [x for r, _ in best for x in (r["sid"], told.get(r["sid"]) or r["sid"])]
        held = e.search.coverage(concepts, sids) if put else {}
        best = [(r, s) for r, s in best if put & set().union(*(held.get(x, (0.0, set()))[1] for x in
                                                                 (r["sid"], told.get(r["sid"]) or r["sid"])))] or best
        # ... and of those that say as much, one that tells it as a name put on the thing ("dismissed
        # the Conservatives as a "fading" force") answers before one that only says it is so
        top = max(s for _, s in best)
        best = sorted(best, key=lambda x: not (x[1] >= top - 1e-9 and _CHARACTERISED.search(x[0]["text"])))
    if not best and calls:
        # "Who called the embargo a Cold War leftover?": the words a speaker put on it are
        # theirs, in quotation marks after a verb of naming ("described the embargo as a
        # "product of the Cold War""); the asker's own words for them may share less of it
        # ... when they hold some of the asker's words for them, not only for what was named
        named_as = _NAMED_AS.search(p.topic or "")
        said = set(content_words(named_as.group(1))) if named_as else set()
        put = {c.label for c in concepts if said & {c.label, *c.words}}
        # ... or a speaker's words in quotation marks that hold them ("adding that their decision
        # to marry was a "sensible and a good thing"")
        put_words = {w for c in concepts if c.label in put for w in (c.label, *c.words) if " " not in w}
        found = [(r, s) for r, s in ranked(MIN_COVERAGE - 2 * QUOTED_CLAIM_SLACK) if _CHARACTERISED.search(r["text"])
                 or r["source"] and _quoted(r["text"], put_words)]
        held = e.search.coverage(concepts, [r["sid"] for r, _ in found])
        best = [(r, s) for r, s in found if not put or put & held[r["sid"]][1]]
    told_before: set[int] = set()
    if not best and calls and put_on:
        best = _called_it(e, concepts, put_on, min_cov, require)
        told_before = {r["sid"] for r, _ in best}
    holder = _HOLDER_ROLE.match(p.text) or _HOLDER_ACTS.match(p.text) or WHICH_OF.match(p.text)
    kind = holder.group(1).lower().split()[-1] if holder else None
    if kind and not any(_speaker_is(e, r, kind) for r, _ in best):
        # "Which Labour MP warned ...?": the kind of speaker is part of the claim; a named
        # speaker of that kind may say it in fewer of the asker's words (and answers before
        # a speaker of another kind: "which lib dem said ..." is no Labour spokesman)
        best = [(r, s) for r, s in ranked(MIN_COVERAGE - 2 * QUOTED_CLAIM_SLACK) if _speaker_is(e, r, kind)] or best
    if acts and (accused or named_first):
        # ... and a voice that does to them what the question says ("accused Mr Blair of
        # "misrepresenting" ...") answers before one that only speaks of them, saying nearly as much
        kept = e.search_state()
        acc = _accuser(e, ranked, concepts[0], acts.group("verb"), voiced) if accused else []
        if not acc and named_first and (first is not concepts[0] or not accused):
            acc = _accuser(e, ranked, first, acts.group("verb"), voiced)
        if not best or acc and acc[0][1] >= best[0][1] - ACCUSER_SLACK:
            best = acc + [x for x in best if x[0]["sid"] not in {r["sid"] for r, _ in acc}]
        else:
            e.restore_search_state(kept)  # the accuser search is dropped: the claim's labels stand
    if _WROTE_WORK.match(p.text):
        # "who wrote War and Peace": a work's author, told as such, not a speaker of its words
        best = [(r, s) for r, s in best if _AUTHORSHIP.search(r["text"])]
    best = _someone_says(e, best, concepts, p.topic or "")
    if idle:  # a claim read without its idle words is said in a named speaker's own words, in quotation marks
        best = [(r, s) for r, s in best if r["direct_quote"] and r["source"] and r["source_kind"] in ("person", "organization")]
    if not best:
        return e.nothing(p, "Nothing in the pack says that.")
    if kind and not _speaker_is(e, best[0][0], kind):
        # "Which group argued ...?": a speaker of that kind saying nearly as much answers first
        fit = [x for x in best if _speaker_is(e, x[0], kind) and x[1] >= best[0][1] - 2 * QUOTED_CLAIM_SLACK]
        best = fit + [x for x in best if x not in fit]
    # "Who said Hazel Blears' remarks were a gift to racists?": one the claim names by name is
    # spoken of, not the one asked for; a speaker it does not name answers before them
    # (asked "who"; not where a claim comes from: "the source for Zuckerberg's comments" asks for his words)
    spoken_of = {i for c in concepts for i in c.actor_ids if getattr(e.actors.by_id.get(i), "kind", None) == "person"} \
        if p.intent == "who_said" and _ASKS_WHO.match(p.text) else set()
    # (... and those it does not name, found beyond the first few, are read too)
    top = best[:MAX_EXCERPTS] + [x for x in best[MAX_EXCERPTS:]
                                 if spoken_of and x[0]["source_actor"] not in spoken_of][:MAX_EXCERPTS]
    pairs = e.last_pairs()
    top, answering = _answer_to_own_question(e, top, pairs)
    told_before |= answering  # (it comes back to the question in its own words: "that question")
    partners = sentences_by_id(e.reader, [pairs[r["sid"]] for r, _ in top if r["sid"] in pairs])
    alone = e.search.coverage(concepts, [x for r, _ in top for x in (r["sid"], pairs.get(r["sid"]) or r["sid"])])

    total = sum(c.weight for c in concepts) or 1.0

    def own_name(r) -> set[str]:
        """The claim's words that name the sentence's own speaker."""
        return {c.label for c in concepts if r["source_actor"] is not None and r["source_actor"] in c.actor_ids}

    def said_alone(r) -> float:
        """The share of the claim the sentence says by itself, less its own speaker's name."""
        return alone[r["sid"]][0] - sum(c.weight for c in concepts if c.label in own_name(r)) / total

    def passage(r) -> list:
        """The sentence and the next one that completes the claim, when the same voice says both;
        two voices: the one of the kind asked for ("which group argued ..."), else the one that
        says more of the claim, alone ("...," said A. B said that ...)."""
        partner = partners.get(pairs.get(r["sid"], -1))
        if partner is None:
            return [r]
        if voiced(r) and voiced(partner) and _voice(r, doers) != _voice(partner, doers):
            if kind and _speaker_is(e, r, kind) != _speaker_is(e, partner, kind):
                return [r] if _speaker_is(e, r, kind) else [partner]
            # "who called the fuel duty freeze a Christmas gift": the voice whose words put that
            # name on it ("calling it an "early Christmas present""), not the one that tells of the
            # thing named (the chancellor's freeze, said in the sentence before)
            naming = [x for x in (r, partner) if put_on & alone[x["sid"]][1]]
            if len(naming) == 1:
                return naming
            # ... not one whose words hold nothing of the claim but the speaker's own name: "not a
            # shred of truth in the report about Crosby's warning" is said by Mr Howard's "not one
            # iota of truth", not by Mr Crosby's denial beside it
            says = [x for x in (r, partner) if alone[x["sid"]][1] - own_name(x)]
            if len(says) == 1:
                return says
            # ... weighed without the speaker's own name, which is who speaks, not what is said
            # ("The Lib Dems say scrapping university fees wins them student support" says less
            # of "lib dem and tory plans would hold back ambitions" than "Labour says both would
            # cap people's ambitions")
            return [r] if said_alone(r) >= said_alone(partner) else [partner]
        return [r, partner]

    excerpts, shown, speakers = [], set(), []
    for r, s in top:
        said = passage(r)
        if require and not require <= set().union(*(alone[x["sid"]][1] for x in said)) and r["sid"] not in told_before:
            continue  # the figure was in the neighbour another voice said, not in what is shown
        if r["sid"] not in answering and _only_names(said, set().union(*(alone[x["sid"]][1] for x in said)), concepts, p.topic or ""):
            continue
        said = _quote_opened(e, said)
        rows = [x for x in said if x["sid"] not in shown]  # a sentence is shown once
        if rows:
            shown.update(x["sid"] for x in rows)
            x = span_excerpt(e.reader, rows, s)
            doer = next(((r["text"], doers[r["sid"]]) for r in rows if r["sid"] in doers), None) if x.attribution is None else None
            if doer is not None:
                said, (name, kind, verb) = doer
                x = replace(x, attribution=Attribution(source=whole_source(said, name, verb), kind=kind, cue=verb))
            namer = _namer(e, rows[0], p.topic or "", x.attribution)
            if namer is not None:
                x = replace(x, attribution=namer)
            if x.attribution is None and len(rows) == 1:
                x = replace(x, attribution=_reported_on(e, rows[0]) or _writer_of(e, rows[0]))
            if x.attribution is None and predicate and not ({verb_said} if verb_said else predicate) & set().union(*(alone[y["sid"]][1] for y in said)):
                # "Who said the referendum was rigged?": a passage in the story's own voice, which
                # names no one who says anything, and holds nothing of what the claim says of its
                # subject ("ballot papers for the referendum have disappeared"), is no one's claim
                continue
            excerpts.append(x)
            speakers.append(_speaker_id(e, rows[0], spoken_of) or r["source_actor"] if doer is None and namer is None else None)
    if not excerpts:
        return e.nothing(p, "Nothing in the pack says that.")
    if spoken_of:  # (by who speaks in what is shown, the sentence found or the one beside it)
        excerpts = ([x for x, a in zip(excerpts, speakers) if a not in spoken_of]
                    + [x for x, a in zip(excerpts, speakers) if a in spoken_of])[:MAX_EXCERPTS]
    first = excerpts[0]
    a = first.attribution
    note = (f"{a.text} ({a.cue})." if a and a.cue else f"{a.text}." if a else "The article says so in its own voice.")
    return Answer(p.text, "who_said", True, excerpts, note=note)


# A writer telling of a question they put: "when I asked him how many minds he had changed".
_I_ASKED = re.compile(r"(?i)\bI (?:asked|pressed|put it to)\b")
# ... and their later sentence on what came of it: "he did not give a direct answer to that question".
_THAT_QUESTION = re.compile(r"(?i)\b(?:that|the|my) question\b")
# How many sentences on the writer may come back to the question they put.
_QUESTION_BACK = 3


def _answer_to_own_question(e: Engine, top: list, pairs: dict[int, int]) -> tuple[list, set[int]]:
    """An interviewer's sentence telling of the question they put ("when I asked him how many
    minds he had changed on the Iran deal") says what was asked, not what they make of it: their
    own sentence a little after that comes back to it ("he did not give a direct answer to that
    question, which leaves me with the impression that he has persuaded precisely zero") answers first."""
    if not top or not top[0][0]["source_actor"]:
        return top, set()
    first, score = top[0]
    # (the sentence found, or the next one that completes it, as shown: `passage`)
    put = [r for r in e.rows([first["sid"], pairs.get(first["sid"], first["sid"])]).values()
           if r["article_id"] == first["article_id"] and r["source_actor"] == first["source_actor"] and _I_ASKED.search(r["text"])]
    if not put:
        return top, set()
    asked = max(r["sid"] for r in put)
    after = e.rows([asked + k for k in range(1, _QUESTION_BACK + 1)])
    back = [r for sid, r in sorted(after.items()) if r["article_id"] == first["article_id"]
            and r["source_actor"] == first["source_actor"] and _THAT_QUESTION.search(r["text"])]
    if not back:
        return top, set()
    return [(back[0], score), *[x for x in top if x[0]["sid"] != back[0]["sid"]]], {back[0]["sid"]}


# A speaker's words that call the thing named "it", right after a verb of saying or naming:
# 'said it was "a fantastic gift"', 'called it "a disgrace"'
_IT_CALLED = re.compile(r"(?i)\b(?:said|says)\s+(?:it|this|that)\s+(?:was|is|would\s+be|will\s+be|had\s+been|has\s+been)\b"
                        r"|\b(?:called|calls|calling|described|describes|branded|brands|dubbed|hailed|dismissed)\s+(?:it|this|that)\b")
# How many sentences back the story may name the thing a speaker then calls "it".
_IT_BACK = 3


def _called_it(e: Engine, concepts: list[Concept], put_on: set[str], min_cov: float, require: set[str] | None) -> list:
    """"Who called the £2m donation a terrific present?": a speaker calls the thing "it"
    ('Matt Carter said it was "a fantastic gift"') once the story has named it, a sentence or
    a few before ("Lord Sainsbury has made a £2m donation"). Every word that names the thing,
    the figure with them, is there or in the sentences before; the speaker's own sentence holds
    some of the name put on it; together they say the claim in full (min_cov, no slack)."""
    thing = [c for c in concepts if c.label not in put_on]
    total = sum(c.weight for c in concepts) or 1.0
    weights = {c.label: c.weight for c in concepts}
    if not thing:
        return []
    kept = e.search_state()
    found = [(r, s) for r, s in e.best(concepts, min_cov=min_cov - sum(c.weight for c in thing) / total)
             if r["source"] and _IT_CALLED.search(r["text"])]
    own = e.search.coverage(concepts, [r["sid"] for r, _ in found])
    found = [(r, s) for r, s in found if put_on & own[r["sid"]][1]]
    before = {r["sid"]: [j for j in range(r["sid"] - _IT_BACK, r["sid"]) if e.search.article_of(j) == r["article_id"]]
              for r, _ in found}
    named = e.search.coverage(concepts, sorted({j for js in before.values() for j in js}))
    out = []
    for r, _ in found:
        held = own[r["sid"]][1] | {c.label for c in thing for j in before[r["sid"]] if c.label in named[j][1]}
        score = sum(weights[x] for x in sorted(held)) / total
        if {c.label for c in thing} <= held and (not require or require <= held) and score >= min_cov - 1e-9:
            out.append((r, score))
    if not out:
        e.restore_search_state(kept)
    return sorted(out, key=lambda x: -x[1])


def _speaker_id(e: Engine, row, spoken_of: set[int]) -> int | None:
    """The sentence's speaker: the actor the index gives, or, for one the story names by a post
    ("the prime minister said"), the person the claim names who holds it in that story."""
    if row["source_actor"] is not None or not row["source"]:
        return row["source_actor"]
    return next((a for a in sorted(spoken_of) if e.holds_post(a, row["source"], row["article_id"])), None)


# Verbs by which someone puts a view without a verb of saying: "Clare Short questioned the
# effectiveness of debt relief", "Michael Howard compared the chancellor's figures to ...".
_VIEW_VERBS = frozenset("compare question doubt criticise criticize condemn attack dismiss brand accuse challenge reject "
                        "praise welcome deny dispute blame ridicule suggest".split())


def _doers(e: Engine, sids: list[int]) -> dict[int, tuple[str, str, str]]:
    """Unattributed sentences whose named subject (a person or a body) puts a view: sid -> (name, kind, verb).
    A participle with no subject of its own puts the view of the one who does the verb before it:
    "Matthew Taylor has written to the watchdog accusing Labour of ..." is Mr Taylor's charge."""
    if not sids:
        return {}
    rows = e.reader.all(
        "SELECT e.sentence_id, a.name, a.kind, e.action, e.action_text, e.subject_text FROM events e"
        " LEFT JOIN event_actors ea ON ea.event_id = e.id AND ea.role = 'subject'"
        " LEFT JOIN actors a ON a.id = ea.actor_id AND a.kind IN ('person', 'organization')"
        f" WHERE e.sentence_id IN ({placeholders(sids)}) ORDER BY e.id", list(sids))
    out: dict[int, tuple[str, str, str]] = {}
    before: dict[int, tuple[str, str]] = {}  # the last named subject of each sentence's verbs
    for sid, name, kind, action, verb, subject in rows:
        if name is not None and action in _VIEW_VERBS:
            out.setdefault(sid, (name, kind, verb))
        elif not subject and verb.endswith("ing") and action in _VIEW_VERBS and sid in before:
            out.setdefault(sid, (*before[sid], verb))
        if name is not None:
            before[sid] = (name, kind)
    return out


# Words put on a thing, in quotation marks, by whoever puts them: 'branded a "disgraceful waste"
# by MPs' (passive: the agent follows "by"), 'Liam Fox called him "a disappointment ..."',
# 'Beijing, which described the embargo as a "product of the Cold War"' (active: the agent is
# named just before the verb).
_NAMING = re.compile(r"\b(?P<verb>brand(?:ed|ing|s)?|call(?:ed|ing|s)|describ(?:ed|ing|es)|dubb(?:ed|ing)|dubs|labell?(?:ed|ing)|labels"
                     r"|term(?:ed|ing|s))\b(?P<what>[^\"\u201c\u201d.;]{0,80}?)[\"\u201c](?P<words>[^\"\u201c\u201d]+)[\"\u201d]")
_BY_AGENT = re.compile(r"\s+by\s+(?P<who>(?:the\s+)?[A-Za-z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")
_OF_PLACE = re.compile(r"\s+(?:of|from)\s+$")
_PASSIVE_GAP = re.compile(r"\s*(?:as\s+)?(?:an?\s+|the\s+)?")
_AGENT_GAP = re.compile(r"^(?:,?\s*(?:which|who|that)\s+|,\s*(?:on|last|this)\s+\w+\s+|\s+(?:report|statement|letter)\s+(?:which|that)\s+|\s+)$")


def _namer(e: Engine, row, topic: str, attributed: Attribution | None) -> Attribution | None:
    """Who put the words in quotation marks on the thing the claim is about, when the sentence
    tells of it with a verb of naming; None when it does not, or when the claim is said in
    another clause of the sentence ('Mr Blair said he left "without a stain" but Tory Dominic
    Grieve branded the way Mr Blunkett's office operated as "scandalous"': Grieve, if asked who
    called the way it was run a scandal; Blair, if asked who said he left without a stain)."""
    text = row["text"]
    m = _NAMING.search(text)
    if m is None or m.group("verb").lower().startswith("call") and not m.group("what").strip():
        return None  # 'called "for calm"' ... a call, not a name put on something
    asked = set(content_words(topic))
    clause = set(content_words(text[m.start():m.end()]))
    rest = set(content_words(text[:m.start()] + " " + text[m.end():]))
    if attributed and (not asked & clause or len(asked & clause) <= len(asked & rest - clause)):
        return None  # (a sentence in the story's voice has no other voice: the namer's is its own)
    by = _BY_AGENT.match(text, m.end())
    if by is not None and _PASSIVE_GAP.fullmatch(m.group("what")):
        if attributed is not None and fold(by.group("who")) in fold(attributed.source):
            return None
        return Attribution(source=by.group("who"), kind="unnamed", cue=m.group("verb"))
    if not m.group("what").strip():
        return None
    sent = e.reader.all("SELECT start FROM sentences WHERE id = ?", [row["sid"]])
    if not sent:
        return None
    base = sent[0][0]
    named = e.reader.all("SELECT m.start, m.end, a.name, a.kind FROM mentions m JOIN actors a ON a.id = m.actor_id"
                         " WHERE m.sentence_id = ? ORDER BY m.end DESC", [row["sid"]])
    edge = m.start()
    for st, end, name, kind in named:
        if end - base > edge or not _AGENT_GAP.match(text[end - base:edge]):
            continue
        of = _OF_PLACE.search(text, 0, st - base)
        if of is not None:  # "Senator Mitch McConnell of Kentucky called ...": the senator, not his state
            edge = of.start()
            continue
        if attributed is not None and fold(name) in fold(attributed.source):
            return None  # the story names the namer already, maybe more fully ("The Carrow Motorists' League")
        return Attribution(source=name, kind=kind, cue=m.group("verb"))
    return None


# Words a sentence puts in quotation marks without saying whose they are: '... was merely a
# "sticking plaster" to a much bigger problem' (a fragment, not a whole quoted sentence).
_FRAGMENT = re.compile(r"\w[^\"\u201c\u201d]*[\"\u201c][^\"\u201c\u201d]{2,60}[\"\u201d]")


def _reported_on(e: Engine, row) -> Attribution | None:
    """A sentence the story leaves unattributed that quotes someone's words as a fragment, right
    after a sentence of the same paragraph that reports a named speaker ("He said the recent
    experience of Wales ..." then "The chancellor's announcement ... was merely a "sticking
    plaster" ..."), goes on reporting that speaker: the words in quotation marks are theirs."""
    if row["source"] or not _FRAGMENT.match(row["text"]):
        return None
    before = e.rows([row["sid"] - 1]).get(row["sid"] - 1)
    if before is None or before["article_id"] != row["article_id"] or before["paragraph"] != row["paragraph"]:
        return None
    if not before["source"] or not before["source_actor"] or before["cue"] not in _REPORTING:
        return None
    return Attribution(source=before["source"], kind=before["source_kind"], cue=before["cue"])


def _first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.search(_QUOTED_WORDS.sub(" ", text)))


def _writer_of(e: Engine, row) -> Attribution | None:
    """A first-person piece: a sentence the story leaves unattributed that speaks in the first
    person ('But that is what the government now seeks to do - create a tyranny to defend us'),
    a sentence or two after one the index gives to a named person who also writes in the first
    person ('My point is, ...'), with only such sentences between, is that writer's too."""
    if row["source"] or not _first_person(row["text"]):
        return None
    before = e.rows([row["sid"] - 1, row["sid"] - 2])
    for sid in (row["sid"] - 1, row["sid"] - 2):
        prev = before.get(sid)
        if prev is None or prev["article_id"] != row["article_id"] or not _first_person(prev["text"]):
            return None
        if prev["source"]:
            if prev["source_kind"] != "person" or prev["direct_quote"] or not prev["source_actor"]:
                return None
            return Attribution(source=prev["source"], kind=prev["source_kind"], cue=prev["cue"])
    return None


# Verbs that report what someone says, which a next sentence may go on reporting.
_REPORTING = frozenset("said says added argued claimed insisted warned told explained stressed suggested".split())


def _voice(r, doers: dict[int, tuple[str, str, str]]) -> str:
    return r["source"] or doers[r["sid"]][0]


def _quote_opened(e: Engine, rows: list) -> list:
    """A quotation shown from where it opens: a sentence that closes a quotation opened in the
    sentence before ('The rest of the world should listen," he said' after '"America has
    spoken.') is shown with it; so is one inside a quotation that what is shown closes ('They
    are going to be stopped. If they haven't they are going to be detained."' after '"What is
    going to happen to young Asian men ...?'), from at most two sentences back; and so is one
    with no quotation marks of its own that goes on a speaker's quotation ('Vote Blair, Get
    Brown.' after '"I have a new slogan.'): it is shown from where the quotation opens."""
    first = rows[0]
    own = first["text"].count('"')
    inside = not own and first["continuation"] and first["direct_quote"] and not any('"' in r["text"] for r in rows)
    if first["text"].startswith('"') or own % 2 == 0 and (own or sum(r["text"].count('"') for r in rows) % 2 == 0) and not inside:
        return rows
    out = list(rows)
    for _ in range(1 if own else 2):
        before = e.rows([out[0]["sid"] - 1]).get(out[0]["sid"] - 1)
        if before is None or before["article_id"] != first["article_id"] or before["paragraph"] != first["paragraph"]:
            return rows
        out.insert(0, before)
        if before["text"].startswith('"') and before["text"].count('"') % 2:
            return out
        if '"' in before["text"]:
            return rows
    return rows


# A word that stands for what was named before, as the subject of a verb: "They might be selling
# those", "She was literally burning up", "it is like a zoo" (not "those who die", "in this Bill")
_STANDS_FOR = re.compile(r"(?i)\b(?:he|she|they|it|this|these|those)\s+(?:just\s+|\w+ly\s+)?(?:is|was|are|were|has|had|have|"
                         r"would|will|could|should|can|might|may|must|did|does|do)\b")


def speaks_of_it(text: str) -> bool:
    """The speaker's own words (what is inside quotation marks, or all of a sentence that only
    opens or closes a quotation) call something named before "it", "they", "she" ...: not the
    story's frame ("warned Labour and the Tories they were \"in danger ...\"")."""
    marks = len(re.findall(r"[\"“”]", text))
    own = " ".join(_QUOTED_WORDS.findall(text)) if marks and marks % 2 == 0 else text
    return bool(_STANDS_FOR.search(own))
