package builtins

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// phraseSet finds literal phrases in text as whole words, ignoring case.
// Text and phrases are split into words (letters, digits, marks); the
// separators between words must agree: any white space matches any white
// space, a hyphen any hyphen or dash (- ‐ ‑ –), an apostrophe ' or ’, and
// other punctuation itself. Punctuation at the ends of a phrase is
// ignored. The phrases form a trie of words, so a list of thousands costs
// about as much as one.
type phraseSet struct {
	phrases []string // as given
	root    trieNode
}

type trieNode struct {
	next   map[string]*trieNode // by separator class + "\x00" + lower-case word
	phrase int                  // index into phrases, or -1
}

// word is the place of a word in a text.
type word struct{ start, end int }

func newPhraseSet(list []string) *phraseSet {
	ps := &phraseSet{root: trieNode{phrase: -1}}
	for _, s := range list {
		ws := splitWords(s)
		if len(ws) == 0 {
			continue
		}
		n := &ps.root
		for i := range ws {
			k := ps.key(nil, s, ws, i, i > 0)
			if n.next == nil {
				n.next = map[string]*trieNode{}
			}
			child := n.next[string(k)]
			if child == nil {
				child = &trieNode{phrase: -1}
				n.next[string(k)] = child
			}
			n = child
		}
		if n.phrase < 0 { // the first of two equal phrases wins
			n.phrase = len(ps.phrases)
		}
		ps.phrases = append(ps.phrases, s)
	}
	return ps
}

// key appends the trie key of word i of ws (in s) to buf: the class of
// the separator before it (for all but a phrase's first word) and the word
// in lower case.
func (ps *phraseSet) key(buf []byte, s string, ws []word, i int, withSep bool) []byte {
	if withSep {
		buf = append(buf, sepClass(s[ws[i-1].end:ws[i].start])...)
	}
	buf = append(buf, 0)
	w := s[ws[i].start:ws[i].end]
	if lower, ok := asciiLower(buf, w); ok {
		return lower
	}
	return append(buf, strings.ToLower(w)...)
}

// find returns [start, end, phrase index] for each match, left to right,
// without overlaps; where several phrases start at one place the longest
// wins.
func (ps *phraseSet) find(text string) [][3]int {
	ws := splitWords(text)
	var out [][3]int
	var buf [96]byte
	for i := 0; i < len(ws); i++ {
		n, best, bestEnd := &ps.root, -1, 0
		for j := i; j < len(ws) && n.next != nil; j++ {
			n = n.next[string(ps.key(buf[:0], text, ws, j, j > i))] // no allocation
			if n == nil {
				break
			}
			if n.phrase >= 0 {
				best, bestEnd = n.phrase, j
			}
		}
		if best >= 0 {
			out = append(out, [3]int{ws[i].start, ws[bestEnd].end, best})
			i = bestEnd
		}
	}
	return out
}

// asciiLower appends an ASCII word to buf in lower case; ok is false for
// other words.
func asciiLower(buf []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return buf[:len(buf)-i], false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// splitWords finds the words of s.
func splitWords(s string) []word {
	ws := make([]word, 0, len(s)/6)
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		size, isWord := 1, false
		if c < utf8.RuneSelf {
			isWord = isWordByte(c)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isWord = isWordRune(r)
		}
		switch {
		case isWord && start < 0:
			start = i
		case !isWord && start >= 0:
			ws = append(ws, word{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		ws = append(ws, word{start, len(s)})
	}
	return ws
}

// sepClass names what separates two words, so that typographic variants
// compare equal.
func sepClass(s string) string {
	switch s {
	case " ":
		return " "
	case "-", "‐", "‑", "–":
		return "-"
	case "'", "’":
		return "'"
	}
	if strings.TrimFunc(s, unicode.IsSpace) == "" {
		return " "
	}
	return strings.Join(strings.Fields(s), " ")
}
