package facts

import "strings"

// German puts the verb of a change of office around what it says: the
// auxiliary second, the participle last ("Friedrich Merz wurde am 6. Mai
// 2025 zum Bundeskanzler gewählt"), or both last in a relative clause
// ("…, der 2021 Kanzler wurde,"). No phrase list can hold the time
// between, so these read the bracket word by word.

// germanChosen are the participles of being chosen for an office, after
// "zum"/"zur" and the title; germanOath (untitled.go) those of taking it,
// after "als" and the title.
var germanChosen = map[string]bool{"gewählt": true, "wiedergewählt": true, "ernannt": true, "bestimmt": true,
	"berufen": true, "gekürt": true}

// germanBracketAt reads a change of office from word k, after the
// auxiliary at word auxAt ("wurde", "ist"): it stands after the name ("Merz wurde
// … gewählt") or before it ("Im Mai 2025 wurde Merz … gewählt"). Between
// may come a time ("am 6. Mai 2025", "2021", "im Dezember 2021") and a
// place ("im Bundestag"). "wurde TITLE" and "ist TITLE geworden" become
// the office (its first day), "zum TITLE gewählt" is chosen for it, "als
// TITLE vereidigt" takes it.
func (bs *blockScan) germanBracketAt(lt linkedTitle, auxAt, k int) (linkedTitle, bool) {
	if bs.lang != "de" || auxAt >= len(bs.toks) {
		return lt, false
	}
	aux := bs.toks[auxAt].key
	o, ok := bs.bracketOffice(k)
	if !ok {
		return lt, false
	}
	lead, tm, e := o.lead, o.tm, o.end
	closes := e >= len(bs.toks) || bs.sent[e] != bs.sent[tm.from] || !isBlank(bs.gap(e)) || bs.toks[e].key == "und"
	var word string
	if !closes {
		word = bs.toks[e].key
	}
	switch {
	case (lead == "zum" || lead == "zur") && germanChosen[word]:
		if aux != "wurde" && aux != "wurden" && !bs.keyAt(e+1, "worden") {
			return lt, false
		}
		lt.tookOffice, lt.chosen = true, true
	case lead == "als" && germanOath[word] && (aux == "wurde" || aux == "wurden"):
		lt.tookOffice = true
	case lead != "zum" && lead != "zur" && lead != "als" && word == "geworden" && (aux == "ist" || aux == "war"):
		lt.tookOffice = true
	case lead != "zum" && lead != "zur" && lead != "als" && closes && (aux == "wurde" || aux == "wurden"):
		lt.tookOffice = true
	default:
		return lt, false
	}
	lt.tense, lt.cop = copPast, match{from: auxAt, to: auxAt + 1}
	return o.claim(lt), true
}

// germanRelativeBracket reads the same change in a relative clause, the
// auxiliary last: "Merz, der am 6. Mai 2025 zum Kanzler gewählt wurde,",
// "Scholz, der 2021 Kanzler wurde,", "…, die 2019 zur Präsidentin gewählt
// worden war". k is the word after the relative pronoun.
func (bs *blockScan) germanRelativeBracket(lt linkedTitle, k int) (linkedTitle, bool) {
	if bs.lang != "de" {
		return lt, false
	}
	o, ok := bs.bracketOffice(k)
	if !ok {
		return lt, false
	}
	lead, e := o.lead, o.end
	if e >= len(bs.toks) || !bs.joined(e) {
		return lt, false
	}
	word, aux := bs.toks[e].key, e+1
	switch {
	case (lead == "zum" || lead == "zur") && germanChosen[word]:
		lt.tookOffice, lt.chosen = true, true
		if bs.keyAt(aux, "worden") {
			aux++
		}
	case lead == "als" && germanOath[word]:
		lt.tookOffice = true
	case lead != "zum" && lead != "zur" && lead != "als" && word == "geworden":
		lt.tookOffice = true
	case lead != "zum" && lead != "zur" && lead != "als" && (word == "wurde" || word == "wurden"):
		lt.tookOffice, aux = true, e
	default:
		return lt, false
	}
	if aux >= len(bs.toks) || (aux > e && !bs.joined(aux)) {
		return lt, false
	}
	switch bs.toks[aux].key {
	case "wurde", "wurden", "ist", "war", "sind", "waren":
	default:
		return lt, false
	}
	// The auxiliary closes the clause.
	if aux+1 < len(bs.toks) && bs.sent[aux+1] == bs.sent[aux] {
		if g := strings.TrimSpace(bs.gap(aux + 1)); g != "," && g != ";" && g != ")" && g != "–" && g != "—" {
			return lt, false
		}
	}
	lt.tense, lt.cop = copPast, match{from: k, to: aux + 1}
	return o.claim(lt), true
}

