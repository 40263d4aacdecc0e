package facts

import (
	"strings"
	"testing"
)

// refOf extracts an article's reference date.
func refOf(t *testing.T, name, text string, opts Options) RefDate {
	t.Helper()
	return extractWith(t, name, text, opts).Date
}

// used is the candidate that was taken, if any.
func used(r RefDate) *DateCandidate {
	for i := range r.Candidates {
		if r.Candidates[i].Used {
			return &r.Candidates[i]
		}
	}
	return nil
}

type refCase struct {
	name, file, text string
	opts             Options
	// want is "VALUE SOURCE" ("- none" for no date); kind, when set, the
	// kind of the evidence.
	want, kind string
}

func checkRef(t *testing.T, cases []refCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := refOf(t, c.file, c.text, c.opts)
			value := r.Value
			if value == "" {
				value = "-"
			}
			if got := value + " " + r.Source; got != c.want {
				t.Fatalf("date %q, want %q\nnote: %s\ncandidates: %+v", got, c.want, r.Note, r.Candidates)
			}
			if c.kind != "" && r.Kind != c.kind {
				t.Errorf("kind %q, want %q", r.Kind, c.kind)
			}
			if r.Note == "" {
				t.Errorf("no note")
			}
			if r.Source != SourceNone && r.Source != SourceFlag && r.Source != SourceConfig && used(r) == nil {
				t.Errorf("no candidate marked used: %+v", r.Candidates)
			}
		})
	}
}

const body = "The ferry company changed its winter timetable after a month of complaints from commuters on the island routes, and the council welcomed the decision. Boats will now leave every forty minutes.\n"

func TestMetadataDates(t *testing.T) {
	checkRef(t, []refCase{
		{name: "front matter date over lastmod", file: "a.md",
			text: "---\ntitle: Ferry timetable\nlastmod: 2025-06-02\ndate: 2025-05-28\n---\n" + body,
			want: "2025-05-28 metadata", kind: "published"},
		{name: "front matter change date only", file: "a.md",
			text: "---\ntitle: Ferry timetable\nupdated: 2025-06-02T09:30:00+02:00\n---\n" + body,
			want: "2025-06-02 metadata", kind: "updated"},
		{name: "front matter year as a number", file: "a.md",
			text: "---\ndate: 2024\n---\n" + body, want: "2024 metadata"},
		{name: "article:published_time over modified", file: "a.html",
			text: `<html><head><meta property="article:modified_time" content="2025-06-09T10:00:00Z"><meta property="article:published_time" content="2025-06-01T07:00:00Z"></head><body><p>` + body + `</p></body></html>`,
			want: "2025-06-01 metadata", kind: "published"},
		{name: "parsely", file: "a.html",
			text: `<html><head><meta name="parsely-pub-date" content="2025-04-03T10:00:00Z"></head><body><p>` + body + `</p></body></html>`,
			want: "2025-04-03 metadata", kind: "published"},
		{name: "sailthru with a time", file: "a.html",
			text: `<html><head><meta name="sailthru.date" content="2025-04-03 10:00:00"></head><body><p>` + body + `</p></body></html>`,
			want: "2025-04-03 metadata"},
		{name: "dublin core", file: "a.html",
			text: `<html><head><meta name="DC.date.issued" content="2025-04-03"></head><body><p>` + body + `</p></body></html>`,
			want: "2025-04-03 metadata"},
		{name: "og published time", file: "a.html",
			text: `<html><head><meta property="og:published_time" content="Thu, 03 Apr 2025 10:00:00 GMT"></head><body><p>` + body + `</p></body></html>`,
			want: "2025-04-03 metadata"},
		{name: "meta itemprop", file: "a.html",
			text: `<html><head><meta itemprop="datePublished" content="2025-04-03"></head><body><p>` + body + `</p></body></html>`,
			want: "2025-04-03 metadata"},
		{name: "microdata on a span", file: "a.html",
			text: `<html><body><article><span itemprop="datePublished" content="2025-04-03">3 April</span><p>` + body + `</p></article></body></html>`,
			want: "2025-04-03 metadata"},
		{name: "JSON-LD in a graph", file: "a.html",
			text: `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-04-03T08:00:00+01:00","dateModified":"2025-04-05T08:00:00+01:00"}]}</script></head><body><p>` + body + `</p></body></html>`,
			want: "2025-04-03 metadata", kind: "published"},
		{name: "JSON-LD change date only", file: "a.html",
			text: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2025-04-05"}</script></head><body><p>` + body + `</p></body></html>`,
			want: "2025-04-05 metadata", kind: "updated"},
		{name: "time with pubdate", file: "a.html",
			text: `<html><body><article><time datetime="2025-04-03T09:00" pubdate>3 April</time><p>` + body + `</p></article></body></html>`,
			want: "2025-04-03 metadata", kind: "published"},
		{name: "plain time element", file: "a.html",
			text: `<html><body><article><p>Posted <time datetime="2025-04-03">Thursday</time></p><p>` + body + `</p></article></body></html>`,
			want: "2025-04-03 metadata"},
		{name: "a labelled line beats a plain time element", file: "a.html",
			text: `<html><body><article><p>Published 2 April 2025</p><p>` + body + ` The next review is on <time datetime="2025-10-01">1 October</time>.</p></article></body></html>`,
			want: "2025-04-02 dateline"},
		{name: "Unix time", file: "a.html",
			text: `<html><head><meta name="publish-date" content="1743674400"></head><body><p>` + body + `</p></body></html>`,
			want: "2025-04-03 metadata"},
	})
}

