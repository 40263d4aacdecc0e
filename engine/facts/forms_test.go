package facts

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/kb"
)

func TestForeignMonthYear(t *testing.T) {
	Warm()
	for text, want := range map[string]string{
		"seit Dezember 2021 im Amt":       "2021-12",
		"depuis mai 2017 à l'Élysée":      "2017-05",
		"desde junio de 2018 en el cargo": "2018-06",
		"seit 2021 im Amt":                "2021-00",
		"Im Jahr 2018 war er Kanzler":     "2018-00",
		"En 2015, il était président":     "2015-00",
		"En el año 2016 era presidente":   "2016-00",
		"en 1850 il était roi":            "",
		"The Mars 2020 rover landed":      "",
		"Il visite Mars 2030 demain":      "",
	} {
		got := ""
		if ds := findDates(text); len(ds) > 0 {
			got = fmt.Sprintf("%d-%02d", ds[0].Year, ds[0].Month)
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

func TestGermanDayEndsNoSentence(t *testing.T) {
	Warm()
	if got := splitSentences("Merz ist seit dem 6. Mai 2025 Kanzler. Er regiert."); len(got) != 2 {
		t.Errorf("got %d sentences, want 2", len(got))
	}
	if got := splitSentences("Er kam um 6. Danach ging er."); len(got) != 2 {
		t.Errorf("got %d sentences, want 2", len(got))
	}
}

func TestPossessiveLabel(t *testing.T) {
	Warm()
	for l, want := range map[string]string{
		"NATO chief":                "NATO's chief",
		"IMF head":                  "IMF's head",
		"WHO chief":                 "",
		"US President":              "",
		"NATO's Secretary General":  "",
		"German Chancellor":         "",
		"Secretary-General of NATO": "",
	} {
		if got := possessiveLabel(l); got != want {
			t.Errorf("%q: got %q, want %q", l, got, want)
		}
	}
}

func TestBossLabel(t *testing.T) {
	for l, want := range map[string]string{"Fed chief": "Fed boss", "NATO chief": "NATO boss", "chief": "", "IMF head": "", "chief of staff": ""} {
		if got := bossLabel(l); got != want {
			t.Errorf("%q: got %q, want %q", l, got, want)
		}
	}
	mentionsSay(t, "en", map[string]string{"Fed boss Jerome Powell held rates on Wednesday.": "us-fed-chair"}, func(m Mention) string { return m.Role })
}

func TestChiefTitles(t *testing.T) {
	for title, want := range map[string]string{
		"Defence Minister":                "Defence chief|Defence boss",
		"Secretary of the Treasury":       "Treasury chief|Treasury boss",
		"Russia's Defence Minister":       "Russia's Defence chief|Russia's Defence boss",
		"Homeland Security Secretary":     "Homeland Security chief|Homeland Security boss",
		"chef de la diplomatie française": "patron de la diplomatie française",
		"Foreign Secretary":               "", // no headline says "Foreign chief"
		"Prime Minister":                  "",
		"Minister":                        "",
		"Secretary of State":              "",
	} {
		if got := strings.Join(chiefTitles(title), "|"); got != want {
			t.Errorf("%q: got %q, want %q", title, got, want)
		}
	}
	mentionsSay(t, "en", map[string]string{
		"Israel's defence chief Yoav Gallant met the envoy.":  "il-defence-minister",
		"Treasury chief Scott Bessent spoke on Friday.":       "us-treasury-secretary",
		"Apple's finance chief Kevan Parekh spoke on Friday.": "",
	}, func(m Mention) string { return m.Role })
}

func TestForeignDurationWords(t *testing.T) {
	Warm()
	for text, want := range map[string]string{
		"depuis huit ans":                "8 year",
		"depuis dix-sept ans au pouvoir": "17 year",
		"seit drei Jahren im Amt":        "3 year",
		"seit einem Monat Kanzler":       "1 month",
		"desde hace siete años":          "7 year",
		"lleva dos años en el cargo":     "2 year",
		"il y a une décennie":            "1 decade",
		// A number word and a unit of two languages make no duration.
		"once a year":  "1 year", // "a year"; the Spanish "once" is not read
		"once years":   "",
		"elf Jahren":   "11 year",
		"elf years":    "",
		"a tag":        "",
		"the six mois": "6 month",
	} {
		got := ""
		if ds := findDurations(text); len(ds) > 0 {
			got = fmt.Sprintf("%v %s", ds[0].Amount, ds[0].Unit)
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// Anchors of other languages tie a duration to what follows, in the
// unit's language only.
func TestForeignDurationAnchors(t *testing.T) {
	Warm()
	for text, want := range map[string]string{
		"trois ans après l'invasion":       "3 year after",
		"drei Jahre nach dem Einmarsch":    "3 year after",
		"tres años después de la invasión": "3 year after",
		"dos años tras la invasión":        "2 year after",
		"deux ans de guerre":               "2 year of guerre",
		"tres años de guerra":              "3 year of guerra",
		"three years after the invasion":   "3 year after invasion",
		"drei Jahre après":                 "3 year ",
		"three years de guerre":            "3 year ",
	} {
		got := ""
		if ds := findDurations(text); len(ds) > 0 {
			got = fmt.Sprintf("%v %s %s", ds[0].Amount, ds[0].Unit, ds[0].Anchor)
			if ds[0].Noun != "" {
				got += " " + ds[0].Noun
			}
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

func TestForeignTimeInOffice(t *testing.T) {
	for _, c := range []struct {
		body string
		want int // the mention the duration is tied to, -1 for none
	}{
		{"Emmanuel Macron, président depuis huit ans, a parlé mardi devant la presse.", 0},
		{"Le président Emmanuel Macron, depuis trois ans au pouvoir, a parlé devant la presse.", 0},
		{"Le président Emmanuel Macron est au pouvoir depuis huit ans et il parle à la presse.", 0},
		{"Friedrich Merz, seit einem Monat Kanzler, sprach mit der Presse über die Lage.", 0},
		{"Bundeskanzler Friedrich Merz ist seit zwei Jahren im Amt und spricht mit der Presse.", 0},
		{"Friedrich Merz ist seit drei Jahren Kanzler und spricht mit der Presse über die Lage.", 0},
		{"Pedro Sánchez, presidente del Gobierno desde hace siete años, habló con la prensa.", 0},
		{"El presidente del Gobierno Pedro Sánchez lleva dos años en el cargo y habla con la prensa.", 0},
		// Not a time in office: no phrase of being in office, a past
		// copula, a length of time for something else.
		{"Le président Emmanuel Macron, depuis trois ans, prépare une réforme avec la presse.", -1},
		{"Bundeskanzler Friedrich Merz ist seit zwei Jahren verheiratet und spricht mit der Presse.", -1},
		{"Friedrich Merz war seit drei Jahren Kanzler, als er mit der Presse sprach.", -1},
		{"El presidente del Gobierno Pedro Sánchez lleva dos años preparando una reforma con la prensa.", -1},
	} {
		f := extractBuiltin(t, "---\ndate: 2025-08-01\n---\n"+c.body+"\n")
		got := -1
		for _, d := range f.Durations {
			if d.Mention != nil {
				got = *d.Mention
			}
		}
		if got != c.want {
			t.Errorf("%s: duration tied to mention %d, want %d", c.body, got, c.want)
		}
	}
}

var (
	builtinOnce sync.Once
	builtinGaz  *Gazetteer
)

// extractBuiltin reads a Markdown article with the built-in knowledge
// base, which names the French, German and Spanish holders.
func extractBuiltin(t *testing.T, text string) *Facts {
	t.Helper()
	builtinOnce.Do(func() { builtinGaz = builtinGazetteer(t) })
	format, _ := document.FormatFor("a.md")
	doc, err := document.Read("a.md", []byte(text), format)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(doc, Options{Gazetteer: builtinGaz})
}

// extractOn extracts the facts of body as an article of lang dated
// date, with the built-in base.
func extractOn(t *testing.T, date, lang, body string) *Facts {
	t.Helper()
	return extractBuiltin(t, "---\ndate: "+date+"\nlang: "+lang+"\n---\n"+body+"\n")
}

func TestGermanRelativeCopulaLast(t *testing.T) {
	for body, want := range map[string]string{
		"Mark Rutte, der seit 2024 Nato-Generalsekretär ist, empfing die Minister.":                 "nato-secretary-general current relative since",
		"Ursula von der Leyen, die seit 2019 Kommissionspräsidentin ist, sprach mit den Ministern.": "eu-commission-president current relative since",
		"Olaf Scholz, seit 2021 Bundeskanzler, sprach mit den Ministern über die Lage.":             "de-chancellor current apposition since",
		"Olaf Scholz, der Bundeskanzler war, sprach mit den Ministern über die Lage.":               "de-chancellor then relative",
		"Olaf Scholz, der Bundeskanzler gewesen ist, sprach mit den Ministern über die Lage.":       "none",
		"Olaf Scholz, der nicht mehr Bundeskanzler ist, sprach mit den Ministern über die Lage.":    "none",
		"Olaf Scholz, der bis 2025 Bundeskanzler war, sprach mit den Ministern über die Lage.":      "none",
		"Olaf Scholz, der Bundeskanzler, sprach mit den Ministern über die Lage.":                   "de-chancellor current apposition",
	} {
		f := extractOn(t, "2025-06-10", "de", body)
		got := "none"
		if len(f.Mentions) > 0 && f.Mentions[0].Role != "" {
			m := f.Mentions[0]
			got = m.Role + " " + m.Claim + " " + m.ClaimForm
			if m.Since != nil {
				got += " since"
			}
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", body, got, want)
		}
	}
}

// French wire copy writes capitals without accents: the titles and names
// the base spells "d'État", "l'Économie", "Édouard" are found either way.
func TestFrenchCapitalsWithoutAccents(t *testing.T) {
	for body, want := range map[string]string{
		"Le secrétaire d'Etat américain, Mike Pompeo, a parlé mercredi.":     "mike-pompeo us-secretary-of-state",
		"Le ministre de l'Economie Bruno Le Maire a parlé mardi.":            "bruno-le-maire fr-economy-minister",
		"Le ministre de l'Économie Bruno Le Maire a parlé mardi.":            "bruno-le-maire fr-economy-minister",
		"Le chef de l'Etat français Emmanuel Macron a parlé mardi.":          "emmanuel-macron fr-president",
		"Le Premier ministre de l'Egypte, Moustafa Madbouly, a parlé mardi.": "mostafa-madbouly egypt-prime-minister",
		"Evariste Ndayishimiye, le président burundais, a parlé mardi.":      "evariste-ndayishimiye bi-president",
	} {
		f := extractOn(t, "2020-06-17", "fr", body)
		got := "none"
		if len(f.Mentions) > 0 {
			got = f.Mentions[0].Person + " " + f.Mentions[0].Role
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", body, got, want)
		}
	}
}

// "a. D." (außer Dienst) after a German title says the holder has left
// it; the bounds of a term after an apposition's title date it.
func TestGermanRetiredAndTermBounds(t *testing.T) {
	for body, want := range map[string]string{
		"Bundeskanzler a. D. Gerhard Schröder sprach am Montag.":      "de-chancellor former",
		"Gerhard Schröder, Bundeskanzler a. D., sprach am Montag.":    "de-chancellor former",
		"Angela Merkel, Bundeskanzlerin a.D., sprach am Montag.":      "de-chancellor former",
		"Angela Merkel, Bundeskanzlerin von 2005 bis 2021, sprach.":   "de-chancellor then",
		"Angela Merkel, chancelière de 2005 à 2021, a parlé lundi.":   "de-chancellor then",
		"Angela Merkel, canciller hasta 2021, habló el lunes.":        "de-chancellor then",
		"Angela Merkel, chancelière de l'Allemagne, a parlé lundi.":   "de-chancellor current",
		"Angela Merkel, Bundeskanzlerin, sprach am Montag in Berlin.": "de-chancellor current",
	} {
		f := extractBuiltin(t, "---\ndate: 2024-05-01\n---\n"+body+"\n")
		got := "none"
		if len(f.Mentions) > 0 {
			got = f.Mentions[0].Role + " " + f.Mentions[0].Claim
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", body, got, want)
		}
	}
}

// mentionsSay checks, for each body of an article of 10 December 2025 in
// lang, what say joins from its mentions.
func mentionsSay(t *testing.T, lang string, cases map[string]string, say func(Mention) string) {
	t.Helper()
	for body, want := range cases {
		got := ""
		for _, m := range extractOn(t, "2025-12-10", lang, body).Mentions {
			got += say(m)
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", body, got, want)
		}
	}
}

// A weekday after a title in lower case is the day the sentence speaks
// of; with the title capitalised it may be a name ("Prime Minister
// Friday").
func TestWeekdayAfterATitleIsADay(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"The parliament elected the party leader as prime minister Friday after a long debate.": "",
		"Prime Minister Friday said the airport road would be built this year.":                 "godwin-friday",
	}, func(m Mention) string { return m.Person })
}

// An adverb of the present may stand between the article and the
// qualifier of a title in apposition.
func TestNowBeforeAQualifier(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"El ahora expresidente de Bolivia, Luis Arce, habló el lunes con la prensa.":    "bo-president former",
		"The now former president of Bolivia, Luis Arce, spoke to reporters on Monday.": "bo-president former",
		"Der inzwischen ehemalige Bundeskanzler, Olaf Scholz, sprach am Montag.":        "de-chancellor former",
	}, func(m Mention) string { return m.Role + " " + m.Claim })
}

// A birth date is not the time a title speaks of; another verb's date in
// the sentence is.
func TestBirthDatesDoNotTimeTitles(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Secretary of State Marco Rubio was born in Miami, Florida in 1971.":                             "article",
		"Le Premier ministre Sébastien Lecornu, né le 11 juin 1986 à Eaubonne, a parlé lundi.":           "article",
		"Prime Minister Boris Johnson, who was born in New York, said in 2020 that the plan would work.": "sentence",
	}, func(m Mention) string {
		if m.Role == "" {
			return ""
		}
		return m.Time.Basis
	})
}

// A country's possessive before someone who holds an office beyond it
// says where they come from.
func TestCountryPossessiveOfAnEUOfficial(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Germany's Ursula von der Leyen told reporters on Monday that the talks would continue.": "",
		"Portugal's António Costa told reporters on Monday that the talks would continue.":       "",
		"Canada's Justin Trudeau told reporters on Monday that the talks would continue.":        "ca-prime-minister",
	}, func(m Mention) string { return m.Role })
}

// A country's possessive before a surname that namesakes share, all of
// whom held the office the country's possessive names, is that office,
// and the time tells which of them it is; a namesake who held none leaves
// the name untold.
func TestCountryPossessiveBeforeANamesake(t *testing.T) {
	mentionsOnDates(t, "en", []datedCase{
		{"2025-06-10", "Canada's Trudeau told reporters on Tuesday that the talks would continue.", "justin-trudeau ca-prime-minister current"},
		{"2023-06-10", "Canada's Trudeau told reporters on Tuesday that the talks would continue.", "justin-trudeau ca-prime-minister current"},
		{"1975-06-10", "Canada's Trudeau told reporters on Tuesday that the talks would continue.", "pierre-trudeau ca-prime-minister current"},
		{"2025-06-10", "Trudeau told reporters on Tuesday that the talks would continue.", ""},
	})
}

// datedCase is a body, the article's date, and the person, office and
// claim of each of its mentions, run together.
type datedCase struct{ date, body, want string }

func mentionsOnDates(t *testing.T, lang string, cases []datedCase) {
	t.Helper()
	for _, c := range cases {
		got := ""
		for _, m := range extractOn(t, c.date, lang, c.body).Mentions {
			got += m.Person + " " + m.Role + " " + m.Claim
		}
		if got != c.want {
			t.Errorf("%s, %s: got %q, want %q", c.date, c.body, got, c.want)
		}
	}
}

// A qualifier before two joined titles holds for both; without one the
// second title is current.
func TestQualifierOverJoinedTitles(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Former foreign secretary and home secretary Priti Patel spoke at the hearing.":        "uk-home-secretary former",
		"L'ancien ministre de l'Intérieur et Premier ministre Manuel Valls a parlé lundi.":     "fr-prime-minister former",
		"Der frühere Finanzminister und Bundeskanzler Olaf Scholz sprach am Montag.":           "de-chancellor former",
		"Foreign Secretary and Home Secretary James Cleverly visited the border on Monday.":    "uk-home-secretary current",
		"The party leader and former prime minister Rishi Sunak spoke to members on Saturday.": "uk-prime-minister former",
	}, func(m Mention) string { return m.Role + " " + m.Claim })
}

