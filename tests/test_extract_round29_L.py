"""Round 29 (helper L): who says each sentence.

- A main-clause passive of a stance verb with its agent named takes a position as the active does:
  "The report was welcomed by X", "The plans have been branded 'reckless' by Y", "X's theory has
  been questioned by Z" are X's, Y's, Z's; a "He" that follows is the agent, not an earlier speaker.
  Not "was dismissed by" of anything but words (a firing), not a passive inside another clause, and
  not when the agent phrase holds a person's own words ("criticised by groups, including X, who
  says ...": X's).
- "<Broadcaster>'s <Title> with <Name>" ("told BBC One's Breakfast with Frost") names a programme:
  the name in it is no person (nor its first word a place) of the story, so a later "the lord
  chancellor" finds the peer the story quotes, not the programme's host.
"""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_actors as _actors
from extract_helpers import invented_extract as _extract


def _by_text(ex):
    said = _said(ex)
    return {s.text: said.get(i) for i, s in enumerate(ex.sentences)}


def test_a_passive_stance_with_its_agent_named_is_the_agents(nlp):
    ex = _extract(
        nlp,
        "Plans to sell the old library have been branded \"reckless\" by the Green Party.",
        "The report was welcomed by shadow housing secretary Peter Marlow.",
        "The council approved the sale on Monday.")
    said = _by_text(ex)
    assert said["The report was welcomed by shadow housing secretary Peter Marlow."][2] == "peter marlow"
    assert said["Plans to sell the old library have been branded \"reckless\" by the Green Party."][2] == "green party"
    assert said["The council approved the sale on Monday."] is None


def test_he_after_a_passive_agent_is_the_agent(nlp):
    ex = _extract(
        nlp,
        "The programme also heard from Lord Hollis, who was a minister at the time.",
        "He denied that the police played any improper role.",
        "Mr Dale's theory has also been questioned by the party's former leader, Owen Pritchard.",
        "He accepted that the fires hurt the party's image but believed that officers had their hands full.")
    said = _by_text(ex)
    assert said["Mr Dale's theory has also been questioned by the party's former leader, Owen Pritchard."][2] == "owen pritchard"
    assert said["He accepted that the fires hurt the party's image but believed that officers had their hands full."][2] \
        == "owen pritchard"


def test_a_passive_that_is_no_stance_stays_the_storys(nlp):
    ex = _extract(
        nlp,
        "The club's manager was dismissed by the board on Monday.",
        "Fans were angry after the game was blamed by the parents of a boy for his death.",
        "New speed limits have been criticised by motoring groups, including Labour MP Jane Kerr, who says they will cost lives.")
    said = _by_text(ex)
    assert said["The club's manager was dismissed by the board on Monday."] is None
    assert said["Fans were angry after the game was blamed by the parents of a boy for his death."] is None
    assert said["New speed limits have been criticised by motoring groups, including Labour MP Jane Kerr, "
                "who says they will cost lives."][2] == "jane kerr"


def test_a_programme_named_with_its_host_is_no_person(nlp):
    _, actors, mentions = _actors(
        nlp,
        "Betty Hale said the upper house needs its own Speaker.",
        "\"Now we must take care of it,\" she told BBC One's Breakfast with Frost.",
        "He told BBC 1's Breakfast with Frost programme that the plan would fail.")
    assert "frost" not in actors and "breakfast" not in actors
    assert not any(m.text in ("Frost", "Breakfast") for m in mentions)


def test_the_post_after_a_programme_with_a_host_is_the_peer_quoted(nlp):
    ex = _extract(
        nlp,
        "Betty Hale has said the upper house needs its own Speaker.",
        "Baroness Hale said she believed the prime minister began reforms without a plan. "
        "\"Now we have to take care of it ourselves,\" she told the BBC's Breakfast with Frost. "
        "In 1999 Labour removed most hereditary peers. That was billed as the first stage of reform. "
        "The lord chancellor hinted further reforms could be unveiled in the next manifesto.",
        "\"I think we need to look very carefully at the relationship between the houses,\" "
        "Lord Mayfield told BBC1's Breakfast With Frost.")
    said = _by_text(ex)
    assert said["The lord chancellor hinted further reforms could be unveiled in the next manifesto."][2] == "lord mayfield"
