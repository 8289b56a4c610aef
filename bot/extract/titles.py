"""Words that title a person rather than name them: "Ms", "Maj. Gen.", "President".

Honorifics and ranks are dropped from a person's name and from their description
("Israeli military secretary Maj. Gen. Roman Gofman" -> "Israeli military secretary");
office words stay in the description ("Turkish President") and, directly before a surname,
make an alias ("President Erdoğan").
"""

from __future__ import annotations

# Compared lower-cased, without the final period.
HONORIFICS = frozenset("""
mr mrs ms miss mx messrs dr prof professor sir dame rev reverend fr father sr jr
hon honourable honorable lord lady baroness baron
""".split()) - {"lord", "lady", "baroness", "baron"}   # peers are known by "Lord X": part of the name

RANKS = frozenset("""
gen general maj major col colonel lt lieutenant capt captain cmdr cdr commander adm admiral
brig brigadier sgt sergeant cpl corporal pte private insp inspector supt superintendent det
detective cmdr marshal field air vice rear
""".split())

OFFICES = frozenset("""
president vice-president prime premier minister secretary chancellor speaker leader chairman
chairwoman chair chairperson governor senator sen rep representative congressman congresswoman
mayor ambassador envoy king queen prince princess emperor pope cardinal archbishop bishop
sheikh emir sultan ayatollah judge justice attorney commissioner chief director
spokesman spokeswoman spokesperson mp mep deputy shadow foreign home
""".split())

# Words that make up government office titles; an ORG "entity" made only of these
# inside a title ("the Trade and Industry", "Shadow", "State") is a NER misfire.
OFFICE_VOCAB = OFFICES | frozenset("""
the of for and state trade industry home foreign office defence defense health education
environment transport work works pensions culture media sport justice treasury affairs family
interior finance development energy commonwealth constitutional northern ireland scotland
wales exchequer cabinet duchy lancaster council general solicitor lords commons house
international economic business innovation skills communities local government security
""".split())

# Nouns that head a description of a person: "a fellow at ...", "the leader of ...".
PERSON_ROLE_NOUNS = OFFICES | frozenset("""
fellow analyst expert adviser advisor aide official officer economist professor lecturer
researcher scientist author writer editor correspondent reporter journalist columnist
founder co-founder head boss executive ceo manager coach player striker captain lawyer
spokesman campaigner activist member candidate nominee successor predecessor son daughter
wife husband father mother brother sister widow colleague friend rival opponent ally
commander general soldier militant leader chief architect owner partner director
""".split())


# Letters written after a name for a seat or an honour ("Peter Ainsworth MP", "Guy Mansfield
# QC"): they say the name is a person's, and are no part of it.
POST_NOMINALS = frozenset("mp msp mep am mla qc kc obe mbe cbe kbe dbe".split())


def is_post_nominal(word: str) -> bool:
    """'MP', 'QC', 'OBE' written in capitals after a name (not the word 'am')."""
    return word.isupper() and norm(word) in POST_NOMINALS


def norm(word: str) -> str:
    return word.lower().rstrip(".")


# Short forms of ranks: dropped from descriptions ("Maj. Gen."), unlike "Attorney General".
RANK_ABBREVIATIONS = frozenset("gen maj col lt capt cmdr cdr adm brig sgt cpl pte insp supt det lieut".split())


def is_honorific_or_rank(word: str) -> bool:
    w = norm(word)
    return w in HONORIFICS or w in RANKS


def is_droppable_title(word: str) -> bool:
    """Words a description loses at its end: 'Mr', 'Dr', 'Maj.', 'Gen.' (not 'General')."""
    w = norm(word)
    return w in HONORIFICS or w in RANK_ABBREVIATIONS


def is_title_word(word: str) -> bool:
    """A capitalised word that titles the name after it ("President", "Gen.", "Ms")."""
    w = norm(word)
    return w in HONORIFICS or w in RANKS or w in OFFICES


# Offices that address a person on their own before a surname ("President Bush", "Cardinal
# Murphy-O'Connor"); "Secretary Hewitt" or "Minister Pugh" are halves of a longer title.
ADDRESS_OFFICES = frozenset("""
president vice-president premier chancellor senator sen governor mayor ambassador king queen
prince princess emperor pope cardinal archbishop bishop sheikh emir sultan ayatollah judge
justice commissioner rep representative congressman congresswoman speaker
""".split())

# Honorifics a person is addressed by, and what they imply: aliases are generated from them.
MALE_HONORIFICS = ("Mr",)
FEMALE_HONORIFICS = ("Ms", "Mrs", "Miss")
KNIGHTLY = frozenset(("sir", "dame"))          # "Sir Menzies": with the first name
ADDRESS_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady baroness prof professor".split())
HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "ms": "f", "mrs": "f", "miss": "f",
                    "dame": "f", "lady": "f", "baroness": "f"}

