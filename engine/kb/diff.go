package kb

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Change is one difference between two bases. Office is the role it
// concerns; "" for people and events, whose changes are listed after the
// offices.
type Change struct {
	Office string
	// Op is '+' (in B only), '-' (in A only) or '~' (changed).
	Op   byte
	Text string
}

// Section of a change that is not about an office.
const (
	PeopleSection = "people"
	EventsSection = "events"
)

// Diff lists what changes from a to b, office by office (their fields,
// then their terms), then people (renamed, names added or removed, ...),
// then events. Terms are matched by person and start; a term of the same
// person in the same office that overlaps one with another start is a
// changed start.
func Diff(a, b *Base) []Change {
	a.Full()
	b.Full()
	var out []Change
	add := func(office string, op byte, format string, args ...any) {
		out = append(out, Change{Office: office, Op: op, Text: fmt.Sprintf(format, args...)})
	}
	ids := map[string]bool{}
	for _, r := range a.Roles {
		ids[r.ID] = true
	}
	for _, r := range b.Roles {
		ids[r.ID] = true
	}
	for _, id := range sortedSet(ids) {
		ra, rb := a.Role(id), b.Role(id)
		switch {
		case ra == nil:
			add(id, '+', "office %q (%s), %d terms", rb.Name, rb.Jurisdiction, len(rb.Terms))
		case rb == nil:
			add(id, '-', "office %q (%s), %d terms", ra.Name, ra.Jurisdiction, len(ra.Terms))
		default:
			diffRole(ra, rb, func(op byte, format string, args ...any) { add(id, op, format, args...) })
		}
		var ta, tb []*Term
		if ra != nil {
			ta = ra.Terms
		}
		if rb != nil {
			tb = rb.Terms
		}
		diffTerms(ta, tb, func(op byte, format string, args ...any) { add(id, op, format, args...) })
	}

	pids := map[string]bool{}
	for _, p := range a.People {
		pids[p.ID] = true
	}
	for _, p := range b.People {
		pids[p.ID] = true
	}
	for _, id := range sortedSet(pids) {
		pa, pb := a.Person(id), b.Person(id)
		switch {
		case pa == nil:
			add(PeopleSection, '+', "%s (%s)", id, pb.Name)
		case pb == nil:
			add(PeopleSection, '-', "%s (%s)", id, pa.Name)
		default:
			f := func(op byte, format string, args ...any) {
				add(PeopleSection, op, "%s: "+format, append([]any{id}, args...)...)
			}
			field(f, "renamed", pa.Name, pb.Name)
			field(f, "surname", pa.Surname, pb.Surname)
			field(f, "died", pa.Died, pb.Died)
			field(f, "wikidata", pa.Wikidata, pb.Wikidata)
			list(f, "alias", pa.Aliases, pb.Aliases)
			list(f, "ambiguous alias", pa.AmbiguousAliases, pb.AmbiguousAliases)
			list(f, "nickname", pa.Nicknames, pb.Nicknames)
		}
	}

	eids := map[string]bool{}
	for _, e := range a.Events {
		eids[e.ID] = true
	}
	for _, e := range b.Events {
		eids[e.ID] = true
	}
	for _, id := range sortedSet(eids) {
		ea, eb := a.Event(id), b.Event(id)
		switch {
		case ea == nil:
			add(EventsSection, '+', "%s (%s, %s)", id, eb.Name, eb.Date)
		case eb == nil:
			add(EventsSection, '-', "%s (%s, %s)", id, ea.Name, ea.Date)
		default:
			f := func(op byte, format string, args ...any) {
				add(EventsSection, op, "%s: "+format, append([]any{id}, args...)...)
			}
			field(f, "name", ea.Name, eb.Name)
			field(f, "date", ea.Date, eb.Date)
			field(f, "source", ea.Source, eb.Source)
			list(f, "label", ea.Labels, eb.Labels)
			list(f, "duration noun", ea.DurationNouns, eb.DurationNouns)
			list(f, "person", ea.People, eb.People)
		}
	}
	if a.AsOf != b.AsOf {
		add("", '~', "as_of %s → %s", orNoneDay(a.AsOf), orNoneDay(b.AsOf))
	}
	return out
}

type changeFunc func(op byte, format string, args ...any)

