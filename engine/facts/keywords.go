package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/lexicon"
)

// Keyword is a phrase (one to four words) repeated in the article, with its
// density over the whole article and over its densest window.
type Keyword struct {
	Phrase string `json:"phrase"`
	Words  int    `json:"words"`
	Count  int    `json:"count"`
	// Density is Count per 100 words of the article (Yoast's keyphrase
	// density: good 0.5-2.5, way over above 3.5), over the Of words
	// counted: the text's words less fixture lines and labelled teasers.
	Density float64 `json:"density"`
	Of      int     `json:"of"`
	// First is the first occurrence.
	First Span `json:"first"`
	// InTitle: the headline contains the phrase; Headings counts the other
	// headings and the question lines (FAQ entries) that contain it.
	InTitle  bool `json:"in_title"`
	Headings int  `json:"headings"`
	// Window is the densest stretch of WindowWords words.
	Window KeywordWindow `json:"window"`
	// Declared: the phrase is the article's declared focus keyphrase or
	// one of its keywords (metadata keywords, focus_keyphrase, ...).
	Declared bool `json:"declared,omitempty"`
	// Proper: every occurrence is written with each word capitalised, as
	// a name is ("Chat Thing", never "chat thing").
	Proper bool `json:"proper"`
	// Office: the phrase is an office's title as the text names it beside
	// a person ("prime minister"), which a political story repeats as a
	// story repeats its country's name.
	Office bool `json:"office,omitempty"`
}

// markOffices sets Office on the keywords that are the title of a
// mention (once the mentions are found: keywords are counted alongside).
func markOffices(f *Facts) {
	if len(f.Keywords) == 0 || len(f.Mentions) == 0 {
		return
	}
	titles := map[string]bool{}
	for i := range f.Mentions {
		if t := f.Mentions[i].Title; t != nil {
			titles[strings.Join(strings.Fields(strings.ToLower(t.Text)), " ")] = true
		}
	}
	for i := range f.Keywords {
		f.Keywords[i].Office = titles[f.Keywords[i].Phrase]
	}
}

// KeywordLists holds the indices of the keywords with a feature rules
// look for, in the order of the list.
type KeywordLists struct {
	// Frequent are the keywords that occur at least frequentKeyword
	// times: most keywords of an article occur three or four times, and
	// no rule about repetition judges them.
	Frequent []int `json:"frequent"`
}

// frequentKeyword is how often a keyword of KeywordLists.Frequent occurs
// at least: the least count keyword-stuffing's options may ask for.
const frequentKeyword = 5

func listKeywords(kws []Keyword) KeywordLists {
	l := KeywordLists{Frequent: []int{}}
	for i := range kws {
		if kws[i].Count >= frequentKeyword {
			l.Frequent = append(l.Frequent, i)
		}
	}
	return l
}

// KeywordWindow is the densest window of a keyword.
type KeywordWindow struct {
	Words   int     `json:"words"`
	Count   int     `json:"count"`
	Density float64 `json:"density"`
	Span    Span    `json:"span"`
}

const (
	// WindowWords is the length of the sliding window keyword density is
	// measured over.
	WindowWords = 100
	// keywordMinCount is how often a phrase must occur to be listed.
	keywordMinCount = 3
	// maxKeywords caps the list (declared keyphrases come on top).
	maxKeywords = 15
	maxNgram    = 4
)

// declaredKeys are metadata keys that name an article's focus keyphrase or
// keywords.
var declaredKeys = []string{"focus_keyphrase", "focus_keyword", "keyphrase", "keyword", "keywords", "news_keywords", "tags"}

// articleWord is one word of the article in reading order, and where it
// is in its block's text: one for each word of a long page, so small.
type articleWord struct {
	id, block  int32
	start, end int32
}

type gram [maxNgram]int32

// keywordSkips marks the blocks of other stories' teasers under a label,
// whose words, with the credit line each repeats ("Reuters News
// Service"), are not the article's. (A list without a label may yet
// prove to be a roster of the article's own, once its people are known.)
// keywords adds a fixture's line, which names its teams and channels as a
// list does, not as prose stuffed with them.
func keywordSkips(f *Facts, n int) []bool {
	skip := make([]bool, n)
	for _, t := range f.Teasers {
		if t.Kind != "label" {
			continue
		}
		for i := t.FirstBlock; i <= t.LastBlock && i < len(skip); i++ {
			skip[i] = true
		}
	}
	return skip
}

