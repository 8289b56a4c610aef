"""A general English news/politics paraphrase lexicon: question words -> words an article may use.

Why: questions and articles name the same thing differently ("sacked" / "dismissed",
"skipping school" / "truancy", "boss" / "chief executive"), and the FTS5 porter stemmer only
folds regular inflections. Each alternative widens what a question concept matches, so the
lexicon is kept precise: no generic words, no proper names, and a word with a second common
meaning ("back", "close", "major", "march") only ever appears where that second meaning
cannot connect unrelated topics. Alternatives may be phrases ("step down"); the search turns
each one into an FTS5 phrase, so porter still folds its inflections ("stepped down").
"""

from __future__ import annotations

import re

from bot.answer.words import STOPWORDS

# Groups of interchangeable words: every member maps to every other member.
_GROUPS: tuple[str, ...] = (
    # leaving office, dismissal, removal
    "resign|resignation|quit|step down|stepped down|stand down|stood down|leave office",
    "sack|sacking|fire|dismiss|dismissal|axe|oust|get the sack",
    "overthrow|oust|ouster|topple|depose|overthrown",
    "expel|expelled|expulsion|kick out|kicked out|kicks out|kicking out|thrown out of|threw out of|throw out of",  # of a party, a school, a country
    "coup|putsch",
    # crime against a person
    "rob|robbed|robbery|robbers|mugging|mugged|muggers",
    "retire|retirement",
    "defect|defection|cross the floor|switch sides|switched sides|go over to|gone over to|went over to|going over to|jump ship|jumped ship|jumping ship|jumps ship",
    "appoint|appointment|nominate|nomination",
    "set up|establish",  # a body, a fund, an estate: "it was set up in 1337" / "established"
    "trigger|triggered|prompt|prompted|provoke|provoked|set off|kick off|kicked off",  # what started unrest, a row
    "hire|recruit|recruitment|employ",
    "successor|replacement",
    "exit|departure",
    "reshuffle|shake-up",
    # rules, laws, bans
    "ban|outlaw|prohibit|prohibition",
    "law|legislation|statute|bill",
    "abolish|abolition|scrap|do away with",
    "shred|shredding|destroy|destruction|shredded|destroyed",
    "heart of|centrepiece of|centerpiece of|cornerstone of",  # "at the heart of the manifesto": its "centrepiece"
    "cancel|cancellation|call off|called off",
    "delay|postpone|postponement|put off|defer",
    "approve|approval|green light|go-ahead|authorise|authorize",
    "amend|amendment|modify",
    "reform|overhaul|shake up|revamp",
    "limit|curb|restrict|restriction|cap|ceiling",
    "stop|prevent|halt",
    "tackle|combat|crack down|crackdown|clamp down|clampdown",
    "undermine|weaken|erode",
    "struggle|great difficulty|difficulties",
    "ties|bonds",
    "up for discussion|on the agenda|on the table|up for debate",
    "anybody|anyone",
    "somebody|someone",  # the indefinite pronouns in -body and -one are one word
    "everybody|everyone",
    "room for|space for",  # "there's room for everybody" / "space for everyone": as a phrase, not a room of a house
    "nobody|no one",
    "terrible|awful|dreadful|very bad",
    "baffling|baffled|baffles|puzzling|puzzled|bewildering|bewildered|perplexing|perplexed|mystifying|mystified",
    "than ever|as never before|than ever before",
    "shirk|shirking|dodge|dodging|evade|evading|sidestep|sidestepping",
    "imported|brought in from abroad|brought in from overseas|being brought in from abroad|brought into the country",
    "illegal|unlawful|illicit|outlawed",
    "outpace|outpaced|outpacing|outstrip|outstripped|outstripping",  # one thing growing faster than another
    "dubious|questionable",
    "guidelines|guidance",
    "rules|regulations",
    "regulator|watchdog",
    "inspection|inspect|inspectors",
    # quantities going up and down
    "cut|reduce|reduction|slash|trim|scale back|knock off",
    "rise|increase|grow|climb|soar|surge|rose|grew|go up|went up|gone up|goes up|hike|risen",
    "fall|drop|decline|decrease|fell|plunge|slump|go down|went down|slip|slipped|fallen",
    "expand|expansion|enlarge|widen",
    "extend|extension|prolong",
    "improve|improvement|upgrade",
    "worsen|deteriorate|deterioration|get worse",
    # speech acts with content (plain reporting verbs are not topic words)
    "criticise|criticize|criticism|condemn|condemnation|slam|denounce|lambast|hit out|rebuke|censure",
    "support|endorse|endorsement|champion",
    "oppose|opponent|opposed|reject|rejection|resist|resistance",
    "refuse|refusal|turn down|turned down|rebuff|rebuffed",
    "kick in|come into force|comes into force|came into force|take effect|takes effect|took effect|come into effect|comes into effect|came into effect",
    "deny|denial|rebut|refute",
    "admit|admission|acknowledge|concede|confess|own up|owned up|owns up|owning up",
    "praise|commend|hail|applaud|laud",
    "promise|pledge|vow|commitment",
    "warn|warning|caution",
    "threaten|threat",
    "apologise|apologize|apology|apologies|say sorry",
    "allege|allegation|accuse|accusation",
    "plan|proposal|scheme|blueprint",
    "ignore|disregard",
    # contests
    "win|won|beat|defeat|victory|triumph",
    "lose|lost|loss|defeat",
    "election|vote|ballot|polls|electoral|voting",
    "referendum|plebiscite",
    "voter|voters|electorate|electors",
    "candidate|contender",
    "campaigner|activist|campaigners|activists",
    "boycott|shun",
    # crime and justice
    "kill|killed|killing|die|died|dead|death|deaths|fatal|lost their lives|death toll",
    "murder|kill",
    "arrest|detain|detention|in custody|apprehend",
    "accuse|indict|prosecute",
    "jail|prison|imprison|imprisonment|gaol|behind bars",
    "convict|found guilty",
    "acquit|acquittal|found not guilty",
    "sue|lawsuit|legal action|legal proceedings|court action|litigation|take to court|legal challenge",
    "investigate|investigation|inquiry|enquiry|probe",
    "crime|criminal",
    "offence|offense",
    "corrupt|corruption|bribery|bribe|sleaze",
    "fraud|scam|swindle",
    "mislead|misled|lied|deceive|deceived|dishonest",
    "kidnap|abduct|abduction|kidnapping|taken hostage",
    "injure|injury|injured|wounded",
    "compensation|payout",
    "earmark|earmarked|ring-fenced|ringfenced|ring-fence",  # money kept for one purpose
    "suitable|appropriate",
    "punish|punishment|penalty|penalise|penalize",
    "lawyer|solicitor|barrister|attorney",
    "judge|judiciary|magistrate",
    "spy|spying|espionage|spies",
    "surveillance|monitoring|snooping",
    "pry|intrude|intrusion",  # "pry into everyday life" / "intrude into the lives of citizens"
    "step backwards|backward step|regressive step|retrograde step",  # a change for the worse
    "terrorism|terror|terrorist",
    "violence|violent",
    "unrest|riot|riots|disturbance",
    "antisocial|anti-social",
    "yob|yobs|hooligan|hooligans|thugs|louts",
    "drunk|drunken|inebriated",
    # meetings and travel
    "visit|tour|trip",
    "meet|met|meeting|talks|summit",
    "negotiate|negotiation|negotiations|talks",
    "discuss|discussion|discussions|talk about|talked about|talks on",
    "join|membership|accession|entry|enter|entering",
    "stand against|standing against|run against|challenge|challenger",
    "deal|agreement|accord|pact|treaty",
    "ceasefire|truce|armistice",
    "candidate|candidacy|challenger|contender",
    "escape|flee|fled",
    # family life
    "wedding|marriage|marry|married|wed|nuptials",
    "divorce|divorced|separation",
    # surveillance and privacy
    "private|privacy",
    "wiretap|phone tap|phone-tap|phone tapping|bugging|intercept|interception",
    # openings and closings
    "shut|closure|closed|close down|shut down|closing",
    "launch|unveil|roll out|rolled out",
    "publish|publication|due out|come out|comes out",
    # money
    "pay|payment|paid",
    "repay|repaid|refund|reimburse",
    "fund|funding|finance|financing|bankroll",
    "money|cash|funds|funding",
    "cost|price|costs|expense",
    "spend|spending|expenditure|outlay",
    "salary|salaries|wage|wages|earnings|pay packet|remuneration",
    "earn|earnings|salary",
    "tax|taxes|taxation|levy|levies",
    "debt|debts|borrowing",
    "deficit|shortfall",
    "loan|loans|lending",
    "bank|banks|lender|lenders",
    "profit|profits",
    "takeover|buyout|acquisition",
    "buy|purchase|acquire|bought",
    "sell|sold|sale",
    "merger|merge",
    "nationalise|nationalize|nationalisation|nationalization|public ownership",
    "privatise|privatize|privatisation|privatization",
    "donation|donor|donate|donations|donors",
    "expenses|allowances",
    "cheap|inexpensive|low-cost|affordable",
    "expensive|costly|pricey",
    "poverty|poor|deprivation",
    "rich|wealthy|affluent",
    "economy|economic",
    "finance|financial",
    # work
    "job|jobs|employment",
    "unemployment|jobless|joblessness|unemployed|out of work",
    "worker|workers|employees|staff|workforce",
    "strike|walkout|industrial action|stoppage",
    "company|firm|business|corporation|companies",
    "boss|chief executive|chief|managing director|ceo",
    "chairman|chair|chairwoman|chairperson",
    "spokesman|spokeswoman|spokesperson",
    "adviser|advisor|aide",
    "shop|shops|retailer|retailers|stores",
    "telecoms|telecommunications|telcos|telecom",
    "hq|headquarters", "blatant|flagrant|brazen", "xmas|christmas", "nostalgic|good old days",
    # public services and society
    "school|schooling",
    "education|schooling",
    "pupil|pupils|schoolchildren",
    "truancy|truant|truants|skipping school|skip school|playing truant|bunking off|bunk off|bunked off",
    "go-between|middle-man|middleman|intermediary|mediator",
    "absent|absence|absentee|absenteeism",
    "teacher|teachers|teaching staff",
    "hospital|infirmary",
    "nhs|health service|national health service",
    "health|healthcare|health care",
    "doctor|doctors|gp|gps|physician|medics",
    "nurse|nurses|nursing staff",
    "medicine|medical",
    "vaccine|vaccination|jab|immunisation|immunization",
    "disease|illness|sickness|ailment",
    "obesity|obese|overweight",
    "pension|pensions|pensioner|pensioners",
    "elderly|older people|pensioners|old people",
    "testify|give evidence|gave evidence|giving evidence|testimony",
    "try|attempt",
    "welfare|benefits|social security",
    "homeless|homelessness|rough sleeping|rough sleepers",
    "housing|homes|accommodation",
    "children|kids|youngsters|child",
    "mum|mother|mom",
    "dad|father",
    "immigration|migration|immigrants|migrants",
    "asylum|asylum seekers|refugees",
    "refugee|refugees|displaced",
    "police|policing|constabulary|police officers|detectives|police force",
    "smoking|smokers|cigarettes|tobacco",
    "alcohol|drinking|booze",
    "gambling|betting|casino|casinos",
    "hunting|fox hunting|hunting with dogs",
    "racism|racist|racial",
    "discrimination|prejudice",
    "ageism|ageist|age discrimination",  # "a nasty kind of ageism" / "a pernicious form of age discrimination"
    # a race nobody can forecast: "harder to call than any in recent memory" / "more unpredictable"
    "unpredictable|hard to call|harder to call|difficult to call|too close to call|hard to predict|harder to predict|difficult to predict",
    "recent memory|recent experience|living memory",
    "censor|censorship",
    "freedom|liberty",
    "religion|religious",
    "culture|cultural",
    "science|scientific|scientist|scientists",
    "scientist|researcher|researchers",
    "study|research",
    "statistics|stats|figures",
    "environment|environmental",
    "climate change|global warming",
    "pollution|emissions",
    "rubbish|litter|garbage|trash",
    "democracy|democratic",
    "identity|id",
    # state, politics, war
    "government|administration|ministers|whitehall|cabinet",
    "mp|mps|lawmaker|lawmakers|legislator|member of parliament",
    "parliament|legislature",
    "council|local authority|local authorities|local council|local government",  # "from central to local government budgets"
    "army|troops|soldiers|armed forces|servicemen",
    "war|conflict|fighting|warfare|hostilities|combat",
    "weapons|arms|armaments|weaponry",
    "gun|guns|firearms|handguns",
    "nuclear|atomic",
    "bomb|bombing|explosion|explosive|blast",
    "invade|invasion|incursion",
    "intervene|intervention|step in|steps in|stepped in|stepping in",
    "rebel|rebels|insurgent|insurgents|guerrillas",
    "rebellion|revolt|mutiny|uprising",
    "dictator|despot|tyrant|autocrat",
    "border|frontier",
    "ambassador|envoy|diplomat",
    "sanctions|embargo",
    "alliance|coalition",
    "ally|allies",
    "enemy|foe|adversary",
    "rival|opponent|challenger",
    "rift|split|schism",
    "row|dispute|spat|feud|clash|rivalry|feuding",
    "scandal|controversy|affair",
    "hurt|damage|damaged|damaging|harm|harmed|harmful",
    "think|believe|reckon",
    "controversial|contentious|divisive",
    "chaos|turmoil|disarray|mayhem",
    "overseas|abroad",
    "global|worldwide|international",
    "nationwide|countrywide",
    "rural|countryside",
    "disaster|catastrophe|calamity",
    "flood|flooding|floods|deluge",
    "earthquake|quake|tremor",
    "crash|collision|accident",
    # transport, media, things
    "car|cars|vehicle|vehicles",
    "motorist|motorists|driver|drivers",
    "rail|railway|railways|trains",
    "plane|aircraft|airliner",
    "ship|vessel",
    "petrol|gasoline",
    "internet|web|online",
    "phone|telephone|cellphone|mobile phone",
    "tv|television|televised",
    "newspaper|newspapers|tabloid",
    "journalist|reporter|correspondent|journalists|reporters",
    "film|movie",
    "video|footage",  # "the latest video showed" is "the latest footage showed"
    "football|soccer",
    "farm|farmer|farmers|farming|agriculture|agricultural",
    "fishing|fisheries|fishermen",
    # feelings and judgements
    "worried|concerned|anxious|uneasy|apprehensive|worry|concern|fearful|alarmed|nervous",
    "afraid|scared|frightened|terrified|fearful|fear",
    "angry|furious|anger|outrage|outraged|fury|incensed|livid|irate",
    "happy|pleased|delighted|glad|thrilled",
    "upset|saddened|dismayed|distressed",
    "disappointed|disappointment|dismayed|letdown|let-down",
    "shocked|stunned|astonished|dazed|in shock|state of shock|shell shocked|shell-shocked",
    "appalled|horrified|disgusted",
    "confident|optimistic|upbeat",
    "pessimistic|gloomy|downbeat",
    "big|large|huge|massive|vast|enormous",
    "small|tiny|minor|slight",
    "whole|entire",
    "fed up|sick of|tired of",
    "mock|mocked|ridicule|deride|jeer|lampoon",
    "taunt|taunts|taunted|jeer|jeers|jeered|barracking|heckle|heckling|heckled|jibe|jibes",
    "nickname|dub|dubbed|dubbing",
    "email|e-mail|emails|e-mails|emailed|e-mailed",
    "number 10|no 10|downing street",
    "april fools day|april fool's day|1 april|april 1",
    "pick|select|choose|selection",
    "choose|choice",  # the noun of the verb ("a clear choice between" is what voters choose between)
    "bias|biased|prejudice|prejudiced|bigotry",
    "stay out|keep out|butt out",
    "crammed|packed into|cram",
    "overbearing|overmighty|over-mighty|domineering|dictatorial|bossy|high-handed|overweening|heavy-handed",
    "important|crucial|vital|essential",
    "dangerous|risky|unsafe|hazardous|perilous",
    "false|untrue|inaccurate|incorrect|wrong|mistaken",
    "mistake|error|blunder|gaffe",
    "unfair|unjust|inequitable",
    "difficult|tough|challenging",
    "harsh|tough|severe|stringent|draconian",
    "danger|threat|menace|peril",
    "champagne|bubbly|fizz",
    "come back|comeback|return|returning|returned|get back|got back|gets back|getting back|came back|go back|went back",
    "sham|charade|farce|travesty|pretence",
    "distraction|sideshow|diversion",
    "distract attention|deflect attention|draw attention away|pull focus away|take the focus away",
    "stunt|gimmick|publicity stunt|pr exercise|pr stunt",
    "fantasy|make-believe|fantasy economics|fiction|fictional",
    "gradually|bit by bit|step by step|piecemeal|in instalments|by stealth|piece by piece|one piece at a time",
    "collude|colluded|collusion|complicit|complicity|go along with|went along with",
    "fool|fooled|conned|dupe|hoodwink|deceive|trick",
    "childish|childishness|juvenile|immature|petty",
    "rosy|optimistic|over-optimistic",
    "self-absorbed|self-obsessed|self-centred|self-centered",
    "schoolkids|schoolboys|schoolchildren|schoolgirls",
    "relentless|constant|non-stop|incessant|unremitting",
    "beneficiary|beneficiaries|winners|come out on top",
    "enrich|line their pockets|fill their boots|feather their nests",
    "bully|bullying|intimidate|intimidation|browbeat",
    "dump|dumpsite|dumping ground|dumping",
    "scaremongering|fearmongering|scare tactics|politics of fear",
    "forgotten|ignored|overlooked|neglected",
    "trendy|cool|fashionable|hip",
    "weak|feeble|fragile",
    "powerful|mighty|influential",
    "unpopular|disliked",
    "secret|secretly|covert|clandestine|confidential",
    "leak|leaked|disclosure",
    "broke the story|break the story|breaks the story|broken the story|disclosures|revelations",
    "quick|rapid|swift|speedy",
    "slow|sluggish|slowly",
    # British and American spellings (common nouns and verbs)
    "defence|defense",
    "favour|favor|favours|favors",
    "favourite|favorite",
    "programme|program|programmes|programs",
    "labour|labor",
    "colour|color",
    "honour|honor",
    "behaviour|behavior",
    "organisation|organization",
    "organise|organize",
    "centre|center",
    "recognise|recognize",
    "realise|realize",
    "modernise|modernize",
    "legalise|legalize",
    "licence|license",
    "neighbour|neighbor",
    "analyse|analyze",
    "judgement|judgment",
    "fulfil|fulfill",
    "ageing|aging",
    "nowhere|no place|no-where",
    # paraphrase readers use for what was said
    "hide|disguise|conceal|mask",
    "vanish|disappear|melt away|melted away|go missing|gone missing|went missing|go away",
    "meddle|meddling|interfere|interference",
    "recall|remember",
    "for now|at present|for the time being|for the moment",
    "reaction|response",
    "panic|panicky|panicked",
    "believable|plausible|credible",
    "shrink|dwindle|melt away|melted away",
    # pushing a law through without the debate it needs
    "bulldoze|steamroll|ram through|force through",
    "puppet|stooge",  # "a Blairite puppet" / "a New Labour stooge"
    "golden age|good old days|heyday",
    "embarrassment|embarrassing|humiliation|humiliating|red-faced",
    "embarrassed|shamed|humiliated",
    "reckless|rash|foolhardy|irresponsible",
    "half baked|half-baked|ill thought out|ill-thought-out|poorly thought out|not thought through",
    "in return|in exchange",
    "inadequate|insufficient",
    "piecemeal|bitty|patchy",
    "jeopardise|jeopardize|wreck|ruin",
    "beg|plead|implore",
    "farce|joke|laughable|laughably|derisory|ludicrous|risible",
    "line their pockets|fill their boots|feather their nests",
    "empire|colonial|colonialism|imperial|imperialism",
    "stir up|foment|whip up",
    "on purpose|deliberately|intentionally|wilfully",
    "old-fashioned|outdated|antiquated|archaic",
    "poison|poisonous|toxin|toxic",
    "slimming|weight-loss|weight loss",
    "pill|pills|tablet|tablets",
    "ocean|oceans|sea|seas",
    "dictatorship|tyranny|despotism|dictatorial|tyrannical",
    "cosmetic surgery|plastic surgery",
    "abhorrent|anathema|repugnant|abomination",
    "implausible|improbable|improbability|far-fetched|unbelievable",
    "sympathetically|favourably|favorably|kindly",
    "adolescent|adolescents|teen|teens|teenage|teenager|teenagers",
    "backfire|backfired|counterproductive|counter-productive",
    "badly|poorly",
    "result|outcome",
    "agreement|consensus",
    # a response out of measure: "accused UKIP of going too far" / "UKIP have over-reacted"
    "go too far|went too far|goes too far|going too far|gone too far|overstep|overstepped|overstepped the mark|"
    "over the top|overreact|overreaction|over reacted|heavy handed",
    "long haul|long term|long run",
    "idle|feckless|lazy|workshy",
    "breeding ground|crucible|hotbed",
    "backfire|counterproductive",
    "eat into|make a hole in|dent|take a bite out of",
    "careful|prudent|cautious",
    "householder|homeowner",
    "burglar|intruder",
    "daft|foolish|silly|stupid|idiotic",
    "wicked|evil",
    "hardly any|very few|scarcely any",
    "protesters|protestors|demonstrators",
    "tactless|insensitive",
    "no longer|any more|anymore|any longer",
    "extra|additional",  # "an extra £2bn" / "an additional £2bn"
    "all along|right the way through|from the outset",
    "from start to finish|from beginning to end|start to finish|beginning to end",
    "hint|hinted|clue|clues",
    "shambles|fiasco|debacle|mess",
    "red tape|bureaucracy|bureaucratic",
    "perhaps|maybe|possibly",
    "celeb|celebs|celebrity|celebrities",
    "vengeful|vengefulness|vindictive|vindictiveness|spiteful",
    "scare off|put off|deter|discourage",
    "imply|insinuate",
    "ads|adverts|advertisements|advertising",
    "empty promises|false promises|hollow promises",
    "manoeuvre|maneuver",
    "sceptic|skeptic",
    "sceptical|skeptical",
    "rumour|rumor",
    "humour|humor",
    "tumour|tumor",
    "mobilise|mobilize",
    "stabilise|stabilize",
    "minimise|minimize",
    "maximise|maximize",
    "harbour|harbor",
    "endeavour|endeavor",
    "paediatric|pediatric",
    # idioms and plain words for them
    "faith|trust",
    "shortfall|black hole|funding gap",
    "plug the gap|fill the gap|plug|fill the shortfall",
    "gullible|naive|credulous",
    "let down|betrayed|betrayal",
    "pie in the sky|fantasy|unrealistic",
    "frighten|frightening|scare|scaring|scare tactics|intimidate",
    "misery|suffering|hardship",
    "segregated|segregation|living apart|live apart|lives apart",
    "overturn|overturned|repeal|repealed|strike down|struck down|quash|quashed",
    "unnecessary|needless|pointless|superfluous",
    "worse off|poorer",
    "beyond belief|hard to believe|hard to credit|unbelievable|incredible",
    "gawk|gawp|gape|gawping|gawking|gaping",
    "indifference|apathy|passivity|complacency",
    "legal limbo|legal black hole",
    # preparing the way for what follows
    "lay the groundwork|laid the groundwork|laying the groundwork|lays the groundwork|pave the way|paved the way|paving the way|paves the way",
    "trailblazing|pioneering|groundbreaking|ground-breaking",
    "kind of|sort of|type of",
    "welcome home|homecoming",
    "recycle|recycling|reheat|reheating|rehash|rehashing|repackage|repackaging",
    "myth|misconception|debunk|debunking",
    "ageing|aging|getting old|growing old|old age",
    "sooner|faster|quicker",
    "up to the hilt|to the hilt|to the limit|maxed out",
    "squeeze|put the squeeze on|lean on|leaning on|leant on|leaned on",
    "political football|plaything|political plaything",
    "privileged|well-off|well off|the rich|wealthy",
    "co-ordinated|coordinated|joint",
    "set back|put back|setback",
    "profiteering|making money|make money|cashing in|cash in|profit from|profiting from|profiting off",
    "false economy|outweigh the benefits|cost more than it saves",
    "peddler|pedlar|monger",
    "misunderstood|misunderstand|misunderstanding|wrong end of the stick|misinterpreted|misread",
    "partisan|party politics|party political|party-political",
    "mandatory|compulsory",
    "smear|smears|smear campaign|smear tactics|dirty tricks|mudslinging|negative campaigning",
    "as soon as possible|as fast as possible|as quickly as possible|asap",
    "go beyond|goes beyond|went beyond|gone beyond|transcend|transcends|transcended",
    "countering|tackling|combating|combatting",
    "gop|republican|republicans",
    "households|homes",
    "drinks trade|drinks industry|drink industry|alcohol industry|booze industry",
    "muddled|muddle|confused|confusing|confusion",  # "a muddled system" / "the confused situation"
    "foi|freedom of information",  # "the foi act" / "the Freedom of Information Act"
    "target list|hit list",  # "the Lib Dem target list" / "Top Tories on Lib Dem 'hit list'"
    "info|information",  # "what info does it get" / "the information available to it"
    "showdown|confrontation|face-off",  # "avoid a big showdown" / "avoid a major confrontation"
    "no clue|no idea|not a clue",  # "has no clue what" / "has absolutely no idea what"
    "wise|sensible|prudent",  # "a wise move" / "a sensible thing"
)

