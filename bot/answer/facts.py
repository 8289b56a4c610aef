"""Anything else: the sentences that cover the question best, of the kind it asks for.

The search's parts live beside it: what a story tells across its sentences (stories.py), what
came of an event (outcomes.py), the kind of thing a sentence must name (kinds.py), and sums and
counts (amounts.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer import amounts
from bot.answer.asked import (ANSWER_TYPES, FRAME_WORDS, HOME_ASKED, HOME_RX, HOME_WORDS, MONEY_FIGURE, MONEY_WORDS, OWN_AGE, PLACE_NOUNS,
                              SAID_VENUE, SAID_WHERE, SAID_WHERE_ASKED, SHARE_TOLD, SIZE, SIZE_ASKED, TIME_TAKEN, TOLD_BY, WHAT_SHARE,
                              asked_kind, counting, holds)
from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.kinds import AGE_ASIDE, AGE_SAID, KINDS, UNNAMED_AGENT, beside_name, names_a, names_someone_new, places_told
from bot.answer.lexicon import DEATH_CAUSES, SOMEONE_WORDS
from bot.answer.named_articles import in_named_article
from bot.answer.naming import naming, naming_all, person_concepts
from bot.answer.outcomes import ANAPHOR, OUTCOME_ASKED, PRICED_ANAPHOR, REASON_ANAPHOR, to_come, told_next
from bot.answer.pack import lead_rows
from bot.answer.question import QUESTION_START, Parsed
from bot.answer.roles import BODY_KINDS
from bot.answer.search import LIGHT_VERBS, Concept, expand, fts_term, share
from bot.answer.stories import (WHO_DID, contents_told, doer_in_story, head_named_after, in_whole_articles, lead_bonus, lead_first,
                                named_by_pronoun, passages, stories_on, told_in_story, told_of_them, under_headlines, year_of_story)
from bot.answer.thresholds import (ANSWER_TYPE_BONUS, MAX_EXCERPTS, MIN_COVERAGE, NAMED_ONE_SLACK, RECKONED_SLACK, RULING_OPENING,
                                   RULING_STORY, SUBJECT_BONUS, WHERE_NEXT_MARGIN)
from bot.answer.words import YEAR, content_words
from bot.countries import country_for_name, names_of
from bot.index.read import placeholders, sentences_by_id, story_text
from bot.model import Answer, Excerpt
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


# "... as Lib Dem leader", "... as chancellor": the post a question ends on, after the person.
AS_POST = re.compile(r"(?i)\s+as (?:an? |the |his |her |their )?(?:[\w'’-]+\s+){0,3}[\w'’-]+\W*$")


# "Labour's majority after the election", "Amazon's market value": what someone has, asked by its name.
_OWNED = re.compile(r"(?i)^\s*(?:what(?:'s|’s|s| is| was| were| are| will be)\s+)?(?:the\s+)?(?P<owner>[\w .&-]+?)['’]s?\s+"
                    r"(?P<thing>[\w -]+?)(?=\s+(?:in|at|on|for|of|after|before|during|since|as|over|under|by|from|to|with|and)\b|\W*$)")


# A verb and its object pronoun after what someone has: "why did Meyer's constituency party drop
# him" asks of the party, and "drop" is what it did, no part of the thing owned
# (only after a plain noun phrase: "like button track you even if you never click it" is a clause)
_DONE_TO = re.compile(r"(?i)^(?P<thing>(?:(?!(?:him|her|them|it|us|me|you|if|when|that|who|which|whether|because|even)\b)[\w-]+\s+){1,6}?)"
                      r"(?!(?:about|against|between|among|for|to|with|from|of|on|in|at|by|over|under|into|onto|upon|"
                      r"without|within|behind|beside|towards?|like|than|as)\b)[a-z]+\s+(?:him|her|them|it|us|me|you)\W*$")


# Things someone has that are what they say, worded any way: not a word an answer must hold.
# "what is the chemical formula of DNP", "what was the exact wording of the motion"
_THING_OF_NAMED = re.compile(r"(?i)^\s*(?:what(?:'s|’s|s| is| was| are| were)\s+)?the\s+(?:[a-z-]+\s+)?(?P<thing>[a-z-]+)\s+of\s+\S")
_SAID_THINGS = frozenset("plan plans view views position stance policy policies line aim aims goal goals link links "
                         "relationship relations ties connection figure figures number numbers claim claims response "
                         "reaction role part record comments remarks words message argument case point answer idea "
                         "ideas proposal proposals vision strategy approach attitude thoughts opinion verdict".split())


def _owned_thing(e: Engine, text: str, concepts: list[Concept]) -> set[str]:
    """"What was Labour's majority after the election?": the majority is what is asked; a
    sentence on Labour and the election that never gives one is no answer, nor one that gives
    someone else's. So is "the chemical formula" of "the chemical formula of DNP"."""
    if (of := _THING_OF_NAMED.match(text or "")) and of.group("thing").lower() not in _SAID_THINGS:
        return {c.label for c in concepts if not c.actor_ids and c.label == of.group("thing").lower()}
    m = _OWNED.match(text or "")
    owner = e.resolve_one(m.group("owner")) if m and ("'" in text or "’" in text) else None
    thing = (done.group("thing") if (done := _DONE_TO.match(m.group("thing"))) else m.group("thing")) if m else ""
    head = (content_words(thing) or [""])[-1] if owner is not None else ""
    if head in _SAID_THINGS:
        return set()  # "Howard's plan for ...", "the TUC's figure": what they said, in any words
    thing = {c.label for c in concepts if not c.actor_ids and head and head in c.label.split()}
    return thing | {c.label for c in concepts if owner is not None and owner.id in c.actor_ids} if thing else set()


# "How big are the fines under the smoking ban?", "how big is the break fee if ...": what is
# measured, the phrase right after the verb, up to a preposition or a clause
_MEASURED = re.compile(r"(?i)^\s*how (?:big|large|high|heavy|steep|severe|hefty) (?:is|are|was|were|will be|would be|could be) "
                       r"(?:the|his|her|its|their) (?P<thing>(?:[a-z-]+ ){0,2}?[a-z-]+)"
                       r"(?= (?:if|when|under|in|of|for|on|at|by|from|according|that|which|after|before|to|with|over)\b|\W*$)")
# ... or asked with the thing after "a": "how big a tax free allowance would the lib dems set"
_MEASURED_A = re.compile(r"(?i)^\s*how (?:big|large|high|heavy|steep|severe|hefty) an? (?P<thing>(?:[a-z-]+ ){0,2}?[a-z-]+) "
                         r"(?=(?:would|will|does|do|did|is|are|was|were|could|can|should|might|has|have)\b)")
# ... but a difference may be told by its two figures alone ("paid about 80p for every pound a
# man is earning" sizes the pay gap)
_DIFFERENCES = frozenset("gap gaps difference differences lead margin".split())


def _measured_thing(question: str, concepts: list[Concept]) -> set[str]:
    """"How big are the fines under the smoking ban": the fines are what is measured; a sentence
    on the ban that gives some other figure ("70% of smokers") is no answer, as a careful reader
    gives the one that sizes the fines, though it never names the ban."""
    m = _MEASURED.match(question) or _MEASURED_A.match(question)
    head = m.group("thing").split()[-1].lower() if m else ""
    if not head or head in _SAID_THINGS or head in _DIFFERENCES:
        return set()
    return {c.label for c in concepts if not c.actor_ids and c.label == head}


def gives_reason(text: str) -> bool:
    from bot.answer.reasons import CHARGE, REASON  # (reasons reads people, which reads this module)
    return bool(REASON.search(text) or CHARGE.search(text) or _OCCASION.search(text))


# What an event followed: "He quit as deputy chairman after apparently suggesting ...", "suspended
# for refusing to", "cancelled when a format could not be agreed".
_OCCASION = re.compile(r"(?i)\b(?:after|following|amid|in response to|when|for (?:\w+ing|not \w+ing))\b")
# "Why do MPs say ... is heading for a crisis?": what they say is the answer, in any words.
_WHY_SAY = re.compile(r"(?i)^\s*why (?:do|does|did|would|will) .+? (?:say|says|think|thinks|believe|believes|claim|claims|"
                      r"argue|argues|warn|warns|fear|fears)\b")


# "lib dem plan for winter fuel payments", "Labour's policy on ...": whose plan is asked.
_BEARER = re.compile(r"(?i)^\s*(?:what(?:'s|’s|s| is| was| are| were)\s+)?(?:the\s+)?"
                     r"(?!(?:how|what|why|when|who|whom|which|where|is|are|was|were|do|does|did)\b)(?P<owner>[\w.&'’-]+(?: [\w.&'’-]+){0,3}?)"
                     r"(?:['’]s?)?\s+(?:plans?|polic(?:y|ies)|position|stance|views?|proposals?|pledges?|line|strategy|ideas?)\s+"
                     r"(?:for|on|over|to|about|towards)\b")


def _of_bearer(e: Engine, text: str, found: list) -> list:
    """"lib dem plan for pensioners' winter fuel payments": a plan of the Lib Dems, not one of
    Gordon Brown's on the same payments. The sentence must name whose plan is asked, or sit in a
    story about them (its headline or opening names them: "Blunkett unveils policing plans")."""
    m = _BEARER.match(text or "")
    owner = e.resolve_one(m.group("owner")) if m and found else None
    if owner is None or owner.kind not in ("person", "organization", "group"):
        return found
    ids = {owner.id} | e.actors.family(owner)
    named = e.search.actor_rows(ids)
    names = {fold(n) for n in owner.aliases if len(n) > 2}
    articles = sorted({r["article_id"] for r, _ in found if r["sid"] not in named})
    about = {r["id"] for r in e.reader.all(f"SELECT id, title FROM articles WHERE id IN ({placeholders(articles)})", articles)
             if any(re.search(rf"\b{re.escape(n)}\b", fold(r["title"] or "")) for n in names)} if articles else set()
    if articles and named:
        about |= {r["article_id"] for r in e.reader.all(
            f"SELECT article_id FROM sentences WHERE paragraph <= 1 AND article_id IN ({placeholders(articles)})"
            f" AND id IN ({placeholders(named)})", [*articles, *named])}
    # ... but in their story, a sentence on someone else ("Chancellor Gil Moran also announced
    # ...") tells that person's plan, not theirs
    sids = [r["sid"] for r, _ in found]
    other = {sid for sid, a in e.reader.all(
        f"SELECT sentence_id, actor_id FROM mentions WHERE sentence_id IN ({placeholders(sids)})", sids)
        if a not in ids and a in e.actors.by_id and e.actors.by_id[a].kind == "person"}
    return [(r, sc) for r, sc in found if r["sid"] in named or r["article_id"] in about and r["sid"] not in other]


# "What is the capital of New Zealand?": a thing of a place, asked by its name.
_THING_OF = re.compile(r"(?i)^\s*what(?:'s|’s|s| is| was| are| were)\s+the\s+(?P<thing>[a-z]+)\s+of\s+(?P<owner>[\w .'’-]+?)\W*$")


def thing_of_place(e: Engine, text: str) -> re.Pattern | None:
    """"The capital of New Zealand" must be printed as that place's ("capital of New Zealand",
    "New Zealand's capital"): "New Zealand ... the whale stranding capital of the world" names
    both and answers nothing. The pattern an answer must match, when a place is asked for such a thing."""
    m = _THING_OF.match(text)
    place = e.resolve_one(m.group("owner")) if m else None
    if place is None or place.kind != "place" or m.group("thing").lower() in _SAID_THINGS:
        return None
    thing = re.escape(m.group("thing").lower()) + r"s?"
    names = "|".join(sorted({re.escape(n) for n in {place.name, *place.aliases} if len(n) > 2}, key=len, reverse=True))
    return re.compile(rf"(?i)\b{thing}\s+of\s+(?:the\s+)?(?:{names})\b|\b(?:{names})(?:['’]s?)?\s+(?:[\w-]+\s+)?{thing}\b")


# "What sentence did the men get", "what punishment will he face": a penalty is asked, and only a
# passage that tells one answers it (a term, a fine, a jailing; not the crime told again).
_PENALTY_ASKED = re.compile(r"(?i)^\s*what (?:sentences?|punishments?|penalty|penalties|jail terms?|prison terms?) "
                            r"(?:did|does|do|will|would|could|has|have|had|is|are|was|were)\b(?:(?!\bfor\b).)*?"
                            r"\b(?:get|got|gets|getting|receive|received|face|faced|given|handed|serve|served|"
                            # ... or what the court gave: "what sentence did the judge give the three men"
                            r"give|gave|hand|impose|imposed|pass|passed)\b")