func TestDateLines(t *testing.T) {
	checkRef(t, []refCase{
		{name: "label", file: "a.txt", text: "Ferry timetable changes\n\nPublished: 3 March 2025\n\n" + body, want: "2025-03-03 dateline", kind: "published"},
		{name: "label with weekday and time", file: "a.txt", text: "Ferry timetable changes\n\nLast updated on Monday, March 3, 2025 at 10:32 a.m. ET\n\n" + body, want: "2025-03-03 dateline", kind: "updated"},
		{name: "an agency's dateline, its year from the agency's copyright", file: "a.txt", text: "Ferry timetable changes\n\nLONDON, June 14 (Reuters) - The ferry company changed its winter timetable after a month of complaints.\n\n" + body + "\n(c) 2025 Reuters\n", want: "2025-06-14 dateline"},
		{name: "an agency's dateline and a site's copyright", file: "a.txt", text: "Ferry timetable changes\n\nLONDON, June 14 (Reuters) - The ferry company changed its winter timetable after a month of complaints.\n\n" + body + "\n© 2026 Harbour Gazette\n", want: "- none"},
		{name: "a date line in a hard-wrapped text", file: "a.txt", text: "Ferry timetable changes\nJune 14, 2025\nLONDON - The ferry company changed its winter timetable\nafter a month of complaints.\n\n" + body, want: "2025-06-14 dateline"},
		{name: "updated then published on one line", file: "a.txt", text: "Les horaires du bac changent\n\nMis à jour le 22/09/2025 à 08h00 | Publié le 01/09/2025 à 18h00\n\n" + body, want: "2025-09-01 dateline", kind: "published"},
		{name: "updated then published on one line, in German", file: "a.txt", text: "Neuer Fahrplan für die Fähre\n\nAktualisiert am 22.09.2025 | Veröffentlicht am 01.09.2025\n\n" + body, want: "2025-09-01 dateline", kind: "published"},
		{name: "published beats updated", file: "a.txt", text: "Ferry timetable changes\n\nUpdated 25-Mar-2025\n\nPosted 21-Mar-2025\n\n" + body, want: "2025-03-21 dateline", kind: "published"},
		{name: "label in brackets", file: "a.txt", text: "Ferry timetable changes\n\n[Date] June 2, 2024\n[Source] Island Council\n\n" + body, want: "2024-06-02 dateline"},
		{name: "label then the body on one line", file: "a.txt", text: " date 2025-04-08 The ferry company changed its winter timetable after a month of complaints, and the council welcomed it.\n\n" + body, want: "2025-04-08 dateline"},
		{name: "French label", file: "a.txt", text: "Les horaires du bac changent\n\nPublié le 13 janvier 2025 à 10h32\n\n" + body, want: "2025-01-13 dateline", kind: "published"},
		{name: "created label", file: "a.txt", text: "Ferry timetable changes\n\nCreated: JANUARY 26, 2025\n\n" + body, want: "2025-01-26 dateline", kind: "published"},
		{name: "French update", file: "a.txt", text: "Les horaires du bac changent\n\nMis à jour le 14 janvier 2025\n\n" + body, want: "2025-01-14 dateline", kind: "updated"},
		{name: "German label", file: "a.txt", text: "Neuer Fahrplan für die Fähre\n\nVeröffentlicht am 3. März 2025, 14:30 Uhr\n\n" + body, want: "2025-03-03 dateline", kind: "published"},
		{name: "stacked on three lines", file: "a.txt", text: "Ferry timetable changes\n\n10\nMar\n2024\n\n" + body, want: "2024-03-10 dateline"},
		{name: "stacked, month first, in Spanish", file: "a.txt", text: "Cambia el horario del ferry\n\nmarzo\n10\n2024\n\n" + body, want: "2024-03-10 dateline"},
		{name: "German day first on its line", file: "a.txt", text: "Neuer Fahrplan für die Fähre\n\n3. März 2025, 14:30 Uhr\n\n" + body, want: "2025-03-03 dateline"},
		{name: "German Stand", file: "a.txt", text: "Neuer Fahrplan für die Fähre\n\nStand: 4. März 2025\n\n" + body, want: "2025-03-04 dateline", kind: "updated"},
		{name: "a labelled stamp under a long lede, its order told by the zone", file: "a.txt", text: "Ferry timetable changes\n\nThe island ferry will charge eleven pounds for a return ticket from January, two more than this year, after the operator said its fuel bill had doubled since the spring and its boats needed engines.\n\nNews Desk | Port Elling | Updated: 11-12-2024 12:07 IST\n\n" + body, want: "2024-12-11 dateline", kind: "updated"},
		{name: "a month-first zone", file: "a.txt", text: "Ferry timetable changes\n\nPublished 3/4/2025 10:15 a.m. ET\n\n" + body, want: "2025-03-04 dateline", kind: "published"},
		{name: "an infobox's row is the subject's", file: "a.txt", text: "Harbour Master of Port Elling\n\nFormation | 9 July 1815 |\n\nSeat | The Old Quay |\n\n" + body, want: "- none"},
		{name: "a byline's parts", file: "a.txt", text: "Ferry timetable changes\n\nBy Ana Ruiz | 12 June 2025 | Politics\n\n" + body, want: "2025-06-12 dateline"},
		{name: "Spanish label", file: "a.txt", text: "Cambia el horario del ferry\n\nPublicado el 5 de enero de 2025\n\n" + body, want: "2025-01-05 dateline", kind: "published"},
		{name: "Spanish update", file: "a.txt", text: "Cambia el horario del ferry\n\nActualizado el 6 de enero de 2025\n\n" + body, want: "2025-01-06 dateline", kind: "updated"},
		{name: "date line with time", file: "a.txt", text: "Ferry timetable changes\n\nNovember 4, 2024 17:05\n\n" + body, want: "2024-11-04 dateline"},
		{name: "date line with byline after", file: "a.txt", text: "Ferry timetable changes\n\n12 June 2025 - 08:15 By Staff Reporter\n\n" + body, want: "2025-06-12 dateline"},
		{name: "byline then date", file: "a.txt", text: "Ferry timetable changes\n\nBy Ana Ruiz | 12 June 2025\n\n" + body, want: "2025-06-12 dateline"},
		{name: "byline on a date", file: "a.txt", text: "Ferry timetable changes\n\nBy Ana Ruiz on 12 June 2025\n\n" + body, want: "2025-06-12 dateline"},
		{name: "byline then label", file: "a.txt", text: "Ferry timetable changes\n\nBy Ana Ruiz | Published: 12 June 2025 | Updated: 14 June 2025\n\n" + body, want: "2025-06-12 dateline", kind: "published"},
		{name: "label then byline", file: "a.txt", text: "Ferry timetable changes\n\nPosted by Ana Ruiz on June 12, 2025\n\n" + body, want: "2025-06-12 dateline", kind: "published"},
		{name: "weekday, short month, dotted clock", file: "a.txt", text: "Ferry timetable changes\n\nMon 3 Mar 2025 10.32 GMT\n\n" + body, want: "2025-03-03 dateline"},
		{name: "update time before the date", file: "a.txt", text: "Ferry timetable changes\n\nUpdated 10:32 AM EST, March 3, 2025\n\n" + body, want: "2025-03-03 dateline", kind: "updated"},
		{name: "German numeric stamp", file: "a.txt", text: "Neuer Fahrplan für die Fähre\n\n03.03.2025, 10.32 Uhr\n\n" + body, want: "2025-03-03 dateline"},
		{name: "Spanish place and abbreviated month", file: "a.txt", text: "Cambia el horario del ferry\n\nSevilla - 05 ene 2025 - 10:32 CET\n\n" + body, want: "2025-01-05 dateline"},
		{name: "relative part then a label", file: "a.txt", text: "Ferry timetable changes\n\nUpdated: 2 hours ago | Published: March 3, 2025\n\n" + body, want: "2025-03-03 dateline", kind: "published"},
		{name: "lower-case byline after", file: "a.txt", text: "Ferry timetable changes\n\nMarch 3, 2025 by admin\n\n" + body, want: "2025-03-03 dateline"},
		{name: "section and date", file: "a.txt", text: "Ferry timetable changes\n\nLocal news | 3 March 2025\n\n" + body, want: "2025-03-03 dateline"},
		{name: "French byline", file: "a.txt", text: "Les horaires du bac changent\n\nPar Jeanne Morel, le 13 janvier 2025 à 10h32\n\n" + body, want: "2025-01-13 dateline"},
		{name: "time and zone first", file: "a.txt", text: "Ferry timetable changes\n\n09:40 CET, 12 June 2025\n\n" + body, want: "2025-06-12 dateline"},
		{name: "relative remark", file: "a.txt", text: "Ferry timetable changes\n\nJune 12, 2025 (3d ago)\n\n" + body, want: "2025-06-12 dateline"},
		{name: "stamp heading a line", file: "a.txt", text: "Tue Jun 10 08:15:00 UTC 2025: Here is the summary of the council's notice.\n\n" + body, want: "2025-06-10 dateline"},
		{name: "English dateline", file: "a.txt", text: "Ferry timetable changes\n\nHARLOW, June 12, 2025 (AP) — The ferry company changed its winter timetable after a month of complaints from commuters.\n", want: "2025-06-12 dateline"},
		{name: "French dateline", file: "a.txt", text: "Les horaires du bac changent\n\nLYON, 13 janvier 2025 (AFP) - La compagnie a changé ses horaires après un mois de plaintes des usagers.\n", want: "2025-01-13 dateline"},
		{name: "dateline with a colon", file: "a.txt", text: "Nuevo horario del ferry\n\nPuerto Madryn, 27 de noviembre de 2024: La naviera cambió su horario de invierno tras un mes de quejas de los vecinos.\n", want: "2024-11-27 dateline"},
		{name: "German dateline", file: "a.txt", text: "Neuer Fahrplan\n\nHamburg, 3. März 2025 (dpa) - Die Reederei hat ihren Winterfahrplan nach einem Monat voller Beschwerden geändert.\n", want: "2025-03-03 dateline"},
		{name: "a weather bar's date", file: "a.txt", text: "12.5 C\n\nPortwick\n\nFriday, May 3, 2024\n\nFerry timetable changes\n\n" + body, want: "- none"},
		{name: "a weather bar's date under it", file: "a.txt", text: "martes, 4\n\nde marzo 2025\n\n-2 °C\n\nCambia el horario del ferry\n\n" + body, want: "- none"},
		{name: "dateline over a masthead's date", file: "a.txt", text: "Sun. Feb 23rd, 2025\n\nWashington DC, January 22, 2025\n\n" + body, want: "2025-01-22 dateline"},
		{name: "Mexican dateline", file: "a.txt", text: "Cambia el horario\n\nCDMX a 1 de octubre, 2024.- La naviera cambió su horario de invierno tras un mes de quejas de los usuarios.\n", want: "2024-10-01 dateline"},
		{name: "Spanish month first", file: "a.txt", text: "Cambia el horario\n\nNoviembre 14, 2025 10:13 a.m.\n\n" + body, want: "2025-11-14 dateline"},
		{name: "Spanish dateline", file: "a.txt", text: "Cambia el horario\n\nSevilla, 5 de enero de 2025 (EFE).- La naviera cambió su horario de invierno tras un mes de quejas de los usuarios.\n", want: "2025-01-05 dateline"},
		{name: "an article's date label after the body", file: "a.txt", text: "Ferry timetable changes\n\n" + body + "\nArticle Date: 18.12.2025\n", want: "2025-12-18 dateline"},
		{name: "a published label at the foot", file: "a.txt", text: "Ferry timetable changes\n\n" + body + "\nPost date: 2025-03-26\n", want: "2025-03-26 dateline"},
		{name: "byline opened by a verb", file: "a.txt", text: "Ferry timetable changes\n\nWritten by Ana Ruiz on 3rd of March, 2025\n\n" + body, want: "2025-03-03 dateline"},
		{name: "French byline opened by a verb", file: "a.txt", text: "Les horaires du bac changent\n\nÉcrit par Jeanne Morel le 13 janvier 2025\n\n" + body, want: "2025-01-13 dateline"},
		{name: "a name without By, then a label", file: "a.txt", text: "Les horaires du bac changent\n\nJeanne Morel, publié le 13 janvier 2025 à 10:32, modifié le 14 janvier 2025\n\n" + body, want: "2025-01-13 dateline", kind: "published"},
		{name: "a masthead's date over the headline, the stamp under it", file: "a.txt", text: "Tuesday, 02 January 2024 12:17 GMT\n\nFerry Timetable Changes After a Month of Complaints\n\n2025-03-05 01:41:35\n\n" + body, want: "2025-03-05 dateline"},
		{name: "a blog's posts, each under its date", file: "a.txt", text: "Monday, 12 October 2020\n\nHarbour Council Meeting\n\n" + body + "\nWednesday, 23 September 2020\n\nFerry Timetable Changes\n\n" + body, want: "2020-10-12 dateline"},
		{name: "byline with a desk after a dash", file: "a.txt", text: "Ferry timetable changes\n\nBy harbourdesk - Portwick Office October 22, 2025\n\n" + body, want: "2025-10-22 dateline"},
		{name: "byline with its outlet", file: "a.txt", text: "Ferry timetable changes\n\nBy Ana Ruiz, Coastal Wire October 22, 2025\n\n" + body, want: "2025-10-22 dateline"},
		{name: "Spanish month first in lower case", file: "a.txt", text: "Cambia el horario\n\nPublicado: septiembre 20, 2025, 6:07 am\n\n" + body, want: "2025-09-20 dateline"},
		{name: "byline and date apart by a slash", file: "a.txt", text: "Ferry timetable changes\n\nAna Ruiz  /  Mar. 3, 2025\n\n" + body, want: "2025-03-03 dateline"},
		{name: "date then a labelled change", file: "a.txt", text: "Ferry timetable changes\n\nMarch 3, 2025 Updated March 4, 2025\n\n" + body, want: "2025-03-03 dateline"},
		{name: "German place and date alone", file: "a.txt", text: "Neuer Fahrplan für die Fähre\n\nHamburg, 3. März 2025\n\n" + body, want: "2025-03-03 dateline"},
		{name: "German place and numeric date alone", file: "a.txt", text: "Neuer Fahrplan für die Fähre\n\nBerlin, den 03.03.2025\n\n" + body, want: "2025-03-03 dateline"},
		{name: "French letter dateline", file: "a.txt", text: "Les horaires du bac changent\n\nLyon, le 13 janvier 2025\n\n" + body, want: "2025-01-13 dateline"},
		{name: "Spanish place and date alone", file: "a.txt", text: "Cambia el horario del ferry\n\nSevilla, 5 de enero de 2025\n\n" + body, want: "2025-01-05 dateline"},
		{name: "date line run into the first paragraph", file: "a.txt", text: "Le port change de cap\n\n14 mai 2025Un peu plus de deux ans après le début des travaux, le quai a été inauguré.\n\n" + body, want: "2025-05-14 dateline"},
		{name: "Spanish letter style", file: "a.txt", text: "Cambia el horario del ferry\n\nCiudad de México, a 29 de enero de 2026.-\n\n" + body, want: "2026-01-29 dateline"},
		{name: "French letter dateline heading the lead", file: "a.txt", text: "Les horaires du bac changent\n\nLyon, le 13 janvier 2025 — La compagnie a changé ses horaires après un mois de plaintes des usagers.\n", want: "2025-01-13 dateline"},
		{name: "press release", file: "a.txt", text: "Ferry timetable changes\n\nHARLOW, March 3, 2025 /PRNewswire/ -- The ferry company changed its winter timetable after a month of complaints from commuters.\n", want: "2025-03-03 dateline"},
		{name: "a dateline with its region and dashes", file: "a.txt", text: "Ferry timetable changes\n\nThe Hague, Netherlands – June 24, 2025 – The ferry company changed its winter timetable after a month of complaints from commuters.\n", want: "2025-06-24 dateline"},
		{name: "label and a year and month", file: "a.txt", text: " date 2025-05 The ferry company changed its winter timetable after a month of complaints, and the council welcomed it.\n\n" + body, want: "2025-05 dateline"},
		{name: "label, date and a source in square brackets", file: "a.txt", text: " date 2025-03-05 [ Source: Harbour Gazette ]\n\n" + body, want: "2025-03-05 dateline"},
		{name: "press release, date in brackets", file: "a.txt", text: "Ferry timetable changes\n\nHARLOW (March 3, 2025) – The ferry company changed its winter timetable after a month of complaints from commuters.\n", want: "2025-03-03 dateline"},
	})
}

