"""Reading a question: its intent and its parts (who, topic, claim, stance, time), by rules.

No model here: answering must start fast and never load spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer.forms import (
    ACCORDING, ACCUSED_OF, ANYTHING, ASKED_ABOUT, BACKS_WHAT, BRIEF, BYLINE, CONTENTS, DEAL_WITH_CLAIM, DID_SAY, DONE, EVIDENCE,
    FOR_OR_AGAINST, HAPPENED, HELP, NAME_OF, NAME_OF_ONE, OUTCOME, PAIR, POSITION, PROBLEM_WITH, REACTION, RELATION,
    RELATION2, REPORTED_TELLING, ROLE_OF_VERB, SOURCES, SOURCES_OF, SOURCE_OF, SOURCE_OF2, STANCE, STANCE2, STANCE3, STANCE4, STANCE5,
    STANCE6, STANCE7, STANCE8, STANCE9, STANCE_DO, STANCE_IS, STANCE_OFFER, STANCE_WHAT, STANCE_WHAT_IS, STATEMENTS,
    STATEMENTS2, TIMELINE, VIEW, VIEW_OF, WHAT_DOING, WHAT_WAS_DONE, WHEN, WHO_DOING, WHO_HOLDS, WHO_IS,
    WHICH_OF, WHO_IS_EMBEDDED, WHO_ROLE, WHO_SAID, WHO_SAID2, WHO_TELLS, WHO_THEY_SAY, WORDS_NAMED, WORTH,
)
from bot.answer.words import REPORT_VERBS, content_words


# The verbs that ask for a stance, by the stance they ask: "what does X fear" asks a fear.
_STANCE_TRIGGERS = {
    "want": r"want|wants|seek|seeks|ask|asks|asking|lobby|lobbying|push|pushing|press|pressing|demand|demands|favou?r|favou?rs|prefer|prefers|hope|hopes|wish|wishes|aim|aims|goals?|demands?",
    "fear": r"fear|fears|afraid|worry|worried|worries|concerned|concerns?|wary|scared|nervous|anxious",
    "plan": r"plan|plans|planning|intend|intends|propose|proposes|proposals?|going to|expect|expects|prepare|preparing",
}
STANCE_OF = {w: k for k, pat in _STANCE_TRIGGERS.items() for w in re.findall(r"[a-z]+", pat)}
# A question's opening word: what a bare topic ("sanctions") or chat shorthand ("tories on
# immigration") does not start with.
QUESTION_START = re.compile(r"(?i)\s*(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|"
                            r"can|could|will|would|should|has|have|had|tell|give|show|explain)\b")

_WS = re.compile(r"\s+")


@dataclass
class Parsed:
    intent: str                  # help | briefing | sources | byline | who_is | statements_by | who_said | source_of | stance |
                                 # when | happened | timeline | relation | search
    text: str                    # the question, trimmed
    who: str | None = None       # the span that should name an actor
    other: str | None = None     # the second actor of a relation
    topic: str | None = None     # what it is about ("maternity pay")
    stance: str | None = None    # want | fear | plan | view
    time: str | None = None      # "December", "since Assad fell"


# Chat shorthand, typed lower case: "how many ppl ...", "did u see ...".
_SHORTHAND = {"ppl": "people", "uni": "university", "govt": "government", "govts": "government's", "abt": "about", "w/": "with",
              "w/o": "without", "b/c": "because", "u": "you", "ur": "your", "yrs": "years", "yr": "year", "pls": "please",
              "plz": "please", "tho": "though", "thru": "through", "msg": "message", "approx": "approximately", "avg": "average",
              "re": "about", "fb": "facebook", "dept": "department", "depts": "departments", "cttee": "committee", "cttees": "committees", "noone": "no one", "whats": "what's", "whos": "who's", "wheres": "where's", "whens": "when's", "hows": "how's",
              "downing st": "downing street", "Downing St": "Downing Street",
              # months, typed short ("a feb election"); not "jan", "mar" or "may", which are also words and names
              "feb": "february", "apr": "april", "aug": "august", "sept": "september", "oct": "october",
              "nov": "november", "dec": "december", "ltd": "limited",
              "exec": "executive", "execs": "executives", "info": "information", "comms": "communications",
              "compo": "compensation",  # "compo culture" is the articles' "compensation culture"
              "folk": "people", "folks": "people",  # "folk not bothering to vote"
              "sex ed": "sex education",
              # a modal typed short: "how much wd a vote cost", "what shd the govt do"
              "wd": "would", "wld": "would", "shd": "should", "cld": "could",
              "min wage": "minimum wage",  # "the new min wage": the articles' "minimum wage", not mining
              # the question's frame mistyped: the parse reads these words whole
              "happend": "happened", "hapened": "happened", "happned": "happened", "wat": "what", "waht": "what",
              "bc": "because", "cos": "because", "coz": "because", "cuz": "because", "bcoz": "because", "bcuz": "because",
              "theres": "there's", "heres": "here's", "gonna": "going to", "wanna": "want to", "gotta": "got to",
              "kinda": "kind of", "sorta": "sort of", "tmrw": "tomorrow", "yday": "yesterday", "tonite": "tonight",
              # chat fillers that ask nothing: "who is X tbh", "lol what did Y say"
              **dict.fromkeys("tbh imo imho lol btw fyi idk".split(), "")}
_SHORTHAND_RX = re.compile(r"(?:(?<![\w/'’-])|(?<=\w-)(?=[a-z]{3}))(" + "|".join(map(re.escape, sorted(_SHORTHAND, key=len, reverse=True)))
                           + r")(?![\w/'’-])")  # not the "u" of "u-turn", nor the "re" of "they're"
# (... though a word of three letters or more may end a compound: "the e-uni" is the e-university)


# A unit shortened after its number: "24hr drinking" is the articles' "24-hour drinking".
_UNIT_SHORT = {"hr": "hour", "hrs": "hours", "yr": "year", "yrs": "years", "min": "minute", "mins": "minutes"}
_UNIT_SHORT_RX = re.compile(r"\b(\d+)\s?(hrs?|yrs?|mins?)\b", re.IGNORECASE)

# A title shortened before a name: "sen. mark warner" is the articles' "Senator Mark Warner".
_TITLE_SHORT = {"sen": "senator", "rep": "representative", "gov": "governor"}
_TITLE_SHORT_RX = re.compile(r"(?i)\b(sen\.?|rep\.|gov\.)\s+(?=[a-z][\w'’-]*\s+[a-z])")


# A year typed short: "back in 99", "in '97" are the articles' 1999 and 1997 ("back in" a time
# says when, it is no word the answer holds).
_SHORT_YEAR_RX = re.compile(r"(?i)\b(?:back (in|during|around) ['’]?|(in|since|from|until|during|around|of|by) ['’]|(since) )(\d\d)\b"
                            r"(?=\s*$|\s*[,;?!)]|\s+(?:when|and|or|but|before|after|while|as|at|in|on|for|to|with|did|was|were|is|are)\b)")
_BACK_IN_RX = re.compile(r"(?i)\bback (in|during|around) (?=(?:19|20)\d\d\b)")
# ... and "in 97", "in 05" with no apostrophe, ending a clause: a year when it cannot be a count
# (50 to 99, or a leading nought), no number before it makes it a ratio ("one in 50"), and the
# question asks no count ("how many were there in 99" may count 99)
_COUNT_ASKED = re.compile(r"(?i)\s*how (?:many|much)\b")
_IN_SHORT_YEAR_RX = re.compile(r"(?i)(?<!\d )(?<!\bone )(?<!\ba )\b(in) ([5-9]\d|0\d)\b"
                               r"(?=\s*$|\s*[,;?!)]|\s+(?:when|and|or|but|before|after|while|not|did|was|were)\b)")


def _full_year(m: re.Match) -> str:
    # ("since 99" needs no apostrophe: "since" before a bare two-digit number ending a clause is a year)
    yy = int(m.group(4))
    return f"{m.group(1) or m.group(2) or m.group(3)} {(2000 if yy < 30 else 1900) + yy}"


def clean(question: str) -> str:
    q = _WS.sub(" ", question).strip()
    q = _TITLE_SHORT_RX.sub(lambda m: _TITLE_SHORT[m.group(1).rstrip(".").lower()] + " ", q)
    q = q.strip(" \t?!.;:")
    q = re.sub(r"\bNEAR/\d+", " ", q)  # FTS5's proximity operator is no English: no word of it is asked
    q = _BACK_IN_RX.sub(r"\1 ", _SHORT_YEAR_RX.sub(_full_year, q))
    q = q if _COUNT_ASKED.match(q) else _IN_SHORT_YEAR_RX.sub(lambda m: f"{m.group(1)} {(2000 if m.group(2) < '30' else 1900) + int(m.group(2))}", q)
    q = _UNIT_SHORT_RX.sub(lambda m: f"{m.group(1)} {_UNIT_SHORT[m.group(2).lower()]}", q)
    q = _WH_FILLER.sub(r"\1 ", q)  # "what exactly did he say" asks what he said
    q = _WAY_TOO.sub("far ", q)  # "way too many" is the articles' "far too many"
    q = _PENCE_RATE.sub(r"\1%", q)  # "the 50p top rate" of income tax is the articles' "50% tax rate"
    q = _U_TURN.sub(r"\1-\2", q)  # "blair's u turns" are the articles' "U-turns", not "you turns"
    return _WS.sub(" ", _SHORTHAND_RX.sub(lambda m: _SHORTHAND[m.group(1)], q)).strip()


# "way" before a comparison is the informal "far": "way too many", "way more", "way over-optimistic"
# (not the noun: "the way more people vote", "no way more ...")
_WAY_TOO = re.compile(r"(?i)(?<!\bthe )(?<!\ba )(?<!\bno )(?<!\bany )(?<!\bone )(?<!\bthis )(?<!\bthat )(?<!\bsame )(?<!\bwhich )"
                      r"(?<!\bevery )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bour )(?<!\bmy )(?<!\byour )"
                      r"\bway (?=(?:too|more|less|fewer|better|worse)\b|over-)")


# A U-turn typed without its hyphen: "u turns", "U turned" (the "u" is no shorthand for "you")
_U_TURN = re.compile(r"(?i)\b(u) (turn(?:s|ed|ing)?)\b")


# A rate of income tax in pence in the pound: "the 50p top rate", "a 10p starting rate", "the 50p tax plan"
_PENCE_RATE = re.compile(r"(?i)\b(\d{1,2})p(?= (?:(?:top|basic|starting|higher|lower|new|income) )*(?:rate|band|tax)\b)")


_WH_FILLER = re.compile(r"(?i)^(what|who|how|when|where|why|which)\s+(?:exactly|actually|really|precisely)\s+"
                        r"(?=(?:did|does|do|has|have|had)\b)")


# A word that ranks the aim between its owner's possessive and the aim ("the lib dems' flagship
# pledge", "labour's main concerns") is no part of the owner's name.
_RANKED = re.compile(r"(?i)^(?P<owner>.+?)(?:['’]s|(?<=s)['’]) (?:main|key|flagship|big|biggest|latest|new|chief|central|core|"
                     r"headline|top|principal|major|own|first|primary|overriding)$")


def _owner(who: str | None) -> str | None:
    """The owner of "X's flagship pledge": X."""
    m = _RANKED.match(who or "")
    return m.group("owner") if m else who


# When a plan would be carried out is no part of what it does: "... if they won", "... once the sale closes".
_IF_THEY_WIN = re.compile(r"(?i)\s+(?:if|when|once) (?:they|he|she|it|we|the \w+) (?:win|won|wins|got in|get in|are elected|"
                          r"were elected|get elected|got elected|take power|took power|come to power|came to power|"
                          r"form(?:ed)? (?:a|the) (?:next )?government)\b.*$")
_ONCE_DONE = re.compile(r"(?i)\s+(?:once|when|after) (?:the|a|an|its|his|her|their|this|that) .+$")


# "What were the Commons hunt protesters charged with?": a fact about them, not who they are.
_ENDS_ON_PREPOSITION = re.compile(r"(?i)\s(?:\w+ed|\w+en) (?:with|for|about|by|on|over|to|from|at)\W*$")


# -ing words that are names of things, not verbs: "Who is King Charles?" is not "who is doing".
_ING_NOUNS = frozenset("king viking sterling browning fleming golding redding harding cummings hastings reading "
                       "ring thing spring morning evening wing string building".split())
# -ing words that are as often the name of a thing as a verb: "what is yoon's approval rating" asks what it is.
_ING_THINGS = _ING_NOUNS | frozenset("rating ratings funding spending warning ruling meeting hearing briefing timing "
                                     "polling housing training offering ceiling wording booking ending opening setting "
                                     "saving savings earnings feeling thinking".split())

_MASK = "\u2063"  # invisible separator: keeps a capitalised "State" or "Report" from reading as a verb
_VERB_WORDS = frozenset(re.findall(r"[a-z]+", REPORT_VERBS + " " + " ".join(_STANCE_TRIGGERS.values())))


def _mask_names(q: str) -> str:
    """'What did the State Department say' : 'State' is part of a name here, not the verb."""
    return re.sub(r"(?<=\s)([A-Z][a-z]+)\b",
                  lambda m: m.group(1) + _MASK if m.group(1).lower() in _VERB_WORDS else m.group(1), q)


def _g(m: re.Match[str], *names: str) -> str | None:
    for n in names:
        v = m.groupdict().get(n)
        if v and v.strip():
            return v.replace(_MASK, "").strip(" ,")
    return None


def parse(question: str) -> Parsed:
    """Match the question against the kinds, most specific first."""
    original = clean(question)
    if not original:
        return Parsed("briefing", original)
    framed = unframe(original)  # the question without "so", "remind me", "please" around it
    framed = _source_last(framed)  # "according to peston's book what happened ...": the question, then its source
    framed = _setting_last(framed)  # "in his pre-budget response what did cable want ...": the question, then where
    framed = _HAS_DONE.sub(r"\1 has", framed)  # "what's happened to ..." is "what has happened to ..."
    framed = _BY_HOW.sub("", framed)  # "by how much did X rise" asks what "how much did X rise" asks
    framed = _DID_STUDY.sub("who carried out ", framed)  # "who did the benchmarking report": who carried it out
    framed = _WROTE_BOOK.sub("who is the author of ", framed)  # "who wrote the book X": its author, not a claim
    framed = _RAN_STORY.sub(r"\1 reported that ", framed)  # "which paper ran the story that X": which reported it
    # "what does veritas mean", "what does the name X mean": what the name stands for, not the
    # words of one called X ("what does kennedy mean by ..." asks his meaning, and stays his)
    framed = _NAME_MEANS.sub(r"what does the name \g<name> stand for", framed)
    # "what did the guardian quote X as saying": X's words, which the paper carries
    asked = QUOTED_SAYING.sub(r"\g<what> \g<aux> \g<who> say\g<rest>", framed)
    # "what was howard's complaint at pmqs about the bill": what he said there about it
    asked = _SAID_THERE.sub(r"what did \g<who> say \g<where>", asked)
    p = _parse(_mask_names(_CONTRACTED.sub(r"\1 is", asked)))
    p.text = framed
    if p.intent == "statements_by" and p.topic:
        p.topic = _VENUE.sub("", p.topic) or p.topic  # "about climate change in the BBC interview"
        p.topic = _BACK_TO.sub("", p.topic) or p.topic  # "what did he write back to her": to her
        if _WHAT_HAPPENED.match(p.topic):
            p.topic = None  # "what did her mum say happened to her": what she said is the answer
    if p.intent == "who_is" and p.who and (m := _IN_THE_PACK.match(p.who) or _NOWADAYS.match(p.who)):
        p.who = m.group(1)  # "who's the attorney general in these iraq stories", "ukip's chair these days": the post
    if p.intent == "who_is" and p.who and re.match(r"(?i)who(?:['’]s| is| was)\b", framed) and (m := _APPOSED.match(p.who)):
        p.who = m.group(1)  # "who's sadie, blunkett's dog": Sadie, whom the rest describes
    if p.intent == "who_is" and p.who:
        p.who = _now_held(p.who)  # "who's running the campaign this time instead of brown": its head now
    if p.intent == "stance" and p.stance == "plan" and p.who and _PLANS_TO_SAY.match(p.topic or ""):
        # "what is kennedy going to say about labour": what he will say, not what he plans to do
        said = parse(f"what will {p.who} {p.topic}")
        if said.intent == "statements_by":
            said.text = p.text
            return said
    if p.who:
        p.who = _ADVERB_AFTER.sub("", p.who) or p.who  # "what did blair actually do": Blair
    if p.intent == "statements_by" and p.who and (m := _THEIR_WORDS.match(p.who)):
        # "what did kennedy's new year message say about fear": what Kennedy said in it
        p.who, p.topic = m.group("owner"), f"{m.group('words')} {p.topic or ''}".strip()
    if p.intent in ("statements_by", "stance") and p.who:
        # "what is brown expected to say": Brown; "what is the commission likely to demand": the commission
        p.who = _ABOUT_TO.sub("", p.who) or p.who
    if m := _NEWS_OF.match(framed):  # "what's happening with jonathan sayeed": the news of him
        p = Parsed("search", framed, topic=m.group("who") or m.group("who2"))
    return p


# "according to peston's book what happened at the dinner", "according to the IFS figures he cited, how
# big is the gap": a source named before the question (not "according to whom ...", which asks for it)
_SOURCE_FIRST = re.compile(r"(?i)^(according to (?!(?:whom|who|which|what)\b)(?:[^,?]+?(?=,)|[^,?]+?(?= (?:what|when|where|why|how)\b)))"
                           r",? ((?:what|when|where|why|how|who|which)\b.+)$")


def _source_last(question: str) -> str:
    """The question first and its source after it, as "..., according to X" is read."""
    m = _SOURCE_FIRST.match(question)
    return f"{m.group(2)}, {m.group(1)}" if m else question


# A name, then a description of the one it names: "sadie, blunkett's dog", "jo moore, the spin doctor"
_APPOSED = re.compile(r"(?i)^((?!(?:the|a|an|his|her|their|its)\b)[^,]{2,40}?),\s+(?:the|a|an|his|her|their|its|[\w’-]+['’]s)\s+[^,]+$")
# Someone's own words, as what says something: "kennedy's new year message", "blair's letter"
_THEIR_WORDS = re.compile(r"(?i)^(?P<owner>(?!(?:the|a|an|his|her|their|its)\b)[^']{2,40}?)['’]s "
                          r"(?P<words>(?:[\w’-]+ ){0,2}(?:message|speech|address|statement|letter))$")
# "what did mcconnell write back to sturgeon": "back" is the reply's, not support; whom it answers is the topic
_BACK_TO = re.compile(r"(?i)^back (?:to|at) ")


# "who did the ICT benchmarking report", "who actually did the research on wave heights": "did" is
# the doing of the work, which the article words "carried out" or "conducted"
_DID_STUDY = re.compile(r"(?i)^who (?:actually |really )?did (?=(?:the|a|an|this|that) (?:[\w'’-]+ ){0,3}?"
                        r"(?:report|study|studies|survey|poll|polling|research|review|analysis|audit|inquiry|"
                        r"investigation|assessment|evaluation|benchmarking|modelling|experiment|trial|tests)\b"
                        r"(?! (?:quote|cite|say|said|claim|find|found|show|name)\b))")

# "who wrote the book Brown's Britain": the author of a book the question names by its title,
# not someone who wrote the words that follow ("who wrote to Abbott that ...")
_WROTE_BOOK = re.compile(r"(?i)^who (?:wrote|authored|penned|has written) (?=(?:the|a|an) (?:new |latest |recent )?"
                         r"(?:book|novel|biography|memoir|autobiography)\b(?! (?:that|saying|claiming|which)\b))")


# Who holds a post now, against who held it before: "... this time instead of brown", "... now, replacing X".
_INSTEAD = re.compile(r"(?i)(?:,? (?:this time|this year|now|these days|nowadays|at the moment))?"
                      r"(?:,? (?:instead of|in place of|rather than|replacing|taking over from) [\w'’ .-]+)?$")

# "which paper ran the story that X": which paper reported that X (the story is the report, not words to find)
_RAN_STORY = re.compile(r"(?i)^((?:which|what) (?:news)?papers?(?: first)?) (?:ran|carried|printed|published|broke|had) "
                        r"(?:the|a|an) (?:story|report|claim|revelation|allegation)s? (?:that|saying|claiming) ")


def _now_held(post: str) -> str:
    """The post without when and whom instead ("labour's election campaign"), if that still says which post."""
    held = _INSTEAD.sub("", post)
    return held if len(content_words(held)) >= 2 else post


# A plan whose deed is to speak: "(going to) say about ...", "tell voters about ..." asks for the words
# ("going to say no to ..." is a refusal, a plan).
_PLANS_TO_SAY = re.compile(r"(?i)^(?:say|tell|argue|claim|warn)\b(?! (?:no|yes)\b)")
# What someone is yet to say: "what's the cardinal going to say", "what was howard due to say".
_ABOUT_TO = re.compile(r"(?i)\s+(?:going|expected|set|due|likely|planning|about|scheduled|poised|preparing|hoping|tipped) to$")
# An adverb between the one asked about and the verb: "what did blair actually do".
_ADVERB_AFTER = re.compile(r"(?i)\s+(?:actually|really|exactly|ever|just|even|also|then|first|finally|"
                           r"supposedly|allegedly|reportedly|apparently)$")  # "what did the leak supposedly say"


# "... in these Iraq stories", "... in today's pack": where to look, which is the pack itself.
_IN_THE_PACK = re.compile(r"(?i)^(.+?) (?:in|from|across) (?:the|these|this|those|today'?s|our|my) (?:[\w'’-]+ ){0,3}?"
                          r"(?:stories|story|articles?|pack|briefing|pieces?|coverage|reports|news)$")
# "... these days", "... at the moment": the post now, which is the pack's.
_NOWADAYS = re.compile(r"(?i)^(.+?),? (?:these days|nowadays|at the moment|right now|currently|now|"
                       r"in (?:the|blair's|brown's|the uk|the british) (?:cabinet|government))$")  # "the wales secretary in the cabinet"
# "what's happening with X", "what's going on with X", "what's the latest on X": news of X.
_NEWS_OF = re.compile(r"(?i)^(?:what(?:'s| is| has been)|whats) (?:happening|going on|up|the latest|new) "
                      r"(?:with|to|at|on|for) (?P<who>.+)$|^(?:any )?(?:news|latest) (?:on|about|of) (?P<who2>.+)$")


# A topic that is only the question's frame: "... say happened to her", "... say had happened".
_WHAT_HAPPENED = re.compile(r"(?i)^(?:what )?(?:had |has )?happened(?: (?:to|with) (?:him|her|them|it|us|me))?$")


# A word that opens what a remark was about: no speaker's name holds one.
_TOPIC_WORD = re.compile(r"(?i)\b(?:about|regarding|concerning)\b")


# Where something was said is no part of what it was about: "what did Obama say about climate
# change in the BBC interview" asks about climate change.
_VENUE_KINDS = (r"(?:q&a|question and answer session|phone-in|interview|speech|article|statement|letter|programme|broadcast|"
                r"debate|op-ed|column|press conference|news conference|briefing|address|radio interview|tv interview|launch|"
                r"rally|conference|meeting|summit|hustings|photo call|photocall)")
_VENUE = re.compile(r"(?i)\s+(?:in|during|at|on) (?P<venue>(?:the|his|her|their|its|a|an|that|this)(?: [\w'’-]+){0,3}? "
                    + _VENUE_KINDS + r")$")
# ... and it may be named before the topic: "what did blair write in the telegraph about house
# arrest", "what did howard say at pmqs about the bill" (kept in the topic: "said at the trial")
_VENUE_BEFORE = re.compile(r"(?i)\b(?:say|said|write|wrote|written|argue|argued|claim|claimed|complain|complained|"
                           r"complaint|criticism|warning|message|argument|point|charge|accusation|answer|reply|response)\s+"
                           r"(?:in|at|during) (?P<venue>(?:the |his |her |their |a |an )?[\w'’&-]+(?: [\w'’&-]+){0,3}?) "
                           r"(?:about|regarding|concerning|over) (?=\S)")
# the words of a venue that say no more than that it is one
_VENUE_NOUN = re.compile(r"(?i)^(?:the|his|her|their|its|a|an|that|this) |(?:^| )" + _VENUE_KINDS + "$")


# "what does veritas mean": a name of up to four words (not "this", "it", no "brown's pledge") and nothing after "mean"
_NAME_MEANS = re.compile(r"(?i)^what does (?:the (?:name|word|term) )?(?P<name>(?!(?:this|that|it|he|she|they|this word|that word)\s*mean)"
                         r"[\w-]+(?: [\w-]+){0,3}) mean\s*\??$")


# Someone's remark by its kind, where it was made, then what it was about
_SAID_THERE = re.compile(r"(?i)^what(?: is| was|['’]s) (?P<who>(?!(?:the|a|an)\b)[^']{2,40}?)['’]s (?:main |chief |big )?"
                         r"(?:complaint|criticism|warning|message|argument|point|claim|charge|accusation|answer|reply|response) "
                         r"(?P<where>(?:at|in|during) (?:the |a |an )?[\w'’&-]+(?: [\w'’&-]+){0,3}? (?:about|regarding|concerning|over) \S.*)$")


def venue(question: str) -> str | None:
    """Where the question says the words were said or written, as the story may name it:
    "five news" for "... in the five news q&a", "telegraph" for "write in the telegraph about"."""
    m = _VENUE_BEFORE.search(question) or _VENUE.search(question)
    if not m:
        return None
    words = m.group("venue")
    while (shorter := _VENUE_NOUN.sub("", words, count=1).strip()) != words:
        words = shorter
    return words.lower() or None


# Chat framing around a question: "remind me who X is", "so ...", "who's X again".
_LEAD_WORDS = re.compile(r"(?i)^(?:(?:so|ok|okay|hey|hi|right|also|and|quick question|one more)[,:!]?\s+)+(?=\w)"
                         # "roughly how many women were ...": a hedge on the figure asked, not a word of the question
                         r"|^(?:roughly|approximately|about|around|exactly|precisely|more or less)\s+"
                         r"(?=how (?:many|much|long|old|far|big|large|often)\b)")
_ASK_ME = re.compile(r"(?i)^(?:(?:can|could|would) you (?:please )?(?:tell|remind) me|(?:please )?(?:tell|remind) me|"
                     r"do you know|any idea|i'?d like to know|i want to know|i wonder)\s+"
                     r"(?=(?:who|what|when|where|why|how|which|whose)\b)")
_TAIL = re.compile(r"(?i)(?:,?\s+(?:please|thanks|thank you))+$")
# "who's Lynton Crosby again?" (not "... once hunting is legal again")
_AGAIN = re.compile(r"(?i)^((?:who|what)(?:'s|’s| is| was| are| were) .+?),?\s+again$")


# "when was the crash and how many people were killed?": two questions in one message.
_SECOND = re.compile(r"(?i)(?:,\s*|\s+)and\s+(?=(?:who|whom|what|when|where|why|how|which)\b)")


def split_questions(q: str) -> list[str]:
    """One message, one or two questions: "how much would the deal save, and what got it over
    the line?" -> both. A tail that is no question of its own ("..., and by whom?") stays."""
    if m := re.match(r"^(.+?)\?+\s+(\S.*?)\??$", q.strip()):
        # "who's david james? the tories' savings guy?": a second sentence is a question of its own
        # or a hint about the first, which then stands alone
        first, rest = m.group(1).strip(), m.group(2).strip()
        if QUESTION_START.match(rest) and len(rest.split()) >= 3:
            return [first, rest]
        return [first]
    parts = _SECOND.split(q, maxsplit=1)
    if len(parts) == 2 and len(parts[1].split()) >= 3 and len(parts[0].split()) >= 3:
        return [parts[0].strip(" ,"), parts[1].strip()]
    return [q]