// Letters after a name go with it, and a bracket may hold the name
// after its title.
func TestPostNominalsAndBracketedNames(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"The Rt Hon James Cleverly MP, Home Secretary, wrote to the committee on Tuesday.":    "james-cleverly uk-home-secretary",
		"The Home Secretary (Suella Braverman) said on Tuesday that the plan would go ahead.": "suella-braverman uk-home-secretary",
		"She met Keir Starmer (Labour) on Tuesday in London.":                                 "keir-starmer ",
		"Charles Michel, the Council president, opened the summit on Monday.":                 "charles-michel eu-council-president",
	}, func(m Mention) string { return m.Person + " " + m.Role })
}

// A line that opens with a title, then a dash and a name, names its
// holder, as a colon does; a dash inside a sentence does not.
func TestTitleDashName(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Home Secretary – Yvette Cooper":                                         "yvette-cooper uk-home-secretary",
		"Ministro de Defensa – Margarita Robles":                                 "margarita-robles es-defence-minister",
		"The talks with the home secretary – Yvette Cooper said – went on late.": "yvette-cooper ",
	}, func(m Mention) string { return m.Person + " " + m.Role })
}

// "Top diplomat" names a country's foreign minister.
func TestTopDiplomat(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Britain's top diplomat David Lammy flew to Kyiv on Monday.":              "david-lammy uk-foreign-secretary current",
		"America's former top diplomat, Antony Blinken, spoke at Yale on Monday.": "antony-blinken us-secretary-of-state former",
		"Ukraine's top diplomat in Washington, Jane Roe, met senators on Monday.": "",
	}, func(m Mention) string { return m.Person + " " + m.Role + " " + m.Claim })
}

// A copula for the office a title names states the claim: a pope's title
// stays with him, what the sentence says of him does not.
func TestCopulaOverATitleThatStays(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"The head of the Catholic Church is Pope Francis.":               "francis inverted current",
		"Pope Francis is the head of the Catholic Church.":               "francis copula current",
		"Pope Francis was the head of the Catholic Church for 12 years.": "francis copula then",
		"Pope Francis is the subject of a new film.":                     "francis title current",
		"Prime Minister Keir Starmer is the leader of the Labour Party.": "keir-starmer title current",
	}, func(m Mention) string { return m.Person + " " + m.ClaimForm + " " + m.Claim })
}

// A title after a preposition, then a comma and a name that runs on into
// its own clause, is no apposition: the name is the next clause's subject.
func TestTitleObjectThenSubject(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"According to the Japanese foreign minister, Blinken said the talks were useful.": "antony-blinken ",
		"He spoke to the prime minister, Rishi Sunak said on Monday.":                     "rishi-sunak ",
		"According to the prime minister, Keir Starmer, the talks were useful.":           "keir-starmer uk-prime-minister",
		"The prime minister, Keir Starmer said the talks were useful.":                    "keir-starmer uk-prime-minister",
	}, func(m Mention) string { return m.Person + " " + m.Role })
}

// Initials after a title, in brackets, and a hyphen before dotted initials
// do not part a title from its name or its qualifier.
func TestInitialsBetweenTitleAndName(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"La présidente de la Banque centrale européenne (BCE), Christine Lagarde, a parlé lundi.": "ecb-president current",
		"The president of the European Central Bank (ECB), Mario Draghi, spoke on Monday.":        "ecb-president current",
		"The talks under then-U.S. President Joe Biden went well in 2023.":                        "us-president then",
		"El que fuera presidente del Gobierno, Mariano Rajoy, habló el lunes.":                    "es-prime-minister former",
		"US Secretary of Defence Lloyd Austin spoke on Monday.":                                   "us-secretary-of-defense current",
	}, func(m Mention) string { return m.Role + " " + m.Claim })
}

// A rank before a title makes it another office: a deputy, an
// assistant, a vice-chancellor's title claims nothing about the office
// named.
func TestRankedTitlesClaimNothing(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Deputy Secretary of State Antony Blinken met officials on Monday.": "other",
		"Deputy Chief of Staff Jack Lew spoke on Monday.":                   "other",
		"Der stellvertretende Bundeskanzler Olaf Scholz sprach am Montag.":  "other",
		"Vice President JD Vance spoke on Monday.":                          "current",
		"Under President Obama, the plan went ahead in 2012.":               "current",
	}, func(m Mention) string { return m.Claim })
}

// A title followed by a country's everyday name ("of the UK", "des USA",
// "de EE.UU.", "of Holland") names that country's office, as its standard
// name does; another place still names another office.
func TestTitleOfAPlaceByItsOtherNames(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Last year the prime minister of the UK, Keir Starmer, met the unions.":       "uk-prime-minister current",
		"The president of America is Donald Trump, the crowd was told.":               "us-president current",
		"Le président des USA, Donald Trump, a répondu jeudi.":                        "us-president current",
		"El presidente de EE.UU., Donald Trump, respondió el jueves.":                 "us-president current",
		"The prime minister of Holland, Dick Schoof, flew to Brussels.":               "nl-prime-minister current",
		"The president of Türkiye, Recep Tayyip Erdoğan, hosted the talks.":           "tr-president current",
		"The prime minister of Great Britain, Rishi Sunak, called an election.":       "uk-prime-minister current",
		"The prime minister of Ruritania, Keir Starmer, was mentioned in the sketch.": " none",
	}, func(m Mention) string { return m.Role + " " + m.Claim })
}

// A government form whose surname opens a longer name yields to the name:
// "gouvernement Michel Barnier" is a title before Michel Barnier, not
// Charles Michel's government.
func TestFormSurnameOpeningALongerName(t *testing.T) {
	mentionsSay(t, "fr", map[string]string{
		"Le chef du gouvernement Michel Barnier a reçu mardi les syndicats.": "michel-barnier fr-prime-minister person",
		"Le gouvernement Michel a démissionné en 2018 après la crise.":       "charles-michel be-prime-minister adjectival",
	}, func(m Mention) string { return m.Person + " " + m.Role + " " + m.Kind })
}

// A government form whose name has an office's title before it yields to
// the titled name, which claims the office at the time of writing even
// where the government acted then; without the title, the form stays.
func TestTitledNameOverForm(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Prime Minister Rishi Sunak's government said the plan was on track.": "rishi-sunak person title",
		"President Joe Biden's administration imposed new tariffs.":           "joe-biden person title",
		"Former Chancellor Olaf Scholz's coalition passed the budget.":        "olaf-scholz person title",
		"Rishi Sunak's government said the plan was on track.":                "rishi-sunak adjectival ",
	}, func(m Mention) string { return m.Person + " " + m.Kind + " " + m.ClaimForm })
}