// A page flattened into one line: its title, source and time stamp run
// into the body. The date with its clock time beside it is the page's.
func TestFlattenedHeadStamps(t *testing.T) {
	checkRef(t, []refCase{
		{name: "clock before the date", file: "a.txt",
			text: "Ferry timetable changes on the island routes Harbour Gazette) 07:45, April 02, 2025 HARLOW, April 1 -- " + body, want: "2025-04-02 dateline"},
		{name: "clock after the date", file: "a.txt",
			text: "Ferry timetable changes on the island routes By Staff Reporter November 09, 2024 15:02 " + body, want: "2024-11-09 dateline"},
		{name: "French clock after a joiner", file: "a.txt",
			text: "Les horaires du bac changent sur les lignes de l'île Rédaction 13 janvier 2025 à 10h32 La compagnie a changé ses horaires après un mois de plaintes des usagers, et le conseil a salué la décision.\n", want: "2025-01-13 dateline"},
		{name: "German numeric date and clock", file: "a.txt",
			text: "Neuer Fahrplan für die Fähre auf den Inselrouten Lokales 03.03.2025, 14:32 Uhr Die Reederei hat ihren Winterfahrplan nach einem Monat voller Beschwerden geändert.\n", want: "2025-03-03 dateline"},
		{name: "a label before the date, inside a flattened head", file: "a.txt",
			text: " date 2025-06 Neuer Fahrplan für die Fähre Von dpa Aktualisiert am 09.06.2025 - 16:56 Uhr Lesedauer: 2 Min. Die Reederei hat ihren Winterfahrplan nach einem Monat voller Beschwerden geändert.\n", want: "2025-06-09 dateline"},
		{name: "Spanish clock after the date", file: "a.txt",
			text: "Cambia el horario del ferry en las rutas de la isla Redacción 5 de enero de 2025 10:32 La naviera cambió su horario de invierno tras un mes de quejas de los usuarios.\n", want: "2025-01-05 dateline"},
	})
}

