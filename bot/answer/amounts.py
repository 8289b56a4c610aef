"""How much and how many: what a sum or a count question asks for, in the words a story gives
it by (a sum given is donated, a number cut is reduced, pay is earned), and the story's sentence
that counts what was asked."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer import lexicon
from bot.answer.asked import SIZE, THE_OR_OWNERS, counting, counts_exactly_in_words
from bot.answer.lexicon import VERB_FORMS
from bot.answer.search import NUMBER_WORDS, ORDINAL_WORDS, Concept, closed_splits, expand, fts_term
from bot.answer.words import STOPWORDS, YEAR, content_words
from bot.index.read import placeholders, story_text

if TYPE_CHECKING:
    from bot.answer.engine import Engine


# What "how many" counts, up to the verb that follows it: "how many poster designs did Labour ..."
# ("how many more claims ...": more of the same thing; "more" counts nothing)
_MORE = r"(?:more |extra |additional |further )?"
COUNTED_PHRASE = re.compile(r"(?i)\s*how many " + _MORE + r"((?:[\w-]+ ){0,2}?[\w-]+) (?:did|do|does|have|has|had|are|is|were|was|will|"
                             r"would|can|could|should|might|must)\b")
# ... or only its first word, when no verb follows the phrase
COUNTED_WORD = re.compile(r"(?i)\s*how many " + _MORE + r"(\w+)")


# Taking things away, in a "how many" question, and the words a story counts that by.
REMOVE = frozenset("rid scrap scraps scrapped scrapping axe axes axed axing abolish abolished abolishing "
                    "eliminate eliminated shed sheds shedding".split())
REDUCE_WORDS = ("cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "reduction", "reductions",
                 "slash", "slashed", "slashing")


# "give" in a question asking for a sum, and the words a story gives a sum given by.
GIVE = frozenset("give gives gave given giving".split())
GIFT_WORDS = ("donate", "donated", "donates", "donating", "donation", "donations", "contribute", "contributed",
               "contributes", "contributing", "contribution", "contributions")


# "How much is Gordon Brown paid as chancellor?", "how much does Kennedy earn": what someone
# is paid, and a sentence that says a sum received ("earns up to £30,000", "are typically paid
# $5", "netted him £480,000", "his salary", "the £100,000-a-year job"), not one of sums others
# pay or earn ("a rebate paid by pensioner households", "income tax for those earning more than
# £100,000", "buyers pay").
# (the pay word ends the question or a preposition follows it: not "cost to make", nor "paid maternity leave")
PAY_ASKED = re.compile(r"(?i)\s*how much (?:is|are|was|were|does|do|did|will|would) (?:\S+ ){1,6}?(?:(?:get|gets|being|be) )?"
                        r"(?<!to )(?:(?:paid|earn|earns|earning|make|making)(?:\s+(?:as|by|for|from|on|outside|in|at|a|per|each|every)\b.*)?|"
                        # ... or on a condition: "how much will Mayer get paid if the Verizon deal goes through"
                        r"(?:paid|earn|earns|earning)\s+(?:if|when|once|after|should|unless)\b.*)\W*$")
PAY_RECEIVED = re.compile(r"(?i)(?<!those )(?<!people )(?<!anyone )(?<!who )\bearn(?:s|ed|ing)?\b"
                           r"(?! (?:more|over|less|under|above|below)\b)|"
                           r"\b(?:is|are|was|were|be|being|been|get|gets|got|getting)\s+(?:\w+ly\s+)?paid\b(?! by\b)|"
                           r"\b(?:salary|salaries|wages?|remuneration|netted|pay (?:packet|rise|deal|award))\b|"
                           r"\bmak(?:es|ing)\b|\bmade (?:up to |about |around |over |more than )?[£$€]|"
                           r"[£$€]\d[\d,.]*k?[- ]a[- ](?:year|month|week|day)[- ](?:job|post|role|position)s?\b")


# What the pay asked about is for: "how much is Robin Cook paid for his Guardian column" -> guardian, column
_PAID_FOR = re.compile(r"(?i)\b(?:paid|earn|earns|earning|make|making)\s+(?:for|from)\s+(.+?)\W*$")
# ... and what a sum the story says paid or earned is for: "was paid between £45,001 and £50,000
# for the paperback edition of his book"
_SUM = r"[£$€]\s?\d[\d,.]*(?:\s?(?:bn|m|k|billion|million))?"
_SUM_PAID_FOR = re.compile(r"(?i)\b(?:paid|earned|earns|earning|received|receives|receiving|netted)\s+(?:[^.;:]{0,40}?\s)?"
                           + _SUM + r"(?:\s+(?:and|to)\s+" + _SUM + r")?\s+(?:(?:a|per|each) \w+\s+)?for\s+([^.;:,]+)")


def paid_for_asked(question: str) -> set[str]:
    """The content words of what the question asks the pay is for (none when it does not say)."""
    return set(content_words(paid_by_asked(question) or ""))


def paid_by_asked(question: str) -> str | None:
    """The words after "earn from" / "paid for" in the question: whom or what the pay asked is
    from ("bae systems", "his law firm"), for the caller to read as actors."""
    m = _PAID_FOR.search(question)
    return m.group(1) if m else None


def paid_for_other(text: str, asked: set[str]) -> bool:
    """The passage says what its sums were paid for, and each is something other than what was
    asked: a sum for a book is no answer to what a column pays."""
    if not asked:
        return False
    fors = [set(content_words(m.group(1))) for m in _SUM_PAID_FOR.finditer(text)]
    forms = asked | {x for w in asked for x in expand(w)}
    return bool(fors) and not any(f & forms for f in fors)


def counted_nouns(question: str) -> set[str]:
    """What "how many" counts, in every form a story may count it by: "how many uk soldiers are
    ..." -> uk, soldiers, troops ..."""
    whole = COUNTED_PHRASE.match(question) or COUNTED_WORD.match(question)
    nouns = {w.lower() for w in whole.group(1).split()} - STOPWORDS if whole else set()
    return {x for w in nouns for x in expand(w)} | nouns


