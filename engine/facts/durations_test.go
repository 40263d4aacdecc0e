package facts

import (
	"fmt"
	"slices"
	"testing"
)

// A span counted from an earlier moment of the story is tied to the date
// written right after it and to the dates of a day written before it.
func TestRelativeSpansLinkDates(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		// want: "TEXT -> TARGET from FROM..." or "TEXT unlinked"
		want string
	}{
		{"en", "The ferry line opened on 4 May 2026. Three days later, on 9 May, it closed again.",
			"Three days later -> 2026-05-09 from [2026-05-04]"},
		{"en", "Crews arrived on Friday, May 8, 2026, and left on May 10. A week earlier, on May 1, the pier had been inspected.",
			"A week earlier -> 2026-05-01 from [2026-05-10 2026-05-08]"},
		{"de", "Die Brücke wurde am 4. Mai 2026 gesperrt. Zwei Tage später, am 6. Mai, fuhren wieder Busse.",
			"Zwei Tage später -> 2026-05-06 from [2026-05-04]"},
		{"fr", "Le pont a fermé le 4 mai 2026. Trois jours plus tard, le 7 mai, les bus sont revenus.",
			"Trois jours plus tard -> 2026-05-07 from [2026-05-04]"},
		{"es", "El puente cerró el 4 de mayo de 2026. Dos días después, el 6 de mayo, volvieron los autobuses.",
			"Dos días después -> 2026-05-06 from [2026-05-04]"},
		// No date of a day before it: nothing to count from.
		{"en", "The ferry line opened in May 2026. Three days later, on 9 May, it closed again.",
			"Three days later unlinked"},
		// A weekday alone is not a date to compare.
		{"en", "The ferry line opened on 4 May 2026. Three days later, on Thursday, it closed again.",
			"Three days later unlinked"},
		// The date is not the one the span leads to.
		{"en", "The ferry line opened on 4 May 2026. Three days later the council, which had met on 9 May, closed it.",
			"Three days later unlinked"},
		// A year the text leaves out may be the next one.
		{"en", "Trading stopped on December 30, 2025. Three days later, on January 2, it resumed.",
			"Three days later unlinked"},
		// "plus" alone is not "plus tard".
		{"fr", "Le pont a fermé le 4 mai 2026. Trois jours plus calmes, le 7 mai, ont suivi.",
			"none"},
		// "después de" still runs from what it names.
		{"es", "Dos años después de la invasión, el 24 de febrero de 2024, hubo marchas.",
			"none"},
	} {
		f := extractOn(t, "2026-06-01", c.lang, "Story\n\n"+c.body)
		got := "none"
		for _, d := range f.Durations {
			if !relativeAnchor(d.Anchor) {
				continue
			}
			if d.Date == nil {
				got = d.Text + " unlinked"
				continue
			}
			from := []string{}
			for _, j := range d.From {
				from = append(from, f.Dates[j].Start)
			}
			got = fmt.Sprintf("%s -> %s from %v", d.Text, f.Dates[*d.Date].Start, from)
		}
		if got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.body, got, c.want)
		}
	}
}

// A time counted back from the article is tied to the date written right
// beside it that names the same moment, in the four languages.
func TestAgoLinksTheDateBesideIt(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Two years ago, in February 2022, the port closed.", "Two years ago February 2022"},
		{"en", "Brexit took effect on 31 January 2020, nearly five years ago.", "nearly five years ago 31 January 2020"},
		{"de", "Vor zwei Jahren, im Februar 2022, schloss der Hafen.", "zwei Jahren Februar 2022"},
		{"fr", "Il y a deux ans, en 2023, le port a fermé.", "deux ans 2023"},
		{"es", "En 2023, hace dos años, el puerto cerró.", "dos años 2023"},
		// A date further off, or one that names something, is not the moment.
		{"en", "Two years ago the port, which opened in 1990, closed.", "Two years ago none"},
		{"en", "Two years ago, the 2022 strike closed the port.", "Two years ago none"},
	} {
		durationSays(t, c.lang, c.body, c.want, func(f *Facts, d Duration) string {
			if d.Dated == nil {
				return ""
			}
			return d.Text + " " + f.Dates[*d.Dated].Text
		})
	}
}

// durationSays checks what describe says of the last duration of body, or
// "TEXT none" when it says nothing.
func durationSays(t *testing.T, lang, body, want string, describe func(*Facts, Duration) string) {
	t.Helper()
	f := extractOn(t, "2025-06-01", lang, "Story\n\n"+body)
	got := "no duration"
	for _, d := range f.Durations {
		if got = describe(f, d); got == "" {
			got = d.Text + " none"
		}
	}
	if got != want {
		t.Errorf("%s\n got %s\nwant %s", body, got, want)
	}
}

// A length of time is tied to the dates written right after it that it
// runs between.
func TestSpansLinkTheirDates(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "She was acting mayor for 87 days, from December 27, 2024, to April 24, 2025, before the vote.", "87 days 2024-12-27..2025-04-24 86-88"},
		{"en", "The strike lasted 12 days, from March 3 to March 20, 2025, and shut the port.", "12 days 2025-03-03..2025-03-20 11-13"},
		{"en", "Over the 45 days between January 1, 2025 and February 14, 2025, the council met eleven times.", "45 days 2025-01-01..2025-02-14 44-46"},
		{"es", "La huelga duró 12 días, desde el 3 de marzo de 2025 hasta el 20 de marzo de 2025, y cerró el puerto.", "12 días 2025-03-03..2025-03-20 11-13"},
		{"de", "Der Streik dauerte 12 Tage, vom 3. März 2025 bis zum 20. März 2025, und legte den Hafen lahm.", "12 Tage 2025-03-03..2025-03-20 11-13"},
		// A date that only follows, and one without its year.
		{"en", "The strike lasted 12 days and ended on March 20, 2025, the union said.", "12 days none"},
		{"en", "The strike lasted 12 days, from March 3 to March 20, and shut the port.", "12 days none"},
	} {
		durationSays(t, c.lang, c.body, c.want, func(f *Facts, d Duration) string {
			if d.Between == nil {
				return ""
			}
			return fmt.Sprintf("%s %s..%s %d-%d", d.Text, f.Dates[d.Between[0]].Start, f.Dates[d.Between[1]].End, d.MinDays, d.MaxDays)
		})
	}
}

