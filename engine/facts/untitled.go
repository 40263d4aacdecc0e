package facts

import (
	"slices"
	"strings"
	"time"

	"github.com/newslint/newslint/engine/kb"
)

// Claims that name no title, only what the office does or owns: a verb
// of leading ("Jens Stoltenberg, who leads NATO,", "Rishi Sunak heads the
// British government", "Olaf Scholz dirige le gouvernement allemand"), a
// possessive owner ("NATO's Stoltenberg"), holding office ("remains in
// power"), taking it ("was inaugurated on 20 January 2025"). What is led
// or owned must be what one of the person's offices is named after — the
// owner in its labels — so "leads the polls" or "heads to Brussels"
// claim nothing.

// The lists of words/leading.txt: governmentWords by language;
// objectEnds, rankings and whereWords, any language's.
var governmentWords, objectEnds, rankings, whereWords = loadLeading()

func loadLeading() (gov map[string][]string, ends, ranking, where map[string]bool) {
	gov, ends, ranking, where = map[string][]string{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	eachLine("words/leading.txt", func(fields []string) {
		if len(fields) < 3 {
			panic("facts: words/leading.txt: want LIST LANGUAGE WORD..., got " + strings.Join(fields, " "))
		}
		switch fields[0] {
		case "government":
			gov[fields[1]] = append(gov[fields[1]], fields[2:]...)
		case "ends":
			for _, w := range fields[2:] {
				ends[w] = true
			}
		case "ranking":
			for _, w := range fields[2:] {
				ranking[w] = true
			}
		case "where":
			for _, w := range fields[2:] {
				where[w] = true
			}
		default:
			panic("facts: words/leading.txt: unknown list " + fields[0])
		}
	})
	return gov, ends, ranking, where
}

// generic: key is a government word of some language ("the country").
func generic(key string) bool {
	for _, words := range governmentWords {
		if slices.Contains(words, key) {
			return true
		}
	}
	return false
}

// leadsAfter finds "NAME leads X" and "NAME, who leads X,": a verb of
// leading in the present whose object, ending its clause, is what exactly
// one of the person's offices heads.
func (bs *blockScan) leadsAfter(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formCopula, claim: "current", tense: copPresent}
	if m.to < len(bs.toks) && bs.sent[m.to] == bs.sent[m.to-1] && strings.TrimSpace(bs.nameGap(m.to)) == "," {
		if h, _, ok := bs.claimWordAt(m.to, cwHeading); ok {
			// "Jane Doe, at the helm of NATO,"
			lt.form = formApposition
			return bs.ledObject(st, m, lt, h)
		}
		if lt, ok := bs.leadsLast(st, m, m.to); ok {
			return lt, true
		}
	}
	k, relative, ok := bs.afterName(m)
	if !ok {
		return lt, false
	}
	if relative {
		lt.form = formRelative
	}
	verb, _, ok := bs.claimWordAt(k, cwLeads)
	if !ok && bs.isNow(k) && k+1 < len(bs.toks) && bs.joined(k+1) {
		// "que actualmente encabeza", "qui désormais dirige"
		verb, _, ok = bs.claimWordAt(k+1, cwLeads)
	}
	if !ok {
		return lt, false
	}
	return bs.ledObject(st, m, lt, verb)
}

// afterName is where the words said of the name at m begin: right after
// it ("NAME leads"), or after a comma and a relative pronoun ("NAME, who
// leads"), which relative tells. ok is false after any other gap, or at
// the sentence's end.
func (bs *blockScan) afterName(m match) (k int, relative, ok bool) {
	to := m.to
	if to >= len(bs.toks) || bs.sent[to] != bs.sent[to-1] {
		return 0, false, false
	}
	switch gap := bs.nameGap(to); {
	case gapClass(gap) == gapSpace:
		return bs.pastAdverb(to), false, true
	case strings.TrimSpace(gap) == ",":
		rel, _, ok := bs.claimWordAt(to, cwClauseOpener)
		if !ok && bs.lang != "en" && bs.lang != "" {
			// A participle opens the aside: "X, arrivé à Matignon en
			// janvier 2024,", "X, llegado a la Moncloa en 2018,".
			if _, _, seat := bs.claimWordAt(to, cwEntersSeat, cwLeavesSeat); seat {
				return to, true, true
			}
		}
		if !ok || !bs.joined(rel.to) {
			return 0, false, false
		}
		return bs.pastAdverb(rel.to), true, true
	}
	return 0, false, false
}

// pastAdverb steps over an English adverb in -ly at word k ("officially
// took office", "who formally leads"): the verb follows it. An adverb the
// claim words hold with the verb stays ("currently leads").
func (bs *blockScan) pastAdverb(k int) int {
	if bs.lang != "" && bs.lang != "en" || k+1 >= len(bs.toks) || !bs.joined(k+1) {
		return k
	}
	if _, _, ok := bs.claimWordAt(k, cwLeads, cwTookOffice); ok {
		return k
	}
	if w := bs.toks[k].key; len(w) > 4 && strings.HasSuffix(w, "ly") && !bs.toks[k].upper {
		return k + 1
	}
	return k
}

// leadsLast finds the German relative clause with its verb last: "Jens
// Stoltenberg, der die Nato führt,", "…, die die Bundesregierung leitet,".
// The object stands between the pronoun and the verb, which closes the
// clause.
func (bs *blockScan) leadsLast(st *mentionState, m match, k int) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formRelative, claim: "current", tense: copPresent}
	rel, _, ok := bs.claimWordAt(k, cwRelative)
	if bs.lang != "de" || !ok || !bs.joined(rel.to) {
		return lt, false
	}
	for v := rel.to + 1; v < len(bs.toks) && v <= rel.to+6 && bs.joined(v); v++ {
		verb, _, ok := bs.claimWordAt(v, cwLeads)
		if !ok || verb.to != v+1 || !bs.endsObject(verb.to) {
			continue
		}
		o := rel.to
		if (bs.isNow(o) || germanNowAdverbs[bs.toks[o].key]) && o+1 < v {
			o++ // "der derzeit die Regierung leitet"
		}
		if art, _, ok := bs.claimWordAt(o, cwArticle); ok && art.to < v {
			o = art.to
		}
		person, _ := bs.resolvePerson(st, m, lt, false)
		if person == nil {
			return lt, false
		}
		role, ok := bs.ownedRole(st, person, bs.keys(o, v), "de")
		if !ok || role == nil {
			return lt, false
		}
		lt.cop = verb
		lt.m = roleTitle(role, rel.from, verb.to)
		return lt, true
	}
	return lt, false
}

// germanNowAdverbs may stand before the object of a German relative
// clause of leading: "der derzeit die Regierung leitet".
var germanNowAdverbs = map[string]bool{"derzeit": true, "aktuell": true, "noch": true, "weiterhin": true, "gegenwärtig": true, "momentan": true, "nun": true}

// ledObject completes a claim of leading: the object after verb must be
// what one of the person's offices heads, and end its clause.
func (bs *blockScan) ledObject(st *mentionState, m match, lt linkedTitle, verb match) (linkedTitle, bool) {
	if !bs.joined(verb.to) {
		return lt, false
	}
	o := verb.to
	if art, _, ok := bs.claimWordAt(o, cwArticle); ok && bs.joined(art.to) {
		o = art.to
	}
	person, _ := bs.resolvePerson(st, m, lt, false)
	if person == nil {
		return lt, false
	}
	lang := bs.claimLang()
	for e := min(o+7, len(bs.toks)); e > o; e-- {
		if !bs.endsObject(e) || !bs.allJoined(o, e) {
			continue
		}
		key := bs.keys(o, e)
		if e < len(bs.toks) && rankings[bs.toks[e].key] && generic(key) {
			return lt, false // "leads the nation in fundraising": a ranking
		}
		if role, ok := bs.ownedRole(st, person, key, lang); ok {
			if role == nil || bs.datedClause(e) || lang == "en" && bs.toks[verb.from].key == "has" && !bs.upToNow(e) {
				return lt, false
			}
			lt.cop = verb
			lt.m = roleTitle(role, verb.from, e)
			return lt, true
		}
	}
	return lt, false
}

