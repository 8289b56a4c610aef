"""Concepts: a question's words read as the ideas search weighs.

An actor named in the question becomes one concept matched by all its names; a phrase of the
lexicon ("stand down"), a share ("three quarters"), a sum ("three billion quid") or a compound
("break-up") becomes one concept; every other content word becomes a concept of its own, with
its synonyms and the spellings the pack prints. Built per question from in-memory tables and
FTS counts: no article is read.
"""

from __future__ import annotations

import re

from bot.answer.actors import Actor, ActorHit, tokens
from bot.answer.lexicon import LONG_PHRASES, PHRASES, SYNONYMS, VERB_FORMS, comparative, superlative
from bot.answer.lexicon import expand as lexicon_expand
from bot.answer.roles import RoleLookup
from bot.answer.search import NUMBER_WORDS, Concept, adverb, expand, fts_term, hyphenated, other_numeral, swaps
from bot.answer.thresholds import EPITHET_SHARE
from bot.answer.words import REPORT_VERBS, STOPWORDS, content_words
from bot.names import fold


class ConceptReader(RoleLookup):
    """The part of the Engine that turns question text into concepts (needs self.actors, self.search)."""

    def concepts(self, text: str | None, extra_stop: frozenset[str] = frozenset(), owners_asked: bool = False) -> list[Concept]:
        """Actors named in the text become actor concepts; other words, word concepts. With
        owners_asked (the topic of someone's remarks), "Trump's Sudan policy" keeps its owner."""
        if not text:
            return []
        text = _GOING_ON.sub("", text)  # "why do whales keep stranding": the stranding is asked, not a keeping
        text = _GOING_TO.sub(_future, text)  # "going to overtake": will overtake
        # "turn facebook down" is "turn down facebook": the lexicon's phrase, its object after it
        text = _SPLIT_PARTICLE.sub(lambda m: f"{m.group(1)} {m.group(3)} {m.group(2)}"
                                   if _phrase_of(m.group(1).lower(), m.group(3).lower()) else m.group(0), text)
        text = _ELSE.sub("", text)
        text = _AS_A_CHILD.sub("", text)  # "skipping school as a boy": when in his life, not a word the answer holds
        text = _OWN.sub(r"\1", text)  # "line their own pockets" is the lexicon's "line their pockets"
        text = _YEAR_SPAN.sub(_years_spanned, text)  # "donations 2001-03": from 2001 to 2003, not a word "03"
        concepts: list[Concept] = []
        hits = self.actors.find_in(text)
        actor_words: set[str] = set()
        toks = tokens(text)
        words_in = [w for w, _ in toks]
        taken = {i for h in hits for i in range(h.start, h.end)}
        epithet = _epithets([f for _, f in toks], hits)
        title_case = len(words_in) > 2 and not any(t[:1].islower() for t in words_in[1:])  # "What Did Blair Say"
        starts = {h.start for h in hits}
        owners: set[str] = set()
        for h in hits:
            if h.actor.kind == "person" and h.end < len(words_in) and words_in[h.end].lower() in _SEATS:
                actor_words.add(words_in[h.end].lower())  # "Robert Jackson MP": his seat says who he is, as his name does
            if h.end - h.start == 1 and h.span.islower() and h.end < len(words_in) \
                    and _phrase_of(h.span, words_in[h.end].lower()):
                continue  # "fed up" is the lexicon's phrase, not the Fed
            if h.actor.kind == "person" and h.end - h.start == 1 and h.end in starts:
                if not (owners_asked and re.search(r"['’]s?$", words_in[h.start])):
                    # "North" + "Pacific": one word of a longer name, not someone surnamed North;
                    # "Musharraf's London visit": the story's subject, which its sentences may leave implicit
                    actor_words.update(content_words(h.span))
                    continue
                # "what did Reeves say about Trump's Sudan policy": the owner tells which of Reeves's
                # remarks answer; weighed as an epithet is, since a story about him may leave him implicit
                owners.add(f"actor:{h.actor.id}")
            longer = None if title_case or h.start in epithet else _name_run(words_in, h, taken)
            if longer:  # "Amazon Go", "Israel Defense Forces": a longer name than the actor's; match it whole
                place, _, seat = longer.rpartition(" ")
                # ... but "the Grantham MP" is the articles' "the MP for Grantham and Stamford"
                held = [f"{seat} for {place}"] if seat.lower() in _SEATS and self.search.df(fts_term(f"{seat} for {place}") or '""') else []
                concepts.append(Concept("name:" + longer, words=[longer, *held]))
                actor_words.update(content_words(longer))
                if not re.search(r"['’]s?$", words_in[h.end - 1]):
                    continue
                # "ITV's Vote For Me": the owner, and the name it owns
            pair = self._pair_of_people(h.actor)
            if pair:  # "the Blair-Brown feud": Blair and Brown, not a one-off "actor" Blair-Brown
                for a in pair:
                    concepts.append(Concept(f"actor:{a.id}", words=[_name_phrase(a.name)],
                                            actor_ids={a.id} | self.actors.family(a)))
                actor_words.update(content_words(h.span))
                continue
            # The name as a phrase ("jack cunningham", "commission for africa"), not its words:
            # "Jack" alone is any Jack.
            phrase = _name_phrase(h.span)
            # "the us" is the United States, but the word "us" in the articles is mostly "we":
            # a name that is also a stop word is matched by its mentions and its full name only
            printed = [w for w in _printed_forms(phrase) if w not in STOPWORDS] or [_name_phrase(h.actor.name)]
            if h.score < 100:  # "goverment", "netanyahoo": the name as the articles print it
                printed.append(_name_phrase(h.actor.name))
            if re.fullmatch(r"[A-Z]{2,5}", h.actor.name):  # letters a story may spell otherwise: "SAS", "special forces"
                printed += [x for x in lexicon_expand(phrase) if x != phrase]
            same = self.actors.family(h.actor) | {a.id for a in self.actors.variants(h.actor)}
            placed = h.start > 0 and words_in[h.start - 1].lower() in _LOCATIVE  # "talks in Moscow": the city
            if not placed and (country := self._governed_from(h.actor)) is not None:
                same |= {country.id} | self.actors.family(country)  # "asked Washington": asked the US
            spelt, spelt_in = self.search.spelt_out(phrase)
            called, called_in = self.called_after(h.actor)
            spelt, spelt_in = spelt + called, spelt_in | called_in
            concepts.append(Concept(f"actor:{h.actor.id}", words=printed, actor_ids={h.actor.id} | same,
                                    spelt=spelt, spelt_in=spelt_in))
            actor_words.update(content_words(h.span))
        words = [w for w in content_words(text, extra_stop) if w not in actor_words]
        for m in _LETTER_COMPOUND.finditer(text):  # "the e-university", "a U-turn": not any university, any turn
            pair = f"{m.group(1)} {m.group(2)}".lower()
            concepts.append(Concept(pair.replace(" ", "-"), words=[pair, pair.replace(" ", "")]))
            words = [w for w in words if w != m.group(2).lower()]
        for c, used in _number_phrases(text):  # "three quarters", "18-year-olds": one idea each
            concepts.append(c)
            words = [w for w in words if w not in used]
        lowered = " ".join(text.lower().split())
        for m in LONG_PHRASES.finditer(lowered):  # "bit by bit", "on purpose": one idea each
            concepts.append(Concept(m.group(0), words=list(expand(m.group(0)))))
            used = set(content_words(m.group(0)))
            words = [w for w in words if w not in used]
        names = {w.lower() for w in words_in[1:] if w[:1].isupper()}  # a name is not misspelt
        i = 0
        while i < len(words):
            pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
            joined = pair.replace(" ", "-")
            if joined and joined in lowered and joined in SYNONYMS:  # "make-believe": one word, not make + believe
                concepts.append(Concept(joined, words=expand(joined) + [pair]))
                i += 2
                continue
            if joined and words[i] in _BOUND_PREFIXES and re.search(r"(?<![\w-])" + re.escape(joined) + r"(?![\w-])", lowered):
                # "non-users", "anti-war": one word the pack may print open or closed, not "non" + "users"
                concepts.append(Concept(joined, words=[pair, joined.replace("-", ""), *_before_year(words[i], words[i + 1])]))
                i += 2
                continue
            if joined and words[i + 1] in _PARTICLES and re.search(r"(?<![\w-])" + re.escape(joined) + r"(?![\w-])", lowered):
                # "break-up fee": the pack may print it closed, "breakup"; each half finds that too
                closed = joined.replace("-", "")
                concepts += [Concept(words[i], words=expand(words[i]) + [closed]), Concept(words[i + 1], words=[words[i + 1], closed])]
                i += 2
                continue
            phrase = _phrase_of(words[i], words[i + 1]) if pair and pair in lowered else None
            # ("come back to Parliament", "go back to Kenya" is a return all the same)
            if phrase and phrase.split()[0] in ("go", "come") and phrase.split()[1] != "back" and (bound := re.search(
                    r"\b" + re.escape(pair) + r"\s+(?:to|from)\s+(?:the\s+)?([a-z][\w'’-]*)", lowered)) \
                    and bound.group(1) not in STOPWORDS | {"nearly", "almost", "roughly", "approximately"}:
                phrase = None  # "going up to Sheffield" is a journey, not a rise ("going up to 5%", "go up to under £60" are)
            if phrase:  # "stand down", "standing down" are one idea: resign, quit ...
                concepts.append(Concept(pair, words=expand(phrase) + ([pair] if pair != phrase else [])))
                i += 2
                continue
            word, joined = words[i], []
            if word not in names and self.search.df(fts_term(word) or '""') == 0:
                if _slipped_stopword(word):  # "in teh campaign": a small word typed askew
                    i += 1
                    continue
                split = hyphenated(word)  # "antisemitism": the pack prints "anti-Semitism"
                if split and self.search.df(fts_term(split) or '""'):
                    joined = [split]
                elif not any(self.search.df(fts_term(w) or '""') for w in expand(word)[1:]):
                    # "goverment": a slip; not "testifying", a word the pack says otherwise ("giving evidence")
                    word = self.search.spelling(word) or word
            if word in _HEADLINE_NOUNS and _headline_noun(word, lowered):
                joined += _HEADLINE_NOUNS[word]  # "Blair's school sport push": his initiative, not a shove
            if re.search(r"\bhow " + re.escape(word) + r"\b", lowered):
                joined += _degrees(word)  # "how close is Blair to Bush": "closer to President Bush than any other"
            if (ly := adverb(word)) and self._own_stem(ly, word):
                joined.append(ly)  # "the wrong person" is "wrongly given"
            if (n := NUMBER_WORDS.get(word) and word or other_numeral(word)) and words[i + 1:i + 2] == ["times"] \
                    and re.search(rf"\b{re.escape(word)} times (?:more|fewer|less|as|higher|lower|bigger|smaller|greater)\b", lowered):
                joined.append(f"{n}fold")  # "six times fewer shipments" is a "sixfold reduction": the multiple is the number
            spelt, spelt_in = self.search.spelt_out(word)
            concepts.append(Concept(words[i], words=expand(word) + joined, spelt=spelt, spelt_in=spelt_in))
            i += 1
        self.search.weigh(concepts)
        if epithet:  # "BNP leader Nick Griffin": the words say who he is; an answer may leave them out
            said = {toks[i][1] for i in epithet} | {f"actor:{h.actor.id}" for h in hits if h.start in epithet}
            for c in concepts:
                if c.label in said:
                    c.weight *= EPITHET_SHARE
        for c in concepts:
            if c.label in owners:
                c.weight *= EPITHET_SHARE
        if setting := _WHILE_THERE.search(text):
            # "what did Straw sign while he was in Beijing": where he was sets the scene; the
            # signing is asked, and the answer may not repeat the place
            there = set(content_words(setting.group(1)))
            scene = there | {f"actor:{h.actor.id}" for h in hits if set(content_words(h.span)) <= there}
            for c in concepts:
                if c.label in scene and len(scene) < len(concepts):
                    c.weight *= EPITHET_SHARE
        return concepts

    def _governed_from(self, actor: Actor) -> Actor | None:
        """The country a capital stands for in news ("lobbying Washington", "talks with Moscow"),
        when the pack names that country."""
        country = _CAPITALS.get(fold(actor.name))
        return self.exact_actor(country) if country and actor.kind == "place" else None

    def called_after(self, actor: Actor) -> tuple[tuple[str, ...], frozenset[str]]:
        """What a story that names a bill or a body calls it after ("the bill", "the commission"),
        and the stories that name it: a concept of the actor matches those words there."""
        called = self._document_words(actor)
        if not called:
            return (), frozenset()
        # ... and in the stories that name it by its initials alone: "the union" after "the PCS",
        # asked as "the PCS union"
        same = [actor, *(a for i in sorted(self.actors.family(actor)) if (a := self.actors.by_id.get(i)) and a.name.isupper())]
        return called, frozenset(x for a in same for x in self._articles_naming(a))

    def _document_words(self, actor: Actor) -> tuple[str, ...]:
        """What a story calls a bill, act, treaty or paper it has named: its kind ("the bill", "the document")."""
        if actor.kind == "person":
            return ()
        name = fold(actor.name).split()
        if (kind := _DOCUMENT_WORDS.get(name[-1], ())) or actor.kind != "organization" or len(name) < 2:
            return kind
        # ... or a body by its head noun: "the Duchy of Cornwall" is "the duchy", "the Electoral Commission" "the commission"
        head = name[name.index("of") - 1] if "of" in name[1:] else name[-1]
        return (head,) if head in _BODY_HEADS else ()

    def _own_stem(self, form: str, word: str) -> bool:
        """The pack prints this form of the word, and the stemmer does not already fold the two
        ("peoplely" is stemmed as "people"; "wrongly" is not "wrong")."""
        ids = self.search.rowids(fts_term(form) or '""')
        return bool(ids) and ids != self.search.rowids(fts_term(word) or '""')

    def _pair_of_people(self, actor: Actor) -> list[Actor]:
        """The two people a hyphenated or slashed "name" joins ("Blair-Brown", "Brown/Blair"),
        when each half names one."""
        halves = re.split(r"\s*[-/]\s*", actor.name)
        if len(halves) != 2 or actor.kind == "person" and actor.mentions > 1:
            return []
        people = [self.exact_actor(h) for h in halves]
        if all(a is not None and a.kind == "person" and a.id != actor.id for a in people) and people[0] != people[1]:
            return people
        return []


