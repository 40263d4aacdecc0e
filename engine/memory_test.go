package engine

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

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
	// What another test left running may free memory while a page is
	// measured, or allocate: a difference counts from zero, and each page
	// is measured twice, keeping the lower figures.
	grown := func(base uint64, n int) float64 {
		return float64(max(int64(liveHeap())-int64(base), 0)) / float64(n)
	}
	once := func(src string) (facts, input float64) {
		base := liveHeap()
		doc, err := document.Read("long.md", []byte(src), document.Markdown)
		if err != nil {
			t.Fatal(err)
		}
		f := p.Facts(doc)
		facts = grown(base, len(src))
		v := policy.Value(f)
		f = nil
		input = grown(base, len(src))
		runtime.KeepAlive(doc)
		runtime.KeepAlive(v)
		return facts, input
	}
	measure := func(src string) (facts, input float64) {
		f1, i1 := once(src)
		f2, i2 := once(src)
		return min(f1, f2), min(i1, i2)
	}
	small, big := realProse(500_000), realProse(2_000_000)
	measure(small) // the first page warms what every page shares
	fs, is := measure(small)
	fb, ib := measure(big)
	t.Logf("bytes in use per byte: %d bytes: facts %.1f, input %.1f; %d bytes: facts %.1f, input %.1f", len(small), fs, is, len(big), fb, ib)
	const maxFacts, maxInput = 9, 42
	if fb > maxFacts || ib > maxInput {
		t.Errorf("a long page keeps %.1f bytes a byte with its facts (at most %d), %.1f with the rules' input (at most %d)", fb, maxFacts, ib, maxInput)
	}
	if fb > 1.2*fs+1 || ib > 1.2*is+1 {
		t.Errorf("bytes a byte grow with the page: facts %.1f → %.1f, input %.1f → %.1f", fs, fb, is, ib)
	}
}

// fileSize is the size of the file the memory limit tests hold room for.
const fileSize = 4 << 20

// limitWithFile is a run's memory limit holding room for one file of
// fileSize, and that file's budget.
func limitWithFile() (*memoryLimit, *fileMemory, int64) {
	l := &memoryLimit{rest: 64 << 20}
	budget := int64(BudgetFloor + BudgetPerByte*fileSize)
	return l, l.file(fileSize, budget), budget
}

// A file holds room in the run's memory limit for what its budget has
// charged so far, a quarter more for the collector, never less than what
// a short file needs (or what reading it takes) and never more than its
// whole budget; it gives all of it back when done. A short file holds a
// few megabytes, not its budget's floor.
func TestFileMemoryFollowsItsBudget(t *testing.T) {
	l, f, budget := limitWithFile()
	defer l.done()
	if want := int64(fileSize + max(shortFile, readCost*fileSize)); l.reserved != want {
		t.Fatalf("at the start: %d held, want %d", l.reserved, want)
	}
	f.grew(160 << 20)
	if want := int64(fileSize + 200<<20); l.reserved != want {
		t.Errorf("after 160 MB charged: %d held, want %d", l.reserved, want)
	}
	f.grew(100 << 20) // never less than held
	if want := int64(fileSize + 200<<20); l.reserved != want {
		t.Errorf("after less was reported: %d held, want %d", l.reserved, want)
	}
	f.grew(2 * budget)
	if want := fileSize + budget; l.reserved != want {
		t.Errorf("past the budget: %d held, want %d", l.reserved, want)
	}
	f.done()
	if l.reserved != 0 {
		t.Errorf("%d held after the file", l.reserved)
	}
	short := l.file(3000, BudgetFloor+BudgetPerByte*3000)
	if want := int64(3000 + shortFile); l.reserved != want {
		t.Errorf("a short article holds %d, want %d", l.reserved, want)
	}
	short.done()
}

// When two collections in a row leave less than a sixteenth of room
// above what is live, the limit is raised to give an eighth; one such
// collection, or one with room enough, leaves it as reserved, and the
// raise ends with the file.
func TestLimitMakesRoomAboveWhatIsLive(t *testing.T) {
	l, f, _ := limitWithFile()
	defer l.done()
	f.grew(200 << 20)
	reserved := l.set
	const live = 300 << 20
	goal := int64(live + 10<<20)
	l.collected(live, goal)
	if l.set != reserved {
		t.Fatalf("after one tight collection: limit %d, want %d as reserved", l.set, reserved)
	}
	l.collected(live, live+live/8) // room enough: the count starts again
	l.collected(live, goal)
	if l.set != reserved {
		t.Fatalf("after a collection with room: limit %d, want %d as reserved", l.set, reserved)
	}
	l.collected(live, goal)
	if want := reserved + live + live/8 - goal; l.set != want {
		t.Errorf("after two tight collections: limit %d, want %d (an eighth above what is live)", l.set, want)
	}
	raised := l.set
	l.collected(live, live+live/8)
	if l.set != raised {
		t.Errorf("with room enough the limit moved: %d, was %d", l.set, raised)
	}
	f.done()
	if want := l.rest + slack + step; l.set != want {
		t.Errorf("after the file: limit %d, want %d", l.set, want)
	}
}

// The collections themselves report what they left live (watchLive, a
// cleanup the runtime runs after each collection): with the limit just
// above the live heap, two collections in a row raise it.
func TestCollectionsRaiseATightLimit(t *testing.T) {
	live := int64(liveHeap())
	l := &memoryLimit{rest: live + 2<<20 - slack - step} // the heap's room: 2 MB
	l.mu.Lock()
	l.apply()
	tight := l.set
	l.mu.Unlock()
	defer l.done()
	l.watchLive()
	raised := tight
	for i := 0; i < 400 && raised == tight; i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond) // the cleanups run on their own goroutine
		l.mu.Lock()
		raised = l.set
		l.mu.Unlock()
	}
	if raised <= tight {
		t.Fatalf("the limit stayed at %d MB after 400 collections with 2 MB of room", tight>>20)
	}
	// Raised to an eighth above what is live, from less than a sixteenth.
	if raised < tight+live/20 {
		t.Errorf("the limit rose from %d to %d bytes: want room for about a sixteenth of the %d live", tight, raised, live)
	}
}

// A file of hugeFrom bytes or more, linted with managed memory, has the
// heap its facts will fill readied for huge pages, by what its budget
// expects per byte; a shorter file, or a run whose memory is not
// newslint's alone, is left as it is.
func TestLongFileHeapIsReadiedForHugePages(t *testing.T) {
	var asked []int
	defer func(f func(int)) { readyHuge = f }(readyHuge)
	readyHuge = func(n int) { asked = append(asked, n) }
	dir := t.TempDir()
	long := filepath.Join(dir, "long.md")
	short := filepath.Join(dir, "short.md")
	// Blank lines: as long as a long page, read in no time.
	if err := os.WriteFile(long, []byte(strings.Repeat("\n", hugeFrom)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(short, []byte("# Title\n\nA paragraph.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := prepared(t)
	inputs := []Input{{Path: long, Display: long}, {Path: short, Display: short}}
	p.LintEach(context.Background(), inputs, nil, func(FileResult) {})
	if len(asked) != 0 {
		t.Fatalf("without managed memory, readied %v", asked)
	}
	p.SetManagedMemory(true)
	p.LintEach(context.Background(), inputs, nil, func(FileResult) {})
	if want := []int{BudgetPerByte * hugeFrom}; !slices.Equal(asked, want) {
		t.Fatalf("readied %v, want %v (the long file only)", asked, want)
	}
}
