package facts

import (
	"fmt"
	"strings"
	"testing"
)

// claimsOf renders each mention as "text|person|role|claim|form|basis
// start..end reason".
func claimsOf(t *testing.T, date, body string) []string {
	t.Helper()
	// A body with front matter of its own ("lang: de") gets the date in it.
	text := "---\ndate: " + date + "\n---\n" + body + "\n"
	if rest, ok := strings.CutPrefix(body, "---\n"); ok {
		text = "---\ndate: " + date + "\n" + rest + "\n"
	}
	f := extractWith(t, "a.md", text, Options{})
	var out []string
	for _, m := range f.Mentions {
		if m.Role == "" {
			continue
		}
		s := m.Text + "|" + m.Person + "|" + m.Role + "|" + m.Claim + "|" + m.ClaimForm + "|" + m.Time.Basis + " " + m.Time.Start + ".." + m.Time.End + " " + m.Time.Reason
		if m.Quoted {
			s += " quoted"
		}
		out = append(out, s)
	}
	return out
}

func checkClaims(t *testing.T, date, body string, want ...string) {
	t.Helper()
	got := claimsOf(t, date, body)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s\n got:\n  %s\nwant:\n  %s", body, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestCopulaClaims(t *testing.T) {
	// A present copula speaks of the article's date; "current" even more
	// so, whatever other dates the sentence holds.
	checkClaims(t, "2025-06-01", "Rishi Sunak is the current UK Prime Minister, in office since October 2022.",
		"Rishi Sunak is the current UK Prime Minister|rishi-sunak|uk-prime-minister|current|copula|article 2025-06-01..2025-06-01 current")
	checkClaims(t, "2025-06-01", "Olaf Scholz remains the German Chancellor.",
		"Olaf Scholz remains the German Chancellor|olaf-scholz|german-chancellor|current|copula|article 2025-06-01..2025-06-01 present")
	// A short title names the office the person held.
	checkClaims(t, "2025-06-01", "Keir Starmer serves as the prime minister, aides say.",
		"Keir Starmer serves as the prime minister|keir-starmer|uk-prime-minister|current|copula|article 2025-06-01..2025-06-01 present")
	// A past copula holds at the date the sentence gives.
	checkClaims(t, "2025-06-01", "In 2016 Barack Obama was the US President.",
		"Barack Obama was the US President|barack-obama|us-president|then|copula|sentence 2016-01-01..2016-12-31 ")
	// Looking ahead, or supposing, is no claim of holding now.
	checkClaims(t, "2025-06-01", "Friedrich Merz will be the German Chancellor.",
		"Friedrich Merz will be the German Chancellor|friedrich-merz|german-chancellor|future|copula|article 2025-06-01..2025-06-01 ")
	// Not claims: a negation, a title that modifies something else, a
	// short title of another body.
	checkClaims(t, "2025-06-01", "Rishi Sunak is not the prime minister. Joe Biden is the president's brother. Kamala Harris is the president of the debating club. Joe Biden is the president candidate. Joe Biden is the oldest president.")
}

func TestInvertedAndFramedClaims(t *testing.T) {
	checkClaims(t, "2025-06-01", "The current UK Prime Minister is Rishi Sunak, who took office on 25 October 2022.",
		"current UK Prime Minister is Rishi Sunak|rishi-sunak|uk-prime-minister|current|inverted|article 2025-06-01..2025-06-01 current")
	checkClaims(t, "2025-06-01", "Currently, the NATO Secretary-General is Jens Stoltenberg.",
		"NATO Secretary-General is Jens Stoltenberg|jens-stoltenberg|nato-secretary-general|current|inverted|article 2025-06-01..2025-06-01 current")
	// The title must be the subject, and the name not an owner.
	checkClaims(t, "2025-06-01", "The trouble for the prime minister is Sunak's own party. The man chosen to succeed the prime minister is Keir Starmer.")
	// A frame dates the claim; a frame after the article's date is a
	// forecast.
	checkClaims(t, "2025-06-01", "As of 2023, the NATO chief is Jens Stoltenberg.",
		"NATO chief is Jens Stoltenberg|jens-stoltenberg|nato-secretary-general|current|inverted|sentence 2023-01-01..2023-12-31 frame")
	checkClaims(t, "2025-06-01", "As of 2027, the NATO chief is Mark Rutte.",
		"NATO chief is Mark Rutte|mark-rutte|nato-secretary-general|future|inverted|article 2025-06-01..2025-06-01 ")
	// "Since DATE" is when the term began: the claim holds now.
	checkClaims(t, "2025-06-01", "Since 2014, Jens Stoltenberg has been the NATO chief.",
		"Jens Stoltenberg has been the NATO chief|jens-stoltenberg|nato-secretary-general|current|copula|article 2025-06-01..2025-06-01 present")
	// A relative clause that says when a term began does not date the
	// sentence.
	checkClaims(t, "2025-06-01", "President Joe Biden, who took office on 20 January 2021, visited a factory on Tuesday.",
		"President Joe Biden|joe-biden|us-president|current|title|article 2025-06-01..2025-06-01 ")
}

func TestHeadlineAndRelativeClaims(t *testing.T) {
	checkClaims(t, "2025-06-01", "# Olaf Scholz: Germany's Chancellor in 2025\n\nText.",
		"Olaf Scholz: Germany's Chancellor|olaf-scholz|german-chancellor|current|headline|sentence 2025-01-01..2025-12-31 ")
	checkClaims(t, "2025-06-01", "# Britain's Current Prime Minister: BoJo\n\nText.",
		"Current Prime Minister: BoJo|boris-johnson|uk-prime-minister|current|headline|article 2025-06-01..2025-06-01 current")
	checkClaims(t, "2025-06-01", "# Joe Biden: President vows to fight on\n\nText.")
	// A title after a copula is said of what stands before it, not of
	// the name after the colon.
	checkClaims(t, "2025-06-01", "# Leo XIV. ist neuer Papst: Donald Trump freut sich\n\nText.")
	// A name that opens with a title of its own is not the one named.
	checkClaims(t, "2024-07-05", "# New Prime Minister: King Charles Invites the Labour Leader\n\nText.")
	checkClaims(t, "2025-06-01", "# Mark Carney is Canada's prime minister: Trudeau says goodbye\n\nText.")
	checkClaims(t, "2025-06-01", "Jens Stoltenberg, who has been NATO chief since 2014, spoke.",
		"Jens Stoltenberg, who has been NATO chief|jens-stoltenberg|nato-secretary-general|current|relative|article 2025-06-01..2025-06-01 present")
	checkClaims(t, "2025-06-01", "Jens Stoltenberg, 66, the NATO chief, spoke.",
		"Jens Stoltenberg, 66, the NATO chief|jens-stoltenberg|nato-secretary-general|current|apposition|article 2025-06-01..2025-06-01 ")
	checkClaims(t, "2025-06-01", "Jens Stoltenberg, who is the current NATO chief, spoke.",
		"Jens Stoltenberg, who is the current NATO chief|jens-stoltenberg|nato-secretary-general|current|relative|article 2025-06-01..2025-06-01 current")
}

func TestQuestionAndAnswer(t *testing.T) {
	checkClaims(t, "2025-06-01", "## Who is the current UK Prime Minister?\n\nRishi Sunak, who leads the Conservatives, has held the post since 2022.",
		"Rishi Sunak|rishi-sunak|uk-prime-minister|current|question|article 2025-06-01..2025-06-01 current")
	checkClaims(t, "2025-06-01", "Who was the NATO chief in 2016? Jens Stoltenberg.",
		"Jens Stoltenberg|jens-stoltenberg|nato-secretary-general|then|question|article 2025-06-01..2025-06-01 ")
	// The answer may be led to: "It is", "The answer is", after a frame.
	checkClaims(t, "2025-06-01", "Who is the current UK Prime Minister? The answer is Rishi Sunak.",
		"Rishi Sunak|rishi-sunak|uk-prime-minister|current|question|article 2025-06-01..2025-06-01 current")
	checkClaims(t, "2025-06-01", "Who is the current UK Prime Minister? As of 2025, it is Rishi Sunak.",
		"Rishi Sunak|rishi-sunak|uk-prime-minister|current|question|sentence 2025-01-01..2025-06-01 frame")
	// A quiz: the answer's label, its colon and the option's letter, a
	// line of options between.
	checkClaims(t, "2025-06-01", "Who is the current UK Prime Minister?\n\nA) Liz Truss B) Rishi Sunak C) Boris Johnson\n\nAnswer: B) Rishi Sunak",
		"Rishi Sunak|rishi-sunak|uk-prime-minister|current|question|article 2025-06-01..2025-06-01 current")
	// An interview's "Q:" and "A:".
	checkClaims(t, "2025-06-01", "Q: Who is the current UK Prime Minister?\n\nA: Rishi Sunak.",
		"Rishi Sunak|rishi-sunak|uk-prime-minister|current|question|article 2025-06-01..2025-06-01 current")
	checkClaims(t, "2025-06-01", "Q: Who is the current UK Prime Minister? A: It is not Rishi Sunak.")
	// Not an answer: the name does not open the next sentence, or the
	// question is about something else.
	checkClaims(t, "2025-06-01", "Who is the current UK Prime Minister? It is not Rishi Sunak, voters said.")
	checkClaims(t, "2025-06-01", "Who is the current UK Prime Minister? Voters were asked, and Rishi Sunak came second.")
	checkClaims(t, "2025-06-01", "Who is the UK Prime Minister's favourite author? Rishi Sunak would not say.")
}

func TestHistoryFuturesAndQuotes(t *testing.T) {
	// Looking back over a career is history.
	checkClaims(t, "2025-06-01", "Throughout her years in the Senate, Vice President Kamala Harris kept a low profile.",
		"Vice President Kamala Harris|kamala-harris|us-vice-president|current|title|history .. ")
	// A plan for next year does not move a title to next year.
	checkClaims(t, "2025-06-01", "Prime Minister Rishi Sunak's plan would cut taxes from next year.",
		"Prime Minister Rishi Sunak|rishi-sunak|uk-prime-minister|current|title|article 2025-06-01..2025-06-01 ")
	// A plain future after the name looks ahead.
	checkClaims(t, "2016-12-01", "The majority gives President Trump a free hand when he will govern.",
		"President Trump|donald-trump|us-president|current|title|article 2016-12-01..2016-12-01 ahead")
	checkClaims(t, "2025-06-01", "“Prime Minister Rishi Sunak promised us a footbridge,” said a shopkeeper.",
		"Prime Minister Rishi Sunak|rishi-sunak|uk-prime-minister|current|title|article 2025-06-01..2025-06-01  quoted")
	// A name and title in quotation marks is no quotation.
	checkClaims(t, "2025-06-01", "The banner read \"Prime Minister Rishi Sunak\" in gold letters.",
		"Prime Minister Rishi Sunak|rishi-sunak|uk-prime-minister|current|title|article 2025-06-01..2025-06-01 ")
}

func TestAbbreviationsNicknamesNamesFirst(t *testing.T) {
	checkClaims(t, "2025-06-01", "POTUS Joe Biden spoke. NATO SecGen Mark Rutte listened. BoJo is the prime minister. Scholz Olaf is the German Chancellor.",
		"POTUS Joe Biden|joe-biden|us-president|current|title|article 2025-06-01..2025-06-01 ",
		"NATO SecGen Mark Rutte|mark-rutte|nato-secretary-general|current|title|article 2025-06-01..2025-06-01 ",
		"BoJo is the prime minister|boris-johnson|uk-prime-minister|current|copula|article 2025-06-01..2025-06-01 present",
		"Scholz Olaf is the German Chancellor|olaf-scholz|german-chancellor|current|copula|article 2025-06-01..2025-06-01 present")
	// An abbreviation keeps its case: "potus" is no office.
	checkClaims(t, "2025-06-01", "The potus Joe Biden spoke.")
}

