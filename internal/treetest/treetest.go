// Package treetest writes folders of articles for the tests that walk
// them. Only tests import it.
package treetest

import (
	"os"
	"path/filepath"
	"testing"
)

// Article is a short, clean article: no rule reports it.
const Article = "# Bridge repairs begin\n\nRepairs to the old bridge began on Monday and will take about six weeks, the county said.\n"

// Write writes Article at each of files, relative to dir, making the
// folders on the way.
func Write(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(Article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
