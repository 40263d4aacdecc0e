package engine

import (
	"context"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/internal/corpus"
)

// benchArticle is a realistic ~1,500-word Markdown article from the
// benchmark corpus generator.
func benchArticle() []byte {
	return []byte(corpus.New(1).Article(1500, "md"))
}

func BenchmarkStages(b *testing.B) {
	src := benchArticle()
	ctx := context.Background()
	p, err := New().Prepare(ctx)
	if err != nil {
		b.Fatal(err)
	}
	doc, _ := document.Read("a.md", src, document.Markdown)
	f := p.Facts(doc)
	b.Run("read", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			document.Read("a.md", src, document.Markdown)
		}
	})
	b.Run("extract", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			p.Facts(doc)
		}
	})
	b.Run("value", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			policy.Value(f)
		}
	})
	v := policy.Value(f)
	b.Run("eval", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			p.engine.Eval(ctx, v)
		}
	})
	b.Run("all", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			p.LintBytes(ctx, "a.md", document.Markdown, src)
		}
	})
}
