"""The numbers that decide when the engine answers and when it abstains.

Calibrated on bench/eval (python bench/eval/run.py): lower values let unrelated sentences
through (an unanswerable question gets a quote), higher ones drop answers the article
words differently from the question.
"""

# A sentence must cover this IDF-weighted share of the question's concepts to be offered.
# Short questions (one or two concepts) must have every concept covered.
MIN_COVERAGE = 0.6
# A claim of five or more concepts is rarely worded as the article words it.
LONG_CLAIM_COVERAGE = 0.55
# Who said a claim: a direct quote may cover this much less of the claim than MIN_COVERAGE.
QUOTED_CLAIM_SLACK = 0.1
# ... and a named speaker's sentence covering that much (not a direct quote) answers when it
# beats every other story's best sentence by this much.
CLEAR_WINNER = 0.15
# "How many seats do the Lib Dems reckon ...": their own figure, said by them, goes before the
# story's telling when it covers the question this much less at most.
RECKONED_SLACK = 0.1
# How much less a passage that names the one thing asked ('which constituency') may cover than one
# that calls it only 'a constituency', and still come before it.
NAMED_ONE_SLACK = 0.1
# What X said "about" a topic: X's sentence, or the article around it, covers this share.
TOPIC_COVERAGE = 0.45
# ... or the article does when its headline or this many opening sentences name the topic.
LEAD_SENTENCES = 2
# ... in a story this short; in a longer one the opening lines cover only what is said near a
# sentence that touches the topic (a senator on the tax bill, deep in a story that opens on
# Medicaid, is not speaking about Medicaid).
SHORT_STORY = 12
# ... or the sentences just before and after it do, discounted by distance (0 is the sentence).
CONTEXT_SPAN = 2
CONTEXT_DECAY = {0: 1.0, 1: 0.75, 2: 0.5}
# A word of the topic printed by at most this share of the pack's stories names one thing (a
# scheme, a practice); when the speaker's story never prints it and another story's headline and
# opening cover this much of the topic with it, the topic is that story's (topics._told_elsewhere).
RARE_WORD_SHARE = 0.06
# ... or by at most this many (a small pack)
RARE_WORD_STORIES = 2
# ... and the share of the topic's weight the other story's headline and opening must cover.
OTHER_STORY = 0.75
# A name the topic prints ("the Cottenham site") must be named near the speaker's words, in the
# headline, twice in the story, or in this many of its opening sentences (the scene it sets).
NAME_OPENING = 3
# "Where/when/how much": in an article covering every concept, a sentence holding that kind
# of answer may cover this much less of the question itself (and ranks that much lower).
ARTICLE_SLACK = 0.25
# Words a question puts before a person's name that their descriptions give ("BNP leader Nick
# Griffin") weigh this share of their weight: they say who is meant, an answer may omit them.
EPITHET_SHARE = 0.5
# Ranking only: X's own words in quotation marks, for "what did X say about T".
QUOTE_BONUS = 0.2
# Ranking only: a sentence that voices the stance asked about ("afraid", "wants").
# A sentence voicing a stance answers for the topic when it covers this share of it.
STANCE_TOPIC = 0.3
# ... and a sentence telling what the side would do ("The Lib Dems would allow people to swap
# these winter fuel payments ..."), when it covers this share of the topic.
AIM_TOPIC = 0.5
STANCE_BONUS = 0.2
# ... and more, one where X (or X's own "he", "we") is the subject of that word: "Lord Falconer wants".
DIRECT_BONUS = 0.15
# Ranking only, who said a claim: a sentence that names who says it.
SPEAKER_BONUS = 0.1
# ... and a speaker's sentence holding the claim's rarest word that is not a name.
KEY_WORD_BONUS = 0.2
# ... or any word within this much IDF of the rarest (a document frequency some 15% apart):
# which of two words about as rare is the rarer is chance.
KEY_WORD_TIE = 0.15
# ... and, for a claim that something is not so, a sentence that denies something.
NEGATION_BONUS = 0.1
# Ranking only, what happened: the story's opening sentence.
LEAD_BONUS = 0.1
# What happened to X: the opening sentence of the answer's story comes first when it covers
# this much of the question (it tells the event; later sentences name more of its details).
LEAD_SHARE = 0.4
# Ranking only: a sentence whose grammatical subject is the asked-about actor.
SUBJECT_BONUS = 0.15
# Of two named together, a sentence that describes one by the other ("a key ally of Tony Blair").
DESCRIBED_BONUS = 0.2
# Ranking only: a sentence holding what the question asks for (a number for 'how much' ...).
ANSWER_TYPE_BONUS = 0.1
# A sentence that covers the question only with its headline's words ranks this much below
# one that covers as much alone (see Engine.under_headlines).
HEADLINE_PENALTY = 0.1
# ... or one word the question turns on, when it weighs this much of the question ("teens")
HEADLINE_WORD = 0.35
# Two adjacent sentences that only together cover the question rank this much below one that
# does alone (see Engine.passages); a claim read over a sentence and its neighbour (Engine.best
# with pairs) ranks PAIR_PENALTY below one sentence that says as much.
PAIR_PENALTY = 0.02
PASSAGE_PENALTY = 0.15
# Role holders whose description matches a role within this many points of the best one (one
# word of the role short: "Justice Minister" for "Scotland's justice minister") are rivals:
# asked what "the correspondent" said on a topic, the one who spoke on it answers when the
# likelier holder said nothing on it.
ROLE_TIE = 10.0
MAX_EXCERPTS = 3
# Sentences of one quote shown together in an excerpt.
QUOTE_RUN = 3
NOTHING = "Nothing in the briefing pack answers that."
# Who said a claim: an actor the claim names, named only in the sentence before or after the
# quote, counts this share of its weight.
NEAR_ACTOR = 0.75

