package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
	"golang.org/x/text/encoding/unicode"
)

// Articles in awkward encodings and line endings are linted with findings
// at the right line and column; binary files are skipped with a message and
// exit 2 while the files beside them are still linted.

// kiosk has a repeated paragraph (a duplicate-paragraph finding) after
// letters that take two and three UTF-8 bytes and an emoji that takes two
// UTF-16 units, so that wrong byte or unit counting shows in the columns.
var kiosk = map[string]string{
	"md": "# Harbour kiosk reopens after winter repairs\n\nZoë’s café 😀 on the north quay reopened on Tuesday.\n\n" +
		"“We are back,” the owner said on the quay, where the kiosk has stood since 1952 😀.\n\n" +
		"“We are back,” the owner said on the quay, where the kiosk has stood since 1952 😀.\n",
	"html": "<html><head><title>Harbour kiosk reopens</title></head>\n<body><article><h1>Harbour kiosk reopens after winter repairs</h1>\n" +
		"<p>Zoë’s café 😀 on the north quay reopened on Tuesday.</p>\n" +
		"<p>“We are back,” the owner said on the quay, where the kiosk has stood since 1952 😀.</p>" +
		"<p>“We are back,” the owner said on the quay, where the kiosk has stood since 1952 😀.</p>\n</article></body></html>\n",
	"txt": "Harbour kiosk reopens after winter repairs\n\nZoë’s café 😀 on the north quay reopened on Tuesday.\n\n" +
		"“We are back,” the owner said on the quay, where the kiosk has stood since 1952 😀.\n\n" +
		"“We are back,” the owner said on the quay, where the kiosk has stood since 1952 😀.\n",
}

// kioskWant is where each twin's duplicate paragraph starts: in the HTML it
// follows the first copy on its line: <p>, 82 characters and </p><p>.
var kioskWant = map[string]string{"md": "7:1", "html": "4:93", "txt": "7:1"}

func lintHostile(t *testing.T, dir string, args ...string) (report.Document, string, int) {
	t.Helper()
	out, stderr, code := runCLI(t, dir, "", append([]string{"lint", "--no-config", "--format", "json"}, args...)...)
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not the JSON document: %v\n%s\nstderr: %s", err, out, stderr)
	}
	return doc, stderr, code
}

// found lists findings as "path line:col rule", sorted.
func found(doc report.Document) []string {
	var out []string
	for _, f := range doc.Findings {
		out = append(out, fmt.Sprintf("%s %d:%d %s", f.Path, f.Line, f.Column, f.Rule))
	}
	slices.Sort(out)
	return out
}

func utf16Bytes(t *testing.T, order unicode.Endianness, s string) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHostileUTF16Articles(t *testing.T) {
	for _, order := range []struct {
		name   string
		endian unicode.Endianness
	}{{"le", unicode.LittleEndian}, {"be", unicode.BigEndian}} {
		for ext, src := range kiosk {
			t.Run(order.name+"."+ext, func(t *testing.T) {
				dir := t.TempDir()
				name := "kiosk-utf16" + order.name + "." + ext
				file := utf16Bytes(t, order.endian, src)
				writeFile(t, dir, name, string(file))
				writeFile(t, dir, "twin."+ext, src)
				doc, stderr, code := lintHostile(t, dir, name, "twin."+ext)
				if code != 0 || stderr != "" {
					t.Errorf("exit %d, stderr %q; want 0 and nothing", code, stderr)
				}
				want := []string{name + " " + kioskWant[ext] + " duplicate-paragraph", "twin." + ext + " " + kioskWant[ext] + " duplicate-paragraph"}
				if got := found(doc); !slices.Equal(got, want) {
					t.Fatalf("findings %q, want %q", got, want)
				}
				// The offsets are the file's own: its UTF-16 bytes there read
				// as the repeated paragraph.
				for _, f := range doc.Findings {
					if f.Path != name {
						continue
					}
					cut, _ := unicode.UTF16(order.endian, unicode.IgnoreBOM).NewDecoder().Bytes(file[f.Offset:f.EndOffset])
					if !strings.HasPrefix(string(cut), "“We are back,”") || !strings.HasSuffix(string(cut), "1952 😀.") {
						t.Errorf("bytes %d-%d read %q", f.Offset, f.EndOffset, cut)
					}
				}
			})
		}
	}
}

