package engine

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/facts"
	"github.com/newslint/newslint/engine/input"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/policy/builtins"
	"github.com/newslint/newslint/engine/report"
	"github.com/newslint/newslint/internal/hugepages"
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
// in findings. Reading, extracting the facts and every rule share one
// deadline, FileTimeout from now (or ctx's, if sooner), and one memory
// budget (FileBudget).
func (p *Prepared) LintBytes(ctx context.Context, path string, format document.Format, content []byte) FileResult {
	return p.lintBytes(ctx, path, format, content, nil)
}

// lintBytes is LintBytes telling grew (when not nil) what the file's
// budget has charged as it grows.
func (p *Prepared) lintBytes(ctx context.Context, path string, format document.Format, content []byte, grew func(int64)) FileResult {
	limit := p.FileTimeout(len(content))
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	doc, err := document.ReadWith(path, content, format, document.Options{Budget: &document.Budget{Limit: p.FileBudget(len(content)), Grew: grew}})
	if err != nil {
		return FileResult{File: report.File{Path: path, Format: string(format)}, Err: input.ErrorFor(path, err)}
	}
	return p.lintDocument(ctx, doc, limit)
}

// withRule completes an engine-made finding with its rule's title and
// severity.
func (p *Prepared) withRule(fd report.Finding) report.Finding {
	fd.Title = p.byID[fd.Rule].Title
	fd.Severity = p.severity[fd.Rule]
	return fd
}

// Memory budget of a file: what its facts may cost, estimated as they are
// made (document.Budget). Past it, the rest of the file is not checked and
// the file gets an input-limit finding. Long news prose is estimated at
// about 55 bytes a byte (novels 38): 64 lets prose of any length through
// and cuts pages whose facts outgrow their text.
const (
	BudgetFloor   = 96 << 20
	BudgetPerByte = 64
)

// FileTimeout is the time a file of size bytes may take, reading, facts
// and rules together: limits.rule_timeout when it is set, else 10 seconds
// plus one a megabyte (real prose takes well under half a second a
// megabyte; the rest is for a loaded machine).
func (p *Prepared) FileTimeout(size int) time.Duration {
	if !p.scaleTimeout {
		return p.limits.RuleTimeout
	}
	return p.limits.RuleTimeout + (time.Duration(size) * time.Second / (1 << 20)).Round(time.Second)
}

// FileBudget is the memory budget of a file of size bytes:
// limits.max_file_memory, else 96 MB plus 64 bytes a byte.
func (p *Prepared) FileBudget(size int) int64 {
	if p.limits.MaxFileMemory > 0 {
		return p.limits.MaxFileMemory
	}
	return BudgetFloor + BudgetPerByte*int64(size)
}

// LintDocument lints a document that has been read: its facts and rules
// share the file's time limit (FileTimeout), or ctx's deadline if sooner.
func (p *Prepared) LintDocument(ctx context.Context, doc *document.Document) FileResult {
	limit := p.FileTimeout(len(doc.Buf))
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	return p.lintDocument(ctx, doc, limit)
}

