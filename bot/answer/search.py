"""Sentence search: FTS5 for candidates, then IDF-weighted coverage of the question's concepts.

A concept is a group of words that mean the same for this purpose ("fear" = fear, afraid,
worry ...) or an actor (any of its mentions counts). Coverage is what decides whether a
sentence answers at all; a concept the index has never seen weighs the most, so a question
about something absent from the pack scores low and abstains.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answer.lexicon import IRREGULAR, takes_e, verb_forms
from bot.answer.lexicon import expand as lexicon_expand
from bot.answer.thresholds import COMPOUND_PART, LIGHT_VERB_SHARE
from bot.answer.words import STOPWORDS, content_words
from bot.index.read import Reader, placeholders

_FTS_SAFE = re.compile(r"[^\w]+", re.UNICODE)
_WORD = re.compile(r"[a-z]{5,}")
# Words at least SPELLING_MIN long may be one typing slip from the pack's word, from
# SPELLING_LONG two.
SPELLING_MIN, SPELLING_LONG = 7, 10
# ... and from SPELLING_SWAP letters, two adjacent letters typed the wrong way round.
SPELLING_SWAP = 5

# Sentences read to tell how a word is printed, and the occurrences needed to tell.
CAPITAL_SAMPLE, CAPITAL_MIN = 400, 5

# Acronyms worth spelling out are this long (letters, a plural 's' included); the pack's
# sentences that print one are read when there are no more than this many.
ACRONYM_MIN, ACRONYM_MAX, ACRONYM_LOOKUPS = 3, 7, 40
# Words an acronym skips: "Identification Friend or Foe" is IFF.
ACRONYM_SKIP = frozenset("of the and or for on in to &".split())

# Light synonyms for question words that articles often say otherwise.
SYNONYMS = {
    "stop": "prevent|block|halt|limit", "prevent": "stop|block", "fell": "ouster|toppled|fall|overthrow",
    "fall": "ouster|toppled|fell|overthrow", "ouster": "fall|fell|toppled", "killed": "died|dead|death",
    "war": "conflict|fighting", "talks": "meeting|discussions|negotiations", "meeting": "talks|met",
    "meet": "met|talks", "trip": "visit", "bases": "base", "pm": "prime minister",
    "president": "leader", "leader": "president|chief|head", "boss": "chief|head|leader",
    "money": "funding|cash|cost", "cost": "price|costs|spending", "tax": "taxes|taxation",
    "jobs": "employment|unemployment|job", "vote": "election|ballot|poll", "election": "vote|poll",
    "poll": "survey", "rise": "increase|raise", "increase": "rise|raise", "cut": "cuts|reduce",
    "ban": "outlaw|prohibit", "die": "died|death|dead", "died": "die|death|dead", "death": "died|die|dead|killed",
    "scared": "afraid|frightened|frightening|fear|terrified", "afraid": "scared|frightened|fear|fears",
    "frightened": "afraid|scared|fear", "worried": "worry|concerned|concern|fears", "kidnapped": "abducted|seized",
    "abducted": "kidnapped", "earn": "earning|earnings|paid|salary", "salary": "earnings|earns",
    "sue": "suing|lawsuit|legal action|proceedings", "resign": "quit|resignation|stand down|step down",
    "quit": "resign|resignation|stand down|step down|leave", "leave": "quit|left|defect|defected|defection",
    "left": "leave|quit|defected", "defect": "defected|defection|leave",
    "cities": "city|towns", "city": "cities|town", "visit": "visiting|visited|tour|trip",
    "pay": "paying|paid|price|cost", "paying": "pay|paid|price", "going": "travel|travels|heading|visit", "sacked": "fired|dismissed", "arrested": "detained|held",
    "govt": "government", "gov": "government", "dept": "department", "reps": "representatives",
    "intl": "international", "mgmt": "management", "pres": "president", "sec": "secretary",
    "held": "detained|custody|confined|arrest", "ran": "chaired|headed|led|conducted|carried out", "run": "chair|head|lead|conduct|carry out", "detained": "held|custody|confined|arrest", "law": "legislation|bill|act", "bill": "legislation|law",
}


# Verbs whose meaning lies mostly in their object: "give evidence", "put up taxes", "set a date".
# ("take", "keep" and "make" say more: "taken eight", "keep its bases", "made by individuals".)
LIGHT_VERBS = frozenset("""give gives gave given giving put puts putting set sets setting come comes came coming
get gets got getting have has had having""".split())


def fts_term(word: str) -> str | None:
    """One word as a safe FTS5 string token: quotes, operators and columns cannot leak through."""
    w = _FTS_SAFE.sub(" ", word).strip()
    if not w:
        return None
    return '"' + w.replace('"', "") + '"'


@dataclass
class Concept:
    label: str
    words: list[str] = field(default_factory=list)
    actor_ids: set[int] = field(default_factory=set)
    weight: float = 1.0
    # What an acronym of the question stands for, counted only in the articles that print the
    # acronym: "Asbos" is "anti-social behaviour orders" there, not wherever those words occur.
    spelt: tuple[str, ...] = ()
    spelt_in: frozenset[str] = frozenset()

    def match_expr(self, words: list[str] | tuple[str, ...] | None = None) -> str | None:
        """The FTS expression of the concept's words (and spelt-out forms, to find candidates)."""
        terms = [t for t in (fts_term(w[:-1]) + "*" if w.endswith("*") and fts_term(w[:-1]) else fts_term(w)
                             for w in (words if words is not None else [*self.words, *self.spelt])) if t]
        return " OR ".join(dict.fromkeys(terms)) or None


