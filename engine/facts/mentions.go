package facts

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/kb"
)

// Mention is a person named in the text, with the office the text gives
// them (when a title is attached) and the time the sentence speaks of.
type Mention struct {
	// Kind is person ("NATO Secretary-General Jens Stoltenberg") or
	// adjectival ("the Biden administration").
	Kind string `json:"kind"`
	// Text and Span cover the qualifier, the title and the name.
	Text     string `json:"text"`
	Span     Span   `json:"span"`
	Block    int    `json:"block"`
	Sentence int    `json:"sentence"`
	// Person is the knowledge-base id; Candidates lists every person an
	// adjectival form may mean when holders share a surname.
	Person     string   `json:"person"`
	Candidates []string `json:"candidates,omitempty"`
	Name       Phrase   `json:"name"`
	// Form is how the name is written: full, alias, ambiguous (an
	// ambiguous alias, resolved by a title or an earlier mention) or
	// surname.
	Form       string `json:"form"`
	Possessive bool   `json:"possessive,omitempty"`
	// Acts: the name is the subject of the verb right after it ("Pope
	// Francis said", "Olaf Scholz warns").
	Acts bool `json:"acts,omitempty"`
	// Role is the office the title names, "" when there is no title or it
	// names no office the person is known for.
	Role      string       `json:"role,omitempty"`
	Title     *OfficeTitle `json:"title,omitempty"`
	Qualifier *Qualifier   `json:"qualifier,omitempty"`
	// TookOffice: the claim says the person took the office at the time
	// it speaks of ("X was sworn in as chancellor on 6 May 2025").
	TookOffice bool `json:"took_office,omitempty"`
	// Chosen: with TookOffice, the time is when the person was chosen
	// for the office ("X was elected prime minister in 2019", "fue
	// nombrado ministro en 2023"): the term may begin some months later.
	Chosen bool `json:"chosen,omitempty"`
	// LeftOffice: the claim says the person left the office at the time
	// it speaks of: "left" on its last day ("X left office as prime
	// minister on 5 July 2024"), "resigned" by words that may come months
	// before a caretaker's last day ("X stepped down as prime minister in
	// July 2023"); the claim is then, at the sentence's date.
	LeftOffice string `json:"left_office,omitempty"`
	// Since is the date the text says the holder has held the office
	// since, an index into dates ("prime minister since July 2024").
	Since *int `json:"since,omitempty"`
	// Claim is what the text says about holding the office at the time
	// the sentence speaks of: current, former, future, then (at a time
	// the sentence names only), or none (no title).
	Claim string      `json:"claim"`
	Time  MentionTime `json:"time"`
	// Held says whether the person held Role on some day from Time.Start to
	// Time.End, by the knowledge base; absent when there is no role or no
	// such days. A shortcut for rules: most mentions are right.
	Held *bool `json:"held,omitempty"`
	// ClaimForm is how the text ties the name to the title: title,
	// apposition, relative, copula, inverted or headline (claims.go);
	// absent without a title.
	ClaimForm string `json:"claim_form,omitempty"`
	// Quoted: the mention stands inside a direct quotation.
	Quoted bool `json:"quoted,omitempty"`
	// Lang is the language of the block's claim words (en, fr, de, es).
	Lang string `json:"lang,omitempty"`
}

// Phrase is a piece of text and where it is.
type Phrase struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Folded is the text as normalisation reads it, when that differs
	// from Text (look-alike letters, decomposed accents, invisible
	// characters): what a suggestion should write.
	Folded string `json:"folded,omitempty"`
}

// OfficeTitle is the title attached to a name.
type OfficeTitle struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Kind: label (names the office alone), short (names it only next to
	// this person: "President"), adjectival ("administration").
	Kind string `json:"kind"`
	// Position: before the name, or after it ("Rutte, NATO's secretary
	// general").
	Position string `json:"position"`
	// Folded: the title as normalisation reads it, when that differs.
	Folded string `json:"folded,omitempty"`
}

// Qualifier is the word that qualifies a title, as written ("Ex-",
// "former", "then-", "elect") and as a lower-case word ("ex").
type Qualifier struct {
	Text string `json:"text"`
	Word string `json:"word"`
	Span Span   `json:"span"`
}

// MentionTime is the time a sentence speaks of.
type MentionTime struct {
	// Basis: sentence (a date in the sentence), heading (the date heading
	// the block's section, a timeline's "July 5"), relative ("last year",
	// "two years ago", counted from the article's date), event (the name
	// is part of a known event's label, "the death of Pope Francis": the
	// event's day), article (the article's date: a present cue or no cue
	// at all), history (a cue that places the sentence in the past without
	// a date: no time to judge).
	Basis string `json:"basis"`
	// Start and End are the first and last day; empty for history, or for
	// article when the article has no date.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Text and Span are the expression that set the time ("in 2022",
	// "recently", "at the time"); Date indexes input.dates for a date.
	Text string `json:"text,omitempty"`
	Span *Span  `json:"span,omitempty"`
	Date *int   `json:"date,omitempty"`
	// own: the time is a date in the relative clause right after the
	// mention ("President X, who announced his run in 2016, ..."): the
	// clause's time, which the title may not be as of (see clauseTime).
	own bool
	// Previous, for an article basis without a cue, is the nearest date
	// written in an earlier sentence of the same block: rules decide how
	// far such a date reaches.
	Previous *PreviousDate `json:"previous,omitempty"`
	// Reason says why the claim speaks of this time, when the claim
	// grammar decided it: current (the claim says "current" or
	// "currently": the time of writing), present (a copula in the present,
	// "is", "remains", "has been": the article's date, whatever dates the
	// sentence holds for other things), frame ("As of 2025, ...", "Prime
	// Minister in 2025"), career (a sentence looking back over a career,
	// "Throughout his 36 years in the Senate": history), ahead (no date,
	// and a plain future after the name, "when he will lead": the sentence
	// looks ahead).
	Reason string `json:"reason,omitempty"`
}

// PreviousDate is a date in an earlier sentence of the block.
type PreviousDate struct {
	Date     int    `json:"date"`
	Distance int    `json:"distance"` // sentences back
	Start    string `json:"start"`
	End      string `json:"end"`
	Text     string `json:"text"`
}

// EventMention is a known event named in the text.
type EventMention struct {
	// Event is the knowledge base's event; empty for a death the text
	// tells of a person whose day of death the base knows (Person).
	Event    string `json:"event"`
	Person   string `json:"person,omitempty"`
	Text     string `json:"text"`
	Span     Span   `json:"span"`
	Block    int    `json:"block"`
	Sentence int    `json:"sentence"`
}

// Tenses.
const (
	tensePresent = "present"
	tensePast    = "past"
	tenseFuture  = "future"
)

// blockScan is one block's words, phrase matches and sentences.
type blockScan struct {
	// titleCase caches titleCased: 0 not yet known, 1 yes, 2 no.
	titleCase int8
	f         *Facts
	doc       *document.Document
	g         *Gazetteer
	bi        int
	text      string
	dt        *document.Text
	toks      []token
	ids       []int32 // the words' numbers in the gazetteer's vocabulary
	ms        [kindCount][]match
	// sent is the global sentence index of each token; sentFirst marks
	// the first token of a sentence.
	sent      []int
	sentFirst []bool
	// titles are the block's title matches; titleFrom and titleTo index
	// them by their first word and the word after them (indexTitles).
	titles             []match
	titleFrom, titleTo []int32
	// spans caches text spans of the block (textSpan), indexed by spanAt
	// once there are many.
	spans  []cachedSpan
	spanAt map[[2]int]Span
	flags  []tenseFlags
	// tokTense marks each word with the tenses it shows (tenseBit*), for
	// the verb a date belongs to (dateVerbs).
	tokTense []uint8
	// clauses are the byte ranges of the block's relative clauses.
	clauses [][2]int
	dates   []int // indexes into f.Dates of this block's dates
	durs    []int // indexes into f.Durations of this block's durations
	// datesInOrder: the block's dates follow each other without
	// overlapping, so that those of a sentence or a stretch of text are
	// found by halving (sentDates, overlapsDate) rather than by reading
	// them all for each name, which grew with the square of a long block.
	datesInOrder bool
	dursInOrder  bool
	// relativesInOrder: the block's relative time phrases are in order.
	relativesInOrder bool
	// sectionDate indexes the date heading the block's section (a
	// timeline's "July 5"), or -1.
	sectionDate int
	// isCaption: the block is a photo's caption (caption).
	isCaption bool
	// lang is the language of the block's claim words; quotes are the
	// byte ranges of its direct quotations.
	lang   string
	quotes [][2]int
	// fusedBuf holds a block's words when a fused qualifier was split.
	fusedBuf []token
	// claimFrom and claimTo index ms[kClaim] by start and end word.
	claimFrom, claimTo []int32
	// coordinated counts the joined names coordinatedTitle has gone back
	// over, which bounds a long list.
	coordinated int
	// pastIn caches pastWords by sentence; laterIn and pastNoDate what
	// laterInSentence and pastInSentence find.
	pastIn     map[int][]int
	laterIn    map[int]int
	pastNoDate map[int]timeCand
	// openers caches by sentence the word after its first clause mark
	// (openingClause); pastVerbs marks the block's irregular past verbs
	// by word, made when first asked (pastVerbAt).
	openers   map[int]opener
	pastVerbs []bool
	// weighed counts the dates weighed for the mentions' times: the work
	// a long sentence must not multiply (TestMentionTimesWeighDatesNearby).
	weighed int
}

// mentionState carries what earlier blocks established: who has been named
// in full or with a title (for ambiguous aliases).
type mentionState struct {
	seen     map[*kb.Person]int // person -> order of the last full or titled mention
	n        int
	refStart string
	refEnd   string
	refSpan  *Span // where the text states the article's date, if it does
	// questions asked so far, by sentence: "Who is the current prime
	// minister of X?"; lastQuestion is the sentence of the latest.
	questions    map[int]*question
	lastQuestion int
}

// extractMentions finds people, offices, adjectival forms, events and the
// tense of each sentence. ranges and words hold each block's sentence
// ranges and words. It returns how many dates it weighed for the
// mentions' times.
func extractMentions(doc *document.Document, f *Facts, g *Gazetteer, ranges [][][2]int, words *pageWords) int {
	st := &mentionState{seen: map[*kb.Person]int{}, refStart: f.Date.Start, refEnd: f.Date.End, lastQuestion: -1}
	if f.Date.Source == SourceDateline {
		st.refSpan = f.Date.Span
	}
	datesOf := make([][]int, len(f.Blocks))
	for i, d := range f.Dates {
		datesOf[d.Block] = append(datesOf[d.Block], i)
	}
	durOf := make([][]int, len(f.Blocks))
	for i, d := range f.Durations {
		durOf[d.Block] = append(durOf[d.Block], i)
	}
	// One scan state, its buffers reused block after block. A news
	// article names a handful of people of the base: the list grows from
	// there (room for one every sixteen words was 15 KB of garbage an
	// article).
	bs := &blockScan{f: f, doc: doc, g: g}
	f.Mentions = make([]Mention, 0, 4)
	heads := sectionDates(f, datesOf, st.refSpan)
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		bs.bi, bs.text, bs.dt, bs.dates, bs.durs, bs.sectionDate = bi, b.Text.S, &b.Text, datesOf[bi], durOf[bi], heads[bi]
		bs.datesInOrder = inOrder(len(bs.dates), bs.dateItem)
		bs.dursInOrder = inOrder(len(bs.durs), bs.durationItem)
		bs.isCaption = caption(&f.Blocks[bi])
		toks := words.block(bi)
		bs.toks = g.splitFused(toks, bs.fusedBuf)
		if len(bs.toks) > len(toks) {
			bs.fusedBuf = bs.toks
		}
		bs.spans, bs.spanAt, bs.pastVerbs = bs.spans[:0], nil, nil
		if len(bs.toks) == 0 {
			continue
		}
		bs.ids = g.wordIDs(bs.toks, bs.ids)
		g.scan(bs.text, bs.toks, bs.ids, &bs.ms)
		bs.lang = blockLang(f, bi)
		bs.genitiveNames()
		bs.sentences(ranges[bi])
		bs.tense()
		bs.dateVerbs()
		bs.indexClaims()
		bs.relativeClauses()
		bs.quotations()
		bs.titles = bs.ms[kTitle]
		if bs.lang == "fr" {
			bs.titles = slices.DeleteFunc(slices.Clone(bs.titles), bs.firstNotPremier)
		}
		bs.placeTitles()
		bs.indexTitles()
		bs.findQuestions(st)
		bs.formsAround()
		bs.nameOverForm()
		bs.relativesInOrder = slices.IsSortedFunc(bs.ms[kRelative], func(a, b match) int { return a.from - b.from })
		n := len(f.Mentions)
		bs.people(st, durOf[bi])
		successiveHolders(f.Mentions[n:], g.kb)
		bs.adjectival(st, durOf[bi])
		bs.events()
		bs.happenedYears()
	}
	// The room made for a news article's mentions is mostly empty on a
	// long page of other prose (a novel names someone every thousand
	// words), and the facts stay while the rules' input is built.
	if cap(f.Mentions) > 2*len(f.Mentions)+64 {
		f.Mentions = slices.Clone(f.Mentions)
	}
	linkDurations(f, g)
	return bs.weighed
}

// genitiveNames reads a German genitive after a title as the name it
// ends in -s ("Außenministerin Baerbocks Reise", "US-Präsident Trumps
// Zölle", "Außenministerin Annalena Baerbocks Reise"): the word is cut
// before its -s, and the block scanned again. Only a name after a title,
// or after a title and a first name, is read so ("Hans" is no "Han").
func (bs *blockScan) genitiveNames() {
	if bs.lang != "de" && bs.lang != "" {
		return
	}
	var at []int
	var ends map[int]bool // where titles end, made once a word may need it
	for k, t := range bs.toks {
		if !t.upper || t.acronym || len(t.key) < 5 || !strings.HasSuffix(t.key, "s") || bs.ids[k] >= 0 {
			continue
		}
		if ends == nil {
			ends = map[int]bool{}
			for _, m := range bs.ms[kTitle] {
				ends[m.to] = true
			}
		}
		if !ends[k] && !(k > 0 && bs.toks[k-1].upper && ends[k-1]) {
			continue
		}
		if bs.g.oneWordName(t.key[:len(t.key)-1]) {
			at = append(at, k)
		}
	}
	if at == nil {
		return
	}
	toks := slices.Clone(bs.toks)
	for _, k := range at {
		toks[k].end--
		toks[k].key = toks[k].key[:len(toks[k].key)-1]
	}
	bs.toks = toks
	bs.ids = bs.g.wordIDs(bs.toks, bs.ids)
	bs.g.scan(bs.text, bs.toks, bs.ids, &bs.ms)
}

// successiveHolders: a plural title over names of which two held the same
// office, one that has a single holder at a time ("les Premiers ministres
// Borne, Attal et Barnier", "Prime Ministers Johnson and Sunak"), lists
// holders one after another: each name's title is of its own time,
// history, not a claim that all hold it now.
func successiveHolders(ms []Mention, base *kb.Base) {
	if base == nil {
		return
	}
	byTitle := map[int][]int{} // mentions by their title's offset
	for i := range ms {
		if t := ms[i].Title; t != nil && ms[i].Role != "" && ms[i].Time.Basis != "history" {
			byTitle[t.Span.Offset] = append(byTitle[t.Span.Offset], i)
		}
	}
	for _, group := range byTitle {
		for _, i := range group {
			a := &ms[i]
			shared := false
			for _, j := range group {
				shared = shared || ms[j].Role == a.Role && ms[j].Person != a.Person
			}
			if r := base.Role(a.Role); shared && r != nil && r.SingleHolder {
				a.Claim, a.Time = "then", MentionTime{Basis: "history"}
			}
		}
	}
}

// sentences assigns each token its sentence.
func (bs *blockScan) sentences(rs [][2]int) {
	first := bs.f.Blocks[bs.bi].FirstSentence
	bs.sent = resize(bs.sent, len(bs.toks))
	bs.sentFirst = resize(bs.sentFirst, len(bs.toks))
	k := 0
	for i, t := range bs.toks {
		for k+1 < len(rs) && t.start >= rs[k+1][0] {
			k++
		}
		bs.sent[i] = first + k
		bs.sentFirst[i] = i == 0 || bs.sent[i-1] != bs.sent[i]
	}
}

type tenseFlags struct{ present, past, future bool }

// nounMarkers are the words after which a verb of the present is a noun
// ("around promises of", "the plans", "his claims").
var nounMarkers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "of": true, "with": true, "new": true, "these": true,
	"those": true, "such": true, "many": true, "no": true, "any": true, "around": true, "about": true,
}

// resize returns s with length n and zero values, reusing its memory.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// tense marks each sentence of the block with the tenses its verbs show.
func (bs *blockScan) tense() {
	first := bs.f.Blocks[bs.bi].FirstSentence
	n := bs.f.Blocks[bs.bi].Sentences
	if n == 0 {
		return
	}
	bs.flags = resize(bs.flags, n)
	fl := bs.flags
	bs.tokTense = resize(bs.tokTense, len(bs.toks))
	tt := bs.tokTense
	mark := func(m match, bit uint8) {
		for k := m.from; k < m.to; k++ {
			tt[k] |= bit
		}
	}
	for _, m := range bs.ms[kPresentVerb] {
		if j := m.from - 1; j >= 0 && bs.sent[j] == bs.sent[m.from] && nounMarkers[bs.toks[j].key] {
			continue // "promises of stability", "the plans": nouns
		}
		if bs.lang == "de" && m.to-m.from == 1 && bs.toks[m.from].key == "am" {
			continue // German "am" is "an dem": "Am Montag verlor …"
		}
		if bs.infinitive(m) {
			continue // "refused to say", "would warn", "zu prüfen"
		}
		fl[bs.sent[m.from]-first].present = true
		mark(m, tenseBitPresent)
	}
	for _, m := range bs.ms[kFutureVerb] {
		if bs.qualifiesTitle(m) {
			continue
		}
		if bs.lang == "de" && m.to-m.from == 1 && bs.toks[m.from].key == "will" {
			// German "will" is "wants": the present.
			fl[bs.sent[m.from]-first].present = true
			mark(m, tenseBitPresent)
			continue
		}
		fl[bs.sent[m.from]-first].future = true
		mark(m, tenseBitFuture)
	}
	for _, m := range bs.ms[kPastVerb] {
		if m.from > 0 && gapClass(bs.gap(m.from)) == gapHyphen {
			continue // "the Hamas-led attack", "a state-run paper": adjectives, as "-backed" is
		}
		fl[bs.sent[m.from]-first].past = true
		mark(m, tenseBitPast)
	}
	for i, t := range bs.toks {
		if !t.upper && regularPast(t.key) && (i == 0 || gapClass(bs.text[bs.toks[i-1].end:t.start]) != gapHyphen) || bs.foreignPastAt(i) {
			fl[bs.sent[i]-first].past = true
			tt[i] |= tenseBitPast
		}
		if !t.upper && futureForm(bs.lang, t.key) {
			fl[bs.sent[i]-first].future = true
			tt[i] |= tenseBitFuture
		}
		if !t.upper && bs.samePastAt(i) {
			fl[bs.sent[i]-first].past = true
			tt[i] |= tenseBitPast
		}
		if bs.lang == "es" && !t.upper && (t.key == "ha" || t.key == "han") && i+1 < len(bs.toks) && bs.sent[i+1] == bs.sent[i] && spanishParticiple(bs.toks[i+1].key) {
			// "ha anunciado": the present perfect, a past that bears on
			// now, as "has announced".
			fl[bs.sent[i]-first].present = true
		}
	}
	for i, x := range fl {
		k := 0
		if x.present {
			k |= 1
		}
		if x.past {
			k |= 2
		}
		if x.future {
			k |= 4
		}
		bs.f.Sentences[first+i].Tense = tenseSets[k]
	}
}

// samePastAt: word i is an English verb whose past is spelled as its
// present ("cut", "hit", "set") after a singular subject, whose present
// would take an "-s": "The central bank cut rates on 12 May", not
// "Central banks cut rates".
func (bs *blockScan) samePastAt(i int) bool {
	if bs.lang != "" && bs.lang != "en" || !samePast[bs.toks[i].key] || i < 2 || bs.sent[i-1] != bs.sent[i] || !isBlank(bs.gap(i)) {
		return false
	}
	subj := bs.toks[i-1]
	if strings.HasSuffix(subj.key, "s") || !isLetters(subj.key) || stopwords[subj.key] != 0 || regularPast(subj.key) || verbCues[subj.key] {
		return false
	}
	// A noun after a determiner, an adjective perhaps between ("the
	// storm", "the central bank"), or a name.
	return subj.upper || determiners[bs.toks[i-2].key] || i >= 3 && !bs.toks[i-2].upper && determiners[bs.toks[i-3].key]
}

// samePast are English verbs whose past and present are spelled alike.
var samePast = map[string]bool{"cut": true, "hit": true, "set": true, "shut": true, "put": true, "quit": true,
	"hurt": true, "cost": true, "let": true, "spread": true, "split": true, "cast": true, "shed": true, "burst": true}

// infinitive: a verb of the present that is also the infinitive
// ("say", "sagen") follows a word that makes it one.
func (bs *blockScan) infinitive(m match) bool {
	if m.to-m.from != 1 || !bs.g.plural[bs.toks[m.from].key] {
		return false
	}
	j := m.from - 1
	return j < 0 || bs.sent[j] != bs.sent[m.from] || bs.g.infinitiveLeads[bs.toks[j].key]
}

// qualifiesTitle reports whether a future marker is the word "next" right
// before an office's title ("to elect their next president"): it speaks
// of the office's next holder, not of when the sentence happens.
func (bs *blockScan) qualifiesTitle(m match) bool {
	if m.to-m.from != 1 || bs.toks[m.from].key != "next" {
		return false
	}
	for _, t := range bs.ms[kTitle] {
		if t.from == m.to {
			return true
		}
	}
	return false
}

// tenseSets holds every combination of tenses, shared by all sentences
// (rules only read them).
var tenseSets = func() (out [8][]string) {
	for k := 1; k < 8; k++ {
		for i, t := range []string{tensePresent, tensePast, tenseFuture} {
			if k&(1<<i) != 0 {
				out[k] = append(out[k], t)
			}
		}
	}
	return
}()

// regularPast reads a lower-case word ending in -ed as a past form, but
// for the nouns and adjectives of words/not-past-en.txt. Four letters are
// enough: "used", "owed", "eyed", "tied" are pasts.
func regularPast(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !notPast[w]
}

// join is the span from the start of a to the end of b.
func join(a, b Span) Span {
	return Span{Offset: a.Offset, Line: a.Line, Column: a.Column, EndOffset: b.EndOffset, EndLine: b.EndLine, EndColumn: b.EndColumn}
}

// textSpan maps [a, b) of the block's text to the file, remembering the
// spans of time expressions that several mentions of a sentence share.
func (bs *blockScan) textSpan(a, b int) Span {
	if bs.spanAt != nil {
		if sp, ok := bs.spanAt[[2]int{a, b}]; ok {
			return sp
		}
	} else {
		for _, c := range bs.spans {
			if c.a == a && c.b == b {
				return c.sp
			}
		}
	}
	sp := bs.doc.TextSpan(bs.dt, a, b)
	switch {
	case bs.spanAt != nil:
		bs.spanAt[[2]int{a, b}] = sp
	case len(bs.spans) < maxScannedSpans:
		bs.spans = append(bs.spans, cachedSpan{a, b, sp})
	default:
		// A long block caches many: looked up by a scan, they grew with
		// the square of the block.
		bs.spanAt = make(map[[2]int]Span, 4*maxScannedSpans)
		for _, c := range bs.spans {
			bs.spanAt[[2]int{c.a, c.b}] = c.sp
		}
		bs.spanAt[[2]int{a, b}] = sp
	}
	return sp
}

// maxScannedSpans is the number of cached spans a block looks through
// before it indexes them.
const maxScannedSpans = 32

type cachedSpan struct {
	a, b int
	sp   Span
}

func (bs *blockScan) phrase(fromTok, toTok int) Phrase {
	a, b := bs.toks[fromTok].start, bs.toks[toTok-1].end
	return Phrase{Text: bs.text[a:b], Span: bs.doc.TextSpan(bs.dt, a, b), Folded: bs.folded(fromTok, toTok)}
}

