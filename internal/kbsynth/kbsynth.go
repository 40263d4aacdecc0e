// Package kbsynth makes a synthetic knowledge base N times the size of a
// real one, to measure what start-up costs as the base grows. Each copy of
// an office, person or event gets its own id and its own words (every word
// of a name or label takes a copy-specific ending), so names, labels and
// the vocabulary grow as a real base would; short titles, adjectival forms
// and dates are shared, as they are between real offices.
package kbsynth

import (
	"regexp"

	"github.com/newslint/newslint/engine/kb"
)

var endings = []string{"ar", "ek", "ol", "un", "is", "ot", "uv", "em", "ur", "in", "ad", "os", "ib", "ul", "et", "ag", "oz", "ip", "ex"}

var word = regexp.MustCompile(`\p{L}+`)

// Scale returns a base n times the size of b: b itself, then n-1 renamed
// copies. The result is not validated; write it (kb.WriteTOML) and build
// it as any base.
func Scale(b *kb.Base, n int) *kb.Base {
	out := &kb.Base{AsOf: b.AsOf}
	for k := range n {
		ren := func(s string) string {
			if k == 0 || s == "" {
				return s
			}
			return word.ReplaceAllStringFunc(s, func(w string) string { return w + endings[(k-1)%len(endings)] + endingsTwo(k) })
		}
		id := func(s string) string {
			if k == 0 {
				return s
			}
			return s + "-" + endings[(k-1)%len(endings)] + endingsTwo(k)
		}
		all := func(list []string) []string {
			out := make([]string, len(list))
			for i, s := range list {
				out[i] = ren(s)
			}
			return out
		}
		for _, r := range b.Roles {
			c := *r
			c.ID, c.Name, c.Labels, c.Abbreviations = id(r.ID), ren(r.Name), all(r.Labels), all(r.Abbreviations)
			c.Wikidata = ""
			if r.Lang != nil {
				c.Lang = map[string]kb.RoleLang{}
				for code, l := range r.Lang {
					c.Lang[code] = kb.RoleLang{Labels: all(l.Labels), ShortTitles: l.ShortTitles}
				}
			}
			c.Terms = nil
			out.Roles = append(out.Roles, &c)
		}
		for _, p := range b.People {
			c := *p
			c.ID, c.Name, c.Surname = id(p.ID), ren(p.Name), ren(p.Surname)
			c.Aliases, c.AmbiguousAliases, c.Nicknames = all(p.Aliases), all(p.AmbiguousAliases), all(p.Nicknames)
			c.Wikidata = ""
			c.Terms = nil
			out.People = append(out.People, &c)
		}
		for _, t := range b.Terms {
			c := *t
			c.Role, c.Person = id(t.Role), id(t.Person)
			out.Terms = append(out.Terms, &c)
		}
		for _, e := range b.Events {
			c := *e
			c.ID, c.Name, c.Labels = id(e.ID), ren(e.Name), all(e.Labels)
			c.People = make([]string, len(e.People))
			for i, p := range e.People {
				c.People[i] = id(p)
			}
			out.Events = append(out.Events, &c)
		}
	}
	return out
}

// endingsTwo keeps copies past the first len(endings) distinct.
func endingsTwo(k int) string {
	if k <= len(endings) {
		return ""
	}
	return endings[(k/len(endings))%len(endings)]
}
