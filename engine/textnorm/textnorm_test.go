package textnorm

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Joe Biden", "Joe Biden"},
		{"Joе Bidеn", "Joe Biden"},                           // Cyrillic е
		{"Sco\u0308lz und Mu\u0308ller", "Scölz und Müller"}, // NFD
		{"Bi\u200bden", "Biden"},                             // zero-width space inside a word
		{"Путин", "Путин"},                                   // a Russian word stays Russian
		{"ΚΑΙ", "ΚΑΙ"},                                       // so does a Greek one
		{"Ｔｒｕｍｐ", "Trump"},                                   // fullwidth letters
		{"𝐁𝐢𝐝𝐞𝐧", "Biden"},                                   // mathematical bold
		{"Іran", "Iran"},                                     // Cyrillic capital І
		{"café", "café"},
	} {
		got, m := Fold(c.in)
		if got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
		if got == c.in && m != nil {
			t.Errorf("Fold(%q): a map for an unchanged text", c.in)
		}
	}
}

func TestMapIsExact(t *testing.T) {
	in := "Mr Bi\u200bdеn and Mu\u0308ller met."
	got, m := Fold(in)
	if got != "Mr Biden and Müller met." {
		t.Fatalf("folded %q", got)
	}
	for _, w := range []struct{ folded, orig string }{{"Biden", "Bi\u200bdеn"}, {"Müller", "Mu\u0308ller"}, {"met", "met"}} {
		i := indexOf(got, w.folded)
		a, b := m.Start(i), m.End(i+len(w.folded))
		if in[a:b] != w.orig {
			t.Errorf("%q maps to %q, want %q", w.folded, in[a:b], w.orig)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// FuzzFold: for any text, the map is monotone, inside the original, and
// lands on character boundaries.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Joе Bidеn", "Mu\u0308ller", "a\u200b", "\xff\xfe", "𝐁𝐢", "e\u0301\u0301\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, m := Fold(s)
		if m == nil {
			if out != s {
				t.Fatalf("changed without a map")
			}
			return
		}
		prev := 0
		for i := 0; i <= len(out); i++ {
			a := m.Start(i)
			if a < prev || a > len(s) {
				t.Fatalf("start(%d) = %d after %d (len %d)", i, a, prev, len(s))
			}
			prev = a
			if e := m.End(i); e < 0 || e > len(s) {
				t.Fatalf("end(%d) = %d", i, e)
			}
			if r, size := utf8.DecodeRuneInString(s[a:]); a < len(s) && !utf8.RuneStart(s[a]) && !(r == utf8.RuneError && size == 1) {
				t.Fatalf("start(%d) = %d inside a character", i, a)
			}
		}
	})
}
