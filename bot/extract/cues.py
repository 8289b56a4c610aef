"""Word lists for attribution: reporting verbs and the nouns that tell what kind of source
spoke. They are general English (and general knowledge of news outlets), not tuned to any
one article; the grammar that uses them lives in reported.py and speakers.py.
"""

from __future__ import annotations

# Lemmas of verbs that report speech or writing ("said", "told", "warned", ...).
CUE_VERBS = frozenset("""
say tell report claim warn insist deny add argue stress announce confirm explain suggest
accuse describe admit believe predict write quote urge state declare note acknowledge allege
assert reveal disclose concede contend complain emphasise emphasize estimate forecast hint
promise pledge vow reply retort recall remark reiterate tweet testify mention comment
continue ask answer joke caution counter maintain observe conclude agree brief signal
indicate respond implore plead accept remember assure
""".split())

# Verbs that state a position rather than report words ("Tutu has called for ...", "Pound
# labelled the schemes 'a pile of pants'", "Davis welcomed the review"): they attribute the
# sentence only with the complement each needs (see reported.CueFinder._has_content) and only to
# a speaker (a person, organisation, outlet or person-like noun), never to "the move".
STANCE_VERBS = frozenset("""
label brand call dismiss criticise criticize condemn praise welcome attack reject defend back
question point hit liken demand rule blame deride ridicule mock dub challenge
""".split())
# Verbs of a state of mind that voice a view when they take a clause ("X fears people may
# miss out", "Y hopes the deal will hold"); like stance verbs, they need a speaker as subject.
# Listed as written, not as lemmas: the small model lemmatises "hopes" to "hop".
MIND_VERBS = frozenset("fear fears feared fearing hope hopes hoped hoping want wants wanted".split())
# ... of which these also voice a view with an infinitive: "He wants to see proper checks".
WANT_VERBS = frozenset("want wants wanted".split())
# ... and the same states said with "be": "X is worried that ...", "Y was confident the bill ...".
MIND_STATES = frozenset("worried concerned afraid fearful anxious hopeful confident optimistic pessimistic "
                        "convinced adamant".split())
# Reporting verbs that things do as readily as people ("the move signals a shift", "the
# vote suggests ..."): like stance verbs, they need a speaker as subject.
THING_VERBS = frozenset("indicate signal suggest confirm reveal".split())
# ... whose direct object alone is the stance: "condemned the attack".
STANCE_OBJECT_VERBS = frozenset("criticise criticize condemn praise welcome dismiss demand blame".split())
# ... that name something as something: "labelled X 'a pile of pants'", "called X unjustified".
NAMING_VERBS = frozenset("label brand call dub".split())
# ... whose object must be something said: "rejected the claims", not "rejected the bill".
SPEECH_OBJECT_VERBS = frozenset("reject defend attack question back deride ridicule mock".split())
SPEECH_NOUNS = frozenset("""
claim claims suggestion suggestions allegation allegations accusation accusations charge
charges criticism criticisms call calls idea notion view views remark remarks comment
comments statement report reports claim argument arguments assertion theory theories
""".split())
# Particles or prepositions without which the verb says nothing: "pointed out", "hit out at",
# "called for", "called on".
PARTICLE_CUES = {"point": {"out"}, "hit": {"out"}}
CALL_PREPS = frozenset("for on".split())

# A verb that says nothing by itself, with a noun of speech that carries a that-clause: "gave
# fresh clues that the election will be announced", "offered assurances that the fund ...".
LIGHT_VERBS = frozenset("give offer issue make drop repeat voice renew reiterate pay".split())
CLAUSE_NOUNS = frozenset("""
clue hint indication warning assurance signal promise pledge guarantee suggestion reminder prediction
""".split())
# ... and nouns of a will, whose content is what they want done: "his pledge not to do deals",
# "her call for an inquiry" (only these take a "for").
WILL_NOUNS = frozenset("pledge promise vow commitment threat call demand plea offer".split())
CALL_NOUNS = frozenset("call demand plea".split())
# ... and nouns of a stance, whose content is what they are for or against: "reiterated its
# support for the government's expansion plans", "voiced opposition to the scheme", "paid tribute
# to the nation's character".
STANCE_NOUNS = frozenset("support opposition backing objection tribute".split())

# Verbs whose bare object is itself the claim ("denied wrongdoing", "confirmed the talks",
# "promised a cut in bills").
OBJECT_CONTENT_VERBS = frozenset("deny admit confirm promise pledge urge".split())

# Verbs that say something about a person or thing ("described the plan as ...",
# "accused him of ...", "urged MPs to ..."): their content is a prepositional phrase or xcomp.
PREP_CONTENT = {"describe": {"as"}, "argue": {"against", "for"}, "accuse": {"of"}, "warn": {"of", "against", "about"},
                "criticise": {"for"}, "criticize": {"for"}, "dismiss": {"as"}, "attack": {"as", "for"},
                "defend": {"as"}, "reject": {"as"}, "liken": {"to"}, "rule": {"against"}, "blame": {"for", "on"}, "question": {"whether"}, "respond": {"to"}}
XCOMP_CONTENT_VERBS = frozenset("urge tell warn ask promise pledge vow".split())
# Verbs that tell someone something: "warned fans that ...", "assured MPs that ...".
TOLD_VERBS = frozenset("tell warn assure remind inform advise promise".split())

# Verbs that attach the sources an outlet relied on: "Reuters, citing four sources, ...".
CITING_VERBS = frozenset("cite quote".split())

# Adverbs that attribute a clause to unnamed reports.
# A quote that "is the verdict of" someone is theirs: '"...," is the dry assessment of Graham Lane'.
VERDICT_NOUNS = frozenset("""
assessment verdict view opinion conclusion reaction response judgement judgment warning message
prediction complaint comment retort reply answer argument claim
""".split())