# (a sentence passed is told by its term: "sentenced to six months", "sentenced him to life"; "as he
# sentenced three men for assaults" tells that it was passed, not what it was)
_TELLS_PENALTY = re.compile(r"(?i)\b(?:sentenced(?:\s+[\w'’-]+){0,4}?\s+to\b|sentences?|jailed|jail|imprisoned|imprisonment|(?:in|to) prison|custodial|"
                            r"fined|fine of|penalt(?:y|ies)|probation|community (?:service|order)|suspended|discharged?|"
                            r"acquitted|cleared|banned from|tagged|curfew)\b")


# "what did richard thomas's probe into whitehall shredding find": what an inquiry found is asked,
# and only a passage that tells the inquiry ("Sir Alan Budd's inquiry linked ...") or a finding ("a
# study ... found that") answers it; the words of the one who leads it on another matter do not
_INQUIRY_ASKED = re.compile(r"(?i)^\s*what (?:did|does|do|has|have|had|will|would)\b.*?\b(?:probe|inquiry|enquiry|investigation|"
                            r"inquest|review)\b.*?\b(?:find|conclude|establish|show|reveal|decide|rule)\b")
# (a finding word, or the inquiry doing something: "Sir Alan Budd's inquiry linked him to ..."; not
# one only begun or awaited: "is to investigate", "the inquiry was launched")
_TELLS_INQUIRY = re.compile(r"(?i)\b(?:found|finds|findings?|conclu(?:ded|des|sion|sions)|established|showed|shows|revealed|"
                            r"(?:probe|inquiry|enquiry|investigation|inquest|review) (?:has |had |also )?(?!(?:launched|"
                            r"started|opened|ordered|announced|called|demanded|planned|expected|delayed|needed|wanted|"
                            r"requested|sought|began|begun)\b)[a-z]+ed)\b")


def inquiry_finding_asked(text: str) -> bool:
    return _INQUIRY_ASKED.match(text or "") is not None


def tells_inquiry(quote: str) -> bool:
    return _TELLS_INQUIRY.search(quote) is not None


def penalty_asked(text: str) -> bool:
    return _PENALTY_ASKED.match(text or "") is not None


def tells_penalty(quote: str) -> bool:
    return _TELLS_PENALTY.search(quote) is not None


# "How many people were killed in the riots", "what was the death toll": a count of the dead is
# asked, and only a passage that tells deaths answers it; "nearly 400 people were injured" counts
# others, and a story that tells no death does not say how many died.
_DEATHS_ASKED = re.compile(r"(?i)\bhow many\b.*\b(?:killed|died|dead|deaths?|die|lost their lives|fatalities)\b"
                           r"|^\s*what(?:['’]s| is| was| were)? the (?:number of\b.*\b(?:killed|died|dead)\b|death toll\b)")
_DEATH = re.compile(r"(?i)\b(?:kill(?:s|ed|ing)?|die[ds]?|dead|deaths?|deadly|fatal(?:ly|ity|ities)?|lives|perished|"
                    r"bodies|murdered|massacred?|drowned|toll)\b")
# ... and a count, anywhere in the passage ("the number of Americans killed since 9/11 ... it's
# less than 100"), not an age ("has died aged 93") nor a year ("the 1981 riots")
_COUNT = re.compile(r"(?i)(?<!\baged )(?<!\bage )\b(?!(?:1[89]|20)\d\d\b)(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands|scores|millions)\b")


def deaths_asked(text: str) -> bool:
    return _DEATHS_ASKED.search(text or "") is not None


def tells_deaths(quote: str) -> bool:
    return _DEATH.search(quote) is not None and _COUNT.search(quote) is not None


def done_before_post(e: Engine, text: str | None, extra_stop: frozenset[str] = frozenset()) -> set[str]:
    """"When did Kennedy resign as Lib Dem leader?": the post says who he is, and "Lib Dem
    leader Charles Kennedy" covering it is no answer; what he did (resign) must be said."""
    m = AS_POST.search(text or "")
    if not m or not e.actors.find_in(text[:m.start()]):
        return set()
    return {c.label for c in e.concepts(text[:m.start()], extra_stop) if not c.actor_ids}


# "How does Facebook track ...", "how did the Tories fund ...": the subject, then the deed.
_HOW_DOES = re.compile(r"(?i)\s*how (?:does|do|did|can|could|will|would) (?:the )?([\w'’.-]+) ([a-z]+) \w")


def search(e: Engine, p: Parsed) -> Answer:
    answer = _search(e, p)
    if not answer.found and amounts.CASUALTIES_COUNTED.match(p.text):
        # "how many people were killed in the nightclub bombing": a story counts its dead without
        # the word ("The attack, which killed five"); looked for so when no sentence counts "people"
        answer = _search(e, p, unnamed_dead=True)
    if answer.found and amounts.PAY_ASKED.match(p.text):
        # ... for what the question asks it for: "how much is Cook paid for his Guardian column" is
        # not answered by "was paid between £45,001 and £50,000 for the paperback edition of his book"
        # ... and "how much does Portillo earn from BAE Systems" asks the pay of that body: a
        # passage that never names it ("makes up to £560,000 a year - partly because of speeches")
        # gives the pay of another job, or all of them
        payer = [c for c in e.concepts(amounts.paid_by_asked(p.text) or "") if c.actor_ids]
        answer = e.kept(p, answer, lambda x: amounts.PAY_RECEIVED.search(x.quote)
                       and not amounts.paid_for_other(x.quote, amounts.paid_for_asked(p.text))
                       and (not payer or e.covered_by_title(payer, x.quote) >= {c.label for c in payer}))
        if not answer.found:
            return answer  # the ruling step below must not answer in its place
    ruled = _ruling_told(e, p) if _RULING_ASKED.match(p.text) else []
    if ruled and (not answer.found or not _RULING_TOLD.search(answer.excerpts[0].quote) and not _told_before(answer.excerpts[0], ruled[0])):
        shown = {_place(x) for x in ruled}
        # "what did the Law Lords decide ...": the decision told as theirs comes first (see _ruling_told),
        # unless the story has told it already ("Protesters have lost a landmark appeal ...")
        answer = replace(answer, found=True, note="",
                         excerpts=(ruled + [x for x in answer.excerpts if _place(x) not in shown])[:MAX_EXCERPTS])
    if answer.found and _FINDING_ASKED.match(p.text):
        # a finding already made is not told by one still awaited: "what did the inquest conclude"
        # is not answered by "An inquest ... has been adjourned until July", nor "what did Mawer
        # conclude" by "After his inquiry, Mawer will report to the Commons ..."
        answer = e.kept(p, answer, lambda x: not _FINDING_PENDING.search(x.quote))
    if answer.found and _AGREEMENT_ASKED.match(p.text):
        # "what did Straw and India agree in Friday's talks" asks what was agreed: "He is due to take
        # part in talks ... on Friday" tells the talks as still ahead, and nothing agreed at them; a
        # passage must tell an agreement made, or a decision
        # (a story's lead gives what its story tells was agreed: "All four Britons ... will be returned
        # within weeks", in a story telling the US "had agreed to release the four")
        answer = e.kept(p, answer, lambda x: _DECISION_TOLD.search(x.quote) or _AGREEMENT_TOLD.search(x.quote)
                       or _lead_of_agreement(e, x))
    if answer.found and not ruled and (asked := _RULING_ASKED.match(p.text) or _RULING_NOUN_ASKED.match(p.text)):
        answer = _decision_told(e, p, asked.group("who"), answer)
    if answer.found and _DEATH_CAUSE_ASKED.match(p.text):
        # "what did Audrey Callaghan die of": "his wife Audrey died aged 91" tells the death, not its cause
        answer = e.kept(p, answer, lambda x: DEATH_CAUSES.search(x.quote))
    if answer.found and _KILLER_ASKED.match(p.text):
        # "who killed Kalan Karim" asks the killing's doer: "Following the death of Kalan Karim, ..."
        # tells his death, and no killing
        answer = e.kept(p, answer, lambda x: _KILLING_TOLD.search(x.quote))
    if answer.found and amounts.SUM_HAPPENED.match(p.text):
        # "how much was Labour fined" asks what was: "If the appeal fails ..., it could be fined up
        # to £5,000" gives only what might be (a sum or count said beside "could", "may", "would"),
        # and "how much did Facebook pay for Snapchat" is not "a $3 billion takeover offer from Facebook"
        answer = e.kept(p, answer, lambda x: not amounts.only_possible(x.quote))
    if answer.found and re.match(r"(?i)\s*how many\b", p.text) and not amounts.SHARE_ASKED.search(p.text) \
            and all(amounts.shares_only(x.quote) for x in answer.excerpts):
        # "how many votes did Kilroy-Silk get in Erewash": "UKIP won 31% of the vote in Erewash"
        # gives a share of the votes, and no passage says how many
        return e.nothing(p)
    if answer.found and re.match(r"(?i)\s*how many\b", p.text):
        # "how many votes did Respect get in Tower Hamlets": "Respect ... did come first in Tower
        # Hamlets" gives a place in a ranking, which counts nothing
        answer = e.kept(p, answer, lambda x: not amounts.ranks_only(x.quote, ANSWER_TYPES["how much"]))
    if answer.found and (re.match(r"(?i)\s*how many\b", p.text) and not amounts.SHARE_ASKED.search(p.text)
                         and not amounts.UNITS_ASKED.match(p.text) or amounts.COUNT_ASKED.match(p.text)):
        # "how many people attended the conference in Gateshead": a passage whose only figures are
        # a sum ("£35bn"), a year, a span or an anniversary ("the 36th anniversary"), or which
        # says only "many people", counts no one (a place in a row counts: "the third MP to defect");
        # nor does "he represented Cardiff seats for more than 40 years" give his majority
        answer = e.kept(p, answer, lambda x: amounts.counts_anything(x.quote) or amounts.counts_by_order(x.quote))
    answer = places_kept(e, p, answer)
    if answer.found and amounts.PRICE_ASKED.match(p.text):
        # "how much did Facebook pay to buy ZeniMax": a passage that names what was bought, or who was paid
        answer = e.kept(p, answer, lambda x: amounts.names_priced(x.quote, p.text))
    if answer.found and (payer := amounts.PAYER_ASKED.match(p.text)):
        # "how much would Verizon pay Yahoo" asks what Verizon hands over: "a $144 million breakup
        # fee to Verizon", "$15 million payable to Verizon" is what Verizon would get
        # ... nor is what another was given, told of one that names the payer only to describe it
        # ... and "how much did Amazon pay for Kroger" asks a price paid: a passage that tells
        # no buying nor paying ("Amazon competes with Kroger for ... sales, which totaled $726
        # billion") gives some other figure
        bought = amounts.BOUGHT_ASKED.search(p.text)
        answer = e.kept(p, answer, lambda x: not amounts.paid_to(x.quote, payer.group("payer"))
                       and not amounts.named_aside(x.quote, payer.group("payer"))
                       and (not bought or amounts.tells_buying(x.quote)))
    if answer.found and (given := amounts.GIVEN_TO.match(p.text)) \
            and (to := [c for c in e.concepts(given.group("to")) if c.actor_ids]):
        # ... and "how much has Lord Sainsbury given the Lib Dems" asks of a gift to them: a story
        # that never names them ("a £2m donation to the Labour Party") tells of another's
        answer = e.kept(p, answer, lambda x: story_names(e, x.article.id, to))
    if answer.found and (reckoned := _RECKONED.match(p.text)):
        answer = replace(answer, excerpts=_reckoner_first(e, reckoned.group("who"), answer.excerpts))
    if answer.found and (which := WHICH_ASKED.match(p.text)):
        answer = replace(answer, excerpts=_named_one_first(which.group("noun"), answer.excerpts))
    return answer


# "which constituency is X going to fight": one thing of a kind, asked by its kind
WHICH_ASKED = re.compile(r"(?i)\s*(?:which|what) (?P<noun>[a-z]{4,}) (?:is|was|are|were|did|does|do|has|have|had|will|would)\b")


