package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

// writeTree writes files (slash paths relative to a new temporary
// directory) and returns the directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// exTitleRule is a working custom rule: "Ex-President" is written "former
// President".
const exTitleRule = `# METADATA
# title: Ex- before a title
# custom:
#   id: ex-title
#   severity: warning
#   options:
#     titles: ["President", "Mayor"]
package newslint.rules.custom.style.ex_title

import data.newslint.lib.config
import data.newslint.lib.result
import data.newslint.lib.text

opts := config.options(rego.metadata.chain())

report contains finding if {
	some s in input.sentences
	some m in text.find_phrases(s, [sprintf("ex-%s", [t]) | some t in opts.titles])
	finding := result.fail_with(rego.metadata.chain(), m.span, sprintf("write 'former', not %q", [m.text]), {"suggestion": "former"})
}
`

const exTitleArticle = `---
title: Council meets
---

The council met on Monday. Ex-President Ana Ruiz spoke first.

<!-- newslint-disable-next-line ex-title -->
The ex-Mayor, who left in spring, did not attend.

The ex-Mayor sent a letter instead.
`

func lintJSON(t *testing.T, dir string, args ...string) (report.Document, string, int) {
	t.Helper()
	out, stderr, code := runCLI(t, dir, "", append([]string{"lint", "--format", "json", "--fail-level", "warning"}, args...)...)
	var doc report.Document
	// Exit 2 may still come with a report (a rule error); parse what there is.
	if code < 2 || strings.HasPrefix(out, "{") {
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("invalid JSON: %v\n%s", err, out)
		}
	}
	return doc, stderr, code
}

func findingsOf(doc report.Document) []string {
	var got []string
	for _, f := range doc.Findings {
		got = append(got, fmt.Sprintf("%s@%s@%d:%d:%s", f.Rule, f.Severity, f.Line, f.Column, f.Snippet))
	}
	return got
}

