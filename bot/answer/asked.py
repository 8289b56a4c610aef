"""What a question asks for (a sum, a time, a place, an age ...) and whether a sentence holds one."""

from __future__ import annotations

import re

from bot.answer.forms import CONTENTS, NAME_OF
from bot.answer.words import MONTHS, WEEKDAYS, YEAR, content_words


# Month and day names as articles print them, capitalised: "a march", "may" are not times.
TIME_RX = re.compile(
    r"\b(?:" + "|".join(w.capitalize() for w in MONTHS + WEEKDAYS) + r"|(?i:yesterday|today(?! programme)|tomorrow|"
    r"(?:last|next|this) (?:week|month|year)|(?:1[6-9]|20)\d\d|recent (?:weeks|months|days)|since|ago|"
    r"\d+(?:st|nd|rd|th) anniversary|(?:his|her|their|its) first day|"  # "for the 60th anniversary of ...", "on his first day as ..."

    r"\d{1,2}[:.]\d\d ?(?:am|pm|gmt|bst)|\d{1,2} ?(?:am|pm)|\d{4} ?(?:gmt|bst)|midnight|noon|midday|"
    r"(?:in|since|from|until|till|by|before|after|around) 1[0-5]\d\d|"  # "set up in 1337"
    r"at the (?:next|coming|forthcoming) (?:general )?election))\b")  # "will stand down at the next election" (not "quit before the next election": a deadline)


# What is in something that speaks ("what was in Howard's new year message") is what it says,
# which no word for contents tells.
_SAID_THING = re.compile(r"(?i)\b(?:message|speech|letter|statement|e-?mails?|interview|address|note|memo|text|"
                         r"broadcast|column|article|story|piece|blog|post|tweet|book|diary|diaries)s?\W*$")


# "What chemical was in the pills?", "what toxic chemical were the pills thought to contain?":
# what a thing holds, named by its kind.
_WHAT_HELD = re.compile(r"(?i)\s*what(?: [\w-]+){1,2} (?:is|was|are|were) (?:in|inside) |"
                        r"\s*what\b.* (?:contain|contains|contained|include|includes|included)\W*$")


# Words of a "how much / how many / how big" question that ask for the number, not about a topic.
FRAME_WORDS = frozenset("big large much many long old times often far high tall size number amount quickly fast soon "
                        "altogether".split())  # "how much has X given altogether": the total is what is asked


# "How long did the Commons spend debating the bill?": the time spent is the answer, not a word of it.
TIME_TAKEN = frozenset("spend spent spending take takes took taken taking last lasts lasted".split())


# A question that ends on who tells it: "... does the Electoral Commission suggest?"
TOLD_BY = re.compile(r"(?i)\b(?:does|do|did|will|would)\b.*\b(suggest|suggests|suggested|recommend|recommends|recommended|"
                      r"propose|proposes|proposed|think|thinks|predict|predicts|predicted|estimate|estimates|estimated|"
                      r"expect|expects|reckon|reckons|believe|believes|argue|argues|claim|claims)\W*$")


# ... and those of "what did X pay": the article says "bought ... for $13.7 billion".
MONEY_WORDS = FRAME_WORDS | frozenset("pay paid paying spend spent spending cost costs price fee fees".split())


# "the majority", "Michael Howard's majority": what a figure asked by its name is of
THE_OR_OWNERS = r"(?:the |(?!the\b)(?:[\w.-]+ ){0,3}?[\w.-]+['’]s?\s+)"


