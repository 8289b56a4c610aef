"""What a sentence means in its story: a thing the story named before and now calls by its
head noun ("the outbreak"), and whom a story quotes. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.asked import counting
from bot.answer.engine import _TOKEN, _modifies
from bot.answer.people import _author, _epithets, _same_post
from bot.answer.statements import _said_in
from bot.answer.question import parse
from bot.answer.words import content_words

ARTICLES = {
    "blight.txt": """Potato blight sweeps the fens

A potato blight outbreak has swept through farms in the fens this summer, the growers' association said.

Inspectors visited more than two hundred farms in August.

The outbreak is estimated to have cost growers up to £40m.

"We have never seen anything like it," said Marjorie Quill, who farms near Wisbech.
""",
    "library.txt": """Library closures anger readers

Councils say they can no longer afford to keep every branch library open.

Residents in Hexley have started a petition against the closure of their branch, and more than 900 people have signed it.

"A library is not a luxury, it is where our children learn to read," said Perpetua Dwyer, who chairs the Friends of Hexley Library.

County council leader Ambrose Tidd said: "We have protected the mobile library service."
""",
    "ferry.txt": """Ferry talks end without a deal

Prime Minister Rowena Gallt met island leaders to discuss the ferry service on Monday.

Ms Gallt's official spokesman said: "The prime minister wants a timetable that works for islanders."

Ewan McLeish, a former trawler skipper who runs the harbour, said the old ferry was unsafe and should be retired.

"That boat should have been scrapped years ago," said Mr McLeish.
""",
    "roads.txt": """Road repairs bill soars

Councils in the north have spent more than £2bn on pothole repairs since 2010, the Road Users' Federation said.

Its director, Hettie Crane, said the figure showed years of neglect.
""",
    "mugging.txt": """MP robbed on aid trip

Delia Frome, the MP for Wetherby and Tadcaster, was robbed in a park in the capital, Accra.

Ms Frome said the thieves took her passport and her phone.
""",
    "coup.txt": """Army seizes power in Marlovia

The army has taken control of the Marlovian capital, Tessaly.

Marlovian officials said President Dario Tandy had told the Portuguese prime minister, Ines Ferro, by telephone that he was confined to his palace but unharmed.

"We will restore order within days," said General Otto Brask.
""",
    "border.txt": """Tensions rise on the Marlovian border

Troops were seen near the northern crossings on Sunday.

Traders said the main market in Tessaly stayed shut.

Portugal has offered to mediate between the army and President Dario Tandy.

Fuel queues have formed in the south.

Farmers in the border villages have moved their herds south.

Analyst Ilse Varga said Nigeria's biggest worry was that the army would close the border with Marlovia.
""",
    "trade.txt": """Minister visits Lagos

Trade Minister Amos Pell, who is holding talks in Lagos this week, said exports to Nigeria would double.

Mr Pell also signed a deal on student visas.
""",
    "interview.txt": """Minister hints at rail fares freeze

Rail minister Cerys Vane has hinted that fares could be frozen next year.

Ms Vane told the Weekly Courier that she wanted "fares that families can afford".

The Weekly Courier reported last month that station ticket offices would close.
""",
    "polls.txt": """Mayoral polls set for 5 May

Polls for mayors at Wexbury and Tarnley are also scheduled for 5 May.

Shadow local government minister Imogen May said the timetable was fair.
""",
    "column.txt": """Councils must stop hoarding reserves

By Tamsin Rook

Councils across the county are sitting on reserves of more than £300m while they close libraries.

That money belongs to taxpayers, and councils should spend the reserves on the services people rely on.

The Local Government Forum says the reserves are needed for emergencies.
""",
    "care.txt": """Minister defends care funding

Care minister Bronwen Ashby has defended her department's funding plans amid chaotic scenes in the Senate over the Care Homes Bill.

Officials say the fund will double by 2030.

Ms Ashby said: "The money will reach every county."

On Wednesday, the government defeated a backbench attempt to change the bill by 211 votes to 187, despite a rebellion by 20 of its own senators.

The bill now goes to the Assembly.
""",
    "mp.txt": """MP to quit over ill health

Conservative MP Godfrey Pask is to stand down at the next election on the grounds of ill health.

The Stourbridge MP had denied claims that he misused his office allowance.

Mr Pask was suspended from the Commons for a week last month.

Mr Pask said: "I have served the people of Stourbridge for twenty years."
""",
    "donor.txt": """Reform Party rejects donor claims

The Reform Party has denied that it is in debt to its donors.

Newspapers reported that the party had repaid £300,000 to former Reform Treasurer Lord Quarrie after he said it could not win.

Reform leader Harriet Vane said the Reform Party had a warm relationship with all its donors.

Reform won six seats at the last election.
""",
    "peers.txt": """Peers back judges' bill

Peers have backed a bill to change how judges are appointed.

Former minister Alun Brisk, whose father served as lord chancellor, said the bill was unnecessary.
""",
    "defect.txt": """Councillor switches parties

Councillor Rhys Mabon, 52, said he was tired of his party's leadership.

Mr Mabon has defected to the Green Party after twenty years as a Liberal.
""",
    "poll.txt": """Voters back four-day week

A majority of voters (61%) back a four-day working week, a poll suggests.

Almost a quarter said they would take a pay cut for it.

Union leader Maeve Collins said: "Workers have earned this."
""",
    "duchy.txt": """Royal estate income rises

The Duchy of Lancastria manages farmland and property across the west.

The duchy last year generated almost £9m for the prince.
""",
    "leaflet.txt": """Ministers accused over leaflet

Ministers have published a White Paper on the future of the ferries.

Opposition MPs condemned the document, which officials say has cost about £4,000 to design and print.
""",
    "visit.txt": """Prime minister to tour the valleys

Prime Minister Rowena Gallt is to join Councillor Rhys Mabon on a visit to Swansea on Thursday.

Local traders have been branded "the backbone of the valleys" by the chamber of commerce.
""",
    "pubs.txt": """Police chiefs want tougher pub powers

Police chiefs' leader Colin Pask said closing a pub for 24 hours did not hurt bad landlords.

Mr Pask said the drinks industry was not regulating itself.
""",
    "police.txt": """New police chief warns on terror

New Metropolitan Police Commissioner Sir Alun Rees has warned of a terror threat.

Asked about Sir Alun's comments, the mayor's official spokesman said: "We take the threat seriously."

The spokesman declined to comment further.
""",
    "aide.txt": """Former aide to help run the campaign

Former aide Silas Wren will help run the party's election campaign, officials confirmed.

Mr Wren left the prime minister's office in 2003 after six years as its chief of staff.

The party has not said how the move would affect his successor Nerys Tolley.

Records officer Dilys Orme found the lost files with her assistant Idris Penn.
""",
    "duty.txt": """Minister freezes fuel duty

Finance Minister Osric Vell has frozen fuel duty in his spring report to parliament.

Road hauliers had warned that a rise would put firms out of business.
""",
    "lighthouse.html": """<html><head><title>Lighthouse to close</title>
<meta property="og:site_name" content="NWTimes"></head>
<body><article><h1>Lighthouse to close</h1>
<p>The Skerry lighthouse will close in March after 140 years, its keepers were told on Monday.</p>
<p>The lighthouse board says automated beacons are now cheaper to run.</p>
</article></body></html>
""",
    "voting.txt": """Candidates could be younger

The age for standing as a candidate could fall to 18, following a recommendation by the Boundary Commission.

The Tory member for Hexley said the change was overdue.

"Candidacy affects only a few people," said spokesman Emrys Tal.
""",
    "register.txt": """Voters urged to register

Voters must register by Friday to take part in the election.

A Boundary Commission spokeswoman said: "If you want your voice heard, you need to register now."
""",
    "obituary.txt": """Former mayor dies

Former mayor Idwal Pryce has died on the eve of his 90th birthday.

He passed away at home in Rhosfa, a week after his wife Nia died aged 88.
""",
    "islands.txt": """Island councils get more money

Councils on the islands will get £40m more next year.

Finance Minister Bethan Morys said the deal was fair to every council.

Opposition members of the Skerry assembly government called it a cut in real terms.
""",
    "quota.txt": """Minister rules out quota talks

Britain's EU fishing quota is not up for renegotiation at next week's summit, Minister Osric Vell said.
""",
    "boats.txt": """Minister opposes EU boat plan

Minister Osric Vell said he opposed the EU plan to scrap older fishing boats, despite support from other states.
""",
    "rents.txt": """Labour attacks rent rises

Labour spokesman Tomos Adair said rents had doubled in a decade.

Mr Adair said the party would cap rents in the capital.

Mr Adair added that landlords had been warned.
""",
    "homes.txt": """New homes target missed

Tomos Adair, the party's housing spokesman, said the target of 5,000 homes had been missed.
""",
    "harvest.txt": """Wet spring delays the harvest

Heavy rain in April and May has delayed the wheat harvest across the region.

The delay is expected to cost farmers little, the farmers' union said.
""",
    "dam.txt": """First minister apologises to flooded families

First Minister Maris Ockley has apologised to families whose homes were flooded when the Tarn dam failed.

In March the Tarn dam gave way and flood water swept through 40 homes in Brackwell.

Engineers said the dam had not been inspected for a decade.

The first minister later visited the families in Brackwell and promised them new homes.
""",
    "campaign.txt": """Venn to run the party's campaign

Ms Venn and Mr Hart have denied reports of tension between their offices.

The campaign will be run by Orla Venn, a close ally of Tam Hart, from Monday.
""",
    "deficit.txt": """Economist warns on deficits

Former treasury adviser Ruth Calder said budget deficits were like termites eating away at a house.

"You do not see the damage until the floor gives way," she said.
""",
    "embargo.txt": """Trade ban on Vanland to end

The government will lift its trade sanctions on Vanland next month.

In 1998, President Ana Sorel imposed a trade embargo on Vanland over its support for rebel groups.
""",
    "cold.txt": """Pensioners warned over cold homes

Pensioners are more likely than anyone to live in cold homes, the charity Warmth Watch has warned after its survey of households.

A total of 2,114 adults aged 65 or over were interviewed for the study.

Fuel bills rose sharply last winter, hitting people on fixed incomes hardest.
""",
    "levy.txt": """Mayor defends city levy

Mayor Idris Vaughan has defended his plan for a new city levy.

The levy would fall on those earning more than £80,000 a year.
""",
    "measles.txt": """Measles cases fall

The chief medical officer, Anna Pryce, said the outbreak in the north was now under control.

Vaccination rates rose by a tenth over the year.
""",
    "lottery.txt": """First minister opens lottery-funded stadium

First Minister Maris Ockley opened the new Crail stadium on Saturday.

The stadium was built with lottery grants.

Fans were stuck in long queues at the turnstiles.

Ticket staff had voted for a strike over pay in May.

Union leaders met turnstile managers on Friday.
""",
    "surveillance.txt": """Editors will not bow to new surveillance laws

By Wystan Hale

A team of officials has been visiting newsrooms this week to allay fears about the new data retention law.

Editors say the law puts confidential sources at risk.

Wystan Hale is the Meridian Network political editor.
""",
    "teague.txt": """Minister out over pensions remarks

Junior minister Alun Teague, 52, MP for Carnford, said the budget would hurt pensioners.

He was sacked for the remarks on Tuesday.

Mr Teague is the MP for Carnford.
""",
    "corr.txt": """Aide quits after leak row

Edwin Corr quit Downing Street in August 2003 after being Premier Ada Brook's right-hand man for six years.

Mr Corr said the leak had been "deeply damaging" because it undermined trust in the office.
""",
    "greens.txt": """Greens target first-time buyers

The Greens would build 100,000 homes a year for first-time buyers, the party said.

Housing Minister Piers Allard said much of the Green housing plan copied the government's strategy.

"As usual, the Greens' proposals are completely uncosted," he said.

Tory backbencher Edwin Lyle said the proposals were a step in the right direction but he told the Financial Times: "I would offer much greater tax cuts sooner."

Mr Lyle added that the Office of Fair Pricing should investigate the market.
""",
    "lorries.txt": """Councils told to find lorry parks

Transport minister Hal Derwent is telling councils to find more sites for lorry parks.

Mr Derwent said drivers had nowhere to rest.
""",
    "fares.txt": """Rail fares to rise

Transport minister Ivo Stark said rail fares would rise by 3% in January.

The FT reported that season tickets would cost more.

The Parliamentary Advisory Council for Transport Safety said the pact with the unions would hold.
""",
    "wiretaps.txt": """Wiretap evidence ban questioned

Ministers are refusing to allow wiretap evidence in court.

Dr Ana Pryce, the Commission's legal adviser, says wiretap evidence works in the courts of other countries. Human rights groups, senior police officers and many MPs say allowing the evidence would remove the need to detain suspects without charge.

The Justice Office said the ban would stay.

But a spokesman for the Justice Office defended the proposals. He said: "We stand by the rules that cover plea discounts."

A Labour spokesman said the wiretap figures were wrong.

Green justice spokesman Rhys Moran said the ban was "fantasy policing".
""",
    "murderlaw.txt": """Review of murder law under way

The Sentencing Commission has published its report on the law of murder.

The commission also recommended tightening the law so that the provocation defence cannot be used in revenge killings.

Ministers will respond in the spring.
""",
    "harbourdues.txt": """Review of harbour dues under way

The Coastal Trade Board has published its review of harbour dues.

The board, a panel of shipowners and port managers, had been asked to consider reforms to the dues charged on fishing boats.

The board also recommended scrapping the dues on fishing boats under ten metres.

Ministers will respond in the autumn.
""",
    "witness.txt": """Help for nervous witnesses

Lord Tarrow said ministers were right in justifying the cost of video links in every crown court.

Victim Support welcomed the plan.

Launching it, Lord Tarrow said: "Giving evidence is a nerve-wracking experience, especially for a victim."
""",
    "visa.txt": """Inquiry reports on visa case

The inquiry found a "chain of events" linked the minister to Marta Oyelaran's visa application.
""",
    "votefraud.txt": """Vote fraud case opens in Rotherham

Three Rotherham councillors face allegations of postal vote fraud at an election court.

Deputy High Court Judge Percy Vell told the hearing the Rotherham vote fraud case could have serious consequences for the general election.

Mr Vell is due to deliver a judgment next month.
""",
    "quakeaid.txt": """Bramwell leads quake aid effort

Nia Bramwell and her rivals gave separate responses to the Kestan earthquake.

Ms Bramwell took personal charge of the aid response on Tuesday, chairing an emergency meeting.
""",
    "farmers.txt": """Farm subsidy plan attacked

The Upland Growers Union said the subsidy plan would ruin hill farms.

Criticism also came from the Upland Growers Union and Tory leader Ada Fenn, who said the plan had come too late.
""",
    "prisoners.txt": """Ruling on Fenmoor prisoners

Lord Pellow said it was possible some of the Fenmoor prisoners could now be released.

Home Secretary Ivor Dunne has said the Fenmoor prisoners will not be freed at present.
""",
    "cardinal.txt": """Cardinal criticises war cost

Money spent on the war should have been used to reduce poverty, Cardinal Piers Ambrose-Kett has said.

Cardinal Ambrose-Kett said the poor had paid the price.

He told a conference the money could have built schools.
""",
    "abortion.txt": """Church stays out of the poll

His words came as Cardinal Piers Ambrose-Kett, the Archbishop of Fenchester, said the church backed no party.
""",
    "market.txt": """Supermarket chain changes its stores

"In a few years Hallam Market will open a tenth store," said its founder Ruth Oddie.

Analyst Tom Varley said the chain was cutting prices across its stores.

In a few more years, he said, "You won't recognize the original Hallam Market."
""",
    "anglers.txt": """Anglers could face prosecution

The MPs said they were concerned the government had not consulted directly on its plans for animal welfare.

"We will seek to get pledges from individual MPs that they oppose shooting animals for sport," said the League for Wild Things.

The MPs also call for tougher sentences for crimes committed under the influence of drink.
""",
    "cabinet.txt": """Halbrook attacks cabinet style

Lord Halbrook said ministers relied too much on small groups of advisers. The prime minister's official spokesman said the cabinet still met every week.

Former civil service chief Lord Halbrook also criticised the way bills are drafted.
""",
    "quarry.txt": """Quarry bill scraps through

The quarry bill passed its third reading by 301 votes to 287 on Wednesday.

Rebels had sought to limit blasting near villages in the Pennines.

Campaigners gathered outside Parliament with banners.

The bill now goes to the House of Lords.

Some villagers say dust from the quarries already coats their cars.

The industry says the quarries employ 4,000 people.

