// Package parallel spreads independent pieces of one task over the cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Workers is how many goroutines Each uses for n pieces: one a core, and
// no more than there are pieces.
func Workers(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n))
}

// Each calls fn(i) for every i in [0, n) on Workers(n) goroutines, each
// taking the next piece not yet taken, and returns when all are done.
// Pieces are taken in order, so that the first ones finish first.
func Each(n int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range Workers(n) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				fn(i)
			}
		})
	}
	wg.Wait()
}
