package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine/facts"
	"github.com/newslint/newslint/engine/policy"
)

// Version is set at build time with -ldflags "-X main.Version=v1.2.3".
var Version = ""

func versionString() string {
	v := Version
	if v == "" {
		v = "dev"
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	return v
}

func versionLine() string {
	return fmt.Sprintf("newslint %s (facts schema v%d, OPA %s, %s)", versionString(), facts.Version, policy.OPAVersion(), runtime.Version())
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintln(cmd.OutOrStdout(), versionLine())
		},
	}
}
