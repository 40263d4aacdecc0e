// Package engine is newslint as a library: configure a Linter, Prepare it
// once (the rules are compiled then), and lint documents or paths with the
// Prepared value from as many goroutines as you like.
//
//	p, err := engine.New().WithConfig(cfg).WithDate("2025-05-01").Prepare(ctx)
//	res := p.LintPaths(ctx, []string{"articles/"}, nil)
package engine

import (
	"context"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/newslint/newslint/engine/calendar"
	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/data"
	"github.com/newslint/newslint/engine/facts"
	"github.com/newslint/newslint/engine/input"
	"github.com/newslint/newslint/engine/kb"
	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/policy/builtins"
	"github.com/newslint/newslint/rules"
)

// Linter is an immutable description of a lint run; every With method
// returns a copy. The zero value lints with the built-in rules and data.
type Linter struct {
	cfg       *config.Config
	date      string
	url       string
	urlPaths  bool
	rulePaths []string
	dataPaths []string
	// withTests loads the built-in rules' tests too (newslint test).
	withTests bool
	enable    []string
	disable   []string
	jobs      int
	// evalAll compiles disabled rules too, so Override can turn them on.
	evalAll bool
	// fullChecks runs every check of the compiler on the built-in rules
	// too (tests).
	fullChecks bool
	limits     config.Limits
	// manageMemory keeps Go's memory limit at the files' budgets.
	manageMemory bool
	// background lets Prepare return while the built-in rules compile.
	background bool
}

// Default limits (see config.Limits); .newslint.toml [limits] and
// WithLimits change them.
const (
	DefaultMaxFileSize = 50 << 20
	DefaultMaxFindings = 1000
)

// New returns a Linter with the built-in rules and no configuration.
func New() Linter { return Linter{} }

// WithConfig applies a .newslint.toml.
func (l Linter) WithConfig(c *config.Config) Linter { l.cfg = c; return l }

// WithDate sets the reference date of every article (YYYY-MM-DD), above what
// the articles say.
func (l Linter) WithDate(date string) Linter { l.date = date; return l }

// WithURL gives the article's address: a date in its path (/2025/07/14/)
// is evidence of the article's date. It is meant for one article (a crawl
// passes what it knows); Overrides.URL sets it per call.
func (l Linter) WithURL(u string) Linter { l.url = u; return l }

// WithDateFromURL reads each file's path as its address, for pages saved
// under their URL's path (site/2025/07/14/story.html).
func (l Linter) WithDateFromURL(on bool) Linter { l.urlPaths = on; return l }

// WithRulePaths adds directories of custom Rego rules.
func (l Linter) WithRulePaths(dirs ...string) Linter {
	l.rulePaths = append(slices.Clone(l.rulePaths), dirs...)
	return l
}

// WithDataPaths adds TOML or JSON data files.
func (l Linter) WithDataPaths(files ...string) Linter {
	l.dataPaths = append(slices.Clone(l.dataPaths), files...)
	return l
}

// WithEnabled turns rules on by id, over the config.
func (l Linter) WithEnabled(ids ...string) Linter {
	l.enable = append(slices.Clone(l.enable), ids...)
	return l
}

// WithDisabled turns rules off by id, over the config.
func (l Linter) WithDisabled(ids ...string) Linter {
	l.disable = append(slices.Clone(l.disable), ids...)
	return l
}

// WithLimits sets limits over the config's [limits]; zero fields keep the
// config's value or the default.
func (l Linter) WithLimits(lim config.Limits) Linter { l.limits = lim; return l }

// WithJobs sets how many files are linted at once (default: one per CPU).
func (l Linter) WithJobs(n int) Linter { l.jobs = n; return l }

// WithManagedMemory makes LintEach (and LintInputs) keep Go's soft memory limit at what
// the process uses at rest plus the memory budgets of the files being
// linted (see FileBudget), lifting it when done, and readies the heap of
// a file of a megabyte or more for huge pages (hugepages.Ready): for a
// program whose memory is newslint's alone, such as the command line.
func (l Linter) WithManagedMemory() Linter { l.manageMemory = true; return l }

