package corpus

// The vocabulary of the real-text generator (realtext.go): what news pages
// say about eight kinds of story, in the register of each kind of page.
// Every sentence is written for this generator. Placeholders in braces are
// filled per article (see RealText.fill).

type story struct {
	keyword    string // what an SEO page would stuff
	titles     []string
	leads      []string
	facts      []string
	quotes     []string // words only: the attribution is added
	background []string
	faq        [][2]string
	points     [][2]string // a heading and its paragraph, for lists
	views      []string    // first-person sentences, for opinion pages
}

var stories = []story{
	{
		keyword: "interest rates",
		titles: []string{"Central bank holds rates as inflation cools", "Rate cut hopes fade after strong jobs data",
			"Borrowing costs to stay high for longer, bank signals"},
		leads: []string{
			"The {country} central bank kept its main interest rate at {pct} per cent on {weekday}, saying price growth had slowed but was not yet back to its target.",
			"Policymakers in {city} left borrowing costs unchanged for a {ordinal} meeting in a row, disappointing homeowners who had hoped for relief before the summer.",
		},
		facts: []string{
			"Consumer prices rose {pct} per cent in the year to {month}, down from {pct} per cent a month earlier.",
			"Seven of the nine members of the rate-setting committee voted to hold, while two backed a quarter-point cut.",
			"Mortgage lenders had already trimmed some fixed-rate deals in anticipation of a cut, and several may now reverse those moves.",
			"The bank raised its forecast for growth this year to {pct} per cent, citing stronger household spending.",
			"Wage growth remains the main worry for officials, running at around {pct} per cent a year.",
			"Markets now expect the first cut in {month2} at the earliest, according to pricing in futures contracts.",
			"The currency rose about half a cent against the dollar after the announcement before giving up some of its gains.",
			"Services inflation, which the bank watches closely, was little changed at {pct} per cent.",
			"Government borrowing costs edged higher, with the ten-year yield climbing to its highest level since {month}.",
			"Small businesses say the cost of credit has become the biggest obstacle to hiring, according to a survey of {big} firms.",
			"Household savings rose for a {ordinal} straight quarter as families cut back on spending on holidays and restaurants.",
		},
		quotes: []string{
			"We need to see more evidence that inflation is beaten before we can start to ease",
			"The direction of travel is clear, but the timing is not",
			"For families on variable mortgages this is another month of waiting",
			"I would not be surprised to see a cut before the end of the year",
		},
		background: []string{
			"The bank raised rates {n} times between {lastyear} and the middle of last year to tame the fastest rise in prices in a generation.",
			"Energy prices, which drove the surge in inflation, have fallen back but remain well above their level before the pandemic.",
			"Critics argue that the bank was too slow to act when prices started rising and is now too slow to respond as they fall.",
		},
		faq: [][2]string{
			{"What does the decision mean for my mortgage?", "Borrowers on tracker deals will see no change in their monthly payments for now. Those looking to fix should compare offers, as lenders price in expected cuts before the bank moves."},
			{"Why did the bank not cut rates?", "Officials said inflation in services and wages was still too strong. They want several months of lower readings before they move."},
			{"When is the next decision?", "The committee meets again in {month2}, and it will publish new forecasts at the same time."},
			{"Will savings rates fall?", "Not immediately. Banks tend to cut savings rates soon after a rate cut, so savers may want to lock in a fixed rate while they can."},
		},
		points: [][2]string{
			{"Inflation is falling, but slowly", "Prices are still rising faster than the bank would like, even if the peak is well behind us."},
			{"The vote was closer than expected", "Two members wanted a cut, a sign that the debate inside the committee is shifting."},
			{"Mortgage rates may not move much", "Lenders had already priced in cuts, so fixed deals could stay where they are for weeks."},
			{"Wages are the sticking point", "Pay is growing faster than prices, which helps workers but worries officials."},
			{"The currency liked the news", "Traders bought on the decision, though the move faded by the end of the day."},
			{"Watch the next jobs report", "A weaker labour market would make a summer cut more likely."},
		},
		views: []string{
			"I have sat through enough of these announcements to know that caution is the default setting at the bank.",
			"What strikes me is how little the decision has to do with the people who will feel it most.",
			"We should be honest that the tools the bank has are blunt, and they hit renters and young buyers hardest.",
			"Nobody wants a return to the price spikes of two years ago, but the cost of waiting is real too.",
		},
	},
	{
		keyword: "election results",
		titles: []string{"Governing party loses majority in snap election", "Opposition claims victory as count drags on",
			"Coalition talks begin after inconclusive vote"},
		leads: []string{
			"Voters in {country} stripped the governing party of its majority in {weekday}'s election, leaving the prime minister searching for partners to stay in power.",
			"The opposition alliance won the most seats in parliament, according to near-final results published by the electoral commission in {city}.",
		},
		facts: []string{
			"Turnout was {turnout} per cent, the highest in more than a decade, the commission said.",
			"The governing party won {n} of the {seats} seats, down from a clear majority at the last election.",
			"Two smaller parties that had never held seats before crossed the threshold to enter parliament.",
			"Counting was delayed in several districts after heavy rain damaged roads to polling stations.",
			"International observers said the vote was largely orderly but noted problems with the voter register.",
			"The new parliament must meet within {n} days, and the president will then invite a party leader to form a government.",
			"Young voters swung sharply towards the opposition, according to an exit poll of {big} people.",
			"Shares in state-owned companies fell {pct} per cent on the first day of trading after the vote.",
			"Postal ballots, which made up about a tenth of the total, are still being counted in the capital.",
			"The finance minister lost her own seat by fewer than {n} votes and said she would ask for a recount.",
		},
		quotes: []string{
			"The people have spoken and we have heard them",
			"Nobody won this election outright, so everybody will have to compromise",
			"We will not join any government that ignores the cost of living",
			"It will take weeks, maybe months, before we know who governs",
		},
		background: []string{
			"The election was called a year early after the government lost a vote on its budget in {month}.",
			"The country has had {n} prime ministers in the past decade, and no government has served a full term since {lastyear}.",
			"Rising rents and a long dispute with teachers over pay dominated the campaign.",
		},
		faq: [][2]string{
			{"Who won the election?", "No party won a majority. The opposition alliance has the most seats, but it will need support from at least one other group to govern."},
			{"What happens next?", "Party leaders will hold talks over the coming weeks. The president then asks the leader most likely to win a confidence vote to form a government."},
			{"Could there be another election?", "Yes, if no leader can win a confidence vote within the time allowed by the constitution."},
			{"When will the final results be known?", "The commission expects to publish certified results within ten days, once postal ballots are counted."},
		},
		points: [][2]string{
			{"No majority for anyone", "The result leaves every party short of the seats it needs to govern alone."},
			{"Turnout surged", "More people voted than at any election in a decade, driven by young voters."},
			{"New faces in parliament", "Two parties entered parliament for the first time."},
			{"A minister lost her seat", "The finance minister was beaten in her own district and wants a recount."},
			{"Markets were nervous", "Investors sold shares in state-owned firms on the first day of trading."},
			{"Coalition talks will be long", "Past negotiations have taken months, and this one looks no easier."},
		},
		views: []string{
			"I spent election night in a school hall watching volunteers count by hand, and what I saw was a country tired of being taken for granted.",
			"We keep telling ourselves that voters are apathetic, yet they turned out in numbers nobody predicted.",
			"The lesson for the governing party is not complicated: people noticed that their rent went up and their wages did not.",
			"I would rather have a messy coalition that listens than a tidy majority that does not.",
		},
	},
	{
		keyword: "heatwave",
		titles: []string{"Heatwave brings record temperatures and water limits", "Hospitals prepare as heat alert is raised",
			"Wildfire risk high as dry spell continues"},
		leads: []string{
			"Temperatures reached {temp} degrees Celsius in {city} on {weekday}, the highest ever recorded there, as a heatwave tightened its grip on the region.",
			"Authorities in {country} raised the heat alert to its highest level and told people to avoid going outside in the middle of the day.",
		},
		facts: []string{
			"The weather service said the hot spell would last at least until {weekday2}, with little relief at night.",
			"Water companies imposed a ban on garden hoses affecting about {big} households.",
			"Firefighters tackled {n} grass fires in a single day, more than in the whole of last {monthname}.",
			"Train operators cut speeds on some lines because of the risk that rails would buckle in the heat.",
			"Emergency calls for heat exhaustion rose by {pct} per cent compared with an ordinary week, health officials said.",
			"Schools in several districts closed early, and some exams were moved to the morning.",
			"Electricity demand hit a record as people switched on air conditioning, and the grid operator asked factories to cut use at peak hours.",
			"River levels fell so low that barges on the main shipping route had to carry half their usual loads.",
			"Farmers warned that the harvest of wheat and maize could be {pct} per cent smaller than last year.",
			"Cooling centres opened in libraries and community halls, staying open until ten at night.",
		},
		quotes: []string{
			"We have never seen the river this low at this time of year",
			"Please check on elderly neighbours, especially those who live alone",
			"The crops simply cannot take another week like this",
			"This is what scientists have been warning about for years",
		},
		background: []string{
			"The country's five hottest summers on record have all come since {lastyear}.",
			"Scientists say heatwaves are becoming more frequent and more intense as the climate warms.",
			"A similar heatwave {n} years ago was linked to thousands of extra deaths among older people.",
		},
		faq: [][2]string{
			{"How long will the heatwave last?", "Forecasters expect temperatures to fall gradually from the weekend, though some areas will stay hot into next week."},
			{"Who is most at risk?", "Older people, babies and young children, and people with heart or lung conditions are most vulnerable to heat."},
			{"Is there a hosepipe ban where I live?", "Check your water company's website, which lists the areas affected and when the ban starts."},
			{"How can I keep my home cool?", "Close curtains on sunny windows during the day and open windows at night when the air outside is cooler."},
		},
		points: [][2]string{
			{"Drink water before you feel thirsty", "By the time you are thirsty you may already be dehydrated."},
			{"Avoid the midday sun", "The hours between eleven and three are the hottest and most dangerous."},
			{"Keep an eye on pets", "Dogs can overheat quickly in cars and on hot pavements."},
			{"Check on neighbours", "Older people living alone are most at risk and may not ask for help."},
			{"Watch for signs of heatstroke", "Confusion, a racing heart and hot dry skin need urgent medical help."},
			{"Plan journeys carefully", "Trains may run slower, and roads can melt in extreme heat."},
		},
		views: []string{
			"I grew up in this valley, and I do not remember a summer when the river looked like this.",
			"We talk about heat as if it were a weather story, but it is a housing story and a health story too.",
			"What worries me most is how quickly we have started to treat record temperatures as normal.",
			"I would like to see every town hall open its doors as a cooling centre, not just the ones with spare budget.",
		},
	},
	{
		keyword: "hospital waiting lists",
		titles: []string{"Hospital waiting lists reach new high", "Patients wait longer for routine surgery",
			"Health service sets out plan to cut backlog"},
		leads: []string{
			"The number of people waiting for routine hospital treatment in {country} rose to {big} in {month}, the highest figure since records began.",
			"Health officials in {city} unveiled a plan on {weekday} to clear the backlog of operations within three years, promising new surgical hubs and longer opening hours.",
		},
		facts: []string{
			"About {pct} per cent of patients had waited longer than the target of eighteen weeks.",
			"Waits for hip and knee replacements were the longest, with some patients waiting more than a year.",
			"Emergency departments saw {big} attendances last month, up {pct} per cent on the same month a year earlier.",
			"The plan includes {n} new surgical centres that will handle only planned operations, away from emergency pressures.",
			"Staff shortages remain severe, with about one nursing post in ten vacant.",
			"Ambulance response times for the most serious calls improved slightly but remain above the seven-minute target.",
			"Private hospitals will be paid to carry out some operations under the plan, a move unions oppose.",
			"The number of beds occupied by patients who were well enough to go home averaged {n} a day.",
			"Cancer referrals rose to a record, and {pct} per cent of patients started treatment within two months.",
			"The health department said it would publish monthly progress reports on its website.",
		},
		quotes: []string{
			"Behind every one of these numbers is someone living in pain",
			"We are treating more patients than ever, but demand keeps rising",
			"Without more staff, new buildings will stand empty",
			"I have been waiting fourteen months and nobody can tell me when my operation will be",
		},
		background: []string{
			"Waiting lists grew sharply during the pandemic, when routine operations were postponed for months.",
			"The health service has missed its main waiting time target every month since {lastyear}.",
			"A strike by junior doctors over pay led to the cancellation of {big} appointments last year.",
		},
		faq: [][2]string{
			{"How long will I have to wait?", "Waits vary by hospital and treatment. Many hospitals publish average waiting times online, and your doctor can tell you about options elsewhere."},
			{"Can I choose a different hospital?", "In most cases patients have the right to choose where they are treated for planned care, including some private hospitals paid by the health service."},
			{"What are surgical hubs?", "They are centres that carry out only planned operations, so that they are not disrupted when emergency wards are full."},
			{"What should I do if my condition gets worse?", "Contact your doctor, who can ask the hospital to review how urgent your case is."},
		},
		points: [][2]string{
			{"The list keeps growing", "More people are waiting than at any time since records began."},
			{"Joints take longest", "Hip and knee patients face the longest waits of all."},
			{"New hubs are coming", "Dedicated centres will handle planned surgery away from emergency pressures."},
			{"Staff are the bottleneck", "Buildings alone will not help without nurses and anaesthetists."},
			{"Private capacity will be used", "Some operations will be paid for in private hospitals."},
			{"Progress will be published", "Monthly figures will show whether the plan is working."},
		},
		views: []string{
			"I have spent a year listening to patients describe what waiting does to them, and it is rarely just physical.",
			"We should stop pretending that a new building is the same thing as a new service.",
			"My worry is that the plan measures what is easy to count rather than what matters to patients.",
			"I do not blame the staff, who are doing heroic work, but I do blame years of planning that never looked further than the next winter.",
		},
	},
	{
		keyword: "artificial intelligence rules",
		titles: []string{"Lawmakers agree first rules for artificial intelligence", "Tech firms face fines under new AI law",
			"Regulator opens inquiry into chatbot data"},
		leads: []string{
			"Lawmakers in {city} reached a deal late on {weekday} on rules for artificial intelligence that would force companies to disclose how their most powerful systems are trained.",
			"The data protection regulator in {country} said it had opened an inquiry into how a popular chatbot handles personal information.",
		},
		facts: []string{
			"Companies that break the rules could be fined up to {pct} per cent of their global turnover.",
			"Systems used in hiring, credit scoring and policing would be classed as high risk and face extra checks.",
			"The law would ban the use of AI to rank citizens by their social behaviour.",
			"Developers of large models would have to publish summaries of the material used to train them.",
			"The rules would take effect in stages over {n} months, starting with the bans.",
			"More than {big} companies responded to a consultation on the draft, many asking for clearer definitions.",
			"The regulator can order a service to stop processing data while its inquiry continues.",
			"Start-ups would get access to testing environments run by national authorities, free of charge.",
			"Consumer groups welcomed the deal but said the rules on facial recognition had too many exceptions.",
			"The industry association said the law could push investment abroad if it was applied too strictly.",
		},
		quotes: []string{
			"We wanted rules that protect people without stopping innovation",
			"The devil will be in the detail of how this is enforced",
			"Companies have had years to get ready for this",
			"People deserve to know when a machine is making decisions about them",
		},
		background: []string{
			"Work on the law began in {lastyear}, long before chatbots became a household name.",
			"Several countries have published voluntary codes, but few have passed binding legislation.",
			"The debate intensified after a series of cases in which automated systems wrongly flagged people for fraud.",
		},
		faq: [][2]string{
			{"What counts as high-risk AI?", "Systems used in areas such as hiring, education, credit and law enforcement, where mistakes can seriously affect people's lives."},
			{"Will chatbots be banned?", "No. General-purpose systems will face transparency duties, and the most powerful ones extra testing, but they are not banned."},
			{"When do the rules apply?", "The bans apply first, within months of the law taking effect; most other duties follow over the next two years."},
			{"Who enforces the law?", "National authorities in each country, coordinated by a new central office."},
		},
		points: [][2]string{
			{"Some uses are banned outright", "Social scoring and some kinds of manipulation will not be allowed."},
			{"High-risk systems get checks", "Tools used in hiring or credit must be tested and documented."},
			{"Training data must be summarised", "Developers of large models will publish what they trained on."},
			{"Fines can be large", "Penalties are linked to a company's global turnover."},
			{"Start-ups get help", "Free testing environments are meant to lower the cost of compliance."},
			{"Enforcement starts slowly", "The rules come in stages over two years."},
		},
		views: []string{
			"I have used these tools every day for a year, and I still could not tell you exactly how they reach their answers.",
			"We regulate cars, medicines and food because mistakes hurt people, and software that decides who gets a loan is no different.",
			"My fear is not that the rules are too strict but that nobody will have the staff to enforce them.",
			"I would trade a little speed for a lot more accountability, and I suspect most people would too.",
		},
	},
	{
		keyword: "rail strike",
		titles: []string{"Rail strike halts most trains across the country", "Commuters face disruption as rail talks collapse",
			"Union announces new strike dates in pay dispute"},
		leads: []string{
			"Most train services in {country} were cancelled on {weekday} as rail workers walked out in a long-running dispute over pay and working conditions.",
			"The rail union announced {n} more days of strikes after talks with operators in {city} broke down without agreement.",
		},
		facts: []string{
			"Only about one train in five ran, mostly on main lines between large cities, and services stopped by early evening.",
			"The union says its members have had a real-terms pay cut of {pct} per cent over three years.",
			"Operators have offered a rise of {pct} per cent this year, linked to changes in working practices.",
			"Road traffic into the capital was {pct} per cent heavier than on a normal weekday, according to navigation data.",
			"Retailers in city centres reported a sharp fall in visitors, with some cafés closing for the day.",
			"Tickets for strike days can be used the day before or up to two days after, or refunded in full.",
			"The government said it would bring in laws requiring a minimum level of service during strikes.",
			"About {big} workers took part in the walkout, according to the union.",
			"Freight trains were also affected, and some ports warned of delays to deliveries.",
			"Previous strikes in the dispute have cost the industry an estimated {money} in lost revenue.",
		},
		quotes: []string{
			"Nobody wants to strike, but our members have been left with no choice",
			"The offer on the table is fair and affordable",
			"I have missed two days of work this month already",
			"Passengers are paying the price for a dispute they have no part in",
		},
		background: []string{
			"The dispute began in {lastyear}, when the union first balloted members over pay.",
			"Passenger numbers have not fully recovered since the pandemic, and operators say revenue is still below its earlier level.",
			"A deal was close in {month}, but it fell apart over plans to close ticket offices.",
		},
		faq: [][2]string{
			{"Which trains are running?", "A reduced timetable runs on main lines. Check your operator's website before you travel, as services can change at short notice."},
			{"Can I get a refund?", "Yes. Tickets for strike days can be refunded without a fee, or used on nearby days."},
			{"Why are workers striking?", "The union wants a pay rise that keeps pace with prices and no compulsory job cuts."},
			{"When are the next strikes?", "The union has announced new dates later this month and says more may follow."},
		},
		points: [][2]string{
			{"Check before you travel", "Timetables change at short notice on strike days."},
			{"Refunds are available", "You do not need to pay a fee for a refund on a strike day."},
			{"Work from home if you can", "Employers have been asked to be flexible."},
			{"Expect busy roads", "Traffic is heavier when trains are not running."},
			{"Buses may be crowded", "Some operators add extra services, but queues are likely."},
			{"More dates are coming", "The dispute shows no sign of ending soon."},
		},
		views: []string{
			"I have commuted by train for fifteen years, and I have rarely felt less sure that my train will turn up.",
			"We should be able to hold two thoughts at once: strikes are disruptive, and workers deserve a fair wage.",
			"My frustration is less with the union than with the years of talks that went nowhere.",
			"I would like the ministers who talk about minimum service levels to stand on a cold platform at seven in the morning.",
		},
	},
	{
		keyword: "trade deal",
		titles: []string{"Trade deal cuts tariffs on cars and farm goods", "Talks on trade pact stall over farm subsidies",
			"Exporters welcome new trade agreement"},
		leads: []string{
			"{official} said on {weekday} that a trade agreement with {country2} would cut tariffs on most goods within five years.",
			"Negotiators from {country} and {country2} ended a round of talks in {city} without a deal, blaming disagreements over farm subsidies.",
		},
		facts: []string{
			"Tariffs on cars would fall from {pct} per cent to zero over seven years under the agreement.",
			"Trade between the two countries was worth {money} last year, according to official figures.",
			"Farmers' groups fear cheaper imports of beef and dairy products would undercut local producers.",
			"The deal includes a chapter on digital trade that bans customs duties on electronic transmissions.",
			"Businesses would be able to bid for government contracts in the other country for the first time.",
			"The agreement must still be approved by both parliaments, which could take a year or more.",
			"Exports of wine and spirits would benefit most, according to an analysis by the trade ministry.",
			"Environmental groups want the deal to include binding commitments on deforestation.",
			"Talks have gone through {n} rounds since they were launched.",
			"Officials said the two sides had agreed on rules for where goods come from, a long-running sticking point.",
		},
		quotes: []string{
			"This agreement opens doors for our exporters that have been closed for decades",
			"We will not sign a deal that sacrifices our farmers",
			"The details matter more than the headlines",
			"Small firms are the ones who stand to gain the most",
		},
		background: []string{
			"Talks were launched in {lastyear} but were paused for more than a year during a dispute over steel tariffs.",
			"The two countries are already among each other's ten largest trading partners.",
			"Similar deals signed in recent years have taken up to three years to come into force.",
		},
		faq: [][2]string{
			{"What is in the trade deal?", "Lower tariffs on most goods, access to government contracts, and rules on digital trade and services."},
			{"Will food get cheaper?", "Some imported foods may become slightly cheaper as tariffs fall, but the effect on shop prices is likely to be small."},
			{"Why are farmers worried?", "They fear competition from larger producers abroad who face different standards and costs."},
			{"When will the deal take effect?", "Only after both parliaments approve it, which could take a year or more."},
		},
		points: [][2]string{
			{"Car tariffs will go", "Duties on cars fall to zero over seven years."},
			{"Farmers are unhappy", "Beef and dairy producers fear cheaper imports."},
			{"Digital trade is covered", "No customs duties on electronic transmissions."},
			{"Public contracts open up", "Firms can bid for contracts in the other country."},
			{"Parliaments still need to vote", "Approval could take a year or more."},
			{"Wine exporters win most", "Drinks makers are expected to benefit first."},
		},
		views: []string{
			"I have covered trade talks for a decade, and the hardest part is always the part nobody puts in the press release.",
			"We should welcome lower tariffs while being honest about who pays for them.",
			"My sympathy is with the farmers, who are asked to compete with rivals playing by different rules.",
			"I would judge this deal not by the signing ceremony but by what happens to small exporters five years from now.",
		},
	},
	{
		keyword: "housing market",
		titles: []string{"House prices fall for a third month", "Rents rise at fastest pace on record",
			"First-time buyers priced out as mortgage costs climb"},
		leads: []string{
			"House prices in {country} fell {pct} per cent in {month}, the third monthly fall in a row, as higher mortgage rates weighed on demand.",
			"Average rents in {city} rose by {pct} per cent over the past year, the fastest increase since records began, according to a property website.",
		},
		facts: []string{
			"The average home now costs {money}, about {n} times the average salary.",
			"Mortgage approvals fell to {big} last month, well below the long-term average.",
			"The number of homes for rent listed on the website was {pct} per cent lower than a year ago.",
			"Builders started work on fewer homes than in any quarter since {lastyear}.",
			"First-time buyers now need a deposit of about {money} on average.",
			"Prices fell most in the south, while some northern cities still recorded small gains.",
			"Estate agents reported that more sellers were cutting their asking prices to secure a sale.",
			"Landlords say higher taxes and interest costs have pushed many of them to sell up.",
			"The government has promised to build {big} homes a year but has never met that target.",
			"Tenants in the capital now spend close to {pct} per cent of their income on rent.",
		},
		quotes: []string{
			"Buyers are taking their time and negotiating hard",
			"We have been looking for a flat for six months and prices keep going up",
			"The market is adjusting, not collapsing",
			"Until we build more homes, rents will keep rising",
		},
		background: []string{
			"Prices rose by about a quarter during the pandemic, as buyers sought more space and borrowing was cheap.",
			"Mortgage rates roughly doubled between {lastyear} and last year.",
			"Housing has become a central issue in local elections, with every party promising more homes.",
		},
		faq: [][2]string{
			{"Will house prices keep falling?", "Most forecasters expect small falls this year, followed by a slow recovery as interest rates come down."},
			{"Is now a good time to buy?", "It depends on your circumstances. Falling prices help buyers, but mortgage costs are still high."},
			{"Why are rents rising so fast?", "Demand from tenants has grown while the number of homes for rent has fallen."},
			{"What help is there for first-time buyers?", "Schemes vary, but they may include lower stamp duty and government-backed loans for smaller deposits."},
		},
		points: [][2]string{
			{"Prices are slipping", "A third monthly fall suggests the market has turned."},
			{"Rents are soaring", "Tenants face the steepest increases on record."},
			{"Deposits are still huge", "First-time buyers need tens of thousands saved."},
			{"Building has slowed", "Fewer homes were started than in years."},
			{"Sellers are cutting prices", "Asking prices are coming down to secure sales."},
			{"Regional gaps are wide", "Some northern cities still see rising prices."},
		},
		views: []string{
			"I rent a small flat with two friends, and we spend more on it than my parents paid for their first house.",
			"We talk about the housing market as if it were weather, when it is the result of choices made by governments.",
			"My generation was told to work hard and save, and many of us did, only to watch the goalposts move.",
			"I do not want prices to crash, but I do want a system where a nurse can afford to live near her hospital.",
		},
	},
}