def asked_kind(question: str) -> str | None:
    """The kind of answer a question asks for ("how much", "money", "when", "age", "why" ...), or None."""
    if re.match(r"(?i)\s*(?:how did|how was|what was|what were|what(?:['’]?s| is) the (?:result|outcome) of)\b.*\bvotes?\b", question) \
            or re.search(r"(?i)\bby (?:what|how (?:big|large|wide|much)(?: of)? an?) (?:margin|majority)\b", question):
        return "tally"  # "How did the Commons vote go on the bill?": the figures, "297 votes to 203"
    if re.match(r"(?i)\s*what\b.*\b(?:pay|paid|spend|spent|cost|charge|charged|price|worth|fee|sum|salary|salaries|wage|wages)\b"
                r"(?! with\b)", question):  # "charged with disorderly conduct" is no sum
        return "money"  # "What did Amazon pay for Whole Foods?", "What was the asking price?"
    if re.match(r"(?i)\s*how much\b(?! (?:less|more|lower|higher|smaller|bigger|larger)\b).*\b(?:cost|costs|costing|"
                r"price|priced|charge|charged|charging|fee|fees|worth|pay|paid|paying|spend|spent|spending|earn|earns|"
                r"earned|earning|get paid|fined?|fines|money)\b", question):
        return "money"  # "How much will the new facilities cost?": a sum, not "90% of courts" (but "how
        # much less do women earn?" is a gap: "19% less")
    if re.match(r"(?i)\s*(?:in |during |by )?(?:what|which) (?:year|month|date|decade) (?:did|was|were|had)\b", question):
        return "when"  # "In what year did the wall come down?": a date, not any sentence of the wall (a year to come
        # is asked of the story's forecasts: "when will ...")
    if re.match(r"(?i)\s*how much (?:(?:a|per|each|every) (?:year|month|week|day) |in total |altogether )?"
                r"(?:has|have|had|did|does|do|will|would|could|might|should|is|are|was|were)\b.*\b(?:give|gives|gave|given|giving|"
                r"donate|donates|donated|donating|contribute|contributes|contributed|contributing|save|saves|saved|saving|"
                r"(?:raise|raises|raised|raising)(?! (?:the|its|their|his|her)\b)|lend|lends|lent|lending|borrow|borrows|borrowed|borrowing|owe|owes|owed|owing|"
                r"invest|invests|invested|investing)\b", question):
        return "money"  # "How much has Sainsbury given Labour?", "how much a year will the closures save?": a sum
        # (not "how much support has he given": a noun after "how much" is what is measured)
        # (nor "how much would the proposal raise the budget": raising a thing is its increase, told
        # as a share as often as a sum, "a 35% hike in the budget")
    if m := re.match(r"(?i)\s*what(?: is|'s|s| was| were| are| will be) " + THE_OR_OWNERS + r"(?:final |overall |total |(?:max|maximum|minimum|biggest|largest|highest|top|lowest|smallest) (?:possible )?)?(turnout|death toll|toll|majority|"
                     r"margin|score|tally|cost|price|fine|bill)\b", question):
        # "What was the turnout in ...?": a figure ("fell to 59%"), not "an election was held in 1974"
        # (and one's own: "what was Michael Howard's majority in Folkestone": "won ... with 20,645 votes")
        return "money" if m.group(1).lower() in ("cost", "price", "fine", "bill") else "how much"
    if re.match(r"(?i)\s*what(?: is|'s|s| was| were| are| will be) the (?:[\w-]+ ){1,3}?(?:turnout|death toll|tally|margin)\b", question):
        return "how much"  # ... and "what was the north east referendum turnout": a figure, whatever it is the turnout of
    if re.match(r"(?i)\s*what(?: is|['’]s|s| was| were| are| will be) the (?:[\w-]+ ){0,3}?(?:threshold|ceiling|limit)s?\b"
                r"|\s*what(?: is|['’]s|s| was| were| are| will be) the (?:max|maximum|min|minimum) \w", question):
        return "how much"  # "what's the stamp duty threshold now": a figure ("to £120,000"), not any sentence of stamp duty
        # (and "what's the max cut in a murder sentence for a guilty plea": "the maximum reduction would be one sixth")
    if re.match(r"(?i)\s*what(?: is|'s| was| were) the (?:final |jury'?s? |court'?s? )?verdict\b", question):
        return "verdict"  # "What was the verdict in the trial?": guilty or cleared, not "are to go on trial"
    if re.match(r"(?i)\s*what (?:size|amount|level|sum|figure)\b", question):
        return "how much"  # "What size of donation cap did the commission float?": "a £10,000 cap"
    if re.match(r"(?i)\s*what (?:share|proportion|percentage|fraction|part) of\b", question):
        return "how much"  # "What share of spending will go on interest?": "13 percent of government spending"
    if NAME_OF.match(question):
        return "name"  # "What will Yahoo be called after the sale?": a name, given as one
    if (CONTENTS.match(question) or _WHAT_HELD.match(question)) and not _SAID_THING.search(question):
        return "contents"  # "What was in the pills?": what they contain, not any sentence that names them
    if re.match(r"(?i)\s*how old\b", question):
        return "age"  # "How old is Lynton Crosby?": an age, not any number in his story
    if re.match(r"(?i)\s*where (?:does|do|did|is|are|was|were) .+? (?:stand|stood|standing) (?:on|over|in)\b", question):
        return None  # "Where does Howard stand on stem cell research?": a view, not a place
    if re.match(r"(?i)\s*how (?:far (?:short|behind|ahead|below|above)|rare|rarely|common|commonly|frequent|frequently|unusual)\b",
                question):
        return "how much"  # "How far short of a majority was Labour?": "17 short"; "how rare is it": "only the 13th time"
    if re.match(r"(?i)\s*how far\b(?! (?:has|have|had|did|does|do|will|would|is|are|was|were|can|could) (?:\S+ ){1,4}?"
                r"(?:gone|got|come|go|get|dropped|drop|fallen|fall|fell|slipped|slip|slid|sunk|sink|risen|rise|rose|"
                r"climbed|climb|moved|move)\b)", question):
        return "distance"  # "How far is the new HQ from the old one?": "three doors away", not any number
    # ("how far has Britain dropped in the league": "from fourth to 11th", a change, not a distance)
    if re.match(r"(?i)\s*how tall\b", question):
        return "measure"  # "How tall is the kauri tree?": a height ("51 metres"), not "2,000 years old"
        # (not "how deep are the cuts", "how wide is the gap": a share or a sum may tell those)
    if re.match(r"(?i)\s*(?:what|which) time\b|\s*at what time\b|\s*what hour\b", question):
        return "clock"  # "What time is the Budget?": "at 1230 GMT", not "on 16 March"
    if re.match(r"(?i)\s*how (?:long|quickly|fast|soon)\b", question):
        return "duration"  # "How long has Mugabe been running Zimbabwe?": "since 1980", "for two years"
    if re.match(r"(?i)\s*where (?:do|does|did|will|would) \S+(?: \S+)? (?:rank|come|finish|place)\b(?! (?:from|out|up))",
                question):
        return "how much"  # "Where does the UK rank for ...?": "third behind Sweden", not a place
    if re.match(r"(?i)\s*where (?:has|have|had|did|does|do|is|are|was|were) (?:\S+ ){1,4}?(?:slipped|slip|slid|fallen|fall|"
                r"fell|dropped|drop|sunk|sink|risen|rise|rose|climbed|climb|moved|move)\b", question):
        return "how much"  # "Where has the UK slipped to in the league?": "from fourth to 11th", not a place
    if HOME_ASKED.match(question):
        return "where"  # "What town is Betts-Green from?": a place ("Mr Betts-Green, of Woodbridge, Suffolk"), not any sentence of him
    m = re.match(r"(?i)\s*(how (?:much|many|long|big|large|often)|why|where|when|who|whom)\b", question)
    return m.group(1).lower().split()[0] if m and m.group(1).lower().startswith(("why", "where", "when", "who")) \
        else ("how much" if m else None)