def unframe(q: str) -> str:
    """The question inside the chat around it: "remind me who Roman Gofman is" -> "who Roman
    Gofman is" (read as a who-is), "so what did Blair say again" -> "what did Blair say"."""
    q = _AGAIN.sub(r"\1", _TAIL.sub("", _LEAD_WORDS.sub("", q)).strip())
    q = _ASK_ME.sub("", q) or q
    return _AGAIN.sub(r"\1", _named_first(q))  # "kinnock - who is he again?"


# "in his pre-budget response what did vince cable want done about council tax", "in the bnp turf
# row, what does howard say ...": a setting named before the question (not "in what year did ...",
# which asks for it) is read after it, as "what did cable want ... in his pre-budget response"
_SETTING_FIRST = re.compile(r"(?i)^((?:in|during|at|over) (?!(?:what|which|whose|how|who|when|where|why)\b)[^?,]{2,60}?),? "
                            r"((?:what|why|how|who|which|when|where)\b (?:did|does|do|is|are|was|were|has|have|had|will|would)\b.+)$")


def _setting_last(question: str) -> str:
    """The question first and the setting it was asked in after it."""
    m = _SETTING_FIRST.match(question)
    return f"{m.group(2)} {m.group(1)}" if m else question


# "mark oaten - what does he want on control orders": the name first, then a question about
# "him"; the question is about the name.
_NAME_FIRST = re.compile(r"^(?P<name>[^-–—:?,]{3,60}?)(?:\s+[-–—]|\s*:)\s+(?P<q>.+)$")
_PRONOUN = re.compile(r"(?i)\b(?:(?P<own>his|her|their|its)|he|she|they|him|them|it)\b")


