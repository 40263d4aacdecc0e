package policy

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"
)

// inputKeys names the top-level fields a module reads, and gives up
// (every field) on any read it cannot name.
func TestInputKeys(t *testing.T) {
	cases := []struct {
		src  string
		want string // sorted keys; "*" for every field
	}{
		{`p if input.blocks[0].text == "a"`, "blocks"},
		{`p := object.get(input, "teasers", [])`, "teasers"},
		{`p := object.get(input, ["title", "block"], -1)`, "title"},
		{`p if { some b in input.blocks; b.index == input.title.block }`, "blocks title"},
		{`p if input.blocks[input.stats.words]`, "blocks stats"},
		{"import input.mentions as ms\n\np if count(ms) > 0", "mentions"},
		{`p := input`, "*"},
		{`p if { some k, _ in input; k == "x" }`, "*"},
		{`p := object.get(input, k, 1) if k := "x"`, "*"},
		{`f(x) := x.blocks` + "\n\np := f(input)", "*"},
		{`p := input[k] if k := "blocks"`, "*"},
	}
	for _, c := range cases {
		m, err := ParseModule("x.rego", []byte("package newslint.rules.custom.t.x\n\n"+c.src+"\n"))
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		keys, ok := inputKeys([]Module{{File: "x.rego", AST: m}})
		got := "*"
		if ok {
			got = strings.Join(slices.Sorted(maps.Keys(keys)), " ")
		}
		if got != c.want {
			t.Errorf("%s: keys %q, want %q", c.src, got, c.want)
		}
	}
}

// The built-in rules' input holds, at every depth, only the fields whose
// names they write or Go code reads (Setup.Keep); custom rules, which might
// read a fact whole, get every field of the top-level facts they read.
func TestInputHoldsTheFieldsTheRulesName(t *testing.T) {
	type span struct {
		Line  int `json:"line"`
		Chars int `json:"chars"`
	}
	type block struct {
		Words int    `json:"words"`
		Chars int    `json:"chars"`
		Kind  string `json:"kind"`
		Span  span   `json:"span"`
	}
	type facts struct {
		Blocks []block `json:"blocks"`
		Stats  struct {
			Words int `json:"words"`
		} `json:"stats"`
	}
	src := "package newslint.rules.quality.t\n\n" + `report contains {"message": "x", "span": b.span} if {
	some b in input.blocks
	b.words > 1
	object.get(b, "kind", "") == "paragraph"
}
`
	m, err := ParseModule("t.rego", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	all := `{"blocks": [{"chars": 20, "kind": "paragraph", "span": {"chars": 20, "line": 2}, "words": 3}]}`
	for _, c := range []struct {
		checked bool
		keep    []string // read by Go code
		want    string
	}{
		{true, nil, `{"blocks": [{"kind": "paragraph", "span": {"line": 2}, "words": 3}]}`},
		{true, []string{"chars"}, all},
		{false, nil, all},
	} {
		s := Setup{Modules: []Module{{File: "t.rego", AST: m}}, Checked: c.checked, Keep: c.keep,
			Enabled: []Rule{{ID: "t", Category: "quality", Name: "t", Package: "newslint.rules.quality.t", File: "t.rego"}}}
		e, err := Compile(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		f := &facts{Blocks: []block{{Words: 3, Chars: 20, Kind: "paragraph", Span: span{Line: 2, Chars: 20}}}}
		if got := e.Input(f).String(); got != c.want {
			t.Errorf("checked %v, keep %v: input %s, want %s", c.checked, c.keep, got, c.want)
		}
	}
}
