package config

import (
	"strings"
	"testing"
	"time"
)

func TestLimits(t *testing.T) {
	c, err := Parse("x/.newslint.toml", []byte("[limits]\nmax_file_size = \"2MB\"\nmax_findings = 40\nrule_timeout = \"1500ms\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := Limits{MaxFileSize: 2 << 20, MaxFindings: 40, RuleTimeout: 1500 * time.Millisecond}
	if c.Limits != want {
		t.Fatalf("limits %+v, want %+v", c.Limits, want)
	}
	c, err = Parse("x/.newslint.toml", []byte("[limits]\nmax_file_size = 1000\n"))
	if err != nil || c.Limits.MaxFileSize != 1000 || c.Limits.MaxFindings != 0 {
		t.Fatalf("bytes as a number: %+v, %v", c.Limits, err)
	}
	for _, tc := range []struct{ src, want string }{
		{"[limits]\nmax_file_size = \"fifty\"\n", `x/.newslint.toml:2: limits.max_file_size "fifty" is not a size`},
		{"[limits]\nmax_file_size = 0\n", "x/.newslint.toml:2: limits.max_file_size must be at least 1 byte"},
		{"\n[limits]\nmax_findings = 0\n", "x/.newslint.toml:3: limits.max_findings must be a whole number"},
		{"[limits]\nrule_timeout = 10\n", "x/.newslint.toml:2: limits.rule_timeout must be a duration"},
		{"[limits]\nrule_timeout = \"-1s\"\n", "x/.newslint.toml:2: limits.rule_timeout must be a duration"},
		{"[limits]\ntimeout = \"1s\"\n", `x/.newslint.toml:2: unknown key "limits.timeout"`},
	} {
		_, err := Parse("x/.newslint.toml", []byte(tc.src))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want prefix %q", tc.src, err, tc.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for s, want := range map[string]int64{"50MB": 50 << 20, "50 mb": 50 << 20, "512KiB": 512 << 10, "1.5G": 3 << 29, "900": 900, "12b": 12} {
		if got, err := ParseSize(s); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "MB", "-5MB", "5TB", "0", "0.1"} {
		if n, err := ParseSize(s); err == nil {
			t.Errorf("ParseSize(%q) = %d, want an error", s, n)
		}
	}
}