def _named_one_first(noun: str, excerpts: list[Excerpt]) -> list[Excerpt]:
    """"Which constituency is Kilroy-Silk going to fight" asks which one: "when he contested the
    general election in an East Midlands constituency" says only that it is one, and "is to contest
    the Derbyshire seat of Erewash" says which. Of near equals, a passage that calls the thing asked
    only "a ..." comes after one that does not."""
    if len(excerpts) < 2 or not _only_a(noun, excerpts[0].quote):
        return excerpts
    for i, x in enumerate(excerpts[1:], 1):
        if x.score < excerpts[0].score - NAMED_ONE_SLACK - 1e-9:
            break
        if not _only_a(noun, x.quote):
            return [x, *excerpts[:i], *excerpts[i + 1:]]
    return excerpts


def _only_a(noun: str, text: str) -> bool:
    """The text names the kind of thing only as "a ..." or "an ..." ("in an East Midlands constituency"),
    not saying of a thing it names that it is one ("DNP, which is a highly toxic industrial chemical")."""
    named = [m.start() for m in re.finditer(r"(?i)\b" + re.escape(noun) + r"s?\b", text)]
    return bool(named) and all(re.search(r"(?i)(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bas)(?<!,)"
                                         r"\s+an?\s+(?:[\w'’-]+\s+){0,3}$", text[:i]) for i in named)


# "how many seats do the Lib Dems reckon student votes could win them", "how much does Howard say
# Brown plans to borrow": a figure as someone gives it
_RECKONED = re.compile(r"(?i)\s*how (?:many|much)\b.*?\b(?:do|does|did)\s+(?P<who>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+"
                       r"(?:reckon|think|believe|say|claim|estimate|expect|predict)s?\b")


def _reckoner_first(e: Engine, who: str, excerpts: list[Excerpt]) -> list[Excerpt]:
    """"How many seats do the Lib Dems reckon student votes could win them" asks the Lib Dems'
    own figure: "The party says the votes of students can win it 27 new seats" answers before the
    story's own "The Lib Dems have named the 14 seats where ...", which covers the question a
    little better but gives no figure of theirs. Their words are those of a source the pack knows
    as them, or of the story's bare name for a body of their kind ("the party", "the group") in a
    story that names them; only a near tie is reordered."""
    if len(excerpts) < 2 or excerpts[0].attribution is not None or (actor := e.exact_actor(who)) is None:
        return excerpts
    ours = {actor.id} | e.actors.family(actor)
    for i, x in enumerate(excerpts[1:], 1):
        if x.score < excerpts[0].score - RECKONED_SLACK - 1e-9:
            break
        if x.attribution is None:
            continue
        source = e.exact_actor(x.attribution.source)
        if source is not None and source.id in ours or source is None and actor.kind != "person" \
                and re.fullmatch(r"(?i)the (?:" + "|".join(BODY_KINDS) + r")", x.attribution.source.strip()) \
                and ours & e.people_named_in(x.article.id):
            return [x, *excerpts[:i], *excerpts[i + 1:]]
    return excerpts


# ... and, when a count is asked, the story's "there are" after a sentence that names the thing:
# "... its members would be known as MSCPs. There would be 385 MSCPs, including 270 elected members"
COUNT_ANAPHOR = re.compile(ANAPHOR.pattern + r"|There (?:is|are|was|were|will be|would be)\b")


def places_kept(e: Engine, p: Parsed, answer: Answer) -> Answer:
    """"how many foster carers are there in Scotland": a story that never names Scotland tells
    nothing of it, however well it covers the rest of the question ("the Wendham Gazette
    article" names the article to look in: its place is no place asked); nor does any story
    tell of a country the pack never names at all ("when did Brown visit Ghana")."""
    if not answer.found:
        return answer
    text = in_named_article(e, p.topic or p.text)[0]
    if unprinted_country(e, text):
        return e.nothing(p)
    if places := _places_asked(e, text):
        answer = e.kept(p, answer, lambda x: story_names(e, x.article.id, places))
    return answer


def unprinted_country(e: Engine, text: str) -> bool:
    """The text names a country by its name ("ghana", not "ghanaian") that the pack prints under
    none of its names: the pack can tell nothing of it (not in a quoted phrase)."""
    from bot.answer.topics import quoted_words
    quoted = quoted_words(text)
    toks = [t for t in re.findall(r"[\w'’.-]+", (text or "").lower()) if t not in quoted]
    for n in (3, 2, 1):
        for i in range(len(toks) - n + 1):
            phrase = " ".join(toks[i:i + n])
            if len(phrase) > 3 and (country := country_for_name(phrase)) is not None \
                    and not any(e.search.df(fts_term(x) or '""') for x in names_of(country)):
                return True
    return False


def _places_asked(e: Engine, text: str) -> list[Concept]:
    """The places a question names by their names (not in a quoted phrase, "'Britain forward not
    back'"; nor by an adjective, "the british mp in kenya", which says whose he is: a story need not)."""
    from bot.answer.naming import PLACE_ADJECTIVE
    from bot.answer.topics import places_named
    return [c for c in places_named(e, e.concepts(text), text)
            if c.words and not (PLACE_ADJECTIVE.search(c.words[0])
                                and all(fold(c.words[0]) != fold(e.actors.by_id[a].name) for a in c.actor_ids))]


def story_names(e: Engine, article_id: str, places: list[Concept]) -> bool:
    """The story names every one of these places: in a sentence, its headline, or spelt one
    slip away ("slums in Narobi")."""
    from bot.answer.topics import spelt_nearly
    from bot.answer.voices import in_title
    title = None
    for c in places:
        if article_id in e.search.concept_articles(c):
            continue
        if title is None:
            title = (e.reader.one("SELECT title FROM articles WHERE id = ?", [article_id]) or [""])[0] or ""
        if any(in_title(w, title) for w in c.words) or spelt_nearly(e, article_id, c.words):
            continue
        return False
    return True


# "What happened to the plan", "what did Lord Sainsbury give Labour": a deed or an event, which the
# story tells in its own voice ("Lord Sainsbury has made a £2m donation"); of sentences that
# cover the question alike, that telling answers before a speaker's words on it ("I am pleased
# to be able to make this contribution", said Lord Sainsbury)
# ("what happened to X", "... with X" is told by the opening of X's story: `stories`)
_DEED_ASKED = re.compile(r"(?i)\s*(?:what (?:(?:has |had |have )?happened\b(?! (?:to|with)\b)|(?:did|has|have|had) \S)|"
                         r"how (?:did|has|have|had) \S)")  # "how did Ferguson escape": "Ferguson escaped after ..."
# ... unless the question asks for words, a view or a saying-deed
WORDS_ASKED = re.compile(r"(?i)\b(?:say|says|said|saying|tell|tells|told|think|thinks|thought|view|views|feel|feels|felt|"
                          r"claim|claimed|argue|argued|warn|warned|react|reacted|respond|responded|reply|replied|describe|"
                          r"described|call|called|mean|meant|admit|admitted|own up|deny|denied|believe|believed|comment|"
                          r"commented|predict|predicted|suggest|suggested|announce|announced|promise|promised|pledge|pledged|"
                          r"unveil|unveiled|reveal|revealed|confirm|confirmed|insist|insisted|accuse|accused|blame|blamed|"
                          r"criticise|criticised|criticize|criticized|want|wanted|hope|hoped|ask|asked|urge|urged|make of|"
                          r"propose|proposed|accept|accepted)\b")


# "What did the YouGov poll find about acting against terror plotters": a poll, survey or study tells
# what it found as it is reported to say it ("A YouGov poll ... suggested 75% of respondents thought
# action was sometimes necessary"), so its words answer when no sentence covers the question
POLL_FOUND = re.compile(r"(?i)^\s*what (?:did|does|has|have|do) (?P<who>(?:the |a |an |this |that |last )?(?:[\w'’-]+ ){0,4}?"
                        r"(?:poll|polls|survey|surveys|study|studies|research|report|review|audit|census)) "
                        r"(?:find|found|show|shown|suggest|suggested|reveal|revealed) (?:about|on|regarding) (?P<topic>.+?)\W*$")


_ANOTHER_POLL = re.compile(r"(?i)\b(?:second|another|other|separate|rival|earlier|previous|new) (?:[\w'’-]+ )?"
                           r"(?:poll|survey|study|research|report)s?\b")


def poll_finding(e: Engine, p: Parsed, answer: Answer) -> Answer:
    """"What did the Telegraph YouGov poll find on how Brits would vote on the EU constitution": the
    words that name the poll say which poll, the topic what it found. A sentence on another poll
    by the same pollster or paper ("A YouGov poll in the Daily Telegraph suggested 75% ... thought
    action was sometimes necessary against ...") finds nothing on the topic: in the story that names
    the poll as asked and tells of the topic, its sentences that say the most of the topic answer,
    the story's first of equals first."""
    m = POLL_FOUND.match(p.text)
    if m is None:
        return answer
    poll = e.concepts(m.group("who"))
    said = {w for c in poll for x in c.words for w in content_words(x.rstrip("*"))}
    ids = {a for c in poll for a in c.actor_ids}
    # (a topic word the poll's own name satisfies is no topic: "vote" is printed as "poll")
    topic = [c for c in e.concepts(m.group("topic")) if not c.actor_ids & ids
             and not said & {w for x in c.words for w in content_words(x.rstrip("*"))}]
    if not poll or not topic:
        return answer
    concepts = poll + topic
    e.search.weigh(concepts)
    weights = {c.label: c.weight for c in topic}
    # (a thing named by a phrase may be called by its last word: "the constitution")
    heads = {c.label: re.compile(r"(?i)\b(?:" + "|".join(re.escape(x.split()[-1]) for x in c.words) + r")\b")
             for c in topic if all(len(x.split()) > 1 and len(x.split()[-1]) > 3 for x in c.words)}

    def on_topic(sids: list[int], text: str) -> float:
        """The share of the topic the sentences tell (of the topic's weight)."""
        held = set().union(*(labels for _, labels in e.search.coverage(topic, sids).values()))
        held |= {l for l, rx in heads.items() if rx.search(text)}
        return share(weights, held, sum(weights.values()) or 1.0)
    first = 0.0
    if answer.found:
        x = answer.excerpts[0]
        sids = [r[0] for r in e.reader.all("SELECT id FROM sentences WHERE article_id = ? AND (instr(?, text) > 0"
                                           " OR paragraph = ? AND sentence = ?)", [x.article.id, x.quote, x.paragraph, x.sentence])]
        first = on_topic(sids, x.quote)
        names = e.search.coverage(poll, sids)
        if first >= 0.5 or first > 0 and any(v[0] >= 1.0 - 1e-9 for v in names.values()):
            return answer  # its first answer tells of the topic (some of it, of the poll it names as asked)
    articles = sorted({a for a in map(e.search.article_of, e.search.candidates(concepts)) if a})
    named = e.search.article_coverage(poll, articles)
    told = e.search.article_coverage(topic, articles)
    stories = [a for a in articles if named.get(a, 0.0) >= 1.0 - 1e-9 and told.get(a, 0.0) >= 1.0 - 1e-9]
    if not stories:
        return answer
    rows = sentences_by_id(e.reader, [r[0] for r in e.reader.all(
        f"SELECT id FROM sentences WHERE article_id IN ({placeholders(stories)})", stories)])
    whole = e.search.coverage(concepts, list(rows))
    held = {i: on_topic([i], r["text"]) for i, r in rows.items()}
    # (not a finding of "a second poll for the Independent on Sunday" the story goes on to)
    found = sorted((i for i in rows if held[i] > first + 1e-9 and not _ANOTHER_POLL.search(rows[i]["text"])),
                   key=lambda i: (-round(held[i], 3), -round(whole[i][0], 3), i))
    if not found:
        return answer
    return Answer(p.text, "search", True, [excerpt(rows[i], max(whole[i][0], MIN_COVERAGE)) for i in found[:MAX_EXCERPTS]])


# "the foreign office white paper on the EU in 2005": a thing the question names by the year it is of
# (not "cut from spending by 2011", nor "spent in 2005": a deadline, a deed's time)
_THING_OF_YEAR = r"(?i)\b(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w'’-]+\s+){1,6}?(?:in|of|for)\s+"


# "What did the inquest conclude ...", "what verdict did the judge give ...": a finding made
_FINDING_ASKED = re.compile(r"(?i)\s*what (?:(?:did|has|have|had) .+? (?:conclude|decide|determine|rule|find|found)\b(?! to\b)|"
                            r"(?:verdict|ruling|judge?ment|conclusions?|findings?) (?:did|has|have|had)\b)")
