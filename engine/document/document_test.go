package document

import (
	"strings"
	"testing"
)

func read(t *testing.T, format Format, src string) *Document {
	t.Helper()
	d, err := Read("t", []byte(src), format)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTOMLFrontMatter(t *testing.T) {
	d := read(t, Markdown, "+++\ntitle = \"Tide tables\"\ndate = 2025-07-01\nauthor = \"R. Kim\"\ntags = [\"coast\"]\n+++\n\nBody text here.\n")
	if d.Meta["title"].Value != "Tide tables" || d.Meta["date"].Value != "2025-07-01" || d.Meta["author"].Value != "R. Kim" {
		t.Errorf("meta: %+v", d.Meta)
	}
	if s := d.Meta["author"].Span; d.Snippet(s) != "R. Kim" || s.Line != 4 {
		t.Errorf("author span %+v cuts %q", s, d.Snippet(s))
	}
	// Without a headline in the body, the title is read as one.
	if len(d.Blocks) != 2 || d.Blocks[0].Kind != KindHeading || d.Blocks[0].Text.S != "Tide tables" || d.Blocks[1].Text.S != "Body text here." {
		t.Errorf("blocks: %+v", d.Blocks)
	}
	if s := d.Blocks[0].Span; d.Snippet(s) != "Tide tables" || s.Line != 2 || s.Column != 10 {
		t.Errorf("title block span %+v cuts %q", s, d.Snippet(s))
	}
	if sp := d.TextSpan(&d.Blocks[0].Text, 5, 11); d.Snippet(sp) != "tables" {
		t.Errorf("title word maps to %q", d.Snippet(sp))
	}
}

// A body with its own headline shows that one: the front matter's title
// is not read as a second.
func TestFrontMatterTitleBesideAHeadline(t *testing.T) {
	for _, src := range []string{
		"---\ntitle: Tide tables\n---\n# Tide tables\n\nBody text here.\n",
		"---\ntitle: \"Tide tables | Harbour News\"\n---\n# Tide tables for May\n\nBody text here.\n",
	} {
		d := read(t, Markdown, src)
		if len(d.Blocks) != 2 || d.Blocks[0].Level != 1 || !strings.HasPrefix(d.Blocks[0].Text.S, "Tide tables") || d.Blocks[0].Span.Line != 4 {
			t.Errorf("%q: blocks %+v", src, d.Blocks)
		}
	}
	// A quoted title with an escape maps as a whole to its value.
	d := read(t, Markdown, "---\ntitle: \"Tide \\\"tables\\\"\"\n---\nBody text here.\n")
	if len(d.Blocks) != 2 || d.Blocks[0].Text.S != `Tide "tables"` || d.Blocks[0].Span.Line != 2 {
		t.Errorf("escaped title: %+v", d.Blocks)
	}
}

func TestHTMLMetadataPriority(t *testing.T) {
	page := `<html><head><title>Site | Tide tables</title>
<meta name="date" content="2025-06-30">
<meta property="article:published_time" content="2025-07-01T06:00:00Z">
<meta property="og:title" content="Tide tables">
<link rel="canonical" href="https://example.org/tides">
</head><body><p>Text <time datetime="2020-01-01">long ago</time>.</p></body></html>`
	d := read(t, HTML, page)
	if d.Meta["date"].Value != "2025-07-01T06:00:00Z" {
		t.Errorf("date: %v (article:published_time outranks name=date and <time>)", d.Meta["date"].Value)
	}
	if d.Meta["title"].Value != "Tide tables" || d.Meta["url"].Value != "https://example.org/tides" {
		t.Errorf("meta: %+v", d.Meta)
	}
	if got := d.Snippet(d.Meta["date"].Span); got != "2025-07-01T06:00:00Z" {
		t.Errorf("date span cuts %q", got)
	}
}

func TestHTMLOnlyArticleWhenPresent(t *testing.T) {
	d := read(t, HTML, `<body><div>Sidebar teaser text</div><article><p>The story.</p><aside><p>Pull quote.</p></aside></article><footer>Site footer</footer></body>`)
	var texts []string
	for _, b := range d.Blocks {
		texts = append(texts, b.Text.S+"/"+b.Region)
	}
	if got := strings.Join(texts, "|"); got != "The story./|Pull quote./aside" {
		t.Errorf("blocks: %s", got)
	}
}

// blockKinds lists the blocks as "kind:text", joined by "|".
func blockKinds(d *Document) string {
	var kinds []string
	for _, b := range d.Blocks {
		kinds = append(kinds, b.Kind+":"+b.Text.S)
	}
	return strings.Join(kinds, "|")
}

// plainKinds reads src as plain text and checks its blocks' kinds and
// texts (blockKinds) against want.
func plainKinds(t *testing.T, src, want string) {
	t.Helper()
	if got := blockKinds(read(t, Plain, src)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestPlainTextShapes(t *testing.T) {
	src := "Storm closes schools\n\nSchools closed on Friday\nas the storm hit.\n\n- First item\n- Second item\n"
	plainKinds(t, src, "heading:Storm closes schools|paragraph:Schools closed on Friday as the storm hit.|list_item:First item|list_item:Second item")
	if d := read(t, Plain, src); !d.HasTitle || d.Title.Value != "Storm closes schools" {
		t.Errorf("title %+v", d.Title)
	}
}

// A headline may open with a quote or a marker; a quoted sentence stays
// a paragraph.
func TestPlainHeadlineOpenedByAQuote(t *testing.T) {
	plainKinds(t, "‘All the birds came back’: How a marsh was saved\n\n*BREAKING* Police search for two suspects\n\n\"We will not back down,\" the mayor said.\n",
		"heading:‘All the birds came back’: How a marsh was saved|heading:*BREAKING* Police search for two suspects|paragraph:\"We will not back down,\" the mayor said.")
}

func TestPlainGermanDateIsNoListItem(t *testing.T) {
	// "3. März 2025" opens with a day (a line of its own, as a date line
	// is); "2. Mai ist frei" is an item.
	plainKinds(t, "Wahl in Berlin\n\n3. März 2025, 14:02 Uhr\n\n23. Februar, 2025\n\n1. Erstens\n2. Mai ist frei\n12. Dez. 2024\n",
		"heading:Wahl in Berlin|heading:3. März 2025, 14:02 Uhr|heading:23. Februar, 2025|list_item:Erstens|list_item:Mai ist frei 12. Dez. 2024")
}

func TestPlainSeparatorLinesPartBlocks(t *testing.T) {
	// A line of punctuation alone ("-", "* * *") holds no prose and parts
	// blocks as a blank line does.
	plainKinds(t, "Storm closes schools\n\nSchools closed on Friday.\n* * *\nFirst teaser headline\n-\nSecond teaser headline\n",
		"heading:Storm closes schools|paragraph:Schools closed on Friday.|heading:First teaser headline|heading:Second teaser headline")
}

func TestPlainWrappedLineInAFileOfLongLines(t *testing.T) {
	// A file of a paragraph per line (one line is long): a line that
	// stops mid-sentence goes on in the lowercase line after it; a short
	// label over lowercase tags, a line that ends a sentence and a
	// headline before "iPhone …" stay blocks of their own.
	long := "The ferry company said on Monday that the new timetable would start in May, after the council approved the fares and the harbour works were finished on time."
	src := long + "\n\nThe board also approved a plan for the old quay, which will be turned into a\nsmall park. Work starts next year.\n\nTags\nferries\n\nThe fares will rise by four percent for adults and two for children\niPhone owners can buy tickets in the app\n\nThe museum opens on Friday.\nat least that is the plan\n\nHoy 5 / 18 || Mañana 7 / 16 |\nmás información\n\nsaid the mayor, who opened the new quay with the minister\nbut not the pier\nand not the museum.\n\nEdit the article Follow this blog Administration and Create my blog\nharbour-news.example.com\n"
	plainKinds(t, src,
		"paragraph:"+long+"|paragraph:The board also approved a plan for the old quay, which will be turned into a small park. Work starts next year.|heading:Tags|paragraph:ferries|heading:The fares will rise by four percent for adults and two for children|paragraph:iPhone owners can buy tickets in the app|paragraph:The museum opens on Friday.|paragraph:at least that is the plan|heading:Hoy 5 / 18 || Mañana 7 / 16 ||paragraph:más información|paragraph:said the mayor, who opened the new quay with the minister but not the pier and not the museum.|heading:Edit the article Follow this blog Administration and Create my blog|paragraph:harbour-news.example.com")
}

// A file of short lines is read a paragraph per line when most of its
// lines of prose end a sentence, as a page copied with short paragraphs
// does; hard-wrapped prose, broken mid-sentence, stays joined.
func TestPlainShortParagraphPerLine(t *testing.T) {
	plainKinds(t, "Harbour reopens after six weeks of storm repairs\nBy Jane Doe\nMarch 3, 2025\nThe east harbour reopened to ferries on Thursday, the port authority said.\nCrews replaced more than 400 concrete blocks that the storm had moved.\n\"We are back,\" the harbour master told reporters.\n",
		"heading:Harbour reopens after six weeks of storm repairs|heading:By Jane Doe|heading:March 3, 2025|paragraph:The east harbour reopened to ferries on Thursday, the port authority said.|paragraph:Crews replaced more than 400 concrete blocks that the storm had moved.|paragraph:\"We are back,\" the harbour master told reporters.")
	plainKinds(t, "Harbour reopens\n\nThe east harbour reopened to ferries on Thursday after six\nweeks of work on the breakwater, said the port authority and\nMayor Ana Brook, who cut a ribbon on the new quay with the\nharbour master.\n",
		"heading:Harbour reopens|paragraph:The east harbour reopened to ferries on Thursday after six weeks of work on the breakwater, said the port authority and Mayor Ana Brook, who cut a ribbon on the new quay with the harbour master.")
}

func TestDirectives(t *testing.T) {
	d := read(t, Markdown, "Text.\n\n<!-- newslint-disable a-rule, b-rule -- because -->\n\nMore <!-- newslint-disable-next-line --> text.\n\n```\n<!-- newslint-disable-file -->\n```\n")
	if len(d.Directives) != 2 {
		t.Fatalf("directives: %+v (a comment inside code is not one)", d.Directives)
	}
	if d.Directives[0].Kind != "disable" || strings.Join(d.Directives[0].Rules, ",") != "a-rule,b-rule" || d.Directives[0].Span.Line != 3 {
		t.Errorf("first: %+v", d.Directives[0])
	}
	if d.Directives[1].Kind != "disable-next-line" || len(d.Directives[1].Rules) != 0 {
		t.Errorf("second: %+v", d.Directives[1])
	}
}

func TestTextRangeMapsEntities(t *testing.T) {
	src := []byte("A&amp;B  and\n C")
	b := NewTextBuilder(true)
	addInline(b, src, 0, len(src), false)
	tx := b.Text()
	if tx.S != "A&B and C" {
		t.Fatalf("text %q", tx.S)
	}
	// "&" maps to the whole entity; "and C" maps across the collapsed run.
	if s, e := tx.Range(1, 2); string(src[s:e]) != "&amp;" {
		t.Errorf("entity maps to %q", src[s:e])
	}
	if s, e := tx.Range(4, 9); string(src[s:e]) != "and\n C" {
		t.Errorf("range maps to %q", src[s:e])
	}
}

// Columns on long lines come from rune checkpoints; they must agree with a
// plain count at every offset, across multi-byte letters and line ends.
func TestLineIndexColumnsOnLongLines(t *testing.T) {
	line := strings.Repeat("Łódź é 中文 😀 abc ", 200)
	buf := []byte("\xEF\xBB\xBF" + line + "\r\n" + line + "\n" + line)
	li := NewLineIndex(buf)
	for off := 0; off <= len(buf); off++ {
		if off < len(buf) && buf[off]&0xC0 == 0x80 {
			continue // inside a character
		}
		start := strings.LastIndexByte(string(buf[:off]), '\n') + 1
		line := strings.Count(string(buf[:off]), "\n") + 1
		if line == 1 {
			start = min(3, off)
		}
		wantCol := len([]rune(string(buf[start:off]))) + 1
		if l, c := li.Position(off); l != line || c != wantCol {
			t.Fatalf("offset %d: %d:%d, want %d:%d", off, l, c, line, wantCol)
		}
	}
}

func TestExcerptOfALongLine(t *testing.T) {
	line := strings.Repeat("word ", 10000) + "target " + strings.Repeat("tail ", 10000)
	d := read(t, Plain, "Title\n\n"+line+"\n")
	at := strings.Index(string(d.Buf), "target")
	s := d.Span(at, at+len("target"))
	text, from, more := d.Excerpt(s)
	if len(text) > 600 || !more || from <= 1 {
		t.Fatalf("excerpt of %d bytes from column %d (more %v)", len(text), from, more)
	}
	if got := []rune(text)[s.Column-from : s.EndColumn-from]; string(got) != "target" {
		t.Errorf("the span's columns cut %q from the excerpt", string(got))
	}
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Format
	}{
		{"<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>", HTML},
		{"\ufeff  <html lang=\"en\"><p>x</p></html>", HTML},
		{"<p>A CMS fragment: the council met.</p>\n<p>More.</p>", HTML},
		{"<div class=\"story\">Text</div>", HTML},
		{"---\ntitle: Storm\ndate: 2025-03-01\n---\nThe storm passed.\n", Markdown},
		{"+++\ntitle = \"Storm\"\n+++\nThe storm passed.\n", Markdown},
		{"# Storm passes\n\nThe storm passed overnight.\n", Markdown},
		{"The storm passed, the [agency](https://example.org/x) said.\n", Markdown},
		{"Storm passes\n\nThe storm passed overnight. Roads <b>reopened</b> at dawn.\n", Plain},
		{"#1 storm of the year passed overnight.\n", Plain},
		{"<3 the storm is gone\n", Plain},
		{"Prices rose 5% [sic] over the year.\n", Plain},
	} {
		if got := Sniff([]byte(c.in)); got != c.want {
			t.Errorf("Sniff(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestReadWithoutFormatSniffsDecodedText(t *testing.T) {
	// UTF-16 with a byte-order mark is decoded before its format is told.
	page := "<html><body><h1>Dam opens</h1><p>The dam opened.</p></body></html>"
	buf := []byte{0xFF, 0xFE}
	for _, r := range page {
		buf = append(buf, byte(r), 0)
	}
	doc, err := Read("page", buf, "")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != HTML || doc.Title.Value != "Dam opens" {
		t.Errorf("format %s, title %q", doc.Format, doc.Title.Value)
	}
}
