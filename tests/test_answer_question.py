"""Reading questions: intent and parts, by rules, before any lookup."""

from __future__ import annotations

import pytest

from bot.answer.asked import FRAME_WORDS, MONEY_WORDS, asked_kind
from bot.answer.question import clean, parse, told_about
from bot.answer.words import content_words


@pytest.mark.parametrize("q,intent,who,topic", [
    ("Who is Roman Gofman?", "who_is", "Roman Gofman", None),
    ("tell me about Hezbollah", "who_is", "Hezbollah", None),
    ("What did Aron Lund say?", "statements_by", "Aron Lund", None),
    ("What did Hewitt say about maternity pay?", "statements_by", "Hewitt", "maternity pay"),
    ("which QC said locking up suspects is hurting britain", "who_said", None, "locking up suspects is hurting britain"),
    # an adverb between "who" and the verb of saying: "once branded", "publicly called"
    ("who once branded the harbour board a gang of pirates", "who_said", None, "the harbour board a gang of pirates"),
    ("which councillor publicly called the bypass a white elephant", "who_said", None, "the bypass a white elephant"),
    ("what did the appeal court rule on the dock march", "search", None, "what did the appeal court rule on the dock march"),
    # a decision asked after, not someone who "appealed"; "pay back" is no support
    ("what did the court of session decide in the slopping out appeal", "search", None,
     "what did the court of session decide in the slopping out appeal"),
    ("did the tories pay back the money to lord ashcroft", "search", None, "did the tories pay back the money to lord ashcroft"),
    ("did MPs back the plan", "stance", "MPs", "the plan"),
    # "lobby" before "do" is a noun: the lobby's deed is asked, not what someone lobbies for
    ("what did the peoples fuel lobby do back in 2000", "happened", "the peoples fuel lobby", "in 2000"),  # "back in" a time says when
    ("who does the e-university waste story quote or cite", "sources", None, "e-university waste"),
    ("who does the article on cold calls quote as sources", "sources", None, "cold calls"),
    ("what survey does the age concern 'grey vote' story cite", "sources", None, "age concern 'grey vote'"),
    ("what does the piece on the royal engagement cite for public opinion", "sources", None, "the royal engagement"),
    ("what did blair say when asked whether the SAS were in Iran", "statements_by", "blair", "the SAS were in Iran"),
    ("How did Kilroy-Silk describe the slurry attack?", "statements_by", "Kilroy-Silk", "the slurry attack"),
    ("What is Blair's view on Iraq?", "stance", "Blair", "Iraq"),
    ("where does jack straw stand on the arms ban", "stance", "jack straw", "the arms ban"),
    ("what did liam fox say about labour's show of unity at the poster launch", "statements_by", "liam fox",
     "labour's show of unity"),
    ("whats the electoral commission's position on capping donations", "stance", "the electoral commission",
     "capping donations"),
    ("What are William Hague's plans now that he has given up on becoming PM?", "stance", "William Hague", None),
    ("by when does the finance bill have to get through", "when", None, "the finance bill have to get through"),
    ("When would the first ID cards be issued?", "when", None, "the first ID cards be issued"),
    ("What did the Archbishop say about Howard's views on abortion?", "statements_by", "the Archbishop",
     "Howard's views on abortion"),
    ("What was Blair's reaction to the verdict?", "statements_by", "Blair", "the verdict"),
    # a defence or an explanation is what someone says for themselves, as a reaction is
    ("What is Labour's defence of the cold calling?", "statements_by", "Labour", "the cold calling"),
    ("What was Hanley's explanation for the missing files?", "statements_by", "Hanley", "the missing files"),
    ("obama's stance on gay rights in kenya", "stance", "obama", "gay rights in kenya"),
    ("What did the report say about waiting times?", "statements_by", "the report", "waiting times"),
    ("What did Obama say about climate change in the BBC interview?", "statements_by", "Obama", "climate change"),
    ("Who reported that Israel asked the US to stop the Turkish bases?", "who_said", None,
     "Israel asked the US to stop the Turkish bases"),
    ("According to whom, Israel favors Russia?", "who_said", None, "Israel favors Russia"),
    ("What sources does the article cite?", "sources", None, None),
    ("Which sources does the Telegraph's Mugabe report rely on?", "sources", None, "the Telegraph's Mugabe report"),
    ("What does Israel want from the US?", "stance", "Israel", "the US"),
    ("What worries Lord Woolf?", "stance", "Lord Woolf", None),
    ("When did Gofman return from Moscow?", "when", None, "Gofman return from Moscow"),
    ("timeline of Israel", "timeline", "Israel", None),
    ("Israel and Russia", "relation", "Israel", None),
    ("Who is the Trade and Industry Secretary?", "who_is", "the Trade and Industry Secretary", None),
    ("brief me on the Kilroy-Silk slurry incident", "briefing", None, "the Kilroy-Silk slurry incident"),
    ("", "briefing", None, None),
    ("help", "help", None, None),
    ("netanyahoo", "search", None, "netanyahoo"),
    ("What did the State Department say about Korea?", "statements_by", "the State Department", "Korea"),
    ("Who compared video games to horror films?", "who_said", None, "video games to horror films"),
    ("is turkey planning to train syria's new army?", "stance", "turkey", "train syria's new army"),
    ("Is Blair going to raid the aid budget?", "stance", "Blair", "raid the aid budget"),
    ("what's the refugee council said about the asylum quotas?", "statements_by", "the refugee council",
     "the asylum quotas"),
    ("Which MEP called the treaty flawed?", "who_said", None, "the treaty flawed"),
    ("who is worried that kids learn little about society", "who_said", None, "worried that kids learn little about society"),
    ("where's the stat that rich kids are six times likelier to go to uni from", "source_of", None,
     "rich kids are six times likelier to go to university"),
    ("Where does the claim come from that Blair promised to stand down?", "source_of", None, "Blair promised to stand down"),
    ("What was the source of the report that the mayor will quit?", "source_of", None, "the mayor will quit"),
    ("which campaigners want a probe into the prison", "who_said", None, "want a probe into the prison"),
    ("who wants a probe into the prison", "who_said", None, "wants a probe into the prison"),
    ("when's the budget", "when", None, "the budget"),
    ("what is the PCS union doing about plans to raise the pension age", "happened", "the PCS union",
     "about plans to raise the pension age"),
    ("what did the court of appeal say about the protesters", "statements_by", "the court of appeal", "the protesters"),
    ("does theresa may plan to get rid of the hunting ban", "stance", "theresa may", "get rid of the hunting ban"),
    ("which labour backbencher reckoned the developers are out to line their own pockets?", "who_said", None,
     "the developers are out to line their own pockets"),
    ("which businessman said squabbling in cabinet was damaging the country", "who_said", None,
     "squabbling in cabinet was damaging the country"),
    ("whats msp karen whitefield trying to achieve", "stance", "msp karen whitefield", None),
    ("what would gillmor prefer to the opt-out tools?", "stance", "gillmor", "the opt-out tools"),
    ("source for council tax going up about 4%?", "source_of", None, "council tax going up about 4%"),
    ("whose poll says support for a hunting ban is falling", "source_of", None, "support for a hunting ban is falling"),
    ("who was troubled that twenty officials forgot the visa", "who_said", None, "troubled that twenty officials forgot the visa"),
    ("whats blair's plan for climate change", "stance", "blair", "climate change"),
    ("blair on late night drinking - what does he want", "stance", "blair", "late night drinking"),
    ("what's the plan", "who_is", "the plan", None),
    ("what's charles clarke after on economic migrants", "stance", "charles clarke", "economic migrants"),
    ("mark oaten - what does he want on control orders?", "stance", "mark oaten", "control orders"),
    ("gordon brown: what did he say about the nhs", "statements_by", "gordon brown", "the nhs"),
    ("israel and russia - what's their arrangement in syria?", "relation", "israel", "what's their arrangement in syria"),
    ("what's ed balls' relationship to gordon brown", "relation", "ed balls", None),
    ("What does the Press Council want done about journalists?", "stance", "the Press Council", "done about journalists"),
    ("remind me who david miliband is", "who_is", "david miliband", None),
    ("who's lynton crosby again", "who_is", "lynton crosby", None),
    ("kinnock - who is he again?", "who_is", "kinnock", None),
    ("what did blair actually do about the tsunami", "happened", "blair", "about the tsunami"),
    ("so what did Blair say about Iraq, please", "statements_by", "Blair", "Iraq"),
    ("did netanyahu himself say anything about the moscow talks?", "statements_by", "netanyahu", "the moscow talks"),
    ("has Cryer ever talked about the referendum", "statements_by", "Cryer", "the referendum"),
    ("anything from the casino association on the super-casino plans?", "statements_by", "the casino association",
     "the super-casino plans"),
    ("anything on super-casinos?", "search", None, "super-casinos"),
    ("what's the sourcing for the claim that israel wants syria kept weak", "source_of", None, "israel wants syria kept weak"),
    ("where do the figures on party spending come from?", "source_of", None, "figures on party spending"),
    ("Who vowed the hunts would return once hunting is legal again?", "who_said", None,
     "the hunts would return once hunting is legal again"),
    ("gordon brown and michael ancram - any history?", "relation", "gordon brown", "any history"),
    ("William Hague and the News of the World: what is the connection?", "relation", "William Hague",
     "what is the connection"),
    ("Who wrote the Sudan sanctions story?", "byline", None, "Sudan sanctions"),
    ("Who wrote the article about Facebook tracking?", "byline", None, "Facebook tracking"),
    ("Who carried out the poll showing falling support for a ban?", "source_of", None,
     "poll showing falling support for a ban"),
    ("Where did BBC Scotland get its council tax figures?", "source_of", None, "BBC Scotland get its council tax figures"),
    ("what's the source for household incomes falling", "source_of", None, "household incomes falling"),
    ("whats the source for interest costs hitting $390bn", "source_of", None, "interest costs hitting $390bn"),
    ("where did Gofman get his training", "search", None, "where did Gofman get his training"),
    ("what's the press council worried about with the data retention bill", "stance", "the press council",
     "the data retention bill"),
    ("what's the link between Lynton Crosby and John Howard", "relation", "Lynton Crosby", None),
    # a reaction asked as hitting back
    ("how did labour hit back at howards new year message", "statements_by", "labour", "howards new year message"),
    ("how did the minister counter the tory attack", "statements_by", "the minister", "the tory attack"),
    # a claim asked by floating or suspecting it
    ("who floated ceremonies for young people turning 18", "who_said", None, "ceremonies for young people turning 18"),
    ("who suspects the ban was part of a deal", "who_said", None, "the ban was part of a deal"),
    # ... but not a thing that is floated: "which fishing ports are floated" asks for ports
    ("which fishing ports are floated as examples", "search", None, "which fishing ports are floated as examples"),
    ("who saw browns article as a shot across blairs bows", "who_said", None, "browns article as a shot across blairs bows"),
    ("who defended the first minister", "who_said", None, "the first minister"),
    # what someone would do is their plan; "if they won" is when, not what
    ("what would the tories do about the hunting law if they won", "stance", "the tories", "the hunting law"),
    ("what did labour do about tuition fees", "happened", "labour", "about tuition fees"),
    # a question put to someone is what the asker said on its topic; "ask for" is still a want
    ("what did hedda prowse ask the minister about ferry fares", "statements_by", "hedda prowse", "ferry fares"),
    ("what did the islanders ask for", "stance", "the islanders", None),
    ("what questions did the radio dj put to the premier", "statements_by", "the radio dj", None),
])
def test_parse(q, intent, who, topic):
    p = parse(q)
    assert (p.intent, p.who, p.topic) == (intent, who, topic)


