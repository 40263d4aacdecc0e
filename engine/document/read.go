package document

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"
)

// Read reads an article in the given format. path is used in errors and
// kept on the document; data is never modified.
func Read(path string, data []byte, format Format) (*Document, error) {
	if err := checkContent(path, data); err != nil {
		return nil, err
	}
	doc := &Document{Path: path, Format: format, Buf: data, Meta: map[string]Field{}}
	var err error
	switch format {
	case Markdown:
		err = readMarkdown(doc)
	case HTML:
		err = readHTML(doc)
	case Plain:
		err = readPlain(doc)
	default:
		return nil, &Error{Path: path, Msg: "unknown format " + string(format)}
	}
	if err != nil {
		return nil, err
	}
	for i := range doc.Blocks {
		doc.Blocks[i].Text.S = strings.TrimRightFunc(doc.Blocks[i].Text.S, isSpace)
	}
	doc.pickTitle()
	return doc, nil
}

// checkContent rejects what is not an article: empty and binary files, and
// (for formats without a charset declaration) invalid UTF-8.
func checkContent(path string, data []byte) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, bom))) == 0 {
		return &Error{Path: path, Msg: "empty file"}
	}
	head := data
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return &Error{Path: path, Msg: "binary file (contains NUL bytes), not an article"}
	}
	return nil
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// checkUTF8 reports the first invalid byte of a file that must be UTF-8.
func checkUTF8(path string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	line, col := NewLineIndex(data).Position(off)
	return &Error{Path: path, Line: line, Column: col,
		Msg: "invalid UTF-8 (byte 0x" + strings.ToUpper(hexByte(data[off])) + "); save the file as UTF-8"}
}

func hexByte(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&15]})
}

// addInline appends buf[start:end] to b, decoding character references (and,
// for Markdown, backslash escapes) as replaced runs so positions stay exact.
func addInline(b *TextBuilder, buf []byte, start, end int, escapes bool) {
	i, last := start, start
	for i < end {
		c := buf[i]
		switch {
		case c == '&':
			if n := entityLen(buf[i:end]); n > 0 {
				if last < i {
					b.AddExact(buf, last, i)
				}
				b.AddReplaced(html.UnescapeString(string(buf[i:i+n])), i, i+n)
				i += n
				last = i
				continue
			}
		case c == '\\' && escapes && i+1 < end && isASCIIPunct(buf[i+1]):
			if last < i {
				b.AddExact(buf, last, i)
			}
			b.AddReplaced(string(buf[i+1]), i, i+2)
			i += 2
			last = i
			continue
		}
		i++
	}
	if last < end {
		b.AddExact(buf, last, end)
	}
}

// entityLen returns the length of a character reference at the start of s
// ("&amp;", "&#8217;", "&#x2014;"), or 0.
func entityLen(s []byte) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	if s[1] == '#' {
		i = 2
		hex := false
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			hex = true
			i++
		}
		digits := i
		for i < len(s) && i-digits < 8 && (isDigit(s[i]) || hex && isHex(s[i])) {
			i++
		}
		if i == digits || i >= len(s) || s[i] != ';' {
			return 0
		}
		return i + 1
	}
	for i < len(s) && i < 33 && (isAlpha(s[i]) || isDigit(s[i])) {
		i++
	}
	if i == 1 || i >= len(s) || s[i] != ';' {
		return 0
	}
	if html.UnescapeString(string(s[:i+1])) == string(s[:i+1]) {
		return 0 // not a known entity
	}
	return i + 1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// pickTitle falls back to the first level-1 heading when no metadata gave
// a title.
func (d *Document) pickTitle() {
	if f, ok := d.Meta["title"]; ok {
		if s, ok := f.Value.(string); ok && strings.TrimSpace(s) != "" {
			d.Title, d.HasTitle = f, true
			return
		}
	}
	for _, b := range d.Blocks {
		if b.Kind == KindHeading && b.Level == 1 {
			d.Title, d.HasTitle = Field{Value: b.Text.S, Span: b.Span}, true
			return
		}
	}
}
