// Command kbgen writes the compact form of the built-in knowledge base
// (engine/kb/builtin.nlkb) from rules/kb/*.toml, after validating it. Run
// it with go generate ./engine/kb (from the repository root) whenever the TOML changes; a test fails
// while the compact form is out of date.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/newslint/newslint/engine"
)

func main() {
	out := flag.String("o", "builtin.nlkb", "file to write")
	flag.Parse()
	data, err := engine.CompileKnowledge()
	if err != nil {
		fmt.Fprintln(os.Stderr, "kbgen:", err)
		os.Exit(1)
	}
	if old, err := os.ReadFile(*out); err == nil && bytes.Equal(old, data) {
		return
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "kbgen:", err)
		os.Exit(1)
	}
}
