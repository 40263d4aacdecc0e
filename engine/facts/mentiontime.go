package facts

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Ranks of time expressions at the same distance from a mention: a date
// beats a relative phrase, which beats a history cue, which beats a
// present cue.
const (
	rankDate = iota
	rankRelative
	rankHistory
	rankPresent
)

type timeCand struct {
	at, end    int // block text offsets
	rank       int
	basis      string
	start, fin string
	date       int // index into f.Dates, -1 for none
}

// timeOf finds the time the sentence speaks of for a mention at tokens
// [from, to): the time expression of its sentence nearest to it (a date, a
// relative phrase, a history or present cue); failing that, an era
// preposition ("under President Obama") makes it history; else the
// article's date, with the nearest date of an earlier sentence of the
// block as Previous when the sentence is not in the present tense (not a
// date of a relative clause there).
func (bs *blockScan) timeOf(st *mentionState, from, to int, durs []int) MentionTime {
	sent := bs.sent[from]
	a, b := bs.toks[from].start, bs.toks[to-1].end
	var best timeCand
	found, bestDist := false, 0
	reported, opener := bs.reportedFrom(to)
	clauseEnd := bs.timeClauseEnd(from, to)
	quoteEnd := bs.reportedBefore(from, to)
	butAt := bs.presentAfterBut(from)
	consider := func(c timeCand) {
		if bs.elsewhere(c.at, a, b) || reported >= 0 && c.at >= reported && (!opener || bs.verbBetween(reported, c.at)) || clauseEnd >= 0 && c.at >= clauseEnd || c.end <= quoteEnd || c.end <= butAt {
			return
		}
		d := 0
		switch {
		case c.at >= b:
			d = c.at - b
		case c.end <= a:
			d = a - c.end
		}
		if !found || d < bestDist || d == bestDist && c.rank < best.rank {
			best, found, bestDist = c, true, d
		}
	}
	date := func(di int) {
		bs.weighed++
		d := &bs.f.Dates[di]
		if d.Sentence != sent {
			return
		}
		switch {
		case st.refSpan != nil && d.Span == *st.refSpan:
			// The dateline is the article's date.
			consider(timeCand{at: d.at, end: d.end, rank: rankPresent, basis: "article", start: st.refStart, fin: st.refEnd, date: -1})
		case d.Precision == "weekday" && bs.sentDated(sent, st.refSpan):
			// "said on Sunday (06.02.2022), before meeting Biden this
			// Monday": the week of the date the sentence gives, not the
			// article's.
		case d.Precision == "weekday":
			// "said on Tuesday": the days around the article's date.
			consider(timeCand{at: d.at, end: d.end, rank: rankPresent, basis: "article", start: st.refStart, fin: st.refEnd, date: -1})
		case d.Attributive && (bs.framingEvent(d.at) || bs.labelBefore(d.at, from)) && d.Start != "" && (st.refEnd == "" || d.Start <= st.refEnd):
			// "In the 1996 election, Netanyahu became …", "During the
			// 2019 campaign, Prime Minister …", "Biden's 2021
			// inauguration: President Joe Biden took the oath": the
			// event frames the sentence.
			consider(timeCand{at: d.at, end: d.end, rank: rankDate, basis: "sentence", start: d.Start, fin: d.End, date: di})
		case d.Attributive && d.Precision == "year" && d.End != "" && d.End < st.refStart && bs.tiedYear(d.at, from, to):
			// "Scholz's 2022 speech", "said in a 2022 interview": the
			// title of a past event is the one of its time, as a reader
			// takes it, and makes no claim about today.
			consider(timeCand{at: d.at, end: d.end, rank: rankHistory, basis: "history", date: -1})
		case d.Attributive && d.Precision == "year" && d.Start != "" && (st.refStart == "" || d.End < st.refStart) && bs.pastObjectYear(d.at, to):
			// "Prime Minister Kishida hosted the 2023 G7 summit": what
			// the mention did, in the year of what it did it to.
			consider(timeCand{at: d.at, end: d.end, rank: rankDate, basis: "sentence", start: d.Start, fin: d.End, date: di})
		case d.Attributive:
			// "Russia's February 2022 invasion" dates the invasion.
		case bs.sinceDate(d.at) || bs.termStartClause(d.at) || bs.bornDate(d.at):
			// "since October 2021", "who took office on 20 January
			// 2021", "was born in 1971": when something began, not the
			// time spoken of.
		case (bs.participleOpening(d.at, from) || bs.afterBetween(to, d.at) || bs.laterBetween(d.end, a) || bs.objectParticiple(d.at, to) || bs.objectRelative(d.at, to)) && d.Start != "" && (st.refEnd == "" || d.Start <= st.refEnd):
			// "Named a cardinal in 2023, Pope Leo XIV quickly rose …":
			// the main clause tells of a time from then on, up to the
			// time of writing; so does "Trump rescinded a rule
			// finalized in 2024", whose date is the rule's, "Merz
			// attacked the budget that passed in 2024", and "halted in
			// June 2024, and later revised by Prime Minister X".
			fin := max(d.End, st.refEnd)
			consider(timeCand{at: d.at, end: d.end, rank: rankDate, basis: "sentence", start: d.Start, fin: fin, date: di})
		case st.refStart != "" && (d.Precision == "year" || d.Precision == "month") && d.Start <= st.refStart && st.refEnd <= d.End && onlyPresent(bs.f.Sentences[sent].Tense):
			// "Scholz remains chancellor in 2025", written in November
			// 2025: the year holds the time of writing, which the
			// present tense speaks of.
			consider(timeCand{at: d.at, end: d.end, rank: rankPresent, basis: "article", start: st.refStart, fin: st.refEnd, date: -1})
		case d.YearFrom == "article" && d.Weekday == "" && st.refEnd != "" && d.Start > st.refEnd && pastOnly(bs.f.Sentences[sent].Tense) && !bs.deadlineDate(d.at):
			// "On 21 February, PM X met the King" in an article of 30
			// December: a day without its year, nearest after the
			// article's date, told in the past, is the year before's.
			if start, end := yearBefore(d.Start), yearBefore(d.End); start <= st.refEnd {
				consider(timeCand{at: d.at, end: d.end, rank: rankDate, basis: "sentence", start: start, fin: end, date: di})
			}
		case d.Start != "" && (st.refEnd == "" || d.Start <= st.refEnd):
			// A date after the article's is a plan; a title is as of
			// writing, so such dates do not set the time.
			consider(timeCand{at: d.at, end: d.end, rank: rankDate, basis: "sentence", start: d.Start, fin: d.End, date: di})
		}
	}
	if ds := bs.sentDates(sent); bs.datesInOrder {
		// Nearest first, outwards from the mention, until the dates are
		// farther than the best found: a long sentence's every date was
		// weighed for each of its names. On a tie the earlier date comes
		// first, as in the text's order.
		r, _ := slices.BinarySearchFunc(ds, b, func(di, at int) int { return bs.f.Dates[di].at - at })
		l := r - 1
		for l >= 0 && bs.f.Dates[ds[l]].end > a {
			l-- // dates over the mention: nearest of all, taken in order
		}
		for _, di := range ds[l+1 : r] {
			date(di)
		}
		for l >= 0 || r < len(ds) {
			left, dl, dr := l >= 0, 0, 0
			if left {
				dl = a - bs.f.Dates[ds[l]].end
			}
			if r < len(ds) {
				dr = bs.f.Dates[ds[r]].at - b
				left = left && dl <= dr
			}
			dist, di := dr, 0
			if left {
				dist, di, l = dl, ds[l], l-1
			} else {
				di, r = ds[r], r+1
			}
			if found && dist > bestDist {
				break
			}
			date(di)
		}
	} else {
		for _, di := range ds {
			date(di)
		}
	}
	if st.refStart != "" {
		for _, m := range bs.sentRelatives(sent) {
			if bs.sent[m.from] == sent {
				s, e := relativeRange(st.refStart, st.refEnd, bs.g.relative[m.p])
				if s > st.refEnd || bs.sinceClause(bs.toks[m.from].start) {
					// "from next year": a plan; a title is as of writing.
					// "since it escalated last week": what began then.
					continue
				}
				if bs.objectRelative(bs.toks[m.from].start, to) {
					// "is appealing a conviction that came last year": from
					// then on, as for a date there.
					e = st.refEnd
				}
				consider(timeCand{at: bs.toks[m.from].start, end: bs.toks[m.to-1].end, rank: rankRelative, basis: "relative", start: s, fin: e, date: -1})
			}
		}
		if durs != nil {
			durs = bs.sentDurations(sent) // durs are the block's
		}
		for _, di := range durs {
			d := &bs.f.Durations[di]
			if d.Sentence == sent && d.Anchor == "ago" && !bs.sinceClause(d.at) {
				s := addDays(st.refStart, -d.MaxDays)
				e := addDays(st.refEnd, -d.MinDays)
				consider(timeCand{at: d.at, end: d.end, rank: rankRelative, basis: "relative", start: s, fin: e, date: -1})
			}
		}
	}
	for _, m := range bs.ms[kHistory] {
		if bs.ownQualifier(m, from, to) {
			// "En 2023, el entonces primer ministro X": the qualifier
			// says the title is of the time the sentence names.
			continue
		}
		if bs.sent[m.from] == sent && !bs.withinPresent(m) && (!bs.g.opening[m.p] || bs.leadsSentence(m.from)) {
			consider(timeCand{at: bs.toks[m.from].start, end: bs.toks[m.to-1].end, rank: rankHistory, basis: "history", date: -1})
		}
	}
	if c, ok := bs.pastInSentence(sent, st.refStart); ok {
		consider(c)
	}
	q0, q1, inQuote := bs.quoteAround(a, b)
	for _, m := range bs.ms[kPresent] {
		if m.from > 0 && bs.toks[m.from-1].key == "most" && bs.joined(m.from) {
			continue // "most recently as Minister of Defence": a career's last post
		}
		if inQuote && q0 <= bs.toks[m.from].start && bs.toks[m.to-1].end <= q1 && bs.datedOutside(sent, q0, q1) {
			// "'I spoke to Chancellor X this morning,' Trump said on
			// April 3, 2025": the quotation's "now" is the saying's day.
			continue
		}
		if m.to-m.from == 1 && bs.toks[m.from].key == "still" && pastOnly(bs.f.Sentences[sent].Tense) {
			continue // "while Biden still led the polls": still at the time told, not now
		}
		if bs.sent[m.from] == sent {
			consider(timeCand{at: bs.toks[m.from].start, end: bs.toks[m.to-1].end, rank: rankPresent, basis: "article", start: st.refStart, fin: st.refEnd, date: -1})
		}
	}
	if !found || best.rank != rankDate {
		if h, ok := bs.eraBefore(from); ok {
			if !bs.presentAside(h, to) && !bs.presentFronted(h, to) && !bs.presentSubject(h) {
				best, found = h, true
			}
		} else if h, ok := bs.pastTimeClause(from); ok && !found {
			// "When he was president, Biden relied on Secretary of State
			// X": the main clause tells of that time.
			best, found = h, true
		} else if h, former, ok := bs.servedBefore(from); ok && !found && (former || pastOnly(bs.f.Sentences[sent].Tense)) {
			// "She was press secretary to Prime Minister X": the title X
			// held while served.
			best, found = h, true

		} else if a, b, ok := bs.historyOpener(from); ok && b <= from {
			// "Throughout his 36 years in the Senate, President ...".
			best, found = timeCand{at: bs.toks[a].start, end: bs.toks[b-1].end, rank: rankHistory, basis: "history", date: -1}, true
		}
	}
	if found {
		t := best.mentionTime(bs)
		t.own = best.rank == rankDate && bs.ownClause(best.at, a, b)
		return t
	}
	if bs.isCaption {
		// A photo's caption ("Prime Minister Boris Johnson observes a
		// raid … (Christopher Furlong/PA)") speaks of the photo's time,
		// which it does not give.
		return MentionTime{Basis: "history"}
	}
	if di := bs.sectionDate; di >= 0 {
		// A timeline's entry: the date heading its section ("July 5").
		d := &bs.f.Dates[di]
		if st.refEnd == "" || d.Start <= st.refEnd {
			idx := di
			sp := d.Span
			return MentionTime{Basis: "heading", Start: d.Start, End: d.End, Text: d.Text, Span: &sp, Date: &idx}
		}
	}
	t := MentionTime{Basis: "article", Start: st.refStart, End: st.refEnd}
	if slices.Contains(bs.f.Sentences[sent].Tense, tensePresent) || bs.beforeOrAfter(from) {
		return t
	}
	for i := len(bs.dates) - 1; i >= 0; i-- {
		d := &bs.f.Dates[bs.dates[i]]
		if d.Sentence < sent && d.Start != "" && d.Precision != "weekday" && !d.Attributive && (st.refEnd == "" || d.Start <= st.refEnd) && !bs.sinceDate(d.at) && !bs.bornDate(d.at) && !bs.inClause(d.at) {
			t.Previous = &PreviousDate{Date: bs.dates[i], Distance: sent - d.Sentence, Start: d.Start, End: d.End, Text: d.Text}
			if st.refEnd != "" && bs.laterInSentence(sent, a) {
				// "In 2021 he entered parliament. Two years later, he
				// beat Economy Minister X": some time after that date,
				// up to the time of writing.
				t.Previous.End = max(d.End, st.refEnd)
			}
			break
		}
	}
	return t
}

