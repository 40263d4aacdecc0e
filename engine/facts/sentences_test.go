package facts

import "testing"

func TestSentenceAfterNo(t *testing.T) {
	for text, want := range map[string]int{
		"He said no. Later he agreed.":      2,
		"They met at No. 10 Downing St.":    1,
		"Mr. Smith arrived. Dr. Jones too.": 2,
		"Harper (b. 1959) was re-elected.":  1,
		"It was the letter b. Then a c.":    2,
		"El pdte. Biden firmó el decreto.":  1,
		"US-Präs. Biden unterzeichnete es.": 1,
		"El sec. gral. de la OTAN habló.":   1,
	} {
		if got := len(splitSentences(text)); got != want {
			t.Errorf("%q: %d sentences, want %d", text, got, want)
		}
	}
}

// A dash or bullet after a sentence's stop opens the next sentence, not
// more of the same one; a minus sign (no space after it) does not.
func TestSentenceAfterABullet(t *testing.T) {
	for text, want := range map[string][]string{
		"The ferry sank in 2008. - The days after were chaotic.": {"The ferry sank in 2008.", "The days after were chaotic."},
		"Fares rose. • Timetables changed in May.":               {"Fares rose.", "Timetables changed in May."},
		"It was cold. -5 degrees was the low.":                   {"It was cold. -5 degrees was the low."},
	} {
		var got []string
		for _, r := range splitSentences(text) {
			got = append(got, text[r[0]:r[1]])
		}
		if len(got) != len(want) || got[0] != want[0] || got[len(got)-1] != want[len(want)-1] {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
