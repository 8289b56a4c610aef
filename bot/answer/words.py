"""The words of a question: which carry its topic, which are verbs of saying, which voice a stance.
Apart from the parse because most answering modules weigh a question's words without parsing it,
and the question forms build on the verbs of saying.
"""

from __future__ import annotations

import re

# The index's verbs of saying (events.action, a lemma): what someone said is no deed of theirs.
SPEECH_ACTIONS = frozenset("say tell add claim insist warn argue state reply comment explain suggest believe think describe predict "
                           "admit acknowledge stress write note".split())

# Words that carry no topic: question words, auxiliaries, pronouns, fillers.
STOPWORDS = frozenset("""
dont didnt doesnt isnt wasnt werent arent havent hasnt hadnt wont cant couldnt wouldnt shouldnt aint im ive youre theyre
hed hes shes theyd youd theyve weve youve theyll youll itll thats theres heres wheres hows
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
clearly obviously essentially virtually practically somehow pretty fairly rather utterly collectively overall
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
                "float|floats|floated|moot|mooted|wondered|wonders")

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
            "promise promised commit committed prepared",
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


# ... and the words of a plan held over others, for a question that asks a threat ("what are the
# Tories threatening to do"): a threat is a plan on a condition ("will vote against it unless").
THREAT_WORDS = ("threaten", "threatens", "threatened", "threatening", "unless")


def stance_words(stance: str | None) -> list[str]:
    return STANCE_WORDS[stance or "want"].split() + list(STANCE_PHRASES[stance or "want"])

# The particle of a phrasal verb ("locking suspects up", "swept aside", "sorted out"): the verb
# says what is done, and an article may say it without the particle ("interned", "brushed
# under the carpet"). (Not "back", "down", "over": "bring back", "knock down", "take over" are
# other deeds than bringing, knocking, taking.)
PHRASAL_PARTICLES = frozenset("up out off away aside apart".split())
# Adverbs of time and frequency: when or how often, which an article may say another way
# ("usually" / "generally", "afterwards" / "soon after the election") or leave to its story.
TIME_ADVERBS = frozenset("""still soon usually again already ever always often generally later afterwards eventually
sometimes increasingly typically normally frequently repeatedly occasionally""".split())

MONTHS = ("january february march april may june july august september october november december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# A year as a question or an article writes it: a question naming one asks about that year.
YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
# A figure a question names: "8,000", "£200m", "68%".
FIGURE = re.compile(r"[£$€]?\d[\d,.]*(?:m|bn|k|%)?")


_LIKE_SUFFIXES = frozenset("style type like based esque".split())
_TOKEN = re.compile(r"[\w][\w\-]*", re.UNICODE)
# Words before an imperative "list": "please list", "can you list", "and list".
_ASKERS = frozenset("please you and then me us".split())


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
    text = re.sub(r"(?i)\b(?:the )?run[- ]up to\b", " ", text)  # "in the run-up to the election": before it, no running
    text = re.sub(r"(?i)\bback (?=when|then)\b", " ", text)  # "back when he was home secretary": a time, not support
    out: list[str] = []
    prev = ""
    for tok in _TOKEN.findall(text):
        # "list" asks for a list ("list the sources"), but after a word of the phrase it is the thing
        # itself: "a waiting list", "the TPS list", "the honours list"
        if tok.lower() in ("list", "lists") and prev and prev not in _ASKERS and "list" not in out:
            out.append("list")
        prev = tok.lower()
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
