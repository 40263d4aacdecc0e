//go:build !linux

// Package hugepages asks the kernel for huge pages for the parts of the
// heap that fill at once, where the kernel takes such advice (see
// hugepages_linux.go); elsewhere it does nothing.
package hugepages

// Start does nothing here.
func Start() {}

// End does nothing here.
func End() {}

// Ready does nothing here.
func Ready(int) {}
