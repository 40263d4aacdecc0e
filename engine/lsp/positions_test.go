package lsp

import (
	"testing"

	"github.com/newslint/newslint/engine/report"
)

func TestPositionsInEachEncoding(t *testing.T) {
	lines := splitLines("first\r\nnaïve 𝄞 Biden\rlast")
	if len(lines) != 3 || lines[1] != "naïve 𝄞 Biden" {
		t.Fatalf("lines %q", lines)
	}
	// "Biden" starts at code point 9 (1-based column 9) of line 2.
	f := report.Finding{Line: 2, Column: 9, EndLine: 2, EndColumn: 14}
	for enc, want := range map[string][2]int{"utf-16": {9, 14}, "utf-8": {12, 17}} {
		r := toRange(lines, f, enc)
		if r.Start.Line != 1 || r.Start.Character != want[0] || r.End.Character != want[1] {
			t.Errorf("%s: %+v, want characters %v", enc, r, want)
		}
	}
	// A place past the last line is the end of the text.
	if p := toPosition(lines, 9, 1, "utf-16"); p.Line != 2 || p.Character != 4 {
		t.Errorf("past the end: %+v", p)
	}
}
