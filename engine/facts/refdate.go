package facts

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/calendar"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/lexicon"
)

// RefDate is the article's reference date: the day the article speaks from.
type RefDate struct {
	// Value is the date at its precision (2025-05-01, 2025-05, 2025); empty
	// when nothing gives one.
	Value     string `json:"value"`
	Precision string `json:"precision"`
	// Source is where the date came from: flag (--date), metadata, dateline
	// (a date line, label, byline or dateline at the top of the text), url
	// (the article's address), inferred (the month or year the headline or
	// the lead speaks from), config (the configuration's default), or
	// none.
	Source string `json:"source"`
	// Start and End are the first and last day Value covers: a date known
	// only to its month or year is that range, and rules judge a claim
	// wrong only when it is wrong over all of it.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Evidence: the text the date was read from, where, and for metadata
	// the key.
	Text string `json:"text,omitempty"`
	Span *Span  `json:"span,omitempty"`
	Key  string `json:"key,omitempty"`
	// Kind is what the evidence says the date is: published, or updated
	// when only a change date was found.
	Kind string `json:"kind,omitempty"`
	// Confidence is high (flag, metadata, a labelled date line, a day in
	// the address), medium (an unlabelled date line or dateline, a change
	// date, a month in the address, the configuration's default) or low
	// (inferred: the month or year the headline or the lead speaks from).
	Confidence string `json:"confidence,omitempty"`
	// Note says in words why this date was taken, or why there is none.
	Note string `json:"note"`
	// Candidates are the dates considered, the one taken marked used.
	Candidates []DateCandidate `json:"candidates"`
	// Unreadable lists the metadata fields meant to hold the article's
	// date whose value is not a calendar date.
	Unreadable []UnreadableDate `json:"unreadable"`
	// Order is how this page writes numeric dates such as 9/2/2025:
	// day_first, month_first, or empty when nothing tells; OrderBasis says
	// what told.
	Order      string `json:"order,omitempty"`
	OrderBasis string `json:"order_basis,omitempty"`
}

// DateCandidate is one date that could be the article's own.
type DateCandidate struct {
	Value     string `json:"value,omitempty"`
	Precision string `json:"precision,omitempty"`
	Start     string `json:"start,omitempty"`
	End       string `json:"end,omitempty"`
	// Source is metadata, dateline, url, or text (a date the text
	// mentions, which is never taken).
	Source string `json:"source"`
	// Kind is published, updated, or mentioned; empty when the evidence
	// does not say.
	Kind       string `json:"kind,omitempty"`
	Confidence string `json:"confidence"`
	Text       string `json:"text,omitempty"`
	Span       *Span  `json:"span,omitempty"`
	Key        string `json:"key,omitempty"`
	Used       bool   `json:"used"`
	// Note says why it was or was not taken.
	Note string `json:"note,omitempty"`

	rank int
	// unusable: ambiguous or unreadable; never taken.
	unusable bool
	// block is the block of a date line.
	block int
	// first: its label says the page was first published then
	// ("originally published on").
	first bool
}

// markOriginal reads a label of first publication ("originally
// published on"): a published date, and the first when the label heads
// its line or the page speaks of itself before it (self: "This article
// was originally published on …"; not "The novel was first published
// on …").
func (c *DateCandidate) markOriginal(l *dateLabel, self bool) {
	if l.kind == labelOriginal {
		c.Kind, c.first = document.DatePublished, self
	}
}

// originalBefore: a label of first publication stands right before date
// d of block bi.
func (s *dateScan) originalBefore(bi int, d Date) bool {
	all := s.toks.block(bi)
	first, _ := tokenRange(all, d.at, d.end)
	if first < 0 {
		return false
	}
	lab := labelBefore(s.f.Blocks[bi].Text, all, first)
	return lab != nil && lab.kind == labelOriginal
}

// selfReach is how far before a label of first publication the page's
// words for itself may stand.
const selfReach = 60

// selfWords are the words a page uses for itself.
var selfWords = []string{"this article", "this story", "this piece", "this post", "this report", "this column", "this interview",
	"cet article", "ce texte", "cette chronique", "cet entretien", "dieser artikel", "dieser beitrag", "dieser text",
	"este artículo", "esta nota", "este texto", "esta columna", "esta entrevista"}

// selfReference: text speaks of the page itself.
func selfReference(text string) bool { return containsPhrase(text, selfWords) }

// UnreadableDate is a metadata field meant to hold the article's date
// whose value is not a calendar date ("2025-02-30", "next tuesday").
type UnreadableDate struct {
	Key    string `json:"key"`
	Text   string `json:"text"`
	Span   Span   `json:"span"`
	Reason string `json:"reason"`
}

// Date sources.
const (
	SourceFlag     = "flag"
	SourceMetadata = "metadata"
	SourceDateline = "dateline"
	SourceURL      = "url"
	SourceConfig   = "config"
	SourceNone     = "none"
	// SourceInferred is a month or year the headline or the lead speaks
	// from ("What to know in 2026", "As of 2025, … remains").
	SourceInferred = "inferred"
	// SourceText marks a candidate the text merely mentions.
	SourceText = "text"
)

// Confidence levels.
const (
	confHigh   = "high"
	confMedium = "medium"
	confLow    = "low"
)

// Ranks of candidates: the lowest usable one is taken. A published date
// outranks a change date; metadata outranks what the page shows.
const (
	rankFrontMatter = 10 // + the key's place in frontMatterDateKeys
	rankMeta        = 10 // + the field's own rank (document.MetaDate.Rank)
	rankLabel       = 20
	rankURLDay      = 25
	// A dateline names where and when the story was filed: it outranks
	// a bare date line, which at the top of a page may be the site's
	// masthead ("Sun. Feb 23rd, 2025" above "Washington DC, January 22,
	// 2025").
	rankDateline     = 28
	rankStamp        = 30
	rankTime         = 32
	rankUpdated      = 40
	rankURLMonth     = 50
	rankLabelAnywere = 55
	rankConfig       = 90
)

// frontMatterDateKeys are the front-matter keys that date the article, in
// order of trust, with what they say.
var frontMatterDateKeys = []struct{ key, kind string }{
	{"date", document.DatePublished}, {"published", document.DatePublished}, {"publishdate", document.DatePublished},
	{"publish_date", document.DatePublished}, {"pubdate", document.DatePublished}, {"published_at", document.DatePublished},
	{"publishedat", document.DatePublished}, {"datepublished", document.DatePublished}, {"date_published", document.DatePublished},
	{"publication_date", document.DatePublished}, {"created", document.DatePublished}, {"created_at", document.DatePublished},
	{"lastmod", document.DateUpdated}, {"updated", document.DateUpdated}, {"updated_at", document.DateUpdated},
	{"modified", document.DateUpdated}, {"date_modified", document.DateUpdated}, {"datemodified", document.DateUpdated},
	{"last_modified", document.DateUpdated},
}

// A dateline at the head of a paragraph: "RIVERTON, Oct. 17, 2025 —",
// "KYIV, Ukraine, March 11, 2025 (AP) —", "Madrid, 5 de enero de 2025
// (EFE).-", "NEW YORK, March 3, 2025 /PRNewswire/ --", "WASHINGTON
// (March 3, 2025) –", "The Hague, Netherlands – June 24, 2025 –"; a
// letter's "Paris, le 3 mars 2025", "Berlin, den 3. März 2025"; a Mexican "CDMX a
// 1 de octubre de 2024.-".
var (
	placeRE = newBoundedRegexp(
		`^\p{Lu}([\p{L}\s.'’-]*)(?:,\s*\p{Lu}([\p{L}\s.'’-]*))?(?:(?:,|\s[—–-])\s*(?:(?:le|den|am|a)\s+)?|\sa\s+)$`,
		`^\p{Lu}[\p{L}\s.'’-]{0,40}(?:,\s*\p{Lu}[\p{L}\s.'’-]{0,30})?(?:(?:,|\s[—–-])\s*(?:(?:le|den|am|a)\s+)?|\sa\s+)$`, 40, 30)
	afterDateRE  = lazyRegexp(`^\s*(?:\([^)]{1,30}\)\s*)?(?:/[^/\s]{1,30}/\s*)?\.?\s*(?:[—–-]|:\s)`)
	placeParenRE = newBoundedRegexp(`^\p{Lu}([\p{Lu}\s.'’-]+)\(\s*$`, `^\p{Lu}[\p{Lu}\s.'’-]{1,40}\(\s*$`, 40)
	afterParenRE = lazyRegexp(`^\s*\)\s*[—–-]`)
	// clockRE is a clock time written as one word: "10h32", "14h", "10.32".
	clockRE = lazyRegexp(`^\d{1,2}(?:h|h\d{2}|[.:]\d{2})$`)
)

