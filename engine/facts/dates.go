package facts

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Date is a date written in the text, with its fields as written and the
// value they resolve to.
type Date struct {
	Text     string `json:"text"`
	Span     Span   `json:"span"`
	Block    int    `json:"block"`
	Sentence int    `json:"sentence"`
	// Form is how it was written: iso, dmy, mdy, month_year, month, year,
	// numeric, weekday.
	Form      string `json:"form"`
	Weekday   string `json:"weekday,omitempty"`
	Day       int    `json:"day,omitempty"`
	Month     int    `json:"month,omitempty"`
	Year      int    `json:"year,omitempty"` // 0 when not written
	Qualifier string `json:"qualifier,omitempty"`
	// Value is the resolved date at its precision (2025-03-18, 2025-03,
	// 2025); Start and End are the first and last day it covers.
	Value        string `json:"value,omitempty"`
	Start        string `json:"start,omitempty"`
	End          string `json:"end,omitempty"`
	Precision    string `json:"precision"`
	YearInferred bool   `json:"year_inferred,omitempty"`
	Ambiguous    bool   `json:"ambiguous,omitempty"`
	Invalid      bool   `json:"invalid,omitempty"`

	// at and end locate the date in its block's text.
	at, end int
}

const (
	monthRE   = `(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)`
	weekdayRE = `(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thu(?:rs)?\.|Fri\.|Sat\.|Sun\.)\s*,?\s+(?:the\s+)?)?`
	dayRE     = `(?P<day>[0-3]?\d)(?:st|nd|rd|th)?`
	yearRE    = `(?P<year>(?:1[89]|20)\d\d)`
	qualRE    = `(?:(?P<qual>early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of|start\s+of|beginning\s+of)[\s-]+)?`
)

