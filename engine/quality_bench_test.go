package engine

import (
	"context"
	"os"
	"testing"

	"github.com/newslint/newslint/engine/document"
)

// contentQualityRules are the rules of the content-quality pack.
var contentQualityRules = []string{
	"injected-block", "seo-score-leak", "rating-widget", "comment-form", "author-bio", "page-chrome",
	"keyword-stuffing", "homoglyph", "seo-filler", "clickbait-headline", "template-placeholder",
	"editorial-note", "markup-leak", "image-caption-leak",
}

// BenchmarkLintQualityArticle lints a 1,250-word SEO-spam article with every
// rule, and without the content-quality rules, to show what they cost.
func BenchmarkLintQualityArticle(b *testing.B) {
	src, err := os.ReadFile("../testdata/quality/seo-keyphrase.md")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, c := range []struct {
		name string
		l    Linter
	}{
		{"all-rules", New()},
		{"without-quality-rules", New().WithDisabled(contentQualityRules...)},
	} {
		p, err := c.l.Prepare(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if res := p.LintBytes(ctx, "seo-keyphrase.md", document.Markdown, src); res.Err != nil {
					b.Fatal(res.Err.Message)
				}
			}
		})
	}
}
