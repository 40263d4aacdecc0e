package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"
)

// Text writes findings for people: path:line:col severity rule message, the
// source line with the span underlined, a suggestion, and a summary.
type Text struct {
	Color bool
}

// Report implements Reporter.
func (t *Text) Report(w io.Writer, r *Result) error {
	paint := func(attrs ...color.Attribute) func(string) string {
		c := color.New(attrs...)
		if t.Color {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return func(s string) string { return c.Sprint(s) }
	}
	bold, red, yellow, blue, dim, green := paint(color.Bold), paint(color.FgRed, color.Bold), paint(color.FgYellow, color.Bold), paint(color.FgCyan), paint(color.Faint), paint(color.FgGreen)
	for _, f := range r.Findings {
		sev := blue(f.Severity)
		switch f.Level() {
		case Error:
			sev = red(f.Severity)
		case Warning:
			sev = yellow(f.Severity)
		}
		fmt.Fprintf(w, "%s %s %s %s\n", bold(fmt.Sprintf("%s:%d:%d:", linePath(f.Path), f.Line, f.Column)), sev, dim(f.Rule), f.Message)
		if f.SourceLine != "" {
			line, under := underline(f)
			fmt.Fprintf(w, "    %s\n    %s\n", line, red(under))
			for _, l := range moreLines(f) {
				fmt.Fprintf(w, "    %s\n    %s\n", l[0], red(l[1]))
			}
		}
		if f.Suggestion != "" {
			fmt.Fprintf(w, "    %s %s\n", green("suggestion:"), f.Suggestion)
		}
	}
	s := r.Summary()
	if len(r.Findings) > 0 || s.InputErrors > 0 {
		fmt.Fprintln(w)
	}
	_, err := fmt.Fprintln(w, bold(summaryLine(s)))
	return err
}

// underline returns the source line (tabs shown as spaces, long lines cut
// around the span) and a caret line under the span's part of it. The
// finding carries an excerpt of its line: SourceLine starts at column
// SourceFrom, and SourceMore says the line goes on after it.
func underline(f Finding) (string, string) {
	runes := []rune(strings.ReplaceAll(f.SourceLine, "\t", " "))
	offset := max(f.SourceFrom, 1) - 1
	start := f.Column - 1 - offset
	end := len(runes)
	if f.EndLine == f.Line {
		end = f.EndColumn - 1 - offset
	}
	start = min(max(start, 0), len(runes))
	end = min(max(end, start+1), len(runes))
	// Keep long lines readable: show at most 120 code points around the span.
	const width = 120
	from, to := 0, len(runes)
	if len(runes) > width {
		from = max(0, start-30)
		to = min(len(runes), from+width)
	}
	prefix, suffix := "", ""
	if from > 0 || offset > 0 {
		prefix = "…"
	}
	if to < len(runes) || f.SourceMore {
		suffix = "…"
	}
	text := prefix + string(runes[from:to]) + suffix
	pad := start - from + utf8.RuneCountInString(prefix)
	n := min(end, to) - start
	return text, strings.Repeat(" ", pad) + strings.Repeat("^", max(n, 1))
}

// moreLines returns the lines after the first of a span that runs over
// several, each with its caret line, the span's text being its snippet: at
// most three, then a line saying how many more there are.
func moreLines(f Finding) [][2]string {
	if f.EndLine <= f.Line {
		return nil
	}
	lines := strings.Split(strings.ReplaceAll(f.Snippet, "\r\n", "\n"), "\n")[1:]
	const shown = 3
	var out [][2]string
	for i, l := range lines {
		if i == shown && len(lines) > shown+1 {
			out = append(out, [2]string{fmt.Sprintf("… %d more lines, to line %d", len(lines)-shown, f.EndLine), ""})
			break
		}
		runes := []rune(strings.ReplaceAll(strings.TrimRight(l, "\r"), "\t", " "))
		if len(runes) > 120 {
			runes = append(runes[:120], '…')
		}
		if len(runes) == 0 {
			continue
		}
		out = append(out, [2]string{string(runes), strings.Repeat("^", len(runes))})
	}
	return out
}

// Count says how many: "1 warning", "2 warnings".
func Count(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
