package facts

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The article's date from the time its text speaks from: a year or month
// the headline or the lead states as the present ("Who is the prime
// minister? What to know in 2026", "As of 2025, his leadership continues
// …"). Pages that give no date of their own say this often, and a reader
// takes it as the time of writing. It ranks below everything the page
// states as its date, and it is taken only when the text mentions no
// later date: a year the text has moved past is not its present.

// rankInferred puts a stated present after every dated line, label and
// address (but before the configuration's default, which choose prefers).
const rankInferred = 60

// presentWords are the lists of words/date-present.txt.
var presentWords = loadPresentWords()

type presentLists struct {
	lead, titleNow    [][]string
	today, thisDay    [][]string
	titleLeads, plans map[string]bool
}

func loadPresentWords() presentLists {
	var p presentLists
	p.titleLeads, p.plans = map[string]bool{}, map[string]bool{}
	phrases := func(fields []string) (out [][]string) {
		for _, f := range fields {
			var words []string
			for _, t := range tokenize(strings.ReplaceAll(f, "_", " ")) {
				words = append(words, t.key)
			}
			out = append(out, words)
		}
		return out
	}
	eachLine("words/date-present.txt", func(fields []string) {
		switch fields[0] {
		case "lead_cues":
			p.lead = phrases(fields[1:])
		case "title_now":
			p.titleNow = phrases(fields[1:])
		case "today":
			p.today = phrases(fields[1:])
		case "this_day":
			p.thisDay = phrases(fields[1:])
		case "title_leads":
			for _, w := range fields[1:] {
				p.titleLeads[w] = true
			}
		case "plan_words":
			for _, w := range fields[1:] {
				p.plans[w] = true
			}
		default:
			panic("facts: words/date-present.txt: unknown list " + fields[0])
		}
	})
	return p
}

// statedPresent adds the candidates for the time the headline or the lead
// speaks from.
func (s *dateScan) statedPresent() {
	lead := s.leadEnd()
	if s.statedToday(lead) {
		return
	}
	for _, d := range s.f.Dates {
		if d.Year == 0 || d.Invalid || d.Attributive || d.Form != "year" && d.Form != "month_year" || d.Block >= lead {
			continue
		}
		toks := s.toks.block(d.Block)
		k := tokenAt(toks, d.at)
		if k < 0 {
			continue
		}
		text := s.doc.Blocks[d.Block].Text.S
		var from int
		var note string
		if s.isTitle(d.Block) && s.titleNow(toks, k) {
			from = 0
			note = "the headline speaks from %s"
		} else if n := phraseBefore(toks, k, presentWords.lead); n > 0 && s.presentSentence(d) {
			from = toks[k-n].start
			note = "the lead speaks from %s, in the present tense"
		} else {
			continue
		}
		if s.mentionsLater(d) {
			continue
		}
		d.resolve(d.Year, false)
		span := s.doc.TextSpan(&s.doc.Blocks[d.Block].Text, from, d.end)
		s.add(DateCandidate{Source: SourceInferred, Confidence: confLow, Text: strings.TrimSpace(text[from:d.end]), Span: &span, rank: rankInferred,
			Note: fmt.Sprintf(note+", and the text mentions no later date", d.Value)}, d)
		return
	}
}

// statedToday adds the day the lead names as today ("Heute, am 6.
// November 2025, jährt sich …", "Today, June 24, 2025, the leaders
// meet"): the day of writing, in the writer's words.
func (s *dateScan) statedToday(lead int) bool {
	for _, d := range s.f.Dates {
		if d.Year == 0 || d.Day == 0 || d.Invalid || d.Form == "range" || d.Block >= lead {
			continue
		}
		toks := s.toks.block(d.Block)
		k := tokenAt(toks, d.at)
		n, note := 0, "the lead names %s as today"
		if k >= 0 {
			n = phraseBefore(toks, k, presentWords.today)
			if n == 0 {
				// The cheap test first: thisWeekday reads every date.
				if n = phraseBefore(toks, k, presentWords.thisDay); n > 0 && !s.thisWeekday(d) {
					n = 0
				}
				note = "the lead tells of this %s, in the past or the present"
			}
		}
		if n == 0 {
			continue
		}
		from := toks[k-n].start
		if years, at := yearsAgo(toks, k-n); years > 0 {
			// "Fifty years ago today, March 20, 1965": the day is the
			// event's; the writing is that many years later.
			d.Year += years
			from = toks[at].start
			note = "the lead names %s as the day, " + strconv.Itoa(years) + " years on, of the date it gives"
		}
		d.resolve(d.Year, false)
		text := s.doc.Blocks[d.Block].Text.S
		span := s.doc.TextSpan(&s.doc.Blocks[d.Block].Text, from, d.end)
		s.add(DateCandidate{Source: SourceInferred, Confidence: confMedium, Text: strings.TrimSpace(text[from:d.end]), Span: &span, rank: rankInferred,
			Note: fmt.Sprintf(note, d.Value)}, d)
		return true
	}
	return false
}

