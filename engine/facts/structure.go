package facts

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/lexicon"
)

// Header is the header cluster: the site name, page title, H1, dateline,
// byline and standfirst a page opens with, before its first paragraph of
// prose. A page title and the H1 that repeats it belong together: the
// cluster is never a duplicate of itself.
type Header struct {
	FirstBlock int          `json:"first_block"`
	LastBlock  int          `json:"last_block"`
	Blocks     []HeaderPart `json:"blocks"`
	Span       Span         `json:"span"`
}

// HeaderPart is one block of the header cluster and the part it plays:
// title (the headline or a repeat of it), date, byline, furniture (a
// widget label such as "Share this article"), or other (a site name, a
// section, a standfirst).
type HeaderPart struct {
	Block int    `json:"block"`
	Role  string `json:"role"`
}

// Teaser is a unit of page furniture that advertises other stories,
// recognised by its shape rather than its words.
type Teaser struct {
	// Kind says which shape: label (headlines after a furniture label:
	// "More Stories", "Read more:"), list (three or more headline lines in
	// a row), dated (a headline carrying a date later than the article's,
	// or a date glued to it), sourced (a headline credited to another
	// outlet: "WSJ: …"), stamped (two or more headlines in a row, each
	// ending with its time stamp: "… 12 hours ago").
	Kind       string `json:"kind"`
	FirstBlock int    `json:"first_block"`
	LastBlock  int    `json:"last_block"`
	// Label is the furniture label's block, or -1; Labels lists every
	// label inside the unit (a "Related Tags" after "More Stories").
	Label  int   `json:"label"`
	Labels []int `json:"labels,omitempty"`
	// LabelText is the label as written ("More Stories", "Read more"), ""
	// when there is none.
	LabelText string `json:"label_text"`
	// Headlines are the teaser headlines' blocks, Texts their texts (after
	// the label when it shares their line: "Read more: …"); Meta the date,
	// byline and section lines among them.
	Headlines []int `json:"headlines"`
	Meta      []int `json:"meta,omitempty"`
	// Summaries are the one- or two-sentence blurbs and captions between
	// a label's headlines that share next to nothing with the article.
	Summaries []int    `json:"summaries,omitempty"`
	Texts     []string `json:"texts"`
	Span      Span     `json:"span"`
	// Date is, for dated teasers, the date that is later than the
	// article's (as written), and Glued whether it was stuck to the
	// headline without a space.
	Date  string `json:"date,omitempty"`
	Glued bool   `json:"glued,omitempty"`
}

// Trailer is text glued to the end of a paragraph after its last sentence:
// a headline after a dash ("… policy. — Cup Qualifiers: Match Schedules"),
// a photo's credit there ("… sagt Kanzler Scholz. - Foto: Jane Doe/dpa")
// or a source name ("… ambitions. The Independent").
type Trailer struct {
	Block int    `json:"block"`
	Kind  string `json:"kind"` // headline, source, credit
	Text  string `json:"text"`
	Span  Span   `json:"span"`
}

// Splice is a search query spliced into a sentence where it does not fit
// the grammar: the headline's question "who is Prime Minister of the United
// Kingdom" after "Before he was".
type Splice struct {
	Block    int    `json:"block"`
	Sentence int    `json:"sentence"`
	Phrase   string `json:"phrase"`
	Text     string `json:"text"`
	Span     Span   `json:"span"`
}

const (
	// headerMaxBlocks bounds the header cluster.
	headerMaxBlocks = 10
	// bodyWords is the length from which a paragraph that ends like a
	// sentence is body text.
	bodyWords = 18
	// teaserMaxWords is the longest line read as a teaser headline after a
	// label (teasers after a label may run past headline length).
	teaserMaxWords = 30
	// labelReach is how many blocks after a label may be its teasers.
	labelReach = 12
	// summarySimilarity is the most a teaser's blurb may share with the
	// article (TF-IDF cosine; body paragraphs of real pages score 0.077 and
	// more).
	summarySimilarity = 0.06
	// summaryMaxWords is the longest blurb under a teaser's headline; a
	// longer paragraph is the article's.
	summaryMaxWords = 30
	// laterDays is how much later than the article a headline's date must
	// be for the headline to be someone else's.
	laterDays = 30
)

// structure finds the header cluster, teaser units, glued trailers and
// spliced queries. It runs after the block signals.
func structure(x *extraction, bw []blockWords) {
	f := x.f
	f.Header = header(f)
	inHeader := map[int]bool{}
	if f.Header != nil {
		for _, p := range f.Header.Blocks {
			inHeader[p.Block] = true
			f.Blocks[p.Block].InHeader = true
		}
	}
	for i := range f.Blocks {
		b := &f.Blocks[i]
		b.Anaphoric = anaphoric(b.Text, x.tokens(bw, i))
		b.Query = queryLine(b)
	}
	markContents(f)
	f.Teasers = teasers(f, inHeader)
	f.Trailers = trailers(x)
	f.Splices = splices(x, bw)
}

// header collects the leading blocks before the first paragraph of prose.
func header(f *Facts) *Header {
	var parts []HeaderPart
	titleKey := ""
	if f.Title != nil {
		titleKey = f.Title.Key
	}
	for i := range f.Blocks {
		b := &f.Blocks[i]
		if i >= headerMaxBlocks || bodyParagraph(b) {
			break
		}
		role := "other"
		switch {
		case b.Key != "" && b.Key == titleKey, i == 0 && b.Kind == "heading":
			role = "title"
		case b.Line == "date":
			role = "date"
		case b.Line == "byline":
			role = "byline"
		case hasWholeTag(b, "page-chrome"):
			role = "furniture"
		}
		parts = append(parts, HeaderPart{Block: i, Role: role})
	}
	if len(parts) == 0 || len(parts) == len(f.Blocks) {
		return nil
	}
	first, last := parts[0].Block, parts[len(parts)-1].Block
	return &Header{FirstBlock: first, LastBlock: last, Blocks: parts, Span: joinSpans(f.Blocks[first].Span, f.Blocks[last].Span)}
}

// bodyParagraph: a paragraph long enough and ending like a sentence.
func bodyParagraph(b *Block) bool {
	if b.Kind == "heading" || b.Words < bodyWords || b.Line != "" {
		return false
	}
	return document.EndsSentence(b.Text) || b.Words >= 2*bodyWords
}

