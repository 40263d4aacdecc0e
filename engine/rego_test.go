package engine

import (
	"context"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/policy"
)

// TestRegoRules runs the Rego unit tests beside the built-in rules
// (rules/**/*_test.rego) and checks their METADATA examples, as
// `newslint test` does: with the built-in data, every rule's default
// options and the built-in functions (newslint.facts, newslint.find), so
// that `go test ./...` covers them.
func TestRegoRules(t *testing.T) {
	results, err := New().Test(context.Background(), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if failed := policy.ReportTests(&out, results, false); failed > 0 || len(results) == 0 {
		t.Fatalf("%d of %d Rego tests failed:\n%s", failed, len(results), out.String())
	}
}
