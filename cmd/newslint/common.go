package main

import (
	"context"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/config"
)

// setup holds the flags shared by commands that prepare the rules.
type setup struct {
	configPath string
	noConfig   bool
	date       string
	rules      []string
	data       []string
	enable     []string
	disable    []string
	// evalAll compiles disabled rules too (the server turns rules on per
	// request).
	evalAll bool
	// Limits over the config's [limits].
	maxFileSize string
	maxFindings int
	ruleTimeout time.Duration
	// keepGCOff leaves the collector off after start-up: the command turns
	// it on itself (restoreGC) once it knows how much it will lint.
	keepGCOff bool
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

// limitFlags are the flags of commands that run the rules on articles.
func (s *setup) limitFlags(cmd *cobra.Command) {
	s.sizeFlag(cmd)
	f := cmd.Flags()
	f.IntVar(&s.maxFindings, "max-findings", 0, "findings listed per file before the rest are summed up in one (default: limits.max_findings, else 1000)")
	f.DurationVar(&s.ruleTimeout, "rule-timeout", 0, "time the rules may take on one file before a rule is stopped (default: limits.rule_timeout, else 10s)")
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
	if s.maxFileSize != "" {
		n, err := config.ParseSize(s.maxFileSize)
		if err != nil {
			return lim, usageErr("--max-file-size: %v", err)
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
	if s.date != "" && !validDate(s.date) {
		return nil, nil, usageErr("--date %q: want YYYY-MM-DD", s.date)
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
	l := engine.New().WithConfig(cfg).WithDate(s.date).WithRulePaths(s.rules...).WithDataPaths(s.data...).
		WithEnabled(s.enable...).WithDisabled(s.disable...).WithJobs(jobs).WithLimits(lim)
	if s.evalAll {
		l = l.WithAllRulesEvaluated()
	}
	// Start-up ends with the rules compiled: articles are linted with the
	// collector on (lint decides for itself, see lintsLittle).
	if !s.keepGCOff {
		defer restoreGC()
	}
	return l.Prepare(ctx)
}

func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	m := (s[5]-'0')*10 + s[6] - '0'
	d := (s[8]-'0')*10 + s[9] - '0'
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}
