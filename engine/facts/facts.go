// Package facts turns a read document into the facts the rules see. Every
// fact carries the span of the text it names in the source file.
package facts

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/engine/parallel"
)

// Version is the version of the fact schema documented in docs/facts.md.
const Version = 1

// Span is a location in the source file.
type Span = document.Span

// Facts is the input every rule receives.
type Facts struct {
	Version   int             `json:"version"`
	Path      string          `json:"path"`
	Format    string          `json:"format"`
	Meta      map[string]any  `json:"meta"`
	MetaSpans map[string]Span `json:"meta_spans"`
	Title     *Title          `json:"title"`
	Date      RefDate         `json:"date"`
	Anchor    Span            `json:"anchor"`
	Stats     Stats           `json:"stats"`
	Blocks    []Block         `json:"blocks"`
	Sentences []Sentence      `json:"sentences"`
	Dates     []Date          `json:"dates"`
	// Years are the years the text writes as four figures, in a date or
	// alone ("the 2024 season"), each once, in ascending order.
	Years []int  `json:"years"`
	Links []Link `json:"links"`
	// Language is the article's language as its function words tell (en,
	// de, fr, es, ru, uk, sr); empty when they do not.
	Language string `json:"language"`
	// Tags are the lexicon matches of the body's blocks (not of page
	// furniture) by class, each list in reading order.
	Tags map[string][]Tag `json:"tags"`
	// Runs are stretches of blocks tagged with one lexicon class.
	Runs []Run `json:"runs"`
	// Keywords are the phrases the article repeats most, with densities;
	// KeywordLists index them by the features rules look for.
	Keywords     []Keyword    `json:"keywords"`
	KeywordLists KeywordLists `json:"keyword_lists"`
	// MixedScript lists words whose letters mix scripts.
	MixedScript []MixedWord `json:"mixed_script"`
	// Header, Teasers, Trailers and Splices are the page structure around
	// and inside the article (structure.go).
	Header   *Header   `json:"header"`
	Teasers  []Teaser  `json:"teasers"`
	Trailers []Trailer `json:"trailers"`
	Splices  []Splice  `json:"splices"`
	// BlockLists index the body blocks by the features rules look for.
	BlockLists BlockLists `json:"block_lists"`
	// SentenceLists index the sentences by the features rules look for.
	SentenceLists SentenceLists `json:"sentence_lists"`
	// People, offices, events and durations (docs/facts.md, "mentions").
	Mentions []Mention `json:"mentions"`
	// Era is, without a date, the earliest day the article can be from
	// by the offices it names people as holding, the years of what it
	// says has happened and the dates it tells of in the past (era.go).
	Era       *Era           `json:"era"`
	Events    []EventMention `json:"events"`
	Durations []Duration     `json:"durations"`
	// Invisible lists the runs of invisible formatting characters
	// (bidirectional controls, zero-width characters, tags) in the text.
	Invisible []Invisible `json:"invisible"`
	suppress  []document.Directive
	// happened are the years the text speaks of as those of things that
	// have happened ("the 2026 Greenland crisis"), for the era.
	happened []happened
}

// Title is the headline and where it came from.
type Title struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Block is the index of the block that is the headline, or -1 when the
	// headline came from metadata only.
	Block  int    `json:"block"`
	Source string `json:"source"` // metadata, heading
	Key    string `json:"key"`
	// Copies are the other blocks with the headline's key: the headline
	// written again.
	Copies []int `json:"copies"`
	// Tags are the lexicon phrases found in the headline; their spans are
	// the headline's.
	Tags []Tag `json:"tags,omitempty"`
}

// Stats counts the document as a whole.
type Stats struct {
	Words     int `json:"words"`
	Blocks    int `json:"blocks"`
	Sentences int `json:"sentences"`
}