// reportedBefore: the mention at words [from, to) speaks what its sentence
// said before it, a verb of saying right after it ("The deal was struck
// in 2022, President Joe Biden said on Monday"): the text offset where
// what was said ends (its comma), whose times are the saying's content,
// not the speaker's; -1 when there is none.
func (bs *blockScan) reportedBefore(from, to int) int {
	if from == 0 || to >= len(bs.toks) || bs.sent[from-1] != bs.sent[from] || !strings.Contains(bs.gap(from), ",") && !bs.isArticle(from-1) {
		return -1
	}
	k := from
	if bs.isArticle(k - 1) {
		k-- // ", the president said"
		if k == 0 || bs.sent[k-1] != bs.sent[k] || !strings.Contains(bs.gap(k), ",") {
			return -1
		}
	}
	if m, _, ok := bs.claimWordAt(to, cwReporting); !ok || !bs.joined(to) || bs.sent[m.to-1] != bs.sent[from] {
		return -1
	}
	// What was said is a clause, with a verb: "In 2022, President Biden
	// said …" is the saying's own time.
	for j := k - 1; j >= 0 && j >= k-reportedReach && bs.sent[j] == bs.sent[from]; j-- {
		if bs.verbAt(j) || bs.pastVerbAt(j) || bs.pastAt(j) {
			return bs.toks[k-1].end
		}
	}
	return -1
}

// reportedReach bounds the words read back for the verb of what was said.
const reportedReach = 40

// timeClauseReach bounds the words read for the end of a clause of time.
const timeClauseReach = 40

// timeClauseEnd: when the mention at words [from, to) opens a clause of
// time ("while Biden was president,"), the text offset where the clause
// ends (its comma, or the reach of the search); -1 when it opens none.
// The times after it belong to the main clause.
func (bs *blockScan) timeClauseEnd(from, to int) int {
	k := from
	if art, _, ok := bs.claimWordEnding(k, cwArticle); ok && isBlank(bs.gap(k)) {
		k = art.from
	}
	if k == 0 || bs.sent[k-1] != bs.sent[k] || !isBlank(bs.gap(k)) {
		return -1
	}
	if _, _, ok := bs.claimWordEnding(k, cwTimeClause); !ok {
		return -1
	}
	i := to
	for ; i < len(bs.toks) && i < to+timeClauseReach && bs.sent[i] == bs.sent[from]; i++ {
		if strings.ContainsAny(bs.gap(i), ",;:()—–") {
			return bs.toks[i-1].end
		}
	}
	if i < len(bs.toks) && bs.sent[i] == bs.sent[from] {
		return bs.toks[i-1].end
	}
	return -1
}

// framingEvent: the attributive date at text offset at names an event
// in a phrase of time that opens the sentence or a clause ("In the 1996
// election, …", "…, during the 2019 campaign, …"): the preposition and
// article right before it. Elsewhere ("resigned to run in the June 3
// election") the event is the clause's, not the time spoken of.
func (bs *blockScan) framingEvent(at int) bool {
	k := tokenAt(bs.toks, at)
	if k < 2 || bs.sent[k-2] != bs.sent[k] || !isBlank(bs.gap(k)) || !isBlank(bs.gap(k-1)) || bs.toks[k-1].key != "the" {
		return false
	}
	f := k - 2
	if bs.toks[f].key == "of" && f >= 3 && frameNouns[bs.toks[f-1].key] && bs.toks[f-2].key == "the" && bs.allJoined(f-3, f+1) {
		f -= 3 // "In the aftermath of the 2022 invasion"
	}
	return frameWords[bs.toks[f].key] && (bs.opensSentence(f) || strings.Contains(bs.gap(f), ","))
}

var frameNouns = dateGrammar["frame_nouns"]

// labelBefore: the date at text offset at stands in a short label that
// opens the sentence and ends with a colon before the mention at word
// from ("Biden's 2021 inauguration: President Joe Biden …"): the label
// names what the rest tells.
func (bs *blockScan) labelBefore(at, from int) bool {
	first, end, punct := bs.openingClause(at, from)
	return punct == ':' && end-first <= maxLabelWords
}

// openingClause finds the clause that opens the sentence of the date at
// text offset at and ends, after the date and by word from, at the first
// comma, semicolon or colon: its first word, the word after it and the
// mark (0 when there is no such clause).
func (bs *blockScan) openingClause(at, from int) (first, end int, punct byte) {
	k := bs.tokenAt(at)
	if k < 0 || from <= k || bs.sent[from] != bs.sent[k] {
		return 0, 0, 0
	}
	o := bs.sentenceOpener(k)
	if o.end <= k || o.end > from {
		return 0, 0, 0 // the date is after the opening clause, or the mention in it
	}
	return o.first, o.end, o.punct
}

// opener is a sentence's first word and the word after its first comma,
// semicolon or colon (end 0 when it has none).
type opener struct {
	first, end int
	punct      byte
}

// sentenceOpener finds the opening clause of the sentence of word k, once
// a sentence: walking a long sentence from each of its dates grew with
// its square.
func (bs *blockScan) sentenceOpener(k int) opener {
	sent := bs.sent[k]
	if o, ok := bs.openers[sent]; ok {
		return o
	}
	first := k
	for first > 0 && bs.sent[first-1] == sent {
		first--
	}
	o := opener{first: first}
	for j := first + 1; j < len(bs.toks) && bs.sent[j] == sent; j++ {
		if i := strings.IndexAny(bs.gap(j), ",;:"); i >= 0 {
			o.end, o.punct = j, bs.gap(j)[i]
			break
		}
	}
	if bs.openers == nil {
		bs.openers = map[int]opener{}
	}
	bs.openers[sent] = o
	return o
}

