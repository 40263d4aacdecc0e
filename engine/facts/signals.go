package facts

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/lexicon"
)

// Tag is a lexicon phrase or pattern found in a block.
type Tag struct {
	Class string `json:"class"`
	// Pattern is the lexicon entry as written; Text is what it matched.
	Pattern string `json:"pattern"`
	Text    string `json:"text"`
	Lang    string `json:"lang,omitempty"`
	Span    Span   `json:"span"`
	// Block and Sentence locate the match (-1 for the headline's tags).
	Block    int `json:"block"`
	Sentence int `json:"sentence"`
	// Words counts the words matched; Whole is true when the match covers
	// the whole block (every word of it).
	Words int  `json:"words"`
	Whole bool `json:"whole"`
	// Strong is true when the tag alone says the block is boilerplate: the
	// match is whole, covers half the block, is a phrase of four words or
	// more, or stands in a block of at most 12 words.
	Strong bool `json:"strong"`
	// Quoted is true when the match stands in quotation marks that do not
	// hold the whole block: the text cites it ("phrases such as “As an AI
	// language model”", "“… I hope this helps!” said the teacher"),
	// rather than carrying it.
	Quoted bool `json:"quoted,omitempty"`
}

// jusText-style block classes.
const (
	ClassGood     = "good"
	ClassNearGood = "near-good"
	ClassShort    = "short"
	ClassBad      = "bad"
)

// Thresholds of the context-free classification, as jusText sets them
// (lengths in characters, densities as fractions). The stopword bars are
// lower than jusText's because our stopword lists hold function words only
// (measured on news prose: body paragraphs read 0.35-0.55, widgets and
// headline lists 0-0.2).
const (
	lengthLow      = 70
	lengthHigh     = 200
	stopwordsLow   = 0.22
	stopwordsHigh  = 0.30
	maxLinkDensity = 0.2
	// headingReach is how many blocks after a heading jusText looks for a
	// good block to keep the heading.
	headingReach = 2
)

// extraction is a document on its way to facts.
type extraction struct {
	doc *document.Document
	f   *Facts
	// vocab and toks serve blockWords.tokens.
	vocab *vocabulary
	toks  []lexicon.Token
	// long is set on a page long enough for its work to be spread over
	// the cores (concurrentFrom).
	long bool
}

// blockWords holds one block's words for the signals. They are kept for
// the whole page, so each word keeps its place and vocabulary index (12
// bytes) rather than a lexicon.Token (32, its Norm the vocabulary's word):
// tokens are made again, one block at a time, where they are needed.
type blockWords struct {
	at []wordAt
	// ids are the words' indexes in the article's vocabulary.
	ids []int32
	// content are the vocabulary indexes of the block's content words
	// (stopwords, numbers and one-letter words left out), lightly stemmed.
	content []int32
	// stops counts the block's function words per language.
	stops [8]uint16
}

// vocabulary interns the article's folded words once, with what the
// signals need to know of each.
// numberUnits scale or qualify a number (words/units.txt).
var numberUnits = wordFile("words/units.txt")

type vocabulary struct {
	// raw maps a word as written to its id, so that each spelling is
	// folded once.
	raw   map[string]int32
	ids   map[string]int32
	words []string
	// stop is the set of languages (a bit per index in languages) the word
	// is a function word of.
	stop []uint8
	// minor: a number, a number's unit ("millones") or a single letter,
	// never a content word.
	minor []bool
	// stems holds the id of each word's stem, -1 until asked for.
	stems []int32
}

// maxVocabularyHint caps the room made for an article's vocabulary at
// the start: a page's distinct words grow far slower than its blocks
// (4 MB of news prose writes about 7,000), and room for 16 a block
// (650,000 there) took about 50 MB while the signals were made.
const maxVocabularyHint = 4096

// wordAt is where a word is in its block's text.
type wordAt struct{ start, end int32 }

// tokens are block i's words as the lexicon splits them, normalised, in a
// buffer that the next call reuses.
func (x *extraction) tokens(bw []blockWords, i int) []lexicon.Token {
	w := &bw[i]
	x.toks = x.toks[:0]
	for k, a := range w.at {
		x.toks = append(x.toks, lexicon.Token{Start: int(a.start), End: int(a.end), Norm: x.vocab.words[w.ids[k]]})
	}
	return x.toks
}

