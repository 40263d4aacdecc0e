package lexicon_test

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/engine/lexicon/lexicontest"
)

// The built-in patterns' analysis embedded by go generate is what they
// give now, so that start-up may take it instead of parsing them.
func TestPreparedPatternsAreCurrent(t *testing.T) {
	want, err := lexicon.Prepare(lexicontest.Data(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := lexicon.PreparedText(); got != string(want) {
		t.Fatalf("engine/lexicon/patterns.prepared is out of date with rules/lexicon/*.toml: run go generate ./engine/lexicon")
	}
	if n := strings.Count(string(want), "\n"); n == 0 || lexicon.PreparedCount() != n {
		t.Errorf("%d prepared patterns read back of %d", lexicon.PreparedCount(), n)
	}
}
