"""'What did X say about T?' when X is named otherwise than the article names the speaker
(a body for its spokeswoman, a tie for a person, a role in other words), and when the quote
itself does not repeat the topic. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import first_excerpt
from bot.answer import Engine
from bot.pipeline import ingest

ARTICLES = {
    "harbour.txt": """Harbour Board defends new mooring fees

The Harbour Board has raised mooring fees for the first time in a decade.

"The increase pays for dredging the channel, which has been neglected for years," Harbour Board spokeswoman Imelda Rusk said on Tuesday.

Local fishermen said the fees would drive small boats out of the port.
""",
    "court.txt": """Farmer cleared of poisoning charge

A farmer accused of poisoning his neighbour's cattle has been cleared by a jury at Carlisle Crown Court.

Tobias Wren, 54, had denied the charge throughout the three-week trial.

His lawyer, Marguerite Olsen, said: "Mr Wren has lived under a cloud for two years. He is relieved and wants to get back to his farm."

The neighbour declined to comment.
""",
    "rail.txt": """MPs criticise new rail timetable

MPs on the Commons transport committee have published a report on the new rail timetable.

"Passengers were let down by a timetable that was never tested," the committee said.

The rail operator said it would study the findings.

Passenger Rail Users Group chairman Dilys Morgan said the report was overdue.
""",
    "defection.txt": """Councillor Priya Nandakumar quits the Greens for Labour

Councillor Priya Nandakumar has left the Green Party to join Labour, the third councillor to switch this year.

Ms Nandakumar said she was disillusioned with the party's leadership and its handling of the housing crisis.

The Green Party said it was sorry to see her go.
""",
    "ombudsman.txt": """River ombudsman appointed

The first ombudsman for river users has been appointed.

Former canal engineer Dorothea Vance was chosen by ministers and starts work in May.

Angling groups welcomed the appointment.

The Commission for River Users' report will be published on 3 June, ministers said.
""",
    "clinic.txt": """Clinic waiting lists grow again

Waiting lists at the Elmbridge clinic have grown for a third month.

Dr Oskar Lindqvist, regional secretary of the Nurses and Doctors Union, said the figures were "a warning the service cannot ignore".

The health board said new staff would start in the spring.
""",
    "lanes.txt": """Mayor backs cycle lane scheme

Mayor Ingrid Holloway has backed the city's cycle lane scheme after a year of delays.

Ms Holloway acknowledged there were worries about the cycle lanes among shop owners.

"We cannot keep designing streets for cars alone," she said.

Shop owners' spokesman Petr Novak said the lanes would cost them trade.

Mr Novak later called the scheme "anti-business dogma".

Mr Novak opposes 24-hour parking bans on the new lanes.

He said the council had wrongly ignored traders.

Maud Ferrier, head of policy at cycling charity the Open Roads Trust said the lanes were long overdue.

Oona Pratt, of campaign for safer towpaths, said the towpath must stay open to walkers.

Ms Holloway dismissed the traders' sums as "fantasy economics".

Ms Holloway became mayor in 2019 at the age of 38.

The council also plans to axe 40 advisory panels to save money.
""",
    "marathon.txt": """Westford council approves budget after marathon meeting

Councillors in Westford voted on the city's budget on Thursday.

The budget was finally approved at midnight, after more than nine hours of debate.

Opposition councillors said the cuts would hurt libraries.

The planning committee later voted by seven to two to close the Elm Street library.

Library campaigners said they would appeal against the vote on the library closure.

Their case was prepared by brother and sister historians Ada and Colm Brennan.
""",
    "escort.txt": """Prisoner escapes hospital escort

Police said Darius Kettering was dangerous and should not be approached.

Darius Kettering, 41, escaped from a hospital escort in Dunmore on Sunday.

Officers are searching the area around the hospital.
""",
    "pupils.txt": """Teenagers 'know little' of councils

Pupils questioned for a study have shown little knowledge of local government.

Almost all could name the mayor, but only one in eight knew who was in charge of the county council.
""",
    "upbeat.txt": """Minister upbeat in interview

The health minister, Rosa Quint, said she was proud of the new hospital wing.

"We have delivered on our promises," she said.

Her critics point to delays at the bus depot as a sign of poor planning.
""",
    "peer.txt": """Former union leader takes seat in the Lords

Former union leader Edwin Marlowe has taken his seat in the House of Lords.

Lord Marlowe - who led the transport union from 1979 until 1991 - was sworn in on Monday.
""",
    "ledgers.txt": """Council ledgers found in skip

An inquiry has begun after council ledgers holding tenants' bank details were found by a passer-by.

The ledgers are thought to have been found in a skip in Pemberton Road and handed to a local newspaper.

The council apologised to its tenants.
""",
    "rents.txt": """Economist sees hard years for renters

Economist Gideon Pratt said the housing market would stay tight for a decade.

Mr Pratt warned that rents will outpace wages in every region until 2030.
""",
    "pier.txt": """Pier repairs to cost more

"The pier will not reopen this summer," said engineer Rupert Hale. Councillor Mavis Quill said the repair bill for the pier had doubled to four million pounds.
""",
    "mayor.txt": """Mayor's husband joins campaign

Mayor Lorna Pike's husband, Desmond, is to play a leading role in her re-election campaign.

Desmond has run a hardware shop in the town for 30 years.

Councillor Ruth Ingle, who was the town's first female mayor, said she would back the campaign.
""",
    "quarry.txt": """Quarry expansion approved

A Stonebridge Quarries spokesman said the expansion would create 40 jobs.

Residents objected, but a Stonebridge Quarries spokesman said blasting would be limited to weekdays.
""",
    "city.txt": """London transport fares frozen

London mayor Rex Dunmore has frozen bus fares for another year.

Deputy Mayor Olive Strand said the freeze would help families in outer London.

The prime minister's official spokesman said fares were a matter for City Hall.
""",
    "sanctions.txt": """Norway to lift Chile sanctions

Norway will lift its trade sanctions on Chile next month, officials said.

The government in Oslo is trying to open new markets for Norwegian salmon farmers.

Critics said the move was premature.
""",
    "anglers.txt": """Anglers oppose night fishing ban

A ban on night fishing from the pier starts next week.

Gareth Tolley, North Sea Anglers Association said: "This ban will empty the pier of anglers."
""",
    "inquiry.txt": """River pollution inquiry reports

An inquiry into river pollution has called for tougher fines for water companies.

Lord Pemberly of Ashcombe, who chaired the river pollution inquiry, said the fines were too small to change behaviour.
""",
    "bakery.txt": """Bakery chain to close twelve shops

Crumbwell Bakeries will close twelve of its shops in the north of England, putting 140 jobs at risk.

Rising flour prices have squeezed the chain's margins since the spring.

"We have fought to keep every branch open, but the numbers no longer add up," said Hattie Sorensen, chief executive of Crumbwell Bakeries.

She added: "Staff will be offered jobs in our other shops wherever possible. Nobody will be left without support."

The company's annual results are due in March. Crumbwell Bakeries also owns a 300-acre estate in Yorkshire. In 2019 Crumbwell Bakeries, an 80-year-old firm, bought the Oven Fresh chain for £4.2 million.
""",
    "lighthouse.txt": """Keeper's name cleared

In a case that divided the village, lighthouse keeper Silas Brannock was jailed for arson over the fire at Gullrock in 2011.

The conviction was quashed on appeal last year.

Residents held a party on the green.
""",
    "guild.txt": """Guild archive opens to the public

Among the papers is the letter of Ada Quenby, the first woman admitted to the Glaziers' Guild.

That happened in 1846, after a vote of the masters.

The archive opens on Saturday.
""",
    "shops.txt": """Shop workers want a festive break

The Shopwork trade union said shop workers should be able to enjoy a break with their families.

Shopwork general secretary Owen Marsh added: "Boxing Day should be a day of rest for everyone."
""",
    "intruder.txt": """Farmer loses appeal over shooting

Farmer Amos Tilly was jailed for shooting a 17-year-old intruder, Dean Coyle, at his farm in 2003.

Turnout at the 2005 county election fell to 41%, the lowest in the county's history.
""",
    "donor.txt": """Donor attacks party feud

Hector Quayle also criticised the government over its housing policy.

Mr Quayle has previously given the party £40,000.
""",
    "budget.txt": """Council budget vote looms

Daily Post political correspondent Nora Fell said the council vote would be close. Ms Fell said the mayor had lost support. Ms Fell said the budget would pass.
""",
    "bypass.txt": """Bypass plan splits town

Daily Post political correspondent Idris Bevan said the bypass would cut the town in two.

Metropolitan Police Commissioner Ada Brisk said the bypass would make policing harder.

Rhodri Vale, from the campaign group Open Rivers Trust, said: "The bypass will poison the river."
""",
    "records.txt": """Archive files destroyed

The Records Office destroyed nearly 4,100 files last year, up from 900 five years ago.

Only 9 wardens have been disciplined in the last 12 years, the chief inspector says.
""",
    "heating.txt": """Insulation plan unveiled

The Green Party held a rally about heating grants in Leeds on Monday.

The Green Party would allow pensioners to swap their heating grants for insulation vouchers.
""",
    "debate.txt": """No television debate, says Hale

Premier Tobias Hale has said he will not take part in a television debate with his rivals because "the voters deserve better than a shouting match".

In 1997 a debate between Mr Hale and Ken Ward was also cancelled when a format could not be agreed.
""",
    "custody.txt": """Inquiry into custody death

The High Court ruled on Tuesday that Ali Rahim's death in British custody fell within human rights law.

He was allegedly beaten to death while in the custody of the Fenland Rifles Regiment.
""",
    "harbourbill.txt": """Harbour Bill clears the Commons

The Harbour Bill was debated in the Commons on Monday, with a vote expected late at night.

In the Commons vote the Harbour Bill passed by 301 votes to 199.
""",
    "reselect.txt": """Merrow survives bid to oust him

Councillor Aled Merrow faced a motion to deselect him on Thursday.

But his ward party voted against the move, with Mr Merrow winning 41 of the 70 votes.
""",
    "pellow.txt": """Pellow to stand down

Veteran MP Jack Pellow is to stand down at the next election.

He has represented the seat of Lanmouth since 1970.
""",
    "torquay.txt": """Greens pick Torquay

The Green Party will hold its 2026 spring conference in Torquay, it has been confirmed.

It will be the first time since 1988 that the party has chosen Torquay to host the event.
""",
    "poster.txt": """Harbour Party poster unveiled

The Harbour Party unveiled its new poster on Monday with its leader in Mr Dobbs's absence.

The event - at Quayside Hall in Elmsworth - drew a small crowd.
""",
    "dockside.txt": """Council sells Dockside Coaches

The council will sell Dockside Coaches to the Carrow Group next month, in a deal worth £2m.

At that point, the firm will change its name to Carrow Link.
""",
    "ringroad.txt": """Ring road row deepens

"This is typical of the council's hypocrisy on the ring road," said opposition leader Dai Pritchard.
""",
    "greens.txt": """Greens split over fares

Green Party spokesman Rhian Lloyd said fares must fall. Ms Lloyd said buses should be free. Ms Lloyd said the plan was costed.

Green Party spokesman Ivor Nash said the party would back the tram scheme.

Ivor Nash, the party's transport spokesman, said trams were cleaner than buses.
""",
    "rights.txt": """Act on detention ruling, ministers urged

Ministers must act quickly on the court's ruling on detention without trial, Orla Quinlan has said.

The former UN commissioner for refugees told the Today programme the response would be watched abroad.
""",
    "depot.txt": """Depot closure urged

Councillor Bryn Talfryn told BBC Radio 4's Today programme the bus depot should close.
""",
    "trust.txt": """Trust founder stays on

The 93-year-old Ivy Dunne told the Hollin Trust board she would stay on.

Ms Dunne, who has run the Hollin Trust since its founding in 1971, said she had no plans to retire.
""",
    "canal.txt": """Canal campaigners to march

Campaigners will hold a march along the towpath to mark the anniversary of the closure of the Brindle Canal.
""",
    "busfares.txt": """Bus fares to rise

Island councillor Morwenna Pike said the new bus timetable would cost the island 300 jobs.
""",
    "marina.txt": """Marina expansion splits council

Councillor Ada Finch said the marina expansion would bring jobs to the town.

The plan adds two hundred berths and a boatyard.

Work would start next spring if approved.

Residents have until March to comment.

The harbourmaster, Piotr Wellbeck, has opposed the expansion for months.
""",
    "ruling.txt": """Planning ruling upheld

Solicitor Niamh O'Sullivan said the ruling was fair to both sides.
""",
    "tram.txt": """Residents back tram line

Most residents back the new tram line, a poll suggests.

Some 58% of those polled said the tram should open before the new stadium.

The line would run from the station to the hospital.

The survey of 800 adults was carried out by Kestrel Research for the city council.
""",
    "library.txt": """Library hours to be cut

Council leader Bronwen Hale said the cuts to library opening hours would hurt pensioners and students most.

The council will vote on the plan in June.
""",
    "column.html": """<!DOCTYPE html><html><head><title>Why I gave up my car - The Riverside Gazette</title>
<meta name="author" content="Perpetua Lane"><meta property="og:site_name" content="The Riverside Gazette"></head>
<body><article><h1>Why I gave up my car</h1>
<p>I sold my car last spring and have not missed it once since the buses were rerouted.</p>
<p>The bus runs every ten minutes from the station to the hospital, and my commute is now shorter than it ever was by road.</p>
<p>I still cycle at weekends, and I walk far more than I did.</p>
</article></body></html>""",
    "park.txt": """Park to stay open

Parks manager Nia Brown said the riverside park would stay open through the winter.

Ms Brown said the gates would close at dusk.
""",
    "mayor2.txt": """Mayor to quit

The mayor will resign next week, according to council sources.

A study by Fenwick Analytics found the council's debts had doubled.
""",
    "synagogue.txt": """Synagogue restored

Rabbi Ezra Gold said the restored synagogue would open to visitors in May.
""",
    "pillwarning.txt": """Warning over diet pills

Kestrel police said the tablets contained a banned industrial chemical.

The pills were sold online from a warehouse in Leeds.
""",
    "inquest.txt": """Inquest opens into student death

An inquest into Tamsin Orrell’s death opened on Monday.

Tamsin Orrell, 19, was found at her home in Leeds in March.
""",
    "reservoir.txt": """Reservoir path row

The Ramblers Association and the Anglers Trust want the reservoir path reopened by summer.

Both groups wrote to the water company on Friday.
""",
    "seawall.txt": """Sea wall repairs approved

Repairs to the sea wall will cost the council dearly and protect 300 people, engineers said.
""",
    "kettles.txt": """Consumer group tests kettles

The most energy-efficient kettle in the trial was the Arden Mk2, the group said.

Shoppers said the best deals were found online.
""",
    "chess.txt": """Minister 'truanted to play chess'

Schools minister Audrey Vell said she spent her afternoons at the Rook and Pawn Club in Dudley when she was 14.

She said the club had taught her more than any classroom.
""",
    "curfew.txt": """Curfew for town centre bars

Bars in the town centre must now close at 11.30pm, the licensing committee said.
""",
    "otters.txt": """Otters return to the Wend

The number of otters counted on the River Wend this spring was less than 20, the wildlife trust said.

A survey ranked Wendham fourth in the county for cycling.
""",
    "retention.txt": """Phone firms must store call records

The bill would require telecommunications providers to store call records for two years, the Home Office said.

Some 300 people responded to the consultation on the bill.
""",
    "warrant.txt": """Court uses ancient power

The court has used the rarely invoked Writ of Ne Exeat to stop the banker leaving the country.

It is only the fourth time the power has been used since 1900.

A casino licence was granted by the licensing panel on appeal.

The casino licence was granted in 31 days, half the usual time.
""",
    "licences.txt": """Anglers angry over new river rules

The Fishing Licence Bill would double the cost of a season ticket on the Wend.

The Wend Anglers Club is concerned the changes would empty the river of young anglers.

The Wend Anglers Club also wants the weir repaired.
""",
    "levy.txt": """Hoteliers angry at council

In its draft budget, the council doubled the tourist levy and froze parking charges.

Parking wardens will also get new uniforms.

Cafe owners were not consulted either.

Marta Quill, from the Guest House Association, said: "This will drive visitors to the next town."
""",
    "memo.txt": """Budget row deepens

The row began at the weekend with a leaked memo from the finance office: the mayor was ready to sell the town hall.
""",
    "profile.txt": """Profile: Jonah Marsh

Jonah Marsh has represented Wendham for twenty years.

In 2001, the sheepdog Rex barked through a whole debate in the Chamber.
""",
    "civic.txt": """Civic Party plans smaller council

The Civic Party would cut the number of councillors by about one-fifth, its leader Hector Vane said.

Mr Vane said the new town hall had cost less than £2m.

Church groups welcomed the limit on new bingo halls. Bingo trade spokesman Ray Finch said: "The three-year trial will show the harm."
""",
    "zz_regatta1.txt": """Marina fees row

Commodore Ada Pike said the new marina fees were unfair on small boat owners.
""",
    "zz_regatta2.txt": """Regatta in doubt

Owners will boycott the summer regatta unless the council backs down.
""",
    "zz_permits1.txt": """Kelp licences published

The council will publish how many kelp harvest licences (Khls) it granted. Officials said that in the past year 412 kelp harvest licences were granted to fishermen.
""",
    "zz_permits2.txt": """Trawler firm row

A review found that 90 kelp harvest licences were granted to trawler firms in the past year.
""",
    "zz_depot.txt": """Bus depot moves

The bus company will open its new depot on 3 May, managers said. Drivers at the old garage said the new depot was a welcome change.

The opening of the new depot will start at 1430 GMT, when the mayor cuts the ribbon.

The new depot is just four streets away from the old garage in Mill Lane.
""",
    "zz_gifts.txt": """Party gifts listed