// "In his role as NATO chief, X …" and its kin in the four languages put
// X in the office as "As NATO chief, X …" does: a claim of now with a
// verb of now, the time in office with a past one; the phrase may also
// follow the name. Without the phrase's possessive it is no title's.
func TestCapacityPhraseBeforeATitle(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Time.Basis }
	mentionsSay(t, "en", map[string]string{
		"In his role as NATO chief, Jens Stoltenberg visits Kyiv this week.":                "nato-secretary-general article",
		"In her new capacity as prime minister, Liz Truss faces a tough choice.":            "uk-prime-minister article",
		"Jens Stoltenberg, in his capacity as NATO secretary general, is visiting Kyiv.":    "nato-secretary-general article",
		"In his role as NATO chief, Jens Stoltenberg urged allies to spend more.":           "nato-secretary-general history",
		"Jens Stoltenberg, in his role as NATO chief, urged allies to spend more.":          "nato-secretary-general history",
		"Today, as prime minister, Rishi Sunak faces a tough choice.":                       "uk-prime-minister article",
		"In a role as NATO chief, Jens Stoltenberg would visit Kyiv, the paper speculated.": " article",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"En sa qualité de secrétaire général de l'OTAN, Jens Stoltenberg se rend à Kiev cette semaine.": "nato-secretary-general article",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"En su calidad de secretario general de la OTAN, Jens Stoltenberg visita Kiev esta semana.": "nato-secretary-general article",
	}, say)
	mentionsSay(t, "de", map[string]string{
		"In seiner Funktion als Nato-Generalsekretär besucht Jens Stoltenberg diese Woche Kiew.": "nato-secretary-general article",
	}, say)
}

// "NATO, led by X, is …" names X the head of NATO now, as "NATO's X"
// does; set off by commas, "Britain, under Prime Minister X, is …" speaks
// of now too. With a verb of the past after the aside it tells of the time
// in office, and without an owner of one of X's offices it claims nothing.
func TestLedOwnerAndUnderAside(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Time.Basis }
	mentionsSay(t, "en", map[string]string{
		"NATO, led by Jens Stoltenberg, is preparing a new plan.":           "nato-secretary-general article",
		"NATO, currently led by Jens Stoltenberg, is preparing a new plan.": "nato-secretary-general article",
		"Britain, under Rishi Sunak, is preparing a new budget.":            "uk-prime-minister article",
		"Britain, under Prime Minister Rishi Sunak, is preparing a budget.": "uk-prime-minister article",
		"Britain, under Prime Minister Rishi Sunak, is expected to agree.":  "uk-prime-minister article",
		"NATO, led by Jens Stoltenberg, agreed a new plan.":                 " article",
		"Britain, under Prime Minister Rishi Sunak, agreed a new budget.":   "uk-prime-minister history",
		"The country, under President Obama, is remembered for its growth.": "us-president history",
		// After the subject that opens the sentence, without commas.
		"The government under Prime Minister Rishi Sunak is preparing a budget.": "uk-prime-minister article",
		"Britain under Prime Minister Rishi Sunak is preparing a budget.":        "uk-prime-minister article",
		"The economy under Prime Minister Rishi Sunak grew slowly.":              "uk-prime-minister history",
		"Taxes are higher than under Prime Minister Rishi Sunak.":                "uk-prime-minister history",
		"Germany, led by captain Joshua Kimmich, is preparing for the final.":    "",
		// The passive in the present says the same; in the past it
		// claims nothing, nor does a body that is no office's owner.
		"NATO is led by Jens Stoltenberg.":                     "nato-secretary-general article",
		"NATO is currently headed by Jens Stoltenberg.":        "nato-secretary-general article",
		"NATO was led by Jens Stoltenberg for a decade.":       " history",
		"The delegation is led by Jens Stoltenberg this week.": " article",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"La OTAN, liderada por Jens Stoltenberg, prepara un nuevo plan de defensa.": "nato-secretary-general article",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"L'OTAN, dirigée par Jens Stoltenberg, prépare un nouveau plan de défense.": "nato-secretary-general article",
		"L'OTAN est dirigée par Jens Stoltenberg depuis longtemps.":                 "nato-secretary-general article",
	}, say)
}

// A preposition after a copula's title ends the claim in every language,
// as "despite" does in "remains prime minister despite the defeat":
// "reste chancelier malgré …", "sigue siendo canciller pese a …", "bleibt
// Kanzler trotz …".
func TestCopulaTitleBeforeAPreposition(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Claim }
	mentionsSay(t, "fr", map[string]string{
		"Olaf Scholz reste chancelier malgré la défaite de son parti aux élections.": "de-chancellor current",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"Olaf Scholz sigue siendo canciller pese a la derrota de su partido.": "de-chancellor current",
		"Olaf Scholz continúa como canciller alemán tras la votación.":        "de-chancellor current",
	}, say)
	mentionsSay(t, "de", map[string]string{
		"Olaf Scholz bleibt Kanzler trotz der Niederlage seiner Partei.": "de-chancellor current",
	}, say)
}

// "El todavía ministro", "el aún presidente": still in office, a claim of
// now.
func TestStillBeforeASpanishTitle(t *testing.T) {
	mentionsSay(t, "es", map[string]string{
		"El todavía canciller alemán, Olaf Scholz, viajó el martes a París.":       "de-chancellor current",
		"El aún ministro de Exteriores, José Manuel Albares, habló con la prensa.": "es-foreign-minister current",
	}, func(m Mention) string { return m.Role + " " + m.Claim })
}

// In German a name's verb comes right after it in a main clause: a
// strong past, a present or an auxiliary of the perfect makes the name the
// one who acts ("Papst Franziskus empfing …", "… hat … aufgerufen"); a
// passive's "wird" does not, nor does dying.
func TestGermanNameActs(t *testing.T) {
	mentionsSay(t, "de", map[string]string{
		"Papst Franziskus empfing am Montag die Bischöfe aus Afrika.":          "true",
		"Papst Franziskus hat am Sonntag zu einer Waffenruhe aufgerufen.":      "true",
		"Bundeskanzler Olaf Scholz betont am Mittwoch die Einigkeit Europas.":  "true",
		"Papst Franziskus wird am Samstag im Petersdom beigesetzt.":            "false",
		"Papst Franziskus starb am Ostermontag im Alter von 88 Jahren.":        "false",
		"Nach dem Treffen mit Papst Franziskus am Montag reiste sie nach Rom.": "false",
	}, func(m Mention) string { return fmt.Sprint(m.Acts) })
}

// A name that goes on with an initial and a word is someone else's, in a
// heading too: "Governor George C. Wallace" is not Governor George.
func TestNameGoingOnWithAnInitial(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Governor George C. Wallace stood in the schoolhouse door in 1963.": "",
		"# Governor George C. Wallace":                                      "",
		"Governor George said in 2002 that rates would stay on hold.":       "eddie-george",
	}, func(m Mention) string { return m.Person })
}

// A relative clause in the past with no time of its own tells the past,
// not the time of the verb after it; nor does a term told whole ("for ten
// years", "durante ocho años") that had ended. A time told before the
// name is the clause's too. A present perfect ("has been … for three
// years") runs up to now.
func TestPastTitleWithoutATimeOfItsOwn(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Gordon Brown, who was prime minister, spoke yesterday in Kirkcaldy.":                       "then history",
		"Mariano Rajoy, que fue presidente del Gobierno, habló ayer en Madrid.":                     "then history",
		"Gerhard Schröder, der Bundeskanzler war, sprach gestern in Hannover.":                      "then history",
		"In 2019, Theresa May, who was prime minister, met the leaders in Brussels.":                "then sentence",
		"José Luis Rodríguez Zapatero, presidente del Gobierno durante casi ocho años, habló ayer.": "current history",
		"Gordon Brown, prime minister for three years, spoke on Monday in Kirkcaldy.":               "current history",
		"Olaf Scholz, chancellor for the past three years, spoke on Monday in Berlin.":              "current article",
		"Gordon Brown has been prime minister for three years, his allies say.":                     "current article",
	}, func(m Mention) string { return m.Claim + " " + m.Time.Basis })
}

// A departure from office before or after a titled name ("the ouster of
// Prime Minister X", "X was ousted", "la chute du Premier ministre X")
// names the title X held up to then; undated, it is history, and a date
// in the sentence still times it.
func TestDepartureFromOffice(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Elections followed the resignation of long-serving Prime Minister Boris Johnson.": "then history",
		"The markets rallied after Prime Minister Liz Truss was forced out.":               "then history",
		"La chute du Premier ministre Michel Barnier a surpris les marchés.":               "then history",
		"Tras la dimisión del presidente Pedro Castillo, el Congreso votó.":                "then history",
		"Prime Minister Boris Johnson resigned in 2015 after the vote.":                    "then sentence",
		"Prime Minister Boris Johnson met the king after the vote.":                        "current article",
	}, func(m Mention) string { return m.Claim + " " + m.Time.Basis })
	// The story of the exit itself: a resignation handed in, a dismissal.
	mentionsSay(t, "en", map[string]string{
		"Prime Minister Boris Johnson handed in his resignation to the king.": "then history",
		"Prime Minister Liz Truss tendered her resignation on Thursday.":      "then article",
		"The king fired Prime Minister Boris Johnson without warning.":        "then history",
		"Prime Minister Boris Johnson was fired without warning.":             "then history",
		"Prime Minister Boris Johnson lost his job after the vote.":           "then history",
		"The case against Prime Minister Boris Johnson was dismissed.":        "current article",
	}, func(m Mention) string { return m.Claim + " " + m.Time.Basis })
	mentionsSay(t, "fr", map[string]string{
		"Le Premier ministre Michel Barnier a présenté sa démission au président.": "then history;",
		"Emmanuel Macron a limogé son Premier ministre Michel Barnier.":            "none article;then history;",
	}, func(m Mention) string { return m.Claim + " " + m.Time.Basis + ";" })
	mentionsSay(t, "de", map[string]string{
		"Nach der Entlassung von Finanzminister Christian Lindner zerbrach die Koalition.": "then history;",
		"Kanzler Scholz entließ Finanzminister Christian Lindner.":                         "current article;then history;",
	}, func(m Mention) string { return m.Claim + " " + m.Time.Basis + ";" })
	mentionsSay(t, "es", map[string]string{
		"Tras el cese del ministro de Finanzas Christian Lindner, la coalición se rompió.": "then history",
		"El presidente Pedro Castillo presentó su renuncia al Congreso.":                   "then history",
	}, func(m Mention) string { return m.Claim + " " + m.Time.Basis })
}

// Service to an office holder told in the past ("was press secretary to
// Prime Minister X") names the title X held then; in the present it is
// the time of writing, and a date of the sentence still times it.
func TestServiceToAHolder(t *testing.T) {
	when := func(m Mention) string { return m.Time.Basis + ";" }
	mentionsSay(t, "en", map[string]string{
		"He served as press secretary to Prime Minister Theresa May.":             "history;",
		"She was a speechwriter for President Joe Biden.":                         "history;",
		"She is a senior adviser to President Joe Biden.":                         "article;",
		"A spokesman for Prime Minister Rishi Sunak said the plan was on track.":  "article;",
		"The statement was issued by a spokesman for President Joe Biden.":        "article;",
		"It was a spokeswoman for Chancellor Olaf Scholz who confirmed the plan.": "article;",
		"He was an adviser to President Joe Biden on Tuesday.":                    "article;",
		"Jake Sullivan, a former adviser to President Joe Biden, criticized it.":  "article;history;",
		"He was an adviser to President Joe Biden in March 2025.":                 "sentence;",
	}, when)
	mentionsSay(t, "fr", map[string]string{
		"Il a été conseiller du président François Hollande.": "history;",
	}, when)
	mentionsSay(t, "de", map[string]string{
		"Er war Sprecher von Kanzler Olaf Scholz.": "history;",
	}, when)
}

