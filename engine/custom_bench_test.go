package engine

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/policy/builtins"
)

// houseBenchArticle is a Markdown article of about 1,500 words in 30
// paragraphs, with some names and titles the example rules look for.
func houseBenchArticle() []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: Riverton budget talks run late\ndate: 2025-06-10\nauthor: Mira Castell\n---\n\n# Riverton budget talks run late\n\n")
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, "Councillors spent %d minutes on item %d of the agenda before Mayor Tomasz Brandt called a break. ", 20+i, i+1)
		fmt.Fprintf(&b, "The finance team said the harbour fund would need %d,000 euros more by the end of the year, ", 100+i*7)
		b.WriteString("and several members asked why the estimate had changed since the spring. ")
		fmt.Fprintf(&b, "One of them, who sits on the transport committee, said the ex-Mayor had warned of this in %d. ", 2015+i%8)
		b.WriteString("Officers promised a written answer before the next meeting of the full council on Thursday.\n\n")
	}
	return []byte(b.String())
}

// benchLint measures the rule evaluation of one article (reading and
// extraction are the same for every rule set; BenchmarkStages covers them).
func benchLint(b *testing.B, l Linter) {
	ctx := context.Background()
	p, err := l.Prepare(ctx)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := document.Read("bench.md", houseBenchArticle(), document.Markdown)
	if err != nil {
		b.Fatal(err)
	}
	v := policy.Value(p.Facts(doc))
	ctx = builtins.WithDocument(ctx, doc)
	b.ResetTimer()
	for b.Loop() {
		if _, fails, err := p.engine.Eval(ctx, v); err != nil || len(fails) > 0 {
			b.Fatal(err, fails)
		}
	}
}

// BenchmarkLintBuiltin evaluates the built-in rules.
func BenchmarkLintBuiltin(b *testing.B) { benchLint(b, New()) }

// BenchmarkLintExamples adds the three example house rules and their data,
// which search every block with the text built-ins.
func BenchmarkLintExamples(b *testing.B) {
	cfg, err := config.Load("../examples/.newslint.toml")
	if err != nil {
		b.Fatal(err)
	}
	benchLint(b, New().WithConfig(cfg))
}

func BenchmarkLintEachExample(b *testing.B) {
	cfg, err := config.Load("../examples/.newslint.toml")
	if err != nil {
		b.Fatal(err)
	}
	all := []string{"former-not-ex", "byline-required", "regional-official-title"}
	for _, id := range all {
		var off []string
		for _, o := range all {
			if o != id {
				off = append(off, o)
			}
		}
		b.Run(id, func(b *testing.B) {
			benchLint(b, New().WithConfig(cfg).WithDisabled(off...).WithDisabled("duplicate-paragraph", "duplicate-title"))
		})
	}
	b.Run("none", func(b *testing.B) {
		benchLint(b, New().WithConfig(cfg).WithDisabled(all...).WithDisabled("duplicate-paragraph", "duplicate-title"))
	})
}
