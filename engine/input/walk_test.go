package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
	"github.com/newslint/newslint/internal/treetest"
)

func TestFolderVanishesDuringTheWalk(t *testing.T) {
	dir := t.TempDir()
	treetest.Write(t, dir, "keep/a.md", "gone/b.md", "gone/deeper/c.md", "z.md")
	gone := filepath.Join(dir, "gone")
	var found []File
	var errs []report.InputError
	w := walker{exts: DefaultExtensions, seen: map[fileID]bool{}, entering: func(d string) {
		if d == gone {
			if err := os.RemoveAll(gone); err != nil {
				t.Fatal(err)
			}
		}
	}}
	w.walk(dir, nil, &found, &errs)
	var names []string
	for _, in := range found {
		names = append(names, filepath.Base(in.Path))
	}
	if strings.Join(names, " ") != "a.md z.md" {
		t.Errorf("found %v, want a.md z.md", names)
	}
	if len(errs) != 1 || errs[0].Path != gone || errs[0].Message != "folder disappeared while it was being walked (deleted or moved)" {
		t.Errorf("errors %+v, want one for %s", errs, gone)
	}
}
