package facts_test

import (
	"context"
	"os"
	"testing"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/facts"
)

// BenchmarkExtract measures extraction of a 1,500-word article: "core" is
// everything without the gazetteer (blocks, sentences, dates, durations,
// reference date), "mentions" adds what the knowledge base brings (people,
// offices, adjectival forms, events, sentence tense) with the full
// built-in base. The difference is what mention extraction costs.
//
//	go test ./engine/facts -run '^$' -bench Extract -benchmem
func BenchmarkExtract(b *testing.B) {
	src, err := os.ReadFile("testdata/bench-article.md")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := document.Read("bench-article.md", src, document.Markdown)
	if err != nil {
		b.Fatal(err)
	}
	p, err := engine.New().Prepare(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if f := p.Facts(doc); len(f.Mentions) < 80 || f.Stats.Words < 1400 {
		b.Fatalf("the benchmark article should have ~1,500 words and many mentions: %d words, %d mentions", f.Stats.Words, len(f.Mentions))
	}
	b.Run("core", func(b *testing.B) {
		for b.Loop() {
			facts.Extract(doc, facts.Options{})
		}
	})
	b.Run("mentions", func(b *testing.B) {
		for b.Loop() {
			p.Facts(doc)
		}
	})
}