The party received 12 gifts worth £40,000 from Marlow Holdings. This company is owned by the party's former treasurer Lord Pell.
""",
    "zz_tram.txt": """Tram timetable opposed

A Polldata survey found 75% of islanders opposed the new tram timetable.
""",
    "zz_clinic.txt": """Health board sets budget

The health board will cut weekend opening hours at the Fenwick clinic from March.

The board also approved a new car park. Building work starts in April. The contractor is based in Lowton.

Nurses will get new laptops. The laptops cost £90,000. A supplier was chosen last week.

Pay talks resume in May. Ministers froze public sector pay last year. The freeze ends in 2026.

Porters say the new rota is unfair. The rota starts next month.

Union official Dora Birch said: "Staff morale is at rock bottom after the pay freeze."
""",
    "zz_toll.txt": """Bridge toll plans

Officials said the bridge toll would first raise money for the county roads.

The bridge toll would raise £40,000 a year.
""",
    "zz_lido.txt": """Lido closure row

Swim club secretary Nora Vint said the lido was built in 1936.

Nora Vint said the council should keep the lido open all summer.

Nora Vint also said ministers should visit the town more often.
""",
    "zz_gadget.txt": """Gadget firm grows

Gadgetco owns Widgetly, Sprocketry and dozens of other brands.
""",
    "zz_members.txt": """Committee members named

Orla Finch chairs the marina committee.

Tobias Crane became an MP in 2001.
""",
    "zz_gazette.html": """<html><head><title>Why the quay needs a lift bridge</title>
<meta property="og:site_name" content="Wendham Gazette"><meta name="author" content="Ada Quill">
<link rel="canonical" href="https://www.wendhamgazette.example/opinion/quay-bridge"></head>
<body><article><h1>Why the quay needs a lift bridge</h1>
<p>The quay has waited thirty years for a crossing that lets the tall ships through.</p>
<p>The best design for the quay is a lift bridge, which keeps the channel open at high tide.</p>
<p>A swing bridge would cost less but close the channel for an hour a day.</p>
</article></body></html>
""",
    "zz_bridges.txt": """Bridge designs compared

Engineers said the best design for a rural crossing is a stone arch bridge.
""",
    "zz_selection.txt": """Candidate chosen

Councillor Ivy Lund was selected for Marshfield in a contest between two men and five women.
""",
    "zz_shops.txt": """Shop chain sold

Penrose Stores said trading was strong, Dunmore Holdings reported.

Dunmore Holdings bought Penrose Stores in May for £2m.
""",
    "festival.txt": """Festival date set

The plans were announced by Mayor Lorna Pike in her harbour festival review in December, a spokesman said.

Wendham Council will hold the harbour festival on 14 August, organisers confirmed.
""",
    "islandboat.txt": """Boat fares rise again

Islanders face a third fare rise in a year, and traders fear the Fed will raise interest rates too.

Island resident Moira Quayle said she was sick of paying more for a worse service.

"Fuel costs drove the rise," said boat company director Ewan Bright. "Wages came second."

Councillor Tilda Grange has described the boat as a lifeline for the island. Arthur Penrose, a shopkeeper, said he was tired of hearing politicians call the boat a lifeline while fares rose.
""",
    "zz_abducted.txt": """Charity worker missing

Janet Corley, an aid worker with the charity Relief Now, has not been heard from since the spring.

Ms Corley was abducted in Brenmouth on 3 May, her family said.
""",
    "zz_arrest.txt": """Campaigner held

Corwin Slade is the fourth activist to be arrested following the Dunmoor rally.

A spokesman for his group said Corwin Slade was arrested on Monday on suspicion of criminal damage.
""",
    "zz_turnout.txt": """Polling cards missing

Turnout across the country fell to 58% at the last general election.

The Royal Mail said about 400 homes in the north of the county had received no polling cards. Officials in Kelderby are checking the register.
""",
    "zz_buyout.txt": """Harlow Foods buys Trent Bakeries

Harlow Foods paid £40m for Trent Bakeries in March, the company said. The bakeries will keep their name.

Harlow Foods also owns Ashby Mills, a flour maker.
""",
    "zz_rowing.txt": """Rowan Tate quits rowing club

Rowan Tate, a coach, has left the club. It marks the end of his membership of the Elmsworth Rowing Club after just six months.
""",
    "zz_slogan.txt": """Greens pick a slogan

The Green Party's campaign chief said the slogan was a response to polling.

The Green Party's election slogan will be: "Grow it here".
""",
    "zz_docks1.txt": """Talks aim to end dock strike

Talks aimed at ending the dock strike will take place this weekend with minister Ruth Kell.
""",
    "zz_docks2.txt": """Dock strike talks fail

Talks aimed at ending the dock strike with minister Ruth Kell have ended without agreement.
""",
    "zz_porters.txt": """Pay gap persists

Porters in full-time work earn 12% less than clerks, the Pay Office said.
""",
    "zz_jails.txt": """Jail plans dropped

Plans for a new jail in Cumbria have been scrapped. Ministers blamed the budget.

The minister said it costs £30,000 a year to keep each inmate.
""",
    "zz_lunches.txt": """Head teacher on school lunches

Head teacher Mona Vick said school lunches had too much sugar.

"I would like to see fruit served at every school lunch," Ms Vick said.
""",
    "zz_vigil.txt": """Baker keeps up vigil

A former baker is entering the third week of a vigil outside the town hall.
""",
    "zz_smoking.txt": """Wendham smoking ban details set out

Councillor Ewa Lind welcomed the move but said the public should be consulted before the ban.
""",
    "zz_trial.txt": """Millers go on trial

Three millers are to go on trial for fraud over the Elmsworth flour scandal.
""",
    "zz_midwives.txt": """Midwives pay review

A survey by the pay review body suggests 30% of midwives quit last year.

The pay review body said the rise for midwives should be 4%.
""",
    "subsidy.txt": """Labour keeps the island boat subsidy

The island boat subsidy will stay, Labour said on Monday.

A Labour spokesman said: "The crossing is a lifeline for island families and we will not cut it."

Opponents of Labour said the money would be better spent on roads.

Islanders' group chairwoman Morag Tulloch said fares had been raised in instalments since 2019.
""",
    "dairy.txt": """Dairy to close in June

The Kelsall dairy owned by Hollis will close in June with the loss of 40 jobs, Hollis said.

Union official Ray Hollins said the closure was a blow to the town.
""",
    "trustgap.txt": """Budget trust gap, says Ormond

Treasury spokesman Vince Ormond said the budget figures could not be trusted.
""",
    "loans.txt": """Ormond targets problem lending

Vincent Ormond says one in eight households already struggle with their bills. He wants to see "proper checks" when loans are sold to families.
""",
    "steward.txt": """Trade council head backs mayor

Trade council head Ottilie Brask defended Mayor Gideon Pell on Friday. Her message to the mayor was: "Keep going." Ms Brask added: "I do not think he will change course. I have to say he has been a careful steward of the town's money."
""",
    "gazette.txt": """Harlan sets out his vision

Writing in the Elmsworth Gazette, councillor Piers Harlan outlined his plans for the town centre. "We will not let the high street die," he wrote. Political editor Ruth Penn said that Mr Harlan's piece was "a warning shot" to the council leader.
""",
    "embargo.txt": """Minister defends embargo stance

Foreign minister Osric Vale said the new code of conduct was more effective than the current ban.
""",
    "hunt.txt": """Hunting with hounds ends on Friday

The hunting ban comes into force on Friday. Hunting groups said hunting would go on within the law. Hunting supporters plan a rally.
""",
    "ward.txt": """Labour leader rejects calls for hospital review

Labour leader Hal Brennock has rejected calls for a review of the closure of the hospital ward.

Mr Brennock said Labour had kept every promise it made on health and that the ward would reopen.

Critics of Labour say the party has failed the town.
""",
    "canvass.txt": """Party faces doorstep calls inquiry

The Harbour Party is being investigated over doorstep calls to voters who opted out of canvassing.

The regulator said millions of households had signed up to the opt-out list since 2003. If the complaint is upheld and it keeps breaking the rules, it could be fined up to £8,000. The party says it has done nothing wrong.
""",
    "boards.txt": """Report counts county boards

The county has 214 boards financed with millions of pounds of public money, a report claims.
Report author Nell Varga said about 40 of the county's boards had been set up since 1999.
""",
    "permits.txt": """Minister faces parking permits rebellion

Minister Corin Dale faces a test on Monday over the parking permits bill.
Up to 25 Harbour Party councillors could oppose the scheme during the debate.
""",
    "leader.txt": """Greens leader tours the coast

Greens leader Marta Ilves is touring coastal towns this week as she visits Dunmore, Kelby and Port Ash.
Ms Ilves said the public felt let down by the council on flood defences.
Party treasurer Osmund Rey, who stepped down as leader in 2001, says the party can save £12m by cutting waste.
""",
    "water.txt": """Water firm defends price rise

Chief executive Alma Reyes said the price rise was needed to fix old pipes.
Ms Reyes said the firm would invest £40m in the network.
""",
    "merger.txt": """Northway Airlines agrees sale to Coastal Airways

Northway Airlines has agreed to be bought by Coastal Airways for £300m.
Shareholders who want to keep Northway Airlines' chief executive, Tomas Bek, could still vote down the deal, which would cost a fee of £5m payable to Coastal Airways.
""",
    "dock.txt": """Dock charge agreed

The port council has backed a harbour levy on cruise ships, council leader Ada Fenn said.
Ms Fenn said the money would pay for a new sea wall.
""",
    "coach.txt": """Coach fares to rise

Coach operator Brannock Coaches said fares would rise in the spring.
The port council's harbour levy was one reason for the rise, Brannock Coaches said.
Brannock Coaches said the harbour levy would cost it £2m, and that the port council had not consulted it.
Passengers' group Sea Users said the port council, which backed the harbour levy, would drive tourists away.
""",
    "strategist.txt": """Party hires campaign adviser

The Harbour Party has hired campaign strategist Lysander Ormsby to run its election campaign.
Mr Ormsby, the party's new campaign director, ran two winning campaigns abroad.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    folder = tmp_path_factory.mktemp("speakers")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "pack.db"
    outcomes = ingest([str(folder)], db, settings)
    assert [o.status for o in outcomes] == ["added"] * len(ARTICLES), outcomes
    return Engine(db, settings)