// inOfficeAfter finds "NAME remains in power", "NAME is still in office",
// "NAME est toujours au pouvoir", "NAME ist noch im Amt": a copula in the
// present and a phrase of holding office, with no office named. It claims
// an office the person held at the article's date, if any; else the
// office that governs (one with an adjectival form, "{surname}
// government") that ended last. Someone who never governed claims nothing.
func (bs *blockScan) inOfficeAfter(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formCopula, claim: "current", tense: copPresent}
	to := m.to
	if to >= len(bs.toks) || bs.sent[to] != bs.sent[to-1] || gapClass(bs.nameGap(to)) != gapSpace {
		return lt, false
	}
	cop, c, ok := bs.claimWordAt(to, cwPresent)
	if !ok || c != cwPresent || !bs.joined(cop.to) {
		return lt, false
	}
	k, _ := bs.pinAt(cop.to)
	in, _, ok := bs.claimWordAt(k, cwInOffice)
	if !ok || k > cop.to && !bs.joined(k) || !bs.endsObject(in.to) || bs.datedClause(in.to) ||
		bs.joined(in.to) && whereWords[bs.toks[in.to].key] {
		return lt, false
	}
	role, _ := bs.heldOrGoverned(st, m, lt)
	if role == nil {
		return lt, false
	}
	lt.cop = cop
	lt.m = roleTitle(role, cop.from, in.to)
	return lt, true
}

// heldOrGoverned is the office a claim of being in office with none named
// claims for the person of name m: one the person held at the article's
// date, if any, else the office that governs (one with an adjectival form,
// "{surname} government") that ended last; nil for someone who never
// governed. It returns the person too.
func (bs *blockScan) heldOrGoverned(st *mentionState, m match, lt linkedTitle) (*kb.Role, *kb.Person) {
	person, _ := bs.resolvePerson(st, m, lt, false)
	if person == nil {
		return nil, nil
	}
	lang := bs.claimLang()
	var role, held *kb.Role
	var last string
	for _, t := range person.Terms {
		r := bs.g.kb.Role(t.Role)
		if r == nil {
			continue
		}
		if st.refEnd != "" && t.Covers(st.refEnd) {
			// In some office then: the claim holds; power is a
			// government's ("Starmer, in power": the premiership, not
			// the party's leadership).
			if governing(r, lang) {
				return r, person
			}
			if held == nil {
				held = r
			}
		}
		if end := t.End; end != "" && end > last && governing(r, lang) {
			role, last = r, end
		}
	}
	if held != nil {
		return held, person
	}
	return role, person
}

// inOfficeForAfter finds a time in office right after a name, with no
// office named: "NAME lleva dos años en el poder", "NAME, au pouvoir
// depuis deux ans,", "NAME ist seit zwei Jahren im Amt" (inOfficeFor).
// It claims the office inOfficeAfter would, held for that long up to
// now, which elapsed-time-mismatch checks.
func (bs *blockScan) inOfficeForAfter(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formCopula, claim: "current", tense: copPresent}
	di, ok := bs.inOfficeFor(m.to)
	if !ok {
		return lt, false
	}
	role, person := bs.heldOrGoverned(st, m, lt)
	if role == nil {
		return lt, false
	}
	// Power held in more than one office or term ("Putin, in power for
	// 25 years", "Netanyahu, in power for 17 years in all"): the time
	// counts them all, which no one term can check.
	lang, terms := bs.claimLang(), 0
	for _, t := range person.Terms {
		if r := bs.g.kb.Role(t.Role); r != nil && (r == role || governing(r, lang)) {
			terms++
		}
	}
	if terms > 1 {
		return lt, false
	}
	// The length of time stands for the title: it is what the claim says.
	d := &bs.f.Durations[di]
	from := bs.tokenAt(d.at)
	if from < 0 {
		return lt, false
	}
	to := from + 1
	for to < len(bs.toks) && bs.toks[to-1].end < d.end {
		to++
	}
	lt.sinceDur = &di
	lt.m = roleTitle(role, from, to)
	return lt, true
}

// tookOfficeAfter finds "NAME was inaugurated on DATE", "NAME, who took
// office on DATE,", "NAME a prêté serment le DATE": taking an office with
// no office named, and a date right after. The office is the person's
// whose term began nearest that date, within a year and a month (a year
// off, or days off, is the error this catches); one further off is an
// office the base may not hold ("took office as mayor in 2008").
func (bs *blockScan) tookOfficeAfter(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formCopula, claim: "then", tense: copPast, tookOffice: true}
	k, relative, ok := bs.afterName(m)
	if !ok {
		return lt, false
	}
	if relative {
		lt.form = formRelative
	}
	// The date opens within two words: "on January 20, 2025", "le 20
	// janvier 2025", "in July 2024"; its year written ("took office in
	// January" may be any January). German puts it inside the verb: "X
	// wurde am 20. Januar 2025 vereidigt".
	verb, _, ok := bs.claimWordAt(k, cwTookOffice)
	lo, hi := verb.to, verb.to+2
	if ok {
		// "asumió la presidencia de México el 1 de octubre": the
		// country the office is of, before the date; "was inaugurated
		// for a second term on …": which term.
		if j := bs.countryAfter(verb.to); j > verb.to {
			lo, hi = j, j+2
		} else if j := bs.whichTerm(verb.to); j > verb.to {
			lo, hi = j, j+2
		}
	}
	left := "" // how a German separable verb tells of leaving, if it does
	if !ok {
		if verb, ok = bs.germanSwornIn(k); ok {
			lo, hi = k+1, verb.to-2
		} else if verb, left, ok = bs.germanTermVerb(k); ok {
			lo, hi = k+1, verb.to-2
		} else {
			return lt, false
		}
	}
	leaving := left != ""
	if leaving {
		lt.tookOffice, lt.left = false, left
	}
	var day *Date
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		if at := bs.tokenAt(d.at); at >= lo && at <= hi && bs.allJoined(lo, at+1) &&
			(d.Precision == "day" || d.Precision == "month" || d.Precision == "year") && !d.YearInferred {
			day = d
			break
		}
	}
	if day == nil {
		return lt, false
	}
	person, _ := bs.resolvePerson(st, m, lt, false)
	if person == nil {
		return lt, false
	}
	// "took office in 2023 as prime minister": the office named after
	// the date, if the base holds the person's term in it; "… as trade
	// secretary" may be one it does not hold, and no nearest term stands
	// for it.
	e := bs.tokenAt(day.at)
	for e >= 0 && e+1 < len(bs.toks) && bs.toks[e].end < day.end {
		e++
	}
	if leaving || verb.to-verb.from > 2 {
		// German names the office inside the bracket: "trat … sein Amt
		// als Nato-Generalsekretär an", "schied … als Kanzler aus dem
		// Amt".
		for j := verb.from + 1; j < verb.to; j++ {
			if t := bs.titleAt(j); t != nil && t.p.title != nil && j > 0 && roleWords[bs.toks[j-1].key] {
				return bs.namedTermTitle(lt, verb, t, person)
			}
		}
	}
	if e >= 0 && e+2 < len(bs.toks) && bs.joined(e+1) && roleWords[bs.toks[e+1].key] {
		k := e + 2
		if bs.isArticle(k) && k+1 < len(bs.toks) {
			k++
		}
		if t := bs.titleAt(k); t != nil && t.p.title != nil {
			return bs.namedTermTitle(lt, verb, t, person)
		}
		return lt, false
	}
	var role *kb.Role
	best := termReach
	from, to, ok := dayRange(day)
	if !ok {
		return lt, false
	}
	for _, t := range person.Terms {
		edge := t.Start
		if leaving {
			edge = t.End
		}
		at, err := time.Parse("2006-01-02", edge)
		if err != nil {
			continue
		}
		// How far the term began (or ended) from the day, month or year
		// given.
		if gap := outside(at, from, to); gap <= best {
			if r := bs.g.kb.Role(t.Role); r != nil {
				role, best = r, gap
			}
		}
	}
	if role == nil {
		return lt, false
	}
	lt.cop = verb
	lt.m = roleTitle(role, verb.from, verb.to)
	return lt, true
}

