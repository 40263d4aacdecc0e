package facts

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtibben/confusables"
	"golang.org/x/text/unicode/norm"

	"github.com/newslint/newslint/engine/lexicon"
)

// MixedWord is a word whose letters come from more than one script
// ("Ukrаine" with a Cyrillic "а").
type MixedWord struct {
	Word  string `json:"word"`
	Span  Span   `json:"span"`
	Block int    `json:"block"`
	// Script is the script most of its letters are in.
	Script  string          `json:"script"`
	Foreign []ForeignLetter `json:"foreign"`
	// LookAlike is true when every foreign letter looks like a letter of
	// Script: the mark of a word disguised to dodge filters.
	LookAlike bool `json:"look_alike"`
}

// ForeignLetter is a letter of a mixed-script word outside its main script.
type ForeignLetter struct {
	Letter    string `json:"letter"`
	Codepoint string `json:"codepoint"`
	Script    string `json:"script"`
	// LooksLike is the letter of the word's main script it imitates, if
	// any.
	LooksLike string `json:"looks_like,omitempty"`
}

// scripts are the alphabetic scripts told apart: those whose letters pass
// for Latin, Cyrillic or Greek ones. Letters of others (CJK, Arabic, ...)
// are never mixed into European words by accident or design often enough
// to matter here.
var letterScripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}, {"Armenian", unicode.Armenian},
	{"Cherokee", unicode.Cherokee},
}

// lookAlikes maps, for each script, a letter's confusable skeleton (Unicode
// TS #39, from the confusables table of github.com/mtibben/confusables) to
// the letters of that script with that skeleton. A foreign letter imitates
// a letter of the word's script when their skeletons are equal: Cyrillic
// "е" and Latin "e", Armenian "օ" and "o", Cherokee "Ꭺ" and "A".
var (
	lookAlikeOnce sync.Once
	lookAlikes    []map[string][]rune
)

func buildLookAlikes() {
	lookAlikes = make([]map[string][]rune, len(letterScripts))
	for i, s := range letterScripts {
		m := map[string][]rune{}
		for _, rng := range s.table.R16 {
			for r := rune(rng.Lo); r <= rune(rng.Hi); r += rune(rng.Stride) {
				if unicode.IsLetter(r) {
					k := confusables.Skeleton(string(r))
					m[k] = append(m[k], r)
				}
			}
		}
		lookAlikes[i] = m
	}
}

// looksLike returns the letter of script base that r imitates, or 0: of
// r's case when there is one, and the plainest (lowest code point, so "e"
// rather than a full-width "ｅ").
func looksLike(r rune, base int) rune {
	lookAlikeOnce.Do(buildLookAlikes)
	best := rune(0)
	for _, c := range lookAlikes[base][confusables.Skeleton(string(r))] {
		switch {
		case best == 0,
			unicode.IsUpper(c) == unicode.IsUpper(r) && unicode.IsUpper(best) != unicode.IsUpper(r),
			unicode.IsUpper(c) == unicode.IsUpper(best) && c < best:
			best = c
		}
	}
	return best
}

func scriptOf(r rune) int {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return 0
		}
		return -1
	}
	for i, s := range letterScripts {
		if unicode.Is(s.table, r) {
			return i
		}
	}
	return -1
}

// mixedScript finds words mixing scripts. Parts of a compound joined by a
// hyphen or apostrophe are judged apart ("β-blocker" is two parts, each of
// one script).
func mixedScript(x *extraction, bw []blockWords) []MixedWord {
	var out []MixedWord
	for i := range bw {
		text := x.f.Blocks[i].Text
		cjk := -1 // whether the block has East Asian text, once asked
		var dotless []MixedWord
		for _, a := range bw[i].at {
			t := lexicon.Token{Start: int(a.start), End: int(a.end)}
			w := text[t.Start:t.End]
			if allASCII(w) {
				continue
			}
			start := 0
			for k, r := range w + "-" {
				if k < len(w) && !lexicon.IsJoiner(r) {
					continue
				}
				mw, ok := mixedPart(w[start:k])
				if !ok {
					mw, ok = styledPart(w[start:k])
					if ok && cjk < 0 {
						cjk = 0
						if eastAsian(text) {
							cjk = 1
						}
					}
					ok = ok && cjk == 0
				}
				if ok {
					mw.Block = i
					mw.Span = x.doc.TextSpan(&x.doc.Blocks[i].Text, t.Start+start, t.Start+k)
					out = append(out, mw)
				} else if mw, ok := dotlessPart(w[start:k]); ok {
					mw.Block = i
					mw.Span = x.doc.TextSpan(&x.doc.Blocks[i].Text, t.Start+start, t.Start+k)
					dotless = append(dotless, mw)
				}
				start = k + len(string(r))
			}
		}
		if disguisedDotless(text, dotless) {
			out = append(out, dotless...)
		}
	}
	return out
}

