package facts

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Date is a date written in the text, with its fields as written and the
// value they resolve to.
type Date struct {
	Text     string `json:"text"`
	Span     Span   `json:"span"`
	Block    int    `json:"block"`
	Sentence int    `json:"sentence"`
	// Form is how it was written: iso, dmy, mdy, month_year, month, year,
	// numeric, weekday, range, season.
	Form      string `json:"form"`
	Weekday   string `json:"weekday,omitempty"`
	Day       int    `json:"day,omitempty"`
	Month     int    `json:"month,omitempty"`
	Year      int    `json:"year,omitempty"` // 0 when not written
	Qualifier string `json:"qualifier,omitempty"`
	// EndDay, EndMonth and EndYear are the far end of a range as written
	// ("15–17 August 2025": day 15, end_day 17, month and end_month 8).
	EndDay   int `json:"end_day,omitempty"`
	EndMonth int `json:"end_month,omitempty"`
	EndYear  int `json:"end_year,omitempty"`
	// Season is spring, summer, autumn or winter.
	Season string `json:"season,omitempty"`
	// Value is the resolved date at its precision (2025-03-18, 2025-03,
	// 2025, 2025-summer; for a range, its first day or month); Start and
	// End are the first and last day it covers.
	Value        string `json:"value,omitempty"`
	Start        string `json:"start,omitempty"`
	End          string `json:"end,omitempty"`
	Precision    string `json:"precision"`
	YearInferred bool   `json:"year_inferred,omitempty"`
	Ambiguous    bool   `json:"ambiguous,omitempty"`
	// Alt is the other reading of an ambiguous numeric date.
	Alt     string `json:"alt,omitempty"`
	Invalid bool   `json:"invalid,omitempty"`
	// Attributive marks a date that modifies a noun ("Russia's February
	// 2022 invasion", "the 18 March talks"): it dates that thing rather
	// than the sentence.
	Attributive bool `json:"attributive,omitempty"`
	// WeekdaySpan is where the weekday stands when a verb ties it to the
	// date ("January 20 falls on a Monday", "20 January 2025 was a
	// Monday"): the span then covers the date, the verb and the weekday.
	WeekdaySpan *Span `json:"weekday_span,omitempty"`
	// WeekdayAs is the weekday the date falls on, written in the language
	// and case of a French, German or Spanish weekday the text gives
	// ("mardi" for "mercredi 18 mars 2025"); set only when they differ.
	WeekdayAs string `json:"weekday_as,omitempty"`
	// YearFrom says where a year that is not written came from: block (the
	// nearest earlier date of the same block that writes its year), year
	// (a bare year written earlier in the block, "an audio from 2023",
	// which may date something else), cue ("last
	// October", "this year"), article (the year that puts the date nearest
	// the article's date) or text (an undated article: the nearest earlier
	// year in the text).
	YearFrom string `json:"year_from,omitempty"`
	// MonthFrom is "article" for a day written with its weekday and no
	// month ("ce lundi 14"): the month is the article's, the one before
	// or the one after, whichever has that day on that weekday, else the
	// nearest.
	MonthFrom string `json:"month_from,omitempty"`
	// EarlierYears are, for a date whose year is the article's, the
	// years ("2020") of the dates written in full (day or month) in the
	// last earlier block that has any: a story that looks back may mean
	// that year ("On 7 January 2015, …" then "On Friday, 9 January, …").
	EarlierYears []string `json:"earlier_years,omitempty"`
	// BlockYears are, for a date whose year is the article's, the years
	// written before it in its own block by dates that give one, a year
	// that dates a thing included ("The 2015 attacks began on Friday,
	// November 13").
	BlockYears []string `json:"block_years,omitempty"`
	// Preposition is the word right before the date ("on", "until",
	// "by"), in lower case; OpensSentence says that nothing but it stands
	// before the date in its sentence ("On November 5, voters ...").
	Preposition   string `json:"preposition,omitempty"`
	OpensSentence bool   `json:"opens_sentence,omitempty"`
	// Glued marks a date stuck to the word before it ("… outgoing
	// SPDFebruary 24, 2025"): a headline and its date line run together.
	Glued bool `json:"glued,omitempty"`
	// VerbTense is the tense of the verb the date's clause turns on:
	// past, present, future, or infinitive ("voted to strike on 2
	// June"); empty when no verb before it in its clause shows one
	// (dateVerbs).
	VerbTense string `json:"verb_tense,omitempty"`
	// Stamp marks a date written as a page stamps a story: glued, or
	// ending its block after a separator ("SPORTS | March 3, 2025") or
	// alone on its line.
	Stamp bool `json:"stamp,omitempty"`
	// Superseded marks a date a correction note quotes from an earlier
	// version of the page ("An earlier version of this article said the
	// vote was on Tuesday, March 5"): the wrong text, not a claim.
	Superseded bool `json:"superseded,omitempty"`

	// at and end locate the date in its block's text; cue is the word
	// before a month without a year ("last", "next"); sep is a numeric
	// date's separator ('/', '.', '-'), which tells how it was read.
	at, end int
	cue     string
	sep     byte
	// written is 1 for a numeric date that can only be day first
	// (25/12/2024), -1 for one that can only be month first (12/25/2024).
	written int8
	// wdAt and wdEnd locate a weekday that a verb ties to the date;
	// yearRel marks a year given relative to the article's ("this year":
	// yearOff 0).
	wdAt, wdEnd int
	yearRel     bool
	// wdWord is the weekday as written, when it is not English.
	wdWord string
	// bracketed: the date stands in brackets after its weekday ("Tuesday
	// (March 5)"); its text ends with the closing bracket.
	bracketed bool
	yearOff   int
	// eventYear: a year before an event's name ("in the 2024 UK General
	// Election"), attributive whatever case the name is in.
	eventYear bool
	// planYear is the year nearest the article's date of a day its
	// weekday moved a year back (nearestYear): the day's year when its
	// clause turns out to be a plan, in the present or the future.
	planYear int
}

var seasons = map[string]string{
	"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter",
	"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter",
	"frühjahr": "spring", "frühling": "spring", "sommer": "summer", "herbst": "autumn",
	"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter",
}

// Cue words before a date form that has no day: "in May", "since 2022",
// "on Tuesday". They are not part of the date (words/date-grammar-en.txt,
// as are the other small words of the grammar).
var (
	monthCues   = dateGrammar["month_cues"]
	yearCues    = dateGrammar["year_cues"]
	weekdayCues = dateGrammar["weekday_cues"]
	seasonCues  = dateGrammar["season_cues"]
	// foreignMonthCues stand before a French, German or Spanish month.
	foreignMonthCues = dateGrammar["foreign_month_cues"]
)

// foreignQualifiers are the words before a year or month that name a
// part of it, in French and German: "fin 2024", "Anfang Januar".
var foreignQualifiers = func() map[string]string {
	m := map[string]string{}
	for list, q := range map[string]string{"foreign_early": "early", "foreign_mid": "mid", "foreign_late": "late"} {
		for w := range dateGrammar[list] {
			m[w] = q
		}
	}
	return m
}()

// findDates finds the dates written in s. Offsets are into s; the caller
// maps them to the source.
func findDates(s string) []Date { return newDateParser(s, tokenize(s)).dates() }

// dateParser reads dates from a block's words: a small grammar tried at
// each word that may start a date, the longest reading winning.
type dateParser struct {
	s    string
	toks []token
	// cls holds each word's classes (cDigit, cMonth, ...), so that each
	// form is tried only where it can start.
	cls []uint16
	// glued marks the words cut from the end of another ("February" of
	// "SPDFebruary").
	glued []bool
}

const (
	cDigit uint16 = 1 << iota
	cMonth
	cWeekday
	cSeason
	cQual // early, mid, late, the, end, start, beginning, middle
	cRange
	cCue
	cNumber  // a number word: "three", "a"
	cDurQual // a duration qualifier's first word: "nearly", "more"
	cIn      // "in" ("in its fourth year")
	cOrdinal // the first word of a day written as a word ("twentieth")
	cNextDay // the first word of a phrase of the next day ("the next day")
	cQuarter // the first word of a quarter or half of a year ("third", "Q3")
)

// newDateParser classifies a block's words once for the date and
// duration grammars.
func newDateParser(s string, toks []token) *dateParser {
	p := &dateParser{s: s}
	p.toks, p.glued = unglue(s, toks)
	toks = p.toks
	p.cls = make([]uint16, len(toks))
	for i, t := range toks {
		if c := t.key[0]; c >= '0' && c <= '9' {
			p.cls[i] = cDigit
		} else {
			p.cls[i] = wordClass[t.key]
			if p.cls[i] == 0 && len(t.key) > 8 {
				if _, ok := germanNumber(t.key); ok {
					p.cls[i] = cNumber // "sechsunddreißig", "fünfeinhalb"
				}
			}
		}
	}
	return p
}

var wordClass = func() map[string]uint16 {
	m := map[string]uint16{}
	for k := range numberWords {
		m[k] |= cNumber
	}
	for k := range durationQualifiers {
		m[k] |= cDurQual
	}
	m["in"] |= cIn
	m["half"] |= cNumber // "half a year"
	for k := range nextDayPhrases {
		m[k] |= cNextDay
	}
	for k := range quarterOrdinals {
		m[k] |= cQuarter
	}
	for _, c := range "qths" {
		for n := '1'; n <= '4'; n++ {
			m[string(c)+string(n)] |= cQuarter
		}
	}
	for k := range monthNumbers {
		m[k] |= cMonth
	}
	for k, full := range foreignFull {
		if full {
			m[k] |= cMonth
		}
	}
	for k := range weekdayNames {
		m[k] |= cWeekday
	}
	for k := range seasons {
		m[k] |= cSeason
	}
	for _, w := range strings.Fields("early mid late the end start beginning middle") {
		m[w] |= cQual
	}
	for w := range foreignQualifiers {
		m[w] |= cQual
	}
	for _, byFirst := range ordinals {
		for w := range byFirst {
			m[w] |= cOrdinal
		}
	}
	m["between"] |= cRange
	m["from"] |= cRange
	for _, set := range []map[string]bool{monthCues, yearCues, weekdayCues, seasonCues, foreignMonthCues} {
		for w := range set {
			m[w] |= cCue
		}
	}
	return m
}()

// mayStart is a quick test that word i can begin a date or a cue.
func (p *dateParser) mayStart(i int) bool {
	return p.cls[i]&(cDigit|cMonth|cWeekday|cSeason|cQual|cRange|cCue|cOrdinal|cQuarter) != 0
}

func (p *dateParser) dates() []Date {
	s, toks := p.s, p.toks
	var out []Date
	for i := 0; i < len(toks); {
		if !p.mayStart(i) {
			i++
			continue
		}
		d, end, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		if d.Weekday == "" && d.Day > 0 && d.Form != "range" && d.Form != "iso" {
			end = p.weekdayPredicate(&d, end)
		}
		d.Attributive = d.eventYear || p.attributive(d.at, end) || d.Form == "year" && p.ofYear(d.at)
		d.Glued = p.glued != nil && p.glued[d.at]
		d.Preposition = p.preposition(d.at)
		if d.wdEnd > 0 {
			d.wdAt, d.wdEnd = toks[d.wdAt].start, toks[d.wdEnd-1].end
		}
		d.at, d.end = toks[d.at].start, toks[end-1].end
		if d.bracketed {
			d.end += strings.IndexByte(s[d.end:], ')') + 1
		}
		d.Text = s[d.at:d.end]
		if d.Form == "iso" {
			d.end = p.isoTimeEnd(end)
			d.Text = s[d.at:d.end]
		}
		out = append(out, d)
		i = end
	}
	return out
}

