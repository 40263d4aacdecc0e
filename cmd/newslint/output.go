package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/diff"
	"github.com/newslint/newslint/engine/report"
)

// outputs collects the --format and --output flags in command-line order,
// so that an --output can name the file of the --format just before it:
//
//	-f text -f sarif -o newslint.sarif    text to the terminal, SARIF to a file
//	-f sarif=newslint.sarif               the same, in one flag
//
// At most one format writes to stdout; when every format names a file,
// text still goes to the terminal.
type outputs struct {
	specs []outputSpec
}

type outputSpec struct {
	format string
	path   string // "" for stdout
}

type formatValue struct{ o *outputs }

func (v formatValue) String() string { return "text" }
func (v formatValue) Type() string   { return "format[=FILE]" }

func (v formatValue) Set(s string) error {
	name, path, hasPath := strings.Cut(s, "=")
	if _, ok := report.Formats[name]; !ok {
		return fmt.Errorf("unknown format %q (want %s)", name, strings.Join(report.FormatNames(), ", "))
	}
	if hasPath && path == "" {
		return fmt.Errorf("no file after %q (write -f %s=FILE, or -f %s for stdout)", name+"=", name, name)
	}
	v.o.specs = append(v.o.specs, outputSpec{format: name, path: path})
	return nil
}

type outputValue struct{ o *outputs }

func (v outputValue) String() string { return "" }
func (v outputValue) Type() string   { return "FILE" }

func (v outputValue) Set(s string) error {
	n := len(v.o.specs)
	if n == 0 {
		return errors.New("--output names the file of the --format before it: write -f FORMAT -o FILE (e.g. -f sarif -o newslint.sarif)")
	}
	if prev := v.o.specs[n-1]; prev.path != "" {
		return fmt.Errorf("--format %s already writes to %s; give each --output its own --format", prev.format, prev.path)
	}
	if s == "" {
		return errors.New("empty file name")
	}
	v.o.specs[n-1].path = s
	return nil
}

// resolve returns the outputs to write: the terminal first.
func (o *outputs) resolve() ([]outputSpec, error) {
	var stdout []outputSpec
	var files []outputSpec
	seen := map[string]string{}
	for _, s := range o.specs {
		if s.path == "" || s.path == "-" {
			stdout = append(stdout, outputSpec{format: s.format})
			continue
		}
		if prev, dup := seen[s.path]; dup {
			return nil, fmt.Errorf("--format %s and --format %s both write to %s", prev, s.format, s.path)
		}
		seen[s.path] = s.format
		files = append(files, s)
	}
	switch len(stdout) {
	case 0:
		stdout = []outputSpec{{format: "text"}}
	case 1:
	default:
		names := make([]string, len(stdout))
		for i, s := range stdout {
			names[i] = s.format
		}
		return nil, fmt.Errorf("formats %s would all write to stdout; send all but one to a file (-f FORMAT -o FILE)", strings.Join(names, " and "))
	}
	return append(stdout, files...), nil
}

// checkOutputs refuses a report file that is one of the run's inputs: an
// article being linted, or another file it reads (config, data, patch).
// Creating the report would empty the file before it is read.
func checkOutputs(specs []outputSpec, inputs []engine.Input, others []string) error {
	type target struct {
		spec outputSpec
		st   os.FileInfo
	}
	var existing []target
	for _, s := range specs {
		if s.path == "" {
			continue
		}
		if st, err := os.Stat(s.path); err == nil {
			existing = append(existing, target{s, st})
		}
	}
	if len(existing) == 0 {
		return nil // a report file that does not exist yet is no input
	}
	clash := func(path, what string) error {
		st, err := os.Stat(path)
		if err != nil {
			return nil
		}
		for _, t := range existing {
			if os.SameFile(st, t.st) {
				return fmt.Errorf("--format %s would write its report to %s, which is %s; nothing was written: write the report to another file, outside the folders being linted", t.spec.format, t.spec.path, what)
			}
		}
		return nil
	}
	for _, p := range others {
		if p == "" {
			continue
		}
		if err := clash(p, "an input of this run ("+p+")"); err != nil {
			return err
		}
	}
	for _, in := range inputs {
		if in.Stdin {
			continue
		}
		if err := clash(in.Path, "an article being linted ("+in.Display+")"); err != nil {
			return err
		}
	}
	return nil
}

// destination is where one report goes.
type destination struct {
	spec outputSpec
	w    io.Writer
	file *os.File
}

