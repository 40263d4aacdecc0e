package kb

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
)

var idRE = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// Check validates the base: as_of is set; ids are kebab-case and unique;
// references resolve; dates are real and each term starts before it ends;
// terms of a single-holder role do not overlap; a name or alias belongs to
// one person unless every person it could mean lists it as ambiguous; a
// label names one role.
func (b *Base) Check() Errors { return b.check(nil) }

// checkScope limits a check to what user layers changed over a base that
// was valid (the compact built-in base): every problem then involves one
// of these entries, and the rest need not be checked again.
type checkScope struct {
	roles  map[*Role]bool
	people map[*Person]bool
	events map[*Event]bool
}

func (sc *checkScope) role(r *Role) bool     { return sc == nil || r != nil && sc.roles[r] }
func (sc *checkScope) person(p *Person) bool { return sc == nil || p != nil && sc.people[p] }
func (sc *checkScope) event(e *Event) bool   { return sc == nil || sc.events[e] }

// term is in scope when its office or its holder is, or either is unknown.
func (sc *checkScope) term(b *Base, t *Term) bool {
	if sc == nil {
		return true
	}
	r, p := b.roles[t.Role], b.people[t.Person]
	return r == nil || p == nil || sc.roles[r] || sc.people[p]
}

func (b *Base) check(sc *checkScope) Errors {
	b.all()
	var errs Errors
	add := func(o Origin, format string, args ...any) {
		errs = append(errs, Error{Origin: o, Msg: fmt.Sprintf(format, args...)})
	}
	if b.AsOf == "" {
		add(Origin{File: "knowledge base"}, "as_of is not set: one file (rules/kb/meta.toml) must say how far the base knows, as_of = \"YYYY-MM-DD\"")
	}

	// A scoped check looks only at the labels and names that could clash
	// with those of the entries in scope (by their length: most cannot).
	var labelLens, formLens map[int]bool
	if sc != nil {
		labelLens, formLens = map[int]bool{}, map[int]bool{}
		for r := range sc.roles {
			for _, l := range r.allLabels() {
				labelLens[len(strings.ToLower(l))] = true
			}
		}
		for p := range sc.people {
			for _, f := range p.forms() {
				formLens[len(strings.ToLower(f))] = true
			}
		}
	}
	skip := func(lens map[int]bool, s string) bool { return lens != nil && isASCII(s) && !lens[len(s)] }

	labels := map[string]*Role{}
	for _, r := range b.Roles {
		if !sc.role(r) {
			for _, l := range r.allLabels() {
				if skip(labelLens, l) {
					continue
				}
				k := strings.ToLower(l)
				if other := labels[k]; other != nil && other != r && sc.role(other) {
					add(r.Origin, "role %s: label %q also names role %s (%s); a label must name one role — make it a short title", r.ID, l, other.ID, other.Origin)
				} else if other == nil {
					labels[k] = r
				}
			}
			continue
		}
		if !idRE.MatchString(r.ID) {
			add(r.Origin, "role id %q must be kebab-case (lower-case words joined by '-')", r.ID)
		}
		if r.Name == "" {
			add(r.Origin, "role %s: name is missing%s", r.ID, b.nearestRole(r.ID))
		}
		if r.Jurisdiction == "" {
			add(r.Origin, "role %s: jurisdiction is missing", r.ID)
		}
		if r.UnknownAfter != "" && !validDay(r.UnknownAfter) {
			add(r.Origin, "role %s: unknown_after %q is not a date (YYYY-MM-DD)", r.ID, r.UnknownAfter)
		}
		for _, a := range r.allAdjectival() {
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

	// An item is one person or one office: two entries with the same
	// item are one entry written twice (kb import relies on it).
	type qidUse struct {
		o       Origin
		inScope bool
	}
	qids := map[string]qidUse{}
	seenQID := func(q, what string, o Origin, inScope bool) {
		if q == "" {
			return
		}
		if prev, ok := qids[q]; ok {
			if inScope || prev.inScope {
				add(o, "%s: wikidata %s is also given at %s; an item names one entry", what, q, prev.o)
			}
			return
		}
		qids[q] = qidUse{o, inScope}
	}
	for _, r := range b.Roles {
		seenQID(r.Wikidata, "role "+r.ID, r.Origin, sc.role(r))
	}
	for _, p := range b.People {
		seenQID(p.Wikidata, "person "+p.ID, p.Origin, sc.person(p))
	}

	type claim struct {
		p         *Person
		ambiguous bool
	}
	forms := map[string][]claim{}
	var scoped []string // the forms of the people in scope
	for _, p := range b.People {
		in := sc.person(p)
		if in && !idRE.MatchString(p.ID) {
			add(p.Origin, "person id %q must be kebab-case (lower-case words joined by '-')", p.ID)
		}
		if in && p.Name == "" {
			add(p.Origin, "person %s: name is missing%s", p.ID, b.nearestPerson(p.ID))
		}
		seen := map[string]bool{}
		note := func(s string, ambiguous bool) {
			if !in && skip(formLens, s) {
				return
			}
			k := strings.ToLower(s)
			if s == "" || seen[k] {
				return
			}
			seen[k] = true
			forms[k] = append(forms[k], claim{p, ambiguous})
			if in {
				scoped = append(scoped, k)
			}
		}
		note(p.Name, false)
		for _, a := range p.Aliases {
			note(a, false)
		}
		for _, a := range p.Nicknames {
			note(a, false)
		}
		if in && p.Died != "" && !validDay(p.Died) {
			add(p.Origin, "person %s: died %q is not a date (YYYY-MM-DD)", p.ID, p.Died)
		}
		for _, a := range p.AmbiguousAliases {
			note(a, true)
		}
		if in {
			b.checkTitledAliases(p, add)
		}
	}
	keys := scoped
	if sc == nil {
		keys = make([]string, 0, len(forms))
		for k := range forms {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	keys = slices.Compact(keys)
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
		if !sc.term(b, t) {
			continue
		}
		r, p := b.roles[t.Role], b.people[t.Person]
		if r == nil {
			add(t.Origin, "term: unknown role %q%s", t.Role, b.nearestRole(t.Role))
		}
		if p == nil {
			add(t.Origin, "term: unknown person %q%s", t.Person, b.nearestPerson(t.Person))
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
	for _, p := range b.People {
		if !sc.person(p) {
			continue
		}
		// Nobody holds the same office twice at once, even an office with
		// several holders.
		byRole := map[string]*Term{}
		for _, t := range p.Terms {
			if !validDay(t.Start) || t.End != "" && !validDay(t.End) {
				continue
			}
			if prev := byRole[t.Role]; prev != nil && (prev.End == "" || t.Start < prev.End) && !b.roles[t.Role].singleHolder() {
				add(t.Origin, "term of %s as %s from %s overlaps their own earlier term (%s to %s, %s)",
					t.Person, t.Role, t.Start, prev.Start, orOpen(prev.End), prev.Origin)
			}
			if prev := byRole[t.Role]; prev == nil || t.End == "" || prev.End != "" && t.End > prev.End {
				byRole[t.Role] = t
			}
		}
	}
	for _, r := range b.Roles {
		if !r.SingleHolder || !sc.role(r) {
			continue
		}
		var prev *Term
		for _, t := range r.Terms {
			if !validDay(t.Start) || t.End != "" && !validDay(t.End) {
				continue // reported above
			}
			// An acting holder stands in for a suspended one, who keeps
			// the office until removed.
			if prev != nil && (prev.End == "" || t.Start < prev.End) && !t.Acting {
				add(t.Origin, "role %s has one holder at a time, but the term of %s from %s overlaps the term of %s (%s to %s, %s)",
					r.ID, t.Person, t.Start, prev.Person, prev.Start, orOpen(prev.End), prev.Origin)
			}
			// Compare with the term that reaches furthest, so that a term
			// inside a longer one is still caught after a third.
			if prev == nil || prev.End != "" && (t.End == "" || t.End > prev.End) {
				prev = t
			}
		}
	}

	for _, e := range b.Events {
		if !sc.event(e) {
			continue
		}
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
				add(e.Origin, "event %s: unknown person %q%s", e.ID, p, b.nearestPerson(p))
			}
		}
	}
	sortErrors(errs)
	return errs
}

func orOpen(end string) string {
	if end == "" {
		return "open"
	}
	return end
}

// singleHolder is false for an unknown role, whose terms are reported
// for that already.
func (r *Role) singleHolder() bool { return r == nil || r.SingleHolder }

// RecentYears is how many calendar years before as_of's year count as
// recent for Audit: with as_of in 2026, terms that begin or end in
// 2024–2026.
const RecentYears = 2

// Audit lists what kb check reports beyond Check's errors: each term that
// begins or ends in a recent year (as_of's year and the RecentYears
// before it) without a source. Such changes are the ones most often
// misreported, so the day must be confirmed in dated reports and the
// source recorded. These are warnings: the base still builds and lints.
func (b *Base) Audit() Errors {
	b.all()
	var out Errors
	if len(b.AsOf) < 4 {
		return nil
	}
	last := b.AsOf[:4]
	first := fmt.Sprintf("%04d", atoi(last)-RecentYears)
	recent := func(day string) bool { return len(day) >= 4 && day[:4] >= first && day[:4] <= last }
	for _, t := range b.Terms {
		imported := strings.HasPrefix(t.Source, "wikidata ")
		if t.Source != "" && !imported {
			continue
		}
		var what []string
		if recent(t.Start) {
			what = append(what, "begins "+t.Start)
		}
		if recent(t.End) {
			what = append(what, "ends "+t.End)
		}
		switch {
		case len(what) > 0 && imported:
			out = append(out, Error{Origin: t.Origin, Msg: fmt.Sprintf("term of %s as %s %s (recent: %s–%s) was imported from Wikidata: confirm the day in dated reports and say where (source = \"checked: ...\")",
				t.Person, t.Role, strings.Join(what, " and "), first, last)})
		case len(what) > 0:
			out = append(out, Error{Origin: t.Origin, Msg: fmt.Sprintf("term of %s as %s %s (recent: %s–%s) but has no source: confirm the day in dated reports and say where (source = \"...\")",
				t.Person, t.Role, strings.Join(what, " and "), first, last)})
		}
	}
	sortErrors(out)
	return out
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// checkTitledAliases refuses an alias that starts with a short title of an
// office the person held ("King Bhumibol"): the name would swallow the
// title, and the claim the title makes would go unread.
func (b *Base) checkTitledAliases(p *Person, add func(Origin, string, ...any)) {
	for _, a := range slices.Concat(p.Aliases, p.AmbiguousAliases, p.Nicknames) {
		first, rest, ok := strings.Cut(a, " ")
		if !ok {
			continue
		}
		for _, t := range p.Terms {
			r := b.roles[t.Role]
			if r == nil {
				continue
			}
			if slices.ContainsFunc(r.ShortTitles, func(s string) bool { return strings.EqualFold(s, first) }) {
				add(p.Origin, "person %s: alias %q starts with the title %q of %s; write %q (the title is read on its own)", p.ID, a, first, r.ID, rest)
				return
			}
		}
	}
}

// forms are the texts that name a person: name, aliases, nicknames and
// ambiguous aliases.
func (p *Person) forms() []string {
	return append(append(append([]string{p.Name}, p.Aliases...), p.Nicknames...), p.AmbiguousAliases...)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
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

// allAdjectival lists the role's adjectival forms in every language.
func (r *Role) allAdjectival() []string {
	out := r.Adjectival
	for _, code := range Languages {
		out = append(out[:len(out):len(out)], r.Lang[code].Adjectival...)
	}
	return out
}

// nearestRole and nearestPerson suggest the named entry whose id is
// closest to a mistyped one (an amendment that meant an existing entry
// creates a new, nameless one), as a parenthesised hint.
func (b *Base) nearestRole(id string) string {
	best, d := "", 3
	for _, r := range b.Roles {
		if r.ID != id && r.Name != "" {
			if e := editDistance(id, r.ID, d); e < d {
				best, d = r.ID, e
			}
		}
	}
	return hint(best)
}

func (b *Base) nearestPerson(id string) string {
	best, d := "", 3
	for _, p := range b.People {
		if p.ID != id && p.Name != "" {
			if e := editDistance(id, p.ID, d); e < d {
				best, d = p.ID, e
			}
		}
	}
	return hint(best)
}

func hint(id string) string {
	if id == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", id)
}

// editDistance is the Levenshtein distance of a and b, or limit when it
// is at least that (ids far apart cost no full table).
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}
