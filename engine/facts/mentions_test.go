package facts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/lexicon/lexicontest"
)

// mentionsOf extracts the mentions of an article dated 2025-05-01 and
// renders each as "text|person|role|claim|qualifier", plus the time basis
// when withTime is set.
func mentionsOf(t *testing.T, body string, withTime bool) []string {
	t.Helper()
	f := extractWith(t, "a.md", "---\ndate: 2025-05-01\n---\n"+body+"\n", Options{})
	var out []string
	for _, m := range f.Mentions {
		q := ""
		if m.Qualifier != nil {
			q = m.Qualifier.Text
		}
		s := fmt.Sprintf("%s|%s|%s|%s|%s", m.Text, m.Person, m.Role, m.Claim, q)
		if withTime {
			s += fmt.Sprintf("|%s %s..%s %q", m.Time.Basis, m.Time.Start, m.Time.End, m.Time.Text)
		}
		out = append(out, s)
	}
	return out
}

func check(t *testing.T, body string, withTime bool, want ...string) {
	t.Helper()
	got := mentionsOf(t, body, withTime)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s\n got:\n  %s\nwant:\n  %s", body, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestTitleAfterDash(t *testing.T) {
	check(t, "Rishi Sunak – the prime minister – spoke, and Joe Biden - the president - answered.", false,
		"Rishi Sunak – the prime minister|rishi-sunak|uk-prime-minister|current|",
		"Joe Biden - the president|joe-biden|us-president|current|")
	// A hyphen without spaces joins words; it opens no apposition.
	check(t, "Rishi Sunak-the prime minister spoke.", false, "Rishi Sunak|rishi-sunak||none|")
}

func TestTitleBeforeName(t *testing.T) {
	check(t, "NATO Secretary-General Jens Stoltenberg spoke, and U.S. President Donald J. Trump answered.", false,
		"NATO Secretary-General Jens Stoltenberg|jens-stoltenberg|nato-secretary-general|current|",
		"U.S. President Donald J. Trump|donald-trump|us-president|current|")
	// A short title names the office the person held.
	check(t, "Prime Minister Rutte and Prime Minister Starmer met Chancellor Scholz.", false,
		"Prime Minister Rutte|mark-rutte|dutch-prime-minister|current|",
		"Prime Minister Starmer|keir-starmer|uk-prime-minister|current|",
		"Chancellor Scholz|olaf-scholz|german-chancellor|current|")
	// A title the person never held names no office.
	check(t, "Chancellor Stoltenberg spoke.", false, "Chancellor Stoltenberg|jens-stoltenberg||current|")
	// An honorific between title and name goes with the name.
	check(t, "Chancellor Dr. Olaf Scholz met Prime Minister Mr Starmer.", false,
		"Chancellor Dr. Olaf Scholz|olaf-scholz|german-chancellor|current|",
		"Prime Minister Mr Starmer|keir-starmer|uk-prime-minister|current|")
	// A middle initial, with or without its full stop, is skipped.
	check(t, "Vice President Kamala D. Harris met President Barack H Obama.", false,
		"Vice President Kamala D. Harris|kamala-harris|us-vice-president|current|",
		"President Barack H Obama|barack-obama|us-president|current|")
	// Two initials, or a lower-case letter, are not a middle initial: only
	// the alias is found.
	check(t, "Kamala D. E. Harris spoke. Kamala d Harris spoke.", false,
		"Harris|kamala-harris||none|", "Harris|kamala-harris||none|")
}

// An abbreviation's full stop ends a title before the comma or the name,
// and ends no sentence.
func TestTitleEndingInAnAbbreviation(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "The president of the U.S., Joe Biden, spoke on Monday.", "president of the U.S., Joe Biden"},
		{"es", "El presidente de EE.UU., Joe Biden, habló el lunes.", "presidente de EE.UU., Joe Biden"},
		{"es", "El presidente de EE. UU. Joe Biden habló el lunes.", "presidente de EE. UU. Joe Biden"},
	} {
		f := extractOn(t, "2025-06-10", c.lang, c.body)
		if len(f.Sentences) != 1 {
			t.Errorf("%s: %d sentences", c.body, len(f.Sentences))
		}
		if len(f.Mentions) != 1 || f.Mentions[0].Role != "us-president" || f.Mentions[0].Text != c.want {
			t.Errorf("%s: %+v", c.body, f.Mentions)
		}
	}
}

func TestQualifiers(t *testing.T) {
	check(t, "Ex-President Donald Trump spoke. Then-President Obama listened. President-elect Trump smiled.", false,
		"Ex-President Donald Trump|donald-trump|us-president|former|Ex-",
		"Then-President Obama|barack-obama|us-president|then|Then-",
		"President-elect Trump|donald-trump|us-president|future|-elect")
	check(t, "The former NATO chief Jens Stoltenberg and the outgoing Chancellor Olaf Scholz met Britain's former Prime Minister Boris Johnson.", false,
		"former NATO chief Jens Stoltenberg|jens-stoltenberg|nato-secretary-general|former|former",
		"outgoing Chancellor Olaf Scholz|olaf-scholz|german-chancellor|current|outgoing",
		"former Prime Minister Boris Johnson|boris-johnson|uk-prime-minister|former|former")
	check(t, "She met the then NATO chief Stoltenberg and the acting President Kamala Harris.", false,
		"then NATO chief Stoltenberg|jens-stoltenberg|nato-secretary-general|then|then",
		"acting President Kamala Harris|kamala-harris||current|acting")
}

func TestTitleAfterName(t *testing.T) {
	check(t, "Stoltenberg, NATO's secretary general, said so.", false,
		"Stoltenberg, NATO's secretary general|jens-stoltenberg|nato-secretary-general|current|")
	check(t, "Mark Rutte, the Secretary-General of NATO, said so.", false,
		"Mark Rutte, the Secretary-General of NATO|mark-rutte|nato-secretary-general|current|")
	check(t, "Olaf Scholz, who was chancellor until May, said so. Friedrich Merz, now chancellor, agreed.", false,
		"Olaf Scholz, who was chancellor|olaf-scholz|german-chancellor|then|was",
		"Friedrich Merz, now chancellor|friedrich-merz|german-chancellor|current|now")
	check(t, "Mark Rutte, a former Dutch Prime Minister, spoke.", false,
		"Mark Rutte, a former Dutch Prime Minister|mark-rutte|dutch-prime-minister|former|former")
	// "the country's": the office the person held.
	check(t, "Olaf Scholz, the country's chancellor, spoke. Mark Rutte, the nation's former prime minister, agreed.", false,
		"Olaf Scholz, the country's chancellor|olaf-scholz|german-chancellor|current|",
		"Mark Rutte, the nation's former prime minister|mark-rutte|dutch-prime-minister|former|former")
	// A qualifier after the title in the apposition: "-elect" joined by a
	// hyphen, or a French or Spanish one standing after it.
	check(t, "Donald Trump, the US president-elect, said so. Donald Trump, presidente electo de Estados Unidos, lo dijo.", false,
		"Donald Trump, the US president-elect|donald-trump|us-president|future|-elect",
		"Donald Trump, presidente electo|donald-trump|us-president|future|electo")
	// A party in brackets between the name and the apposition.
	check(t, "Olaf Scholz (SPD), the chancellor, and Mark Rutte (VVD), NATO's secretary general, met Joe Biden (D-Del.), the president.", false,
		"Olaf Scholz (SPD), the chancellor|olaf-scholz|german-chancellor|current|",
		"Mark Rutte (VVD), NATO's secretary general|mark-rutte|nato-secretary-general|current|",
		"Joe Biden (D-Del.), the president|joe-biden|us-president|current|")
	// A bracket that is not a party's, or a list of names, is no apposition.
	check(t, "Olaf Scholz (who spoke first at the meeting), the chancellor, agreed. Olaf Scholz (SPD), Mark Rutte (VVD), and others.", false,
		"Olaf Scholz|olaf-scholz||none|", "Olaf Scholz|olaf-scholz||none|", "Mark Rutte|mark-rutte||none|")
	// The title belongs to the next name.
	check(t, "They met Rutte, Prime Minister Keir Starmer and others.", false,
		"Rutte|mark-rutte||none|",
		"Prime Minister Keir Starmer|keir-starmer|uk-prime-minister|current|")
}

func TestNamesThatBelongToSomeoneElse(t *testing.T) {
	// Donald Trump Jr. is himself, not Donald Trump.
	check(t, "Hunter Biden and Donald Trump Jr. spoke. When Biden took office, Mr Trump objected.", false,
		"Donald Trump Jr|donald-trump-jr||none|",
		"Biden|joe-biden||none|",
		"Trump|donald-trump||none|")
}

func TestAmbiguousAliases(t *testing.T) {
	// Alone, "Johnson" could be either.
	check(t, "Johnson said no.", false)
	check(t, "Speaker Johnson said no. Later Johnson said yes.", false,
		"Speaker Johnson|mike-johnson|us-house-speaker|current|",
		"Johnson|mike-johnson||none|")
	check(t, "Boris Johnson resigned. Johnson said little.", false,
		"Boris Johnson|boris-johnson||none|",
		"Johnson|boris-johnson||none|")
	// A month is not Theresa May.
	check(t, "Theresa May spoke in May 2019. May said more in May.", false,
		"Theresa May|theresa-may||none|",
		"May|theresa-may||none|")
	// A surname alone counts after a full mention.
	check(t, "Scholz spoke.", false, "Scholz|olaf-scholz||none|")
}

func TestPossessive(t *testing.T) {
	f := extractWith(t, "a.md", "Stoltenberg’s successor took over.\n", Options{})
	if len(f.Mentions) != 1 || !f.Mentions[0].Possessive || f.Mentions[0].Name.Text != "Stoltenberg" {
		t.Errorf("%+v", f.Mentions)
	}
}