// open creates the report files before linting, so that a bad path fails
// fast.
func open(specs []outputSpec, stdout io.Writer) ([]destination, error) {
	var out []destination
	for _, s := range specs {
		if s.path == "" {
			out = append(out, destination{spec: s, w: stdout})
			continue
		}
		f, err := os.Create(s.path)
		if err != nil {
			closeAll(out)
			return nil, fmt.Errorf("--format %s: %w", s.format, err)
		}
		out = append(out, destination{spec: s, w: f, file: f})
	}
	return out, nil
}

func closeAll(ds []destination) {
	for _, d := range ds {
		if d.file != nil {
			d.file.Close()
		}
	}
}

// lintRun writes the reports of a lint run as files are done and keeps
// what the exit code and the summary need: counts, and the files that
// could not be read.
type lintRun struct {
	dests   []destination
	streams []report.Stream
	// writeErrs holds each destination's first write error.
	writeErrs []error

	failLevel, shown report.Severity
	// changes, when set, keeps the findings on changed lines (relative
	// paths start at wd; documentRule tells whole-document rules).
	changes      *diff.Changes
	wd           string
	documentRule func(string) bool

	summary    report.Summary
	fails      bool
	warnings   int // judged by --max-warnings: shown or not
	ruleErrors int
	errs       []report.InputError // files that could not be linted
}

// newLintRun starts a report on every destination; colour only for text
// on the terminal.
func newLintRun(ds []destination, o report.Options, color bool) (*lintRun, error) {
	r := &lintRun{dests: ds, writeErrs: make([]error, len(ds))}
	for _, d := range ds {
		opts := o
		opts.Color = color && d.file == nil
		st, err := report.NewStream(d.spec.format, opts, d.w)
		if err != nil {
			closeAll(ds)
			return nil, err
		}
		r.streams = append(r.streams, st)
	}
	return r, nil
}

// file judges one linted file's findings and writes them to every report.
func (r *lintRun) file(fr engine.FileResult) {
	if fr.Err != nil {
		r.inputError(*fr.Err)
		return
	}
	fds := fr.Findings
	report.SortFindings(fds)
	for _, f := range fds {
		// A rule that could not check a file is an error of the run,
		// whichever lines changed.
		if f.Rule == "rule-error" {
			r.ruleErrors++
		}
	}
	if r.changes != nil {
		one := &report.Result{Findings: fds}
		r.changes.Filter(one, r.wd, r.documentRule)
		fds = one.Findings
	}
	// The fail policy judges every finding; the display level only
	// decides what is listed.
	kept := fds[:0]
	for _, f := range fds {
		level := f.Level()
		if r.failLevel != report.None && level >= r.failLevel {
			r.fails = true
		}
		if level == report.Warning {
			r.warnings++
		}
		if level < r.shown {
			r.summary.Hidden++
			continue
		}
		switch level {
		case report.Error:
			r.summary.Errors++
		case report.Warning:
			r.summary.Warnings++
		default:
			r.summary.Infos++
		}
		kept = append(kept, f)
	}
	r.summary.Files++
	for i, st := range r.streams {
		if r.writeErrs[i] == nil {
			r.writeErrs[i] = st.File(fr.File, kept)
		}
	}
}

// inputError records a file that could not be linted.
func (r *lintRun) inputError(e report.InputError) {
	r.errs = append(r.errs, e)
	r.summary.InputErrors++
	for i, st := range r.streams {
		if r.writeErrs[i] == nil {
			r.writeErrs[i] = st.Error(e)
		}
	}
}

// close ends every report and closes the report files.
func (r *lintRun) close() error {
	var errs []error
	for i, d := range r.dests {
		err := r.writeErrs[i]
		if err == nil {
			err = r.streams[i].Close(r.summary)
		}
		if d.file != nil {
			if cerr := d.file.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("writing %s report: %w", d.spec.format, err))
		}
	}
	return errors.Join(errs...)
}

// sortInputErrors orders unreadable files by path, as reports list them.
func sortInputErrors(errs []report.InputError) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
}

// needsSourceRoot reports whether a format writes repository-relative
// paths.
// wantsFormat reports whether a format is among the outputs.
func wantsFormat(specs []outputSpec, format string) bool {
	for _, s := range specs {
		if s.format == format {
			return true
		}
	}
	return false
}

func needsSourceRoot(specs []outputSpec) bool {
	for _, s := range specs {
		if s.format == "sarif" || s.format == "github" {
			return true
		}
	}
	return false
}
