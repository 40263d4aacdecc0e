package server

import (
	"runtime/debug"
	"testing"
)

// A server that manages its memory collects less often than Go's default
// (GOGC 200, below its memory limit), unless the user set GOGC; one that
// does not manage it leaves both alone.
func TestSettleSetsTheCollectorsPace(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	pace := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}
	newMemGate(1<<30, true).settle()
	if p := pace(); p != serverGCPercent {
		t.Errorf("GOGC %d, want %d", p, serverGCPercent)
	}
	debug.SetGCPercent(150)
	newMemGate(1<<30, true).settle()
	if p := pace(); p != 150 {
		t.Errorf("GOGC %d, want the user's 150 kept", p)
	}
	debug.SetGCPercent(100)
	newMemGate(1<<30, false).settle()
	if p := pace(); p != 100 {
		t.Errorf("GOGC %d, want 100 left alone", p)
	}
}
