package report

import (
	"bufio"
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
func (t *Text) Report(w io.Writer, r *Result) error { return writeAll(t.Stream(w), r) }

// textStream writes each file's findings as they come, then the summary.
type textStream struct {
	w                                   *bufio.Writer
	bold, red, yellow, blue, dim, green func(string) string
	findings                            int
	err                                 error
}

// Stream implements Streamer.
func (t *Text) Stream(w io.Writer) Stream {
	paint := func(attrs ...color.Attribute) func(string) string {
		c := color.New(attrs...)
		if t.Color {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return func(s string) string { return c.Sprint(s) }
	}
	return &textStream{w: bufio.NewWriter(w), bold: paint(color.Bold), red: paint(color.FgRed, color.Bold), yellow: paint(color.FgYellow, color.Bold),
		blue: paint(color.FgCyan), dim: paint(color.Faint), green: paint(color.FgGreen)}
}

func (t *textStream) File(_ File, fds []Finding) error {
	if t.err != nil || len(fds) == 0 {
		return t.err
	}
	w := t.w
	for _, f := range fds {
		sev := t.blue(f.Severity)
		switch f.Level() {
		case Error:
			sev = t.red(f.Severity)
		case Warning:
			sev = t.yellow(f.Severity)
		}
		fmt.Fprintf(w, "%s %s %s %s\n", t.bold(fmt.Sprintf("%s:%d:%d:", linePath(f.Path), f.Line, f.Column)), sev, t.dim(f.Rule), f.Message)
		if f.SourceLine != "" {
			line, under := underline(f)
			fmt.Fprintf(w, "    %s\n    %s\n", line, t.red(under))
			for _, l := range moreLines(f) {
				fmt.Fprintf(w, "    %s\n    %s\n", l[0], t.red(l[1]))
			}
		}
		if f.Suggestion != "" {
			fmt.Fprintf(w, "    %s %s\n", t.green("suggestion:"), f.Suggestion)
		}
	}
	t.findings += len(fds)
	// People watch a long run: each file shows when it is done.
	t.err = w.Flush()
	return t.err
}

// Error implements Stream: the text report counts unreadable files in its
// summary (the command line lists them on stderr).
func (t *textStream) Error(InputError) error { return t.err }

func (t *textStream) Close(s Summary) error {
	if t.err != nil {
		return t.err
	}
	if t.findings > 0 || s.InputErrors > 0 {
		t.w.WriteString("\n")
	}
	fmt.Fprintln(t.w, t.bold(summaryLine(s)))
	return t.w.Flush()
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