// folded is the text of words [fromTok, toTok) as normalisation reads it
// ("Joe Biden" for a "Joе Bidеn" written with a Cyrillic е), or "" when
// that is the text as written.
func (bs *blockScan) folded(fromTok, toTok int) string {
	changed := false
	for i := fromTok; i < toTok; i++ {
		changed = changed || bs.toks[i].folded != ""
	}
	if !changed {
		return ""
	}
	var b strings.Builder
	for i := fromTok; i < toTok; i++ {
		if i > fromTok {
			b.WriteString(strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Cf, r) {
					return -1
				}
				return r
			}, bs.gap(i)))
		}
		if w := bs.toks[i].folded; w != "" {
			b.WriteString(w)
		} else {
			b.WriteString(bs.text[bs.toks[i].start:bs.toks[i].end])
		}
	}
	return b.String()
}

func (bs *blockScan) gap(i int) string { return bs.text[bs.toks[i-1].end:bs.toks[i].start] }

// overlapsDate reports whether tokens [from, to) fall inside a date ("May"
// in "May 2025" is a month, not Theresa May).
func (bs *blockScan) overlapsDate(from, to int) bool {
	a, b := bs.toks[from].start, bs.toks[to-1].end
	if bs.datesInOrder {
		// The first date to end after a is the only one that may start
		// before b.
		k := sort.Search(len(bs.dates), func(k int) bool { return bs.f.Dates[bs.dates[k]].end > a })
		return k < len(bs.dates) && bs.f.Dates[bs.dates[k]].at < b
	}
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		if a < d.end && d.at < b {
			return true
		}
	}
	return false
}

// inOrder reports whether n items, given by their start, end and
// sentence, each start where the one before ended or later, in its
// sentence or a later one.
func inOrder(n int, item func(k int) (at, end, sent int)) bool {
	for k := 1; k < n; k++ {
		_, end, sent := item(k - 1)
		if at, _, s := item(k); at < end || s < sent {
			return false
		}
	}
	return true
}

// sentenceRange returns the items [lo, hi) of sentence s among n items in
// order, by halving.
func sentenceRange(n, s int, sentOf func(k int) int) (int, int) {
	lo := sort.Search(n, func(k int) bool { return sentOf(k) >= s })
	hi := lo
	for hi < n && sentOf(hi) == s {
		hi++
	}
	return lo, hi
}

func (bs *blockScan) dateItem(k int) (int, int, int) {
	d := &bs.f.Dates[bs.dates[k]]
	return d.at, d.end, d.Sentence
}

func (bs *blockScan) durationItem(k int) (int, int, int) {
	d := &bs.f.Durations[bs.durs[k]]
	return d.at, d.end, d.Sentence
}

// sentDates returns the block's dates in sentence sent, in order: all of
// them when they are not in order (callers check the sentence).
func (bs *blockScan) sentDates(sent int) []int {
	if !bs.datesInOrder {
		return bs.dates
	}
	lo, hi := sentenceRange(len(bs.dates), sent, func(k int) int { return bs.f.Dates[bs.dates[k]].Sentence })
	return bs.dates[lo:hi]
}

// sentRelatives returns the block's relative time phrases ("last week")
// in sentence sent: all of them when they are not in order (callers check
// the sentence).
func (bs *blockScan) sentRelatives(sent int) []match {
	ms := bs.ms[kRelative]
	if !bs.relativesInOrder {
		return ms
	}
	lo, hi := sentenceRange(len(ms), sent, func(k int) int { return bs.sent[ms[k].from] })
	return ms[lo:hi]
}

// sentDurations is sentDates for the block's durations.
func (bs *blockScan) sentDurations(sent int) []int {
	if !bs.dursInOrder {
		return bs.durs
	}
	lo, hi := sentenceRange(len(bs.durs), sent, func(k int) int { return bs.f.Durations[bs.durs[k]].Sentence })
	return bs.durs[lo:hi]
}

// standsAlone rejects a name that is part of a longer one: "Hunter Biden"
// is not Joe Biden, "Donald Trump Jr." not Donald Trump. A capital word
// right before or after the name, in the same sentence, makes it so —
// unless it is a title, a qualifier, an honorific, a day or month, or a
// common word opening the sentence ("When Biden ..."). Headings (often in
// title case) are not checked.
func (bs *blockScan) standsAlone(m match) bool {
	// An initial and a capitalised word go on with the name, in a
	// heading too: "Governor George C. Wallace" is not Governor George.
	if initialAt(bs.text, bs.toks, m.to) && bs.toks[m.to+1].upper && !calendarWords[bs.toks[m.to+1].key] &&
		(!bs.titleCased() || strings.HasPrefix(bs.gap(m.to+1), ".")) {
		// (In title case a capital letter alone is a word: "Sunak A
		// Déclaré".)
		return false
	}
	if bs.f.Blocks[bs.bi].Kind == document.KindHeading || bs.titleCased() && m.to-m.from >= 2 {
		// (In title case a name of one word may be a common one:
		// "Prime Minister May Step Down".)
		return true
	}
	if m.to < len(bs.toks) {
		t := bs.toks[m.to]
		// A word in capitals after the name is a party or an
		// organisation ("Boris Pistorius SPD"), not more of the name.
		// Nor is a fact box's next field ("Name: Olaf Scholz / Amt: …").
		field := officeFields[t.key] && m.to+1 < len(bs.toks) && strings.TrimSpace(bs.gap(m.to+1)) == ":"
		if t.upper && !t.acronym && !field && !(t.end-t.start >= 2 && isAllUpper(bs.text[t.start:t.end])) && gapClass(bs.gap(m.to)) == gapSpace && !calendarWords[t.key] && bs.sent[m.to] == bs.sent[m.from] && !bs.v2Subject(m) {
			return false
		}
	}
	if m.from > 0 {
		i := m.from - 1
		t := bs.toks[i]
		if t.upper && gapClass(bs.gap(m.from)) == gapSpace && !(bs.sentFirst[i] && bs.starter(t.key)) && bs.titleEnding(m.from) == nil &&
			!bs.g.honorifics[t.key] && !calendarWords[t.key] && !bs.isQualifier(i) && !bs.genitiveBefore(m) && !bs.describedBy(i, m) && !counterpartNouns[t.key] {
			return false
		}
	}
	return true
}

// titleCased: the block is written in title case, as a headline that is
// no heading ("German Chancellor Olaf Scholz Says Europe Must Stay
// United"): three quarters of its words of four letters or more start
// with a capital. Not in German, which writes every noun so.
func (bs *blockScan) titleCased() bool {
	if bs.titleCase == 0 {
		bs.titleCase = 2
		long, capital := 0, 0
		for _, t := range bs.toks {
			if t.end-t.start >= 4 && isLetters(t.key) {
				long++
				if t.upper {
					capital++
				}
			}
		}
		if bs.lang != "de" && long >= 3 && 4*capital >= 3*long {
			bs.titleCase = 1
		}
	}
	return bs.titleCase == 1
}

// describedBy: the capitalised word i before a full name of two words or
// more ends a description of the person that opens with an article: "der
// SPD-Politiker Olaf Scholz", "the Social Democrat Olaf Scholz", "die
// Grünen-Politikerin Annalena Baerbock" (German writes every noun with a
// capital). Up to three capitalised words, hyphens between perhaps.
func (bs *blockScan) describedBy(i int, m match) bool {
	if m.to-m.from < 2 {
		return false
	}
	for j, n := i, 0; j > 0 && n < 3 && bs.sent[j-1] == bs.sent[i] && bs.toks[j].upper; j, n = j-1, n+1 {
		if c := gapClass(bs.gap(j)); c != gapSpace && c != gapHyphen {
			return false
		}
		if bs.isArticle(j-1) || bs.toks[j-1].key == "the" {
			return true
		}
	}
	return false
}

// starter: w, opening a sentence before a name, is a common word and not
// part of the name: one of the English sentence starters, or a function
// word of the block's language ("Auch Rishi Sunak ist …", "Selon Emmanuel
// Macron, …").
func (bs *blockScan) starter(w string) bool {
	if bs.g.starters[w] {
		return true
	}
	if bs.lang == "" || bs.lang == "en" {
		return false
	}
	i := slices.Index(languages, bs.lang)
	return i >= 0 && stopwords[w]&(1<<i) != 0
}

// v2Subject: in German, which writes nouns with a capital, a name between
// a copula and a title is the copula's subject, not part of a longer name
// ("Seit 2021 ist Olaf Scholz Bundeskanzler"), and a title before the name
// closes it on the left as the verb's inversion puts the object after it
// ("Am Dienstag kündigte Bundeskanzler Olaf Scholz Neuwahlen an").
func (bs *blockScan) v2Subject(m match) bool {
	if bs.lang != "de" || m.from == 0 {
		return false
	}
	if tm := bs.titleEnding(m.from); tm != nil && m.to-m.from >= 2 && bs.sent[tm.from] == bs.sent[m.from] {
		return true
	}
	if bs.titleAt(m.to) == nil {
		return false
	}
	_, _, ok := bs.claimWordEnding(m.from, cwPresent, cwPast, cwFuture)
	return ok
}

func (bs *blockScan) isQualifier(i int) bool {
	for _, q := range bs.ms[kQualifier] {
		if q.from <= i && i < q.to {
			return true
		}
	}
	return false
}

// qualifierEnding is the qualifier that ends right before word k.
func (bs *blockScan) qualifierEnding(k int) (match, bool) {
	for _, q := range bs.ms[kQualifier] {
		if q.to == k {
			return q, true
		}
	}
	return match{}, false
}

func (bs *blockScan) qualifierAt(i int) (match, bool) {
	for _, q := range bs.ms[kQualifier] {
		if q.from == i {
			return q, true
		}
	}
	return match{}, false
}

// linkedTitle is a title found next to a name.
type linkedTitle struct {
	m        *match
	position string
	// qual is the qualifier's first token, -1 for none; qualTo its end.
	qual, qualTo int
	// qualAfter: the qualifier follows the title ("President-elect").
	qualAfter bool
	claim     string
	// form is the claim form; tense the copula's (copNone without one),
	// cop the copula; pinned: a word of the claim makes it speak of the
	// time of writing ("the current", "currently").
	form   string
	tense  int
	cop    match
	pinned bool
	// asked: the title is in a question the name answers.
	asked *question
	// tookOffice: the claim says the person took the office ("was sworn
	// in as"); chosen, that they were elected or appointed to it;
	// left, how they left it ("left", "resigned").
	tookOffice, chosen bool
	left               string
	// since: the date the claim says the term began, an index into
	// f.Dates ("ist seit 2021 Bundeskanzler"); sinceDur the length of
	// time the claim says the term has lasted, an index into f.Durations
	// ("ist seit drei Jahren Kanzler").
	since    *int
	sinceDur *int
	// dated: the date a change of office gives away from the title
	// ("succeeded Stoltenberg in October 2024"), an index into f.Dates.
	dated *int
	// inverted: a German role opens the clause, the finite verb between
	// it and the name ("Als Bundeskanzler hat Olaf Scholz …").
	inverted bool
	// capacity: the title after the name follows "in his role as" (or
	// the like): what the name did in the office.
	capacity bool
	// thenElect is the claim of a qualifier of the future after the title
	// that "then" puts at a time past ("then President-elect X"): the
	// claim at the date the sentence gives.
	thenElect string
}

// titleBefore finds "TITLE NAME", "TITLE-elect NAME" and "the title, NAME".
func (bs *blockScan) titleBefore(from int) (linkedTitle, bool) {
	lt := linkedTitle{position: "before", qual: -1, form: formTitle}
	if from == 0 {
		return lt, false
	}
	g := bs.gap(from)
	if h := from - 1; h > 0 && bs.g.honorifics[bs.toks[h].key] && bs.toks[h].upper && bs.sent[h] == bs.sent[from] &&
		(gapClass(g) == gapSpace || strings.HasPrefix(g, ".") && gapClass(g[1:]) == gapSpace) {
		// An honorific between the title and the name goes with the name:
		// "President Dr. William Ruto", "Prime Minister Sir John Key".
		from, g = h, bs.gap(h)
	}
	if a, ok := bs.describedAfterComma(from); ok {
		// "le chancelier allemand, le social-démocrate Olaf Scholz", "el
		// presidente del Consejo Europeo, el liberal belga Charles
		// Michel": a description of the person between the title's comma
		// and the name.
		from, g = a, bs.gap(a)
	}
	end := from
	if a := from - 1; a > 0 && bs.sent[a] == bs.sent[from] && strings.TrimSpace(g) == ")," && strings.TrimSpace(bs.gap(a)) == "(" && bs.acronymAt(a) {
		// The institution's initials after the title: "the president of
		// the European Central Bank (ECB), Christine Lagarde".
		end, g = a, ", "
	}
	if t0, ok := bs.portfolioTail(end, g); ok {
		// The rest of a ministry's long name between the title and the
		// comma: "le ministre de l'Intérieur et des Outre-mer, X", "le
		// ministre de l'Économie, des Finances et de la Souveraineté
		// industrielle, X".
		end, g = t0, ", "
	}
	if tm := bs.titleEnding(end); tm != nil && bs.vesselBefore(tm.from) {
		// "HMS Queen Elizabeth": a ship's name.
		return lt, false
	} else if tm != nil && bs.sent[tm.from] == bs.sent[from] && (bs.colonGap(from, tm.from) || bs.cellGap(from, tm.from) || spacedDash(g) && bs.opensSentence(tm.from)) {
		// "X's Current Prime Minister: Jane Doe", a cabinet list's
		// "Foreign Secretary – David Lammy" — not "New Prime Minister:
		// King Charles Invites …", whose name opens with a title of its
		// own.
		if bs.titleAt(from) != nil {
			return lt, false
		}
		lt.m, lt.form = tm, formHeadline
	} else if tm != nil && (gapClass(g) == gapSpace || bs.commaAfter(tm, g) && bs.titleOpensPhrase(tm.from) && !bs.nameBeforePhrase(tm.from) && !bs.objectThenSubject(tm.from, from) || bs.abbreviated(tm, g)) && bs.sent[tm.from] == bs.sent[from] {
		lt.m = tm
	} else if tm := bs.titleBeforeDemonym(from - 1); tm != nil && (gapClass(g) == gapSpace || strings.TrimSpace(g) == "," && bs.titleOpensPhrase(tm.from)) {
		// "el ministro de Defensa ruso, Serguéi Shoigú", "le Premier
		// ministre britannique actuel, Rishi Sunak".
		lt.m, lt.pinned = tm, bs.isPinWord(from-1)
	} else if tm := bs.titleBeforePin(from); tm != nil && strings.TrimSpace(g) == "," && bs.titleOpensPhrase(tm.from) {
		// "le chancelier allemand en exercice, Olaf Scholz".
		lt.m, lt.pinned = tm, true
	} else if q, comma, ok := bs.qualifierBeforeName(from, g); ok {
		// "President-elect Donald Trump", "Bundeskanzler a. D. Gerhard
		// Schröder", "le président élu américain Donald Trump", "the
		// president-elect, Donald Trump,": the qualifier follows the title.
		tm := bs.titleEnding(q.from)
		if tm == nil && q.from >= 1 {
			// "le Premier ministre néerlandais sortant Mark Rutte".
			tm = bs.titleBeforeDemonym(q.from - 1)
		}
		if tm == nil || comma && (!bs.titleOpensPhrase(tm.from) || bs.nameBeforePhrase(tm.from)) {
			return lt, false
		}
		lt.m, lt.qual, lt.qualTo, lt.qualAfter, lt.claim = tm, q.from, q.to, true, q.p.claim
		if b, e, c := bs.qualifierBefore(tm.from); c == "then" {
			// "then President-elect Lula": elect at a time the
			// sentence speaks of, not now.
			lt.thenElect = lt.claim
			lt.qual, lt.qualTo, lt.qualAfter, lt.claim = b, e, false, c
		}
		return lt, true
	} else if tm, di, ok := bs.titleSinceBefore(from, g); ok {
		// "Prime minister since July 2023, Keir Starmer has …",
		// "Chancelier depuis 2021, Olaf Scholz défend son bilan"; told
		// in the past, up to the time told: "Chancellor since 2021,
		// Olaf Scholz lost the election on February 23".
		lt.m, lt.since, lt.tense, lt.form = tm, &di, copPresent, formApposition
		if pastOnly(bs.f.Sentences[bs.sent[from]].Tense) {
			lt.since, lt.tense = nil, copPast
		}
	} else if tm := bs.asTitleInverted(from); tm != nil {
		// "Als Bundeskanzler hat Olaf Scholz versprochen …".
		lt.m, lt.inverted = tm, true
	} else if lt, ok := bs.coordinatedTitle(from); ok {
		return lt, true
	} else {
		return lt, false
	}
	lt.qual, lt.qualTo, lt.claim = bs.qualifierBefore(lt.m.from)
	for i := lt.m.from - 1; i >= 0 && i >= lt.m.from-4 && bs.sent[i] == bs.sent[from]; i-- {
		if bs.isPinWord(i) {
			lt.pinned = true
		}
	}
	return lt, true
}

// asTitleInverted finds the German role that opens a main clause: "Als
// Bundeskanzler hat Olaf Scholz versprochen …", "Als Kanzler versprach
// Scholz …". "Als" and the title come first, then the finite verb, then
// its subject, the name at word from. ("Als" for "when" puts the verb
// last: "Als Bundeskanzler Scholz 2022 nach Kiew reiste".)
func (bs *blockScan) asTitleInverted(from int) *match {
	v := from - 1
	if bs.lang != "de" || v < 2 || bs.sent[v] != bs.sent[from] || !isBlank(bs.gap(from)) || !isBlank(bs.gap(v)) ||
		bs.toks[v].upper || !germanFinite(bs.toks[v].key) && !bs.foreignPastAt(v) && !germanWeakPast(bs.toks[v].key) {
		return nil
	}
	tm := bs.titleEnding(v)
	if tm == nil || tm.from < 1 || bs.sent[tm.from] != bs.sent[from] {
		return nil
	}
	a := tm.from - 1
	if s, ok := bs.capacityEnding(a); ok {
		a = s // "In seiner Funktion als Bundeskanzler hat …"
	} else if bs.toks[a].key != "als" {
		return nil
	}
	if !bs.opensSentence(a) || !isBlank(bs.gap(tm.from)) {
		return nil
	}
	return tm
}

// germanPastVerb: word k, the finite verb of a German main clause, tells
// of the past: the perfect's and pluperfect's auxiliary ("hat
// versprochen"), a weak or a listed strong past ("versprach").
func (bs *blockScan) germanPastVerb(k int) bool {
	switch bs.toks[k].key {
	case "hat", "hatte", "war", "wurde":
		return true
	}
	return bs.foreignPastAt(k) || germanWeakPast(bs.toks[k].key)
}

// coordinatedTitle: the name at word from follows another name and
// "and" or a comma, and a title in the plural heads the names:
// "Presidents Joe Biden and Emmanuel Macron", "les présidents Emmanuel
// Macron et Joe Biden", "die Präsidenten Macron und Biden".
func (bs *blockScan) coordinatedTitle(from int) (linkedTitle, bool) {
	end := from
	if j := from - 1; j >= 1 && bs.sent[j] == bs.sent[from] && coordinators[bs.toks[j].key] && isBlank(bs.gap(from)) && isBlank(bs.gap(j)) {
		end = j
	} else if from < 1 || strings.TrimSpace(bs.gap(from)) != "," {
		return linkedTitle{}, false
	}
	// A list of more names than a title heads in prose is not followed
	// back: a block of thousands of joined names stays linear.
	if bs.coordinated >= maxJoinedNames {
		return linkedTitle{}, false
	}
	bs.coordinated++
	defer func() { bs.coordinated-- }()
	for _, m := range bs.namesEndingAt(end) {
		if bs.sent[m.from] != bs.sent[from] {
			continue
		}
		if lt, ok := bs.titleBefore(m.from); ok && lt.m != nil && lt.m.p.title != nil && bs.pluralTitle(lt.m) {
			return lt, true
		}
	}
	return linkedTitle{}, false
}

// maxJoinedNames is how many joined names a plural title may head.
const maxJoinedNames = 8

// namesEndingAt are the name matches that end right before word end. The
// matches are in order of their first word and a name runs at most
// maxNameWords words, so a binary search finds them.
func (bs *blockScan) namesEndingAt(end int) []match {
	ms := bs.ms[kName]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].from >= end-maxNameWords })
	var out []match
	for ; i < len(ms) && ms[i].from < end; i++ {
		if ms[i].to == end {
			out = append(out, ms[i])
		}
	}
	return out
}

// maxNameWords bounds a name's length in words ("Andrés Manuel López
// Obrador", "Jean-Yves Le Drian").
const maxNameWords = 8

// coordinators join names in a list.
var coordinators = map[string]bool{"and": true, "et": true, "und": true, "y": true, "e": true}

// pluralTitle: the title tm is in the plural. German declines its
// singular titles as plurals are written; "die" before one that is not
// feminine makes it plural ("die Präsidenten", "die Premierminister").
func (bs *blockScan) pluralTitle(tm *match) bool {
	if tm.p.plural {
		return true
	}
	return tm.from > 0 && bs.toks[tm.from-1].key == "die" && !strings.HasSuffix(bs.toks[tm.to-1].key, "in")
}

// acronymAt: word k is written in capitals, as initials are ("ECB",
// "BCE", "EZB").
func (bs *blockScan) acronymAt(k int) bool {
	w := bs.text[bs.toks[k].start:bs.toks[k].end]
	return bs.toks[k].acronym || len(w) >= 2 && len(w) <= 6 && isAllUpper(w)
}

// indefiniteBefore: an indefinite article stands right before the title
// at word k.
func (bs *blockScan) indefiniteBefore(k int) bool {
	return k > 0 && bs.sent[k-1] == bs.sent[k] && indefinites[bs.toks[k-1].key]
}

var indefinites = map[string]bool{"a": true, "an": true, "ein": true, "eine": true, "einer": true, "einem": true, "einen": true, "un": true, "une": true, "una": true}

// bossTime is the time of the boss a possessive names before a title
// ("Obama's secretary of state, X", "X, Biden's chief of staff,"): the
// boss's term in a governing office that overlaps one of p's terms in
// role, else the boss's latest begun by the article's date, when none
// does ("Trump's defense secretary, Lloyd Austin", who served Biden).
// Basis "boss".
func (bs *blockScan) bossTime(st *mentionState, p *kb.Person, role string, lt linkedTitle) (MentionTime, bool) {
	var bosses []match
	var people []*kb.Person
	if lt.position == "before" {
		// The possessive right before the title, or before words that
		// describe it, nothing else between: not "Despite Biden's
		// warnings, Defense Secretary X", "Merkel's successor,
		// Chancellor X".
		k := lt.m.from
		for n := 0; n < maxEpithets && k > 1 && bs.sent[k-1] == bs.sent[k] && isBlank(bs.gap(k)) && bs.epithetAt(k-1); n++ {
			k--
		}
		if k >= 2 && bs.sent[k-1] == bs.sent[lt.m.from] && isBlank(bs.gap(k)) && bs.toks[k-1].key == "s" && gapClass(bs.gap(k-1)) == gapApos {
			bosses = bs.namesEndingAt(k - 1)
			if f := bs.formEndingAt(k - 1); len(bosses) == 0 && f != nil {
				// "The Obama administration's defense secretary, X".
				bosses, people = []match{*f}, f.p.adj.people
			}
		}
	} else if lt.qual >= 0 && lt.qualTo-1 < len(bs.toks) && bs.toks[lt.qualTo-1].key == "s" {
		bosses = bs.namesEndingAt(lt.qualTo - 1)
	}
	if len(bosses) == 0 {
		return MentionTime{}, false
	}
	if people == nil {
		for _, b := range bosses {
			for _, ref := range b.p.names {
				people = append(people, ref.person)
			}
		}
	}
	lang := bs.claimLang()
	var heads []*kb.Term
	for _, person := range people {
		for _, t := range person.Terms {
			if r := bs.g.kb.Role(t.Role); r != nil && governing(r, lang) && (st.refEnd == "" || t.Start <= st.refEnd) {
				heads = append(heads, t)
			}
		}
	}
	if len(heads) == 0 {
		return MentionTime{}, false
	}
	pick := heads[len(heads)-1]
	for _, h := range heads {
		for _, t := range p.Terms {
			if t.Role == role && (t.End == "" || t.End > h.Start) && (h.End == "" || h.End > t.Start) {
				pick = h // overlapping: the title was right then
			}
		}
	}
	end := pick.End
	if end == "" || st.refEnd != "" && end > st.refEnd {
		end = st.refEnd
	} else if e, err := time.Parse("2006-01-02", end); err == nil {
		end = e.AddDate(0, 0, -1).Format("2006-01-02") // terms are half-open
	}
	if end == "" || end < pick.Start {
		return MentionTime{}, false
	}
	b := bosses[0]
	sp := bs.textSpan(bs.toks[b.from].start, bs.toks[b.to-1].end)
	return MentionTime{Basis: "boss", Start: pick.Start, End: end, Text: bs.text[bs.toks[b.from].start:bs.toks[b.to-1].end], Span: &sp}, true
}

