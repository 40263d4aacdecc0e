package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Every piece is done once, and on a machine of several cores at least two
// at the same time: each piece waits, a little, for another to start.
func TestEachDoesEveryPieceOnceOnSeveralGoroutines(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	const n = 100
	var done [n]atomic.Int32
	var mu sync.Mutex
	running, most := 0, 0
	Each(n, func(i int) {
		mu.Lock()
		running++
		most = max(most, running)
		mu.Unlock()
		deadline := time.Now().Add(time.Second)
		for {
			mu.Lock()
			others := running > 1 || most > 1
			mu.Unlock()
			if others || time.Now().After(deadline) {
				break
			}
			time.Sleep(time.Millisecond)
		}
		done[i].Add(1)
		mu.Lock()
		running--
		mu.Unlock()
	})
	for i := range done {
		if got := done[i].Load(); got != 1 {
			t.Errorf("piece %d done %d times", i, got)
		}
	}
	if most < 2 {
		t.Errorf("at most %d pieces ran at once on 4 cores", most)
	}
	if w := Workers(3); w != 3 {
		t.Errorf("Workers(3) on 4 cores = %d", w)
	}
	if w := Workers(0); w != 1 {
		t.Errorf("Workers(0) = %d", w)
	}
}
