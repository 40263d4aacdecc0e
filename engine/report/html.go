package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// HTML writes one self-contained page for people who do not read
// terminals: every file's text with its findings highlighted in place, a
// side list of the findings by severity and rule with the evidence and
// suggestion of each, and a summary. It loads nothing from elsewhere (no
// script, font or style sheet), so it opens from disk in any browser.
type HTML struct {
	Options
}

// htmlFinding is one finding as the page shows it.
type htmlFinding struct {
	N int
	Finding
	Evidence string // indented JSON, "" for none
}

// htmlFile is one file's text, cut into runs with the findings each run
// lies in.
type htmlFile struct {
	Path     string
	Date     string
	Source   string
	Findings []htmlFinding
	Runs     []htmlRun
	NoText   string // why the text is not shown, when it is not
}

type htmlRun struct {
	Text     string
	Findings []int // numbers of the findings the run lies in
	Anchor   []int // findings that start here (the run carries their id)
	Severity string
	Title    string
}

// Report implements Reporter.
func (h *HTML) Report(w io.Writer, r *Result) error { return writeAll(h.Stream(w), r) }

// htmlStream renders each file's section as it comes, into a spool, and
// each finding's entry of the side list into another; it keeps only the
// place and sort key of each entry, and writes the page when the summary
// at its top is known.
type htmlStream struct {
	o        Options
	w        io.Writer
	sections spool
	items    spool
	index    []htmlItem
	n        int
	errs     []InputError
	err      error
}

// htmlItem is where one entry of the side list lies in the items spool,
// with what it is sorted by.
type htmlItem struct {
	level     Severity
	rule      string
	off, size int64
}

// Stream implements Streamer.
func (h *HTML) Stream(w io.Writer) Stream {
	return &htmlStream{o: h.Options, w: w}
}

func (h *htmlStream) File(f File, fds []Finding) error {
	if h.err != nil {
		return h.err
	}
	hf := htmlFile{Path: f.Path, Date: f.Date, Source: f.DateSource}
	for _, fd := range fds {
		h.n++
		it := htmlFinding{N: h.n, Finding: fd}
		if len(fd.Evidence) > 0 {
			if b, err := json.MarshalIndent(fd.Evidence, "", "  "); err == nil {
				it.Evidence = string(b)
			}
		}
		hf.Findings = append(hf.Findings, it)
		off := h.items.size
		if h.err = htmlPage.ExecuteTemplate(&h.items, "item", it); h.err != nil {
			return h.err
		}
		h.index = append(h.index, htmlItem{level: fd.Level(), rule: fd.Rule, off: off, size: h.items.size - off})
	}
	if h.o.ReadSource == nil {
		hf.NoText = "the text is not available"
	} else if text, err := h.o.ReadSource(f.Path); err != nil {
		hf.NoText = "the text could not be read again: " + err.Error()
	} else {
		hf.Runs = runs(text, hf.Findings)
	}
	h.err = htmlPage.ExecuteTemplate(&h.sections, "file", hf)
	return h.err
}

func (h *htmlStream) Error(e InputError) error {
	h.errs = append(h.errs, e)
	return h.err
}

// Close writes the page: the head with the summary and the unreadable
// files, the sections, and the side list by severity (worst first) and
// rule, in the order of the report within each.
func (h *htmlStream) Close(s Summary) error {
	defer h.sections.Close()
	defer h.items.Close()
	if h.err != nil {
		return h.err
	}
	sortErrors(h.errs)
	sort.SliceStable(h.index, func(i, j int) bool {
		a, b := h.index[i], h.index[j]
		if a.level != b.level {
			return a.level > b.level
		}
		return a.rule < b.rule
	})
	w := bufio.NewWriter(h.w)
	if err := htmlPage.ExecuteTemplate(w, "head", map[string]any{"Summary": summaryLine(s), "Version": h.o.ToolVersion, "Errors": h.errs}); err != nil {
		return err
	}
	if err := h.sections.copyTo(w); err != nil {
		return err
	}
	if err := htmlPage.ExecuteTemplate(w, "middle", nil); err != nil {
		return err
	}
	for _, it := range h.index {
		if err := h.items.copyRange(w, it.off, it.size); err != nil {
			return err
		}
	}
	if err := htmlPage.ExecuteTemplate(w, "tail", nil); err != nil {
		return err
	}
	return w.Flush()
}