// Block is a unit of prose.
type Block struct {
	Index  int    `json:"index"`
	Kind   string `json:"kind"`
	Level  int    `json:"level,omitempty"`
	Text   string `json:"text"`
	Span   Span   `json:"span"`
	Words  int    `json:"words"`
	Links  int    `json:"links"`
	Region string `json:"region,omitempty"`
	// FirstSentence and Sentences locate the block's sentences.
	FirstSentence int `json:"first_sentence"`
	Sentences     int `json:"sentences"`
	// Key identifies the block's normalised text (case, punctuation and
	// spacing ignored); RepeatOf is the first earlier block with the same
	// key.
	Key      string `json:"key"`
	RepeatOf *int   `json:"repeat_of,omitempty"`
	// Block signals (signals.go, docs/facts.md "Block signals").
	Lang          string  `json:"lang,omitempty"`
	Chars         int     `json:"chars"`
	LinkDensity   float64 `json:"link_density"`
	StopwordRatio float64 `json:"stopword_ratio"`
	HeadlineShape bool    `json:"headline_shape"`
	TitleCase     bool    `json:"title_case"`
	Question      bool    `json:"question"`
	Verbless      bool    `json:"verbless"`
	Line          string  `json:"line,omitempty"`
	ClassRaw      string  `json:"class_raw"`
	Class         string  `json:"class"`
	Similarity    float64 `json:"similarity"`
	Tags          []Tag   `json:"tags,omitempty"`
	// Structure signals (structure.go): the block is part of the header
	// cluster; it opens by referring back ("He also …"); it is typed like
	// a search query.
	InHeader  bool `json:"in_header,omitempty"`
	Anaphoric bool `json:"anaphoric,omitempty"`
	Query     bool `json:"query,omitempty"`
	// SharesName: a paragraph that shares almost no words with the rest
	// of the article names someone or something it names too ("Enedis
	// précise …" under "… a annoncé Enedis"), or someone named with an
	// office it names ("Der frühere Premier Michel Barnier" beside
	// "Premierminister Sébastien Lecornu"). Set only on blocks of
	// similarity at most nameCheckSimilarity.
	SharesName bool `json:"shares_name,omitempty"`
	// Contents marks an entry of the article's table of contents: it
	// repeats a heading further down (structure.go, markContents).
	Contents bool `json:"contents,omitempty"`
}

// Sentence is a sentence of a block.
type Sentence struct {
	Index int    `json:"index"`
	Block int    `json:"block"`
	Text  string `json:"text"`
	Span  Span   `json:"span"`
	Words int    `json:"words"`
	// Key and RepeatOf are as for blocks; RepeatOf names the first earlier
	// sentence with the same text.
	Key      string `json:"key"`
	RepeatOf *int   `json:"repeat_of,omitempty"`
	// Tense lists the tenses the sentence's verbs show: present, past,
	// future (empty without a gazetteer).
	Tense []string `json:"tense,omitempty"`
}

// Link is a hyperlink.
type Link struct {
	URL   string `json:"url"`
	Text  string `json:"text"`
	Span  Span   `json:"span"`
	Block int    `json:"block"`
}

// Options steer extraction.
type Options struct {
	// Date overrides the article's date (the --date flag), as YYYY-MM-DD.
	Date string
	// DefaultDate is used when the article gives no date of its own (the
	// config's date); it ranks below everything the article says.
	DefaultDate string
	// URL is the article's address (--url, the server's url): a date in
	// its path (/2025/07/14/) is a candidate for the article's date.
	URL string
	// DateFromPath reads each file's path as its address (--date-from-url),
	// for pages saved under their URL's path.
	DateFromPath bool
	// Lexicon tags blocks with phrase classes; nil tags nothing.
	Lexicon *lexicon.Lexicon
	// Gazetteer holds the knowledge base and cues for mentions, events
	// and tense; without one, those facts are empty.
	Gazetteer *Gazetteer
}

// Extract builds the facts of a document.
func Extract(doc *document.Document, opts Options) *Facts {
	f, _ := ExtractContext(context.Background(), doc, opts)
	return f
}