Planning minister Owen Tinsdale was heckled from both sides during the debate.

Sketch writer Mabel Quennell said Mr Tinsdale looked lost after his performance.

But Lord Harrowby praised his minister for a "first-rate job".

Ministers hope the Lords will pass the bill before the summer.

Opposition peers are expected to table amendments on blasting hours.

A vote in the Lords is due in June.

The quarry firms have welcomed the bill.
""",
    "harbourlevy.txt": """Harbour charges row grows

Transport minister Oswin Prael announced a freeze on harbour charges on Tuesday.

Shipping spokeswoman Maud Kettering hit back by saying the freeze would leave the harbours short of repair money.

On Wednesday, Mr Brannagh provoked fury by branding the harbour board "idle landlubbers" in a speech at the quay.

The Harbour Trust said the freeze would cost the harbours two billion pounds over a decade.

But, as the Harbour Audit Panel has pointed out, the freeze would also starve the lifeboat fund.
""",
    "capsules.txt": """Student dies after taking diet capsules

Fenwick police said the capsules were believed to contain strychnine.

"Nobody believes these capsules could contain anything deadly," said her mother, Orla Tamsett. "Strychnine is a poison."
""",
    "sleepcapsules.txt": """Shopper ill after market stall sleep remedy

Darius Fenwick, 34, was taken to hospital in Corbridge after swallowing six herbal "sleep capsules" from a market stall.

Trading standards officers said the capsules were found to contain zolvarine, a banned sedative.

Health officials urged shoppers to avoid any capsules containing the sedative.

"These remedies are not what they claim to be," said officer Gwen Abery.
""",
    "tonic.txt": """Walker dies after herbal tonic overdose

"Three spoons was a fatal dose and he had taken nine," his sister, Nell Voss, said.

Police are testing the bottles seized from the stall.
""",
    "lane.txt": """Council shuts Pellow Lane

The council is using the rarely invoked Boundary Order to close Pellow Lane to lorries.

It is only the fourth time the order has been used since 1962.

Truancy patrols in Ravensby have apprehended 1,200 pupils dodging school since March.
""",
    "bypass.txt": """Bypass row splits Fennick

Council leader Odell Prynne recently said the Fennick bypass would go ahead, but the Marsh Preservation Society say Mr Prynne has ignored the wading birds.

The Marsh Preservation Society said the route would cut the reed beds in two.

Work is due to start in the spring.
""",
    "varga.txt": """Varga to tour southern Europe

Chancellor Ilse Varga has promised to strengthen trade ties with Portugal.

Following her inauguration, Ms Varga is due in Lisbon at the end of June.

Her spokesman said the trip had been planned for months.
""",
    "lighthouse.txt": """Lighthouse to become a museum

Heritage officer Greta Lindqvist wants the old Skerrow lighthouse opened to visitors by next summer.

The lighthouse was switched off in 1998 and has stood empty since.

A trust has raised £300,000 towards the repairs.

Ms Lindqvist said: "Every child on this coast should be able to climb those stairs."

The island ferry will add an extra sailing on Saturdays.
""",
    "dredging.txt": """Pellmouth dredging criticised

The Coastal Audit Board has published its findings on the dredging of Pellmouth harbour.

It found the work ran two years late and cost £12m more than planned.

Boat owners had complained about silt for a decade.

The dredger Margit Holm worked through the winter.

Fishing crews lost several weeks of landings.

Two berths were closed for most of 2003.

The harbour master ordered new depth surveys in March.

Local traders say footfall fell while the quay was shut.

Tourism chiefs hope the summer regatta will return next year.

The town council met on Tuesday.

A Pellmouth Harbour Trust spokesman said: "We welcome the report and accept we must do better."

New moorings are to be laid in May.

The regatta committee will meet again in June.
""",
    "bridgetoll.txt": """Kessock bridge charges frozen

Transport minister Alma Rusk has frozen the Kessock bridge charges for another year.

The toll raises about £9m a year.

"I propose to match the freeze on ferry fares with a freeze on the bridge toll, which gives drivers a break," Ms Rusk told the assembly.

Ferry fares rose by 4% in April.

Campaign group Cleaner Firths said the freeze sends the wrong message to motorists.
""",
    "depot.txt": """Depot guard says raiders were armed

Night guard Osric Pellam said four men forced their way into the Brackwell depot on Sunday.

"I was afraid they would use a knife or gun, though they never showed any weapon," he said.

Police said a text message sent to the wrong number was the signal that led them to the gang.

Harbour master Ilse Tormund said thieves might try to target the depot during the regatta.
""",
    "cablecar.txt": """Cable car engineers go on trial

Three engineers from the Dunmore Lift Company go on trial this week over the Carrowbeg cable car crash.

The crash, on 3 May 2002, happened when the cabin slipped from its cable at 40 mph near the summit station.

Four passengers were hurt and the line was closed for a year.
""",
    "raids.txt": """Smuggling gang leader held

The leader of the Kestrel smuggling gang has been arrested after a Channel 9 documentary.

In March, the Channel 9 documentary Night Harbour featured secretly filmed footage of the gang unloading crates.

Mr Olafsen is the ninth man to be arrested following the documentary.

Police said more arrests were likely.
""",
    "permits.txt": """New rules for houseboat moorings

Owners of houseboats on the Tarrow canal must now apply for a mooring permit from the Canal Trust.

To get a permit, costing £85, owners will have to show a safety certificate for the boat.

Boats without a permit will be towed away.
""",
    "peerage.txt": """Grevill to join the Senate

Former party leader Osric Grevill has said his acceptance of a seat in the Senate will allow him to help "push through real reform of the chamber".

Mr Grevill had long opposed an appointed upper house.

He will take his seat in the chamber next month.
""",
    "inquest.txt": """Walker died after taking slimming powder

An inquest into the death of hill walker Tamsin Orrell has been opened in Kendal.

Ms Orrell, 34, collapsed on a fell path on 3 May after taking a slimming powder bought online.

"She was burning up and nothing could cool her down," a friend who was with her said.

"We carried her down to the road and waited an hour," he added.

Cumbria police said the powder was believed to contain a banned industrial dye.

Her brother, Rhodri Orrell, said she had never been warned of any danger.
""",
    "ferryfire.txt": """Ferry firm bosses go on trial

The Skarra Line ferry company and four of its managers are to go on trial over the Holm ferry fire.

Fire broke out in the engine room of the Holm ferry on 9 June 2019 and two crew members died.

Skarra Line managers Petra Lunn and Aksel Broad, and harbour managers Ivo Stamm and Rena Toft, all face charges.

The trial is expected to last six months.
""",
    "blasting.txt": """New rules curb quarry blasting

Blasting at the quarries of the Orrin valley is to be limited under rules that come into force on Monday.

Operators must now give residents a week's notice of every blast.

Dust from the quarries has long settled on the village greens.

Three operators work the valley, and one plans to expand.

Parish council clerk Hedda Vossberg said the week's notice would end years of disputes in the valley.

"The windows in Orrin have rattled for the last time," Ms Vossberg said.
""",
    "tolls.txt": """Toll bridge inquiry opens

An inquiry into the Skelda toll bridge opened on Monday.

The inquiry heard that Treasurer Ingmar Halvorsen had forecast toll income of £4m a year.

Campaigner Gunnar Brekke said Mr Halvorsen's forecasts were "a fantasy".

"Nobody believed the income forecasts then," Mr Brekke said.
""",
    "heating.txt": """Greens unveil plan for cold homes

The Green Party would allow tenants to swap their heating grants for discounts on loft insulation.

Party spokeswoman Ottilie Brannagh said: "Cold homes cost lives."
""",
    "grazing.txt": """Commoners fight for grazing rights

Marsh commoners introduced a petition this month that would make their grazing rights permanent.

The estate's owner, Lucan Treharne, said the rights had lapsed in 1990.
""",
    "tarnby.txt": """Row over Tarnby line fare freeze

The Progressives have promised to freeze fares on the Tarnby line if they win the election.

Transport minister Odile Varnham said the pledge could not be paid for and would mean cuts to services.

A Progressive spokeswoman said the party had costed the fare freeze in full and that no service would be cut.
""",
    "harbourfees.txt": """Harbour fees row deepens

Mayor Edwin Quenby has defended plans to double mooring fees at Pellow harbour.

The mayor told a public meeting on Monday that the harbour could not pay its way.

Fishermen walked out of the meeting in protest.

Opposition councillor Bronwen Tulliver wrote to the mayor on Tuesday accusing him of betraying the fishing fleet and demanding that he drop the plans.

In an angry response, the mayor said his words had been twisted and that no decision had been made.

The fleet's owners will meet the council again next month.
""",
    "lighthousekeepers.txt": """Lighthouse keepers warning

Lighthouses around the Skarra coast are at risk of falling into ruin, a committee of MPs has said.

The Commons maritime committee visited six lighthouses in the spring.

In its report the committee said the Trinity Lights board did not have the money to repair the lamps.

"It is hard to see how the board can restore the towers without a new grant," the committee said.
""",
    "guildmaster.txt": """Guild row over master's post

Harbour Guild member Silas Thorne said he hoped to be elected master of the guild before the spring fair.

"I have the support of the younger members," Mr Thorne said.

A Harbour Guild spokesman said Mr Thorne had not been nominated and could not stand this year.

Guild spokesman Amos Reddle said the spring fair would go ahead in May.
""",
    "raillink.txt": """Border rail link to reopen

Chile and Peru have agreed to reopen the rail link across their border after twenty years.

British foreign minister Cressida Vane, visiting Lima, welcomed the rail deal.

Ms Vane said the link would reunite families divided by the border.
""",
    "orchard.txt": """Orchard owner sues council

Fruit grower Piers Gallimore, one of four growers whose orchards were flooded in March, is suing Dunmere council.

Mr Gallimore says the council failed to clear the drains beside his orchard for three years.
""",
    "shortlists.txt": """MPs split over all-women shortlists

Labour MP Odile Farrant said she had been elected in 1992 but it took another decade before a second woman from her county was able to win a seat.

The party's ruling committee will decide on the shortlists in the spring.

Conservative MP Rufus Penhale, who has represented Kestrel Vale since 1997, said shortlists were unfair to local members.
""",
    "relief.txt": """Flood defences win backing

Officials from the Northern Ports Development Fund said on Monday that it had agreed to lend Vardonia two billion dollars to rebuild its flood defences.

The loan will be repaid over thirty years.
""",
    "vardonia.txt": """Vardonia counts the cost of storms

Storms have left thousands of homes in Vardonia without power.

Ministers said the NPDF would advise on the rebuilding of the ports.

The NPDF has worked in the region before.
""",
    "pettigrew.txt": """Stalking horse Pettigrew dies

Sir Alwyn Pettigrew, the backbencher who challenged the party leader in 1991, has died.

He was 80 and died at his home in Lincoln.

That failed challenge made it easier for the former defence secretary, Cedric Quennell, to mount his own bid.
""",
    "thornbury.txt": """Peer attacks harbour plan

Lord Quennell, a former transport minister, said the harbour plan was a mistake.

Lord Quennell said the money would be better spent on the railways.

He was backed by Lady Orde, who said the plan was rushed.
""",
    "ferrymen.txt": """Ferry staff to strike over pay

Members of the Harbour Staff Association are to strike over pay.

Next Thursday's strike by the Harbour Staff Association will close every ferry port in the region.
""",
    "ferrytalks.txt": """Talks aim to avert ferry strike

Association leader Moira Lannigan warned last week that there could be further walkouts by Harbour Staff Association members unless pay improved.
""",
    "dellow.txt": """Profile: Osric Dellow

Osric Dellow was harbour secretary for three years.

Having received his full backing, Ms Farrant was forced to resign in April over abuses in the permit system.

The ruling came on Idris Vane's first day as harbour secretary following Osric Dellow's resignation.
""",
    "mossop.txt": """Mossop names his election target

Former radio presenter Lionel Mossop is to contest the Cumbrian seat of Thornwick at the next general election.

Mr Mossop said his new party would field candidates in seats across the north.

The Thornwick seat was held by the Liberals for a decade.
""",
    "vanstone.txt": """Vanstone leaves party post

Conservative MP Rupert Vanstone landed in trouble over remarks on hidden tax rises at a private dinner.

Mr Vanstone was sacked as party treasurer after apparently suggesting the party planned tax rises after the election.

Party chairman Delia Ormerod said the remarks had been "unhelpful".
""",
    "poacher.txt": """Farmer freed after poacher shooting

Farmer Brannoch Tilley was jailed for life for shooting a poacher on his land in Glenmorrow in 2001.

The conviction was later reduced to manslaughter on appeal and the sentence cut to six years.

Mr Tilley was freed from prison in March 2004.

Ministers say the case shows the law on defending property is clear.
""",
    "tramvote.txt": """Townsfolk 'back tram link by three to one'

Townsfolk in Quenby would back a new tram link by three to one, according to a poll published ahead of the council vote.

The Quenby Herald poll suggests that 61% of residents favour the tram link and 20% oppose it.

Councillor Bryn Tallis said the figures showed "overwhelming support" for the trams.

Opponents say the tram link would cost too much.
""",
    "dellowrow.txt": """Dellow row should end, says mayor

The mayor has said the row over the harbour permits should now end.

Mr Dellow quit in March after an inquiry linked him to a fast-tracked permit.
""",
    "turnoutfear.txt": """Harbour Party braced for low turnout

Harbour Party organiser Tobias Wrenfield warned that abstentions were the real challenge to the Harbour Party at the county election.

Rival candidate Clementine Ostrow said the Harbour Party's leaflets were badly printed.
""",
    "writtenoff.txt": """Greens upbeat as rivals falter

As Meadow Party leader Ottoline Brisk opened her campaign in Cardle, the Green leader Casimir Threlfall dismissed the Meadow Party as a "spent" force.

Ms Brisk said her party would win back every coastal seat.
""",
    "listeninglaw.txt": """Reporters fear new listening law

Editors, reporters and even the Broadcast Council are angry over the surveillance bill.

The Broadcast Council is worried the surveillance bill would silence investigative reporting.

"These fears cannot be met short of exempting reporters," says president Ottoline Radstock.
""",
    "quietline.txt": """Parties defend doorstep calls

Both main parties have been telephoning voters who signed up to the Hushwell register, which bars sales calls.

The Tories have promised to publish a new manifesto on farming next month.

A Conservative spokeswoman said the party obeyed the law when it rang Hushwell subscribers.
""",
    "pagerban.txt": """Pagers banned from the chamber

Members will be thrown out of the assembly if they use pagers in the chamber, Speaker Morwen Kellagh has ruled.

Ms Kellagh said some members had been reading messages during debates and she also cautioned members against using hidden microphones.

The Assembly sits for three days a week.
""",
    "quarryplan.txt": """Quarry plan divides valley

Councillor Mair Edevane says the quarry will bring forty jobs to Cwm Tawel.

Her claim has been questioned by the former quarry manager, Idris Penrose.

The council will decide on the quarry in March.
""",
    "geneclinics.txt": """Clinic rules fear over Norland

Geneticist Fenella Marchbank said she had witnessed the confused situation in Norland, where every region sets its own clinic rules.

Health minister Barnaby Quaile said the clinic system would be reviewed next year.
""",
    "expulsion.txt": """Harbour Party row deepens

Councillor Osgood Prentice, who was expelled from the Harbour Party over his support for the bypass, said he would stand as an independent.

The Harbour Party's organiser said members had backed the decision.

Ms Wilhelmina Stoke, the previous candidate for Dunmarsh, was sacked for posing with a stolen road sign.

In talks this week, the county team boasted of concessions in the new Moorland Access Bill.

Walkers' groups said the county team had offered no real concessions in the Moorland Access Bill.
""",
    "ferrydad.txt": """Ferry chief dismisses rumours

Ferry company chief Lucan Threlkeld spoke about his plans for the new route on Tuesday.

He again rejected newspaper speculation that his own father had smuggled goods across the strait.

Passenger numbers on the route rose by a fifth last year.
""",
    "mascotvote.txt": """Harbour Party unveils a seagull

The Harbour Party has unveiled a seagull at its spring rally in Pellow.

It is one of five sketches e-mailed to party members, who were asked to pick their favourite.

Party organiser Lavinia Troake said 4,000 members had voted.
""",
    "ferrypoll.txt": """Support for ferry subsidy slips

Support for the Quillan ferry subsidy has fallen since 1998, a poll suggests.

Pollsters Brackwater Research carried out both surveys.

In June 1998 they asked 640 islanders if they backed the subsidy for the Quillan Gazette.