// formEndingAt is the adjectival form ("the Obama administration") that
// ends right before word end, nil when none does.
func (bs *blockScan) formEndingAt(end int) *match {
	for i := range bs.ms[kAdjectival] {
		if m := &bs.ms[kAdjectival][i]; m.to == end && m.p.adj != nil {
			return m
		}
	}
	return nil
}

// bossBefore: a person's possessive stands right before the title at
// word k ("Obama's secretary of state", "Scholz' Finanzminister"), or
// before words that describe it ("Trump's first-term secretary of
// state").
func (bs *blockScan) bossBefore(k int) bool {
	for n := 0; n < maxEpithets && k > 1 && bs.sent[k-1] == bs.sent[k] && bs.epithetAt(k-1); n++ {
		k--
	}
	if k < 1 {
		return false
	}
	if (len(bs.namesEndingAt(k-1)) > 0 || bs.formEndingAt(k-1) != nil) && bs.toks[k-1].key == "s" && gapClass(bs.gap(k-1)) == gapApos {
		return true // "Obama's secretary of state", "the Obama administration's secretary of state"
	}
	g := strings.TrimSpace(bs.gap(k))
	if len(bs.namesEndingAt(k)) > 0 && (strings.HasPrefix(g, "'") || strings.HasPrefix(g, "’")) {
		return true
	}
	// German's genitive: "Bidens Vizepräsidentin", "Merkels Finanzminister".
	w := bs.toks[k-1].key
	return (bs.lang == "de" || bs.lang == "") && bs.toks[k-1].upper && isBlank(bs.gap(k)) && len(w) > 3 && strings.HasSuffix(w, "s") && bs.g.oneWordName(w[:len(w)-1])
}

// opensSentence: word k is the first of its sentence.
func (bs *blockScan) opensSentence(k int) bool {
	return k == 0 || bs.sent[k-1] != bs.sent[k]
}

// demonyms are the French and Spanish nationality adjectives that may
// follow a title before its holder (words/demonyms-*.txt).
var demonyms = map[string]map[string]bool{
	"fr": wordFile("words/demonyms-fr.txt"),
	"es": wordFile("words/demonyms-es.txt"),
}

// affiliations are, by language, the adjectives of a party or camp that
// stand where a nationality may (titleBeforeDemonym).
var affiliations = map[string]map[string]bool{
	"en": wordFile("words/affiliations-en.txt"),
	"fr": wordFile("words/affiliations-fr.txt"),
	"es": wordFile("words/affiliations-es.txt"),
}

// titleBeforeDemonym is the title that ends right before word d when d is
// a nationality adjective of the block's language ("ministro de Defensa
// ruso", "ministre de l'Intérieur français"), a party's ("le président
// démocrate") or a pin word after the title ("Premier ministre
// britannique actuel"), or nil.
func (bs *blockScan) titleBeforeDemonym(d int) *match {
	if d > 1 && gapClass(bs.gap(d)) == gapHyphen && bs.affiliation(d-1) {
		d-- // "le chancelier social-démocrate Olaf Scholz"
	}
	if d <= 0 || bs.toks[d].upper && !bs.titleCased() || !isBlank(bs.gap(d)) ||
		!demonyms[bs.lang][bs.toks[d].key] && !(bs.lang != "en" && bs.isPinWord(d)) && !bs.affiliation(d) {
		return nil
	}
	if tm := bs.titleEnding(d); tm != nil && bs.sent[tm.from] == bs.sent[d] {
		return tm
	}
	return nil
}

// affiliation: an adjective of a party or camp starts at word d, one word
// or two joined by a hyphen.
func (bs *blockScan) affiliation(d int) bool {
	a := affiliations[bs.lang]
	return a[bs.toks[d].key] || d+1 < len(bs.toks) && gapClass(bs.gap(d+1)) == gapHyphen && a[bs.toks[d].key+"-"+bs.toks[d+1].key]
}

// titleBeforePin finds the title before a pin of two or more words that
// ends at word k, perhaps with its nationality between: "le chancelier
// allemand en exercice", "el presidente en funciones".
func (bs *blockScan) titleBeforePin(k int) *match {
	pin, _, ok := bs.claimWordEnding(k, cwPin)
	if !ok || pin.to-pin.from < 2 || pin.from == 0 || bs.lang == "en" || !isBlank(bs.gap(pin.from)) {
		return nil
	}
	if tm := bs.titleEnding(pin.from); tm != nil && bs.sent[tm.from] == bs.sent[pin.from] {
		return tm
	}
	return bs.titleBeforeDemonym(pin.from - 1)
}

// vessels are the words before a ship's name (words/vessels.txt).
var vessels = wordFile("words/vessels.txt")

// kinship are the words for a relative (words/kinship-en.txt).
var kinship = wordFile("words/kinship-en.txt")

// vesselBefore: the title starting at word k opens a ship's name, after
// "HMS", "the liner" and the like.
func (bs *blockScan) vesselBefore(k int) bool {
	return k > 0 && bs.sent[k-1] == bs.sent[k] && isBlank(bs.gap(k)) && vessels[bs.toks[k-1].key]
}

// maxDescription bounds the words that describe a person between a
// title's comma and the name ("the Social Democrat", "el liberal belga").
const maxDescription = 4

// describedAfterComma: the name at word from follows an article and a few
// words describing the person, the article right after a comma ("…, der
// Sozialdemokrat Olaf Scholz"); it returns the article's word. None of
// the words may be a title, a verb or a number.
func (bs *blockScan) describedAfterComma(from int) (int, bool) {
	k := from - 1
	for n := 0; k > 0 && n < maxDescription && bs.sent[k] == bs.sent[from]; n, k = n+1, k-1 {
		if c := gapClass(bs.gap(k + 1)); c != gapSpace && c != gapHyphen {
			return 0, false
		}
		if bs.isArticle(k) || bs.toks[k].key == "the" {
			break
		}
		t := bs.toks[k]
		if bs.inTitle(k) || bs.verbAt(k) || bs.presentVerbAt(k) || isDigits(t.key) || stopwords[t.key] != 0 && !t.upper {
			return 0, false
		}
	}
	if k <= 0 || k == from-1 || bs.sent[k] != bs.sent[from] || !(bs.isArticle(k) || bs.toks[k].key == "the") || strings.TrimSpace(bs.gap(k)) != "," {
		return 0, false
	}
	// The name must close the apposition, with a comma or the sentence's
	// end: "Unlike the chancellor, the conservative Friedrich Merz wants
	// …" and "the chancellor, the conservative Friedrich Merz and the
	// Green …" name someone else.
	if e := bs.nameEnd(from); e < len(bs.toks) && bs.sent[e] == bs.sent[from] && !strings.HasPrefix(strings.TrimSpace(bs.gap(e)), ",") {
		return 0, false
	}
	return k, true
}

// titleOpensPhrase: the title starting at word k opens a noun phrase —
// the sentence starts there or a determiner leads it ("the prime
// minister, Keir Starmer", "Canada's new prime minister, Mark Carney") —
// so a comma after it introduces its holder; so does a preposition before
// a capitalised title. After a verb ("when he was prime minister, Trudeau
// ...") the title ends a clause instead.
func (bs *blockScan) titleOpensPhrase(k int) bool {
	epithets := 0
	for i := k - 1; i >= 0 && bs.sent[i] == bs.sent[k]; i-- {
		t := bs.toks[i]
		if _, ok := bs.capacityEnding(i); ok || roleWords[t.key] && (bs.opensSentence(i) || strings.ContainsAny(bs.gap(i), ",;:—–")) {
			// "In his role as NATO chief, Jens Stoltenberg …", "Today, as
			// prime minister, Rishi Sunak …".
			return true
		}
		if andWords[t.key] && i > 0 {
			if first := bs.titleBeforeAnd(i); first >= 0 {
				// "the deputy prime minister and finance minister, Choi
				// Sang-mok", "la vicepresidenta primera y ministra de
				// Economía, Nadia Calviño": the first title opens the
				// phrase.
				i = first
				continue
			}
		}
		switch {
		case determiners[t.key] && (t.key != "s" || i > 0 && gapClass(bs.gap(i)) == gapApos), bs.isArticle(i), titlePossessives[t.key] && bs.lang != "en":
			return true
		case t.upper || bs.isQualifier(i) || bs.isNow(i) || bs.ordinalAt(i) || bs.joinsRanks(i):
			// "the 46th and current president of the United States, …".
			continue
		case bs.nowEnding(i + 1):
			// "Aujourd'hui Premier ministre, …": a word of now written
			// in more than one word.
			m, _, _ := bs.claimWordEnding(i+1, cwNow)
			i = m.from
			continue
		case epithets < maxEpithets && bs.epithetAt(i):
			// "the veteran Dutch prime minister, Mark Rutte", "the
			// 57-year-old prime minister, …".
			epithets++
			continue
		case t.key == "que" && i >= 2 && bs.toks[i-1].key == "tant" && bs.toks[i-2].key == "en":
			// "En tant que Premier ministre, Fumio Kishida …": as "As
			// prime minister, …".
			return true
		case prepositions[t.key] && !roleWords[t.key] && !castFor[t.key] && bs.toks[k].upper:
			// "hailed by German Chancellor, Friedrich Merz, as …": a
			// capitalised title after a preposition names its holder
			// (who must close the apposition: objectThenSubject).
			return true
		}
		return false
	}
	return true
}

// nameHolds: a person the name starting at word from may stand for held,
// at some time, an office title tm names.
func (bs *blockScan) nameHolds(from int, tm *match) bool {
	if tm.p.title == nil {
		return false
	}
	for _, m := range bs.ms[kName] {
		if m.from != from {
			continue
		}
		for _, n := range m.p.names {
			for _, term := range n.person.Terms {
				if r := bs.g.kb.Role(term.Role); r != nil && (r == tm.p.title.label || containsRole(tm.p.title.short, r)) {
					return true
				}
			}
		}
	}
	return false
}

// titlePossessives are the possessive pronouns of French, German and
// Spanish that open a title's noun phrase as "his" does in English ("son
// secrétaire d'État, X", "su vicepresidenta, X", "seine Außenministerin,
// X").
var titlePossessives = map[string]bool{
	"son": true, "sa": true, "ses": true, "leur": true, "notre": true,
	"su": true, "sus": true, "nuestro": true, "nuestra": true,
	"sein": true, "seine": true, "seinem": true, "seinen": true, "seiner": true,
	"ihr": true, "ihre": true, "ihrem": true, "ihren": true, "ihrer": true, "unser": true, "unsere": true,
}

// titleBeforeAnd is the first word of the title that ends right before
// the "and" at word i ("prime minister and", "vicepresidenta primera y":
// an ordinal may follow the title), or -1.
func (bs *blockScan) titleBeforeAnd(i int) int {
	end := i
	if end > 1 && bs.ordinalAt(end-1) {
		end--
	}
	if tm := bs.titleEnding(end); tm != nil && bs.sent[tm.from] == bs.sent[i] && isBlank(bs.gap(i)) {
		return tm.from
	}
	return -1
}

// maxEpithets is how many lower-case words may describe a title between
// its article and it.
const maxEpithets = 3

// epithetAt: in English, word i may describe the title after it: a
// lower-case word of letters that is neither a function word nor a verb
// ("veteran", "centrist"), or a part of an age ("57-year-old").
func (bs *blockScan) epithetAt(i int) bool {
	t := bs.toks[i]
	if bs.lang != "" && bs.lang != "en" || t.upper && !bs.affiliation(i) {
		return false
	}
	if i+1 < len(bs.toks) && gapClass(bs.gap(i+1)) == gapHyphen && (isDigits(t.key) || t.key == "year") {
		return true // "57-", "year-" of "57-year-old"
	}
	// After an article or a possessive a word in -ed is an adjective:
	// "Britain's embattled prime minister".
	adjective := i > 0 && (bs.isArticle(i-1) || bs.possessiveAt(i-1))
	return isLetters(t.key) && stopwords[t.key] == 0 && (adjective || !bs.verbAt(i) && !bs.pastVerbAt(i))
}

// possessiveAt: word k is the "s" of a possessive ("Britain's").
func (bs *blockScan) possessiveAt(k int) bool {
	return k > 0 && bs.toks[k].key == "s" && gapClass(bs.gap(k)) == gapApos
}

// castFor are prepositions after which a title is a role someone is
// chosen for, not a holder's: "his choice for Attorney General, Jane
// Doe,"; roleWords ("as") put someone in it.
var castFor = map[string]bool{"for": true, "like": true}

// nowEnding: a word of now ends right before word k.
func (bs *blockScan) nowEnding(k int) bool {
	_, _, ok := bs.claimWordEnding(k, cwNow)
	return ok
}

// isNow: word i is an adverb of the present that may stand before a
// qualifier ("el ahora expresidente", "the now former president").
func (bs *blockScan) isNow(i int) bool {
	_, _, ok := bs.claimWordAt(i, cwNow)
	return ok
}

// nameBeforePhrase: the phrase of the title at word k follows a name and
// a comma ("Theresa May, the former prime minister, Mr Johnson said"):
// it is that name's apposition, not a title for the name after it.
func (bs *blockScan) nameBeforePhrase(k int) bool {
	p := k
	for p > 0 && bs.sent[p-1] == bs.sent[k] && gapClass(bs.gap(p)) == gapSpace {
		t := bs.toks[p-1]
		if !(determiners[t.key] || bs.isArticle(p-1) || bs.isQualifier(p-1) || t.upper) {
			break
		}
		p--
	}
	if p == 0 || strings.TrimSpace(bs.gap(p)) != "," {
		return false
	}
	// Names are in text order: the last one to start before p.
	names := bs.ms[kName]
	i := sort.Search(len(names), func(i int) bool { return names[i].from >= p })
	return i > 0 && names[i-1].to == p
}

// objectThenSubject: the phrase of the title at word k follows a
// preposition or "according to", and the name at word from runs on into
// its own clause with no closing comma ("According to the Japanese
// foreign minister, Blinken said …", "He spoke to the prime minister,
// Rishi Sunak said"): the name is the next clause's subject, not the
// title's holder. "With the prime minister, Keir Starmer, at his side"
// closes the apposition and stays one.
func (bs *blockScan) objectThenSubject(k, from int) bool {
	p := k
	for p > 0 && bs.sent[p-1] == bs.sent[k] && gapClass(bs.gap(p)) == gapSpace {
		t := bs.toks[p-1]
		if !(determiners[t.key] || bs.isArticle(p-1) || bs.isQualifier(p-1) || t.upper && p-1 > 0) {
			break
		}
		p--
	}
	if p == 0 || bs.sent[p-1] != bs.sent[k] || !prepositions[bs.toks[p-1].key] && !laut[bs.toks[p-1].key] {
		return false
	}
	if _, ok := bs.capacityEnding(p - 1); ok {
		return false // "En sa qualité de Premier ministre, X …" puts X in it
	}
	e := bs.nameEnd(from)
	return e < len(bs.toks) && bs.sent[e] == bs.sent[from] && isBlank(bs.gap(e))
}

// laut are the words of "according to" that take a noun phrase: "laut",
// "selon", "según".
var laut = map[string]bool{"laut": true, "selon": true, "según": true, "segun": true}

// orgJoins join the words of an organisation's name: "Bank of India".
var orgJoins = map[string]bool{"of": true, "for": true, "de": true, "du": true, "des": true, "del": true, "für": true}

// bracketedAcronym: word i is an acronym in brackets, "(RBI)", which may
// stand between an organisation's name and a title.
func (bs *blockScan) bracketedAcronym(i int) bool {
	if i <= 0 || i+1 >= len(bs.toks) {
		return false
	}
	t := bs.toks[i]
	return t.end-t.start >= 2 && isAllUpper(bs.text[t.start:t.end]) && strings.TrimSpace(bs.gap(i)) == "(" && strings.TrimSpace(bs.gap(i+1)) == ")"
}

// qualifierBefore looks back from a title for a qualifier: "former",
// "Ex-", "then-", "the late", "Germany's former", "former Ukrainian".
func (bs *blockScan) qualifierBefore(from int) (int, int, string) {
	articled := false
	for i := from - 1; i >= 0 && i >= from-8; i-- {
		// Adjectives in a row may have commas: "the late, long-serving
		// prime minister".
		listed := strings.TrimSpace(bs.gap(i+1)) == "," && i+1 < from && bs.epithetAt(i+1)
		// An abbreviated qualifier keeps its full stop: "Fmr. President".
		dotted := strings.HasPrefix(bs.gap(i+1), ".") && gapClass(bs.gap(i + 1)[1:]) == gapSpace && abbreviations[bs.toks[i].key] && bs.isQualifier(i)
		if c := gapClass(bs.gap(i + 1)); c != gapSpace && c != gapHyphen && c != gapApos && c != gapNone && !listed && !dotted && !bs.bracketedAcronym(i) && !bs.bracketedAcronym(i+1) {
			break
		}
		if bs.sent[i] != bs.sent[from] {
			break
		}
		for _, q := range bs.ms[kQualifier] {
			if q.to == i+1 {
				return bs.stackedQualifier(q)
			}
		}
		t := bs.toks[i]
		if bs.ordinalAt(i) {
			// "the 46th president", "le 25e Premier ministre": a place in
			// the office's history, true for good once it was.
			return i, i + 1, "then"
		}
		if t.key == "the" || t.key == "a" || bs.isArticle(i) {
			articled = true
			continue
		}
		if t.upper || t.key == "s" || !articled && bs.epithetAt(i) {
			// An adjective between: "former conservative Prime Minister"
			// (not before an article: "last year the prime minister").
			continue
		}
		if i > 0 && bs.toks[i-1].upper && bs.toks[i+1].upper && orgJoins[t.key] {
			continue // "former Reserve Bank of India (RBI) Governor"
		}
		if i == from-1 && andWords[t.key] {
			// "former foreign secretary and home secretary Priti Patel":
			// the qualifier of the first title holds for the second.
			if tm := bs.titleEnding(i); tm != nil && bs.sent[tm.from] == bs.sent[from] {
				return bs.qualifierBefore(tm.from)
			}
		}
		if i == from-1 && bs.germanAdjective(i) {
			// Only right after the qualifier: a verb ends alike ("X
			// löste Kanzler Y ab").
			for _, q := range bs.ms[kQualifier] {
				if q.to == i && isBlank(bs.gap(i)) {
					return q.from, q.to, q.p.claim
				}
			}
		}
		break
	}
	return -1, -1, "current"
}

// stackedQualifier: a "new" right after another qualifier yields to it
// ("der designierte neue Bundeskanzler", "the incoming new minister"):
// the first says when the office is held.
func (bs *blockScan) stackedQualifier(q match) (int, int, string) {
	if q.p.claim == "current" && q.from > 0 && isBlank(bs.gap(q.from)) {
		for _, r := range bs.ms[kQualifier] {
			if r.to == q.from && r.p.claim != "current" && bs.sent[r.from] == bs.sent[q.from] {
				return r.from, q.to, r.p.claim
			}
		}
	}
	return q.from, q.to, q.p.claim
}

// andWords join two titles of one holder ("former chancellor and prime
// minister").
var andWords = map[string]bool{"and": true, "et": true, "und": true, "y": true, "e": true}