// A description of the person may open with an article before the name:
// after a title's comma ("the German chancellor, the Social Democrat Olaf
// Scholz,") it still names the holder, and German's capitalised nouns
// ("der SPD-Politiker Olaf Scholz") do not make the name a longer one.
func TestDescriptionBeforeAName(t *testing.T) {
	say := func(m Mention) string { return m.Person + " " + m.Role + ";" }
	mentionsSay(t, "en", map[string]string{
		"The German chancellor, the Social Democrat Olaf Scholz, said so.":  "olaf-scholz de-chancellor;",
		"The Democrat Joe Biden is the current president.":                  "joe-biden us-president;",
		"Present were the chancellor, the president of Finland and others.": "",
		// The name must close the apposition: here it opens a clause.
		"Unlike the chancellor, the conservative Friedrich Merz wants lower taxes.": "friedrich-merz ;",
		"They met the chancellor, the conservative Friedrich Merz and the Greens.":  "friedrich-merz ;",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Le chancelier allemand, le social-démocrate Olaf Scholz, l'a dit.": "olaf-scholz de-chancellor;",
	}, say)
	mentionsSay(t, "de", map[string]string{
		"Der SPD-Politiker Olaf Scholz ist der aktuelle Bundeskanzler.": "olaf-scholz de-chancellor;",
		"Das sagte der Bundeskanzler, der Sozialdemokrat Olaf Scholz.":  "olaf-scholz de-chancellor;",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"Lo dijo el presidente del Consejo Europeo, el liberal belga Charles Michel.": "charles-michel eu-council-president;",
	}, say)
}

// Two titles joined before a comma and the name ("the deputy prime
// minister and finance minister, X,"): the first opens the phrase, and
// the one next to the name is claimed.
func TestJoinedTitlesBeforeAComma(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Claim + ";" }
	mentionsSay(t, "en", map[string]string{
		"The deputy prime minister and finance minister, Choi Sang-mok, said so.":          "kr-finance-minister current;",
		"Asked whether he was prime minister and finance minister, Choi Sang-mok said no.": " none;",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"La vicepresidenta primera y ministra de Economía, Nadia Calviño, habló.": "es-economy-minister current;",
		// After the name: the title the person held is claimed.
		"Nadia Calviño, vicepresidenta primera y ministra de Economía, habló.": "es-economy-minister current;",
	}, say)
	mentionsSay(t, "en", map[string]string{
		"Choi Sang-mok, the deputy prime minister and finance minister, said so.": "kr-finance-minister current;",
		"Rishi Sunak, the prime minister and party leader, said so.":              "uk-prime-minister current;",
	}, say)
}

// A possessive pronoun opens a title's noun phrase in French, German and
// Spanish as "his" does in English: "su secretario de Estado, X" names X
// by the title.
func TestPossessivePronounBeforeACommaTitle(t *testing.T) {
	say := func(m Mention) string { return m.Role + ";" }
	mentionsSay(t, "es", map[string]string{
		"Presentará la propuesta a su secretario de Estado, Antony Blinken.": "us-secretary-of-state;",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Il présentera le plan à son secrétaire d'État, Antony Blinken.": "us-secretary-of-state;",
	}, say)
	mentionsSay(t, "de", map[string]string{
		"Er traf seine Außenministerin, Annalena Baerbock, am Montag.": "de-foreign-minister;",
	}, say)
}

// ", who took office in July 2024" after a titled name states the day the
// term began (since), as "in office since July 2024" does; an election
// or an appointment, which come before it, does not.
func TestTookOfficeClauseStatesTheStart(t *testing.T) {
	say := func(m Mention) string {
		if m.Since == nil {
			return m.Role + " -;"
		}
		return m.Role + " since;"
	}
	mentionsSay(t, "en", map[string]string{
		"Prime Minister Keir Starmer, who took office in July 2023, said so.":  "uk-prime-minister since;",
		"Prime Minister Keir Starmer, who was sworn in on 5 July 2024, spoke.": "uk-prime-minister since;",
		"Prime Minister Keir Starmer, who was elected in July 2024, said so.":  "uk-prime-minister -;",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Le Premier ministre François Bayrou, qui a pris ses fonctions en décembre 2023, a parlé.": "fr-prime-minister since;",
	}, say)
}

// A clause of time opening the sentence with a title after a past copula
// ("When he was president, …") sets the main clause in that time in
// office; a present one, or none, does not.
func TestPastTimeClauseSetsHistory(t *testing.T) {
	when := func(m Mention) string { return m.Role + " " + m.Time.Basis + ";" }
	mentionsSay(t, "en", map[string]string{
		"When he was president, Biden relied on Secretary of State Antony Blinken.": " article;us-secretary-of-state history;",
		"When he is president, Biden relies on Secretary of State Antony Blinken.":  " article;us-secretary-of-state article;",
		"When asked, Secretary of State Antony Blinken said no.":                    "us-secretary-of-state article;",
	}, when)
	mentionsSay(t, "es", map[string]string{
		"Cuando era presidente, Biden confió en su secretario de Estado, Antony Blinken.": " article;us-secretary-of-state history;",
	}, when)
}

// How someone came to an office ("President X's election in 2016", "the
// inauguration of President X") names the title the event gave: history,
// not a claim about the event's date.
func TestAccessionToOffice(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Prices rose after President Barack Obama's election in 2008.":           "then history",
		"The inauguration of President Barack Obama in 2009 drew crowds.":        "then history",
		"Depuis l'élection du président Emmanuel Macron en 2017, tout a changé.": "then history",
		"President Barack Obama's speech in 2008 drew crowds.":                   "current sentence",
	}, func(m Mention) string { return m.Claim + " " + m.Time.Basis })
}

// A qualifier holds across an organisation's name and its acronym in
// brackets: "former Reserve Bank of India (RBI) Governor X".
func TestQualifierAcrossABracketedAcronym(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Former Reserve Bank of India (RBI) Governor Shaktikanta Das spoke on Monday.": "former",
		"Reserve Bank of India (RBI) Governor Sanjay Malhotra spoke on Monday.":        "current",
	}, func(m Mention) string { return m.Claim })
}

// A capitalised title after a preposition, set off by commas, names its
// holder: "hailed by German Chancellor, Friedrich Merz, as historic"; the
// name must close the apposition.
func TestCommaTitleAfterAPreposition(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"The treaty was hailed by German Chancellor, Friedrich Merz, as historic.": "friedrich-merz de-chancellor;",
		"In a call with Prime Minister, Keir Starmer, the mayor raised the port.":  "keir-starmer uk-prime-minister;",
		"According to Prime Minister, Keir Starmer said the port would reopen.":    "keir-starmer ;",
	}, func(m Mention) string { return m.Person + " " + m.Role + ";" })
}

// A profile's opening, "is a Japanese politician serving as …", "is a
// German politician and the …", claims the office now, as "is the …"
// does; a past one claims nothing.
func TestProfileOpening(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Fumio Kishida is a Japanese politician serving as Prime Minister of Japan since 2021.":  "jp-prime-minister current copula",
		"Olaf Scholz is a German politician who has served as Chancellor of Germany since 2021.": "de-chancellor current copula",
		"Olaf Scholz is a German politician and the Chancellor of Germany.":                      "de-chancellor current copula",
		"Olaf Scholz is a German politician who served as Chancellor of Germany.":                " none ",
	}, func(m Mention) string { return m.Role + " " + m.Claim + " " + m.ClaimForm })
}

// A qualifier does not reach over another holder's name ("former Prime
// Minister Kishida and President Yoon"), and a title after "for" is a
// role someone was chosen for ("his choice for Attorney General, X").
func TestQualifierAndCommaTitleLimits(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Ties improved between former Prime Minister Kishida and President Yoon last year.": "former;current;",
		"The Senate delayed the vote on his choice for Attorney General, Pam Bondi, again.": "none;",
	}, func(m Mention) string { return m.Claim + ";" })
}

// German declines a title after an article or a preposition.
func TestGermanCases(t *testing.T) {
	for label, want := range map[string]string{
		"Präsident des Europäischen Rates": "Präsidenten des Europäischen Rates",
		"Bundeskanzler":                    "Bundeskanzlers",
		"französischer Präsident":          "französischen Präsidenten",
		"Regierungschef":                   "Regierungschefs",
		"Bundeskanzlerin":                  "",
		"Prime Minister":                   "",
	} {
		if got := strings.Join(germanCases(label), "|"); got != want {
			t.Errorf("germanCases(%q) = %q, want %q", label, got, want)
		}
	}
	mentionsSay(t, "de", map[string]string{
		"Die Rede des Bundeskanzlers Olaf Scholz wurde am Montag gelobt.":              "de-chancellor current;",
		"Merz traf den Präsidenten des Europäischen Rates, António Costa, in Brüssel.": "eu-council-president current;",
	}, func(m Mention) string {
		if m.Role == "" {
			return ""
		}
		return m.Role + " " + m.Claim + ";"
	})
}

// Known events are named in French, German and Spanish too.
func TestEventsInOtherLanguages(t *testing.T) {
	for body, want := range map[string]string{
		"Los atentados del 11-M dejaron 193 muertos en Madrid.":                "madrid-train-bombings",
		"Cinq ans après l'incendie de Notre-Dame, la flèche est reconstruite.": "notre-dame-fire",
		"Die Anschläge vom 13. November trafen Paris ins Herz.":                "paris-attacks-november-2015",
		"Zehn Jahre nach dem Anschlag auf Charlie Hebdo erinnert Paris daran.": "charlie-hebdo-attack",
		// The events news in these languages dates most often, German in
		// the cases it is written in ("nach den Anschlägen", "seit dem
		// russischen Angriffskrieg").
		"L'attaque du Hamas du 7 octobre a fait 1200 morts.":                    "hamas-attack-on-israel",
		"Los ataques del 7-O cambiaron la guerra.":                              "hamas-attack-on-israel",
		"Der Terrorangriff der Hamas auf Israel forderte 1200 Tote.":            "hamas-attack-on-israel",
		"El asalto al Capitolio conmocionó al país.":                            "us-capitol-attack",
		"Nach dem Sturm auf das Kapitol wurden Hunderte angeklagt.":             "us-capitol-attack",
		"L'assaut contre le Capitole a choqué le monde.":                        "us-capitol-attack",
		"Nach den Anschlägen vom 13. November erinnert Paris an die Opfer.":     "paris-attacks-november-2015",
		"Vor drei Jahren begann der russische Angriffskrieg gegen die Ukraine.": "russia-full-scale-invasion",
		"Seit dem russischen Angriffskrieg ist alles anders.":                   "russia-full-scale-invasion",
		"Der russische Überfall auf die Ukraine veränderte Europa.":             "russia-full-scale-invasion",
		"Seit der Krim-Annexion gelten Sanktionen.":                             "crimea-annexation",
		"L'annexion de la Crimée par la Russie a été condamnée.":                "crimea-annexation",
		"La anexión rusa de Crimea fue condenada.":                              "crimea-annexation",
		"La chute de Bachar al-Assad a surpris le monde.":                       "fall-of-assad",
		"Der Sturz von Baschar al-Assad überraschte die Welt.":                  "fall-of-assad",
		"La caída de Bashar al Asad sorprendió al mundo.":                       "fall-of-assad",
		"La mort d'Alexeï Navalny a provoqué des manifestations.":               "navalny-death",
		"Der Tod von Alexej Nawalny löste Proteste aus.":                        "navalny-death",
		"La muerte de Alexéi Navalni provocó protestas.":                        "navalny-death",
		"Ce jour-là, l'OMS a qualifié le Covid-19 de pandémie.":                 "who-declares-covid-pandemic",
		"Damals hat die WHO Covid-19 zur Pandemie erklärt.":                     "who-declares-covid-pandemic",
		"La OMS declaró la pandemia de COVID-19 ese día.":                       "who-declares-covid-pandemic",
		"Nach den Terroranschlägen vom 11. September änderte sich alles.":       "september-11-attacks",
		"Le Royaume-Uni a officiellement quitté l'Union européenne à minuit.":   "uk-leaves-eu",
		"Die zweite Amtseinführung von Donald Trump fand im Kapitol statt.":     "second-inauguration-of-donald-trump",
		// The war as a whole is not the day it began; nor is Crimea's
		// annexation by Catherine the Great, nor the 2009 flu pandemic.
		"Im Juli 2024 hat der russische Angriffskrieg die Wirtschaft belastet.": "",
		"Unter dem russischen Angriffskrieg leiden im Winter Millionen.":        "",
		"L'annexion de la Crimée par Catherine II date de 1783.":                "",
		"La OMS declaró la pandemia de gripe A en junio de 2009.":               "",
	} {
		got := ""
		for _, e := range extractOn(t, "2025-01-07", "", body).Events {
			got += e.Event
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", body, got, want)
		}
	}
}

