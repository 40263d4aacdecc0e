package facts

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
)

// show renders the fields of a date that a test checks, resolved with the
// year 2025 for dates written without one.
func show(d Date) string {
	d.resolve(2025, d.Year == 0)
	var b strings.Builder
	fmt.Fprintf(&b, "%q %s", d.Text, d.Form)
	if d.Weekday != "" {
		fmt.Fprintf(&b, " wd=%s", d.Weekday)
	}
	if d.Qualifier != "" {
		fmt.Fprintf(&b, " q=%s", d.Qualifier)
	}
	if d.Season != "" {
		fmt.Fprintf(&b, " season=%s", d.Season)
	}
	fmt.Fprintf(&b, " %s %s..%s %s", d.Value, d.Start, d.End, d.Precision)
	if d.YearInferred {
		b.WriteString(" year_inferred")
	}
	if d.Ambiguous {
		fmt.Fprintf(&b, " ambiguous alt=%s", d.Alt)
	}
	if d.Invalid {
		b.WriteString(" invalid")
	}
	return b.String()
}

func TestDateGrammar(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// The forms of facts v1.
		{"It opened on 2025-03-18 at noon.", []string{`"2025-03-18" iso 2025-03-18 2025-03-18..2025-03-18 day`}},
		{"Stamp 2025-05-01T10:00:00Z here", []string{`"2025-05-01T10:00:00Z" iso 2025-05-01 2025-05-01..2025-05-01 day`}},
		{"On Wednesday, 18 March 2025, the two presidents spoke.", []string{`"Wednesday, 18 March 2025" dmy wd=Wednesday 2025-03-18 2025-03-18..2025-03-18 day`}},
		{"the 18th of March, 2025", []string{`"18th of March, 2025" dmy 2025-03-18 2025-03-18..2025-03-18 day`}},
		{"on March 18, 2025, and Aug. 15", []string{
			`"March 18, 2025" mdy 2025-03-18 2025-03-18..2025-03-18 day`,
			`"Aug. 15" mdy 2025-08-15 2025-08-15..2025-08-15 day year_inferred`,
		}},
		{"DECEMBER 24, 2025", []string{`"DECEMBER 24, 2025" mdy 2025-12-24 2025-12-24..2025-12-24 day`}},
		// A span of years after its cue.
		{"He served from 2010 to 2016 and again later.", []string{`"2010 to 2016" range 2010 2010-01-01..2016-12-31 year`}},
		{"between 2019 and 2017", []string{`"2019" year 2019 2019-01-01..2019-12-31 year`}},
		// A weekday and a day without a month: the month is the
		// article's or one beside it; not "Friday the 13th".
		{"on Tuesday the 17th to vote", []string{`"Tuesday the 17th" weekday wd=Tuesday  .. weekday`}},
		{"am Dienstag, den 17., um", []string{`"Dienstag, den 17" weekday wd=Tuesday  .. weekday`}},
		{"el próximo miércoles, día 18, en", []string{`"miércoles, día 18" weekday wd=Wednesday  .. weekday`}},
		{"It fell on Friday the 13th again.", []string{`"Friday" weekday wd=Friday  .. weekday`}},
		// French, German and Spanish abbreviations with their full stop.
		{"mer. 4 mars 2025 à 10h31", []string{`"mer. 4 mars 2025" dmy wd=Wednesday 2025-03-04 2025-03-04..2025-03-04 day`}},
		{"am Sa., 10. März 2025, statt", []string{`"Sa., 10. März 2025" dmy wd=Saturday 2025-03-10 2025-03-10..2025-03-10 day`}},
		{"el sáb. 10 de marzo de 2025", []string{`"sáb. 10 de marzo de 2025" dmy wd=Saturday 2025-03-10 2025-03-10..2025-03-10 day`}},
		{"so 10 March 2025 it was", []string{`"10 March 2025" dmy 2025-03-10 2025-03-10..2025-03-10 day`}},
		// The first of a range of weekdays is the first day's.
		{"Mon–Wed, Mar 3–5, 2025: Book fair", []string{`"Mon–Wed, Mar 3–5, 2025" range wd=Monday 2025-03-03 2025-03-03..2025-03-05 day`}},
		{"It runs Friday to Sunday, June 13-15, 2025, in the park.", []string{`"Friday to Sunday, June 13-15, 2025" range wd=Friday 2025-06-13 2025-06-13..2025-06-15 day`}},
		// A year that labels a timeline's line, before a colon or a dash
		// set off by spaces; not a span of seasons.
		{"• 2017 – Britain votes to leave.", []string{`"2017" year 2017 2017-01-01..2017-12-31 year`}},
		{"**2023** — The chancellor visits Beijing.", []string{`"2023" year 2023 2023-01-01..2023-12-31 year`}},
		{"2014 : attentats à Paris.", []string{`"2014" year 2014 2014-01-01..2014-12-31 year`}},
		{"2022-23 was a long season.", nil},
		{"As recently as 2024, the plan stood.", []string{`"2024" year 2024 2024-01-01..2024-12-31 year`}},
		// The same in French, German and Spanish; "and" only after "between".
		{"Premier ministre de 2015 à 2020, il", []string{`"2015 à 2020" range 2015 2015-01-01..2020-12-31 year`}},
		{"Kanzler von 2019 bis 2025 war er", []string{`"2019 bis 2025" range 2019 2019-01-01..2025-12-31 year`}},
		{"gobernó entre 2011 y 2018.", []string{`"2011 y 2018" range 2011 2011-01-01..2018-12-31 year`}},
		{"zwischen 2005 und 2021", []string{`"2005 und 2021" range 2005 2005-01-01..2021-12-31 year`}},
		{"les accords de 2015 et 2016", []string{`"2015" year 2015 2015-01-01..2015-12-31 year`}},
		// German "6. November" without a year is a date after "am", "bis
		// zum" and the like.
		{"Die Koalition zerbrach am 6. November, wie erwartet.", []string{`"6. November" dmy 2025-11-06 2025-11-06..2025-11-06 day year_inferred`}},
		{"Punkt 6. November Müller war es nicht.", nil},
		// A day and month with their dots after a German weekday; alone,
		// or with its year, not this form.
		{"Das Spiel ist am Sonntag, 21.9., um 15.30 Uhr.", []string{`"Sonntag, 21.9" numeric wd=Sunday 2025-09-21 2025-09-21..2025-09-21 day year_inferred`}},
		{"Abschnitt 21.9. regelt das.", nil},
		// A Spanish month written first, as some sites stamp a story: only
		// with the day, a comma and the year.
		{"Noviembre 14, 2025 10:13 a.m.", []string{`"Noviembre 14, 2025" mdy 2025-11-14 2025-11-14..2025-11-14 day`}},
		{"En Marzo 3 socios se fueron, y en Mayo 12, 2024 otros.", []string{`"Mayo 12, 2024" mdy 2024-05-12 2024-05-12..2024-05-12 day`}},
		{"Publicado: septiembre 20, 2025, 6:07 am", []string{`"septiembre 20, 2025" mdy 2025-09-20 2025-09-20..2025-09-20 day`}},
		{"en septiembre 20 socios se fueron", []string{`"septiembre" month 2025-09 2025-09-01..2025-09-30 month year_inferred`}},
		// A theme's bar of today's date, weekday first, is not read.
		{"lunes, diciembre 22, 2025", []string{`"lunes" weekday wd=Monday  .. weekday`}},
		{"Friday, Aug. 15", []string{`"Friday, Aug. 15" mdy wd=Friday 2025-08-15 2025-08-15..2025-08-15 day year_inferred`}},
		// A date in brackets after its weekday; brackets holding more are
		// not the weekday's date.
		{"The vote came on Friday (Aug. 15) after a debate.", []string{`"Friday (Aug. 15)" mdy wd=Friday 2025-08-15 2025-08-15..2025-08-15 day year_inferred`}},
		{"Le vote a eu lieu vendredi (15 août) après un débat.", []string{`"vendredi (15 août)" dmy wd=Friday 2025-08-15 2025-08-15..2025-08-15 day year_inferred`}},
		{"The vote came on Friday (Aug. 15 in Tokyo) after a debate.", []string{
			`"Friday" weekday wd=Friday  .. weekday`,
			`"Aug. 15" mdy 2025-08-15 2025-08-15..2025-08-15 day year_inferred`,
		}},
		{"talks in May 2025 and in mid-August 2025", []string{
			`"May 2025" month_year 2025-05 2025-05-01..2025-05-31 month`,
			`"mid-August 2025" month_year q=mid 2025-08 2025-08-11..2025-08-20 month`,
		}},
		{"by the end of May 2025", []string{`"the end of May 2025" month_year q=late 2025-05 2025-05-21..2025-05-31 month`}},
		{"He left in May. In late June he returned.", []string{
			`"May" month 2025-05 2025-05-01..2025-05-31 month year_inferred`,
			`"late June" month q=late 2025-06 2025-06-21..2025-06-30 month year_inferred`,
		}},
		{"may we", nil},
		{"in 2022, since early 2023, by the end of 2024, late 2019", []string{
			`"2022" year 2022 2022-01-01..2022-12-31 year`,
			`"early 2023" year q=early 2023 2023-01-01..2023-04-30 year`,
			`"2024" year q=late 2024 2024-09-01..2024-12-31 year`,
			`"late 2019" year q=late 2019 2019-09-01..2019-12-31 year`,
		}},
		{"2022 was hard", nil},
		// German writes a year alone as an adverb; a count has its noun.
		{"2022 verkündete Scholz die Wende. Er verkündete 2023 die Reform.", []string{
			`"2022" year 2022 2022-01-01..2022-12-31 year`,
			`"2023" year 2023 2023-01-01..2023-12-31 year`,
		}},
		{"2000 Menschen kamen. Er zählte 2000 Stimmen.", nil},
		// A focus adverb before it, a comma after a past verb, and the
		// time of becoming something ("wurde 2005 Kanzlerin").
		{"Bereits 2022 versprach er Hilfe. Er versprach 2019, zu helfen. Sie wurde 2005 Kanzlerin. Die Stadt wurde 2000 Jahre alt.", []string{
			`"2022" year 2022 2022-01-01..2022-12-31 year`,
			`"2019" year 2019 2019-01-01..2019-12-31 year`,
			`"2005" year 2005 2005-01-01..2005-12-31 year`,
		}},
		{"Er zählte 2000, dann 3000.", nil},
		// Spanish's "ago" (agosto) only with its year after it.
		{"Por Ana López | 10 ago 2025", []string{`"10 ago 2025" dmy 2025-08-10 2025-08-10..2025-08-10 day`}},
		{"He left 5 ago.", nil},
		{"on 03/04/2025 and 18.03.2025", []string{
			`"03/04/2025" numeric 2025-03-04 2025-03-04..2025-03-04 day ambiguous alt=2025-04-03`,
			`"18.03.2025" numeric 2025-03-18 2025-03-18..2025-03-18 day`,
		}},
		{"said on Tuesday and at Friday's summit", []string{
			`"Tuesday" weekday wd=Tuesday  .. weekday`,
			`"Friday" weekday wd=Friday  .. weekday`,
		}},
		{"on 30 February 2025", []string{`"30 February 2025" dmy 2025-02-30 2025-02-30..2025-02-30 day invalid`}},
		// Added forms.
		{"the summit ran 15–17 August 2025 in Alaska", []string{`"15–17 August 2025" range 2025-08-15 2025-08-15..2025-08-17 day`}},
		{"from August 15-17, 2025", []string{`"August 15-17, 2025" range 2025-08-15 2025-08-15..2025-08-17 day`}},
		{"between 15 and 17 August", []string{`"15 and 17 August" range 2025-08-15 2025-08-15..2025-08-17 day year_inferred`}},
		{"15 December 2024 – 3 January 2025", []string{`"15 December 2024 – 3 January 2025" range 2024-12-15 2024-12-15..2025-01-03 day`}},
		{"30 December – 2 January 2026", []string{`"30 December – 2 January 2026" range 2025-12-30 2025-12-30..2026-01-02 day`}},
		{"August 30 – September 2, 2025", []string{`"August 30 – September 2, 2025" range 2025-08-30 2025-08-30..2025-09-02 day`}},
		{"between June and August 2025; June–August 2024", []string{
			`"June and August 2025" range 2025-06 2025-06-01..2025-08-31 month`,
			`"June–August 2024" range 2024-06 2024-06-01..2024-08-31 month`,
		}},
		{"in the summer of 2024 and spring 2025", []string{
			`"summer of 2024" season season=summer 2024-summer 2024-06-01..2024-08-31 season`,
			`"spring 2025" season season=spring 2025-spring 2025-03-01..2025-05-31 season`,
		}},
		{"in the autumn, and a fall in prices", []string{`"autumn" season season=autumn 2025-autumn 2025-09-01..2025-11-30 season year_inferred`}},
		{"winter 2025", []string{`"winter 2025" season season=winter 2025-winter 2025-01-01..2026-02-28 season ambiguous alt=`}},
		{"au printemps, im Frühjahr, en verano, Sommer 2024", []string{
			`"printemps" season season=spring 2025-spring 2025-03-01..2025-05-31 season year_inferred`,
			`"Frühjahr" season season=spring 2025-spring 2025-03-01..2025-05-31 season year_inferred`,
			`"verano" season season=summer 2025-summer 2025-06-01..2025-08-31 season year_inferred`,
			`"Sommer 2024" season season=summer 2024-summer 2024-06-01..2024-08-31 season`,
		}},
		{"Der Sommer war heiß, sagte Martin Sommer.", nil},
		{"2025/03/18", []string{`"2025/03/18" numeric 2025-03-18 2025-03-18..2025-03-18 day`}},
		{"18-03-2025", []string{`"18-03-2025" numeric 2025-03-18 2025-03-18..2025-03-18 day`}},
		// A two-digit year only in a stamp with its clock.
		{"dpa.de, 26.06.24 13:34 Uhr", []string{`"26.06.24" numeric 2024-06-26 2024-06-26..2024-06-26 day`}},
		{"Die Version 18.12.22 ist da.", nil},
		{"Jan Smith and Mar-a-Lago", nil},
		// French, German and Spanish write the day first.
		{"PARIS, 13 janvier 2025 (AFP)", []string{`"13 janvier 2025" dmy 2025-01-13 2025-01-13..2025-01-13 day`}},
		{"le 1er mars 2025 et le 2 mars", []string{
			`"1er mars 2025" dmy 2025-03-01 2025-03-01..2025-03-01 day`,
			`"2 mars" dmy 2025-03-02 2025-03-02..2025-03-02 day year_inferred`,
		}},
		{"Berlin, 3. März 2025 (dpa)", []string{`"3. März 2025" dmy 2025-03-03 2025-03-03..2025-03-03 day`}},
		{"am 3. April sagte", []string{`"3. April" dmy 2025-04-03 2025-04-03..2025-04-03 day year_inferred`}},
		{"Kapitel 3. April war kalt", nil},
		{"Am vergangenen Mittwoch (29. April) kam er.", []string{`"Mittwoch (29. April)" dmy wd=Wednesday 2025-04-29 2025-04-29..2025-04-29 day year_inferred`}},
		{"el 5 de enero de 2025 y el 9 de julio del 2024", []string{
			`"5 de enero de 2025" dmy 2025-01-05 2025-01-05..2025-01-05 day`,
			`"9 de julio del 2024" dmy 2024-07-09 2024-07-09..2024-07-09 day`,
		}},
		{"7 sept. 2025, not 7 sept ans, not 5 ago", []string{`"7 sept. 2025" dmy 2025-09-07 2025-09-07..2025-09-07 day`}},
		// Forums and logs.
		{"Asked 22-Sep-2023", []string{`"22-Sep-2023" dmy 2023-09-22 2023-09-22..2023-09-22 day`}},
		{"Thu May 22 16:40:00 UTC 2025: done", []string{`"Thu May 22 16:40:00 UTC 2025" mdy wd=Thursday 2025-05-22 2025-05-22..2025-05-22 day`}},
		{"May 22 16:40 the doors open", []string{`"May 22" mdy 2025-05-22 2025-05-22..2025-05-22 day year_inferred`}},
		// A French, German or Spanish month after its cue, and a part of
		// a year or month before it.
		{"En décembre, il a perdu; im Dezember verlor er; desde enero", []string{
			`"décembre" month 2025-12 2025-12-01..2025-12-31 month year_inferred`,
			`"Dezember" month 2025-12 2025-12-01..2025-12-31 month year_inferred`,
			`"enero" month 2025-01 2025-01-01..2025-01-31 month year_inferred`,
		}},
		{"Fin 2024, Ende 2024, mi-2025, début décembre, Anfang Januar", []string{
			`"Fin 2024" year q=late 2024 2024-09-01..2024-12-31 year`,
			`"Ende 2024" year q=late 2024 2024-09-01..2024-12-31 year`,
			`"mi-2025" year q=mid 2025 2025-05-01..2025-08-31 year`,
			`"début décembre" month q=early 2025-12 2025-12-01..2025-12-10 month year_inferred`,
			`"Anfang Januar" month q=early 2025-01 2025-01-01..2025-01-10 month year_inferred`,
		}},
		// A weekday abbreviated without its dot before a date, as stamps
		// write it, and a bracketed date ending the text.
		{"Wed 7 Oct 2025 09.14 BST", []string{`"Wed 7 Oct 2025" dmy wd=Wednesday 2025-10-07 2025-10-07..2025-10-07 day`}},
		{"The vote was on Wednesday (Oct 7).", []string{`"Wednesday (Oct 7)" mdy wd=Wednesday 2025-10-07 2025-10-07..2025-10-07 day year_inferred`}},
		{"Macron attendu samedi (14/02/2024)", []string{`"samedi" weekday wd=Saturday  .. weekday`, `"14/02/2024" numeric 2024-02-14 2024-02-14..2024-02-14 day`}},
		{"on Wednesday morning, Oct. 7, and lundi soir 7 octobre", []string{
			`"Wednesday morning, Oct. 7" mdy wd=Wednesday 2025-10-07 2025-10-07..2025-10-07 day year_inferred`,
			`"lundi soir 7 octobre" dmy wd=Monday 2025-10-07 2025-10-07..2025-10-07 day year_inferred`,
		}},
		{"The Sun 7 October edition", []string{`"7 October" dmy 2025-10-07 2025-10-07..2025-10-07 day year_inferred`}},
		// Not a month: the planet, a capital in French; nor a qualifier
		// without its year or month.
		{"la série Fin, le rover Mars, en Mars, mi-temps, Ende gut", nil},
	}
	for _, c := range cases {
		var got []string
		for _, d := range findDates(c.text) {
			got = append(got, show(d))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q:\n got: %s\nwant: %s", c.text, strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
		}
	}
}