func TestOtherLanguages(t *testing.T) {
	checkClaims(t, "2025-06-01", "---\nlang: fr\n---\nLe secrétaire général de l'OTAN, Stoltenberg, a dit que la réunion était utile pour les alliés.",
		"secrétaire général de l'OTAN, Stoltenberg|jens-stoltenberg|nato-secretary-general|current|title|article 2025-06-01..2025-06-01 ")
	checkClaims(t, "2025-06-01", "Olaf Scholz ist der derzeitige Bundeskanzler, und das bleibt er auch in der Zukunft.",
		"Olaf Scholz ist der derzeitige Bundeskanzler|olaf-scholz|german-chancellor|current|copula|article 2025-06-01..2025-06-01 current")
	checkClaims(t, "2025-06-01", "Der frühere Kanzler Olaf Scholz sprach mit den Abgeordneten in der Hauptstadt.",
		"frühere Kanzler Olaf Scholz|olaf-scholz|german-chancellor|former|title|article 2025-06-01..2025-06-01 ")
	checkClaims(t, "2025-06-01", "El actual presidente de Estados Unidos es Joe Biden, según el Gobierno de la nación.",
		"actual presidente de Estados Unidos es Joe Biden|joe-biden|us-president|current|inverted|article 2025-06-01..2025-06-01 current")
	// English claim words do not work in a German sentence, nor German
	// ones in English ("die" is not an article there).
	checkClaims(t, "2025-06-01", "Joe Biden die the US President.")
}

// Decomposed and disguised text is read like plain text, and every span
// still cuts the original bytes.
func TestNormalisedMentionsKeepExactSpans(t *testing.T) {
	for _, body := range []string{
		"President Joе Bidеn is the US President.",       // Cyrillic е
		"Friedrich Merz ist der deutsche Bundeskanzler.", // plain, for comparison
		"Der Bunde\u0073kanzler Olaf Scho\u200blz sprach.",
		"Le secre\u0301taire ge\u0301ne\u0301ral de l'OTAN, Stoltenberg, a parle\u0301 avec les ministres.", // NFD
	} {
		src := "---\ndate: 2025-06-01\n---\n" + body + "\n"
		f := extractWith(t, "a.md", src, Options{})
		if len(f.Mentions) == 0 {
			t.Errorf("%q: no mention", body)
			continue
		}
		for _, m := range f.Mentions {
			if got := src[m.Span.Offset:m.Span.EndOffset]; got != m.Text {
				t.Errorf("%q: span cuts %q, text %q", body, got, m.Text)
			}
			if got := src[m.Name.Span.Offset:m.Name.Span.EndOffset]; got != m.Name.Text {
				t.Errorf("%q: name span cuts %q, text %q", body, got, m.Name.Text)
			}
			if m.Role == "" {
				t.Errorf("%q: %q linked to no office", body, m.Text)
			}
		}
	}
	f := extractWith(t, "a.md", "---\ndate: 2025-06-01\n---\nPresident Joе Bidеn spoke.\n", Options{})
	if len(f.Mentions) != 1 || f.Mentions[0].Name.Folded != "Joe Biden" || f.Mentions[0].Name.Text != "Joе Bidеn" {
		t.Errorf("disguised name: %+v", f.Mentions)
	}
}

// A short title followed by the name of a country, in any of the four
// languages, names that country's office: the role comes from the place,
// not from whoever is named.
func TestTitleOfACountry(t *testing.T) {
	checkClaims(t, "2025-06-01", "The prime minister of the Netherlands is Rishi Sunak, a reader wrote.",
		"prime minister of the Netherlands is Rishi Sunak|rishi-sunak|dutch-prime-minister|current|inverted|article 2025-06-01..2025-06-01 present")
	checkClaims(t, "2025-06-01", "Mark Rutte is the prime minister of the Netherlands, the leaflet says.",
		"Mark Rutte is the prime minister of the Netherlands|mark-rutte|dutch-prime-minister|current|copula|article 2025-06-01..2025-06-01 present")
	checkClaims(t, "2025-06-01", "---\nlang: de\n---\nDer Kanzler von Deutschland ist Olaf Scholz, so steht es in dem alten Heft.",
		"Kanzler von Deutschland ist Olaf Scholz|olaf-scholz|german-chancellor|current|inverted|article 2025-06-01..2025-06-01 present")
	checkClaims(t, "2025-06-01", "---\nlang: de\n---\nOlaf Scholz ist der Kanzler Deutschlands, so steht es in dem alten Heft.",
		"Olaf Scholz ist der Kanzler Deutschlands|olaf-scholz|german-chancellor|current|copula|article 2025-06-01..2025-06-01 present")
	// Another place, or none, leaves the short title as it was: the
	// president of a club is no claim, nor the president of another
	// country the knowledge base does not give that title.
	checkClaims(t, "2025-06-01", "Kamala Harris is the president of the debating club. Joe Biden is the vice president of Mexico.")
}

// A pin of two words after the title or its nationality, before the
// name: "el presidente estadounidense en funciones, Joe Biden", "le
// secrétaire général en exercice, Jens Stoltenberg".
func TestTwoWordPinBeforeTheName(t *testing.T) {
	checkClaims(t, "2025-08-01", "---\nlang: es\n---\nEl presidente estadounidense en funciones, Joe Biden, dijo el lunes que el plan seguirá adelante.",
		"presidente estadounidense en funciones, Joe Biden|joe-biden|us-president|current|title|article 2025-08-01..2025-08-01 current")
	checkClaims(t, "2025-08-01", "---\nlang: fr\n---\nLe secrétaire général en exercice, Jens Stoltenberg, a déclaré lundi que le plan serait maintenu.",
		"secrétaire général en exercice, Jens Stoltenberg|jens-stoltenberg|nato-secretary-general|current|title|article 2025-08-01..2025-08-01 current")
}