// ExtractContext builds the facts of a document until ctx is done (then
// it returns ctx's error). When the document has a memory budget, each
// block is charged for its sentences and dates; the first block that does
// not fit is dropped with all after it (Document.CutBlocks notes where).
func ExtractContext(ctx context.Context, doc *document.Document, opts Options) (*Facts, error) {
	Warm()
	f := &Facts{
		Version:   Version,
		Path:      doc.Path,
		Format:    string(doc.Format),
		Meta:      map[string]any{},
		MetaSpans: map[string]Span{},
		Blocks:    make([]Block, 0, len(doc.Blocks)),
	}
	for k, v := range doc.Meta {
		f.Meta[k] = v.Value
		f.MetaSpans[k] = v.Span
	}
	titleBlock := -1
	years := map[int]bool{}
	// Each block's sentences, kept for the mention extractor; its words
	// are kept too on a short page, and cut again where they are needed
	// on a long one (pageWords).
	ranges := make([][][2]int, len(doc.Blocks))
	var kept [][]token
	size := textBytes(doc)
	if size <= keepWordsUpTo {
		kept = make([][]token, len(doc.Blocks))
	}
	long := size > concurrentFrom
	cuts := blockCutter{doc: doc, parallel: long}
	for i := 0; i < len(doc.Blocks); i++ {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		c := cuts.at(i)
		ranges[i] = c.ranges
		words, found, spans := c.words, c.found, c.spans
		last := false
		if cost := factCost(ranges[i], found, spans, len(ranges[i])); cost > doc.Budget.Left() {
			// The budget runs out in this block: keep the sentences that
			// fit, and nothing after them.
			k := fitSentences(ranges[i], found, spans, doc.Budget.Left())
			if k == 0 {
				doc.CutBlocks(i)
				ranges = ranges[:i]
				break
			}
			doc.TruncateBlock(i, ranges[i][k-1][1])
			c = cutBlock(doc.Blocks[i].Text.S, false)
			ranges[i] = c.ranges
			words, found, spans = c.words, c.found, c.spans
			last = true
		}
		doc.Budget.Charge(factCost(ranges[i], found, spans, len(ranges[i])))
		if kept != nil {
			kept[i] = words
		}
		b := doc.Blocks[i]
		fb := Block{Index: i, Kind: b.Kind, Level: b.Level, Text: b.Text.S, Span: b.Span, Key: c.key,
			Words: c.count, Links: len(b.Links), Region: b.Region, FirstSentence: len(f.Sentences)}
		for k, r := range ranges[i] {
			text := b.Text.S[r[0]:r[1]]
			sc := c.sentence(k, text)
			f.Sentences = append(f.Sentences, Sentence{Index: len(f.Sentences), Block: i,
				Text: text, Span: doc.TextSpan(&b.Text, r[0], r[1]), Words: sc.count, Key: sc.key})
		}
		fb.Sentences = len(f.Sentences) - fb.FirstSentence
		for _, l := range b.Links {
			f.Links = append(f.Links, Link{URL: l.URL, Text: l.Text, Span: l.Span, Block: i})
		}
		years = writtenYears(b.Text.S, words, years)
		for _, d := range found {
			d.Span = doc.TextSpan(&b.Text, d.at, d.end)
			if d.Weekday != "" && d.WeekdaySpan == nil && d.Form != "weekday" && d.Span.EndLine == d.Span.Line+1 && weekdayEndsLine(doc, d.Span) {
				// A weekday ending a line of a text page is not the day
				// of the date line under it ("… trains Monday⏎June 14,
				// 2025").
				d.Weekday, d.WeekdayAs, d.wdWord = "", "", ""
			}
			d.Block = i
			si := sentenceOf(ranges[i], d.at)
			d.Sentence = fb.FirstSentence + si
			if d.wdEnd > 0 {
				ws := doc.TextSpan(&b.Text, d.wdAt, d.wdEnd)
				d.WeekdaySpan = &ws
			}
			if len(ranges[i]) > 0 {
				before := b.Text.S[ranges[i][si][0]:max(d.at, ranges[i][si][0])]
				d.OpensSentence = opens(before, d.Preposition)
				d.Superseded = superseded(before)
				weekendDays(&d, before)
			}
			d.Stamp = d.Glued || stamp(b.Text.S[:d.at], b.Text.S[d.end:])
			f.Dates = append(f.Dates, d)
		}
		for _, d := range spans {
			d.Span = doc.TextSpan(&b.Text, d.at, d.end)
			d.Block = i
			d.Sentence = fb.FirstSentence + sentenceOf(ranges[i], d.at)
			f.Durations = append(f.Durations, d)
		}
		f.Stats.Words += fb.Words
		f.Blocks = append(f.Blocks, fb)
		if titleBlock < 0 && doc.HasTitle && b.Span == doc.Title.Span {
			titleBlock = i
		}
		if last {
			doc.CutBlocks(i + 1)
			ranges = ranges[:i+1]
			break
		}
	}
	if doc.HasTitle {
		src := "metadata"
		if titleBlock >= 0 {
			src = "heading"
		}
		text := doc.Title.Value.(string)
		f.Title = &Title{Text: text, Span: doc.Title.Span, Block: titleBlock, Source: src, Key: key(text)}
	}
	markRepeats(f)
	f.Years = make([]int, 0, len(years))
	for y := range years {
		f.Years = append(f.Years, y)
	}
	sort.Ints(f.Years)
	f.Stats.Blocks, f.Stats.Sentences = len(f.Blocks), len(f.Sentences)
	switch {
	case f.Title != nil && !f.Title.Span.Empty():
		f.Anchor = f.Title.Span
	case len(f.Blocks) > 0:
		f.Anchor = f.Blocks[0].Span
	}
	words := &pageWords{doc: doc}
	if kept != nil {
		words.kept = kept[:len(doc.Blocks)]
	}
	f.Date = referenceDate(doc, f, opts, words)
	resolveDates(f)
	linkRelativeDates(doc, f)
	linkSpanDates(doc, f)
	linkAgoDates(doc, f)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	// The keywords may be counted while the stages below run: waited for
	// before the facts are handed on, and on every return before that.
	wait := signals(&extraction{doc: doc, f: f, long: long}, opts.Lexicon)
	defer wait()
	invisibleRuns(&extraction{doc: doc, f: f})
	listBlocks(f)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if opts.Gazetteer != nil {
		extractMentions(doc, f, opts.Gazetteer, ranges, words)
		dropRosters(f)
		sharedOffices(f)
	}
	wait()
	if opts.Gazetteer != nil {
		f.Era = eraOf(f, opts.Gazetteer.kb)
		markOffices(f)
	}
	// What the later stages found is charged after the fact: their
	// number follows the text already charged.
	doc.Budget.Take(int64(len(f.Mentions)+len(f.Events)+len(f.MixedScript)+len(f.Runs)+len(f.Invisible)) * document.CostFact)
	f.suppress = doc.Directives
	return f, ctx.Err()
}

