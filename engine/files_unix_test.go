//go:build unix

package engine

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/newslint/newslint/internal/treetest"
)

func TestWalkSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	treetest.Write(t, dir, "a.md")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skip("cannot make a named pipe here:", err)
	}
	if err := os.Symlink("pipe.md", filepath.Join(dir, "link-to-pipe.md")); err != nil {
		t.Fatal(err)
	}
	p := prepared(t)
	res := p.LintPaths(t.Context(), []string{dir}, nil, "")
	if len(res.Files) != 1 || filepath.Base(res.Files[0].Path) != "a.md" {
		t.Errorf("linted %+v, want a.md", res.Files)
	}
	if len(res.Errors) != 2 {
		t.Fatalf("errors %+v, want the pipe and the link to it", res.Errors)
	}
	for _, e := range res.Errors {
		if e.Message != "not a regular file (named pipe); not linted" {
			t.Errorf("error %+v", e)
		}
	}
}
