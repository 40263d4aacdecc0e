// Package fix applies the exact replacements findings carry to the bytes
// of the file they were found in, and shows the change as a unified diff.
// It knows nothing of rules: the caller picks the findings that are safe to
// apply.
package fix

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/report"
)

// Edit replaces the file bytes [Offset, EndOffset) with Text.
type Edit struct {
	Offset, EndOffset int
	Text              string
	// Rule and Line say where the edit came from, for messages.
	Rule string
	Line int
}

// Skipped is an edit that was not applied, and why.
type Skipped struct {
	Edit   Edit
	Reason string
}

// Edits are the replacements of the findings, in file order.
func Edits(findings []report.Finding) []Edit {
	var out []Edit
	for _, f := range findings {
		if f.Edit == nil {
			continue
		}
		out = append(out, Edit{Offset: f.Offset, EndOffset: f.EndOffset, Text: *f.Edit, Rule: f.Rule, Line: f.Line})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Offset != out[j].Offset {
			return out[i].Offset < out[j].Offset
		}
		return out[i].EndOffset < out[j].EndOffset
	})
	return out
}

// Apply applies the edits to the file doc was read from (src, its bytes).
// An edit is skipped when it overlaps an earlier one, when its span holds
// markup (it could cut a tag or an emphasis in two), when it changes
// nothing, or when the file's
// encoding cannot hold its text. Bytes outside the applied edits are
// copied as they are.
func Apply(doc *document.Document, src []byte, edits []Edit) (out []byte, applied []Edit, skipped []Skipped) {
	end := 0
	var b bytes.Buffer
	for _, e := range edits {
		switch {
		case e.Offset < end:
			skipped = append(skipped, Skipped{e, "overlaps an earlier fix"})
			continue
		case e.Offset < 0 || e.EndOffset > len(src) || e.Offset > e.EndOffset:
			skipped = append(skipped, Skipped{e, "its span is outside the file"})
			continue
		case holdsMarkup(doc.Format, doc.Snippet(document.Span{Offset: e.Offset, EndOffset: e.EndOffset})):
			skipped = append(skipped, Skipped{e, "its span holds markup"})
			continue
		}
		if e.Text == "" && doc.Encoding == "" {
			e.EndOffset = wholeLines(src, e.Offset, e.EndOffset)
		}
		text, err := doc.Encode(e.Text)
		if err != nil {
			skipped = append(skipped, Skipped{e, err.Error()})
			continue
		}
		if bytes.Equal(text, src[e.Offset:e.EndOffset]) {
			continue
		}
		b.Write(src[end:e.Offset])
		b.Write(text)
		end = e.EndOffset
		applied = append(applied, e)
	}
	if len(applied) == 0 {
		return src, nil, skipped
	}
	b.Write(src[end:])
	return b.Bytes(), applied, skipped
}

// wholeLines extends a deletion that spans whole lines over their line
// break, and over the blank line after it when one comes before it too, so
// that removing a paragraph leaves one blank line between its neighbours,
// not three.
func wholeLines(src []byte, from, to int) int {
	atStart := from == 0 || src[from-1] == '\n' || src[from-1] == '\r'
	if !atStart {
		return to
	}
	next := lineBreak(src, to)
	if next == to {
		return to
	}
	blankBefore := from == 0 || from >= 2 && (src[from-2] == '\n' || src[from-2] == '\r')
	if after := lineBreak(src, next); blankBefore && after > next {
		return after
	}
	return next
}

// lineBreak returns the offset after the line break at i, or i when there
// is none there.
func lineBreak(src []byte, i int) int {
	switch {
	case i < len(src) && src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
		return i + 2
	case i < len(src) && (src[i] == '\n' || src[i] == '\r'):
		return i + 1
	}
	return i
}

// holdsMarkup reports whether source text holds markup that a replacement
// would have to reproduce.
func holdsMarkup(f document.Format, raw string) bool {
	switch f {
	case document.HTML:
		return bytes.ContainsAny([]byte(raw), "<&")
	case document.Markdown:
		return bytes.ContainsAny([]byte(raw), "*_`[]<\\")
	}
	return false
}

// ReadBack reads the fixed bytes as the file they will become, so that a
// file is written only when it reads back exactly: no byte turned into
// U+FFFD, nothing the reader refuses.
func ReadBack(path string, format document.Format, fixed []byte) (*document.Document, error) {
	doc, err := document.Read(path, fixed, format)
	if err != nil {
		return nil, err
	}
	if !doc.Exact() {
		return nil, fmt.Errorf("the fixed file would not read back exactly")
	}
	return doc, nil
}