// ofYear: the year at word at follows a noun and "of" ("the crisis of
// 2008", "la crise de 2008", "die Krise von 2008", "la crisis de 2008"):
// it dates that thing, as "the 2008 crisis" does, not the sentence. A word
// of time before it ("the end of 2024", "fin de 2024") keeps it the
// sentence's.
func (p *dateParser) ofYear(at int) bool {
	if at < 2 || !ofWords[p.key(at-1)] || !isBlank(p.gap(at)) || !isBlank(p.gap(at-1)) {
		return false
	}
	w := p.toks[at-2]
	if w.acronym || stopwords[w.key] != 0 || ofTimeWords[w.key] || calendarWords[w.key] || !isWordOnly(w.key) {
		return false
	}
	// Nouns are written in lower case, but in German.
	return !w.upper || p.key(at-1) == "von"
}

// isWordOnly: w is letters, in any script.
func isWordOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

var ofWords = map[string]bool{"of": true, "de": true, "del": true, "von": true}

// ofTimeWords name a part of a year: "the end of 2024", "le début de
// 2025", "Ende von 2024", "finales de 2024".
var ofTimeWords = map[string]bool{
	"end": true, "beginning": true, "start": true, "middle": true, "half": true, "quarter": true, "part": true,
	"rest": true, "course": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"year": true, "months": true, "month": true, "weeks": true,
	"fin": true, "début": true, "milieu": true, "moitié": true, "trimestre": true, "semestre": true, "reste": true,
	"courant": true, "printemps": true, "été": true, "automne": true, "hiver": true, "mois": true, "année": true,
	"ende": true, "anfang": true, "mitte": true, "hälfte": true, "quartal": true, "frühjahr": true, "sommer": true,
	"herbst": true, "jahr": true, "jahres": true,
	"finales": true, "principios": true, "mediados": true, "comienzos": true, "inicios": true, "inicio": true,
	"final": true, "mitad": true, "resto": true, "primavera": true, "verano": true, "otoño": true, "invierno": true,
	"mes": true, "año": true,
}

// determiners before a date that make it modify the noun after it.
var determiners = dateGrammar["determiners"]

// attributive: the date at words [from, end) stands between a determiner
// or possessive and a lower-case word: "Russia's February 2022 invasion".
func (p *dateParser) attributive(from, end int) bool {
	if p.placeName(from) {
		return true
	}
	if from == 0 || end >= len(p.toks) || !determiners[p.key(from-1)] || !isBlank(p.gap(end)) {
		return false
	}
	if p.key(from-1) == "s" && gapClass(p.gap(from-1)) != gapApos {
		return false
	}
	next := p.toks[end]
	return !next.upper && isLetters(next.key)
}

// placeName: the date starting at word from names a place ("Jardin du 13
// novembre 2015", "Plaza 25 de Mayo", "Straße des 17. Juni"): a place
// noun with a capital, then perhaps "du", "de", "des", "del".
func (p *dateParser) placeName(from int) bool {
	k := from - 1
	if k >= 1 && placeJoins[p.key(k)] && isBlank(p.gap(k)) {
		k--
	}
	return k >= 0 && p.toks[k].upper && placeNouns[p.key(k)] && isBlank(p.gap(k+1))
}

var (
	placeNouns = dateGrammar["place_nouns"]
	placeJoins = dateGrammar["place_joins"]
)

// at parses a date starting at word i. The returned Date's at holds the
// index of its first word; end is the word after its last.
func (p *dateParser) at(i int) (Date, int, bool) {
	if d, end, ok := p.structured(i); ok {
		return d, end, true
	}
	if p.cls[i]&(cCue|cWeekday) == 0 {
		return Date{}, 0, false
	}
	if d, end, ok := p.weekdayAndDay(i); ok {
		return d, end, true
	}
	if wd, ok := p.foreignWeekday(i); ok {
		if n, ok := p.dayWithoutMonth(i + 1); ok {
			// "ce lundi 14", "el lunes 14": the month is the article's
			// or one beside it (resolveDates).
			return Date{Form: "weekday", Weekday: wd, Day: n, at: i, wdWord: p.foreignWord(i)}, i + 2, true
		}
		return Date{Form: "weekday", Weekday: wd, at: i}, i + 1, true
	}
	// A cue word ("in", "since", "on") starts a date only when what
	// follows is not a fuller date on its own ("in mid-August 2025").
	if i+1 < len(p.toks) && p.mayStart(i+1) {
		if _, _, ok := p.structured(i + 1); ok {
			return Date{}, 0, false
		}
	}
	return p.cued(i)
}

// structured tries the forms that need no cue word; the longest wins.
func (p *dateParser) structured(i int) (Date, int, bool) {
	var best Date
	bestEnd := -1
	try := func(d Date, end int, ok bool) {
		if ok && end > bestEnd {
			best, bestEnd = d, end
		}
	}
	c := p.cls[i]
	if c&cDigit != 0 {
		try(p.iso(i))
		try(p.isoMonth(i))
		try(p.numeric(i))
		try(p.dmy(i))
		try(p.dmyForeign(i))
		try(p.dmyJoined(i))
		try(p.bareYear(i))
	}
	if c&cOrdinal != 0 {
		try(p.dmySpelled(i))
		try(p.dmyForeign(i))
	}
	if c&cWeekday != 0 {
		try(p.withWeekday(i))
	}
	if c&cMonth != 0 {
		try(p.mdy(i))
	}
	if c&(cMonth|cQual|cRange) != 0 {
		try(p.monthYear(i))
	}
	if c&cMonth != 0 {
		try(p.monthYearForeign(i))
	}
	if c&(cSeason|cQual) != 0 {
		try(p.season(i, true))
	}
	if c&cQual != 0 {
		try(p.qualified(i))
	}
	if c&cQuarter != 0 {
		try(p.quarter(i))
	}
	return best, bestEnd, bestEnd > 0
}

// Word tests.

func (p *dateParser) key(k int) string {
	if k < 0 || k >= len(p.toks) {
		return ""
	}
	return p.toks[k].key
}

// gap is the text between word k-1 and word k.
func (p *dateParser) gap(k int) string {
	if k <= 0 || k >= len(p.toks) {
		return ""
	}
	return p.s[p.toks[k-1].end:p.toks[k].start]
}

func isBlank(g string) bool {
	if g == "" {
		return false
	}
	for _, r := range g {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// spaced: the gap is white space, optionally after a comma ("18 March,
// 2025") when comma is true.
func spaced(g string, comma bool) bool {
	if comma {
		g = strings.Replace(g, ",", "", 1)
		if g == "" {
			return true
		}
	}
	return isBlank(g)
}

// month reads a capitalised month name or abbreviation at k ("Aug." with
// its dot); next is the word after it.
func (p *dateParser) month(k int) (int, bool) {
	if k >= len(p.toks) || !p.toks[k].upper {
		return 0, false
	}
	m, ok := monthNumbers[p.toks[k].key]
	if !ok {
		return 0, false
	}
	if len(p.toks[k].key) <= 4 && p.toks[k].key != "june" && p.toks[k].key != "july" && p.toks[k].key != "may" {
		// An abbreviation may carry a dot; a full name may not. After a
		// day a fixture list's mark may follow it: "Mon 9 Mar: Liverpool
		// v Everton", "9 Mar – Final".
		g := p.gap(k + 1)
		dayBefore := k > 0 && p.cls[k-1]&cDigit != 0 && isBlank(p.gap(k))
		listMark := strings.HasPrefix(g, ":") || strings.HasPrefix(g, "|") || strings.HasPrefix(g, " –") || strings.HasPrefix(g, " -") || strings.HasPrefix(g, " —")
		if k+1 < len(p.toks) && !(isBlank(g) || strings.HasPrefix(g, ".") || strings.HasPrefix(g, ",") || dayBefore && listMark) {
			return 0, false
		}
	}
	return m, true
}

// afterMonth is the gap after a month word, without an abbreviation's dot.
func (p *dateParser) afterMonth(k int) string {
	return strings.TrimPrefix(p.gap(k+1), ".")
}

func (p *dateParser) weekday(k int) (string, bool) {
	if k >= len(p.toks) {
		return "", false
	}
	t := p.toks[k]
	w, ok := weekdayNames[t.key]
	switch {
	case !ok:
		return "", false
	case weekdayLang[t.key] == "en":
		if !t.upper || len(t.key) < 6 && !strings.HasPrefix(p.gap(k+1), ".") {
			return "", false // "Sun", "Wed" without a dot are not weekdays
		}
	case weekdayLang[t.key] == "es" && t.upper && utf8.RuneCountInString(t.key) > 3:
		return "", false // "Domingo" is a name
	case utf8.RuneCountInString(t.key) <= 3 && !strings.HasPrefix(p.gap(k+1), "."):
		return "", false // "mer.", "Sa.", "sáb." only with the full stop
	}
	return w, true
}

// foreignWord is the word at k as written when it is a French, German or
// Spanish weekday, else "".
func (p *dateParser) foreignWord(k int) string {
	t := p.toks[k]
	if l := weekdayLang[t.key]; l == "" || l == "en" {
		return ""
	}
	return p.s[t.start:t.end]
}

// localWeekday names weekday (English) in the language and case of the
// weekday written as w, "" when w already names it.
func localWeekday(w, weekday string) string {
	key := strings.ToLower(w)
	if weekdayNames[key] == weekday {
		return ""
	}
	name := weekdayIn[weekdayLang[key]][weekday]
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		first, n := utf8.DecodeRuneInString(name)
		name = string(unicode.ToUpper(first)) + name[n:]
	}
	return name
}

// foreignWeekday: a French, German or Spanish weekday at k, which needs
// no cue ("a annoncé lundi", "sagte Montag"). A capital French one must
// open its clause: "Mardi Gras" in English is a festival.
func (p *dateParser) foreignWeekday(k int) (string, bool) {
	wd, ok := p.weekday(k)
	switch l := weekdayLang[p.toks[k].key]; {
	case !ok || l == "en":
		return "", false
	case l == "fr" && p.toks[k].upper && !p.opensClause(k):
		return "", false
	}
	return wd, true
}

// dayWithoutMonth reads a day number right after a French or Spanish
// weekday that no month follows ("lundi 14 à Paris", "el lunes 14,"): the
// number ends its clause or a preposition follows, where a count would
// have its noun ("lunes 14 personas").
func (p *dateParser) dayWithoutMonth(k int) (int, bool) {
	if k >= len(p.toks) || !isBlank(p.gap(k)) || len(p.toks[k].key) > 2 {
		return 0, false
	}
	n, ok := p.day(k)
	if !ok {
		return 0, false
	}
	if k+1 < len(p.toks) && isBlank(p.gap(k+1)) && !afterBareDay[p.key(k+1)] {
		return 0, false
	}
	if k+1 < len(p.toks) && strings.TrimSpace(p.gap(k+1)) != "" && !strings.ContainsAny(p.gap(k+1), ",.;)") {
		return 0, false // "lundi 14h", "lunes 14:30", "14/06"
	}
	if g := p.gap(k + 1); k+1 < len(p.toks) && (g == "," || g == ".") && isDigits(p.key(k+1)) {
		return 0, false // "vendredi 1,2 million", "el viernes 1.500 personas"
	}
	if strings.Contains(p.gap(k), "\n") {
		return 0, false
	}
	return n, true
}

// weekdayAndDay reads a weekday at word k and a day without a month after
// it ("Tuesday the 17th", "Dienstag, den 17.", "miércoles, día 18"): the
// month is the article's or one beside it, as for "ce lundi 14". Not
// "Friday the 13th", a day of bad luck.
func (p *dateParser) weekdayAndDay(k int) (Date, int, bool) {
	wd, ok := p.weekday(k)
	if !ok {
		return Date{}, 0, false
	}
	n, end, ok := p.dayAfterWeekday(k + 1)
	if !ok || wd == "Friday" && n == 13 {
		return Date{}, 0, false
	}
	return Date{Form: "weekday", Weekday: wd, Day: n, at: k, wdWord: p.foreignWord(k)}, end, true
}

// dayAfterWeekday reads a day without a month after a weekday and the
// word that introduces it: English "the 17th", German ", den 17.",
// Spanish ", día 18"; it returns the day and the word after it.
func (p *dateParser) dayAfterWeekday(k int) (int, int, bool) {
	intro, g := p.key(k), strings.TrimSpace(p.gap(k))
	switch {
	case intro == "the" && isBlank(p.gap(k)):
	case intro == "den" && g == ",", intro == "día" && (g == "," || isBlank(p.gap(k))):
	default:
		return 0, 0, false
	}
	if !isBlank(p.gap(k + 1)) {
		return 0, 0, false
	}
	n, ok := p.day(k + 1)
	if !ok || intro == "the" && isDigits(p.key(k+1)) {
		return 0, 0, false // "the 17th", not "the 17 …"
	}
	end := k + 2
	if end < len(p.toks) {
		next := p.gap(end)
		if _, month := monthNumbers[p.key(end)]; month && isBlank(strings.TrimPrefix(next, ".")) || p.key(end) == "of" || p.key(end) == "de" {
			return 0, 0, false // a month follows: the full date's reader takes it
		}
		if intro == "den" && !strings.HasPrefix(next, ".") {
			return 0, 0, false
		}
	}
	return n, end, true
}

// afterBareDay are the words that may follow "lundi 14" with no month:
// prepositions and conjunctions.
var afterBareDay = map[string]bool{
	"à": true, "a": true, "au": true, "en": true, "dans": true, "pour": true, "par": true, "lors": true, "et": true, "avec": true, "après": true, "devant": true, "sur": true,
	"al": true, "por": true, "para": true, "con": true, "y": true, "tras": true, "ante": true, "durante": true, "desde": true, "sobre": true,
}

// day reads 1–31 with an optional ordinal suffix ("15", "15th").
func (p *dateParser) day(k int) (int, bool) {
	if k >= len(p.toks) {
		return 0, false
	}
	w := p.toks[k].key
	n := 0
	i := 0
	for i < len(w) && i < 3 && w[i] >= '0' && w[i] <= '9' {
		n = n*10 + int(w[i]-'0')
		i++
	}
	if i == 0 || i > 2 || n < 1 || n > 31 {
		return 0, false
	}
	switch w[i:] {
	case "", "st", "nd", "rd", "th":
		return n, true
	case "er", "º": // "1er mars", "1º de mayo"
		return n, n == 1
	}
	return 0, false
}

// digits reads a word of exactly n digits (n = 0: any length).
func (p *dateParser) digits(k, n int) (int, bool) {
	if k >= len(p.toks) {
		return 0, false
	}
	w := p.toks[k].key
	if w == "" || n > 0 && len(w) != n {
		return 0, false
	}
	v := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		v = v*10 + int(w[i]-'0')
	}
	return v, true
}

