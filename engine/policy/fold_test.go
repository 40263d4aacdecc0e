package policy

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/newslint/newslint/rules"
)

// A rule's config.options(rego.metadata.chain()) is its options, made a
// constant when the rules are compiled (and each opts.x read in the rule's
// package the value itself), and its result.fail and
// result.fail_with calls the findings' objects (one object, without
// object.union, when the extra fields are written out): the configured value is
// what the rule reads, the findings are those the library makes, the calls
// are gone from the compiled rule, and a rule whose own METADATA could
// name another id keeps them.
func TestCallsAreFoldedAtCompileTime(t *testing.T) {
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

report contains finding if {
	count(input.items) > 1
	finding := result.fail_with(rego.metadata.chain(), input.anchor, "two", {"suggestion": "one"})
}
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
	got := map[string]bool{}
	for _, r := range raws {
		got[r.Rule+": "+r.Message+" / "+r.Suggestion+" at "+fmt.Sprint(r.Span)] = true
	}
	for _, id := range []string{"plain", "own"} {
		for _, want := range []string{id + ": limit 1 /  at {0 4 1 1 1 5}", id + ": two / one at {0 4 1 1 1 5}"} {
			if !got[want] {
				t.Errorf("no finding %q in %v", want, got)
			}
		}
	}
	calls := map[string]map[string]bool{}
	for _, m := range e.compiler.Modules {
		pkg := strings.TrimPrefix(packageName(m), "newslint.rules.custom.house.")
		calls[pkg] = map[string]bool{}
		opts := m.Package.Path.Append(ast.StringTerm("opts"))
		ast.WalkRefs(m, func(r ast.Ref) bool {
			for _, lib := range []ast.Ref{optionsRef, failRef, failWithRef, ast.ObjectUnion.Ref()} {
				if r.Equal(lib) {
					calls[pkg][lib.String()] = true
				}
			}
			if len(r) > len(opts) && r.HasPrefix(opts) {
				calls[pkg]["opts"] = true
			}
			return false
		})
	}
	if len(calls["plain"]) > 0 {
		t.Errorf("the plain rule still calls or reads %v after compiling", calls["plain"])
	}
	if len(calls["own"]) != 4 {
		t.Errorf("the rule with its own METADATA id calls or reads only %v after compiling", calls["own"])
	}
}