# One-way links: the head word is ambiguous or broader, so only it gains the alternatives.
_ONE_WAY: dict[str, str] = {
    "tactic": "strategy",  # "the tactic" a story calls "the strategy"; a strategy is not always a tactic
    "bigotry": "sectarianism|sectarian",  # religious bigotry, as Scottish stories call it; not all bigotry is sectarian
    "dinner": "meal",  # "the Mayfair dinner" / "a meal at the Mayfair restaurant"; not every meal is a dinner
    "judgment": "ruling|verdict", "judgement": "ruling|verdict",  # a court's; "ruling" is also "governing"
    "respond": "response|reaction",  # "how scots responded" / "the generous response"; a response is no verb of speech
    "split": "division|divisions|divided|disunity",  # "labour looking split" / "the appearance of division"
    "divided": "division|divisions|disunity",  # "looking divided" / "the appearance of division"
    "fired": "sacked|dismissed",
    "hire": "appoint|appointed|appointment",  # "hired as elections chief" / "appointed"; not every appointment is a hire
    # "who signed off on the move": "the decision was ratified by ..."; not every approval is a sign-off
    "sign off": "approve|approved|ratify|ratified|rubber-stamp|rubber-stamped|endorse|endorsed",
    "signed off": "approved|ratified|rubber-stamped|endorsed",
    "bring in": "generate|generated|earn|earned|rake in|raked in",  # money ("bring in a law" says it with "introduce")
    "brought in": "generated|earned|raked in",
    "email": "missive",  # "sent the missive by mistake to Newsnight"; not every missive was e-mailed
    "matter": "important|importance",  # "why does Africa matter to Brown": "Africa has been important to him"
    "led": "conducted|headed",  # "who led the study": "who conducted the study"
    # "paid back" is "repaid", or "paid the £180 back": the payment, wherever "back" falls
    "pay back": "repay|repaid|refund|reimburse|paid|pay|paying",
    "paid back": "repay|repaid|refund|reimburse|paid|pay|paying",
    # what a body is "aiming for" is its "long-term aspiration" (one way: an "aspiration" asked
    # may be a hope of anyone's, not a target set)
    "aim": "aspiration|ambition|goal|objective", "aiming": "aspiration|ambition|goal|objective",
    "orwellian": "big brother",  # one way: "big brother" asked stays two words of the claim
    "disconnected": "out of touch",  # "disconnected from the public"; not every disconnection
    "get on": "relationship|relations",  # "how Blair and Brown get on"
    # "the royals", "the royal family": its members, by their titles; not every prince is a royal of the pack's country
    "royals": "royal family|prince|princes|princess|queen|king",
    "royal family": "royals|prince|princes|princess|queen|king",
    "duck": "shirk|dodge|evade|sidestep",  # one way: "ducking its responsibilities"; a duck is also a bird
    "ducking": "shirking|dodging|evading|sidestepping",
    "ducked": "shirked|dodged|evaded|sidestepped",
    "tie up": "merger|merge|alliance",  # "a tie-up between the unions"; one way: not every merger is a tie-up
    "tie-up": "merger|merge|alliance",
    "boot": "kick",  # "he'd boot your cat" / "kick your cat"; one way: not every kick is a boot
    "booted": "kicked",
    "divert": "distract|deflect",  # "divert attention" / "distract attention"; one way: traffic is diverted, not distracted
    "press": "media",  # "scrutiny from the press" / "in the media"; one way: the media is more than the press
    "pressed": "urged",  # ... and the verb is not the press: "pressed for" / "urged"
    "pressing": "urgent",
    "difference": "distinction",  # "no real difference between X and Y" / "the distinction between"; one way: a difference is also a gap, a sum
    "gut reaction": "instinct|instinctive",  # "the government's gut reaction" / "immediate instinct"; one way: not every instinct is a reaction
    "bin": "ditch|scrap|axe",  # "wants to bin the report" / "ditch"; one way: a bin is also what rubbish goes in
    "axe": "scrap|abolish",  # "axing the New Deal" / "scrapping"; one way: not every scrapping is an axe
    "put off": "turn off|turned off|deter",  # "put voters off" / "turned off voters"; one way: a delay is put off too
    "turned down": "rejected|reject",  # "ideas were turned down" / "rejected proposals"; one way: to reject is also to oppose
    "turn down": "reject|rejected",
    "loneliness": "isolation|lonely",  # "turn into loneliness" / "isolation"; one way: an isolated village is not lonely
    "deserted": "abandoned|abandon",  # "deserted his voters" / "abandoned"; one way: a desert is sand
    "form filling": "paperwork|red tape|bureaucracy",  # "less form filling" / "a cut in paperwork"; one way: not all paperwork is forms
    "baffling": "amazes me|amazed",  # "it's baffling that" / "it amazes me that"; one way: not every amazement baffles
    "cooperate": "co-operate|coordinate|co-ordinate|collaborate|work together|work with",  # one way: to coordinate is to cooperate
    "electoral roll": "electoral register|register",  # "fall off the electoral roll" / "lost off the register"; one way: not every register
    "fall off": "lost off|drop off|dropped off|fell off|falls off",
    "good deal": "value for money|good value",  # "getting taxpayers a good deal" / "value for money"; one way: "a good deal of" is much
    "goodies": "sweeteners|giveaways|freebies",  # "vote winning goodies" / "sweeteners"; one way: a sweetener may be a bribe
    "giveaways": "sweeteners|goodies|freebies",  # ... and not every sweetener is given away
    "giveaway": "sweetener|goodies|freebies",
    "pal": "friend|friends|friendship|buddy",  # one way: not every friend is a pal
    "pals": "friend|friends|friendship|buddies",
    "ties": "relationship|relations",  # "ties between the US and South Korea": "the US relationship with South Korea"
    "miscalculated": "got our sums wrong|got the sums wrong|got its sums wrong|got their sums wrong",
    "bring together": "reunite",  # "reunite families"; not every gathering reunites
    "take over": "took over|taken over|takes over|taking over|take charge|took charge|succeed|succeeded|replace|replaced|takeover|"
                 "took on the post|took up the post|took on the job|took up the job",  # one way: not every success
    "smash": "break|shatter",  # "smash the cap": break the ceiling; not every break is smashed
    "being played": "being manipulated|manipulated|being duped|duped",  # the idiom; not every game played
    "took over": "take over|taken over|takes over|taking over|took charge|succeeded|replaced|takeover",
    "anti-war": "peace",  # "anti-war protesters" are "peace protestors"; not every peace is anti-war
    "debasing": "corrupting|cheapening|demeaning",  # "corrupt" is also bribery
    "debase": "corrupt|cheapen|demean",
    "rid": "abolish|scrap|axe|eliminate|do away with|see the back of|riddance",  # "get rid of 162 quangos"
    "bombing": "attack",  # a story goes on to call its bombing "the attack"; not every attack is a bombing
    "pull out": "withdraw|withdrew|withdrawn|quit|stand aside|stood aside|step aside|stepped aside",  # of a race
    "pulled out": "withdraw|withdrew|withdrawn|quit|stand aside|stood aside|step aside|stepped aside",
    "nonsense": "rubbish|drivel|claptrap",  # "dismissed it as complete rubbish"; not all rubbish is talk
    "punt": "gamble",  # "a bit of a punt" / "a gamble"; not every gamble is a punt
    "numbers": "figures",  # "the figures were plausible"; "senior figures" are no numbers
    # a report is "released" when published, but so is a prisoner: "to be released" may be either
    "publish": "be released|is released|will be released",
    "publication": "be released|is released|will be released",
    "due out": "be released|is released|will be released",
    "come out": "be released|is released|will be released",
    "comes out": "be released|is released|will be released",
    "be released": "publish|publication|due out|come out|comes out|freed|free",
    "put out": "unveil|unveiled|launch|launched|publish|published|release|released|issue|issued",  # a poster, a statement
    "evidence": "testimony",  # "the most damaging testimony he could remember"; not all evidence is testimony
    "cull": "abolish|scrap|axe|cut",  # "the quango cull"; not every cut is a cull
    "tying": "binding",  # "tying judges' hands"; "ties" are also bonds between people
    "dishonest": "fraudulent|misleading",  # not every falsehood is dishonest
    "imagine": "picture|envisage|envision",
    # "dumped as the candidate" / "sacked"; one way: the rubbish "dump" stays with its own group
    "dumped": "sacked|dropped|axed|ditched|deselected",
    "tout": "boast|trumpet", "touted": "boasted|trumpeted", "touting": "boasting|trumpeting",  # one way: a ticket tout boasts nothing
    "pulled": "withdrawn|dropped",  # "should be pulled" / "should be withdrawn"; not every withdrawal
    "pull": "withdraw|drop",
    "sit down with": "meet|met|meeting|talks with|held talks",  # "sat down with the chancellor" / "met"; one way: not every meeting sits
    "sat down with": "meet|met|meeting|talks with|held talks",
    "set out": "outline|outlined|lay out|laid out|spell out|spelt out|spelled out",  # plans, a case; one way: a journey also sets out
    "put aside": "set aside|setting aside|sets aside|earmark|earmarked|earmarking",  # money kept for a use: "setting aside another £520m"
    "together": "jointly|joint",  # "what did the two parties do together": "have jointly tabled"; one way: not all that is joint is done together
    # "when was the duchy created": "It was set up in 1337"; one way: a runway that will "create jobs" sets none up
    "created": "set up|established|create",
    "create": "created|creates|creating",
    "sparked": "triggered|prompted|provoked|set off",  # one way: a spark is also a noun ("the spark of radicalism")
    "slap": "impose",  # "slapped an embargo on"; not every imposition is a slap
    "wmd": "weapons of mass destruction",
    "paperwork": "documents|documentation|forms",  # not every document is paperwork
    "nowhere near enough": "too little|too few|not enough|insufficient",
    "not enough": "too little|too few|insufficient",
    "upwards of": "more than|over|in excess of",  # "upwards of three billion": "more than £3bn"
    "in excess of": "more than|over|upwards of",
    "float": "suggest|propose|moot",  # "the cap the commission floated"; not every suggestion floats
    "stretched": "extend|extended",
    "blind": "not being able to see|unable to see",  # "nobody could picture X walking in"; not every picture
    "manufactured": "artificial|contrived",  # a manufactured row; not every artificial thing is made
    "sham": "fake|bogus|phoney",
    "opinions": "views",  # "houston's opinions" / "his reported views"; a view may be a sight, and
    # widening the singular lowers its weight under claims that name it ('the attorney general\'s opinion')
    "offshore": "abroad|overseas",  # "asylum claims handled offshore" / "process all claims abroad"
    "abroad": "internationally",  # "its reputation abroad" / "a bad name internationally"; not all that is international is abroad
    "reputation": "good name|bad name",  # "giving Britain a bad name": what a reputation is called
    "faster": "so fast|too fast|so quickly|too quickly",  # "changing faster than we can keep up" / "changing so fast"
    "sneak": "back door|backdoor",  # "sneak into power" / "win power via the back door" (one way: a back door may be a door)
    "preach": "lecture|lectures|lectured|lecturing|moralise|moralising",  # to preach at people; a lecture may be a class
    "splurge": "spree|spending spree",  # a splurge is a spending spree (a killing spree is no splurge, nor asked as one)
    "crowded": "overcrowded",  # what is overcrowded is crowded, not the other way round
    "bogus": "fraudulent|fake|phoney|sham",
    "fraudulent": "bogus|fake|phoney",
    # round 29 M: an all-party group or committee is one of MPs (and peers) of every party; one way:
    # not every body of MPs is all-party
    "mps": "all-party",
    # round 29 H, one way each: the plain word asked, the article's more formal one
    "fake": "artificial|bogus|phoney",  # "a fake scent" / "an artificial scent"; not every artificial thing is a fake
    "pushed": "urged|pressed|pressured|under pressure",  # "pushed hunts to switch" / "urged them to", "pushed into" / "under pressure to"; one way: a push may be a shove
    "pushing": "urging|pressing|pressuring",
    "kicked off": "initiated|launched",  # "kicked off reform" / "initiated reforms"; one way: a match is kicked off too
    "kick off": "initiate|launch",
    "end point": "outcome|endgame|end game",  # "no clear end point" / "without a clear outcome in mind"
    "showed": "sign of",  # "the comeback showed nasty politics" / "was a sign of abusive politics"; one way
    "feeding": "fuelling|fueling|stoking",
    "suggest": "imply",
    "locked": "held|detained|jailed",
    # what offends is offensive: "may have offended" / "may have been offensive" (one way: an
    # "offensive" may be an attack, which offends no one)
    "offend": "offensive",
    # "fix the shortages": "rectifying these shortages"; a fixed date or match is never rectified
    "fix": "rectify|rectifying|rectified|remedy|remedied|put right", "fixing": "rectifying|remedying|putting right",
    "rulers": "leaders|regime|in charge",
    "festive": "christmas",
    "gift": "present",
    "present": "gift",  # "a brilliant present" / "a fantastic gift"; one way: "present the Budget" gives no gift, and a question so worded shares no more of its words
    "genuine": "authentic",  # "the authentic voice of"; authentic food is not called genuine
    "guts": "courage|bravery|nerve",  # "have the courage to"; one way: courage has no bowels
    "hungry": "driven|ambitious",
    "assumed": "thought|presumed",
    "keep": "store|retain|hold on to",
    "block": "veto|stop|prevent",  # "block the debate" may be a veto; a veto is not any block
    "tories": "tory|conservatives|conservative party",  # a conservative estimate is no Tory one
    "tory": "tories|conservatives|conservative party",
    "part": "role",
    "role": "position",
    "commons": "chamber",
    "holding": "detention|detaining|detained|held",
    "arson": "burning|set fire|setting fire|firebomb|firebombing",  # "began burning property": arson; not every burning is
    "sorry": "apology|apologise|apologize",
    "likelier": "more likely",
    "rich": "well-off|better-off",
    "back": "support|endorse|backing",
    "backing": "support|endorsement",
    "attack": "criticise|criticize|condemn|slam",
    "blast": "criticise|criticize|condemn",
    "charge": "accuse|indict|prosecute",
    "charged": "accused|indicted|prosecuted",
    "open": "launch|unveil",
    "close": "shut|closure|shut down|close down",
    "seize": "capture",
    "kidnapped": "seized|abducted",
    "free": "release|freed|let go",
    "constituency": "seat",  # "which constituency is he standing in": "the Derbyshire seat of Erewash" (a seat is not always one)
    "speech": "address",  # "his welcome speech": "his welcome address" (an address is not always a speech)
    "whitehall": "civil service|civil servant|civil servants",
    "faith": "trust",  # "have faith in Blair": "I trust the prime minister" (a "trust" may also be a charity)
    "release": "freed",
    "early": "snap",  # "an early poll": the stories' "a snap election" (a snap is not always early)
    "poll": "election|vote|ballot|survey|opinion poll",
    "survey": "poll|opinion poll",
    # "the opinion polls" are the polls a story names bare ("all these polls saying ..."), never an election
    "opinion poll": "poll|survey",
    "opinion polls": "polls|surveys",
    "pm": "prime minister",
    "premier": "prime minister",
    "president": "leader",
    "leader": "chief|head",
    "head": "chief|leader",
    "fight": "tackle|combat|battle|contest",  # "to fight the seat" / "to contest the seat"
    "run for": "stand for",  # "run for tory leader": "stand for the leadership" (the British word for it)
    "running for": "standing for",
    "stand": "contest",  # "which seat is he standing in": "is to contest the seat of Erewash" (a contest is not always a standing)
    "skip": "truancy|truant|absent|absence|bunking off",
    "school": "pupils|classroom|truancy",
    "hospital": "nhs|health service",
    "officers": "police",
    "jobs": "unemployment|jobless",
    "job": "unemployment|jobless",
    "talks": "discussions",
    "train": "rail|railway",
    "rubbish": "waste",
    "climate": "global warming",
    "warming": "climate change",
    "stop": "block",
    "lead": "led",
    "custody": "detention|prison|prisons|police cells",
    "prevent": "block",
    "fine": "penalty",
    "fiasco": "failure",
    "debacle": "failure",
    "flop": "failure|failed",  # "the e-university flop": the venture "failed", "a failure" (not "flip flop")
    "ouster": "fall|fell",
    "travel": "visit|trip",
    # not every election is a first; "become" is irregular, so the phrase carries its forms
    "become an mp": "became an mp|becomes an mp|becoming an mp|entered parliament|elected to parliament|first elected|won the seat",
    "became an mp": "become an mp|becomes an mp|becoming an mp|entered parliament|elected to parliament|first elected|won the seat",
    # "folk not bothering to vote" / "the Abstentions Party", "those who stay at home"
    "bothering to vote": "abstention|abstentions|abstain|stay at home|stayed at home|stay away|turnout",
    "bother to vote": "abstention|abstentions|abstain|stay at home|stayed at home|stay away|turnout",
    "grave": "tomb|burial",  # "arafat's grave": his tomb; a grave concern is no tomb
    "refurb": "refurbish|refurbishment|refurbishing",  # chat shorthand
    "heading": "visit|visiting|trip|travel|travelling|going",  # "when's Straw heading to Auschwitz": "will visit"
    "sec": "secretary",  # "home sec"
    "doc": "documentary",  # chat shorthand: "since the bbc doc"
    "conf": "conference",  # chat shorthand: "at their spring conf"
    "pmqs": "prime minister's questions|question time",  # Westminster shorthand
    "docs": "documentaries",
    "coming home": "return|returned|returning|come back|coming back",  # not every return is a homecoming
    # to be advised that ... is to have received the advice that ... (the verb's noun, spelt apart)
    "advise": "advice",
    "advised": "advice",
    "advises": "advice",
    "advising": "advice",
    # to rejoin a team, a party, a campaign is to return to it ("Campbell returns to election team")
    "rejoin": "return|returned|returning|returns|come back|came back",
    "rejoins": "return|returned|returning|returns|come back|came back",
    "rejoined": "return|returned|returning|returns|come back|came back",
    "rejoining": "return|returned|returning|returns|come back|came back",
    "come home": "return|returned|returning|come back|coming back",
    "sentence": "jail|prison",
    "sentenced": "jailed|imprisoned",
    # time served is a sentence: "how long did he end up serving" / "the sentence cut to five years";
    # not every sentence is served
    "serving": "sentence|jail|prison",
    "served": "sentence|jail|prison",
    "serve": "sentence|jail|prison",
    "seeker": "asylum",
    "stats": "statistics|figures|data",
    "weapon": "weapons|arms",
    "troop": "troops|soldiers",
    # a backbench rebellion is a vote against; not every opponent is a rebel
    "rebel": "vote against|voted against|oppose|defy|revolt",
    "rebels": "vote against|voted against|oppose|defy|revolt",
    "rebelled": "voted against|opposed|defied|revolted",
    "rebellion": "revolt|vote against|voted against",
    # a judge who dissents opposes the ruling the rest made; not every opponent dissents
    "dissented": "opposed|oppose|disagreed|disagree",
    "dissenting": "opposing|oppose|disagreeing|disagree",
    # to cross over to another party is to defect; not everything crossed over is a party
    "crossed over": "defected|defect|defection|cross the floor|crossed the floor",
    "cross over": "defect|defection|cross the floor",
    "youth": "young people|teenage|teenagers|youngsters",  # not every teenager is a youth question's
    "relief": "aid|humanitarian",  # tsunami relief is aid; not all aid is relief
    "locking": "detention|detaining|detain|imprisoning|jailing|internment",  # "locking people up"; not every lock
    # Round 22 A: the words an asker puts for a speaker's own when they paraphrase a claim (one
    # way each: the asker's word is the plainer or the rarer; the speaker's may mean more things)
    "facelift": "plastic surgery|cosmetic surgery",
    "nuisance": "inconvenience|annoyance|hassle",
    "one another": "each other",  # "comforting one another" / "reassuring each other" ("each other" stays two small words)
    "come apart": "unravel|unravelling|unraveling|fall apart|falling apart|fell apart|disintegrate|disintegrating",
    "absurd": "ridiculous|preposterous|ludicrous",
    "poorly conceived": "badly thought out|ill-conceived|ill thought out|half-baked",
    "dull": "boring|tedious",
    "overdo": "go too far|going too far|went too far|gone too far",  # "overdoing it" / "going too far"
    "swept aside": "brushed under the carpet|swept under the carpet|brushed aside",
    # "seeing pensioners as helpless" / "as dependant, incapable and vulnerable"; not every vulnerable thing is helpless
    "helpless": "defenceless|defenseless|powerless|incapable|vulnerable",
    # "helping heal old divisions" / "has healed rifts"; a rift is a division, not every division (an army's) a rift
    "divisions": "rifts|rift|splits|schism|schisms",
    "bargain": "deal|pact",  # "a bargain with the devil" / "a deal with the devil"; not every deal is a bargain
    "bargaining": "negotiation|negotiations|negotiating|haggling",  # "political bargaining" / "political negotiation"
    "empty pledges": "empty promises|false promises|hollow promises",
    "sidelined": "isolated|marginalised|marginalized",  # "left sidelined" / "isolated in Europe"; an isolated village is no sidelined one
    "push aside": "oust|ousted|ousting|sideline|sidelined|sidelining|elbow aside|elbowed aside|shunt aside|shunted aside",  # "push Milburn aside" / "Brown is ousting Milburn"; one way: not every ousting is a shove
    "sinking ship": "deckchairs|deck chairs|deckchairs on the titanic",  # rearranging things on a sinking ship is "rearranging the deckchairs" (on the Titanic); one way
    "nastiness": "spite|spiteful|malice|malicious|nasty|vicious",
    "bizarre": "extraordinary|strange|weird|odd|peculiar",  # not every extraordinary thing is bizarre (an extraordinary meeting)
    "slanted": "biased|skewed|one-sided",
    "tilted": "biased|skewed|one-sided|weighted",  # "tilted in favour of burglars" / "biased in favour of"; a tilted head is not
    "keenness": "enthusiasm|eagerness",
    "kinds": "types|categories|sorts",  # "what kinds of data" / "two major categories of data"; "kind" alone may be kindly
    "appetite": "enthusiasm|hunger|passion",  # "his appetite for the job" / "his enthusiasm for the job"; not every passion is an appetite
    # "dodged saying whether" / "declined to say whether"; one way: not every refusal is a dodge
    "dodge": "declined|refused", "dodged": "declined|refused", "dodging": "declining|refusing",
    "dismayed": "appalled|horrified",
    "difficulty": "trouble|difficulties",  # "in serious difficulty" / "in deep trouble"
    "cuddle": "hug|embrace",
    "packed": "crammed|squeezed|crowded|overcrowded",  # "packed a career into his life" / "crammed in", "a packed space" / "a crowded field"; one way
    "slice of": "proportion of|share of|portion of",  # "a bigger slice of their income" / "as a proportion of their income"; one way: "what share of" asks a figure
    "reverse": "opposite",
    "low earners": "the poorest|lowest paid|low paid|low-paid",  # "low earners hand over more" / "the poorest 20% pay more"; one way, and not the superlative "the very lowest earners", whose claim is its own words
    "promo": "promotion|promotional|special offer",  # the clipped word: "the halibut promo" / "a promotional price"; one way: not a promotion to a post
    "smug": "complacent|complacency",
    "hot air": "talking shop|empty rhetoric|empty words",
    "rogue": "unscrupulous",  # "rogue doctors" / "unscrupulous doctors"
    "exploit": "abuse|abused",  # "loopholes ... could exploit" / "could be abused"; not every abuse exploits
    "indoors": "in the home|at home|in their homes|in their houses",
    "play dirty": "underhand|dirty tricks|foul play|fight dirty",  # "playing dirty": underhand tactics; not every underhand deed is a game
    "shady": "underhand|sinister|dubious",
    "milked": "wrung dry|wrung him dry|wrung her dry|wrung them dry|bled dry|bled him dry|squeezed dry",
    "abandoned": "left out in the cold|out in the cold|hung out to dry",
    "harsh": "nasty",  # "who can be harshest on asylum seekers": the nastiest
    "competing": "bidding war|vying|race to|contest|contenders",  # "where the party is competing": "the contest is between ..."
    "compete": "bidding war|vie|race to|contest|contenders",
    # "what kind of election contest does he expect" / "would be a three-party struggle"; one way: not
    # every struggle or battle is a contest
    "contest": "struggle|battle|race|fight",
    "contests": "struggles|battles|races|fights",
    "explanatory": "explain|explains|explained|explaining",  # "an explanatory guide": "a commentary to try and explain"
    # a year's quarters by their short forms: "donations in q4 2004" / "in the final quarter of 2004"
    "q1": "first quarter", "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter|final quarter",
    "wonder": "miracle",
    "forgotten": "disappeared|amnesia|forgot",
    "killer": "murderer|murder",
    "killers": "murderers|murder",
    "debut": "induction|introduced|maiden|first appearance",  # a Lords debut is an induction; not every induction
    "main": "biggest|greatest|principal|primary",  # "main worry" / "biggest fear"; not every biggest thing is main
    "shield": "protect|protection|defend",
    "protect": "preserve|preserving|safeguard",
    "sums": "add up|adds up|costings|arithmetic",  # "his sums" are his figures that must add up; not every sum of money
    "fronted": "hosted|headed|presented|led by",  # "who fronted the press conference": the one who hosted it; not "the front"
    "fronting": "hosting|heading|presenting|leading",
    "frontrunner": "front-runner|favourite|main contender",  # not every favourite runs
    "front-runner": "frontrunner|favourite|main contender",  # "protects privacy" / "privacy-preserving"; not every kept thing is protected
    "government": "regime",  # "the new Islamist government" / "regime"; not every government is a regime
    "govt": "regime",
    "sent": "deployed|dispatched",  # "sent troops" / "deployed forces"
    "send": "deploy|dispatch",
    "troops": "forces",
    "military": "army|troops|armed forces",  # a "military official" is no troops
    "talk": "discussions|discuss|negotiations",
    "unfinished": "work in progress|incomplete",
    "unpaid": "outstanding|arrears|owed",
    "leaving": "quit|quitting",  # "announced he was leaving UKIP" / "his decision to quit UKIP"
    "strength": "strong enough",  # "lacks the strength" / "was not strong enough"
    "gaining": "beneficiaries|benefit|benefiting",
    "gain": "beneficiaries|benefit",
    "reporting": "journalism",  # "investigative reporting"; not every report is journalism
    "fatal": "lethal|deadly",
    "lethal": "fatal|deadly",
    "deadly": "lethal|fatal",
    "clever": "smart|shrewd",  # "smart" is also well dressed
    "cleverer": "smarter|shrewder",
    "written": "drafted|worded",  # "so badly written" / "so poorly drafted"; not every draft is written
    "pin down": "define|identify",
    "usage": "use",  # a noun of using: "ICT usage" / "use of ICT" (not the other way: "use" is any word's)
    "slide": "fall|fell|fallen|decline|drop",  # "Britain's slide in the rankings"
    "start": "begin|began|begun|launch|launched",
    "begin": "start|starts|started",  # "when does the changeover begin": "a transitional period starts on 7 February"
    "begins": "start|starts|started",
    "changeover": "transition|transitional|switchover",  # one way: not every transition changes one thing for another
    "changeovers": "transition|transitional|switchover",
    "win": "secure|secured",  # "when did Thatcher win the rebate": "secured"; not every win is secured
    "clear": "quash|quashed|overturned",  # "cleared on appeal": "convictions quashed"
    "rankings": "league|league table",
    # "where did the UK come in the league table": "ranked the UK third"; one way: a league is also a sport's
    "league table": "rankings",
    "league tables": "rankings",
    "pleading guilty": "guilty plea|plea",
    "plead guilty": "guilty plea|plea",
    "look at": "examine|consider|review|scrutinise|scrutinize",  # "when will parliament look at the row": "will examine the issue"
    "looking into": "investigate|investigated|investigation|probe|inquiry",
    "look into": "investigate|investigated|investigation|probe|inquiry",
    "looked into": "investigate|investigated|investigation|probe|inquiry",
    "responsible": "in charge",  # "who was responsible for the line": "in charge of the upkeep"
    "sas": "special forces",  # "had the SAS been in Iran" / "we never answer questions about special forces"
    "agreed": "deal|accord",  # "what was agreed at the summit": "hailed a deal"; not every deal is agreed
    "agree": "deal|accord",  # "what did the G8 agree on debt": "a deal to suspend debt interest repayments"
    "threshold": "level",  # "the stamp duty threshold": "the level at which house buyers pay stamp duty"; not every level is one
    "max": "maximum|up to",  # "max fine": "fined up to £5,000"
    "blunder": "cock-up|mistake|error|gaffe|slip-up",  # not every mistake is a blunder
    "handed out": "issued|given out|awarded|imposed",  # "how many asbos were handed out"
    "hand out": "issue|give out|award|impose",
    "last year": "past year|previous year|a year earlier",
    "quickly": "fast|rapidly|swiftly",  # "fast" is also not eating
    "rival": "competing|conflicting",  # "rival agendas"; not every competitor is a rival
    "spoil": "wreck|ruin",  # "spoil the party's big moment"; a spoilt ballot is not ruined
    "spoiled": "wrecked|ruined",
    "spoilt": "wrecked|ruined",
    "boarding school": "public school",  # not every public school boards
    "lenient": "soft|too light|derisory",
    "internment": "locking up|detention without trial",
    "patchy": "mixed|uneven|inconsistent",
    "talents": "skills|abilities",
    "electioneering": "campaigning",
    "decade": "10 years|ten years",
    "leaner": "slimmer|smaller",
    "sneaky": "stealth|stealthy|underhand",
    "squabbling": "disunity|infighting|bickering|squabbles",
    "bickering": "squabbling|squabbles|squabble",  # the same quarrel, petty and noisy ("stop squabbling"); one way: not all disunity bickers
    "infighting": "division|divisions|disunity|squabbling|feuding|rift",
    "suicide": "killed himself|killed herself|took his own life|took her own life|topped himself|hanged himself",
    "homework": "tests|exams",  # "marking his own homework" / "sets his own tests and then marks them"
    "exam": "test|tests",  # "sets his own exams" / "sets his own tests"; not every test is an exam
    "dwindle": "fade|fading|faded",  # "a dwindling force" / "a fading force"; a fading light dwindles nothing
    "wane": "fade|fading|faded|dwindle|dwindling|dwindled",  # "a party on the wane" / "a fading force"; one way, as dwindle
    "waning": "fade|fading|faded|dwindle|dwindling|dwindled",
    # a party's or a union's members against its leaders: "the rank and file" / "the troops", "the grassroots"
    "rank and file": "troops|grassroots|foot soldiers|ordinary members",
    "fall in line": "get in line|fall into line|get into line|toe the line|come into line",  # to conform
    "fib": "lie|lied|lies|lying",  # "if he fibbed about Iraq" / "willing to lie about the war"
    "spook": "spy|spies|security services|intelligence services|secret service",  # UK slang for spies
    "per head": "per capita|per person|proportionately",  # "more civil servants per head": no head of anything
    "anywhere else": "any other|elsewhere",  # "more than anywhere else" / "more than in any other region"
    "flat out": "downright|outright",  # "a flat out lie" / "a downright lie": no flat, nothing out
    "mislead": "misrepresentation|misrepresent|misrepresented",  # "at best misleading" / "at best a misrepresentation"
    "on the fringes": "on the margins|on the fringe",  # "people on the fringes" / "on the margins of society"
    "into the arms of": "into the hands of|into the clutches of",  # "push people into the arms of extremists": no weapons
    "empty seat": "empty chair",  # a debate held without one of its guests: "go ahead with an empty chair"
    "tv channels": "broadcasters|tv companies|television companies",
    "stare": "gawk|gawp|gape",  # "people just coming to stare" / "come and gawk at us"; not every stare gawks
    "deliberate": "calculated",  # "a deliberate campaign" / "a calculated campaign"; a figure calculated is nothing deliberate
    "walk away": "terminate|pull out|back out|withdraw",  # "walk away for a better bid" / "terminate the deal"
    "walked away": "terminate|terminated|pull out|pulled out|back out|withdraw|withdrew",
    "walks away": "terminate|terminates|pull out|pulls out|back out|withdraw|withdraws",
    "better": "superior",  # "a better bid" / "a superior offer"; not every superior is better
    "bid": "offer",  # a takeover bid; not every offer is a bid
    "owe": "pay|paying",  # "how much would it owe" / "by paying a $144 million fee"
    "odds": "chances|chance|likelihood",  # "raises the odds" / "increases the chances"
    "raises": "increases",  # of odds and costs; "raises money" has no "increases" to find
    "raise": "increase",
    "diet": "slimming|weight-loss|weight loss",  # "diet pills" / "slimming tablets"; a diet of news slims nobody
    "picked up": "apprehended|arrested|detained|rounded up",  # by police or truancy sweeps; a market that picked up arrested nobody
    "kids": "pupils|schoolchildren",  # "how many kids did the sweeps pick up": "31,000 pupils"; not every pupil is a kid
    "hit the brakes": "slam on the brakes|put the brakes on|apply the brakes",
    "cap": "quota|quotas",  # "a cap on economic migrants" / "a quota on economic migrants"
    "give ground": "concession|concessions|give way",  # "is he willing to give more ground" / "no more concessions"
    "give more ground": "more concessions|further concessions|concession|concessions",
    "give any ground": "any concessions|concession|concessions",
    "gave ground": "concession|concessions|gave way",
    "giving ground": "concession|concessions|giving way",
    "dare": "challenge",  # "dared Brown to deny" / "challenged Mr Brown to deny"; not every challenge is a dare
    "dared": "challenged",
    "signal": "message",  # "sends the wrong signal" / "sends the wrong message"; not every message signals
    "signals": "messages",
    "blade": "knife|knives",  # "pull a blade": a knife; not every knife is a blade
    "blades": "knives",
    "walk out": "strike|walkout|industrial action|stoppage|quit|leave",  # of a job, a strike; of a party or a meeting, quitting it
    "turn up": "found|discovered|surfaced",  # "where did the papers turn up": where they were found
    "turned up": "found|discovered|surfaced",
    "fall through": "fail|failed|collapse|collapsed",  # a deal or vote that falls through fails; no fall in numbers
    "falls through": "fails|collapses",
    "fell through": "failed|collapsed",
    "falling through": "failing|collapsing",
    "fallen through": "failed|collapsed",
    "go after": "target|pursue",  # "terrorists might go after the UK" / "try to target the UK"; not "going after the interview"
    "wrong way": "wrong direction",  # "a move the wrong way" / "a step in the wrong direction"
    "cut": "shed",  # "cut civil service jobs" / "plans to shed 71,000 jobs"; a shed is no cut
    "splash out": "spend|spent|spending|outspent",  # "how much did they splash out on the campaign" / "spent £2m on"
    # "the euro elections" are the European Parliament's; the currency holds no election
    "euro election": "european election|european elections|european parliament election|european parliament elections",
    "euro elections": "european elections|european election|european parliament elections|european parliament election",
    "splashed out": "spend|spent|spending|outspent",
    "fork out": "spend|spent|pay|paid",
    "forked out": "spend|spent|pay|paid",
    "shell out": "spend|spent|pay|paid",
    "shelled out": "spend|spent|pay|paid",
    "euro poll": "european elections|european parliament elections|european election",
    "euro polls": "european elections|european parliament elections",
    # The asker's plainer word for a speaker's (one way each: the speaker's word may
    # mean more things): "butler's remarks" / "Robin Butler's comments"; "the sitting pm" /
    # "the incumbent prime minister"; "if a debate happens" / "whether a similar event takes place";
    # "helped a lot" / "helped ... immensely"; "too relaxed about debt" / "a bit complacent";
    # "one sided" / "partial", "biased"; "the lowest earners" / "the lowest-paid workers";
    # "steamrollered doubts" / "overruling concerns"
    "remarks": "comments",
    "sitting": "incumbent",
    "happens": "takes place|take place|took place",
    "happen": "take place|takes place|took place",
    # "where are the talks taking place" / "the talks ... are being held at ...", "expected to take
    # place" / "expected to be held on 5 May"; one way, and only as a passive: "held" alone is also
    # held talks, held hostage
    "take place": "be held|been held|being held",
    "took place": "was held|were held",
    "lot": "immensely|enormously|hugely|greatly|a great deal",
    "relaxed": "complacent|complacency",
    "earners": "paid workers|paid staff",
    "one sided": "partial|biased|partisan",
    "steamrollered": "overruling|overruled|overrode|overrule|ride roughshod|rode roughshod|riding roughshod",
    "steamroller": "overrule|overruling|overruled|overrode|ride roughshod|rode roughshod",
    "doubts": "concerns|reservations|misgivings",
    # "what did howard unveil on tax cuts" / "has finally revealed the full scale of his planned tax
    # cuts"; one way: to reveal is also to disclose a secret, which no one unveils
    "unveil": "reveal|revealed",
    # what cannot fail to happen: "foreign firms are bound to grab ..." / "would be certain to win"
    # (the asker's "bound to"; "bound" alone is also tied, or headed for)
    "bound to": "certain to|sure to|destined to",
    # "hammered by the move" / "crippled by the move"; one way: a hammer is also a tool
    "hammered": "crippled|hit hard|battered|devastated",
    # "find out where they came from" / "establish where they were bought from", "on learning he ..."; one way: to establish is also to set up
    "find out": "establish|discover|determine|ascertain|learn|learned|learnt",
}

