package document

import (
	"bytes"
	"regexp"
	"strings"
)

// A file saved by an exporter or a scraper, or a Markdown post of a static
// site generator (Pelican, MultiMarkdown), may open with fields, one a
// line, instead of front matter:
//
//	Title: Harbour reopens after storm repairs
//	Author: Jane Roe
//	Date: 2025-06-12
//
// Those lines are the article's metadata, not its text.

// headerLineRE is one field: a key of a few words, a colon, a value.
var headerLineRE = regexp.MustCompile(`^([\p{L}][\p{L} _-]{0,23}?)[ \t]*:[ \t]+(\S.*?)[ \t\r]*$`)

// headerKeys are the keys a header is made of, in four languages, with
// the metadata key each is read as (the keys of front matter).
var headerKeys = map[string]string{
	"title": "title", "headline": "title", "titre": "title", "titel": "title", "título": "title", "titulo": "title",
	"author": "author", "authors": "author", "by": "author", "byline": "author", "auteur": "author", "autor": "author", "autora": "author",
	"date": "date", "datum": "date", "fecha": "date", "published": "published", "publication date": "published",
	"publié le": "published", "publié": "published", "veröffentlicht": "published", "publicado": "published",
	"updated": "updated", "last updated": "updated", "modified": "updated", "mis à jour": "updated", "mis à jour le": "updated",
	"aktualisiert": "updated", "actualizado": "updated",
	"url": "url", "link": "url", "source url": "url", "lien": "url", "enlace": "url",
	"source": "source", "quelle": "source", "fuente": "source",
	"language": "lang", "lang": "lang", "langue": "lang", "sprache": "lang", "idioma": "lang",
	"section": "section", "category": "category", "categories": "category", "tags": "tags", "keywords": "keywords",
	"rubrique": "section", "rubrik": "section", "sección": "section", "catégorie": "category", "kategorie": "category", "categoría": "category",
	"description": "description", "summary": "description", "slug": "slug",
}

// titleOnly are the keys that, alone, make a header an assistant's draft
// ("Title: …" over "Meta description: …") rather than an export's.
var titleOnly = map[string]bool{"title": true, "description": true, "slug": true, "tags": true, "keywords": true}

// maxHeaderLines bounds the header: an exporter writes a handful.
const maxHeaderLines = 16

// fieldHeader reads the header of fields that opens the file at offset
// from, if there is one: at least two lines of known keys, one of them
// more than a title (an author, a date, a source), then a blank line or
// the end. Each field goes into doc.Meta (where front matter left none);
// it returns the offset after the header, or from.
func fieldHeader(doc *Document, from int) int {
	type field struct {
		key        string
		start, end int // the value's offsets
	}
	var fields []field
	pos, end := from, from
	more := false
	for pos < len(doc.Buf) && len(fields) <= maxHeaderLines {
		eol := bytes.IndexByte(doc.Buf[pos:], '\n')
		next := len(doc.Buf)
		if eol >= 0 {
			next = pos + eol + 1
		}
		line := bytes.TrimRight(doc.Buf[pos:next], "\r\n")
		if len(bytes.TrimSpace(line)) == 0 {
			break
		}
		m := headerLineRE.FindSubmatchIndex(line)
		if m == nil {
			return from
		}
		key := strings.Join(strings.FieldsFunc(strings.ToLower(string(line[m[2]:m[3]])), func(r rune) bool { return r == ' ' || r == '_' || r == '-' }), " ")
		name, ok := headerKeys[key]
		if !ok {
			return from
		}
		more = more || !titleOnly[name]
		fields = append(fields, field{name, pos + m[4], pos + m[5]})
		pos, end = next, next
	}
	if len(fields) < 2 || len(fields) > maxHeaderLines || !more {
		return from
	}
	for _, f := range fields {
		if _, ok := doc.Meta[f.key]; !ok {
			doc.Meta[f.key] = Field{Value: string(doc.Buf[f.start:f.end]), Span: doc.Span(f.start, f.end)}
		}
	}
	return end
}