// SetManagedMemory turns WithManagedMemory on or off for the runs to come
// (not while one runs): the command line turns it off for one small file,
// whose memory its start-up limit already bounds.
func (p *Prepared) SetManagedMemory(on bool) { p.manageMemory = on }

// WithBackgroundCompile lets Prepare return while the rules compile, when
// they are the built-in ones only (whose compile is checked by the tests
// and does not fail on any configuration): the first files are then read
// and their facts extracted on a core the compiler leaves idle, and
// linting waits for the rules only when it needs them. This is most of
// the gain on one short article, where compiling is half the time. With
// custom rules Prepare compiles as usual, to report their errors.
// Prepared.Ready waits for the compile.
func (l Linter) WithBackgroundCompile() Linter { l.background = true; return l }

// WithAllRulesEvaluated evaluates disabled rules too and drops their
// findings, so that Prepared.Override can turn any rule on per call without
// recompiling (the server does this). It costs the disabled rules' time.
func (l Linter) WithAllRulesEvaluated() Linter { l.evalAll = true; return l }

// Prepared is a compiled Linter, safe for concurrent use.
type Prepared struct {
	// engine is ready once compiled is closed; compileErr is then a
	// background compile's error (see Linter.WithBackgroundCompile).
	engine     *policy.Engine
	compiled   chan struct{}
	compileErr error
	rules      []policy.Rule
	byID       map[string]policy.Rule
	enabled    map[string]bool
	severity   map[string]string
	opts       facts.Options
	cfg        *config.Config
	lister     input.Lister
	jobs       int
	limits     config.Limits
	// manageMemory: see Linter.WithManagedMemory.
	manageMemory bool
	// scaleTimeout is set when no rule_timeout was given: a file's time
	// limit then grows with its size (FileTimeout).
	scaleTimeout bool

	// evaluated holds the rules compiled into the query.
	evaluated map[string]bool
	// setup is what the engine was compiled from; tests reuse it.
	setup policy.Setup
}

// Engine rules are checks made in Go rather than Rego; they are configured,
// listed and suppressed like any other rule.
var engineRules = []policy.Rule{{
	ID: "unknown-suppression", Category: "engine", Severity: "warning",
	Title:       "Suppression comment names an unknown rule",
	Description: "A newslint-disable comment names a rule id that does not exist, so it suppresses nothing.",
	File:        "engine/suppress.go",
}, {
	ID: "unused-suppression", Category: "engine", Severity: "info",
	Title:       "Suppression comment suppresses nothing",
	Description: "A newslint-disable comment (disable, disable-next-line or disable-file) met no finding of the rules it names: the text it was written for has changed, or the rule no longer reports it. Comments naming a rule that is off in the run are not judged.",
	File:        "engine/suppress.go",
}, {
	ID: "invalid-encoding", Category: "engine", Severity: "warning",
	Title:       "File is not valid in its encoding",
	Description: "The file holds byte sequences that are not valid UTF-8 (or in its declared charset). They are read as U+FFFD and reported once, at the first; positions stay those of the file.",
	File:        "engine/document/encoding.go",
}, {
	ID: "input-limit", Category: "engine", Severity: "warning",
	Title:       "Input exceeds a reading limit",
	Description: "Part of the file went past a limit newslint keeps to read hostile input in linear time and bounded memory: HTML nested deeper than 512 elements (deeper ones are read as if at that depth), Markdown shapes that would make the parser quadratic (the file is then read as plain text), or facts past the file's memory budget (the rest of the file is not checked). The file is still linted.",
	File:        "engine/document/html.go, engine/document/hazard.go, engine/document/budget.go",
}, {
	ID: "rule-error", Category: "engine", Severity: "error",
	Title:       "A rule could not check this file",
	Description: "A rule was still running when the file's time limit (limits.rule_timeout, for reading, facts and rules together) ran out, was not reached before it, failed at run time, or returned a malformed finding. It is named with its file; its findings for this file are missing, and the other rules still report.",
	File:        "engine/policy/engine.go",
}, {
	ID: "too-many-findings", Category: "engine", Severity: "warning",
	Title:       "More findings than limits.max_findings",
	Description: "A file reached the limit of findings listed per file (1000 unless limits.max_findings says otherwise). The findings past it are summed up in this one, by rule, at the place of the first of them and as severe as the worst of them.",
	File:        "engine/lint.go",
}}

