package report

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// xmlStream writes XML elements one by one at depth one of the document
// root, indented as xml.MarshalIndent indents the whole document.
type xmlStream struct {
	w    io.Writer
	enc  *xml.Encoder
	name string
	n    int
}

// newXMLStream writes elements named name.
func newXMLStream(w io.Writer, name string) *xmlStream {
	enc := xml.NewEncoder(w)
	enc.Indent("  ", "  ")
	return &xmlStream{w: w, enc: enc, name: name}
}

// add writes one element on its own line.
func (x *xmlStream) add(v any) error {
	if x.n == 0 {
		// The encoder starts a new line before every element but its
		// first.
		if _, err := io.WriteString(x.w, "\n"); err != nil {
			return err
		}
	}
	x.n++
	return x.enc.EncodeElement(v, xml.StartElement{Name: xml.Name{Local: x.name}})
}

// end returns the text that closes the root: on its own line after
// elements, at once after none.
func (x *xmlStream) end(root string) string {
	if x.n == 0 {
		return "</" + root + ">"
	}
	return "\n</" + root + ">"
}

// openTag returns the start tag of v's root element with its attributes,
// as xml.Marshal writes it.
func openTag(v any, root string) (string, error) {
	b, err := xml.Marshal(v)
	if err != nil {
		return "", err
	}
	s, ok := strings.CutSuffix(string(b), "</"+root+">")
	if !ok {
		return "", fmt.Errorf("xml: %s has child elements", root)
	}
	return s, nil
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
func (j JUnit) Report(w io.Writer, r *Result) error { return writeAll(j.Stream(w), r) }

// junitStream spools the test suites, as the root element carries the
// totals; files that could not be linted come last, in path order.
type junitStream struct {
	w      io.Writer
	suites spool
	xs     *xmlStream
	root   junitSuites
	errs   []InputError
	err    error
}

// Stream implements Streamer.
func (JUnit) Stream(w io.Writer) Stream {
	s := &junitStream{w: w, root: junitSuites{Name: "newslint"}}
	s.xs = newXMLStream(&s.suites, "testsuite")
	return s
}

func (s *junitStream) File(f File, fds []Finding) error {
	if s.err != nil {
		return s.err
	}
	path := f.Path
	st := junitSuite{Name: path}
	if len(fds) == 0 {
		st.Cases = []junitCase{{Name: "lint", Classname: path, File: path}}
	} else {
		st.Failures = len(fds)
		for _, f := range fds {
			st.Cases = append(st.Cases, junitCase{
				Name:      fmt.Sprintf("%s at %d:%d", f.Rule, f.Line, f.Column),
				Classname: path, File: path, Line: f.Line,
				Failure: &junitProblem{Message: f.Message, Type: f.Severity, Text: findingText(f)},
			})
		}
	}
	s.err = s.add(st)
	return s.err
}

func (s *junitStream) add(st junitSuite) error {
	st.Tests = len(st.Cases)
	s.root.Tests += st.Tests
	s.root.Failures += st.Failures
	s.root.Errors += st.Errors
	return s.xs.add(st)
}

func (s *junitStream) Error(e InputError) error {
	s.errs = append(s.errs, e)
	return s.err
}

func (s *junitStream) Close(Summary) error {
	defer s.suites.Close()
	if s.err != nil {
		return s.err
	}
	sortErrors(s.errs)
	for _, e := range s.errs {
		st := junitSuite{Name: e.Path, Errors: 1, Cases: []junitCase{{Name: "lint", Classname: e.Path, File: e.Path, Line: e.Line,
			Error: &junitProblem{Message: e.Message, Type: "input-error", Text: e.String()}}}}
		if err := s.add(st); err != nil {
			return err
		}
	}
	open, err := openTag(s.root, "testsuites")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(s.w)
	w.WriteString(xml.Header + open)
	if err := s.suites.copyTo(w); err != nil {
		return err
	}
	w.WriteString(s.xs.end("testsuites") + "\n")
	return w.Flush()
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
func (c Checkstyle) Report(w io.Writer, r *Result) error { return writeAll(c.Stream(w), r) }

// checkstyleStream writes each file as it comes; files that could not be
// linted come last, in path order.
type checkstyleStream struct {
	w    *bufio.Writer
	xs   *xmlStream
	errs []InputError
	err  error
}

// Stream implements Streamer.
func (Checkstyle) Stream(w io.Writer) Stream {
	s := &checkstyleStream{w: bufio.NewWriter(w)}
	s.xs = newXMLStream(s.w, "file")
	s.w.WriteString(xml.Header + `<checkstyle version="4.3">`)
	return s
}

func (s *checkstyleStream) File(f File, fds []Finding) error {
	if s.err != nil {
		return s.err
	}
	cf := checkstyleFile{Name: f.Path}
	for _, f := range fds {
		msg := f.Message
		if f.Suggestion != "" {
			msg += " (suggestion: " + f.Suggestion + ")"
		}
		cf.Errors = append(cf.Errors, checkstyleError{Line: f.Line, Column: f.Column, Severity: f.Level().String(), Message: msg, Source: "newslint." + f.Rule})
	}
	s.err = s.xs.add(cf)
	return s.err
}

func (s *checkstyleStream) Error(e InputError) error {
	s.errs = append(s.errs, e)
	return s.err
}

func (s *checkstyleStream) Close(Summary) error {
	if s.err != nil {
		return s.err
	}
	sortErrors(s.errs)
	for _, e := range s.errs {
		cf := checkstyleFile{Name: e.Path, Errors: []checkstyleError{{Line: e.Line, Column: e.Column, Severity: "error", Message: e.Message, Source: "newslint.input-error"}}}
		if err := s.xs.add(cf); err != nil {
			return err
		}
	}
	s.w.WriteString(s.xs.end("checkstyle") + "\n")
	return s.w.Flush()
}
