package rules_test

import (
	"context"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/rules"
)

// TestRego runs every *_test.rego of the built-in rules and libraries, so
// that `go test ./...` covers the Rego unit tests. Each Rego test is a Go
// subtest named after its package and rule.
func TestRego(t *testing.T) {
	mods, err := policy.LoadFS(rules.FS, "rules/")
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string]*ast.Module{}
	for _, m := range mods {
		byFile[m.File] = m.AST
	}
	ctx := context.Background()
	store := inmem.New()
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Abort(ctx, txn)
	ch, err := tester.NewRunner().
		SetCompiler(ast.NewCompiler().WithEnablePrintStatements(true)).
		SetModules(byFile).
		SetStore(store).
		CapturePrintOutput(true).
		RaiseBuiltinErrors(true).
		RunTests(ctx, txn)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for r := range ch {
		n++
		name := strings.TrimPrefix(r.Package, "data.newslint.") + "." + r.Name
		t.Run(name, func(t *testing.T) {
			switch {
			case r.Error != nil:
				t.Errorf("%s: error: %v\n%s", r.Location, r.Error, r.Output)
			case r.Fail:
				t.Errorf("%s: failed\n%s", r.Location, r.Output)
			}
		})
	}
	if n == 0 {
		t.Fatal("no Rego tests found")
	}
}
