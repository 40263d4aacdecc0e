package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

const goodArticle = "# Bridge repairs begin\n\nRepairs to the old bridge began on Monday and will take about six weeks, the county said.\n"

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Each bad input gets one line on stderr naming the file (and the line
// where there is one), exit 2, and the good file beside it is still linted.
func TestBadInputs(t *testing.T) {
	cases := []struct {
		name    string
		setup   func(t *testing.T, dir string) string // returns the path argument
		wantErr string
	}{
		{"missing path", func(t *testing.T, dir string) string { return "nope.md" }, "nope.md: no such file or directory"},
		{"binary file", func(t *testing.T, dir string) string {
			return filepath.Base(writeFile(t, dir, "photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
		}, "photo.txt: binary file"},
		{"empty file", func(t *testing.T, dir string) string {
			return filepath.Base(writeFile(t, dir, "empty.txt", " \n\n"))
		}, "empty.txt: empty file"},
		{"malformed YAML front matter", func(t *testing.T, dir string) string {
			return filepath.Base(writeFile(t, dir, "fm.md", "---\ntitle: ok\ndate: [2025\n---\n\nText.\n"))
		}, "fm.md:"},
		{"headline with a colon, unquoted", func(t *testing.T, dir string) string {
			return filepath.Base(writeFile(t, dir, "colon.md", "---\ntitle: Paris: the vote\n---\n\nText.\n"))
		}, `colon.md:2: malformed YAML front matter: mapping values are not allowed in this context (a value with ": " in it must be quoted`},
		{"unclosed front matter", func(t *testing.T, dir string) string {
			return filepath.Base(writeFile(t, dir, "open.md", "---\ntitle: ok\n\nText.\n"))
		}, "open.md:1: front matter opened with --- is never closed"},
		{"malformed TOML front matter", func(t *testing.T, dir string) string {
			return filepath.Base(writeFile(t, dir, "fm.md", "+++\ntitle = \"ok\"\ndate = \n+++\n\nText.\n"))
		}, "fm.md:3: malformed TOML front matter"},
		{"symlink loop", func(t *testing.T, dir string) string {
			writeFile(t, dir, "loop/a.md", goodArticle)
			if err := os.Symlink("..", filepath.Join(dir, "loop", "up")); err != nil {
				t.Skip(err)
			}
			return "loop"
		}, "symbolic link loop"},
	}
	if runtime.GOOS != "windows" && os.Getuid() != 0 {
		cases = append(cases, struct {
			name    string
			setup   func(t *testing.T, dir string) string
			wantErr string
		}{"unreadable file", func(t *testing.T, dir string) string {
			p := writeFile(t, dir, "secret.md", goodArticle)
			os.Chmod(p, 0)
			return "secret.md"
		}, "secret.md: permission denied"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "good.md", goodArticle)
			arg := c.setup(t, dir)
			out, stderr, code := runCLI(t, dir, "", "lint", "--no-config", "--format", "json", arg, "good.md")
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], c.wantErr) {
				t.Errorf("stderr %q, want one line containing %q", stderr, c.wantErr)
			}
			var doc report.Document
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("stdout is not the JSON document: %v\n%s", err, out)
			}
			linted := false
			for _, f := range doc.Files {
				linted = linted || f.Path == "good.md" || strings.HasSuffix(f.Path, "/a.md")
			}
			if !linted {
				t.Errorf("the good file was not linted: %+v", doc.Files)
			}
			if len(doc.Errors) != 1 {
				t.Errorf("errors in JSON: %+v", doc.Errors)
			}
		})
	}
}

func TestNothingIsWrittenToLintedFiles(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.md", goodArticle+"\n"+strings.Repeat("Repairs to the old bridge began on Monday and will take about six weeks, the county said.\n\n", 2))
	before, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	runCLI(t, dir, "", "lint", "--no-config", "a.md")
	after, _ := os.ReadFile(p)
	st2, _ := os.Stat(p)
	if string(before) != string(after) || !st.ModTime().Equal(st2.ModTime()) {
		t.Error("the linted file changed")
	}
}

