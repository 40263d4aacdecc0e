package rules_test

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/rules"
)

// TestRego runs every *_test.rego of the built-in rules, one Go subtest per
// Rego test.
func TestRego(t *testing.T) {
	mods, err := policy.LoadFS(rules.FS, "rules/")
	if err != nil {
		t.Fatal(err)
	}
	modules := map[string]*ast.Module{}
	for _, m := range mods {
		modules[m.File] = m.AST
	}
	ch, err := tester.NewRunner().SetDefaultRegoVersion(ast.RegoV1).SetModules(modules).RunTests(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for r := range ch {
		n++
		t.Run(r.Package+"."+r.Name, func(t *testing.T) {
			switch {
			case r.Error != nil:
				t.Fatalf("%s: %v", r.Location, r.Error)
			case r.Fail:
				t.Fatalf("%s: test failed", r.Location)
			case r.Skip:
				t.Skip("skipped")
			}
		})
	}
	if n == 0 {
		t.Fatal("no Rego tests found")
	}
}
