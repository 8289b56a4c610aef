"""Round 30 (helper L): who says each sentence.

- A quote closing its sentence on "?" or "!" may be cut by the splitter from the tag that names
  its speaker ('"... in grocery?" Forte said.'): a next sentence that is only that tag names the
  quote's speaker, not whoever spoke before.
- 'He told ITV Wales' Waterfront programme: "..."': a colon after the verb's object is a cue even
  when the parse hangs the quote on the object.
- An ampersand inside an organisation's name joins no two speakers: "Ernst & Young" speaks whole.
- 'He ruled out X - which is on offer in Wales, saying it was ...': a participle the parse hung on
  a thing's "which" clause is the main clause's subject's.
- 'The price ... is "as low as I've ever seen."': a sentence of no speaker of its own quoting
  first-person words carries on the person who spoke the sentence before it in its paragraph.
- "A Department for Education and Skills spokeswoman said": the "and" between two words of the
  phrase is part of it, and the spokeswoman (parsed as the body's object) speaks for the body, so
  the "She added" after her is hers.
"""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def _by_text(ex):
    said = _said(ex)
    return {s.text: said.get(i) for i, s in enumerate(ex.sentences)}


def test_a_tag_cut_off_after_a_question_quote_names_its_speaker(nlp):
    ex = _extract(
        nlp,
        "The company claims its new prices have saved customers \"hundreds of millions of dollars\".",
        "\"Do they take the profit from their cloud business and then reinvest it to win share in the "
        "grocery market?\" Hollis said.",
        "Analyst Dana Hollis said the strategy was risky.")
    said = _by_text(ex)
    quote = next(t for t in said if t.startswith("\"Do they take"))
    assert said[quote] is not None and said[quote][0] == "Dana Hollis"


def test_told_a_programme_with_a_colon_is_a_cue(nlp):
    ex = _extract(
        nlp,
        "Former party leader Lord Pennant has backed the prime minister.",
        "When asked about the future leadership of the party, he told ITV Wales' Waterfront programme: "
        "\"That contest is a long way away and it will occur only when the prime minister decides.\"")
    rec = next(a for a in ex.attributions if a.sentence == 1)
    assert rec.source == "Lord Pennant" and rec.cue == "told" and not rec.continuation


def test_an_ampersand_joins_an_organisations_name(nlp):
    ex = _extract(
        nlp,
        "As the chancellor announced the date, accountancy firm Ernst & Young urged him to put "
        "politics aside and focus on the economy.")
    assert _said(ex)[0][0].endswith("Ernst & Young")


def test_a_participle_hung_on_a_which_clause_is_the_main_subjects(nlp):
    ex = _extract(
        nlp,
        "Health minister Stephen Ladyman said the plans could deliver savings.",
        "He ruled out free personal care in England - which is on offer in Scotland and Wales, "
        "saying it was \"unsustainable\".")
    said = _by_text(ex)
    assert said[ex.sentences[1].text][2] == "stephen ladyman"


def test_a_first_person_quote_carries_on_the_speaker_before(nlp):
    ex = _extract(
        nlp,
        "\"I was shocked to see that level,\" said Tyler Besecker, the largest buyer of Pacific halibut. "
        "The price, which was matched at other stores last week, is \"as low as I've ever seen.\"",
        "The price, which was matched at other stores last week, is \"as low as anyone has seen.\"")
    said = _by_text(ex)
    first_person = next(s.text for s in ex.sentences if "I've ever seen" in s.text)
    assert said[first_person] is not None and said[first_person][0] == "Tyler Besecker"
    other = next(s.text for s in ex.sentences if "anyone has seen" in s.text)
    assert said[other] is None


def test_a_bodys_spokeswoman_named_with_an_and_speaks_for_it(nlp):
    ex = _extract(
        nlp,
        "The Department for Culture and Sport has closed the scheme.",
        "A Department for Culture and Sport spokeswoman said the venture had been \"ambitious and "
        "ground-breaking\". She added: \"It was not the only project to have lost out on private investment.\"")
    said = _said(ex)
    assert said[1] == ("A Department for Culture and Sport spokeswoman", "unnamed", "department for culture and sport")
    assert said[2] == said[1]