This year the Quillan Gazette survey found that 58% backed it.
""",
    "portcuts.txt": """Harbour cuts ahead of schedule

Port chief Osric Penhallow said 340 jobs had gone while 120 were being moved to Falmouth.

Along with his deputy Winifred Hale, he then went on to attack the union's plans for the harbour, which he claimed would lead to an increase of almost 2,000 in unemployment.
""",
    "wardenage.txt": """Wardens may be eighteen

Corwen Blaise - who was elected in 2001 in a marginal seat - has told MPs that river wardens may soon be as young as 18.

In a written statement, Heritage Minister Corwen Blaise said the minimum age of 21 for a river warden would be cut to 18.

Campaigners called for the age to fall to 16.
""",
    "levyrise.txt": """Parking levy to rise

Parking levies in Norland are set to rise by an average of about 6% next spring, the county office said.

Drivers' groups said the rise was unfair.
""",
    "tablets.txt": """Warning after walker falls ill from slimming tablets

Norwold Valley police said the tablets were believed to contain a banned industrial chemical.

"We are working with partner agencies to establish where these tablets were bought and how they were advertised," said chief inspector Tamsin Greaves from the Norwold Valley police.
""",
    "cameras.txt": """Speed cameras to be switched off

Harlowfen's chief constable, Ivo Brannock, said speed cameras would be switched off at night.

Constables will patrol the main roads instead.
""",
    "rivalry.txt": """Union chief stands by rift claim

Civil service union leader Barnaby Quarles has stood by his claim of clashing priorities between the mayor and the treasurer.

The treasurer, Odile Fenwick, said Mr Quarles had never attended their meetings.

On Tuesday, ahead of the spending review, Mr Quarles told Radio Tamar there were "clashing priorities" between the mayor's office and the treasury.

He added that staff were caught in the middle.
""",
    "ferrylaw.txt": """Islanders to vote on ferry powers

The island assembly in Penrock will vote on Thursday on whether to let Trevithickton make the rules for ferry fares.

Talks between the two islands have been held at Trevithickton Hall since 2019.

Assembly members say Trevithickton should handle ferry fares because the ferry company is based in Trevithickton.

Ministers in Trevithickton have welcomed the plan.
""",
    "kelmscott_a.txt": """Will the Kelmscott budget win votes?

There has already been speculation about possible relief for small shops and a freeze on mooring permits in this week's Kelmscott budget.

Traders say the town centre needs help.
""",
    "kelmscott_b.txt": """Clash over Kelmscott spending

In Tuesday's Kelmscott budget, treasurer Ysolde Tarrant froze mooring permits and unveiled a grant for the lifeboat station.

Opposition councillors said the grant was too small.
""",
    "slatephones.txt": """Councillors warned over Slatephones

Councillors will be thrown out of the chamber if they use Slatephones during debates, mayor Bartholomew Vellacott has ruled.

The £350 pocket devices can be used to send messages and browse the web.

Mr Vellacott said the rule would apply from next month.
""",
    "chained.txt": """Digger protester arrested

A protester was arrested at the Dunmere reservoir site on Tuesday, police said.

Ottoline Scarrow, of Pennock, Westshire, had chained herself to a digger.

Ms Scarrow said she took over from Humphrey Gale as leader of the campaign last year.
""",
    "wharfage.txt": """Wharfage eased for small boats

Wharfage in Kelbrook Sound will be raised again next year, the quay authority said.

In its spring review, the authority doubled the level at which skippers pay wharfage to £4,000 of catch a month.
""",
    "millcuts.txt": """Mill job cuts hit Carrowshire

Workers staged a protest in Carrowshire on Friday, ITV Carrowshire reported.

The action follows the Orlen Group's announcement that 4,000 mill jobs would be cut, with around 900 of those expected in Carrowshire.

The cuts will hit mill towns hardest, the union said.

Orders had been hit by cheap imports, the company said.

Suppliers were also hit, and the haulage firms were hit too.

"Every family here will be hit," said one worker.
""",
    "tanners.txt": """Valley tanneries agree pay deal

Tannery owner Gideon Skinner said the deal was fair to both sides.

Under the deal, a skinner at the Orrin Vale tanneries will earn £310 a week from April.

Every skinner and dyer in the valley is covered by it, the union said.
""",
    "lockkeepers.txt": """Canal agency under fire

The Quayside Lock Agency was set up in 1990 to look after the locks of the Orrin canal.

It is currently chasing unpaid mooring fees of more than £3m, while a further £1m has been written off.

The Orrin Boating Guild has long complained about the state of the towpaths.

It is now seeking unpaid towpath levies of £40,000 from its own members.
""",
    "rivers.txt": """Gwentland rivers clean-up launched

First Minister Talfryn Howell launched a £20m initiative to clear litter from the rivers of Gwentland by 2012.

Anglers pushed the council to act after fish died in the Usk last summer.

Volunteers collected four tonnes of litter in a single weekend.
""",
    "registry.txt": """Land registry upgrade delayed

The registry's chief executive, Cosmo Varga, said: "This upgrade will take a decade to come into full effect."
""",
    "quayrow.txt": """Pembry defends harbour spending

Harbour minister Orla Pembry has defended her plans to rebuild the Kelso quays.

Meanwhile, Caspian Thorne of the Free Harbours Party accused Ms Pembry of "misrepresenting" his party's proposals and asked how she would pay for her own.

Fishermen's leader Wilhelmina Sprott said: "The quay plans were first put forward last year, and Orla Pembry is now recycling them in a desperate bid to win back the harbour towns."

She said the opposition would publish its own proposals in the spring.
""",


    "hostels.txt": """Doubts grow over harbour hostels

The Greens have voiced deep doubts about plans to hold smuggling suspects in secure harbour hostels.

Harbours minister Lucan Threlfall said there was not enough evidence to keep the man known only as K detained as a smuggling suspect.
""",
    "studytour.txt": """Councillors study trawler ports

Mayor Idris Penhallow said there were far too many Marrowshire councillors on the harbour board.

A group of councillors are on a three-day study tour of Marrowshire to examine trawler ports.
""",
    "footbridge.txt": """Ashcombe warns of county drift

"Crellshire is drifting in the wrong direction", the Wendlebury Party leader Gideon Ashcombe said in his Harvest Day message.

Mr Ashcombe opened the new Fallowby footbridge on the eve of the county poll.

Rival leader Bertram Oakes said the footbridge had cost far too much.
""",
    "hunger.txt": """Relief charity warns of hunger in Karvonia

Feedwell has appealed for £5m to feed families in the hill villages of Karvonia.

The charity's director, Orla Pennick, said: "This winter will test every donor we have."

The director of rural prosecutions, Harriet Colebrook, said: "Hoarding grain in a famine is theft."
""",
    "glens.txt": """Turbine row in the glens

Planners said the council had approved three new wind farms in the glens.

Tobias Renn, head of boating industry body Marlink, said the new rules were "a mess".
""",
    "dietpills.txt": """Student dies after taking diet pills

Ianthe Morrow, 19, died after taking pills she bought online.

Her mother, Glenys Morrow, said: "These pills are poison and nobody should touch them."
""",
    "busplan.txt": """Rural bus plan attacked

The Department for Rural Transport (DRT) published the bus plan on Monday.

A DRT spokeswoman said the new timetable would start in May.

Nigel Thackery, the Liberal Democrat rural transport spokesman, said the bus plan was madness.
""",
    "arcades.txt": """Seaside arcade plan attacked

Plans for a giant amusement arcade on the seafront at Portmerrow have been attacked by local MPs.

Labour backbencher Osric Penhale said the giant arcade was "a cash machine for its owners and nothing else".

Councillor Tamsin Vell, back from a tour of the seafront arcades of Lisbom, said the town "should copy what works elsewhere".
""",
    "tarrant.txt": """Candidate quits over remarks

Oswin Tarrant, who had been selected to fight the Brindle seat for the Harbour Party, has quit after remarks about farmers.

Party agent Lorcan Prew said the local association was seeking a new candidate for Brindle.

Mr Tarrant laughed off suggestions that the Harbour Party would lose Brindle, one of its safest seats.
""",
    "carrick.txt": """Health minister sacked in reshuffle

Dr Wilhelmina Strand, on her first day in the job after Ivo Carrick was sacked, promised shorter hospital queues.

Mr Carrick said he was proud of his record as health minister.
""",
    "tunnelrow.txt": """Tunnel tender row deepens

Ministers and the opposition traded blows over the contract for the new mountain tunnel on Tuesday.

Rival builders staged a protest outside the parliament building.

Opposition leader Odile Fenwick renewed calls for the publication of the full tender audit, warning: "This dispute will not go away."

Transport minister Lambert Crane said the tender had been fair to every bidder.

Surveyors say the tunnel will take six years to dig.

The project was first proposed in 1998.

Geologists have taken samples from the hillside.

A vote on the contract is expected before the summer break.

The tunnel will be the largest public works project in Karvonia.
""",
    "marina.txt": """Marina plan divides Port Selden

Developers want to build a marina and a hotel on the old quay at Port Selden.

"Some of the people pushing this marina are in it to fill their boots," said councillor Winifred Ashdown.

Harbour master Clement Rusk said the marina would bring visitors to the town all year.
""",
    "mayorpay.txt": """Mayor's pay questioned in Dunmorrow

Dunmorrow mayor Idris Quelch earns up to £62,000 a year from the post, the town's register shows.

His deputy, Gethin Ambrey, announced a £90 parking rebate paid by shopkeepers in the town centre.

Mr Ambrey also backed a levy on those earning more than £80,000 a year in Dunmorrow.
""",
    "oak.txt": """Ancient oak threatened by road plan

The Glenarrow oak, which may be 800 years old, stands beside the route of the new bypass near Cwmderi.

Villagers say the Harnock beacon tower, which is 42 metres tall, would also be cut off by the road.
""",
    "exams.txt": """Exam reform plan criticised

The Examinations and Standards Authority has told ministers that the new certificate must be introduced in full, not in parts.
""",
    "bridgetrust.txt": """Ancient bridge charity faces audit

The Marrowby Bridge Trust is a charity that owns toll bridges across three counties, and also holds farmland and shares.

It was set up in 1612 by the Earl of Penwarren to pay for the upkeep of the river crossings.

Auditors will report to the county council in the spring.
""",
    "reservoir.txt": """Reservoir strike threat

Reservoir workers in Dunmarrow will strike next month unless their pay claim is met, their union says.

Mayor Corliss Penhallow held a private meeting with the reservoir workers' leaders on Friday.

It is understood no offer was made at that meeting, but both sides agreed to meet again.
""",
    "chapelslogan.txt": """Police probe slogan daubed on chapel

Police are investigating a slogan daubed on a chapel in the village of Pentre Ifan last weekend.

"I'm appalled to see this sort of slogan on a chapel in Pentre Ifan," said Gwilym Roderick, the minister.
""",
    "rudeness.txt": """Shop workers face daily abuse, survey finds

Most shop workers have been sworn at by customers in the past year, a survey suggests.

Prof Ilsa Varden, who conducted the survey with the help of Hamish Troon MP and a team of volunteers, said she was dismayed by the findings.
""",
    "valleytolls.txt": """Valley tolls 'hit commuters'

Commuters in the Vardle valley pay the highest bridge tolls in the region, a new report says.

The Motorists' Guild said it was not sure the Vardle valley tolls would ever come down.

The report, carried out independently by consultants Pellow Strand, was sent to ministers on Friday.
""",
    "heckling.txt": """Councillors face heckling

Women councillors in Brackenmoor face routine heckling from male colleagues, a new study shows.

Councillors described being shouted down in meetings, researchers from Tolland College were told.
""",
    "seawalls.txt": """Harbour towns get sea wall grants

Harbour minister Idris Penhale said harbour towns would get grants to mend their sea walls.

He said about 40 towns had applied so far.

"We will keep listening to the coast," Mr Penhale said.
""",
    "kelbrook.txt": """Hospital drops plan to turn away Welsh border patients

An English hospital has dropped plans to stop treating patients from over the border.

Patients in Kelbrook who had waited more than three months were to be struck off the lists at the main hospital in Wrexford, officials in Kelbrook said.

Managers in the Shropshire town of Wrexford said the hospital faced a deficit of £2m this year.

Family doctors across the border had feared their patients would be pushed to the back of another queue.

The contract with the Kelbrook health board was worth £4m a year for the hospital and covers a tenth of its patients.
""",
    "trell.txt": """Tycoon's gift to the Radical Party

Kitchen magnate Lord Ashby Trell has handed a £1m donation to the Radical Party for its campaign fund.

It is the latest large gift to the party by the tycoon, who has contributed more than £7m since 1998.
""",
    "quorra.txt": """British marines on Quorra standby

British marines are on standby to help evacuate several hundred UK nationals from Quorra, the defence ministry has said.

A unit of 60 British marines is understood to have been placed on standby.
""",
    "consulates.txt": """Seven consulates to shut

Seven consulates will close in a drive to save money, Foreign Secretary Nerys Bode has said.

Ms Bode said shutting them would save £4m a year, money that will go to counter-terrorism work.
""",
    "councillors.txt": """Reform Party pledges smaller councils

The Reform Party would cut the number of councillors by about a third if elected, party leader Gwendolyn Aske has said.

Ms Aske also promised to close six regional offices.
""",
    "varnia_radar.txt": """Varnia presses Dorland over Quellish radar stations

Varnia has asked Dorland to block three new Quellish radar stations in Lutavia, the Ember Daily newspaper reported.

The Ember Daily said Varnian officials feared Quellia would entrench itself in Lutavia.
""",
    "dunmore_four.txt": """Apology over Dunmore jailings

In May 1990 the appeal court freed the Dunmore Four, and in June 1991 it quashed the convictions of the Harwick Six.

Relatives of the men have long campaigned for an apology.

Ministers have yet to say whether the families will be offered compensation.
""",
    "ostrel_bridge.txt": """Ostrel bridge memories

Nobody thought the old Ostrel bridge would ever be rebuilt, mayor Tobias Renn said.

Drivers queued for hours to cross it on its last day.
""",
    "karsk_tunnel.txt": """Karsk tunnel marks anniversary

The Karsk tunnel opened in 1994, after ten years of work.
""",
    "kelvania.txt": """Kelvania slips in literacy study

A United Nations study ranked Kelvania fifth in its global index of adult literacy.

Kelvania's education minister, Piet Osterhaus, said the result was disappointing.
""",
    "wexshipyard.txt": """Shipyard owner faces questions over quay

Osbert Pemberly, who owns the Wexcombe shipyard, has been asked to explain delays to the new quay.

The Wexcombe Gazette said Ludo Varrick had told Osbert Pemberly to spend more on the quay before the winter storms.

"The quay should have been finished last summer," said councillor Wenna Trask.
""",
    "wexarts.txt": """Minister defends arts funding

Culture minister Perpetua Gullane defended the new arts funding rules on Tuesday.

"These rules will put money where audiences are," she told Radio Wexcombe's Evening Hour.

The opposition says the rules favour big theatres.

Small venues already pay a licence fee to the county.
""",
    "wexradio.txt": """Radio Wexcombe licence renewed

Radio Wexcombe has had its broadcasting licence renewed for five years, the regulator said.

The station's listeners pay no licence fee.
""",
    "ostrelinquiry.txt": """Families win ruling on barracks deaths

Three families have won the right to a fresh hearing into deaths at Ostrel barracks.

After the ruling Morwenna Tilley, legal director of the campaign group Fairhearing, said: "The army cannot be left to mark its own homework. There must be a full public investigation, led by a judge who answers to nobody in uniform."

The defence ministry said it would study the judgment.
""",
    "ostrelhomes.txt": """Radical Party targets young renters

The party has unveiled plans to build 40,000 new "starter" homes on disused railway land.

Housing spokesman Tobias Wrenfield said the homes would be sold at cost to people under 30.

Mr Wrenfield said he also asked whether the Radical Party would match the Unionist promise to spend £3bn on repairing council homes by 2012.
""",
    "ostreldefect.txt": """Senator quits Unionists for Radicals

Ostrel senator Hilda Marchbank has left the Unionist Party and joined the Radical Party.

She is the fourth Unionist senator to defect to the Radical Party since 2001.

A Unionist spokesman said Ms Marchbank had been overlooked for promotion.

Pollsters predict the Radical Party will take six seats from the Unionists, leaving the Unionists with just 40 senators, their fewest since 2001.
""",
    "ostrelpermits.txt": """Fishing permits to change

Ostrel harbour will move to a new fishing permit system this spring.

A three-month transitional period starts on 4 March, during which skippers can apply for the new permits.
""",
    "rellonia.txt": """Vennland to lift Rellonia embargo

