package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func newRulesCmd() *cobra.Command {
	var (
		s      setup
		format string
	)
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules: id, category, severity, title",
		RunE: func(cmd *cobra.Command, args []string) error {
			p, _, err := s.prepare(cmd.Context(), 1)
			if err != nil {
				return err
			}
			rows := p.RuleStatuses()
			out := cmd.OutOrStdout()
			switch format {
			case "json":
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(rows)
			case "text", "table":
				tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tCATEGORY\tSEVERITY\tTITLE")
				for _, r := range rows {
					sev := r.Severity
					if !r.Enabled {
						sev = "off"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Category, sev, r.Title)
				}
				return tw.Flush()
			}
			return usageErr("--format: want text or json")
		},
	}
	s.flags(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "text or json")
	return cmd
}
