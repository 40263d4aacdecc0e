package document

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// The readers take whatever a CMS or a scraper hands them. For any input:
// no panic; a rejection is a *Error with a message; every span lies inside
// the file; an exact run of a block's text is the very bytes of the working
// buffer; every string is valid UTF-8; and, when the file is read as it is
// (not transcoded), each span's line and column agree with its offset.

func FuzzPlain(f *testing.F)    { fuzzReader(f, Plain) }
func FuzzMarkdown(f *testing.F) { fuzzReader(f, Markdown) }
func FuzzHTML(f *testing.F)     { fuzzReader(f, HTML) }

// hostileSeeds are inputs that have broken readers, or could.
var hostileSeeds = []string{
	"\xEF\xBB\xBFTitle\r\n\r\nA paragraph with a\ttab.\r\n",
	"\xFF\xFET\x00i\x00t\x00l\x00e\x00\n\x00\n\x00B\x00o\x00d\x00y\x00.\x00",
	"\xFE\xFF\x00T\x00i\x00t\x00l\x00e\x00\r\x00\r\x00B\x00o\x00d\x00y\x00.",
	"\xFF\xFE\x00\xD8a\x00", // unpaired surrogate
	"\xFF\xFEa",             // odd length
	"T\x00i\x00t\x00l\x00e\x00",
	"Caf\xe9 society\n\n\x80\x81 stray \xe2\x82 cut \xF0\x9F\x98 ok\n",
	"# Old Mac\r\rLine one\rline two.\r\r- item\r- item\r",
	"<p>one\rtwo</p>\r<h2>t\r\ritle</h2>",
	"<p>a&amp;b &#x2014; &#8217; &notanentity; &#xFFFFFFFF; &#0; &</p>",
	"<title>Caf\xe9</title><meta name=\"author\" content=\"J\xe9r\xf4me\"><p>Caf\xe9 <a href=\"/\xe9\">x\xe9</a></p>",
	"<meta charset=\"utf-8\"><p>Caf\xe9</p>",
	"<meta charset=\"windows-1252\"><p>Caf\xe9 \x93quoted\x94</p>",
	strings.Repeat("<div>", 600) + "<p>deep</p>" + strings.Repeat("</span>", 50),
	strings.Repeat("<svg>", 520) + "<p>x</p>" + strings.Repeat("</svg>", 520) + "<p>after</p>",
	"---\ntitle: \"Caf\xe9\"\ndate: 2025-01-02\n---\n\nBody \xe9.\n",
	"+++\ntitle = \"T\"\r+++\r\rBody.\r",
	"---\r\ntitle: x\r\n---\r\n\r\nBody [link](http://e.org \"t\") and <http://a.b>.\r\n",
	"<!-- newslint-disable r\xe9gle -->\n\nText.\n",
	"Text \\* \\& *em* **strong** `code` ![img](x.png) www.example.com\n",
	"> quote\n>\n> > nested\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| c | d |\n",
	"<script type=\"application/ld+json\">{\"headline\":\"H\\u00e9\",\"datePublished\":\"2025-01-01\",\"author\":{\"name\":\"A\"}}</script><p>x</p>",
	// The shapes of docs/input.md, "Markdown the parser would take minutes
	// over" and "Memory", small.
	strings.Repeat(">\t", 400) + "x\n",
	strings.Repeat("-\t", 400) + "x\n",
	strings.Repeat("1.\t", 400) + "x\n",
	strings.Repeat("*a_ ", 1200),
	strings.Repeat("a*_", 1500),
	strings.Repeat("*a_\r\n", 1200),
	"|" + strings.Repeat("c|", 600) + "\n|" + strings.Repeat("-|", 600) + "\n" + strings.Repeat("|x|\n", 400),
	"---\n" + strings.Repeat("k: v\nkey:with:colons: x\n", 300) + "---\n\nText.\n",
	strings.Repeat("Para.\n\n", 3000),
	deepList(300),
	"Ti\u200btle\n\nThe fee is \u202e05$\u202c.\U000e0061\U000e006c\n",
}

func fuzzReader(f *testing.F, format Format) {
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	_ = filepath.WalkDir("../../testdata", func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && !strings.HasSuffix(path, ".want") {
			if data, err := os.ReadFile(path); err == nil {
				f.Add(data)
			}
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		orig := bytes.Clone(src)
		doc, err := Read("f", src, format)
		if !bytes.Equal(src, orig) {
			t.Fatal("the reader changed its input")
		}
		if err != nil {
			var de *Error
			if !errors.As(err, &de) || de.Msg == "" || !utf8.ValidString(de.Msg) {
				t.Fatalf("rejection %T %q: want a *Error with a message", err, err)
			}
			return
		}
		checkDocument(t, src, doc)
		// Read again within a small memory budget: the blocks kept are a
		// prefix of the file, and every invariant still holds.
		small, err := ReadWith("f", src, format, Options{Budget: &Budget{Limit: 64 << 10}})
		if err != nil {
			t.Fatalf("read within a budget: %v", err)
		}
		if len(small.Blocks) > len(doc.Blocks) {
			t.Fatalf("%d blocks within the budget, %d without", len(small.Blocks), len(doc.Blocks))
		}
		checkDocument(t, src, small)
	})
}

