// Package report holds findings and writes them in the output formats.
package report

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Severity orders findings; the zero value is Info.
type Severity int

// Severities, least severe first.
const (
	Info Severity = iota
	Warning
	Error
	// None is only a fail level: nothing fails the run.
	None
)

// ParseSeverity reads error, warning, info (and none, for fail levels).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	case "none":
		return None, nil
	}
	return Info, fmt.Errorf("unknown severity %q (want error, warning, info or none)", s)
}

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case None:
		return "none"
	}
	return "info"
}

// Finding is one problem found in a file. The JSON field names are a
// contract (docs/output.md).
type Finding struct {
	Rule       string         `json:"rule"`
	Category   string         `json:"category"`
	Severity   string         `json:"severity"`
	Message    string         `json:"message"`
	Path       string         `json:"path"`
	Line       int            `json:"line"`
	Column     int            `json:"column"`
	EndLine    int            `json:"end_line"`
	EndColumn  int            `json:"end_column"`
	Offset     int            `json:"offset"`
	EndOffset  int            `json:"end_offset"`
	Snippet    string         `json:"snippet"`
	Suggestion string         `json:"suggestion,omitempty"`
	Title      string         `json:"title,omitempty"`
	Evidence   map[string]any `json:"evidence,omitempty"`
	// SourceLine is the text of Line around the finding, for reporters
	// that show it: from column SourceFrom (1: the line's start), and
	// SourceMore when the line goes on after it.
	SourceLine string `json:"-"`
	SourceFrom int    `json:"-"`
	SourceMore bool   `json:"-"`

	// Replacement is text that replaces exactly the span (empty: delete
	// it), when the rule offers a mechanical fix. SARIF writes it as a fix.
	// It is offered for files read as they are on disk.
	Replacement *string `json:"replacement,omitempty"`
	// Edit is the same text for any file, a decoded one (UTF-16, a legacy
	// charset) included, where it must be written in the file's encoding:
	// what newslint fix applies.
	Edit *string `json:"-"`
}

// Level returns the finding's severity.
func (f Finding) Level() Severity {
	s, _ := ParseSeverity(f.Severity)
	return s
}

// File is what was learnt about one linted file.
type File struct {
	Path       string `json:"path"`
	Format     string `json:"format,omitempty"`
	Date       string `json:"date"`
	DateSource string `json:"date_source"`
	// DateStart and DateEnd are the days the date covers: one day, or a
	// month or year when only that is known (a URL's /2025/07/).
	DateStart string `json:"date_start,omitempty"`
	DateEnd   string `json:"date_end,omitempty"`
	// DateNote says where the date came from, or why there is none.
	DateNote string `json:"date_note,omitempty"`
}

// InputError is a file that could not be linted.
type InputError struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
}

func (e InputError) String() string {
	path := linePath(e.Path)
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", path, e.Line, e.Column, e.Message)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", path, e.Line, e.Message)
	}
	return fmt.Sprintf("%s: %s", path, e.Message)
}

// linePath is a path as line-oriented output shows it: quoted, Go-style,
// when it holds a line break or another control character that would cut
// or garble the line; as it is otherwise.
func linePath(p string) string {
	if strings.ContainsFunc(p, unicode.IsControl) {
		return strconv.Quote(p)
	}
	return p
}

// Summary counts a run.
type Summary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// InputErrors counts files that could not be read.
	InputErrors int `json:"input_errors,omitempty"`
	// Hidden counts findings below the display level (--min-severity),
	// left out of the report.
	Hidden int `json:"hidden,omitempty"`
}

// Result is a whole run.
type Result struct {
	Findings []Finding
	Files    []File
	Errors   []InputError
	// Hidden counts the findings HideBelow left out.
	Hidden int
}

// HideBelow leaves out of the report the findings below level, counting
// them in Hidden.
func (r *Result) HideBelow(level Severity) {
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		if f.Level() >= level {
			kept = append(kept, f)
		}
	}
	r.Hidden += len(r.Findings) - len(kept)
	r.Findings = kept
}

