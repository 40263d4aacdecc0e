package main

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/lsp"
)

func newLSPCmd() *cobra.Command {
	var (
		s        setup
		debounce time.Duration
	)
	cmd := &cobra.Command{
		Use:   "lsp",
		Short: "Run the language server for editors (over stdin and stdout)",
		Long: `Run newslint as a Language Server Protocol server over stdin and stdout, for
Markdown, HTML and plain text. Editors start it themselves (docs/editors.md):
it lints a document when it is opened and shortly after each change, and
answers with diagnostics (the rule id as code, linked to its documentation),
hovers that show each finding's evidence, and code actions that apply a
finding's replacement. The rules are prepared once, and again when
.newslint.toml, a rules folder or a data file changes.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lim, err := s.limits()
			if err != nil {
				return err
			}
			load := func(root string) (*engine.Prepared, []string, error) {
				dir := root
				if dir == "" {
					dir, _ = os.Getwd()
				}
				cfg, err := s.loadConfigFrom(dir)
				if err != nil {
					return nil, nil, err
				}
				p, err := s.prepareWith(context.Background(), cfg, 1, lim)
				// Watch the config, or where one would be created.
				watched := []string{filepath.Join(dir, config.FileName)}
				if cfg.Path != "" {
					watched[0] = cfg.Path
				}
				watched = append(append(append(append(watched, cfg.RulePaths...), s.rules...), cfg.DataPaths...), s.data...)
				return p, watched, err
			}
			srv := lsp.New(load, debounce, versionString())
			if err := srv.Serve(cmd.Context(), stdio{}); err != nil {
				return &codeError{code: exitFindings, err: err}
			}
			return nil
		},
	}
	s.configFlags(cmd)
	s.ruleFlags(cmd)
	s.limitFlags(cmd)
	cmd.Flags().DurationVar(&debounce, "debounce", 200*time.Millisecond, "pause after the last change before linting")
	return cmd
}

// stdio is stdin and stdout as one stream, the LSP transport.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
func (stdio) Close() error                { return nil }
