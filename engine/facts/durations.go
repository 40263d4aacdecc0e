package facts

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newslint/newslint/engine/document"
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
	// ordinal ("in its fourth year"), anniversary ("the second
	// anniversary of").
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
	// Between is, for a length of time followed by the dates it runs
	// between ("for 87 days, from December 27, 2024, to April 24, 2025",
	// "12 days, from March 3 to March 20"), the first and the last of
	// them (indices into dates; the same index for a range).
	Between []int `json:"between,omitempty"`
	// Date and From tie a span counted from an earlier moment of the
	// story ("two days later, on June 7") to the date written right after
	// it (an index into dates) and to the dates of a day written before
	// it, in its paragraph or the one before, that it may count from.
	Date *int  `json:"date,omitempty"`
	From []int `json:"from,omitempty"`
	// Dated is, for a time counted back from the article ("two years
	// ago"), the date written beside it that names the same moment ("Two
	// years ago, in February 2022", "en 2022, hace dos años"), an index
	// into dates.
	Dated *int `json:"dated,omitempty"`

	at, end int
	// nextDay: the span is the day after the moment told before ("the
	// next day", "le lendemain"), one calendar day exactly.
	nextDay bool
}

// numberWords, unitWords: the figures written as words and the units of
// the duration grammar, by language (words/durations.txt).
var numberWords, unitWords, anchorWords, nextDayPhrases = loadDurationWords()

// durationWord is a number word or a unit: its value (a figure, or a
// unit's length in days), the languages it is a word of (a bit per index
// in languages) and its further words, for a compound ("dix-sept").
type durationWord struct {
	n     float64
	unit  string
	langs uint8
	rest  []string
	// adjective: the unit word of the English adjective form ("the
	// three-year war").
	adjective bool
}

var unitDays = map[string]float64{"day": 1, "week": 7, "month": 30.4375, "year": 365.25, "decade": 3652.5}

func loadDurationWords() (numbers, units map[string][]durationWord, anchors map[string][]durationAnchor, nextDay map[string][][]string) {
	numbers, units, anchors, nextDay = map[string][]durationWord{}, map[string][]durationWord{}, map[string][]durationAnchor{}, map[string][][]string{}
	eachLine("words/durations.txt", func(fields []string) {
		bad := func() {
			panic("facts: words/durations.txt: want number N LANGUAGE WORD..., unit UNIT LANGUAGE WORD..., anchor ANCHOR LANGUAGE WORD... or nextday LANGUAGE PHRASE, got " + strings.Join(fields, " "))
		}
		if fields[0] == "nextday" && len(fields) >= 3 && slices.Contains(languages, fields[1]) {
			var words []string
			for _, t := range tokenize(strings.Join(fields[2:], " ")) {
				words = append(words, t.key)
			}
			nextDay[words[0]] = append(nextDay[words[0]], words)
			return
		}
		if len(fields) < 4 {
			bad()
		}
		lang := slices.Index(languages, fields[2])
		if lang < 0 {
			bad()
		}
		if fields[0] == "anchor" {
			if !durationAnchors[fields[1]] {
				bad()
			}
			for _, w := range fields[3:] {
				first, next, _ := strings.Cut(w, "+")
				first, need, needNext := strings.Cut(first, "&")
				if needNext {
					next = need
				}
				anchors[first] = append(anchors[first], durationAnchor{fields[1], 1 << lang, next, needNext})
			}
			return
		}
		for i, w := range fields[3:] {
			parts := strings.Split(w, "-")
			dw := durationWord{langs: 1 << lang, rest: parts[1:]}
			switch fields[0] {
			case "number":
				n, err := strconv.Atoi(fields[1])
				if err != nil || n <= 0 {
					bad()
				}
				dw.n = float64(n)
				numbers[parts[0]] = addDurationWord(numbers[parts[0]], dw)
			case "unit":
				if unitDays[fields[1]] == 0 {
					bad()
				}
				dw.n, dw.unit, dw.adjective = unitDays[fields[1]], fields[1], i == 0 && fields[2] == "en"
				units[parts[0]] = addDurationWord(units[parts[0]], dw)
			default:
				bad()
			}
		}
	})
	return numbers, units, anchors, nextDay
}