func hasWholeTag(b *Block, class string) bool {
	for _, t := range b.Tags {
		if t.Class == class && t.Whole {
			return true
		}
	}
	return false
}

// claimedByOther reports a block with a strong tag of a class other than
// page-chrome: another widget that its own rule reports.
func claimedByOther(b *Block) bool {
	for _, t := range b.Tags {
		if t.Strong && t.Class != "page-chrome" && t.Class != "photo-credit" && t.Class != "teaser-source" {
			return true
		}
	}
	return false
}

func hasTag(b *Block, class string) bool {
	for _, t := range b.Tags {
		if t.Class == class {
			return true
		}
	}
	return false
}

// anaphoricWords open a paragraph that carries on from the one before
// (words/anaphoric.txt).
var anaphoricWords = wordFile("words/anaphoric.txt")

// carryVerbs are the Spanish verbs of saying that carry on a speaker's
// words (words/carry-verbs.txt).
var carryVerbs = wordFile("words/carry-verbs.txt")

// roleNouns name an office; definiteArticles may refer back with one
// (words/role-nouns.txt, words/definite-articles.txt).
var (
	roleNouns        = wordFile("words/role-nouns.txt")
	definiteArticles = wordFile("words/definite-articles.txt")
)

// anaphoric reports a block whose first three words include a word that
// refers back ("He also said …", "In the meantime, she …" is not caught;
// "The minister also …" is), whose first words go on with a speaker's
// words ("Sobre el escándalo, aseguró que …", "… a-t-il ajouté"), or that
// names someone by an office alone ("la mandataria no aclaró …"): the
// article named them before.
func anaphoric(text string, toks []lexicon.Token) bool {
	if backByOffice(text, toks) {
		return true
	}
	for k := 0; k < len(toks) && k < 3; k++ {
		if anaphoricWords[toks[k].Norm] {
			return true
		}
	}
	for k := 0; k < len(toks) && k < 25; k++ {
		w := toks[k].Norm
		if carryVerbs[w] && k+1 < len(toks) && toks[k+1].Norm == "que" || strings.HasSuffix(w, "-t-il") || strings.HasSuffix(w, "-t-elle") {
			return true
		}
	}
	return false
}

// backByOffice reports a definite article and an office's noun with
// neither a name nor an "of" after it: "the president said", "la
// mandataria no aclaró", not "the president of the club" nor "der Kanzler
// Friedrich Merz".
func backByOffice(text string, toks []lexicon.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if !definiteArticles[toks[k].Norm] || !roleNouns[toks[k+1].Norm] {
			continue
		}
		if k+2 == len(toks) {
			return true
		}
		next := toks[k+2]
		r, _ := utf8.DecodeRuneInString(text[next.Start:])
		if !unicode.IsUpper(r) && !officeOf[next.Norm] {
			return true
		}
	}
	return false
}

// officeOf are the words that tie an office's noun to what it is the office of.
var officeOf = map[string]bool{"of": true, "de": true, "des": true, "du": true, "del": true, "von": true, "d": true}

// queryWords open a search query, in English, French, German and Spanish
// (queries often drop accents).
var queryWords = map[string]bool{
	"who": true, "what": true, "when": true, "where": true, "why": true, "how": true, "which": true,
	"is": true, "are": true, "does": true, "can": true, "best": true, "top": true,
	"qui": true, "quel": true, "quelle": true, "comment": true, "pourquoi": true, "où": true, "quand": true,
	"wer": true, "was": true, "wie": true, "warum": true, "wo": true, "wann": true, "welche": true, "welcher": true,
	"quién": true, "quien": true, "qué": true, "cómo": true, "como": true, "dónde": true, "donde": true,
	"cuándo": true, "cuando": true, "cuál": true, "cual": true,
}

// queryLine reports a line typed like a search-engine query: all lower
// case, at least four words, no punctuation at its end, opening with a
// question word ("who is the current president of the united states").
func queryLine(b *Block) bool {
	if b.Words < 4 || b.Words > 16 || document.EndsSentence(b.Text) {
		return false
	}
	for _, r := range b.Text {
		if unicode.IsUpper(r) {
			return false
		}
	}
	toks := lexicon.Tokenize(b.Text)
	return len(toks) > 0 && queryWords[toks[0].Norm]
}

// teaserHeadline: a line shaped like a headline (capital first, no final
// sentence punctuation) of at least three and at most max words.
func teaserHeadline(b *Block, max int) bool {
	return !b.Question && headlineLine(b, max, ".!?;:,…")
}

// questionTeaser: under a label, a headline may ask ("Et si la star était
// l'incarnation du harcèlement ?"): one sentence that shares next to
// nothing with the article. The article's own questions share its words.
func questionTeaser(b *Block) bool {
	return b.Question && b.Sentences <= 1 && b.Similarity <= summarySimilarity && headlineLine(b, teaserMaxWords, ".!;:,…")
}

// headlineLine: a line of at least three and at most max words that
// opens with a capital, a digit or a quote and does not end with one of
// stops.
func headlineLine(b *Block, max int, stops string) bool {
	if b.Words < 3 || b.Words > max || b.Line != "" {
		return false
	}
	t := strings.TrimSpace(b.Text)
	first, _ := utf8.DecodeRuneInString(t)
	if !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(`"'‘“«`, first)) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(stops, last)
}

// label reports a furniture label: a line of at most six words that opens
// with a page-chrome label, an entry tied to the start of its line ("More
// Stories", "Related Tags", "More from Example Media"). A call to action
// ("Join us on Telegram") is furniture but heads nothing.
func label(b *Block) bool {
	if b.Words > 6 || document.EndsSentence(b.Text) || hasTag(b, "contents-heading") || adSlot(b.Text) || menuBar(b.Text) {
		// A table of contents heads the article's own sections; an
		// advertisement's slot heads nothing, and the article goes on
		// after it ("Advertisement", then the next subheading); nor does
		// a site's menu or breadcrumb ("Accueil | Politique | Monde"),
		// above the page's own headline.
		return false
	}
	for _, t := range b.Tags {
		if t.Class == "page-chrome" && strings.HasPrefix(t.Pattern, "^") {
			return true
		}
	}
	return false
}