# Who is counted when people are: any word for them may count them ("12 passengers", "5,000 marchers").
_ANYONE = frozenset("people persons ppl individuals folk".split())


def counts_else(text: str, counted: set[str]) -> bool:
    """A sentence without a figure whose exact counts in words all count something other than
    what was asked ("two white and five ethnic minority women" for votes; "four designs" for
    members). A count of people ("three people from Scotland") may count whoever is asked about,
    and a vague one ("several hundred properties" for homes) may count it by another word."""
    if not counted or re.search(r"\d", text) or not counts_exactly_in_words(text):
        return False
    return not counting(text, counted | _ANYONE, in_words=True)


def counted_kind(question: str) -> set[str]:
    """What "how many" counts, when it is a kind of thing an answer must name ("how many pets
    have ..." -> pets): not people, whom a story counts by any word, nor a verb ("how many died")."""
    whole = COUNTED_PHRASE.match(question) or re.match(r"(?i)\s*how many (\w+)\b(?! of\b)", question)
    if not whole:
        return set()
    words = [w.lower() for w in whole.group(1).split()]
    if _ANYONE & set(words) or any(w.endswith(("ed", "ing")) or _UNITS.fullmatch(w) for w in words) or not set(words) - STOPWORDS:
        return set()  # (nor "how many times", "how many years": "the 13th time" counts them)
    # ... by the phrase's last word, its noun: "how many Yahoo jobs" counts jobs, and a sentence
    # that names Yahoo ("a $144 million breakup fee" paid by Yahoo) names no jobs
    # (one of them, in the singular: "the fourth Unionist senator to defect")
    head = counted_head(question)
    one = head[:-3] + "y" if head and head.endswith("ies") else head[:-1] if head and head.endswith("s") else head
    return set(expand(head)) | {head, one} if head else counted_nouns(question)


# a place in a row, in words or figures: "fourth", "4th"
_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_ORDINAL = re.compile(r"(?i)\b" + _ORD + r"((?:\s+[\w-]+){1,3})")


def ordinal_of(text: str, kind: set[str]) -> bool:
    """The sentence counts the thing by its place in a row: "the fourth Unionist senator to defect"."""
    return any(kind & {w.lower() for w in m.group(1).split()} for m in _ORDINAL.finditer(text))


def other_ordinal(question: str, text: str) -> bool:
    """The question asks for a thing by its place in a row ("her first novel", "the second
    vote") and the passage gives only other places of that thing ("an advance for her third and
    fourth novels"): it tells of another one of the row."""
    told = _placed(text)
    return any(things & named and not places & held for places, things in _placed(question) for held, named in told)


