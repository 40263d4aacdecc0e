package document

import (
	"html"
	"slices"
	"strings"
)

// Read reads an article in the given format, or in the format its content
// shows when format is "" (see Sniff). path is used in errors and kept on
// the document; data is never modified.
func Read(path string, data []byte, format Format) (*Document, error) {
	return ReadWith(path, data, format, Options{})
}

// Options steer ReadWith.
type Options struct {
	// Budget bounds the memory of the file's facts; nil sets no bound.
	Budget *Budget
}

// ReadWith is Read with options.
func ReadWith(path string, data []byte, format Format, o Options) (*Document, error) {
	doc := &Document{Path: path, Format: format, Buf: data, Meta: map[string]Field{}, Budget: o.Budget}
	var err error
	switch format {
	case Markdown, HTML, Plain, "":
		err = doc.decode() // "" is decided by the content, once decoded
	default:
		return nil, &Error{Path: path, Msg: "unknown format " + string(format)}
	}
	if err != nil {
		return nil, err
	}
	switch doc.Format {
	case Markdown:
		err = readMarkdown(doc)
	case HTML:
		readHTML(doc)
	case Plain:
		readPlain(doc)
	}
	if err != nil {
		return nil, err
	}
	if doc.invalidUTF8 {
		doc.validStrings()
	}
	for i := range doc.Blocks {
		doc.Blocks[i].Text.S = strings.TrimRightFunc(doc.Blocks[i].Text.S, isSpace)
	}
	if doc.Format == Markdown || doc.Format == Plain {
		doc.titleBlock()
	}
	doc.pickTitle()
	return doc, nil
}

// titleBlock reads a front-matter title as the article's first block, a
// level-1 heading, when the body has no headline of its own: the title is
// then the headline readers see first, and its claims are checked like
// the body's. A body with a level-1 heading shows that instead (the
// front matter's title may be a page title for search engines).
func (d *Document) titleBlock() {
	f, ok := d.Meta["title"]
	v, _ := f.Value.(string)
	if !ok || strings.TrimSpace(v) == "" || f.Span.Empty() || strings.ContainsAny(v, "\n\r") {
		return
	}
	for _, b := range d.Blocks {
		if b.Kind == KindHeading && b.Level == 1 {
			return
		}
	}
	s, e := f.Span.Offset, f.Span.EndOffset
	if e > len(d.Buf) {
		return
	}
	t := Text{S: v, runs: []run{{t: 0, n: int32(len(v)), src: int32(s), srcEnd: int32(e), exact: string(d.Buf[s:e]) == v}}}
	d.Blocks = slices.Insert(d.Blocks, 0, Block{Kind: KindHeading, Level: 1, Text: t, Span: f.Span})
}

// validStrings replaces invalid UTF-8 in the strings readers took from the
// file without a Text (metadata, link targets, directive rule ids). Block
// text is valid already.
func (d *Document) validStrings() {
	meta := make(map[string]Field, len(d.Meta))
	for k, f := range d.Meta {
		f.Value = validValue(f.Value)
		meta[validString([]byte(k))] = f
	}
	d.Meta = meta
	for i := range d.Blocks {
		for j := range d.Blocks[i].Links {
			d.Blocks[i].Links[j].URL = validString([]byte(d.Blocks[i].Links[j].URL))
		}
	}
	for i := range d.Directives {
		for j, r := range d.Directives[i].Rules {
			d.Directives[i].Rules[j] = validString([]byte(r))
		}
	}
}

func validValue(v any) any {
	switch x := v.(type) {
	case string:
		return validString([]byte(x))
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[validString([]byte(k))] = validValue(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = validValue(e)
		}
	}
	return v
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
