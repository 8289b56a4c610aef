"""The forms a question takes, one regex each: help, briefing, sources, byline, source of a claim, who
said it, statements, stance, when, what happened, relation, who is and more. Apart from the parse that
tries them in turn (bot.answer.question) because they are most of its length and change one at a
time: a new way of asking is a pattern here and a line there.
"""

from __future__ import annotations

import re

from bot.answer.words import REPORT_VERBS


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
                r"happy|relieved|surprised|shocked|anxious|nervous|convinced|adamant|certain|sure|"
                # a feeling put as a state ("who was stunned by how cheap ...") is voiced as one ("I was shocked to see")
                r"stunned|astonished|amazed|astounded|staggered|horrified|outraged|incensed|baffled|puzzled|bewildered|"
                r"perplexed|mystified|bemused|saddened|heartened|thrilled|disgusted|sickened|taken aback)\b.+)|"
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
# "Which of the Commons hunt protesters said he didn't regret it": the speaker is one of a group
# the story tells of, asked as "which protester said ..." asks (the group's head is the kind of
# speaker), however many words name the group.
WHICH_OF = _rx(r"^(?:which|who)(?: one)? (?:of|among|amongst) (?P<group>(?:[\w'’.-]+ ){1,6}?)" + SAID_ADVERB
               + r"(?:" + REPORT_VERBS + r")(?: that)? (?P<claim>.+)$")
# Words said, asked by what the words did: "who used a termites metaphor ...", "who asked blair
# whether ...", "who answered X by saying ...", "who read X as a shot across Y's bows".
_WORDS_USED = r"(?:metaphor|analogy|phrase|nickname|image|comparison|term|label|words?|line|jibe|quip|expression|slogan|" \
              r"saying|adage|proverb|maxim|motto|clich[eé])"
# "what was crosby supposed to have told howard", "what did blair allegedly tell brown": a telling
# only reported, whose answer is the report of it ("The Times said Crosby told the party leader ..."),
# in the reporter's name, as "who reported that crosby told howard ..." asks
REPORTED_TELLING = _rx(r"^what (?:was|were|is|are) (?P<who>.+?) (?:supposed|said|alleged|reported|claimed|rumoured|understood) "
                       r"to have (?P<told>(?:told|said|warned|promised)\b.*)$|"
                       r"^what (?:did|does|do) (?P<who2>.+?) (?:supposedly|allegedly|reportedly) (?P<told2>(?:tell|say|warn|promise)\b.*)$")
WHO_SAID2 = _rx(r"^" + _ANY_HOLDER + r" (?:once |also |then |later |first )?"
                r"(?:(?:used|coined|gave|came up with|had|offered|chose|borrowed|invoked|recited) (?P<claim>(?:[\w'’-]+ ){0,5}?" + _WORDS_USED + r"\b.*)|"
                r"(?P<verb>asked|pointed to|pointed at|answered|responded to|replied to|countered|retorted|hit back at|"
                r"pushed back on|pushed back against|reacted to|hailed|tipped|implied|hinted|testified|endorsed|put(?= .+ down to )|"
                r"cast doubt on|casts doubt on|poured cold water on|raised|brought up|read|interpreted|characterised|"
                r"(?:dropped|drops|gave|gives|has given|have given) (?:a |heavy |broad |fresh |new |more )*hints?(?: that)?|"
                r"saw(?= .+ as )|sees(?= .+ as )|defended|defends|"
                r"characterized|dubbed|nicknamed|offered to|stood up and|stood up in [\w ]+? and|spoke of|spoke about|talked about|"
                r"talked of|likened|called out|put down|played down|downplayed|talked up|played up) (?P<claim2>.+))$")
WORDS_NAMED = _rx(r"\b" + _WORDS_USED + r"\b|\b(?:to|in order to) (?:describe|refer to|characteri[sz]e|sum up|explain|talk about)\b")
# "Who's telling voters on the doorstep that ...": whom it is told to is not the claim.
WHO_TELLS = _rx(r"^" + _HOLDER + r"(?:'s|’s| is| was| are| were| has been| have been| keeps| kept)? (?:telling|told|tells|warning|"
                r"warned|warns|reminding|reminded|assuring|assured|promising|promised) (?:[\w'’ -]+? )?that (?P<claim>.+)$")