def place_untold(e: Engine, question: str, article_id: str) -> bool:
    """The question asks for a thing by a later place in a row ("the seventh national truancy
    sweep") and the story the answer sits in never prints that place, but another ("the sixth of
    which will take place on Monday"): it tells of another one of the row, not the one asked. (A
    "first" is often told without the word, and not in a row: "the first time", "first minister".)"""
    asked = {w for places, things in _placed(question) if things for w in places} - {"first"}
    if not asked:
        return False
    text = story_text(e.reader, article_id)
    told = {ORDINAL_WORDS.get(w.lower(), w.lower()) for w in re.findall(r"(?i)\b" + _ORD + r"\b", text)}
    return not asked & told and bool(told - asked - {"first"})


# places in a row and the thing they are of: "the third and fourth novels", "her 1st novel"
_PLACED = re.compile(r"(?i)\b(" + _ORD + r"(?:(?:,|\s+(?:and|or|to))\s+" + _ORD + r")*)((?:\s+[a-z-]+){1,2})")


def _placed(text: str) -> list[tuple[set[str], set[str]]]:
    """Each row place a text names ("first", "1st" alike) and its thing's words up to a small word
    ("second impeachment vote against": impeachment, vote), without a plural's s."""
    out = []
    for m in _PLACED.finditer(text):
        if m.group(2).split()[0].lower() in NUMBER_WORDS:
            continue  # "our first two terms": a stretch of the row, not one place in it
        places = {ORDINAL_WORDS.get(w, w) for w in re.findall(r"\w+", m.group(1).lower()) if w not in ("and", "or", "to")}
        things = set()
        for w in m.group(2).lower().split():
            if not content_words(w):
                break
            things.add(w.removesuffix("s"))
        out.append((places, things))
    return out


def counted_head(question: str) -> str | None:
    """The noun "how many" counts, the last word of its phrase ("how many yahoo jobs will ..." ->
    jobs): the words before it say which of those things, not what is counted."""
    whole = COUNTED_PHRASE.match(question)
    words = [w.lower() for w in whole.group(1).split()] if whole else []
    # ... before a place or a time that says which: "how many adults in England have ..." -> adults
    words = words[:next((i for i, w in enumerate(words) if i and w in _AFTER_NOUN), len(words))]
    return words[-1] if words and words[-1] not in STOPWORDS else None


_AFTER_NOUN = frozenset("in of at on from for with to by across around under over".split())


# A figure that counts no things: a sum ("£1 an hour", "$4m"), a year ("in 2003"), a span or
# a frequency ("two years running", "three times").
_FIGURE = re.compile(r"(?i)(?<![\w.,])(?:[£$€¥]\s?)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|several)\b")
_SPANS = r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries"
_NOT_A_COUNT = re.compile(r"(?i)\s*(?:m|bn|k|million|billion)?\s*(?:pounds|dollars|euros|pence|p\b)|[\s-]*(?:" + _SPANS +
                          r"|times|o'clock|am\b|pm\b)")
_SUM = re.compile(r"(?i)[£$€¥]\s?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion|trillion)\b)?")
# ... and the units "how many" may ask by, which "the 13th time" or "two years" answer
_UNIT_WORDS = _SPANS + r"|times?|pounds|dollars|euros|pence"
_UNITS = re.compile(r"(?i)" + _UNIT_WORDS)


def counts_anything(text: str) -> bool:
    """The sentence holds a figure that may count things: not only sums, years and spans of time."""
    text = _SUM.sub(" ", text)  # ("a $144 million breakup fee": the million is the sum's)
    for m in _FIGURE.finditer(text):
        if m.group(0)[0] in "£$€¥" or re.fullmatch(r"(?:1[6-9]|20)\d\d", m.group(0)) or _NOT_A_COUNT.match(text, m.end()):
            continue
        return True
    return False


_PART = re.compile(r"(?i)\b(?:half|halves|quarters?|thirds?|fifths?|tenths?|twice|majority|minority|most|none|every|all)\b|%|\bper ?cent\b")