// germanAdjective: word i is a German adjective that may stand between a
// qualifier and the title ("der ehemalige niederländische
// Ministerpräsident").
func (bs *blockScan) germanAdjective(i int) bool {
	w := bs.toks[i].key
	return bs.lang == "de" && len(w) > 4 && (strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er"))
}

// pastQualified: a qualifier that says the office is held ("outgoing",
// "saliente") claims it for the time a past copula speaks of ("who was
// the outgoing prime minister"), not for now.
func pastQualified(lt linkedTitle, claim string) string {
	if (lt.tense == copPast || lt.claim == "then") && claim == "current" {
		return "then"
	}
	return claim
}

// isArticle: an article of the block's language at word i ("le", "der").
func (bs *blockScan) isArticle(i int) bool {
	_, _, ok := bs.claimWordAt(i, cwArticle)
	return ok
}

// adjectivesBeforeTitle: word k opens one of at most three adjectives
// between an article or a possessive and a title: "Olaf Scholz, Germany's
// beleaguered chancellor,", "Rishi Sunak, the young British prime
// minister", "the Social Democratic chancellor", "Hungary's long-serving
// prime minister", "the 81-year-old president". end is past the word k
// opens, with the parts a hyphen joins to it.
func (bs *blockScan) adjectivesBeforeTitle(k int) (end int, ok bool) {
	words := 1
	for i := k - 1; !bs.possessiveAt(i) && !bs.isArticle(i) && bs.toks[i].key != "the"; i-- {
		hyphen := gapClass(bs.gap(i+1)) == gapHyphen
		if i <= 0 || bs.sent[i] != bs.sent[k] || !hyphen && !isBlank(bs.gap(i+1)) || !bs.adjectivePart(i) {
			return 0, false
		}
		if !hyphen {
			if words++; words > 3 {
				return 0, false
			}
		}
	}
	end = k + 1
	for end < len(bs.toks) && gapClass(bs.gap(end)) == gapHyphen && bs.adjectivePart(end) {
		end++
	}
	for j := end; j < len(bs.toks) && bs.sent[j] == bs.sent[k]; j++ {
		switch {
		case gapClass(bs.gap(j)) == gapHyphen:
		case !isBlank(bs.gap(j)):
			return 0, false
		case bs.titleAt(j) != nil:
			return end, true
		default:
			if words++; words > 3 {
				return 0, false
			}
		}
		if !bs.adjectivePart(j) {
			return 0, false
		}
	}
	return 0, false
}

// ownerPossessive reads an owner in the possessive from word k: "NATO's",
// "the country's", "South Korea's", "the Netherlands'" (a plural's
// apostrophe alone). s is the possessive's "s" (or the owner's last
// word), end the word after it.
func (bs *blockScan) ownerPossessive(k int) (s, end int, ok bool) {
	if t := bs.toks[k]; !t.upper && t.key != "country" && t.key != "nation" {
		return 0, 0, false
	}
	for j := k; j < len(bs.toks) && j < k+3; j++ {
		if j > k && (!bs.toks[j].upper || gapClass(bs.gap(j)) != gapSpace) {
			return 0, 0, false
		}
		if j+1 >= len(bs.toks) {
			break
		}
		if bs.toks[j+1].key == "s" && gapClass(bs.gap(j+1)) == gapApos {
			return j + 1, j + 2, true
		}
		if g := strings.TrimSpace(bs.gap(j + 1)); strings.HasSuffix(bs.toks[j].key, "s") && (g == "'" || g == "’") {
			return j, j + 1, true
		}
	}
	return 0, 0, false
}

// adjectivePart: word i may be part of an adjective before a title: a
// word in lower case, a party's with its capital ("Conservative"), or a
// number a hyphen joins to the next word ("81-year-old").
func (bs *blockScan) adjectivePart(i int) bool {
	t := bs.toks[i]
	if isDigits(t.key) {
		return i+1 < len(bs.toks) && gapClass(bs.gap(i+1)) == gapHyphen
	}
	if notYet[t.key] || pastTenure[t.key] || stopwords[t.key] != 0 || len(t.key) > 5 && strings.HasSuffix(t.key, "est") {
		// "the soon-to-be prime minister"; "the long-time chancellor",
		// "a two-term mayor", "Britain's shortest-serving prime
		// minister" (a tenure told whole, a record); "the man who was
		// prime minister" (a clause, no adjective).
		return false
	}
	// A capital joined to a word in lower case: "Indian-origin",
	// "Oxford-educated", "US-born".
	compound := i+1 < len(bs.toks) && gapClass(bs.gap(i+1)) == gapHyphen && !bs.toks[i+1].upper
	return isWordOnly(t.key) && (!t.upper || bs.affiliation(i) || compound)
}

// pastTenure are the words of an adjective that tells a tenure whole, or
// its end: "the long-time chancellor", "South Korea's impeached
// president".
var pastTenure = map[string]bool{"time": true, "longtime": true, "onetime": true, "erstwhile": true, "term": true, "terms": true,
	"impeached": true, "disgraced": true, "deposed": true, "toppled": true, "jailed": true, "exiled": true}

// notYet are the words of a compound that puts an office ahead.
var notYet = map[string]bool{"soon": true, "to": true, "be": true, "would": true}

// nowAfterAside: words that are no part of the title follow it from word
// e, up to a comma that closes the aside, and a word of now stands in
// the rest of the sentence.
func (bs *blockScan) nowAfterAside(e, from int) bool {
	if e >= len(bs.toks) || bs.sent[e] != bs.sent[from] || gapClass(bs.gap(e)) != gapSpace {
		return false
	}
	k := e + 1
	for k < len(bs.toks) && bs.sent[k] == bs.sent[from] && strings.TrimSpace(bs.gap(k)) != "," {
		k++
	}
	for ; k < len(bs.toks) && bs.sent[k] == bs.sent[from]; k++ {
		if bs.isNow(k) {
			return true
		}
	}
	return false
}

// termEndsAt: the date the mention's time is comes after "until" (or
// "bis", "jusqu'", "hasta") right after the title ending at word to, or
// inside the mention before it, as German puts it ("war bis Mai 2024
// Kanzler"): it tells when the term ended.
func (bs *blockScan) termEndsAt(men Mention, from, to int) bool {
	if men.Time.Basis != "sentence" || men.Time.Date == nil {
		return false
	}
	d := &bs.f.Dates[*men.Time.Date]
	k := bs.tokenAt(d.at)
	if d.YearInferred || k < 1 {
		return false
	}
	p := k - 1 // the preposition
	if !untilWords[bs.toks[p].key] && p > 0 && untilWords[bs.toks[p-1].key] {
		p-- // "jusqu'en", "bis zum"
	}
	if !untilWords[bs.toks[p].key] {
		return false
	}
	return p == to || bs.toks[from].start < d.at && d.end <= bs.toks[to-1].start
}

// untilWords end a term at the date after them.
var untilWords = map[string]bool{"until": true, "till": true, "bis": true, "jusqu": true, "hasta": true}

// germanPerfectClause: words [from, to) stand in a German relative clause
// told in the perfect or the pluperfect ("die Reform, die Scholz'
// Regierung beschlossen hat", "…, die die Regierung Scholz eingeführt
// hatte"): what it did then, whatever the main clause says of now.
func (bs *blockScan) germanPerfectClause(from, to int) bool {
	if bs.lang != "de" || from < 2 {
		return false
	}
	if bs.germanPastMainClause(from, to) {
		return true
	}
	_, ok := bs.germanPastRelative(from, to)
	return ok
}

// germanPastRelative: words [from, to) stand in a German relative clause
// whose verb, last, is in the past or the perfect ("das Gesetz, das
// Kanzler Scholz unterzeichnete", "…, die die Regierung Scholz
// eingeführt hatte"): the clause's last word.
func (bs *blockScan) germanPastRelative(from, to int) (int, bool) {
	if bs.lang != "de" || from < 2 {
		return 0, false
	}
	k := from - 1
	if bs.isArticle(k) && k > 0 && strings.TrimSpace(bs.gap(k)) != "," {
		k-- // "die die Regierung Scholz"
	}
	if _, _, ok := bs.claimWordAt(k, cwClauseOpener); !ok || strings.TrimSpace(bs.gap(k)) != "," {
		return 0, false
	}
	last := to
	for last+1 < len(bs.toks) && bs.sent[last+1] == bs.sent[from] && !strings.ContainsAny(bs.gap(last+1), ",;:()—–") {
		last++
	}
	if last < to || last >= len(bs.toks) || bs.toks[last].upper {
		return 0, false
	}
	w := bs.toks[last].key
	return last, perfectAuxiliaries[w] && last > to && !bs.toks[last-1].upper || germanPast(w)
}

// asThenWas: "as he then was" follows the titled name ending before word
// k, after a comma or in brackets ("Prime Minister X, as he then was,",
// "(as she was then)"): the title of the time told. Its first and last
// word.
func (bs *blockScan) asThenWas(k int) (int, int, bool) {
	if k+3 >= len(bs.toks) || bs.sent[k+3] != bs.sent[k-1] || bs.toks[k].key != "as" || !strings.ContainsAny(bs.gap(k), ",(") {
		return 0, 0, false
	}
	switch bs.toks[k+1].key {
	case "he", "she", "they":
	default:
		return 0, 0, false
	}
	a, b := bs.toks[k+2].key, bs.toks[k+3].key
	if a == "then" && (b == "was" || b == "were") || (a == "was" || a == "were") && b == "then" {
		return k, k + 3, true
	}
	return 0, 0, false
}

// germanAgentParticiple: a titled name after "von" is the agent of the
// participle before the noun that follows it ("die von Kanzler Scholz
// eingeführte Regel", "der von Joe Biden 2022 unterzeichnete Act"): the
// participle's word.
func (bs *blockScan) germanAgentParticiple(from, to int) (int, bool) {
	if bs.lang != "de" || from == 0 || bs.toks[from-1].key != "von" && bs.toks[from-1].key != "vom" || !bs.joined(from) {
		return 0, false
	}
	for k := to; k < len(bs.toks) && k <= to+1 && bs.sent[k] == bs.sent[from] && isBlank(bs.gap(k)); k++ {
		if w := bs.toks[k].key; !bs.toks[k].upper && germanParticipleBeforeNoun(w) {
			return k, true
		}
		if !isDigits(bs.toks[k].key) {
			return 0, false
		}
	}
	return 0, false
}

// germanPastMainClause: the clause of words [from, to), between commas,
// is told in the perfect ("Die Kontrollen hat die Regierung Scholz
// eingeführt", its participle last) or with "war" ("Es war die Regierung
// Scholz, die …").
func (bs *blockScan) germanPastMainClause(from, to int) bool {
	sent := bs.sent[from]
	a, b := from, to
	for a > 0 && bs.sent[a-1] == sent && !strings.ContainsAny(bs.gap(a), ",;:()—–") {
		a--
	}
	for b < len(bs.toks) && bs.sent[b] == sent && !strings.ContainsAny(bs.gap(b), ",;:()—–") {
		b++
	}
	aux := false
	for k := a; k < b; k++ {
		switch bs.toks[k].key {
		case "war", "waren":
			return k < from
		case "hat", "hatte", "haben", "hatten":
			aux = aux || k < from
		}
	}
	last := bs.toks[b-1]
	return aux && b > to && !last.upper && !perfectAuxiliaries[last.key]
}

// perfectAuxiliaries make a past participle with them a perfect: "has
// ruled it out", "beschlossen hat", "eingeführt hatte".
var perfectAuxiliaries = map[string]bool{"has": true, "have": true, "hat": true, "hatte": true, "haben": true, "hatten": true}

// ledInSeveralOffices: a claim of leading ("X, qui dirige la Turquie
// depuis 2003") by someone who governed that country in more than one
// office: the time since then may span them all, so no term's start is
// told.
func (bs *blockScan) ledInSeveralOffices(lt linkedTitle, men Mention) bool {
	if _, _, ok := bs.claimWordAt(lt.cop.from, cwLeads); !ok || lt.cop.to == 0 {
		return false
	}
	p := bs.g.kb.Person(men.Person)
	r := bs.g.kb.Role(men.Role)
	if p == nil || r == nil {
		return false
	}
	for _, t := range p.Terms {
		if o := bs.g.kb.Role(t.Role); o != nil && o != r && o.Jurisdiction == r.Jurisdiction && governing(o, bs.claimLang()) {
			return true
		}
	}
	return false
}

// titleModified are nouns a title may modify ("chancellor candidate"),
// which then names no office its holder has.
var titleModified = map[string]bool{
	"candidate": true, "candidates": true, "hopeful": true, "hopefuls": true, "nominee": true,
	"contender": true, "race": true, "bid": true, "campaign": true, "debate": true,
	"kandidat": true, "kandidatin": true,
}

// nameEndsAt: a person's name ends right before word k.
func (bs *blockScan) nameEndsAt(k int) bool {
	for _, m := range bs.ms[kName] {
		if m.to == k {
			return true
		}
	}
	return false
}

// titleSinceBefore finds a title that opens the sentence and the day its
// term began, set off by a comma before the name at word from, gap g
// before it: "Prime minister since July 2023, Keir Starmer …",
// "Chancelier depuis 2021, Olaf Scholz …", "Presidenta desde el 1 de
// octubre de 2024, Claudia Sheinbaum …". It returns the date's index.
func (bs *blockScan) titleSinceBefore(from int, g string) (*match, int, bool) {
	if from < 3 || strings.TrimSpace(g) != "," {
		return nil, 0, false
	}
	di, since, ok := bs.sinceDateEnding(bs.toks[from-1].end)
	if !ok || since < 1 {
		return nil, 0, false
	}
	tm := bs.titleEnding(since)
	if tm == nil || !isBlank(bs.gap(since)) || !bs.opensSentence(tm.from) && !bs.titleOpensPhrase(tm.from) {
		return nil, 0, false
	}
	return tm, di, true
}

// qualifierBeforeName finds a qualifier that follows a title and comes
// before the name at word from, gap g before it: right before it, after
// the full stop of an abbreviation ("a. D."), before a comma that sets
// the name off ("el presidente electo, Javier Milei,"), or before a
// French or Spanish nationality adjective ("le président élu américain
// Donald Trump"). comma says the name is set off.
func (bs *blockScan) qualifierBeforeName(from int, g string) (q match, comma, ok bool) {
	end := from
	comma = strings.TrimSpace(g) == ","
	if from >= 2 && (gapClass(g) == gapSpace || comma) && demonyms[bs.lang][bs.toks[from-1].key] && isBlank(bs.gap(from-1)) {
		end, g = from-1, bs.gap(from-1)
	}
	q, ok = bs.qualifierEnding(end)
	if !ok || q.from < 1 {
		return q, false, false
	}
	if !(gapClass(g) == gapSpace || comma || strings.HasSuffix(q.p.text, ".") && strings.HasPrefix(g, ".") && gapClass(g[1:]) == gapSpace) {
		return q, false, false
	}
	return q, comma, gapClass(bs.gap(q.from)) == gapHyphen || postNominal[q.p.text] && gapClass(bs.gap(q.from)) == gapSpace
}

// postNominal qualifiers follow the title in French and Spanish and may
// stand between it and the name: "le président élu Donald Trump".
var postNominal = map[string]bool{
	"élu": true, "élue": true, "désigné": true, "désignée": true, "sortant": true, "sortante": true,
	"intérimaire": true, "electo": true, "electa": true, "designado": true, "designada": true,
	"saliente": true, "entrante": true, "interino": true, "interina": true, "a. D.": true, "a.D.": true,
	"en funciones": true, "par intérim": true, "en exercice": true, "en poste": true,
	"pressenti": true, "pressentie": true, "in spe": true, "in pectore": true, "designate": true, "in waiting": true,
}

// commaAfter: gap, after title tm, is a comma, an opening bracket ("the
// Home Secretary (Suella Braverman)"), or the full stop of an
// abbreviation that ends the title and a comma ("el presidente de
// EE.UU., Joe Biden,").
func (bs *blockScan) commaAfter(tm *match, gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "," || g == "(" || g == ".," && abbreviations[tm.p.words[len(tm.p.words)-1]]
}

// abbreviated: a full stop after an abbreviated title before its name
// ("BoE Gov. Mark Carney", "Pres. Biden").
func (bs *blockScan) abbreviated(tm *match, gap string) bool {
	if strings.TrimSpace(gap) != "." || !strings.HasPrefix(gap, ".") {
		return false
	}
	last := tm.p.words[len(tm.p.words)-1]
	return tm.p.cased != nil || abbreviations[last]
}

// termVerbAt: words of taking or leaving an office open at word k, the
// title right after them ("took office as prime minister", "dejó el
// cargo de canciller").
func (bs *blockScan) termVerbAt(k int) bool {
	m, _, ok := bs.claimWordAt(k, cwTookOffice, cwLeftOffice, cwResigned)
	return ok && m.to < len(bs.toks) && bs.titleAt(m.to) != nil
}

// Words that may stand between a name and a title after it: "Rutte, the
// secretary general", "Scholz, who was chancellor", "Merz, now chancellor".
var appositionWords = map[string]string{
	"the": "", "a": "", "an": "", "who": "", "is": "current", "also": "", "as": "", "its": "", "their": "",
	"now": "current", "currently": "current", "still": "current",
	"was": "then", "had": "then", "been": "then", "became": "then", "served": "then", "then": "then",
	"once": "former", "formerly": "former", "has": "",
	"serves": "current", "serving": "current",
	// French and Spanish: "Joe Biden, qui est président des États-Unis,",
	// "Joe Biden, quien es presidente de Estados Unidos,", "…, que es …".
	"qui": "", "quien": "", "quién": "", "que": "", "est": "current", "es": "current",
	"était": "then", "era": "then", "fue": "then", "devenu": "then", "devenue": "then", "été": "then",
	// Words of now and of staying on: "qui est aujourd'hui Premier
	// ministre", "désormais ministre", "que sigue siendo presidente",
	// "heute Kanzler", "who remains prime minister".
	"remains": "current", "continues": "current",
	"aujourd": "current", "hui": "current", "actuellement": "current", "désormais": "current", "toujours": "current",
	"reste": "current", "demeure": "current",
	"hoy": "current", "actualmente": "current", "ahora": "current", "todavía": "current", "sigue": "current", "siendo": "current",
	"heute": "current", "derzeit": "current", "aktuell": "current", "nun": "current", "jetzt": "current", "inzwischen": "current", "mittlerweile": "current",
}

// chosenWords are the participles of being chosen for an office, in a
// clause after a name ("who was elected", "élu", "nombrada"): the time
// the clause gives is the choice's, and the term began then or soon
// after.
var chosenWords = map[string]bool{
	"elected": true, "appointed": true, "named": true, "re-elected": true, "reelected": true,
	"élu": true, "élue": true, "nommé": true, "nommée": true, "réélu": true, "réélue": true,
	"elegido": true, "elegida": true, "nombrado": true, "nombrada": true, "reelegido": true, "reelegida": true,
	"designado": true, "designada": true, "electo": true, "electa": true,
}

// postLetters are the letters written after a British name: seats,
// honours and silks.
var postLetters = map[string]bool{
	"MP": true, "MEP": true, "MSP": true, "MS": true, "MLA": true, "TD": true, "KC": true, "QC": true,
	"PC": true, "OBE": true, "CBE": true, "MBE": true, "KBE": true, "DBE": true,
}

// spacedDash: a gap that is a dash between spaces, " – ", " — ", " - ".
func spacedDash(g string) bool {
	t := strings.TrimSpace(g)
	return (t == "–" || t == "—" || t == "-") && len(t) < len(g) && strings.HasPrefix(g, " ") && strings.HasSuffix(g, " ")
}

// titleAfter finds "NAME, TITLE," and its variants.
func (bs *blockScan) titleAfter(from, to int) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, claim: "current", form: formApposition}
	if to >= len(bs.toks) {
		return lt, false
	}
	if to+1 < len(bs.toks) && postLetters[bs.text[bs.toks[to].start:bs.toks[to].end]] && gapClass(bs.gap(to)) == gapSpace {
		// Letters after the name go with it: "James Cleverly MP, Foreign
		// Secretary", "John Swinney MSP, First Minister".
		to++
	}
	// A comma, an opening bracket ("Justin Trudeau (prime minister)") or
	// a dash between spaces ("Rishi Sunak – the prime minister –").
	first := to
	if bs.factBoxField(from, to) {
		// "Name: Olaf Scholz / Position: Chancellor of Germany".
		first, lt.form = to+1, formHeadline
	} else if g := strings.TrimSpace(bs.nameGap(to)); g != "," && g != "(" && !spacedDash(bs.nameGap(to)) {
		if !bs.colonGap(to, from) && !bs.cellGap(to, from) {
			return lt, false
		}
		lt.form = formHeadline
	} else if g == "(" && bs.titleAt(to) == nil {
		// A party in brackets, then the apposition: "Christian Lindner
		// (FDP), Bundesfinanzminister".
		if end, ok := bs.bracketThenComma(to); ok {
			first = end
		}
	}
	k := first
	perfectServed := false
	pluralOwned := -1 // the word after "the Netherlands'"
	for steps := 0; k < len(bs.toks) && steps < 6; steps++ {
		aged := k == first+1 && isDigits(bs.toks[first].key) && strings.TrimSpace(bs.gap(k)) == ","
		// A qualifier written solid with the title ("expresidente") ends
		// where the title begins.
		solid := lt.qualTo == k && gapClass(bs.gap(k)) == gapNone
		if bs.sent[k] != bs.sent[to-1] || k > first && !aged && !solid && k != pluralOwned && gapClass(bs.gap(k)) != gapSpace && gapClass(bs.gap(k)) != gapApos && gapClass(bs.gap(k)) != gapHyphen {
			return lt, false
		}
		if tm := bs.titleAt(k); tm != nil {
			lt.m = tm
			break
		}
		if end, ok := bs.capacityAt(k); ok && k == first {
			// "Jens Stoltenberg, in his role as NATO chief, …".
			lt.capacity, k = true, end
			continue
		}
		if k == first && lt.form == formApposition && bs.lang != "en" {
			// "Scholz, seit drei Jahren Kanzler", "Scholz, seit 2021
			// Bundeskanzler": the time in office, or the day it began,
			// before the title; the apposition speaks of now.
			if di, end, ok := bs.sinceDuration(k); ok && end < len(bs.toks) && bs.joined(end) && bs.titleAt(end) != nil {
				lt.sinceDur, lt.tense, k = &di, copPresent, end
				continue
			}
			if di, end, ok := bs.sinceSpan(k); ok && bs.g.since[bs.toks[k].key] && end < len(bs.toks) && bs.joined(end) && bs.titleAt(end) != nil {
				lt.since, lt.tense, k = &di, copPresent, end
				continue
			}
		}
		t := bs.toks[k]
		if bs.isPinWord(k) {
			lt.pinned = true
		}
		if bs.ordinalAt(k) && k > first {
			// "Joe Biden, the 46th president": a place in the office's
			// history names the person, true for good once it was; "who
			// is the 47th president" still claims the present, and so
			// does "the current and 46th president".
			if lt.tense != copPresent && !(lt.qual >= 0 && lt.claim == "current") {
				lt.qual, lt.qualTo, lt.claim = k, k+1, "then"
			}
			k++
			continue
		}
		if k > first && bs.joinsRanks(k) {
			k++ // "the 46th and current president"
			continue
		}
		if chosenWords[t.key] && !t.upper && (k == first || bs.toks[k-1].key == "was" || bs.toks[k-1].key == "été" || bs.toks[k-1].key == "fue") {
			// "X, who was elected prime minister in 2019,", "X, elected
			// president in 2019,", "Y, qui a été nommé ministre en 2024,":
			// the day the person was chosen for the term.
			lt.tookOffice, lt.chosen, lt.tense = true, true, copPast
			lt.qual, lt.qualTo, lt.claim = k, k+1, "then"
			k++
			continue
		}
		if lt.form == formRelative && lt.tense == copNone {
			// "X, who took office as prime minister in 2022,", "Y, who
			// stepped down as chancellor in 2025,": the day the term began
			// or ended, as the same words after a subject tell it.
			if m, c, ok := bs.claimWordAt(k, cwTookOffice, cwLeftOffice, cwResigned); ok && bs.termVerbAt(k) {
				switch c {
				case cwTookOffice:
					lt.tookOffice = true
				case cwLeftOffice:
					lt.left = "left"
				default:
					lt.left = "resigned"
				}
				lt.tense, lt.qual, lt.qualTo, lt.claim = copPast, m.from, m.to, "then"
				k = m.to
				continue
			}
		}
		if q, ok := bs.qualifierAt(k); ok {
			if q.p.claim == "former" && lt.qual >= 0 && bs.toks[lt.qual].key == "then" {
				// "Trump, then a former president, …": out of office at
				// the time the sentence tells of, which says nothing of
				// the time of writing.
				return lt, false
			}
			if lt.claim == "then" && lt.qual >= 0 && bs.ordinalAt(lt.qual) {
				lt.claim = "" // "the 46th and current president": a rank is no time
			}
			lt.qual, lt.qualTo, lt.claim = q.from, q.to, pastQualified(lt, q.p.claim)
			k = q.to
			continue
		}
		if m, _, ok := bs.claimWordAt(k, cwArticle); ok && bs.lang != "en" {
			// "Olaf Scholz, l'actuel chancelier", "der Bundeskanzler".
			k = m.to
			continue
		}
		if t.key == "que" && (k+1 >= len(bs.toks) || appositionWords[bs.toks[k+1].key] == "" && !bs.termVerbAt(k+1)) {
			// "…, que es primer ministro", not "…, que le chancelier a
			// reçu" (whose subject follows).
			return lt, false
		}
		if claim, ok := appositionWords[t.key]; ok && (!t.upper || k == first) {
			switch t.key {
			case "who", "qui", "quien", "quién", "que":
				if lt.form == formApposition {
					lt.form = formRelative
				}
			}
			if claim == "current" && t.key != "serving" {
				// A word of now puts the apposition in the present
				// ("serving as" may open a term told whole).
				lt.tense = copPresent
			}
			if t.key == "been" && k > first && (bs.toks[k-1].key == "has" || bs.toks[k-1].key == "have") {
				// "who has been prime minister since 2021": up to now.
				claim, lt.tense = "current", copPresent
			}
			if t.key == "served" && k > first && (bs.toks[k-1].key == "has" || bs.toks[k-1].key == "have") {
				perfectServed = true
			}
			if t.key == "became" || t.key == "devenu" || t.key == "devenue" {
				// "Modi, who became prime minister in 2014,", "Bayrou, qui
				// est devenu Premier ministre en décembre 2024,": the day
				// the term began, as "Modi became prime minister in 2014".
				lt.tookOffice, lt.tense = true, copPast
			}
			if claim != "" {
				lt.qual, lt.qualTo, lt.claim = k, k+1, claim
			}
			k++
			continue
		}
		// An adjective or two between the article and the title: "Olaf
		// Scholz, le discret chancelier allemand", "Rishi Sunak, the young
		// British prime minister".
		if k > first && bs.adjectivePart(k) {
			if end, ok := bs.adjectivesBeforeTitle(k); ok {
				k = end
				continue
			}
		}
		// An age after the name: "Jane Doe, 67, the prime minister".
		if k == first && isDigits(t.key) && len(t.key) <= 3 && k+1 < len(bs.toks) && strings.TrimSpace(bs.gap(k+1)) == "," {
			k++
			continue
		}
		// A possessive owner: "NATO's secretary general", "the country's
		// president" (whose office the person names).
		if s, end, ok := bs.ownerPossessive(k); ok {
			if bs.nameEndsAt(s) {
				// "Blinken, Biden's secretary of state,": the title of
				// the boss's time, as "Biden's secretary of state,
				// Antony Blinken" is.
				lt.qual, lt.qualTo, lt.claim = k, end, "then"
			}
			if bs.toks[s].key != "s" {
				pluralOwned = end
			}
			k = end
			continue
		}
		return lt, false
	}
	if lt.m == nil {
		return lt, false
	}
	e := lt.m.to
	// A qualifier after the title, as before a name: "Trump, the
	// president-elect", "Trump, le président élu", "presidente electo".
	if e < len(bs.toks) && bs.sent[e] == bs.sent[lt.m.from] {
		if q, ok := bs.qualifierAt(e); ok && (gapClass(bs.gap(e)) == gapHyphen || postNominal[q.p.text] && gapClass(bs.gap(e)) == gapSpace) {
			lt.qual, lt.qualTo, lt.qualAfter, lt.claim = q.from, q.to, true, pastQualified(lt, q.p.claim)
			e = q.to
		}
	}
	// A second title joined to the first ("X, the deputy prime minister
	// and finance minister,"): when the first claims another office (a
	// deputy's) or one the named person never held, and they held the
	// second, the second is the one claimed.
	and := e
	if and+1 < len(bs.toks) && bs.ordinalAt(and) && isBlank(bs.gap(and)) {
		and++ // "vicepresidenta primera y ministra de Economía"
	}
	if and+1 < len(bs.toks) && andWords[bs.toks[and].key] && isBlank(bs.gap(and)) && bs.sent[and+1] == bs.sent[lt.m.from] && (lt.claim == "other" || !bs.nameHolds(from, lt.m)) {
		j := and + 1
		if j+1 < len(bs.toks) && (bs.isArticle(j) || bs.toks[j].key == "the") {
			j++
		}
		if tm := bs.titleAt(j); tm != nil && isBlank(bs.gap(j)) && bs.nameHolds(from, tm) {
			if q, ok := bs.qualifierAt(j - 1); !ok || q.to != j {
				lt.m, lt.qual, lt.qualTo, lt.claim, e = tm, -1, -1, "current", tm.to
				if lt.tense == copPast {
					lt.claim = "then"
				}
			}
		}
	}
	// The title must end its phrase: "of NATO" may follow, then a comma,
	// a full stop, the end, or a lower-case word ("said"). A capital word
	// right after means the title belongs to the next name.
	if e < len(bs.toks) && bs.toks[e].key == "of" && gapClass(bs.gap(e)) == gapSpace {
		e++
		for e < len(bs.toks) && (bs.toks[e].upper || bs.toks[e].key == "the") && gapClass(bs.gap(e)) == gapSpace {
			e++
		}
	}
	// A fact box's next field ends the title: "Position: Chancellor of
	// Germany / Born: 1958".
	nextField := lt.form == formHeadline && e+1 < len(bs.toks) && bs.toks[e].upper && strings.TrimSpace(bs.gap(e+1)) == ":"
	if e < len(bs.toks) && bs.sent[e] == bs.sent[lt.m.from] && gapClass(bs.gap(e)) == gapSpace && bs.toks[e].upper && !nextField {
		return lt, false
	}
	// "who has served as prime minister since 2021": up to now, as "has
	// been"; without "since" a career ("has served as minister twice").
	if perfectServed && lt.claim == "then" && e < len(bs.toks) && bs.sent[e] == bs.sent[lt.m.from] && bs.toks[e].key == "since" {
		lt.claim, lt.tense = "current", copPresent
	}
	// A German relative clause with its verbs last, which relativeLast
	// did not read: "Scholz, der Kanzler gewesen ist," is no apposition.
	if bs.lang == "de" && bs.copulaClosesClause(lt.m.to) {
		return lt, false
	}
	// A past relative clause on the title identifies the person by what
	// they did in office: "Olaf Scholz, the chancellor who lost the
	// election" claims nothing about today.
	if e+1 < len(bs.toks) && (bs.toks[e].key == "who" || bs.toks[e].key == "that") && bs.sent[e+1] == bs.sent[lt.m.from] && bs.pastVerbAt(e+1) && lt.tense != copPresent && lt.claim != "former" {
		// (A former title stays former: "X, the former Norwegian prime
		// minister who had led NATO,".)
		lt.claim = "then"
	}
	// A title that modifies the noun after it names no office held: "X,
	// the chancellor candidate,", "the prime minister hopeful".
	if e < len(bs.toks) && bs.sent[e] == bs.sent[lt.m.from] && (isBlank(bs.gap(e)) || gapClass(bs.gap(e)) == gapHyphen) && titleModified[bs.toks[e].key] {
		return lt, false
	}
	// Words after the title that set it in its own time, and a word of
	// now after the apposition: "Olaf Scholz, Kanzler der Ampel-Koalition,
	// sitzt nun im Bundestag", "Michel Barnier, Premier ministre renversé
	// par la censure, siège désormais à l'Assemblée": the title of then.
	if lt.form == formApposition && lt.tense != copPresent && (lt.claim == "" || lt.claim == "current") && !lt.pinned && bs.nowAfterAside(e, lt.m.from) {
		lt.claim = "then"
	}
	// Years of the term right after the title: "(prime minister
	// 2019–2022)" dates the title; it claims nothing about today.
	if e < len(bs.toks) && bs.sent[e] == bs.sent[lt.m.from] && len(bs.toks[e].key) == 4 && isDigits(bs.toks[e].key) &&
		(gapClass(bs.gap(e)) == gapSpace || strings.TrimSpace(bs.gap(e)) == "(" || strings.TrimSpace(bs.gap(e)) == "," && bs.yearSpanAt(e)) {
		return lt, false // "Prime Minister 2019–2022", "Prime Minister (2019–2022)", "Prime Minister, 2019–2022"
	}
	// The term's bounds in words date the title to the years they name:
	// "Bundeskanzlerin von 2005 bis 2021", "chancelière de 2005 à 2021",
	// "canciller hasta 2021" claim nothing about today.
	if bs.termBounds(e, lt.m.from) {
		lt.claim = "then"
	}
	// A headline's title ends it, or a time or place follows: "Jane Doe:
	// X's Prime Minister in 2025", not "Jane Doe: President vows to ...".
	if lt.form == formHeadline && !nextField && e < len(bs.toks) && bs.sent[e] == bs.sent[lt.m.from] && gapClass(bs.gap(e)) == gapSpace && !headlineTail[bs.toks[e].key] {
		return lt, false
	}
	return lt, true
}