// Attribution: who says a quote, and how.
var (
	saysVerbs    = []string{"said", "told reporters", "said in a statement", "told a news conference", "wrote on social media", "said in an interview"}
	firstNames   = []string{"Maria", "Daniel", "Aisha", "Tomasz", "Sofia", "James", "Priya", "Lukas", "Fatima", "Kenji", "Elena", "Samuel", "Ines", "Omar", "Claire", "Mateo", "Hannah", "Rahul", "Nadia", "Peter", "Grace", "Viktor", "Leila", "Marco"}
	lastNames    = []string{"Alvarez", "Brennan", "Okafor", "Nowak", "Lindqvist", "Moreau", "Haddad", "Kowalski", "Tanaka", "Fischer", "Rossi", "Mensah", "Costa", "Novak", "Sharma", "O'Neill", "Petrov", "Dubois", "Kaya", "Jensen", "Silva", "Wright", "Murphy", "Nakamura"}
	roles        = []string{"an economist at {inst}", "a spokesperson for {inst}", "a professor at {uni}", "a senior analyst at {inst}", "the head of {inst}", "a researcher at {uni}", "a local councillor", "a union representative", "a small business owner", "a retired teacher"}
	institutions = []string{"a research institute in {city}", "the national chamber of commerce", "a consumer association", "an independent think tank", "the regional development agency", "a workers' federation", "an industry association", "a patients' charity"}
	universities = []string{"the University of {city}", "the {city} School of Economics", "the Technical University", "a medical school in {city}"}
	cities       = [][2]string{{"Lisbon", "Portugal"}, {"Warsaw", "Poland"}, {"Nairobi", "Kenya"}, {"Manila", "the Philippines"}, {"Ottawa", "Canada"}, {"Lyon", "France"}, {"Hamburg", "Germany"}, {"Seville", "Spain"},
		{"Bergen", "Norway"}, {"Auckland", "New Zealand"}, {"Accra", "Ghana"}, {"Bogotá", "Colombia"}, {"Osaka", "Japan"}, {"Brno", "the Czech Republic"}, {"Leeds", "Britain"}, {"Denver", "the United States"},
		{"Porto", "Portugal"}, {"Gdańsk", "Poland"}, {"Turin", "Italy"}, {"Ghent", "Belgium"}}
	agencies  = []string{"Newswire", "National Press Service", "Wire Reporters", "Continental News"}
	ordinals  = []string{"second", "third", "fourth", "fifth", "sixth"}
	outlets   = []string{"The Daily Ledger", "Metro Courier", "The Northern Post", "City Observer", "The Morning Record", "Harbour Times"}
	columnist = []string{"writes about economics and public policy", "has covered politics for twenty years", "is a former health correspondent", "writes a weekly column on cities and housing"}
)