@pytest.mark.parametrize("q,stance", [
    ("What is Israel afraid of?", "fear"), ("What are Israel's fears?", "fear"),
    ("What does Labour plan?", "plan"), ("What is Martin Mubanga planning to do?", "plan"),
    ("What does Israel want?", "want"), ("What are the Tories' goals?", "want"),
    ("Is Blair going to raid the aid budget?", "plan"),
])
def test_stance_kind(q, stance):
    assert parse(q).stance == stance


def test_the_press_council_is_a_name_not_a_verb():
    p = parse("what does the australian press council want done about the data retention bill")
    assert (p.intent, p.who) == ("stance", "the australian press council")


def test_via_is_no_topic_word():
    assert content_words("how does facebook track people via like buttons") == ["facebook", "track", "people", "like", "buttons"]


@pytest.mark.parametrize("q, intent, topic", [
    ("what's the sexist taunts at westminster story based on", "sources", "sexist taunts at westminster"),
    ("what poll is cited in the article on howard's 35bn savings plan", "sources", "howard's 35bn savings plan"),
    ("where does the story on hockney defecting get its information", "sources", "hockney defecting"),
    ("who does the story on jowell's casino climbdown quote", "sources", "jowell's casino climbdown"),
    ("who did the story on jowell's casino climbdown talk to", "sources", "jowell's casino climbdown"),
    ("who's quoted in the diet pill death story", "sources", "the diet pill death story"),
    ("whos quoted in the article on the nao report", "sources", "the article on the nao report"),
    ("what sources is the claim that blair promised brown he'd quit based on", "source_of", "blair promised brown he'd quit"),
    ("what sources is the telegraph story on mugabe's house arrest based on", "sources",
     "telegraph story on mugabe's house arrest"),
    ("whose poll is the tram link story based on", "sources", "tram link"),
    ("what survey is the school meals story based on", "sources", "school meals"),
    # the story named by what it is on, then "based on"; a story "leans on" its sources
    ("what is the story on councils missing the recycling target based on", "sources", "councils missing the recycling target"),
    ("which sources does the harbour tolls inquiry piece lean on", "sources", "harbour tolls inquiry"),
])
def test_more_ways_to_ask_what_a_story_rests_on(q, intent, topic):
    p = parse(q)
    assert (p.intent, p.topic) == (intent, topic)


