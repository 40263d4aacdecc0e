package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/document"
)

// The claim grammar: the ways a page says that someone holds an office
// beside a title next to a name ("Prime Minister Jane Doe", "Jane Doe, the
// prime minister"): a copula ("Jane Doe is the current prime minister of
// X"), the same turned round ("The prime minister of X is Jane Doe"), a
// relative clause ("Jane Doe, who is the prime minister"), and headline
// forms with a colon ("Jane Doe: X's Prime Minister in 2025", "X's Current
// Prime Minister: Jane Doe"). The words come from rules/cues/claims.toml,
// by language.

// Claim forms: how the text ties a name to a title.
const (
	formTitle       = "title"       // Prime Minister Jane Doe
	formOwner       = "owner"       // NATO's Jane Doe
	formApposition  = "apposition"  // Jane Doe, the prime minister
	formRelative    = "relative"    // Jane Doe, who is the prime minister
	formCopula      = "copula"      // Jane Doe is the prime minister
	formInverted    = "inverted"    // the prime minister is Jane Doe
	formHeadline    = "headline"    // Jane Doe: Prime Minister / Prime Minister: Jane Doe
	formQuestion    = "question"    // Who is the prime minister? Jane Doe.
	formCounterpart = "counterpart" // his British counterpart, Jane Doe
)

// Copula tenses.
const (
	copNone = iota
	copPresent
	copPast
	copFuture
)

// indexClaims indexes the block's claim-word matches by the word they
// start at and the word they end before, so that the grammar looks one up
// in constant time (a page on one line may hold thousands).
func (bs *blockScan) indexClaims() {
	n := len(bs.toks) + 1
	bs.claimFrom = resize(bs.claimFrom, n)
	bs.claimTo = resize(bs.claimTo, n)
	for i := range n {
		bs.claimFrom[i], bs.claimTo[i] = -1, -1
	}
	for i, m := range bs.ms[kClaim] {
		bs.claimFrom[m.from] = int32(i)
		bs.claimTo[m.to] = int32(i)
	}
}

// claimWordAt is the claim-grammar phrase of one of the classes starting
// at word k, in the block's language.
func (bs *blockScan) claimWordAt(k int, classes ...int) (match, int, bool) {
	if k < 0 || k >= len(bs.toks) || bs.claimFrom[k] < 0 {
		return match{}, 0, false
	}
	m := bs.ms[kClaim][bs.claimFrom[k]]
	for _, w := range m.p.cw {
		if bs.lang != "" && w.lang != bs.lang {
			continue
		}
		for _, c := range classes {
			if w.class == c {
				return m, c, true
			}
		}
	}
	return match{}, 0, false
}

// claimWordEnding is the claim-grammar phrase of one of the classes that
// ends right before word k.
func (bs *blockScan) claimWordEnding(k int, classes ...int) (match, int, bool) {
	if k < 0 || k > len(bs.toks) || bs.claimTo[k] < 0 {
		return match{}, 0, false
	}
	return bs.claimWordAt(bs.ms[kClaim][bs.claimTo[k]].from, classes...)
}

// presentCueAt is a present cue ("currently", "now", "still") starting at
// word k.
func (bs *blockScan) presentCueAt(k int) (match, bool) {
	for _, m := range bs.ms[kPresent] {
		if m.from == k {
			return m, true
		}
	}
	return match{}, false
}

// sameClause: words k-1 and k are in one sentence with only a space (or an
// apostrophe or a hyphen) between them.
func (bs *blockScan) joined(k int) bool {
	if k <= 0 || k >= len(bs.toks) || bs.sent[k] != bs.sent[k-1] {
		return false
	}
	switch gapClass(bs.gap(k)) {
	case gapSpace, gapApos, gapHyphen:
		return true
	}
	return false
}

// nameGap is the gap before word k, after a name: the dot of a name that
// ends in "Jr." or "Sr." belongs to the name ("Robert F. Kennedy Jr., the
// secretary", "Kennedy Jr. is").
func (bs *blockScan) nameGap(k int) string {
	g := bs.gap(k)
	switch t := bs.toks[k-1]; {
	case t.key == "jr" || t.key == "sr":
		return strings.TrimPrefix(g, ".")
	case t.upper && romanNumeral(t.key) && (bs.lang == "de" || bs.lang == "") && k < len(bs.toks) && !bs.toks[k].upper:
		// German writes a regnal number with its full stop: "Elisabeth
		// II. starb", "Benedikt XVI. ruft".
		return strings.TrimPrefix(g, ".")
	}
	return g
}

// romanNumeral: w, in lower case, is a regnal number from ii to xxx.
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "ivx") == ""
}

// ordinalAt: "47th", "2nd", "first" ... "tenth" at word k (a number that
// counts holders, not a qualifier of the claim).
func (bs *blockScan) ordinalAt(k int) bool {
	w := bs.toks[k].key
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n > 0 {
		// English, French ("25e", "2ème") and Spanish ("5º") suffixes.
		switch w[n:] {
		case "st", "nd", "rd", "th", "e", "er", "re", "ère", "ème", "º", "ª":
			return true
		}
	}
	return ordinalWords[w]
}

