package engine

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/rules"
)

// TestRegoRules runs the Rego unit tests beside the built-in rules
// (rules/**/*_test.rego) with the built-in data, so that `go test ./...`
// covers them.
func TestRegoRules(t *testing.T) {
	ctx := context.Background()
	mods, err := policy.LoadFS(rules.FS, "rules/")
	if err != nil {
		t.Fatal(err)
	}
	data, err := loadData(nil)
	if err != nil {
		t.Fatal(err)
	}
	modules := map[string]*ast.Module{}
	tests := 0
	for _, m := range mods {
		modules[m.File] = m.AST
		if m.Test {
			tests++
		}
	}
	store := inmem.NewFromObject(map[string]any{"newslint": data})
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Abort(ctx, txn)
	ch, err := tester.NewRunner().SetStore(store).SetDefaultRegoVersion(ast.RegoV1).SetModules(modules).RunTests(ctx, txn)
	if err != nil {
		t.Fatal(policy.CompileError(err))
	}
	ran := 0
	for r := range ch {
		ran++
		if !r.Pass() {
			t.Errorf("%s.%s: %s %v", r.Package, r.Name, r.String(), r.Error)
		}
	}
	if tests == 0 || ran == 0 {
		t.Fatalf("found %d test files, ran %d tests", tests, ran)
	}
}