# Who said a claim: the share of its IDF a particle after a verb of meaning ("locked up") or an
# adverb of time ("usually") weighs; the claim is what is done, not when or how often.
IDLE_WORD_SHARE = 0.0

# Share of its IDF a light verb of the question ("giving", "put") weighs in coverage.
LIGHT_VERB_SHARE = 0.5
# ... and the word "report" a topic names a paper by ("the audit office report"): the words
# before it say which report; the answer may call it just "the report".
REPORT_SHARE = 0.5

# A sentence that names the question's thing only by a head noun ("the outbreak", after "the foot
# and mouth outbreak") ranks just below one that names it outright.
ANAPHORA_PENALTY = 0.05
# ... and it is lifted only when that makes it clearly the best (by this much coverage).
ANAPHORA_MARGIN = 0.1
# 'Who accused X of ...': a voice that accuses X, scored with the verb, may cover this much less
# of the claim than the best sentence that does not.
ACCUSER_SLACK = 0.2
# Sentences on from an event's telling in which a story may still tell what came of it.
CONSEQUENCE_REACH = 5
# The share of its weight a stance question's premise keeps ('... now he has given up on becoming pm'):
# the answer tells what follows from it and need not restate it.
PREMISE_SHARE = 0.25
# A fear no sentence of X's names: X's own sentence that sets a reservation ('But ...') gains this.
RESERVATION_BONUS = 0.05
# Asked how X answered something: X's sentence telling a reply comes first if it scores at least
# this share of the best.
REPLY_SHARE = 0.75

# "What did the Law Lords decide about X": how much of the question the story of a decision told as the
# decider's must cover (its other sentences name what the decision was on) for that sentence to come first.
RULING_STORY = 0.75
# ... and how many of its first sentences are its opening, where a sentence naming only the decider tells it.
RULING_OPENING = 4
# "Where ...": a sentence covering the question that gives no place, with the next going on with
# it to give one ("The event - at ..."), comes before a place-naming sentence covering this much less.
WHERE_NEXT_MARGIN = 0.1
# Words at most between a head noun and the time that dates it: "a strike already earmarked for 23 March".
NEAR_TIME = 4

# "Who ran X": how many sentences after the one naming X the story may name its head by a bare
# post ("The e-University was scrapped ... Chief executive John Beaumont was paid ...").
HEAD_REACH = 2
# A closed compound the pack never prints ("firebombings") is read as two words of at least this
# many letters, printed as a phrase ("fire-bombings").
COMPOUND_PART = 3
# A quotation's closing sentence this short is read with the sentence before it (engine._quotation_closes).
SHORT_TAIL_WORDS = 8
