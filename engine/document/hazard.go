package document

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// goldmark is linear on most input, but some shapes make it quadratic:
//
//   - its link-destination scan reads on from every "](" to the next space
//     or unbalanced ")" (to the next ">" after "](<"), so "[a](" repeated
//     without a space rescans the line each time: 128 KB take 5 s;
//   - blocks opened on one line ("> > > …", "-\t-\t…", "1.\t1.\t…") cost
//     the square of their depth;
//   - emphasis delimiters that never match ("*a_ " repeated: each "_"
//     closer looks back through every "*" opener of the paragraph) cost the
//     square of their number: 100 KB take 7 s;
//   - a table row with fewer cells than the header is padded to the
//     header's width, so a wide header over many short rows makes cells
//     the text does not hold (5,000 columns × 2,000 rows of "|x|");
//   - each block still open at a line reads the line's indentation again,
//     so a list nested a thousand deep, mostly indentation, costs the
//     square of its depth a line: 4 MB take 11 s.
//
// markdownHazard estimates each in one linear pass so that such a file is
// read as plain text instead of hanging the run or filling the memory.
const (
	// linkScanBudget is the bytes the link scans may read over a whole
	// file: about 80 ms of goldmark's time. Well-formed links cost their
	// own length; a one-line page of 30,000 links stays far below it.
	linkScanBudget = 50_000_000
	// maxLineNesting is the blocks one line may open.
	maxLineNesting = 256
	// delimiterBudget is the delimiters the emphasis matcher may look
	// back through over a whole file: about 100 ms. A paragraph with 2,000
	// stray "_" after 2,000 "*" reaches it; prose never comes near.
	delimiterBudget = 5_000_000
	// paddedCellBudget is the empty table cells goldmark may make up to
	// pad short rows to their header's width, over a whole file.
	paddedCellBudget = 200_000
	// indentBudget is the indentation the open blocks may read again over
	// a whole file: about 100 ms. A line indented w columns is taken to
	// lie in w/2 blocks (a list item indents its content by two or more),
	// each of which reads the w columns: lists nested ten deep cost a few
	// hundred a line.
	indentBudget = 50_000_000
)

// markdownHazard returns where the parser would go quadratic and why, or
// at -1.
func markdownHazard(src []byte) (at int, reason string) {
	r := scanMarkdown(src, guardBudgets)
	return r.at, r.reason
}

// budgets bound each kind of the parser's work; memory, when above zero,
// bounds the estimated cost of the blocks the file opens.
type budgets struct {
	links, nesting, delimiters, padded, indent int
	memory                                     int64
}

// guardBudgets are the budgets of the Markdown guard.
var guardBudgets = budgets{linkScanBudget, maxLineNesting, delimiterBudget, paddedCellBudget, indentBudget, 0}

// scan is what scanMarkdown found: where a hazard starts and why (at -1
// when there is none), the parser's estimated work, and where the blocks'
// estimated cost runs past the memory budget (-1 when it does not).
type scan struct {
	at     int
	reason string
	work   int
	cut    int
}

