package main

import (
	"os"
	"runtime/debug"
	"sync"

	"github.com/newslint/newslint/internal/hugepages"
)

// startupMemory bounds the heap while the collector is off at start-up:
// past it, the collector runs as usual (a very large --data file, say).
const startupMemory = 256 << 20

// restoreGC turns the collector back on after start-up (see startupGC)
// and withdraws start-up's huge pages (hugepages.End); prepareWith calls
// it once the rules are compiled.
var restoreGC = func() {}

// startupGC turns the garbage collector off while newslint starts: parsing
// and compiling the rules and loading the data allocate about 40 MB that
// mostly stays live, so collecting along the way is wasted work (40 % of
// the instructions of `newslint lint` on one short article). The returned
// function, also restoreGC, turns it back on as it was. A GOGC or
// GOMEMLIMIT set by the user is left alone.
func startupGC() func() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		restoreGC = hugepages.End
		return restoreGC
	}
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(startupMemory)
	var once sync.Once
	restoreGC = func() {
		once.Do(func() {
			debug.SetGCPercent(percent)
			debug.SetMemoryLimit(limit)
			hugepages.End()
		})
	}
	return restoreGC
}