# A second pack, for words whose rarity the first pack's tests rely on ("teenagers").
OTHER_ARTICLES = {
    "berths.txt": """Ferry talks stall over Kessel berths

The Kessel Port Authority wants to keep its ferry berths on the island, the Harbour Gazette reported.
"The island's biggest worry is that the mainland council will take over the berths," said analyst Ruth Ambler.
""",
    "valley.txt": """Valley Party would cut councillors

The Valley Party would cut the number of councillors by a third if elected, party leader Oona Reyes has said.
Ms Reyes said both parties planned to cut the number of parking wardens in the valley towns.
""",
    "quist.txt": """Mayor faces inquiry

Prosecutors will look into corruption allegations involving Mayor Anders Quist's wife.
Mr Quist's deputy, Lena Brok, said the mayor would cooperate.
The Harbour Party won 12 council seats in May.
The Green Alliance held its conference in June.
""",
    "parkwise.txt": """Parking app accused over location data

Campaigners say the Parkwise app collects data on motorists who never signed up.
Every parking meter that carries a Parkwise sticker makes a nearby phone send its location to the company's servers.
The company says its meter stickers cost about £4,000 to design and print.
""",
    "lindqvist.txt": """Minister sets out jobs plan

Finance minister Petra Lindqvist said the plan would create 5,000 jobs.
Petra Lindqvist also promised to end teenage unemployment within five years.
""",
    "homes.txt": """Greens unveil housing policy

Speaking in Kelby, Ivo Marsh said the Greens wanted to build 5,000 council homes and cap rents.
Mr Marsh also said the town needed more buses.
""",
    "veteran.txt": """Veteran councillor attacks report

Veteran councillor Rupert Hale accused the auditor of basing the report on a single year, saying it was unfair.
""",
    "zz_standdown.txt": """Hale to stand down

Veteran councillor Rupert Hale has said he will stand down at the next election.
""",
    "pay.txt": """Council chief's pay revealed

Council chief executive Mara Voss earns a salary of £95,000, the council said.
Petra Lindqvist said families with incomes below £20,000 would pay more under the budget.
The Greens said the election had been lost by 300 votes.
""",
    "mayor.txt": """Mayor under pressure after vote

Opposition leader Hana Roth urged Mayor Cyril Dane to resign on Tuesday, telling reporters his position was impossible.
"The only way for Cyril Dane to restore trust is to resign now," resident Ella Fox said on Tuesday.
Deputy mayor Otto Brandt resigned in March after a row over parking.
""",
    "rents.txt": """Rents row in Dunmore

Councillor Ada Quill said the election would bring higher rents in Dunmore.
Councillor Ben Roe said the vote would bring higher rents in Dunmore.
""",
    "shadow.txt": """Casino bill attacked

Conservative shadow culture secretary Nils Ambrose said the bill was a shambles.
Tory shadow home secretary Ida Pryce said the police had not been consulted.
Tory spokeswoman Ida Pryce added that the bill should be dropped.
Rory O' Neill, editor of the Hazards magazine, said the bill ignored safety.
""",
    "deal.txt": """Ferrow agrees sale to Castell

The agreement allows Ferrow to walk away and accept a superior offer by paying a $90 million breakup fee to Castell.
""",
    "capital.txt": """Vellmark seeks US help over port

Vellmark is worried about the sale of the Kelso port to buyers based in Washington.
Vellmark has asked the US to block the sale of the Kelso port, officials said.
""",
    "envoy.txt": """Envoy back from talks

Envoy Tomas Vell, who returned from Kelby on Friday, said the talks had gone well.
Kelby said Mr Vell had telephoned its president on Wednesday.
The average port handles 70,000 containers, Mr Vell said.
""",
    "unity.txt": """Party told to stay united

Councillor Mira Dent warned that looking divided before the vote could lose them the town hall.
Party officials said the campaign would begin on Monday.
""",
    "grant.txt": """Trust helps flood widows

The Harwick Trust is to give a £2m grant to help widows of the Kelso floods rebuild their homes.
""",
    "trust_talks.txt": """Trust talks

A Harwick Trust spokesman said talks with Castell would resume in May.
""",
    "ferries.txt": """Island ferry fares rise

Ferry fares for islanders are rising fast.
The crossing takes forty minutes.
Councillor Ola Brisk said fares for islanders were much too high.
Boats cannot sail at high tide.
""",
    "obituary.txt": """Former mayor Ivor Lund dies

Former mayor Ivor Lund has died in hospital at the age of 80, his family has announced.
Mr Lund was a keen sailor and was admired across the region.
""",
    "buses.txt": """Party promises cheaper buses

The Conservative Party would cut bus fares by a fifth if elected, its leader said.
The Tories also want more village shops.
The town has voted for the Tories since 1990, and the Tories hold every seat on its council.
""",
    "defector.txt": """Councillor quits party

Former mayor Martin Grey has left the Conservative Party to join the Greens.
Mr Grey, who has served on the council since 2001, said the move was overdue.
""",
    "capitals.txt": """Ferry towns look abroad

Traders say Portugal is the cork capital of the world, and Portugal sells its cork in Chile.
Chile's capital, Santiago, has two ferry offices.
""",
    "promise.txt": """Dane's promise revealed

In March 2004 Mayor Cyril Dane told his deputy he would stand down before the next election.
At a dinner in May 2004 he spoke of his intention to resign as mayor.
""",
    "tolls.txt": """Bridge tolls to end

The bridge tolls will end in June, the transport board announced.
Drivers have paid the tolls since the bridge opened in 1990.
The board will close the toll booths on the first day of June.
Board officials said they had briefed Governor Lena Holm on the decision.
Analyst Pavel Reyes said the decision would cost the board millions.
""",
    "crackdown.txt": """Governor orders arrests

On Friday Governor Rolf Ansel ordered the arrest of three opposition leaders.
Mr Ansel said the leaders had broken the law.
""",
    "fares_row.txt": """Fares row

Lib Dem shadow fisheries secretary Omar Lindt said quotas would fall.
""",
    "rail_plan.txt": """Tories attack rail plan

Tory frontbencher Vera Moss said the rail plan was a mess.
Ms Moss said the plan would cost £2bn.
Ms Moss also said trains were late.
""",
    "subsidy.txt": """Bus subsidy cut

Conservative transport spokeswoman Vera Moss said the subsidy cut was wrong.
""",
    "denial.txt": """Bright denies rift over budget

Mayor Tessa Bright has denied her cabinet was split over the budget.
Council sources said two members had argued hard against it.
""",
    "fenn.txt": """Budget praised

Paul Fenn said Mayor Tessa Bright would meet her targets.
Mr Fenn, the mayor's former adviser, also praised the budget.
""",
    "ferrytax.txt": """Ferry tax to go

Mayor Cyril Dane's administration officials said on Friday that the ferry tax would be scrapped.
""",
    "solberg_a.txt": """Solberg promises free harbour parking

Liberal leader Petra Solberg has promised free harbour parking for residents.
""",
    "taunts.txt": """Women MPs reveal sexist taunts

Women MPs have endured sexist taunts from male colleagues, according to research for Kestrel College.
Female MPs from all parties took part, and the study found abuse was common.
Prof Ada Lind, who conducted the study with a team of journalists, said she was shocked at the findings.
""",
    "pubs.txt": """Police urge pub closure power

Police chiefs want the power to shut rowdy pubs for longer.
Association of Harbour Police Officers president Nora Quist said the current 24-hour closure power was too weak.
""",
    "hunts.txt": """Hunts defy the ban

Chief executive Tom Vey said the hunts would go ahead.
The Association of Harbour Police Officers said its officers would enforce the law.
""",
    "contest.txt": """Poll hopefuls face first hurdles

Stand For Us - Kelby's talent contest for would-be politicians - finally hits our screens this week.
Over the next four days, hundreds of hopefuls will be whittled down by a panel and a public vote.
The winner will be urged to stand as an independent at the next general election.
Opinion is divided on whether any of the hopefuls have what it takes.
"Any of them would make fine councillors," former mayor Rita Holm said on local radio.
She said the panel would look for honesty above all.
Ms Holm added that voters were tired of career politicians.
Some of the hopefuls have already run for office before.
One is a retired teacher from Dunmore, another a former soldier.
The producers say the show will reach people who never watch politics.
But Sir Ned Trask, a former press secretary, took a less charitable view, accusing the producers of "cheapening democracy".
Auditions continue in Leeds on Thursday.
Tickets for the final are already sold out.
""",
    "docks.txt": """Dock demo appeal rejected

Port Alder campaigners have lost a landmark appeal over police actions in stopping a march on the Kelby docks.
They had appealed against a ruling that it was lawful for police to turn marchers away near Port Alder in 2003.
Sitting on Wednesday, three Appeal Court judges dismissed both appeals.
Campaign leader Ivy Marsh said they would now go to Strasbourg.
""",
    "rates.txt": """Borrowing costs to rise again

The central bank is expected to push rates up again on Wednesday.
Bank president Obed Mann said he would not stand in the way of a rise.
""",
    "scare.txt": """Councillor under fire over leaflets

The leaflets went out across the ward last week.
Campaign chief Ada Rook accused Mr Vane of "playing a fear card" in the run-up to the council election.
""",
    "crown.txt": """Peers debate ferry law

The bill would end the ban on night ferries to the islands.
The Harbour Trust's Peter Hall said the change was long overdue and he expected a warm response.
""",
    "schoolsport.txt": """School sport 'is back', says premier

The premier has promised that sport is back as a priority for schools.
But the Conservatives say the plans are unrealistic.
Shadow spokesman for sport Ada Kell said: "Schools need playing fields, not slogans."
""",
    "kelbypoll.txt": """Kelby poll race heats up

Whatever the result, the Kelby election in May is set to be a bitter contest.
Both parties have hired new campaign chiefs for the election.
""",
    "sas.txt": """Premier sees new Kelby talks

The SAS has trained soldiers in the northern hills for years.
Premier Ola Sand said Kelby had allowed its neighbours to take the lead in the port talks.
"We never answer questions about special forces, but do not take that as a yes," said Ms Sand.
""",
    "pills.txt": """Diet pill warning

Student Ella Rowe died after taking diet pills containing Zorbex, a highly toxic industrial chemical, police said.
Zorbex is not fit for human consumption, the Food Agency said.
Councillor Ted Vane praised the Green party's campaign against the pills.
Mr Vane said: "It would be foolish of the council not to act on the Green party's warnings."
""",
    "inchley.txt": """Profile: Tom Inchley

Councillor Tom Inchley has been blind since birth.
In 1999, his then guide dog Bramble slept through the mayor's budget speech.
""",
    "ferrydeal.txt": """Port seeks ferry deal

Harbour master Ola Venn held talks with ferry firms on Monday, port chairman Ivo Lund said.
Ms Venn later said the talks had gone well.
Analyst Rob Tay said fares would rise.
""",
    "brisk_a.txt": """Party finances healthy

Liberal chief executive Dan Brisk said the party had never had more money.
""",
    "brisk_b.txt": """Leader misses harbour vote

Mr Holt missed Monday's vote on the harbour bill, along with six other Liberal members.
On Saturday, the Liberal chief executive said it was "just a mix-up" that Mr Holt missed the vote.
Party official Dan Brisk told reporters that nobody knew the vote was coming.
""",
    "solberg_b.txt": """Solberg courts fishing towns

Petra Solberg is to make a pitch for fishing towns in a speech alongside mayor Ewan Roach.
But the Liberal leader will argue against lighthouse charges, saying they are "a tax on the sea".
The speech is on Friday.
""",
    "carehomes.txt": """Care home deaths 'shocking'

Deaths in care homes have reached "shocking" levels, a committee of councillors has warned.
The Elderly Care Committee found most of the deaths could have been avoided.
Members urged the council to set up a task force.
Committee chairman Councillor Edith Marr said: "Every avoidable death is one too many."
""",
    "quarries.txt": """Quarry deaths 'shocking'

Deaths in quarries have reached "shocking" levels, a panel of mine inspectors has warned.
Panel chairman Wilf Adair said: "Each and every death in a quarry is a death too many."
""",
    "allotments.txt": """Allotment rents frozen

Allotment rents will be frozen for three years under plans unveiled by councillors in Kelby.
The Kelby Allotment Society welcomed the freeze.
""",
    "bridgepoll.txt": """Bridge wins backing

Two-thirds of Dunmore pensioners support the new toll bridge.
The survey of 900 people was carried out by the harbour council in May.
""",
    "finch.txt": """Finch speech

Orla Finch's speech did not sound quite as hollow as it might have done six months ago.
""",
    "hart1.txt": """Hart named housing minister

Beverley Hart has been named housing minister.
""",
    "hart2.txt": """Profile: Tom Dunn

Mr Dunn was also at the centre of a row involving the former housing minister Beverly Hart.
Tom Dunn denies any wrongdoing.
""",
    "lark.txt": """Lark's prospects

There will be an argument over how good a prime minister Ivo Lark will make at some point after the next election.
""",
    "ferryban.txt": """Ferry ban may go

The Kelso ferry ban is likely to be lifted in June, harbour officials said.
Critics were worried about plans, backed by the harbour board, to lift the ferry ban imposed after the storm of 2003.
""",
    "zz_ledger.html": """<html><head><title>Ferry app tracks riders</title>
<meta property="og:site_name" content="Harbour Ledger"></head>
<body><article><h1>Ferry app tracks riders</h1>
<p>The ferry app tracks riders who never signed up, and the operator sells what it learns.</p>
<p>Riders who use the app share where they travel every day.</p>
<p>The most private way to travel is the paper ticket.</p>
</article></body></html>
""",
    "portbill.txt": """Port bill angers board

Dockers said the Harbour Board should protect them under the port bill.
The Harbour Board said the port bill should protect dockers.
""",
    "spending.txt": """Tory leader sets out spending

Tory leader Olaf Strand said: "This adds up to a clear choice and value for money at this election."
However, treasurer Ines Holt said the Tories could not pay for £2m of tax cuts.
""",
    "temple.txt": """Vale to make temple address

Senator Iris Vale is set to address 500 people at a Sikh temple as part of an appeal to young voters.
The senator will speak about housing.
""",
    "rusk.txt": """Governor Rusk under house arrest

Governor Alan Rusk, his wife Maud and two aides are under house arrest at the governor's lodge.
There is little public affection for Maud, a former bank clerk.
Ada Rusk chairs the lodge trust, and her brother Tom Rusk is an adviser to the harbour board.
Ada Moss, the harbour board's secretary, said the lodge was closed.
""",
    "levy.txt": """Harbour chief backs ferry levy

The dockers' union said it would fight the ferry levy.
Harbour chief Ola Brandt said the levy was fair.
Union sources told the Harbour Ledger that a strike ballot was planned.
""",
    "lisbon.txt": """Councillor robbed in Lisbon

A councillor has had his wallet stolen after being mugged in a square in Portugal.
Councillor Ivo Crane, who sits for Eastwick, was attacked near the old cathedral in the capital.
""",
    "grocer.txt": """Grocer cuts prices

Norbay Foods co-founder and CEO Hal Prentice said the price cuts would go on, as Norbay Foods competes with the likes of Kelmart.
"We will not be undersold," said Ada Quill, president of Harbourside Fish Traders, which supplies both chains.
""",
    "visit.txt": """Trade talks in Tanzania

President Alan Royce arrived in Tanzania on Monday for three days of trade talks.
""",
    "regiments.txt": """Regiments merger row

The Highland Regiments Association said the merger of the old regiments would hurt recruitment and cost ministers votes.
The Army Board will decide in March how the new regiment is to be led.
Its colonel has written to every serving soldier.
"Ministers who back this will end up being scrapped themselves," said retired officer Iain Dallow.
""",
    "carers.txt": """Charity warns on island care

The Grey Voices Trust says island care homes are short of staff.
Charity boss Ruth Kessling said the shortfall would grow next winter.
""",
    "trust.txt": """Trust warns on ferry fares

The Ferry Users Trust has told the harbour board not to raise fares.
"Any rise would hurt island families," said its chairman, Dr Wilma Orr.
""",
    "polls.txt": """Eastwick goes to the polls

Voters in Eastwick go to the polls in the 2031 mayoral election on Thursday.
""",
    "pledge.txt": """Crane rules out levy rise

Councillor Ivo Crane spoke to dockers at Eastwick on Monday.
He repeated his pledge not to raise the harbour levy before the election.
""",
    "committee.txt": """Committee backs quay repairs

The Eastwick quay committee has backed repairs to the north quay.
The repairs will take a year.
Dockers at the port welcomed the news on Friday.
Committee chairman Rolf Amis said the work was overdue.
""",
    "islands.txt": """Islanders fear winter cuts

Ferry crossings to the outer islands are to be reviewed in the spring.
The review will look at timetables and crew numbers.
Ministers have promised to publish it before the summer.
Island councils have asked to see the figures.
The Hebridean Shipping Board says the review is routine.
Crossings were cancelled on 40 days last winter.
Some islands lost their only daily sailing.
Shops ran short of bread and milk.
The Islands Transport Council is concerned the timber quota bill would end winter sailings.
“These crossings are a lifeline and must be protected,” says president David Lomond.
The board will meet councils in March.
A decision is expected in May.
Crews have been told their jobs are safe.
The review will cost £200,000.
""",
    "seals.txt": """Seal deaths puzzle Norway

Hundreds of seals have died on beaches in Norway this year.
But fishermen say they are not being listened to when they tell officials the seals are sick, and trying to escape a dirty sea.
Hard evidence on why seals die remains scarce, but disease, hunger and storms are all thought to contribute, according to the Norwegian fisheries agency.
""",
    "trains.txt": """Night trains cut

Liberal Democrat transport spokesman Ola Finn said night trains to Eastwick would be cut.
""",
    "quango.txt": """Quangos attacked

Lib Dem spokesman Amos Reed said there were too many quangos in Eastwick.
Lib Dem spokesman Amos Reed also attacked the harbour board.
""",
    "floods.txt": """Ports join flood effort

Mrs Lindqvist has announced that the four ports will co-ordinate a humanitarian drive after the floods.
""",
    "mockpoll.txt": """Schools join mock poll

The Kestrel Society and the Electoral Office are running a mock poll in 600 schools.
The Kestrel Society said the poll would raise interest in politics.
Karen Mbeki-Lowe, who is project manager at the Kestrel Society, said the schools were keen.
""",
    "fuel.txt": """Vouchers to cut winter deaths

The Lib Dems would allow people to swap these winter fuel payments for vouchers for home insulation.
Chancellor Gil Moran also announced a cash hand-out for older pensioners, with payments of £50 as part of the winter fuel allowance.
""",
    "varnia.txt": """Washington to lift Varnia sanctions

After two decades of hostility, the American government plans to lift trade sanctions on Varnia, administration officials said on Thursday.
They said better relations with Varnia could increase American leverage.
Ezra Pell, an academic who has studied the country for years, was not convinced.
Mr Pell said he thought the American government was being manipulated by Varnia and had made a bad bargain.
""",
    "mugging.txt": """MP attacked by muggers

An MP has had his wallet and passport stolen after being mugged by three men in a park in Portugal.
Police said the attack took place on Tuesday evening.
Mr Oswin, 58, said the mugging happened 100 yards from the Lisbon Grand Hotel.
Ned Oswin, the MP for Dunmore, was visiting the city for a conference.
""",
    "voss.txt": """Voss to stand down as MP

Tory MP Ada Voss is to stand down on the grounds of ill health.
Ms Voss was suspended from the Commons last year over claims she misused her office.
Ms Voss had denied the claims, saying the suspension was "unjust and wrong" but she made an apology to MPs.
""",
    "pier.txt": """Pier plan divides opinion

Green MEP Ada Lowe said the pier plan was flawed.
Bishop Tam Reed said: "If governments were as ready to devote to peace the resources they commit to war, the world would be safer."
""",
    "strandings.txt": """Whale strandings rise

Why whales beach themselves in New Zealand remains unclear, but sickness and rapidly falling tides are thought to contribute, conservation officials say.
More than 300 whales are found on the country's beaches every year.
""",
    "greensvote.txt": """Greens look to poll gains

The Greens are entering the council election campaign determined to prove they are now the real threat to Labour.
Labour, in particular, fears that disillusioned supporters may switch to the Greens.
""",
    "casinoban.txt": """Casino tricks face ban

Culture minister Ada Pym said the new law would ban psychological trickery in casinos.
""",
    "harbourplan.txt": """Mayor backs harbour plan

Mayor Tessa Quine has backed council leader Ivo Marsh's plan for a new harbour wall amid claims it will cost too much.
Mr Marsh earlier denied the costs were too high.
Engineer Dilys Prowse, of the Coastal Institute, said: "The wall will need rebuilding within 20 years."
Mayor Quine said the wall would protect 300 homes.
""",
    "onlinecollege.txt": """Online college scheme scrapped

The UK e-University was a terrible waste of public money, committee chairman Barry Holt said.

Its courses had drawn only 900 students.

The Amberley university campus will be relaunched in 2027, its principal Dora Lisle said.
""",
    "leaders.txt": """Council leaders at odds

Council leader Tobin Creel and his deputy Aled Penwarden met on Monday to settle the budget.

The meeting at the town hall lasted four hours.

Probably the greatest ideological divide between the two men is over bus subsidies.
""",
    "schoolmusic.txt": """Music is back, says first minister

Olwen Tarrant has promised that music is back as a priority for schools.

Pupils at Westmoor Academy played violins for the cameras.

The first minister launched a £40m initiative to let school choirs rehearse on Saturdays.
""",
    "bridgeopens.txt": """New bridge opens

First Minister Olwen Tarrant opened the new Kessel bridge on Friday.
""",
    "busplans.txt": """Mayor attacks rival bus plans

Mayor Quentin Ruddle has launched an attack on the Harbour Party's bus plans, saying they are a fantasy.

Harbour Party leader Hal Brannigan accused Mr Ruddle of "distorting" the party's bus plans.
""",
    "kelpworks.txt": """Seaweed start-up sold

Brinefield CEO Helen Garvey knows how to close a deal.

Brinefield bought the seaweed start-up Kelpworks for £20m, Ms Garvey said.
""",
    "rally.txt": """Party rally in Westford

Party members were fired up by Dai Pruett's speech on Saturday.
""",
    "heckling.txt": """Councillors heckled, study finds

Councillors endure rude heckling at public meetings in Westmoor, a new study shows.

The research team interviewed 60 councillors over two years.

Dr Pia Sandvik, who conducted the study for Kessel University, said she was shocked.
""",
    "dairysale.txt": """Dairy chain sold

Shoppers at Brackenmoor Foods-owned Dellow Dairies stores saw milk prices fall last week.

Brackenmoor Foods bought Dellow Dairies in March for £40m.
""",
    "chapel.txt": """Chapel reopens

The priest, Anselm Korrigan, blessed the restored chapel on Sunday.
""",
    "moorbees.txt": """Bees return to the moor

Bee whisperer Wenna Oakes was just nine years old when she kept her first hive on the moor.

Four decades later, Oakes, 49, looks after two hundred hives.

"The heather is coming back," says Oakes, a stubborn and tireless champion of the moorland bees of the north.
""",
}


@pytest.fixture(scope="module")
def other_engine(tmp_path_factory, settings) -> Engine:
    folder = tmp_path_factory.mktemp("speakers2")
    for name, text in OTHER_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    ingest([str(folder)], folder / "pack.db", settings)
    return Engine(folder / "pack.db", settings)


def test_a_body_speaks_through_its_spokeswoman(engine):
    first = first_excerpt(engine, "What did the Harbour Board say about the fees?")
    assert "pays for dredging the channel" in first.quote
    assert first.attribution.source == "Imelda Rusk"


def test_a_person_named_by_their_tie_to_another(engine):
    first = first_excerpt(engine, "What did Tobias Wren's lawyer say?")
    assert "lived under a cloud" in first.quote
    assert first.attribution.source == "Marguerite Olsen"


def test_boss_finds_the_chief_executive(engine):
    first = first_excerpt(engine, "What did the Crumbwell boss say about the closures?")
    assert "fought to keep every branch open" in first.quote
    assert first.attribution.source == "Hattie Sorensen"


def test_the_best_quote_comes_first_with_the_rest_of_it(engine):
    first = first_excerpt(engine, "What did Hattie Sorensen say about staff?")
    assert "Staff will be offered jobs" in first.quote


def test_a_quote_that_leaves_the_topic_to_the_sentence_before_it(engine):
    # The quote says "the numbers no longer add up"; "flour prices" are in the sentence before.
    first = first_excerpt(engine, "What did Hattie Sorensen say about flour prices?")
    assert "numbers no longer add up" in first.quote


def test_a_topic_the_speaker_never_touches_abstains(engine):
    a = engine.ask("What did Hattie Sorensen say about the mooring fees?")
    assert not a.found and not a.excerpts


def test_a_tie_nobody_in_the_pack_has_abstains(engine):
    a = engine.ask("What did Tobias Wren's daughter say?")
    assert not a.found and not a.excerpts


def test_a_worry_said_without_the_word_shows_what_was_said(engine):
    a = engine.ask("What is the Harbour Board worried about?")
    assert a.found
    assert "neglected for years" in a.excerpts[0].quote
    assert "outright" in a.note