func TestAdjectival(t *testing.T) {
	check(t, "The push reflects a growing sense within the Biden administration. Biden's administration disagreed.", false,
		"Biden administration|joe-biden|us-president|current|",
		"Biden's administration|joe-biden|us-president|current|")
	// A thing it made may outlast an administration; its people speak for it.
	check(t, "The Trump administration's tariffs remain. The Biden administration's officials said so. The Biden administration said so.", false,
		"Trump administration|donald-trump|us-president|then|",
		"Biden administration|joe-biden|us-president|current|",
		"Biden administration|joe-biden|us-president|current|")
	check(t, "The first Trump administration and a former Biden administration official differ from the Scholz government.", false,
		"first Trump administration|donald-trump|us-president|then|first",
		"former Biden administration|joe-biden|us-president|former|former",
		"Scholz government|olaf-scholz|german-chancellor|current|")
	// The possessive's "s" is not part of the title.
	f := extractWith(t, "a.md", "Biden's administration disagreed, and Biden’s White House said so.\n", Options{})
	for _, m := range f.Mentions {
		if m.Title == nil || m.Title.Text != "administration" && m.Title.Text != "White House" {
			t.Errorf("title of %q: %+v", m.Text, m.Title)
		}
	}
	if len(f.Mentions) != 2 {
		t.Errorf("want two mentions: %+v", f.Mentions)
	}
	// "-led" before a form: the title is the form.
	check(t, "The Sunak-led government cut taxes, and the Biden-led administration agreed.", false,
		"Sunak-led government|rishi-sunak|uk-prime-minister|current|",
		"Biden-led administration|joe-biden|us-president|current|")
	// "under" and the surname or the full name after the form.
	check(t, "The White House under Joe Biden disagreed, and the government under Sunak agreed.", false,
		"White House under Joe Biden|joe-biden|us-president|current|",
		"government under Sunak|rishi-sunak|uk-prime-minister|current|")
	check(t, "The government led by Rishi Sunak and the administration headed by Joe Biden disagreed.", false,
		"government led by Rishi Sunak|rishi-sunak|uk-prime-minister|current|",
		"administration headed by Joe Biden|joe-biden|us-president|current|")
	// A party's name between the name and the noun.
	check(t, "Rishi Sunak's Conservative government cut taxes, and the Sunak Tory government agreed.", false,
		"Rishi Sunak's Conservative government|rishi-sunak|uk-prime-minister|current|",
		"Sunak Tory government|rishi-sunak|uk-prime-minister|current|")
	check(t, "Rishi Sunak's Conservatives disagreed.", false, "Rishi Sunak|rishi-sunak||none|")
	for lang, body := range map[string]string{
		"fr": "La coalition d'Olaf Scholz peine à s'entendre sur le budget.",
		"es": "La coalición de Olaf Scholz negocia el presupuesto.",
		"de": "Die Koalition unter Olaf Scholz streitet über den Haushalt.",
	} {
		if ms := extractOn(t, "2025-07-01", lang, body).Mentions; len(ms) != 1 || ms[0].Kind != "adjectival" || ms[0].Role != "de-chancellor" {
			t.Errorf("%s: %+v", body, ms)
		}
	}
	check(t, "Olaf Scholz's traffic-light coalition collapsed.", false,
		"Olaf Scholz's traffic-light coalition|olaf-scholz|german-chancellor|current|")
	// A noun that is no form of the office's: the name alone.
	check(t, "The party led by Rishi Sunak disagreed.", false, "Rishi Sunak|rishi-sunak||none|")
	// "{surname}'s cabinet" is also "the Kishida cabinet".
	if ms := extractBuiltin(t, "The Kishida cabinet resigned.\n").Mentions; len(ms) != 1 || ms[0].Kind != "adjectival" || ms[0].Role != "jp-prime-minister" || ms[0].Text != "Kishida cabinet" {
		t.Errorf("Kishida cabinet: %+v", ms)
	}
	// A running mate's name joined to the holder's.
	check(t, "The Biden-Harris administration disagreed.", false,
		"Biden-Harris administration|joe-biden|us-president|current|")
	f = extractWith(t, "a.md", "The Scholz-led government fell.\n", Options{})
	if len(f.Mentions) != 1 || f.Mentions[0].Title == nil || f.Mentions[0].Title.Text != "government" || f.Mentions[0].Name.Text != "Scholz" {
		t.Errorf("%+v", f.Mentions)
	}
	// What a government makes, or talks about making, is a thing of its
	// time: "the Merz coalition agreement", "the Merz coalition talks".
	check(t, "The Merz coalition talks began this week.", false, "Merz coalition|friedrich-merz|german-chancellor|then|")
	// The coalition a head of government leads is the government.
	for _, body := range []string{"The Scholz-led coalition fell.\n", "The Scholz coalition fell.\n", "Scholz's coalition fell.\n"} {
		f = extractWith(t, "a.md", body, Options{})
		if len(f.Mentions) != 1 || f.Mentions[0].Title == nil || f.Mentions[0].Title.Text != "coalition" || f.Mentions[0].Kind != "adjectival" {
			t.Errorf("%s: %+v", body, f.Mentions)
		}
	}
}

func TestAdjectivalInOtherLanguages(t *testing.T) {
	// Each language's own forms, in its word order, in its blocks only.
	check(t, "L'administration Biden impose actuellement des droits de douane sur les importations de la région.", true,
		`administration Biden|joe-biden|us-president|current||article 2025-05-01..2025-05-01 "actuellement"`)
	check(t, "Bajo la administración Biden, los aranceles se mantuvieron altos para las importaciones de la región.", true,
		`administración Biden|joe-biden|us-president|current||history .. "Bajo"`)
	check(t, "Die Regierung Scholz und die Scholz-Regierung sind dieselbe, sagte der Sprecher in der Hauptstadt.", false,
		"Regierung Scholz|olaf-scholz|german-chancellor|current|",
		"Scholz-Regierung|olaf-scholz|german-chancellor|current|")
	check(t, "The administration Biden inherited was in disarray.", false)
	// The German genitive before the noun.
	check(t, "Scholz' Regierung und Merz’ Regierung sind nicht dieselbe, sagte der Sprecher in der Hauptstadt.", false,
		"Scholz' Regierung|olaf-scholz|german-chancellor|current|",
		"Merz’ Regierung|friedrich-merz|german-chancellor|current|")
	// A relative clause of leading after the noun.
	check(t, "La administración que dirige Joe Biden impone aranceles a las importaciones de la región.", false,
		"administración que dirige Joe Biden|joe-biden|us-president|current|")
	// The form's noun, a joining word of the language and the name; or,
	// outside English, the full name right after the noun.
	check(t, "Die Regierung unter Olaf Scholz und die Regierung von Scholz sind dieselbe, sagte der Sprecher in der Hauptstadt.", false,
		"Regierung unter Olaf Scholz|olaf-scholz|german-chancellor|current|",
		"Regierung von Scholz|olaf-scholz|german-chancellor|current|")
	check(t, "L'administration de Joe Biden impose actuellement des droits de douane, et l'administration Joe Biden le confirme.", false,
		"administration de Joe Biden|joe-biden|us-president|current|",
		"administration Joe Biden|joe-biden|us-president|current|")
	check(t, "La administración de Joe Biden impone aranceles a las importaciones de la región, según el Gobierno.", false,
		"administración de Joe Biden|joe-biden|us-president|current|")
	// Joined by a participle and its agent: before the name in French
	// and Spanish, between the name and the noun in German.
	check(t, "L'administration dirigée par Joe Biden impose des droits de douane, selon le gouvernement de la région.", false,
		"administration dirigée par Joe Biden|joe-biden|us-president|current|")
	check(t, "La administración encabezada por Joe Biden impone aranceles a las importaciones de la región.", false,
		"administración encabezada por Joe Biden|joe-biden|us-president|current|")
	check(t, "Die von Olaf Scholz geführte Regierung und die von Scholz angeführten Regierungen prüfen das, sagte der Sprecher.", false,
		"Scholz|olaf-scholz||none|",
		"Olaf Scholz geführte Regierung|olaf-scholz|german-chancellor|current|")
	check(t, "Die von Olaf Scholz geführte Partei prüft das, sagte der Sprecher in der Hauptstadt.", false,
		"Olaf Scholz|olaf-scholz||none|")
	// The built-in base's German chancellors head a "Bundesregierung".
	f := extractBuiltin(t, "---\nlang: de\n---\n\nDie Bundesregierung unter Olaf Scholz plant neue Ausgaben für Schulen und Brücken.\n")
	if ms := f.Mentions; len(ms) != 1 || ms[0].Kind != "adjectival" || ms[0].Role != "de-chancellor" || ms[0].Text != "Bundesregierung unter Olaf Scholz" {
		t.Errorf("Bundesregierung unter Olaf Scholz: %+v", ms)
	}
	// English needs its joining word: "the administration Joe Biden
	// inherited" names no administration.
	check(t, "The administration Joe Biden inherited was in disarray.", false, "Joe Biden|joe-biden||none|")
}

func TestTimeOfTheSentence(t *testing.T) {
	check(t, "In 2022, President Biden said aid would flow.", true,
		`President Biden|joe-biden|us-president|current||sentence 2022-01-01..2022-12-31 "2022"`)
	// The nearest time expression wins: "on Tuesday" over "in 2022".
	check(t, "Prime Minister Rishi Sunak said on Tuesday that emissions fell in 2022.", true,
		`Prime Minister Rishi Sunak|rishi-sunak|uk-prime-minister|current||article 2025-05-01..2025-05-01 "Tuesday"`)
	check(t, "NATO chief Jens Stoltenberg recently said so.", true,
		`NATO chief Jens Stoltenberg|jens-stoltenberg|nato-secretary-general|current||article 2025-05-01..2025-05-01 "recently"`)
	check(t, "Last year, Chancellor Olaf Scholz said so. Two years ago, President Biden agreed.", true,
		`Chancellor Olaf Scholz|olaf-scholz|german-chancellor|current||relative 2024-01-01..2024-12-31 "Last year"`,
		`President Biden|joe-biden|us-president|current||relative 2022-05-01..2023-05-02 "Two years ago"`)
	check(t, "At the time, President Obama hesitated. Under President Obama, America changed.", true,
		`President Obama|barack-obama|us-president|current||history .. "At the time"`,
		`President Obama|barack-obama|us-president|current||history .. "Under"`)
	// A date after the article's is a plan: the title is as of writing.
	check(t, "Chancellor Olaf Scholz will visit Paris in June.", true,
		`Chancellor Olaf Scholz|olaf-scholz|german-chancellor|current||article 2025-05-01..2025-05-01 ""`)
}

