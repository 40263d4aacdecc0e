package facts

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/engine/lexicon/lexicontest"
)

func extractDated(t *testing.T, name, src, date string) *Facts {
	t.Helper()
	format, _ := document.FormatFor(name)
	doc, err := document.Read(name, []byte(src), format)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(doc, Options{Lexicon: lexicontest.Builtin(t), Date: date})
}

func teaserSummary(f *Facts) string {
	var out []string
	for _, t := range f.Teasers {
		out = append(out, fmt.Sprintf("%s %d-%d label=%d %d", t.Kind, t.FirstBlock, t.LastBlock, t.Label, len(t.Headlines)))
	}
	return strings.Join(out, "; ")
}

const storyBody = `The ferry operator raised fares on every route to the islands on Monday, blaming the price of fuel and the cost of repairs to two ageing boats.

Passengers on the morning crossing said the rise of almost a tenth would hit commuters hardest, since season tickets were not spared.

The operator said the money would pay for a new engine for the larger boat, which has missed sailings twice this winter.
`

func TestContentsHeadNoTeasers(t *testing.T) {
	// The lines under a table of contents are the article's own sections;
	// under another label they are teasers.
	const note = "A note for readers: this page is also available in print at the harbour office, and in larger type on request at the desk by the ticket hall.\n"
	for heading, want := range map[string]string{
		"✩ Table of Contents ✩": "", "Sommaire": "", "Inhaltsverzeichnis": "", "Índice de contenidos": "",
		"More Stories": "label 2-3 label=2 1",
	} {
		src := "Ferry fares rise by a tenth\n" + note + heading + "\n1. Harbour Life: The Season in 2025\n" + storyBody
		if got := teaserSummary(extract(t, "story.txt", src)); got != want {
			t.Errorf("%s: teasers %q, want %q", heading, got, want)
		}
	}
}

func TestTeasersAfterALabel(t *testing.T) {
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
More Stories

Mountain Pass Closed as Snow Returns Early

SPORTS | MARCH 3, 2025

Council Approves New Cycle Lanes for the Old Town
`
	f := extract(t, "story.txt", src)
	if got := teaserSummary(f); got != "label 4-7 label=4 2" {
		t.Errorf("teasers: %s", got)
	}
	if f.Header == nil || f.Header.LastBlock != 0 || f.Header.Blocks[0].Role != "title" {
		t.Errorf("header: %+v", f.Header)
	}
}

func TestAQuestionHeadlineAfterALabel(t *testing.T) {
	// Another story's headline may ask; the article's own question under
	// the label shares its words and is no teaser.
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
Read Also

Is the Mountain Pass Safe to Drive Before the Snow Returns?
`
	f := extract(t, "question.txt", src)
	if got := teaserSummary(f); got != "label 4-5 label=4 1" {
		t.Errorf("teasers: %s", got)
	}
	own := "Ferry fares rise by a tenth\n\n" + storyBody + `
Read Also

Will the operator raise ferry fares on the island routes again?
`
	if f := extract(t, "own.txt", own); len(f.Teasers) != 0 {
		t.Errorf("the article's own question is a teaser: %s", teaserSummary(f))
	}
}

func TestTeaserListAndDatedHeadline(t *testing.T) {
	plain := "Ferry fares rise by a tenth\n\n" + storyBody + `
Mountain Pass Closed as Snow Returns Early

Council Approves New Cycle Lanes for the Old Town

Striking Bus Drivers Return to Talks With City Hall
`
	f := extract(t, "list.txt", plain)
	if got := teaserSummary(f); got != "list 4-6 label=-1 3" {
		t.Errorf("plain teasers: %s", got)
	}
	// A page's title printed twice over its subtitle is its header.
	header := "Road crews expect the pass to stay shut until the weekend, with more snow forecast for the north.\n\nMountain Pass Closed as Snow Returns Early\n\nMountain Pass Closed as Snow Returns Early\n\nDrivers Told to Avoid the Northern Route Until Monday\n\n" + storyBody
	if f := extract(t, "header.txt", header); len(f.Teasers) != 0 {
		t.Errorf("the page's header as teasers: %s", teaserSummary(f))
	}
	dated := "Ferry fares rise by a tenth\n\n" + storyBody + "\nBridge Vote Delayed Again as Engineers Object to the DesignMay 2, 2027\n"
	f = extractDated(t, "dated.txt", dated, "2025-03-03")
	if len(f.Teasers) != 1 || f.Teasers[0].Kind != "dated" || !f.Teasers[0].Glued || f.Teasers[0].Date != "May 2, 2027" {
		t.Errorf("glued date: %+v", f.Teasers)
	}
	// A date written day first, stuck to the headline, in each language.
	for headline, date := range map[string]string{
		"Bridge Vote Delayed Again as Engineers Object to the Design2 May 2027":         "2 May 2027",
		"Le vote sur le pont est encore reporté à cause des ingénieurs2 mai 2027":       "2 mai 2027",
		"Abstimmung über die Brücke erneut wegen der Ingenieure vertagt2. Mai 2027":     "2. Mai 2027",
		"La votación del puente se aplaza otra vez por los ingenieros2 de mayo de 2027": "2 de mayo de 2027",
	} {
		f = extractDated(t, "dated.txt", "Ferry fares rise by a tenth\n\n"+storyBody+"\n"+headline+"\n", "2025-03-03")
		if len(f.Teasers) != 1 || f.Teasers[0].Kind != "dated" || !f.Teasers[0].Glued || f.Teasers[0].Date != date {
			t.Errorf("%s: %+v", headline, f.Teasers)
		}
	}
	later := "Ferry fares rise by a tenth\n\n" + storyBody + "\nBridge Vote Delayed Again on May 2, 2027 as Engineers Object\n"
	f = extractDated(t, "later.txt", later, "2025-03-03")
	if len(f.Teasers) != 1 || f.Teasers[0].Kind != "dated" || f.Teasers[0].Glued {
		t.Errorf("later date: %+v", f.Teasers)
	}
	f = extractDated(t, "later.txt", later, "2027-05-01")
	if len(f.Teasers) != 0 {
		t.Errorf("a date before the article's end plus a month is no teaser: %+v", f.Teasers)
	}
}