def figures_count_nothing(text: str) -> bool:
    """The sentence gives figures, and each is a sum, a year or a span of time ("deal with a visa
    application in about 11 minutes"), with no part of a whole nor a place in a count beside
    them: it counts nothing, whatever it names."""
    plain = _SUM.sub(" ", text)
    return (bool(_SUM.search(text)) or any(True for _ in _FIGURE.finditer(plain))) and not counts_anything(text) \
        and not _PART.search(plain) and not _ORDINAL.search(plain)  # ("the fourth Unionist senator to defect ... since 2001")


def shares_only(text: str) -> bool:
    """Every figure of the sentence is a share, which counts nothing: "UKIP won 31% of the vote"
    does not say how many votes, nor "70% of members would be elected" how many members."""
    text = _SUM.sub(" ", text)
    figures = [m for m in _FIGURE.finditer(text)
               if not (re.fullmatch(r"(?:1[6-9]|20)\d\d", m.group(0)) or _NOT_A_COUNT.match(text, m.end()))]
    return bool(figures) and all(_SHARE.match(text, m.end()) for m in figures)


# A place in a ranking: "did come first in Tower Hamlets", "finished a distant third", "in second place"
_RANK_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_RANK = re.compile(r"(?i)\b(?:came|come|comes|coming|finish(?:ed|es|ing)?|placed|ranked|ranks?|ranking)\s+"
                   r"(?:(?:a|an|the)\s+)?(?:(?:close|distant|joint|equal|overall)\s+)?" + _RANK_WORD + r"\b|"
                   r"\b(?:in|into|to) " + _RANK_WORD + r" place\b")


def ranks_only(text: str, amount: re.Pattern) -> bool:
    """The sentence's only figures are places in a ranking, which count nothing: "Respect ... did
    come first in Tower Hamlets" does not say how many votes it got."""
    if re.search(r"\d", text):
        return False
    spans = [m.span() for m in _RANK.finditer(text)]
    found = list(amount.finditer(text))
    return bool(spans) and bool(found) and all(any(a <= m.start() and m.end() <= b for a, b in spans) for m in found)


# "the third Conservative MP to defect", "the twelfth man to be arrested": a place in a row
# counts those before it (not "the 36th anniversary of the closure")
_BY_ORDER = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                       r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?to\s+(?!the\b|a\b|an\b)[a-z]+")
# "how many years", "how many times", "how many pounds": a span, a frequency or a sum is asked
UNITS_ASKED = re.compile(r"(?i)\s*how many (?:more |fewer |extra )?(?:" + _UNIT_WORDS + r")\b")

# "what was Callaghan's majority", "what was the death toll": a count asked by its name
COUNT_ASKED = re.compile(r"(?i)\s*what(?: is|['’]s|s| was| were| are| will be) " + THE_OR_OWNERS
                         + r"(?:final |overall |total )?(?:majority|death toll|toll|tally)\b")


# "would cut the number of councillors by about a third": a part of the number counts it too
_FRACTION = re.compile(r"(?i)\b(?:half|halve[sd]?|(?:a|one|two) thirds?|two-thirds|(?:a|one|three) quarters?|three-quarters|"
                       r"a fifth|a tenth)\b(?! (?:of an? )?(?:hour|century|mile|day|year|term|time)\b)")


def counts_by_order(text: str) -> bool:
    """A place in a row ("the third councillor to defect") or a part of the number ("by a third")."""
    return _BY_ORDER.search(text) is not None or _FRACTION.search(text) is not None


_SHARE = re.compile(r"(?i)\s*(?:%|per ?cent\b|percent\b)")
# ... unless a share is what is asked: "how many per cent", "what share"
SHARE_ASKED = re.compile(r"(?i)\b(?:per ?cent|percent|percentage|%|share|proportion|fraction)\b")