func TestNameInsideAnEvent(t *testing.T) {
	check(t, "Speaker Mike Johnson recalled McCarthy's ouster as Speaker in May.", true,
		`Speaker Mike Johnson|mike-johnson|us-house-speaker|current||sentence 2025-05-01..2025-05-31 "May"`,
		`McCarthy|kevin-mccarthy||none||event 2023-10-03..2023-10-03 "McCarthy's ouster"`)
}

func TestPreviousDateInTheBlock(t *testing.T) {
	f := extractWith(t, "a.md", "---\ndate: 2025-05-01\n---\nIn 2019, leaders met in France. Chancellor Olaf Scholz spoke. Chancellor Olaf Scholz says more.\n", Options{})
	if len(f.Mentions) != 2 {
		t.Fatalf("%+v", f.Mentions)
	}
	p := f.Mentions[0].Time.Previous
	if p == nil || p.Distance != 1 || p.Start != "2019-01-01" || p.Text != "2019" {
		t.Errorf("past tense: previous date %+v", p)
	}
	if f.Mentions[1].Time.Previous != nil {
		t.Errorf("present tense speaks of now: %+v", f.Mentions[1].Time.Previous)
	}
}

// A date in a relative clause is the clause's: the next sentence does not
// go on in it.
func TestPreviousDateNotFromARelativeClause(t *testing.T) {
	f := extractWith(t, "a.md", "---\ndate: 2025-05-01\n---\nThe mayor, who served from 2017 to 2019, died on Monday. Chancellor Olaf Scholz paid tribute.\n", Options{})
	if len(f.Mentions) != 1 {
		t.Fatalf("%+v", f.Mentions)
	}
	if p := f.Mentions[0].Time.Previous; p != nil {
		t.Errorf("a relative clause's date carried on: %+v", p)
	}
	// Nor does it date a clause of "after": that came before it.
	f = extractWith(t, "a.md", "---\ndate: 2025-05-01\n---\nIn 2019, the party met in Bonn. It chose a leader after Chancellor Olaf Scholz spoke.\n", Options{})
	if len(f.Mentions) != 1 || f.Mentions[0].Time.Previous != nil {
		t.Errorf("an earlier date carried into a clause of after: %+v", f.Mentions)
	}
}

func TestEventsAndDurations(t *testing.T) {
	f := extractWith(t, "a.md", "---\ndate: 2024-06-10\n---\nThe three-year war began with Russia's full-scale invasion. It is nearly three years since Russia invaded Ukraine.\n", Options{})
	if len(f.Events) != 2 || f.Events[0].Event != "russia-full-scale-invasion" || f.Events[1].Text != "invaded Ukraine" {
		t.Errorf("events: %+v", f.Events)
	}
	if len(f.Durations) != 2 {
		t.Fatalf("durations: %+v", f.Durations)
	}
	for _, d := range f.Durations {
		if d.Event != "russia-full-scale-invasion" {
			t.Errorf("duration %q not linked: %+v", d.Text, d)
		}
	}
	// Without a named event, a noun links to nothing.
	f = extractWith(t, "b.md", "The three-year war goes on.\n", Options{})
	if len(f.Durations) != 1 || f.Durations[0].Event != "" {
		t.Errorf("%+v", f.Durations)
	}
}

// tenses is the tenses of each sentence of text: "past | present+future".
func tenses(t *testing.T, text string) string {
	t.Helper()
	var got []string
	for _, s := range extractWith(t, "a.md", text, Options{}).Sentences {
		got = append(got, strings.Join(s.Tense, "+"))
	}
	return strings.Join(got, " | ")
}

func TestSentenceTense(t *testing.T) {
	for text, want := range map[string]string{
		"The talks ended on Friday. The minister says talks will resume. Officials are hopeful.\n": "past | present+future | present",
		// "next" before an office's title names its next holder;
		// elsewhere it looks ahead.
		"Voters went to the polls to elect their next president. The board said its next meeting is in May.\n": "past | present+past+future",
		// A verb of the present after a determiner or a preposition is
		// a noun: "promises of stability", "the plans".
		"The campaign was built around promises of stability. The plans were dropped. She promises more.\n": "past | past | present",
		// An obligation looks ahead.
		"The election has to be held by November. It must be called soon.\n": "present+past+future | past+future",
		// A plural subject's verb is the present; after "to" or a modal
		// the same word is the infinitive.
		"Officials say the talks stalled. They refused to say more. Aides would not say why.\n": "present+past | past | future",
		// An irregular past joined by a hyphen makes an adjective, as
		// a regular one does: "the Hamas-led attack", "US-backed".
		"Families wait after the Hamas-led attack. The state-run paper says so. The US-backed forces advance.\n": " | present | ",
	} {
		if got := tenses(t, text); got != want {
			t.Errorf("%s: tenses %q, want %q", text, got, want)
		}
	}
}

func TestMentionSpansAreExact(t *testing.T) {
	src := "---\ndate: 2025-05-01\n---\nOn Tuesday, **NATO Secretary-General** Jens\nStoltenberg spoke.\n"
	f := extractWith(t, "a.md", src, Options{})
	if len(f.Mentions) != 1 {
		t.Fatalf("%+v", f.Mentions)
	}
	m := f.Mentions[0]
	if got := src[m.Span.Offset:m.Span.EndOffset]; got != "NATO Secretary-General** Jens\nStoltenberg" {
		t.Errorf("span covers %q", got)
	}
	if got := src[m.Name.Span.Offset:m.Name.Span.EndOffset]; got != "Jens\nStoltenberg" {
		t.Errorf("name span covers %q", got)
	}
	html := "<html><body><p>Ex-President Donald&nbsp;Trump and Chancellor Olaf Scholz met.</p></body></html>"
	f = extractWith(t, "a.html", html, Options{})
	if len(f.Mentions) != 2 {
		t.Fatalf("%+v", f.Mentions)
	}
	if got := html[f.Mentions[0].Span.Offset:f.Mentions[0].Span.EndOffset]; got != "Ex-President Donald&nbsp;Trump" {
		t.Errorf("html span covers %q", got)
	}
	if q := f.Mentions[0].Qualifier; q == nil || html[q.Span.Offset:q.Span.EndOffset] != "Ex-" {
		t.Errorf("qualifier %+v", q)
	}
}

func TestNoGazetteerNoMentions(t *testing.T) {
	doc, err := document.Read("a.txt", []byte("President Biden spoke in 2022.\n"), document.Plain)
	if err != nil {
		t.Fatal(err)
	}
	f := Extract(doc, Options{})
	if len(f.Mentions) != 0 || len(f.Dates) != 1 || f.Sentences[0].Tense != nil {
		t.Errorf("%+v %+v", f.Mentions, f.Sentences)
	}
}

func TestNameAsTheSubjectOfAVerb(t *testing.T) {
	for body, want := range map[string]bool{
		"Chancellor Olaf Scholz said on Monday that talks would go on.":   true,
		"Chancellor Olaf Scholz warns of higher prices.":                  true,
		"Chancellor Olaf Scholz was buried on Saturday.":                  false,
		"Chancellor Olaf Scholz died on Monday.":                          false,
		"Mourners remembered Chancellor Olaf Scholz.":                     false,
		"Chancellor Olaf Scholz's plan failed.":                           false,
		"Olaf Scholz, the German Chancellor, said on Monday it was over.": true,
		"Olaf Scholz, the German Chancellor, was buried on Monday.":       false,
		"Chancellor Olaf Scholz will visit Warsaw next week.":             true,
		"Chancellor Olaf Scholz is set to open the fair.":                 true,
		"Chancellor Olaf Scholz will be buried on Saturday.":              false,
		"Chancellor Olaf Scholz will always be remembered.":               false,
		"Chancellor Olaf Scholz will be the guest of honour.":             false,
		"The legacy of Chancellor Olaf Scholz will live on.":              false,
	} {
		f := extractWith(t, "a.md", "---\ndate: 2025-05-01\n---\n"+body+"\n", Options{})
		if len(f.Mentions) != 1 || f.Mentions[0].Acts != want {
			t.Errorf("%s: acts should be %v: %+v", body, want, f.Mentions)
		}
	}
}

// A name that does something: English past tenses and verbs of saying in
// any language, French passé composé and Spanish preterite.
func TestActsInOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		acts       bool
	}{
		{"fr", "Le pape François a salué les pèlerins.", true},
		{"fr", "Le pape François a déclaré que la paix était possible.", true},
		{"fr", "Le pape François a toujours défendu les migrants.", false},
		{"de", "Papst Franziskus sagte am Sonntag, die Kirche helfe.", true},
		{"es", "El papa Francisco recibió a los obispos.", true},
		{"es", "El papa Francisco y los obispos rezaron.", false},
		{"fr", "Le pape François va se rendre à Lisbonne.", true},
		{"fr", "Le pape François va être inhumé samedi.", false},
		{"es", "El papa Francisco va a visitar Lisboa.", true},
		{"es", "La visita del papa Francisco va a durar dos días.", false},
		{"de", "Papst Franziskus wird am Samstag beigesetzt.", false},
		// A reflexive pronoun opens a verb.
		{"es", "El papa Francisco se dirigió a los peregrinos.", true},
		{"fr", "Le pape François s'est adressé aux fidèles.", true},
	} {
		f := extractOn(t, "2025-06-10", c.lang, c.body)
		if len(f.Mentions) != 1 || f.Mentions[0].Acts != c.acts {
			t.Errorf("%s: want acts %v: %+v", c.body, c.acts, f.Mentions)
		}
	}
}

// A title that opens a ship's name names no one.
func TestShipNames(t *testing.T) {
	f := extractBuiltin(t, "---\ndate: 2025-06-10\n---\nHMS Queen Elizabeth left port, and the liner Queen Mary followed. Queen Elizabeth was not aboard.\n")
	if len(f.Mentions) != 1 || f.Mentions[0].Person != "elizabeth-ii" || f.Mentions[0].Role != "uk-monarch" || f.Mentions[0].Sentence != 1 {
		t.Errorf("want only the queen of the last sentence: %+v", f.Mentions)
	}
}