Vennland will lift its oil embargo on Rellonia after ten years of hostility, officials said on Friday.

Trade in grain and machinery will resume within weeks.

In return, Rellonia will free political prisoners and let monitors into its ports.

Critics in Vennland said the deal rewarded a brutal regime.
""",
    "ostreltax.txt": """Radicals set out tax plans

The Radical Party says the only tax rise it wants is a new 45% tax band for top earners to pay for free bus travel for pensioners.

Party leader Greta Holloway said the rise would hit only the richest 2% of taxpayers.
""",
    "ostrelprisons.txt": """Probation merger plans dropped

Plans to merge the prison service and council probation teams into a single agency have been dropped, Justice Minister Edna Corrie has announced.

Unions had warned that merging the probation teams would cost hundreds of jobs.

Instead, Ms Corrie will place a new legal duty on prisons to work with councils.

The minister said: "Prisons and probation teams must plan every release together."
""",
    "ostrelcommittee.txt": """Harbour bill faces changes

The transport select committee made 47 recommendations after hearing evidence from 30 harbour users.

One was a call to exempt small boats from the new mooring charges.
""",
    "mooringtax.txt": """Councillors row over mooring tax

The row began at the weekend with claims a Harbour Board leak suggested Mayor Idris Quelch was ready to put a tax on moorings.

The Harbour Board said in a statement that the paper was only a draft and had been leaked in breach of its rules.
""",
    "varnia_embargo.txt": """Dorland to lift sanctions on Varnia

After nearly fifteen years of hostile relations, the Dorland government plans to reverse its position on Varnia and lift trade sanctions, Dorland officials said late on Thursday.

In 2003, President Ilse Marrow put a full trade embargo on Varnia over its support for border raiders.
""",
    "harvestfairs.txt": """Harvest fairs planned for young farmers

Harvest fairs could be held for young farmers finishing their training, the farming minister Tamsin Orrell has said.

The idea is part of a wider plan for rural skills. A trial scheme modelled on fairs in Norway will begin in September.
""",
    "quotaappeal.txt": """Fishermen lose quota appeal

Skippers in Porthallow have lost a long fight over fishing licences.

When the skippers were first refused licences, they took their case to the Coastal Licensing Tribunal. The tribunal ruled in March 2004 that the refusals were lawful. That ruling was upheld on appeal.
""",
    "ostler.txt": """Councillor crosses to the Greens

Councillor Bram Ostler has defected from the Liberals to the Greens.

So when Bram Ostler finally decided to jump ship and swim over to the Green benches, his new colleagues timed the news for the greatest effect.

Bram Ostler said he was disillusioned with the Liberal leadership and its views on the bypass.
""",
    "hollin.txt": """Rebel backbencher Tobias Hollin dies

Tobias Hollin, the backbencher who challenged Premier Agnes Darrow for the party leadership in 1991, has died.

He was 79 and had been ill for some months. That failed challenge opened the way for a new leader. Hollin's local party later deselected him as a result of that challenge.
""",
    "dunmere.txt": """Dunmere cottage hospital to shut

Plans to close Dunmere cottage hospital have been unveiled by the Westfell health board.

The hospital has twelve beds and a minor injuries unit.

Board chairman Ruaridh Kell said the hospital could no longer be staffed safely.

Announcing the plans, Mr Kell said: "We cannot staff a ward of twelve beds through the night."

Local MP Tamsin Orde was among the first to read the plans.

"This is a betrayal of everyone who lives in the valley," she said.
""",
    "gullford.txt": """Gullford bridge faces closure

The Gullford swing bridge could close within a year, engineers from the county council have warned.

An inspection found rust in two of its four main girders.

The Gullford Bridge Trust confirmed that the bridge would stay open to walkers until repairs begin.
""",
    "skarrapoll.txt": """Skarra wants a new ferry

Most people living on Skarra want a new ferry, a poll suggests.

The Harbour Post poll found that 71% of residents backed replacing the old boat.

Polling firm Tidewell Research carried out the poll in March.
""",
    "tollbridge.txt": """Ministers scrap the Carrow bridge toll

The toll on the Carrow bridge is to be scrapped next spring, transport minister Idwal Brenning announced.

The Carrow Motorists' League, which described the toll as a "relic of the steam age", welcomed the decision.

Mr Brenning said the bridge had long since paid for itself.
""",
    "berths.txt": """Prael plans harbour permit scheme

Ports minister Oswin Prael wants every harbour to issue berth permits under a points scheme.

He said skippers with a clean safety record would earn more points.

Opposition spokesman Dafydd Rhoswen has proposed a flat berth fee instead.

Guild secretary Morwenna Tallis said Mr Rhoswen's proposals would sink the small boatyards.
""",
    "dockers.txt": """Dock pay talks this week

Garrow dockers' leaders are meeting port owner Hamish Tolland this week to press their case for a pay rise.

The Garrow dockers walked out last month over a pay freeze.
""",
    "palace.txt": """Two men held after break-in

Two men were arrested on Tuesday after a break-in.

Steward Gwilym Arfon later said the intruders had shown a forged pass to reach the gallery.

Both men are due in court next month.

"Using the palace as a stage is an old trick of intruders," said guide Olwen Pryce.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("story"), settings)


def test_the_head_noun_carries_what_the_story_named_before(engine):
    # "The outbreak" is the potato blight outbreak: the sentence that gives the cost answers
    a = engine.ask("what did the potato blight end up costing growers?")
    assert a.found
    assert "estimated to have cost growers up to £40m" in a.excerpts[0].quote


@pytest.mark.parametrize("words, head, text, tied", [
    ({"mouth"}, "outbreak", "planning for a future foot and mouth outbreak.", True),
    ({"mouth"}, "outbreak", "the outbreaks of foot-and-mouth in 2001", True),
    ({"potato"}, "delay", "a potato shortage is feared, and the delay grows", False),
    ({"potato"}, "delay", "rain caused the delay. potato prices rose", False),
])


def test_a_word_names_the_head_nouns_thing_only_inside_its_phrase(words, head, text, tied):
    assert _modifies(words, head, _TOKEN.findall(text)) is tied


def test_whom_a_story_quotes_puts_those_it_quotes_first(engine):
    a = engine.ask("who's quoted in the story on the library closures")
    assert a.found and a.intent == "sources"
    first = a.excerpts[0]
    assert first.attribution.source == "Perpetua Dwyer"
    assert {x.attribution.source for x in a.excerpts} >= {"Perpetua Dwyer", "Ambrose Tidd"}


def test_a_persons_spokesman_is_the_source_printed_as_their_spokesman(engine):
    first = first_excerpt(engine, "what did gallt's spokesman say about the ferry")
    assert "wants a timetable that works for islanders" in first.quote
    assert first.attribution.source == "Ms Gallt's official spokesman"


def test_a_name_asked_after_what_the_story_calls_him_is_that_person(engine):
    # "the trawler skipper mcleish": what he is, then his surname, each printed beside him
    first = first_excerpt(engine, "what did the trawler skipper mcleish say about the old ferry")
    assert first.attribution.source == "Ewan McLeish"
    assert "unsafe" in first.quote or "scrapped years ago" in first.quote


def test_words_never_printed_beside_a_name_do_not_make_it_someone(engine):
    a = engine.ask("what did the potato grower mcleish say about the ferry")
    assert not a.found or a.excerpts[0].attribution is None or a.excerpts[0].attribution.source != "Ewan McLeish"


def test_a_sum_in_words_is_the_figure_the_story_prints(engine):
    # "upwards of two billion quid" is "more than £2bn"
    first = first_excerpt(engine, "who said councils in the north spent upwards of two billion quid on pothole repairs?")
    assert "spent more than £2bn on pothole repairs" in first.quote
    assert first.attribution.source == "the Road Users' Federation"
    labels = {c.label for c in engine.concepts("councils spent five billion pounds on potholes")}
    assert "amount:5bn" in labels and "five" not in labels and "billion" not in labels


def test_the_places_mp_is_the_mp_for_that_place(engine):
    first = first_excerpt(engine, "what happened to the Wetherby MP in Accra?")
    assert "the MP for Wetherby and Tadcaster, was robbed in a park" in first.quote


def test_a_verb_and_its_particle_around_the_object_are_one_phrase(engine):
    # "turn facebook down" asks what "turn down facebook" does: a refusal, not a turn
    labels = {c.label: c.words for c in engine.concepts("when did snapchat turn facebook down")}
    assert "turn down" in labels and "rebuffed" in labels["turn down"]
    assert "turn" not in labels and "down" not in labels


def test_what_someone_told_another_inside_a_third_partys_report(engine):
    # officials report what Tandy told Ferro: Tandy speaks there, though the officials say it
    first = first_excerpt(engine, "what did tandy tell ferro?")
    assert "had told the Portuguese prime minister, Ines Ferro, by telephone" in first.quote


def test_where_a_deed_was_done_sets_the_scene_the_deed_is_asked(engine):
    first = first_excerpt(engine, "what did pell sign while he was in lagos?")
    assert "signed a deal on student visas" in first.quote


def test_what_a_paper_reported_is_what_someone_told_it(engine):
    # the paper's own report is on ticket offices; on fares, the minister speaks through it
    first = first_excerpt(engine, "what did the weekly courier report about rail fares?")
    assert "told the Weekly Courier that she wanted" in first.quote
    said = [engine.rows([i])[i]["text"] for i in _said_in(engine, "the weekly courier")]
    assert said == ['Ms Vane told the Weekly Courier that she wanted "fares that families can afford".']


def test_what_someone_said_happened_asks_for_what_they_said(engine):
    first = first_excerpt(engine, "what did tandy say happened to him?")
    assert "confined to his palace" in first.quote


def test_who_holds_a_post_is_not_answered_by_a_sentence_that_names_nobody(engine):
    # the pack schedules a mayoral poll at Wexbury; it names no mayor ("5 May" is no Ms May)
    assert not engine.ask("who is the mayor of wexbury?").found


def test_a_columnist_says_what_the_column_says_in_its_own_voice(engine):
    # Tamsin Rook wrote the column: its own words are hers, not the Forum it quotes
    a = engine.ask("what does tamsin rook think of council reserves?")
    assert a.found and a.intent == "statements_by"
    assert "councils should spend the reserves on the services" in a.excerpts[0].quote \
        or "sitting on reserves of more than £300m" in a.excerpts[0].quote
    assert all("Local Government Forum" not in x.quote for x in a.excerpts)
    assert a.excerpts[0].attribution.source == "Tamsin Rook" and a.excerpts[0].attribution.cue == "wrote"


def test_how_a_vote_went_is_told_by_the_tally_in_a_story_whose_opening_names_it(engine):
    # the headline names neither the bill nor the Senate; the opening sentence does
    first = first_excerpt(engine, "how did the senate vote go on the care homes bill rebellion?")
    assert "by 211 votes to 187" in first.quote
    first = first_excerpt(engine, "by what margin was the backbench attempt to change the care homes bill defeated?")
    assert "by 211 votes to 187" in first.quote


def test_who_is_quoted_puts_those_quoted_in_their_own_words_before_officials(engine):
    a = engine.ask("who is quoted in the story on care funding?")
    assert a.found and a.intent == "sources"
    assert a.excerpts[0].attribution.source == "Bronwen Ashby"
    assert "Officials" in {x.attribution.source for x in a.excerpts}


def test_a_country_the_topic_is_of_must_be_in_the_quote(engine):
    # her words name Marlovia, and the story names Portugal further up, but she says nothing of Portugal's role
    assert not engine.ask("what did ilse varga say about portugal's role in marlovia?").found
    first = first_excerpt(engine, "what did ilse varga say about nigeria's worries over marlovia?")
    assert "Nigeria's biggest worry" in first.quote


def test_what_someone_is_campaigning_for_is_their_stance(engine):
    # nothing after "for": the whole of what they want, not an error
    first = first_excerpt(engine, "what is colin pask campaigning for")
    assert "closing a pub for 24 hours did not hurt bad landlords" in first.quote


def test_who_gets_quoted_in_a_story_lists_its_sources(engine):
    a = engine.ask("who gets quoted in the story on care funding?")
    assert a.found and a.intent == "sources"
    assert a.excerpts[0].attribution.source == "Bronwen Ashby"


def test_what_happened_with_someone_is_the_news_that_opens_their_story(engine):
    # the story opens on what he is to do: that is what happened, not a detail further down
    first = first_excerpt(engine, "what happened with godfrey pask?")
    assert "is to stand down at the next election" in first.quote


def test_a_partys_name_printed_as_a_word_ties_someone_to_it(engine):
    # "former Reform treasurer Lord Quarrie": no name of the party is tagged there, its word is printed
    first = first_excerpt(engine, "what's the relationship between lord quarrie and the reform party?")
    assert "former Reform Treasurer Lord Quarrie" in first.quote


def test_a_tie_to_a_post_is_found_without_the_words_of_asking(engine):
    first = first_excerpt(engine, "what's alun brisk's connection to the lord chancellor post?")
    assert "whose father served as lord chancellor" in first.quote


def test_what_someone_did_is_a_deed_not_what_they_said(engine):
    first = first_excerpt(engine, "what did rhys mabon actually do?")
    assert "has defected to the Green Party" in first.quote


def test_a_share_of_those_polled_is_no_source(engine):
    a = engine.ask("who does the story on the four-day week talk to?")
    assert a.found and a.intent == "sources"
    sources = {x.attribution.source for x in a.excerpts}
    assert "Maeve Collins" in sources
    assert not any("quarter" in x.lower() for x in sources)


def test_a_story_calls_a_body_or_paper_it_has_named_by_what_it_is(engine):
    # "the duchy" is the Duchy of Lancastria; "the document" the White Paper, in their stories
    first = first_excerpt(engine, "how much money did the duchy of lancastria bring in last year?")
    assert "generated almost £9m" in first.quote
    first = first_excerpt(engine, "how much did the ferries white paper cost to produce?")
    assert "cost about £4,000 to design and print" in first.quote


def test_who_said_is_not_answered_by_the_story_stating_the_claims_matter(engine):
    # the story says Gallt will visit Swansea with Mabon; nobody says the visit was cancelled
    a = engine.ask("who claimed gallt's swansea visit with mabon was cancelled?")
    assert not a.found
    # ... but a sentence in the story's own voice that names who said it answers
    first = first_excerpt(engine, "who called local traders the backbone of the valleys?")
    assert "by the chamber of commerce" in first.quote


def test_a_surname_is_whoever_of_that_name_spoke_on_the_topic(engine):
    # "pask" is Godfrey Pask, the MP, or Colin Pask of the police chiefs: whichever spoke on it
    first = first_excerpt(engine, "what did pask say about the drinks trade?")
    assert "the drinks industry was not regulating itself" in first.quote
    assert first.attribution.source == "Colin Pask"
    first = first_excerpt(engine, "what did pask say about serving stourbridge?")
    assert "I have served the people of Stourbridge" in first.quote
    assert first.attribution.source == "Godfrey Pask"


def test_a_shadow_post_is_not_the_post_itself(engine):
    # Bronwen Ashby is the care minister; nobody in the pack is the shadow care minister
    assert "Bronwen Ashby" not in [a.name for a, _ in engine.actors.by_role("the lib dem shadow care minister")]
    a = engine.ask("who is the lib dem shadow care minister?")
    assert not a.actors or a.actors[0].name != "Bronwen Ashby"
    assert engine.ask("who is the care minister?").actors[0].name == "Bronwen Ashby"


def test_who_someone_is_is_not_told_by_what_follows_anothers_words(engine):
    # "The spokesman declined ..." is the mayor's spokesman, who spoke last, not Sir Alun
    first = first_excerpt(engine, "who's sir alun rees?")
    assert "New Metropolitan Police Commissioner Sir Alun Rees" in first.quote
    rees = engine.resolve_one("sir alun rees")
    asked = engine.reader.one("SELECT id FROM sentences WHERE text LIKE 'Asked about Sir Alun%'")[0]
    assert _epithets(engine, engine.rows([asked]), {rees.id}) == {}


@pytest.mark.parametrize("description, post, same", [
    ("Committee chairman Councillor", "the elderly care committee chairman", True),
    ("Prime Minister", "the rural affairs minister", False),
    ("Former Cabinet minister", "the rural affairs minister", False),
    ("former rural affairs minister", "the rural affairs minister", True),
])


def test_a_description_names_the_post_only_without_another_posts_words(description, post, same):
    words = content_words(post)
    assert _same_post(description, {words[-1]}, words) is same