# Words the porter stemmer folds into one stem with a word of another meaning: "quite" is
# indexed as "quit", "news" as "new", "generous" as "general". A concept holding one of them
# counts only the sentences that print one of its own forms.
_FALSE_FRIENDS = {w: re.compile(r"(?i)\b(?:" + forms + r")\b") for w, forms in {
    "quit": "quit|quits|quitting|quitted", "new": "new|newer|newest|newly", "news": "news",
    "several": "several", "severe": "severe|severely|severity", "general": "general|generals|generally",
    "generous": "generous|generously|generosity", "generation": "generation|generations",
    "conservation": "conservation|conservationists?", "university": "university|universities",
    "execute": "execute|executed|executes|executing|execution|executions", "executive": "executives?",
    "community": "community|communities", "communism": "communism|communists?",
    "commitment": "commitments?",  # a promise, not a crime "committed"
    # the paper a topic names ("the audit office report"), not a verb of saying ("reporting on")
    # (keyed "reports": "report" and "reporting" stay plain words; the stop list keeps them out of topics)
    "reports": "report|reports",
    # a table's order ("ranked the UK third", "the rankings"), not the name "Rank Group" nor "the ranks"
    "ranking": "ranking|rankings|ranked", "ranked": "ranking|rankings|ranked",
}.items()}
# ... and a word an idiom takes over: "fired up" by a speech is no sacking.
_FALSE_FRIENDS["fire"] = re.compile(r"(?i)\b(?:fire|fires|fired|firing)\b(?!\s+up\b)")
# ... "he then went on to tear into the Tory plans": what he did next, no going (nor jobs gone)
_WENT_ON_TO = re.compile(r"(?i)\b(?:go|goes|going|gone|went)\b(?!\s+on\s+to\b)")
_FALSE_FRIENDS.update(dict.fromkeys(("go", "goes", "going", "gone", "went"), _WENT_ON_TO))


def share(weights: dict[str, float], labels: Iterable[str], total: float) -> float:
    """The weighted share of concepts covered: how every scorer ranks a sentence or story.

    Labels are summed in sorted order so the float sum, and so every tie, never depends on
    the order a set happens to iterate in.
    """
    return sum(weights[label] for label in sorted(labels)) / total


# "Mrs Howard": the stemmer folds "mrs" into "mr", so the phrase would match every "Mr Howard"
_MRS = re.compile(r"mrs\.? ([\w'’-]+?)(?:'?s)?")


