// Command lexgen writes what the lexicon works out from the built-in
// patterns (engine/lexicon/patterns.prepared) from rules/lexicon/*.toml,
// so that newslint does not parse them at every start. Run it with go
// generate ./engine/lexicon (from the repository root) whenever a pattern
// changes; a test fails while the file is out of date.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/newslint/newslint/engine/data"
	"github.com/newslint/newslint/engine/lexicon"
)

func main() {
	out := flag.String("o", "patterns.prepared", "file to write")
	flag.Parse()
	d, _, err := data.Load(nil, false)
	if err != nil {
		fail(err)
	}
	lex, _ := d["lexicon"].(map[string]any)
	text, err := lexicon.Prepare(lex)
	if err != nil {
		fail(err)
	}
	if old, err := os.ReadFile(*out); err == nil && bytes.Equal(old, text) {
		return
	}
	if err := os.WriteFile(*out, text, 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "lexgen:", err)
	os.Exit(1)
}