# Irregular verbs (base, past, participle): the stemmer folds "drives" and "driving" into
# "drive", but never "drove" or "driven". Left out: those whose forms are common other words
# ("bit", "ground", "lay", "lit", "bound").
_VERBS = """arise arose arisen|awake awoke awoken|beat beat beaten|become became become|
begin began begun|bend bent bent|bet bet bet|bleed bled bled|blow blew blown|
break broke broken|breed bred bred|bring brought brought|build built built|burn burnt burned|buy bought bought|
catch caught caught|choose chose chosen|come came come|creep crept crept|deal dealt dealt|dig dug dug|
do did done|draw drew drawn|dream dreamt dreamed|drink drank drunk|drive drove driven|eat ate eaten|
fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|
forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|
grow grew grown|hang hung hung|hear heard heard|hide hid hidden|hold held held|keep kept kept|know knew known|
lead led led|leave left left|lend lent lent|
lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|
overcome overcame overcome|oversee oversaw overseen|overtake overtook overtaken|overthrow overthrew overthrown|
pay paid paid|prove proved proven|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|
see saw seen|seek sought sought|sell sold sold|send sent sent|shake shook shaken|shine shone shone|
shoot shot shot|show showed shown|shrink shrank shrunk|sing sang sung|sink sank sunk|sit sat sat|
sleep slept slept|slide slid slid|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|
stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|swear swore sworn|
sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|
tell told told|think thought thought|throw threw thrown|undergo underwent undergone|understand understood understood|
undertake undertook undertaken|uphold upheld upheld|wake woke woken|wear wore worn|weep wept wept|win won won|
withdraw withdrew withdrawn|withhold withheld withheld|write wrote written|learn learnt learned|spell spelt spelled|
spill spilt spilled|spoil spoilt spoiled|leap leapt leaped"""
VERB_FORMS: dict[str, tuple[str, ...]] = {
    form: tuple(group.split()) for group in _VERBS.replace("\n", "").split("|") for form in group.split()}