// yearSpanAt: word k is a year a dash joins to another: "2019–2022",
// "2019-22".
func (bs *blockScan) yearSpanAt(k int) bool {
	if k+1 >= len(bs.toks) || !isDigits(bs.toks[k+1].key) {
		return false
	}
	g := strings.TrimSpace(bs.gap(k + 1))
	return g == "–" || g == "-" || g == "—"
}

// bracketThenComma reads a short bracket opened before word k and closed
// by ")," — a party or a state after a name ("(FDP)", "(CDU/CSU)",
// "(D-Texas)") — and returns the word after the comma.
func (bs *blockScan) bracketThenComma(k int) (int, bool) {
	if k >= len(bs.toks) || !bs.toks[k].upper {
		return 0, false
	}
	for j := k + 1; j < len(bs.toks) && j <= k+3 && bs.sent[j] == bs.sent[k]; j++ {
		switch g := strings.TrimSpace(bs.gap(j)); {
		case strings.TrimPrefix(strings.ReplaceAll(g, " ", ""), ".") == "),":
			return j, true
		case g != "/" && g != "-" && g != "" && gapClass(bs.gap(j)) != gapSpace:
			return 0, false
		}
	}
	return 0, false
}

// termBounds: at word e, a word opening a term's bounds, then a year (at
// most one word between: "jusqu'en 2021").
func (bs *blockScan) termBounds(e, from int) bool {
	if e >= len(bs.toks) || bs.sent[e] != bs.sent[from] || !termBoundWords[bs.toks[e].key] {
		return false
	}
	if untilWords[bs.toks[e].key] {
		if _, ok := bs.dateAfter(e + 1); ok {
			return true // "canciller hasta mayo de 2024"
		}
	}
	for k := e + 1; k <= e+2 && k < len(bs.toks) && bs.sent[k] == bs.sent[from]; k++ {
		if t := bs.toks[k].key; len(t) == 4 && isDigits(t) {
			// "desde 2018" alone is since when, as "depuis" is: only
			// "desde 2011 hasta 2018" bounds the term.
			return bs.toks[e].key != "desde" || k+2 < len(bs.toks) && (bs.toks[k+1].key == "hasta" || bs.toks[k+1].key == "a" || bs.toks[k+1].key == "al")
		}
	}
	return false
}

var termBoundWords = map[string]bool{
	"from": true, "between": true, "until": true, "till": true,
	"de": true, "jusqu": true, "von": true, "zwischen": true, "bis": true,
	"desde": true, "entre": true, "hasta": true,
}

// copulaClosesClause: up to three lower-case words from word k close
// their clause with a copula ("gewesen ist", "war", "geworden ist").
func (bs *blockScan) copulaClosesClause(k int) bool {
	for n := 0; n < 3 && k < len(bs.toks) && bs.joined(k) && gapClass(bs.gap(k)) == gapSpace && !bs.toks[k].upper; n++ {
		k++
		if _, _, cop := bs.claimWordEnding(k, cwPresent, cwPast, cwFuture); cop {
			if k >= len(bs.toks) || bs.sent[k] != bs.sent[k-1] {
				return true
			}
			switch strings.TrimSpace(bs.gap(k)) {
			case ",", ";", ")", "–", "—":
				return true
			}
		}
	}
	return false
}

// actsAfterApposition: the apposition ending before word k ("the pope",
// "the president of the United States") closes with a comma and a verb.
func (bs *blockScan) actsAfterApposition(k int) bool {
	for n := 0; n < 4 && k < len(bs.toks) && bs.joined(k); n++ {
		k++
	}
	if k >= len(bs.toks) || bs.sent[k] != bs.sent[k-1] || strings.TrimSpace(bs.gap(k)) != "," {
		return false
	}
	return bs.verbAt(k)
}

// actsAt: word k, right after a name, is a verb of which the name is the
// subject.
func (bs *blockScan) actsAt(k int) bool {
	if k+1 < len(bs.toks) && (bs.lang == "es" || bs.lang == "fr") && bs.joined(k) && reflexives[bs.toks[k].key] {
		// "El papa Francisco se dirigió", "Le pape s'est adressé": a
		// reflexive pronoun opens a verb.
		if g := gapClass(bs.gap(k + 1)); g == gapSpace || g == gapApos {
			return true
		}
	}
	return k < len(bs.toks) && bs.joined(k) && bs.verbAt(k)
}

// doesNow: the verb at word k, right after a name, does something in the
// present ("Pope Francis says", "urges", "fordert", "appelle"): a present
// verb of the tense cues, or an English one in -s, but no copula and no
// verb of lying in state.
func (bs *blockScan) doesNow(k int) bool {
	if k >= len(bs.toks) || !bs.joined(k) || bs.toks[k].upper || stillVerbs[bs.toks[k].key] {
		return false
	}
	if _, _, cop := bs.claimWordAt(k, cwPresent, cwPast, cwFuture); cop {
		return false
	}
	if bs.presentVerbAt(k) {
		return true
	}
	w := bs.toks[k].key
	return (bs.lang == "" || bs.lang == "en") && len(w) > 3 && allASCII(w) && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && stopwords[w] == 0
}

// stillVerbs are present verbs a dead holder may be the subject of ("lies
// in state", "rests", "remains").
var stillVerbs = map[string]bool{"lies": true, "rests": true, "remains": true, "lie": true, "rest": true, "repose": true, "ruht": true, "liegt": true, "descansa": true, "yace": true}

// appointedFrom: a verb of naming someone to an office stands before the
// title starting at word k, across at most three small words ("named his
// defence minister", "ernannte seinen treuen Verteidigungsminister"): the
// verb's word, and whether there is one. The title is the one held when
// they were named, which the naming may have ended.
func (bs *blockScan) appointedFrom(k int) (int, bool) {
	for j := k - 1; j >= 0 && j >= k-4 && bs.sent[j] == bs.sent[k] && isBlank(bs.gap(j+1)); j-- {
		w := bs.toks[j].key
		if appointVerbs[w] && !bs.toks[j].upper {
			return j, true
		}
		if !appointFillers[w] {
			return 0, false
		}
	}
	return 0, false
}

// doneInOffice finds, around a title starting at word from and its
// holder's name ending before word to, the words that tell something the
// holder did, or that ended, in the office, whose title is then the one
// held at that time: the verb of naming someone to another office
// (appointed); the participle whose agent the holder is, told in the past
// ("appointed by President X", "la loi, signée par le président X");
// "appointee of"; or the holder's departure in the possessive ("Prime
// Minister X's resignation"). It returns the first and last of those
// words.
func (bs *blockScan) doneInOffice(from, to int) (int, int, bool) {
	if v, ok := bs.appointed(from, to); ok {
		return v, v, true
	}
	if a, b, ok := bs.asThenWas(to); ok {
		return a, b, true
	}
	if v, ok := bs.germanAgentParticiple(from, to); ok {
		return v, v, true
	}
	if v, ok := bs.germanPastRelative(from, to); ok {
		return v, v, true
	}
	if p, by, ok := bs.pastActAgent(from); ok {
		return p, by, true
	}
	by := from - 1
	if by > 0 && bs.isArticle(by) {
		by-- // "signée par le président X"
	}
	if p := from - 2; p >= 0 && bs.sent[p] == bs.sent[from] && bs.toks[from-1].key == "of" && appointees[bs.toks[p].key] {
		return p, from - 1, true
	}
	if p, ok := bs.pastAsideAgent(by, to); ok {
		return p, by, true
	}
	if to+1 < len(bs.toks) && bs.sent[to+1] == bs.sent[from] && pastPerfectAuxiliaries[bs.toks[to].key] && bs.joined(to) && bs.joined(to+1) &&
		(bs.pastVerbAt(to+1) || romanceParticiple(bs.toks[to+1].key)) {
		// "Chancellor X had opened the borders": the past before the
		// past, a time the story looks back on.
		return to, to + 1, true
	}
	if to+1 < len(bs.toks) && bs.toks[to].key == "s" && gapClass(bs.gap(to)) == gapApos && bs.sent[to+1] == bs.sent[from] {
		k := to + 1
		if k+1 < len(bs.toks) && !departureNouns[bs.toks[k].key] && !bs.toks[k].upper && isBlank(bs.gap(k+1)) {
			k++ // "X's shock resignation"
		}
		if departureNouns[bs.toks[k].key] && isBlank(bs.gap(k)) {
			return k, k, true
		}
	}
	return 0, 0, false
}

// portfolioTail: in French or Spanish, the words from t0 up to the
// comma (gap g) before word end go on a title that ends at t0 with more
// of its ministry's portfolios, each after "et", "y" or a comma and a
// preposition or article: "et des Outre-mer", ", des Finances et de la
// Souveraineté industrielle", "pour les affaires étrangères et la
// politique de sécurité", "para Política Exterior". No title may start
// among them ("et le Premier ministre, X" names another office).
func (bs *blockScan) portfolioTail(end int, g string) (int, bool) {
	if bs.lang != "fr" && bs.lang != "es" || strings.TrimSpace(g) != "," || !bs.nameThenComma(end) {
		return 0, false
	}
	for t0 := end - 2; t0 >= end-14 && t0 > 0; t0-- {
		if bs.sent[t0] != bs.sent[end] {
			return 0, false
		}
		if bs.titleAt(t0) != nil {
			return 0, false
		}
		// A title whose own portfolio follows a word of purpose, in
		// lower case ("… pour les affaires étrangères"), goes on so: "et
		// la politique de sécurité".
		if tm := bs.titleEnding(t0); tm != nil && bs.portfolios(t0, end, bs.purposeIn(tm.from, t0)) {
			return t0, true
		}
	}
	return 0, false
}

// purposeIn: a word of purpose stands among words [from, to): "pour",
// "para", "chargé de".
func (bs *blockScan) purposeIn(from, to int) bool {
	for k := from; k < to; k++ {
		if portfolioPurposes[bs.toks[k].key] {
			return true
		}
	}
	return false
}

// nameThenComma: the capitalised words from k, a name, close with a
// comma: the title before is set off as an aside ("…, Bruno Le Maire, a
// présenté"), not an object before the clause's subject ("Ante el
// ministro de Economía, Comercio y Empresa, Nadia Calviño defendió").
func (bs *blockScan) nameThenComma(k int) bool {
	for j := k + 1; j < len(bs.toks) && j <= k+5 && bs.sent[j] == bs.sent[k]; j++ {
		if strings.TrimSpace(bs.gap(j)) == "," {
			return true
		}
		if !bs.toks[j].upper && !nameParticles[bs.toks[j].key] && bs.toks[j].key != "y" {
			return false
		}
	}
	return false
}

// portfolios: words k up to end are portfolios joined to a ministry's
// name (portfolioTail).
func (bs *blockScan) portfolios(k, end int, lower bool) bool {
	segments := 0
	purpose := lower // "pour les affaires étrangères et la politique de sécurité": portfolios in lower case
	for k < end {
		joins := portfolioJoins[bs.toks[k].key] && isBlank(bs.gap(k))
		if !joins && strings.TrimSpace(bs.gap(k)) != "," && !(segments == 0 && portfolioLeads[bs.toks[k].key]) {
			return false // the first may open with its preposition: "pour les affaires étrangères"
		}
		if joins {
			k++
		}
		for n := 0; n < 3 && k < end && portfolioLeads[bs.toks[k].key]; n++ {
			purpose = purpose || portfolioPurposes[bs.toks[k].key]
			k++ // "de la", "des", "pour les", "para"
		}
		// A portfolio has its capital ("des Finances"); "des élus locaux"
		// are people, not a ministry's.
		if k >= end || !isWordOnly(bs.toks[k].key) || bs.titleAt(k) != nil || !bs.toks[k].upper && !purpose {
			return false
		}
		k++ // the portfolio: "Finances", "Outre-mer", "affaires"
		for k < end && (gapClass(bs.gap(k)) == gapHyphen || isBlank(bs.gap(k)) && !portfolioJoins[bs.toks[k].key] && !bs.toks[k].upper && isWordOnly(bs.toks[k].key)) {
			k++ // "-mer", "industrielle", "étrangères", "de sécurité"
		}
		segments++
	}
	return segments > 0 && k == end
}

var (
	portfolioJoins    = map[string]bool{"et": true, "y": true}
	portfolioPurposes = map[string]bool{"pour": true, "para": true, "chargé": true, "chargée": true, "encargado": true, "encargada": true}
	portfolioLeads    = map[string]bool{"de": true, "des": true, "du": true, "del": true, "la": true, "l": true, "le": true, "les": true,
		"los": true, "las": true, "el": true, "pour": true, "para": true, "chargé": true, "chargée": true, "encargado": true, "encargada": true}
)

// pastActAgent: the title starting at word from names the agent of a
// participle of an act done once in office, perhaps with the act's time
// between: "signed by President X", "la loi signée par le président X",
// "signée en 2022 par le président X". It returns the participle and the
// word of the agent.
func (bs *blockScan) pastActAgent(from int) (p, by int, ok bool) {
	by = from - 1
	if by > 0 && bs.isArticle(by) {
		by-- // "signée par le président X"
	}
	if by < 1 || !byWords[bs.toks[by].key] || !bs.joined(by) || !bs.joined(from) || bs.sent[by-1] != bs.sent[from] {
		return 0, 0, false
	}
	p = by - 1
	for _, di := range bs.dates {
		if d := &bs.f.Dates[di]; d.end == bs.toks[p].end && d.Start != "" {
			// The act's time between: "signée en 2022 par".
			p = bs.tokenAt(d.at) - 1
			if p >= 1 && datePrepositions[bs.toks[p].key] {
				p--
			}
			break
		}
	}
	if p < 0 || bs.sent[p] != bs.sent[from] || !actsInOffice[bs.toks[p].key] || p > 0 && presentAuxiliaries[bs.toks[p-1].key] {
		return 0, 0, false
	}
	return p, by, true
}

// datePrepositions may stand before a date inside a clause.
var datePrepositions = map[string]bool{"in": true, "on": true, "en": true, "le": true, "el": true, "im": true, "am": true}

// pastPerfectAuxiliaries open the past perfect right after a name.
var pastPerfectAuxiliaries = map[string]bool{"had": true, "avait": true, "avaient": true, "había": true, "habían": true}

// pastAsideAgent: the titled name ending before word to is the agent of
// a participle that opens an aside after a comma, and the clause the
// aside interrupts goes on in the past: "The Rwanda plan, championed by
// Prime Minister X, was scrapped by Labour", "porté par le Premier
// ministre X, a été abandonné", "impulsado por el primer ministro X, fue
// descartado". What the holder backed then, told as done with: the title
// of that time. by is the word of the agent ("by", "par", "por").
func (bs *blockScan) pastAsideAgent(by, to int) (int, bool) {
	p := by - 1
	if p < 1 || by >= len(bs.toks) || !byWords[bs.toks[by].key] || !bs.joined(by) || bs.sent[p] != bs.sent[by] ||
		strings.TrimSpace(bs.gap(p)) != "," || bs.toks[p].upper || !(regularPast(bs.toks[p].key) || romanceParticiple(bs.toks[p].key)) {
		return 0, false
	}
	if to+1 >= len(bs.toks) || bs.sent[to] != bs.sent[by] || strings.TrimSpace(bs.gap(to)) != "," {
		return 0, false
	}
	// The clause goes on with a verb in the past: "was scrapped", "a été
	// abandonné", "fue descartado", "collapsed".
	for k := to; k < to+2 && k < len(bs.toks) && bs.sent[k] == bs.sent[by]; k++ {
		if bs.pastAt(k) || bs.foreignPastAt(k) {
			return p, true
		}
	}
	return 0, false
}

var (
	byWords            = map[string]bool{"by": true, "par": true, "por": true}
	presentAuxiliaries = map[string]bool{"is": true, "are": true, "am": true, "be": true, "being": true, "remains": true, "est": true, "sont": true, "es": true, "son": true, "está": true, "están": true}
	appointees         = map[string]bool{"appointee": true, "appointees": true, "nominee": true, "nominees": true}
	// actsInOffice are participles of acts an officeholder does once, in
	// office ("signed by", "appointed by"), not of a stance that may last
	// ("backed by").
	actsInOffice = wordFile("words/acts-in-office.txt")
	// departureNouns end a term: "X's resignation", "X's ouster".
	departureNouns = map[string]bool{"resignation": true, "withdrawal": true, "departure": true, "ouster": true, "ousting": true,
		"exit": true, "death": true, "defeat": true, "impeachment": true, "removal": true, "retirement": true, "downfall": true}
)

// appointed finds the verb of naming of a title starting at word from
// and its holder ending before word to: before the title, or, in German,
// last in the clause after "zum" or "zur" ("… Lecornu zum Premier
// ernannte").
func (bs *blockScan) appointed(from, to int) (int, bool) {
	if v, ok := bs.appointedFrom(from); ok || bs.lang != "de" {
		return v, ok
	}
	sawTo := false
	for k := to; k < len(bs.toks) && k <= to+6 && bs.sent[k] == bs.sent[from] && !strings.ContainsAny(bs.gap(k), ",;:"); k++ {
		w := bs.toks[k].key
		sawTo = sawTo || w == "zum" || w == "zur"
		if sawTo && appointVerbs[w] && !bs.toks[k].upper {
			return k, true
		}
	}
	return 0, false
}

var (
	appointVerbs   = wordFile("words/appoint-verbs.txt")
	appointFillers = wordFile("words/appoint-fillers.txt")
)

// reflexives are the pronouns a reflexive verb opens with in Spanish and
// French.
var reflexives = map[string]bool{"se": true, "s": true}

// willAt: the name at words [head, k) is the subject of words from k
// that say it will do something ("Pope Francis will visit", "va
// visiter", "va a visitar"), not what will be done to it ("will be
// buried", "will always be remembered") or what it will become (the claim
// grammar's future copulas); nor is a name after a preposition ("the
// memory of Pope Francis will live on"). German puts the verb last, after
// what may be a passive: not read.
func (bs *blockScan) willAt(head, k int) bool {
	if bs.lang == "de" || k >= len(bs.toks) || !bs.joined(k) {
		return false
	}
	if head > 0 && bs.sent[head-1] == bs.sent[head] && prepositions[bs.toks[head-1].key] {
		return false
	}
	if bs.futureVerbAt(k) {
		return true
	}
	m, _, ok := bs.claimWordAt(k, cwAhead)
	if !ok {
		return false
	}
	if _, _, cop := bs.claimWordAt(k, cwFuture); cop {
		return false
	}
	v := m.to
	for v < len(bs.toks) && bs.joined(v) && (adverbs[bs.toks[v].key] || strings.HasSuffix(bs.toks[v].key, "ly")) {
		v++
	}
	return v < len(bs.toks) && bs.joined(v) && !bs.toks[v].upper && !beWords[bs.toks[v].key]
}

// futureOfBeing are the simple futures of being and staying, which say
// how something will be remembered, not what it will do ("restera dans
// l'histoire", "quedará en la historia").
var futureOfBeing = map[string]bool{"sera": true, "seront": true, "restera": true, "resteront": true, "demeurera": true,
	"será": true, "serán": true, "quedará": true, "quedarán": true, "permanecerá": true, "pasará": true}

// germanWillAt: German "wird" or "werden" at word k, and an infinitive
// closing the clause ("Die Biden-Administration wird neue Zölle
// verhängen"), not a participle ("wird verhängt", a passive).
func (bs *blockScan) germanWillAt(k int) bool {
	if bs.lang != "de" || k >= len(bs.toks) || !bs.joined(k) || bs.toks[k].key != "wird" && bs.toks[k].key != "werden" {
		return false
	}
	last := k + 1
	for last+1 < len(bs.toks) && bs.sent[last+1] == bs.sent[k] && !strings.ContainsAny(bs.gap(last+1), ",;:()—–") {
		last++
	}
	if last <= k+1 || last >= len(bs.toks) {
		return false
	}
	w := bs.toks[last]
	return !w.upper && strings.HasSuffix(w.key, "en") && !strings.HasPrefix(w.key, "ge")
}

// futureVerbAt: a French or Spanish verb in the simple future at word k,
// after a reflexive pronoun perhaps ("se rendra", "visitará"): what the
// name will do.
func (bs *blockScan) futureVerbAt(k int) bool {
	if bs.lang != "fr" && bs.lang != "es" {
		return false
	}
	if w := bs.toks[k].key; (w == "se" || w == "s") && k+1 < len(bs.toks) && bs.joined(k+1) {
		k++
	}
	return !bs.toks[k].upper && simpleFuture(bs.lang, bs.toks[k].key)
}