// An event's time in a sentence is not a time stamp: a word stands
// between the clock and the date, or the date is deep in the text.
func TestEventTimesGiveNoDate(t *testing.T) {
	late := strings.Repeat("The council met again to discuss the ferry fares and the timetable. ", 8)
	checkRef(t, []refCase{
		{name: "clock and date apart", file: "a.txt",
			text: "New fares\n\nThe vote will take place at 10:00 on March 12, 2025 in the town hall, the council said.\n\n" + body, want: "- none"},
		{name: "an event's clock and date", file: "a.txt",
			text: "New fares\n\nThe last boat left at 21:40, March 2, 2025, and the next one sailed on March 4, 2025 at 06:15.\n\n" + body, want: "- none"},
		{name: "Spanish event", file: "a.txt",
			text: "Nuevas tarifas\n\nEl último barco salió el 2 de marzo de 2025 a las 21:40 y el siguiente no zarpó hasta el jueves.\n\n" + body, want: "- none"},
		{name: "a story that opens on the day and hour it tells of", file: "a.txt",
			text: "El naufragio\n\n11 de marzo de 2004. 7: 35 de la mañana. Ese fue el momento en que el último ferry se hundió frente al puerto viejo.\n\n" + body, want: "- none"},
		{name: "stamp-like date deep in a long paragraph", file: "a.txt",
			text: "New fares\n\n" + late + "The last boat left at 21:40, March 2, 2025 and none has sailed since.\n", want: "- none"},
	})
}