// year reads 1800–2099 at k.
func (p *dateParser) year(k int) (int, bool) {
	y, ok := p.digits(k, 4)
	return y, ok && y >= 1800 && y <= 2099
}

// yearAfter reads an optional year after word k ("18 March, 2025"); it
// returns the year (0 for none) and the word after the date.
func (p *dateParser) yearAfter(k int) (int, int) {
	if y, ok := p.year(k + 1); ok && spaced(p.afterMonthOr(k), true) {
		return y, k + 2
	}
	return 0, k + 1
}

// afterMonthOr is the gap after word k, dropping a month abbreviation's dot.
func (p *dateParser) afterMonthOr(k int) string {
	if _, ok := monthNumbers[p.key(k)]; ok {
		return p.afterMonth(k)
	}
	return p.gap(k + 1)
}

// skipOf steps over an "of" at k ("18th of March", "summer of 2024").
func (p *dateParser) skipOf(k int) int {
	if p.key(k) == "of" && isBlank(p.gap(k+1)) {
		return k + 1
	}
	return k
}

// rangeTo reads a range connector after word k ("–", "-", "to", "and",
// "until", "through"); it returns the word the range's far end starts at.
func (p *dateParser) rangeTo(k int) (int, bool) {
	g := strings.TrimSpace(p.afterMonthOr(k))
	switch g {
	case "-", "–", "—":
		return k + 1, k+1 < len(p.toks)
	case "":
		switch p.key(k + 1) {
		case "to", "and", "until", "through", "till":
			if isBlank(p.gap(k+2)) && k+2 < len(p.toks) {
				return k + 2, true
			}
		}
	}
	return 0, false
}

// dayRangeForeign: two days of one month, in French, German or Spanish
// ("4 et 5 mars", "du 4 au 5 mars", "4. und 5. März", "4.–5. März", "4 y
// 5 de marzo", "del 4 al 5 de marzo"): a range.
func (p *dateParser) dayRangeForeign(i int) (Date, int, bool) {
	dd, ok := p.day(i)
	if !ok {
		return Date{}, 0, false
	}
	g := strings.TrimPrefix(p.gap(i+1), ".")
	k2 := -1
	switch t := strings.TrimSpace(g); {
	case t == "-" || t == "–" || t == "/":
		k2 = i + 1 // "4.–5. März", "7./8. März"
	case t == "" && foreignDayRangeTo[p.key(i+1)] && isBlank(p.gap(i+2)):
		k2 = i + 2
	}
	if k2 < 0 || k2 >= len(p.toks) {
		return Date{}, 0, false
	}
	d2, ok := p.day(k2)
	if !ok || d2 <= dd {
		return Date{}, 0, false
	}
	last, end, ok := p.dmyForeign(k2)
	if !ok || last.Day != d2 || last.Form == "range" {
		return Date{}, 0, false
	}
	last.Form, last.Day, last.EndDay, last.EndMonth, last.EndYear, last.at = "range", dd, d2, last.Month, last.Year, i
	return last, end, true
}

// foreignDayRangeTo join two days of a French, German or Spanish range.
var foreignDayRangeTo = map[string]bool{"et": true, "au": true, "und": true, "bis": true, "y": true, "al": true, "a": true}

// yearSpanTo reads what joins a year at k to the year that ends a span
// of years after cue: a range connector, or a French, German or Spanish
// word ("de 2015 à 2020", "zwischen 2005 und 2021").
func (p *dateParser) yearSpanTo(k int, cue string) (int, bool) {
	if k2, ok := p.rangeTo(k); ok {
		return k2, true
	}
	w := p.key(k + 1)
	if (yearSpanTo[w] || yearSpanAnd[w] && betweenCues[cue]) && isBlank(p.gap(k+1)) && isBlank(p.gap(k+2)) && k+2 < len(p.toks) {
		return k + 2, true
	}
	return 0, false
}

var (
	yearSpanTo  = dateGrammar["year_span_to"]
	yearSpanAnd = dateGrammar["year_span_and"]
	betweenCues = dateGrammar["between_cues"]
)

// Grammar.

// isoMonth: 2025-03 after a date label ("date 2025-03", "Updated:
// 2025-03"), where nothing else reads as a year and a month; elsewhere it
// may be a code or a span of years.
func (p *dateParser) isoMonth(i int) (Date, int, bool) {
	y, ok1 := p.digits(i, 4)
	m, ok2 := p.digits(i+1, 2)
	if !ok1 || !ok2 || p.gap(i+1) != "-" || m < 1 || m > 12 || y < 1900 || y > 2099 {
		return Date{}, 0, false
	}
	if i+2 < len(p.toks) && strings.TrimSpace(p.gap(i+2)) != "" && !strings.ContainsAny(p.gap(i+2), " \t\n") {
		return Date{}, 0, false // "2025-03-18", "2025-03/04"
	}
	if !dateLabelWords[p.key(i-1)] || strings.ContainsFunc(p.gap(i), isWordRune) {
		return Date{}, 0, false
	}
	return Date{Form: "month_year", Year: y, Month: m, at: i}, i + 2, true
}

// iso: 2025-03-18, with an optional time (the time is not parsed).
func (p *dateParser) iso(i int) (Date, int, bool) {
	y, ok1 := p.digits(i, 4)
	m, ok2 := p.digits(i+1, 2)
	if !ok1 || !ok2 || p.gap(i+1) != "-" || p.gap(i+2) != "-" || i+2 >= len(p.toks) {
		return Date{}, 0, false
	}
	w := p.toks[i+2].key
	if len(w) < 2 || w[0] < '0' || w[0] > '9' || w[1] < '0' || w[1] > '9' || len(w) > 2 && w[2] != 't' {
		return Date{}, 0, false
	}
	d := int(w[0]-'0')*10 + int(w[1]-'0')
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, 0, false // "2025-10-70" is a code, not a date
	}
	return Date{Form: "iso", Year: y, Month: m, Day: d, at: i}, i + 3, true
}

// isoTimeEnd extends an ISO date over its time ("T10:00:00Z",
// "T10:00+02:00"): words joined by ':', '.', '+' or '-'.
func (p *dateParser) isoTimeEnd(end int) int {
	last := p.toks[end-1]
	if !strings.Contains(last.key, "t") {
		return last.end
	}
	k := end
	for k < len(p.toks) {
		g := p.gap(k)
		if g != ":" && g != "." && g != "+" && g != "-" {
			break
		}
		if _, ok := p.digits(k, 0); !ok && p.toks[k].key != "00z" && !strings.HasSuffix(p.toks[k].key, "z") {
			break
		}
		k++
	}
	return p.toks[k-1].end
}

