package document

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// articles holds one small article per format; each has a link, non-ASCII
// letters, an emoji (two UTF-16 units) and a tab.
var articles = map[Format]string{
	Plain:    "Harbour reopens\n\nThe café on the quay — closed since March 😀 — opened\ton Tuesday.\n\nSee harbour.example for times.\n",
	Markdown: "---\ntitle: Harbour reopens\nauthor: Zoë Ng\n---\n\n# Harbour reopens\n\nThe café on the quay — closed since March 😀 — opened\ton Tuesday.\n\nSee [the times](https://harbour.example/times).\n",
	HTML:     "<html><head><title>Harbour reopens</title><meta name=\"author\" content=\"Zoë Ng\"></head>\n<body><h1>Harbour reopens</h1>\n<p>The café on the quay — closed since March 😀 — opened\ton Tuesday.</p>\n<p>See <a href=\"https://harbour.example/times\">the times</a>.</p></body></html>\n",
}

func readOK(t *testing.T, name string, src []byte, f Format) *Document {
	t.Helper()
	d, err := Read(name, src, f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d
}

type spanned struct {
	what string
	s    Span
}

func allSpans(d *Document) []spanned {
	var out []spanned
	for i, b := range d.Blocks {
		out = append(out, spanned{fmt.Sprintf("block %d %q", i, b.Text.S), b.Span})
		for _, l := range b.Links {
			out = append(out, spanned{"link " + l.Text, l.Span})
		}
	}
	for _, k := range []string{"title", "author"} {
		if f, ok := d.Meta[k]; ok {
			out = append(out, spanned{"meta " + k, f.Span})
		}
	}
	return out
}

// A UTF-16 file reads as the same article as its UTF-8 twin: same text, the
// same lines and columns (characters, BOM excluded), and offsets that point
// at the UTF-16 bytes of the same characters.
func TestUTF16WithBOM(t *testing.T) {
	for _, order := range []struct {
		name   string
		endian unicode.Endianness
	}{{"UTF-16LE", unicode.LittleEndian}, {"UTF-16BE", unicode.BigEndian}} {
		enc := unicode.UTF16(order.endian, unicode.UseBOM)
		for format, src := range articles {
			t.Run(order.name+"/"+string(format), func(t *testing.T) {
				want := readOK(t, "utf8", []byte(src), format)
				file, err := enc.NewEncoder().Bytes([]byte(src))
				if err != nil {
					t.Fatal(err)
				}
				got := readOK(t, "utf16", file, format)
				if got.Encoding != order.name {
					t.Errorf("Encoding %q, want %q", got.Encoding, order.name)
				}
				ws, gs := allSpans(want), allSpans(got)
				if len(ws) != len(gs) || len(ws) < 3 {
					t.Fatalf("%d spans, want %d", len(gs), len(ws))
				}
				for i := range ws {
					w, g := ws[i].s, gs[i].s
					if ws[i].what != gs[i].what {
						t.Errorf("got %s, want %s", gs[i].what, ws[i].what)
					}
					if w.Line != g.Line || w.Column != g.Column || w.EndLine != g.EndLine || w.EndColumn != g.EndColumn {
						t.Errorf("%s: %d:%d-%d:%d, want %d:%d-%d:%d", gs[i].what, g.Line, g.Column, g.EndLine, g.EndColumn, w.Line, w.Column, w.EndLine, w.EndColumn)
					}
					// The file bytes at the span decode to the UTF-8 text at its span.
					cut, _ := unicode.UTF16(order.endian, unicode.IgnoreBOM).NewDecoder().Bytes(file[g.Offset:g.EndOffset])
					if string(cut) != src[w.Offset:w.EndOffset] {
						t.Errorf("%s: file bytes %d-%d read %q, want %q", gs[i].what, g.Offset, g.EndOffset, cut, src[w.Offset:w.EndOffset])
					}
				}
				if len(got.Notices) != 0 {
					t.Errorf("notices %+v", got.Notices)
				}
			})
		}
	}
}

// A UTF-8 byte-order mark moves offsets by three bytes and columns by none.
func TestUTF8BOMIsNoColumn(t *testing.T) {
	for format, src := range articles {
		want := readOK(t, "plain", []byte(src), format)
		got := readOK(t, "bom", append([]byte("\xEF\xBB\xBF"), src...), format)
		ws, gs := allSpans(want), allSpans(got)
		if len(ws) != len(gs) {
			t.Fatalf("%s: %d spans, want %d", format, len(gs), len(ws))
		}
		for i := range ws {
			w, g := ws[i].s, gs[i].s
			if g.Offset != w.Offset+3 || g.Line != w.Line || g.Column != w.Column || g.EndColumn != w.EndColumn {
				t.Errorf("%s %s: %+v, want %+v shifted by 3 bytes", format, gs[i].what, g, w)
			}
		}
	}
}

// Invalid bytes read as U+FFFD, one each, mapped to the byte itself; one
// notice tells how many and the first; columns count each invalid byte as
// a character, stray continuation bytes included.
func TestInvalidUTF8(t *testing.T) {
	// 0xE9 (Latin-1 é), two stray continuation bytes, a cut 3-byte sequence.
	para := "Caf\xe9 opens \x80\x80 at \xe2\x82 nine, says Zo\xeb."
	srcs := map[Format]string{
		Plain:    "Caf\xe9 news\n\n" + para + "\n",
		Markdown: "---\ntitle: Caf\xe9 news\n---\n\n" + para + "\n",
		HTML:     "<meta charset=\"utf-8\"><title>Caf\xe9 news</title>\n\n<p>" + para + "</p>\n<p><a href=\"/caf\xe9\">Caf\xe9</a> after.</p>\n",
	}
	for format, src := range srcs {
		t.Run(string(format), func(t *testing.T) {
			d := readOK(t, "bad", []byte(src), format)
			if d.Encoding != "" {
				t.Fatalf("read as %s, want UTF-8", d.Encoding)
			}
			if len(d.Notices) != 1 {
				t.Fatalf("notices %+v, want one", d.Notices)
			}
			n := d.Notices[0]
			first := strings.IndexByte(src, 0xE9)
			wantCount := 1 + 6 // the title's é, then the paragraph's six
			if format == HTML {
				wantCount += 2
			}
			if n.Rule != "invalid-encoding" || n.Span.Offset != first || n.Span.EndOffset != first+1 ||
				!strings.Contains(n.Message, fmt.Sprintf("%d bytes", wantCount)) || !strings.Contains(n.Message, "0xE9") ||
				!strings.Contains(n.Suggestion, "UTF-8") {
				t.Errorf("notice %+v: want %d bytes, the first 0xE9 at offset %d", n, wantCount, first)
			}
			if l, c := position(src, first); n.Span.Line != l || n.Span.Column != c {
				t.Errorf("notice at %d:%d, want %d:%d", n.Span.Line, n.Span.Column, l, c)
			}
			var body *Block
			for i := range d.Blocks {
				if strings.HasPrefix(d.Blocks[i].Text.S, "Caf\uFFFD opens") {
					body = &d.Blocks[i]
				}
			}
			if body == nil {
				t.Fatalf("no paragraph in %+v", d.Blocks)
			}
			if want := "Caf\uFFFD opens \uFFFD\uFFFD at \uFFFD\uFFFD nine, says Zo\uFFFD."; body.Text.S != want {
				t.Errorf("text %q, want %q", body.Text.S, want)
			}
			// Each U+FFFD maps back to its own byte.
			at := strings.Index(body.Text.S, "\uFFFD\uFFFD")
			if s, e := body.Text.Range(at, at+3); s != strings.Index(src, "\x80") || e != s+1 {
				t.Errorf("first stray byte maps to %d-%d", s, e)
			}
			s := body.Span
			if l, c := position(src, s.EndOffset); s.EndLine != l || s.EndColumn != c {
				t.Errorf("paragraph ends at %d:%d, want %d:%d", s.EndLine, s.EndColumn, l, c)
			}
			if !strings.HasPrefix(d.Title.Value.(string), "Caf\uFFFD") {
				t.Errorf("title %q", d.Title.Value)
			}
			for _, b := range d.Blocks {
				for _, l := range b.Links {
					if !utf8.ValidString(l.URL) {
						t.Errorf("link URL %q", l.URL)
					}
				}
			}
			if ex, _, _ := d.Excerpt(n.Span); !utf8.ValidString(ex) || d.Snippet(n.Span) != "\uFFFD" {
				t.Errorf("excerpt %q, snippet %q", ex, d.Snippet(n.Span))
			}
		})
	}
}

// position counts lines (LF, CRLF, lone CR) and characters independently of
// LineIndex.
func position(src string, off int) (int, int) {
	p := newPositions([]byte(src))
	return p.at(off)
}

func TestLineIndexCountsStrayBytesOnLongLines(t *testing.T) {
	line := strings.Repeat("ab\x80c\xe9 \xF0\x9F\x98\x80 \xe2\x82x ", 300)
	buf := []byte(line + "\n" + line)
	li := NewLineIndex(buf)
	// Every character start, as spans take them.
	for off := 0; off <= len(buf); off = nextRune(buf, off) {
		wl, wc := position(string(buf), off)
		if l, c := li.Position(off); l != wl || c != wc {
			t.Fatalf("offset %d: %d:%d, want %d:%d", off, l, c, wl, wc)
		}
	}
}

func nextRune(buf []byte, off int) int {
	if off >= len(buf) {
		return off + 1
	}
	_, size := utf8.DecodeRune(buf[off:])
	return off + size
}

// Without a declaration, a page that reads mostly as UTF-8 is UTF-8 with a
// few broken bytes; one that does not is Windows-1252, as browsers read it.
func TestHTMLCharsetChoice(t *testing.T) {
	longHead := "<html><head><title>T</title></head><body>" + strings.Repeat("<p>Plain words in the head.</p>\n", 40)
	cases := []struct {
		name, page, encoding, text string
		notice                     bool
	}{
		{"undeclared UTF-8 with a broken byte", "<p>Zoë and Łódź \x80 café</p>", "", "Zoë and Łódź \uFFFD café", true},
		{"undeclared Latin-1", "<p>Caf\xe9 \x93quoted\x94</p>", "windows-1252", "Café “quoted”", false},
		{"declared UTF-8, broken", "<meta charset=\"utf-8\"><p>Caf\xe9</p>", "", "Caf\uFFFD", true},
		{"declared Latin-1", "<meta charset=\"iso-8859-1\"><p>Caf\xe9 Zo\xeb</p>", "windows-1252", "Café Zoë", false},
		{"declared Latin-1, valid UTF-8 bytes", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>Caf\xc3\xa9</p>", "windows-1252", "CafÃ©", false},
		{"undeclared, UTF-8 only after the first kilobyte", longHead + "<p>Zoë Ng</p>", "", "Zoë Ng", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := readOK(t, "p.html", []byte(c.page), HTML)
			if d.Encoding != c.encoding {
				t.Errorf("encoding %q, want %q", d.Encoding, c.encoding)
			}
			if last := d.Blocks[len(d.Blocks)-1].Text.S; last != c.text {
				t.Errorf("text %q, want %q", last, c.text)
			}
			if (len(d.Notices) == 1) != c.notice || len(d.Notices) > 1 {
				t.Errorf("notices %+v", d.Notices)
			}
		})
	}
}

func TestBinaryFiles(t *testing.T) {
	article := []byte(articles[Plain])
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder()
	noBOM, _ := le.Bytes(article)
	withNUL, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Title\n\nA\x00b\n"))
	cases := []struct {
		name string
		data []byte
		want []string
	}{
		{"NUL after the first 8000 bytes", append([]byte(strings.Repeat("Words and more words.\n", 500)+"x"), 0, 1, 2),
			[]string{"binary file", "line 501, column 2"}},
		{"NUL after lone CRs", []byte("Title\r\rText\x00"), []string{"line 3, column 5"}},
		{"UTF-16LE without BOM", noBOM, []string{"line 1, column 2", "looks like UTF-16LE text without a byte-order mark"}},
		{"UTF-16 with a U+0000", withNUL, []string{"UTF-16LE with a U+0000 character at line 3, column 2"}},
		{"image", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), []string{"binary file (NUL byte at line 3, column 1)"}},
	}
	for _, c := range cases {
		for _, format := range []Format{Plain, Markdown, HTML} {
			_, err := Read("f", c.data, format)
			var de *Error
			if !errors.As(err, &de) {
				t.Errorf("%s/%s: %v, want a *Error", c.name, format, err)
				continue
			}
			for _, w := range c.want {
				if !strings.Contains(de.Error(), w) {
					t.Errorf("%s/%s: %q, want %q", c.name, format, de.Error(), w)
				}
			}
		}
	}
	// Text in UTF-16 with a BOM holds NUL bytes and is no binary file.
	for format, src := range articles {
		file, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(src))
		readOK(t, "be", file, format)
	}
}