// dateScan gathers the candidates of one document.
type dateScan struct {
	doc   *document.Document
	f     *Facts
	opts  Options
	ref   RefDate
	cands []DateCandidate
	toks  *pageWords // each block's words, as the date parser cut them
	lang  string
	// ordered is set once decideOrder has run: only a page with an
	// ambiguous numeric date needs it.
	ordered bool
	// latest is the latest start of a date the text mentions, not a plan
	// (mentionsLater), worked out once.
	latest     string
	latestDone bool
}

func referenceDate(doc *document.Document, f *Facts, opts Options, words *pageWords) RefDate {
	s := &dateScan{doc: doc, f: f, opts: opts, toks: words, ref: RefDate{Candidates: []DateCandidate{}, Unreadable: []UnreadableDate{}}}
	for _, d := range f.Dates {
		if d.Form == "numeric" && d.Ambiguous {
			s.decideOrder()
			break
		}
	}
	// The metadata is read even under --date: a field that holds no day is
	// a defect of the article whatever date the checks use.
	s.metadata()
	if opts.Date != "" {
		if t, err := calendar.ParseDay(opts.Date); err == nil {
			s.ref = s.take(DateCandidate{Source: SourceFlag, Confidence: confHigh}, dayDate(t), "given with --date")
			for i := range s.cands {
				s.cands[i].Note = strings.TrimPrefix(s.cands[i].Note+"; not used: --date is given", "; ")
			}
			s.ref.Candidates = append(s.ref.Candidates, s.cands...)
			return s.ref
		}
	}
	s.text()
	s.url()
	s.statedPresent()
	s.lowerBound()
	s.choose()
	return s.ref
}

// dayDate is the Date of one day.
func dayDate(t time.Time) Date {
	d := Date{Form: "iso", Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	d.resolve(d.Year, false)
	return d
}

// take makes the reference date from candidate c holding date d.
func (s *dateScan) take(c DateCandidate, d Date, note string) RefDate {
	r := s.ref
	r.Value, r.Precision, r.Start, r.End = d.Value, d.Precision, d.Start, d.End
	r.Source, r.Kind, r.Confidence, r.Text, r.Span, r.Key = c.Source, c.Kind, c.Confidence, c.Text, c.Span, c.Key
	r.Note = note
	return r
}

// add records a candidate for date d.
func (s *dateScan) add(c DateCandidate, d Date) {
	c.Value, c.Precision, c.Start, c.End = d.Value, d.Precision, d.Start, d.End
	s.cands = append(s.cands, c)
}

// Metadata.

func (s *dateScan) metadata() {
	if s.doc.Format == document.HTML {
		for _, md := range s.doc.Dates {
			rank := rankMeta + md.Rank
			conf := confHigh
			switch {
			case md.Kind == document.DateUpdated:
				rank, conf = rankUpdated+md.Rank, confMedium
			case md.Key == "<time datetime>" && md.Kind == "":
				rank, conf = rankTime, confMedium
			}
			span := md.Span
			s.metaValue(DateCandidate{Source: SourceMetadata, Kind: md.Kind, Confidence: conf, Key: md.Key, Text: md.Value, Span: &span, rank: rank}, md.Value)
		}
		return
	}
	for i, k := range frontMatterDateKeys {
		field, ok := s.doc.Meta[k.key]
		if !ok {
			continue
		}
		span := field.Span
		c := DateCandidate{Source: SourceMetadata, Kind: k.kind, Confidence: confHigh, Key: k.key, Span: &span, rank: rankFrontMatter + i}
		if k.kind == document.DateUpdated {
			c.Confidence, c.rank = confMedium, rankUpdated+i
		}
		switch v := field.Value.(type) {
		case string:
			c.Text = v
			s.metaValue(c, v)
		case int64:
			c.Text = strconv.FormatInt(v, 10)
			s.metaValue(c, c.Text)
		case float64:
			c.Text = strconv.FormatFloat(v, 'f', -1, 64)
			s.metaValue(c, c.Text)
		default:
			c.Text = fmt.Sprint(v)
			s.unreadable(c, "a list or a table, not one date")
		}
	}
}

// metaValue reads a metadata value into a candidate, or records it as
// unreadable.
func (s *dateScan) metaValue(c DateCandidate, v string) {
	d, reason := s.parseMeta(v)
	if reason != "" {
		// A <time datetime> may rightly hold a time of day or a duration
		// ("10:30", "PT2H"); only an impossible day there is a defect.
		if c.Key != "<time datetime>" || strings.HasPrefix(reason, "not a calendar date") {
			s.unreadable(c, reason)
		}
		return
	}
	if d.Ambiguous && d.Alt != "" && s.ref.Order == "" && d.sep == '/' {
		c.unusable = true
		c.Note = fmt.Sprintf("reads as %s or %s, and nothing on the page tells which", d.Value, d.Alt)
	}
	s.add(c, d)
}

func (s *dateScan) unreadable(c DateCandidate, reason string) {
	u := UnreadableDate{Key: c.Key, Text: c.Text, Reason: reason}
	if c.Span != nil {
		u.Span = *c.Span
	}
	s.ref.Unreadable = append(s.ref.Unreadable, u)
}

// parseMeta reads a metadata date: ISO 8601 with or without a time, a date
// written out ("March 3, 2025", "Mon, 03 Mar 2025 10:00:00 GMT"), a month
// (2025-07) or year, or a Unix time in seconds or milliseconds. The reason
// is empty when it is read.
func (s *dateScan) parseMeta(v string) (Date, string) {
	v = strings.TrimSpace(v)
	if isDigits(v) {
		switch n, _ := strconv.ParseInt(v, 10, 64); {
		case len(v) == 4:
			return metaYMD(int(n), 0, 0, v)
		case len(v) == 8:
			return metaYMD(int(n/10000), int(n/100%100), int(n%100), v)
		case len(v) == 10 || len(v) == 13:
			if len(v) == 13 {
				n /= 1000
			}
			t := time.Unix(n, 0).UTC()
			if t.Year() < 1995 || t.Year() > 2100 {
				return Date{}, "a Unix time outside 1995–2100"
			}
			return dayDate(t), ""
		}
		return Date{}, "not a date"
	}
	if len(v) == 7 && v[4] == '-' && isDigits(v[:4]) && isDigits(v[5:]) {
		y, _ := strconv.Atoi(v[:4])
		m, _ := strconv.Atoi(v[5:])
		return metaYMD(y, m, 0, v)
	}
	for _, d := range findDates(v) {
		if d.Year == 0 || d.Form == "weekday" {
			continue
		}
		if d.Form == "numeric" {
			s.applyOrder(&d)
		}
		d.resolve(d.Year, false)
		day := max(d.Day, 1)
		if d.Precision != "day" {
			day = 1
		}
		if d.Form != "range" && d.Season == "" && d.Month > 0 {
			if err := calendar.Check(d.Year, d.Month, day); err != nil {
				return Date{}, "not a calendar date: " + err.Error()
			}
		}
		if d.Invalid {
			return Date{}, "not a calendar date"
		}
		return d, ""
	}
	// Digits shaped like a day that the grammar refuses: "2025-13-45".
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' && isDigits(v[:4]) && isDigits(v[5:7]) && isDigits(v[8:10]) {
		y, _ := strconv.Atoi(v[:4])
		m, _ := strconv.Atoi(v[5:7])
		dd, _ := strconv.Atoi(v[8:10])
		if err := calendar.Check(y, m, dd); err != nil {
			return Date{}, "not a calendar date: " + err.Error()
		}
	}
	return Date{}, "not a date"
}