// scanMarkdown estimates the parser's work on src: the bytes it reads plus
// the link scans, delimiter look-backs, nested blocks (their square, per
// line) and padded table cells. It stops at the first budget exceeded, or
// where the blocks would cost more memory than b.memory: a file of a
// million one-word paragraphs is parsed only as far as its budget goes, so
// that the parser's own tree stays within it too.
func scanMarkdown(src []byte, b budgets) scan {
	hazard := func(at int, reason string) scan { return scan{at: at, reason: reason, cut: -1} }
	type opener struct{ depth, pos int }
	var (
		cost   int
		parens []opener // "](" scans still running, by paren depth
		angles []int    // "](<" scans still running
		depth  int
		last   int // the opener whose scan was counted last: in the bad run
	)
	stop := func(pos int, list []opener, keepAbove int) []opener {
		for len(list) > 0 && list[len(list)-1].depth > keepAbove {
			last = list[len(list)-1].pos
			cost += pos - last
			list = list[:len(list)-1]
		}
		return list
	}
	stopAngles := func(pos int) {
		for _, p := range angles {
			cost += pos - p
			last = p
		}
		angles = angles[:0]
	}
	var em emphasis
	var tbl tables
	nesting, indent := 0, 0
	var memory int64
	prevBlank := true
	lineStart := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		if lineStart && !(c == '\n' && i > 0 && src[i-1] == '\r') {
			lineStart = false
			n := openedBlocks(src[i:])
			if n > b.nesting {
				return hazard(i, fmt.Sprintf("one line opens %d nested blocks (quotes or list items), more than %d", n, b.nesting))
			}
			nesting += n * n
			if w := indentWidth(src[i:]); w > 0 {
				if indent += w / 2 * w; indent > b.indent {
					return hazard(i, fmt.Sprintf("lines indented %d columns deep (lists nested hundreds of levels) make the Markdown parser read each line's indentation again for every block still open", w))
				}
			}
			line := src[i:lineEndAt(src, i)]
			blank := blankLine(line)
			newBlock := !blank && (prevBlank || n > 0 || startsBlock(line) || tbl.cols > 0)
			if n > 0 || blank || startsBlock(line) {
				em.reset() // a new inline container: delimiters match within one
			}
			prevBlank = blank
			if newBlock {
				memory += CostBlock
			}
			if memory += int64(len(line)) * CostByte; b.memory > 0 && memory > b.memory {
				return scan{at: -1, work: len(src), cut: i}
			}
			if tbl.line(line, i) > b.padded {
				return hazard(tbl.at, fmt.Sprintf("a table's rows have fewer cells than its %d columns, and padding them would make more than %d empty cells", tbl.cols, b.padded))
			}
		}
		switch c {
		case '*', '_', '~':
			j := i
			for j < len(src) && src[j] == c {
				j++
			}
			em.run(src, i, j)
			if em.cost > b.delimiters {
				return hazard(em.at, "emphasis delimiters (\"*\", \"_\", \"~\") that never match make the Markdown parser look back through every earlier one")
			}
			i = j - 1
			continue
		}
		switch c {
		case '\n', '\r':
			parens = stop(i, parens, -1)
			stopAngles(i)
			depth, lineStart = 0, true
		case ' ', '\t':
			parens = stop(i, parens, -1)
		case '>':
			stopAngles(i)
		case '(':
			depth++
		case ')':
			depth--
			parens = stop(i, parens, depth)
		case ']':
			if i+1 < len(src) && src[i+1] == '(' {
				j := i + 2
				for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
					j++
				}
				if j < len(src) && src[j] == '<' {
					angles = append(angles, i)
				} else {
					parens = append(parens, opener{depth + 1, i})
				}
			}
		}
		if cost > b.links {
			return hazard(last, linkHazard)
		}
	}
	// The last line may have no line break.
	stop(len(src), parens, -1)
	stopAngles(len(src))
	if cost > b.links {
		return hazard(last, linkHazard)
	}
	return scan{at: -1, work: len(src) + cost + nesting + indent + em.cost + tbl.padded, cut: -1}
}

const linkHazard = "link brackets \"](\" that are never closed make the Markdown parser rescan the line for each of them"

// openedBlocks counts the block quotes and list items a line opens before
// its text: "> > - 1. text" opens four. A tab separates them as a space
// does.
func openedBlocks(line []byte) int {
	n, i := 0, 0
	for i < len(line) {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			break
		}
		switch c := line[i]; {
		case c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				i = j + 2
			} else {
				return n
			}
		case c == '\n' || c == '\r':
			return n
		default:
			return n
		}
		n++
	}
	return n
}

// indentWidth is the columns of the line's leading spaces and tabs (a
// tab to the next multiple of four).
func indentWidth(line []byte) int {
	w := 0
	for _, c := range line {
		switch c {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return w
		}
	}
	return w
}

func lineEndAt(src []byte, i int) int {
	for i < len(src) && src[i] != '\n' && src[i] != '\r' {
		i++
	}
	return i
}