// A French or Spanish nationality adjective may stand between a title and
// its holder; another lower-case word may not.
func TestDemonymAfterTitle(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		role       string
	}{
		{"es", "El ministro de Defensa ruso, Andréi Belousov, habló.", "ru-defence-minister"},
		{"fr", "Le ministre de la Défense russe Andreï Belooussov a parlé.", "ru-defence-minister"},
		{"es", "El ministro ruso de Defensa, Andréi Belousov, habló.", "ru-defence-minister"},
		{"fr", "Le ministre russe de la Défense, Andreï Belooussov, a parlé.", "ru-defence-minister"},
		{"es", "El ministro de Defensa dijo, Andréi Belousov, que sí.", ""},
	} {
		f := extractOn(t, "2025-06-10", c.lang, c.body)
		if len(f.Mentions) != 1 || f.Mentions[0].Role != c.role {
			t.Errorf("%s: want role %q: %+v", c.body, c.role, f.Mentions)
		}
	}
}

// Time in office in a relative clause after a titled name, in four
// languages, is tied to the mention.
func TestTimeInOfficeInARelativeClause(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Prime Minister Keir Starmer, who has been in office for three years, spoke."},
		{"fr", "Le président Emmanuel Macron, qui est au pouvoir depuis dix ans, a parlé."},
		{"de", "Bundeskanzler Friedrich Merz, der seit drei Jahren im Amt ist, sprach."},
		{"es", "El presidente del Gobierno, Pedro Sánchez, que lleva dos años en el cargo, habló."},
	} {
		f := extractOn(t, "2025-06-10", c.lang, c.body)
		if len(f.Durations) != 1 || f.Durations[0].Mention == nil {
			t.Errorf("%s: the duration is not tied to the mention: %+v", c.body, f.Durations)
		}
	}
}

// The past in French, German and Spanish: passé composé and pluperfect,
// common Präteritum forms, preterites; "a lieu" is a present.
func TestSentenceTenseInOtherLanguages(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"fr", "Le conseil a voté le budget. La réunion a lieu lundi.", "past | "},
		{"de", "Der Rat stimmte dem Haushalt zu.", "past"},
		{"es", "El consejo votó el presupuesto. El alcalde dijo que sí.", "past | past"},
		// Futures built with "go", and the German future.
		{"es", "El alcalde dijo que va a abrir el puerto.", "past+future"},
		{"fr", "Le maire va présenter le budget.", "future"},
		{"de", "Der Rat wird dem Haushalt zustimmen.", "future"},
		// The simple futures; a noun that ends like one is none.
		{"es", "El club publicó el calendario de los partidos que se jugarán en julio.", "past+future"},
		{"fr", "Le conseil décidera du budget en mars.", "future"},
		{"fr", "Le front syndical reste uni.", "present"},
		// Verbs of news copy in the present.
		{"es", "La administración revisa los aranceles.", "present"},
		{"fr", "Le gouvernement étudie une hausse des taxes.", "present"},
		{"de", "Die Regierung verschiebt die Reform.", "present"},
		// A state told with the copula: the copula alone is no present
		// (nor a pluperfect, whose auxiliary is no present either).
		{"fr", "Le gouvernement avait fait face à une motion de censure.", "past"},
		{"fr", "Le gouvernement est menacé de censure.", "present"},
		{"de", "Die Koalition ist zerstritten.", "present"},
		{"fr", "Le maire est arrivé lundi.", ""},
		// A forecast looks ahead, in a past participle too.
		{"en", "The council was dissolved, with elections anticipated in May.", "past+future"},
		{"fr", "Le conseil a été dissous et des élections sont prévues en mai.", "past+future"},
		{"es", "El consejo fue disuelto, con elecciones previstas para mayo.", "past+future"},
		// Futures of "-dre" verbs, and the conditional: the future seen
		// from the past. A noun in "-trait" is none.
		{"fr", "Il prendra la tête du conseil en octobre.", "future"},
		{"fr", "Le général a affirmé que la cathédrale rouvrirait en avril.", "past+future"},
		{"fr", "Le portrait du maire a été dévoilé.", "past"},
		{"fr", "Le gouvernement a annoncé que le sommet aurait lieu en juin.", "past+future"},
		{"fr", "Le texte devait être voté en juin.", "future"},
		{"es", "El Gobierno anunció que la cumbre se celebraría en junio.", "past+future"},
		{"es", "La mayoría votó en junio y el alcalde quería más.", "past"},
		{"de", "Die Regierung kündigte an, der Gipfel werde im Juni stattfinden.", "past+future"},
		{"de", "Am Montag verlor der Kandidat die Wahl.", "past"},
		// A past that bears on now: "ha anunciado", "vient d'annoncer".
		{"es", "El consejo ha anunciado nuevos impuestos.", "present"},
		{"fr", "Le conseil vient d'annoncer de nouvelles taxes.", "present"},
		// Reflexive verbs and "avoir eu" in the passé composé, German
		// strong pasts.
		{"fr", "Le sommet s'est tenu en juin et la fête a eu lieu en juillet.", "past"},
		{"fr", "Les ministres se sont réunis en juin.", "past"},
		{"fr", "Le sommet se tient en juin.", ""},
		{"de", "Das Gesetz trat im Juli in Kraft.", "past"},
		// "Next" and wanting look ahead in the other languages too.
		{"fr", "Le maire a réitéré vouloir briguer un mandat lors des prochaines élections, à l'automne.", "past+future"},
		{"de", "Der Rat stimmte zu, die nächste Wahl im Herbst abzuhalten.", "past+future"},
		{"es", "El alcalde anunció su candidatura para las próximas elecciones.", "past+future"},
	} {
		f := extractWith(t, "a.md", "---\nlang: "+c.lang+"\n---\n"+c.body+"\n", Options{})
		var got []string
		for _, s := range f.Sentences {
			got = append(got, strings.Join(s.Tense, "+"))
		}
		if strings.Join(got, " | ") != c.want {
			t.Errorf("%s: tenses %q, want %q", c.body, got, c.want)
		}
	}
}

// A name's particle may be written in either case: "Jean-Yves le Drian"
// is "Jean-Yves Le Drian".
func TestNameParticleInEitherCase(t *testing.T) {
	for _, body := range []string{
		"Jean-Yves le Drian, ministre des Affaires étrangères, a parlé.",
		"Jean-Yves Le Drian, ministre des Affaires étrangères, a parlé.",
	} {
		f := extractOn(t, "2025-06-01", "fr", body)
		if len(f.Mentions) != 1 || f.Mentions[0].Person != "jean-yves-le-drian" {
			t.Errorf("%s: %+v", body, f.Mentions)
		}
	}
}