func TestAttributiveDates(t *testing.T) {
	for text, want := range map[string]bool{
		"the conflict sparked by Russia’s February 2022 invasion of Ukraine": true,
		"after the 18 March talks":               true,
		"In February 2022 troops crossed":        false,
		"the talks of 18 March. Then":            false,
		"on 18 March officials said":             false,
		"the summit on 15 August 2025 in Alaska": false,
		// A year after a noun and "of" dates that thing; after a word of
		// time, the sentence.
		"he recalled the crisis of 2008":     true,
		"il a évoqué la crise de 2008":       true,
		"er erinnerte an die Krise von 2008": true,
		"recordó la crisis de 2008":          true,
		"by the end of 2024":                 false,
		"à la fin de 2024":                   false,
		"as of 2024 the rules":               false,
		"Von 2017 bis 2019 regierte sie":     false,
	} {
		ds := findDates(text)
		if len(ds) < 1 || ds[0].Attributive != want {
			t.Errorf("%q: attributive want %v, got %+v", text, want, ds)
		}
	}
}

// Bare years after the prepositions of a range or a bound, in the four
// languages, are dates of the sentence.
func TestYearsAfterRangeWords(t *testing.T) {
	for _, text := range []string{
		"Between 2017 and 2019 she led the coalition.",
		"Von 2017 bis 2019 regierte sie.",
		"Zwischen 2017 und 2019 regierte sie.",
		"De 2017 à 2019, elle a gouverné.",
		"Entre 2017 et 2019, elle a gouverné.",
		"Entre 2017 y 2019 gobernó.",
		"Hasta 2019 gobernó.",
	} {
		ds := findDates(text)
		if len(ds) == 0 || ds[0].Year == 0 || ds[0].Attributive {
			t.Errorf("%q: want a year of the sentence, got %+v", text, ds)
		}
	}
}

