package document

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"
)

// hostileMarkdown are shapes that would make goldmark quadratic in time or
// memory; each must be caught by the guard and read as plain text.
var hostileMarkdown = []struct {
	name, head, unit string
}{
	{"tabs after quote markers", "", ">\t"},
	{"tabs after list markers", "", "-\t"},
	{"tabs after numbered items", "", "1.\t"},
	{"unmatched delimiters", "", "*a_ "},
	{"unmatched delimiters without spaces", "", "a*_"},
	{"unmatched strikethrough", "", "~a_ "},
	{"unmatched delimiters over lines", "", "*a_\n"},
	{"short rows under a wide header", "|" + strings.Repeat("c|", 5000) + "\n|" + strings.Repeat("-|", 5000) + "\n", "|x|\n"},
	{"short rows under a wide header, CRLF", "|" + strings.Repeat("c|", 5000) + "\r\n|" + strings.Repeat("-|", 5000) + "\r\n", "|x|\r\n"},
	{"unclosed link destinations", "", "[a]("},
	{"nested quotes", "", "> "},
}

// workOf counts what reading data costs: bytes allocated and allocations.
func workOf(t *testing.T, data []byte, format Format) (bytes, allocs uint64, d *Document) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d, err := Read("h", data, format)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	return after.TotalAlloc - before.TotalAlloc, after.Mallocs - before.Mallocs, d
}

// Every hostile Markdown shape is read as plain text, with one input-limit
// notice, and the reading allocates in proportion to the file.
func TestHostileMarkdownIsGuarded(t *testing.T) {
	for _, h := range hostileMarkdown {
		t.Run(h.name, func(t *testing.T) {
			src := []byte("Title\n\n" + h.head + strings.Repeat(h.unit, 200_000/len(h.unit)))
			bytes, _, d := workOf(t, src, Markdown)
			if len(d.Notices) != 1 || d.Notices[0].Rule != "input-limit" || !strings.Contains(d.Notices[0].Message, "read as plain text") {
				t.Fatalf("notices %+v", d.Notices)
			}
			// A block costs the reader about 200 bytes: a file of short
			// lines read as text costs that much per line, no more.
			if per := float64(bytes) / float64(len(src)); per > 250 && !raceDetector {
				t.Errorf("reading allocated %.0f bytes per byte of input", per)
			}
		})
	}
}

// The guard's own estimate of the parser's work stays linear on Markdown
// it lets through, and well-formed dense Markdown is let through.
func TestParserWorkIsLinear(t *testing.T) {
	dense := map[string]string{
		"emphasis in prose":           "Some *emphasis* and _more_ with snake_case_words, **bold** and ~~struck~~ text. ",
		"a list of stray delimiters":  "- *a_\n",
		"a table with short rows":     "|a|b|c|\n|-|-|-|\n|1|2|\n",
		"links":                       "On Monday the [council](https://example.com/a) met. ",
		"shallow quotes and lists":    "> > - item\n",
		"tabs inside text":            "Name:\tvalue\t- not a list\n",
		"numbers after a quote":       "> 1. first\n",
		"underscores inside words":    "call_the_function_now and __init__ ",
		"asterisks in arithmetic":     "2 * 3 * 4 = 24; ",
		"headings between delimiters": "*a_\n# heading\n",
		"lists ten deep":              "- a\n  - b\n    - c\n      - d\n        - e\n          - f\n            - g\n              - h\n                - i\n                  - j\n",
	}
	for name, unit := range dense {
		t.Run(name, func(t *testing.T) {
			small := []byte(strings.Repeat(unit, 100_000/len(unit)))
			big := []byte(strings.Repeat(unit, 400_000/len(unit)))
			inf := budgets{1 << 62, 1 << 62, 1 << 62, 1 << 62, 1 << 62, 0}
			ws, wb := scanMarkdown(small, inf).work, scanMarkdown(big, inf).work
			if wb > 5*ws {
				t.Errorf("parser work %d on %d bytes, %d on %d: not linear", ws, len(small), wb, len(big))
			}
			if at, reason := markdownHazard(big); at >= 0 {
				t.Errorf("guarded at %d: %s", at, reason)
			}
		})
	}
}

// Reading grows linearly with the input, counted in bytes allocated and
// allocations (never in seconds): four times the input may cost at most
// five times as much.
func TestHostileInputReadsInLinearWork(t *testing.T) {
	type shape struct {
		name   string
		format Format
		head   string
		unit   string
	}
	var shapes []shape
	for _, h := range hostileInputs {
		shapes = append(shapes, shape{h.name, h.format, "", h.unit})
	}
	for _, h := range hostileMarkdown {
		shapes = append(shapes, shape{"markdown: " + h.name, Markdown, h.head, h.unit})
	}
	for _, h := range shapes {
		t.Run(h.name, func(t *testing.T) {
			n := 100_000 / len(h.unit)
			small := []byte("Title\n\n" + h.head + strings.Repeat(h.unit, n))
			big := []byte("Title\n\n" + h.head + strings.Repeat(h.unit, 4*n))
			bs, as, _ := workOf(t, small, h.format)
			bb, ab, _ := workOf(t, big, h.format)
			if bb > 5*bs+1<<20 {
				t.Errorf("allocated %d bytes for %d bytes of input, %d for %d: not linear", bs, len(small), bb, len(big))
			}
			if ab > 5*as+1000 {
				t.Errorf("%d allocations for %d bytes of input, %d for %d: not linear", as, len(small), ab, len(big))
			}
		})
	}
}