// "New" after another qualifier yields to it: the first says when the
// office is held.
func TestNewAfterAQualifier(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Der designierte neue Bundeskanzler Friedrich Merz sprach am Montag in Berlin.": "de-chancellor future",
		"The incoming new chancellor Friedrich Merz spoke in Berlin on Monday.":         "de-chancellor future",
		"Der neue Bundeskanzler Friedrich Merz sprach am Montag in Berlin.":             "de-chancellor current",
		"La future nouvelle Première ministre, Jane Roe, a parlé lundi.":                "",
	}, func(m Mention) string { return m.Role + " " + m.Claim })
}

// "Newly elected" says the person was chosen, sworn in or not yet: no
// claim about holding the office; "then" before "President-elect" dates
// the title to the sentence's time.
func TestNewlyElectedAndThenElect(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Japan's newly elected Prime Minister Sanae Takaichi met the president on Monday.":               "jp-prime-minister elected",
		"Der neu gewählte Bundeskanzler Friedrich Merz sprach am Montag in Berlin.":                      "de-chancellor elected",
		"The recently elected chancellor Friedrich Merz spoke in Berlin on Monday.":                      "de-chancellor elected",
		"El recién electo presidente Lula habló el lunes con la prensa.":                                 "br-president elected",
		"The plot was to kill then President-elect Luiz Inácio Lula da Silva and a judge.":               "br-president then",
		"President-elect Luiz Inácio Lula da Silva named his cabinet on Monday, aides said in Brasília.": "br-president future",
	}, func(m Mention) string { return m.Role + " " + m.Claim })
}

// The words that say someone is about to take an office, before the
// title or after it, in the four languages: a claim of the future.
func TestAboutToTakeOffice(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Germany's presumptive chancellor Friedrich Merz met Emmanuel Macron.":  "de-chancellor future",
		"Friedrich Merz, the chancellor-in-waiting, met Emmanuel Macron.":       "de-chancellor future",
		"Prime Minister designate Mark Carney met the press.":                   "ca-prime-minister future",
		"Der voraussichtliche Kanzler Friedrich Merz traf Emmanuel Macron.":     "de-chancellor future",
		"Friedrich Merz, den Kanzler in spe, traf Emmanuel Macron am Montag.":   "de-chancellor future",
		"Der gewählte US-Präsident Donald Trump kündigte Zölle an.":             "us-president elected",
		"Friedrich Merz, le chancelier pressenti, a rencontré Emmanuel Macron.": "de-chancellor future",
		"El previsible canciller Friedrich Merz habló con Emmanuel Macron.":     "de-chancellor future",
		"El canciller in pectore Friedrich Merz habló con Emmanuel Macron.":     "de-chancellor future",
	}, func(m Mention) string {
		if m.Role == "" {
			return ""
		}
		return m.Role + " " + m.Claim
	})
}

// A clause about a thing the name owns (", whose country joined NATO two
// years ago,") dates that thing, not the name's title; a "who" clause
// right after the name is still the name's own.
func TestOwnerClauseTimeIsNotTheTitles(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Finnish President Alexander Stubb, whose country joined NATO two years ago, said the alliance must spend more.": "article",
		"Le président finlandais Alexander Stubb, dont le pays a rejoint l'OTAN en 2023, a parlé lundi.":                 "article",
		"Der finnische Präsident Alexander Stubb, dessen Land 2023 der Nato beitrat, sprach am Montag.":                  "article",
		"Chancellor Olaf Scholz, who visited Kyiv in June 2023, met the minister.":                                       "sentence",
	}, func(m Mention) string { return m.Time.Basis })
}

// A nickname in quotes inside a name ("Jorge "Tuto" Quiroga") leaves the
// name and its title whole; quotes with spaces inside are a quotation.
func TestNicknameInsideAName(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		`Former President Jorge "Tuto" Quiroga spoke in La Paz on Monday.`:   "jorge-quiroga former",
		"President Ferdinand “Bongbong” Marcos Jr. met the envoy on Monday.": "ferdinand-marcos-jr current",
		"Le Premier ministre Benyamin « Bibi » Nétanyahou a parlé lundi.":    "benjamin-netanyahu current",
		`President Ferdinand " Bongbong " Marcos Jr. met the envoy.`:         "",
	}, func(m Mention) string {
		if m.Role == "" {
			return ""
		}
		return m.Person + " " + m.Claim
	})
}

// A one-word nickname for the given name is written before the surname
// too ("Bibi Netanyahu"); an initialism is not ("AMLO López Obrador").
func TestNicknameBeforeTheSurname(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"Israeli Prime Minister Bibi Netanyahu spoke on Monday.": "benjamin-netanyahu Bibi Netanyahu",
		"President Erap Estrada spoke on Monday.":                "joseph-estrada Erap Estrada",
	}, func(m Mention) string { return m.Person + " " + m.Name.Text })
	p := &kb.Person{Name: "Evo Morales", Surname: "Morales"}
	for nick, want := range map[string]string{"Pepe": "Pepe Morales", "AMLO": "", "Evo": "", "Dr M": ""} {
		if got := nicknameAndSurname(p, nick); got != want {
			t.Errorf("nicknameAndSurname(%q) = %q, want %q", nick, got, want)
		}
	}
}

// A time that closes a clause "since" opens ("since the dispute
// escalated two weeks ago") dates what began, not the title.
func TestSinceClauseTimeIsNotTheTitles(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Leaders held their first call with Prime Minister Keir Starmer since the dispute escalated two weeks ago.": "article",
		"Leaders spoke with Prime Minister Keir Starmer two weeks ago.":                                             "relative",
		"Leaders have not spoken to Prime Minister Keir Starmer since last week.":                                   "article",
	}, func(m Mention) string { return m.Time.Basis })
}

// "Der bisherige Finanzminister X": held up to now, as a successor takes
// over; no claim about today.
func TestBisherigIsThen(t *testing.T) {
	mentionsSay(t, "de", map[string]string{
		"Der bisherige Bundeskanzler Olaf Scholz übergab am Dienstag das Amt.": "de-chancellor then",
		"Bundeskanzler Olaf Scholz übergab am Dienstag das Amt.":               "de-chancellor current",
	}, func(m Mention) string { return m.Role + " " + m.Claim })
}

// A verb that removes someone from office, right before the titled
// name, makes the title the one held up to then; after the name, the
// same verb is the holder's act.
func TestRemovalBeforeATitledName(t *testing.T) {
	mentionsSay(t, "", map[string]string{
		"The court voted to remove Prime Minister Keir Starmer from office.": "then",
		"The king dismissed Prime Minister Keir Starmer on Monday.":          "then",
		"Le Parlement a voté pour destituer le président Emmanuel Macron.":   "then",
		"Prime Minister Keir Starmer dismissed the minister on Monday.":      "current",
		"Prime Minister Keir Starmer moved to remove the tariffs on Monday.": "current",
	}, func(m Mention) string { return m.Claim })
}

// The year of a past event tied to the person — theirs, one they were
// the agent of, one that frames the clause — makes the title the one of
// its time; an event of the article's own year does not.
func TestYearOfAPastEventTiedToTheTitle(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Chancellor Olaf Scholz's 2022 Zeitenwende speech changed German defence policy.": "de-chancellor history",
		"Prime Minister Fumio Kishida said in a 2022 interview that Japan would act.":     "jp-prime-minister history",
		"The 2022 G7 summit in Elmau was hosted by Chancellor Olaf Scholz.":               "de-chancellor history",
		"Prime Minister Fumio Kishida spoke at the 2025 summit in Osaka.":                 "jp-prime-minister article",
		"Chancellor Olaf Scholz criticised the 2022 budget on Tuesday.":                   "de-chancellor article",
	}, func(m Mention) string { return m.Role + " " + m.Time.Basis })
	mentionsSay(t, "es", map[string]string{
		"La visita de 2023 del primer ministro Fumio Kishida a Kiev fue una sorpresa.":        "jp-prime-minister history",
		"El primer ministro Fumio Kishida dijo en una entrevista de 2022 que Japón actuaría.": "jp-prime-minister history",
	}, func(m Mention) string { return m.Role + " " + m.Time.Basis })
}

// A person's possessive before a title ties it to that person's time; a
// country's apposition that says what the person is now makes no claim.
func TestBossPossessiveAndNowApposition(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Obama's secretary of state, Hillary Clinton, wrote a new book.":     "us-secretary-of-state then;",
		"Japan's prime minister, Fumio Kishida, wrote a new book.":           "jp-prime-minister current;",
		"Germany's Olaf Scholz, now a backbench MP, spoke in the Bundestag.": "",
		"Germany's Olaf Scholz spoke in the Bundestag.":                      "de-chancellor current;",
	}, func(m Mention) string {
		if m.Person == "barack-obama" || m.Role == "" {
			return ""
		}
		return m.Role + " " + m.Claim + ";"
	})
	mentionsSay(t, "de", map[string]string{
		"Scholz' Finanzminister Christian Lindner trat zurück.":         "then;",
		"Merkels Finanzminister Olaf Scholz stellte den Haushalt vor.":  "then;",
		"Das Finanzministerium Olaf Scholz stellte den Haushalt vor.":   "",
		"Laut Angaben des Finanzministers Olaf Scholz steigen Steuern.": "current;",
	}, func(m Mention) string {
		if m.Person != "christian-lindner" && m.Person != "olaf-scholz" || m.Role == "" {
			return ""
		}
		return m.Claim + ";"
	})
}

// "En tant que" puts a title in a role as "As" does: the comma after it
// introduces its holder.
func TestEnTantQueOpensTheTitle(t *testing.T) {
	mentionsSay(t, "fr", map[string]string{
		"En tant que Premier ministre, Fumio Kishida s'est engagé à augmenter les dépenses.": "jp-prime-minister",
		"Il a parlé en tant que ministre, Fumio Kishida restant muet.":                       "",
	}, func(m Mention) string { return m.Role })
}