// ordinalWords are the ranks written as words in the four languages, up
// to the tenth or twelfth ("der neunte Bundeskanzler", "le troisième
// président", "el quinto presidente"); German in its three endings.
var ordinalWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
		premier première deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième
		primer primera primero segundo segunda tercer tercero tercera cuarto cuarta quinto quinta sexto sexta
		séptimo séptima octavo octava noveno novena décimo décima`) {
		m[w] = true
	}
	for _, stem := range strings.Fields("erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte") {
		m[stem], m[stem+"r"], m[stem+"n"] = true, true, true
	}
	return m
}()

// joinsRanks: word k is "and" between an ordinal or a qualifier and
// another ("the 46th and current president", "the current and 57th prime
// minister"): the words on each side describe the same title.
func (bs *blockScan) joinsRanks(k int) bool {
	if k < 1 || k+1 >= len(bs.toks) || !andWords[bs.toks[k].key] || !bs.joined(k) || !bs.joined(k+1) {
		return false
	}
	rank := func(i int) bool {
		if bs.ordinalAt(i) {
			return true
		}
		_, ok := bs.qualifierAt(i)
		return ok
	}
	return rank(k-1) && rank(k+1)
}

// ownerAt: a possessive owner before a title at word k — "Japan's",
// "the country's", "Britain’s" — returning the word after it.
func (bs *blockScan) ownerAt(k int) (int, bool) {
	j := k
	if j < len(bs.toks) && bs.toks[j].key == "the" && j+1 < len(bs.toks) && bs.joined(j+1) {
		j++
	}
	// Up to three words of a name: "the United States'".
	for n := 0; n < 3 && j < len(bs.toks); n++ {
		if j+1 < len(bs.toks) && bs.toks[j+1].key == "s" && gapClass(bs.gap(j+1)) == gapApos && (bs.toks[j].upper || j > k) {
			return j + 2, true
		}
		if !bs.toks[j].upper || j+1 >= len(bs.toks) || !bs.joined(j+1) {
			break
		}
		j++
	}
	return 0, false
}

// claimObject reads the title a copula claims, from word k: (article)
// (pin or qualifier)... (ordinal) (owner's) TITLE. It returns the title,
// the qualifier found (-1 for none), whether a pin word was seen, and the
// claim a qualifier makes ("" for none).
func (bs *blockScan) claimObject(k int) (tm *match, qual, qualTo int, pinned bool, claim string, ok bool) {
	qual = -1
	for steps := 0; k < len(bs.toks) && steps < 8; steps++ {
		if steps > 0 && !bs.joined(k) {
			return nil, -1, -1, false, "", false
		}
		if t := bs.titleAt(k); t != nil {
			return t, qual, qualTo, pinned, claim, true
		}
		if m, _, found := bs.claimWordAt(k, cwPin); found {
			pinned = true
			if q, isQ := bs.qualifierAt(k); isQ {
				qual, qualTo = q.from, q.to
			}
			k = m.to
			continue
		}
		if q, isQ := bs.qualifierAt(k); isQ {
			if !bs.ordinalAt(k) {
				qual, qualTo, claim = q.from, q.to, q.p.claim
			}
			k = q.to
			continue
		}
		if m, _, found := bs.claimWordAt(k, cwArticle); found {
			k = m.to
			continue
		}
		if bs.ordinalAt(k) || bs.joinsRanks(k) {
			k++
			continue
		}
		if next, isOwner := bs.ownerAt(k); isOwner {
			k = next
			continue
		}
		// One adjective before a short title: "ist der deutsche
		// Bundeskanzler" (a short title names an office only for someone
		// who held it, so the adjective cannot mislead).
		if t := bs.toks[k]; !t.upper && stopwords[t.key] == 0 && isLetters(t.key) && !superlative(t.key) && k+1 < len(bs.toks) && bs.joined(k+1) {
			if tm := bs.titleAt(k + 1); tm != nil && tm.p.title.label == nil {
				return tm, qual, qualTo, pinned, claim, true
			}
		}
		return nil, -1, -1, false, "", false
	}
	return nil, -1, -1, false, "", false
}

// superlative: "the oldest president", "the only chancellor", "the last
// king" describe a record, which outlives the term, not the holding of
// the office.
func superlative(w string) bool {
	switch w {
	case "only", "last", "latest", "best", "worst", "most", "least":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "est")
}

// titleEnds checks that a claimed title ends its phrase: not "the
// president's son", not "the president of the company" (a short title
// followed by "of": the place is not the office's), not "the prime
// minister candidate". It returns the word after the title and its "of
// PLACE".
func (bs *blockScan) titleEnds(tm *match) (int, bool) {
	e := tm.to
	if e >= len(bs.toks) || bs.sent[e] != bs.sent[tm.from] {
		return e, true
	}
	g := gapClass(bs.gap(e))
	if g == gapApos && bs.toks[e].key == "s" {
		return e, false
	}
	if g == gapHyphen {
		return e, false // "president-elect" is the qualifier grammar's
	}
	if g != gapSpace {
		return e, true
	}
	if _, _, of := bs.claimWordAt(e, cwOf); of {
		if tm.p.title.label == nil {
			return e, false
		}
		return e, true
	}
	t := bs.toks[e]
	if t.upper {
		return e, false
	}
	if stopwords[t.key] != 0 || bs.isCue(e) {
		return e, true
	}
	if c := t.key[0]; c >= '0' && c <= '9' {
		return e, true
	}
	// A lower-case verb ending in -ing or -ed continues the sentence
	// ("serves as the prime minister holding ..."); any other word makes
	// the title a modifier ("the prime minister candidate").
	return e, strings.HasSuffix(t.key, "ing") || regularPast(t.key)
}

// isCue: a time cue or claim word starts at word k.
func (bs *blockScan) isCue(k int) bool {
	for _, kind := range []int{kPresent, kHistory, kRelative, kClaim} {
		for _, m := range bs.ms[kind] {
			if m.from == k {
				return true
			}
		}
	}
	return false
}

// copulaAfter finds "NAME is/was/remains/serves as/has been/became (the)
// (current) (Nth) (X's) TITLE (of PLACE)".
func (bs *blockScan) copulaAfter(to int) (linkedTitle, bool) {
	if k, ok := bs.bracketAfterName(to); ok {
		// An age or a party in brackets after the name: "Rishi Sunak
		// (42) ist …", "Olaf Scholz (SPD) ist …".
		return bs.copulaAt(k)
	}
	if to >= len(bs.toks) || bs.sent[to] != bs.sent[to-1] || gapClass(bs.nameGap(to)) != gapSpace {
		return linkedTitle{position: "after", qual: -1, form: formCopula}, false
	}
	return bs.copulaAt(to)
}

// photoPlaces are the words a caption puts in brackets after a name.
var photoPlaces = map[string]bool{"pictured": true, "left": true, "right": true, "centre": true, "center": true, "above": true, "below": true, "top": true, "bottom": true}

// bracketAfterName: brackets right after a name ending at word to hold
// an age ("(42)"), a party ("(SPD)", "(CDU/CSU)", "(D-Calif.)") or a
// caption's place ("(pictured)"): up to three words, each a number, a
// capitalised word or a place, with nothing but a slash, hyphen or dot
// between. It returns the word after the brackets, in the same sentence.
func (bs *blockScan) bracketAfterName(to int) (int, bool) {
	if to+1 >= len(bs.toks) || strings.TrimSpace(bs.nameGap(to)) != "(" || bs.sent[to] != bs.sent[to-1] {
		return 0, false
	}
	for k := to; k < len(bs.toks) && k < to+3 && bs.sent[k] == bs.sent[to]; k++ {
		if t := bs.toks[k]; !t.upper && !(isDigits(t.key) && len(t.key) <= 3) && !photoPlaces[t.key] {
			return 0, false
		}
		g := strings.TrimSpace(bs.gap(k + 1))
		if strings.TrimSuffix(g, ".") == ")" || strings.HasPrefix(g, ".)") {
			if k+1 >= len(bs.toks) || bs.sent[k+1] != bs.sent[to] {
				return 0, false
			}
			return k + 1, true
		}
		if g != "/" && g != "-" && g != "." {
			return 0, false
		}
	}
	return 0, false
}

// copulaAt reads a copula claim from word to, the word after its subject.
func (bs *blockScan) copulaAt(to int) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formCopula}
	if got, ok := bs.germanBracketAt(lt, to, to+1); ok {
		return got, true
	}
	k := to
	for steps := 0; k < len(bs.toks) && steps < 4; steps++ {
		if k > to && !bs.joined(k) {
			return lt, false
		}
		if _, _, neg := bs.claimWordAt(k, cwNegation); neg {
			return lt, false
		}
		m, c, ok := bs.claimWordAt(k, cwChosen, cwLeftOffice, cwResigned) // before a plain past: "a été nommé"
		if !ok {
			m, c, ok = bs.claimWordAt(k, cwPresent, cwPast, cwFuture, cwTookOffice)
		}
		if ok && lt.tense == copNone {
			switch c {
			case cwTookOffice:
				// "was sworn in as": a past claim, on the first day.
				c, lt.tookOffice = cwPast, true
			case cwChosen:
				// "was elected prime minister in 2019": a past claim, on
				// the day the person was chosen, before the term began.
				c, lt.tookOffice, lt.chosen = cwPast, true, true
			case cwLeftOffice:
				// "left office as prime minister on 5 July 2024": a past
				// claim, on the term's last day.
				c, lt.left = cwPast, "left"
			case cwResigned:
				// "stepped down as prime minister in July 2023": a past
				// claim, perhaps months before a caretaker's last day.
				c, lt.left = cwPast, "resigned"
			}
			lt.tense = c - cwPresent + copPresent
			lt.cop = m
			k = m.to
			continue
		}
		if m, ok := bs.presentCueAt(k); ok {
			if lt.tense != copNone || k == to {
				lt.pinned = lt.pinned || bs.isPin(m)
				k = m.to
				continue
			}
		}
		if m, _, ok := bs.claimWordAt(k, cwPin); ok {
			lt.pinned = true
			k = m.to
			continue
		}
		if lt.tense != copNone && assuring[bs.toks[k].key] {
			k++ // "is definitely the prime minister"
			continue
		}
		break
	}
	if lt.tense == copNone || k >= len(bs.toks) || !bs.joined(k) {
		return lt, false
	}
	if lt.tense == copPresent {
		k = bs.profileJoin(k)
	}
	return bs.copulaObject(lt, k)
}

// assuring are adverbs that may stand between a copula and what it
// claims without weakening it ("is definitely the prime minister"); a
// hedge ("likely", "reportedly") is not one of them.
var assuring = map[string]bool{"definitely": true, "certainly": true, "clearly": true, "officially": true, "formally": true,
	"undoubtedly": true, "indeed": true, "actually": true, "effectively": true, "obviously": true, "unquestionably": true,
	"ya": true, "oficialmente": true, "officiellement": true, "offiziell": true, "definitivamente": true}

// laterCopula finds the copula claim of name m that comes after
// something else said of it: a first predicate and "and" ("Jane Doe is a
// member of the party and has been prime minister since 2021", "Jane Doe
// leads the party and serves as prime minister"), or an apposition or a
// relative clause between commas ("Jane Doe, a member of the party, has
// been prime minister since 2021"). No other name, clause word or stop
// may come between: the subject must still be the name's.
func (bs *blockScan) laterCopula(m match) (linkedTitle, bool) {
	to := m.to
	none := linkedTitle{position: "after", qual: -1, form: formCopula}
	if to >= len(bs.toks) || bs.sent[to] != bs.sent[m.from] {
		return none, false
	}
	inserted := strings.TrimSpace(bs.nameGap(to)) == ","
	if !inserted {
		if gapClass(bs.nameGap(to)) != gapSpace {
			return none, false
		}
		if _, _, cop := bs.claimWordAt(to, cwPresent, cwPast); !cop && !bs.verbAt(to) {
			return none, false
		}
	}
	for k := to + 1; k < len(bs.toks) && k <= to+16 && bs.sent[k] == bs.sent[to]; k++ {
		g := strings.TrimSpace(bs.gap(k))
		if strings.ContainsAny(g, ";:()\"“”«»") || bs.nameAt(k) || laterStops[bs.toks[k].key] && !inserted {
			return none, false
		}
		switch {
		case inserted && g == ",":
			return bs.copulaAt(k)
		case !inserted && andWords[bs.toks[k].key] && (g == "" || g == ",") && k+1 < len(bs.toks) && bs.joined(k+1):
			if lt, ok := bs.copulaAt(k + 1); ok {
				return lt, true
			}
			// "and serves as" is one claim phrase, which hides the
			// copula inside it.
			if j, _, ok := bs.claimWordAt(k, cwProfileJoin); ok && j.to-j.from >= 3 && j.to < len(bs.toks) && bs.joined(j.to) {
				lt := none
				lt.tense, lt.cop = copPresent, j
				if lt, ok := bs.copulaObject(lt, j.to); ok {
					return lt, true
				}
			}
		}
	}
	return none, false
}

// stillInOffice finds, after the title of a past claim, "and" and a
// present copula saying the person still holds it ("Jane Doe became prime
// minister in 2022 and remains in the post", "… et est toujours au
// pouvoir"): the same title, claimed now.
func (bs *blockScan) stillInOffice(past linkedTitle) (linkedTitle, bool) {
	if past.m == nil || past.position != "after" {
		return past, false
	}
	from := past.m.to
	for k := from; k < len(bs.toks) && k <= from+12 && bs.sent[k] == bs.sent[from-1]; k++ {
		g := strings.TrimSpace(bs.gap(k))
		if k > from && strings.ContainsAny(g, ";:()\"“”«»") || bs.nameAt(k) || laterStops[bs.toks[k].key] {
			return past, false
		}
		if !andWords[bs.toks[k].key] || g != "" && g != "," || k+1 >= len(bs.toks) || !bs.joined(k+1) {
			continue
		}
		cop, c, ok := bs.claimWordAt(k+1, cwPresent)
		if !ok || c != cwPresent || cop.to >= len(bs.toks) || !bs.joined(cop.to) {
			return past, false
		}
		j, _ := bs.pinAt(cop.to)
		in, _, ok := bs.claimWordAt(j, cwInOffice)
		if !ok || j > cop.to && !bs.joined(j) || !bs.endsObject(in.to) || bs.datedClause(in.to) {
			return past, false
		}
		now := past
		now.tense, now.cop, now.tookOffice, now.sinceDur = copPresent, cop, false, nil
		now.claim = copulaClaim(copPresent, "")
		// A date told when the term began ("became prime minister in
		// 2022 and remains …" is "has been prime minister since 2022"):
		// it does not frame the claim of now.
		for _, di := range bs.dates {
			if at := bs.f.Dates[di].at; at >= bs.toks[from].start && at < bs.toks[k].start {
				now.since = &di
			}
		}
		return now, true
	}
	return past, false
}

// laterStops are words that open another clause, whose subject may be
// someone else ("… who is the prime minister", "… but the prime minister
// is …").
var laterStops = map[string]bool{"who": true, "which": true, "that": true, "but": true, "while": true, "because": true,
	"although": true, "when": true, "where": true, "whose": true, "whom": true, "if": true, "as": true,
	"qui": true, "que": true, "mais": true, "der": true, "die": true, "das": true, "dass": true, "aber": true,
	"quien": true, "pero": true}

// nameAt: a person's name starts at word k.
func (bs *blockScan) nameAt(k int) bool {
	for _, m := range bs.ms[kName] {
		if m.from == k {
			return true
		}
	}
	return false
}

// profileJoin skips, from word k after a present copula, "a" or "an" and
// up to five words that say what someone is, up to a joining phrase
// before the office they hold ("is a Japanese politician serving as", "is
// an economist and the"): the word after the phrase, or k.
func (bs *blockScan) profileJoin(k int) int {
	if w := bs.toks[k].key; w != "a" && w != "an" {
		return k
	}
	for j := k + 2; j <= k+6 && j < len(bs.toks) && bs.sent[j] == bs.sent[k]; j++ {
		if g := strings.TrimSpace(bs.gap(j)); g != "" && g != "," && g != "-" {
			return k
		}
		if m, _, ok := bs.claimWordAt(j, cwProfileJoin); ok && m.to < len(bs.toks) && bs.joined(m.to) {
			return m.to
		}
	}
	return k
}

// copulaObject reads the title a copula claims from word k, after the
// date the term began when German puts it first ("Merz ist seit dem 6.
// Mai 2025 (der) Bundeskanzler", "Seit 2021 ist Scholz seit 2021
// Kanzler").
func (bs *blockScan) copulaObject(lt linkedTitle, k int) (linkedTitle, bool) {
	if di, end, ok := bs.sinceSpan(k); ok {
		lt.since, k = &di, end
		if k >= len(bs.toks) || !bs.joined(k) {
			return lt, false
		}
	} else if di, end, ok := bs.sinceDurationSpan(k); ok {
		// "Scholz ist seit drei Jahren Kanzler"
		lt.sinceDur, k = &di, end
		if k >= len(bs.toks) || !bs.joined(k) {
			return lt, false
		}
	} else if bs.lang == "de" && (untilWords[bs.toks[k].key] || k > 0 && untilWords[bs.toks[k-1].key]) {
		// "Scholz war bis Mai 2024 Kanzler": the term's end first.
		if di, ok := bs.dateAfter(k); ok {
			for k++; k < len(bs.toks) && bs.toks[k].start < bs.f.Dates[di].end; k++ {
			}
			if k >= len(bs.toks) || !bs.joined(k) {
				return lt, false
			}
		}
	} else if bs.lang == "de" || bs.lang == "fr" || bs.lang == "es" {
		// "Scholz war 2016 Finanzminister", "war von 2015 bis 2021
		// Finanzminister", "était en 2016 ministre des Finances", "era
		// en 2016 ministro de Finanzas": the time, then the title; the
		// sentence's time is that date.
		if di, ok := bs.dateAfter(k); ok {
			j := k
			for j < len(bs.toks) && bs.toks[j].start < bs.f.Dates[di].end {
				j++
			}
			if j < len(bs.toks) && bs.joined(j) && bs.titleAt(j) != nil {
				k = j
			}
		}
	}
	tm, qual, qualTo, pinned, claim, ok := bs.claimObject(k)
	if !ok {
		return lt, false
	}
	if _, ends := bs.titleEnds(tm); !ends {
		return lt, false
	}
	lt.m, lt.qual, lt.qualTo = tm, qual, qualTo
	lt.pinned = lt.pinned || pinned
	lt.claim = copulaClaim(lt.tense, claim)
	return lt, true
}

// sinceSpan: a date that starts at word k right after a "since" word (on
// its own, or ending a copula: "ist seit"), or at the word after one that
// starts at k. It returns the date's index and the word after it.
func (bs *blockScan) sinceSpan(k int) (int, int, bool) {
	if k >= len(bs.toks) || k == 0 || bs.g.since == nil {
		return 0, 0, false
	}
	if !bs.g.since[bs.toks[k-1].key] {
		if !bs.g.since[bs.toks[k].key] || k+1 >= len(bs.toks) || !bs.joined(k+1) {
			return 0, 0, false
		}
		k++
	}
	if _, _, art := bs.claimWordAt(k, cwArticle); art && k+1 < len(bs.toks) && bs.joined(k+1) {
		k++ // "seit dem 6. Mai 2025"
	}
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		if d.at != bs.toks[k].start || d.Start == "" || d.Precision == "weekday" {
			continue
		}
		for e := k; e < len(bs.toks) && bs.sent[e] == bs.sent[k]; e++ {
			if bs.toks[e].end == d.end {
				return di, e + 1, true
			}
		}
	}
	return 0, 0, false
}

// sinceDurationSpan: a length of time right after a "since" word that
// ends a copula ("ist seit drei Jahren"), or a since word and a length of
// time at word k.
func (bs *blockScan) sinceDurationSpan(k int) (int, int, bool) {
	if k > 0 && k < len(bs.toks) && bs.g.since[bs.toks[k-1].key] {
		return bs.durationAt(k)
	}
	return bs.sinceDuration(k)
}

// relativeLast finds the German relative clause with its copula last:
// "Jens Stoltenberg, der seit 2014 Nato-Generalsekretär ist,", "Ursula von
// der Leyen, die (seit drei Jahren) Kommissionspräsidentin ist". The
// copula must close the clause (not "Kanzler gewesen ist").
// pinAt skips a present cue ("now", "derzeit") or a pin word ("actuel")
// at word k: the word after it, and whether it pins the claim to the time
// of writing.
func (bs *blockScan) pinAt(k int) (int, bool) {
	if m, ok := bs.presentCueAt(k); ok {
		return m.to, bs.isPin(m)
	}
	if m, _, ok := bs.claimWordAt(k, cwPin); ok {
		return m.to, true
	}
	return k, false
}

func (bs *blockScan) relativeLast(to int) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formRelative}
	if bs.lang != "de" || to+1 >= len(bs.toks) || bs.sent[to] != bs.sent[to-1] || strings.TrimSpace(bs.nameGap(to)) != "," {
		return lt, false
	}
	rel, _, ok := bs.claimWordAt(to, cwRelative)
	if !ok || !bs.joined(rel.to) {
		return lt, false
	}
	if got, ok := bs.germanRelativeBracket(lt, rel.to); ok {
		return got, true
	}
	k := rel.to
	k, lt.pinned = bs.pinAt(k)
	if k >= len(bs.toks) || !bs.joined(k) {
		return lt, false
	}
	var since, sinceDur *int
	if di, end, ok := bs.sinceSpan(k); ok && bs.g.since[bs.toks[k].key] {
		since, k = &di, end
	} else if di, end, ok := bs.sinceDuration(k); ok {
		sinceDur, k = &di, end
	}
	if k >= len(bs.toks) || !bs.joined(k) {
		return lt, false
	}
	tm, qual, qualTo, pinned, claim, ok := bs.claimObject(k)
	if !ok {
		return lt, false
	}
	e := tm.to
	if e >= len(bs.toks) || !bs.joined(e) || gapClass(bs.gap(e)) != gapSpace {
		return lt, false
	}
	cop, c, ok := bs.claimWordAt(e, cwPresent, cwPast)
	if !ok || cop.to-cop.from != 1 {
		return lt, false
	}
	if cop.to < len(bs.toks) && bs.sent[cop.to] == bs.sent[e] {
		if g := strings.TrimSpace(bs.gap(cop.to)); g != "," && g != ";" && g != ")" && g != "–" && g != "—" {
			return lt, false
		}
	}
	lt.tense, lt.cop = c-cwPresent+copPresent, cop
	lt.m, lt.qual, lt.qualTo = tm, qual, qualTo
	lt.pinned = lt.pinned || pinned
	lt.claim = copulaClaim(lt.tense, claim)
	lt.since, lt.sinceDur = since, sinceDur
	return lt, true
}

// v2Copula finds the German main clause with something else put first,
// where the copula stands before its subject: "Seit 2021 ist Olaf Scholz
// Bundeskanzler", "Derzeit ist Olaf Scholz der Kanzler", "2018 war Olaf
// Scholz Finanzminister". The copula must not open the sentence (a
// question: "Ist Olaf Scholz noch Kanzler?"), and a question is no claim.
func (bs *blockScan) v2Copula(from, to int) (linkedTitle, bool) {
	lt := linkedTitle{position: "after", qual: -1, form: formCopula}
	if bs.lang != "de" || from == 0 || to >= len(bs.toks) || !bs.joined(from) || !bs.joined(to) || gapClass(bs.nameGap(to)) != gapSpace {
		return lt, false
	}
	cop, c, ok := bs.claimWordEnding(from, cwPresent, cwPast, cwFuture)
	if !ok || cop.to-cop.from != 1 || cop.from == 0 || bs.sent[cop.from-1] != bs.sent[cop.from] || bs.question(from) {
		return lt, false
	}
	if got, ok := bs.germanBracketAt(lt, cop.from, to); ok {
		return got, true
	}
	lt.tense, lt.cop = c-cwPresent+copPresent, cop
	k := to
	k, lt.pinned = bs.pinAt(k)
	if k >= len(bs.toks) || !bs.joined(k) {
		return lt, false
	}
	if _, _, neg := bs.claimWordAt(k, cwNegation); neg {
		return lt, false
	}
	lt, ok = bs.copulaObject(lt, k)
	if ok && lt.since == nil && lt.sinceDur == nil && cop.from >= 2 {
		// "Seit drei Jahren ist Scholz Kanzler": the length of time put
		// first.
		for _, di := range bs.durs {
			d := &bs.f.Durations[di]
			if d.end != bs.toks[cop.from-1].end {
				continue
			}
			if j := bs.tokenAt(d.at); j > 0 && bs.joined(j) {
				if got, end, found := bs.sinceDuration(j - 1); found && got == di && end == cop.from {
					idx := di
					lt.sinceDur = &idx
				}
			}
		}
	}
	if ok && lt.since == nil {
		// "Seit dem 6. Mai 2025 ist Merz Bundeskanzler": the date put
		// first.
		if di, _, found := bs.sinceDateEnding(bs.toks[cop.from-1].end); found {
			lt.since = &di
		}
	}
	return lt, ok
}

// sinceDateEnding finds the date that ends at text offset end right after
// a "since" word, an article perhaps between ("seit dem 6. Mai 2025",
// "depuis le 6 mai 2024", "since July 2024"): its index, and the word of
// "since".
func (bs *blockScan) sinceDateEnding(end int) (di, since int, ok bool) {
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		if d.end != end || d.Start == "" || d.Precision == "weekday" {
			continue
		}
		k := bs.tokenAt(d.at)
		if k > 1 && bs.isArticle(k-1) && isBlank(bs.gap(k)) {
			k--
		}
		if k > 0 && bs.g.since[bs.toks[k-1].key] && isBlank(bs.gap(k)) {
			return di, k - 1, true
		}
	}
	return 0, 0, false
}

// question: the sentence of word k ends with a question mark.
func (bs *blockScan) question(k int) bool {
	e := k
	for e+1 < len(bs.toks) && bs.sent[e+1] == bs.sent[k] {
		e++
	}
	end := len(bs.text)
	if e+1 < len(bs.toks) {
		end = bs.toks[e+1].start
	}
	return strings.Contains(bs.text[bs.toks[e].end:end], "?")
}

// isPin: a present cue that is also a pin word ("currently").
func (bs *blockScan) isPin(m match) bool {
	_, _, ok := bs.claimWordAt(m.from, cwPin)
	return ok
}

// copulaClaim is the claim of a copula in a tense with a qualifier's
// claim: "is the former" is former, "was the" then, "will be" future.
func copulaClaim(tense int, qual string) string {
	switch {
	case tense == copFuture:
		return "future"
	case qual == "former" || qual == "future" || qual == "other" || qual == "elected":
		return qual
	case tense == copPast:
		return "then"
	}
	return "current"
}

// titleTrailing is the title that ends right before word j, or, outside
// English, before the nationality or pin words that follow it ("le
// Premier ministre actuel", "le chancelier allemand actuel", "el
// presidente en funciones"); pinned says a pin word was among them.
func (bs *blockScan) titleTrailing(j int) (*match, bool) {
	if tm := bs.titleEnding(j); tm != nil {
		return tm, false
	}
	if tm := bs.titleBeforePin(j); tm != nil {
		return tm, true
	}
	d := j - 1
	if d > 0 && bs.isPinWord(d) && bs.lang != "en" {
		if tm := bs.titleBeforeDemonym(d - 1); tm != nil {
			return tm, true // "chancelier allemand actuel"
		}
	}
	return bs.titleBeforeDemonym(d), d > 0 && bs.isPinWord(d)
}

// invertedBefore finds "(the) (current) (X's) TITLE (of PLACE) is NAME":
// the title is the subject and the name the complement.
func (bs *blockScan) invertedBefore(from int) (linkedTitle, bool) {
	lt := linkedTitle{position: "before", qual: -1, form: formInverted}
	if from == 0 || !bs.joined(from) || gapClass(bs.gap(from)) != gapSpace {
		return lt, false
	}
	k := from
	// "is now Jane Doe", "is currently Jane Doe", "is none other than".
	for steps := 0; steps < 2 && k > 0; steps++ {
		found := false
		for _, m := range bs.ms[kPresent] {
			if m.to == k && bs.joined(k) {
				lt.pinned = lt.pinned || bs.isPin(m)
				k, found = m.from, true
				break
			}
		}
		if !found {
			break
		}
	}
	cop, c, ok := bs.claimWordEnding(k, cwPresent, cwPast, cwFuture)
	if !ok && k < from {
		// The cue may belong to the copula: "ist derzeit", "is now".
		k = from
		cop, c, ok = bs.claimWordEnding(k, cwPresent, cwPast, cwFuture)
	}
	if !ok || cop.from == 0 || !bs.joined(cop.from) || k < len(bs.toks) && k > from && !bs.joined(k) {
		return lt, false
	}
	if _, _, neg := bs.claimWordAt(cop.to, cwNegation); neg {
		return lt, false
	}
	lt.tense, lt.cop = c-cwPresent+copPresent, cop
	j := cop.from
	for steps := 0; steps < 2 && j > 0; steps++ {
		found := false
		for _, m := range bs.ms[kPresent] {
			if m.to == j && bs.joined(j) {
				lt.pinned = lt.pinned || bs.isPin(m)
				j, found = m.from, true
				break
			}
		}
		if !found {
			break
		}
	}
	tm, pinned := bs.titleTrailing(j)
	if tm == nil || !bs.joined(j) || bs.sent[tm.from] != bs.sent[from] {
		return lt, false
	}
	lt.pinned = lt.pinned || pinned
	if from+1 <= len(bs.toks) {
		// "... is Sunak's own party": the name owns something.
		if e := bs.nameEnd(from); e < len(bs.toks) && bs.toks[e].key == "s" && gapClass(bs.gap(e)) == gapApos {
			return lt, false
		}
	}
	if !bs.subjectStart(tm.from) {
		return lt, false
	}
	lt.m = tm
	qf, qt, claim := bs.qualifierBefore(tm.from)
	if qf >= 0 {
		lt.qual, lt.qualTo = qf, qt
		if bs.isPinWord(qf) {
			lt.pinned = true
		}
	}
	for i := tm.from - 1; i >= 0 && i >= tm.from-4 && bs.sent[i] == bs.sent[tm.from]; i-- {
		if bs.isPinWord(i) {
			lt.pinned = true
		}
	}
	lt.claim = copulaClaim(lt.tense, claim)
	return lt, true
}

// nameEnd is the word after the name match starting at word from.
func (bs *blockScan) nameEnd(from int) int {
	for _, m := range bs.ms[kName] {
		if m.from == from {
			return m.to
		}
	}
	return from + 1
}

// roleWords put a title in a role ("as chancellor", "als Kanzler",
// "comme président", "como presidente").
var roleWords = map[string]bool{"as": true, "als": true, "comme": true, "como": true}

// subjectStart: the title at word k opens the subject of its clause — at
// the start of the sentence, after a comma or colon, after "that", a
// conjunction or a present cue, with only articles, qualifiers, pins and a
// possessive owner before it. "The problem for the prime minister is ..."
// and "to succeed the prime minister is ..." are no claims.
func (bs *blockScan) subjectStart(k int) bool {
	i := k - 1
	for steps := 0; i >= 0 && steps < 6 && bs.sent[i] == bs.sent[k]; steps++ {
		if gapClass(bs.gap(i+1)) != gapSpace && gapClass(bs.gap(i+1)) != gapApos {
			return true // punctuation before the phrase
		}
		t := bs.toks[i]
		if roleWords[t.key] {
			// "Als geschäftsführender Bundeskanzler wird Scholz …": in
			// that role, not the subject of a copula.
			return false
		}
		_, isQ := bs.qualifierAt(i)
		if isQ || bs.isArticle(i) || bs.isPinWord(i) || t.key == "s" || t.upper && !bs.sentFirst[i] {
			i--
			continue
		}
		if bs.sentFirst[i] && (t.upper || bs.isArticle(i)) {
			return true
		}
		if _, ok := bs.presentCueAt(i); ok {
			return true
		}
		switch t.key {
		case "that", "and", "but", "while", "because", "so", "now", "today", "currently", "que", "dass", "y", "et", "und":
			return true
		}
		return false
	}
	return i < 0 || bs.sent[i] != bs.sent[k]
}

func (bs *blockScan) isPinWord(k int) bool {
	_, _, ok := bs.claimWordAt(k, cwPin)
	return ok
}

// colonGap: a colon between a name and a title in a headline ("Jane Doe:
// X's Prime Minister in 2025"), in a heading or when the pair opens its
// sentence or block.
func (bs *blockScan) colonGap(k, first int) bool {
	if strings.TrimSpace(bs.nameGap(k)) != ":" {
		return false
	}
	if bs.f.Blocks[bs.bi].Kind == document.KindHeading {
		// "Leo XIV. ist neuer Papst: Donald Trump freut sich": a title
		// after a copula is said of the words before it.
		for i := first - 1; i >= 0 && i >= first-3 && bs.sent[i] == bs.sent[first]; i-- {
			if _, _, cop := bs.claimWordEnding(i+1, cwPresent, cwPast, cwFuture); cop {
				return false
			}
		}
		return true
	}
	for i := first - 1; i >= 0 && bs.sent[i] == bs.sent[first]; i-- {
		possessive := bs.toks[i].key == "s" && i > 0 && gapClass(bs.gap(i)) == gapApos
		if !bs.toks[i].upper && !bs.ordinalAt(i) && bs.toks[i].key != "the" && !isDigits(bs.toks[i].key) && !possessive {
			return false
		}
		if first-i > 5 {
			return false
		}
	}
	return true
}

// cellGap: a table's cell border between a name and a title, each in a
// cell of its own: "| Rishi Sunak | Prime Minister |", "| Prime Minister
// | Rishi Sunak |". The item before the border opens its cell at word
// first. A row states who holds what as of the article, as a headline
// does.
// A row with a date of its own, or in a table of terms past, claims
// nothing of now.
func (bs *blockScan) cellGap(k, first int) bool {
	return bs.f.Blocks[bs.bi].Kind == document.KindTable && strings.TrimSpace(bs.nameGap(k)) == "|" &&
		(first == 0 || strings.Contains(bs.gap(first), "|")) && len(bs.dates) == 0 && !hasYear(bs.text) && !bs.historicTable()
}

// historicTable: the table the block is a row of lists terms of office,
// by its header or the line before it: "| Name | Office | Term |",
// "Former leaders:".
func (bs *blockScan) historicTable() bool {
	i := bs.bi
	for i > 0 && bs.f.Blocks[i-1].Kind == document.KindTable {
		i--
	}
	if i > 0 && (historic(bs.f.Blocks[i-1].Text) || hasYear(bs.f.Blocks[i-1].Text)) {
		// "G7 leaders at the Hiroshima summit, May 2023:"
		return true
	}
	return historic(bs.f.Blocks[i].Text)
}

// historic: text has a word of terms of office past.
func historic(text string) bool {
	for _, t := range tokenize(text) {
		if historicWords[t.key] {
			return true
		}
	}
	return false
}

// hasYear: text has a year of four digits.
func hasYear(text string) bool {
	for _, t := range tokenize(text) {
		if len(t.key) == 4 && isDigits(t.key) && (strings.HasPrefix(t.key, "19") || strings.HasPrefix(t.key, "20")) {
			return true
		}
	}
	return false
}

// historicWords head or introduce a table of terms of office past.
var historicWords = map[string]bool{
	"term": true, "terms": true, "tenure": true, "served": true, "years": true, "until": true, "since": true,
	"began": true, "ended": true, "former": true, "past": true, "previous": true, "predecessors": true, "history": true,
	"mandat": true, "anciens": true, "ancien": true, "anciennes": true, "période": true, "jusqu": true, "depuis": true,
	"amtszeit": true, "ehemalige": true, "frühere": true, "bis": true, "seit": true,
	"mandato": true, "periodo": true, "antiguos": true, "hasta": true, "desde": true,
	// Lists of holders and of those who ran or were picked: "Britain's
	// last four prime ministers:", "Liste des Premiers ministres",
	// "Trump's cabinet picks so far:", "| Candidate | Office |".
	"last": true, "list": true, "liste": true, "lista": true, "derniers": true, "letzten": true, "últimos": true,
	// Holders in the plural: "Les Premiers ministres d'Emmanuel Macron :".
	"ministers": true, "presidents": true, "chancellors": true, "ministres": true, "présidents": true, "chanceliers": true,
	"ministros": true, "presidentes": true, "cancilleres": true, "präsidenten": true,
	"candidate": true, "candidates": true, "nominee": true, "nominees": true, "picks": true, "ran": true, "sought": true,
	"candidat": true, "candidats": true, "kandidat": true, "kandidaten": true, "candidato": true, "candidatos": true,
}

// factBoxField: a fact box's name field, then its office field, name
// words from to the name's end: "Name: Olaf Scholz" then "Position:
// Chancellor of Germany" ("Nom : … Fonction : …", "Name: … Amt: …",
// "Nombre: … Cargo: …").
func (bs *blockScan) factBoxField(from, to int) bool {
	if from == 0 || to+1 >= len(bs.toks) || !nameFields[bs.toks[from-1].key] || strings.TrimSpace(bs.gap(from)) != ":" {
		return false
	}
	return officeFields[bs.toks[to].key] && bs.toks[to].upper && strings.TrimSpace(bs.gap(to+1)) == ":" && strings.TrimSpace(bs.gap(to)) == ""
}

// nameFields and officeFields are a fact box's labels for the person's
// name and office.
var (
	nameFields   = map[string]bool{"name": true, "nom": true, "nombre": true}
	officeFields = map[string]bool{
		"position": true, "office": true, "role": true, "title": true, "post": true, "job": true,
		"fonction": true, "poste": true, "amt": true, "funktion": true, "cargo": true, "puesto": true,
	}
)

// framed finds a date that frames a present claim: "As of 2025, ...", a
// sentence opening "In 2025, ...", or "TITLE in 2025" right after the
// title. It returns the index into f.Dates, or -1.
func (bs *blockScan) framed(sent, titleTo int) int {
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		if d.Sentence != sent || d.Start == "" || d.Precision == "weekday" {
			continue
		}
		k := bs.tokenAt(d.at)
		if k < 0 {
			continue
		}
		if _, _, ok := bs.claimWordEnding(k, cwAsOf); ok {
			return di
		}
		if k >= 1 && bs.sentFirst[k-1] && (bs.toks[k-1].key == "in" || bs.toks[k-1].key == "en" || bs.toks[k-1].key == "im") {
			return di
		}
		if bs.sentFirst[k] && bs.toks[k].upper {
			return di
		}
		if k == titleTo+1 && bs.joined(k) && (bs.toks[titleTo].key == "in" || bs.toks[titleTo].key == "en" || bs.toks[titleTo].key == "im") {
			return di
		}
	}
	return -1
}

// tokenAt is the word starting at text offset at, -1 for none.
func (bs *blockScan) tokenAt(at int) int { return tokenAt(bs.toks, at) }

// tokenAt is the index of the word of toks starting at text offset at, -1
// for none.
func tokenAt(toks []token, at int) int {
	i, found := slices.BinarySearchFunc(toks, at, func(t token, at int) int { return t.start - at })
	if !found {
		return -1
	}
	return i
}

// sinceDate: the date at text offset at follows "since" ("depuis",
// "seit", "desde"): it tells when something began.
func (bs *blockScan) sinceDate(at int) bool {
	k := bs.tokenAt(at)
	if k <= 0 {
		return false
	}
	_, _, ok := bs.claimWordEnding(k, cwSince)
	// "ist seit 2017": a since word that ends a longer claim phrase.
	return ok || bs.g.since[bs.toks[k-1].key]
}

// sinceClause: the time expression at text offset at closes a clause
// that "since" opens ("since the dispute escalated two weeks ago"), up to
// sinceReach words back and not across a comma: it dates what began, not
// the time a title speaks of.
func (bs *blockScan) sinceClause(at int) bool {
	k := bs.tokenAt(at)
	if k < 0 {
		return false
	}
	for j := k; j > 0 && j >= k-sinceReach && bs.sent[j-1] == bs.sent[k]; j-- {
		if _, _, ok := bs.claimWordEnding(j, cwSince); ok {
			return true
		}
		if j >= 2 && strings.ContainsAny(bs.gap(j-1), ",;") {
			return false
		}
	}
	return false
}

const sinceReach = 8

// bornDate: the date at text offset at follows a word of birth closely,
// in its sentence ("was born in 1971", "born in Miami, Florida in 1971",
// "né le 3 mars 1971", "geboren am", "nació el"): it dates a birth, not
// the time a title speaks of.
func (bs *blockScan) bornDate(at int) bool {
	k := bs.tokenAt(at)
	for j := k; j > 0 && j >= k-bornReach && bs.sent[j-1] == bs.sent[k]; j-- {
		if _, _, ok := bs.claimWordEnding(j, cwBorn); ok {
			return true
		}
		if j < k && bs.g.tense[bs.toks[j].key] != "" {
			return false // another verb's date: "born in York, said in 2020"
		}
	}
	return false
}

// bornReach is how many words may stand between a word of birth and its
// date: a place ("born in Miami, Florida, in 1971").
const bornReach = 6

// termStartClause: the text offset at is in a relative clause that tells
// when a term began ("who took office on 20 January 2021").
func (bs *blockScan) termStartClause(at int) bool {
	for _, c := range bs.clauses {
		if at < c[0] || at >= c[1] {
			continue
		}
		for k := bs.tokenAt(c[0]); k >= 0 && k < len(bs.toks) && bs.toks[k].start < c[1]; k++ {
			if _, _, ok := bs.claimWordAt(k, cwTermStart); ok {
				return true
			}
		}
	}
	return false
}

// historyOpener finds a sentence that opens by looking back over a
// career: "Throughout his 36 years in the Senate,", "During her time as
// governor,". It returns the cue's token range.
func (bs *blockScan) historyOpener(from int) (int, int, bool) {
	sent, first := bs.sent[from], from
	for first > 0 && bs.sent[first-1] == sent {
		first--
	}
	k := 0
	if underWords[bs.toks[first].key] && first+1 < len(bs.toks) {
		// "Under Sunak, Home Secretary X pushed the plan", "Under Prime
		// Minister Sunak, …", told in the past: the leader's time.
		j := first + 1
		if tm := bs.titleAt(j); tm != nil {
			j = tm.to
		}
		if e, ok := bs.namedEra(j); ok && e < len(bs.toks) && pastOnly(bs.f.Sentences[sent].Tense) {
			if m, _, ok := bs.claimWordAt(e, cwHistSpan); ok && m.to < len(bs.toks) {
				e = m.to // "Under the Sunak government, …"
			}
			if strings.TrimSpace(bs.gap(e)) == "," {
				return first, e, true
			}
		}
		return 0, 0, false
	}
	if op, _, ok := bs.claimWordAt(first, cwHistOpener); ok {
		k = op.to
	} else if e, ok := bs.intoAt(first); ok {
		// "Two years into his presidency, President X signed …": a
		// moment of the term, told in the past.
		if tense := bs.f.Sentences[sent].Tense; !slices.Contains(tense, tensePast) || slices.Contains(tense, tensePresent) {
			return 0, 0, false
		}
		k = e
	} else {
		return 0, 0, false
	}
	after := 0
	if own, _, ok := bs.claimWordAt(k, cwHistOwner); ok {
		after = own.to
	} else if e, ok := bs.namedEra(k); ok && pastOnly(bs.f.Sentences[sent].Tense) {
		// "During the Biden administration, Secretary of State X …",
		// "In the Kishida era, …", told in the past.
		after = e
	} else {
		return 0, 0, false
	}
	for j := after; j < len(bs.toks) && j <= after+3 && bs.sent[j] == sent; j++ {
		if m, _, ok := bs.claimWordAt(j, cwHistSpan); ok {
			return first, m.to, true
		}
	}
	return 0, 0, false
}

// underWords open an era named by its leader: "Under Sunak, …".
var underWords = map[string]bool{"under": true, "unter": true, "sous": true, "bajo": true}

// namedEra reads, at word k, a leader's name that owns an era, perhaps
// after "the" or an article and before a possessive's "'s": "the Biden
// (administration)", "Biden's (presidency)", "la (présidence) …" is not
// read. It returns the word after the name.
func (bs *blockScan) namedEra(k int) (int, bool) {
	if k < len(bs.toks) && (bs.toks[k].key == "the" || bs.isArticle(k)) {
		k++
	}
	for _, m := range bs.ms[kName] {
		if m.from != k || bs.sent[m.from] != bs.sent[k] {
			continue
		}
		e := m.to
		if e+1 < len(bs.toks) && bs.toks[e].key == "s" && gapClass(bs.gap(e)) == gapApos {
			e++
		}
		return e, true
	}
	return 0, false
}

// intoAt reads a length of time and "into" at word k ("Two years into");
// it returns the word after it.
func (bs *blockScan) intoAt(k int) (int, bool) {
	for _, di := range bs.durs {
		d := &bs.f.Durations[di]
		if d.at != bs.toks[k].start || d.Anchor != "into" {
			continue
		}
		e := k
		for e < len(bs.toks) && bs.toks[e].end <= d.end {
			e++
		}
		return e, true
	}
	return 0, false
}

// quotations finds the block's direct quotations: text between paired
// double quotation marks (“…”, "…", «…», „…“). An opening mark left open
// runs to the end of the block, as a quotation that goes on into the
// next paragraph does.
func (bs *blockScan) quotations() {
	bs.quotes = straightSingleRanges(bs.text, singleQuoteRanges(bs.text, quoteRanges(bs.text, bs.quotes[:0])))
}

// straightSingleRanges appends to dst the ranges in straight single
// quotation marks, as British pages quote ('I have briefed the prime
// minister,' she said): opened before a capital at the start or after a
// space or colon, closed after the quotation's own punctuation; a mark
// between letters is an apostrophe.
func straightSingleRanges(s string, dst [][2]int) [][2]int {
	open := -1
	for i := 0; i < len(s); i++ {
		if s[i] != '\'' {
			continue
		}
		if open < 0 {
			r, _ := utf8.DecodeRuneInString(s[i+1:])
			if (i == 0 || strings.IndexByte(" (:—", s[i-1]) >= 0 || strings.HasSuffix(s[:i], "—")) && unicode.IsUpper(r) {
				open = i
			}
			continue
		}
		if i > open+1 && strings.IndexByte(",.!?", s[i-1]) >= 0 {
			if r, _ := utf8.DecodeRuneInString(s[i+1:]); !unicode.IsLetter(r) {
				dst = append(dst, [2]int{open, i + 1})
				open = -1
			}
		}
	}
	return dst
}

// quoteRanges appends to dst the byte ranges of s in quotation marks
// (curly, guillemets, German low-high, low-straight or straight pairs); a
// quote left open runs to the end.
func quoteRanges(s string, dst [][2]int) [][2]int {
	open, closeWith := -1, rune(0)
	straight := -1
	lastLeft, lastSingleLeft := strings.LastIndex(s, "«"), strings.LastIndex(s, "‹")
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case open < 0 && (r == '“' || r == '«' || r == '„' || r == '‚' || r == '‹'):
			open = i
			closeWith = map[rune]rune{'“': '”', '«': '»', '„': '“', '‚': '‘', '‹': '›'}[r]
		case open < 0 && r == '»' && i < lastLeft:
			// »…«, as German magazines quote.
			open, closeWith = i, '«'
		case open < 0 && r == '›' && i < lastSingleLeft:
			open, closeWith = i, '‹'
		case open >= 0 && (r == closeWith || r == '"' && strings.HasPrefix(s[open:], "„") && !strings.ContainsRune(s[i:], '“')):
			// German pages often close „ with a straight mark: „Zögern";
			// with a “ still to come, the straight marks are a quotation
			// inside the quotation.
			dst = append(dst, [2]int{open, i + size})
			open = -1
		case r == '"':
			if straight < 0 {
				straight = i
			} else {
				dst = append(dst, [2]int{straight, i + size})
				straight = -1
			}
		}
		i += size
	}
	if open >= 0 {
		dst = append(dst, [2]int{open, len(s)})
	}
	if straight >= 0 && straight == strings.IndexByte(s, '"') && strings.Count(s, "\"") == 1 && straight < len(s)/2 {
		dst = append(dst, [2]int{straight, len(s)})
	}
	return dst
}

// quoted: text offsets [a, b) lie inside a direct quotation that says
// more than the mention — a word besides it at least, the verb of a
// clause ("« L'ancien président Trump ment »"); a name and title alone in
// quotation marks is no quotation.
func (bs *blockScan) quoted(a, b int) bool {
	for _, q := range bs.quotes {
		if q[0] <= a && b <= q[1] && CountWords(bs.text[q[0]:q[1]])-CountWords(bs.text[a:b]) >= 1 {
			return true
		}
	}
	return false
}

// blockLang is the language whose claim words the block uses: its own,
// else the article's, else the page's declared language; "" when nothing
// tells (a few words): then the words of every language count.
func blockLang(f *Facts, bi int) string {
	if l := f.Blocks[bi].Lang; l != "" {
		return l
	}
	if f.Language != "" {
		return f.Language
	}
	if d := declaredLanguage(f); d >= 0 {
		return languages[d]
	}
	return ""
}

// declaredLanguage is the language the page's metadata declares, as an
// index into languages; -1 for none or one newslint does not read.
func declaredLanguage(f *Facts) int {
	for _, v := range declaredTags(f) {
		if len(v) >= 2 {
			return slices.Index(languages, strings.ToLower(v[:2]))
		}
	}
	return -1
}

// declaredTags are the language tags the page's metadata declares ("es",
// "fr-CA", "en_US"), in the order of the fields read.
func declaredTags(f *Facts) []string {
	var out []string
	for _, k := range []string{"lang", "language", "inlanguage", "og:locale"} {
		if v, ok := f.Meta[k].(string); ok {
			out = append(out, v)
		}
	}
	return out
}

// claimTime sets the time a claim speaks of where the claim grammar knows
// better than the nearest date: a claim in the present ("is", "remains",
// "has been", "who is") or one that says "current" speaks of the time of
// writing — the article's date — unless a frame gives another ("As of
// 2025, ...", "In 2025, ..."); dates the sentence gives for other things
// ("who assumed office on 20 January 2021", "since October 2021") do not
// move it. A frame after the article's date makes the claim a forecast;
// one that holds it ends there.
func (bs *blockScan) claimTime(st *mentionState, men *Mention, lt linkedTitle, from, to int) {
	if men.Time.Basis == "event" || lt.tense == copFuture || lt.tense == copPast {
		return
	}
	if lt.tense != copPresent && !(lt.pinned && lt.claim == "current") {
		return
	}
	if lt.claim != "current" {
		return
	}
	sent := bs.sent[from]
	if di := bs.framed(sent, lt.m.to); di >= 0 && (lt.since == nil || di != *lt.since) {
		d := &bs.f.Dates[di]
		if st.refEnd != "" && d.Start > st.refEnd {
			men.Claim = "future"
			return
		}
		idx := di
		sp := d.Span
		men.Time = MentionTime{Basis: "sentence", Start: d.Start, End: d.End, Text: d.Text, Span: &sp, Date: &idx, Reason: "frame"}
		// "As of 2025, X is ..." written in 2025 cannot speak of the rest
		// of the year: the frame ends at the time of writing.
		if st.refEnd != "" && d.Start <= st.refEnd && st.refEnd < d.End {
			men.Time.End = st.refEnd
		}
		return
	}
	reason, a, b := "present", -1, -1
	if lt.tense == copPresent && lt.cop.p != nil {
		a, b = bs.toks[lt.cop.from].start, bs.toks[lt.cop.to-1].end
	}
	if lt.pinned {
		reason = "current"
		for i := min(from, lt.m.from); i < max(to, lt.m.to) && i < len(bs.toks); i++ {
			if m, _, ok := bs.claimWordAt(i, cwPin); ok {
				a, b = bs.toks[m.from].start, bs.toks[m.to-1].end
				break
			}
		}
	}
	t := MentionTime{Basis: "article", Start: st.refStart, End: st.refEnd, Reason: reason}
	if a >= 0 {
		sp := bs.textSpan(a, b)
		t.Text, t.Span = bs.text[a:b], &sp
	}
	men.Time = t
}

// looksAhead: a plain future follows the mention in its sentence ("when he
// will lead"): the sentence speaks of a time to come, which a rule may
// read a title as meant for.
func (bs *blockScan) looksAhead(to int) bool {
	for k := to; k < len(bs.toks) && bs.sent[k] == bs.sent[to-1]; k++ {
		if _, _, ok := bs.claimWordAt(k, cwAhead); ok {
			return true
		}
	}
	return to < len(bs.toks) && bs.joined(to) && bs.futureVerbAt(to)
}

// question is "Who is the (current) TITLE (of X)?": the sentence after it
// that opens with a name answers it.
type question struct {
	p        *phrase
	text     string
	span     Span
	tense    int
	pinned   bool
	claim    string
	sentence int
}

// questionWords open a question about who holds an office.
var questionWords = map[string]bool{"who": true, "qui": true, "wer": true, "quién": true, "quien": true}

// findQuestions records the block's "Who is the current TITLE?" sentences.
func (bs *blockScan) findQuestions(st *mentionState) {
	for k, t := range bs.toks {
		// An interview's "Q:" ("P:" in French and Spanish) may open it.
		labelled := k > 0 && bs.sentFirst[k-1] && bs.toks[k-1].upper && (bs.toks[k-1].key == "q" || bs.toks[k-1].key == "p") && strings.TrimSpace(bs.gap(k)) == ":"
		if !bs.sentFirst[k] && !labelled || !questionWords[t.key] {
			continue
		}
		cop, c, ok := bs.claimWordAt(k+1, cwPresent, cwPast)
		if !ok || !bs.joined(k+1) {
			continue
		}
		tm, _, _, pinned, claim, ok := bs.claimObject(cop.to)
		if !ok || !bs.joined(cop.to) {
			continue
		}
		if _, ends := bs.titleEnds(tm); !ends {
			continue
		}
		// The question ends the sentence within a few words ("of Japan").
		last := tm.to - 1
		for last+1 < len(bs.toks) && bs.sent[last+1] == bs.sent[k] && last-tm.to < 5 {
			last++
		}
		if last+1 < len(bs.toks) && bs.sent[last+1] == bs.sent[k] {
			continue
		}
		if !strings.HasPrefix(strings.TrimSpace(bs.text[bs.toks[last].end:]), "?") {
			continue
		}
		a, b := bs.toks[tm.from].start, bs.toks[tm.to-1].end
		if st.questions == nil {
			st.questions = map[int]*question{}
		}
		st.questions[bs.sent[k]] = &question{p: tm.p, text: bs.text[a:b], span: bs.textSpan(a, b), tense: c - cwPresent + copPresent,
			pinned: pinned, claim: copulaClaim(c-cwPresent+copPresent, claim), sentence: bs.sent[k]}
		st.lastQuestion = bs.sent[k]
	}
}

// answerLead: the words before the name at word k open its sentence and
// lead to an answer ("It is Jane Doe", "The answer is Jane Doe"), maybe
// after a frame ("As of 2025, it is Jane Doe").
func (bs *blockScan) answerLead(k int) bool {
	if bs.quizAnswer(k) {
		return true
	}
	lead, _, ok := bs.claimWordEnding(k, cwAnswerLead)
	if !ok || !isBlank(bs.gap(k)) {
		return false
	}
	if bs.sentFirst[lead.from] {
		return true
	}
	// A frame of a few words and a comma before the lead.
	for i := lead.from - 1; i >= 0 && i >= lead.from-5 && bs.sent[i] == bs.sent[k]; i-- {
		if bs.sentFirst[i] {
			return strings.TrimSpace(bs.gap(lead.from)) == ","
		}
	}
	return false
}

// quizAnswer: the name at word k follows a quiz's answer label, its
// colon and perhaps the option's letter ("Answer: B) Jane Doe",
// "Réponse : Jane Doe"), or an interview's "A:" ("R:" in French and
// Spanish), at the head of its sentence.
func (bs *blockScan) quizAnswer(k int) bool {
	j := k
	if j >= 2 && len(bs.toks[j-1].key) == 1 && strings.TrimSpace(bs.gap(j)) == ")" {
		j-- // "B)"
	}
	if a := j - 1; a >= 0 && bs.toks[a].upper && (bs.toks[a].key == "a" || bs.toks[a].key == "r") && bs.sentFirst[a] && strings.TrimSpace(bs.gap(j)) == ":" {
		return true // "Q: … ? A: Jane Doe", "P: … ? R: Jane Doe"
	}
	lead, _, ok := bs.claimWordEnding(j, cwAnswerLead)
	return ok && strings.TrimSpace(bs.gap(j)) == ":" && bs.sentFirst[lead.from]
}

// answers links a name that opens the sentence right after a question
// ("Who is the current prime minister of X? Jane Doe.", or the question
// as a heading and the answer opening the next paragraph).
func (bs *blockScan) answers(st *mentionState, m match) (linkedTitle, bool) {
	lt := linkedTitle{position: "before", qual: -1, form: formQuestion}
	if !bs.sentFirst[m.from] && !bs.answerLead(m.from) {
		return lt, false
	}
	q := st.questions[bs.sent[m.from]-1]
	if q == nil && bs.quizAnswer(m.from) {
		// A quiz lists its options between question and answer.
		for back := 2; back <= 4 && q == nil; back++ {
			q = st.questions[bs.sent[m.from]-back]
		}
	}
	if q == nil {
		return lt, false
	}
	lt.m = &match{p: q.p, from: m.from, to: m.from}
	lt.asked, lt.tense, lt.pinned, lt.claim = q, q.tense, q.pinned, q.claim
	return lt, true
}

// officeChangeAround: the words before the titled name at [from, to)
// name the end of a time in office or the way to it ("the ouster of Prime
// Minister X", "la chute du Premier ministre X", "the election of
// President X", after an adjective perhaps: "the departure of
// long-serving Prime Minister X"), or the words after it or its
// possessive do ("Prime Minister X was ousted", "… trat zurück",
// "President X's inauguration"). It returns the class of the words,
// cwDeparture or cwAccession, or -1.
func (bs *blockScan) officeChangeAround(from, to int) int {
	if to+1 < len(bs.toks) && bs.toks[to].key == "s" && gapClass(bs.gap(to)) == gapApos {
		to++
	}
	if to < len(bs.toks) && bs.joined(to) && bs.sent[to] == bs.sent[to-1] {
		if m, class, ok := bs.claimWordAt(to, cwDeparture, cwAccession); ok && !bs.objectOf(from) && !bs.asAt(m.to) {
			// Not "was replaced as the party's candidate": another post.
			return class
		}
	}
	k := from
	if k > 0 && bs.sent[k-1] == bs.sent[k] && isBlank(bs.gap(k)) && !bs.toks[k-1].upper && stopwords[bs.toks[k-1].key] == 0 {
		// An adjective between: "embattled", "long-serving".
		a := k - 1
		for a > 0 && gapClass(bs.gap(a)) == gapHyphen && !bs.toks[a-1].upper {
			a--
		}
		if _, _, ok := bs.claimWordEnding(a, cwDeparture, cwAccession); ok {
			k = a
		}
	}
	if k == 0 || bs.sent[k-1] != bs.sent[k] || !isBlank(bs.gap(k)) {
		return -1
	}
	if _, class, ok := bs.claimWordEnding(k, cwDeparture, cwAccession, cwRemoval); ok {
		if class == cwRemoval {
			return cwDeparture // "voted to remove Prime Minister X"
		}
		return class
	}
	return -1
}

// objectOf: the titled name at word from is a preposition's object ("the
// case against Minister X", "a lawsuit by President X"), an article
// perhaps between; what follows it is then said of the phrase it ends.
func (bs *blockScan) objectOf(from int) bool {
	k := from - 1
	if k >= 0 && (bs.toks[k].key == "the" || bs.isArticle(k)) {
		k--
	}
	return k >= 0 && bs.sent[k] == bs.sent[from] && (prepositions[bs.toks[k].key] || objectPrepositions[bs.toks[k].key])
}

// asAt: word k puts someone in another post ("was replaced as the party's
// candidate", "als", "comme", "como").
func (bs *blockScan) asAt(k int) bool {
	return k < len(bs.toks) && (roleAs[bs.toks[k].key] || bs.toks[k].key == "als")
}

// objectPrepositions are prepositions besides prepositions' that take a
// name as object before a verb said of something else.
var objectPrepositions = map[string]bool{"against": true, "contre": true, "gegen": true, "contra": true, "at": true, "over": true}

// ownSuccessorReach is how many words after a titled name its
// successor may be named ("… plan was scrapped by his successor").
const ownSuccessorReach = 24

// ownSuccessorAfter: a few words after word k, in its sentence, name the
// successor of the one named before ("his successor", "son successeur").
func (bs *blockScan) ownSuccessorAfter(k int) bool {
	for i := k; i < len(bs.toks) && i < k+ownSuccessorReach && i > 0 && bs.sent[i] == bs.sent[k-1]; i++ {
		if _, _, ok := bs.claimWordAt(i, cwOwnSuccessor); ok && (i == k || bs.toks[i].key != "s") {
			// A possessive's successor is the name's own only right
			// after it: "X's successor", not "met Blinken's successor".
			return true
		}
	}
	return false
}

// workReach is how many words may stand between a possessive and the
// work it owns ("Prime Minister X's Rwanda plan").
const workReach = 3

// workAfter: the name ending before word k is in the possessive and owns a
// work that outlives the office, in a sentence told in the past only and
// without a time of its own ("President Obama's health law survived
// another challenge"). Told in the present or the future, the work is the
// holder's now ("Prime Minister X's plan would cut taxes"); a time the
// sentence gives ("… faced criticism this week") dates the title.
func (bs *blockScan) workAfter(k int) bool {
	if k >= len(bs.toks) || bs.toks[k].key != "s" || gapClass(bs.gap(k)) != gapApos {
		return false
	}
	if tense := bs.f.Sentences[bs.sent[k]].Tense; !slices.Contains(tense, tensePast) || len(tense) > 1 || bs.timed(bs.sent[k]) {
		return false
	}
	for i := k + 1; i < len(bs.toks) && i <= k+workReach && bs.joined(i); i++ {
		if _, _, ok := bs.claimWordAt(i, cwWork); ok {
			return true
		}
	}
	return false
}

// timed reports a sentence that gives a time: a date, or a relative time
// or present cue ("this week", "now").
func (bs *blockScan) timed(sent int) bool {
	for _, di := range bs.dates {
		if bs.f.Dates[di].Sentence == sent {
			return true
		}
	}
	for _, k := range []int{kRelative, kPresent} {
		for _, m := range bs.ms[k] {
			if bs.sent[m.from] == sent {
				return true
			}
		}
	}
	return false
}

// successionBefore: the words before word k name the one someone
// succeeded ("replaced", "a succédé au", "his predecessor,"), after an
// article or a comma.
func (bs *blockScan) successionBefore(k int) bool {
	if art, _, ok := bs.claimWordEnding(k, cwArticle); ok && isBlank(bs.gap(k)) {
		k = art.from
	}
	if k == 0 || bs.sent[k-1] != bs.sent[k] {
		return false
	}
	if g := strings.TrimSpace(bs.gap(k)); g != "" && g != "," {
		return false
	}
	_, _, ok := bs.claimWordEnding(k, cwSuccession)
	return ok
}
