package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/kb"
)

// newKBImportCmd is `kb import wikidata FILE`.
func newKBImportCmd(s *setup) *cobra.Command {
	imp := &cobra.Command{
		Use:   "import",
		Short: "Turn office holders from another source into knowledge-base TOML",
	}
	var out string
	var user bool
	wd := &cobra.Command{
		Use:   "wikidata FILE",
		Short: "Import the JSON results of a Wikidata SPARQL query over \"position held\" statements",
		Long: `Read the JSON results of the SPARQL query in docs/knowledge-base.md (as the
Wikidata Query Service returns them; FILE may be - for stdin), compare them
with the knowledge base (built-in, --data and the config's data files), and
write what is new as knowledge-base TOML: offices, people and terms.

Nothing in the base is overwritten. What disagrees with it — a different
start or end date, a term overlapping another holder's, a homonym the base
gives another Wikidata item, a date known only to the month or year — is
reported on stderr, office by office, and not written; the exit code is then
1. Names the base lacks for entries it has are reported (written too with
--user, as amendments a data file may make).`,
		Example: `  newslint kb import wikidata results.json -o rules/kb/imported.toml
  newslint kb import wikidata --user results.json -o newsroom-offices.toml
  newslint kb diff builtin builtin+rules/kb/imported.toml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var r io.Reader
			name := args[0]
			if name == "-" {
				r, name = cmd.InOrStdin(), "stdin"
			} else {
				f, err := os.Open(name)
				if err != nil {
					return &codeError{code: exitError, err: err}
				}
				defer f.Close()
				r = f
			}
			res, err := kb.ParseWikidata(r)
			if err != nil {
				return &codeError{code: exitError, err: fmt.Errorf("%s: %w", name, err)}
			}
			base, err := s.knowledge(false)
			if err != nil {
				return err
			}
			im := kb.ImportWikidata(base, res, kb.ImportOptions{User: user, Source: filepath.Base(name)})
			table := ""
			if user {
				table = "kb"
			}
			im.Doc.Comment = fmt.Sprintf("Imported from Wikidata (%s) by newslint kb import wikidata.\n"+
				"What disagreed with the knowledge base was reported, not written. Terms imported\n"+
				"carry their statement as source: confirm recent days in dated reports (kb check).",
				filepath.Base(name))
			var buf bytes.Buffer
			if err := kb.WriteTOML(&buf, im.Doc, table); err != nil {
				return &codeError{code: exitError, err: err}
			}
			if out == "" || out == "-" {
				if _, err := cmd.OutOrStdout().Write(buf.Bytes()); err != nil {
					return &codeError{code: exitError, err: err}
				}
			} else if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return &codeError{code: exitError, err: err}
			}
			writeImportReport(cmd.ErrOrStderr(), im)
			if im.Conflicts() > 0 {
				return &codeError{code: exitFindings}
			}
			return nil
		},
	}
	wd.Flags().StringVarP(&out, "output", "o", "", "write the TOML to FILE (default: stdout)")
	wd.Flags().BoolVar(&user, "user", false, "write a user data file ([[kb.roles]] ...), with amendments of entries the base has")
	imp.AddCommand(wd)
	return imp
}

// writeImportReport lists the notes office by office, then the sums.
func writeImportReport(w io.Writer, im *kb.Import) {
	role := ""
	for _, n := range im.Notes {
		if n.Role != role {
			role = n.Role
			fmt.Fprintf(w, "%s (%s):\n", role, im.RoleQID[role])
		}
		fmt.Fprintf(w, "  %s: %s\n", n.Kind, n.Msg)
	}
	newPeople := 0
	for _, p := range im.Doc.People {
		if p.Name != "" {
			newPeople++
		}
	}
	newRoles := 0
	for _, r := range im.Doc.Roles {
		if r.Name != "" {
			newRoles++
		}
	}
	parts := []string{
		fmt.Sprintf("%d offices, %d people, %d terms added", newRoles, newPeople, len(im.Doc.Terms)),
		fmt.Sprintf("%d conflicts (not written)", im.Conflicts()),
		fmt.Sprintf("%d statements already in the base", im.Same),
	}
	fmt.Fprintf(w, "kb import: %s\n", strings.Join(parts, "; "))
}

// newKBDiffCmd is `kb diff A B`.
func newKBDiffCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "diff A B",
		Short: "What changes from knowledge base A to B, office by office",
		Long: `Compare two knowledge bases: terms added, removed or changed (a new end, a
moved start), offices' names, labels and titles, people renamed, their
aliases, events. A and B are each:

  builtin              the built-in base (rules/kb/*.toml)
  PATH                 a TOML file or a folder of them (entries at the top level,
                       or under [kb] as in a data file)
  builtin+PATH[+PATH]  the built-in base with those files: a data file ([kb])
                       as a layer over it, another file as one more built-in file

A base that does not validate is still compared; its problems are counted on
stderr (kb check lists them). The exit code is 1 when the bases differ.`,
		Example: `  newslint kb diff builtin builtin+imported.toml      # what an import adds
  newslint kb diff builtin builtin+newsroom.toml      # what a data file changes
  newslint kb diff old/rules/kb rules/kb              # what an edit changed`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var bases [2]*kb.Base
			for i, spec := range args {
				b, problems, err := engine.ReadKnowledge(spec)
				if err != nil {
					return &codeError{code: exitError, err: err}
				}
				if len(problems) > 0 {
					fmt.Fprintf(cmd.ErrOrStderr(), "kb diff: %s has %d problems (kb check lists them); compared as it is\n", spec, len(problems))
				}
				bases[i] = b
			}
			changes := kb.Diff(bases[0], bases[1])
			out := cmd.OutOrStdout()
			if len(changes) == 0 {
				fmt.Fprintln(out, "no differences")
				return nil
			}
			fmt.Fprint(out, kb.FormatDiff(changes, bases[0], bases[1]))
			fmt.Fprintf(out, "%d changes\n", len(changes))
			return &codeError{code: exitFindings}
		},
	}
}