// maxLabelWords is how long a label before a colon may be.
const maxLabelWords = 6

// tiedYear: the year of an event at text offset at is tied to the
// mention at tokens [from, to): the event is the person's ("Scholz's
// 2022 speech", "la visita de 2023 del primer ministro Kishida"), the
// person is the agent of a passive about it ("The 2022 G7 summit … was
// hosted by Chancellor Scholz"), or it frames a clause of the sentence
// ("said in a 2022 interview", "dijo en una entrevista de 2022").
func (bs *blockScan) tiedYear(at, from, to int) bool {
	k := tokenAt(bs.toks, at)
	key := func(i int) string {
		if i < 0 || i >= len(bs.toks) || bs.sent[i] != bs.sent[k] {
			return ""
		}
		return bs.toks[i].key
	}
	switch {
	case k == to+1 && key(to) == "s" && gapClass(bs.gap(to)) == gapApos:
		return true
	case k < from && ownerJoins[key(k+1)] && from-k <= 5:
		return true
	case k < from && ofWords[key(from-1)] && from-k <= 4 && bs.allJoined(k, from):
		// "the 2023 budget of Chancellor Jeremy Hunt"
		return true
	case frameArticles[key(k-1)] && frameWords[key(k-2)],
		ofWords[key(k-1)] && frameArticles[key(k-3)] && frameWords[key(k-4)]:
		return true
	}
	if k < from {
		for i := from - 1; i >= max(from-4, k+1); i-- {
			if agentWords[key(i)] {
				return true
			}
		}
	}
	return false
}

// pastObjectYear: the year at text offset at opens the object of a verb
// in the past right after the mention ending before word to ("hosted the
// 2023 G7 summit", "gave the 2022 Zeitenwende speech"), in a sentence
// with no other time ("criticised the 2022 budget on Tuesday" did so on
// Tuesday).
func (bs *blockScan) pastObjectYear(at, to int) bool {
	k := tokenAt(bs.toks, at)
	sent := bs.sent[to-1]
	return k == to+2 && bs.sent[k] == sent && bs.joined(to) && bs.joined(to+1) && isBlank(bs.gap(k)) &&
		(bs.toks[to+1].key == "the" || bs.isArticle(to+1)) && (bs.pastVerbAt(to) || bs.foreignPastAt(to)) &&
		len(bs.sentDates(sent)) == 1 && len(bs.sentRelatives(sent)) == 0
}

var (
	frameArticles = dateGrammar["frame_articles"]
	agentWords    = dateGrammar["agent_words"]
	ownerJoins    = dateGrammar["owner_joins"]
)

// elsewhere reports whether a time expression at text offset at stands in
// a relative clause ("..., who succeeded Stoltenberg last October, ...")
// that belongs to another name than the mention at [a, b): such a time is
// that clause's, not the sentence's. A clause right after the mention is
// the mention's own ("Pope Francis, who died in April").
func (bs *blockScan) elsewhere(at, a, b int) bool {
	for _, c := range bs.clauses {
		if at < c[0] || at >= c[1] {
			continue
		}
		if a >= c[0] && a < c[1] || c[0] >= a && c[0] < b {
			// The mention is in the clause too, or the clause is the
			// mention's own claim ("Cameron, who was prime minister
			// between 2010 and 2016").
			return false
		}
		// ", whose country joined NATO two years ago,": the time is the
		// country's, even right after the mention.
		return !bs.follows(c, b) || bs.ownerClause(c)
	}
	return false
}

// ownerClause: clause c opens with a word of owning (", whose …",
// ", dont …"): it tells of a thing the name before it owns.
func (bs *blockScan) ownerClause(c [2]int) bool {
	_, _, ok := bs.claimWordAt(bs.tokenAt(c[0]), cwOwnerOpener)
	return ok
}

// beforeOrAfter: the mention at word k opens a clause of "after" or
// "before" ("… after Pope Benedict XVI resigned"), whose time is not the
// one of the sentences around it.
func (bs *blockScan) beforeOrAfter(k int) bool {
	j := k - 1
	if j >= 0 && bs.toks[j].key == "the" {
		j--
	}
	if j < 0 || bs.sent[j] != bs.sent[k] {
		return false
	}
	switch bs.toks[j].key {
	case "after", "before", "après", "avant", "nach", "vor", "tras", "antes":
		return true
	}
	return false
}

// withinPresent: a longer phrase of the present holds the history phrase
// m ("kurz zuvor", "quelques heures auparavant": earlier the same day,
// where "zuvor" alone is before what was told).
func (bs *blockScan) withinPresent(m match) bool {
	// The matches are in order of their first word, and a phrase is a
	// few words long.
	ms := bs.ms[kPresent]
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].from >= m.from-8 }); i < len(ms) && ms[i].from <= m.from; i++ {
		if p := ms[i]; p.to >= m.to && p.to-p.from > m.to-m.from {
			return true
		}
	}
	return false
}

// laterBetween: between text offsets from and to, in one sentence, a word
// says that what follows came later than what was told before it ("two
// years later", "und später", "avant d'être revue", "before being"): a
// date before it no longer dates what follows.
func (bs *blockScan) laterBetween(from, to int) bool {
	return bs.laterEnd(from, to) >= 0
}

// laterInSentence: a word saying that what follows came later stands in
// sentence sent before text offset to; the sentence's first such word is
// found once, as a page may name many people in one long sentence.
func (bs *blockScan) laterInSentence(sent, to int) bool {
	end, ok := bs.laterIn[sent]
	if !ok {
		end = bs.laterEnd(bs.sentStart(sent), len(bs.text))
		if bs.laterIn == nil {
			bs.laterIn = map[int]int{}
		}
		bs.laterIn[sent] = end
	}
	return end >= 0 && end <= to
}

// laterEnd is the end of laterBetween's first word between from and to,
// -1 for none.
func (bs *blockScan) laterEnd(from, to int) int {
	k := bs.tokenFrom(from)
	for first := k; k >= 0 && k < len(bs.toks) && bs.toks[k].end <= to && (to == len(bs.text) || k < first+objectReach); k++ {
		if k > 0 && bs.sent[k] != bs.sent[k-1] && bs.toks[k].start > from {
			return -1
		}
		next := ""
		if k+1 < len(bs.toks) && bs.sent[k+1] == bs.sent[k] {
			next = bs.toks[k+1].key
		}
		switch w := bs.toks[k].key; {
		case laterWords[w]:
			return bs.toks[k].end
		case w == "tard" && k > 0 && bs.toks[k-1].key == "plus", w == "tarde" && k > 0 && bs.toks[k-1].key == "más":
			return bs.toks[k].end
		case (w == "avant" || w == "antes") && (next == "de" || next == "d"), w == "before" && next == "being":
			// "avant d'être", "antes de ser": a later step, not an
			// earlier time ("avant le sommet" is neither).
			if k+2 < len(bs.toks) && bs.verbLike(k+2) {
				return bs.toks[k].end
			}
		}
	}
	return -1
}

// laterWords say that what follows came later than what was told.
var laterWords = map[string]bool{
	"later": true, "afterwards": true, "afterward": true, "subsequently": true, "thereafter": true,
	"ensuite": true, "puis": true, "ultérieurement": true,
	"später": true, "danach": true, "anschließend": true, "bevor": true,
	"después": true, "luego": true, "posteriormente": true,
}