// Front matter is read in one pass: thousands of keys cost in proportion
// (a pattern compiled per key made 10,000 keys take seconds).
func TestFrontMatterManyKeys(t *testing.T) {
	for _, fence := range []struct{ open, sep, close string }{{"---\n", ": ", "---\n"}, {"+++\n", " = ", "+++\n"}} {
		build := func(n int) []byte {
			var b strings.Builder
			b.WriteString(fence.open)
			for i := range n {
				fmt.Fprintf(&b, "key%d%s\"value %d\"\n", i, fence.sep, i)
			}
			b.WriteString(fence.close + "\nText.\n")
			return []byte(b.String())
		}
		small, big := build(2000), build(8000)
		bs, as, d := workOf(t, small, Markdown)
		bb, ab, _ := workOf(t, big, Markdown)
		if bb > 5*bs || ab > 5*as {
			t.Errorf("%q front matter: %d bytes in %d allocations for 2,000 keys, %d in %d for 8,000: not linear", fence.open, bs, as, bb, ab)
		}
		f := d.Meta["key1999"]
		if f.Value != "value 1999" || d.Snippet(f.Span) != "value 1999" {
			t.Errorf("%q key1999 = %v at %q", fence.open, f.Value, d.Snippet(f.Span))
		}
	}
}

// Each key's span is its value on the key's first line, without quotes;
// a key with no value on its line points at the line.
func TestFrontMatterKeySpans(t *testing.T) {
	src := "---\ntitle: \"Harbour reopens\"\ndate:   2025-03-14  \r\ntags:\n  - port\nurl: https://example.com/a:b\n---\n\nText.\n"
	d := read(t, Markdown, src)
	for key, want := range map[string]string{"title": "Harbour reopens", "date": "2025-03-14", "tags": "tags:", "url": "https://example.com/a:b"} {
		if got := d.Snippet(d.Meta[key].Span); got != want {
			t.Errorf("%s: span shows %q, want %q", key, got, want)
		}
	}
}

// A file whose lines end in lone CRs (classic Mac OS) is read with those
// as line breaks, but a snippet shows the file's own bytes: a CR, not LF.
func TestLoneCRSnippets(t *testing.T) {
	for _, format := range []Format{Plain, Markdown, HTML} {
		src := "Title\r\rFirst line\rsecond line.\r"
		if format == HTML {
			src = "<p>Title</p>\r\r<p>First line\rsecond line.</p>\r"
		}
		d := read(t, format, src)
		at := strings.Index(src, "First")
		end := strings.Index(src, "line.") + len("line.")
		s := d.Span(at, end)
		if got, want := d.Snippet(s), "First line\rsecond line."; got != want {
			t.Errorf("%s: snippet %q, want %q", format, got, want)
		}
		if s.Line != 3 || s.EndLine != 4 {
			t.Errorf("%s: lines %d-%d, want 3-4", format, s.Line, s.EndLine)
		}
		if text, _, _ := d.Excerpt(s); !strings.HasSuffix(text, "First line") {
			t.Errorf("%s: excerpt %q", format, text)
		}
	}
}

// The front matter walker gives the values yaml.v3 would, without its
// pairwise check of a mapping's keys.
func TestYAMLValuesAsTheLibrary(t *testing.T) {
	docs := []string{
		"title: \"Harbour\"\ndate: 2025-03-14\ncount: 3\nratio: 0.5\ndraft: false\nnothing:\ntags: [port, storm]\n",
		"author:\n  name: A. Writer\n  links:\n    - https://example.com/a\n    - 2\nupdated: 2025-03-14T09:30:00Z\n",
		"base: &b\n  section: news\n  lang: en\npage:\n  <<: *b\n  lang: fr\nlist: [*b, *b]\n",
		"quoted: 'it''s'\nmulti: |\n  line one\n  line two\nfolded: >\n  a\n  b\n",
		"",
		"# only a comment\n",
	}
	for _, src := range docs {
		want := map[string]any{}
		if err := yaml.Unmarshal([]byte(src), &want); err != nil {
			t.Fatal(err)
		}
		got, err := yamlValues([]byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if g, w := fmt.Sprint(plain(got)), fmt.Sprint(plain(want)); g != w {
			t.Errorf("%q:\n got %s\nwant %s", src, g, w)
		}
	}
	for src, want := range map[string]string{
		"a: 1\nb: 2\na: 3\n": `line 3: mapping key "a" already defined at line 1`,
		"- a\n- b\n":         "not a seq",
		laughs():             "aliases expand",
	} {
		if _, err := yamlValues([]byte(src)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", src, err, want)
		}
	}
}

// laughs is YAML whose aliases of aliases expand to ten million values.
func laughs() string {
	var b strings.Builder
	b.WriteString("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "l%d: &l%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 10), ", "))
	}
	return b.String()
}