// metaYMD is a date from numbers; m or d 0 for a month or year only.
func metaYMD(y, m, d int, text string) (Date, string) {
	if err := calendar.Check(y, max(m, 1), max(d, 1)); err != nil || m == 0 && d > 0 {
		if err == nil {
			err = fmt.Errorf("no month")
		}
		return Date{}, "not a calendar date: " + err.Error()
	}
	form := "iso"
	if m == 0 {
		form = "year"
	}
	dt := Date{Form: form, Year: y, Month: m, Day: d, Text: text}
	dt.resolve(y, false)
	return dt, ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// The text: date lines, labels and datelines at the top of the page.

// top is the head of the page: date lines and labels count in the blocks
// up to the first of 30 words or more (where the body begins), a dateline
// heading a paragraph up to the second (after a standfirst); at most 15
// blocks.
func (s *dateScan) top() (lines, datelines int) {
	long := 0
	lines = -1
	for i, b := range s.f.Blocks {
		if i >= 15 {
			break
		}
		if b.Words >= 30 {
			long++
			if long == 1 {
				lines = i + 1
			}
			if long == 2 {
				return lines, i + 1
			}
		}
	}
	n := min(len(s.f.Blocks), 15)
	if lines < 0 {
		lines = n
	}
	return lines, n
}

func (s *dateScan) text() {
	lines, datelines := s.top()
	s.stackedDate(lines)
	byBlock := map[int][]int{}
	for i, d := range s.f.Dates {
		byBlock[d.Block] = append(byBlock[d.Block], i)
	}
	for bi := range s.f.Blocks {
		// Only a block's first date with a year can be its date line: one
		// after a label or a place at its head, or the date of a short line.
		// A month there ("date 2025-06 … Aktualisiert am 09.06.2025 -
		// 16:56 Uhr") lets a stamp of a day follow in the same block.
		month := false
		for _, di := range byBlock[bi] {
			d := s.f.Dates[di]
			if d.Year == 0 && d.Day > 0 && d.Form != "range" && bi < datelines {
				if c, wd, ok := s.wireDateline(bi, d); ok {
					s.add(c, wd)
					break
				}
			}
			if d.Form == "year" && s.originalBefore(bi, d) {
				// "This article was first published in 2023."
			} else if d.Year == 0 || d.Form == "year" || d.Form == "weekday" || d.Form == "season" || month && d.Day == 0 {
				continue
			}
			c, ok := s.lineCandidate(bi, d, bi < lines, bi < datelines)
			if !ok && month {
				continue
			}
			if ok {
				if d.Form == "numeric" {
					s.applyOrder(&d)
				}
				d.resolve(d.Year, false)
				if !d.Invalid {
					span := d.Span
					c.Span, c.Source, c.block = &span, SourceDateline, bi
					if d.Ambiguous && d.Alt != "" && d.sep == '/' && s.ref.Order == "" {
						c.unusable = true
						c.Note = fmt.Sprintf("reads as %s or %s, and nothing on the page tells which", d.Value, d.Alt)
					}
					s.add(c, d)
				}
			}
			if ok && c.Kind == document.DateUpdated && d.Day > 0 {
				// "Mis à jour le 22/09/2025 | Publié le 01/09/2025": the
				// line may go on to the date it was published.
				continue
			}
			if !ok || d.Day > 0 || month {
				break
			}
			month = true
		}
	}
}

// stackedDate reads a date a theme stacks on three lines at the head of
// the page, day, month and year, or month, day and year ("10 / Mar /
// 2024"): a date line like any other.
func (s *dateScan) stackedDate(lines int) {
	bs := s.f.Blocks
	for i := 0; i+2 < len(bs) && i+2 < lines; i++ {
		var parts [3]string
		ok := true
		for j := range 3 {
			b := &bs[i+j]
			parts[j] = strings.ToLower(strings.TrimRight(strings.TrimSpace(b.Text), "."))
			if b.Words != 1 || j > 0 && b.Span.Line != bs[i+j-1].Span.EndLine+1 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		day, month := parts[0], parts[1]
		if _, isMonth := monthOf(day); isMonth {
			day, month = month, day
		}
		m, isMonth := monthOf(month)
		dn, err1 := strconv.Atoi(day)
		y, err2 := strconv.Atoi(parts[2])
		if !isMonth || err1 != nil || err2 != nil || dn < 1 || dn > 31 || y < 1900 || y > 2100 || len(parts[2]) != 4 {
			continue
		}
		d := Date{Year: y, Month: m, Day: dn, Form: "dmy"}
		d.resolve(y, false)
		if d.Invalid {
			continue
		}
		sp := join(bs[i].Span, bs[i+2].Span)
		s.add(DateCandidate{Source: SourceDateline, Confidence: confMedium, Text: bs[i].Text + " " + bs[i+1].Text + " " + bs[i+2].Text,
			Span: &sp, rank: rankStamp, block: i}, d)
		return
	}
}

// monthOf is the number of a month named in any of the four languages,
// in lower case.
func monthOf(w string) (int, bool) {
	if m, ok := monthNumbers[w]; ok {
		return m, true
	}
	m, ok := foreignMonths[w]
	return m, ok
}

// lineCandidate tells whether date d of block bi is stated as the
// article's: after a label at the head of a line, as the whole of a short
// date line (with its time, zone, byline), as a time stamp heading a line,
// or in a dateline heading a paragraph. Away from the top of the page only
// a line that is a published label and its date counts.
func (s *dateScan) lineCandidate(bi int, d Date, atTop, datelineTop bool) (DateCandidate, bool) {
	b := s.f.Blocks[bi]
	all := s.toks.block(bi)
	first, last := tokenRange(all, d.at, d.end)
	if first < 0 {
		return DateCandidate{}, false
	}
	text := b.Text[d.at:d.end]
	if strings.HasSuffix(strings.TrimSpace(b.Text), "|") {
		// "Formation | 9 July 1815 |": a row of an infobox's table,
		// a fact of the subject's, not the page's stamp.
		return DateCandidate{}, false
	}
	// A short line may hold several parts: "By Ana Ruiz | 12 June 2025 |
	// Politics", "Madrid - 5 ene 2025 - 10:32 CET". The part that holds the
	// date is judged.
	lo, hi := 0, len(all)
	if b.Words <= 30 {
		lo, hi = segmentOf(b.Text, all, first, last)
		if lo > 0 && atTop && bylineEnd(b.Text, all, 0, first) == first {
			// "By bno - Tokyo Office October 22, 2025": one byline runs
			// up to the date across the dash.
			lo = 0
		}
	}
	toks, start := all[lo:hi], 0
	if lo > 0 {
		start = all[lo-1].end
	}
	first, last = first-lo, last-lo
	lab, labEnd := labelAt(b.Text, start, toks, 0)
	if k := bylineEnd(b.Text, toks, 0, first); lab == nil && k > 0 && atTop {
		// "By Jane Doe, Published: 3 March 2025".
		lab, labEnd = labelAt(b.Text, start, toks, k)
	}
	if k := nameEnd(b.Text, toks, first); lab == nil && k > 0 && atTop {
		// "Jeanne Morel, publié le 3 avril 2025".
		lab, labEnd = labelAt(b.Text, start, toks, k)
	}
	if lab != nil && (!s.fillers(toks, labEnd, first) || !cleanAfter(b.Text, toks, last+1)) {
		// The label heads the line but is another date's ("date 2025-06
		// … Aktualisiert am 09.06.2025 - 16:56"): only a label right
		// before this one can make it a stamp.
		if labelBefore(b.Text, all, first+lo) == nil {
			return DateCandidate{}, false
		}
		lab = nil
	}
	if lab != nil {
		whole := lo == 0 && hi == len(all) && s.onlyStamp(b.Text, start, toks, labEnd, first, last)
		c := DateCandidate{Kind: lab.kind, Confidence: confHigh, Text: strings.TrimLeft(b.Text[start:d.end], " |•·—–-"), rank: rankLabel}
		c.markOriginal(lab, true)
		switch {
		case atTop && lab.kind == document.DateUpdated:
			c.Confidence, c.rank = confMedium, rankUpdated
		case atTop:
		case whole && lab.kind == document.DatePublished && !genericLabel(lab):
			c.Confidence, c.rank = confMedium, rankLabelAnywere
		case bi <= nearTop && !genericLabel(lab):
			// "Desk | Mumbai | Updated: 11-12-2024 12:07 IST" under a
			// lede of 30 words or more: the page's stamp all the same.
			c.Confidence, c.rank = confMedium, rankLabelAnywere
		default:
			return DateCandidate{}, false
		}
		c.Note = fmt.Sprintf("after the label %q", strings.Join(lab.words, " "))
		return c, true
	}
	c := DateCandidate{Confidence: confMedium, Text: text, rank: rankStamp}
	dateline, isDateline := datelineEnd(b.Text, d.at, d.end)
	if r, _ := utf8.DecodeRuneInString(b.Text[d.end:]); !isDateline && d.at == 0 && unicode.IsUpper(r) {
		// "14 mai 2025Un peu plus …": the date line run into the text
		// under it.
		dateline, isDateline = d.end, true
	}
	if !atTop {
		if datelineTop && isDateline {
			c.Note = "the dateline heading a paragraph"
			c.Text = b.Text[:dateline]
			c.rank = rankDateline
			return c, true
		}
		return DateCandidate{}, false
	}
	if b.Words <= 30 && s.onlyStamp(b.Text, start, toks, 0, first, last) {
		if s.besideWeather(bi) {
			// The site's bar of today's date and weather ("34.8 C",
			// "Bangkok", "Friday, May 3, 2024") says when the page was
			// saved, not when the article was written.
			return DateCandidate{}, false
		}
		c.Text = strings.TrimSpace(b.Text)
		c.Note = "a line of its own at the top of the page"
		return c, true
	}
	if s.aloneOnLine(d) {
		// A hard-wrapped text page: "Budget plan set out\nJune 14,
		// 2025\nBERLIN - The cabinet …", its lines joined in one block.
		c.Text = text
		c.Note = "a line of its own at the top of the page"
		return c, true
	}
	// "Berlin, 3. März 2025", "Paris, le 3 mars 2025": a place and the
	// date, alone on their line.
	if b.Words <= 30 && placeRE.MatchString(strings.TrimLeft(b.Text[start:d.at], " |•·—–-")) && s.onlyStamp(b.Text, start, toks, first, first, last) {
		c.Text = strings.TrimSpace(b.Text[start:])
		c.Note = "a place and a date on a line of their own at the top of the page"
		c.rank = rankDateline
		return c, true
	}
	// "Elise Lambert le mercredi 27 juin 2018", "Jane Doe on March 3,
	// 2025": a writer's name and the date, alone on their line.
	if b.Words <= 12 && lo == 0 && !s.isTitle(bi) && writerBefore(b.Text, toks, first) && s.onlyStamp(b.Text, start, toks, first, first, last) {
		c.Text = strings.TrimSpace(b.Text[:d.end])
		c.Note = "a name and a date on a line of their own at the top of the page"
		return c, true
	}
	// A time stamp heading a line: "Thu May 22 16:40:00 UTC 2025: …",
	// "2025-05-22 16:40 | …".
	if lo == 0 && s.fillers(all, 0, first+lo) && s.clockAt(b.Text, all, last+lo) {
		c.Text = strings.TrimSpace(b.Text[:d.end])
		c.Note = "a time stamp heading a line at the top of the page"
		return c, true
	}
	if isDateline {
		c.Note = "the dateline heading a paragraph"
		c.Text = b.Text[:dateline]
		c.rank = rankDateline
		return c, true
	}
	// A label right before the date inside a flattened head: "… Von dpa
	// Aktualisiert am 09.06.2022 - 16:56 Uhr Lesedauer …".
	if lab := labelBefore(b.Text, all, first+lo); lab != nil && first+lo < stampReach && cleanAfter(b.Text, all, last+lo+1) {
		c.Kind, c.rank = lab.kind, rankLabel
		labelStart := all[first+lo-len(lab.words)].start
		c.markOriginal(lab, selfReference(b.Text[max(0, labelStart-selfReach):labelStart]))
		if lab.kind == document.DateUpdated {
			c.rank = rankUpdated
		}
		c.Text = strings.TrimSpace(b.Text[all[first+lo-len(lab.words)].start:d.end])
		c.Note = fmt.Sprintf("after the label %q near the top of the page", strings.Join(lab.words, " "))
		return c, true
	}
	// A time stamp inside a flattened head, where a page's title, source
	// and stamp run into its first paragraph: "… Xinhua) 09:17, March 9,
	// 2025 BEIJING …", "… November 9, 2016 15:02 …". A date with its clock
	// time beside it is when the page was written; a sentence gives an
	// event's time with a word between ("at 10:00 on March 12").
	if lo+first < stampReach {
		if a, z, ok := clockBeside(b.Text, all, first+lo, last+lo); ok {
			c.Text = strings.TrimSpace(b.Text[all[a].start:all[z].end])
			c.Note = "a date with its clock time near the top of the page"
			return c, true
		}
	}
	return DateCandidate{}, false
}

// wireDateline reads an agency's dateline without a year ("LONDON, June
// 14 (Reuters) -", "BERLIN, June 14 (AP) --") with the year of the
// agency's copyright line at the foot of the story ("(c) 2025 Reuters",
// "Copyright 2025 The Associated Press"): a site's own copyright, which
// is the year the page was saved, gives none.
func (s *dateScan) wireDateline(bi int, d Date) (DateCandidate, Date, bool) {
	text := s.f.Blocks[bi].Text
	end, ok := datelineEnd(text, d.at, d.end)
	if !ok || !agencyRE().MatchString(text[d.end:end]) {
		return DateCandidate{}, d, false
	}
	year := 0
	for i := len(s.f.Blocks) - 1; i >= 0 && i >= len(s.f.Blocks)-8 && year == 0; i-- {
		if m := copyrightRE().FindStringSubmatch(s.f.Blocks[i].Text); m != nil {
			year, _ = strconv.Atoi(m[1] + m[2])
		}
	}
	if year == 0 {
		return DateCandidate{}, d, false
	}
	d.resolve(year, true)
	if d.Invalid || d.Start == "" {
		return DateCandidate{}, d, false
	}
	span := d.Span
	c := DateCandidate{Confidence: confMedium, Text: text[:end], rank: rankDateline, Span: &span, Source: SourceDateline, block: bi,
		Note: fmt.Sprintf("the agency's dateline, its year from the agency's copyright line (%d)", year)}
	return c, d, true
}

var (
	// agencyRE finds a news agency named in a dateline.
	agencyRE = lazyRegexp(`\((?:Reuters|AP|AFP|dpa|EFE|Bloomberg|ANSA|Xinhua|Kyodo|Yonhap|PTI|IANS|ANI|AAP|CP)\)`)
	// copyrightRE is an agency's copyright line and its year.
	copyrightRE = lazyRegexp(`(?i)(?:©|\(c\)|copyright)\s*(?:((?:19|20)\d\d)\s*(?:Thomson\s+)?(?:Reuters|The Associated Press|Associated Press|AP|AFP|Agence France-Presse|dpa|EFE|Bloomberg)\b|(?:Thomson\s+)?(?:Reuters|The Associated Press|Associated Press|AFP|Agence France-Presse|dpa|EFE|Bloomberg)\s*((?:19|20)\d\d)\b)`)
)

// aloneOnLine: the date d fills a line of the file between other lines of
// the same block (a text page wrapped by hand), the line before it not
// ending in a word that asks for more ("announced on") and the line after
// it not going on in lower case.
func (s *dateScan) aloneOnLine(d Date) bool {
	buf := s.doc.Buf
	a, z := d.Span.Offset, d.Span.EndOffset
	if a <= 0 || z >= len(buf) || z <= a {
		return false
	}
	i := a - 1
	for i >= 0 && (buf[i] == ' ' || buf[i] == '\t') {
		i--
	}
	j := z
	for j < len(buf) && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r') {
		j++
	}
	if i < 0 || buf[i] != '\n' || j+1 >= len(buf) || buf[j] != '\n' || buf[j+1] == '\n' || i == 0 || buf[i-1] == '\n' {
		return false
	}
	next, _ := utf8.DecodeRune(buf[j+1:])
	if unicode.IsLower(next) {
		return false
	}
	k := i - 1
	for k >= 0 && (buf[k] == ' ' || buf[k] == '\r') {
		k--
	}
	e := k + 1
	for k >= 0 && buf[k] != ' ' && buf[k] != '\n' {
		k--
	}
	return !wrapJoiners[strings.ToLower(string(buf[k+1:e]))]
}

// wrapJoiners are words that ask for what follows them: a date after one
// on the next line is the sentence's.
var wrapJoiners = map[string]bool{
	"on": true, "of": true, "in": true, "by": true, "since": true, "until": true, "from": true, "to": true, "at": true, "before": true, "after": true, "and": true, "the": true,
	"le": true, "du": true, "au": true, "depuis": true, "jusqu'au": true, "et": true,
	"am": true, "vom": true, "bis": true, "seit": true, "zum": true, "und": true,
	"el": true, "del": true, "de": true, "desde": true, "hasta": true, "y": true,
}

// weatherRE is the temperature of a site's weather widget: "34.8 C",
// "-3 °C", "22°F".
var weatherRE = lazyRegexp(`^[-−]?\d{1,3}(?:[.,]\d)?\s?[°º]?\s?[CF]$`)

// besideWeather reports a weather widget's temperature within two blocks
// of block bi.
func (s *dateScan) besideWeather(bi int) bool {
	for k := max(0, bi-2); k <= bi+2 && k < len(s.f.Blocks); k++ {
		if k != bi && s.f.Blocks[k].Words <= 3 && weatherRE().MatchString(strings.TrimSpace(s.f.Blocks[k].Text)) {
			return true
		}
	}
	return false
}

// stampReach is how far into a block, in words, a date with its clock
// time is taken as the page's time stamp.
const stampReach = 60

// datelineEnd tells whether the date at [at, end) of text is a
// dateline's, a place before it and a dash after it, and returns where
// the dateline ends.
func datelineEnd(text string, at, end int) (int, bool) {
	for _, re := range [2]struct {
		place boundedRegexp
		after func() *regexp.Regexp
	}{{placeRE, afterDateRE}, {placeParenRE, afterParenRE}} {
		if re.place.MatchString(text[:at]) {
			if m := re.after().FindStringIndex(text[end:]); m != nil {
				return end + m[1], true
			}
		}
	}
	return 0, false
}

// clockAtWord reads a clock time at word k: "09:17" (two words apart by a
// colon) or "14h32"; it returns the clock's last word.
func clockAtWord(text string, toks []token, k int) (int, bool) {
	if k < 0 || k >= len(toks) {
		return 0, false
	}
	key := toks[k].key
	if clockRE().MatchString(key) && !isDigits(key) {
		return k, true
	}
	if isDigits(key) && len(key) <= 2 && k+1 < len(toks) && text[toks[k].end:toks[k+1].start] == ":" &&
		isDigits(toks[k+1].key) && len(toks[k+1].key) == 2 {
		return k + 1, true
	}
	return 0, false
}

// clockBeside finds a clock time right before the date of words [first,
// last] ("09:17, March 9, 2025") or right after it, a joiner allowed
// ("March 9, 2025 15:02", "9 mars 2025 à 14h32", "09.03.2025, 14:32
// Uhr"); it returns the words the stamp spans.
func clockBeside(text string, toks []token, first, last int) (int, int, bool) {
	// "at 21:40, March 2" and "on March 2, 2025 at 21:40" tell when
	// something happened.
	joined := func(k int) bool {
		return k > 0 && stampWords[toks[k-1].key] == "joiner" && isBlank(text[toks[k-1].end:toks[k].start])
	}
	if joined(first) {
		return 0, 0, false
	}
	if last+1 < len(toks) {
		k := last + 1
		if stampWords[toks[k].key] == "joiner" && isBlank(text[toks[k-1].end:toks[k].start]) {
			k++
		}
		if k < len(toks) && strings.Trim(text[toks[k-1].end:toks[k].start], " ,-–") == "" {
			if z, ok := clockAtWord(text, toks, k); ok {
				return first, z, true
			}
		}
	}
	for _, a := range []int{first - 2, first - 1} {
		if a < 0 {
			continue
		}
		if z, ok := clockAtWord(text, toks, a); ok && z == first-1 && !joined(a) && strings.Trim(text[toks[z].end:toks[first].start], " ,") == "" {
			return a, last, true
		}
	}
	return 0, 0, false
}

// segmentOf is the part of a line, as words [lo, hi), that holds the words
// [first, last]: parts are cut by "|", "•", "·", or a dash or slash
// between spaces.
func segmentOf(text string, toks []token, first, last int) (int, int) {
	cut := func(k int) bool { // between words k-1 and k
		g := text[toks[k-1].end:toks[k].start]
		if strings.ContainsAny(g, "|•·") {
			return true
		}
		return strings.ContainsAny(g, "-–—/") && strings.ContainsFunc(g, func(r rune) bool { return r == ' ' || r == '\u00a0' })
	}
	lo, hi := first, last+1
	for lo > 0 && !cut(lo) {
		lo--
	}
	for hi < len(toks) && !cut(hi) {
		hi++
	}
	return lo, hi
}

// zoneAfterRE is a time and its zone right after a date: "11-12-2024
// 12:07 IST", "3/4/2025, 10:15 a.m. ET". The zone's country tells how it
// writes numeric dates.
var zoneAfterRE = lazyRegexp(`^,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?\s*)?([A-Z]{2,4})\b`)

var (
	dayFirstZones   = dateGrammar["day_first_zones"]
	monthFirstZones = dateGrammar["month_first_zones"]
)

// nearTop is the last block where a named label ("Published:",
// "Updated:") still stamps the page after a long lede.
const nearTop = 4

// genericLabel: "Date", "Datum", "Fecha" name any date, not only the
// article's; away from the top they do not count.
func genericLabel(l *dateLabel) bool {
	if len(l.words) != 1 {
		return false
	}
	switch l.words[0] {
	case "date", "dated", "datum", "fecha":
		return true
	}
	return false
}

// tokenRange is the first and last word of text range [a, b).
func tokenRange(toks []token, a, b int) (int, int) {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].start >= a })
	last := first - 1
	for last+1 < len(toks) && toks[last+1].end <= b {
		last++
	}
	if last < first {
		return -1, -1
	}
	return first, last
}

