// Package tomlpos finds where the keys of a TOML document are written, so
// that errors found after decoding (an unknown rule, a bad date, a term
// that overlaps another) can name a line. It reads the document with
// go-toml's own parser, so it sees keys exactly as the decoder does:
// quoted and dotted keys, tables, arrays of tables, multi-line strings.
package tomlpos

import (
	"bytes"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// Index maps key paths, joined with ".", to lines (1-based). The zero
// value knows no line.
type Index struct {
	first  map[string]int   // path → first line where it or a key below it is written
	arrays map[string][]int // [[path]] → the line of each header, in order
}

// Of indexes src. A document that does not parse is indexed up to the
// error: decoding reports the error itself.
func Of(src []byte) Index {
	ix := Index{first: map[string]int{}, arrays: map[string][]int{}}
	var p unstable.Parser
	p.Reset(src)
	var table []string
	// Keys come in document order: lines are counted from the last key
	// on, not from the top (Parser.Shape would make a big file quadratic).
	at, line := 0, 1
	lineOf := func(off int) int {
		if off > at {
			line += bytes.Count(src[at:off], []byte{'\n'})
			at = off
		}
		return line
	}
	for p.NextExpression() {
		e := p.Expression()
		var path []string
		first := 0
		for it := e.Key(); it.Next(); {
			k := it.Node()
			if first == 0 {
				first = lineOf(int(k.Raw.Offset))
			}
			path = append(path, string(k.Data))
		}
		switch e.Kind {
		case unstable.Table:
			table = path
		case unstable.ArrayTable:
			table = path
			key := strings.Join(path, ".")
			ix.arrays[key] = append(ix.arrays[key], first)
		case unstable.KeyValue:
			path = append(append([]string(nil), table...), path...)
		default:
			continue
		}
		for i := range path {
			key := strings.Join(path[:i+1], ".")
			if _, ok := ix.first[key]; !ok {
				ix.first[key] = first
			}
		}
	}
	return ix
}

// Line is the first line where path, or a key below it, is written; 0
// when it is not.
func (ix Index) Line(path ...string) int {
	return ix.first[strings.Join(path, ".")]
}

// ArrayTables lists the line of each [[path]] header, in order.
func (ix Index) ArrayTables(path ...string) []int {
	return ix.arrays[strings.Join(path, ".")]
}
