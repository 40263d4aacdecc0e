package engine

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/report"
	"github.com/newslint/newslint/internal/treetest"
)

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

func TestFileVanishesBeforeItIsRead(t *testing.T) {
	dir := t.TempDir()
	treetest.Write(t, dir, "a.md", "b.md", "c.md")
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

func TestAFileIsLintedOnce(t *testing.T) {
	dir := t.TempDir()
	treetest.Write(t, dir, "a.md", "sub/b.md")
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

// The results do not depend on --jobs. The files' time limit is lifted:
// under the race detector on a busy machine, 32 jobs on two cores may
// take longer than the default for a file, and the test is about order,
// not time.
func TestSameResultsWhateverTheJobs(t *testing.T) {
	ctx := context.Background()
	var first *report.Result
	for _, jobs := range []int{1, 8, 32} {
		p, err := New().WithJobs(jobs).WithLimits(config.Limits{RuleTimeout: time.Hour}).Prepare(ctx)
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