# Capitals that news uses for their governments: a question's "Washington" is answered by "the US".
_CAPITALS = {"washington": "US", "moscow": "Russia", "ankara": "Turkey", "beijing": "China", "tehran": "Iran",
             "damascus": "Syria", "kremlin": "Russia", "pyongyang": "North Korea", "seoul": "South Korea",
             "kiev": "Ukraine", "kyiv": "Ukraine", "riyadh": "Saudi Arabia", "cairo": "Egypt", "khartoum": "Sudan"}

_LOCATIVE = frozenset("in at to from into near outside around inside across".split())

# The small second half of a compound printed hyphenated or closed: "break-up"/"breakup", "sell-off".
_PARTICLES = frozenset("up down off out in over back on away".split())
# Prefixes that are no word alone: "non-users" is one idea.
_BOUND_PREFIXES = frozenset("non anti counter multi semi pre mid".split())


def _before_year(prefix: str, word: str) -> list[str]:
    """"pre-1997" is "before 1997", and "pre-97" the year 1997 too: how an article says it."""
    if prefix != "pre" or not re.fullmatch(r"\d{2}|1[6-9]\d\d|20\d\d", word):
        return []
    year = word if len(word) == 4 else ("19" if int(word) >= 30 else "20") + word
    return list(dict.fromkeys([f"before {word}", f"before {year}"]))


