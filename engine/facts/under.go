package facts

import (
	"slices"
	"strings"

	"github.com/newslint/newslint/engine/kb"
)

// formsAround reads more ways of writing an office's adjectival form
// ("{surname} White House", "gouvernement {surname}", "Regierung
// {surname}", "gobierno de {surname}") around a holder's name: the form's
// noun, joining words of the block's language and the name ("the White
// House under Joe Biden", "the government led by Rishi Sunak", "le
// gouvernement dirigé par Michel Barnier", "die Regierung unter Olaf
// Scholz", "el Gobierno encabezado por Pedro Sánchez"; outside English
// also the full name right after the noun, "le gouvernement Élisabeth
// Borne"), the name, a participle and the noun ("die von Olaf Scholz
// geführte Regierung"), and a running mate's name joined to the holder's
// ("the Biden-Harris administration"). They are found from the names, not
// compiled as phrases: a phrase per form and holder would make every text
// that says "government" compile them all.
func (bs *blockScan) formsAround() {
	lang := bs.claimLang()
	names := bs.ms[kName]
	for i := range names {
		m := names[i]
		// The noun ends at end: before the joining words, or (a full name,
		// outside English) right before the name.
		end := -1
		if jm, _, ok := bs.claimWordEnding(m.from, cwFormJoin); ok && jm.from >= 1 && bs.joined(m.from) && claimLangOf(jm, cwFormJoin, lang) {
			end = jm.from
		} else if r, ok := bs.relativeLeadsEnding(m.from); ok && lang != "en" {
			// "el Gobierno que dirige Alberto Fernández", "le
			// gouvernement que dirige François Bayrou".
			end = r
		} else if lang != "en" && m.from >= 1 && bs.joined(m.from) && fullName(m) && bs.titleEnding(m.from) == nil {
			// not a title's last word: "el presidente del Gobierno Pedro
			// Sánchez" is the title and the name
			end = m.from
		}
		// Or the noun starts at after: past the partner's name
		// ("Biden-Harris administration", capitalised, right after a
		// hyphen) or a participle ("von Olaf Scholz geführte Regierung").
		after, nameTo, party := -1, m.to, false
		if lang == "en" && m.to+1 < len(bs.toks) && gapClass(bs.gap(m.to)) == gapHyphen && bs.toks[m.to].upper && bs.joined(m.to+1) {
			after, nameTo = m.to+1, m.to+1
		} else if pm, _, ok := bs.claimWordAt(m.to, cwFormParticiple); ok && bs.joined(m.to) && claimLangOf(pm, cwFormParticiple, lang) {
			after = pm.to
		} else if k := bs.partyAfterName(m.to); k > 0 && lang == "en" {
			after, party = k, true
		}
		if end < 0 && after < 0 {
			continue
		}
		for i, ref := range m.p.names {
			adj, ok := bs.formAround(m, ref.person, lang, end, after, nameTo)
			if !ok {
				continue
			}
			if n := len(bs.ms[kAdjectival]); party && adj != nil && bs.modifiesNoun(bs.ms[kAdjectival][n-1].to) {
				// "Sunak's well-known government critics", "Scholz's
				// traffic-light coalition partners": another noun's.
				bs.ms[kAdjectival] = bs.ms[kAdjectival][:n-1]
				break
			}
			// Others of the name who held the office are candidates too,
			// judged by the time as a compiled form's are: "the Trudeau
			// Liberal government" is Justin's in 2023, Pierre's in 1975.
			for _, other := range m.p.names[i+1:] {
				if adj != nil && !slices.Contains(adj.people, other.person) && heldRole(other.person, adj.role.ID) {
					adj.people = append(adj.people, other.person)
				}
			}
			break
		}
	}
}

// relativeLeadsEnding: a relative pronoun and a verb of leading end
// right before word k, the subject after its verb ("que dirige X"); it
// returns where the pronoun starts.
func (bs *blockScan) relativeLeadsEnding(k int) (int, bool) {
	v, _, ok := bs.claimWordEnding(k, cwLeads)
	if !ok || !bs.joined(k) || v.from < 2 || !bs.joined(v.from) {
		return 0, false
	}
	if bs.toks[v.from-1].key != "que" {
		return 0, false
	}
	return v.from - 1, true
}

