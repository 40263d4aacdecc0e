package main

import (
	"context"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/calendar"
	"github.com/newslint/newslint/engine/config"
)

// setup holds the flags shared by commands that prepare the rules.
type setup struct {
	configPath string
	noConfig   bool
	date       string
	url        string
	urlPaths   bool
	rules      []string
	data       []string
	enable     []string
	disable    []string
	// evalAll compiles disabled rules too (the server turns rules on per
	// request).
	evalAll bool
	// manageMemory keeps Go's memory limit at the files' budgets.
	manageMemory bool
	// Limits over the config's [limits].
	maxFileSize   string
	maxFileMemory string
	maxFindings   int
	ruleTimeout   time.Duration
	// keepGCOff leaves the collector off after start-up: the command turns
	// it on itself (startLinting) once it knows how much it will lint.
	keepGCOff bool
	// background lets Prepare return while the built-in rules compile
	// (engine.Linter.WithBackgroundCompile): lint reads the first file
	// meanwhile, facts never waits for them.
	background bool
}

// flags are the flags of commands that lint: config, date and rules.
func (s *setup) flags(cmd *cobra.Command) {
	s.configFlags(cmd)
	s.dateFlag(cmd)
	s.ruleFlags(cmd)
}

// dateFlag is the flag of commands that read articles.
func (s *setup) dateFlag(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.date, "date", "", "the articles' date (YYYY-MM-DD), over what the documents say or imply")
}

// ruleFlags pick the rules: commands that run or list them.
func (s *setup) ruleFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringArrayVar(&s.rules, "rules", nil, "directory of extra Rego rules (repeatable)")
	f.StringArrayVar(&s.enable, "enable", nil, "turn a rule on by id (repeatable)")
	f.StringArrayVar(&s.disable, "disable", nil, "turn a rule off by id (repeatable)")
}

// urlFlags give what is known of the articles' addresses (lint, facts).
func (s *setup) urlFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&s.url, "url", "", "the article's address; a date in its path (/2025/07/14/, /2025/07/) dates the article (one article only)")
	f.BoolVar(&s.urlPaths, "date-from-url", false, "read each file's path as its address, for pages saved under their URL's path (site/2025/07/14/story.html)")
}

// limitFlags are the flags of commands that run the rules on articles.
func (s *setup) limitFlags(cmd *cobra.Command) {
	s.sizeFlag(cmd)
	f := cmd.Flags()
	f.IntVar(&s.maxFindings, "max-findings", 0, "findings listed per file before the rest are summed up in one (default: limits.max_findings, else 1000)")
	f.DurationVar(&s.ruleTimeout, "rule-timeout", 0, "time one file may take, reading, facts and rules together, before its rules are stopped (default: limits.rule_timeout, else 10s)")
	f.StringVar(&s.maxFileMemory, "max-file-memory", "", `memory budget of one file's facts, e.g. "2GB"; past it the rest of the file is not checked (default: limits.max_file_memory, else 96MB plus 64 bytes a byte)`)
}

// sizeFlag is the flag of commands that read articles.
func (s *setup) sizeFlag(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.maxFileSize, "max-file-size", "", `largest file read, e.g. "50MB" (default: limits.max_file_size, else 50MB)`)
}

// limits reads the limit flags.
func (s *setup) limits() (config.Limits, error) {
	lim := config.Limits{MaxFindings: s.maxFindings, RuleTimeout: s.ruleTimeout}
	if s.maxFindings < 0 {
		return lim, usageErr("--max-findings %d: want a count of at least 1", s.maxFindings)
	}
	if s.ruleTimeout < 0 {
		return lim, usageErr("--rule-timeout %s: want a positive duration", s.ruleTimeout)
	}
	if s.maxFileMemory != "" {
		n, err := config.ParseSize(s.maxFileMemory)
		if err != nil {
			return lim, usageErr("--max-file-memory: %v", err)
		}
		lim.MaxFileMemory = n
	}
	if s.maxFileSize != "" {
		n, err := config.ParseSize(s.maxFileSize)
		if err != nil {
			return lim, usageErr("--max-file-size: %v", err)
		}
		if n > config.MaxFileSizeCap {
			return lim, usageErr("--max-file-size %s: at most 1GB", s.maxFileSize)
		}
		lim.MaxFileSize = n
	}
	return lim, nil
}

// configFlags are the flags that pick the configuration and data.
func (s *setup) configFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&s.configPath, "config", "", "config file (default: .newslint.toml found from the working directory upwards)")
	f.BoolVar(&s.noConfig, "no-config", false, "ignore .newslint.toml")
	f.StringArrayVar(&s.data, "data", nil, "extra data file, TOML or JSON (repeatable)")
}

// loadConfig finds and reads the configuration, from the working
// directory upwards.
func (s *setup) loadConfig() (*config.Config, error) {
	wd, _ := os.Getwd()
	return s.loadConfigFrom(wd)
}

// loadConfigFrom finds and reads the configuration, from dir upwards.
func (s *setup) loadConfigFrom(dir string) (*config.Config, error) {
	if s.noConfig {
		return &config.Config{}, nil
	}
	path := s.configPath
	if path == "" {
		path = config.Find(dir)
		if path == "" {
			return &config.Config{}, nil
		}
	}
	return config.Load(path)
}

// prepare builds and compiles the linter.
func (s *setup) prepare(ctx context.Context, jobs int) (*engine.Prepared, *config.Config, error) {
	if s.date != "" {
		if err := checkDate(s.date); err != nil {
			return nil, nil, usageErr("--date: %v", err)
		}
	}
	lim, err := s.limits()
	if err != nil {
		return nil, nil, err
	}
	cfg, err := s.loadConfig()
	if err != nil {
		return nil, nil, &codeError{code: exitError, err: err}
	}
	p, err := s.prepareWith(ctx, cfg, jobs, lim)
	if err != nil {
		return nil, nil, &codeError{code: exitError, err: err}
	}
	return p, cfg, nil
}

// prepareWith builds and compiles the linter with a configuration.
func (s *setup) prepareWith(ctx context.Context, cfg *config.Config, jobs int, lim config.Limits) (*engine.Prepared, error) {
	l := engine.New().WithConfig(cfg).WithDate(s.date).WithURL(s.url).WithDateFromURL(s.urlPaths).WithRulePaths(s.rules...).WithDataPaths(s.data...).
		WithEnabled(s.enable...).WithDisabled(s.disable...).WithJobs(jobs).WithLimits(lim)
	if s.evalAll {
		l = l.WithAllRulesEvaluated()
	}
	if s.manageMemory {
		l = l.WithManagedMemory()
	}
	if s.background {
		l = l.WithBackgroundCompile()
	}
	// Start-up ends with the rules compiled: articles are linted with the
	// collector on (lint decides for itself, see lintsLittle).
	if !s.keepGCOff {
		defer restoreGC()
	}
	return l.Prepare(ctx)
}

// startLinting ends start-up for a run of more than one short article:
// it waits for the rules to compile, with the collector still off, then
// turns the collector on.
func startLinting(p *engine.Prepared) error {
	if err := p.Ready(); err != nil {
		return &codeError{code: exitError, err: err}
	}
	restoreGC()
	return nil
}

// checkDate reads a day given on the command line with the one calendar
// parser: 2025-02-30 and 0000-01-01 are refused, saying why.
func checkDate(s string) error {
	_, err := calendar.ParseDay(s)
	return err
}
