package facts

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/engine/lexicon/lexicontest"
)

func extract(t testing.TB, name, src string) *Facts {
	t.Helper()
	format, ok := document.FormatFor(name)
	if !ok {
		t.Fatalf("no format for %s", name)
	}
	doc, err := document.Read(name, []byte(src), format)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(doc, Options{Lexicon: lexicontest.Builtin(t)})
}

// blockAt returns the first block whose text starts with prefix.
func blockAt(t *testing.T, f *Facts, prefix string) *Block {
	t.Helper()
	for i := range f.Blocks {
		if strings.HasPrefix(f.Blocks[i].Text, prefix) {
			return &f.Blocks[i]
		}
	}
	t.Fatalf("no block starts with %q", prefix)
	return nil
}

// source returns the file text a span covers.
func source(src string, s Span) string { return src[s.Offset:s.EndOffset] }

const story = `# Harbour authority approves dredging of the east channel

The harbour authority approved a plan on Monday to dredge the east channel of the harbour, which has silted up since the winter storms and now turns away the larger ferries at low tide.

Dredging will start in June and last about ten weeks, the authority said. The channel will be deepened by two metres, and the silt will be taken to a licensed site offshore rather than dumped near the beaches.

Pop singer announces surprise comeback album

ENTERTAINMENT BY March 2, 2025

Ferry operators welcomed the decision. They said the silted channel had cost them dozens of sailings since January, and that passengers had been moved to buses at short notice.

- Share this:
- Like this:

Leave a Reply

Your email address will not be published. Required fields are marked *

Name *

Save my name, email, and website in this browser for the next time I comment.
`

func TestBlockShapeAndLines(t *testing.T) {
	f := extract(t, "story.md", story)
	head := blockAt(t, f, "Pop singer")
	if !head.HeadlineShape || head.Line != "" || head.Question {
		t.Errorf("headline: %+v", head)
	}
	if date := blockAt(t, f, "ENTERTAINMENT BY"); date.Line != "date" {
		t.Errorf("section-date line: line = %q", date.Line)
	}
	body := blockAt(t, f, "The harbour authority approved")
	if body.HeadlineShape || body.TitleCase || body.Verbless {
		t.Errorf("body paragraph shaped as a headline: %+v", body)
	}
	if title := blockAt(t, f, "Harbour authority"); title.TitleCase {
		t.Error("a sentence-case headline is not title case")
	}
	for text, want := range map[string]string{
		"By Jane Doe":                         "byline",
		"By Jane Doe and Ali Khan | Reuters":  "byline",
		"Updated 3 hours ago":                 "date",
		"SPORTS BY December 10, 2025":         "date",
		"Published 11 March 2025, 09:30 GMT":  "date",
		"The vote was held on March 11, 2025": "",
		"By the end of the week nobody knew":  "",
	} {
		g := extract(t, "line.txt", "Heading line\n\n"+text+"\n")
		if got := g.Blocks[1].Line; got != want {
			t.Errorf("%q: line = %q, want %q", text, got, want)
		}
	}
}

func TestStopwordsAndLanguage(t *testing.T) {
	f := extract(t, "story.md", story+"\nМи повернулися додому, і це для нас найважливіше, бо школа знову працює для всіх дітей.\n")
	if f.Language != "en" {
		t.Errorf("language = %q", f.Language)
	}
	body := blockAt(t, f, "Dredging will start")
	if body.StopwordRatio < stopwordsHigh || body.Lang != "en" {
		t.Errorf("body paragraph: stopword ratio %v, lang %q", body.StopwordRatio, body.Lang)
	}
	if uk := blockAt(t, f, "Ми повернулися"); uk.Lang != "uk" {
		t.Errorf("Ukrainian sentence: lang = %q", uk.Lang)
	}
	de := extract(t, "de.txt", "Die Stadt hat am Montag beschlossen, dass die Fähre wieder fahren wird, und die Bürger sind froh, weil sie nicht mehr mit dem Bus fahren müssen.\n")
	if de.Language != "de" {
		t.Errorf("German article: language = %q", de.Language)
	}
}

func TestLinkDensityAndClasses(t *testing.T) {
	src := `<html><body><article><h1>Harbour dredging approved</h1>
<p>The harbour authority approved a plan on Monday to dredge the east channel of the harbour, which has silted up since the winter storms and now turns away the larger ferries at low tide, costing operators dozens of sailings.</p>
<p><a href="/a">Ferry timetables</a> | <a href="/b">Port webcams</a> | <a href="/c">Tide tables</a></p>
<p>Dredging will start in June and last about ten weeks, the authority said, and the silt will be taken to a licensed site offshore rather than dumped near the beaches where families swim in summer.</p>
</article></body></html>`
	f := extract(t, "page.html", src)
	links := blockAt(t, f, "Ferry timetables")
	if links.LinkDensity < 0.8 || links.ClassRaw != ClassBad || links.Class != ClassBad {
		t.Errorf("link list: density %v, class %s/%s", links.LinkDensity, links.ClassRaw, links.Class)
	}
	body := blockAt(t, f, "The harbour authority")
	if body.ClassRaw != ClassGood || body.Class != ClassGood || body.LinkDensity != 0 {
		t.Errorf("body: %s/%s, link density %v", body.ClassRaw, body.Class, body.LinkDensity)
	}
	if title := blockAt(t, f, "Harbour dredging"); title.ClassRaw != ClassShort || title.Class != ClassGood {
		t.Errorf("heading before good text: %s/%s", title.ClassRaw, title.Class)
	}
}

