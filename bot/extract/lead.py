"""The post a news lead gives its subject, and the person the story then names.

A news story opens on what happened and to whom, by post rather than name ("A Conservative
MP and former minister has defected to Labour.", "Scotland's justice minister has warned ...")
and names that person at the start of the next sentence or the one after ("Robert Jackson,
58, MP for Wantage, said ..."). The lead is then about that person: a mention of them, and
what it says in their voice is theirs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from bot.extract.role_speakers import holds_post
from bot.extract.records import ActorRec, AttributionRec, MentionRec, SentenceRec
from bot.extract.titles import is_role_noun
from bot.names import fold

# The person must be named this close to the start of a sentence ...
NAMED_WITHIN = 40  # characters
# ... and in one of the sentences that follow the lead, up to this one.
NAMED_BY = 3
_ROLES_OF_LEAD = ("nsubj", "nsubjpass", "dobj")


def name_lead_post(doc: Doc, sentences: list[SentenceRec], actors: list[ActorRec], mentions: list[MentionRec],
                   attributions: list[AttributionRec]) -> None:
    """Add the mention of the person the lead's post stands for, and give them the lead's
    attributions to that post."""
    found = _lead_post(doc, sentences, actors, mentions)
    if found is None:
        return
    phrase, person = found
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    text = doc.text[start:end]
    mentions.append(MentionRec(sentence=0, actor_key=person.key, start=start, end=end, text=text))
    mentions.sort(key=lambda m: m.start)
    for at in attributions:
        if at.sentence == 0 and not at.source_actor_key and fold(at.source) == fold(text):
            at.source, at.kind, at.source_actor_key = person.name, "person", person.key


# Words a lead uses for a body it names in the sentences after ("the elections watchdog has said").
_BODY_WORDS = frozenset("watchdog regulator body group organisation organization charity union lobby association "
                        "federation institute agency quango".split())


def name_lead_body(actors: list[ActorRec], attributions: list[AttributionRec]) -> None:
    """'A cap on donations should not be introduced yet, the elections watchdog has said.' then
    'In a new report, the Electoral Commission says ...': the lead's body is the first body the
    story then gives a voice, in one of the sentences that follow it."""
    lead = [at for at in attributions if at.sentence == 0 and not at.source_actor_key]
    if len(lead) != 1 or not fold(lead[0].source).startswith("the ") \
            or fold(lead[0].source).split()[-1] not in _BODY_WORDS:
        return
    bodies = {a.key: a for a in actors if a.kind == "organization"}
    after = sorted((at for at in attributions if 1 <= at.sentence <= NAMED_BY and at.source_actor_key),
                   key=lambda at: at.sentence)
    if not after or after[0].source_actor_key not in bodies:
        return
    body, word = bodies[after[0].source_actor_key], fold(lead[0].source).split()[-1]
    for at in attributions:  # ... and so is "the watchdog" further on
        if at is lead[0] or not at.source_actor_key and fold(at.source) == f"the {word}":
            at.source, at.kind, at.source_actor_key = body.name, "organization", body.key


def _lead_post(doc: Doc, sentences: list[SentenceRec], actors: list[ActorRec],
               mentions: list[MentionRec]) -> tuple[list[Token], ActorRec] | None:
    if len(sentences) < 2:
        return None
    # people named in full ("MPs" may be typed a person too)
    people = {a.key: a for a in actors if a.kind == "person" and " " in a.name.strip()}
    if any(m.sentence == 0 and m.actor_key in people for m in mentions):
        return None  # the lead names someone itself
    lead = doc.char_span(sentences[0].start, sentences[0].end, alignment_mode="expand")
    if lead is None:
        return None
    # "A chief constable", "The UK's top judge", "Scotland's first minister": a post, with its article or owner
    # ... the subject of the lead's verb, or of the words it reports when they come first ("A UKIP
    # MEP suggested Germany saw the EU as an empire, a new documentary has revealed.")
    heads = [lead.root, *(c for c in lead.root.children if c.dep_ == "ccomp" and c.i < lead.root.i)]
    posts = [c for h in heads for c in h.children if c.dep_ in _ROLES_OF_LEAD and is_role_noun(c.lemma_)
             and (c.tag_ == "NN" or c.tag_ == "NNP" and c.text.isupper())  # "An MP", tagged as a name
             and any(k.dep_ == "det" and k.lower_ in ("a", "an", "the") or k.dep_ == "poss" for k in c.children)
             and not any(k.dep_ == "poss" and k.ent_type_ == "PERSON" for k in c.children)]
    if len(posts) != 1:
        return None  # none, or two posts: which is the person named next cannot be told
    post = posts[0]
    # the words of the post phrase up to its head ("A Conservative MP and former minister")
    phrase = [t for t in post.subtree if t.i <= post.i or t.dep_ == "conj"]
    phrase = list(doc[min(t.i for t in phrase):max(t.i for t in phrase) + 1])
    first_named: dict[str, MentionRec] = {}
    for x in sorted(mentions, key=lambda x: x.start):
        first_named.setdefault(x.actor_key, x)
    # the first person the story names at the start of a sentence (first mentions come in the
    # order of the text): a person named further in is someone else the story brings in, unless
    # they are what the sentence is about ("In a lecture at the LSE, Irene Khan said ..."), and
    # the name of a group in passing ("a shadowy group known as Meibion Glyndwr") is no answer
    # to who the lead's post is
    m = next((x for x in first_named.values() if x.actor_key in people and 1 <= x.sentence <= NAMED_BY
              and (x.start - sentences[x.sentence].start <= NAMED_WITHIN or _subject_of_sentence(doc, x))), None)
    if m is None:
        return None
    person = people[m.actor_key]
    if not holds_post(person, post, phrase):
        return None  # "The prime minister ..." then "Chancellor Tom Hale ...": another office
    return phrase, person


def _subject_of_sentence(doc: Doc, m: MentionRec) -> bool:
    """The mention is the subject of its sentence's main verb."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT"