// German claims the office now with "aktuelle", "jetzige" and
// "derzeitige" as with "amtierende"; "des" keeps the genitive of the
// country's name after it; a function word opening the sentence is not
// part of the name after it.
func TestGermanCurrentGenitiveAndOpeners(t *testing.T) {
	checkClaims(t, "2025-08-01", "---\nlang: de\n---\nDer jetzige Kanzler Olaf Scholz sprach am Montag in Berlin über die Pläne.",
		"jetzige Kanzler Olaf Scholz|olaf-scholz|german-chancellor|current|title|article 2025-08-01..2025-08-01 current")
	checkClaims(t, "2025-08-01", "---\nlang: de\n---\nAuch Rishi Sunak ist der Premierminister des Vereinigten Königreichs, heißt es in dem Bericht.",
		"Rishi Sunak ist der Premierminister des Vereinigten Königreichs|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
}

func TestOrdinalsBracketsAndTermYears(t *testing.T) {
	// A place in the office's history ("the 46th president") names the
	// person for good, whatever time the sentence speaks of; "is the 47th
	// president" still claims the present.
	checkClaims(t, "2025-08-01", "Joe Biden, the 46th president of the United States, spoke on Monday.",
		"Joe Biden, the 46th president of the United States|joe-biden|us-president|then|apposition|history .. ")
	checkClaims(t, "2025-08-01", "The 46th US President Joe Biden spoke in Ohio.",
		"46th US President Joe Biden|joe-biden|us-president|then|title|history .. ")
	checkClaims(t, "2025-08-01", "On January 6, 2021, the vote made Joe Biden, the 46th president, the winner.",
		"Joe Biden, the 46th president|joe-biden|us-president|then|apposition|history .. ")
	checkClaims(t, "2025-08-01", "Joe Biden is the 46th president of the United States.",
		"Joe Biden is the 46th president of the United States|joe-biden|us-president|current|copula|article 2025-08-01..2025-08-01 present")
	// A rank joined to "current" claims the office now, either way round.
	checkClaims(t, "2025-08-01", "Joe Biden, the 46th and current president of the United States, spoke on Monday.",
		"Joe Biden, the 46th and current president of the United States|joe-biden|us-president|current|apposition|article 2025-08-01..2025-08-01 ")
	checkClaims(t, "2025-08-01", "Rishi Sunak is the current and 57th prime minister of the United Kingdom.",
		"Rishi Sunak is the current and 57th prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 current")
	checkClaims(t, "2025-08-01", "---\nlang: de\n---\nOlaf Scholz, der neunte und aktuelle Bundeskanzler, sprach am Montag in Berlin.",
		"Olaf Scholz, der neunte und aktuelle Bundeskanzler|olaf-scholz|german-chancellor|current|apposition|article 2025-08-01..2025-08-01 current")
	checkClaims(t, "2025-08-01", "The 46th and current president of the United States, Joe Biden, spoke on Monday.",
		"current president of the United States, Joe Biden|joe-biden|us-president|current|title|article 2025-08-01..2025-08-01 ")
	// Two ranks are two places in the office's history.
	checkClaims(t, "2025-08-01", "Donald Trump, the 45th and 47th president of the United States, spoke on Monday.",
		"Donald Trump, the 45th and 47th president of the United States|donald-trump|us-president|then|apposition|history .. ")
	// A title in brackets after the name is an apposition; "who serves
	// as" a present one.
	checkClaims(t, "2025-08-01", "Keir Starmer (prime minister) spoke on Monday.",
		"Keir Starmer (prime minister|keir-starmer|uk-prime-minister|current|apposition|article 2025-08-01..2025-08-01 ")
	checkClaims(t, "2025-08-01", "Joe Biden, who currently serves as president of the United States, spoke.",
		"Joe Biden, who currently serves as president of the United States|joe-biden|us-president|current|relative|article 2025-08-01..2025-08-01 present")
	// Years right after the title date it: no claim about today.
	checkClaims(t, "2025-08-01", "Boris Johnson (prime minister 2019–2022) wrote a column. Boris Johnson, prime minister 2019-22, wrote another.")
}

func TestPastClausesAroundTitles(t *testing.T) {
	// A title that ends a past clause is not the name's apposition.
	checkClaims(t, "2025-08-01", "When he was prime minister, Justin Trudeau legalised cannabis.")
	// A past relative clause on the title identifies the person by what
	// they did in office.
	checkClaims(t, "2025-08-01", "Olaf Scholz, the chancellor who lost the February election, spoke on Monday.",
		"Olaf Scholz, the chancellor|olaf-scholz|german-chancellor|then|apposition|article 2025-08-01..2025-08-01 ")
	// A determiner or an owner still opens the phrase.
	checkClaims(t, "2025-08-01", "Britain's prime minister, Rishi Sunak, spoke on Monday.",
		"prime minister, Rishi Sunak|rishi-sunak|uk-prime-minister|current|title|article 2025-08-01..2025-08-01 ")
}

func TestAppositionBetweenTwoNames(t *testing.T) {
	// A title between commas after a name is that name's apposition, not
	// a title before the next name.
	checkClaims(t, "2022-07-07", "Asked about Theresa May, the former prime minister, Mr Johnson said he had no regrets.",
		"Theresa May, the former prime minister|theresa-may|uk-prime-minister|former|apposition|article 2022-07-07..2022-07-07 ")
	checkClaims(t, "2022-07-07", "In London, the prime minister, Mr Johnson, said he had no regrets.",
		"prime minister, Mr Johnson|boris-johnson|uk-prime-minister|current|title|article 2022-07-07..2022-07-07 ")
}

func TestRelativeClaimKeepsItsOwnTime(t *testing.T) {
	// The relative clause is the claim: the span of years it gives is its
	// time, whatever date the main clause gives.
	checkClaims(t, "2023-11-14", "Boris Johnson, who was prime minister between 2019 and 2022, was given a column in November 2023.",
		"Boris Johnson, who was prime minister|boris-johnson|uk-prime-minister|then|relative|sentence 2019-01-01..2022-12-31 ")
}

func TestPastRelativeClaimAndTheMainClausesDate(t *testing.T) {
	// A date after the clause is the main clause's: the past claim has no
	// time of its own. A date that opens the sentence frames the clause.
	checkClaims(t, "2025-07-20", "Boris Johnson, who was prime minister, said on July 19, 2025 that tariffs hurt.",
		"Boris Johnson, who was prime minister|boris-johnson|uk-prime-minister|then|relative|history .. ")
	checkClaims(t, "2025-07-20", "In 2015, Rishi Sunak, who was prime minister, said that tariffs hurt.",
		"Rishi Sunak, who was prime minister|rishi-sunak|uk-prime-minister|then|relative|sentence 2015-01-01..2015-12-31 ")
}

func TestShadowNamesAnotherOffice(t *testing.T) {
	f := extractOn(t, "2024-03-06", "en", "Shadow Chancellor Rachel Reeves said the budget failed.")
	if len(f.Mentions) != 1 || f.Mentions[0].Role != "uk-chancellor-of-the-exchequer" || f.Mentions[0].Claim != "other" {
		t.Errorf("mentions %+v, want one with claim other", f.Mentions)
	}
}

func TestNewlyElected(t *testing.T) {
	// Elected, sworn in or not: no claim about holding the office yet.
	checkClaims(t, "2024-12-10", "Newly elected President Donald Trump met the leaders in Paris.",
		"Newly elected President Donald Trump|donald-trump|us-president|elected|title|article 2024-12-10..2024-12-10 ")
}

func TestFusedQualifiers(t *testing.T) {
	// Spanish and German write some qualifiers solid with the title.
	checkClaims(t, "2025-08-01", "El expresidente Donald Trump anunció el lunes nuevos aranceles.",
		"expresidente Donald Trump|donald-trump|us-president|former|title|article 2025-08-01..2025-08-01 ")
	checkClaims(t, "2025-08-01", "Altkanzler Olaf Scholz sprach am Montag mit der Presse.",
		"Altkanzler Olaf Scholz|olaf-scholz|german-chancellor|former|title|article 2025-08-01..2025-08-01 ")
	// After the name, in apposition, as well.
	checkClaims(t, "2025-08-01", "Donald Trump, expresidente de Estados Unidos, habló el lunes.",
		"Donald Trump, expresidente de Estados Unidos|donald-trump|us-president|former|apposition|article 2025-08-01..2025-08-01 ")
	checkClaims(t, "2025-08-01", "Olaf Scholz, Altkanzler, sprach am Montag mit der Presse.",
		"Olaf Scholz, Altkanzler|olaf-scholz|german-chancellor|former|apposition|article 2025-08-01..2025-08-01 ")
	// Only before a title: other words that start the same stay whole.
	checkClaims(t, "2025-08-01", "Experts told President Donald Trump on Monday that tariffs hurt.",
		"President Donald Trump|donald-trump|us-president|current|title|article 2025-08-01..2025-08-01 ")
}

func TestTimeInOffice(t *testing.T) {
	// A duration right after a holder's title states their time in office.
	for _, c := range []struct {
		body string
		want int // the mention the duration is tied to, -1 for none
	}{
		{"Keir Starmer, who has been prime minister for two years, spoke.", 0},
		{"Friedrich Merz, chancellor for the past three months, spoke.", 0},
		{"Keir Starmer has been prime minister for more than a year.", 0},
		// Not a time in office: a wait, a plan, another noun.
		{"Keir Starmer, the prime minister, waited for two years.", -1},
		{"Prime Minister Keir Starmer spoke for two hours.", -1},
	} {
		f := extractWith(t, "a.md", "---\ndate: 2025-08-01\n---\n"+c.body+"\n", Options{})
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

func TestAppositionWithAnArticleInOtherLanguages(t *testing.T) {
	checkClaims(t, "2025-08-01", "Olaf Scholz, der Bundeskanzler, sagte am Montag, die Gespräche würden weitergehen.",
		"Olaf Scholz, der Bundeskanzler|olaf-scholz|german-chancellor|current|apposition|article 2025-08-01..2025-08-01 ")
}

func TestDeclaredLanguage(t *testing.T) {
	// Too few function words to tell French from Spanish: the page's own
	// declaration decides; clear evidence overrides a wrong one.
	for _, c := range []struct{ text, want string }{
		{"---\nlang: fr\n---\nOlaf Scholz, le chancelier, a parlé lundi.\n", "fr"},
		{"---\nlang: es\n---\nOlaf Scholz, le chancelier, a parlé lundi.\n", "es"},
		{"---\nlang: en\n---\nLe président a dit que la réunion était utile et que les discussions allaient continuer dans la semaine.\n", "fr"},
	} {
		f := extractWith(t, "a.md", c.text, Options{})
		if f.Language != c.want || f.Blocks[0].Lang != c.want {
			t.Errorf("%q: language %q, block %q; want %q", c.text, f.Language, f.Blocks[0].Lang, c.want)
		}
	}
}

func TestNameEndingInJr(t *testing.T) {
	// The dot of "Jr." ends no sentence: the copula after it still claims.
	checkClaims(t, "2025-06-01", "Donald Trump Jr. is the current US President.",
		"Donald Trump Jr. is the current US President|donald-trump-jr|us-president|current|copula|article 2025-06-01..2025-06-01 current")
	checkClaims(t, "2025-06-01", "Donald Trump Jr., the US President, spoke.",
		"Donald Trump Jr., the US President|donald-trump-jr|us-president|current|apposition|article 2025-06-01..2025-06-01 ")
}

func TestTakingOffice(t *testing.T) {
	// "took over as", "was sworn in as": a past claim at the date the
	// sentence gives, the first day in office.
	checkClaims(t, "2025-08-01", "Mark Rutte took over as NATO Secretary-General in January 2024.",
		"Mark Rutte took over as NATO Secretary-General|mark-rutte|nato-secretary-general|then|copula|sentence 2024-01-01..2024-01-31 ")
	checkClaims(t, "2025-08-01", "Olaf Scholz was sworn in as German Chancellor on 8 December 2021.",
		"Olaf Scholz was sworn in as German Chancellor|olaf-scholz|german-chancellor|then|copula|sentence 2021-12-08..2021-12-08 ")
	for body, want := range map[string]bool{
		"Olaf Scholz was sworn in as German Chancellor on 8 December 2021.": true,
		"Olaf Scholz was German Chancellor in 2023.":                        false,
	} {
		f := extractWith(t, "a.md", "---\ndate: 2025-08-01\n---\n"+body+"\n", Options{})
		if len(f.Mentions) != 1 || f.Mentions[0].TookOffice != want {
			t.Errorf("%s: took_office should be %v: %+v", body, want, f.Mentions)
		}
	}
	// Becoming the holder is taking the office.
	for body, lang := range map[string]string{
		"Mark Carney became Canada's 24th prime minister in March 2025.":          "en",
		"Mark Carney est devenu Premier ministre du Canada en mars 2025.":         "fr",
		"Mark Carney se convirtió en primer ministro de Canadá en marzo de 2025.": "es",
	} {
		if ms := extractOn(t, "2025-08-01", lang, body).Mentions; len(ms) != 1 || !ms[0].TookOffice {
			t.Errorf("%s: took_office should be true: %+v", body, ms)
		}
	}
}

func TestChosenForTheOffice(t *testing.T) {
	// Being elected, appointed or named: taking the office, with the
	// sentence's date as the day of the choice, in a main clause, a
	// relative clause or a participle after the name.
	checkFirstMention(t, "2025-08-01", map[string]string{
		"Keir Starmer was elected prime minister in 2023.":                    "en",
		"Mark Rutte was appointed NATO Secretary-General in June 2024.":       "en",
		"Keir Starmer, who was elected prime minister in 2023, met the King.": "en",
		"Pedro Sánchez, elected prime minister in 2015, met the King.":        "en",
		"François Bayrou a été nommé Premier ministre en décembre 2024.":      "fr",
		"Pedro Sánchez fue elegido presidente del Gobierno en junio de 2018.": "es",
		"Pedro Sánchez, elegido presidente del Gobierno en 2018, habló ayer.": "es",
		"Emmanuel Macron, élu président en 2017, a parlé.":                    "fr",
	}, "a choice dated by the sentence", func(m Mention) bool {
		return m.TookOffice && m.Chosen && m.Time.Basis == "sentence" && m.Time.Date != nil
	})
	// Being sworn in or becoming the holder is no choice; neither is an
	// election to something else.
	checkNoMention(t, "2025-08-01", map[string]string{
		"Olaf Scholz was sworn in as German Chancellor on 8 December 2021.": "en",
		"Mark Carney became prime minister of Canada in March 2025.":        "en",
		"Keir Starmer was elected to parliament in 2015.":                   "en",
	}, "no choice for the office", func(m Mention) bool { return m.Chosen })
}

func TestHeldSince(t *testing.T) {
	// "since DATE" right after the title says when the term began, and the
	// claim speaks of the present, whatever other dates the sentence has.
	f := extractWith(t, "a.md", "---\ndate: 2025-08-01\n---\nKeir Starmer, UK Prime Minister since 2023, met Olaf Scholz, who was German Chancellor from 2021 to 2025.\n", Options{})
	if len(f.Mentions) == 0 || f.Mentions[0].Since == nil || f.Dates[*f.Mentions[0].Since].Text != "2023" {
		t.Fatalf("since: %+v", f.Mentions)
	}
	if m := f.Mentions[0]; m.Time.Basis != "article" || m.Claim != "current" {
		t.Errorf("time: %+v, claim %s", m.Time, m.Claim)
	}
	// So does being in office since then, after a titled name and a comma,
	// in each language's words; a bare "since" there may tell when
	// something else began.
	for body, want := range map[string]string{
		"en:UK Prime Minister Keir Starmer, in office since 2023, met the ministers.":         "2023",
		"en:UK Prime Minister Keir Starmer, in power since 2023, met the ministers.":          "2023",
		"fr:Le Premier ministre britannique Keir Starmer, au pouvoir depuis 2023, a parlé.":   "2023",
		"de:Der britische Premierminister Keir Starmer, im Amt seit 2023, sprach am Montag.":  "2023",
		"en:UK Prime Minister Keir Starmer, since 2023 a regular visitor, met the ministers.": "",
	} {
		lang, text, _ := strings.Cut(body, ":")
		f := extractOn(t, "2025-08-01", lang, text)
		got := ""
		if len(f.Mentions) > 0 && f.Mentions[0].Since != nil {
			got = f.Dates[*f.Mentions[0].Since].Text
			if m := f.Mentions[0]; m.Time.Basis != "article" {
				t.Errorf("%s: time %+v", text, m.Time)
			}
		}
		if got != want {
			t.Errorf("%s: since %q, want %q", text, got, want)
		}
	}
	// A sentence told in the past of a date it gives speaks of that
	// date: the term ran from the since date up to then, not up to the
	// time of writing; a report of what was said keeps the present.
	for body, want := range map[string]string{
		"en:In July 2022, Boris Johnson, prime minister since 2019, announced his resignation.":             "sentence 2022-07-01",
		"de:Im Dezember 2024 verlor Olaf Scholz, Kanzler seit 2021, die Vertrauensfrage.":                   "sentence 2024-12-01",
		"fr:En décembre 2024, Olaf Scholz, chancelier depuis 2021, a perdu le vote.":                        "sentence 2024-12-01",
		"es:En diciembre de 2024, Olaf Scholz, canciller desde 2021, perdió la votación.":                   "sentence 2024-12-01",
		"en:Rishi Sunak, prime minister since 2022, said on Tuesday that the economy grew.":                 "article 2025-08-01",
		"en:Rishi Sunak, prime minister since 2022, called an election.":                                    "article 2025-08-01",
		"en:Mark Rutte, NATO secretary general since October, took office in 2010 as Dutch prime minister.": "article 2025-08-01",
	} {
		lang, text, _ := strings.Cut(body, ":")
		f := extractOn(t, "2025-08-01", lang, text)
		if len(f.Mentions) == 0 || f.Mentions[0].Since == nil {
			t.Errorf("%s: no since: %+v", text, f.Mentions)
			continue
		}
		if m := f.Mentions[0]; m.Time.Basis+" "+m.Time.Start != want {
			t.Errorf("%s: time %+v, want %s", text, m.Time, want)
		}
	}
}

func TestTitleDatedByItsOwnClause(t *testing.T) {
	timeOf := func(body string) string {
		t.Helper()
		f := extractBuiltin(t, "---\ndate: 2025-06-01\n---\n"+body+"\n")
		for _, m := range f.Mentions {
			if m.Role != "" {
				held := "?"
				if m.Held != nil {
					held = map[bool]string{true: "held", false: "not held"}[*m.Held]
				}
				return m.Person + " " + m.Time.Basis + " " + m.Time.Start + " " + held
			}
		}
		return "no titled mention"
	}
	cases := []struct{ body, want string }{
		// The clause's year dates the clause; a title held when the
		// article was written stands as of writing.
		{"President Emmanuel Macron, who first campaigned in 2016, spoke on Monday.", "emmanuel-macron article 2025-06-01 held"},
		// A title held at the clause's time is judged then.
		{"Prime Minister Rishi Sunak, who attended the summit in 2023, sent a message.", "rishi-sunak sentence 2023-01-01 held"},
		// Wrong at both times: the clause's time is kept for the finding.
		{"Prime Minister Liz Truss, who spoke at the summit in 2019, sent a message.", "liz-truss sentence 2019-01-01 not held"},
		// A year of the main clause still dates the title.
		{"In 2016, President Emmanuel Macron founded his movement.", "emmanuel-macron sentence 2016-01-01 not held"},
		// So does another role's aside, with its own years: the title
		// is as of writing.
		{"Chancellor Friedrich Merz, chairman of an asset manager from 2016 to 2020, announced new spending.", "friedrich-merz article 2025-06-01 held"},
		{"President Emmanuel Macron, a member of the jury in 2014, spoke on Monday.", "emmanuel-macron article 2025-06-01 held"},
		// The year of what the mention did it to, after a verb in the
		// past, dates the title; the year of a thing of the mention's
		// names its time, as a reader takes it.
		{"Prime Minister Fumio Kishida hosted the 2023 G7 summit.", "fumio-kishida sentence 2023-01-01 held"},
		{"Prime Minister Shigeru Ishiba hosted the 2023 G7 summit.", "shigeru-ishiba sentence 2023-01-01 not held"},
		{"The 2023 budget of Chancellor Jeremy Hunt froze fuel duty.", "jeremy-hunt history  ?"},
		// A post someone held under the titled name: the title of then,
		// whatever the tense when it is a former one.
		{"A former aide to Prime Minister Boris Johnson says the plan will fail.", "boris-johnson history  ?"},
		{"Jane Roe was Prime Minister Rishi Sunak's chief of staff.", "rishi-sunak history  ?"},
		{"President Joe Biden's former spokesperson said on Monday that the plan would fail.", "joe-biden history  ?"},
		{"President Joe Biden's spokesperson said on Monday that the plan would fail.", "joe-biden article 2025-06-01 not held"},
		// An aside with a verb is no role's: "host" there is the verb.
		{"Prime Minister Liz Truss, who hosted the summit in 2019, sent a message.", "liz-truss sentence 2019-01-01 not held"},
	}
	for _, c := range cases {
		if got := timeOf(c.body); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.body, got, c.want)
		}
	}
}

func TestClauseOpenersOfEachLanguage(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"fr", "Le président Emmanuel Macron, qui a annoncé sa candidature en 2016, a parlé lundi."},
		{"es", "El presidente Emmanuel Macron, que anunció su candidatura en 2016, habló el lunes."},
		{"de", "Präsident Emmanuel Macron, der 2016 seine Kandidatur ankündigte, sprach am Montag."},
		// Another role's aside, with its years.
		{"fr", "Le président Emmanuel Macron, banquier d'affaires de 2008 à 2012, a parlé lundi."},
		{"es", "El presidente Emmanuel Macron, banquero de inversión del banco Rothschild entre 2008 y 2012, habló el lunes."},
		{"de", "Präsident Emmanuel Macron, Investmentbanker der Bank Rothschild von 2008 bis 2012, sprach am Montag."},
	} {
		f := extractBuiltin(t, "---\ndate: 2025-06-01\nlang: "+c.lang+"\n---\n"+c.body+"\n")
		ok := false
		for _, m := range f.Mentions {
			if m.Person == "emmanuel-macron" && m.Held != nil && *m.Held && m.Time.Basis == "article" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: the title is not judged as of writing: %+v", c.body, f.Mentions)
		}
	}
}