def _named_first(q: str) -> str:
    m = _NAME_FIRST.match(q)
    if not m or not QUESTION_START.match(m.group("q")) or QUESTION_START.match(m.group("name")) \
            or re.search(r"(?i)\s(?:and|&)\s", m.group("name")):
        return q  # "israel and russia - what's their deal": a relation, read as one
    name, rest = m.group("name").strip(), m.group("q")
    pronoun = _PRONOUN.search(rest)
    if pronoun is None:
        return q
    topic = ""
    if on := re.match(r"(?i)^(?P<who>.+?) (?:on|about|over) (?P<topic>.+)$", name):
        name, topic = on.group("who"), f" on {on.group('topic')}"  # "blair on late night drinking - what does he want"
    said = f"{name}'s" if pronoun.group("own") else name
    return rest[:pronoun.start()] + said + rest[pronoun.end():] + topic


# "when's the budget", "where's the summit": chat contractions of a question word and "is".
# ("what's" is left alone: "what's X said" means "what has".)
_CONTRACTED = re.compile(r"(?i)^(when|where|why|how)['’]s\b")
# "what's happened to Mugabe", "who's been quoted": the 's of "has" before a past participle
_HAS_DONE = re.compile(r"(?i)^(what|who)['’]s(?= (?:happened|been|gone|done|said|changed)\b)")
# "what did the guardian quote danny kruger as saying about ...", "what did the herald report houston
# saying": the words are those of whom the paper quotes; the paper only carries them
QUOTED_SAYING = re.compile(r"(?i)^(?P<what>what) (?P<aux>did|does|has|have|had) (?:the )?(?P<paper>(?:[\w'’.-]+ ){1,4}?)"
                            r"(?:quote[ds]?|report(?:ed|s)?|cite[ds]?) (?P<who>(?!(?:about|on|that|as|him|her|them)\b)"
                            r"[\w'’.-]+(?: [\w'’.-]+){0,5}?) (?:as )?(?:saying|having said)\b(?P<rest>.*)$")
