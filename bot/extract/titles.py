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
