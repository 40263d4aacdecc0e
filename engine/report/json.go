package report

import (
	"encoding/json"
	"io"
)

// JSON writes the document described in docs/output.md.
type JSON struct{}

// Document is the JSON output.
type Document struct {
	Version  int          `json:"version"`
	Findings []Finding    `json:"findings"`
	Files    []File       `json:"files"`
	Errors   []InputError `json:"errors,omitempty"`
	Summary  Summary      `json:"summary"`
}

// NewDocument builds the JSON document of a result.
func NewDocument(r *Result) Document {
	d := Document{Version: 1, Findings: r.Findings, Files: r.Files, Errors: r.Errors, Summary: r.Summary()}
	if d.Findings == nil {
		d.Findings = []Finding{}
	}
	if d.Files == nil {
		d.Files = []File{}
	}
	return d
}

// Report implements Reporter.
func (JSON) Report(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewDocument(r))
}