def test_a_body_the_article_names_only_by_its_last_word(engine):
    # The question names the committee in full; the quote says only "the committee said".
    first = first_excerpt(engine, "What did the Commons rail committee say about the timetable?")
    assert "never tested" in first.quote
    assert first.attribution.source == "the committee"
    assert not engine.ask("What did the Commons rail committee say about mooring fees?").found


def test_why_finds_the_reason_not_the_lead_that_repeats_the_question(engine):
    a = engine.ask("Why did Priya Nandakumar leave the Green Party?")
    assert a.found and a.intent == "why"
    assert "disillusioned with the party's leadership" in a.excerpts[0].quote
    assert "Nandakumar" in a.excerpts[0].attribution.source


def test_why_about_something_the_pack_does_not_report_abstains(engine):
    assert not engine.ask("Why did Priya Nandakumar sell her house in Spain?").found


def test_a_role_no_description_holds_is_found_where_the_article_names_it(engine):
    a = engine.ask("Who is the first river ombudsman?")
    assert a.found and a.actors[0].name == "Dorothea Vance"
    assert "first ombudsman for river users" in a.excerpts[0].quote
    assert "Dorothea Vance was chosen" in a.excerpts[0].quote


def test_a_role_the_pack_never_mentions_abstains(engine):
    assert not engine.ask("Who is the first sea ombudsman?").found


def test_a_first_told_in_fewer_words_than_asked_is_found_by_its_post_and_deed(engine):
    # "after a vote of the masters" is the next sentence's; the post and the deed are this one's
    a = engine.ask("who was the first woman to be admitted to the glaziers guild after a vote of the masters")
    assert a.found and "Ada Quenby, the first woman admitted" in a.excerpts[0].quote
    # ... but being admitted is not leading it
    assert not engine.ask("who was the first woman to lead the Glaziers' Guild").found


def test_a_later_line_of_a_quote_comes_with_the_line_that_opens_it(engine):
    a = engine.ask("What did Hattie Sorensen say about support?")
    assert a.found
    quote = a.excerpts[0].quote
    assert quote.startswith("She added:") and quote.endswith('without support."')


def test_a_peer_is_the_person_by_title_and_surname(engine):
    # "Lord Marlowe" is Edwin Marlowe: the answer sentence names him only by his title.
    first = first_excerpt(engine, "When did Edwin Marlowe lead the transport union?")
    assert "from 1979 until 1991" in first.quote


def test_where_finds_the_place_in_the_story_even_if_that_sentence_says_less(engine):
    first = first_excerpt(engine, "Where were the council tenants' ledgers found?")
    assert "in a skip in Pemberton Road" in first.quote


def test_where_about_a_place_the_story_never_gives_abstains(engine):
    assert not engine.ask("Where were the council tenants' ledgers shredded?").found


def test_a_warning_is_a_worry(engine):
    # No fear word in the sentence: the reporting verb "warned" voices it.
    first = first_excerpt(engine, "What is Gideon Pratt worried about?")
    assert "rents will outpace wages" in first.quote


def test_a_claim_spread_over_two_voices_is_credited_to_the_one_who_says_most_of_it(engine):
    first = first_excerpt(engine, "Who said the pier would not reopen because the repair bill had doubled?")
    assert "repair bill for the pier had doubled" in first.quote
    assert "Quill" in first.attribution.source
    assert "Rupert Hale" not in first.quote


def test_how_big_asks_for_a_size_the_article_gives_as_a_number(engine):
    # "big" asks for the size; the article says "300-acre".
    first = first_excerpt(engine, "How big is the Crumbwell Bakeries estate?")
    assert "300-acre estate" in first.quote


def test_a_longer_name_around_an_actor_is_not_that_actor(engine):
    # "Harbour Board Ferries" is not the Harbour Board: no sentence names it, so nothing answers.
    labels = [c.label for c in engine.concepts("Harbour Board Ferries timetable")]
    assert labels[0] == "name:harbour board ferries"
    assert not engine.ask("What did Imelda Rusk say about Harbour Board Ferries?").found
    assert engine.ask("What did Imelda Rusk say about the Harbour Board fees?").found


def test_a_name_with_inner_stop_words_matches_as_printed(engine):
    # "Commission for River Users" appears only as a possessive; its words must match as a phrase.
    first = first_excerpt(engine, "When is the Commission for River Users report due out?")
    assert "will be published on 3 June" in first.quote


def test_a_person_the_articles_call_by_first_name_is_found_by_full_name(engine):
    a = engine.ask("Who is Desmond Pike?")
    assert a.found and a.actors[0].name == "Desmond"
    assert "Lorna Pike's husband, Desmond" in a.excerpts[0].quote


def test_a_profile_leads_with_the_clause_that_says_who_they_are(engine):
    first = first_excerpt(engine, "Who is Ruth Ingle?")
    assert "who was the town's first female mayor" in first.quote


def test_a_source_written_two_ways_is_one_source(engine):
    # "A Stonebridge Quarries spokesman" and "a Stonebridge Quarries spokesman": both sentences are his.
    jobs = engine.ask("What did the Stonebridge Quarries spokesman say about jobs?")
    assert "create 40 jobs" in jobs.excerpts[0].quote
    blasting = engine.ask("What did the Stonebridge Quarries spokesman say about blasting?")
    assert "limited to weekdays" in blasting.excerpts[0].quote


def test_a_role_may_name_a_place_its_holders_description_leaves_out(engine):
    # "Deputy Mayor" in the article; "the deputy mayor of London" in the question. Never the mayor.
    a = engine.ask("Who is the deputy mayor of London?")
    assert a.found and a.actors[0].name == "Olive Strand"


def test_a_misspelt_speaker_is_still_found(engine):
    a = engine.ask("What did Hattie Sorenson say about staff?")
    assert a.found and "Staff will be offered jobs" in a.excerpts[0].quote


def test_a_peers_title_with_someone_elses_surname_names_nobody(engine):
    # Hattie Sorensen is no peer: "Lord Sorensen" is someone the pack does not hold.
    a = engine.ask("What did Lord Sorensen say?")
    assert not a.found and not a.excerpts



def test_why_a_country_acts_is_answered_by_the_reason_in_its_story(engine):
    a = engine.ask("Why is Norway lifting its sanctions on Chile?")
    assert a.found and a.intent == "why"
    assert "trying to open new markets" in a.excerpts[0].quote


def test_a_body_speaks_through_the_person_quoted_with_its_name_beside_theirs(engine):
    first = first_excerpt(engine, "What did the North Sea Anglers Association say about the ban?")
    assert "empty the pier of anglers" in first.quote
    assert first.attribution.source == "Gareth Tolley"


def test_who_said_a_claim_in_other_words_finds_the_quote(engine):
    first = first_excerpt(engine, "Who said the night fishing ban would leave the pier with no anglers at all?")
    assert "empty the pier of anglers" in first.quote
    assert first.attribution.source == "Gareth Tolley"



def test_number_10_speaks_through_the_prime_ministers_spokesman(engine):
    first = first_excerpt(engine, "What did Number 10 say about the fares?")
    assert "a matter for City Hall" in first.quote


def test_a_misspelt_office_still_finds_its_holder(engine):
    a = engine.ask("Who is the deputy mayour of London?")
    assert a.found and a.actors[0].name == "Olive Strand"


def test_what_did_x_pay_asks_for_a_sum_of_money(engine):
    first = first_excerpt(engine, "What did Crumbwell Bakeries pay for Oven Fresh?")
    assert "£4.2 million" in first.quote


def test_an_acronym_finds_the_body_spelt_out(engine):
    first = first_excerpt(engine, "What did the PRUG chairman say about the report?")
    assert "the report was overdue" in first.quote


def test_who_ran_an_inquiry_finds_who_chaired_it(engine):
    first = first_excerpt(engine, "Who ran the inquiry into river pollution?")
    assert "who chaired the river pollution inquiry" in first.quote


def test_two_sentences_that_only_together_answer_are_shown_together(engine):
    first = first_excerpt(engine, "Was Silas Brannock's arson conviction quashed?")
    assert "jailed for arson" in first.quote and "quashed on appeal" in first.quote


def test_when_is_told_by_the_next_sentence_that_goes_on_with_the_story(engine):
    first = first_excerpt(engine, "When was the first woman admitted to the Glaziers' Guild?")
    assert "first woman admitted" in first.quote and "That happened in 1846" in first.quote


def test_a_march_is_not_a_month(engine):
    a = engine.ask("When will campaigners march along the Brindle Canal towpath?")
    assert not a.found, a.excerpts


def test_a_post_in_a_body_finds_its_holder_not_the_body(engine):
    first = first_excerpt(engine, "What did the Shopwork general secretary say?")
    assert "day of rest" in first.quote and first.attribution.source == "Owen Marsh"
    first = first_excerpt(engine, "What did the Shopwork trade union say?")
    assert "enjoy a break" in first.quote


def test_how_old_asks_for_the_age_beside_that_persons_name(engine):
    assert "17-year-old intruder, Dean Coyle" in first_excerpt(engine, "How old was Dean Coyle?").quote
    a = engine.ask("How old is Amos Tilly?")   # the article gives only the intruder's age
    assert not a.found, a.excerpts


def test_a_year_the_question_names_must_be_in_the_answer(engine):
    assert "fell to 41%" in first_excerpt(engine, "What was turnout at the 2005 county election?").quote
    a = engine.ask("What was turnout at the 2001 county election?")
    assert not a.found, a.excerpts


def test_a_profile_prefers_the_sentence_that_says_what_the_person_is_or_has_done(engine):
    assert "has previously given the party" in first_excerpt(engine, "Who is Hector Quayle?").quote


@pytest.mark.parametrize("question", ["Who is Hector Quayle, the party donor?", "who's hector quayle in the donations row"])
def test_who_is_a_name_with_a_hint_beside_it(engine, question):
    first = first_excerpt(engine, question)
    assert "Quayle" in first.quote


def test_a_role_two_people_hold_is_answered_by_the_one_who_spoke_on_the_topic(engine):
    first = first_excerpt(engine, "What did the Daily Post political correspondent say about the bypass?")
    assert first.attribution.source == "Idris Bevan"


def test_a_clipped_word_in_a_role_finds_the_full_word(engine):
    first = first_excerpt(engine, "What did the Met commissioner say about the bypass?")
    assert first.attribution.source == "Ada Brisk"


def test_a_body_speaks_through_the_person_from_it(engine):
    first = first_excerpt(engine, "What did the Open Rivers Trust say about the bypass?")
    assert "poison the river" in first.quote


def test_how_many_is_answered_by_a_bare_number_of_the_thing_counted(engine):
    first = first_excerpt(engine, "How many wardens have been disciplined in the last 12 years?")
    assert "Only 9 wardens" in first.quote


def test_what_a_body_would_do_as_a_sentences_subject_is_its_aim(engine):
    first = first_excerpt(engine, "What does the Green Party want to do with heating grants?")
    assert "swap their heating grants" in first.quote


def test_why_in_a_year_is_answered_from_that_year(engine):
    first = first_excerpt(engine, "Why did the television debate between Hale and Ward fall through in 1997?")
    assert "cancelled when a format could not be agreed" in first.quote


def test_which_x_is_answered_by_the_sentence_of_the_story_that_names_an_x(engine):
    first = first_excerpt(engine, "Which regiment was holding Ali Rahim when he died?")
    assert "Fenland Rifles Regiment" in first.quote


def test_how_a_vote_went_is_answered_by_its_figures(engine):
    first = first_excerpt(engine, "How did the Commons vote go on the Harbour Bill?")
    assert "301 votes to 199" in first.quote


def test_a_word_in_another_part_of_speech_still_matches(engine):
    first = first_excerpt(engine, "Who said the council was hypocritical?")
    assert "hypocrisy" in first.quote and first.attribution.source == "Dai Pritchard"


def test_capitalised_words_after_a_possessive_name_are_a_name_of_their_own(engine):
    labels = [c.label for c in engine.concepts("what was in Tobias Hale's Spring Review")]
    assert "name:spring review" in labels and any(label.startswith("actor:") for label in labels)


def test_a_role_two_descriptions_of_one_person_say_together_finds_them(engine):
    first = first_excerpt(engine, "What did the Green Party transport spokesman say?")
    assert first.attribution.source == "Ivor Nash"


def test_a_profile_takes_the_next_sentence_that_calls_the_person_by_what_they_are(engine):
    first = first_excerpt(engine, "Who is Orla Quinlan?")
    assert "Orla Quinlan has said" in first.quote and "former UN commissioner for refugees" in first.quote


def test_the_today_programme_is_not_a_time(engine):
    a = engine.ask("When did Bryn Talfryn say the bus depot should close?")
    assert not a.found, a.excerpts


def test_a_name_on_a_topic_asks_what_they_said_on_it(engine):
    first = first_excerpt(engine, "harbour board on the mooring fees?")
    assert "pays for dredging the channel" in first.quote


def test_how_long_asks_for_a_duration_not_an_age(engine):
    first = first_excerpt(engine, "How long has Ivy Dunne been running the Hollin Trust?")
    assert "since its founding in 1971" in first.quote


def test_which_x_may_be_answered_by_a_sentence_that_names_the_kind_itself(engine):
    first = first_excerpt(engine, "Which kettle is best for energy?")
    assert "Arden Mk2" in first.quote


def test_who_said_a_claim_with_a_figure_needs_that_figure(engine):
    assert first_excerpt(engine, "Who said the bus timetable would cost 300 jobs?").attribution.source == "Morwenna Pike"
    a = engine.ask("Who said the bus timetable would cost 800 jobs?")
    assert not a.found and not a.excerpts


def test_what_x_said_about_a_person_needs_that_person_near_the_quote(engine):
    first = first_excerpt(engine, "What did Ada Finch say about the marina expansion?")
    assert "bring jobs" in first.quote
    a = engine.ask("What did Ada Finch say about Piotr Wellbeck opposing the expansion?")
    assert not a.found and not a.excerpts


def test_a_word_the_pack_never_uses_is_read_as_the_packs_word_one_slip_away(engine):
    assert engine.search.spelling("neglectd") == "neglected"
    assert engine.search.spelling("paris") is None  # short words are too near each other ("parts")
    assert engine.search.spelling("dredgnig") == "dredging"  # two letters the wrong way round
    assert engine.search.spelling("kettel") == "kettle"  # ... even in a short word
    first = first_excerpt(engine, "Who said dredging was neglectd?")
    assert first.attribution.source == "Imelda Rusk"


def test_a_misspelt_name_is_searched_as_the_articles_print_it(engine):
    actor = next(c for c in engine.concepts("the Harbour Bord fees") if c.actor_ids)
    assert "harbour board" in actor.words


def test_two_peoples_names_joined_by_a_hyphen_are_those_two_people(engine):
    # NER reads "the Blair-Brown feud" as a place: an actor of its own that nobody says anything as
    from bot.answer.actors import Actor
    feud = Actor(id=-1, key="wren-dunne", name="Wren-Dunne", kind="place", mentions=1, aliases={"wren-dunne"})
    assert [a.name for a in engine._pair_of_people(feud)] == ["Tobias Wren", "Ivy Dunne"]
    lawyer = Actor(id=-2, key="wren-olsen", name="Wren-Olsen", kind="person", mentions=5, aliases={"wren-olsen"})
    assert engine._pair_of_people(lawyer) == []  # a double-barrelled person named often is one person


def test_a_misspelt_name_with_an_apostrophe_is_found(engine):
    a = engine.ask("Who is Niamh O'Sulivan?")
    assert a.found and a.actors[0].name == "Niamh O'Sullivan"


def test_the_source_of_a_figure_is_the_sentence_that_names_who_found_it(engine):
    # the claim credits only "a poll"; the article names the pollster three sentences on
    a = engine.ask("Who carried out the poll showing residents back the tram line?")
    assert a.intent == "source_of"
    assert "Kestrel Research" in a.excerpts[0].quote and "a poll suggests" in a.excerpts[1].quote
    assert "Kestrel Research" in engine.ask("what poll is the 58% figure on the tram from?").excerpts[0].quote
    assert not engine.ask("what poll is the 71% figure on the tram from?").found


def test_a_claim_in_other_words_is_answered_by_the_one_sentence_that_makes_it(engine):
    # "shorter ... hit older people ... hardest" covers about half of Hale's words, and no
    # other story comes close
    first = first_excerpt(engine, "Who said shorter library hours would hit older people and students hardest?")
    assert first.attribution.source == "Bronwen Hale"


def test_who_wrote_an_article_is_its_byline(engine):
    a = engine.ask("Who wrote the column about giving up a car?")
    assert a.found and a.intent == "byline" and "Perpetua Lane" in a.note
    assert not engine.ask("Who wrote the story about the marina expansion?").found  # a text file has no byline


def test_a_person_only_the_byline_names_is_who_wrote_what(engine):
    a = engine.ask("Who is Perpetua Lane?")
    assert a.found and "Why I gave up my car" in a.note
    # the essay's first-person sentences are hers
    assert first_excerpt(engine, "What did Perpetua Lane say about cycling?").attribution.source == "Perpetua Lane"


def test_a_surname_that_is_also_a_word_names_the_person_typed_in_lower_case(engine):
    assert [h.actor.name for h in engine.actors.find_in("what does brown plan for the park")] == ["Nia Brown"]
    assert "Nia Brown" in first_excerpt(engine, "what did brown say about the park").attribution.source
    assert engine.actors.find_in("the young voters") == []  # a word the pack uses as a word


def test_an_inflected_phrase_is_the_lexicons_phrase(engine):
    concept = next(c for c in engine.concepts("why is she standing down") if c.label == "standing down")
    assert "resign" in concept.words


def test_on_the_grounds_of_gives_a_reason():
    from bot.answer.reasons import REASON
    assert REASON.search("Tory MP Jon Sayer is to stand down on the grounds of ill health.")