// A verb of leading claims the office whose owner it leads; what is led
// must be what the office is named after, and end its clause.
func TestLeadsClaims(t *testing.T) {
	claims := func(text string) []string {
		var out []string
		for _, m := range extractBuiltin(t, text+"\n").Mentions {
			if m.Claim != "none" {
				out = append(out, fmt.Sprintf("%s|%s|%s|%s", m.Text, m.Person, m.Role, m.ClaimForm))
			}
		}
		return out
	}
	wantEach(t, claims, map[string]string{
		"Jens Stoltenberg, who leads NATO, spoke to reporters in Brussels.":                                 "Jens Stoltenberg, who leads NATO|jens-stoltenberg|nato-secretary-general|relative",
		"Rishi Sunak heads the British government, aides said on Monday.":                                   "Rishi Sunak heads the British government|rishi-sunak|uk-prime-minister|copula",
		"Justin Trudeau runs Canada, his office said on Monday.":                                            "Justin Trudeau runs Canada|justin-trudeau|ca-prime-minister|copula",
		"Jens Stoltenberg dirige l'OTAN depuis 2014, a rappelé le journal dans son édition.":                "Jens Stoltenberg dirige l'OTAN|jens-stoltenberg|nato-secretary-general|copula",
		"Olaf Scholz führt die Bundesregierung, sagte der Sprecher am Montag in der Hauptstadt.":            "Olaf Scholz führt die Bundesregierung|olaf-scholz|de-chancellor|copula",
		"Pedro Sánchez encabeza el Gobierno español y dijo el lunes que los impuestos bajarían.":            "Pedro Sánchez encabeza el Gobierno español|pedro-sanchez|es-prime-minister|copula",
		"Emmanuel Macron, qui dirige le pays, a déclaré lundi que les impôts baisseraient.":                 "Emmanuel Macron, qui dirige le pays|emmanuel-macron|fr-president|relative",
		"Jens Stoltenberg, at the helm of NATO, spoke to reporters in Brussels.":                            "Jens Stoltenberg, at the helm of NATO|jens-stoltenberg|nato-secretary-general|apposition",
		"Jens Stoltenberg, al frente de la OTAN, dijo el lunes que la alianza se reuniría pronto.":          "Jens Stoltenberg, al frente de la OTAN|jens-stoltenberg|nato-secretary-general|apposition",
		"Jens Stoltenberg, who leads NATO since 2014, spoke to reporters in Brussels.":                      "Jens Stoltenberg, who leads NATO|jens-stoltenberg|nato-secretary-general|relative",
		"Jens Stoltenberg, who has led NATO since 2014, spoke to reporters in Brussels.":                    "Jens Stoltenberg, who has led NATO|jens-stoltenberg|nato-secretary-general|relative",
		"Fumio Kishida, who currently leads the Japanese government, said on Monday that prices must fall.": "Fumio Kishida, who currently leads the Japanese government|fumio-kishida|jp-prime-minister|relative",
		"Fumio Kishida, who leads Japan's government, said on Monday that prices must fall.":                "Fumio Kishida, who leads Japan's government|fumio-kishida|jp-prime-minister|relative",
		// A governing office heads its country by any of its names, and a
		// word of "now" may stand before the verb.
		"Olaf Scholz, qui dirige l'Allemagne, a déclaré lundi que les impôts baisseraient.":       "Olaf Scholz, qui dirige l'Allemagne|olaf-scholz|de-chancellor|relative",
		"Olaf Scholz, que actualmente dirige Alemania, dijo el lunes que los impuestos bajarían.": "Olaf Scholz, que actualmente dirige Alemania|olaf-scholz|de-chancellor|relative",
		// Of several offices held then that the words name, the one that
		// governs (not the party leader's).
		"---\ndate: 2025-09-15\n---\nKeir Starmer, who leads Britain, met Macron on Monday.": "Keir Starmer, who leads Britain|keir-starmer|uk-prime-minister|relative",
		// German puts the verb last in a relative clause.
		"Jens Stoltenberg, der die Nato führt, sagte am Montag, das Bündnis werde sich wieder treffen.": "Jens Stoltenberg, der die Nato führt|jens-stoltenberg|nato-secretary-general|relative",
		"Olaf Scholz, der derzeit die Regierung leitet, sagte am Montag, die Steuern würden sinken.":    "Olaf Scholz, der derzeit die Regierung leitet|olaf-scholz|de-chancellor|relative",
		// French and Spanish relative copulas, without an article.
		"Joe Biden, qui est président des États-Unis, a annoncé lundi de nouveaux tarifs douaniers.": "Joe Biden, qui est président des États-Unis|joe-biden|us-president|relative",
		"Joe Biden, quien es presidente de Estados Unidos, anunció el lunes nuevos aranceles.":       "Joe Biden, quien es presidente de Estados Unidos|joe-biden|us-president|relative",
		// A caretaker's word between title and name pins the claim to now.
		"Le Premier ministre démissionnaire Rishi Sunak a déclaré lundi que les impôts baisseraient.": "Premier ministre démissionnaire Rishi Sunak|rishi-sunak|uk-prime-minister|title",
		// The owner in the possessive before the name: the office it
		// heads; of several, the one held at the article's date, else the
		// one with a government.
		"---\ndate: 2025-06-02\n---\nNATO's Stoltenberg said the alliance would meet again.":     "NATO's Stoltenberg|jens-stoltenberg|nato-secretary-general|owner",
		"---\ndate: 2025-06-02\n---\nJapan's Fumio Kishida said taxes would fall next year.":     "Japan's Fumio Kishida|fumio-kishida|jp-prime-minister|owner",
		"---\ndate: 2025-06-02\n---\nNorway's Jens Stoltenberg said taxes would fall next year.": "Norway's Jens Stoltenberg|jens-stoltenberg|no-finance-minister|owner",
		// Holding office, no office named: one held at the article's date,
		// else the governing one that ended last.
		"---\ndate: 2025-06-02\n---\nRishi Sunak remains in power, aides said.":       "Rishi Sunak remains in power|rishi-sunak|uk-prime-minister|copula",
		"---\ndate: 2025-06-02\n---\nJoe Biden is still in office and said so.":       "Joe Biden is still in office|joe-biden|us-president|copula",
		"---\ndate: 2025-06-02\n---\nJens Stoltenberg remains in office, aides said.": "Jens Stoltenberg remains in office|jens-stoltenberg|no-finance-minister|copula",
		// Taking an office with no office named: the person's whose term
		// began nearest the date right after.
		"Donald Trump was inaugurated on January 20, 2024, for his second term.": "Donald Trump was inaugurated|donald-trump|us-president|copula",
		"Joe Biden, who took office on January 20, 2021, left for Delaware.":     "Joe Biden, who took office|joe-biden|us-president|relative",
		// An adverb may stand before the verb.
		"Donald Trump formally took office on January 20, 2024.":           "Donald Trump formally took office|donald-trump|us-president|copula",
		"Joe Biden, who officially took office on January 20, 2021, left.": "Joe Biden, who officially took office|joe-biden|us-president|relative",
	}, []string{
		// Not what an office of theirs heads, not the end of the object,
		// or not in the present: no claim.
		"Joe Biden heads to Europe next week for talks with allies.",
		"Rishi Sunak leads the Conservative campaign in his constituency.",
		"Boris Johnson runs the country's largest charity for veterans.",
		"Donald Trump runs the country like a business, critics said.",
		"Jens Stoltenberg leads Norway's finance ministry, officials said.",
		"Joe Biden, who led the country until January, said he would write a book.",
		"Olaf Scholz leads the SPD list in Hamburg, the party said.",
		"Christian Lindner, qui dirige l'Allemagne, a parlé lundi.", // a finance minister governs no country
		"Olaf Scholz, que actualmente dirige Alemania Oriental en el juego, habló.",
		"Brussels's Jens Stoltenberg was not there, and Harvard's Joe Biden neither.",
		"Jens Stoltenberg, at the helm of NATO from 2014 to 2024, spoke to reporters.",
		"Joe Biden was in office when the bill passed.",
		"Jens Stoltenberg, who has led NATO and Norway's government, spoke to reporters.",
		"Joe Biden is in office until January, aides said.",
		"Joe Biden leads the nation in fundraising, the report said.",
		"Keir Starmer took office on 9 May 2015 at the town hall.",
		"Donald Trump was inaugurated in a grand ceremony.",
		"Joe Biden remains in power in the Democratic Party, his allies say.",
		"Olaf Scholz, der die SPD-Liste in Hamburg führt, sagte am Montag etwas über die Wahl.",
	})
}

// wantEach checks that read gives exactly the one line want holds for
// each text, and nothing for each of silent.
func wantEach(t *testing.T, read func(string) []string, want map[string]string, silent []string) {
	t.Helper()
	for text, w := range want {
		if got := read(text); len(got) != 1 || got[0] != w {
			t.Errorf("%s\n got %q\nwant %q", text, got, w)
		}
	}
	for _, text := range silent {
		if got := read(text); len(got) != 0 {
			t.Errorf("%s: want nothing, got %q", text, got)
		}
	}
}

// A death told right after a name is an event of that person, when the
// base knows the day; the base's own event of it is found as that.
func TestDeathsTold(t *testing.T) {
	deaths := func(text string) []string {
		var out []string
		for _, e := range extractBuiltin(t, text+"\n").Events {
			out = append(out, e.Event+"|"+e.Person+"|"+e.Text)
		}
		return out
	}
	wantEach(t, deaths, map[string]string{
		"Le pape François est mort le 21 avril 2025, a rappelé le journal dans son édition.": "|francis|François est mort",
		"Benedict XVI, who died on 31 December 2022, was buried in Rome.":                    "|benedict-xvi|Benedict XVI, who died",
		"Pope Francis died on 21 April 2025 in Rome.":                                        "death-of-pope-francis||Pope Francis died",
		// A death named before the name, or by its possessive.
		"The death of John Paul II on 2 April 2005 shook the city.":                  "|john-paul-ii|The death of John Paul II",
		"John Paul II's death on 2 April 2005 shook the city.":                       "|john-paul-ii|John Paul II's death",
		"La mort de Jean-Paul II le 2 avril 2005 a ému la ville et toute la région.": "|john-paul-ii|La mort de Jean-Paul II",
	}, []string{
		// Someone alive, someone else's death, no death.
		"Joe Biden died in a film about the war, critics joked.",
		"Donald Trump's brother died in 1981.",
		"Benedict XVI wrote three encyclicals.",
	})
}

// checkMentions checks that each text, dated date, has one mention of
// kind, of which get reads the value want holds for the text.
func checkMentions(t *testing.T, date, kind string, get func(Mention) string, want map[string]string) {
	t.Helper()
	for text, w := range want {
		var got []string
		for _, m := range extractWith(t, "a.md", "---\ndate: "+date+"\n---\n"+text+"\n", Options{}).Mentions {
			if m.Kind == kind {
				got = append(got, get(m))
			}
		}
		if len(got) != 1 || got[0] != w {
			t.Errorf("%s: want %s, got %v", text, w, got)
		}
	}
}

// checkBases checks the time basis of each text's one mention of kind.
func checkBases(t *testing.T, date, kind string, want map[string]string) {
	t.Helper()
	checkMentions(t, date, kind, func(m Mention) string { return m.Time.Basis }, want)
}

// checkClaimOf checks the claim of each text's one person.
func checkClaimOf(t *testing.T, date string, want map[string]string) {
	t.Helper()
	checkMentions(t, date, "person", func(m Mention) string { return m.Claim }, want)
}

// "As prime minister, X oversaw …" speaks of the time in office; in the
// present, or without the "as", the title is as of writing.
func TestInTheRoleOfTheTitle(t *testing.T) {
	checkBases(t, "2025-11-04", "person", map[string]string{
		"As prime minister, Boris Johnson oversaw the vaccine rollout.": "history",
		"As Chancellor, Olaf Scholz led a coalition of three parties.":  "history",
		"He retired, and as chancellor Olaf Scholz was soon forgotten.": "article",
		"As chancellor, Olaf Scholz wants more spending.":               "article",
		"Prime Minister Boris Johnson oversaw the vaccine rollout.":     "article",
		"In his later years, President Joe Biden built houses.":         "history",
	})
}

// What an administration did in the past, or a past passive it is the
// agent of, is history, whatever else its sentence says of now.
func TestAdministrationActsInThePast(t *testing.T) {
	checkBases(t, "2025-09-01", "adjectival", map[string]string{
		"The Biden administration mostly sat on the rates for years, officials say.": "history",
		"The tariffs that were imposed by the Biden administration remain in force.": "history",
		"The Biden administration is reviewing the rates, officials say.":            "article",
		"The rates are set by the Biden administration.":                             "article",
		"The White House is rolling back rules adopted by the Biden administration.": "history",
		"Tariffs imposed by the Biden administration are still in place.":            "history",
		"Rules adopted by the Biden administration remain in force for now.":         "history",
		"The Biden administration is still weighing the tariffs.":                    "article",
		"The Biden administration announced on Tuesday that it will act.":            "article",
	})
	// French and Spanish: a participle and its agent before the name.
	checkFirstMention(t, "2025-09-01", map[string]string{
		"Los aranceles impuestos por la administración Biden siguen vigentes.":        "es",
		"Les droits de douane imposés par l'administration Biden restent en vigueur.": "fr",
	}, "a thing it made", func(m Mention) bool { return m.Kind == "adjectival" && m.Time.Basis == "history" })
}