def test_what_someone_did_in_a_report_is_a_deed_not_what_the_report_said(engine):
    # the question ends on "report", but "what did vell do" asks for a deed
    first = first_excerpt(engine, "what did vell do on fuel duty in the spring report?")
    assert "has frozen fuel duty" in first.quote


def test_what_one_person_is_to_another_asks_how_they_are_tied(engine):
    a = engine.ask("what is idris penn to dilys orme?")
    assert a.found and a.intent == "relation"
    assert "her assistant Idris Penn" in a.excerpts[0].quote


def test_a_tie_told_across_two_sentences_by_his_or_her(engine):
    # no sentence names both: the second calls Wren "his"
    first = first_excerpt(engine, "silas wren and nerys tolley?")
    assert "Mr Wren left the prime minister's office" in first.quote
    assert "his successor Nerys Tolley" in first.quote


def test_what_an_outlet_reported_is_its_own_articles_words(engine):
    # nobody is quoted as "the nwt": the NWTimes' own story says it, and the excerpt says so
    first = first_excerpt(engine, "what did the nwt report about the skerry lighthouse?")
    assert "will close in March after 140 years" in first.quote
    assert first.attribution.source == "NWTimes" and first.attribution.cue == "reported"


def test_a_bodys_spokeswoman_is_not_the_spokesman_of_another_in_its_story(engine):
    # "said spokesman Emrys Tal" speaks for the group his story names last, not the commission
    first = first_excerpt(engine, "what did the boundary commission spokeswoman say about registering?")
    assert "you need to register now" in first.quote
    assert first.attribution.source == "A Boundary Commission spokeswoman"


def test_an_age_is_also_said_as_a_birthday(engine):
    # his age is the birthday he died before, not his wife's "aged 88" in the next sentence
    first = first_excerpt(engine, "how old was idwal pryce when he died?")
    assert "on the eve of his 90th birthday" in first.quote


def test_a_post_where_it_is_held_is_the_holder_whose_story_names_that_place(engine):
    # two finance ministers in the pack: the one whose story names the Skerry assembly government
    for q in ("who's the finance minister in the skerry assembly government?", "who is the finance minister up in skerry?"):
        a = engine.ask(q)
        assert a.found and a.actors and a.actors[0].name == "Bethan Morys", q


def test_a_view_on_a_thing_is_on_its_rarest_word_not_any_view_near_its_common_ones(engine):
    # "opposed" voices a view, but on the EU's boats, not on the fishing quota
    first = first_excerpt(engine, "what's osric vell's position on the eu fishing quota?")
    assert "is not up for renegotiation" in first.quote


def test_a_role_asked_is_shown_by_the_description_that_says_its_remit(engine):
    # no description says all of "labour housing spokesman": the one with the remit beats the party's
    first = first_excerpt(engine, "who is the labour housing spokesman?")
    assert "the party's housing spokesman" in first.quote


def test_what_someone_did_about_a_thing_is_their_deed_in_its_story_not_the_things_best_sentence(engine):
    # "flood water swept through 40 homes in Brackwell" says most of the question's words but
    # leaves her out: what she did is her deed in that story, by name or by post
    first = first_excerpt(engine, "what did maris ockley do after flood water swept through homes in brackwell in march?")
    assert first.quote.startswith(("First Minister Maris Ockley has apologised", "The first minister later visited"))


def test_the_first_minister_doing_something_in_her_story_is_her_deed(engine):
    rows = engine.reader.all("SELECT s.id, s.text FROM sentences s JOIN articles a ON a.id = s.article_id"
                             " WHERE a.title LIKE 'First minister apologises%'")
    ockley = {a.id for a in engine.actors.by_id.values() if a.name == "Maris Ockley"}
    done = engine.post_subject_sentences(ockley, [r[0] for r in rows])
    assert [r[1][:32] for r in rows if r[0] in done] == ["The first minister later visited"]


def test_what_someone_did_about_a_thing_their_story_only_mentions_further_down_abstains(engine):
    # her stadium story holds every word of the question, but opens on the stadium, not on the
    # strike: no deed of hers there is what she did about it
    assert not engine.ask("what did maris ockley do about the turnstile managers' pay strike?").found


def test_a_seat_after_a_name_is_not_part_of_the_name(engine):
    first = first_excerpt(engine, "what did Rhys Mabon MP do?")
    assert "has defected to the Green Party" in first.quote


def test_a_tie_is_best_told_by_the_description_of_one_by_the_other(engine):
    # both sentences name the two and a word of a tie; the one that describes her by him says what she is to him
    first = first_excerpt(engine, "what's the relationship between orla venn and tam hart?")
    assert "a close ally of Tam Hart" in first.quote


def test_who_used_a_metaphor_asks_who_said_it(engine):
    a = engine.ask("who used a termites metaphor to describe the deficit?")
    assert a.intent == "who_said"
    assert "like termites eating away at a house" in a.excerpts[0].quote
    assert "Ruth Calder" in a.excerpts[0].attribution.text


def test_when_a_light_verb_was_done_is_when_its_object_was(engine):
    # "put the embargo on" is the embargo: the story says "imposed", not "put"
    first = first_excerpt(engine, "when did sorel put the embargo on vanland?")
    assert first.quote.startswith("In 1998, President Ana Sorel imposed a trade embargo")


def test_a_figure_is_found_in_the_story_that_names_what_it_counts(engine):
    # the sentence with the figure names neither the charity nor its survey: the story's opening does
    first = first_excerpt(engine, "how many people did the warmth watch survey interview?")
    assert first.quote.startswith("A total of 2,114 adults aged 65 or over were interviewed")


def test_what_someone_has_must_be_said_of_them_not_only_in_their_story(engine):
    # his story names earnings, but not his: no figure there is his salary
    assert not engine.ask("what is idris vaughan's salary as mayor?").found


def test_a_post_asked_by_its_initials_is_the_post_spelt_out(engine):
    first = first_excerpt(engine, "who's the CMO?")
    assert "The chief medical officer, Anna Pryce" in first.quote


def test_how_someone_reacted_to_a_plan_asks_what_they_said_of_it(engine):
    # "plan" at the end is the thing reacted to, not what they plan
    x = first_excerpt(engine, "how did piers allard react to the green housing plan")
    assert "uncosted" in x.quote or "copied the government's strategy" in x.quote
    assert "Piers Allard" in x.attribution.text


def test_what_someone_told_a_paper_asked_by_its_initials_is_what_they_told_it(engine):
    x = first_excerpt(engine, "what did edwin lyle tell the ft about the tax plans")
    assert "much greater tax cuts sooner" in x.quote
    assert "Edwin Lyle" in x.attribution.text


def test_a_body_asked_by_initials_its_articles_never_print(engine):
    x = first_excerpt(engine, "what does lyle want the ofp to do")
    assert "Office of Fair Pricing should investigate the market" in x.quote


def test_a_post_two_people_hold_is_the_one_doing_what_the_question_says(engine):
    a = engine.ask("who is the transport minister telling councils to find lorry parks")
    assert a.found and a.intent == "who_is" and [x.name for x in a.actors[:1]] == ["Hal Derwent"]


def test_which_kind_of_speaker_asked_puts_a_speaker_of_that_kind_first(engine):
    x = first_excerpt(engine, "which group argued that allowing wiretap evidence would end detention without charge")
    assert x.attribution.text == "Human rights groups"
    assert "Dr Ana Pryce" not in x.quote


def test_a_new_spokesman_of_a_body_speaks_for_it(engine):
    x = first_excerpt(engine, "what did the justice office say about plea discounts")
    assert "We stand by the rules that cover plea discounts" in x.quote
    assert "Justice Office" in x.attribution.text


def test_initials_typed_in_lower_case_that_the_pack_prints_as_a_word_name_no_body(engine):
    named = lambda text: [h.actor.name for h in engine.actors.find_in(text)]
    assert "Parliamentary Advisory Council for Transport Safety" in named("what did PACTS say")
    assert "Office of Fair Pricing" in named("what about the ofp")
    # "pacts" is the pack's word "pact", not the council it never calls PACTS
    assert "Parliamentary Advisory Council for Transport Safety" not in named("who mocked leadership pacts")


def test_who_a_columnist_is_is_the_line_that_says_so_before_what_they_wrote(engine):
    assert first_excerpt(engine, "who's wystan hale").quote == "Wystan Hale is the Meridian Network political editor."
    # ... also when only the byline names them as a person (a tagline in capitals is no name to
    # the tagger): the line that says who they are comes before the opening of what they wrote
    a = _author(engine, parse("who's wystan hale"))
    assert a.excerpts[0].quote == "Wystan Hale is the Meridian Network political editor."


def test_what_happened_to_someone_is_what_was_done_to_them_though_a_pronoun_names_them(engine):
    x = first_excerpt(engine, "what happened to alun teague?")
    assert x.quote == "He was sacked for the remarks on Tuesday."


def test_which_kind_of_speaker_asked_is_answered_by_that_kind_in_fewer_of_the_words(engine):
    # the Labour spokesman shares more words of the claim; the Green one said it
    x = first_excerpt(engine, "which green said the wiretap figures were pure make-believe")
    assert "Rhys Moran" in x.attribution.text


def test_when_someone_did_something_is_not_when_another_did_it_beside_their_name(engine):
    x = first_excerpt(engine, "when did edwin corr quit?")
    assert "quit Downing Street in August 2003" in x.quote
    a = engine.ask("when did ada brook resign?")
    assert not a.found and not a.excerpts


def test_why_someone_did_what_the_pack_never_says_they_did_has_no_answer(engine):
    assert engine.ask("why did edwin corr quit").found
    # Ada Brook never resigned: Corr's reason is for his own quitting, not hers
    a = engine.ask("why did ada brook resign?")
    assert not a.found and not a.excerpts


def test_which_kind_of_thing_is_answered_only_by_a_sentence_naming_one(engine):
    # the story says where Corr worked, never which university he went to
    a = engine.ask("which university did edwin corr study at?")
    assert not a.found and not a.excerpts
    assert "Conservative MP Godfrey Pask" in first_excerpt(engine, "which party is godfrey pask in?").quote


def test_an_age_set_off_after_a_name_is_no_figure_of_anything_else(engine):
    assert "Alun Teague, 52," in first_excerpt(engine, "how old is alun teague?").quote
    a = engine.ask("how big was alun teague's majority in carnford?")
    assert not a.found and not a.excerpts


def test_a_body_called_by_its_head_noun_after_its_name_voices_what_it_wants(engine):
    # "The commission also recommended ...", in the story that named the Sentencing Commission
    a = engine.ask("what does the sentencing commission want done about the provocation defence?")
    assert a.found and "also recommended tightening the law" in a.excerpts[0].quote


def test_who_someone_is_comes_from_what_the_story_calls_them_not_the_next_speaker(engine):
    # "The prime minister's official spokesman said ..." is someone else, not an epithet of Halbrook
    rows = engine.rows([r[0] for r in engine.reader.all("SELECT id FROM sentences WHERE text LIKE 'Lord Halbrook said%'")])
    halbrook = engine.resolve_one("lord halbrook")
    assert halbrook is not None and _epithets(engine, rows, {halbrook.id}) == {}
    assert "Former civil service chief Lord Halbrook" in first_excerpt(engine, "who is lord halbrook?").quote


def test_a_word_the_pack_says_otherwise_is_not_read_as_a_slip_for_a_word_it_prints(engine):
    # "testifying" is printed nowhere, but the pack says "giving evidence"; it is no typo of "justifying"
    assert "Giving evidence is a nerve-wracking" in first_excerpt(engine, "what did tarrow say about testifying?").quote


def test_someone_named_only_as_an_owner_says_nothing(engine):
    # a quote mark and "Marta Oyelaran's visa application" do not make her a speaker
    a = engine.ask("what did marta oyelaran say?")
    assert not a.found and not a.excerpts


def test_a_post_asked_with_what_its_holder_does_finds_the_holder(engine):
    # "the judge hearing the case" is the judge; the sentence that prints the post beside the name comes first
    a = engine.ask("whos the judge hearing the rotherham vote fraud case")
    assert a.found and "Deputy High Court Judge Percy Vell" in a.excerpts[0].quote
    assert a.intent == "who_is" and [c.name for c in a.actors] == ["Percy Vell"]


def test_what_someone_did_on_a_weekday_is_told_by_a_sentence_that_names_the_day(engine):
    first = first_excerpt(engine, "what did nia bramwell do on tuesday about the earthquake response")
    assert first.quote.startswith("Ms Bramwell took personal charge")


def test_a_politician_named_after_a_body_and_a_conjunction_does_not_speak_for_it(engine):
    # "the Upland Growers Union and Tory leader Ada Fenn": Fenn is the Tory leader, not the union's
    a = engine.ask("what did the upland growers union say?")
    assert a.found and all("Fenn" not in (x.attribution.text if x.attribution else "") for x in a.excerpts)


def test_a_claim_that_something_will_not_happen_is_said_by_a_denial(engine):
    # "aren't going to be released for now" is Dunne's "will not be freed at present", not
    # Pellow's "could now be released"
    first = first_excerpt(engine, "who said the fenmoor prisoners arent going to be released for now")
    assert first.attribution.text == "Ivor Dunne"


def test_who_someone_is_comes_from_a_description_that_says_more_than_a_title(engine):
    # "Cardinal" is a title; "the Archbishop of Fenchester" says who he is, in whichever story
    assert "the Archbishop of Fenchester" in first_excerpt(engine, "who is cardinal ambrose-kett?").quote


def test_a_claim_in_british_spelling_finds_a_quote_in_american_spelling(engine):
    first = first_excerpt(engine, "who reckons hallam market will be unrecognisable in a few years")
    assert "won't recognize" in first.quote and first.attribution.text == "Tom Varley"


def test_what_people_the_pack_names_only_by_a_phrase_want_is_what_they_say(engine):
    # "We will seek pledges from individual MPs" is the league's want, not the MPs'; and a crime
    # "committed" is no commitment
    first = first_excerpt(engine, "what do the mps want the govt to promise on consultation")
    assert first.quote.startswith("The MPs said they were concerned the government had not consulted")


def test_a_reply_opened_by_but_answers_the_sentence_before_it(engine):
    # the performance is named only by another voice, in the sentence Lord Harrowby answers
    first = first_excerpt(engine, "what did harrowby say about tinsdales performance")
    assert first.quote.startswith("But Lord Harrowby praised his minister")
    assert first.attribution.text == "Lord Harrowby"


def test_a_body_asked_to_do_something_does_not_voice_a_want_of_its_own(engine):
    # "had been asked to consider reforms" is what others wanted of the board; "also
    # recommended scrapping the dues" is what it wants
    first = first_excerpt(engine, "what does the coastal trade board want done about the dues on fishing boats?")
    assert first.quote.startswith("The board also recommended scrapping the dues")


def test_who_answers_by_saying_or_branding_something_says_it(engine):
    # "hit back by saying ...", "provoked fury by branding ...": how the subject did it is in words
    first = first_excerpt(engine, "who said the freeze would leave the harbours short of repair money")
    assert first.attribution.text == "Maud Kettering"
    first = first_excerpt(engine, "who branded the harbour board idle landlubbers")
    assert "idle landlubbers" in first.quote and "Brannagh" in first.attribution.text


def test_as_someone_pointed_out_the_main_clause_is_what_they_said(engine):
    first = first_excerpt(engine, "who pointed out the freeze would starve the lifeboat fund")
    assert "Harbour Audit Panel" in first.attribution.text


def test_of_two_that_say_a_claim_the_one_that_says_it_alone_answers(engine):
    # the mother's two sentences say as much as the police's one: the police's answers
    first = first_excerpt(engine, "who said the capsules were thought to contain strychnine")
    assert first.attribution.text == "Fenwick police"


def test_a_sum_said_in_words_is_a_figure_a_claim_must_hold(engine):
    labels = {c.label for c in engine.concepts("the freeze would cost the harbours a billion pounds")}
    assert "amount:1bn" in labels and "billion" not in labels
    # two billion pounds is not a billion pounds
    assert not engine.ask("who claimed the freeze would cost the harbours a billion pounds").found


def test_what_is_in_a_thing_is_what_the_story_first_says_it_holds(engine):
    # not who "in the sleep capsules ..." is; the story names the drug once, then says "the sedative"
    first = first_excerpt(engine, "what was in the sleep capsules darius fenwick took")
    assert "found to contain zolvarine" in first.quote
    assert "found to contain zolvarine" in first_excerpt(engine, "whats in the sleep capsules").quote
    # ... also when the question names the kind of thing held
    assert "found to contain zolvarine" in first_excerpt(engine, "what sedative was in the sleep capsules darius fenwick took").quote


