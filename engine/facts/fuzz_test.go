package facts

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/document"
)

// FuzzExtract reads arbitrary bytes with every reader and checks what must
// hold for any input: no panic, and every fact's span inside the file with
// its line and column consistent with its offset.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{plainLF, mdLF, htmlLF, "---\ntitle: x\n---\n", "<p>a&amp;b</p>", "\xEF\xBB\xBF# T\r\n\r\nOn Tuesday, 18 March 2025.",
		"T\n\nBy Ana Ruiz | Published: 9/2/2025 10.32 GMT | Politics\n\nLYON, 13 janvier 2025 (AFP) - Texte.\n",
		"---\ndate: 2025-02-30\nurl: /2025/07/14/x\n---\nText.\n",
		"---\ndate: 2024-07-30\n---\nOn November 5th, voters went to the polls in 2024.\n\nJanuary *twentieth* falls on a\nSunday in 2025.\n\nMore Stories\n\nNew Chief NamedSeptember 14, 2025\n",
		`<html lang="en-GB"><head><meta property="article:published_time" content="{{x}}"><script type="application/ld+json">{"dateModified":"2025-13-01"}</script></head><body><time datetime="PT2H">x</time></body></html>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, format := range []document.Format{document.Plain, document.Markdown, document.HTML} {
			doc, err := document.Read("f", src, format)
			if err != nil {
				continue // rejected input (binary, invalid UTF-8, empty, bad front matter)
			}
			fx := Extract(doc, Options{})
			check := func(what string, s Span) {
				if s.Offset < 0 || s.EndOffset < s.Offset || s.EndOffset > len(src) {
					t.Fatalf("%s %s: span %+v outside %d bytes", format, what, s, len(src))
				}
				if doc.Encoding == "" && utf8.Valid(src) {
					if l, c := position(src, s.Offset); l != s.Line || c != s.Column {
						t.Fatalf("%s %s: %d:%d at offset %d, want %d:%d", format, what, s.Line, s.Column, s.Offset, l, c)
					}
				}
			}
			for _, b := range fx.Blocks {
				check("block", b.Span)
			}
			for _, x := range fx.Sentences {
				check("sentence", x.Span)
			}
			for _, x := range fx.Dates {
				check("date", x.Span)
				if w := x.WeekdaySpan; w != nil {
					check("weekday", *w)
					if w.Offset < x.Span.Offset || w.EndOffset > x.Span.EndOffset {
						t.Fatalf("%s weekday %+v outside its date %+v", format, *w, x.Span)
					}
				}
			}
			for _, x := range fx.Links {
				check("link", x.Span)
			}
			if fx.Date.Span != nil {
				check("reference date", *fx.Date.Span)
			}
			for _, c := range fx.Date.Candidates {
				if c.Span != nil {
					check("date candidate", *c.Span)
				}
			}
			for _, u := range fx.Date.Unreadable {
				check("unreadable date", u.Span)
			}
		}
	})
}

// FuzzDates runs the date grammar over arbitrary text: no panic, every
// date inside the text and naming exactly the words it covers, and its
// resolved range in order.
func FuzzDates(f *testing.F) {
	for _, l := range seedLines(f) {
		f.Add(l)
	}
	for _, s := range []string{"On Tue, 18 Mar 2025 at 10:00", "2025-02-30T25:61:00Z", "1/2/3", "le 1er mars 2025", "3. März", "5 de enero del 2025", "22-Sep-2023", "Thu May 22 16:40:00 UTC 2025", "mid-to-late August 2025–September 2026", "the 31st of February, 0000", "spring 99999999999999999999", "J\u0430nuary 5, 2025 and 1\u200b8 Ma\u0308rz 2025", "Ｍａｙ ２０２５",
		// Days as words, weekdays tied by a verb, glued stamps.
		"January twentieth falls on a Sunday in 2025", "the twenty-third of January, 2025 was a Thursday", "January the twenty‑third",
		"Monday is the first of May", "May first-time", "on 4 July, a Friday, and", "March 3 is Monday this year", "falls on a",
		"le premier mai, el primero de mayo de", "SPDFebruary 24, 2025", "ÉtéMarch 3, 2025", "xMay 1, 1999May 2, 2000",
		"January twenty", "the thirty-first of"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range findDates(s) {
			if d.at < 0 || d.end < d.at || d.end > len(s) {
				t.Fatalf("date %q at [%d,%d) outside %d bytes", d.Text, d.at, d.end, len(s))
			}
			if s[d.at:d.end] != d.Text {
				t.Fatalf("date text %q, but [%d,%d) holds %q", d.Text, d.at, d.end, s[d.at:d.end])
			}
			if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || d.EndMonth < 0 || d.EndMonth > 12 || d.EndDay < 0 || d.EndDay > 31 {
				t.Fatalf("date %q: month %d day %d, end month %d day %d", d.Text, d.Month, d.Day, d.EndMonth, d.EndDay)
			}
			d.resolve(2025, true)
			if d.Precision == "" {
				t.Fatalf("date %q resolved without a precision", d.Text)
			}
			if !d.Invalid && d.Start > d.End {
				t.Fatalf("date %q: start %s after end %s", d.Text, d.Start, d.End)
			}
		}
	})
}

// FuzzMentions runs mention extraction with the built-in knowledge base over
// arbitrary plain text: no panic, and every mention, name and title inside
// the file, cutting out the text it names.
func FuzzMentions(f *testing.F) {
	for _, p := range seedParagraphs(f) {
		f.Add(p)
	}
	f.Add([]byte("Former former ex-President President Donald Trump's Trump Trump.\n\nThe Biden-Harris-Biden administration's."))
	// The claim grammar, other languages, quotations and normalisation.
	for _, s := range []string{
		"Rishi Sunak is the current Prime Minister of the United Kingdom, in office since 2022.",
		"The current President of the United States is Joe Biden, who took office on 20 January 2021.",
		"# Kishida Fumio: Japan's Prime Minister in 2025\n\nAs of 2025, the NATO chief is Mark Rutte.",
		"Britain's Current Prime Minister: BoJo\n\nSecDef Lloyd Austin and BoE Gov. Andrew Bailey met.",
		"Le secrétaire général de l'OTAN, Stoltenberg, a dit. Der frühere Bundeskanzler Olaf Scholz ist der derzeitige Kanzler.",
		"El actual presidente de Estados Unidos es Joe Biden. \u201cPrime Minister Rishi Sunak promised a bridge,\u201d said Tom.",
		"President Jo\u0435 Bid\u0435n is the US Pr\u0435sident. Scho\u200blz. Mu\u0308ller is the Bundeskanzler\u0308.",
		"Throughout his 36 years in the Senate, President Biden is is is the the the: : current current:",
		"Albanese met his Canadian counterpart, Justin Trudeau. Merz traf seinen britischen Amtskollegen Rishi Sunak. Die Biden-Administration wird",
		"Jane Roe was Prime Minister Rishi Sunak's chief of staff, as he then was, and Olaf Scholz was succeeded by Friedrich Merz in 2024.",
		"Die 2023 von Kanzler Olaf Scholz eingeführte Regel, die Scholz 2023 unterzeichnete. Scholz war 2016 Bundesfinanzminister. 'Sunak,' she said.",
		"In Q3 2025 and the weekend of 7–8 March, les 4 et 5 mars. The next day, March 7. An earlier version of this article said Tuesday, March 5.",
	} {
		f.Add([]byte(s))
	}
	gaz := builtinGazetteer(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := document.Read("f.txt", src, document.Plain)
		if err != nil {
			return
		}
		fx := Extract(doc, Options{Gazetteer: gaz})
		within := func(what string, s Span, text string) {
			if s.Offset < 0 || s.EndOffset < s.Offset || s.EndOffset > len(src) {
				t.Fatalf("%s %q: span %+v outside %d bytes", what, text, s, len(src))
			}
			if doc.Encoding == "" && utf8.Valid(src) && squash(string(src[s.Offset:s.EndOffset])) != squash(text) {
				t.Fatalf("%s: span cuts %q, want %q", what, src[s.Offset:s.EndOffset], text)
			}
		}
		for _, m := range fx.Mentions {
			within("mention", m.Span, m.Text)
			within("name", m.Name.Span, m.Name.Text)
			if m.Name.Span.Offset < m.Span.Offset || m.Name.Span.EndOffset > m.Span.EndOffset {
				t.Fatalf("name %+v outside its mention %+v", m.Name.Span, m.Span)
			}
		}
		for _, e := range fx.Events {
			within("event", e.Span, e.Text)
		}
	})
}

// squash collapses white space, as block text does with line breaks.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
