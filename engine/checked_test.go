package engine

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/internal/corpus"
)

// TestCheckedCompile proves that the built-in rules may be compiled without
// the compiler's check-only stages (policy.Setup.Checked): they pass every
// check, and what they find on testdata/ and on the real-text corpus is the
// same either way. Custom rules are always checked.
func TestCheckedCompile(t *testing.T) {
	ctx := context.Background()
	fast, err := New().Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	full, err := Linter{fullChecks: true}.Prepare(ctx)
	if err != nil {
		t.Fatalf("the built-in rules fail a check of the compiler: %v", err)
	}
	if !fast.setup.Checked || full.setup.Checked {
		t.Fatalf("Checked: %v for the built-in rules, %v with every check", fast.setup.Checked, full.setup.Checked)
	}
	arts := sampleArticles(t, 5, 27)
	found := 0
	for _, a := range arts {
		format, _ := document.FormatFor(a.path)
		got, want := fast.LintBytes(ctx, a.path, format, a.src), full.LintBytes(ctx, a.path, format, a.src)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the findings differ when the checks are skipped\n got %+v\nwant %+v", a.path, got, want)
		}
		found += len(want.Findings)
	}
	if found < 50 {
		t.Errorf("only %d findings on %d articles: the comparison shows little", found, len(arts))
	}
	custom, err := New().WithRulePaths("../examples/rules").Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if custom.setup.Checked {
		t.Error("custom rules must go through every check")
	}
}

// Compiled in the background, the built-in rules find the same as
// compiled before Prepare returns, whether a file is linted while they
// compile or after; custom rules are compiled before Prepare returns, so
// that their errors are its own.
func TestBackgroundCompile(t *testing.T) {
	ctx := context.Background()
	before, err := New().Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	arts := sampleArticles(t, 3, 29)
	for round := range 2 {
		bg, err := New().WithBackgroundCompile().Prepare(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if round == 1 {
			// Override waits for the rules its copy shares.
			if bg, err = bg.Override(Overrides{}); err != nil {
				t.Fatal(err)
			}
		}
		for _, a := range arts {
			format, _ := document.FormatFor(a.path)
			got, want := bg.LintBytes(ctx, a.path, format, a.src), before.LintBytes(ctx, a.path, format, a.src)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %s: the findings differ when the rules compile in the background\n got %+v\nwant %+v", round, a.path, got, want)
			}
		}
	}
	dir := t.TempDir()
	bad := "# METADATA\n# title: Broken\n# custom:\n#   id: broken\npackage newslint.rules.custom.house.broken\n\nreport contains x if {\n\tx := undefined_fn(1)\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "broken.rego"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := New().WithBackgroundCompile().WithRulePaths(dir).Prepare(ctx); err == nil || !strings.Contains(err.Error(), "undefined_fn") {
		t.Errorf("a custom rule's compile error must come from Prepare, got %v", err)
	}
}

// sampleArticle is an article to lint in a test: its path names its format.
type sampleArticle struct {
	path string
	src  []byte
}

// sampleArticles are every article of testdata/ and n real-text articles
// of the corpus with the given seed.
func sampleArticles(t *testing.T, seed int64, n int) []sampleArticle {
	t.Helper()
	var arts []sampleArticle
	err := filepath.WalkDir("../testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if _, ok := document.FormatFor(p); ok {
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			arts = append(arts, sampleArticle{p, src})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	g := corpus.NewRealText(seed)
	for range n {
		style, ext, text := g.Next()
		arts = append(arts, sampleArticle{style + "." + ext, []byte(text)})
	}
	return arts
}