// What a verb of saying reports has its own time: a title named before the
// verb is as of the saying, whatever dates and tenses the report holds.
func TestReportedClauseKeepsItsOwnTime(t *testing.T) {
	timeOf := func(lang, body string) string {
		t.Helper()
		f := extractOn(t, "2025-06-10", lang, body)
		for _, m := range f.Mentions {
			if m.Role != "" {
				return m.Person + " " + m.Time.Basis + " " + m.Time.Start
			}
		}
		return "no titled mention"
	}
	cases := []struct{ lang, body, want string }{
		{"en", "NATO Secretary-General Mark Rutte said that in 2019 the allies spent far too little.", "mark-rutte article 2025-06-10"},
		{"en", "NATO Secretary-General Jens Stoltenberg told reporters the talks had been frank.", "jens-stoltenberg article 2025-06-10"},
		{"en", "Prime Minister Keir Starmer said on Monday that the economy had been weak in 2022.", "keir-starmer article 2025-06-10"},
		{"fr", "Le président Emmanuel Macron a déclaré qu'en 2012 la France avait réformé ses retraites.", "emmanuel-macron article 2025-06-10"},
		{"de", "Bundeskanzler Friedrich Merz sagte, 2019 sei die Lage schwieriger gewesen.", "friedrich-merz article 2025-06-10"},
		{"es", "El presidente Pedro Sánchez dijo que en 2015 España había crecido poco.", "pedro-sanchez article 2025-06-10"},
		// The saying's own time still dates the title.
		{"en", "Prime Minister Rishi Sunak said in 2023 that the economy had turned a corner.", "rishi-sunak sentence 2023-01-01"},
		{"en", "Prime Minister Rishi Sunak said, on 3 March 2023, that the economy had turned a corner.", "rishi-sunak sentence 2023-03-03"},
		// Not a report: the time stays the sentence's.
		{"en", "Prime Minister Rishi Sunak visited the plant in 2023.", "rishi-sunak sentence 2023-01-01"},
		// What follows a verb of saying is its object, not a clause, until
		// a verb comes: the date is the announcing's.
		{"en", "Prime Minister Rishi Sunak announced a new migration plan in March 2023.", "rishi-sunak sentence 2023-03-01"},
		{"en", "The Sunak government unveiled the budget and announced a tax cut in March 2023.", "rishi-sunak sentence 2023-03-01"},
		{"en", "Prime Minister Rishi Sunak told reporters the plan would start in March 2023.", "rishi-sunak article 2025-06-10"},
		{"en", "Prime Minister Rishi Sunak said the talks had failed in March 2023.", "rishi-sunak article 2025-06-10"},
	}
	for _, c := range cases {
		if got := timeOf(c.lang, c.body); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.body, got, c.want)
		}
	}
}

// A sentence that opens with its subject's time in office: tied to the
// mention when told in the present, a moment of the term (history) when
// told in the past.
func TestOpeningTimeInOffice(t *testing.T) {
	for _, c := range []struct{ body, basis string }{
		{"Two years into his premiership, Prime Minister Keir Starmer faces a revolt.", "article"},
		{"Two years into his presidency, President Barack Obama signed the law.", "history"},
	} {
		f := extractBuiltin(t, "---\ndate: 2025-06-10\n---\n"+c.body+"\n")
		if len(f.Mentions) != 1 || f.Mentions[0].Time.Basis != c.basis {
			t.Fatalf("%s: want basis %s: %+v", c.body, c.basis, f.Mentions)
		}
		if linked := len(f.Durations) == 1 && f.Durations[0].Mention != nil; linked != (c.basis == "article") {
			t.Errorf("%s: duration tied %v: %+v", c.body, linked, f.Durations)
		}
	}
}

// A present cue that is part of the copula's phrase ("ist derzeit", "is
// still") between an inverted claim's copula and its name.
func TestInvertedClaimWithCueInTheCopula(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"de", "Bundeskanzler ist derzeit Olaf Scholz."},
		{"en", "The current prime minister is still Rishi Sunak."},
	} {
		f := extractOn(t, "2025-06-10", c.lang, c.body)
		if len(f.Mentions) != 1 || f.Mentions[0].ClaimForm != "inverted" || f.Mentions[0].Role == "" {
			t.Errorf("%s: %+v", c.body, f.Mentions)
		}
	}
}

// Outside English a nationality or pin word may follow the title of an
// inverted claim ("Le Premier ministre actuel est …", "le chancelier
// allemand actuel est …", "en exercice"), and German also names the
// holder with "heißt".
func TestInvertedClaimWithWordsAfterTheTitle(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"fr", "Le chancelier allemand actuel est Olaf Scholz."},
		{"fr", "Le chancelier allemand en exercice est Olaf Scholz."},
		{"es", "El canciller alemán actual es Olaf Scholz."},
		{"de", "Der amtierende Bundeskanzler heißt Olaf Scholz."},
	} {
		f := extractOn(t, "2025-06-10", c.lang, c.body)
		if len(f.Mentions) != 1 || f.Mentions[0].ClaimForm != "inverted" || f.Mentions[0].Role != "de-chancellor" || f.Mentions[0].Claim != "current" {
			t.Errorf("%s: %+v", c.body, f.Mentions)
		}
	}
}

// A phrase that points back to an occasion told of before ("During that
// trip", "ce jour-là") makes the sentence history; "this" may be today's.
func TestPointingBackToAPastOccasion(t *testing.T) {
	basis := func(m Mention) string { return m.Time.Basis + " " }
	mentionsSay(t, "en", map[string]string{
		"Fumio Kishida went to Kyiv. During that trip, Prime Minister Kishida also visited Bucha.":  "article history ",
		"Later that year, Chancellor Olaf Scholz agreed to send tanks to Ukraine after long talks.": "history ",
		"During this trip, Prime Minister Kishida also visited Bucha.":                              "article ",
	}, basis)
	mentionsSay(t, "es", map[string]string{
		"Durante ese viaje, el primer ministro Kishida también visitó Bucha.": "history ",
	}, basis)
	mentionsSay(t, "fr", map[string]string{
		"Ce jour-là, le chancelier Olaf Scholz a promis des chars à l'Ukraine.": "history ",
	}, basis)
	mentionsSay(t, "de", map[string]string{
		"An jenem Tag versprach Bundeskanzler Olaf Scholz der Ukraine Panzer.": "history ",
	}, basis)
}

// A clause that opens the sentence with a past participle tells what
// happened to the subject first: the main clause tells of a time from its
// date up to the article's. A clause of "-ing" tells the main clause's
// time.
func TestOpeningParticipleStartsTheTime(t *testing.T) {
	when := func(m Mention) string { return m.Time.Basis + " " + m.Time.Start + ".." + m.Time.End + "|" }
	mentionsSay(t, "en", map[string]string{
		"Named a cardinal in 2023, Pope Leo XIV quickly rose through the Vatican ranks.":       "sentence 2023-01-01..2025-12-10|",
		"After graduating in 1982, Prime Minister Keir Starmer worked as a barrister.":         "sentence 1982-01-01..2025-12-10|",
		"Born in Chicago in 1955, Pope Leo XIV joined the Augustinian order.":                  "article 2025-12-10..2025-12-10|",
		"Speaking in 2023, Prime Minister Keir Starmer praised the nurses.":                    "sentence 2023-01-01..2023-12-31|",
		"In 2023, Pope Leo XIV was named a cardinal.":                                          "sentence 2023-01-01..2023-12-31|",
		"Named in the report, Prime Minister Keir Starmer said in 2023 that he would respond.": "sentence 2023-01-01..2023-12-31|",
	}, when)
	mentionsSay(t, "fr", map[string]string{
		"Nommé cardinal en 2023, le pape Léon XIV a gravi rapidement les échelons.": "sentence 2023-01-01..2025-12-10|",
	}, when)
	mentionsSay(t, "es", map[string]string{
		"Nombrado cardenal en 2023, el papa León XIV ascendió con rapidez.": "sentence 2023-01-01..2025-12-10|",
	}, when)
}

// A date in a participle after the object ("a rule finalized in 2024")
// tells when that thing was made: what the name did to it came later, up
// to the article's date. A participle phrase holding the name, or a date
// that opens the sentence, still gives the time.
func TestObjectParticipleDateStartsTheTime(t *testing.T) {
	when := func(m Mention) string { return m.Time.Basis + " " + m.Time.Start + ".." + m.Time.End + "|" }
	mentionsSay(t, "en", map[string]string{
		"President Donald Trump rescinded a rule finalized in 2024.":                      "sentence 2024-01-01..2025-12-10|",
		"Prime Minister Mark Carney scrapped the consumer carbon tax introduced in 2019.": "sentence 2019-01-01..2025-12-10|",
		"A rule finalized in 2024 by President Joe Biden was rescinded.":                  "sentence 2024-01-01..2024-12-31|",
		"In 2019, Prime Minister Boris Johnson scrapped the tax.":                         "sentence 2019-01-01..2019-12-31|",
		"Prime Minister Boris Johnson was elected in 2019.":                               "sentence 2019-01-01..2019-12-31|",
	}, when)
}

// A time in a relative clause on the object, with no comma ("a
// conviction that came last year") is the object's, as a participle's
// date is; "said that" opens what was said, not a relative clause. A
// limit ("until April 2") written after a past verb is no day of the
// year before.
func TestObjectRelativeTimeStartsTheTime(t *testing.T) {
	when := func(m Mention) string { return m.Time.Basis + " " + m.Time.Start + ".." + m.Time.End + "|" }
	mentionsSay(t, "en", map[string]string{
		"Chancellor Friedrich Merz attacked the budget which passed in 2024.":       "sentence 2024-01-01..2025-12-10|",
		"President Donald Trump is appealing a conviction that came last year.":     "relative 2024-01-01..2025-12-10|",
		"Chancellor Friedrich Merz said that in 2024 the budget had failed.":        "article 2025-12-10..2025-12-10|",
		"The budget that passed in 2024 was attacked by Chancellor Friedrich Merz.": "sentence 2024-01-01..2024-12-31|",
		"Chancellor Friedrich Merz, who took office in 2025, attacked the budget.":  "article 2025-12-10..2025-12-10|",
		"Mexican President Claudia Sheinbaum extended the pause until December 20.": "article 2025-12-10..2025-12-10|",
		"Mexican President Claudia Sheinbaum met ministers on December 20.":         "sentence 2024-12-20..2024-12-20|",
	}, when)
	mentionsSay(t, "fr", map[string]string{
		"Le chancelier Friedrich Merz a critiqué la réforme que le Parlement a adoptée en 2024.": "sentence 2024-01-01..2025-12-10|",
	}, when)
}