func TestInvalidConfig(t *testing.T) {
	cases := map[string]string{
		"unknown key":    "date = \"2025-01-01\"\nfail_levle = \"warning\"\n",
		"unknown rule":   "[rules.duplicate-titel]\nenabled = false\n",
		"unknown option": "[rules.duplicate-paragraph]\nmin_word = 3\n",
		"bad severity":   "[rules.duplicate-title]\nseverity = \"fatal\"\n",
		"bad date":       "date = \"May 2025\"\n",
		"bad ignore":     "ignore = [\"[a-\"]\n",
		"syntax":         "date = \n",
	}
	wantLine := map[string]string{
		"unknown key": ":2:", "unknown rule": ":1:", "unknown option": ":2:", "bad severity": ":2:", "bad date": ":1:", "syntax": ":1:", "bad ignore": ":1:",
	}
	wantText := map[string]string{
		"unknown key": "fail_levle", "unknown rule": `did you mean "duplicate-title"`, "unknown option": "min_words", "bad severity": "error, warning or info", "bad date": "YYYY-MM-DD", "syntax": "", "bad ignore": "ignore pattern",
	}
	for name, cfg := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, ".newslint.toml", cfg)
			writeFile(t, dir, "a.md", goodArticle)
			_, stderr, code := runCLI(t, dir, "", "lint", "a.md")
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(stderr, ".newslint.toml"+wantLine[name]) || !strings.Contains(stderr, wantText[name]) {
				t.Errorf("stderr %q: want the file, line %s and %q", stderr, wantLine[name], wantText[name])
			}
		})
	}
}

func TestConfigIsFoundUpwardsAndApplied(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".newslint.toml", "[rules.duplicate-title]\nseverity = \"error\"\n\n[rules.duplicate-paragraph]\nenabled = false\n")
	article := "# Storm closes schools\n\nSchools in the valley closed on Friday as the storm brought down power lines across the district.\n\nSchools in the valley closed on Friday as the storm brought down power lines across the district.\n\nStorm closes schools\n"
	writeFile(t, dir, "news/today/a.md", article)
	out, _, code := runCLI(t, filepath.Join(dir, "news", "today"), "", "lint", "--format", "json", "a.md")
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if code != 1 {
		t.Errorf("exit %d, want 1 (an error-level finding)", code)
	}
	if len(doc.Findings) != 1 || doc.Findings[0].Rule != "duplicate-title" || doc.Findings[0].Severity != "error" {
		t.Errorf("findings %+v: want only duplicate-title, as an error", doc.Findings)
	}
}

func TestIgnoreGlobs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".newslint.toml", "ignore = [\"drafts/**\", \"*.tmp.md\"]\n")
	writeFile(t, dir, "a.md", goodArticle)
	writeFile(t, dir, "b.tmp.md", goodArticle)
	writeFile(t, dir, "drafts/c.md", goodArticle)
	writeFile(t, dir, "drafts/deeper/d.md", goodArticle)
	out, _, _ := runCLI(t, dir, "", "lint", "--format", "json", ".")
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Files) != 1 || doc.Files[0].Path != "a.md" {
		t.Errorf("files %+v: want only a.md", doc.Files)
	}
}

func TestExitCodesAndFailLevel(t *testing.T) {
	dir := t.TempDir()
	dup := "# Storm closes schools\n\nSchools in the valley closed on Friday as the storm brought down power lines.\n\nSchools in the valley closed on Friday as the storm brought down power lines.\n"
	writeFile(t, dir, "dup.md", dup)
	writeFile(t, dir, "clean.md", goodArticle)
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"clean.md"}, 0},
		{[]string{"dup.md"}, 0}, // a warning does not fail at the default level
		{[]string{"--fail-level", "warning", "dup.md"}, 1},
		{[]string{"--fail-level", "none", "dup.md"}, 0},
		{[]string{"--fail-level", "loud", "dup.md"}, 2},
		{[]string{"--format", "yaml", "dup.md"}, 2},
		{[]string{"--date", "2025-13-01", "dup.md"}, 2},
		{[]string{"--disable", "no-such-rule", "dup.md"}, 2},
		{[]string{}, 2},
	} {
		_, stderr, code := runCLI(t, dir, "", append([]string{"lint", "--no-config"}, c.args...)...)
		if code != c.want {
			t.Errorf("lint %v: exit %d, want %d (%s)", c.args, code, c.want, stderr)
		}
	}
}