# "by how much did bills rise", "by how many votes did it pass": the size of a change or a
# margin, asked as "how much", "how many" ask it ("by" is the change's, no word of the answer)
_BY_HOW = re.compile(r"(?i)^by (?=how (?:much|many|far)\b)")


# "did the Tories pay back the money": "back" is the verb's, not support ("did MPs back the plan").
_PARTICLE_BACK = re.compile(r"(?i)\b(?:pay|paid|pays|paying|give|gave|given|bring|brought|win|won|get|got|come|came|go|went|"
                            r"hit|cut|scale|scaled|roll|rolled|claw|clawed|fight|fought|hold|held|send|sent|take|took|turn|"
                            r"turned|step|stepped|fall|fell|call|called|write|wrote|answer|answered|put) back\b")
# "what did the court of session decide in the slopping out appeal": a decision asked after, not
# someone called "the court of session decide in the slopping out" who "appealed".
_DECIDES = re.compile(r"(?i)\b(?:decide|decided|conclude|concluded|determine|determined|rule|ruled) (?:in|on|over|about|that|whether)\b")
# "what did brown do on fuel duty in the pre-budget report": a deed, though the question ends on "report"
_DOES = re.compile(r"(?i)\b(?:do|doing)\b")


def _parse(q: str) -> Parsed:
    if m := HELP.match(q):
        return Parsed("help", q)
    if m := NAME_OF_ONE.match(q):  # "what is the name of the lib dem leader": who holds that post
        return Parsed("who_is", q, who=m.group("who"))
    if NAME_OF.match(q):
        return Parsed("search", q, topic=q.replace(_MASK, ""))
    if m := DEAL_WITH_CLAIM.match(q):  # "what was the deal with the reports that ...": the reported claim, searched
        return Parsed("search", q, topic=m.group("topic"))
    if (m := BRIEF.match(q)) and not SOURCES_OF.match(q):  # "what is the story on X based on" asks its sources
        return Parsed("briefing", q, topic=_g(m, "topic"))
    if m := SOURCES.match(q) or SOURCES_OF.match(q):
        topic = _g(m, "topic", "topic2", "topic3", "topic4", "topic5", "topic6", "topic7",
                   "topic8", "topic9", "topic10", "topic11", "topic12", "topic14", "topic13",
                   "topic15", "topic16", "topic17", "topic18", "topic19", "topic20",
                   "topic21", "topic22", "topic23", "topic24", "topic25")
        if besides := _g(m, "besides"):
            # "... quote apart from kilroy-silk": the one left out is in the story, and
            # sorted after the others as "who else does the story on X quote" sorts X
            topic = " ".join(x for x in (topic, besides) if x)
        return Parsed("sources", q, topic=topic)
    if m := BYLINE.match(q):
        return Parsed("byline", q, topic=_g(m, "topic2", "topic4", "topic", "topic3"))
    if m := SOURCE_OF.match(q):
        return Parsed("source_of", q, topic=_g(m, "claim", "claim2", "claim3", "claim4", "claim5", "claim6", "claim7", "claim8", "claim9", "claim10"))
    if m := SOURCE_OF2.match(q):
        return Parsed("source_of", q, topic=_g(m, "claim", "claim2", "claim3", "claim4"))
    if m := ACCORDING.match(q):
        return Parsed("who_said", q, topic=_g(m, "claim", "claim2", "claim3", "claim4"))
    if m := WHO_SAID.match(q) or WHO_TELLS.match(q):
        return Parsed("who_said", q, topic=_g(m, "claim"))
    if m := WHICH_OF.match(q):
        # one of a group named in more words than "which <kind>" holds: its head is the kind of
        # speaker asked for, as in "which protester said ..." (see claims)
        return Parsed("who_said", q, topic=m.group("claim"))
    if m := WHO_HOLDS.match(q):
        return Parsed("who_said", q, topic=_g(m, "claim", "claim2"))
    if m := REPORTED_TELLING.match(q):  # "what was X supposed to have told Y": who reported that X told Y, and what
        return Parsed("who_said", q, topic=f"{_g(m, 'who', 'who2')} {_g(m, 'told', 'told2')}")
    if m := WHO_SAID2.match(q):
        if claim := _g(m, "claim"):  # "a termites metaphor to describe deficits": the words are the termites, not "metaphor"
            claim = " ".join(WORDS_NAMED.sub(" ", claim).split())
        return Parsed("who_said", q, topic=claim or _g(m, "claim2"))
    if (m := EVIDENCE.match(q)) and re.search(r"(?i)\b(?:evidence|proof)\b", q):
        return Parsed("statements_by", q, who=_g(m, "who"), topic=_g(m, "topic"))
    if (m := FOR_OR_AGAINST.match(q) or VIEW_OF.match(q)) and not re.search(r"(?i)\b(?:to|want|wants|would|will)\b", _g(m, "who", "who2")) \
            and not _PARTICLE_BACK.search(m.group(0)):
        return Parsed("stance", q, who=_g(m, "who", "who2"), topic=_g(m, "topic"), stance="view")
    if (m := BACKS_WHAT.match(q)) and not STATEMENTS.match(q) and not re.search(r"(?i)\b(?:to|do|does|did)\b", m.group("who")):
        # what X is for or against, asked by its object ("what did X do to push back on": a deed)
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"), stance="view")
    if m := PROBLEM_WITH.match(q):  # a view against the thing
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"), stance="view")
    if (m := POSITION.match(q)) and m.group("who") and re.search(r"(?:'s|’s|(?<=s)'|(?<=s)’) (?:position|stance|views?|opinion|line) (?:on|about|of)\b", q):
        return Parsed("stance", q, who=_g(m, "who", "who2"), topic=_g(m, "topic"), stance="view")  # "age concern's view of the plan"
    if m := ASKED_ABOUT.match(q):  # "what did laxton ask blair about schools": his question, on schools
        return Parsed("statements_by", q, who=_g(m, "who", "who2"), topic=_g(m, "topic", "topic2"))
    if (m := STANCE.match(q)) and not _said_first(q, m):
        verb = m.group("verb").lower().split()[0]
        to_do = bool(re.match(r"(?i)\s*to\b", q[m.end("verb"):]))
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"), stance=_stance(verb, to_do))
    if (m := STANCE2.match(q)) and not OUTCOME.match(q):
        # ("what's the fine for ... under the ID card plans": a figure of the plans, not whose plans)
        verb = m.group("verb").lower()
        return Parsed("stance", q, who=_owner(_g(m, "who")), topic=_g(m, "topic"), stance=_stance(verb))
    if m := STANCE_OFFER.match(q):
        return Parsed("stance", q, who=_owner(re.sub(r"(?:['’]s|['’])$", "", m.group("who"))), topic=_g(m, "topic"),
                      stance="plan")
    if m := STANCE7.match(q) or STANCE9.match(q):
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"), stance="want")
    if m := STANCE_WHAT.match(q):
        verb = m.group("verb").lower()
        topic = " ".join(x for x in (m.group("thing"), m.group("topic").strip()) if x)
        return Parsed("stance", q, who=_g(m, "who"), topic=topic,
                      stance="plan" if verb in ("cut", "scrap", "propose") else "want")
    if m := STANCE_WHAT_IS.match(q):
        topic = " ".join(x for x in (m.group("thing"), m.group("topic").strip()) if x)
        return Parsed("stance", q, who=_g(m, "who"), topic=topic, stance=_stance(m.group("verb").split()[0]))
    if m := STANCE5.match(q) or STANCE8.match(q):
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"), stance="plan")
    if (m := STANCE_DO.match(q)) and not re.search(r"\b(?:to|like|want|wants)\b", _g(m, "who") or ""):
        # ("if they won" is when, not what: the topic is the hunting law)
        # ... nor is "once the sale closes": when they will do it, not what it is done to
        topic = _ONCE_DONE.sub("", _IF_THEY_WIN.sub("", _g(m, "topic") or ""))
        return Parsed("stance", q, who=_g(m, "who"), topic=topic or None, stance="plan")
    if m := POSITION.match(q):
        return Parsed("stance", q, who=_g(m, "who", "who2", "who3"), topic=_g(m, "topic"), stance="view")
    if m := STANCE3.match(q) or STANCE4.match(q) or STANCE6.match(q):
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"), stance="fear")
    if m := STANCE_IS.match(q):
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"),
                      stance=_stance(m.group("verb").split()[0]))
    if (m := ANYTHING.match(q)) and m.group("who"):
        return Parsed("statements_by", q, who=_g(m, "who"), topic=_g(m, "topic"))
    if m := ANYTHING.match(q):
        return Parsed("search", q, topic=_g(m, "topic2"))
    if ACCUSED_OF.match(q):
        return Parsed("search", q, topic=q.replace(_MASK, ""))
    if m := DID_SAY.match(q):
        return Parsed("statements_by", q, who=_g(m, "who"), topic=_g(m, "topic"))
    if (m := WHO_THEY_SAY.match(q)) and content_words(m.group("topic")):
        return Parsed("statements_by", q, who=_g(m, "who"), topic=m.group("topic").strip())
    if (m := STATEMENTS.match(q) or REACTION.match(q) or VIEW.match(q)) and not _DECIDES.search(_g(m, "who") or "") \
            and not _DOES.search(_g(m, "who") or "") and not _TOPIC_WORD.search(_g(m, "who") or ""):  # "what did howard read out ... about asylum claims"
        return Parsed("statements_by", q, who=_g(m, "who"), topic=_g(m, "topic", "occasion"))
    if m := STATEMENTS2.match(q):
        return Parsed("statements_by", q, who=_g(m, "who", "who2"), topic=_g(m, "topic"))
    if m := TIMELINE.match(q):
        return Parsed("timeline", q, who=_g(m, "who", "who2"))
    if m := HAPPENED.match(q):
        return Parsed("happened", q, time=_g(m, "time"))
    if m := DONE.match(q):
        return Parsed("happened", q, who=_g(m, "who", "who2", "who3", "who4"), topic=_g(m, "rest", "rest2", "rest3", "rest4"))
    if m := WHEN.match(q):
        return Parsed("when", q, topic=_g(m, "rest"))
    if m := RELATION2.match(q):
        # "how do they get on" asks how relations between them are: the word the answer may use
        topic = _g(m, "t", "t2", "t3", "t4", "t6") or ("relations" if re.search(r"(?i)\bget (?:on|along)\b", q) else None)
        return Parsed("relation", q, who=_g(m, "a", "a2", "a3", "a4", "a5", "a6", "a7"),
                      other=_g(m, "b", "b2", "b3", "b4", "b5", "b6", "b7"), topic=topic)
    if m := RELATION.match(q):
        a = _g(m, "a", "a2", "a3", "a4", "a5", "a6", "a7", "a8")
        b = _g(m, "b", "b2", "b3", "b4", "b5", "b6", "b7", "b8")
        # "the relationship between yahoo and alibaba after the verizon sale": the time or event
        # after the second is when the tie is asked of, no part of the second's name (nor words the
        # answer must hold: "his strong relationship with George Bush" is the tie after the re-election)
        if b and (t := _TIE_WHEN.match(b)):
            b = t.group("b")
        return Parsed("relation", q, who=a, other=b)
    if m := WHO_ROLE.match(q):
        what = _now_held(m.group('what'))
        return Parsed("who_is", q, who=f"{what} {ROLE_OF_VERB[m.group('verb').lower()]}")
    if (m := WHO_DOING.match(q)) and m.group("what").split()[0].lower() not in _ING_NOUNS:
        return Parsed("search", q, topic=m.group("what"))
    if m := WHO_IS_EMBEDDED.match(q):
        return Parsed("who_is", q, who=_g(m, "who"))
    if (m := WHAT_DOING.match(q)) and m.group("verb").lower() not in _ING_THINGS:
        return Parsed("search", q, topic=q.replace(_MASK, ""))
    if OUTCOME.match(q) or CONTENTS.match(q) or WORTH.match(q):
        return Parsed("search", q, topic=q.replace(_MASK, ""))
    if (m := WHO_IS.match(q)) and not _ENDS_ON_PREPOSITION.search(_g(m, "who", "who2", "who3") or "") \
            and not WHAT_WAS_DONE.match(q):
        return Parsed("who_is", q, who=_g(m, "who", "who2", "who3"))
    if m := PAIR.match(q):
        return Parsed("relation", q, who=_g(m, "a5"), other=_g(m, "b5"), topic=_g(m, "t5b", "t5c", "t5"))
    return Parsed("search", q, topic=q.replace(_MASK, ""))