@pytest.mark.parametrize("q, who, topic, stance", [
    ("what is the harbour board campaigning for", "the harbour board", None, "want"),
    ("whats mayor tilly calling for on bus fares", "mayor tilly", "bus fares", "want"),
    ("what's the council planning for the old library", "the council", "the old library", "plan"),
    ("what are the greens promising first-time buyers", "the greens", "first-time buyers", "plan"),
    ("what's the ferry union afraid the merger will do", "the ferry union", "the merger will do", "fear"),
    ("whats the ferry union position on the merger", "the ferry union", "the merger", "view"),
    ("what's the tory line on rail fares", "the tory", "rail fares", "view"),
    # a problem or objection someone has with a thing is their view against it
    ("what's mayor tilly's problem with the bus fare changes", "mayor tilly", "the bus fare changes", "view"),
    ("what is the greens' objection to the ferry merger", "the greens", "the ferry merger", "view"),
])
def test_what_someone_is_doing_or_feeling_asks_their_stance(q, who, topic, stance):
    p = parse(q)
    assert (p.intent, p.who, p.topic, p.stance) == ("stance", who, topic, stance)


def test_what_someone_plans_is_not_what_they_are_planning_as_a_noun():
    p = parse("whats the mayor's plan for bus fares")
    assert (p.intent, p.who, p.topic, p.stance) == ("stance", "the mayor", "bus fares", "plan")


@pytest.mark.parametrize("q, topic", [
    ("who gets quoted in the story about the bridge tolls", "the story about the bridge tolls"),
    ("who does buzzfeed quote on the diet pills death", "the diet pills death"),
    ("who did the bbc talk to about the port strike", "the port strike"),
    ("which sources are in the school meals story", "the school meals story"),
    ("who does the times column on rail fares quote?", "rail fares"),
    ("which outside experts does the article on the port strike quote", "the article on the port strike"),
    ("which economists and analysts does the piece on the budget quote", "the piece on the budget"),
    ("what sources does the guardian cite on the port strike", "the port strike"),
    ("what sources did the bbc have for the cabinet reshuffle", "the cabinet reshuffle"),
    ("where does the ferry merger story get its info", "ferry merger"),
    ("what polling does the article on the mayoral race cite", "the mayoral race"),
    ("who does the piece on rail fares quote on the price cap", "rail fares"),
])
def test_everyday_ways_to_ask_whom_a_story_quotes(q, topic):
    p = parse(q)
    assert (p.intent, p.topic) == ("sources", topic)


def test_plus_joins_two_things_and_is_no_topic_word():
    # "a passport plus ID card" is answered by "a passport and ID card together"
    assert content_words("how much will a passport plus ID card cost") == ["passport", "id", "card", "cost"]


def test_content_words_drop_question_words_and_possessives():
    assert content_words("What did Turkey's president say about the pre-war talks?") == ["turkey", "president", "pre", "war", "talks"]
    assert content_words('"NOT" col:xy AND') == ["col", "xy"]


def test_the_first_verb_decides_between_said_and_stance():
    p = parse("What did Michael Ancram say about Straw going to Auschwitz?")
    assert (p.intent, p.who, p.topic) == ("statements_by", "Michael Ancram", "Straw going to Auschwitz")
    p = parse("What is Israel going to do about the bases?")
    assert (p.intent, p.who) == ("stance", "Israel")


def test_who_is_doing_something_asks_for_the_doer_not_a_profile():
    p = parse("Who is suing Facebook over Oculus?")
    assert (p.intent, p.topic) == ("search", "suing Facebook over Oculus")
    assert parse("Who is King Charles?").intent == "who_is"


def test_who_is_leading_asks_for_a_role():
    p = parse("Who is leading the Tories?")
    assert (p.intent, p.who) == ("who_is", "the Tories leader")


def test_was_x_scared_asks_for_a_fear():
    p = parse("Was Quentin Davies scared during the mugging?")
    assert (p.intent, p.who, p.stance, p.topic) == ("stance", "Quentin Davies", "fear", "the mugging")


@pytest.mark.parametrize("q,who,other", [
    ("luke tomlinson's connection to the royal family", "luke tomlinson", "the royal family"),
    ("grace mugabe and robert mugabe relationship", "grace mugabe", "robert mugabe"),
])
def test_a_relation_asked_without_a_question_word(q, who, other):
    p = parse(q)
    assert (p.intent, p.who, p.other) == ("relation", who, other)


@pytest.mark.parametrize("q,who,topic", [
    ("what's the cardinal going to say at midnight mass", "the cardinal", "at midnight mass"),
    ("what is brown expected to say in the budget", "brown", "the budget"),
    ("what was howard due to say about immigration", "howard", "immigration"),
    ("what will kennedy tell the temple audience about iraq", "kennedy", "the temple audience about iraq"),
])
def test_what_someone_is_yet_to_say_asks_their_words(q, who, topic):
    p = parse(q)
    assert (p.intent, p.who, p.topic) == ("statements_by", who, topic)


@pytest.mark.parametrize("q,who,topic", [
    ("what approach to online tracking would the aclu technologist prefer", "the aclu technologist", "approach to online tracking"),
    ("what powers do police chiefs want to deal with rowdy pubs", "police chiefs", "powers to deal with rowdy pubs"),
    ("what role does derek wyatt want gordon brown to play", "derek wyatt", "role gordon brown to play"),
])
def test_the_kind_of_thing_wanted_asked_first_is_a_stance(q, who, topic):
    p = parse(q)
    assert (p.intent, p.who, p.topic, p.stance) == ("stance", who, topic, "want")


@pytest.mark.parametrize("q", ["what level do pensioner campaigners want the state pension raised to",
                               "which browser does the aclu technologist recommend for privacy"])
def test_a_figure_or_a_name_wanted_is_a_fact_to_find(q):
    assert parse(q).intent == "search"


@pytest.mark.parametrize("q,claim", [
    ("who used a termites metaphor to describe the danger of deficits", "a termites the danger of deficits"),
    ("who gave the chancellor a knightly nickname", "the chancellor a knightly"),
    ("who asked whether prisoners could still smoke", "whether prisoners could still smoke"),
    ("who pointed to the fall of the berlin wall", "the fall of the berlin wall"),
    ("who answered blair's call by saying europe should stand together", "blair's call by saying europe should stand together"),
    ("who read brown's article as a shot across blair's bows", "brown's article as a shot across blair's bows"),
    ("who put the poster row down to incompetence", "the poster row down to incompetence"),
    ("which economist cast doubt on whether debt relief works", "whether debt relief works"),
])
def test_words_asked_by_what_they_did_ask_who_said(q, claim):
    p = parse(q)
    assert (p.intent, p.topic) == ("who_said", claim)


@pytest.mark.parametrize("q", ["which council saw the biggest drop in its electoral roll",
                               "which MP put forward an alternative plan for the regiments",
                               "who gave £500,000 to the party"])
