package facts

import (
	"math"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/lexicon"
)

// similarity sets each block's TF-IDF cosine similarity to the rest of the
// article (every other block, and the headline when it came from metadata).
// Term weights are (1 + ln tf) × idf; idf comes from the background table
// for English articles (see idf.go) and from the article itself otherwise.
func similarity(f *Facts, bw []blockWords) {
	ids := map[string]int32{}
	var total []float64 // term frequency in the whole article
	vecs := make([][]termCount, len(bw))
	df := []int32{}
	add := func(words []string) []termCount {
		var v []termCount
		for _, w := range words {
			id, ok := ids[w]
			if !ok {
				id = int32(len(total))
				ids[w] = id
				total = append(total, 0)
				df = append(df, 0)
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
		return v
	}
	for i := range bw {
		vecs[i] = add(bw[i].content)
	}
	if f.Title != nil && f.Title.Block < 0 {
		lang := -1
		if f.Language != "" {
			lang = langIndex(f.Language)
		}
		add(contentWords(lexicon.Tokenize(f.Title.Text), lang))
	}
	n := float64(len(bw) + 1)
	idf := make([]float64, len(total))
	for w, id := range ids {
		idf[id] = termIDF(w, f.Language == "en", float64(df[id]), n)
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
}

type termCount struct {
	id int32
	n  int32
}

func langIndex(code string) int {
	for i, l := range languages {
		if l == code {
			return i
		}
	}
	return -1
}

// contentWords are the folded, stemmed words of toks that are neither
// stopwords, numbers nor single letters.
func contentWords(toks []lexicon.Token, lang int) []string {
	var out []string
	for _, t := range toks {
		if isStopword(t.Norm, lang) || lexicon.IsNumber(t.Norm) || utf8.RuneCountInString(t.Norm) < 2 {
			continue
		}
		out = append(out, stem(t.Norm, lang))
	}
	return out
}
