package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Shapes that make goldmark quadratic are read as plain text, with one
// input-limit notice where they start; Markdown that merely looks dense is
// parsed as usual.
func TestMarkdownHazards(t *testing.T) {
	hostile := map[string]string{
		"unclosed link destinations":   strings.Repeat("[a](", 40000),
		"unclosed links at the end":    strings.Repeat("[a](", 40000),
		"unclosed angle destinations":  strings.Repeat("[a](<", 40000),
		"destinations without a space": "Text " + strings.Repeat("[a](b(", 20000),
		"nested quotes on one line":    strings.Repeat("> ", 2000) + "x",
		"nested list items on a line":  strings.Repeat("- ", 2000) + "x",
		"mixed nesting":                strings.Repeat("> 1. * ", 400) + "x",
	}
	for name, body := range hostile {
		t.Run(name, func(t *testing.T) {
			src := "---\ntitle: T\n---\n# Head\n\nFirst [paragraph](x).\n\n" + body
			if !strings.HasSuffix(name, "at the end") {
				src += "\n"
			}
			d := read(t, Markdown, src)
			if len(d.Notices) != 1 || d.Notices[0].Rule != "input-limit" || !strings.Contains(d.Notices[0].Message, "read as plain text") {
				t.Fatalf("notices %+v", d.Notices)
			}
			if n := d.Notices[0].Span; n.Line != 8 {
				t.Errorf("notice at line %d, want 8", n.Line)
			}
			// Read as plain text, the body has no headline: the title
			// is the first block.
			if !d.HasTitle || d.Title.Value != "T" || len(d.Blocks) < 4 || d.Blocks[0].Text.S != "T" || !strings.HasPrefix(d.Blocks[2].Text.S, "First") {
				t.Errorf("front matter or blocks lost: title %v %q, %d blocks", d.HasTitle, d.Title.Value, len(d.Blocks))
			}
		})
	}
	dense := map[string]string{
		"many links on one line":    strings.Repeat("On Monday the [council](https://example.com/a) met. ", 30000),
		"links without spaces":      strings.Repeat("[a](b)[c](<d>)", 20000),
		"parentheses in link URLs":  strings.Repeat("[w](https://en.wikipedia.org/wiki/A_(b)) ", 20000),
		"quotes and lists, shallow": strings.Repeat("> > - item\n", 20000),
		"a long line of brackets":   strings.Repeat("[x] (y) ", 50000),
	}
	for name, body := range dense {
		t.Run(name, func(t *testing.T) {
			if d := read(t, Markdown, "# Head\n\n"+body+"\n"); len(d.Notices) != 0 {
				t.Fatalf("notices %+v", d.Notices)
			}
		})
	}
	files, _ := filepath.Glob("../../testdata/*/*.md")
	if len(files) == 0 {
		t.Fatal("no test articles")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if at, reason := markdownHazard(src); at >= 0 {
			t.Errorf("%s: hazard at %d: %s", f, at, reason)
		}
	}
}

// A list nested ever deeper over many lines, mostly indentation, makes
// every block still open read each line's indentation again: read as
// plain text once that work passes its budget, with the notice where it
// does. Lists a few levels deep and indented code are parsed as usual,
// however long.
func TestDeepListsAreReadAsText(t *testing.T) {
	d := read(t, Markdown, "---\ntitle: T\n---\n# Head\n\nFirst paragraph.\n\n"+deepList(2000))
	if len(d.Notices) != 1 || d.Notices[0].Rule != "input-limit" || !strings.Contains(d.Notices[0].Message, "indented") {
		t.Fatalf("notices %+v", d.Notices)
	}
	if n := d.Notices[0].Span; n.Line < 100 || n.Line > 2000 {
		t.Errorf("notice at line %d, want where the indentation's work passes its budget", n.Line)
	}
	if !d.HasTitle || d.Title.Value != "T" {
		t.Errorf("front matter lost: %v %q", d.HasTitle, d.Title.Value)
	}
	var shallow strings.Builder
	for i := range 20000 {
		shallow.WriteString(strings.Repeat("  ", i%10) + "- item\n")
	}
	code := strings.Repeat("        indented code, eight columns in\n", 50000)
	for name, body := range map[string]string{"lists ten deep": shallow.String(), "indented code": code} {
		if d := read(t, Markdown, "# Head\n\nText.\n\n"+body); len(d.Notices) != 0 {
			t.Errorf("%s: notices %+v", name, d.Notices)
		}
	}
}
