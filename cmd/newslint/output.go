package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newslint/newslint/engine"
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

// write writes every report; colour only for text on the terminal.
func write(ds []destination, res *report.Result, o report.Options, color bool) error {
	var errs []error
	for _, d := range ds {
		opts := o
		opts.Color = color && d.file == nil
		rep, err := report.New(d.spec.format, opts)
		if err == nil {
			err = rep.Report(d.w, res)
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