_STORY = r"(?:article|story|piece|report|item|column|feature|op-ed|obituary|obit|write-?up)"
_EVIDENCE = r"polls?|polling|surveys?|reports?|figures|studies|research|data|evidence|sources"
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
                 # ... and "what paper is the X story based on": the paper a speaker's words were given to
                 r"|^(?:what|which|whose) (?:sources?|polls?|surveys?|(?:news)?papers?) (?:are|is|were|was) (?:the |this |that )?(?P<topic3>.+?)"
                 r" (?:story|article|piece|report) (?:based on|drawn from|relying on|built on)$"
                 # "what sources is the telegraph story on mugabe's house arrest based on" (or a book: its
                 # story tells whom the book rests on)
                 # ... and "what poll is the story on X based on", "what research is the article on X based on":
                 # the work the story rests on, which it names apart from its findings
                 r"|^(?:what|which|whose) (?:sources?|polls?|surveys?|(?:news)?papers?|research|stud(?:y|ies)|reports?|data|evidence|figures|documents?)"
                 r" (?:are|is|were|was) (?:the |this |that )?(?P<topic10>(?:[\w'’-]+ )*?"
                 r"(?:story|article|piece|report|book) (?:on|about) .+?) (?:based on|drawn from|relying on|built on)$"
                 # "sources cited in the article on ...", "who does the BBC quote in its piece on ..."
                 r"|^(?:the |what |which )?sources? (?:cited|quoted|used|named|relied on) (?:in|by) (?P<topic4>.+)$"
                 r"|^(?:who|whom) (?:does|do|did) (?:the )?(?:[\w'’.-]+ ){0,3}?(?:quote|cite|interview) in "
                 r"(?:its|the|this|that|their|his|her) (?P<topic5>.+)$"
                 # "what polls are cited in the article on ...", "who does the story on ... quote"
                 r"|^(?:what|which) (?:" + _EVIDENCE + r") (?:is|are|was|were|does|do) (?:cited|quoted|used|mentioned|named) "
                 r"in (?:the|this) " + _STORY + r" (?:on|about) (?P<topic6>.+)$"
                 r"|^(?:who|whom)(?: else)? (?:does|do|did) (?:the|this) (?:[\w'’.-]+ ){0,2}?" + _STORY + r" (?:on|about) (?P<topic7>.+?) "
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
                 # ... and "who does the slurry attack story quote apart from kilroy-silk": those besides one named
                 r"|^(?:(?:what|which|whose) (?:(?:" + _EVIDENCE + r") )?|(?:who|whom)(?: else)? )(?:does|do|did) (?:the|this) "
                 r"(?:(?P<topic13>.+?) )?" + _STORY +
                 r"(?: (?:on|about) (?P<topic14>.+?))? (?:cite|cites|quote|quotes|use|uses|rely on|draw on|lean on)(?: for .+)?"
                 r"(?: (?:apart from|aside from|besides|other than|except(?: for)?) (?P<besides>.+))?$"
                 # "what sources does the howard id card split story cite on the shadow cabinet rows": the
                 # story named before its word, and what its sources speak on
                 r"|^(?:what|which) sources (?:does|do|did) (?:the|this) (?P<topic25>.+?) " + _STORY +
                 r" (?:cite|quote|use|rely on) (?:on|about|over) .+$"
                 # "which muslim groups does the guantanamo four story quote", "which papers does the X story
                 # cite": the kind of source asked (one to three words) before the story
                 r"|^(?:what|which|whose) (?:[\w'’.-]+ ){1,3}?(?:does|do|did) (?:the|this) (?:(?P<topic21>.+?) )?" + _STORY +
                 r"(?: (?:on|about) (?P<topic22>.+?))? (?:cite|cites|quote|quotes|rely on|draw on|lean on|interview|name)$"
                 # "who is the mugabe house arrest story based on", "who is the X story sourced to"
                 r"|^(?:who|whom)(?: is|'s|’s| was) (?:the|this) (?:(?P<topic23>.+?) )?" + _STORY +
                 r"(?: (?:on|about) (?P<topic24>.+?))? (?:based on|sourced to|sourced from|drawn from|relying on)$"
                 # "who does the e-university waste story quote or cite"
                 r"|^(?:who|whom) (?:does|do|did) (?:the|this) (?P<topic12>.+?) " + _STORY + r" "
                 r"(?:quote|cite|rely on|lean on|name|interview|" + _TALK_TO + r")(?: (?:or|and) (?:quote|cite|name|interview))?"
                 # ... "on students having trouble registering", "as dissenters": the matter or the part they speak in
                 r"(?: (?:on|about|over|as) .+)?$"
                 # "what's the sexist taunts story based on", "where does the story on X get its information"
                 r"|^what(?:'s|’s| is| was| are) (?:the|this) (?:(?P<topic8>.+?) )?" + _STORY + r" based on$"
                 # "what is the story on bodies not being ready for foi based on", "what is the cnet piece on ... based on"
                 r"|^what(?:'s|’s| is| was| are) (?:the|this) (?:[\w'’.-]+ ){0,2}?" + _STORY + r" (?:on|about) (?P<topic20>.+?) based on$"
                 r"|^where (?:does|did|do) (?:the|this) " + _STORY + r" (?:on|about) (?P<topic9>.+?) (?:get|gets|got) "
                 r"(?:its|their|the|his|her) (?:information|info|facts|figures|material|sources)$"
                 # "what's the source for the X story", "where does the info in the X story come from": the
                 # story's sources, not the source of a claim that X
                 # ("who's the source for the X story": whom the story rests on, asked by "who")
                 r"|^(?:what|which|who)(?: is|'s|’s| are| was| were) the (?:sources?|sourcing) (?:of|for|behind|on) (?:the |this |that )?"
                 r"(?P<topic18>.+?) (?:story|article|piece|item|write-?up)$"
                 r"|^where (?:does|did|do) (?:the )?(?:information|info|facts|material) (?:in|for|of|behind) (?:the|this) "
                 r"(?P<topic19>.+?) (?:story|article|piece|item|write-?up) (?:come|comes|came) from$"
                 # "which experts are quoted doubting brown's growth forecasts"
                 r"|^(?:what|which|whose) " + _QUOTED_KINDS + r" "
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
EVIDENCE_WORDS = (r"polls?|surveys?|research|study|studies|reports?|figures?|numbers|data|statistics|stats|analysis|"
                  r"estimates?|savings|calculations?|claims?")