# A time or an event that ends a pair: "... after the verizon sale", "... in 1974"
_TIE_WHEN = re.compile(r"(?i)^(?P<b>.+?) (?P<t>(?:after|before|since|during|following|ahead of|amid|in the (?:wake|run-up|aftermath) of|"
                       r"in (?:19|20)\d\d\b)\s*.*)$")


_TOLD_ABOUT = re.compile(r"(?i)\b(?:tell|told|telling) (?P<whom>(?:the |a |an )?[\w'’ -]{1,40}?) (?:about|on|regarding|over) (?P<topic>.+)$")


# "what did mcconnell say back to sturgeon over the row", "... write to the minister about ...": said to someone;
# "what did blair say at the news conference about ...": said to those at it
_SAID_TO_ABOUT = re.compile(r"(?i)\b(?:say|said|saying|write|wrote|writing|reply|replied|respond|responded)(?: back)? (?:to|at) "
                            r"(?P<whom>(?:the |a |an )?[\w'’ -]{1,40}?) (?:about|on|regarding|over) (?P<topic>.+)$")


def told_to(p: Parsed) -> str | None:
    """'what did falconer tell the bbc about the bill', 'what did mcconnell say back to sturgeon
    over the row': whom it was told to ("the bbc", "sturgeon")."""
    m = (_TOLD_ABOUT.search(p.text) or _SAID_TO_ABOUT.search(p.text)) if p.topic else None
    return m.group("whom") if m and p.topic.endswith(m.group("topic")) and p.topic != m.group("topic") else None


