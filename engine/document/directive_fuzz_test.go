package document

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzDirectives reads arbitrary text holding suppression comments with
// every reader: no panic, and every directive a known kind whose span cuts
// out exactly its comment and whose rule ids are single words.
func FuzzDirectives(f *testing.F) {
	for _, s := range []string{
		"<!-- newslint-disable -->\nText.\n<!-- newslint-enable -->",
		"<!-- newslint-disable-next-line spam/seo-score, quality/x -- reason -->\n\nPara.",
		"<!--newslint-disable-file a,b,,c-->",
		"<!-- newslint-enable\r\n a \t b -->",
		"<p>x<!-- newslint-disable-next-line y --></p>",
		"<!-- <!-- newslint-disable --> -->",
		"<!-- newslint-disable",
		"---\ntitle: t\n---\n<!-- newslint-disable-file -->\n# H",
	} {
		f.Add([]byte(s))
	}
	kinds := map[string]bool{"disable": true, "enable": true, "disable-next-line": true, "disable-file": true}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, format := range []Format{Markdown, HTML, Plain} {
			doc, err := Read("f", src, format)
			if err != nil {
				continue
			}
			for _, d := range doc.Directives {
				if !kinds[d.Kind] {
					t.Fatalf("%s: directive kind %q", format, d.Kind)
				}
				s := d.Span
				if s.Offset < 0 || s.EndOffset < s.Offset || s.EndOffset > len(src) {
					t.Fatalf("%s: directive span %+v outside %d bytes", format, s, len(src))
				}
				if doc.Encoding == "" {
					cut := src[s.Offset:s.EndOffset]
					if !bytes.HasPrefix(cut, []byte("<!--")) || !bytes.HasSuffix(cut, []byte("-->")) || !bytes.Contains(cut, []byte("newslint-"+d.Kind)) {
						t.Fatalf("%s: directive %s spans %q", format, d.Kind, cut)
					}
				}
				for _, r := range d.Rules {
					if r == "" || strings.ContainsAny(r, ", \t\r\n") || strings.HasPrefix(r, "--") {
						t.Fatalf("%s: directive %s names rule %q", format, d.Kind, r)
					}
				}
			}
		}
	})
}