# ... told as still to come: adjourned, due, to report, prepared to take it further
_FINDING_PENDING = re.compile(r"(?i)\b(?:adjourned|postponed|deferred|(?:will|is due to|are due to|is expected to|are expected to|is to|are to) "
                              r"(?:report|rule|decide|deliver|publish|conclude|give|hear|consider)|prepared to take|yet to|awaiting)\b")


# "what did X and Y agree (in the talks)", "what was agreed at the summit": an agreement made (not
# "what has Sudan agreed to do", a deed)
_AGREEMENT_ASKED = re.compile(r"(?i)\s*what\b.*?\b(?:did|has|have|had|was|were) (?:.+? )?agreed?\b(?! to\b)")
# ... told: "agreed", "a deal", "the accord", "signed"
_AGREEMENT_TOLD = re.compile(r"(?i)\b(?:agree|agrees|agreeing|agreement|agreements|deal|deals|accord|pact|treaty|compromise|decision|decisions|"
                             r"consensus|signed|settlement)\b")


# ... in a story's words: "the US had agreed to release the four" (not "has not agreed")
_AGREED = re.compile(r"(?i)(?<!not )(?<!never )\bagreed\b")


def _lead_of_agreement(e: Engine, x: Excerpt) -> bool:
    """The passage opens its story (the news it tells, first) and the story tells an agreement: the
    lead then gives what was agreed, though in words of the deed ("will be returned"), not of the
    agreeing. One query, for a lead only."""
    if (x.paragraph, x.sentence) != (1, 1):
        return False
    story = story_text(e.reader, x.article.id)
    return _AGREEMENT_TOLD.search(story) is not None or _AGREED.search(story) is not None


# "What did the Law Lords decide about ...": who decides, and the decision asked.
_RULING_ASKED = re.compile(r"(?i)^\s*what (?:did|has|have|had) (?P<who>.+?) (?:decided?|concluded?|determined?|ruled?)\b(?! to\b)"
                           r"(?P<topic>.*)$")
# A decision told as made: "ruled", "have decided", "dismissed both appeals".
_RULING_VERBS = r"\b(?:ruled|decided|concluded|determined|dismissed|rejected|upheld|overturned|quashed)\b"
_RULING_TOLD = re.compile(r"(?i)" + _RULING_VERBS)
_RULING_FRAME = frozenset("decide decided conclude concluded determine determined rule ruled".split())
# "what was the high court ruling on ...": the decision asked by its noun, with who made it
_RULING_NOUN_ASKED = re.compile(r"(?i)^\s*what (?:was|is|were) (?:the )?(?P<who>.+?)(?:['’]s?)? (?:ruling|decision|judge?ment|verdict)"
                                r" (?:on|in|about|over|into)\b")
# A decision told, or what came of it for a party ("lost a landmark appeal", "threw out a move", "it
# has been confirmed"); not one denied: "the courts have never before overturned"
_DECISION_TOLD = re.compile(r"(?i)(?<!never )(?<!not )(?<!never before )" + _RULING_VERBS +
                            r"|\b(?:lost|won|loses|wins|threw out|thrown out|cleared|found|granted|refused|backed|blocked|banned|"
                            r"approved|allowed|accepted|ordered|fined|confirmed|ratified|agreed|announced|chose|chosen)\b")
# A case told as only begun or awaited: "have begun challenging ...", "a day ahead of a High Court challenge"
_CASE_AHEAD = re.compile(r"(?i)\b(?:begun|began|begins|start(?:ed|s)|launch(?:ed|es)|ahead of|expected|awaiting|awaited|due to)\b")
# "what did X die of", "what killed X", "what was the cause of X's death": the cause asked
_DEATH_CAUSE_ASKED = re.compile(r"(?i)^\s*(?:what (?:did|has) .+? (?:die|died) (?:of|from)\b|what killed\b|"
                                r"what (?:was|is) the cause of (?:.+? )?death\b)")


# "who killed X", "who shot X": the doer of a killing
_KILLER_ASKED = re.compile(r"(?i)\s*who (?:killed|murdered|shot|stabbed|assassinated|poisoned|strangled)\b")
# ... told: "was murdered", "his killers", "shot dead", "a bomb attack"
_KILLING_TOLD = re.compile(r"(?i)\b(?:kill\w*|murder\w*|shot|shooting|stabb\w*|assassin\w*|poison\w*|strangl\w*|gunm[ae]n|"
                           r"bomb\w*|attack\w*|manslaughter)\b")


def _decision_told(e: Engine, p: Parsed, who: str, answer: Answer) -> Answer:
    """"What did the High Court decide on the Stansted challenge": the decision must be told, so a
    passage that neither names the decider nor tells a decision made ("Groups challenging the plans
    include ...", a campaigner's words before the hearing) does not answer; when none does, the
    pack has the case but not its outcome."""
    deciders = e.concepts(who)
    if not deciders or len(deciders) > 2:
        return answer
    labels = {c.label for c in deciders}
    # (a decider named at a case only begun or awaited, "have begun challenging the plans in the High
    # Court", tells no decision either)
    return e.kept(p, answer, lambda x: _DECISION_TOLD.search(x.quote) or not _CASE_AHEAD.search(x.quote) and (
        e.covered_by_title(deciders, x.quote) >= labels
        or x.attribution is not None and e.covered_by_title(deciders, x.attribution.text) >= labels))


def _place(x: Excerpt) -> tuple[str, int, int]:
    """Where an excerpt stands: its article, paragraph and sentence."""
    return x.article.id, x.paragraph, x.sentence


def _told_before(x: Excerpt, ruling: Excerpt) -> bool:
    """The excerpt comes earlier in the ruling's own story: the story's telling of the decision."""
    return x.article.id == ruling.article.id and _place(x) < _place(ruling)


def _ruling_told(e: Engine, p: Parsed) -> list:
    """"What did the Law Lords decide about Roma passengers screened at Prague airport": the story on
    it tells the decision as the decider's, "The government's immigration rules racially
    discriminated against Roma ..., the Law Lords have ruled", in a sentence that names the decider
    (or is told in its voice) and a verb of deciding, however little of the topic's words it repeats;
    a careful reader takes that over another's comment that shares more of the question's words."""
    state = e.search_state()  # (this look leaves the answer's own search as it was)
    try:
        return _rulings(e, _RULING_ASKED.match(p.text))
    finally:
        e.restore_search_state(state)


def _rulings(e: Engine, m: re.Match) -> list:
    if not (deciders := e.concepts(m.group("who"))) or len(deciders) > 2:
        return []
    concepts = e.concepts(f"{m.group('who')} {m.group('topic')}", _RULING_FRAME)
    if len(concepts) < len(deciders) + 1:
        return []
    ids = {a for c in deciders for a in c.actor_ids}
    names = [w for c in deciders for w in c.words if w]
    if not names:
        return []
    said_by = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in names) + r")\b(?:\W+\w+){0,4}?\W+" + _RULING_VERBS)
    labels = {c.label for c in deciders}
    found = [(r, s) for r, s in e.best(concepts, require=labels, min_cov=0.0)
             if _RULING_TOLD.search(r["text"]) and (r["source_actor"] in ids or said_by.search(r["text"]))
             and not _FINDING_PENDING.search(r["text"])]
    if not found:
        return []
    covered = e.last_labels()
    articles = sorted({r["article_id"] for r, _ in found})
    story = e.search.article_coverage(concepts, articles)
    # (a sentence that names only the decider tells the decision asked in the story's opening, where its
    # news is: "Sitting on Wednesday, three Appeal Court judges dismissed both appeals"; later on it may
    # be another of the decider's: "Mr Brown rejected the Lib Dems' call ...")
    opening = lead_rows(e, articles, RULING_OPENING)
    found = [(r, s) for r, s in found if story.get(r["article_id"], 0.0) >= RULING_STORY - 1e-9
             and (covered.get(r["sid"], set()) - labels or r["sid"] in opening.get(r["article_id"], ()))]
    found.sort(key=lambda x: (-round(story[x[0]["article_id"]], 3), -round(x[1], 3), x[0]["sid"]))
    return [excerpt(r, max(s, MIN_COVERAGE)) for r, s in found[:MAX_EXCERPTS]]


# "what legal step did the pro hunt side take on thursday", "what legal challenge are opponents
# bringing": a thing asked, then who, then a verb that only carries it (one takes a step, brings a
# challenge, makes a change); a story tells it as "launched their second legal challenge"
_AUX = r"(?:did|does|do|is|are|was|were|will|would|has|have|had)"
_SUPPORT_VERB = re.compile(r"(?i)\s*(?:what|which)\s+(?!" + _AUX + r"\b)(?:[\w'’-]+\s+){1,3}?" + _AUX + r"\s+(?:[\w'’.-]+\s+){1,6}?"
                           r"(?P<verb>take|takes|took|taken|taking|bring|brings|brought|bringing|make|makes|made|making)"
                           r"(?:\s+(?:on|in|at|this|last|next|over|against|to|for)\b[^?]*)?\W*$")


_KIND_OF = re.compile(r"(?i)^(\s*(?:what|which)) (?:kind|sort|type) of ")


