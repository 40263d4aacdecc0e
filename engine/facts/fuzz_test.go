package facts

import (
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/document"
)

// FuzzExtract reads arbitrary bytes with every reader and checks what must
// hold for any input: no panic, and every fact's span inside the file with
// its line and column consistent with its offset.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{plainLF, mdLF, htmlLF, "---\ntitle: x\n---\n", "<p>a&amp;b</p>", "\xEF\xBB\xBF# T\r\n\r\nOn Tuesday, 18 March 2025."} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, format := range []document.Format{document.Plain, document.Markdown, document.HTML} {
			doc, err := document.Read("f", src, format)
			if err != nil {
				continue // rejected input (binary, invalid UTF-8, empty, bad front matter)
			}
			fx := Extract(doc, Options{})
			check := func(what string, s Span) {
				if s.Offset < 0 || s.EndOffset < s.Offset || s.EndOffset > len(src) {
					t.Fatalf("%s %s: span %+v outside %d bytes", format, what, s, len(src))
				}
				if doc.Encoding == "" && utf8.Valid(src) {
					if l, c := position(src, s.Offset); l != s.Line || c != s.Column {
						t.Fatalf("%s %s: %d:%d at offset %d, want %d:%d", format, what, s.Line, s.Column, s.Offset, l, c)
					}
				}
			}
			for _, b := range fx.Blocks {
				check("block", b.Span)
			}
			for _, x := range fx.Sentences {
				check("sentence", x.Span)
			}
			for _, x := range fx.Dates {
				check("date", x.Span)
			}
			for _, x := range fx.Links {
				check("link", x.Span)
			}
		}
	})
}
