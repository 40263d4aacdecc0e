package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine"
)

// A few short articles on disk are linted as one is (the collector off,
// the rules compiling while the first is read); more of them, a long one,
// a folder or standard input are not.
func TestLintsLittle(t *testing.T) {
	dir := t.TempDir()
	var small []engine.Input
	for i := range littleRun + 1 {
		p := filepath.Join(dir, fmt.Sprintf("a%d.md", i))
		if err := os.WriteFile(p, []byte("# A short article\n\nIt says little.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		small = append(small, engine.Input{Path: p})
	}
	long := filepath.Join(dir, "long.md")
	if err := os.WriteFile(long, []byte(strings.Repeat("word ", 20000)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		inputs []engine.Input
		want   bool
	}{
		{"one short article", small[:1], true},
		{"as many as littleRun", small[:littleRun], true},
		{"one more", small, false},
		{"with a long article", append([]engine.Input{{Path: long}}, small[:2]...), false},
		{"a folder", []engine.Input{{Path: dir}}, false},
		{"standard input", []engine.Input{{Path: "-", Stdin: true}}, false},
		{"nothing", nil, false},
	} {
		if got := lintsLittle(c.inputs); got != c.want {
			t.Errorf("%s: lintsLittle %v, want %v", c.name, got, c.want)
		}
	}
}