// bracketed is the office inside a German verb bracket: the word that
// leads it ("zum", "zur", "als", else the title's first), the title and
// what claimObject read with it, and the word after its genitive.
type bracketed struct {
	lead         string
	tm           *match
	qual, qualTo int
	pinned       bool
	qualClaim    string
	end          int
}

// bracketOffice reads the office of a bracket from word k, after what
// germanMiddle skips.
func (bs *blockScan) bracketOffice(k int) (bracketed, bool) {
	k = bs.germanMiddle(k)
	if k >= len(bs.toks) || k > 0 && bs.sent[k] != bs.sent[k-1] {
		return bracketed{}, false
	}
	o := bracketed{lead: bs.toks[k].key}
	if o.lead == "zum" || o.lead == "zur" || o.lead == "als" {
		k++
	}
	if k >= len(bs.toks) || !bs.joined(k) {
		return bracketed{}, false
	}
	var ok bool
	if o.tm, o.qual, o.qualTo, o.pinned, o.qualClaim, ok = bs.claimObject(k); !ok {
		return bracketed{}, false
	}
	o.end = bs.complementEnd(o.tm.to)
	return o, true
}

// claim sets lt's title and claim from the office read, in the past.
func (o bracketed) claim(lt linkedTitle) linkedTitle {
	lt.m, lt.qual, lt.qualTo = o.tm, o.qual, o.qualTo
	lt.pinned = lt.pinned || o.pinned
	lt.claim = copulaClaim(lt.tense, o.qualClaim)
	return lt
}

// germanMiddle skips what may stand inside the bracket before the office:
// a time ("am 6. Mai 2025", "im Dezember 2021", "2021", "im Jahr 2021"),
// a place ("im Bundestag", "in Berlin") and adverbs ("erneut",
// "offiziell"), in any order. It returns the first word after them.
func (bs *blockScan) germanMiddle(k int) int {
	for steps := 0; steps < 4 && k < len(bs.toks); steps++ {
		if end, ok := bs.timeSpanAt(k); ok {
			k = end
			continue
		}
		t := bs.toks[k]
		if germanBracketAdverbs[t.key] {
			k++
			continue
		}
		// "im Bundestag", "vom Parlament", "in Berlin": a capitalised
		// word that is no title.
		if (t.key == "im" || t.key == "vom" || t.key == "in") && k+1 < len(bs.toks) && bs.joined(k+1) &&
			bs.toks[k+1].upper && bs.titleAt(k+1) == nil {
			k += 2
			continue
		}
		break
	}
	return k
}

// germanBracketAdverbs may stand in the bracket without changing what it
// says.
var germanBracketAdverbs = map[string]bool{"erneut": true, "erstmals": true, "offiziell": true, "bereits": true,
	"schon": true, "damals": true, "dann": true, "später": true, "schließlich": true, "formell": true, "einst": true}

// timeSpanAt: a date with its year at word k, or after "am", "im", "in",
// "Anfang", "Mitte", "Ende" there. It returns the word after it.
func (bs *blockScan) timeSpanAt(k int) (int, bool) {
	if k >= len(bs.toks) {
		return 0, false
	}
	at := k
	switch bs.toks[k].key {
	case "am", "im", "in", "anfang", "mitte", "ende":
		at = k + 1
	}
	if at >= len(bs.toks) || bs.sent[at] != bs.sent[k] {
		return 0, false
	}
	if bs.toks[at].key == "jahr" && at+1 < len(bs.toks) { // "im Jahr 2021"
		at++
	}
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		if d.at != bs.toks[at].start || d.Start == "" || d.Precision == "weekday" || d.YearInferred {
			continue
		}
		for e := at; e < len(bs.toks) && bs.sent[e] == bs.sent[at]; e++ {
			if bs.toks[e].end == d.end {
				return e + 1, true
			}
		}
	}
	return 0, false
}

// complementEnd skips a genitive after a title ("zum Präsidenten der
// Europäischen Kommission gewählt"): up to five capitalised words or
// articles after "der"/"des", in the clause. It returns the word after.
func (bs *blockScan) complementEnd(e int) int {
	if e >= len(bs.toks) || !bs.joined(e) || (bs.toks[e].key != "der" && bs.toks[e].key != "des") {
		return e
	}
	j := e + 1
	for ; j < len(bs.toks) && j < e+6 && bs.joined(j) && (bs.toks[j].upper || bs.toks[j].key == "der" || bs.toks[j].key == "des"); j++ {
	}
	if j == e+1 {
		return e
	}
	return j
}

// keyAt: word k exists and is key.
func (bs *blockScan) keyAt(k int, key string) bool {
	return k >= 0 && k < len(bs.toks) && bs.toks[k].key == key
}