// labelAt reads a date label at word from, the head of a block or of what
// follows a byline ("Published:", "[Date]", "Mis à jour le"); it returns
// the label and the word after it.
func labelAt(text string, start int, toks []token, from int) (*dateLabel, int) {
	if from >= len(toks) {
		return nil, 0
	}
	before := text[start:toks[from].start]
	if from > 0 {
		before = text[toks[from-1].end:toks[from].start]
	}
	if strings.ContainsFunc(before, isLetterOrDigit) {
		return nil, 0
	}
	for i := range dateLabels {
		l := &dateLabels[i]
		if from+len(l.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range l.words {
			if toks[from+k].key != w || k > 0 && !isBlank(text[toks[from+k-1].end:toks[from+k].start]) {
				ok = false
				break
			}
		}
		if ok {
			return l, from + len(l.words)
		}
	}
	return nil, 0
}

// labelBefore is the date label whose words end right before word k, if
// any: "Aktualisiert am", "Published on". A generic "Date" does not count.
func labelBefore(text string, toks []token, k int) *dateLabel {
	for i := range dateLabels {
		l := &dateLabels[i]
		n := len(l.words)
		if n > k || genericLabel(l) {
			continue
		}
		ok := true
		for j, w := range l.words {
			t := k - n + j
			if toks[t].key != w || !isBlank(text[toks[t].end:toks[t+1].start]) {
				ok = false
				break
			}
		}
		if ok {
			return l
		}
	}
	return nil
}

// bylineEnd reads a byline at word from ("By Jane Doe", "Par Jean Dupont",
// "Written by Jane Doe") before word limit: its names, then joiners
// ("on") up to limit or a separator ("|", "—", ","). It returns the word
// after it, or 0.
func bylineEnd(text string, toks []token, from, limit int) int {
	if from+1 < limit && stampWords[toks[from].key] == "credit" && isBlank(text[toks[from].end:toks[from+1].start]) {
		from++ // "Written by Jane Doe"
	}
	if from >= limit || stampWords[toks[from].key] != "byline" {
		return 0
	}
	sep := func(k int) bool {
		g := text[toks[k-1].end:toks[k].start]
		return strings.ContainsAny(g, "|•·—–,") || spacedDash(g)
	}
	// The names, then after a separator a desk or an outlet, up to the
	// date: "By Jane Doe, Reuters March 3, 2025", "By bno - Tokyo Office
	// October 22, 2025". The first name may be a handle in lower case.
	k := from + 1
	for group := 0; group < 2; group++ {
		start := k
		for k < limit && (toks[k].upper || k == from+1 && len(toks[k].key) <= 12 && !isDigits(toks[k].key)) && k-start <= 5 && (k == start || !sep(k)) {
			k++
		}
		if k == start {
			if group == 0 {
				return 0
			}
			return start
		}
		if k == limit || !sep(k) {
			break
		}
	}
	if k < limit && sep(k) {
		return k
	}
	for k < limit && stampWords[toks[k].key] == "joiner" && !sep(k) {
		k++
	}
	if k == limit || sep(k) {
		return k
	}
	return 0
}

// nameEnd reads a writer's name heading a line, without "By": one to
// four capitalised words and a separator ("Jeanne Morel, publié le …",
// "Ana Ruiz | Updated …"). It returns the word after it, or 0.
func nameEnd(text string, toks []token, limit int) int {
	for k := 1; k < limit && k <= 4; k++ {
		if !toks[k-1].upper {
			return 0
		}
		if strings.ContainsAny(text[toks[k-1].end:toks[k].start], "|•·—–,") {
			return k
		}
	}
	return 0
}

// writerBefore: the words before word first are two to four capitalised
// words, one space apart, and a joiner ("le", "on", "am", "el") right
// before the date.
func writerBefore(text string, toks []token, first int) bool {
	if first < 3 || first > 5 || !dateJoiners[toks[first-1].key] || leadArticles[toks[0].key] || toks[0].key == "the" {
		return false
	}
	for k := 0; k < first; k++ {
		if k < first-1 && !toks[k].upper || k > 0 && gapClass(text[toks[k-1].end:toks[k].start]) != gapSpace {
			return false
		}
	}
	return true
}

// dateJoiners join a name to the date after it.
var dateJoiners = dateGrammar["writer_joiners"]

func isLetterOrDigit(r rune) bool { return isWordRune(r) }

// stampWord tells whether word t may stand in a date line besides its
// date: a joiner, clock or zone word, a weekday, a number (a clock time).
func stampWord(text string, t token) bool {
	switch stampWords[t.key] {
	case "joiner", "clock", "zone", "weekday":
		return true
	}
	if _, ok := weekdayNames[t.key]; ok {
		return true
	}
	return isDigits(t.key) && len(t.key) <= 2 || clockRE().MatchString(t.key)
}

// fillers tells whether words [from, to) are all stamp words, or a byline
// ("Posted by Admin on 3 March 2025").
func (s *dateScan) fillers(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if stampWords[toks[k].key] == "byline" {
			for k+1 < to && toks[k+1].upper {
				k++
			}
			continue
		}
		if !stampWord("", toks[k]) {
			return false
		}
	}
	return true
}

