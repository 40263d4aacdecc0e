package facts

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/document"
)

// The span invariant: every fact's span cuts exactly the text it names out
// of the source file. Markup inside the span (emphasis, tags) and the source
// form of entities are allowed; once they are cleaned away the source slice
// must read as the fact's text, and line/column must agree with the offsets.

var (
	mdLinkRE   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdMarkRE   = regexp.MustCompile(`\*\*|__|\*|~~`)
	mdEscapeRE = regexp.MustCompile(`\\([[:punct:]])`)
	tagRE      = regexp.MustCompile(`<[^>]*>`)
	spaceRE    = regexp.MustCompile(`[ \t\r\n\f\x{a0}]+`)
)

func clean(format document.Format, s string) string {
	switch format {
	case document.Markdown:
		// Escaped characters are text, not markup: set them aside first.
		var escaped []string
		s = mdEscapeRE.ReplaceAllStringFunc(s, func(m string) string {
			escaped = append(escaped, m[1:])
			return "\x00"
		})
		s = mdLinkRE.ReplaceAllString(s, "$1")
		s = mdMarkRE.ReplaceAllString(s, "")
		for _, e := range escaped {
			s = strings.Replace(s, "\x00", e, 1)
		}
		s = html.UnescapeString(s)
	case document.HTML:
		s = tagRE.ReplaceAllString(s, "")
		s = html.UnescapeString(s)
	}
	return strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
}

// position recomputes line and column of an offset independently of the
// line index. LF, CRLF and a lone CR end a line.
func position(src []byte, off int) (int, int) {
	line, start := 1, 0
	for i, c := range src[:off] {
		if c == '\n' || c == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			line, start = line+1, i+1
		}
	}
	if line == 1 && bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		start = min(3, off)
	}
	return line, utf8.RuneCount(src[start:off]) + 1
}

func checkSpan(t *testing.T, what string, format document.Format, src []byte, s Span, text string) {
	t.Helper()
	if s.Offset < 0 || s.EndOffset > len(src) || s.Offset > s.EndOffset {
		t.Errorf("%s %q: span %+v out of the source (%d bytes)", what, text, s, len(src))
		return
	}
	got := clean(format, string(src[s.Offset:s.EndOffset]))
	want := strings.TrimSpace(spaceRE.ReplaceAllString(text, " "))
	if got != want {
		t.Errorf("%s: span %d-%d cuts %q, want %q", what, s.Offset, s.EndOffset, got, want)
	}
	if l, c := position(src, s.Offset); l != s.Line || c != s.Column {
		t.Errorf("%s %q: start at %d:%d, offsets say %d:%d", what, text, s.Line, s.Column, l, c)
	}
	if l, c := position(src, s.EndOffset); l != s.EndLine || c != s.EndColumn {
		t.Errorf("%s %q: end at %d:%d, offsets say %d:%d", what, text, s.EndLine, s.EndColumn, l, c)
	}
}

func checkFacts(t *testing.T, format document.Format, src string) *Facts {
	t.Helper()
	doc, err := document.Read("t", []byte(src), format)
	if err != nil {
		t.Fatal(err)
	}
	f := Extract(doc, Options{})
	if len(f.Blocks) == 0 {
		t.Fatal("no blocks")
	}
	b := []byte(src)
	for _, x := range f.Blocks {
		checkSpan(t, "block", format, b, x.Span, x.Text)
	}
	for _, x := range f.Sentences {
		checkSpan(t, "sentence", format, b, x.Span, x.Text)
	}
	for _, x := range f.Dates {
		checkSpan(t, "date", format, b, x.Span, x.Text)
	}
	for _, x := range f.Links {
		checkSpan(t, "link", format, b, x.Span, x.Text)
	}
	if f.Title != nil {
		checkSpan(t, "title", format, b, f.Title.Span, f.Title.Text)
	}
	return f
}

