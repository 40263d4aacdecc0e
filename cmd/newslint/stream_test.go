package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/report"
)

// TestLintStreamsTheSameJSON: the JSON `lint` writes file by file is byte
// for byte the document of the whole run, built in memory and encoded at
// once, with one job or several; a missing path among the arguments is
// listed as before.
func TestLintStreamsTheSameJSON(t *testing.T) {
	root := repoRoot(t)
	t.Chdir(root)
	args := []string{"testdata/", "testdata/no-such-article.md", "examples/"}
	p, err := engine.New().Prepare(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := (report.JSON{}).Report(&want, p.LintPaths(context.Background(), args, nil, "")); err != nil {
		t.Fatal(err)
	}
	for _, jobs := range []string{"1", "3"} {
		out, stderr, code := runCLI(t, root, "", append([]string{"lint", "--no-config", "--jobs", jobs, "-f", "json"}, args...)...)
		if code != 2 {
			t.Errorf("--jobs %s: exit %d (want 2: a path is missing); stderr %s", jobs, code, stderr)
		}
		if out != want.String() {
			t.Errorf("--jobs %s: the streamed JSON differs from the whole run's document\n--- streamed\n%s\n--- whole\n%s", jobs, out, want.String())
		}
	}
}