// succeededAfter finds "NAME succeeded NAME2 in October 2024", "NAME a
// succédé à NAME2 le …", "NAME sucedió a NAME2 en …", "NAME löste NAME2
// im Oktober 2024 ab": taking over an office from someone, with a date
// (after the second name, or after an office named there: "succeeded
// Stoltenberg as secretary-general on 1 October 2024"). The office is
// the one the second left within successionDays of the first taking it;
// two people who never followed each other in one office make no claim
// ("the president replaced his defence secretary").
func (bs *blockScan) succeededAfter(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formCopula, claim: "then", tense: copPast, tookOffice: true}
	k, relative, ok := bs.afterName(m)
	if !ok {
		return lt, false
	}
	if relative {
		lt.form = formRelative
	}
	verb, _, ok := bs.claimWordAt(k, cwSucceeded)
	if !ok {
		return lt, false
	}
	separable := bs.lang == "de" && bs.toks[verb.from].key == "löste" // "löste … ab"
	k = verb.to
	early := -1 // German's time inside the verb: "folgte im Oktober 2024 auf Stoltenberg"
	if end, ok := bs.timeSpanAt(k); ok && bs.lang == "de" {
		early, k = k, end
	}
	if bs.lang == "de" && bs.toks[verb.from].key == "folgte" && verb.to-verb.from == 1 {
		if !bs.keyAt(k, "auf") {
			return lt, false
		}
		k++
	}
	if _, _, art := bs.claimWordAt(k, cwArticle); art && k+1 < len(bs.toks) && bs.joined(k+1) {
		k++
	}
	if t := bs.titleAt(k); t != nil && bs.joined(t.to) {
		k = t.to // "succeeded Prime Minister Rishi Sunak"
	}
	var other *match
	for i, n := range bs.ms[kName] {
		if n.from == k {
			other = &bs.ms[kName][i]
			break
		}
	}
	if other == nil || k >= len(bs.toks) || !bs.joined(k) {
		return lt, false
	}
	person, _ := bs.resolvePerson(st, m, lt, false)
	before, _ := bs.resolvePerson(st, *other, linkedTitle{qual: -1}, false)
	if person == nil || before == nil || person == before {
		return lt, false
	}
	if separable && !bs.particleCloses(other.to, "ab") {
		return lt, false
	}
	return bs.successionAt(lt, person, before, verb, other.to, early)
}

// succeededBy finds the passive of succeededAfter: "Olaf Scholz was
// succeeded by Friedrich Merz in May 2025", "… was replaced by Friedrich
// Merz as chancellor in May 2025": the name after "by" took over from the
// one before the verb, on the date after it.
func (bs *blockScan) succeededBy(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "before", qual: -1, form: formCopula, claim: "then", tense: copPast, tookOffice: true}
	k := m.from
	if k < 4 || bs.toks[k-1].key != "by" || !passiveSuccession[bs.toks[k-2].key] || bs.toks[k-3].key != "was" && bs.toks[k-3].key != "were" || !bs.allJoined(k-4, k+1) {
		return lt, false
	}
	var other *match
	for i, n := range bs.ms[kName] {
		if n.to == k-3 && bs.sent[n.from] == bs.sent[k] {
			other = &bs.ms[kName][i]
			break
		}
	}
	if other == nil {
		return lt, false
	}
	person, _ := bs.resolvePerson(st, m, lt, false)
	before, _ := bs.resolvePerson(st, *other, linkedTitle{qual: -1}, false)
	if person == nil || before == nil || person == before {
		return lt, false
	}
	return bs.successionAt(lt, person, before, match{from: k - 3, to: k}, m.to, -1)
}

// passiveSuccession are the participles of "was succeeded by".
var passiveSuccession = map[string]bool{"succeeded": true, "replaced": true}

// successionAt reads the date of a succession after word e (the second
// name's end, or "as TITLE" after it; early, German's time inside the
// verb, else -1) and the office person took over from before within
// successionDays.
func (bs *blockScan) successionAt(lt linkedTitle, person, before *kb.Person, verb match, e, early int) (linkedTitle, bool) {
	var named *match
	if e+1 < len(bs.toks) && bs.joined(e) && roleWords[bs.toks[e].key] {
		j := e + 1
		if bs.isArticle(j) && j+1 < len(bs.toks) {
			j++
		}
		if t := bs.titleAt(j); t != nil && t.p.title != nil {
			named, e = t, t.to
		}
	}
	var day *Date
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		if at := bs.tokenAt(d.at); at >= e && at <= e+1 && bs.allJoined(e-1, at+1) &&
			(d.Precision == "day" || d.Precision == "month" || d.Precision == "year") && !d.YearInferred {
			day, lt.dated = d, &di
			break
		}
	}
	if day == nil && early >= 0 {
		for _, di := range bs.dates {
			if d := &bs.f.Dates[di]; (bs.tokenAt(d.at) == early || bs.tokenAt(d.at) == early+1) && d.Precision != "weekday" && !d.YearInferred {
				day, lt.dated = d, &di
				break
			}
		}
	}
	if day == nil {
		return lt, false
	}
	var role *kb.Role
	best := successionDays * 24 * time.Hour
	for _, t := range person.Terms {
		at, err := time.Parse("2006-01-02", t.Start)
		if err != nil {
			continue
		}
		for _, u := range before.Terms {
			left, err := time.Parse("2006-01-02", u.End)
			if err != nil || u.Role != t.Role || (named != nil && !bs.namesRole(named.p.title, t.Role)) {
				continue
			}
			if gap := outside(at, left, left); gap <= best {
				if r := bs.g.kb.Role(t.Role); r != nil {
					role, best = r, gap
				}
			}
		}
	}
	if role == nil {
		return lt, false
	}
	lt.cop = verb
	lt.m = roleTitle(role, verb.from, verb.to)
	return lt, true
}

