package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRulesDocUpToDate fails when docs/rules.md no longer matches the rules'
// METADATA, so that a rule added or changed comes with its reference page.
func TestRulesDocUpToDate(t *testing.T) {
	root := repoRoot(t)
	want, stderr, code := runCLI(t, root, "", "rules", "--format", "markdown", "--no-config")
	if code != 0 {
		t.Fatalf("newslint rules --format markdown: exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(filepath.Join(root, "docs", "rules.md"))
	if err != nil {
		t.Fatalf("%v; create it with:\n  %s", err, RulesDocCommand)
	}
	if string(got) != want {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(want, "\n")
		line := 0
		for line < len(gl) && line < len(wl) && gl[line] == wl[line] {
			line++
		}
		t.Fatalf("docs/rules.md is out of date (first difference at line %d); regenerate it from the repository root with:\n  %s", line+1, RulesDocCommand)
	}
}