def _search(e: Engine, p: Parsed, unnamed_dead: bool = False) -> Answer:
    """Anything else: the sentences that cover the question best, preferring those that hold
    the kind of thing asked for (a number for 'how much', a reason for 'why' ...).
    `unnamed_dead`: "people" in "how many people were killed" is what is counted, not a word
    the answer must hold."""
    text = p.topic or p.text
    wh = asked_kind(p.text)
    # "according to the ACLU piece": which article, not a word its sentences must hold
    text, only = in_named_article(e, text)
    # "what kind of election contest does he expect": the contest is asked; the kind is the answer,
    # not a "sort of" it must print ("crossing some sort of symbolic threshold")
    text = _KIND_OF.sub(r"\1 ", text)
    # "How big is the estate?": 'big' asks for a size, the article gives "140,000-acre"; "Which
    # leaders did Blair meet?": 'leaders' is what the answer names ("Silvio Berlusconi").
    how_much = re.match(r"(?i)\s*how much\b", p.text)  # "how much are fishermen paid": 'paid' stays a word of it
    frame = FRAME_WORDS | TIME_TAKEN if wh == "duration" else \
        FRAME_WORDS if wh in ("how much", "age", "distance", "clock", "measure") or how_much else \
        MONEY_WORDS if wh == "money" else \
        frozenset(("go", "goes", "went", "result", "outcome", "margin", "majority")) if wh == "tally" else \
        frozenset(("verdict", "verdicts")) if wh == "verdict" else \
        frozenset(("called", "named", "renamed", "name", "call", "calls", "calling", "names", "naming", "itself", "themselves")) \
        if wh == "name" else frozenset()
    priced = how_much and re.search(r"(?i)\b(?:does|do|did|will|would|could|might) (?:[\w'’-]+ ){1,6}cost\W*$", p.text)
    if wh == "money" and (made := re.search(r"(?i)\bcost(?:s|ing)? to (\w+)", p.text)):
        frame = frame | {made.group(1).lower()}  # "cost to produce" / "cost £2,500 to design, print and deliver"
    if wh == "duration" and (going := re.search(r"(?i)\b(go|goes|went|gone|going|carry|carries|carried|carrying) on\b", p.text)):
        frame = frame | {going.group(1).lower()}  # "how long did the cold war go on for": it "lasted 43 years"
    if which := re.match(r"(?i)\s*which (\w+)", p.text):
        frame = frame | {which.group(1).lower()}
    if unnamed_dead:
        frame = frame | {"people", "persons"}
    if part := re.match(r"(?i)\s*what (share|proportion|percentage|fraction|part) of\b", p.text):
        frame = frame | {part.group(1).lower()}  # "what share of 14-16 year olds ...": "only a quarter of"
    if HOME_ASKED.match(p.text):
        frame = frame | HOME_WORDS  # "what town is Betts-Green from": the kind of place is asked, not a word of the answer
    if wh == "how much" and (placed := re.match(r"(?i)\s*where (?:do|does|did|will|would) \S+(?: \S+)? (come|came|finish|finished|place|placed)\b",
                                                p.text)):
        # "where did the UK come in the table": "ranked the UK third", no coming ("rank" stays: "ranked" says it)
        frame = frame | {placed.group(1).lower()}
    if re.match(r"(?i)\s*where\b", p.text) and wh is None:
        frame = frame | {"stand", "stood", "standing"}  # where X stands is the answer, not a word of it
    if told := TOLD_BY.search(p.text):
        frame = frame | {told.group(1).lower()}  # "How big a cap does the commission suggest?": who tells, not what
    if _HAPPENED.match(p.text):
        frame = frame | {"happened", "happend", "happen", "happens", "happening", "went", "going"}  # what happened is the answer, not a word of it
    if OUTCOME_ASKED.match(p.text):
        frame = frame | {"came", "come", "comes", "resulted", "upshot"}  # what came of it is the answer (a "result" may be a tally the story must give)
    if support := _SUPPORT_VERB.match(p.text):
        frame = frame | {support.group("verb").lower()}  # "what legal step did X take": the step is asked, the taking says nothing
    if decided := _DECIDED.match(p.text):
        frame = frame | {decided.group(1).lower()}  # "what did the appeal court decide": "dismissed both appeals"
    if only:
        # "which browser does the ACLU piece on Facebook tracking non-users recommend": in the
        # article named, what it is about and what it does ("recommend", "call") pick no sentence
        frame = frame | _ARTICLE_ACTS | set(content_words(" ".join(
            r["title"] for r in e.reader.all(f"SELECT title FROM articles WHERE id IN ({placeholders(only)})", only))))
    concepts = e.concepts(text, frame)
    amounts.widen(e, p.text, wh, concepts)  # "how much has X given": donated; "how many would they axe": cut
    if priced and len(bare := e.concepts(text, frame | {"cost"})) == 1 and not e.best(concepts, article_ids=only, named_before=True):
        # "how much does a Blackberry cost": when no sentence holds the thing and "cost", the price
        # is the answer, not the word ("... use Blackberries ... The £200 handheld computers ...")
        concepts = bare
    if len(concepts) == 1 and not concepts[0].actor_ids and not only and not priced:
        # One ordinary word: "sanctions" is a topic to brief on; "Is it true?" asks nothing we hold.
        if len(p.text.split()) <= 3 and not QUESTION_START.match(p.text) and re.fullmatch(r"[\w\s'’-]+", p.text):
            from bot.answer.pack import briefing
            return briefing(e, Parsed("briefing", p.text, topic=text))
        return e.nothing(p)
    # A person the question names must be in the answer: coverage alone can pick a sentence
    # that shares the other words but is about someone else.
    people = {c.label for c in person_concepts(e, concepts)}
    # ... and so must a year or a share it names: turnout "in 2001" does not answer for 1997, nor "75%" for "a third",
    # and what it asks someone did or has
    required = {c.label for c in concepts if YEAR.fullmatch(c.label) or c.label.startswith("share:")}
    done = done_before_post(e, text, frame) if wh in ("how much", "money", "tally") else set()
    required |= done  # "how much is Howard paid as Tory leader": paid, said of him
    required |= _owned_thing(e, text, concepts)
    required |= _measured_thing(p.text, concepts)
    required |= _deed_of_who(p.text, concepts)
    counted = amounts.counted_for(e, p.text, concepts)
    # "What happened to Michael Ferguson?": a sentence where he does or undergoes something
    # ("escaped"), before those where others speak of him
    subjects = _happened_to(e, p.text)
    best = e.best(concepts, require=required or None, article_ids=only, subjects=subjects, named_before=True,
                  told_first=bool(_DEED_ASKED.match(p.text)) and not WORDS_ASKED.search(p.text))
    years = {l for l in required if YEAR.fullmatch(l)} if not best else set()
    if years:
        best = year_of_story(e, concepts, years, required - years, only, subjects)
    dated_by_story = {r["sid"] for r, _ in best} if years else set()
    if subjects:  # ... told in the article's own voice before another's ("Police said Ferguson ...")
        does = e.subject_sentences(subjects, [r["sid"] for r, _ in best])
        best.sort(key=lambda x: (-round(x[1] + (SUBJECT_BONUS if x[0]["sid"] in does else 0.0) + lead_bonus(x[0]), 3),
                                 x[0]["source"] is not None))
    if not best and subjects:
        best = told_of_them(e, concepts, subjects)
    if not best and (how := _HOW_DOES.match(p.text)) and e.exact_actor(how.group(1)) is not None and len(concepts) >= 4:
        # "how does Facebook track non-users through like buttons": the way it is done answers, and
        # it may not name the deed ("your browser ... tell Facebook about your browsing habits")
        concepts = e.concepts(text, frame | {how.group(2).lower()})
        best = e.best(concepts, require=required or None, article_ids=only, named_before=True)
    if not best and wh == "who":
        best = doer_in_story(e, p.text, concepts)
    if not best and wh == "who" and (told := head_named_after(e, p.text, concepts)):
        return Answer(p.text, "search", True, [span_excerpt(e.reader, rows, sc, voice=rows[-1]) for rows, sc in told])
    if not best and which:
        # "Which browser is best for privacy?": the answer may name the kind itself ("the most
        # privacy-preserving browser is the Tor Browser"); then the word is a concept like any other.
        concepts = e.concepts(text, frame - {which.group(1).lower()})
        best = e.best(concepts, require=required or None, article_ids=only, named_before=True)
    best = naming(e, best, concepts, people, every=False)
    if wh == "who":
        # "who won the veritas leadership election": the party whose contest it is must be named
        # (by the sentence, the one before it or the headline), not another party's win
        bodies = {c.label for c in concepts if c.actor_ids and all(
            e.actors.by_id[a].kind in ("organization", "group") for a in c.actor_ids if a in e.actors.by_id)}
        best = naming(e, best, concepts, bodies, every=False)
    which_kind = which.group(1).lower() if which else None

    def of_kind(text: str) -> bool:
        """"Which website sold her the pills?": an answer names a website, however it is found."""
        return which_kind not in KINDS or names_a(e, which_kind, text)

    best = [(r, s) for r, s in best if of_kind(r["text"])]
    if wh == "why" and not _WHY_SAY.match(p.text):
        # "why did Derek Wyatt quit the Labour party": a sentence that gives a reason, or tells
        # the whole event, not one that only names Wyatt and his party
        kept = [(r, s) for r, s in best if gives_reason(r["text"]) or s >= 1.0 - 1e-9]
        if not kept and (told := reason_told_next(e, [([r], s) for r, s in best])):
            # "Currently candidates ... must be 21 while the voting age is 18. That is because ...":
            # the story tells the event, then why, in a sentence that goes on from it
            return Answer(p.text, "search", True, [span_excerpt(e.reader, rows, sc, voice=rows[-1]) for rows, sc in told])
        best = kept
    best = _of_bearer(e, text, best)
    if dated := _DATED_EVENT.search(text):
        # "who won the 2005 general election": 2005 is that election's, not "Quangos 2005" beside a 1997 win
        best = [(r, s) for r, s in best if _dated_together(r["text"], dated.group(1), dated.group(2)) or r["sid"] in dated_by_story]
    wanted = ANSWER_TYPES.get(wh) if not HOME_ASKED.match(p.text) else HOME_RX
    if wh == "where" and SAID_WHERE_ASKED.match(p.text):
        wanted = SAID_WHERE  # where words were given: the occasion or outlet too
    if wh == "how much" and SIZE_ASKED.match(p.text):
        wanted = SIZE  # "How big a cap ...?": a figure, not "would first have to be" (but "how many
        # Tories have defected?" may be told as "the third Tory to defect")
    share_asked = wanted is not None and bool(WHAT_SHARE.match(p.text))
    if share_asked:
        wanted = SHARE_TOLD  # "What share of spending will go on interest?": "13 percent", not "$631 billion over 10 years"

    counted_kind = amounts.counted_kind(p.text)
    counted_words = amounts.counted_nouns(p.text) if re.match(r"(?i)\s*how many\b", p.text) else set()

    def names_counted(text: str) -> bool:
        """"How many pets have been registered to vote?" is not answered by "voters ... two
        years running", nor "how many staff" by "£1 an hour": a sentence that never names what
        is counted, and whose only figures are sums, years or spans of time, counts nothing asked."""
        return not counted_kind or amounts.counts_anything(text) or not amounts.figures_count_nothing(text) and any(
            re.search(r"(?i)(?<![\w])" + re.escape(w) + r"(?![\w])", text) for w in counted_kind)

    def told_counts(rows: list) -> bool:
        """A sentence and the next that goes on with it count what was asked, the one or the other
        (not "The risk of pets ... Those are some of the mistakes ... one person in each household")."""
        joined = " ".join(r["text"] for r in rows)
        return not counted_kind or names_counted(joined) and (counts_asked(rows[-1]["text"]) or counting(joined, counted_kind)
                                                              or counting(joined, counted_kind, in_words=True))

    def counts_it(text: str) -> bool:
        """Both checks of a count: in words it counts what was asked, and it counts anything at all."""
        return counts_asked(text) and names_counted(text)

    def counts_asked(text: str) -> bool:
        """"How many votes did she win?" is not answered by "two white and five ethnic minority
        women": a count in words must count what was asked."""
        counted = amounts.COUNTED_WORD.match(p.text)
        if not counted or re.search(r"\d", text):
            return True
        # ... by any noun of what was asked: "how many poster designs did ..." -> "four designs"
        whole = amounts.COUNTED_PHRASE.match(p.text)
        nouns = {w.lower() for w in (whole.group(1).split() if whole else [counted.group(1)])}
        return counting(text, {x for w in nouns for x in expand(w)} | nouns, in_words=True)

    if wanted is not None and wh != "why":
        # "How many ...", "When ...", "Where ...": an answer must hold a number, a time, a place,
        # and one the question did not bring itself ("from Obama" is not where Obama went).
        # ... counting what was asked in its spelt-out words too: "how many Asbos" -> "2,600
        # anti-social behaviour orders"
        asked = set(content_words(text)) | {w for c in concepts for x in c.spelt for w in content_words(x)}
        # ... and in the pack's spelling of a word the question mistyped: "how many recomendations" counts "101 recommendations"
        asked |= {c.words[0] for c in concepts if c.words and not c.actor_ids and c.label not in c.words and " " not in c.words[0]}
        asked |= amounts.nationals_counted(e, p.text, concepts)  # "how many brits": "41 Britons"
        covering = best
        if wh == "contents" and (held := contents_told(e, concepts, covering)):
            return Answer(p.text, "search", True, [excerpt(r, s) for r, s in held[:MAX_EXCERPTS]])
        # (an age set off after a name, "Robert Jackson, 58, MP for Wantage", is no figure asked)
        plain = (lambda t: t) if wh == "age" else (lambda t: AGE_ASIDE.sub(",", t))
        best = [(r, s) for r, s in best if holds(wanted, plain(r["text"]), asked)
                or wh == "how much" and not share_asked and counting(plain(r["text"]), asked)]
        best = [(r, s) for r, s in best if counts_it(r["text"])]
        if wh == "age":  # the age beside the asked person's name, not the burglar's in his story
            ids = {a for c in concepts for a in c.actor_ids}
            best = [(r, s) for r, s in best if beside_name(e, wanted, r, ids) or r["source_actor"] in ids and OWN_AGE.search(r["text"])]
        # (what someone is paid is said of them, in the sentence that gives the sum)
        more = in_whole_articles(e, concepts, MONEY_FIGURE if wh == "money" and not share_asked else wanted, asked,
                                 {r["sid"] for r, _ in best}, people, required | (people if done else set()),
                                 set_in={y for y in required if YEAR.fullmatch(y) and re.search(_THING_OF_YEAR + y + r"\b", text)})
        if wh == "age":  # ... an age said as one ("became mayor at the age of 38"), not a "106-year-old schooner"
            more = [(r, s) for r, s in more if beside_name(e, wanted, r, ids) or AGE_SAID.search(r["text"])]
        if more and (setting := amounts.counted_in(concepts, p.text)):
            # ... a count the story gives elsewhere names the event it counts: "killing nine people"
            # in a story on riots that followed is a count of another killing
            held = e.search.coverage(concepts, [r["sid"] for r, _ in more])
            more = [(r, s) for r, s in more if setting & held.get(r["sid"], (0.0, set()))[1]]
        # ... and, when no sentence that covers the question gives a count, one found elsewhere in
        # the story whose counts in words all count something else is no answer: "how many votes did
        # she get" is not answered by "a contest between two white and five ethnic minority women"
        alone = [] if best else [(r, s) for r, s in more if amounts.counts_else(r["text"], counted_words)]
        best += [(r, s) for r, s in more if names_counted(r["text"]) and (r, s) not in alone]
        if wanted is SAID_WHERE:  # ... and where words were given is told outside them: a place inside the
            # quote is what they speak of ('"... a lack of trust in Tony Blair ...," he said')
            best = [(r, s) for r, s in best if holds(wanted, _unquoted(r["text"]), asked)]
        # "What was the turnout in Erewash?": not the national figure; "What did Verizon pay for
        # AOL?": not what it paid for Yahoo. The places (and, for a sum, the parties) asked about are named.
        best = naming_all(e, best, concepts, p.text, wh == "money")
        if re.match(r"(?i)\s*how many\b", p.text) and not amounts.SHARE_ASKED.search(p.text):
            # a share counts nothing: "a second chamber in which 70% of members would be elected" does
            # not say how many members; the story's count is looked for as if no sentence covered it
            # (unless what is left counts nothing asked either: then the share stays, as the nearest answer)
            kept = [(r, s) for r, s in best if not amounts.shares_only(r["text"])]
            if not kept or any(counting(r["text"], asked) or counting(r["text"], asked, in_words=True) for r, _ in kept):
                best = kept
            elif told := [(rows, sc) for rows, sc in told_next(e, covering[:2 * MAX_EXCERPTS], lambda t: counting(t, asked),
                                                                COUNT_ANAPHOR) if told_counts(rows)]:
                # ... nor before the count the story goes on to give after a sentence that names the
                # thing: "... its members would be known as MSCPs. There would be 385 MSCPs, including
                # 270 elected members"
                return Answer(p.text, "search", True, [span_excerpt(e.reader, rows, sc, voice=rows[-1]) for rows, sc in told])
        if wh == "where" and (told := _place_told_next(e, covering, best, wanted, asked)):
            return Answer(p.text, "search", True, [span_excerpt(e.reader, rows, sc, voice=rows[-1]) for rows, sc in told])
        if wh == "where" and not places_told(e, wanted, [r for r, _ in best], asked) \
                and not any(_AT_A_PLACE.search(r["text"]) for r, _ in best) \
                and (held := _where_in_story(e, concepts, wanted, asked, people)):
            return Answer(p.text, "search", True, [excerpt(r, s) for r, s in held[:MAX_EXCERPTS]])
        if not best:
            best = [(r, s) for r, s in under_headlines(e, concepts, people, lambda text: holds(wanted, text, asked), required)
                    if counts_it(r["text"])]
        if not best and (told := [(rows, sc) for rows, sc in told_next(
                e, covering[:2 * MAX_EXCERPTS], lambda text: holds(wanted, text, asked), PRICED_ANAPHOR if wh == "money" else ANAPHOR)
                if told_counts(rows)]):
            return Answer(p.text, "search", True, [span_excerpt(e.reader, rows, sc, voice=rows[-1]) for rows, sc in told])
        if not best and wh == "name":
            # "his new party, Veritas": a name given without the word "called", beside what it names
            # ("what is the name of Yoon's wife" is not answered by "allegations involving Yoon's wife")
            thing = _NAME_OF_WHAT.search(text) or _CALLED_WHAT.match(p.text)  # ... nor "what is Yoon's wife called"
            best = [(r, s) for r, s in covering if not thing and not re.search(r"(?i)\bname of\b", text)
                    or thing and _named_beside(r["text"], thing.group(1))]
            if not best and thing:
                best = named_by_pronoun(e, text, thing.group(1))
    best = naming(e, best, concepts, counted, every=True)  # "how many seats did Veritas win": Veritas's
    if not best:
        # ("how many members": "There would be 385 MSCPs, including 270 elected members" counts them)
        # (not when whose count is asked: the next sentence's "won 12 seats" may be another party's)
        many_asked = wanted is not None and wh == "how much" and bool(re.match(r"(?i)\s*how many\b", p.text)) \
            and not share_asked and not counted
        spans = [(rows, sc) for rows, sc in passages(e, concepts, people | required | counted, wanted if wh != "why" else None,
                                                     set(content_words(text)), together=done | people if done else set(),
                                                     counts=(lambda t: counting(t, asked)) if many_asked else None)
                 if counts_it(joined := " ".join(r["text"] for r in rows)) and of_kind(joined)]
        if spans and wanted is not None and (setting := amounts.counted_in(concepts, p.text)):
            # "how many were killed in the riots": the sentence that gives the count names the riots (a
            # word of the event: "the Tel Aviv nightclub bombing" may be "the bombing" or "the nightclub")
            # ("... killing the nine French soldiers. The decision ... prompted riots" counts another death)
            asked_words = set(content_words(text))
            held = e.search.coverage(concepts, [r["sid"] for rows, _ in spans for r in rows])
            spans = [(rows, sc) for rows, sc in spans if any(
                holds(wanted, r["text"], asked_words) and setting & held.get(r["sid"], (0.0, set()))[1] for r in rows)]
        if wh == "why" and not _WHY_SAY.match(p.text):
            spans = reason_told_next(e, spans)
        if spans:
            if _HAPPENED.match(p.text):
                spans.sort(key=lambda x: to_come(" ".join(r["text"] for r in x[0])))
            must = {c.label for c in concepts if c.label in required and not c.actor_ids}
            held = e.search.coverage(concepts, [r["sid"] for rows, _ in spans for r in rows])
            return Answer(p.text, "search", True, [span_excerpt(e.reader, rows, sc, voice=answer_voice(
                rows, (lambda t: holds(wanted, t, set(content_words(text)))) if wanted is not None and wh != "why" else None,
                held, must) or louder_voice(rows, held)) for rows, sc in spans])
        if wanted is None and wh != "why" and (told := [(r, s) for r, s in told_in_story(e, concepts, people | required, p.text)
                                                       if of_kind(r["text"])]):
            if which:  # "which bills ...": of the story's sentences, one that names a bill first
                kind = re.compile(r"(?i)\b" + _one_or_more(which.group(1)) + r"\b")
                told.sort(key=lambda x: not kind.search(x[0]["text"]))
            return Answer(p.text, "search", True, [excerpt(r, s) for r, s in told[:MAX_EXCERPTS]])
        caps = [w for w in re.findall(r"\b[A-Z][\w'’-]+", text)][1:]
        return e.nothing(p, suggest=" ".join(caps) if caps else None)
    if wanted is not None:
        # of equals, a number counting what was asked first: "529 quangos" before "at least 111 of the bodies"
        many = bool(re.match(r"(?i)\s*how many\b", p.text))

        told_where = places_told(e, wanted, [r for r, _ in best], asked) if wh == "where" else set()

        def typed(row) -> float:  # ... and an amount in digits before a word that may be one ("first")
            text = row["text"]
            counts = many and (counting(text, asked) or counting(text, asked, in_words=True, exact=True))
            if not wanted.search(text) and not counts:
                return 0.0
            if wh == "where" and row["sid"] not in told_where:
                return 0.0  # ... a place, not "outside UKIP" of a question on UKIP, nor "at the European elections"
            if wh == "duration" and all(_spent_doing_else(text, m, asked) for m in wanted.finditer(text)):
                return 0.0  # ... how long what was asked took, not "speaking for just over two minutes"
            if wanted is SAID_WHERE and SAID_VENUE.search(text):
                return ANSWER_TYPE_BONUS * 1.5  # ... the occasion of the words before a place they speak of ("in the courts")
            if many and not counts and all(m.group(0)[0] in "£$€¥" for m in wanted.finditer(text)):
                return 0.0  # ... "how many voters": a count, not "from £79.60 to £105.45"
            digits = wh in ("how much", "money") and any(re.search(r"\d", m.group(0)) for m in wanted.finditer(text)) or counts
            return ANSWER_TYPE_BONUS * (1.5 if digits else 1.0)
        # ... and where someone did something is told where they are named (or go on as "he"), before
        # a place in their story that does not: "Mr Howard made his remarks during a speech in
        # Westminster", not "stem cells in the UK", for "where did Howard make his stem cell speech"
        placed = wh == "where" and bool(people)
        named = {sid for sid, (_, have) in e.search.coverage(concepts, [r["sid"] for r, _ in best]).items()
                 if have & people} if placed else set()
        # ... and a figure of the person asked is given where they are named: "one in six knew who
        # Michael Howard was", not "a quarter of 14-16 year olds knew that Labour was the government"
        # of the same poll, for "what share knew who Michael Howard was"
        # (the person the question ends on, what was known or backed: not "the Blunkett poll", nor Mori "asking")
        of_them = _names_all(e, people, concepts, [r for r, _ in best]) \
            if people and not placed and _ends_on(p.text, [c for c in concepts if c.label in people]) else set()
        deed_told = _deed_told(e, p.text, concepts, best) if wh == "where" else set()
        best.sort(key=lambda x: (placed and x[0]["sid"] not in named and not _HE_OPENS.match(x[0]["text"]),
                                 bool(deed_told) and x[0]["sid"] not in deed_told,
                                 bool(of_them) and x[0]["sid"] not in of_them,
                                 -(x[1] + typed(x[0]))))
        best = amounts.asked_poll_first(e, p.text, concepts, best)
        if many and (counted_words := amounts.counted_nouns(p.text)):
            best = amounts.counted_in_story(e, concepts, best, lambda t: counting(t, counted_words)
                                            or counting(t, counted_words, in_words=True, exact=True), counted_words,
                                            lambda t: counting(t, counted_kind or counted_words, in_words=True)
                                            or amounts.ordinal_of(t, counted_kind or counted_words))
            best = amounts.counted_word_first(best, p.text, lambda t: AGE_ASIDE.sub(",", t))  # "659 MPs" for "how many mps"
        if wh in ("how much", "money") and not many and best and not share_asked and (told := _figure_told_next(
                e, concepts, best[0][1], wanted, asked, people | required | counted, done | people if done else set())):
            # "The minimum wage will rise in October ... Adults must be paid at least £5.05 an hour": the
            # story tells the news, then its figure; together they say more of what was asked than a
            # figure in a sentence that covers less of it ("A £3 per hour minimum wage was introduced
            # last October for 16 to 17-year-olds")
            rows, sc = told
            held = e.search.coverage(concepts, [r["sid"] for r in rows])
            first = span_excerpt(e.reader, rows, sc, voice=answer_voice(rows, lambda t: holds(wanted, t, asked), held)
                                 or louder_voice(rows, held))
            return Answer(p.text, "search", True, [first] + [excerpt(r, s) for r, s in best[:MAX_EXCERPTS - 1]])
    elif re.match(r"(?i)\s*(?:who|whom)\b", p.text) or which:
        # "Who is standing against Ingram?", "Which leaders did Blair meet?": the answer names
        # someone the question does not.
        named = names_someone_new(e, [r["sid"] for r, _ in best], {a for c in concepts for a in c.actor_ids})
        if wh == "who":  # ... or one it does not name: "thrown over him by a protester in Manchester"
            named |= {r["sid"] for r, _ in best if UNNAMED_AGENT.search(r["text"])}
        if not named and wh == "who" and (doers := doer_in_story(e, p.text, concepts)):
            # no sentence covering the question names anyone: the story's sentence that holds
            # the deed and names who did it ("Prof Joni Lovenduski, who conducted the study")
            seen = {r["sid"] for r, _ in doers}
            best = doers + [(r, s) for r, s in best if r["sid"] not in seen]
            named = names_someone_new(e, [r["sid"] for r, _ in best], {a for c in concepts for a in c.actor_ids})
        kind = re.compile(r"(?i)\b" + _one_or_more(which.group(1)) + r"\b") if which else None
        if kind:  # "Which regiment ...?": a sentence of the story that names a regiment comes first
            best += in_whole_articles(e, concepts, kind, set(content_words(text)), {r["sid"] for r, _ in best}, people)
        # ... by its name: "the Derbyshire seat of Erewash" names a seat, "most seats" none
        one = re.escape(which.group(1).lower().removesuffix("s")) if which else ""
        instance = re.compile(r"\b[A-Z][\w'’-]+\s+(?i:" + one + r")\b|\b(?i:" + one + r")\s+(?:of|in|for)\s+[A-Z]") \
            if which else None
        # ... and, of those, one that tells the deed asked ("who quit the BBC over the Hutton affair":
        # "prompted the resignation of BBC chairman Gavyn Davies", not a sentence on the affair that names another)
        did = WHO_DID.match(p.text) if wh == "who" else None
        deed = next((c.label for c in concepts if did and c.label == did.group(1).lower() and not c.actor_ids), None)
        held = e.search.coverage(concepts, [r["sid"] for r, _ in best]) if deed else {}
        best.sort(key=lambda x: (bool(kind) and not kind.search(x[0]["text"]),  # naming nobody answers no "who"
                                 x[0]["sid"] not in named and not (instance and instance.search(x[0]["text"])),
                                 bool(deed) and deed not in held.get(x[0]["sid"], (0, set()))[1], -x[1]))
    elif _HAPPENED.match(p.text):
        # (what is happening may be still to come: "Fifty new areas ... will be named on Thursday")
        now = re.match(r"(?i)\s*what(?:['’]s| is) (?:happening|going on)\b", p.text) is not None
        best.sort(key=lambda x: (not now and to_come(x[0]["text"]), -round(x[1] + lead_bonus(x[0]), 3)))
        led = lead_first(e, p.text, concepts, best)
        if led and best and led[0][0]["sid"] == best[0][0]["sid"] and not WORDS_ASKED.search(p.text):
            led = _told_before_said(led)  # (the opening of the top sentence's story, when it tells it, stays first)
        best = led
    elif (m := _WHAT_KIND_DONE.match(p.text)) and (kind := next((c.label for c in concepts if not c.actor_ids
                                                                 and m.group("kind").lower() in (c.label, *c.words)), None)):
        # "What debt deal did Brown sign on his Africa trip": the answer names the kind of thing asked
        # ("Mr Brown has signed a debt relief deal with Tanzania") or tells the deed ("Labour has
        # unveiled the four little words ..."), before a sentence on the trip and the debt that does neither
        told = {kind} | _deed_after_doer(p.text, m.end() - 1, concepts, kind)
        held = e.search.coverage(concepts, [r["sid"] for r, _ in best])
        best.sort(key=lambda x: -(x[1] + (ANSWER_TYPE_BONUS if told & held.get(x[0]["sid"], (0.0, set()))[1] else 0.0)))
    elif m := _WHAT_IS.match(p.text):
        # "What's Labour's election slogan?": the sentence that gives it ('slogan will be: "..."')
        # before one that only talks about it ("the slogan was the reaction to polling").
        gives = re.compile(r"(?i)\b" + re.escape(m.group(1)) + r"s?\b\W{0,3}(?:(?:will|would) be|is|was|are|were|"
                           r"called|named|reads?)?\W{0,3}[\"“‘]")
        # ... and "what exactly are stem cells": the sentence that opens on them and says what they
        # are ("Stem cells are master cells that ..."), before one that only names them
        defines = _defining(p.text)
        best.sort(key=lambda x: -(x[1] + (ANSWER_TYPE_BONUS if gives.search(x[0]["text"])
                                          or defines and defines.match(x[0]["text"]) else 0.0)))
    return Answer(p.text, "search", True, [excerpt(r, s) for r, s in best[:MAX_EXCERPTS]])