func TestHostileInvalidUTF8Articles(t *testing.T) {
	dir, err := filepath.Abs("testdata/hostile")
	if err != nil {
		t.Fatal(err)
	}
	doc, stderr, code := lintHostile(t, dir, "latin1-kiosk.md", "latin1-kiosk.html")
	if code != 0 || stderr != "" || len(doc.Errors) != 0 {
		t.Errorf("exit %d, stderr %q, errors %+v: want the files linted", code, stderr, doc.Errors)
	}
	want := []string{
		"latin1-kiosk.html 3:6 invalid-encoding",
		"latin1-kiosk.html 4:4 duplicate-paragraph",
		"latin1-kiosk.md 3:3 invalid-encoding",
		"latin1-kiosk.md 5:1 duplicate-paragraph",
	}
	if got := found(doc); !slices.Equal(got, want) {
		t.Fatalf("findings %q, want %q", got, want)
	}
	wantMsg := map[string]string{"latin1-kiosk.md": "6 bytes", "latin1-kiosk.html": "4 bytes"}
	for _, f := range doc.Findings {
		if f.Rule != "invalid-encoding" {
			continue
		}
		if !strings.Contains(f.Message, wantMsg[f.Path]) || !strings.Contains(f.Message, "0xEB") ||
			!strings.Contains(f.Suggestion, "UTF-8") || f.Snippet != "\uFFFD" || f.EndOffset != f.Offset+1 {
			t.Errorf("%s: %+v: want %s, the first 0xEB, a suggestion", f.Path, f, wantMsg[f.Path])
		}
	}
	for _, f := range doc.Findings {
		if f.Rule == "duplicate-paragraph" && !strings.Contains(f.Snippet, "\uFFFD") && f.Path == "latin1-kiosk.md" {
			t.Errorf("snippet %q: the invalid bytes read as U+FFFD", f.Snippet)
		}
	}
	// The text report shows the finding too, and the line it quotes is UTF-8.
	out, _, _ := runCLI(t, dir, "", "lint", "--no-config", "latin1-kiosk.md")
	if !strings.Contains(out, "latin1-kiosk.md:3:3: warning invalid-encoding not valid UTF-8: 6 bytes") || !strings.Contains(out, "Zo\uFFFD\uFFFDs caf\uFFFD") {
		t.Errorf("text report:\n%s", out)
	}
}

func TestHostileBinaryFilesAreSkipped(t *testing.T) {
	noBOM, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(kiosk["txt"]))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, file string
		data       []byte
		wantErr    string
	}{
		{"NUL late in a text file", "late-nul.txt", []byte(strings.Repeat("A line of words.\n", 600) + "tail\x00"),
			"late-nul.txt: binary file (NUL byte at line 601, column 5), not an article"},
		{"archive renamed .html", "page.html", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"),
			"page.html: binary file (NUL byte at line 1, column 6), not an article"},
		{"UTF-16 without a BOM", "kiosk.md", noBOM,
			"kiosk.md: binary file (NUL byte at line 1, column 2), not an article; it looks like UTF-16LE text without a byte-order mark: save it as UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, c.file, string(c.data))
			writeFile(t, dir, "good.md", kiosk["md"])
			doc, stderr, code := lintHostile(t, dir, ".")
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || !strings.Contains(lines[0], c.wantErr) {
				t.Errorf("stderr %q, want one line with %q", stderr, c.wantErr)
			}
			if len(doc.Errors) != 1 || doc.Errors[0].Path != c.file {
				t.Errorf("errors %+v", doc.Errors)
			}
			if got := found(doc); !slices.Equal(got, []string{"good.md 7:1 duplicate-paragraph"}) {
				t.Errorf("findings %q: the good file is still linted", got)
			}
		})
	}
}

// Old Mac files end lines with a lone CR: the findings are on the lines an
// editor shows, as for the LF twin.
func TestHostileLoneCRArticles(t *testing.T) {
	for ext, src := range kiosk {
		t.Run(ext, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "mac."+ext, strings.ReplaceAll(src, "\n", "\r"))
			writeFile(t, dir, "dos."+ext, strings.ReplaceAll(src, "\n", "\r\n"))
			doc, stderr, code := lintHostile(t, dir, "mac."+ext, "dos."+ext)
			if code != 0 || stderr != "" {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
			want := []string{"dos." + ext + " " + kioskWant[ext] + " duplicate-paragraph", "mac." + ext + " " + kioskWant[ext] + " duplicate-paragraph"}
			if got := found(doc); !slices.Equal(got, want) {
				t.Errorf("findings %q, want %q", got, want)
			}
		})
	}
}

func TestHostileDeepHTML(t *testing.T) {
	dir := t.TempDir()
	page := "<html><body>\n" + strings.Repeat("<div>", 700) + "\n<p>The kiosk reopened on Tuesday after a winter of repairs.</p>\n" +
		"<p>The kiosk reopened on Tuesday after a winter of repairs.</p>\n</body></html>\n"
	writeFile(t, dir, "deep.html", page)
	doc, stderr, code := lintHostile(t, dir, "deep.html")
	if code != 0 || stderr != "" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	// html and body are open, so the 511th <div> is the first too deep.
	col := 1 + 510*len("<div>")
	want := []string{fmt.Sprintf("deep.html 2:%d input-limit", col), "deep.html 4:4 duplicate-paragraph"}
	if got := found(doc); !slices.Equal(got, want) {
		t.Fatalf("findings %q, want %q", got, want)
	}
	for _, f := range doc.Findings {
		if f.Rule == "input-limit" && (!strings.Contains(f.Message, "512") || f.Suggestion == "") {
			t.Errorf("finding %+v does not explain itself", f)
		}
	}
}