# Where someone is from, asked by the kind of place: "what town is X from", "which city does X come from".
HOME_ASKED = re.compile(r"(?i)\s*(?:what|which) (?:town|city|village|county|country|state|area|region|place|part of (?:the )?\w+)"
                        r" (?:is|are|was|were|does|do|did) .+? (?:from|come from|hail from|live in|based in)\W*$")
# ... and the answer, where one lives or comes from: "Mr Betts-Green, of Woodbridge, Suffolk, has", "Jo
# Bloggs, from Leeds, said", "born in Cardiff", "who grew up in Llanelli" (not "took over from Jack Straw")
HOME_RX = re.compile(r"[\w.], (?:of|from) (?!(?:the|a|an|Mr|Mrs|Ms|Dr)\b)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,|"
                     r"\b(?:born in|grew up in|raised in|lives in|living in|native of|based in) "
                     r"(?!(?:the|a|an|Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\b)[A-Z][\w’'-]+")
# ... the words of such a question that tell what is asked, not what an answer must hold
HOME_WORDS = frozenset(("town", "city", "village", "county", "country", "state", "area", "region", "place", "part",
                        "come", "comes", "hail", "hails", "live", "lives", "based"))

# A size or a sum asked for, which no "first" or "twice" tells.
SIZE_ASKED = re.compile(r"(?i)\s*(?:how (?:big|large|much)|what (?:size|amount|level|sum|figure))\b")

