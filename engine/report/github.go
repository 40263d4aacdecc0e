package report

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

// GitHub writes GitHub Actions workflow commands: one ::error, ::warning
// or ::notice annotation per finding, grouped per file, and appends a
// Markdown summary to Options.StepSummary when it is set.
type GitHub struct {
	Options Options
}

// summaryRows caps the findings listed in the step summary (GitHub caps a
// step summary at 1 MiB).
const summaryRows = 200

func githubCommand(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a workflow command's message as the Actions runner
// unescapes it.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command property value: as data, plus
// the ':' and ',' that delimit properties.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// annotation formats one workflow command. Columns are given only on a
// single line: GitHub ignores them on annotations that span lines.
func annotation(cmd, file string, line, col, endLine, endCol int, title, msg string) string {
	var props []string
	add := func(k, v string) { props = append(props, k+"="+escapeProperty(v)) }
	add("file", file)
	if line > 0 {
		add("line", fmt.Sprint(line))
		if endLine >= line {
			add("endLine", fmt.Sprint(endLine))
		}
		if col > 0 && (endLine == line || endLine == 0) {
			add("col", fmt.Sprint(col))
			if endLine == line && endCol > col {
				add("endColumn", fmt.Sprint(endCol))
			}
		}
	}
	add("title", title)
	return "::" + cmd + " " + strings.Join(props, ",") + "::" + escapeData(msg)
}

// Report implements Reporter.
func (g *GitHub) Report(w io.Writer, r *Result) error {
	o := g.Options
	var b strings.Builder
	for _, e := range r.Errors {
		file, _ := o.sourcePath(e.Path)
		b.WriteString(annotation("error", file, e.Line, e.Column, e.Line, 0, "newslint: file not linted", e.Message))
		b.WriteByte('\n')
	}
	for i := 0; i < len(r.Findings); {
		j := i
		for j < len(r.Findings) && r.Findings[j].Path == r.Findings[i].Path {
			j++
		}
		group := r.Findings[i:j]
		file, _ := o.sourcePath(group[0].Path)
		fmt.Fprintf(&b, "::group::%s\n", escapeData(fmt.Sprintf("%s (%s)", file, Count(len(group), "finding"))))
		for _, f := range group {
			title := f.Rule
			if f.Title != "" {
				title += ": " + f.Title
			}
			msg := f.Message
			if f.Suggestion != "" {
				msg += "\nSuggestion: " + f.Suggestion
			}
			b.WriteString(annotation(githubCommand(f.Level()), file, f.Line, f.Column, f.EndLine, f.EndColumn, title, msg))
			b.WriteByte('\n')
		}
		b.WriteString("::endgroup::\n")
		i = j
	}
	b.WriteString("newslint: " + summaryLine(r.Summary()) + "\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if o.StepSummary == "" {
		return nil
	}
	f, err := os.OpenFile(o.StepSummary, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("step summary: %w", err)
	}
	if _, err := io.WriteString(f, StepSummary(r, o)); err != nil {
		f.Close()
		return fmt.Errorf("step summary: %w", err)
	}
	return f.Close()
}

// StepSummary renders a result as the Markdown of a GitHub job summary.
func StepSummary(r *Result, o Options) string {
	var b strings.Builder
	s := r.Summary()
	b.WriteString("### newslint\n\n")
	fmt.Fprintf(&b, "**%s**\n\n", summaryLine(s))
	if len(r.Findings) > 0 {
		b.WriteString("| Severity | Location | Rule | Message |\n|---|---|---|---|\n")
		for i, f := range r.Findings {
			if i == summaryRows {
				fmt.Fprintf(&b, "\n…and %d more (see the annotations or the full report).\n", len(r.Findings)-summaryRows)
				break
			}
			file, _ := o.sourcePath(f.Path)
			msg := f.Message
			if f.Suggestion != "" {
				msg += " — suggestion: " + f.Suggestion
			}
			fmt.Fprintf(&b, "| %s %s | %s | `%s` | %s |\n", severityIcon(f.Level()), f.Severity,
				mdCell(fmt.Sprintf("%s:%d:%d", file, f.Line, f.Column)), f.Rule, mdCell(msg))
		}
		b.WriteString("\n")
	}
	if len(r.Errors) > 0 {
		b.WriteString("Files not linted:\n\n")
		for _, e := range r.Errors {
			file, _ := o.sourcePath(e.Path)
			fmt.Fprintf(&b, "- %s: %s\n", mdCell(file), mdCell(e.Message))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func severityIcon(s Severity) string {
	switch s {
	case Error:
		return ":x:"
	case Warning:
		return ":warning:"
	}
	return ":information_source:"
}

// mdCell escapes text for a Markdown table cell: no line breaks, no pipes,
// no HTML, no control characters, no emphasis or links taken from
// article text.
func mdCell(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\r':
		case '\n':
			b.WriteString(" ")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '|', '\\', '`', '*', '_', '[', ']', '#', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			if unicode.IsControl(r) {
				b.WriteByte(' ')
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