def counted_in_story(e: Engine, concepts: list[Concept], best: list, counts, counted: set[str] = frozenset(),
                     loosely=lambda text: True) -> list:
    """"How many UK soldiers are on standby for Ivory Coast?": when the best sentence counts
    nothing asked ("several hundred UK citizens"), a sentence of the same story that counts what
    was asked ("A company of 100-120 UK troops ... put on standby") goes first, if with its
    headline it covers all the best one does: the story has named the rest already. So has it
    when the best sentence comes before it and it names every word of what is counted itself
    (the evacuation told first, then how many troops are on standby for it), unless the best one
    counts the thing asked loosely ("nearly half a million children skip school")."""
    if not best or counts(best[0][0]["text"]):
        return best
    top = best[0][0]
    rivals = [(r, s) for r, s in best[1:] if r["article_id"] == top["article_id"] and counts(r["text"])]
    if not rivals:
        return best
    title = e.reader.one("SELECT title FROM articles WHERE id = ?", [top["article_id"]])[0] or ""
    headline = e.covered_by_title(concepts, title)
    cov = e.search.coverage(concepts, [top["sid"]] + [r["sid"] for r, _ in rivals])
    own = cov.get(top["sid"], (0.0, set()))[1]
    asked = {a for c in concepts for a in c.actor_ids}
    elsewhere = {r[0] for r in e.reader.all(  # "... lists in England were at their lowest": a count for another place
        f"SELECT DISTINCT m.sentence_id FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE a.kind = 'place' "
        f"AND m.sentence_id IN ({placeholders([r['sid'] for r, _ in rivals])})"
        f"{f' AND m.actor_id NOT IN ({placeholders(sorted(asked))})' if asked else ''}",
        [r["sid"] for r, _ in rivals] + sorted(asked))}
    phrase = {c.label for c in concepts if counted & {w.lower() for w in c.words}} if not loosely(top["text"]) else set()
    for r, s in rivals:
        have = cov.get(r["sid"], (0.0, set()))[1]
        if r["sid"] not in elsewhere and (own <= have | headline or phrase and phrase <= have and r["sid"] > top["sid"]):
            return [(r, s)] + [x for x in best if x[0]["sid"] != r["sid"]]
    return best


# The words right after "how many": the thing counted is among them ("how many british mps come
# from ...": mps), whatever verb, known or not, follows (one the lexicon knows is no thing counted).
_COUNTED_LEAD = re.compile(r"(?i)\s*how many " + _MORE + r"((?:[\w'’-]+ ?){1,3})")


def counted_word_first(best: list, question: str, plain=lambda text: text, top_n: int = 5) -> list:
    """"How many British MPs come from ethnic minority backgrounds": when the best sentence
    counts none of the words right after "how many" and never names (in any form: "stranding" for
    "strandings") the one another top sentence counts ("13 of Britain's 659 MPs"), that sentence
    goes first: the first one counts other things ("17 people found guilty", "12 whose ethnic
    backgrounds"), unless it gives the same number. `plain` drops an age set off after a name
    ("Jo Bell, 58, MP"), which is no count."""
    m = _COUNTED_LEAD.match(question)
    lead = {w for w in content_words(m.group(1)) if w not in STOPWORDS and w not in VERB_FORMS} if m else set()
    if not best or not lead:
        return best
    forms = {w: {w, *expand(w)} for w in lead}
    top = plain(best[0][0]["text"])
    if counting(top, {x for f in forms.values() for x in f}):
        return best
    given = _numbers(top)
    for i, (r, _) in enumerate(best[1:top_n], 1):
        text = plain(r["text"])
        tied = [f for f in forms.values() if counting(text, f)]
        named = any(re.search(r"(?i)(?<![\w-])" + re.escape(x.removesuffix("s")), top) for f in tied for x in f)
        if tied and not named and not _numbers(text) & given:
            return [best[i]] + best[:i] + best[i + 1:]
    return best


def _numbers(text: str) -> set[str]:
    """The numbers a sentence gives, years aside: two sentences giving the same one ("found 11
    people had been prosecuted", "only 11 householders ... have been prosecuted") tell one count."""
    return {n.replace(",", "") for n in re.findall(r"\d[\d,.]*\d|\d", text) if not YEAR.fullmatch(n)}


# "How many seats did Veritas win ...": whose count is asked.
_COUNT_OF = re.compile(r"(?i)^\s*how (?:many (?:[a-z-]+ ){1,2}|much )(?:did|does|do|will|would|has|have|had|can|could) (?:the )?"
                       r"([\w'’.-]+(?: [\w'’.-]+)?) (?:win|won|get|got|take|took|gain|lose|lost|hold|pay|paid|spend|"
                       r"raise|earn|receive|give|donate|owe|borrow|sell|buy|bid|offer|cut|axe|hire|employ)\b")


