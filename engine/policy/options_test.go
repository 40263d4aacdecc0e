package policy

import (
	"strings"
	"testing"
)

func TestCheckOption(t *testing.T) {
	r := Rule{ID: "r", Options: map[string]any{
		"grace_days": 7, "share": 0.6, "strict": false, "label": "x",
		"words": []any{"a", "b"}, "density": 6,
	}, OptionRanges: map[string][2]float64{"share": {0, 1}}}
	for _, c := range []struct {
		name string
		v    any
		want string // "" when accepted
	}{
		{"grace_days", int64(30), ""},
		{"grace_days", "30", `must be an integer (its default is 7), not a string "30"`},
		{"grace_days", 30.5, "must be a whole number (its default is 7), not 30.5"},
		{"grace_days", float64(30), ""},
		{"grace_days", int64(-1), "must be at least 0, not -1"},
		{"share", 0.25, ""},
		{"share", int64(1), ""},
		{"share", 1.5, "must be between 0 and 1, not 1.5"},
		{"strict", true, ""},
		{"strict", "yes", `must be a boolean (its default is false), not a string "yes"`},
		{"label", "y", ""},
		{"label", int64(3), "must be a string"},
		{"words", []any{"c"}, ""},
		{"words", []any{"c", int64(2)}, "must be a list of strings, but holds an integer 2"},
		{"words", "c", "must be a list"},
		{"nope", 1, `rule r has no option "nope"`},
	} {
		err := r.CheckOption(c.name, c.v)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s = %v: unexpected error %v", c.name, c.v, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s = %v: got %v, want %q", c.name, c.v, err, c.want)
		}
	}
}

func TestOptionRangesFromMetadata(t *testing.T) {
	src := `# METADATA
# title: T
# custom:
#   id: ranged
#   options:
#     share: 0.5
#   option_ranges:
#     share: [0, 1]
package newslint.rules.custom.house.ranged

report contains 1 if false
`
	bad := strings.Replace(src, "share: [0, 1]", "share: [0.6, 1]", 1)
	for _, c := range []struct {
		src, want string
	}{{src, ""}, {bad, "the default 0.5 is not within [0.6, 1]"}, {strings.Replace(src, "    share: [0, 1]", "    other: [0, 1]", 1), `names "other", which is not an option`}} {
		m, err := ParseModule("house.rego", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		rules, err := Catalogue([]Module{{File: "house.rego", AST: m, Custom: true}})
		if c.want == "" {
			if err != nil || rules[0].OptionRanges["share"] != [2]float64{0, 1} {
				t.Errorf("ranges: %v %v", rules, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want %q", err, c.want)
		}
	}
}

func TestHelpURI(t *testing.T) {
	src := `# METADATA
# title: T
# related_resources:
# - ref: https://style.example.org/house#titles
# custom:
#   id: titled
package newslint.rules.custom.house.titled

report contains 1 if false
`
	m, err := ParseModule("house.rego", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	rules, err := Catalogue([]Module{{File: "house.rego", AST: m, Custom: true}})
	if err != nil || rules[0].HelpURI != "https://style.example.org/house#titles" {
		t.Fatalf("custom rule help: %+v %v", rules, err)
	}
	m, _ = ParseModule("x.rego", []byte(strings.NewReplacer("# related_resources:\n# - ref: https://style.example.org/house#titles\n", "", "custom.house", "quality").Replace(src)))
	rules, err = Catalogue([]Module{{File: "x.rego", AST: m}})
	if err != nil || rules[0].HelpURI != DocsURL("titled") {
		t.Fatalf("built-in rule help: %+v %v", rules, err)
	}
}