def verb_forms(word: str) -> tuple[str, ...]:
    """The irregular verb's other forms, whatever form was typed: 'driving' -> drive, drove, driven."""
    bases = [word]
    if word.endswith("ing"):
        bases += [word[:-3], word[:-3] + "e", word[:-4]]  # "driving", "sitting"
    elif word.endswith("es"):
        bases += [word[:-1], word[:-2]]  # "drives", "goes"
    elif word.endswith("s"):
        bases.append(word[:-1])  # "sees"; "seats" is not "see"
    for base in bases:
        if base in VERB_FORMS:
            return VERB_FORMS[base]
    return ()


# Forms the suffix rules and the verbs above cannot undo.
IRREGULAR: dict[str, str] = {
    "dying": "die", "lying": "lie", "children": "child", "slain": "kill", "kids": "children", "men": "man", "women": "woman",
}


def _build() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}

    def add(head: str, alts: list[str]) -> None:
        row = table.setdefault(head, [])
        for a in alts:
            if a != head and a not in row:
                row.append(a)

    for group in _GROUPS:
        members = group.split("|")
        for m in members:
            add(m, members)
    for head, alts in _ONE_WAY.items():
        add(head, alts.split("|"))
    return {k: tuple(v) for k, v in table.items() if v}


SYNONYMS: dict[str, tuple[str, ...]] = _build()

