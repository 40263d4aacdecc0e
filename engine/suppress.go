package engine

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/report"
)

// suppressor applies a document's newslint-disable comments to findings.
type suppressor struct {
	dirs     []document.Directive
	lines    *document.LineIndex
	nextLine map[int]int // directive index -> the line it covers
	used     []bool      // directive index -> it suppressed a finding
}

func newSuppressor(doc *document.Document) *suppressor {
	s := &suppressor{dirs: doc.Directives, lines: doc.Lines, nextLine: map[int]int{}, used: make([]bool, len(doc.Directives))}
	sort.SliceStable(s.dirs, func(i, j int) bool { return s.dirs[i].Span.Offset < s.dirs[j].Span.Offset })
	for i, d := range s.dirs {
		if d.Kind != "disable-next-line" {
			continue
		}
		// The next line with text: a blank line may separate the comment
		// from the paragraph it is about.
		for l := d.Span.EndLine + 1; l <= doc.Lines.Lines(); l++ {
			if strings.TrimSpace(doc.Lines.LineText(l)) != "" {
				s.nextLine[i] = l
				break
			}
		}
	}
	return s
}

func names(rules []string, id string) bool {
	if len(rules) == 0 {
		return true
	}
	for _, r := range rules {
		if r == id {
			return true
		}
	}
	return false
}

// suppressed reports whether a finding is switched off by a comment, and
// notes which comment did it.
func (s *suppressor) suppressed(f report.Finding) bool {
	by := -1 // the disable comment in force, if any
	for i, d := range s.dirs {
		switch d.Kind {
		case "disable-file":
			if names(d.Rules, f.Rule) {
				s.used[i] = true
				return true
			}
		case "disable-next-line":
			if s.nextLine[i] == f.Line && names(d.Rules, f.Rule) {
				s.used[i] = true
				return true
			}
		case "disable":
			if d.Span.Offset <= f.Offset && names(d.Rules, f.Rule) {
				by = i
			}
		case "enable":
			if d.Span.Offset <= f.Offset && names(d.Rules, f.Rule) {
				by = -1
			}
		}
	}
	if by >= 0 {
		s.used[by] = true
		return true
	}
	return false
}

// unused returns a finding for each disable comment that suppressed
// nothing, once every finding has been through suppressed. A comment
// naming a rule that is off in this run, or unknown (see unknown), is not
// judged: it may well be needed when the rule runs.
func (s *suppressor) unused(p *Prepared, path string) []report.Finding {
	var out []report.Finding
	for i, d := range s.dirs {
		if s.used[i] || d.Kind == "enable" {
			continue
		}
		judged := true
		for _, id := range d.Rules {
			judged = judged && p.enabled[id]
		}
		if !judged {
			continue
		}
		of := ""
		if len(d.Rules) > 0 {
			of = " of " + strings.Join(d.Rules, ", ")
		}
		out = append(out, report.Finding{
			Rule: "unused-suppression", Category: "engine",
			Message:    fmt.Sprintf("newslint-%s suppresses nothing: no finding%s %s", d.Kind, of, scopeOf(d.Kind)),
			Suggestion: "remove the comment",
			Path:       path, Line: d.Span.Line, Column: d.Span.Column, EndLine: d.Span.EndLine, EndColumn: d.Span.EndColumn,
			Offset: d.Span.Offset, EndOffset: d.Span.EndOffset,
		})
	}
	return out
}

func scopeOf(kind string) string {
	switch kind {
	case "disable-next-line":
		return "on the next line"
	case "disable":
		return "after it"
	}
	return "in the file"
}

// unknown returns a finding for each rule id a comment names that does not
// exist.
func (s *suppressor) unknown(p *Prepared, path string) []report.Finding {
	var out []report.Finding
	for _, d := range s.dirs {
		for _, id := range d.Rules {
			if _, ok := p.byID[id]; ok {
				continue
			}
			out = append(out, report.Finding{
				Rule: "unknown-suppression", Category: "engine", Message: fmt.Sprintf("newslint-%s names unknown rule %q%s; it suppresses nothing", d.Kind, id, p.DidYouMean(id)),
				Path: path, Line: d.Span.Line, Column: d.Span.Column, EndLine: d.Span.EndLine, EndColumn: d.Span.EndColumn,
				Offset: d.Span.Offset, EndOffset: d.Span.EndOffset,
			})
		}
	}
	return out
}