// holdsDateLine: block b is the line the article's date was read from
// ("Mis à jour le 15/06/2025 | Publié le 14/02/2024"), whose later date is
// the update's, not another story's.
func holdsDateLine(f *Facts, b *Block) bool {
	sp := f.Date.Span
	return f.Date.Source == SourceDateline && sp != nil && sp.Offset >= b.Span.Offset && sp.EndOffset <= b.Span.EndOffset
}

// menuBar: the line is three or more sections of a site split by bars or
// breadcrumb arrows ("Accueil | Politique | Monde", "Home › World ›
// Europe").
func menuBar(text string) bool {
	n := 0
	for _, sep := range []string{"|", "›", "»", " > "} {
		n = max(n, strings.Count(text, sep))
	}
	return n >= 2
}

// adSlots are the lines that mark where an advertisement sits
// (words/ad-slots.txt), their words folded and joined by a space.
var adSlots = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	eachLine("words/ad-slots.txt", func(fields []string) {
		m[foldedWords(strings.Join(fields, " "))] = true
	})
	return m
})

// adSlot: the line marks where an advertisement sits.
func adSlot(text string) bool { return adSlots()[foldedWords(text)] }

// foldedWords is text's words, folded, joined by a space.
func foldedWords(text string) string {
	toks := lexicon.Tokenize(text)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
	}
	return strings.Join(words, " ")
}

// inlineLabel reports a label and its headline on one line ("Read more:
// …"): a page-chrome tag covering the block that starts with a label and a
// colon.
func inlineLabel(b *Block) bool {
	for _, t := range b.Tags {
		// The label's colon has a headline after it: a line that ends in a
		// colon ("Posted by … at 10:05 No comments:") heads nothing.
		if t.Class == "page-chrome" && t.Whole && (colonHeadline(t.Text) || barHeadline(t.Text) && !menuBar(t.Text)) && b.Words > 3 && !adSlot(b.Text) {
			return true
		}
	}
	return false
}

// barHeadline reports a bar, a chevron, a dash or an arrow between a
// label and its headline ("ALSO READ | …", "Read more » …", "ALSO READ -
// …", "Read more → …", "Read more >> …").
func barHeadline(text string) bool {
	for _, sep := range labelSeparators {
		if i := strings.Index(text, sep); i > 0 && headlineRest(text[i+len(sep):]) && headlineStart(text[i+len(sep):]) {
			return true
		}
	}
	return false
}

// headlineStart: the text opens as a headline does, with a capital, a
// digit or a quotation mark ("Advertisement - scroll to continue" goes on
// in lower case).
func headlineStart(text string) bool {
	first, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	return unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(`"'‘“«`, first)
}

// labelSeparators stand between a label and its headline on one line.
var labelSeparators = []string{" | ", " » ", " › ", " - ", " – ", " — ", " → ", " -> ", " >> ", " ⟶ "}

// cutLabel cuts a line at its first label separator, a colon or one of
// labelSeparators ("Read more: …", "À LIRE AUSSI - Grève au port : …").
func cutLabel(text string) (before, after string, ok bool) {
	at, size := strings.Index(text, ": "), 2
	for _, sep := range labelSeparators {
		if i := strings.Index(text, sep); i > 0 && (at < 0 || i < at) {
			at, size = i, len(sep)
		}
	}
	if at < 0 {
		return text, "", false
	}
	return text[:at], text[at+size:], true
}

// colonHeadline reports a colon followed by a space and a headline ("Read
// more: HEADLINE"); the colon of a time ("10:05") is not one.
func colonHeadline(text string) bool {
	for i := strings.IndexByte(text, ':'); i >= 0; {
		rest := text[i+1:]
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsSpace(r) && headlineRest(rest) {
			return true
		}
		j := strings.IndexByte(rest, ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// headlineRest: the text after a label's separator can be a headline: two
// words or more, four when it opens with a number, since a count and its
// unit are the label's value ("Estimated reading time: 4 minutes", "Read
// time: 5 min read"), where "5 things to know about the strike" is a
// headline.
func headlineRest(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return false
	}
	n := len(lexicon.Tokenize(rest))
	first, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsDigit(first) {
		return n >= 4
	}
	return n >= 2
}

// gluedDateRE finds a date stuck to the word before it at the end of a
// line: a teaser's headline and date line run together ("… Returns
// EarlyMarch 9, 2025").
var gluedDateRE = lazyRegexp(`[\p{L}\d]((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4})\s*$|[\p{L}\d]((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? \d{4})\s*$`)

// gluedDayRE is gluedDateRE for a date written day first, in any of the
// four languages, its day stuck to the last letter of the headline ("… à
// cause de la neige9 mars 2025", "… im Norden9. März 2025", "… en el
// norte9 de marzo de 2025", "… Returns Early9 March 2025").
var gluedDayRE = lazyRegexpOf(func() string {
	var names []string
	for _, l := range monthLines() {
		names = append(names, regexp.QuoteMeta(l.names[0]))
	}
	return `\p{L}(\d{1,2}(?:er|\.)? (?:de )?(?i:` + strings.Join(names, "|") + `)(?: de)? \d{4})\s*$`
})

// gluedDate matches gluedDateRE, then gluedDayRE, on a text that ends with
// a year, the regular expressions' last word: most headlines do not, and
// the expressions, free to start anywhere, would try every position of
// those. It returns the match's indexes with the date's first.
func gluedDate(text string) []int {
	t := strings.TrimRightFunc(text, func(r rune) bool { return r < utf8.RuneSelf && isSpaceByte(byte(r)) })
	if len(t) < 4 {
		return nil
	}
	for _, c := range []byte(t[len(t)-4:]) {
		if c < '0' || c > '9' {
			return nil
		}
	}
	m := gluedDateRE().FindStringSubmatchIndex(text)
	if m == nil {
		m = gluedDayRE().FindStringSubmatchIndex(text)
	}
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			return []int{m[g], m[g+1]}
		}
	}
	return nil
}

// blurbFollows: the block after t's blocks so far is a blurb only under a
// headline (perhaps after its date line), not under another blurb.
func blurbFollows(t Teaser) bool {
	n := len(t.Headlines)
	return n > 0 && (len(t.Summaries) == 0 || t.Summaries[len(t.Summaries)-1] < t.Headlines[n-1])
}