func TestSimilaritySeparatesInjectedHeadlines(t *testing.T) {
	f := extract(t, "story.md", story)
	if s := blockAt(t, f, "Pop singer").Similarity; s > 0.06 {
		t.Errorf("injected headline similarity %v, want <= 0.06", s)
	}
	for _, p := range []string{"The harbour authority", "Dredging will start", "Ferry operators"} {
		if s := blockAt(t, f, p).Similarity; s < 0.077 {
			t.Errorf("%s...: similarity %v, want >= 0.077", p, s)
		}
	}
}

// French writes many words with an elided article or pronoun before
// them ("l'entrepôt", "d'incendie"): a paragraph that shares its words
// with the story only in those spellings is still about the story.
func TestSimilarityReadsFrenchElisions(t *testing.T) {
	f := extract(t, "incendie.md", `---
lang: fr
---
# Un entrepôt détruit par un incendie à Rouen

Un incendie a détruit un entrepôt de la zone portuaire de Rouen dans la nuit de lundi à mardi, selon les pompiers.

Les pompiers ont lutté pendant six heures contre les flammes avant de maîtriser le sinistre.

L'entrepôt stockait des palettes et du carton, et l'incendie s'est propagé très vite d'après l'exploitant.
`)
	if s := blockAt(t, f, "L'entrepôt stockait").Similarity; s < 0.077 {
		t.Errorf("the paragraph about the warehouse has similarity %v, want >= 0.077", s)
	}
	for w, want := range map[string]string{"l'incendie": "incendie", "qu'il": "il", "jusqu'au": "au", "aujourd'hui": "aujourd'hui", "d'": "d'"} {
		if got := unelided(w); got != want {
			t.Errorf("unelided(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestRunsGroupAWidgetIntoOne(t *testing.T) {
	f := extract(t, "story.md", story)
	var form, chrome []Run
	for _, r := range f.Runs {
		switch r.Class {
		case "comment-form":
			form = append(form, r)
		case "page-chrome":
			chrome = append(chrome, r)
		}
	}
	if len(form) != 1 || form[0].Blocks != 4 || !form[0].Strong {
		t.Fatalf("comment form runs: %+v", form)
	}
	if got := source(story, form[0].Span); !strings.HasPrefix(got, "Leave a Reply") || !strings.HasSuffix(got, "next time I comment.") {
		t.Errorf("run span covers %q", got)
	}
	if len(chrome) != 1 || chrome[0].Blocks != 2 {
		t.Errorf("page chrome runs: %+v", chrome)
	}
}

func TestTagSpansAreExact(t *testing.T) {
	src := "<html><body><article><h1>Budget vote</h1><p>The council voted.</p><p>Leave&nbsp;a <b>Reply</b></p></article></body></html>"
	f := extract(t, "page.html", src)
	b := blockAt(t, f, "Leave")
	if len(b.Tags) != 1 || b.Tags[0].Class != "comment-form" || !b.Tags[0].Whole {
		t.Fatalf("tags: %+v", b.Tags)
	}
	if got := source(src, b.Tags[0].Span); got != "Leave&nbsp;a <b>Reply" {
		t.Errorf("tag span covers %q", got)
	}
}

func TestTagsOfPageFurnitureStayOnTheirBlocks(t *testing.T) {
	src := "<html><body><article><h1>Budget vote</h1><p>The council voted on Monday.</p><footer><p>Share this:</p></footer></article></body></html>"
	f := extract(t, "page.html", src)
	b := blockAt(t, f, "Share this")
	if b.Region != "footer" || len(b.Tags) != 1 {
		t.Fatalf("footer block: region %q, tags %+v", b.Region, b.Tags)
	}
	if len(f.Tags) != 0 || len(f.Runs) != 0 {
		t.Errorf("page furniture in the body's tags %+v or runs %+v", f.Tags, f.Runs)
	}
}

func TestKeywords(t *testing.T) {
	src := "---\ntitle: Drought relief reaches the north\nkeywords: [drought relief]\n---\n\n" +
		"## Drought relief payments\n\nDrought relief arrives by phone. Drought relief is paid monthly. Drought relief covers food and water for families in the north.\n\n" +
		"## Who gets drought relief?\n\nFamilies registered with the county get it. " + strings.Repeat("The committee checks the lists against earlier records. ", 10) + "\n"
	f := extract(t, "kw.md", src)
	var kw *Keyword
	for i := range f.Keywords {
		if f.Keywords[i].Phrase == "drought relief" {
			kw = &f.Keywords[i]
		}
	}
	if kw == nil {
		t.Fatalf("no drought relief in %+v", f.Keywords)
	}
	// The front matter's title is the headline (the body has none): it
	// counts like the body's words, as an HTML page's headline does.
	if kw.Count != 6 || kw.Words != 2 || !kw.InTitle || kw.Headings != 2 || !kw.Declared {
		t.Errorf("keyword: %+v", kw)
	}
	if want := 100 * 6 / float64(f.Stats.Words); math.Abs(kw.Density-want) > 0.001 {
		t.Errorf("density %v, want %v", kw.Density, want)
	}
	if got := source(src, kw.First); got != "Drought relief" || kw.First.Line != 2 {
		t.Errorf("first occurrence covers %q at %+v", got, kw.First)
	}
	if kw.Window.Count != 6 || kw.Window.Words != WindowWords {
		t.Errorf("window: %+v", kw.Window)
	}
	for _, k := range f.Keywords {
		if k.Phrase == "drought" || k.Phrase == "relief" {
			t.Errorf("%q is only ever part of a longer phrase and should not be listed", k.Phrase)
		}
	}
}

// keyword_lists.frequent holds exactly the keywords that occur five times
// or more, in the keywords' order.
func TestFrequentKeywords(t *testing.T) {
	src := "# Harbour fares rise\n\n" +
		strings.Repeat("Harbour fares rise again this winter, the board said. ", 6) +
		strings.Repeat("The island ferry keeps its timetable. ", 3) + "\n"
	f := extract(t, "fares.md", src)
	var want []int
	counts := map[string]int{}
	for i, k := range f.Keywords {
		counts[k.Phrase] = k.Count
		if k.Count >= 5 {
			want = append(want, i)
		}
	}
	if counts["island ferry keeps"] != 3 || counts["harbour fares rise"] != 7 {
		t.Fatalf("the fixture's keywords: %v", counts)
	}
	if !slices.Equal(f.KeywordLists.Frequent, want) {
		t.Errorf("frequent keywords %v, want %v of %v", f.KeywordLists.Frequent, want, counts)
	}
}

// A figure's unit, repeated with every figure of financial copy, is no
// keyword.
func TestNumberUnitsAreNoKeywords(t *testing.T) {
	src := "# Harbour group results\n\n" + strings.Repeat("Revenue rose to 12 millones de euros and profit to 3 millones, while debt fell by 4 millones. ", 6) + "\n"
	f := extract(t, "kw.md", src)
	for _, k := range f.Keywords {
		if strings.Contains(k.Phrase, "millones") {
			t.Errorf("%q is a unit, not a keyword: %+v", k.Phrase, k)
		}
	}
	if len(f.Keywords) == 0 {
		t.Error("the repeated words are still keywords")
	}
}

func TestKeywordsProperNames(t *testing.T) {
	src := "# Chat Thing adds a voice mode\n\nChat Thing can now answer out loud. Users of Chat Thing pick a voice. " +
		"Reviewers say Chat Thing mishears names. The chat thing forum, a user wrote, is busy; the voice mode of the app is new, " +
		"and the voice mode costs nothing.\n"
	f := extract(t, "kw.md", src)
	got := map[string]Keyword{}
	for _, k := range f.Keywords {
		got[k.Phrase] = k
	}
	// Once in lower case is enough to be no name.
	if k, ok := got["chat thing"]; !ok || k.Proper {
		t.Errorf("chat thing, once written in lower case: %+v", k)
	}
	if k, ok := got["voice mode"]; !ok || k.Proper {
		t.Errorf("voice mode: %+v", k)
	}
	f = extract(t, "kw.md", strings.ReplaceAll(src, "chat thing forum", "Chat Thing forum"))
	for _, k := range f.Keywords {
		if k.Phrase == "chat thing" && (!k.Proper || !k.InTitle) {
			t.Errorf("Chat Thing, always capitalised and in the headline: %+v", k)
		}
	}
}

func TestMixedScript(t *testing.T) {
	src := "Aid reached Ukrаine on Monday. Doctors prescribed β-blockers. Сербија и Україна. Kиїв said Đoković and Łukasz were fine.\n"
	f := extract(t, "mixed.txt", src)
	got := map[string]MixedWord{}
	for _, w := range f.MixedScript {
		got[w.Word] = w
	}
	ua, ok := got["Ukrаine"]
	if !ok || !ua.LookAlike || ua.Script != "Latin" || len(ua.Foreign) != 1 || ua.Foreign[0].Codepoint != "U+0430" || ua.Foreign[0].LooksLike != "a" {
		t.Errorf("Ukrаine: %+v", ua)
	}
	if source(src, ua.Span) != "Ukrаine" {
		t.Errorf("span covers %q", source(src, ua.Span))
	}
	kyiv, ok := got["Kиїв"]
	if !ok || kyiv.Script != "Cyrillic" || !kyiv.LookAlike || kyiv.Foreign[0].LooksLike != "К" {
		t.Errorf("Kиїв: %+v", kyiv)
	}
	if len(got) != 2 {
		t.Errorf("mixed words: %v (β-blockers, Cyrillic words and Latin diacritics are not mixed)", got)
	}
}

// TestGreekLettersInScienceNotation checks that a small Greek letter among
// capitals (a protein or receptor name) is notation, while a disguise in
// capitals, or in small letters, still passes for Latin.
func TestGreekLettersInScienceNotation(t *testing.T) {
	src := "The drug blocked NF-κB and PKCα, and raised ERα. Buy ΒITCOIN and bіtcoin now.\n"
	f := extract(t, "notation.txt", src)
	got := map[string]bool{}
	for _, w := range f.MixedScript {
		got[w.Word] = w.LookAlike
	}
	want := map[string]bool{"κB": false, "PKCα": false, "ERα": false, "ΒITCOIN": true, "bіtcoin": true}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("look-alike: got %v, want %v", got, want)
	}
}

// TestLookAlikesFromUnicodeData checks letters no hand list had: the
// confusables of Unicode TS #39 say what each imitates.
func TestLookAlikesFromUnicodeData(t *testing.T) {
	src := "The wօrld met in Ꭺthens, where the ѕummit (a Cyrillic dze) opened. Μinister Ηans spoke.\n"
	f := extract(t, "lookalike.txt", src)
	want := map[string]string{"wօrld": "Armenian օ→o", "Ꭺthens": "Cherokee Ꭺ→A", "ѕummit": "Cyrillic ѕ→s", "Μinister": "Greek Μ→M", "Ηans": "Greek Η→H"}
	got := map[string]string{}
	for _, w := range f.MixedScript {
		if !w.LookAlike || len(w.Foreign) != 1 {
			t.Errorf("%s: %+v", w.Word, w)
			continue
		}
		fl := w.Foreign[0]
		got[w.Word] = fl.Script + " " + fl.Letter + "→" + fl.LooksLike
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestWidgetsInGermanFrenchAndSpanish(t *testing.T) {
	for _, c := range []struct{ lang, text, class string }{
		{"de", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "comment-form"},
		{"de", "Wie hilfreich war dieser Beitrag?", "rating-widget"},
		{"de", "Ähnliche Beiträge", "page-chrome"},
		{"fr", "Votre adresse e-mail ne sera pas publiée.", "comment-form"},
		{"fr", "Cliquez sur une étoile pour le noter !", "rating-widget"},
		{"fr", "À propos de l’auteur", "author-bio"},
		{"es", "Deja una respuesta", "comment-form"},
		{"es", "¡Haz clic en una estrella para puntuarlo!", "rating-widget"},
		{"es", "Entradas relacionadas", "page-chrome"},
	} {
		f := extract(t, "w.txt", "Titel\n\n"+c.text+"\n")
		b := f.Blocks[len(f.Blocks)-1]
		if len(b.Tags) == 0 || b.Tags[0].Class != c.class || b.Tags[0].Lang != c.lang {
			t.Errorf("%q: tags %+v, want %s (%s)", c.text, b.Tags, c.class, c.lang)
		}
	}
}

func TestTitleTags(t *testing.T) {
	f := extract(t, "t.md", "---\ntitle: \"Peace push: 1 Move That Pleases Moscow\"\n---\n\nText of the story follows here.\n")
	if len(f.Title.Tags) != 1 || f.Title.Tags[0].Class != "clickbait" || f.Title.Tags[0].Span != f.Title.Span {
		t.Errorf("title tags: %+v", f.Title.Tags)
	}
}

// benchArticle reads the 1,250-word SEO fixture the benchmarks use.
func benchArticle(b *testing.B) *document.Document {
	src, err := os.ReadFile("../../testdata/quality/seo-keyphrase.md")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := document.Read("seo-keyphrase.md", src, document.Markdown)
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// BenchmarkSignals measures what the block signals (tokens, stopwords,
// shape, classes, lexicon tags, similarity, runs, keywords, mixed scripts)
// add to the extraction of one article of about 1,250 words.
func BenchmarkSignals(b *testing.B) {
	doc := benchArticle(b)
	lex := lexicontest.Builtin(b)
	base := Extract(doc, Options{})
	blocks := make([]Block, len(base.Blocks))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		f := *base
		copy(blocks, base.Blocks)
		for i := range blocks {
			blocks[i].Tags = nil
		}
		f.Blocks = blocks
		signals(&extraction{doc: doc, f: &f}, lex)()
	}
}

// BenchmarkExtract is the whole extraction of the same article.
func BenchmarkExtract(b *testing.B) {
	doc := benchArticle(b)
	opts := Options{Lexicon: lexicontest.Builtin(b)}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(doc, opts)
	}
}

// A past form of four letters is a verb as much as a longer one.
func TestShortPastMakesAClause(t *testing.T) {
	src := `Harbour master speaks out

The harbour crossing reopened on Monday after a week of repairs to the lifting gear, the port said.

Harbour master Ana Brook used her first interview since the closure to blame the port board for the delay.

Ana Brook tied the delay to a shortage of parts from the mainland.

A fishing boat aged by forty winters at the mayor's jetty at dawn.
`
	f := extract(t, "brook.txt", src)
	for _, start := range []string{"Harbour master Ana Brook used", "Ana Brook tied"} {
		if b := blockAt(t, f, start); b.Verbless {
			t.Errorf("%q has a verb: %+v", start, b)
		}
	}
	if b := blockAt(t, f, "A fishing boat"); !b.Verbless {
		t.Errorf("\"aged\" is an adjective here; the caption is verbless: %+v", b)
	}
}

func TestContractedAuxiliaryMakesAClause(t *testing.T) {
	src := `Harbour crossing reopens

The harbour crossing reopened on Monday after a week of repairs to the lifting gear, the port said.

That's all from the harbour team for this evening.

A fishing boat at the mayor's jetty at dawn.
`
	f := extract(t, "live.txt", src)
	if b := blockAt(t, f, "That's all"); b.Verbless {
		t.Errorf("a line with a contracted auxiliary is a clause: %+v", b)
	}
	if b := blockAt(t, f, "A fishing boat"); !b.Verbless {
		t.Errorf("a possessive 's is no verb; the caption is verbless: %+v", b)
	}
}

// A table written with bars in plain text is rows, not headlines; a
// headline with its site after one bar is still a headline.
func TestTableRowsAreNoHeadlines(t *testing.T) {
	f := extract(t, "story.txt", "Harbour fees rise\n\nThe harbour authority approved higher fees for ferries on Tuesday after a long debate.\n\nFee | Old | New |\n\n---|---|---|\n\nFerry berth | 40 | 55 |\n\nCouncil Approves New Cycle Lanes | Harbour Gazette\n")
	if row := blockAt(t, f, "Ferry berth"); row.HeadlineShape {
		t.Errorf("table row shaped as a headline: %+v", row)
	}
	if head := blockAt(t, f, "Council Approves"); !head.HeadlineShape {
		t.Errorf("headline with its site: %+v", head)
	}
}

// A list that repeats its field labels ("Tipo de elección: … Fecha: …")
// is not stuffing them: a phrase a colon follows most times is a label.
func TestFieldLabelsAreNoKeywords(t *testing.T) {
	var b strings.Builder
	b.WriteString("Elecciones en el mundo\n\n")
	kinds := []string{"General", "Presidencial", "Legislativa"}
	for i, c := range []string{"Taiwán", "Pakistán", "Indonesia", "Senegal", "Portugal", "Rusia"} {
		fmt.Fprintf(&b, "%s\n\nTipo de elección: %s. El jefe del Estado busca otro mandato en %s.\n\n", c, kinds[i%3], c)
	}
	f := extract(t, "list.txt", b.String())
	for _, k := range f.Keywords {
		if strings.HasPrefix(k.Phrase, "tipo de elección") || k.Phrase == "elección" {
			t.Errorf("field label read as a keyword: %+v", k)
		}
	}
	if !slices.ContainsFunc(f.Keywords, func(k Keyword) bool { return k.Phrase == "estado busca otro mandato" }) {
		t.Errorf("a phrase the list repeats without a colon is still a keyword: %+v", f.Keywords)
	}
}

func TestTagsInSingleQuotes(t *testing.T) {
	// A headline that quotes a phrase in single marks speaks of it; an
	// apostrophe inside the quotation does not close it.
	f := extract(t, "a.md", "# ‘As an AI language model’: why the phrase keeps turning up\n\nReaders keep finding it in product reviews, the study's authors said.\n\n‘Don’t ask me, as an AI language model I can’t say’, one review read.\n\nAs an AI language model, I cannot give opinions.\n")
	var got []bool
	for _, b := range f.Blocks {
		for _, tg := range b.Tags {
			if tg.Class == "ai-artifact" {
				got = append(got, tg.Quoted)
			}
		}
	}
	if fmt.Sprint(got) != "[true true false]" {
		t.Errorf("quoted flags of the ai-artifact tags: %v, want [true true false]", got)
	}
}

// A paragraph that shares almost no words with the article but names what
// it names is the article's; one of another story names others.
func TestParagraphSharesAName(t *testing.T) {
	src := "Storm cuts power on the coast\n\n" +
		"About 12,000 homes on the west coast were still without power on Monday after the storm, the grid operator Voltara said in a statement.\n\n" +
		"Crews worked through the night to clear fallen lines from the coast road, and the council opened two halls for families without heating.\n\n" +
		"Voltara added that four hundred technicians from distant regions were sent to finish the heaviest repairs by Thursday evening.\n\n" +
		"Tickets for the botanical gardens' orchid festival go on sale next week, with discounts for students and pensioners who book before the opening.\n"
	f := extract(t, "a.txt", src)
	if b := blockAt(t, f, "Voltara added"); !b.SharesName {
		t.Errorf("the operator's paragraph (similarity %v) names the operator the lead names", b.Similarity)
	}
	if b := blockAt(t, f, "Tickets for the"); b.SharesName {
		t.Errorf("another story's paragraph names nothing of the article: %+v", b)
	}
}

// A line that opens with an imperative is an instruction, not a caption.
func TestImperativeLineHasAVerb(t *testing.T) {
	f := extract(t, "i.txt", "Ferries to the islands\n\nThe harbour board met on Monday to discuss the winter timetable for all the island ferries and the new quay.\n\nEnjoy a guided tour of the old lighthouse with the keeper.\n\nThe board will publish the timetable in the first week of December after a vote on the fares.\n")
	if blockAt(t, f, "Enjoy a guided").Verbless {
		t.Error("an imperative line is verbless")
	}
}

// A list of fixtures names its teams and channels as a list does: no
// keywords; the same names in prose still count.
func TestFixtureListsAreNoKeywords(t *testing.T) {
	list := ""
	for _, game := range []string{"Harbour Town v Port Elling", "Ferry Rovers v Quay Athletic", "Dock Wanderers v Island United", "Lighthouse City v Harbour Town", "Port Elling v Ferry Rovers", "Island United v Dock Wanderers"} {
		list += "3pm – " + game + " (Harbour Sports)\n\n"
	}
	f := extract(t, "kw.txt", "Weekend football on television\n\nThe island league resumes this weekend after the winter break, with every game shown live.\n\n"+list)
	for _, k := range f.Keywords {
		if strings.Contains(k.Phrase, "harbour sports") {
			t.Errorf("a fixture list's channel is a keyword: %+v", k)
		}
	}
	f = extract(t, "kw.txt", "Weekend football on television\n\n"+strings.Repeat("Harbour Sports shows the game, and Harbour Sports pays the clubs. ", 4)+"\n")
	found := false
	for _, k := range f.Keywords {
		found = found || k.Phrase == "harbour sports"
	}
	if !found {
		t.Error("the channel named in prose is no keyword")
	}
}

func TestTeasersAreNoKeywords(t *testing.T) {
	// Other stories' headlines under a label, each with the agency's
	// credit line: the credit is repeated by the list, not by the article.
	list := "Related Posts\n\n"
	for _, h := range []string{"Ferry Fares Rise for the Winter", "Lighthouse Keepers Return to the Cape", "Island School Gets a New Roof", "Quay Market Opens Every Sunday", "Harbour Pilots Call Off Strike", "New Bridge Opens to Cyclists"} {
		list += h + "\n\nNorth Wire Service\n\n"
	}
	body := "Storm closes the island road\n\nThe coast road to the island was closed on Tuesday after the storm washed part of it away, the council said.\n\n"
	f := extract(t, "kw.txt", body+list)
	if len(f.Teasers) == 0 {
		t.Fatal("the related posts should be a teaser unit")
	}
	for _, k := range f.Keywords {
		if strings.Contains(k.Phrase, "north wire") {
			t.Errorf("a teaser list's credit line is a keyword: %+v", k)
		}
	}
	f = extract(t, "kw.txt", body+strings.Repeat("North Wire Service reported it first, North Wire Service said. ", 4)+"\n")
	found := false
	for _, k := range f.Keywords {
		found = found || k.Phrase == "north wire service"
	}
	if !found {
		t.Error("the agency named in prose is no keyword")
	}
}

// wordsIn counts, by halving, the words a match covers whole: the same
// as reading every word.
func TestWordsInCountsTheWordsAMatchCovers(t *testing.T) {
	text := "Prime Minister Rishi Sunak said on Tuesday that talks would resume."
	toks := lexicon.Tokenize(text)
	for start := 0; start <= len(text); start += 3 {
		for end := start; end <= len(text); end += 5 {
			m := lexicon.Match{Start: start, End: end}
			want := 0
			for _, tk := range toks {
				if tk.Start >= m.Start && tk.End <= m.End {
					want++
				}
			}
			if got := wordsIn(toks, m); got != want {
				t.Errorf("wordsIn(%q) = %d, want %d", text[start:end], got, want)
			}
		}
	}
}

// On a long page the blocks are cut on every core and the keywords are
// counted beside the later stages; the facts are those of one core doing
// it all in turn. (Under the race detector, as CI runs it, this also
// checks that they share nothing they write.)
func TestLongPageWorkOnManyCoresGivesTheSameFacts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	var page strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		page.Write(b)
		page.WriteString("\n\n")
	}
	opts := Options{Lexicon: lexicontest.Builtin(t)}
	extract := func(from int) *Facts {
		defer func(was int) { concurrentFrom = was }(concurrentFrom)
		concurrentFrom = from
		return extractWith(t, "page.md", page.String(), opts)
	}
	first, aside := extract(math.MaxInt), extract(0)
	if len(first.Keywords) == 0 || len(first.Teasers) == 0 || len(first.Mentions) == 0 {
		t.Fatalf("the page gives %d keywords, %d teasers, %d mentions; it should give some of each",
			len(first.Keywords), len(first.Teasers), len(first.Mentions))
	}
	if !reflect.DeepEqual(first, aside) {
		t.Error("the facts differ when the work is shared among cores")
	}
}

// A long page's cutter cuts a window of blocks ahead, each as cutBlock
// cuts it alone.
func TestBlockCutterCutsAWindowAhead(t *testing.T) {
	var page strings.Builder
	for i := range cutWindow + 10 {
		fmt.Fprintf(&page, "The council met on %d March 2025. It voted on item %d.\n\n", 1+i%28, i)
	}
	doc, err := document.Read("page.md", []byte(page.String()), document.Markdown)
	if err != nil {
		t.Fatal(err)
	}
	c := blockCutter{doc: doc, parallel: true}
	for _, i := range []int{0, cutWindow - 1, cutWindow, cutWindow + 9} {
		got := c.at(i)
		if i < cutWindow && len(c.window) != cutWindow || i >= cutWindow && c.from != cutWindow {
			t.Fatalf("block %d: window of %d from %d", i, len(c.window), c.from)
		}
		if want := cutBlock(doc.Blocks[i].Text.S, true); !reflect.DeepEqual(got, want) || len(got.found) != 1 {
			t.Errorf("block %d cut as %+v, want %+v with one date", i, got, want)
		}
	}
}

// A Markdown table's rows are no headlines either, however short and
// capitalised.
func TestMarkdownTableRowsAreNoHeadlines(t *testing.T) {
	f := extract(t, "table.md", "# Ferry fares\n\nThe ferry operator raised its fares on Monday by a tenth.\n\n| Route | Fare |\n|---|---|\n| Harbour Crossing | Four Pounds |\n| Island Loop | Six Pounds |\n\nIslanders said the rise would hit commuters hardest.\n")
	rows := 0
	for _, b := range f.Blocks {
		if b.Kind == "table" {
			rows++
			if b.HeadlineShape {
				t.Errorf("table row %q is headline-shaped", b.Text)
			}
		}
	}
	if rows == 0 {
		t.Fatal("the table was not read as table rows")
	}
}

// A whole cookie banner, its longer sentences and buttons, is a strong
// page-chrome tag: its words are most of the line, which a rule reports.
func TestLongCookieBannerIsStrong(t *testing.T) {
	for _, banner := range []string{
		"We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept all Manage preferences",
		"Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren Einstellungen",
	} {
		f := extract(t, "a.txt", "Ferry fares rise\n\n"+banner+"\n")
		strong := false
		for _, b := range f.Blocks {
			for _, tg := range b.Tags {
				strong = strong || tg.Class == "page-chrome" && tg.Strong
			}
		}
		if !strong {
			t.Errorf("%s: no strong page-chrome tag", banner)
		}
	}
}

// A present verb in -s that is also a plural noun makes a clause when a
// subject and an object frame it; a caption's plural noun does not.
func TestPresentVerbInSMakesAClause(t *testing.T) {
	src := `Quarry expansion approved

The county planning board approved the expansion of the Hollins quarry on Wednesday after a hearing that lasted most of the day.

The decision affects about 40 households on the valley road.

This new permit covers the next twelve years of blasting.

The vote signals a change of mood on the board, which rejected a smaller plan in 2019.

The quarry trucks at the gate of the Hollins site at dawn.

Local walkers on the ridge above the quarry's northern slopes at dusk.
`
	f := extract(t, "quarry.txt", src)
	for _, start := range []string{"The decision affects", "This new permit", "The vote signals"} {
		if b := blockAt(t, f, start); b.Verbless {
			t.Errorf("%q has a present verb: %+v", start, b)
		}
	}
	for _, start := range []string{"The quarry trucks", "Local walkers"} {
		if b := blockAt(t, f, start); !b.Verbless {
			t.Errorf("%q is a caption without a verb: %+v", start, b)
		}
	}
}

// A time ago alone, in any of the four languages, or the day before alone
// is a date line, as is a time ago after a short label; after three words
// or more it is a headline's stamp, and a date line still takes a longer
// label.
func TestTimeAgoLines(t *testing.T) {
	for text, want := range map[string]string{
		"3 hours ago":         "date",
		"vor 3 Stunden":       "date",
		"hace 5 horas":        "date",
		"il y a 2 heures":     "date",
		"Yesterday":           "date",
		"Updated 3 hours ago": "date",
		"Chess champion keeps crown — 3 hours ago":          "",
		"Fährstreik nach Einigung abgesagt – vor 3 Stunden": "",
		"Yesterday the ferry left late":                     "",
		"Last updated on Monday 8 June 2025":                "date",
	} {
		f := extract(t, "line.txt", "Ferry fares rise by a tenth\n\n"+storyBody+"\n"+text+"\n")
		b := f.Blocks[len(f.Blocks)-1]
		if b.Text != text {
			t.Fatalf("%q: last block %q", text, b.Text)
		}
		if b.Line != want {
			t.Errorf("%q: line %q, want %q", text, b.Line, want)
		}
	}
}

// TestScoreLines checks that a match result on its own line is not
// headline-shaped, in the ways results are written, while headlines with a
// score or numbers keep their shape.
func TestScoreLines(t *testing.T) {
	for _, c := range []struct {
		text  string
		score bool
	}{
		{"United 3 Rovers 1", true},
		{"Real Madrid 2-1 Atlético de Madrid", true},
		{"Bayern München – Borussia Dortmund 3:1", true},
		{"Paris Saint-Germain 1 - 0 Olympique de Marseille", true},
		{"1. FC Köln – FC St. Pauli 2:0", true},
		{"Bayern Beat Dortmund 3-1 to Stay Top", false},
		{"Rangers 2-1 Celtic: What We Learned", false},
		{"Top 10 Cities to Visit in 2025", false},
		{"Apollo 11 Crew Remembered After 50 Years", false},
	} {
		if got := scoreLineRE().MatchString(c.text); got != c.score {
			t.Errorf("%q: score line %v, want %v", c.text, got, c.score)
		}
	}
}

// TestStyledLetters checks words written in mathematical or fullwidth
// letters: listed as disguised Latin, with the plain letter each stands for,
// except a lone symbol in a formula and fullwidth letters in Japanese text.
func TestStyledLetters(t *testing.T) {
	src := "𝐁𝐮𝐲 now. ＦＲＥＥ spins. Solve for 𝑥 today.\n\nＮＨＫによると、東京で雨。\n"
	f := extract(t, "styled.txt", src)
	got := map[string]string{}
	for _, w := range f.MixedScript {
		if !w.LookAlike || w.Script != "Latin" {
			t.Errorf("%s: %+v", w.Word, w)
		}
		got[w.Word] = w.Foreign[0].Script + " " + w.Foreign[0].Letter + "→" + w.Foreign[0].LooksLike
	}
	want := map[string]string{"𝐁𝐮𝐲": "Mathematical Alphanumeric 𝐁→B", "ＦＲＥＥ": "Fullwidth Ｆ→F"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

// A present verb in -s after a subject with a phrase of place makes a
// clause; a caption's plural noun still does not.
func TestPresentVerbAfterALongerSubject(t *testing.T) {
	src := `Libraries under threat

Every week, the library on my street hosts a homework club and a knitting circle.

The fishing boats of the old harbour at dawn.
`
	f := extract(t, "library.txt", src)
	if b := blockAt(t, f, "Every week"); b.Verbless {
		t.Errorf("\"hosts\" is the verb: %+v", b)
	}
	if b := blockAt(t, f, "The fishing boats"); !b.Verbless {
		t.Errorf("the caption is verbless: %+v", b)
	}
}

// TestCreditedWorks checks the lines of a list of works, each credited to
// its author, against teaser headlines that end with a place or one name.
func TestCreditedWorks(t *testing.T) {
	for _, c := range []struct {
		text   string
		credit bool
	}{
		{"The Salt Road by Maya Greene", true},
		{"La Casa de los Faros, de Marta Gil", true},
		{"Das Haus am Leuchtturm von Marta Gil", true},
		{"Le Quai des Brumes, par Lucie Bernard", true},
		{"Huelga de Metro en el Centro de Madrid", false},
		{"Die Rede von Merz im Bundestag", false},
		{"Tariffs Announced by Trump", false},
	} {
		if got := creditWorkRE().MatchString(c.text); got != c.credit {
			t.Errorf("%q: credited %v, want %v", c.text, got, c.credit)
		}
	}
}

// TestDotlessI checks the Turkish dotless "ı" standing for "i" in small
// words of another language, while Turkish names keep theirs.
func TestDotlessI(t *testing.T) {
	src := "Please log ın to verıfy your account.\n\nKemal Kılıçdaroğlu met Akın Gürlek in Diyarbakır and Iğdır.\n\nThe slogan read: halkın iradesi, başkanın sözü.\n"
	f := extract(t, "dotless.txt", src)
	var got []string
	for _, w := range f.MixedScript {
		got = append(got, w.Word)
		if !w.LookAlike || w.Foreign[0].LooksLike != "i" {
			t.Errorf("%s: %+v", w.Word, w)
		}
	}
	if fmt.Sprint(got) != "[ın verıfy]" {
		t.Errorf("dotless words: %v, want [ın verıfy]", got)
	}
}
