package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/kb"
)

func newKBCmd() *cobra.Command {
	var s setup
	cmd := &cobra.Command{
		Use:   "kb",
		Short: "Check and query the knowledge base of office holders and events",
		Long: `The knowledge base says who held which office when, and when known events
happened. It is built into newslint (rules/kb/*.toml); --data files and the
config's data = [...] add to it, amend it and override it (docs/knowledge-base.md).`,
	}
	s.kbFlags(cmd)
	var strict bool
	check := &cobra.Command{
		Use:   "check",
		Short: "Validate the knowledge base (built-in plus --data) and print its size",
		Long: `Validate the knowledge base: references resolve (in terms, events and
retirements), dates are real, terms start before they end, a one-holder
office has no overlapping terms and nobody holds an office twice at once, a
name or alias belongs to one person unless marked ambiguous, as_of is set.
Problems are listed with file and line; the exit code is then 2.

Warnings follow: a term that begins or ends in the last three calendar years
up to as_of (2024–2026 for a base as of 2026) without a source. They do not
fail the check unless --strict is given.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			base, err := s.knowledge(true)
			if err != nil {
				return err
			}
			warnings := base.Audit()
			if fresh, err := engine.CompactKnowledgeFresh(); err == nil && !fresh {
				warnings = append(warnings, kb.Error{Origin: kb.Origin{File: "engine/kb/builtin.nlkb"},
					Msg: "the compact form of the built-in base is older than rules/kb/*.toml: run go generate ./engine/kb (until then every start reads and validates the TOML)"})
			}
			out := cmd.OutOrStdout()
			if strict && len(warnings) > 0 {
				return &codeError{code: exitError, err: fmt.Errorf("knowledge base (--strict): %d warnings:\n%w", len(warnings), warnings)}
			}
			for _, w := range warnings {
				fmt.Fprintf(out, "%s: warning: %s\n", w.Origin, w.Msg)
			}
			c := base.Counts()
			fmt.Fprintf(out, "knowledge base OK: %d roles, %d people, %d terms, %d events; as of %s",
				c.Roles, c.People, c.Terms, c.Events, c.AsOf)
			if len(warnings) > 0 {
				fmt.Fprintf(out, "; %d warnings (--strict fails on them)", len(warnings))
			}
			fmt.Fprintln(out)
			return nil
		},
	}
	check.Flags().BoolVar(&strict, "strict", false, "fail (exit 2) on warnings too")
	who := &cobra.Command{
		Use:   "who ROLE DATE",
		Short: "Who held an office on a day (ROLE: id, name or label; DATE: YYYY-MM-DD)",
		Example: `  newslint kb who nato-secretary-general 2024-09-30
  newslint kb who "UK Prime Minister" 2022-10-01`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDate(args[1]); err != nil {
				return usageErr("DATE: %v", err)
			}
			base, err := s.knowledge(false)
			if err != nil {
				return err
			}
			roles := base.FindRole(args[0])
			if len(roles) == 0 {
				return usageErr("no office %q in the knowledge base (try an id such as us-president, or a label)", args[0])
			}
			out := cmd.OutOrStdout()
			for _, r := range roles {
				day := args[1]
				switch {
				case !base.Known(r.ID, day):
					fmt.Fprintf(out, "%s on %s: unknown — the knowledge base knows up to %s\n", r.Name, day, knownUntil(base, r))
				default:
					holders := base.HoldersAt(r.ID, day)
					if len(holders) == 0 {
						fmt.Fprintf(out, "%s on %s: nobody in the knowledge base\n", r.Name, day)
					}
					for _, t := range holders {
						fmt.Fprintf(out, "%s on %s: %s (%s), %s\n", r.Name, day, base.Person(t.Person).Name, t.Person, termText(t))
					}
				}
			}
			return nil
		},
	}
	show := &cobra.Command{
		Use:     "show PERSON",
		Short:   "A person's names and terms (PERSON: id, name or alias)",
		Example: `  newslint kb show Stoltenberg`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			base, err := s.knowledge(false)
			if err != nil {
				return err
			}
			people := base.FindPerson(args[0])
			if len(people) == 0 {
				return usageErr("no person %q in the knowledge base", args[0])
			}
			out := cmd.OutOrStdout()
			for i, p := range people {
				if i > 0 {
					fmt.Fprintln(out)
				}
				fmt.Fprintf(out, "%s (%s)  %s\n", p.Name, p.ID, p.Origin)
				if len(p.Aliases) > 0 {
					fmt.Fprintf(out, "  aliases: %s\n", strings.Join(p.Aliases, ", "))
				}
				if len(p.AmbiguousAliases) > 0 {
					fmt.Fprintf(out, "  ambiguous aliases (after a full or titled mention): %s\n", strings.Join(p.AmbiguousAliases, ", "))
				}
				tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				for _, t := range p.Terms {
					acting := ""
					if t.Acting {
						acting = " (acting)"
					}
					fmt.Fprintf(tw, "  %s%s\t%s\t%s\n", base.Role(t.Role).Name, acting, termText(t), t.Source)
				}
				tw.Flush()
			}
			return nil
		},
	}
	cmd.AddCommand(check, who, show, newKBImportCmd(&s), newKBDiffCmd())
	return cmd
}

// kbFlags registers the flags the kb commands share (on the parent, so
// that `newslint kb check --data x.toml` works).
func (s *setup) kbFlags(cmd *cobra.Command) {
	f := cmd.PersistentFlags()
	f.StringVar(&s.configPath, "config", "", "config file (default: .newslint.toml found from the working directory upwards)")
	f.BoolVar(&s.noConfig, "no-config", false, "ignore .newslint.toml")
	f.StringArrayVar(&s.data, "data", nil, "extra data file, TOML or JSON (repeatable)")
}

// knowledge builds the knowledge base with the config's and --data files;
// validate reads the built-in TOML rather than its compact form, and
// validates all of it.
func (s *setup) knowledge(validate bool) (*kb.Base, error) {
	cfg, err := s.loadConfig()
	if err != nil {
		return nil, &codeError{code: exitError, err: err}
	}
	l := engine.New().WithConfig(cfg).WithDataPaths(s.data...)
	build := l.Knowledge
	if validate {
		build = l.CheckKnowledge
	}
	base, err := build()
	if err != nil {
		return nil, &codeError{code: exitError, err: err}
	}
	return base, nil
}

func termText(t *kb.Term) string {
	if t.End == "" {
		return "since " + t.Start
	}
	return t.Start + " to " + t.End + " (exclusive)"
}

func knownUntil(base *kb.Base, r *kb.Role) string {
	if r.UnknownAfter != "" && r.UnknownAfter < base.AsOf {
		return r.UnknownAfter + " for this office"
	}
	return base.AsOf
}
