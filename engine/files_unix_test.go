//go:build unix

package engine

import (
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

// A named pipe in a folder would block the read forever: it is reported,
// not opened.
func TestWalkSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "a.md")
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

// A tree of links to links (each level two links to the level below) has
// 2^levels paths to one file: it is listed once, and each folder is
// walked once, so the walk is linear in the links too.
func TestLinkTreeListsAFileOnce(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "l0/story.md")
	const levels = 14
	for i := 1; i <= levels; i++ {
		level := filepath.Join(dir, "l"+strconv.Itoa(i))
		if err := os.Mkdir(level, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"a", "b"} {
			if err := os.Symlink(filepath.Join(dir, "l"+strconv.Itoa(i-1)), filepath.Join(level, name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	hard := filepath.Join(dir, "l0", "same-story.md")
	if err := os.Link(filepath.Join(dir, "l0", "story.md"), hard); err != nil {
		t.Fatal(err)
	}
	p := prepared(t)
	entered := 0
	var found []Input
	var errs []report.InputError
	w := walker{exts: DefaultExtensions, seen: map[fileID]bool{}, entering: func(string) { entered++ }}
	w.walk(filepath.Join(dir, "l"+strconv.Itoa(levels)), nil, &found, &errs)
	if len(found) != 1 || len(errs) != 0 {
		t.Fatalf("found %d files (errors %v), want story.md once", len(found), errs)
	}
	// Each link is looked at once: two per level, and the top.
	if entered > 2*levels+1 {
		t.Errorf("looked at %d folders, want at most %d", entered, 2*levels+1)
	}
	// Named on the command line beside the folder, by another link: once.
	inputs, errs2 := p.Expand([]string{dir, hard, filepath.Join(dir, "l3", "b", "a", "b", "story.md")}, "")
	if len(inputs) != 1 || len(errs2) != 0 {
		t.Errorf("expand: %d inputs %v (errors %v), want one", len(inputs), inputs, errs2)
	}
}
