package document

import "fmt"

// goldmark is linear on most input, but two shapes make it quadratic:
//
//   - its link-destination scan reads on from every "](" to the next space
//     or unbalanced ")" (to the next ">" after "](<"), so "[a](" repeated
//     without a space rescans the line each time: 128 KB take 5 s;
//   - blocks opened on one line ("> > > …", "- - - …") cost the square
//     of their depth.
//
// markdownHazard estimates both in one linear pass so that such a file is
// read as plain text instead of hanging the run.
const (
	// linkScanBudget is the bytes the link scans may read over a whole
	// file: about 80 ms of goldmark's time. Well-formed links cost their
	// own length; a one-line page of 30,000 links stays far below it.
	linkScanBudget = 50_000_000
	// maxLineNesting is the blocks one line may open.
	maxLineNesting = 256
)

// markdownHazard returns where the parser would go quadratic and why, or
// at -1.
func markdownHazard(src []byte) (at int, reason string) {
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
	lineStart := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		if lineStart {
			lineStart = false
			if n := openedBlocks(src[i:]); n > maxLineNesting {
				return i, fmt.Sprintf("one line opens %d nested blocks (quotes or list items), more than %d", n, maxLineNesting)
			}
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
		if cost > linkScanBudget {
			return last, linkHazard
		}
	}
	// The last line may have no line break.
	stop(len(src), parens, -1)
	stopAngles(len(src))
	if cost > linkScanBudget {
		return last, linkHazard
	}
	return -1, ""
}

const linkHazard = "link brackets \"](\" that are never closed make the Markdown parser rescan the line for each of them"

// openedBlocks counts the block quotes and list items a line opens before
// its text: "> > - 1. text" opens four.
func openedBlocks(line []byte) int {
	n, i := 0, 0
	for i < len(line) {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		if i >= len(line) {
			break
		}
		switch c := line[i]; {
		case c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && line[i+1] == ' ':
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && line[j+1] == ' ' {
				i = j + 2
			} else {
				return n
			}
		default:
			return n
		}
		n++
	}
	return n
}