// keywords counts phrases of one to four words that do not start or end
// with a stopword or a number, within blocks.
// skip marks the blocks not to count (keywordSkips).
func keywords(x *extraction, bw []blockWords, vocab *vocabulary, lang int, skip []bool) []Keyword {
	f := x.f
	total := 0
	for i := range bw {
		if skip[i] {
			continue
		}
		if i < len(f.Blocks) && fixtureLine(f.Blocks[i].Text) {
			skip[i] = true
			continue
		}
		total += len(bw[i].ids)
	}
	if total == 0 {
		return nil
	}
	unigram := make([]int32, len(vocab.words))
	words := make([]articleWord, 0, total)
	for i := range bw {
		if skip[i] {
			continue
		}
		for k, id := range bw[i].ids {
			unigram[id]++
			t := bw[i].at[k]
			words = append(words, articleWord{id: id, block: int32(i), start: t.start, end: t.end})
		}
	}
	names := vocab.words
	// edge reports a word that may start or end a phrase.
	edge := func(id int32) bool {
		return !vocab.isStop(id, lang) && !vocab.minor[id] && unigram[id] >= keywordMinCount
	}
	// Phrases are counted level by level (Apriori): an n-word phrase can
	// only occur three times if its first n-1 words do, so each level
	// extends only the positions whose shorter phrase was frequent.
	positions := map[gram][]int32{}
	type at struct {
		p int32
		g gram
	}
	n := 0
	for _, w := range words {
		if edge(w.id) {
			n++
		}
	}
	active := make([]at, 0, n)
	for p, w := range words {
		if edge(w.id) {
			g := gram{w.id, -1, -1, -1}
			active = append(active, at{int32(p), g})
			positions[g] = append(positions[g], int32(p))
		}
	}
	counts := make(map[gram]int32, len(active))
	for n := 2; n <= maxNgram && len(active) > 0; n++ {
		clear(counts)
		// Filtered in place: on a long page the positions run to millions.
		ext := active[:0]
		for _, a := range active {
			q := int(a.p) + n - 1
			if q >= total || words[q].block != words[a.p].block || unigram[words[q].id] < keywordMinCount {
				continue
			}
			a.g[n-1] = words[q].id
			counts[a.g]++
			ext = append(ext, a)
		}
		active = ext[:0]
		for _, a := range ext {
			if counts[a.g] < keywordMinCount {
				continue
			}
			active = append(active, a)
			if edge(a.g[n-1]) {
				positions[a.g] = append(positions[a.g], a.p)
			}
		}
	}
	type cand struct {
		g   gram
		n   int
		pos []int32
		// phrase is made when a tie in the sort needs it.
		phrase string
	}
	var cands []cand
	for g, pos := range positions {
		n := 0
		for n < maxNgram && g[n] >= 0 {
			n++
		}
		cands = append(cands, cand{g: g, n: n, pos: pos})
	}
	// A phrase that only ever occurs inside a longer listed phrase says
	// nothing the longer one does not.
	longer := map[gram]int{}
	for _, c := range cands {
		for cut := 1; cut < c.n; cut++ {
			var head, tail gram
			for k := range head {
				head[k], tail[k] = -1, -1
			}
			copy(head[:], c.g[:cut])
			copy(tail[:], c.g[c.n-cut:c.n])
			longer[head] = max(longer[head], len(c.pos))
			longer[tail] = max(longer[tail], len(c.pos))
		}
	}
	kept := cands[:0]
	for _, c := range cands {
		if longer[c.g] < len(c.pos) {
			kept = append(kept, c)
		}
	}
	phrase := func(c *cand) string {
		if c.phrase == "" {
			c.phrase = phraseOf(words, c.pos[0], c.n, names)
		}
		return c.phrase
	}
	sort.Slice(kept, func(i, j int) bool {
		if len(kept[i].pos) != len(kept[j].pos) {
			return len(kept[i].pos) > len(kept[j].pos)
		}
		if kept[i].n != kept[j].n {
			return kept[i].n > kept[j].n
		}
		return phrase(&kept[i]) < phrase(&kept[j])
	})
	// A form's field labels are no keyword: tested in order only until the
	// list is full, as a long page has tens of thousands of candidates.
	listed := kept[:0]
	for _, c := range kept {
		if len(listed) == maxKeywords {
			break
		}
		if !x.fieldLabel(words, c.pos, c.n) {
			listed = append(listed, c)
		}
	}
	kept = listed
	titleToks := titleTokens(f)
	out := make([]Keyword, 0, len(kept)+1)
	for _, c := range kept {
		seq := make([]string, c.n)
		for k := 0; k < c.n; k++ {
			seq[k] = names[c.g[k]]
		}
		out = append(out, x.keyword(bw, words, seq, c.pos, titleToks, total))
	}
	for _, phrase := range declaredPhrases(f) {
		seq := []string{}
		for _, t := range lexicon.Tokenize(phrase) {
			seq = append(seq, t.Norm)
		}
		if len(seq) == 0 {
			continue
		}
		done := false
		for k := range out {
			if strings.Join(seq, " ") == out[k].Phrase {
				out[k].Declared, done = true, true
			}
		}
		if done {
			continue
		}
		pos := findSeq(words, seq, names)
		if len(pos) == 0 {
			continue
		}
		kw := x.keyword(bw, words, seq, pos, titleToks, total)
		kw.Declared = true
		out = append(out, kw)
	}
	return out
}

