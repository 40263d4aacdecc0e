package policy

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

func TestRuleAppliesWhenAnyNeededFactHoldsSomething(t *testing.T) {
	input := ast.MustParseTerm(`{
		"mentions": [], "dates": [{"text": "May 2"}], "invisible": null,
		"tags": {"placeholder": [{"text": "[NAME]"}], "spun-text": []},
		"title": {"text": ""}, "stats": {"words": 0}, "flag": false
	}`).Value
	cases := []struct {
		needs []string
		want  bool
	}{
		{nil, true},
		{[]string{"dates"}, true},
		{[]string{"mentions"}, false},
		{[]string{"invisible"}, false},
		{[]string{"missing"}, false},
		{[]string{"tags.placeholder"}, true},
		{[]string{"tags.spun-text"}, false},
		{[]string{"tags.markup-leak"}, false},
		{[]string{"mentions", "tags.placeholder"}, true},
		{[]string{"title.text"}, false},
		{[]string{"stats.words"}, true}, // a number is something
		{[]string{"flag"}, false},
		{[]string{"dates.text"}, false}, // a path does not go into lists
	}
	for _, c := range cases {
		if got := (Rule{Needs: c.needs}).Applies(input); got != c.want {
			t.Errorf("needs %v: Applies = %v, want %v", c.needs, got, c.want)
		}
	}
}

func TestNeedsMustBeAListOfPaths(t *testing.T) {
	for _, bad := range []any{"mentions", []any{}, []any{""}, []any{".tags"}, []any{"tags..x"}, []any{3}} {
		if _, err := needs(bad); err == nil {
			t.Errorf("needs(%v): no error", bad)
		}
	}
	got, err := needs([]any{"mentions", "tags.placeholder"})
	if err != nil || len(got) != 2 || got[1] != "tags.placeholder" {
		t.Errorf("needs: %v, %v", got, err)
	}
}
