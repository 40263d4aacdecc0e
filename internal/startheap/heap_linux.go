// Package startheap readies the heap for newslint's start-up; a command
// imports it for that alone. Its import path sorts it before the packages
// whose initialisation allocates the most, so that it runs before them.
package startheap

import (
	"runtime"
	"syscall"
	"unsafe"
)

// size is the heap made ready: the package variables, the rules, the
// knowledge base and the word lists take about 40 MB, nearly all of it
// still live when the first file is linted.
const size = 64 << 20

// hugePage is the size of a transparent huge page on linux/amd64 and arm64.
const hugePage = 2 << 20

func init() { prepare() }

// prepare asks the kernel to back the heap start-up will fill with huge
// pages, where it allows them on request
// (/sys/kernel/mm/transparent_hugepage/enabled set to madvise, the usual
// default). Start-up allocates its 40 MB into fresh memory with the
// collector off, and each 4 KB page of it costs a fault on first touch:
// in a virtual machine that was a third of the CPU time of linting one
// short article. Huge pages fault 512 times less often.
//
// The runtime maps its heap in pieces as it grows, and a new mapping does
// not inherit the advice, so the heap is grown first by one large block,
// advised, and freed at once: the pages stay mapped and the runtime hands
// them out again, low addresses first. Nothing is touched, so nothing is
// resident until used. Where the kernel refuses the advice nothing
// changes.
func prepare() {
	b := make([]byte, size)
	if r := hugeAligned(b); len(r) > 0 {
		_ = syscall.Madvise(r, syscall.MADV_HUGEPAGE)
	}
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
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
