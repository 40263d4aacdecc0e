// Package textnorm folds text for matching while keeping every position
// exact: Unicode NFC composition (text pasted from macOS or some CMSs
// arrives decomposed, "e" + U+0301), look-alike letters from another script
// inside a Latin word folded to the Latin letter they imitate (Unicode TR39
// confusables: "Bidеn" with a Cyrillic "е" reads as "Biden"), and
// invisible format characters inside a word dropped ("Bi\u200bden").
//
// Fold returns the folded text and a Map from its byte offsets back to the
// original's, so that whatever is found in the folded text is reported at
// its exact place in the original bytes. Finding the disguised letters (the
// homoglyph rule) is another matter; this package only makes disguised and
// decomposed text read like plain text.
package textnorm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtibben/confusables"
	"golang.org/x/text/unicode/norm"
)

// Map takes byte offsets of a folded text back to the original text.
type Map struct {
	// start[i] is the original offset where the character holding folded
	// byte i begins, end[i] where it ends; start[len] = end[len] = the
	// original length.
	start, end []int32
}

// Start maps a folded offset that begins something (a word, a phrase) to
// the original offset.
func (m *Map) Start(i int) int {
	if m == nil {
		return i
	}
	return int(m.start[min(max(i, 0), len(m.start)-1)])
}

// End maps a folded offset that ends something (exclusive) to the original
// offset: the end of the character before it, so that a dropped invisible
// character after a word is not counted in the word.
func (m *Map) End(i int) int {
	if m == nil {
		return i
	}
	if i <= 0 {
		return int(m.start[0])
	}
	return int(m.end[min(i, len(m.end))-1])
}

// char is one character of the output and the original bytes it stands for.
type char struct {
	r    rune
	a, b int
}

// Fold folds s for matching. When nothing changes it returns s itself and
// a nil Map (every ASCII text, most of the time).
func Fold(s string) (string, *Map) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii || plain(s) {
		return s, nil
	}
	chars := compose(s)
	changed := foldWords(chars)
	if !changed && len(chars) == utf8.RuneCountInString(s) {
		// Same characters: only when each kept its own bytes.
		same := true
		for i, c := range chars {
			if c.r == utf8.RuneError && c.b-c.a == 1 {
				continue
			}
			if i > 0 && chars[i-1].b != c.a {
				same = false
				break
			}
		}
		if same {
			r := []rune(s)
			for i, c := range chars {
				if r[i] != c.r {
					same = false
					break
				}
			}
		}
		if same {
			return s, nil
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	m := &Map{start: make([]int32, 0, len(s)+1), end: make([]int32, 0, len(s)+1)}
	for _, c := range chars {
		if c.r < 0 {
			continue // dropped
		}
		n := b.Len()
		if c.r == utf8.RuneError && c.b-c.a == 1 {
			b.WriteByte(s[c.a]) // keep an invalid byte as it is
		} else {
			b.WriteRune(c.r)
		}
		for range b.Len() - n {
			m.start = append(m.start, int32(c.a))
			m.end = append(m.end, int32(c.b))
		}
	}
	m.start = append(m.start, int32(len(s)))
	m.end = append(m.end, int32(len(s)))
	return b.String(), m
}

// plain reports that s needs no folding: it is in NFC and has neither a
// look-alike letter nor an invisible format character. Most text with
// typographic quotes or accents is plain, and this scan is cheap.
func plain(s string) bool {
	for _, r := range s {
		if r < 0x0250 {
			if r == '\u00ad' {
				return false
			}
			continue
		}
		if isFormat(r) || unicode.IsLetter(r) && lookAlike(r) != 0 {
			return false
		}
	}
	return norm.NFC.IsNormalString(s)
}

// compose is s in NFC, one char per output rune, each with the original
// bytes of the normalisation segment it came from (a segment left as it
// was keeps each rune's own bytes).
func compose(s string) []char {
	out := make([]char, 0, len(s))
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		p1 := it.Pos()
		if string(seg) == s[p0:p1] {
			for i := p0; i < p1; {
				r, size := utf8.DecodeRuneInString(s[i:])
				out = append(out, char{r, i, i + size})
				i += size
			}
			continue
		}
		for _, r := range string(seg) {
			out = append(out, char{r, p0, p1})
		}
	}
	return out
}

