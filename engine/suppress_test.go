package engine

import (
	"context"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
)

func TestUnusedSuppressionComments(t *testing.T) {
	p, err := New().Prepare(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	body := `---
title: "Ferry timetable changes on Monday"
---

The ferry company will run two extra crossings each weekday from Monday, the
operator said, after passenger numbers rose through the spring.

<!-- newslint-disable-next-line duplicate-title -->
Ferry timetable changes on Monday

<!-- newslint-disable-next-line duplicate-title -->
Crossings resume at six in the morning and the last boat leaves at ten.

<!-- newslint-disable homoglyph -->
Tickets are sold at the quay.
<!-- newslint-enable homoglyph -->

<!-- newslint-disable-next-line no-such-rule -->
Parking at the terminal stays free.
`
	fr := p.LintBytes(context.Background(), "a.md", document.Markdown, []byte(body))
	if fr.Err != nil {
		t.Fatal(fr.Err)
	}
	var unused []int
	for _, f := range fr.Findings {
		switch f.Rule {
		case "duplicate-title":
			t.Errorf("the used comment did not suppress: %+v", f)
		case "unused-suppression":
			unused = append(unused, f.Line)
			if f.Severity != "info" || !strings.Contains(f.Message, "suppresses nothing") || f.Snippet != strings.TrimSpace(f.Snippet) {
				t.Errorf("finding %+v", f)
			}
		}
	}
	// Lines 11 (nothing on the next line) and 14 (no homoglyph); not 8 (it
	// suppressed the repeated headline) nor 18 (an unknown rule, reported
	// as unknown-suppression).
	if len(unused) != 2 || unused[0] != 11 || unused[1] != 14 {
		t.Errorf("unused-suppression on lines %v, want [11 14]", unused)
	}

	// A comment about a rule that is off in this run is not judged.
	p, err = New().WithDisabled("homoglyph").Prepare(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	fr = p.LintBytes(context.Background(), "a.md", document.Markdown, []byte(body))
	for _, f := range fr.Findings {
		if f.Rule == "unused-suppression" && f.Line == 14 {
			t.Errorf("judged a comment about a rule that is off: %+v", f)
		}
	}
}