// yearsAgo reads "N years ago" ending right before word i ("Fifty years
// ago today", "50 years ago today", "Fifty-two years ago today"): N and
// its first word, or 0.
func yearsAgo(toks []token, i int) (int, int) {
	if i < 3 || toks[i-1].key != "ago" || toks[i-2].key != "years" {
		return 0, 0
	}
	j := i - 3
	if n, err := strconv.Atoi(toks[j].key); err == nil {
		return n, j
	}
	n := englishNumber(toks[j].key)
	if n == 0 {
		return 0, 0
	}
	if n < 10 && j > 0 && toks[j-1].end+1 == toks[j].start {
		if tens := englishNumber(toks[j-1].key); tens >= 20 && tens%10 == 0 {
			return tens + n, j - 1 // "fifty-two"
		}
	}
	return n, j
}

// englishNumber is the value of an English number word up to a hundred
// written as one word, or 0.
func englishNumber(w string) int {
	for _, nw := range numberWords[w] {
		if nw.langs&1 != 0 && len(nw.rest) == 0 && nw.n >= 1 && nw.n <= 100 && nw.n == float64(int(nw.n)) {
			return int(nw.n)
		}
	}
	return 0
}

// leadMinWords is the length of the shortest lead paragraph: a
// headline or a line of the page's head is shorter.
const leadMinWords = 20

// thisWeekday: date d carries its weekday, the right one, in the first
// paragraph of leadMinWords or more, in a sentence with no verb of the
// future, and the text mentions no later date: "Ce mardi 9 septembre
// 2025, le gouvernement a …", "Este martes 11 de marzo de 2025 …" tell of
// the day of writing ("ce vendredi, les syndicats manifesteront" of a day
// ahead; a recap's "ce dimanche 18 mai", then "ce mercredi 4 juin", of
// days before it).
func (s *dateScan) thisWeekday(d Date) bool {
	g := s.opts.Gazetteer
	if d.Weekday == "" || g == nil || s.f.Blocks[d.Block].Words < leadMinWords || s.mentionsLater(d) {
		return false
	}
	for i := range d.Block {
		if s.f.Blocks[i].Words >= leadMinWords {
			return false // not the first paragraph
		}
	}
	d.resolve(d.Year, false)
	day, err := time.Parse("2006-01-02", d.Start)
	if err != nil || day.Weekday().String() != d.Weekday {
		return false
	}
	for _, t := range tokenize(s.f.Sentences[d.Sentence].Text) {
		// The sentence's language is not known yet: either future counts.
		if g.tense[t.key] == tenseFuture || !t.upper && (simpleFuture("fr", t.key) || simpleFuture("es", t.key)) {
			return false
		}
	}
	return true
}

// leadEnd is the block after the lead: the headline and what precedes
// the body, and the first two paragraphs of 30 words or more.
func (s *dateScan) leadEnd() int {
	long := 0
	for i, b := range s.f.Blocks {
		if b.Words >= 30 {
			if long++; long == 2 {
				return i + 1
			}
		}
	}
	return len(s.f.Blocks)
}

// isTitle tells whether block i is the headline or repeats it.
func (s *dateScan) isTitle(i int) bool {
	t := s.f.Title
	return t != nil && (t.Block == i || s.f.Blocks[i].Key == t.Key)
}

// titleNow tells whether the headline's year at token k is the time the
// headline speaks from: a word of the present in it, the year after "in"
// ("en", "im Jahr"), and no verb in the past.
func (s *dateScan) titleNow(toks []token, k int) bool {
	if k == 0 || !presentWords.titleLeads[toks[k-1].key] {
		return false
	}
	now := false
	for i := range toks {
		if phraseBefore(toks, i+1, presentWords.titleNow) > 0 {
			now = true
		}
		if g := s.opts.Gazetteer; g != nil && g.tense[toks[i].key] == tensePast {
			return false
		}
	}
	return now
}

// presentSentence tells whether date d's sentence speaks in the present:
// it has a verb of the present and no more verbs of the past.
func (s *dateScan) presentSentence(d Date) bool {
	g := s.opts.Gazetteer
	if g == nil {
		return false
	}
	present, past := 0, 0
	for _, t := range tokenize(s.f.Sentences[d.Sentence].Text) {
		switch g.tense[t.key] {
		case tensePresent:
			present++
		case tensePast:
			past++
		}
	}
	return present > 0 && present >= past
}

// mentionsLater tells whether the text mentions a date after d, other
// than a plan ("by 2030").
func (s *dateScan) mentionsLater(d Date) bool {
	if !s.latestDone {
		// The latest start, once: the test runs for each candidate.
		s.latestDone = true
		for _, x := range s.f.Dates {
			if x.Year == 0 || x.Invalid || x.Form == "weekday" || presentWords.plans[x.Preposition] {
				continue
			}
			x.resolve(x.Year, false)
			s.latest = max(s.latest, x.Start)
		}
	}
	d.resolve(d.Year, false)
	return s.latest > d.End
}

// phraseBefore returns the number of words of the first phrase of list
// that ends right before token k, or 0.
func phraseBefore(toks []token, k int, list [][]string) int {
	for _, p := range list {
		if len(p) > k {
			continue
		}
		ok := true
		for j, w := range p {
			if toks[k-len(p)+j].key != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}
