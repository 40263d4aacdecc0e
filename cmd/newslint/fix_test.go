package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestFixEveryFormat(t *testing.T) {
	sentence := "On Wednesday, 18 March 2025, the two leaders spoke by phone."
	fixedSentence := "On Tuesday, 18 March 2025, the two leaders spoke by phone."
	u16 := func(s string) []byte {
		b := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	files := map[string][]byte{
		"crlf.md":   []byte("---\r\ndate: 2025-03-20\r\n---\r\n# Talks\r\n\r\n" + sentence + "\r\n\r\nThey talk again on Friday.\r\n"),
		"bom.txt":   []byte("\xEF\xBB\xBFTalks\n\n" + sentence + "\n"),
		"page.html": []byte("<!DOCTYPE html><html><head><title>Talks</title><meta name=\"date\" content=\"2025-03-20\"></head><body><h1>Talks</h1><p>" + sentence + "</p><p>Café owners cheered.</p></body></html>\n"),
		"u16.txt":   u16("Talks\r\n\r\n" + sentence + "\r\nCafé owners cheered.\r\n"),
	}
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o640); err != nil {
			t.Fatal(err)
		}
	}
	// --diff writes nothing and exits 1.
	out, stderr, code := runCLI(t, dir, "", "fix", "--no-config", "--date", "2025-03-20", "--diff", ".")
	if code != 1 || !strings.Contains(out, "-"+sentence) || !strings.Contains(out, "+"+fixedSentence) {
		t.Fatalf("--diff: exit %d\n%s\n%s", code, out, stderr)
	}
	for name, data := range files {
		if now, _ := os.ReadFile(filepath.Join(dir, name)); !bytes.Equal(now, data) {
			t.Errorf("--diff changed %s", name)
		}
	}
	// In place: every file gets exactly its one edit, in its own encoding.
	if _, stderr, code := runCLI(t, dir, "", "fix", "--no-config", "--date", "2025-03-20", "."); code != 0 {
		t.Fatalf("fix: exit %d %s", code, stderr)
	}
	for name, data := range files {
		now, _ := os.ReadFile(filepath.Join(dir, name))
		old, neu := []byte("Wednesday"), []byte("Tuesday")
		if name == "u16.txt" {
			old, neu = u16("Wednesday")[2:], u16("Tuesday")[2:]
		}
		if want := bytes.Replace(data, old, neu, 1); !bytes.Equal(now, want) {
			t.Errorf("%s:\n got %q\nwant %q", name, now, want)
		}
		if st, _ := os.Stat(filepath.Join(dir, name)); st.Mode().Perm() != 0o640 {
			t.Errorf("%s: mode %v", name, st.Mode())
		}
	}
	// A second run changes nothing.
	if out, _, code := runCLI(t, dir, "", "fix", "--no-config", "--date", "2025-03-20", "--diff", "."); code != 0 || out != "" {
		t.Errorf("second run: exit %d\n%s", code, out)
	}
	// stdin: the fixed article on stdout.
	out, _, code = runCLI(t, dir, string(files["crlf.md"]), "fix", "--no-config", "-")
	if code != 0 || out != strings.Replace(string(files["crlf.md"]), "Wednesday", "Tuesday", 1) {
		t.Errorf("stdin: exit %d %q", code, out)
	}
}

func TestFixRefusesWhatItCannotKeep(t *testing.T) {
	dir := t.TempDir()
	bad := "Talks\n\nOn Wednesday, 18 March 2025, the \xff leaders spoke.\n"
	writeFile(t, dir, "bad.txt", bad)
	_, stderr, code := runCLI(t, dir, "", "fix", "--no-config", "bad.txt")
	if code != 2 || !strings.Contains(stderr, "bad.txt: not fixed: the file has bytes that are not valid") {
		t.Errorf("invalid UTF-8: exit %d %s", code, stderr)
	}
	if now, _ := os.ReadFile(filepath.Join(dir, "bad.txt")); string(now) != bad {
		t.Error("the file was changed")
	}
	// Markup inside the span: named on stderr, the file left alone.
	writeFile(t, dir, "b.md", "# Talks\n\nOn **Wednesday**, 18 March 2025, they spoke.\n")
	_, stderr, code = runCLI(t, dir, "", "fix", "--no-config", "b.md")
	if code != 0 || !strings.Contains(stderr, "b.md:3: weekday-mismatch not fixed: its span holds markup") {
		t.Errorf("markup: exit %d %s", code, stderr)
	}

	// Another program wrote the file after it was read.
	p := writeFile(t, dir, "c.md", "changed meanwhile\n")
	if err := writeInPlace(p, []byte("as read\n"), []byte("fixed\n")); err == nil || !strings.Contains(err.Error(), "changed since newslint read it") {
		t.Errorf("writeInPlace over a changed file: %v", err)
	}
	if now, _ := os.ReadFile(p); string(now) != "changed meanwhile\n" {
		t.Errorf("the changed file was overwritten: %q", now)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// The built-in fixable rules together: a former title for a sitting holder,
// a repeated headline and a paragraph published twice; a second run finds
// nothing left, and the title in a quotation is left as written.
func TestFixFormerTitleAndRepeats(t *testing.T) {
	dir := t.TempDir()
	src := "---\ntitle: Ferry talks resume\ndate: 2025-06-10\n---\n\nFormer President Donald Trump met ferry operators in Maine on Monday, aides said.\n\nThe talks covered fares, timetables and the cost of new docks along the coast.\n\nFerry talks resume\n\nThe talks covered fares, timetables and the cost of new docks along the coast.\n\n\"We told former President Donald Trump about the winter storms and the docks,\" one operator said.\n"
	want := "---\ntitle: Ferry talks resume\ndate: 2025-06-10\n---\n\nPresident Donald Trump met ferry operators in Maine on Monday, aides said.\n\nThe talks covered fares, timetables and the cost of new docks along the coast.\n\n\"We told former President Donald Trump about the winter storms and the docks,\" one operator said.\n"
	p := writeFile(t, dir, "talks.md", src)
	_, stderr, code := runCLI(t, dir, "", "fix", "--no-config", "talks.md")
	if got, _ := os.ReadFile(p); code != 0 || string(got) != want {
		t.Fatalf("exit %d %s\n got %q\nwant %q", code, stderr, got, want)
	}
	if !strings.Contains(stderr, "fixed talks.md: 3 fixes (duplicate-paragraph ×1, duplicate-title ×1, former-title-in-office ×1)") {
		t.Errorf("summary: %s", stderr)
	}
	if out, _, code := runCLI(t, dir, "", "fix", "--no-config", "--diff", "talks.md"); code != 0 || out != "" {
		t.Errorf("second run: exit %d %s", code, out)
	}
}