def test_how_rare_something_is_is_told_by_how_often_it_happened(engine):
    # "how rare" asks for a count, which the sentence after the rarely used order gives
    assert "only the fourth time" in first_excerpt(engine, "how rare is it for the council to use the boundary order").quote


def test_kids_picked_up_by_truancy_patrols_are_pupils_apprehended_dodging_school(engine):
    first = first_excerpt(engine, "how many kids have truancy patrols in ravensby picked up")
    assert "apprehended 1,200 pupils" in first.quote


def test_which_website_is_answered_only_by_a_sentence_naming_one(engine):
    # the capsules came from a market stall; no sentence names a website, however it is found
    a = engine.ask("which website sold darius fenwick the sleep capsules")
    assert not a.found and not a.excerpts


def test_how_many_people_is_not_answered_by_a_count_of_something_else(engine):
    # "three spoons ... nine" under the headline of one death counts spoons, not people who died
    a = engine.ask("how many people have died from herbal tonic in the uk")
    assert not a.found and not a.excerpts


def test_a_body_named_before_a_verb_does_not_make_the_person_after_it_its_spokesman(engine):
    # "but the Marsh Preservation Society say Mr Prynne has ignored ...": the society speaks of
    # Prynne; "say" is no post in it ("Usdaw general secretary John Hannett")
    a = engine.ask("what did the marsh preservation society say about the bypass")
    assert a.found and all("Prynne" not in (x.attribution.text if x.attribution else "") for x in a.excerpts)


def test_who_is_quoted_shows_a_source_by_its_words_in_quotation_marks(engine):
    # Lindqvist "wants" the lighthouse opened; the story quotes her later
    first = first_excerpt(engine, "who is quoted in the story about the skerrow lighthouse museum")
    assert first.quote.startswith("Ms Lindqvist said: \"Every child")


def test_a_report_a_topic_names_is_the_report_a_reply_welcomes(engine):
    # "the coastal audit board report" is "the report" the trust welcomes, sentences from where
    # the story names the board
    first = first_excerpt(engine, "what did the pellmouth harbour trust say in response to the coastal audit board report")
    assert first.quote.startswith("A Pellmouth Harbour Trust spokesman said")


def test_a_light_verb_of_coming_is_told_by_who_is_due_where(engine):
    # "coming to Lisbon" says little beyond who and where: "is due in Lisbon at the end of June"
    first = first_excerpt(engine, "when is varga coming to lisbon")
    assert "due in Lisbon at the end of June" in first.quote


def test_of_claim_words_about_as_rare_a_speaker_holding_any_holds_the_claims_word(engine):
    # "toll" and "drivers" are as rare: which max() picked first decided whose sentence got the
    # key-word bonus, and the minister's quote on the toll outranked the group's wrong message
    first = first_excerpt(engine, "who reckons the toll freeze gives drivers the wrong signal")
    assert first.quote.startswith("Campaign group Cleaner Firths said") and first.attribution.text == "Cleaner Firths"


def test_a_blade_is_a_knife_and_prepositions_are_no_claim_words(engine):
    first = first_excerpt(engine, "who said he was scared the raiders would pull a blade or a gun")
    assert first.attribution.text == "Osric Pellam"
    # "mid regatta" / "during the regatta"; "go after" / "target"
    first = first_excerpt(engine, "who warned thieves might go after the depot mid regatta")
    assert first.attribution.text == "Ilse Tormund"


def test_how_fast_is_answered_by_a_speed(engine):
    # "how fast" asks for a speed ("at 40 mph") as well as for a time taken ("in 52 days")
    assert "at 40 mph" in first_excerpt(engine, "how fast was the cabin going when it slipped at carrowbeg").quote


def test_how_many_is_answered_by_an_ordinal_past_the_fifth(engine):
    # "the ninth man to be arrested" counts the men arrested; "doc" is the story's documentary
    first = first_excerpt(engine, "how many men have been arrested since the channel 9 night harbour doc")
    assert "the ninth man to be arrested" in first.quote


def test_why_someone_agreed_to_do_something_is_why_they_do_it(engine):
    # "agreed to take a seat": the deed is taking the seat, told as "his acceptance of a seat";
    # what the step "will allow him to" do is why he takes it
    first = first_excerpt(engine, "why has grevill agreed to take a seat in the senate")
    assert "will allow him to help" in first.quote


def test_a_new_rule_is_no_other_kind_of_rule_than_the_one_asked(engine):
    # "New rules curb quarry blasting" is the story on the blasting rules: "new" says when, not which
    first = first_excerpt(engine, "what did hedda vossberg say about the blasting rules")
    assert first.attribution.source == "Hedda Vossberg"


def test_a_name_typed_without_its_apostrophe_owns_the_noun_after_it(engine):
    assert engine._apostrophes("what did brekke say about halvorsens income forecasts") == \
        "what did brekke say about halvorsen's income forecasts"
    assert engine._apostrophes("what did the halvorsens say") == "what did the halvorsens say"  # a family
    assert engine._apostrophes("what do halvorsens think") == "what do halvorsens think"
    first = first_excerpt(engine, "what did brekke say about halvorsens forecasts")
    assert "a fantasy" in first.quote


def test_a_place_typed_without_its_apostrophe_owns_the_noun_after_it(engine):
    assert engine._apostrophes("how much are norlands parking levies going up") == \
        "how much are norland's parking levies going up"


def test_a_body_named_by_a_common_word_speaks_not_the_one_who_holds_a_post_in_it():
    # "what did liberty say": "liberty" is a word of the articles, so it finds by post the
    # "director of civil rights group Liberty"; the phrase is the body's whole name
    from types import SimpleNamespace
    from bot.answer.actors import Actor
    from bot.answer.voices import _body_of_post
    body = Actor(1, "candour", "Candour", "organization", aliases={"candour"})
    director = Actor(2, "ilse varga", "Ilse Varga", "person", descriptions=["director of civil rights group Candour"])
    other = Actor(3, "tam rudd", "Tam Rudd", "person", descriptions=["candour campaigner"])
    e = SimpleNamespace(actors=SimpleNamespace(alias={"candour": [body]}))
    assert _body_of_post(e, "candour", director) is body
    assert _body_of_post(e, "the candour director", director) is director  # the post asked
    assert _body_of_post(e, "candour", None) is None
    assert _body_of_post(e, "candour", body) is body
    assert _body_of_post(e, "varga", other) is other


def test_the_person_a_story_opens_on_is_what_its_quotes_are_about(engine):
    # "what did the police say about the powder Tamsin Orrell took": the police sentence never
    # names her, but the story opens on her inquest
    first = first_excerpt(engine, "what have cumbria police said about the powder tamsin orrell took")
    assert first.quote.startswith("Cumbria police said the powder") and first.attribution.source == "Cumbria police"


@pytest.mark.parametrize("question, opening", [
    ("who are the managers facing trial over the holm ferry fire", "The Skarra Line ferry company and four of its managers"),
    ("who are the harbour managers on trial", "Skarra Line managers Petra Lunn"),
])


def test_who_are_the_holders_of_a_post_doing_something_is_answered_by_the_sentence_naming_that_post(engine, question, opening):
    # the post ("managers") is what comes before what they do ("facing trial", "on trial"); what
    # they do is left to the question's coverage, in other words ("are to go on trial")
    assert opening in first_excerpt(engine, question).quote


@pytest.mark.parametrize("question, opening, holder", [
    ("what does the green party want to do with tenants heating grants", "The Green Party would allow", "Green Party"),
    ("what do marsh commoners want to do with their grazing rights", "Marsh commoners introduced", "Marsh commoners"),
])


def test_a_stance_told_in_the_story_voice_of_its_subject_is_theirs(engine, question, opening, holder):
    # "The Lib Dems would allow people to swap ...": the story tells what they would do, and
    # the sentence's subject, named first, holds that aim (a group the actor table lacks too:
    # "House Republicans introduced legislation that would make the tax cuts permanent")
    first = first_excerpt(engine, question)
    assert first.quote.startswith(opening) and first.attribution is not None and holder in first.attribution.source


def test_a_stance_is_not_held_by_whom_a_later_clause_names():
    from bot.answer.stance import _BEFORE_SUBJECT
    # "Tory leader Michael Howard has written ...": titles before the subject; "The commissioner
    # is to look into how Labour uses ...": Labour is no subject of the sentence
    assert _BEFORE_SUBJECT.match("Tory leader ") and _BEFORE_SUBJECT.match("Earlier the ")
    assert not _BEFORE_SUBJECT.match("The information commissioner is to look into a complaint about how ")


def test_a_body_named_in_the_plural_speaks_through_its_spokeswoman_named_in_the_singular(engine):
    # "the Progressives" speak through "A Progressive spokeswoman", as "the Conservatives" through
    # "a Conservative spokeswoman"
    first = first_excerpt(engine, "what did the progressives say about cuts to services on the tarnby line")
    assert first.quote.startswith("A Progressive spokeswoman said the party had costed")


def test_a_sentence_announcing_a_response_answers_the_one_before_it(engine):
    # "In an angry response, the mayor said ...": the letter before it, another voice's, sets its scene
    first = first_excerpt(engine, "what did mayor quenby say about bronwen tulliver")
    assert first.quote.startswith("In an angry response, the mayor said")


def test_a_body_named_in_full_once_speaks_later_by_its_kind(engine):
    # "a committee of MPs has said ..." then "the committee said": "the mps committee" is both
    first = first_excerpt(engine, "what did the mps committee say about restoring the towers")
    assert "restore the towers without a new grant" in first.quote


def test_the_police_are_the_forces_a_story_quotes_not_a_police_chief(engine):
    # "the police": "Cumbria police said ...", not the one person whose post holds the word
    # ("Metropolitan Police Commissioner Sir Alun Rees")
    first = first_excerpt(engine, "what did the police say about the slimming powder")
    assert first.quote.startswith("Cumbria police said the powder")


def test_a_member_the_topic_names_does_not_speak_for_the_body_about_himself(engine):
    # "what did the guild say about Thorne becoming master": his own hopes are his, the guild's
    # answer is its spokesman's
    first = first_excerpt(engine, "what did the harbour guild say about silas thorne becoming master")
    assert first.quote.startswith("A Harbour Guild spokesman said Mr Thorne had not been nominated")


def test_a_bodys_spokesman_is_also_the_unnamed_spokesman_who_speaks_for_it(engine):
    # "the harbour guild's spokesman": Guild spokesman Amos Reddle, and "A Harbour Guild spokesman"
    first = first_excerpt(engine, "what did the harbour guild's spokesman say about thorne's nomination")
    assert first.quote.startswith("A Harbour Guild spokesman said Mr Thorne had not been nominated")


def test_downing_street_speaks_through_the_prime_ministers_spokesman_by_name(engine):
    # "Ms Gallt's official spokesman" is No 10's voice when the stories call Gallt the prime minister
    first = first_excerpt(engine, "what did no 10 say about the ferry timetable")
    assert first.quote.startswith("Ms Gallt's official spokesman said")


def test_a_countrys_post_is_not_held_by_someone_placed_in_another_country(engine):
    # "Peru's foreign minister" is no "British foreign minister" visiting Lima, though the
    # story names Peru and she is the only foreign minister it names
    assert not engine.ask("what did peru's foreign minister say about the rail deal").found
    first = first_excerpt(engine, "what did britain's foreign minister say about the rail deal")
    assert first.attribution.source in ("Cressida Vane", "Ms Vane")


def test_how_much_money_is_answered_by_a_sum_not_by_any_number(engine):
    # "one of four growers" and "three years" are numbers, not what he is suing for
    assert not engine.ask("how much money is piers gallimore suing the council for").found


def test_which_seat_is_answered_by_a_sentence_naming_one(engine):
    # "to win a seat" names none; "has represented Kestrel Vale" does
    assert not engine.ask("which seat does odile farrant represent").found
    assert "represented Kestrel Vale" in first_excerpt(engine, "which seat does rufus penhale represent").quote


def test_a_body_by_its_initials_is_the_body_by_its_name(engine):
    # the NPDF of one story is the Northern Ports Development Fund of another
    fund = engine.actors.alias["northern ports development fund"][0]
    named = [c for c in engine.concepts("what has the npdf agreed to lend") if c.actor_ids]
    assert named and fund.id in named[0].actor_ids
    first = first_excerpt(engine, "what has the npdf agreed to lend")
    assert "agreed to lend Vardonia" in first.quote


def test_a_surname_two_people_share_is_the_one_named_beside_the_other_asked(engine):
    # "quennell" is Lord Quennell and Cedric Quennell; beside Pettigrew, it is Cedric
    a = engine.ask("pettigrew and quennell")
    assert a.found and "Cedric Quennell, to mount" in a.excerpts[0].quote


def test_when_people_will_do_something_is_not_when_someone_warned_of_it(engine):
    # "warned last week that there could be further walkouts" dates the warning
    first = first_excerpt(engine, "when are harbour staff association members walking out")
    assert first.quote.startswith("Next Thursday's strike")


def test_why_someone_quit_is_not_what_followed_it_nor_why_another_quit(engine):
    # "following Osric Dellow's resignation" tells what his quitting led to; "Ms Farrant was
    # forced to resign ... over abuses" why she quit
    from bot.answer.actors import Actor
    from bot.answer.reasons import _caused_by_it, _done_by_another
    from bot.answer.search import Concept
    quit_ = [Concept("quit", words=["quit", "resign", "resignation"])]
    assert _caused_by_it("The ruling came on Idris Vane's first day following Osric Dellow's resignation.", quit_)
    assert not _caused_by_it("Mr Dellow quit in March after an inquiry linked him to a permit.", quit_)
    dellow = Actor(1, "osric dellow", "Osric Dellow", "person")
    assert _done_by_another("Ms Farrant was forced to resign in April over abuses.", quit_, dellow)
    assert not _done_by_another("Mr Dellow quit in March after an inquiry.", quit_, dellow)
    first = first_excerpt(engine, "why did dellow have to quit")
    assert first.quote.startswith("Mr Dellow quit in March after an inquiry")
    assert "over abuses" in first_excerpt(engine, "why did farrant resign").quote  # hers, asked of her


def test_folk_not_bothering_to_vote_are_the_abstentions_and_muddled_is_confused(engine):
    # "folk" are people, not a rare topic word; "not bothering to vote" is abstaining;
    # "a muddled system" is "the confused situation"
    first = first_excerpt(engine, "who thinks the real threat to the harbour party is folk not bothering to vote")
    assert first.attribution.source == "Tobias Wrenfield"
    first = first_excerpt(engine, "who fears we could end up with a muddled clinic system like norland")
    assert "confused situation" in first.quote and "Marchbank" in first.attribution.source


def test_the_seat_someone_stands_in_is_the_seat_they_contest(engine):
    # "which seat is he standing in" / "is to contest the seat of Thornwick"
    first = first_excerpt(engine, "which seat is mossop going to stand in")
    assert "is to contest the Cumbrian seat of Thornwick" in first.quote


def test_what_happened_to_someone_after_an_event_is_what_they_underwent(engine):
    # "what happened to X after his remarks": the sentence where he undergoes something ("Mr X
    # was sacked ... after"), not the one that only tells of the remarks
    first = first_excerpt(engine, "what happened to rupert vanstone after his remarks on hidden tax rises")
    assert first.quote.startswith("Mr Vanstone was sacked as party treasurer")


def test_how_many_asks_a_count_not_a_sum():
    # "from £82.40 to the pensioner credit level" counts no pensioners; "9m voters" counts voters
    from bot.answer.asked import counting
    assert not counting("It wants the pension raised from £82.40 to the pensioner credit level.", {"pensioner"})
    assert counting("There are 9m voters over 65 in the country.", {"voters"})
    assert counting("Only 11 householders were prosecuted.", {"householders"})


def test_time_served_is_the_sentence(engine):
    # "how long did he end up serving": "the sentence cut to six years"
    # on its own, not only as the tail of "jailed for life"
    first = first_excerpt(engine, "how long did brannoch tilley end up serving after his appeal")
    assert first.quote.startswith("The conviction was later reduced")


def test_a_report_its_sentence_names_comes_before_a_bare_one(engine):
    # "according to a poll" leaves the poll bare; "The Quenby Herald poll suggests" names whose it is
    # (and a "The" before a name is no "the report" the story is about)
    for q in ("whose poll does the tram link story cite", "whose poll is the tram link story based on"):
        a = engine.ask(q)
        assert a.found and a.intent == "sources", q
        assert a.excerpts[0].quote.startswith("The Quenby Herald poll suggests"), q