func newVocabulary(n int) *vocabulary {
	if v, ok := vocabularies.Get().(*vocabulary); ok {
		return v
	}
	return &vocabulary{raw: make(map[string]int32, n), ids: make(map[string]int32, n)}
}

// vocabularies keeps emptied vocabularies for the next article: their
// maps, made and grown anew, were a tenth of fact extraction's garbage.
var vocabularies sync.Pool

// maxPooledWords bounds the vocabulary kept for the next article: a long
// page's is left to the collector.
const maxPooledWords = 1 << 14

// release empties v, so that it holds no word of this article, and pools
// it.
func (v *vocabulary) release() {
	if len(v.raw) > maxPooledWords {
		return
	}
	clear(v.raw)
	clear(v.ids)
	clear(v.words)
	v.words, v.stop, v.minor, v.stems = v.words[:0], v.stop[:0], v.minor[:0], v.stems[:0]
	vocabularies.Put(v)
}

// written returns the id of a word as written, folding it the first time.
func (v *vocabulary) written(w string) int32 {
	if id, ok := v.raw[w]; ok {
		return id
	}
	id := v.id(lexicon.Fold(w))
	v.raw[w] = id
	return id
}

func (v *vocabulary) id(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	v.stop = append(v.stop, stopwords[w])
	v.minor = append(v.minor, lexicon.IsNumber(w) || utf8.RuneCountInString(w) < 2 || numberUnits[w])
	v.stems = append(v.stems, -1)
	return id
}

func (v *vocabulary) isStop(id int32, lang int) bool {
	if lang < 0 {
		return v.stop[id] != 0
	}
	return v.stop[id]&(1<<lang) != 0
}

// stemOf returns the id of a word's stem (for the article's language).
func (v *vocabulary) stemOf(id int32, lang int) int32 {
	if v.stems[id] < 0 {
		s := v.id(lightStem(v.words[id], lang))
		v.stems[id] = s
	}
	return v.stems[id]
}

// signals computes the block signals, boilerplate runs, keywords and
// mixed-script words. It runs after blocks, sentences and dates exist.
// On a long page the keywords are still being counted when it returns:
// wait returns once they are in f.
func signals(doc *extraction, lex *lexicon.Lexicon) (wait func()) {
	f := doc.f
	bw := make([]blockWords, len(f.Blocks))
	vocab := newVocabulary(min(len(f.Blocks)*16, maxVocabularyHint))
	var counts [8]int
	doc.vocab = vocab
	var split []lexicon.Token
	for i := range f.Blocks {
		w := &bw[i]
		text := f.Blocks[i].Text
		split = lexicon.SplitAppend(split[:0], text)
		w.at = make([]wordAt, len(split))
		w.ids = make([]int32, len(split))
		for k, t := range split {
			id := vocab.written(text[t.Start:t.End])
			w.ids[k] = id
			w.at[k] = wordAt{int32(t.Start), int32(t.End)}
			if m := vocab.stop[id]; m != 0 {
				for l := range languages {
					if m&(1<<l) != 0 {
						w.stops[l]++
						counts[l]++
					}
				}
			}
		}
	}
	docLang := bestLanguage(counts[:len(languages)], 5)
	// The language the page declares wins unless its words clearly say
	// otherwise (a template's lang="en" on a French page): short pages
	// have too few function words to tell French from Spanish.
	if d := declaredLanguage(f); d >= 0 && (docLang < 0 || counts[docLang] < 2*counts[d]) {
		docLang = d
	}
	if docLang >= 0 {
		f.Language = languages[docLang]
	}
	dates := datesByBlock(f)
	f.Tags = map[string][]Tag{}
	for i := range f.Blocks {
		b := &f.Blocks[i]
		w := &bw[i]
		lang := blockLanguage(w.stops, docLang)
		if lang >= 0 {
			b.Lang = languages[lang]
		}
		stop := 0
		for _, id := range w.ids {
			switch {
			case vocab.isStop(id, lang):
				stop++
			case !vocab.minor[id]:
				w.content = append(w.content, vocab.stemOf(id, docLang))
			}
		}
		if n := len(w.ids); n > 0 {
			b.StopwordRatio = round3(float64(stop) / float64(n))
		}
		b.Chars = utf8.RuneCountInString(b.Text)
		if b.Chars > 0 && len(doc.doc.Blocks[i].Links) > 0 {
			linked := 0
			for _, l := range doc.doc.Blocks[i].Links {
				linked += utf8.RuneCountInString(l.Text)
			}
			b.LinkDensity = round3(math.Min(1, float64(linked)/float64(b.Chars)))
		}
		toks := doc.tokens(bw, i)
		blockShape(b, w, toks, vocab, lang)
		b.Line = lineType(b, toks, dates[i])
		b.ClassRaw = classify(b)
		if lex != nil {
			tagBlock(doc, b, toks, lex)
		}
	}
	if lex != nil && f.Title != nil {
		toks := lexicon.Tokenize(f.Title.Text)
		for _, m := range lex.Match(f.Title.Text, toks) {
			f.Title.Tags = append(f.Title.Tags, Tag{Class: m.Class, Pattern: m.Pattern, Text: f.Title.Text[m.Start:m.End],
				Lang: m.Lang, Span: f.Title.Span, Block: f.Title.Block, Sentence: -1, Words: wordsIn(toks, m), Strong: true})
		}
	}
	smooth(f.Blocks)
	similarity(f, bw, vocab, docLang)
	f.Runs = runs(f.Blocks)
	f.MixedScript = mixedScript(doc, bw)
	structure(doc, bw)
	// After structure: the teasers of other stories are not the article's
	// words to count. They are marked now, as the later stages take
	// rosters out of the teasers.
	skip := keywordSkips(f, len(bw))
	count := func() {
		f.Keywords = keywords(doc, bw, vocab, docLang, skip)
		f.KeywordLists = listKeywords(f.Keywords)
		vocab.release()
	}
	if !doc.long {
		count()
		return func() {}
	}
	// On a long page the phrases are counted while the later stages run:
	// they neither read the keywords nor change what counting reads (the
	// blocks, the title, the metadata; doc's word buffer is counting's
	// alone from here).
	done := make(chan struct{})
	go func() {
		defer close(done)
		count()
	}()
	return func() { <-done }
}