// fieldLabel: a phrase that a colon follows at least half the times it
// occurs is the label of a field a list repeats ("Tipo de elección: …
// Fecha: …"), not a key phrase pushed on the reader.
func (x *extraction) fieldLabel(words []articleWord, pos []int32, n int) bool {
	colons := 0
	for _, p := range pos {
		w := words[int(p)+n-1]
		rest := strings.TrimLeft(x.f.Blocks[w.block].Text[w.end:], " \t")
		if strings.HasPrefix(rest, ":") {
			colons++
		}
	}
	return 2*colons >= len(pos)
}

func phraseOf(words []articleWord, p int32, n int, names []string) string {
	parts := make([]string, n)
	for k := 0; k < n; k++ {
		parts[k] = names[words[int(p)+k].id]
	}
	return strings.Join(parts, " ")
}

// findSeq returns where seq (folded words) starts in the article, within
// blocks.
func findSeq(words []articleWord, seq []string, names []string) []int32 {
	var out []int32
	for p := 0; p+len(seq) <= len(words); p++ {
		ok := true
		for k, s := range seq {
			w := words[p+k]
			if w.block != words[p].block || names[w.id] != s {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, int32(p))
		}
	}
	return out
}

func (x *extraction) keyword(bw []blockWords, words []articleWord, seq []string, pos []int32, titleToks []lexicon.Token, total int) Keyword {
	n := len(seq)
	kw := Keyword{Phrase: strings.Join(seq, " "), Words: n, Count: len(pos), Of: total,
		Density: round3(100 * float64(len(pos)) / float64(total))}
	kw.First = x.wordsSpan(words, int(pos[0]), int(pos[0])+n-1)
	kw.InTitle = hasSeq(titleToks, seq)
	kw.Proper = x.capitalised(words, pos, n)
	titleBlock := -1
	if x.f.Title != nil {
		titleBlock = x.f.Title.Block
	}
	for i := range x.f.Blocks {
		b := &x.f.Blocks[i]
		if i != titleBlock && (b.Kind == "heading" || b.Question && b.Words <= 20) && hasSeq(x.tokens(bw, i), seq) {
			kw.Headings++
		}
	}
	// The densest window of WindowWords words (the whole article when it
	// is shorter).
	win := min(WindowWords, total)
	best, bi, bj := 0, 0, 0
	j := 0
	for i := range pos {
		for j < len(pos) && int(pos[j])+n <= int(pos[i])+win {
			j++
		}
		if j-i > best {
			best, bi, bj = j-i, i, j-1
		}
	}
	kw.Window = KeywordWindow{Words: win, Count: best, Density: round3(100 * float64(best) / float64(win)),
		Span: x.wordsSpan(words, int(pos[bi]), int(pos[bj])+n-1)}
	return kw
}

// capitalised reports that every occurrence of an n-word phrase (at pos)
// starts each of its words with a capital letter.
func (x *extraction) capitalised(words []articleWord, pos []int32, n int) bool {
	for _, p := range pos {
		for k := 0; k < n; k++ {
			w := words[int(p)+k]
			r, _ := utf8.DecodeRuneInString(x.f.Blocks[w.block].Text[w.start:w.end])
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// wordsSpan is the span from word a to word b (inclusive) of the article.
func (x *extraction) wordsSpan(words []articleWord, a, b int) Span {
	wa, wb := words[a], words[b]
	sa := x.doc.TextSpan(&x.doc.Blocks[wa.block].Text, int(wa.start), int(wa.end))
	if wa.block == wb.block && a == b {
		return sa
	}
	sb := x.doc.TextSpan(&x.doc.Blocks[wb.block].Text, int(wb.start), int(wb.end))
	return joinSpans(sa, sb)
}

func hasSeq(toks []lexicon.Token, seq []string) bool {
	for p := 0; p+len(seq) <= len(toks); p++ {
		ok := true
		for k, s := range seq {
			if toks[p+k].Norm != s {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func titleTokens(f *Facts) []lexicon.Token {
	if f.Title == nil {
		return nil
	}
	return lexicon.Tokenize(f.Title.Text)
}

// declaredPhrases reads the focus keyphrase and keywords from metadata
// (a string, comma-separated, or a list), at most five.
func declaredPhrases(f *Facts) []string {
	var out []string
	for _, k := range declaredKeys {
		switch v := f.Meta[k].(type) {
		case string:
			for _, p := range strings.Split(v, ",") {
				if p = strings.TrimSpace(p); p != "" {
					out = append(out, p)
				}
			}
		case []any:
			for _, e := range v {
				if s, ok := e.(string); ok && strings.TrimSpace(s) != "" {
					out = append(out, strings.TrimSpace(s))
				}
			}
		}
	}
	if len(out) > 5 {
		out = out[:5]
	}
	return out
}