// blockCut is what a block's text gives before it joins the facts: its
// sentences, words, dates and durations, and the key and word count of
// it and, when cut ahead, of each of its sentences.
type blockCut struct {
	ranges    [][2]int
	words     []token
	found     []Date
	spans     []Duration
	key       string
	count     int
	sentences []sentenceCut
}

type sentenceCut struct {
	key   string
	count int
}

func cutBlock(text string, ahead bool) blockCut {
	words := tokenize(text)
	dp := newDateParser(text, words)
	c := blockCut{ranges: splitSentences(text), words: words, key: key(text), count: CountWords(text)}
	c.found, c.spans = dp.dates(), dp.durations()
	if ahead {
		c.sentences = make([]sentenceCut, len(c.ranges))
		for k, r := range c.ranges {
			c.sentences[k] = cutSentence(text[r[0]:r[1]])
		}
	}
	return c
}

func cutSentence(text string) sentenceCut {
	return sentenceCut{key: key(text), count: CountWords(text)}
}

// sentence is the k-th sentence's cut (its text is text): cut ahead, or
// now.
func (c *blockCut) sentence(k int, text string) sentenceCut {
	if k < len(c.sentences) {
		return c.sentences[k]
	}
	return cutSentence(text)
}

// blockCutter cuts the blocks in order. On a long page it cuts a window
// of blocks ahead on every core, as no block's cut depends on another's;
// the facts are then made from them one block at a time, as the budget
// needs.
type blockCutter struct {
	doc      *document.Document
	parallel bool
	from     int
	window   []blockCut
}

// cutWindow is how many blocks a long page's cutter cuts ahead.
const cutWindow = 1024

func (c *blockCutter) at(i int) blockCut {
	if !c.parallel {
		return cutBlock(c.doc.Blocks[i].Text.S, false)
	}
	if i < c.from || i >= c.from+len(c.window) {
		c.fill(i)
	}
	return c.window[i-c.from]
}

func (c *blockCutter) fill(from int) {
	n := min(cutWindow, len(c.doc.Blocks)-from)
	c.from, c.window = from, make([]blockCut, n)
	parallel.Each(n, func(k int) { c.window[k] = cutBlock(c.doc.Blocks[from+k].Text.S, true) })
}

// pageWords gives each block's words as the date parser cut them: kept
// on a short page, cut again when asked for on a long one, where, kept
// until the mentions were found, they were the largest part of fact extraction's peak (56 bytes a
// word, about 13 bytes a byte of novel prose), while cutting all of 4 MB
// again takes about 55 ms. The last block asked for is kept, as callers
// ask for one block at a time.
type pageWords struct {
	doc  *document.Document
	at   int
	toks []token
	// kept holds every block's words on a short page.
	kept [][]token
}