// The end of a term told from after it, and an event's year after
// "before" or "after", give the time of the title.
func TestEndOfTermAndEventFrames(t *testing.T) {
	checkBases(t, "2026-03-01", "person", map[string]string{
		"Before leaving office, President Joe Biden pardoned his son.":         "history",
		"In his final weeks in office, President Joe Biden pardoned his son.":  "history",
		"Before the 2024 election, President Joe Biden said taxes would fall.": "sentence",
		"President Joe Biden pardoned his son.":                                "article",
	})
}

// A titled name doing something in the present, with no date, acts at
// the time of writing; a copula, a passive or lying in state does not.
func TestActsNow(t *testing.T) {
	checkMentions(t, "2025-09-01", "person", func(m Mention) string { return m.Time.Reason }, map[string]string{
		"President Joe Biden urges calm.":                "acts",
		"President Joe Biden says the war must end.":     "acts",
		"President Joe Biden lies in state.":             "",
		"President Joe Biden is remembered as a bridge.": "",
		"President Joe Biden urged calm.":                "",
		"President Joe Biden will urge calm.":            "ahead",
	})
	mentionsSay(t, "es", map[string]string{"El presidente Joe Biden dice que la guerra debe terminar.": "acts"}, func(m Mention) string { return m.Time.Reason })
}

// The title of someone named to another office, after the verb of naming
// (or, in German, before it at the clause's end), is the one held when
// named; met, the title is as of writing.
func TestTitleOfTheOneNamed(t *testing.T) {
	for lang, cases := range map[string]map[string]string{
		"en": {
			"Macron named his defence minister Sébastien Lecornu as prime minister.": "history",
			"Macron met Armed Forces Minister Sébastien Lecornu.":                    "article",
		},
		"de": {
			"Als Macron seinen treuen Verteidigungsminister Sébastien Lecornu zum Premier ernannte, war alles anders.": "history",
			"Macron ernannte seinen Verteidigungsminister Sébastien Lecornu zum Premierminister.":                      "history",
		},
		"fr": {"Emmanuel Macron a nommé son ministre des Armées Sébastien Lecornu à Matignon.": "history"},
		"es": {"Cuando Macron nombró a su fiel ministro de Defensa Sébastien Lecornu, todo cambió.": "history"},
	} {
		mentionsSay(t, lang, cases, func(m Mention) string {
			if m.Person != "sebastien-lecornu" {
				return ""
			}
			return m.Time.Basis
		})
	}
}

// A participle aside after a name ("Emmanuel Macron, elected in 2017,"),
// like a relative clause, dates that name only; "seit 2017" at the end
// of a longer phrase ("ist seit 2017") is no date the next sentence goes
// on in.
func TestDatesOfAnotherNamesAside(t *testing.T) {
	merz := func(m Mention) string {
		if m.Person != "friedrich-merz" {
			return ""
		}
		return m.Time.Basis
	}
	mentionsSay(t, "en", map[string]string{"Emmanuel Macron, elected in 2017, hosted Chancellor Friedrich Merz.": "article"}, merz)
	mentionsSay(t, "fr", map[string]string{"Emmanuel Macron, élu en 2017, a reçu le chancelier Friedrich Merz.": "article"}, merz)
	mentionsSay(t, "es", map[string]string{"Emmanuel Macron, elegido en 2017, recibió al canciller Friedrich Merz.": "article"}, merz)
	mentionsSay(t, "de", map[string]string{"Emmanuel Macron ist seit 2017 im Amt. Er empfing Bundeskanzler Friedrich Merz.": "article"}, func(m Mention) string {
		if m.Person != "friedrich-merz" || m.Time.Previous != nil {
			return "" // no earlier date to go on in
		}
		return m.Time.Basis
	})
}

// A day written without its year, told in the past, that the year
// nearest the article's date puts after it, is the year before's for the
// title's time; told of the future, it is a plan and sets no time.
func TestPastDayWithoutItsYear(t *testing.T) {
	when := func(m Mention) string { return m.Time.Basis + " " + m.Time.Start }
	checkMentions(t, "2024-12-30", "person", when, map[string]string{
		"On 21 February, President Joe Biden met the King.":       "sentence 2024-02-21",
		"On 21 February, President Joe Biden will meet the King.": "article 2024-12-30",
		"On 21 December, President Joe Biden met the King.":       "sentence 2024-12-21",
	})
}

// The title of a holder who did something once in office, told as the
// agent of its participle ("appointed by", "signée par"), as a patron
// ("an appointee of"), or who left it ("X's resignation"), is the one
// held then; a stance that may last ("backed by") and the present
// passive are as of writing.
func TestTitleOfWhatWasDoneInOffice(t *testing.T) {
	checkBases(t, "2025-06-07", "person", map[string]string{
		"The judge was appointed by President Barack Obama.":              "history",
		"She is an appointee of President Barack Obama.":                  "history",
		"The law, signed by President Barack Obama, covers every school.": "history",
		"President Barack Obama's departure surprised nobody.":            "history",
		"The plan, backed by President Barack Obama, is popular.":         "article",
		"The judge is appointed by President Barack Obama.":               "article",
		"President Barack Obama's speech surprised nobody.":               "article",
	})
	mentionsSay(t, "fr", map[string]string{"La loi, signée par le président Joe Biden, entre en vigueur.": "history"}, func(m Mention) string { return m.Time.Basis })
}

// An administration's name that modifies a thing it made ("a Biden
// administration rule", "the Biden administration's approach") speaks of
// its time in office, not of it acting now; its officials still act.
func TestAdministrationModifiesAThing(t *testing.T) {
	checkMentions(t, "2025-09-01", "adjectival", func(m Mention) string { return m.Claim }, map[string]string{
		"The court on Tuesday struck down a Biden administration rule.":                 "then",
		"The order undoes the Biden administration's \"whole-of-government\" approach.": "then",
		"Biden administration officials said on Tuesday that talks continue.":           "current",
		"The Biden administration plans to act on Tuesday.":                             "current",
	})
}

// A year or month that holds the article's date, in a sentence in the
// present, speaks of the time of writing; told in the past, it is a span.
func TestAYearThatHoldsTheTimeOfWriting(t *testing.T) {
	checkBases(t, "2025-11-01", "person", map[string]string{
		"Chancellor Olaf Scholz is a central figure on the world stage in 2025.": "article",
		"In March 2025, Chancellor Olaf Scholz met the press.":                   "sentence",
		"In 2025, Chancellor Olaf Scholz spoke often of Europe.":                 "sentence",
	})
}

// "A year ago" and "last year" in French, German and Spanish date the
// sentence; "einstige" and a German adjective before the title keep the
// qualifier's claim.
func TestForeignRelativeTimesAndQualifiers(t *testing.T) {
	checkBases(t, "2025-11-06", "person", map[string]string{
		"Vor einem Jahr entließ Bundeskanzler Olaf Scholz seinen Minister.": "relative",
		"Il y a un an, le chancelier Olaf Scholz limogeait son ministre.":   "relative",
		"L'an dernier, le chancelier Olaf Scholz a limogé son ministre.":    "relative",
		"El año pasado, el canciller Olaf Scholz destituyó a su ministro.":  "relative",
	})
	checkClaimOf(t, "2025-11-06", map[string]string{
		"Der einstige Bundeskanzler Olaf Scholz sprach am Montag in Potsdam über die SPD.":           "former",
		"Der ehemalige deutsche Bundeskanzler Olaf Scholz sprach am Montag in Potsdam über die SPD.": "former",
	})
}

// A titled name in the possessive before a relative says who the relative
// is, as of writing; before anything else it keeps the sentence's time.
func TestKinshipNamesAsOfWriting(t *testing.T) {
	checkBases(t, "2025-02-28", "person", map[string]string{
		"In 2019, he met Chancellor Olaf Scholz's wife at the palace.": "article",
		"In 2019, Chancellor Olaf Scholz's speech opened the session.": "sentence",
	})
}

// "Outgoing" in a past copula holds the office then, not now.
func TestOutgoingInThePast(t *testing.T) {
	checkClaimOf(t, "2025-06-01", map[string]string{
		"Olaf Scholz, who was the outgoing chancellor, attended the summit.": "then",
		"Olaf Scholz, who is the outgoing chancellor, attends the summit.":   "current",
	})
}

// A German weak past right after a name is a verb the name is the
// subject of ("Kanzler Olaf Scholz eröffnete"); an ordinal or adjective
// that ends alike is not.
func TestGermanWeakPastActs(t *testing.T) {
	acts := func(m Mention) string { return fmt.Sprint(m.Acts) }
	checkMentions(t, "2025-06-12\nlang: de", "person", acts, map[string]string{
		"Kanzler Olaf Scholz eröffnete am Sonntag die Messe in Hannover.": "true",
		"Kanzler Olaf Scholz feierte mit den Gästen.":                     "true",
		"Kanzler Olaf Scholz zweite Amtszeit begann nie.":                 "false",
		"Kanzler Olaf Scholz letzten Endes verzichtete auf die Rede.":     "false",
	})
}

// A preposition after a claimed title ends the title's phrase: "remains
// prime minister despite the scandal" claims the office.
func TestTitleEndsBeforeAPreposition(t *testing.T) {
	checkClaimOf(t, "2025-06-12", map[string]string{
		"Rishi Sunak remains prime minister despite the scandal.":    "current",
		"Rishi Sunak remains prime minister amid the scandal.":       "current",
		"Rishi Sunak remains prime minister candidate of his party.": "none",
	})
}

// onCase is an article of one language, dated 2025-06-12, and what a
// test reads from its facts.
type onCase struct{ lang, body, want string }

// checkOn extracts each case with the built-in base and compares what get
// reads from its facts.
func checkOn(t *testing.T, cases []onCase, get func(*Facts) string) {
	t.Helper()
	for _, c := range cases {
		if got := get(extractOn(t, "2025-06-12", c.lang, c.body)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.body, got, c.want)
		}
	}
}

// firstMention reads a value of the first mention, "" without one.
func firstMention(get func(Mention) string) func(*Facts) string {
	return func(f *Facts) string {
		if len(f.Mentions) == 0 {
			return ""
		}
		return get(f.Mentions[0])
	}
}