func TestDateOffsetsAreIntoTheText(t *testing.T) {
	s := "Officials met on Tuesday, 18 March 2025 — again."
	ds := findDates(s)
	if len(ds) != 1 || s[ds[0].at:ds[0].end] != "Tuesday, 18 March 2025" {
		t.Fatalf("%+v", ds)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-05-01":           "2025-05-01 day",
		"2025-05-01T10:00:00Z": "2025-05-01 day",
		"May 1, 2025":          "2025-05-01 day",
		"2025-05":              "2025-05 month",
		"2025":                 "2025 year",
		"1 March 2024":         "2024-03-01 day",
	} {
		d, ok := ParseDate(in)
		if got := d.Value + " " + d.Precision; !ok || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "soon", "30 February 2025", "Tuesday"} {
		if d, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %+v, want none", bad, d)
		}
	}
}

func TestMissingYearFromTheText(t *testing.T) {
	f := extractWith(t, "a.md", "---\ndate: 2025-03-11\n---\nIn March 2023 the first round ended. On 13 March the second began.\n\nOn 20 March, everyone left.\n", Options{})
	var got []string
	for _, d := range f.Dates {
		got = append(got, fmt.Sprintf("%s=%s inferred=%v", d.Text, d.Value, d.YearInferred))
	}
	want := "March 2023=2023-03 inferred=false|13 March=2023-03-13 inferred=true|20 March=2025-03-20 inferred=true"
	if strings.Join(got, "|") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, "|"), want)
	}
	f = extractWith(t, "c.md", "---\ndate: 2025-05-12\n---\nHe took over last October and leaves next March; in 2019 he left last May.\n", Options{})
	got = got[:0]
	for _, d := range f.Dates {
		got = append(got, d.Text+"="+d.Value)
	}
	if strings.Join(got, "|") != "October=2024-10|March=2026-03|2019=2019|May=2024-05" {
		t.Errorf("last/next: %s", strings.Join(got, "|"))
	}
	f = extractWith(t, "d.txt", "In March 2023 the first round ended.\n\nOn 20 March, everyone left.\n", Options{})
	if d := f.Dates[1]; d.Value != "2023-03-20" || !d.YearInferred {
		t.Errorf("an undated article takes the nearest earlier year in the text: %+v", d)
	}
	f = extractWith(t, "e.md", "---\ndate: 2024-12-16\n---\nHe returns to the White House on 20 January. The vote came in early December.\n", Options{})
	if a, b := f.Dates[0], f.Dates[1]; a.Value != "2025-01-20" || b.Value != "2024-12" {
		t.Errorf("the year nearest the article's date: %s, %s", a.Value, b.Value)
	}
	f = extractWith(t, "b.md", "---\ndate: 2025-03-11\n---\nOn 13 March the council met.\n", Options{})
	if f.Dates[0].Value != "2025-03-13" || !f.Dates[0].YearInferred {
		t.Errorf("without an earlier year, the article's year: %+v", f.Dates[0])
	}
}