// keepWordsUpTo is the longest page, in bytes of text, whose words are
// kept from the date parser's cut: a news article's cost a few hundred
// KB at most, and cutting them again was a tenth of fact extraction.
const keepWordsUpTo = 256 << 10

func textBytes(doc *document.Document) int {
	n := 0
	for i := range doc.Blocks {
		n += len(doc.Blocks[i].Text.S)
	}
	return n
}

// block returns block i's words; callers must not change them.
func (w *pageWords) block(i int) []token {
	if i < len(w.kept) {
		return w.kept[i]
	}
	if w.toks == nil || w.at != i {
		w.at, w.toks = i, tokenize(w.doc.Blocks[i].Text.S)
	}
	return w.toks
}

// len is the number of blocks.
func (w *pageWords) len() int { return len(w.doc.Blocks) }

// factCost is the budget the first k sentences of a block cost, with the
// dates and durations in them.
func factCost(ranges [][2]int, dates []Date, spans []Duration, k int) int64 {
	if k == 0 {
		return 0
	}
	end := ranges[k-1][1]
	n := 0
	for _, d := range dates {
		if d.at < end {
			n++
		}
	}
	for _, d := range spans {
		if d.at < end {
			n++
		}
	}
	return int64(k)*document.CostSentence + int64(n)*document.CostFact
}

// fitSentences is how many of a block's first sentences, with their dates
// and durations, fit in left.
func fitSentences(ranges [][2]int, dates []Date, spans []Duration, left int64) int {
	at := make([]int, 0, len(dates)+len(spans))
	for _, d := range dates {
		at = append(at, d.at)
	}
	for _, d := range spans {
		at = append(at, d.at)
	}
	sort.Ints(at)
	var cost int64
	j := 0
	for k, r := range ranges {
		cost += document.CostSentence
		for j < len(at) && at[j] < r[1] {
			cost += document.CostFact
			j++
		}
		if cost > left {
			return k
		}
	}
	return len(ranges)
}

// sentenceOf returns the index, among a block's sentence ranges, of the
// sentence holding text offset at.
func sentenceOf(ranges [][2]int, at int) int {
	i := sort.Search(len(ranges), func(i int) bool { return ranges[i][1] > at })
	return max(min(i, len(ranges)-1), 0)
}

// writtenYears adds to seen the four-figure years 1900–2099 among a
// block's words that no other figure joins ("2024", not "12,2024" or
// "2024.5").
func writtenYears(s string, toks []token, seen map[int]bool) map[int]bool {
	p := &dateParser{s: s, toks: toks}
	for k, t := range toks {
		if len(t.key) != 4 || t.key[0] != '1' && t.key[0] != '2' {
			continue
		}
		y, ok := p.digits(k, 4)
		if !ok || y < 1900 || y > 2099 {
			continue
		}
		if g := p.gap(k); k > 0 && (g == "," || g == ".") && isDigits(p.key(k-1)) {
			continue
		}
		if g := p.gap(k + 1); k+1 < len(toks) && (g == "," || g == ".") && isDigits(p.key(k+1)) {
			continue
		}
		seen[y] = true
	}
	return seen
}

// opens reports whether the text before a date in its sentence is at most
// its preposition ("On November 5, voters ..."), after opening quotes or
// brackets.
func opens(before, preposition string) bool {
	before = strings.TrimLeft(strings.TrimSpace(before), "\"“‘'([«„—–-•* ")
	return before == "" || strings.EqualFold(before, preposition)
}

// stamp reports whether a date with before and after it in its block is
// written as a page stamps a story: it ends the block, alone or after a
// separator ("SPORTS | March 3, 2025").
func stamp(before, after string) bool {
	if strings.Trim(after, " \t.)]") != "" {
		return false
	}
	before = strings.TrimSpace(before)
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("|•·–—-/", r)
}

// weekdayEndsLine: the file breaks the line right after the first word
// of span (a weekday read with the date on the next line).
func weekdayEndsLine(doc *document.Document, sp Span) bool {
	buf := doc.Buf
	i := sp.Offset
	for i < sp.EndOffset && i < len(buf) && buf[i] != ' ' && buf[i] != '\n' && buf[i] != ',' {
		i++
	}
	for i < sp.EndOffset && i < len(buf) && (buf[i] == ',' || buf[i] == ' ' || buf[i] == '\r') {
		i++
	}
	return i < len(buf) && buf[i] == '\n'
}