# "Who carried out the poll showing ...?", "What poll is the 68% figure from?", "Where did BBC
# Scotland get its figures?", "What's the source for X?": where a claim comes from, which the
# article often names apart from the claim ("YouGov polled 1,981 voters").
SOURCE_OF = _rx(r"^(?:who|which (?:company|firm|organi[sz]ation|pollsters?|group|body|agency|newspaper|paper))"
                r" (?:carried out|conducted|did|ran|commissioned|published|produced|compiled|came up with|paid for|"
                r"identified|drew up|did the) (?:the |this |that )?(?P<claim>(?:[\w'’-]+ ){0,3}?(?:" + EVIDENCE_WORDS + r")\b.*)$"
                r"|^(?:what|which) (?P<claim2>(?:" + EVIDENCE_WORDS + r") (?:is|was|are|were|does|did) .+?) "
                r"(?:from|based on|come from|taken from)$"
                r"|^where (?:did|does|do|have|has) (?P<claim3>.+? (?:get|gets|got|find|found|obtain|obtained) "
                r".*?\b(?:" + EVIDENCE_WORDS + r")\b.*)$"
                r"|^(?:what|who)(?: is|'s|’s|s| are| was| were) the (?:sources?|sourcing|origin|basis|evidence) (?:of|for|behind) "
                r"(?:the (?:" + EVIDENCE_WORDS + r"|story|idea|suggestion|stat) )?(?:that )?(?P<claim4>.+)$"
                r"|^where (?:do|does|did) (?:the )?(?P<claim5>(?:" + EVIDENCE_WORDS + r")\b.+?) come from$"
                # ... the figures named by what they count: "where do the euro election spending figures come from"
                r"|^where (?:do|does|did) (?:the |these |those )?(?P<claim10>(?:[\w'’%£$.-]+ ){1,5}?(?:" + EVIDENCE_WORDS + r")) come from$"
                r"|^where(?: is|'s|’s| are| was| were| do| does| did) (?:the |that )?(?:" + EVIDENCE_WORDS + r"|stat|idea|story|"
                r"suggestion|figure)(?: (?:that|about|showing|saying))? (?P<claim6>.+?) (?:come |coming |comes )?from$"
                r"|^where (?:do|does|did) the (?:" + EVIDENCE_WORDS + r"|stat|idea|story|suggestion) come from,? "
                r"(?:that |about )?(?P<claim7>.+)$"
                # "what sources is the claim that blair promised brown he'd quit based on"
                r"|^(?:what|which) sources? (?:is|are|was|were) the (?:claim|suggestion|idea|story|report) (?:that )?"
                r"(?P<claim8>.+?) based on$"
                # "who is behind the warning about a skills crisis": who gave the warning
                r"|^who(?: is|'s|’s|s| are| was| were) behind (?:the |this |that )(?:" + EVIDENCE_WORDS + r"|" + _UTTERANCE + r")"
                r" (?:that|about|of|on|over) (?P<claim9>.+)$")
