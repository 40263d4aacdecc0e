package facts

import "github.com/newslint/newslint/engine/kb"

// deathAfter records the death a text tells right after a name ("Pope
// Francis died on 21 April 2025"; a German clause with its verb last, "…,
// der am … starb", is not read) as an event of that person, when the
// knowledge base knows the day: event-date-mismatch checks the date that
// follows. A death the base lists as an event of its own ("Pope Francis
// died") is found as that.
func (bs *blockScan) deathAfter(m match, p *kb.Person) {
	if p.Died == "" {
		return
	}
	k, _, ok := bs.afterName(m) // "Francis died", "Francis, who died"
	if !ok {
		return
	}
	verb, _, ok := bs.claimWordAt(k, cwDied)
	if !ok {
		return
	}
	bs.addDeath(p, m.from, verb.to)
}

// deathOf records a death named before a name ("the death of Pope
// Francis", "la mort de …") or by its possessive ("Pope Francis's death"):
// the name's death, when the base knows its day.
func (bs *blockScan) deathOf(m match, p *kb.Person, possessive bool) {
	if p.Died == "" {
		return
	}
	if possessive {
		// "Francis's death": the word after the "s".
		if k := m.to + 1; k < len(bs.toks) && bs.joined(k) && (bs.toks[k].key == "death" || bs.toks[k].key == "passing") {
			bs.addDeath(p, m.from, k+1)
		}
		return
	}
	if of, _, ok := bs.claimWordEnding(m.from, cwDeathOf); ok && isBlank(bs.gap(m.from)) {
		bs.addDeath(p, of.from, m.to)
	}
}

// addDeath adds the death of p told by words [from, to), unless the base
// lists it as an event of its own there.
func (bs *blockScan) addDeath(p *kb.Person, from, to int) {
	for _, e := range bs.ms[kEvent] {
		if e.from < to && from < e.to {
			return // the base's own event of this death
		}
	}
	ph := bs.phrase(from, to)
	bs.f.Events = append(bs.f.Events, EventMention{Person: p.ID, Text: ph.Text, Span: ph.Span, Block: bs.bi, Sentence: bs.sent[from]})
}