# "What (exactly) are stem cells?": the thing asked, after the copula and a hedge or article.
_HEDGE = r"(?:\s+(?:exactly|actually|really|precisely))?"
_WHAT_IS_THING = re.compile(r"(?i)^\s*what" + _HEDGE + r"(?:'s|’s| is| are| was| were)" + _HEDGE
                            + r"\s+(?:the\s+|an?\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,3}?)" + _HEDGE + r"\W*$")


def _defining(question: str) -> re.Pattern | None:
    """A sentence that defines the thing asked: it opens on the thing and says what it is ("Stem
    cells are master cells that ...", not "Stem cells are not ..."), as a reader looks for."""
    m = _WHAT_IS_THING.match(question)
    if not m or not content_words(m.group(1)):  # ("what was that": no thing named)
        return None
    return re.compile(r"(?i)[\"“‘]?(?:the\s+|an?\s+)?" + r"\s+".join(map(re.escape, m.group(1).split()))
                      + r"s?\s+(?:is|are|was|were)\s+(?!not\b|no\b|still\b|also\b)")  # (either number: "quangos are")


# A span of time spent doing something: "(Yoon continued,) speaking for a total of just over two minutes"
_SPENT_DOING = re.compile(r"(?i)\b(\w+ing) for (?:[\w-]+ ){0,6}$")