// Page furniture: what content farms and CMS templates put around the
// story.
var (
	farmOpeners = []string{
		"In today's fast-paced world, staying informed about {kw} has never been more important.",
		"If you are looking for the latest information on {kw}, you have come to the right place.",
		"In this article, we will explore everything you need to know about {kw}.",
		"Are you wondering what {kw} means for you? Read on to find out.",
	}
	farmFiller = []string{
		"It is important to note that {kw} can affect many aspects of daily life.",
		"Understanding {kw} is essential for anyone who wants to make informed decisions.",
		"Many experts agree that {kw} will remain a hot topic in the months ahead.",
		"Stay tuned for more updates on {kw} as the story develops.",
		"We hope this guide to {kw} has been helpful and informative.",
		"Whether you are a beginner or an expert, this overview of {kw} has something for you.",
	}
	farmClosers = []string{
		"In conclusion, {kw} is a complex topic with many moving parts.",
		"Thank you for reading! Don't forget to share this article with your friends and family.",
		"If you found this article useful, please bookmark our site for more updates.",
	}
	widgets = [][]string{
		{"Share this:", "Facebook", "X", "WhatsApp", "Email"},
		{"Related Posts"},
		{"How useful was this post?", "Click on a star to rate it!", "Average rating {rating} / 5. Vote count: {n}"},
		{"Leave a Reply", "Your email address will not be published. Required fields are marked *", "Save my name, email, and website in this browser for the next time I comment."},
		{"Subscribe to our newsletter", "Get the latest news delivered to your inbox every morning."},
		{"You may also like"},
	}
	navItems = []string{"Home", "World", "Politics", "Business", "Science", "Health", "Sport", "Culture", "Opinion"}
)
