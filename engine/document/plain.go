package document

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// longLine is the length beyond which a plain-text file is taken to hold a
// paragraph per line (as text copied from a web page does) rather than
// hard-wrapped paragraphs separated by blank lines.
const longLine = 120

var (
	listMarkerRE   = regexp.MustCompile(`^(?:[-*•‣◦▪]|\d{1,3}[.)])[ \t]+`)
	commentLineRE  = regexp.MustCompile(`^\s*<!--.*-->\s*$`)
	terminalPunctR = ".!?:;,…"
)

type lineRange struct{ start, end int } // end excludes the line ending

func readPlain(doc *Document) {
	buf := doc.Buf
	body := fieldHeader(doc, 3*boolInt(bytes.HasPrefix(buf, bom)))
	perLine := false
	prose, ends := 0, 0
	eachLine(buf, func(start, end int) {
		if start < body || perLine {
			return
		}
		line := buf[start:end]
		if end-start > longLine && utf8.RuneCount(line) > longLine {
			perLine = true
		}
		if prose < proseSample && proseLine(line) {
			prose++
			if EndsSentence(string(line)) {
				ends++
			}
		}
	})
	// Short lines too are paragraphs of their own when most of the lines
	// of prose end a sentence: hard-wrapped text breaks its lines wherever
	// the width runs out, mostly mid-sentence, while a page copied with
	// short paragraphs ends nearly every one ("… the port authority
	// said.").
	perLine = perLine || prose >= minProseLines && 3*ends >= 2*prose
	// Lines are grouped into blocks as they come: only the lines of the
	// paragraph being read are kept.
	var group []lineRange
	flush := func() {
		if len(group) > 0 {
			doc.plainBlock(group)
			group = group[:0]
		}
	}
	eachLine(buf, func(start, end int) {
		if start < body {
			return
		}
		line := buf[start:end]
		if commentLineRE.Match(line) {
			doc.commentDirectives(start, end)
			flush() // a directive line separates blocks
			return
		}
		if doc.readFull {
			return // past the budget only directives are read (a disable-file may come last)
		}
		if !hasWordRune(line) {
			// A blank line, or a separator between items ("-", "•",
			// "* * *"): no prose, and it parts blocks as a blank does.
			flush()
			return
		}
		if listMarker(line) != nil || perLine && !continues(buf, group, line) {
			flush()
		}
		group = append(group, lineRange{start, end})
	})
	flush()
	if len(doc.Blocks) > 0 && doc.Blocks[0].Kind == KindHeading {
		doc.Blocks[0].Level = 1
	}
}

// minProseLines is how many lines of prose (proseWords words or more) a
// file of short lines needs before their endings tell how it was written;
// the first proseSample tell it well enough.
const (
	minProseLines = 3
	proseWords    = 6
	proseSample   = 200
)

// proseLine: line holds proseWords words or more (runs of characters
// between spaces that hold a letter or digit).
func proseLine(line []byte) bool {
	words, inWord, counted := 0, false, false
	for _, r := range string(line) {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord, counted = true, false
		}
		if !counted && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			counted = true
			if words++; words >= proseWords {
				return true
			}
		}
	}
	return false
}

// EndsSentence: text ends with a sentence's end, perhaps inside closing
// quotes or brackets.
func EndsSentence(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), `"'”’)»`)
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…", last)
}

// continuesMinWords is how many words (with a letter) the lines read so
// far must hold for a line after them to be read as the rest of their
// sentence: a short line ("Tags") over lowercase words is a label over its
// list, and a weather box ("Hoy 5 / 18 || Mañana 7 / 16") holds no prose.
const continuesMinWords = 8

