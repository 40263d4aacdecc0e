package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestInitThenTestAndLint(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"story.md": "# Depot plan\n\nThe council will utilise the old depot\nwhilst the bridge is closed.\n",
	})
	out, stderr, code := runCLI(t, dir, "", "init")
	if code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	for _, f := range []string{".newslint.toml", "newslint-rules/house/house-terms/house_terms.rego", "newslint-rules/house/house-terms/house_terms_test.rego"} {
		if !strings.Contains(out, "wrote   "+filepath.FromSlash(f)) {
			t.Errorf("init output does not list %s:\n%s", f, out)
		}
	}
	out, stderr, code = runCLI(t, dir, "", "test", "newslint-rules")
	if code != 0 || !strings.HasPrefix(out, "PASS: 6 tests") {
		t.Fatalf("test after init: exit %d\n%s%s", code, out, stderr)
	}
	// Without a directory: those of [rules] paths.
	out, stderr, code = runCLI(t, dir, "", "test", "-v")
	if code != 0 || !strings.Contains(out, "house_terms_test") || strings.Contains(out, "duplicate_title") {
		t.Fatalf("test with the config's paths: exit %d\n%s%s", code, out, stderr)
	}
	doc, stderr, code := lintJSON(t, dir, "--rules", "newslint-rules", "story.md")
	want := "house-terms@warning@3:18:utilise house-terms@warning@4:1:whilst"
	if code != 1 || strings.Join(findingsOf(doc), " ") != want {
		t.Fatalf("lint after init: exit %d, got %v, want %s\n%s", code, findingsOf(doc), want, stderr)
	}

	// A second init overwrites nothing, and says so.
	mine := "# my own settings\nfail_level = \"warning\"\n"
	if err := os.WriteFile(filepath.Join(dir, ".newslint.toml"), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = runCLI(t, dir, "", "init")
	if code != 0 || strings.Count(out, "skipped ") != 3 || strings.Contains(out, "wrote") {
		t.Fatalf("second init: exit %d\n%s", code, out)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, ".newslint.toml")); string(got) != mine {
		t.Fatalf("init overwrote .newslint.toml:\n%s", got)
	}
}

func TestTestCommand(t *testing.T) {
	rule := `# METADATA
# title: Banned phrase
# custom:
#   id: banned-phrase
#   example:
#     bad: This is a game changer.
#     good: This is a change.
package newslint.rules.custom.house.banned

import data.newslint.lib.result
import data.newslint.lib.text

report contains finding if {
	some b in input.blocks
	some m in text.find_phrases(b, data.newslint.custom.banned)
	finding := result.fail(rego.metadata.chain(), m.span, sprintf("%q is banned", [m.text]))
}
`
	tests := `package newslint.rules.custom.house.banned_test

import data.newslint.rules.custom.house.banned

test_from_data if {
	findings := banned.report with input as newslint.facts("A real game changer, they said.", "text")
	print("findings:", count(findings))
	{f.span.column | some f in findings} == {8}
}

test_fails if {
	findings := banned.report with input as newslint.facts("Nothing to see.", "text")
	count(findings) == 1
}
`
	dir := writeTree(t, map[string]string{
		"rules/banned.rego":         rule,
		"rules/banned_test.rego":    tests,
		"words.toml":                "[custom]\nbanned = [\"game changer\"]\n",
		"broken/x_test.rego":        "package x_test\n\ntest_a if {\n\tcount(input.blocks) == \n}\n",
		"badformat/x_test.rego":     "package x_test\n\ntest_a if {\n\tf := newslint.facts(\"x\", \"docx\")\n\tf.version == 1\n}\n",
		"badexample/banned.rego":    strings.Replace(rule, "good: This is a change.", "good: Still a game changer.", 1),
		"badexample/words.toml":     "",
		"typeerror/x_test.rego":     "package x_test\n\ntest_a if {\n\tnewslint.facts(1, \"md\")\n}\n",
		"typeerror/unused_dir.toml": "",
	})

	out, _, code := runCLI(t, dir, "", "test", "--data", "words.toml", "rules")
	if code != 1 {
		t.Fatalf("a failing test: exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{
		`FAIL newslint.rules.custom.house.banned_test.test_fails: rules/banned_test.rego:11`,
		`failed at rules/banned_test.rego:13:`,
		`FAIL: 1 of 3 tests failed`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "test_from_data") {
		t.Errorf("passing tests are listed without -v:\n%s", out)
	}

	out, _, code = runCLI(t, dir, "", "test", "-v", "--run", "from_data|example", "--data", "words.toml", "rules")
	if code != 0 || !strings.Contains(out, "PASS newslint.rules.custom.house.banned_test.test_from_data") ||
		!strings.Contains(out, "    findings: 1") || !strings.Contains(out, "PASS newslint.rules.custom.house.banned.example") ||
		!strings.HasSuffix(out, "PASS: 2 tests\n") {
		t.Errorf("-v --run: exit %d\n%s", code, out)
	}

	// Without the data file the rule finds nothing: the test fails.
	out, _, code = runCLI(t, dir, "", "test", "--run", "from_data", "rules")
	if code != 1 {
		t.Errorf("without --data: exit %d\n%s", code, out)
	}

	_, stderr, code := runCLI(t, dir, "", "test", "broken")
	if code != 2 || !regexp.MustCompile(`broken/x_test\.rego:5:1: unexpected } token`).MatchString(stderr) {
		t.Errorf("compile error: exit %d: %s", code, stderr)
	}
	_, stderr, code = runCLI(t, dir, "", "test", "typeerror")
	if code != 2 || !regexp.MustCompile(`typeerror/x_test\.rego:4:\d+: .*newslint\.facts`).MatchString(stderr) {
		t.Errorf("type error: exit %d: %s", code, stderr)
	}
	out, _, code = runCLI(t, dir, "", "test", "badformat")
	if code != 1 || !strings.Contains(out, `ERROR x_test.test_a: badformat/x_test.rego:3`) || !strings.Contains(out, `unknown format "docx"`) {
		t.Errorf("newslint.facts error: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, dir, "", "test", "--data", "words.toml", "badexample")
	if code != 1 || !strings.Contains(out, "banned-phrase reported its corrected example (custom.example.good)") {
		t.Errorf("a rule reporting its good example: exit %d\n%s", code, out)
	}

	out, _, code = runCLI(t, dir, "", "test", "--run", "(")
	if code != 2 {
		t.Errorf("bad --run: exit %d\n%s", code, out)
	}
}

// The built-in rules' tests pass (CI also runs them through .ci/run).
func TestBuiltinRegoTests(t *testing.T) {
	out, stderr, code := runCLI(t, repoRoot(t), "", "test", "--no-config")
	if code != 0 || !strings.HasPrefix(out, "PASS: ") {
		t.Fatalf("newslint test: exit %d\n%s%s", code, out, stderr)
	}
}
