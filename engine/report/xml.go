package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// fileGroup is one file's findings, or the error that kept it from being
// linted.
type fileGroup struct {
	path     string
	findings []Finding
	err      *InputError
}

// byFile groups a result per file: every linted file (clean ones too) in
// path order, then the files that could not be linted.
func byFile(r *Result) []fileGroup {
	found := map[string][]Finding{}
	for _, f := range r.Findings {
		found[f.Path] = append(found[f.Path], f)
	}
	var out []fileGroup
	seen := map[string]bool{}
	for _, f := range r.Files {
		if !seen[f.Path] {
			seen[f.Path] = true
			out = append(out, fileGroup{path: f.Path, findings: found[f.Path]})
		}
	}
	var extra []string
	for p := range found {
		if !seen[p] {
			extra = append(extra, p)
		}
	}
	sort.Strings(extra)
	for _, p := range extra {
		out = append(out, fileGroup{path: p, findings: found[p]})
	}
	for i := range r.Errors {
		out = append(out, fileGroup{path: r.Errors[i].Path, err: &r.Errors[i]})
	}
	return out
}

func writeXML(w io.Writer, v any) error {
	out, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s%s\n", xml.Header, out)
	return err
}

// JUnit writes JUnit XML for CI test reports: one test suite per file, one
// failing test case per finding, one passing case for a clean file, and an
// erroring case for a file that could not be linted.
type JUnit struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// Report implements Reporter.
func (JUnit) Report(w io.Writer, r *Result) error {
	root := junitSuites{Name: "newslint"}
	for _, g := range byFile(r) {
		s := junitSuite{Name: g.path}
		switch {
		case g.err != nil:
			s.Errors = 1
			s.Cases = []junitCase{{Name: "lint", Classname: g.path, File: g.path, Line: g.err.Line,
				Error: &junitProblem{Message: g.err.Message, Type: "input-error", Text: g.err.String()}}}
		case len(g.findings) == 0:
			s.Cases = []junitCase{{Name: "lint", Classname: g.path, File: g.path}}
		default:
			s.Failures = len(g.findings)
			for _, f := range g.findings {
				s.Cases = append(s.Cases, junitCase{
					Name:      fmt.Sprintf("%s at %d:%d", f.Rule, f.Line, f.Column),
					Classname: g.path, File: g.path, Line: f.Line,
					Failure: &junitProblem{Message: f.Message, Type: f.Severity, Text: findingText(f)},
				})
			}
		}
		s.Tests = len(s.Cases)
		root.Tests += s.Tests
		root.Failures += s.Failures
		root.Errors += s.Errors
		root.Suites = append(root.Suites, s)
	}
	return writeXML(w, root)
}

// findingText is a finding in full, for the body of a JUnit failure.
func findingText(f Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d: %s %s %s", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
	if f.Snippet != "" {
		fmt.Fprintf(&b, "\nText: %s", f.Snippet)
	}
	if f.Suggestion != "" {
		fmt.Fprintf(&b, "\nSuggestion: %s", f.Suggestion)
	}
	return b.String()
}

// Checkstyle writes Checkstyle XML, which many CI dashboards and review
// bots read: one <file> per linted file, one <error> per finding.
type Checkstyle struct{}

type checkstyleRoot struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// Report implements Reporter.
func (Checkstyle) Report(w io.Writer, r *Result) error {
	root := checkstyleRoot{Version: "4.3"}
	for _, g := range byFile(r) {
		cf := checkstyleFile{Name: g.path}
		if g.err != nil {
			cf.Errors = append(cf.Errors, checkstyleError{Line: g.err.Line, Column: g.err.Column, Severity: "error", Message: g.err.Message, Source: "newslint.input-error"})
		}
		for _, f := range g.findings {
			msg := f.Message
			if f.Suggestion != "" {
				msg += " (suggestion: " + f.Suggestion + ")"
			}
			cf.Errors = append(cf.Errors, checkstyleError{Line: f.Line, Column: f.Column, Severity: f.Level().String(), Message: msg, Source: "newslint." + f.Rule})
		}
		root.Files = append(root.Files, cf)
	}
	return writeXML(w, root)
}