func blankLine(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// startsBlock reports a line that starts a block of its own (a heading, a
// table row, a fence), ending the paragraph before it.
func startsBlock(line []byte) bool {
	i := 0
	for i < len(line) && i < 4 && line[i] == ' ' {
		i++
	}
	if i == len(line) {
		return false
	}
	switch line[i] {
	case '#', '|', '`', '<':
		return true
	}
	return false
}

// emphasis estimates the emphasis matcher's work in one inline container:
// a closer looks back through the delimiters above its opener, or through
// all of them when it has none; a match drops the delimiters between.
type emphasis struct {
	stack []byte     // the openers' characters, bottom first
	open  [3][]int32 // per character (*, _, ~), the openers' stack indices
	cost  int
	at    int // the closer whose look-back was counted last
}

func delimIndex(c byte) int {
	switch c {
	case '*':
		return 0
	case '_':
		return 1
	}
	return 2
}

func (e *emphasis) reset() {
	e.stack = e.stack[:0]
	for k := range e.open {
		e.open[k] = e.open[k][:0]
	}
}

// run takes the delimiter run src[i:j] and its flanking, as CommonMark
// defines it.
func (e *emphasis) run(src []byte, i, j int) {
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRune(src[:i])
	}
	if j < len(src) {
		after, _ = utf8.DecodeRune(src[j:])
	}
	left := !unicode.IsSpace(after) && (!isPunct(after) || unicode.IsSpace(before) || isPunct(before))
	right := !unicode.IsSpace(before) && (!isPunct(before) || unicode.IsSpace(after) || isPunct(after))
	canOpen, canClose := left, right
	if src[i] == '_' {
		canOpen = left && (!right || isPunct(before))
		canClose = right && (!left || isPunct(after))
	}
	k := delimIndex(src[i])
	if canClose {
		if n := len(e.open[k]); n > 0 {
			p := int(e.open[k][n-1])
			e.cost += len(e.stack) - p
			e.stack = e.stack[:p]
			for c := range e.open {
				for len(e.open[c]) > 0 && int(e.open[c][len(e.open[c])-1]) >= p {
					e.open[c] = e.open[c][:len(e.open[c])-1]
				}
			}
			e.at = i
			return
		}
		e.cost += len(e.stack)
		e.at = i
	}
	if canOpen {
		e.open[k] = append(e.open[k], int32(len(e.stack)))
		e.stack = append(e.stack, src[i])
	}
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// tables follows GFM tables line by line and counts the cells goldmark
// would add to pad short rows to the header's width.
type tables struct {
	prev   []byte // the line before, a header candidate
	cols   int    // the current table's width; 0 outside a table
	padded int
	at     int // where the current table starts
	prevAt int
}

// line takes the next line, starting at offset at, and returns the padded
// cells so far.
func (t *tables) line(line []byte, at int) int {
	body := tableBody(line)
	switch {
	case blankLine(line):
		t.cols = 0
	case t.cols > 0:
		if n := cellCount(body); n < t.cols {
			t.padded += t.cols - n
		}
	case t.prev != nil && !blankLine(t.prev) && delimiterRow(body):
		t.cols = cellCount(body)
		t.at = t.prevAt
	}
	t.prev, t.prevAt = line, at
	return t.padded
}

// tableBody drops the quote markers and indentation before a row.
func tableBody(line []byte) []byte {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '>') {
		i++
	}
	return line[i:]
}

// delimiterRow reports a GFM table delimiter row: "| --- | :-: |".
func delimiterRow(b []byte) bool {
	dash, pipe := false, false
	for _, c := range b {
		switch c {
		case '-':
			dash = true
		case '|':
			pipe = true
		case ':', ' ', '\t':
		default:
			return false
		}
	}
	// Without a pipe, "---" under a line is a heading's underline.
	return dash && pipe
}

// cellCount counts a row's cells: its pipes, less the leading and
// trailing ones.
func cellCount(b []byte) int {
	n := 1
	for i, c := range b {
		if c == '|' && (i == 0 || b[i-1] != '\\') {
			n++
		}
	}
	trimmed := b
	for len(trimmed) > 0 && (trimmed[len(trimmed)-1] == ' ' || trimmed[len(trimmed)-1] == '\t') {
		trimmed = trimmed[:len(trimmed)-1]
	}
	if len(trimmed) > 0 && trimmed[0] == '|' {
		n--
	}
	if len(trimmed) > 1 && trimmed[len(trimmed)-1] == '|' {
		n--
	}
	return max(n, 1)
}