// numeric: 18/03/2025, 03.18.2025, 18-03-2025, 2025/03/18.
func (p *dateParser) numeric(i int) (Date, int, bool) {
	if y, ok := p.year(i); ok {
		m, ok1 := p.digits(i+1, 0)
		dd, ok2 := p.digits(i+2, 0)
		if ok1 && ok2 && p.gap(i+1) == "/" && p.gap(i+2) == "/" && m >= 1 && m <= 12 && dd >= 1 && dd <= 31 {
			return Date{Form: "numeric", Year: y, Month: m, Day: dd, at: i, sep: '/'}, i + 3, true
		}
		return Date{}, 0, false
	}
	a, ok1 := p.digits(i, 0)
	b, ok2 := p.digits(i+1, 0)
	y, ok3 := p.year(i + 2)
	sep := p.gap(i + 1)
	if !ok3 && sep == "." {
		y, ok3 = p.shortYearStamp(i + 2)
	}
	if !ok1 || !ok2 || !ok3 || len(p.key(i)) > 2 || len(p.key(i+1)) > 2 || (sep != "/" && sep != "." && sep != "-") || p.gap(i+2) != sep || y < 1900 {
		return Date{}, 0, false
	}
	d := Date{Form: "numeric", Year: y, at: i, sep: sep[0]}
	// Slashes read month first (US), dots and dashes day first (Europe);
	// when both could be a month the reading is ambiguous.
	if sep == "/" {
		d.Month, d.Day = a, b
	} else {
		d.Day, d.Month = a, b
	}
	if d.Month > 12 && d.Day <= 12 {
		d.Month, d.Day = d.Day, d.Month
	}
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return Date{}, 0, false
	}
	d.Ambiguous = a <= 12 && b <= 12 && a != b
	switch {
	case a > 12:
		d.written = 1
	case b > 12:
		d.written = -1
	}
	return d, i + 3, true
}

// dayMonthDots: a day and month with their dots and no year, as German
// writes them after a weekday ("am Sonntag, 21.9., um 15.30 Uhr",
// "Freitag, 13.06."). Only after a weekday: alone, "21.9." may be a
// score or a section number.
func (p *dateParser) dayMonthDots(i int) (Date, int, bool) {
	dd, ok1 := p.digits(i, 0)
	m, ok2 := p.digits(i+1, 0)
	if !ok1 || !ok2 || len(p.key(i)) > 2 || len(p.key(i+1)) > 2 || p.gap(i+1) != "." || !strings.HasPrefix(p.s[p.toks[i+1].end:], ".") {
		return Date{}, 0, false
	}
	if _, ok := p.digits(i+2, 0); ok && p.gap(i+2) == "." {
		return Date{}, 0, false // "21.09.2025": numeric
	}
	if dd < 1 || dd > 31 || m < 1 || m > 12 {
		return Date{}, 0, false
	}
	return Date{Form: "numeric", Day: dd, Month: m, at: i, sep: '.'}, i + 2, true
}

// shortYearStamp reads a two-digit year at k that a clock follows, as a
// German page stamps a story ("26.06.24 13:34 Uhr", "So 18.12.22 |
// 16:22 Uhr"): without the clock "18.12.22" may be anything.
func (p *dateParser) shortYearStamp(k int) (int, bool) {
	yy, ok := p.digits(k, 0)
	if !ok || len(p.key(k)) != 2 || p.gap(k) != "." || k+2 >= len(p.toks) {
		return 0, false
	}
	if g := strings.TrimSpace(p.gap(k + 1)); g != "" && g != "|" && g != "," && g != "-" {
		return 0, false
	}
	h, ok1 := p.digits(k+1, 0)
	mm, ok2 := p.digits(k+2, 0)
	if !ok1 || !ok2 || len(p.key(k+1)) > 2 || len(p.key(k+2)) != 2 || p.gap(k+2) != ":" || h > 23 || mm > 59 {
		return 0, false
	}
	return 2000 + yy, true
}

// weekdayRangeStart: the weekday at word i ends a range of weekdays,
// after a dash or "to", "au", "bis", "a" ("Mon–Wed", "Friday to Sunday",
// "du vendredi au dimanche", "von Freitag bis Sonntag", "de viernes a
// domingo"); it returns the word of the first.
func (p *dateParser) weekdayRangeStart(i int) (int, bool) {
	j := i - 1
	if g := strings.TrimSpace(strings.TrimPrefix(p.gap(i), ".")); g != "–" && g != "-" {
		if !weekdayRangeTo[p.key(j)] || !isBlank(p.gap(i)) {
			return 0, false
		}
		j--
	}
	if j < 0 {
		return 0, false
	}
	_, ok := weekdayNames[p.key(j)]
	return j, ok
}

var weekdayRangeTo = map[string]bool{"to": true, "through": true, "until": true, "into": true, "au": true, "bis": true, "auf": true, "a": true, "al": true}

// withWeekday: "Wednesday, 18 March 2025", "Friday, Aug. 15", "Tuesday the
// 18th of March".
func (p *dateParser) withWeekday(i int) (Date, int, bool) {
	wd, ok := p.weekday(i)
	if !ok && p.toks[i].upper && weekdayLang[p.toks[i].key] == "es" && (i == 0 || !p.toks[i-1].upper || p.key(i-1) == "el") {
		// "Viernes 18 de marzo", "El Jueves 18 de marzo": with its date
		// after it and no name before it ("Plácido Domingo"), a
		// capitalised Spanish weekday is no name.
		wd, ok = weekdayNames[p.toks[i].key], true
	}
	if !ok && p.toks[i].upper && weekdayLang[p.toks[i].key] == "en" && (isBlank(p.gap(i+1)) || strings.TrimSpace(p.gap(i+1)) == ",") && (i == 0 || !determiners[p.key(i-1)]) {
		// "Wed 7 Oct 2025", "Tue, 07 Oct 2025 09:14 GMT": an abbreviation
		// without its dot, as stamps write it, right before a date; not
		// a name ("The Sun 7 October edition").
		wd, ok = weekdayNames[p.toks[i].key], true
	}
	if !ok {
		return Date{}, 0, false
	}
	at := i
	if first, ok := p.weekdayRangeStart(i); ok {
		// "Mon–Wed, Mar 3–5", "Friday to Sunday, June 13-15": the first
		// of a range of weekdays is the first day's, not the last.
		at, wd = first, weekdayNames[p.key(first)]
	}
	// "on Tuesday (March 5)", "am Dienstag (5. März)": the date in
	// brackets names the weekday's day.
	bracketed := strings.TrimSpace(strings.TrimPrefix(p.gap(i+1), ".")) == "("
	if !bracketed && !spaced(strings.TrimPrefix(p.gap(i+1), "."), true) || strings.Contains(p.gap(i+1), "\n") {
		// A weekday ending a line is not the date line's under it
		// ("… trains Monday⏎June 14, 2025").
		return Date{}, 0, false
	}
	k := i + 1
	if dayParts[p.key(k)] && !bracketed && k+1 < len(p.toks) && spaced(p.gap(k+1), true) {
		k++ // "Wednesday morning, Oct. 7", "lundi soir 7 octobre"
	}
	// "Monday is January 20": a copula may stand between a weekday that
	// opens its clause and the date.
	if isBlank(p.gap(k)) && len(p.key(i)) >= 6 && p.opensClause(i) {
		for _, v := range weekdayVerbs {
			if v.kind == "copula" && p.phraseAt(k, v.words) && isBlank(p.gap(k+len(v.words))) {
				k += len(v.words)
				break
			}
		}
	}
	if weekdayArticles[p.key(k)] && isBlank(p.gap(k+1)) {
		k++ // "Friday the 13th", "Donnerstag, den 19. Dezember"
	}
	var best Date
	bestEnd := 0
	for _, f := range []func(int) (Date, int, bool){p.dmy, p.mdy, p.dmySpelled, p.dmyForeign, p.iso, p.numeric, p.dayMonthDots} {
		if d, end, ok := f(k); ok && end > bestEnd {
			best, bestEnd = d, end
		}
	}
	if bestEnd == 0 {
		return Date{}, 0, false
	}
	if rest := strings.TrimLeft(p.s[p.toks[bestEnd-1].end:], "."); bracketed && (!strings.HasPrefix(rest, ")") || bestEnd == len(p.toks) && strings.TrimSpace(rest[1:]) == "") {
		// Unclosed, or closing a line with nothing after it: a headline's
		// stamp ("Macron attendu samedi (14/02/2024)"), not the weekday's
		// day, which a sentence's mark follows ("on Wednesday (Oct 7).").
		return Date{}, 0, false
	}
	j := i - 1
	if k := p.key(j); (k == "el" || k == "le" || k == "the") && isBlank(p.gap(i)) {
		j-- // "el martes y el miércoles"
	}
	if best.Form == "range" && at == i && j >= 1 && andWords[p.key(j)] && isBlank(p.gap(j+1)) && isBlank(p.gap(j)) {
		if first, ok := weekdayNames[p.key(j-1)]; ok {
			// "Tuesday and Wednesday, March 4–5": the first weekday is
			// the first day's.
			at, wd = j-1, first
		}
	}
	best.Weekday, best.at, best.bracketed = wd, at, bracketed
	best.wdWord = p.foreignWord(at)
	return best, bestEnd, true
}

// dayParts may stand between a weekday and its date.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true,
	"matin": true, "soir": true, "mañana": true, "tarde": true, "noche": true}

// weekdayArticles may stand between a weekday and its date.
var weekdayArticles = map[string]bool{"the": true, "den": true, "dem": true}

// dmy: "18 March 2025", "18th of March", "15–17 August 2025", "between 15
// and 17 August", "15 December 2024 – 3 January 2025".
func (p *dateParser) dmy(i int) (Date, int, bool) {
	dd, ok := p.day(i)
	if !ok {
		return Date{}, 0, false
	}
	if k2, ok := p.rangeTo(i); ok {
		d2, ok2 := p.day(k2)
		if m, ok3 := p.month(k2 + 1); ok2 && ok3 && isBlank(p.gap(k2+1)) && d2 > dd {
			y, end := p.yearAfter(k2 + 1)
			return Date{Form: "range", Day: dd, Month: m, Year: y, EndDay: d2, EndMonth: m, EndYear: y, at: i}, end, true
		}
	}
	k := i + 1
	if !isBlank(p.gap(k)) {
		return Date{}, 0, false
	}
	k = p.skipOf(k)
	m, ok := p.month(k)
	if !ok {
		return Date{}, 0, false
	}
	y, end := p.yearAfter(k)
	if k2, ok := p.rangeTo(end - 1); ok {
		if d2, ok := p.day(k2); ok && isBlank(p.gap(k2+1)) {
			if m2, ok := p.month(k2 + 1); ok {
				y2, end2 := p.yearAfter(k2 + 1)
				if y == 0 || y2 != 0 {
					return Date{Form: "range", Day: dd, Month: m, Year: y, EndDay: d2, EndMonth: m2, EndYear: y2, at: i}, end2, true
				}
			}
		}
	}
	return Date{Form: "dmy", Day: dd, Month: m, Year: y, at: i}, end, true
}

// mdy: "March 18, 2025", "Aug. 15", "DECEMBER 24, 2025", "August 15–17,
// 2025", "August 30 – September 2, 2025".
func (p *dateParser) mdy(i int) (Date, int, bool) {
	m, ok := p.month(i)
	if !ok {
		return p.mdyForeign(i)
	}
	if !isBlank(p.afterMonth(i)) {
		return Date{}, 0, false
	}
	dd, ok := p.day(i + 1)
	if !ok {
		return p.mdySpelled(i, m)
	}
	if k2, ok := p.rangeTo(i + 1); ok {
		if d2, ok := p.day(k2); ok && d2 > dd {
			y, end := p.yearAfter(k2)
			return Date{Form: "range", Day: dd, Month: m, Year: y, EndDay: d2, EndMonth: m, EndYear: y, at: i}, end, true
		}
		if m2, ok := p.month(k2); ok && isBlank(p.afterMonth(k2)) {
			if d2, ok := p.day(k2 + 1); ok {
				y, end := p.yearAfter(k2 + 1)
				return Date{Form: "range", Day: dd, Month: m, Year: y, EndDay: d2, EndMonth: m2, EndYear: y, at: i}, end, true
			}
		}
	}
	y, end := p.yearAfter(i + 1)
	if y == 0 {
		y, end = p.clockYear(i+2, end)
	}
	return Date{Form: "mdy", Day: dd, Month: m, Year: y, at: i}, end, true
}