// "Then a former president" says the person was out of office at the
// time the sentence tells of: no claim about the office at all, where "a
// former president" alone speaks of the time of writing.
func TestThenFormerClaimsNothing(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Donald Trump, then a former president, spoke in 2023.":         "none|",
		"Donald Trump, who was then a former president, spoke in 2023.": "none|",
		"Donald Trump, a former president, spoke on Tuesday.":           "former|",
	}, func(m Mention) string { return m.Claim + "|" })
}

// Words that describe a title may stand between its article and it, in
// an apposition before the name ("the veteran Dutch prime minister, Mark
// Rutte,"), and between a boss's possessive and it ("Trump's first-term
// secretary of state, Rex Tillerson," names him then).
func TestEpithetsBeforeATitle(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"The veteran Dutch prime minister, Mark Rutte, met ministers on Tuesday.":        "nl-prime-minister current|",
		"The 57-year-old prime minister, Mark Rutte, met ministers on Tuesday.":          "nl-prime-minister current|",
		"Trump's first-term secretary of state, Rex Tillerson, kept a low profile.":      "none|us-secretary-of-state then|",
		"Protesters attacked prime minister, Mark Rutte said on Tuesday, without cause.": "none|",
	}, func(m Mention) string {
		if m.Role == "" {
			return m.Claim + "|"
		}
		return m.Role + " " + m.Claim + "|"
	})
}

// A short label that opens the sentence with an event's year and ends with
// a colon dates what follows it.
func TestLabelWithAYearDatesTheSentence(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"The 2022 summit: Chancellor Olaf Scholz hosted the leaders.":                               "sentence 2022|",
		"After the long talks about the 2022 summit ended: Chancellor Olaf Scholz spoke at length.": "article |",
	}, func(m Mention) string { return m.Time.Basis + " " + m.Time.Text + "|" })
}

// German opens a main clause with "Als" and the role, then the finite
// verb, then its holder: a title like "As prime minister, …". Told in the
// past without a date, it is the time in office.
func TestGermanRoleBeforeTheVerb(t *testing.T) {
	mentionsSay(t, "de", map[string]string{
		"Als Bundeskanzler hat Olaf Scholz versprochen, die Bundeswehr zu stärken.": "de-chancellor history|",
		"Als Bundeskanzler verspricht Olaf Scholz mehr Geld für die Bundeswehr.":    "de-chancellor article|",
		"Als Bundeskanzler versprach Olaf Scholz am Dienstag mehr Geld.":            "de-chancellor article|",
		"Als Finanzminister Christian Lindner sprach, war der Saal leer.":           "de-finance-minister article|",
	}, func(m Mention) string { return m.Role + " " + m.Time.Basis + "|" })
}

// A subject pronoun opening a sentence stands for the person named as the
// subject of the last sentence that names anyone, when that sentence
// names no one else, every sentence between opens with a subject pronoun
// and the person held the office at some time.
func TestPronounClaims(t *testing.T) {
	checkClaims(t, "2025-08-01", "Rishi Sunak is a British politician. He was born in 1980. He is currently the prime minister of the United Kingdom.",
		"He is currently the prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "---\nlang: de\n---\nOlaf Scholz ist ein deutscher Politiker der SPD. Er ist derzeit Bundeskanzler der Bundesrepublik Deutschland.",
		"Er ist derzeit Bundeskanzler|olaf-scholz|german-chancellor|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "---\nlang: de\n---\nOlaf Scholz ist ein deutscher Politiker der SPD. Seit Dezember 2021 ist er Bundeskanzler.",
		"er Bundeskanzler|olaf-scholz|german-chancellor|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Mr. Rishi Sunak is a British politician. He is the prime minister of the United Kingdom.",
		"He is the prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
	// Spanish drops the pronoun: the copula opening the sentence stands
	// for its subject, but not in a cleft that singles out the office.
	checkClaims(t, "2025-08-01", "---\nlang: es\n---\nJoe Biden visitó Madrid el lunes. Es el actual presidente de Estados Unidos.",
		"Es el actual presidente de Estados Unidos|joe-biden|us-president|current|copula|article 2025-08-01..2025-08-01 current")
	checkClaims(t, "2025-08-01", "---\nlang: es\n---\nJoe Biden habló con los periodistas. Sigue siendo presidente de Estados Unidos.",
		"Sigue siendo presidente de Estados Unidos|joe-biden|us-president|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "---\nlang: es\n---\nJoe Biden visitó Madrid el lunes. Es el presidente quien decide.")
	checkClaims(t, "2025-08-01", "---\nlang: es\n---\nLa reunión terminó tarde. Es el presidente de Estados Unidos.")
	// The block before, with an earlier mention above it.
	checkClaims(t, "2025-08-01", "# Who is Rishi Sunak?\n\nRishi Sunak is a British politician.\n\nHe is currently the prime minister of the United Kingdom.",
		"He is currently the prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
	// Two people before, a name that is not the subject, a sentence
	// between about something else, an office never held: no claim.
	checkClaims(t, "2025-08-01", "Rishi Sunak met Olaf Scholz in Berlin. He is the prime minister of the United Kingdom.")
	checkClaims(t, "2025-08-01", "Reporters asked Rishi Sunak about the plan. He is the prime minister of the United Kingdom.")
	checkClaims(t, "2025-08-01", "Rishi Sunak is a British politician. The party met on Monday. He is the prime minister of the United Kingdom.")
	checkClaims(t, "2025-08-01", "Rishi Sunak is a British politician. He is the chancellor of Germany.")
}

// A copula claim after something else said of the name: a first
// predicate and "and", or an apposition or relative clause between
// commas. Another name or a clause of its own between: no claim.
func TestLaterCopula(t *testing.T) {
	checkClaims(t, "2025-08-01", "Rishi Sunak is a member of the Conservative Party and has been prime minister of the United Kingdom since October 2022.",
		"Rishi Sunak is a member of the Conservative Party and has been prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Rishi Sunak, a member of the Conservative Party, has been prime minister of the United Kingdom since October 2022.",
		"Rishi Sunak, a member of the Conservative Party, has been prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Rishi Sunak, who has served as prime minister of the United Kingdom since 2022, said on Monday that the plan would go ahead.",
		"Rishi Sunak, who has served as prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|relative|article 2025-08-01..2025-08-01 present")
	// "and serves as" is one claim phrase; "and the" is not a copula.
	checkClaims(t, "2025-08-01", "Rishi Sunak leads the party and serves as prime minister of the United Kingdom.",
		"Rishi Sunak leads the party and serves as prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Rishi Sunak chairs the committee and the prime minister of the United Kingdom attends.")
	// Taking an office, then "and" holding it still: a claim of now,
	// the date of taking it its start; holding it no longer, no claim
	// of now.
	checkClaims(t, "2025-08-01", "Rishi Sunak became prime minister of the United Kingdom in October 2022 and remains in the post.",
		"Rishi Sunak became prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Rishi Sunak became prime minister of the United Kingdom in October 2022 and stayed in office until 2024.",
		"Rishi Sunak became prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|then|copula|sentence 2022-10-01..2022-10-31 ")
	checkClaims(t, "2025-08-01", "Rishi Sunak met Olaf Scholz and is the prime minister of the United Kingdom.")
	checkClaims(t, "2025-08-01", "Rishi Sunak thanked voters, but the prime minister is Keir Starmer.",
		"prime minister is Keir Starmer|keir-starmer|uk-prime-minister|current|inverted|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Rishi Sunak, who has served as prime minister of the United Kingdom twice, said on Monday that the plan would go ahead.",
		"Rishi Sunak, who has served as prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|then|relative|history .. ")
}

// An age, a party or a caption's place in brackets may stand between the
// name and its copula; another word may not.
func TestBracketBeforeTheCopula(t *testing.T) {
	checkClaims(t, "2025-08-01", "Joe Biden (82) is the US President.",
		"Joe Biden (82) is the US President|joe-biden|us-president|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Joe Biden (D-Del.) is the US President.",
		"Joe Biden (D-Del.) is the US President|joe-biden|us-president|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "---\nlang: de\n---\nOlaf Scholz (SPD) ist Bundeskanzler.",
		"Olaf Scholz (SPD) ist Bundeskanzler|olaf-scholz|german-chancellor|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Joe Biden (pictured) is the US President.",
		"Joe Biden (pictured) is the US President|joe-biden|us-president|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Joe Biden (reportedly) is the US President.")
}

// An adverb that assures the claim may stand between the copula and the
// title; a hedge may not.
func TestAssuringAdverb(t *testing.T) {
	checkClaims(t, "2025-08-01", "Rishi Sunak is officially the prime minister of the United Kingdom.",
		"Rishi Sunak is officially the prime minister of the United Kingdom|rishi-sunak|uk-prime-minister|current|copula|article 2025-08-01..2025-08-01 present")
	checkClaims(t, "2025-08-01", "Rishi Sunak is reportedly the prime minister of the United Kingdom.")
}

func TestStillInAPastSentence(t *testing.T) {
	// "still" in a sentence told in the past is still at the time told,
	// not at the article's; in the present it speaks of now.
	checkClaims(t, "2025-08-10", "In 2023, President Joe Biden still led the polls.",
		"President Joe Biden|joe-biden|us-president|current|title|sentence 2023-01-01..2023-12-31 ")
	checkClaims(t, "2025-08-10", "President Joe Biden still leads the polls.",
		"President Joe Biden|joe-biden|us-president|current|title|article 2025-08-10..2025-08-10 ")
}

func TestForeignMonthsAndPartsOfYearsDateATitle(t *testing.T) {
	// A month without its year after "en", "im", "en" (the year before
	// the article's when the sentence is told in the past), and a part of
	// a year ("Fin 2024", "Ende 2024"), are the time a title is judged at.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"En décembre, le chancelier Olaf Scholz a perdu un vote de confiance.": "fr",
		"Im Dezember verlor Kanzler Olaf Scholz die Vertrauensfrage.":          "de",
		"Am 16. Dezember verlor Kanzler Olaf Scholz die Vertrauensfrage.":      "de",
		"En diciembre, el canciller Olaf Scholz perdió la moción.":             "es",
		"Fin 2024, le chancelier Olaf Scholz a perdu sa majorité.":             "fr",
		"Ende 2024 verlor Kanzler Olaf Scholz seine Mehrheit.":                 "de",
	}, "the title is of late 2024", func(m Mention) bool {
		return m.Time.Basis == "sentence" && strings.HasPrefix(m.Time.Start, "2024-")
	})
}

func TestOustedBeforeTheTitle(t *testing.T) {
	// Ousted, deposed, removed before the title: out of the office.
	checkFirstMention(t, "2025-11-10", map[string]string{
		"Der gestürzte Präsident Bashar al-Assad lebt in Moskau.":         "de",
		"Der abgesetzte Präsident Yoon Suk Yeol wurde festgenommen.":      "de",
		"El derrocado presidente Bashar al-Assad vive en Moscú.":          "es",
		"La destituida presidenta Dina Boluarte no puede salir del país.": "es",
	}, "a former holder", func(m Mention) bool { return m.Claim == "former" })
}

func TestFormsOfThePast(t *testing.T) {
	// A comparison, a legacy or past service before an administration:
	// of its own time, not acting now; the form alone acts now.
	for body, want := range map[string]string{
		"Unlike the Biden administration, the White House is weighing new tariffs.":   "then",
		"The policy is a holdover from the Biden administration.":                     "then",
		"Jake Sullivan, who served in the Biden administration, says the plan works.": "then",
		"The Biden administration is weighing new tariffs.":                           "current",
		"A response from the Biden administration is expected.":                       "current",
	} {
		f := extractOn(t, "2025-08-10", "en", body)
		var claims []string
		for _, m := range f.Mentions {
			if m.Kind == "adjectival" {
				claims = append(claims, m.Claim)
			}
		}
		if len(claims) != 1 || claims[0] != want {
			t.Errorf("%s: the administration's claim should be %s: %v", body, want, claims)
		}
	}
}

func TestShortFormOfAnAdministration(t *testing.T) {
	// "the Biden admin", as headlines write it, in the built-in base.
	checkFirstMention(t, "2025-08-10", map[string]string{"The Biden admin disagreed.": "en"}, "the administration",
		func(m Mention) bool {
			return m.Kind == "adjectival" && m.Person == "joe-biden" && m.Title != nil && m.Title.Text == "admin"
		})
}

func TestTenureWithAQualifiedLength(t *testing.T) {
	// "prime minister for nearly a decade" tells a term whole, as "for
	// nine years" does: of its own time once the term had ended.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Justin Trudeau, Canada's prime minister for nearly a decade, warned against it.": "en",
		"Justin Trudeau, Canada's prime minister for nine years, warned against it.":      "en",
	}, "a term told whole", func(m Mention) bool { return m.Time.Basis == "history" })
}