func TestDurationGrammar(t *testing.T) {
	cases := []struct{ text, want string }{
		{"the three-year war", `"three-year war" adjective 3 year noun=war q= anchor= 1095..1461`},
		{"the more than three-year conflict", `"more than three-year conflict" adjective 3 year noun=conflict q=more_than anchor= 1095..1461`},
		{"a three-year-old full-scale war began", `"three-year-old full-scale war" adjective 3 year noun=full-scale war q= anchor= 1095..1461`},
		{"nearly three years since the invasion", `"nearly three years since" span 3 year noun=invasion q=nearly anchor=since 730..1096`},
		{"about 18 months into the war", `"about 18 months into" span 18 month noun=war q=about anchor=into 532..564`},
		{"two and a half years after", `"two and a half years after" span 2.5 year noun= q= anchor=after 913..1096`},
		{"a year and a half of war", `"a year and a half of" span 1.5 year noun=war q= anchor=of 547..731`},
		{"two years ago", `"two years ago" span 2 year noun= q= anchor=ago 730..1096`},
		{"the war, now in its fourth year", `"war, now in its fourth year" ordinal 4 year noun=war q=ordinal anchor= 1095..1461`},
		{"in its 3rd year", `"in its 3rd year" ordinal 3 year noun= q=ordinal anchor= 730..1096`},
		{"a 78-year-old man", `"78-year-old man" adjective 78 year noun=man q= anchor= 28489..28855`},
		{"three people and 2025 votes", ``},
		// A length of two units, and half of one.
		{"two years and five months after the invasion", `"two years and five months after" span 29 month noun=invasion q= anchor=after 882..914`},
		{"deux ans et trois mois après", `"deux ans et trois mois après" span 27 month noun= q= anchor=after 821..853`},
		{"half a year after the vote", `"half a year after" span 0.5 year noun=vote q= anchor=after 182..366`},
		// Compound figures and thousands, in the four languages; a round
		// figure with a word of approximation is rounded to its last digit.
		{"thirty-six months after", `"thirty-six months after" span 36 month noun= q= anchor=after 1095..1127`},
		{"treinta y seis meses después de", `"treinta y seis meses después de" span 36 month noun= q= anchor=after 1095..1127`},
		{"vingt-et-un jours après", `"vingt-et-un jours après" span 21 day noun= q= anchor=after 21..22`},
		{"sechsunddreißig Monate nach", `"sechsunddreißig Monate nach" span 36 month noun= q= anchor=after 1095..1127`},
		{"fünfeinhalb Jahre nach", `"fünfeinhalb Jahre nach" span 5.5 year noun= q= anchor=after 2008..2192`},
		{"1,105 days since", `"1,105 days since" span 1105 day noun= q= anchor=since 1105..1106`},
		{"more than 1,000 days after", `"more than 1,000 days after" span 1000 day noun= q=more_than anchor=after 1000..2000`},
		{"más de 1.000 días después de", `"más de 1.000 días después de" span 1000 day noun= q=more_than anchor=after 1000..2000`},
		{"mehr als 30 Jahre nach", `"mehr als 30 Jahre nach" span 30 year noun= q=more_than anchor=after 10957..14610`},
		// "to the day" makes the length exact.
		{"two years to the day after the attack", `"two years to the day after" span 2 year noun=attack q=anniversary anchor=after 730..731`},
		{"deux ans jour pour jour après", `"deux ans jour pour jour après" span 2 year noun= q=anniversary anchor=after 730..731`},
		{"five months and two years, half of them", `"five months" span 5 month noun= q= anchor= 152..183|"two years" span 2 year noun= q= anchor= 730..1096`},
	}
	for _, c := range cases {
		var got []string
		for _, d := range findDurations(c.text) {
			got = append(got, fmt.Sprintf("%q %s %v %s noun=%s q=%s anchor=%s %d..%d", d.Text, d.Form, d.Amount, d.Unit, d.Noun, d.Qualifier, d.Anchor, d.MinDays, d.MaxDays))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q:\n got: %s\nwant: %s", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

func TestSpelledDays(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The parade is on March seventeenth.", []string{`"March seventeenth" mdy 2025-03-17 2025-03-17..2025-03-17 day year_inferred`}},
		{"It closed on October twenty-ninth, 2024 and on October twenty ninth.", []string{
			`"October twenty-ninth, 2024" mdy 2024-10-29 2024-10-29..2024-10-29 day`,
			`"October twenty ninth" mdy 2025-10-29 2025-10-29..2025-10-29 day year_inferred`,
		}},
		{"By the thirty-first of December 2024 the fund was empty.", []string{`"the thirty-first of December 2024" dmy 2024-12-31 2024-12-31..2024-12-31 day`}},
		{"We sail on the second of June.", []string{`"the second of June" dmy 2025-06-02 2025-06-02..2025-06-02 day year_inferred`}},
		{"Tickets go on sale August the ninth; AUGUST TWELFTH is the last day.", []string{
			`"August the ninth" mdy 2025-08-09 2025-08-09..2025-08-09 day year_inferred`,
			`"AUGUST TWELFTH" mdy 2025-08-12 2025-08-12..2025-08-12 day year_inferred`,
		}},
		{"February the 3rd was cold.", []string{`"February the 3rd" mdy 2025-02-03 2025-02-03..2025-02-03 day year_inferred`}},
		{"Monday, June first, the pool opens.", []string{`"Monday, June first" mdy wd=Monday 2025-06-01 2025-06-01..2025-06-01 day year_inferred`}},
		{"Le premier mai, les cortèges ont défilé; el primero de mayo de 2024 también.", []string{
			`"premier mai" dmy 2025-05-01 2025-05-01..2025-05-01 day year_inferred`,
			`"primero de mayo de 2024" dmy 2024-05-01 2024-05-01..2024-05-01 day`,
		}},
		{"We met on May first, then again on May twentieth, 2024.", []string{
			`"May first" mdy 2025-05-01 2025-05-01..2025-05-01 day year_inferred`,
			`"May twentieth, 2024" mdy 2024-05-20 2024-05-20..2024-05-20 day`,
		}},
		// Not days: fractions, ranks, modals, compounds.
		{"A third of March's rain fell in a day.", nil},
		{"May first-time buyers apply? They may first ask.", nil},
		{"May first ask the bank.", nil},
		{"In March second-hand sales rose, and the June third-quarter figures.", []string{`"March" month 2025-03 2025-03-01..2025-03-31 month year_inferred`}},
		{"He finished the twentieth of the season, third of March's runners.", nil},
	}
	for _, c := range cases {
		var got []string
		for _, d := range findDates(c.text) {
			got = append(got, show(d))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q:\n got: %s\nwant: %s", c.text, strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
		}
	}
}

func TestWeekdayPredicates(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Christmas Day falls on a Thursday in 2025.", `"2025" wd= year=2025 weekday=""`},
		{"December 25 falls on a Thursday in 2025.", `"December 25 falls on a Thursday in 2025" wd=Thursday year=2025 weekday="Thursday"`},
		{"In 2026 the fourth of July fell on Saturday, they said.", `"2026" wd= year=2026 weekday=""|"the fourth of July fell on Saturday" wd=Saturday year=0 weekday="Saturday"`},
		{"The holiday, 1 January 2025, was a Wednesday.", `"1 January 2025, was a Wednesday" wd=Wednesday year=2025 weekday="Wednesday"`},
		{"March 3, 2025 was a Monday.", `"March 3, 2025 was a Monday" wd=Monday year=2025 weekday="Monday"`},
		{"January 20 is Monday this year.", `"January 20 is Monday this year" wd=Monday year=0 weekday="Monday"`},
		{"Polls close on 8 May, a Thursday, at ten.", `"8 May, a Thursday" wd=Thursday year=0 weekday="Thursday"`},
		{"Sunday is the twentieth of April.", `"Sunday is the twentieth of April" wd=Sunday year=0 weekday=""`},
		{"Monday was 3 March 2025, the first day.", `"Monday was 3 March 2025" wd=Monday year=2025 weekday=""`},
		// A weekday that the verb does not tie to the date.
		{"The deadline of March 3 is Friday.", `"March 3" wd= year=0 weekday=""`},
		{"On 8 May, a Thursday rally drew crowds.", `"8 May" wd= year=0 weekday=""`},
		{"By 8 May Tuesday's vote was over.", `"8 May" wd= year=0 weekday=""|"Tuesday" wd=Tuesday year=0 weekday=""`},
		{"Since 2 June was a holiday, Monday's session is off.", `"2 June" wd= year=0 weekday=""|"Monday" wd=Monday year=0 weekday=""`},
	}
	for _, c := range cases {
		var got []string
		for _, d := range findDates(c.text) {
			wd := ""
			if d.wdEnd > 0 {
				wd = c.text[d.wdAt:d.wdEnd]
			}
			got = append(got, fmt.Sprintf("%q wd=%s year=%d weekday=%q", d.Text, d.Weekday, d.Year, wd))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q:\n got: %s\nwant: %s", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

func TestGluedDates(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Ferry Line Adds Winter Sailings to the IslandsNovember 3, 2025", `"November 3, 2025" glued`},
		{"Mayor backs the plan of the CDUJanuary 9 2026", `"January 9 2026" glued`},
		{"Storm closes passNovember 3", ``},
		{"AprilMarch 3, 2025 and McMay", `"March 3, 2025" glued`},
		{"Talks resumed on March 3, 2025.", `"March 3, 2025"`},
	}
	for _, c := range cases {
		var got []string
		for _, d := range findDates(c.text) {
			s := fmt.Sprintf("%q", d.Text)
			if d.Glued {
				s += " glued"
			}
			got = append(got, s)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q:\n got: %s\nwant: %s", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

func TestDatePlaceInSentence(t *testing.T) {
	f := extractWith(t, "p.md", "---\ndate: 2025-03-11\n---\nOn 13 March, the council met. The road stays shut until 20 March. “14 March was the day,” she said.\n\nNews in brief | March 3, 2026\n\nThe budget was approved on 2 March 2025 - the mayor said so.\n", Options{})
	var got []string
	for _, d := range f.Dates {
		got = append(got, fmt.Sprintf("%s prep=%s opens=%v stamp=%v", d.Text, d.Preposition, d.OpensSentence, d.Stamp))
	}
	want := "13 March prep=on opens=true stamp=false|20 March prep=until opens=false stamp=false|14 March prep= opens=true stamp=false|March 3, 2026 prep= opens=false stamp=true|2 March 2025 prep=on opens=false stamp=false"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// "jusqu'en mai 2027", "jusqu'au 5 mars": the preposition is "jusqu"; a
// bare "en" is none.
func TestPrepositionBeforeAnArticle(t *testing.T) {
	datesSay(t, map[string]string{
		"Il restera jusqu'en mai 2027, a-t-il dit.":  "mai 2027 after jusqu",
		"Il restera jusqu’en mai 2027, a-t-il dit.":  "mai 2027 after jusqu",
		"Le chantier dure jusqu'au 5 mars 2027.":     "5 mars 2027 after jusqu",
		"Les travaux ont commencé en mai 2024.":      "mai 2024 after ",
		"La loi votée en mai 2024 entre en vigueur.": "mai 2024 after ",
	}, func(d Date) string { return d.Text + " after " + d.Preposition })
}

// datesSay checks, for each text, what say makes of each date findDates
// reads in it, joined by "|".
func datesSay(t *testing.T, cases map[string]string, say func(Date) string) {
	t.Helper()
	for text, want := range cases {
		var got []string
		for _, d := range findDates(text) {
			got = append(got, say(d))
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// A year between a determiner or possessive and an event's noun is a
// date that modifies the noun, and so is a German event's year after its
// noun; a count is not.
func TestYearOfAFramingEvent(t *testing.T) {
	datesSay(t, map[string]string{
		"In the 1996 general election, he won.":       "1996 attributive",
		"During the 2019 World Cup, the team lost.":   "2019 attributive",
		"At the 2024 summit, leaders met in Paris.":   "2024 attributive",
		"The 2019 campaign was long and bitter.":      "2019 attributive",
		"Scholz's 2022 speech changed the policy.":    "2022 attributive",
		"She said so in a 2022 interview.":            "2022 attributive",
		"The 2022 elections were close.":              "2022 attributive",
		"Der G7-Gipfel 2022 in Elmau war teuer.":      "2022 attributive",
		"Scholz reiste 2022 nach Peking.":             "2022",
		"He spent the 1999 francs on the way home.":   "",
		"They counted the 2000 people in the square.": "",
		"In the 1800 pages of the report, none lied.": "",
	}, func(d Date) string {
		if d.Attributive {
			return d.Text + " attributive"
		}
		return d.Text
	})
	// The event's year lends none to a bare day after it: that day's
	// year is the article's.
	f := extractOn(t, "2024-07-01", "en", "Voting in the 2024 general election takes place on Thursday, July 5.")
	if got := yearFroms(f); got != "2024=2024/|Thursday, July 5=2024-07-05/article" {
		t.Errorf("years: %s", got)
	}
}

// A date that names a place is attributive: it dates nothing the
// sentence tells.
func TestDateNamingAPlace(t *testing.T) {
	datesSay(t, map[string]string{
		"L'hommage aura lieu au Jardin du 13 novembre 2015, à Paris.": "true",
		"La marcha salió de la Plaza 25 de Mayo hacia el Congreso.":   "true",
		"Die Demo zog über die Straße des 17. Juni zum Tor.":          "true",
		"Le jardin a ouvert le 13 novembre 2025, à Paris.":            "false",
		"The Place on 13 November 2015 was crowded.":                  "false",
	}, func(d Date) string { return fmt.Sprint(d.Attributive) })
}

// A German article may stand between a weekday and its date; a Spanish
// weekday with a capital is one when its date follows and no name comes
// before it.
func TestWeekdayArticlesAndCapitals(t *testing.T) {
	datesSay(t, map[string]string{
		"Am Donnerstag, den 19. Dezember 2024, tagte der Rat.": "Donnerstag, den 19. Dezember 2024=Thursday",
		"Am Samstag, dem 23. Februar 2025, tagte der Rat.":     "Samstag, dem 23. Februar 2025=Saturday",
		"Viernes 18 de marzo: el consejo votó.":                "Viernes 18 de marzo=Friday",
		"El Jueves 18 de marzo el consejo votó.":               "Jueves 18 de marzo=Thursday",
		"Plácido Domingo 18 de marzo cantó.":                   "18 de marzo=",
	}, func(d Date) string { return d.Text + "=" + d.Weekday })
}

// Spanish abbreviates March, June and July as English does; read with a
// dot or a year after them, never "el mar" alone.
func TestSpanishMonthAbbreviations(t *testing.T) {
	datesSay(t, map[string]string{
		"11 mar. 2026":                      "11 mar. 2026",
		"Publicado el 3 jun. 2025 a las 10": "3 jun. 2025",
		"A 11 millas del mar, 20 barcos.":   "",
	}, func(d Date) string { return d.Text })
}

// yearFroms lists the dates as "text=value/year_from", joined by "|".
func yearFroms(f *Facts) string {
	var out []string
	for _, d := range f.Dates {
		out = append(out, fmt.Sprintf("%s=%s/%s", d.Text, d.Value, d.YearFrom))
	}
	return strings.Join(out, "|")
}

func TestYearFrom(t *testing.T) {
	f := extractWith(t, "y.md", "---\ndate: 2024-07-30\n---\nIn 2023 the plan began. On 5 November, the vote was held.\n\nOn 5 November, voters went to the polls. He left last October. January 20 fell on a Saturday last year.\n\nOn 3 May 2024, it opened.\n", Options{})
	got := yearFroms(f)
	want := "2023=2023/|5 November=2023-11-05/year|5 November=2024-11-05/article|October=2023-10/cue|January 20 fell on a Saturday last year=2023-01-20/cue|3 May 2024=2024-05-03/"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A date that writes its year lends it to the dates after it; a
	// weekday that fits only the article's year takes that year.
	f = extractWith(t, "w.md", "---\ndate: 2025-05-20\n---\nOn 17 March 2024 the plan began. On 5 November, the vote was held.\n\nA recording from 2023 came out on 17 May. This Tuesday, 20 May, a book follows.\n", Options{})
	got = yearFroms(f)
	want = "17 March 2024=2024-03-17/|5 November=2024-11-05/block|2023=2023/|17 May=2023-05-17/year|Tuesday, 20 May=2025-05-20/article"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A year that opens the date's own sentence is the date's, whatever
	// year its weekday fits (12 December 2025 was a Friday, in 2019 a
	// Thursday).
	f = extractWith(t, "f.md", "---\ndate: 2025-11-11\n---\nIn 2019, the election was held on Friday, December 12.\n", Options{})
	if got, want := yearFroms(f), "2019=2019/|Friday, December 12=2019-12-12/frame"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// So does one that fits only the year of an article's date the text
	// gave, with nothing in the metadata.
	f = extractWith(t, "c.txt", "Hommages aux victimes\n\nDix ans jour pour jour après les attentats contre le journal, plusieurs hommages sont rendus aux victimes des attaques ce mardi 7 janvier 2025.\n\nLes attentats ont été perpétrés le 7 janvier 2015. Les commémorations sont prévues ce mardi 7 janvier à Paris.\n", Options{})
	if got := yearFroms(f); !strings.HasSuffix(got, "mardi 7 janvier=2025-01-07/article") {
		t.Errorf("got %s", got)
	}
	// A day that would come after the article's date, with a weekday that
	// fits the year before, is of that year: a review of the year tells of
	// January past. A wrong weekday on a day before the article's date
	// stays wrong (2024-12-23 was a Monday, but 2025-12-23 a Tuesday).
	// A plan, told in the present or the future or after "next", is of
	// the coming days whatever year its weekday fits.
	f = extractWith(t, "r.md", "---\ndate: 2025-12-26\n---\nThe painter died on Tuesday, January 7, in Lyon.\n\nThe fair opens on Friday, January 9.\n\nThe fair opens on Monday, January 9.\n\nThe vote was on Monday, December 23.\n\nThe fair opens on Tuesday, January 7.\n\nThe fair will open on Tuesday, January 7.\n", Options{})
	got = yearFroms(f)
	want = "Tuesday, January 7=2025-01-07/article|Friday, January 9=2026-01-09/article|Monday, January 9=2026-01-09/article|Monday, December 23=2025-12-23/article|Tuesday, January 7=2026-01-07/article|Tuesday, January 7=2026-01-07/article"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A year that says when something began, or bounds a span, lends no
	// year to a bare day after it.
	f = extractWith(t, "s.md", "---\ndate: 2025-05-20\nlang: de\n---\nSeit 2023 leitete sie den Hafen, am 21. April trat sie zurück.\n\nLas memorias, entre 1975 y 2014, saldrán el 5 de noviembre.\n", Options{})
	got = yearFroms(f)
	want = "2023=2023/|21. April=2025-04-21/article|1975 y 2014=1975/|5 de noviembre=2025-11-05/article"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	f = extractWith(t, "z.txt", "In 2023 the plan began.\n\nOn 5 November, the vote was held.\n", Options{})
	if d := f.Dates[1]; d.YearFrom != "text" || d.Value != "2023-11-05" {
		t.Errorf("an undated article: %+v", d)
	}
}

func TestWrittenYears(t *testing.T) {
	f := extractWith(t, "w.md", "---\ndate: 2025-03-11\n---\nThe 2024 season ended; the 2019–20 budget and 1,2030 or 2031.5 are not years. In March 2023 and 1850.\n\nSince 2024, 2099 and 2100.\n", Options{})
	if got := fmt.Sprint(f.Years); got != "[2019 2023 2024 2099]" {
		t.Errorf("years %s", got)
	}
}

func TestWeekdaysInOtherLanguages(t *testing.T) {
	cases := []struct{ text, want string }{
		// A weekday with its date, and the date's own weekday written in
		// the same language and case when they differ.
		{"Le sommet s'ouvre mercredi 18 mars 2025 à Bruxelles.", `"mercredi 18 mars 2025" Wednesday as=mardi`},
		{"Die Sitzung am Dienstag, 18. März 2025, war kurz.", `"Dienstag, 18. März 2025" Tuesday as=`},
		{"Mittwoch, 18. März 2025: Die Sitzung war kurz.", `"Mittwoch, 18. März 2025" Wednesday as=Dienstag`},
		{"La reunión del miércoles 18 de marzo de 2025 fue breve.", `"miércoles 18 de marzo de 2025" Wednesday as=martes`},
		// On its own, a French, German or Spanish weekday needs no cue.
		{"Le ministre a annoncé lundi une réforme.", `"lundi" Monday as=`},
		{"Der Minister kündigte am Montag eine Reform an.", `"Montag" Monday as=`},
		{"El ministro anunció el lunes una reforma.", `"lunes" Monday as=`},
		// A weekday before an ISO or numeric date, and a relative clause
		// that gives it.
		{"The board met on Wednesday 2025-06-03 to vote.", `"Wednesday 2025-06-03" Wednesday as=`},
		{"The board met on Wednesday, 6/3/2025, to vote.", `"Wednesday, 6/3/2025" Wednesday as=`},
		{"The vote is set for July 8, 2025, which falls on a Wednesday.", `"July 8, 2025, which falls on a Wednesday" Wednesday as=`},
		// Names and festivals are not weekdays.
		{"Plácido Domingo sang at the Mardi Gras parade.", ``},
	}
	for _, c := range cases {
		var got []string
		for _, d := range findDates(c.text) {
			d.resolve(2025, d.Year == 0)
			got = append(got, fmt.Sprintf("%q %s as=%s", d.Text, d.Weekday, d.WeekdayAs))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q:\n got: %s\nwant: %s", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

// A date given the article's year carries the years written in full in
// the last earlier paragraph that writes any, for a story that looks back.
func TestEarlierYears(t *testing.T) {
	for body, want := range map[string]string{
		"On 13 March 2020, the bridge closed.\n\nThe council met later.\n\nOn Friday, 13 March, the bridge reopened.":                     "[2020]",
		"On 13 March 2020, the bridge closed.\n\nOn 2 April 2021, it was sold.\n\nOn Friday, 13 March, the bridge reopened.":              "[2021]",
		"On 13 March 2020 and on 2 April 2021, the bridge closed.\n\nIn 2019, it was built.\n\nOn Friday, 13 March, the bridge reopened.": "[2020 2021]",
		"The bridge closed in 2020.\n\nOn Friday, 13 March, the bridge reopened.":                                                         "[]",
	} {
		f := extractOn(t, "2025-06-01", "en", body)
		last := f.Dates[len(f.Dates)-1]
		if got := fmt.Sprint(last.EarlierYears); last.YearFrom != "article" || got != want {
			t.Errorf("%q: %s from %q, earlier years %s, want %s", body, last.Start, last.YearFrom, got, want)
		}
	}
}

// A date given the article's year carries the years written before it in
// its own paragraph, a year that dates a thing included.
func TestBlockYears(t *testing.T) {
	for body, want := range map[string]string{
		"The 2015 attacks began on the evening of Friday, November 13.":                               "[2015]",
		"After the 2015 attacks and the 2016 vote, the march on Friday, November 13, drew thousands.": "[2015 2016]",
		"On Friday, 13 March, the bridge reopened after the 2019 closure.":                            "[]",
	} {
		f := extractOn(t, "2025-06-01", "en", body)
		last := f.Dates[len(f.Dates)-1]
		if last.Text == "2019" {
			last = f.Dates[len(f.Dates)-2]
		}
		if got := fmt.Sprint(last.BlockYears); last.YearFrom != "article" || got != want {
			t.Errorf("%q: %s from %q, block years %s, want %s", body, last.Start, last.YearFrom, got, want)
		}
	}
}

// A French or Spanish weekday with a day and no month is the day of that
// number nearest the article's date; a count after a weekday ("lunes 14
// personas") or a clock time ("lundi 14h") is no day.
func TestWeekdayWithADayAndNoMonth(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"es", "La cumbre comenzó este lunes 14 en Bruselas.", "2025-06-14 Monday article"},
		{"fr", "Le sommet s'est ouvert ce lundi 30 à Bruxelles.", "2025-06-30 Monday article"},
		{"fr", "Le sommet s'ouvre ce lundi 2, à Bruxelles.", "2025-07-02 Monday article"},
		{"es", "El lunes 14 personas murieron en Bruselas.", "Monday"},
		{"fr", "Rendez-vous lundi 14h à Bruxelles.", "Monday"},
	} {
		f := extractOn(t, "2025-06-20", c.lang, c.text)
		got := ""
		for _, d := range f.Dates {
			got = strings.TrimSpace(d.Start + " " + d.Weekday + " " + d.MonthFrom)
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.text, got, c.want)
		}
	}
}

// After a date of its paragraph, a weekday with a day and no month is the
// first day of that number from that date on.
func TestWeekdayWithADayAfterAnEarlierDate(t *testing.T) {
	f := extractOn(t, "2025-06-20", "fr", "Le 10 mars, la grève a commencé. Le vendredi 14, les syndicats ont signé.")
	got := ""
	for _, d := range f.Dates {
		got += d.Start + " " + d.MonthFrom + ";"
	}
	if got != "2025-03-10 ;2025-03-14 block;" {
		t.Errorf("dates %q", got)
	}
}

// A weekday before an amount with a decimal comma ("vendredi 1,2 million")
// is no day of the month; a weekday ending a line is not the date line's
// under it.
func TestWeekdaysThatDateNothing(t *testing.T) {
	f := extractOn(t, "2025-06-14", "fr", "L'État a versé vendredi 1,2 million d'euros aux communes.")
	for _, d := range f.Dates {
		if d.Day > 0 {
			t.Errorf("vendredi 1,2 million: a day %+v", d)
		}
	}
	doc, err := document.Read("a.txt", []byte("Strike to disrupt trains Monday\nJune 14, 2025\nTrain services will be disrupted on Monday because of a strike, the operator said.\n"), document.Plain)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range Extract(doc, Options{}).Dates {
		if d.Start == "2025-06-14" && d.Weekday != "" {
			t.Errorf("the headline's weekday dates the date line: %+v", d)
		}
	}
}

// A correction note's quotation of an earlier version is marked, in each
// language; the corrected text after it is not.
func TestSupersededDates(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		want       []bool
	}{
		{"en", "An earlier version of this article said the vote was on Tuesday, March 5. The vote is on Wednesday, March 6.", []bool{true, false}},
		{"fr", "Une version précédente de cet article indiquait le mardi 5 mars.", []bool{true}},
		{"de", "In einer früheren Version hieß es, die Abstimmung sei am Dienstag, 5. März.", []bool{true}},
		{"es", "Una versión anterior de este artículo decía que la votación era el martes 5 de marzo.", []bool{true}},
		{"en", "The minister resigned on Tuesday, March 5.", []bool{false}},
	} {
		f := extractOn(t, "2025-03-06", c.lang, c.body)
		var got []bool
		for _, d := range f.Dates {
			got = append(got, d.Superseded)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: superseded %v, want %v", c.body, got, c.want)
		}
	}
}

// Quarters and halves of a calendar year are ranges of months, in the four
// languages; a fiscal year's is left out.
func TestQuartersAndHalves(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Revenue rose in the third quarter of 2025.", "2025-07-01 2025-09-30"},
		{"en", "Revenue rose in Q3 2025.", "2025-07-01 2025-09-30"},
		{"en", "Sales fell in the second half of 2024.", "2024-07-01 2024-12-31"},
		{"en", "Sales fell in H1 2024.", "2024-01-01 2024-06-30"},
		{"fr", "Le chiffre d'affaires a progressé au troisième trimestre 2025.", "2025-07-01 2025-09-30"},
		{"de", "Der Umsatz stieg im dritten Quartal 2025.", "2025-07-01 2025-09-30"},
		{"es", "La facturación creció en el primer semestre de 2025.", "2025-01-01 2025-06-30"},
		{"en", "Revenue rose in the fiscal third quarter of 2025.", "2025-01-01 2025-12-31"}, // the year alone
		{"en", "Revenue rose in the first quarter of fiscal 2026.", ""},
	} {
		f := extractOn(t, "2025-12-10", c.lang, c.body)
		got := ""
		for _, d := range f.Dates {
			got = d.Start + " " + d.End
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.body, got, c.want)
		}
	}
	// The preposition before the article is the date's: a plan set for
	// it ("for", "auf").
	for body, want := range map[string]string{
		"en:Parliament approved the budget for the first quarter of 2026.":  "for",
		"de:Die Lieferungen wurden auf das dritte Quartal 2026 verschoben.": "auf",
	} {
		lang, text, _ := strings.Cut(body, ":")
		if f := extractOn(t, "2025-12-10", lang, text); len(f.Dates) != 1 || f.Dates[0].Preposition != want {
			t.Errorf("%s: %+v, want preposition %q", text, f.Dates, want)
		}
	}
}

// Two days of one month in French, German and Spanish are a range; two
// weekdays joined before a range of two days name its first day first.
func TestDayRangesAndJoinedWeekdays(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"fr", "Les discussions auront lieu les 4 et 5 mars 2025.", "2025-03-04 2025-03-05 "},
		{"fr", "Le salon se tient du 4 au 6 mars 2025.", "2025-03-04 2025-03-06 "},
		{"de", "Die Messe findet vom 4. bis 6. März 2025 statt.", "2025-03-04 2025-03-06 "},
		{"es", "La feria será del 4 al 6 de marzo de 2025.", "2025-03-04 2025-03-06 "},
		{"en", "Talks will be held on Tuesday and Wednesday, March 4–5, 2025.", "2025-03-04 2025-03-05 Tuesday"},
		{"es", "Las negociaciones serán el martes y el miércoles, 4 y 5 de marzo de 2025.", "2025-03-04 2025-03-05 Tuesday"},
		{"de", "Mo.–Mi., 3.–5. März 2025: Buchmesse.", "2025-03-03 2025-03-05 Monday"},
	} {
		f := extractOn(t, "2025-02-25", c.lang, c.body)
		got := ""
		for _, d := range f.Dates {
			got = d.Start + " " + d.End + " " + d.Weekday
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.body, got, c.want)
		}
	}
}

// A verb that ties a date to its weekday, in French, German and Spanish.
func TestWeekdayVerbsOfEachLanguage(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"fr", "Le 14 juillet 2025 tombe un mardi.", "Tuesday"},
		{"fr", "Le 14 juillet 2025 est un lundi.", "Monday"},
		{"de", "Der 3. Oktober 2025 ist ein Samstag.", "Saturday"},
		{"de", "Der 3. Oktober 2025 fällt auf einen Freitag.", "Friday"},
		{"es", "El 12 de octubre de 2025 cae en lunes.", "Monday"},
		{"es", "El 12 de octubre de 2025 es un domingo.", "Sunday"},
	} {
		f := extractOn(t, "2025-06-20", c.lang, c.body)
		if len(f.Dates) != 1 || f.Dates[0].Weekday != c.want {
			t.Errorf("%s: %+v, want weekday %s", c.body, f.Dates, c.want)
		}
	}
}

// The Spanish preterite's third persons tell of the past: "-ó", the
// plural "-aron", "-ieron", and the common irregular forms.
func TestSpanishPreteriteIsPast(t *testing.T) {
	for _, body := range []string{
		"Los ministros firmaron el acuerdo el 12 de mayo de 2025.",
		"Los ministros dimitieron el 12 de mayo de 2025.",
		"La policía detuvo al sospechoso el 12 de mayo de 2025.",
	} {
		f := extractOn(t, "2025-05-01", "es", body)
		if len(f.Sentences) != 1 || !slices.Equal(f.Sentences[0].Tense, []string{"past"}) {
			t.Errorf("%s: tense %v", body, f.Sentences)
		}
	}
}

// The plural present and the verbs of a plan keep a day of the coming
// weeks in the nearer year, whatever year its weekday would fit, in the
// four languages ("Ministers meet on Thursday, 7 March" in late February
// 2025 is a wrong weekday, not March 2024).
func TestPlanVerbsKeepTheNearerYear(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Ministers meet on Thursday, 7 March."},
		{"fr", "Les ministres se réunissent le jeudi 7 mars."},
		{"de", "Die Minister treffen sich am Donnerstag, 7. März."},
		{"es", "Los ministros se reúnen el jueves 7 de marzo."},
	} {
		f := extractOn(t, "2025-02-27", c.lang, c.body)
		if len(f.Dates) != 1 || f.Dates[0].Start != "2025-03-07" {
			t.Errorf("%s: %+v, want 2025-03-07", c.body, f.Dates)
		}
	}
	// Told in the past, the weekday's year stands.
	if f := extractOn(t, "2025-02-27", "en", "Ministers met on Thursday, 7 March."); len(f.Dates) != 1 || f.Dates[0].Start != "2024-03-07" {
		t.Errorf("past: %+v", f.Dates)
	}
}

// A weekend's words before a range of two or three days give its first
// day the weekday it must fall on; a night from one weekday into the next
// binds the first.
func TestWeekendsAndNights(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "The festival runs over the weekend of 7–8 March 2025.", "2025-03-07 Saturday"},
		{"en", "The festival runs over the weekend of 7–9 March 2025.", "2025-03-07 Friday"},
		{"fr", "Le festival a lieu le week-end des 8 et 9 mars 2025.", "2025-03-08 Saturday"},
		{"de", "Die Messe findet am Wochenende 8./9. März 2025 statt.", "2025-03-08 Saturday"},
		{"de", "In der Nacht von Dienstag auf Mittwoch (4./5. März 2025) brannte eine Halle.", "2025-03-04 Tuesday"},
		{"en", "The festival runs from 7 to 8 March 2025.", "2025-03-07 "},
	} {
		f := extractOn(t, "2025-02-25", c.lang, c.body)
		got := ""
		for _, d := range f.Dates {
			got = d.Start + " " + d.Weekday
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.body, got, c.want)
		}
	}
}