func checkDocument(t *testing.T, src []byte, doc *Document) {
	t.Helper()
	var pos *positions
	if doc.Encoding == "" {
		pos = newPositions(src)
	}
	span := func(what string, s Span) {
		t.Helper()
		if s.Offset < 0 || s.EndOffset < s.Offset || s.EndOffset > len(src) {
			t.Fatalf("%s: span %+v outside the file (%d bytes)", what, s, len(src))
		}
		if pos == nil {
			return
		}
		if l, c := pos.at(s.Offset); l != s.Line || c != s.Column {
			t.Fatalf("%s: starts at %d:%d, offset %d is %d:%d", what, s.Line, s.Column, s.Offset, l, c)
		}
		if l, c := pos.at(s.EndOffset); l != s.EndLine || c != s.EndColumn {
			t.Fatalf("%s: ends at %d:%d, offset %d is %d:%d", what, s.EndLine, s.EndColumn, s.EndOffset, l, c)
		}
		if text, _, _ := doc.Excerpt(s); !utf8.ValidString(text) {
			t.Fatalf("%s: excerpt %q is not UTF-8", what, text)
		}
	}
	valid := func(what, s string) {
		t.Helper()
		if !utf8.ValidString(s) {
			t.Fatalf("%s %q is not valid UTF-8", what, s)
		}
	}
	for i, b := range doc.Blocks {
		span("block", b.Span)
		valid("block text", b.Text.S)
		checkRuns(t, doc.Buf, &b.Text)
		for _, l := range b.Links {
			span("link", l.Span)
			valid("link text", l.Text)
			valid("link URL", l.URL)
			if !strings.Contains(b.Text.S, l.Text) {
				t.Fatalf("block %d: link text %q not in %q", i, l.Text, b.Text.S)
			}
		}
	}
	for k, fld := range doc.Meta {
		valid("meta key", k)
		span("meta "+k, fld.Span)
		walkStrings(fld.Value, func(s string) { valid("meta "+k, s) })
	}
	if doc.HasTitle {
		span("title", doc.Title.Span)
	}
	for _, d := range doc.Directives {
		span("directive", d.Span)
		for _, r := range d.Rules {
			valid("directive rule", r)
		}
	}
	for _, n := range doc.Notices {
		span("notice "+n.Rule, n.Span)
		if n.Message == "" || n.Suggestion == "" {
			t.Fatalf("notice %+v does not explain itself", n)
		}
	}
}

// checkRuns: an exact run is a copy of the working buffer, byte for byte
// (a white-space byte may read as a plain space), and a replaced run maps
// to a range inside it.
func checkRuns(t *testing.T, buf []byte, tx *Text) {
	t.Helper()
	for _, r := range tx.runs {
		src, srcEnd, rt, rn := int(r.src), int(r.srcEnd), int(r.t), int(r.n)
		if src < 0 || srcEnd < src || srcEnd > len(buf) || rt < 0 || rn < 0 {
			t.Fatalf("run %+v outside buffer %d / text %d", r, len(buf), len(tx.S))
		}
		if !r.exact || rt >= len(tx.S) {
			continue
		}
		// Trailing space is trimmed from the text after the runs are made.
		n := min(rn, len(tx.S)-rt)
		if srcEnd-src != rn {
			t.Fatalf("exact run %+v maps %d bytes to %d", r, srcEnd-src, rn)
		}
		for k := 0; k < n; k++ {
			if b, c := buf[src+k], tx.S[rt+k]; b != c && !(c == ' ' && asciiSpace(b)) {
				t.Fatalf("exact run %+v: buffer has %q, text %q", r, buf[src:srcEnd], tx.S[rt:rt+n])
			}
		}
	}
}

func walkStrings(v any, fn func(string)) {
	switch x := v.(type) {
	case string:
		fn(x)
	case map[string]any:
		for k, e := range x {
			fn(k)
			walkStrings(e, fn)
		}
	case []any:
		for _, e := range x {
			walkStrings(e, fn)
		}
	}
}

// positions recomputes line and column from the file's bytes, independently
// of LineIndex: LF, CRLF and a lone CR end a line; a column is a character
// as utf8.RuneCount counts them (an invalid byte is one); a leading UTF-8
// byte-order mark is no column.
type positions struct {
	src    []byte
	starts []int
}

func newPositions(src []byte) *positions {
	p := &positions{src: src, starts: []int{0}}
	for i, c := range src {
		if c == '\n' || c == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			p.starts = append(p.starts, i+1)
		}
	}
	return p
}

func (p *positions) at(off int) (line, col int) {
	i := sort.Search(len(p.starts), func(i int) bool { return p.starts[i] > off }) - 1
	start := p.starts[i]
	if i == 0 && bytes.HasPrefix(p.src, bom) {
		start = min(3, off)
	}
	return i + 1, utf8.RuneCount(p.src[start:off]) + 1
}

// deepList is a list nested n deep, an item a line.
func deepList(n int) string {
	var b strings.Builder
	for d := range n {
		b.WriteString(strings.Repeat("  ", d) + "- item\n")
	}
	return b.String()
}
