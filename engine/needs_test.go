package engine

import (
	"context"
	"fmt"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/policy/builtins"
)

// TestSkippedRulesFindNothing proves the built-in rules' custom.needs: on
// every article of testdata/ and of the real-text corpus, a rule that is
// skipped because the facts it needs are empty finds nothing when it is
// evaluated all the same.
func TestSkippedRulesFindNothing(t *testing.T) {
	ctx := context.Background()
	p, err := New().Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var needy []policy.Rule
	for _, r := range p.Rules() {
		if len(r.Needs) > 0 {
			needy = append(needy, r)
		}
	}
	if len(needy) == 0 {
		t.Fatal("no built-in rule declares custom.needs")
	}
	arts := sampleArticles(t, 7, 45)
	skipped, applied := 0, 0
	for _, a := range arts {
		format, _ := document.FormatFor(a.path)
		doc, err := document.Read(a.path, a.src, format)
		if err != nil {
			t.Fatalf("%s: %v", a.path, err)
		}
		input := policy.Value(p.Facts(doc))
		for _, r := range needy {
			if r.Applies(input) {
				applied++
				continue
			}
			skipped++
			raws, err := p.engine.EvalRule(builtins.WithDocument(ctx, doc), r, input)
			if err != nil {
				t.Fatalf("%s, %s: %v", a.path, r.ID, err)
			}
			if len(raws) > 0 {
				t.Errorf("%s: %s is skipped (it needs %v and they are empty) but finds %q", a.path, r.ID, r.Needs, raws[0].Message)
			}
		}
	}
	if skipped == 0 || applied == 0 {
		t.Fatalf("%d rules skipped and %d evaluated over %d articles: the test proves nothing", skipped, applied, len(arts))
	}
}

// TestTogetherAsAlone proves the query that runs the built-in rules
// together: on every article of testdata/ and of the real-text corpus,
// the findings of Eval are those of each rule that applies run on its own.
func TestTogetherAsAlone(t *testing.T) {
	ctx := context.Background()
	p, err := New().Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, a := range sampleArticles(t, 7, 45) {
		format, _ := document.FormatFor(a.path)
		doc, err := document.Read(a.path, a.src, format)
		if err != nil {
			t.Fatalf("%s: %v", a.path, err)
		}
		input := policy.Value(p.Facts(doc))
		dctx := builtins.WithDocument(ctx, doc)
		together, failures, err := p.engine.Eval(dctx, input)
		if err != nil || len(failures) > 0 {
			t.Fatalf("%s: %v %+v", a.path, err, failures)
		}
		var alone []policy.Raw
		for _, r := range p.Rules() {
			if !r.Applies(input) {
				continue
			}
			raws, err := p.engine.EvalRule(dctx, r, input)
			if err != nil {
				t.Fatalf("%s, %s: %v", a.path, r.ID, err)
			}
			alone = append(alone, raws...)
		}
		if len(together) != len(alone) {
			t.Errorf("%s: %d findings together, %d alone", a.path, len(together), len(alone))
			continue
		}
		seen := map[string]int{}
		for _, r := range alone {
			seen[fmt.Sprint(r.Rule, r.Span, r.Message, r.Suggestion, r.Extra)]++
		}
		for _, r := range together {
			k := fmt.Sprint(r.Rule, r.Span, r.Message, r.Suggestion, r.Extra)
			if seen[k] == 0 {
				t.Errorf("%s: together only: %s", a.path, k)
			}
			seen[k]--
		}
		total += len(together)
	}
	if total == 0 {
		t.Fatal("no findings over the sample: the test proves nothing")
	}
}
