package kb

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

var idRE = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// Check validates the base: as_of is set; ids are kebab-case and unique;
// references resolve; dates are real and each term starts before it ends;
// terms of a single-holder role do not overlap; a name or alias belongs to
// one person unless every person it could mean lists it as ambiguous; a
// label names one role.
func (b *Base) Check() Errors {
	var errs Errors
	add := func(o Origin, format string, args ...any) {
		errs = append(errs, Error{Origin: o, Msg: fmt.Sprintf(format, args...)})
	}
	if b.AsOf == "" {
		add(Origin{File: "knowledge base"}, "as_of is not set: one file (rules/kb/meta.toml) must say how far the base knows, as_of = \"YYYY-MM-DD\"")
	}

	labels := map[string]*Role{}
	for _, r := range b.Roles {
		if !idRE.MatchString(r.ID) {
			add(r.Origin, "role id %q must be kebab-case (lower-case words joined by '-')", r.ID)
		}
		if r.Name == "" {
			add(r.Origin, "role %s: name is missing", r.ID)
		}
		if r.Jurisdiction == "" {
			add(r.Origin, "role %s: jurisdiction is missing", r.ID)
		}
		if r.UnknownAfter != "" && !validDay(r.UnknownAfter) {
			add(r.Origin, "role %s: unknown_after %q is not a date (YYYY-MM-DD)", r.ID, r.UnknownAfter)
		}
		for _, a := range r.Adjectival {
			if !strings.Contains(a, "{surname}") {
				add(r.Origin, "role %s: adjectival form %q has no {surname}", r.ID, a)
			}
		}
		for _, l := range r.allLabels() {
			k := strings.ToLower(l)
			if other := labels[k]; other != nil && other != r {
				add(r.Origin, "role %s: label %q also names role %s (%s); a label must name one role — make it a short title", r.ID, l, other.ID, other.Origin)
				continue
			}
			labels[k] = r
		}
	}

	type claim struct {
		p         *Person
		ambiguous bool
	}
	forms := map[string][]claim{}
	for _, p := range b.People {
		if !idRE.MatchString(p.ID) {
			add(p.Origin, "person id %q must be kebab-case (lower-case words joined by '-')", p.ID)
		}
		if p.Name == "" {
			add(p.Origin, "person %s: name is missing", p.ID)
		}
		seen := map[string]bool{}
		note := func(s string, ambiguous bool) {
			k := strings.ToLower(s)
			if s == "" || seen[k] {
				return
			}
			seen[k] = true
			forms[k] = append(forms[k], claim{p, ambiguous})
		}
		note(p.Name, false)
		for _, a := range p.Aliases {
			note(a, false)
		}
		for _, a := range p.Nicknames {
			note(a, false)
		}
		if p.Died != "" && !validDay(p.Died) {
			add(p.Origin, "person %s: died %q is not a date (YYYY-MM-DD)", p.ID, p.Died)
		}
		for _, a := range p.AmbiguousAliases {
			note(a, true)
		}
	}
	keys := make([]string, 0, len(forms))
	for k := range forms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		cs := forms[k]
		if len(cs) < 2 {
			continue
		}
		for _, c := range cs {
			if c.ambiguous {
				continue
			}
			var others []string
			for _, o := range cs {
				if o.p != c.p {
					others = append(others, o.p.ID)
				}
			}
			add(c.p.Origin, "person %s: %q is also a name or alias of %s; list it under ambiguous_aliases of each of them", c.p.ID, k, strings.Join(others, ", "))
		}
	}

	for _, t := range b.Terms {
		r, p := b.roles[t.Role], b.people[t.Person]
		if r == nil {
			add(t.Origin, "term: unknown role %q", t.Role)
		}
		if p == nil {
			add(t.Origin, "term: unknown person %q", t.Person)
		}
		switch {
		case !validDay(t.Start):
			add(t.Origin, "term of %s as %s: start %q is not a date (YYYY-MM-DD)", t.Person, t.Role, t.Start)
		case t.End != "" && !validDay(t.End):
			add(t.Origin, "term of %s as %s: end %q is not a date (YYYY-MM-DD)", t.Person, t.Role, t.End)
		case t.End != "" && t.End <= t.Start:
			add(t.Origin, "term of %s as %s: end %s is not after start %s", t.Person, t.Role, t.End, t.Start)
		case b.AsOf != "" && t.Start > b.AsOf:
			add(t.Origin, "term of %s as %s: starts %s, after as_of %s", t.Person, t.Role, t.Start, b.AsOf)
		case p != nil && validDay(p.Died) && t.Start > p.Died:
			add(t.Origin, "term of %s as %s: starts %s, after their death on %s", t.Person, t.Role, t.Start, p.Died)
		case p != nil && validDay(p.Died) && t.End == "":
			add(t.Origin, "term of %s as %s: no end, but they died on %s (end the term on the day after)", t.Person, t.Role, p.Died)
		}
	}
	for _, r := range b.Roles {
		if !r.SingleHolder {
			continue
		}
		var prev *Term
		for _, t := range r.Terms {
			if !validDay(t.Start) || t.End != "" && !validDay(t.End) {
				continue // reported above
			}
			if prev != nil && (prev.End == "" || t.Start < prev.End) {
				end := prev.End
				if end == "" {
					end = "open"
				}
				add(t.Origin, "role %s has one holder at a time, but the term of %s from %s overlaps the term of %s (%s to %s, %s)",
					r.ID, t.Person, t.Start, prev.Person, prev.Start, end, prev.Origin)
			}
			prev = t
		}
	}

	for _, e := range b.Events {
		if !idRE.MatchString(e.ID) {
			add(e.Origin, "event id %q must be kebab-case (lower-case words joined by '-')", e.ID)
		}
		if e.Name == "" {
			add(e.Origin, "event %s: name is missing", e.ID)
		}
		if !validDay(e.Date) {
			add(e.Origin, "event %s: date %q is not a date (YYYY-MM-DD)", e.ID, e.Date)
		}
		if len(e.Labels) == 0 {
			add(e.Origin, "event %s: labels are missing (the phrases that name it in text)", e.ID)
		}
		for _, p := range e.People {
			if b.people[p] == nil {
				add(e.Origin, "event %s: unknown person %q", e.ID, p)
			}
		}
	}
	sortErrors(errs)
	return errs
}

// allLabels is every text that names the role on its own: labels,
// abbreviations and labels in other languages.
func (r *Role) allLabels() []string {
	out := append(append([]string(nil), r.Labels...), r.Abbreviations...)
	for _, code := range Languages {
		out = append(out, r.Lang[code].Labels...)
	}
	return out
}