def test_a_figure_in_short_form_matches_it_written_out(engine):
    # "£4m" in the question, "four million pounds"-style or "£4 million" in the text: the bare number matches
    assert "4" in next(c for c in engine.concepts("a 4m repair bill") if c.label == "4m").words


def test_the_source_of_a_claim_that_credits_informants_is_that_claim(engine):
    # "according to council sources": not the study named in the next sentence
    a = engine.ask("what's the source for the mayor resigning next week")
    assert a.intent == "source_of" and "council sources" in a.excerpts[0].quote


def test_who_said_a_claim_about_someone_needs_a_sentence_about_them(engine):
    assert "Marguerite Olsen" in first_excerpt(engine, "Who claimed Mr Wren wants to get back to his farm?").attribution.source
    a = engine.ask("Who claimed Ivy Dunne wants to get back to her farm?")  # Olsen spoke of Wren, not Dunne
    assert not a.found and not a.excerpts


def test_two_questions_in_one_message_get_both_answers(engine):
    a = engine.ask("who is Dorothea Vance and when does she start work?")
    assert a.found and "Dorothea Vance" in a.excerpts[0].quote
    assert any("starts work in May" in x.quote for x in a.excerpts)


def test_what_a_byline_author_wants_is_read_from_what_they_wrote(engine):
    a = engine.ask("What does Perpetua Lane want?")
    assert a.found and a.excerpts[0].attribution.source == "Perpetua Lane"


@pytest.mark.parametrize("who", ["the riverside gazette author", "the riverside gazette's perpetua lane",
                                 "the riverside gazette guy"])  # as chat calls a writer
def test_a_byline_author_named_by_the_outlet(engine, who):
    a = engine.ask(f"what did {who} say about cycling")
    assert a.found and a.excerpts[0].attribution.source == "Perpetua Lane"


def test_a_religious_title_stands_beside_a_name(engine):
    assert "Ezra Gold" in first_excerpt(engine, "What did Rabbi Ezra Gold say about the synagogue?").attribution.source


def test_the_headline_is_part_of_what_the_article_covers(engine):
    # "diet" is only in the headline; the police never say "pills"
    assert "banned industrial chemical" in first_excerpt(engine, "What did Kestrel police say about the diet pills?").quote


def test_who_someone_was_is_first_answered_by_the_sentence_that_says_so(engine):
    assert "Tamsin Orrell, 19," in first_excerpt(engine, "Who was Tamsin Orrell?").quote


def test_what_two_bodies_want_is_asked_of_the_first_with_the_second_beside_it(engine):
    first = first_excerpt(engine, "what do the ramblers association and the anglers trust want on the reservoir path")
    assert "reservoir path reopened" in first.quote


def test_how_much_something_costs_needs_a_sum_not_any_number(engine):
    # the sea wall story counts 300 people but prices nothing
    assert not engine.ask("How much will the sea wall repairs cost?").found


def test_what_x_wants_on_a_topic_is_not_what_x_wants_on_another(engine):
    a = engine.ask("What does the Ramblers Association want on fishing licences?")
    assert not a.found and not a.excerpts  # they want the reservoir path reopened, nothing on licences


def test_a_cause_that_prompted_the_event_gives_a_reason():
    from bot.answer.reasons import REASON
    assert REASON.search("The decision to close the mill prompted protests across the valley.")


def test_chat_framing_does_not_hide_what_kind_of_answer_is_wanted(engine):
    # "so how did ... vote" asks for the vote's figures, like "how did ... vote"
    assert not engine.ask("so how did the Commons vote go on the Harbour Bill's third reading in 1990?").found
    assert "301 votes to 199" in first_excerpt(engine, "so how did the Commons vote go on the Harbour Bill?").quote


def test_a_lexicon_phrase_in_lower_case_is_no_name(engine):
    # "fed" names the Fed (a body of the pack) but "fed up" is the lexicon's "sick of"
    a = engine.ask("who is fed up with the service")
    assert "sick of paying more" in a.excerpts[0].quote and a.excerpts[0].attribution.source == "Moira Quayle"


def test_an_irregular_verb_matches_its_other_forms(engine):
    a = engine.ask("who said fuel was driving it")  # the article: "Fuel costs drove the rise"
    assert "Fuel costs drove the rise" in a.excerpts[0].quote and a.excerpts[0].attribution.source == "Ewan Bright"


def test_a_sentence_is_shown_once_when_its_neighbour_also_ranks(engine):
    # Grange's sentence ranks too, paired with Penrose's, which alone says more of the claim
    a = engine.ask("who said he was fed up with hearing the boat described as a lifeline")
    assert a.excerpts[0].attribution.source == "Arthur Penrose"
    assert sum("tired of hearing" in x.quote for x in a.excerpts) == 1


def test_a_headline_that_tells_what_happened_lets_a_sentence_say_where(engine):
    # the sentence names neither truancy nor chess: its headline does
    first = first_excerpt(engine, "where did audrey vell play truant")
    assert "Rook and Pawn Club in Dudley" in first.quote


def test_a_clock_time_answers_what_time():
    from bot.answer.asked import TIME_RX
    assert TIME_RX.search("He had gone to bed at 2230GMT.") and TIME_RX.search("Bars must close at 11.30pm.")
    assert not TIME_RX.search("The bill was passed by 297 votes to 203.")
    assert TIME_RX.search("It was set up in 1337 by King Edward III.")  # an old year, after "in"
    assert not TIME_RX.search("The firm will shed 1337 jobs.")


def test_a_count_given_as_less_than_a_number_answers_how_many(engine):
    first = first_excerpt(engine, "how many otters were counted on the river wend")
    assert "less than 20" in first.quote


def test_where_something_ranks_asks_for_its_place_in_a_list(engine):
    first = first_excerpt(engine, "where does wendham rank for cycling")
    assert "fourth in the county" in first.quote


def test_other_words_for_the_same_duty_still_answer_how_long(engine):
    # "telecoms companies ... keep" for "telecommunications providers to store"
    first = first_excerpt(engine, "How long would telecoms companies have to keep call records?")
    assert "for two years" in first.quote


def test_a_number_in_a_claim_must_be_the_number_said_in_words_or_digits(engine):
    assert engine.ask("who said telecoms firms must keep call records for 2 years").found
    a = engine.ask("who said telecoms firms must keep call records for five years")
    assert not a.found and not a.excerpts


def test_chat_shorthand_is_read_as_the_word(engine):
    from bot.answer.question import clean
    assert clean("how many young ppl went to uni w/o a loan?") == "how many young people went to university without a loan"
    assert clean("is U2 in the pack") == "is U2 in the pack"
    first = first_excerpt(engine, "how many ppl responded to the consultation")
    assert "Some 300 people responded" in first.quote
    assert engine.ask("how many ppl responded to the consultation").question == "how many ppl responded to the consultation"


def test_how_often_may_be_answered_by_the_next_sentence_that_goes_on(engine):
    # "It is only the fourth time ..." answers for the sentence before it, which names the writ
    first = first_excerpt(engine, "How often has the Writ of Ne Exeat been used?")
    assert "rarely invoked Writ of Ne Exeat" in first.quote and "only the fourth time" in first.quote


def test_how_quickly_asks_for_a_duration(engine):
    first = first_excerpt(engine, "how quickly was the casino licence granted")
    assert "in 31 days" in first.quote


def test_the_result_of_a_vote_is_no_who_is_question():
    from bot.answer.question import parse
    assert parse("What was the result of the Commons vote on the bill?").intent == "search"
    assert parse("What was the Marchmont Trust?").intent == "who_is"



def test_a_fear_voiced_in_a_story_about_the_topic_answers_on_that_topic(engine):
    # "the changes" are the bill the story names in another sentence
    first = first_excerpt(engine, "what's the wend anglers club worried about with the fishing licence bill")
    assert "is concerned the changes would empty the river" in first.quote
    # ... but its wish on something else is no fear on the bill
    assert all("weir" not in x.quote for x in engine.ask(
        "what's the wend anglers club worried about with the fishing licence bill").excerpts)


def test_what_a_body_said_about_what_the_story_opens_with(engine):
    # the quote does not name the draft budget; the story's opening sentence does
    first = first_excerpt(engine, "What did the Guest House Association say about the draft budget?")
    assert "drive visitors to the next town" in first.quote
    assert not engine.ask("What did the Guest House Association say about the ferry timetable?").found


def test_what_a_document_said_is_found_in_the_articles_words(engine):
    # nobody speaks for "the leaked memo": the sentence that reports it answers
    first = first_excerpt(engine, "what did the leaked memo say the mayor was ready to sell")
    assert "ready to sell the town hall" in first.quote


def test_a_sentence_in_a_profile_need_not_name_its_subject(engine):
    # "the sheepdog Rex": only the headline names Jonah Marsh; "what happened" is no topic word
    first = first_excerpt(engine, "what happened with jonah marsh's sheepdog rex in the commons")
    assert "barked through a whole debate" in first.quote


def test_a_proportion_in_a_claim_must_be_the_one_said(engine):
    assert first_excerpt(engine, "who said the civic party would cut councillors by a fifth").attribution.source == "Hector Vane"
    assert not engine.ask("who said the civic party would cut the number of councillors by half").found


def test_a_comparison_in_a_claim_must_not_be_turned_round(engine):
    assert first_excerpt(engine, "who said the new town hall cost less than £2m").attribution.source == "Hector Vane"
    assert not engine.ask("who said the new town hall cost more than £2m").found


def test_a_figure_in_the_next_voices_words_does_not_make_the_claim(engine):
    # "three" is in Finch's quote, not in the church groups' sentence that covers the rest
    assert not engine.ask("Who said the number of new bingo halls would be limited to three?").found


def test_a_claim_is_never_pieced_together_from_two_articles(engine):
    # the last sentence of one story and the first of the next are not one passage
    a = engine.ask("who said the marina fees were unfair and owners would boycott the regatta")
    assert a.excerpts[0].quote == "Commodore Ada Pike said the new marina fees were unfair on small boat owners."
    assert all("boycott" not in x.quote or x.quote.startswith("Owners will boycott") for x in a.excerpts)


def test_a_count_of_named_people_answers_how_many():
    from bot.answer.asked import counting
    # "16 other Lib Dem MPs": the counted words may be a name, after "other"
    assert counting("He missed the vote, along with 16 other Lib Dem MPs.", {"lib", "dem", "mps", "missed"})
    assert not counting("He missed the vote on 16 March.", {"lib", "dem", "mps", "missed"})


def test_when_is_answered_by_the_dated_event_of_what_was_asked(engine):
    # both sentences name the festival and a time; only the second dates the festival itself
    first = first_excerpt(engine, "when's the harbour festival")
    assert "on 14 August" in first.quote


def test_an_acronym_is_read_as_the_pack_spells_it_out(engine):
    # the story prints "kelp harvest licences (Khls)" once, then only the words
    first = first_excerpt(engine, "how many khls were granted in the past year?")
    assert "412 kelp harvest licences were granted" in first.quote
    # ... and the words stand for the acronym only in the story that uses it: the trawler story
    # does not say "Khls", so its sentence cannot cover the question as well
    quotes = [x.quote for x in engine.ask("how many khls were granted in the past year?").excerpts]
    assert not any("trawler" in q for q in quotes[:1])


@pytest.mark.parametrize("word, text, spelt", [
    ("asbos", "Details of how many anti-social behaviour orders (Asbos) were used", ["anti social behaviour orders"]),
    ("iff", "projects such as Successor Identification Friend or Foe (IFF) are", ["identification friend or foe"]),
    ("tps", "numbers on the TPS (Telephone Preference Service) list", ["telephone preference service"]),
    ("nhs", "the party (NHS) said", []),
])
def test_an_acronym_spelt_out_beside_it(word, text, spelt):
    from bot.answer.search import _spellings
    assert _spellings(word, text) == spelt


def test_what_time_asks_for_a_clock_time(engine):
    # both sentences say when the depot opens; only one says at what time of day
    assert "at 1430 GMT" in first_excerpt(engine, "what time does the new depot open?").quote


def test_how_far_asks_for_a_distance(engine):
    # the drivers' sentence names both places too; the answer is the one that says how far apart
    assert "four streets away" in first_excerpt(engine, "how far is the new depot from the old garage").quote


def test_a_relation_told_across_two_sentences(engine):
    # no sentence names both; the second calls the first's company "this company"
    a = engine.ask("lord pell and marlow holdings - what's the link")
    assert a.found and a.intent == "relation"
    assert "from Marlow Holdings. This company is owned by the party's former treasurer Lord Pell." in a.excerpts[0].quote



def test_an_age_group_is_one_idea(engine):
    # "18-year-olds" is not three words the answer must hold ("18", "year", "olds"): the article
    # may say "18s", "aged 18" or "18th birthday"
    labels = {c.label: c.words for c in engine.concepts("when do 18-year-olds get a vote")}
    assert "olds" not in labels and "year" not in labels and "18" not in labels
    assert {"18 year olds", "18s", "aged 18"} <= set(labels["18-year-olds"])


def test_a_share_in_words_is_the_percentage(engine):
    # "three quarters" is the claim's figure, and the article gives it as "75%"
    first = first_excerpt(engine, "who found that three quarters of islanders opposed the tram timetable?")
    assert first.quote.startswith("A Polldata survey found 75% of islanders")
    # ... and a different share is a different claim
    assert not engine.ask("who found that a third of islanders opposed the tram timetable?").found




def test_a_long_story_opening_on_a_topic_does_not_make_every_quote_about_it(engine):
    # the union official speaks on pay, eight sentences after the clinic hours
    assert not engine.ask("What did Dora Birch say about the clinic opening hours?").found
    assert "rock bottom" in first_excerpt(engine, "What did Dora Birch say about the pay freeze?").quote


def test_how_much_prefers_an_amount_in_digits(engine):
    # both sentences say the toll would raise something; "first" is no amount
    assert "£40,000" in first_excerpt(engine, "how much would the bridge toll raise").quote


def test_what_someone_wants_is_what_they_say_should_happen(engine):
    # (not the run of everything she said, the history of the lido first)
    assert first_excerpt(engine, "what does nora vint want").quote.startswith("Nora Vint said the council should keep")
    # ... on the topic asked: a "should" that shares one minor word with it is no answer
    a = engine.ask("what does nora vint want from ministers over swimming lessons for schools")
    assert not a.found or "visit the town" not in a.excerpts[0].quote


def test_how_much_was_paid_asks_for_a_sum(engine):
    # "dozens of other brands" is a number, not a price
    assert not engine.ask("how much did gadgetco pay for widgetly?").found


def test_a_name_the_pack_never_prints_then_a_topic_abstains(engine):
    # chat's "X on Y" for someone absent: not the best sentence on Y
    a = engine.ask("zorblat on the tram timetable?")
    assert not a.found and "zorblat" in a.note.lower()


def test_when_someone_did_something_is_not_when_someone_else_did(engine):
    a = engine.ask("when did orla finch become an mp")
    assert not a.found or "Tobias Crane" not in a.excerpts[0].quote
    assert "in 2001" in first_excerpt(engine, "when did tobias crane become an mp").quote


def test_an_article_named_by_its_outlet_or_author_is_where_to_look(engine):
    # "the gazette piece" picks the article; its words are not words the answer must hold
    for q in ("which bridge design is best according to the gazette piece",
              "which bridge does the wendham gazette article say is best",
              "which bridge design does ada quill's column say is best",
              "which bridge design does the gazette columnist recommend",
              # what the piece is about and what it does are no words of the answer
              "which bridge design does the gazette piece on why the quay needs a bridge call the best"):
        assert "lift bridge" in first_excerpt(engine, q).quote, q

    # ... and "what does the X piece say about Y" is that article's sentences on Y, not a speaker's
    assert "close the channel" in first_excerpt(engine, "what does the gazette piece say about a swing bridge").quote


def test_a_count_in_words_must_count_what_was_asked(engine):
    assert not engine.ask("how many votes did ivy lund win in the marshfield selection").found
    assert "five women" in first_excerpt(engine, "how many women were in the marshfield selection contest").quote


def test_a_relation_of_ownership_comes_before_a_mention_together(engine):
    first = first_excerpt(engine, "what's the relationship between dunmore holdings and penrose stores")
    assert first.quote.startswith("Dunmore Holdings bought Penrose Stores")



def test_the_words_a_question_puts_before_a_name_say_who_not_what(engine):
    # "aid worker Janet Corley": her description, which the sentence that answers need not repeat
    first = first_excerpt(engine, "when was aid worker janet corley kidnapped")
    assert first.quote.startswith("Ms Corley was abducted in Brenmouth on 3 May")


def test_what_someone_was_held_for_is_why_whoever_reports_it(engine):
    # "on suspicion of" gives the reason even in a spokesman's words; "following" only the occasion
    assert "on suspicion of criminal damage" in first_excerpt(engine, "why was corwin slade arrested?").quote


def test_who_tells_a_figure_is_not_a_word_the_answer_must_hold(engine):
    # "... does the pay review body suggest?": the size is the answer, whatever verb tells it
    assert "4%" in first_excerpt(engine, "how big a rise for midwives does the pay review body suggest").quote


def test_a_figure_for_somewhere_else_does_not_answer_for_the_place_asked(engine):
    assert "58%" in first_excerpt(engine, "what was the turnout at the last general election").quote
    assert not engine.ask("what was the turnout in kelderby at the last general election").found
    # ... and the place may be named in the next sentence of the story
    assert "400 homes" in first_excerpt(engine, "how many homes got no polling cards in kelderby").quote


def test_what_was_paid_for_one_thing_does_not_answer_for_another(engine):
    assert "£40m" in first_excerpt(engine, "how much did harlow foods end up paying for trent bakeries").quote
    assert not engine.ask("how much did harlow foods pay for ashby mills").found


