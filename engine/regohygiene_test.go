package engine

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"

	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/policy/builtins"
)

var formatRego = flag.Bool("fmt", false, "rewrite the Rego files of rules/ and examples/ as opa fmt would")

// regoFiles are the built-in rules, their tests and the example house rules.
func regoFiles(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, root := range []string{"../rules", "../examples"} {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
				return err
			}
			src, err := os.ReadFile(p)
			out[p] = src
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestRegoIsFormatted is `opa fmt --list` over rules/ and examples/:
// every file as the formatter writes it (go test ./engine -run
// TestRegoIsFormatted -fmt rewrites them).
func TestRegoIsFormatted(t *testing.T) {
	for p, src := range regoFiles(t) {
		out, err := format.SourceWithOpts(p, src, format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if bytes.Equal(out, src) {
			continue
		}
		if *formatRego {
			if err := os.WriteFile(p, out, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s is not formatted (go test ./engine -run TestRegoIsFormatted -fmt formats it)", p)
	}
}

// TestRegoChecksStrictly is `opa check --strict` over rules/ and
// examples/, with the functions newslint gives rules: no unused variable
// or import, no shadowed keyword, no deprecated built-in.
func TestRegoChecksStrictly(t *testing.T) {
	mods := map[string]*ast.Module{}
	for p, src := range regoFiles(t) {
		m, err := policy.ParseModule(p, src)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		mods[p] = m
	}
	var decls []*ast.Builtin
	// Tests read articles with newslint.facts, so the test set.
	for _, b := range builtins.Test(nil) {
		decls = append(decls, b.Decl)
	}
	c := ast.NewCompiler().WithStrict(true).WithCapabilities(policy.Capabilities(decls...)).
		WithEnablePrintStatements(true).WithDefaultRegoVersion(ast.RegoV1)
	if c.Compile(mods); c.Failed() {
		for _, e := range c.Errors {
			t.Error(e)
		}
	}
}