# An amount: a sum, a share, a count, a size.
_AMOUNTS = (r"[£$€¥]\s?\d|\b\d+(?:\.\d+)?p\b|\d[\d,.]*(?:\s*|-)(?:%|per ?cent|percent|million|billion|bn|m\b|k\b|people|years?|"
            r"months?|weeks?|days?|hours?|miles|km|acres?|hectares?|tonnes?|votes?|seats?)|"
            r"\b\d[\d,.]*\s(?:times|fold)\b|"  # a multiple: "400 times more likely", "10 times that"
            r"\b\d{1,3}(?:,\d{3})+\b|\b\d+-\d+\b|\b\d+(?:st|nd|rd|th)\b|"
            r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?|billions?|dozens?)\b|"
            r"\b(?:less|more|fewer) than \d|\b(?:about|around|nearly|almost|roughly|some|over|under|up to|as many as|at least|at most) \d|"
            r"\b\d[\d,.]* or so\b")  # "the 220 or so fire-bombings": a count given roughly
AMOUNT = re.compile(_AMOUNTS, re.IGNORECASE)
# ... and a sum or a size, which a count of things told in a small number word is not: "how much
# income does the Duchy make" is not answered by "the two bodies generating private income", nor
# "how much did Prescott offer the unions" by "Five public sector unions" (but "six times more
# likely", "twice as much" are)
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
SIZE = re.compile(_AMOUNTS.replace(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|", r"\b(?:hundreds?|")
                  + r"|\b" + _SMALL + r"[ -](?:times|per ?cent|percent|hundred|thousand|million|billion|pounds|dollars|euros|pence)\b"
                  + r"|\b(?:twice|double|doubled|treble|trebled|triple|tripled|half)\b", re.IGNORECASE)

# A share asked for ("what share of voters ...", "what percentage of ...") and the answer, a
# share: "47%", "13 percent", "one in six", "eight out of 10", "a quarter", "a majority" (not
# a sum, "$631 billion over 10 years", nor a count, "asked 2,234 adults").
WHAT_SHARE = re.compile(r"(?i)\s*(?:what|which)(?:['’]?s| is| was| were)?(?: the)? (?:share|proportion|percentage|fraction) of\b|"
                        r"\s*how many (?:per ?cent|percent)\b")
_SHARE_DEN = r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d+)"
SHARE_TOLD = re.compile(r"\d[\d,.]*\s*(?:%|per ?cent\b|percent\b)|"
                        r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ -](?:in|out of)[ -]" + _SHARE_DEN + r"\b|"
                        r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority)\b", re.IGNORECASE)

