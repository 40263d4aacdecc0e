package facts

import (
	"os"
	"testing"

	"github.com/newslint/newslint/engine/document"
)

// BenchmarkMentions measures mention extraction alone (people, offices,
// adjectival forms, events, durations' events, sentence tense) over a
// 1,500-word article with the full built-in knowledge base, the rest of the
// facts being extracted once beforehand.
//
//	go test ./engine/facts -run '^$' -bench Mentions -benchmem
func BenchmarkMentions(b *testing.B) {
	src, err := os.ReadFile("testdata/bench-article.md")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := document.Read("bench-article.md", src, document.Markdown)
	if err != nil {
		b.Fatal(err)
	}
	g := builtinGazetteer(b)
	f := Extract(doc, Options{})
	ranges := make([][][2]int, len(doc.Blocks))
	words := make([][]token, len(doc.Blocks))
	for i, bl := range doc.Blocks {
		ranges[i] = splitSentences(bl.Text.S)
		words[i] = tokenize(bl.Text.S)
	}
	durations := append([]Duration(nil), f.Durations...)
	n := 0
	for b.Loop() {
		f.Mentions, f.Events = nil, nil
		copy(f.Durations, durations)
		extractMentions(doc, f, g, ranges, words)
		n = len(f.Mentions)
	}
	b.ReportMetric(float64(n), "mentions")
}
