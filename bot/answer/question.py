"""Reading a question: its intent and its parts (who, topic, claim, stance, time), by rules.

No model here: answering must start fast and never load spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that carry no topic: question words, auxiliaries, pronouns, fillers.
STOPWORDS = frozenset("""
dont didnt doesnt isnt wasnt werent arent havent hasnt hadnt wont cant couldnt wouldnt shouldnt aint im ive youre theyre
hed hes shes theyd youd theyve weve youve theyll youll itll thats
get gets getting got gotten both either neither
a an the and or but if of to in on at by for from with without into onto about over under than then
that this these those there here it its it's is are was were be been being am do does did doing done
has have had having will would shall should can could may might must ought not no nor so too very
what which who whom whose when where why how whats who's whos what's whoever whatever whichever
i me my we our us you your he him his she her they them their one ones
any some all each every more most much many few other such own same just only also
tell show give find list please me know let s t
say says said saying report reports reported reporting tell told telling claim claimed
according article articles pack story stories news piece text
during after before since until till while within against among between through as even though although whereas via because unless whether
supposedly reportedly allegedly apparently actually really basically presumably seemingly exactly precisely
completely effectively quite totally absolutely simply literally extremely entirely truly certainly definitely
clearly obviously essentially virtually practically somehow pretty fairly rather utterly collectively
mean means meant plus reckon reckons reckoned per regarding concerning plenty lots loads
around mid
""".split())

# Question words that are NOT topic words when the question asks for statements.
REPORT_VERBS = ("say|says|said|report|reports|reported|tell|told|claim|claims|claimed|announce|announced|warn|warned|"
                "argue|argued|state|stated|think|thinks|thought|reveal|revealed|write|wrote|suggest|suggested|believe|believes|"
                "mean|meant|add|added|insist|insisted|deny|denied|admit|admitted|predict|predicted|explain|explained|"
                "comment|commented|accuse|accused|describe|described|stress|stressed|urge|urged|propose|proposed|"
                "call|called|label|labelled|labeled|brand|branded|dismiss|dismissed|criticise|criticised|criticize|"
                "criticized|attack|attacked|praise|praised|welcome|welcomed|vow|vowed|pledge|pledged|promise|promised|"
                "indicate|indicated|suggest|suggested|condemn|condemned|blame|blamed|question|questioned|reject|rejected|"
                "compare|compared|liken|likened|predict|predicted|complain|complained|argue|argued|demand|demanded|"
                "reckon|reckons|reckoned|fear|fears|feared|hope|hopes|hoped|concede|conceded|acknowledge|acknowledged|"
                "point out|points out|pointed out|note|noted|observe|observed|remark|remarked|joke|joked|quip|quipped|"
                "beg|begged|plead|pleaded|implore|implored|mock|mocked|ridicule|ridiculed|scoff|scoffed|slam|slammed|"
                "blast|blasted|hit out|lambast|lambasted|rubbish|rubbished|boast|boasted|confess|confessed|"
                "confirm|confirms|confirmed|lament|lamented|contend|contended|assert|asserted|declare|declared|maintain|maintained|"
                "recall|recalled|allege|alleged|caution|cautioned|forecast|forecasted|estimate|estimated|"
                "recommend|recommended|concluded|appeal|appealed|tweet|tweeted|"
                # the present of a view still held: "who warns ...", "who argues ..."
                "warns|argues|accuses|blames|insists|denies|admits|predicts|describes|urges|dismisses|criticises|"
                "criticizes|rejects|complains|demands|compares|likens|mocks|slams|attacks|praises|welcomes|labels|"
                "brands|questions|condemns|advise|advises|advised|brush off|brushes off|"
                "brushed off|doubt|doubts|doubted|dispute|disputes|disputed|speculate|speculates|"
                "speculated|emphasise|emphasised|emphasize|emphasized|signal|signals|signalled|signaled|"
                "float|floats|floated|moot|mooted")

# Meaning groups: a question word stands for any word of its group.
STANCE_WORDS = {
    "want": "want wants wanted seek seeks seeking sought favor favors favour favours prefer prefers ask asks asked "
            "lobby lobbying press pressing pressure pressuring push pushing urge urges urged demand demands call "
            "request hope hopes aim aims goal goals wish wishes insist insists should must calls called urging demanded "
            "recommend recommends recommended recommendation recommendations advocate advocates",
    "fear": "fear fears feared afraid worry worries worried concern concerns concerned wary threat threats "
            "threaten threatens alarm alarmed anxious anxiety danger dangers risk risks nervous frightened frightening "
            "scared scary terrified terrifying",
    "plan": "plan plans planned planning intend intends intended propose proposes proposed proposal proposals "
            "will aim aims prepare prepares preparing consider considers considering expect expected pledge pledged "
            "promise promised commit committed",
    # where X stands: for or against
    "view": "back backs backed backing support supports supported supporting oppose opposes opposed opposing "
            "opposition against favour favours favoured favor favors reject rejects rejected welcome welcomes welcomed "
            "criticise criticises criticised criticize criticized condemn condemns condemned endorse endorses endorsed "
            "commend object objects objected objection objections",
}
# ... and the phrases that voice one: "I would like to see the teacher able to ...".
STANCE_PHRASES = {
    "want": ("would like", "like to see", "time has come", "time had come"),
    "fear": ("worried about", "concerned about"),
    "plan": ("going to", "set to"),
    "view": ("in favour", "called for", "calls for", "argued against", "argue against", "spoke out"),
}


def stance_words(stance: str | None) -> list[str]:
    return STANCE_WORDS[stance or "want"].split() + list(STANCE_PHRASES[stance or "want"])


_STANCE_TRIGGERS = {
    "want": r"want|wants|seek|seeks|ask|asks|asking|lobby|lobbying|push|pushing|press|pressing|demand|demands|favou?r|favou?rs|prefer|prefers|hope|hopes|wish|wishes|aim|aims|goals?|demands?",
    "fear": r"fear|fears|afraid|worry|worried|worries|concerned|concerns?|wary|scared|nervous|anxious",
    "plan": r"plan|plans|planning|intend|intends|propose|proposes|proposals?|going to|expect|expects|prepare|preparing",
}
STANCE_OF = {w: k for k, pat in _STANCE_TRIGGERS.items() for w in re.findall(r"[a-z]+", pat)}

MONTHS = ("january february march april may june july august september october november december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# A question's opening word: what a bare topic ("sanctions") or chat shorthand ("tories on
# immigration") does not start with.
QUESTION_START = re.compile(r"(?i)\s*(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|"
                            r"can|could|will|would|should|has|have|had|tell|give|show|explain)\b")
# A year as a question or an article writes it: a question naming one asks about that year.
YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
# A figure a question names: "8,000", "£200m", "68%".
FIGURE = re.compile(r"[£$€]?\d[\d,.]*(?:m|bn|k|%)?")

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
_SHORTHAND_RX = re.compile(r"(?<![\w/'’-])(" + "|".join(map(re.escape, sorted(_SHORTHAND, key=len, reverse=True)))
                           + r")(?![\w/'’-])")  # not the "u" of "u-turn", nor the "re" of "they're"


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
    q = _UNIT_SHORT_RX.sub(lambda m: f"{m.group(1)} {_UNIT_SHORT[m.group(2).lower()]}", q)
    q = _WH_FILLER.sub(r"\1 ", q)  # "what exactly did he say" asks what he said
    q = _WAY_TOO.sub("far ", q)  # "way too many" is the articles' "far too many"
    q = _PENCE_RATE.sub(r"\1%", q)  # "the 50p top rate" of income tax is the articles' "50% tax rate"
    return _WS.sub(" ", _SHORTHAND_RX.sub(lambda m: _SHORTHAND[m.group(1)], q)).strip()


# "way" before a comparison is the informal "far": "way too many", "way more", "way over-optimistic"
# (not the noun: "the way more people vote", "no way more ...")
_WAY_TOO = re.compile(r"(?i)(?<!\bthe )(?<!\ba )(?<!\bno )(?<!\bany )(?<!\bone )(?<!\bthis )(?<!\bthat )(?<!\bsame )(?<!\bwhich )"
                      r"(?<!\bevery )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bour )(?<!\bmy )(?<!\byour )"
                      r"\bway (?=(?:too|more|less|fewer|better|worse)\b|over-)")


# A rate of income tax in pence in the pound: "the 50p top rate", "a 10p starting rate", "the 50p tax plan"
_PENCE_RATE = re.compile(r"(?i)\b(\d{1,2})p(?= (?:(?:top|basic|starting|higher|lower|new|income) )*(?:rate|band|tax)\b)")


_WH_FILLER = re.compile(r"(?i)^(what|who|how|when|where|why|which)\s+(?:exactly|actually|really|precisely)\s+"
                        r"(?=(?:did|does|do|has|have|had)\b)")


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


HELP = _rx(r"^(help|h|\?|commands|usage|examples?|what can (i|you) (ask|do|answer)( here)?|how (do|does) (i|this|it) work)$")
BRIEF = _rx(r"^(?:(?:give|get) me )?(?:a |the )?(?:brief(?: me)?|briefing|summary|summari[sz]e|overview|tl;?dr|headlines|digest|"
            r"what'?s new|what is new|catch me up|fill me in|"
            r"what'?s (?:in )?(?:the|this|my|today'?s) (?:pack|news|briefing|articles?)|what are the (?:main|key) (?:points|stories|claims)|"
            r"what'?s (?:the|this) (?:story|news|deal)|what is (?:the|this) (?:story|news|deal)|what'?s going on|what is going on)"
            r"(?:(?: me)? (?:on|about|of|for|with|regarding|in) (?P<topic>.+))?$")
SOURCES = _rx(r"^(?:(?:what|which) (?:are the )?sources|who are the sources|list (?:the |all )?sources|sources|"
              r"who (?:has|have|had) (?:commented|spoken|weighed in|reacted|responded|been quoted|been cited)|"
              r"who(?: is|'s|’s|s| was| are| were| gets| got| get| is getting| are getting) (?:quoted|interviewed)|"
              r"(?:what|which) (?:sources|voices) (?:are|were)(?: there)?|"
              r"who (?:commented|spoke|reacted|responded)|"
              r"(?:what|which|whom) does (?:the|this) (?:article|story|piece|report) (?:cite|quote|rely on)|"
              r"who(?: is|'s|’s| are) (?:quoted|cited)|(?:what|which) sources (?:are|were) (?:cited|quoted|used))"
              # "who is quoted or asked to comment in ...": a second way of being a source
              r"(?: (?:or|and) (?:quoted|cited|interviewed|named|asked (?:to|for) (?:comment|a comment|their views)))?"
              r"(?: (?:does|do|did|are|were) (?:the|this|these) (?:article|story|piece|reports?|articles?) (?:cite|quote|use|rely on))?"
              r"(?: (?:in|on|about|for) (?P<topic>.+))?$")
# "who", "which Labour backbencher", "which campaign groups": whoever holds a view.
_HOLDER = (r"(?:who|what sources?|which (?:[\w-]+ ){0,2}?(?:outlet|source|newspaper|paper|agency|person|official|organi[sz]ation|media|report|"
           r"backbencher|frontbencher|rebel|tory|conservative|democrat|republican|diplomat|"
           r"mp|minister|politician|leader|expert|analyst|campaigner|group|party|peer|senator|economist|lawyer|"
           r"spokesman|spokeswoman|mep|msp|councillor|mayor|union|company|firm|charity|body|committee|judge|lord|elder|"
           r"writer|author|journalist|reporter|commentator|academic|professor|activist|boss|executive|"
           r"businessman|businesswoman|entrepreneur|tycoon|one)s?)")
# "Who is worried that ...", "who wants a probe into ...": a view held, asked like a claim;
# the word of the view stays in the claim, the articles word it too ("I worry that ...").
WHO_HOLDS = _rx(r"^" + _HOLDER + r" (?:(?:is|are|was|were|has been|have been) (?P<claim>(?:worried|concerned|afraid|fearful|"
                r"angry|furious|unhappy|opposed to|in favour of|calling for|pushing for|demanding|urging|campaigning for|"
                r"lobbying for|critical of|sceptical|skeptical|keen|determined|confident|optimistic|pessimistic|"
                r"troubled|alarmed|disturbed|dismayed|appalled|upset|annoyed|frustrated|disappointed|delighted|pleased|"
                r"happy|relieved|surprised|shocked|anxious|nervous|convinced|adamant|certain|sure)\b.+)|"
                r"(?P<claim2>(?:wants?|wanted|calls? for|called for|backs?|backed|supports?|supported|opposes?|opposed|"
                r"objects to|objected to|pushed for|pushes for|campaigned for|campaigns for|lobbied for|asked for|"
                r"asks for|worries|worried)\b.+))$")
# ... and before a verb of saying, any kind of speaker: "which QC said", "which police chief warned".
# (the kind is one to three words: "which QC", "which former Labour MP")
# (no verb "to be" among its words: "which fishing ports are floated as examples" asks for ports)
WHICH_KIND = r"which ((?:(?!(?:is|are|was|were|been)\b)[\w'’.-]+ ){0,2}?(?!(?:is|are|was|were|been)\b)[\w'’.-]+)"
_ANY_HOLDER = r"(?:" + _HOLDER + r"|" + WHICH_KIND + r")"
# An adverb between "who" and the verb of saying: "who once branded ...", "who first said ...".
SAID_ADVERB = (r"(?:(?:first|once|also|later|then|previously|earlier|repeatedly|publicly|privately|openly|actually|really|"
               r"originally|famously|recently|initially|reportedly|allegedly|apparently) )?")
WHO_SAID = _rx(r"^" + _ANY_HOLDER +
               r" " + SAID_ADVERB + r"(?:" + REPORT_VERBS + r"|is reporting|was reporting|has said|has reported|have said|have reported|"
               r"is claiming|is saying|made the claim|was quoted saying|cited|suspects|suspected)(?: (?:that|about|on))? (?P<claim>.+)$")
# Words said, asked by what the words did: "who used a termites metaphor ...", "who asked blair
# whether ...", "who answered X by saying ...", "who read X as a shot across Y's bows".
_WORDS_USED = r"(?:metaphor|analogy|phrase|nickname|image|comparison|term|label|words?|line|jibe|quip|expression|slogan)"
WHO_SAID2 = _rx(r"^" + _ANY_HOLDER + r" (?:once |also |then |later |first )?"
                r"(?:(?:used|coined|gave|came up with|had|offered|chose|borrowed) (?P<claim>(?:[\w'’-]+ ){0,5}?" + _WORDS_USED + r"\b.*)|"
                r"(?P<verb>asked|pointed to|pointed at|answered|responded to|replied to|countered|retorted|hit back at|"
                r"pushed back on|pushed back against|reacted to|hailed|tipped|implied|hinted|testified|endorsed|put(?= .+ down to )|"
                r"cast doubt on|casts doubt on|poured cold water on|raised|brought up|read|interpreted|characterised|"
                r"(?:dropped|drops|gave|gives|has given|have given) (?:a |heavy |broad |fresh |new |more )*hints?(?: that)?|"
                r"saw(?= .+ as )|sees(?= .+ as )|defended|defends|"
                r"characterized|dubbed|nicknamed|offered to|stood up and|stood up in [\w ]+? and|spoke of|spoke about|talked about|"
                r"talked of|likened|called out|put down|played down|downplayed|talked up|played up) (?P<claim2>.+))$")
_WORDS_NAMED = _rx(r"\b" + _WORDS_USED + r"\b|\b(?:to|in order to) (?:describe|refer to|characteri[sz]e|sum up|explain|talk about)\b")
# "Who's telling voters on the doorstep that ...": whom it is told to is not the claim.
WHO_TELLS = _rx(r"^" + _HOLDER + r"(?:'s|’s| is| was| are| were| has been| have been| keeps| kept)? (?:telling|told|tells|warning|"
                r"warned|warns|reminding|reminded|assuring|assured|promising|promised) (?:[\w'’ -]+? )?that (?P<claim>.+)$")
_STORY = r"(?:article|story|piece|report|item|column|feature|op-ed|obituary|obit|write-?up)"
_EVIDENCE = r"polls?|polling|surveys?|reports?|figures|studies|research|data|sources"
# "who does the story on X talk to": whom a reporter spoke to is whom the story quotes
_TALK_TO = r"talk to|talks to|talked to|speak to|spoke to|speak with|talk with|hear from"
_QUOTED_KINDS = r"(?:sources|people|experts|officials|voices|economists|analysts|commentators|forecasters|critics|politicians|mps)"
SOURCES_OF = _rx(r"^(?:what|which|whose) (?:(?:outside|independent|other|[\w-]+ party) )?" + _QUOTED_KINDS +
                 r"(?: (?:and|or) " + _QUOTED_KINDS + r")?(?: (?:does|do|did))? (?P<topic>.+?) "
                 r"(?:cite|cites|cited|quote|quotes|quoted|use|uses|used|rely on|relies on|relied on|draw on|name|names)$"
                 # "what sources are behind the February snap election story"
                 r"|^(?:what|which|whose) sources? (?:are|is|were|was|lie|lies) behind (?:the |this |that )?(?P<topic2>.+?)"
                 r"(?: (?:story|article|piece|reports?|claims?))?$"
                 # "what sources is the february snap election story based on"
                 r"|^(?:what|which|whose) (?:sources?|polls?|surveys?) (?:are|is|were|was) (?:the |this |that )?(?P<topic3>.+?)"
                 r" (?:story|article|piece|report) (?:based on|drawn from|relying on|built on)$"
                 # "what sources is the telegraph story on mugabe's house arrest based on"
                 r"|^(?:what|which|whose) sources? (?:are|is|were|was) (?:the |this |that )?(?P<topic10>(?:[\w'’-]+ )*?"
                 r"(?:story|article|piece|report) (?:on|about) .+?) (?:based on|drawn from|relying on|built on)$"
                 # "sources cited in the article on ...", "who does the BBC quote in its piece on ..."
                 r"|^(?:the |what |which )?sources? (?:cited|quoted|used|named|relied on) (?:in|by) (?P<topic4>.+)$"
                 r"|^(?:who|whom) (?:does|do|did) (?:the )?(?:[\w'’.-]+ ){0,3}?(?:quote|cite|interview) in "
                 r"(?:its|the|this|that|their|his|her) (?P<topic5>.+)$"
                 # "what polls are cited in the article on ...", "who does the story on ... quote"
                 r"|^(?:what|which) (?:" + _EVIDENCE + r") (?:is|are|was|were|does|do) (?:cited|quoted|used|mentioned|named) "
                 r"in (?:the|this) " + _STORY + r" (?:on|about) (?P<topic6>.+)$"
                 r"|^(?:who|whom) (?:does|do|did) (?:the|this) (?:[\w'’.-]+ ){0,2}?" + _STORY + r" (?:on|about) (?P<topic7>.+?) "
                 r"(?:quote|cite|rely on|name|interview|" + _TALK_TO + r")(?: (?:or|and) (?:quote|cite|name|interview))?"
                 r"(?: as (?:its |their |a )?sources?| (?:on|about) .+)?$"
                 # "what sources does the bbc cite on the tories backing id cards", "what sources did the BBC have for X"
                 r"|^(?:what|which) sources? (?:does|do|did) (?:the )?(?:[\w'’.-]+ ){1,3}?(?:cite|quote|use|have|give|rely on) "
                 r"(?:on|about|for) (?P<topic15>.+)$"
                 # "who does buzzfeed quote on the diet pills death", "who did the bbc talk to about the strike"
                 r"|^(?:who|whom) (?:does|do|did) (?:the )?(?:[\w'’.-]+ ){1,3}?(?:quote|cite|interview|" + _TALK_TO + r") "
                 r"(?:on|about|over) (?P<topic17>.+)$"
                 # "where does the amicus/tgwu merger story get its info"
                 r"|^where (?:does|did|do) (?:the|this) (?P<topic16>.+?) " + _STORY + r" (?:get|gets|got) "
                 r"(?:its|their|the|his|her) (?:information|info|facts|figures|material|sources)$"
                 # "what survey does the age concern 'grey vote' story cite", "what data does the article on X cite"
                 r"|^(?:what|which|whose) (?:(?:" + _EVIDENCE + r") )?(?:does|do|did) (?:the|this) (?:(?P<topic13>.+?) )?" + _STORY +
                 r"(?: (?:on|about) (?P<topic14>.+?))? (?:cite|cites|quote|quotes|use|uses|rely on|draw on|lean on)(?: for .+)?$"
                 # "who does the e-university waste story quote or cite"
                 r"|^(?:who|whom) (?:does|do|did) (?:the|this) (?P<topic12>.+?) " + _STORY + r" "
                 r"(?:quote|cite|rely on|lean on|name|interview|" + _TALK_TO + r")(?: (?:or|and) (?:quote|cite|name|interview))?$"
                 # "what's the sexist taunts story based on", "where does the story on X get its information"
                 r"|^what(?:'s|’s| is| was| are) (?:the|this) (?:(?P<topic8>.+?) )?" + _STORY + r" based on$"
                 # "what is the story on bodies not being ready for foi based on", "what is the cnet piece on ... based on"
                 r"|^what(?:'s|’s| is| was| are) (?:the|this) (?:[\w'’.-]+ ){0,2}?" + _STORY + r" (?:on|about) (?P<topic20>.+?) based on$"
                 r"|^where (?:does|did|do) (?:the|this) " + _STORY + r" (?:on|about) (?P<topic9>.+?) (?:get|gets|got) "
                 r"(?:its|their|the|his|her) (?:information|info|facts|figures|material|sources)$"
                 # "what's the source for the X story", "where does the info in the X story come from": the
                 # story's sources, not the source of a claim that X
                 r"|^(?:what|which)(?: is|'s|’s| are| was| were) the (?:sources?|sourcing) (?:of|for|behind) (?:the |this |that )?"
                 r"(?P<topic18>.+?) (?:story|article|piece|item|write-?up)$"
                 r"|^where (?:does|did|do) (?:the )?(?:information|info|facts|material) (?:in|for|of|behind) (?:the|this) "
                 r"(?P<topic19>.+?) (?:story|article|piece|item|write-?up) (?:come|comes|came) from$"
                 # "which experts are quoted doubting brown's growth forecasts"
                 r"|^(?:what|which|whose) (?:sources|people|experts|officials|voices|economists|analysts|commentators) "
                 r"(?:are|were|is|was|get|got) (?:quoted|cited|named|interviewed) (?P<topic11>.+)$")
# "Who wrote the article about Facebook tracking?", "Who wrote the Sudan sanctions story?",
# "who's the author of this piece": the byline of an article.
_PIECE = r"(?:article|story|piece|column|op-ed|essay|item|feature)"  # not "report": "the Butler report"
BYLINE = _rx(r"^(?:who|which (?:journalist|reporter|writer|author|correspondent))(?: (?:has|had))? (?:wrote|writes|written|authored|penned|"
             r"filed|is writing) (?:the |this |that |an |a )?(?:(?P<topic>.+?) )?" + _PIECE +
             r"(?: (?:about|on|regarding|covering|headlined|titled|called) (?P<topic2>.+))?$|"
             r"^(?:who|what) (?:is|was|'s|’s) the (?:author|writer|byline) (?:of|for|on) (?:the |this |that )?"
             r"(?:(?P<topic3>.+?) )?" + _PIECE + r"?(?: (?:about|on|regarding|covering) (?P<topic4>.+))?$")
# What someone says, as a story names it: "the warning", "the call", "the accusation".
_UTTERANCE = (r"warnings?|calls?|allegations?|accusations?|criticisms?|attacks?|remarks?|comments?|suggestions?|"
              r"predictions?|forecasts?|threats?|demands?|complaints?|stories|story|ideas?")
# What a figure rests on: a poll, a survey, a report ...
EVIDENCE = (r"polls?|surveys?|research|study|studies|reports?|figures?|numbers|data|statistics|stats|analysis|"
            r"estimates?|savings|calculations?|claims?")
# "Who carried out the poll showing ...?", "What poll is the 68% figure from?", "Where did BBC
# Scotland get its figures?", "What's the source for X?": where a claim comes from, which the
# article often names apart from the claim ("YouGov polled 1,981 voters").
SOURCE_OF = _rx(r"^(?:who|which (?:company|firm|organi[sz]ation|pollsters?|group|body|agency|newspaper|paper))"
                r" (?:carried out|conducted|did|ran|commissioned|published|produced|compiled|came up with|paid for|"
                r"identified|drew up|did the) (?:the |this |that )?(?P<claim>(?:[\w'’-]+ ){0,3}?(?:" + EVIDENCE + r")\b.*)$"
                r"|^(?:what|which) (?P<claim2>(?:" + EVIDENCE + r") (?:is|was|are|were|does|did) .+?) "
                r"(?:from|based on|come from|taken from)$"
                r"|^where (?:did|does|do|have|has) (?P<claim3>.+? (?:get|gets|got|find|found|obtain|obtained) "
                r".*?\b(?:" + EVIDENCE + r")\b.*)$"
                r"|^(?:what|who)(?: is|'s|’s|s| are| was| were) the (?:sources?|sourcing|origin|basis|evidence) (?:of|for|behind) "
                r"(?:the (?:" + EVIDENCE + r"|story|idea|suggestion|stat) )?(?:that )?(?P<claim4>.+)$"
                r"|^where (?:do|does|did) (?:the )?(?P<claim5>(?:" + EVIDENCE + r")\b.+?) come from$"
                r"|^where(?: is|'s|’s| are| was| were| do| does| did) (?:the |that )?(?:" + EVIDENCE + r"|stat|idea|story|"
                r"suggestion|figure)(?: (?:that|about|showing|saying))? (?P<claim6>.+?) (?:come |coming |comes )?from$"
                r"|^where (?:do|does|did) the (?:" + EVIDENCE + r"|stat|idea|story|suggestion) come from,? "
                r"(?:that |about )?(?P<claim7>.+)$"
                # "what sources is the claim that blair promised brown he'd quit based on"
                r"|^(?:what|which) sources? (?:is|are|was|were) the (?:claim|suggestion|idea|story|report) (?:that )?"
                r"(?P<claim8>.+?) based on$"
                # "who is behind the warning about a skills crisis": who gave the warning
                r"|^who(?: is|'s|’s|s| are| was| were) behind (?:the |this |that )(?:" + EVIDENCE + r"|" + _UTTERANCE + r")"
                r" (?:that|about|of|on|over) (?P<claim9>.+)$")
# Chat forms: "source for council tax going up 4%?", "whose poll says support is falling",
# "according to which poll ...".
SOURCE_OF2 = _rx(r"^(?:the )?sources? (?:for|of|on|behind) (?:the (?:claim|story|report|figure|stat) )?(?:that )?(?P<claim>.+)$"
                 r"|^whose (?:" + EVIDENCE + r"|stat|story) (?:says?|said|shows?|showed|finds?|found|suggests?|suggested|"
                 r"claims?|claimed) (?:that )?(?P<claim2>.+)$"
                 # "whose research is the drink drive limit report based on": who produced the work
                 r"|^whose (?:" + EVIDENCE + r"|work) (?:is|was|are|were) (?:the |this |that )?(?P<claim4>.+?) "
                 r"(?:based on|drawn from|taken from|from)$"
                 r"|^according to (?:which|what|whose) (?:" + EVIDENCE + r"|stat|story|newspaper|paper|pollsters?),? "
                 r"(?P<claim3>.+)$")  # "According to which poll would Britons reject the EU constitution?"
ACCORDING = _rx(r"^according to (?:whom|who|which sources?),? (?P<claim>.+)$|^(?P<claim2>.+?),? according to (?:whom|who)$"
                r"|^(?:what is|what's) the source (?:of|for) (?:the claim )?(?:that )?(?P<claim3>.+)$"
                r"|^where (?:does|did|do) (?P<claim4>.+?) come from$")

# Who a question asks about: a determiner is never the whole of it ("the Press Council").
_WHO = (r"(?P<who>(?:the|a|an|this|that|these|those) \S.*?|(?!(?:the|a|an|this|that|these|those)\b).+?)"
        r"(?<!\bof)(?<!\bthe)(?<!\band)")  # "the court of appeal": "appeal" is no verb after "of"
STATEMENTS = _rx(r"^(?:(?:what|which things?|anything) (?:did|does|do|has|have|had|was|is|were|are|will)|what['’]?s) "
                 + _WHO + r" "
                 r"(?:" + REPORT_VERBS + r"|been saying|saying|reporting|claiming|quoted as saying|quoted saying|"
                 # "what is kennedy predicting for the lib dems": words of speech under way, as "saying" is
                 # (not a noun: "what was the ofsted warning based on")
                 r"(?:predicting|forecasting|warning|arguing|suggesting|alleging)"
                 r"(?= (?:about|on|for|over|regarding|of|in|at|that|will|would|the|a|an)\b|\W*$)|"
                 # ... and one that is never a noun, whoever it is said of ("what are the lib dems accusing blair of")
                 r"(?:accusing|blaming|criticising|criticizing|condemning)\b|"
                 r"make of|think of|feel about|have to say)"
                 r"(?: (?:when asked(?: about| whether| if| why)?|when (?:pushed|pressed|quizzed|challenged|questioned|grilled) (?:on|about|over)|"
                 r"in (?:response|reply|reaction|answer) to|in the wake of|"  # "in response to the report": the report
                 r"about|on|regarding|of|concerning|over|in|to|with)?\b ?"
                 r"(?P<topic>.+))?$")  # "when asked whether ...": the question put to them is the topic
# "who does clarke say is backing his measures": whom the speaker names is in what they said;
# the rest of the clause is its topic. ("which browser does the piece say is best" asks a thing
# the piece may state in its own voice: a search.)
WHO_THEY_SAY = _rx(r"^(?:who|whom) (?:does|did|do|has|have|had) " + _WHO + r" "
                   r"(?:say|said|claim|claimed|think|believe|reckon|suggest|suggested) (?:is|are|was|were|will|would|could|"
                   r"should|might|has|have|had|must|can)\b(?P<topic>.+)$")
REACTION = _rx(r"^how (?:did|does|do|has|have|had|was|is|were|are) (?P<who>.+?) "
               r"(?:describe|described|react|reacted|respond|responded|reply|replied|defend|defended|justify|justified|"
               r"explain|explained|view|views|see|sees|characteri[sz]e|characteri[sz]ed|feel|felt|answer|answered|"
               r"comment|commented|sum up|summed up|put it|dismiss|dismissed|hit back|hits back|fire back|fired back|"
               r"retort|retorted|rebut|rebutted|counter|countered)"
               r"(?: (?:to|on|about|towards|over|at|against)\b)? ?(?P<topic>.*)$")
# "Howard's position on stem cell research?", "where does Straw stand on the arms ban": for or against
POSITION = _rx(r"^(?:(?:what(?: is| are| was| were|['’]?s) )?(?!(?:what|who|how|why|when|did|does|do|has|have|is|are)\b)"
               r"(?P<who>.+?)(?:'s|’s|s'|s’) (?:position|stance|views?|opinion|line)"
               r"|where (?:does|do|did) (?P<who2>.+?) stands?"
               r"|what(?: is|['’]?s) (?P<who3>the [^']+?) (?:position|stance|line)(?= (?:on|about|over|regarding) ))"
               r"(?: (?:on|about|of|to|regarding|over) (?P<topic>.+))?$")
# "is blair in favour of a quota", "do MPs on the committee back a presumption": for or against, asked yes or no
FOR_OR_AGAINST = _rx(r"^(?:(?:is|are|was|were) (?P<who>.+?) (?:in favou?r of|against|opposed to|supportive of)|"
                     r"(?:does|do|did) (?P<who2>.+?) (?-i:support|back|oppose|favou?r|endorse|reject)) (?P<topic>.+)$")
# "what's brown's problem with the pact changes": someone's view against a thing
PROBLEM_WITH = _rx(r"^what(?: is| are| was| were|['’]?s) (?P<who>.+?)(?:['’]s|(?<=s)['’]) (?:problems?|objections?|complaints?|gripes?|"
                   r"beef|quarrel|grievances?) (?:with|about|over|to|against|regarding) (?P<topic>.+)$")
# "terrence higgins trust view of tory plans": a view without the possessive
VIEW_OF = _rx(r"^(?!(?:what|who|how|why|when|did|does|do|has|have|is|are|the|a|an)\b)(?P<who>[^']+?) "
              r"(?:position|stance|view|views|opinion|take) (?:on|about|of|regarding|towards) (?P<topic>.+)$")
VIEW = _rx(r"^(?:what (?:is|are|was|were) )?(?P<who>.+?)(?:'s|’s|s'|s’) (?:view|views|position|stance|opinion|take|line|reaction|response|verdict|argument|case|"
           r"defen[cs]e|explanation|justification|message)"
           r"(?: (?:on|about|of|to|regarding|over|for) (?P<topic>.+))?$")  # "his explanation for the delay"
STATEMENTS2 = _rx(r"^(?:what was (?:said|reported|claimed) by|quotes? (?:from|by)|statements? (?:from|by)|"
                  r"what (?:are|were) (?P<who2>.+?)'?s? (?:comments|statements|remarks|words|views|claims)|"
                  r"(?:show|give|list) (?:me )?(?:the )?(?:quotes|statements|comments) (?:from|by))"
                  r" ?(?P<who>.+?)?(?: (?:about|on|regarding|concerning) (?P<topic>.+))?$")
STANCE = _rx(r"^(?:what|why|how) (?:(?P<bare>does|do|did|would|will)|is|are|was|were|has|have) "
             + _WHO + r" "  # "the Press Council", not "the" + a verb "press"
             r"(?P<verb>want|wanting|seek|seeking|fear|fearing|afraid|worry|worried|worrying|concerned|wary|plan|planning|"
             r"hope|hoping|intend|intending|ask|asking|demand|demanding|lobby|lobbying|push|pushing|pressing|press|"
             r"propose|proposing|prefer|favou?r|aim|aiming|scared|nervous|anxious|going to(?! be (?:called|named|renamed)\b)|expect|expecting|prepare|preparing)"
             r"\b(?! (?:price|conference|release|office|secretary|officer|briefing|statement|coverage|freedom|gallery|reports?|council|association))"
             r"(?(bare)(?<!ing))"  # "what do the MPs pushing reform want": after "do", the verb is bare; an -ing word describes who
             r"(?:(?<=going to)|(?! (?:do|say|think|make)\b))"  # "the fuel lobby do", "the press say": a noun, whose deed or words are asked
             r"(?: (?:of|about|for|from|to|that|with|on))?(?P<topic>.*)$")  # "an asking price", "a press conference"
# "what did laxton ask blair about schools": a question put to someone is what the asker said on
# its topic, not what the asker wants ("what did X ask for" is a want)
# ... and "what questions did the DJ put to blair": the questions are what she said
ASKED_ABOUT = _rx(r"^what (?:did|does|do|has|have|had|will|would) " + _WHO + r" ask (?!for\b)(?:[\w'’.-]+ ){1,4}?"
                  r"(?:about|on|over|regarding|concerning) (?P<topic>.+)$"
                  r"|^what (?:questions?|queries) (?:did|does|do|has|have|had|will|would) (?P<who2>(?!(?:he|she|they|it|you|i|we)\b).+?) (?:ask|put|pose|raise)\b"
                  r"(?: (?!about\b|on\b|over\b)[\w'’.-]+(?: [\w'’.-]+){0,3}?)?(?: (?:about|on|over|regarding|concerning) (?P<topic2>.+))?$")
# "what does holme point to as evidence that voters want a tv debate", "what evidence does she
# cite for the claim": what the speaker says in support of the claim
EVIDENCE = _rx(r"^what (?:(?:evidence|proof) )?(?:does|did|do|has|have|had) (?P<who>.+?) (?:point(?:s|ed)? to|cite[sd]?|offer(?:s|ed)?|"
               r"give[sn]?|gave|put(?:s)? forward|present(?:s|ed)?|produce[sd]?)(?: as)?(?: (?:evidence|proof))?"
               r" (?:that|of|for) (?P<topic>.+?)\W*$")
# "what's charles clarke after on economic migrants": what X is after is what X wants.
STANCE9 = _rx(r"^what(?:['’]s| is| are|['’]re) (?P<who>.+?) (?:after|angling for|gunning for)(?![\w-])"  # not "after-school"
              r"(?<!after(?= (?:the|a|an|this|that|his|her|its|their|last|next|each|every|[\d£$]\S*)\b))"  # "after the budget": a time
              r"(?: (?:on|with|regarding|over|in|from))?(?P<topic>.*)$")
STANCE2 = _rx(r"^(?:what|which)(?: (?:are|is|were|was)|['’]s|['’]re) "
              + _WHO + r"(?:'s|’s|s'|s’)? "
              r"(?P<verb>fears?|concerns?|worries|goals?|aims?|plans?|demands?|wishes|hopes|intentions?|proposals?|priorit(?:y|ies)|objectives?)"
              r"(?: (?:about|for|in|on|over|regarding|with|if|when|should|that) (?P<topic>.+?))?(?:,? now(?: that)? .+)?$")  # "... now that he has quit"
# ("what is Iyer's concern if Whole Foods squeezes its suppliers": the fear is of what may happen)
# A word that ranks the aim between its owner's possessive and the aim ("the lib dems' flagship
# pledge", "labour's main concerns") is no part of the owner's name.
_RANKED = re.compile(r"(?i)^(?P<owner>.+?)(?:['’]s|(?<=s)['’]) (?:main|key|flagship|big|biggest|latest|new|chief|central|core|"
                     r"headline|top|principal|major|own|first|primary|overriding)$")


def _owner(who: str | None) -> str | None:
    """The owner of "X's flagship pledge": X."""
    m = _RANKED.match(who or "")
    return m.group("owner") if m else who


# "whats the tory offer on council tax for pensioners", "what is labour's policy on tuition fees":
# what a party offers or pledges on a topic is its plan (an owner of a few words, and a topic:
# "what's the breakup fee if yahoo walks away for a better offer" is no one's offer)
STANCE_OFFER = _rx(r"^what(?: (?:are|is|were|was)|['’]s|['’]re) (?P<who>(?:the )?(?!(?:the|a|an)\b)[\w'’-]+(?: [\w'’-]+){0,2}?)"
                   r"(?:'s|’s|s'|s’)? (?P<verb>offers?|polic(?:y|ies)|pledges?|promises?) "
                   r"(?:on|for|about|over|regarding) (?P<topic>.+)$")
# The kind of thing wanted, asked first: "what approach to tracking would the ACLU technologist prefer",
# "what powers do police chiefs want", "what taxes would the lib dems cut", "what role does X want Y to play"
# (a figure or a name asked so is a fact the search finds by its kind: "what level do campaigners want
# the pension raised to", "which browser does the ACLU technologist recommend")
STANCE_WHAT = _rx(r"^what (?:kind of |sort of |type of )?(?P<thing>(?!(?:is|are|was|were|did|does|do|would|will|has|have)\b)"
                  r"(?!(?:[\w'’-]+ )*?(?:level|rate|figure|amount|sum|price|number|percentage|proportion|share|"
                  r"ceiling|cap|target|date|year|age|size|salary|pay|fee|threshold)s? )"
                  r"[\w'’-]+(?: [\w'’-]+){0,6}?) (?:does|do|did|would|will) " + _WHO + r" (?P<verb>want|prefer|favou?r|propose|"
                  r"recommend|call for|demand|suggest|like|cut|scrap|seek|urge)\b(?P<topic>.*)$")
# ... and asked in the progressive: "what kind of inquiry is Redress calling for", "what changes
# are the unions demanding", "what deal is Blair proposing": the thing is what they want or plan
STANCE_WHAT_IS = _rx(r"^what (?:kind of |sort of |type of )?(?P<thing>(?!(?:is|are|was|were|did|does|do|would|will|has|have)\b)"
                     r"(?!(?:[\w'’-]+ )*?(?:level|rate|figure|amount|sum|price|number|percentage|proportion|share|"
                     r"ceiling|cap|target|date|time|day|week|month|year|age|size|salary|pay|fee|threshold)s? )"
                     r"[\w'’-]+(?: [\w'’-]+){0,6}?) (?:is|are|was|were) " + _WHO + r" (?P<verb>calling for|demanding|"
                     r"proposing|seeking|pushing for|campaigning for|wanting|hoping for|planning|"
                     r"promising|pledging)\b(?P<topic>.*)$")
# "Was Quentin Davies scared during the mugging?", "Is Israel worried about Turkey?"
STANCE4 = _rx(r"^(?:is|are|was|were) (?P<who>.+?) (?P<verb>scared|afraid|worried|concerned|frightened|nervous|anxious|wary)"
              r"(?: (?:of|about|by|over|during|that|for))?(?P<topic>.*)$")
# "What is Karen Whitefield trying to achieve?": an aim.
STANCE7 = _rx(r"^what(?: is| are| was| were|'s|’s|s) (?P<who>.+?) (?:trying|hoping|aiming|seeking|looking|out|setting out) "
              r"to (?:achieve|do|get|win|secure|accomplish|change)(?: (?:with|on|over|from|by|about|for) (?P<topic>.+))?$")
# "what's howard planning for the commons", "whats the press council afraid the laws will do",
# "what is brown promising first-time buyers": what is being done or felt (not "what's X's plan")
STANCE_IS = _rx(r"^what(?: is| are| was| were|['’]s|s|['’]re) " + _WHO + r" (?P<verb>planning|proposing|promising|pledging|"
                r"campaigning for|calling for|pushing for|demanding|seeking|wanting|hoping for|intending|preparing|"
                r"afraid|worried|concerned|scared)\b(?: (?:of|about|for|to|that|on|with))?(?P<topic>.*)$")
# "what would the tories do about the hunting law": what they would do is their plan
_IF_THEY_WIN = re.compile(r"(?i)\s+(?:if|when|once) (?:they|he|she|it|we|the \w+) (?:win|won|wins|got in|get in|are elected|"
                          r"were elected|get elected|got elected|take power|took power|come to power|came to power|"
                          r"form(?:ed)? (?:a|the) (?:next )?government)\b.*$")
_ONCE_DONE = re.compile(r"(?i)\s+(?:once|when|after) (?:the|a|an|its|his|her|their|this|that) .+$")
STANCE_DO = _rx(r"^what (?:would|will|might|could) " + _WHO + r" do (?:about|on|with|over|regarding|to) (?P<topic>.+)$")
# "Does Theresa May plan to repeal the hunting ban?"
STANCE8 = _rx(r"^(?:does|do|did|will|would) (?P<who>.+?) (?:plan|intend|aim|expect|propose|mean) "
              r"to (?P<topic>.+)$")
# "Is Turkey planning to train Syria's army?", "Is Blair going to raid the aid budget?"
STANCE5 = _rx(r"^(?:is|are|was|were) (?P<who>.+?) (?:planning|going|set|preparing|about|expected|intending) "
              r"to (?P<topic>.+)$")
STANCE3 = _rx(r"^(?:what|who) (?P<verb>worries|worry|concerns|scares|frightens|bothers|alarms|troubles) (?P<who>.+?)"
              r"(?: (?:about|in|on|over|regarding) (?P<topic>.+))?$")
# "What's the Press Council worried about with the bill?", "What is Israel afraid of?"
STANCE6 = _rx(r"^what(?: is| are| was| were|'s|’s) (?P<who>.+?) (?P<verb>scared|afraid|worried|concerned|frightened|nervous|"
              r"anxious|wary|fearful) (?:of|about|by|over)(?: (?:with|in|on|over|regarding|concerning) )?(?P<topic>.*)$")
WHEN = _rx(r"^(?:(?:by|until|till) )?(?:when|what (?:day|date|time|month|year)) (?:did|does|do|will|was|were|is|are|has|have|had|"
           r"would|could|should|can|may|might|must) (?P<rest>.+)$")
HAPPENED = _rx(r"^(?:what|which events?) (?:happened|has happened|took place|occurred|went on|was done|did happen)"
               r"(?: (?P<time>(?:in|on|during|since|after|before|last|this|over|by) .+))?$")
DONE = _rx(r"^what (?:has|have|did|had) (?P<who>.+?) (?:done|been doing|do|achieved)\b(?P<rest>.*)$|"
           r"^what(?: is| are| was| were|['’]s|s) (?P<who2>.+?) doing\b(?P<rest2>.*)$|"  # "what is / what's the PCS union doing about ..."
           # "what is kennedy up to this week", "what did blair get up to on friday": what they did
           r"^what(?: is| are| was| were|['’]s|s) (?P<who3>.+?)(?: been)? up to\b(?P<rest3>.*)$|"
           r"^what (?:has|have|did|had) (?P<who4>.+?) (?:been|get|got|gotten) up to\b(?P<rest4>.*)$")
TIMELINE = _rx(r"^(?:(?:a |the )?(?:timeline|chronology|history|sequence of events)(?: of| for)? (?P<who>.+)|"
               r"(?P<who2>.+?)(?:'s|’s)? (?:timeline|chronology))$")
RELATION = _rx(r"^(?:what(?: is| are| was| were|'s|’s) (?:the )?(?:relationship|relations|ties|links?|connections?) between "
               r"(?P<a>.+?) and (?P<b>.+)|"
               r"what(?: is| are| was| were|'s|’s) (?P<a2>.+?)(?:'s|’s|(?<=s)'|(?<=s)’) (?:relationship|relations|ties|links?|connections?|dealings) "
               r"(?:with|to) (?P<b2>.+)|"
               r"how (?:are|is|do|does) (?P<a3>.+?) and (?P<b3>.+?) (?:related|connected|linked|get along|relate|interact)|"
               r"how (?:is|are|was|were) (?P<a6>.+?) (?:related|connected|linked|tied) (?:to|with) (?P<b6>.+)|"
               r"(?:relationship|relations|ties|links?|connections?) between (?P<a4>.+?) and (?P<b4>.+)|"
               r"(?P<a7>[^ ].+?)(?:'s|’s|(?<=s)'|(?<=s)’) (?:relationship|relations|ties|links?|connections?|dealings) "
               r"(?:with|to) (?P<b7>.+)|"  # "luke tomlinson's connection to the royal family"
               # "what is leoncia casalme to kimberly quinn": two names, not "what is labour to announce"
               r"(?:what|who)(?: is| was|'s|’s) (?!(?:the|a|an|this|that|it|he|she|they|there)\b)(?P<a8>[^ '’]+(?: [^ '’]+){0,3}?) to "
               r"(?P<b8>(?!(?:the|a|an|do|be|have|get|make|say|go|come|take|give|blame|thank|know)\b)[^ ]+(?: [^ ]+){0,3}))$")
# Ties asked some other way: "how do blair and brown really get on", "where do X and Y differ on policy",
# "what links X to Y", "how did X hook up with Y", "ed balls relationship to gordon brown".
_TIE = r"(?:relationship|relations|ties|links?|connections?|dealings|history)"
RELATION2 = _rx(r"^(?:how (?:do|does|did) (?P<a>.+?) and (?P<b>.+?) (?:really |actually |first )?(?:get on|get along|"
                r"get to know each other|fit together|work together|compare|differ|meet|come to know each other)(?: (?P<t>.+))?|"
                r"how (?:are|were|is|was) (?P<a2>.+?) and (?P<b2>.+?) (?:related|connected|linked|tied)(?: (?P<t2>.+))?|"
                r"where do (?P<a3>.+?) and (?P<b3>.+?) (?:really |actually )?(?:differ|disagree|part ways|split)(?: (?P<t3>.+))?|"
                r"what(?: is| was|'s|’s|s) (?:the )?(?:main |biggest |key |real )?(?:(?P<t4>ideological|policy|political) )?"
                r"(?:differences?|divide|split|row|dispute|rift) between (?P<a4>.+?) and (?P<b4>.+)|"
                r"what (?:links|connects|ties) (?P<a5>[^,]+?) (?:to|with|and) (?P<b5>[^,]+)|"
                r"how did (?P<a6>.+?) (?:hook up|team up|link up|fall out|come together|get together) with (?P<b6>.+?)"
                r"(?: (?P<t6>(?:in|at|over|during|after|before) .+))?|"
                r"(?!(?:who|what|when|where|why|how|which|is|are|did|does|do|has|have|was|were|can|will)\b)"
                r"(?P<a7>[^ '’,]+(?: [^ '’,]+){0,3}?)(?:'s|’s|(?<=s)'|(?<=s)’)? (?:(?:past|family|close|long|business|political|personal|"
                r"early) )?" + _TIE + r" (?:with|to) (?P<b7>.+))\W*$")
# Bare "Israel and Russia": only when the question is not a wh-question.
PAIR = _rx(r"^(?!(?:who|what|when|where|why|how|which|is|are|did|does|do|has|have|was|were|can|will)\b)"
           r"(?P<a5>[^,]+?) (?:and|vs\.?|versus|&) (?P<b5>[^,:]+?)(?: " + _TIE +
           r"(?: (?P<t5b>(?:according to|in|during|ahead of|before|after|at|over|on|since) .+))?)?"
           r"(?: (?P<t5c>(?:on|over|about|in|during) .+?))?"
           r"(?:(?:\s+[-–—]|\s*[:,]|(?=\s+(?:what|whats|what's|how)\b))\s+(?P<t5>.*))?$")
# "Who chairs the transport committee?" asks for the person with that role.
WHO_ROLE = _rx(r"^who (?P<verb>chairs|leads|heads|runs|directs|manages|edits|founded|owns|is in charge of|is the head of|"
               r"is leading|is heading|is running|is chairing)(?: up)? (?P<what>.+)$")  # "who heads up the cbi"
_ROLE_OF_VERB = {"chairs": "chairman", "leads": "leader", "heads": "head", "runs": "head", "directs": "director",
                 "manages": "manager", "edits": "editor", "founded": "founder", "owns": "owner",
                 "is in charge of": "head", "is the head of": "head", "is leading": "leader", "is heading": "head",
                 "is running": "head", "is chairing": "chairman"}
ROLE_HEADS = frozenset(_ROLE_OF_VERB.values())  # "who chairs X" asks for "X chairman"
# "Who is suing Facebook?", "Who was leading the protest?": who does something, not who someone is.
WHO_DOING = _rx(r"^who(?: (?:is|are|was|were|'s)|['’]s) (?!(?:leading|heading|running|chairing|managing|directing|editing)\b)"
                r"(?P<what>[a-z]+ing\b.*)$")
# "who Roman Gofman is", as "remind me who Roman Gofman is" reads once the framing is gone
WHO_IS_EMBEDDED = _rx(r"^who (?P<who>(?!(?:is|are|was|were)\b).+?) (?:is|was|are|were)$")
# "did Netanyahu say anything about the talks?", "has Cryer ever talked about the cost?"
DID_SAY = _rx(r"^(?:did|has|have|does|do|had) (?P<who>.+?)(?: (?:himself|herself|themselves|itself))?"
              r"(?: (?:ever|actually|really|also|even|publicly))? (?:say|said|talk|talked|speak|spoken|spoke|comment|commented|"
              r"mention|mentioned|write|written|tell|told)(?: (?:us|reporters|anyone))?(?: (?:anything|something|much|a word|a thing))?"
              r"(?: (?:about|on|regarding|over|of|concerning) (?P<topic>.+))?$")
# "anything from the casino association on the plans?", "anything on super-casinos?"
ANYTHING = _rx(r"^anything (?:from|by) (?P<who>.+?)(?: (?:on|about|regarding|over) (?P<topic>.+))?$|"
               r"^anything (?:new )?(?:on|about|regarding) (?P<topic2>.+)$")
# "what was agreed at the summit", "what was found on the coaches": a deed's object, not a definition.
_WHAT_WAS_DONE = _rx(r"^what (?:is|are|was|were|has been|have been|had been|'s) (?:being )?(?:[a-z]+ed|found|said|done|"
                     r"taken|stolen|given|told|made|seen|known|won|lost|paid|spent|sold|bought|meant|written|shown)\b "
                     r"(?:by|at|on|in|about|from|for|to|during|after|before|over|with)\b")
WHO_IS = _rx(r"^(?:who|what) (?:is|are|was|were|'s) (?P<who>.+)$|^(?:who'?s|what'?s) (?P<who2>.+)$|"
             r"^(?:tell me about|tell me who|describe|profile(?: of)?|info on|information (?:on|about)|about|who is) (?P<who3>.+)$")


# "What is Cherie Blair accused of over her tour?": what others say she did, not her words.
ACCUSED_OF = _rx(r"^what (?:is|are|was|were|has|have|had) (?P<who>.+?) (?:been )?(?:accused|suspected|charged|"
                 r"criticised|criticized|blamed|attacked) (?:of|for|over|with)\b.*$")


# "What were the Commons hunt protesters charged with?": a fact about them, not who they are.
_ENDS_ON_PREPOSITION = re.compile(r"(?i)\s(?:\w+ed|\w+en) (?:with|for|about|by|on|over|to|from|at)\W*$")


# "What was the result of the vote on ...?": a fact of an event, not who or what something is.
_OUTCOME = _rx(r"^what(?: is|'s| was| were| are) the (?:final )?(?:result|results|outcome|score|margin|turnout|cost|price|fee|fees|charge|"
               r"size|number|total|tally|majority|verdict|sentence|fine|death toll|toll|salary|salaries|wage|wages|budget|value) "
               r"(?:of|in|on|for|from) ")  # "what's the salary for the new commissioner": a sum, not who he is


# "What's the Powys contract worth to the hospital?", "what was the deal worth": a value, not who or what it is.
_WORTH = _rx(r"^what(?: is|'s| was| were| are| will be| would be) (?!(?:it|that|this)\b).+? worth(?: (?:to|for|in|each|a|per|every) .+)?$")


# "What's in the terror bill?", "what was in the pills?": what a thing holds, not who someone is.
CONTENTS = _rx(r"^what(?: is|'s| was| were| are| will be) (?:in|inside) ")


# -ing words that are names of things, not verbs: "Who is King Charles?" is not "who is doing".
_ING_NOUNS = frozenset("king viking sterling browning fleming golding redding harding cummings hastings reading "
                       "ring thing spring morning evening wing string building".split())
# -ing words that are as often the name of a thing as a verb: "what is yoon's approval rating" asks what it is.
_ING_THINGS = _ING_NOUNS | frozenset("rating ratings funding spending warning ruling meeting hearing briefing timing "
                                     "polling housing training offering ceiling wording booking ending opening setting "
                                     "saving savings earnings feeling thinking".split())
# "what are police in south wales investigating": what someone is doing, which the story tells; not who
# or what "police in south wales investigating" is (the -ing word closes a clause with its doer before it).
_WHAT_DOING = _rx(r"^what (?:is|are|was|were) (?P<doer>\S+(?: \S+)+) (?P<verb>[a-z]+ing)\W*$")

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
    framed = _HAS_DONE.sub(r"\1 has", framed)  # "what's happened to ..." is "what has happened to ..."
    framed = _DID_STUDY.sub("who carried out ", framed)  # "who did the benchmarking report": who carried it out
    framed = _WROTE_BOOK.sub("who is the author of ", framed)  # "who wrote the book X": its author, not a claim
    p = _parse(_mask_names(_CONTRACTED.sub(r"\1 is", framed)))
    p.text = framed
    if p.intent == "statements_by" and p.topic:
        p.topic = _VENUE.sub("", p.topic) or p.topic  # "about climate change in the BBC interview"
        p.topic = _BACK_TO.sub("", p.topic) or p.topic  # "what did he write back to her": to her
        if _WHAT_HAPPENED.match(p.topic):
            p.topic = None  # "what did her mum say happened to her": what she said is the answer
    if p.intent == "who_is" and p.who and (m := _IN_THE_PACK.match(p.who) or _NOWADAYS.match(p.who)):
        p.who = m.group(1)  # "who's the attorney general in these iraq stories", "ukip's chair these days": the post
    if p.intent == "who_is" and p.who:
        p.who = _now_held(p.who)  # "who's running the campaign this time instead of brown": its head now
    if p.who:
        p.who = _ADVERB_AFTER.sub("", p.who) or p.who  # "what did blair actually do": Blair
    if p.intent == "statements_by" and p.who:
        p.who = _ABOUT_TO.sub("", p.who) or p.who  # "what is brown expected to say": Brown
    if m := _NEWS_OF.match(framed):  # "what's happening with jonathan sayeed": the news of him
        p = Parsed("search", framed, topic=m.group("who") or m.group("who2"))
    return p


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


def _now_held(post: str) -> str:
    """The post without when and whom instead ("labour's election campaign"), if that still says which post."""
    held = _INSTEAD.sub("", post)
    return held if len(content_words(held)) >= 2 else post


# What someone is yet to say: "what's the cardinal going to say", "what was howard due to say".
_ABOUT_TO = re.compile(r"(?i)\s+(?:going|expected|set|due|likely|planning|about|scheduled|poised|preparing|hoping|tipped) to$")
# An adverb between the one asked about and the verb: "what did blair actually do".
_ADVERB_AFTER = re.compile(r"(?i)\s+(?:actually|really|exactly|ever|just|even|also|then|first|finally)$")


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
_VENUE = re.compile(r"(?i)\s+(?:in|during|at|on) (?:the|his|her|their|its|a|an|that|this)(?: [\w'’-]+){0,3}? "
                    r"(?:interview|speech|article|statement|letter|programme|broadcast|debate|op-ed|column|"
                    r"press conference|news conference|briefing|address|radio interview|tv interview|launch|rally|"
                    r"conference|meeting|summit|hustings|photo call|photocall)$")


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


# "What will Yahoo be called after the sale?", "what is the new party called": a name asked.
NAME_OF = _rx(r"^what(?:['’]s| will| would| is| was| are| were| has| have)\b.+?\b(?:be |been )?(?:called|named|renamed)"
              r"(?: (?:after|following|once|when|now|in|by|from) .+)?$"
              r"|^what(?:['’]s|s| is| was| are| were) the names? of .+$")  # "what is the name of Yoon's wife"


_NAME_OF_ONE = _rx(r"^what(?:['’]s|s| is| was) the name of (?P<who>the (?![\w -]*\b(?:who|that|which)\b)[\w -]+)$")


# "did the Tories pay back the money": "back" is the verb's, not support ("did MPs back the plan").
_PARTICLE_BACK = re.compile(r"(?i)\b(?:pay|paid|pays|paying|give|gave|given|bring|brought|win|won|get|got|come|came|go|went|"
                            r"hit|cut|scale|scaled|roll|rolled|claw|clawed|fight|fought|hold|held|send|sent|take|took|turn|"
                            r"turned|step|stepped|fall|fell|call|called|write|wrote|answer|answered|put) back\b")
# "what did the court of session decide in the slopping out appeal": a decision asked after, not
# someone called "the court of session decide in the slopping out" who "appealed".
_DECIDES = re.compile(r"(?i)\b(?:decide|decided|conclude|concluded|determine|determined|rule|ruled) (?:in|on|over|about|that|whether)\b")
# "what did brown do on fuel duty in the pre-budget report": a deed, though the question ends on "report"
_DOES = re.compile(r"(?i)\b(?:do|doing)\b")


# "what was the deal with the reports that his father came in illegally": one reported claim asked
# about, not a briefing on a topic (nor someone called "the deal with the reports ...").
_DEAL_WITH_CLAIM = _rx(r"^what(?:['’]s|s| is| was) (?:the|this) (?:deal|story) (?:with|about|behind|over) "
                       r"(?P<topic>(?:the|these|those) (?:reports?|claims?|allegations?|rumou?rs?|speculation|suggestions?|stories) "
                       r"(?:that|of) .+)$")


def _parse(q: str) -> Parsed:
    if m := HELP.match(q):
        return Parsed("help", q)
    if m := _NAME_OF_ONE.match(q):  # "what is the name of the lib dem leader": who holds that post
        return Parsed("who_is", q, who=m.group("who"))
    if NAME_OF.match(q):
        return Parsed("search", q, topic=q.replace(_MASK, ""))
    if m := _DEAL_WITH_CLAIM.match(q):  # "what was the deal with the reports that ...": the reported claim, searched
        return Parsed("search", q, topic=m.group("topic"))
    if (m := BRIEF.match(q)) and not SOURCES_OF.match(q):  # "what is the story on X based on" asks its sources
        return Parsed("briefing", q, topic=_g(m, "topic"))
    if m := SOURCES.match(q) or SOURCES_OF.match(q):
        return Parsed("sources", q, topic=_g(m, "topic", "topic2", "topic3", "topic4", "topic5", "topic6", "topic7",
                                             "topic8", "topic9", "topic10", "topic11", "topic12", "topic14", "topic13",
                                             "topic15", "topic16", "topic17", "topic18", "topic19", "topic20"))
    if m := BYLINE.match(q):
        return Parsed("byline", q, topic=_g(m, "topic2", "topic4", "topic", "topic3"))
    if m := SOURCE_OF.match(q):
        return Parsed("source_of", q, topic=_g(m, "claim", "claim2", "claim3", "claim4", "claim5", "claim6", "claim7", "claim8", "claim9"))
    if m := SOURCE_OF2.match(q):
        return Parsed("source_of", q, topic=_g(m, "claim", "claim2", "claim3", "claim4"))
    if m := ACCORDING.match(q):
        return Parsed("who_said", q, topic=_g(m, "claim", "claim2", "claim3", "claim4"))
    if m := WHO_SAID.match(q) or WHO_TELLS.match(q):
        return Parsed("who_said", q, topic=_g(m, "claim"))
    if m := WHO_HOLDS.match(q):
        return Parsed("who_said", q, topic=_g(m, "claim", "claim2"))
    if m := WHO_SAID2.match(q):
        if claim := _g(m, "claim"):  # "a termites metaphor to describe deficits": the words are the termites, not "metaphor"
            claim = " ".join(_WORDS_NAMED.sub(" ", claim).split())
        return Parsed("who_said", q, topic=claim or _g(m, "claim2"))
    if (m := EVIDENCE.match(q)) and re.search(r"(?i)\b(?:evidence|proof)\b", q):
        return Parsed("statements_by", q, who=_g(m, "who"), topic=_g(m, "topic"))
    if (m := FOR_OR_AGAINST.match(q) or VIEW_OF.match(q)) and not re.search(r"(?i)\b(?:to|want|wants|would|will)\b", _g(m, "who", "who2")) \
            and not _PARTICLE_BACK.search(m.group(0)):
        return Parsed("stance", q, who=_g(m, "who", "who2"), topic=_g(m, "topic"), stance="view")
    if m := PROBLEM_WITH.match(q):  # a view against the thing
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"), stance="view")
    if (m := POSITION.match(q)) and m.group("who") and re.search(r"(?:'s|’s|s'|s’) (?:position|stance|views?|opinion|line) (?:on|about|of)\b", q):
        return Parsed("stance", q, who=_g(m, "who", "who2"), topic=_g(m, "topic"), stance="view")  # "age concern's view of the plan"
    if m := ASKED_ABOUT.match(q):  # "what did laxton ask blair about schools": his question, on schools
        return Parsed("statements_by", q, who=_g(m, "who", "who2"), topic=_g(m, "topic", "topic2"))
    if (m := STANCE.match(q)) and not _said_first(q, m):
        verb = m.group("verb").lower().split()[0]
        return Parsed("stance", q, who=_g(m, "who"), topic=_g(m, "topic"), stance=_stance(verb))
    if m := STANCE2.match(q):
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
        return Parsed("statements_by", q, who=_g(m, "who"), topic=_g(m, "topic"))
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
        return Parsed("relation", q, who=a, other=b)
    if m := WHO_ROLE.match(q):
        what = _now_held(m.group('what'))
        return Parsed("who_is", q, who=f"{what} {_ROLE_OF_VERB[m.group('verb').lower()]}")
    if (m := WHO_DOING.match(q)) and m.group("what").split()[0].lower() not in _ING_NOUNS:
        return Parsed("search", q, topic=m.group("what"))
    if m := WHO_IS_EMBEDDED.match(q):
        return Parsed("who_is", q, who=_g(m, "who"))
    if (m := _WHAT_DOING.match(q)) and m.group("verb").lower() not in _ING_THINGS:
        return Parsed("search", q, topic=q.replace(_MASK, ""))
    if _OUTCOME.match(q) or CONTENTS.match(q) or _WORTH.match(q):
        return Parsed("search", q, topic=q.replace(_MASK, ""))
    if (m := WHO_IS.match(q)) and not _ENDS_ON_PREPOSITION.search(_g(m, "who", "who2", "who3") or "") \
            and not _WHAT_WAS_DONE.match(q):
        return Parsed("who_is", q, who=_g(m, "who", "who2", "who3"))
    if m := PAIR.match(q):
        return Parsed("relation", q, who=_g(m, "a5"), other=_g(m, "b5"), topic=_g(m, "t5b", "t5c", "t5"))
    return Parsed("search", q, topic=q.replace(_MASK, ""))


_TOLD_ABOUT = re.compile(r"(?i)\b(?:tell|told|telling) (?P<whom>(?:the |a |an )?[\w'’ -]{1,40}?) (?:about|on|regarding|over) (?P<topic>.+)$")


# "what did mcconnell say back to sturgeon over the row", "... write to the minister about ...": said to someone
_SAID_TO_ABOUT = re.compile(r"(?i)\b(?:say|said|saying|write|wrote|writing|reply|replied|respond|responded)(?: back)? to "
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


def _stance(verb: str) -> str:
    verb = verb.lower().rstrip("s") if verb.lower() not in STANCE_OF else verb.lower()
    for candidate in (verb, verb + "s", verb.rstrip("s")):
        if candidate in STANCE_OF:
            return STANCE_OF[candidate]
    if verb.startswith(("goal", "aim", "demand", "wish", "hope", "priorit", "objective", "campaign", "call")):
        return "want"
    if verb.startswith(("concern", "worr", "fear")):
        return "fear"
    return "plan"


_LIKE_SUFFIXES = frozenset("style type like based esque".split())
_TOKEN = re.compile(r"[\w][\w\-]*", re.UNICODE)


def content_words(text: str | None, extra_stop: frozenset[str] = frozenset()) -> list[str]:
    """Topic words of a phrase, lowercased, possessives dropped, stopwords removed, in order, unique."""
    if not text:
        return []
    # "haven't" is "have not", "won't" "will not": never the words "haven" or "won"
    text = re.sub(r"(?i)\bwon['’]t\b", "will not", re.sub(r"(?i)\b(?:can|shan)['’]t\b", "can not", text))
    text = re.sub(r"(?i)n['’]t\b", " not", text)
    text = re.sub(r"(?i)['’](?:s|re|ve|ll|d|m)?\b", " ", text)
    text = re.sub(r"(?i)\bevery single\b", "every", text)  # "every single death": emphasis, not "single"
    text = re.sub(r"(?i)\b(?:end|ends|ended|ending|wind|winds|wound) up\b", " ", text)  # "end up paying": in the end
    text = re.sub(r"(?i)\b(?:so far|as yet|to date|at the moment|at present|right now)\b", " ", text)  # "the turnout so far": now
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        parts = tok.split("-")
        if len(parts) > 1 and parts[-1].lower() in _LIKE_SUFFIXES:
            parts = parts[:-1]  # "Facebook-style tracking" is Facebook's tracking, whatever the article calls it
        for part in parts:
            w = part.lower()
            if len(w) < 2 and not w.isdigit():
                continue
            if w in STOPWORDS or w in extra_stop:
                continue
            if w not in out:
                out.append(w)
    return out