// seatAfter finds "NAME moved into Downing Street in July 2024", "NAME
// est entré à Matignon en janvier 2024", "NAME llegó a la Moncloa en
// junio de 2018", "NAME zog im Mai 2025 ins Kanzleramt ein", and leaving
// ("a quitté Matignon en septembre 2024"): the place an office is held
// in stands for the office. Only a month or a year dates it: a day's
// arrival or departure is a holder's coming and going ("left Downing
// Street on Monday for the palace").
func (bs *blockScan) seatAfter(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formCopula, claim: "then", tense: copPast}
	if len(bs.g.seats) == 0 {
		return lt, false
	}
	k, relative, ok := bs.afterName(m)
	if !ok {
		return lt, false
	}
	if relative {
		lt.form = formRelative
	}
	verb, class, ok := bs.claimWordAt(k, cwEntersSeat, cwLeavesSeat)
	if !ok {
		return lt, false
	}
	j, early := verb.to, -1
	if end, ok := bs.timeSpanAt(j); ok && bs.lang == "de" {
		early, j = j, end // "zog im Mai 2025 ins Kanzleramt ein"
	}
	for n := 0; n < 2 && j < len(bs.toks) && bs.joined(j) && seatLeads[bs.toks[j].key]; n++ {
		j++ // "into the", "à", "a la", "ins", "aus dem"
	}
	if j >= len(bs.toks) || !bs.joined(j) {
		return lt, false
	}
	role, end := bs.seatAt(j)
	if role == nil {
		return lt, false
	}
	if p := germanSeatParticles[bs.toks[verb.from].key]; bs.lang == "de" && p != "" && !bs.particleCloses(end, p) {
		// The separable verb's particle closes the clause: "zog … ein",
		// "schied … aus".
		return lt, false
	}
	var day *Date
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		at := bs.tokenAt(d.at)
		near := at >= end && at <= end+1 && bs.allJoined(end-1, at+1) || early >= 0 && (at == early || at == early+1)
		if near && (d.Precision == "month" || d.Precision == "year") && !d.YearInferred {
			day, lt.dated = d, &di
			break
		}
	}
	if day == nil {
		return lt, false
	}
	person, _ := bs.resolvePerson(st, m, lt, false)
	if person == nil || !nearTerm(person, role.ID, day, class == cwEntersSeat) {
		return lt, false
	}
	if class == cwEntersSeat {
		lt.tookOffice = true
	} else {
		lt.left = "left"
	}
	lt.cop = verb
	lt.m = roleTitle(role, verb.from, verb.to)
	return lt, true
}

// nearTerm: one of p's terms in role began (start) or ended within
// about a year of day. Further off, coming to the place is a visit ("Tony
// Blair arrived at Downing Street in March 2023"), not the office.
func nearTerm(p *kb.Person, role string, day *Date, start bool) bool {
	from, to, ok := dayRange(day)
	if !ok {
		return false
	}
	for _, t := range p.Terms {
		at := t.End
		if start {
			at = t.Start
		}
		when, err := time.Parse("2006-01-02", at)
		if t.Role == role && err == nil && outside(when, from, to) <= termReach {
			return true
		}
	}
	return false
}

// termReach is how far from a term's first or last day a date that tells
// of taking or leaving an office with no office named may be, and still
// be that term's: a year off is the error caught; further off, the
// words may be of another seat or a visit.
const termReach = 400 * 24 * time.Hour

// dayRange is a date's first and last day.
func dayRange(d *Date) (from, to time.Time, ok bool) {
	from, err1 := time.Parse("2006-01-02", d.Start)
	to, err2 := time.Parse("2006-01-02", d.End)
	return from, to, err1 == nil && err2 == nil
}

// outside is how far t lies outside [from, to]: 0 within it.
func outside(t, from, to time.Time) time.Duration {
	switch {
	case t.Before(from):
		return from.Sub(t)
	case t.After(to):
		return t.Sub(to)
	}
	return 0
}

// seatLeads are the prepositions and articles between a verb and a seat.
var seatLeads = map[string]bool{"into": true, "the": true, "in": true, "at": true, "to": true, "of": true, "à": true,
	"au": true, "le": true, "la": true, "l": true, "de": true, "du": true, "a": true, "al": true, "en": true, "el": true,
	"del": true, "ins": true, "das": true, "dem": true, "aus": true, "vom": true, "im": true}

// germanSeatParticles close a German separable verb of a seat: "zog …
// ins Kanzleramt ein", "schied … aus dem Kanzleramt aus".
var germanSeatParticles = map[string]string{"zog": "ein", "schied": "aus"}

// seatAt: the words from word k name a seat of office; its role and the
// word after it.
func (bs *blockScan) seatAt(k int) (*kb.Role, int) {
	for _, s := range bs.g.seats {
		if k+len(s.words) > len(bs.toks) {
			continue
		}
		ok := true
		for i, w := range s.words {
			if bs.toks[k+i].key != w || i > 0 && !bs.joined(k+i) {
				ok = false
				break
			}
		}
		if ok {
			if r := bs.g.kb.Role(s.role); r != nil {
				return r, k + len(s.words)
			}
		}
	}
	return nil, k
}

// particleCloses: German separable verb's particle p comes within ten
// words from word k, in one clause with no negation ("löste Stoltenberg
// im Oktober 2024 an der Spitze der Nato ab", not "… nicht ab").
func (bs *blockScan) particleCloses(k int, p string) bool {
	for j := k; j < len(bs.toks) && j < k+10 && bs.sent[j] == bs.sent[k]; j++ {
		if j > k && strings.ContainsAny(bs.gap(j), ",;:") {
			return false
		}
		if _, _, neg := bs.claimWordAt(j, cwNegation); neg {
			return false
		}
		if bs.toks[j].key == p {
			return true
		}
	}
	return false
}

// successionDays is how long an office may stand empty, or both hold it
// (a caretaker), between one holder and the next.
const successionDays = 120

