package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/fatih/color"
	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/diff"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/report"
)

func newLintCmd() *cobra.Command {
	var (
		s             setup
		outs          outputs
		failLevel     string
		maxWarnings   int
		jobs          int
		stdinFilename string
		noColor       bool
		newFromRev    string
		newFromPatch  string
		minSeverity   string
		quiet         bool
	)
	cmd := &cobra.Command{
		Use:   "lint [PATH|-]...",
		Short: "Lint files and folders (- reads stdin)",
		Long: `Lint articles. Folders are walked recursively for .md, .markdown, .txt, .html
and .htm files; "-" reads one article from stdin (name it with --stdin-filename
to pick the reader and the reported path).

Formats: text, json, sarif, github (workflow annotations), junit, checkstyle.
"-f FORMAT -o FILE" (or "-f FORMAT=FILE") writes a report to a file; repeat the
pair for more reports. One format may write to stdout; when every format goes
to a file, text is printed to the terminal as well.

--new-from-rev REV reports only findings on lines changed since REV (committed,
staged, unstaged and untracked changes); findings about a whole document are
kept when its file changed. --new-from-patch FILE does the same from a unified
diff whose paths are relative to the repository root.

Exit codes: 0 no finding at or above the fail level and no more warnings than
--max-warnings; 1 otherwise; 2 a usage, configuration, rule or input error.`,
		Example: `  newslint lint testdata/
  newslint lint --format json --date 2025-05-01 article.md
  newslint lint -f text -f sarif -o newslint.sarif articles/
  newslint lint -f github --new-from-rev origin/main articles/
  cat story.html | newslint lint --stdin-filename story.html -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("lint needs at least one path (a file, a folder, or - for stdin)")
			}
			specs, err := outs.resolve()
			if err != nil {
				return usageErr("--format: %v", err)
			}
			if maxWarnings < -1 {
				return usageErr("--max-warnings %d: want a count, or -1 for no limit", maxWarnings)
			}
			if newFromRev != "" && newFromPatch != "" {
				return usageErr("--new-from-rev and --new-from-patch: give one of them")
			}
			if err := checkStdinFilename(stdinFilename); err != nil {
				return err
			}
			s.keepGCOff, s.background = true, true
			// The run's memory is newslint's alone, unless GOMEMLIMIT says.
			s.manageMemory = os.Getenv("GOMEMLIMIT") == ""
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
			if quiet {
				minSeverity = "error"
			}
			shown, err := report.ParseSeverity(minSeverity)
			if err != nil || shown == report.None {
				return usageErr("--min-severity %q: want error, warning or info", minSeverity)
			}
			wd, err := os.Getwd()
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			changes, err := changedLines(cmd, wd, newFromRev, newFromPatch)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			// The walk of a large folder allocates in proportion to its
			// files: the collector must run during it.
			if !fewSmallFiles(args) {
				if err := startLinting(p); err != nil {
					return err
				}
			}
			// Walk before the report files exist, so that a new report is
			// never taken for an article, and an existing article is never
			// overwritten by a report.
			inputs, errs := p.Expand(args, stdinFilename)
			if s.url != "" && len(inputs) > 1 {
				return usageErr("--url is one article's address, and %d articles were given (--date-from-url reads each file's path instead)", len(inputs))
			}
			if lintsLittle(inputs) {
				// The start-up memory limit already bounds the run, and
				// managing it would cost a collection (see startupGC).
				p.SetManagedMemory(false)
			} else if err := startLinting(p); err != nil {
				return err
			}
			if err := checkOutputs(specs, inputs, append([]string{cfg.Path, newFromPatch}, s.data...)); err != nil {
				return usageErr("%v", err)
			}
			dests, err := open(specs, cmd.OutOrStdout())
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			// The html format shows each file's text: stdin is kept as it
			// is read, as it cannot be read twice.
			var stdin io.Reader = os.Stdin
			var stdinCopy bytes.Buffer
			if wantsFormat(specs, "html") {
				stdin = io.TeeReader(os.Stdin, &stdinCopy)
			}
			opts := report.Options{Rules: ruleInfos(p), WorkDir: wd, StepSummary: os.Getenv("GITHUB_STEP_SUMMARY"), ToolVersion: versionString()}
			if needsSourceRoot(specs) {
				opts.SourceRoot = sourceRoot(cmd, wd, changes)
			}
			if wantsFormat(specs, "html") {
				opts.ReadSource = sourceReader(p, inputs, stdinCopy.Bytes)
			}
			// Reports are written file by file as the run goes, in path
			// order whatever --jobs is; a run keeps its counts, not its
			// findings.
			run, err := newLintRun(dests, opts, !noColor && !color.NoColor)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			run.failLevel, run.shown = level, shown
			if changes != nil {
				run.changes, run.wd, run.documentRule = changes, wd, documentRules(p)
			}
			expandErrs := slices.Clone(errs)
			sortInputErrors(expandErrs)
			for _, e := range expandErrs {
				run.inputError(e)
			}
			engine.SortInputs(inputs)
			p.LintEach(cmd.Context(), inputs, stdin, run.file)
			allErrs := run.errs
			sortInputErrors(allErrs)
			for _, e := range allErrs {
				fmt.Fprintln(os.Stderr, "newslint:", e.String())
			}
			if err := run.close(); err != nil {
				return &codeError{code: exitError, err: err}
			}
			ruleErrors, fails, warnings := run.ruleErrors, run.fails, run.warnings
			switch {
			case len(allErrs) > 0:
				return &codeError{code: exitError}
			case ruleErrors > 0:
				return &codeError{code: exitError, err: fmt.Errorf("a rule could not check every file: %d rule-error finding(s) in the report", ruleErrors)}
			case fails:
				return &codeError{code: exitFindings}
			case maxWarnings >= 0 && warnings > maxWarnings:
				return &codeError{code: exitFindings, err: fmt.Errorf("%s, more than --max-warnings %d", report.Count(warnings, "warning"), maxWarnings)}
			}
			return nil
		},
	}
	s.flags(cmd)
	s.urlFlags(cmd)
	s.limitFlags(cmd)
	f := cmd.Flags()
	f.VarP(formatValue{&outs}, "format", "f", "output format: "+joinFormats()+"; FORMAT=FILE writes it to FILE (repeatable)")
	f.VarP(outputValue{&outs}, "output", "o", "write the --format just before it to FILE (text still goes to the terminal)")
	f.StringVar(&failLevel, "fail-level", "error", "exit 1 when a finding is at or above this severity: error, warning, info, none")
	f.StringVar(&minSeverity, "min-severity", "info", "list only findings at or above this severity (error, warning, info); the fail level still judges all")
	f.BoolVarP(&quiet, "quiet", "q", false, "list errors only (--min-severity error)")
	f.IntVar(&maxWarnings, "max-warnings", -1, "exit 1 when there are more than this many warnings (-1: no limit)")
	f.StringVar(&newFromRev, "new-from-rev", "", "report only findings on lines changed since this git revision")
	f.StringVar(&newFromPatch, "new-from-patch", "", "report only findings on lines a unified diff file adds")
	f.IntVar(&jobs, "jobs", 0, "files linted at once (default: one per CPU)")
	f.StringVar(&stdinFilename, "stdin-filename", "", "name for the article read from - (its extension picks the reader; without one, the content does)")
	f.BoolVar(&noColor, "no-color", false, "no colours in text output (also NO_COLOR, or when not a terminal)")
	return cmd
}

// changedLines reads the changes asked for with --new-from-rev or
// --new-from-patch; nil when neither is given.
func changedLines(cmd *cobra.Command, wd, rev, patch string) (*diff.Changes, error) {
	switch {
	case rev != "":
		c, err := diff.FromGit(cmd.Context(), wd, rev)
		if errors.Is(err, diff.ErrNotRepository) {
			return nil, fmt.Errorf("--new-from-rev: %v (use --new-from-patch with a diff file instead)", err)
		}
		if err != nil {
			return nil, fmt.Errorf("--new-from-rev: %v", err)
		}
		return c, nil
	case patch != "":
		root, err := diff.Toplevel(cmd.Context(), wd)
		if err != nil {
			root = wd // outside a repository, patch paths start here
		}
		c, err := diff.FromPatch(patch, root)
		if err != nil {
			return nil, fmt.Errorf("--new-from-patch: %v", err)
		}
		return c, nil
	}
	return nil, nil
}

// sourceRoot is the directory SARIF and GitHub paths are relative to: the
// repository root, else the working directory.
func sourceRoot(cmd *cobra.Command, wd string, changes *diff.Changes) string {
	if changes != nil {
		return changes.Root()
	}
	if top, err := diff.Toplevel(cmd.Context(), wd); err == nil {
		return top
	}
	return wd
}

// documentRules tells which rules report about the whole document.
func documentRules(p *engine.Prepared) func(string) bool {
	doc := map[string]bool{}
	for _, r := range p.Rules() {
		doc[r.ID] = r.Scope == policy.ScopeDocument
	}
	return func(id string) bool { return doc[id] }
}

// ruleInfos is the catalogue as the reporters describe it.
func ruleInfos(p *engine.Prepared) []report.RuleInfo {
	var out []report.RuleInfo
	for _, r := range p.RuleStatuses() {
		out = append(out, report.RuleInfo{ID: r.ID, Category: r.Category, Title: r.Title, Description: r.Description,
			Severity: r.Severity, HelpURI: r.HelpURI, Disabled: !r.Enabled, Options: r.Options})
	}
	return out
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

// checkStdinFilename refuses a --stdin-filename whose extension names no
// reader: a .docx read as text would be linted as something it is not.
func checkStdinFilename(name string) error {
	ext := filepath.Ext(name)
	if ext == "" {
		return nil
	}
	if _, ok := document.FormatFor(name); !ok {
		return usageErr("--stdin-filename %s: newslint reads Markdown (.md, .markdown), HTML (.html, .htm) and plain text (.txt), not %s files; name the input with one of those extensions, or none to let the content decide", name, ext)
	}
	return nil
}

// sourceReader reads a linted file's text again, decoded as the linter read
// it, for the formats that show it.
func sourceReader(p *engine.Prepared, inputs []engine.Input, stdin func() []byte) func(string) (string, error) {
	byName := map[string]engine.Input{}
	for _, in := range inputs {
		byName[in.Display] = in
	}
	return func(path string) (string, error) {
		in, ok := byName[path]
		if !ok {
			return "", fmt.Errorf("%s was not linted", path)
		}
		var data []byte
		if in.Stdin {
			data = stdin()
		} else {
			var err error
			if data, err = p.ReadInput(in, nil); err != nil {
				return "", err
			}
		}
		doc, err := document.Read(in.Display, data, in.Format)
		if err != nil {
			return "", err
		}
		return string(doc.Buf), nil
	}
}

// lintsLittle reports whether a run is a few small files on disk (the
// articles a change touched), which newslint lints with the collector
// still off and the rules compiling while the first is read: the process
// ends before a collection would give anything back (see startupGC).
func lintsLittle(inputs []engine.Input) bool {
	paths := make([]string, len(inputs))
	for i, in := range inputs {
		if in.Stdin {
			return false
		}
		paths[i] = in.Path
	}
	return fewSmallFiles(paths)
}

// littleRun is the most files lintsLittle lets through: eight short
// articles add some 20 MB to a start-up that holds about 60.
const littleRun = 8

// fewSmallFiles reports whether paths are one to littleRun small files.
func fewSmallFiles(paths []string) bool {
	if len(paths) == 0 || len(paths) > littleRun {
		return false
	}
	for _, p := range paths {
		if !smallFile(p) {
			return false
		}
	}
	return true
}

// smallFile reports whether path is a regular file of at most 64 KB.
func smallFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular() && st.Size() <= 64<<10
}