// continues reports, in a file of a paragraph per line, a line that goes on
// with the sentence of the line before: that line stops without a
// sentence's end and this one opens in lowercase ("… als
// Dachkonstruktion ein architektonisches Alleinstellungsmerkmal" /
// "erhält. Dieser Teil …"), as when a copied paragraph was wrapped.
func continues(buf []byte, group []lineRange, line []byte) bool {
	if len(group) == 0 {
		return false
	}
	prev := bytes.TrimSpace(buf[group[len(group)-1].start:group[len(group)-1].end])
	last, _ := utf8.DecodeLastRune(prev)
	first, _ := utf8.DecodeRune(line)
	if !unicode.IsLower(first) || strings.ContainsRune(terminalPunctR, last) {
		return false
	}
	// "iPhone 17 review" is a headline of its own, and "example.com" a
	// site's name.
	word := line
	if i := bytes.IndexByte(line, ' '); i >= 0 {
		word = line[:i]
	}
	if bytes.IndexFunc(word, unicode.IsUpper) >= 0 || bytes.IndexByte(bytes.TrimRight(word, ".,;:"), '.') >= 0 {
		return false
	}
	// Counted from the last line back, and only as far as the bar: a long
	// run of joined lines is not counted again for each line.
	words := 0
	for k := len(group) - 1; k >= 0 && words < continuesMinWords; k-- {
		for _, f := range bytes.Fields(buf[group[k].start:group[k].end]) {
			if bytes.IndexFunc(f, unicode.IsLetter) >= 0 {
				words++
			}
		}
	}
	return words >= continuesMinWords
}

// hasWordRune: line holds a letter or a digit.
func hasWordRune(line []byte) bool {
	for _, r := range string(line) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// eachLine calls fn with each line of buf, without its line ending (and
// without the byte-order mark).
func eachLine(buf []byte, fn func(start, end int)) {
	for pos := 0; pos < len(buf); {
		end := bytes.IndexByte(buf[pos:], '\n')
		next := len(buf)
		if end < 0 {
			end = len(buf)
		} else {
			end += pos
			next = end + 1
		}
		start := pos
		if pos == 0 && bytes.HasPrefix(buf, bom) {
			start = 3
		}
		e := end
		if e > start && buf[e-1] == '\r' {
			e--
		}
		fn(start, e)
		pos = next
	}
}

// listMarker is the [start, end) of the list marker that opens line, or
// nil. "3. März 2025" opens with a day, as German writes dates, not with
// an item's number, when a year follows the month.
func listMarker(line []byte) []int {
	m := listMarkerRE.FindIndex(line)
	if m == nil {
		return nil
	}
	if marker := bytes.TrimRight(line[:m[1]], " \t"); marker[len(marker)-1] != '.' {
		return m
	}
	rest := line[m[1]:]
	for _, month := range germanMonths {
		if y, ok := bytes.CutPrefix(rest, []byte(month)); ok {
			if y = bytes.TrimLeft(y, " ,"); len(y) >= 4 && isDigits(y[:4]) && (len(y) == 4 || !unicode.IsDigit(rune(y[4]))) {
				return nil // a day, a month and a year
			}
		}
	}
	return m
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// germanMonths are the month names, full and short, that follow a day
// written "3." in German.
var germanMonths = []string{"Januar", "Jänner", "Jan.", "Februar", "Feb.", "März", "April", "Apr.", "Mai", "Juni", "Juli",
	"August", "Aug.", "September", "Sept.", "Sep.", "Oktober", "Okt.", "November", "Nov.", "Dezember", "Dez."}

func (d *Document) plainBlock(lines []lineRange) {
	kind := KindParagraph
	first := lines[0]
	if m := listMarker(d.Buf[first.start:first.end]); m != nil {
		kind = KindListItem
		lines[0].start += m[1]
	}
	b := NewTextBuilder(true)
	for i, l := range lines {
		if i > 0 {
			b.SpaceIn(d.Buf, lines[i-1].end, l.start)
		}
		b.AddExact(d.Buf, l.start, l.end)
	}
	t := b.Text()
	if kind == KindParagraph && len(lines) == 1 && headlineShaped(t.S) {
		kind = KindHeading
	}
	level := 0
	if kind == KindHeading {
		level = 2
	}
	d.addBlock(Block{Kind: kind, Level: level, Text: t, Span: d.TextSpan(&t, 0, len(t.S))})
}

// headlineShaped reports a short line that starts with a capital or digit
// and does not end as a sentence does.
func headlineShaped(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(strings.Fields(s)) > 15 {
		return false
	}
	// Quotes and markers may open it: "‘All the birds returned’: How …",
	// "*BREAKING* Police search …".
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(terminalPunctR, last) && last != '"' && last != '”' && last != '\''
}
