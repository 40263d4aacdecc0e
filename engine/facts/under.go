package facts

import (
	"strings"

	"github.com/newslint/newslint/engine/kb"
)

// underForms reads two more ways of writing an office's adjectival form
// ("{surname} White House"): with "under" and the holder's name after the
// noun ("the White House under Joe Biden", "the government under
// Sunak"), and with a running mate's name joined to the holder's ("the
// Biden-Harris administration"). They are found from the names, not
// compiled as phrases: a phrase per form and holder would make every text
// that says "government" compile them all.
func (bs *blockScan) underForms() {
	names := bs.ms[kName]
	for i := range names {
		m := names[i]
		u := m.from - 1
		under := u >= 1 && bs.toks[u].key == "under" && bs.joined(m.from)
		// "Biden-Harris administration": the partner's name, capitalised,
		// right after a hyphen; the noun after it.
		pair := m.to+1 < len(bs.toks) && gapClass(bs.gap(m.to)) == gapHyphen && bs.toks[m.to].upper && bs.joined(m.to+1)
		if !under && !pair {
			continue
		}
		for _, ref := range m.p.names {
			if bs.formAround(m, ref.person, u, under) {
				break
			}
		}
	}
}

// formAround adds the adjectival form of one of person's offices around
// name match m: its noun before "under" at word u, or after the partner's
// name.
func (bs *blockScan) formAround(m match, person *kb.Person, u int, under bool) bool {
	for _, t := range person.Terms {
		r := bs.g.kb.Role(t.Role)
		if r == nil {
			continue
		}
		for _, noun := range bs.g.underNouns(r) {
			n := strings.Count(noun, " ") + 1
			var p *phrase
			var from, to int
			if under {
				from, to = u-n, m.to
				if from < 0 || bs.keys(from, u) != noun || !bs.allJoined(from, u+1) {
					continue
				}
				p = &phrase{kind: kAdjectival, adj: &adjRef{role: r, people: []*kb.Person{person}, name: [2]int{n + 1, n + 1 + m.to - m.from}}}
			} else {
				from, to = m.from, m.to+1+n
				if to > len(bs.toks) || bs.keys(m.to+1, to) != noun || !bs.allJoined(m.to+1, to) {
					continue
				}
				p = &phrase{kind: kAdjectival, adj: &adjRef{role: r, people: []*kb.Person{person}, name: [2]int{0, m.to + 1 - m.from}}}
			}
			bs.ms[kAdjectival] = append(bs.ms[kAdjectival], match{p: p, from: from, to: to})
			return true // one form for a name, as a phrase would match once
		}
	}
	return false
}

// underNouns are the nouns of role r's English adjectival forms that put
// the name first ("{surname} administration": "administration", "{surname}
// White House": "white house"), in lower case, words joined by spaces.
func (g *Gazetteer) underNouns(r *kb.Role) []string {
	if v, ok := g.underCache.Load(r.ID); ok {
		return v.([]string)
	}
	var out []string
	for _, f := range r.Adjectival {
		if after, ok := strings.CutPrefix(f, "{surname} "); ok {
			var words []string
			for _, t := range tokenize(after) {
				words = append(words, t.key)
			}
			out = append(out, strings.Join(words, " "))
		}
	}
	v, _ := g.underCache.LoadOrStore(r.ID, out)
	return v.([]string)
}