// durationAnchor is a word of another language that ties a duration to a
// point in time as an English anchor does ("trois ans après", "drei Jahre
// nach", "tres años después de"): the anchor it stands for, its
// languages, and a word that may follow it as part of it ("de"), or must
// ("plus tard").
type durationAnchor struct {
	anchor   string
	langs    uint8
	next     string
	needNext bool
}

// anchorAt reads the anchor at word k for a unit of the languages langs:
// the English anchor it stands for and the word after it.
func (p *dateParser) anchorAt(k int, langs uint8) (string, int, bool) {
	a := p.key(k)
	if durationAnchors[a] {
		return a, k + 1, true
	}
	for _, da := range anchorWords[a] {
		if da.langs&langs == 0 {
			continue
		}
		if da.next != "" && p.key(k+1) == da.next && isBlank(p.gap(k+1)) {
			return da.anchor, k + 2, true
		}
		if da.needNext {
			continue
		}
		return da.anchor, k + 1, true
	}
	return "", k, false
}

// agoBefore: the duration at word i follows the German, French or
// Spanish word for "ago", which stands before it: "vor", "il y a",
// "hace" (not "desde hace", which is "for").
func (p *dateParser) agoBefore(i int) bool {
	if i < 1 || !isBlank(p.gap(i)) {
		return false
	}
	if agoHedges[p.key(i-1)] && i >= 2 && isBlank(p.gap(i-1)) {
		i-- // "vor genau einem Jahr", "hace casi un año"
	}
	switch p.key(i - 1) {
	case "vor":
		return true
	case "hace":
		return p.key(i-2) != "desde"
	case "a":
		return i >= 3 && p.key(i-2) == "y" && p.key(i-3) == "il" && isBlank(p.gap(i-1)) && isBlank(p.gap(i-2))
	}
	return false
}

// agoHedges may stand between "vor", "il y a" or "hace" and the duration.
var agoHedges = map[string]bool{"genau": true, "rund": true, "fast": true, "knapp": true, "etwa": true, "gut": true,
	"presque": true, "environ": true, "exactement": true, "casi": true, "exactamente": true, "unos": true, "unas": true}

// addDurationWord adds w to the words that start alike, merging its
// languages into a word of the same value, longest compound first.
func addDurationWord(list []durationWord, w durationWord) []durationWord {
	for i := range list {
		if list[i].n == w.n && list[i].unit == w.unit && slices.Equal(list[i].rest, w.rest) && list[i].adjective == w.adjective {
			list[i].langs |= w.langs
			return list
		}
	}
	list = append(list, w)
	for j := len(list) - 1; j > 0 && len(list[j].rest) > len(list[j-1].rest); j-- {
		list[j], list[j-1] = list[j-1], list[j]
	}
	return list
}

// wordAt reads a number word or unit of list at word k, in one of the
// languages langs allows (0: any); it returns the word and the word after
// it.
func (p *dateParser) wordAt(list map[string][]durationWord, k int, langs uint8) (durationWord, int, bool) {
	for _, w := range list[p.key(k)] {
		if langs != 0 && w.langs&langs == 0 {
			continue
		}
		e := k + 1
		for _, r := range w.rest {
			if p.key(e) != r || gapClass(p.gap(e)) != gapHyphen {
				e = -1
				break
			}
			e++
		}
		if e > 0 {
			return w, e, true
		}
	}
	return durationWord{}, k, false
}

// englishOrdinals are the English ordinal words of one word ("fourth"),
// from words/ordinals.txt: "in its fourth year".
var englishOrdinals = func() map[string]float64 {
	m := map[string]float64{}
	for w, list := range ordinals["en"] {
		for _, o := range list {
			if len(o.words) == 1 {
				m[w] = float64(o.n)
			}
		}
	}
	return m
}()

// Qualifiers of a figure, by their first word; two-word ones name the
// second.
var durationQualifiers = map[string]string{
	"nearly": "", "almost": "", "about": "", "around": "", "roughly": "", "some": "", "approximately": "",
	"over": "", "under": "", "more": "than", "at": "least", "less": "than", "fewer": "than", "just": "over under",
	"well": "over", "close": "to", "upwards": "of",
	// French, German, Spanish
	"presque": "", "environ": "", "plus": "de", "près": "de", "moins": "de", "au": "moins",
	"fast": "", "knapp": "", "rund": "", "etwa": "", "gut": "", "mindestens": "", "mehr": "als", "weniger": "als",
	"casi": "", "unos": "", "unas": "", "más": "de", "cerca": "de", "alrededor": "de", "menos": "de", "al": "menos",
}