# Chat forms: "source for council tax going up 4%?", "whose poll says support is falling",
# "according to which poll ...".
SOURCE_OF2 = _rx(r"^(?:the )?sources? (?:for|of|on|behind) (?:the (?:claim|story|report|figure|stat) )?(?:that )?(?P<claim>.+)$"
                 r"|^whose (?:" + EVIDENCE_WORDS + r"|stat|story) (?:says?|said|shows?|showed|finds?|found|suggests?|suggested|"
                 r"claims?|claimed) (?:that )?(?P<claim2>.+)$"
                 # "whose research is the drink drive limit report based on": who produced the work
                 r"|^whose (?:" + EVIDENCE_WORDS + r"|work) (?:is|was|are|were) (?:the |this |that )?(?P<claim4>.+?) "
                 r"(?:based on|drawn from|taken from|from)$"
                 r"|^according to (?:which|what|whose) (?:" + EVIDENCE_WORDS + r"|stat|story|newspaper|paper|pollsters?),? "
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
                 # "what is howard telling voters about ...": words of speech under way, as "saying" is
                 # (whom they tell, then what about: not "the fine for not telling the authorities you moved")
                 r"(?<!\bnot )(?<!\bfor )(?:been )?telling(?= (?:[\w'’-]+ ){1,3}?(?:about|that|on|over)\b)|"
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
               r"(?P<who>.+?)(?:'s|’s|(?<=s)'|(?<=s)’) (?:position|stance|views?|opinion|line)"
               r"|where (?:does|do|did) (?P<who2>.+?) stands?"
               r"|what(?: is|['’]?s) (?P<who3>the [^']+?) (?:position|stance|line)(?= (?:on|about|over|regarding) ))"
               r"(?: (?:on|about|of|to|regarding|over) (?P<topic>.+))?$")
# "is blair in favour of a quota", "do MPs on the committee back a presumption": for or against, asked yes or no
FOR_OR_AGAINST = _rx(r"^(?:(?:is|are|was|were) (?P<who>.+?) (?:in favou?r of|against|opposed to|supportive of)|"
                     r"(?:does|do|did) (?P<who2>.+?) (?-i:support|back|oppose|favou?r|endorse|reject)) (?P<topic>.+)$")
# "what does brown back on debt", "what do the lib dems oppose in the bill": what X is for or against,
# asked by its object (not "back down", "back in 2000", "back to harare": a particle, a time, a place)
BACKS_WHAT = _rx(r"^what (?:does|do|did|would|will|has|have|had) " + _WHO + r" (?-i:back|backed|support|supported|oppose|opposed|"
                 r"endorse|endorsed)(?! (?:down|off|away|up|out|in|into|to|from|then|when|at)\b)"
                 r"(?: (?:on|over|about|regarding|in|for))?(?P<topic>(?: .+)?)$")
# "what's brown's problem with the pact changes": someone's view against a thing
PROBLEM_WITH = _rx(r"^what(?: is| are| was| were|['’]?s) (?P<who>.+?)(?:['’]s|(?<=s)['’]|(?<=[a-z]{3}s)) (?:problems?|objections?|complaints?|gripes?|"
                   r"beef|quarrel|grievances?) (?:with|about|over|to|against|regarding) (?P<topic>.+)$")
# "terrence higgins trust view of tory plans": a view without the possessive
VIEW_OF = _rx(r"^(?!(?:what|who|how|why|when|did|does|do|has|have|is|are|the|a|an)\b)(?P<who>[^']+?) "
              r"(?:position|stance|view|views|opinion|take) (?:on|about|of|regarding|towards) (?P<topic>.+)$")
