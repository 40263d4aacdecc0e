// Package policy loads, compiles and evaluates the Rego rules.
package policy

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/newslint/newslint/engine/parallel"
)

// Module is a parsed Rego file.
type Module struct {
	// File is the name shown in messages: "rules/quality/..." for built-in
	// files, the path on disk for custom ones.
	File   string
	Custom bool
	Test   bool // a *_test.rego file
	AST    *ast.Module
}

// parseOptions are the parser settings every module is read with. The
// parser reads its capabilities for keywords only, and without them makes
// its own copy of every built-in function's declaration for each module.
var parseOptions = sync.OnceValue(func() ast.ParserOptions {
	return ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1,
		Capabilities: ast.CapabilitiesForThisVersion(ast.CapabilitiesRegoVersion(ast.RegoV1))}
})

// ParseModule parses one Rego v1 file.
func ParseModule(file string, src []byte) (*ast.Module, error) {
	m, err := ast.ParseModuleWithOpts(file, string(src), parseOptions())
	if err != nil {
		return nil, err
	}
	return m, nil
}

// LoadFS parses the .rego files of an fs.FS (the embedded built-ins); test
// files (*_test.rego) only with tests, as linting never runs them. Files are
// parsed concurrently: parsing is most of the start-up cost.
func LoadFS(fsys fs.FS, prefix string, tests bool) ([]Module, error) {
	var paths []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		if tests || !strings.HasSuffix(p, "_test.rego") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Module, len(paths))
	errs := make([]error, len(paths))
	parallel.Each(len(paths), func(i int) {
		p := paths[i]
		src, err := fs.ReadFile(fsys, p)
		if err == nil {
			var m *ast.Module
			m, err = ParseModule(prefix+p, src)
			out[i] = Module{File: prefix + p, AST: m, Test: strings.HasSuffix(p, "_test.rego")}
		}
		errs[i] = err
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// shownName is how a custom rule file is named in messages, findings and
// the catalogue: as given when relative, from the working directory when
// below it, else from the rules directory itself ("house/banned.rego"), so
// that a server's answers never show where its files live.
func shownName(dir, p string) string {
	if !filepath.IsAbs(p) {
		return p
	}
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, p); err == nil && filepath.IsLocal(rel) {
			return rel
		}
	}
	if rel, err := filepath.Rel(dir, p); err == nil && filepath.IsLocal(rel) {
		return filepath.Join(filepath.Base(filepath.Clean(dir)), rel)
	}
	return filepath.Base(p)
}

// LoadDir parses the .rego files under dir (custom rules).
func LoadDir(dir string) ([]Module, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("rules directory: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s: rules path is not a directory", dir)
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".rego") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []Module
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		name := shownName(dir, p)
		m, err := ParseModule(name, src)
		if err != nil {
			return nil, err
		}
		out = append(out, Module{File: name, AST: m, Custom: true, Test: strings.HasSuffix(p, "_test.rego")})
	}
	return out, nil
}
