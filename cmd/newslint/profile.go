package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// profiling adds the hidden --cpuprofile and --memprofile flags used to
// measure newslint (docs/performance.md). The returned function ends the
// profiles; run calls it whatever the command's outcome.
func profiling(root *cobra.Command) (stop func()) {
	var cpu, mem string
	f := root.PersistentFlags()
	f.StringVar(&cpu, "cpuprofile", "", "write a CPU profile to this file")
	f.StringVar(&mem, "memprofile", "", "write a heap profile to this file on exit")
	_ = f.MarkHidden("cpuprofile")
	_ = f.MarkHidden("memprofile")
	var out *os.File
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if cpu == "" {
			return nil
		}
		var err error
		if out, err = os.Create(cpu); err != nil {
			return usageErr("--cpuprofile: %v", err)
		}
		return pprof.StartCPUProfile(out)
	}
	return func() {
		if out != nil {
			pprof.StopCPUProfile()
			out.Close()
		}
		if mem == "" {
			return
		}
		f, err := os.Create(mem)
		if err != nil {
			fmt.Fprintln(os.Stderr, "newslint: --memprofile:", err)
			return
		}
		runtime.GC()
		_ = pprof.WriteHeapProfile(f)
		f.Close()
	}
}