// eachMention joins what fn says of each mention, for checkOn.
func eachMention(fn func(Mention) string) func(*Facts) string {
	return func(f *Facts) string {
		var got []string
		for _, m := range f.Mentions {
			got = append(got, fn(m))
		}
		return strings.Join(got, ", ")
	}
}

// The one someone succeeded is named with the title held then, in every
// language: not a second claim to the office now. A verb followed by its
// subject (German and Spanish inversion) names no predecessor.
func TestSuccessionNamesThePredecessor(t *testing.T) {
	all := eachMention(func(m Mention) string { return m.Person + " " + m.Claim })
	checkOn(t, []onCase{
		{"en", "He replaced Prime Minister Rishi Sunak after the vote.", "rishi-sunak then"},
		{"en", "His predecessor, Chancellor Olaf Scholz, lost the vote.", "olaf-scholz then"},
		{"en", "Prime Minister Rishi Sunak replaced the boiler.", "rishi-sunak current"},
		{"fr", "Il a succédé au Premier ministre Rishi Sunak.", "rishi-sunak then"},
		{"fr", "Il remplace le chancelier Olaf Scholz.", "olaf-scholz then"},
		{"de", "Er ist der Nachfolger von Bundeskanzler Olaf Scholz.", "olaf-scholz then"},
		{"de", "Am Montag ersetzte Kanzler Olaf Scholz den Minister.", "olaf-scholz current"},
		{"es", "Él reemplaza al primer ministro Rishi Sunak.", "rishi-sunak then"},
		{"es", "Le sucede en el cargo el primer ministro Rishi Sunak.", "rishi-sunak current"},
	}, all)
}

// A successor named later in the sentence says the titled one has been
// succeeded since: the title is the one held then, in every language.
func TestOwnSuccessorLaterInTheSentence(t *testing.T) {
	all := eachMention(func(m Mention) string { return m.Person + " " + m.Claim })
	checkOn(t, []onCase{
		{"en", "Prime Minister Rishi Sunak's housing plan was dropped by his successor.", "rishi-sunak then"},
		{"en", "Chancellor Olaf Scholz promised the reform, and her successor delivered it.", "olaf-scholz then"},
		{"en", "Prime Minister Rishi Sunak said the plan would work.", "rishi-sunak current"},
		{"fr", "Le plan du Premier ministre Rishi Sunak a été abandonné par son successeur.", "rishi-sunak then"},
		{"de", "Das Gesetz von Bundeskanzler Olaf Scholz hat sein Nachfolger gekippt.", "olaf-scholz then"},
		{"es", "El plan del primer ministro Rishi Sunak fue abandonado por su sucesor.", "rishi-sunak then"},
	}, all)
}

// A titled name's possessive that owns a work outliving the office (a
// law, a plan) names the title of the work's time; an act or event it
// owns does not.
func TestPossessiveWorkNamesTheTitleThen(t *testing.T) {
	checkOn(t, []onCase{
		{"en", "President Barack Obama's health law survived another challenge.", "barack-obama then"},
		{"en", "Prime Minister Rishi Sunak's Rwanda deportation plan was scrapped.", "rishi-sunak then"},
		{"en", "President Joe Biden's visit to Kyiv surprised allies.", "joe-biden current"},
		{"en", "President Joe Biden's trade policy faced sharp criticism this week.", "joe-biden current"},
	}, eachMention(func(m Mention) string { return m.Person + " " + m.Claim }))
}

// A clause of time has its own time: a date after it in the sentence is
// the main clause's; one before it is the one the clause tells of.
func TestTimeClauseKeepsItsOwnTime(t *testing.T) {
	basis := eachMention(func(m Mention) string { return m.Person + " " + m.Time.Basis + " " + m.Time.Text })
	checkOn(t, []onCase{
		{"en", "The report, written while Biden was president, was published in March.", "joe-biden article "},
		{"en", "In 2019, when Trump was president, the talks collapsed.", "donald-trump sentence 2019"},
		{"en", "The report was published in March 2023 while Biden was president.", "joe-biden sentence March 2023"},
		{"fr", "Le rapport, rédigé lorsque Biden était président, a été publié en mars.", "joe-biden article "},
		{"de", "Der Bericht, verfasst als Bundeskanzler Olaf Scholz noch regierte, erschien im März.", "olaf-scholz article "},
		{"es", "El informe, escrito cuando Biden era presidente, se publicó en marzo.", "joe-biden article "},
	}, basis)
}

// A titled name right after the words for a death speaks of the day of
// that death, in every language.
func TestDeathNamedBeforeATitle(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"fr", "Après la mort du pape François, les cardinaux se sont réunis."},
		{"es", "Tras la muerte del papa Francisco, los cardenales se reunieron."},
		{"de", "Nach dem Tod von Papst Franziskus kamen die Kardinäle zusammen."},
	} {
		f := extractOn(t, "2025-06-12", c.lang, c.body)
		if len(f.Mentions) != 1 || f.Mentions[0].Time.Basis != "event" || f.Mentions[0].Time.Start != "2025-04-21" {
			t.Errorf("%s: want one mention dated by the death on 2025-04-21, got %+v", c.body, f.Mentions)
		}
		if len(f.Events) != 1 || f.Events[0].Person != "francis" {
			t.Errorf("%s: want the death as an event, got %+v", c.body, f.Events)
		}
	}
}

// A title and a surname that two holders of the office share name the
// one the sentence's time points to.
func TestTitledSurnameSharedByTwoHolders(t *testing.T) {
	checkOn(t, []onCase{
		{"en", "Prime Minister Trudeau welcomed the deal on Tuesday.", "justin-trudeau"},
		{"en", "In 1982, Prime Minister Trudeau patriated the Constitution.", "pierre-trudeau"},
		{"en", "In 2018, Prime Minister Trudeau hosted the summit in Charlevoix.", "justin-trudeau"},
		{"en", "At the time, Prime Minister Trudeau faced a divided country.", ""},
	}, firstMention(func(m Mention) string { return m.Person }))
}

// German writes nouns with a capital: after an inverted verb, a titled
// full name is followed by the object ("kündigte Bundeskanzler Olaf Scholz
// Neuwahlen an"); an untitled name before a capital word may be part of a
// longer one.
func TestGermanInversionAfterATitledName(t *testing.T) {
	checkOn(t, []onCase{
		{"de", "Am Dienstag kündigte Bundeskanzler Olaf Scholz Neuwahlen an.", "olaf-scholz de-chancellor"},
		{"de", "Gestern traf US-Präsident Joe Biden Emmanuel Macron in Paris.", "joe-biden us-president"},
		{"de", "Die Olaf Scholz Schule öffnet im Herbst.", ""},
	}, firstMention(func(m Mention) string { return m.Person + " " + m.Role }))
}

// Acting and then-qualifiers of French, German and Spanish keep the
// title's link to its holder.
func TestForeignActingQualifiers(t *testing.T) {
	checkOn(t, []onCase{
		{"fr", "Le chancelier par intérim Olaf Scholz a rencontré Emmanuel Macron.", "de-chancellor current"},
		{"es", "El canciller en funciones Olaf Scholz viajó a París.", "de-chancellor current"},
		{"de", "Der seinerzeitige Kanzler Olaf Scholz hatte Reformen versprochen.", "de-chancellor then"},
		{"de", "Olaf Scholz, geschäftsführender Bundeskanzler, reiste nach Paris.", "de-chancellor current"},
		// In the role, not a copula's subject: "Als … wird Scholz".
		{"de", "Als geschäftsführender Bundeskanzler wird Olaf Scholz weiter an Terminen teilnehmen.", " none"},
	}, firstMention(func(m Mention) string { return m.Role + " " + m.Claim }))
}

// Spanish says "que es" as well as "quien es"; a "que" whose subject
// follows ("que le chancelier a reçu") claims nothing for the name.
func TestSpanishRelativeCopula(t *testing.T) {
	checkOn(t, []onCase{
		{"es", "Justin Trudeau, que es primer ministro de Canadá, celebró el acuerdo.", "ca-prime-minister current"},
		{"es", "Olaf Scholz es todavía canciller de Alemania.", "de-chancellor current"},
		{"es", "Jens Stoltenberg continúa como secretario general de la OTAN.", "nato-secretary-general current"},
		{"fr", "Emmanuel Macron, que le chancelier a reçu mardi, a plaidé pour la défense.", " none"},
	}, firstMention(func(m Mention) string { return m.Role + " " + m.Claim }))
}

// A French or Spanish simple future after a name says what it will do:
// the sentence looks ahead.
func TestFrenchAndSpanishFutureLooksAhead(t *testing.T) {
	checkOn(t, []onCase{
		{"fr", "Le chancelier Olaf Scholz se rendra à Lisbonne en août.", "true ahead"},
		{"fr", "Le chancelier Olaf Scholz visitera Lisbonne.", "true ahead"},
		{"es", "El canciller Olaf Scholz visitará Lisboa en agosto.", "true ahead"},
		{"fr", "Le chancelier Olaf Scholz a visité Lisbonne.", "true "},
	}, firstMention(func(m Mention) string { return fmt.Sprintf("%v %s", m.Acts, m.Time.Reason) }))
}

// German "will" is "wants", in the present; English "will" looks ahead.
func TestGermanWillIsPresent(t *testing.T) {
	checkOn(t, []onCase{
		{"de", "Die Regierung will die Reform beschließen.", "present"},
		{"en", "The government will pass the reform.", "future"},
	}, func(f *Facts) string { return strings.Join(f.Sentences[0].Tense, "+") })
}

// A government named after its leader is one mention, whether its form is
// a phrase of the base or read around the name ("el Ejecutivo de …").
func TestOneMentionForAGovernment(t *testing.T) {
	adj := func(f *Facts) string {
		var got []string
		for _, m := range f.Mentions {
			if m.Kind == "adjectival" {
				got = append(got, m.Person)
			}
		}
		return strings.Join(got, ", ")
	}
	checkOn(t, []onCase{
		{"es", "El gobierno de Trudeau presenta el presupuesto.", "justin-trudeau"},
		{"es", "El Ejecutivo de Sánchez presenta el presupuesto.", "pedro-sanchez"},
		{"es", "El gobierno de Rishi Sunak presenta el presupuesto.", "rishi-sunak"},
	}, adj)
}

