package policy

import (
	"context"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/newslint/newslint/rules"
)

// compileRules compiles the router and one rule per source, each named
// after its key, custom or built-in (which run together in one query,
// evalBatch), and enables them all.
func compileRules(t *testing.T, srcs map[string]string, custom bool) *Engine {
	t.Helper()
	router, err := rules.FS.ReadFile("lib/main.rego")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseModule("rules/lib/main.rego", router)
	if err != nil {
		t.Fatal(err)
	}
	s := Setup{Modules: []Module{{File: "rules/lib/main.rego", AST: m}}}
	for name, src := range srcs {
		file := name + ".rego"
		pkg := "package newslint.rules.house."
		if custom {
			pkg = "package newslint.rules.custom.house."
		}
		m, err := ParseModule(file, []byte(pkg+name+"\n\n"+src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s.Modules = append(s.Modules, Module{File: file, Custom: custom, AST: m})
		s.Enabled = append(s.Enabled, Rule{ID: strings.ReplaceAll(name, "_", "-"), Category: "house", Name: name, File: file, Custom: custom})
	}
	e, err := Compile(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// A rule that breaks at run time, or returns a finding the engine cannot
// place, fails alone: its error names what is wrong, and every other
// rule's findings come back. So it is for built-in rules, which run in one
// query: the query's failure is put down to the rule it belongs to.
func TestBrokenRulesFailAlone(t *testing.T) {
	for _, custom := range []bool{true, false} {
		t.Run(map[bool]string{true: "custom", false: "built-in"}[custom], func(t *testing.T) { testBrokenRulesFailAlone(t, custom) })
	}
}

func testBrokenRulesFailAlone(t *testing.T, custom bool) {
	cases := map[string]struct{ src, err string }{
		"no_message":   {`report contains {"span": input.anchor}`, "a finding needs a message"},
		"no_span":      {`report contains {"message": "x"}`, `finding "x" has no span`},
		"whole_fact":   {`report contains {"message": "x", "span": {"span": input.anchor}}`, "pass block.span, not block"},
		"not_object":   {`report contains "x"`, "a finding must be an object"},
		"number_key":   {`report contains {"message": "x", "span": input.anchor, 1: "y"}`, "a finding's fields are named by strings, got 1"},
		"partial_span": {`report contains {"message": "x", "span": {"offset": 0}}`, "a finding's span needs end_offset"},
		"float_span":   {`report contains {"message": "x", "span": object.union(input.anchor, {"line": 1.5})}`, "span line must be a whole number"},
		"conflict": {`v := 1 if input.a
v := 2 if input.b
report contains {"message": sprintf("%d", [v]), "span": input.anchor}`, "conflict"},
	}
	srcs := map[string]string{"good": `report contains {"message": "fine", "span": input.anchor}`}
	for name, c := range cases {
		srcs[name] = c.src
	}
	e := compileRules(t, srcs, custom)
	anchor := `{"offset": 0, "end_offset": 4, "line": 1, "column": 1, "end_line": 1, "end_column": 5}`
	input := ast.MustParseTerm(`{"a": true, "b": true, "anchor": ` + anchor + `}`).Value
	raws, failures, err := e.Eval(context.Background(), input)
	if err != nil {
		t.Fatal(err)
	}
	if len(raws) != 1 || raws[0].Rule != "good" || raws[0].Message != "fine" || raws[0].Span.EndColumn != 5 {
		t.Errorf("findings %+v, want the good rule's one", raws)
	}
	failed := map[string]Failure{}
	for _, f := range failures {
		failed[f.Rule] = f
	}
	for name, c := range cases {
		id := strings.ReplaceAll(name, "_", "-")
		f, ok := failed[id]
		switch {
		case !ok:
			t.Errorf("%s: no failure", id)
		case f.TimedOut || f.NotRun || f.Err == nil || !strings.Contains(f.Err.Error(), c.err):
			t.Errorf("%s: %+v, want an error with %q", id, f, c.err)
		case f.File != name+".rego":
			t.Errorf("%s: failure names file %q", id, f.File)
		}
	}
	if len(failures) != len(cases) {
		t.Errorf("%d failures, want %d", len(failures), len(cases))
	}
}

// A rule that does not compile is an error naming its file and line, and
// nothing is prepared.
func TestCompileErrorsNameTheFile(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"report contains x if {\n\tx := undefined_thing\n}\n", "bad.rego:4:"},
		{"report contains {\"message\": y, \"span\": input.anchor} if {\n\ttrue\n}\n", "bad.rego:3:"},
	} {
		m, err := ParseModule("bad.rego", []byte("package newslint.rules.custom.house.bad\n\n"+c.src))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Compile(context.Background(), Setup{
			Modules: []Module{{File: "bad.rego", Custom: true, AST: m}},
			Enabled: []Rule{{ID: "bad", Category: "house", Name: "bad", File: "bad.rego", Custom: true}},
		})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error at %s", c.src, err, c.want)
		}
	}
}