# A word hyphened to a single letter: "e-university", "U-turn", "x-ray".
_LETTER_COMPOUND = re.compile(r"(?<![\w-])([A-Za-z])-([A-Za-z]{2,})(?![\w-])")


# What a named body is, which its story goes on to call it by.
_BODY_HEADS = frozenset("commission committee council agency authority duchy department union association federation "
                        "institute foundation tribunal inquiry panel board society bank company watchdog".split())

# A named bill, act, law, treaty or paper, as the story goes on to call it.
_DOCUMENT_WORDS = {
    "bill": ("bill", "legislation", "laws", "law"), "act": ("act", "legislation", "law"),
    "law": ("law", "laws", "legislation"), "treaty": ("treaty", "constitution"),
    "constitution": ("constitution", "treaty"), "directive": ("directive",), "convention": ("convention",),
    "paper": ("paper", "document"), "dossier": ("dossier", "document"), "manifesto": ("manifesto", "document"),
}

# "what else did X warn about apart from Y": "else" and "apart from" ask for something other than
# Y, words no answer holds ("he also cautioned members against ..."); what is set apart stays
_ELSE = re.compile(r"(?i)\s*\b(?:else|apart from|aside from|besides|except for|except)\b")
# "their own", "his own": "own" only stresses whose, and would break a phrase ("line their pockets")
_OWN = re.compile(r"(?i)\b(their|his|her|its|our|my|your) own\b")
# A span of years with the second cut to its last two digits: "2001-03" ("2003/04", a year of
# accounts, is printed so by the stories too)
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)[-–](\d\d)\b(?![-–/])")


