// Package document reads articles (Markdown, HTML, plain text) into blocks of
// prose whose every byte maps back to its exact place in the source file.
package document

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/encoding"
)

// Format names a reader.
type Format string

// The readers.
const (
	Markdown Format = "markdown"
	HTML     Format = "html"
	Plain    Format = "text"
)

// FormatFor picks a reader from a file name; ok is false for an unknown
// extension.
func FormatFor(name string) (f Format, ok bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown, true
	case ".html", ".htm", ".xhtml":
		return HTML, true
	case ".txt", ".text":
		return Plain, true
	}
	return "", false
}

// Sniff tells the format of an article whose name does not (stdin, a file
// without a known extension) from its first bytes: a doctype or an opening
// html, head, body or block tag (a CMS fragment) is HTML; front matter, or Markdown's own
// marks at a line start (an ATX heading, a fence, a link with its target)
// in the first 4 KB, is Markdown; anything else is plain text.
func Sniff(data []byte) Format {
	head := data[:min(len(data), 4096)]
	head = bytes.TrimPrefix(head, bom)
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if htmlStart.Match(trimmed[:min(len(trimmed), 64)]) {
		return HTML
	}
	if bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")) ||
		bytes.HasPrefix(head, []byte("+++\n")) || bytes.HasPrefix(head, []byte("+++\r\n")) {
		return Markdown
	}
	if markdownMarks.Match(head) {
		return Markdown
	}
	return Plain
}

var (
	htmlStart     = regexp.MustCompile(`^(?i)<(?:!doctype\s+html|\?xml|html|head|body|article|section|main|div|p|h[1-6]|ul|ol|table|figure|header|meta|title|link|script|style)[\s>/]`)
	markdownMarks = regexp.MustCompile(`(?m)^(?:#{1,6} \S|` + "```" + `|~~~)|\]\((?:https?://|/|#)[^)\s]*\)`)
)

// ParseFormat accepts the names a user may give a format.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "md", "markdown":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	case "txt", "text", "plain":
		return Plain, nil
	}
	return "", fmt.Errorf("unknown format %q (want md, html or txt)", s)
}

// Block kinds.
const (
	KindHeading   = "heading"
	KindParagraph = "paragraph"
	KindListItem  = "list_item"
	KindQuote     = "quote"
	KindTable     = "table"
	KindCaption   = "caption"
	KindOther     = "other"
)

// Block is one unit of prose: a heading, a paragraph, a list item, a table row.
type Block struct {
	Kind  string
	Level int // heading level, 0 otherwise
	Text  Text
	Span  Span
	Links []Link
	// Region is where an HTML block sits when it is inside page furniture:
	// an element ("aside", "footer", "header", "form") or an element whose
	// class or id names a widget ("comments", "share", "related",
	// "sidebar", "newsletter", "promo", "cookie"); empty for the article
	// body.
	Region string
}

// Link is a hyperlink inside a block.
type Link struct {
	URL  string
	Text string
	Span Span
}

// Field is a metadata value (front matter key, HTML meta tag) and where it
// was written.
type Field struct {
	Value any
	Span  Span
}

// Document is an article read into prose blocks.
type Document struct {
	Path   string
	Format Format
	// Buf is the working buffer: the file itself, or the file transcoded to
	// UTF-8. Block text maps into it; Lines maps it to file positions.
	Buf   []byte
	Lines *LineIndex
	// Meta holds front matter or HTML metadata by lower-case key.
	Meta map[string]Field
	// Dates are the dates an HTML page's metadata gives, in the order they
	// are written (front matter dates stay in Meta).
	Dates []MetaDate
	// Lang is the language an HTML page declares (<html lang>, og:locale):
	// it tells how the page writes numeric dates.
	Lang string
	// Title is the headline: front matter or <title>, else the first
	// level-1 heading. HasTitle is false when there is none.
	Title    Field
	HasTitle bool
	Blocks   []Block
	// Directives are the suppression comments found in the document.
	Directives []Directive
	// shown is the working buffer before lone CRs became line breaks, for
	// snippets; nil when it is Buf.
	shown []byte
	// Encoding names the charset a non-UTF-8 page was transcoded from.
	Encoding string
	// Notices are problems with the input itself that did not stop the
	// reading (invalid bytes, nesting cut at a limit); the engine reports
	// each as a finding of the engine rule Notice.Rule.
	Notices []Notice
	// Budget bounds the memory of the file's facts (nil: no bound); the
	// readers charge it for each block, the extractors for their facts.
	Budget *Budget
	// readFull is set once a block did not fit in the readers' share.
	readFull bool
	// budgetNotice is 1 + the index in Notices of the budget's notice, or
	// 0 before there is one.
	budgetNotice int
	// invalidUTF8 is set when the file is UTF-8 with invalid bytes.
	invalidUTF8 bool
	// charset is the encoding the file was transcoded from, if any.
	charset encoding.Encoding
}

// Notice is a problem a reader met and worked around.
type Notice struct {
	Rule       string // engine rule id: "invalid-encoding", "input-limit"
	Span       Span
	Message    string
	Suggestion string
}

// Span returns the file span of the working-buffer range [start, end).
func (d *Document) Span(start, end int) Span { return d.Lines.Span(start, end) }

// TextSpan returns the file span of text range [a, b) of a block's text.
func (d *Document) TextSpan(t *Text, a, b int) Span {
	s, e := t.Range(a, b)
	return d.Lines.Span(s, e)
}

// Snippet returns the working-buffer text a span covers, as the file has
// it (a lone CR stays a CR).
func (d *Document) Snippet(s Span) string {
	start, end := d.bufOffset(s.Offset), d.bufOffset(s.EndOffset)
	if start > end || end > len(d.Buf) {
		return ""
	}
	return validString(d.source()[start:end])
}

// source is the working buffer as the file has it.
func (d *Document) source() []byte {
	if d.shown != nil {
		return d.shown
	}
	return d.Buf
}

// Excerpt returns the span's first line around the span: at most about
// 500 bytes of it, the column the excerpt starts at, and whether the line
// goes on after it. Findings keep an excerpt rather than the line, which on
// a one-line page may be megabytes.
func (d *Document) Excerpt(s Span) (text string, from int, more bool) {
	li := d.Lines
	if s.Line < 1 || s.Line > len(li.starts) {
		return "", 1, false
	}
	lineStart := li.starts[s.Line-1]
	if s.Line == 1 {
		lineStart = li.bom
	}
	lineEnd := len(d.Buf)
	if s.Line < len(li.starts) {
		lineEnd = li.starts[s.Line] - 1
	}
	if lineEnd > lineStart && d.Buf[lineEnd-1] == '\r' {
		lineEnd--
	}
	if lineEnd < lineStart {
		return "", 1, false
	}
	at := min(max(d.bufOffset(s.Offset), lineStart), lineEnd)
	a, b := max(lineStart, at-160), min(lineEnd, at+320)
	for a < at && d.Buf[a]&0xC0 == 0x80 {
		a++ // start on a character
	}
	for b > at && b < lineEnd && d.Buf[b]&0xC0 == 0x80 {
		b-- // end before a character
	}
	_, from = li.Position(a)
	return validString(d.source()[a:b]), from, b < lineEnd
}

// bufOffset maps a file offset back to the working buffer.
func (d *Document) bufOffset(off int) int {
	ts := d.Lines.toSource
	if ts == nil {
		return off
	}
	lo, hi := 0, len(ts)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if ts[mid] < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Error is an input error tied to a file and, where known, a line.
type Error struct {
	Path   string
	Line   int
	Column int
	Msg    string
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}