// countryAfter: "of Brazil", "de México", "du Japon" at word k, a
// preposition and up to three capitalised words; the word after them,
// else k.
func (bs *blockScan) countryAfter(k int) int {
	if k+1 >= len(bs.toks) || !bs.joined(k) || !ofCountry[bs.toks[k].key] {
		return k
	}
	j := k + 1
	for j < len(bs.toks) && j <= k+3 && bs.joined(j) && bs.toks[j].upper {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// whichTerm: "for a second term", "for his third term", "pour un second
// mandat", "para un segundo mandato" at word k; the word after, else k.
func (bs *blockScan) whichTerm(k int) int {
	if k+2 >= len(bs.toks) || !termFor[bs.toks[k].key] {
		return k
	}
	j := k + 1
	if termDeterminers[bs.toks[j].key] {
		j++
	}
	if j+1 < len(bs.toks) && (termOrdinals[bs.toks[j].key] || bs.ordinalAt(j)) && termNouns[bs.toks[j+1].key] && bs.allJoined(k, j+2) {
		return j + 2
	}
	return k
}

var (
	termFor         = map[string]bool{"for": true, "pour": true, "para": true, "für": true}
	termDeterminers = map[string]bool{"a": true, "his": true, "her": true, "un": true, "une": true, "son": true, "sa": true, "su": true, "eine": true, "seine": true, "ihre": true}
	termOrdinals    = map[string]bool{"second": true, "third": true, "fourth": true, "new": true, "another": true, "nouveau": true, "segundo": true, "tercer": true, "nuevo": true, "zweite": true, "dritte": true}
	termNouns       = map[string]bool{"term": true, "mandat": true, "mandato": true, "amtszeit": true}
)

var ofCountry = map[string]bool{"of": true, "de": true, "du": true, "del": true, "von": true}

// germanSwornIn reads "wurde … vereidigt" from word k: the auxiliary, at
// most six words of one clause (a date's dots between), and a participle
// of taking office
// (germanOath); it returns the whole as the verb.
func (bs *blockScan) germanSwornIn(k int) (match, bool) {
	if bs.lang != "de" || k >= len(bs.toks) || bs.toks[k].key != "wurde" {
		return match{}, false
	}
	for e := k + 1; e <= k+7 && e < len(bs.toks) && bs.sent[e] == bs.sent[k] && !strings.ContainsAny(bs.gap(e), ",;:"); e++ {
		if germanOath[bs.toks[e].key] {
			return match{from: k, to: e + 1}, true
		}
	}
	return match{}, false
}

// namedTermTitle: the office title t names is one person held, the title
// lt claims over the verb; none when the base holds no such term ("took
// office as trade secretary" may be an office it does not hold).
func (bs *blockScan) namedTermTitle(lt linkedTitle, verb match, t *match, person *kb.Person) (linkedTitle, bool) {
	for _, term := range person.Terms {
		if bs.namesRole(t.p.title, term.Role) {
			lt.cop = verb
			lt.m = roleTitle(bs.g.kb.Role(term.Role), verb.from, verb.to)
			return lt, true
		}
	}
	return lt, false
}

// germanTermVerb reads a German separable verb of taking or leaving an
// office from word k, its parts around the time: "trat am 6. Mai 2025
// sein Amt an", "übernahm am 1. Oktober 2024 das Amt", "schied im Mai
// 2025 aus dem Amt", "trat im Januar 2024 als Premierministerin zurück".
// It returns the whole as the verb, and how it tells of leaving: "left"
// (the last day), "resigned" (perhaps months before it), "" for taking.
func (bs *blockScan) germanTermVerb(k int) (verb match, left string, ok bool) {
	if bs.lang != "de" || k >= len(bs.toks) {
		return match{}, "", false
	}
	first := bs.toks[k].key
	if first != "trat" && first != "übernahm" && first != "schied" {
		return match{}, "", false
	}
	amt, als := false, false
	for e := k + 1; e <= k+10 && e < len(bs.toks) && bs.sent[e] == bs.sent[k] && !strings.ContainsAny(bs.gap(e), ",;:"); e++ {
		w := bs.toks[e].key
		if officeNouns[w] {
			amt = true
		}
		if w == "als" && bs.titleAt(e+1) != nil {
			als = true
		}
		closes := e+1 >= len(bs.toks) || bs.sent[e+1] != bs.sent[e] || strings.ContainsAny(bs.gap(e+1), ",;:.")
		switch {
		case first == "trat" && w == "an" && amt && closes:
			return match{from: k, to: e + 1}, "", true
		case first == "trat" && w == "zurück" && (amt || als) && closes:
			return match{from: k, to: e + 1}, "resigned", true
		case first == "übernahm" && amt && closes:
			return match{from: k, to: e + 1}, "", true
		case first == "schied" && w == "amt" && e >= 2 && (bs.toks[e-1].key == "dem" && bs.toks[e-2].key == "aus") && closes:
			return match{from: k, to: e + 1}, "left", true
		}
	}
	return match{}, "", false
}

// officeNouns are the German words for an office taken or left: "sein
// Amt", "die Amtsgeschäfte".
var officeNouns = map[string]bool{"amt": true, "amtsgeschäfte": true, "regierungsgeschäfte": true}

// germanOath are the participles that end "X wurde … vereidigt".
var germanOath = map[string]bool{"vereidigt": true, "eingeführt": true}

// ownerBefore finds "NATO's Stoltenberg", "Canada's Justin Trudeau": a
// possessive owner right before the name that is what exactly one of the
// person's offices heads. The possessive is the title.
func (bs *blockScan) ownerBefore(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "before", qual: -1, form: formOwner, claim: "current"}
	s := m.from - 1
	if s < 0 || !isBlank(bs.gap(m.from)) || bs.sent[s] != bs.sent[m.from] {
		return lt, false
	}
	apostrophe := s >= 1 && bs.toks[s].key == "s" && gapClass(bs.gap(s)) == gapApos
	if !apostrophe && bs.claimLang() != "de" {
		return lt, false
	}
	if m.to < len(bs.toks) && strings.TrimSpace(bs.gap(m.to)) == "," && bs.isNow(m.to) {
		// "Germany's Olaf Scholz, now a backbench MP,": the apposition
		// says what the person is now.
		return lt, false
	}
	if !apostrophe {
		return bs.genitiveOwner(st, m, lt)
	}
	person, _ := bs.resolvePerson(st, m, lt, false)
	if person == nil {
		return bs.ownerOfNamesakes(st, m, lt, s)
	}
	return bs.ownerTitle(st, person, m, lt, s, false)
}

// ownerTitle: words ending before word end, from a capitalised one, name
// an owner of one of person's offices that is not a foreign one's (see
// abroad): that office is the title of name m, over the words from the
// owner up to the name. With articled an article may stand before the
// owner ("L'OTAN", "La OTAN").
func (bs *blockScan) ownerTitle(st *mentionState, person *kb.Person, m match, lt linkedTitle, end int, articled bool) (linkedTitle, bool) {
	lang := bs.claimLang()
	for from := max(end-5, 0); from < end; from++ {
		after := articled && from > 0 && bs.isArticle(from-1) && bs.toks[from].upper && bs.allJoined(from, end)
		if !bs.ownerStarts(from, end) && !after {
			continue
		}
		if role, ok := bs.ownedRole(st, person, bs.keys(from, end), lang); ok && role != nil {
			if bs.abroad(st, person, role) {
				return lt, false
			}
			lt.m = roleTitle(role, from, m.from)
			return lt, true
		}
	}
	return lt, false
}

// ledOwnerBefore finds "NATO, led by Jens Stoltenberg, is …", "Germany,
// under Olaf Scholz, is …", "l'OTAN, dirigée par Jens Stoltenberg, est …":
// the owner of one of the person's offices, a comma, a phrase that joins
// an office's form to its holder, the name and a comma, in a sentence that
// speaks in the present with no verb of the past but the join's
// participle. In the past ("NATO, led by Stoltenberg, agreed …") it tells
// of the time in office. The passive in the present, "NATO is led by Jens
// Stoltenberg", claims the same.
func (bs *blockScan) ledOwnerBefore(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "before", qual: -1, form: formOwner, claim: "current", tense: copPresent}
	lang := bs.claimLang()
	jm, _, ok := bs.claimWordEnding(m.from, cwFormJoin)
	if !ok || !bs.joined(m.from) || jm.from < 1 || !claimLangOf(jm, cwFormJoin, lang) {
		return lt, false
	}
	switch bs.toks[jm.from].key {
	case "de", "d", "von":
		return lt, false // "la France, de …": no one's office
	}
	c := jm.from
	if (bs.isNow(c-1) || bs.isPinWord(c-1)) && bs.joined(c) {
		c-- // "NATO, currently led by …"
	}
	if cop, kind, ok := bs.claimWordEnding(c, cwPresent); ok && kind == cwPresent && cop.from > 0 && bs.joined(c) &&
		claimLangOf(cop, cwPresent, lang) && bs.sent[cop.from-1] == bs.sent[m.from] {
		// The passive in the present: "Germany is led by Olaf Scholz",
		// "la France est dirigée par Emmanuel Macron".
		if person, _ := bs.resolvePerson(st, m, lt, false); person != nil {
			return bs.ownerTitle(st, person, m, lt, cop.from, true)
		}
		return lt, false
	}
	if strings.TrimSpace(bs.gap(c)) != "," || bs.sent[c-1] != bs.sent[m.from] ||
		m.to >= len(bs.toks) || bs.sent[m.to] != bs.sent[m.from] || strings.TrimSpace(bs.nameGap(m.to)) != "," {
		return lt, false
	}
	if !bs.presentBesides(m.to, jm.from, jm.to) {
		return lt, false
	}
	person, _ := bs.resolvePerson(st, m, lt, false)
	if person == nil {
		return lt, false
	}
	return bs.ownerTitle(st, person, m, lt, c, true)
}