# Places told by what they are: "at a Hindu temple", "outside the high court", an MP's seat
# ("he would be in his Sheffield seat this weekend"), a hospital ward.
# Verbs whose object is a place, as a preposition's is ("will visit Leicester South"): no word of the place.
PLACE_VERBS = frozenset("visit visits visited visiting tour tours toured touring".split())

PLACE_NOUNS = (r"(?:temple|church|cathedral|mosque|synagogue|school|college|university|hospital|clinic|prison|jail|hotel|"
           r"airport|station|port|harbour|base|camp|headquarters|embassy|consulate|palace|residence|mansion|house|home|"
           r"farm|village|town|city|capital|beach|park|stadium|arena|centre|center|hall|club|pub|restaurant|court|"
           r"office|offices|factory|plant|mine|shop|store|market|conference|summit|rally|border|island|coast|"
           r"seat|ward)s?\b")

# A sum in words: "hundreds of millions" of pounds, "several hundred million pounds", "a billion dollars"
_MAGNITUDE = r"(?:hundred|thousand|million|billion)s?"
_SUM_IN_WORDS = (r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|several|a few|tens)\s+(?:of\s+)?)?"
                 + _MAGNITUDE + r"(?:\s+(?:of\s+)?" + _MAGNITUDE + r")*[\"”’']?\s+(?:of\s+)?(?:pounds|dollars|euros)\b")

_MONEY_FIGURE = r"[£$€¥]\s?\d|\d[\d,.]*\s*(?:million|billion|bn|pounds|dollars|euros|pence|p\b)"
# ... a sum in figures: a vague sum in words answers from a sentence that covers the question,
# not from one that only shares the story (the aid he expects to give is not what a debt freeze saves)
MONEY_FIGURE = re.compile(_MONEY_FIGURE, re.IGNORECASE)

# An age a person tells of themself: "I am 66", "in the 66 years that I have been alive" (in
# their own words, so the sentence need not name them)
OWN_AGE = re.compile(r"\bI(?:'m|’m| am) (?:now )?\d{1,3}(?: years old)?\b(?![%\d]|[.,]\d| ?(?:per|percent|years? (?:ago|on|since|before|after)))|"
                     r"\b\d{1,3} years (?:that |since )?I(?:'ve|’ve| have| had) been alive\b")