def counted_for(e: Engine, question: str, concepts: list[Concept]) -> set[str]:
    """The body or person whose count or sum is asked ("how many seats did Veritas win") is
    named in the answer: Labour's seat is not Veritas's."""
    m = _COUNT_OF.match(question)
    if not m:
        return set()
    for words in (m.group(1), m.group(1).split()[0]):
        actor = e.exact_actor(words)
        if actor is not None and actor.kind in ("organization", "group", "person"):
            return {c.label for c in concepts if actor.id in c.actor_ids}
    return set()


def nationals_counted(e: Engine, question: str, concepts: list[Concept]) -> set[str]:
    """"How many brits were confirmed dead": a country's people counted by one of its names are
    counted by any other one-word name of it ("41 Britons are now confirmed to have died")."""
    counted = COUNTED_WORD.match(question)
    if not counted:
        return set()
    word = counted.group(1).lower()
    return {n for c in concepts if c.actor_ids and word in c.words for a in c.actor_ids
            if (place := e.actors.by_id.get(a)) is not None and place.kind == "place"
            for n in place.aliases if " " not in n}


def widen(e: Engine, question: str, wh: str | None, concepts: list[Concept]) -> None:
    """Let a sum or a count question's verb match the words stories give it by, in place."""
    if wh == "money" and any(c.label in GIVE for c in concepts):
        # "how much has Sainsbury given Labour": a sum given is donated, contributed ("he has contributed £10m")
        for c in concepts:
            if c.label in GIVE:
                c.words = list(dict.fromkeys([*c.words, *GIFT_WORDS]))
        e.search.weigh(concepts)
    if (counted := COUNTED_WORD.match(question)) and (thing := next((c for c in concepts if c.label == counted.group(1).lower()
                                                                    and not c.actor_ids), None)) \
            and not e.search.df(fts_term(thing.label) or '""'):
        # "how many firebombings": the thing counted, a closed compound the pack never prints, is
        # counted as it prints it ("the 220 or so fire-bombing incidents")
        split = next((s for s in closed_splits(thing.label) if e.search.df(fts_term(s) or '""')), None)
        if split:
            thing.words = [*thing.words, split]
            e.search.weigh(concepts)
    if re.match(r"(?i)\s*how many\b", question) and any(c.label in REMOVE for c in concepts):
        # "how many MPs would the Tories get rid of": taking some away is cutting their number
        # ("would cut the number of MPs by about one-fifth", "a reduction of around 120")
        for c in concepts:
            if c.label in REMOVE:
                c.words = list(dict.fromkeys([*c.words, *REDUCE_WORDS]))
        e.search.weigh(concepts)


# "How much would Verizon (have to) pay ...", "how big a fee does Yahoo owe ...": who pays
PAYER_ASKED = re.compile(r"(?i)^\s*how (?:much|(?:big|large) an? [\w-]+)(?: [\w-]+)? (?:did|does|do|will|would|could|should|must|might|has|have|had) "
                         r"(?P<payer>[\w'’.&-]+(?: [\w'’.&-]+){0,3}?) (?:(?:have|need|has|had|agree|agreed|be required|be forced) to )?"
                         r"(?:pay|paid|hand over|give|owe|put|donate|contribute|lend)\b")


# "How much has Lord Sainsbury given the Lib Dems": whom a gift went to, asked after the verb
GIVEN_TO = re.compile(r"(?i)^\s*how much (?:money |cash )?(?:has|have|had|did|does|do|will|would) [\w'’.&-]+(?: [\w'’.&-]+){0,3}? "
                      r"(?:give|gives|given|gave|donate|donated|hand over|handed over)(?: to)? (?P<to>[\w'’.&-]+(?: [\w'’.&-]+){0,3}?)"
                      r"(?: (?:since|in|this|last|each|every|so far|over|for|to)\b.*)?\W*$")


# "pay for X", "pay to buy X": the price of a thing bought asked
BOUGHT_ASKED = re.compile(r"(?i)\bpay\s+(?:to\s+(?:buy|acquire|purchase|take\s+over)|for)\s+\w")
# ... which a passage tells in a word of buying or paying, or their inflections ("bought", "acquired", "buyout")
_BUYING = re.compile(r"(?i)\b(?:" + "|".join(sorted({re.escape(w) for w in (*lexicon.expand("buy"), *lexicon.expand("takeover"),
                                                                           *lexicon.expand("pay"))}, key=len, reverse=True)) + ")")