// A custom rule runs beside the built-ins, is suppressed by comments and
// configured by [rules.<id>] like them.
func TestCustomRuleIsLintedConfiguredAndSuppressed(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"rules/style/ex-title/ex_title.rego": exTitleRule,
		"story.md":                           exTitleArticle,
	})
	doc, stderr, code := lintJSON(t, dir, "--no-config", "--rules", "rules", "story.md")
	want := []string{"ex-title@warning@5:28:Ex-President", "ex-title@warning@10:5:ex-Mayor"}
	if code != 1 || strings.Join(findingsOf(doc), " ") != strings.Join(want, " ") {
		t.Fatalf("exit %d, findings %v, want %v\n%s", code, findingsOf(doc), want, stderr)
	}
	if doc.Findings[0].Category != "style" || doc.Findings[0].Suggestion != "former" {
		t.Errorf("finding fields: %+v", doc.Findings[0])
	}

	// The config names the directory too: loaded once, no duplicate id.
	cfg := "[rules]\npaths = [\"rules\"]\n\n[rules.ex-title]\nseverity = \"error\"\ntitles = [\"Mayor\"]\n"
	if err := os.WriteFile(filepath.Join(dir, ".newslint.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, stderr, code = lintJSON(t, dir, "--rules", "rules", "story.md")
	if want := "ex-title@error@10:5:ex-Mayor"; code != 1 || strings.Join(findingsOf(doc), " ") != want {
		t.Fatalf("with config: exit %d, findings %v, want %v\n%s", code, findingsOf(doc), want, stderr)
	}
	doc, _, code = lintJSON(t, dir, "--disable", "ex-title", "story.md")
	if code != 0 || len(doc.Findings) != 0 {
		t.Fatalf("--disable: exit %d, findings %v", code, findingsOf(doc))
	}

	out, _, code := runCLI(t, dir, "", "rules")
	if code != 0 || !regexp.MustCompile(`ex-title\s+style\s+error\s+Ex- before a title \(custom\)`).MatchString(out) {
		t.Errorf("newslint rules does not list the custom rule with its configured severity:\n%s", out)
	}
	out, _, code = runCLI(t, dir, "", "rules", "show", "ex-title")
	if code != 0 || !strings.Contains(out, `titles = ["President", "Mayor"]`) || !strings.Contains(out, "severity  error (default warning)") {
		t.Errorf("rules show:\n%s", out)
	}

	_, stderr, code = runCLI(t, dir, "", "lint", "--config", ".newslint.toml", "--rules", "rules", "--enable", "ex-titel", "story.md")
	if code != 2 || !strings.Contains(stderr, `did you mean "ex-title"`) {
		t.Errorf("unknown id: exit %d: %s", code, stderr)
	}
}

// Broken custom rules stop the run with exit 2 and a message that names
// the file, line and column.
func TestBrokenCustomRules(t *testing.T) {
	header := "# METADATA\n# title: T\n# custom:\n#   id: house-x\npackage newslint.rules.custom.house.x\n\n"
	cases := []struct {
		name  string
		files map[string]string
		want  string // a regular expression the error must match
	}{
		{"parse error", map[string]string{"x.rego": header + "report contains f if {\n\tf := {\"message\": \"x\"\n}\n"},
			`rules/x\.rego:10:1: unexpected eof token`},
		{"undefined function", map[string]string{"x.rego": header + "report contains f if {\n\tsome b in input.blocks\n\tf := nope(b)\n}\n"},
			`rules/x\.rego:9:7: undefined function nope`},
		{"network access", map[string]string{"x.rego": header + "report contains f if {\n\tsome b in input.blocks\n\tf := http.send({\"method\": \"POST\", \"url\": \"http://127.0.0.1:9/\", \"body\": b.text})\n}\n"},
			`rules/x\.rego:9:7: http\.send is not allowed in newslint rules: it reaches the network`},
		{"the clock", map[string]string{"x.rego": header + "report contains f if {\n\tsome b in input.blocks\n\tf := time.now_ns()\n}\n"},
			`rules/x\.rego:9:7: time\.now_ns is not allowed in newslint rules: it reads the clock`},
		{"report if", map[string]string{"x.rego": header + "report if {\n\tsome b in input.blocks\n}\n"},
			"rules/x\\.rego:7:1: `report` must be a set of findings: write `report contains finding if"},
		{"report :=", map[string]string{"x.rego": header + "report := [1]\n"},
			"rules/x\\.rego:7:1: `report` must be a set of findings"},
		{"id of a built-in rule", map[string]string{"x.rego": strings.Replace(header, "house-x", "duplicate-title", 1) + "report contains 1 if false\n"},
			`rules/x\.rego:1:1: rule id "duplicate-title" is already used by a built-in rule \(rules/quality/duplicate-title/duplicate_title\.rego\)`},
		{"id of an engine rule", map[string]string{"x.rego": strings.Replace(header, "house-x", "unknown-suppression", 1) + "report contains 1 if false\n"},
			`rules/x\.rego: rule id "unknown-suppression" is already used by a built-in rule`},
		{"same id twice", map[string]string{
			"a.rego": header + "report contains 1 if false\n",
			"b.rego": strings.Replace(header, "house.x", "house.y", 1) + "report contains 1 if false\n"},
			`rules/b\.rego:1:1: rule id "house-x" is already used by another rule \(.*rules/a\.rego\)`},
		{"same package twice", map[string]string{
			"a.rego": header + "report contains 1 if false\n",
			"b.rego": strings.Replace(header, "house-x", "house-y", 1) + "report contains 1 if false\n"},
			`rules/b\.rego:5:1: package newslint.rules.custom.house.x is already used by the rule in .*rules/a\.rego`},
		{"outside the custom root", map[string]string{"x.rego": "package myrules\n\nreport contains 1 if true\n"},
			`rules/x\.rego:1:1: package myrules: custom rules \(and their helper packages\) live under newslint\.rules\.custom\.<category>\.<name>`},
		{"a built-in library", map[string]string{"x.rego": "package newslint.lib.result\n\nfail(a, b, c) := 1\n"},
			`rules/x\.rego:1:1: package newslint\.lib\.result: custom rules`},
		{"a built-in category", map[string]string{"x.rego": "# METADATA\n# title: T\n# custom:\n#   id: house-x\npackage newslint.rules.quality.x\n\nreport contains 1 if false\n"},
			`rules/x\.rego:5:1: package newslint\.rules\.quality\.x: custom rules`},
		{"package too short", map[string]string{"x.rego": "# METADATA\n# title: T\n# custom:\n#   id: house-x\npackage newslint.rules.custom.x\n\nreport contains 1 if false\n"},
			`rules/x\.rego:5:1: package newslint\.rules\.custom\.x: a rule's package must be newslint\.rules\.custom\.<category>\.<name>`},
		{"no METADATA", map[string]string{"x.rego": "package newslint.rules.custom.house.x\n\nreport contains 1 if false\n"},
			`rules/x\.rego:1:1: package newslint\.rules\.custom\.house\.x: a rule needs a METADATA block`},
		{"no id", map[string]string{"x.rego": "# METADATA\n# title: T\npackage newslint.rules.custom.house.x\n\nreport contains 1 if false\n"},
			`rules/x\.rego:1:1: .*METADATA needs custom\.id`},
		{"id not kebab-case", map[string]string{"x.rego": strings.Replace(header, "house-x", "House_X", 1) + "report contains 1 if false\n"},
			`rules/x\.rego:1:1: rule id "House_X": ids are kebab-case`},
		{"bad severity", map[string]string{"x.rego": strings.Replace(header, "#   id: house-x\n", "#   id: house-x\n#   severity: fatal\n", 1) + "report contains 1 if false\n"},
			`rules/x\.rego:1:1: rule house-x: custom\.severity must be error, warning or info`},
		{"METADATA not YAML", map[string]string{"x.rego": strings.Replace(header, "#   id: house-x\n", "#   id: house-x\n#   options: [oops\n", 1) + "report contains 1 if false\n"},
			`rules/x\.rego:\d+:\d+: .*yaml`},
		{"example without bad", map[string]string{"x.rego": strings.Replace(header, "#   id: house-x\n", "#   id: house-x\n#   example:\n#     good: fine\n", 1) + "report contains 1 if false\n"},
			`rules/x\.rego:1:1: rule house-x: custom\.example needs bad`},
		{"not a directory", map[string]string{"rules": ""}, `rules: rules path is not a directory`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := map[string]string{"story.md": exTitleArticle}
			for k, v := range c.files {
				if k == "rules" {
					files[k] = v
					continue
				}
				files["rules/"+k] = v
			}
			dir := writeTree(t, files)
			out, stderr, code := runCLI(t, dir, "", "lint", "--no-config", "--rules", "rules", "story.md")
			if code != 2 || out != "" {
				t.Fatalf("exit %d, want 2; stdout %q; stderr %s", code, out, stderr)
			}
			if !regexp.MustCompile(c.want).MatchString(stderr) {
				t.Fatalf("stderr does not match %q:\n%s", c.want, stderr)
			}
		})
	}
}