def told_about(p: Parsed) -> str | None:
    """'what did leigh tell the ft about the tax plans': the topic without whom it was told to
    ("the ft"), for when the article names the audience otherwise ("the Financial Times")."""
    m = _TOLD_ABOUT.search(p.text) if p.topic else None
    return m.group("topic") if m and p.topic.endswith(m.group("topic")) and p.topic != m.group("topic") else None


def _said_first(q: str, stance: re.Match) -> bool:
    """'What did Ancram say about Straw going to Auschwitz?' asks what he said: the verb that
    comes first decides ("how did Hill react to the housing plan" asks how he reacted)."""
    said = STATEMENTS.match(q) or REACTION.match(q)
    if said and len(said.group("who")) < len(stance.group("who")):
        return True
    # ... and a deed asked before it: "what have police done about crack houses under the plan"
    done = DONE.match(q)
    return bool(done and (who := done.group("who") or done.group("who2")) and len(who) < len(stance.group("who")))


def _stance(verb: str, to_do: bool = False) -> str:
    verb = verb.lower().rstrip("s") if verb.lower() not in STANCE_OF else verb.lower()
    if verb.endswith("ing") and verb not in STANCE_OF and not to_do:
        # "what is X seeking", "what is X hoping the summit does": the verb of a stance in its -ing
        # form asks that stance ("what is X hoping to achieve" asks what X sets out to do, a plan)
        for base in (verb[:-3], verb[:-3] + "e"):
            if base in STANCE_OF or base + "s" in STANCE_OF:
                return STANCE_OF.get(base) or STANCE_OF[base + "s"]
    for candidate in (verb, verb + "s", verb.rstrip("s")):
        if candidate in STANCE_OF:
            return STANCE_OF[candidate]
    if verb.startswith(("goal", "aim", "demand", "wish", "hope", "priorit", "objective", "campaign", "call", "urg")):
        return "want"
    if verb.startswith(("concern", "worr", "fear")):
        return "fear"
    return "plan"