// Headlines that each end with a time stamp, two or more in a row and
// sharing nothing with the article, are a widget's list of other stories,
// in any of the four languages. A date ends the lines of the article's own
// timeline too: a run stamped by dates alone counts only after prose, not
// under a heading, and its dates after the article's make no dated
// teasers. A time ago may stand on its own line under its headline ("hace
// 3 horas"), and a headline stamped by a time ago may share a word with
// the article, as another story of the same place does; but a headline
// right under a stamp line is a list that puts each stamp above its
// headline (a live blog's key moments), not paired with the stamp under
// it. One stamped line is not a list unless a dash sets its time ago off
// ("… — 4 hours ago"), outside a live blog; a clock time is a
// schedule's.
func TestStampedTeasers(t *testing.T) {
	for name, c := range map[string]struct {
		tail, want string
	}{
		"ago":                          {"Celebrity Chef Opens a Third Restaurant in Lisbon 12 hours ago\n\nFive things to know about the new phone 2 days ago\n", "stamped 4-5 label=-1 2"},
		"mixed":                        {"Stock markets slide as oil prices jump Sep 9, 2025\n\nCelebrity chef opens a third restaurant in Lisbon 3 hours ago\n", "stamped 4-5 label=-1 2"},
		"dates after prose":            {"Tokyo stocks slide on weak export data Sep 9, 2025\n\nChess champion keeps her crown in Oslo Sep 8, 2025\n", "stamped 4-5 label=-1 2"},
		"french":                       {"Un chef célèbre ouvre un troisième restaurant à Lisbonne il y a 3 heures\n\nLes marchés reculent face à la hausse du pétrole il y a 5 heures\n", "stamped 4-5 label=-1 2"},
		"dates under a heading":        {"Key dates\n\nBallot of union members across the network opened August 4, 2025\n\nFirst walkout by drivers on the northern lines began August 20, 2025\n", ""},
		"future dates under a heading": {"Key dates\n\nOperators present their new offer to the unions October 22, 2025\n\nWinter timetable with fewer night trains begins December 14, 2025\n", ""},
		"one line":                     {"Celebrity chef opens a third restaurant in Lisbon 12 hours ago\n", ""},
		"stamp lines, colon kickers":   {"Ferry strike: dockers vote to walk out over pay\n\n3 hours ago\n\nMountain pass: snow closes the road again\n\n5 hours ago\n", "stamped 4-7 label=-1 2"},
		"hace lines":                   {"Desconvocada la huelga de los estibadores del puerto\n\nhace 3 horas\n\nUn chef con estrella abre un restaurante en un faro\n\nhace 5 horas\n", "stamped 4-7 label=-1 2"},
		"vor lines":                    {"Streik der Fährleute nach Einigung abgesagt\n\nvor 3 Stunden\n\nSchnee sperrt erneut die Passstraße im Norden\n\nvor 5 Stunden\n", "stamped 4-7 label=-1 2"},
		"yesterday":                    {"Chess champion keeps her crown in Oslo — Yesterday\n\nCelebrity chef opens a third restaurant in Lisbon — 2 days ago\n", "stamped 4-5 label=-1 2"},
		"one line, stamp set off":      {"Chess champion keeps her crown in Oslo — 4 hours ago\n", "stamped 4-4 label=-1 1"},
		"one line in a live blog":      {"09:15 – The first boat of the day left on time, the operator said.\n\nChess champion keeps her crown in Oslo — 4 hours ago\n", ""},
		"stamps above headlines":       {"Key moments\n\n1 hour ago\n\nUnions call a meeting for Friday evening\n\n3 hours ago\n\nCommuters queue for season tickets at the quay\n\n5 hours ago\n\nOperator names a new captain for the larger boat\n", ""},
		"clock times":                  {"Men's marathon start at the cathedral 08:00\n\nClosing ceremony at the main stadium 21:00\n", ""},
	} {
		f := extractDated(t, "stamped.txt", "Ferry fares rise by a tenth\n\n"+storyBody+"\n"+c.tail, "2025-09-10")
		if got := teaserSummary(f); got != c.want {
			t.Errorf("%s: teasers %q, want %q", name, got, c.want)
		}
	}
}

func TestSubheadingsAreNotTeasers(t *testing.T) {
	src := "# Ferry fares rise by a tenth\n\n" + storyBody + `
## What Passengers Will Pay From Monday

Season tickets rise by the same share as single fares, the operator said.

## Why the Operator Says It Needs the Money

Two boats are more than thirty years old and need new engines.
`
	f := extract(t, "sections.md", src)
	if len(f.Teasers) != 0 {
		t.Errorf("teasers: %s", teaserSummary(f))
	}
}

