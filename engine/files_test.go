package engine

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
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

func prepared(t *testing.T) *Prepared {
	t.Helper()
	p, err := New().Prepare(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func linted(res *report.Result) []string {
	var out []string
	for _, f := range res.Files {
		out = append(out, filepath.Base(f.Path))
	}
	return out
}

// A file listed by the walk and deleted before it is read is reported
// once, in words, and the others are still linted.
func TestFileVanishesBeforeItIsRead(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "a.md", "b.md", "c.md")
	p := prepared(t)
	inputs, errs := p.Expand([]string{dir}, "")
	if len(inputs) != 3 || len(errs) != 0 {
		t.Fatalf("expand: %d inputs, errors %v", len(inputs), errs)
	}
	if err := os.Remove(filepath.Join(dir, "b.md")); err != nil {
		t.Fatal(err)
	}
	res := p.LintInputs(context.Background(), inputs, nil)
	if got := strings.Join(linted(res), " "); got != "a.md c.md" {
		t.Errorf("linted %q, want a.md c.md", got)
	}
	if len(res.Errors) != 1 {
		t.Fatalf("errors %+v, want one", res.Errors)
	}
	e := res.Errors[0]
	if e.Path != filepath.Join(dir, "b.md") || e.Message != "file disappeared before it could be read (deleted or moved while linting)" {
		t.Errorf("error %+v", e)
	}
}

// A folder deleted after its parent was listed, before it is entered, is
// one error; the rest of the tree is walked.
func TestFolderVanishesDuringTheWalk(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "keep/a.md", "gone/b.md", "gone/deeper/c.md", "z.md")
	gone := filepath.Join(dir, "gone")
	var found []Input
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

// The same file named twice, or named and found in a folder, is linted
// once.
func TestAFileIsLintedOnce(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "a.md", "sub/b.md")
	p := prepared(t)
	inputs, errs := p.Expand([]string{filepath.Join(dir, "a.md"), dir + "/./a.md", dir, filepath.Join(dir, "sub", "..", "sub", "b.md")}, "")
	var names []string
	for _, in := range inputs {
		names = append(names, filepath.Base(in.Path))
	}
	if strings.Join(names, " ") != "a.md b.md" {
		t.Errorf("inputs %v (errors %v), want a.md b.md once each", names, errs)
	}
}

// Many jobs share one Prepared: under -race this checks that linting is
// free of data races, and the results are those of one job, in the same
// order.
func TestSameResultsWhateverTheJobs(t *testing.T) {
	ctx := context.Background()
	var first *report.Result
	for _, jobs := range []int{1, 8, 32} {
		p, err := New().WithJobs(jobs).Prepare(ctx)
		if err != nil {
			t.Fatal(err)
		}
		res := p.LintPaths(ctx, []string{"../testdata"}, nil, "")
		if len(res.Errors) > 0 || len(res.Findings) < 50 {
			t.Fatalf("--jobs %d: %d findings, errors %v", jobs, len(res.Findings), res.Errors)
		}
		if first == nil {
			first = res
			continue
		}
		if !reflect.DeepEqual(res, first) {
			t.Errorf("jobs %d: results differ from one job's", jobs)
		}
	}
}