# What a sentence that answers each kind of question usually holds.
ANSWER_TYPES = {
    "how much": re.compile(_AMOUNTS + r"|\b(?:once|twice|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                           r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                           r"nineteenth|twentieth)\b(?! of\b)", re.IGNORECASE),  # "the twelfth man to be arrested", not "the sixth of which"
    "duration": re.compile(r"\bsince (?:\w+ ){0,3}(?:1[6-9]|20)\d\d\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|twelve|eighteen|twenty|thirty|forty|fifty|several|many)[ -](?:years?|months?|weeks?|days?|"
                           r"hours?|decades?|minutes?|seconds?)\b(?![- ]old)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                           r"tenth|\d+(?:st|nd|rd|th)) (?:day|week|month|year)\b|"  # "the seventh week of"
                           r"\b(?:lasted|lasting|lasts|last|took|takes|take|taking) (?:about |around |nearly |almost |over |more than |under )?"
                           r"(?:an?|half an?) (?:hour|day|week|month|year|decade)\b|"  # "lasted around an hour"
                           r"\b\d[\d,.]*\s?(?:mph|km/h|kph|knots|miles (?:an|per) hour|kilometres (?:an|per) hour)\b",
                           re.IGNORECASE),  # "how fast was the train going": a speed, "at 115 mph"
    # (a person's age: "a 16-year-old burglar", not the "18 to 30-year-olds" of a policy)
    "age": re.compile(r"(?<![\d,.£$€])\b\d{1,3}\b(?=,(?!\d))|\baged \d|\bat the age of \d|\b\d{1,3}[ -]year-old\b|\b\d{1,3} years? old\b|"
                      r"\bin (?:his|her|their) (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|"
                      r"\b(?:his|her|their) \d{1,3}(?:st|nd|rd|th) birthday|"  # "died on the eve of his 93rd birthday"
                      + OWN_AGE.pattern + "|"  # a person's own: "I am 66"
                      # a step in a life told with the age it came at: "became an MP at 27 and Leader of the Opposition at 36"
                      r"\b(?:became|become|becomes|becoming|elected|appointed|made|entered|joined|left school|retired|died|married)\b"
                      r"[^.;:]{0,60}?\bat \d{1,2}\b(?![\d%]|[,.:]\d|\s?(?:am|pm|a\.m|p\.m|per ?cent|percent|o'clock)\b|\s(?-i:[A-Z]))",
                      re.IGNORECASE),
    "tally": re.compile(r"\b\d+\s*(?:-|–|votes? to)\s*\d+\b|\bby \d[\d,]* to \d[\d,]*\b|\b\d[\d,]* of (?:the )?\d[\d,]* (?:votes|ballots)\b|\bmajority (?:of|was (?:cut|reduced) to|fell to) \d+|"
                        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:votes? )?to "
                        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil|none)\b(?! (?:another|other))",
                        re.IGNORECASE),  # "by an eight to one majority"
    # (or in words: "hundreds of millions of pounds", "several hundred million dollars")
    "money": re.compile(_MONEY_FIGURE + "|" + _SUM_IN_WORDS, re.IGNORECASE),
    "why": re.compile(r"\b(?:because|since|after|amid|over|due to|owing to|following|in protest|for fear|so that|"
                      r"in order to|reason|as a result|citing|blamed|said (?:it|he|she|they) (?:was|were|had))\b", re.IGNORECASE),
    # (a place visited or toured is named right after the verb: "will visit Leicester South")
    "where": re.compile(r"\b(?:in|at|to|from|near|outside|inside|" + "|".join(sorted(PLACE_VERBS)) + r") (?:the )?"
                        r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prime|President|Chancellor)\b)[A-Z][\w’'-]+|"  # not "in Mr Brown's stead"
                        r"\b(?:in|at|to|from|near|outside|inside) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}?" + PLACE_NOUNS),
    # a height, depth, width or weight: "51 metres tall", "a 30ft-deep shaft", "weighing 12 tonnes"
    "measure": re.compile(r"(?<![£$€])\b\d[\d,.]*\s?-?(?:(?:centi|milli|kilo)?met(?:re|er)s?|m\b|cm\b|mm\b|km\b|f(?:oo|ee)?t\b|inch(?:es)?\b|"
                          r"in\b|yards?|miles?|storeys?|stories|floors|tonnes?|tons?|kg\b|kilos?|kilograms?|lbs?\b|pounds? in weight|stone\b)|"
                          r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                          r"a hundred|hundreds of)[ -](?:met(?:re|er)s?|f(?:oo|ee)t|inch(?:es)?|yards?|miles?|storeys?|stories|floors|tonnes?|tons?)\b",
                          re.IGNORECASE),
    "distance": re.compile(r"\b(?:\d[\d,.]*|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|dozens? of|"
                           r"hundreds? of|several|many)[ -](?:miles?|km|kilometres?|kilometers?|metres?|meters?|yards?|"
                           r"feet|foot|doors?|streets?|blocks?|minutes?'?s? (?:walk|drive))\b|\bnext door\b", re.IGNORECASE),
    "clock": re.compile(r"\b(?:\d{1,2}[:.]\d\d\s?(?:[ap]\.?m\b\.?|gmt|bst|et|edt|est)?|\d{1,2}\s?[ap]\.?m\b\.?|\d{4}\s?(?:gmt|bst)|"
                        r"midnight|noon|midday)", re.IGNORECASE),
    "when": TIME_RX,
    "name": re.compile(r"(?i)\b(?:name|names|named|renamed|rename|(?<!so-)called|dubbed|known as)\b"),  # ("so-called" names nothing)
    # what a thing holds or a bill provides: "believed to contain DNP", "It proposes control orders, which would mean ..."
    "contents": re.compile(r"(?i)\b(?:contain|contains|contained|containing|include|includes|included|including|"
                           r"proposes?|proposed|(?:would|will) (?:mean|allow|give|introduce|see|let|require|create|set up)|"
                           r"provides? for|made (?:up )?(?:of|from)|consists? of|laced with|traces of|ingredients?)\b"),
    "verdict": re.compile(r"(?i)\b(?:guilty|acquitted|acquittal|cleared|convicted|conviction|verdict|jailed|sentenced|"
                          r"found (?:not )?liable|walked free|hung jury)\b"),
}


