package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// wellFormed reads every token of an XML document.
func wellFormed(t *testing.T, out []byte) {
	t.Helper()
	if !bytes.HasPrefix(out, []byte(`<?xml version="1.0" encoding="UTF-8"?>`)) {
		t.Error("no XML declaration")
	}
	d := xml.NewDecoder(bytes.NewReader(out))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, out)
		}
	}
}

func TestJUnitXML(t *testing.T) {
	r := sampleResult()
	out := render(t, "junit", sampleOptions(), r)
	wellFormed(t, out)
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Errors   int    `xml:"errors,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Type    string `xml:"type,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
				Error *struct{} `xml:"error"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	// One suite per file: three linted, one unreadable.
	names := []string{}
	for _, s := range doc.Suites {
		names = append(names, s.Name)
	}
	if strings.Join(names, "|") != "articles/clean.html|articles/peace.md|articles/sub dir/notes, draft: v2.txt|articles/broken.md" {
		t.Errorf("suites: %v", names)
	}
	clean := doc.Suites[0]
	if clean.Tests != 1 || clean.Failures != 0 || clean.Cases[0].Failure != nil {
		t.Errorf("a clean file has one passing case: %+v", clean)
	}
	failures, tests := 0, 0
	for _, s := range doc.Suites {
		n := 0
		for _, c := range s.Cases {
			if c.Failure != nil {
				n++
			}
		}
		if n != s.Failures || len(s.Cases) != s.Tests {
			t.Errorf("suite %s: counts %d/%d do not match its cases", s.Name, s.Failures, s.Tests)
		}
		failures += n
		tests += len(s.Cases)
	}
	if failures != len(r.Findings) || doc.Failures != failures || doc.Tests != tests || doc.Errors != 1 {
		t.Errorf("totals: tests %d failures %d errors %d; findings %d", doc.Tests, doc.Failures, doc.Errors, len(r.Findings))
	}
	f := doc.Suites[1].Cases[0].Failure
	if f.Message != r.Findings[0].Message || f.Type != "error" || !strings.Contains(f.Text, "Suggestion: "+r.Findings[0].Suggestion) {
		t.Errorf("failure: %+v", f)
	}
	// A control character that XML 1.0 cannot carry is replaced, not
	// written raw.
	if m := doc.Suites[2].Cases[0].Failure.Message; !strings.Contains(m, "\uFFFD") || strings.ContainsRune(m, '\x0b') {
		t.Errorf("control character: %q", m)
	}
}

func TestCheckstyleXML(t *testing.T) {
	r := sampleResult()
	out := render(t, "checkstyle", sampleOptions(), r)
	wellFormed(t, out)
	var doc struct {
		XMLName xml.Name `xml:"checkstyle"`
		Files   []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
				Severity string `xml:"severity,attr"`
				Message  string `xml:"message,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Files) != 4 || len(doc.Files[0].Errors) != 0 {
		t.Fatalf("files: %+v", doc.Files)
	}
	var got []string
	for _, f := range doc.Files[1:3] {
		for _, e := range f.Errors {
			got = append(got, e.Severity+" "+e.Source)
		}
	}
	if strings.Join(got, ",") != "error newslint.stale-officeholder,warning newslint.duplicate-title,info newslint.markup-leak" {
		t.Errorf("errors: %v", got)
	}
	e := doc.Files[1].Errors[0]
	if e.Line != 7 || e.Column != 12 || !strings.HasPrefix(e.Message, r.Findings[0].Message) {
		t.Errorf("first error: %+v", e)
	}
	if bad := doc.Files[3]; bad.Name != "articles/broken.md" || len(bad.Errors) != 1 || bad.Errors[0].Source != "newslint.input-error" {
		t.Errorf("unreadable file: %+v", bad)
	}
}
