package engine

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/internal/corpus"
)

// realProse is about n bytes of the real-text corpus's Markdown articles,
// one after the other, as one long page.
func realProse(n int) string {
	g := corpus.NewRealText(1)
	var b strings.Builder
	for b.Len() < n {
		if _, ext, text := g.Next(); ext == "md" {
			b.WriteString(text)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// liveHeap is the heap in use once the garbage is collected.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// What a long page keeps in memory, per byte of its text: its facts in Go,
// then the rules' input built from them (the document stays beside each).
// The input is most of a file's peak memory, so these figures bound it
// (docs/input.md, "Memory"); they are counted in bytes in use, never in
// time, and must not grow with the page.
func TestLongProseMemoryPerByte(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the input of megabytes: not with -short")
	}
	p, err := New().Prepare(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	measure := func(src string) (facts, input float64) {
		base := liveHeap()
		doc, err := document.Read("long.md", []byte(src), document.Markdown)
		if err != nil {
			t.Fatal(err)
		}
		f := p.Facts(doc)
		facts = float64(liveHeap()-base) / float64(len(src))
		v := policy.Value(f)
		f = nil
		input = float64(liveHeap()-base) / float64(len(src))
		runtime.KeepAlive(doc)
		runtime.KeepAlive(v)
		return facts, input
	}
	small, big := realProse(500_000), realProse(2_000_000)
	measure(small) // the first page warms what every page shares
	fs, is := measure(small)
	fb, ib := measure(big)
	t.Logf("bytes in use per byte: %d bytes: facts %.1f, input %.1f; %d bytes: facts %.1f, input %.1f", len(small), fs, is, len(big), fb, ib)
	const maxFacts, maxInput = 9, 52
	if fb > maxFacts || ib > maxInput {
		t.Errorf("a long page keeps %.1f bytes a byte with its facts (at most %d), %.1f with the rules' input (at most %d)", fb, maxFacts, ib, maxInput)
	}
	if fb > 1.2*fs+1 || ib > 1.2*is+1 {
		t.Errorf("bytes a byte grow with the page: facts %.1f → %.1f, input %.1f → %.1f", fs, fb, is, ib)
	}
}
