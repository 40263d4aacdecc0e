package facts

import (
	"strconv"
	"strings"
)

// The word lists of the date grammar and of the article's date, read from
// words/months.txt, words/weekdays.txt, words/date-labels.txt,
// words/stamp-words.txt and words/spelling-en.txt.
var (
	// monthNumbers maps an English month name or abbreviation to its number.
	monthNumbers = monthsOf(func(lang string) bool { return lang == "en" })
	// foreignMonths maps a French, German or Spanish month name to its
	// number; foreignFull marks the full names (not abbreviations).
	foreignMonths, foreignFull = foreignMonthTable()
	// germanMonths are the names German writes after "3.".
	germanMonths = monthsOf(func(lang string) bool { return lang == "de" })
	// dateLabels are the labels of a date line, longest first.
	dateLabels = loadDateLabels()
	// dateLabelWords are the words of those labels, but their joiners
	// ("published", "updated", "date", "stand"; not "on", "le").
	dateLabelWords = labelWords(dateLabels)
	// stampWords maps a word a date line may hold to its kind (joiner,
	// clock, zone, weekday, byline, relative).
	stampWords = loadStampWords()
	// britishSpelling and americanSpelling are the two sides of
	// words/spelling-en.txt.
	britishSpelling, americanSpelling = loadSpelling()
	// ordinals holds the days written as words (words/ordinals.txt) by
	// language and first word, longest first.
	ordinals = loadOrdinals()
	// weekdayNames maps a weekday name or abbreviation in any of the four
	// languages to the English weekday; weekdayLang gives its language
	// (words/weekdays.txt).
	// weekdayIn gives each weekday's first name in a language.
	weekdayNames, weekdayLang, weekdayIn = loadWeekdays()
	// dateGrammar holds the small English words of the date grammar, by
	// list (words/date-grammar-en.txt).
	dateGrammar = loadDateGrammar()
	// calendarWords are the full names of the weekdays (in the four
	// languages) and of the English months: a capital word next to a
	// person's name that is not part of it ("Biden Monday", "May Biden").
	calendarWords = loadCalendarWords()
	// weekdayVerbs are the phrases that state a date's weekday
	// (words/weekday-verbs.txt), longest first.
	weekdayVerbs = loadWeekdayVerbs()
)

func loadWeekdays() (names, langs map[string]string, in map[string]map[string]string) {
	names, langs, in = map[string]string{}, map[string]string{}, map[string]map[string]string{}
	eachLine("words/weekdays.txt", func(fields []string) {
		if len(fields) < 3 {
			panic("facts: words/weekdays.txt: want WEEKDAY LANGUAGE NAME..., got " + strings.Join(fields, " "))
		}
		if in[fields[1]] == nil {
			in[fields[1]] = map[string]string{}
		}
		in[fields[1]][fields[0]] = fields[2]
		for _, w := range fields[2:] {
			names[w], langs[w] = fields[0], fields[1]
		}
	})
	return names, langs, in
}

func loadDateGrammar() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	eachLine("words/date-grammar-en.txt", func(fields []string) {
		set := out[fields[0]]
		if set == nil {
			set = map[string]bool{}
			out[fields[0]] = set
		}
		for _, w := range fields[1:] {
			set[w] = true
		}
	})
	return out
}

func loadCalendarWords() map[string]bool {
	m := map[string]bool{}
	for _, byDay := range weekdayIn {
		for _, name := range byDay {
			m[name] = true
		}
	}
	for _, l := range monthLines() {
		if l.lang == "en" {
			m[l.names[0]] = true
		}
	}
	return m
}

// ordinal is a day written as words: "twentieth", "twenty-third".
type ordinal struct {
	words []string
	n     int
}

func loadOrdinals() map[string]map[string][]ordinal {
	out := map[string]map[string][]ordinal{}
	eachLine("words/ordinals.txt", func(fields []string) {
		n, err := strconv.Atoi(fields[0])
		if err != nil || n < 1 || n > 31 || len(fields) < 3 {
			panic("facts: words/ordinals.txt: want NUMBER LANGUAGE WORD..., got " + strings.Join(fields, " "))
		}
		if out[fields[1]] == nil {
			out[fields[1]] = map[string][]ordinal{}
		}
		for _, w := range fields[2:] {
			parts := strings.Split(w, "-")
			list := append(out[fields[1]][parts[0]], ordinal{words: parts, n: n})
			// Longest first, so that "twenty-third" wins over "twenty".
			for j := len(list) - 1; j > 0 && len(list[j].words) > len(list[j-1].words); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
			out[fields[1]][parts[0]] = list
		}
	})
	return out
}