// contentsReach is how far apart (in blocks) two entries of one table of
// contents may stand.
const contentsReach = 3

// markContents marks the entries of a table of contents: lines that repeat
// a section heading further down the article ("1. How much does a boiler cost?"
// before the section of that name). Such a list is the article's own
// outline, not teasers of other stories, and its headings are not repeats.
// One line alone proves nothing: an entry needs another within
// contentsReach blocks.
func markContents(f *Facts) {
	// A section heading: a heading-like line (not a list item) over a
	// paragraph of prose, perhaps after a subheading. A headline repeated
	// in a second teaser widget heads no prose.
	later := map[string]int{} // key of a section heading → its last index
	for i := range f.Blocks {
		b := &f.Blocks[i]
		if b.Key != "" && b.Kind != "list_item" && (b.Kind == "heading" || b.HeadlineShape || b.Question) && headsProse(f, i) {
			later[b.Key] = i
		}
	}
	var cand []int
	for i := range f.Blocks {
		b := &f.Blocks[i]
		if b.Words < 2 || b.Words > teaserMaxWords {
			continue
		}
		keys := []string{b.Key}
		for s := b.FirstSentence; s < b.FirstSentence+b.Sentences && s < len(f.Sentences); s++ {
			if f.Sentences[s].Words >= 2 {
				keys = append(keys, f.Sentences[s].Key)
			}
		}
		for _, k := range keys {
			if j, ok := later[k]; ok && j > i {
				cand = append(cand, i)
				break
			}
		}
	}
	for n, i := range cand {
		if (n > 0 && i-cand[n-1] <= contentsReach) || (n+1 < len(cand) && cand[n+1]-i <= contentsReach) {
			f.Blocks[i].Contents = true
		}
	}
}

// headsProse reports a paragraph of prose right after block i, or after
// one subheading.
func headsProse(f *Facts, i int) bool {
	for k := i + 1; k < len(f.Blocks) && k <= i+2; k++ {
		c := &f.Blocks[k]
		if bodyParagraph(c) {
			return true
		}
		if c.Kind != "heading" && !c.HeadlineShape {
			return false
		}
	}
	return false
}

func teasers(f *Facts, inHeader map[int]bool) []Teaser {
	var out []Teaser
	used := map[int]bool{}
	n := len(f.Blocks)
	body := func(i int) bool {
		return f.Blocks[i].Region == "" && !inHeader[i] && (f.Title == nil || i != f.Title.Block)
	}
	add := func(t Teaser) {
		// A label on its headline's line ("Read more: …") is cut off the
		// headlines' texts, at the first ": " of each.
		inline := false
		if t.Label >= 0 {
			t.LabelText = f.Blocks[t.Label].Text
			if before, _, ok := cutLabel(t.LabelText); ok && t.Kind == "label" && slices.Contains(t.Headlines, t.Label) {
				inline = true
				t.LabelText = strings.TrimSpace(before)
			}
		}
		for _, h := range t.Headlines {
			used[h] = true
			text := f.Blocks[h].Text
			if _, after, ok := cutLabel(text); ok && inline {
				text = strings.TrimSpace(after)
			}
			t.Texts = append(t.Texts, text)
		}
		first := t.FirstBlock
		t.Span = joinSpans(f.Blocks[first].Span, f.Blocks[t.LastBlock].Span)
		out = append(out, t)
	}
	// Headlines after a furniture label, up to the next paragraph of prose;
	// between the headline and the first paragraph too, where a page puts
	// its "Top stories" above the article.
	labelled := func(i int) bool {
		return f.Blocks[i].Region == "" && (f.Title == nil || i != f.Title.Block)
	}
	for i := 0; i < n; i++ {
		b := &f.Blocks[i]
		if !labelled(i) {
			continue
		}
		if inlineLabel(b) {
			// Not in the header, where a byline's "Last Updated: …"
			// is no teaser.
			if body(i) {
				add(Teaser{Kind: "label", FirstBlock: i, LastBlock: i, Label: i, Labels: []int{i}, Headlines: []int{i}})
			}
			continue
		}
		if !label(b) {
			continue
		}
		t := Teaser{Kind: "label", FirstBlock: i, LastBlock: i, Label: i, Labels: []int{i}}
	scan:
		for j := i + 1; j < n && j <= i+labelReach && labelled(j); j++ {
			c := &f.Blocks[j]
			switch {
			case c.Words == 0:
			case inlineLabel(c):
				// "Read more: HEADLINE" is a teaser of its own.
				break scan
			case label(c):
				t.Labels = append(t.Labels, j)
			case claimedByOther(c):
				// A comment form or an author box after "Related
				// Posts" is that widget, not a teaser.
				break scan
			case hasTag(c, "page-chrome"):
				// Furniture of the widget, not a teaser: a shop box's
				// "Product 9.99 Add to cart", a newsletter box, a
				// paywall's "Jetzt 4 Wochen für 0,99 € testen".
			case c.Line != "":
				t.Meta = append(t.Meta, j)
			case teaserHeadline(c, teaserMaxWords), questionTeaser(c):
				t.Headlines = append(t.Headlines, j)
			case c.Kind == "paragraph" && c.Sentences <= 2 && c.Words <= summaryMaxWords && c.Similarity <= summarySimilarity && blurbFollows(t):
				// A headline's blurb, right under it: one blurb a
				// headline.
				t.Summaries = append(t.Summaries, j)
			default:
				break scan
			}
			t.LastBlock = j
		}
		if len(t.Headlines) > 0 && !outline(f, t.Headlines) {
			add(t)
			i = t.LastBlock
		}
	}
	// Three or more title-case headlines in a row (date lines may sit
	// between them). A list of the article's own points is a list of
	// sentences, and a list without links is left alone; a page's title
	// printed twice over its subtitle is its header, not three headlines.
	var named map[string]bool
	for i := 0; i < n; i++ {
		if used[i] || !listHeadline(f, i) || !body(i) {
			continue
		}
		t := Teaser{Kind: "list", FirstBlock: i, LastBlock: i, Label: -1}
		j := i
		for ; j < n && body(j) && !used[j]; j++ {
			c := &f.Blocks[j]
			switch {
			case listHeadline(f, j):
				t.Headlines = append(t.Headlines, j)
				t.LastBlock = j
			case c.Line != "":
				t.Meta = append(t.Meta, j)
			case c.Words == 0:
			default:
				goto done
			}
		}
	done:
		if distinctTexts(f, t.Headlines) >= 3 && !afterSources(f, i) && !numberedOutline(f, t.Headlines) && !ownSections(f, t.Headlines, &named) && !creditedWorks(f, t.Headlines) {
			add(t)
		}
		i = max(j-1, i)
	}
	// Runs of headlines that each end with a time stamp. Dates end the
	// lines of an article's own timeline too ("Key dates", then "Ballot
	// closes September 15, 2025"): such a run under a heading of its own,
	// stamped by dates alone, is the article's, whatever its dates.
	runs, marks := stampedRuns(f, body, used)
	own := map[int]bool{}
	for _, r := range runs {
		if !r.ago && !afterProse(f, r.blocks[0]) {
			for _, i := range r.blocks {
				own[i] = true
			}
		}
	}
	// A headline carrying a date later than the article's, or a date glued
	// to it ("… outgoing SPDFebruary 24, 2025"); a headline credited to
	// another outlet.
	later := laterDates(f, laterThan(f.Date))
	for i := 0; i < n; i++ {
		b := &f.Blocks[i]
		if used[i] || !body(i) || !teaserHeadline(b, teaserMaxWords) || claimedByOther(b) {
			continue
		}
		if m := gluedDate(b.Text); m != nil {
			add(Teaser{Kind: "dated", FirstBlock: i, LastBlock: i, Label: -1, Headlines: []int{i}, Date: b.Text[m[0]:m[1]], Glued: true})
			continue
		}
		if d := later[i]; d != "" && !own[i] && !holdsDateLine(f, b) {
			add(Teaser{Kind: "dated", FirstBlock: i, LastBlock: i, Label: -1, Headlines: []int{i}, Date: d})
			continue
		}
		if hasTag(b, "teaser-source") && b.HeadlineShape {
			add(Teaser{Kind: "sourced", FirstBlock: i, LastBlock: i, Label: -1, Headlines: []int{i}})
		}
	}
	// Two or more of those headlines in a row that share next to nothing
	// with the article: a widget's list of other stories.
	for _, r := range runs {
		if own[r.blocks[0]] {
			continue
		}
		t := Teaser{Kind: "stamped", Label: -1}
		for _, i := range r.blocks {
			if !used[i] && f.Blocks[i].Similarity <= stampedSimilarity(marks[i]) {
				t.Headlines = append(t.Headlines, i)
				if l := marks[i].line; l >= 0 {
					t.Meta = append(t.Meta, l)
				}
			} else if len(t.Headlines) > 0 {
				break
			}
		}
		if len(t.Headlines) >= 2 {
			t.FirstBlock, t.LastBlock = t.Headlines[0], t.Headlines[len(t.Headlines)-1]
			if l := marks[t.LastBlock].line; l >= 0 {
				t.LastBlock = l
			}
			add(t)
		}
	}
	// One headline alone whose time ago a dash or a bar sets off at its
	// end ("Steel tariffs signed — 3 hours ago"), short and sharing next
	// to nothing with the article, on a page that is not a live blog
	// (whose posts may carry their time so).
	var single []int
	for i, m := range marks {
		b := &f.Blocks[i]
		if m.ago && m.set && !used[i] && body(i) && b.Words <= singleStampWords && b.Similarity <= nameCheckSimilarity {
			single = append(single, i)
		}
	}
	if len(single) > 0 && !livePage(f) {
		for _, i := range single {
			add(Teaser{Kind: "stamped", FirstBlock: i, LastBlock: i, Label: -1, Headlines: []int{i}})
		}
	}
	sortTeasers(out)
	return out
}

