package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

const plainArticle = "# Bridge repairs begin\n\nRepairs to the old bridge began on Monday and will take about six weeks, the county said.\n"

func writeTree(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(plainArticle), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFolderVanishesDuringTheWalk(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "keep/a.md", "gone/b.md", "gone/deeper/c.md", "z.md")
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