// Summary counts the result's findings by severity.
func (r *Result) Summary() Summary {
	s := Summary{Files: len(r.Files), InputErrors: len(r.Errors), Hidden: r.Hidden}
	for _, f := range r.Findings {
		switch f.Level() {
		case Error:
			s.Errors++
		case Warning:
			s.Warnings++
		default:
			s.Infos++
		}
	}
	return s
}

// summaryLine is the one-line count of a run: "3 files, 1 error, ...".
func summaryLine(s Summary) string {
	parts := []string{Count(s.Files, "file"), Count(s.Errors, "error"), Count(s.Warnings, "warning"), Count(s.Infos, "info")}
	if s.InputErrors > 0 {
		parts = append(parts, Count(s.InputErrors, "unreadable file"))
	}
	if s.Hidden > 0 {
		parts = append(parts, fmt.Sprintf("%s below the display level not shown", Count(s.Hidden, "finding")))
	}
	return strings.Join(parts, ", ")
}

// Sort orders findings by path, then position, then rule.
func (r *Result) Sort() {
	SortFindings(r.Findings)
	sort.SliceStable(r.Files, func(i, j int) bool { return r.Files[i].Path < r.Files[j].Path })
	sort.SliceStable(r.Errors, func(i, j int) bool { return r.Errors[i].Path < r.Errors[j].Path })
}

// SortFindings orders findings by path, then position, then rule.
func SortFindings(fds []Finding) {
	sort.SliceStable(fds, func(i, j int) bool {
		a, b := fds[i], fds[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		return a.Rule < b.Rule
	})
}

// Fails reports whether any finding is at or above level.
func (r *Result) Fails(level Severity) bool {
	if level == None {
		return false
	}
	for _, f := range r.Findings {
		if f.Level() >= level {
			return true
		}
	}
	return false
}

// Reporter writes a result in one format.
type Reporter interface {
	Report(w io.Writer, r *Result) error
}

// Options configure reporters.
type Options struct {
	Color bool
	// Rules describes the rules, for formats that list them (SARIF).
	Rules []RuleInfo
	// SourceRoot is the absolute directory that SARIF and GitHub paths are
	// made relative to (the repository root); WorkDir is the absolute
	// directory the findings' relative paths start from. With either
	// empty, paths are written as reported.
	SourceRoot, WorkDir string
	// StepSummary is a file the github format appends a Markdown summary
	// to ($GITHUB_STEP_SUMMARY); "" for none.
	StepSummary string
	// ToolVersion is newslint's version, for formats that name the tool.
	ToolVersion string
	// ReadSource returns a reported file's text, decoded, for formats that
	// show it (html); nil when the text is not at hand.
	ReadSource func(path string) (string, error)
}

// RuleInfo is what a reporter may say about a rule.
type RuleInfo struct {
	ID, Category, Title, Description, Severity string
	HelpURI                                    string
	Disabled                                   bool
	Options                                    map[string]any
}

// Formats maps --format names to reporter constructors. Formats register
// themselves here, so the CLI and the server offer every one.
var Formats = map[string]func(Options) Reporter{
	"text":       func(o Options) Reporter { return &Text{Color: o.Color} },
	"json":       func(Options) Reporter { return JSON{} },
	"sarif":      func(o Options) Reporter { return &SARIF{Options: o} },
	"html":       func(o Options) Reporter { return &HTML{Options: o} },
	"github":     func(o Options) Reporter { return &GitHub{Options: o} },
	"junit":      func(Options) Reporter { return JUnit{} },
	"checkstyle": func(Options) Reporter { return Checkstyle{} },
}

// FormatNames lists the registered formats.
func FormatNames() []string {
	names := make([]string, 0, len(Formats))
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// New returns the reporter for a format name.
func New(format string, o Options) (Reporter, error) {
	f, ok := Formats[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(FormatNames(), ", "))
	}
	return f(o), nil
}