// Prepare loads and compiles the rules and data.
func (l Linter) Prepare(ctx context.Context) (*Prepared, error) {
	cfg := l.cfg
	if cfg == nil {
		cfg = &config.Config{}
	}
	if l.date != "" {
		if _, err := calendar.ParseDay(l.date); err != nil {
			return nil, fmt.Errorf("date: %v", err)
		}
	}
	// The data and knowledge base load while the rules are parsed: they
	// are independent, and both are start-up cost.
	known := make(chan loaded, 1)
	go func() { known <- l.load(cfg) }()
	// The extractors' word lists too, on a core the parser leaves idle;
	// with the compile in the background, the first file reads them
	// while the rules compile, rather than slow the parsing down.
	if !l.background {
		go facts.Warm()
	}
	mods, err := policy.LoadFS(rules.FS, "rules/", l.withTests)
	if err != nil {
		return nil, fmt.Errorf("built-in rules: %w", err)
	}
	// Folders may overlap (the config names newslint-rules, the command
	// line newslint-rules/house): a file reached twice is one rule.
	seenFiles := map[string]bool{}
	for _, dir := range input.Unique(append(slices.Clone(cfg.RulePaths), l.rulePaths...)) {
		custom, err := policy.LoadDir(dir)
		if err != nil {
			return nil, policy.CompileError(err)
		}
		for _, m := range custom {
			if key := input.FileKey(m.File); !seenFiles[key] {
				seenFiles[key] = true
				mods = append(mods, m)
			}
		}
	}
	cat, err := policy.Catalogue(mods)
	if err != nil {
		return nil, err
	}
	for _, r := range cat {
		if i := slices.IndexFunc(engineRules, func(e policy.Rule) bool { return e.ID == r.ID }); i >= 0 {
			return nil, fmt.Errorf("%s: rule id %q is already used by a built-in rule (%s)", r.File, r.ID, engineRules[i].File)
		}
	}
	for _, r := range engineRules {
		r.HelpURI = policy.DocsURL(r.ID)
		cat = append(cat, r)
	}
	p := &Prepared{rules: cat, byID: map[string]policy.Rule{}, enabled: map[string]bool{}, severity: map[string]string{}, cfg: cfg,
		opts: facts.Options{Date: l.date, DefaultDate: cfg.Date, URL: l.url, DateFromPath: l.urlPaths}}
	for _, r := range cat {
		p.byID[r.ID] = r
		p.enabled[r.ID] = true
		p.severity[r.ID] = r.Severity
	}
	options, err := p.applyConfig(cfg)
	if err != nil {
		return nil, err
	}
	if p.lister.Ignores, err = input.Ignores(cfg); err != nil {
		return nil, err
	}
	p.lister.Extensions, p.lister.Base = cfg.Extensions, input.Base(cfg)
	for _, id := range l.enable {
		if err := p.known(id, "--enable"); err != nil {
			return nil, err
		}
		p.enabled[id] = true
	}
	for _, id := range l.disable {
		if err := p.known(id, "--disable"); err != nil {
			return nil, err
		}
		p.enabled[id] = false
	}
	k := <-known
	if k.err != nil {
		return nil, k.err
	}
	data := k.data
	p.opts.Lexicon, p.opts.Gazetteer = k.lexicon, k.gazetteer
	var enabled []policy.Rule
	p.evaluated = map[string]bool{}
	for _, r := range cat {
		if (p.enabled[r.ID] || l.evalAll) && r.Category != "engine" {
			enabled = append(enabled, r)
		}
		p.evaluated[r.ID] = p.enabled[r.ID] || l.evalAll || r.Category == "engine"
	}
	p.limits = effectiveLimits(cfg.Limits, l.limits)
	p.scaleTimeout = cfg.Limits.RuleTimeout == 0 && l.limits.RuleTimeout == 0
	p.setup = policy.Setup{Modules: mods, Enabled: enabled, Options: options, Data: data, Lazy: k.lazy, Builtins: builtins.Lint(), Keep: builtins.FactFields, Timeout: p.limits.RuleTimeout,
		// Only the built-in rules, already checked (TestCheckedCompile).
		Checked: len(seenFiles) == 0 && !l.withTests && !l.fullChecks}
	setup := p.setup
	if !l.withTests {
		// Compiled, the parsed modules are read again only by tests: let
		// go of them (a megabyte the collector would mark on every cycle).
		p.setup.Modules = nil
	}
	p.compiled = make(chan struct{})
	if l.background && setup.Checked {
		// Not cancelled with ctx: the rules outlive Prepare's call.
		go func() {
			p.engine, p.compileErr = policy.Compile(context.WithoutCancel(ctx), setup)
			close(p.compiled)
		}()
	} else {
		defer close(p.compiled)
		if p.engine, err = policy.Compile(ctx, setup); err != nil {
			return nil, err
		}
	}
	p.manageMemory = l.manageMemory
	p.jobs = l.jobs
	if p.jobs <= 0 {
		p.jobs = runtime.NumCPU()
	}
	return p, nil
}