func TestTrailersQueriesAndSplices(t *testing.T) {
	src := `Who is the harbourmaster of Port Elling? What to know

who is the harbourmaster of port elling

Before she was who is the harbourmaster of Port Elling, Ana Brook ran the ferry company for a decade and sat on the port board.

She says the port will need a new breakwater within ten years. — Cup Draw Results: Fixtures and Kick-off Times

The new quay is a disgrace and everyone on this island knows it, so stop pretending otherwise. — Mara Quill (@MaraQuill) March 4, 2025

Brook was appointed in March after a vote of the port board, which praised her work on the timetable. The Coastal Gazette

«Wir bauen die neue Mole bis zum Herbst», sagt die Hafenmeisterin Ana Brook am Kai. - Foto: Jan Olsen/dpa

La alcaldesa de Port Elling, Ana Brook, saluda a los pescadores en el muelle nuevo, a 3 de marzo de 2025. - Jan Olsen - Europa Press - Archivo

He also named two deputies.
`
	f := extract(t, "q.txt", src)
	if !blockAt(t, f, "who is the harbourmaster").Query {
		t.Error("the lower-case question line is a query")
	}
	if blockAt(t, f, "Before she was").Query {
		t.Error("a sentence is not a query")
	}
	if len(f.Splices) != 1 || f.Splices[0].Text != "who is the harbourmaster of Port Elling" {
		t.Errorf("splices: %+v", f.Splices)
	}
	var tr []string
	for _, x := range f.Trailers {
		tr = append(tr, x.Kind+":"+x.Text)
	}
	if strings.Join(tr, "|") != "headline:Cup Draw Results: Fixtures and Kick-off Times|source:The Coastal Gazette|credit:Foto: Jan Olsen/dpa|credit:Jan Olsen - Europa Press - Archivo" {
		t.Errorf("trailers: %v", tr)
	}
	if !blockAt(t, f, "He also named").Anaphoric || blockAt(t, f, "Brook was appointed").Anaphoric {
		t.Error("anaphoric openings")
	}
}

func TestSpeechCarriesOn(t *testing.T) {
	// A paragraph that goes on with a speaker's words carries on from the
	// one before, in Spanish and French as in English.
	f := extract(t, "a.txt", "El puerto reabre\n\nLa alcaldesa Ana Ruiz anunció el lunes la reapertura del puerto tras la tormenta de enero.\n\nSobre el coste de las obras, aseguró que el Gobierno regional pagará la mitad.\n\nLe maire a visité le chantier.\n\nPour les travaux du quai, a-t-il ajouté, l'État paiera la moitié.\n\nEl coste de las obras subió un tercio.\n")
	if !blockAt(t, f, "Sobre el coste").Anaphoric || !blockAt(t, f, "Pour les travaux").Anaphoric || blockAt(t, f, "El coste de las").Anaphoric {
		t.Error("speech carried on")
	}
}

func TestLabelBeforeAnotherWidgetHeadsNothing(t *testing.T) {
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
Related Posts

Leave a Reply

Your email address will not be published. Required fields are marked *
`
	f := extract(t, "widget.txt", src)
	if len(f.Teasers) != 0 {
		t.Errorf("a comment form is not a teaser: %s", teaserSummary(f))
	}
}

func TestInlineLabelAfterALabelIsATeaserOfItsOwn(t *testing.T) {
	// "Advertisement" labels nothing when the next block is a teaser with
	// its own label: that teaser starts at its own block.
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
Advertisement

Read more: Mountain Pass Closed as Snow Returns Early
`
	f := extract(t, "story.txt", src)
	if got := teaserSummary(f); got != "label 5-5 label=5 1" {
		t.Errorf("teasers: %s", got)
	}
}

// A teaser's label is given as written, and a label on its headline's
// line is cut off the headline's text, at its first colon, with the space
// French sets before it.
func TestTeaserLabelTexts(t *testing.T) {
	for _, c := range []struct{ tail, label, text string }{
		{"More Stories\n\nMountain Pass Closed as Snow Returns Early\n", "More Stories", "Mountain Pass Closed as Snow Returns Early"},
		{"Read more: Mountain Pass Closed as Snow Returns Early\n", "Read more", "Mountain Pass Closed as Snow Returns Early"},
		{"Voir aussi : Les tarifs du bac augmentent encore cet hiver\n", "Voir aussi", "Les tarifs du bac augmentent encore cet hiver"},
		{"Read more: Snow Returns: Mountain Pass Closed Again\n", "Read more", "Snow Returns: Mountain Pass Closed Again"},
	} {
		f := extract(t, "story.txt", "Ferry fares rise by a tenth\n\n"+storyBody+"\n"+c.tail)
		if len(f.Teasers) != 1 {
			t.Errorf("%q: teasers %s", c.tail, teaserSummary(f))
			continue
		}
		if tz := f.Teasers[0]; tz.LabelText != c.label || len(tz.Texts) != 1 || tz.Texts[0] != c.text {
			t.Errorf("%q: label %q, texts %q; want %q, [%q]", c.tail, tz.LabelText, tz.Texts, c.label, c.text)
		}
	}
	// A list of headlines has no label.
	src := "Ferry fares rise by a tenth\n\n" + storyBody + "\nMountain Pass Closed as Snow Returns Early\n\nCouncil Approves New Cycle Lanes for the Old Town\n\nLighthouse Keepers Return to the Northern Cape\n"
	f := extract(t, "list.txt", src)
	for _, tz := range f.Teasers {
		if tz.LabelText != "" || tz.Label != -1 {
			t.Errorf("a list's label: %d %q", tz.Label, tz.LabelText)
		}
	}
}