def tells_buying(text: str) -> bool:
    """The passage tells a thing bought or paid for: "bought", "acquisition", "paid"."""
    return _BUYING.search(text) is not None


# "how much did Facebook pay to buy ZeniMax", "how much is Verizon paying for Yahoo", "how much did
# Facebook end up paying ZeniMax": the price of one thing, or what one party was paid
PRICE_ASKED = re.compile(r"(?i)^\s*how much (?:did|does|do|will|would|is|are|was|were|has|have|had) (?:[\w'’.&-]+ ){1,4}?"
                         r"(?:end(?:ed|s)? up )?(?:pay|paying)\s+(?:(?:to (?:buy|acquire|purchase|take over)|for)\s+)?(?P<thing>\S.*?)\W*$")


def names_priced(text: str, question: str) -> bool:
    """The passage names what the price asked is for (or whom it goes to), in some form: a price
    paid for another thing ("able to acquire Oculus for less than its $4 billion asking price") is no
    answer to what ZeniMax cost."""
    m = PRICE_ASKED.match(question)
    words = [w for w in content_words(m.group("thing")) if len(w) > 2] if m else []
    return not words or any(re.search(r"(?i)\b" + re.escape(f) + r"(?:s|es|['’]s?)?\b", text)
                            for w in words for f in {w, *expand(w)})


def paid_to(text: str, payer: str) -> bool:
    """A figure of the passage goes to the payer asked about: "a $144 million fee to Verizon"."""
    words = [w for w in re.findall(r"[\w'’&-]+", payer.lower()) if w != "the"]
    if not words:
        return False
    to = re.compile(r"(?i)[^.;,]{0,40}?\b(?:to|payable to|paid to|owed to)\s+(?:the\s+)?"
                    + r"\s+".join(re.escape(w) for w in words) + r"\b")
    return any(to.match(text, m.end()) for m in SIZE.finditer(text))


# A clause set off by commas that tells who or what the one before it is: ", which lost its main
# donor Paul Sykes amid the row ...,"
_ASIDE = re.compile(r",\s+(?:which|who|whose)\s[^,;:.]*,")


def named_aside(text: str, payer: str) -> bool:
    """The passage names the payer asked about only in a clause that describes someone else, and
    the figure is outside it: "The UK Independence Party, which lost its main donor Paul Sykes
    amid the row ..., took in £63,081" tells what the party took in, not what Mr Sykes gave."""
    words = [w for w in re.findall(r"[\w'’&-]+", payer.lower()) if w != "the"]
    if not words:
        return False
    named = [m.start() for m in re.finditer(r"(?i)\b" + re.escape(words[-1]) + r"\b", text)]
    asides = [m.span() for m in _ASIDE.finditer(text) if not SIZE.search(m.group(0))]
    return bool(named) and all(any(a <= at < b for a, b in asides) for at in named)


# "How much was X fined", "how many jobs have gone": a sum or count of what happened, asked
# without a word that makes it a possibility, a claim or a plan ("would", "if", "say", "offer")
_NOT_HAPPENED = (r"(?:(?! (?:would|could|will|might|may|should|shall|if|say|says|said|claim|claimed|estimate|estimated|"
                 r"expect|expected|predict|predicted|think|reckon|want|wants|plan|plans|planned|propose|proposed|offer|offered|"
                 r"pledge|pledged|promise|promised|ask|asked|seek|sought|demand|demanded|bid|hope|face|faces|risk)\b).)*?")


SUM_HAPPENED = re.compile(r"(?i)^\s*how (?:much|many)\b" + _NOT_HAPPENED + r" (?:was|were|did|has|have|had)\b" + _NOT_HAPPENED + r"\W*$")


# ... and a figure told as a possibility: "could be fined up to", "may cost", "would face"
_MAY_BE = re.compile(r"(?i)\b(?:could|might|may|would)\b(?:\s+(?:not|also|only|still|now|then|potentially|even))?\s+"
                     r"(?:be|have|face|cost|pay|get|receive|reach|rise|fall|total|lose|save|raise|run)\b[^.;:!?\"“”]*$")