// runs cuts text into runs at every place a finding starts or ends, so that
// overlapping findings highlight the runs they share. Findings point at
// lines and columns (code points), which hold whatever the file's
// encoding.
func runs(text string, fs []htmlFinding) []htmlRun {
	lineStarts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	// byteAt is the byte offset of (line, column) in text.
	byteAt := func(line, col int) int {
		if line < 1 {
			return 0
		}
		if line > len(lineStarts) {
			return len(text)
		}
		off := lineStarts[line-1]
		for c := 1; c < col && off < len(text) && text[off] != '\n'; c++ {
			_, n := utf8.DecodeRuneInString(text[off:])
			off += n
		}
		return off
	}
	type event struct{ at, n int }
	var starts, ends []event
	cuts := map[int]bool{0: true, len(text): true}
	for _, f := range fs {
		a, b := byteAt(f.Line, f.Column), byteAt(f.EndLine, f.EndColumn)
		if b <= a { // a place, not a stretch: mark the character there
			b = a
			if a < len(text) {
				_, n := utf8.DecodeRuneInString(text[a:])
				b = a + n
			}
		}
		starts = append(starts, event{a, f.N})
		ends = append(ends, event{b, f.N})
		cuts[a], cuts[b] = true, true
	}
	at := make([]int, 0, len(cuts))
	for c := range cuts {
		at = append(at, c)
	}
	sort.Ints(at)
	sev := map[int]Finding{}
	for _, f := range fs {
		sev[f.N] = f.Finding
	}
	active := map[int]bool{}
	var out []htmlRun
	for i := 0; i+1 < len(at); i++ {
		from, to := at[i], at[i+1]
		var anchor []int
		for _, e := range starts {
			if e.at == from {
				active[e.n] = true
				anchor = append(anchor, e.n)
			}
		}
		for _, e := range ends {
			if e.at == from {
				delete(active, e.n)
			}
		}
		run := htmlRun{Text: text[from:to], Anchor: anchor}
		worst := Info - 1
		var titles []string
		for n := range active {
			run.Findings = append(run.Findings, n)
		}
		sort.Ints(run.Findings)
		for _, n := range run.Findings {
			f := sev[n]
			if f.Level() > worst {
				worst, run.Severity = f.Level(), f.Severity
			}
			titles = append(titles, fmt.Sprintf("#%d %s: %s", n, f.Rule, f.Message))
		}
		run.Title = strings.Join(titles, "\n")
		out = append(out, run)
	}
	return out
}

func ids(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, " ")
}

// htmlPage is the page in the parts a stream writes: head, a file section
// per file, middle, an item per finding, tail.
var htmlPage = template.Must(template.New("page").Funcs(template.FuncMap{"ids": ids}).Parse(`{{define "head"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newslint report</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; display: flex; color: #222; }
main { flex: 3; padding: 1em 2em; min-width: 0; }
aside { flex: 2; padding: 1em; background: #f6f6f4; border-left: 1px solid #ddd; height: 100vh; overflow: auto; position: sticky; top: 0; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 2em; }
pre.text { white-space: pre-wrap; word-wrap: break-word; font: 14px/1.6 ui-monospace, monospace; background: #fff; border: 1px solid #ddd; padding: 1em; }
mark { border-radius: 2px; cursor: help; }
mark.error { background: #fbc4c4; border-bottom: 2px solid #c00; }
mark.warning { background: #fde9a9; border-bottom: 2px solid #c90; }
mark.info { background: #d6e8fb; border-bottom: 2px solid #369; }
a:target + mark, li:target { outline: 2px solid #333; }
.finding { margin: 0 0 .8em; padding: .5em; background: #fff; border: 1px solid #ddd; list-style: none; }
.sev { font-weight: bold; text-transform: uppercase; font-size: .8em; }
.sev.error { color: #c00; } .sev.warning { color: #a70; } .sev.info { color: #369; }
.rule { font-family: ui-monospace, monospace; font-size: .9em; }
.suggestion { color: #060; } pre.evidence { font-size: .8em; background: #f6f6f4; overflow: auto; }
ul.list { padding: 0; } .errors { color: #c00; }
</style>
</head>
<body>
<main>
<h1>newslint report</h1>
<p id="summary">{{.Summary}}{{with .Version}} · newslint {{.}}{{end}}</p>
{{with .Errors}}<ul class="errors">{{range .}}<li>{{.String}}</li>{{end}}</ul>{{end}}
{{end}}{{define "file"}}<section class="file">
<h2>{{$.Path}}</h2>
<p>{{with $.Date}}Date {{.}} (from {{$.Source}}){{else}}No date found{{end}} · {{len $.Findings}} finding(s)</p>
{{if $.NoText}}<p><em>{{$.NoText}}</em></p>{{else}}<pre class="text">{{range $.Runs}}{{range .Anchor}}<a id="f-{{.}}"></a>{{end}}{{if .Findings}}<mark class="{{.Severity}}" data-findings="{{ids .Findings}}" title="{{.Title}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</pre>{{end}}
</section>
{{end}}{{define "middle"}}
</main>
<aside>
<h2>Findings by severity and rule</h2>
<ul class="list">
{{end}}{{define "item"}}<li class="finding" id="l-{{.N}}"><span class="sev {{.Severity}}">{{.Severity}}</span> <span class="rule">{{.Rule}}</span> <a href="#f-{{.N}}">{{.Path}}:{{.Line}}:{{.Column}}</a>
<div class="message">{{.Message}}</div>
{{with .Suggestion}}<div class="suggestion">Suggestion: {{.}}</div>{{end}}
{{with .Evidence}}<details><summary>Evidence</summary><pre class="evidence">{{.}}</pre></details>{{end}}
</li>
{{end}}{{define "tail"}}
</ul>
</aside>
</body>
</html>
{{end}}`))