// lintDocument lints within ctx, whose deadline is the file's time limit
// (limit, which messages name) or sooner.
func (p *Prepared) lintDocument(ctx context.Context, doc *document.Document, limit time.Duration) FileResult {
	res := FileResult{File: report.File{Path: doc.Path, Format: string(doc.Format)}}
	f, err := facts.ExtractContext(ctx, doc, p.opts)
	if err != nil {
		res.Err = outOfTime(doc.Path, ctx, limit, "its facts were being extracted")
		return res
	}
	res.File.Date, res.File.DateSource = f.Date.Value, f.Date.Source
	res.File.DateStart, res.File.DateEnd, res.File.DateNote = f.Date.Start, f.Date.End, f.Date.Note
	// The rules see input; f is not used after this, so the Go facts are
	// given up field by field as they are converted, and collected while
	// the rest of the input is built and the rules run.
	if err := p.Ready(); err != nil {
		res.Err = &report.InputError{Path: doc.Path, Message: "compiling the rules: " + err.Error()}
		return res
	}
	input := p.engine.Input(f)
	sup := newSuppressor(doc)
	over := map[string]*unlisted{}
	failures, err := p.engine.EvalEach(builtins.WithDocument(ctx, doc), input, func(r policy.Rule, raws []policy.Raw) {
		if on, known := p.enabled[r.ID]; known && !on {
			return // evaluated for Override, off in this call
		}
		var fds []report.Finding
		for _, raw := range raws {
			if fd := p.finding(doc, raw); !sup.suppressed(fd) {
				fds = append(fds, fd)
			}
		}
		res.Findings = append(res.Findings, p.keepListed(fds, over)...)
	})
	if err != nil {
		res.Err = &report.InputError{Path: doc.Path, Message: "evaluating rules: " + err.Error()}
		return res
	}
	engineMade := sup.unknown(p, doc.Path)
	for _, n := range doc.Notices {
		engineMade = append(engineMade, engineFinding(doc.Path, n.Rule, n.Span, n.Message, n.Suggestion))
	}
	for _, fl := range failures {
		engineMade = append(engineMade, failureFinding(doc.Path, fl, limit))
	}
	for _, fd := range engineMade {
		if !p.enabled[fd.Rule] || sup.suppressed(fd) {
			continue
		}
		res.Findings = append(res.Findings, p.withRule(fd))
	}
	for _, fd := range sup.unused(p, doc.Path) {
		if p.enabled[fd.Rule] {
			res.Findings = append(res.Findings, p.withRule(fd))
		}
	}
	res.Findings = p.capFindings(doc, res.Findings, over)
	// Only the findings listed get their text: a page where every
	// sentence is a finding would otherwise keep a copy of each.
	for i := range res.Findings {
		fd := &res.Findings[i]
		if fd.Rule == "too-many-findings" {
			continue
		}
		fd.Snippet = doc.Snippet(document.Span{Offset: fd.Offset, EndOffset: fd.EndOffset})
		fd.SourceLine, fd.SourceFrom, fd.SourceMore = doc.Excerpt(document.Span{Offset: fd.Offset, Line: fd.Line})
	}
	return res
}

// unlisted sums up one rule's findings past the listing limit.
type unlisted struct {
	count int
	first report.Finding
}

// keepListed keeps a rule's findings that can be listed (its first
// limits.max_findings in reading order: the file's first ones are among
// them) and counts the rest in over, so that a rule reporting every
// sentence of a huge page costs no more than the limit.
func (p *Prepared) keepListed(fds []report.Finding, over map[string]*unlisted) []report.Finding {
	limit := p.limits.MaxFindings
	if len(fds) <= limit || !p.enabled["too-many-findings"] {
		return fds
	}
	report.SortFindings(fds)
	rest := fds[limit:]
	u := over[rest[0].Rule]
	if u == nil {
		u = &unlisted{first: rest[0]}
		over[rest[0].Rule] = u
	}
	u.count += len(rest)
	return slices.Clone(fds[:limit])
}

// engineFinding is a finding made in Go: a reader's notice, a rule
// failure, the findings summary. One with no place sits at the top.
func engineFinding(path, rule string, s document.Span, msg, suggestion string) report.Finding {
	if s.Line == 0 {
		s.Line, s.Column, s.EndLine, s.EndColumn = 1, 1, 1, 1
	}
	return report.Finding{
		Rule: rule, Category: "engine", Message: msg, Suggestion: suggestion, Path: path,
		Line: s.Line, Column: s.Column, EndLine: s.EndLine, EndColumn: s.EndColumn, Offset: s.Offset, EndOffset: s.EndOffset,
	}
}

// outOfTime is the error of a file whose time ran out before its rules
// could run: it is not linted.
func outOfTime(path string, ctx context.Context, limit time.Duration, doing string) *report.InputError {
	if errors.Is(ctx.Err(), context.Canceled) {
		return &report.InputError{Path: path, Message: "linting was cancelled while " + doing}
	}
	return &report.InputError{Path: path, Message: fmt.Sprintf("not linted: its time limit (%s, for reading, facts and rules together) ran out while %s (raise limits.rule_timeout in .newslint.toml or --rule-timeout)", limit, doing)}
}

