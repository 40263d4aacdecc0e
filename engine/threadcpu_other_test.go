//go:build !linux

package engine

import "time"

var clockStart = time.Now()

// threadCPU falls back on wall time where the thread's CPU time is not at
// hand.
func threadCPU() time.Duration { return time.Since(clockStart) }
