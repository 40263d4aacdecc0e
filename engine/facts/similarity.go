package facts

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/lexicon"
)

// similarity sets each block's TF-IDF cosine similarity to the rest of the
// article (every other block, and the headline when it came from metadata).
// Term weights are (1 + ln tf) × idf; idf comes from the background table
// for English articles (see idf.go) and from the article itself otherwise.
// German, French and Spanish words are compared by their subwords (see
// subwords.go); other languages by the word.
func similarity(f *Facts, bw []blockWords, vocab *vocabulary, lang int) {
	var titleWords []int32
	if f.Title != nil && f.Title.Block < 0 {
		for _, t := range lexicon.Tokenize(f.Title.Text) {
			id := vocab.id(t.Norm)
			if !vocab.isStop(id, lang) && !vocab.minor[id] {
				titleWords = append(titleWords, vocab.stemOf(id, lang))
			}
		}
	}
	size := len(vocab.words)
	termsOf := func(id int32) []int32 { return []int32{id} }
	if lang == langGerman || lang == langFrench || lang == langSpanish {
		termsOf, size = subwordTerms(bw, titleWords, vocab, lang)
	}
	// tf over the whole article, and df over its blocks, by term id.
	total := make([]float64, size)
	df := make([]int32, size)
	vecs := make([][]termCount, len(bw))
	add := func(words []int32) []termCount {
		var v []termCount
		for _, w := range words {
			for _, id := range termsOf(w) {
				if int(id) >= len(total) {
					grow := int(id) + 1 - len(total)
					total = append(total, make([]float64, grow)...)
					df = append(df, make([]int32, grow)...)
				}
				total[id]++
				found := false
				for k := range v {
					if v[k].id == id {
						v[k].n++
						found = true
						break
					}
				}
				if !found {
					v = append(v, termCount{id: id, n: 1})
					df[id]++
				}
			}
		}
		return v
	}
	for i := range bw {
		vecs[i] = add(bw[i].content)
	}
	if titleWords != nil {
		add(titleWords)
	}
	n := float64(len(bw) + 1)
	english := f.Language == "en"
	idf := make([]float64, len(total))
	for id, tf := range total {
		if tf > 0 {
			w := ""
			if english {
				w = vocab.words[id]
			}
			idf[id] = termIDF(w, english, float64(df[id]), n)
		}
	}
	weight := func(tf float64, id int32) float64 {
		if tf <= 0 {
			return 0
		}
		return (1 + math.Log(tf)) * idf[id]
	}
	whole := 0.0
	for id, tf := range total {
		x := weight(tf, int32(id))
		whole += x * x
	}
	for i, v := range vecs {
		if len(v) == 0 {
			continue
		}
		dot, own, rest := 0.0, 0.0, whole
		for _, t := range v {
			wb := weight(float64(t.n), t.id)
			wr := weight(total[t.id]-float64(t.n), t.id)
			wt := weight(total[t.id], t.id)
			dot += wb * wr
			own += wb * wb
			rest += wr*wr - wt*wt
		}
		if own > 0 && rest > 1e-12 {
			f.Blocks[i].Similarity = round3(dot / math.Sqrt(own*rest))
		}
	}
	sharedNames(f, bw, vocab)
}

// nameCheckSimilarity is the similarity up to which a block is checked for
// names it shares with the rest of the article: the blocks a rule may take
// for text of another story.
const nameCheckSimilarity = 0.1