// failureFinding reports a rule that could not finish on a document. It
// sits at the top of the file: the rule failed on the whole of it.
func failureFinding(path string, fl policy.Failure, limit time.Duration) report.Finding {
	fl.Timeout = limit
	var msg, hint string
	switch {
	case fl.NotRun:
		msg = fmt.Sprintf("rule %s did not run on this file: the file's time limit (%s, for reading, facts and rules together) ran out before its turn; its findings here are missing", fl.Rule, fl.Timeout)
		hint = "another rule took the time (see the other rule-error findings), or the file is very large: raise limits.rule_timeout in .newslint.toml"
	case fl.TimedOut:
		msg = fmt.Sprintf("rule %s was stopped when the file's time limit (%s, for reading, facts and rules together) ran out; its findings here are missing (the other rules ran)", fl.Rule, fl.Timeout)
		hint = "look for a loop over large collections in " + fl.File + " (try it with `newslint test`), or raise limits.rule_timeout in .newslint.toml"
	default:
		msg = fmt.Sprintf("rule %s failed on this file: %v; its findings here are missing (the other rules ran)", fl.Rule, fl.Err)
		hint = "fix " + fl.File + " (try it with `newslint test` and `newslint facts` on this file)"
	}
	fd := engineFinding(path, "rule-error", document.Span{}, msg, hint)
	fd.Evidence = map[string]any{"rule": fl.Rule, "file": fl.File}
	if fl.TimedOut || fl.NotRun {
		fd.Evidence["timeout"] = fl.Timeout.String()
	}
	return fd
}

