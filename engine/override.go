package engine

import (
	"fmt"
	"maps"
	"sort"

	"github.com/newslint/newslint/engine/calendar"
	"github.com/newslint/newslint/engine/policy"
)

// Overrides adjust one call of a Prepared linter without recompiling: a
// different reference date, rules turned on or off.
type Overrides struct {
	// Date is the articles' date (YYYY-MM-DD), over what they say.
	Date string
	// URL is the article's address, whose path may date it (/2025/07/14/).
	URL string
	// Enable and Disable turn rules on and off by id; Disable wins.
	Enable, Disable []string
}

// Override returns a copy of p that shares its compiled rules and applies o.
// Turning on a rule that was not compiled in (it was disabled when p was
// prepared without WithAllRulesEvaluated) is an error.
func (p *Prepared) Override(o Overrides) (*Prepared, error) {
	if o.Date != "" {
		if _, err := calendar.ParseDay(o.Date); err != nil {
			return nil, fmt.Errorf("date: %v", err)
		}
	}
	// A copy made while the rules compile in the background would not
	// see them.
	if err := p.Ready(); err != nil {
		return nil, err
	}
	q := *p
	if o.Date != "" {
		q.opts.Date = o.Date
	}
	if o.URL != "" {
		q.opts.URL = o.URL
	}
	if len(o.Enable) == 0 && len(o.Disable) == 0 {
		return &q, nil
	}
	q.enabled = maps.Clone(p.enabled)
	for _, id := range o.Enable {
		if err := p.known(id, "enable"); err != nil {
			return nil, err
		}
		if !p.evaluated[id] {
			return nil, fmt.Errorf("enable: rule %q is off in this configuration and was not compiled in", id)
		}
		q.enabled[id] = true
	}
	for _, id := range o.Disable {
		if err := p.known(id, "disable"); err != nil {
			return nil, err
		}
		q.enabled[id] = false
	}
	return &q, nil
}

// RuleStatus is a rule as configured for this run.
type RuleStatus struct {
	ID          string          `json:"id"`
	Category    string          `json:"category"`
	Severity    string          `json:"severity"`
	Enabled     bool            `json:"enabled"`
	Custom      bool            `json:"custom"`
	Scope       string          `json:"scope,omitempty"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Options     map[string]any  `json:"options,omitempty"`
	Example     *policy.Example `json:"example,omitempty"`
	HelpURI     string          `json:"help_uri,omitempty"`
	File        string          `json:"file"`
	// Default is the severity the rule's METADATA gives.
	Default string `json:"default_severity"`
}

// RuleStatuses lists every rule with its effective severity and state.
func (p *Prepared) RuleStatuses() []RuleStatus {
	out := make([]RuleStatus, 0, len(p.rules))
	for _, r := range p.rules {
		out = append(out, RuleStatus{ID: r.ID, Category: r.Category, Severity: p.severity[r.ID], Enabled: p.enabled[r.ID],
			Custom: r.Custom, Scope: r.Scope, Title: r.Title, Description: r.Description, Options: r.Options,
			Example: r.Example, HelpURI: r.HelpURI, File: r.File, Default: r.Severity})
	}
	// Built-in rules (engine checks among them) by category and id, then
	// custom ones.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Custom != b.Custom {
			return !a.Custom
		}
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		return a.ID < b.ID
	})
	return out
}
