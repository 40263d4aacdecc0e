package corpus

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
)

func TestRealTextIsDeterministic(t *testing.T) {
	a, b, c := NewRealText(7), NewRealText(7), NewRealText(8)
	differ := 0
	for range 2 * len(RealStyles) {
		_, _, x := a.Next()
		_, _, y := b.Next()
		_, _, z := c.Next()
		if x != y {
			t.Fatal("the same seed wrote different articles")
		}
		if x != z {
			differ++
		}
	}
	if differ == 0 {
		t.Error("another seed wrote the same articles")
	}
}

// TestRealTextReadsLikeArticles: every style reads as an article of about
// 350 words of prose (the page furniture of HTML aside) in its format.
func TestRealTextReadsLikeArticles(t *testing.T) {
	g := NewRealText(3)
	seen := map[string]bool{}
	for range 6 * len(RealStyles) {
		style, ext, text := g.Next()
		seen[style+"."+ext] = true
		format, ok := document.FormatFor("a." + ext)
		if !ok {
			t.Fatalf("%s: extension %s", style, ext)
		}
		doc, err := document.Read("a."+ext, []byte(text), format)
		if err != nil {
			t.Fatalf("%s.%s: %v", style, ext, err)
		}
		words, sentences := 0, map[string]int{}
		for _, b := range doc.Blocks {
			words += len(strings.Fields(b.Text.S))
			for _, s := range strings.SplitAfter(b.Text.S, ". ") {
				if len(s) > 60 {
					sentences[s]++
				}
			}
		}
		if words < 250 || words > 900 {
			t.Errorf("%s.%s: %d words\n%s", style, ext, words, text)
		}
		if strings.Contains(text, "{") && ext != "html" {
			t.Errorf("%s.%s: a placeholder was left:\n%s", style, ext, text)
		}
		if doc.Meta["date"].Value == nil && ext == "md" {
			t.Errorf("%s.%s: no date in the front matter", style, ext)
		}
	}
	for _, style := range RealStyles {
		if !seen[style+".md"] && !seen[style+".html"] && !seen[style+".txt"] {
			t.Errorf("no %s article", style)
		}
	}
}