def test_kicked_out_of_a_party_is_expelled_and_dumped_as_candidate_is_sacked(engine):
    # "kick X out" (the particle after its object) is "was expelled from"; "dumped as the candidate"
    # is "was sacked"
    assert engine.ask("why did the harbour party kick prentice out").excerpts[0].quote.startswith("Councillor Osgood Prentice")
    assert engine.ask("why was wilhelmina stoke dumped as the dunmarsh candidate").excerpts[0].quote.startswith(
        "Ms Wilhelmina Stoke, the previous candidate")


def test_touting_concessions_is_boasting_of_them(engine):
    first = first_excerpt(engine, "what concessions did the county team tout in the moorland access bill")
    assert first.quote.startswith("In talks this week, the county team boasted of concessions")


def test_what_was_the_deal_with_reports_that_asks_about_the_reported_claim(engine):
    # not a briefing on the story (its lead first), nor someone called "the deal with the reports"
    first = first_excerpt(engine, "what was the deal with the reports that threlkelds dad smuggled goods across the strait")
    assert first.quote.startswith("He again rejected newspaper speculation")


def test_who_wrote_someone_off_asks_who_dismissed_them_not_an_author(engine):
    # "wrote off X as a spent force" is said of X, as "dismissed"; no book or article was written
    first = first_excerpt(engine, "who wrote off the meadow party as a spent force")
    assert first is not None and first.quote.startswith("As Meadow Party leader Ottoline Brisk opened")


def test_a_bodys_boss_may_be_its_president(engine):
    # "the broadcast council boss" is the council's "president Ottoline Radstock", quoted in its story
    first = first_excerpt(engine, "what did the broadcast council boss say about the surveillance bill")
    assert first.quote.startswith("“These fears cannot be met") or first.quote.startswith('"These fears cannot be met')


def test_a_party_asked_by_its_nickname_speaks_through_its_unnamed_spokeswoman(engine):
    # "the tories" speak through "A Conservative spokeswoman"
    first = first_excerpt(engine, "what did the tories say about ringing people on the hushwell register")
    assert first.quote.startswith("A Conservative spokeswoman said the party obeyed the law")


def test_a_claim_questioned_by_someone_is_what_they_made_of_it(engine):
    # "Her claim has been questioned by ..., Idris Penrose": Penrose's answer, though no verb of
    # speech names him
    first = first_excerpt(engine, "what did idris penrose make of edevane's claim about jobs")
    assert first.quote.startswith("Her claim has been questioned by the former quarry manager")


def test_a_post_qualified_by_its_body_is_held_in_the_bodys_story(engine):
    # "the assembly speaker": "Speaker Morwen Kellagh", in the story that names the Assembly
    # before her (whether or not the tagger took it for a name there)
    first = first_excerpt(engine, "what did the assembly speaker say about hidden microphones")
    assert first.quote.startswith("Ms Kellagh said some members had been reading messages")


def test_how_many_counts_by_the_head_noun_of_what_is_asked(engine):
    # "how many mascot sketches": "five sketches" counts them, though the count is not of "mascot"
    first = first_excerpt(engine, "how many mascot sketches did the harbour party email its members to choose from")
    assert first.quote.startswith("It is one of five sketches e-mailed")


def test_a_pronoun_subject_speaks_of_whom_the_sentence_before_named(engine):
    # "Brackwater Research carried out both surveys. In June 1998 they asked 640 islanders ...":
    # "they" is Brackwater, and "back in 98" is 1998
    first = first_excerpt(engine, "how many islanders did brackwater research ask for the quillan gazette back in 98")
    assert first.quote.startswith("In June 1998 they asked 640 islanders")


def test_going_up_is_a_rise(engine):
    # "going up" is the lexicon's "go up", a rise; "avg" is an average
    first = first_excerpt(engine, "how much are norland parking levies going up on avg")
    assert first.quote.startswith("Parking levies in Norland are set to rise by an average")


def test_going_on_to_do_something_is_no_going(engine):
    # "he then went on to attack ...": what he did next; "340 jobs had gone" tells how many have gone
    first = first_excerpt(engine, "how many harbour jobs have gone so far")
    assert first.quote.startswith("Port chief Osric Penhallow said 340 jobs had gone")


def test_going_up_to_a_place_is_a_journey_not_a_rise(engine):
    # "going up" is a rise ("bills going up this year", "going up to 5%"); "going up to Pellow", a trip
    rises = lambda q: any("rise" in c.words for c in engine.concepts(q))
    assert rises("how much are parking levies going up this year")
    assert rises("are parking levies going up to 5%")
    assert not rises("when is rowena gallt going up to pellow")


def test_a_long_post_is_not_held_by_someone_with_another_post_of_the_same_body(engine):
    # one word of a long post may be missing from the story, never the post itself: the force's
    # chief inspector is not its chief constable
    assert not engine.ask("who is the chief constable of norwold valley police?").found
    a = engine.ask("who is the chief inspector of norwold valley police?")
    assert a.found and [c.name for c in a.actors[:1]] == ["Tamsin Greaves"]


def test_comments_asked_after_are_made_by_any_verb_of_saying(engine):
    # "when did Quarles make his remarks": "make" is no deed of its own, and the remarks are made
    # by "Mr Quarles told Radio Tamar"
    first = first_excerpt(engine, "when did quarles make his remarks about clashing priorities")
    assert first.quote.startswith("On Tuesday, ahead of the spending review, Mr Quarles told Radio Tamar")


def test_an_ordinary_word_after_a_name_is_no_misspelt_longer_name(engine):
    # "trevithickton handle" is Trevithickton and the word "handle", not a misspelt "Trevithickton Hall"
    labels = [c.label for c in engine.concepts("should trevithickton handle ferry fares")]
    assert "handle" in labels
    assert not any(c.actor_ids and "hall" in c.words[0] for c in engine.concepts("should trevithickton handle ferry fares"))


def test_what_was_done_comes_before_what_was_only_guessed_at(engine):
    # "what did the budget do on mooring permits": the budget that froze them, not the
    # "speculation about possible ... a freeze on mooring permits" that covers the question as well
    first = first_excerpt(engine, "what did the kelmscott budget do on mooring permits")
    assert first.quote.startswith("In Tuesday's Kelmscott budget, treasurer Ysolde Tarrant froze mooring permits")


def test_who_someone_is_is_told_by_a_post_before_a_clause_of_what_befell_them(engine):
    # "who was elected in 2001" tells an event, not what he is; "Heritage Minister Corwen Blaise" does
    first = first_excerpt(engine, "who is corwen blaise")
    assert "Heritage Minister Corwen Blaise said" in first.quote


def test_how_much_a_thing_costs_is_a_price_the_next_sentence_gives_in_the_storys_voice(engine):
    # "... if they use Slatephones ..., mayor Vellacott has ruled. The £350 pocket devices ...": the
    # price answers, told of the thing named before, and it is the story's word, not the mayor's
    first = first_excerpt(engine, "how much does a slatephone cost")
    assert "The £350 pocket devices" in first.quote
    assert first.attribution is None or not first.attribution.source


def test_what_town_someone_is_from_is_the_place_set_off_after_the_name(engine):
    # "Ottoline Scarrow, of Pennock, Westshire, had ...": her town; "took over from Humphrey Gale" is no town of his
    first = first_excerpt(engine, "what town is ottoline scarrow from")
    assert first.quote.startswith("Ottoline Scarrow, of Pennock")
    assert not engine.ask("what town is humphrey gale from").found


def test_how_long_something_will_take_is_told_by_take_a_decade(engine):
    first = first_excerpt(engine, "how long does cosmo varga say the registry upgrade will take")
    assert "will take a decade to come into full effect" in first.quote


def test_a_threshold_asked_now_is_a_figure_told_as_the_level_at_which(engine):
    # "whats the wharfage threshold now after the review": no one's aim ("after"), but a figure,
    # given as "the level at which skippers pay wharfage"
    first = first_excerpt(engine, "whats the wharfage threshold now after the spring review")
    assert "doubled the level at which skippers pay wharfage" in first.quote


def test_a_verb_beside_a_place_is_no_misspelt_broadcaster(engine):
    # "hit carrowshire": the place Carrowshire after an ordinary word the pack often uses, not "ITV Carrowshire"
    names = [h.actor.name for h in engine.actors.find_in("how many of the mill job cuts are expected to hit carrowshire")]
    assert "ITV Carrowshire" not in names
    first = first_excerpt(engine, "how many of the orlen group mill job cuts are expected to hit carrowshire")
    assert "around 900 of those expected in Carrowshire" in first.quote


def test_who_accused_someone_is_a_voice_that_accuses_them_before_one_that_only_speaks_of_them(engine):
    # "accused Ms Pembry of "misrepresenting" his party's proposals" answers "who accused pembry of
    # twisting what the opposition is proposing", though Ms Sprott's words and the next sentence
    # share more of the question's words without accusing her of anything
    first = first_excerpt(engine, "who accused pembry of twisting what the opposition is proposing")
    assert "Caspian Thorne of the Free Harbours Party accused Ms Pembry" in first.quote
    assert not engine.ask("who accused pembry of lying about the ferry timetable").found


def test_when_something_was_said_is_the_occasion_when_no_date_is_given(engine):
    # "said in his Harvest Day message" tells when; what was said is no deed the sentence must
    # name in the question's words ("the county" is "Crellshire")
    first = first_excerpt(engine, "when did gideon ashcombe say the county is drifting the wrong way")
    assert "said in his Harvest Day message" in first.quote
    # ... and one said with no occasion tells no when
    assert not engine.ask("when did bertram oakes say the footbridge cost too much").found


def test_when_something_was_done_is_the_occasion_when_no_date_is_given(engine):
    first = first_excerpt(engine, "when did gideon ashcombe open the fallowby footbridge")
    assert first.quote.startswith("Mr Ashcombe opened the new Fallowby footbridge on the eve of the county poll")
    assert not engine.ask("when did bertram oakes open the fallowby footbridge").found


def test_what_happened_to_someone_is_not_an_opening_where_others_act(engine):
    # the story's opening tells what the Greens think of it, not what befell the suspect known as K
    first = first_excerpt(engine, "what happened to the smuggling suspect known as k")
    assert first.quote.startswith("Harbours minister Lucan Threlfall said there was not enough evidence")


def test_what_a_group_is_up_to_is_told_by_the_story_before_what_another_says(engine):
    # both sentences name the councillors and Marrowshire: the story's own telling of what they
    # do comes before the mayor's remark about them
    first = first_excerpt(engine, "what are the councillors up to in marrowshire")
    assert first.quote.startswith("A group of councillors are on a three-day study tour")


def test_a_bodys_boss_is_its_officer_the_story_calls_the_charitys_director(engine):
    # "The charity's director, Orla Pennick": the post of the body the story is about; its name
    # typed without the apostrophe ("feedwells") owns the post
    for q in ("what did the feedwell boss say about the winter", "what did feedwells boss say about the winter"):
        first = first_excerpt(engine, q)
        assert first.attribution.source == "Orla Pennick" and "test every donor" in first.quote


def test_a_post_asked_by_its_initials_is_the_post_the_story_spells_out(engine):
    # "the drp" is "the director of rural prosecutions"
    first = first_excerpt(engine, "what did the drp say about hoarding grain")
    assert first.attribution.source == "Harriet Colebrook" and "Hoarding grain" in first.quote


def test_a_post_matches_a_description_in_another_form_of_its_word(engine):
    # "the boats industry body" is the "head of boating industry body Marlink"
    first = first_excerpt(engine, "what does the boats industry body say about the rules")
    assert "Tobias Renn" in first.attribution.source and "a mess" in first.quote


def test_a_surname_typed_without_its_apostrophe_owns_the_kin_after_it(engine):
    # "ianthe morrows mum" is Ianthe Morrow's mother, though the pack knows "morrow" only in full names
    first = first_excerpt(engine, "what did ianthe morrows mum say about the pills")
    assert first.attribution.source == "Glenys Morrow" and "poison" in first.quote


def test_a_word_for_any_body_stands_for_the_kind_its_name_ends_in(engine):
    # "the examinations watchdog" is "The Examinations and Standards Authority"
    first = first_excerpt(engine, "what has the examinations watchdog told ministers about the certificate")
    assert "Examinations and Standards Authority" in first.attribution.source and "introduced in full" in first.quote


def test_initials_are_spelt_only_by_the_capitalised_words_of_a_name(engine):
    # "Liberal Democrat rural transport spokesman" spells no "drt": its lower-case words name no body
    a = engine.ask("what did the drt say about the bus plan")
    assert not a.found or all(x.attribution is None or "Thackery" not in x.attribution.source for x in a.excerpts)


def test_a_lower_case_word_the_pack_prints_as_an_ordinary_word_names_no_one(engine):
    # "a skinner at the tanneries": the pack's ordinary word, not the tannery owner Gideon Skinner
    assert "Gideon Skinner" not in [h.actor.name for h in engine.actors.find_in("what did a skinner at the orrin vale tanneries say")]
    a = engine.ask("what did a skinner at the orrin vale tanneries say")
    assert not a.found or "Gideon Skinner" not in a.excerpts[0].quote
    first = first_excerpt(engine, "how much will a skinner at the orrin vale tanneries earn")
    assert first.quote.startswith("Under the deal, a skinner at the Orrin Vale tanneries will earn £310")


def test_it_opening_a_sentence_is_the_body_the_sentence_before_opened_on(engine):
    # "The Quayside Lock Agency was set up ... It is currently chasing ... £3m": "it" is the agency
    first = first_excerpt(engine, "how much is the quayside lock agency chasing")
    assert first.quote.startswith("It is currently chasing unpaid mooring fees of more than £3m")
    # ... but not a body the sentence before did not open on: the guild's levies are the guild's
    concepts = engine.concepts("unpaid towpath levies the quayside lock agency is seeking")
    agency = next(c.label for c in concepts if c.actor_ids)
    rows = {r["text"][:20]: r["sid"] for r, _ in engine.best(concepts, min_cov=0.0)}
    labels = engine.last_labels()
    assert agency not in labels[rows["It is now seeking un"]]


def test_a_push_named_as_a_noun_is_the_storys_initiative(engine):
    # "Howell's litter push": the story's "a £20m initiative"; "pushed the council" is no push of his
    first = first_excerpt(engine, "how much is behind talfryn howell's litter push")
    assert first.quote.startswith("First Minister Talfryn Howell launched a £20m initiative")
    words = [w for c in engine.concepts("who could push the council to act") for w in c.words]
    assert "initiative" not in words


def test_a_place_the_topic_names_must_be_in_the_speakers_story(engine):
    # Penhale spoke on an arcade in Portmerrow; asked about one in Lima (a place the pack names
    # elsewhere), his words are not on it
    first = first_excerpt(engine, "what did osric penhale say about the arcade in portmerrow")
    assert "a cash machine for its owners" in first.quote and "Penhale" in first.attribution.text
    assert not engine.ask("what did osric penhale say about a giant arcade in lima").found
    # ... the story may misspell it ("Lisbom"), and still names it
    first = first_excerpt(engine, "what did tamsin vell say about the seafront arcades in lisbon")
    assert "should copy what works elsewhere" in first.quote
    assert not engine.ask("what did tamsin vell say about the seafront arcades in lagos").found


def test_who_replaces_someone_is_a_sentence_naming_the_new_holder(engine):
    # the story tells that Tarrant quit and a candidate is sought, naming none: no answer
    assert not engine.ask("who is the harbour party picking to replace tarrant in brindle").found
    assert not engine.ask("whos replacing oswin tarrant as candidate in brindle").found
    assert not engine.ask("who will replace tarrant in the brindle seat").found
    # ... where the new holder is named, that sentence answers, either way round
    first = first_excerpt(engine, "who replaced ivo carrick as health minister")
    assert first.quote.startswith("Dr Wilhelmina Strand, on her first day in the job")
    first = first_excerpt(engine, "who did wilhelmina strand replace")
    assert first.quote.startswith("Dr Wilhelmina Strand, on her first day in the job")
    # ... and not the wrong way round: Carrick followed no one the pack names
    assert not engine.ask("who did ivo carrick replace").found


def test_it_opening_a_sentence_with_a_deed_done_to_it_is_the_body_before(engine):
    # "The Marrowby Bridge Trust is a charity ... It was set up in 1612 by the Earl of Penwarren":
    # the passive deed is done to the trust; and "created" is "set up"
    for q in ("when was the marrowby bridge trust created", "when was the marrowby bridge trust set up and by who"):
        first = first_excerpt(engine, q)
        assert first.quote.startswith("It was set up in 1612 by the Earl of Penwarren")
    # ... but "It was thought ..." names nothing
    from bot.answer.engine import _DUMMY_IT, _IT_OPENS
    assert not _IT_OPENS.match("It was thought the trust would close") or _DUMMY_IT.match("It was thought the trust would close")
    assert not _IT_OPENS.match("It was hoped the trust would close")