// mdyForeign: a French, German or Spanish month written first, as some
// Spanish-language sites stamp their stories ("Noviembre 14, 2025",
// "Publicado: septiembre 20, 2025"): a full name, a day, a comma and the
// year, which prose does not write.
func (p *dateParser) mdyForeign(i int) (Date, int, bool) {
	name := p.key(i)
	m, ok := foreignMonths[name]
	if !ok || !foreignFull[name] || !isBlank(p.gap(i+1)) {
		return Date{}, 0, false
	}
	if !p.toks[i].upper && i > 0 && weekdayNames[p.key(i-1)] != "" {
		// "lunes, diciembre 22, 2025": a theme's bar of today's date, in
		// its English order; a story's stamp has no weekday.
		return Date{}, 0, false
	}
	dd, ok := p.day(i + 1)
	if !ok || strings.TrimSpace(p.gap(i+2)) != "," {
		return Date{}, 0, false
	}
	y, ok := p.year(i + 2)
	if !ok {
		return Date{}, 0, false
	}
	return Date{Form: "mdy", Day: dd, Month: m, Year: y, at: i}, i + 3, true
}

// clockYear reads a clock time, an optional time zone and a year from word
// k, as a machine stamp writes them after the day ("May 22 16:40:00 UTC
// 2025"); it returns the year and the word after it, else 0 and end.
func (p *dateParser) clockYear(k, end int) (int, int) {
	if _, ok := p.digits(k, 2); !ok || p.gap(k) == "" || !isBlank(p.gap(k)) || p.gap(k+1) != ":" {
		return 0, end
	}
	k++
	for p.gap(k) == ":" {
		if _, ok := p.digits(k, 2); !ok {
			return 0, end
		}
		k++
	}
	if k < len(p.toks) && stampWords[p.key(k)] == "zone" && isBlank(p.gap(k)) {
		if w := p.s[p.toks[k].start:p.toks[k].end]; strings.ToUpper(w) == w {
			k++
		}
	}
	if y, ok := p.year(k); ok && isBlank(p.gap(k)) {
		return y, k + 1
	}
	return 0, end
}

// dmyForeign: "13 janvier 2025", "le 2 mars", "1er mars 2025", "3. März
// 2025", "5 de enero de 2025". French, German and Spanish write the day
// first; their month names are read only after a day, in either case. An
// abbreviation needs its dot or a year; the German "3." needs a German
// month, and a year when the name is also English ("3. April 2025").
func (p *dateParser) dmyForeign(i int) (Date, int, bool) {
	if d, end, ok := p.dayRangeForeign(i); ok {
		return d, end, true
	}
	k := i + 1
	dd, ok := p.day(i)
	spelled := false
	for _, lang := range []string{"fr", "es"} {
		if !ok {
			dd, k, ok = p.ordinalAt(i, lang)
			spelled = ok
		}
	}
	if !ok {
		return Date{}, 0, false
	}
	g := p.gap(k)
	german := false
	switch {
	case isBlank(g):
	case !spelled && strings.HasPrefix(g, ".") && isBlank(g[1:]):
		german = true
	default:
		return Date{}, 0, false
	}
	spanish := false
	if !german && p.key(k) == "de" && isBlank(p.gap(k+1)) {
		spanish, k = true, k+1
	}
	name := p.key(k)
	m, ok := foreignMonths[name]
	if !ok && name == "ago" && !german && isBlank(p.gap(k+1)) {
		// "10 ago 2025": Spanish's agosto, shortened, with its year
		// after it; without one, "5 ago" is English.
		if _, year := p.year(k + 1); year {
			m, ok = 8, true
		}
	}
	if !ok {
		if m, ok = monthNumbers[name]; !ok || !spanish && !german {
			return Date{}, 0, false
		}
	}
	if german {
		if _, ok := germanMonths[name]; !ok {
			return Date{}, 0, false
		}
	}
	end := k + 1
	y := 0
	after := k + 1
	ag := strings.TrimPrefix(p.gap(k+1), ".")
	if (p.key(after) == "de" || p.key(after) == "del") && isBlank(ag) && isBlank(p.gap(after+1)) {
		after++
		ag = " "
	}
	if yy, ok := p.year(after); ok && spaced(ag, true) {
		y, end = yy, after+1
	}
	if y == 0 {
		_, english := monthNumbers[name]
		abbreviated := !foreignFull[name] && !strings.HasPrefix(p.gap(k+1), ".")
		if abbreviated || german && english && !germanDayCues[p.key(i-1)] && !p.afterWeekday(i) {
			return Date{}, 0, false
		}
	}
	return Date{Form: "dmy", Day: dd, Month: m, Year: y, at: i}, end, true
}

// afterWeekday: a weekday stands right before word i, or before the
// bracket it opens ("Mittwoch (29. April)").
func (p *dateParser) afterWeekday(i int) bool {
	if i == 0 {
		return false
	}
	_, en := p.weekday(i - 1)
	_, de := p.foreignWeekday(i - 1)
	return en || de
}

// germanDayCues are the words before a German day ("am 6. November",
// "bis zum 6. November") that make "6. November" a date without its year.
var germanDayCues = map[string]bool{"am": true, "vom": true, "zum": true, "seit": true, "ab": true, "bis": true, "den": true, "dem": true}

// mdySpelled: "January twentieth", "January twenty-third, 2025", "January
// the twentieth", "January the 20th". "May first" is a date only after a
// preposition or before a year ("Applicants May first register" is not).
func (p *dateParser) mdySpelled(i, m int) (Date, int, bool) {
	k := i + 1
	the := p.key(k) == "the" && isBlank(p.gap(k+1))
	if the {
		k++
	}
	dd, next, ok := p.ordinalAt(k, "en")
	if !ok && the {
		if dd, ok = p.day(k); ok {
			next = k + 1
		}
	}
	if !ok {
		return Date{}, 0, false
	}
	y, end := p.yearAfter(next - 1)
	if p.key(i) == "may" && y == 0 && p.preposition(i) == "" {
		return Date{}, 0, false
	}
	return Date{Form: "mdy", Day: dd, Month: m, Year: y, at: i}, end, true
}

// dmySpelled: "the twentieth of January", "the twenty-third of January
// 2025". The day needs its "the": "a third of March's rain" is a fraction.
func (p *dateParser) dmySpelled(i int) (Date, int, bool) {
	if i == 0 || p.key(i-1) != "the" || !isBlank(p.gap(i)) {
		return Date{}, 0, false
	}
	dd, k, ok := p.ordinalAt(i, "en")
	if !ok || p.key(k) != "of" || !isBlank(p.gap(k)) || !isBlank(p.gap(k+1)) {
		return Date{}, 0, false
	}
	m, ok := p.month(k + 1)
	if !ok {
		return Date{}, 0, false
	}
	y, end := p.yearAfter(k + 1)
	// The date's words include its "the".
	return Date{Form: "dmy", Day: dd, Month: m, Year: y, at: i - 1}, end, true
}

// ordinalAt reads a day written as a word of lang at k ("twentieth",
// "twenty-third", "twenty third"); it returns the day and the word after
// it. A word joined on by a hyphen or apostrophe ("first-time",
// "second's") is not a day.
func (p *dateParser) ordinalAt(k int, lang string) (int, int, bool) {
	if k >= len(p.toks) {
		return 0, 0, false
	}
next:
	for _, o := range ordinals[lang][p.key(k)] {
		for j := 1; j < len(o.words); j++ {
			if g := p.gap(k + j); p.key(k+j) != o.words[j] || g != "-" && g != "‑" && g != " " {
				continue next
			}
		}
		end := k + len(o.words)
		if g := p.gap(end); end < len(p.toks) && (strings.HasPrefix(g, "-") || strings.HasPrefix(g, "‑") || gapClass(g) == gapApos) {
			continue
		}
		return o.n, end, true
	}
	return 0, 0, false
}

// phraseAt reports whether the words of phrase stand at k, one space
// apart.
func (p *dateParser) phraseAt(k int, phrase []string) bool {
	for j, w := range phrase {
		if p.key(k+j) != w || j > 0 && !isBlank(p.gap(k+j)) {
			return false
		}
	}
	return true
}

// leadWords are the prepositions a date's Preposition may be.
var leadWords = dateGrammar["lead_words"]

// preposition is the preposition right before word at, or "".
func (p *dateParser) preposition(at int) string {
	if at == 0 || !isBlank(p.gap(at)) {
		return ""
	}
	if w := p.key(at - 2); at >= 2 && leadArticles[p.key(at-1)] && leadWords[w] && (isBlank(p.gap(at-1)) || gapClass(p.gap(at-1)) == gapApos) {
		return w // "auf den 23. Februar", "jusqu'au 5 mars"
	}
	if !leadWords[p.key(at-1)] {
		return ""
	}
	return p.key(at - 1)
}

// frameWords are the prepositions of a time an event with a year frames.
var frameWords = dateGrammar["frame_words"]

// leadArticles stand between a preposition and its date.
var leadArticles = dateGrammar["lead_articles"]

// clauseOpeners are words after which a new clause begins.
var clauseOpeners = dateGrammar["clause_openers"]

// opensClause: word at begins its block, sentence or clause.
func (p *dateParser) opensClause(at int) bool {
	return at == 0 || strings.ContainsAny(p.gap(at), ".,;:!?()—–") || clauseOpeners[p.key(at-1)]
}

// weekdayPredicate reads a weekday that a verb ties to the date ending
// before word end: "January 20 falls on a Monday", "20 January 2025 was a
// Monday", "January 20, a Monday,". It sets d's weekday and, from "in
// 2025" or "this year" right after the weekday, its year; it returns the
// word after what it read (end when nothing).
// appositionArticles open a weekday in apposition after a date: "March
// 5, a Tuesday,", "le 5 mars, un mardi,", "am 5. März, einem Dienstag,".
var appositionArticles = map[string]bool{"a": true, "an": true, "un": true, "ein": true, "einem": true, "einen": true}