// capFindings keeps the first findings of a file, in reading order, up to
// the limit, and sums up the rest (with those keepListed left out, in
// over) in one finding as severe as the worst of them: a page full of one
// defect stays readable, and the exit code still counts what was left out.
func (p *Prepared) capFindings(doc *document.Document, fds []report.Finding, over map[string]*unlisted) []report.Finding {
	limit := p.limits.MaxFindings
	if len(fds) <= limit && len(over) == 0 || !p.enabled["too-many-findings"] {
		return fds
	}
	// The engine's own findings (a file cut at its budget, a rule that
	// failed) say how far the others can be trusted: they are always
	// listed, beside the first findings of the rules.
	var own []report.Finding
	fds = slices.DeleteFunc(fds, func(fd report.Finding) bool {
		if fd.Category == "engine" {
			own = append(own, fd)
			return true
		}
		return false
	})
	if len(fds) <= limit && len(over) == 0 {
		return append(fds, own...)
	}
	report.SortFindings(fds)
	var rest []report.Finding
	if len(fds) > limit {
		rest = fds[limit:]
	}
	byRule := map[string]int{}
	var first, worst *report.Finding
	consider := func(fd *report.Finding, n int) {
		byRule[fd.Rule] += n
		if worst == nil || fd.Level() > worst.Level() {
			worst = fd
		}
		if first == nil || fd.Offset < first.Offset || fd.Offset == first.Offset && fd.Rule < first.Rule {
			first = fd
		}
	}
	for i := range rest {
		consider(&rest[i], 1)
	}
	for _, u := range over {
		consider(&u.first, u.count)
	}
	total := 0
	ids := make([]string, 0, len(byRule))
	for id, n := range byRule {
		ids = append(ids, id)
		total += n
	}
	sort.Slice(ids, func(i, j int) bool {
		return byRule[ids[i]] > byRule[ids[j]] || byRule[ids[i]] == byRule[ids[j]] && ids[i] < ids[j]
	})
	parts := make([]string, len(ids))
	counts := map[string]any{}
	for i, id := range ids {
		parts[i] = fmt.Sprintf("%s %d", id, byRule[id])
		counts[id] = byRule[id]
	}
	s := document.Span{Offset: first.Offset, EndOffset: first.EndOffset, Line: first.Line, Column: first.Column, EndLine: first.EndLine, EndColumn: first.EndColumn}
	sum := engineFinding(doc.Path, "too-many-findings",
		s, fmt.Sprintf("%d more findings from here on are not listed (%s): this file reached the limit of %d findings", total, strings.Join(parts, ", "), limit),
		"fix the findings listed, or raise limits.max_findings in .newslint.toml (--max-findings) to see them all")
	sum.Title = p.byID[sum.Rule].Title
	sum.Severity = worst.Severity
	sum.Evidence = map[string]any{"not_listed": counts, "limit": limit}
	sum.Snippet = doc.Snippet(document.Span{Offset: first.Offset, EndOffset: first.EndOffset})
	sum.SourceLine, sum.SourceFrom, sum.SourceMore = doc.Excerpt(document.Span{Offset: first.Offset, Line: first.Line})
	out := append(fds[:min(limit, len(fds)):min(limit, len(fds))], own...)
	return append(out, sum)
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
	if rep, ok := r.Extra["replacement"].(string); ok && exactSpan(doc, r.Span) {
		fd.Edit = &rep
		if doc.Encoding == "" {
			fd.Replacement = &rep
		}
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
// real place inside the file. (A page transcoded from UTF-16 or a legacy
// charset has no byte-exact UTF-8 replacement: it gets an Edit only.)
func exactSpan(doc *document.Document, s policy.Span) bool {
	return s.Line > 0 && 0 <= s.Offset && s.Offset <= s.EndOffset && s.EndOffset <= doc.Lines.SourceOffset(len(doc.Buf))
}

// Input is one file to lint.
type Input = input.File

// Expand turns command-line paths into files (input.Lister.Expand) with
// the configuration's extensions and ignore patterns.
func (p *Prepared) Expand(paths []string, stdinName string) ([]Input, []report.InputError) {
	return p.lister.Expand(paths, stdinName)
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
// an error and the others are still linted. It holds the whole run: to
// write reports as files are done, use LintEach.
func (p *Prepared) LintInputs(ctx context.Context, inputs []Input, stdin io.Reader) *report.Result {
	res := &report.Result{}
	sorted := slices.Clone(inputs)
	SortInputs(sorted)
	p.LintEach(ctx, sorted, stdin, func(r FileResult) {
		if r.Err != nil {
			res.Errors = append(res.Errors, *r.Err)
			return
		}
		res.Files = append(res.Files, r.File)
		res.Findings = append(res.Findings, r.Findings...)
	})
	res.Sort()
	return res
}

func (p *Prepared) lintInput(ctx context.Context, in Input, stdin io.Reader, mem *memoryLimit) FileResult {
	data, err := p.ReadInput(in, stdin)
	if err != nil {
		return FileResult{Err: input.ReadError(in.Display, err)}
	}
	if mem == nil {
		return p.LintBytes(ctx, in.Display, in.Format, data)
	}
	budget := p.FileBudget(len(data))
	if len(data) >= hugeFrom {
		readyHuge(int(min(BudgetPerByte*int64(len(data)), budget)))
	}
	fm := mem.file(len(data), budget)
	defer fm.done()
	return p.lintBytes(ctx, in.Display, in.Format, data, fm.grew)
}

// ReadInput reads an input (stdin from stdin, os.Stdin when nil) within the
// size limit. Files are opened read-only.
func (p *Prepared) ReadInput(in Input, stdin io.Reader) ([]byte, error) {
	if in.Stdin {
		if stdin == nil {
			stdin = os.Stdin
		}
		return p.readLimited(stdin, in.Display, 0)
	}
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// A pipe or device got here only by being named (the walk skips them,
	// as opening a FIFO nobody writes to blocks): it is streamed, within
	// the limit, so that `newslint lint <(curl ...)` works.
	var size int64
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		if size = st.Size(); size > p.limits.MaxFileSize {
			return nil, p.tooLarge(in.Display, size)
		}
	}
	return p.readLimited(f, in.Display, size)
}

// readLimited reads r up to the file size limit; more is an error naming
// path.
func (p *Prepared) readLimited(r io.Reader, path string, size int64) ([]byte, error) {
	// A file's size, when known, is the buffer's (and a byte to see the
	// end without growing it): io.ReadAll grows from 512 bytes by copies.
	data := make([]byte, 0, max(size+1, 512))
	lr := io.LimitReader(r, p.limits.MaxFileSize+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(data)) > p.limits.MaxFileSize {
		return nil, p.tooLarge(path, -1)
	}
	return data, nil
}

func (p *Prepared) tooLarge(path string, size int64) error {
	what := "more than"
	if size >= 0 {
		what = formatSize(size) + ", over"
	}
	return &document.Error{Path: path, Msg: fmt.Sprintf("file is %s the limit of %s; not read (raise limits.max_file_size in .newslint.toml or --max-file-size)", what, formatSize(p.limits.MaxFileSize))}
}

// formatSize writes a byte count as people read it: 50 MB, 1.5 KB, 900 bytes.
func formatSize(n int64) string {
	switch {
	case n >= 1<<30:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/(1<<30)), ".0") + " GB"
	case n >= 1<<20:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/(1<<20)), ".0") + " MB"
	case n >= 1<<10:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/(1<<10)), ".0") + " KB"
	}
	return fmt.Sprintf("%d bytes", n)
}