// A rule that returns malformed findings is reported by id as a rule-error
// rather than passing the article as clean, the other rules still report
// on the file, and the run exits 2 whatever the fail level: a broken rule
// is an error of the run, not a finding about the article.
func TestMalformedFindings(t *testing.T) {
	header := "# METADATA\n# title: T\n# custom:\n#   id: house-x\npackage newslint.rules.custom.house.x\n\nimport data.newslint.lib.result\n\n"
	cases := map[string]struct{ body, want string }{
		"not an object":   {`report contains "oops" if true`, `a finding must be an object .*got "oops"`},
		"fact for a span": {"report contains result.fail(rego.metadata.chain(), b, \"m\") if some b in input.blocks", `the span given is a whole fact .*: pass block\.span, not block`},
		"no message":      {"report contains result.fail(rego.metadata.chain(), b.span, \"\") if some b in input.blocks", `a finding needs a message`},
		"no span":         {`report contains {"message": "m"} if true`, `finding "m" has no span`},
		"partial span":    {`report contains result.fail(rego.metadata.chain(), {"offset": 1}, "m") if true`, `a finding.s span needs end_offset`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{"rules/x.rego": header + c.body + "\n", "story.md": exTitleArticle})
			if _, stderr, code := runCLI(t, dir, "", "lint", "--no-config", "--rules", "rules", "--fail-level", "none", "story.md"); code != 2 || !strings.Contains(stderr, "a rule could not check every file") {
				t.Errorf("--fail-level none: exit %d, stderr %q; want exit 2", code, stderr)
			}
			out, stderr, code := runCLI(t, dir, "", "lint", "--no-config", "--rules", "rules", "--format", "json", "story.md")
			if code != 2 {
				t.Fatalf("exit %d, want 2; stderr %s", code, stderr)
			}
			var res struct {
				Findings []struct {
					Rule, Severity, Message string
					Evidence                map[string]any
				}
			}
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatal(err)
			}
			var failed, others bool
			for _, f := range res.Findings {
				switch {
				case f.Rule == "rule-error":
					failed = f.Severity == "error" && f.Evidence["rule"] == "house-x" && f.Evidence["file"] == "rules/x.rego" &&
						regexp.MustCompile(`^rule house-x failed on this file: .*`+c.want).MatchString(f.Message)
					if !failed {
						t.Errorf("rule-error finding %+v does not match %q", f, c.want)
					}
				case f.Rule == "house-x":
					t.Errorf("a finding of the broken rule was kept: %+v", f)
				default:
					others = true
				}
			}
			if !failed || !others {
				t.Fatalf("want a rule-error for house-x and the built-in rules' findings; got %s", out)
			}
		})
	}
}

