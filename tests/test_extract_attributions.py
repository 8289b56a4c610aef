"""Attribution: who the article says says each sentence.

Every case below was checked by hand against the article. The seed is bundled; the BBC
files come from ../shared/corpus and skip when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.article import Article
from bot.extract.quotes import find_quote_runs
from bot.extract.records import AttributionRec, Extraction

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLITICS = SHARED / "corpus" / "bbc" / "politics"


def _extract(article: Article, nlp) -> Extraction:
    from bot.extract import extract
    return extract(article, nlp(article.text))


def _read(path: Path, settings) -> Article:
    from bot.ingest import iter_articles
    results = list(iter_articles([str(path)], settings))
    assert results and results[0].article is not None, results
    return results[0].article


_cache: dict[str, Extraction] = {}


@pytest.fixture(scope="session")
def extracted(nlp, settings):
    """Extraction of a seed or BBC politics file, made once per session."""
    def get(name: str) -> Extraction:
        if name not in _cache:
            if name == "seed":
                path = next((REPO / "seeds").glob("000_*.txt"))
            else:
                path = POLITICS / name
                if not path.exists():
                    pytest.skip(f"{path} is absent (the shared corpus lives beside the checkout only)")
            _cache[name] = _extract(_read(path, settings), nlp)
        return _cache[name]
    return get


def _of(ex: Extraction, fragment: str) -> list[AttributionRec]:
    """The attributions of the one sentence that contains `fragment`."""
    hits = [i for i, s in enumerate(ex.sentences) if fragment in s.text]
    assert len(hits) == 1, f"{fragment!r} is in sentences {hits}"
    return [a for a in ex.attributions if a.sentence == hits[0]]


def _one(ex: Extraction, fragment: str) -> AttributionRec:
    recs = _of(ex, fragment)
    assert recs, f"no attribution for the sentence with {fragment!r}"
    return recs[0]


# ---- the seed article --------------------------------------------------------------

def test_seed_reuters_citing_sources(extracted):
    a = _one(extracted("seed"), "Reuters, citing four sources familiar")
    assert (a.source, a.kind, a.cue) == ("Reuters", "outlet", "reported")
    assert a.cited == "four sources familiar with the matter"
    assert not a.direct_quote


def test_seed_hayom_citing_anonymous_sources(extracted):
    a = _one(extracted("seed"), "three new Turkish military bases")
    assert "HaYom" in a.source
    assert (a.kind, a.cue, a.cited) == ("outlet", "reported", "anonymous sources")


def test_seed_according_to_institute_keeps_the_articles_wording(extracted):
    a = _one(extracted("seed"), "Israel is lobbying Washington")
    assert (a.source, a.kind, a.cue) == ("the Robert Lansing Institute", "organization", "according to")
    assert a.source_actor_key          # the actor table knows the institute


def test_seed_aron_lund_direct_quote(extracted):
    a = _one(extracted("seed"), "Israel’s biggest fear is that Turkey")
    assert (a.source, a.kind, a.cue) == ("Aron Lund", "person", "said")
    assert a.direct_quote and not a.continuation


@pytest.mark.parametrize("fragment, source, kind", [
    ("Turkish President Recep Tayyip Erdoğan is expected to host", "Israeli sources", "unnamed"),
    ("Israeli officials are increasingly wary", "Israeli media", "outlet"),
    ("deployed forces to a UN-monitored buffer zone", "regional security sources", "unnamed"),
])
def test_seed_according_to(extracted, fragment, source, kind):
    a = _one(extracted("seed"), fragment)
    assert (a.source, a.kind, a.cue, a.direct_quote) == (source, kind, "according to", False)


def test_seed_outlet_reported_after_the_clause(extracted):
    a = _one(extracted("seed"), "sent a senior military official to Moscow")
    assert (a.source, a.kind, a.cue) == ("an Israeli news outlet", "outlet", "reported")


def test_seed_the_report_is_the_outlet_named_before(extracted):
    a = _one(extracted("seed"), "one of Netanyahu’s closest advisors")
    assert (a.source, a.kind, a.cue) == ("an Israeli news outlet", "outlet", "according to")


def test_seed_the_sources_are_the_ones_reuters_cited(extracted):
    # "the sources told Reuters" goes back to the sources Reuters cited one paragraph up
    a = _one(extracted("seed"), "remains unclear, the sources told Reuters")
    assert (a.source, a.kind, a.cue) == ("four sources familiar with the matter", "unnamed", "told")


@pytest.mark.parametrize("fragment", ["Israel reportedly favors", "Their discussions will reportedly focus"])
def test_seed_reportedly(extracted, fragment):
    a = _one(extracted("seed"), fragment)
    assert (a.source, a.kind, a.cue) == ("unnamed reports", "report", "reportedly")


@pytest.mark.parametrize("fragment", [
    "The Moscow talks focused on strengthening",
    "The strategic relationship between Israel and Russia",
    "This visit would mark",
])
def test_seed_articles_own_voice_has_no_attribution(extracted, fragment):
    assert _of(extracted("seed"), fragment) == []


# ---- BBC politics: multi-sentence quotes and pronouns ---------------------------------

@pytest.mark.parametrize("fragment, source, continuation", [
    ("Ms Hewitt told GMTV's Sunday programme", "Patricia Hewitt", False),
    ("We have already doubled the length of maternity pay", "Patricia Hewitt", False),
    ("We are going to extend the pay to nine months", "Patricia Hewitt", True),
    ("She said new mothers were already entitled", "Patricia Hewitt", False),
    ("We have made a firm commitment.", "Patricia Hewitt", True),
    ("We will definitely extend the maternity pay", "Patricia Hewitt", True),
    ("These plans were announced by Gordon Brown", "Theresa May", False),
    ("She said the Conservatives would announce", "Theresa May", False),
    ("While mothers would welcome any extra maternity pay", "Sandra Gidley", False),
    ("She said her party would boost maternity pay", "Sandra Gidley", False),
    ("warned that many small firms could be", "David Frost", False),
    ("recruitment costs, advertising costs", "David Frost", False),
])
def test_bbc_001_every_sentence_keeps_its_speaker(extracted, fragment, source, continuation):
    a = _one(extracted("001.txt"), fragment)
    assert (a.source, a.kind, a.continuation) == (source, "person", continuation)


def test_bbc_001_quote_flags(extracted):
    ex = extracted("001.txt")
    told = _one(ex, "Ms Hewitt told GMTV's Sunday programme")
    assert told.cue == "told" and not told.direct_quote
    assert _one(ex, "We will definitely extend the maternity pay").direct_quote
    frost = _one(ex, "warned that many small firms")
    assert frost.cue == "warned" and not frost.direct_quote     # "crippled" is a word, not a quote
    assert _one(ex, "recruitment costs, advertising costs").direct_quote
    assert _of(ex, "Further details of the government's plans") == []


def test_bbc_001_outer_speaker_and_organisation(extracted):
    ex = extracted("001.txt")
    recs = _of(ex, "while the Liberal Democrats said it was misdirected")
    # both parties' positions: "The Tories dismissed the plan as ..., while the Lib Dems said ..."
    assert [(a.source, a.kind, a.cue) for a in recs] == [
        ("The Tories", "organization", "dismissed"), ("the Liberal Democrats", "organization", "said")]
    # a name in a reduced relative is not a speaker: "proposals announced by ... Hewitt"
    assert _of(ex, "Maternity pay for new mothers is to rise") == []


@pytest.mark.parametrize("fragment, source, kind, cue", [
    ("Tory sources say senior party figures", "Tory sources", "unnamed", "say"),
    ("Sources within the party told the BBC", "Sources within the party", "unnamed", "told"),
    ("a decade to come into full effect", "a spokesman", "unnamed", "said"),
    ("When the police say that you have to take them seriously", "Michael Howard", "person", "added"),
    ("But the Tories insisted they would hold ministers", "the Tories", "organization", "insisted"),
    ("They said they would also press Labour", "the Tories", "organization", "said"),
    ("This has all the signs of Michael Howard", "Mark Oaten", "person", "said"),
])
def test_bbc_141(extracted, fragment, source, kind, cue):
    a = _one(extracted("141.txt"), fragment)
    assert (a.source, a.kind, a.cue) == (source, kind, cue)


def test_bbc_141_quote_paragraph_after_indirect_speech(extracted):
    a = _one(extracted("141.txt"), "I don't pretend that it is an easy decision")
    assert (a.source, a.direct_quote, a.continuation) == ("Michael Howard", True, True)


@pytest.mark.parametrize("fragment, source", [
    ("Mr Law said.", "Jack Law"),
    ("I think we have to say right at the outset", "Hamish MacDonell"),
    ("you will be pilloried for it", "Hamish MacDonell"),
    ("perhaps Mr McConnell could feel rightly aggrieved", "Hamish MacDonell"),
    ("that whole side of things has been lost", "Hamish MacDonell"),
    ("We don't want to preach to young people", "Jack Law"),
    # "He added:" after "Mr MacDonell said that ..." is MacDonell, not the earlier Mr Law
    ("Mr McConnell was talking in the Highlands to 100 teenagers", "Hamish MacDonell"),
])
def test_bbc_019_speakers_alternate(extracted, fragment, source):
    a = _one(extracted("019.txt"), fragment)
    assert (a.source, a.kind) == (source, "person")


def test_bbc_053_speaker_named_after_the_quote_covers_its_first_sentence(extracted):
    ex = extracted("053.txt")
    first = _one(ex, "Hunger strike is a weapon of last resort.")
    assert (first.source, first.cue, first.direct_quote, first.continuation) == ("Viktor Makarov", "told", True, True)
    last = _one(ex, "Mr Makarov told the BBC's Newsnight programme")
    assert (last.source, last.continuation) == ("Viktor Makarov", False)
    gov = _one(ex, "Government sources told the BBC")
    assert (gov.source, gov.kind, gov.cue) == ("Government sources", "unnamed", "told")


@pytest.mark.parametrize("fragment, source, kind", [
    ("BAA also says it has attempted", "BAA", "organization"),
    ("They have said they cannot raise the money", "BAA", "organization"),
    ("Politicians should not decide where runways should be", "Hanningfield", "person"),
    ("There could be a proper debate nationally".replace("There", "Then there"), "Hanningfield", "person"),
])
def test_bbc_033(extracted, fragment, source, kind):
    a = _one(extracted("033.txt"), fragment)
    assert source in a.source and a.kind == kind


def test_bbc_006_the_report_and_a_three_sentence_quote(extracted):
    ex = extracted("006.txt")
    first = _one(ex, "a report by the government's finance watchdog says")
    assert (first.kind, first.cue) == ("report", "says")
    again = _one(ex, "The report said too many parties")
    assert again.source == first.source
    for fragment, cont in [("proved a complete fiasco", False),
                           ("Every arm of government seems", True),
                           ("The process was confused and muddled", True)]:
        a = _one(ex, fragment)
        assert (a.source, a.direct_quote, a.continuation) == ("Edward Leigh", True, cont)


# ---- grammar on small texts ----------------------------------------------------------

def _attr(nlp, *paragraphs: str) -> Extraction:
    return _extract(Article(title="Test", paragraphs=list(paragraphs)), nlp)


def test_reporting_verb_without_a_message_is_no_attribution(nlp):
    ex = _attr(nlp, "The plan says nothing about tax. It was said to be popular.")
    assert ex.attributions == []


def test_nested_reporting_keeps_the_outer_speaker(nlp):
    ex = _attr(nlp, "Mr Smith said that Ms Jones told reporters the deal was dead.")
    assert [(a.source, a.cue) for a in ex.attributions] == [("Smith", "said")]


def test_quoted_as_saying_and_pronoun_gender(nlp):
    ex = _attr(nlp,
               "Anna Berg, the finance minister, was quoted as saying that taxes would rise.",
               "Tom Hale, her deputy, disagreed. Mr Hale said the plan was unsound.",
               'She added: "We will not borrow more."')
    got = {ex.sentences[a.sentence].text[:12]: (a.source, a.cue, a.direct_quote) for a in ex.attributions}
    assert got["Anna Berg, t"] == ("Anna Berg", "quoted", False)
    assert got["Mr Hale said"] == ("Tom Hale", "said", False)
    # "Mr" makes Hale a man, so "She" goes back past him to Anna Berg
    assert got['She added: "'] == ("Anna Berg", "added", True)


def test_quote_over_paragraphs_keeps_its_speaker(nlp):
    ex = _attr(nlp,
               'The minister said: "We will build the road. It will be finished by 2010.',
               '"Nobody will lose their home because of it."',
               "The road will cost £3m.")
    by = {a.sentence: a for a in ex.attributions}
    texts = [s.text for s in ex.sentences]
    assert [by[i].source for i in range(3)] == ["The minister"] * 3
    assert [by[i].continuation for i in range(3)] == [False, True, True]
    assert texts[3].startswith("The road") and 3 not in by


def test_short_quote_sentence_after_a_named_quote_is_the_same_speakers(nlp):
    ex = _attr(nlp,
               '"The issue has just disappeared," said Senator Ann Ward, a Maine Democrat. "There\'s total amnesia."',
               'Critics call it a "free lunch" for the rich.')
    by = {ex.sentences[a.sentence].text[:12]: a for a in ex.attributions}
    assert by["\"There's tot"].source == "Ann Ward" and by["\"There's tot"].continuation
    # a short quote inside a sentence is still a scare quote, no speech
    assert not any(k.startswith("Critics") and a.source == "Ann Ward" for k, a in by.items())


# ---- stance verbs: positions, not only words ---------------------------------------

@pytest.mark.parametrize("sentence, source, cue", [
    ("Senator Ann Ross has called for the closure of the prison.", "Ann Ross", "called for"),
    ('Mr Grey labelled the scheme "a costly mistake".', "Grey", "labelled"),
    ("The union has branded the offer an insult.", "The union", "branded"),
    ("Ms Okafor criticised the decision to close the library.", "Okafor", "criticised"),
    ("Mayor Tom Hill welcomed the ruling.", "Tom Hill", "welcomed"),
    ("Dr Lena Vogt has indicated she wants the rules relaxed.", "Lena Vogt", "indicated"),
    ("The charity rejected claims that it had misled donors.", "The charity", "rejected"),
    ("Mr Adeyemi pointed out that fares had doubled.", "Adeyemi", "pointed out"),
    ("Ms Park dismissed the report as fiction.", "Park", "dismissed"),
    ('Treasury spokesman Ivan Hale also branded the Tory plans as "fantasy economics".', "Ivan Hale", "branded"),
    ('Party chairman Ruth Baines likened the two rivals to "squabbling toddlers".', "Ruth Baines", "likened"),
    ("Opposition frontbencher Ian Vale MP demanded an immediate statement on the leak.", "Opposition frontbencher Ian Vale MP",
     "demanded"),
    ("Campaigner Dan Okoro urged a cap on the fees.", "Dan Okoro", "urged"),
    ("As union leader Tom Price claimed, for most nurses the new rota is unworkable.", "Tom Price", "claimed"),
    ("As party spokesman Ian Cole said - any mayor would cut the fares before an election.", "Ian Cole", "said"),
    # the parse runs the trust into the name: the speaker starts at his title
    ('In a speech to the Harbour Trust Mr Ogden said of the mayor: "He is clever but not wise."', "Ogden", "said"),
])
def test_stance_verbs_attribute_to_the_speaker(nlp, sentence, source, cue):
    ex = _attr(nlp, sentence)
    assert [(a.source, a.cue) for a in ex.attributions][:1] == [(source, cue)]


@pytest.mark.parametrize("sentence", [
    "The council called the police.",                       # no naming, no "for": a phone call
    "The army attacked the town at dawn.",                  # an act, not words
    "MPs rejected the bill by 300 votes to 200.",           # a vote: no speech noun object
    "The move signalled that the talks had failed.",        # a thing, not a speaker
    "Critics likened the plan.",                            # no "to": nothing said
    "The new rules demand careful reading.",                # a thing, not a speaker
    "Ms Lee resigned after the ministry announced \"urgently\" a review.",  # scare quote, subordinate
])
def test_stance_verbs_need_their_complement_and_a_speaker(nlp, sentence):
    assert _attr(nlp, sentence).attributions == []


@pytest.mark.parametrize("sentence, source", [
    # the "of" that carries the accusation hangs on the object
    ("But Sir Rupert Hale, the mayor's former aide, took a dimmer view, accusing the show of \"wrecking local politics\".",
     "Rupert Hale"),
    # the verb is the complement of "keen": the speaker is the subject of "was"
    ("Mr Tomas Varga was keen to stress that the party would not do deals.", "Tomas Varga"),
    # the parse splits "co-founder" at its hyphen
    ("The club would welcome him back, its co-founder said.", "its co-founder"),
    # the parse makes "one" the subject and hangs the name on the verb
    ("However, one of the so-called Camden Four, Gerry Conlon - who was wrongly jailed for the arson attack - said the "
     "families welcomed the apology.", "Gerry Conlon"),
])
def test_a_speaker_the_parse_puts_out_of_the_subject_is_found(nlp, sentence, source):
    assert [a.source for a in _attr(nlp, sentence).attributions] == [source]


def test_a_quote_put_to_someone_is_not_the_last_speakers(nlp):
    ex = _attr(nlp, 'Mr Tamsin Brook said the show was "a circus".',
               'Contestant Ada Birch was asked: "Why do you want to be an MP at all?"',
               '"Do you not care about the river?", implored campaigner Ivo Marsh.')
    by = {a.sentence: a.source for a in ex.attributions}
    assert by.get(0) == "Tamsin Brook" and 1 not in by and by.get(2) == "Ivo Marsh"


@pytest.mark.parametrize("sentence, source", [
    ("The Greens and the Lib Dems have called for a second inquiry into the visa affair.", "The Greens and the Lib Dems"),
    ("The Tories and Labour said the plan was flawed.", "The Tories and Labour"),
    ("Mr Blair and Mr Brown said the economy was strong.", "Blair"),  # people speak as themselves
])
def test_two_parties_speaking_together_are_both_the_source(nlp, sentence, source):
    assert [a.source for a in _attr(nlp, sentence).attributions][:1] == [source]


def test_a_demand_names_the_voice_of_the_quote_after_it(nlp):
    # "he said" after a demand is the one who demanded, not the party that spoke before him
    ex = _attr(nlp, "The Greens called for an inquiry into the leak.",
               "In the Commons, Tory frontbencher Ian Vale MP demanded an immediate statement about the leak.",
               'He said: "I can only hope it was an accident."')
    assert [a.source for a in ex.attributions] == ["The Greens", "Tory frontbencher Ian Vale MP", "Tory frontbencher Ian Vale MP"]


def test_a_that_clause_told_to_someone_is_what_was_said(nlp):
    # the parser hangs "that she wants ..." on the fans, as if it said which fans
    ex = _attr(nlp, "Mayor Ann Kobel has warned rowdy football fans that she wants to ban them from the town centre.")
    assert [(a.source, a.cue) for a in ex.attributions] == [("Ann Kobel", "warned")]


def test_a_repeated_pledge_or_call_states_the_speakers_aim(nlp):
    ex = _attr(nlp, "Greens leader Rhona Tait spoke in Leeds. She repeated her pledge not to do deals with either party.",
               'On Sunday, Ms Tait repeated her call for a "pause" in the scheme.')
    assert [a.source for a in ex.attributions if a.sentence > 0] == ["Rhona Tait", "Rhona Tait"]


def test_a_leads_post_is_the_person_the_next_sentence_names(nlp):
    # a news lead names its subject by post, and the next sentence by name
    lead = "Wales's transport minister has warned drivers that she wants to close the bridge at night."
    ex = _extract(Article(title="Bridge warning", paragraphs=[lead, "Nia Okafor said repairs would take a year."]), nlp)
    assert (ex.attributions[0].source, ex.attributions[0].kind) == ("Nia Okafor", "person")
    assert [(m.sentence, m.text) for m in ex.mentions if m.actor_key == "nia okafor"][0] == (0, "Wales's transport minister")
    # ... not when the post is that of someone the lead names ("Nia Okafor's deputy")
    ex = _extract(Article(title="Bridge warning", paragraphs=[
        "Nia Okafor's deputy has warned drivers that he wants to close the bridge.", "Nia Okafor said repairs would take a year."]),
        nlp)
    assert ex.attributions[0].source != "Nia Okafor"
    # ... nor when the next sentence brings the person in late: someone else the story quotes
    ex = _extract(Article(title="Bridge warning", paragraphs=[
        lead, "The bridge, which carries 20,000 cars a day, was built in 1968, according to Nia Okafor."]), nlp)
    assert ex.attributions[0].source != "Nia Okafor"


def test_a_lead_post_written_as_an_acronym_is_the_person_named_next(nlp):
    # "MP" is tagged like a name, but "An MP" is a post
    ex = _extract(Article(title="MP robbed", paragraphs=[
        "An MP has had his wallet stolen after being mugged in a park in Lisbon.",
        "Tomas Varga, the MP for Kelby, was attacked on Saturday evening."]), nlp)
    assert [(m.sentence, m.text) for m in ex.mentions if m.actor_key == "tomas varga"][0] == (0, "An MP")


def test_bbc_stance_verbs(extracted):
    a = _one(extracted("133.txt"), "labelled casino-related regeneration schemes")
    assert (a.source, a.kind, a.cue) == ("Stephen Pound", "person", "labelled")
    a = _one(extracted("205.txt"), "has called for the release of the remaining inmates")
    assert (a.source, a.kind, a.cue) == ("Desmond Tutu", "person", "called for")
    a = _one(extracted("373.txt"), "has indicated he wants the rebate")
    assert (a.source, a.cue) == ("Jose Manuel Barroso", "indicated")


# ---- role nouns: "the minister" is the person the article gave that office ---------

def test_role_noun_resolves_to_the_titled_person(nlp):
    ex = _attr(nlp,
               "Health Secretary Mark Dunn visited the hospital with Jane Cole.",
               "Ms Cole runs the trust. The health secretary said the wards would stay open.")
    a = _one(ex, "The health secretary said")
    assert (a.source, a.kind) == ("Mark Dunn", "person")


def test_role_noun_never_takes_a_different_office(nlp):
    ex = _attr(nlp,
               "Shadow home secretary Ian Park spoke first.",
               "The home secretary said the law would change.")
    a = _one(ex, "The home secretary said")
    assert (a.source, a.kind) == ("The home secretary", "unnamed")


def test_role_noun_after_the_one_person_just_named(nlp):
    ex = _attr(nlp,
               "Rosa Lind has apologised to MPs.",
               "The minister said the error would not be repeated.",
               '"It was my mistake," she said.')
    assert [(a.source, a.kind) for a in ex.attributions] == [("Rosa Lind", "person")] * 2


def test_role_noun_in_a_lead_is_the_person_named_next(nlp):
    ex = _attr(nlp,
               "Bus fares should be frozen, the Transport and Roads Secretary has said.",
               "Helen Ward said the freeze would cost £20m.")
    a = _one(ex, "Bus fares should be frozen")
    assert (a.source, a.kind) == ("Helen Ward", "person")


def test_role_noun_with_two_people_just_named_stays_unnamed(nlp):
    ex = _attr(nlp, "Tom Reed met Sara Quinn on Monday.", "The minister said the meeting went well.")
    a = _one(ex, "The minister said")
    assert (a.source, a.kind) == ("The minister", "unnamed")


def test_bbc_role_nouns(extracted):
    ex = extracted("003.txt")
    # the lead's "the Trade and Industry Secretary" and the later "The minister" are Ms Hewitt,
    # and so is every sentence of the quote that follows
    for fragment in ("Plans to extend paid maternity leave", "The minister told delegates",
                     "Career sexism goes both ways"):
        assert _one(ex, fragment).source == "Patricia Hewitt"
    a = _one(extracted("205.txt"), "The South African archbishop said")
    assert a.source == "Desmond Tutu"
    a = _one(extracted("031.txt"), "Shadow home secretary David Davis welcomed")
    assert (a.source, a.cue) == ("David Davis", "welcomed")


# ---- names ----------------------------------------------------------------------------

def test_hyphenated_name_with_a_title_keeps_the_whole_name(nlp):
    ex = _attr(nlp, "Taxes must rise, Bishop Alan Smith-Jones has said.")
    assert [(a.source, a.kind) for a in ex.attributions] == [("Alan Smith-Jones", "person")]


def test_bbc_hyphenated_cardinal(extracted):
    a = _one(extracted("060.txt"), "should have been used to reduce poverty")
    assert (a.source, a.kind) == ("Cormac Murphy-O'Connor", "person")


def test_scare_quote_after_an_event_clause_is_no_attribution(extracted):
    # "after the Home Office announced "prematurely" ..." says when, not who says it
    assert _of(extracted("031.txt"), "David Blunkett has apologised to MPs") == []


# ---- quote tracking (no spaCy) -------------------------------------------------------

def test_quote_runs_follow_news_conventions():
    text = ('He said: "One. "Two." Then "a word" here.\n\n'
            '“Curly opens and stays open.\n\n'
            '“And goes on,” he said.')
    paras, pos = [], 0
    for p in text.split("\n\n"):
        paras.append((pos, pos + len(p)))
        pos += len(p) + 2
    runs = find_quote_runs(text, paras)
    quoted = [(text[r.start:r.end], r.chain) for r in runs]
    assert quoted == [('"One.', 0), ('"Two."', 0), ('"a word"', 1),
                      ("“Curly opens and stays open.", 2), ("“And goes on,”", 2)]


# ---- invented articles: clause choice and pronouns across speakers -------------------------

def test_named_speaker_with_a_statement_beats_an_intent_in_a_but_clause(nlp):
    art = Article(title="t", paragraphs=[
        "Governor Anna Reyes promised new bridges on Monday.",
        "She vowed to keep trying, but the paper's local editor Tom Hale said the governor "
        "did not sound very confident."])
    recs = _of(_extract(art, nlp), "She vowed to keep trying")
    assert recs and (recs[0].source, recs[0].cue) == ("Tom Hale", "said")


def test_two_statements_joined_by_but_keep_the_first_speaker_first(nlp):
    art = Article(title="t", paragraphs=[
        "Mayor Carl Ortiz said the plan was sound, but councillor Beth Moss said it would fail."])
    recs = _of(_extract(art, nlp), "Mayor Carl Ortiz said")
    assert [r.source for r in recs][:2] == ["Carl Ortiz", "Beth Moss"]


def test_she_after_another_source_goes_back_to_the_woman_not_the_unknown(nlp):
    art = Article(title="t", paragraphs=[
        "“He was my whole world,” his wife, Mara, said in a statement.",
        "She added: “Nobody could have saved him.”",
        "“We are looking into how the pills were sold,” said inspector Jordan Lee of the county police.",
        "The Safety Agency warned people to avoid such pills.",
        "“He never knew how dangerous they were,” she said. “It is a deadly toxin.”"])
    ex = _extract(art, nlp)
    assert _one(ex, "It is a deadly toxin").source == "Mara"
    assert _one(ex, "how the pills were sold").source == "Jordan Lee"


def test_she_right_after_a_speaker_is_that_speaker(nlp):
    art = Article(title="t", paragraphs=[
        "“He was my whole world,” his wife, Mara, said.",
        "“We are looking into how the pills were sold,” said inspector Jordan Lee.",
        "She added that the inquiry would take months."])
    assert _one(_extract(art, nlp), "She added that the inquiry").source == "Jordan Lee"


# ---- speakers the parse hides: participles, fronted phrases, relative clauses ---------

@pytest.mark.parametrize("sentence, source, cue", [
    ('Opposition leader Sam Ortiz also sent his best wishes, adding that the agreement was "long overdue".',
     "Sam Ortiz", "adding"),
    ("Ms Ruth Akers voted for the budget, insisting that libraries would not close.",
     "Ruth Akers", "insisting"),
    ('Mr Cole wrote to the council saying: "The road is unsafe."', "Cole", "saying"),
    ("Mr Hale backed the plan while insisting that fares must not rise.", "Hale", "insisting"),
    ('But Dame Ann Rook, the former head of the agency, took a harsher view, accusing the board of '
     '"wasting public money".', "Ann Rook", "accusing"),
])
def test_reporting_participle_speaks_for_the_clause_subject(nlp, sentence, source, cue):
    ex = _attr(nlp, sentence)
    assert [(a.source, a.cue) for a in ex.attributions][:1] == [(source, cue)]


@pytest.mark.parametrize("sentence", [
    "Sales fell sharply in March, suggesting that demand had peaked.",          # a thing suggests
    'The new poster shows the mayor asleep at his desk, saying: "Wake up, the city needs you."',
    "Mr Pike stood aside, agreeing to give his rival a clear run at the leadership.",  # an act
])
def test_a_participle_needs_a_speaker_and_something_said(nlp, sentence):
    assert _attr(nlp, sentence).attributions == []


def test_name_after_a_fronted_phrase_is_the_subject_not_an_apposition(nlp):
    ex = _attr(nlp,
               'Health Secretary Ian Bell said: "We will not cut the budget."',
               'In an article for the Sunday newspaper, Ms Abara, who chairs the housing committee, '
               'writes: "Rents have doubled in five years."')
    a = _one(ex, "Rents have doubled")
    assert (a.source, a.kind, a.cue, a.direct_quote) == ("Abara", "person", "writes", True)
    abara = next(x for x in ex.actors if x.key == "abara")
    assert not any("newspaper" in d for d in abara.descriptions)


def test_who_said_with_a_quote_gives_the_quote_to_who(nlp):
    ex = _attr(nlp,
               'Mayor Dan Frost said: "The bridge stays shut."',
               'The plan was praised by Housing Minister Ali Reza who said: "This will get families '
               'into homes. It is a start."')
    assert _one(ex, "was praised by").source == "Ali Reza"
    a = _one(ex, "It is a start")
    assert (a.source, a.continuation) == ("Ali Reza", True)


# ---- a role phrase with the speaker's name beside it; peers; stance of mind ---------------

@pytest.mark.parametrize("sentence, source", [
    ("Director of tropical medicine at the Royal Institute of Marine Biology, Professor Alan "
     "Greaves-Holt, said the coral was dying.", "Alan Greaves-Holt"),
    ('Convener of the Rural Affairs Committee Jane Pitcairn MSP, said: "The ferries must run."',
     "Jane Pitcairn"),
    ("The new president of the Law Society, Anna Kerr QC warned there was a danger that "
     "defendants would go unrepresented.", "Anna Kerr"),
])
def test_a_role_phrase_gives_way_to_the_name_in_apposition(nlp, sentence, source):
    a = _attr(nlp, sentence).attributions[0]
    assert (a.source, a.kind, a.source_actor_key) == (source, "person", source.lower().replace("-", " "))


def test_apposed_names_inside_a_plural_or_a_conjunct_are_not_the_speaker(nlp):
    ex = _attr(nlp,
               "Critics of the plan, including the Bishop of Ely, the Rt Rev Tom Abel, said it went too far.",
               "The premier and his election chief, Sam Ortiz, have insisted the vote will be about jobs.")
    assert [a.source for a in ex.attributions] == ["Critics of the plan", "The premier"]


def test_the_seat_an_mp_holds_is_no_name(nlp):
    ex = _attr(nlp, '"I felt it in my bones," said the Ealing North MP.',
               'A senior Labour MP has criticised the "lazy" approach of the department.')
    assert [(a.source, a.kind) for a in ex.attributions] == [
        ("the Ealing North MP", "unnamed"), ("A senior Labour MP", "unnamed")]


def test_a_peer_named_by_title_is_a_person_and_an_actor(nlp):
    ex = _attr(nlp, 'Lord Harlow of Dunmore, in his judgment, said: "Detention without trial is '
                    'a stain on any country."',
               "But fertility expert Lord Pendry said he thought the review was sensible.")
    assert [(a.source, a.source_actor_key) for a in ex.attributions] == [
        ("Lord Harlow", "lord harlow"), ("Lord Pendry", "lord pendry")]


def test_a_role_named_with_its_holder_earlier_is_that_holder(nlp):
    ex = _attr(nlp,
               "Mr Reed said the courts were full.",
               "The new president of the Law Society, Anna Kerr QC warned there was a danger that "
               "defendants would go unrepresented.",
               "Mr Reed disagreed. Later the president of the Law Society said the fees were too low.")
    assert _one(ex, "the fees were too low").source == "Anna Kerr"


def test_he_after_a_quote_is_the_person_just_named_not_an_earlier_speaker(nlp):
    ex = _attr(nlp,
               "Older voters will decide the election, says Help the Aged.",
               "The survey was welcomed by shadow health secretary Tom Reed.",
               '"Pensioners have never fitted into the government\'s plans," he said.')
    assert _one(ex, "Pensioners have never").source == "Tom Reed"


def test_a_quote_after_the_sentence_that_introduces_its_speaker_is_theirs(nlp):
    ex = _attr(nlp,
               '"We exported a crisis and the world sent us money," said Paul Gale, a fellow at the '
               'Harbour Institute.',
               "Ann Cole, a former governor of the bank, once summed up the danger with a metaphor. "
               '"It is not the wolf at the door, but termites in the woodwork."')
    assert _one(ex, "termites in the woodwork").source == "Ann Cole"


@pytest.mark.parametrize("sentence, source", [
    ("But Green MSP Mark Dunlop fears people not on the register may miss out.", "Mark Dunlop"),
    ("Ms Lee hopes that the deal will hold.", "Lee"),
    ("Union leaders fear that jobs will go.", "Union leaders"),
])
def test_fears_and_hopes_with_a_clause_voice_the_speaker(nlp, sentence, source):
    assert [a.source for a in _attr(nlp, sentence).attributions] == [source]


def test_seed_officials_fearing_a_threat_voice_that_fear(extracted):
    a = _one(extracted("seed"), "Israeli officials fear a Turkish-backed")
    assert (a.source, a.kind, a.cue) == ("Israeli officials", "unnamed", "fear")


@pytest.mark.parametrize("sentence", [
    "Investors fear a crash.",                  # no clause: an object
    "The party hopes to win the seat.",         # an intent
    "The move fears that it will go.",          # no speaker
])
def test_fears_and_hopes_need_a_clause_and_a_speaker(nlp, sentence):
    assert _attr(nlp, sentence).attributions == []


# ---- told an outlet; shadow offices -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Mr Ortiz told the Today programme Mr Hale had lied.",
    "Mr Ortiz told the BBC's Newsnight programme that the plan was dead.",
])
def test_told_an_outlet_then_a_clause_is_a_statement(nlp, sentence):
    assert [(a.source, a.cue) for a in _attr(nlp, sentence).attributions] == [("Ortiz", "told")]


def test_told_an_outlet_without_a_clause_is_no_statement(nlp):
    assert _attr(nlp, "Mr Ortiz told the Today programme about his plans.").attributions == []


def test_the_shadow_office_is_not_its_holder(nlp):
    ex = _attr(nlp, "Tom Hale, the chancellor, set out his budget on Monday.",
               "The chancellor said taxes would not rise.",
               "But Sam Ortiz attacked the plans. The shadow chancellor said the figures did not add up.")
    assert _one(ex, "The chancellor said taxes").source == "Tom Hale"
    assert _one(ex, "The shadow chancellor said").source != "Tom Hale"


def test_a_leads_post_is_the_person_the_next_sentence_is_about_though_named_late_in_it(nlp):
    ex = _attr(nlp, "The lack of public outrage is a powerful indictment of campaign groups, the Harbour League's chief has said.",
               "In a lecture at the London School of Economics, Joan Kettle said rights had been flouted.")
    assert _one(ex, "powerful indictment").source == "Joan Kettle"


@pytest.mark.parametrize("sentence, speaker", [
    ("Shadow spokesman for sport Hugh Renwick said the plans were a gimmick.", "Hugh Renwick"),
    ("A spokesman for Hugh Renwick said he was ill.", "A spokesman for Hugh Renwick"),  # speaks for him
])
def test_a_name_after_a_posts_remit_is_the_speaker(nlp, sentence, speaker):
    assert [a.source for a in _attr(nlp, sentence).attributions] == [speaker]


def test_the_party_is_the_party_the_story_names_most(nlp):
    ex = _attr(nlp, "The Greens have named the 14 seats where students could help the Greens beat Labour.",
               "Mr Hale was not impressed.",
               "The party says the votes of students can win it 27 new seats.")
    said = _one(ex, "can win it 27 new seats")
    assert said.source == "The party" and said.source_actor_key == "greens"


def test_letters_after_a_name_and_a_comma_are_not_the_speaker(nlp):
    ex = _attr(nlp, "Deputy High Court Judge Richard Mawrey, QC told the hearing the case could have serious consequences.")
    assert _one(ex, "serious consequences").source == "Richard Mawrey"


def test_a_body_named_before_its_officer_is_not_part_of_their_name(nlp):
    ex = _attr(nlp, "Council staff face a pensions shake-up.",
               "But general secretary of the public services union Unison Dave Prentis criticised the plans.",
               '"You do not get good services by hitting people as they approach retirement," he said.')
    assert _one(ex, "criticised the plans").source == "Dave Prentis"
    assert _one(ex, "approach retirement").source == "Dave Prentis"


@pytest.mark.parametrize("paragraphs", [
    ("Labour's campaign began on Monday.",
     "The prime minister and his campaign boss Alan Pardew insisted the election would be fought on the economy.",
     "And Chancellor Tom Hale has stepped into the front line of the campaign."),
    # a lead's post, then the story's first name: another office is not the post's holder
    ("The prime minister insisted the election would be fought on the economy.",
     "Chancellor Tom Hale has stepped into the front line of the campaign."),
])
def test_a_kin_office_is_not_the_prime_minister(nlp, paragraphs):
    # "minister" is kin to "chancellor", but the prime minister is not the chancellor
    ex = _attr(nlp, *paragraphs)
    assert _one(ex, "would be fought").source != "Tom Hale"


@pytest.mark.parametrize("sentence, speaker", [
    # a body and a post before the name, parsed as two or three subjects of one verb
    ('Smiths Union general secretary Jo Pardew added: "These are special days."', "Jo Pardew"),
    ("Harbour Holdings co-founder and CEO Alma Ruiz said in a memo that prices would rise.", "Alma Ruiz"),
    # a comma makes the second an affiliation of the first
    ('Colm Asher, Brixby Hotel Association said: "We have tried very hard."', "Colm Asher"),
])
def test_the_speaker_is_the_name_a_body_and_post_only_qualify(nlp, sentence, speaker):
    assert [a.source for a in _attr(nlp, "The pay talks ended on Monday.", sentence).attributions] == [speaker]


def test_a_state_of_mind_said_with_be_voices_a_view(nlp):
    ex = _attr(nlp, "Painter Gwen Morley is worried that the arts council may be taken over by ministers.",
               "Ministers are confident the bill will pass.",
               "The union was concerned about job losses.")
    assert _one(ex, "is worried that").source == "Gwen Morley"
    assert _one(ex, "are confident").source == "Ministers"
    assert _of(ex, "was concerned about") == []    # a worry about a thing, no view voiced


def test_a_state_of_mind_the_parser_reads_as_a_passive_still_voices_a_view(nlp):
    ex = _attr(nlp, "The Ramblers' Council is concerned the new fences would close ancient paths.",
               "The warden was concerned about the cost.")
    assert _one(ex, "is concerned the new fences").source == "The Ramblers' Council"
    assert _of(ex, "was concerned about") == []


def test_a_quote_opening_inside_a_sentence_is_its_named_subjects(nlp):
    ex = _attr(nlp, 'Junior minister Tom Hale said: "We expect to repeat our practice of doing so."',
               "The government has looked at ways of boosting turnout.",
               "Liberal Democrat peer Lord Hawes called last week for observers at the election - saying "
               'otherwise there could be months of challenges "on a scale not seen since the 19th Century".')
    assert _one(ex, "Lord Hawes called").source == "Lord Hawes"


def test_a_name_with_a_post_in_apposition_is_a_person_a_pronoun_can_follow(nlp):
    ex = _attr(nlp, 'Tom Hale, from the group Dads Together, said: "It is very disappointing."',
               "Wren Oduya, shadow secretary for the family, told the Today programme the plans were weak.",
               'She said a new government would bring "radical reform" of the courts.')
    assert _one(ex, "She said a new government").source == "Wren Oduya"


def test_wants_as_the_main_verb_voices_an_aim(nlp):
    ex = _attr(nlp, "The Greens want the council tax replaced with a local income tax.",
               "Selling a firm is hard when the chief executive wanted to stay.")
    assert _one(ex, "want the council tax").source == "The Greens"
    assert _of(ex, "chief executive wanted") == []


def test_an_aim_between_the_lines_of_a_quote_does_not_take_it_over(nlp):
    ex = _attr(nlp, 'Pensions minister Tom Hale said: "We are sweeping them away for people under 65.',
               "The government wanted to tackle this by changing the culture.",
               '"And the review in 2011 will look at it again."')
    assert _one(ex, "review in 2011").source == "Tom Hale"


def test_a_subject_the_parse_hangs_from_the_sentence_before_is_not_the_speaker(nlp):
    ex = _attr(nlp, 'Mr Hale told MPs: "The tide is going out on the minister\'s credibility. He is spending, '
                    'borrowing and taxing so much because he is not getting value for taxpayers\' money."',
               "Vera Lamb, for the Liberal Democrats, accused Mr Brown of ducking tough choices.")
    assert _one(ex, "ducking tough choices").source == "Vera Lamb"


def test_the_person_named_after_said_speaks_whatever_the_parse_made_of_their_title(nlp):
    ex = _attr(nlp, '"This is typical of their hypocrisy," said Tory shadow local government secretary Carla Denholm.')
    assert _one(ex, "typical of their hypocrisy").source == "Carla Denholm"


def test_unquoted_first_person_sentences_are_the_account_the_article_hands_over(nlp):
    ex = _attr(nlp, "The court upheld the ruling on Monday.",
               "But novelist Harriet Vane tells BBC News of her personal response to the ruling.",
               "My first thought was for the families. I have never seen such a verdict.",
               "The court sat for nine days.")
    assert _one(ex, "My first thought").source == "Harriet Vane"
    assert _one(ex, "I have never seen").source == "Harriet Vane"
    assert _of(ex, "The court sat") == [] and _of(ex, "The court upheld") == []


def test_unquoted_first_person_sentences_are_the_bylines_author_in_an_essay(nlp):
    essay = ["Advertisers follow readers across the web.", "I tested three browsers last week.",
             "My results surprised me.", "I will repeat the test next month."]
    ex = _extract(Article(title="Test", paragraphs=essay, author="Daniel Kahn Gillmor"), nlp)
    assert _one(ex, "I tested").source == "Daniel Kahn Gillmor"
    assert _of(ex, "Advertisers follow") == []
    desk = _extract(Article(title="Test", paragraphs=essay, author="Our Foreign Staff"), nlp)
    assert _of(desk, "I tested") == []
    # a report with one unquoted "I" line is quoting someone, not speaking for its reporter
    report = ["The chief executive spoke at the trial on Tuesday.", "These deals take time.",
              "I have been building relationships for years.", "The trial continues."]
    ex = _extract(Article(title="Test", paragraphs=report, author="Steven Musil"), nlp)
    assert _of(ex, "I have been building") == []


def test_the_voice_handed_to_a_person_ends_where_readers_comment_on_them(nlp):
    ex = _attr(nlp, "But novelist Harriet Vane tells BBC News of her personal response to the ruling.",
               "My first thought was for the families.",
               "I agree with Harriet Vane. I think she is right.")
    assert _one(ex, "My first thought").source == "Harriet Vane"
    assert _of(ex, "I agree with") == [] and _of(ex, "I think she is right") == []


def test_a_name_set_off_by_commas_before_a_subjectless_said_speaks(nlp):
    ex = _attr(nlp, "The chancellor spoke in Brighton on Monday.",
               'Responding to the speech, shadow chief secretary to the Treasury, Peter Dunmore, said: '
               '"This was more talk from Gordon Brown."')
    assert _one(ex, "Responding to the speech").source == "Peter Dunmore"


def test_a_speaker_the_tagger_missed_becomes_an_actor_mentioned_where_named():
    from bot.extract import _name_speakers
    from bot.extract.records import ActorRec, MentionRec, SentenceRec
    sentences = [SentenceRec(1, 1, 0, 60, "Theresa May, shadow secretary for the family, told the BBC."),
                 SentenceRec(2, 1, 61, 100, '"We want courts as the last resort," she added.')]
    actors = [ActorRec("bbc", "BBC", "organization")]
    mentions: list[MentionRec] = []
    said = [AttributionRec(0, "Theresa May", "person", "told"), AttributionRec(1, "Theresa May", "person", "added"),
            AttributionRec(1, "Labour", "person", "said"), AttributionRec(1, "BBC", "organization", "said"),
            AttributionRec(1, "The Lib Dems", "person", "said")]
    _name_speakers(said, actors, mentions, sentences)
    may = [a for a in actors if a.name == "Theresa May"]
    assert len(may) == 1 and may[0].kind == "person"
    assert [a.source_actor_key for a in said] == [may[0].key, may[0].key, None, None, None]
    assert [(m.sentence, m.start, m.end) for m in mentions] == [(0, 0, 11)]
    assert [a.name for a in actors] == ["BBC", "Theresa May"]  # not one word ("Labour"), not "The ..."


def test_a_name_said_to_hold_a_post_is_who_he_means_next(nlp):
    # NER sees no person in "Piers Freelove"; "is senior benefit officer" says he is one
    article = Article("Thousands strike over job cuts", [
        "Gordon Brown issued a defiant statement about the strike.",
        '"Our decisions mean more police," he said.',
        "Piers Freelove is senior benefit officer on the picket line at Companies House, in Cardiff.",
        'He said: "The majority of people have decided not to come in because of the threat to their jobs."'])
    ex = _extract(article, nlp)
    assert _one(ex, "The majority of people").source == "Piers Freelove"
    assert _one(ex, "Our decisions").source == "Gordon Brown"


def test_a_quote_nobody_is_said_to_speak_is_the_profiled_persons(nlp):
    article = Article("The pollster's new cause", [
        "Ambrose Thornley has advised presidents for thirty years.",
        "On this subject, Thornley appears almost evangelical.",
        "Many might think it is simply another chance to practise his art.",
        '"I think the greatest threat to democracy in the world is not terrorism but bureaucracy."'])
    ex = _extract(article, nlp)
    assert _one(ex, "the greatest threat to democracy").source == "Ambrose Thornley"


def test_when_a_source_spoke_is_no_part_of_its_name(nlp):
    article = Article("Adviser denies telling mayor he would lose", [
        "Much of the credit for the party's recovery must go to Jem Ross, the strategist who told the mayor he could not win.",
        "The Clarion on Monday said Jem Ross told the mayor he could not win a second term.",
        "The harbour board on Sunday said the pier would stay shut."])
    ex = _extract(article, nlp)
    assert _one(ex, "The Clarion").source == "The Clarion"
    assert _one(ex, "the pier would stay shut").source == "The harbour board"


def test_a_quote_someone_else_is_said_to_speak_does_not_go_to_the_speaker_before(nlp):
    article = Article("Mayor defends bus posters", [
        'Mayor Edna Crisp said: "These posters tell the truth about our buses."',
        'The posters were called a "costly stunt" by the Civic Party who said the mayor\'s "first move in the campaign has badly misfired".',
        'She said: "I make no apologies."'])
    ex = _extract(article, nlp)
    assert _one(ex, "These posters tell the truth").source == "Edna Crisp"
    # the Civic Party speaks here, through "who said"; never the mayor
    assert all(r.source != "Edna Crisp" for r in _of(ex, "costly stunt"))
    assert _one(ex, "I make no apologies").source == "Edna Crisp"  # "She said" goes on with her


def test_what_someone_is_expected_to_say_is_theirs(nlp):
    article = Article("Mayor to unveil bus plan", [
        "Mayor Edna Crisp is expected to tell councillors on Monday that fares will be frozen.",
        "On Thursday Councillor Abel Hart is due to announce that the depot will close.",
        "But the mayor will argue against a congestion charge, saying it is unfair."])
    ex = _extract(article, nlp)
    assert _one(ex, "fares will be frozen").source == "Edna Crisp"
    assert _one(ex, "the depot will close").source == "Abel Hart"
    assert _one(ex, "against a congestion charge").source == "Edna Crisp"  # "the mayor" is her


def test_a_stance_with_an_object_is_its_subjects_and_a_name_after_a_post_speaks(nlp):
    article = Article("Council tax row", [
        "Ivo Marsh is the MP for Wendham.",
        "He wants a bigger role for the party's women.",
        "The Greens have promised a cut in bills for pensioners.",
        "But chairman of the Pier Trust, Nadia Orme, said the pier was unsafe."])
    ex = _extract(article, nlp)
    assert _one(ex, "a bigger role").source == "Ivo Marsh"
    assert _one(ex, "promised a cut").source == "The Greens"
    assert _one(ex, "the pier was unsafe").source == "Nadia Orme"  # the name, not her post


def test_a_noun_of_speech_with_a_that_clause_is_said_by_who_gives_it(nlp):
    article = Article("Poll date clues", [
        "Former minister Ada Quill has given fresh clues that the poll will be called on Monday.",
        "Mr Brown offered assurances that the fund would be protected.",
        "The vote gave a clear signal that the party wants change.",
        "She made a cake that everyone liked."])
    ex = _extract(article, nlp)
    assert _one(ex, "fresh clues").source == "Ada Quill"
    assert _one(ex, "offered assurances").source == "Brown"
    assert not _of(ex, "a clear signal")  # a vote says nothing
    assert not _of(ex, "a cake")


def test_a_stance_noun_with_what_it_is_for_is_held_by_who_voices_it(nlp):
    article = Article("Airport plans", [
        "Airport operator Kelby Ports has reiterated its support for the government's expansion plans.",
        "The union voiced its opposition to the runway on Monday.",
        "The firm repeated its support."])
    ex = _extract(article, nlp)
    assert _one(ex, "reiterated its support").source == "Airport operator Kelby Ports"
    assert _one(ex, "voiced its opposition").source == "The union"
    assert not _of(ex, "repeated its support.")  # support for nothing said: no stance


def test_a_name_after_a_fronted_title_speaks_even_when_parsed_as_joined_to_it(nlp):
    ex = _attr(nlp,
               "In her new book, Broken Harbour, Edna Crisp, a lawyer and former judge, suggests the pier report "
               "was written by the council.",
               "In his memoir, Tide Lines, and a radio talk, Abel Hart argues the port should close.")
    assert _one(ex, "the pier report").source == "Edna Crisp"  # not the book's title


def test_quoted_in_a_paper_saying_is_the_one_quoted(nlp):
    ex = _attr(nlp,
               'Party spokesman Abel Hart said the candidate had been suspended. He told reporters: "It is a distraction."',
               'Mr Quill was quoted in the Clarion newspaper saying: "I feel the party has over-reacted."')
    assert _one(ex, "over-reacted").source == "Quill"


def test_an_unnamed_source_right_before_the_verb_speaks_though_parsed_far_back(nlp):
    ex = _attr(nlp,
               "The rebels are ministers Abel Hart and Edna Crisp, who fled to the embassy after their homes were "
               "attacked by troops in the night's coup, the source, who said he had spoken to people inside the "
               "embassy, told Reuters.",
               "Mr Quill, speaking to the BBC's Ada Stone, the presenter, said he was sorry.",
               'But Mr Pym denied Mr Lugg, his transport spokesman, said the plans "stink".')
    assert _one(ex, "fled to the embassy").source.lower().endswith("source")
    assert _one(ex, "he was sorry").source == "Quill"
    assert "spokesman" not in _one(ex, "the plans").source


def test_described_as_is_said_though_as_hangs_lower(nlp):
    ex = _attr(nlp, 'Mr Quill himself described not being able to walk as simply "a nuisance".')
    assert _one(ex, "a nuisance").source == "Quill"


def test_the_points_a_speaker_lists_after_a_colon_are_theirs(nlp):
    ex = _attr(nlp, "Mayor Ada Finch gave an interview to the Elmsworth Gazette on Monday.",
               "In a wide-ranging interview, Ms Finch also said:",
               "The harbour must stay open to keep its fishing fleet",
               "The ring road should be finished by 2027",
               "Read the full transcript of her interview",
               "Ms Finch visits Leeds later on Friday.")
    assert _one(ex, "The harbour must stay open").source == "Ada Finch"
    assert _one(ex, "The ring road should be finished").source == "Ada Finch"
    assert _of(ex, "Read the full transcript") == []      # the page's link, not her point
    assert _of(ex, "visits Leeds") == []                  # prose about her, not her words


def test_who_described_something_as_something_in_the_passive_says_it(nlp):
    # the parser hangs "by <agent>" on the "as" phrase, not on the verb
    ex = _attr(nlp, 'Reports that Ms Vane will quit were described as "idle speculation" by Downing Street.',
               "The toll plan was dismissed as a gimmick by the Conservatives.",
               "The plans were described as ambitious in the report.")
    assert _one(ex, "idle speculation").source == "Downing Street"
    assert _one(ex, "a gimmick").source == "the Conservatives"
    assert not _of(ex, "ambitious in the report")


def test_a_bodys_kind_word_is_the_body_the_story_named_that_way(nlp):
    ex = _attr(nlp, "Road tolls should not be brought in yet, the transport watchdog has said.",
               "Fears of gridlock have sparked calls for a charge.",
               "In a new report, the Roads Commission says a toll is worth debating.",
               "The commission says tolls would hit rural drivers hardest.",
               "Every council should publish its traffic figures, says the watchdog.",
               "The company said the tolls would cost it £2m.")
    # the lead's "watchdog" is the body the story then gives a voice, and so is "the watchdog" later
    assert _one(ex, "should not be brought in yet").source_actor_key == "roads commission"
    assert _one(ex, "publish its traffic figures").source_actor_key == "roads commission"
    # "the commission": the one body named "... Commission"
    assert _one(ex, "hit rural drivers").source_actor_key == "roads commission"
    # "the company" is whichever firm the story is about, not any name ending in a kind word
    assert _one(ex, "cost it £2m").source_actor_key is None


def test_a_claim_in_a_relative_clause_is_its_antecedents_when_no_other_voice_speaks(nlp):
    ex = _attr(nlp, "The rally is run by the Tenants Union of Elmsworth, which believes rents could double by 2030.",
               "He met Tom Reed, who said the talks had failed.",
               "The posters, which critics claimed were offensive, were withdrawn, Ms Vale said.")
    assert _one(ex, "rents could double").source_actor_key == "tenants union of elmsworth"
    assert _one(ex, "the talks had failed").source == "Tom Reed"
    assert _one(ex, "were withdrawn").source == "Vale"  # the outer voice, not the critics of the clause


def test_a_reporting_clause_set_off_by_commas_reports_the_clause_around_it(nlp):
    ex = _attr(nlp, "Tony Reed said the party could not win.",
               "Nobody, he claimed, could picture its leader walking into office.",
               "This is the man who, some pundits believe, won the last election on his own.")
    assert _one(ex, "could picture its leader").source == "Tony Reed"
    assert not _of(ex, "some pundits believe")  # a relative clause describes him: no one's words


def test_what_someone_said_before_an_event_is_theirs_when_no_one_else_speaks(nlp):
    ex = _attr(nlp, "The poll comes after Foreign Secretary Ada Vane predicted trust would be the key choice.",
               "Ms Vane resigned after the inquiry.")
    assert _one(ex, "trust would be the key choice").source == "Ada Vane"
    assert not _of(ex, "resigned after the inquiry")


def test_a_state_of_mind_whose_clause_hangs_on_the_verb_be_still_reports_it(nlp):
    ex = _attr(nlp, "The dockers' union is adamant that the records must be kept private.",
               "The union is confident it will win the ballot.")
    assert _one(ex, "must be kept private").source == "The dockers' union"
    assert _one(ex, "win the ballot").source == "The union"


def test_he_is_never_a_man_his_own_clause_names(nlp):
    ex = _attr(nlp, "Prime Minister Cadfael Brynmor faces questions this week about his relationship with Osric Vell.",
               "Meanwhile, the finance minister is leaving on a tour of the islands.",
               "But before doing so, he insisted he still trusted Mr Brynmor, despite claims in a new book.")
    # whoever "he" is, he is not the Brynmor he says he trusts
    assert all(a.source_actor_key != "cadfael brynmor" for a in _of(ex, "still trusted Mr Brynmor"))


def test_he_after_a_named_subject_is_not_a_man_named_in_a_clause_about_a_thing(nlp):
    ex = _attr(nlp, 'Mr Quarry said: "We want judges to have a free hand."',
               "Shadow justice secretary Tobias Wren echoed criticisms of the way Mr Ashdown introduced the rules. "
               '"Such action sends out the wrong signals to criminals," he said.')
    # "the way Mr Ashdown introduced the rules" describes the rules: "he" is Wren, not Quarry
    assert _one(ex, "sends out the wrong signals").source == "Tobias Wren"


def test_people_who_say_a_gerund_would_do_something_say_that(nlp):
    ex = _attr(nlp, "Campaign groups, senior judges and many MPs say allowing the evidence would end "
                    "detention without charge.")
    assert _one(ex, "allowing the evidence").source == "Campaign groups"


def test_a_paper_quoting_someone_telling_others_reports_what_they_said(nlp):
    ex = _attr(nlp, "The Northern Echo quoted Mr Hale telling party members in Hexham that he wanted lower fares.")
    assert _one(ex, "wanted lower fares").source == "The Northern Echo"


def test_he_after_a_new_unnamed_spokesman_is_the_spokesman(nlp):
    ex = _attr(nlp, 'Mr Quarry said: "We want judges to have a free hand."',
               "But a spokesman for the Justice Office defended the proposals. "
               'He said: "The rules send a clear signal to the courts."')
    assert _one(ex, "clear signal to the courts").source == "a spokesman for the Justice Office"


def test_the_attorney_general_is_not_whoever_the_article_calls_solicitor_general(nlp):
    ex = _attr(nlp, "The attorney general has denied his statement to Parliament was drafted by officials.",
               "Lord Tarrant said Lord Vane played no part in drafting the answer. "
               "He said the answer had been prepared with Solicitor General Hettie Lamb.")
    assert all(a.source != "Hettie Lamb" for a in _of(ex, "has denied his statement"))


def test_a_quote_left_open_ends_where_a_later_sentence_names_its_own_speaker(nlp):
    # the closing mark is missing; a mark re-opened mid-sentence ("after "great change"") starts a new quote
    ex = _attr(nlp, 'Ms Hollis defended her record, saying delays were "only a tenth of the problem. '
                    'Dr Penrose, who was a GP in Tenby, said staff wanted calm after "great change and reform".')
    assert _one(ex, "staff wanted calm").source == "Penrose"
    assert _one(ex, "defended her record").source == "Hollis"


def test_a_peer_the_tagger_took_for_a_body_is_a_person_with_a_description(nlp):
    ex = _attr(nlp, "Former civil service chief Lord Marwood has criticised the way the government operates.",
               'Lord Marwood said the government had too much freedom. The former cabinet secretary said in an '
               'interview: "I would be critical of the present government."')
    # past posts add up: "the former cabinet secretary" is the man just called a former civil service chief
    assert _one(ex, "I would be critical").source == "Lord Marwood"
    marwood = [a for a in ex.actors if a.name == "Lord Marwood"]
    assert marwood and marwood[0].kind == "person" and "Former civil service chief" in marwood[0].descriptions


def test_a_thing_listed_before_a_post_is_not_part_of_the_description(nlp):
    ex = _attr(nlp, "Tory co-chairman Liam Fox opened the forum with an attack on Labour's record and party leader "
                    "Michael Howard is due to speak later.")
    howard = [a for a in ex.actors if a.name == "Michael Howard"]
    # "Labour's record" is what Fox attacked: Howard is no Labour man
    assert howard and howard[0].descriptions == ["party leader"]


def test_a_body_named_with_and_speaks_by_its_whole_name(nlp):
    ex = _attr(nlp, 'A Department for Education and Skills source said: "Every day in school counts."',
               "In a statement, the Department of Trade and Industry said the new policy was sound.")
    assert _one(ex, "Every day in school").source == "A Department for Education and Skills source"
    assert _one(ex, "new policy was sound").source == "the Department of Trade and Industry"


def test_words_a_poster_carries_are_no_ones_speech(nlp):
    ex = _attr(nlp, 'Mr Quarry said: "I want to talk about prosperity for all, not just for a few of us."',
               "The Tories are trying to capitalise on the feud. On Wednesday they unveiled a poster under the "
               'words "How can they fight crime when they are fighting each other?"')
    assert _of(ex, "unveiled a poster") == []


def test_a_verb_with_its_own_object_after_a_comma_is_a_deed_not_a_reporting_clause(nlp):
    ex = _attr(nlp, "Mayor Tilda Ransome did not raise fares that year, but despite protests in 2019, she added 4p per ticket.",
               "The fares will rise again, she added.",
               "The depot will close, Ms Orla Grint told the city council.")
    assert _of(ex, "she added 4p per ticket") == []
    assert _one(ex, "The fares will rise again").source == "Tilda Ransome"
    assert _one(ex, "The depot will close").source == "Orla Grint"


def test_court_has_ruled_that_is_the_courts_statement(nlp):
    ex = _attr(nlp, "The Supreme Court has ruled that the minister acted unlawfully. "
                    "Ministers had ruled out any change to the law.")
    a = _one(ex, "has ruled that")
    assert (a.source, a.kind, a.cue) == ("The Supreme Court", "organization", "ruled")
    assert _of(ex, "ruled out any change") == []


def test_quote_after_a_subject_named_in_apposition_is_theirs(nlp):
    ex = _attr(nlp, 'Mr Reed said the town had changed. His neighbour, Ruth Alder, head of the local tenants '
                    'group, lays the blame on one decision above all. "You cannot ignore the effect of the '
                    'closure on us. We lost friends who had run the club for years."')
    assert _one(ex, "You cannot ignore").source == "Ruth Alder"
    assert _one(ex, "We lost friends").source == "Ruth Alder"


def test_reported_speech_between_two_sentences_of_one_speaker_is_theirs(nlp):
    ex = _attr(nlp, 'Mrs Holt said she would take the question of trust head on. The "hardest part of the '
                    'job" was that parents only heard "bits and pieces" about the plans. This was why she '
                    'wanted to "talk to people directly," she added.')
    a = _one(ex, "hardest part of the")
    assert (a.source, a.continuation) == ("Holt", True)


def test_a_bare_spokesman_speaks_for_the_one_body_just_named(nlp):
    ex = _attr(nlp, "Northshire Police said the inquiry had been widened.",
               "A spokesman said the officer had not been suspended.",
               '"We cannot comment on the officer," said the spokesman.',
               "Tom Hale met the board of the Elmsworth Trust.",
               "A spokeswoman said the meeting had gone well.",
               "The Tories attacked the Labour plans for rail.",
               "A spokesman said the plans would fail.")
    assert _one(ex, "had not been suspended").source_actor_key == "northshire police"
    assert _one(ex, "cannot comment on the officer").source_actor_key == "northshire police"
    # a person beside the body may be whom the spokeswoman speaks for; two bodies: either
    assert _one(ex, "the meeting had gone well").source_actor_key is None
    assert _one(ex, "the plans would fail").source_actor_key is None


def test_people_named_by_what_they_do_put_forward_what_a_thing_verb_says(nlp):
    ex = _attr(nlp, "Most voters back the reform.",
               "But the programme makers suggest the public is becoming more relaxed about the issue.",
               "The timing suggests the vote will be close.")
    a = _one(ex, "becoming more relaxed")
    assert (a.source, a.kind, a.cue) == ("the programme makers", "unnamed", "suggest")
    assert not _of(ex, "the vote will be close")


def test_a_relative_clause_speaks_when_the_main_clause_reports_no_words(nlp):
    ex = _attr(nlp, "Mr Tom Hale condemned the leaflet, which the Northshire Office says has cost about £3,000 to print.",
               "Ms Ada Vane said the leaflet, which the Northshire Office says cost £3,000, was a waste.")
    assert _one(ex, "£3,000 to print").source == "the Northshire Office"
    assert _one(ex, "was a waste").source == "Ada Vane"   # the outer voice reports words: hers
    ex = _attr(nlp, "Ministers said the plan was ready.",
               'They also want to set up a new "drop-in centre" where advisers tell people how much help is available.')
    assert _one(ex, "drop-in centre").source == "Ministers"     # what a place is for: no one's words


def test_a_quote_that_is_the_assessment_of_someone_is_theirs(nlp):
    ex = _attr(nlp, "Tom Hale said the vote would be close.",
               '"The voters like the council more than some of its own members do," is the blunt verdict of '
               'Ada Vane, leader of the Green group on Elmsworth Council.',
               '"Nobody expected a landslide," was the view of one local organiser.')
    a = _one(ex, "voters like the council")
    assert a.source == "Ada Vane"
    assert _one(ex, "expected a landslide").source == "one local organiser"


def test_a_question_in_the_articles_voice_attributes_nothing(nlp):
    ex = _attr(nlp, "The chancellor will speak on Monday.",
               "For example, will those Treasury briefers suggest their man is unhappy at the timing, "
               "as may have been the case before?")
    assert not _of(ex, "Treasury briefers suggest")


def test_a_name_after_the_post_of_whoever_said_it_is_the_speaker(nlp):
    ex = _attr(nlp, "The Freehold Party spent £1.4m on billboards.",
               '"The only way the smaller parties can be heard is by buying poster space," said its treasurer, Odile Marsh.',
               "The money was well spent, said the union's general secretary, Dave Prentis, on Monday.",
               '"We will appeal," said a spokesman, adding that the ruling was unfair.')
    assert _one(ex, "buying poster space").source == "Odile Marsh"
    assert _one(ex, "well spent").source == "Dave Prentis"
    assert _one(ex, "We will appeal").source == "a spokesman"   # no name: the post speaks


def test_a_closing_reporting_clause_the_parser_splits_off_still_speaks(nlp):
    # the parser reads the subject of the reported clause as a second subject of "ruled", or the
    # clause as a modifier: the subject after the last comma, before the closing verb, speaks
    ex = _attr(nlp, "The board's hiring rules racially discriminated against Travellers (Irish) seeking work "
                    "in the city, the Court of Appeal has ruled.",
               'The "belief that youth is a handicap" to winning office needs to be "buried", '
               'the equalities minister has said.',
               "Holding asylum seekers without charge breaks human rights laws, the country's highest court has ruled.")
    assert _one(ex, "hiring rules").source == "the Court of Appeal"
    assert _one(ex, "belief that youth").source == "the equalities minister"
    assert _one(ex, "Holding asylum seekers").source == "the country's highest court"


def test_who_blames_or_derides_holds_the_view(nlp):
    ex = _attr(nlp, 'But a cross-party committee said it was "not convinced" the lines would be ready. '
                    "It blamed the Office for Rail Safety for a lack of consistent oversight.",
               "Ms Okafor derided Green claims they could save £2bn in red tape, saying the party had got its sums wrong.",
               "The Tories blamed the delays on poor planning by ministers.",
               "The delays were blamed on the snow.")
    assert _one(ex, "lack of consistent oversight").source == "a cross-party committee"
    assert _one(ex, "derided Green claims").source == "Okafor"
    assert _one(ex, "blamed the delays").source == "The Tories"
    assert not _of(ex, "were blamed on the snow")     # nobody blames: no speaker
    ex = _attr(nlp, "Mr Dale phoned the show after it aired claims that the printing firm Dalcom was blaming him for the delays.")
    assert not _of(ex, "was blaming him")    # what the claims say, not the firm's view


def test_according_to_figures_published_by_a_body_is_the_body(nlp):
    ex = _attr(nlp, "The Greens spent £404,000 on leaflets, according to figures published by the Audit Office on Friday.",
               "Turnout fell to 41%, according to a survey carried out by Harlow Research.")
    assert _one(ex, "spent £404,000").source == "the Audit Office"
    assert _one(ex, "Turnout fell").source == "Harlow Research"


def test_who_goes_on_or_prefers_to_say_it_says_it(nlp):
    # the reporting verb hangs on another verb of its subject ("preferred to state", "went on to
    # add"); whom someone persuades to speak does not speak for them
    ex = _attr(nlp, "Tom Hale opened the debate.",
               "He preferred to state that, as with other matters like parking, the council's first instinct was secrecy.",
               "Ms Ives went on to add that the budget would be balanced by May.",
               "Mr Cole persuaded the mayor to say that the depot would stay open.")
    assert _one(ex, "first instinct was secrecy").source == "Tom Hale"
    assert _one(ex, "budget would be balanced").source == "Ives"
    assert all(a.source != "Cole" for a in _of(ex, "depot would stay open"))
    ex = _attr(nlp, "Even Mr Hale's fiercest critics seemed to agree on one thing - he is a fine speaker.",
               'Rival leader Owen Vane has dismissed Tom Hale\'s Budget as "a wish list".',
               'Mr Hale\'s Budget was not about the town, but "all about the party," the rival leader said after the debate. '
               "He went on to accuse Mr Hale of promising with one hand while taking away with the other.")
    assert not _of(ex, "seemed to agree")                   # the story's view, not the critics' words
    assert not _of(_attr(nlp, "The councillors voted by 29 to 26 to say in the charter that mayors must be elected."),
                   "voted by 29")                           # a vote, no one's words
    assert _one(ex, "went on to accuse").source == "Owen Vane"  # not "Budget", a thing of Mr Hale's


def test_who_accepts_one_thing_but_believes_another_says_both(nlp):
    # not "the floods", which the parser makes the subject of "believed"
    ex = _attr(nlp, "Mr Wynne Prosser spoke at the inquiry.",
               "He accepted that the floods damaged Harbour Cymru's public image but believed that the water board "
               "had its hands full at the time with the drought.")
    assert _one(ex, "floods damaged").source == "Wynne Prosser"