// StdinName is how stdin is reported without --stdin-filename.
const StdinName = input.StdinName

// SortInputs orders inputs as reports list files: by displayed path, the
// order of equal paths kept.
func SortInputs(inputs []Input) {
	sort.SliceStable(inputs, func(i, j int) bool { return inputs[i].Display < inputs[j].Display })
}

// LintEach lints inputs on p's jobs and hands each file's result to fn, one
// at a time, in the order of inputs, whatever the number of jobs: results
// that finish early wait for the ones before them, and the workers stop
// taking new files while too many wait, so that a run of any length holds
// a handful of results at once. fn runs on the calling goroutine; a file
// that cannot be read comes as a result with Err set. The findings of a
// result are in the order the engine made them (report.SortFindings
// orders them as reports do).
func (p *Prepared) LintEach(ctx context.Context, inputs []Input, stdin io.Reader, fn func(FileResult)) {
	jobs := min(p.jobs, max(len(inputs), 1))
	var mem *memoryLimit
	if p.manageMemory {
		mem = newMemoryLimit()
		defer mem.done()
	}
	type done struct {
		at int
		r  FileResult
	}
	// A slot is taken when a file is handed out and given back when its
	// result has gone to fn: at most window files are being linted or wait.
	window := 4 * max(jobs, 1)
	slots := make(chan struct{}, window)
	work := make(chan int)
	results := make(chan done, window)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results <- done{i, p.lintInput(ctx, inputs[i], stdin, mem)}
			}
		}()
	}
	go func() {
		for i := range inputs {
			slots <- struct{}{}
			work <- i
		}
		close(work)
		wg.Wait()
		close(results)
	}()
	// Files are handed out in order, so the next one to report is always
	// among those being linted: waiting for it cannot deadlock.
	pending := map[int]FileResult{}
	next := 0
	for d := range results {
		pending[d.at] = d.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			fn(r)
			<-slots
		}
	}
}

// memoryLimit keeps Go's soft memory limit at what the process uses at
// rest plus what the files being linted are expected to use, so that the
// heap stays near what is in use instead of growing to twice it between
// collections: a run's peak memory is then about its files' needs. Set by
// WithManagedMemory; the limit is lifted when the run ends.
type memoryLimit struct {
	mu       sync.Mutex
	rest     int64
	reserved int64
	set      int64 // the limit last set
	// floor is what the files' share of the limit is kept at, at least,
	// while a file's memory outgrows what it reserved; tight counts the
	// collections in a row that left little room (watchLive).
	floor, tight int64
	ended        bool
}

// slack covers what is not charged to a file: the report, the runtime
// (20 MB keeps a run of 50,000 short articles under 100 MB; 32 MB held
// about 10 MB more for 3 % less CPU).
// The files' share is rounded up to a step, at least one: each change of
// the limit makes the runtime plan its collections again and return memory
// to the system, which, file after small file, cost more CPU than the
// collections themselves; small files leave it alone.
const (
	slack = 20 << 20
	step  = 16 << 20
)

func newMemoryLimit() *memoryLimit {
	// What start-up left free goes back to the system first: counted as
	// in use, it would let the heap grow by as much again.
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	l := &memoryLimit{rest: int64(m.Sys - m.HeapReleased)}
	l.watchLive()
	return l
}

func (l *memoryLimit) add(n int64) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reserved += n
	if n < 0 {
		l.floor = 0 // a file is done: its memory is no longer live
	}
	l.apply()
}

// apply sets the limit for what is reserved, and not under floor.
func (l *memoryLimit) apply() {
	limit := l.rest + slack + max(step, (l.reserved+step-1)/step*step, l.floor)
	if limit != l.set {
		debug.SetMemoryLimit(limit)
		l.set = limit
	}
}