# "where did Solana make his remarks", "where did Kennedy make his speech": words asked where
# they were given (not "where does the claim come from", which asks their source, nor "where is
# Obama going after the interview", where the words only date another event)
SAID_WHERE_ASKED = re.compile(r"(?i)^\s*where (?:did|do|does|was|were|is|are|has|have|had) (?!.*\b(?:come|comes|came) from\b)"
                              r"(?!.*\b(?:after|before|since|following|until)\b)"
                              r".*\b(?:say|said|tell|told|remarks?|comments?|claims?|speech|words|interview|aired)\b")
# ... and a place of words is also the occasion or the outlet that carried them: "Speaking at a
# seminar ...", "told ITV1's Jonathan Dimbleby programme", "in an interview with the Independent",
# "appearing on Channel Five" (an outlet is named by a capital, a person after "told" is no place: places_told reads its kind)
SAID_VENUE = re.compile(r"\b(?:told|telling|tells|[Ww]riting in|(?:[Ii]n|[Dd]uring) an? (?:[\w-]+ ){0,3}?interview (?:with|for|on|in|to)) "
                        r"(?:the )?(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prime|President|Chancellor)\b)[A-Z][\w’'-]+|"
                        r"\b[Ss]peaking (?:at|to|on|during) (?:[\w’'-]+ ){0,2}?[\w’'-]+|"
                        # ... or the broadcaster one appeared on: "a day of appearances on Channel Five"
                        r"\b[Aa]ppear(?:s|ed|ing|ances?)? on (?:the )?[A-Z][\w’'-]+")
SAID_WHERE = re.compile(ANSWER_TYPES["where"].pattern + "|" + SAID_VENUE.pattern)

# A number and the words after it: in digits ("16 other Lib Dem MPs") or in words ("five
# shields", "dozens of protesters"; a lookahead, so "two men and five women" counts both).
_VAGUE_COUNTS = frozenset("hundred hundreds thousand thousands million millions dozen dozens several".split())
# (a sum is no count: "£79.60 to the pensioner" counts no pensioners; "11m voters" counts voters)
# (a word between may be in scare quotes, as news prints them: "100,000 new 'affordable' homes")
# (the number ends on a digit: "new cases in 2003, a backlog of claims" counts no backlog; a
# comma or a full stop after it ends the number's phrase)
_DIGIT_COUNT = re.compile(r"(?<![£$€¥\d,.])\b(\d(?:[\d,.]*\d)?)(?:m|bn|k)?((?:\s+[\"“‘']?[A-Za-z]+[\"”’']?){1,3})")
_WORD_COUNT = re.compile(r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                         r"fifty|hundreds?|thousands?|millions?|dozens?|several)\b(?=((?:\s+(?:of\s+)?[\w-]+){1,3}))")


def counts_exactly_in_words(text: str) -> bool:
    """The sentence counts in words, and only by exact numbers ("two white and five ethnic
    minority women"), never vaguely ("several hundred properties")."""
    counts = [m.group(1).lower() for m in _WORD_COUNT.finditer(text)]
    return bool(counts) and not any(c in _VAGUE_COUNTS for c in counts)