def test_a_link_asked_between_a_person_and_a_thing_is_where_both_are_named(engine):
    # the survey is no actor: the words asking for a link ("link", "connected") are no words the answer holds
    for q in ("hamish troon mp and the rudeness survey - whats his link",
              "whats the link between hamish troon and the survey"):
        first = first_excerpt(engine, q)
        assert "with the help of Hamish Troon MP" in first.quote


def test_what_came_of_an_event_is_the_sentence_after_the_one_that_tells_of_it(engine):
    # the story's sentence on the meeting restates the question; the next, going on about it, tells its upshot
    for q in ("what came out of mayor penhallow's private meeting with the reservoir workers' leaders",
              "what came of penhallows private meeting with the reservoir workers"):
        first = first_excerpt(engine, q)
        assert first.quote.startswith("Mayor Corliss Penhallow held a private meeting") and "no offer was made" in first.quote
    # ... (though "what was the result of X" asks a result the story must give: "result" is no frame word)
    assert not engine.ask("what was the result of penhallow's private meeting with the reservoir workers leaders").found
    # ... and a question that does not ask what came of it gets the one sentence
    first = first_excerpt(engine, "who did mayor penhallow hold a private meeting with")
    assert "no offer was made" not in first.quote


def test_whats_going_on_with_a_thing_is_the_news_its_story_opens_on(engine):
    # "what's going on with X" asks for X's news, as "what happened with X" does: the opening, not a remark on it
    for q in ("whats going on with the chapel slogan in pentre ifan", "what's happening with the chapel slogan in pentre ifan"):
        first = first_excerpt(engine, q)
        assert first.quote.startswith("Police are investigating a slogan daubed on a chapel")


def test_who_did_a_named_report_is_who_carried_it_out_not_a_voice_on_its_topic(engine):
    # "who did the vardle valley tolls report": the consultants who carried it out
    # ("independently"), not the guild that comments on the tolls
    first = first_excerpt(engine, "who did the vardle valley tolls report")
    assert "Pellow Strand" in first.quote


def test_researchers_from_a_college_are_who_carried_out_the_research(engine):
    first = first_excerpt(engine, "who carried out the research on heckling of women councillors")
    assert "researchers from Tolland College" in first.quote


def test_how_many_a_speaker_said_is_the_speakers_sentence_with_a_figure(engine):
    # "how many harbour towns ...": his figure, "about 40 towns", before his words on the grants
    first = first_excerpt(engine, "what did idris penhale say about how many harbour towns will get grants")
    assert first.quote.startswith("He said about 40 towns had applied")


def test_a_place_before_a_noun_is_named_by_the_noun_in_its_story(engine):
    # "wrexford hospital": the story names Wrexford, then says "the hospital"
    first = first_excerpt(engine, "how much is the kelbrook contract worth to wrexford hospital")
    assert first.quote.startswith("The contract with the Kelbrook health board was worth £4m a year")


def test_a_sum_given_is_a_sum_contributed(engine):
    # "how much has X given": a sum asked, "given" told as "contributed"; "since 98" is 1998
    first = first_excerpt(engine, "how much has trell given the radical party since 98")
    assert "contributed more than £7m since 1998" in first.quote


def test_how_many_prefers_the_storys_sentence_that_counts_what_was_asked(engine):
    # "several hundred UK nationals" counts no marines; "60 marines" does, and the headline names the rest
    first = first_excerpt(engine, "how many british marines are on standby for quorra")
    assert first.quote.startswith("A unit of 60 British marines")


def test_how_much_a_year_will_it_save_asks_for_a_sum(engine):
    first = first_excerpt(engine, "how much a year will the consulate closures save")
    assert "save £4m a year" in first.quote


def test_how_many_taken_away_is_a_cut_in_their_number(engine):
    # "how many X would they get rid of": "would cut the number of X by about a third"
    first = first_excerpt(engine, "how many councillors would the reform party get rid of")
    assert first.quote.startswith("The Reform Party would cut the number of councillors")


def test_where_a_country_came_in_a_league_table_is_where_it_was_ranked(engine):
    # "come" asks the place in the table, no word of the answer; a league table is a ranking
    first = first_excerpt(engine, "where did kelvania come in the international literacy league table")
    assert first.quote.startswith("A United Nations study ranked Kelvania fifth")


def test_a_name_after_the_qualifies_the_noun_a_claim_is_about(engine):
    # in "the karvonia tunnel tender row isnt going to disappear" the row is what the claim is
    # about, not Karvonia: Ms Fenwick's warning answers though it does not name Karvonia
    first = first_excerpt(engine, "who warned the karvonia tunnel tender row isnt going to disappear")
    assert "warning: \"This dispute will not go away.\"" in first.quote
    assert first.attribution.text == "Odile Fenwick"
    # ... but the story must be that place's: Marlovia's tunnel row is no story of the pack
    assert not engine.ask("who warned the marlovia tunnel tender row isnt going to disappear").found


def test_own_after_their_keeps_the_idiom_whole(engine):
    # "line their own pockets" is the idiom "line their pockets", which the story words "fill their boots"
    first = first_excerpt(engine, "who said the marina backers only want to line their own pockets")
    assert "in it to fill their boots" in first.quote


def test_a_sentence_sharing_only_the_names_with_a_claim_does_not_say_it(engine):
    # the Gazette's report names both men but says nothing of a sacking
    assert not engine.ask("who claimed ludo varrick was sacked by osbert pemberly").found
    # ... what it does report, it says
    first = first_excerpt(engine, "who said pemberly should spend more on the quay")
    assert first.quote.startswith("The Wexcombe Gazette said Ludo Varrick had told Osbert Pemberly")
    # ... and a claim that one told the other something is a saying it reports in its own words
    first = first_excerpt(engine, "where did the report that varrick told pemberly he had lost the town come from")
    assert first.quote.startswith("The Wexcombe Gazette said Ludo Varrick had told Osbert Pemberly")


def test_the_medium_a_speaker_told_is_not_what_the_words_are_about(engine):
    # "she told Radio Wexcombe's Evening Hour": her words are on arts funding, not the station's licence fee
    assert not engine.ask("what did perpetua gullane say about the radio wexcombe licence fee").found
    for q in ("what did perpetua gullane say about the arts funding rules", "what did gullane tell radio wexcombe about arts funding"):
        first = first_excerpt(engine, q)
        assert first.quote.startswith('"These rules will put money where audiences are,"')
    # ... but asked what she told the station, or said on it, its name is what the answer must hold
    first = first_excerpt(engine, "what did perpetua gullane say about arts funding on radio wexcombe")
    assert first.quote.startswith('"These rules will put money where audiences are,"')
    first = first_excerpt(engine, "what did perpetua gullane tell radio wexcombe")
    assert first.quote.startswith('"These rules will put money where audiences are,"')


def test_what_someone_is_paid_is_a_sum_they_receive(engine):
    # a sum Quelch earns answers for him; for Ambrey the story gives only sums others pay or earn
    first = first_excerpt(engine, "how much does idris quelch earn as mayor")
    assert "£62,000" in first.quote
    assert not engine.ask("how much is gethin ambrey paid as deputy mayor").found
    assert not engine.ask("how much does gethin ambrey earn").found


def test_how_tall_asks_for_a_height(engine):
    # "800 years old" is no height; "42 metres tall" is
    first = first_excerpt(engine, "how tall is the harnock beacon tower")
    assert "42 metres tall" in first.quote
    assert not engine.ask("how tall is the glenarrow oak").found


def test_who_said_a_claim_needs_words_that_say_it_not_only_its_names(engine):
    # the report names Quellia and Lutavia, but nobody says Quellia will pull its troops out
    assert not engine.ask("who said quellia would pull its troops out of lutavia").found
    # ... while what the paper did report is the paper's
    first = first_excerpt(engine, "who said varnia asked dorland to block the quellish radar stations")
    assert first.attribution and "Ember Daily" in first.attribution.text


def test_a_number_word_that_ends_a_name_is_no_count(engine):
    # "the Dunmore Four" names the men; it says nothing of how much they got
    assert not engine.ask("how much compensation did the harwick six get").found


def test_in_what_year_asks_for_a_date(engine):
    # a sentence of the bridge that holds no year does not say when it was rebuilt
    assert not engine.ask("in what year was the ostrel bridge rebuilt").found
    assert "1994" in first_excerpt(engine, "in what year did the karsk tunnel open").quote


def test_what_kind_of_thing_someone_is_calling_for_is_what_they_want(engine):
    # "what kind of X is Y calling for" is Y's want, asked in the progressive, not words a sentence must repeat
    first = first_excerpt(engine, "what kind of inquiry is fairhearing calling for")
    assert "There must be a full public investigation" in first.quote
    assert first.attribution is not None and first.attribution.text in ("Morwenna Tilley", "Fairhearing")


def test_a_count_may_qualify_its_noun_in_scare_quotes():
    # "40,000 new 'starter' homes" counts homes, as news prints the word between in quotes
    assert counting('The party has unveiled plans to build 40,000 new "starter" homes.', {"homes"})
    assert counting("plans for 100,000 new 'affordable' homes", {"homes"})
    assert not counting('The party will spend £3bn on "starter" homes.', {"homes"})


def test_going_over_to_another_party_is_defecting(engine):
    first = first_excerpt(engine, "how many unionist senators have gone over to the radical party since 2001")
    assert first.quote.startswith("She is the fourth Unionist senator to defect")


def test_a_changeover_that_begins_is_a_transition_that_starts(engine):
    first = first_excerpt(engine, "when does the three month fishing permit changeover begin")
    assert first.quote.startswith("A three-month transitional period starts on 4 March")


def test_what_one_side_gives_in_exchange_is_what_the_story_says_it_does_in_return(engine):
    # the story tells the embargo first, then "In return, Rellonia will ...", which need not repeat it
    first = first_excerpt(engine, "what does rellonia have to do in exchange for the embargo being lifted")
    assert first.quote.startswith("In return, Rellonia will free political prisoners")


def test_a_count_of_a_mistyped_noun_is_counted_in_the_packs_spelling(engine):
    # "recomendations" is the pack's "recommendations", "cttee" a committee
    first = first_excerpt(engine, "how many recomendations did the transport cttee make")
    assert first.quote.startswith("The transport select committee made 47 recommendations")


def test_a_tax_rate_in_pence_is_a_percentage_of_income(engine):
    # "the 45p top rate" is the story's "45% tax band"
    first = first_excerpt(engine, "what does the radical party want to pay for with the extra money from the 45p top rate")
    assert "a new 45% tax band for top earners to pay for free bus travel" in first.quote


def test_what_someone_does_instead_is_what_the_story_says_they_will_do_instead(engine):
    # the story tells the dropped merger first, then "Instead, Ms Corrie will ...", which need not repeat it
    first = first_excerpt(engine, "what is corrie going to do now instead of merging the prison service and probation teams")
    assert first.quote.startswith("Instead, Ms Corrie will place a new legal duty")


def test_a_what_question_on_a_story_is_no_post_to_fill(engine):
    # "the Harbour Board leak story" names no post: the sentence on the leak is not some other
    # body's post ("Harbour Board leak")
    first = first_excerpt(engine, "what was the harbour board leak story at the weekend")
    assert "leak suggested Mayor Idris Quelch" in first.quote


def test_when_first_done_is_the_year_it_began(engine):
    # the origin is told by its year, not by the day the news of lifting it was said
    first = first_excerpt(engine, "when did dorland first put a trade embargo on varnia")
    assert first.quote.startswith("In 2003")


def test_when_told_later_in_the_one_story_on_it(engine):
    # the opening names the harvest fairs for young farmers; a later sentence the trial and its time
    first = first_excerpt(engine, "when does the young farmers harvest fair trial begin")
    assert "will begin in September" in first.quote
    # ... and a thing the story never tells is not dated by it
    assert not engine.ask("when does the young farmers harvest fair levy begin").found


def test_what_happened_when_is_told_next(engine):
    # the story's sentence restates the question's event; the next, on "the tribunal", tells what followed
    first = first_excerpt(engine, "what happened when the skippers took their case to the coastal licensing tribunal")
    assert "The tribunal ruled in March 2004" in first.quote


def test_what_happened_to_someone_after_is_told_by_what_points_back(engine):
    # the opening restates the challenge; the sentence on him that points back to it tells what followed
    first = first_excerpt(engine, "what happened to hollin after he took on darrow")
    assert "deselected him as a result of that challenge" in first.quote


def test_why_someone_jumped_ship_is_why_they_defected(engine):
    # "jump ship" is to defect; and swimming "over to the Green benches" is where he went, not why
    first = first_excerpt(engine, "why did bram ostler jump ship to the greens")
    assert "disillusioned with the Liberal leadership" in first.quote


def test_who_is_quoted_does_not_put_first_a_quote_that_only_says_she_said(engine):
    # Ms Orde's first words in the story are a quote, but told only by "she said"; Mr Kell is
    # quoted in words that name him
    first = first_excerpt(engine, "who is quoted in the dunmere hospital story")
    assert first.quote.startswith("Announcing the plans, Mr Kell said:")
    assert first.attribution.text == "Ruaridh Kell"


def test_who_is_behind_a_warning_is_who_gave_it(engine):
    assert parse("who is behind the warning about the gullford bridge closing").intent == "source_of"
    first = first_excerpt(engine, "who is behind the warning about the gullford bridge closing")
    assert first.quote.startswith("The Gullford swing bridge could close within a year")
    assert first.attribution.text == "engineers from the county council"


def test_what_sources_confirm_a_claim_asks_who_confirmed_it(engine):
    assert parse("what sources confirm the gullford bridge stays open").intent == "who_said"
    assert parse("who confirmed the gullford bridge stays open").intent == "who_said"
    first = first_excerpt(engine, "what sources confirm the gullford bridge stays open to walkers")
    assert first.attribution.text == "The Gullford Bridge Trust"


def test_what_a_papers_piece_on_a_topic_is_based_on_asks_its_sources(engine):
    # the paper's name before "piece" does not stop it being the story's sources that are asked
    assert parse("what is the herald piece on the gullford bridge closure based on").intent == "sources"
    first = first_excerpt(engine, "what is the herald piece on the gullford bridge closure based on")
    assert first.attribution.text in ("engineers from the county council", "The Gullford Bridge Trust")


def test_who_ran_a_survey_is_who_carried_it_out_not_whose_it_is(engine):
    # "The Harbour Post poll" is the paper's; the story says who ran it apart
    first = first_excerpt(engine, "who ran the skarra ferry poll")
    assert first.quote.startswith("Polling firm Tidewell Research carried out the poll")


def test_who_called_something_a_name_is_answered_by_the_words_put_on_it(engine):
    # "described the toll as a "relic of the steam age"": the asker's "leftover of the steam
    # era" shares little of it, but the words are that speaker's, in quotation marks
    first = first_excerpt(engine, "who called the carrow toll an outdated leftover of the steam era")
    assert "relic of the steam age" in first.quote
    assert first.attribution and "Motorists' League" in first.attribution.text
    # ... and only when they hold some of the asker's words for it
    assert not engine.ask("who called the carrow toll a victorian leftover").found


def test_what_someone_said_about_a_persons_plan_is_not_what_they_said_of_anothers(engine):
    # Ms Tallis spoke of Mr Rhoswen's proposals, in a story on Mr Prael's scheme
    assert not engine.ask("what did morwenna tallis say about praels points scheme").found
    first = first_excerpt(engine, "what did morwenna tallis say about rhoswens proposals")
    assert "Mr Rhoswen's proposals would sink the small boatyards" in first.quote


def test_what_came_of_a_meeting_still_ahead_is_not_told(engine):
    # "are meeting ... this week": nothing has come of it yet
    assert not engine.ask("what came out of the dockers meeting with hamish tolland").found


def test_a_speakers_told_words_that_say_more_of_a_claim_come_before_a_quote_that_says_less(engine):
    # the steward's words, told in the story's ("said the intruders had shown a forged pass"),
    # say more of the claim than the guide's quote, let through for wording it its own way
    first = first_excerpt(engine, "who said the intruders got into the palace gallery using a fake pass")
    assert "forged pass to reach the gallery" in first.quote
    assert first.attribution and "Gwilym Arfon" in first.attribution.text