// A counterfactual claims no office at any time; what the holder is
// reported to say of one is still said now.
func TestCounterfactualIsNoClaim(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"In a second term, President Joe Biden would have pushed for the bill.": "history",
		"President Joe Biden said on Monday that the bill would have passed.":   "article",
	}, func(m Mention) string { return m.Time.Basis })
	mentionsSay(t, "de", map[string]string{
		"In einer zweiten Amtszeit hätte Präsident Joe Biden das Gesetz durchgesetzt.": "history",
	}, func(m Mention) string { return m.Time.Basis })
}

// A title in the plural names each of the names joined after it, in the
// four languages; a singular title names the first only.
func TestPluralTitleNamesEachName(t *testing.T) {
	say := func(m Mention) string { return m.Role + ";" }
	mentionsSay(t, "en", map[string]string{
		"Presidents Joe Biden and Emmanuel Macron issued a joint statement.":           "us-president;fr-president;",
		"Prime Ministers Fumio Kishida, Keir Starmer and Mark Carney discussed trade.": "jp-prime-minister;uk-prime-minister;ca-prime-minister;",
		"President Joe Biden and Emmanuel Macron issued a joint statement.":            "us-president;;",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Les présidents Emmanuel Macron et Joe Biden ont publié une déclaration.": "fr-president;us-president;",
	}, say)
	mentionsSay(t, "de", map[string]string{
		"Die Präsidenten Emmanuel Macron und Joe Biden gaben eine Erklärung ab.": "fr-president;us-president;",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"Los presidentes Joe Biden y Emmanuel Macron se reunieron en París.": "us-president;fr-president;",
	}, say)
}

// "en exercice" follows the title as "en funciones" does.
func TestEnExerciceQualifiesTheTitle(t *testing.T) {
	mentionsSay(t, "fr", map[string]string{
		"Le chancelier en exercice Olaf Scholz a refusé de démissionner.": "de-chancellor current en exercice",
	}, func(m Mention) string {
		q := ""
		if m.Qualifier != nil {
			q = m.Qualifier.Text
		}
		return m.Role + " " + m.Claim + " " + q
	})
}

// The French and Spanish conditional reports an allegation, not a
// counterfactual: the title is still judged.
func TestAllegedConditionalIsStillAClaim(t *testing.T) {
	mentionsSay(t, "es", map[string]string{
		"El juez rechazó el pedido contra la presidenta Dina Boluarte por las cirugías que se habría realizado.": "article",
	}, func(m Mention) string { return m.Time.Basis })
}

// Holding the post, said with its verb, is a present copula claim.
func TestHoldingThePostIsAPresentClaim(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Claim }
	mentionsSay(t, "fr", map[string]string{"Rishi Sunak occupe toujours le poste de Premier ministre.": "uk-prime-minister current"}, say)
	mentionsSay(t, "de", map[string]string{"Rishi Sunak amtiert weiterhin als Premierminister.": "uk-prime-minister current"}, say)
	mentionsSay(t, "es", map[string]string{"Rishi Sunak sigue ocupando el cargo de primer ministro.": "uk-prime-minister current"}, say)
}

// An era word before the first of titled names joined by "and" covers the
// next ones too.
func TestEraCoversJoinedNames(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Schäuble served under Chancellor Helmut Kohl and Chancellor Angela Merkel.":   "article;history;",
		"Under President Barack Obama and Vice President Joe Biden, the law passed.":   "history;history;",
		"Schäuble met Chancellor Helmut Kohl and Chancellor Angela Merkel on Tuesday.": "article;article;",
	}, func(m Mention) string { return m.Time.Basis + ";" })
}

// The term or era of a holder named as a noun phrase before the title
// ("during the tenure of", "sous le mandat du", "während der Amtszeit
// von", "durante el mandato del"), its article included, is the time in
// office.
func TestEraNamedByTheTerm(t *testing.T) {
	say := func(m Mention) string { return m.Time.Basis + ";" }
	mentionsSay(t, "en", map[string]string{"During the tenure of President Joe Biden, inflation rose.": "history;"}, say)
	mentionsSay(t, "fr", map[string]string{
		"Sous le mandat du président Joe Biden, l'inflation a explosé.": "history;",
		"Du temps du chancelier Olaf Scholz, tout allait bien.":         "history;",
		"Le président Joe Biden a signé la loi lundi.":                  "article;",
	}, say)
	mentionsSay(t, "de", map[string]string{"Während der Amtszeit von Kanzler Olaf Scholz stieg die Inflation.": "history;"}, say)
	mentionsSay(t, "es", map[string]string{
		"Durante el mandato del presidente Joe Biden, la inflación se disparó.": "history;",
		"En tiempos del canciller Olaf Scholz, la economía creció.":             "history;",
	}, say)
}

// A party's adjective may stand between a French or Spanish title and its
// holder, as a nationality does, one word or two joined by a hyphen.
func TestPartyAdjectiveAfterTheTitle(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Text + ";" }
	mentionsSay(t, "fr", map[string]string{
		"Le président démocrate Joe Biden a parlé lundi.":           "us-president président démocrate Joe Biden;",
		"Le chancelier social-démocrate Olaf Scholz a parlé lundi.": "de-chancellor chancelier social-démocrate Olaf Scholz;",
		"Le candidat démocrate Joe Biden a parlé lundi.":            " Joe Biden;",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"El canciller socialdemócrata Olaf Scholz habló el lunes.": "de-chancellor canciller socialdemócrata Olaf Scholz;",
		"El presidente republicano Donald Trump habló el lunes.":   "us-president presidente republicano Donald Trump;",
	}, say)
}

// An indefinite article before a title and its name names one wished for
// or supposed, no holder; a title in apposition after it still claims.
func TestIndefiniteTitleIsNoClaim(t *testing.T) {
	say := func(m Mention) string { return m.Claim + ";" }
	mentionsSay(t, "de", map[string]string{"Sie äußerte ihren Wunsch nach einer US-Präsidentin Kamala Harris.": "none;"}, say)
	mentionsSay(t, "en", map[string]string{
		"Voters were promised a US President Kamala Harris.":      "none;",
		"An acting president, Choi Sang-mok, led the government.": "current;",
	}, say)
}

// A qualifier after a title's demonym stands between it and the name.
func TestQualifierAfterADemonym(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Claim }
	mentionsSay(t, "fr", map[string]string{"Le Premier ministre néerlandais sortant Mark Rutte a parlé.": "nl-prime-minister current"}, say)
	mentionsSay(t, "es", map[string]string{"El primer ministro neerlandés saliente Mark Rutte habló.": "nl-prime-minister current"}, say)
}

// In German the possessive is a genitive without an apostrophe:
// "Kanadas Trudeau" says what "Canada's Trudeau" says, and the time tells
// namesakes apart as it does in English.
func TestGermanGenitiveBeforeAName(t *testing.T) {
	mentionsOnDates(t, "de", []datedCase{
		{"2023-06-10", "Kanadas Trudeau sagte am Dienstag, die Gespräche würden fortgesetzt.", "justin-trudeau ca-prime-minister current"},
		{"1975-06-10", "Kanadas Trudeau sagte am Dienstag, die Gespräche würden fortgesetzt.", "pierre-trudeau ca-prime-minister current"},
		{"2023-06-10", "Frankreichs Emmanuel Macron sagte am Dienstag, die Gespräche würden fortgesetzt.", "emmanuel-macron fr-president current"},
		{"2022-06-10", "Neuseelands Jacinda Ardern traf am Dienstag die Ministerin.", "jacinda-ardern new-zealand-prime-minister current"},
		{"2023-06-10", "Deutschlands Ursula von der Leyen sagte am Dienstag, die Gespräche würden fortgesetzt.", "ursula-von-der-leyen  none"},
		{"2023-06-10", "Als Trudeau am Dienstag sprach, wurden die Gespräche fortgesetzt.", ""},
		{"2023-06-10", "Kanadas Regierung und Justin Trudeau sprachen am Dienstag.", "justin-trudeau  none"},
	})
}

// A country's possessive before someone who left its office more than a
// year before, or would take it more than a year later, says where they
// come from; a month or so from the term, it still claims the office, and
// an organisation's possessive always does.
func TestPossessiveOfTheLongGone(t *testing.T) {
	for _, c := range []struct{ date, body, want string }{
		{"2024-09-09", "Italy's Mario Draghi presented his report on Monday.", "it-prime-minister none"},
		{"2024-09-09", "Germany's Angela Merkel signed copies of her memoirs.", "de-chancellor none"},
		{"2023-05-01", "Canada's Mark Carney spoke to the bankers on Monday.", "ca-prime-minister none"},
		{"2025-09-01", "Japan's Fumio Kishida spoke to reporters on Monday.", "jp-prime-minister current"},
		{"2026-03-01", "NATO's Jens Stoltenberg spoke to reporters on Monday.", "nato-secretary-general current"},
		{"2016-04-10", "Taiwan's Tsai Ing-wen spoke to reporters on Monday.", "tw-president current"},
	} {
		got := ""
		for _, m := range extractOn(t, c.date, "en", c.body).Mentions {
			if m.Role != "" {
				got += m.Role + " " + m.Claim
			}
		}
		if got != c.want {
			t.Errorf("%s %s: got %q, want %q", c.date, c.body, got, c.want)
		}
	}
}

// An era or a clause of time right after an apposition's title ("X, the
// prime minister during the pandemic,") dates the title: history, not the
// article's time. "under" is an era only before a name.
func TestEraAfterAnAppositionsTitle(t *testing.T) {
	when := func(m Mention) string { return m.Role + " " + m.Time.Basis + ";" }
	mentionsSay(t, "en", map[string]string{
		"Boris Johnson, the prime minister during the pandemic, spoke.":             "uk-prime-minister history;",
		"Antony Blinken, the secretary of state under Joe Biden, spoke.":            "us-secretary-of-state history; history;",
		"Jens Stoltenberg, NATO's secretary-general when Russia invaded, spoke.":    "nato-secretary-general history;",
		"Rishi Sunak, the prime minister under pressure from his party, spoke.":     "uk-prime-minister article;",
		"Rishi Sunak, the prime minister, during a visit to Kyiv, spoke on Monday.": "uk-prime-minister article;",
	}, when)
	mentionsSay(t, "fr", map[string]string{
		"Jean Castex, Premier ministre pendant la pandémie, a parlé.": "fr-prime-minister history;",
	}, when)
	mentionsSay(t, "es", map[string]string{
		"Alberto Fernández, presidente durante la pandemia, habló.": "ar-president history;",
	}, when)
}

// A sentence told in the past without a date of its own, but with a decade
// over before the article ("in the late 1990s"), "once" at a past verb,
// or a length of a year or more ("was chancellor for 16 years"), looks
// back: history, neither the article's time nor an earlier sentence's
// date. A length in the present, a shorter one and "once again" do not.
func TestPastWithoutADate(t *testing.T) {
	when := func(m Mention) string {
		if m.Time.Previous != nil {
			return m.Time.Basis + " previous;"
		}
		return m.Time.Basis + ";"
	}
	mentionsSay(t, "en", map[string]string{
		"Labour won in July 2024. Tony Blair was prime minister in the late 1990s.": "history;",
		"Chancellor Angela Merkel once called him a rival.":                         "history;",
		"Angela Merkel was chancellor for 16 years.":                                "history;",
		"Chancellor Angela Merkel once again called him a rival.":                   "article;",
		"Chancellor Olaf Scholz spoke for 20 minutes.":                              "article;",
		"Chancellor Olaf Scholz said the 2020s would be hard.":                      "article;",
	}, when)
	mentionsSay(t, "de", map[string]string{
		"Kanzler Gerhard Schröder sprach in den 2000er-Jahren oft darüber.": "history;",
	}, when)
	mentionsSay(t, "fr", map[string]string{
		"Jacques Chirac était président dans les années 2000.": "history;",
	}, when)
}