// creditWorkRE is a title credited to its author or maker at the end of
// its line: "The Salt Road by Maya Greene", "La casa de los faros, de Marta
// Gil", "Das Haus am Leuchtturm von Marta Gil", "Le Quai, par Lucie
// Bernard".
var creditWorkRE = lazyRegexp(`(?:\s(?:by|von)|,\s(?:by|de|von|par|por|di|da))\s\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2}$`)

// creditedWorks reports headlines that each end by crediting a person: a
// list of books, films or records (a critics' choice, a prize's
// shortlist), which teasers of other stories are not.
func creditedWorks(f *Facts, headlines []int) bool {
	for _, h := range headlines {
		if !creditWorkRE().MatchString(strings.TrimSpace(f.Blocks[h].Text)) {
			return false
		}
	}
	return true
}

// outline reports headlines that include entries of a table of contents:
// a "Contents" label heads the article's own sections, not other stories.
func outline(f *Facts, headlines []int) bool {
	for _, h := range headlines {
		if f.Blocks[h].Contents {
			return true
		}
	}
	return false
}

// ownSections: the headlines are mostly the article's own outline: an
// entry numbered right after the line before it ("7. Conclusion", then
// "8. Frequently Asked Questions"), or a section heading that an entry of
// a table of contents or a numbered line names.
//
// named holds the keys of the sentences of the page's table of contents
// and numbered lines, made on the first call and kept for the next ones
// (made for each list, it grew with the square of a long page).
func ownSections(f *Facts, headlines []int, named *map[string]bool) bool {
	if *named == nil {
		*named = map[string]bool{}
		for i := range f.Blocks {
			b := &f.Blocks[i]
			if _, numbered := leadingNumber(b.Text); b.Contents || numbered {
				for s := b.FirstSentence; s < b.FirstSentence+b.Sentences && s < len(f.Sentences); s++ {
					(*named)[f.Sentences[s].Key] = true
				}
			}
		}
	}
	own := 0
	for _, h := range headlines {
		n, numbered := leadingNumber(f.Blocks[h].Text)
		prev := h - 1
		for prev >= 0 && f.Blocks[prev].Words == 0 {
			prev--
		}
		if numbered && prev >= 0 {
			if m, ok := leadingNumber(f.Blocks[prev].Text); ok && m == n-1 {
				own++
				continue
			}
		}
		if (*named)[f.Blocks[h].Key] {
			own++
		}
	}
	return 2*own >= len(headlines)
}