# Political affiliations written before a name ("Lib Dem Norman Baker", "Labour MP ..."):
# a description of the person, never part of the name.
PARTY_WORDS = frozenset("""
labour tory tories conservative conservatives liberal liberals democrat democrats lib dem dems
snp plaid cymru ukip bnp green greens unionist unionists republican republicans democratic
veritas sinn fein sdlp dup independent socialist socialists communist nationalist
""".split())

# Heads of names that are laws, events or documents rather than actors ("Criminal Justice Bill").
NON_ACTOR_HEADS = frozenset("""
bill act election elections budget report inquiry review treaty directive white paper green
war day week year christmas easter referendum manifesto pledge plan strategy scheme pension
""".split()) - {"green", "white", "paper"}

# Nouns that head a description of a person beyond PERSON_ROLE_NOUNS; agentive endings
# ("-er", "-ist", "-ian") cover most of the rest (see is_role_noun).
MORE_ROLE_NOUNS = frozenset("""
mp mep msp am peer lord baroness minister secretary politician backbencher frontbencher
whip chief inspector constable officer detective campaigner protester veteran victim
patient pupil student graduate teacher doctor nurse surgeon judge magistrate barrister
solicitor qc lawyer counsel prosecutor defendant prisoner detainee suspect witness
businessman businesswoman entrepreneur tycoon millionaire billionaire donor philanthropist
singer actor actress comedian presenter broadcaster artist painter novelist poet musician
dj star celebrity pop-star figure personality head deputy vice chair co-chairman
clerk official spokesperson representative envoy diplomat delegate consul mandarin
aide adviser advisor strategist pollster consultant economist historian academic
scholar scientist expert specialist analyst commentator critic observer insider
man woman boy girl child mother father grandmother grandfather parent widow widower
husband wife partner son daughter brother sister cousin uncle aunt nephew niece
friend ally colleague rival opponent critic supporter fan founder co-founder
heir king queen prince princess duke duchess earl monarch royal consort
archbishop bishop cardinal cleric imam rabbi priest vicar reverend pope
soldier commander general colonel officer marine pilot veteran captain
candidate nominee contender hopeful challenger successor predecessor incumbent
chancellor premier president governor mayor councillor leader chairman chairwoman
treasurer director manager boss executive ceo chief employee worker staff
owner landlord tenant resident citizen national native voter taxpayer pensioner
mp's player striker coach referee athlete champion
supremo tsar czar guru host hostage counterpart nanny maid jockey magnate chef user watchdog
undersecretary under-secretary
father-of-two mother-of-two father-of-three mother-of-three
""".split())

# Nouns that head a description of an organisation: "the employers' organisation".
ORG_NOUNS = frozenset("""
organisation organization group body agency firm company business party union charity
department ministry office committee commission council authority board trust
institute institution foundation association federation confederation alliance coalition
think-tank thinktank watchdog regulator operator provider newspaper paper tabloid broadcaster
channel station network magazine website publisher outlet service force army
movement campaign lobby bank fund insurer retailer supermarket airline carrier
manufacturer maker giant group consortium club team school university college court
tribunal parliament assembly government administration executive quango
subsidiary division unit branch arm wing
""".split())

_NOT_AGENTS = frozenset("""
number letter matter paper order power water border answer chapter corner manner error
factor sector mirror offer other quarter register summer winter weather matter centre
center meter metre tower cover proper sister brother mother father daughter
counter master poster barrier computer character chamber member
""".split()) - {"sister", "brother", "mother", "father", "daughter", "member", "master", "character"}


def is_role_noun(lemma: str) -> bool:
    """Does this noun name a person by what they are or do? 'spokesman', 'economist', 'writer'."""
    w = lemma.lower().rstrip(".")
    if w in PERSON_ROLE_NOUNS or w in MORE_ROLE_NOUNS or w in OFFICES:
        return True
    if "-" in w:
        return is_role_noun(w.rsplit("-", 1)[-1]) or w.split("-", 1)[0] in ("father", "mother")
    if w in _NOT_AGENTS or len(w) < 4 or w.endswith("ness"):
        return False
    return w.endswith(("er", "or", "ist", "ian", "man", "woman", "ee", "eer", "ant", "ess", "secretary")) \
        or (w.endswith("ent") and not w.endswith("ment"))


def is_role_word(word: str) -> bool:
    """A listed role or office word (no guessing from endings: 'Baker' is a surname too)."""
    w = norm(word)
    return w in PERSON_ROLE_NOUNS or w in MORE_ROLE_NOUNS or w in OFFICES or w in OFFICE_VOCAB