// concurrentFrom is the length of text, in bytes, from which a page's
// blocks are cut on every core and its keywords counted beside the later
// stages: a second or two on 20 MB of prose, nothing worth a goroutine on
// an article.
var concurrentFrom = 256 << 10 // a variable for the tests

// bestLanguage returns the language with the most stopword hits, if it has
// at least min, else -1.
func bestLanguage(counts []int, min int) int {
	best := -1
	for l, c := range counts {
		if c >= min && (best < 0 || c > counts[best]) {
			best = l
		}
	}
	return best
}

// blockLanguage is the document's language unless the block's own function
// words clearly say otherwise (a Ukrainian sentence in an English article).
func blockLanguage(stops [8]uint16, docLang int) int {
	var counts [8]int
	for l := range counts {
		counts[l] = int(stops[l])
	}
	best := bestLanguage(counts[:len(languages)], 3)
	if best < 0 || best == docLang {
		return docLang
	}
	if docLang >= 0 && float64(counts[best]) < 1.5*float64(counts[docLang]) {
		return docLang
	}
	return best
}

// lightStem strips possessives and English plurals so that "talks" and "talk",
// "Ukraine's" and "Ukraine" weigh as one word.
func lightStem(w string, lang int) string {
	if lang == langFrench {
		return unelided(w)
	}
	w = strings.TrimSuffix(w, "'s")
	if lang > 0 || len(w) < 5 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// unelided is a French word without the article, pronoun or conjunction
// elided before it ("l'homme", "d'Orléans", "qu'il", "jusqu'au"): the
// word the same text writes elsewhere without it.
func unelided(w string) string {
	i := strings.IndexByte(w, '\'')
	if i <= 0 || i > 6 || i == len(w)-1 {
		return w
	}
	switch w[:i] {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu":
		return w[i+1:]
	}
	return w
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

const terminalPunct = ".!?:;,…"

// english is the index of English in languages.
const english = 0

// scoreLineRE is a match result on a line of its own ("United 3 Rovers 1",
// "Real Madrid 2-1 Sevilla", "Bayern – Dortmund 3:1"): a results table
// written as lines, which no headline is. A headline gives the score with
// a verb ("Bayern Beat Dortmund 3-1") or a colon after it.
var scoreLineRE = lazyRegexpOf(func() string {
	// A team: capitalised words (or a club's number, "1. FC Köln"), with
	// the particles of club names between them.
	team := `[\p{Lu}\d][\p{L}\p{N}.'’&-]*(?:\s+(?:(?:de|del|la|le|of|the|y|di|da|am)\s+)?[\p{Lu}\d&][\p{L}\p{N}.'’&-]*){0,4}`
	score := `\d{1,3}\s*[-–:]\s*\d{1,3}`
	return `^` + team + `\s\d{1,3}\s*[-–:]?\s*` + team + `\s\d{1,3}$|` +
		`^` + team + `\s` + score + `\s+` + team + `$|` +
		`^` + team + `\s[-–—]\s` + team + `\s` + score + `$`
})

// blockShape sets the headline-shape, title-case, question and verbless signals.
func blockShape(b *Block, w *blockWords, toks []lexicon.Token, vocab *vocabulary, lang int) {
	text := strings.TrimSpace(b.Text)
	if text == "" || len(toks) == 0 {
		return
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, `"'”’)»`))
	b.Question = last == '?'
	first, _ := utf8.DecodeRuneInString(text)
	// A row of a table, read as one (kind "table") or written with bars
	// ("Party | Conservative |") in plain text, is no headline.
	tableRow := b.Kind == "table" || (last == '|' || first == '|') && strings.Count(text, "|") >= 2
	b.HeadlineShape = len(toks) <= 16 && (unicode.IsUpper(first) || unicode.IsDigit(first) || first == '\'' || first == '"' || first == '‘' || first == '“') &&
		!strings.ContainsRune(terminalPunct, last) && last != '"' && last != '”' && !tableRow &&
		!(strings.ContainsAny(text, "0123456789") && scoreLineRE().MatchString(text))
	content, capital := 0, 0
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(b.Text[t.Start:])
		if !unicode.IsLetter(r) || i > 0 && vocab.isStop(w.ids[i], lang) {
			continue
		}
		content++
		if unicode.IsUpper(r) {
			capital++
		}
	}
	b.TitleCase = content >= 2 && float64(capital) >= 0.75*float64(content)
	if lang == english && b.Kind == "paragraph" && len(toks) >= 3 && len(toks) <= 25 && b.Sentences == 1 {
		// A line that opens with an imperative is an instruction.
		b.Verbless = !imperatives[toks[0].Norm]
		for _, t := range toks {
			if verbCues[t.Norm] || regularPast(t.Norm) || strings.HasSuffix(t.Norm, "n't") {
				b.Verbless = false
				break
			}
		}
		if b.Verbless && presentInS(toks) {
			b.Verbless = false
		}
	}
}