// The trailer expressions run on the tail of a block only: the same
// matches as over the whole block.
func TestTrailerTailsFindWhatTheWholeBlockDoes(t *testing.T) {
	texts := []string{
		"The council met on Monday. It approved the plan. Reuters",
		"The council met on Monday. It approved the plan.  The Associated Press",
		"Rates rose again. — Markets Rally As Rates Rise Again Across Europe",
		"He said so! “Le Monde”",
		"A sentence. Another one. U.S. News Today",
		"A sentence.\tAgence France-Presse Staff Report",
		"No trailer here at all, just prose that ends.",
		"Short. A B C D E F",
		"É. Ça Va Élan Été",
	}
	for _, s := range texts {
		want := sourceTrailerRE().FindStringSubmatchIndex(s)
		from := sourceTrailerTail(s)
		got := sourceTrailerRE().FindStringSubmatchIndex(s[from:])
		for i := range got {
			if got[i] >= 0 {
				got[i] += from
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("source %q: tail %v, whole %v", s, got, want)
		}
		want = dashTrailerRE().FindStringSubmatchIndex(s)
		got = nil
		if from := strings.LastIndexAny(s, ".!?"); from >= 0 {
			got = dashTrailerRE().FindStringSubmatchIndex(s[from:])
			for i := range got {
				if got[i] >= 0 {
					got[i] += from
				}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("dash %q: tail %v, whole %v", s, got, want)
		}
	}
}

func TestContentsListIsNotTeasers(t *testing.T) {
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
Contents

1. Which Routes Are Affected by the Rise

2. What Season Ticket Holders Will Pay

Which Routes Are Affected by the Rise

Every route to the islands costs more from Monday, the operator said, except the night boat to the northern harbour.

What Season Ticket Holders Will Pay

Season tickets rise by the same tenth from the first of next month, although pupils and pensioners keep their discounts.
`
	f := extract(t, "toc.txt", src)
	if len(f.Teasers) != 0 {
		t.Errorf("an outline of the article's own sections is not teasers: %s", teaserSummary(f))
	}
	var entries []int
	for _, b := range f.Blocks {
		if b.Contents {
			entries = append(entries, b.Index)
		}
	}
	if fmt.Sprint(entries) != "[5 6]" {
		t.Errorf("contents entries: %v", entries)
	}
}

func TestOneLineRepeatingAHeadingIsNoContents(t *testing.T) {
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
Which Routes Are Affected by the Rise

Every route to the islands costs more, the operator said, except the night boat.

Which Routes Are Affected by the Rise
`
	f := extract(t, "one.txt", src)
	for _, b := range f.Blocks {
		if b.Contents {
			t.Errorf("block %d %q: one repeat alone is not a table of contents", b.Index, b.Text)
		}
	}
}

func TestShopButtonIsNoTeaser(t *testing.T) {
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
Table of Contents Toggle

Waterproof Ferry Timetable Poster 9.99 In stock Add to cart
`
	f := extract(t, "shop.txt", src)
	if len(f.Teasers) != 0 {
		t.Errorf("a shop box's line is not a teaser: %s", teaserSummary(f))
	}
}

func TestColonHeadline(t *testing.T) {
	for text, want := range map[string]bool{
		"Read more: Mayor hails new tram deal":            true,
		"Lire aussi : Le phare rouvre":                    true,
		"Posted by Ana at 10:05 AM No comments:":          false,
		"Eingestellt von Jonas um 19:12 Keine Kommentare": false,
		"Share this:": false,
		// A label's value is no headline; a headline may open with a number.
		"Estimated reading time: 4 minutes":          false,
		"Read time: 6 min read":                      false,
		"Read more: 5 things to know about the vote": true,
	} {
		if got := colonHeadline(text); got != want {
			t.Errorf("colonHeadline(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAdBreakLineIsNoTeaser(t *testing.T) {
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
Story continues below advertisement

La noticia continúa después de la publicidad
`
	f := extract(t, "adbreak.txt", src)
	if len(f.Teasers) != 0 {
		t.Errorf("an ad-break line is not a teaser: %s", teaserSummary(f))
	}
}

// A teaser's blurb stands under its headline; the paragraphs after the
// last teaser are the story going on, and the unit ends at its headline.
func TestBlurbsStandUnderTheirHeadlines(t *testing.T) {
	src := "Ferry fares rise by a tenth\n\n" + storyBody + `
Most Read

Mountain Pass Closed as Snow Returns Early

Drivers were turned back at the toll gate.

Council Approves New Cycle Lanes for the Old Town

Islanders who cross every day for work say they will now take the early boat, which still sells cheaper tickets before seven in the morning on weekdays. Some will share cars on the mainland side instead.

The operator will publish the new fares on its website and at each harbour office by the end of the week, and season tickets bought before Monday stay valid until they run out.
`
	f := extract(t, "story.txt", src)
	// However little the story's last paragraphs share with the rest.
	for i := 8; i < len(f.Blocks); i++ {
		f.Blocks[i].Similarity = 0.01
	}
	f.Teasers = teasers(f, map[int]bool{})
	if got := teaserSummary(f); got != "label 4-7 label=4 2" {
		t.Errorf("teasers: %s", got)
	}
	if len(f.Teasers) == 1 && fmt.Sprint(f.Teasers[0].Summaries) != "[6]" {
		t.Errorf("blurbs: %v, want only the one under the first headline", f.Teasers[0].Summaries)
	}
}

// A search query typed as a line of the article, in each language; a
// German line with its nouns capitalised is prose.
func TestQueryLinesInFourLanguages(t *testing.T) {
	for text, want := range map[string]bool{
		"who is the mayor of valmont":         true,
		"qui est le maire de valmont":         true,
		"wer ist bürgermeister von hallbach":  true,
		"quien es el alcalde de villaseca":    true,
		"Wer ist Bürgermeister von Hallbach":  false,
		"comment la ville finance le tramway": true,
	} {
		b := &Block{Text: text, Words: CountWords(text)}
		if got := queryLine(b); got != want {
			t.Errorf("%q: query %v, want %v", text, got, want)
		}
	}
}

// The titles under the article's own sources heading are not teasers of
// other stories.
func TestSourcesAreNoTeasers(t *testing.T) {
	list := `
Harbour Board Report Finds Cracks in the Outer Wall

Ferry Operators Warn of Higher Fares After the Storm

Engineers Say Repairs Could Take Two Full Years
`
	for _, c := range []struct{ head, want string }{
		{"Sources:\n", ""},
		{"Wichtige Quellen:\n", ""},
		{"", "list 4-6 label=-1 3"},
	} {
		f := extract(t, "story.txt", "Ferry fares rise by a tenth\n\n"+storyBody+"\n"+c.head+list)
		if got := teaserSummary(f); got != c.want {
			t.Errorf("%q: teasers %q, want %q", c.head, got, c.want)
		}
	}
}

// Headlines numbered in order are the article's outline, not a run of
// pasted teasers; the same headlines unnumbered are.
func TestNumberedHeadlinesAreAnOutline(t *testing.T) {
	heads := []string{"Why the Ferry Costs More This Winter", "How the New Engine Will Be Paid For", "What Season Ticket Holders Can Do Now", "Where the Fuel Money Goes in the Budget"}
	for _, c := range []struct {
		numbers []string
		want    string
	}{
		{[]string{"1. ", "2. ", "3. ", "4. "}, ""},
		{[]string{"2) ", "3) ", "4) ", "5) "}, ""},
		{[]string{"", "", "", ""}, "list"},
		{[]string{"4. ", "1. ", "7. ", "2. "}, "list"},
	} {
		src := "Ferry fares rise by a tenth\n\n" + storyBody + "\n"
		for i, h := range heads {
			src += "  " + c.numbers[i] + h + "\n"
		}
		f := extract(t, "story.txt", src)
		got := teaserSummary(f)
		if c.want == "" && got != "" || c.want != "" && !strings.HasPrefix(got, "list") {
			t.Errorf("%v: teasers %q, want %q", c.numbers, got, c.want)
		}
	}
}

// A table of contents whose short entries break the run, and whose
// sections follow it, is the article's outline: its last entry and the
// first section headings are no run of teasers.
func TestContentsAndTheirSectionsAreNoTeasers(t *testing.T) {
	src := "Ferry tips\n\n" + storyBody + "\n\nTable of Contents\n\n" +
		"  1. Understanding the Winter Ferry Timetable\n  2. Fare Tips\n  3. Booking Tips\n  4. Frequently Asked Questions About Ferries\n\n" +
		"Understanding the Winter Ferry Timetable\n\nWhy the Crossing Takes Longer in Winter\n\n" + storyBody + "\n"
	f := extract(t, "toc.txt", src)
	if got := teaserSummary(f); got != "" {
		t.Errorf("teasers %q in a table of contents and its sections", got)
	}
}

// The credit and copyright line ending each caption of a wire gallery
// repeats without counting; a sentence of the story repeated still does.
func TestRightsLinesDoNotRepeat(t *testing.T) {
	src := "Pilgrims fill the square before the mass on Saturday morning. (AP Photo/Jane Doe) Copyright 2025 The Associated Press. All rights reserved\n\nPriests take their seats before the mass in the square. (AP Photo/Jane Doe) Copyright 2025 The Associated Press. All rights reserved\n\nPilgrims fill the square before the mass on Saturday morning.\n"
	f := extract(t, "g.txt", src)
	var rep []string
	for _, s := range f.Sentences {
		if s.RepeatOf != nil {
			rep = append(rep, s.Text)
		}
	}
	if strings.Join(rep, "|") != "Pilgrims fill the square before the mass on Saturday morning." {
		t.Errorf("repeats: %q", rep)
	}
}

// A paragraph that names someone by an office alone refers back to a
// person the article named; an office of something, or with a name
// after it, does not.
func TestBackByOffice(t *testing.T) {
	for text, want := range map[string]bool{
		"No acudió al acto el ministro, y la mandataria no aclaró si continuará.": true,
		"The minister did not say when the road would reopen.":                    true,
		"Le président n'a pas précisé la date du scrutin.":                        true,
		"Offen ließ der Kanzler, wann das Gesetz kommt.":                          true,
		"The president of the football club resigned over the stadium deal.":      false,
		"Der Kanzler Friedrich Merz reiste am Montag nach Paris.":                 false,
		"Fans cheered as the band played its first album in full.":                false,
	} {
		if got := anaphoric(text, lexicon.Tokenize(text)); got != want {
			t.Errorf("%q: anaphoric %v, want %v", text, got, want)
		}
	}
}

// laterDates keeps each block's first date that gives its day and year
// and falls after the limit, as a teaser's date.
func TestLaterDates(t *testing.T) {
	f := &Facts{Dates: []Date{
		{Block: 1, Text: "May 2", Precision: "day", Year: 2027, YearInferred: true, Start: "2027-05-02"},
		{Block: 1, Text: "May 2027", Precision: "month", Year: 2027, Start: "2027-05-01"},
		{Block: 1, Text: "March 1, 2025", Precision: "day", Year: 2025, Start: "2025-03-01"},
		{Block: 1, Text: "May 3, 2027", Precision: "day", Year: 2027, Start: "2027-05-03"},
		{Block: 1, Text: "May 4, 2027", Precision: "day", Year: 2027, Start: "2027-05-04"},
		{Block: 4, Text: "June 1, 2027", Precision: "day", Year: 2027, Start: "2027-06-01"},
	}}
	got := laterDates(f, "2025-04-02")
	if len(got) != 2 || got[1] != "May 3, 2027" || got[4] != "June 1, 2027" {
		t.Errorf("laterDates = %v", got)
	}
	if got := laterDates(f, ""); got != nil {
		t.Errorf("no article date: %v", got)
	}
}

// mayBeRights passes every text rightsLineRE matches: it is the test's
// first byte, not a test of its own.
func TestMayBeRightsPassesEveryRightsLine(t *testing.T) {
	lines := append(testdataLines(t), "(AP Photo/Jane Doe) Copyright 2025 The Associated Press.", "© 2025 Example News",
		"(c) 2024 Example", "ALL RIGHTS RESERVED", "Alle Rechte vorbehalten.", "Tous droits réservés", "todos los derechos reservados", "(Foto/AP)")
	matched := 0
	for _, s := range lines {
		if rightsLineRE().MatchString(s) {
			matched++
			if !mayBeRights(s) {
				t.Errorf("mayBeRights(%q) = false, and rightsLineRE matches it", s)
			}
		}
	}
	if matched < 8 {
		t.Errorf("only %d lines are rights lines", matched)
	}
	// And it lets most prose go before the expression is tried.
	passed := 0
	for _, s := range lines {
		if mayBeRights(s) {
			passed++
		}
	}
	if 2*passed > len(lines) {
		t.Errorf("mayBeRights passes %d of %d lines: no filter", passed, len(lines))
	}
}

// Every pattern of the package compiles (they compile on first use, so a
// mistake in one would otherwise show only on a text that reaches it).
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyRegexps) < 10 {
		t.Fatalf("%d patterns registered", len(lazyRegexps))
	}
	for _, re := range lazyRegexps {
		if re() == nil {
			t.Error("a pattern compiled to nil")
		}
	}
}