func TestTakingOfficeInAMonthOrAYear(t *testing.T) {
	// "took office" with no office named, dated by a month or a year with
	// its year written, or in a relative clause: the office whose term
	// began nearest, dated by the sentence.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Keir Starmer took office in July 2023.":                            "en",
		"Keir Starmer took office in 2023.":                                 "en",
		"Keir Starmer, who took office on July 5, 2023, is under pressure.": "en",
		"Keir Starmer took office in 2023 as prime minister.":               "en",
	}, "taking the office, dated", func(m Mention) bool {
		return m.TookOffice && m.Role == "uk-prime-minister" && m.Time.Basis == "sentence"
	})
	// German puts the date inside the verb; Spanish names the presidency.
	checkFirstMention(t, "2025-11-10", map[string]string{
		"Donald Trump wurde am 20. Januar 2024 vereidigt.":                             "de",
		"Donald Trump asumió la presidencia el 20 de enero de 2024.":                   "es",
		"Donald Trump asumió la presidencia de Estados Unidos el 20 de enero de 2024.": "es",
		"Donald Trump was inaugurated for a second term on January 20, 2024.":          "en",
	}, "taking the office, dated", func(m Mention) bool {
		return m.TookOffice && m.Role == "us-president" && m.Time.Basis == "sentence"
	})
	// A month without its year may be any year's; an office named after
	// the date may be one the base does not hold.
	checkNoMention(t, "2025-08-10", map[string]string{
		"Keir Starmer took office in January.":                                                       "en",
		"Kemi Badenoch, who took office in September 2022 as trade secretary, later ran for leader.": "en",
	}, "no start of a term the base holds", func(m Mention) bool { return m.TookOffice })
}

func TestTimeInPowerWithNoOfficeNamed(t *testing.T) {
	// A time in office after a name alone claims the office held now, for
	// that long; not for someone who held power in several offices or
	// terms, whose time counts them all.
	for body, lang := range map[string]string{
		"Pedro Sánchez lleva dos años en el poder.":                               "es",
		"Pedro Sánchez, au pouvoir depuis deux ans, a convoqué des élections.":    "fr",
		"Pedro Sánchez ist seit zwei Jahren im Amt.":                              "de",
		"Pedro Sánchez, who has been in power for two years, called an election.": "en",
	} {
		f := extractOn(t, "2025-08-10", lang, body)
		if len(f.Mentions) != 1 || f.Mentions[0].Role != "es-prime-minister" || len(f.Durations) != 1 || f.Durations[0].Mention == nil {
			t.Errorf("%s: the office held now, for that long: %+v %+v", body, f.Mentions, f.Durations)
		}
	}
	for _, m := range extractOn(t, "2025-08-10", "de", "Recep Tayyip Erdoğan ist seit 22 Jahren an der Macht.").Mentions {
		if m.Role != "" {
			t.Errorf("power held in two offices claims neither: %+v", m)
		}
	}
}

func TestGermanRegnalNumberWithItsFullStop(t *testing.T) {
	// "Elisabeth II. starb": the number's full stop ends no name; the
	// death after it is the name's.
	for _, body := range []string{"Königin Elisabeth II. starb am 8. September 2022.", "Königin Elisabeth II starb am 8. September 2022."} {
		f := extractOn(t, "2025-11-10", "de", body)
		if len(f.Events) != 1 || f.Events[0].Person != "elizabeth-ii" {
			t.Errorf("%s: a death: %+v", body, f.Events)
		}
	}
	if f := extractOn(t, "2025-11-10", "de", "Sie traf Elisabeth II. Danach reiste sie ab."); len(f.Events) != 0 {
		t.Errorf("a sentence ending with the number: %+v", f.Events)
	}
}

func TestLeavingTheOffice(t *testing.T) {
	// "left office as TITLE on DATE" is the last day; "stepped down as
	// TITLE in DATE" a resignation, which may come before it.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Joe Biden left office as president on January 20, 2024.": "en",
	}, "leaving an office on its last day", func(m Mention) bool {
		return m.LeftOffice == "left" && !m.TookOffice && m.Role != ""
	})
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Justin Trudeau stepped down as prime minister in March 2024.":    "en",
		"Justin Trudeau dimitió como primer ministro en marzo de 2024.":   "es",
		"François Bayrou a démissionné de son poste de Premier ministre.": "fr",
	}, "resigning an office", func(m Mention) bool {
		return m.LeftOffice == "resigned" && !m.TookOffice && m.Role != ""
	})
	// With no office named, the words may be of a seat the base does not
	// hold: no office's end.
	checkNoMention(t, "2025-08-10", map[string]string{
		"Boris Johnson resigned in June 2023.":         "en",
		"Kevin McCarthy left office in December 2023.": "en",
	}, "no office left", func(m Mention) bool { return m.LeftOffice != "" })
}

func TestTitleBeforeOrAfterAHolder(t *testing.T) {
	// "the prime minister before Carney": the title of that time; not
	// before an event, "the prime minister before the election", of now.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Justin Trudeau, the prime minister before Carney, warned against it.":    "en",
		"Rishi Sunak, the prime minister after Liz Truss, spoke.":                 "en",
		"Justin Trudeau, le Premier ministre avant Mark Carney, a averti.":        "fr",
		"Justin Trudeau, el primer ministro antes de Mark Carney, advirtió ayer.": "es",
	}, "the title of that time", func(m Mention) bool { return m.Time.Basis == "history" })
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Justin Trudeau, the prime minister before the election, warned.": "en",
	}, "before an event, not a holder", func(m Mention) bool { return m.Time.Basis != "history" })
}

func TestTitledNameBecameTheSameOffice(t *testing.T) {
	// ", who became chancellor in May 2025," after a titled name: the
	// day the term of that office began; another office's says nothing.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Chancellor Friedrich Merz, who became chancellor in May 2024, spoke.": "en",
	}, "a start of the same office", func(m Mention) bool { return m.Since != nil })
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Chancellor Friedrich Merz, who became CDU leader in 2022, spoke.": "en",
	}, "no start of another office", func(m Mention) bool { return m.Since == nil })
}

// checkFirstMention extracts each body (body → language) dated date and
// reports those whose first mention is missing or not as want says,
// which what describes.
func checkFirstMention(t *testing.T, date string, bodies map[string]string, what string, want func(Mention) bool) {
	t.Helper()
	for body, lang := range bodies {
		if ms := extractOn(t, date, lang, body).Mentions; len(ms) == 0 || !want(ms[0]) {
			t.Errorf("%s: %s: %+v", body, what, ms)
		}
	}
}

// checkNoMention reports the bodies with a mention that bad holds of.
func checkNoMention(t *testing.T, date string, bodies map[string]string, what string, bad func(Mention) bool) {
	t.Helper()
	for body, lang := range bodies {
		for _, m := range extractOn(t, date, lang, body).Mentions {
			if bad(m) {
				t.Errorf("%s: %s: %+v", body, what, m)
			}
		}
	}
}

func TestGermanDeathAroundItsDate(t *testing.T) {
	// "ist am … gestorben": the death, with its date inside the verb.
	f := extractOn(t, "2025-11-10", "de", "Papst Franziskus ist am 21. April 2024 gestorben.")
	if len(f.Events) != 1 || f.Events[0].Person != "francis" || !strings.Contains(f.Events[0].Text, "gestorben") {
		t.Errorf("a death told around its date: %+v", f.Events)
	}
}

func TestGermanBracketOfAChangeOfOffice(t *testing.T) {
	// German puts the time inside the verb: "wurde am … zum Kanzler
	// gewählt" is chosen, "wurde … Kanzler" and "ist … Kanzler geworden"
	// become, "wurde … als Kanzler vereidigt" takes the oath; in a main
	// clause, with the verb before the name, or in a relative clause.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Friedrich Merz wurde am 6. Mai 2025 zum Bundeskanzler gewählt.":                  "de",
		"Friedrich Merz ist im Mai 2025 im Bundestag zum Kanzler gewählt worden.":         "de",
		"Im Mai 2025 wurde Friedrich Merz zum Bundeskanzler gewählt.":                     "de",
		"Friedrich Merz, der im Mai 2025 zum Kanzler gewählt wurde, sprach im Bundestag.": "de",
	}, "chosen, dated", func(m Mention) bool {
		return m.Chosen && m.TookOffice && m.Role == "de-chancellor" && m.Time.Basis == "sentence"
	})
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Olaf Scholz wurde im Dezember 2021 Bundeskanzler.":               "de",
		"Angela Merkel wurde 2005 Bundeskanzlerin.":                       "de",
		"Olaf Scholz ist 2021 Kanzler geworden.":                          "de",
		"Olaf Scholz wurde am 8. Dezember 2021 als Kanzler vereidigt.":    "de",
		"Olaf Scholz, der im Dezember 2021 Kanzler wurde, gab auf.":       "de",
		"Olaf Scholz wurde 2021 Kanzler und regierte mit Grünen und FDP.": "de",
	}, "becoming, dated", func(m Mention) bool {
		return !m.Chosen && m.TookOffice && m.Role == "de-chancellor" && m.Time.Basis == "sentence"
	})
	// Being the office, or a passive of something else, is no change.
	checkNoMention(t, "2025-08-10", map[string]string{
		"Olaf Scholz ist Bundeskanzler.":                        "de",
		"Olaf Scholz war 2023 Bundeskanzler.":                   "de",
		"Olaf Scholz wurde 2023 als Kanzler scharf kritisiert.": "de",
		"Olaf Scholz wurde 2023 zum Kanzler befragt.":           "de",
	}, "no change of office", func(m Mention) bool { return m.TookOffice })
}

func TestSucceedingSomeone(t *testing.T) {
	// "X succeeded Y in DATE" dates X taking the office Y left then, in
	// every language; the office is found from the two terms.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Mark Rutte succeeded Jens Stoltenberg in October 2024.":                             "en",
		"Mark Rutte, who took over from Jens Stoltenberg in October 2024, spoke.":            "en",
		"Mark Rutte succeeded Jens Stoltenberg as NATO secretary-general on 1 October 2024.": "en",
		"Mark Rutte a succédé à Jens Stoltenberg en octobre 2024.":                           "fr",
		"Mark Rutte sucedió a Jens Stoltenberg en octubre de 2024.":                          "es",
		"Mark Rutte folgte im Oktober 2024 auf Jens Stoltenberg.":                            "de",
		"Mark Rutte löste Jens Stoltenberg im Oktober 2024 ab.":                              "de",
	}, "taking the office from the other, dated", func(m Mention) bool {
		return m.Person == "mark-rutte" && m.TookOffice && m.Role == "nato-secretary-general" && m.Time.Basis == "sentence"
	})
	// Two people who never followed each other in one office, or no date
	// right after: no claim.
	checkNoMention(t, "2025-08-10", map[string]string{
		"Donald Trump replaced Lloyd Austin with Pete Hegseth in January 2025.": "en",
		"Mark Rutte succeeded Jens Stoltenberg, who had led NATO since 2014.":   "en",
		"Mark Rutte löste im Oktober 2024 Jens Stoltenberg nicht ab, sagte er.": "de",
	}, "no succession", func(m Mention) bool { return m.TookOffice })
	// The passive: "Y was succeeded by X in DATE".
	for _, body := range []string{
		"Jens Stoltenberg was succeeded by Mark Rutte in October 2024.",
		"Jens Stoltenberg was replaced by Mark Rutte as NATO chief in October 2024.",
	} {
		f := extractOn(t, "2025-08-10", "en", body)
		ok := false
		for _, m := range f.Mentions {
			ok = ok || m.Person == "mark-rutte" && m.TookOffice && m.Role == "nato-secretary-general" && m.Time.Basis == "sentence"
		}
		if !ok {
			t.Errorf("%s: %+v", body, f.Mentions)
		}
	}
}