// Articles exercising what moves positions: CRLF line ends, a byte-order
// mark, tabs, multi-byte letters, entities, escapes and inline markup.
const (
	plainLF = "Café owners protest new fees\n\nOwners of 40 cafés in Łódź met on Tuesday, 18 March 2025.\tThey asked the council to wait.\n\nThe council's reply — \"not yet\" — came on 20 March. 中文 readers were told too. Prices rose 😀 sharply."
	mdLF    = "---\ntitle: \"Ferry fares rise\"\ndate: 2025-03-18\n---\n\n# Ferry fares rise\n\nFares on the **island** route rise by 5% from *1 April 2025*, the operator said. See [the notice](https://example.org/n) for details.\n\nAT&amp;T and Ça&#8217;va Ltd\\* signed on 2 April.\tTabs\tstay.\n\n- Day passes: €12\n- Week passes: €40\n\n> \"We had no choice,\" said Ana Ruiz.\n\n| Route | Fare |\n|---|---|\n| Isle – Port | €7 |\n\n```\ncode 18 March 2025 is not prose\n```\n"
	htmlLF  = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Rail strike &amp; delays</title>\n<meta property=\"article:published_time\" content=\"2025-03-18T08:00:00Z\"></head>\n<body><nav><a href=\"/\">Home</a></nav>\n<article><h1>Rail strike &amp; delays</h1>\n<p>Trains across the région stopped on <b>Tuesday, 18&nbsp;March 2025</b>, as drivers walked out.\tUnions said the strike&#8217;s aim was pay.</p>\n<script>var x = \"18 March 2025\";</script>\n<ul><li>Line 1: no service</li><li>Line 2: <a href=\"/l2\">every hour</a></li></ul>\n<blockquote><p>\u201cWe are sorry,\u201d said the operator.</p></blockquote>\n<figure><figcaption>Empty platforms at Gare du Nord.</figcaption></figure>\n</article></body></html>\n"
)

func variants(src string) map[string]string {
	return map[string]string{
		"lf":       src,
		"crlf":     strings.ReplaceAll(src, "\n", "\r\n"),
		"bom":      "\xEF\xBB\xBF" + src,
		"bom+crlf": "\xEF\xBB\xBF" + strings.ReplaceAll(src, "\n", "\r\n"),
	}
}

func TestSpanInvariantPlain(t *testing.T) {
	for name, src := range variants(plainLF) {
		t.Run(name, func(t *testing.T) {
			f := checkFacts(t, document.Plain, src)
			if len(f.Dates) != 2 {
				t.Errorf("dates: got %d, want 2", len(f.Dates))
			}
		})
	}
}

func TestSpanInvariantMarkdown(t *testing.T) {
	for name, src := range variants(mdLF) {
		t.Run(name, func(t *testing.T) {
			f := checkFacts(t, document.Markdown, src)
			for _, d := range f.Dates {
				if strings.Contains(d.Text, "18 March") && d.Block > 0 {
					t.Errorf("a date inside a code block was read as prose: %+v", d)
				}
			}
			if len(f.Links) != 1 || f.Links[0].URL != "https://example.org/n" {
				t.Errorf("links: %+v", f.Links)
			}
			if f.Date.Source != SourceMetadata || f.Date.Value != "2025-03-18" {
				t.Errorf("date: %+v", f.Date)
			}
		})
	}
}

func TestSpanInvariantHTML(t *testing.T) {
	for name, src := range variants(htmlLF) {
		t.Run(name, func(t *testing.T) {
			f := checkFacts(t, document.HTML, src)
			for _, b := range f.Blocks {
				if strings.Contains(b.Text, "Home") || strings.Contains(b.Text, "var x") {
					t.Errorf("navigation or script read as prose: %q", b.Text)
				}
			}
			if f.Title == nil || f.Title.Text != "Rail strike & delays" {
				t.Errorf("title: %+v", f.Title)
			}
			kinds := map[string]int{}
			for _, b := range f.Blocks {
				kinds[b.Kind]++
			}
			if kinds["heading"] != 1 || kinds["list_item"] != 2 || kinds["quote"] != 1 || kinds["caption"] != 1 {
				t.Errorf("block kinds: %v", kinds)
			}
		})
	}
}

// A page in a legacy charset is transcoded, but spans still point into the
// original bytes.
func TestSpanInvariantWindows1252(t *testing.T) {
	src := []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 owners in Malm\xf6 protested on 3 May 2025 \x96 again.</p></body></html>")
	doc, err := document.Read("t.html", src, document.HTML)
	if err != nil {
		t.Fatal(err)
	}
	f := Extract(doc, Options{})
	if len(f.Blocks) != 1 {
		t.Fatalf("blocks: %+v", f.Blocks)
	}
	b := f.Blocks[0]
	if b.Text != "Café owners in Malmö protested on 3 May 2025 – again." {
		t.Errorf("text: %q", b.Text)
	}
	// The span's bytes, decoded from Windows-1252, read as the text.
	if got := string(src[b.Span.Offset:b.Span.EndOffset]); !strings.HasPrefix(got, "Caf\xe9") || !strings.HasSuffix(got, "again.") {
		t.Errorf("block span cuts %q", got)
	}
	d := f.Dates[0]
	if got := string(src[d.Span.Offset:d.Span.EndOffset]); got != "3 May 2025" {
		t.Errorf("date span cuts %q", got)
	}
}