func (p *dateParser) weekdayPredicate(d *Date, end int) int {
	k := end
	g := p.gap(k)
	comma := strings.TrimSpace(g) == ","
	if k >= len(p.toks) || !isBlank(g) && !comma {
		return end
	}
	kind := ""
	for _, v := range weekdayVerbs {
		if p.phraseAt(k, v.words) {
			kind, k = v.kind, k+len(v.words)
			break
		}
	}
	article := appositionArticles[p.key(k)] && (kind == "" || isBlank(p.gap(k)))
	if article {
		k++
	}
	switch {
	case kind == "" && !(comma && article):
		return end
	case kind == "copula" && !article && !p.opensClause(d.at):
		// "The deadline of March 3 is Friday" does not say March 3 is.
		return end
	}
	if k >= len(p.toks) || !isBlank(p.gap(k)) {
		return end
	}
	wd, ok := p.weekday(k)
	if !ok || len(p.key(k)) < 6 && weekdayLang[p.key(k)] == "en" || p.key(k+1) == "s" && gapClass(p.gap(k+1)) == gapApos {
		return end
	}
	if kind == "" {
		// An apposition ends where the weekday does: "January 20, a
		// Monday, ...".
		if g := p.gap(k + 1); k+1 < len(p.toks) && !strings.ContainsAny(g, ",.;:)—–") {
			return end
		}
	}
	d.Weekday, d.wdAt, d.wdEnd = wd, k, k+1
	d.wdWord = p.foreignWord(k)
	k++
	if d.Year != 0 || !isBlank(p.gap(k)) || !isBlank(p.gap(k+1)) {
		return k
	}
	switch p.key(k) {
	case "in", "of":
		if y, ok := p.year(k + 1); ok {
			d.Year = y
			return k + 2
		}
	case "this", "next", "last":
		if p.key(k+1) == "year" {
			d.yearRel, d.yearOff = true, map[string]int{"this": 0, "next": 1, "last": -1}[p.key(k)]
			return k + 2
		}
	}
	return k
}

// unglue cuts a capitalised English month name from the end of a word it
// is stuck to, when a day and a year follow ("… outgoing SPDFebruary 24,
// 2025": a headline and its date line run together). glued marks the
// words so cut; both are nil-free copies only when something was cut.
func unglue(s string, toks []token) ([]token, []bool) {
	var out []token
	var glued []bool
	q := &dateParser{s: s, toks: toks}
	for i, t := range toks {
		cut := 0
		if t.folded == "" && !t.acronym && i+2 < len(toks) && isBlank(q.gap(i+1)) {
			if _, ok := q.day(i + 1); ok {
				if _, ok := q.year(i + 2); ok && spaced(q.gap(i+2), true) {
					cut = gluedMonth(s[t.start:t.end])
				}
			}
		}
		if cut == 0 && i >= 1 && wordClass[q.key(i-1)]&cMonth != 0 && isBlank(q.gap(i)) {
			cut = gluedYear(s[t.start:t.end])
		}
		if cut == 0 {
			if out != nil {
				out = append(out, t)
				glued = append(glued, false)
			}
			continue
		}
		if out == nil {
			out = append(make([]token, 0, len(toks)+1), toks[:i]...)
			glued = make([]bool, i, len(toks)+1)
		}
		out = append(out, token{start: t.start, end: t.start + cut, key: t.key[:cut], upper: t.upper},
			token{start: t.start + cut, end: t.end, key: t.key[cut:], upper: true})
		glued = append(glued, false, true)
	}
	if out == nil {
		return toks, nil
	}
	return out, glued
}

// gluedYear returns 4 when word w is a year with a capitalised word stuck
// to it ("14 mai 2025Un peu plus …": a date line run into the text), else
// 0.
func gluedYear(w string) int {
	if len(w) < 6 || !isDigits(w[:4]) || w[0] != '1' && w[0] != '2' {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(w[4:])
	if !unicode.IsUpper(r) {
		return 0
	}
	return 4
}

// gluedMonth returns where a capitalised English month name ends word w
// after at least one other letter or digit, else 0.
func gluedMonth(w string) int {
	for _, l := range monthLines() {
		if l.lang != "en" {
			continue
		}
		name := l.names[0]
		n := len(w) - len(name)
		if n > 0 && w[n] == name[0]-'a'+'A' && w[n+1:] == name[1:] {
			return n
		}
	}
	return 0
}

// dmyJoined: "22-Sep-2023", "22/Sep/2023", "22-SEP-2023": an English month
// joined to its day and year by hyphens or slashes, as forums and logs
// write them.
func (p *dateParser) dmyJoined(i int) (Date, int, bool) {
	dd, ok := p.day(i)
	if !ok {
		return Date{}, 0, false
	}
	sep := p.gap(i + 1)
	if sep != "-" && sep != "/" || p.gap(i+2) != sep {
		return Date{}, 0, false
	}
	m, ok := monthNumbers[p.key(i+1)]
	if !ok {
		return Date{}, 0, false
	}
	y, ok := p.year(i + 2)
	if !ok {
		return Date{}, 0, false
	}
	return Date{Form: "dmy", Day: dd, Month: m, Year: y, at: i}, i + 3, true
}

// qualifierAt reads "early", "mid", "late" (then a space or hyphen) or
// "the end of", "the start of", "the beginning of", "the middle of";
// it returns the qualifier and the word after it.
func (p *dateParser) qualifierAt(i int) (string, int) {
	switch p.key(i) {
	case "early", "mid", "late":
		if g := p.gap(i + 1); g == "-" || isBlank(g) {
			return p.key(i), i + 1
		}
		return "", i
	}
	k := i
	if p.key(k) == "the" {
		k++
	}
	var q string
	switch p.key(k) {
	case "end":
		q = "late"
	case "start", "beginning":
		q = "early"
	case "middle":
		if k == i {
			return "", i
		}
		q = "mid"
	default:
		return "", i
	}
	if p.key(k+1) != "of" {
		return "", i
	}
	return q, k + 2
}

// monthYear: "May 2025", "mid-August 2025", "the end of May 2025",
// "June–August 2025", "between June and August 2025".
func (p *dateParser) monthYear(i int) (Date, int, bool) {
	q, k := p.qualifierAt(i)
	start := i
	between := false
	if q == "" && (p.key(i) == "between" || p.key(i) == "from") {
		between, k = true, i+1
	}
	m, ok := p.month(k)
	if !ok {
		return Date{}, 0, false
	}
	if between {
		start = k
	}
	if k2, ok := p.rangeTo(k); ok {
		if m2, ok := p.month(k2); ok && m2 > m {
			g := p.afterMonth(k2)
			k3 := k2 + 1
			k3 = p.skipOf(k3)
			if y, ok := p.year(k3); ok && spaced(g, true) {
				return Date{Form: "range", Month: m, Year: y, EndMonth: m2, EndYear: y, Qualifier: q, at: start}, k3 + 1, true
			}
		}
	}
	if between {
		return Date{}, 0, false
	}
	k2 := k + 1
	if !spaced(p.afterMonth(k), true) {
		return Date{}, 0, false
	}
	k2 = p.skipOf(k2)
	y, ok := p.year(k2)
	if !ok {
		return Date{}, 0, false
	}
	return Date{Form: "month_year", Month: m, Year: y, Qualifier: q, at: start}, k2 + 1, true
}

// monthYearForeign: a French, German or Spanish month written out and a
// year, "décembre 2021", "Dezember 2021", "diciembre de 2021". French and
// Spanish write the month in lower case, German with a capital: "Mars
// 2020" (a rover) is not March.
func (p *dateParser) monthYearForeign(i int) (Date, int, bool) {
	m, ok := p.foreignFullMonth(i)
	if !ok {
		return Date{}, 0, false
	}
	k := i + 1
	if (p.key(k) == "de" || p.key(k) == "del") && isBlank(p.gap(k)) && !p.toks[i].upper {
		k++
	}
	y, ok := p.year(k)
	if !ok || !isBlank(p.gap(k)) {
		return Date{}, 0, false
	}
	return Date{Form: "month_year", Month: m, Year: y, at: i}, k + 1, true
}

// foreignFullMonth: word k is a French, German or Spanish month written
// out, in lower case but in German.
func (p *dateParser) foreignFullMonth(k int) (int, bool) {
	if k >= len(p.toks) {
		return 0, false
	}
	name := p.key(k)
	m, ok := foreignMonths[name]
	if !ok || !foreignFull[name] {
		return 0, false
	}
	if _, german := germanMonths[name]; p.toks[k].upper && !german {
		return 0, false
	}
	return m, true
}

// season: "summer 2025", "the spring of 2024", "late autumn 2023"; without
// a year only after a cue ("in the spring"), and never "fall" (a noun as
// often as a season).
func (p *dateParser) season(i int, needYear bool) (Date, int, bool) {
	q, k := p.qualifierAt(i)
	s, ok := seasons[p.key(k)]
	if !ok || k >= len(p.toks) {
		return Date{}, 0, false
	}
	k2 := k + 1
	k2 = p.skipOf(k2)
	if y, ok := p.year(k2); ok && spaced(p.gap(k2), true) {
		return Date{Form: "season", Season: s, Year: y, Qualifier: q, at: i}, k2 + 1, true
	}
	if needYear || p.key(k) == "fall" {
		return Date{}, 0, false
	}
	return Date{Form: "season", Season: s, Qualifier: q, at: i}, k + 1, true
}

// quarter: a quarter or half of a calendar year ("the third quarter of
// 2025", "Q3 2025", "H1 2025", "au troisième trimestre 2025", "T3 2025",
// "im dritten Quartal 2025", "el primer semestre de 2025"): the months it
// covers, as a range. A fiscal year's ("fiscal third quarter", "Q3
// FY2025") may run on another calendar and is left out.
func (p *dateParser) quarter(i int) (Date, int, bool) {
	var n, size int
	k := i
	switch w := p.key(i); {
	case len(w) == 2 && (w[0] == 'q' || w[0] == 't') && w[1] >= '1' && w[1] <= '4':
		n, size, k = int(w[1]-'0'), 3, i+1
	case len(w) == 2 && (w[0] == 'h' || w[0] == 's') && (w[1] == '1' || w[1] == '2'):
		n, size, k = int(w[1]-'0'), 6, i+1
	case quarterOrdinals[w] > 0 && isBlank(p.gap(i+1)):
		switch noun := p.key(i + 1); {
		case quarterNouns[noun]:
			n, size = quarterOrdinals[w], 3
		case halfNouns[noun]:
			n, size = quarterOrdinals[w], 6
		}
		k = i + 2
	}
	if n == 0 || n*size > 12 || fiscalWords[p.key(i-1)] || i > 1 && fiscalWords[p.key(i-2)] {
		return Date{}, 0, false
	}
	if (ofWords[p.key(k)] || p.key(k) == "del") && isBlank(p.gap(k)) {
		k++ // "of 2025", "de 2025", "del 2025"
	}
	y, ok := p.year(k)
	if !ok || !isBlank(p.gap(k)) && p.gap(k) != "-" && p.gap(k) != "/" {
		return Date{}, 0, false
	}
	at := i
	if i > 0 && quarterArticles[p.key(i-1)] && isBlank(p.gap(i)) {
		// "for the first quarter of 2026", "auf das dritte Quartal": the
		// preposition before the article is the date's.
		at = i - 1
	}
	return Date{Form: "range", Month: (n-1)*size + 1, EndMonth: n * size, Year: y, EndYear: y, at: at}, k + 1, true
}

var quarterArticles = map[string]bool{"the": true, "le": true, "la": true, "das": true, "dem": true, "den": true, "el": true}

var (
	// quarterOrdinals are the ordinals of a year's quarters and halves,
	// in the four languages (German in each ending).
	quarterOrdinals = map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
		"premier": 1, "1er": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "2e": 2, "3e": 3, "4e": 4,
		"erste": 1, "ersten": 1, "erstes": 1, "zweite": 2, "zweiten": 2, "zweites": 2, "dritte": 3, "dritten": 3,
		"drittes": 3, "vierte": 4, "vierten": 4, "viertes": 4,
		"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
	}
	quarterNouns = map[string]bool{"quarter": true, "trimestre": true, "quartal": true}
	halfNouns    = map[string]bool{"half": true, "semestre": true, "halbjahr": true, "jahreshälfte": true}
	fiscalWords  = map[string]bool{"fiscal": true, "financial": true, "fy": true, "exercice": true, "geschäftsjahr": true, "geschäftsjahres": true, "ejercicio": true}
)