// Dates the text merely mentions are never the article's: a term start,
// an anniversary, a plan, a year in a quotation.
func TestMentionedDatesGiveNoDate(t *testing.T) {
	checkRef(t, []refCase{
		{name: "history and plans", file: "a.txt",
			text: "Bridge repairs begin\n\nThe bridge opened on 3 May 1998 and has not been repaired since. The council will replace its deck in 2031, a spokesman said.\n",
			want: "- none"},
		{name: "a sentence that starts with a date", file: "a.txt",
			text: "New fares\n\nMarch 3, 2025 is the day the new fares begin.\n\n" + body, want: "- none"},
		{name: "a label inside a sentence", file: "a.txt",
			text: "A book returns\n\nPublished in 1998, the guide to the island's ferries is back in print.\n\n" + body, want: "- none"},
		{name: "a caption", file: "a.txt",
			text: "Ferry timetable changes\n\nThe harbour master speaks to reporters at the quay in Harlow on Tuesday, Nov. 16, 2023.\n\n" + body, want: "- none"},
		{name: "relative only", file: "a.txt", text: "Ferry timetable changes\n\nLocal 8 days ago\n\n" + body, want: "- none"},
		{name: "generic label at the foot", file: "a.txt", text: "Ferry timetable changes\n\n" + body + "\nDate: 14 June 2025\n", want: "- none"},
		{name: "a place and date inside a sentence", file: "a.txt", text: "Ferry timetable changes\n\nThe ferry left Hamburg, 3 March 2025, for the last time.\n\n" + body, want: "- none"},
		{name: "a label and a date inside a sentence at the top", file: "a.txt", text: "Ferry timetable changes\n\nThe guide published on 3 March 2019 is back in print, the council said on its website this week.\n\n" + body, want: "- none"},
		{name: "a name and a label inside a sentence", file: "a.txt", text: "Ferry timetable changes\n\nHarlow Council, published on 3 March 2019, set the fares.\n\n" + body, want: "- none"},
		{name: "a headline with a date in brackets", file: "a.txt", text: "Ferry timetable changes (March 3, 2025) - what commuters need to know\n\n" + body, want: "- none"},
		{name: "a place and date in the body", file: "a.txt", text: "Ferry timetable changes\n\n" + body + "\nHamburg, 3. März 2025\n", want: "- none"},
		{name: "a year and month without a label", file: "a.txt", text: "Ferry timetable changes\n\nTimetable 2025-05 replaces the winter one.\n\n" + body, want: "- none"},
		{name: "a slash between two dates of a sentence", file: "a.txt", text: "Ferry timetable changes\n\nFares rose in the winter of 2023 / 2024 and again this spring.\n\n" + body, want: "- none"},
	})
	r := refOf(t, "a.txt", "Bridge repairs begin\n\nThe bridge opened on 3 May 1998. The council will replace its deck in 2031.\n", Options{})
	if !strings.Contains(r.Note, "not the article's own") || !strings.Contains(r.Note, `"2031"`) {
		t.Errorf("note: %s", r.Note)
	}
	var lower *DateCandidate
	for i := range r.Candidates {
		if r.Candidates[i].Kind == "mentioned" {
			lower = &r.Candidates[i]
		}
	}
	if lower == nil || lower.Used || lower.Confidence != "low" || lower.Value != "2031" {
		t.Errorf("the latest mention is a candidate, never used: %+v", r.Candidates)
	}
}

