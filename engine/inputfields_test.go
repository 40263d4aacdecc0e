package engine

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
)

// The rules' input holds the facts the compiled rules read: with the
// built-in rules alone, not the links or the metadata's spans, which no
// built-in rule reads; a custom rule that reads them gets them, and a
// rule that reads input whole gets every field.
func TestInputHoldsWhatTheRulesRead(t *testing.T) {
	ctx := context.Background()
	builtin, err := New().Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fields := builtin.engine.InputFields()
	if fields == nil || !fields["blocks"] || !fields["mentions"] || fields["links"] || fields["meta_spans"] {
		t.Fatalf("built-in rules' input fields %v: want blocks and mentions, not links or meta_spans", fields)
	}

	rule := func(name, body string) string {
		dir := t.TempDir()
		src := "# METADATA\n# title: " + name + "\n# custom:\n#   id: test-" + name + "\n#   severity: info\npackage newslint.rules.custom.test." + name +
			"\n\nimport data.newslint.lib.result\n\n" + body
		if err := os.WriteFile(filepath.Join(dir, name+".rego"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	links := rule("links", `report contains finding if {
	some l in input.links
	s := object.get(input, ["meta_spans", "author"], l.span)
	finding := result.fail(rego.metadata.chain(), s, sprintf("link to %s, author on line %d", [l.url, s.line]))
}
`)
	p, err := New().WithRulePaths(links).Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f := p.engine.InputFields(); f == nil || !f["links"] || !f["meta_spans"] || f["sentence_lists"] {
		t.Fatalf("input fields with a rule reading links and meta_spans: %v", f)
	}
	article := "---\ntitle: Harbour reopens\nauthor: Ana Brook\n---\n\nThe harbour reopened on [Thursday](https://example.org/harbour) after repairs.\n"
	fr := p.LintBytes(ctx, "a.md", document.Markdown, []byte(article))
	found := false
	for _, f := range fr.Findings {
		found = found || f.Rule == "test-links" && strings.Contains(f.Message, "https://example.org/harbour, author on line 3")
	}
	if !found {
		t.Errorf("the custom rule did not see the links and metadata spans: %+v", fr.Findings)
	}

	whole := rule("whole", `report contains finding if {
	some k, _ in input
	k == "anchor"
	finding := result.fail(rego.metadata.chain(), input.anchor, "whole")
}
`)
	p, err = New().WithRulePaths(whole).Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f := p.engine.InputFields(); f != nil {
		t.Errorf("a rule that reads input whole leaves the input fields at %v, want all", f)
	}
}