// A lone CR (classic Mac OS) ends a line like LF and CRLF do, in every
// reader, and the file is left as it was.
func TestLoneCRLineEndings(t *testing.T) {
	for format, src := range articles {
		t.Run(string(format), func(t *testing.T) {
			want := readOK(t, "lf", []byte(src), format)
			for _, eol := range []string{"\r", "\r\n"} {
				file := []byte(strings.ReplaceAll(src, "\n", eol))
				kept := string(file)
				got := readOK(t, "cr", file, format)
				if string(file) != kept {
					t.Fatal("the reader changed its input")
				}
				ws, gs := allSpans(want), allSpans(got)
				if len(ws) != len(gs) {
					t.Fatalf("%q: %d spans, want %d", eol, len(gs), len(ws))
				}
				for i := range ws {
					w, g := ws[i].s, gs[i].s
					if ws[i].what != gs[i].what || g.Line != w.Line || g.Column != w.Column || g.EndLine != w.EndLine || g.EndColumn != w.EndColumn {
						t.Errorf("%q: %s at %+v, want %s at %+v", eol, gs[i].what, g, ws[i].what, w)
					}
					if l, c := position(string(file), g.Offset); l != g.Line || c != g.Column {
						t.Errorf("%q: %s at %d:%d, offset says %d:%d", eol, gs[i].what, g.Line, g.Column, l, c)
					}
				}
			}
		})
	}
}