// foldWords folds look-alike letters and drops invisible format
// characters inside words, in place (a dropped char gets r = -1). It
// reports whether anything changed.
func foldWords(cs []char) bool {
	changed := false
	for i := 0; i < len(cs); {
		if !isLetterish(cs[i].r) {
			i++
			continue
		}
		j := i
		for j < len(cs) && (isLetterish(cs[j].r) || isFormat(cs[j].r) && j+1 < len(cs) && isLetterish(cs[j+1].r)) {
			j++
		}
		if foldWord(cs[i:j]) {
			changed = true
		}
		i = j
	}
	return changed
}

func isLetterish(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isFormat: invisible characters that may hide inside a word (zero-width
// space and joiners, word joiner, soft hyphen, BOM).
func isFormat(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff':
		return true
	}
	return false
}

// foldWord folds one word. A look-alike letter is folded when the word
// also has genuine Latin letters (a Latin word in disguise), or when every
// letter is a Latin look-alike outside any other alphabet (fullwidth or
// mathematical letters). Words of another alphabet are left alone: a
// Russian word is not a disguised English one.
func foldWord(w []char) bool {
	latin, foreign, candidates := false, false, 0
	for _, c := range w {
		switch {
		case isFormat(c.r):
		case c.r < utf8.RuneSelf:
			latin = latin || unicode.IsLetter(c.r)
		case lookAlike(c.r) != 0:
			candidates++
			if !unicode.Is(unicode.Common, c.r) && !unicode.Is(unicode.Latin, c.r) {
				foreign = true
			}
		case unicode.Is(unicode.Latin, c.r):
			latin = true
		case unicode.IsLetter(c.r):
			foreign = true
		}
	}
	fold := candidates > 0 && (latin || !foreign)
	changed := false
	for k := range w {
		c := &w[k]
		if isFormat(c.r) {
			c.r, changed = -1, true
			continue
		}
		if fold {
			if l := lookAlike(c.r); l != 0 {
				c.r, changed = l, true
			}
		}
	}
	return changed
}

var (
	tableOnce sync.Once
	table     map[rune]rune
)

// Blocks whose letters imitate Latin ones: Greek, Cyrillic, Armenian,
// IPA and phonetic letters, Cherokee, letter-like symbols, fullwidth forms
// and mathematical letters.
var lookAlikeBlocks = [][2]rune{
	{0x0250, 0x02af}, {0x0370, 0x03ff}, {0x0400, 0x052f}, {0x0530, 0x058f},
	{0x13a0, 0x13ff}, {0x1d00, 0x1dbf}, {0x2100, 0x214f}, {0xa640, 0xa69f},
	{0xab70, 0xabbf}, {0xff21, 0xff5a}, {0x1d400, 0x1d7ff},
}

// lookAlike is the Latin letter r imitates by TR39's confusables, 0 when
// none (or r is plain Latin already).
func lookAlike(r rune) rune {
	if r < 0x0250 {
		return 0
	}
	tableOnce.Do(buildTable)
	return table[r]
}

// buildTable keeps the confusables of the look-alike blocks whose
// prototype is one Latin letter.
func buildTable() {
	table = map[rune]rune{}
	for _, blk := range lookAlikeBlocks {
		for r := blk[0]; r <= blk[1]; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			sk := norm.NFC.String(confusables.Skeleton(string(r)))
			if sk == string(r) {
				// Fullwidth and mathematical letters not in the table
				// are compatibility forms of a Latin letter.
				sk = norm.NFKC.String(string(r))
			}
			l, size := utf8.DecodeRuneInString(sk)
			if size != len(sk) || l == r || !unicode.Is(unicode.Latin, l) || l >= 0x0250 {
				continue
			}
			// TR39 draws every upright stroke as "l"; a capital one is an I.
			if l == 'l' && unicode.IsUpper(r) {
				l = 'I'
			}
			if unicode.IsUpper(r) && unicode.IsLower(l) || unicode.IsLower(r) && unicode.IsUpper(l) && l != 'I' {
				continue
			}
			table[r] = l
		}
	}
}