// ownerOfNamesakes is ownerBefore for a surname that several people of
// the knowledge base share ("Canada's Trudeau": Pierre and Justin): when
// the possessive names one office that those of them who held an office it
// heads all held, that office is the title, and which of them the name
// is, the time of the sentence tells (resolvePerson, as for "Prime
// Minister Trudeau"). A namesake who held no office the possessive heads
// leaves the name untold.
func (bs *blockScan) ownerOfNamesakes(st *mentionState, m match, lt linkedTitle, s int) (linkedTitle, bool) {
	lang := bs.claimLang()
	for from := max(s-5, 0); from < s; from++ {
		if !bs.ownerStarts(from, s) {
			continue
		}
		var role *kb.Role
		none := false // a namesake held none ("India's Gandhi" may be Rahul)
		for _, r := range m.p.names {
			held, ok := bs.ownedRole(st, r.person, bs.keys(from, s), lang)
			switch {
			case !ok || held == nil:
				none = true
			case role != nil && held != role, bs.abroad(st, r.person, held):
				return lt, false
			default:
				role = held
			}
		}
		if role != nil && !none {
			lt.m = roleTitle(role, from, m.from)
			return lt, true
		}
	}
	return lt, false
}

// genitiveOwner is ownerBefore in German, whose possessive is a genitive
// without an apostrophe: "Kanadas Trudeau", "Neuseelands Ardern" say what
// "Canada's Trudeau" says. The genitive is of a country's name (CLDR's, as
// for "Premierminister Japans") whose offices the person held; a surname
// that namesakes share is told as in ownerOfNamesakes.
func (bs *blockScan) genitiveOwner(st *mentionState, m match, lt linkedTitle) (linkedTitle, bool) {
	var people []*kb.Person
	if p, _ := bs.resolvePerson(st, m, lt, false); p != nil {
		people = append(people, p)
	} else {
		for _, r := range m.p.names {
			people = append(people, r.person)
		}
	}
	var role *kb.Role
	from := -1
	for _, p := range people {
		held, f := bs.genitiveRole(st, p, m.from)
		if held == nil || role != nil && held != role || bs.abroad(st, p, held) {
			return lt, false
		}
		role, from = held, f
	}
	if role == nil {
		return lt, false
	}
	lt.m = roleTitle(role, from, m.from)
	return lt, true
}

// genitiveBefore: in German, the word before the name is the genitive of
// a country where one of the people the name may be held an office
// ("Kanadas Trudeau"): a possessive, not more of the name.
func (bs *blockScan) genitiveBefore(m match) bool {
	if bs.lang != "de" {
		return false
	}
	for _, r := range m.p.names {
		if roles, _ := bs.genitiveRoles(r.person, m.from); len(roles) > 0 {
			return true
		}
	}
	return false
}

// genitiveRole is the office of p in the country whose genitive ends
// right before word at, and where that genitive starts; nil when p held
// none there, or several and nothing tells which (pickRole).
func (bs *blockScan) genitiveRole(st *mentionState, p *kb.Person, at int) (*kb.Role, int) {
	roles, from := bs.genitiveRoles(p, at)
	return bs.pickRole(st, p, roles, "de"), from
}

// genitiveRoles are the offices p held in the country whose genitive
// ends right before word at, and where that genitive starts.
func (bs *blockScan) genitiveRoles(p *kb.Person, at int) ([]*kb.Role, int) {
	var roles []*kb.Role
	from := -1
	for _, t := range p.Terms {
		r := bs.g.kb.Role(t.Role)
		if r == nil || slices.Contains(roles, r) || !countryCode(r.Jurisdiction) {
			continue
		}
		for _, name := range bs.g.placeNames(r.Jurisdiction) {
			if f := at - len(name); f >= 0 && bs.genitiveAt(f, name) {
				roles, from = append(roles, r), f
				break
			}
		}
	}
	return roles, from
}

// genitiveAt: the words from word from are name, its last word in the
// genitive ("Neuseelands"), capitalised and not the end of a longer name.
func (bs *blockScan) genitiveAt(from int, name []string) bool {
	if !bs.toks[from].upper || from > 0 && bs.joined(from) && bs.toks[from-1].upper {
		return false
	}
	for i, w := range name {
		k := from + i
		if i > 0 && !bs.joined(k) {
			return false
		}
		if key := bs.toks[k].key; i < len(name)-1 && key != w || i == len(name)-1 && key != w+"s" {
			return false
		}
	}
	return true
}

// ownerStarts: the words from word from to the possessive "s" at s are
// an owner's whole name, capitalised ("New Zealand" in "New Zealand's"),
// not the end of a longer one.
func (bs *blockScan) ownerStarts(from, s int) bool {
	return bs.toks[from].upper && bs.allJoined(from, s) && (from == 0 || !bs.joined(from) || !bs.toks[from-1].upper)
}

// abroad: a country's possessive names where the person comes from, not
// an office of that country, when at the article's date they hold an
// office beyond it: "Germany's Ursula von der Leyen", "Portugal's António
// Costa" are the EU's.
func (bs *blockScan) abroad(st *mentionState, p *kb.Person, role *kb.Role) bool {
	if st.refEnd == "" || !countryCode(role.Jurisdiction) {
		return false
	}
	for _, t := range p.Terms {
		if r := bs.g.kb.Role(t.Role); r != nil && t.Covers(st.refEnd) && !countryCode(r.Jurisdiction) && r.Jurisdiction != "" {
			return true
		}
	}
	return false
}

// fromThere: at the time t, a country's possessive before p's name
// ("Norway's Jens Stoltenberg", "Germany's Angela Merkel") names where p
// comes from, not p's office role of that country: at a time the
// sentence gives, p had yet to take that office or held an office beyond
// the country (as abroad does for the article's date); at any time, when
// the possessive is the country's name (country), p would take the office
// only more than a year later, or had left it more than a year before.
// Nearer its term, "Japan's Kishida" still claims the office.
func (g *Gazetteer) fromThere(p *kb.Person, role string, t MentionTime, country bool) bool {
	if t.Start == "" || t.End == "" {
		return false
	}
	started, next, last := false, "", ""
	for _, term := range p.Terms {
		if term.Role == role {
			switch {
			case term.Start > t.End:
				if next == "" || term.Start < next {
					next = term.Start
				}
			case term.Covers(t.Start) || term.End == "":
				started, last = true, "current"
			default:
				started = true
				if last != "current" && term.End > last {
					last = term.End
				}
			}
		}
		if r := g.kb.Role(term.Role); t.Basis == "sentence" && r != nil && term.Covers(t.Start) && !countryCode(r.Jurisdiction) && r.Jurisdiction != "" {
			return true
		}
	}
	switch {
	case t.Basis == "sentence" && !started:
		return true
	case !country:
		return false
	case next != "" && last != "current" && addDays(t.End, 365) < next:
		return true
	}
	return last != "current" && last != "" && addDays(last, 365) < t.Start
}

// countryOwner: the words from word from up to the name at word to, less
// the possessive's "'s" (or the German genitive's "s"), are a name of the
// country role r belongs to ("Germany's", "Kanadas"), not an
// organisation's or a department's ("NATO's", "Commerce's").
func (bs *blockScan) countryOwner(from, to int, role string) bool {
	r := bs.g.kb.Role(role)
	if r == nil || !countryCode(r.Jurisdiction) {
		return false
	}
	end := to
	if end-1 > from && bs.toks[end-1].key == "s" && gapClass(bs.gap(end-1)) == gapApos {
		end--
	}
	if end <= from {
		return false
	}
	words := make([]string, 0, end-from)
	for i := from; i < end; i++ {
		words = append(words, bs.toks[i].key)
	}
	if !strings.Contains(bs.gap(end), "'") && !strings.Contains(bs.gap(end), "’") {
		words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], "s") // "Kanadas"
	}
	for _, name := range bs.g.placeNames(r.Jurisdiction) {
		if slices.Equal(name, words) {
			return true
		}
	}
	return false
}

