// Package lexicontest gives tests the built-in lexicon without the engine:
// rules/lexicon/*.toml decoded and merged as the engine merges them (lists
// of one class and key appended).
package lexicontest

import (
	"io/fs"
	"testing"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/rules"
)

// Data returns the built-in lexicon tables.
func Data(tb testing.TB) map[string]any {
	tb.Helper()
	files, err := fs.Glob(rules.FS, "lexicon/*.toml")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no lexicon files: %v", err)
	}
	data := map[string]any{}
	for _, name := range files {
		src, err := fs.ReadFile(rules.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		var v map[string]any
		if err := toml.Unmarshal(src, &v); err != nil {
			tb.Fatalf("rules/%s: %v", name, err)
		}
		for class, table := range v {
			dst, _ := data[class].(map[string]any)
			if dst == nil {
				dst = map[string]any{}
				data[class] = dst
			}
			for key, list := range table.(map[string]any) {
				prev, _ := dst[key].([]any)
				dst[key] = append(prev, list.([]any)...)
			}
		}
	}
	return data
}

// Builtin returns the built-in lexicon, compiled.
func Builtin(tb testing.TB) *lexicon.Lexicon {
	tb.Helper()
	lex, err := lexicon.Compile(Data(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return lex
}
