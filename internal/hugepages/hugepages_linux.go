// Package hugepages asks the kernel to back with huge pages the parts of
// the heap that fill at once: start-up's (Start, which a command calls by
// importing hugepages/atstart) and a long file's (Ready).
//
// Each first touch of a 4 KB page of fresh memory is a page fault, and in
// a virtual machine a fault costs several microseconds: 10,000 faults, a
// quarter of the CPU time, to lint one short article (about 40 MB
// allocated with the collector off), 380,000 for a 20 MB page (1.4 GB).
// Huge pages fault 512 times less often. The kernel gives them where a process asks
// (madvise(MADV_HUGEPAGE), honoured when
// /sys/kernel/mm/transparent_hugepage/enabled is madvise, the usual
// default, or always); where it refuses, nothing changes.
package hugepages

import (
	"runtime"
	"syscall"
	"unsafe"
)

// startSize is the heap readied for start-up: the package variables, the
// rules, the knowledge base and the word lists take about 40 MB, nearly
// all of it still live when the first file is linted.
const startSize = 64 << 20

// hugePage is the size of a transparent huge page on linux/amd64 and arm64.
const hugePage = 2 << 20

// Start readies start-up's heap, before the heap fills: at package
// initialisation, as hugepages/atstart does.
func Start() { started, startedLen = ready(startSize) }

// started is start-up's advised part of the heap, until End: an address,
// not a pointer, which would keep its block from being freed.
var started, startedLen uintptr

// End withdraws start-up's advice, for a process that goes on after
// start-up (a run of many files, the server): heap that the collector
// frees and the runtime returns to the kernel in pieces is refaulted as
// small pages, as the rest of the heap is. Kept, start-up's huge pages
// held about 5 MB more at the peak of a run of 50,000 files. Pages already
// faulted stay as they are.
func End() {
	if startedLen > 0 {
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, started, startedLen, syscall.MADV_NOHUGEPAGE)
		startedLen = 0
	}
}

// Ready readies about n bytes of heap for huge pages, before a long file
// fills them: its peak is what the collector leaves live, so the advice
// costs it no memory (20 MB of news prose: 1,369 MB either way). It runs
// a collection, and is bounded by half of the machine's memory. A heap
// that has held n bytes before is left as it is: the block would be laid
// over memory already used, which the runtime zeroes before handing it
// out, touching every page (three 4 MB articles in one run took 11.2 s
// without it and 12.4–13.2 s with each article's heap readied).
func Ready(n int) {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		n = min(n, int(uint64(si.Totalram)*uint64(si.Unit)/2))
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if n >= 2*hugePage && uint64(n) > m.HeapSys {
		ready(n)
	}
}

// ready grows the heap by one block of n bytes, advises it and frees it at
// once. The runtime maps its heap piece by piece as it grows, and a new
// mapping does not inherit the advice, so the advice must be given after
// the heap has grown: the pages stay mapped once freed, and the runtime
// hands them out again from the lowest address. Nothing is touched, so
// nothing is resident until used. It returns the part advised.
func ready(n int) (at, size uintptr) {
	b := make([]byte, n)
	if r := hugeAligned(b); len(r) > 0 && syscall.Madvise(r, syscall.MADV_HUGEPAGE) == nil {
		at, size = uintptr(unsafe.Pointer(unsafe.SliceData(r))), uintptr(len(r))
	}
	runtime.GC() // b is dead here: the collection frees it
	return at, size
}

// hugeAligned is the part of b that starts and ends on huge page bounds.
func hugeAligned(b []byte) []byte {
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	from := (start + hugePage - 1) &^ (hugePage - 1)
	to := (start + uintptr(len(b))) &^ (hugePage - 1)
	if to <= from {
		return nil
	}
	return b[from-start : to-start]
}