// The tests that spare a text its regular expression never spare one it
// would match: random texts built from the expressions' own pieces.
func TestTrailerAndDatePrefiltersKeepEveryMatch(t *testing.T) {
	pieces := []string{
		"said", "Reuters", "The", "Der", " ", "  ", "\t", ".", "!", "?", `"`, "”", "’", ")",
		"—", "–", "|", "-", "--", "Council Votes Again", "March", "Sept", "Oct.", "5", "12", ",",
		"2025", "1999", "x", "É", "de", "Ciudad", "\n", "March 5, 2025", "Oct. 12 1999", "Sept 5 2025",
		"v", "vs", "vs.", "V", "VS", "Leeds", "3pm", "(BT Sport)", "\f",
		"neige9 mars 2025", "Norden9. März 2025", "norte9 de marzo de 2025", "mars", "de", "9.", "1er",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var glued, dash, source, fixture int
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := gluedDateRE().FindStringSubmatchIndex(s)
		if want == nil {
			want = gluedDayRE().FindStringSubmatchIndex(s)
		}
		if want != nil {
			glued++
			g := 2
			for want[g] < 0 {
				g += 2
			}
			if got := gluedDate(s); !slices.Equal(got, want[g:g+2]) {
				t.Fatalf("gluedDate(%q) = %v, want %v", s, got, want[g:g+2])
			}
		}
		if dashTrailerRE().MatchString(s) {
			dash++
			if !strings.ContainsAny(s, "—–|-") {
				t.Fatalf("%q matches dashTrailerRE without a dash", s)
			}
		}
		if fixtureRE().MatchString(s) {
			fixture++
			if !hasVersus(s) {
				t.Fatalf("hasVersus(%q) = false, yet it matches fixtureRE", s)
			}
		}
		if sourceTrailerRE().MatchString(s) {
			source++
			if !stopThenSpace(s) {
				t.Fatalf("stopThenSpace(%q) = false, yet it matches sourceTrailerRE", s)
			}
		}
	}
	// The texts must reach the expressions for the test to mean anything.
	if glued == 0 || dash == 0 || source == 0 || fixture == 0 {
		t.Fatalf("matches: glued date %d, dash trailer %d, source trailer %d, fixture %d", glued, dash, source, fixture)
	}
}