// verbLike: word k may be an infinitive or a participle ("être",
// "revue", "ser", "being"): the end of a word that verbs take in the four
// languages, or one of the common auxiliaries.
func (bs *blockScan) verbLike(k int) bool {
	w := bs.toks[k].key
	switch w {
	case "être", "avoir", "ser", "estar", "haber", "being", "been":
		return true
	}
	for _, end := range []string{"er", "ir", "re", "ar", "é", "ée", "ed", "ing"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// tokenFrom is the first word starting at text offset at or after it.
func (bs *blockScan) tokenFrom(at int) int {
	i, _ := slices.BinarySearchFunc(bs.toks, at, func(t token, at int) int { return t.start - at })
	return i
}

// sentStart is the text offset of sentence sent's first word.
func (bs *blockScan) sentStart(sent int) int {
	i, _ := slices.BinarySearchFunc(bs.sent, sent, func(s, want int) int { return s - want })
	if i < len(bs.toks) {
		return bs.toks[i].start
	}
	return len(bs.text)
}

// pastInSentence is pastWithoutDate, found once a sentence: a page may
// name many people in one long sentence.
func (bs *blockScan) pastInSentence(sent int, refStart string) (timeCand, bool) {
	if c, ok := bs.pastNoDate[sent]; ok {
		return c, c.basis != ""
	}
	c, _ := bs.pastWithoutDate(sent, refStart)
	if bs.pastNoDate == nil {
		bs.pastNoDate = map[int]timeCand{}
	}
	bs.pastNoDate[sent] = c
	return c, c.basis != ""
}

// pastWithoutDate finds what places a sentence in the past without a
// date: a decade over before the article's ("in the late 1990s", "dans
// les années 2000", "in den 90er-Jahren", "en la década de 1990"),
// "once" at a verb in the past ("Merkel once called him", "was once
// chancellor"), or a length of a year or more in a sentence told in the
// past ("was chancellor for 16 years"): a career looked back on, as
// history.
func (bs *blockScan) pastWithoutDate(sent int, refStart string) (timeCand, bool) {
	hist := func(k int) (timeCand, bool) {
		return timeCand{at: bs.toks[k].start, end: bs.toks[k].end, rank: rankHistory, basis: "history", date: -1}, true
	}
	past := pastOnly(bs.f.Sentences[sent].Tense)
	first := bs.tokenFrom(bs.sentStart(sent))
	for k := first; k < len(bs.toks) && bs.sent[k] == sent; k++ {
		if bs.inClause(bs.toks[k].start) {
			// "Trudeau, who once taught drama, said on Monday": the aside's
			// past, not the main clause's.
			continue
		}
		w := bs.toks[k].key
		if y, ok := decadeYear(w, bs.toks, k); ok && len(refStart) >= 4 && strconv.Itoa(y+9) < refStart[:4] && !bs.sinceDecade(k) {
			return hist(k)
		}
		if w == "once" && k > first && k+1 < len(bs.toks) && bs.sent[k+1] == sent && (bs.lang == "" || bs.lang == "en") && (bs.pastVerbAt(k+1) || bs.pastAt(k-1)) {
			return hist(k)
		}
	}
	if !past {
		return timeCand{}, false
	}
	for _, di := range bs.sentDurations(sent) {
		d := &bs.f.Durations[di]
		if d.Sentence != sent || d.Anchor != "" || d.MinDays < 365 || d.Form != "" && d.Form != "span" {
			continue
		}
		k := bs.tokenAt(d.at)
		if k >= 0 && !bs.inClause(d.at) && (k > 0 && lengthOf[bs.toks[k-1].key] || k+2 < len(bs.toks) && bs.toks[k+2].key == "lang") {
			return hist(k)
		}
	}
	return timeCand{}, false
}

// sinceDecade: the decade at word k is where something began, up to now
// ("not seen since the 1970s", "depuis les années 1990").
func (bs *blockScan) sinceDecade(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && bs.sent[j] == bs.sent[k]; j-- {
		if bs.g.since[bs.toks[j].key] || bs.toks[j].key == "since" {
			return true
		}
	}
	return false
}

// lengthOf are the prepositions of a length of time ("for 16 years",
// "pendant seize ans", "durante 16 años").
var lengthOf = map[string]bool{"for": true, "pendant": true, "durant": true, "durante": true}

// decadeYear reads a decade at word k: "1990s", "90s" (the 1990s or
// 2000s as the century nearest), "1990er", "90er", and "années 1990",
// "años 90", "década de 1990". It returns the decade's first year.
func decadeYear(w string, toks []token, k int) (int, bool) {
	digits := func(s string) (int, bool) {
		if len(s) != 2 && len(s) != 4 || s[len(s)-1] != '0' {
			return 0, false
		}
		n := 0
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		if len(s) == 2 {
			if n <= 30 {
				n += 2000
			} else {
				n += 1900
			}
		}
		return n, n >= 1900 && n <= 2090
	}
	for _, suf := range []string{"s", "er"} {
		if d, ok := strings.CutSuffix(w, suf); ok {
			if y, ok := digits(d); ok {
				return y, true
			}
		}
	}
	if k > 0 {
		switch toks[k-1].key {
		case "années", "años":
			return digits(w)
		case "de":
			if k > 1 && toks[k-2].key == "década" {
				return digits(w)
			}
		}
	}
	return 0, false
}

// pastOnly: the sentence's verbs are all in the past tense.
func pastOnly(tense []string) bool {
	return len(tense) == 1 && tense[0] == tensePast
}

// yearBefore is day (YYYY-MM-DD) a year earlier; 29 February becomes 28.
func yearBefore(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	y, m, dd := t.Date()
	if m == time.February && dd == 29 {
		dd = 28
	}
	return time.Date(y-1, m, dd, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// onlyPresent: the sentence's verbs are all in the present tense.
func onlyPresent(tense []string) bool {
	return len(tense) == 1 && tense[0] == tensePresent
}

// objectParticiple: in English, the date at text offset at follows,
// across at most two small words, a past participle right after a noun,
// which comes after the verb that follows the mention ending at word to
// ("Trump rescinded a rule finalized in 2024", "scrapped the tax
// introduced in 2019"): the participle tells when that thing was made.
func (bs *blockScan) objectParticiple(at, to int) bool {
	if bs.lang != "" && bs.lang != "en" {
		return false
	}
	k := bs.tokenAt(at)
	if k < 0 || to >= len(bs.toks) || bs.sent[k] != bs.sent[to-1] {
		return false
	}
	p := k - 1
	for p > to+1 && p >= k-3 && !bs.pastVerbAt(p) && stopwords[bs.toks[p].key] != 0 && isBlank(bs.gap(p+1)) {
		p--
	}
	if p <= to+1 || p < k-3 || !bs.pastVerbAt(p) || !isBlank(bs.gap(p)) || !isBlank(bs.gap(p+1)) {
		return false
	}
	n := bs.toks[p-1]
	if n.upper || stopwords[n.key] != 0 || bs.pastVerbAt(p-1) || strings.HasSuffix(n.key, "ly") || isDigits(n.key) {
		return false
	}
	for j := to; j < p-1; j++ {
		if bs.verbAt(j) || bs.pastVerbAt(j) {
			return true
		}
	}
	return false
}

// objectRelative: the time expression at text offset at stands in a
// relative clause, without a comma, on the object of the verb after a
// mention ending at word to ("Trump is appealing a conviction that came
// last year", "Merz criticised the coalition that collapsed last
// November", "la réforme que le Parlement a adoptée en 2019"): the time
// is the object's, and the main clause tells of a time from then on.
func (bs *blockScan) objectRelative(at, to int) bool {
	k := bs.tokenAt(at)
	if k < 0 || to >= len(bs.toks) || bs.sent[k] != bs.sent[to-1] || k > to+objectReach {
		// A clause on the object stands within a few words of the verb:
		// a long sentence's later dates are read no further.
		return false
	}
	p := k - 1
	for p > to+1 && !relativePronouns[bs.toks[p].key] && !strings.ContainsAny(bs.gap(p+1), ";:") {
		p--
	}
	if p <= to+1 || !relativePronouns[bs.toks[p].key] || strings.ContainsAny(bs.gap(p), ",;:()") {
		return false
	}
	n := bs.toks[p-1]
	if n.upper || stopwords[n.key] != 0 || isDigits(n.key) || strings.HasSuffix(n.key, "ly") || bs.verbAt(p-1) || bs.presentVerbAt(p-1) || auxiliaries[n.key] {
		return false
	}
	for j := to; j < p-1; j++ {
		if bs.verbAt(j) || bs.presentVerbAt(j) || auxiliaries[bs.toks[j].key] {
			return true
		}
	}
	return false
}

// objectReach bounds the words between a mention and a date in a relative
// clause on its verb's object.
const objectReach = 40

// relativePronouns open a relative clause on the noun before them.
var relativePronouns = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true,
	"qui": true, "que": true, "dont": true, "lequel": true, "laquelle": true,
	"quien": true, "quienes": true, "cual": true,
}

// deadlineDate: the date at text offset at is a limit ("paused the
// tariffs until April 2", "jusqu'au 2 avril", "bis zum 2. April", "hasta
// el 2 de abril"), which a past verb does not move into the past.
func (bs *blockScan) deadlineDate(at int) bool {
	k := bs.tokenAt(at)
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch bs.toks[j].key {
		case "until", "till", "through", "jusqu", "jusqu'au", "jusqu'à", "bis", "hasta":
			return true
		}
	}
	return false
}

// inClause reports whether text offset at stands in a relative clause:
// its time is the clause's ("Carter, who served from 1977 to 1981, …"),
// not one the next sentence goes on in.
func (bs *blockScan) inClause(at int) bool {
	for _, c := range bs.clauses {
		if at >= c[0] && at < c[1] {
			return true
		}
	}
	return false
}

// follows reports whether clause c comes right after a mention ending at
// b: the mention's own clause.
func (bs *blockScan) follows(c [2]int, b int) bool {
	return b <= c[0] && strings.TrimSpace(bs.text[b:c[0]]) == ","
}

// ownClause reports whether a time expression at text offset at stands in
// the relative clause right after a mention at [a, b), or in the one its
// claim opens.
func (bs *blockScan) ownClause(at, a, b int) bool {
	for _, c := range bs.clauses {
		if at >= c[0] && at < c[1] {
			return c[0] >= a && c[0] < b || bs.follows(c, b)
		}
	}
	return false
}

// reportReach is how many words after a mention its verb of saying may
// stand ("X, the former finance minister, said …"); complementReach how
// many words after the verb its complementizer ("said on Monday that").
const (
	reportReach     = 12
	complementReach = 6
)

// reportedFrom is the text offset where the clause reported by a verb of
// saying after a mention ending at word to begins, or -1: "X said that in
// 2019 …", "X told reporters the talks had been frank", "X sagte, 2019
// sei …". Its dates and tenses tell of what was said; the mention's title
// is as of the saying. opener: no complementizer or comma opens it, only
// a word that opens a noun phrase ("the", "a"), which may as well be the
// verb's object ("announced a new plan on Tuesday"): it is a clause only
// if a verb follows.
func (bs *blockScan) reportedFrom(to int) (at int, opener bool) {
	sent := bs.sent[to-1]
	same := func(k int) bool { return k < len(bs.toks) && bs.sent[k] == sent }
	for k := to; same(k) && k < to+reportReach; k++ {
		m, _, ok := bs.claimWordAt(k, cwReporting)
		if !ok {
			continue
		}
		v := m.to
		if !same(v) {
			return -1, false
		}
		if bs.lang == "de" && strings.TrimSpace(bs.gap(v)) == "," {
			// German reports after a comma: "sagte, 2019 sei …". An
			// English comma there sets off the saying's own time ("said,
			// on 3 March 2021, that …").
			return bs.toks[v].start, false
		}
		for j := v; same(j) && j < v+complementReach; j++ {
			if j > v && strings.ContainsAny(bs.gap(j), ",;:()") {
				break
			}
			if _, _, ok := bs.claimWordAt(j, cwComplementizer); ok {
				return bs.toks[j].start, false
			}
		}
		j := v
		if l, _, ok := bs.claimWordAt(j, cwListener); ok && same(l.to) && isBlank(bs.gap(l.to)) {
			j = l.to
		}
		if _, _, ok := bs.claimWordAt(j, cwReportedOpener); ok && isBlank(bs.gap(j)) {
			return bs.toks[j].start, true
		}
		return -1, false
	}
	return -1, false
}

// participleOpening: the date at text offset at stands in a clause that
// opens the sentence with a past participle, or with "after" and a verb,
// and ends with a comma before the mention at word from: "Named a
// cardinal in 2023, Pope Leo XIV …", "After graduating in 1982, Prime
// Minister …", "Élu en 2017, le président …", "Elegido en 2018, el
// presidente …". It tells what happened to the subject first: the main
// clause tells of a time from then on. A clause of "-ing" ("Speaking on
// Tuesday, …") tells the time of the main clause and is not one.
func (bs *blockScan) participleOpening(at, from int) bool {
	first, _, punct := bs.openingClause(at, from)
	if punct != ',' {
		return false
	}
	w := bs.toks[first].key
	next := ""
	if first+1 < len(bs.toks) && bs.sent[first+1] == bs.sent[first] {
		next = bs.toks[first+1].key
	}
	switch bs.lang {
	case "fr":
		return bs.participleAt(first) || w == "après" && (next == "avoir" || next == "être")
	case "es":
		return bs.participleAt(first) || (w == "tras" || w == "después") && (next == "ser" || next == "haber" || next == "de")
	case "", "en":
		return bs.participleAt(first) || (w == "after" || w == "before") && strings.HasSuffix(next, "ing")
	}
	return false
}

// participleAt: word k is a past participle of the block's language
// ("named", "élu", "elegido"); German, which puts it last, is not read.
func (bs *blockScan) participleAt(k int) bool {
	w := bs.toks[k].key
	switch bs.lang {
	case "fr":
		return frenchParticiple(w)
	case "es":
		return spanishParticiple(w)
	case "", "en":
		return regularPast(w) || participles[w]
	}
	return false
}

// afterBetween: between the mention ending before word to and the date
// at text offset at stands "after" ("King Charles won them over after he
// was invested as Prince of Wales in July 1969"): what the main clause
// tells came later, up to the time of writing.
func (bs *blockScan) afterBetween(to, at int) bool {
	for k := to; k < len(bs.toks) && k < to+objectReach && bs.toks[k].start < at && bs.sent[k] == bs.sent[to-1]; k++ {
		switch bs.toks[k].key {
		case "after", "après", "nachdem", "tras", "después":
			return true
		}
	}
	return false
}

// participles are English past participles that open a clause about the
// subject's past ("Born in 1955, …") and do not end in "-ed".
var participles = map[string]bool{"born": true, "chosen": true, "sworn": true, "made": true, "known": true, "taken": true, "given": true, "brought": true}

// frenchParticiple: w is a French past participle ("nommé", "élue",
// "devenu", "né").
func frenchParticiple(w string) bool {
	switch w {
	case "élu", "élue", "réélu", "réélue", "né", "née", "devenu", "devenue", "arrivé", "arrivée":
		return true
	}
	return len(w) >= 5 && (strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") || strings.HasSuffix(w, "és") || strings.HasSuffix(w, "ées"))
}

// spanishParticiple: w is a Spanish past participle ("elegido",
// "nombrada", "nacido").
func spanishParticiple(w string) bool {
	return len(w) >= 6 && (strings.HasSuffix(w, "ado") || strings.HasSuffix(w, "ada") || strings.HasSuffix(w, "ido") || strings.HasSuffix(w, "ida"))
}

// verbBetween: a verb stands from text offset from up to the word at
// offset to, that word included ("said the talks had failed on Tuesday";
// a cue of time that is a verb, "had been").
func (bs *blockScan) verbBetween(from, to int) bool {
	for k := bs.tokenAt(from); k < len(bs.toks) && bs.toks[k].start <= to; k++ {
		if auxiliaries[bs.toks[k].key] || bs.verbAt(k) {
			return true
		}
		if _, _, ok := bs.claimWordAt(k, cwPresent, cwPast, cwFuture); ok {
			return true
		}
	}
	return false
}

// auxiliaries are the English auxiliaries and modals, the verbs a
// reported clause most often has.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "do": true, "does": true, "did": true, "will": true, "would": true, "shall": true,
	"should": true, "can": true, "could": true, "may": true, "might": true, "must": true,
}

// relativeClauses finds ", who ...", ", which ...", ", qui ...", ", der
// ..." (the claim words' clause_openers) up to the next comma, semicolon or
// the end of the sentence.
func (bs *blockScan) relativeClauses() {
	bs.clauses = bs.clauses[:0]
	for i := 1; i < len(bs.toks); i++ {
		if !strings.Contains(bs.gap(i), ",") {
			continue
		}
		if _, _, ok := bs.claimWordAt(i, cwClauseOpener); !ok && !bs.participleAside(i) && !bs.nounAside(i) {
			continue
		}
		end := len(bs.text)
		for j := i + 1; j < len(bs.toks); j++ {
			if bs.sent[j] != bs.sent[i] || strings.ContainsAny(bs.gap(j), ",;") {
				end = bs.toks[j-1].end
				break
			}
		}
		bs.clauses = append(bs.clauses, [2]int{bs.toks[i].start, end})
	}
}

// participleAside: a past participle opens, after a comma, a clause
// about the name before it ("Emmanuel Macron, elected in 2017, …", "…,
// élu en 2017, …"), which then counts as a relative clause: its date is
// that name's.
func (bs *blockScan) participleAside(i int) bool {
	return !bs.toks[i].upper && bs.toks[i-1].upper && bs.sent[i-1] == bs.sent[i] && bs.participleAt(i)
}

// ownQualifier: the one-word cue of time m is a qualifier inside the
// mention at words [from, to) ("el entonces primer ministro X", "X,
// damals Premierminister,"), not an adverb of its sentence ("Damals
// versprach Kanzler X …").
func (bs *blockScan) ownQualifier(m match, from, to int) bool {
	if m.to-m.from != 1 || m.from < from || m.to > to {
		return false
	}
	_, ok := bs.qualifierAt(m.from)
	return ok
}

// nounAside: after a comma, a noun of another role and its "of" open an
// aside about the name before it ("Donald Trump, host of The Apprentice
// from 2004 to 2015, …", "Friedrich Merz, the chairman of BlackRock
// Germany from 2016 to 2020, …", "…, presentador del programa entre 2004
// y 2015, …"), which then counts as a relative clause: its dates are that
// role's, not the sentence's. An aside with a verb is a clause of its
// own kind, and a title there is read as the person's own.
func (bs *blockScan) nounAside(i int) bool {
	if !bs.toks[i-1].upper || bs.sent[i-1] != bs.sent[i] {
		return false
	}
	k := i
	if bs.isArticle(k) || bs.toks[k].key == "the" || bs.toks[k].key == "a" || bs.toks[k].key == "an" {
		k++
	}
	if k+1 >= len(bs.toks) || bs.sent[k+1] != bs.sent[i] || bs.toks[k].upper && bs.lang != "de" || !isLetters(bs.toks[k].key) ||
		!asideOf[bs.toks[k+1].key] || k > i && !isBlank(bs.gap(k)) || !isBlank(bs.gap(k+1)) || bs.titleAt(k) != nil || bs.participleAt(k) {
		return false
	}
	for j := k + 2; j < len(bs.toks) && bs.sent[j] == bs.sent[i] && !strings.ContainsAny(bs.gap(j), ",;"); j++ {
		if bs.verbAt(j) || auxiliaries[bs.toks[j].key] {
			return false
		}
	}
	return true
}

// asideOf are the words that join a role's noun to what it is of.
var asideOf = map[string]bool{"of": true, "de": true, "d": true, "del": true, "des": true, "du": true, "von": true, "vom": true, "der": true}

// eraBefore finds "under", "during" right before a mention (a "the" may
// stand between).
func (bs *blockScan) eraBefore(from int) (timeCand, bool) {
	if t, ok := bs.eraEndingAt(from); ok {
		return t, true // the era phrase ends with its article: "sous le mandat du"
	}
	k := from
	if k > 0 && (bs.toks[k-1].key == "the" || bs.isArticle(k-1)) {
		k--
	}
	if t, ok := bs.eraEndingAt(k); ok {
		return t, true
	}
	// "under Chancellor Helmut Kohl and Chancellor Angela Merkel": the
	// era word before the first of joined titled names covers the next.
	if j := k - 1; j > 0 && coordinators[bs.toks[j].key] && bs.sent[j] == bs.sent[from] {
		for i := j; i > 0 && i >= j-6 && bs.sent[i-1] == bs.sent[from]; i-- {
			if t, ok := bs.eraEndingAt(i); ok {
				return t, true
			}
			if w := bs.toks[i-1]; !w.upper && !bs.inTitle(i-1) && !bs.isArticle(i-1) && w.key != "the" {
				break
			}
		}
	}
	return timeCand{}, false
}

// presentAfterBut is where a clause that "but", "yet" or "mais" opens
// after a comma starts, when the mention at word from stands in it and it
// speaks in the present only ("The law was popular in 2024, but
// Chancellor X wants to scrap it"): the times before it are the first
// clause's. -1 for none.
func (bs *blockScan) presentAfterBut(from int) int {
	sent := bs.sent[from]
	for k := from; k > 0 && bs.sent[k-1] == sent; k-- {
		if !butWords[bs.toks[k].key] || strings.TrimSpace(bs.gap(k)) != "," {
			continue
		}
		present := false
		for j := k + 1; j < len(bs.toks) && bs.sent[j] == sent; j++ {
			switch t := bs.tokTense[j]; {
			case t&tenseBitPast != 0 && !perfectAuxiliaries[bs.toks[j-1].key]:
				return -1
			case t&tenseBitPresent != 0:
				present = true
			}
		}
		if present {
			return bs.toks[k].start
		}
		return -1
	}
	return -1
}

// butWords open a clause that sets what follows against what came before.
var butWords = map[string]bool{"but": true, "yet": true, "mais": true, "aber": true, "doch": true, "pero": true, "sino": true}

// quoteAround is the quotation that holds text [a, b), if any.
func (bs *blockScan) quoteAround(a, b int) (int, int, bool) {
	for _, q := range bs.quotes {
		if q[0] <= a && b <= q[1] {
			return q[0], q[1], true
		}
	}
	return 0, 0, false
}

// datedOutside: sentence sent gives a date with its year, not a weekday,
// outside text [q0, q1).
func (bs *blockScan) datedOutside(sent, q0, q1 int) bool {
	for _, di := range bs.sentDates(sent) {
		d := &bs.f.Dates[di]
		if d.Sentence == sent && d.Start != "" && d.Precision != "weekday" && !d.YearInferred && (d.end <= q0 || d.at >= q1) {
			return true
		}
	}
	return false
}

// presentAside: the era phrase h and the mention ending at word to are
// set off by commas in a sentence that speaks only in the present —
// "Britain, under Prime Minister Rishi Sunak, is preparing a budget" —
// so the era is the time of writing.
func (bs *blockScan) presentAside(h timeCand, to int) bool {
	k := to - 1
	for k > 0 && bs.toks[k].start > h.at {
		k--
	}
	if bs.toks[k].start != h.at || k == 0 || !strings.Contains(bs.gap(k), ",") || bs.sent[k-1] != bs.sent[k] ||
		to >= len(bs.toks) || bs.sent[to] != bs.sent[k] || strings.TrimSpace(bs.nameGap(to)) != "," {
		return false
	}
	return bs.presentBesides(k, k, k)
}

// presentFronted: the era phrase h opens its sentence, and the mention
// ending at word to (perhaps with "'s leadership") closes the phrase
// with a comma, in a sentence that speaks only in the present: "Under
// Prime Minister Rishi Sunak's leadership, Britain is pushing for a deal"
// tells of the time of writing.
func (bs *blockScan) presentFronted(h timeCand, to int) bool {
	k := bs.tokenAt(h.at)
	if k < 0 || !bs.opensSentence(k) || to >= len(bs.toks) {
		return false
	}
	if bs.toks[to].key == "s" && gapClass(bs.gap(to)) == gapApos && to+1 < len(bs.toks) && leadershipNouns[bs.toks[to+1].key] {
		to += 2
	}
	if to >= len(bs.toks) || bs.sent[to] != bs.sent[k] || strings.TrimSpace(bs.gap(to)) != "," {
		return false
	}
	return bs.presentBesides(k, k, k)
}

// presentSubject: the era phrase h follows the subject that opens its
// sentence, a word or an article and a noun ("The government under
// Chancellor X is still arguing over the budget", "Die Regierung unter
// Kanzler X streitet weiter"), in a sentence that speaks only in the
// present: the era is the time of writing.
func (bs *blockScan) presentSubject(h timeCand) bool {
	k := bs.tokenAt(h.at)
	if k < 1 || !isBlank(bs.gap(k)) || bs.sent[k-1] != bs.sent[k] {
		return false
	}
	n := k - 1
	if !bs.opensSentence(n) && (n < 1 || !bs.opensSentence(n-1) || !bs.isArticle(n-1) || !isBlank(bs.gap(n))) {
		return false
	}
	return bs.presentBesides(k, k, k)
}

// leadershipNouns may follow the holder's possessive in an era phrase:
// "under X's leadership".
var leadershipNouns = map[string]bool{"leadership": true, "government": true, "administration": true, "rule": true, "watch": true, "premiership": true, "presidency": true}

// presentBesides: the sentence of word k speaks in the present, with no
// past verb outside words [a, b) (the participle of "led by" is no past).
func (bs *blockScan) presentBesides(k, a, b int) bool {
	sent := bs.sent[k]
	if !slices.Contains(bs.f.Sentences[sent].Tense, tensePresent) {
		return false
	}
	for _, i := range bs.pastWords(sent) {
		if i < a || i >= b {
			return false
		}
	}
	return true
}

// pastWords are the words in the past of the block's sentence sent (see
// pastAt), found once per sentence: at most maxPastWords, as an aside
// holds fewer.
func (bs *blockScan) pastWords(sent int) []int {
	if w, ok := bs.pastIn[sent]; ok {
		return w
	}
	var w []int
	first := sort.Search(len(bs.toks), func(i int) bool { return bs.sent[i] >= sent })
	for i := first; i < len(bs.toks) && bs.sent[i] == sent && len(w) <= maxPastWords; i++ {
		if bs.pastAt(i) {
			w = append(w, i)
		}
	}
	if bs.pastIn == nil {
		bs.pastIn = map[int][]int{}
	}
	bs.pastIn[sent] = w
	return w
}

// maxPastWords bounds pastWords: an aside is a few words long, so more
// than this many past words cannot all fall inside it.
const maxPastWords = 8

// pastAt: word i is a verb in the past, or a copula or auxiliary of it;
// not the "expected" of "is expected to", which looks ahead.
func (bs *blockScan) pastAt(i int) bool {
	if bs.pastVerbAt(i) {
		return bs.toks[i].key != "expected" || i+1 >= len(bs.toks) || bs.toks[i+1].key != "to" || !bs.joined(i+1)
	}
	_, _, ok := bs.claimWordAt(i, cwPast)
	return ok
}

// eraEndingAt is the era preposition that ends right before word k.
func (bs *blockScan) eraEndingAt(k int) (timeCand, bool) {
	for _, m := range bs.ms[kHistoryBefore] {
		if m.to == k && bs.sent[m.from] == bs.sent[k] {
			return timeCand{at: bs.toks[m.from].start, end: bs.toks[m.to-1].end, rank: rankHistory, basis: "history", date: -1}, true
		}
	}
	return timeCand{}, false
}

// mentionTime is the time c gives a mention.
func (c timeCand) mentionTime(bs *blockScan) MentionTime {
	t := MentionTime{Basis: c.basis, Start: c.start, End: c.fin, Text: bs.text[c.at:c.end]}
	if c.date >= 0 {
		idx := c.date
		t.Date = &idx
	}
	sp := bs.textSpan(c.at, c.end)
	t.Span = &sp
	return t
}

// eraAfter finds an era or a clause of time right after an apposition's
// title ending before word k, with no comma between: "Boris Johnson, the
// prime minister during the pandemic,", "Stoltenberg, NATO's chief when
// Russia invaded", "Blinken, the secretary of state under Biden": the
// title of that time, not of the article's. "under" needs a name after
// it ("under Biden", "under the Trump administration"), as "under
// pressure" is no era.
func (bs *blockScan) eraAfter(k int) (timeCand, bool) {
	if k <= 0 || k >= len(bs.toks) || bs.sent[k] != bs.sent[k-1] || !isBlank(bs.gap(k)) {
		return timeCand{}, false
	}
	end := -1
	for _, m := range bs.ms[kHistoryBefore] {
		if m.from != k || bs.sent[m.to-1] != bs.sent[k] {
			continue
		}
		n := m.to
		if m.to-m.from == 1 && n < len(bs.toks) && bs.isArticle(n) || n < len(bs.toks) && bs.toks[n].key == "the" {
			n++
		}
		if m.to-m.from > 1 || !eraNeedsName[bs.toks[k].key] || bs.nameOrFormAt(n) {
			end = max(end, m.to)
		}
	}
	if tc, _, ok := bs.claimWordAt(k, cwTimeClause); ok && !ambiguousTimeClause[bs.toks[k].key] {
		end = max(end, tc.to)
	}
	if sequenceWords[bs.toks[k].key] {
		// "Justin Trudeau, the prime minister before Carney,": the
		// title of whoever came before or after someone, of that time.
		n := k + 1
		if n < len(bs.toks) && (bs.toks[n].key == "de" || bs.toks[n].key == "del") && (bs.toks[k].key == "antes" || bs.toks[k].key == "después") {
			n++
		}
		if n < len(bs.toks) && bs.sent[n] == bs.sent[k] && bs.nameOrFormAt(n) {
			end = max(end, n)
		}
	}
	if end < 0 || bs.nowInAside(k) {
		return timeCand{}, false
	}
	return timeCand{at: bs.toks[k].start, end: bs.toks[end-1].end, rank: rankHistory, basis: "history", date: -1}, true
}

// asideReach bounds the words of an apposition's aside read for a time.
const asideReach = 30

// nameOrFormAt: a known name or an office's adjectival form starts at
// word n ("under Biden", "under the Trump administration"); a capital
// alone may be a German noun ("unter Druck") or an adjective ("under
// Conservative rule").
func (bs *blockScan) nameOrFormAt(n int) bool {
	for _, kind := range []int{kName, kAdjectival} {
		// The matches are in order of their first word.
		ms := bs.ms[kind]
		if i := sort.Search(len(ms), func(i int) bool { return ms[i].from >= n }); i < len(ms) && ms[i].from == n {
			return true
		}
	}
	return false
}

// nowInAside: the aside from word k to its comma holds a time of the
// article's days, a weekday or a word of the present ("during a visit
// to Kyiv on Monday", "pendant sa visite à Paris mardi"): the era is
// today's.
func (bs *blockScan) nowInAside(k int) bool {
	end := len(bs.text)
	for j := k + 1; j < len(bs.toks) && bs.sent[j] == bs.sent[k]; j++ {
		if strings.Contains(bs.gap(j), ",") || j >= k+asideReach {
			end = bs.toks[j].start
			break
		}
	}
	a := bs.toks[k].start
	for _, di := range bs.sentDates(bs.sent[k]) {
		if d := &bs.f.Dates[di]; d.at >= a && d.at < end && (d.Precision == "weekday" || d.Form == "weekday") {
			return true
		}
	}
	for _, m := range bs.ms[kPresent] {
		if s := bs.toks[m.from].start; s >= a && s < end {
			return true
		}
	}
	return false
}

var (
	// eraNeedsName are the era prepositions that are an era only before
	// a name.
	eraNeedsName = map[string]bool{"under": true, "sous": true, "unter": true, "bajo": true}
	// sequenceWords, before a name right after a title, place the title
	// before or after that holder's: "the prime minister before Carney".
	sequenceWords = map[string]bool{"before": true, "after": true, "avant": true, "après": true, "vor": true, "nach": true, "antes": true, "después": true}
	// ambiguousTimeClause are time-clause words that also compare or say
	// in what role ("Scholz, eher Kanzler als Parteichef").
	ambiguousTimeClause = map[string]bool{"als": true, "während": true}
)

// pastTimeClause finds a clause of time that opens the sentence of word
// from and holds a title after a copula in the past ("When he was
// president,", "Cuando era presidente,", "Als er Kanzler war,"), the
// mention after its comma: the main clause tells of that time in office.
func (bs *blockScan) pastTimeClause(from int) (timeCand, bool) {
	sent, first := bs.sent[from], from
	for first > 0 && bs.sent[first-1] == sent {
		first--
	}
	tc, _, ok := bs.claimWordAt(first, cwTimeClause)
	if !ok {
		return timeCand{}, false
	}
	past, titled := false, false
	for k := tc.to; k < from; k++ {
		if strings.Contains(bs.gap(k), ",") {
			if past && titled && k > tc.to {
				return timeCand{at: bs.toks[first].start, end: bs.toks[k-1].end, rank: rankHistory, basis: "history", date: -1}, true
			}
			return timeCand{}, false
		}
		if _, _, ok := bs.claimWordAt(k, cwPast); ok {
			past = true
		}
		titled = titled || bs.inTitle(k)
	}
	return timeCand{}, false
}

// servedBefore finds a phrase of service ("adviser to", "conseiller
// du") right before a mention at word from, an article perhaps between,
// that a verb of having served opens ("was a speechwriter for", "served
// as press secretary to"): not "a spokesman for Prime Minister X said",
// whose spokesman speaks at the time of writing.
func (bs *blockScan) servedBefore(from int) (t timeCand, former, ok bool) {
	for _, k := range []int{from, from - 1} {
		if k < from && (k < 0 || bs.toks[k].key != "the" && !bs.isArticle(k)) {
			continue
		}
		for _, m := range bs.ms[kServedBefore] {
			if m.to != k || bs.sent[m.from] != bs.sent[from] {
				continue
			}
			// The verb right before the phrase, an article and a word or
			// two describing the post between ("was a senior adviser
			// to"): not a passive ("was issued by a spokesman for") nor a
			// cleft ("It was a spokeswoman for … who").
			j := m.from - 1
			for n := 0; j >= 0 && n < 3 && bs.sent[j] == bs.sent[from] && !servedVerbs[bs.toks[j].key]; j, n = j-1, n+1 {
				if t := bs.toks[j]; t.upper || !(bs.isArticle(j) || t.key == "a" || t.key == "an" || t.key == "the" || roleWords[t.key] || stopwords[t.key] == 0 && !bs.verbAt(j) && !bs.pastVerbAt(j)) {
					j = -1
					break
				}
			}
			if j >= 0 && servedVerbs[bs.toks[j].key] && !(j > 0 && cleftSubjects[bs.toks[j-1].key]) {
				// "a former aide to": served before, whatever the tense.
				_, former := bs.qualifierAt(j)
				return timeCand{at: bs.toks[m.from].start, end: bs.toks[m.to-1].end, rank: rankHistory, basis: "history", date: -1}, former, true
			}
		}
	}
	return timeCand{}, false, false
}

// servedPossessive: the titled name at words [from, to) owns a post
// someone held: after a copula of the past ("was Prime Minister X's chief
// of staff", "who was President X's spokesperson") or before "former"
// ("President X's former spokesperson").
func (bs *blockScan) servedPossessive(from, to int) (timeCand, bool) {
	if to+1 >= len(bs.toks) || bs.toks[to].key != "s" || gapClass(bs.gap(to)) != gapApos || bs.sent[to+1] != bs.sent[from] {
		return timeCand{}, false
	}
	if q, ok := bs.qualifierAt(to + 1); ok && q.p.claim == "former" {
		return timeCand{at: bs.toks[to+1].start, end: bs.toks[q.to-1].end, rank: rankHistory, basis: "history", date: -1}, true
	}
	k := from - 1
	if k >= 0 && (bs.toks[k].key == "the" || bs.isArticle(k)) {
		return timeCand{}, false // "the prime minister's" is the title's own
	}
	if k >= 0 && bs.sent[k] == bs.sent[from] && pastCopulas[bs.toks[k].key] {
		return timeCand{at: bs.toks[k].start, end: bs.toks[k].end, rank: rankHistory, basis: "history", date: -1}, true
	}
	return timeCand{}, false
}

// pastCopulas are the copulas of the past that may stand before a post
// someone held ("was", "était", "war", "fue").
var pastCopulas = map[string]bool{"was": true, "were": true, "became": true, "était": true, "fut": true, "war": true, "wurde": true, "fue": true, "era": true}

// cleftSubjects open a cleft before the verb ("It was a spokeswoman for
// X who …", "C'était un conseiller du président qui …").
var cleftSubjects = map[string]bool{"it": true, "this": true, "that": true, "c": true, "ce": true, "es": true}

// servedVerbs tell that someone served, a few words before the phrase of
// service ("was a senior adviser to", "a été conseiller du").
var servedVerbs = map[string]bool{
	"was": true, "were": true, "served": true, "worked": true, "became": true, "been": true,
	"former": true, "ancien": true, "ancienne": true, "ehemaliger": true, "ehemalige": true, "früherer": true, "frühere": true,
	"été": true, "était": true, "fut": true, "devenu": true, "devenue": true,
	"war": true, "wurde": true, "arbeitete": true,
	"fue": true, "era": true, "trabajó": true, "sirvió": true,
}

// inTitle: word i is part of a title.
func (bs *blockScan) inTitle(i int) bool {
	for _, t := range bs.titles {
		if t.from <= i && i < t.to {
			return true
		}
	}
	return false
}

const day = "2006-01-02"

func addDays(s string, n int) string {
	t, err := time.Parse(day, s)
	if err != nil {
		return s
	}
	return t.AddDate(0, 0, n).Format(day)
}

// relativeRange is the range a relative phrase covers, counted from the
// article's date: "last year" is the whole previous year.
func relativeRange(refStart, refEnd string, off offset) (string, string) {
	s, err1 := time.Parse(day, refStart)
	e, err2 := time.Parse(day, refEnd)
	if err1 != nil || err2 != nil {
		return "", ""
	}
	switch off.unit {
	case 'd':
		s, e = s.AddDate(0, 0, off.n), e.AddDate(0, 0, off.n)
	case 'w':
		// "last week": the thirteen days before the article's date.
		s, e = s.AddDate(0, 0, 7*off.n-6), e.AddDate(0, 0, 7*off.n+6)
	case 'm':
		s = time.Date(s.Year(), s.Month()+time.Month(off.n), 1, 0, 0, 0, 0, time.UTC)
		e = time.Date(e.Year(), e.Month()+time.Month(off.n)+1, 0, 0, 0, 0, 0, time.UTC)
	case 'y':
		s = time.Date(s.Year()+off.n, 1, 1, 0, 0, 0, 0, time.UTC)
		e = time.Date(e.Year()+off.n, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return s.Format(day), e.Format(day)
}

// linkDurations ties durations to the events they run from: an event
// named right after "since", "after", "into" or "of" ("more than three
// years since Russia's full-scale invasion"), or, for a noun ("the
// three-year war"), an event whose duration nouns include it and that the
// article names — the nearest such mention before the duration, else after.
func linkDurations(f *Facts, g *Gazetteer) {
	if g.kb == nil {
		return
	}
	for i := range f.Durations {
		d := &f.Durations[i]
		if d.Anchor == "ago" {
			d.Event = agoEvent(f, d)
			continue
		}
		if d.Anchor != "" {
			for _, em := range f.Events {
				if em.Event != "" && em.Sentence == d.Sentence && em.Span.Offset >= d.Span.EndOffset && em.Span.Offset-d.Span.EndOffset <= 40 {
					d.Event, d.Noun = em.Event, ""
					break
				}
			}
			if d.Event != "" {
				continue
			}
		}
		if d.Noun == "" {
			continue
		}
		best, bestNoun, bestDist := "", "", -1
		for _, em := range f.Events {
			e := g.kb.Event(em.Event)
			if e == nil {
				continue
			}
			noun := matchNoun(d.Noun, e.DurationNouns)
			if noun == "" {
				continue
			}
			// Prefer mentions before the duration: distance grows faster
			// after it.
			dist := d.Span.Offset - em.Span.Offset
			if dist < 0 {
				dist = -dist * 4
			}
			if bestDist < 0 || dist < bestDist {
				best, bestNoun, bestDist = em.Event, noun, dist
			}
		}
		d.Event = best
		if best != "" {
			d.Noun = bestNoun
		} else {
			// Keep the head word only: the grammar reads up to two.
			d.Noun, _, _ = strings.Cut(d.Noun, " ")
		}
	}
}

// agoEvent is the known event a duration counted back from the article
// ("19 years ago") dates: the one named in its sentence, within
// agoReach characters, with no word that counts from it between ("ten
// years ago, before the attacks").
func agoEvent(f *Facts, d *Duration) string {
	s := f.Sentences[d.Sentence]
	for _, em := range f.Events {
		if em.Event == "" || em.Sentence != d.Sentence {
			continue
		}
		a, b := em.Span.EndOffset, d.Span.Offset
		if em.Span.Offset >= d.Span.EndOffset {
			a, b = d.Span.EndOffset, em.Span.Offset
		}
		if b-a > agoReach || b < a {
			continue
		}
		between := s.Text[max(a-s.Span.Offset, 0):min(b-s.Span.Offset, len(s.Text))]
		if !countsFrom(between) {
			return em.Event
		}
	}
	return ""
}

const agoReach = 60

// countsFrom: the text holds a word that counts from an event ("before",
// "après", "seit", "desde").
func countsFrom(text string) bool {
	for _, t := range tokenize(text) {
		if eventCounters[t.key] {
			return true
		}
	}
	return false
}

var eventCounters = dateGrammar["event_counters"]

// matchNoun returns the longest of nouns that the captured text starts
// with ("war since" starts with "war"), or "".
func matchNoun(text string, nouns []string) string {
	best := ""
	for _, n := range nouns {
		n = strings.ToLower(n)
		if (text == n || strings.HasPrefix(text, n+" ")) && len(n) > len(best) {
			best = n
		}
	}
	return best
}

// sectionDates gives each block the date that heads its section, or -1:
// a short line that is nothing but a date ("July 5", "13–20 July 2022"),
// as timelines and live pages head their entries, governs the blocks
// after it up to the next heading. The article's own date line heads
// nothing.
func sectionDates(f *Facts, datesOf [][]int, ref *Span) []int {
	heads := make([]int, len(f.Blocks))
	cur := -1
	for bi := range f.Blocks {
		b := &f.Blocks[bi]
		if di, ok := dateHeading(f, b, datesOf[bi]); ok {
			d := &f.Dates[di]
			heads[bi], cur = -1, di
			if ref != nil && d.Span == *ref || d.Start == f.Date.Start && d.End == f.Date.End {
				cur = -1 // the article's own date line
			}
			continue
		}
		if b.Kind == "heading" {
			cur = -1
		}
		if di, ok := entryStamp(f, b, datesOf[bi]); ok && (ref == nil || f.Dates[di].Span != *ref) && (f.Dates[di].Start != f.Date.Start || f.Dates[di].End != f.Date.End) {
			// "**4 July 2024, 22:00 BST** Polls have closed. Sunak …": a
			// live page's entry stamped on its first line heads the
			// entry's sentences and the blocks after it.
			cur = di
		}
		heads[bi] = cur
	}
	return heads
}

// entryStamp: block b opens with a date and its hour, the stamp of a live
// page's entry ("4 July 2024, 22:00 BST", "06.11.2024, 21:15 Uhr"), then
// goes on with the entry's text.
func entryStamp(f *Facts, b *Block, dates []int) (int, bool) {
	if len(dates) == 0 {
		return -1, false
	}
	d := &f.Dates[dates[0]]
	if d.Start == "" || d.Invalid || d.Precision != "day" || d.YearInferred {
		return -1, false
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(b.Text, " *_#"), d.Text)
	if !ok {
		return -1, false
	}
	rest = strings.TrimLeft(rest, " ,")
	loc := clockTime.FindStringIndex(rest)
	if loc == nil || loc[0] != 0 {
		return -1, false
	}
	// The entry's text opens a sentence: "… 22:00 BST Polls have closed".
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest[loc[1]:], " *_:–—-|"))
	return dates[0], unicode.IsUpper(r)
}

// dateHeading: block b holds one date and nothing else but punctuation;
// or b is a heading that is a year ("## 2023"), or that opens with its
// date and a dash or colon before its words ("## January 2023 – The
// scandal").
func dateHeading(f *Facts, b *Block, dates []int) (int, bool) {
	if len(dates) == 0 || b.Words > 12 {
		return -1, false
	}
	d := &f.Dates[dates[0]]
	if d.Start == "" || d.Precision == "weekday" || d.Invalid || d.Precision == "year" && b.Kind != "heading" {
		return -1, false
	}
	text := strings.TrimLeft(b.Text, " *_#")
	// An archive's label before the date: "From our archive: March
	// 2024", "Aus dem Archiv (März 2024)".
	text, archive := cutArchiveLabel(text)
	rest, ok := strings.CutPrefix(text, d.Text)
	if ok && (b.Kind == "heading" || archive) {
		if after := strings.TrimLeft(rest, " *_"); after == "" || strings.ContainsRune("–—-:|)", []rune(after)[0]) {
			return dates[0], true
		}
	}
	if len(dates) != 1 || b.Words > 8 || d.Precision == "year" {
		return -1, false
	}
	// A live page's entry line gives the hour too: "14 March 2024, 10:42
	// GMT", "06.11.2024, 21:15 Uhr", "8 janvier 2024, 17h45".
	rest = clockTime.ReplaceAllString(strings.Replace(text, d.Text, "", 1), "")
	for _, r := range rest {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return -1, false
		}
	}
	return dates[0], true
}

// cutArchiveLabel is text without the label of an archive's piece that
// opens it, and whether it had one.
func cutArchiveLabel(text string) (string, bool) {
	lower := strings.ToLower(text)
	for _, l := range archiveLabels {
		if strings.HasPrefix(lower, l) {
			return strings.TrimLeft(text[len(l):], " :,.(–—-|*_"), true
		}
	}
	return text, false
}

// archiveLabels head a piece an archive puts out again, longest first.
var archiveLabels = []string{
	"from our archives", "from the archives", "from our archive", "from the archive", "archives", "archive",
	"aus unserem archiv", "aus dem archiv", "de nos archives", "dans nos archives",
	"de nuestro archivo", "de la hemeroteca", "del archivo",
}

// clockTime is an hour of the day with its zone, after a date in a live
// page's entry line.
var clockTime = regexp.MustCompile(`(?i)\b(?:at |à |um |a las )?\d{1,2}(?:[:.h]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|uhr))?|\s*(?:a\.?m\.?|p\.?m\.?|uhr))(?-i:\s*[A-Z]{2,5}\b)?`)

// caption: block b ends with a photo credit, as a caption does.
func caption(b *Block) bool {
	for _, t := range b.Tags {
		if t.Class == "photo-credit" && t.Span.EndOffset >= b.Span.EndOffset-1 {
			return true
		}
	}
	return false
}

// sentDated: sentence sent gives a day with its year written, other than
// the article's own date line (ref).
func (bs *blockScan) sentDated(sent int, ref *Span) bool {
	for _, di := range bs.sentDates(sent) {
		if d := &bs.f.Dates[di]; d.Sentence == sent && d.Precision == "day" && !d.YearInferred && !d.Attributive && d.Start != "" && (ref == nil || d.Span != *ref) {
			return true
		}
	}
	return false
}

// leadsSentence: word k opens its sentence, or follows a conjunction
// that does ("And during the pandemic, …").
func (bs *blockScan) leadsSentence(k int) bool {
	return bs.opensSentence(k) || k >= 1 && bs.opensSentence(k-1) && sentenceConjunctions[bs.toks[k-1].key]
}

var sentenceConjunctions = map[string]bool{"and": true, "but": true, "et": true, "mais": true, "und": true, "aber": true, "y": true, "pero": true}