var dateForms = []struct {
	form string
	re   *regexp.Regexp
}{
	{"iso", regexp.MustCompile(`\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)},
	{"dmy", regexp.MustCompile(`(?i)\b` + weekdayRE + dayRE + `(?:\s+of)?\s+` + monthRE + `(?:,?\s+` + yearRE + `)?\b`)},
	{"mdy", regexp.MustCompile(`(?i)\b` + weekdayRE + monthRE + `\s+` + dayRE + `\b(?:,?\s+` + yearRE + `\b)?`)},
	{"month_year", regexp.MustCompile(`(?i)\b` + qualRE + monthRE + `,?\s+(?:of\s+)?` + yearRE + `\b`)},
	{"month", regexp.MustCompile(`(?i)\b(?:(?:in|since|by|until|till|from|during|through|last|next|this)\s+(?:(?P<qual>early|mid|late)[\s-]+)?|(?P<qual2>early|mid|late)[\s-]+)(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b`)},
	{"year", regexp.MustCompile(`(?i)\b(?:(?:in|since|from|by|until|till|to|during|before|after|of|around|throughout|through|circa)\s+(?:(?P<qual>early|mid|late)[\s-]+)?|(?P<qual2>early|mid|late)[\s-]+)(?P<year>(?:19|20)\d\d)\b`)},
	{"numeric", regexp.MustCompile(`\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b`)},
	{"weekday", regexp.MustCompile(`\b(?:on|last|this|next|since|by|until|from|late|early)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s\b`)},
}

var monthNumbers = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]string{
	"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}

// findDates finds the dates written in s. Offsets are into s; the caller
// maps them to the source.
func findDates(s string) []Date {
	type hit struct {
		start, end int
		d          Date
	}
	var hits []hit
	for _, f := range dateForms {
		names := f.re.SubexpNames()
		for _, m := range f.re.FindAllStringSubmatchIndex(s, -1) {
			g := func(name string) string {
				for i, n := range names {
					if n == name && m[2*i] >= 0 {
						return s[m[2*i]:m[2*i+1]]
					}
				}
				return ""
			}
			start, end := m[0], m[1]
			d := Date{Form: f.form}
			if f.form == "month" || f.form == "year" || f.form == "weekday" {
				// The cue word before the date is not part of it.
				for i, n := range names {
					if (n == "qual" || n == "qual2" || n == "month" || n == "year" || n == "weekday" || n == "weekday2") && m[2*i] >= 0 {
						start = m[2*i]
						break
					}
				}
			}
			if month := g("month"); month != "" {
				if !capitalised(month) {
					continue
				}
				d.Month = monthNumbers[strings.ToLower(month[:3])]
			}
			if wd := g("weekday") + g("weekday2"); wd != "" {
				if !capitalised(wd) {
					continue
				}
				d.Weekday = weekdayNames[strings.ToLower(wd[:3])]
			}
			d.Day, _ = strconv.Atoi(g("day"))
			d.Year, _ = strconv.Atoi(g("year"))
			d.Qualifier = qualifier(g("qual") + g("qual2"))
			switch f.form {
			case "iso":
				d.Month, _ = strconv.Atoi(g("mnum"))
			case "numeric":
				a, _ := strconv.Atoi(g("a"))
				b, _ := strconv.Atoi(g("b"))
				// Slashes read month first (US), dots day first (Europe);
				// when both could be a month the reading is ambiguous.
				if g("sep") == "/" {
					d.Month, d.Day = a, b
				} else {
					d.Day, d.Month = a, b
				}
				if d.Month > 12 && d.Day <= 12 {
					d.Month, d.Day = d.Day, d.Month
				}
				d.Ambiguous = a <= 12 && b <= 12 && a != b
			}
			if d.Month > 12 || (f.form != "year" && f.form != "weekday" && f.form != "month_year" && f.form != "month" && d.Day == 0) {
				continue
			}
			d.Text = s[start:end]
			hits = append(hits, hit{start, end, d})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].start != hits[j].start {
			return hits[i].start < hits[j].start
		}
		return hits[i].end > hits[j].end
	})
	var out []Date
	last := -1
	for _, h := range hits {
		if h.start < last {
			continue
		}
		last = h.end
		h.d.at, h.d.end = h.start, h.end
		out = append(out, h.d)
	}
	return out
}

func capitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func qualifier(q string) string {
	q = strings.ToLower(strings.Join(strings.Fields(q), " "))
	switch q {
	case "":
		return ""
	case "the end of", "end of":
		return "late"
	case "the start of", "start of", "the beginning of", "beginning of":
		return "early"
	case "the middle of":
		return "mid"
	}
	return q
}

// resolve fills Value, Start, End and Precision, using year for a date
// written without one.
func (d *Date) resolve(year int, inferred bool) {
	y := d.Year
	if y == 0 && d.Month > 0 {
		y = year
		d.YearInferred = inferred || year == 0
	}
	switch {
	case d.Form == "weekday":
		d.Precision = "weekday"
		return
	case y == 0:
		d.Precision = "unknown"
		return
	case d.Day > 0 && d.Month > 0:
		d.Precision = "day"
		t := time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if t.Day() != d.Day {
			d.Invalid = true
		}
		d.Value = fmt.Sprintf("%04d-%02d-%02d", y, d.Month, d.Day)
		d.Start, d.End = d.Value, d.Value
	case d.Month > 0:
		d.Precision = "month"
		d.Value = fmt.Sprintf("%04d-%02d", y, d.Month)
		d.Start, d.End = monthRange(y, d.Month, d.Qualifier)
	default:
		d.Precision = "year"
		d.Value = fmt.Sprintf("%04d", y)
		d.Start, d.End = yearRange(y, d.Qualifier)
	}
}

func monthRange(y, m int, q string) (string, string) {
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	from, to := 1, last
	switch q {
	case "early":
		to = 10
	case "mid":
		from, to = 11, 20
	case "late":
		from = 21
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, from), fmt.Sprintf("%04d-%02d-%02d", y, m, to)
}

func yearRange(y int, q string) (string, string) {
	from, to := "01-01", "12-31"
	switch q {
	case "early":
		to = "04-30"
	case "mid":
		from, to = "05-01", "08-31"
	case "late":
		from = "09-01"
	}
	return fmt.Sprintf("%04d-%s", y, from), fmt.Sprintf("%04d-%s", y, to)
}

// ParseDate reads one date value such as a metadata field ("2025-05-01",
// "2025-05-01T10:00:00Z", "May 1, 2025", "2025-05"). ok is false when the
// string holds no date with a year.
func ParseDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if m := yearMonthRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 {
			d := Date{Form: "iso", Year: y, Month: mo, Text: s}
			d.resolve(y, false)
			return d, true
		}
	}
	for _, d := range findDates(s) {
		if d.Year > 0 && d.Form != "weekday" {
			d.resolve(d.Year, false)
			if !d.Invalid {
				return d, true
			}
		}
	}
	if m := bareYearRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		d := Date{Form: "year", Year: y, Text: s}
		d.resolve(y, false)
		return d, true
	}
	return Date{}, false
}

var (
	yearMonthRE = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	bareYearRE  = regexp.MustCompile(`^((?:19|20)\d\d)$`)
)
