package main

import (
	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/policy"
)

func newTestCmd() *cobra.Command {
	var (
		s       setup
		run     string
		verbose bool
	)
	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run the Rego unit tests of custom rules (or of the built-in rules)",
		Long: `Run the Rego unit tests (test_* rules in *_test.rego files) found under each
DIR, which holds custom rules and their tests. With no DIR, run those of the
directories in [rules] paths of .newslint.toml, or, without any, the tests
of the built-in rules. Rules are compiled as for 'newslint lint', with the
built-in data, the data files of .newslint.toml and --data, and every rule's
default options. Tests can read an article with the real readers:

    facts := newslint.facts("Ex-President Joe Biden spoke.", "markdown")
    findings := my_rule.report with input as facts

Each rule's METADATA example (custom.example.bad / good) is checked too.
Exit codes: 0 all tests pass; 1 a test failed; 2 a rule or test does not
compile (the message names file:line:column).`,
		Example: `  newslint test newslint-rules         # your rules
  newslint test --no-config            # the built-in rules
  newslint test -v --run house_terms newslint-rules`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := s.loadConfig()
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			dirs := args
			if len(dirs) == 0 {
				dirs = cfg.RulePaths
			}
			results, err := engine.New().WithConfig(cfg).WithDataPaths(s.data...).Test(cmd.Context(), dirs, run)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			if policy.ReportTests(cmd.OutOrStdout(), results, verbose) > 0 {
				return &codeError{code: exitFindings}
			}
			return nil
		},
	}
	s.configFlags(cmd)
	cmd.Flags().StringVar(&run, "run", "", "run only the tests whose name (package.test_name) matches this regular expression")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every test, with its print() output")
	return cmd
}