// simpleFuture: lower-case word w of language lang ends as a French or
// Spanish verb in the simple future ("manifesteront", "visitará").
func simpleFuture(lang, w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	switch lang {
	case "fr":
		return strings.HasSuffix(w, "ra") || strings.HasSuffix(w, "ront")
	case "es":
		return strings.HasSuffix(w, "rá") || strings.HasSuffix(w, "rán")
	}
	return false
}

// futureForm: w is a French or Spanish verb in the simple future, as a
// sentence's tense reads it: Spanish "jugarán", "será"; French
// "décidera", "choisiront", "seront". Stricter than simpleFuture: nouns
// such as "front" and "affront" end in "ront" too.
func futureForm(lang, w string) bool {
	switch lang {
	case "es":
		// The future, and the conditional, the future seen from the past
		// ("anunció que la cumbre se celebraría"); nouns in -ría
		// ("mayoría", "secretaría") and imperfects ("quería") are not.
		n := utf8.RuneCountInString(w)
		return n >= 4 && (strings.HasSuffix(w, "rá") || strings.HasSuffix(w, "rán")) ||
			n >= 5 && (strings.HasSuffix(w, "ría") || strings.HasSuffix(w, "rían")) && !spanishNotConditional[w]
	case "fr":
		if frenchFutures[w] {
			return true
		}
		if utf8.RuneCountInString(w) < 6 {
			return false
		}
		for _, end := range frenchFutureEnds {
			if strings.HasSuffix(w, end) {
				return true
			}
		}
		return false
	}
	return false
}

// spanishNotConditional are nouns and imperfects that end as a
// conditional does.
var spanishNotConditional = map[string]bool{
	"quería": true, "querían": true, "prefería": true, "preferían": true, "requería": true, "requerían": true,
	"sugería": true, "sugerían": true, "ocurría": true, "ocurrían": true, "recurría": true, "corría": true,
	"corrían": true, "moría": true, "morían": true, "refería": true, "adquiría": true, "recorría": true,
	"mayoría": true, "minoría": true, "alegría": true, "categoría": true, "galería": true, "batería": true,
	"lotería": true, "librería": true, "tesorería": true, "secretaría": true, "consejería": true, "auditoría": true,
	"asesoría": true, "ingeniería": true, "teoría": true, "cafetería": true, "panadería": true, "carnicería": true,
	"pizzería": true, "cervecería": true, "joyería": true, "peluquería": true, "frutería": true, "ferretería": true,
	"papelería": true, "lavandería": true, "artillería": true, "infantería": true, "caballería": true, "hechicería": true,
	"gritería": true, "porquería": true, "tontería": true, "grosería": true, "sabiduría": true,
	"mayorías": true, "minorías": true, "categorías": true, "galerías": true, "baterías": true, "secretarías": true,
	"consejerías": true, "auditorías": true, "teorías": true, "librerías": true, "loterías": true,
}

// frenchFutureEnds end French futures ("décidera", "prendra") and
// conditionals, the future seen from the past ("a affirmé qu'elle
// rouvrirait en avril"); "-trait" nouns ("portrait") end otherwise.
var frenchFutureEnds = []string{"era", "ira", "dra", "eront", "iront", "dront", "erait", "irait", "drait", "rrait", "eraient", "iraient", "draient", "rraient"}

// frenchFutures are the short futures of French's commonest verbs.
var frenchFutures = map[string]bool{"sera": true, "seront": true, "aura": true, "auront": true, "fera": true, "feront": true, "ira": true, "iront": true, "pourra": true, "devra": true, "viendra": true, "verra": true,
	"aurait": true, "auraient": true, "pourrait": true, "pourraient": true}

// didInThePast finds, for an English phrase at words [from, to), a verb
// in the past it is the subject of ("… administration mostly sat"), or a
// passive in the past it is the agent of ("were put in place by …"); it
// returns the verb's words.
func (bs *blockScan) didInThePast(from, to int) (int, int, bool) {
	if bs.lang == "fr" || bs.lang == "es" {
		return bs.madeByBefore(from)
	}
	if bs.lang != "" && bs.lang != "en" {
		return 0, 0, false
	}
	k := to
	for n := 0; n < 2 && k < len(bs.toks) && bs.joined(k) && (bs.toks[k].key == "just" || strings.HasSuffix(bs.toks[k].key, "ly")); n++ {
		k++
	}
	if k < len(bs.toks) && bs.joined(k) && !bs.toks[k].upper && bs.pastVerbAt(k) {
		if _, _, cop := bs.claimWordAt(k, cwPast); !cop {
			return k, k + 1, true
		}
	}
	// The agent: "by the Trump administration" after "was"/"were" within
	// six words.
	by := from - 1
	if by >= 0 && bs.toks[by].key == "the" {
		by--
	}
	if by < 1 || bs.toks[by].key != "by" || bs.sent[by] != bs.sent[from] {
		return 0, 0, false
	}
	if p := by - 1; bs.joined(by) && !bs.toks[p].upper && bs.pastVerbAt(p) {
		// "rules adopted by the Biden administration": a participle
		// after what it made.
		return p, by, true
	}
	for j := by - 1; j >= 0 && j >= by-6 && bs.sent[j] == bs.sent[by]; j-- {
		if w := bs.toks[j].key; w == "was" || w == "were" {
			return j, by, true
		}
	}
	return 0, 0, false
}

// presentCueText: text is a present cue of the block ("still", "now"),
// not a date or a weekday.
func (bs *blockScan) presentCueText(text string) bool {
	for _, m := range bs.ms[kPresent] {
		if bs.text[bs.toks[m.from].start:bs.toks[m.to-1].end] == text {
			return true
		}
	}
	return false
}

// madeByBefore finds a French or Spanish participle and its agent right
// before words from ("les droits imposés par l'administration Biden",
// "los aranceles impuestos por la administración Biden"): a thing the
// administration made, in the past. It returns the participle's words.
func (bs *blockScan) madeByBefore(from int) (int, int, bool) {
	by := from - 1
	if by >= 0 && bs.isArticle(by) {
		by--
	}
	if by < 1 || !byWords[bs.toks[by].key] || bs.sent[by] != bs.sent[from] || !bs.joined(by) {
		return 0, 0, false
	}
	p := by - 1
	if w := bs.toks[p].key; !bs.toks[p].upper && romanceParticiple(w) {
		return p, by, true
	}
	return 0, 0, false
}

// romanceParticiple: w ends as a French or Spanish past participle does
// ("imposés", "adoptée", "impuestos", "aprobadas").
func romanceParticiple(w string) bool {
	for _, end := range []string{"é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "esto", "esta", "estos", "estas", "ito", "ita", "itos", "itas", "is", "ise", "ises", "it", "ite", "its", "ites"} {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > len([]rune(end))+2 {
			return true
		}
	}
	return false
}

// inRole reports whether the title at word k follows an "as" that opens
// its sentence or clause ("As president, …", "…, and as chancellor …",
// "In his role as NATO chief, …"), and returns the first word of the
// phrase.
func (bs *blockScan) inRole(k int) (int, bool) {
	a := k - 1
	if a < 0 || bs.sent[a] != bs.sent[k] || !bs.joined(k) {
		return 0, false
	}
	if s, ok := bs.capacityEnding(a); ok {
		a = s
	} else if w := bs.toks[a].key; w == "que" && a >= 2 && bs.toks[a-1].key == "tant" && bs.toks[a-2].key == "en" {
		a -= 2 // "En tant que chancelier, …"
	} else if !roleAs[w] {
		return 0, false
	}
	if a > 0 && bs.sent[a-1] == bs.sent[a] && !strings.ContainsAny(bs.gap(a), ",;:—–") && !clauseJoiners[bs.toks[a-1].key] {
		return 0, false
	}
	return a, true
}

var (
	// roleAs put someone in an office before their titled name: "As
	// president, …", "Comme Premier ministre, …", "Como presidente, …",
	// "Siendo presidente, …".
	roleAs = map[string]bool{"as": true, "comme": true, "como": true, "siendo": true}
	// clauseJoiners may open the clause such a phrase opens.
	clauseJoiners = map[string]bool{"and": true, "but": true, "et": true, "mais": true, "y": true, "pero": true}
	// conditionals after "As president, X" tell of a time supposed, not
	// of one in office: "As president, Trump would impose tariffs".
	conditionals = map[string]bool{"would": true, "could": true, "might": true}
)

// capacityNouns name the part someone plays in "in his role as", "in
// seiner Funktion als", "en sa qualité de" (words/capacity-nouns.txt).
var capacityNouns = wordFile("words/capacity-nouns.txt")

// capacityPossessives are the possessives of those phrases.
var capacityPossessives = map[string]bool{"his": true, "her": true, "their": true, "seiner": true, "ihrer": true, "sa": true, "son": true, "leur": true, "su": true}

// capacityEnding: word i is the "as" (als, de) that ends a phrase putting
// someone in an office — "in his role as", "in her new capacity as", "in
// seiner Funktion als", "en sa qualité de", "en su calidad de" — and
// start is the phrase's first word.
func (bs *blockScan) capacityEnding(i int) (start int, ok bool) {
	switch bs.toks[i].key {
	case "as", "als", "de":
	default:
		return 0, false
	}
	n := i - 1
	if n < 2 || !capacityNouns[bs.toks[n].key] || !bs.joined(i) || !bs.joined(n) {
		return 0, false
	}
	p := n - 1
	if !capacityPossessives[bs.toks[p].key] && p > 1 && bs.joined(p) && !bs.toks[p].upper && isLetters(bs.toks[p].key) {
		p-- // "in his new role as"
	}
	if !capacityPossessives[bs.toks[p].key] || p < 1 || !bs.joined(p) {
		return 0, false
	}
	if w := bs.toks[p-1].key; w != "in" && w != "en" {
		return 0, false
	}
	return p - 1, true
}

// capacityAt: a phrase putting someone in an office starts at word k (see
// capacityEnding); end is the word after its "as".
func (bs *blockScan) capacityAt(k int) (end int, ok bool) {
	for i := k + 3; i <= k+4 && i < len(bs.toks); i++ {
		if s, ok := bs.capacityEnding(i); ok && s == k {
			return i + 1, true
		}
	}
	return 0, false
}

// beWords are the verbs "to be", after which a name is acted on or
// described rather than acting; adverbs may stand before them ("will
// always be"); prepositions make a name an object ("the visit of").
var (
	beWords      = map[string]bool{"be": true, "being": true, "être": true, "ser": true, "estar": true}
	adverbs      = map[string]bool{"always": true, "never": true, "forever": true, "also": true, "still": true, "soon": true, "not": true, "toujours": true, "jamais": true, "bientôt": true, "aussi": true, "siempre": true, "nunca": true, "también": true, "pronto": true}
	prepositions = map[string]bool{"of": true, "for": true, "to": true, "with": true, "by": true, "about": true, "from": true, "on": true, "de": true, "du": true, "des": true, "d": true, "à": true, "au": true, "aux": true, "pour": true, "avec": true, "par": true, "sur": true, "del": true, "al": true, "con": true, "por": true, "para": true, "sobre": true}
)

// verbAt: word k is a verb — not a copula of the claim grammar, which may
// lead anywhere ("was buried"), nor a word for dying.
func (bs *blockScan) verbAt(k int) bool {
	if bs.toks[k].upper || deathVerbs[bs.toks[k].key] {
		return false
	}
	if _, _, cop := bs.claimWordAt(k, cwPresent, cwPast, cwFuture, cwDied); cop {
		return false
	}
	if bs.pastVerbAt(k) {
		return true
	}
	if _, _, ok := bs.claimWordAt(k, cwReporting); ok {
		// A verb of saying in any language: "a déclaré", "sagte", "dijo".
		return true
	}
	if bs.foreignPastAt(k) || bs.lang == "de" && germanWeakPast(bs.toks[k].key) {
		return true
	}
	if bs.lang == "de" {
		// The tense cues mix languages: English "am" is German "an dem".
		return germanFinite(bs.toks[k].key)
	}
	return bs.presentVerbAt(k)
}

// presentVerbAt: a verb in the present of the tense cues starts at word k.
func (bs *blockScan) presentVerbAt(k int) bool {
	for _, m := range bs.ms[kPresentVerb] {
		if m.from == k {
			return true
		}
	}
	return false
}

var deathVerbs = map[string]bool{"died": true, "dies": true, "passed": true}

