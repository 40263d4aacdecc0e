package facts

import "testing"

// An undated article's era is the latest first day in office among the
// people it names as holding an office now, in its own words; a date, a
// quotation, a "former" title or another story's teaser gives none.
func TestEraIsTheLatestStartOfAHolderNamedNow(t *testing.T) {
	cases := []struct {
		name, text, from, anchor string
	}{
		{"latest start wins", "Talks resume\n\nNATO Secretary-General Jens Stoltenberg spoke first.\n\nChancellor Friedrich Merz answered him.\n",
			"2025-05-06", "Chancellor Friedrich Merz"},
		{"apposition", "Talks resume\n\nKeir Starmer, the British prime minister, spoke first.\n",
			"2024-07-05", "Keir Starmer, the British prime minister"},
		{"quoted", "Talks resume\n\n\"Chancellor Friedrich Merz will decide on Monday, and nobody else,\" an aide to the minister said.\n", "", ""},
		{"former", "Talks resume\n\nFormer Chancellor Olaf Scholz spoke first.\n", "", ""},
		{"another story's teaser", "Talks resume\n\nNATO Secretary-General Jens Stoltenberg said on Monday that the talks on the new base would continue until the autumn.\n\n" +
			"The alliance's planners met again on Tuesday to discuss the costs of the work and the timetable.\n\nMore Stories\n\n" +
			"Chancellor Friedrich Merz Sets Out Budget Plans for the Autumn\n\nFerry Operators Warn of Higher Fares This Summer\n\nCup Draw Results: Fixtures and Kick-off Times\n",
			"2014-10-01", "NATO Secretary-General Jens Stoltenberg"},
		{"dated", "---\ndate: 2025-06-01\n---\n\nChancellor Friedrich Merz spoke first.\n", "", ""},
		{"sentence date", "Talks resume\n\nIn 2023, Chancellor Olaf Scholz spoke first.\n", "", ""},
	}
	for _, c := range cases {
		name := "era.txt"
		if c.name == "dated" {
			name = "era.md"
		}
		f := extractWith(t, name, c.text, Options{})
		switch {
		case c.from == "" && f.Era != nil:
			t.Errorf("%s: era %+v (%q), want none", c.name, *f.Era, f.Mentions[f.Era.Mention].Text)
		case c.from != "" && f.Era == nil:
			t.Errorf("%s: no era, want %s from %q (mentions %+v)", c.name, c.from, c.anchor, f.Mentions)
		case c.from != "" && (f.Era.From != c.from || f.Mentions[f.Era.Mention].Text != c.anchor):
			t.Errorf("%s: era from %s by %q, want %s by %q", c.name, f.Era.From, f.Mentions[f.Era.Mention].Text, c.from, c.anchor)
		}
	}
}
