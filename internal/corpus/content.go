package corpus

// The corpus vocabulary. Sentences are assembled from parts, so that a long
// article rarely repeats one by chance (a repeat would be a real defect).

type topic struct {
	keyword  string
	titles   []string
	leads    []string
	headings []string
	subjects []string
	verbs    []string
	objects  []string
	orgs     []string
	body     []string // filled by init from the parts
}

var tails = []string{
	"according to figures released this week", "despite objections from residents", "after months of delay",
	"ahead of a vote next month", "in a statement on its website", "as costs continued to climb",
	"following a review by independent auditors", "for the first time in a decade", "under pressure from local businesses",
	"while talks with unions went on", "at a meeting in {place}", "in a report of {n} pages", "by a margin of {pct} per cent",
	"with support from {org}", "amid questions over funding",
}

var openers = []string{"", "", "", "On balance, ", "Meanwhile, ", "In {place}, ", "By contrast, ", "Last year, ", "So far, ", "Separately, "}

var topics = []topic{
	{
		keyword:  "council budget",
		titles:   []string{"Council budget squeezed by rising costs", "{place} council weighs cuts to services", "Budget vote splits {place} council"},
		leads:    []string{"Councillors in {place} began debating a budget that would cut {n} posts and raise local taxes by {pct} per cent."},
		headings: []string{"What the cuts mean", "How the vote will work", "Reaction from residents", "The numbers"},
		subjects: []string{"The finance committee", "Opposition councillors", "The mayor's office", "Residents' groups", "Auditors", "Library staff", "The transport department", "Local traders"},
		verbs:    []string{"warned that", "argued that", "confirmed that", "questioned whether", "estimated that", "said privately that", "insisted that", "accepted that"},
		objects:  []string{"the reserve fund would run out within {n} months", "bus routes could be trimmed", "the new leisure centre would open late", "parking charges would rise", "road repairs were falling behind", "the deficit had grown to {n} million", "grants to charities would be frozen", "school meals would be protected"},
		orgs:     []string{"the county auditor", "the chamber of commerce", "the tenants' union", "the regional assembly"},
	},
	{
		keyword:  "ceasefire talks",
		titles:   []string{"Ceasefire talks resume in {place}", "Diplomats push for a new truce", "Hopes rise for a pause in fighting"},
		leads:    []string{"Negotiators met in {place} for a new round of ceasefire talks, with both delegations describing the first session as constructive."},
		headings: []string{"What is on the table", "The sticking points", "Reaction abroad", "What happens next"},
		subjects: []string{"The mediators", "Foreign ministers", "Military officials", "Aid agencies", "Observers", "Envoys from {n} countries", "The delegations", "Analysts"},
		verbs:    []string{"said that", "cautioned that", "reported that", "doubted whether", "hoped that", "suggested that", "acknowledged that", "stressed that"},
		objects:  []string{"prisoner exchanges could begin soon", "a buffer zone was under discussion", "humanitarian corridors needed guarantees", "monitoring would fall to a neutral mission", "sanctions relief was not on the agenda", "a draft text ran to {n} pages", "shelling had eased along the front", "a summit might follow"},
		orgs:     []string{"the Red Cross", "the United Nations", "the European Union", "the African Union"},
	},
	{
		keyword:  "harbour project",
		titles:   []string{"Harbour project runs over budget", "New sea wall for {place} harbour", "Ferry operators back harbour plan"},
		leads:    []string{"Work on the {place} harbour project will cost {n} million more than planned, engineers told the port board on Monday."},
		headings: []string{"Why costs rose", "The engineering challenge", "What fishermen say", "Timeline"},
		subjects: []string{"The port board", "Engineers", "Fishermen", "Ferry operators", "Environmental groups", "The contractor", "Harbour staff", "Insurers"},
		verbs:    []string{"said that", "feared that", "calculated that", "complained that", "expected that", "agreed that", "disputed that", "noted that"},
		objects:  []string{"the breakwater needed {n} more concrete blocks", "storms had damaged the old quay", "dredging would take until autumn", "the channel would close for {n} days", "steel prices had doubled", "seals had returned to the basin", "cargo volumes were falling", "the marina would expand"},
		orgs:     []string{"the coastguard", "the fishermen's cooperative", "the harbour trust", "the maritime agency"},
	},
	{
		keyword:  "inflation figures",
		titles:   []string{"Inflation eases for a third month", "Food prices keep inflation high", "Central bank weighs rate cut"},
		leads:    []string{"Consumer prices rose {pct} per cent in the year to last month, the statistics office said, a smaller increase than economists had expected."},
		headings: []string{"Food and energy", "What the central bank may do", "Wages", "The outlook"},
		subjects: []string{"Economists", "Retailers", "The statistics office", "Mortgage lenders", "Union leaders", "Bond traders", "Energy suppliers", "Households"},
		verbs:    []string{"said that", "predicted that", "warned that", "found that", "welcomed news that", "argued that", "calculated that", "reported that"},
		objects:  []string{"food prices were still rising", "rents had climbed {pct} per cent", "wage growth was slowing", "fuel costs had fallen", "interest rates might be cut", "savings were being drawn down", "shop prices had stabilised", "imports had become cheaper"},
		orgs:     []string{"the central bank", "the statistics office", "the retail consortium", "the finance ministry"},
	},
}

var quotes = []string{
	"\"We did not expect it to move this fast,\" said {name}, who has followed the issue for {n} years.",
	"\"There is still a lot of work to do,\" {name} told reporters in {place}.",
	"\"People want answers, and they want them now,\" said {name}, one of {n} people at the meeting.",
	"\"This is a step in the right direction, but only a step,\" {name} said in {place}.",
	"\"Nobody here has seen anything like it in {n} years,\" said {name}.",
	"\"We will keep asking until we get an answer,\" {name} said after the session in {place}.",
}

var places = []string{"Riverton", "Eastport", "Millbrook", "Hanover Bay", "Lakeside", "Northgate", "Westfield", "Brackley"}
var names = []string{"Ana Ruiz", "Tomas Berg", "Leila Haddad", "Owen Pryce", "Mei Lin", "Jonas Falk", "Priya Nair", "Dario Conti"}
var authors = []string{"Sam Keller", "Ruth Okafor", "Lena Vogt", "Marco Bellini", "Hana Sato"}

func init() {
	// Each topic's body sentences: opener + subject + verb + object + tail.
	for i := range topics {
		t := &topics[i]
		for _, s := range t.subjects {
			for _, v := range t.verbs {
				for _, o := range t.objects {
					t.body = append(t.body, s+" "+v+" "+o+".")
				}
			}
		}
	}
}