func TestStdin(t *testing.T) {
	dir := t.TempDir()
	page := "<html><head><title>Dam opens</title></head><body><h1>Dam opens</h1><p>The new dam opened on Saturday after nine years of work on the river.</p><p>Dam opens</p></body></html>"
	out, _, _ := runCLI(t, dir, page, "lint", "--no-config", "--format", "json", "--stdin-filename", "story.html", "-")
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Files) != 1 || doc.Files[0].Path != "story.html" || doc.Files[0].Format != "html" {
		t.Errorf("files: %+v", doc.Files)
	}
	if len(doc.Findings) != 1 || doc.Findings[0].Rule != "duplicate-title" || doc.Findings[0].Snippet != "Dam opens" {
		t.Errorf("findings: %+v", doc.Findings)
	}
}

func TestSuppressionComments(t *testing.T) {
	dir := t.TempDir()
	para := "Schools in the valley closed on Friday as the storm brought down power lines.\n\n"
	article := "# Storm closes schools\n\n" + para +
		"<!-- newslint-disable-next-line duplicate-paragraph -->\n" + para +
		"<!-- newslint-disable -->\n" + para + "Storm closes schools\n\n<!-- newslint-enable -->\n\n" + para +
		"<!-- newslint-disable-next-line duplicate-paragrph -->\n"
	writeFile(t, dir, "a.md", article)
	out, _, _ := runCLI(t, dir, "", "lint", "--no-config", "--format", "json", "a.md")
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range doc.Findings {
		got = append(got, f.Rule+"@"+itoa(f.Line))
	}
	want := "duplicate-paragraph@15 unknown-suppression@17"
	if strings.Join(got, " ") != want {
		t.Errorf("findings %v, want %s", got, want)
	}

	writeFile(t, dir, "b.md", "<!-- newslint-disable-file duplicate-paragraph -->\n\n"+para+para)
	out, _, _ = runCLI(t, dir, "", "lint", "--no-config", "--format", "json", "b.md")
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Findings) != 0 {
		t.Errorf("disable-file: findings %+v", doc.Findings)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestTextOutput(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.md", "# Storm\n\nSchools in the valley closed on Friday as the storm brought down lines.\n\nSchools in the valley closed on Friday as the storm brought down lines.\n")
	out, _, _ := runCLI(t, dir, "", "lint", "--no-config", "a.md")
	want := "a.md:5:1: warning duplicate-paragraph this paragraph repeats the one at line 3\n" +
		"    Schools in the valley closed on Friday as the storm brought down lines.\n" +
		"    " + strings.Repeat("^", len("Schools in the valley closed on Friday as the storm brought down lines.")) + "\n" +
		"    suggestion: remove the repeated paragraph\n\n" +
		"1 file, 0 errors, 1 warning, 0 infos\n"
	if out != want {
		t.Errorf("text output:\n%s\nwant:\n%s", out, want)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes with NO_COLOR set")
	}
}

func TestFactsCommand(t *testing.T) {
	root := repoRoot(t)
	out, stderr, code := runCLI(t, root, "", "facts", "testdata/core/flood-warning.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var f map[string]any
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "path", "format", "meta", "date", "blocks", "sentences", "dates", "links", "title"} {
		if _, ok := f[k]; !ok {
			t.Errorf("facts lack %q", k)
		}
	}
	date := f["date"].(map[string]any)
	if date["value"] != "2025-10-17" || date["source"] != "dateline" {
		t.Errorf("date %v", date)
	}
}

func TestRulesCommand(t *testing.T) {
	out, _, code := runCLI(t, t.TempDir(), "", "rules", "--no-config", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rules []struct{ ID, Category, Severity, Title string }
	if err := json.Unmarshal([]byte(out), &rules); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, r := range rules {
		if r.ID == "" || r.Category == "" || r.Severity == "" || r.Title == "" {
			t.Errorf("incomplete rule %+v", r)
		}
		ids[r.ID] = true
	}
	for _, id := range []string{"duplicate-title", "duplicate-paragraph", "unknown-suppression"} {
		if !ids[id] {
			t.Errorf("rules lack %s", id)
		}
	}
}

// Ignore patterns are relative to the config file, wherever newslint runs.
func TestIgnoreGlobsFromASubdirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".newslint.toml", "ignore = [\"news/drafts/**\"]\n")
	writeFile(t, dir, "news/a.md", goodArticle)
	writeFile(t, dir, "news/drafts/b.md", goodArticle)
	out, _, _ := runCLI(t, filepath.Join(dir, "news"), "", "lint", "--format", "json", ".")
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Files) != 1 || doc.Files[0].Path != "a.md" {
		t.Errorf("files %+v: want only a.md", doc.Files)
	}
}