func TestQuotationOfAClauseWithItsVerb(t *testing.T) {
	// A quotation with a verb besides the name is the speaker's words,
	// in every language; a title and name alone in quotation marks are
	// not.
	checkFirstMention(t, "2025-08-10", map[string]string{
		`"Former President Trump is lying," she said on Monday.`:   "en",
		"Elle a déclaré : « L'ancien président Trump ment ».":      "fr",
		"„Der frühere Präsident Trump lügt“, sagte sie am Montag.": "de",
		`"El expresidente Trump miente", dijo el lunes.`:           "es",
	}, "quoted", func(m Mention) bool { return m.Quoted && m.Claim == "former" })
	checkNoMention(t, "2025-08-10", map[string]string{
		`She called him "Former President Trump" on Monday.`: "en",
	}, "quoted", func(m Mention) bool { return m.Quoted })
}

func TestSeatOfOfficeStandsForIt(t *testing.T) {
	// The place an office is held in stands for it: moving in is taking
	// the office, leaving it is leaving, dated by a month or a year.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Keir Starmer moved into Downing Street in July 2024.":     "en",
		"Keir Starmer est entré à Downing Street en juillet 2024.": "fr",
		"Pedro Sánchez llegó a la Moncloa en junio de 2018.":       "es",
		"Friedrich Merz zog im Mai 2025 ins Kanzleramt ein.":       "de",
	}, "taking the office, dated", func(m Mention) bool {
		return m.TookOffice && m.Time.Basis == "sentence" && (m.Role == "uk-prime-minister" || m.Role == "es-prime-minister" || m.Role == "de-chancellor")
	})
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Gabriel Attal a quitté Matignon en septembre 2024.":            "fr",
		"Angela Merkel schied im Dezember 2021 aus dem Kanzleramt aus.": "de",
	}, "leaving the office, dated", func(m Mention) bool { return m.LeftOffice == "left" && m.Time.Basis == "sentence" })
	// A day's coming and going, a visit long after the term, or someone
	// who never held the office: no claim.
	checkNoMention(t, "2025-08-10", map[string]string{
		"Rishi Sunak left Downing Street on Monday to meet the King.":   "en",
		"Tony Blair arrived at Downing Street in March 2023 for talks.": "en",
		"Emmanuel Macron arrived at the White House in February 2025.":  "en",
	}, "no change of office", func(m Mention) bool { return m.TookOffice || m.LeftOffice != "" })
}

func TestEverySeatNamesARoleOfTheBase(t *testing.T) {
	g := builtinGazetteer(t)
	if len(g.seats) == 0 {
		t.Fatal("no seats of office in the built-in cues")
	}
	for _, s := range g.seats {
		if g.kb.Role(s.role) == nil {
			t.Errorf("seat %q: role %q is not in the knowledge base", strings.Join(s.words, " "), s.role)
		}
	}
}

func TestFrontedTitleWithAWordOfNow(t *testing.T) {
	// "Aujourd'hui Premier ministre, X" claims the office now, as
	// "Désormais Premier ministre, X" does.
	checkFirstMention(t, "2025-08-10", map[string]string{
		"Aujourd'hui Premier ministre, Gabriel Attal défend sa réforme.":  "fr",
		"Actuellement Premier ministre, Gabriel Attal défend sa réforme.": "fr",
		"Actualmente primer ministro, Mariano Rajoy defiende su reforma.": "es",
	}, "a title claimed now", func(m Mention) bool { return m.Claim == "current" && m.Role != "" })
}

// A title named as the agent of an act done once in office, or inside a
// relative clause told in the past, is the title of then, whatever the
// main clause says of now; German sets the act's year before its verb.
func TestActsDoneInOfficeOfEachLanguage(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"de", "Die von Kanzler Olaf Scholz eingeführte Prämie gilt weiterhin.", "history"},
		{"de", "Die 2023 von Kanzler Olaf Scholz eingeführte Prämie wurde gestrichen.", "history"},
		{"de", "Der von Präsident Joe Biden 2022 unterzeichnete Vertrag wird nun neu verhandelt.", "history"},
		{"de", "Das Abkommen, das Kanzler Olaf Scholz 2023 unterzeichnete, wurde gekündigt.", "sentence 2023-01-01"},
		{"de", "Die Prämie, die Kanzler Olaf Scholz vorschlug, gilt weiter.", "history"},
		{"de", "Der von Kanzler Olaf Scholz 2022 angekündigte Fonds ist inzwischen aufgebraucht.", "history"},
		{"de", "Die Prämie, die Kanzler Olaf Scholz eingeführt hatte, gilt weiter.", "history"},
		{"fr", "La prime introduite par le chancelier Olaf Scholz existe toujours.", "history"},
		{"es", "La prima impulsada por el canciller Olaf Scholz sigue vigente.", "history"},
		{"en", "The bonus unveiled by Chancellor Olaf Scholz still exists.", "history"},
		// What the person does now is judged now; the year of a thing
		// named in the clause dates that thing.
		{"de", "Die Prämie, die Kanzler Olaf Scholz plant, gilt als umstritten.", "article 2025-10-01"},
		{"de", "Kanzler Olaf Scholz will die 2023 beschlossene Prämie abschaffen.", "article 2025-10-01"},
	} {
		f := extractOn(t, "2025-10-01", c.lang, c.body)
		got := "no mention"
		for _, m := range f.Mentions {
			if m.Person == "olaf-scholz" || m.Person == "joe-biden" {
				got = strings.TrimSpace(m.Time.Basis + " " + m.Time.Start)
			}
		}
		if got != c.want {
			t.Errorf("%s: time %q, want %q", c.body, got, c.want)
		}
	}
}

// An apposition or relative clause with a word of now or of staying on
// claims the office at the time of writing, in each language.
func TestNowWordsInAppositions(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "Rishi Sunak, who remains prime minister, opened the session."},
		{"en", "Rishi Sunak, who continues as prime minister, opened the session."},
		{"fr", "Rishi Sunak, qui est aujourd'hui Premier ministre, a ouvert la séance."},
		{"fr", "Rishi Sunak, désormais Premier ministre, a ouvert la séance."},
		{"fr", "Rishi Sunak, qui reste Premier ministre, a ouvert la séance."},
		{"es", "Rishi Sunak, que sigue siendo primer ministro, abrió la sesión."},
		{"es", "Rishi Sunak, hoy primer ministro, abrió la sesión."},
		{"de", "Rishi Sunak, heute Premierminister, eröffnete die Sitzung."},
	} {
		f := extractOn(t, "2025-06-01", c.lang, c.body)
		if len(f.Mentions) == 0 || f.Mentions[0].Claim != "current" || f.Mentions[0].Time.Basis != "article" || f.Mentions[0].Held == nil || *f.Mentions[0].Held {
			t.Errorf("%s: want a current claim judged as of writing, not held: %+v", c.body, f.Mentions)
		}
	}
}

// A qualifier of then ("entonces", "damals", "as he then was") makes the
// title one of the time the sentence names: judged then when it names
// one, not at all when it names none.
func TestThenQualifiersOfEachLanguage(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"es", "En 2023, el entonces primer ministro británico Keir Starmer visitó Kiev.", "sentence 2023-01-01 not held"},
		{"es", "En 2023, el entonces primer ministro británico Rishi Sunak visitó Kiev.", "sentence 2023-01-01 held"},
		{"de", "2023 reiste Keir Starmer, damals britischer Premierminister, nach Kiew.", "sentence 2023-01-01 not held"},
		{"en", "Prime Minister Rishi Sunak, as he then was, promised a vote.", "history"},
		{"en", "Prime Minister Rishi Sunak (as he was then) promised a vote.", "history"},
	} {
		f := extractOn(t, "2025-05-10", c.lang, c.body)
		got := "no mention"
		for _, m := range f.Mentions {
			if m.Role != "" {
				got = strings.TrimSpace(m.Time.Basis + " " + m.Time.Start)
				if m.Held != nil {
					got += map[bool]string{true: " held", false: " not held"}[*m.Held]
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.body, got, c.want)
		}
	}
	// "then President-elect X" with a date claims X was elect on that
	// date; without one, it claims nothing about today.
	for body, want := range map[string]string{
		"en:In December 2024, then President-elect Donald Trump threatened Canada.":               "future",
		"es:En diciembre de 2024, el entonces presidente electo, Donald Trump, amenazó a Canadá.": "future",
		"en:Then President-elect Donald Trump threatened Canada.":                                 "then",
	} {
		lang, text, _ := strings.Cut(body, ":")
		f := extractOn(t, "2025-06-10", lang, text)
		if len(f.Mentions) == 0 || f.Mentions[0].Claim != want {
			t.Errorf("%s: want claim %s: %+v", text, want, f.Mentions)
		}
	}
}

// "his Canadian counterpart, X" claims X holds the office that governs
// the country the nationality names, in each language's word order.
func TestCounterparts(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Albanese called his Canadian counterpart, Justin Trudeau, on Monday.", "ca-prime-minister not held"},
		{"en", "Albanese called his Canadian counterpart Mark Carney on Monday.", "ca-prime-minister held"},
		{"en", "Albanese met Justin Trudeau, his Canadian counterpart, on Monday.", "ca-prime-minister not held"},
		{"fr", "Emmanuel Macron a appelé son homologue canadien, Justin Trudeau, lundi.", "ca-prime-minister not held"},
		{"es", "Pedro Sánchez llamó a su homólogo canadiense Justin Trudeau el lunes.", "ca-prime-minister not held"},
		{"de", "Friedrich Merz telefonierte am Montag mit seinem kanadischen Amtskollegen Justin Trudeau.", "ca-prime-minister not held"},
		// A minister's counterpart holds the office of the kind that the
		// sentence's other person holds or its title names: Rubio is
		// secretary of state, Hegseth secretary of defense.
		{"en", "Rubio met his Canadian counterpart, Mélanie Joly, on Monday.", "ca-foreign-minister held"},
		{"en", "Hegseth phoned his Israeli counterpart, Yoav Gallant, on Sunday.", "il-defence-minister not held"},
		{"en", "The Chinese foreign minister met his Israeli counterpart, Israel Katz, on Sunday.", "no claim"},
		{"en", "The mayor met his Canadian counterpart, Mélanie Joly, on Monday.", "no claim"},
		// Nor does one who held no office the base holds yet.
		{"en", "In 2012, the Irish prosecutor and his British counterpart, Keir Starmer, signed a deal.", "no claim"},
		// So is one who held another office then, which may be one the
		// base does not hold: Cameron was foreign secretary.
		{"en", "In January 2024, Blinken met his British counterpart, David Cameron.", "no claim"},
	} {
		f := extractOn(t, "2025-04-08", c.lang, c.body)
		got := "no claim"
		for _, m := range f.Mentions {
			if m.ClaimForm == formCounterpart && m.Held != nil && m.Claim != "none" {
				got = m.Role + map[bool]string{true: " held", false: " not held"}[*m.Held]
			}
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.body, got, c.want)
		}
	}
}

// A German or French copula with the time before the title: "Scholz war
// 2016 Finanzminister", "Scholz était en 2016 ministre des Finances".
func TestCopulaWithTheTimeBeforeTheTitle(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"de", "Olaf Scholz war 2016 Bundesfinanzminister.", "sentence 2016-01-01 not held"},
		{"de", "Olaf Scholz war 2019 Bundesfinanzminister.", "sentence 2019-01-01 held"},
		{"de", "Olaf Scholz war von 2018 bis 2021 Finanzminister.", "sentence 2018-01-01 held"},
		{"fr", "Olaf Scholz était en 2016 ministre des Finances.", "sentence 2016-01-01 not held"},
	} {
		f := extractOn(t, "2025-09-01", c.lang, c.body)
		got := "no claim"
		for _, m := range f.Mentions {
			if m.Role != "" && m.Held != nil {
				got = m.Time.Basis + " " + m.Time.Start + map[bool]string{true: " held", false: " not held"}[*m.Held]
			}
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.body, got, c.want)
		}
	}
}