// heapMetrics are the heap the last collection found in use and the
// size the heap may grow to before the next one.
var heapMetrics = []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/goal:bytes"}}

// watchLive raises the limit when two collections in a row leave less
// than a sixteenth of room above what is live, to an eighth: the
// estimates a file reserves by can fall short of its real peak (its
// findings are not in them: a page with a wrong weekday in every
// paragraph), and the runtime's own memory grows with the heap, so that a
// limit just above what is live makes the collector run back to back, up
// to half of the CPU. The raise holds until a file is done. It runs after
// every collection until the run ends; a file that leaves the collector
// room keeps the limit it reserved.
func (l *memoryLimit) watchLive() {
	sentinel := &struct {
		_ *byte
		_ int64
	}{}
	runtime.AddCleanup(sentinel, func(l *memoryLimit) {
		s := slices.Clone(heapMetrics)
		metrics.Read(s)
		if s[0].Value.Kind() == metrics.KindUint64 && s[1].Value.Kind() == metrics.KindUint64 {
			l.collected(int64(s[0].Value.Uint64()), int64(s[1].Value.Uint64()))
		}
		if !l.hasEnded() {
			l.watchLive()
		}
	}, l)
}

// collected is told what a collection left live and the heap's next goal.
func (l *memoryLimit) collected(live, goal int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ended {
		return
	}
	if goal-live >= live/16 {
		l.tight = 0
		return
	}
	if l.tight++; l.tight >= 2 {
		// The goal moves with the limit, byte for byte.
		l.floor = max(l.floor, l.set-l.rest-slack+live+live/8-goal)
		l.apply()
	}
}

func (l *memoryLimit) hasEnded() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.ended
}

// hugeFrom is the size from which a file's heap may be readied for huge
// pages (see hugepages.Ready, which leaves a heap that has held as much
// before) when the process's memory is newslint's: one collection, to
// save a fault for every 4 KB the file's facts and rules fill (20 MB of
// prose: from 240,000–380,000 faults to 20,000–50,000).
const hugeFrom = 1 << 20

// readyHuge is hugepages.Ready (tests put a stand-in here).
var readyHuge = hugepages.Ready

// readCost is what reading a file holds per byte before its blocks are
// charged (the parser's tree, the working buffer): about 10 bytes a byte
// on long Markdown prose, with room to spare.
const readCost = 16

// shortFile is what the limit holds for a short file at least: the rules'
// working memory on a news article. Its budget (BudgetFloor) is a ceiling,
// not an estimate: held for each of many small files, it would leave the
// heap free to grow to twice what is in use.
const shortFile = 4 << 20

// fileMemory is what the limit holds for one file: its bytes and the
// larger of shortFile, what reading it takes and what its budget has
// charged so far, never more than its whole budget. A file's budget
// estimates its peak (document.CostBlock and the rest), so the limit
// follows the file as its facts are made; holding the whole budget from
// the start let the heap of a long page grow to it (4 MB of novel prose:
// a 300 MB peak for at most 160 MB live).
type fileMemory struct {
	l                    *memoryLimit
	size, most, reserved int64
}

func (l *memoryLimit) file(size int, budget int64) *fileMemory {
	f := &fileMemory{l: l, size: int64(size), most: int64(size) + budget}
	f.grew(0)
	return f
}

// grew holds room for a budget that has charged used bytes, and a
// quarter more: the estimates are close to the peak, and a collector with
// no room above what is live runs back to back (with an eighth, 20 MB of
// novel prose spent its rules' time at the limit: 38 collections of 650
// MB live, a quarter more CPU, for the same peak).
func (f *fileMemory) grew(used int64) {
	want := min(f.size+max(shortFile, readCost*f.size, used+used/4), f.most)
	if want > f.reserved {
		f.l.add(want - f.reserved)
		f.reserved = want
	}
}

func (f *fileMemory) done() { f.l.add(-f.reserved) }

func (l *memoryLimit) done() {
	if l != nil {
		l.mu.Lock()
		l.ended = true
		l.mu.Unlock()
		debug.SetMemoryLimit(math.MaxInt64)
	}
}
