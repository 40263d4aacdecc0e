package facts

import (
	"strings"

	"github.com/newslint/newslint/engine/kb"
)

// deathAfter records the death a text tells right after a name ("Pope
// Francis died on 21 April 2025", "Benedikt XVI., der am … starb" is not
// read) as an event of that person, when the knowledge base knows the
// day: event-date-mismatch checks the date beside it. A death the base
// lists as an event of its own ("Pope Francis died") is found as that.
func (bs *blockScan) deathAfter(m match, p *kb.Person) {
	if p.Died == "" || m.to >= len(bs.toks) || bs.sent[m.to] != bs.sent[m.to-1] {
		return
	}
	k := m.to
	switch gap := bs.nameGap(k); {
	case gapClass(gap) == gapSpace:
	case strings.TrimSpace(gap) == ",":
		// "Francis, who died on …"
		rel, _, ok := bs.claimWordAt(k, cwClauseOpener)
		if !ok || !bs.joined(rel.to) {
			return
		}
		k = rel.to
	default:
		return
	}
	verb, _, ok := bs.claimWordAt(k, cwDied)
	if !ok {
		return
	}
	for _, e := range bs.ms[kEvent] {
		if e.from < verb.to && m.from < e.to {
			return // the base's own event of this death
		}
	}
	ph := bs.phrase(m.from, verb.to)
	bs.f.Events = append(bs.f.Events, EventMention{Person: p.ID, Text: ph.Text, Span: ph.Span, Block: bs.bi, Sentence: bs.sent[m.from]})
}