# A body called by the seat it sits in: the stories name it either way ("the Scottish Parliament",
# "Holyrood"). Keys as the index folds actor names.
SEAT_NAMES: tuple[tuple[str, str], ...] = (
    ("holyrood", "scottish parliament"),
    ("stormont", "northern ireland assembly"),
    ("senedd", "welsh assembly"),
    ("capitol hill", "congress"),
)


# Words of a newspaper's masthead ("Sunday Times", "Evening Standard", "East Anglian Daily Times"):
# a body so named is a paper (not a broadcaster or an agency: "which paper" asks for none of those)
PAPER_NAME_WORDS = frozenset("""
times post journal herald gazette tribune telegraph guardian mail express mirror observer chronicle standard courier
""".split())

# Posts a country gives: "the French foreign minister", "the president of Tanzania".
STATE_POSTS = frozenset("""minister secretary chancellor president premier king queen prince ambassador envoy
governor mayor leader spokesman spokeswoman general commissioner""".split())

# The posts of a body's head, as a story names its holder by the post alone: "Chief executive John
# Beaumont", "Its chairman, Sir Anthony Greener".
HEAD_POSTS = ("chief executive", "managing director", "executive director", "director general", "director",
              "chairman", "chairwoman", "chair", "president", "head", "leader", "boss", "chief")

