package facts

import (
	"strings"

	"github.com/newslint/newslint/engine/kb"
)

// formsAround reads more ways of writing an office's adjectival form
// ("{surname} White House", "gouvernement {surname}", "Regierung
// {surname}", "gobierno de {surname}") around a holder's name: the form's
// noun, a joining word of the block's language and the name ("the White
// House under Joe Biden", "le gouvernement de Rishi Sunak", "die
// Regierung unter Olaf Scholz", "el Gobierno de Rishi Sunak"; outside
// English also the full name right after the noun, "le gouvernement
// Élisabeth Borne"), and a running mate's name joined to the holder's
// ("the Biden-Harris administration"). They are found from the names,
// not compiled as phrases: a phrase per form and holder would make every
// text that says "government" compile them all.
func (bs *blockScan) formsAround() {
	lang := bs.claimLang()
	joins := setOf(bs.g.claimWords[lang].FormJoins)
	names := bs.ms[kName]
	for i := range names {
		m := names[i]
		// The noun ends at end: before a joining word, or (a full name,
		// outside English) right before the name.
		end := -1
		if j := m.from - 1; j >= 1 && joins[bs.toks[j].key] && bs.joined(m.from) {
			end = j
		} else if lang != "en" && m.from >= 1 && bs.joined(m.from) && fullName(m) && bs.titleEnding(m.from) == nil {
			// not a title's last word: "el presidente del Gobierno Pedro
			// Sánchez" is the title and the name
			end = m.from
		}
		// "Biden-Harris administration": the partner's name, capitalised,
		// right after a hyphen; the noun after it.
		pair := lang == "en" && m.to+1 < len(bs.toks) && gapClass(bs.gap(m.to)) == gapHyphen && bs.toks[m.to].upper && bs.joined(m.to+1)
		if end < 0 && !pair {
			continue
		}
		for _, ref := range m.p.names {
			if bs.formAround(m, ref.person, lang, end, pair) {
				break
			}
		}
	}
}

// fullName: the name match is someone's full name.
func fullName(m match) bool {
	for _, r := range m.p.names {
		if r.form == formFull {
			return true
		}
	}
	return false
}

// formAround adds the adjectival form of one of person's offices around
// name match m: its noun ending at word end, or after the partner's name.
func (bs *blockScan) formAround(m match, person *kb.Person, lang string, end int, pair bool) bool {
	for _, t := range person.Terms {
		r := bs.g.kb.Role(t.Role)
		if r == nil {
			continue
		}
		for _, noun := range bs.g.formNouns(r, lang) {
			n := strings.Count(noun, " ") + 1
			var from, to int
			var name [2]int
			switch {
			case end >= n && bs.keys(end-n, end) == noun && bs.allJoined(end-n, m.from):
				from, to = end-n, m.to
				name = [2]int{m.from - from, m.to - from}
			case pair && m.to+1+n <= len(bs.toks) && bs.keys(m.to+1, m.to+1+n) == noun && bs.allJoined(m.to+1, m.to+1+n):
				from, to = m.from, m.to+1+n
				name = [2]int{0, m.to + 1 - m.from}
			default:
				continue
			}
			for _, am := range bs.ms[kAdjectival] {
				if am.from == from && am.to == to {
					return true // the form's own phrase matched here already
				}
			}
			p := &phrase{kind: kAdjectival, adj: &adjRef{role: r, people: []*kb.Person{person}, name: name, lang: bs.lang}}
			bs.ms[kAdjectival] = append(bs.ms[kAdjectival], match{p: p, from: from, to: to})
			return true // one form for a name, as a phrase would match once
		}
	}
	return false
}

// formNouns are the nouns of role r's adjectival forms in lang, in lower
// case, words joined by spaces: "administration" and "white house" for
// "{surname} administration" and "{surname} White House"; "gobierno" for
// "gobierno de {surname}" (the joining word is the text's own).
func (g *Gazetteer) formNouns(r *kb.Role, lang string) []string {
	key := r.ID + "/" + lang
	if v, ok := g.nounCache.Load(key); ok {
		return v.([]string)
	}
	var out []string
	words := func(s string) []string {
		var w []string
		for _, t := range tokenize(s) {
			w = append(w, t.key)
		}
		return w
	}
	if lang == "en" {
		for _, f := range r.Adjectival {
			if after, ok := strings.CutPrefix(f, "{surname} "); ok {
				out = append(out, strings.Join(words(after), " "))
			}
		}
	} else {
		joins := setOf(g.claimWords[lang].FormJoins)
		for _, f := range r.Lang[lang].Adjectival {
			if before, ok := strings.CutSuffix(f, " {surname}"); ok {
				w := words(before)
				if len(w) > 1 && joins[w[len(w)-1]] {
					w = w[:len(w)-1]
				}
				out = append(out, strings.Join(w, " "))
			}
		}
	}
	v, _ := g.nounCache.LoadOrStore(key, out)
	return v.([]string)
}