// Ready waits until the rules are compiled, and returns the compile's
// error: nil but after Linter.WithBackgroundCompile, where linting a file
// also reports it.
func (p *Prepared) Ready() error {
	<-p.compiled
	return p.compileErr
}

// effectiveLimits lays the Linter's limits over the config's, over the
// defaults.
func effectiveLimits(cfg, over config.Limits) config.Limits {
	lim := config.Limits{MaxFileSize: DefaultMaxFileSize, MaxFindings: DefaultMaxFindings, RuleTimeout: policy.DefaultTimeout}
	for _, l := range []config.Limits{cfg, over} {
		if l.MaxFileSize > 0 {
			lim.MaxFileSize = l.MaxFileSize
		}
		if l.MaxFindings > 0 {
			lim.MaxFindings = l.MaxFindings
		}
		if l.RuleTimeout > 0 {
			lim.RuleTimeout = l.RuleTimeout
		}
		if l.MaxFileMemory > 0 {
			lim.MaxFileMemory = l.MaxFileMemory
		}
	}
	return lim
}

// loaded is what Prepare reads besides the rules: the data tree for the
// rules, and the lexicon and gazetteer for the extractors.
type loaded struct {
	data      map[string]any
	lazy      map[string]policy.Lazy
	lexicon   *lexicon.Lexicon
	gazetteer *facts.Gazetteer
	err       error
}

func (l Linter) load(cfg *config.Config) loaded {
	data, base, err := l.knowledge(cfg, false)
	if err != nil {
		return loaded{err: err}
	}
	lexData, _ := data["lexicon"].(map[string]any)
	lex, err := lexicon.Compile(lexData)
	if err != nil {
		return loaded{err: err}
	}
	// The rules see the knowledge base keyed for lookups, converted entry
	// by entry as they read it; the extractors get it typed, with the
	// cues, as a gazetteer.
	delete(data, "kb")
	cues, err := facts.DecodeCues(data["cues"])
	if err != nil {
		return loaded{err: fmt.Errorf("cues (rules/cues/*.toml and --data [cues]): %w", err)}
	}
	return loaded{data: data, lazy: map[string]policy.Lazy{"kb": base}, lexicon: lex, gazetteer: facts.NewGazetteer(base, cues)}
}

// Knowledge loads the data files and builds the knowledge base as Prepare
// does, without compiling the rules.
func (l Linter) Knowledge() (*kb.Base, error) {
	cfg := l.cfg
	if cfg == nil {
		cfg = &config.Config{}
	}
	_, base, err := l.knowledge(cfg, false)
	return base, err
}