VIEW = _rx(r"^(?:what (?:is|are|was|were) )?"
           # "the gist of kennedy's message": what the message said
           r"(?:the (?:gist|thrust|substance|essence|crux|upshot|main point|point) of )?"
           # (not a question of another kind that ends on someone's speech: "how did the details get out before brown's speech")
           r"(?P<who>(?!(?:how|which|who|whom|whose|why|when|where|what(?!['’]?s\b)|did|does|do|has|have|had|can|could|will|would)\b).+?)(?:'s|’s|(?<=s)'|(?<=s)’) "
           # "kennedy's new year message": the words before it say which message is asked
           r"(?:(?P<occasion>(?!(?:view|views|position|stance|opinion)\b)(?:[\w’-]+ ){1,2}?(?:message|speech|address|statement))|"
           r"view|views|position|stance|opinion|take|line|reaction|response|verdict|argument|case|"
           r"defen[cs]e|explanation|justification|message|speech|statement)"
           r"(?: (?:on|about|of|to|regarding|over|for) (?P<topic>.+)| about)?$")  # "his explanation for the delay"
STATEMENTS2 = _rx(r"^(?:what was (?:said|reported|claimed) by|quotes? (?:from|by)|statements? (?:from|by)|"
                  r"what (?:are|were) (?P<who2>.+?)'?s? (?:comments|statements|remarks|words|views|claims)|"
                  r"(?:show|give|list) (?:me )?(?:the )?(?:quotes|statements|comments) (?:from|by))"
                  r" ?(?P<who>.+?)?(?: (?:about|on|regarding|concerning) (?P<topic>.+))?$")
