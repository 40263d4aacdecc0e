package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
)

// RulesDocCommand regenerates docs/rules.md.
const RulesDocCommand = "go run ./cmd/newslint rules --format markdown --no-config > docs/rules.md"

// ruleRow is a rule as `newslint rules` shows it.
type ruleRow = engine.RuleStatus

func newRulesCmd() *cobra.Command {
	var (
		s      setup
		format string
	)
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules: id, category, severity, title",
		Long: `List every rule, built-in and custom (--rules, or [rules] paths in
.newslint.toml), with its effective severity ("off" when disabled).
'newslint rules show ID' describes one rule. The Markdown format is the rule
reference, docs/rules.md:

    ` + RulesDocCommand,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, _, err := s.prepare(cmd.Context(), 1)
			if err != nil {
				return err
			}
			rows := p.RuleStatuses()
			out := cmd.OutOrStdout()
			switch format {
			case "json":
				return writeJSON(out, rows)
			case "markdown", "md":
				return rulesMarkdown(out, rows)
			case "text", "table":
				tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tCATEGORY\tSEVERITY\tTITLE")
				for _, r := range rows {
					sev := r.Severity
					if !r.Enabled {
						sev = "off"
					}
					title := r.Title
					if r.Custom {
						title += " (custom)"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Category, sev, title)
				}
				return tw.Flush()
			}
			return usageErr("--format: want text, json or markdown")
		},
	}
	s.configFlags(cmd)
	s.ruleFlags(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "text, json or markdown")
	cmd.AddCommand(newRulesShowCmd())
	return cmd
}

func newRulesShowCmd() *cobra.Command {
	var (
		s      setup
		format string
	)
	cmd := &cobra.Command{
		Use:   "show RULE-ID",
		Short: "Describe a rule: title, description, severity, options with defaults, file, example",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, _, err := s.prepare(cmd.Context(), 1)
			if err != nil {
				return err
			}
			var row *ruleRow
			for _, r := range p.RuleStatuses() {
				if r.ID == args[0] {
					row = &r
				}
			}
			if row == nil {
				return usageErr("unknown rule %q%s", args[0], p.DidYouMean(args[0]))
			}
			out := cmd.OutOrStdout()
			switch format {
			case "json":
				return writeJSON(out, row)
			case "text":
				showRule(out, *row)
				return nil
			}
			return usageErr("--format: want text or json")
		},
	}
	s.configFlags(cmd)
	s.ruleFlags(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "text", "text or json")
	return cmd
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func showRule(w io.Writer, r ruleRow) {
	kind := "built-in"
	if r.Custom {
		kind = "custom"
	}
	fmt.Fprintf(w, "%s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(w, "  category  %s (%s)\n", r.Category, kind)
	sev := r.Severity
	if !r.Enabled {
		sev = "off"
	}
	if sev != r.Default {
		sev += " (default " + r.Default + ")"
	}
	fmt.Fprintf(w, "  severity  %s\n", sev)
	fmt.Fprintf(w, "  file      %s\n", r.File)
	if r.Description != "" {
		fmt.Fprintf(w, "\n%s\n", wrap(r.Description, 76, ""))
	}
	fmt.Fprintf(w, "\nSettings in .newslint.toml, with their defaults:\n\n  [rules.%s]\n  severity = %q    # error, warning or info\n  enabled = %v\n", r.ID, r.Default, true)
	for _, k := range optionNames(r.Options) {
		fmt.Fprintf(w, "  %s = %s\n", tomlKey(k), tomlValue(r.Options[k]))
	}
	if r.Example != nil {
		fmt.Fprintf(w, "\nExample, reported:\n\n%s\n", indentText(r.Example.Bad, "    "))
		if r.Example.Good != "" {
			fmt.Fprintf(w, "\nCorrected, not reported:\n\n%s\n", indentText(r.Example.Good, "    "))
		}
	}
	fmt.Fprintf(w, "\nSuppress it in an article with <!-- newslint-disable-next-line %s -->\n", r.ID)
}

func rulesMarkdown(w io.Writer, rows []ruleRow) error {
	var b strings.Builder
	b.WriteString("# Rule reference\n\n")
	b.WriteString("<!-- Generated from the rules' METADATA; do not edit. Regenerate with:\n     " + RulesDocCommand + " -->\n\n")
	b.WriteString("Every rule newslint ships, generated from the rules' METADATA. `newslint rules`\n")
	b.WriteString("lists them with your configuration applied and `newslint rules show ID` describes\n")
	b.WriteString("one. Severities and options are set in `.newslint.toml` under `[rules.<id>]`;\n")
	b.WriteString("see [writing-rules.md](writing-rules.md) to add your own.\n\n")
	b.WriteString("| id | category | severity | title |\n|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s |\n", r.ID, r.ID, r.Category, r.Default, mdCell(r.Title))
	}
	b.WriteString("\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "## %s\n\n", r.ID)
		src := "`" + r.File + "`"
		if !r.Custom {
			src = fmt.Sprintf("[`%s`](../%s)", r.File, r.File)
		}
		fmt.Fprintf(&b, "**%s** · category `%s` · severity `%s` · %s\n\n", r.Title, r.Category, r.Default, src)
		if r.Description != "" {
			b.WriteString(wrap(r.Description, 80, "") + "\n\n")
		}
		if len(r.Options) > 0 {
			fmt.Fprintf(&b, "Options (`[rules.%s]` in `.newslint.toml`):\n\n| option | default |\n|---|---|\n", r.ID)
			for _, k := range optionNames(r.Options) {
				fmt.Fprintf(&b, "| `%s` | `%s` |\n", k, mdCell(tomlValue(r.Options[k])))
			}
			b.WriteString("\n")
		}
		if r.Example != nil {
			fmt.Fprintf(&b, "Reported:\n\n```markdown\n%s\n```\n\n", r.Example.Bad)
			if r.Example.Good != "" {
				fmt.Fprintf(&b, "Not reported:\n\n```markdown\n%s\n```\n\n", r.Example.Good)
			}
		}
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

func mdCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

func optionNames(opts map[string]any) []string {
	names := make([]string, 0, len(opts))
	for k := range opts {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// tomlValue writes an option value the way it is written in .newslint.toml
// (inline, so that it can be pasted under [rules.<id>]).
func tomlValue(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case bool, int, int64, float64, json.Number:
		return fmt.Sprint(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = tomlValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		parts := make([]string, 0, len(x))
		for _, k := range optionNames(x) {
			parts = append(parts, tomlKey(k)+" = "+tomlValue(x[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprintf("%q", fmt.Sprint(v))
}

func tomlKey(k string) string {
	for _, c := range k {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return strconv.Quote(k)
		}
	}
	if k == "" {
		return `""`
	}
	return k
}

// wrap fills text to width columns.
func wrap(text string, width int, prefix string) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, prefix+line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, prefix+line)
	}
	return strings.Join(lines, "\n")
}

// indentText indents the lines of s that hold text.
func indentText(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}
