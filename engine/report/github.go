package report

import (
	"bufio"
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
func (g *GitHub) Report(w io.Writer, r *Result) error { return writeAll(g.Stream(w), r) }

// githubStream writes annotations as files come; the step summary keeps
// its first rows and the unreadable files until the end.
type githubStream struct {
	o        Options
	w        *bufio.Writer
	rows     []string // the step summary's table rows, at most summaryRows
	findings int
	errs     []InputError
	err      error
}

// Stream implements Streamer.
func (g *GitHub) Stream(w io.Writer) Stream {
	return &githubStream{o: g.Options, w: bufio.NewWriter(w)}
}

// Error annotates a file that could not be linted, where it comes.
func (g *githubStream) Error(e InputError) error {
	if g.err != nil {
		return g.err
	}
	file, _ := g.o.sourcePath(e.Path)
	g.w.WriteString(annotation("error", file, e.Line, e.Column, e.Line, 0, "newslint: file not linted", e.Message))
	g.w.WriteByte('\n')
	if g.o.StepSummary != "" {
		g.errs = append(g.errs, e)
	}
	return nil
}

// File writes one group of annotations per file with findings.
func (g *githubStream) File(_ File, fds []Finding) error {
	if g.err != nil || len(fds) == 0 {
		return g.err
	}
	file, _ := g.o.sourcePath(fds[0].Path)
	fmt.Fprintf(g.w, "::group::%s\n", escapeData(fmt.Sprintf("%s (%s)", file, Count(len(fds), "finding"))))
	for _, f := range fds {
		title := f.Rule
		if f.Title != "" {
			title += ": " + f.Title
		}
		msg := f.Message
		if f.Suggestion != "" {
			msg += "\nSuggestion: " + f.Suggestion
		}
		g.w.WriteString(annotation(githubCommand(f.Level()), file, f.Line, f.Column, f.EndLine, f.EndColumn, title, msg))
		g.w.WriteByte('\n')
		if g.o.StepSummary != "" && len(g.rows) < summaryRows {
			g.rows = append(g.rows, summaryRow(f, file))
		}
	}
	g.findings += len(fds)
	g.w.WriteString("::endgroup::\n")
	g.err = g.w.Flush()
	return g.err
}

func (g *githubStream) Close(s Summary) error {
	if g.err != nil {
		return g.err
	}
	g.w.WriteString("newslint: " + summaryLine(s) + "\n")
	if err := g.w.Flush(); err != nil {
		return err
	}
	if g.o.StepSummary == "" {
		return nil
	}
	f, err := os.OpenFile(g.o.StepSummary, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("step summary: %w", err)
	}
	if _, err := io.WriteString(f, g.stepSummary(s)); err != nil {
		f.Close()
		return fmt.Errorf("step summary: %w", err)
	}
	return f.Close()
}

// summaryRow is one finding as a row of the step summary's table.
func summaryRow(f Finding, file string) string {
	msg := f.Message
	if f.Suggestion != "" {
		msg += " — suggestion: " + f.Suggestion
	}
	return fmt.Sprintf("| %s %s | %s | `%s` | %s |\n", severityIcon(f.Level()), f.Severity,
		mdCell(fmt.Sprintf("%s:%d:%d", file, f.Line, f.Column)), f.Rule, mdCell(msg))
}

// stepSummary renders the run as the Markdown of a GitHub job summary.
func (g *githubStream) stepSummary(s Summary) string {
	var b strings.Builder
	b.WriteString("### newslint\n\n")
	fmt.Fprintf(&b, "**%s**\n\n", summaryLine(s))
	if g.findings > 0 {
		b.WriteString("| Severity | Location | Rule | Message |\n|---|---|---|---|\n")
		for _, row := range g.rows {
			b.WriteString(row)
		}
		if g.findings > len(g.rows) {
			fmt.Fprintf(&b, "\n…and %d more (see the annotations or the full report).\n", g.findings-len(g.rows))
		}
		b.WriteString("\n")
	}
	if len(g.errs) > 0 {
		sortErrors(g.errs)
		b.WriteString("Files not linted:\n\n")
		for _, e := range g.errs {
			file, _ := g.o.sourcePath(e.Path)
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