def test_a_deed_asked_after_is_no_words_said(q):
    assert parse(q).intent != "who_said"


@pytest.mark.parametrize("q,who,other,topic", [
    ("how do gordon brown and alan milburn really get on", "gordon brown", "alan milburn", "relations"),
    ("how did brown and milburn get on at the poster launch", "brown", "milburn", "at the poster launch"),
    ("where do blair and brown actually differ on policy", "blair", "brown", "on policy"),
    ("what's the main ideological difference between blair and brown", "blair", "brown", "ideological"),
    ("what links gerry conlon to the maguire family", "gerry conlon", "the maguire family", None),
    ("how did Dick Morris hook up with UKIP leader Roger Knapman", "Dick Morris", "UKIP leader Roger Knapman", None),
    ("ed balls relationship to gordon brown", "ed balls", "gordon brown", None),
    ("ken livingstone's past link to the evening standard", "ken livingstone", "the evening standard", None),
    ("how are blair and livingstone connected through the labour party", "blair", "livingstone", "through the labour party"),
    ("blair and brown relationship according to peston's book", "blair", "brown", "according to peston's book"),
    ("amazon and whole foods, relationship?", "amazon", "whole foods", "relationship"),
    ("woolf and falconer whats the dispute between them", "woolf", "falconer", "what's the dispute between them"),
    ("shahid malik vs trevor phillips on shortlists", "shahid malik", "trevor phillips", "on shortlists"),
    ("heath and thorpe in 1974", "heath", "thorpe", "in 1974"),
])
def test_ties_asked_in_the_words_people_use(q, who, other, topic):
    p = parse(q)
    assert (p.intent, p.who, p.other, p.topic) == ("relation", who, other, topic)


@pytest.mark.parametrize("q,who,topic", [
    ("is blair in favour of a quota on economic migrants", "blair", "a quota on economic migrants"),
    ("does blair support a quota on economic migrants", "blair", "a quota on economic migrants"),
    ("terrence higgins trust view of tory plans to hiv-test migrants", "terrence higgins trust", "tory plans to hiv-test migrants"),
    ("whats age concern's view of the plan for direct payments", "age concern", "the plan for direct payments"),
])
def test_a_view_asked_for_or_against_or_without_a_possessive(q, who, topic):
    p = parse(q)
    assert (p.intent, p.who, p.topic, p.stance) == ("stance", who, topic, "view")


@pytest.mark.parametrize("q", ["Did the head of the Child Support Agency actually resign?",
                               "does michael howard want BNP voters to back the tories"])
def test_a_name_or_a_wish_holding_support_is_no_view_asked(q):
    assert parse(q).stance != "view"


def test_how_is_x_connected_to_y_asks_for_their_relation():
    p = parse("How is Alan Milburn connected to Tony Blair?")
    assert (p.intent, p.who, p.other) == ("relation", "Alan Milburn", "Tony Blair")
    p = parse("What's Luke Tomlinson's link to the royals?")
    assert (p.intent, p.who, p.other) == ("relation", "Luke Tomlinson", "the royals")


@pytest.mark.parametrize("q", ["who begged the chancellor not to splash the cash", "who mocked the mayor as a tourist",
                               "who slammed the plan as a fiasco", "who estimated the cost at 5bn"])
def test_more_verbs_of_saying_ask_who_said(q):
    assert parse(q).intent == "who_said"


@pytest.mark.parametrize("q, claim", [
    ("who doubted the police were behind the fires", "the police were behind the fires"),
    ("who disputed that the figures were right", "the figures were right"),
    ("who signalled the tories would cut taxes", "the tories would cut taxes"),
])
def test_doubting_or_disputing_a_claim_asks_who_said_it(q, claim):
    p = parse(q)
    assert (p.intent, p.topic) == ("who_said", claim)


@pytest.mark.parametrize("q", ["what was agreed on turkey's EU bid at the brussels summit", "what was found on the coaches",
                               "what was stolen from the MP in Nairobi"])
def test_what_was_done_asks_for_a_fact_not_a_definition(q):
    assert parse(q).intent == "search"


def test_what_is_a_thing_still_asks_what_it_is():
    assert parse("what is the shared services initiative").intent == "who_is"


def test_downing_st_is_downing_street():
    assert clean("what did downing st say about the snap election") == "what did downing street say about the snap election"
    assert clean("what did Downing St confirm") == "what did Downing Street confirm"


def test_a_connective_of_the_claim_is_no_topic_word():
    assert "because" not in content_words("who said the plan failed because the money ran out")


def test_which_mp_said_and_who_reckons_ask_who_said():
    assert parse("Which MP said he was amazed the chief executive had not resigned?").intent == "who_said"
    assert parse("Who reckons the deal changed no minds?").intent == "who_said"


def test_an_asking_price_is_not_a_request():
    assert parse("What was Oculus's original asking price?").intent != "stance"
    assert parse("why did the timing of blair's monthly press conference cause a stir").intent != "stance"


def test_the_basis_for_a_claim_asks_for_its_source():
    p = parse("what's the basis for the claim that downing street wrote the iraq answer")
    assert (p.intent, p.topic) == ("source_of", "downing street wrote the iraq answer")


def test_where_does_a_figure_come_from_asks_for_its_source():
    p = parse("Where does the figure for Yoon's approval rating come from?")
    assert (p.intent, p.topic) == ("source_of", "figure for Yoon's approval rating")


def test_according_to_which_poll_asks_for_a_source():
    p = parse("According to which poll would Britons reject the EU constitution two to one?")
    assert p.intent == "source_of" and "reject the EU constitution" in p.topic


def test_hedging_adverbs_are_not_topic_words():
    assert content_words("when did blair supposedly change his mind") == ["blair", "change", "mind"]
    assert content_words("when exactly does the ban start") == ["ban", "start"]


def test_emphasis_is_not_a_topic_word():
    # a reader's "completely", "every single" is rarely the article's word; "single" alone is
    assert content_words("who said every single death in custody was completely avoidable") == ["death", "custody", "avoidable"]
    assert content_words("who backed the single market") == ["backed", "single", "market"]


def test_till_is_until():
    assert content_words("working till they drop") == ["working", "drop"]


def test_now_in_other_words_is_not_a_topic_word():
    assert content_words("what's the turnout so far in the referendum") == ["turnout", "referendum"]


def test_a_likeness_suffix_is_not_a_topic_word():
    assert content_words("which browser stops facebook-style tracking") == ["browser", "stops", "facebook", "tracking"]


def test_a_pair_with_a_chat_tail_keeps_the_second_name_whole():
    assert parse("yahoo and aol - how do they fit together?").other == "aol"


def test_two_questions_in_one_message_are_split():
    from bot.answer.question import split_questions
    assert split_questions("when was the Hatfield crash and how many people were killed") == [
        "when was the Hatfield crash", "how many people were killed"]
    assert split_questions("how much would the deal save, and what got it over the line") == [
        "how much would the deal save", "what got it over the line"]
    assert split_questions("when was the duchy set up, and by whom") == ["when was the duchy set up, and by whom"]
    assert split_questions("Israel and Russia") == ["Israel and Russia"]