def _years_spanned(m: re.Match) -> str:
    """The span "2001-03" as "2001 to 2003": the years a story names ("in 2001, 2002 and 2003")."""
    start = int(m.group(1))
    end = start // 100 * 100 + int(m.group(2))
    return f"{start} to {end if end > start else end + 100}"  # ("1999-00": to 2000)


_AS_A_CHILD = re.compile(r"(?i)\s+(?:as an?|when (?:he|she) was an?) (?:boy|girl|child|kid|teenager|youngster|young (?:man|woman)|"
                         r"schoolboy|schoolgirl|pupil)\b")
# Who sits for a place: "the Grantham MP" is "the MP for Grantham".
_SEATS = frozenset("mp msp mep am mla".split())


def _degrees(word: str) -> list[str]:
    """The comparative and superlative of the short adjective a "how" question asks the degree
    of: a story answers "how close is X to Y" by "X has been closer to Y than ..." (the stemmer
    folds neither "closer" nor "cheapest" into the adjective; a longer one is "more popular")."""
    return [comparative(word), superlative(word)] if word.isalpha() and 3 <= len(word) <= 6 else []


# Headline nouns a story spells out in plain words: "Blair's school sport push" is "a £500m initiative",
# "his push for women's votes" his campaign; a noun after a determiner, an owner or an adjective, or
# ending the question ("could push people" and "pushing loans" are verbs)
_HEADLINE_NOUNS = {"push": ["campaign", "initiative", "drive"], "pushes": ["campaigns", "initiatives", "drives"]}
_NOUN_BEFORE = frozenset("a an the his her its their our this that new latest fresh big major renewed final".split())
_VERB_BEFORE = frozenset("to be can could may might must will would should shall did do does not and they we you i".split())