def _spent_doing_else(text: str, span: re.Match, asked: set[str]) -> bool:
    """The span is how long someone spent doing what the question does not ask about ("how long
    did martial law last" is not "speaking for two minutes"): a reader takes it as that act's."""
    doing = _SPENT_DOING.search(text, 0, span.start())
    return doing is not None and doing.group(1).lower() not in asked


def _one_or_more(word: str) -> str:
    """A kind asked in the plural or the singular, as a pattern for either: "which bills" is
    answered by "its ID cards Bill", "which countries" by "the only country"."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return re.escape(w[:-3]) + r"(?:y|ies)"
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return re.escape(w[:-1]) + r"(?:y|ies)"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    return re.escape(w) + r"(?:s|es)?"


def reason_told_next(e: Engine, spans: list) -> list:
    """For a why-question, the passages that give a reason: in their own words, or in the sentence
    told next that goes on with their last one ("... but in the end was granted £349m. That was
    because the UK had valued the culled animals at ..."): then the sentence it explains and the
    reason are the passage. Passages that give none are dropped."""
    bare = [(rows[-1], sc) for rows, sc in spans if not any(gives_reason(r["text"]) for r in rows)]
    told = {rows[0]["sid"]: rows for rows, _ in told_next(e, bare[:2 * MAX_EXCERPTS], gives_reason, REASON_ANAPHOR)}
    out = []
    for rows, sc in spans:
        if any(gives_reason(r["text"]) for r in rows):
            out.append((rows, sc))
        elif rows[-1]["sid"] in told:
            out.append((told[rows[-1]["sid"]], sc))
    return out


def _figure_told_next(e: Engine, concepts: list[Concept], top: float, wanted: re.Pattern, asked: set[str],
                      require: set[str], together: set[str]) -> tuple | None:
    """Two adjacent sentences, the first telling what was asked without a figure, as fully as the
    best sentence with a figure, and the next giving one: together they cover the question more
    than that sentence does alone (their joint coverage less PASSAGE_PENALTY, as a passage is
    always scored)."""
    found = passages(e, concepts, require, wanted, asked, together=together)
    for rows, sc in found:
        if sc <= top + 1e-9 or sc < found[0][1] - 1e-9:
            break  # (of the passages that say most: "Mr Straw said the move would save £6m a year. ... the
            # embassy closures" is the figure told first, which the sentence alone gives)
        # (the first tells it as fully as the best sentence with a figure: the next only adds the figure)
        if not holds(wanted, rows[0]["text"], asked) and holds(wanted, rows[1]["text"], asked) \
                and e.search.coverage(concepts, [rows[0]["sid"]]).get(rows[0]["sid"], (0.0, set()))[0] >= top - 1e-9:
            return rows, sc
    return None


def _told_before_said(best: list) -> list:
    """"What happened to Blair on the Wright Stuff show": the story's own telling ("The trouble began
    on the Wright Stuff show, with Maria Hutchings marching up to him ...") before a speaker's words
    that cover the question as well ("Mr Blair told Five's Wright Stuff show: ..."). Applied only when
    `lead_first` kept the top sentence, so it never picks which story's opening answers. (A deed told
    with a saying after it, "the government refused to back the bill, saying
    ...", is itself the story's telling.)"""
    if not best or best[0][0]["source"] is None or (best[0][0]["cue"] or "").lower().endswith("ing"):
        return best
    top, score = best[0]
    for i, (r, s) in enumerate(best[1:MAX_EXCERPTS], 1):
        if round(s + lead_bonus(r), 3) < round(score + lead_bonus(top), 3) or to_come(r["text"]) != to_come(top["text"]):
            break
        if r["source"] is None:
            return [best[i]] + best[:i] + best[i + 1:]
    return best


def _names_all(e: Engine, people: set[str], concepts: list[Concept], rows: list) -> set[int]:
    """The sentences that name every person asked, in words not their own: a remark of Charles
    Kennedy's on his years as an MP gives no count of the teenagers who recognise him."""
    asked = [c for c in concepts if c.label in people]
    ids = {a for c in asked for a in c.actor_ids}
    held = e.search.coverage(asked, [r["sid"] for r in rows])
    return {r["sid"] for r in rows if people <= held.get(r["sid"], (0.0, set()))[1] and r["source_actor"] not in ids}


def _ends_on(question: str, asked: list[Concept]) -> bool:
    """The question ends on the people asked: "... knew who Michael Howard was", "... recognised Charles Kennedy"."""
    return any(re.search(r"(?i)\b" + re.escape(w) + r"(?:\s+(?:was|is|were|are))?\W*$", question)
               for c in asked for w in c.words)


# A place a sentence tells by its kind: "at a Hindu temple", "outside the town hall".
_AT_A_PLACE = re.compile(r"(?i)\b(?:in|at|near|outside|inside) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}?" + PLACE_NOUNS)
_QUOTED = re.compile(r"[\"“][^\"”]*(?:[\"”]|$)")


def _unquoted(text: str) -> str:
    """The text with its quoted words blanked, each character kept in place: the story's own words."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


_HELD = LIGHT_VERBS | frozenset("hold holds held holding".split())


def _place_told_next(e: Engine, covering: list, placed: list, wanted: re.Pattern, asked: set[str]) -> list:
    """"Where did Labour launch its new poster campaign": the sentence that tells the launch best
    ("... joined John Prescott to unveil Labour's latest poster campaign") gives no place, and the
    next one, going on with it, does ("The event - at Old Billingsgate Fish Market - was ...").
    The two come before a sentence that names a place but covers the question clearly less
    ("The campaigners unveiled a huge poster ... in Iraq", another story)."""
    floor = (placed[0][1] if placed else 0.0) + WHERE_NEXT_MARGIN
    top = [(r, s) for r, s in covering[:2 * MAX_EXCERPTS] if s >= floor]
    told = told_next(e, top, lambda text: holds(wanted, text, asked))
    return [(rows, sc) for rows, sc in told if places_told(e, wanted, [rows[-1]], asked)]


# "where did the two foreign ministers meet": the deed whose place is asked, its verb last
_WHERE_DEED = re.compile(r"(?i)\s*where (?:did|do|does|will|would|are|were|is|was) .+ (?P<verb>[a-z]{3,})\W*$")


def _deed_told(e: Engine, question: str, concepts: list[Concept], best: list) -> set[int]:
    """"Where did the Indian and Pakistani foreign ministers meet": the place of that meeting
    ("after a meeting of foreign ministers of both countries in Islamabad") comes before a place
    the story names beside the rest of the question ("the Pakistani city of Lahore"): the
    sentences that tell the deed asked (one indexed read of their coverage); none when the
    question ends on no deed of its own."""
    m = _WHERE_DEED.match(question)
    deed = next((c for c in concepts if m and c.label == m.group("verb").lower() and not c.actor_ids), None)
    if deed is None or len(best) < 2:
        return set()
    return {sid for sid, (_, have) in e.search.coverage([deed], [r["sid"] for r, _ in best]).items() if deed.label in have}


def _where_in_story(e: Engine, concepts: list[Concept], wanted: re.Pattern, asked: set[str], people: set[str]) -> list:
    """"Where did Brown give his rallying speech ...": no sentence holding the question tells a
    place, but the one story on it does, in a sentence of its own that names the person asked ("To
    a packed audience at Gateshead's Sage Centre, Mr Brown accused ...") or points back to what was
    told ("The event - at Old Billingsgate Fish Market - was ..."): its first such sentence."""
    # (the verb that only says the event took place is no word the story must hold: "where was the launch held")
    concepts = [c for c in concepts if c.label not in _HELD]
    if len(concepts) < 3:
        return []
    whole = stories_on(e, concepts, concepts)
    if len(whole) != 1:
        return []  # none, or several stories: which one the question means cannot be told
    sids = [r[0] for r in e.reader.all("SELECT id FROM sentences WHERE article_id = ? ORDER BY id", whole)]
    rows = sentences_by_id(e.reader, sids)
    # (in the story's own words, not a speaker's: 'Mr Kennedy is to tell the audience: "Many people in Britain ..."')
    told = places_told(e, wanted, [{"sid": i, "text": _unquoted(rows[i]["text"])} for i in sids], asked)
    held = e.search.coverage(concepts, sorted(told))
    found = [i for i in sids if i in told and (people & held.get(i, (0.0, set()))[1] or ANAPHOR.match(rows[i]["text"]))]
    return [(rows[i], held[i][0]) for i in found[:1]]


# One side of a bargain or a choice, asked by the other side: "what does Sudan have to do in exchange
# for the sanctions being lifted", "what is Jamieson going to do now instead of merging the services".
# A story tells the other side first, then this one in a sentence that points back to it: "In
# return, Sudan will ...", "Instead, Ms Jamieson will ...", "Blackpool will get the much smaller
# spring conference instead" (the question's words of the other side are in the story, not in that sentence).
_COUNTERPART = (
    (re.compile(r"(?i)\bin (?:exchange|return) for\b"), re.compile(r"(?i)\bin (?:exchange|return)\b(?! for\b)")),
    (re.compile(r"(?i)\binstead of\b"), re.compile(r"(?i)\binstead\b(?! of\b)")),
)


def counterpart(e: Engine, p: Parsed) -> Answer | None:
    """The sentences that tell what the party the question names does on its side of a bargain or
    a choice, in a story that tells the other side; None when the question asks no such thing."""
    for asked, told in _COUNTERPART:
        if m := asked.search(p.text):
            break
    else:
        return None
    # (the party is an actor the pack names, a place among them: "what does Blackpool get instead of ...")
    side = [c for c in e.concepts(p.text[:m.start()]) if c.actor_ids or e.exact_actor(c.label) is not None]
    other = [c for c in e.concepts(p.text[m.end():]) if not ({a for s in side for a in s.actor_ids} & c.actor_ids)]
    if not side or not other:
        return None
    sids = set.intersection(*(set(e.search.concept_rows(c)) for c in side))
    concepts = side + other
    e.search.weigh(concepts)
    articles = sorted({e.search.article_of(i) for i in sids})
    whole = {a for a, cov in e.search.article_coverage(concepts, articles).items() if cov >= 1.0 - 1e-9}
    rows = sentences_by_id(e.reader, sorted(i for i in sids if e.search.article_of(i) in whole))
    found = [rows[i] for i in sorted(rows) if told.search(rows[i]["text"])]
    if not found:
        return None
    cov = e.search.coverage(concepts, [r["sid"] for r in found])
    found.sort(key=lambda r: (-round(cov[r["sid"]][0], 3), r["sid"]))
    return Answer(p.text, p.intent, True, [excerpt(r, max(cov[r["sid"]][0], MIN_COVERAGE)) for r in found[:MAX_EXCERPTS]])


# What an article does with what it says: "which browser does the piece recommend / call the best".
_ARTICLE_ACTS = frozenset("recommend recommends recommended say says said call calls called rate rates rated describe "
                          "describes described suggest suggests suggested".split())


# "What happened at the talks?": what was done comes before what "will take place this weekend".
_HAPPENED = re.compile(r"(?i)\s*what(?: has| had| have|['’]s| is| was)? (?:happened|happend|happens|happening|went on|going on|"
                       r"is going on|was going on)\b")  # "what's going on with the leaflet": its news


def _happened_to(e: Engine, question: str) -> set[int] | None:
    """The actor "what happened to ..." asks about, when the question names them and no thing
    of theirs ("to Lord Dubs' bill", "to the vote to impeach Yoon" ask about a bill, a vote)."""
    m = re.match(r"(?i)\s*what (?:has |had )?happened (?:to|with) (.+?)(?:\s+(?:in|at|on|after|before|during|since|when|over|last|this)\b.*)?\W*$",
                 question)
    actor = e.exact_actor(m.group(1)) if m else None
    if m and actor is None:
        # "what happened with the Carstairs patient Michael Ferguson": a person named after what
        # the question calls them, the name being the phrase's last words
        words = m.group(1).split()
        for i in range(1, len(words) - 1):
            named = e.exact_actor(" ".join(words[i:]))
            if named is not None and named.kind == "person":
                actor = named
                break
    return {actor.id} if actor is not None else None


# "the 2005 general election", "the May 2005 poll": an event the question dates.
_DATED_EVENT = re.compile(r"(?i)\b((?:19|20)\d\d)(?:'s)? (?:[a-z]+ ){0,2}?(elections?|polls?|budgets?|census|referendums?|"
                          r"campaigns?|manifestos?|conferences?|summits?)\b")


def _dated_together(text: str, year: str, event: str) -> bool:
    """The year said of the event: within a few words of it, either way round."""
    noun = re.escape(event.rstrip("s"))
    return bool(re.search(rf"(?i)\b{year}\b\W+(?:\w+\W+){{0,4}}?{noun}|{noun}s?\W+(?:\w+\W+){{0,4}}?{year}\b", text))


# "What is the name of Yoon's wife / the new party": what is named.
_NAME_OF_WHAT = re.compile(r"(?i)\bnames? of (?:[\w'’ -]+?(?:['’]s?|s) )?(?:new |the )?(?:[a-z-]+ )?([a-z]+)"
                           r"(?:\s+(?:that|which|who|whose)\b.*)?\W*$")  # "guide dog (that was sick ...)": dog


# "What is Yoon's wife called?", "what's the new party called": the thing whose name is asked.
_CALLED_WHAT = re.compile(r"(?i)\s*what(?: is|['’]s| was| are| were)\s+(?:[\w'’ -]+?['’]s?\s+)?(?:new\s+|the\s+)?"
                          r"(?:[a-z-]+\s+)?([a-z]+)\s+called\W*$")


# "whats the name of the hiv positive girl brown met in africa": the person a name is asked of
_NAME_OF_SOMEONE = re.compile(r"(?i)^\s*what(?:['’]s|s| is| was)\s+(?:the\s+)?(?:real\s+|full\s+)?name\s+of\s+(?:the|a|an)\s+"
                              r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)\b")


def someone_named_asked(question: str) -> str | None:
    """The word by which a name question calls the person whose name it asks ("girl"), if it is
    one of the words a story calls an unnamed person by."""
    m = _NAME_OF_SOMEONE.match(question or "")
    return next((w for w in m.group(1).lower().split() if w in SOMEONE_WORDS), None) if m else None


def names_someone(e: Engine, quote: str, noun: str, question: str) -> bool:
    """The passage gives a person's name the question does not: a person of the pack ("Grace
    Banda") or a capitalised name beside the noun ("the girl, Grace"). "A 12 year-old girl, whose
    parents died of Aids" names no one, whoever else the sentence names."""
    asked = {h.actor.id for h in e.actors.find_in(question)}
    return any(h.actor.kind == "person" and h.actor.id not in asked for h in e.actors.find_in(quote, fuzzy=False)) \
        or _named_beside(quote, noun)


def _named_beside(text: str, noun: str) -> bool:
    """A capitalised name beside the noun: "his wife Grace", "Grace, his wife", "the party, Veritas"."""
    n = re.escape(noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun)  # "dogs": "guide dog Lucy"
    return bool(re.search(rf"\b{n}s?,? (?:[A-Z][\w'’-]+)|\b[A-Z][\w'’-]+,? (?:his|her|its|their|the|a) (?:\w+ )?{n}\b|"
                          rf"\b{n}s? (?:is|was|called|named) [A-Z]", text))


# "Who won / lost ...": an outcome asked for, which a sentence on the contest alone does not give.
# ("which party won ...", "what team lost ..." ask the same of one of a kind)
_WHO_WON = re.compile(r"(?i)^\s*(?:who|(?:which|what) [a-z]+)\s+(?:has\s+|have\s+)?(won|wins|win|lost|loses|beat|beats|defeated)\b(?!['’]t)")
# ... where or when, after what was won: "the mock election | in schools", "the seat | at the election"
_WON_SETTING = re.compile(r"(?i)\s(?:in|at|on|during|after|before|for|with|by|over|against|from|and|when|since)\s")


def _deed_of_who(question: str, concepts: list[Concept]) -> set[str]:
    """"Who won the 2005 general election?" is not answered by a sentence on that election
    that names no winner: the win (or the loss) must be said. (Other deeds are worded too many
    ways to require: "who turned down" is answered by "rebuffed".) So must what was won, in the
    words the question names it by: "a role he won in May 2002", beside a schools minister, is no
    win of "the Y Vote mock election in schools"."""
    m = _WHO_WON.match(question)
    if not m:
        return set()
    verb = m.group(1).lower()
    # (a verb no article holds in any form leaves no concept: then nothing says it)
    deed = {c.label for c in concepts if not c.actor_ids and verb in c.label.split() + c.words} or {f"deed:{verb}"}
    won = set(content_words(_WON_SETTING.split(question[m.end():], maxsplit=1)[0]))
    return deed | {c.label for c in concepts if not c.actor_ids and (words := set(content_words(c.label))) and words <= won}


# "What did the court decide on ...": the decision is the answer, in whatever words it is told.
_DECIDED = re.compile(r"(?i)^\s*what (?:did|has|have|had|will|would) .+? (decide|conclude|determine)\b(?! to\b)")


# "what debt deal did brown sign", "what punishment did X get": the kind of thing asked, then its doer and the deed
_WHAT_KIND_DONE = re.compile(r"(?i)^\s*what (?:[\w'’-]+ )?(?P<kind>[a-z]{3,}) (?:did|has|have|had) (?!(?:he|she|it|they|you|i|we)\b)\S")


def _deed_after_doer(question: str, start: int, concepts: list[Concept], kind: str) -> set[str]:
    """The deed asked: the first word of the question after its doer ("brown" -> "sign")."""
    text = question.lower()

    def at(c: Concept) -> tuple[int, int]:
        found = [(i, i + len(w)) for w in c.words if (i := text.find(w.lower(), start)) >= 0]
        return min(found) if found else (-1, -1)
    doers = sorted(at(c) for c in concepts if c.actor_ids and at(c)[0] >= 0)
    if not doers:
        return set()
    after = [(at(c)[0], c.label) for c in concepts if not c.actor_ids and c.label != kind and at(c)[0] >= doers[0][1]]
    return {min(after)[1]} if after else set()


# "What's Labour's election slogan?": a thing the article may give in quotation marks.
_WHAT_IS = re.compile(r"(?i)^\s*what" + _HEDGE + r"(?:'s|’s| is| was| will be| are| were)\s+(?:[\w'’-]+\s+){0,4}?(\w{3,})\W*$")


# A sentence that goes on about someone named before: "He made his remarks ...", "They asked ...",
# "The 39-year-old was educated at ..." (by age: see Engine._called_by_age).
_HE_OPENS = re.compile(r"(?:He|She|They|His|Her|Their)\b|The \d{1,3}-year-old\b")


def answer_voice(rows: list, holds_answer, held: dict | None = None, must: set[str] = frozenset()) -> object | None:
    """Of a passage's sentences, the one that alone holds the kind of answer asked for (a sum, a
    time ...): the excerpt speaks in its voice. None when no test is asked for, or both or neither hold it.
    When both hold a figure, the one that also says what the question requires of it (`must`, of the
    concepts each sentence holds, `held`) measures the thing asked: "Last week Preston City Council
    reported that more than 14,000 of its voters were not registered. Its electoral roll fell by 17.5%"
    answers "how much did Preston's electoral roll drop" in the story's voice, not the council's."""
    if holds_answer is None:
        return None
    having = [r for r in rows if holds_answer(r["text"])]
    if len(having) > 1 and must and held is not None:
        having = [r for r in having if must <= held.get(r["sid"], (0.0, set()))[1]]
    return having[0] if len(having) == 1 else None


def louder_voice(rows: list, held: dict) -> object | None:
    """Of a passage whose sentences two different speakers say, the one that alone says more of
    the question: "He added he would give new figures ... Foreign Secretary Jack Straw said on
    Friday that about 440 Britons were either dead or missing" gives the 440 in Straw's voice, not
    in that of the speaker of the sentence before. None when one voice (or none) speaks, or on a tie."""
    voiced = [r for r in rows if r["source"]]
    if len(voiced) != len(rows) or len({fold(r["source"]) for r in voiced}) < 2:
        return None
    said = sorted(((held.get(r["sid"], (0.0, set()))[0], r) for r in rows), key=lambda x: -x[0])
    if said[0][1] is not rows[0] and _PRONOUN_SUBJECT.match(said[0][1]["text"]):
        return None  # "But he rejected ...": the one named just before goes on speaking
    return said[0][1] if said[0][0] > said[1][0] + 1e-9 else None


_PRONOUN_SUBJECT = re.compile(r"(?:(?:But|And|However|Yet|Then|Instead),? )?(?:he|she|they|it|He|She|They|It)\b")
