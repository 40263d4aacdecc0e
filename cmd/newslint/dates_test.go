package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

// An impossible day is refused where it is written: on the command line,
// in the configuration, in `kb who`.
func TestImpossibleDatesAreRefused(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.md": goodArticle})
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"lint", "--no-config", "--date", "2025-06-31", "a.md"}, "--date: \"2025-06-31\" is not a calendar date: June 2025 has 30 days"},
		{[]string{"lint", "--no-config", "--date", "2025-02-29", "a.md"}, "February 2025 has 28 days"},
		{[]string{"lint", "--no-config", "--date", "0000-01-01", "a.md"}, "year 0000 is outside"},
		{[]string{"facts", "--no-config", "--date", "2025-02-30", "a.md"}, "February 2025 has 28 days"},
		{[]string{"kb", "who", "us-president", "2025-02-30"}, "February 2025 has 28 days"},
	} {
		_, stderr, code := runCLI(t, dir, "", c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", strings.Join(c.args, " "), code, stderr, c.want)
		}
	}
	cfg := writeTree(t, map[string]string{".newslint.toml": "fail_level = \"error\"\ndate = \"2025-02-30\"\n", "a.md": goodArticle})
	_, stderr, code := runCLI(t, cfg, "", "lint", "a.md")
	if code != 2 || !strings.Contains(stderr, ".newslint.toml:2:") || !strings.Contains(stderr, "February 2025 has 28 days") {
		t.Errorf("config date: exit %d, %q", code, stderr)
	}
}

// A front-matter date that is no day is a finding at its place, and the
// files entry says why the article has no date.
func TestUnreadableFrontMatterDate(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.md": "---\ntitle: Harbour budget\ndate: 2025-02-30\n---\nThe council approved the harbour budget on Tuesday after a long debate.\n"})
	doc, stderr, code := lintJSON(t, dir, "--no-config", "a.md")
	if code != 1 || len(doc.Findings) != 1 {
		t.Fatalf("exit %d, %v, %s", code, findingsOf(doc), stderr)
	}
	f := doc.Findings[0]
	if f.Rule != "unreadable-date" || f.Line != 3 || f.Column != 7 || !strings.Contains(f.Message, "checks that need the article's date were skipped") {
		t.Errorf("%+v", f)
	}
	if fl := doc.Files[0]; fl.DateSource != "none" || fl.Date != "" || !strings.Contains(fl.DateNote, `"date" holds "2025-02-30"`) {
		t.Errorf("files entry %+v", fl)
	}
}

const ferryText = "Ferry timetable changes\n\nThe ferry company changed its winter timetable after a month of complaints from commuters on the island routes, and the council welcomed the decision.\n"

// What a crawl knows of the article's address dates it: --url, a URL as
// the name of stdin, the file's path with --date-from-url.
func TestDateFromTheAddress(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"ferry.txt":                        ferryText,
		"other.txt":                        ferryText,
		"example.com/2025/07/14/ferry.txt": ferryText,
	})
	files := func(args ...string) []map[string]any {
		t.Helper()
		out, stderr, code := runCLI(t, dir, "", append([]string{"lint", "--no-config", "--format", "json"}, args...)...)
		if code > 1 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var doc struct{ Files []map[string]any }
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		return doc.Files
	}
	if f := files("ferry.txt")[0]; f["date_source"] != "none" || f["date_note"] == "" {
		t.Errorf("no address: %v", f)
	}
	f := files("--url", "https://example.com/news/2025/07/ferry-changes", "ferry.txt")[0]
	if f["date"] != "2025-07" || f["date_source"] != "url" || f["date_start"] != "2025-07-01" || f["date_end"] != "2025-07-31" {
		t.Errorf("--url with a month: %v", f)
	}
	out, stderr, code := runCLI(t, dir, ferryText, "lint", "--no-config", "--format", "json", "--stdin-filename", "https://example.com/2025/07/14/ferry.txt", "-")
	var stdin report.Document
	if err := json.Unmarshal([]byte(out), &stdin); code > 1 || err != nil || stdin.Files[0].Date != "2025-07-14" || stdin.Files[0].DateSource != "url" {
		t.Errorf("stdin named by its URL: exit %d %s %s", code, out, stderr)
	}
	if f := files("--date-from-url", "example.com")[0]; f["date"] != "2025-07-14" || f["date_source"] != "url" {
		t.Errorf("--date-from-url: %v", f)
	}
	if _, stderr, code := runCLI(t, dir, "", "lint", "--no-config", "--url", "https://example.com/2025/07/14/x", "ferry.txt", "other.txt"); code != 2 || !strings.Contains(stderr, "--url is one article's address") {
		t.Errorf("--url with two articles: exit %d, %s", code, stderr)
	}
	facts, _, code := runCLI(t, dir, "", "facts", "--no-config", "--url", "https://example.com/2025/07/14/x", "ferry.txt")
	if code != 0 || !strings.Contains(facts, `"candidates"`) || !strings.Contains(facts, `"used": true`) {
		t.Errorf("facts show the candidates: exit %d\n%s", code, facts)
	}
}
