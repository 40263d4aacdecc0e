package document

import "testing"

// An exporter's header of fields opens a plain-text or Markdown file: its
// lines are metadata, and the title is the first block.
func TestFieldHeaderIsMetadata(t *testing.T) {
	for _, c := range []struct {
		format Format
		src    string
	}{
		{Plain, "Title: Tide tables for May\nAuthor: R. Kim\nDate: 2025-07-01\n\nThe tide turns at noon.\n"},
		{Markdown, "Title: Tide tables for May\r\nDate: 2025-07-01\r\nTags: coast, tides\r\n\r\nThe tide turns at *noon*.\r\n"},
		{Plain, "\ufeffTitel: Tide tables for May\nDatum: 2025-07-01\n\nThe tide turns at noon.\n"},
		{Plain, "Titre : Tide tables for May\nPublié le : 2025-07-01\n\nThe tide turns at noon.\n"},
	} {
		d := read(t, c.format, c.src)
		title, date := d.Meta["title"], d.Meta["date"]
		if date.Value == nil {
			date = d.Meta["published"]
		}
		if title.Value != "Tide tables for May" || date.Value != "2025-07-01" {
			t.Errorf("%q: meta %+v", c.src, d.Meta)
			continue
		}
		if d.Snippet(title.Span) != "Tide tables for May" || title.Span.Line != 1 || d.Snippet(date.Span) != "2025-07-01" || date.Span.Line < 2 {
			t.Errorf("%q: spans cut %q and %q", c.src, d.Snippet(title.Span), d.Snippet(date.Span))
		}
		if len(d.Blocks) != 2 || d.Blocks[0].Kind != KindHeading || d.Blocks[0].Text.S != "Tide tables for May" || d.Blocks[1].Text.S != "The tide turns at noon." {
			t.Errorf("%q: blocks %+v", c.src, d.Blocks)
		}
	}
}

// Lines that only look like a header stay text: a title over an SEO
// description (an assistant's draft), a lone title, an unknown key, a
// header with no blank line before the text, front matter's own fields.
func TestFieldHeaderLookalikesStayText(t *testing.T) {
	for _, c := range []struct {
		format Format
		src    string
		blocks int
	}{
		{Plain, "Title: Tide tables for May\nMeta Description: When the tide turns.\n\nThe tide turns at noon.\n", 2},
		{Plain, "Title: Tide tables for May\n\nThe tide turns at noon.\n", 2},
		{Plain, "Title: Tide tables for May\nKeywords: tides\n\nThe tide turns at noon.\n", 2},
		{Plain, "Venue: Town hall\nDate: 2025-07-01\n\nThe tide turns at noon.\n", 2},
		{Plain, "Title: Tide tables for May\nDate: 2025-07-01\nThe tide turns at noon.\n", 1},
		{Markdown, "---\ntitle: Tides\n---\nAuthor: R. Kim\nDate: 2025-07-01\n\nThe tide turns at noon.\n", 3},
	} {
		d := read(t, c.format, c.src)
		if len(d.Blocks) != c.blocks || d.Meta["author"].Value != nil || c.format == Plain && d.Meta["title"].Value != nil {
			t.Errorf("%q: meta %+v, %d blocks %+v", c.src, d.Meta, len(d.Blocks), d.Blocks)
		}
	}
}