// onlyStamp tells whether the block holds nothing but the date (words
// [first, last]), a label (words before from), clock times, zones and
// joiners, a byline ("By Reuters") and short remarks in brackets ("(AP)",
// "(1mo ago)").
func (s *dateScan) onlyStamp(text string, start int, toks []token, from, first, last int) bool {
	depth := 0
	inBrackets := 0
	if k := bylineEnd(text, toks, from, first); k > 0 {
		// "By Jane Doe | 4 July 2025", "By Jane Doe on 4 July 2025".
		from = k
	}
	for k := from; k < len(toks); k++ {
		if k >= first && k <= last {
			continue
		}
		gap := text[start:toks[k].start]
		if k > 0 {
			gap = text[toks[k-1].end:toks[k].start]
		}
		depth += strings.Count(gap, "(") - strings.Count(gap, ")")
		if depth > 0 {
			inBrackets++
			if inBrackets > 3 {
				return false
			}
			continue
		}
		inBrackets = 0
		t := toks[k]
		if stampWord(text, t) || stampWords[t.key] == "relative" && strings.Contains(gap, "(") {
			continue
		}
		if stampWords[t.key] == "byline" && k > last {
			// The rest is the byline: "By Reuters", "by admin".
			return len(toks)-k-1 <= 4
		}
		if k > last && (k == 0 || !strings.ContainsFunc(gap, isLetterOrDigit)) {
			// The rest is a stamp of its own, judged apart: "March 3,
			// 2025 Updated March 4, 2025".
			if l, _ := labelAt(text, start, toks, k); l != nil {
				return true
			}
		}
		return false
	}
	return true
}