// The time the headline or the lead speaks from dates a page that states
// no date of its own, as a range; never a past, a plan or a year the text
// has moved past.
func TestStatedPresent(t *testing.T) {
	lead := "The harbour board has met every month since the storm, and its members say the repairs to the outer wall are going well despite the weather and the cost of steel this winter.\n"
	checkRef(t, []refCase{
		{name: "as of a year, present tense", file: "a.txt",
			text: "Harbour board\n\nAs of 2025, Ana Ruiz remains the chair of the harbour board, a post she took after the storm.\n\n" + lead, want: "2025 inferred"},
		{name: "as of a month", file: "a.txt",
			text: "Harbour board\n\nThe board, as of March 2025, has seven members and meets in Harlow.\n\n" + lead, want: "2025-03 inferred"},
		{name: "as of a year, past tense", file: "a.txt",
			text: "Harbour board\n\nAs of 2019, the board had seven members and met in Harlow.\n\n" + lead, want: "- none"},
		{name: "as of a year the text has moved past", file: "a.txt",
			text: "Harbour board\n\nAs of 2023, the board has seven members. It elected a new chair in May 2024.\n\n" + lead, want: "- none"},
		{name: "a later plan does not count", file: "a.txt",
			text: "Harbour board\n\nAs of 2025, the board has seven members and wants the wall rebuilt by 2030.\n\n" + lead, want: "2025 inferred"},
		{name: "as of a year deep in the body", file: "a.txt",
			text: "Harbour board\n\n" + lead + "\n" + lead + "\nAs of 2025, the board has seven members.\n", want: "- none"},
		{name: "headline in the present", file: "a.txt",
			text: "Who chairs the harbour board? What to know in 2026\n\n" + lead, want: "2026 inferred"},
		{name: "headline in German", file: "a.md",
			text: "# Wer ist aktuell Hafenmeister im Jahr 2025?\n\n" + lead, want: "2025 inferred"},
		{name: "headline in French", file: "a.md",
			text: "# Qui est le maire de Lyon en 2025 ?\n\n" + lead, want: "2025 inferred"},
		{name: "headline in Spanish", file: "a.md",
			text: "# ¿Quién es el alcalde de Sevilla en 2025?\n\n" + lead, want: "2025 inferred"},
		{name: "a guide's headline", file: "a.txt",
			text: "The harbour board in 2026: everything you need to know\n\n" + lead, want: "2026 inferred"},
		{name: "headline in the past", file: "a.txt",
			text: "Who was the harbour master in 2019? What to know\n\n" + lead, want: "- none"},
		{name: "headline year that names a thing", file: "a.txt",
			text: "What to know about the 2024 harbour plan\n\n" + lead, want: "- none"},
		{name: "headline without a word of the present", file: "a.txt",
			text: "The harbour board in 2025\n\n" + lead, want: "- none"},
		{name: "today, a day, in English", file: "a.txt",
			text: "Harbour board\n\nToday, Thursday, June 12, 2025, the board meets for the last time in the old hall.\n\n" + lead, want: "2025-06-12 inferred"},
		{name: "years ago today, an anniversary", file: "a.txt",
			text: "Harbour board\n\nFifty years ago today, June 12, 1975, the board met for the first time in the old hall.\n\n" + lead, want: "2025-06-12 inferred"},
		{name: "years ago today, in figures", file: "a.txt",
			text: "Harbour board\n\nHarbour Town (Gazette) 25 years ago today, June 12, 2000, the new quay opened to ferries.\n\n" + lead, want: "2025-06-12 inferred"},
		{name: "today, a day, in German", file: "a.txt",
			text: "Hafen\n\nHeute, am 6. November 2025, jährt sich der Sturm, der die Mauer zerstörte.\n\n" + lead, want: "2025-11-06 inferred"},
		{name: "today, a day, in French", file: "a.txt",
			text: "Port\n\nAujourd'hui, 6 novembre 2025, le conseil du port se réunit pour la dernière fois.\n\n" + lead, want: "2025-11-06 inferred"},
		{name: "today, a day, in Spanish", file: "a.txt",
			text: "Puerto\n\nHoy, 6 de noviembre de 2025, la junta del puerto se reúne por última vez.\n\n" + lead, want: "2025-11-06 inferred"},
		{name: "this weekday, in French", file: "a.txt",
			text: "Port\n\nCe mardi 9 septembre 2025, le conseil du port a voté la fermeture du vieux quai, que les dockers utilisaient depuis plus d'un siècle, après trois mois de débats houleux entre les élus et les syndicats.\n\n" + lead, want: "2025-09-09 inferred"},
		{name: "this weekday, in Spanish", file: "a.txt",
			text: "Puerto\n\nEste martes 9 de septiembre de 2025, la junta del puerto votó el cierre del muelle viejo, que los estibadores usaban desde hacía más de un siglo, tras tres meses de debates entre los concejales y los sindicatos.\n\n" + lead, want: "2025-09-09 inferred"},
		{name: "this weekday, in a short lead", file: "a.txt",
			text: "Port\n\nLa maire du port était l'invitée de la radio locale ce lundi 27 janvier 2025. Retrouvez ci-dessous ses réponses aux questions des auditeurs.\n\n" + lead, want: "2025-01-27 inferred"},
		{name: "this weekday in a line of the head", file: "a.txt",
			text: "Port\n\nÉmission du lundi 27 janvier 2025\n\n" + lead, want: "- none"},
		{name: "this weekday ahead", file: "a.txt",
			text: "Port\n\nCe vendredi 12 septembre 2025, les dockers manifesteront devant le port contre la fermeture du vieux quai, qu'ils utilisent depuis plus d'un siècle, après trois mois de débats houleux.\n\n" + lead, want: "- none"},
		{name: "this weekday, the wrong one", file: "a.txt",
			text: "Port\n\nCe mercredi 9 septembre 2025, le conseil du port a voté la fermeture du vieux quai, que les dockers utilisaient depuis plus d'un siècle, après trois mois de débats houleux entre les élus et les syndicats.\n\n" + lead, want: "- none"},
		{name: "this weekday, then a later day", file: "a.txt",
			text: "Port\n\nCe mardi 9 septembre 2025, le conseil du port a voté la fermeture du vieux quai, que les dockers utilisaient depuis plus d'un siècle, après trois mois de débats houleux entre les élus et les syndicats.\n\nCe jeudi 18 septembre 2025, les travaux ont commencé.\n\n" + lead, want: "- none"},
		{name: "a day that is not today", file: "a.txt",
			text: "Harbour board\n\nThe board met on June 12, 2025, for the last time in the old hall.\n\n" + lead, want: "- none"},
		{name: "today deep in the body", file: "a.txt",
			text: "Harbour board\n\n" + lead + "\n" + lead + "\nToday, June 12, 2025, the board meets.\n", want: "- none"},
		{name: "a stated date outranks it", file: "a.txt",
			text: "Who chairs the harbour board? What to know in 2026\n\nPublished: 3 February 2026\n\n" + lead, want: "2026-02-03 dateline"},
		{name: "the configuration's date outranks it", file: "a.txt", opts: Options{DefaultDate: "2026-05-01"},
			text: "Who chairs the harbour board? What to know in 2026\n\n" + lead, want: "2026-05-01 config"},
	})
	r := refOf(t, "a.txt", "Harbour board\n\nAs of 2025, Ana Ruiz remains the chair of the harbour board.\n\n"+lead, Options{})
	if r.Start != "2025-01-01" || r.End != "2025-12-31" || r.Precision != "year" || r.Text != "As of 2025" || r.Span == nil || r.Span.Line != 3 || r.Span.Column != 1 {
		t.Errorf("range and evidence: %+v", r)
	}
	if c := used(r); c == nil || c.Confidence != "low" || !strings.Contains(c.Note, "present tense") {
		t.Errorf("candidate: %+v", c)
	}
	// Too weak to date the text's other dates: "last October" does not
	// count from it.
	f := extractWith(t, "a.txt", "Harbour board\n\nAs of 2025, Ana Ruiz remains the chair. The board last met last October.\n\n"+lead, Options{})
	for _, d := range f.Dates {
		if d.Month == 10 && d.YearFrom == "cue" {
			t.Errorf("%q dated from the inferred year: %+v", d.Text, d)
		}
	}
}