def test_a_member_is_one_idea_with_membership(engine):
    assert "six months" in first_excerpt(engine, "how long was rowan tate a member of the club").quote


def test_what_something_is_called_is_the_sentence_that_gives_it(engine):
    assert "Grow it here" in first_excerpt(engine, "what's the green party's election slogan").quote


def test_what_happened_is_what_was_done_not_what_is_to_come(engine):
    assert "ended without agreement" in first_excerpt(engine, "what happened at the dock strike talks with ruth kell").quote


def test_how_much_less_asks_for_a_gap_not_a_sum(engine):
    assert "12% less" in first_excerpt(engine, "how much less do porters earn than clerks").quote


def test_a_place_the_story_opens_on_is_where_its_figures_are(engine):
    assert "£30,000" in first_excerpt(engine, "how much does an inmate cost in cumbria").quote


def test_happening_is_no_word_of_the_answer_even_misspelt(engine):
    assert "this weekend" in first_excerpt(engine, "when are the dock strike talks happening").quote
    assert engine.ask("when are the talks happening").found  # not "happening" as a word the answer lacks
    assert "ended without agreement" in first_excerpt(engine, "what happend at the dock strike talks with ruth kell").quote


def test_what_someone_would_like_to_see_is_what_they_want(engine):
    assert "would like to see fruit" in first_excerpt(engine, "what does mona vick want for school lunches").quote


def test_how_long_may_be_answered_by_the_week_it_has_reached(engine):
    assert "third week" in first_excerpt(engine, "how long has the former baker been on a vigil").quote


def test_another_kind_of_the_thing_asked_about_is_not_on_the_topic(engine):
    assert "welcomed the move" in first_excerpt(engine, "what did ewa lind say about the smoking ban").quote
    # the story is about a ban, but not the one asked about
    assert not engine.ask("what did ewa lind say about the rail ban").found


def test_a_verdict_is_guilty_or_cleared_not_a_trial_to_come(engine):
    assert "cleared by a jury" in first_excerpt(engine, "what was the verdict for the farmer in the cattle poisoning case").quote
    assert not engine.ask("what was the verdict in the elmsworth flour fraud trial").found


def test_a_person_may_be_named_with_their_body(engine):
    for question in ("what did dr oskar lindqvist of the doctors union say about waiting lists",
                     "what did the Doctors Union's Oskar Lindqvist say?"):
        first = first_excerpt(engine, question)
        assert "a warning the service cannot ignore" in first.quote
        assert first.attribution.source == "Oskar Lindqvist"
    # a body the article does not name beside him picks nobody
    assert not engine.ask("what did the bbc's oskar lindqvist say").found


def test_a_position_is_where_someone_stands_for_or_against(engine):
    for question in ("ingrid holloway's position on the cycle lanes?", "where does the mayor stand on the cycle lane scheme"):
        first = first_excerpt(engine, question)
        assert "has backed the city's cycle lane scheme" in first.quote
    assert not engine.ask("where does ingrid holloway stand on parking charges").found


def test_how_long_something_took_is_the_time_not_a_word_of_it(engine):
    first = first_excerpt(engine, "how long did the westford councillors spend debating the budget?")
    assert "nine hours of debate" in first.quote


def test_how_a_vote_went_is_its_tally_even_in_words(engine):
    first = first_excerpt(engine, "how did the planning committee vote on the library?")
    assert "seven to two" in first.quote


def test_two_people_of_one_family_name_are_related_where_they_are_named_together(engine):
    first = first_excerpt(engine, "how are ada and colm brennan related?")
    assert "brother and sister historians Ada and Colm Brennan" in first.quote


def test_a_prefixed_word_matches_its_hyphenated_print(engine):
    first = first_excerpt(engine, "who said the cycle scheme was antibusiness?")
    assert "anti-business dogma" in first.quote
    assert first.attribution.source == "Petr Novak"


def test_what_happened_to_someone_is_what_they_did_or_underwent(engine):
    first = first_excerpt(engine, "what happened to darius kettering?")
    assert "escaped from a hospital escort" in first.quote


def test_a_headline_may_bring_the_word_a_question_turns_on(engine):
    # "teenagers" is only in the headline, and weighs a third of the question
    found = engine.under_headlines(engine.concepts("teenagers knew who ran the council"))
    assert found and "only one in eight knew" in found[0][0]["text"]
    # a light word the headline holds is not enough ("council" is everywhere)
    assert not engine.under_headlines(engine.concepts("pupils knew who ran the village council"))


def test_an_age_may_be_given_as_at_the_age_of(engine):
    assert "at the age of 38" in first_excerpt(engine, "how old was ingrid holloway when she became mayor?").quote


def test_getting_rid_of_is_abolishing_or_axing(engine):
    assert "axe 40 advisory panels" in first_excerpt(engine, "how many advisory panels does the council want to get rid of").quote


@pytest.mark.parametrize("question", ["where does shop owner spokesman petr novak stand on 24 hour parking",
                                      "where does campaigner petr novak stand on 24 hour parking"])
def test_a_person_asked_with_a_description_is_that_person(engine, question):
    # "quango critic dan lewis": the words before the name say what the pack calls them, or
    # are a general word for someone who speaks out
    assert "opposes 24-hour parking bans" in first_excerpt(engine, question).quote


def test_a_number_of_hours_before_a_noun_is_one_idea(engine):
    # "24 hour parking" is not answered by "24 streets": the 24 counts only with its hours
    words = {c.label: c.words for c in engine.concepts("24 hour parking")}
    assert words.get("24-hour") == ["24 hour"] and "24" not in words and "hour" not in words
    assert "opposes 24-hour parking bans" in first_excerpt(engine, "where does petr novak stand on 24 hour parking").quote


def test_turning_an_age_is_a_birthday_or_being_that_age(engine):
    # "people turning 18" / "people celebrating their 18th birthday"
    words = {c.label: c.words for c in engine.concepts("what is planned for people turning 18")}
    assert {"18th birthday", "aged 18"} <= set(words["turning-18"]) and "18" not in words


def test_a_bound_prefix_is_one_word_with_what_it_prefixes(engine):
    # "non-users" is not "non" + "users"; the pack may print it open or closed
    words = {c.label: c.words for c in engine.concepts("facebook tracks non-users")}
    assert words.get("non-users") == ["non users", "nonusers"] and "non" not in words and "users" not in words


@pytest.mark.parametrize("asked, printed", [("a 2-year jail term", "two year"), ("the five-day week", "5 day")])
def test_a_number_of_years_is_matched_in_words_or_figures(engine, asked, printed):
    # "the 2-year maximum" is the article's "two-year maximum"
    assert any(printed in c.words for c in engine.concepts(asked))


def test_an_adjective_matches_its_adverb(engine):
    first = first_excerpt(engine, "who said the council was wrong to ignore traders?")
    assert "wrongly ignored traders" in first.quote and first.attribution.source == "Petr Novak"
    assert first.score > 0.99  # every word of the claim is there, "wrong" as "wrongly"


def test_a_hyphenated_phrase_is_one_idea(engine):
    first = first_excerpt(engine, "who called the traders' sums make-believe economics?")
    assert "fantasy economics" in first.quote and first.attribution.source == "Ingrid Holloway"
    assert first.score > 0.99  # "make-believe" is "fantasy", not "make" and "believe"


def test_a_body_speaks_through_the_one_whose_post_at_it_follows_her_name(engine):
    first = first_excerpt(engine, "what did the open roads trust say about the lanes?")
    assert "long overdue" in first.quote


@pytest.mark.parametrize("gap, beside", [
    (", of the ", True), (" ", True), (", head of policy at Aids charity the ", True), (", chairman of the ", True),
    (", who later met ministers and the ", False), (" told reporters that the ", False),
])
def test_what_may_stand_between_a_spokesperson_and_their_body(gap, beside):
    from bot.answer.voices import _BESIDE
    assert bool(_BESIDE.match(gap)) is beside


def test_a_name_the_pack_lacks_is_not_answered_by_the_topic_alone(engine):
    # "Ingrid" is in the pack (Ingrid Holloway); "Bloggsworth" is not
    a = engine.ask("ingrid bloggsworth on the cycle lanes")
    assert not a.found and a.excerpts == []
    assert engine.ask("ingrid holloway on the cycle lanes").found


def test_a_body_the_tagger_missed_speaks_through_the_one_named_beside_it(engine):
    first = first_excerpt(engine, "what did campaign for safer towpaths say?")
    assert "towpath must stay open" in first.quote and first.attribution.source == "Oona Pratt"


def test_the_reporter_moving_on_after_a_quote_is_not_the_speakers_topic(engine):
    # the bus depot comes up only after her words, in the article's own voice
    a = engine.ask("what did rosa quint say about the bus depot")
    assert not a.found and a.excerpts == []
    assert "proud of the new hospital wing" in first_excerpt(engine, "what did rosa quint say about the hospital wing").quote


def test_a_party_typed_in_lower_case_is_the_party_not_its_leader(engine):
    # "Labour leader Hal Brennock" is described by the party's name; "labour" still means Labour
    first = first_excerpt(engine, "what did labour say about the boat subsidy")
    assert "lifeline for island families" in first.quote or "subsidy will stay" in first.quote
    assert "Labour" in first.attribution.source


def test_a_paraphrase_spelt_with_small_words_is_one_idea(engine):
    # "bit by bit" is "in instalments"; neither can be found from its content words alone
    assert "bit by bit" in [c.label for c in engine.concepts("fares going up bit by bit")]
    first = first_excerpt(engine, "who said the fares went up bit by bit")
    assert "raised in instalments" in first.quote and first.attribution.source == "Morag Tulloch"


def test_a_small_word_typed_askew_is_no_topic_word(engine):
    assert [c.label for c in engine.concepts("the fares in teh islands")] == ["fares", "islands"]


def test_a_quote_may_name_the_claims_subject_by_a_pronoun(engine):
    # "he" is the mayor, named two sentences before, outside the quote
    first = first_excerpt(engine, "who said pell has been a prudent steward of the town's money")
    assert "careful steward" in first.quote and first.attribution.source == "Ottilie Brask"


def test_a_body_of_the_pack_is_no_misspelt_speaker(engine):
    # Hollis (the company) is in the pack: "hollis's ceo" is nobody quoted, not Ray Hollins
    a = engine.ask("what did hollis's ceo say about the closure")
    assert not a.found and a.excerpts == []
    assert first_excerpt(engine, "what did ray hollins say about the closure").attribution.source == "Ray Hollins"


def test_a_short_given_name_is_the_same_person(engine):
    # one story prints "Vince Ormond", another "Vincent Ormond"
    first = first_excerpt(engine, "what does vince ormond want done about loans")
    assert "proper checks" in first.quote


def test_a_name_with_what_the_pack_calls_them_before_it_is_that_person(engine):
    first = first_excerpt(engine, "what did the rail users chairman dilys morgan say about the report")
    assert "overdue" in first.quote and first.attribution.source == "Dilys Morgan"


def test_a_claim_may_leave_a_name_to_the_sentence_before_the_quote(engine):
    # the Gazette is named two sentences before Penn's words; the claim still is hers
    x = first_excerpt(engine, "who said harlan's elmsworth gazette column was a warning shot")
    assert x.quote.startswith("Political editor Ruth Penn said") and x.attribution.source == "Ruth Penn"


def test_a_ban_of_another_kind_is_not_the_ban_asked_about(engine):
    assert first_excerpt(engine, "what did osric vale say about the ban").attribution.source == "Osric Vale"
    a = engine.ask("what did osric vale say about the hunting ban")
    assert not a.found and not a.excerpts


def test_how_a_vote_went_may_be_told_as_so_many_of_the_votes(engine):
    assert "41 of the 70 votes" in first_excerpt(engine, "how did merrow do in the deselection vote?").quote


def test_a_double_letter_typed_once_is_still_the_word(engine):
    assert engine.search.spelling("dredgng") == "dredging"  # a long word: any one slip
    assert engine.search.spelling("chanel") == "channel"  # a short one: only a letter typed once for twice


@pytest.mark.parametrize("question", ["labour position on the island boat subsidy",
                                      "what's the labour stance on the island boat subsidy?"])
def test_a_name_with_position_on_a_topic_asks_where_they_stand(engine, question):
    a = engine.ask(question)
    assert a.intent == "stance" and a.found
    assert "lifeline" in a.excerpts[0].quote or "will stay, Labour said" in a.excerpts[0].quote


def test_a_person_named_by_their_tie_with_a_topic_asks_what_they_said(engine):
    x = first_excerpt(engine, "tobias wren's lawyer on the poisoning charge?")
    assert x.attribution.source == "Marguerite Olsen" and "lived under a cloud" in x.quote


def test_an_english_word_made_from_a_name_is_not_that_name_misspelt(engine):
    # "rusky" is Rusk + y, as "knightly" is Knight + ly: a word, not a slip for the spokeswoman
    assert [h.actor.name for h in engine.actors.find_in("a rusky reply")] == []
    assert [h.actor.name for h in engine.actors.find_in("what did imelda rusck say")] == ["Imelda Rusk"]


def test_a_possessive_typed_without_its_apostrophe_is_the_persons(engine):
    a = engine.ask("whats ormonds view on the budget figures")
    assert a.intent == "stance" and a.found
    assert a.excerpts[0].attribution.source == "Vince Ormond"


def test_how_long_someone_has_served_may_be_told_by_he(engine):
    # "how long has X been an MP": "He has represented the seat since 1970", in X's story
    assert "since 1970" in first_excerpt(engine, "how long has jack pellow been an mp").quote


@pytest.mark.parametrize("kind, text", [
    ("how much", "Mr Brown put 1p a pint on beer."),
    ("duration", "The meeting lasted around an hour."),
])
def test_answer_kinds_in_everyday_units(kind, text):
    from bot.answer.asked import ANSWER_TYPES
    assert ANSWER_TYPES[kind].search(text)


def test_when_something_last_happened_is_told_as_the_first_time_since(engine):
    x = first_excerpt(engine, "when did the greens last hold their conference in torquay?")
    assert "first time since 1988" in x.quote


def test_where_an_event_was_may_be_told_by_the_sentence_after_it(engine):
    # "in Mr Dobbs's absence" is no place; "The event - at Quayside Hall" is
    x = first_excerpt(engine, "where did the harbour party unveil its new poster?")
    assert "Quayside Hall" in x.quote



@pytest.mark.parametrize("question", ["what will dockside coaches be called after the sale?",
                                      "what's dockside coaches going to be called after the sale"])
def test_what_something_will_be_called_asks_for_its_name(engine, question):
    assert "Carrow Link" in first_excerpt(engine, question).quote


def test_a_size_asked_for_is_a_figure_not_a_first():
    from bot.answer.asked import AMOUNT, SIZE_ASKED, asked_kind
    assert asked_kind("what size of donation cap did the commission float") == "how much"
    assert SIZE_ASKED.match("How big a cap on donations does the commission suggest")
    assert not SIZE_ASKED.match("How many Tory MPs have defected since 1997")  # "the third Tory MP to defect"
    assert AMOUNT.search("it is worth debating a £10,000 cap")
    assert not AMOUNT.search("something which would first have to be acceptable to the public")


@pytest.mark.parametrize("question", ["what is the maximum fine the harbour party could get over the doorstep calls",
                                      "whats the max fine the harbour party faces over doorstep calls",
                                      "how much could the harbour party be fined over the doorstep calls"])
def test_the_most_a_fine_could_be_is_a_sum_not_a_count(engine, question):
    # "millions of households" is a number in the story, not what the fine could be
    assert "up to £8,000" in first_excerpt(engine, question).quote


def test_how_many_puts_the_count_of_what_was_asked_first(engine):
    # both sentences cover the question and hold a number; "214 boards" counts what was asked
    assert "214 boards" in first_excerpt(engine, "how many boards does the county have?").quote


def test_how_many_may_be_told_as_up_to_a_number_in_the_story_of_the_question(engine):
    # "rebel" is told as "oppose", and "the scheme" is the bill of the headline
    assert "Up to 25" in first_excerpt(engine, "how many harbour party councillors might rebel on parking permits").quote


@pytest.mark.parametrize("question", ["when did marta ilves resign as greens leader",
                                      "how much is marta ilves paid as greens leader",
                                      "what is osmund rey's salary as party treasurer"])
def test_a_post_the_question_ends_on_does_not_stand_in_for_what_was_asked(engine, question):
    # "Greens leader Marta Ilves is touring ..." names her post, not a resignation or a salary;
    # "felt let down" is no "step down"
    assert not engine.ask(question).found


def test_when_someone_left_a_post_is_told_in_other_words(engine):
    assert "stepped down as leader in 2001" in first_excerpt(engine, "when did osmund rey quit as leader").quote


@pytest.mark.parametrize("question", ["who is the chief executive of coastal airways", "who is coastal airways' ceo"])
def test_a_post_at_one_body_is_not_the_same_post_at_another(engine, question):
    # Alma Reyes is a chief executive of something else; Tomas Bek is Northway Airlines's
    assert not engine.ask(question).found


def test_a_post_at_a_body_finds_the_one_who_holds_it_there(engine):
    a = engine.ask("who is northway airlines' chief executive")
    assert a.found and a.actors and a.actors[0].name == "Tomas Bek"


def test_the_article_on_a_topic_is_the_one_whose_lead_tells_it(engine):
    # the coach story names the council and its levy more often, but only in passing
    a = engine.ask("what sources does the article on the port council backing a harbour levy cite")
    assert a.found and a.excerpts[0].article.title == "Dock charge agreed"
    assert "Ada Fenn" in a.excerpts[0].attribution.text


def test_a_misspelt_surname_that_stems_like_the_name_still_finds_the_person(engine):
    # "ormsbie" and "Ormsby" share a stem, so the pack seems to print the misspelling
    a = engine.ask("who is lysander ormsbie")
    assert a.found and a.actors and a.actors[0].name == "Lysander Ormsby"