def _headline_noun(word: str, lowered: str) -> bool:
    for m in re.finditer(r"(\S+)\s+" + re.escape(word) + r"\b(.*)$", lowered):
        before, after = m.group(1), m.group(2)
        if before in _NOUN_BEFORE or before.endswith(("'s", "’s")) or not after.strip(" ?.!") and before not in _VERB_BEFORE:
            return True
    return False


# A clause that says where or when the deed asked about was done: "while he was in Beijing".
_WHILE_THERE = re.compile(r"(?i)\b(?:while|when) (?:he|she|they|it|we) (?:was|were|is|are) (?:in|at|visiting|on a visit to) (.+)$")
# A verb and its particle around a short object: "turn Facebook down", "called the strike off".
_SPLIT_PARTICLE = re.compile(r"(?i)\b([a-z]{2,}) ((?:the |a |an |his |her |their |its )?[\w'’-]+) (down|up|off|out|back|over|away|aside)\b")
# A verb that only says a deed goes on: "keep stranding", "kept losing".
_GOING_ON = re.compile(r"(?i)\b(?:keep|keeps|kept|keeping)\s+(?=\w{3,}ing\b)"
                       r"|\b(?:going|gonna)\s+(?:to\s+)?(?=(?:be|have)\s+\w)")  # "aren't going to be released": a future, no journey