// countryCode: a jurisdiction that is a country's two-letter code ("DE"),
// not an organisation's name ("EU", "NATO" is no country: EU is two
// letters, so the organisations are listed).
func countryCode(j string) bool {
	return len(j) == 2 && j == strings.ToUpper(j) && !internationalJurisdictions[j]
}

// internationalJurisdictions are two-letter jurisdictions that are not
// countries.
var internationalJurisdictions = map[string]bool{"EU": true, "UN": true}

// ownedRole is the office of person that heads owner (lower-case words
// joined by spaces). ok says some office does; role is nil when several
// do and nothing tells which: the one held at the article's date, else
// the only one with a government ("Japan's Kishida": prime minister, not
// foreign minister).
func (bs *blockScan) ownedRole(st *mentionState, p *kb.Person, owner, lang string) (role *kb.Role, ok bool) {
	var roles []*kb.Role
	for _, t := range p.Terms {
		r := bs.g.kb.Role(t.Role)
		if r != nil && !slices.Contains(roles, r) && bs.g.owners(r, lang)[owner] {
			roles = append(roles, r)
		}
	}
	return bs.pickRole(st, p, roles, lang), len(roles) > 0
}

// pickRole is the one of p's offices roles that a possessive names: the
// only one, else the one held at the article's date, else the only one
// with a government; nil when none is, or nothing tells which.
func (bs *blockScan) pickRole(st *mentionState, p *kb.Person, roles []*kb.Role, lang string) *kb.Role {
	switch len(roles) {
	case 0:
		return nil
	case 1:
		return roles[0]
	}
	if st.refEnd != "" {
		// Of several held then, the one that governs: "who leads
		// Britain" is the prime minister's, not the party leader's.
		var held *kb.Role
		for _, t := range p.Terms {
			if t.Covers(st.refEnd) {
				if r := bs.g.kb.Role(t.Role); slices.Contains(roles, r) && (held == nil || governing(r, lang) && !governing(held, lang)) {
					held = r
				}
			}
		}
		if held != nil {
			return held
		}
	}
	var gov *kb.Role
	for _, r := range roles {
		if governing(r, lang) {
			if gov != nil {
				return nil
			}
			gov = r
		}
	}
	return gov
}

// datedClause: the clause goes on from word e with a date ("at the helm
// of NATO from 2014 to 2024,", "who leads NATO until October"): it tells
// when, which the present of the verb does not; a date after "since" does
// not ("who leads NATO since 2014" claims now).
func (bs *blockScan) datedClause(e int) bool {
	// The date follows the object or its preposition; one further on
	// belongs to what the sentence goes on to say ("… and said on Monday").
	for k := e; k < len(bs.toks) && k < e+2 && bs.sent[k] == bs.sent[e-1]; k++ {
		if k > e && strings.ContainsAny(bs.gap(k), ",;:()—–") {
			break
		}
		if bs.overlapsDate(k, k+1) && !bs.g.since[bs.toks[k-1].key] {
			return true // "since 2014" tells when the term began: the claim is of now
		}
	}
	return false
}

// upToNow: "since" or "for" follows word e's object: "has led NATO since
// 2014", "has headed the government for two years".
func (bs *blockScan) upToNow(e int) bool {
	return e < len(bs.toks) && bs.sent[e] == bs.sent[e-1] && (bs.g.since[bs.toks[e].key] || bs.toks[e].key == "for")
}

// endsObject: word e is past the end of a clause's object — the
// sentence's end, punctuation, or a word that opens what follows.
func (bs *blockScan) endsObject(e int) bool {
	if e >= len(bs.toks) || bs.sent[e] != bs.sent[e-1] {
		return true
	}
	switch gapClass(bs.gap(e)) {
	case gapOther:
		return true
	case gapSpace:
		return objectEnds[bs.toks[e].key]
	}
	return false
}

func (bs *blockScan) allJoined(from, to int) bool {
	for i := from + 1; i < to; i++ {
		if !bs.joined(i) {
			return false
		}
	}
	return true
}

// keys is words [from, to) in lower case, joined by spaces.
func (bs *blockScan) keys(from, to int) string {
	parts := make([]string, 0, to-from)
	for i := from; i < to; i++ {
		parts = append(parts, bs.toks[i].key)
	}
	return strings.Join(parts, " ")
}

// owners returns what role r heads, as lower-case words joined by spaces,
// read from its labels in lang: what follows "of" ("Secretary General of
// NATO": "nato"), a possessive owner ("Britain's Prime Minister":
// "britain"), an acronym or a word joined by a hyphen that opens a label
// ("UK Prime Minister", "Nato-Generalsekretär"); for an office with a
// government ("{surname} government"), also that government ("british
// government", "government of japan", "gouvernement britannique") and
// "the government", "the country".
func (g *Gazetteer) owners(r *kb.Role, lang string) map[string]bool {
	key := r.ID + "/" + lang
	if v, ok := g.ownerCache.Load(key); ok {
		return v.(map[string]bool)
	}
	w := g.claimWords[lang]
	of := setOf(w.Of)
	articles := setOf(w.Articles)
	if lang == "de" {
		of["der"] = true // "Generalsekretär der Nato"
	}
	labels := r.Lang[lang].Labels
	if lang == "en" {
		labels = append(append([]string(nil), r.Labels...), r.Abbreviations...)
	}
	gov := governing(r, lang)
	out := map[string]bool{}
	add := func(words []string) {
		for len(words) > 0 && articles[words[0]] {
			words = words[1:]
		}
		if len(words) == 0 {
			return
		}
		o := strings.Join(words, " ")
		out[o] = true
		if gov {
			for _, gw := range governmentWords[lang] {
				if lang == "en" {
					out[o+" "+gw] = true
					out[o+" s "+gw] = true // "leads Germany's government"
				} else {
					out[gw+" "+o] = true
				}
				out[gw+" "+w.first("of")+" "+o] = true
			}
		}
	}
	for _, l := range labels {
		toks := tokenize(l)
		keys := make([]string, len(toks))
		for i, t := range toks {
			keys[i] = t.key
		}
		for i := 1; i < len(toks)-1; i++ {
			if of[keys[i]] {
				add(keys[i+1:])
				break
			}
		}
		for i := 1; i < len(toks); i++ {
			if keys[i] == "s" && gapClass(l[toks[i-1].end:toks[i].start]) == gapApos {
				add(keys[:i])
				break
			}
		}
		if len(toks) > 1 {
			first := tokText(l, toks[0])
			if toks[0].acronym || len(first) > 1 && first == strings.ToUpper(first) || gapClass(l[toks[0].end:toks[1].start]) == gapHyphen {
				add(keys[:1])
			} else if gov && lang == "en" && toks[0].upper {
				add(keys[:1]) // "British Prime Minister": "british government"
			} else if gov && lang != "en" && lang != "de" && !toks[len(toks)-1].upper {
				add(keys[len(keys)-1:]) // "Premier ministre britannique"
			} else if gov && lang == "de" && !toks[0].upper {
				// "britischer Premierminister": the adjective in each of
				// its endings ("seinem britischen Amtskollegen").
				for _, f := range germanEndings(keys[0]) {
					add([]string{f})
				}
			}
		}
	}
	if gov {
		for _, gw := range governmentWords[lang] {
			out[gw] = true
		}
		// An office that governs a country heads it by any of the
		// country's names, whether or not a label says "of Germany":
		// "qui dirige l'Allemagne", "que encabeza Francia".
		if countryCode(r.Jurisdiction) {
			for _, name := range g.placeNames(r.Jurisdiction) {
				add(name)
			}
		}
	}
	v, _ := g.ownerCache.LoadOrStore(key, out)
	return v.(map[string]bool)
}

