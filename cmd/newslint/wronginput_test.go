package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

// Wrong input is refused where it is written: each case names the file and
// line and exits 2, instead of quietly changing what is checked.

const staleArticle = "---\ndate: 2025-05-12\n---\n# Allies meet\n\nNATO Secretary-General Jens Stoltenberg said allies must spend more on defence this year.\n"

func TestOptionOfTheWrongTypeIsRefused(t *testing.T) {
	for name, c := range map[string]struct{ cfg, want string }{
		"string for integer": {"[rules.stale-officeholder]\ngrace_days = \"30\"\n", `.newslint.toml:2: option grace_days of rule stale-officeholder must be an integer (its default is 7), not a string "30"`},
		"fraction":           {"[rules.stale-officeholder]\n\ngrace_days = 30.5\n", ".newslint.toml:3: option grace_days of rule stale-officeholder must be a whole number"},
		"negative":           {"[rules.stale-officeholder]\ngrace_days = -3\n", ".newslint.toml:2: option grace_days of rule stale-officeholder must be at least 0"},
		"word for number":    {"[rules.duplicate-paragraph]\nmin_words = \"twelve\"\n", `.newslint.toml:2: option min_words of rule duplicate-paragraph must be an integer`},
		"string for bool":    {"[rules.weekday-mismatch]\ninclude_inferred_year = \"no\"\n", ".newslint.toml:2: option include_inferred_year of rule weekday-mismatch must be a boolean"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, ".newslint.toml", c.cfg)
			writeFile(t, dir, "a.md", staleArticle)
			_, stderr, code := runCLI(t, dir, "", "lint", "a.md")
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, c.want)
			}
		})
	}
	// The right type is accepted and applied.
	dir := t.TempDir()
	writeFile(t, dir, ".newslint.toml", "[rules.stale-officeholder]\ngrace_days = 30\n")
	writeFile(t, dir, "a.md", staleArticle)
	stdout, stderr, code := runCLI(t, dir, "", "lint", "a.md")
	if code != 1 || !strings.Contains(stdout, "stale-officeholder") {
		t.Errorf("a valid option: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestStdinIsReadAsItsContentShows(t *testing.T) {
	dir := t.TempDir()
	page := "<!DOCTYPE html><html><head><title>Ferry resumes</title></head><body><h1>Ferry resumes</h1><ul><li>The island ferry resumed its timetable on Monday after a week of gales.</li></ul></body></html>"
	md := "---\ndate: 2025-05-12\n---\n# Allies meet\n\nNATO Secretary-General Jens Stoltenberg said allies must spend more on defence this year.\n"
	for name, c := range map[string]struct {
		in, format, mustNot string
		args                []string
	}{
		"html without a name":         {page, "html", "markup-leak", nil},
		"markdown without a name":     {md, "markdown", "", nil},
		"a name without an extension": {page, "html", "markup-leak", []string{"--stdin-filename", "ferry"}},
	} {
		t.Run(name, func(t *testing.T) {
			args := append([]string{"lint", "--no-config", "--format", "json"}, c.args...)
			out, stderr, code := runCLI(t, dir, c.in, append(args, "-")...)
			if code > 1 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var doc report.Document
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Files) != 1 || doc.Files[0].Format != c.format {
				t.Errorf("files: %+v, want format %s", doc.Files, c.format)
			}
			for _, f := range doc.Findings {
				if f.Rule == c.mustNot {
					t.Errorf("read as the wrong format: %s %s", f.Rule, f.Message)
				}
			}
			if c.format == "markdown" && (doc.Files[0].Date != "2025-05-12" || doc.Files[0].DateSource != "metadata") {
				t.Errorf("front matter lost: %+v", doc.Files[0])
			}
		})
	}
	_, stderr, code := runCLI(t, dir, "Some text.\n", "lint", "--no-config", "--stdin-filename", "story.docx", "-")
	if code != 2 || !strings.Contains(stderr, "--stdin-filename story.docx: newslint reads Markdown") {
		t.Errorf("an unknown extension: exit %d, stderr %q", code, stderr)
	}
}

