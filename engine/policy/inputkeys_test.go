package policy

import (
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
