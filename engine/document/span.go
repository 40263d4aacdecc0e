package document

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Span locates a piece of text in the source file. Offsets are 0-based bytes
// into the file as read (end exclusive); lines and columns are 1-based, columns
// count Unicode code points and EndColumn is exclusive, as in SARIF.
type Span struct {
	Offset    int `json:"offset"`
	EndOffset int `json:"end_offset"`
	Line      int `json:"line"`
	Column    int `json:"column"`
	EndLine   int `json:"end_line"`
	EndColumn int `json:"end_column"`
}

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.EndOffset <= s.Offset }

// LineIndex turns offsets in the working buffer into spans. The working buffer
// is the file transcoded to UTF-8; toSource maps its offsets back to the bytes
// of the file when they differ (a non-UTF-8 HTML page).
type LineIndex struct {
	buf    []byte
	starts []int // offset of the first byte of each line
	// runes[k] counts the code points in buf[:k*checkpoint], so that a
	// column on a long line costs no more than a short scan.
	runes    []int
	toSource []int // nil when the working buffer is the file
	bom      int   // bytes of a leading byte-order mark, not counted as a column
	// stray holds, in order, the continuation bytes that belong to no valid
	// sequence: each is a character of its own (as utf8.RuneCount counts
	// it), which the count of non-continuation bytes misses. Empty for
	// valid UTF-8.
	stray []int
}

// NewLineIndex indexes buf. A leading UTF-8 byte-order mark is not counted as
// a column, as editors do not show it.
func NewLineIndex(buf []byte) *LineIndex {
	// Sized up front: a file of short lines would otherwise leave the
	// slack of append's doubling.
	starts := make([]int, 1, bytes.Count(buf, []byte{'\n'})+1)
	li := &LineIndex{buf: buf, starts: starts}
	if len(buf) >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF {
		li.bom = 3
	}
	if !utf8.Valid(buf) {
		li.stray = strayContinuations(buf)
	}
	li.runes = make([]int, 0, len(buf)/checkpoint+1)
	n := 0
	for i, b := range buf {
		if i%checkpoint == 0 {
			li.runes = append(li.runes, n)
		}
		if b&0xC0 != 0x80 {
			n++
		}
		if b == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

const checkpoint = 256

// strayContinuations lists the continuation bytes that utf8.DecodeRune reads
// as an invalid byte of their own.
func strayContinuations(buf []byte) []int {
	var out []int
	for i := 0; i < len(buf); {
		r, size := utf8.DecodeRune(buf[i:])
		if r == utf8.RuneError && size == 1 && buf[i]&0xC0 == 0x80 {
			out = append(out, i)
		}
		i += size
	}
	return out
}

// runesBefore counts the characters in buf[:off]: the bytes that do not
// continue a multi-byte sequence, and the stray continuation bytes.
func (li *LineIndex) runesBefore(off int) int {
	if len(li.stray) > 0 {
		return li.validRunesBefore(off) + sort.SearchInts(li.stray, off)
	}
	return li.validRunesBefore(off)
}

func (li *LineIndex) validRunesBefore(off int) int {
	k := off / checkpoint
	if k >= len(li.runes) {
		k = len(li.runes) - 1
	}
	if k < 0 {
		return 0
	}
	n := li.runes[k]
	for _, b := range li.buf[k*checkpoint : off] {
		if b&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// Lines returns the number of lines.
func (li *LineIndex) Lines() int { return len(li.starts) }

// Position returns the 1-based line and code-point column of offset off.
func (li *LineIndex) Position(off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(li.buf) {
		off = len(li.buf)
	}
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	start := li.starts[i]
	if i == 0 && li.bom > 0 && off >= li.bom {
		start = li.bom
	}
	if start > off {
		start = off
	}
	return i + 1, li.runesBefore(off) - li.runesBefore(start) + 1
}

// Span builds the span of the working-buffer range [start, end).
func (li *LineIndex) Span(start, end int) Span {
	if end < start {
		end = start
	}
	l, c := li.Position(start)
	el, ec := li.Position(end)
	return Span{Offset: li.SourceOffset(start), EndOffset: li.SourceOffset(end),
		Line: l, Column: c, EndLine: el, EndColumn: ec}
}

// SourceOffset maps a working-buffer offset to a byte offset in the file.
func (li *LineIndex) SourceOffset(off int) int {
	if li.toSource == nil {
		return off
	}
	if off >= len(li.toSource) {
		return li.toSource[len(li.toSource)-1]
	}
	return li.toSource[off]
}

// LineText returns the text of 1-based line n without its line ending.
func (li *LineIndex) LineText(n int) string {
	if n < 1 || n > len(li.starts) {
		return ""
	}
	start := li.starts[n-1]
	if n == 1 {
		start = li.bom
	}
	end := len(li.buf)
	if n < len(li.starts) {
		end = li.starts[n] - 1
	}
	if end > start && li.buf[end-1] == '\r' {
		end--
	}
	if end < start {
		return ""
	}
	return validString(li.buf[start:end])
}