def _false_friend(word: str) -> re.Pattern | None:
    """The printed forms a word of _FALSE_FRIENDS stands for, also as the question's inflection
    of it ("quits", "quitting"); and a woman's name after "Mrs", printed with it (see _MRS)."""
    if word in _FALSE_FRIENDS:
        return _FALSE_FRIENDS[word]
    if mrs := _MRS.fullmatch(word):
        return re.compile(rf"(?i)\bmrs\.?\s+{re.escape(mrs.group(1))}")
    base = word
    for _ in range(2):  # ... and the made-up forms of a past the stemmer folds the same way ("fireds")
        base = re.sub(r"(?:s|es|ed|d|ing)$", "", base)
        found = _FALSE_FRIENDS.get(base) or _FALSE_FRIENDS.get(base + "e") or (
            _FALSE_FRIENDS.get(base[:-1]) if len(base) > 3 and base[-1] == base[-2] else None)  # "quitting"
        if found or not base.endswith("ed"):  # ("firms" is no "fire")
            return found
    return None


class Searcher:
    """FTS5 lookups with small caches. FTS5 is fast on a bare MATCH but slow when a MATCH is
    combined with `rowid IN (...)`, so we fetch a concept's matching rowids once and
    intersect them in Python."""

    CACHE_SIZE = 4096

    def __init__(self, reader: Reader):
        self.r = reader
        self.n_sentences = max(1, reader.one("SELECT count(*) FROM sentences")[0])
        self._rowids: dict[str, frozenset[int]] = {}
        self._actor_rows: dict[frozenset[int], frozenset[int]] = {}
        self._ranked: dict[tuple[str, int], tuple[int, ...]] = {}
        self._article_of: dict[int, str] | None = None
        self._vocabulary: Counter[str] | None = None
        self._spelt: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        self._capitals: dict[str, float] = {}
        self._articles: dict[frozenset[int], frozenset[str]] = {}

    def _remember(self, cache: dict, key, value):
        if len(cache) >= self.CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = value
        return value

    def rowids(self, expr: str) -> frozenset[int]:
        """Sentence ids matching an FTS expression."""
        hit = self._rowids.get(expr)
        if hit is None:
            rows = self.r.all("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?", [expr])
            hit = self._remember(self._rowids, expr, frozenset(r[0] for r in rows))
        return hit

    def actor_rows(self, actor_ids: set[int]) -> frozenset[int]:
        """Sentences that name one of these actors or are spoken by one of them."""
        key = frozenset(actor_ids)
        hit = self._actor_rows.get(key)
        if hit is None:
            ids = list(key)
            rows = self.r.all(
                f"SELECT sentence_id FROM mentions WHERE actor_id IN ({placeholders(ids)})"
                f" UNION SELECT sentence_id FROM attributions WHERE actor_id IN ({placeholders(ids)})", ids + ids)
            hit = self._remember(self._actor_rows, key, frozenset(r[0] for r in rows))
        return hit

    def concept_rows(self, c: Concept) -> frozenset[int]:
        plain = [w for w in c.words if _false_friend(w) is None]
        expr = c.match_expr(plain)
        rows = self.rowids(expr) if expr else frozenset()
        for w in c.words:
            if _false_friend(w) is not None:
                rows = rows | self._printed_rows(w)
        if c.spelt:
            rows = rows | {i for i in self.rowids(c.match_expr(c.spelt)) if self.article_of(i) in c.spelt_in}
        if c.actor_ids:
            rows = rows | self.actor_rows(c.actor_ids)
        return rows

    def _printed_rows(self, word: str) -> frozenset[int]:
        """Sentences that print the word in one of its own forms, not only one sharing its stem."""
        key = "printed:" + word
        hit = self._rowids.get(key)
        if hit is None:
            ids = sorted(self.rowids(fts_term(word) or '""'))
            printed = _false_friend(word)
            texts = {r[0]: r[1] for r in self.r.all(f"SELECT id, text FROM sentences WHERE id IN ({placeholders(ids)})", ids)} \
                if ids else {}
            hit = self._remember(self._rowids, key, frozenset(i for i, t in texts.items() if printed.search(t)))
        return hit

    def concept_articles(self, c: Concept) -> frozenset[str]:
        """The articles with a sentence that covers the concept. A common word ("election") is
        in thousands of sentences: their articles are gathered once, not once per question."""
        rows = self.concept_rows(c)
        hit = self._articles.get(rows)
        if hit is None:
            hit = self._remember(self._articles, rows, frozenset(self.article_of(sid) for sid in rows))
        return hit

    def article_of(self, sentence_id: int) -> str | None:
        if self._article_of is None:
            self._article_of = {r[0]: r[1] for r in self.r.all("SELECT id, article_id FROM sentences")}
        return self._article_of.get(sentence_id)

    def spelling(self, word: str) -> str | None:
        """The pack's word one slip of the keyboard from a question word the pack never uses:
        'goverment' -> 'government', 'squabling' -> 'squabbling'. Two slips only for long words;
        the commonest word wins a tie. The word list is read from the index once, the first
        time a question holds a word the pack does not."""
        if len(word) < SPELLING_SWAP or not word.isalpha():
            return None
        if self._vocabulary is None:
            self._vocabulary = Counter()
            for (text,) in self.r.all("SELECT text FROM sentences"):
                self._vocabulary.update(_WORD.findall(text.lower()))
        if word in self._vocabulary:
            return None
        if len(word) < SPELLING_MIN:
            # "paris" is one slip from "parts": a short word is only read as two letters typed
            # the wrong way round ("rasie" -> "raise") or a double letter typed once ("acess")
            known = [w for w in swaps(word) + doubled(word) if w != word and w in self._vocabulary]
            return max(known, key=lambda w: (self._vocabulary[w], w)) if known else None
        slips = 2 if len(word) >= SPELLING_LONG else 1
        # a slip: a letter missed, added or mistyped, or two typed the wrong way round
        near = process.extract(word, self._vocabulary.keys(), scorer=OSA.distance, score_cutoff=slips, limit=20)
        if not near:
            return None
        fewest = min(d for _, d, _ in near)
        return max((w for w, d, _ in near if d == fewest), key=lambda w: (self._vocabulary[w], w))

    def spelt_out(self, word: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """What an acronym stands for, as the pack itself spells it out: "anti-social behaviour
        orders (Asbos)" makes 'asbos' also 'anti-social behaviour orders'; "the TPS (Telephone
        Preference Service)" the other way round. Read from the sentences that print the word;
        also gives the articles that print it, where the spelt-out form may stand for it."""
        if not ACRONYM_MIN <= len(word) <= ACRONYM_MAX or not word.isalpha():
            return (), frozenset()
        hit = self._spelt.get(word)
        if hit is None:
            ids = sorted(self.rowids(fts_term(word)))
            # a word this common is no acronym in need of spelling out ("labour", "NHS")
            rows = self.r.all(f"SELECT text FROM sentences WHERE id IN ({placeholders(ids)})", ids) \
                if 0 < len(ids) <= ACRONYM_LOOKUPS else []
            found = tuple(dict.fromkeys(long for (text,) in rows for long in _spellings(word, text)))
            hit = self._remember(self._spelt, word, (found, frozenset(self.article_of(i) for i in ids) if found
                                                     else frozenset()))
        return hit

    def capital_share(self, word: str) -> float:
        """Of a word's occurrences inside sentences (not first), the share printed capitalised."""
        capital, lower, _ = self._printings(word)
        return capital / (capital + lower) if capital + lower >= CAPITAL_MIN else 0.0

    def common_noun(self, word: str) -> bool:
        """Printed in lower case more often than capitalised inside sentences: "skipper", not "Ffion"."""
        capital, lower, _ = self._printings(word)
        return lower > capital

    def printed(self, word: str) -> bool:
        """Does the pack print this very word ("crosbie" only stems like the pack's "Crosby")?"""
        return self._printings(word)[2] > 0

    def _printings(self, word: str) -> tuple[int, int, int]:
        """How often a word is printed capitalised and in lower case inside sentences, and at
        all. Read from the sentences that hold its stem, once per word."""
        hit = self._capitals.get(word)
        if hit is None:
            stem_ids = self.rowids(fts_term(word) or '""')
            ids = sorted(stem_ids)[:CAPITAL_SAMPLE]
            # a stem in more sentences than are read counts as printed: no misspelt name is that common
            capital = lower = 0
            anywhere = int(len(stem_ids) > CAPITAL_SAMPLE)
            inside = re.compile(rf"(?<=[\w,;:] )({re.escape(word)})\b", re.IGNORECASE)
            exact = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
            for (text,) in self.r.all(f"SELECT text FROM sentences WHERE id IN ({placeholders(ids)})", ids) if ids else []:
                for m in inside.finditer(text):
                    capital += m.group(1)[:1].isupper()
                    lower += m.group(1)[:1].islower()
                anywhere += bool(exact.search(text))
            hit = self._remember(self._capitals, word, (capital, lower, anywhere))
        return hit

    def df(self, expr: str) -> int:
        return len(self.rowids(expr))

    def idf(self, df: int) -> float:
        return math.log((self.n_sentences + 1) / (df + 0.5))

    def weigh(self, concepts: list[Concept]) -> None:
        """IDF of each concept; an actor concept counts its mentions as documents. A light verb
        ("giving" in "witnesses giving evidence") carries little of what is asked, however rare
        its printed form: it counts for a share of its IDF. A word of magnitude ("thousands")
        weighs as rare as it is printed: it also matches any figure of that size ("25,000"), and
        a claim of "thousands of jobs" says no less for figures being common."""
        for c in concepts:
            rows = self.concept_rows(Concept(c.label, [w for w in c.words if w not in _MAGNITUDES.values()], c.actor_ids,
                                             spelt=c.spelt, spelt_in=c.spelt_in)
                                     if _MAGNITUDES.get(c.label) in c.words else c)
            c.weight = self.idf(len(rows)) * (LIGHT_VERB_SHARE if c.label in LIGHT_VERBS else 1.0)

    def candidates(self, concepts: list[Concept], limit: int = 300,
                   article_ids: list[str] | None = None) -> list[int]:
        """Sentence ids matching any concept, best BM25 first, then those naming the actors."""
        exprs = [e for e in (c.match_expr() for c in concepts) if e]
        ids: list[int] = []
        if exprs:
            match = " OR ".join(f"({e})" for e in exprs)
            ranked = self._ranked.get((match, limit))
            if ranked is None:  # a handler may look twice (a lower threshold, a fallback): rank once
                ranked = self._remember(self._ranked, (match, limit), tuple(r[0] for r in self.r.all(
                    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts) LIMIT ?",
                    [match, limit])))
            ids = list(ranked)
        for c in concepts:
            if c.actor_ids:
                ids += sorted(self.actor_rows(c.actor_ids))[:limit]
        if article_ids:
            wanted = set(article_ids)
            ids = [i for i in ids if self.article_of(i) in wanted]
        return list(dict.fromkeys(ids))

    def coverage(self, concepts: list[Concept], sentence_ids: list[int]) -> dict[int, tuple[float, set[str]]]:
        """For each sentence: the weighted share of concepts it covers, and which."""
        covered: dict[int, set[str]] = {sid: set() for sid in sentence_ids}
        if not sentence_ids or not concepts:
            return {sid: (0.0, set()) for sid in sentence_ids}
        for c in concepts:
            rows = self.concept_rows(c)
            for sid in covered:
                if sid in rows:
                    covered[sid].add(c.label)
        total = sum(c.weight for c in concepts) or 1.0
        weights = {c.label: c.weight for c in concepts}
        return {sid: (share(weights, labels, total), labels) for sid, labels in covered.items()}

    def article_coverage(self, concepts: list[Concept], article_ids: list[str]) -> dict[str, float]:
        """For each article: the weighted share of concepts that some sentence of it covers."""
        if not article_ids or not concepts:
            return {}
        covered: dict[str, set[str]] = {a: set() for a in article_ids}
        for c in concepts:
            for a in self.concept_articles(c) & covered.keys():
                covered[a].add(c.label)
        total = sum(c.weight for c in concepts) or 1.0
        weights = {c.label: c.weight for c in concepts}
        return {a: share(weights, labels, total) for a, labels in covered.items()}


