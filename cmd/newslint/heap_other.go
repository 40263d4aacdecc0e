//go:build !linux

package main

// prepareStartupHeap does nothing where huge pages are not asked for by
// madvise (see heap_linux.go).
func prepareStartupHeap() {}