def test_a_surname_alone_in_one_story_is_the_one_person_named_in_full_elsewhere(other_engine):
    # "co-ordinate" for coordinating, a humanitarian drive for relief
    x = first_excerpt(other_engine, "what has petra lindqvist announced on coordinating flood relief")
    assert "co-ordinate a humanitarian drive" in x.quote and "Lindqvist" in x.attribution.text


def test_youth_unemployment_is_teenage_unemployment(other_engine):
    assert "teenage unemployment" in first_excerpt(other_engine, "what did petra lindqvist pledge on youth unemployment").quote


def test_where_a_party_stands_may_be_told_as_what_it_wants(other_engine):
    # nothing says the Greens back or oppose anything; "the Greens wanted to build" is their position
    x = first_excerpt(other_engine, "greens position on council housing")
    assert "wanted to build 5,000 council homes" in x.quote and "Marsh" in x.attribution.text


def test_what_someone_has_announced_is_their_news_not_their_remarks(other_engine):
    x = first_excerpt(other_engine, "what has rupert hale announced")
    assert "will stand down at the next election" in x.quote


def test_what_someone_has_asked_by_its_name_must_be_given(other_engine):
    assert "£95,000" in first_excerpt(other_engine, "what is mara voss's salary").quote


@pytest.mark.parametrize("question", ["what is petra lindqvist's salary",  # "incomes", "pay more": not her salary
                                      "what is petra lindqvist's salary as finance minister",
                                      "what was the greens' majority after the election"])
def test_what_someone_has_that_the_pack_never_gives_abstains(other_engine, question):
    assert not other_engine.ask(question).found


def test_when_someone_did_what_others_only_urged_abstains(other_engine):
    assert not other_engine.ask("when did cyril dane resign").found
    assert "resigned in March" in first_excerpt(other_engine, "when did otto brandt resign").quote


def test_of_equal_answers_the_one_in_the_questions_own_words_comes_first(other_engine):
    # "election" is a word for "vote" too, but Ben Roe says "vote"
    x = first_excerpt(other_engine, "who said the vote would bring higher rents in dunmore")
    assert "Ben Roe" in x.attribution.text


def test_a_tory_post_is_a_conservative_one_and_its_office_word_counts_most(other_engine):
    a = other_engine.ask("who's the tory shadow culture secretary")
    assert a.found and a.actors[0].name == "Nils Ambrose"


def test_a_name_typed_without_its_break_is_found(other_engine):
    a = other_engine.ask("who is rory oneill")  # the article prints "Rory O' Neill"
    assert a.found and "editor of the Hazards magazine" in a.excerpts[0].quote


def test_a_compound_asked_with_a_hyphen_finds_it_printed_closed(other_engine):
    x = first_excerpt(other_engine, "what's the break-up fee if ferrow takes a better offer")
    assert "$90 million breakup fee" in x.quote


def test_a_capital_may_stand_for_its_country_in_a_question(other_engine):
    # "asked Washington" asks what the US was asked; "Washington" as a place is the city
    for question in ("what has vellmark asked washington", "what did vellmark ask washington"):
        assert "asked the US to block the sale" in first_excerpt(other_engine, question).quote


def test_when_someone_did_something_needs_the_deed_not_only_the_names(other_engine):
    assert "returned from Kelby on Friday" in first_excerpt(other_engine, "when did tomas vell get back from kelby").quote
    assert not other_engine.ask("when did tomas vell flee to kelby").found  # "Kelby said Mr Vell ... on Wednesday"


def test_a_number_in_thousands_beside_a_name_is_no_age(other_engine):
    assert not other_engine.ask("how old is tomas vell").found  # "70,000 containers, Mr Vell said"


def test_which_kind_of_speaker_a_question_names_helps_find_who_said_it(other_engine):
    # the councillor says it in fewer of the asker's words than a claim needs; that the question
    # asks for a councillor, and she is one, makes up for it
    x = first_excerpt(other_engine, "which councillor said appearing divided would cost them the hall at the vote")
    assert "Mira Dent" in x.attribution.text


def test_what_a_country_announced_may_be_told_rather_than_quoted(other_engine):
    x = first_excerpt(other_engine, "what did the harwick trust announce for widows of the kelso floods")
    assert "£2m grant" in x.quote


def test_when_someone_went_somewhere_needs_that_place(other_engine):
    # Washington is a place of the pack, but Mr Vell returned from Kelby
    assert not other_engine.ask("when did tomas vell get back from washington").found


def test_who_said_prefers_the_sentence_that_names_a_speaker(other_engine):
    # the unattributed line shares one more word with the claim, but says nobody said it;
    # "who said" asks for a speaker, and the councillor's sentence names her
    x = first_excerpt(other_engine, "who said ferry fares for islanders are too high")
    assert "Ola Brisk" in x.attribution.text and "much too high" in x.quote


def test_what_happened_to_someone_is_the_story_opening(other_engine):
    # both sentences have him as their subject; the lead says what happened (told by his family)
    assert "has died" in first_excerpt(other_engine, "what happened to ivor lund").quote


def test_the_tories_are_the_conservative_party(other_engine):
    # the story names the party by its name, the question by its nickname
    x = first_excerpt(other_engine, "what do the tories plan to do about bus fares")
    assert "cut bus fares by a fifth" in x.quote


def test_a_stance_voiced_by_the_body_comes_before_one_others_put_on_it(other_engine):
    x = first_excerpt(other_engine, "what does the harbour board want for dockers under the port bill")
    assert x.quote.startswith("The Harbour Board said")


def test_what_someone_is_paid_is_not_pieced_together_from_two_speakers(other_engine):
    # the leader is in one sentence, "pay" in the next, said by someone else of a Tory leader
    assert not other_engine.ask("how much is olaf strand paid as tory leader").found


def test_a_relation_finds_a_party_by_its_nickname(other_engine):
    x = first_excerpt(other_engine, "martin grey and the tories - what's the link")
    assert "has left the Conservative Party" in x.quote


def test_the_capital_of_a_place_is_one_printed_as_its_capital(other_engine):
    # "the cork capital of the world" names Portugal and a capital, and is no answer
    assert not other_engine.ask("what is the capital of portugal").found
    assert "Santiago" in first_excerpt(other_engine, "what is the capital of chile").quote


def test_when_someone_did_what_they_only_promised_abstains(other_engine):
    # "he would stand down", "his intention to resign": said, dated, and not done
    assert not other_engine.ask("when did cyril dane resign as mayor").found


def test_another_voice_just_before_a_quote_is_not_its_topic(other_engine):
    # officials name the governor; the analyst, speaking next, says nothing of her
    assert not other_engine.ask("what did pavel reyes say about lena holm").found
    assert "cost the board millions" in first_excerpt(other_engine, "what did pavel reyes say about the bridge tolls").quote


def test_when_someone_was_arrested_is_not_when_they_had_others_arrested(other_engine):
    assert not other_engine.ask("when was rolf ansel arrested").found


def test_a_post_of_one_party_is_not_held_by_another_partys_spokesman(other_engine):
    # Omar Lindt holds every word of the post but the party: he is the Lib Dems' one
    held = [a.name for a, _ in other_engine.actors.by_role("the tory shadow fisheries secretary")]
    assert "Omar Lindt" not in held
    assert "Omar Lindt" in [a.name for a, _ in other_engine.actors.by_role("the lib dem shadow fisheries secretary")]


def test_a_role_asked_by_a_party_nickname_finds_the_sentence_that_gives_it(other_engine):
    x = first_excerpt(other_engine, "who's the tory transport spokeswoman")
    assert "Conservative transport spokeswoman Vera Moss" in x.quote


def test_a_storys_sources_come_before_the_words_of_the_one_its_headline_names(other_engine):
    x = first_excerpt(other_engine, "what sources does the story on bright denying a budget rift cite")
    assert x.quote.startswith("Council sources said")


def test_whom_a_storys_opening_sentence_is_about_speak_after_its_sources(other_engine):
    # the headline names the mayor; the opening sentence names the council leader too
    a = other_engine.ask("what sources does the story on the mayor backing the harbour plan cite")
    assert a.found and a.excerpts[0].attribution.text == "Dilys Prowse"


def test_the_source_an_opening_sentence_cites_is_no_subject_of_the_story(other_engine):
    a = other_engine.ask("what sources does the story on the port seeking a ferry deal cite")
    assert a.found and a.excerpts[0].attribution.text == "Ivo Lund"


def test_a_relation_is_told_by_the_post_one_held_for_the_other(other_engine):
    x = first_excerpt(other_engine, "what's paul fenn's relationship to tessa bright")
    assert "former adviser" in x.quote


def test_officials_of_someones_administration_do_not_speak_as_them(other_engine):
    assert not other_engine.ask("what did cyril dane say about the ferry tax").found


def test_when_something_was_done_is_not_when_it_is_likely_or_planned(other_engine):
    # "likely to be lifted in June", "plans ... to lift": dated, and not yet done
    assert not other_engine.ask("when did the harbour board finally lift the kelso ferry ban").found


def test_in_an_article_named_what_it_is_about_is_no_word_of_the_answer(other_engine):
    # the piece is about the app tracking riders; its answer names neither
    x = first_excerpt(other_engine, "which ticket does the harbour ledger piece on the ferry app that tracks riders call the most private")
    assert "paper ticket" in x.quote


def test_where_may_be_told_by_what_the_place_is(other_engine):
    # "at a Sikh temple": a place, though no name of one
    x = first_excerpt(other_engine, "where is iris vale speaking to young voters")
    assert "at a Sikh temple" in x.quote


def test_a_wife_the_story_names_by_first_name_is_found_by_her_full_name(other_engine):
    # "his wife Maud", in a story on Alan Rusk: "maud rusk", typed in lower case
    x = first_excerpt(other_engine, "who is maud rusk")
    assert "Maud" in x.quote
    x = first_excerpt(other_engine, "maud rusk and alan rusk relationship")
    assert "his wife Maud" in x.quote


def test_two_of_one_surname_asked_as_a_and_b_surname(other_engine):
    # "ada and tom rusk": Ada Rusk, not Ada Moss
    x = first_excerpt(other_engine, "ada and tom rusk - how are they connected")
    assert "her brother Tom Rusk" in x.quote


def test_the_sources_a_reporter_cites_come_before_those_who_speak(other_engine):
    x = first_excerpt(other_engine, "what sources does the story on the harbour chief backing the ferry levy cite")
    assert x.quote.startswith("Union sources told the Harbour Ledger")


def test_what_happened_to_someone_somewhere_the_headline_may_say_where(other_engine):
    # the sentence names him, the headline the place
    x = first_excerpt(other_engine, "what happened to ivo crane in lisbon")
    # ... or the lead, which tells it of "a councillor" the next sentence names
    assert "was attacked near the old cathedral" in x.quote or "had his wallet stolen after being mugged" in x.quote
    assert not other_engine.ask("what happened to ola brandt in lisbon").found


def test_a_post_the_story_gives_as_its_chairman_is_the_bodys(other_engine):
    # "said its chairman, Dr Wilma Orr", in the story on the Ferry Users Trust
    x = first_excerpt(other_engine, "who chairs the ferry users trust")
    assert "its chairman, Dr Wilma Orr" in x.quote


def test_the_setting_a_claim_ends_on_is_not_what_the_claim_says(other_engine):
    # "... over the regiments merger" sets the scene; the claim is being scrapped themselves
    x = first_excerpt(other_engine, "who predicted ministers would get scrapped themselves over the regiments merger")
    assert "end up being scrapped themselves" in x.quote and "Iain Dallow" in x.attribution.source


def test_when_in_someones_life_is_no_word_the_answer_must_hold(other_engine):
    # "what did Howard admit about skipping school as a boy": "has admitted he used to play truant"
    labels = [c.label for c in other_engine.concepts("skipping school as a boy")]
    assert "boy" not in labels and labels


def test_a_post_the_story_gives_at_another_body_is_not_the_one_asked(other_engine):
    # "Norbay Foods co-founder and CEO", "president of Harbourside Fish Traders": neither runs Kelmart
    assert other_engine.actors.alias["norbay foods"][0].kind == "organization"  # not a "Mr Foods"
    assert not other_engine.ask("who is the ceo of kelmart").found
    assert not other_engine.ask("who runs kelmart").found
    assert "CEO Hal Prentice" in first_excerpt(other_engine, "who runs norbay foods").quote


def test_a_bare_post_in_a_countrys_story_is_not_that_countrys(other_engine):
    # "President Alan Royce arrived in Tanzania": a visitor, not Tanzania's president
    assert not other_engine.ask("who is the president of tanzania").found


def test_a_post_the_story_gives_by_the_kind_of_body_is_the_bodys(other_engine):
    # "Charity boss Ruth Kessling", in the story on the Grey Voices Trust: she runs it
    for q in ("who runs the grey voices trust", "who heads the grey voices trust"):
        assert first_excerpt(other_engine, q).quote.startswith("Charity boss Ruth Kessling"), q


def test_who_did_something_is_not_answered_by_a_sentence_where_nobody_does_it(other_engine):
    assert not other_engine.ask("who won the 2031 mayoral election in eastwick").found


def test_a_pledge_of_the_one_a_sentence_opens_on_is_their_stance(other_engine):
    x = first_excerpt(other_engine, "ivo crane position on raising the harbour levy")
    assert x.quote.startswith("He repeated his pledge")


def test_a_committee_chairman_in_the_committees_story_chairs_it(other_engine):
    x = first_excerpt(other_engine, "who chairs the eastwick quay committee")
    assert x.quote.startswith("Committee chairman Rolf Amis")


def test_a_bodys_words_then_its_officers_are_one_voice(other_engine):
    # "The Islands Transport Council is concerned the timber quota bill would ...", then its
    # president's quote: she speaks on the bill, deep in a story whose headline does not name it
    x = first_excerpt(other_engine, "what did david lomond say about the timber quota bill")
    assert "lifeline" in x.quote


def test_a_cause_thought_to_contribute_answers_why(other_engine):
    x = first_excerpt(other_engine, "why are seals dying in norway")
    assert "are all thought to contribute" in x.quote


def test_an_article_named_by_its_outlet_and_what_it_is_about(other_engine):
    # "the harbour ledger ferry app article": the Harbour Ledger's, on the ferry app
    x = first_excerpt(other_engine, "which ticket does the harbour ledger ferry app article call the most private")
    assert "paper ticket" in x.quote


def test_a_role_missing_its_office_word_loses_to_one_missing_only_the_party_nickname(other_engine):
    # "Lib Dem spokesman" lacks "transport"; "Liberal Democrat transport spokesman" has it all
    x = first_excerpt(other_engine, "who is the lib dem transport spokesman")
    assert "Ola Finn" in x.quote


def test_how_something_is_done_is_answered_by_the_way_even_unnamed(other_engine):
    # "how does Facebook track non-users": the sentence that tells the way need not say "track"
    x = first_excerpt(other_engine, "how does parkwise track non-users through parking meters")
    assert "makes a nearby phone send its location" in x.quote
    assert not other_engine.ask("how does parkwise track cyclists through bus lanes").found


def test_a_year_the_question_gives_an_event_must_date_that_event(engine):
    # "who won the 2005 general election" is not "Labour won power in 1997" beside "Quangos 2005"
    from bot.answer.facts import _dated_together
    assert _dated_together("Turnout at the 2005 county election fell to 41%", "2005", "election")
    assert not _dated_together("Guide to Quangos 2005 author Ann Lee said Labour won the election in 1997", "2005", "election")
    assert "fell to 41%" in first_excerpt(engine, "what was turnout at the 2005 county election").quote


def test_the_name_of_someones_relative_must_be_given_beside_it(other_engine):
    # "allegations involving Yoon's wife" names no wife
    from bot.answer.facts import _named_beside
    assert _named_beside("Zimbabwe President Robert Mugabe, his wife Grace and two aides", "wife")
    assert not _named_beside("corruption allegations involving Yoon's wife", "wife")
    assert not other_engine.ask("what is the name of anders quist's wife").found
    assert not other_engine.ask("what is anders quist's wife called").found  # asked in other words
    # ... asked of several ("guide dogs") or of one a clause picks out ("the dog that was sick")
    from bot.answer.facts import _NAME_OF_WHAT
    assert _named_beside("In 1999, his then guide dog Lucy threw up in the Chamber", "dogs")
    assert _NAME_OF_WHAT.search("what was the name of his guide dog that was sick in the commons").group(1) == "dog"


def test_what_something_cost_to_make_is_answered_by_the_sum_whatever_the_making_is_called(other_engine):
    x = first_excerpt(other_engine, "how much did the parkwise meter stickers cost to produce")
    assert "cost about £4,000 to design and print" in x.quote


def test_whose_count_is_asked_must_be_named_in_the_answer(other_engine):
    assert "won 12 council seats" in first_excerpt(other_engine, "how many seats did the harbour party win").quote
    # the Harbour Party's seats are not the Green Alliance's
    assert not other_engine.ask("how many seats did the green alliance win").found


@pytest.mark.parametrize("question", ["what does oona reyes plan for the number of councillors",
                                      "what does the valley party plan to do about the number of councillors"])
def test_what_a_side_would_do_on_the_whole_topic_voices_its_plan(other_engine, question):
    # "would cut the number of councillors" is the plan asked for; "planned to cut the number of
    # parking wardens" says "plan" about something else
    assert "cut the number of councillors by a third" in first_excerpt(other_engine, question).quote


def test_whom_the_topic_has_doing_it_must_be_in_the_speakers_own_words(other_engine):
    # another voice's report beside the quote names the Port Authority; the analyst speaks of the council
    assert not other_engine.ask("what did ruth ambler say about the kessel port authority keeping its berths").found
    x = first_excerpt(other_engine, "what did ruth ambler say about the mainland council taking over the berths")
    assert "biggest worry" in x.quote