func TestErrorsNameTheirPlace(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "The council met on Tuesday to agree the budget for the coming year.\n")

	// An unquoted TOML date is a date.
	writeFile(t, dir, ".newslint.toml", "date = 2025-02-03\n")
	doc, stderr, code := lintJSON(t, dir, "a.txt")
	if code > 1 || len(doc.Files) != 1 || doc.Files[0].Date != "2025-02-03" || doc.Files[0].DateSource != "config" {
		t.Errorf("date = 2025-02-03: exit %d, %s, files %+v", code, stderr, doc.Files)
	}

	for cfg, want := range map[string]string{
		"# rules\n[rules]\npaths = [\"nope\"]\n": ".newslint.toml:3: rules.paths: ",
		"data = [\"missing.toml\"]\n":            ".newslint.toml:1: data: ",
		"date = 2025-02-03T10:00:00Z\n":          ".newslint.toml:1: date must be a day, YYYY-MM-DD",
	} {
		writeFile(t, dir, ".newslint.toml", cfg)
		if _, stderr, code := runCLI(t, dir, "", "lint", "a.txt"); code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and %q", cfg, code, stderr, want)
		}
	}

	for args, want := range map[string]string{
		"facts a.txt b.txt": "newslint facts: accepts 1 arg(s), received 2 (see 'newslint facts --help')",
		"kb who x":          "newslint kb who: accepts 2 arg(s), received 1",
		"rules show":        "newslint rules show: accepts 1 arg(s), received 0",
	} {
		if _, stderr, code := runCLI(t, dir, "", append(strings.Fields(args), "--no-config")...); code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", args, code, stderr, want)
		}
	}
}

func TestVersionFlagAndDisplayLevel(t *testing.T) {
	root := repoRoot(t)
	out, _, code := runCLI(t, root, "", "--version")
	ver, _, _ := runCLI(t, root, "", "version")
	if code != 0 || !strings.HasPrefix(out, "newslint ") || out != ver {
		t.Errorf("--version: exit %d, %q; version: %q", code, out, ver)
	}

	// testdata/core has warnings and no errors: --quiet lists none of
	// them, says how many it left out, and the fail level still sees them.
	out, _, code = runCLI(t, root, "", "lint", "--no-config", "--quiet", "--fail-level", "warning", "testdata/core")
	if code != 1 || strings.Contains(out, " warning ") || !strings.Contains(out, "0 warnings") || !strings.Contains(out, "below the display level not shown") {
		t.Errorf("--quiet: exit %d\n%s", code, out)
	}
	all, _, _ := runCLI(t, root, "", "lint", "--no-config", "--format", "json", "testdata/core")
	shown, _, _ := runCLI(t, root, "", "lint", "--no-config", "--format", "json", "--min-severity", "warning", "testdata/core")
	var a, s report.Document
	if json.Unmarshal([]byte(all), &a) != nil || json.Unmarshal([]byte(shown), &s) != nil {
		t.Fatal("bad JSON")
	}
	if len(a.Findings) == 0 || len(s.Findings)+s.Summary.Hidden != len(a.Findings) {
		t.Errorf("all %d findings, shown %d, hidden %d", len(a.Findings), len(s.Findings), s.Summary.Hidden)
	}
	for _, f := range s.Findings {
		if f.Severity == "info" {
			t.Errorf("an info was listed: %+v", f)
		}
	}
	if _, stderr, code := runCLI(t, root, "", "lint", "--min-severity", "none", "testdata/core"); code != 2 || !strings.Contains(stderr, "--min-severity") {
		t.Errorf("--min-severity none: exit %d %s", code, stderr)
	}
}

// After `newslint init`, naming a folder inside the configured rules folder
// reaches the same files twice: each is still one rule.
func TestOverlappingRuleFolders(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runCLI(t, dir, "", "init"); code != 0 {
		t.Fatalf("init: exit %d %s", code, stderr)
	}
	writeFile(t, dir, "a.md", goodArticle)
	var sub string
	entries, _ := os.ReadDir(filepath.Join(dir, "newslint-rules"))
	for _, e := range entries {
		if e.IsDir() {
			sub = filepath.Join("newslint-rules", e.Name())
		}
	}
	if sub == "" {
		t.Fatal("init wrote no rule folder under newslint-rules")
	}
	if _, stderr, code := runCLI(t, dir, "", "lint", "--rules", sub, "--rules", "./newslint-rules", "a.md"); code != 0 {
		t.Errorf("lint --rules %s: exit %d: %s", sub, code, stderr)
	}
}