# The people who work or speak for someone, named after them: "Obama officials", "Blair's aides"
# are those people, not the one they serve (singular: "aide", "official", "ally").
ENTOURAGE = {"officials": "official", "aides": "aide", "advisers": "adviser", "advisors": "advisor",
             "allies": "ally", "lawyers": "lawyer", "staff": "staff", "staffers": "staffer"}

# The head nouns of a body that speaks for the people of a trade: "the Blackpool Hotel
# Association" for Blackpool's hoteliers, "the National Farmers Union" for farmers.
TRADE_BODY_HEADS = frozenset("association federation union guild society confederation".split())

# Words for the kind of body a campaign is, which an asker may swap for the story's own: "the
# Votes at 16 campaign" is the story's "Votes at 16 alliance".
CAMPAIGN_BODY_WORDS = frozenset("campaign campaigners group alliance coalition movement lobby organisation organization".split())

# Words that place a day against another rather than name it: "the next day", "last night".
RELATIVE_DAY_WORDS = frozenset("next last previous following same whole entire single final opening closing other".split())

# What a death is told to be of: an illness, an injury, a deed ("died of cancer", "after a stroke",
# "was killed in a crash"); "died aged 91" tells none.
DEATH_CAUSES = re.compile(r"(?i)\b(?:died|dies|die|dying) (?:of|from)\b|\b(?:killed|murdered|shot|stabbed|drowned|suicide|overdose|"
                          r"cancer|tumou?r|illness|disease|stroke|heart|attack|infection|pneumonia|leukaemia|alzheimer['’]?s|dementia|"
                          r"crash|accident|injuries|wounds|poison(?:ed|ing)?|complications)\b")