def swaps(word: str) -> list[str]:
    """The word with two adjacent letters typed the wrong way round, each way it can be."""
    return [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)]


def doubled(word: str) -> list[str]:
    """The word with one of its letters typed twice, each way it can be ("acess" -> "access")."""
    return [word[:i + 1] + word[i] + word[i + 1:] for i in range(len(word)) if word[i].isalpha()]


# Verbs in -ee, whose past is -eed ("freed"); any other -eed word is a word of its own ("feed").
_EE_VERBS = frozenset("free agree disagree decree guarantee referee oversee foresee".split())


def inflections(word: str) -> list[str]:
    """Forms the porter stemmer does not fold together ('die'/'died' -> 'die'/'di')."""
    if len(word) >= 4 and word.isalpha() and word.endswith(("us", "is")):
        # "surplus" / "surpluses", "crisis" / "crises": singulars in s the stemmer cuts apart
        return [word + "es"] if word.endswith("us") else [word[:-2] + "es"]
    if len(word) < 3 or not word.isalpha() or word.endswith(("s", "ing")):
        return []  # plurals and -ing forms: the stemmer folds them already
    if word.endswith("ee") and len(word) <= 3:
        forms = [word + "s"]  # "fee" is not "feed", "see" not "seed"
    elif word.endswith("e"):
        forms = [word + "s", word + "d", word[:-1] + "ing"]
    else:
        forms = [word + "s", word + "ed", word + "ing"]
    if word.endswith("ied"):
        forms += [word[:-3] + "y", word[:-3] + "ies"]
    elif word.endswith("eed"):
        if word[:-1] in _EE_VERBS:
            forms.append(word[:-1])  # "freed" / "free"; "feed" is no "fee", "seed" no "see"
    elif word.endswith("ed"):
        # "used" / "use"; "led" is no "le"; "rated" is no "rat"
        forms += [x for x in (word[:-2], word[:-1]) if len(x) >= 3 and not (x == word[:-2] and takes_e(x))]
    if word.endswith("y"):
        forms += [word[:-1] + "ies", word[:-1] + "ied"]
    # an adverb's adjective: "deliberately" / "deliberate", "happily" / "happy" (see also adverb)
    if word.endswith("ily") and len(word) >= 6:
        forms.append(word[:-3] + "y")
    elif word.endswith("ly") and len(word) >= 6:
        forms.append(word[:-2])
    return forms