// A timeline heads its entries with dates: an entry's time is its
// section's date, up to the next heading; the article's dateline heads
// nothing.
func TestSectionDateHeadsATimeline(t *testing.T) {
	f := extractOn(t, "2022-10-25", "en", "# How the summer unfolded\n\nOctober 25, 2022\n\nHealth Secretary Sajid Javid spoke to reporters.\n\n## July 5\n\n- Health Secretary Sajid Javid quits the government.\n\nIt was a long night.\n\n## 13–20 July 2022\n\n- Foreign Secretary Liz Truss reaches the final round.\n\n## What comes next\n\nForeign Secretary Liz Truss is the favourite.\n")
	var got []string
	for _, m := range f.Mentions {
		got = append(got, m.Time.Basis+" "+m.Time.Start+".."+m.Time.End)
	}
	want := "article 2022-10-25..2022-10-25|heading 2022-07-05..2022-07-05|heading 2022-07-13..2022-07-20|article 2022-10-25..2022-10-25"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// mentionTimes renders the time of each mention, its basis and first
// day, joined by "|".
func mentionTimes(f *Facts) string {
	var got []string
	for _, m := range f.Mentions {
		got = append(got, m.Time.Basis+" "+m.Time.Start)
	}
	return strings.Join(got, "|")
}

// A live page heads its entries with a date and the hour; an archive's
// piece with its label and date. Words after the hour make no head.
func TestLiveEntriesAndArchiveHeadings(t *testing.T) {
	f := extractOn(t, "2025-06-10", "en", "Key moments\n\n**14 March 2024, 10:42 GMT**\n\nHealth Secretary Victoria Atkins spoke.\n\n## From our archive: May 2023\n\nHealth Secretary Steve Barclay spoke.\n\n## Next steps\n\n14 March 2024, 10:42 GMT and beyond\n\nHealth Secretary Victoria Atkins spoke.\n")
	got := mentionTimes(f)
	want := "heading 2024-03-14|heading 2023-05-01|article 2025-06-10"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// An entry stamped on its own first line: its later sentences too.
	f = extractOn(t, "2025-06-10", "en", "**4 July 2024, 22:00 BST**\nPolls have closed. Health Secretary Victoria Atkins spoke.\n\nShe left.\n\n4 July 2024, 22:00 BST and later Health Secretary Victoria Atkins spoke.\n")
	got = mentionTimes(f)
	if want := "heading 2024-07-04|sentence 2024-07-04"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A year-in-review heads its sections with a year ("## 2023"), or with a
// date and a subtitle after a dash ("## January 2023 – The resignation");
// an entry may open with its year as a label ("2023: …").
func TestYearHeadingsAndLabels(t *testing.T) {
	f := extractOn(t, "2025-06-10", "en", "# The years in review\n\n## 2022\n\nHealth Secretary Sajid Javid quit.\n\n## July 2022 – A summer of resignations\n\nForeign Secretary Liz Truss stood for the leadership.\n\n## What comes next\n\n2022: Health Secretary Sajid Javid quit.\n\nHealth Secretary Sajid Javid spoke.\n")
	got := mentionTimes(f)
	want := "heading 2022-01-01|heading 2022-07-01|sentence 2022-01-01|article 2025-06-10"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// A photo's caption, which ends with its credit, speaks of the photo's
// time; the same words without the credit speak of the article's.
func TestCaptionsGiveNoArticleTime(t *testing.T) {
	for body, want := range map[string]string{
		"Prime Minister Boris Johnson visits a school in Leeds (Jane Doe/PA)":     "history",
		"Prime Minister Boris Johnson visits a school in Leeds (AP Photo/J. Doe)": "history",
		"Prime Minister Boris Johnson visits a school in Leeds.":                  "article",
		// Credits without brackets, after the caption's last sentence.
		"Prime Minister Boris Johnson visits a school in Leeds. Photo: AFP":        "history",
		"Prime Minister Boris Johnson visits a school in Leeds. REUTERS/Jane Doe":  "history",
		"Prime Minister Boris Johnson visits a school in Leeds. Kyodo via Reuters": "history",
		"Prime Minister Boris Johnson visits a school in Leeds. © Reuters":         "history",
		"Prime Minister Boris Johnson visits a school in Leeds. Credit: ANP":       "history",
		"Prime Minister Boris Johnson visits a school in Leeds. EPA-EFE/JANE DOE":  "history",
		"Prime Minister Boris Johnson visits a school in Leeds, Reuters reported.": "article",
		// A photographer and an agency, and a label of credit in brackets.
		"Prime Minister Boris Johnson visits a school in Leeds. JANE DOE / AFP":               "history",
		"Prime Minister Boris Johnson visits a school in Leeds. (Foto: picture alliance/dpa)": "history",
		"Prime Minister Boris Johnson visits a school in Leeds. (Crédit : AFP)":               "history",
	} {
		builtinOnce.Do(func() { builtinGaz = builtinGazetteer(t) })
		doc, err := document.Read("a.md", []byte("---\ndate: 2022-10-24\n---\n# Schools\n\nThe article.\n\n"+body+"\n"), document.Markdown)
		if err != nil {
			t.Fatal(err)
		}
		f := Extract(doc, Options{Gazetteer: builtinGaz, Lexicon: lexicontest.Builtin(t)})
		if len(f.Mentions) != 1 || f.Mentions[0].Time.Basis != want {
			t.Errorf("%s: %+v, want basis %s", body, f.Mentions, want)
		}
	}
}

// An era every reader knows is past dates a sentence it opens; further
// on it may be a clause's of something else.
func TestEraOpeningTheSentence(t *testing.T) {
	checkBases(t, "2025-08-10", "person", map[string]string{
		"During the pandemic, Prime Minister Boris Johnson ordered three lockdowns.":                          "history",
		"And at the height of the pandemic, Prime Minister Boris Johnson fell ill.":                           "history",
		"Years earlier, Prime Minister Boris Johnson had promised a vote.":                                    "history",
		"Prime Minister Boris Johnson famously said he would rather be dead in a ditch.":                      "history",
		"Prime Minister Rishi Sunak, who was chancellor during the pandemic, said on Monday taxes must fall.": "article",
	})
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Pendant la pandémie, le Premier ministre Boris Johnson a ordonné trois confinements.": "fr",
		"Während der Pandemie verhängte Premierminister Boris Johnson drei Lockdowns.":         "de",
		"Durante la pandemia, el primer ministro Boris Johnson ordenó tres confinamientos.":    "es",
	}, "the era's time", func(m Mention) bool { return m.Time.Basis == "history" })
}

// "Under X, Britain is pushing …" at the head of a sentence in the
// present tells of now, as the aside "Britain, under X, is …" does; in
// the past it is the era.
func TestFrontedEraInThePresent(t *testing.T) {
	checkBases(t, "2025-08-10", "person", map[string]string{
		"Under Prime Minister Boris Johnson's leadership, Britain is pushing for a deal.": "article",
		"Under Prime Minister Boris Johnson, Britain is pushing for a deal.":              "article",
		"Under Prime Minister Boris Johnson, Britain pushed for a deal.":                  "history",
	})
}

// An event's year after "in the aftermath of", "at the height of" frames
// the sentence as "In the 2019 election" does.
func TestEventYearAfterAFrameNoun(t *testing.T) {
	checkBases(t, "2025-08-10", "person", map[string]string{
		"In the aftermath of the 2019 election, Prime Minister Boris Johnson promised a budget.": "sentence",
		"At the height of the 2020 pandemic, Prime Minister Boris Johnson fell ill.":             "sentence",
	})
}

// A holder who backed something, in an aside of a clause that goes on in
// the past, backed it with the title of that time.
func TestAgentOfAPastAside(t *testing.T) {
	checkBases(t, "2025-08-10", "person", map[string]string{
		"The plan, championed by Prime Minister Boris Johnson, was scrapped by Labour.": "history",
		"The plan, championed by Prime Minister Boris Johnson, is back on the table.":   "article",
		"Prime Minister Boris Johnson had promised a vote.":                             "history",
		"Prime Minister Boris Johnson had told reporters on Monday that he would stay.": "article",
	})
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Le plan Rwanda, porté par le Premier ministre Rishi Sunak, a été abandonné.":   "fr",
		"El plan Ruanda, impulsado por el primer ministro Rishi Sunak, fue descartado.": "es",
	}, "the title of that time", func(m Mention) bool { return m.Time.Basis == "history" })
}

// An administration named before a plain future looks ahead, in each
// language: the time is the article's, with the reason "ahead".
func TestAdministrationLooksAhead(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "The Biden administration will approve new tariffs.", "ahead"},
		{"fr", "L'administration Biden va imposer de nouveaux droits de douane.", "ahead"},
		{"de", "Die Biden-Administration wird neue Zölle verhängen.", "ahead"},
		{"es", "El Gobierno de Joe Biden aprobará nuevos aranceles.", "ahead"},
		{"en", "The Biden administration approved new tariffs.", ""},
		// The future of another clause.
		{"en", "As in the Biden administration, the deputy will report to the secretary.", ""},
		{"de", "Die Zölle der Biden-Administration werden verlängert.", ""},
		// How it will be remembered is no act.
		{"fr", "L'administration Biden restera dans l'histoire pour sa loi sur le climat.", ""},
	} {
		f := extractOn(t, "2025-07-20", c.lang, c.body)
		got := "no mention"
		for _, m := range f.Mentions {
			if m.Kind == "adjectival" {
				got = m.Time.Reason
			}
		}
		if got != c.want {
			t.Errorf("%s: reason %q, want %q", c.body, got, c.want)
		}
	}
}

// A text that ends on the German auxiliary of the future after an
// administration reads no future.
func TestAdministrationAtTheEndOfTheText(t *testing.T) {
	f := extractOn(t, "2025-07-20", "de", "Die Biden-Administration wird")
	for _, m := range f.Mentions {
		if m.Time.Reason == "ahead" {
			t.Errorf("%+v", m)
		}
	}
}
