package main

import (
	"fmt"
	"os"

	"github.com/fatih/color"
	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine/report"
)

func newLintCmd() *cobra.Command {
	var (
		s             setup
		format        string
		failLevel     string
		jobs          int
		stdinFilename string
		noColor       bool
	)
	cmd := &cobra.Command{
		Use:   "lint [PATH|-]...",
		Short: "Lint files and folders (- reads stdin)",
		Long: `Lint articles. Folders are walked recursively for .md, .markdown, .txt, .html
and .htm files; "-" reads one article from stdin (name it with --stdin-filename
to pick the reader and the reported path).

Exit codes: 0 no finding at or above the fail level; 1 findings at or above
it; 2 a usage, configuration, rule or input error.`,
		Example: `  newslint lint testdata/
  newslint lint --format json --date 2025-05-01 article.md
  cat story.html | newslint lint --stdin-filename story.html -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("lint needs at least one path (a file, a folder, or - for stdin)")
			}
			rep, err := report.New(format, report.Options{Color: !noColor && !color.NoColor})
			if err != nil {
				return usageErr("--format: %v", err)
			}
			p, cfg, err := s.prepare(cmd.Context(), jobs)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("fail-level") && cfg.FailLevel != "" {
				failLevel = cfg.FailLevel
			}
			level, err := report.ParseSeverity(failLevel)
			if err != nil {
				return usageErr("--fail-level: %v", err)
			}
			res := p.LintPaths(cmd.Context(), args, os.Stdin, stdinFilename)
			for _, e := range res.Errors {
				fmt.Fprintln(os.Stderr, "newslint:", e.String())
			}
			if err := rep.Report(cmd.OutOrStdout(), res); err != nil {
				return &codeError{code: exitError, err: err}
			}
			switch {
			case len(res.Errors) > 0:
				return &codeError{code: exitError}
			case res.Fails(level):
				return &codeError{code: exitFindings}
			}
			return nil
		},
	}
	s.flags(cmd)
	f := cmd.Flags()
	f.StringVarP(&format, "format", "f", "text", "output format: "+joinFormats())
	f.StringVar(&failLevel, "fail-level", "error", "exit 1 when a finding is at or above this severity: error, warning, info, none")
	f.IntVar(&jobs, "jobs", 0, "files linted at once (default: one per CPU)")
	f.StringVar(&stdinFilename, "stdin-filename", "", "name for the article read from - (picks the reader by its extension)")
	f.BoolVar(&noColor, "no-color", false, "no colours in text output (also NO_COLOR, or when not a terminal)")
	return cmd
}

func joinFormats() string {
	out := ""
	for i, n := range report.FormatNames() {
		if i > 0 {
			out += "|"
		}
		out += n
	}
	return out
}
