// Command newslint lints news articles: it reads Markdown, HTML and plain
// text, extracts facts, and checks them against Rego rules.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	// Before the packages whose initialisation allocates: start-up's heap
	// on huge pages.
	_ "github.com/newslint/newslint/internal/hugepages/atstart"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// exitError carries an exit code out of a command.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	defer startupGC()()
	root := newRootCmd()
	defer profiling(root)()
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ce *codeError
	if errors.As(err, &ce) {
		if ce.err != nil {
			fmt.Fprintln(os.Stderr, "newslint:", ce.err)
		}
		return ce.code
	}
	fmt.Fprintln(os.Stderr, "newslint:", err)
	return exitError
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "newslint",
		Short: "A lint engine for news articles",
		Long: `newslint reads news articles (Markdown with front matter, HTML, plain text),
turns them into facts (blocks, sentences, dates, people and offices, links,
metadata) and checks the facts against Rego rules: office holders named with
offices they did not hold, wrong weekdays and dates, spam and SEO boilerplate,
placeholders and leaked notes.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionLine(), // --version, as the version command
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &codeError{code: exitError, err: fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	root.AddCommand(newLintCmd(), newFixCmd(), newFactsCmd(), newRulesCmd(), newVersionCmd())
	root.AddCommand(newServeCmd(), newLSPCmd())
	root.AddCommand(newTestCmd(), newInitCmd())
	root.AddCommand(newKBCmd())
	nameArgErrors(root)
	return root
}

// nameArgErrors makes every command's argument errors say which command
// they are about: "newslint facts: accepts 1 arg(s), received 2 (see
// 'newslint facts --help')".
func nameArgErrors(c *cobra.Command) {
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return &codeError{code: exitError, err: fmt.Errorf("%s: %w (see '%s --help')", cmd.CommandPath(), err, cmd.CommandPath())}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		nameArgErrors(sub)
	}
}

// usageErr marks an error as a usage error (exit 2).
func usageErr(format string, args ...any) error {
	return &codeError{code: exitError, err: fmt.Errorf(format, args...)}
}
