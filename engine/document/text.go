package document

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text is prose extracted from a block together with a map from each of its
// byte offsets back to the working buffer. Markup, entities and collapsed
// white space make the prose differ from the source; the map keeps every
// position exact without re-searching the source.
type Text struct {
	S    string
	runs []run
}

// A run maps text[t:t+n] to buf[src:srcEnd]. An exact run maps byte for
// byte (srcEnd-src == n): a verbatim copy, in which a single white-space
// byte of the source may read as a plain space; a replaced run (an entity,
// a collapsed run of white space) maps as a whole. Offsets are 32-bit: a
// run costs 20 bytes, and files are far below 2 GB (engine limits).
type run struct {
	t, n        int32
	src, srcEnd int32
	exact       bool
}

// Source is where byte i of the text comes from in the working buffer.
func (t *Text) Source(i int) int {
	s, _ := t.Range(i, i)
	return s
}

// start is where the text starts in the working buffer.
func (t *Text) start() int {
	if len(t.runs) == 0 {
		return 0
	}
	return int(t.runs[0].src)
}

// Range maps the text range [a, b) to the working-buffer range it came from.
func (t *Text) Range(a, b int) (start, end int) {
	if len(t.runs) == 0 {
		return 0, 0
	}
	if b < a {
		b = a
	}
	start = t.srcAt(a, false)
	if b == a {
		return start, start
	}
	end = t.srcAt(b-1, true)
	return start, end
}

// srcAt maps text offset i to the start of its source (or, with after, to the
// end of the source of the byte at i).
func (t *Text) srcAt(i int, after bool) int {
	k := sort.Search(len(t.runs), func(k int) bool { return int(t.runs[k].t+t.runs[k].n) > i })
	if k == len(t.runs) {
		return int(t.runs[len(t.runs)-1].srcEnd)
	}
	r := t.runs[k]
	if i < int(r.t) {
		i = int(r.t)
	}
	if r.exact {
		if after {
			return int(r.src) + (i - int(r.t)) + 1
		}
		return int(r.src) + (i - int(r.t))
	}
	if after {
		return int(r.srcEnd)
	}
	return int(r.src)
}

// TextBuilder accumulates prose and its position map.
type TextBuilder struct {
	sb   strings.Builder
	runs []run
	// pendingSpace defers white space so that runs of it collapse to one
	// space and none is left at either end.
	pendingSpace bool
	spaceSrc     [2]int
	// spaceVerbatim is set when the pending space is one ' ' in the source.
	spaceVerbatim bool
	collapse      bool
}

// NewTextBuilder returns a builder; with collapse, runs of white space become
// one space (HTML and soft-wrapped Markdown), otherwise they are kept.
func NewTextBuilder(collapse bool) *TextBuilder { return &TextBuilder{collapse: collapse} }

// Len returns the length of the text built so far, pending space excluded.
func (b *TextBuilder) Len() int { return b.sb.Len() }

// Mark returns the offset at which the next non-space text will start.
func (b *TextBuilder) Mark() int {
	if b.pendingSpace {
		return b.sb.Len() + 1
	}
	return b.sb.Len()
}

// AddExact appends buf[start:end] verbatim (white space still collapses when
// the builder collapses).
func (b *TextBuilder) AddExact(buf []byte, start, end int) {
	if !b.collapse {
		b.flushSpace()
		b.addValid(buf, start, end)
		return
	}
	i := start
	for i < end {
		r, size := utf8.DecodeRune(buf[i:end])
		if isSpace(r) {
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRune(buf[j:end])
				if !isSpace(r2) {
					break
				}
				j += s2
			}
			b.SpaceIn(buf, i, j)
			i = j
			continue
		}
		j := i + size
		for j < end {
			r2, s2 := utf8.DecodeRune(buf[j:end])
			if isSpace(r2) {
				break
			}
			j += s2
		}
		b.flushSpace()
		b.addValid(buf, i, j)
		i = j
	}
}

// addValid appends buf[start:end] verbatim, except that each byte that is
// not valid UTF-8 becomes U+FFFD standing for that byte: text is always
// valid UTF-8, and positions stay those of the real bytes.
func (b *TextBuilder) addValid(buf []byte, start, end int) {
	if utf8.Valid(buf[start:end]) {
		b.add(string(buf[start:end]), start, end, true)
		return
	}
	last := start
	for i := start; i < end; {
		r, size := utf8.DecodeRune(buf[i:end])
		if r != utf8.RuneError || size != 1 {
			i += size
			continue
		}
		if last < i {
			b.add(string(buf[last:i]), last, i, true)
		}
		b.add(string(utf8.RuneError), i, i+1, false)
		i++
		last = i
	}
	if last < end {
		b.add(string(buf[last:end]), last, end, true)
	}
}

// AddReplaced appends s standing for buf[start:end] as a whole (an entity, an
// escape).
func (b *TextBuilder) AddReplaced(s string, start, end int) {
	if s == "" {
		return
	}
	if b.collapse && strings.TrimSpace(s) == "" {
		b.Space(start, end)
		return
	}
	b.flushSpace()
	b.add(s, start, end, false)
}

// Space records white space standing for buf[start:end]; it is written only
// if more text follows, and only once for a run.
func (b *TextBuilder) Space(start, end int) {
	if b.sb.Len() == 0 {
		return
	}
	if !b.pendingSpace {
		b.pendingSpace = true
		b.spaceSrc = [2]int{start, end}
		b.spaceVerbatim = false
		return
	}
	b.spaceSrc[1] = end
	b.spaceVerbatim = false
}

// SpaceIn is Space for white space that is buf[start:end]. One byte of
// it (a space, a tab, a line break between words) reads as one space in
// the same place: it joins the exact run around it instead of starting a
// run of its own, as a run per word would cost many times the text.
func (b *TextBuilder) SpaceIn(buf []byte, start, end int) {
	fresh := !b.pendingSpace
	b.Space(start, end)
	b.spaceVerbatim = fresh && b.pendingSpace && end-start == 1 && asciiSpace(buf[start])
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func (b *TextBuilder) flushSpace() {
	if b.pendingSpace {
		b.pendingSpace = false
		b.add(" ", b.spaceSrc[0], b.spaceSrc[1], b.spaceVerbatim)
	}
}

func (b *TextBuilder) add(s string, start, end int, exact bool) {
	t := int32(b.sb.Len())
	b.sb.WriteString(s)
	if exact && len(b.runs) > 0 {
		last := &b.runs[len(b.runs)-1]
		if last.exact && int(last.srcEnd) == start && last.t+last.n == t {
			last.n += int32(len(s))
			last.srcEnd = int32(end)
			return
		}
	}
	b.runs = append(b.runs, run{t: t, n: int32(len(s)), src: int32(start), srcEnd: int32(end), exact: exact})
}

// Text returns the built text.
func (b *TextBuilder) Text() Text {
	runs := b.runs
	if cap(runs) > len(runs)+len(runs)/4 {
		// The slack of append's doubling would outlive the builder.
		runs = slices.Clone(runs)
	}
	return Text{S: b.sb.String(), runs: runs}
}

// isSpace includes no-break spaces: in prose they separate words like any
// other space, and patterns over the text expect plain spaces.
func isSpace(r rune) bool { return unicode.IsSpace(r) }
