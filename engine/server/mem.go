package server

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// memGate admits articles by their memory budget against the server's
// total: a request waits while the budgets of those being linted leave no
// room for its own. With manage set, it keeps Go's soft memory limit at
// the total plus what the process uses at rest, and gives memory back to
// the system once a large article is done.
type memGate struct {
	mu     sync.Mutex
	total  int64
	used   int64
	wake   chan struct{} // closed (and replaced) whenever memory is freed
	manage bool
	// rest is the heap in use when nothing is linted (rules, data).
	rest     int64
	freeing  atomic.Bool
	highMark int64 // the most reserved since memory was last given back
}

func newMemGate(total int64, manage bool) *memGate {
	return &memGate{total: total, wake: make(chan struct{}), manage: manage}
}

// settle measures the process at rest (once the rules are loaded) and
// sets the soft memory limit.
func (g *memGate) settle() {
	if !g.manage {
		return
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	g.rest = int64(m.Sys - m.HeapReleased)
	debug.SetMemoryLimit(g.rest + g.total)
	// Below the limit, the heap may grow to five times what is live
	// rather than two: each request leaves about half a megabyte of
	// garbage over a live heap of some 30 MB (the rules, the knowledge
	// base), and each collection marks all of it. Collecting a quarter as
	// often takes about a sixth less CPU per request (GOGC 100: 6.5 ms,
	// 200: 5.7, 400: 5.2 under the load test) for some 40 MB more at the
	// peak (145 MB, against 101 at 200). The limit above still bounds
	// the heap. A GOGC set by the user is kept.
	if old := debug.SetGCPercent(serverGCPercent); old != 100 {
		debug.SetGCPercent(old)
	}
}

// serverGCPercent is the server's GOGC when the user sets none.
const serverGCPercent = 400

// acquire reserves n bytes, waiting until they fit or ctx is done.
func (g *memGate) acquire(ctx context.Context, n int64) bool {
	for {
		g.mu.Lock()
		if g.used+n <= g.total {
			g.used += n
			g.highMark = max(g.highMark, g.used)
			g.mu.Unlock()
			return true
		}
		wake := g.wake
		g.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return false
		}
	}
}

// release gives n bytes back; once nothing is reserved after a large
// article, the memory goes back to the system.
func (g *memGate) release(n int64) {
	g.mu.Lock()
	g.used -= n
	idle := g.used == 0 && g.highMark > 256<<20
	if idle {
		g.highMark = 0
	}
	close(g.wake)
	g.wake = make(chan struct{})
	g.mu.Unlock()
	if idle && g.manage && g.freeing.CompareAndSwap(false, true) {
		go func() {
			defer g.freeing.Store(false)
			debug.FreeOSMemory()
		}()
	}
}

func (g *memGate) reserved() int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.used
}

// formatBytes writes a size as people read it: 64 MB, 1.5 GB.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}