STANCE = _rx(r"^(?:what|why|how) (?:(?P<bare>does|do|did|would|will)|is|are|was|were|(?P<perfect>has|have)) "
             + _WHO + r" "  # "the Press Council", not "the" + a verb "press"
             r"(?P<verb>want|wanting|seek|seeking|fear|fearing|afraid|worry|worried|worrying|concerned|wary|plan|planning|"
             r"hope|hoping|intend|intending|ask|asking|demand|demanding|lobby|lobbying|push|pushing|pressing|press|urge|"
             r"promised|pledged|proposed|"
             r"propose|proposing|prefer|favou?r|aim|aiming|scared|nervous|anxious|going to(?! be (?:called|named|renamed)\b)|expect|expecting|prepare|preparing)"
             r"\b(?! (?:price|conference|release|office|secretary|officer|briefing|statement|coverage|freedom|gallery|reports?|council|association))"
             r"(?(perfect)|(?<!promised)(?<!pledged)(?<!proposed))"  # "what has X promised on ...": a plan ("what was X pledged" is not)
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
STANCE9 = _rx(r"^what(?:['’]s| is| are|['’]re) (?P<who>.+?)"
              r"(?<! on)(?<! for)(?<! about)(?<! over)(?<! of)(?<! to)(?<! with)(?<! in)(?<! at)"  # "promising on after-school sport": no one is named "... on"
              r" (?:after|angling for|gunning for)(?![\w-])"  # not "after-school"
              r"(?<!after(?= (?:the|a|an|this|that|his|her|its|their|last|next|each|every|[\d£$]\S*)\b))"  # "after the budget": a time
              r"(?: (?:on|with|regarding|over|in|from))?(?P<topic>.*)$")
STANCE2 = _rx(r"^(?:what|which)(?: (?:are|is|were|was)|['’]s|['’]re) "
              + _WHO + r"(?:'s|’s|(?<=s)'|(?<=s)’)? "
              r"(?P<verb>fears?|concerns?|worr(?:y|ies)|goals?|aims?|plans?|demands?|wishes|hopes|intentions?|proposals?|priorit(?:y|ies)|objectives?)"
              r"(?: (?:about|for|in|on|over|regarding|with|if|when|should|that) (?P<topic>.+?))?(?:,? now(?: that)? .+)?$")  # "... now that he has quit"
# ("what is Iyer's concern if Whole Foods squeezes its suppliers": the fear is of what may happen)


# "whats the tory offer on council tax for pensioners", "what is labour's policy on tuition fees":
# what a party offers or pledges on a topic is its plan (an owner of a few words, and a topic:
# "what's the breakup fee if yahoo walks away for a better offer" is no one's offer)
STANCE_OFFER = _rx(r"^what(?: (?:are|is|were|was)|['’]s|['’]re) (?P<who>(?:the )?(?!(?:the|a|an)\b)[\w'’-]+(?: [\w'’-]+){0,2}?)"
                   r"(?:'s|’s|(?<=s)'|(?<=s)’)? (?P<verb>offers?|polic(?:y|ies)|pledges?|promises?) "
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
                # "what are the tories offering pensioners": an offer made to those named after it is a
                # pledge (not "what is the share offering", a thing: an offer asked has an object)
                r"offering(?= (?!(?:the|a|an|of|for|to|on|in|at|by|with|and|or|but|that)\b)[a-z])|"
                r"campaigning for|calling for|pushing for|demanding|seeking|wanting|hoping for|intending|preparing|urging|"
                r"(?:threatening|vowing)(?= (?:to|over|on|about|with|if|unless)\b|\W*$)|"
                r"afraid|worried|concerned|scared)\b(?: (?:of|about|for|to|that|on|with))?(?P<topic>.*)$")
# "what would the tories do about the hunting law": what they would do is their plan
STANCE_DO = _rx(r"^what (?:would|will|might|could) " + _WHO + r" do (?:about|on|with|over|regarding|to) (?P<topic>.+)$")
# "Does Theresa May plan to repeal the hunting ban?"
STANCE8 = _rx(r"^(?:does|do|did|will|would) (?P<who>.+?) (?:plan|intend|aim|expect|propose|mean) "
              r"to (?P<topic>.+)$")
# "Is Turkey planning to train Syria's army?", "Is Blair going to raid the aid budget?", "is Kennedy
# willing to do a deal": what one is ready to do is a plan
STANCE5 = _rx(r"^(?:is|are|was|were) (?P<who>.+?) (?:planning|going|set|preparing|about|expected|intending|willing|prepared|ready) "
              r"to (?P<topic>.+)$")
STANCE3 = _rx(r"^(?:what|who) (?P<verb>worries|worry|concerns|scares|frightens|bothers|alarms|troubles) (?P<who>.+?)"
              r"(?: (?:about|in|on|over|regarding) (?P<topic>.+))?$")
# "What's the Press Council worried about with the bill?", "What is Israel afraid of?"
STANCE6 = _rx(r"^what(?: is| are| was| were|'s|’s) (?P<who>.+?) (?P<verb>scared|afraid|worried|concerned|frightened|nervous|"
              r"anxious|wary|fearful) (?:of|about|by|over)(?: (?:with|in|on|over|regarding|concerning) )?(?P<topic>.*)$")
WHEN = _rx(r"^(?:(?:by|until|till) )?(?:when|what (?:day|date|time|month|year)) (?:did|does|do|will|was|were|is|are|has|have|had|"
           r"would|could|should|can|may|might|must) (?P<rest>.+)$")
HAPPENED = _rx(r"^(?:what|which events?) (?:happened|has happened|took place|occurred|went on|was done|did happen)"
               # ("what happened hours after the interview", "just after ...": how long after is still when)
               r"(?: (?P<time>(?:(?:just|shortly|soon|right|immediately|moments|minutes|hours|days|weeks|months|(?:a few|two|three) \w+) "
               r"(?=after|before))?(?:in|on|during|since|after|before|last|this|over|by) .+))?$")
# ("what has sayeed decided to do": what he is to do, the decision told by the deed)
DONE = _rx(r"^what (?:has|have|did|had) (?P<who>.+?) (?:(?:decided|decide|agreed|agree|chosen|chose|choose|opted|opt|voted|vote) to )?"
           r"(?:done|been doing|do|achieved)\b(?P<rest>.*)$|"
           r"^what(?: is| are| was| were|['’]s|s) (?P<who2>.+?) doing\b(?P<rest2>.*)$|"  # "what is / what's the PCS union doing about ..."
           # "what is kennedy up to this week", "what did blair get up to on friday": what they did
           r"^what(?: is| are| was| were|['’]s|s) (?P<who3>.+?)(?: been)? up to\b(?P<rest3>.*)$|"
           r"^what (?:has|have|did|had) (?P<who4>.+?) (?:been|get|got|gotten) up to\b(?P<rest4>.*)$")
TIMELINE = _rx(r"^(?:(?:a |the )?(?:timeline|chronology|history|sequence of events)(?: of| for)? (?P<who>.+)|"
               r"(?P<who2>.+?)(?:'s|’s)? (?:timeline|chronology))$")
# (in talk, "what's the deal / the story / the history between X and Y")
# The kind of tie, said before it: "the financial relationship between", "Howard's family link to"
_KIND_OF_TIE = r"(?:(?:past|family|close|long|business|political|personal|early|financial|working|professional) )?"
RELATION = _rx(r"^(?:what(?: is| are| was| were|'s|’s) (?:the )?" + _KIND_OF_TIE + r"(?:relationship|relations|ties|links?|connections?|deal|story|history) between "
               r"(?P<a>.+?) and (?P<b>.+)|"
               r"what(?: is| are| was| were|'s|’s) (?P<a2>.+?)(?:'s|’s|(?<=s)'|(?<=s)’) " + _KIND_OF_TIE + r"(?:relationship|relations|ties|links?|connections?|dealings|involvement) "
               r"(?:with|to) (?P<b2>.+)|"
               r"how (?:are|is|do|does) (?P<a3>.+?) and (?P<b3>.+?) (?:related|connected|linked|get along|relate|interact)|"
               r"how (?:is|are|was|were) (?P<a6>.+?) (?:related|connected|linked|tied) (?:to|with) (?P<b6>.+)|"
               r"(?:relationship|relations|ties|links?|connections?) between (?P<a4>.+?) and (?P<b4>.+)|"
               r"(?P<a7>[^ ].+?)(?:'s|’s|(?<=s)'|(?<=s)’) (?:relationship|relations|ties|links?|connections?|dealings|involvement) "
               r"(?:with|to) (?P<b7>.+)|"  # "luke tomlinson's connection to the royal family"
               # "what is leoncia casalme to kimberly quinn": two names, not "what is labour to announce"
               r"(?:what|who)(?: is| was|'s|’s) (?!(?:the|a|an|this|that|it|he|she|they|there)\b)(?P<a8>[^ '’]+(?: [^ '’]+){0,3}?) to "
               r"(?P<b8>(?!(?:the|a|an|do|be|have|get|make|say|go|come|take|give|blame|thank|know)\b)[^ ]+(?: [^ ]+){0,3}))$")
# Ties asked some other way: "how do blair and brown really get on", "where do X and Y differ on policy",
# "what links X to Y", "how did X hook up with Y" (or "X and Y hook up"), "ed balls relationship to gordon brown".
_TIE = r"(?:relationship|relations|ties|links?|connections?|dealings|history)"
RELATION2 = _rx(r"^(?:how (?:do|does|did) (?P<a>.+?) and (?P<b>.+?) (?:really |actually |first )?(?:get on|get along|"
                r"get to know each other|fit together|work together|compare|differ|meet|come to know each other|"
                r"hook up|team up|link up|come together|get together|fall out)(?: (?P<t>.+))?|"
                r"how (?:are|were|is|was) (?P<a2>.+?) and (?P<b2>.+?) (?:related|connected|linked|tied)(?: (?P<t2>.+))?|"
                r"where do (?P<a3>.+?) and (?P<b3>.+?) (?:really |actually )?(?:differ|disagree|part ways|split)(?: (?P<t3>.+))?|"
                r"what(?: is| was|'s|’s|s) (?:the )?(?:main |biggest |key |real )?(?:(?P<t4>ideological|policy|political) )?"
                r"(?:differences?|divide|split|row|dispute|rift) between (?P<a4>.+?) and (?P<b4>.+)|"
                r"what (?:links|connects|ties) (?P<a5>[^,]+?) (?:to|with|and) (?P<b5>[^,]+)|"
                r"how did (?P<a6>.+?) (?:hook up|team up|link up|fall out|come together|get together) with (?P<b6>.+?)"
                r"(?: (?P<t6>(?:in|at|over|during|after|before) .+))?|"
                r"(?!(?:who|what|when|where|why|how|which|is|are|did|does|do|has|have|was|were|can|will)\b)"
                r"(?P<a7>[^ '’,]+(?: [^ '’,]+){0,3}?)(?:'s|’s|(?<=s)'|(?<=s)’)? " + _KIND_OF_TIE + _TIE + r" (?:with|to) (?P<b7>.+))\W*$")
# Bare "Israel and Russia": only when the question is not a wh-question.
PAIR = _rx(r"^(?!(?:who|what|when|where|why|how|which|is|are|did|does|do|has|have|was|were|can|will)\b)"
           r"(?P<a5>[^,]+?) (?:and|vs\.?|versus|&) (?P<b5>[^,:]+?)(?: " + _TIE +
           r"(?: (?P<t5b>(?:according to|in|during|ahead of|before|after|at|over|on|since) .+))?)?"
           r"(?: (?P<t5c>(?:on|over|about|in|during) .+?))?"
           r"(?:(?:\s+[-–—]|\s*[:,]|(?=\s+(?:what|whats|what's|how)\b))\s+(?P<t5>.*))?$")
# "Who chairs the transport committee?" asks for the person with that role.
WHO_ROLE = _rx(r"^who (?P<verb>chairs|leads|heads|runs|directs|manages|edits|founded|owns|is in charge of|is the head of|"
               r"is leading|is heading|is running|is chairing)(?: up)? (?P<what>.+)$")  # "who heads up the cbi"
ROLE_OF_VERB = {"chairs": "chairman", "leads": "leader", "heads": "head", "runs": "head", "directs": "director",
                "manages": "manager", "edits": "editor", "founded": "founder", "owns": "owner",
                "is in charge of": "head", "is the head of": "head", "is leading": "leader", "is heading": "head",
                "is running": "head", "is chairing": "chairman"}
ROLE_HEADS = frozenset(ROLE_OF_VERB.values())  # "who chairs X" asks for "X chairman"
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
WHAT_WAS_DONE = _rx(r"^what (?:is|are|was|were|has been|have been|had been|'s) (?:being )?(?:[a-z]+ed|found|said|done|"
                    r"taken|stolen|given|told|made|seen|known|won|lost|paid|spent|sold|bought|meant|written|shown)\b "
                    r"(?:by|at|on|in|about|from|for|to|during|after|before|over|with)\b")
WHO_IS = _rx(r"^(?:who|what) (?:is|are|was|were|'s) (?P<who>.+)$|^(?:who'?s|what'?s) (?P<who2>.+)$|"
             r"^(?:tell me about|tell me who|describe|profile(?: of)?|info on|information (?:on|about)|about|who is) (?P<who3>.+)$")


# "What is Cherie Blair accused of over her tour?": what others say she did, not her words.
ACCUSED_OF = _rx(r"^what (?:is|are|was|were|has|have|had) (?P<who>.+?) (?:been )?(?:accused|suspected|charged|"
                 r"criticised|criticized|blamed|attacked) (?:of|for|over|with)\b.*$")


# "What was the result of the vote on ...?": a fact of an event, not who or what something is.
OUTCOME = _rx(r"^what(?: is|'s| was| were| are) the (?:final )?(?:result|results|outcome|score|margin|turnout|cost|price|fee|fees|charge|"
              r"size|number|total|tally|majority|verdict|sentence|fine|death toll|toll|salary|salaries|wage|wages|budget|value) "
              r"(?:of|in|on|for|from) ")  # "what's the salary for the new commissioner": a sum, not who he is


# "What's the Powys contract worth to the hospital?", "what was the deal worth": a value, not who or what it is.
WORTH = _rx(r"^what(?: is|'s| was| were| are| will be| would be) (?!(?:it|that|this)\b).+? worth(?: (?:to|for|in|each|a|per|every) .+)?$")


# "What's in the terror bill?", "what was in the pills?": what a thing holds, not who someone is.
CONTENTS = _rx(r"^what(?: is|'s| was| were| are| will be) (?:in|inside) ")
# "what are police in south wales investigating": what someone is doing, which the story tells; not who
# or what "police in south wales investigating" is (the -ing word closes a clause with its doer before it).
WHAT_DOING = _rx(r"^what (?:is|are|was|were) (?P<doer>\S+(?: \S+)+) (?P<verb>[a-z]+ing)\W*$")


# "What will Yahoo be called after the sale?", "what is the new party called": a name asked.
# (or what it will call itself: "what will Yahoo call itself after the sale" asks its new name, no saying)
NAME_OF = _rx(r"^what(?:['’]s| will| would| is| was| are| were| has| have| does| did)\b.+?\b(?:(?:be |been )?(?:called|named|renamed)|"
              r"(?:call|calls|calling|name|names|naming) (?:itself|themselves))"
              r"(?: (?:after|following|once|when|now|in|by|from) .+)?$"
              r"|^what(?:['’]s|s| is| was| are| were) the names? of .+$")  # "what is the name of Yoon's wife"


NAME_OF_ONE = _rx(r"^what(?:['’]s|s| is| was) the name of (?P<who>the (?![\w -]*\b(?:who|that|which)\b)[\w -]+)$")


# "what was the deal with the reports that his father came in illegally": one reported claim asked
# about, not a briefing on a topic (nor someone called "the deal with the reports ...").
DEAL_WITH_CLAIM = _rx(r"^what(?:['’]s|s| is| was) (?:the|this) (?:deal|story) (?:with|about|behind|over) "
                      r"(?P<topic>(?:the|these|those) (?:reports?|claims?|allegations?|rumou?rs?|speculation|suggestions?|stories) "
                      r"(?:that|of) .+)$")