// Data files: the custom namespace reaches rules; broken files name their
// line.
func TestCustomData(t *testing.T) {
	rule := `# METADATA
# title: Banned phrase
# custom:
#   id: banned-phrase
package newslint.rules.custom.house.banned

import data.newslint.lib.result
import data.newslint.lib.text

report contains finding if {
	some b in input.blocks
	some m in text.find_phrases(b, data.newslint.custom.banned)
	finding := result.fail(rego.metadata.chain(), m.span, sprintf("%q is banned", [m.text]))
}
`
	dir := writeTree(t, map[string]string{
		"rules/banned.rego": rule,
		"a.toml":            "[custom]\nbanned = [\"game changer\"]\n",
		"b.json":            "{\"custom\": {\"banned\": [\"must-read\"]}}\n",
		"story.txt":         "This must-read report is a game changer for the town.\n",
		"bad-syntax.toml":   "[custom]\nbanned = [\"x\"\n",
		"bad-syntax.json":   "{\n  \"custom\": {\n    \"banned\": [\"x\",]\n  }\n}\n",
		"typo.toml":         "# our words\n[custon]\nbanned = [\"x\"]\n",
		"reserved.json":     "{\n  \"rules\": {}\n}\n",
		"shape.toml":        "[custom]\nother = 1\n\n[custom.banned]\nx = 1\n",
		"array.json":        "[\"x\"]\n",
	})
	doc, stderr, code := lintJSON(t, dir, "--no-config", "--rules", "rules", "--data", "a.toml", "--data", "b.json", "story.txt")
	want := []string{"banned-phrase@warning@1:6:must-read", "banned-phrase@warning@1:28:game changer"}
	if code != 1 || strings.Join(findingsOf(doc), " ") != strings.Join(want, " ") {
		t.Fatalf("lists from two files are appended: exit %d, got %v, want %v\n%s", code, findingsOf(doc), want, stderr)
	}
	// The same data through the config, relative to it.
	if err := os.WriteFile(filepath.Join(dir, "cfg.toml"), []byte("data = [\"a.toml\"]\n[rules]\npaths = [\"rules\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, _, _ = lintJSON(t, dir, "--config", "cfg.toml", "--data", "a.toml", "story.txt")
	if got := findingsOf(doc); len(got) != 1 || got[0] != want[1] {
		t.Errorf("config data (named twice, loaded once): got %v", got)
	}

	errs := map[string]string{
		"bad-syntax.toml": `bad-syntax\.toml:2:\d+: invalid TOML`,
		"bad-syntax.json": `bad-syntax\.json:3: invalid JSON`,
		"typo.toml":       `typo\.toml:2: unknown top-level key "custon"`,
		"reserved.json":   `reserved\.json:2: "rules" is reserved`,
		"shape.toml":      `shape\.toml:4: custom\.banned is a list in the data loaded before this file and cannot become a table`,
		"array.json":      `array\.json: the top level must be an object`,
		"missing.toml":    `data file: open missing\.toml: no such file`,
	}
	for file, want := range errs {
		_, stderr, code := runCLI(t, dir, "", "lint", "--no-config", "--rules", "rules", "--data", "a.toml", "--data", file, "story.txt")
		if code != 2 || !regexp.MustCompile(want).MatchString(stderr) {
			t.Errorf("%s: exit %d, stderr does not match %q:\n%s", file, code, want, stderr)
		}
	}
}

func TestConfigRulesList(t *testing.T) {
	dir := writeTree(t, map[string]string{".newslint.toml": "date = \"2025-01-01\"\nrules = [\"newslint-rules\"]\n", "story.md": exTitleArticle})
	_, stderr, code := runCLI(t, dir, "", "lint", "story.md")
	if code != 2 || !strings.Contains(stderr, `.newslint.toml:2: rules must be a table: list custom rule directories as [rules] paths = ["newslint-rules"]`) {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}
