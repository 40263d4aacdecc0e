package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word of a text: [Start, End) byte offsets and its folded form
// (lower case, typographic apostrophes made plain).
type Token struct {
	Start, End int
	Norm       string
}

// Tokenize splits s into words: runs of letters, digits and marks, joined by
// inner apostrophes, hyphens and periods ("don't", "US-Ukraine", "U.S."), as
// the facts count words. Patterns and text are tokenized alike, so a pattern
// matches on word boundaries whatever punctuation surrounds it.
func Tokenize(s string) []Token {
	toks := Split(s)
	for i := range toks {
		toks[i].Norm = Fold(s[toks[i].Start:toks[i].End])
	}
	return toks
}

// Split is Tokenize without folding: Norm is left empty for a caller that
// folds (and interns) words itself.
func Split(s string) []Token { return SplitAppend(make([]Token, 0, len(s)/6), s) }

// SplitAppend is Split appending to out, so that a caller splitting many
// texts in turn can reuse one buffer.
func SplitAppend(out []Token, s string) []Token {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if IsWordRune(r) {
				i += size
				continue
			}
			if IsJoiner(r) && i+size < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+size:]); IsWordRune(r2) {
					i += size
					continue
				}
			}
			break
		}
		out = append(out, Token{Start: start, End: i})
	}
	return out
}

// IsWordRune reports a letter, digit or combining mark.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsJoiner reports punctuation that joins two word runs into one word.
func IsJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‐' || r == '.' || r == '&'
}

// Fold lower-cases a word and makes typographic apostrophes and hyphens
// plain; it allocates only when the word changes.
func Fold(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case '’', 'ʼ', '‘':
			r = '\''
		case '‐', '‑':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// IsNumber reports a word made of digits (with inner separators: 3.5, 1,000).
func IsNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}
