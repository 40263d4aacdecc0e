//go:build unix

package engine

import (
	"path/filepath"
	"syscall"
	"testing"
)

// A named pipe in a folder would block the read forever: it is reported,
// not opened.
func TestWalkSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "a.md")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skip("cannot make a named pipe here:", err)
	}
	p := prepared(t)
	res := p.LintPaths(t.Context(), []string{dir}, nil, "")
	if len(res.Files) != 1 || filepath.Base(res.Files[0].Path) != "a.md" {
		t.Errorf("linted %+v, want a.md", res.Files)
	}
	if len(res.Errors) != 1 || res.Errors[0].Message != "not a regular file (named pipe); not linted" {
		t.Errorf("errors %+v", res.Errors)
	}
}