// partyAfterName is past an English party's name, or a compound in lower
// case, that follows a name ending before word k, possessive or not:
// "Trudeau's Liberal government", "the Albanese Labor government",
// "Scholz's traffic-light coalition". 0 when none does.
func (bs *blockScan) partyAfterName(k int) int {
	if k < len(bs.toks) && bs.possessiveAt(k) {
		k++
	}
	if k+1 >= len(bs.toks) || !bs.joined(k) {
		return 0
	}
	if bs.toks[k].upper && affiliations["en"][bs.toks[k].key] && bs.joined(k+1) {
		return k + 1
	}
	e := k + 1
	for e < len(bs.toks) && e <= k+2 && gapClass(bs.gap(e)) == gapHyphen && !bs.toks[e].upper {
		e++
	}
	if e == k+1 || bs.toks[k].upper || e >= len(bs.toks) || !bs.joined(e) {
		return 0
	}
	return e
}

// modifiesNoun: the word at e goes on the noun before it, which then
// modifies it: a hyphen ("government-era") or a word in lower case that
// is no verb, adverb or function word ("government critics").
func (bs *blockScan) modifiesNoun(e int) bool {
	if e >= len(bs.toks) || bs.sent[e] != bs.sent[e-1] {
		return false
	}
	if gapClass(bs.gap(e)) == gapHyphen {
		return true
	}
	w := bs.toks[e].key
	return isBlank(bs.gap(e)) && !bs.toks[e].upper && isWordOnly(w) && bs.g.tense[w] == "" && !strings.HasSuffix(w, "ed") && !samePast[w] &&
		stopwords[w] == 0 && !strings.HasSuffix(w, "ly") && !modalVerbs[w]
}

var modalVerbs = map[string]bool{"will": true, "would": true, "could": true, "should": true, "must": true, "may": true, "might": true, "can": true}

// claimLangOf: claim phrase m is one of class in lang (claimWordAt takes
// any language's words in a block whose language is unknown).
func claimLangOf(m match, class int, lang string) bool {
	for _, w := range m.p.cw {
		if w.class == class && w.lang == lang {
			return true
		}
	}
	return false
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
// name match m: its noun ending at word end, or starting at word after
// (the name then ends at nameTo). It returns the form it made, nil when
// the form's own phrase matched there already.
func (bs *blockScan) formAround(m match, person *kb.Person, lang string, end, after, nameTo int) (*adjRef, bool) {
	// An office held at the article's date first: "le gouvernement que
	// dirige Erdogan" is the president's, not the prime minister's he was.
	day := bs.f.Date.End
	for _, wantHeld := range []bool{true, false} {
		for _, t := range person.Terms {
			if (day != "" && t.Covers(day)) != wantHeld {
				continue
			}
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
				case after >= 0 && after+n <= len(bs.toks) && bs.keys(after, after+n) == noun && bs.allJoined(m.to-1, after+n):
					from, to = m.from, after+n
					name = [2]int{0, nameTo - m.from}
				default:
					continue
				}
				for _, am := range bs.ms[kAdjectival] {
					if am.from == from && am.to == to {
						return nil, true // the form's own phrase matched here already
					}
				}
				if after >= 0 && nameTo > m.to {
					// "the Obama-Biden administration" is the first name's:
					// the partner's own form over the same words goes.
					bs.ms[kAdjectival] = slices.DeleteFunc(bs.ms[kAdjectival], func(am match) bool { return am.from == m.to && am.to == to })
				}
				p := &phrase{kind: kAdjectival, adj: &adjRef{role: r, people: []*kb.Person{person}, name: name, lang: bs.lang}}
				bs.ms[kAdjectival] = append(bs.ms[kAdjectival], match{p: p, from: from, to: to})
				return p.adj, true // one form for a name, as a phrase would match once
			}
		}
	}
	return nil, false
}

// heldRole: person held the office with id role at some time.
func heldRole(person *kb.Person, role string) bool {
	return slices.ContainsFunc(person.Terms, func(t *kb.Term) bool { return t.Role == role })
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
	// The coalition a head of government leads: "the coalition led by
	// X", "la coalition d'Olaf Scholz", "la coalición de X", "die
	// Koalition unter X"; and the Spanish cabinet, "el gabinete de X".
	for _, gc := range [][2]string{{"government", "coalition"}, {"gouvernement", "coalition"}, {"gobierno", "coalición"}, {"gobierno", "gabinete"}, {"regierung", "koalition"}} {
		if slices.Contains(out, gc[0]) && !slices.Contains(out, gc[1]) {
			out = append(out, gc[1])
		}
	}
	v, _ := g.nounCache.LoadOrStore(key, out)
	return v.([]string)
}
