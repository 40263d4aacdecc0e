package builtins

import (
	"fmt"
	"strings"
	"testing"
)

func TestPhraseSet(t *testing.T) {
	ps := newPhraseSet([]string{"in order to", "in order", "ex-President", "don't", "Élysée Palace", "U.S. Senate", "whilst", "game changer."})
	cases := []struct {
		text string
		want []string // "text=phrase"
	}{
		{"We did it in order to win.", []string{"in order to=in order to"}},
		{"In order, please.", []string{"In order=in order"}},
		{"in\n  order   to", []string{"in\n  order   to=in order to"}},
		{"The Ex‑President and the ex–president met the EX-PRESIDENT.", []string{"Ex‑President=ex-President", "ex–president=ex-President", "EX-PRESIDENT=ex-President"}},
		{"ex President spoke", nil}, // a space is not a hyphen
		{"I don’t know; I don't care.", []string{"don’t=don't", "don't=don't"}},
		{"The élysée palace said so.", []string{"élysée palace=Élysée Palace"}},
		{"The U.S. Senate and the US Senate.", []string{"U.S. Senate=U.S. Senate"}},
		{"Whilstone Road, whilst raining; awhilst.", []string{"whilst=whilst"}},
		{"A real game changer, they said.", []string{"game changer=game changer."}},
		{"", nil},
	}
	for _, c := range cases {
		var got []string
		for _, m := range ps.find(c.text) {
			got = append(got, c.text[m[0]:m[1]]+"="+ps.phrases[m[2]])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

func BenchmarkPhraseSet(b *testing.B) {
	var list []string
	for i := 0; i < 500; i++ {
		list = append(list, fmt.Sprintf("Mayor Person%d", i), fmt.Sprintf("former Mayor Person%d", i))
	}
	ps := newPhraseSet(list)
	text := strings.Repeat("The council met on Monday and Mayor Person250 spoke about the budget for the harbour. ", 5)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if len(ps.find(text)) != 5 {
			b.Fatal("want 5 matches")
		}
	}
}