// numberedOutline: the headlines are numbered in order ("2. How It
// Works", "3. What It Costs", "4. Who Uses It"), as an article numbers
// its own sections or a table of contents its entries; a run of pasted
// teasers is not.
func numberedOutline(f *Facts, headlines []int) bool {
	prev, run := -1, 0
	for _, h := range headlines {
		n, ok := leadingNumber(f.Blocks[h].Text)
		switch {
		case !ok:
			prev, run = -1, 0
			continue
		case n == prev+1:
			run++
		default:
			run = 1
		}
		if run >= 3 {
			return true
		}
		prev = n
	}
	return false
}

// leadingNumber reads "12. " or "12) " at the start of text.
func leadingNumber(text string) (int, bool) {
	text = strings.TrimSpace(text)
	n, k := 0, 0
	for k < len(text) && k < 3 && text[k] >= '0' && text[k] <= '9' {
		n = n*10 + int(text[k]-'0')
		k++
	}
	if k == 0 || k+1 >= len(text) || text[k] != '.' && text[k] != ')' || text[k+1] != ' ' {
		return 0, false
	}
	return n, true
}

func listHeadline(f *Facts, i int) bool {
	b := &f.Blocks[i]
	if b.Contents || claimedByOther(b) || !b.HeadlineShape || !b.TitleCase || b.Words < 4 || b.Line != "" {
		return false
	}
	return b.Kind != "list_item" || b.LinkDensity >= 0.5
}

// afterSources: the block before block i (empty ones aside) heads the
// article's sources ("Sources:", "Wichtige Quellen:"), whose titles are
// the article's own list.
func afterSources(f *Facts, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if f.Blocks[k].Words > 0 {
			return hasTag(&f.Blocks[k], "sources-heading")
		}
	}
	return false
}

// laterThan returns the last day after which a date is "later than the
// article" (its end plus laterDays), or "" when the article's date is not
// stated (an inferred date is the latest the text gives).
func laterThan(d RefDate) string {
	if d.End == "" || d.Source == "inferred" || d.Source == "none" {
		return ""
	}
	t, err := time.Parse("2006-01-02", d.End)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, laterDays).Format("2006-01-02")
}

// stampRE is a time stamp ending a line, a time ago: "12 hours ago", "il
// y a 2 heures", "vor 3 Stunden", "hace 2 horas". (Not a clock time: a
// schedule's lines end with theirs.)
var stampRE = lazyRegexp(`(?i)(?:\b(?:\d{1,2}|an?|one|two|three)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|` + agoForeign + `)\s*$`)

// stampedAgoSimilarity is the most a headline stamped by a time ago may
// share with the article in a run of them: another story of the same
// place shares its name ("Port strike: …" under a story of the port),
// and no story of the article's own runs its headlines with their times
// ago one after another (a live blog's posts have prose between them).
// A run stamped by dates keeps nameCheckSimilarity, as an article's own
// timeline may end its lines with dates.
const stampedAgoSimilarity = 0.2

func stampedSimilarity(m stampMark) float64 {
	if m.ago {
		return stampedAgoSimilarity
	}
	return nameCheckSimilarity
}

// singleStampWords is the longest line, its stamp included, read as one
// teaser headline alone by its time stamp.
const singleStampWords = 16

// livePage: some block opens as a live blog's post does, with its clock
// time.
func livePage(f *Facts) bool {
	for i := range f.Blocks {
		if post(f, i) {
			return true
		}
	}
	return false
}

// agoForeign is a time ago in French, German and Spanish ("il y a 2
// heures", "vor 3 Stunden", "hace 5 horas").
const agoForeign = `\bil\s+y\s+a\s+\d{1,2}\s+(?:min(?:utes?)?|heures?|jours?)\b|\bvor\s+\d{1,2}\s+(?:Minuten|Stunden|Tagen)\b|\bhace\s+\d{1,2}\s+(?:minutos?|horas?|días?)\b`

// stampMaxLen bounds a time-ago stamp's length in bytes ("il y a 12
// minutes"), its trailing space aside.
const stampMaxLen = 40

// wordsTail is the offset in text of its last words, at least n bytes
// before the end when text is longer and its trailing space aside,
// starting after a space so that a word is never cut.
func wordsTail(text string, n int) int {
	end := len(strings.TrimRightFunc(text, unicode.IsSpace))
	if end <= n {
		return 0
	}
	i := strings.LastIndexFunc(text[:end-n], unicode.IsSpace)
	if i < 0 {
		return 0
	}
	return i
}

// stampedRun is a run of two or more headline lines in a row that each
// end with their time stamp, or stand over a line that holds it; ago is
// set when one stamp is a time ago.
type stampedRun struct {
	blocks []int
	ago    bool
}

// stampMark is how a headline line is stamped: by a time ago (ago) or a
// date, at its end or (a time ago) on its own line under it (line, else
// -1), and, at its end, set off by a dash or a bar ("… — 3 hours ago":
// set).
type stampMark struct {
	ago  bool
	line int
	set  bool
}