// cleanAfter tells whether what follows word k ends a date line: nothing,
// a separator, a clock time, or a new sentence (a capital): " date
// 2025-05-06 After the vote…". A comma and lower-case words make it a
// sentence about some other date ("Published in 1998, the book…").
func cleanAfter(text string, toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	gap := text[toks[k-1].end:toks[k].start]
	switch {
	case strings.ContainsAny(gap, "|•·—–-:([\n"):
		return true
	case stampWord(text, toks[k]), stampWords[toks[k].key] == "byline":
		return true
	case isBlank(gap) && toks[k].upper:
		return true
	}
	return false
}

// clockAt tells whether a date ending at word last is a time stamp: it
// holds a clock time or one follows it, and a separator closes it.
func (s *dateScan) clockAt(text string, toks []token, last int) bool {
	k := last + 1
	if k < len(toks) && strings.Contains(text[toks[last].end:toks[k].start], ".") {
		// "11 de marzo de 2004. 7:35 de la mañana.": a sentence of
		// its own, which a story opens with, not a stamp.
		return false
	}
	clock := false
	for k < len(toks) && stampWord(text, toks[k]) && !strings.ContainsAny(text[toks[k-1].end:toks[k].start], "|•·—–:") {
		if isDigits(toks[k].key) || clockRE().MatchString(toks[k].key) {
			clock = true
		}
		k++
	}
	if !clock {
		// A clock inside the date: "May 22 16:40:00 UTC 2025".
		for j := last; j >= 0 && j > last-6; j-- {
			if j > 0 && text[toks[j-1].end:toks[j].start] == ":" {
				clock = true
			}
		}
	}
	if !clock {
		return false
	}
	if k >= len(toks) {
		return true
	}
	gap := strings.TrimSpace(text[toks[k-1].end:toks[k].start])
	return gap != "" && strings.ContainsAny(gap[:1], "|•·—–-:")
}

// The address.

// url reads a date from the article's address: given with --url or the
// server's request, the name read from stdin when it is a URL, the page's
// canonical address (or a front-matter url), or the file's path with
// --date-from-url.
func (s *dateScan) url() {
	type source struct {
		u, key string
		span   *Span
	}
	var srcs []source
	if s.opts.URL != "" {
		srcs = append(srcs, source{s.opts.URL, "given with --url", nil})
	}
	if strings.HasPrefix(s.doc.Path, "http://") || strings.HasPrefix(s.doc.Path, "https://") {
		srcs = append(srcs, source{s.doc.Path, "the article's name", nil})
	}
	for _, k := range []string{"url", "permalink"} {
		if f, ok := s.doc.Meta[k]; ok {
			if u, ok := f.Value.(string); ok {
				span := f.Span
				srcs = append(srcs, source{u, "its metadata " + k, &span})
			}
		}
	}
	if s.opts.DateFromPath && s.doc.Path != "" {
		srcs = append(srcs, source{s.doc.Path, "its file path, with --date-from-url", nil})
	}
	for _, src := range srcs {
		d, part, ok := URLDate(src.u)
		if !ok {
			continue
		}
		c := DateCandidate{Source: SourceURL, Confidence: confHigh, Text: src.u, Key: src.key, Span: src.span, rank: rankURLDay,
			Note: fmt.Sprintf("the address's path %q", part)}
		if d.Precision != "day" {
			c.Confidence, c.rank = confMedium, rankURLMonth
		} else if strings.Contains(part, "Unix time") {
			// when the page was made, which may be after it was written
			c.Confidence, c.rank = confMedium, rankUpdated
		}
		s.add(c, d)
		return // the first address that dates the article
	}
}

// URLDate reads the date in a URL's path: /2025/07/14/, /2025/7/14/,
// /2025/07/ (the month), a segment that starts with 2025-07-14 or
// 20250714 and a separator ("/2025-05-31-story", "/20250925-282916/").
// part is the text it was read from.
func URLDate(raw string) (Date, string, bool) {
	p := raw
	if u, err := url.Parse(raw); err == nil && (u.Scheme != "" || u.Host != "") {
		p = u.Path
	}
	segs := strings.Split(p, "/")
	num := func(s string, lo, hi int) (int, bool) {
		if s == "" || len(s) > 4 || !isDigits(s) {
			return 0, false
		}
		n, _ := strconv.Atoi(s)
		return n, n >= lo && n <= hi
	}
	for i, seg := range segs {
		y, ok := num(seg, 1995, 2099)
		if ok && len(seg) == 4 && i+1 < len(segs) {
			if m, ok := num(segs[i+1], 1, 12); ok && len(segs[i+1]) <= 2 {
				if i+2 < len(segs) {
					if dd, ok := num(segs[i+2], 1, 31); ok && len(segs[i+2]) <= 2 {
						if calendar.Check(y, m, dd) == nil {
							d := Date{Form: "iso", Year: y, Month: m, Day: dd}
							d.resolve(y, false)
							return d, "/" + strings.Join(segs[i:i+3], "/") + "/", true
						}
						continue
					}
				}
				// A month folder needs something after it: the article.
				if i+2 < len(segs) && segs[i+2] != "" {
					d := Date{Form: "month_year", Year: y, Month: m}
					d.resolve(y, false)
					return d, "/" + strings.Join(segs[i:i+2], "/") + "/", true
				}
			}
			continue
		}
		if d, part, ok := segmentDate(seg); ok {
			return d, part, true
		}
	}
	return unixMillis(segs)
}