// presentInS reports a present verb in -s that is also a plural noun,
// found by its frame: a determiner, one or two words of subject, the -s
// word, then a word that opens an object ("The ruling affects about 300
// families", "The new deal covers the next ten years"); the subject may
// hold a short phrase of place ("the library on my street hosts a homework
// club"). A caption's
// plural noun is followed by a preposition or ends the line ("The
// fishing boats at dawn").
func presentInS(toks []lexicon.Token) bool {
	for i, t := range toks {
		if !subjectDeterminers[t.Norm] {
			continue
		}
		for k := i + 2; k <= i+5 && k+1 < len(toks); k++ {
			w, next := toks[k].Norm, toks[k+1].Norm
			if thirdPersonS(w) && (verbObjects[next] || lexicon.IsNumber(next)) {
				return true
			}
			if strings.HasSuffix(w, "s") {
				// A plural in the subject ("The fishing boats the …")
				// ends it without a verb.
				break
			}
		}
	}
	return false
}

// thirdPersonS: a word of five letters or more in -s that is not one of
// the endings of singular nouns and adjectives ("business", "census",
// "crisis", "various") nor a possessive.
func thirdPersonS(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.Contains(w, "'") || strings.Contains(w, "’") {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "ous"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return true
}

var (
	bylineRE = lazyRegexp(`^(?i:by|written by|reporting by|words by|story by|von|par|por)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|,|de|van|von|der|da|di|la|le)){0,8}\s*(?:[|,•·—–-].*)?$`)
	// bylineCue are the words a byline starts with.
	bylineCue = map[string]bool{"by": true, "written": true, "reporting": true, "words": true, "story": true, "von": true, "par": true, "por": true}
	// relTimeRE is a time ago in the four languages ("3 hours ago", "il
	// y a 2 heures", "vor 3 Stunden", "hace 5 horas") or a clock time.
	relTimeRE = lazyRegexp(`(?i)\b(?:\d{1,2}|a|an|one|two|three)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|` + agoForeign + `|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST))?`)
)

// lineType tells a line that is only a date (with at most a short label:
// "SPORTS BY December 10, 2025", "Updated 3 hours ago") or only a byline.
func lineType(b *Block, toks []lexicon.Token, dates [][2]int) string {
	if len(toks) == 0 || len(toks) > 14 {
		return ""
	}
	byline := bylineCue[toks[0].Norm] && bylineRE().MatchString(b.Text)
	if byline && len(dates) == 0 && b.Words <= 10 {
		return "byline"
	}
	if len(toks) == 1 && stampWords[toks[0].Norm] == "day" {
		// "Yesterday" alone on its line: another story's stamp.
		return "date"
	}
	cover := append([][2]int(nil), dates...)
	clock := false
	if strings.ContainsAny(b.Text, "0123456789") || strings.Contains(b.Text, "ago") {
		for _, m := range relTimeRE().FindAllStringIndex(b.Text, -1) {
			cover = append(cover, [2]int{m[0], m[1]})
			clock = clock || strings.Contains(b.Text[m[0]:m[1]], ":")
		}
	}
	if len(cover) == 0 {
		return ""
	}
	// A time ago alone takes a short label ("Updated 3 hours ago"); after
	// three words or more it is a headline's stamp ("Port strike ends — 3
	// hours ago").
	most := 4
	if len(dates) == 0 && !clock {
		most = 2
	}
	rest := 0
	for _, t := range toks {
		in := false
		for _, c := range cover {
			if t.Start >= c[0] && t.End <= c[1] {
				in = true
				break
			}
		}
		if !in {
			rest++
		}
	}
	if rest <= most {
		return "date"
	}
	if byline {
		return "byline"
	}
	return ""
}

// datesByBlock returns each block's date ranges in its text. Only dates
// with a day or a year count: "Next decision due in September" is a
// sentence, not a date line.
func datesByBlock(f *Facts) [][][2]int {
	out := make([][][2]int, len(f.Blocks))
	for _, d := range f.Dates {
		if d.Form == "month" || d.Form == "weekday" || d.Form == "year" {
			continue
		}
		out[d.Block] = append(out[d.Block], [2]int{d.at, d.end})
	}
	return out
}

// classify is jusText's context-free classification.
func classify(b *Block) string {
	switch {
	case b.LinkDensity > maxLinkDensity:
		return ClassBad
	case b.Chars < lengthLow:
		if b.LinkDensity > 0 {
			return ClassBad
		}
		return ClassShort
	case b.StopwordRatio >= stopwordsHigh:
		if b.Chars > lengthHigh {
			return ClassGood
		}
		return ClassNearGood
	case b.StopwordRatio >= stopwordsLow:
		return ClassNearGood
	}
	return ClassBad
}

// smooth is jusText's context-sensitive pass: short and near-good blocks
// take the class of their neighbours, and a heading is good when a good
// block follows it closely.
func smooth(blocks []Block) {
	n := len(blocks)
	raw := make([]string, n)
	for i := range blocks {
		raw[i] = blocks[i].ClassRaw
	}
	// The class of the nearest block before and after each block that is
	// neither short nor near-good (strict) or not short (loose); the
	// document's edges count as bad.
	prevStrict, prevLoose := make([]string, n), make([]string, n)
	nextStrict, nextLoose := make([]string, n), make([]string, n)
	strict, loose := ClassBad, ClassBad
	for i := 0; i < n; i++ {
		prevStrict[i], prevLoose[i] = strict, loose
		if raw[i] != ClassShort {
			loose = raw[i]
			if raw[i] != ClassNearGood {
				strict = raw[i]
			}
		}
	}
	strict, loose = ClassBad, ClassBad
	for i := n - 1; i >= 0; i-- {
		nextStrict[i], nextLoose[i] = strict, loose
		if raw[i] != ClassShort {
			loose = raw[i]
			if raw[i] != ClassNearGood {
				strict = raw[i]
			}
		}
	}
	for i := range blocks {
		c := raw[i]
		switch c {
		case ClassShort:
			prev, next := prevStrict[i], nextStrict[i]
			switch {
			case prev == ClassGood && next == ClassGood:
				c = ClassGood
			case prev == ClassBad && next == ClassBad:
				c = ClassBad
			case prev == ClassBad && prevLoose[i] == ClassNearGood,
				next == ClassBad && nextLoose[i] == ClassNearGood:
				c = ClassGood
			default:
				c = ClassBad
			}
		case ClassNearGood:
			if prevStrict[i] == ClassBad && nextStrict[i] == ClassBad {
				c = ClassBad
			} else {
				c = ClassGood
			}
		}
		blocks[i].Class = c
	}
	for i := range blocks {
		if blocks[i].Kind != "heading" || blocks[i].Class == ClassGood {
			continue
		}
		for j := i + 1; j < n && j <= i+headingReach; j++ {
			if blocks[j].Kind != "heading" && blocks[j].Class == ClassGood {
				blocks[i].Class = ClassGood
				break
			}
		}
	}
}

// singleQuoteRanges appends to dst the ranges in single quotation marks
// (‘…’), as British headlines quote: a ’ between letters is an
// apostrophe ("don’t"), not the closing mark.
func singleQuoteRanges(s string, dst [][2]int) [][2]int {
	open := -1
	for i, r := range s {
		switch {
		case r == '‘':
			open = i
		case r == '’' && open >= 0:
			next, _ := utf8.DecodeRuneInString(s[i+len("’"):])
			if !unicode.IsLetter(next) {
				dst = append(dst, [2]int{open, i + len("’")})
				open = -1
			}
		}
	}
	return dst
}

// tagBlock records the lexicon matches of a block.
func tagBlock(doc *extraction, b *Block, toks []lexicon.Token, lex *lexicon.Lexicon) {
	src := &doc.doc.Blocks[b.Index].Text
	var quotes [][2]int
	for i, m := range lex.Match(b.Text, toks) {
		if i == 0 {
			quotes = singleQuoteRanges(b.Text, quoteRanges(b.Text, nil))
		}
		words := wordsIn(toks, m)
		span := doc.doc.TextSpan(src, m.Start, m.End)
		t := Tag{Class: m.Class, Pattern: m.Pattern, Text: b.Text[m.Start:m.End], Lang: m.Lang, Span: span, Block: b.Index, Sentence: -1, Words: words}
		if b.Sentences > 0 {
			t.Sentence = b.FirstSentence + sentenceAt(doc.f.Sentences[b.FirstSentence:b.FirstSentence+b.Sentences], span.Offset)
		}
		t.Whole = len(toks) > 0 && words >= len(toks)
		t.Strong = t.Whole || 2*words >= len(toks) || words >= 4 || len(toks) <= 12
		for _, q := range quotes {
			if q[0] < m.Start && m.End <= q[1] && (q[0] > 0 || q[1] < len(b.Text)) {
				t.Quoted = true
			}
		}
		if t.Class == "page-chrome" && t.Sentence >= 0 && attributed(doc.f.Sentences[t.Sentence].Text) {
			// "Readers can support our journalism, the editor said": an
			// appeal's words reported, not a widget pasted.
			t.Quoted = true
		}
		b.Tags = append(b.Tags, t)
		if b.Region == "" {
			doc.f.Tags[t.Class] = append(doc.f.Tags[t.Class], t)
		}
	}
}

// attributed: a word of the sentence attributes it to a speaker.
func attributed(sentence string) bool {
	for _, tk := range lexicon.Tokenize(sentence) {
		if attribution[tk.Norm] {
			return true
		}
	}
	return false
}

// wordsIn counts the words of toks (in order, apart) inside a match:
// those from the first to start in it, while they end in it (found by
// halving: reading every word of a long block for each match grew with
// the square of the block).
func wordsIn(toks []lexicon.Token, m lexicon.Match) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
	n := 0
	for ; i < len(toks) && toks[i].End <= m.End; i++ {
		n++
	}
	return n
}

// sentenceAt returns the index in sents of the sentence holding file offset
// pos.
func sentenceAt(sents []Sentence, pos int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Span.EndOffset > pos })
	return min(i, len(sents)-1)
}