func diffRole(a, b *Role, f changeFunc) {
	field(f, "name", a.Name, b.Name)
	field(f, "jurisdiction", a.Jurisdiction, b.Jurisdiction)
	field(f, "unknown_after", a.UnknownAfter, b.UnknownAfter)
	field(f, "wikidata", a.Wikidata, b.Wikidata)
	field(f, "note", a.Note, b.Note)
	if a.SingleHolder != b.SingleHolder {
		f('~', "single_holder %v → %v", a.SingleHolder, b.SingleHolder)
	}
	list(f, "label", a.Labels, b.Labels)
	list(f, "short title", a.ShortTitles, b.ShortTitles)
	list(f, "abbreviation", a.Abbreviations, b.Abbreviations)
	list(f, "adjectival form", a.Adjectival, b.Adjectival)
	for _, code := range Languages {
		list(f, code+" label", a.Lang[code].Labels, b.Lang[code].Labels)
		list(f, code+" short title", a.Lang[code].ShortTitles, b.Lang[code].ShortTitles)
		list(f, code+" adjectival form", a.Lang[code].Adjectival, b.Lang[code].Adjectival)
	}
}

// diffTerms matches terms by person and start, then by person and
// overlap (a changed start).
func diffTerms(a, b []*Term, f changeFunc) {
	key := func(t *Term) string { return t.Person + "|" + t.Start }
	inB := map[string]*Term{}
	for _, t := range b {
		inB[key(t)] = t
	}
	matched := map[*Term]bool{}
	var gone []*Term
	for _, ta := range a {
		if tb := inB[key(ta)]; tb != nil {
			matched[tb] = true
			if ta.End != tb.End {
				f('~', "term of %s from %s: end %s → %s", ta.Person, ta.Start, orOpen(ta.End), orOpen(tb.End))
			}
			if ta.Acting != tb.Acting {
				f('~', "term of %s from %s: acting %v → %v", ta.Person, ta.Start, ta.Acting, tb.Acting)
			}
			if ta.Source != tb.Source {
				f('~', "term of %s from %s: source %s → %s", ta.Person, ta.Start, quoteOrNone(ta.Source), quoteOrNone(tb.Source))
			}
			continue
		}
		gone = append(gone, ta)
	}
	for _, ta := range gone {
		var moved *Term
		for _, tb := range b {
			if !matched[tb] && tb.Person == ta.Person && overlaps(ta.Start, ta.End, tb.Start, tb.End) {
				moved = tb
				break
			}
		}
		if moved == nil {
			f('-', "term of %s, %s to %s", ta.Person, ta.Start, orOpen(ta.End))
			continue
		}
		matched[moved] = true
		f('~', "term of %s: %s to %s → %s to %s", ta.Person, ta.Start, orOpen(ta.End), moved.Start, orOpen(moved.End))
	}
	for _, tb := range b {
		if !matched[tb] {
			acting := ""
			if tb.Acting {
				acting = " (acting)"
			}
			f('+', "term of %s%s, %s to %s", tb.Person, acting, tb.Start, orOpen(tb.End))
		}
	}
}

func field(f changeFunc, name, a, b string) {
	if a != b {
		f('~', "%s %s → %s", name, quoteOrNone(a), quoteOrNone(b))
	}
}

func list(f changeFunc, name string, a, b []string) {
	for _, x := range b {
		if !slicesContains(a, x) {
			f('+', "%s %q", name, x)
		}
	}
	for _, x := range a {
		if !slicesContains(b, x) {
			f('-', "%s %q", name, x)
		}
	}
}

func quoteOrNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return strconv.Quote(s)
}

func orNoneDay(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// FormatDiff writes changes office by office, each office with its name
// in b (or a), then people and events.
func FormatDiff(changes []Change, a, b *Base) string {
	var sb strings.Builder
	group := func(office string) []Change {
		var out []Change
		for _, c := range changes {
			if c.Office == office {
				out = append(out, c)
			}
		}
		return out
	}
	var offices []string
	seen := map[string]bool{}
	for _, c := range changes {
		if c.Office != PeopleSection && c.Office != EventsSection && c.Office != "" && !seen[c.Office] {
			seen[c.Office] = true
			offices = append(offices, c.Office)
		}
	}
	for _, c := range group("") {
		fmt.Fprintf(&sb, "%c %s\n", c.Op, c.Text)
	}
	for _, o := range offices {
		name := o
		if r := b.Role(o); r != nil {
			name = fmt.Sprintf("%s (%s)", o, r.Name)
		} else if r := a.Role(o); r != nil {
			name = fmt.Sprintf("%s (%s)", o, r.Name)
		}
		fmt.Fprintln(&sb, name)
		for _, c := range group(o) {
			fmt.Fprintf(&sb, "  %c %s\n", c.Op, c.Text)
		}
	}
	for _, sec := range []string{PeopleSection, EventsSection} {
		cs := group(sec)
		if len(cs) == 0 {
			continue
		}
		fmt.Fprintln(&sb, sec)
		for _, c := range cs {
			fmt.Fprintf(&sb, "  %c %s\n", c.Op, c.Text)
		}
	}
	return sb.String()
}