// qualified: "mid-August", "late 2024" (a qualifier then a month or year,
// no cue needed).
func (p *dateParser) qualified(i int) (Date, int, bool) {
	if q := foreignQualifiers[p.key(i)]; q != "" {
		// "fin 2024", "Ende 2024", "mi-2025", "début décembre", "Anfang
		// Januar".
		k := i + 1
		if g := p.gap(k); g != "-" && !isBlank(g) || g == "-" && p.key(i) != "mi" {
			return Date{}, 0, false
		}
		return p.qualifiedAt(i, k, q, p.foreignFullMonth)
	}
	switch p.key(i) {
	case "early", "mid", "late":
	default:
		return Date{}, 0, false
	}
	q, k := p.qualifierAt(i)
	if q == "" {
		return Date{}, 0, false
	}
	return p.qualifiedAt(i, k, q, p.fullMonth)
}

// qualifiedAt reads the month (by month) or year at word k that qualifier
// q, at word i, names a part of.
func (p *dateParser) qualifiedAt(i, k int, q string, month func(int) (int, bool)) (Date, int, bool) {
	if m, ok := month(k); ok {
		return Date{Form: "month", Month: m, Qualifier: q, at: i}, k + 1, true
	}
	if y, ok := p.digits(k, 4); ok && y >= 1900 && y <= 2099 {
		return Date{Form: "year", Year: y, Qualifier: q, at: i}, k + 1, true
	}
	return Date{}, 0, false
}

// bareYear is a year that stands alone: before an event's noun after
// "in the", "during the" ("In the 1996 election"), or as an adverb of
// time, as German writes it: at a sentence's start before a verb ("2022 verkündete
// Scholz …"), or between a German verb and an article ("Scholz verkündete
// 2022 die Zeitenwende"). A count is followed by its noun ("2000
// Menschen", "2000 people").
func (p *dateParser) bareYear(i int) (Date, int, bool) {
	y, ok := p.digits(i, 4)
	if !ok || y < 1900 || y > 2099 {
		return Date{}, 0, false
	}
	if i == 0 && strings.Trim(p.s[:p.toks[0].start], " *_#•·–—-") == "" {
		// A line that is the year, or a label of it: "2023", "2023:
		// The year the …", "• 2023 – The year the …", "**2023** — …",
		// as timelines head their entries.
		if i+1 == len(p.toks) && strings.Trim(p.s[p.toks[0].end:], " *_:.") == "" ||
			i+1 < len(p.toks) && yearLabelGap(strings.TrimLeft(p.gap(1), "*_")) {
			return Date{Form: "year", Year: y, at: i}, i + 1, true
		}
	}
	if i+1 >= len(p.toks) || !isBlank(p.gap(i+1)) {
		if i+1 < len(p.toks) && strings.TrimSpace(p.gap(i+1)) == "," && p.afterPastVerb(i) && y >= 1950 && y <= 2039 && clauseAfterYear[p.key(i+1)] {
			// "versprach 2019, den Brexit umzusetzen", "sagte 2019, er
			// …": the year closes the clause of a past verb, and what
			// the verb says follows ("zählte 2000, dann 3000" counts).
			return Date{Form: "year", Year: y, at: i}, i + 1, true
		}
		return Date{}, 0, false
	}
	if i >= 1 && determiners[p.key(i-1)] && isBlank(p.gap(i)) && (p.key(i-1) != "s" || gapClass(p.gap(i-1)) == gapApos) && p.cls[i+1]&cDigit == 0 && !p.counted(i+1) {
		// "In the 1996 election", "the 2022 G7 summit", "a 2022
		// interview", "Scholz's 2022 speech": the year of an event, which
		// the noun after it names.
		return Date{Form: "year", Year: y, at: i, eventYear: true}, i + 1, true
	}
	if i >= 2 && p.toks[i-1].upper && isBlank(p.gap(i)) && p.cls[i-1] == 0 {
		// "der G7-Gipfel 2022", "die WM 2022": a German event's year
		// after its noun.
		k := i - 2
		if k >= 1 && strings.TrimSpace(p.gap(i-1)) == "-" {
			k--
		}
		if germanArticles[p.key(k)] {
			return Date{Form: "year", Year: y, at: i, eventYear: true}, i + 1, true
		}
	}
	if ok, attributive := p.germanYearBeforeVerb(i); ok && !p.toks[i+1].upper && y >= 1950 && y <= 2039 {
		return Date{Form: "year", Year: y, at: i, eventYear: attributive}, i + 1, true
	}
	if p.toks[i+1].upper {
		if p.becameYear(i) {
			return Date{Form: "year", Year: y, at: i}, i + 1, true
		}
		return Date{}, 0, false
	}
	next := p.key(i + 1)
	if p.germanBracketYear(i, next) {
		return Date{Form: "year", Year: y, at: i}, i + 1, true
	}
	opens := p.opensSentence(i)
	if !opens && i >= 1 && focusAdverbs[p.key(i-1)] && isBlank(p.gap(i)) {
		// "Bereits 2022 rief …", "Erst 2024 räumte … ein".
		opens = p.opensSentence(i - 1)
	}
	switch {
	case opens && (yearVerbs[next] || pastForms["de"][next] || germanWeakPast(next)):
	case !opens && p.afterPastVerb(i) && (germanArticles[next] || germanPrepositions[next]):
	default:
		return Date{}, 0, false
	}
	return Date{Form: "year", Year: y, at: i}, i + 1, true
}

// germanYearBeforeVerb: the year at word i is the time of a German verb
// that closes its clause right after it ("…, das Scholz 2023
// unterzeichnete, …"), or of a participle before its noun after an
// article ("die 2023 eingeführte Regel", "die 2023 von Scholz
// eingeführte Regel"), which dates that noun (attributive). A count's
// noun is written with a capital.
func (p *dateParser) germanYearBeforeVerb(i int) (ok, attributive bool) {
	next := p.key(i + 1)
	if (pastForms["de"][next] || germanWeakPast(next)) && (i+2 >= len(p.toks) || strings.ContainsAny(p.gap(i+2), ",;:.!?)")) {
		return true, false
	}
	if i == 0 || !isBlank(p.gap(i)) {
		return false, false
	}
	if p.toks[i-1].upper && !p.opensSentence(i-1) {
		// "der von Joe Biden 2022 unterzeichnete Inflation Reduction Act"
		return germanParticipleBeforeNoun(next), true
	}
	return germanArticles[p.key(i-1)] && (next == "von" || next == "vom" || germanParticipleBeforeNoun(next)), true
}

// germanParticipleBeforeNoun: w is a German past participle declined
// before its noun ("eingeführte", "unterzeichneten", "beschlossene",
// "verhängtes").
func germanParticipleBeforeNoun(w string) bool {
	for _, end := range []string{"e", "en", "es", "er", "em"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || utf8.RuneCountInString(stem) < 5 {
			continue
		}
		weak := strings.HasSuffix(stem, "t") && !strings.HasSuffix(stem, "st")
		strong := strings.HasSuffix(stem, "en") && (strings.Contains(stem[:len(stem)-2], "ge") || germanInseparable(stem))
		if weak && (strings.HasPrefix(stem, "ge") || strings.Contains(stem[2:], "ge") || germanInseparable(stem)) || strong {
			return true
		}
	}
	return false
}

// germanInseparable: a verb's stem with a prefix that takes no "ge-" in
// its participle ("unterzeichnet", "beschlossen", "verhängt", "erlassen").
func germanInseparable(stem string) bool {
	for _, pre := range []string{"be", "ver", "er", "ent", "zer", "unter", "über", "miss"} {
		if strings.HasPrefix(stem, pre) {
			return true
		}
	}
	return false
}

const supersededReach = 160

// supersededPhrases open what a correction note quotes from an earlier
// version of the page (words/superseded.txt).
var supersededPhrases = sync.OnceValue(func() []string {
	var out []string
	eachLine("words/superseded.txt", func(f []string) { out = append(out, strings.Join(f, " ")) })
	return out
})

// superseded: the sentence's text before a date, before, quotes an
// earlier version of the page.
func superseded(before string) bool {
	if len(before) < 8 {
		return false
	}
	// The phrase stands a few words before the date: a long sentence
	// with many dates is not read again for each.
	if len(before) > supersededReach {
		before = before[len(before)-supersededReach:]
	}
	return containsPhrase(before, supersededPhrases())
}

