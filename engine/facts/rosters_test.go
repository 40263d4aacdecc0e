package facts

import (
	"slices"
	"strings"
	"testing"
)

func TestRostersAreNotTeasers(t *testing.T) {
	const lead = "# The new cabinet takes its seats\n\nThe prime minister named the members of the new cabinet on Friday evening after a long day of meetings in Downing Street with party officials.\n\n"
	for _, c := range []struct {
		name, date, lang, body string
		roster                 bool // the lines are a roster, not teasers
	}{
		{"name – office", "2024-07-06", "en", "Yvette Cooper – Home Secretary\n\nDavid Lammy – Foreign Secretary\n\nMartin Ellery – Minister Without Portfolio\n\nWes Streeting– Health Secretary\n\nJohn Healey – Defence Secretary", true},
		{"office: name, with parties", "2025-05-07", "de", "Verteidigung: Boris Pistorius SPD\n\nFinanzen: Lars Klingbeil SPD\n\nUmwelt und Klima: Hanne Vollmer parteilos\n\nInneres: Alexander Dobrindt CSU", true},
		{"office: name", "2023-11-21", "es", "Ministra de Defensa: Margarita Robles\n\nVicepresidenta primera y ministra de Hacienda: María Jesús Montero\n\nMinistro de Cultura y Deporte: Ernesto Villalba Ruiz", true},
		{"name, office", "2025-06-10", "en", "Andrew Bailey, Governor of the Bank of England\n\nTiff Macklem, Governor of the Bank of Canada\n\nJane Harbour, Governor of the Island Monetary Authority\n\nKazuo Ueda, Governor of the Bank of Japan", true},
		{"fixtures", "2024-12-01", "en", "3pm – Harbour Town v Port Elling (BT Sport)\n\n5:30pm – Ferry Rovers v Island United\n\nSaturday December 7\n\n8pm – Lighthouse City v Quay Athletic (Sky Sports)\n\nDock Wanderers v Harbour Town", true},
		{"team sheet", "2024-03-02", "en", "1 Henry ASHCROFT 1\n\n2 Karl DUNMORE\n\n3 Luis ORTEGA\n\n4 A.N. Other\n\n5 Joe McBRIDE 2", true},
		// Other stories' headlines that name people stay teasers.
		{"headlines", "2024-07-06", "en", "Keir Starmer Faces First Revolt Over Welfare Plans\n\nRishi Sunak Quits As Party Leader After Heavy Defeat\n\nRachel Reeves Warns Of Hard Choices In First Budget", false},
		// One person's sayings, each headed by the name, are no roster.
		{"one person", "2024-07-06", "en", "Keir Starmer: Why Our Country Needs Change Now\n\nKeir Starmer: How We Will Fix The Health Service\n\nKeir Starmer: What The Election Result Means", false},
	} {
		f := extractOn(t, c.date, c.lang, lead+c.body)
		first := len(f.Blocks) - strings.Count(c.body, "\n\n") - 1
		lines := []int{}
		for i := first; i < len(f.Blocks); i++ {
			lines = append(lines, i)
		}
		teased := false
		for _, tz := range f.Teasers {
			for _, h := range tz.Headlines {
				teased = teased || h >= first
			}
		}
		listed := slices.ContainsFunc(f.BlockLists.Headlines, func(i int) bool { return i >= first })
		if c.roster && (teased || listed) {
			t.Errorf("%s: roster lines %v taken for headlines: teasers %s, headline blocks %v", c.name, lines, teaserSummary(f), f.BlockLists.Headlines)
		}
		if !c.roster && !teased {
			t.Errorf("%s: headlines %v are no longer teasers: %s", c.name, lines, teaserSummary(f))
		}
	}
}

func TestRosterLinesAreClaims(t *testing.T) {
	// A stale roster is a claim about who holds each office: its lines
	// stay mentions with their titles.
	f := extractOn(t, "2025-03-01", "en", "# The cabinet\n\nThe prime minister named the members of the new cabinet on Friday evening after a long day of meetings in Downing Street.\n\nJames Cleverly – Home Secretary\n\nDavid Cameron – Foreign Secretary\n\nJeremy Hunt – Chancellor")
	roles := []string{}
	for _, m := range f.Mentions {
		roles = append(roles, m.Role+" "+m.Claim)
	}
	for _, want := range []string{"uk-home-secretary current", "uk-foreign-secretary current"} {
		if !slices.Contains(roles, want) {
			t.Errorf("no mention %q among %v", want, roles)
		}
	}
}

func TestRosterLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Rachel Reeves – Chancellor":                true,
		"Pat McFadden– Chancellor of the Duchy":     true,
		"Finanzen: Jens Spahn CDU":                  true,
		"Justice: Shabana Mahmood (Labour)":         true,
		"Ministra de Defensa: Margarita Robles":     true,
		"Breaking: Markets Fall Sharply After Vote": false,
		"Keir Starmer – the man who wants to lead the country after fourteen years of rule by others": false,
		"Leave a comment":       false,
		"Updated: 3 March 2025": false,
	} {
		if got := rosterLine(text, nil); got != want {
			t.Errorf("rosterLine(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"1 Henry ASHCROFT 1": true,
		"12. Ana Ruiz":       true,
		"10 Ways Councils Are Cutting Costs This Winter": false,
		"2025 Budget Vote": false,
	} {
		if got := squadLine(text); got != want {
			t.Errorf("squadLine(%q) = %v, want %v", text, got, want)
		}
	}
}