func TestTabIsOneColumn(t *testing.T) {
	d := readOK(t, "tab", []byte("Title\n\n\tIndented\ttext after a tab.\n"), Plain)
	s := d.Blocks[1].Span
	if s.Line != 3 || s.Column != 2 || s.EndColumn != 2+len("Indented\ttext after a tab.") {
		t.Errorf("span %+v: a tab is one column", s)
	}
}

func TestHTMLDepthCap(t *testing.T) {
	page := "<body>" + strings.Repeat("<div>", 600) + "<h2>Deep heading</h2><p>Deep text.</p>" +
		strings.Repeat("</div>", 600) + "<p>After the nest.</p><script>var x = 1;</script></body>"
	d := readOK(t, "deep.html", []byte(page), HTML)
	var texts []string
	for _, b := range d.Blocks {
		texts = append(texts, b.Text.S)
	}
	if got := strings.Join(texts, "|"); got != "Deep heading|Deep text.|After the nest." {
		t.Errorf("blocks %q", got)
	}
	if len(d.Notices) != 1 {
		t.Fatalf("notices %+v, want one", d.Notices)
	}
	n := d.Notices[0]
	// <body> is the first element, so the 512th <div> is the first too deep.
	at := len("<body>") + 511*len("<div>")
	if n.Rule != "input-limit" || n.Span.Offset != at || n.Span.EndOffset != at+5 || !strings.Contains(n.Message, "512") || n.Suggestion == "" {
		t.Errorf("notice %+v, want input-limit at offset %d", n, at)
	}
	// A skipped element beyond the cap is still skipped.
	page = strings.Repeat("<div>", 520) + "<p>Seen.</p><style>p { color: red }</style><p>Also seen.</p>"
	d = readOK(t, "deep.html", []byte(page), HTML)
	for _, b := range d.Blocks {
		if strings.Contains(b.Text.S, "color") {
			t.Errorf("style read as prose: %q", b.Text.S)
		}
	}
	if len(d.Blocks) != 2 {
		t.Errorf("blocks %+v", d.Blocks)
	}
}