func TestURLDates(t *testing.T) {
	checkRef(t, []refCase{
		{name: "--url with a day", file: "a.txt", text: body, opts: Options{URL: "https://example.com/news/2025/07/14/ferry-story"}, want: "2025-07-14 url"},
		{name: "--url with a month", file: "a.txt", text: body, opts: Options{URL: "https://example.com/2025/07/ferry-story.html"}, want: "2025-07 url"},
		{name: "one-digit month", file: "a.txt", text: body, opts: Options{URL: "https://example.com/pages/2024/7/30/ferry"}, want: "2024-07-30 url"},
		{name: "day heading a slug", file: "a.txt", text: body, opts: Options{URL: "https://example.com/sport/2025-05-31-ferry-story/"}, want: "2025-05-31 url"},
		{name: "compact day and an id", file: "a.txt", text: body, opts: Options{URL: "https://example.com/politics/20250925-282916/"}, want: "2025-09-25 url"},
		{name: "an id is not a date", file: "a.txt", text: body, opts: Options{URL: "https://example.com/post/20251130"}, want: "- none"},
		{name: "a year in a slug is not a date", file: "a.txt", text: body, opts: Options{URL: "https://example.com/best-ferries-2025/"}, want: "- none"},
		{name: "a Unix time in milliseconds", file: "a.txt", text: body, opts: Options{URL: "https://example.com/news/ferry-story-1757324266085"}, want: "2025-09-08 url"},
		{name: "a date line outranks a Unix time", file: "a.txt", text: "Ferry timetable changes\n\nPublished: 3 September 2025\n\n" + body,
			opts: Options{URL: "https://example.com/news/ferry-story-1757324266085"}, want: "2025-09-03 dateline"},
		{name: "canonical link", file: "a.html",
			text: `<html><head><link rel="canonical" href="https://example.com/2025/03/11/ferry/"></head><body><p>` + body + `</p></body></html>`, want: "2025-03-11 url"},
		{name: "front matter url", file: "a.md", text: "---\nurl: /2025/03/11/ferry/\n---\n" + body, want: "2025-03-11 url"},
		{name: "stdin named by its URL", file: "https://example.com/2025/03/11/ferry.txt", text: body, want: "2025-03-11 url"},
		{name: "path read as the URL", file: "mirror/example.com/2025/03/11/ferry.txt", text: body, opts: Options{DateFromPath: true}, want: "2025-03-11 url"},
		{name: "path not read without the flag", file: "mirror/example.com/2025/03/11/ferry.txt", text: body, want: "- none"},
		{name: "a month gives way to a day within it", file: "a.txt", text: "Ferry timetable changes\n\nJuly 14, 2025 09:10\n\n" + body,
			opts: Options{URL: "https://example.com/2025/07/ferry.html"}, want: "2025-07-14 dateline"},
		{name: "metadata outranks the address", file: "a.md", text: "---\ndate: 2025-07-15\n---\n" + body,
			opts: Options{URL: "https://example.com/2025/07/14/ferry"}, want: "2025-07-15 metadata"},
	})
	r := refOf(t, "a.txt", body, Options{URL: "https://example.com/2025/07/ferry-story.html"})
	if r.Start != "2025-07-01" || r.End != "2025-07-31" || r.Precision != "month" || r.Confidence != "medium" {
		t.Errorf("a month in the address is that month's range: %+v", r)
	}
}

// 9/2/2025 is 9 February on a day-first page and 2 September on a
// month-first one; nothing on the page, no date.
func TestDayOrMonthFirst(t *testing.T) {
	stamp := "Ferry timetable changes\n\n9/2/2025 10:15\n\n"
	checkRef(t, []refCase{
		{name: "nothing tells", file: "a.txt", text: stamp + body, want: "- none"},
		{name: "another numeric date", file: "a.txt", text: stamp + body + "\nThe old timetable ran from 25/12/2024.\n", want: "2025-02-09 dateline"},
		{name: "another numeric date, month first", file: "a.txt", text: stamp + body + "\nThe old timetable ran from 12/25/2024.\n", want: "2025-09-02 dateline"},
		{name: "declared British English", file: "a.html", text: `<html lang="en-GB"><body><p>9/2/2025 10:15</p><p>` + body + `</p></body></html>`, want: "2025-02-09 dateline"},
		{name: "declared American English", file: "a.html", text: `<html lang="en-US"><body><p>9/2/2025 10:15</p><p>` + body + `</p></body></html>`, want: "2025-09-02 dateline"},
		{name: "French words", file: "a.txt", text: "Les horaires du bac\n\n9/2/2025 10:15\n\nLa compagnie du bac a changé les horaires de ses traversées après un mois de plaintes des usagers, et le conseil a salué la décision.\n", want: "2025-02-09 dateline"},
		{name: "the site's country", file: "a.txt", text: stamp + body, opts: Options{URL: "https://news.example.co.uk/ferry-story"}, want: "2025-02-09 dateline"},
		{name: "British spelling", file: "a.txt", text: stamp + "The harbour authority said its neighbours had recognised the problem and organised a meeting about the timetable.\n", want: "2025-02-09 dateline"},
		{name: "American style", file: "a.txt", text: stamp + "The harbor authority said its neighbors had recognized the problem. It met on March 4 and again on March 11 to discuss the timetable.\n", want: "2025-09-02 dateline"},
		{name: "dots are read day first", file: "a.txt", text: "Ferry timetable changes\n\n09.02.2025 10:15\n\n" + body, want: "2025-02-09 dateline"},
	})
	r := refOf(t, "a.txt", stamp+body, Options{})
	if !strings.Contains(r.Note, "2025-09-02 or 2025-02-09") {
		t.Errorf("the note gives both readings: %s", r.Note)
	}
	// The page's order also reads the dates in its text.
	f := extractWith(t, "a.html", `<html lang="en-GB"><body><p>`+body+` The new timetable starts on 3/4/2025.</p></body></html>`, Options{})
	if d := f.Dates[0]; d.Value != "2025-04-03" || d.Alt != "2025-03-04" {
		t.Errorf("a day-first page reads 3/4/2025 as 3 April: %+v", d)
	}
	// So does the language its front matter declares.
	f = extractWith(t, "a.md", "---\nlang: es\n---\nEl puerto reabrió el 3/4/2025.\n", Options{})
	if d := f.Dates[0]; d.Value != "2025-04-03" || f.Date.OrderBasis != `the page's declared language "es"` {
		t.Errorf("a page declared Spanish reads 3/4/2025 as 3 April: %+v, %q", d, f.Date.OrderBasis)
	}
}

func TestUnreadableMetadataDates(t *testing.T) {
	for _, c := range []struct{ name, file, text, key, reason string }{
		{"impossible day", "a.md", "---\ndate: 2025-02-30\n---\n" + body, "date", "not a calendar date: February 2025 has 28 days"},
		{"June 31", "a.md", "---\npublished: 2025-06-31\n---\n" + body, "published", "June 2025 has 30 days"},
		{"year zero", "a.md", "---\ndate: \"0000-01-01\"\n---\n" + body, "date", "not a calendar date"},
		{"words", "a.md", "---\ndate: next tuesday\n---\n" + body, "date", "not a date"},
		{"a list", "a.md", "---\ndate: [2025-01-01, 2025-01-02]\n---\n" + body, "date", "not one date"},
		{"template left in", "a.html", `<html><head><meta property="article:published_time" content="{{ published }}"></head><body><p>` + body + `</p></body></html>`, "article:published_time", "not a date"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := refOf(t, c.file, c.text, Options{})
			if r.Source != SourceNone || len(r.Unreadable) != 1 {
				t.Fatalf("%+v", r)
			}
			u := r.Unreadable[0]
			if u.Key != c.key || !strings.Contains(u.Reason, c.reason) || u.Span.Offset == 0 {
				t.Errorf("unreadable %+v, want key %q, reason %q and a place", u, c.key, c.reason)
			}
			if !strings.Contains(r.Note, "holds") {
				t.Errorf("the note names the field: %s", r.Note)
			}
		})
	}
}