REPORT_ADVERBS = frozenset("reportedly".split())

# Head nouns that make a source a news outlet.
OUTLET_NOUNS = frozenset("""
outlet newspaper paper daily tabloid broadsheet weekly media press agency broadcaster channel
station network magazine journal website site newsletter radio television tv
programme program show newswire wire
""".split())

# Outlet words found inside names: "The Sunday Times", "Sky News", "Jerusalem Post".
OUTLET_NAME_WORDS = frozenset("""
times post news journal herald gazette tribune telegraph guardian mail express mirror
independent observer chronicle standard press radio tv television broadcasting daily
weekly magazine bulletin courier monitor economist newsweek
""".split())

# Well-known news organisations whose names carry no outlet word.
KNOWN_OUTLETS = frozenset("""
reuters ap afp bbc cnn itv gmtv abc cbs nbc msnbc pbs npr bloomberg axios politico
jazeera aljazeera tass ria novosti interfax xinhua haaretz ynet anadolu dpa efe ansa
kyodo yonhap irna wafa nhk rte maariv i24 cnbc buzzfeed
""".split())

# Head nouns that make a source a document or report rather than a speaker.
REPORT_NOUNS = frozenset("""
report reports study survey poll research document statement letter memo memorandum analysis
review findings figures data dossier briefing assessment investigation inquiry audit
manifesto bill draft leaflet book biography memoir release communique communiqué filing estimate estimates
""".split())

# Head nouns of institutions: "the government said", "the party insisted".
ORGANIZATION_NOUNS = frozenset("""
government party ministry department office council committee commission company firm union
bank group army military police court parliament administration board authority authorities
campaign charity watchdog regulator institute organisation organization association federation
embassy club opposition coalition alliance cabinet treasury lobby chamber body
foundation university hospital service force forces consortium secretariat presidency
kremlin palace senate congress assembly tribunal corporation
""".split())
# Last words of a body's name beyond the nouns that name bodies in speech: "the Law Society",
# "the Fostering Network".
BODY_NAME_WORDS = frozenset("society league trust network forum".split())

# Role words the tagger may call proper nouns ("the Tory MP for Sleaford"): a person unnamed.
ROLE_NOUNS = frozenset("""
mp mps mep meps msp msps am mla peer minister secretary chancellor spokesman spokeswoman
spokesperson leader chairman chairwoman chair president premier governor mayor senator
""".split())

# Nouns that stand for an unnamed person or people ("sources", "a spokesman").
UNNAMED_NOUNS = frozenset("""
source sources official officials spokesman spokeswoman spokesperson aide aides insider
insiders diplomat diplomats analyst analysts expert experts critic critics observer observers
witness witnesses resident residents person people member members colleague colleagues ally
allies adviser advisers advisor advisors campaigner campaigners activist activists
""".split())

# Person-role nouns: "the minister", "the cardinal", "the Tory leader" stand for a person
# the article names elsewhere; roles.py resolves them against the actors' titles.
PERSON_ROLE_NOUNS = frozenset("""
minister secretary chancellor leader chairman chairwoman chair president premier governor
mayor senator mp mep msp peer cardinal archbishop bishop pope rabbi imam vicar priest judge
lawyer solicitor barrister attorney prosecutor coroner editor correspondent reporter
journalist chief director executive commissioner inspector superintendent constable
ambassador envoy general colonel commander captain admiral king queen prince princess
speaker whip backbencher candidate head boss founder chief professor economist mother
father wife husband son daughter brother sister
""".split())
# One role named by another: "the minister" may be a Secretary of State or the Chancellor.
ROLE_FAMILIES = {"minister": frozenset("minister secretary chancellor premier".split()),
                 "premier": frozenset("premier minister".split()),
                 "chair": frozenset("chair chairman chairwoman".split()),
                 "mp": frozenset("mp backbencher".split()),
                 "backbencher": frozenset("mp backbencher".split())}
# Qualifiers that make a different office: "shadow home secretary" is not "the home secretary".
OFFICE_QUALIFIERS = frozenset("shadow former deputy junior vice ex assistant acting opposition".split())
# Spellings of one party or office word: "the Tory leader" is the "Conservative leader".
ROLE_SYNONYMS = {"tory": "conservative", "tories": "conservative", "libdem": "liberal",
                 "lib": "liberal", "pm": "premier", "prime": "premier"}
# Titles with no gender that make a name a person's: "Cardinal Cormac Murphy-O'Connor".
PERSON_TITLES = frozenset("""
dr doctor prof professor cardinal archbishop bishop rev reverend father rabbi imam pope
judge justice gen general col colonel capt captain cmdr commander adm admiral sgt sergeant
insp inspector supt superintendent pc det detective chancellor president senator
""".split())

# Titles that show a person's gender, so "she" can find "Ms Hewitt" and not "Mr Frost".
FEMALE_TITLES = frozenset("ms mrs miss lady dame baroness madam queen princess duchess".split())
MALE_TITLES = frozenset("mr sir lord baron king prince duke".split())
# Titles that open a person's name, even inside a longer run of capitals ("... Centre Mr Straw").
NAME_TITLES = FEMALE_TITLES | MALE_TITLES | frozenset({"dr"})
FEMALE_NOUNS = frozenset("spokeswoman chairwoman woman mother wife daughter".split())
MALE_NOUNS = frozenset("spokesman chairman man father husband son".split())

# Subjects that never name a source ("this suggests", "that means").
NON_SOURCE_PRONOUNS = frozenset("this that these those which what who whom one there".split())
