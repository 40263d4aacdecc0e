package hugepages

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func TestHugeAlignedKeepsToWholeHugePages(t *testing.T) {
	b := make([]byte, 3*hugePage)
	r := hugeAligned(b)
	if len(r) == 0 || len(r)%hugePage != 0 {
		t.Fatalf("aligned part of %d bytes is %d bytes, want a non-zero multiple of %d", len(b), len(r), hugePage)
	}
	if p := uintptr(unsafe.Pointer(unsafe.SliceData(r))); p%hugePage != 0 {
		t.Errorf("aligned part starts at %#x, not on a huge page", p)
	}
	if hugeAligned(b[:hugePage-1]) != nil {
		t.Error("a block smaller than a huge page has an aligned part")
	}
}

// TestStartupHeapIsAdvisedForHugePages checks that start-up leaves a
// mapping of the heap, as large as the block it grew by, advised for huge
// pages ("hg" in its flags) where the kernel takes the advice, that End
// withdraws it ("nh"), and that Ready advises a long file's part.
func TestStartupHeapIsAdvisedForHugePages(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || strings.Contains(string(mode), "[never]") {
		t.Skip("this kernel has no transparent huge pages")
	}
	Start()
	if !advisedMapping(t, "hg", startSize) {
		t.Fatalf("no mapping of at least %d bytes is advised for huge pages", startSize-2*hugePage)
	}
	End()
	if advisedMapping(t, "hg", startSize) || !advisedMapping(t, "nh", startSize) {
		t.Fatal("End left the advice for huge pages")
	}
	// A long file's part is advised, and stays so.
	Ready(3 * startSize)
	End()
	if !advisedMapping(t, "hg", 3*startSize) {
		t.Fatalf("no mapping of at least %d bytes is advised for huge pages", 3*startSize-2*hugePage)
	}
}

// Ready grows the heap by its block only when the heap has never held
// that much: a second long file of the same size is left to the memory
// the first one used, which the runtime would zero page by page.
func TestReadyLeavesAHeapThatHeldAsMuch(t *testing.T) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n := int(m.HeapSys) + startSize // more than the heap has held
	allocated := func() uint64 {
		runtime.ReadMemStats(&m)
		return m.TotalAlloc
	}
	before := allocated()
	Ready(n)
	if grew := allocated() - before; grew < uint64(n) {
		t.Fatalf("Ready(%d) on a heap of %d bytes allocated %d bytes, want its block", n, n-startSize, grew)
	}
	before = allocated()
	Ready(n)
	if grew := allocated() - before; grew >= uint64(n) {
		t.Fatalf("Ready(%d) again allocated %d bytes: the heap has held as much", n, grew)
	}
}

// advisedMapping reports whether a mapping of at least the aligned size
// of a block of n bytes has flag in /proc/self/smaps.
func advisedMapping(t *testing.T, flag string, n int) bool {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var span uint64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if from, to, ok := mappingRange(line); ok {
			span = to - from
			continue
		}
		if strings.HasPrefix(line, "VmFlags:") && strings.Contains(line+" ", " "+flag+" ") && span >= uint64(n-2*hugePage) {
			return true
		}
	}
	return false
}

// mappingRange parses the address range that starts a mapping's lines in
// /proc/self/smaps ("7f00-7f80 rw-p ...").
func mappingRange(line string) (from, to uint64, ok bool) {
	addr, _, found := strings.Cut(line, " ")
	lo, hi, dash := strings.Cut(addr, "-")
	if !found || !dash {
		return 0, 0, false
	}
	from, err1 := strconv.ParseUint(lo, 16, 64)
	to, err2 := strconv.ParseUint(hi, 16, 64)
	return from, to, err1 == nil && err2 == nil
}