func TestTimeElementsWithoutADay(t *testing.T) {
	r := refOf(t, "a.html", `<html><body><article><p>Doors open at <time datetime="19:30">7.30pm</time> for <time datetime="PT2H">two hours</time>.</p><p>`+body+`</p></article></body></html>`, Options{})
	if len(r.Unreadable) != 0 || r.Source != SourceNone {
		t.Errorf("a time of day or a duration is no defect: %+v", r)
	}
	r = refOf(t, "a.html", `<html><body><article><p>Posted <time datetime="2025-02-30">30 February</time></p><p>`+body+`</p></article></body></html>`, Options{})
	if len(r.Unreadable) != 1 {
		t.Errorf("an impossible day is: %+v", r)
	}
}

func TestUnreadableUnderTheFlag(t *testing.T) {
	r := refOf(t, "a.md", "---\ndate: 2025-02-30\n---\n"+body, Options{Date: "2025-03-05"})
	if r.Source != SourceFlag || len(r.Unreadable) != 1 {
		t.Errorf("the broken field is reported whatever date is used: %+v", r)
	}
	r = refOf(t, "a.md", "---\ndate: 2025-02-27\n---\n"+body, Options{Date: "2025-03-05"})
	if len(r.Candidates) != 1 || r.Candidates[0].Used || !strings.Contains(r.Candidates[0].Note, "--date is given") {
		t.Errorf("candidates under --date: %+v", r.Candidates)
	}
}

func TestFlagAndConfig(t *testing.T) {
	text := "---\ndate: 2025-05-28\n---\n" + body
	checkRef(t, []refCase{
		{name: "flag over metadata", file: "a.md", text: text, opts: Options{Date: "2025-06-30", DefaultDate: "2024-01-01"}, want: "2025-06-30 flag"},
		{name: "metadata over config", file: "a.md", text: text, opts: Options{DefaultDate: "2024-01-01"}, want: "2025-05-28 metadata"},
		{name: "config when nothing else", file: "a.txt", text: body, opts: Options{DefaultDate: "2024-01-01"}, want: "2024-01-01 config"},
	})
}

func TestURLDate(t *testing.T) {
	for raw, want := range map[string]string{
		"https://example.com/2025/07/14/x":    "2025-07-14",
		"https://example.com/2025/02/30/x":    "",
		"https://example.com/2025/13/x":       "",
		"https://example.com/2025/07/":        "",
		"https://example.com/archive/2025/07": "",
		"/blog/2019/06/14/slug/":              "2019-06-14",
		"https://example.com/1990/07/14/x":    "",
		"https://example.com/20240415.S1.htm": "2024-04-15",
		"https://example.com/2025_03_11_slug": "2025-03-11",
		"https://2025.example.com/x":          "",
		// A Unix time in milliseconds ends the slug; ten digits may be an
		// article's number.
		"https://example.com/news/who-is-the-mayor-1757324266085":  "2025-09-08",
		"https://example.com/news/1757324266085.html":              "2025-09-08",
		"https://example.com/news/who-is-the-mayor-1755121152":     "",
		"https://example.com/news/who-is-the-mayor-9999999999999":  "",
		"https://example.com/news/who-is-the-mayor-17573242660851": "",
	} {
		d, _, ok := URLDate(raw)
		if got := d.Value; ok != (want != "") || got != want {
			t.Errorf("URLDate(%q) = %q, %v; want %q", raw, got, ok, want)
		}
	}
}

// A writer's name and the date, joined by "le", "on", "am" or "el", alone
// on a line under the headline, date the article; a sentence that goes on
// after the date does not, nor does a headline.
func TestWriterAndDateLine(t *testing.T) {
	checkRef(t, []refCase{
		{name: "fr", file: "a.txt", text: "Le port rouvre\n\nMarie Dupont le mercredi 4 juin 2025\n\n" + body, want: "2025-06-04 dateline"},
		{name: "en", file: "a.txt", text: "Ferry timetable changes\n\nJane Doe on March 3, 2025\n\n" + body, want: "2025-03-03 dateline"},
		{name: "sentence", file: "a.txt", text: "Ferry timetable changes\n\nJane Doe on March 3, 2025 said the boats were late.\n\n" + body, want: "- none"},
		{name: "headline", file: "a.txt", text: "Jane Doe on March 3, 2025\n\n" + body, want: "- none"},
	})
}

// A page put out again says when it was first published: that date, not
// the later one of its metadata, is the time its text was written.
func TestOriginallyPublished(t *testing.T) {
	for body, want := range map[string]string{
		"---\ndate: 2025-06-20\n---\n*This article was originally published on 3 May 2023.*\n\nThe council met on Wednesday.\n":            "2023-05-03",
		"---\ndate: 2025-06-20\n---\nFirst published on 3 May 2023\n\nThe council met on Wednesday.\n":                                     "2023-05-03",
		"---\ndate: 2025-06-20\nlang: fr\n---\nCet article a été publié initialement le 3 mai 2023.\n\nLe conseil s'est réuni mercredi.\n": "2023-05-03",
		"---\ndate: 2025-06-20\n---\n*This article was first published in 2023.*\n\nThe council met on Wednesday.\n":                       "2023",
		"---\ndate: 2025-06-20\n---\n*This story first appeared in March 2024.*\n\nThe council met on Wednesday.\n":                        "2024-03",
		"---\ndate: 2025-06-20\nlang: es\n---\n*Este artículo se publicó originalmente en 2023.*\n\nEl consejo se reunió el miércoles.\n":  "2023",
		"---\ndate: 2025-06-20\n---\nThe budget for 2023 was first published in 2022 and revised twice.\n":                                 "2025-06-20",
		// What else was first published is no date of the page's.
		"---\ndate: 2025-09-01\n---\nThe novel was first published on 26 June 1997. A series began filming in July 2025.\n": "2025-09-01",
		// A later "first" date is no earlier publication.
		"---\ndate: 2023-05-03\n---\nFirst published on 20 June 2025\n\nThe council met on Wednesday.\n": "2023-05-03",
	} {
		if r := refOf(t, "a.md", body, Options{}); r.Value != want {
			t.Errorf("%q: date %s (%s), want %s", body, r.Value, r.Note, want)
		}
	}
}
