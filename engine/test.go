package engine

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/policy/builtins"
)

// Test runs Rego unit tests (test_* rules, usually in *_test.rego files):
// those under dirs, which hold custom rules and their tests, or, with no
// dirs, those of the built-in rules. Everything is compiled as for linting,
// with the same data (built-in, the configuration's data files, the
// Linter's data paths) and every rule's default options, so that results
// do not depend on a newsroom's [rules.<id>] settings or date. Tests may
// call newslint.facts(content, format) to read an article with the real
// readers and extractors.
//
// Each tested rule's METADATA example (custom.example) is checked as well:
// the rule must report its bad text and stay silent on its good text.
//
// run filters tests by a regular expression on their names
// (package.test_name).
func (l Linter) Test(ctx context.Context, dirs []string, run string) ([]policy.TestResult, error) {
	var dataPaths []string
	cfgPath := ""
	if l.cfg != nil {
		dataPaths, cfgPath = l.cfg.DataPaths, l.cfg.Path
	}
	t := Linter{cfg: &config.Config{Path: cfgPath, DataPaths: dataPaths}, rulePaths: dirs, dataPaths: l.dataPaths, jobs: 1, withTests: true}
	p, err := t.Prepare(ctx)
	if err != nil {
		return nil, err
	}
	builtin := len(dirs) == 0
	setup := p.setup
	setup.Builtins = builtins.Test(func(d *document.Document) any { return p.Facts(d) })
	setup.Modules = nil
	for _, m := range p.setup.Modules {
		// Built-in rules and libraries are always there; built-in tests
		// only run when no directory is named.
		if m.Custom || !m.Test || builtin {
			setup.Modules = append(setup.Modules, m)
		}
	}
	ctx = builtins.WithDocSet(ctx)
	results, err := policy.RunTests(ctx, setup, run)
	if err != nil {
		return nil, err
	}
	filter, _ := regexp.Compile(run) // checked by RunTests
	for _, r := range p.rules {
		if r.Example == nil || r.Custom == builtin {
			continue
		}
		name := r.Package + ".example"
		if filter != nil && !filter.MatchString(name) {
			continue
		}
		results = append(results, p.checkExample(ctx, r, name))
	}
	policy.SortResults(results)
	return results, nil
}

// checkExample lints a rule's METADATA example: the rule must report the
// bad text and nothing in the good one.
func (p *Prepared) checkExample(ctx context.Context, r policy.Rule, name string) policy.TestResult {
	start := time.Now()
	res := policy.TestResult{File: r.File, Name: name, Pass: true}
	of := func(text string) ([]string, error) {
		fr := p.LintBytes(ctx, "example.md", document.Markdown, []byte(text))
		if fr.Err != nil {
			return nil, fmt.Errorf("%s", fr.Err.Message)
		}
		var got []string
		for _, f := range fr.Findings {
			if f.Rule == r.ID {
				got = append(got, fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Message))
			}
		}
		return got, nil
	}
	bad, err := of(r.Example.Bad)
	switch {
	case err != nil:
		res.Pass, res.Err = false, fmt.Errorf("custom.example.bad: %v", err)
	case len(bad) == 0:
		res.Pass, res.Output = false, fmt.Sprintf("%s reported nothing in its METADATA example (custom.example.bad):\n%s", r.ID, r.Example.Bad)
	}
	if r.Example.Good != "" && res.Pass {
		good, err := of(r.Example.Good)
		switch {
		case err != nil:
			res.Pass, res.Err = false, fmt.Errorf("custom.example.good: %v", err)
		case len(good) > 0:
			res.Pass, res.Output = false, fmt.Sprintf("%s reported its corrected example (custom.example.good):\n%s", r.ID, strings.Join(good, "\n"))
		}
	}
	res.Time = time.Since(start)
	return res
}
