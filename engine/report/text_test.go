package report

import (
	"strings"
	"testing"
)

func TestTextShowsEveryLineOfASpan(t *testing.T) {
	f := Finding{Rule: "duplicate-paragraph", Severity: "warning", Message: "repeated", Path: "a.md",
		Line: 3, Column: 5, EndLine: 5, EndColumn: 9,
		Snippet:    "second half of line three\nall of line four\nline five",
		SourceLine: "One second half of line three", SourceFrom: 1}
	var b strings.Builder
	if err := (&Text{}).Report(&b, &Result{Findings: []Finding{f}}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"    One second half of line three\n        ^^^^^^^^^^^^^^^^^^^^^^^^^\n",
		"    all of line four\n    ^^^^^^^^^^^^^^^^\n",
		"    line five\n    ^^^^^^^^^\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}

	// Long spans are cut after three more lines.
	f.EndLine = 9
	f.Snippet = "a\nb\nc\nd\ne\nf\ng"
	b.Reset()
	_ = (&Text{}).Report(&b, &Result{Findings: []Finding{f}})
	if out := b.String(); !strings.Contains(out, "    c\n") || strings.Contains(out, "    e\n") || !strings.Contains(out, "… 3 more lines, to line 9") {
		t.Errorf("long span:\n%s", out)
	}
}

func TestCount(t *testing.T) {
	if Count(1, "warning") != "1 warning" || Count(2, "warning") != "2 warnings" || Count(0, "error") != "0 errors" {
		t.Error(Count(1, "warning"), Count(2, "warning"), Count(0, "error"))
	}
}
