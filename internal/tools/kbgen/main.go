// Command kbgen writes the compact form of the built-in knowledge base
// (engine/kb/builtin.nlkb) from rules/kb/*.toml, after validating it. Run
// it with go generate ./engine/kb (from the repository root) whenever the TOML changes; a test fails
// while the compact form is out of date.
//
// With -synthetic N it writes instead the N-1 renamed copies of the
// built-in base that make it N times larger (internal/kbsynth), as one
// TOML file to put beside rules/kb/*.toml in a scratch copy of the tree,
// to measure start-up with a larger base (docs/performance.md).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/kb"
	"github.com/newslint/newslint/internal/kbsynth"
)

func main() {
	out := flag.String("o", "builtin.nlkb", "file to write")
	synthetic := flag.Int("synthetic", 0, "write the copies that make the built-in base this many times larger, as TOML")
	flag.Parse()
	var data []byte
	var err error
	if *synthetic > 1 {
		data, err = syntheticTOML(*synthetic)
	} else {
		data, err = engine.CompileKnowledge()
	}
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

func syntheticTOML(n int) ([]byte, error) {
	base, err := engine.New().CheckKnowledge()
	if err != nil {
		return nil, err
	}
	big := kbsynth.Scale(base, n)
	doc := &kb.Doc{
		Comment: fmt.Sprintf("A synthetic base: %d renamed copies of the built-in one (go run ./internal/kbgen -synthetic %d).", n-1, n),
		Roles:   big.Roles[len(base.Roles):], People: big.People[len(base.People):],
		Terms: big.Terms[len(base.Terms):], Events: big.Events[len(base.Events):],
	}
	var buf bytes.Buffer
	err = kb.WriteTOML(&buf, doc, "")
	return buf.Bytes(), err
}