// A bounded expression matched loose, its runs' lengths checked, matches
// exactly the texts the bounded expression does: random texts built from
// the dateline place's pieces, places of every length around the bounds
// among them.
func TestBoundedRegexpsMatchAsTheExactOnes(t *testing.T) {
	pieces := []string{
		"RIVERTON", "Kyiv", "É", "A", "b", "é", "Neue Stadt", "Saint-Paul", "O’Neill", "St.", " ", "  ", "\t",
		",", ", ", " —", " – ", " -", "—", "(", " (", ")", "le ", "den ", "am ", "a ", " a ", "x", "9", "Ukraine",
		"ABCDEFGHIJKLMNOPQRST", "abcdefghijklmnopqrst",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	checks := []struct {
		name string
		re   boundedRegexp
	}{{"place", placeRE}, {"place (", placeParenRE}}
	matched := make([]int, len(checks))
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for i, c := range checks {
			want := c.re.exact().MatchString(s)
			if got := c.re.MatchString(s); got != want {
				t.Fatalf("%s: %q matches %v, the exact expression %v", c.name, s, got, want)
			}
			if want {
				matched[i]++
			}
		}
	}
	// Places at the bounds: 40 and 41 runes after the first letter, and a
	// region of 30 and 31.
	for _, n := range []int{39, 40, 41, 42} {
		for _, s := range []string{
			"R" + strings.Repeat("é", n) + ", ",
			"R" + strings.Repeat("a", n/2) + ", K" + strings.Repeat("b", n-10) + " — ",
			"R" + strings.Repeat("Ü", n) + " (",
		} {
			for _, c := range checks {
				if got, want := c.re.MatchString(s), c.re.exact().MatchString(s); got != want {
					t.Errorf("%s: %q matches %v, the exact expression %v", c.name, s, got, want)
				}
			}
		}
	}
	for i, c := range checks {
		if matched[i] < 100 {
			t.Errorf("%s: only %d random texts match: the test shows little", c.name, matched[i])
		}
	}
}