def test_where_someone_stands_asks_for_a_view_not_a_place():
    from bot.answer.asked import asked_kind
    assert asked_kind("where does howard stand on stem cell research") is None
    assert asked_kind("where did howard speak about stem cell research") == "where"


def test_contractions_are_not_topic_words():
    # "haven't" once gave the word "haven", "won't" the word "won" (a form of "win")
    assert content_words("who haven't committed an offence and won't say they're sorry") == ["committed", "offence", "sorry"]
    assert content_words("Turkey's bases") == ["turkey", "bases"]


def test_a_hint_after_the_question_is_not_part_of_it():
    from bot.answer.question import split_questions
    assert split_questions("who's david james? the tories' savings guy?") == ["who's david james"]
    assert split_questions("who is Gofman? what did he say about Syria?") == ["who is Gofman", "what did he say about Syria"]
    assert split_questions("who is Roman Gofman") == ["who is Roman Gofman"]


def test_chat_shorthand_reads_as_the_words_articles_print():
    p = parse("what did may say abt the govts plans")
    assert "about the government's plans" in p.text and p.topic == "the government's plans"


@pytest.mark.parametrize("typed, read", [
    ("who said pupils skip class bc of bullying", "pupils skip class because of bullying"),
    ("who said the rise is needed cos pensions are falling", "needed because pensions"),
    ("why are theres so many delays", "there's so many delays"),
    ("what is the council gonna do about potholes", "going to do about potholes"),
    ("what did the mayor say yday", "say yesterday")])
def test_chat_shorthand_for_a_small_word_is_spelt_out(typed, read):
    assert read in clean(typed)
    assert "Cos" in clean("who is Maria Cos")  # a name, capitalised, stays


@pytest.mark.parametrize("typed, asked", [("who is harriet venn tbh", "who is harriet venn"),
                                          ("lol what did the mayor say", "what did the mayor say"),
                                          ("btw who runs the port authority", "who runs the port authority"),
                                          ("imo whats the council planning", "what's the council planning")])
def test_a_chat_filler_asks_nothing(typed, asked):
    assert clean(typed) == asked
    assert parse(typed).intent == parse(asked).intent


@pytest.mark.parametrize("typed, read", [("what do the lib dems want on 24hr drinking", "24 hour drinking"),
                                          ("a 2yrs sentence", "2 years sentence"), ("open 24 hrs a day", "24 hours a day")])
def test_a_unit_shortened_after_its_number_is_spelt_out(typed, read):
    assert read in clean(typed)
    assert "hr department" in clean("the hr department")  # no number: not an hour


def test_whos_doing_something_asks_who_does_it():
    p = parse("who's picking the questions for the phone-in")
    assert p.intent == "search" and p.topic == "picking the questions for the phone-in"


@pytest.mark.parametrize("q", ["what will yahoo be called after the sale", "what's yahoo going to be called after the sale",
                               "what is the new party called"])
def test_what_something_is_called_asks_for_a_name_not_a_speaker_or_an_aim(q):
    assert parse(q).intent == "search"


def test_re_is_about_but_not_inside_a_word():
    from bot.answer.question import clean
    assert clean("what does obama want the uk to do re the EU") == "what does obama want the uk to do about the EU"
    assert clean("was it a u-turn") == "was it a u-turn" and clean("they're cross") == "they're cross"
    assert clean("the re-election bid") == "the re-election bid"


@pytest.mark.parametrize("question, who", [("what did sen. mark warner say", "senator mark warner"),
                                          ("what did Sen Mark Warner say", "senator Mark Warner"),
                                          ("what did rep. kevin brady say", "representative kevin brady")])
def test_a_shortened_title_before_a_name_is_spelt_out(question, who):
    assert parse(question).who == who


@pytest.mark.parametrize("question, topic", [
    ("who does the bbc story on parties phoning people on the TPS list quote", "parties phoning people on the TPS list"),
    ("which experts are quoted doubting brown's growth forecasts", "doubting brown's growth forecasts"),
])
def test_whom_a_named_outlets_story_quotes_asks_for_its_sources(question, topic):
    p = parse(question)
    assert (p.intent, p.topic) == ("sources", topic)


@pytest.mark.parametrize("question", ["what sources are behind the february snap election story",
                                      "what sources is the february snap election story based on"])
def test_what_sources_are_behind_a_story_asks_for_its_sources(question):
    p = parse(question)
    assert p.intent == "sources" and p.topic == "february snap election"


@pytest.mark.parametrize("question, topic", [
    ("sources cited in the article on claims the war advice was drafted in number 10",
     "the article on claims the war advice was drafted in number 10"),
    ("sources quoted in the budget preview piece", "the budget preview piece"),
    ("who does the bbc quote in its piece on the last legal hunts", "piece on the last legal hunts"),
])
def test_sources_cited_in_a_story_asks_for_its_sources(question, topic):
    p = parse(question)
    assert p.intent == "sources" and p.topic == topic


def test_who_is_telling_people_something_asks_who_says_it():
    p = parse("who's telling voters on the doorstep that a vote for blair means getting brown")
    assert p.intent == "who_said" and p.topic == "a vote for blair means getting brown"
    assert "means" not in content_words(p.topic)  # "X means Y" links two ideas; it is neither


def test_chat_shorthand_for_a_name_is_spelt_out():
    assert "facebook" in parse("how much did fb pay for whatsapp").topic


def test_a_short_word_in_ee_has_no_made_up_past():
    from bot.answer.search import inflections
    assert "feed" not in inflections("fee") and "agreed" in inflections("agree")
    # ... nor is a word in -eed a past: "feed" is no "fee", "seed" no "see"; "freed" is "free"
    assert "fee" not in inflections("feed") and "see" not in inflections("seed") and "free" in inflections("freed")


def test_a_past_of_one_short_syllable_is_its_word_in_e():
    """"rated" is "rate", never "rat" (whose past is "ratted"); "shamed" is no "sham"."""
    from bot.answer.lexicon import expand
    from bot.answer.search import inflections
    assert "rat" not in inflections("rated") and "rate" in inflections("rated")
    assert "vot" not in inflections("voted") and "vote" in inflections("voted")
    assert "sham" not in expand("shamed") and "charade" not in expand("shaming")
    # a stem that is its word stays: "played", "feared", "sacked", "taxed", and doubled ones
    assert "play" in inflections("played") and "fear" in inflections("feared") and "tax" in inflections("taxed")
    assert "dismiss" in expand("sacked") and "prohibit" in expand("banned") and "halt" in expand("stopped")


