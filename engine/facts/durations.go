package facts

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Duration is a length of time written in the text ("the three-year war",
// "nearly three years since the invasion", "now in its fourth year"), with
// the bounds it puts on the time elapsed.
type Duration struct {
	Text     string `json:"text"`
	Span     Span   `json:"span"`
	Block    int    `json:"block"`
	Sentence int    `json:"sentence"`
	// Form: adjective ("three-year war"), span ("three years since"),
	// ordinal ("in its fourth year").
	Form   string  `json:"form"`
	Amount float64 `json:"amount"`
	Unit   string  `json:"unit"` // day, week, month, year, decade
	// Qualifier as normalised: nearly, about, more_than, at_least,
	// less_than; empty for an exact figure.
	Qualifier string `json:"qualifier,omitempty"`
	// Noun is what lasted ("war"), for the adjective and ordinal forms and
	// "three years of war"; Anchor is the word tying the span to a point in
	// time: since, after, into, of, ago.
	Noun   string `json:"noun,omitempty"`
	Anchor string `json:"anchor,omitempty"`
	// MinDays and MaxDays bound the elapsed time the text states.
	MinDays int `json:"min_days"`
	MaxDays int `json:"max_days"`
	// Event is the knowledge-base event the duration runs from, when the
	// text ties it to one (see docs/facts.md).
	Event string `json:"event,omitempty"`

	at, end int
}

const (
	numRE  = `(?P<num>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?P<half>(?:[\s-]+and[\s-]+a[\s-]+half))?`
	unitRE = `(?P<unit>day|week|month|year|decade)`
	durQRE = `(?:(?P<qual>nearly|almost|about|around|roughly|some|approximately|more\s+than|over|at\s+least|less\s+than|under|fewer\s+than|just\s+over|just\s+under|well\s+over|close\s+to|upwards\s+of)\s+)?`
	nounRE = `(?P<noun>[a-z]+(?:-[a-z]+(?:\s+[a-z]+)?)?)`
)

var durationForms = []struct {
	form string
	re   *regexp.Regexp
}{
	{"adjective", regexp.MustCompile(`(?i)\b` + durQRE + numRE + `-` + unitRE + `(?:-(?:old|long))?\s+` + nounRE)},
	{"ordinal", regexp.MustCompile(`(?i)\b(?:(?P<noun>[a-z]+),?\s+(?:now\s+)?)?in\s+its\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+` + unitRE + `\b`)},
	{"span", regexp.MustCompile(`(?i)\b` + durQRE + numRE + `\s+` + unitRE + `s?\b(?:\s+(?P<anchor>since|after|into|ago|of)\b(?:\s+(?:the\s+)?` + nounRE + `)?)?`)},
}

var numberWords = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}

var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

var unitDays = map[string]float64{"day": 1, "week": 7, "month": 30.4375, "year": 365.25, "decade": 3652.5}

// findDurations finds the durations written in s; offsets are into s.
func findDurations(s string) []Duration {
	var out []Duration
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.end && d.at < b {
				return true
			}
		}
		return false
	}
	for _, f := range durationForms {
		names := f.re.SubexpNames()
		for _, m := range f.re.FindAllStringSubmatchIndex(s, -1) {
			g := func(name string) (string, int, int) {
				for i, n := range names {
					if n == name && m[2*i] >= 0 {
						return s[m[2*i]:m[2*i+1]], m[2*i], m[2*i+1]
					}
				}
				return "", -1, -1
			}
			d := Duration{Form: f.form, at: m[0], end: m[1]}
			unit, _, _ := g("unit")
			d.Unit = strings.ToLower(unit)
			switch f.form {
			case "ordinal":
				ord, _, _ := g("ord")
				n, ok := ordinalWords[strings.ToLower(ord)]
				if !ok {
					n, _ = strconv.ParseFloat(strings.TrimRight(strings.ToLower(ord), "stndrh"), 64)
				}
				if n < 1 {
					continue
				}
				d.Amount, d.Qualifier = n, "ordinal"
				noun, at, _ := g("noun")
				if noun != "" && !strings.EqualFold(noun, "now") {
					d.Noun = strings.ToLower(noun)
				} else if at >= 0 {
					// Not a noun after all: start at "in its".
					d.at = strings.Index(strings.ToLower(s[m[0]:m[1]]), "in its") + m[0]
				}
			default:
				num, _, _ := g("num")
				n, ok := numberWords[strings.ToLower(num)]
				if !ok {
					n, _ = strconv.ParseFloat(num, 64)
				}
				if half, _, _ := g("half"); half != "" {
					n += 0.5
				}
				if n <= 0 {
					continue
				}
				d.Amount = n
				qual, _, _ := g("qual")
				d.Qualifier = durationQualifier(qual)
				anchor, _, _ := g("anchor")
				d.Anchor = strings.ToLower(anchor)
				if noun, _, _ := g("noun"); noun != "" {
					d.Noun = strings.ToLower(noun)
				}
				if _, _, aEnd := g("anchor"); f.form == "span" && aEnd > 0 {
					// The span ends at its anchor; a noun after it is what
					// the anchor points at, not part of the duration.
					d.end = aEnd
				}
			}
			if taken(d.at, d.end) {
				continue
			}
			d.MinDays, d.MaxDays = durationBounds(d)
			d.Text = s[d.at:d.end]
			out = append(out, d)
		}
	}
	sortDurations(out)
	return out
}

func sortDurations(ds []Duration) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].at < ds[j-1].at; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

func durationQualifier(q string) string {
	switch strings.Join(strings.Fields(strings.ToLower(q)), " ") {
	case "":
		return ""
	case "nearly", "almost", "close to", "just under":
		return "nearly"
	case "about", "around", "roughly", "some", "approximately":
		return "about"
	case "more than", "over", "just over", "well over", "upwards of":
		return "more_than"
	case "at least":
		return "at_least"
	}
	return "less_than"
}

// durationBounds turns a duration into bounds on the elapsed days: an
// exact "three years" or "three-year" means at least three and under four;
// "nearly three" two to three; "about three" two and a half to three and a
// half; "more than three" three to four; "in its fourth year" three to four.
func durationBounds(d Duration) (int, int) {
	n, day := d.Amount, unitDays[d.Unit]
	step := 1.0
	if n != math.Trunc(n) {
		step = 0.5
	}
	lo, hi := n, n+step
	switch d.Qualifier {
	case "nearly", "less_than":
		lo, hi = n-1, n
	case "about":
		lo, hi = n-0.5, n+0.5
	case "ordinal":
		lo, hi = n-1, n
	}
	return int(math.Floor(max(lo, 0) * day)), int(math.Ceil(hi * day))
}