// An advertisement's slot heads no teasers: the article's next
// subheading, or the next line of the page, comes after it.
func TestAdSlotHeadsNoTeasers(t *testing.T) {
	for _, slot := range []string{"Advertisement", "ADVERTISEMENT", "Anzeige", "Publicité", "Story continues below advertisement"} {
		f := extract(t, "story.md", "# Ferry fares rise by a tenth\n\n"+storyBody+"\n"+slot+"\n\n## Calls for Calm on the Island\n\nIslanders said the rise was the third in two years and would hit commuters hardest.\n")
		if len(f.Teasers) != 0 {
			t.Errorf("%s: teasers %s", slot, teaserSummary(f))
		}
	}
	f := extract(t, "story.md", "# Ferry fares rise by a tenth\n\n"+storyBody+"\nMore Stories\n\n## Mountain Pass Closed as Snow Returns Early\n")
	if len(f.Teasers) != 1 {
		t.Errorf("after a label of teasers: %s", teaserSummary(f))
	}
}

// A label and its headlines between the headline and the first paragraph
// ("More Stories" above the article) are teasers too; a byline's "Last
// Updated: …" there is not.
func TestTeasersAboveTheArticle(t *testing.T) {
	f := extract(t, "top.md", "# Ferry fares rise by a tenth\n\nMore Stories\n\nMountain Pass Closed as Snow Returns Early\n\nCouncil Approves New Cycle Lanes for the Old Town\n\n"+storyBody)
	if got := teaserSummary(f); !strings.HasPrefix(got, "label 1-3 label=1 2") {
		t.Errorf("teasers: %s", got)
	}
	f = extract(t, "byline.md", "# Ferry fares rise by a tenth\n\nBy Jane Roe, Harbour Desk\n\nUpdated: Apr 09 2019 | 3:32 PM IST\n\n"+storyBody)
	if len(f.Teasers) != 0 {
		t.Errorf("a byline's update line read as a teaser: %s", teaserSummary(f))
	}
}

func TestWordsTailKeepsTheLastWordsWhole(t *testing.T) {
	long := strings.Repeat("word ", 30) + "Markets rally as oil prices jump 12 hours ago  "
	from := wordsTail(long, stampMaxLen)
	if from == 0 || long[from] != ' ' {
		t.Fatalf("tail of a long text starts at %d (%q), want after a word", from, long[from:])
	}
	if m := stampRE().FindStringIndex(long[from:]); m == nil || !strings.HasPrefix(long[from+m[0]:], "12 hours ago") {
		t.Errorf("stamp not found in the tail %q", long[from:])
	}
	if got := wordsTail("Oil jumps 2 hours ago", stampMaxLen); got != 0 {
		t.Errorf("a short text is matched whole, got offset %d", got)
	}
}

// A site's menu or breadcrumb above the headline ("Accueil | Politique |
// Monde") heads the page's own story, not teasers.
func TestMenuBarHeadsNoTeasers(t *testing.T) {
	for _, menu := range []string{"Accueil | Politique | Monde | Économie", "Portada | España | Internacional", "Home › News › Local"} {
		src := "THE HARBOUR GAZETTE\n" + menu + "\n\nFerry fares rise by a tenth\n\n" + storyBody
		if got := teaserSummary(extract(t, "story.txt", src)); got != "" {
			t.Errorf("%s: teasers %q, want none", menu, got)
		}
	}
}

// A short story's reaction paragraph, its words all new, names someone
// with an office the story names: it shares a name; one naming other
// offices does not.
func TestParagraphNamingAnOfficeOfTheStoryShares(t *testing.T) {
	const story = "Premierminister Sébastien Lecornu hat zwei Misstrauensanträge in der Nationalversammlung überstanden, nachdem er die Aussetzung der Rentenreform angekündigt hatte.\n\nPräsident Emmanuel Macron stimmte dem Kompromiss zu, den die Sozialisten seit Wochen gefordert hatten und der die Rentenreform vorerst aussetzt.\n\n"
	for para, want := range map[string]bool{
		"Der frühere Premier Michel Barnier, heute Abgeordneter, rief zur Stabilität auf und warnte vor Neuwahlen im kommenden Frühjahr.": true,
		"Der Bürgermeister von Hamburg eröffnete am Sonntag ein neues Hafenbecken mit Platz für vier große Containerschiffe.":             false,
	} {
		f := extractOn(t, "2025-10-20", "de", story+para)
		b := f.Blocks[len(f.Blocks)-1]
		if b.Similarity > nameCheckSimilarity {
			t.Fatalf("%s: similarity %v, above the check", para, b.Similarity)
		}
		if b.SharesName != want {
			t.Errorf("%s: shares a name %v, want %v (similarity %v)", para, b.SharesName, want, b.Similarity)
		}
	}
}

