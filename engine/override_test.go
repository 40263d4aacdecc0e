package engine

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/document"
)

// article repeats its headline in the body (duplicate-title) and carries no
// date of its own.
const article = `---
title: "Ferry timetable changes on Monday"
---

The ferry company will run two extra crossings each weekday from Monday, the
operator said, after passenger numbers rose through the spring.

Ferry timetable changes on Monday
`

func prepare(t *testing.T, l Linter) *Prepared {
	t.Helper()
	p, err := l.WithRulePaths("testdata/rules").Prepare(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func ruleIDs(t *testing.T, p *Prepared, content string) []string {
	t.Helper()
	fr := p.LintBytes(context.Background(), "a.md", document.Markdown, []byte(content))
	if fr.Err != nil {
		t.Fatal(fr.Err)
	}
	var ids []string
	for _, f := range fr.Findings {
		ids = append(ids, f.Rule)
	}
	slices.Sort(ids)
	return ids
}

func TestOverrideEnableDisable(t *testing.T) {
	p := prepare(t, New())
	all := ruleIDs(t, p, article)
	if !slices.Contains(all, "duplicate-title") || !slices.Contains(all, "test-upper-title") {
		t.Fatalf("fixture should trip duplicate-title and test-upper-title, got %v", all)
	}
	q, err := p.Override(Overrides{Disable: []string{"duplicate-title"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := ruleIDs(t, q, article); slices.Contains(got, "duplicate-title") {
		t.Errorf("disabled per call, still reported: %v", got)
	}
	if got := ruleIDs(t, p, article); !slices.Equal(got, all) {
		t.Errorf("Override changed the original: %v, was %v", got, all)
	}
	if _, err := p.Override(Overrides{Enable: []string{"duplicate-titel"}}); err == nil || !strings.Contains(err.Error(), `did you mean "duplicate-title"`) {
		t.Errorf("unknown rule: got %v", err)
	}
}

func TestOverrideEnableNeedsCompiledRule(t *testing.T) {
	off := false
	cfg := &config.Config{Rules: map[string]config.RuleConfig{"duplicate-title": {Enabled: &off}}}

	p := prepare(t, New().WithConfig(cfg))
	if got := ruleIDs(t, p, article); slices.Contains(got, "duplicate-title") {
		t.Fatalf("disabled in config, still reported: %v", got)
	}
	if _, err := p.Override(Overrides{Enable: []string{"duplicate-title"}}); err == nil {
		t.Error("enabling a rule that was not compiled in should fail")
	}

	all := prepare(t, New().WithConfig(cfg).WithAllRulesEvaluated())
	if got := ruleIDs(t, all, article); slices.Contains(got, "duplicate-title") {
		t.Errorf("evaluated but disabled: its findings must be dropped, got %v", got)
	}
	on, err := all.Override(Overrides{Enable: []string{"duplicate-title"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := ruleIDs(t, on, article); !slices.Contains(got, "duplicate-title") {
		t.Errorf("enabled per call, not reported: %v", got)
	}
}

func TestOverrideDate(t *testing.T) {
	p := prepare(t, New())
	q, err := p.Override(Overrides{Date: "2024-02-29"})
	if err != nil {
		t.Fatal(err)
	}
	fr := q.LintBytes(context.Background(), "a.md", document.Markdown, []byte(article))
	if fr.File.Date != "2024-02-29" || fr.File.DateSource != "flag" {
		t.Errorf("date: got %q (%s)", fr.File.Date, fr.File.DateSource)
	}
	if fr := p.LintBytes(context.Background(), "a.md", document.Markdown, []byte(article)); fr.File.DateSource == "flag" {
		t.Error("Override changed the original's date")
	}
	for _, bad := range []string{"2023-02-29", "2025-13-01", "yesterday", "2025-5-1"} {
		if _, err := p.Override(Overrides{Date: bad}); err == nil {
			t.Errorf("date %q accepted", bad)
		}
	}
}

func TestReplacementAndScope(t *testing.T) {
	p := prepare(t, New())
	fr := p.LintBytes(context.Background(), "a.md", document.Markdown, []byte(article))
	var fix *string
	for _, f := range fr.Findings {
		if f.Rule == "test-upper-title" {
			fix = f.Replacement
			if f.Evidence["replacement"] != nil {
				t.Error("replacement also copied into evidence")
			}
		}
	}
	if fix == nil || *fix != "FERRY TIMETABLE CHANGES ON MONDAY" {
		t.Errorf("replacement: got %v", fix)
	}

	// A page transcoded from a legacy charset has no byte-exact fix.
	page := []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 opens</title></head><body><p>The caf\xe9 opened on Monday in the old market hall.</p></body></html>")
	fr = p.LintBytes(context.Background(), "a.html", document.HTML, page)
	if fr.Err != nil {
		t.Fatal(fr.Err)
	}
	seen := false
	for _, f := range fr.Findings {
		if f.Rule == "test-upper-title" {
			seen = true
			if f.Replacement != nil {
				t.Errorf("transcoded page got a fix %q", *f.Replacement)
			}
		}
	}
	if !seen {
		t.Error("the transcoded page should still be reported")
	}

	scopes := map[string]string{}
	for _, r := range p.RuleStatuses() {
		scopes[r.ID] = r.Scope
	}
	if scopes["test-word-count"] != "document" || scopes["test-upper-title"] != "" {
		t.Errorf("scopes from METADATA: %v", scopes)
	}
}
