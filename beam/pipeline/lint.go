package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/report"
)

// Linted is the outcome of one article, its outputs already encoded: the
// findings as JSON Lines in the order newslint lint lists them, the file's
// record (format, date and where the date came from), or the error record
// of an article that could not be linted.
type Linted struct {
	Path     string
	Site     string
	Findings string // one JSON finding per line, each ending in a newline
	File     string // JSON of report.File; "" when not linted
	Error    string // JSON of report.InputError; "" when linted
	Tally    []Tally
}

// Tally counts a file's findings of one rule at one severity.
type Tally struct {
	Rule     string
	Severity string
	N        int
}

// lint lints one article. Nothing it meets stops the pipeline: an article
// that cannot be read or linted, even one that makes the engine panic,
// becomes an error record.
func lint(ctx context.Context, p *engine.Prepared, maxSize int64, a Article) (out Linted) {
	out = Linted{Path: a.Path, Site: a.Site}
	defer func() {
		if r := recover(); r != nil {
			out = failed(a, fmt.Sprintf("internal error while linting: %v\n%s", r, debug.Stack()))
		}
	}()
	if a.Err != "" {
		return failed(a, a.Err)
	}
	var res engine.FileResult
	switch {
	case a.Local != "":
		// The CLI's own reading: size limit, encodings, and the same
		// messages for a file that cannot be read.
		r := p.LintInputs(ctx, []engine.Input{{Path: a.Local, Display: a.Path, Format: document.Format(a.Format)}}, nil)
		if len(r.Errors) > 0 {
			e := r.Errors[0]
			res.Err = &e
		} else if len(r.Files) > 0 {
			res.File, res.Findings = r.Files[0], r.Findings
		}
	case a.Remote != "":
		content, err := readRemote(ctx, a.Remote, maxSize)
		if err != nil {
			return failed(a, err.Error())
		}
		res = p.LintBytes(ctx, a.Path, document.Format(a.Format), content)
	default:
		q := p
		if a.Date != "" {
			var err error
			if q, err = p.Override(engine.Overrides{Date: a.Date}); err != nil {
				return failed(a, err.Error())
			}
		}
		res = q.LintBytes(ctx, a.Path, document.Format(a.Format), []byte(a.Content))
	}
	if res.Err != nil {
		out.Error = encode(res.Err)
		return out
	}
	out.File = encode(res.File)
	report.SortFindings(res.Findings)
	var b strings.Builder
	tally := map[[2]string]int{}
	var order [][2]string
	for _, fd := range res.Findings {
		b.WriteString(encode(fd))
		b.WriteByte('\n')
		k := [2]string{fd.Rule, fd.Severity}
		if tally[k] == 0 {
			order = append(order, k)
		}
		tally[k]++
	}
	out.Findings = b.String()
	for _, k := range order {
		out.Tally = append(out.Tally, Tally{Rule: k[0], Severity: k[1], N: tally[k]})
	}
	return out
}

func failed(a Article, msg string) Linted {
	return Linted{Path: a.Path, Site: a.Site, Error: encode(report.InputError{Path: a.Path, Message: msg})}
}

// encode writes v as newslint's JSON report does (no HTML escaping), on one
// line.
func encode(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // findings and files are plain data
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// readRemote reads a file of a Beam file system within the size limit.
func readRemote(ctx context.Context, name string, limit int64) ([]byte, error) {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	if size, err := fsys.Size(ctx, name); err == nil && size > limit {
		return nil, fmt.Errorf("file is %d bytes, over the limit of %d; not read (raise limits.max_file_size or --max-file-size)", size, limit)
	}
	r, err := fsys.OpenRead(ctx, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("file is over the limit of %d bytes; not read (raise limits.max_file_size or --max-file-size)", limit)
	}
	return data, nil
}

// lintFn lints articles with a linter prepared once per worker process
// (Setup). Jobs > 1 lints that many articles of a bundle at once, for
// runners that run a whole stage as one bundle (Prism): results are still
// emitted in input order, from the bundle's own goroutine, and at most
// 2×Jobs articles are held at a time.
type lintFn struct {
	Settings Settings
	Jobs     int

	p       *engine.Prepared
	maxSize int64
	pending []chan Linted
	slots   chan struct{}
}

func (f *lintFn) Setup(ctx context.Context) error {
	var err error
	if f.p, err = f.Settings.prepareOnce(ctx); err != nil {
		return err
	}
	if f.maxSize, err = f.Settings.maxFileSize(); err != nil {
		return err
	}
	if f.Jobs > 1 {
		f.slots = make(chan struct{}, f.Jobs)
	}
	return nil
}

func (f *lintFn) ProcessElement(ctx context.Context, a Article, emit func(Linted)) {
	if f.Jobs <= 1 {
		emit(lint(ctx, f.p, f.maxSize, a))
		return
	}
	done := make(chan Linted, 1)
	f.pending = append(f.pending, done)
	f.slots <- struct{}{}
	go func() {
		defer func() { <-f.slots }()
		done <- lint(ctx, f.p, f.maxSize, a)
	}()
	// Emit what is finished at the head; wait for the head when too many
	// are held.
	for len(f.pending) > 0 {
		select {
		case r := <-f.pending[0]:
			emit(r)
			f.pending = f.pending[1:]
			continue
		default:
		}
		if len(f.pending) < 2*f.Jobs {
			return
		}
		emit(<-f.pending[0])
		f.pending = f.pending[1:]
	}
}

func (f *lintFn) FinishBundle(emit func(Linted)) {
	for _, done := range f.pending {
		emit(<-done)
	}
	f.pending = nil
}
