package engine

import (
	"context"
	"math/rand"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/facts"
)

// benchArticle builds a deterministic ~1,500-word Markdown article.
func benchArticle() []byte {
	r := rand.New(rand.NewSource(1))
	words := strings.Fields("the council said on Tuesday that its plan for the harbour would cost more than expected and that work would start in March 2025 after talks with residents who had asked for changes to the design of the new sea wall along the east quay")
	var b strings.Builder
	b.WriteString("---\ntitle: Harbour plan costs rise\ndate: 2025-05-01\nauthor: A. Writer\n---\n\n# Harbour plan costs rise\n\n")
	n := 0
	for n < 1500 {
		if r.Intn(8) == 0 {
			b.WriteString("## A section heading here\n\n")
		}
		sentences := 3 + r.Intn(3)
		for s := 0; s < sentences; s++ {
			l := 12 + r.Intn(14)
			for i := 0; i < l; i++ {
				w := words[r.Intn(len(words))]
				if i == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				b.WriteString(w)
				if i < l-1 {
					b.WriteByte(' ')
				}
			}
			n += l
			b.WriteString(". ")
		}
		b.WriteString("\n\n")
	}
	return []byte(b.String())
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
			facts.Value(f)
		}
	})
	v := facts.Value(f)
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
