package main

import (
	"strings"
	"testing"
)

// Wrong input is refused where it is written: each case names the file and
// line and exits 2, instead of quietly changing what is checked.

const staleArticle = "---\ndate: 2025-05-12\n---\n# Allies meet\n\nNATO Secretary-General Jens Stoltenberg said allies must spend more on defence this year.\n"

func TestOptionOfTheWrongTypeIsRefused(t *testing.T) {
	for name, c := range map[string]struct{ cfg, want string }{
		"string for integer": {"[rules.stale-officeholder]\ngrace_days = \"30\"\n", `.newslint.toml:2: option grace_days of rule stale-officeholder must be an integer (its default is 7), not a string "30"`},
		"fraction":           {"[rules.stale-officeholder]\n\ngrace_days = 30.5\n", ".newslint.toml:3: option grace_days of rule stale-officeholder must be a whole number"},
		"negative":           {"[rules.stale-officeholder]\ngrace_days = -3\n", ".newslint.toml:2: option grace_days of rule stale-officeholder must be at least 0"},
		"word for number":    {"[rules.duplicate-paragraph]\nmin_words = \"twelve\"\n", `.newslint.toml:2: option min_words of rule duplicate-paragraph must be an integer`},
		"string for bool":    {"[rules.weekday-mismatch]\ninclude_inferred_year = \"no\"\n", ".newslint.toml:2: option include_inferred_year of rule weekday-mismatch must be a boolean"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, ".newslint.toml", c.cfg)
			writeFile(t, dir, "a.md", staleArticle)
			_, stderr, code := runCLI(t, dir, "", "lint", "a.md")
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, c.want)
			}
		})
	}
	// The right type is accepted and applied.
	dir := t.TempDir()
	writeFile(t, dir, ".newslint.toml", "[rules.stale-officeholder]\ngrace_days = 30\n")
	writeFile(t, dir, "a.md", staleArticle)
	stdout, stderr, code := runCLI(t, dir, "", "lint", "a.md")
	if code != 1 || !strings.Contains(stdout, "stale-officeholder") {
		t.Errorf("a valid option: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