// resolveDates gives a year to dates written without one: the nearest
// earlier year stated in the same block (unless the date's weekday
// belongs to the article's year, or the year opens or bounds a span),
// else the article's year, else (an undated article) the nearest earlier
// year in the text. "last October" and "next March" count from the
// article's month. A date
// inferred from the time the text speaks from is too weak to date other
// dates: the article counts as undated here.
func resolveDates(f *Facts) {
	articleYear, articleMonth := 0, 0
	if len(f.Date.Value) >= 4 && f.Date.Source != SourceInferred {
		articleYear = atoi4(f.Date.Value)
		if len(f.Date.Value) >= 7 {
			articleMonth = int(f.Date.Value[5]-'0')*10 + int(f.Date.Value[6]-'0')
		}
	}
	// hint is the article's year even when inferred from the text: only a
	// weekday that fits it and not a year borrowed from the paragraph
	// ("le 7 janvier 2015. … ce mardi 7 janvier") takes it.
	hint := articleYear
	if hint == 0 && len(f.Date.Value) >= 4 {
		hint = atoi4(f.Date.Value)
	}
	lastYear, lastBlock, lastBare := 0, -1, false
	// frame is the sentence a year opens ("In 2019, the election was held
	// on Friday, December 12"): its dates are of that year, whatever
	// year their weekday fits.
	frame := -1
	order := &dateScan{ref: f.Date}
	for i := range f.Dates {
		d := &f.Dates[i]
		// 9/2/2025 is read the way the page writes numeric dates.
		order.applyOrder(d)
		if d.Form == "weekday" && d.Day > 0 && articleYear > 0 {
			monthOfBareDay(d, f.Date.Start, earlierDay(f, i))
			continue
		}
		switch {
		case d.Year > 0:
			d.resolve(d.Year, false)
			if lendsNoYear(d) || i > 0 && betweenWords[f.Dates[i-1].Preposition] && f.Dates[i-1].Block == d.Block && d.Precision == "year" {
				// "between 1975 and 2014": neither end sets the scene.
				break
			}
			lastYear, lastBlock, lastBare = d.Year, d.Block, d.Precision == "year"
			frame = -1
			if d.Precision == "year" && d.OpensSentence {
				frame = d.Sentence
			}
		case d.yearRel && articleYear > 0:
			d.resolve(articleYear+d.yearOff, true)
			d.YearFrom = "cue"
		case d.cue == "last" && articleMonth > 0 && d.Month > 0:
			y := articleYear
			if d.Month >= articleMonth {
				y--
			}
			d.resolve(y, true)
			d.YearFrom = "cue"
		case d.cue == "next" && articleMonth > 0 && d.Month > 0:
			y := articleYear
			if d.Month <= articleMonth {
				y++
			}
			d.resolve(y, true)
			d.YearFrom = "cue"
		case lastYear > 0 && (lastBlock == d.Block || articleYear == 0) && (frame == d.Sentence || !weekdayTells(*d, lastYear, nearestYear(*d, hint, f.Date.Start))):
			d.resolve(lastYear, true)
			switch {
			case frame == d.Sentence:
				d.YearFrom = "frame"
			case lastBlock != d.Block:
				d.YearFrom = "text"
			case lastBare:
				d.YearFrom = "year"
			default:
				d.YearFrom = "block"
			}
		default:
			y := articleYear
			if y == 0 && lastYear > 0 {
				y = hint // the weekday told it
			}
			ny := nearestYear(*d, y, f.Date.Start)
			d.resolve(ny, true)
			if py := plainNearestYear(*d, y, f.Date.Start); py != ny {
				d.planYear = py
			}
			if y > 0 {
				d.YearFrom = "article"
			}
		}
		if !d.YearInferred || d.Precision == "unknown" {
			d.YearFrom = ""
		}
	}
	earlierYears(f)
}

