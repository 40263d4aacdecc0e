package main

import (
	"encoding/json"
	"os"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/policy"
)

func newFactsCmd() *cobra.Command {
	var (
		s             setup
		stdinFilename string
		format        string
	)
	cmd := &cobra.Command{
		Use:   "facts PATH|-",
		Short: "Print the facts the rules see for one article, as JSON or YAML",
		Long: `Print exactly the input the rules receive for one article: blocks,
sentences, dates, links, metadata and the reference date with its source.
The schema is documented in docs/facts.md.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "yaml" && format != "yml" {
				return usageErr("--format: want json or yaml")
			}
			if err := checkStdinFilename(stdinFilename); err != nil {
				return err
			}
			s.background = true // the facts need no rule
			p, _, err := s.prepare(cmd.Context(), 1)
			if err != nil {
				return err
			}
			inputs, errs := p.Expand(args, stdinFilename)
			if len(errs) > 0 {
				return &codeError{code: exitError, err: errorString(errs[0].String())}
			}
			if len(inputs) != 1 {
				return usageErr("facts takes one article, %q names %d", args[0], len(inputs))
			}
			in := inputs[0]
			data, err := p.ReadInput(in, os.Stdin)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			doc, err := document.Read(in.Display, data, in.Format)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			return printFacts(cmd, p, doc, format)
		},
	}
	// Facts do not depend on the rules: only what reads the article.
	s.configFlags(cmd)
	s.dateFlag(cmd)
	s.urlFlags(cmd)
	s.sizeFlag(cmd)
	cmd.Flags().StringVar(&stdinFilename, "stdin-filename", "", "name for the article read from - (its extension picks the reader; without one, the content does)")
	cmd.Flags().StringVarP(&format, "format", "f", "json", "json or yaml")
	return cmd
}

func printFacts(cmd *cobra.Command, p *engine.Prepared, doc *document.Document, format string) error {
	v, err := policy.JSON(p.Facts(doc))
	if err != nil {
		return err
	}
	if format == "yaml" || format == "yml" {
		// Through JSON, so that numbers print as numbers.
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		var plain any
		if err := json.Unmarshal(b, &plain); err != nil {
			return err
		}
		enc := yaml.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent(2)
		return enc.Encode(plain)
	}
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

type errorString string

func (e errorString) Error() string { return string(e) }
