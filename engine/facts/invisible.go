package facts

import (
	"fmt"

	"github.com/newslint/newslint/engine/document"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Invisible is a run of characters that take no room on the page but
// change how the text around them is shown or read (docs/facts.md,
// "invisible"): bidirectional controls, zero-width spaces and joiners, tag
// characters. Go finds them and says where they stand; the rules decide
// which are out of place.
type Invisible struct {
	Text  string   `json:"text"`
	Span  Span     `json:"span"`
	Block int      `json:"block"`
	Codes []string `json:"codes"` // "U+202E", one per character
	Names []string `json:"names"`
	// Kind is that of the run's first character (words/invisible.txt).
	Kind string `json:"kind"`
	// InWord is set when a letter or digit stands right before and right
	// after the run: it splits a word that still looks whole.
	InWord bool `json:"in_word"`
	// Alphabetic is set when the letters on both sides are of one script
	// that never needs a joiner: Latin, Greek or Cyrillic.
	Alphabetic bool `json:"alphabetic"`
	// RTL is set when the block holds right-to-left letters (Hebrew,
	// Arabic, ...), which bidirectional marks legitimately serve.
	RTL bool `json:"rtl"`
	// Emoji is set when the run sits in an emoji sequence (a joiner
	// between pictographs, tags after a black flag).
	Emoji bool `json:"emoji"`
	// Hidden is the ASCII text tag characters spell, when there are any.
	Hidden string `json:"hidden,omitempty"`
	// Word is the text of the word or words around the run, with each
	// invisible character shown as ⟦U+XXXX⟧.
	Word string `json:"word"`
}

type invisibleChar struct{ kind, name string }

// invisibles are the characters of words/invisible.txt; tag characters
// (U+E0000-U+E007F) are recognised by range.
var invisibles = map[rune]invisibleChar{}

func init() {
	eachLine("words/invisible.txt", func(f []string) {
		if len(f) < 3 || !strings.HasPrefix(f[0], "U+") {
			panic("facts: words/invisible.txt: want CODE KIND NAME, got " + strings.Join(f, " "))
		}
		n, err := strconv.ParseUint(f[0][2:], 16, 32)
		if err != nil {
			panic("facts: words/invisible.txt: " + err.Error())
		}
		invisibles[rune(n)] = invisibleChar{kind: f[1], name: strings.Join(f[2:], " ")}
	})
}

func invisibleOf(r rune) (invisibleChar, bool) {
	if c, ok := invisibles[r]; ok {
		return c, true
	}
	if r >= 0xE0000 && r <= 0xE007F {
		name := "TAG " + strconv.QuoteRune(r-0xE0000)
		switch r {
		case 0xE0001:
			name = "LANGUAGE TAG"
		case 0xE007F:
			name = "CANCEL TAG"
		}
		return invisibleChar{kind: "tag", name: name}, true
	}
	return invisibleChar{}, false
}

// invisibleRuns finds the runs of invisible characters in each block,
// each charged to the memory budget (a run is a fact and, most often, a
// finding); past the budget the rest are not listed.
func invisibleRuns(e *extraction) {
	for bi, b := range e.doc.Blocks {
		text := b.Text.S
		if !hasInvisible(text) {
			continue
		}
		rtl := strings.IndexFunc(text, isRTL) >= 0
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			c, ok := invisibleOf(r)
			if !ok {
				i += size
				continue
			}
			j := i
			var codes, names []string
			var hidden strings.Builder
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				c2, ok := invisibleOf(r2)
				if !ok {
					break
				}
				codes = append(codes, fmt.Sprintf("U+%04X", r2))
				names = append(names, c2.name)
				if r2 >= 0xE0020 && r2 <= 0xE007E {
					hidden.WriteRune(r2 - 0xE0000)
				}
				j += s2
			}
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[j:])
			if i == 0 {
				before = ' '
			}
			if j == len(text) {
				after = ' '
			}
			if !e.doc.Budget.Take(2 * document.CostFact) {
				e.doc.NoteCut(e.doc.Blocks[bi].Text.Source(i))
				return
			}
			inv := Invisible{
				Text: text[i:j], Span: e.doc.TextSpan(&e.doc.Blocks[bi].Text, i, j), Block: bi,
				Codes: codes, Names: names, Kind: c.kind, RTL: rtl, Hidden: hidden.String(),
				InWord:     letterOrDigit(before) && letterOrDigit(after),
				Alphabetic: alphabetic(before) && alphabetic(after) && sameScript(before, after),
				Emoji:      isPictograph(before) && (isPictograph(after) || c.kind == "tag") || before == 0x1F3F4 && c.kind == "tag",
				Word:       wordAround(text, i, j),
			}
			e.f.Invisible = append(e.f.Invisible, inv)
			i = j
		}
	}
}

// hasInvisible is a quick test: every invisible character is encoded with
// a lead byte of 0xCD (U+034F), 0xD8 (U+061C), 0xE1 (U+180E), 0xE2
// (U+2xxx), 0xE3 (U+3164), 0xEF (U+FEFF, U+FFA0) or 0xF3 (tags).
func hasInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xCD, 0xD8, 0xE1, 0xE2, 0xE3, 0xEF, 0xF3:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if _, ok := invisibleOf(r); ok {
				return true
			}
		}
	}
	return false
}

func letterOrDigit(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func alphabetic(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
}

func sameScript(a, b rune) bool {
	for _, s := range []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic} {
		if unicode.Is(s, a) && unicode.Is(s, b) {
			return true
		}
	}
	return false
}

func isRTL(r rune) bool {
	return unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko, unicode.Samaritan, unicode.Mandaic)
}

// isPictograph is true for emoji and the characters emoji sequences
// join: pictographs, skin tones, variation selectors.
func isPictograph(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF
}

// wordAround is the word or words the run stands in, at most 40 bytes each
// side, with the run's characters shown by code.
func wordAround(text string, i, j int) string {
	a := i
	for a > 0 && i-a < 40 {
		r, size := utf8.DecodeLastRuneInString(text[:a])
		if unicode.IsSpace(r) {
			break
		}
		a -= size
	}
	b := j
	for b < len(text) && b-j < 40 {
		r, size := utf8.DecodeRuneInString(text[b:])
		if unicode.IsSpace(r) {
			break
		}
		b += size
	}
	var out strings.Builder
	for _, r := range text[a:b] {
		if _, ok := invisibleOf(r); ok {
			fmt.Fprintf(&out, "⟦U+%04X⟧", r)
			continue
		}
		out.WriteRune(r)
	}
	return out.String()
}
