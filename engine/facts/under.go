package facts

import (
	"strings"

	"github.com/newslint/newslint/engine/kb"
)

// underForms reads "the White House under Joe Biden", "the government
// under Sunak": an office's adjectival form ("{surname} White House")
// with "under" and the holder's name after it. They are found from the
// names, not compiled as phrases: a phrase per form and holder would make
// every text that says "government" compile them all.
func (bs *blockScan) underForms() {
	names := bs.ms[kName]
next:
	for i := range names {
		m := names[i]
		u := m.from - 1
		if u < 1 || bs.toks[u].key != "under" || !bs.joined(m.from) {
			continue
		}
		for _, ref := range m.p.names {
			for _, t := range ref.person.Terms {
				r := bs.g.kb.Role(t.Role)
				if r == nil {
					continue
				}
				for _, noun := range bs.g.underNouns(r) {
					n := strings.Count(noun, " ") + 1
					from := u - n
					if from < 0 || bs.keys(from, u) != noun || !bs.allJoined(from, u+1) {
						continue
					}
					p := &phrase{kind: kAdjectival, adj: &adjRef{role: r, people: []*kb.Person{ref.person}, name: [2]int{n + 1, n + 1 + m.to - m.from}}}
					bs.ms[kAdjectival] = append(bs.ms[kAdjectival], match{p: p, from: from, to: m.to})
					continue next // one form for a name, as a phrase would match once
				}
			}
		}
	}
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
