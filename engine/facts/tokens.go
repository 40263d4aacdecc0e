package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word in a text: [Start, End) byte offsets.
type Token struct{ Start, End int }

// Words splits s into words: runs of letters, digits and marks, joined by
// inner apostrophes, hyphens and periods ("don't", "US-Ukraine", "U.S.").
func Words(s string) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += size
				continue
			}
			if isJoiner(r) && i+size < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+size:]); isWordRune(r2) {
					i += size
					continue
				}
			}
			break
		}
		out = append(out, Token{start, i})
	}
	return out
}

// CountWords counts words without allocating tokens.
func CountWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w || in && isJoiner(r)
	}
	return n
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‐' || r == '.' || r == '&'
}

// Normalize folds text for comparison: lower case, typographic quotes and
// dashes made plain, everything but letters and digits collapsed to one space.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "Ukraine's" and "Ukraine’s" compare equal; the apostrophe goes.
		default:
			space = true
		}
	}
	return b.String()
}
