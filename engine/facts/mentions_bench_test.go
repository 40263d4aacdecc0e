package facts

import (
	"os"
	"testing"

	"github.com/newslint/newslint/engine/document"
)

// mentionsBenchArticle reads testdata/bench-article.md: 1,500 words of news prose
// with about a hundred office-holder mentions.
func mentionsBenchArticle(b *testing.B) *document.Document {
	src, err := os.ReadFile("testdata/bench-article.md")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := document.Read("bench-article.md", src, document.Markdown)
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// BenchmarkExtractWithMentions measures extraction of the article: "core" is
// everything the gazetteer does not add (blocks, sentences, dates,
// durations, reference date), "mentions" adds people, offices, adjectival
// forms, events and sentence tense with the full built-in knowledge base.
//
//	go test ./engine/facts -run '^$' -bench Mentions -benchmem -cpu 1
func BenchmarkExtractWithMentions(b *testing.B) {
	doc := mentionsBenchArticle(b)
	g := builtinGazetteer(b)
	if f := Extract(doc, Options{Gazetteer: g}); len(f.Mentions) < 80 || f.Stats.Words < 1400 {
		b.Fatalf("the benchmark article should have ~1,500 words and many mentions: %d words, %d mentions", f.Stats.Words, len(f.Mentions))
	}
	b.Run("core", func(b *testing.B) {
		for b.Loop() {
			Extract(doc, Options{})
		}
	})
	b.Run("mentions", func(b *testing.B) {
		for b.Loop() {
			Extract(doc, Options{Gazetteer: g})
		}
	})
}

// BenchmarkMentions measures mention extraction alone, the rest of the
// facts being extracted once beforehand.
func BenchmarkMentions(b *testing.B) {
	doc := mentionsBenchArticle(b)
	g := builtinGazetteer(b)
	f := Extract(doc, Options{})
	ranges := make([][][2]int, len(doc.Blocks))
	for i, bl := range doc.Blocks {
		ranges[i] = splitSentences(bl.Text.S)
	}
	words := &pageWords{doc: doc}
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
