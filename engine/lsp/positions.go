package lsp

import (
	"unicode/utf8"

	"github.com/newslint/newslint/engine/report"
)

// splitLines returns the text's lines without their endings. A line ends
// at "\n", "\r\n" or a lone "\r", as the protocol and newslint both count
// lines.
func splitLines(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			out = append(out, text[start:i])
			start = i + 1
		case '\r':
			out = append(out, text[start:i])
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	return append(out, text[start:])
}

// toRange turns a finding's place (1-based lines, columns counting code
// points, the end exclusive) into protocol positions: 0-based lines,
// characters counted in the encoding the client and server agreed on.
func toRange(lines []string, f report.Finding, enc string) lspRange {
	return lspRange{
		Start: toPosition(lines, f.Line, f.Column, enc),
		End:   toPosition(lines, f.EndLine, f.EndColumn, enc),
	}
}

func toPosition(lines []string, line, col int, enc string) position {
	if line < 1 {
		return position{}
	}
	if line > len(lines) {
		return position{Line: len(lines) - 1, Character: units(lines[len(lines)-1], -1, enc)}
	}
	return position{Line: line - 1, Character: units(lines[line-1], col-1, enc)}
}

// units counts the code units of the first n code points of line (all of
// it when n < 0): bytes in UTF-8, 16-bit units in UTF-16 (two for a
// character outside the Basic Multilingual Plane, such as most emoji).
func units(line string, n int, enc string) int {
	count := 0
	for _, r := range line {
		if n == 0 {
			break
		}
		switch {
		case enc == "utf-8":
			count += utf8.RuneLen(r)
		case r >= 0x10000:
			count += 2
		default:
			count++
		}
		n--
	}
	return count
}