// sharedNames marks the paragraphs that share almost no words with the
// article but name what it names: a capitalised word inside a sentence
// (not opening it), written so in another block or the headline. A
// paragraph of another story names other people and places.
func sharedNames(f *Facts, bw []blockWords, vocab *vocabulary) {
	check := false
	for i := range f.Blocks {
		if b := &f.Blocks[i]; b.Kind == "paragraph" && b.Similarity <= nameCheckSimilarity && b.Words >= 12 {
			check = true
			break
		}
	}
	if !check {
		return
	}
	// blocks[id] is the first block naming id, or -2 once two do.
	blocks := map[int32]int{}
	note := func(id int32, bi int) {
		switch first, ok := blocks[id]; {
		case !ok:
			blocks[id] = bi
		case first != bi:
			blocks[id] = -2
		}
	}
	// names yields the capitalised words of a block; inside, those that
	// do not open a sentence, where a capital tells a name.
	names := func(text string, w *blockWords, inside bool, yield func(int32)) {
		for k, a := range w.at {
			r, _ := utf8.DecodeRuneInString(text[a.start:])
			if !unicode.IsUpper(r) || a.end-a.start < 3 || vocab.stop[w.ids[k]] != 0 || inside && opensSentence(text, int(a.start)) {
				continue
			}
			yield(w.ids[k])
		}
	}
	for i := range bw {
		names(f.Blocks[i].Text, &bw[i], true, func(id int32) { note(id, i) })
	}
	if f.Title != nil && f.Title.Block < 0 {
		for _, t := range lexicon.Tokenize(f.Title.Text) {
			if r, _ := utf8.DecodeRuneInString(f.Title.Text[t.Start:]); unicode.IsUpper(r) {
				if id, ok := vocab.raw[f.Title.Text[t.Start:t.End]]; ok {
					note(id, -1)
				}
			}
		}
	}
	for i := range f.Blocks {
		b := &f.Blocks[i]
		if b.Kind != "paragraph" || b.Similarity > nameCheckSimilarity {
			continue
		}
		// A name may open one of the paragraph's sentences ("Enedis
		// précise …"): named inside a sentence of another block, it is
		// the article's.
		names(b.Text, &bw[i], false, func(id int32) {
			if first, ok := blocks[id]; ok && first != i {
				b.SharesName = true
			}
		})
	}
}

// sharedOffices marks as sharing a name the paragraphs that share almost
// no words with the article but name someone with an office another block
// names someone with: a short wire story's reaction paragraph ("Der
// frühere Premier Michel Barnier …" under "Premierminister Sébastien
// Lecornu"), its words all new.
func sharedOffices(f *Facts) {
	var roles map[string]int // office -> first block naming it, -2 once two do
	for i := range f.Mentions {
		m := &f.Mentions[i]
		if m.Role == "" {
			continue
		}
		if roles == nil {
			roles = map[string]int{}
		}
		switch first, ok := roles[m.Role]; {
		case !ok:
			roles[m.Role] = m.Block
		case first != m.Block:
			roles[m.Role] = -2
		}
	}
	for i := range f.Mentions {
		m := &f.Mentions[i]
		b := &f.Blocks[m.Block]
		if m.Role != "" && !b.SharesName && b.Kind == "paragraph" && b.Similarity <= nameCheckSimilarity && roles[m.Role] != m.Block {
			b.SharesName = true
		}
	}
}

// opensSentence: the word at byte i of text opens a sentence (or a quote,
// a heading or the text).
func opensSentence(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(r) && !strings.ContainsRune("\"“«„'‘(—–-", r) {
			return strings.ContainsRune(".!?:;…", r)
		}
		i -= size
	}
	return true
}

type termCount struct {
	id int32
	n  int32
}

// subwordTerms maps the article's content words (vocabulary ids) to their
// subword terms, and returns the number of terms.
func subwordTerms(bw []blockWords, title []int32, vocab *vocabulary, lang int) (func(int32) []int32, int) {
	index := map[int32]int32{}
	var words []string
	note := func(ids []int32) {
		for _, id := range ids {
			if _, ok := index[id]; !ok {
				index[id] = int32(len(words))
				words = append(words, vocab.words[id])
			}
		}
	}
	for i := range bw {
		note(bw[i].content)
	}
	note(title)
	sw := &subwords{ids: map[string]int32{}, lang: lang}
	stop := func(p string) bool { return stopwords[p]&(1<<lang) != 0 }
	terms := sw.terms(words, stop)
	return func(id int32) []int32 { return terms[index[id]] }, len(sw.ids)
}
