package report

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// bigResult is a run of many files: some clean, some with findings that
// carry evidence, text that needs escaping in every format, multi-byte
// characters, a fix; and unreadable files among them.
func bigResult(files int) *Result {
	r := &Result{}
	for i := range files {
		path := fmt.Sprintf("site/section %d/story-%04d.md", i%7, i)
		if i%97 == 13 {
			r.Errors = append(r.Errors, InputError{Path: path, Message: "permission denied"})
			continue
		}
		r.Files = append(r.Files, File{Path: path, Format: "markdown", Date: "2025-03-0" + fmt.Sprint(1+i%9), DateSource: "metadata"})
		for j := range i % 4 {
			f := Finding{Rule: []string{"stale-officeholder", "duplicate-title", "markup-leak"}[j%3], Category: "quality",
				Severity: []string{"error", "warning", "info"}[(i+j)%3], Message: fmt.Sprintf("finding %d in <%s> & \"quoted\" — é", j, path),
				Path: path, Line: 3 + j, Column: 1 + j, EndLine: 3 + j, EndColumn: 9 + j, Offset: 40 * j, EndOffset: 40*j + 8, Snippet: "Premier ministre"}
			if j == 1 {
				f.Evidence = map[string]any{"held_by": "Ana Ruiz", "from": "2024-01-02", "terms": []any{"a", 2.5}}
				f.Replacement = ptr("the former minister")
				f.Suggestion = "say former"
			}
			r.Findings = append(r.Findings, f)
		}
	}
	r.Sort()
	return r
}

// TestJSONStreamIsTheDocument: the JSON written a file at a time is the
// document encoding/json writes for the whole result, byte for byte.
func TestJSONStreamIsTheDocument(t *testing.T) {
	for name, r := range map[string]*Result{"sample": sampleResult(), "empty": {}, "big": bigResult(400), "no errors": {Files: bigResult(5).Files}} {
		var whole, streamed bytes.Buffer
		if err := (JSON{}).Report(&whole, r); err != nil {
			t.Fatal(err)
		}
		s, err := NewStream("json", Options{}, &streamed)
		if err != nil {
			t.Fatal(err)
		}
		if err := writeAll(s, r); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(whole.Bytes(), streamed.Bytes()) {
			t.Errorf("%s: streamed JSON differs\n--- streamed\n%s\n--- whole\n%s", name, streamed.String(), whole.String())
		}
	}
}

// TestSpooledReportsAreTheSame: a report whose spooled parts moved to a
// temporary file reads the same as one kept in memory.
func TestSpooledReportsAreTheSame(t *testing.T) {
	r := bigResult(300)
	o := sampleOptions()
	o.ReadSource = func(path string) (string, error) { return "Premier ministre said so.\nAnd again on line two.\n", nil }
	inMemory := map[string][]byte{}
	for _, format := range FormatNames() {
		inMemory[format] = render(t, format, o, r)
	}
	defer func(n int) { spoolMemory = n }(spoolMemory)
	spoolMemory = 512
	for _, format := range FormatNames() {
		if got := render(t, format, o, r); !bytes.Equal(got, inMemory[format]) {
			t.Errorf("%s: the report differs when its spool is on disk", format)
		}
	}
}

// TestStreamsKeepLittle writes 2,000 files of findings with long texts of
// their own (about 50 MB of findings) through every format and checks what
// the stream still holds before it closes: a few MB, not the findings.
func TestStreamsKeepLittle(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 2,000 files through every format")
	}
	long := strings.Repeat("a long message about the article ", 120)
	defer func(n int) { spoolMemory = n }(spoolMemory)
	spoolMemory = 64 << 10
	for _, format := range FormatNames() {
		t.Run(format, func(t *testing.T) {
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			s, err := NewStream(format, sampleOptions(), io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			var sum Summary
			for i := range 2000 {
				path := fmt.Sprintf("site/story-%05d.md", i)
				fds := make([]Finding, 3)
				for j := range fds {
					text := path + long // a text of its own, as each finding has
					fds[j] = Finding{Rule: "duplicate-title", Severity: "warning", Message: text, Path: path, Line: 1 + j, Column: 1, EndLine: 1 + j, EndColumn: 5,
						Snippet: text[4:], SourceLine: text[8:], Evidence: map[string]any{"text": text[2:]}}
				}
				if err := s.File(File{Path: path, Date: "2025-01-02", DateSource: "metadata"}, fds); err != nil {
					t.Fatal(err)
				}
				sum.Files++
				sum.Warnings += len(fds)
			}
			runtime.GC()
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
			if held > 12<<20 {
				t.Errorf("the %s stream holds %d MB after 2,000 files", format, held>>20)
			}
			if err := s.Close(sum); err != nil {
				t.Fatal(err)
			}
		})
	}
}