// germanEndings are a German adjective's declined forms ("britischer":
// "britische", "britischer", "britischen", "britischem", "britisches");
// none for a word that is no such adjective.
func germanEndings(w string) []string {
	for _, end := range []string{"er", "en", "em", "es", "e"} {
		if stem, ok := strings.CutSuffix(w, end); ok && strings.HasSuffix(stem, "isch") {
			return []string{stem + "e", stem + "er", stem + "en", stem + "em", stem + "es"}
		}
	}
	return nil
}

// counterpartAround finds "his Canadian counterpart, Justin Trudeau",
// "Justin Trudeau, her Canadian counterpart,", "son homologue canadien X",
// "su homólogo canadiense, X", "seinem kanadischen Amtskollegen X": the
// person holds, at the time told, the office that governs the country
// the nationality names, one of the person's offices (ownedRole). A
// counterpart in an office that governs nothing (a minister's) is left
// untold.
func (bs *blockScan) counterpartAround(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "before", qual: -1, form: formCounterpart, claim: "current"}
	lang := bs.claimLang()
	from, to, demonym := -1, -1, -1
	if k := m.from - 1; k >= 2 && bs.sent[k-2] == bs.sent[m.from] && (isBlank(bs.gap(m.from)) || strings.TrimSpace(bs.gap(m.from)) == ",") {
		from, to, demonym = bs.counterpartPhrase(k-2, lang)
	}
	if from < 0 && m.to+3 <= len(bs.toks) && bs.sent[m.to+2] == bs.sent[m.from] && strings.TrimSpace(bs.gap(m.to)) == "," {
		if f, t, d := bs.counterpartPhrase(m.to, lang); f >= 0 && (t == len(bs.toks) || bs.sent[t] != bs.sent[m.from] || strings.ContainsAny(bs.gap(t), ",;")) {
			from, to, demonym, lt.position = f, t, d, "after"
		}
	}
	if from < 0 {
		return lt, false
	}
	person, _ := bs.resolvePerson(st, m, lt, false)
	if person == nil {
		return lt, false
	}
	role, _ := bs.ownedRole(st, person, bs.toks[demonym].key, lang)
	if role == nil {
		role = bs.counterpartMinister(st, person, bs.toks[demonym].key, from, lang)
	}
	if role == nil {
		return lt, false
	}
	lt.m = roleTitle(role, from, to)
	return lt, true
}

// counterpartMinister is the office of a minister's counterpart: of the
// person's offices in the country the nationality names (its head of
// government's owner), the one of the same kind as an office the
// sentence names or its earlier people hold: "Wang Yi held talks with
// his German counterpart" names Germany's foreign minister, as Wang Yi is
// China's. Nil when no such office is.
func (bs *blockScan) counterpartMinister(st *mentionState, person *kb.Person, demonym string, from int, lang string) *kb.Role {
	kinds := bs.kindsBefore(st, from)
	if len(kinds) == 0 {
		return nil
	}
	for _, t := range person.Terms {
		r := bs.g.kb.Role(t.Role)
		if r == nil || !kinds[roleKind(r.ID)] || len(r.ID) < 3 || r.ID[2] != '-' {
			continue
		}
		for _, head := range []string{"prime-minister", "president", "chancellor"} {
			if gr := bs.g.kb.Role(r.ID[:3] + head); gr != nil && bs.g.owners(gr, lang)[demonym] {
				return r
			}
		}
	}
	return nil
}

// kindsBefore are the kinds (roleKind) of the offices named before word
// from in its sentence, by a title or held by a person named then.
func (bs *blockScan) kindsBefore(st *mentionState, from int) map[string]bool {
	kinds := map[string]bool{}
	for _, t := range bs.titles {
		if t.to <= from && bs.sent[t.from] == bs.sent[from] && t.p.title != nil {
			if t.p.title.label != nil {
				kinds[roleKind(t.p.title.label.ID)] = true
			}
			for _, r := range t.p.title.short {
				kinds[roleKind(r.ID)] = true
			}
		}
	}
	for _, m := range bs.ms[kName] {
		if m.to > from || bs.sent[m.from] != bs.sent[from] {
			continue
		}
		for _, ref := range m.p.names {
			for _, t := range ref.person.Terms {
				if st.refEnd == "" || t.Covers(st.refEnd) {
					kinds[roleKind(t.Role)] = true
				}
			}
		}
	}
	return kinds
}

// roleKind is what kind of office a role id names, whatever the country:
// "de-foreign-minister" and "us-secretary-of-state" are both
// "foreign-minister".
func roleKind(id string) string {
	if len(id) > 3 && id[2] == '-' {
		id = id[3:]
	}
	if k, ok := kindAliases[id]; ok {
		return k
	}
	return id
}

var kindAliases = map[string]string{
	"secretary-of-state": "foreign-minister", "foreign-secretary": "foreign-minister",
	"secretary-of-defense": "defence-minister", "defence-secretary": "defence-minister",
	"treasury-secretary": "finance-minister", "chancellor-of-the-exchequer": "finance-minister",
	"home-secretary": "interior-minister", "home-affairs-minister": "interior-minister",
}

// counterpartPhrase reads a possessive, a nationality and a word for a
// counterpart from word k, in the order of lang ("his Canadian
// counterpart", "son homologue canadien"): its words [from, to) and the
// nationality's word, or -1s.
func (bs *blockScan) counterpartPhrase(k int, lang string) (from, to, demonym int) {
	if k+2 >= len(bs.toks) || !counterpartOwners[bs.toks[k].key] || !isBlank(bs.gap(k+1)) || !isBlank(bs.gap(k+2)) {
		return -1, -1, -1
	}
	a, b := k+1, k+2 // nationality, noun
	if lang == "fr" || lang == "es" {
		a, b = b, a
	}
	if !counterpartNouns[bs.toks[b].key] || bs.toks[a].upper && lang != "en" {
		return -1, -1, -1
	}
	return k, k + 3, a
}

var (
	counterpartOwners = map[string]bool{"his": true, "her": true, "their": true, "its": true, "son": true, "sa": true, "leur": true,
		"su": true, "sein": true, "seine": true, "seinem": true, "seinen": true, "seiner": true, "ihr": true, "ihre": true, "ihrem": true, "ihren": true, "ihrer": true}
	counterpartNouns = map[string]bool{"counterpart": true, "homologue": true, "homólogo": true, "homóloga": true,
		"amtskollege": true, "amtskollegen": true, "amtskollegin": true}
)

// claimLang is the block's language for the claim grammar: English when
// it is not known.
func (bs *blockScan) claimLang() string {
	if bs.lang == "" {
		return "en"
	}
	return bs.lang
}

// roleTitle is a title match for role r over words [from, to): the words
// that claim it when no title names it ("leads NATO", "NATO's").
func roleTitle(r *kb.Role, from, to int) *match {
	return &match{p: &phrase{kind: kTitle, title: &titleRef{label: r}}, from: from, to: to}
}

// governing: role r has a government, by its adjectival forms in English
// or lang.
func governing(r *kb.Role, lang string) bool {
	return governs(r.Adjectival, "en") || governs(r.Lang[lang].Adjectival, lang)
}

// governs: a role's adjectival forms name a government ("{surname}
// administration", "gouvernement {surname}").
func governs(forms []string, lang string) bool {
	for _, f := range forms {
		for _, t := range tokenize(f) {
			for _, gw := range governmentWords[lang] {
				if t.key == gw {
					return true
				}
			}
		}
	}
	return false
}

func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[strings.ToLower(w)] = true
	}
	return m
}

// first is the first word of a claim word list, "" when it is empty.
func (w ClaimWords) first(class string) string {
	if l := *w.list(class); len(l) > 0 {
		return strings.ToLower(l[0])
	}
	return ""
}
