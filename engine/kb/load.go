package kb

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/engine/tomlpos"
)

// Source is one data file's part of the knowledge base, in the order the
// files are read: the built-in files first, then the user's.
type Source struct {
	// File names the file in messages.
	File string
	// Text is the file's content, used to find the line of each entry.
	Text []byte
	// Data holds the file's knowledge-base keys (as_of, roles, people,
	// terms, events, retire), decoded from TOML or JSON.
	Data map[string]any
	// Table is the table the keys sit under in the file: "" for built-in
	// files, "kb" for user files ([[kb.people]]).
	Table string
	// User marks a user file. Each user file is a layer over everything
	// before it: it may amend entries by id, override terms and retire
	// aliases. Built-in files form one layer, where an id is defined once.
	User bool
	// Base, when set, is a base already built and validated (the compact
	// built-in form): it stands for the built-in files, and must come
	// first. The other fields are then unused.
	Base *Base
}

// Error is a problem in the data, at the entry that has it.
type Error struct {
	Origin Origin
	Msg    string
}

func (e Error) Error() string { return e.Origin.String() + ": " + e.Msg }

// Errors is every problem found; it is an error when not empty.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Build reads the sources in order, applies each user layer's amendments,
// overrides and retirements, and validates the result. The error, when not
// nil, is an Errors listing every problem with its file and line.
func Build(sources []Source) (*Base, error) {
	b, errs := Assemble(sources)
	if len(errs) > 0 {
		return nil, errs
	}
	return b, nil
}

// Assemble is Build that returns the base it could make along with the
// problems it found (to compare or audit data that does not validate).
func Assemble(sources []Source) (*Base, Errors) {
	l := &loader{b: &Base{}, roles: map[string]*Role{}, people: map[string]*Person{}, events: map[string]*Event{},
		terms: map[string]*Term{}, layerOf: map[any]int{}, touched: map[string]bool{}, removed: map[*Term]bool{}}
	asOfSetBy := Origin{}
	seeded := len(sources) > 0 && sources[0].Base != nil
	if seeded {
		if len(sources) == 1 {
			// Validated when it was made.
			return sources[0].Base, nil
		}
		l.seed(sources[0].Base)
		asOfSetBy = Origin{File: "the built-in base"}
		sources = sources[1:]
	}
	for i := range sources {
		s := &sources[i]
		if s.User || i == 0 && !seeded {
			l.layer++
		}
		l.src = s
		l.pos = tomlpos.Of(s.Text)
		for k := range s.Data {
			if !slices.Contains(topKeys, k) {
				l.errorf(Origin{File: s.File, Line: l.line(k)}, "unknown key %q (the knowledge base has %s)", k, strings.Join(topKeys, ", "))
			}
		}
		if v, ok := s.Data["as_of"]; ok {
			o := Origin{File: s.File, Line: l.line("as_of")}
			day, ok := dayValue(v)
			switch {
			case !ok:
				l.errorf(o, "as_of must be a date (YYYY-MM-DD), not %v", v)
			case !s.User && asOfSetBy.File != "":
				l.errorf(o, "as_of is set again (already set at %s); exactly one built-in file sets it", asOfSetBy)
			default:
				l.b.AsOf, asOfSetBy = day, o
			}
		}
		// Retirements apply to what earlier files defined, so a file may
		// retire a term and write it anew.
		for _, e := range l.entries("retire") {
			l.retire(e)
		}
		for _, e := range l.entries("roles") {
			l.addRole(e)
		}
		for _, e := range l.entries("people") {
			l.addPerson(e)
		}
		for _, e := range l.entries("terms") {
			l.addTerm(e)
		}
		for _, e := range l.entries("events") {
			l.addEvent(e)
		}
	}
	for i, t := range l.termOrder {
		if i < l.nSeedTerms && !l.removed[t] || i >= l.nSeedTerms && l.terms[termKey(t)] == t {
			l.b.Terms = append(l.b.Terms, t)
		}
	}
	l.b.index()
	var sc *checkScope
	if seeded {
		l.b.phrases = l.seedPhrases
		l.b.touchedPeople, l.b.touchedRoles, l.b.touchedEvents = l.touchedEntries()
		// The seed was valid: only what the layers touched can be wrong,
		// unless they moved as_of (which every term is checked against).
		if l.b.AsOf == l.seedAsOf {
			sc = &checkScope{roles: map[*Role]bool{}, people: map[*Person]bool{}, events: map[*Event]bool{}}
			for _, r := range l.b.touchedRoles {
				sc.roles[r] = true
			}
			for _, p := range l.b.touchedPeople {
				sc.people[p] = true
			}
			for _, e := range l.b.touchedEvents {
				sc.events[e] = true
			}
		}
	}
	l.errs = append(l.errs, l.b.check(sc)...)
	sortErrors(l.errs)
	return l.b, l.errs
}

