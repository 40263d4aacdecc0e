package policy

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/newslint/newslint/rules"
)

// A rule's config.options(rego.metadata.chain()) is its options, made a
// constant when the rules are compiled: the configured value is what the
// rule reads, the call is gone from the compiled rule, and a rule whose
// own METADATA could name another id keeps the call.
func TestOptionsAreFoldedAtCompileTime(t *testing.T) {
	var s Setup
	for _, f := range []string{"lib/main.rego", "lib/config.rego", "lib/result.rego"} {
		src, err := rules.FS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseModule("rules/"+f, src)
		if err != nil {
			t.Fatal(err)
		}
		s.Modules = append(s.Modules, Module{File: "rules/" + f, AST: m})
	}
	add := func(name, src string) {
		m, err := ParseModule(name+".rego", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		s.Modules = append(s.Modules, Module{File: name + ".rego", Custom: true, AST: m})
		s.Enabled = append(s.Enabled, Rule{ID: name, Category: "house", Name: name, Package: "newslint.rules.custom.house." + name, File: name + ".rego", Custom: true})
	}
	rule := `import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

report contains result.fail(rego.metadata.chain(), input.anchor, sprintf("limit %d", [opts.limit])) if count(input.items) > opts.limit
`
	add("plain", "# METADATA\n# title: plain\n# custom:\n#   id: plain\n#   options:\n#     limit: 5\npackage newslint.rules.custom.house.plain\n\n"+rule)
	own := "# METADATA\n# title: own\n# custom:\n#   id: own\n#   options:\n#     limit: 5\npackage newslint.rules.custom.house.own\n\n" + rule +
		"\n# METADATA\n# custom:\n#   id: own\nother := 1\n"
	add("own", own)
	s.Options = map[string]map[string]any{"plain": {"limit": 1}, "own": {"limit": 1}}
	e, err := Compile(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	anchor := `{"offset": 0, "end_offset": 4, "line": 1, "column": 1, "end_line": 1, "end_column": 5}`
	input := ast.MustParseTerm(`{"items": [1, 2], "anchor": ` + anchor + `}`).Value
	raws, failures, err := e.Eval(context.Background(), input)
	if err != nil || len(failures) > 0 {
		t.Fatal(err, failures)
	}
	got := map[string]string{}
	for _, r := range raws {
		got[r.Rule] = r.Message
	}
	if got["plain"] != "limit 1" || got["own"] != "limit 1" {
		t.Errorf("findings %v, want both rules to read the configured limit 1", got)
	}
	calls := map[string]bool{}
	for _, m := range e.compiler.Modules {
		pkg := packageName(m)
		ast.WalkRefs(m, func(r ast.Ref) bool {
			if r.HasPrefix(optionsRef) {
				calls[pkg] = true
			}
			return false
		})
	}
	if calls["newslint.rules.custom.house.plain"] {
		t.Error("the plain rule still calls config.options after compiling")
	}
	if !calls["newslint.rules.custom.house.own"] {
		t.Error("the rule with its own METADATA id lost its config.options call")
	}
}