def adverb(word: str) -> str | None:
    """An adjective's adverb: "wrong" / "wrongly". Most words have none, so the caller keeps it
    only when the pack prints it."""
    if len(word) < 4 or not word.isalpha() or word.endswith(("ly", "s", "ing", "ed")):
        return None
    return word[:-1] + "ily" if word.endswith("y") else word + "ly"


def name_words(name: str) -> list[str]:
    """A name as the text prints it, and without its small words: "Duchy of Cornwall" is not
    the phrase "duchy cornwall" (the index keeps "of")."""
    return list(dict.fromkeys([" ".join(content_words(name)), " ".join(name.lower().split())]))


def expand(word: str) -> list[str]:
    """A question word and the words an article may use instead: the paraphrase lexicon, the
    short list above, the forms of an irregular verb, and inflections the stemmer does not fold."""
    base = IRREGULAR.get(word)  # "lying" -> lie, lies, lied
    alike = [*lexicon_expand(word), *(SYNONYMS[word].split("|") if word in SYNONYMS else ())]
    # ... and the past forms of a synonym given as an irregular verb's base or gerund: "concealed"
    # is "hidden", not only "hide"; "cost" is "spent" as well as "spending" (a synonym given in a
    # past form, "paid", stays that form)
    alike += [f for x in alike[1:] if x != word and " " not in x and (forms := verb_forms(x))
              and (x == forms[0] or x.endswith("ing")) for f in forms[1:]]
    return list(dict.fromkeys([*alike, *verb_forms(word),
                               *inflections(word), *([base, *inflections(base)] if base else []),
                               *derived(word), *_ship(word), *_bare_figure(word), *_denied(word)]))