// seed starts the loader from a built base, as the built-in layer: its
// entries are in no layer of their own (layer 0), so user layers amend
// them.
func (l *loader) seed(b *Base) {
	b.all()
	l.seedPhrases, l.seedAsOf = b.phrases, b.AsOf
	l.b.AsOf = b.AsOf
	l.b.Roles = b.Roles
	l.b.People = b.People
	l.b.Events = b.Events
	l.seedRoles = make(map[string]*Role, len(b.Roles))
	for _, r := range b.Roles {
		l.roles[r.ID] = r
		l.seedRoles[r.ID] = r
	}
	for _, p := range b.People {
		l.people[p.ID] = p
	}
	for _, e := range b.Events {
		l.events[e.ID] = e
	}
	// Seeded terms are found through their role (lookupTerm) rather than
	// put in l.terms: a user layer touches few of them.
	l.termOrder = b.Terms
	l.nSeedTerms = len(b.Terms)
}

// lookupTerm finds the term with this role, person and start that the
// layers read so far define, or nil.
func (l *loader) lookupTerm(role, person, start string) *Term {
	if t := l.terms[role+"|"+person+"|"+start]; t != nil {
		return t
	}
	if l.nSeedTerms == 0 {
		return nil
	}
	if r := l.seedRoles[role]; r != nil {
		for _, t := range r.Terms {
			if t.Person == person && t.Start == start && !l.removed[t] {
				return t
			}
		}
	}
	return nil
}

// touchedEntries lists what user layers touched, in base order, with
// every role a touched person held (its adjectival forms name them).
func (l *loader) touchedEntries() ([]*Person, []*Role, []*Event) {
	var people []*Person
	for _, p := range l.b.People {
		if l.touched["p:"+p.ID] {
			people = append(people, p)
			for _, t := range p.Terms {
				l.touched["r:"+t.Role] = true
			}
		}
	}
	var roles []*Role
	for _, r := range l.b.Roles {
		if l.touched["r:"+r.ID] {
			roles = append(roles, r)
		}
	}
	var events []*Event
	for _, e := range l.b.Events {
		if l.touched["e:"+e.ID] {
			events = append(events, e)
		}
	}
	return people, roles, events
}

var topKeys = []string{"as_of", "roles", "people", "terms", "events", "retire"}

type loader struct {
	b     *Base
	src   *Source
	layer int
	pos   tomlpos.Index // where the keys of src are written
	errs  Errors

	roles  map[string]*Role
	people map[string]*Person
	events map[string]*Event
	// terms by role|person|start; termOrder keeps the order they were read.
	terms     map[string]*Term
	termOrder []*Term
	// layerOf records the layer that defined each entry.
	layerOf map[any]int
	// touched records the ids user layers defined or changed ("r:", "p:"
	// and "e:" prefixes), for the phrase index of a seeded base.
	touched     map[string]bool
	seedPhrases *PhraseIndex
	seedAsOf    string
	// The seed's terms come first in termOrder; removed marks those that
	// a layer retired or replaced. seedRoles are the seed's roles, with
	// their terms as the seed had them.
	nSeedTerms int
	removed    map[*Term]bool
	seedRoles  map[string]*Role
}

func (l *loader) touch(kind, id string) {
	if l.src.User {
		l.touched[kind+id] = true
	}
}

func (l *loader) errorf(o Origin, format string, args ...any) {
	l.errs = append(l.errs, Error{Origin: o, Msg: fmt.Sprintf(format, args...)})
}

// entry is one table of an array ([[people]]) with its origin.
type entry struct {
	l      *loader
	kind   string
	origin Origin
	m      map[string]any
}