// The line the article's date was read from is no teaser, though it gives
// a later date (the update's).
func TestTheDateLineIsNoTeaser(t *testing.T) {
	src := "Ferry fares rise by a tenth\n\nUpdated 15/06/2025 10:02 | Published 14/02/2024 08:00\n\n" + storyBody
	f := extract(t, "story.txt", src)
	if f.Date.Start != "2024-02-14" {
		t.Fatalf("date %q", f.Date.Start)
	}
	if got := teaserSummary(f); got != "" {
		t.Errorf("teasers %q, want none", got)
	}
}

// A label and its headline after a bar or a chevron ("ALSO READ | …") is
// a teaser of its own, as after a colon; a menu of sections is not.
func TestInlineLabelAfterABar(t *testing.T) {
	for line, want := range map[string]bool{
		"ALSO READ | Harbour Board Approves New Ferry Terminal": true,
		"Read more » Harbour Board Approves New Ferry Terminal": true,
		"More | Sport | Weather | Harbour News":                 false,
	} {
		src := "Ferry fares rise by a tenth\n\n" + storyBody + "\n" + line + "\n\nThe council will vote on the fares again in the spring, a spokesman for the harbour board said.\n"
		got := teaserSummary(extract(t, "story.txt", src)) != ""
		if got != want {
			t.Errorf("%s: a teaser %v, want %v (%s)", line, got, want, teaserSummary(extract(t, "story.txt", src)))
		}
	}
}

// Furniture after furniture is no teaser: a reading time after its label,
// a share bar's buttons after the network names.
func TestFurnitureIsNoTeaser(t *testing.T) {
	src := `Tram line opens

The new tram line between the station and the university opened on Saturday, two years after building began.

Estimated reading time: 4 minutes

The city expects 20,000 passengers a day once the timetable is complete in the spring.

Share this with
Facebook
LinkedIn
Copy this link

Compartir en Facebook
Compartir en LinkedIn
Enviar por email

Share
Reuse this content

Fares are the same as on the buses, and the first week of travel is free.
`
	f := extract(t, "tram.txt", src)
	if len(f.Teasers) != 0 {
		t.Errorf("furniture is no teaser: %s", teaserSummary(f))
	}
}

// A label and its headline on one line, after a dash, an arrow or ">>"
// as well as a colon, in each language; the label is cut off the
// headline's text. A dash in a sentence of the story is no label.
func TestInlineLabelAfterADashOrAnArrow(t *testing.T) {
	cases := map[string]string{
		"ALSO READ - Bridge repairs to close the coast road":    "Bridge repairs to close the coast road",
		"Read more → Council backs the new cycle lanes":         "Council backs the new cycle lanes",
		"Read more >> Council backs the new cycle lanes":        "Council backs the new cycle lanes",
		"À LIRE AUSSI - Grève des bus : la mairie cède":         "Grève des bus : la mairie cède",
		"Lesen Sie auch – Stadtrat stimmt für neue Radwege":     "Stadtrat stimmt für neue Radwege",
		"LEA TAMBIÉN - El ayuntamiento aprueba nuevos carriles": "El ayuntamiento aprueba nuevos carriles",
	}
	for line, want := range cases {
		f := extract(t, "ferry.txt", "Ferry fares rise\n\n"+storyBody+"\n\n"+line+"\n\nThe new fares apply from the first sailing on Tuesday morning, the operator said in a statement.\n")
		if len(f.Teasers) != 1 || f.Teasers[0].Kind != "label" {
			t.Errorf("%q: want one label teaser, got %s", line, teaserSummary(f))
			continue
		}
		if got := f.Teasers[0].Texts; len(got) != 1 || got[0] != want {
			t.Errorf("%q: headline %q, want %q", line, got, want)
		}
	}
	f := extract(t, "ferry.txt", "Ferry fares rise\n\n"+storyBody+"\n\nMore - and longer - queues are expected at the port this summer, the operator said.\n")
	if len(f.Teasers) != 0 {
		t.Errorf("a sentence with dashes is no teaser: %s", teaserSummary(f))
	}
}

// An ad slot's line heads nothing, whatever follows its dash: it is no
// label with a headline.
func TestAdSlotIsNoTeaser(t *testing.T) {
	for _, line := range []string{"Advertisement - scroll to continue", "ADVERTISEMENT – Continue reading below", "Ad Feedback"} {
		if !adSlot(line) {
			t.Errorf("%q is an ad slot", line)
		}
		f := extract(t, "ferry.txt", "Ferry fares rise\n\n"+storyBody+"\n\n"+line+"\n\nNew Timetable From March\n\nThe new fares apply from the first sailing on Tuesday morning, the operator said in a statement.\n")
		if len(f.Teasers) != 0 {
			t.Errorf("%q heads no teaser: %s", line, teaserSummary(f))
		}
	}
	if adSlot("Advertisement rules for the election were changed") {
		t.Error("a sentence is no ad slot")
	}
}