@pytest.mark.parametrize("question, claim", [
    ("who argues that privacy should not be a luxury", "privacy should not be a luxury"),
    ("who warns that the NHS is in crisis", "the NHS is in crisis"),
    ("who advised people against taking DNP", "people against taking DNP"),
    ("which law lord said the real danger comes from the law", "the real danger comes from the law"),
])
def test_a_claim_held_now_or_by_a_named_kind_of_speaker_asks_who_said_it(question, claim):
    p = parse(question)
    assert (p.intent, p.topic) == ("who_said", claim)


def test_what_someone_was_charged_with_is_a_fact_not_who_they_are_nor_a_sum():
    from bot.answer.asked import asked_kind
    assert parse("what were the commons hunt protesters charged with").intent == "search"
    assert asked_kind("what were the commons hunt protesters charged with") is None
    assert asked_kind("what did the council charge for parking") == "money"
    assert parse("what was the Marchmont Trust").intent == "who_is"


def test_reckon_is_how_a_view_is_asked_not_a_word_of_the_answer():
    assert content_words("when does blunkett reckon the election will be called") == ["blunkett", "election", "called"]


def test_the_name_of_a_post_asks_who_holds_it():
    p = parse("what is the name of the lib dem leader")
    assert (p.intent, p.who) == ("who_is", "the lib dem leader")
    from bot.answer.asked import asked_kind
    assert asked_kind("what is the name of yoon suk yeol's wife") == "name"


@pytest.mark.parametrize("q,kind", [
    ("how far is the new depot from the old garage", "distance"),
    ("how far has britain dropped in the competitiveness league", None),  # a change: "from fourth to 11th"
    ("how far have house prices fallen", None),
])
def test_how_far_asks_for_a_distance_unless_something_moved(q, kind):
    assert asked_kind(q) == kind


def test_after_school_is_not_what_someone_is_after():
    # what they are offering is their plan; "after-school" stays a word of the topic, not a stance
    p = parse("what are the tories offering children on after-school sport")
    assert (p.intent, p.stance, p.who) == ("stance", "plan", "the tories")
    assert "after-school" in p.topic


def test_after_an_event_is_a_time_not_what_someone_is_after():
    # "whats the stamp duty threshold now after the budget": a figure since the budget, no one's aim
    assert parse("whats the stamp duty threshold now after the budget").intent != "stance"
    assert parse("what's the jobless rate after the closure of the mill").intent != "stance"
    assert parse("what's charles clarke after on economic migrants").intent == "stance"
    assert parse("what are the tories after").intent == "stance"


def test_per_and_yr_are_read_as_typed():
    assert content_words(clean("how much does a prison place cost per yr")) == ["prison", "place", "cost", "year"]


@pytest.mark.parametrize("q", ["what is cherie blair accused of doing on her US lecture tour",
                               "what was the mayor criticised for"])
def test_what_someone_is_accused_of_is_a_fact_not_their_words(q):
    # "Cherie Blair has been accused of criticising George W Bush's policies": the story says it
    assert parse(q).intent == "search"


def test_whoever_is_no_topic_word():
    assert content_words("what did reid say about whoever is behind the books") == ["reid", "behind", "books"]


def test_an_age_is_a_persons_not_a_groups():
    # "how old is Kennedy" is not answered by a policy on "18 to 30-year-olds"
    from bot.answer.asked import ANSWER_TYPES
    age = ANSWER_TYPES["age"]
    assert age.search("shooting dead a 16-year-old burglar") and age.search("Parata, 75, has overseen")
    assert age.search("he is 48 years old")
    assert not age.search("getting 50% of 18 to 30-year-olds into higher education")
    assert not age.search("Only a quarter of 14-16 year olds knew")


@pytest.mark.parametrize("q", ["whats happening with jonathan sayeed", "what's going on with jonathan sayeed",
                               "any news on jonathan sayeed", "what's the latest on jonathan sayeed"])
def test_news_of_someone_asks_for_what_the_pack_tells_of_them(q):
    p = parse(q)
    assert (p.intent, p.topic) == ("search", "jonathan sayeed")


def test_where_to_look_is_not_part_of_the_post_asked():
    p = parse("who's the attorney general in these iraq stories")
    assert (p.intent, p.who) == ("who_is", "the attorney general")


def test_a_verb_that_is_no_speech_is_not_taken_from_the_end_of_the_topic():
    # "claims" ends the topic ("asylum claims"); the speaker cannot hold "about"
    p = parse("what did howard read out at pmqs about processing asylum claims")
    assert p.intent != "statements_by" or "about" not in (p.who or "")


def test_a_department_typed_short_is_the_department():
    assert parse("how did the dept for constitutional affairs respond").who == "the department for constitutional affairs"


@pytest.mark.parametrize("q, intent, topic", [
    ("what's happened to mugabe", "search", "what has happened to mugabe"),
    ("who's been quoted in the mugabe story", "sources", "the mugabe story"),
])
def test_the_s_of_has_before_a_past_participle(q, intent, topic):
    p = parse(q)
    assert (p.intent, p.topic) == (intent, topic)


def test_a_post_asked_about_now_is_the_post():
    assert parse("who's ukip's chair these days?").who == "ukip's chair"
    assert parse("who's the wales secretary in the cabinet?").who == "the wales secretary"


def test_a_month_typed_short_is_the_month():
    assert "february" in parse("what did no 10 say about the talk of a feb election").topic
    assert parse("who decided on the dec vote").text == "who decided on the december vote"  # "decided" stays


def test_heads_up_is_heads_and_ltd_is_limited():
    assert parse("who heads up the cbi").who == "the cbi head"
    assert parse("whats the link between jonathan sayeed and english manner ltd").other == "english manner limited"


@pytest.mark.parametrize("question, topic", [
    ("what did edward leigh tell the ft about the tax plans", "the tax plans"),
    ("what did jowell tell the guardian on super casinos", "super casinos"),
    ("what did blair tell mps", None),                  # the audience is all the topic there is
    ("what did blair say about the budget", None),      # nobody told
])
def test_the_topic_without_whom_it_was_told_to(question, topic):
    assert told_about(parse(question)) == topic


@pytest.mark.parametrize("question, who, topic", [
    ("how did keith hill react to the lib dem housing plan", "keith hill", "the lib dem housing plan"),
    ("how did the union respond to the pay plan", "the union", "the pay plan"),
])
def test_a_reaction_asked_before_a_plan_word_is_a_reaction(question, who, topic):
    p = parse(question)
    assert (p.intent, p.who, p.topic) == ("statements_by", who, topic)


@pytest.mark.parametrize("question, who, topic", [
    ("what did blair say when pushed on tax pledges", "blair", "tax pledges"),
    ("what did brown say when pressed about the election date", "brown", "the election date"),
])
def test_what_someone_said_when_pressed_on_a_topic_is_what_they_said_on_it(question, who, topic):
    p = parse(question)
    assert (p.intent, p.who, p.topic) == ("statements_by", who, topic)


def test_a_mistyped_question_frame_is_read_as_typed_right():
    assert parse("what happend to howard flight").text == "what happened to howard flight"
    assert parse("wat did blair say").intent == "statements_by"
    # ... and a word that only stresses the asking
    assert (parse("what exactly did mandelson say about gloating").who, parse("what exactly did mandelson say about gloating").topic) \
        == ("mandelson", "gloating")