func (l *loader) entries(kind string) []*entry {
	v, ok := l.src.Data[kind]
	if !ok {
		return nil
	}
	o := Origin{File: l.src.File, Line: l.line(kind)}
	var items []any
	switch x := v.(type) {
	case []any:
		items = x
	case []map[string]any:
		for _, m := range x {
			items = append(items, m)
		}
	default:
		l.errorf(o, "%s must be an array of tables ([[%s]])", kind, kind)
		return nil
	}
	lines := l.pos.ArrayTables(l.path(kind)...)
	out := make([]*entry, 0, len(items))
	for i, it := range items {
		eo := Origin{File: l.src.File}
		if len(lines) == len(items) {
			eo.Line = lines[i]
		}
		m, ok := it.(map[string]any)
		if !ok {
			l.errorf(eo, "%s entry %d is not a table", kind, i+1)
			continue
		}
		out = append(out, &entry{l: l, kind: kind, origin: eo, m: m})
	}
	return out
}

func (e *entry) has(k string) bool { _, ok := e.m[k]; return ok }

func (e *entry) str(k string) string {
	v, ok := e.m[k]
	if !ok {
		return ""
	}
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case toml.LocalDate:
		return x.String()
	case time.Time:
		return x.Format("2006-01-02")
	}
	e.l.errorf(e.origin, "%s: %s must be a string, not %T", e.kind, k, v)
	return ""
}