// dayStampRE is the day before, set off by a dash or a bar at the end of
// a headline ("… — Yesterday", "… | Gestern"): words/stamp-words.txt,
// kind day.
var dayStampRE = lazyRegexpOf(func() string {
	var words []string
	for w, kind := range stampWords {
		if kind == "day" {
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	slices.Sort(words)
	return `(?i)\s[—–|·•-]\s*(?:` + strings.Join(words, "|") + `)\s*$`
})

// stampSet: the text before a stamp ends with a dash or a bar, which
// sets it off from its headline ("Port strike ends — 3 hours ago").
func stampSet(before string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(before, unicode.IsSpace))
	return strings.ContainsRune("—–|·•-", last)
}

// stampedRuns finds the body's runs of headline lines (empty blocks may
// stand between) that each end with their time stamp — a time ago ("… 12
// hours ago", "… — Yesterday") or a date of the text with its year ("…
// oil prices jump Sep 9, 2025") — after at least three words, or stand
// over a line that is only a time ago ("3 hours ago", "hace 3 horas"),
// none yet in a teaser. It returns the runs and how
// each stamped headline is stamped.
func stampedRuns(f *Facts, body func(int) bool, used map[int]bool) ([]stampedRun, map[int]stampMark) {
	var stamps map[int]stampMark
	mark := func(i, at int, ago bool) {
		b := &f.Blocks[i]
		if at < 12 || strings.Count(strings.TrimSpace(b.Text[:at]), " ") < 2 || !teaserHeadline(b, teaserMaxWords) || claimedByOther(b) {
			return
		}
		if stamps == nil {
			stamps = map[int]stampMark{}
		}
		m, ok := stamps[i]
		if !ok {
			m.line = -1
		}
		m.ago = m.ago || ago
		m.set = m.set || stampSet(b.Text[:at])
		stamps[i] = m
	}
	for _, d := range f.Dates {
		if d.Block < len(f.Blocks) && d.Year > 0 && strings.TrimSpace(f.Blocks[d.Block].Text[d.end:]) == "" {
			mark(d.Block, d.at, false)
		}
	}
	for i := range f.Blocks {
		b := &f.Blocks[i]
		if b.Words < 4 {
			continue
		}
		if !strings.ContainsAny(b.Text, "0123456789") {
			if m := dayStampRE().FindStringIndex(b.Text); m != nil {
				mark(i, m[0], true)
			}
			continue
		}
		// The stamp ends the block: only its last words are matched, not
		// the whole paragraph.
		from := wordsTail(b.Text, stampMaxLen)
		if m := stampRE().FindStringIndex(b.Text[from:]); m != nil {
			mark(i, from+m[0], true)
		}
	}
	// A headline over its stamp's own line. In a list that puts each
	// stamp above its headline ("3 hours ago", then the headline), a
	// headline stands over the next one's stamp: a headline right under
	// a stamp line that no headline stands over is not read so.
	prev := -1 // the last block with words
	for i := range f.Blocks {
		b := &f.Blocks[i]
		if b.Words == 0 {
			continue
		}
		p := prev
		prev = i
		if _, ok := stamps[i]; ok || !teaserHeadline(b, teaserMaxWords) || claimedByOther(b) {
			continue
		}
		if p >= 0 && stampOnly(f, p) && !stampsAbove(stamps, p) {
			continue
		}
		j := i + 1
		for j < len(f.Blocks) && f.Blocks[j].Words == 0 {
			j++
		}
		if j < len(f.Blocks) && stampOnly(f, j) {
			if stamps == nil {
				stamps = map[int]stampMark{}
			}
			stamps[i] = stampMark{ago: agoLine(&f.Blocks[j]), line: j}
		}
	}
	var runs []stampedRun
	for i := 0; i < len(f.Blocks); i++ {
		if _, ok := stamps[i]; !ok || used[i] || !body(i) {
			continue
		}
		r := stampedRun{}
		j, line := i, -1
		for ; j < len(f.Blocks) && body(j) && !used[j]; j++ {
			m, ok := stamps[j]
			if !ok && f.Blocks[j].Words > 0 && j != line {
				break
			}
			if ok {
				r.blocks = append(r.blocks, j)
				r.ago = r.ago || m.ago
				line = m.line
			}
		}
		if len(r.blocks) >= 2 {
			runs = append(runs, r)
		}
		i = max(j-1, i)
	}
	return runs, stamps
}

// stampOnly: block i is a short line that holds only a time ago or the
// day before ("3 hours ago", "vor 3 Stunden", "Yesterday"). (A date line
// under a headline is read with the run of unrelated headlines, where
// dates may stand between the lines of an article's own timeline.)
func stampOnly(f *Facts, i int) bool {
	b := &f.Blocks[i]
	return b.Line == "date" && b.Words <= 6 && agoLine(b)
}

// agoLine: the line ends with a time ago, or is the day before alone.
func agoLine(b *Block) bool {
	if stampRE().MatchString(b.Text) {
		return true
	}
	toks := lexicon.Tokenize(b.Text)
	return len(toks) == 1 && stampWords[toks[0].Norm] == "day"
}

// stampsAbove: the stamp line p is the one some headline stands over.
func stampsAbove(stamps map[int]stampMark, p int) bool {
	for _, m := range stamps {
		if m.line == p {
			return true
		}
	}
	return false
}

// afterProse: the block before block i (past empty ones) is a paragraph
// of prose, not a heading or a line.
func afterProse(f *Facts, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if b := &f.Blocks[k]; b.Words > 0 {
			return b.Kind == "paragraph" && b.Words >= 8 && !b.HeadlineShape && b.Line == ""
		}
	}
	return false
}

// laterDates maps a block to its first date, written with its day and
// year, that starts after limit (none when limit is ""): made in one pass,
// as looking through every date for each headline grew with the square of
// a long page.
func laterDates(f *Facts, limit string) map[int]string {
	if limit == "" {
		return nil
	}
	later := map[int]string{}
	for _, d := range f.Dates {
		if _, ok := later[d.Block]; !ok && d.Precision == "day" && d.Year > 0 && !d.YearInferred && d.Start > limit {
			later[d.Block] = d.Text
		}
	}
	return later
}

// sortTeasers orders the teasers by their first block, those of a block
// in the order found (each pass finds its own in page order: an insertion
// sort of the passes grew with the square of a long page).
func sortTeasers(ts []Teaser) {
	slices.SortStableFunc(ts, func(a, b Teaser) int { return cmp.Compare(a.FirstBlock, b.FirstBlock) })
}

var (
	// A headline after a dash that follows the paragraph's last sentence.
	dashTrailerRE = lazyRegexp(`[.!?]["”’)]?\s+(?:[—–|]|-{1,2})\s+(\p{Lu}[^.!?\n]{8,160})$`)
	// A source name after the last sentence: one to four capitalised words
	// and no final punctuation.
	sourceTrailerRE = lazyRegexp(`[.!?]["”’)]?\s+((?:The |Le |La |Der |Die |El )?\p{Lu}[\p{L}&.'’-]+(?: \p{Lu}[\p{L}&.'’-]+){0,3})$`)
)

// trailers finds text glued after a paragraph's last sentence.
// creditRE is a photo's credit after a caption's dash: "Foto: Jane
// Doe/dpa", "Photo: Jane Doe / AFP", "Imagen: EFE", "Jane Doe - Europa
// Press - Archivo".
var creditRE = lazyRegexp(`^(?:(?:AP |AFP |EPA )?(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Image|Imagen|Picture|Crédit photo|Crédits photo|Credit|Crédit|Quelle|Fuente)\s?:|\p{Lu}[\p{L}.'’ -]{1,40}?(?:\s?/\s?|\s[-–]\s)(?:dpa|AFP|AP|Reuters|EFE|EPA|Getty Images|picture alliance|Imago|Keystone|ANSA|Europa Press)\b)`)