# "when are interest payments going to overtake ...": before a verb's plain form, a future
_GOING_TO = re.compile(r"(?i)\b(?:going\s+to|gonna)\s+(?=([a-z]+)\b)")


def _future(m: re.Match) -> str:
    """"going to" before a verb says when, not where: "going to overtake" is "will overtake",
    while "going to Auschwitz", "going to war" stay a journey. A verb is known by its irregular
    forms (the lexicon's table), so a plain noun is never taken for one."""
    verb = m.group(1).lower()
    return "" if VERB_FORMS.get(verb, ("",))[0] == verb else m.group(0)


def _slipped_stopword(word: str) -> bool:
    """'teh', 'adn', 'waht': a small word with two letters typed the wrong way round."""
    return len(word) <= 5 and any(w in STOPWORDS for w in swaps(word))


def _phrase_of(first: str, second: str) -> str | None:
    """The lexicon's two-word phrase these words are, in any inflection of the first word:
    "standing down" -> "stand down", "steps down" -> "step down"."""
    for base in (first, *_bases(first)):
        if f"{base} {second}" in PHRASES:
            return f"{base} {second}"
    return None


def _bases(word: str) -> list[str]:
    """Candidate uninflected forms of a word ('standing' -> stand, stande; 'stepped' -> stepp,
    steppe, step): only those the lexicon holds will match."""
    out = []
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + (1 if suffix == "ing" else 2):  # "going up" -> go up
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "stepped" -> step
    return out


def _name_run(tokens: list[str], hit: ActorHit, taken: set[int]) -> str | None:
    """The actor's name with the capitalised words right after it that no other actor took:
    'Amazon Go' around the actor Amazon ('New Year' alone after "Howard's"). None when the
    name stands alone."""
    end = hit.end
    # "Howard's New Year message": after a possessive, the capitalised words are a name of their own
    start = hit.end if re.search(r"['’]s?$", tokens[end - 1]) else hit.start
    while end < len(tokens) and end not in taken and tokens[end][:1].isupper() and tokens[end] not in ("I", "A"):
        if hit.actor.kind == "person" and tokens[end].lower() in _SEATS:
            break  # "Robert Jackson MP": his seat, not more of his name
        end += 1
    if end == hit.end:
        return None
    return " ".join(t.lower() for t in tokens[start:end])


# Short forms a name may open with, and the adjective an article may print instead:
# "the EU constitution" is "the European constitution".
_SHORT_FORMS = {"eu": "european", "uk": "british", "us": "american", "u.s.": "american"}