// dotlessPart finds a word with the Turkish dotless "ı" for an "i" ("log
// ın to verıfy"): the letter is Latin, so the word mixes no scripts, but
// it reads as "i" to people and not to filters. Whether the word is a
// disguise is told by its paragraph (disguisedDotless).
func dotlessPart(part string) (MixedWord, bool) {
	var foreign []ForeignLetter
	for _, r := range part {
		if r == 'ı' {
			foreign = append(foreign, ForeignLetter{Letter: "ı", Codepoint: "U+0131", Script: "Turkish dotless i", LooksLike: "i"})
		}
	}
	if len(foreign) == 0 {
		return MixedWord{}, false
	}
	return MixedWord{Word: part, Script: "Latin", Foreign: foreign, LookAlike: true}, true
}

// disguisedDotless reports a paragraph whose dotless "ı" stands for "i":
// two or more words with it begin with a small letter, and the paragraph
// has none of Turkish's other letters. Turkish names in another language's
// text are capitalised ("Kemal Kılıçdaroğlu", "Akın", "Diyarbakır"), and a
// Turkish phrase has its "ş", "ğ" or "İ".
func disguisedDotless(text string, words []MixedWord) bool {
	small := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w.Word); unicode.IsLower(r) {
			small++
		}
	}
	return small >= 2 && !strings.ContainsAny(text, "şŞğĞİ")
}

// allASCII reports a text of ASCII only, which a search for accented or
// foreign letters need not scan rune by rune.
func allASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func mixedPart(part string) (MixedWord, bool) {
	var n [8]int
	kinds := 0
	for _, r := range part {
		if s := scriptOf(r); s >= 0 {
			if n[s] == 0 {
				kinds++
			}
			n[s]++
		}
	}
	if kinds < 2 {
		return MixedWord{}, false
	}
	base := 0
	for s := range n {
		if n[s] > n[base] {
			base = s
		}
	}
	mw := MixedWord{Word: part, Script: letterScripts[base].name, LookAlike: true}
	// A small foreign letter among capitals ("NF-κB", "PKCα", "ERβ") does
	// not pass for one of them: it is a name in science's notation, not a
	// disguise, which keeps to the word's case.
	notation := lowerAmongCapitals(part, base)
	for _, r := range part {
		s := scriptOf(r)
		if s < 0 || s == base {
			continue
		}
		fl := ForeignLetter{Letter: string(r), Codepoint: fmt.Sprintf("U+%04X", r), Script: letterScripts[s].name}
		if l := looksLike(r, base); l != 0 && l != r {
			fl.LooksLike = string(l)
		}
		mw.LookAlike = mw.LookAlike && fl.LooksLike != "" && !notation
		mw.Foreign = append(mw.Foreign, fl)
	}
	return mw, true
}

// lowerAmongCapitals reports a word whose letters of script base are all
// capitals and whose other letters are all small.
func lowerAmongCapitals(part string, base int) bool {
	upper := false
	for _, r := range part {
		s := scriptOf(r)
		switch {
		case s < 0:
		case s == base && !unicode.IsUpper(r), s != base && !unicode.IsLower(r):
			return false
		case s == base:
			upper = true
		}
	}
	return upper
}

// styledPart finds a word written in styled letters that read as Latin
// ones: Unicode's mathematical alphanumerics ("𝐁𝐮𝐲", "𝘎𝘢𝘯𝘢") or
// fullwidth forms ("ＦＲＥＥ"), the way spam writes past filters and
// searches, which do not read them as "Buy" or "FREE". A word of one such
// letter is a symbol in a formula ("𝑥").
func styledPart(part string) (MixedWord, bool) {
	var foreign []ForeignLetter
	for _, r := range part {
		style := letterStyle(r)
		if style == "" {
			continue
		}
		fl := ForeignLetter{Letter: string(r), Codepoint: fmt.Sprintf("U+%04X", r), Script: style}
		if plain := norm.NFKC.String(string(r)); plain != string(r) {
			fl.LooksLike = plain
		}
		foreign = append(foreign, fl)
	}
	if len(foreign) < 2 {
		return MixedWord{}, false
	}
	return MixedWord{Word: part, Script: "Latin", Foreign: foreign, LookAlike: true}, true
}

// letterStyle names the style of a styled Latin letter, or "".
func letterStyle(r rune) string {
	switch {
	case r >= 0x1D400 && r <= 0x1D6A5 && unicode.IsLetter(r):
		return "Mathematical Alphanumeric"
	case r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A:
		return "Fullwidth"
	}
	return ""
}

// eastAsian reports text with Chinese, Japanese or Korean letters, which
// write Latin letters full-width as a matter of course ("ＮＨＫ").
func eastAsian(text string) bool {
	for _, r := range text {
		if r >= 0x2E80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			return true
		}
	}
	return false
}