// A word saying that what follows came later ("two years later", "und
// später", "avant d'être revue") widens a date told before it to the time
// of writing, in the sentence or from an earlier one.
func TestLaterWidensAnEarlierDate(t *testing.T) {
	when := func(m Mention) string {
		if p := m.Time.Previous; p != nil {
			return p.Start + ".." + p.End + ";"
		}
		return m.Time.Start + ".." + m.Time.End + ";"
	}
	mentionsSay(t, "en", map[string]string{
		"In 2019 the plan stalled. Two years later, Chancellor Olaf Scholz revived it.":  "2019-01-01..2025-12-10;",
		"In 2019 the plan stalled. Chancellor Olaf Scholz revived it.":                   "2019-01-01..2019-12-31;",
		"The plan stalled in June 2019 and was later revised by Chancellor Olaf Scholz.": "2019-06-01..2025-12-10;",
	}, when)
	mentionsSay(t, "fr", map[string]string{
		"La réforme a été suspendue en juin 2019, avant d'être revue par le Premier ministre Michel Barnier.": "2019-06-01..2025-12-10;",
		"La réforme a été suspendue en juin 2019 avant le sommet avec le Premier ministre Michel Barnier.":    "2019-06-01..2019-06-30;",
	}, when)
}

// "Kurz zuvor", "quelques heures auparavant": earlier the same day, the
// article's time; "zuvor" alone tells of a time before what was told.
func TestEarlierTheSameDay(t *testing.T) {
	when := func(m Mention) string { return m.Time.Basis + ";" }
	mentionsSay(t, "de", map[string]string{
		"Kurz zuvor sagte Kanzler Olaf Scholz, er sei enttäuscht.": "article;",
		"Zuvor sagte Kanzler Olaf Scholz, er sei enttäuscht.":      "history;",
	}, when)
	mentionsSay(t, "fr", map[string]string{
		"Quelques heures auparavant, le Premier ministre François Bayrou avait mis en garde.": "article;",
	}, when)
}

// A title put first as a role ("As president, X signed", "En tant que
// chancelier, X a défendu", "Como presidente, X firmó") tells of what was
// done in the office: history, as is what "As president, X would" do; in
// the present it is as of writing.
func TestATitlePutFirstAsARole(t *testing.T) {
	when := func(m Mention) string { return m.Role + " " + m.Time.Basis + ";" }
	mentionsSay(t, "en", map[string]string{
		"As chancellor, Olaf Scholz signed the law.":       "de-chancellor history;",
		"As chancellor, Olaf Scholz would sign the law.":   "de-chancellor history;",
		"As chancellor, Olaf Scholz signs the law.":        "de-chancellor article;",
		"Chancellor Olaf Scholz would sign the law today.": "de-chancellor article;",
	}, when)
	mentionsSay(t, "fr", map[string]string{
		"En tant que chancelier, Olaf Scholz a défendu la loi.": "de-chancellor history;",
		"Comme chancelier, Olaf Scholz a défendu la loi.":       "de-chancellor history;",
		"En tant que chancelier, Olaf Scholz défend la loi.":    "de-chancellor article;",
	}, when)
	mentionsSay(t, "es", map[string]string{
		"Como canciller, Olaf Scholz firmó la ley.":   "de-chancellor history;",
		"Siendo canciller, Olaf Scholz firmó la ley.": "de-chancellor history;",
		"Como canciller, Olaf Scholz firma la ley.":   "de-chancellor article;",
	}, when)
}

// A plural title over two holders of one office with a single holder
// lists them one after another: history for each. Holders of different
// offices ("Presidents Macron and Biden") are each judged.
func TestPluralTitleOverSuccessiveHolders(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Claim + " " + m.Time.Basis + ";" }
	mentionsSay(t, "fr", map[string]string{
		"Il a travaillé avec les Premiers ministres Élisabeth Borne et Gabriel Attal.": "fr-prime-minister then history;fr-prime-minister then history;",
	}, say)
	mentionsSay(t, "en", map[string]string{
		"He worked with Prime Ministers Boris Johnson and Rishi Sunak.": "uk-prime-minister then history;uk-prime-minister then history;",
		"Presidents Emmanuel Macron and Joe Biden met in Paris.":        "fr-president current article;us-president current article;",
	}, say)
}

// A German quotation opened low and closed with a straight mark („Zögern")
// ends there: what follows is the writer's.
func TestLowQuoteClosedStraight(t *testing.T) {
	got := quoteRanges(`Merz warf der Regierung „Zögern" vor. Außenminister Wadephul sprach.`, nil)
	if len(got) != 1 || got[0][1] > strings.Index(`Merz warf der Regierung „Zögern" vor. Außenminister Wadephul sprach.`, "vor") {
		t.Errorf("quotations %v", got)
	}
	if got := quoteRanges(`Er sagte: „Wir bleiben.“ Dann ging er.`, nil); len(got) != 1 {
		t.Errorf("quotations %v", got)
	}
	if got := quoteRanges("Ein Zitat «", nil); len(got) != 1 {
		t.Errorf("quotations %v", got)
	}
	inner := `„Die sogenannte "Zeitenwende" war richtig, und Kanzler Scholz hat sie ausgerufen“, sagte Merz.`
	if got := quoteRanges(inner, nil); len(got) == 0 || got[len(got)-1][1] < strings.Index(inner, "“") {
		t.Errorf("a quotation inside a quotation ends it: %v", got)
	}
}

// ", who became prime minister in 2014," states the day the term began,
// as the main clause "Modi became prime minister in 2014" does.
func TestBecameInARelativeClause(t *testing.T) {
	say := func(m Mention) string { return fmt.Sprintf("%s %v %s;", m.Role, m.TookOffice, m.Time.Basis) }
	mentionsSay(t, "en", map[string]string{
		"Narendra Modi, who became prime minister in 2014, spoke.": "in-prime-minister true sentence;",
		"Narendra Modi became prime minister in 2014.":             "in-prime-minister true sentence;",
		"Narendra Modi, who is prime minister, spoke in 2014.":     "in-prime-minister false article;",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"François Bayrou, qui est devenu Premier ministre en 2023, a parlé.": "fr-prime-minister true sentence;",
		"François Bayrou, qui est Premier ministre, a parlé.":                "fr-prime-minister false article;",
	}, say)
}

// A speaker named after what was said ("The deal was struck in 2022,
// President X said") speaks at the saying's time, not at the said
// clause's date; a date that frames the sentence ("In 2022, President X
// said …") is the saying's.
func TestSpeakerAfterWhatWasSaid(t *testing.T) {
	when := func(m Mention) string { return m.Time.Basis + " " + m.Time.Text + ";" }
	mentionsSay(t, "en", map[string]string{
		"The deal was struck in 2022, President Joe Biden said on Monday.": "article Monday;",
		"In 2022, President Joe Biden said the deal was fair.":             "sentence 2022;",
	}, when)
}

// A German genitive after a title is the name ending in -s: "Außenministerin
// Baerbocks Reise" names Baerbock with the title; a word that only looks so
// ("Kanzler Hans Müller") stays itself.
func TestGermanGenitiveNameAfterATitle(t *testing.T) {
	say := func(m Mention) string { return m.Person + " " + m.Role + ";" }
	mentionsSay(t, "de", map[string]string{
		"Außenministerin Baerbocks Reise nach China wurde abgesagt.":          "annalena-baerbock de-foreign-minister;",
		"Außenministerin Annalena Baerbocks Reise nach China wurde abgesagt.": "annalena-baerbock de-foreign-minister;",
		"Finanzminister Lindners Haushaltsentwurf liegt auf Eis.":             "christian-lindner de-finance-minister;",
	}, say)
}

// The feminine and the head-of-state forms of titles name the office as
// the masculine and the plain forms do: "la mandataria" as "el
// mandatario", "la cheffe du gouvernement" as "le chef du gouvernement",
// "la jefa de la diplomacia alemana", "US-Staatschef" and "Staatschef".
func TestFeminineAndHeadOfStateTitles(t *testing.T) {
	say := func(m Mention) string { return m.Person + " " + m.Role + " " + m.Claim + ";" }
	mentionsSay(t, "es", map[string]string{
		"La mandataria Dina Boluarte viajó a Lima.":                            "dina-boluarte pe-president current;",
		"La mandataria mexicana, Claudia Sheinbaum, viajó a Lima.":             "claudia-sheinbaum mx-president current;",
		"La jefa de la diplomacia alemana, Annalena Baerbock, viajó a Madrid.": "annalena-baerbock de-foreign-minister current;",
		"El jefe de la diplomacia alemana, Johann Wadephul, viajó a Madrid.":   "johann-wadephul de-foreign-minister current;",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"La cheffe du gouvernement britannique, Liz Truss, a parlé.":  "liz-truss uk-prime-minister current;",
		"La cheffe du gouvernement italien, Giorgia Meloni, a parlé.": "giorgia-meloni it-prime-minister current;",
	}, say)
	mentionsSay(t, "de", map[string]string{
		"US-Staatschef Joe Biden sprach in Berlin.":                   "joe-biden us-president current;",
		"Der brasilianische Staatschef Jair Bolsonaro sprach in Rom.": "jair-bolsonaro br-president current;",
		"Staatschef Gustavo Petro sprach in Bogotá.":                  "gustavo-petro co-president current;",
	}, say)
}

// A head of state or government named by the title and the country's
// adjective, as the president or the prime minister is: "el jefe de
// Estado estadounidense", "la jefa de Estado peruana", "le chef de l'Etat
// brésilien", "le chef du gouvernement allemand"; and in the presidential
// republics of the Americas, the head of the executive ("el jefe del
// Ejecutivo mexicano", "le chef de l'exécutif américain").
func TestHeadOfStateAndGovernmentByNationality(t *testing.T) {
	say := func(m Mention) string { return m.Person + " " + m.Role + " " + m.Claim + ";" }
	mentionsSay(t, "es", map[string]string{
		"El jefe de Estado estadounidense, Joe Biden, viajó a Madrid.":         "joe-biden us-president current;",
		"La jefa de Estado peruana, Dina Boluarte, habló.":                     "dina-boluarte pe-president current;",
		"El jefe del Gobierno austriaco, Karl Nehammer, habló.":                "karl-nehammer at-chancellor current;",
		"La jefa del Ejecutivo mexicano, Claudia Sheinbaum, inauguró la obra.": "claudia-sheinbaum mx-president current;",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Le chef de l'Etat brésilien, Jair Bolsonaro, a parlé.":   "jair-bolsonaro br-president current;",
		"Le chef de l'État mexicain, Claudia Sheinbaum, a parlé.": "claudia-sheinbaum mx-president current;",
		"Le chef du gouvernement allemand, Olaf Scholz, a parlé.": "olaf-scholz de-chancellor current;",
		"Le chef de l'exécutif américain, Joe Biden, a parlé.":    "joe-biden us-president current;",
	}, say)
	mentionsSay(t, "de", map[string]string{
		"Der österreichische Regierungschef Karl Nehammer sprach in Wien.": "karl-nehammer at-chancellor current;",
	}, say)
}