// A month's abbreviation after a day may be followed by a fixture list's
// mark ("Mon 9 Mar: Liverpool v Everton"); alone it may not.
func TestAbbreviatedMonthBeforeAListMark(t *testing.T) {
	for body, want := range map[string]string{
		"Mon 9 Mar: Liverpool v Everton, 4.30pm": "2025-03-09 Monday",
		"Mon 9 Mar - Liverpool v Everton":        "2025-03-09 Monday",
		"The Mar: a river in the north.":         "",
	} {
		f := extractOn(t, "2025-03-01", "en", body)
		got := ""
		for _, d := range f.Dates {
			got = d.Start + " " + d.Weekday
		}
		if got != want {
			t.Errorf("%s: %q, want %q", body, got, want)
		}
	}
}

// English verbs whose past is spelled as their present tell of the past
// after a singular subject, whose present would take an "-s".
func TestSameFormPastAfterASingularSubject(t *testing.T) {
	for body, want := range map[string]bool{
		"The central bank cut rates on 12 May 2025.":              true,
		"The storm hit the coast on 12 May 2025.":                 true,
		"Central banks cut rates on 12 May 2025.":                 false,
		"The banks will cut rates on 12 May 2025 if prices fall.": false,
	} {
		f := extractOn(t, "2025-05-01", "en", body)
		if got := len(f.Sentences) == 1 && slices.Contains(f.Sentences[0].Tense, "past"); got != want {
			t.Errorf("%s: past %v, want %v (%v)", body, got, want, f.Sentences)
		}
	}
}
