package fix

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/newslint/newslint/engine/document"
)

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// editAt returns an edit replacing the first occurrence of old (as the file
// writes it) with text.
func editAt(t *testing.T, src []byte, old []byte, text string) Edit {
	t.Helper()
	i := bytes.Index(src, old)
	if i < 0 {
		t.Fatalf("%q not in the file", old)
	}
	return Edit{Offset: i, EndOffset: i + len(old), Text: text, Rule: "r", Line: 1}
}

func TestApplyKeepsEveryOtherByte(t *testing.T) {
	for name, c := range map[string]struct {
		format document.Format
		src    []byte
		old    []byte
		text   string
		want   []byte
	}{
		"markdown, CRLF": {document.Markdown, []byte("---\r\ndate: 2025-03-20\r\n---\r\n# T\r\n\r\nOn Wednesday, 18 March 2025, they met.\r\n"),
			[]byte("Wednesday, 18 March 2025"), "Tuesday, 18 March 2025",
			[]byte("---\r\ndate: 2025-03-20\r\n---\r\n# T\r\n\r\nOn Tuesday, 18 March 2025, they met.\r\n")},
		"text, BOM": {document.Plain, []byte("\xEF\xBB\xBFOn Wednesday, 18 March 2025, they met.\n"),
			[]byte("Wednesday"), "Tuesday", []byte("\xEF\xBB\xBFOn Tuesday, 18 March 2025, they met.\n")},
		"html escapes": {document.HTML, []byte("<p>Smith said it.</p>\n"), []byte("Smith"), "Smith & Jones",
			[]byte("<p>Smith &amp; Jones said it.</p>\n")},
		"utf-16": {document.Plain, utf16le("Él dijo: Wednesday, 18 March 2025.\r\n", true), utf16le("Wednesday", false), "Tuesday",
			utf16le("Él dijo: Tuesday, 18 March 2025.\r\n", true)},
		"deletion": {document.Markdown, []byte("# T\n\nSame text.\n\nSame text.\n"), []byte("Same text.\n\nSame text."), "", []byte("# T\n\n\n")},
	} {
		t.Run(name, func(t *testing.T) {
			doc, err := document.Read("a", c.src, c.format)
			if err != nil {
				t.Fatal(err)
			}
			e := editAt(t, c.src, c.old, c.text)
			if c.text == "" { // delete the second copy only
				e.Offset = bytes.LastIndex(c.src, []byte("Same text."))
				e.EndOffset = e.Offset + len("Same text.")
				c.want = []byte("# T\n\nSame text.\n\n")
			}
			got, applied, skipped := Apply(doc, c.src, []Edit{e})
			if len(applied) != 1 || len(skipped) != 0 || !bytes.Equal(got, c.want) {
				t.Fatalf("got %q (applied %v, skipped %v), want %q", got, applied, skipped, c.want)
			}
			if !bytes.Equal(got[:e.Offset], c.src[:e.Offset]) || c.text != "" && !bytes.HasSuffix(got, c.src[e.EndOffset:]) {
				t.Error("bytes outside the edit changed")
			}
			if _, err := ReadBack("a", c.format, got); err != nil {
				t.Errorf("read back: %v", err)
			}
		})
	}
}

// Removing a paragraph takes its line break and one blank line with it,
// so that its neighbours keep one blank line between them, in every line
// ending.
func TestDeletionTakesWholeLines(t *testing.T) {
	for _, nl := range []string{"\n", "\r\n", "\r"} {
		src := []byte(strings.ReplaceAll("First one.\n\nRepeated one.\n\nLast one.\n", "\n", nl))
		doc, err := document.Read("a.txt", src, document.Plain)
		if err != nil {
			t.Fatal(err)
		}
		got, _, _ := Apply(doc, src, []Edit{editAt(t, src, []byte("Repeated one."), "")})
		if want := strings.ReplaceAll("First one.\n\nLast one.\n", "\n", nl); string(got) != want {
			t.Errorf("%q: got %q, want %q", nl, got, want)
		}
	}
	// A span inside a line is cut alone.
	src := []byte("Keep this. Cut this.\n")
	doc, _ := document.Read("a.txt", src, document.Plain)
	if got, _, _ := Apply(doc, src, []Edit{editAt(t, src, []byte(" Cut this."), "")}); string(got) != "Keep this.\n" {
		t.Errorf("got %q", got)
	}
}

func TestApplySkips(t *testing.T) {
	src := []byte("# T\n\nOn **Wednesday**, 18 March 2025, the talks began. Then *more* came.\n")
	doc, err := document.Read("a.md", src, document.Markdown)
	if err != nil {
		t.Fatal(err)
	}
	markup := editAt(t, src, []byte("**Wednesday**"), "Tuesday")
	first := editAt(t, src, []byte("the talks began"), "")
	overlap := editAt(t, src, []byte("began. Then"), "ended. Then")
	cut := editAt(t, src, []byte("*more* came"), "")
	same := editAt(t, src, []byte("2025"), "2025")
	got, applied, skipped := Apply(doc, src, []Edit{markup, same, first, overlap, cut})
	if len(applied) != 1 || applied[0] != first || len(skipped) != 3 {
		t.Fatalf("applied %v skipped %v", applied, skipped)
	}
	if skipped[0].Reason != "its span holds markup" || skipped[1].Reason != "overlaps an earlier fix" || skipped[2].Reason != "its span holds markup" {
		t.Errorf("reasons: %+v", skipped)
	}
	if !bytes.Equal(got, []byte("# T\n\nOn **Wednesday**, 18 March 2025, . Then *more* came.\n")) {
		t.Errorf("got %q", got)
	}

	// A legacy charset writes what it cannot hold as character references.
	page := []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 owner Smith spoke.</p></body></html>")
	doc, err = document.Read("p.html", page, document.HTML)
	if err != nil {
		t.Fatal(err)
	}
	got, applied, _ = Apply(doc, page, []Edit{editAt(t, page, []byte("Smith"), "Смит & Co")})
	if len(applied) != 1 || !bytes.Contains(got, []byte("Caf\xe9 owner &#1057;&#1084;&#1080;&#1090; &amp; Co spoke.")) {
		t.Errorf("got %q", got)
	}
	if back, err := ReadBack("p.html", document.HTML, got); err != nil || !strings.Contains(back.Blocks[0].Text.S, "Смит & Co") {
		t.Errorf("read back: %v", err)
	}
}

func TestReadBackRefusesInexactFiles(t *testing.T) {
	if _, err := ReadBack("a.txt", document.Plain, []byte("bad \xff byte\n")); err == nil {
		t.Error("a file with invalid UTF-8 read back as exact")
	}
}

func TestUnified(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n"
	neu := "a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn"
	want := `--- x
+++ x
@@ -1,6 +1,6 @@
 a
 b
-c
+C
 d
 e
 f
@@ -11,3 +11,4 @@
 k
 l
 m
+n
\ No newline at end of file
`
	if got := Unified("x", old, neu); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if Unified("x", old, old) != "" {
		t.Error("equal texts have a diff")
	}
	if got := Unified("x", "a\nb\n", "b\n"); got != "--- x\n+++ x\n@@ -1,2 +1 @@\n-a\n b\n" {
		t.Errorf("deletion: %q", got)
	}
}