// weekdayVerb is a phrase that states a date's weekday and its kind:
// falls ("falls on") or copula ("is").
type weekdayVerb struct {
	words []string
	kind  string
}

func loadWeekdayVerbs() []weekdayVerb {
	var out []weekdayVerb
	eachLine("words/weekday-verbs.txt", func(fields []string) {
		if len(fields) < 2 || fields[0] != "falls" && fields[0] != "copula" {
			panic("facts: words/weekday-verbs.txt: want KIND PHRASE, got " + strings.Join(fields, " "))
		}
		out = append(out, weekdayVerb{words: fields[1:], kind: fields[0]})
	})
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].words) > len(out[j-1].words); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

type monthLine struct {
	n     int
	lang  string
	names []string
}

// monthFile is words/months.txt, read once.
var monthFile = readMonths()

func monthLines() []monthLine { return monthFile }

func readMonths() []monthLine {
	var out []monthLine
	eachLine("words/months.txt", func(fields []string) {
		n, err := strconv.Atoi(fields[0])
		if err != nil || n < 1 || n > 12 || len(fields) < 3 {
			panic("facts: words/months.txt: want NUMBER LANGUAGE NAME..., got " + strings.Join(fields, " "))
		}
		out = append(out, monthLine{n: n, lang: fields[1], names: fields[2:]})
	})
	return out
}

func monthsOf(keep func(lang string) bool) map[string]int {
	m := map[string]int{}
	for _, l := range monthLines() {
		if keep(l.lang) {
			for _, name := range l.names {
				m[name] = l.n
			}
		}
	}
	return m
}

func foreignMonthTable() (map[string]int, map[string]bool) {
	m, full := map[string]int{}, map[string]bool{}
	for _, l := range monthLines() {
		if l.lang == "en" {
			continue
		}
		for i, name := range l.names {
			m[name] = l.n
			if i == 0 || len([]rune(name)) > 4 {
				full[name] = true
			}
		}
	}
	return m, full
}

// dateLabel is a label phrase ("last updated") and what it says.
type dateLabel struct {
	words []string
	kind  string // published, updated, original
	lang  string
}

// labelOriginal is the kind of a published label that says the page came
// out again later ("originally published on").
const labelOriginal = "original"

func labelWords(labels []dateLabel) map[string]bool {
	out := map[string]bool{}
	for _, l := range labels {
		for _, w := range l.words {
			if stampWords[w] != "joiner" {
				out[w] = true
			}
		}
	}
	return out
}

func loadDateLabels() []dateLabel {
	var out []dateLabel
	eachLine("words/date-labels.txt", func(fields []string) {
		if len(fields) < 3 || fields[0] != "published" && fields[0] != "updated" && fields[0] != labelOriginal {
			panic("facts: words/date-labels.txt: want KIND LANGUAGE PHRASE, got " + strings.Join(fields, " "))
		}
		// The phrase's words as the tokenizer cuts them ("à" stays a word).
		var words []string
		for _, t := range tokenize(strings.Join(fields[2:], " ")) {
			words = append(words, t.key)
		}
		out = append(out, dateLabel{words: words, kind: fields[0], lang: fields[1]})
	})
	// Longest first, so that "last updated on" wins over "last updated".
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].words) > len(out[j-1].words); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func loadStampWords() map[string]string {
	m := map[string]string{}
	eachLine("words/stamp-words.txt", func(fields []string) {
		for _, w := range fields[1:] {
			for _, t := range tokenize(w) {
				if _, ok := m[t.key]; !ok {
					m[t.key] = fields[0]
				}
			}
		}
	})
	return m
}

func loadSpelling() (map[string]bool, map[string]bool) {
	gb, us := map[string]bool{}, map[string]bool{}
	eachLine("words/spelling-en.txt", func(fields []string) {
		if len(fields) != 2 {
			panic("facts: words/spelling-en.txt: want BRITISH AMERICAN, got " + strings.Join(fields, " "))
		}
		gb[fields[0]], us[fields[1]] = true, true
	})
	return gb, us
}