def _number_phrases(text: str) -> list[tuple[Concept, set[str]]]:
    """Phrases of numbers that are one idea, each with the question words it stands for:
    a share ("three quarters of people" is "75% of respondents", "a fifth" is "one-fifth") and
    an age group ("18-year-olds" is not 18 + year + olds; the article may say "18s")."""
    out = []
    for m in _SHARE.finditer(text):
        n, d = m.group(1).lower(), (m.group(2) or m.group(3)).lower()
        num = 1 if n in ("a", "one") else int(NUMBER_WORDS.get(n, n))
        den = _DENOMINATORS.get(d) or int(NUMBER_WORDS.get(d, d))
        if not 0 < num < den or _ordinal(text, m):
            continue
        share = 100 * num / den
        said = re.sub(r"[\s-]+", " ", m.group(0).lower())
        forms = [said] + ([f"a {d}", f"one {d}"] if num == 1 and m.group(3) else [])
        if m.group(2):  # "1 in 8" is "one in eight", and the other way round
            forms.append(f"{'one' if num == 1 else other_numeral(n) or n} in {other_numeral(d) or d}")
            forms.append(f"{num} in {den}")
        # ... and "one in three" is "a third", and the other way round
        # ("one in two" is said of a chance, seldom "a half")
        part = next((w for w, x in _DENOMINATORS.items() if x == den and not w.endswith("s")), None) if num == 1 and den > 2 else None
        if part and m.group(2):
            forms += [f"a {part}", f"one {part}"]
        elif part:
            forms += [f"one in {other_numeral(str(den))}", f"1 in {den}"]
        figures = [str(x) for x in (int(share), round(share))]
        out.append((Concept(f"share:{said}", words=list(dict.fromkeys(forms + figures))), set(content_words(m.group(0)))))
    for m in _SPAN_MODIFIER.finditer(text):  # "24 hour drinking": the 24 of "24-hour", not of "24 categories"
        n, unit = (m.group(1) or m.group(3)).lower(), (m.group(2) or m.group(4)).lower()
        alt = other_numeral(n)  # "2-year maximum" is "two-year maximum"
        out.append((Concept(f"{n}-{unit}", words=[f"{n} {unit}"] + ([f"{alt} {unit}"] if alt else [])), {n, unit, unit + "s"}))
    for m in _TURNING.finditer(text):  # "people turning 18": "celebrating their 18th birthday", "aged 18"
        n = m.group(1)
        out.append((Concept(f"turning-{n}", words=[f"{n}th birthday", f"aged {n}", f"turn {n}", f"turning {n}", f"turned {n}",
                                                    f"turns {n}", f"{n} year old", f"{n} year olds"]), {n, "turning", "turn", "turns", "turned"}))
    for m in _AMOUNT.finditer(text):  # "three billion quid" is "£3bn", "$4.8 billion" is "4.8bn"
        n, gap, unit = m.group(1).lower(), m.group(2), m.group(3).lower()
        big = "bn" if unit in ("billion", "bn") else "m"
        name = "billion" if big == "bn" else "million"
        if (low := _RANGE_LOW.search(text, 0, m.start())) and (first := other_numeral(low.group(1).lower())
                                                                if not low.group(1)[0].isdigit() else low.group(1)):
            # "10 or 11 billion", "two to three million": the unit is the first number's too ("£10bn or £11bn")
            out.append((Concept(f"amount:{first}{big}", words=list(dict.fromkeys(
                [f"{first}{big}", f"{first} {name}"] + ([f"{w} {name}"] if (w := other_numeral(first)) else [])))),
                set(content_words(low.group(0)))))
        if n[0].isdigit() and unit in ("bn", "m", "mn") and not gap:
            continue  # "£3bn" as the articles print it: a word of the question already
        single = n in ("a", "one")  # "a billion pounds" is "£1bn"
        n = "1" if single else other_numeral(n) if not n[0].isdigit() else n
        if n is None:
            continue
        forms = [f"{n}{big}", f"{n} {name}"] + ([f"{w} {name}"] if (w := other_numeral(n)) else []) \
            + ([f"one {name}", f"a {name}"] if single else [])
        used = set(content_words(m.group(0))) | {unit}
        out.append((Concept(f"amount:{n}{big}", words=list(dict.fromkeys(forms))), used))
    for m in _AGE_GROUP.finditer(text):
        n = m.group(1)
        out.append((Concept(f"{n}-year-olds", words=[f"{n} year old", f"{n} year olds", f"{n}s", f"aged {n}",
                                                    f"{n}th birthday"]), {n, "year", "years", "old", "olds"}))
    return out


_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
                 "tenth": 10, "tenths": 10}
# "a third", "three quarters", "one in five": a share an article may give as a percentage.
_SHARE = re.compile(r"\b(a|one|two|three|four|nine|\d)[ -](?:in[ -](two|three|four|five|six|seven|eight|nine|ten|\d+)\b|"
                    r"(half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b)", re.IGNORECASE)
