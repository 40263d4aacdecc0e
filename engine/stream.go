package engine

import (
	"context"
	"io"
	"sort"
	"sync"
)

// SortInputs orders inputs as reports list files: by displayed path, the
// order of equal paths kept.
func SortInputs(inputs []Input) {
	sort.SliceStable(inputs, func(i, j int) bool { return inputs[i].Display < inputs[j].Display })
}

// LintEach lints inputs on p's jobs and hands each file's result to fn, one
// at a time, in the order of inputs, whatever the number of jobs: results
// that finish early wait for the ones before them, and the workers stop
// taking new files while too many wait, so that a run of any length holds
// a handful of results at once. fn runs on the calling goroutine; a file
// that cannot be read comes as a result with Err set. The findings of a
// result are in the order the engine made them (report.SortFindings
// orders them as reports do).
func (p *Prepared) LintEach(ctx context.Context, inputs []Input, stdin io.Reader, fn func(FileResult)) {
	jobs := min(p.jobs, max(len(inputs), 1))
	var mem *memoryLimit
	if p.manageMemory {
		mem = newMemoryLimit()
		defer mem.done()
	}
	type done struct {
		at int
		r  FileResult
	}
	// A slot is taken when a file is handed out and given back when its
	// result has gone to fn: at most window files are being linted or wait.
	window := 4 * max(jobs, 1)
	slots := make(chan struct{}, window)
	work := make(chan int)
	results := make(chan done, window)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results <- done{i, p.lintInput(ctx, inputs[i], stdin, mem)}
			}
		}()
	}
	go func() {
		for i := range inputs {
			slots <- struct{}{}
			work <- i
		}
		close(work)
		wg.Wait()
		close(results)
	}()
	// Files are handed out in order, so the next one to report is always
	// among those being linted: waiting for it cannot deadlock.
	pending := map[int]FileResult{}
	next := 0
	for d := range results {
		pending[d.at] = d.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			fn(r)
			<-slots
		}
	}
}
