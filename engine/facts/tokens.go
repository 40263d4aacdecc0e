package facts

import (
	"strings"
	"unicode"

	"github.com/newslint/newslint/engine/lexicon"
)

// CountWords counts words as the lexicon splits them (runs of letters,
// digits and marks, joined by inner apostrophes, hyphens and periods),
// without allocating tokens.
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

func isWordRune(r rune) bool { return lexicon.IsWordRune(r) }

func isJoiner(r rune) bool { return lexicon.IsJoiner(r) }

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
