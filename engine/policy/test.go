package policy

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// TestResult is the outcome of one Rego test (or of a check the engine
// adds, such as a rule's METADATA example).
type TestResult struct {
	File    string
	Line    int
	Name    string // package.test_name, without the "data." prefix
	Pass    bool
	Skip    bool
	Err     error
	Output  string // print() output, and why a check failed
	Failure string // the expression that failed, with its values
	Time    time.Duration
}

// RunTests runs the test rules (test_*) of the modules in Setup: the
// modules are compiled with the setup's data and built-in functions, the
// way the linter compiles them. run filters tests by a regular expression
// on their names. Results come back sorted by file and line. A module that
// does not compile is an error naming file:line:col.
func RunTests(ctx context.Context, s Setup, run string) ([]TestResult, error) {
	if run != "" {
		if _, err := regexp.Compile(run); err != nil {
			return nil, fmt.Errorf("--run %q: %v", run, err)
		}
	}
	mods := make(map[string]*ast.Module, len(s.Modules))
	for _, m := range s.Modules {
		mods[m.File] = m.AST
	}
	builtins := make([]*tester.Builtin, len(s.Builtins))
	for i := range s.Builtins {
		builtins[i] = &s.Builtins[i]
	}
	// Tests compile under the same capabilities as the linter: a refused
	// function fails here as it would in a lint run.
	compiler := ast.NewCompiler().
		WithCapabilities(Capabilities(declsOf(s.Builtins)...)).
		WithEnablePrintStatements(true).
		WithDefaultRegoVersion(ast.RegoV1)
	r := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(store(s)).
		SetDefaultRegoVersion(ast.RegoV1).
		AddCustomBuiltins(builtins).
		CapturePrintOutput(true).
		EnableTracing(true). // to show the expression a failing test stopped at
		SetTimeout(30 * time.Second).
		Filter(run).
		SetModules(mods)
	ch, err := r.RunTests(ctx, nil)
	if err != nil {
		return nil, CompileError(err)
	}
	var out []TestResult
	for tr := range ch {
		res := TestResult{Name: strings.TrimPrefix(tr.Package, "data.") + "." + tr.Name, Pass: tr.Pass(), Skip: tr.Skip,
			Err: tr.Error, Output: string(tr.Output), Time: tr.Duration}
		if tr.Location != nil {
			res.File, res.Line = tr.Location.File, tr.Location.Row
		}
		if tr.Fail {
			res.Failure = failedExpr(tr.Trace)
		}
		out = append(out, res)
	}
	SortResults(out)
	return out, nil
}

// SortResults orders results by file and line.
func SortResults(rs []TestResult) {
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].File != rs[j].File {
			return rs[i].File < rs[j].File
		}
		return rs[i].Line < rs[j].Line
	})
}

// failedExpr describes the last expression that failed in a trace, with the
// values of its variables: usually the assertion that did not hold.
func failedExpr(trace []*topdown.Event) string {
	for _, e := range slices.Backward(trace) {
		if e.Op != topdown.FailOp || e.Location == nil || e.QueryID == 0 {
			continue
		}
		if expr, ok := e.Node.(*ast.Expr); ok {
			if _, isEvery := expr.Terms.(*ast.Every); isEvery {
				continue // the failing expression inside the every body comes first
			}
		}
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "%s:%d:\n", e.Location.File, e.Location.Row)
		if err := topdown.PrettyEvent(&buf, e, topdown.PrettyEventOpts{PrettyVars: true}); err != nil {
			return fmt.Sprintf("%s:%d: %s", e.Location.File, e.Location.Row, e.Location.Text)
		}
		return buf.String()
	}
	return ""
}

// ReportTests writes results the way `go test` does: failures always, every
// test with verbose, print() output under its test, then a summary. It
// returns the number of tests that failed or errored.
func ReportTests(w io.Writer, rs []TestResult, verbose bool) int {
	var pass, fail, skip int
	for _, r := range rs {
		status := "PASS"
		switch {
		case r.Skip:
			status = "SKIP"
			skip++
		case r.Err != nil:
			status = "ERROR"
			fail++
		case !r.Pass:
			status = "FAIL"
			fail++
		default:
			pass++
		}
		if !verbose && (r.Pass || r.Skip) {
			continue
		}
		loc := r.File
		if r.Line > 0 {
			loc = fmt.Sprintf("%s:%d", r.File, r.Line)
		}
		fmt.Fprintf(w, "%s %s: %s (%s)\n", status, r.Name, loc, r.Time.Round(time.Microsecond))
		if out := strings.TrimSpace(r.Output); out != "" {
			fmt.Fprintln(w, indent(out, "    "))
		}
		if r.Err != nil {
			fmt.Fprintln(w, indent(r.Err.Error(), "    "))
		}
		if r.Failure != "" {
			fmt.Fprintln(w, "    failed at "+strings.TrimSpace(indent(r.Failure, "    ")))
		}
	}
	total := pass + fail + skip
	switch {
	case total == 0:
		fmt.Fprintln(w, "no tests to run")
	case fail > 0:
		fmt.Fprintf(w, "FAIL: %d of %s failed", fail, tests(total))
	default:
		fmt.Fprintf(w, "PASS: %s", tests(pass))
	}
	if total > 0 && skip > 0 {
		fmt.Fprintf(w, ", %d skipped", skip)
	}
	if total > 0 {
		fmt.Fprintln(w)
	}
	return fail
}

func tests(n int) string {
	if n == 1 {
		return "1 test"
	}
	return fmt.Sprintf("%d tests", n)
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+prefix)
}