def test_an_office_this_story_never_gives_its_holder_is_found_in_the_rest_of_the_pack(other_engine):
    # "the Liberal leader" in a story that names Petra Solberg and a mayor, but calls neither
    # "Liberal leader": another story of the pack does
    first = first_excerpt(other_engine, "what did petra solberg say about lighthouse charges")
    assert "against lighthouse charges" in first.quote
    assert first.attribution.text == "Petra Solberg"


def test_who_chairs_a_body_named_only_before_its_chairman(other_engine):
    # the committee is named in one sentence, "Committee chairman ..." three sentences later
    a = other_engine.ask("who chairs the elderly care committee")
    assert a.found and a.actors[0].name == "Edith Marr"
    assert "Committee chairman Councillor Edith Marr said" in a.excerpts[0].quote


def test_who_said_prefers_the_speakers_own_words_to_a_lead_that_says_as_much(other_engine):
    first = first_excerpt(other_engine, "who said that every single death in a quarry is one too many")
    assert "Each and every death in a quarry" in first.quote and first.attribution.text == "Wilf Adair"


def test_what_councillors_announced_is_the_deed_the_story_reports(other_engine):
    # no sentence quotes "councillors"; nor is one councillor (Councillor Edith Marr) all of them
    first = first_excerpt(other_engine, "what did councillors announce about allotment rents")
    assert "will be frozen for three years" in first.quote


def test_a_plural_post_names_no_one_person(other_engine):
    # "Committee chairman Councillor Edith Marr" holds the post; "councillors" are not her
    assert other_engine.role_actor("councillor") is not None
    assert other_engine.role_actor("councillors") is None


def test_what_share_of_is_answered_by_a_fraction(other_engine):
    # "share" frames the question: the answer says "two-thirds", not "share"
    first = first_excerpt(other_engine, "what share of dunmore pensioners back the toll bridge in the harbour council's survey")
    assert "Two-thirds of Dunmore pensioners" in first.quote


def test_a_name_spelt_two_ways_is_one_person_in_a_relation(other_engine):
    first = first_excerpt(other_engine, "tom dunn and beverley hart - what's the link")
    assert "a row involving the former housing minister Beverly Hart" in first.quote


@pytest.mark.parametrize("question", [
    "when did orla finch quit",  # the stemmer indexes "quite" as "quit": "did not sound quite as hollow"
    "when did ivo lark become prime minister",  # "how good a prime minister Ivo Lark will make": not done
])
def test_when_the_deed_asked_is_nowhere_done_nothing_answers(other_engine, question):
    assert not other_engine.ask(question).found


def test_an_office_is_linked_to_its_holder_whichever_story_is_ingested_first(tmp_path, settings):
    # the story with the bare office first, the one that gives the office in a later ingest
    (tmp_path / "b.txt").write_text(OTHER_ARTICLES["solberg_b.txt"], encoding="utf-8")
    db = tmp_path / "pack.db"
    question = "what did petra solberg say about lighthouse charges"
    ingest([str(tmp_path / "b.txt")], db, settings)
    before = Engine(db, settings).ask(question)
    assert not before.found or before.excerpts[0].attribution.text != "Petra Solberg"
    (tmp_path / "a.txt").write_text(OTHER_ARTICLES["solberg_a.txt"], encoding="utf-8")
    ingest([str(tmp_path / "a.txt")], db, settings)
    first = first_excerpt(Engine(db, settings), question)
    assert "against lighthouse charges" in first.quote and first.attribution.text == "Petra Solberg"


def test_secretary_of_state_is_an_office_not_a_post_at_a_body_called_state(other_engine, monkeypatch):
    # a pack may hold a body called "State"; "Secretary of State for the Family" is not its post
    state = next(a for a in other_engine.actors.by_id.values() if a.kind == "organization")
    tories = other_engine.resolve_one("tories")
    assert tories is not None and tories.id != state.id
    real = other_engine.resolve_one
    monkeypatch.setattr(other_engine, "resolve_one", lambda name: state if name == "State" else real(name))
    assert not other_engine.post_of_another("the tories' shadow family secretary",
                                            "The Shadow Secretary of State for the Family")
    assert other_engine.post_of_another("the tories' shadow family secretary", f"{state.name}'s shadow family secretary")


def test_a_light_verb_of_the_question_counts_less_than_its_rarity(other_engine):
    # "giving" in "witnesses giving speeches" says little of what is asked, however rare its form
    search = other_engine.search
    concepts = other_engine.concepts("witnesses giving speeches")
    search.weigh(concepts)
    giving = next(c for c in concepts if c.label == "giving")
    assert giving.weight == pytest.approx(search.idf(len(search.concept_rows(giving))) / 2)
    assert all(c.weight == search.idf(len(search.concept_rows(c))) for c in concepts if c is not giving)


def test_a_name_with_the_body_they_work_for_is_the_person_not_the_body(other_engine):
    a = other_engine.ask("who is Karen Mbeki-Lowe of the Kestrel Society")
    assert a.found and a.actors[0].name == "Karen Mbeki-Lowe"
    assert "project manager at the Kestrel Society" in a.excerpts[0].quote


def test_whose_plan_is_asked_must_be_named_in_the_answer(other_engine):
    # the chancellor's sentence shares more of the words, but the plan asked about is the Lib Dems'
    x = first_excerpt(other_engine, "lib dem plan for pensioners' winter fuel payments")
    assert x.quote.startswith("The Lib Dems would allow people to swap")


def test_a_loose_office_word_with_its_qualifiers_names_one_office(other_engine):
    # "chief executive" alone fits many; "the Liberal chief executive" is the one the pack names so
    x = first_excerpt(other_engine, "who said it was a mix-up that holt missed the vote")
    assert "just a mix-up" in x.quote and x.attribution.text == "Dan Brisk"


def test_who_did_a_deed_is_found_in_the_story_on_its_topic(other_engine):
    # no one sentence holds the study, the college, the abuse and who ran it
    x = first_excerpt(other_engine, "who ran the kestrel college study into sexist abuse of female MPs")
    assert x.quote.startswith("Prof Ada Lind, who conducted the study")


def test_a_bodys_letters_are_found_spelt_out(other_engine):
    # "the SAS" is an actor of the pack; the premier's answer says "special forces"
    x = first_excerpt(other_engine, "what did ola sand say when asked whether the SAS had been in Kelby")
    assert x.quote.startswith("\"We never answer questions about special forces")


def test_a_thing_of_a_subject_and_a_reason_must_be_in_the_answer(other_engine):
    # "the chemical formula": sentences on Zorbex that give none answer nothing
    assert not other_engine.ask("what is the chemical formula of Zorbex").found
    # sentences naming Vane and the party give no reason why he quit it (nothing says he did)
    assert not other_engine.ask("why did ted vane quit the green party").found


@pytest.mark.parametrize("question", ["what's the name of tom inchley's guide dog", "whats the name of inchleys guide dog",
                                      "what were the names of tom inchley's guide dogs"])
def test_the_name_of_someones_thing_may_be_told_with_his_in_a_story_about_them(other_engine, question):
    x = first_excerpt(other_engine, question)
    assert "his then guide dog Bramble" in x.quote


def test_who_heads_a_body_is_its_president_though_the_pack_cuts_the_body_from_her_post(other_engine):
    # "Chief executive Tom Vey" heads something else, in another story naming the association
    a = other_engine.ask("who heads the association of harbour police officers?")
    assert a.found and "Nora Quist said" in a.excerpts[0].quote


def test_a_story_whose_opening_names_the_thing_asked_is_about_it(other_engine):
    # no sentence beside Trask's names the show, and the headline does not: the opening does
    a = other_engine.ask("what did ned trask make of Kelby's Stand For Us show")
    assert a.found and "cheapening democracy" in a.excerpts[0].quote


def test_a_question_one_story_covers_is_told_by_that_storys_opening(other_engine):
    # the search's last resort, when no sentence holds enough of the question
    from bot.answer.stories import told_in_story
    concepts = other_engine.concepts("the appeal court rule on the Port Alder campaigners")
    other_engine.search.weigh(concepts)
    told = told_in_story(other_engine, concepts, set())
    assert told and told[0][0]["text"].startswith("Port Alder campaigners have lost a landmark appeal")
    # words spread over stories on other things tell nothing
    concepts = other_engine.concepts("the appeal court rule on the Port Alder diet pills")
    other_engine.search.weigh(concepts)
    assert told_in_story(other_engine, concepts, set()) == []
    # ... nor does a story on what is to come tell what happened
    concepts = other_engine.concepts("the result of the May Kelby election")
    other_engine.search.weigh(concepts)
    assert told_in_story(other_engine, concepts, set(), "what was the result of the May Kelby election") == []


def test_a_word_hyphened_to_a_letter_is_one_word(other_engine):
    # "e-university" is not any university: the Amberley campus's relaunch is no answer
    assert not other_engine.ask("who said the e-university would be relaunched").found
    first = first_excerpt(other_engine, "who said the e-university was a waste of money")
    assert "terrible waste of public money" in first.quote and first.attribution.source == "Barry Holt"


def test_the_two_men_of_a_story_on_them_are_the_two_asked_about(other_engine):
    first = first_excerpt(other_engine, "what is the main ideological divide between creel and penwarden on bus subsidies")
    assert "divide between the two men is over bus subsidies" in first.quote
    # ... not any two people: the story must name both
    assert not other_engine.ask("what is the main ideological divide between creel and ada pym on bus subsidies").found


def test_a_story_calls_a_person_it_names_by_the_post_they_hold(other_engine):
    # the music story names Olwen Tarrant bare; another story gives her post
    first = first_excerpt(other_engine, "how much is tarrant's new initiative for school choirs worth")
    assert first.quote.startswith("The first minister launched a £40m initiative")
    assert not other_engine.ask("how much is brannigan's new initiative for school choirs worth").found


def test_whoever_accused_someone_it_was_not_they(other_engine):
    first = first_excerpt(other_engine, "who accused ruddle of twisting the harbour party's bus plans")
    assert first.attribution.source == "Hal Brannigan"


def test_a_chief_executive_named_by_another_firm_is_not_the_one_asked(other_engine):
    # "Brinefield CEO Helen Garvey" bought Kelpworks: she is not Kelpworks's chief executive
    assert not other_engine.ask("who is the ceo of kelpworks").found
    a = other_engine.ask("who is the ceo of brinefield")
    assert a.found and "Helen Garvey" in a.excerpts[0].quote


def test_fired_up_by_a_speech_is_no_sacking(other_engine):
    sacked = other_engine.concepts("sacked")[0]
    fired = other_engine.concepts("fired")[0]
    texts = [r["text"] for r in other_engine.reader.all("SELECT id, text FROM sentences")
             if r["id"] in other_engine.search.concept_rows(sacked) | other_engine.search.concept_rows(fired)]
    assert not any("fired up" in t for t in texts)
    # ... while "firms" are any firms, though they stem like no "fire"
    firms = other_engine.concepts("firms")[0]
    assert any("ferry firms" in r["text"] for r in other_engine.reader.all("SELECT id, text FROM sentences")
               if r["id"] in other_engine.search.concept_rows(firms))


def test_who_led_a_study_is_the_one_its_story_says_conducted_it(other_engine):
    # the sentences on the heckling name nobody; the story names who conducted the study
    first = first_excerpt(other_engine, "who led the westmoor study into heckling of councillors")
    assert first.quote.startswith("Dr Pia Sandvik, who conducted the study")


def test_a_tie_is_told_where_one_does_something_to_the_other(other_engine):
    a = other_engine.ask("brackenmoor foods and dellow dairies - what's the relationship")
    assert a.found and a.excerpts[0].quote.startswith("Brackenmoor Foods bought Dellow Dairies")


def test_a_priests_title_is_no_part_of_his_name(other_engine):
    a = other_engine.ask("who is father anselm korrigan")
    assert a.found and "Anselm Korrigan" in a.excerpts[0].quote


def test_who_is_shows_where_the_story_introduces_the_person(other_engine):
    a = other_engine.ask("who is wenna oakes")
    assert a.found and a.excerpts[0].quote.startswith("Bee whisperer Wenna Oakes was just nine years old")


def test_a_role_at_a_named_body_is_not_the_same_role_at_an_unnamed_one(other_engine):
    # the story's central bank is not said to be Kelby's
    assert not other_engine.ask("who is the president of the kelby central bank").found
    a = other_engine.ask("who is the president of the central bank")
    assert a.found and "Obed Mann" in " ".join(x.quote for x in a.excerpts[:2])


def test_who_accused_someone_is_the_voice_that_accuses_them_though_it_words_the_charge_its_own_way(other_engine):
    a = other_engine.ask("who accused ted vane of whipping up hysteria before the council election")
    assert a.found and "Ada Rook" in a.excerpts[0].quote
    # naming him and the election is not enough without the accusation
    assert not other_engine.ask("who praised ted vane for calming hysteria before the council election").found


def test_a_bodys_own_person_speaks_for_it(other_engine):
    a = other_engine.ask("what did the harbour trust say about the ferry law")
    assert a.found and "Peter Hall said the change was long overdue" in a.excerpts[0].quote


def test_a_post_with_its_remit_is_held_in_the_party_its_story_names(other_engine):
    a = other_engine.ask("who's the tory spokesman on sport")
    assert a.found and "Ada Kell" in a.excerpts[0].quote
    # the story names no Labour: she is no Labour spokesman
    a = other_engine.ask("who is the labour spokesman on sport")
    assert not a.found or "Ada Kell" not in a.excerpts[0].quote


def test_who_said_a_claim_is_the_speaker_whose_sentence_holds_its_rarest_word(other_engine):
    # the lead shares the setting (the government, lifting the sanctions, Varnia); Pell says the claim
    a = other_engine.ask("who said the american government was being manipulated over lifting the varnia sanctions")
    assert a.found and "being manipulated" in a.excerpts[0].quote
    assert a.excerpts[0].attribution.source == "Ezra Pell"


def test_what_happened_to_someone_is_told_by_their_storys_opening(other_engine):
    # a later sentence names him and the city; the opening says what happened
    a = other_engine.ask("what happened to ned oswin in lisbon")
    assert a.found and a.excerpts[0].quote.startswith("An MP has had his wallet and passport stolen")


def test_a_reason_given_outright_beats_what_someone_said_around_the_event(other_engine):
    # ", saying ..." is a weaker reason than "on the grounds of", though she says it herself
    a = other_engine.ask("why is ada voss standing down as an MP")
    assert a.found and "on the grounds of ill health" in a.excerpts[0].quote


def test_a_name_is_not_a_longer_word_it_starts(other_engine):
    # "greenpeace" is neither the Green MEP nor a description word "green"
    a = other_engine.ask("what did greenpeace say about the pier plan")
    assert not a.found


def test_who_wrote_a_work_needs_its_author_not_a_speaker_of_its_words(other_engine):
    assert not other_engine.ask("who wrote war and peace").found


def test_a_country_is_asked_by_a_name_its_articles_never_print(other_engine):
    assert other_engine.resolve_one("nz").name == "New Zealand"
    a = other_engine.ask("why do whales beach themselves in nz")
    assert a.found and "sickness and rapidly falling tides" in a.excerpts[0].quote


def test_a_fear_is_the_one_who_holds_it_not_the_one_it_threatens(other_engine):
    a = other_engine.ask("what does Labour fear about the Greens at the election")
    assert a.found and a.excerpts[0].quote.startswith("Labour, in particular, fears")


def test_a_verb_that_only_says_a_deed_goes_on_is_no_word_of_the_question(other_engine):
    labels = {c.label for c in other_engine.concepts("why do whales keep beaching themselves in nz")}
    assert "keep" not in labels and "beaching" in labels
    assert "kept" in {c.label for c in other_engine.concepts("the man who kept a diary")}


def test_a_share_in_figures_is_the_same_share_in_words():
    from bot.answer.concepts import _number_phrases
    (share, _), = _number_phrases("1 in 8 households struggle")
    assert "one in eight" in share.words
    (share, _), = _number_phrases("one in eight households struggle")
    assert "1 in 8" in share.words


def test_when_a_deed_was_done_is_not_told_by_an_ambition_to_do_it(other_engine):
    from bot.answer.events import _only_urged
    assert _only_urged("what impact it will have on Mr Ames's own ambitions to replace Ms Dole as leader", ["replace"])
    assert not _only_urged("Mr Ames replaced Ms Dole as leader in 2004", ["replace"])


def test_a_ban_on_one_thing_is_not_a_ban_on_another(other_engine):
    from bot.answer.topics import _other_kind
    from bot.answer.search import Concept
    ban, fox = Concept("ban", words=["ban"]), Concept("fox hunting", words=["fox hunting", "hunting"])
    titles = {"casino": "Casino tricks face ban", "hunt": "Hunting ban comes in"}
    in_articles = {"ban": {"casino", "hunt"}, "fox hunting": {"hunt"}}
    # "the ban on fox hunting" is the fox hunting ban: the casino story's ban is another kind
    assert _other_kind([ban, fox], titles, "the ban on fox hunting", in_articles) == {"casino"}
    assert _other_kind([fox, ban], titles, "the fox hunting ban", in_articles) == {"casino"}
    assert not other_engine.ask("what did ada pym say about the ban on fox hunting").found
    a = other_engine.ask("what did ada pym say about the ban on casino trickery")
    assert a.found and "psychological trickery" in a.excerpts[0].quote


def test_what_a_court_decided_is_told_in_whatever_words(other_engine):
    # "decide" frames the question: the story says "lost a landmark appeal"
    for q in ("what did the appeal court decide on the Port Alder campaigners",):
        a = other_engine.ask(q)
        assert a.found and a.excerpts[0].quote.startswith("Port Alder campaigners have lost a landmark appeal"), q