// earlierYears sets Date.EarlierYears: the years written in full are
// gathered by block once, and each date that needs them looks up the
// last block before its own, so that a long page costs no more than its
// dates (each date scanning every other was quadratic).
func earlierYears(f *Facts) {
	years := map[int][]string{}
	var blocks []int
	for _, d := range f.Dates {
		if d.YearInferred || d.Precision != "day" && d.Precision != "month" || len(d.Start) < 4 {
			continue
		}
		if _, ok := years[d.Block]; !ok {
			blocks = append(blocks, d.Block)
		}
		if y := d.Start[:4]; !slices.Contains(years[d.Block], y) {
			years[d.Block] = append(years[d.Block], y)
		}
	}
	slices.Sort(blocks)
	// The years written so far in each block, in the order of its dates:
	// a date shares the list as it stood, clipped.
	before := map[int][]string{}
	for i := range f.Dates {
		d := &f.Dates[i]
		if d.YearFrom == "article" {
			if k, _ := slices.BinarySearch(blocks, d.Block); k > 0 {
				d.EarlierYears = years[blocks[k-1]]
			}
			if ys := before[d.Block]; len(ys) > 0 {
				d.BlockYears = ys[:len(ys):len(ys)]
			}
		}
		if d.Year != 0 && !d.YearInferred {
			if y := strconv.Itoa(d.Year); !slices.Contains(before[d.Block], y) {
				before[d.Block] = append(before[d.Block], y)
			}
		}
	}
}