# The word after "a third", "a fifth": a thing it numbers ("a third term", "a third Labour term":
# the one after the second) unless a little word, a verb of saying or a verb's past follows.
_AFTER_SHARE = re.compile(r"[ -]+([A-Za-z][\w'’-]*)")


def _ordinal(text: str, m: re.Match) -> bool:
    """"A third term" is the term after the second, no share of anything ("a third of voters",
    "cut by a third", "a third said so" are shares)."""
    if not m.group(3) or m.group(1).lower() != "a" or m.group(3).lower() not in ("third", "fifth", "tenth"):
        return False
    after = _AFTER_SHARE.match(text, m.end())
    word = after.group(1).lower() if after else ""
    return bool(word) and word not in STOPWORDS and not word.endswith("ed") and not re.fullmatch(REPORT_VERBS, word)


_UNITS = "hour|day|week|month|year|mile|minute"
# "24 hour drinking", "two-year maximum"; "two years under the bill" is a length of time, not a modifier
_SPAN_MODIFIER = re.compile(r"\b(?:(\d{1,3})[- ](" + _UNITS + r")s?|(" + "|".join(NUMBER_WORDS) + r")[- ](" + _UNITS + r"))"
                            r"[- ](?!olds?\b|ago\b|of\b|on\b|in\b|to\b|and\b)(?=[a-z]{3,})", re.IGNORECASE)
_TURNING = re.compile(r"\bturn(?:s|ed|ing)? (\d{2})\b(?![-.,]?\d|%| per)", re.IGNORECASE)
# A sum of money or a count in millions or billions, with the currency word it may carry.
_AMOUNT = re.compile(r"(?<![\w.])[£$€]?(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
                     r"|(?:a|one)(?=\s(?:billion|million)\b))"
                     r"(\s?)(billion|bn|million|mn|m)\b(?:\s(?:quid|pounds|dollars|bucks|euros))?", re.IGNORECASE)
# the lower end of a range whose upper end carries the unit: "10 or " of "10 or 11 billion"
_RANGE_LOW = re.compile(r"(?<![\w.])[£$€]?(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)"
                        r"\s*(?:or|to|and|-)\s*[£$€]?$", re.IGNORECASE)
_AGE_GROUP = re.compile(r"\b(\d{1,3})[- ]years?[- ]olds?\b", re.IGNORECASE)


def _printed_forms(phrase: str) -> list[str]:
    """The name as the question wrote it, and with a leading short form spelt as an adjective."""
    if not phrase:
        return []
    first, _, rest = phrase.partition(" ")
    if rest and first in _SHORT_FORMS:
        return [phrase, f"{_SHORT_FORMS[first]} {rest}"]
    return [phrase]


def _epithets(folded: list[str], hits: list[ActorHit]) -> set[int]:
    """Offsets of the words a question puts before a person's name that the person's own
    descriptions give: "BNP leader Nick Griffin", "aid worker Margaret Hassan", "Unison's Dave
    Prentis". They say who is meant; the answer need not repeat them ("Nick Griffin was
    arrested on Tuesday morning")."""
    out: set[int] = set()
    ending = {h.end: h for h in hits}
    for h in hits:
        if h.actor.kind != "person" or not h.actor.descriptions:
            continue
        described = {w for d in h.actor.descriptions for w in content_words(d)}
        k, run = h.start, []
        while k > 0 and h.start - k < 4:
            other = ending.get(k)
            if other is not None:
                if other.actor.kind == "person" or not set(content_words(other.span)) <= described:
                    break
                run += range(other.start, other.end)
                k = other.start
            elif folded[k - 1] in described:
                run.append(k - 1)
                k -= 1
            else:
                break
        out.update(run)
    return out


def _name_phrase(span: str) -> str:
    """A name as the words an article would print, for an FTS phrase: 'the Commission for
    Africa's' -> 'commission for africa' (stop words kept inside, article and possessive dropped)."""
    words = re.sub(r"['’]s?$", "", span.strip()).lower().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)
