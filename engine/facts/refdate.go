package facts

import (
	"regexp"
	"strings"

	"github.com/newslint/newslint/engine/document"
)

// RefDate is the article's reference date: the day the article speaks from.
type RefDate struct {
	// Value is the date at its precision (2025-05-01, 2025-05, 2025); empty
	// when nothing gives one.
	Value     string `json:"value"`
	Precision string `json:"precision"`
	// Source is where the date came from: flag (--date), metadata, dateline
	// (a dateline or byline in the text), inferred (the latest date the text
	// reports), config (the configuration's default), or none.
	Source string `json:"source"`
	// Start and End are the first and last day Value covers.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Evidence: the text the date was read from, where, and for metadata
	// the key.
	Text string `json:"text,omitempty"`
	Span *Span  `json:"span,omitempty"`
	Key  string `json:"key,omitempty"`
}

// Date sources.
const (
	SourceFlag     = "flag"
	SourceMetadata = "metadata"
	SourceDateline = "dateline"
	SourceInferred = "inferred"
	SourceConfig   = "config"
	SourceNone     = "none"
)

var metaDateKeys = []string{"date", "published", "publishdate", "pubdate", "published_at", "datepublished", "created", "lastmod", "updated"}

// datelineCue marks a short line that states when the article was
// published ("Published March 11, 2025", "By Jane Doe | 11 March 2025").
var datelineCue = regexp.MustCompile(`(?i)^\s*(published|posted|updated|last updated|first published|date|dated|by\b|\S+\s+\S+\s*[|•·])|\((AP|Reuters|AFP|dpa|UPI|Bloomberg)\)|[—–]\s*$`)

// A dateline at the head of the first paragraph: "RIVERTON, Oct. 17, 2025 —",
// "KYIV, Ukraine, March 11, 2025 (AP) —".
var (
	placeRE     = regexp.MustCompile(`^\p{Lu}[\p{L}\s.'’-]{0,40},(?:\s*\p{Lu}[\p{L}\s.'’-]{0,30},)?\s*$`)
	afterDateRE = regexp.MustCompile(`^\s*(?:\([^)]{1,30}\)\s*)?[—–-]`)
)

func referenceDate(doc *document.Document, f *Facts, opts Options) RefDate {
	if opts.Date != "" {
		if d, ok := ParseDate(opts.Date); ok {
			return fromDate(d, SourceFlag, "")
		}
	}
	for _, k := range metaDateKeys {
		field, ok := doc.Meta[k]
		if !ok {
			continue
		}
		s, ok := field.Value.(string)
		if !ok {
			continue
		}
		if d, ok := ParseDate(s); ok {
			r := fromDate(d, SourceMetadata, k)
			span := field.Span
			r.Span = &span
			r.Text = s
			return r
		}
	}
	if r, ok := dateline(f); ok {
		return r
	}
	if r, ok := inferred(f); ok {
		return r
	}
	if opts.DefaultDate != "" {
		if d, ok := ParseDate(opts.DefaultDate); ok {
			return fromDate(d, SourceConfig, "")
		}
	}
	return RefDate{Source: SourceNone}
}

func fromDate(d Date, source, key string) RefDate {
	return RefDate{Value: d.Value, Precision: d.Precision, Source: source, Start: d.Start, End: d.End, Key: key}
}

// dateline looks for a date with a year in a short line near the top that
// reads as a dateline or byline, or at the head of the first paragraph.
func dateline(f *Facts) (RefDate, bool) {
	for _, d := range f.Dates {
		if d.Block > 8 {
			break
		}
		if d.Year == 0 || d.Form == "year" || d.Form == "weekday" {
			continue
		}
		b := f.Blocks[d.Block]
		text := b.Text
		dateOnly := len(strings.TrimSpace(text)) <= len(d.Text)+3
		short := b.Words <= 25
		atHead := placeRE.MatchString(text[:d.at]) && afterDateRE.MatchString(text[d.end:])
		if dateOnly || short && datelineCue.MatchString(text) || atHead {
			d.resolve(d.Year, false)
			r := fromDate(d, SourceDateline, "")
			span := d.Span
			r.Span, r.Text = &span, d.Text
			return r, true
		}
	}
	return RefDate{}, false
}

// inferred takes the latest date with a year that the text reports.
func inferred(f *Facts) (RefDate, bool) {
	best := -1
	for i, d := range f.Dates {
		if d.Year == 0 || d.Form == "weekday" || d.Invalid {
			continue
		}
		if best < 0 || later(d, f.Dates[best]) {
			best = i
		}
	}
	if best < 0 {
		return RefDate{}, false
	}
	d := f.Dates[best]
	d.resolve(d.Year, false)
	r := fromDate(d, SourceInferred, "")
	span := d.Span
	r.Span, r.Text = &span, d.Text
	return r, true
}

// later prefers the date that starts later; at the same start, the more
// precise one ("15 August 2025" over "2025").
func later(a, b Date) bool {
	a.resolve(a.Year, false)
	b.resolve(b.Year, false)
	if a.Start != b.Start {
		return a.Start > b.Start
	}
	return precisionRank(a.Precision) > precisionRank(b.Precision)
}

func precisionRank(p string) int {
	switch p {
	case "day":
		return 3
	case "month":
		return 2
	case "year":
		return 1
	}
	return 0
}
