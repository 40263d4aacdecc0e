//go:build unix

package input

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/newslint/newslint/engine/report"
	"github.com/newslint/newslint/internal/treetest"
)

func TestLinkTreeListsAFileOnce(t *testing.T) {
	dir := t.TempDir()
	treetest.Write(t, dir, "l0/story.md")
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
	entered := 0
	var found []File
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
	inputs, errs2 := Lister{}.Expand([]string{dir, hard, filepath.Join(dir, "l3", "b", "a", "b", "story.md")}, "")
	if len(inputs) != 1 || len(errs2) != 0 {
		t.Errorf("expand: %d inputs %v (errors %v), want one", len(inputs), inputs, errs2)
	}
}