// CheckKnowledge builds the knowledge base from the built-in TOML (not
// its compact form) and the data files, validating all of it: what kb
// check does.
func (l Linter) CheckKnowledge() (*kb.Base, error) {
	cfg := l.cfg
	if cfg == nil {
		cfg = &config.Config{}
	}
	_, base, err := l.knowledge(cfg, true)
	return base, err
}

func (l Linter) knowledge(cfg *config.Config, fromTOML bool) (map[string]any, *kb.Base, error) {
	d, kbSources, err := data.Load(input.Unique(append(slices.Clone(cfg.DataPaths), l.dataPaths...)), fromTOML)
	if err != nil {
		return nil, nil, err
	}
	base, err := kb.Build(kbSources)
	if err != nil {
		return nil, nil, fmt.Errorf("knowledge base:\n%w", err)
	}
	return d, base, nil
}

func (p *Prepared) known(id, where string) error {
	if _, ok := p.byID[id]; ok {
		return nil
	}
	return fmt.Errorf("%s: unknown rule %q%s", where, id, p.DidYouMean(id))
}

// DidYouMean suggests the known rule id nearest to a mistyped one, as a
// parenthesised hint for an error message.
func (p *Prepared) DidYouMean(id string) string {
	best, bestD := "", 4
	for known := range p.byID {
		if d := editDistance(id, known); d < bestD {
			best, bestD = known, d
		}
	}
	if best == "" {
		return " (newslint rules lists them)"
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// applyConfig applies [rules.<id>] tables and returns every rule's
// effective options.
func (p *Prepared) applyConfig(cfg *config.Config) (map[string]map[string]any, error) {
	ids := make([]string, 0, len(cfg.Rules))
	for id := range cfg.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if _, ok := p.byID[id]; !ok {
			return nil, &config.Error{Path: cfg.Path, Line: cfg.Line("rules." + id), Msg: fmt.Sprintf("unknown rule %q%s", id, p.DidYouMean(id))}
		}
		rc := cfg.Rules[id]
		if rc.Enabled != nil {
			p.enabled[id] = *rc.Enabled
		}
		if rc.Severity != "" {
			p.severity[id] = rc.Severity
		}
		for _, k := range slices.Sorted(maps.Keys(rc.Options)) {
			if err := p.checkOption(id, k, rc.Options[k]); err != nil {
				return nil, &config.Error{Path: cfg.Path, Line: cfg.Line("rules." + id + "." + k), Msg: err.Error()}
			}
		}
	}
	options := map[string]map[string]any{}
	for _, r := range p.rules {
		o := map[string]any{}
		for k, v := range r.Options {
			o[k] = v
		}
		for k, v := range cfg.Rules[r.ID].Options {
			o[k] = v
		}
		options[r.ID] = o
	}
	return options, nil
}

// checkOption checks one [rules.<id>] option against the rule's METADATA.
func (p *Prepared) checkOption(id, k string, v any) error {
	r := p.byID[id]
	if _, ok := r.Options[k]; ok {
		return r.CheckOption(k, v)
	}
	known := make([]string, 0, len(r.Options))
	for o := range r.Options {
		known = append(known, o)
	}
	sort.Strings(known)
	hint := "it has no options"
	if len(known) > 0 {
		hint = "its options: " + strings.Join(known, ", ")
	}
	return fmt.Errorf("rule %s has no option %q (%s)", id, k, hint)
}

// Rules returns the catalogue: every rule, built-in and custom.
func (p *Prepared) Rules() []policy.Rule { return p.rules }

// HelpURI returns where a rule is documented, "" when nowhere.
func (p *Prepared) HelpURI(id string) string { return p.byID[id].HelpURI }

// Fixable reports whether a rule's replacements are safe to apply unread.
func (p *Prepared) Fixable(id string) bool { return p.byID[id].Fixable }

// Enabled reports whether a rule is on in this run.
func (p *Prepared) Enabled(id string) bool { return p.enabled[id] }

// Severity returns a rule's effective severity.
func (p *Prepared) Severity(id string) string { return p.severity[id] }

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
