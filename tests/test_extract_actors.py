"""Actors: names without titles, one actor per person/country, aliases, descriptions, mentions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.article import Article
from bot.extract.actors import find_actors
from bot.extract.aliases import names_a_person, person_by_words
from bot.extract.name_spans import Mention
from bot.countries import country_for, country_for_demonym
from bot.extract.sentences import split_sentences
from extract_helpers import first_sources, invented_extract
from bot.names import fold

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "bbc" / "politics"


def run(nlp, art: Article):
    doc = nlp(art.text)
    sents = split_sentences(art, doc)
    table, actors, mentions = find_actors(art, doc, sents)
    return table, {a.key: a for a in actors}, mentions, sents


@pytest.fixture(scope="session")
def seed(nlp, raw_seed_paragraphs):
    art = Article(title="seed", paragraphs=raw_seed_paragraphs)
    return art, *run(nlp, art)


@pytest.fixture(scope="session")
def bbc001(nlp):
    path = CORPUS / "001.txt"
    if not path.exists():
        pytest.skip(f"BBC corpus not present at {CORPUS}")
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    art = Article(title=title, paragraphs=[" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()])
    return run(nlp, art)[1]


REQUIRED = ["Benjamin Netanyahu", "Roman Gofman", "Bashar al-Assad", "Recep Tayyip Erdoğan", "Ahmad al-Sharaa",
            "Donald Trump", "Aron Lund", "Israel", "Russia", "Turkey", "Syria", "United States", "Reuters",
            "HaYom", "Robert Lansing Institute", "Hamas", "Hezbollah"]


def test_seed_has_every_actor_under_its_canonical_name(seed):
    _, _, actors, _, _ = seed
    names = {a.name for a in actors.values()}
    for n in REQUIRED:
        assert n in names, n
        assert fold(n) in actors             # key is the folded name: merges across articles
    kinds = {a.name: a.kind for a in actors.values()}
    assert kinds["Benjamin Netanyahu"] == "person" and kinds["Israel"] == "place"
    assert kinds["Reuters"] == "organization"
    assert kinds["Hamas"] in ("organization", "group") and kinds["Hezbollah"] in ("organization", "group")


def test_seed_has_no_furniture_or_widget_actors(seed):
    _, _, actors, _, _ = seed
    folded = " | ".join(fold(a.name) + " " + " ".join(fold(x) for x in a.aliases) for a in actors.values())
    for junk in ("frankfurt", "main", "8 9", "more news", "latest news", "must read"):
        assert not re.search(rf"(^|\| |\s){re.escape(junk)}(\s|$)", folded), junk
    for a in actors.values():
        assert a.name[:1].isupper() or a.name.split("-")[0] in ("al", "el")
        assert not any(c.isdigit() for c in a.name)


def test_people_are_one_actor_each_with_titles_out_of_the_name(seed):
    _, table, actors, _, _ = seed
    erdogan = [a for a in actors.values() if "erdogan" in {fold(x) for x in a.aliases}]
    assert len(erdogan) == 1 and erdogan[0].name == "Recep Tayyip Erdoğan"
    assert {"Erdoğan", "Erdogan", "President Erdoğan"} <= erdogan[0].aliases
    assert any("Turkish President" == d for d in erdogan[0].descriptions)
    assert not any(a.name.startswith(("President", "Prime", "Maj", "Israeli")) for a in actors.values())
    assert {"Assad", "al-Assad"} <= actors["bashar al assad"].aliases
    assert "al-Sharaa" in actors["ahmad al sharaa"].aliases
    assert "Gofman" in actors["roman gofman"].aliases


def test_descriptions_come_from_titles_and_appositions(seed):
    _, _, actors, _, _ = seed
    gofman = actors["roman gofman"].descriptions
    assert any("military secretary" in d for d in gofman)
    assert not any("Maj" in d or "Gen." in d for d in gofman)      # ranks are titles, not description
    assert "Israeli Prime Minister" in actors["benjamin netanyahu"].descriptions
    assert "a fellow at the US-based Century International research institute" in actors["aron lund"].descriptions
    sharaa = actors["ahmad al sharaa"].descriptions
    assert "Syria’s new president" in sharaa
    assert "the leader of the jihadist rebel factions that toppled al-Assad" in sharaa
    assert "an independent research organization" in actors["robert lansing institute"].descriptions
    assert actors["syria"].descriptions == []     # "Syria, an Israeli news outlet reported" is no apposition


def test_resolver_finds_actors_by_any_form(seed):
    _, table, _, _, _ = seed
    expect = {"Reuters": "Reuters", "Israeli": "Israel", "Turkish": "Turkey", "Syrian": "Syria",
              "Russian": "Russia", "Erdogan": "Recep Tayyip Erdoğan", "President Erdoğan": "Recep Tayyip Erdoğan",
              "Netanyahu’s": "Benjamin Netanyahu", "Prime Minister Netanyahu": "Benjamin Netanyahu",
              "the US": "United States", "US-based": "United States", "American": "United States",
              "Assad’s": "Bashar al-Assad", "al-Sharaa": "Ahmad al-Sharaa", "the Robert Lansing Institute":
              "Robert Lansing Institute"}
    for text, name in expect.items():
        got = table.resolve(text)
        assert got is not None and got.name == name, text
    assert table.resolve("Angela Merkel") is None
    assert table.resolve("France") is None          # a country the article never names
    assert table.resolve("") is None


def test_mentions_cover_aliases_demonyms_and_possessives(seed):
    art, _, actors, mentions, sents = seed
    for m in mentions:
        assert art.text[m.start:m.end] == m.text
        s = sents[m.sentence]
        assert s.start <= m.start and m.end <= s.end
        assert m.actor_key in actors
    by_key: dict[str, list[str]] = {}
    for m in mentions:
        by_key.setdefault(m.actor_key, []).append(m.text)
    assert "Israeli" in by_key["israel"] and "Israel" in by_key["israel"]
    assert "Turkish" in by_key["turkey"]
    assert by_key["benjamin netanyahu"].count("Netanyahu") == 1      # "Netanyahu’s closest advisors"
    assert {"Erdoğan", "Recep Tayyip Erdoğan"} <= set(by_key["recep tayyip erdogan"])
    assert "Assad" in by_key["bashar al assad"]                       # "Since Assad’s ouster"
    # nothing is mentioned from the widget paragraph
    widget_end = art.text.index("Frankfurt am Main") + len("Frankfurt am Main")
    assert all(m.start > widget_end for m in mentions)


def test_bbc_minister_and_shadow_minister(bbc001):
    actors = bbc001
    hewitt = actors["patricia hewitt"]
    assert {"Ms Hewitt", "Hewitt"} <= hewitt.aliases
    assert any("Trade and Industry Secretary" in d for d in hewitt.descriptions)
    may = actors["theresa may"]                  # spaCy's NER misses her; the apposition finds her
    assert may.kind == "person"
    assert any("Shadow Secretary of State for the Family" in d for d in may.descriptions)
    assert "hewitt" not in actors                # "Ms Hewitt" is Patricia Hewitt, not a second actor
    assert not any(a.name in ("Shadow", "State", "Trade and Industry") for a in actors.values())


def test_honorific_makes_a_person_and_acronym_joins_its_organisation(nlp):
    art = Article(title="t", paragraphs=[
        "The United Nations (UN) said on Monday that aid would resume. Mr Blair welcomed the decision.",
        "Tony Blair told reporters the UN had acted quickly. Lord Falconer agreed."])
    table, actors, _, _ = run(nlp, art)
    assert "tony blair" in actors and "blair" not in actors
    assert "Mr Blair" in actors["tony blair"].aliases
    assert table.resolve("UN").name == "United Nations"
    assert table.resolve("Falconer") is not None and table.resolve("Falconer").name == "Lord Falconer"


@pytest.mark.parametrize("text,country", [
    ("Israeli", "Israel"), ("Israelis", "Israel"), ("Turkish-backed", "Turkey"), ("US-based", "United States"),
    ("American", "United States"), ("the U.S.", "United States"), ("Britain", "United Kingdom"),
    ("British", "United Kingdom"), ("Syrian", "Syria"), ("Russian", "Russia"), ("Dutch", "Netherlands"),
    ("Saudi", "Saudi Arabia"), ("Türkiye", "Turkey"), ("Islamist", None), ("Washington", None),
])
def test_country_table(text, country):
    assert country_for(text) == country


def test_demonym_table_is_broad():
    from bot.countries import _tables
    names, demonyms = _tables()
    assert len(set(demonyms.values())) >= 100
    assert country_for_demonym("Kenyan") == "Kenya" and country_for_demonym("Kenya") is None


# ---------------------------------------------------------------- corpus articles (BBC politics)

def _bbc(nlp, number: str):
    path = CORPUS / f"{number}.txt"
    if not path.exists():
        pytest.skip(f"BBC corpus not present at {CORPUS}")
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    art = Article(title=title, paragraphs=[" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()])
    return run(nlp, art)


@pytest.fixture(scope="session")
def bbc_articles(nlp):
    return {n: _bbc(nlp, n) for n in ("007", "039", "054", "058", "060", "082", "139", "251", "373", "369")}


def test_first_name_and_sir_first_name_are_the_full_name_person(bbc_articles):
    table, actors, mentions, _ = bbc_articles["082"]
    assert "menzies" not in actors                       # "Sir Menzies" is Menzies Campbell
    campbell = actors["menzies campbell"]
    assert {"Sir Menzies", "Sir Menzies Campbell", "Mr Campbell"} <= campbell.aliases
    assert table.resolve("Sir Menzies").key == "menzies campbell"
    assert any(m.text == "Menzies" and m.actor_key == "menzies campbell" for m in mentions)


def test_descriptions_are_roles_not_dates_plurals_or_things(bbc_articles):
    for n in ("058", "139", "251", "373"):
        straw = bbc_articles[n][1]["jack straw"].descriptions
        assert straw and all(d.endswith(("Foreign Secretary", "foreign secretary")) for d in straw), (n, straw)
    assert "Foreign Secretary" in bbc_articles["373"][1]["jack straw"].descriptions   # not "Earlier ..."
    assert "the stamp duty threshold" not in bbc_articles["054"][1]["gordon brown"].descriptions
    assert bbc_articles["007"][1]["liam fox"].descriptions == ["Tory co-chairman"]    # not "Tory co"


def test_multi_word_surname_and_hyphenated_apostrophe_names(bbc_articles):
    table, actors, _, _ = bbc_articles["039"]
    james = actors["shani rhys james"]                   # NER had only "Rhys James"
    assert "Ms James" in james.aliases and "rhys james" not in actors
    assert table.resolve("Ms James").key == "shani rhys james"
    table, actors, _, _ = bbc_articles["060"]
    cardinal = actors["cormac murphy o connor"]
    assert cardinal.name == "Cormac Murphy-O'Connor" and cardinal.kind == "person"
    assert {"Murphy-O'Connor", "Cardinal Murphy-O'Connor"} <= cardinal.aliases
    assert "Cardinal" in cardinal.descriptions
    assert "cardinal" not in actors and "murphy o connor" not in actors


def test_acronym_is_an_organisation_and_party_plural_a_group(bbc_articles, nlp):
    baa = bbc_articles["369"][1]["baa"]
    assert baa.kind == "organization" and "UK airport operator" in baa.descriptions
    art = Article(title="t", paragraphs=["The Lib Dems said the plan was flawed. Lib Dem MP Lembit Opik agreed."])
    _, actors, _, _ = run(nlp, art)
    assert actors["lib dems"].kind == "group"
    assert "lembit opik" in actors and actors["lembit opik"].kind == "person"
    assert "Lib Dem MP" in actors["lembit opik"].descriptions
    assert not any(a.name.startswith("Lib Dem ") for a in actors.values())


def test_office_titles_are_descriptions_not_actors_or_aliases(bbc001, nlp):
    assert not any(a == "Secretary Patricia Hewitt" or a.startswith("Secretary ") for a in bbc001["patricia hewitt"].aliases)
    art = Article(title="t", paragraphs=[
        "Home Secretary Charles Clarke said the law would change. The Home Office published the plans on Monday.",
        "The Home Secretary told MPs the measures were needed."])
    table, actors, mentions, _ = run(nlp, art)
    assert "home secretary" not in actors
    assert actors["home office"].kind == "organization"
    assert "Home Secretary" in actors["charles clarke"].descriptions
    said = [m for m in mentions if m.text == "Home Secretary" and m.start > art.text.index("Monday")]
    assert said and said[0].actor_key == "charles clarke"       # the office stands for its holder


def test_honorific_aliases_are_generated_only_with_evidence_of_sex(nlp):
    art = Article(title="t", paragraphs=[
        "Jack Straw said the deal was close. He said talks would resume.",
        "Patricia Hewitt said she would act. Ms Hewitt added that she was confident.",
        "Tony Blair and Cherie Blair arrived at the summit together."])
    table, actors, _, _ = run(nlp, art)
    assert {"Mr Straw", "Mr Jack Straw"} <= actors["jack straw"].aliases        # "He said"
    assert {"Ms Hewitt", "Mrs Hewitt", "Ms Patricia Hewitt"} <= actors["patricia hewitt"].aliases
    assert not any(a.startswith(("Ms", "Mrs")) for a in actors["jack straw"].aliases)
    # no pronoun evidence for either Blair: "Mrs Blair" must not come to name Tony Blair
    assert not any(a.startswith(("Mr ", "Mrs ", "Ms ")) for a in actors["tony blair"].aliases)
    assert table.resolve("Mr Straw").key == "jack straw"


def test_resolve_role_finds_the_latest_holder_before_an_offset(nlp):
    art = Article(title="t", paragraphs=[
        "Prime Minister Tony Blair met Chancellor Gordon Brown on Monday.",
        "Tory leader Michael Howard and shadow chancellor Oliver Letwin attacked the plans.",
        "Culture Minister Alun Pugh said the review would go ahead."])
    table, _, _, _ = run(nlp, art)
    assert table.resolve_role("the prime minister").name == "Tony Blair"
    assert table.resolve_role("the chancellor").name == "Gordon Brown"          # not the shadow chancellor
    assert table.resolve_role("the shadow chancellor").name == "Oliver Letwin"
    assert table.resolve_role("the Conservative leader").name == "Michael Howard"   # Tory = Conservative
    assert table.resolve_role("the minister").name == "Alun Pugh"               # "Prime Minister" is another role
    assert table.resolve_role("the minister", art.text.index("Culture")) is None
    assert table.resolve_role("the archbishop") is None


# ---- invented articles: labels, possessives, three-part names, honorific sex ---------------

def _invented(nlp, *paras: str):
    return run(nlp, Article(title="t", paragraphs=list(paras)))


def test_one_name_is_one_person_whatever_ner_labels_and_a_possessive_splits_names(nlp):
    table, actors, _, _ = _invented(
        nlp,
        "Whale expert Hori Parata was seven when he attended his first stranding in Northland.",
        "Hori Parata’s team recovered the bones. Parata, 75, has overseen 500 strandings.",
        "“The sea is changing,” says Parata, an elder of the Ngātiwai tribe.",
        "Others, like Parata’s Ngātiwai, stand back. His son, Te Kaurinui Robert Parata, helps.",
        "“We need to listen,” says Parata.")
    assert actors["hori parata"].kind == "person"
    assert not any("ngatiwai" in k and "parata" in k for k in actors)
    # the bare surname keeps meaning the father after the son is named
    assert table.resolve("Parata").key == "hori parata"


def test_a_three_part_name_cut_short_by_ner_is_whole_and_its_family_name_is_first(nlp):
    table, actors, _, _ = _invented(
        nlp,
        "South Korean President Yoon Suk Yeol apologized on Saturday for declaring martial law.",
        "Yoon said he would not do it again. Critics said President Yoon must resign.",
        "Lawmakers walked out before the vote on Yoon.")
    assert "yoon suk yeol" in actors and "yoon suk" not in actors and "yoon" not in actors
    assert table.resolve("President Yoon").key == "yoon suk yeol"


def test_mrs_with_the_surname_of_a_known_man_is_another_person(nlp):
    table, actors, _, _ = _invented(
        nlp,
        "Prime Minister Tony Blair said he would fight the election on the economy.",
        "Mr Blair told reporters he was confident. He said the polls were wrong.",
        "Mrs Blair later visited a school in his constituency.")
    blair = actors["tony blair"]
    assert not {a.lower() for a in blair.aliases} & {"mrs blair", "ms blair", "miss blair", "mrs tony blair"}
    assert "mrs blair" in actors and actors["mrs blair"].kind == "person"
    assert table.resolve("Mrs Blair").key == "mrs blair"
    assert table.resolve("Mr Blair").key == "tony blair"


def test_mrs_with_her_full_name_in_the_article_is_her(nlp):
    table, actors, _, _ = _invented(
        nlp,
        "Prime Minister Tony Blair said he would fight the election on the economy.",
        "Mr Blair told reporters he was confident. His wife Cherie Blair joined him.",
        "Mrs Blair later visited a school in his constituency.")
    assert table.resolve("Mrs Blair").key == "cherie blair"
    assert "mrs blair" not in actors


def test_mrs_with_the_husbands_surname_is_the_wife_the_article_names(nlp):
    # "Mr Harwell" and "Mrs Harwell" both match the full name: the wife named by her given
    # name is Mrs Harwell, and her pronouns are hers
    table, actors, mentions, _ = _invented(
        nlp,
        "Opposition leader Peter Harwell's former teacher wife, Joan, is to join the campaign.",
        "Mrs Harwell will visit marginal seats on her own. Mr Harwell will hold a briefing each day.",
        "Mrs Harwell gave her first speech at the conference last year. She spoke about literacy.")
    assert table.resolve("Mrs Harwell").key == "joan"
    assert table.resolve("Mr Harwell").key == "peter harwell"
    assert not {a.lower() for a in actors["peter harwell"].aliases} & {"mrs harwell", "ms harwell"}
    assert "Harwell" not in actors["joan"].aliases
    she = [m for m in mentions if m.text == "She"]
    assert she and all(m.actor_key == "joan" for m in she)


# ---- one person's name written shorter or fuller within one article ----------------------

def test_shorter_forms_of_a_fuller_name_in_one_article_are_that_person(nlp):
    table, actors, _, _ = _invented(
        nlp,
        "Tomas Eriksen Vold, 40, has run the island ferry for a decade.",
        "Tomas Eriksen said the ferry would stop in May. \"We have no choice,\" said Eriksen Vold.")
    assert "tomas eriksen" not in actors
    assert table.resolve("Tomas Eriksen").key == "tomas eriksen vold"


def _mention(text: str, key: str, kind: str = "person") -> Mention:
    return Mention(start=0, end=1, cstart=0, cend=len(text), text=text, kind=kind, label="PERSON", key=key)


def test_a_shorter_name_fits_one_fuller_name_or_none():
    people = [_mention("Mary Ann Hart", "mary ann hart"), _mention("Mary Ann Cole", "mary ann cole"),
              _mention("Joe Paul Dunn", "joe paul dunn")]
    assert person_by_words("Joe Dunn", people).key == "joe paul dunn"
    assert person_by_words("Paul Dunn Joe", people) is None     # words out of order
    assert person_by_words("Mary Ann", people) is None          # two people it may mean
    assert person_by_words("Dunn", people) is None              # one word: surnames go elsewhere


def test_an_organisation_written_like_a_person_of_the_article_is_that_person():
    names = [("tomas", "eriksen", "vold"), ("anna", "moe")]
    assert names_a_person(("tomas", "vold"), names)                            # shorter
    assert names_a_person(("anna", "moe", "vold"), names)                     # fuller, with name words
    assert not names_a_person(("anna", "moe", "foundation"), names)          # fuller by an org word
    assert not names_a_person(("vold",), names)
    assert not names_a_person(("ferry", "company"), names)


def test_a_second_role_after_and_is_a_whole_description(nlp):
    _, actors, _, _ = _invented(
        nlp,
        "Ian Frew, a solicitor and chairman of the Marsh Walkers Club, said the path should stay open.",
        "Tom Park, an author and former MP, said the same.")
    assert actors["ian frew"].descriptions == ["a solicitor", "chairman of the Marsh Walkers Club"]
    assert actors["tom park"].descriptions == ["an author", "former MP"]


# ---- descriptions from a role phrase the name closes, and from an affiliation ---------------

@pytest.mark.parametrize("sentence, key, description", [
    ("Director of tropical medicine at the Royal Institute of Marine Biology, Professor Alan "
     "Greaves-Holt, said the coral was dying.", "alan greaves holt",
     "Director of tropical medicine at the Royal Institute of Marine Biology"),
    ('Convener of the Rural Affairs Committee Jane Pitcairn MSP, said: "The ferries must run."',
     "jane pitcairn", "Convener of the Rural Affairs Committee"),
    ("Chairman of the Harbour Trust Committee Peter Lund MP, said the pier was unsafe.", "peter lund",
     "Chairman of the Harbour Trust Committee"),
    ("The new president of the Law Society, Anna Kerr QC warned there was a danger.", "anna kerr",
     "The new president of the Law Society"),
])
def test_a_role_phrase_the_name_closes_describes_that_person(nlp, sentence, key, description):
    _, actors, _, _ = _invented(nlp, sentence)
    assert actors[key].descriptions == [description]
    # the organisation the parser hung the name on is not described by it ("Peter Lund MP")
    assert not any(d for a in actors.values() if a.kind == "organization" for d in a.descriptions)


@pytest.mark.parametrize("sentence, key, description", [
    ('Colin Marsh, Seaton Guest House Association said: "We tried very hard."', "colin marsh",
     "Seaton Guest House Association"),
    ("Jane Roe, of the Royal College of Nursing, said the plan was wrong.", "jane roe",
     "Royal College of Nursing"),
    ('Tim Bell, from Friends of the Earth, said: "It is a scandal."', "tim bell", "Friends of the Earth"),
])
def test_an_organisation_after_a_name_describes_who_they_speak_for(nlp, sentence, key, description):
    _, actors, _, _ = _invented(nlp, sentence)
    assert description in actors[key].descriptions


def test_a_place_after_a_name_is_no_affiliation(nlp):
    _, actors, _, _ = _invented(nlp, "Mr Dale Hart, of Woodbridge, Suffolk, has also resigned.")
    assert actors["dale hart"].descriptions == []


def test_a_titled_hyphenated_surname_ner_missed_is_one_name(nlp):
    from bot.extract.name_spans import name_mentions
    art = Article(title="t", paragraphs=["She declined to give her view of Mr Hart-Davis at this point."])
    doc = nlp(art.text)
    doc.ents = []           # as when NER misses the name: the title finds it
    assert [m.text for m in name_mentions(art, doc)] == ["Hart-Davis"]


def test_a_pronoun_before_a_name_says_nothing_of_its_sex(nlp):
    """'He said: "... Anna Reyes ..."': the 'he' is the speaker, not her; one actor, no 'Mr'."""
    _, actors, _, _ = _invented(
        nlp, "Scientists have voiced fears that new health secretary Anna Reyes could block research.",
        "Ms Reyes, who is Catholic, has opposed embryo research.",
        'Professor Tom Hale said the plans were confused. He said: "If someone as senior as Anna Reyes '
        'is not going to favour this, it will hurt us."',
        "Ms Reyes has not spoken on the issue.")
    reyes = [a for a in actors.values() if "reyes" in a.key]
    assert len(reyes) == 1 and "Ms Reyes" in reyes[0].aliases and "Mr Reyes" not in reyes[0].aliases


def test_a_name_ner_missed_after_an_office_title_is_a_person(nlp):
    """'Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster': the office addresses a
    person; 'King Street' stays a street."""
    from bot.extract.name_spans import name_mentions
    art = Article(title="t", paragraphs=["It came as Cardinal Eamon Kilbride, the Archbishop of Lorne, spoke "
                                         "in King Street."])
    doc = nlp(art.text)
    doc.ents = []           # as when NER misses the name: the title finds it
    people = [m.text for m in name_mentions(art, doc) if m.kind == "person"]
    assert people == ["Eamon Kilbride"]


def test_a_who_is_clause_describes_the_person(nlp):
    _, actors, _, _ = _invented(nlp, 'Tory MP Hal Stone, who is a member of the Commons transport committee, '
                                     'told the BBC: "That is right."')
    assert "a member of the Commons transport committee" in actors["hal stone"].descriptions


def test_a_name_ner_missed_with_an_age_beside_it_is_a_person(nlp):
    """'Eloise Parry, 21, was taken to hospital': the age marks a person NER did not see."""
    from bot.extract.name_spans import name_mentions
    art = Article(title="t", paragraphs=["Morwenna Pike, 34, was taken to hospital on Friday. Route 66, 12, is a road."])
    doc = nlp(art.text)
    doc.ents = []
    people = [m.text for m in name_mentions(art, doc) if m.kind == "person"]
    assert people == ["Morwenna Pike"]


def test_letters_after_a_name_with_an_inner_capital_are_no_part_of_it(nlp):
    # "MacDonald" is no title-cased word, yet "QC" after it is still a post-nominal
    _, actors, _, _ = _invented(nlp, "Ian MacDonald QC quit when the government ignored the ruling.")
    assert "ian macdonald" in actors and actors["ian macdonald"].kind == "person"
    assert not any("qc" in key.split() for key in actors)


def test_a_royal_is_not_a_commoner_who_shares_the_given_name(nlp):
    table, actors, _, _ = _invented(
        nlp,
        "Prince Charles and Camilla Parker Bowles are to be married on 8 April.",
        "On Thursday night, Prince Charles, 56, hosted a dinner at Windsor Castle.",
        "Charles said he was delighted.",
        "Liberal Democrat leader Charles Kennedy offered his congratulations.")
    kennedy = actors["charles kennedy"]
    assert not {a.lower() for a in kennedy.aliases} & {"prince charles", "charles"}
    assert table.resolve("Prince Charles").key != "charles kennedy"
    assert table.resolve("Charles").key == table.resolve("Prince Charles").key  # his own name, later alone


def test_mr_and_a_name_is_a_surname_not_anothers_first_name(nlp):
    # "Mr Howard" in a story about Howard Flight is the Tory leader, whom it never names in full
    table, actors, _, _ = _invented(
        nlp,
        "Sacked MP Howard Flight will not be the party's candidate.",
        "Mr Flight landed in trouble over remarks on tax.",
        "At a news conference, Mr Howard insisted he had played by the party's rules.")
    assert "Mr Howard" not in actors["howard flight"].aliases
    assert table.resolve("Mr Howard").key != "howard flight"


def test_a_name_written_after_a_post_is_a_person_whatever_ner_says(nlp):
    # spaCy labels "Nicola Pryce" here an organisation; "Holyrood leader" before it is a post
    _, actors, _, _ = run(nlp, Article(title="Letter", paragraphs=["SNP Holyrood leader Nicola Pryce wrote to Mr Dale on Tuesday."]))
    assert actors["nicola pryce"].kind == "person"
    # ... but a body's name after a post stays a body
    _, actors, _, _ = run(nlp, Article(title="Council", paragraphs=["Its chief executive Kelby Borough Council said the plan was flawed."]))
    bodies = [a for k, a in actors.items() if "council" in k]
    assert bodies and all(a.kind != "person" for a in bodies)


def test_a_name_ending_on_a_bodys_word_is_a_body(nlp):
    # NER may call "Age Concern" a person; "Concern", "Network", "Council" end bodies' names
    _, actors, _, _ = run(nlp, Article(title="Pensions", paragraphs=[
        "Age Concern says the over-55s want the government to act.", "Fostering Network chief Robert Tapsfield agreed."]))
    assert actors["age concern"].kind == "organization"


def test_a_post_with_its_remit_before_a_name_describes_them(nlp):
    art = Article(title="t", paragraphs=[
        'Shadow spokesman for sport Hugh Robertson said: "We must look at the clubs."',
        "A spokesman for Nell Quarry said the plan was dead.",
        "The son of late libel lawyer Amos Pike said he was sorry."])
    _, actors, _, _ = run(nlp, art)
    assert "Shadow spokesman for sport" in actors["hugh robertson"].descriptions
    assert not any("spokesman" in d for d in actors["nell quarry"].descriptions)  # his spokesman, not his post
    assert not any(d.startswith("son of") for d in actors["amos pike"].descriptions)


def test_a_county_or_city_the_model_takes_for_a_person_is_a_place(nlp):
    """The small model tags "Devon", "North Devon", "Yorkshire" and "Nottingham" as people; a
    question on "the Devon farmer" must not then want a quote that names a person called Devon."""
    _, actors, _, _ = _invented(
        nlp, "The accusation came after it emerged a Devon man had been told he could use his four dogs.",
        "North Devon landowner Giles Bradshaw was put in touch with the Middle Way Group.",
        "David Blunkett built his reputation as a plain-speaking Yorkshire man.",
        "Leslie Gray, 43, of Tuxford, Nottingham, died in the crash.")
    for key in ("devon", "north devon", "yorkshire", "nottingham"):
        assert actors[key].kind == "place", key
    assert actors["giles bradshaw"].kind == "person" and actors["david blunkett"].kind == "person"


def test_place_names_need_a_capital_and_leave_surnames_alone():
    from bot.places import is_place_name
    assert is_place_name("West Yorkshire") and is_place_name("Mid-Bedfordshire") and is_place_name("the Cotswolds")
    assert is_place_name("Herefordshire") and is_place_name("New York") and is_place_name("Sedgefield")
    assert not is_place_name("devon") and not is_place_name("Preston") and not is_place_name("Blair")


def test_a_first_name_beside_a_surname_ner_took_for_a_body_makes_a_second_person_of_that_family(nlp):
    # NER tags the daughter's surname alone as an organisation and leaves her first name out;
    # her mother's full name in the same story shows the surname belongs to people
    _, actors, _, _ = _invented(
        nlp, "An inquest into Eloise Croft’s death has been adjourned until July.",
        "Eloise Croft, 21, was taken to hospital on 12 April after taking pills.",
        "Fiona Croft issued a plea.")
    assert actors["eloise croft"].kind == "person"
    assert actors["fiona croft"].kind == "person"
    assert "croft" not in actors


def test_a_family_name_alone_is_the_korean_named_in_full_before_it(nlp):
    # "Lee said" after "Lee Jae-myung": a given name romanised with a hyphen ("Jae-myung") follows
    # the family name, so "Lee" is him, though never written after an address; a second Lee the
    # story brings in later in full does not take the name from him
    ex = invented_extract(
        nlp,
        "Opposition leader Lee Jae-myung described the president's address as disappointing.",
        "\u201cThe statement was out of touch with the public,\u201d Lee said.",
        "Police are investigating Interior Minister Lee Sang-min.",
        "Lee, the Democratic Party leader, said the country had suffered serious wounds.")
    sources = first_sources(ex)
    assert [sources[i][2] for i in (1, 3)] == ["lee jae myung", "lee jae myung"]