def test_where_something_slipped_to_asks_for_a_position_not_a_place():
    assert asked_kind("where has the uk slipped to in the competitiveness league") == "how much"
    assert asked_kind("where did the pm give his speech") == "where"


def test_the_result_of_a_vote_asks_for_its_tally():
    assert asked_kind("whats the result of mondays commons vote on the terror bill") == "tally"


@pytest.mark.parametrize("question, who, topic", [
    ("whats the green offer on bus fares for students", "the green", "bus fares for students"),
    ("what is the liberal party's policy on river tolls", "the liberal party", "river tolls"),
    ("what are the nationalists' pledges on ferry fares", "the nationalists", "ferry fares"),
])
def test_what_a_party_offers_or_pledges_on_a_topic_is_its_plan(question, who, topic):
    p = parse(question)
    assert (p.intent, p.who, p.topic, p.stance) == ("stance", who, topic, "plan")
    # ... but a fee someone pays for a better offer is no one's offer
    assert parse("whats the exit fee if the bank walks away for a better offer").intent != "stance"


def test_who_did_a_study_asks_who_carried_it_out():
    assert parse("who actually did the river silt survey").text == "who carried out the river silt survey"
    assert parse("who did the research on flood defences").text == "who carried out the research on flood defences"
    # ... not whom the story on a report quotes
    assert parse("who does the piece on the audit report quote").text == "who does the piece on the audit report quote"


def test_who_wrote_a_book_named_by_its_title_asks_for_its_author():
    p = parse("who wrote the book Harbour Lights?")
    assert (p.intent, p.who) == ("who_is", "the author of the book Harbour Lights")
    # ... not who wrote the words that follow
    assert parse("who wrote to the minister that the ferry should stay").intent == "who_said"


def test_what_is_in_a_thing_asks_what_it_holds_not_who_someone_is():
    assert parse("whats in the prevention of terrorism bill").intent == "search"
    assert parse("what was in the diet pills eloise parry took").intent == "search"
    assert asked_kind("what was in the diet pills that killed her") == "contents"
    # ... but what is in a message or a speech is what it says, which no word for contents tells
    assert asked_kind("what was in howard's new year message") != "contents"


def test_the_fee_for_something_is_a_sum_not_someone():
    assert parse("whats the fee for a marriage approval certificate").intent == "search"
    assert asked_kind(parse("whats the fee for a marriage approval certificate").text) == "money"


def test_how_far_short_or_how_rare_asks_for_a_count_not_a_distance():
    assert asked_kind("how far short of a majority was labour after the 1974 vote") == "how much"
    assert asked_kind("how rare is it for the government to use the royal prerogative") == "how much"
    assert asked_kind("how far is the new hq from the old one") == "distance"


def test_what_kind_of_thing_is_in_something_asks_what_it_holds():
    assert asked_kind("what chemical was in the sleep capsules") == "contents"
    assert asked_kind("what sedative were the capsules thought to contain") == "contents"
    assert asked_kind("what chemical did the inspectors find") != "contents"


@pytest.mark.parametrize("question, who, topic", [
    ("what did the ramblers association say in response to the access review", "the ramblers association", "the access review"),
    ("what did mayor quist say in reply to the petition", "mayor quist", "the petition"),
    ("what did the union say in reaction to the pay offer", "the union", "the pay offer"),
    ("what did the coastguard say in the wake of the ferry grounding", "the coastguard", "the ferry grounding"),
])
def test_what_someone_said_in_response_to_a_thing_is_what_they_said_on_it(question, who, topic):
    # "in response to" frames the question; the thing responded to is the topic, not "response"
    p = parse(question)
    assert (p.intent, p.who, p.topic) == ("statements_by", who, topic)


def test_chat_shortenings_of_executives_and_information():
    # "the union execs" are the unions' executives, "the info commissioner" the information commissioner
    assert clean("when are the union execs meeting") == "when are the union executives meeting"
    assert clean("why is the info commissioner looking into it") == "why is the information commissioner looking into it"
    assert clean("the new comms chief") == "the new communications chief"
    assert clean("the infobox and the info-sheet") == "the infobox and the info-sheet"  # words of their own


def test_around_and_mid_are_prepositions_not_claim_words():
    # "around the election" / "in the run-up to the election"; "mid debate" / "during debates"
    assert content_words("terrorists might strike around the election") == ["terrorists", "strike", "election"]
    assert "mid" not in content_words("some mps have been fiddling with their phones mid debate")


def test_altogether_in_a_how_much_question_asks_for_the_total_not_a_word():
    # "how much has X given altogether": no sentence must hold "altogether" ...
    assert "altogether" in FRAME_WORDS
    # ... but a claim that holds it still does: "give up on europe altogether"
    assert "altogether" in content_words("who said voters would give up on the union altogether")


def test_the_fee_a_question_asks_is_the_sum_not_a_word_of_the_answer():
    # "what's the fee for a mooring permit": "To get a permit, costing £85, ..." answers
    assert asked_kind("what's the fee for a mooring permit") == "money"
    assert {"fee", "fees"} <= MONEY_WORDS


def test_an_ordinal_counts_what_follows_it_not_a_series_it_numbers():
    from bot.answer.asked import ANSWER_TYPES
    how_many = ANSWER_TYPES["how much"]
    assert how_many.search("Mr Dace is the twelfth man to be held since the raid")
    assert not how_many.search("the new sweeps - the sixth of which will take place on Monday")


def test_what_someone_wrote_back_to_a_person_is_about_that_person():
    # "write back to X": "back" is the reply's, no "support" ("did MPs back the plan")
    p = parse("what did the mayor write back to councillor orla brennock")
    assert p.intent == "statements_by" and p.who == "the mayor" and p.topic == "councillor orla brennock"


@pytest.mark.parametrize("q, topic", [
    ("whose survey does the harbour fees story cite", "harbour fees"),
    ("what's the source for the harbour fees story", "harbour fees"),
    ("where does the info in the harbour fees article come from", "harbour fees"),
])
def test_a_question_after_a_storys_source_asks_for_whom_the_story_quotes(q, topic):
    p = parse(q)
    assert p.intent == "sources" and p.topic == topic


def test_compo_is_shorthand_for_compensation():
    assert clean("what did the minister say about compo culture") == "what did the minister say about compensation culture"


def test_sex_ed_is_shorthand_for_sex_education():
    assert parse("what does the midwives' guild want on sex ed").topic == "sex education"


@pytest.mark.parametrize("q", ["whats the salary for the harbour board's new chairman",
                               "what is the budget of the new coastal patrol unit"])
def test_what_a_post_pays_or_a_body_spends_asks_for_a_sum_not_who(q):
    assert parse(q).intent == "search"