// Adjectives between an article or a possessive and a title: a party's
// with its capital, a participle in -ed ("Rishi Sunak, the Conservative
// prime minister,", "Britain's embattled prime minister, Rishi Sunak,").
func TestAdjectivesBeforeTheTitle(t *testing.T) {
	for _, body := range []string{
		"Rishi Sunak, the Conservative prime minister, opened the debate.",
		"Britain's embattled prime minister, Rishi Sunak, opened the debate.",
		"Rishi Sunak, Britain's beleaguered prime minister, opened the debate.",
		"The embattled prime minister, Rishi Sunak, opened the debate.",
	} {
		f := extractOn(t, "2025-06-01", "en", body)
		if len(f.Mentions) != 1 || f.Mentions[0].Role != "uk-prime-minister" || f.Mentions[0].Held == nil || *f.Mentions[0].Held {
			t.Errorf("%s: %+v", body, f.Mentions)
		}
	}
}

// Latin American Spanish calls a foreign minister "canciller": a
// chancellor's label before someone who held the foreign ministry of that
// country, and never the chancellorship, names the ministry.
func TestSpanishCancillerOfAForeignMinister(t *testing.T) {
	for body, want := range map[string]string{
		"El canciller alemán, Johann Wadephul, se reunió con su par argentino.": "de-foreign-minister",
		"El canciller alemán Olaf Scholz visitó Buenos Aires.":                  "de-chancellor",
	} {
		f := extractOn(t, "2025-10-10", "es", body)
		if len(f.Mentions) == 0 || f.Mentions[0].Role != want {
			t.Errorf("%s: %+v, want role %s", body, f.Mentions, want)
		}
	}
}

// Adjectives of up to three words, hyphenated ones and a party's among
// them, stand between the article or possessive and the title of an
// apposition; a rank, a qualifier or a compound of the future does not
// make a present claim.
func TestAdjectivesInAppositions(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"Olaf Scholz, Germany's Social Democratic chancellor, spoke.":                    "de-chancellor current",
		"Joe Biden, the 81-year-old president, spoke.":                                   "us-president current",
		"Viktor Orbán, Hungary's long-serving prime minister, spoke.":                    "hu-prime-minister current",
		"Rishi Sunak, Britain's embattled Conservative prime minister, spoke.":           "uk-prime-minister current",
		"Rishi Sunak, the popular former prime minister, spoke.":                         "uk-prime-minister former",
		"Rishi Sunak, the soon-to-be prime minister, spoke.":                             "",
		"Rishi Sunak, Britain's first Hindu prime minister, spoke.":                      "",
		"Yoon Suk Yeol, South Korea's conservative president, spoke.":                    "kr-president current",
		"Rishi Sunak, the UK's Indian-origin prime minister, spoke.":                     "uk-prime-minister current",
		"Mark Rutte, the Netherlands' prime minister, spoke.":                            "nl-prime-minister current",
		"Mark Rutte, the Netherlands'":                                                   "",
		"Mark Rutte, South Korea":                                                        "",
		"Liz Truss, Britain's shortest-serving prime minister, spoke.":                   "",
		"Angela Merkel, the long-time chancellor, spoke.":                                "",
		"Boris Johnson, a two-term mayor of London, spoke.":                              "",
		"Olaf Scholz, the youngest chancellor, spoke.":                                   "",
		"Boris Johnson, Prime Minister (2019–2022), spoke.":                              "",
		"Jens Stoltenberg, the former Norwegian prime minister who had led NATO, spoke.": "no-prime-minister former",
	}, func(m Mention) string {
		if m.Role == "" || m.ClaimForm != formApposition {
			return ""
		}
		return m.Role + " " + m.Claim
	})
}

// A table's row ties the name in one cell to the title in the next, and
// a fact box its name field to its office field; a row with a date, and
// a table of terms past, tie nothing.
func TestTablesAndFactBoxes(t *testing.T) {
	mentionsSay(t, "en", map[string]string{
		"| Country | Leader | Office |\n|---|---|---|\n| Germany | Olaf Scholz | Chancellor |": "de-chancellor headline;",
		"| Office | Holder |\n|---|---|\n| Prime Minister | Rishi Sunak |":                     "uk-prime-minister headline;",
		"| Leader | Office | Term |\n|---|---|---|\n| Rishi Sunak | Prime Minister | |":        ";",
		"Former leaders:\n\n| Leader | Office |\n|---|---|\n| Rishi Sunak | Prime Minister |":  ";",
		"| Year | Leader | Office |\n|---|---|---|\n| 2023 | Rishi Sunak | Prime Minister |":   ";",
		"Rishi Sunak | Prime Minister": ";",
		"**Fact box**\nName: Olaf Scholz\nPosition: Chancellor of Germany\nBorn: 1958, Osnabrück":              "de-chancellor headline;",
		"Olaf Scholz\nPosition: Chancellor of Germany":                                                         ";",
		"Name: Justin Trudeau\nPosition: Prime Minister of Canada, 2015–2025":                                  ";",
		"Britain's last four prime ministers:\n\n| Name | Office |\n|---|---|\n| Liz Truss | Prime Minister |": ";",
	}, func(m Mention) string { return strings.TrimSpace(m.Role+" "+m.ClaimForm) + ";" })
	mentionsSay(t, "de", map[string]string{
		"Name: Christian Lindner\nAmt: Bundesfinanzminister\nPartei: FDP": "de-finance-minister headline;",
	}, func(m Mention) string { return strings.TrimSpace(m.Role+" "+m.ClaimForm) + ";" })
	// Holders in the plural before the table: terms past.
	mentionsSay(t, "fr", map[string]string{
		"Les Premiers ministres d'Emmanuel Macron :\n\n| Nom | Fonction |\n|---|---|\n| Gabriel Attal | Premier ministre |": "emmanuel-macron;gabriel-attal;",
	}, func(m Mention) string { return strings.TrimSpace(m.Person+" "+m.Role) + ";" })
}

// termChange renders a mention's change of office: its role, whether it
// took the office, how it left it, and the first day of its time.
func termChange(m Mention) string {
	if m.Role == "" {
		return ""
	}
	return fmt.Sprintf("%s %v %s %s;", m.Role, m.TookOffice, m.LeftOffice, m.Time.Start)
}

// A relative clause that tells of taking or leaving the office dates the
// term's first or last day, in every language.
func TestTermVerbsInRelativeClauses(t *testing.T) {
	say := termChange
	mentionsSay(t, "en", map[string]string{
		"Keir Starmer, who took office as prime minister in 2023, spoke.":     "uk-prime-minister true  2023-01-01;",
		"Rishi Sunak, who stepped down as prime minister in 2024, spoke.":     "uk-prime-minister false resigned 2024-01-01;",
		"Rishi Sunak, who left office as prime minister in July 2024, spoke.": "uk-prime-minister false left 2024-07-01;",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"Olaf Scholz, que dejó el cargo de canciller en 2023, reapareció.":       "de-chancellor false left 2023-01-01;",
		"Pedro Sánchez, que asumió como presidente del Gobierno en 2017, habló.": "es-prime-minister true  2017-01-01;",
	}, say)
}

// A time between the copula and the title dates the claim; "nach wie
// vor" keeps it in the present.
func TestCopulaTimeAndStill(t *testing.T) {
	say := func(m Mention) string { return m.Role + " " + m.Time.Basis + " " + m.Time.Start }
	mentionsSay(t, "es", map[string]string{"Olaf Scholz era en 2016 ministro de Finanzas.": "de-finance-minister sentence 2016-01-01"}, say)
	mentionsSay(t, "de", map[string]string{"Olaf Scholz ist nach wie vor Kanzler.": "de-chancellor article 2025-12-10"}, say)
}

// A ministry's long name runs on after its title up to the comma before
// the holder; another office among those words ends it.
func TestPortfolioTails(t *testing.T) {
	mentionsSay(t, "fr", map[string]string{
		"Le ministre de l'Intérieur et des Outre-mer, Gérald Darmanin, a présenté un plan.":                                 "gerald-darmanin fr-interior-minister;",
		"Le ministre de l'Économie, des Finances et de la Souveraineté industrielle, Bruno Le Maire, a présenté le budget.": "bruno-le-maire fr-economy-minister;",
		"Le ministre de l'Intérieur et le Premier ministre, François Bayrou, ont parlé.":                                    "francois-bayrou fr-prime-minister;",
		"Le ministre de l'Intérieur et son homologue, Bruno Le Maire, ont parlé.":                                           "bruno-le-maire ;",
	}, func(m Mention) string { return m.Person + " " + m.Role + ";" })
}

// The agent of an act done once in office, with the act's time perhaps
// between, is named with the title of that time, whatever the main
// clause says of now.
func TestAgentOfAPastActAgainstNow(t *testing.T) {
	say := func(m Mention) string { return m.Time.Basis }
	mentionsSay(t, "fr", map[string]string{
		"La loi signée en 2022 par le président Joe Biden est désormais détricotée.": "history",
		"La loi, signée par le président Joe Biden, est désormais détricotée.":       "history",
	}, say)
	mentionsSay(t, "en", map[string]string{
		"The law signed by President Joe Biden is now being unwound.": "history",
		"The law is being signed by President Joe Biden now.":         "article",
	}, say)
}

// German separable verbs of taking and leaving an office, their parts
// around the time: the office named inside, or the nearest term's.
func TestGermanSeparableTermVerbs(t *testing.T) {
	say := termChange
	mentionsSay(t, "de", map[string]string{
		"Mark Rutte trat am 1. Oktober 2024 sein Amt als Nato-Generalsekretär an.": "nato-secretary-general true  2024-10-01;",
		"Friedrich Merz trat sein Amt am 6. April 2025 an.":                        "de-chancellor true  2025-04-06;",
		"Mark Rutte übernahm am 1. Juni 2024 das Amt des Nato-Generalsekretärs.":   "nato-secretary-general true  2024-06-01;",
		"Olaf Scholz schied am 6. April 2025 aus dem Amt.":                         "de-chancellor false left 2025-04-06;",
		"Friedrich Merz trat am 6. Mai 2025 gegen den Ball an.":                    "",
		"Élisabeth Borne trat im Januar 2024 als Premierministerin zurück.":        "fr-prime-minister false resigned 2024-01-01;",
		// A year alone inside the bracket: "wurde 2022 als … vereidigt".
		"Olaf Scholz wurde 2022 als Bundeskanzler vereidigt.": "de-chancellor true  2022-01-01;",
	}, say)
}

// A participle aside of coming to an office's seat dates the term's first
// day, in French and Spanish.
func TestSeatParticipleAsides(t *testing.T) {
	say := func(m Mention) string { return fmt.Sprintf("%s %v %s;", m.Role, m.TookOffice, m.Time.Start) }
	mentionsSay(t, "fr", map[string]string{
		"Gabriel Attal, nommé à Matignon en 2023, a parlé.": "fr-prime-minister true 2023-01-01;",
		"Gabriel Attal, arrivé à Paris en 2023, a parlé.":   " false 2023-01-01;",
	}, say)
	mentionsSay(t, "es", map[string]string{
		"Pedro Sánchez, llegado a La Moncloa en 2017, habló.": "es-prime-minister true 2017-01-01;",
	}, say)
}

// A boss's possessive before a title dates it to the boss's term in a
// governing office: the one the official served in, else the latest.
func TestBossTime(t *testing.T) {
	say := func(m Mention) string {
		if m.Role == "" || m.Kind != "person" {
			return ""
		}
		held := "-"
		if m.Held != nil {
			held = fmt.Sprint(*m.Held)
		}
		return m.Time.Basis + " " + m.Time.Start + " " + held + ";"
	}
	mentionsSay(t, "en", map[string]string{
		"Trump's defense secretary, Lloyd Austin, visited the base.":         "boss 2025-01-20 false;",
		"Lloyd Austin, Trump's defense secretary, visited the base.":         "boss 2025-01-20 false;",
		"Trump's first secretary of state, Rex Tillerson, flew in.":          "boss 2017-01-20 true;",
		"Obama's secretary of state, Hillary Clinton, flew in.":              "boss 2009-01-20 true;",
		"The Obama administration's defense secretary, Ash Carter, flew in.": "boss 2009-01-20 true;",
	}, say)
	// Only a possessive that stands right before the title, or before
	// words describing it, names the boss.
	notBoss := func(m Mention) string {
		if m.Role != "" && m.Time.Basis == "boss" {
			return "boss;"
		}
		return ""
	}
	mentionsSay(t, "en", map[string]string{
		"Despite Biden's warnings, Defense Secretary Pete Hegseth pressed ahead.": "",
		"Merkel's successor, Chancellor Olaf Scholz, visited Paris.":              "",
		"The decision was Biden's. Secretary of State Marco Rubio disagreed.":     "",
		"\"It's Trump's fault,\" Secretary of State Antony Blinken said.":         "",
	}, notBoss)
}