// unixMillis reads a Unix time in milliseconds that ends the address's
// last segment ("/news/who-is-the-president-1757324266085"): 13 digits
// after a hyphen or alone, from 2001 to 2099. Ten digits could as well be
// an article's number, and give nothing.
func unixMillis(segs []string) (Date, string, bool) {
	last := ""
	for i := len(segs) - 1; i >= 0 && last == ""; i-- {
		last = strings.TrimSuffix(strings.TrimSuffix(segs[i], ".html"), ".htm")
	}
	tail := last
	if i := strings.LastIndexByte(last, '-'); i >= 0 {
		tail = last[i+1:]
	}
	if len(tail) != 13 || !isDigits(tail) {
		return Date{}, "", false
	}
	ms, _ := strconv.ParseInt(tail, 10, 64)
	t := time.UnixMilli(ms).UTC()
	if t.Year() < 2001 || t.Year() > 2099 {
		return Date{}, "", false
	}
	return dayDate(t), tail + " (a Unix time in milliseconds)", true
}

// segmentDate reads a day at the head of a path segment, followed by a
// separator or nothing: "2025-05-31-story", "2025_05_31", "20250925-282916",
// "20240415.html".
func segmentDate(seg string) (Date, string, bool) {
	var y, m, d int
	var n int
	switch {
	case len(seg) >= 10 && isDigits(seg[:4]) && (seg[4] == '-' || seg[4] == '_') && seg[7] == seg[4] && isDigits(seg[5:7]) && isDigits(seg[8:10]):
		y, _ = strconv.Atoi(seg[:4])
		m, _ = strconv.Atoi(seg[5:7])
		d, _ = strconv.Atoi(seg[8:10])
		n = 10
	case len(seg) >= 9 && isDigits(seg[:8]) && !isDigits(seg[8:9]):
		y, _ = strconv.Atoi(seg[:4])
		m, _ = strconv.Atoi(seg[4:6])
		d, _ = strconv.Atoi(seg[6:8])
		n = 8
	default:
		return Date{}, "", false
	}
	if len(seg) > n && !strings.ContainsRune("-_.", rune(seg[n])) {
		return Date{}, "", false
	}
	if y < 1995 || y > 2099 || calendar.Check(y, m, d) != nil {
		return Date{}, "", false
	}
	dt := Date{Form: "iso", Year: y, Month: m, Day: d}
	dt.resolve(y, false)
	return dt, seg[:n], true
}