func (e *entry) list(k string) []string {
	v, ok := e.m[k]
	if !ok {
		return nil
	}
	items, ok := v.([]any)
	if !ok {
		if s, ok := v.([]string); ok {
			return s
		}
		e.l.errorf(e.origin, "%s: %s must be a list of strings", e.kind, k)
		return nil
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(string)
		if !ok || strings.TrimSpace(s) == "" {
			e.l.errorf(e.origin, "%s: %s must hold non-empty strings, not %v", e.kind, k, it)
			continue
		}
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

// lang reads a role's [roles.lang.CODE] tables: labels and short titles in
// another language.
func (e *entry) lang(r *Role) {
	v, ok := e.m["lang"]
	if !ok {
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		e.l.errorf(e.origin, "%s: lang must be a table of languages ([roles.lang.fr])", e.kind)
		return
	}
	codes := make([]string, 0, len(m))
	for code := range m {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		if !slices.Contains(Languages, code) {
			e.l.errorf(e.origin, "%s: lang: unknown language %q (known: %s)", e.kind, code, strings.Join(Languages, ", "))
			continue
		}
		t, ok := m[code].(map[string]any)
		if !ok {
			e.l.errorf(e.origin, "%s: lang.%s must be a table with labels and short_titles", e.kind, code)
			continue
		}
		sub := &entry{l: e.l, kind: e.kind + " lang." + code, origin: e.origin, m: t}
		sub.known("labels", "short_titles", "adjectival")
		if r.Lang == nil {
			r.Lang = map[string]RoleLang{}
		}
		l := r.Lang[code]
		l.Labels = appendNew(l.Labels, sub.list("labels"))
		l.ShortTitles = appendNew(l.ShortTitles, sub.list("short_titles"))
		l.Adjectival = appendNew(l.Adjectival, sub.list("adjectival"))
		r.Lang[code] = l
	}
}

func (e *entry) boolean(k string) bool {
	v, ok := e.m[k]
	if !ok {
		return false
	}
	b, ok := v.(bool)
	if !ok {
		e.l.errorf(e.origin, "%s: %s must be true or false, not %v", e.kind, k, v)
	}
	return b
}

// known rejects keys the schema does not have (a typo would otherwise be
// silently ignored).
func (e *entry) known(keys ...string) {
	var unknown []string
	for k := range e.m {
		if !slices.Contains(keys, k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		e.l.errorf(e.origin, "%s: unknown key %q (known: %s)", e.kind, k, strings.Join(keys, ", "))
	}
}

// id reads the entry's id; ok is false (and an error recorded) when it is
// missing.
func (e *entry) id() (string, bool) {
	id := e.str("id")
	if id == "" {
		e.l.errorf(e.origin, "%s: id is missing", e.kind)
		return "", false
	}
	return id, true
}

// redefined decides what a second entry with a known id means: in a later
// user layer it amends the entry; otherwise it is a duplicate.
func (l *loader) redefined(e *entry, prev any, prevOrigin Origin) bool {
	if l.src.User && l.layerOf[prev] < l.layer {
		// A second entry in this same file is a duplicate again.
		l.layerOf[prev] = l.layer
		return true
	}
	id, _ := e.m["id"].(string)
	l.errorf(e.origin, "%s: duplicate id %q (first defined at %s)", e.kind, id, prevOrigin)
	return false
}

var roleKeys = []string{"id", "name", "jurisdiction", "labels", "short_titles", "abbreviations", "lang", "adjectival", "single_holder", "unknown_after", "note", "wikidata"}

func (l *loader) addRole(e *entry) {
	e.known(roleKeys...)
	id, ok := e.id()
	if !ok {
		return
	}
	r := l.roles[id]
	if r != nil {
		if !l.redefined(e, r, r.Origin) {
			return
		}
	} else {
		r = &Role{ID: id, Origin: e.origin}
		if !e.has("single_holder") {
			r.SingleHolder = true
		}
		l.roles[id] = r
		l.layerOf[r] = l.layer
		l.b.Roles = append(l.b.Roles, r)
	}
	l.touch("r:", id)
	setStr(e, "name", &r.Name)
	setStr(e, "jurisdiction", &r.Jurisdiction)
	setStr(e, "unknown_after", &r.UnknownAfter)
	setStr(e, "note", &r.Note)
	setStr(e, "wikidata", &r.Wikidata)
	r.Labels = appendNew(r.Labels, e.list("labels"))
	r.ShortTitles = appendNew(r.ShortTitles, e.list("short_titles"))
	r.Abbreviations = appendNew(r.Abbreviations, e.list("abbreviations"))
	e.lang(r)
	r.Adjectival = appendNew(r.Adjectival, e.list("adjectival"))
	if e.has("single_holder") {
		r.SingleHolder = e.boolean("single_holder")
	}
}

var personKeys = []string{"id", "name", "surname", "aliases", "ambiguous_aliases", "nicknames", "died", "wikidata"}

func (l *loader) addPerson(e *entry) {
	e.known(personKeys...)
	id, ok := e.id()
	if !ok {
		return
	}
	p := l.people[id]
	created := p == nil
	if !created {
		if !l.redefined(e, p, p.Origin) {
			return
		}
	} else {
		p = &Person{ID: id, Origin: e.origin}
		l.people[id] = p
		l.layerOf[p] = l.layer
		l.b.People = append(l.b.People, p)
	}
	l.touch("p:", id)
	setStr(e, "name", &p.Name)
	setStr(e, "wikidata", &p.Wikidata)
	if e.has("surname") {
		p.Surname = e.str("surname")
	} else if created {
		p.Surname = lastWord(p.Name)
	}
	p.Aliases = appendNew(p.Aliases, e.list("aliases"))
	p.AmbiguousAliases = appendNew(p.AmbiguousAliases, e.list("ambiguous_aliases"))
	p.Nicknames = appendNew(p.Nicknames, e.list("nicknames"))
	setStr(e, "died", &p.Died)
}

// lastWord is the default surname: the last word of the name.
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

var termKeys = []string{"role", "person", "start", "end", "acting", "source"}

func termKey(t *Term) string { return t.Role + "|" + t.Person + "|" + t.Start }

func (l *loader) addTerm(e *entry) {
	e.known(termKeys...)
	t := &Term{Role: e.str("role"), Person: e.str("person"), Start: e.str("start"), End: e.str("end"),
		Acting: e.boolean("acting"), Source: e.str("source"), Origin: e.origin}
	if t.Role == "" || t.Person == "" || t.Start == "" {
		l.errorf(e.origin, "terms: role, person and start are required")
		return
	}
	k := termKey(t)
	prev := l.lookupTerm(t.Role, t.Person, t.Start)
	if prev != nil && !l.redefined(e, prev, prev.Origin) {
		return
	}
	// A later layer's term with the same role, person and start replaces
	// the earlier one.
	if prev != nil {
		l.removed[prev] = true
	}
	l.touch("r:", t.Role)
	l.touch("p:", t.Person)
	l.terms[k] = t
	l.layerOf[t] = l.layer
	l.termOrder = append(l.termOrder, t)
}

var eventKeys = []string{"id", "name", "date", "labels", "duration_nouns", "people", "source"}

func (l *loader) addEvent(e *entry) {
	e.known(eventKeys...)
	id, ok := e.id()
	if !ok {
		return
	}
	ev := l.events[id]
	if ev != nil {
		if !l.redefined(e, ev, ev.Origin) {
			return
		}
	} else {
		ev = &Event{ID: id, Origin: e.origin}
		l.events[id] = ev
		l.layerOf[ev] = l.layer
		l.b.Events = append(l.b.Events, ev)
	}
	l.touch("e:", id)
	setStr(e, "name", &ev.Name)
	setStr(e, "date", &ev.Date)
	setStr(e, "source", &ev.Source)
	ev.Labels = appendNew(ev.Labels, e.list("labels"))
	ev.DurationNouns = appendNew(ev.DurationNouns, e.list("duration_nouns"))
	ev.People = appendNew(ev.People, e.list("people"))
}

var retireKeys = []string{"person", "alias", "role", "start"}

// retire removes an alias from a person ([[retire]] person, alias) or a
// term ([[retire]] role, person, start) that an earlier file defined.
func (l *loader) retire(e *entry) {
	e.known(retireKeys...)
	person := e.str("person")
	alias, role, start := e.str("alias"), e.str("role"), e.str("start")
	switch {
	case person != "" && alias != "" && role == "" && start == "":
		p := l.people[person]
		if p == nil {
			l.errorf(e.origin, "retire: unknown person %q", person)
			return
		}
		l.touch("p:", person)
		n := len(p.Aliases) + len(p.AmbiguousAliases)
		p.Aliases = slices.DeleteFunc(p.Aliases, func(a string) bool { return a == alias })
		p.AmbiguousAliases = slices.DeleteFunc(p.AmbiguousAliases, func(a string) bool { return a == alias })
		if len(p.Aliases)+len(p.AmbiguousAliases) == n {
			l.errorf(e.origin, "retire: %s has no alias %q", person, alias)
		}
	case person != "" && role != "" && start != "" && alias == "":
		k := role + "|" + person + "|" + start
		if l.roles[role] == nil || l.people[person] == nil {
			if l.roles[role] == nil {
				l.errorf(e.origin, "retire: unknown role %q", role)
			}
			if l.people[person] == nil {
				l.errorf(e.origin, "retire: unknown person %q", person)
			}
			return
		}
		prev := l.lookupTerm(role, person, start)
		if prev == nil {
			l.errorf(e.origin, "retire: no term of %s as %s starting %s", person, role, start)
			return
		}
		l.touch("r:", role)
		l.touch("p:", person)
		l.removed[prev] = true
		delete(l.terms, k)
	default:
		l.errorf(e.origin, "retire: give person and alias (to retire an alias) or role, person and start (to retire a term)")
	}
}

func setStr(e *entry, k string, dst *string) {
	if e.has(k) {
		*dst = e.str(k)
	}
}

// appendNew appends the items of add not already in list.
func appendNew(list, add []string) []string {
	for _, a := range add {
		if !slices.Contains(list, a) {
			list = append(list, a)
		}
	}
	return list
}

func dayValue(v any) (string, bool) {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case toml.LocalDate:
		s = x.String()
	case time.Time:
		s = x.Format("2006-01-02")
	case json.Number:
		return "", false
	default:
		return "", false
	}
	return s, validDay(s)
}

// path is a top-level key of the knowledge base as the source writes
// it: under the source's table, if it has one.
func (l *loader) path(key string) []string {
	if l.src.Table == "" {
		return []string{key}
	}
	return []string{l.src.Table, key}
}

// line is where a top-level key is first written; 0 when not found.
func (l *loader) line(key string) int { return l.pos.Line(l.path(key)...) }

func sortErrors(es Errors) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Origin.File != es[j].Origin.File {
			return es[i].Origin.File < es[j].Origin.File
		}
		return es[i].Origin.Line < es[j].Origin.Line
	})
}
