package facts

import (
	"strings"

	"github.com/newslint/newslint/engine/kb"
)

// deathAfter records the death a text tells right after a name ("Pope
// Francis died on 21 April 2025", "Franziskus ist am 21. April 2025
// gestorben"; a German clause with its verb last, "…, der am … starb", is
// not read) as an event of that person, when the
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
		if verb, ok = bs.germanDied(k); !ok {
			return
		}
	}
	bs.addDeath(p, m.from, verb.to)
}

// germanDied reads "ist am 21. April 2025 gestorben" from word k: the
// auxiliary, at most six words of one clause, and the participle, which
// German puts last.
func (bs *blockScan) germanDied(k int) (match, bool) {
	if bs.lang != "de" || k >= len(bs.toks) || bs.toks[k].key != "ist" {
		return match{}, false
	}
	for e := k + 1; e <= k+7 && e < len(bs.toks) && bs.sent[e] == bs.sent[k] && !strings.ContainsAny(bs.gap(e), ",;:"); e++ {
		if w := bs.toks[e].key; w == "gestorben" || w == "verstorben" {
			return match{from: k, to: e + 1}, true
		}
	}
	return match{}, false
}

// deathOf records a death named before a mention that starts at word from
// ("the death of Pope Francis", "la mort du pape François") or by its
// possessive ("Pope Francis's death"): the name's death, when the base
// knows its day.
func (bs *blockScan) deathOf(m match, from int, p *kb.Person, possessive bool) {
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
	if of, ok := bs.deathBefore(from); ok {
		bs.addDeath(p, of.from, m.to)
	}
}

// deathBefore: a death is named right before word k ("la muerte del").
func (bs *blockScan) deathBefore(k int) (match, bool) {
	of, _, ok := bs.claimWordEnding(k, cwDeathOf)
	return of, ok && isBlank(bs.gap(k))
}

// deathTime: a mention of someone dead, from word from to word to, right
// after the words that name their death ("la mort du pape François")
// speaks of the day they died, as a known event's label does.
func (bs *blockScan) deathTime(p *kb.Person, from, to int) (MentionTime, bool) {
	if p.Died == "" {
		return MentionTime{}, false
	}
	of, ok := bs.deathBefore(from)
	if !ok {
		return MentionTime{}, false
	}
	a, b := bs.toks[of.from].start, bs.toks[to-1].end
	sp := bs.textSpan(a, b)
	return MentionTime{Basis: "event", Start: p.Died, End: p.Died, Text: bs.text[a:b], Span: &sp}, true
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
