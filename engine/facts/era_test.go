package facts

import "testing"

// An undated article's era is the latest first day in office among the
// people it names as holding an office now, in its own words, or the
// later day from which most of them were in office at once; a date, a
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
		// A returning holder beside someone in office only since 2024: the
		// later term, the one they share.
		{"a later term shared", "Talks resume\n\nPresident Donald Trump spoke first.\n\nPrime Minister Keir Starmer answered him.\n",
			"2025-01-20", "President Donald Trump"},
		{"the first term shared", "Talks resume\n\nPresident Donald Trump spoke first.\n\nPrime Minister Theresa May answered him.\n",
			"2017-01-20", "President Donald Trump"},
		// As many named in office on the first-day bound as on the later
		// term's first day: two stories fit, and the earlier day stays.
		{"a tie", "Talks resume\n\nPresident Donald Trump spoke first.\n\nHouse Speaker Kevin McCarthy answered him.\n",
			"2023-01-07", "House Speaker Kevin McCarthy"},
		{"sentence date", "Talks resume\n\nIn 2023, Chancellor Olaf Scholz is said to have spoken first.\n", "", ""},
	}
	for _, c := range cases {
		name := "era.txt"
		if c.name == "dated" {
			name = "era.md"
		}
		f := extractWith(t, name, c.text, Options{})
		switch {
		case c.from == "" && f.Era != nil:
			t.Errorf("%s: era %+v, want none", c.name, *f.Era)
		case c.from != "" && f.Era == nil:
			t.Errorf("%s: no era, want %s from %q (mentions %+v)", c.name, c.from, c.anchor, f.Mentions)
		case c.from != "" && (f.Era.From != c.from || f.Era.Mention < 0 || f.Mentions[f.Era.Mention].Text != c.anchor):
			t.Errorf("%s: era %+v, want %s by %q", c.name, *f.Era, c.from, c.anchor)
		}
	}
}

// The year of something the text names as having happened, in its own
// words, bounds an undated article too ("the 2026 Greenland crisis", "la
// crise du Groenland de 2026", "die Grönland-Krise 2026": not before
// 2026), and so does a date it tells of in the past; the latest of the
// bounds wins. A year foretold ("the looming 2026 crisis"), named in the
// future or quoted, or one of a thing named ahead of its year (an
// election), a plan told in the past ("was postponed until …") and a
// sentence that also speaks of now are no bound.
func TestEraFromWhatTheTextSaysHappened(t *testing.T) {
	cases := []struct {
		name, text, from, anchor string
	}{
		{"crisis", "Talks resume\n\nAllies are managing the response to the 2026 Greenland crisis with care.\n", "2026-01-01", "the 2026 Greenland crisis"},
		{"floods", "Talks resume\n\nTowns hit by the 2024 floods still wait for repairs.\n", "2024-01-01", "the 2024 floods"},
		{"a later holder wins", "Talks resume\n\nTowns hit by the 2024 floods still wait, Chancellor Friedrich Merz said.\n", "2025-05-06", ""},
		{"a later year wins", "Talks resume\n\nChancellor Olaf Scholz answers for the 2026 Greenland crisis.\n", "2026-01-01", "the 2026 Greenland crisis"},
		{"foretold", "Talks resume\n\nEconomists are worried about the looming 2026 Greenland crisis in the north.\n", "", ""},
		{"future", "Talks resume\n\nThe alliance will face the 2026 Greenland crisis alone.\n", "", ""},
		{"quoted", "Talks resume\n\n\"We came through the 2026 Greenland crisis together,\" the minister said.\n", "", ""},
		{"election", "Talks resume\n\nParties are preparing for the 2026 election campaign.\n", "", ""},
		{"french", "Les alliés discutent\n\nLes ministres gèrent la réponse à la crise du Groenland de 2026 avec prudence.\n", "2026-01-01", "la crise du Groenland de 2026"},
		{"spanish", "Los aliados debaten\n\nLos ministros gestionan la respuesta a las inundaciones de 2024 con cautela.\n", "2024-01-01", "las inundaciones de 2024"},
		{"german", "Die Verbündeten beraten\n\nDie Minister beraten in Brüssel über die Folgen der Grönland-Krise 2026 und über neue Schiffe.\n", "2026-01-01", "der Grönland-Krise 2026"},
		{"french, foretold", "Les alliés discutent\n\nLes ministres veulent éviter la crise de 2027 dans les retraites publiques.\n", "", ""},
		// A date told in the past, in a sentence of the past alone and
		// with no word of a plan: the article was written after it.
		{"told in the past", "Talks resume\n\nOn March 3, 2025, the council voted to close the old pool.\n", "2025-03-03", "March 3, 2025"},
		{"a later holder wins the past", "Talks resume\n\nOn March 3, 2025, the council voted to close the old pool.\n\nChancellor Friedrich Merz spoke on Monday.\n", "2025-05-06", ""},
		{"a plan in the past", "Talks resume\n\nThe vote was postponed until March 3, 2026.\n", "", ""},
		{"now too", "Talks resume\n\nThe pool, which closed on March 3, 2025, is still empty.\n", "", ""},
	}
	for _, c := range cases {
		f := extractWith(t, "era.txt", c.text, Options{})
		switch {
		case c.from == "" && f.Era != nil:
			t.Errorf("%s: era %+v, want none", c.name, *f.Era)
		case c.from != "" && f.Era == nil:
			t.Errorf("%s: no era, want %s", c.name, c.from)
		case c.from != "" && f.Era.From != c.from:
			t.Errorf("%s: era from %s, want %s", c.name, f.Era.From, c.from)
		case c.anchor != "" && (f.Era.Mention != -1 || f.Era.Text != c.anchor || f.Era.Span == nil):
			t.Errorf("%s: era %+v, want the phrase %q", c.name, *f.Era, c.anchor)
		case c.anchor == "" && c.from != "" && f.Era.Mention < 0:
			t.Errorf("%s: era %+v, want a mention's", c.name, *f.Era)
		}
	}
}