// hostileInputs are shapes that cost quadratic time in a careless reader:
// nesting, stray end tags, one huge line, many entities and links.
var hostileInputs = []struct {
	name   string
	format Format
	unit   string
}{
	{"unclosed divs", HTML, "<div>"},
	{"stray end tags", HTML, "</span>"},
	{"nested skipped", HTML, "<svg><p>"},
	{"text in deep nest", HTML, "<div>x<b>y</b>"},
	{"one long HTML line", HTML, "Words and more words &amp; "},
	{"one long text line", Plain, "Words and more\twords. "},
	{"wrapped lines in a file of long lines", Plain, strings.Repeat("word ", 30) + "\nand more words\n"},
	{"one long Markdown line", Markdown, "Words *and* [more](http://e.org) words &amp; "},
	{"autolinks", Markdown, "see www.example.com/a and "},
	{"invalid bytes", Plain, "Caf\xe9 \x80 "},
	{"lone CRs", Markdown, "Line\r"},
}

func BenchmarkHostileInputs(b *testing.B) {
	for _, h := range hostileInputs {
		for _, size := range []int{250_000, 1_000_000} {
			data := []byte("Title\n\n" + strings.Repeat(h.unit, size/len(h.unit)))
			b.Run(fmt.Sprintf("%s/%dKB", h.name, size/1000), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := Read("h", data, h.format); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// A decoded file reports once the places its decoder could not read; a
// U+FFFD written in the file itself is text.
func TestUndecodableBytes(t *testing.T) {
	cases := []struct {
		name, file string
		format     Format
		offset     int
		end        int
		message    string
	}{
		{"unpaired UTF-16 surrogates", "\xFF\xFET\x00i\x00\x00\xD8t\x00\n\x00\n\x00x\x00y\x00\x00\xDC", Plain, 6, 8, "not valid UTF-16LE: 2 places"},
		{"odd last byte", "\xFE\xFF\x00a\x00b\x00", Markdown, 6, 7, "not valid UTF-16BE: 1 place"},
		{"byte Windows-1252 leaves undefined", "<meta charset=windows-1252><p>a\x81b</p>", HTML, 31, 32, "not valid windows-1252: 1 place"},
		{"U+FFFD in the file", "\xFF\xFE\xFD\xFFa\x00", Plain, -1, -1, ""},
	}
	for _, c := range cases {
		d := readOK(t, c.name, []byte(c.file), c.format)
		if c.offset < 0 {
			if len(d.Notices) != 0 {
				t.Errorf("%s: notices %+v", c.name, d.Notices)
			}
			continue
		}
		if len(d.Notices) != 1 {
			t.Fatalf("%s: notices %+v, want one", c.name, d.Notices)
		}
		n := d.Notices[0]
		if n.Rule != "invalid-encoding" || n.Span.Offset != c.offset || n.Span.EndOffset != c.end || !strings.Contains(n.Message, c.message) {
			t.Errorf("%s: %+v, want %q at %d-%d", c.name, n, c.message, c.offset, c.end)
		}
	}
}
