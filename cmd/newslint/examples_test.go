package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestExamples runs the example house rules' Rego tests and lints the
// example articles with them (examples/.newslint.toml loads the rules and
// the officials data), comparing with each article's .want file.
func TestExamples(t *testing.T) {
	root := repoRoot(t)
	out, stderr, code := runCLI(t, root, "", "test", "--config", "examples/.newslint.toml", "examples/rules")
	if code != 0 || !strings.HasPrefix(out, "PASS: ") {
		t.Fatalf("newslint test examples/rules: exit %d\n%s%s", code, out, stderr)
	}
	articles, err := filepath.Glob(filepath.Join(root, "examples", "articles", "*.want"))
	if err != nil || len(articles) < 3 {
		t.Fatalf("want at least 3 example articles, got %d (%v)", len(articles), err)
	}
	for _, w := range articles {
		rel, _ := filepath.Rel(root, strings.TrimSuffix(w, ".want"))
		t.Run(rel, func(t *testing.T) { checkFixture(t, root, rel, "--config", "examples/.newslint.toml") })
	}
}
