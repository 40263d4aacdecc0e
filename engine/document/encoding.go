package document

import (
	"bytes"
	"fmt"
	"html"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var (
	bom        = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
	utf16BEBOM = []byte{0xFE, 0xFF}
)

// decode makes the working buffer: the file itself when it is UTF-8 (with
// lone CRs turned into LFs), or the file transcoded to UTF-8 (UTF-16 with a
// byte-order mark; HTML in a legacy charset). It indexes the lines, rejects
// empty and binary files, and notes invalid UTF-8.
func (d *Document) decode() error {
	data := d.Buf
	var toSource []int
	switch {
	case bytes.HasPrefix(data, utf16LEBOM):
		d.transcode(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE", 2, &toSource)
	case bytes.HasPrefix(data, utf16BEBOM):
		d.transcode(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16BE", 2, &toSource)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(d.Buf, bom))) == 0 {
		return &Error{Path: d.Path, Msg: "empty file"}
	}
	// A NUL never occurs in text: the file is binary (an image, an archive,
	// UTF-16 without a byte-order mark). The whole file is searched, not a
	// head: a text header does not make a binary file an article.
	if i := bytes.IndexByte(d.Buf, 0); i >= 0 {
		return d.binary(i)
	}
	if d.Format == "" {
		d.Format = Sniff(d.Buf)
	}
	if d.Encoding == "" && d.Format == HTML {
		if enc, name := htmlLegacyCharset(data); enc != nil {
			d.transcode(enc, name, 1, &toSource)
		}
	}
	if broken := breakLoneCRs(d.Buf); &broken[0] != &d.Buf[0] {
		// Snippets show the file's own bytes, lone CRs included.
		d.shown = d.Buf
		d.Buf = broken
	}
	d.Lines = NewLineIndex(d.Buf)
	d.Lines.toSource = toSource
	if d.Encoding == "" && !utf8.Valid(d.Buf) {
		d.noteInvalidUTF8()
	}
	if d.Encoding != "" {
		d.noteUndecodable(data)
	}
	return nil
}

// noteUndecodable reports once the places of a decoded file that its
// decoder replaced with U+FFFD (an unpaired UTF-16 surrogate, an odd last
// byte, a byte the charset leaves undefined): a U+FFFD whose file bytes do
// not spell U+FFFD.
func (d *Document) noteUndecodable(file []byte) {
	const replacement = "\uFFFD"
	spelled, _ := d.charset.NewEncoder().Bytes([]byte(replacement))
	n, first := 0, -1
	for i := 0; ; i += len(replacement) {
		j := bytes.Index(d.Buf[i:], []byte(replacement))
		if j < 0 {
			break
		}
		i += j
		if s, e := d.Lines.SourceOffset(i), d.Lines.SourceOffset(i+len(replacement)); spelled == nil || !bytes.Equal(file[s:e], spelled) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n == 0 {
		return
	}
	what := "1 place"
	if n > 1 {
		what = fmt.Sprintf("%d places", n)
	}
	d.Notices = append(d.Notices, Notice{
		Rule:       "invalid-encoding",
		Span:       d.Span(first, first+len(replacement)),
		Message:    fmt.Sprintf("not valid %s: %s could not be decoded (the first is here); each reads as U+FFFD", d.Encoding, what),
		Suggestion: "save the file as UTF-8",
	})
}

// transcode decodes the file to UTF-8 and maps each UTF-8 byte back to the
// file's bytes; unit is the size of the encoding's code unit. With IgnoreBOM
// a UTF-16 byte-order mark stays, as the UTF-8 one, so that it is skipped as
// in a UTF-8 file and the map counts its bytes.
func (d *Document) transcode(enc encoding.Encoding, name string, unit int, toSource *[]int) {
	// Decoders replace what they cannot decode with U+FFFD; they never fail.
	out, _ := enc.NewDecoder().Bytes(d.Buf)
	*toSource = sourceMap(out, enc, unit, len(d.Buf))
	d.Buf = out
	d.Encoding = name
	d.charset = enc
}

// sourceMap measures how many file bytes each decoded rune came from by
// encoding it back. U+FFFD stands for one code unit the decoder could not
// read (the HTML encoders would write it as "&#65533;").
func sourceMap(out []byte, enc encoding.Encoding, unit, srcLen int) []int {
	m := make([]int, len(out)+1)
	e := enc.NewEncoder()
	var tmp [16]byte
	src := 0
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRune(out[i:])
		n := unit
		e.Reset()
		if w, _, err := e.Transform(tmp[:], out[i:i+size], true); r != utf8.RuneError && err == nil && w > 0 {
			n = w
		}
		for k := 0; k < size; k++ {
			m[i+k] = min(src, srcLen)
		}
		src += n
		i += size
	}
	m[len(out)] = min(src, srcLen)
	return m
}

// htmlLegacyCharset returns the charset to decode a page from, or nil when
// the page is to be read as UTF-8: it has a UTF-8 byte-order mark, declares
// UTF-8, or declares nothing and reads mostly as UTF-8 (a UTF-8 page with a
// few broken bytes). An undeclared page that does not is taken to be
// Windows-1252, as browsers do.
func htmlLegacyCharset(data []byte) (encoding.Encoding, string) {
	if bytes.HasPrefix(data, bom) {
		return nil, ""
	}
	if enc, name, ok := declaredCharset(data); ok {
		if name == "utf-8" {
			return nil, ""
		}
		return enc, name
	}
	if utf8.Valid(data) {
		return nil, ""
	}
	if multi, invalid, _ := utf8Counts(data); multi > invalid {
		return nil, ""
	}
	return charmap.Windows1252, "windows-1252"
}

// declaredCharset returns the charset a page declares in a <meta> tag of its
// first kilobyte. charset.DetermineEncoding does not tell a declaration from
// a guess, so it is asked twice about the head with its high bytes masked:
// as is, and with a UTF-8 letter added. A guess follows the letter; a
// declaration does not.
func declaredCharset(data []byte) (encoding.Encoding, string, bool) {
	head := make([]byte, 0, 1024)
	for _, c := range data[:min(len(data), 1000)] {
		if c >= 0x80 {
			c = 'x'
		}
		head = append(head, c)
	}
	enc, name, _ := charset.DetermineEncoding(head, "text/html")
	_, withLetter, _ := charset.DetermineEncoding(append(head, "\u00e9 "...), "text/html")
	return enc, name, name == withLetter
}

// utf8Counts counts the valid multi-byte characters and the invalid bytes,
// and finds the first invalid byte (-1 if none).
func utf8Counts(data []byte) (multi, invalid, first int) {
	first = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			invalid++
		} else {
			multi++
		}
		i += size
	}
	return multi, invalid, first
}

// noteInvalidUTF8 reports the invalid bytes of a UTF-8 file once, at the
// first. The readers read each as U+FFFD.
func (d *Document) noteInvalidUTF8() {
	d.invalidUTF8 = true
	_, n, first := utf8Counts(d.Buf)
	what := "1 byte is"
	if n > 1 {
		what = fmt.Sprintf("%d bytes are", n)
	}
	suggestion := "save the file as UTF-8 (it was probably written in Windows-1252 or Latin-1)"
	if d.Format == HTML {
		suggestion = "save the page as UTF-8, or declare the charset it is written in with <meta charset=\"...\">"
	}
	d.Notices = append(d.Notices, Notice{
		Rule: "invalid-encoding",
		Span: d.Span(first, first+1),
		Message: fmt.Sprintf("not valid UTF-8: %s not part of any character (the first, 0x%02X, is here); each reads as U+FFFD",
			what, d.Buf[first]),
		Suggestion: suggestion,
	})
}

// binary rejects a file with a NUL at working-buffer offset i, saying where
// and, when the bytes look like UTF-16 text, that they do.
func (d *Document) binary(i int) error {
	line, col := NewLineIndex(breakLoneCRs(d.Buf[:i+1])).Position(i)
	msg := fmt.Sprintf("binary file (NUL byte at line %d, column %d), not an article", line, col)
	if d.Encoding != "" {
		msg = fmt.Sprintf("binary file (%s with a U+0000 character at line %d, column %d), not an article", d.Encoding, line, col)
	} else if enc := utf16WithoutBOM(d.Buf); enc != "" {
		msg += "; it looks like " + enc + " text without a byte-order mark: save it as UTF-8"
	}
	return &Error{Path: d.Path, Msg: msg}
}

// utf16WithoutBOM names the UTF-16 byte order that data looks like when most
// of its first characters have a zero high byte (text in a Latin script),
// or returns "".
func utf16WithoutBOM(data []byte) string {
	n := min(len(data), 4096) / 2
	if n < 2 {
		return ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < 2*n; i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	switch {
	case zeroOdd*10 >= n*6 && zeroEven*10 < n:
		return "UTF-16LE"
	case zeroEven*10 >= n*6 && zeroOdd*10 < n:
		return "UTF-16BE"
	}
	return ""
}

// breakLoneCRs returns buf with each CR not followed by LF turned into LF,
// in a copy (buf itself when there is none): an old Mac line ending is a
// line break for the line index and every reader (goldmark ignores it),
// and the swap keeps every offset.
func breakLoneCRs(buf []byte) []byte {
	i := bytes.IndexByte(buf, '\r')
	if i < 0 {
		return buf
	}
	copied := false
	for ; i >= 0; i = nextCR(buf, i+1) {
		if i+1 < len(buf) && buf[i+1] == '\n' {
			continue
		}
		if !copied {
			buf = bytes.Clone(buf)
			copied = true
		}
		buf[i] = '\n'
	}
	return buf
}

func nextCR(buf []byte, from int) int {
	if from >= len(buf) {
		return -1
	}
	if j := bytes.IndexByte(buf[from:], '\r'); j >= 0 {
		return from + j
	}
	return -1
}

// validString returns b as a string with each byte that is not valid UTF-8
// replaced by U+FFFD, so that it has as many characters as columns count.
func validString(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return string(out)
}

// Encode writes text the way the file writes it, for an edit at file
// offsets: in the file's encoding (UTF-16 or a legacy charset when it was
// transcoded, else UTF-8), with HTML's special characters escaped in an
// HTML page. It fails when the encoding cannot hold the text.
func (d *Document) Encode(text string) ([]byte, error) {
	if d.Format == HTML {
		text = html.EscapeString(text)
	}
	if d.charset == nil {
		return []byte(text), nil
	}
	out, err := d.charset.NewEncoder().Bytes([]byte(text))
	if err != nil {
		return nil, fmt.Errorf("%s cannot hold %q", d.Encoding, text)
	}
	return out, nil
}

// Exact reports whether the document's text maps one to one onto the
// file's bytes: false when invalid or undecodable bytes were read as U+FFFD,
// as writing such a file back could not keep them.
func (d *Document) Exact() bool {
	for _, n := range d.Notices {
		if n.Rule == "invalid-encoding" {
			return false
		}
	}
	return true
}
