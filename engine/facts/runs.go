package facts

// Run is a stretch of consecutive body blocks tagged with one lexicon
// class: a five-line comment form is one run. Untagged blocks of at most runGapWords
// words (a site name, a lone "Administrator") may sit between tagged ones,
// up to runGapBlocks of them in a row.
type Run struct {
	Class      string `json:"class"`
	FirstBlock int    `json:"first_block"`
	LastBlock  int    `json:"last_block"`
	Blocks     int    `json:"blocks"`
	Span       Span   `json:"span"`
	// Patterns are the distinct lexicon entries matched, Texts what they
	// matched, in order of appearance.
	Patterns []string `json:"patterns"`
	Texts    []string `json:"texts"`
	// Strong is true when some tag of the run is strong or the run matched
	// two different entries.
	Strong bool `json:"strong"`
}

const (
	runGapWords  = 8
	runGapBlocks = 2
)

// runs groups tagged blocks into runs, class by class, in block order.
// Blocks in page furniture (an HTML aside, footer, header or form) are
// template, not body text: they neither start nor bridge a run.
func runs(blocks []Block) []Run {
	var out []Run
	open := map[string]int{} // class → index in out of its open run
	for i := range blocks {
		b := &blocks[i]
		if b.Region != "" {
			clear(open)
			continue
		}
		seen := map[string]bool{}
		for _, t := range b.Tags {
			if t.Quoted {
				continue // cited in running text, not pasted furniture
			}
			k, ok := open[t.Class]
			if ok && !bridgeable(blocks, out[k].LastBlock, i) {
				ok = false
			}
			if !ok {
				out = append(out, Run{Class: t.Class, FirstBlock: i, Span: b.Span})
				k = len(out) - 1
				open[t.Class] = k
			}
			r := &out[k]
			if !seen[t.Class] {
				seen[t.Class] = true
				r.LastBlock = i
				r.Span = joinSpans(r.Span, b.Span)
			}
			if !containsString(r.Patterns, t.Pattern) {
				r.Patterns = append(r.Patterns, t.Pattern)
			}
			if !containsString(r.Texts, t.Text) {
				r.Texts = append(r.Texts, t.Text)
			}
			r.Strong = r.Strong || t.Strong || len(r.Patterns) > 1
		}
	}
	for k := range out {
		out[k].Blocks = out[k].LastBlock - out[k].FirstBlock + 1
	}
	return out
}

// bridgeable reports whether the blocks strictly between last and next are
// few and short enough to belong to the same run.
func bridgeable(blocks []Block, last, next int) bool {
	if next-last-1 > runGapBlocks {
		return false
	}
	for j := last + 1; j < next; j++ {
		if blocks[j].Words > runGapWords {
			return false
		}
	}
	return true
}

func joinSpans(a, b Span) Span {
	if b.Offset < a.Offset {
		a, b = b, a
	}
	if b.EndOffset > a.EndOffset {
		a.EndOffset, a.EndLine, a.EndColumn = b.EndOffset, b.EndLine, b.EndColumn
	}
	return a
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
