package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	normalize(s, func(c byte) { b.WriteByte(c) })
	return b.String()
}

// normalize writes Normalize(s) byte by byte to emit, and reports whether
// it wrote anything.
func normalize(s string, emit func(byte)) bool {
	var buf [utf8.UTFMax]byte
	wrote, space := false, false
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII, most of most pages: no tables, one byte out.
			c := byte(r)
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'':
				continue
			default:
				space = true
				continue
			}
			if space && wrote {
				emit(' ')
			}
			space, wrote = false, true
			emit(c)
			continue
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && wrote {
				emit(' ')
			}
			space, wrote = false, true
			for _, c := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
				emit(c)
			}
		case r == '\'' || r == '’':
			// "Ukraine's" and "Ukraine’s" compare equal; the apostrophe goes.
		default:
			space = true
		}
	}
	return wrote
}
