// Package policy loads, compiles and evaluates the Rego rules.
package policy

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
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

// ParseOptions are the parser settings every module is read with.
var parseOptions = ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1}

// ParseModule parses one Rego v1 file.
func ParseModule(file string, src []byte) (*ast.Module, error) {
	m, err := ast.ParseModuleWithOpts(file, string(src), parseOptions)
	if err != nil {
		return nil, err
	}
	return m, nil
}

// LoadFS parses the .rego files of an fs.FS (the embedded built-ins).
func LoadFS(fsys fs.FS, prefix string) ([]Module, error) {
	var out []Module
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		name := prefix + p
		m, err := ParseModule(name, src)
		if err != nil {
			return err
		}
		out = append(out, Module{File: name, AST: m, Test: strings.HasSuffix(p, "_test.rego")})
		return nil
	})
	return out, err
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
		m, err := ParseModule(p, src)
		if err != nil {
			return nil, err
		}
		out = append(out, Module{File: p, AST: m, Custom: true, Test: strings.HasSuffix(p, "_test.rego")})
	}
	return out, nil
}
