package engine

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/engine/data"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/facts"
	"github.com/newslint/newslint/engine/kb"
	"github.com/newslint/newslint/internal/kbsynth"
	"github.com/newslint/newslint/rules"
)

// scaledKnowledge returns the built-in base made n times larger
// (internal/kbsynth): its TOML, and its compact form stamped with the
// built-in files' fingerprint, so that start-up takes it for the built-in
// base.
var scaledKnowledge = sync.OnceValue(func() map[int]scaled {
	out := map[int]scaled{}
	_, srcs, err := data.Load(nil, true)
	if err != nil {
		panic(err)
	}
	base, err := kb.Build(srcs)
	if err != nil {
		panic(err)
	}
	names, _ := data.BuiltinKBFiles()
	fp, _ := kb.Fingerprint(rules.FS, names)
	for _, n := range []int{1, 10} {
		var buf bytes.Buffer
		if err := kb.WriteTOML(&buf, kbsynth.Scale(base, n).Doc(), ""); err != nil {
			panic(err)
		}
		m := map[string]any{}
		if err := toml.Unmarshal(buf.Bytes(), &m); err != nil {
			panic(err)
		}
		big, err := kb.Build([]kb.Source{{File: "synthetic.toml", Text: buf.Bytes(), Data: m}})
		if err != nil {
			panic(err)
		}
		out[n] = scaled{toml: buf.Bytes(), data: m, compact: string(kb.Encode(big, fp, facts.PhraseIndex(big))), counts: big.Counts()}
	}
	return out
})

type scaled struct {
	toml    []byte
	data    map[string]any
	compact string
	counts  kb.Counts
}

// withKnowledge makes start-up read compact as the built-in base.
func withKnowledge(compact string) (restore func()) {
	old := data.Compact
	data.Compact = func() string { return compact }
	return func() { data.Compact = old }
}

// startAndLint is newslint lint one.md in process: prepare (rules,
// data, knowledge base), then lint one article of the benchmark corpus.
func startAndLint(tb testing.TB) {
	ctx := context.Background()
	p, err := New().Prepare(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	if fr := p.LintBytes(ctx, "a.md", document.Markdown, benchArticle()); fr.Err != nil {
		tb.Fatal(fr.Err.Message)
	}
}

// BenchmarkStartup is the cost of a start with one article, with the
// built-in base as it is and ten times larger: read from the compact form
// (what newslint does) and, for comparison, from TOML as before it.
//
//	go test ./engine -run XXX -bench Startup -benchmem -count 5
func BenchmarkStartup(b *testing.B) {
	sc := scaledKnowledge()
	for _, n := range []int{1, 10} {
		b.Run(fmt.Sprintf("compact-x%d", n), func(b *testing.B) {
			defer withKnowledge(sc[n].compact)()
			for b.Loop() {
				startAndLint(b)
			}
		})
	}
	for _, n := range []int{1, 10} {
		// The knowledge-base part of start-up as it was: parse the TOML,
		// build and validate, convert to Rego values, compile every phrase.
		b.Run(fmt.Sprintf("toml-kb-only-x%d", n), func(b *testing.B) {
			cues, _ := facts.DecodeCues(mustData(b)["cues"])
			for b.Loop() {
				m := map[string]any{}
				if err := toml.Unmarshal(sc[n].toml, &m); err != nil {
					b.Fatal(err)
				}
				base, err := kb.Build([]kb.Source{{File: "x.toml", Text: sc[n].toml, Data: m}})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := ast.InterfaceToValue(base.Data()); err != nil {
					b.Fatal(err)
				}
				facts.NewGazetteer(base, cues)
			}
		})
		b.Run(fmt.Sprintf("compact-kb-only-x%d", n), func(b *testing.B) {
			cues, _ := facts.DecodeCues(mustData(b)["cues"])
			doc, _ := document.Read("a.md", benchArticle(), document.Markdown)
			for b.Loop() {
				base, err := kb.Decode(sc[n].compact)
				if err != nil {
					b.Fatal(err)
				}
				g := facts.NewGazetteer(base, cues)
				facts.Extract(doc, facts.Options{Gazetteer: g})
			}
		})
	}
}

func mustData(tb testing.TB) map[string]any {
	d, _, err := data.Load(nil, false)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// Start-up does not pay for breadth: with a base ten times larger, a
// start that lints one article allocates a few bytes more for each byte
// the compact form grows by (counted, not timed); reading the TOML instead
// costs tens of bytes a byte. What grows is the offices whose titles share
// a word the article has ("president" opens titles of some 180 offices in
// four languages): each of them is decoded once that word is met. (The
// bound is the base's own growth, not the whole start's: a start that
// allocates less elsewhere must not make it fail.)
func TestStartupDoesNotGrowWithTheBase(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a synthetic base ten times the built-in one")
	}
	sc := scaledKnowledge()
	if sc[10].counts.Terms < 10*sc[1].counts.Terms-10 || sc[10].counts.People < 10*sc[1].counts.People-10 {
		t.Fatalf("the synthetic base is not ten times larger: %+v vs %+v", sc[10].counts, sc[1].counts)
	}
	allocated := func(compact string) uint64 {
		defer withKnowledge(compact)()
		startAndLint(t) // once to warm what Go initialises once
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		startAndLint(t)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	one, ten := allocated(sc[1].compact), allocated(sc[10].compact)
	t.Logf("allocated by a start and one article: %d KB with the base, %d KB ten times larger", one>>10, ten>>10)
	grown := len(sc[10].compact) - len(sc[1].compact)
	if ten > one && ten-one > uint64(6*grown) {
		t.Errorf("a base ten times larger allocates %d KB more at start-up for %d KB more of compact form: over 6 bytes a byte", (ten-one)>>10, grown>>10)
	}
}