def counting(text: str, asked: set[str], in_words: bool = False, exact: bool = False) -> bool:
    """A number counting what the question counts: "How many householders ...?" -> "only 11
    householders" (a number the question brought itself, "15 years", is no answer). Exact: a
    number, not "thousands of"."""
    for m in (_WORD_COUNT if in_words else _DIGIT_COUNT).finditer(text):
        if exact and m.group(1).lower() in _VAGUE_COUNTS:
            continue
        if m.group(1).lower() not in asked and asked & {w.strip("\"“”‘’'") for w in m.group(2).lower().split()}:
            return True
    return not in_words and _counted_by_verb(text, asked)


# A number right after a verb, as its object: "recommended 15 ways", "arrested about 40".
_VERB_COUNT = re.compile(r"(?i)\b([a-z]{5,})\s+(?:(?:some|about|around|nearly|almost|over|more than|up to|at least)\s+)?"
                         r"\b(\d[\d,]*)\b(?![.,]?\d|\s*(?:%|per ?cent|bn|m\b|p\b))")


def _counted_by_verb(text: str, asked: set[str]) -> bool:
    """"How many recommendations did the inquiry make": "The group recommended 15 ways ..." counts
    them by the verb of the noun asked (one stem, five letters or more), the number its object
    (not a year: "proposed in 2004" is no count)."""
    for m in _VERB_COUNT.finditer(text):
        if YEAR.fullmatch(m.group(2)) or m.group(2) in asked or not m.group(1).islower():
            continue  # (nor a number the question brought, "the channel 9 doc", nor a name's: "Channel 9")
        stem = re.sub(r"(?:ed|ing|es|s|d)$", "", m.group(1).lower())
        if len(stem) >= 5 and any(w.startswith(stem) for w in asked):
            return True
    return False


# A number word that ends a name: "the Guildford Four" (a capitalised word before it, not at the
# sentence's start: "Two of Britain's unions" counts).
_NUMBER_WORD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand)")
_NAME_BEFORE = re.compile(r"(?<![.!?:\"“] )(?<!^)\b[A-Z][\w’'-]+ $")


# A figure as a story prints it, whole: "£35bn", "$4.8bn", "1.92p", "£35 billion".
_FIGURE = re.compile(r"[£$€¥]?\d[\d,.]*(?:\s(?:billion|million)\b|[a-z%]*)", re.IGNORECASE)
_UNIT_SHORT = re.compile(r"(?i)(\d)\s(billion|million)\b")
_UNIT_LONG = re.compile(r"(?i)(\d)(bn|m)\b")


def _short(m: re.Match) -> str:
    return m.group(1) + ("bn" if m.group(2).lower() == "billion" else "m")


def _long(m: re.Match) -> str:
    return m.group(1) + (" billion" if m.group(2).lower() == "bn" else " million")


def holds(wanted: re.Pattern, text: str, asked: set[str]) -> bool:
    """The sentence holds an answer of the wanted kind that is not a word of the question."""
    figures = list(_FIGURE.finditer(text))
    for m in wanted.finditer(text):
        if _NUMBER_WORD.fullmatch(m.group(0)) and m.group(0)[0].isupper() and _NAME_BEFORE.search(text, 0, m.start()):
            continue  # "the Guildford Four", "the Maguire Seven": a name, not a count
        # ... a figure whole: "£35bn" is the question's own sum, not "£3" and "5bn"
        whole = " ".join(f.group(0).rstrip(".,") for f in figures if f.start() < m.end() and m.start() < f.end())
        words = set(content_words(m.group(0))) - PLACE_VERBS  # ("touring Africa" names no place but Africa)
        if whole:  # (in either spelling of its unit: "£35 billion" is the "£35bn" asked)
            spellings = [set(content_words(w)) for w in (whole, _UNIT_SHORT.sub(_short, whole), _UNIT_LONG.sub(_long, whole))]
            words = {w for w in words if not re.search(r"\d", w)} - set().union(*spellings)
            if any(words | w <= asked for w in spellings):
                continue
            words |= set(content_words(whole))
        if not words or not words <= asked:
            return True
    return False
