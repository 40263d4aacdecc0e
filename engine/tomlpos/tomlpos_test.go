package tomlpos

import (
	"fmt"
	"reflect"
	"testing"
)

const doc = `# settings
fail_level = "warning"

[rules.seo-filler]
severity = "info"
options.max = 3

[rules."quoted-id"]
enabled = false

text = """
[not.a.table]
fake = 1
"""

[[kb.roles]]
id = "a"

[[kb.roles]]
id = "b"
[kb.roles.lang.fr]
labels = ["x"]
`

func TestLines(t *testing.T) {
	ix := Of([]byte(doc))
	for _, c := range []struct {
		path []string
		want int
	}{
		{[]string{"fail_level"}, 2},
		{[]string{"rules"}, 4},
		{[]string{"rules", "seo-filler"}, 4},
		{[]string{"rules", "seo-filler", "severity"}, 5},
		{[]string{"rules", "seo-filler", "options", "max"}, 6},
		{[]string{"rules", "seo-filler", "options"}, 6},
		{[]string{"rules", "quoted-id", "enabled"}, 9},
		{[]string{"rules", "quoted-id", "text"}, 11},
		{[]string{"not"}, 0}, // inside a string
		{[]string{"kb", "roles"}, 16},
		{[]string{"kb", "roles", "lang", "fr", "labels"}, 22},
		{[]string{"missing"}, 0},
	} {
		if got := ix.Line(c.path...); got != c.want {
			t.Errorf("Line(%v) = %d, want %d", c.path, got, c.want)
		}
	}
	if got := ix.ArrayTables("kb", "roles"); !reflect.DeepEqual(got, []int{16, 19}) {
		t.Errorf("ArrayTables(kb.roles) = %v, want [16 19]", got)
	}
}

// A document broken halfway is indexed up to the break.
func TestBrokenDocument(t *testing.T) {
	ix := Of([]byte("a = 1\nb = \nc = 3\n"))
	if ix.Line("a") != 1 || ix.Line("c") != 0 {
		t.Errorf("a at %d, c at %d", ix.Line("a"), ix.Line("c"))
	}
	var zero Index
	if zero.Line("a") != 0 || zero.ArrayTables("a") != nil {
		t.Error("the zero Index knows a line")
	}
}

// Indexing allocates in proportion to the document: ten times longer takes
// about ten times the allocations, not a hundred.
func TestIndexIsLinear(t *testing.T) {
	build := func(n int) []byte {
		var b []byte
		for i := range n {
			b = append(b, fmt.Sprintf("[[roles]]\nid = \"r%d\"\nname = \"Office %d\"\n\n", i, i)...)
		}
		return b
	}
	small, big := build(1000), build(10000)
	steps := func(src []byte) float64 { return testing.AllocsPerRun(1, func() { Of(src) }) }
	if s, b := steps(small), steps(big); b > 15*s {
		t.Errorf("%.0f allocations for 1,000 tables, %.0f for 10,000", s, b)
	}
	if got := Of(big).ArrayTables("roles"); len(got) != 10000 || got[9999] != 4*9999+1 {
		t.Errorf("%d headers, last at %v", len(got), got[len(got)-1:])
	}
}