// containsPhrase: text holds one of the lower-case phrases, in any case.
func containsPhrase(text string, phrases []string) bool {
	low := strings.ToLower(text)
	for _, p := range phrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// weekendWords name a weekend right before a range of its days ("the
// weekend of 7–8 March", "le week-end des 7 et 8 mars", "am Wochenende
// 7./8. März", "el fin de semana del 7 al 8 de marzo").
var weekendWords = []string{"weekend of", "week-end of", "week-end du", "week-end des", "weekend du", "weekend des",
	"wochenende", "wochenende vom", "fin de semana del", "fin de semana de los"}

// weekendDays gives a range of two or three days that a weekend's words
// name (the text before it, before) the weekday its first day must be:
// Saturday, or Friday for three days.
func weekendDays(d *Date, before string) {
	if d.Form != "range" || d.Weekday != "" || d.Day == 0 || d.EndMonth != d.Month || d.EndDay-d.Day < 1 || d.EndDay-d.Day > 2 {
		return
	}
	tail := strings.ToLower(strings.TrimSpace(before))
	if len(tail) > 30 {
		tail = tail[len(tail)-30:]
	}
	for _, w := range weekendWords {
		if strings.HasSuffix(tail, w) || strings.HasSuffix(tail, w+" the") || strings.HasSuffix(tail, w+" am") {
			d.Weekday = "Saturday"
			if d.EndDay-d.Day == 2 {
				d.Weekday = "Friday"
			}
			return
		}
	}
}

// yearLabelGap: what follows a year that opens a line makes it the
// line's label: a colon ("2023:", "2023 :") or a dash set off by spaces
// ("2023 – ", not "2023-24").
func yearLabelGap(g string) bool {
	t := strings.TrimSpace(g)
	if strings.HasPrefix(t, ":") {
		return true
	}
	return (t == "–" || t == "—" || t == "-") && strings.HasSuffix(g, " ") && t != g
}

// clauseAfterYear open what a verb says after "versprach 2019,".
var clauseAfterYear = map[string]bool{"dass": true, "er": true, "sie": true, "es": true, "man": true, "wir": true,
	"um": true, "zu": true, "ob": true, "weil": true, "nachdem": true, "bevor": true, "als": true, "den": true}

// afterPastVerb: the word before word i is a German verb in the past.
func (p *dateParser) afterPastVerb(i int) bool {
	return i >= 1 && isBlank(p.gap(i)) && !p.toks[i-1].upper && (pastForms["de"][p.key(i-1)] || germanWeakPast(p.key(i-1)))
}

// opensSentence: word i opens its sentence or a clause after a colon.
func (p *dateParser) opensSentence(i int) bool {
	return i == 0 || strings.ContainsAny(strings.TrimSpace(p.gap(i)), ".!?:")
}

// focusAdverbs may stand before a year that opens a German sentence
// ("Bereits 2022 …", "Schon 2021 …", "Erst 2024 …").
var focusAdverbs = map[string]bool{"bereits": true, "schon": true, "erst": true, "noch": true, "auch": true,
	"spätestens": true, "zuletzt": true, "ebenfalls": true, "gerade": true, "genau": true, "damals": true}

// becameYear: the year at word i is the time of "wurde 2005
// Bundeskanzlerin" (became): after "wurde" and before a noun that ends the
// clause or opens its genitive ("wurde 2019 Präsidentin der Kommission"),
// or before a noun and the participle or auxiliary that close the
// bracket. A count's noun goes on ("wurde 2000 Jahre alt").
func (p *dateParser) becameYear(i int) bool {
	if i == 0 || !isBlank(p.gap(i)) {
		return false
	}
	next := ""
	if i+2 < len(p.toks) && isBlank(p.gap(i+2)) {
		next = p.key(i + 2)
	}
	switch p.key(i - 1) {
	case "wurde", "wurden":
		return next == "" || next == "und" || next == "der" || next == "des"
	case "war", "waren":
		// "war 2016 Finanzminister", "war 2019 Präsidentin der
		// Kommission": a past copula, a time and the title.
		return next == "" || next == "und" || next == "der" || next == "des" || next == "geworden" || next == "wurde"
	case "ist", "der", "die":
		// "ist 2021 Kanzler geworden", "…, der 2021 Kanzler wurde,".
		return next == "geworden" || next == "wurde"
	}
	return false
}

// germanBracketYear: the year at word i stands inside a German verb
// bracket, after the auxiliary or a relative pronoun, before what the
// change of office says: "wurde 2022 als Kanzler vereidigt", "wurde 2023
// als Finanzminister entlassen", "…, die 2024 ihr Amt als
// Außenministerin abgab,", "…, der 2024 als Kanzler abgelöst wurde,".
func (p *dateParser) germanBracketYear(i int, next string) bool {
	if i == 0 || !isBlank(p.gap(i)) || !bracketYearNext[next] {
		return false
	}
	switch prev := p.key(i - 1); prev {
	case "wurde", "wurden", "war", "waren", "ist", "sind", "hat", "hatte", "haben", "hatten":
		return true
	case "der", "die", "das":
		return strings.Contains(p.gap(i-1), ",")
	}
	return false
}

// bracketYearNext are the words that go on a German verb bracket after
// its year: the office's "als", "zum", "zur", the office itself ("sein
// Amt", "ihr Amt") or its seat ("aus dem Amt").
var bracketYearNext = map[string]bool{"als": true, "zum": true, "zur": true, "sein": true, "seine": true, "ihr": true, "ihre": true, "aus": true}

// yearVerbs are German verbs in the present that may follow a year that
// opens a sentence, besides the past forms. English puts "in" before
// such a year; "2022 was hard" is not read.
var yearVerbs = map[string]bool{"ist": true, "hat": true, "wird": true, "sind": true, "haben": true, "werden": true}

// germanArticles may follow a year that follows a German verb.
var germanArticles = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"ein": true, "eine": true, "einen": true, "einem": true, "sein": true, "seine": true, "ihr": true, "ihre": true}

// counted: the word at k is a plural noun that counts ("the 1999
// francs", "the 2000 people"), not an event a year names ("the 2022
// elections").
func (p *dateParser) counted(k int) bool {
	t := p.toks[k]
	return !t.upper && (countNouns[t.key] || strings.HasSuffix(t.key, "s") && !strings.HasSuffix(t.key, "ss") && !eventPlurals[t.key])
}

var (
	eventPlurals = dateGrammar["event_plurals"]
	countNouns   = dateGrammar["count_nouns"]
)

// germanPrepositions may follow such a year too ("reiste 2022 nach
// Peking", "sagte 2022 in einem Interview").
var germanPrepositions = map[string]bool{"nach": true, "in": true, "im": true, "auf": true, "mit": true, "zu": true, "zum": true,
	"zur": true, "für": true, "bei": true, "beim": true, "vor": true, "an": true, "am": true, "aus": true, "über": true, "gegen": true}

// fullMonth is month without abbreviations: a month with no day or year
// must be written out ("in May", not "in Jan").
func (p *dateParser) fullMonth(k int) (int, bool) {
	m, ok := p.month(k)
	if !ok || len(p.toks[k].key) <= 4 && p.toks[k].key != "may" && p.toks[k].key != "june" && p.toks[k].key != "july" {
		return 0, false
	}
	return m, true
}

// cued: "in May", "since 2022", "by the end of 2024", "on Tuesday",
// "Tuesday's vote", "in the spring". The cue is not part of the date.
func (p *dateParser) cued(i int) (Date, int, bool) {
	cue := p.key(i)
	k := i + 1
	if k >= len(p.toks) || !isBlank(p.gap(k)) {
		if wd, ok := p.weekday(i); ok && p.key(i+1) == "s" && gapClass(p.gap(i+1)) == gapApos {
			return Date{Form: "weekday", Weekday: wd, at: i}, i + 1, true
		}
		return Date{}, 0, false
	}
	if monthCues[cue] {
		q, k2 := p.qualifierAt(k)
		if m, ok := p.fullMonth(k2); ok {
			start := k
			if q == "" {
				start = k2
			}
			return Date{Form: "month", Month: m, Qualifier: q, at: start, cue: cue}, k2 + 1, true
		}
	}
	if yearCues[cue] {
		q, k2 := p.qualifierAt(k)
		if y, ok := p.digits(k2, 4); ok && y >= 1900 && y <= 2099 {
			start := k
			switch {
			case q == "" && cue == "of":
				// "at the end of 2024": the qualifier stands before "of".
				q, _ = p.qualifierAt(i - 2)
				if q == "" {
					q, _ = p.qualifierAt(i - 1)
				}
				start = k2
			case q == "" || p.key(k) != "early" && p.key(k) != "mid" && p.key(k) != "late":
				start = k2
			}
			if k3, ok := p.yearSpanTo(k2, cue); ok && q == "" {
				// "between 2010 and 2016", "from 2010 to 2016": a span of
				// years.
				if y2, ok := p.digits(k3, 4); ok && y2 > y && y2 <= 2099 {
					return Date{Form: "range", Year: y, EndYear: y2, at: start}, k3 + 1, true
				}
			}
			return Date{Form: "year", Year: y, Qualifier: q, at: start}, k2 + 1, true
		}
	}
	if foreignMonthCues[cue] {
		if m, ok := p.foreignFullMonth(k); ok {
			return Date{Form: "month", Month: m, at: k, cue: cue}, k + 1, true
		}
	}
	if weekdayCues[cue] && (!p.toks[i].upper || cue == "on") {
		if wd, ok := p.weekday(k); ok && len(p.toks[k].key) >= 6 {
			if d, end, ok := p.weekdayAndDay(k); ok {
				return d, end, true // "on Tuesday the 17th"
			}
			return Date{Form: "weekday", Weekday: wd, at: k}, k + 1, true
		}
	}
	if seasonCues[cue] {
		k2 := k
		if p.key(k2) == "the" && isBlank(p.gap(k2+1)) {
			k2++
		}
		if d, end, ok := p.season(k2, false); ok {
			return d, end, true
		}
	}
	return Date{}, 0, false
}

// resolve fills Value, Start, End and Precision, using year for a date
// written without one.
func (d *Date) resolve(year int, inferred bool) {
	y := d.Year
	if y == 0 && d.Form == "range" && d.EndYear > 0 {
		// "15 December – 3 January 2025": the first end's year follows
		// from the second's.
		y = d.EndYear
		if d.Month > d.EndMonth {
			y--
		}
	} else if y == 0 && (d.Month > 0 || d.Season != "") {
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
	case d.Form == "range":
		ey := d.EndYear
		if ey == 0 {
			ey = y
			if d.EndMonth < d.Month {
				ey++
			}
		}
		if d.Day > 0 {
			d.Precision = "day"
			d.Value = fmt.Sprintf("%04d-%02d-%02d", y, d.Month, d.Day)
			d.Start = d.Value
			d.End = fmt.Sprintf("%04d-%02d-%02d", ey, d.EndMonth, d.EndDay)
			d.Invalid = !realDay(y, d.Month, d.Day) || !realDay(ey, d.EndMonth, d.EndDay)
		} else if d.Month == 0 {
			// A span of years.
			d.Precision = "year"
			d.Value = fmt.Sprintf("%04d", y)
			d.Start, d.End = fmt.Sprintf("%04d-01-01", y), fmt.Sprintf("%04d-12-31", ey)
		} else {
			d.Precision = "month"
			d.Value = fmt.Sprintf("%04d-%02d", y, d.Month)
			d.Start, _ = monthRange(y, d.Month, d.Qualifier)
			_, d.End = monthRange(ey, d.EndMonth, "")
		}
	case d.Season != "":
		d.Precision = "season"
		d.Value = fmt.Sprintf("%04d-%s", y, d.Season)
		d.Start, d.End, d.Ambiguous = seasonRange(y, d.Season)
	case d.Day > 0 && d.Month > 0:
		d.Precision = "day"
		d.Invalid = !realDay(y, d.Month, d.Day)
		d.Value = fmt.Sprintf("%04d-%02d-%02d", y, d.Month, d.Day)
		d.Start, d.End = d.Value, d.Value
		if d.Ambiguous && realDay(y, d.Day, d.Month) {
			d.Alt = fmt.Sprintf("%04d-%02d-%02d", y, d.Day, d.Month)
		}
		if d.wdWord != "" && !d.Invalid {
			d.WeekdayAs = localWeekday(d.wdWord, time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday().String())
		}
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

func realDay(y, m, d int) bool {
	if m < 1 || m > 12 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
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

// seasonRange uses the meteorological seasons of the northern hemisphere.
// "winter 2025" may mean January–February 2025 or the winter that starts
// in December 2025: it covers both and is ambiguous.
func seasonRange(y int, s string) (string, string, bool) {
	switch s {
	case "spring":
		return fmt.Sprintf("%04d-03-01", y), fmt.Sprintf("%04d-05-31", y), false
	case "summer":
		return fmt.Sprintf("%04d-06-01", y), fmt.Sprintf("%04d-08-31", y), false
	case "autumn":
		return fmt.Sprintf("%04d-09-01", y), fmt.Sprintf("%04d-11-30", y), false
	}
	end := time.Date(y+1, 3, 0, 0, 0, 0, 0, time.UTC)
	return fmt.Sprintf("%04d-01-01", y), end.Format("2006-01-02"), true
}

// ParseDate reads one date value such as a metadata field ("2025-05-01",
// "2025-05-01T10:00:00Z", "May 1, 2025", "2025-05"). ok is false when the
// string holds no date with a year.
func ParseDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) == 7 && s[4] == '-' {
		y, err1 := strconv.Atoi(s[:4])
		mo, err2 := strconv.Atoi(s[5:])
		if err1 == nil && err2 == nil && mo >= 1 && mo <= 12 {
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
	if y, err := strconv.Atoi(s); err == nil && len(s) == 4 && y >= 1900 && y <= 2099 {
		d := Date{Form: "year", Year: y, Text: s}
		d.resolve(y, false)
		return d, true
	}
	return Date{}, false
}
