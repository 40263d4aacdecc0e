package report

import (
	"strings"
	"testing"
)

func TestHTMLRunsOverlapAndPlaces(t *testing.T) {
	text := "Première ligne.\nThe Biden administration said so.\n"
	fs := []htmlFinding{
		{N: 1, Finding: Finding{Rule: "a", Severity: "warning", Message: "outer", Line: 2, Column: 5, EndLine: 2, EndColumn: 25}},
		{N: 2, Finding: Finding{Rule: "b", Severity: "error", Message: "inner", Line: 2, Column: 11, EndLine: 2, EndColumn: 25}},
		{N: 3, Finding: Finding{Rule: "c", Severity: "info", Message: "a place", Line: 1, Column: 10, EndLine: 1, EndColumn: 10}},
	}
	var got []string
	for _, r := range runs(text, fs) {
		got = append(got, r.Text+"|"+ids(r.Findings)+"|"+r.Severity)
	}
	want := []string{
		"Première ||", "l|3|info", "igne.\nThe ||", "Biden |1|warning", "administration|1 2|error", " said so.\n||",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("runs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var b strings.Builder
	h := &HTML{Options{ReadSource: func(string) (string, error) { return text, nil }}}
	r := &Result{Files: []File{{Path: "a.txt"}}, Findings: []Finding{fs[0].Finding, fs[1].Finding}}
	r.Findings[0].Path, r.Findings[1].Path = "a.txt", "a.txt"
	if err := h.Report(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<a id="f-1"></a><mark class="warning" data-findings="1" title="#1 a: outer">Biden </mark>`,
		"<a id=\"f-2\"></a><mark class=\"error\" data-findings=\"1 2\" title=\"#1 a: outer\n#2 b: inner\">administration</mark>"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("missing %s in\n%s", want, b.String())
		}
	}
}