func trailers(x *extraction) []Trailer {
	var out []Trailer
	for i := range x.f.Blocks {
		b := &x.f.Blocks[i]
		if b.Kind == "heading" || b.Region != "" || b.Sentences < 1 || b.Words < 12 {
			continue
		}
		src := &x.doc.Blocks[i].Text
		// Both expressions end the text and can start only near its end:
		// run them on that tail, not from every full stop of the block.
		if from := strings.LastIndexAny(b.Text, ".!?"); from >= 0 && strings.ContainsAny(b.Text[from:], "—–|-") {
			if m := dashTrailerRE().FindStringSubmatchIndex(b.Text[from:]); m != nil {
				a, z := from+m[2], from+m[3]
				seg := b.Text[a:z]
				// A quoted post's attribution ("— Jane Doe (@janedoe)
				// January 11, 2017") signs the quote above it.
				if creditRE().MatchString(seg) {
					out = append(out, Trailer{Block: i, Kind: "credit", Text: seg, Span: x.doc.TextSpan(src, a, z)})
					continue
				}
				if titleCased(seg) && CountWords(seg) >= 3 && !strings.Contains(seg, "(@") {
					out = append(out, Trailer{Block: i, Kind: "headline", Text: seg, Span: x.doc.TextSpan(src, a, z)})
					continue
				}
			}
		}
		from := sourceTrailerTail(b.Text)
		if !stopThenSpace(b.Text[from:]) {
			continue
		}
		if m := sourceTrailerRE().FindStringSubmatchIndex(b.Text[from:]); m != nil {
			a, z := from+m[2], from+m[3]
			seg := b.Text[a:z]
			out = append(out, Trailer{Block: i, Kind: "source", Text: seg, Span: x.doc.TextSpan(src, a, z)})
		}
	}
	return out
}

// sourceTrailerTail is where a match of sourceTrailerRE can start at the
// earliest: it holds at most five runs of white space (the one after the
// sentence, "The ", three between four words), so it starts at most two
// characters before the fifth run from the end. dashTrailerRE starts at
// the last full stop: nothing after it may hold one.
func sourceTrailerTail(s string) int {
	runs := 0
	for i := len(s) - 1; i >= 0; i-- {
		if !isSpaceByte(s[i]) {
			continue
		}
		runs++
		for i > 0 && isSpaceByte(s[i-1]) {
			i--
		}
		if runs == 5 {
			// The stop and a closing quote (up to three bytes) before it.
			j := max(i-8, 0)
			for j > 0 && !utf8.RuneStart(s[j]) {
				j--
			}
			return j
		}
	}
	return 0
}

// stopThenSpace: s holds a full stop, question or exclamation mark
// followed by white space, with at most one closing quote or parenthesis
// between, as sourceTrailerRE's match begins. A paragraph's tail that
// holds only its final stop cannot match, and is not searched.
func stopThenSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		rest := s[i+1:]
		for _, q := range []string{`"`, "”", "’", ")"} {
			if strings.HasPrefix(rest, q) {
				rest = rest[len(q):]
				break
			}
		}
		if rest != "" && isSpaceByte(rest[0]) {
			return true
		}
	}
	return false
}

// isSpaceByte is \s of Go's regular expressions.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// titleCased: at least three quarters of the words of four letters or
// more start with a capital.
func titleCased(s string) bool {
	long, capital := 0, 0
	for _, t := range lexicon.Split(s) {
		w := s[t.Start:t.End]
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return long >= 2 && 4*capital >= 3*long
}

// spliceBefore are the words after which a search query cannot stand in a
// sentence: a pronoun and a form of "be" or "become" ("he was who is …").
var (
	splicePronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "i": true, "we": true, "you": true}
	spliceVerbs    = map[string]bool{"was": true, "is": true, "were": true, "are": true, "became": true, "becomes": true, "be": true}
)

// splices finds the headline's question, as a search query, spliced into a
// sentence after a subject and a form of "be".
func splices(x *extraction, bw []blockWords) []Splice {
	f := x.f
	if f.Title == nil {
		return nil
	}
	q := titleQuery(f.Title.Text)
	if len(q) < 4 {
		return nil
	}
	var out []Splice
	for i := range f.Blocks {
		if f.Title.Block == i {
			continue
		}
		toks := x.tokens(bw, i)
		for k := 2; k+len(q) <= len(toks); k++ {
			if !spliceVerbs[toks[k-1].Norm] || !splicePronouns[toks[k-2].Norm] {
				continue
			}
			match := true
			for m, w := range q {
				if toks[k+m].Norm != w {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			text := f.Blocks[i].Text
			a, e := toks[k].Start, toks[k+len(q)-1].End
			span := x.doc.TextSpan(&x.doc.Blocks[i].Text, a, e)
			sent := -1
			if f.Blocks[i].Sentences > 0 {
				sent = f.Blocks[i].FirstSentence + sentenceAt(f.Sentences[f.Blocks[i].FirstSentence:f.Blocks[i].FirstSentence+f.Blocks[i].Sentences], span.Offset)
			}
			out = append(out, Splice{Block: i, Sentence: sent, Phrase: strings.Join(q, " "), Text: text[a:e], Span: span})
			break
		}
	}
	return out
}

// titleQuery returns the folded words of the headline's question when it
// opens with a question word ("Who is Prime Minister of the United
// Kingdom? What to know in 2026" → who is prime minister of the united
// kingdom).
func titleQuery(title string) []string {
	q, _, _ := strings.Cut(title, "?")
	toks := lexicon.Tokenize(q)
	if len(toks) == 0 || !queryWords[toks[0].Norm] {
		return nil
	}
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// distinctTexts counts the different texts of blocks idx.
func distinctTexts(f *Facts, idx []int) int {
	seen := map[string]bool{}
	for _, i := range idx {
		seen[strings.TrimSpace(f.Blocks[i].Text)] = true
	}
	return len(seen)
}