# What a story calls a person it may not name: "a 12-year-old girl", "the instructor", "her husband".
SOMEONE_WORDS = frozenset("""girl boy man woman child baby teenager youngster son daughter wife husband mother father
brother sister victim pupil student guy person instructor friend neighbour suspect patient""".split())

# One syllable that ends in a single vowel and a consonant: "sham", "rat", "vot".
_SHORT_SYLLABLE = re.compile(r"^[^aeiouy]*[aeiouy][^aeiouwxy]$")


def takes_e(stem: str) -> bool:
    """Is a stem cut from "-ed" or "-ing" a word only with its "e" back: "shamed" and "shaming"
    are "shame", never "sham" (whose forms are "shammed", "shamming"); "rated" is no "rat"."""
    return bool(_SHORT_SYLLABLE.match(stem))


def _bases(word: str) -> list[str]:
    """Candidate base forms of an inflected word, most likely first ('sacked' -> 'sack')."""
    out: list[str] = []
    if word in IRREGULAR:
        out.append(IRREGULAR[word])
    elif word in VERB_FORMS and VERB_FORMS[word][0] != word:
        out.append(VERB_FORMS[word][0])  # "fell" -> fall, "sought" -> seek
    n = len(word)
    if word.endswith(("ies", "ied")) and n > 4:
        out.append(word[:-3] + "y")
    if word.endswith("ing") and n >= 5:
        stem = word[:-3]
        out += [stem + "e"] if takes_e(stem) else [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if word.endswith("ed") and n > 4:
        stem = word[:-2]
        out += [word[:-1]] if takes_e(stem) else [stem, word[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if word.endswith("er") and n > 5:  # "tougher", "bigger"
        stem = word[:-2]
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if word.endswith("es") and n > 4:
        out += [word[:-2], word[:-1]]
    elif word.endswith("s") and not word.endswith("ss") and n >= 3:
        out.append(word[:-1])  # ("hqs", "tvs": the plural of a short abbreviation)
    return out


def _superlative_bases(word: str) -> list[str]:
    """'biggest' -> big, 'largest' -> large, 'harshest' -> harsh, 'tidiest' -> tidy."""
    if not word.endswith("est") or len(word) < 6:
        return []
    stem = word[:-3]
    out = [stem, stem + "e"]
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return out


def _graded(a: str, suffix: str) -> str:
    """The adjective with "-er" or "-est": 'large' -> larger, 'big' -> biggest, 'tidy' -> tidier."""
    if a.endswith("e"):
        return a + suffix[1:]
    if a.endswith("y"):
        return a[:-1] + "i" + suffix
    if len(a) == 3 and a[1] in "aeiou" and a[2] not in "aeiouwy":
        return a + a[-1] + suffix
    return a + suffix


def superlative(adjective: str) -> str:
    """'large' -> largest, 'big' -> biggest, 'tidy' -> tidiest, 'massive' -> most massive."""
    if len(adjective) > 6 or " " in adjective:
        return f"most {adjective}"
    return _graded(adjective, "est")


def comparative(adjective: str) -> str:
    """'large' -> larger, 'big' -> bigger, 'tidy' -> tidier, 'great' -> greater."""
    return _graded(adjective, "er")


# Of a size, also of a degree: "the biggest threat" is "the greatest threat" (one way: "a great
# player" is no big one).
_DEGREE = {"big": ("great",), "large": ("great",),
           # ... and of a speed, "the quickest rising" is "the fastest growing" ("fast" alone may be not eating)
           "quick": ("fast",)}


# A decade by its last two digits: "the 80s", "the '60s".
_SHORT_DECADE = re.compile(r"'?([1-9]0)s")


def expand(word: str) -> tuple[str, ...]:
    """The word, its base form when that is what the lexicon knows, and their synonyms."""
    w = word.strip().lower()
    if not w:
        return ()
    out = [w]
    if decade := _SHORT_DECADE.fullmatch(w):  # "the 80s" is "the 1980s"
        out += [f"19{decade.group(1)}s", f"20{decade.group(1)}s"]
    if w in SYNONYMS:
        out += SYNONYMS[w]
    elif base := next((b for b in _superlative_bases(w) if b in SYNONYMS), None):
        # "the biggest donation" is "the largest donation": the synonyms, as superlatives too;
        # and "the biggest civil liberty" is "no greater civil liberty": nothing is more so
        alike = [base, *SYNONYMS[base], *_DEGREE.get(base, ())]
        out += [superlative(x) for x in alike[1:]]
        out += [f"no {comparative(x)}" for x in alike if " " not in x and len(x) <= 6]
    else:
        for base in _bases(w):
            if base in SYNONYMS:
                out += [base] if _agent_noun(w, base) else [base, *SYNONYMS[base]]
                break
    return tuple(dict.fromkeys(out))


# Adjectives whose comparative is made with "-er" ("tougher", "bigger", "closer"): only of these
# is an "-er" word the same idea in a higher degree.
_GRADED = frozenset("big cheap clean clear clever close cold cool daft deep dry dull fair fast fine firm full glad "
                    "grave great hard harsh high hot huge large late lean long low naive near new old poor quick rash "
                    "rich safe severe short slight slow small smug soft strong swift tight tough vast warm weak wet wide "
                    "wise young".split())


def _agent_noun(word: str, base: str) -> bool:
    """'slasher', 'skipper', 'attacker', 'prisoner': an "-er" word made from a verb (or a noun) names
    who does it. It shares the stem, not the stem's paraphrases, which are of the act and often of
    another sense of it (a slasher film is no cut, a skipper no truant); only an adjective's "-er"
    is its comparative ("tougher" is "harsher")."""
    return word.endswith("er") and base in (word[:-2], word[:-1], word[:-3]) and base.rsplit(" ", 1)[-1] not in _GRADED


# Two-word entries ("stand down", "phone tap"): a question holding one asks about one idea.
PHRASES = frozenset(k for k in SYNONYMS if k.count(" ") == 1)

# Entries holding a small word ("bit by bit", "on purpose", "say sorry") or of three words or
# more ("april fools day"): a question's content words, taken two at a time, cannot spell
# them, so its text is searched for them whole.
LONG_PHRASES = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(
    (k for k in SYNONYMS if " " in k and (any(w in STOPWORDS for w in k.split()) or k.count(" ") >= 2)),
    key=len, reverse=True)) + r")\b")
