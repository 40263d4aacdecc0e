package facts

import (
	"math"
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
	// Mention is the office holder whose time in office the duration
	// states, an index into mentions: "Keir Starmer, who has been prime
	// minister for two years", "Merz, chancellor for the past three
	// months".
	Mention *int `json:"mention,omitempty"`

	at, end int
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

// Qualifiers of a figure, by their first word; two-word ones name the
// second.
var durationQualifiers = map[string]string{
	"nearly": "", "almost": "", "about": "", "around": "", "roughly": "", "some": "", "approximately": "",
	"over": "", "under": "", "more": "than", "at": "least", "less": "than", "fewer": "than", "just": "over under",
	"well": "over", "close": "to", "upwards": "of",
}

var durationAnchors = dateGrammar["duration_anchors"]

// findDurations finds the durations written in s; offsets are into s.
func findDurations(s string) []Duration { return newDateParser(s, tokenize(s)).durations() }

func (p *dateParser) durations() []Duration {
	s, toks := p.s, p.toks
	var out []Duration
	for i := 0; i < len(toks); {
		if p.cls[i]&(cDigit|cNumber|cDurQual|cIn) == 0 {
			i++
			continue
		}
		d, end, ok := p.duration(i)
		if !ok {
			i++
			continue
		}
		d.at, d.end = toks[d.at].start, toks[end-1].end
		d.Text = s[d.at:d.end]
		d.MinDays, d.MaxDays = durationBounds(d)
		out = append(out, d)
		i = end
	}
	return out
}

// duration parses a duration at word i; Duration.at holds its first word.
func (p *dateParser) duration(i int) (Duration, int, bool) {
	k0 := p.toks[i].key
	if k0 == "in" {
		return p.ordinalDuration(i)
	}
	_, isNum := numberWords[k0]
	_, isQual := durationQualifiers[k0]
	if !isNum && !isQual && (k0[0] < '0' || k0[0] > '9') {
		return Duration{}, 0, false
	}
	d := Duration{at: i}
	k := i
	if q, ok := durationQualifiers[k0]; ok {
		switch {
		case q == "":
			k++
		case k+1 < len(p.toks) && strings.Contains(q, p.key(k+1)) && isBlank(p.gap(k+1)):
			k += 2
		default:
			return Duration{}, 0, false
		}
		if !isBlank(p.gap(k)) {
			return Duration{}, 0, false
		}
		d.Qualifier = durationQualifier(p.s[p.toks[i].start:p.toks[k-1].end])
	}
	n, k, ok := p.number(k)
	if !ok {
		return Duration{}, 0, false
	}
	n, k = p.half(n, k)
	unit := p.key(k)
	g := p.gap(k)
	switch {
	case gapClass(g) == gapHyphen && unitDays[unit] > 0:
		// "three-year war", "more than three-year-old conflict"
		d.Form, d.Unit = "adjective", unit
		k++
		if (p.key(k) == "old" || p.key(k) == "long") && gapClass(p.gap(k)) == gapHyphen {
			k++
		}
		noun, end := p.noun(k)
		if noun == "" {
			return Duration{}, 0, false
		}
		d.Noun, k = noun, end
	case isBlank(g) && (unitDays[unit] > 0 || unitDays[strings.TrimSuffix(unit, "s")] > 0):
		// "three years since", "a year and a half", "18 months"
		d.Form, d.Unit = "span", strings.TrimSuffix(unit, "s")
		k++
		n, k = p.half(n, k)
		if a := p.key(k); durationAnchors[a] && isBlank(p.gap(k)) {
			d.Anchor = a
			k++
			if a != "ago" {
				j := k
				if p.key(j) == "the" && isBlank(p.gap(j)) {
					j++
				}
				if isBlank(p.gap(j)) {
					d.Noun, _ = p.noun(j)
				}
			}
		}
	default:
		return Duration{}, 0, false
	}
	d.Amount = n
	return d, k, true
}

// number reads a figure ("3", "1.5", "three", "a") at k.
func (p *dateParser) number(k int) (float64, int, bool) {
	if k >= len(p.toks) {
		return 0, k, false
	}
	w := p.toks[k].key
	if n, ok := numberWords[w]; ok {
		return n, k + 1, true
	}
	v, ok := p.digits(k, 0)
	if !ok || len(w) > 3 || v == 0 {
		return 0, k, false
	}
	n := float64(v)
	if frac, ok := p.digits(k+1, 1); ok && p.gap(k+1) == "." {
		return n + float64(frac)/10, k + 2, true
	}
	return n, k + 1, true
}

// half reads "and a half" after a figure or unit.
func (p *dateParser) half(n float64, k int) (float64, int) {
	if p.key(k) == "and" && p.key(k+1) == "a" && p.key(k+2) == "half" && k > 0 {
		return n + 0.5, k + 3
	}
	return n, k
}

// noun reads a lower-case word at k, and a second one when the first is a
// compound ("full-scale war"); it returns "" when there is none.
func (p *dateParser) noun(k int) (string, int) {
	if k >= len(p.toks) || p.toks[k].upper || !isBlank(p.gap(k)) || !isLetters(p.toks[k].key) {
		return "", k
	}
	w, k := p.toks[k].key, k+1
	if k < len(p.toks) && gapClass(p.gap(k)) == gapHyphen && isLetters(p.toks[k].key) {
		w, k = w+"-"+p.toks[k].key, k+1
		if k < len(p.toks) && isBlank(p.gap(k)) && !p.toks[k].upper && isLetters(p.toks[k].key) {
			w, k = w+" "+p.toks[k].key, k+1
		}
	}
	return w, k
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// ordinalDuration: "in its fourth year", with the noun before it: "the
// war, now in its fourth year".
func (p *dateParser) ordinalDuration(i int) (Duration, int, bool) {
	if p.key(i+1) != "its" {
		return Duration{}, 0, false
	}
	w := p.key(i + 2)
	n, ok := ordinalWords[w]
	if !ok {
		dd, ok2 := p.day(i + 2)
		if !ok2 || len(w) < 3 {
			return Duration{}, 0, false
		}
		n = float64(dd)
	}
	unit := p.key(i + 3)
	if unitDays[unit] == 0 || !isBlank(p.gap(i+1)) || !isBlank(p.gap(i+2)) || !isBlank(p.gap(i+3)) {
		return Duration{}, 0, false
	}
	d := Duration{Form: "ordinal", Amount: n, Unit: unit, Qualifier: "ordinal", at: i}
	j := i - 1
	if p.key(j) == "now" && isBlank(p.gap(j+1)) {
		j--
	}
	if g := strings.TrimSpace(p.gap(j + 1)); j >= 0 && (g == "" || g == ",") && isLetters(p.toks[j].key) && !p.toks[j].upper {
		d.Noun, d.at = p.toks[j].key, j
	}
	return d, i + 4, true
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
