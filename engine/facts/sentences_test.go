package facts

import "testing"

func TestSentenceAfterNo(t *testing.T) {
	for text, want := range map[string]int{
		"He said no. Later he agreed.":      2,
		"They met at No. 10 Downing St.":    1,
		"Mr. Smith arrived. Dr. Jones too.": 2,
	} {
		if got := len(splitSentences(text)); got != want {
			t.Errorf("%q: %d sentences, want %d", text, got, want)
		}
	}
}
