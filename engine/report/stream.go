package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// Stream writes one report while a run goes on, so that a run of any
// number of files holds one file's findings at a time: File for each
// linted file in the order of the report, Error for each file that could
// not be linted, then Close with the run's counts. A stream keeps from one
// file to the next only what its format needs at the end (the JSON files
// list, SARIF's results until the invocation is known, JUnit's totals,
// the HTML page's side list), and keeps it in a temporary file once it
// grows (see spool). Errors may come at any point; formats that list them
// in one place sort them by path, as Result.Sort does.
type Stream interface {
	File(f File, findings []Finding) error
	Error(e InputError) error
	Close(s Summary) error
}

// Streamer is a format that can write as the run goes.
type Streamer interface {
	Stream(w io.Writer) Stream
}

// NewStream returns the stream of a format name writing to w.
func NewStream(format string, o Options, w io.Writer) (Stream, error) {
	rep, err := New(format, o)
	if err != nil {
		return nil, err
	}
	st, ok := rep.(Streamer)
	if !ok {
		return nil, fmt.Errorf("format %q cannot stream", format)
	}
	return st.Stream(w), nil
}

// writeAll writes a whole result through a stream: its errors, then every
// listed file with the findings on its path (in the result's order), then
// the findings of paths no file lists, each such path as a file.
func writeAll(s Stream, r *Result) error {
	for _, e := range r.Errors {
		if err := s.Error(e); err != nil {
			return err
		}
	}
	found := map[string][]Finding{}
	for _, f := range r.Findings {
		found[f.Path] = append(found[f.Path], f)
	}
	seen := map[string]bool{}
	for _, f := range r.Files {
		var fds []Finding
		if !seen[f.Path] {
			seen[f.Path] = true
			fds = found[f.Path]
		}
		if err := s.File(f, fds); err != nil {
			return err
		}
	}
	var extra []string
	for p := range found {
		if !seen[p] {
			extra = append(extra, p)
		}
	}
	sort.Strings(extra)
	for _, p := range extra {
		if err := s.File(File{Path: p}, found[p]); err != nil {
			return err
		}
	}
	return s.Close(r.Summary())
}

// sortErrors orders input errors by path, keeping the order of equals.
func sortErrors(errs []InputError) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
}

// jsonIndented returns v as json.Encoder with two-space indentation writes
// it at depth levels of nesting (without the final newline), so that
// parts written one by one read exactly as the whole document encoded at
// once.
func jsonIndented(v any, depth int) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	prefix := ""
	for range depth {
		prefix += "  "
	}
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// jsonArray writes the elements of a JSON array at depth one by one.
type jsonArray struct {
	w     io.Writer
	depth int
	n     int
}

func (a *jsonArray) add(v any) error {
	b, err := jsonIndented(v, a.depth+1)
	if err != nil {
		return err
	}
	sep := ",\n"
	if a.n == 0 {
		sep = "\n"
	}
	a.n++
	if _, err := io.WriteString(a.w, sep+indent(a.depth+1)); err != nil {
		return err
	}
	_, err = a.w.Write(b)
	return err
}

// end closes the array: "[]" when empty, as encoding/json writes it.
func (a *jsonArray) end() string {
	if a.n == 0 {
		return "]"
	}
	return "\n" + indent(a.depth) + "]"
}

func indent(depth int) string {
	s := ""
	for range depth {
		s += "  "
	}
	return s
}

// jsonStream writes the JSON document of NewDocument, byte for byte, a
// file at a time: findings as they come, the files list spooled (it
// follows the findings), errors kept until the end.
type jsonStream struct {
	w        *bufio.Writer
	findings jsonArray
	files    spool
	fileList jsonArray
	errs     []InputError
	err      error
}

// Stream implements Streamer.
func (JSON) Stream(w io.Writer) Stream {
	s := &jsonStream{w: bufio.NewWriter(w)}
	s.findings = jsonArray{w: s.w, depth: 1}
	s.fileList = jsonArray{w: &s.files, depth: 1}
	_, s.err = s.w.WriteString("{\n  \"version\": 1,\n  \"findings\": [")
	return s
}

func (s *jsonStream) File(f File, fds []Finding) error {
	for i := range fds {
		if s.err == nil {
			s.err = s.findings.add(&fds[i])
		}
	}
	if s.err == nil {
		s.err = s.fileList.add(f)
	}
	return s.err
}

func (s *jsonStream) Error(e InputError) error {
	s.errs = append(s.errs, e)
	return s.err
}

func (s *jsonStream) Close(sum Summary) error {
	defer s.files.Close()
	if s.err != nil {
		return s.err
	}
	s.w.WriteString(s.findings.end() + ",\n  \"files\": [")
	if err := s.files.copyTo(s.w); err != nil {
		return err
	}
	s.w.WriteString(s.fileList.end() + ",\n")
	if len(s.errs) > 0 {
		sortErrors(s.errs)
		b, err := jsonIndented(s.errs, 1)
		if err != nil {
			return err
		}
		s.w.WriteString("  \"errors\": ")
		s.w.Write(b)
		s.w.WriteString(",\n")
	}
	b, err := jsonIndented(sum, 1)
	if err != nil {
		return err
	}
	s.w.WriteString("  \"summary\": ")
	s.w.Write(b)
	s.w.WriteString("\n}\n")
	return s.w.Flush()
}
