package facts

import (
	"strings"
	"testing"
)

// TestDateVerbTense checks the verb a date's clause turns on, in each
// language: a clause of the present or an infinitive inside a sentence
// told in the past, and the past verb that a clause mark or a noun after
// "to" leaves to the date.
func TestDateVerbTense(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The law, which takes effect on 1 July 2025, was passed in March.", "present,past"},
		{"en", "The law, which was passed in March, comes into force on 1 July 2025.", "past,present"},
		{"en", "She was given a ban that ends on 1 March 2027.", "present"},
		{"en", "Members voted to strike on 2 June 2025.", "infinitive"},
		{"en", "The court ordered him to report to prison on 2 June 2025.", "infinitive"},
		{"en", "The minister resigned on 14 June 2025.", "past"},
		{"en", "Police said the suspect was arrested on June 3, 2025.", "past"},
		{"en", "He returned to power on 2 June 2025.", "past"},
		{"en", "The talks would resume on 2 June 2025.", "future"},
		// A progressive that a report shifts into the past is a plan; one
		// that narrates is past.
		{"en", "The team confirmed it was playing on 21 June 2025.", "future"},
		{"en", "He was playing golf on 21 June 2025 when the call came.", "past"},
		// A comma ends the clause: no verb of its own.
		{"en", "He resigned, effective 2 June 2025.", ""},
		{"fr", "Il a été condamné à une peine qui prend fin en mars 2027.", "present"},
		{"fr", "Le ministre a démissionné le 14 juin 2025.", "past"},
		{"fr", "Les dirigeants ont décidé de se retrouver le 9 avril 2025.", "infinitive"},
		{"de", "Das Rückspiel findet am 16. April 2025 statt.", "present"},
		{"de", "Der Minister trat am 14. Juni 2025 zurück.", "past"},
		{"de", "Sie vereinbarten, sich am 9. April 2025 erneut zu treffen.", "infinitive"},
		{"de", "Die Regierung kündigte an, den Entwurf am 24. Juni 2025 vorzulegen.", "infinitive"},
		// A German clause that "dass" opens turns on its last word.
		{"de", "Die Regierung beschloss, dass die Reform am 12. März 2025 in Kraft tritt.", "present"},
		{"de", "Die Regierung sagte, dass die Reform am 12. März 2025 startete.", "past"},
		{"es", "El contrato, firmado en marzo, vence el 30 de junio de 2027.", ",present"},
		{"es", "Los líderes acordaron volver a reunirse el 9 de abril de 2025.", "infinitive"},
	} {
		f := extractWith(t, "a.md", "---\nlang: "+c.lang+"\n---\n\n"+c.text+"\n", Options{})
		var got []string
		for _, d := range f.Dates {
			if d.Precision != "weekday" {
				got = append(got, d.VerbTense)
			}
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: verb_tense %q, want %q", c.text, got, c.want)
		}
	}
}