// monthOfBareDay gives a month and a year to a day written with its
// weekday and no month ("el lunes 14"): after a date of its paragraph
// ("Le 10 mars … le lundi 14"), the first day of that number from that
// date on; else the nearest day of that number to the article's date, in
// its month, the one before or the one after. News writes it of the days
// around its own.
func monthOfBareDay(d *Date, articleDay, earlier string) {
	ref, err := time.Parse(time.DateOnly, articleDay)
	if err != nil {
		return
	}
	offsets := []int{0, -1, 1}
	if e, err := time.Parse(time.DateOnly, earlier); err == nil {
		ref, offsets = e, []int{0, 1}
	}
	var best time.Time
	bestDist := time.Duration(1<<63 - 1)
	for _, off := range offsets {
		first := time.Date(ref.Year(), ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		day := first.AddDate(0, 0, d.Day-1)
		if day.Month() != first.Month() || earlier != "" && day.Before(ref) {
			continue // no 31st that month; before the earlier date
		}
		if dist := max(day.Sub(ref), ref.Sub(day)); dist < bestDist {
			best, bestDist = day, dist
		}
	}
	if best.IsZero() {
		return
	}
	from := "article"
	if earlier != "" {
		from = "block"
	}
	d.Form, d.Month = "dmy", int(best.Month())
	d.resolve(best.Year(), true)
	d.MonthFrom, d.YearFrom = from, from
}

// earlierDay is the first day of the last date before date i in its
// block that gives a day ("le 10 mars"), "" for none: a few dates back
// at most.
func earlierDay(f *Facts, i int) string {
	d := &f.Dates[i]
	for j := i - 1; j >= 0 && j >= i-8 && f.Dates[j].Block == d.Block; j-- {
		if e := &f.Dates[j]; e.Precision == "day" && len(e.Start) == 10 {
			return e.Start
		}
	}
	return ""
}

// lendsNoYear: a year that says when something began ("seit 2023",
// "since 2019"), bounds a span ("entre 1975 y 2014") or names an event
// ("in the 2024 general election") sets no scene: a bare day after it is
// not of that year.
func lendsNoYear(d *Date) bool {
	return d.Form == "range" || d.Precision == "year" && (sinceWords[d.Preposition] || betweenWords[d.Preposition] || d.Attributive)
}

var (
	sinceWords   = map[string]bool{"since": true, "seit": true, "depuis": true, "desde": true, "dès": true}
	betweenWords = map[string]bool{"between": true, "entre": true, "zwischen": true}
)

// weekdayTells: the date's weekday fits the year nearest the article's
// date and not the year the block stated before it ("un audio de 2023 …
// ce mardi 20 mai", written on 20 May 2025): the weekday says which year
// the date is of.
func weekdayTells(d Date, blockYear, nearYear int) bool {
	if d.Weekday == "" || d.Day == 0 || d.Month == 0 || blockYear == nearYear || nearYear == 0 {
		return false
	}
	on := func(y int) string {
		return time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday().String()
	}
	return on(nearYear) == d.Weekday && on(blockYear) != d.Weekday
}

// nearestYear picks, for a day or month written without a year, the year
// that puts it nearest the article's date: "20 January" in an article of
// 16 December 2024 is 2025-01-20.
func nearestYear(d Date, year int, articleDay string) int {
	best := plainNearestYear(d, year, articleDay)
	// A weekday may tell a day of the year before, for a day that would
	// come after the article's date: "décédé mardi 7 janvier" in a review
	// of 26 December 2025 is 7 January 2025, a Tuesday, not 7 January
	// 2026. A wrong weekday on a day before the article's date stays
	// wrong: it is no plan for next year. (A plan told in the present or
	// the future keeps the nearer year: see planYear.)
	at := func(y int) time.Time { return time.Date(y, time.Month(d.Month), max(d.Day, 1), 0, 0, 0, 0, time.UTC) }
	ref, err := time.Parse(time.DateOnly, articleDay)
	if err == nil && year != 0 && d.Weekday != "" && d.Day > 0 && d.Month > 0 && at(best).After(ref) && at(best).Weekday().String() != d.Weekday && at(best-1).Weekday().String() == d.Weekday {
		return best - 1
	}
	return best
}

// plainNearestYear is the year, of year and the ones either side, that
// puts month-and-day d nearest the article's day.
func plainNearestYear(d Date, year int, articleDay string) int {
	if year == 0 || d.Month == 0 || len(articleDay) != 10 {
		return year
	}
	ref, err := time.Parse("2006-01-02", articleDay)
	if err != nil {
		return year
	}
	best, bestGap := year, -1.0
	at := func(y int) time.Time { return time.Date(y, time.Month(d.Month), max(d.Day, 1), 0, 0, 0, 0, time.UTC) }
	for _, y := range []int{year - 1, year, year + 1} {
		gap := at(y).Sub(ref).Abs().Hours()
		if bestGap < 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best
}

func atoi4(s string) int {
	n := 0
	for i := 0; i < 4 && i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Directives returns the suppression comments of the document.
func (f *Facts) Directives() []document.Directive { return f.suppress }

// key hashes normalised text, so that rules compare texts by equality.
func key(s string) string {
	// The FNV-1a hash of Normalize(s), fed as it is written: every block
	// and sentence has a key, and the normalised copy was garbage.
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	if !normalize(s, func(c byte) { h = (h ^ uint64(c)) * prime }) {
		return ""
	}
	return strconv.FormatUint(h, 36)
}

// rightsLineRE is a photo's credit and copyright line, which every caption
// of a wire gallery ends with: "(AP Photo/Jane Doe) Copyright 2025 The
// Associated Press.", "All rights reserved", "Alle Rechte vorbehalten".
var rightsLineRE = lazyRegexp(`(?i)^(?:\([^()]{2,60}/[^()]{2,60}\)\s*)?(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)|^\([^()]{2,60}/[^()]{2,60}\)$`)

// mayBeRights reports whether s starts as rightsLineRE needs: with "(",
// "©" or the first letter of one of its phrases (a text pasted again
// repeats every sentence, and most start otherwise).
func mayBeRights(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '(', 'c', 'C', 'a', 'A', 't', 'T', "©"[0]:
		return true
	}
	return false
}

// markRepeats points every block and sentence at the first earlier one with
// the same text; a sentence of credit and copyright repeats without
// counting.
func markRepeats(f *Facts) {
	first := make(map[string]int, len(f.Blocks))
	for i := range f.Blocks {
		k := f.Blocks[i].Key
		if k == "" {
			continue
		}
		if j, ok := first[k]; ok {
			f.Blocks[i].RepeatOf = &j
			continue
		}
		first[k] = i
	}
	if t := f.Title; t != nil {
		t.Copies = []int{}
		if t.Key != "" {
			for i := range f.Blocks {
				if f.Blocks[i].Key == t.Key && i != t.Block {
					t.Copies = append(t.Copies, i)
				}
			}
		}
	}
	// A sentence of rights is tested only when its text comes again: most
	// sentences come once, and the test is a regular expression.
	clear(first)
	rights := func(i int) bool {
		return mayBeRights(f.Sentences[i].Text) && rightsLineRE().MatchString(f.Sentences[i].Text)
	}
	for i := range f.Sentences {
		k := f.Sentences[i].Key
		if k == "" {
			continue
		}
		j, ok := first[k]
		switch {
		case !ok:
			first[k] = i
		case rights(i):
		case rights(j):
			first[k] = i // the first sentence of this text that counts
		default:
			f.Sentences[i].RepeatOf = &j
		}
	}
}