var durationAnchors = dateGrammar["duration_anchors"]

// relativeAnchor: a span counted from an earlier moment of the story
// ("two days later", "zwei Tage zuvor") rather than from a named event.
func relativeAnchor(a string) bool { return a == "later" || a == "earlier" }

// durationArticles may stand between an anchor and its noun ("three years
// of the war", "deux ans après l'invasion", "tres años de la guerra").
var durationArticles = map[string]bool{
	"the": true, "le": true, "la": true, "les": true, "l": true, "el": true, "los": true, "las": true,
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true,
}

// findDurations finds the durations written in s; offsets are into s.
func findDurations(s string) []Duration { return newDateParser(s, tokenize(s)).durations() }

func (p *dateParser) durations() []Duration {
	s, toks := p.s, p.toks
	var out []Duration
	for i := 0; i < len(toks); {
		if p.cls[i]&(cDigit|cNumber|cDurQual|cIn|cOrdinal|cNextDay) == 0 && anniversaryOrdinals[toks[i].key] == 0 {
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
	for _, ph := range nextDayPhrases[k0] {
		// "The next day, March 7, …": set off from what follows.
		if e := i + len(ph); p.phraseAt(i, ph) && (e == len(p.toks) || strings.ContainsAny(p.gap(e), ",;:")) {
			return Duration{at: i, Form: "span", Unit: "day", Amount: 1, Anchor: "later", nextDay: true}, e, true
		}
	}
	if k0 == "in" {
		return p.ordinalDuration(i)
	}
	if anniversaryNouns[p.key(i+1)] {
		return p.anniversary(i)
	}
	_, isNum := numberWords[k0]
	_, isQual := durationQualifiers[k0]
	if k0 == "half" {
		return p.halfDuration(i)
	}
	if _, ok := germanNumber(k0); ok {
		isNum = true
	}
	if !isNum && !isQual && (k0[0] < '0' || k0[0] > '9') {
		return Duration{}, 0, false
	}
	if isNum && p.afterLargerNumber(i) {
		return Duration{}, 0, false // "setecientos treinta días", "three hundred and sixty-five days"
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
	n, langs, k, ok := p.number(k)
	if !ok {
		return Duration{}, 0, false
	}
	n, k = p.half(n, k)
	u, uEnd, isUnit := p.wordAt(unitWords, k, langs)
	g := p.gap(k)
	switch {
	case gapClass(g) == gapHyphen && isUnit && u.adjective:
		// "three-year war", "more than three-year-old conflict"
		d.Form, d.Unit = "adjective", u.unit
		k = uEnd
		if (p.key(k) == "old" || p.key(k) == "long") && gapClass(p.gap(k)) == gapHyphen {
			k++
		}
		noun, end := p.noun(k)
		if noun == "" {
			return Duration{}, 0, false
		}
		d.Noun, k = noun, end
	case isBlank(g) && isUnit:
		// "three years since", "a year and a half", "18 months", "seit
		// drei Jahren", "depuis huit ans"
		d.Form, d.Unit = "span", u.unit
		k = uEnd
		n, k = p.half(n, k)
		if n2, u2, end, ok := p.andSmaller(k, u); ok {
			// "two years and five months": counted in the smaller unit.
			n, d.Unit, k = math.Round(n*unitDays[u.unit]/unitDays[u2])+n2, u2, end
		}
		if e, ok := p.toTheDay(k); ok {
			// "two years to the day after", "deux ans jour pour jour
			// après": exactly that long.
			d.Qualifier, k = "anniversary", e
		}
		if p.agoBefore(i) {
			// "vor drei Jahren", "il y a trois ans", "hace tres años"
			d.Anchor = "ago"
		} else if a, next, ok := p.anchorAt(k, u.langs); ok && isBlank(p.gap(k)) {
			d.Anchor = a
			k = next
			if a != "ago" && !relativeAnchor(a) {
				d.Noun = p.anchorNoun(k)
			}
		}
	default:
		return Duration{}, 0, false
	}
	d.Amount = n
	return d, k, true
}

// afterLargerNumber: the number word at word i ends a larger figure
// written in words, which the grammar does not read: after hundreds or
// thousands, "and", "y" or "et" between perhaps.
func (p *dateParser) afterLargerNumber(i int) bool {
	if _, ok := numberWords[p.key(i-1)]; i >= 1 && ok && gapClass(p.gap(i)) == gapHyphen {
		return true // the units of a compound whose tens were not read: "sixty-five"
	}
	j := i - 1
	if j >= 1 && (p.key(j) == "and" || p.key(j) == "y" || p.key(j) == "et") && isBlank(p.gap(j)) {
		j--
	}
	if j < 0 || !isBlank(p.gap(j+1)) && gapClass(p.gap(j+1)) != gapHyphen {
		return false
	}
	w := p.key(j)
	return largeNumberWords[w] || strings.HasSuffix(w, "cientos") || strings.HasSuffix(w, "cientas")
}

var largeNumberWords = map[string]bool{
	"hundred": true, "hundreds": true, "thousand": true, "cent": true, "cents": true, "mille": true,
	"hundert": true, "tausend": true, "cien": true, "ciento": true, "mil": true, "quinientos": true, "quinientas": true,
}

// toTheDay reads "to the day" or "jour pour jour" at word k, after a
// length of time; it returns the word after it.
func (p *dateParser) toTheDay(k int) (int, bool) {
	for _, words := range [][]string{{"to", "the", "day"}, {"jour", "pour", "jour"}} {
		if p.phraseAt(k, words) && isBlank(p.gap(k)) {
			return k + len(words), true
		}
	}
	return k, false
}

// andSmaller reads, after a unit u ending before word k, "and" (andWords)
// and a figure of a smaller unit: the figure, its unit and the word after
// it ("two years and five months", "deux ans et cinq mois", "zwei Jahre
// und fünf Monate", "dos años y cinco meses").
func (p *dateParser) andSmaller(k int, u durationWord) (float64, string, int, bool) {
	if !andWords[p.key(k)] || !isBlank(p.gap(k)) || !isBlank(p.gap(k+1)) {
		return 0, "", k, false
	}
	n, langs, j, ok := p.number(k + 1)
	if !ok || !isBlank(p.gap(j)) || n != math.Trunc(n) {
		return 0, "", k, false
	}
	u2, end, ok := p.wordAt(unitWords, j, langs)
	if !ok || unitDays[u2.unit] >= unitDays[u.unit] {
		return 0, "", k, false
	}
	return n, u2.unit, end, true
}

// halfDuration reads "half a year", "half a decade" at word i.
func (p *dateParser) halfDuration(i int) (Duration, int, bool) {
	if a := p.key(i + 1); a != "a" && a != "an" || !isBlank(p.gap(i+1)) || !isBlank(p.gap(i+2)) {
		return Duration{}, 0, false
	}
	u, k, ok := p.wordAt(unitWords, i+2, 1<<slices.Index(languages, "en"))
	if !ok {
		return Duration{}, 0, false
	}
	d := Duration{at: i, Form: "span", Unit: u.unit, Amount: 0.5}
	if a, next, ok := p.anchorAt(k, u.langs); ok && isBlank(p.gap(k)) {
		d.Anchor, k = a, next
		if a != "ago" && !relativeAnchor(a) {
			d.Noun = p.anchorNoun(k)
		}
	}
	return d, k, true
}

// anchorNoun is the noun after an anchor ending before word k, past an
// article: "after the invasion", "since Russia's invasion".
func (p *dateParser) anchorNoun(k int) string {
	if durationArticles[p.key(k)] && isBlank(p.gap(k)) && k+1 < len(p.toks) && (isBlank(p.gap(k+1)) || gapClass(p.gap(k+1)) == gapApos) {
		k++
	}
	if !isBlank(p.gap(k)) {
		return ""
	}
	noun, _ := p.noun(k)
	return noun
}

// number reads a figure ("3", "1.5", "three", "a", "drei") at k, with
// the languages a unit after a word must be of (0 after digits).
func (p *dateParser) number(k int) (float64, uint8, int, bool) {
	if k >= len(p.toks) {
		return 0, 0, k, false
	}
	w := p.toks[k].key
	if nw, end, ok := p.wordAt(numberWords, k, 0); ok {
		n, end := p.tensAndUnits(nw, end)
		return n, nw.langs, end, true
	}
	if n, ok := germanNumber(w); ok {
		return n, 1 << slices.Index(languages, "de"), k + 1, true
	}
	v, ok := p.digits(k, 0)
	if !ok || len(w) > 3 || v == 0 {
		return 0, 0, k, false
	}
	n := float64(v)
	// Thousands after a separator: "1,105 days", "1.100 Tage", "2 000 jours".
	end := k + 1
	for end < len(p.toks) && thousandsSeparators[p.gap(end)] && len(p.toks[end].key) == 3 {
		t, ok := p.digits(end, 3)
		if !ok {
			break
		}
		n, end = n*1000+float64(t), end+1
	}
	if end > k+1 {
		return n, 0, end, true
	}
	if frac, ok := p.digits(k+1, 1); ok && p.gap(k+1) == "." {
		return n + float64(frac)/10, 0, k + 2, true
	}
	return n, 0, k + 1, true
}

// thousandsSeparators are the gaps between groups of three digits.
var thousandsSeparators = map[string]bool{",": true, ".": true, "\u00a0": true, "\u202f": true, " ": true}

// tensAndUnits reads the units joined to a number word of tens nw ending
// before word k, in nw's language: "thirty-six", "trente-six",
// "vingt-et-un", "treinta y seis".
func (p *dateParser) tensAndUnits(nw durationWord, k int) (float64, int) {
	if nw.n < 20 || nw.n > 90 || int(nw.n)%10 != 0 || len(nw.rest) > 0 || k >= len(p.toks) {
		return nw.n, k
	}
	u := k
	switch gapClass(p.gap(k)) {
	case gapHyphen:
		if (p.key(u) == "et" || p.key(u) == "and") && gapClass(p.gap(u+1)) == gapHyphen {
			u++ // "vingt-et-un"
		}
	case gapSpace:
		if p.key(u) != "y" || !isBlank(p.gap(u+1)) {
			return nw.n, k
		}
		u++ // "treinta y seis"
	default:
		return nw.n, k
	}
	for _, unit := range numberWords[p.key(u)] {
		if unit.langs&nw.langs != 0 && unit.n >= 1 && unit.n <= 9 && len(unit.rest) == 0 {
			return nw.n + unit.n, u + 1
		}
	}
	return nw.n, k
}

// germanNumber reads a German number written as one word: units and tens
// ("sechsunddreißig", "einundzwanzig") and halves ("fünfeinhalb",
// "anderthalb").
func germanNumber(w string) (float64, bool) {
	if w == "anderthalb" {
		return 1.5, true
	}
	de := uint8(1) << slices.Index(languages, "de")
	value := func(w string, tens bool) (float64, bool) {
		for _, nw := range numberWords[w] {
			if nw.langs&de != 0 && len(nw.rest) == 0 && (!tens || nw.n >= 20 && nw.n <= 90) {
				return nw.n, true
			}
		}
		return 0, false
	}
	if head, ok := strings.CutSuffix(w, "einhalb"); ok && head != "" {
		if n, ok := value(head, false); ok {
			return n + 0.5, true
		}
		if n, ok := germanNumber(head); ok && n == float64(int(n)) {
			return n + 0.5, true
		}
		return 0, false
	}
	if unit, tens, ok := strings.Cut(w, "und"); ok {
		u, ok1 := value(unit, false)
		t, ok2 := value(tens, true)
		if ok1 && ok2 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
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
	n, ok := englishOrdinals[w]
	if !ok {
		dd, ok2 := p.day(i + 2)
		if !ok2 || len(w) < 3 {
			return Duration{}, 0, false
		}
		n = float64(dd)
	}
	u, _, isUnit := p.wordAt(unitWords, i+3, 1) // English
	if !isUnit || !u.adjective || len(u.rest) > 0 || !isBlank(p.gap(i+1)) || !isBlank(p.gap(i+2)) || !isBlank(p.gap(i+3)) {
		return Duration{}, 0, false
	}
	d := Duration{Form: "ordinal", Amount: n, Unit: u.unit, Qualifier: "ordinal", at: i}
	j := i - 1
	if p.key(j) == "now" && isBlank(p.gap(j+1)) {
		j--
	}
	if g := strings.TrimSpace(p.gap(j + 1)); j >= 0 && (g == "" || g == ",") && isLetters(p.toks[j].key) && !p.toks[j].upper {
		d.Noun, d.at = p.toks[j].key, j
	}
	return d, i + 4, true
}

// anniversaryNouns are the nouns for an anniversary in each language, and
// anniversaryOrdinals the ordinals of French, German and Spanish
// (words/anniversaries.txt).
var anniversaryNouns, anniversaryOrdinals = func() (map[string]bool, map[string]float64) {
	nouns, ords := map[string]bool{}, map[string]float64{}
	eachLine("words/anniversaries.txt", func(fields []string) {
		switch {
		case fields[0] == "noun" && len(fields) >= 3:
			for _, w := range fields[2:] {
				nouns[w] = true
			}
		case fields[0] == "ordinal" && len(fields) >= 4:
			n, err := strconv.Atoi(fields[1])
			if err != nil {
				panic("facts: words/anniversaries.txt: bad number " + fields[1])
			}
			for _, w := range fields[3:] {
				ords[w] = float64(n)
			}
		default:
			panic("facts: words/anniversaries.txt: want noun LANGUAGE WORD... or ordinal N LANGUAGE WORD..., got " + strings.Join(fields, " "))
		}
	})
	return nouns, ords
}()

// anniversaryOf are the words that tie an anniversary to what it marks.
var anniversaryOf = map[string]bool{"of": true, "de": true, "du": true, "des": true, "del": true, "d": true, "der": true}

// anniversary: "the second anniversary of …", "its 10th anniversary",
// "le troisième anniversaire de", "zum dritten Jahrestag des", "el tercer
// aniversario de": that many years to the day.
func (p *dateParser) anniversary(i int) (Duration, int, bool) {
	w := p.key(i)
	n, ok := englishOrdinals[w]
	if !ok {
		n, ok = anniversaryOrdinals[w]
	}
	if !ok {
		dd, isDay := p.day(i)
		if !isDay || len(w) < 3 {
			return Duration{}, 0, false
		}
		n = float64(dd)
	}
	if !isBlank(p.gap(i + 1)) {
		return Duration{}, 0, false
	}
	d := Duration{Form: "anniversary", Amount: n, Unit: "year", Qualifier: "anniversary", at: i}
	end := i + 2
	if anniversaryOf[p.key(end)] && (isBlank(p.gap(end)) || p.key(end) == "d") {
		d.Anchor, end = "of", end+1
	}
	return d, end, true
}

func durationQualifier(q string) string {
	switch strings.Join(strings.Fields(strings.ToLower(q)), " ") {
	case "":
		return ""
	case "nearly", "almost", "close to", "just under", "presque", "près de", "fast", "knapp", "casi", "cerca de":
		return "nearly"
	case "about", "around", "roughly", "some", "approximately", "environ", "rund", "etwa", "unos", "unas", "alrededor de":
		return "about"
	case "more than", "over", "just over", "well over", "upwards of", "plus de", "mehr als", "gut", "más de":
		return "more_than"
	case "at least", "au moins", "mindestens", "al menos":
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
	if d.Qualifier != "" && d.Qualifier != "ordinal" && d.Qualifier != "anniversary" {
		// A round figure with a word of approximation is rounded to its
		// last nonzero digit: "more than 1,000 days" may be 1,900.
		step = roundStep(n)
		hi = n + step
	}
	switch d.Qualifier {
	case "nearly", "less_than":
		lo, hi = n-step, n
	case "about":
		lo, hi = n-step/2, n+step/2
	case "ordinal":
		lo, hi = n-1, n
	case "anniversary":
		lo, hi = n, n
	}
	return int(math.Floor(max(lo, 0) * day)), int(math.Ceil(hi * day))
}

// roundStep is the place of n's last nonzero digit: 1 for 36 or 1.5
// (0.5), 10 for 30, 1000 for 1000.
func roundStep(n float64) float64 {
	if n != math.Trunc(n) {
		return 0.5
	}
	step := 1.0
	for n >= 10 && math.Mod(n, step*10) == 0 {
		step *= 10
	}
	return step
}

// relativeGap is what may stand between "two days later" and the date it
// leads to: punctuation and one preposition ("two days later, on June 7",
// "deux jours plus tard, le 7 juin", "zwei Tage später, am 7. Juni").
var relativeGap = map[string]bool{"": true, "on": true, "le": true, "am": true, "el": true}

// relativeReach is how many sentences back a span counted from an earlier
// moment of the story looks for the date it counts from.
const relativeReach = 3

// linkRelativeDates ties each span counted from an earlier moment of the
// story to the date written right after it and to the dates of a day
// written before it, in its paragraph or the one before: the rule
// elapsed-time-mismatch asks whether any of them lies that far from it.
// A date whose year the text leaves out is compared only with dates of
// the year it was given and on the side the wording says, since its year
// may be the next one.
func linkRelativeDates(doc *document.Document, f *Facts) {
	for i := range f.Durations {
		d := &f.Durations[i]
		if d.Form != "span" || !relativeAnchor(d.Anchor) || d.Qualifier != "" || d.Unit == "decade" || d.Amount != math.Trunc(d.Amount) {
			continue
		}
		t := relativeTarget(doc, f, d)
		if t < 0 {
			continue
		}
		target := &f.Dates[t]
		var from []int
		for j := t - 1; j >= 0; j-- {
			c := &f.Dates[j]
			if c.Block < d.Block-1 || c.Sentence < d.Sentence-relativeReach {
				break
			}
			if c.Span.Offset >= d.Span.Offset || c.Precision != "day" || c.Invalid || c.Ambiguous || c.Start == "" {
				continue
			}
			if target.YearInferred && (c.Start[:4] != target.Start[:4] || (d.Anchor == "later") != (c.Start <= target.Start)) {
				continue
			}
			from = append(from, j)
		}
		if len(from) == 0 {
			continue
		}
		d.Date, d.From = &t, from
		d.MinDays, d.MaxDays = relativeBounds(d)
		if d.nextDay {
			d.MinDays, d.MaxDays = 1, 1
		}
	}
}

// relativeTarget is the index of the date of a day written right after d
// in its sentence, or -1.
func relativeTarget(doc *document.Document, f *Facts, d *Duration) int {
	j := sort.Search(len(f.Dates), func(j int) bool {
		return f.Dates[j].Block > d.Block || f.Dates[j].Block == d.Block && f.Dates[j].at >= d.end
	})
	if j == len(f.Dates) {
		return -1
	}
	t := &f.Dates[j]
	if t.Block != d.Block || t.Sentence != d.Sentence || t.Precision != "day" || t.Invalid || t.Ambiguous || t.Start == "" {
		return -1
	}
	if !relativeGap[gapWords(doc.Blocks[d.Block].Text.S[d.end:t.at])] {
		return -1
	}
	return j
}

// agoGap is what may stand between "two years ago" and the date beside it
// that names the same moment: punctuation and one preposition ("two years
// ago, in February 2022", "vor zwei Jahren, im Februar 2022", "il y a
// deux ans, en 2023", "hace dos años, en 2023").
var agoGap = map[string]bool{"": true, "in": true, "on": true, "en": true, "le": true, "im": true, "am": true, "el": true}

// agoOpeners may stand between a date and the time counted back after it:
// "in 2023, two years ago", "en 2023, hace dos años", "im Jahr 2023, vor
// zwei Jahren", "en 2023, il y a deux ans".
var agoOpeners = map[string]bool{"": true, "hace": true, "vor": true, "il y a": true}

// linkAgoDates ties a time counted back from the article to a date
// written right after or right before it in its sentence: the rule
// elapsed-time-mismatch asks whether the two agree.
func linkAgoDates(doc *document.Document, f *Facts) {
	for i := range f.Durations {
		d := &f.Durations[i]
		if d.Form != "span" || d.Anchor != "ago" || d.Event != "" || d.Unit == "decade" {
			continue
		}
		text := doc.Blocks[d.Block].Text.S
		j := sort.Search(len(f.Dates), func(j int) bool {
			return f.Dates[j].Block > d.Block || f.Dates[j].Block == d.Block && f.Dates[j].at >= d.end
		})
		switch {
		case j < len(f.Dates) && agoDate(&f.Dates[j], d) && agoGap[gapWords(text[d.end:f.Dates[j].at])]:
		case j > 0 && agoDate(&f.Dates[j-1], d) && f.Dates[j-1].end <= d.at && agoOpeners[gapWords(text[f.Dates[j-1].end:d.at])] && agoGap[f.Dates[j-1].Preposition]:
			j--
		default:
			continue
		}
		d.Dated = &j
	}
}

// gapWords is the text between two phrases, lower case, without the
// punctuation around it.
func gapWords(s string) string { return strings.ToLower(strings.Trim(s, " ,;:(–—-\u00a0")) }

// agoDate: date c, in d's sentence, names a moment a time counted back
// can name: a day, month or year with its year written.
func agoDate(c *Date, d *Duration) bool {
	return c.Block == d.Block && c.Sentence == d.Sentence && !c.Invalid && !c.Ambiguous && c.Start != "" && !c.YearInferred && !c.Attributive &&
		(c.Precision == "day" || c.Precision == "month" || c.Precision == "year")
}

// spanFrom, spanTo: the words before the first and the last date of the
// time a length of time runs over ("from … to …", "between … and …").
var (
	spanFrom = map[string]bool{"from": true, "between": true, "desde": true, "entre": true, "vom": true, "zwischen": true}
	spanTo   = map[string]bool{"to": true, "until": true, "till": true, "through": true, "and": true, "hasta": true, "au": true, "bis": true, "jusqu": true}
)

// linkSpanDates ties a length of time to the dates written right after it
// that it runs between: "acting president for 87 days, from December 27,
// 2024, to April 24, 2025". Its bounds become those of counting the days
// between them, the first day counted or not, give or take what calendar
// weeks, months and years differ by.
func linkSpanDates(doc *document.Document, f *Facts) {
	for i := range f.Durations {
		d := &f.Durations[i]
		if d.Form != "span" || d.Anchor != "" || d.Date != nil || d.Unit == "decade" {
			continue
		}
		j := sort.Search(len(f.Dates), func(j int) bool {
			return f.Dates[j].Block > d.Block || f.Dates[j].Block == d.Block && f.Dates[j].at >= d.end
		})
		if j == len(f.Dates) || !spanDate(&f.Dates[j], d) || len(strings.Fields(doc.Blocks[d.Block].Text.S[d.end:f.Dates[j].at])) > 3 {
			continue
		}
		a := &f.Dates[j]
		switch {
		case a.Form == "range":
			d.Between = []int{j, j}
		case spanFrom[a.Preposition] && j+1 < len(f.Dates) && spanDate(&f.Dates[j+1], d) && spanEnd(doc, d, a, &f.Dates[j+1]):
			d.Between = []int{j, j + 1}
		default:
			continue
		}
		lo, hi := relativeBounds(d)
		d.MinDays, d.MaxDays = max(lo-1, 0), hi
	}
}

// spanEnd: date b closes the time that date a opens, after "to",
// "until", "and" …, nothing but a comma between them and it.
func spanEnd(doc *document.Document, d *Duration, a, b *Date) bool {
	if spanTo[b.Preposition] {
		return true
	}
	gap := strings.Fields(strings.Trim(doc.Blocks[d.Block].Text.S[a.end:b.at], " ,"))
	return len(gap) == 1 && spanTo[strings.ToLower(gap[0])]
}

// spanDate: date c is a day in d's sentence, with its year.
func spanDate(c *Date, d *Duration) bool {
	return c.Block == d.Block && c.Sentence == d.Sentence && c.Precision == "day" && !c.Invalid && !c.Ambiguous && c.Start != "" && !c.YearInferred
}

// relativeBounds: "two days later" is two days (or three, across a
// night); a week is give or take a day, a month or a year a few days, as
// calendar months and years differ in length.
func relativeBounds(d *Duration) (int, int) {
	n := d.Amount
	switch d.Unit {
	case "day":
		return int(n), int(math.Ceil(n)) + 1
	case "week":
		return int(n*7) - 1, int(math.Ceil(n*7)) + 1
	case "month":
		return int(math.Floor(n*30.4375)) - 3, int(math.Ceil(n*30.4375)) + 3
	}
	return int(math.Floor(n*365.25)) - 2, int(math.Ceil(n*365.25)) + 2
}