def test_who_is_quoted_or_asked_to_comment_asks_for_a_storys_sources():
    p = parse("who is quoted or asked to comment in the story on the harbour fees")
    assert p.intent == "sources" and p.topic.endswith("the harbour fees")


@pytest.mark.parametrize("question", [
    "how much money is the farmer suing the council for",
    "how much money did the flood appeal raise",
])
def test_how_much_money_asks_for_a_sum(question):
    # a sum ("£40,000"), not any number in the story ("one of four farmers"); but "how much
    # compensation" may be told as a share ("just over a third of the money it hoped for")
    from bot.answer.asked import asked_kind
    assert asked_kind(question) == "money"
    assert asked_kind("how much compensation did the flood victims get") == "how much"


def test_noone_typed_as_one_word_is_no_one():
    assert "noone" not in content_words(parse("who said noone is denying a merger could be on the cards").topic)
    assert parse("who said noone is denying a merger could be on the cards").topic.startswith("no one is denying")


def test_a_pronoun_typed_without_its_apostrophe_is_no_topic_word():
    assert content_words("howard came across like hed kick your cat") == ["howard", "came", "across", "like", "kick", "cat"]
    assert content_words("theyd said shes leaving") == ["leaving"]


@pytest.mark.parametrize("question, claim", [
    ("who dropped hints on the radio that the vote was close", "on the radio that the vote was close"),
    ("who dropped a heavy hint that she would stand", "she would stand"),
    ("who has given fresh hints that the harbour will close", "the harbour will close"),
])
def test_dropping_hints_is_saying_the_claim(question, claim):
    p = parse(question)
    assert (p.intent, p.topic) == ("who_said", claim)


@pytest.mark.parametrize("question, topic", [
    ("what was the deal with the reports that his dad came into the country illegally",
     "the reports that his dad came into the country illegally"),
    ("whats the story with the claims that the mayor took a bribe", "the claims that the mayor took a bribe"),
])
def test_the_deal_with_reports_that_is_a_search_on_the_reported_claim(question, topic):
    p = parse(question)
    assert (p.intent, p.topic) == ("search", topic)
    assert parse("what's the deal with iraq").intent == "briefing"  # a topic, still a briefing


@pytest.mark.parametrize("question, who, topic", [
    ("what is mossop up to this week on the campaign trail", "mossop", "this week on the campaign trail"),
    ("what did the mayor get up to on friday before the rally", "the mayor", "on friday before the rally"),
    ("whats the harbour party been up to", "the harbour party", None),
])
def test_what_someone_is_up_to_asks_what_they_did(question, who, topic):
    # not a who-is about "mossop up to this week on the campaign trail"
    p = parse(question)
    assert (p.intent, p.who, p.topic) == ("happened", who, topic)


@pytest.mark.parametrize("question, who, topic", [
    ("what does pembury point to as evidence that voters want a debate", "pembury", "voters want a debate"),
    ("what evidence does the mayor cite that the bridge is unsafe", "the mayor", "the bridge is unsafe"),
    ("what proof did ms arden offer of the council wasting money", "ms arden", "the council wasting money"),
])
def test_what_someone_gives_as_evidence_is_what_they_said_on_the_claim(question, who, topic):
    p = parse(question)
    assert (p.intent, p.who, p.topic) == ("statements_by", who, topic)


@pytest.mark.parametrize("typed, read", [("what did mori find back in 99", "what did mori find in 1999"),
                                          ("who won in '05 and why", "who won in 2005 and why"),
                                          ("where was he back in 2001", "where was he in 2001"),
                                          ("what did he do back in 20 minutes", "what did he do back in 20 minutes"),
                                          ("how many were there in 99", "how many were there in 99")])
def test_a_year_typed_short_is_read_whole(typed, read):
    assert clean(typed) == read


def test_way_before_a_comparison_is_the_articles_far():
    # "way too many" is informal "far too many", no word of the claim; the noun "way" stays
    assert clean("who said way too many appeals go to court") == "who said far too many appeals go to court"
    assert clean("who reckons the budget was way over-optimistic") == "who reckons the budget was far over-optimistic"
    assert clean("is this the way more voters turn out") == "is this the way more voters turn out"


@pytest.mark.parametrize("question, topic", [
    ("who did the vardle valley tolls report", "vardle valley tolls report"),
    ("who carried out the council's new parking survey", "council's new parking survey"),
    ("whose research is the drink limit report based on", "drink limit report"),
])
def test_who_did_a_report_named_by_its_subject_asks_its_source(question, topic):
    p = parse(question)
    assert (p.intent, p.topic) == ("source_of", topic)


@pytest.mark.parametrize("question, who, topic", [
    ("who does the mayor say is blocking the bridge plan", "the mayor", "blocking the bridge plan"),
    ("who did ms arden say would lose out", "ms arden", "lose out"),
])
def test_who_someone_says_is_so_is_what_they_said_on_the_rest(question, who, topic):
    p = parse(question)
    assert (p.intent, p.who, p.topic) == ("statements_by", who, topic)


def test_which_thing_a_piece_says_is_best_stays_a_search():
    # "which kettle does the consumer column say is best": a thing the piece may state in its own voice
    assert parse("which kettle does the consumer column say is best").intent == "search"


@pytest.mark.parametrize("question", ["whats the kelbrook contract worth to dunmere hospital each year",
                                      "what was the stadium deal worth"])
def test_what_a_thing_is_worth_asks_a_value_not_who_it_is(question):
    assert parse(clean(question)).intent == "search"


@pytest.mark.parametrize("typed, read", [("how much wd a vote on the treaty cost", "how much would a vote on the treaty cost"),
                                          ("what shd the council do", "what should the council do"),
                                          ("how much has she given since 99", "how much has she given since 1999"),
                                          ("how many have died since 99 people fell ill", "how many have died since 99 people fell ill"),
                                          ("who raised the min wage", "who raised the minimum wage")])
def test_chat_shorthand_for_modals_and_a_bare_year_after_since(typed, read):
    assert clean(typed) == read


@pytest.mark.parametrize("question", ["how much has trell given the radical party", "how much a year will the closures save",
                                      "how much did the appeal raise"])
def test_how_much_given_saved_or_raised_asks_for_a_sum(question):
    assert asked_kind(question) == "money"


def test_how_much_of_a_thing_given_is_no_sum():
    assert asked_kind("how much support has she given the plan") != "money"


def test_in_what_year_asks_when():
    from bot.answer.asked import asked_kind
    assert asked_kind("in what year did the harbour wall come down") == "when"
    assert asked_kind("which year was the ferry bridge built") == "when"
    assert asked_kind("what day is the harbour vote") is None


def test_a_u_turn_typed_without_its_hyphen_is_no_you():
    # the "u" of "u turns" is the articles' "U-turns", not the chat shorthand for "you"
    assert clean("what did howard say about blair's u turns on burglars") == "what did howard say about blair's u-turns on burglars"
    assert clean("did the govt U turn on id cards") == "did the government U-turn on id cards"
    assert clean("did u see the u-turn") == "did you see the u-turn"