# ... or after it: "the $4.8 billion will be paid to Yahoo" is to come; "a $3 billion takeover
# offer" (or bid) is a sum put forward, not one paid
_TO_BE = re.compile(r"(?i)[\d.,]*\s*(?:[\w-]+\s+){0,2}?(?:(?:offers?|bids?)\b|(?:will|would|could|might|may)\s+(?:\w+\s+)?be\b)")


def only_possible(text: str) -> bool:
    """Every figure of the passage is said as what could be or is to come, or as a sum offered,
    not what was."""
    figures = list(SIZE.finditer(text))
    return bool(figures) and all(_MAY_BE.search(text, max(0, m.start() - 80), m.start()) or _TO_BE.match(text, m.end())
                                 for m in figures)


# A poll, survey or report named by whose it is: "the Countryfile poll", "the BMA's survey", "Mori's study".
_STUDY = r"(?:poll|polls|survey|surveys|study|studies|report|research|census|audit|review|inquiry|index|ranking|league table)"
_STUDY_OF = re.compile(r"(?i)\b((?:[\w&'’.-]+\s+){1,3})" + _STUDY + r"\b")


# ... and one a sentence names by its owner's capitalised name: "The Mail on Sunday survey found", "a YouGov poll"
_STUDY_NAMED = re.compile(r"(?<![\w'’])[A-Z][\w&'’.-]*(?:\s+(?:on|of|for|and|&)?\s*[A-Z][\w&'’.-]*)*(?:['’]s?)?\s+" + _STUDY + r"\b")


_OPENING_WORD = re.compile(r"^(?:The|A|An|In|On|At|By|For|From|This|That|Its|Their|His|Her|Our|New|Latest|Last|Another|One|Each|Every)\s+")


def asked_poll_first(e: Engine, question: str, concepts: list[Concept], best: list) -> list:
    """"How much support is there for a ban in the Countryfile poll": a figure another poll gives
    ("The Mail on Sunday survey found that 63% ...") answers for that poll, not the one asked;
    a sentence that names another poll and not the one asked ranks after the rest."""
    m = _STUDY_OF.search(question)
    if not m or len(best) < 2:
        return best
    before = {w for w in content_words(m.group(1))}
    owners = [c for c in concepts if c.actor_ids and any(w in before for x in c.words for w in content_words(x))]
    if not owners:
        return best
    held = e.search.coverage(owners, [r["sid"] for r, _ in best])
    labels = {c.label for c in owners}

    def another(r) -> bool:
        if labels & held.get(r["sid"], (0, set()))[1]:
            return False  # it names the poll asked
        # (its owner's name, not a sentence's opening word: "The survey found", "A poll suggests")
        return any(_OPENING_WORD.sub("", x.group(0)).split()[:-1] for x in _STUDY_NAMED.finditer(r["text"]))
    return sorted(best, key=lambda x: another(x[0]))


# "how many people were killed": the dead and hurt a story counts are people, without the word
# ("The attack, which killed five"), so "people" there asks for the count, not a word of it.
CASUALTIES_COUNTED = re.compile(r"(?i)^\s*how many (?:people|persons) (?:(?:were|was|have been|had been|got) )?"
                                r"(?:killed|died|dead|hurt|injured|wounded|slain|shot dead|murdered|drowned)\b")


# "how many people were killed in the riots against foreigners", "how many were hurt during the
# match": the event the count was taken in, after the deed counted.
_COUNTED_IN = re.compile(r"(?i)^\s*how many\b.*?\b(?:[a-z]+ed|died|dead|hurt|held|slain|shot|lost) (?:in|during) "
                         r"(?:the|a|an|this|that|last|these|those) ([\w' -]+?)(?= (?:against|in|of|on|at|by|for|from|with|over)\b|[,?.!]|$)")


def counted_in(concepts: list[Concept], text: str) -> set[str]:
    """The word concepts of the event a count was taken in, any of which names it (its year too:
    "the outbreak, which began in 2001" is "the 2001 foot and mouth"; not a place: "in the Ivory
    Coast" places it)."""
    m = _COUNTED_IN.search(text)
    if not m:
        return set()
    words = set(content_words(m.group(1)))
    if words & _SPANS_OF_TIME:
        return set()  # "issued in the past year" is when, not an event
    return {c.label for c in concepts if not c.actor_ids and c.label in words}


_SPANS_OF_TIME = frozenset("year years month months week weeks day days decade decades weekend fortnight quarter period "
                           "time far".split())