// germanFinite: lower-case word w, right after a name in German, is the
// finite verb of a main clause. German writes nouns with a capital, so a
// word in lower case there that is no function word and does not end as
// an adjective does is a verb ("Papst Franziskus rief …", "… empfängt
// …"); of the function words, the auxiliaries and modals of the perfect
// and of wanting and being able are ("hat … aufgerufen", "will …
// reisen"). "wird" and "wurde" are left out: they open passives as well
// ("wird beigesetzt").
func germanFinite(w string) bool {
	if germanAuxiliaries[w] {
		return true
	}
	if stopwords[w]&(1<<1) != 0 || utf8.RuneCountInString(w) < 3 {
		return false
	}
	// A verb with a name for subject is in the singular: "-t" in the
	// present, no ending in a strong past ("rief", "empfing"); "-e",
	// "-en", "-er", "-es", "-em" end adjectives ("zweite", "letzten").
	for _, end := range []string{"e", "n", "r", "s", "m"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

var germanAuxiliaries = map[string]bool{
	"hat": true, "hatte": true, "hätte": true, "haben": true, "hatten": true,
	"kann": true, "konnte": true, "könnte": true, "will": true, "wollte": true,
	"muss": true, "musste": true, "soll": true, "sollte": true, "darf": true, "möchte": true,
}

// avoirPhrases are the nouns "avoir" takes in the present ("a lieu",
// "a droit", "a tort"), which end like a participle.
var avoirPhrases = map[string]bool{"lieu": true, "droit": true, "tort": true, "trait": true, "priori": true}

// germanPast: w is a German verb in the past, its separable prefix
// perhaps written with it as a clause's last word does ("vorschlug",
// "zurücktrat", "durchsetzte").
func germanPast(w string) bool {
	if pastForms["de"][w] || germanWeakPast(w) {
		return true
	}
	for pre := range zuPrefixes {
		if rest, ok := strings.CutPrefix(w, pre); ok && pastForms["de"][rest] {
			return true
		}
	}
	return false
}

// pastForms are common German past-tense forms and Spanish irregular
// preterites (words/past-*.txt).
var pastForms = map[string]map[string]bool{
	"de": wordFile("words/past-de.txt"),
	"es": wordFile("words/past-es.txt"),
}

// foreignPastAt: a French passé composé or pluperfect ("a salué", "ont
// reçu", "avait signé"), a Spanish preterite ("recibió", "saludó",
// "dijo") or a common German past form ("sagte", "stimmte") at word k.
func (bs *blockScan) foreignPastAt(k int) bool {
	key := bs.toks[k].key
	if bs.toks[k].upper && bs.lang != "de" {
		return false
	}
	switch bs.lang {
	case "de":
		return !bs.toks[k].upper && pastForms["de"][key]
	case "fr":
		if (key == "a" || key == "ont" || key == "avait" || key == "avaient") && k+1 < len(bs.toks) && isBlank(bs.gap(k+1)) && !bs.toks[k+1].upper {
			p := bs.toks[k+1].key
			if p == "eu" {
				return true // "a eu lieu"
			}
			if utf8.RuneCountInString(p) < 3 || avoirPhrases[p] {
				return false
			}
			for _, end := range []string{"é", "i", "u", "it", "is"} {
				if strings.HasSuffix(p, end) {
					return true
				}
			}
		}
		if (key == "est" || key == "sont") && k >= 2 && k+1 < len(bs.toks) && isBlank(bs.gap(k+1)) && !bs.toks[k+1].upper {
			// A reflexive verb's passé composé: "s'est tenu", "se sont
			// réunis" (not "est menacé", a state).
			if r := bs.toks[k-1].key; r == "s" && gapClass(bs.gap(k)) == gapApos || r == "se" {
				p := strings.TrimRight(strings.TrimSuffix(bs.toks[k+1].key, "s"), "e")
				return utf8.RuneCountInString(p) >= 3 && (strings.HasSuffix(p, "é") || strings.HasSuffix(p, "i") || strings.HasSuffix(p, "u") || strings.HasSuffix(p, "it"))
			}
		}
	case "es":
		// The preterite's third persons: "-ó" and "-aron", "-ieron",
		// "-yeron" ("firmaron", "dimitieron", "leyeron").
		n := utf8.RuneCountInString(key)
		return n > 3 && strings.HasSuffix(key, "ó") || n > 5 && (strings.HasSuffix(key, "aron") || strings.HasSuffix(key, "ieron") || strings.HasSuffix(key, "yeron")) || pastForms["es"][key]
	}
	return false
}

// germanWeakPast: a lower-case German word of the weak past ("feierte",
// "eröffneten"), read only right after a name, where an adjective is
// rare; ordinals and superlatives end alike.
func germanWeakPast(w string) bool {
	if utf8.RuneCountInString(w) < 6 || !strings.HasSuffix(w, "te") && !strings.HasSuffix(w, "ten") {
		return false
	}
	if strings.HasSuffix(w, "ste") || strings.HasSuffix(w, "sten") {
		return false // "erste", "nächsten"
	}
	return !germanTeWords[strings.TrimSuffix(w, "n")]
}

// germanTeWords end like a weak past and are not verbs (without a final
// "n").
var germanTeWords = map[string]bool{
	"letzte": true, "zweite": true, "dritte": true, "vierte": true, "fünfte": true, "siebte": true,
	"neunte": true, "zehnte": true, "gesamte": true, "rechte": true, "breite": true, "leichte": true,
}

// pastVerbAt: word i is a verb in the past tense ("lost", "signed").
func (bs *blockScan) pastVerbAt(i int) bool {
	if t := bs.toks[i]; !t.upper && regularPast(t.key) {
		return true
	}
	if bs.pastVerbs == nil {
		// Marked once a block: a scan of the block's past verbs for each
		// word asked about grew with the square of a long sentence.
		bs.pastVerbs = make([]bool, len(bs.toks))
		for _, m := range bs.ms[kPastVerb] {
			bs.pastVerbs[m.from] = true
		}
	}
	return bs.pastVerbs[i]
}

// headlineTail are the words that may follow a headline's title.
var headlineTail = map[string]bool{
	"in": true, "since": true, "for": true, "from": true, "until": true, "as": true,
	"en": true, "im": true, "seit": true, "depuis": true, "desde": true, "de": true,
}

// indexTitles notes, for each word, the first of the block's titles
// that starts there and the first that ends right before it, once the
// titles are placed: looked for by a scan of every title for each name,
// they grew with the square of a long block.
func (bs *blockScan) indexTitles() {
	n := len(bs.toks) + 1
	bs.titleFrom = slices.Grow(bs.titleFrom[:0], n)[:n]
	bs.titleTo = slices.Grow(bs.titleTo[:0], n)[:n]
	for k := range n {
		bs.titleFrom[k], bs.titleTo[k] = -1, -1
	}
	for i := len(bs.titles) - 1; i >= 0; i-- {
		m := &bs.titles[i]
		bs.titleFrom[m.from], bs.titleTo[m.to] = int32(i), int32(i)
	}
}

// firstNotPremier: a French "premier" or "première" standing alone is
// "first" ("le premier à réagir", "premier de cordée"), not the short
// English "Premier" for a prime minister.
func (bs *blockScan) firstNotPremier(m match) bool {
	if m.to-m.from != 1 {
		return false
	}
	k := bs.toks[m.from].key
	return k == "premier" || k == "première"
}

// titleAt is the title starting at word k; titleEnding the one ending
// right before word k.
func (bs *blockScan) titleAt(k int) *match {
	if k < 0 || k >= len(bs.titleFrom) || bs.titleFrom[k] < 0 {
		return nil
	}
	return &bs.titles[bs.titleFrom[k]]
}

func (bs *blockScan) titleEnding(k int) *match {
	if k < 0 || k >= len(bs.titleTo) || bs.titleTo[k] < 0 {
		return nil
	}
	return &bs.titles[bs.titleTo[k]]
}

// copulaOfTitled: a titled name may also be a copula's subject or
// complement for the same office ("the head of the Catholic Church is
// Pope Francis", "Pope Francis is the head of the Catholic Church"): the
// copula states the claim, which a title that stays with its holder
// (a pope's, a king's) does not.
func (bs *blockScan) copulaOfTitled(st *mentionState, p *kb.Person, m match, lt linkedTitle) linkedTitle {
	alt, ok := bs.copulaAfter(m.to)
	if !ok {
		alt, ok = bs.invertedBefore(lt.m.from)
	}
	if ok {
		if r := bs.roleOf(p, alt, st); r != nil && r == bs.roleOf(p, lt, st) {
			return alt
		}
	}
	return lt
}

// roleOf is the office a linked title names for person p.
func (bs *blockScan) roleOf(p *kb.Person, lt linkedTitle, st *mentionState) *kb.Role {
	if r := bs.resolveRole(p, lt.m.p.title, st); r != nil {
		return r
	}
	return lt.m.p.title.label
}

// people turns name matches into mentions, and subject pronouns that
// claim an office for the person the sentences before are about.
func (bs *blockScan) people(st *mentionState, durs []int) {
	names := bs.ms[kName]
	if pr := bs.pronouns(); len(pr) > 0 {
		names = append(slices.Clone(names), pr...)
		slices.SortStableFunc(names, func(a, b match) int { return a.from - b.from })
	}
	for _, m := range names {
		var lt linkedTitle
		titled := false
		if m.p == nil {
			// A subject pronoun: a claim of an office by a copula after
			// it, for an office the person before had held.
			if bs.droppedSubject(m.from) {
				lt, titled = bs.copulaAt(m.from)
				// "Es el canciller quien decide" singles out whoever
				// holds the office; it says nothing of the person before.
				if titled && lt.m.to < len(bs.toks) && clefts[bs.toks[lt.m.to].key] {
					titled = false
				}
			} else {
				lt, titled = bs.copulaAfter(m.to)
			}
			if !titled {
				lt, titled = bs.laterCopula(m)
			}
			if !titled {
				lt, titled = bs.v2Copula(m.from, m.to)
			}
			if !titled {
				continue
			}
			person := bs.antecedent(m.from)
			if person == nil || bs.resolveRole(person, lt.m.p.title, st) == nil {
				continue
			}
			m.p = &phrase{kind: kName, names: []nameRef{{person: person, form: formPronoun}}}
		} else {
			if bs.overlapsDate(m.from, m.to) || bs.inAdjectival(m) || !bs.standsAlone(m) {
				continue
			}
			lt, titled = bs.titleBefore(m.from)
		}
		if !titled {
			lt, titled = bs.relativeLast(m.to)
		}
		if !titled {
			lt, titled = bs.titleAfter(m.from, m.to)
		}
		if !titled {
			lt, titled = bs.copulaAfter(m.to)
		}
		if !titled {
			lt, titled = bs.invertedBefore(m.from)
		}
		if !titled {
			lt, titled = bs.v2Copula(m.from, m.to)
		}
		if !titled {
			lt, titled = bs.answers(st, m)
		}
		// Claims that name no title come last: a title beside the name
		// says more.
		if !titled {
			lt, titled = bs.leadsAfter(st, m)
		}
		if !titled {
			lt, titled = bs.ownerBefore(st, m)
		}
		if !titled {
			lt, titled = bs.ledOwnerBefore(st, m)
		}
		if !titled {
			lt, titled = bs.counterpartAround(st, m)
		}
		if !titled {
			lt, titled = bs.inOfficeAfter(st, m)
		}
		if !titled {
			lt, titled = bs.inOfficeForAfter(st, m)
		}
		if !titled {
			lt, titled = bs.tookOfficeAfter(st, m)
		}
		if !titled {
			lt, titled = bs.succeededAfter(st, m)
		}
		if !titled {
			lt, titled = bs.succeededBy(st, m)
		}
		if !titled {
			lt, titled = bs.seatAfter(st, m)
		}
		if !titled {
			lt, titled = bs.laterCopula(m)
		} else if lt.form == formCopula && lt.tense == copPast {
			// "Stoltenberg war zehn Jahre Regierungschef und ist seit
			// 2014 Generalsekretär": the present claim that follows says
			// more about now.
			if now, ok := bs.laterCopula(m); ok && now.tense == copPresent {
				lt = now
			} else if now, ok := bs.stillInOffice(lt); ok {
				lt = now
			}
		}
		person, form := bs.resolvePerson(st, m, lt, titled)
		if person == nil {
			continue
		}
		if titled && lt.form == formTitle {
			lt = bs.copulaOfTitled(st, person, m, lt)
		}
		men := Mention{Kind: "person", Block: bs.bi, Sentence: bs.sent[m.from], Person: person.ID, Form: form,
			Name: bs.phrase(m.from, m.to), Claim: "none"}
		from, to := m.from, m.to
		if to < len(bs.toks) && bs.toks[to].key == "s" && gapClass(bs.gap(to)) == gapApos {
			men.Possessive = true
		} else {
			head := from
			if titled && lt.asked == nil && lt.m.from < head {
				head = lt.m.from
			}
			men.Acts = bs.actsAt(to) || bs.willAt(head, to)
		}
		if titled {
			tp := Phrase{}
			if lt.asked != nil {
				tp = Phrase{Text: lt.asked.text, Span: lt.asked.span}
			} else {
				tp = bs.phrase(lt.m.from, lt.m.to)
			}
			men.Title = &OfficeTitle{Text: tp.Text, Span: tp.Span, Position: lt.position, Folded: tp.Folded}
			role := bs.resolveRole(person, lt.m.p.title, st)
			if role == nil && lt.m.p.title.label != nil && bs.lang == "es" && (bs.toks[lt.m.from].key == "canciller" || bs.toks[lt.m.from].key == "cancillera") {
				// Latin American Spanish calls a foreign minister
				// "canciller": "el canciller alemán, Johann Wadephul".
				role = foreignMinistry(bs.g.kb, person, lt.m.p.title.label.Jurisdiction)
			}
			men.Title.Kind = "short"
			if lt.m.p.title.label != nil && (role == nil || role == lt.m.p.title.label) {
				men.Title.Kind = "label"
				if role == nil {
					role = lt.m.p.title.label
				}
			}
			if role != nil {
				men.Role = role.ID
			}
			men.Claim = lt.claim
			if lt.qual >= 0 {
				men.Qualifier = bs.qualifier(lt.qual, lt.qualTo, lt.qualAfter)
			}
			if lt.position == "before" {
				from = min(lt.m.from, from)
				if lt.qual >= 0 {
					from = min(from, lt.qual)
				}
			} else {
				to = lt.m.to
				if lt.qualAfter {
					to = max(to, lt.qualTo)
				}
				if lt.form == formApposition {
					// "Francis, the pope, said": the verb after the
					// apposition's closing comma.
					men.Acts = bs.actsAfterApposition(to)
				}
			}
		}
		if form == formFull || titled {
			st.n++
			st.seen[person] = st.n
		}
		// The mention runs from its first part to its last; their spans
		// are known, so it needs no new position lookups.
		first, last := men.Name.Span, men.Name.Span
		if titled {
			if lt.position == "before" {
				first = men.Title.Span
			} else {
				last = men.Title.Span
				if lt.qualAfter && men.Qualifier != nil {
					last = men.Qualifier.Span
				}
			}
			if men.Qualifier != nil && lt.qual == from {
				first = men.Qualifier.Span
			}
		}
		if titled && lt.position == "before" && men.Claim == "current" && lt.form == formTitle && bs.indefiniteBefore(from) && gapClass(bs.gap(m.from)) == gapSpace {
			// "a President Harris", "ihr Wunsch nach einer US-Präsidentin
			// Kamala Harris": one wished for or supposed, no holder.
			men.Claim = "none"
		}
		if titled && lt.position == "before" && men.Claim == "current" && (bs.successionBefore(from) || bs.bossBefore(from) || bs.ownSuccessorAfter(to) || bs.workAfter(to)) {
			// "replaced Prime Minister X": the title X held then.
			// "Obama's secretary of state, Hillary Clinton": the title
			// of the boss's time. "Prime Minister X's plan was scrapped
			// by his successor": X has been succeeded since.
			men.Claim = "then"
		}
		change := -1
		if titled && lt.position == "before" && men.Claim == "current" {
			change = bs.officeChangeAround(from, to)
		}
		if change >= 0 {
			men.Claim = "then"
		}
		men.Span = join(first, last)
		men.Text = bs.text[bs.toks[from].start:bs.toks[to-1].end]
		if titled && lt.qualAfter && lt.position != "before" && lt.qualTo == to {
			men.Text = bs.text[bs.toks[from].start:bs.qualifierEnd(to)]
		}
		if lt.asked != nil {
			// The title is in the question: the mention is the answer.
			men.Span, men.Text = men.Name.Span, men.Name.Text
		}
		men.Time = bs.timeOf(st, from, to, durs)
		if titled && lt.form == formApposition && men.Time.Basis != "sentence" {
			if h, ok := bs.eraAfter(to); ok {
				men.Time = h.mentionTime(bs)
			}
		}
		if change == cwAccession || change == cwDeparture && (men.Time.Text == "" || men.Possessive) {
			// "after Prime Minister X was ousted": the title X held up
			// to the departure, which the sentence does not date;
			// "President X's election in 2016": the title the event
			// gave, a date being the event's.
			men.Time = MentionTime{Basis: "history"}
		}
		if t, ok := bs.eventTime(from, to); ok {
			men.Time = t
		} else if t, ok := bs.deathTime(person, from, to); ok {
			men.Time = t
		}
		if titled && lt.position == "before" && men.Time.Basis == "article" && men.Time.Text == "" {
			a, ok := bs.inRole(from)
			if lt.inverted {
				a, ok = lt.m.from-1, bs.germanPastVerb(m.from-1)
			} else {
				ok = ok && (men.Acts && (bs.pastVerbAt(m.to) || bs.pastAt(m.to) || bs.foreignPastAt(m.to)) || m.to < len(bs.toks) && conditionals[bs.toks[m.to].key])
			}
			if ok {
				// "As Vice President, Cheney shaped …", "Als Kanzler hat
				// Scholz versprochen …": the time in office.
				end := bs.toks[lt.m.to-1].end
				sp := bs.textSpan(bs.toks[a].start, end)
				men.Time = MentionTime{Basis: "history", Text: bs.text[bs.toks[a].start:end], Span: &sp}
			}
		}
		if titled && lt.form == formTitle && lt.position == "before" && men.Time.Basis == "article" && men.Time.Text != "" && bs.presentCueText(men.Time.Text) {
			// "Der von Kanzler X 2022 angekündigte Fonds ist inzwischen
			// aufgebraucht": the word of now speaks of the thing, the
			// act was done then.
			v, ok := bs.germanAgentParticiple(from, m.to)
			if !ok {
				v, ok = bs.germanPastRelative(from, m.to)
			}
			if !ok {
				// "The law signed by President X is now being unwound".
				v, _, ok = bs.pastActAgent(from)
			}
			if ok {
				sp := bs.textSpan(bs.toks[v].start, bs.toks[v].end)
				men.Time = MentionTime{Basis: "history", Text: bs.text[bs.toks[v].start:bs.toks[v].end], Span: &sp}
			}
		}
		if titled && lt.form == formTitle && lt.position == "before" && men.Time.Basis == "article" && men.Time.Text == "" {
			if a, b, ok := bs.doneInOffice(from, m.to); ok {
				// "Macron named his defence minister Sébastien Lecornu
				// prime minister", "appointed by President Barack
				// Obama", "Prime Minister Jacinda Ardern's resignation":
				// the title held when it was done.
				sp := bs.textSpan(bs.toks[a].start, bs.toks[b].end)
				men.Time = MentionTime{Basis: "history", Text: bs.text[bs.toks[a].start:bs.toks[b].end], Span: &sp}
			}
		}
		if titled && lt.position == "before" && men.Time.Basis == "article" {
			if h, ok := bs.servedPossessive(from, m.to); ok {
				// "She was Prime Minister X's chief of staff", "President
				// X's former spokesperson said on Monday": the title of
				// the time served.
				men.Time = h.mentionTime(bs)
			}
		}
		if titled && lt.capacity && men.Time.Basis == "article" && men.Time.Text == "" {
			if c := lt.m.to; c < len(bs.toks) && bs.sent[c] == bs.sent[m.from] && strings.TrimSpace(bs.gap(c)) == "," && bs.pastVerbAt(c) {
				// "Stoltenberg, in his role as NATO chief, urged …": what
				// he did in the office, as "As NATO chief, Stoltenberg
				// urged …".
				a, end := bs.toks[m.to].start, bs.toks[lt.m.to-1].end
				sp := bs.textSpan(a, end)
				men.Time = MentionTime{Basis: "history", Text: bs.text[a:end], Span: &sp}
			}
		}
		if titled && men.Possessive && lt.position == "before" && men.Time.Basis == "sentence" && m.to+1 < len(bs.toks) && kinship[bs.toks[m.to+1].key] {
			// "King Charles's mother … in 2019": who she is, named as
			// of writing.
			men.Time = MentionTime{Basis: "article", Start: st.refStart, End: st.refEnd}
		}
		if titled && lt.form == formRelative && men.Claim == "then" && !men.Time.own && bs.timeAfterName(men) {
			// "Yellen, who served as treasury secretary, said on July 19,
			// 2025", "Schröder, der Bundeskanzler war, sprach gestern":
			// the time is the saying's; the clause claims the past, with
			// no time of its own.
			men.Time = MentionTime{Basis: "history"}
		}
		if titled {
			men.ClaimForm = lt.form
			men.TookOffice, men.Chosen, men.LeftOffice = lt.tookOffice, lt.chosen, lt.left
			if lt.tookOffice && lt.form != formCopula && (lt.chosen || men.Time.Basis == "history") {
				// "Starmer, who was elected prime minister in 2023,",
				// "Starmer, who took office on 5 July 2023,": the date
				// after the title is the choice's or the start's, which a
				// clause of a term's start keeps from the sentence's time.
				di, ok := bs.dateAfter(lt.m.to)
				if lt.dated != nil {
					di, ok = *lt.dated, true
				}
				if ok {
					d := &bs.f.Dates[di]
					men.Time = timeCand{at: d.at, end: d.end, rank: rankDate, basis: "sentence", start: d.Start, fin: d.End, date: di}.mentionTime(bs)
				}
			}
			bs.claimTime(st, &men, lt, from, to)
			if (men.TookOffice || men.LeftOffice != "") && men.Time.Date != nil && bs.f.Dates[*men.Time.Date].YearInferred {
				// "Carney, who became prime minister in January,": a
				// year not written is no day to check a start against;
				// the title is judged over that month instead.
				men.TookOffice, men.Chosen, men.LeftOffice = false, false, ""
			}
			if men.Claim == "then" && lt.qual >= 0 && bs.ordinalAt(lt.qual) {
				// "Joe Biden, the 46th president" names a place in the
				// office's history, whenever the sentence speaks of.
				men.Time = MentionTime{Basis: "history"}
			}
			if lt.since != nil && lt.tense == copPresent && men.Claim == "current" {
				men.Since = lt.since
			}
			if men.Claim == "then" && men.LeftOffice == "" && lt.form != formTitle && bs.termEndsAt(men, from, lt.m.to) {
				// "Olaf Scholz was chancellor until May 2024", "…, canciller
				// hasta mayo de 2024,", "war bis Mai 2024 Kanzler": the
				// day the term ended.
				men.LeftOffice = "left"
			}
		}
		men.Quoted = bs.quoted(bs.toks[from].start, bs.toks[to-1].end)
		if titled && men.Time.Basis == "article" && men.Time.Reason == "" && bs.looksAhead(to) {
			men.Time.Reason = "ahead"
		} else if titled && men.Acts && men.Time.Basis == "article" && men.Time.Reason == "" && men.Time.Text == "" && bs.doesNow(to) {
			men.Time.Reason = "acts"
		}
		men.Lang = bs.lang
		whole := false
		if titled && men.Role != "" && men.Claim == "current" {
			if lt.sinceDur != nil && lt.tense != copPast {
				// "Scholz ist seit drei Jahren Kanzler"
				mi := len(bs.f.Mentions)
				bs.f.Durations[*lt.sinceDur].Mention = &mi
			} else if di, ok := bs.inOfficeFor(to); ok {
				mi := len(bs.f.Mentions)
				bs.f.Durations[di].Mention = &mi
			} else if lt.position == "after" && !bs.ledInSeveralOffices(lt, men) {
				// "Sunak has been prime minister for three years": up to
				// now, not a term told whole.
				whole = bs.tenure(st, &men, to, durs, len(bs.f.Mentions)) && lt.tense != copPresent
			} else if m, ok := bs.inOfficeSinceAfterComma(to); ok {
				// "Prime Minister X, in office since 2021, said"
				bs.heldSince(st, &men, m)
			} else if di, ok := bs.tookOfficeClause(to, men.Role); ok {
				// "Prime Minister X, who took office in July 2024, said":
				// the day the term began, which the text states.
				men.Since = &di
			} else if di, ok := bs.openingTenure(lt.m.from, durs); ok {
				mi := len(bs.f.Mentions)
				bs.f.Durations[di].Mention = &mi
			}
		}
		if titled && lt.form == formOwner && (men.Claim == "current" || men.Claim == "then") && !bs.ledBy(m.from) &&
			bs.g.fromThere(person, men.Role, men.Time, bs.countryOwner(lt.m.from, m.from, men.Role)) {
			// "Norway's Jens Stoltenberg took office in October 2014":
			// where he comes from, not an office he held then.
			men.Claim = "none"
		}
		if titled && men.Claim == "then" && men.Role != "" && (men.Time.Basis == "article" || men.Time.Basis == "history") {
			// "Trump's defense secretary, Lloyd Austin": the title of the
			// boss's time, judged over the boss's terms.
			if t, ok := bs.bossTime(st, person, men.Role, lt); ok {
				men.Time = t
			}
		}
		men.Held = bs.held(person, men.Role, men.Time)
		if whole && men.Held != nil && !*men.Held {
			// "Tony Blair, prime minister for ten years, said on
			// Monday": a term told whole, which had ended.
			men.Time, men.Held = MentionTime{Basis: "history"}, nil
		}
		bs.clauseTime(st, &men, person)
		if titled && lt.form == formCounterpart && men.Held != nil && !*men.Held && !leftOffice(person, men.Time) {
			// A counterpart holds some office at the time told, which may
			// be one the base does not hold (a minister's, a central
			// banker's): only someone out of every office by then is
			// named with one no longer held.
			men.Claim = "none"
		}
		if titled && lt.thenElect != "" && men.Claim == "then" && men.Time.Basis == "sentence" {
			// "In December 2024, then President-elect Trump": elect on
			// that date.
			men.Claim = lt.thenElect
		}
		bs.f.Mentions = append(bs.f.Mentions, men)
		if !men.Possessive {
			bs.deathAfter(m, person)
		}
		bs.deathOf(m, from, person, men.Possessive)
	}
}

// ledBy: a joining word of a form ("led by", "under") ends right before
// word k, which claims the office outright, where a possessive may only
// say where someone comes from.
func (bs *blockScan) ledBy(k int) bool {
	_, _, ok := bs.claimWordEnding(k, cwFormJoin)
	return ok
}

// subjectPronouns are, by language, the pronouns that may open a
// sentence about the person the sentences before are about ("He is
// currently the prime minister", "Elle est l'actuelle Première
// ministre", "Er ist derzeit Bundeskanzler").
var subjectPronouns = map[string]map[string]bool{
	"en": {"he": true, "she": true},
	"fr": {"il": true, "elle": true},
	"de": {"er": true, "sie": true},
	"es": {"él": true, "ella": true},
}

// pronouns finds the subject pronouns that open a sentence, or follow an
// opening word and its comma ("Currently, he is …"), as matches with no
// phrase; people judges them.
func (bs *blockScan) pronouns() []match {
	lang := bs.claimLang()
	subj := subjectPronouns[lang]
	var out []match
	for k, t := range bs.toks {
		if !subj[t.key] || k+1 >= len(bs.toks) {
			continue
		}
		opens := bs.sentFirst[k] || k > 0 && bs.sentFirst[k-1] && strings.TrimSpace(bs.gap(k)) == "," && bs.sent[k-1] == bs.sent[k]
		// German puts the copula before its subject when something else
		// comes first: "Seit 2021 ist er Bundeskanzler".
		v2 := lang == "de" && k > 1 && !bs.sentFirst[k-1] && bs.sent[k-1] == bs.sent[k]
		if v2 {
			_, _, v2 = bs.claimWordEnding(k, cwPresent)
		}
		if opens || v2 {
			out = append(out, match{from: k, to: k + 1})
		}
	}
	if lang == "es" {
		// Spanish drops the pronoun: "Es el actual presidente del
		// Gobierno" opens with its copula, which stands for the subject.
		for k := range bs.toks {
			if bs.sentFirst[k] && bs.droppedSubject(k) {
				out = append(out, match{from: k, to: k + 1})
			}
		}
	}
	return out
}

// clefts open the relative clause of a Spanish cleft ("Es el canciller
// quien decide").
var clefts = map[string]bool{"quien": true, "quienes": true, "que": true}

// droppedSubject: the sentence at word k opens with a copula and no
// subject ("Es el actual presidente …", "Sigue siendo canciller").
func (bs *blockScan) droppedSubject(k int) bool {
	_, _, ok := bs.claimWordAt(k, cwPresent, cwPast)
	return ok && bs.toks[k].upper && bs.claimLang() == "es"
}

// antecedent is the person a subject pronoun at word k stands for: the
// one named as the subject of the last sentence before it that names
// anyone, in this block or the one before, when that sentence names no
// one else and every sentence between opens with a subject pronoun ("X
// is a Japanese politician. He served as … He is currently …"). Nil
// when that is not clear.
func (bs *blockScan) antecedent(k int) *kb.Person {
	pk := bs.sent[k]
	var found *Mention
	for i := len(bs.f.Mentions) - 1; i >= 0; i-- {
		m := &bs.f.Mentions[i]
		if m.Block < bs.bi-1 || m.Sentence < 0 {
			break
		}
		if m.Kind != "person" || m.Person == "" || m.Sentence >= pk {
			continue
		}
		if found != nil && m.Sentence != found.Sentence {
			break
		}
		if found != nil && m.Person != found.Person {
			return nil // two people in that sentence
		}
		found = m
	}
	if found == nil || found.Possessive || found.Form == formPronoun || found.Sentence >= len(bs.f.Sentences) {
		return nil
	}
	if sent := &bs.f.Sentences[found.Sentence]; found.Span.Offset != sent.Span.Offset {
		// The subject opens its sentence, perhaps after an honorific
		// ("Mr Sunak is …").
		n := found.Span.Offset - sent.Span.Offset
		if n <= 0 || n > len(sent.Text) || !bs.g.honorifics[strings.ToLower(strings.TrimSuffix(strings.TrimSpace(sent.Text[:n]), "."))] {
			return nil
		}
	}
	if bs.g.kb == nil {
		return nil
	}
	for j := found.Sentence + 1; j < pk && j < len(bs.f.Sentences); j++ {
		first, _, _ := strings.Cut(strings.TrimLeftFunc(bs.f.Sentences[j].Text, func(r rune) bool { return !isWordRune(r) }), " ")
		if !subjectPronouns[bs.claimLang()][strings.ToLower(first)] {
			return nil
		}
	}
	return bs.g.kb.Person(found.Person)
}

// clauseTime judges a title that its own relative clause dates ("President
// X, who announced his run in 2016, spoke on Monday"; "Pope Francis, who
// died in April, ...") as of either time: the clause's, or the article's.
// A writer names a person by the office held when writing as readily as by
// the one held at the time the clause tells of, so the title is wrong only
// when it is wrong at both; at the clause's time it is judged when it
// holds then, else at the article's.
func (bs *blockScan) clauseTime(st *mentionState, men *Mention, person *kb.Person) {
	if !men.Time.own || men.Held == nil || *men.Held || st.refStart == "" || men.ClaimForm == formRelative {
		// "X, who was prime minister between 2010 and 2016": the clause
		// is the claim, of its own time only.
		return
	}
	at := MentionTime{Basis: "article", Start: st.refStart, End: st.refEnd}
	if h := bs.held(person, men.Role, at); h != nil && *h {
		men.Time, men.Held = at, h
	}
}

// tenure ties what follows a holder's title to the mention: a duration
// ("X, who has been prime minister for two years", "X, chancellor for the
// past three months") or the date the term began ("X, prime minister
// since July 2024"). mention is the index men will have. It reports
// whether the duration tells the term whole ("X, prime minister for ten
// years", "presidente durante ocho años"), not up to now ("for the past
// three months").
func (bs *blockScan) tenure(st *mentionState, men *Mention, to int, durs []int, mention int) bool {
	k := to
	if k >= len(bs.toks) || bs.sent[k] != bs.sent[to-1] {
		return false
	}
	if m, ok := bs.inOfficeSince(k); ok {
		// "Macron, président depuis huit ans", "Sánchez, presidente
		// desde hace siete años".
		if di, _, ok := bs.sinceDuration(k); ok {
			bs.f.Durations[di].Mention = &mention
			return false
		}
		bs.heldSince(st, men, m)
		return false
	}
	if !tenureWords[bs.toks[k].key] {
		return false
	}
	k++
	whole := true
	if k+1 < len(bs.toks) && bs.toks[k].key == "the" && (bs.toks[k+1].key == "past" || bs.toks[k+1].key == "last") {
		k, whole = k+2, false
	}
	about := k
	if k < len(bs.toks) && aboutWords[bs.toks[k].key] {
		k++ // "durante casi ocho años"
	}
	if k >= len(bs.toks) {
		return false
	}
	for _, di := range durs {
		d := &bs.f.Durations[di]
		// English reads "nearly a decade" as one length of time.
		if (d.at == bs.toks[k].start || d.at == bs.toks[about].start) && d.Form == "span" && d.Anchor == "" && d.Noun == "" {
			d.Mention = &mention
			return whole
		}
	}
	return false
}

// heldSince ties the date right after since phrase m to the mention:
// held since then, up to the time of writing, whatever other dates the
// sentence gives.
func (bs *blockScan) heldSince(st *mentionState, men *Mention, m match) {
	k := m.to
	if k+1 < len(bs.toks) && bs.isArticle(k) && isBlank(bs.gap(k+1)) {
		k++ // "depuis le 6 mai 2024", "desde el 6 de mayo de 2024"
	}
	if k >= len(bs.toks) {
		return
	}
	for _, di := range bs.dates {
		if d := &bs.f.Dates[di]; d.at == bs.toks[k].start && d.Start != "" && d.Precision != "weekday" {
			idx := di
			men.Since = &idx
			// "Johnson, prime minister since 2019, resigned in July 2022":
			// held from then up to the time the sentence tells of, not
			// up to the time of writing. A date before the term began
			// tells of something else ("took office in 2010 as …").
			tense := bs.f.Sentences[bs.sent[k]].Tense
			told := men.Time.Date != nil && *men.Time.Date != di && bs.f.Dates[*men.Time.Date].End >= d.Start && slices.Contains(tense, tensePast) && !slices.Contains(tense, tensePresent)
			if men.Time.Basis == "sentence" && !told {
				men.Time = MentionTime{Basis: "article", Start: st.refStart, End: st.refEnd, Reason: "present"}
			}
			return
		}
	}
}

// inOfficeSince is the "since" phrase at word k, alone ("X, prime
// minister since 2021"), after being in office ("X, in power since 2021",
// "X, au pouvoir depuis 2017") or ending a phrase of taking office ("X, in
// office since 2021", "X, im Amt seit 2021"): what follows it is when the
// term began.
func (bs *blockScan) inOfficeSince(k int) (match, bool) {
	if m, _, ok := bs.claimWordAt(k, cwInOffice); ok && m.to < len(bs.toks) && bs.joined(m.to) {
		if _, _, ok := bs.claimWordAt(m.to, cwSince); ok {
			k = m.to
		}
	}
	m, class, ok := bs.claimWordAt(k, cwSince, cwTermStart)
	if ok && class == cwTermStart && !bs.g.since[bs.toks[m.to-1].key] {
		return match{}, false
	}
	return m, ok
}

// inOfficeSinceAfterComma is inOfficeSince after a comma at word k, of
// being in office or taking it, not a bare "since": "President X, since
// 2021, has" may tell when something else began.
func (bs *blockScan) inOfficeSinceAfterComma(k int) (match, bool) {
	if k >= len(bs.toks) || bs.sent[k] != bs.sent[k-1] || strings.TrimSpace(bs.nameGap(k)) != "," {
		return match{}, false
	}
	if _, _, ok := bs.claimWordAt(k, cwSince); ok {
		return match{}, false
	}
	return bs.inOfficeSince(k)
}

// tookOfficeClause finds the date in ", who took office in July 2024"
// right after a titled name ending before word k: the relative word, a
// phrase of taking office (startPhrases: not an election or an
// appointment, which come before it), or one of becoming and a title of
// the mention's office role (", who became chancellor in May 2025,"),
// and, a preposition perhaps between, the date.
func (bs *blockScan) tookOfficeClause(k int, role string) (int, bool) {
	if k+2 >= len(bs.toks) || bs.sent[k] != bs.sent[k-1] || strings.TrimSpace(bs.nameGap(k)) != "," {
		return 0, false
	}
	if _, _, ok := bs.claimWordAt(k, cwClauseOpener); !ok {
		return 0, false
	}
	for j := k + 1; j <= k+2 && j < len(bs.toks); j++ {
		m, c, ok := bs.claimWordAt(j, cwTermStart, cwTookOffice)
		if !ok {
			continue
		}
		if startPhrases[m.p.text] {
			return bs.dateAfter(m.to)
		}
		// ", who became chancellor in May 2025,": the same office named
		// again, then the date.
		if t := bs.titleAt(m.to); c == cwTookOffice && t != nil && t.p.title != nil && bs.namesRole(t.p.title, role) {
			return bs.dateAfter(t.to)
		}
		return 0, false
	}
	return 0, false
}

// namesRole: title t names the office with id role.
func (bs *blockScan) namesRole(t *titleRef, role string) bool {
	r := bs.g.kb.Role(role)
	return r != nil && (t.label == r || containsRole(t.short, r))
}

// dateAfter finds a dated day, month or year starting at word k or the
// word after it, in k's sentence ("in July 2024", "on 5 May").
func (bs *blockScan) dateAfter(k int) (int, bool) {
	for e := k; e <= k+1 && e < len(bs.toks) && bs.sent[e] == bs.sent[k]; e++ {
		for _, di := range bs.dates {
			if d := &bs.f.Dates[di]; d.at == bs.toks[e].start && d.Start != "" && d.Precision != "weekday" {
				return di, true
			}
		}
	}
	return 0, false
}

// startPhrases are the term_start and took_office claim words that tell
// the day a term began, not an election or an appointment before it.
var startPhrases = map[string]bool{
	"took office": true, "assumed office": true, "sworn in": true, "was sworn in": true, "was inaugurated": true,
	"entered office": true, "took the helm": true,
	"a pris ses fonctions": true, "est entré en fonction": true, "est entrée en fonction": true,
	"asumió el cargo": true, "tomó posesión": true, "juró el cargo": true,
}

// tenureWords say how long a term lasted: "for", "pendant", "durante".
// aboutWords may stand before the length: "durante casi ocho años".
var (
	tenureWords = map[string]bool{"for": true, "pendant": true, "durante": true}
	aboutWords  = map[string]bool{"almost": true, "nearly": true, "about": true, "over": true, "presque": true, "près": true, "casi": true, "cerca": true, "más": true}
)

// durationAt is the length of time starting at word k that may state a
// time in office ("drei Jahren", "huit ans"; not "three years since"),
// with the word after it.
func (bs *blockScan) durationAt(k int) (int, int, bool) {
	if k <= 0 || k >= len(bs.toks) || !bs.joined(k) {
		return 0, 0, false
	}
	for _, di := range bs.durs {
		d := &bs.f.Durations[di]
		if d.at != bs.toks[k].start || d.Form != "span" || d.Anchor != "" || d.Noun != "" || d.Qualifier == "ordinal" || d.Mention != nil {
			continue
		}
		for e := k; e < len(bs.toks) && bs.sent[e] == bs.sent[k]; e++ {
			if bs.toks[e].end == d.end {
				return di, e + 1, true
			}
		}
	}
	return 0, 0, false
}

// sinceDuration: a "since" word and a length of time at word k: "depuis
// huit ans", "seit drei Jahren", "desde hace siete años". It returns the
// duration's index and the word after it.
func (bs *blockScan) sinceDuration(k int) (int, int, bool) {
	m, _, ok := bs.claimWordAt(k, cwSince)
	if !ok {
		return 0, 0, false
	}
	return bs.durationAt(m.to)
}

// inOfficeFor finds, right after a titled mention ending before word k,
// the time the holder has been in office: after a comma or a present
// copula, a since word and a length of time with a phrase of being in
// office on either side ("Le président X, depuis trois ans au pouvoir",
// "Kanzler X ist seit zwei Jahren im Amt", "X, au pouvoir depuis huit
// ans"), or a verb of lasting ("Sánchez lleva dos años en el cargo"). It
// returns the duration's index.
func (bs *blockScan) inOfficeFor(k int) (int, bool) {
	if k >= len(bs.toks) || bs.sent[k] != bs.sent[k-1] {
		return 0, false
	}
	switch g := bs.nameGap(k); {
	case strings.TrimSpace(g) == ",":
		// A relative clause may say it: ", qui est au pouvoir depuis
		// dix ans", ", der seit drei Jahren im Amt ist", ", que lleva dos
		// años en el cargo", ", who has been in office for three years".
		if m, _, ok := bs.claimWordAt(k, cwClauseOpener); ok && m.to < len(bs.toks) && bs.joined(m.to) {
			k = m.to
			if m, _, ok := bs.claimWordAt(k, cwLasts); ok {
				di, end, ok := bs.durationAt(m.to)
				if !ok || !bs.inOfficeAt(end) {
					return 0, false
				}
				return di, true
			}
			if m, _, ok := bs.claimWordAt(k, cwPresent, cwTermStart); ok && m.to < len(bs.toks) && bs.joined(m.to) {
				k = m.to
			}
		}
		if di, ok := bs.officeFor(k); ok {
			return di, true
		}
	case gapClass(g) == gapSpace:
		if m, _, ok := bs.claimWordAt(k, cwLasts); ok {
			// "lleva dos años en el cargo"
			di, end, ok := bs.durationAt(m.to)
			if !ok || !bs.inOfficeAt(end) {
				return 0, false
			}
			return di, true
		}
		m, _, ok := bs.claimWordAt(k, cwPresent)
		if !ok || m.to-m.from != 1 && !bs.g.since[bs.toks[m.to-1].key] {
			return 0, false
		}
		k = m.to
		if bs.g.since[bs.toks[k-1].key] {
			// "ist seit" is a copula of its own: "ist seit zwei Jahren
			// im Amt".
			di, end, ok := bs.durationAt(k)
			if !ok || !bs.inOfficeAt(end) {
				return 0, false
			}
			return di, true
		}
		if !bs.joined(k) {
			return 0, false
		}
	default:
		return 0, false
	}
	if di, end, ok := bs.sinceDuration(k); ok && bs.inOfficeAt(end) {
		return di, true
	}
	if m, _, ok := bs.claimWordAt(k, cwInOffice); ok && m.to < len(bs.toks) && bs.joined(m.to) {
		if di, _, ok := bs.sinceDuration(m.to); ok {
			return di, true
		}
	}
	return 0, false
}

// inOfficeAt: a phrase of being in office ("au pouvoir", "im Amt") at word
// k, in the same clause.
// openingTenure finds the time in office with which a sentence opens,
// before its subject's title at word start: "Two years into his
// premiership, Prime Minister X", "Three years after taking office,
// Chancellor X", "After five years in office, President X". It returns
// the duration's index.
func (bs *blockScan) openingTenure(start int, durs []int) (int, bool) {
	p := start
	if p > 0 && bs.toks[p-1].key == "the" && bs.sent[p-1] == bs.sent[start] {
		p--
	}
	if p == 0 || strings.TrimSpace(bs.gap(p)) != "," {
		return 0, false
	}
	sent, first := bs.sent[start], p-1
	for first > 0 && bs.sent[first-1] == sent {
		first--
	}
	// Told in the past, the sentence narrates a moment then ("Two years
	// into his presidency, Obama signed the law").
	if tense := bs.f.Sentences[sent].Tense; slices.Contains(tense, tensePast) && !slices.Contains(tense, tensePresent) {
		return 0, false
	}
	for _, di := range durs {
		d := &bs.f.Durations[di]
		if d.Sentence != sent || d.Mention != nil || d.Event != "" || d.Form != "span" {
			continue
		}
		at := bs.tokenAt(d.at)
		e := at
		for e < p && bs.toks[e].end <= d.end {
			e++
		}
		after := at == first+1 && bs.toks[first].key == "after"
		if at != first && !after {
			continue
		}
		switch {
		case d.Anchor == "into":
			// "into his premiership"
			if own, _, ok := bs.claimWordAt(e, cwHistOwner); ok {
				if span, _, ok := bs.claimWordAt(own.to, cwHistSpan); ok && span.to == p {
					return di, true
				}
			}
		case d.Anchor == "after" && d.Noun == "taking":
			// "after taking office"
			if e+2 == p && bs.toks[e].key == "taking" && bs.toks[e+1].key == "office" {
				return di, true
			}
		case after && d.Anchor == "":
			// "After five years in office" ("years in" is a history span
			// of its own, so the words are read here).
			if e+2 == p && bs.toks[e].key == "in" && officeEnds[bs.toks[e+1].key] {
				return di, true
			}
		}
	}
	return 0, false
}

// officeFor reads the English "in office for three years" at word k, or
// "for three years" after a phrase that ends in being in office ("has
// been in office"); it returns the duration's index.
func (bs *blockScan) officeFor(k int) (int, bool) {
	if m, _, ok := bs.claimWordAt(k, cwInOffice); ok {
		k = m.to
	} else if k == 0 || !officeEnds[bs.toks[k-1].key] {
		return 0, false
	}
	if k >= len(bs.toks) || bs.toks[k].key != "for" || !bs.joined(k) {
		return 0, false
	}
	di, _, ok := bs.durationAt(k + 1)
	return di, ok
}

// officeEnds are the last words of a phrase of being in office.
var officeEnds = map[string]bool{"office": true, "power": true}

func (bs *blockScan) inOfficeAt(k int) bool {
	if k >= len(bs.toks) || !bs.joined(k) {
		return false
	}
	_, _, ok := bs.claimWordAt(k, cwInOffice)
	return ok
}

// qualifier describes the qualifier tokens [from, to), with an attached
// hyphen: "Ex-", "then-" before a title, "-elect" after one (after). A
// hyphen on the far side belongs to something else ("2024-former").
// qualifierEnd is where a qualifier ending at word to ends in the text,
// with an abbreviation's full stop ("a. D.").
func (bs *blockScan) qualifierEnd(to int) int {
	b := bs.toks[to-1].end
	if b < len(bs.text) && bs.text[b] == '.' && b-bs.toks[to-1].start == 1 {
		b++
	}
	return b
}

func (bs *blockScan) qualifier(from, to int, after bool) *Qualifier {
	a, b := bs.toks[from].start, bs.qualifierEnd(to)
	word := strings.ToLower(bs.text[a:b])
	if !after && b < len(bs.text) && bs.text[b] == '-' {
		b++
	} else if after && a > 0 && bs.text[a-1] == '-' {
		a--
	}
	return &Qualifier{Text: bs.text[a:b], Word: word, Span: bs.doc.TextSpan(bs.dt, a, b)}
}

var yes, no = true, false

// held looks up whether person held role on some day of t.
func (bs *blockScan) held(p *kb.Person, role string, t MentionTime) *bool {
	if role == "" || t.Start == "" {
		return nil
	}
	for _, term := range p.Terms {
		if term.Role == role && term.Start <= t.End && (term.End == "" || t.Start < term.End) {
			return &yes
		}
	}
	return &no
}

// leftOffice: every term of p begun by the end of time t had ended before
// t began (one begun later is no office held then: Baerbock presided over
// the UN General Assembly from September 2025, after she left Germany's
// foreign ministry in May).
func leftOffice(p *kb.Person, t MentionTime) bool {
	if t.Start == "" || len(p.Terms) == 0 {
		return false
	}
	begun := false
	for _, term := range p.Terms {
		if t.End != "" && term.Start > t.End {
			continue
		}
		if term.End == "" || term.End >= t.Start {
			return false
		}
		begun = true
	}
	return begun // none begun yet: an office the base does not hold, perhaps
}

// nameOverForm drops an adjectival form whose surname opens a longer name:
// in "le chef du gouvernement Michel Barnier", "gouvernement Michel" is
// not Charles Michel's government but the title before Michel Barnier.
// It also drops one whose name has an office's title before it: in
// "Prime Minister Rishi Sunak's government said", the title names Sunak
// prime minister at the time of writing, as "Prime Minister Rishi Sunak
// said" does, whatever the government did then; the titled name is the
// mention.
func (bs *blockScan) nameOverForm() {
	forms := bs.ms[kAdjectival][:0]
	for _, a := range bs.ms[kAdjectival] {
		over := false
		name := [2]int{a.from + a.p.adj.name[0], a.from + a.p.adj.name[1]}
		for _, n := range bs.ms[kName] {
			if a.p.adj.name[0] > 0 && n.from >= name[0] && n.from < a.to && n.to > a.to {
				over = true
			} else if a.p.adj.name[0] == 0 && n.to == name[1] && n.from <= name[0] {
				_, over = bs.titleBefore(n.from)
			}
			if over {
				break
			}
		}
		if !over {
			forms = append(forms, a)
		}
	}
	bs.ms[kAdjectival] = forms
}

func (bs *blockScan) inAdjectival(m match) bool {
	for _, a := range bs.ms[kAdjectival] {
		if m.from < a.to && a.from < m.to {
			return true
		}
	}
	return false
}

// resolvePerson picks who a name means. Full names and unambiguous aliases
// mean one person; an ambiguous alias or a bare surname means someone only
// when the title next to it is an office one of them held, or when one of
// them was named in full or with a title earlier in the article.
func (bs *blockScan) resolvePerson(st *mentionState, m match, lt linkedTitle, titled bool) (*kb.Person, string) {
	var maybe []nameRef
	for _, r := range m.p.names {
		if r.form == formFull || r.form == formAlias || r.form == formNickname {
			return r.person, r.form
		}
		maybe = append(maybe, r)
	}
	// A day's or month's name after a title in lower case is the day:
	// "elected him as prime minister Friday", not Godwin Friday.
	if titled && !(m.to-m.from == 1 && calendarWords[bs.toks[m.from].key] && !bs.toks[lt.m.from].upper) {
		var held []nameRef
		for _, r := range maybe {
			if bs.resolveRole(r.person, lt.m.p.title, st) != nil {
				held = append(held, r)
			}
		}
		if len(held) == 1 {
			return held[0].person, held[0].form
		}
		if len(held) > 1 {
			if r, ok := bs.holderThen(st, m, lt, held, !namedInFull(st, maybe)); ok {
				return r.person, r.form
			}
		}
	}
	var best nameRef
	bestN := 0
	for _, r := range maybe {
		if n := st.seen[r.person]; n > bestN {
			best, bestN = r, n
		}
	}
	if bestN == 0 {
		return nil, ""
	}
	return best.person, best.form
}

// namedInFull: the page has already named one of refs in full (or with
// a title).
func namedInFull(st *mentionState, refs []nameRef) bool {
	for _, r := range refs {
		if st.seen[r.person] > 0 {
			return true
		}
	}
	return false
}

// holderThen picks, among holders of the title's office who share a name
// ("Prime Minister Trudeau": Pierre and Justin), the one the time of the
// sentence points to: in office then, else the last to have taken the
// office by then. The article's own date counts only when the page has
// named none of them in full (orArticle); a sentence that looks back
// without a date cannot tell.
func (bs *blockScan) holderThen(st *mentionState, m match, lt linkedTitle, held []nameRef, orArticle bool) (nameRef, bool) {
	t := bs.timeOf(st, m.from, m.to, nil)
	day := t.End
	if t.Basis == "history" || day == "" || t.Basis == "article" && !orArticle {
		return nameRef{}, false
	}
	var best nameRef
	bestStart, found := "", false
	for _, r := range held {
		role := bs.resolveRole(r.person, lt.m.p.title, st)
		for _, term := range r.person.Terms {
			if term.Role != role.ID || term.Start > day {
				continue
			}
			if term.Covers(day) {
				return r, true
			}
			if term.Start > bestStart {
				best, bestStart, found = r, term.Start, true
			}
		}
	}
	return best, found
}

// resolveRole picks the office a title gives a person: an office named by
// the title that the person held; when several, the one held at the
// article's date, else the latest. nil when the person held none of them.
func (bs *blockScan) resolveRole(p *kb.Person, t *titleRef, st *mentionState) *kb.Role {
	var best *kb.Role
	bestStart := ""
	for _, term := range p.Terms {
		r := bs.g.kb.Role(term.Role)
		if r == nil || r != t.label && !containsRole(t.short, r) {
			continue
		}
		if st.refEnd != "" && term.Covers(st.refEnd) {
			return r
		}
		if best == nil || term.Start > bestStart {
			best, bestStart = r, term.Start
		}
	}
	return best
}

// foreignMinistry is the foreign ministry of jurisdiction j that p held,
// if any.
func foreignMinistry(base *kb.Base, p *kb.Person, j string) *kb.Role {
	for _, term := range p.Terms {
		if r := base.Role(term.Role); r != nil && r.Jurisdiction == j && strings.HasSuffix(r.ID, "-foreign-minister") {
			return r
		}
	}
	return nil
}

func containsRole(rs []*kb.Role, r *kb.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// adjectival turns "the Biden administration" into mentions.
func (bs *blockScan) adjectival(st *mentionState, durs []int) {
	for _, m := range bs.ms[kAdjectival] {
		a := m.p.adj
		if a.lang != "" && a.lang != bs.lang {
			continue
		}
		qf, qt, claim := bs.qualifierBefore(m.from)
		if claim == "current" && (bs.modifiesThing(m.to) || bs.formOfThePast(m.from) || bs.germanPerfectClause(m.from, m.to)) {
			claim = "then"
		}
		men := Mention{Kind: "adjectival", Block: bs.bi, Sentence: bs.sent[m.from], Role: a.role.ID, Form: formSurname, Claim: claim,
			Name: bs.phrase(m.from+a.name[0], m.from+a.name[1])}
		tFrom, tTo := m.from+a.name[1], m.to
		if a.name[0] > 0 {
			tFrom, tTo = m.from, m.from+a.name[0]
		} else if tFrom+1 < tTo && bs.toks[tFrom].key == "s" && strings.Trim(bs.gap(tFrom), "'’") == "" {
			tFrom++ // "Biden's administration": the title is "administration"
		} else if tFrom+1 < tTo && bs.toks[tFrom].key == "led" && gapClass(bs.gap(tFrom)) == gapHyphen {
			tFrom++ // "the Scholz-led government": the title is "government"
		}
		if tFrom < tTo {
			tp := bs.phrase(tFrom, tTo)
			pos := "after"
			if a.name[0] > 0 {
				pos = "before" // "l'administration Biden"
			}
			men.Title = &OfficeTitle{Text: tp.Text, Span: tp.Span, Kind: "adjectival", Position: pos}
		}
		from := m.from
		first, last := men.Name.Span, men.Name.Span
		if men.Title != nil {
			if a.name[0] > 0 {
				first = men.Title.Span
			} else {
				last = men.Title.Span
			}
		}
		if qf >= 0 {
			men.Qualifier = bs.qualifier(qf, qt, false)
			from = qf
			first = men.Qualifier.Span
		}
		men.Span = join(first, last)
		men.Text = bs.text[bs.toks[from].start:bs.toks[m.to-1].end]
		men.Time = bs.timeOf(st, from, m.to, durs)
		if men.Time.Basis == "article" && (men.Time.Text == "" || bs.presentCueText(men.Time.Text)) {
			// A present cue ("still", "for now") may speak of what the
			// deed left: "tariffs imposed by the Biden administration
			// are still in place".
			if a, b, ok := bs.didInThePast(from, m.to); ok {
				// "the Biden administration mostly sat on the rates",
				// "tariffs that were put in place by the Trump
				// administration": what it did then, whatever else the
				// sentence says of now.
				sp := bs.textSpan(bs.toks[a].start, bs.toks[b-1].end)
				men.Time = MentionTime{Basis: "history", Text: bs.text[bs.toks[a].start:bs.toks[b-1].end], Span: &sp}
			}
		}
		if men.Time.Basis == "article" && men.Time.Reason == "" && (bs.willAt(m.from, m.to) || bs.germanWillAt(m.to)) && !futureOfBeing[bs.toks[m.to].key] {
			// "The Biden administration will approve new tariffs",
			// "L'administration Biden va imposer …": what it will do.
			men.Time.Reason = "ahead"
		}
		// Holders sharing a surname: the one in office at the time spoken
		// of, else the latest.
		pick, pickStart := a.people[0], ""
		for _, p := range a.people {
			for _, t := range p.Terms {
				if t.Role != a.role.ID {
					continue
				}
				if men.Time.End != "" && t.Start <= men.Time.End && (t.End == "" || t.End > men.Time.Start) {
					pick, pickStart = p, "9999"
				} else if t.Start > pickStart {
					pick, pickStart = p, t.Start
				}
			}
			if len(a.people) > 1 {
				men.Candidates = append(men.Candidates, p.ID)
			}
		}
		men.Person = pick.ID
		for _, p := range a.people {
			if h := bs.held(p, a.role.ID, men.Time); h != nil {
				men.Held = h
				if *h {
					break
				}
			}
		}
		bs.f.Mentions = append(bs.f.Mentions, men)
	}
}

// formOfThePast: the words before an adjectival form starting at word k
// (an article between) set it in its own time: a comparison, a legacy or
// past service ("unlike the Biden administration", "a holdover from the
// Biden administration", "who served in the Obama administration"; claim
// words form_past), not what it does now.
func (bs *blockScan) formOfThePast(k int) bool {
	if k > 0 && bs.isArticle(k-1) && bs.sent[k-1] == bs.sent[k] {
		k--
	}
	m, _, ok := bs.claimWordEnding(k, cwFormPast)
	return ok && bs.sent[m.from] == bs.sent[k]
}

// timeAfterName: the mention's time is the article's, or is told after
// its name; not "In 2010, Merkel, who was chancellor, …".
func (bs *blockScan) timeAfterName(men Mention) bool {
	switch men.Time.Basis {
	case "history", "event":
		return false
	}
	return men.Time.Span == nil || men.Time.Span.Offset > men.Name.Span.Offset
}

// eventTime: a name inside a known event's label ("the death of Pope
// Francis", "McCarthy's removal as Speaker") speaks of the event's day.
func (bs *blockScan) eventTime(from, to int) (MentionTime, bool) {
	for _, m := range bs.ms[kEvent] {
		if m.from < to && from < m.to {
			a, b := bs.toks[m.from].start, bs.toks[m.to-1].end
			sp := bs.textSpan(a, b)
			return MentionTime{Basis: "event", Start: m.p.event.Date, End: m.p.event.Date, Text: bs.text[a:b], Span: &sp}, true
		}
	}
	return MentionTime{}, false
}

// modifiesThing: the adjectival form ending before word k owns a thing
// rather than acting itself — "the Trump administration's tariffs" — which
// may outlast it. Its people ("the Biden administration's officials")
// still speak for it.
func (bs *blockScan) modifiesThing(k int) bool {
	if k < len(bs.toks) && isBlank(bs.gap(k)) && madeThings[bs.toks[k].key] && !bs.toks[k].upper && (bs.lang == "" || bs.lang == "en") {
		return true // "a Biden administration rule"
	}
	if k >= len(bs.toks) || bs.toks[k].key != "s" || gapClass(bs.gap(k)) != gapApos {
		return false
	}
	k++
	// A quotation mark may open the thing: the Biden administration's
	// "whole-of-government" approach.
	if k >= len(bs.toks) || bs.toks[k].upper || strings.Trim(bs.gap(k), " \"“”'‘’") != "" || bs.gap(k) == "" || !isLetters(bs.toks[k].key) {
		return false
	}
	return !bs.g.agents[bs.toks[k].key]
}

// madeThings are nouns an administration's name may modify
// (words/made-things-en.txt).
var madeThings = wordFile("words/made-things-en.txt")

// eventNouns are the nouns an event's name may modify
// (words/date-grammar-en.txt).
var eventNouns = dateGrammar["event_nouns"]

func (bs *blockScan) events() {
	for _, m := range bs.ms[kEvent] {
		if k := m.to; k < len(bs.toks) && bs.joined(k) && !bs.toks[k].upper && eventNouns[bs.toks[k].key] {
			continue // "the Grenfell Tower fire inquiry": another thing
		}
		p := bs.phrase(m.from, m.to)
		bs.f.Events = append(bs.f.Events, EventMention{Event: m.p.event.ID, Text: p.Text, Span: p.Span, Block: bs.bi, Sentence: bs.sent[m.from]})
	}
}
