package engine

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync"
)

// memoryLimit keeps Go's soft memory limit at what the process uses at
// rest plus the budgets of the files being linted, so that the heap stays
// near what is in use instead of growing to twice it between collections:
// a run's peak memory is then about its files' budgets. Set by
// WithManagedMemory; the limit is lifted when the run ends.
type memoryLimit struct {
	mu       sync.Mutex
	rest     int64
	reserved int64
}

// slack covers what is not charged to a file: the report, the runtime.
const slack = 32 << 20

func newMemoryLimit() *memoryLimit {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return &memoryLimit{rest: int64(m.Sys - m.HeapReleased)}
}

func (l *memoryLimit) add(n int64) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.reserved += n
	debug.SetMemoryLimit(l.rest + l.reserved + slack)
}

func (l *memoryLimit) done() {
	if l != nil {
		debug.SetMemoryLimit(math.MaxInt64)
	}
}