// A qualifier after the title holds before a comma that sets the name
// off and before a nationality adjective; adjectives may stand between
// the article and a title after the name; "abgewählt" claims no time.
func TestQualifiersAndAdjectivesAroundATitle(t *testing.T) {
	say := func(m Mention) string { return m.Person + " " + m.Role + " " + m.Claim }
	mentionsSay(t, "es", map[string]string{
		"El presidente electo, Javier Milei, anunció un ajuste.":       "javier-milei ar-president future",
		"El presidente entrante Javier Milei anunció un ajuste.":       "javier-milei ar-president future",
		"Rishi Sunak, el joven primer ministro británico, habló ayer.": "rishi-sunak uk-prime-minister current",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Le président élu américain Donald Trump a annoncé samedi des droits de douane.": "donald-trump us-president future",
		"Olaf Scholz, le discret chancelier allemand, a appelé dimanche à une trêve.":    "olaf-scholz de-chancellor current",
	}, say)
	mentionsSay(t, "en", map[string]string{
		"The president-elect, Donald Trump, announced tariffs on Saturday.":    "donald-trump us-president future",
		"Fmr. President Joe Biden spoke on Wednesday.":                         "joe-biden us-president former",
		"Rishi Sunak, the man who was prime minister, called for a truce.":     "rishi-sunak  none",
		"Olaf Scholz, the quiet German chancellor, called on Sunday for calm.": "olaf-scholz de-chancellor current",
	}, say)
	mentionsSay(t, "de", map[string]string{
		"Der abgewählte Kanzler Olaf Scholz reiste am Donnerstag nach Brüssel.":                  "olaf-scholz de-chancellor other",
		"Olaf Scholz, der sozialdemokratische Kanzler, rief am Sonntag zu einer Waffenruhe auf.": "olaf-scholz de-chancellor current",
	}, say)
}

// A headline in title case that is no heading: the capitalised words
// around a name of two words or more do not make it part of a longer one, nor does a capital
// letter alone after it; a nationality adjective may be capitalised.
func TestNamesInTitleCase(t *testing.T) {
	say := func(m Mention) string { return m.Person + " " + m.Role + ";" }
	mentionsSay(t, "en", map[string]string{
		"German Chancellor Olaf Scholz Says Europe Must Stay United":               "olaf-scholz de-chancellor;",
		"Prime Minister May Step Down Within Weeks, Aides Say":                     "", // a one-word name may be a common word
		"Officials said Chancellor Scholz Jr. spoke at length on Monday about it.": "",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Le Premier Ministre Britannique Rishi Sunak A Déclaré Que Le Royaume-Uni Soutiendra L'Ukraine": "rishi-sunak uk-prime-minister;",
	}, say)
}

// An era a sentence told in the past opens with, named by its leader,
// is the time of the titles after it: "During the Biden administration,
// Secretary of State X visited …", "Under Sunak, Home Secretary X …".
// In the present it is not.
func TestErasNamedByTheirLeader(t *testing.T) {
	say := func(m Mention) string {
		if m.Title == nil || m.Kind != "person" {
			return ""
		}
		return m.Time.Basis
	}
	mentionsSay(t, "en", map[string]string{
		"During the Biden administration, Secretary of State Antony Blinken visited China twice.": "history",
		"In the Kishida era, Foreign Minister Yoshimasa Hayashi visited Beijing.":                 "history",
		"Under Sunak, Home Secretary Suella Braverman pushed the Rwanda plan.":                    "history",
		"Under Sunak, Home Secretary Suella Braverman is pushing the Rwanda plan.":                "article",
		"Under pressure, Home Secretary Suella Braverman pushed the Rwanda plan.":                 "article",
	}, say)
}

// The day a term began, told with a title: fronted before a comma
// ("Chancelier depuis 2021, Olaf Scholz …"), after "depuis le" or
// "desde el" and a day, and after a Spanish apposition's "desde" alone
// (with "hasta", the term's bounds).
func TestTermStartsWithATitle(t *testing.T) {
	say := func(m Mention) string {
		if m.Since == nil {
			return m.Claim + " -"
		}
		return m.Claim + " since"
	}
	mentionsSay(t, "fr", map[string]string{
		"Chancelier depuis 2021, Olaf Scholz défend son bilan.": "current since",
		"Friedrich Merz est chancelier depuis le 6 mai 2025.":   "current since",
	}, say)
	mentionsSay(t, "en", map[string]string{
		"Prime minister since July 2024, Keir Starmer has struggled in the polls.": "current since",
		"Chancellor since 2021, Olaf Scholz lost the election on February 23.":     "current -",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"Emmanuel Macron, presidente de Francia desde 2017, habló el lunes.":            "current since",
		"Friedrich Merz es canciller desde el 6 de mayo de 2025.":                       "current since",
		"Mariano Rajoy, presidente del Gobierno desde 2011 hasta 2018, habló el lunes.": "then -",
	}, say)
}

// A term's end told with "until" right after the title, or, in German,
// between the copula and the title, is the day it ended.
func TestTermEndsUntil(t *testing.T) {
	say := func(m Mention) string { return m.Claim + " " + m.LeftOffice + ";" }
	mentionsSay(t, "en", map[string]string{
		"Olaf Scholz was chancellor until May 2025.":               "then left;",
		"Olaf Scholz, chancellor until May 2025, spoke on Monday.": "then left;",
		"Olaf Scholz was chancellor in May 2025.":                  "then ;",
	}, say)
	mentionsSay(t, "de", map[string]string{"Olaf Scholz war bis Mai 2025 Kanzler.": "then left;"}, say)
	mentionsSay(t, "es", map[string]string{"Olaf Scholz, canciller hasta mayo de 2025, habló el lunes.": "then left;"}, say)
	mentionsSay(t, "fr", map[string]string{"Olaf Scholz a été chancelier jusqu'en mai 2025.": "then left;"}, say)
}

// An apposition's title with words of its own time after it, and a word
// of now after the aside, is the title of then; without the word of now,
// or with no words after the title, it claims the present.
func TestAsideTitleBeforeNow(t *testing.T) {
	say := func(m Mention) string { return m.Claim }
	mentionsSay(t, "de", map[string]string{
		"Olaf Scholz, Kanzler der Ampel-Koalition, sitzt nun als Abgeordneter im Bundestag.": "then",
		"Olaf Scholz, Kanzler der Ampel-Koalition, reiste am Montag nach Paris.":             "current",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Michel Barnier, Premier ministre renversé par la censure, siège désormais à l'Assemblée.": "then",
	}, say)
	mentionsSay(t, "en", map[string]string{
		"Olaf Scholz, chancellor of Germany, is now in Washington.": "current",
	}, say)
}

// The title of another's time: a successor named by the holder's
// possessive, a boss's possessive in an apposition, the era of a leader's
// government; and the "now" of a quotation is the saying's dated day.
func TestTitlesOfAnotherTime(t *testing.T) {
	claim := func(m Mention) string {
		if m.Title == nil || m.Kind != "person" {
			return ""
		}
		return m.Claim + "/" + m.Time.Basis + ";"
	}
	mentionsSay(t, "en", map[string]string{
		"Prime Minister Shigeru Ishiba's successor, Sanae Takaichi, called a snap election.": "then/article;",
		// Another's successor says nothing of the name before.
		"Chinese Foreign Minister Qin Gang met Blinken's successor on Monday.":                "current/article;",
		"Blinken, Biden's secretary of state, said on Monday that he regretted nothing.":      "then/boss;",
		"Under the Sunak government, Home Secretary Suella Braverman pushed the plan.":        "current/history;",
		`"I spoke to Chancellor Scholz this morning," Trump told reporters on April 3, 2025.`: "current/sentence;",
		`"I spoke to Chancellor Scholz this morning," Trump told reporters on Monday.`:        "current/article;",
	}, claim)
}

// False alarms of the new readings, kept quiet: a government in a German
// relative clause told in the perfect; "que dirige X" of the office X
// holds now; a title that modifies a noun or an expectation before it; a
// date of the clause before "but" when the mention's clause is in the
// present.
func TestNoClaimOfNow(t *testing.T) {
	say := func(m Mention) string {
		if m.Role == "" {
			return ""
		}
		return m.Role + " " + m.Claim + "/" + m.Time.Basis + ";"
	}
	mentionsSay(t, "de", map[string]string{
		"Die Reform, die die Regierung Scholz beschlossen hat, gilt weiter.":                "de-chancellor then/article;",
		"Die Grenzkontrollen hat die Regierung Scholz eingeführt, Merz hat sie verschärft.": "de-chancellor then/article;",
	}, say)
	mentionsSay(t, "fr", map[string]string{
		"Le gouvernement que dirige Recep Tayyip Erdogan réprime l'opposition.": "tr-president current/article;",
	}, say)
	mentionsSay(t, "en", map[string]string{
		"Friedrich Merz, the chancellor candidate, spoke in Berlin.":                    "",
		"Friedrich Merz, the likely chancellor, spoke in Berlin.":                       "de-chancellor future/article;",
		"The law was popular in 2024, but Chancellor Friedrich Merz wants to scrap it.": "de-chancellor current/article;",
		"The law passed in 2024, but Chancellor Olaf Scholz vetoed it.":                 "de-chancellor current/sentence;",
	}, say)
	if ds := findDurations("Three hundred and sixty-five days after the invasion"); len(ds) != 0 {
		t.Errorf("a figure in words of hundreds is not read in part: %+v", ds)
	}
}

// Quotation marks of each house style: »…« and ‚…‘ in German, single
// curly or straight marks in British English; an apostrophe is none.
func TestQuotationMarksOfEachStyle(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"de", "»Kanzler Scholz hat das Land gespalten«, sagte Söder."},
		{"de", "‚Kanzler Scholz hat das Land gespalten‘, sagte Söder."},
		{"en", "'Prime Minister Sunak promised us a hospital,' said Tom Hill."},
		{"en", "‘Prime Minister Sunak promised us a hospital,’ said Tom Hill."},
		{"en", "He said: 'I have briefed Prime Minister Sunak.'"},
	} {
		f := extractOn(t, "2025-09-05", c.lang, c.body)
		if len(f.Mentions) == 0 || !f.Mentions[0].Quoted {
			t.Errorf("%s: not quoted: %+v", c.body, f.Mentions)
		}
	}
	for _, body := range []string{
		"Prime Minister Sunak's plan, which critics called 'reckless', failed on Tuesday.",
		"The students' union met Prime Minister Sunak's adviser on Tuesday.",
	} {
		f := extractOn(t, "2025-09-05", "en", body)
		if len(f.Mentions) == 0 || f.Mentions[0].Quoted {
			t.Errorf("%s: quoted: %+v", body, f.Mentions)
		}
	}
}

// A short name that stands for the person makes the office's forms too,
// in English; a spelling of the surname does not.
func TestFormNames(t *testing.T) {
	for _, c := range []struct {
		p    kb.Person
		want string
	}{
		{kb.Person{Name: "Joko Widodo", Surname: "Widodo", Aliases: []string{"Widodo", "Jokowi"}}, "Jokowi"},
		{kb.Person{Name: "Andrés Manuel López Obrador", Surname: "López Obrador", Aliases: []string{"Andres Manuel Lopez Obrador", "Lopez Obrador"}, Nicknames: []string{"AMLO"}}, "AMLO"},
		{kb.Person{Name: "Volodymyr Zelensky", Surname: "Zelensky", Aliases: []string{"Zelenskyy", "Volodymyr Zelenskyy"}}, ""},
	} {
		if got := strings.Join(formNames(&c.p), "|"); got != c.want {
			t.Errorf("%s: got %q, want %q", c.p.Name, got, c.want)
		}
	}
	mentionsSay(t, "en", map[string]string{"The Jokowi administration approved the plan.": "id-president;"}, func(m Mention) string { return m.Role + ";" })
}
