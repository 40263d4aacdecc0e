package engine

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/facts"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/report"
)

// FileResult is the outcome of linting one file.
type FileResult struct {
	File     report.File
	Findings []report.Finding
	// Err is set when the file could not be linted.
	Err *report.InputError
}

// Facts extracts the facts of a document with this run's options.
func (p *Prepared) Facts(doc *document.Document) *facts.Facts {
	return facts.Extract(doc, p.opts)
}

// LintBytes reads content in the given format and lints it; path names it
// in findings.
func (p *Prepared) LintBytes(ctx context.Context, path string, format document.Format, content []byte) FileResult {
	doc, err := document.Read(path, content, format)
	if err != nil {
		return FileResult{File: report.File{Path: path, Format: string(format)}, Err: inputError(path, err)}
	}
	return p.LintDocument(ctx, doc)
}

// LintDocument lints a document that has been read.
func (p *Prepared) LintDocument(ctx context.Context, doc *document.Document) FileResult {
	f := p.Facts(doc)
	res := FileResult{File: report.File{Path: doc.Path, Format: string(doc.Format), Date: f.Date.Value, DateSource: f.Date.Source}}
	raws, err := p.engine.Eval(withDocument(ctx, doc), facts.Value(f))
	if err != nil {
		res.Err = &report.InputError{Path: doc.Path, Message: "evaluating rules: " + err.Error()}
		return res
	}
	sup := newSuppressor(doc)
	for _, r := range raws {
		if on, known := p.enabled[r.Rule]; known && !on {
			continue // evaluated for Override, off in this call
		}
		fd := p.finding(doc, r)
		if !sup.suppressed(fd) {
			res.Findings = append(res.Findings, fd)
		}
	}
	engineMade := sup.unknown(p, doc.Path)
	for _, n := range doc.Notices {
		engineMade = append(engineMade, report.Finding{
			Rule: n.Rule, Category: "engine", Message: n.Message, Suggestion: n.Suggestion, Path: doc.Path,
			Line: n.Span.Line, Column: n.Span.Column, EndLine: n.Span.EndLine, EndColumn: n.Span.EndColumn,
			Offset: n.Span.Offset, EndOffset: n.Span.EndOffset,
		})
	}
	for _, fd := range engineMade {
		if !p.enabled[fd.Rule] || sup.suppressed(fd) {
			continue
		}
		fd.Title = p.byID[fd.Rule].Title
		fd.Severity = p.severity[fd.Rule]
		fd.Snippet = doc.Snippet(document.Span{Offset: fd.Offset, EndOffset: fd.EndOffset})
		fd.SourceLine, fd.SourceFrom, fd.SourceMore = doc.Excerpt(document.Span{Offset: fd.Offset, Line: fd.Line})
		res.Findings = append(res.Findings, fd)
	}
	return res
}

func (p *Prepared) finding(doc *document.Document, r policy.Raw) report.Finding {
	rule := p.byID[r.Rule]
	s := r.Span
	fd := report.Finding{
		Rule: r.Rule, Category: rule.Category, Severity: p.severity[r.Rule], Title: rule.Title,
		Message: r.Message, Suggestion: r.Suggestion, Path: doc.Path,
		Line: s.Line, Column: s.Column, EndLine: s.EndLine, EndColumn: s.EndColumn, Offset: s.Offset, EndOffset: s.EndOffset,
	}
	if fd.Line == 0 {
		// A rule that points at nothing still gets a place: the top.
		fd.Line, fd.Column, fd.EndLine, fd.EndColumn = 1, 1, 1, 1
	}
	fd.Snippet = doc.Snippet(document.Span{Offset: s.Offset, EndOffset: s.EndOffset})
	fd.SourceLine, fd.SourceFrom, fd.SourceMore = doc.Excerpt(document.Span{Offset: s.Offset, Line: fd.Line})
	if rep, ok := r.Extra["replacement"].(string); ok && exactSpan(doc, r.Span) {
		fd.Replacement = &rep
	}
	if len(r.Extra) > 0 {
		fd.Evidence = map[string]any{}
		for k, v := range r.Extra {
			if k == "replacement" {
				continue
			}
			if m, ok := v.(map[string]any); ok && k == "evidence" {
				for k2, v2 := range m {
					fd.Evidence[k2] = v2
				}
				continue
			}
			fd.Evidence[k] = v
		}
	}
	return fd
}

// exactSpan reports whether a rule's span can carry a fix: the rule gave a
// real place, inside the file, in a file read as it is (a page transcoded
// from a legacy charset has no byte-exact UTF-8 replacement).
func exactSpan(doc *document.Document, s policy.Span) bool {
	return s.Line > 0 && doc.Encoding == "" && 0 <= s.Offset && s.Offset <= s.EndOffset && s.EndOffset <= len(doc.Buf)
}

func inputError(path string, err error) *report.InputError {
	var de *document.Error
	if errors.As(err, &de) {
		return &report.InputError{Path: path, Line: de.Line, Column: de.Column, Message: de.Msg}
	}
	msg := err.Error()
	var pe *os.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return &report.InputError{Path: path, Message: msg}
}

// LintPaths lints files and directories ("-" is stdin, read from stdin and
// named stdinName): Expand, then LintInputs. One bad file never stops the
// others.
func (p *Prepared) LintPaths(ctx context.Context, paths []string, stdin io.Reader, stdinName string) *report.Result {
	inputs, errs := p.Expand(paths, stdinName)
	res := p.LintInputs(ctx, inputs, stdin)
	res.Errors = append(errs, res.Errors...)
	res.Sort()
	return res
}

// LintInputs lints files listed by Expand, concurrently; results come back
// in a stable order. An input that can no longer be read is reported as
// an error and the others are still linted.
func (p *Prepared) LintInputs(ctx context.Context, inputs []Input, stdin io.Reader) *report.Result {
	res := &report.Result{}
	results := make([]FileResult, len(inputs))
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(p.jobs, max(len(inputs), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results[i] = p.lintInput(ctx, inputs[i], stdin)
			}
		}()
	}
	for i := range inputs {
		work <- i
	}
	close(work)
	wg.Wait()
	for _, r := range results {
		if r.Err != nil {
			res.Errors = append(res.Errors, *r.Err)
			continue
		}
		res.Files = append(res.Files, r.File)
		res.Findings = append(res.Findings, r.Findings...)
	}
	res.Sort()
	return res
}

func (p *Prepared) lintInput(ctx context.Context, in Input, stdin io.Reader) FileResult {
	var data []byte
	var err error
	if in.Stdin {
		if stdin == nil {
			stdin = os.Stdin
		}
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(in.Path)
	}
	if err != nil {
		return FileResult{Err: readError(in.Display, err)}
	}
	return p.LintBytes(ctx, in.Display, in.Format, data)
}

// StdinName is how stdin is reported without --stdin-filename.
const StdinName = "<stdin>"

func displayPath(p string) string {
	return strings.TrimPrefix(p, "./")
}
