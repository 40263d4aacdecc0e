package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/fix"
)

func newFixCmd() *cobra.Command {
	var (
		s             setup
		showDiff      bool
		stdinFilename string
	)
	cmd := &cobra.Command{
		Use:   "fix [--diff] PATH|-...",
		Short: "Apply the fixes of fixable rules to articles, in place (or print them as a diff)",
		Long: `Apply the exact replacements of rules whose fixes are safe to apply unread
(newslint rules --format json lists them as fixable): a weekday that disagrees
with a written date, and what custom rules mark fixable. A fix is never
applied where its span holds markup, nor to a file that would not read back
exactly, nor to a file another program changed since newslint read it; each
fix left out is named with its reason on stderr. Files are rewritten whole,
through a temporary file, keeping their mode.

With --diff, nothing is written: the changes are printed as a unified diff
and the exit code is 1 when there is something to fix. "-" reads stdin and
writes the fixed article to stdout.`,
		Example: `  newslint fix articles/
  newslint fix --diff story.md
  cat story.md | newslint fix - > fixed.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("fix needs at least one path (a file, a folder, or - for stdin)")
			}
			if err := checkStdinFilename(stdinFilename); err != nil {
				return err
			}
			p, _, err := s.prepare(cmd.Context(), 1)
			if err != nil {
				return err
			}
			inputs, errs := p.Expand(args, stdinFilename)
			failed := len(errs) > 0
			for _, e := range errs {
				fmt.Fprintln(os.Stderr, "newslint:", e.String())
			}
			changed := false
			for _, in := range inputs {
				r, err := fixInput(cmd.Context(), p, in, showDiff, cmd.OutOrStdout())
				for _, sk := range r.skipped {
					fmt.Fprintf(os.Stderr, "newslint: %s:%d: %s not fixed: %s\n", in.Display, sk.Edit.Line, sk.Edit.Rule, sk.Reason)
				}
				if err != nil {
					fmt.Fprintf(os.Stderr, "newslint: %s: %v\n", in.Display, err)
					failed = true
					continue
				}
				if r.fixes > 0 {
					changed = true
					if !showDiff && !in.Stdin {
						fmt.Fprintf(cmd.ErrOrStderr(), "fixed %s: %s\n", in.Display, r.summary())
					}
				}
			}
			switch {
			case failed:
				return &codeError{code: exitError}
			case showDiff && changed:
				return &codeError{code: exitFindings}
			}
			return nil
		},
	}
	s.configFlags(cmd)
	s.dateFlag(cmd)
	s.ruleFlags(cmd)
	s.sizeFlag(cmd)
	f := cmd.Flags()
	f.BoolVar(&showDiff, "diff", false, "print the fixes as a unified diff instead of writing them (exit 1 when there are any)")
	f.StringVar(&stdinFilename, "stdin-filename", "", "name for the article read from - (its extension picks the reader; without one, the content does)")
	return cmd
}

// fixed is what fixing one file did.
type fixed struct {
	fixes   int
	byRule  map[string]int
	skipped []fix.Skipped
}

func (f fixed) summary() string {
	rules := make([]string, 0, len(f.byRule))
	for r, n := range f.byRule {
		rules = append(rules, fmt.Sprintf("%s ×%d", r, n))
	}
	sort.Strings(rules)
	word := "fixes"
	if f.fixes == 1 {
		word = "fix"
	}
	return fmt.Sprintf("%d %s (%s)", f.fixes, word, strings.Join(rules, ", "))
}

// maxPasses bounds the rounds of fixing one file: a fix may let another
// rule's fix apply (two edits that overlapped), never more than a few.
const maxPasses = 4

// fixInput fixes one file: lint, apply the fixable findings' replacements,
// read the result back, and lint again until nothing is left to fix.
func fixInput(ctx context.Context, p *engine.Prepared, in engine.Input, showDiff bool, stdout io.Writer) (fixed, error) {
	r := fixed{byRule: map[string]int{}}
	orig, err := p.ReadInput(in, os.Stdin)
	if err != nil {
		return r, err
	}
	doc, err := document.Read(in.Display, orig, in.Format)
	if err != nil {
		return r, err
	}
	if !doc.Exact() {
		return r, errors.New("not fixed: the file has bytes that are not valid in its encoding, and writing it back could not keep them")
	}
	first, cur := doc, orig
	for pass := 0; pass < maxPasses; pass++ {
		res := p.LintDocument(ctx, doc)
		if res.Err != nil {
			return r, errors.New(res.Err.Message)
		}
		var fixable = res.Findings[:0:0]
		for _, f := range res.Findings {
			if p.Fixable(f.Rule) {
				fixable = append(fixable, f)
			}
		}
		next, applied, skipped := fix.Apply(doc, cur, fix.Edits(fixable))
		if pass == 0 {
			r.skipped = skipped
		}
		if len(applied) == 0 {
			break
		}
		if doc, err = fix.ReadBack(in.Display, doc.Format, next); err != nil {
			return r, fmt.Errorf("not fixed: %v", err)
		}
		cur = next
		r.fixes += len(applied)
		for _, e := range applied {
			r.byRule[e.Rule]++
		}
	}
	if r.fixes == 0 {
		if in.Stdin && !showDiff {
			_, err = stdout.Write(orig)
		}
		return r, err
	}
	switch {
	case showDiff:
		_, err = io.WriteString(stdout, fix.Unified(in.Display, string(first.Buf), string(doc.Buf)))
	case in.Stdin:
		_, err = stdout.Write(cur)
	default:
		err = writeInPlace(in.Path, orig, cur)
	}
	return r, err
}

// writeInPlace replaces the file's content with fixed, unless the file no
// longer holds orig (another program changed it since it was read): through
// a temporary file in the same folder, renamed over it, with its mode.
func writeInPlace(path string, orig, fixed []byte) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	now, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, orig) {
		return errors.New("not fixed: the file changed since newslint read it; run newslint fix again")
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".newslint-*")
	if err != nil {
		return fmt.Errorf("not fixed: %v", err)
	}
	defer os.Remove(tmp.Name()) // after a rename, there is nothing left to remove
	if _, err := tmp.Write(fixed); err != nil {
		tmp.Close()
		return fmt.Errorf("not fixed: %v", err)
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		tmp.Close()
		return fmt.Errorf("not fixed: %v", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("not fixed: %v", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("not fixed: %v", err)
	}
	return os.Rename(tmp.Name(), path)
}