def _denied(word: str) -> list[str]:
    """'unwise' is what "he is not wise" says, 'undelivered' what "have not been delivered" does:
    a word of the prefix un- is its stem denied (a stem of four letters or more, so the prefix
    is one: not "under", "unit")."""
    if not (word.startswith("un") and len(word) >= 6 and word.isalpha()):
        return []
    return [f"not {word[2:]}", f"not been {word[2:]}", f"not be {word[2:]}"]


_PREFIXES = ("anti", "counter", "cross", "multi", "inter", "semi", "self", "post", "non", "pre", "pro", "mid", "co", "ex", "re", "over",
             "under", "super")


def hyphenated(word: str) -> str | None:
    """'antisemitism' as an article may print it, "anti-Semitism" (the index splits it in two):
    a prefix and the rest, as a phrase ('reengage' is "re-engaging": only a word the pack never
    prints is read so, and only when the pack prints the phrase)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4 and word.isalpha():
            return f"{prefix} {word[len(prefix):]}"
    return None


def closed_splits(word: str) -> list[str]:
    """'firebombings' as an article may print it, "fire-bombings" (the index splits it in two):
    the two words of a closed compound, each of at least COMPOUND_PART letters and no small
    word, as phrases to try (longest first half first); the caller keeps one the pack prints."""
    if not word.isalpha():
        return []
    n = COMPOUND_PART
    return [f"{word[:i]} {word[i:]}" for i in range(len(word) - n, n - 1, -1)
            if word[:i] not in STOPWORDS and word[i:] not in STOPWORDS]


# Numbers an article may write either way: "five years", "5 years".
NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split(), start=2)}
_DIGITS = {d: w for w, d in NUMBER_WORDS.items()}


def other_numeral(word: str) -> str | None:
    """'two' for '2' and '2' for 'two': the number written the other way, if it has one."""
    return NUMBER_WORDS.get(word.lower()) or _DIGITS.get(word)


# Proportions a claim states as exactly as a figure: "cut by half" is not "by one-fifth".
FRACTIONS = frozenset("half halve halved halving quarter fifth tenth double doubled treble trebled triple tripled".split())


_ORDINAL_DIGITS = {w: f"{i}{'st' if i % 10 == 1 and i != 11 else 'nd' if i % 10 == 2 and i != 12 else 'rd' if i % 10 == 3 and i != 13 else 'th'}"
                   for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                                         "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
                                         "twentieth".split(), start=1)}
_ORDINALS = {d: w for w, d in _ORDINAL_DIGITS.items()}
ORDINAL_WORDS = _ORDINALS  # "4th" -> "fourth"


# Words of magnitude and the token of a figure of that size, as the index reads it.
_MAGNITUDES = {"thousand": "000", "thousands": "000", "hundred": "100"}


def _bare_figure(word: str) -> list[str]:
    """'390bn' is also the '390' of "$390 billion" (the tokenizer keeps '390bn' whole); 'five'
    is '5' and '5' is 'five'; 'thousands' is a figure in thousands ("25,000", which the index
    reads as '25' '000'), and 'a hundred' is '100'."""
    if word in NUMBER_WORDS or word in _DIGITS:
        return [NUMBER_WORDS.get(word) or _DIGITS[word]]
    if word in _ORDINALS or word in _ORDINAL_DIGITS:  # "4th" is "fourth", "eleventh" is "11th"
        return [_ORDINALS.get(word) or _ORDINAL_DIGITS[word]]
    if word in _MAGNITUDES:  # "thousands of staff" are "25,000 people"; "a hundred quid" is "£100"
        return [_MAGNITUDES[word]]
    m = re.fullmatch(r"(\d[\d.]*)(?:bn|m|k|tn|billion|million|trillion)", word)
    return [m.group(1)] if m else []


# Words at least this long share a stem of this length with their derivations.
DERIVED_MIN, DERIVED_STEM = 9, 7


def derived(word: str) -> list[str]:
    """Words of the same stem in another part of speech, as an FTS prefix: 'scrutinised' and
    'scrutiny', 'hypocritical' and 'hypocrisy' (porter folds inflections, not derivations).
    Long words only, so the shared stem is long enough to mean the same thing. A prefix the
    pack may hyphenate before a vowel: 'coordinating' is also "co-ordinate", 'reelect' "re-elect"."""
    if len(word) < DERIVED_MIN or not word.isalpha():
        return []
    n = _stem_length(word)
    out = [word[:n] + "*"]
    for prefix, vowels in (("co", "aeiou"), ("re", "e"), ("pre", "e")):
        if word.startswith(prefix) and word[len(prefix)] in vowels:
            out.append(f"{prefix} {word[len(prefix):n]}*")
    # "organisation" / "organization", and "unrecognisable" is what "won't recognize" says: the
    # words whole, for the index stems them ("recognize" is "recogn", "recognise" "recognis")
    forms = [word]
    if word.startswith("un") and word.endswith(("able", "ible")) and len(word) >= DERIVED_MIN + 2:
        forms = [word[2:-4], word[2:-4] + "e"]
    for form in list(forms):
        if m := _ISE.search(form):
            forms.append(form[:m.start()] + ("iz" if m.group(0) == "is" else "is") + form[m.end():])
    out += [f for f in forms if f != word and len(f) >= 5]
    return out


# Words of another meaning that share their first DERIVED_STEM letters: a professor is no
# profession, an executive no execution, a constituency no constitution, conservatives no
# conservation, a community no communist, nothing international internal.
_DERIVED_APART = ("professor", "profession", "executive", "execution", "constituency", "constitution",
                  "conservative", "conservation", "community", "communist", "communication", "international", "internal")


def _stem_length(word: str) -> int:
    """How much of the word its derivations share: DERIVED_STEM letters, or as many more as part
    it from a word of another meaning that shares them ('professi' for "professional", not "professor")."""
    near = [len(os.path.commonprefix([word, f])) for f in _DERIVED_APART if f[:DERIVED_STEM] == word[:DERIVED_STEM]]
    own = max(near, default=0)
    return max([DERIVED_STEM] + [k + 1 for k in near if k < own])


_ISE = re.compile(r"i[sz](?=(?:e|ed|es|ing|ation|ations|er|ers|able)$)")


_SHIP_BASES = ("er", "or", "man", "ion", "zen", "end")


def _ship(word: str) -> list[str]:
    """'member' and 'membership', 'leader' and 'leadership': one idea ("his membership of UKIP"
    answers how long he was a UKIP member)."""
    base = re.sub(r"ships?$", "", word)
    if not word.isalpha() or len(base) < 4 or not base.endswith(_SHIP_BASES):  # not "hardship", "worship"
        return []
    return [base, base + "s"] if base != word else [word + "ship", word + "ships"]


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in ACRONYM_SKIP)


def _spellings(word: str, text: str) -> list[str]:
    """The spelt-out forms of the acronym in one sentence: the words right before "(ACRONYM)"
    whose initials are its letters, or the words inside the brackets after "ACRONYM (...)"."""
    letters = word[:-1] if word.endswith("s") and len(word) > ACRONYM_MIN else word
    out = []
    for m in re.finditer(r"((?:[\w'’]+[\s-]+){1,8})\(\s*" + re.escape(word) + r"\s*\)", text, re.IGNORECASE):
        before = re.split(r"[\s-]+", m.group(1).lower().strip())
        for start in range(len(before) - 1, -1, -1):
            if _initials(before[start:]) == letters and before[start] not in ACRONYM_SKIP:
                out.append(" ".join(before[start:]))
                break
    for m in re.finditer(r"\b" + re.escape(word) + r"\s*\(([^()]{3,80})\)", text, re.IGNORECASE):
        inside = re.split(r"[\s-]+", m.group(1).lower().strip())
        if _initials(inside) == letters:
            out.append(" ".join(inside))
    return out