// lowerBound notes the latest date the text mentions: the article is at
// least that recent unless the date is a plan, which the text does not
// always say. It is never taken as the article's date.
func (s *dateScan) lowerBound() {
	best := -1
	for i, d := range s.f.Dates {
		if d.Year == 0 || d.Form == "weekday" || d.Invalid || d.Precision == "" && d.Form == "season" {
			continue
		}
		if best < 0 || later(d, s.f.Dates[best]) {
			best = i
		}
	}
	if best < 0 {
		return
	}
	d := s.f.Dates[best]
	d.resolve(d.Year, false)
	span := d.Span
	s.add(DateCandidate{Source: SourceText, Kind: "mentioned", Confidence: confLow, Text: d.Text, Span: &span, rank: 1000, unusable: true,
		Note: "the latest date the text mentions: at most a lower bound (a plan or a quoted date may be later), never the article's date"}, d)
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

// choose takes the best candidate: the lowest rank, then the first found.
// A month or year gives way to a day that lies within it ("/2025/07/"
// and a date line of 14 July 2025).
func (s *dateScan) choose() {
	order := make([]int, len(s.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return s.cands[order[a]].rank < s.cands[order[b]].rank })
	best := -1
	for _, i := range order {
		if !s.cands[i].unusable && s.cands[i].Value != "" {
			best = i
			break
		}
	}
	if best >= 0 && s.cands[best].rank == rankStamp {
		if i := s.stampUnderHeadline(best); i >= 0 {
			s.cands[best].Note += "; not used: it stands above the headline, as a site's masthead date does, and another date line stands under it"
			best = i
		}
	}
	if best >= 0 && s.cands[best].Source == SourceInferred && s.opts.DefaultDate != "" {
		// The configuration's date is the user's word; the time a text
		// speaks from is only read.
		s.cands[best].Note += "; not used: the configuration gives a date"
		best = -1
	}
	if best >= 0 && !s.cands[best].first {
		// "This article was originally published on 3 May 2023" under
		// a later date of the metadata: the page put out again, its
		// text written then.
		for _, i := range order {
			if c := s.cands[i]; c.first && !c.unusable && c.Value != "" && c.End < s.cands[best].Start {
				s.cands[best].Note = strings.TrimPrefix(s.cands[best].Note+"; not used: the text says the article was first published earlier, on "+c.Value, "; ")
				best = i
				break
			}
		}
	}
	if best >= 0 && s.cands[best].Precision != "day" {
		for _, i := range order {
			c := s.cands[i]
			if !c.unusable && c.Precision == "day" && c.Start >= s.cands[best].Start && c.End <= s.cands[best].End {
				s.cands[best].Note += fmt.Sprintf("; the day within it comes from %s", describeCandidate(c))
				best = i
				break
			}
		}
	}
	if best >= 0 {
		c := &s.cands[best]
		c.Used = true
		d := Date{Value: c.Value, Precision: c.Precision, Start: c.Start, End: c.End}
		s.ref = s.take(*c, d, "from "+describeCandidate(*c))
		if c.Kind == document.DateUpdated {
			s.ref.Note += "; only a change date was found, so the article may be older"
		}
	} else if s.opts.DefaultDate != "" {
		if t, err := calendar.ParseDay(s.opts.DefaultDate); err == nil {
			s.ref = s.take(DateCandidate{Source: SourceConfig, Confidence: confMedium}, dayDate(t), "the default date of the configuration: "+s.none())
		}
	} else {
		s.ref.Source = SourceNone
		s.ref.Note = s.none()
	}
	for i := range s.cands {
		c := &s.cands[i]
		if strings.Contains(c.Note, "not used:") {
			continue
		}
		if !c.Used && c.Note != "" && !c.unusable && best >= 0 {
			c.Note += "; not used: " + describeCandidate(s.cands[best]) + " ranks higher"
		} else if !c.Used && !c.unusable && best >= 0 {
			c.Note = "not used: " + describeCandidate(s.cands[best]) + " ranks higher"
		}
	}
	s.ref.Candidates = append(s.ref.Candidates, s.cands...)
}

// stampUnderHeadline: date line best opens the page, a headline follows
// it, and another date line stands under that headline — the site's
// masthead date above the story's own stamp ("Tuesday, 02 January 2024"
// over the headline, "2026-03-05 01:41:35" under it). It returns the
// stamp under the headline, or -1.
func (s *dateScan) stampUnderHeadline(best int) int {
	b := s.cands[best].block
	for k := 0; k < b; k++ {
		if s.f.Blocks[k].Words > 0 {
			return -1
		}
	}
	for i, c := range s.cands {
		if i == best || c.unusable || c.rank != rankStamp || c.block <= b {
			continue
		}
		// Only short lines between: a headline, a kicker, a label. Prose
		// between makes the second date another post's.
		headline := false
		for k := b + 1; k < c.block; k++ {
			// Block signals come later: a headline here is a short line
			// that opens with a capital and ends no sentence.
			h := &s.f.Blocks[k]
			if h.Words > 20 || document.EndsSentence(h.Text) && h.Words > 6 {
				return -1
			}
			if r, _ := utf8.DecodeRuneInString(h.Text); h.Words >= 4 && unicode.IsUpper(r) && !document.EndsSentence(h.Text) {
				headline = true
			}
		}
		if headline {
			return i
		}
	}
	return -1
}

// none says why no date was found.
func (s *dateScan) none() string {
	var amb []string
	for _, c := range s.cands {
		if c.unusable && c.Source != SourceText {
			amb = append(amb, fmt.Sprintf("%s %s", describeCandidate(c), c.Note))
		}
	}
	msg := "no date in the metadata, the address or the lines at the top of the page"
	if len(amb) > 0 {
		msg = strings.Join(amb, "; ")
	}
	if len(s.ref.Unreadable) > 0 {
		u := s.ref.Unreadable[0]
		msg += fmt.Sprintf("; the metadata field %q holds %q, which is %s", u.Key, u.Text, u.Reason)
	}
	for _, c := range s.cands {
		if c.Source == SourceText {
			msg += fmt.Sprintf("; dates the text mentions (the latest, %q) are not the article's own", c.Text)
		}
	}
	return msg + "; only sentences that give their own time are judged"
}

// describeCandidate names where a candidate was read.
func describeCandidate(c DateCandidate) string {
	switch c.Source {
	case SourceMetadata:
		return fmt.Sprintf("the metadata field %q (%q)", c.Key, c.Text)
	case SourceURL:
		return fmt.Sprintf("the address %q (%s)", c.Text, c.Key)
	case SourceDateline:
		return fmt.Sprintf("the date line %q", c.Text)
	case SourceInferred:
		return fmt.Sprintf("the time the text speaks from, %q", c.Text)
	}
	return fmt.Sprintf("%q", c.Text)
}

// Day or month first.

// decideOrder works out how the page writes numeric dates such as
// 9/2/2025, from the most to the least direct evidence: numeric dates on
// the page that can be read one way only (25/12/2024), the page's declared
// language or locale (<html lang="en-GB">, og:locale), the language its
// words are in, its site's country, and finally its style: dates written
// out day first ("9 February") or month first ("February 9"), and British
// or American spelling.
func (s *dateScan) decideOrder() {
	if s.ordered || s.f == nil {
		return
	}
	s.ordered = true
	s.lang = s.language()
	set := func(dayFirst bool, basis string) {
		s.ref.Order, s.ref.OrderBasis = "month_first", basis
		if dayFirst {
			s.ref.Order = "day_first"
		}
	}
	dayVotes, monthVotes := 0, 0
	for _, d := range s.f.Dates {
		if d.Form == "numeric" && d.sep == '/' {
			switch d.written {
			case 1:
				dayVotes++
			case -1:
				monthVotes++
			}
		}
	}
	switch {
	case dayVotes > 0 && monthVotes == 0:
		set(true, "other numeric dates on the page put the day first")
		return
	case monthVotes > 0 && dayVotes == 0:
		set(false, "other numeric dates on the page put the month first")
		return
	}
	for _, v := range append([]string{s.doc.Lang}, declaredTags(s.f)...) {
		if dayFirst, ok := localeOrder(v); ok && v != "" {
			set(dayFirst, fmt.Sprintf("the page's declared language %q", v))
			return
		}
	}
	switch s.lang {
	case "fr", "de", "es", "ru", "uk", "sr":
		set(true, "the page is written in "+s.lang)
		return
	}
	if host := s.host(); host != "" {
		if dayFirst, ok := tldOrder(host); ok {
			set(dayFirst, fmt.Sprintf("the site's country (%s)", host))
			return
		}
	}
	for _, d := range s.f.Dates {
		if d.Form != "numeric" {
			continue
		}
		if m := zoneAfterRE().FindStringSubmatch(s.f.Blocks[d.Block].Text[d.end:]); m != nil {
			if dayFirstZones[m[1]] || monthFirstZones[m[1]] {
				set(dayFirstZones[m[1]], fmt.Sprintf("the time zone after a date (%s)", m[1]))
				return
			}
		}
	}
	if s.lang != "en" && s.lang != "" {
		return
	}
	dmy, mdy, gb, us := 0, 0, 0, 0
	for _, d := range s.f.Dates {
		switch d.Form {
		case "dmy":
			dmy++
		case "mdy":
			mdy++
		}
	}
	for bi := range s.toks.len() {
		text, toks := s.f.Blocks[bi].Text, s.toks.block(bi)
		for _, t := range toks {
			if t.upper || text[t.start] < 'a' || text[t.start] > 'z' {
				continue
			}
			if britishSpelling[t.key] {
				gb++
			} else if americanSpelling[t.key] {
				us++
			}
		}
	}
	vote := 0
	switch {
	case dmy >= 2 && mdy == 0:
		vote++
	case mdy >= 2 && dmy == 0:
		vote--
	}
	style := vote
	switch {
	case gb >= 2 && us == 0:
		vote++
	case us >= 2 && gb == 0:
		vote--
	}
	switch {
	case vote > 0 && style >= 0:
		set(true, fmt.Sprintf("the page's style (%d dates written day first, %d month first; %d British spellings, %d American)", dmy, mdy, gb, us))
	case vote < 0 && style <= 0:
		set(false, fmt.Sprintf("the page's style (%d dates written day first, %d month first; %d British spellings, %d American)", dmy, mdy, gb, us))
	}
}

// applyOrder reads an ambiguous numeric date the way the page writes them.
func (s *dateScan) applyOrder(d *Date) {
	if d.Form != "numeric" || !d.Ambiguous {
		return
	}
	s.decideOrder()
	dayFirst := d.sep != '/' // as the grammar read it
	switch {
	case s.ref.Order == "day_first" && !dayFirst, s.ref.Order == "month_first" && dayFirst:
		d.Day, d.Month = d.Month, d.Day
	}
	if s.ref.Order != "" {
		d.sep = 0 // decided
	}
}

// host is the site's host name from the article's address, if known.
func (s *dateScan) host() string {
	for _, u := range []string{s.opts.URL, s.doc.Path, metaString(s.doc, "url")} {
		if p, err := url.Parse(u); err == nil && p.Host != "" {
			return strings.ToLower(p.Hostname())
		}
	}
	return ""
}

func metaString(doc *document.Document, k string) string {
	if f, ok := doc.Meta[k]; ok {
		if v, ok := f.Value.(string); ok {
			return v
		}
	}
	return ""
}

// localeOrder reads a language tag: en-US (and the Philippines) write the
// month first, other English locales and the languages of Europe, Latin
// America and Russia the day first.
func localeOrder(tag string) (dayFirst, ok bool) {
	tag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	lang, region, _ := strings.Cut(tag, "-")
	switch lang {
	case "en":
		switch region {
		case "us", "ph":
			return false, true
		case "", "ca":
			return false, false
		}
		return true, true
	case "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "sv", "da", "nb", "nn", "no", "fi", "cs", "sk", "hu",
		"ro", "el", "tr", "sr", "hr", "bg", "sl", "id", "ms", "vi", "th", "ar", "he":
		return true, true
	}
	return false, false
}

// tldOrder reads the country of a host name: sites of countries that write
// the day first, and .us.
func tldOrder(host string) (dayFirst, ok bool) {
	i := strings.LastIndexByte(host, '.')
	if i < 0 {
		return false, false
	}
	switch host[i+1:] {
	case "us":
		return false, true
	case "uk", "ie", "au", "nz", "in", "pk", "za", "ng", "ke", "gh", "hk", "sg", "my", "fr", "de", "es", "it", "pt",
		"nl", "be", "ch", "at", "pl", "ru", "ua", "se", "dk", "no", "fi", "cz", "gr", "tr", "br", "ar", "mx", "cl", "co", "pe":
		return true, true
	}
	return false, false
}

// language tells the page's language from its function words, as the
// block signals do, for deciding how it writes dates.
func (s *dateScan) language() string {
	var counts [8]int
	n := 0
	for bi := range s.toks.len() {
		if n > 3000 {
			break
		}
		text, toks := s.f.Blocks[bi].Text, s.toks.block(bi)
		for _, t := range toks {
			if m := stopwords[lexicon.Fold(text[t.start:t.end])]; m != 0 {
				for l := range languages {
					if m&(1<<l) != 0 {
						counts[l]++
					}
				}
			}
			if n++; n > 3000 {
				break
			}
		}
	}
	if l := bestLanguage(counts[:len(languages)], 5); l >= 0 {
		return languages[l]
	}
	return ""
}
