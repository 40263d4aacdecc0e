package calendar

import (
	"strings"
	"testing"
)

func TestParseDay(t *testing.T) {
	for _, s := range []string{"2025-02-28", "2024-02-29", "2025-12-31", "1789-04-30"} {
		if d, err := ParseDay(s); err != nil || d.Format(Layout) != s {
			t.Errorf("ParseDay(%q) = %v, %v", s, d, err)
		}
	}
	bad := map[string]string{
		"2025-02-29":           "February 2025 has 28 days",
		"2025-02-30":           "February 2025 has 28 days",
		"2025-06-31":           "June 2025 has 30 days",
		"0000-01-01":           "year 0000 is outside",
		"2025-13-01":           "there is no month 13",
		"2025-01-00":           "there is no day 0",
		"2025-1-01":            "not a date written YYYY-MM-DD",
		"next tuesday":         "not a date written YYYY-MM-DD",
		"2025-01-01T10:00:00Z": "not a date written YYYY-MM-DD",
		"":                     "not a date written YYYY-MM-DD",
	}
	for s, want := range bad {
		_, err := ParseDay(s)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseDay(%q) = %v, want an error saying %q", s, err, want)
		}
	}
}