func TestRelativeBounds(t *testing.T) {
	for _, c := range []struct {
		amount float64
		unit   string
		want   [2]int
	}{
		{2, "day", [2]int{2, 3}},
		{1, "week", [2]int{6, 8}},
		{1, "month", [2]int{27, 34}},
		{1, "year", [2]int{363, 368}},
	} {
		lo, hi := relativeBounds(&Duration{Amount: c.amount, Unit: c.unit})
		if got := [2]int{lo, hi}; !slices.Equal(got[:], c.want[:]) {
			t.Errorf("%v %s: got %v, want %v", c.amount, c.unit, got, c.want)
		}
	}
}

// "Ago" stands before the duration in German, French and Spanish.
func TestAgoBeforeTheDuration(t *testing.T) {
	for text, want := range map[string]string{
		"Vor genau einem Jahr trat der Minister zurück.":  "ago",
		"Il y a trois ans, le ministre a démissionné.":    "ago",
		"Hace casi dos años, el ministro dimitió.":        "ago",
		"Desde hace dos años, el ministro gobierna solo.": "",
		"Seit drei Jahren regiert der Minister allein.":   "",
	} {
		f := extractWith(t, "a.md", "---\ndate: 2025-11-06\n---\n"+text+"\n", Options{})
		if len(f.Durations) != 1 || f.Durations[0].Anchor != want {
			t.Errorf("%s: want anchor %q: %+v", text, want, f.Durations)
		}
	}
}

// "The second anniversary of X" is that many years to the day, tied to
// the event named after it; an anniversary without a number is not a
// span.
func TestAnniversaries(t *testing.T) {
	for text, want := range map[string]string{
		"Kyiv marked the second anniversary of the invasion on Monday.": "anniversary 2 year of 730..731",
		"The 10th anniversary of the treaty falls next week.":           "anniversary 10 year of 3652..3653",
		"The anniversary of the treaty falls next week.":                "",
		"Kiev a marqué le deuxième anniversaire de l'invasion.":         "anniversary 2 year of 730..731",
		"Kiew beging den zweiten Jahrestag der Invasion.":               "anniversary 2 year of 730..731",
		"Kiev celebró el tercer aniversario de la invasión.":            "anniversary 3 year of 1095..1096",
	} {
		var got []string
		for _, d := range newDateParser(text, tokenize(text)).durations() {
			got = append(got, fmt.Sprintf("%s %v %s %s %d..%d", d.Form, d.Amount, d.Unit, d.Anchor, d.MinDays, d.MaxDays))
		}
		if fmt.Sprint(got) != fmt.Sprint(slices.DeleteFunc([]string{want}, func(s string) bool { return s == "" })) {
			t.Errorf("%q: got %v, want %q", text, got, want)
		}
	}
}

// A duration counted back from the article ("19 years ago") dates the
// known event its sentence names, unless a word counts from the event
// between them.
func TestAgoDatesTheEventItsSentenceNames(t *testing.T) {
	for body, want := range map[string]string{
		"The Madrid train bombings happened 19 years ago, officials recalled.": "madrid-train-bombings",
		"Il y a huit ans, l’attentat du Bataclan a frappé Paris.":              "paris-attacks-november-2015",
		"Hace 15 años, los atentados del 11-M golpearon Madrid.":               "madrid-train-bombings",
		"Twenty years ago, before the Bataclan attack, she moved to Paris.":    "",
		"Two years ago, on the anniversary of the Bataclan attack, she spoke.": "",
		"Twenty years ago she moved to Paris.":                                 "",
	} {
		f := extractOn(t, "2025-11-10", "", body)
		got := ""
		for _, d := range f.Durations {
			if d.Anchor == "ago" {
				got = d.Event
			}
		}
		if got != want {
			t.Errorf("%s: event %q, want %q", body, got, want)
		}
	}
}

// "The next day" is one calendar day after the moment told before, in
// each language; set off by a comma it leads to the date after it.
func TestNextDayLinksDates(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Rates were cut on 5 March 2025. The next day, March 6, the currency fell.", "The next day 1-1 -> 2025-03-06"},
		{"fr", "Les taux ont baissé le 5 mars 2025. Le lendemain, 7 mars, l'euro a reculé.", "Le lendemain 1-1 -> 2025-03-07"},
		{"de", "Die Zinsen sanken am 5. März 2025. Am nächsten Tag, am 6. März, fiel der Euro.", "Am nächsten Tag 1-1 -> 2025-03-06"},
		{"es", "Los tipos bajaron el 5 de marzo de 2025. Al día siguiente, el 6 de marzo, cayó el euro.", "Al día siguiente 1-1 -> 2025-03-06"},
		// The day after something named is no step of the story.
		{"en", "The day after the vote the markets were calm.", ""},
	} {
		f := extractOn(t, "2025-03-10", c.lang, c.body)
		got := ""
		for _, d := range f.Durations {
			if d.Date != nil {
				got = fmt.Sprintf("%s %d-%d -> %s", d.Text, d.MinDays, d.MaxDays, f.Dates[*d.Date].Start)
			} else {
				got = d.Text + " unlinked"
			}
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.body, got, c.want)
		}
	}
}
