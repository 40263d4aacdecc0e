// Package kb is newslint's knowledge base: who held which office when, and
// dated events. It is built from TOML (or JSON) data files — the built-in
// rules/kb/*.toml, then the user's --data files — validated, and handed to
// the extractors (as a typed Base) and to the rules (as data.newslint.kb).
package kb

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Base is a built, validated knowledge base. It is read-only after Build.
type Base struct {
	// AsOf is the last day the base knows about (YYYY-MM-DD).
	AsOf   string
	Roles  []*Role
	People []*Person
	Events []*Event
	// Terms holds every term, ordered by role then start.
	Terms []*Term

	roles  map[string]*Role
	people map[string]*Person
	events map[string]*Event

	// lazy is set for a base read from its compact form: entries are
	// decoded as they are asked for, and the lists above only once all()
	// runs.
	lazy *lazyBase
	// phrases is the phrase index of the compact form (nil otherwise).
	phrases *PhraseIndex
	// touched* are the entries user layers defined or changed, in base
	// order; the phrase index does not know them.
	touchedPeople []*Person
	touchedRoles  []*Role
	touchedEvents []*Event
}

// Ref names an entry of the base a phrase comes from: Kind is RefName (a
// person's name, alias or surname), RefTitle (a role's label or short
// title), RefAdjectival (a role's "{surname} administration") or RefEvent
// (an event's label); N is its position in People, Roles or Events.
type Ref struct {
	Kind byte
	N    int32
}

// Kinds of Ref.
const (
	RefName       = 'n'
	RefTitle      = 't'
	RefAdjectival = 'a'
	RefEvent      = 'e'
)

// PhraseIndex maps the first word of every phrase the extractors find in
// text (names, titles, adjectival forms, event labels) to the entries it
// comes from, so that they compile the phrases of a word when the text
// has it rather than every phrase at start-up. The extractors make it
// (facts.PhraseIndex); the compact form stores it, and it is read there
// in place.
type PhraseIndex struct {
	keys     []string // sorted
	refs     [][]Ref  // by key
	compiled []string // by key, may be nil
	c        *compact // or, read in place
}

// NewPhraseIndex makes an index from refs by first word. compiled, which
// may be nil, holds each word's phrases already compiled, in a form the
// extractors write and read (the index stores it as it is).
func NewPhraseIndex(m map[string][]Ref, compiled map[string][]byte) *PhraseIndex {
	x := &PhraseIndex{keys: make([]string, 0, len(m))}
	for k := range m {
		x.keys = append(x.keys, k)
	}
	sort.Strings(x.keys)
	x.refs = make([][]Ref, len(x.keys))
	x.compiled = make([]string, len(x.keys))
	for i, k := range x.keys {
		x.refs[i] = m[k]
		x.compiled[i] = string(compiled[k])
	}
	return x
}

// Len is the number of words in the index.
func (x *PhraseIndex) Len() int {
	switch {
	case x == nil:
		return 0
	case x.c != nil:
		return x.c.nWord
	}
	return len(x.keys)
}

// find returns the position of word, or -1.
func (x *PhraseIndex) find(word string) int {
	n := x.Len()
	if x == nil || n == 0 {
		return -1
	}
	key := func(i int) string {
		if x.c != nil {
			k, _ := x.c.word(i)
			return k
		}
		return x.keys[i]
	}
	i := sort.Search(n, func(i int) bool { return key(i) >= word })
	if i < n && key(i) == word {
		return i
	}
	return -1
}

// Has reports whether some phrase starts with word (without allocating).
func (x *PhraseIndex) Has(word string) bool {
	if x != nil && x.c != nil && !x.c.mayHaveWord(word) {
		return false
	}
	return x.find(word) >= 0
}

// Lookup returns the entries with a phrase that starts with word, in
// base order by kind.
func (x *PhraseIndex) Lookup(word string) []Ref {
	i := x.find(word)
	if i < 0 {
		return nil
	}
	if x.c == nil {
		return x.refs[i]
	}
	_, rd := x.c.word(i)
	out := make([]Ref, rd.n())
	for k := range out {
		out[k] = Ref{Kind: byte(rd.n()), N: int32(rd.n())}
	}
	if rd.bad {
		return nil
	}
	return out
}

// Compiled returns what NewPhraseIndex was given as word's compiled
// phrases, "" for none. Read in place, it is a slice of the compact form.
func (x *PhraseIndex) Compiled(word string) string {
	i := x.find(word)
	if i < 0 {
		return ""
	}
	if x.c == nil {
		return x.compiled[i]
	}
	_, rd := x.c.word(i)
	for range 2 * rd.n() {
		rd.n()
	}
	n := rd.n()
	if rd.bad || rd.pos+n > len(rd.c.s) {
		return ""
	}
	return rd.c.s[rd.pos : rd.pos+n]
}

// keysOrNil lists the words of an index made in memory.
func (x *PhraseIndex) keysOrNil() []string {
	if x == nil {
		return nil
	}
	return x.keys
}

// Phrases returns the phrase index (nil when the base was not read from
// the compact form); Touched lists what user layers changed since, which
// the index does not cover.
func (b *Base) Phrases() *PhraseIndex { return b.phrases }

// Touched returns the people, roles and events that user layers defined
// or changed, including every role whose holders or their names changed
// (their adjectival forms did too), in base order.
func (b *Base) Touched() ([]*Person, []*Role, []*Event) {
	return b.touchedPeople, b.touchedRoles, b.touchedEvents
}

// Origin is where an entry was written.
type Origin struct {
	File string
	Line int // 0 when unknown
}

func (o Origin) String() string {
	if o.Line > 0 {
		return fmt.Sprintf("%s:%d", o.File, o.Line)
	}
	return o.File
}

// Role is an office.
type Role struct {
	ID           string
	Name         string
	Jurisdiction string
	// Labels name the role on their own ("NATO Secretary-General");
	// ShortTitles name it only next to a person who held it ("President").
	Labels      []string
	ShortTitles []string
	// Abbreviations are abbreviated labels ("SecDef", "BoE Gov."): they
	// name the role on their own, like labels, and are matched with their
	// case.
	Abbreviations []string
	// Lang holds the labels and short titles in other languages, by
	// language code ("fr", "de", "es").
	Lang map[string]RoleLang
	// Adjectival forms name a holder's government: "{surname} administration".
	Adjectival   []string
	SingleHolder bool
	// UnknownAfter is the day after which the base cannot say who holds the
	// role (a change announced but not dated); "" when not set.
	UnknownAfter string
	Note         string
	// Wikidata is the office's item ("Q11696"), used to match imported
	// statements; "" when not set.
	Wikidata string
	// Terms are this role's terms ordered by start.
	Terms  []*Term
	Origin Origin
}

// RoleLang is a role's names in one language other than English.
type RoleLang struct {
	Labels      []string
	ShortTitles []string
	// Adjectival forms in the language: "administration {surname}".
	Adjectival []string
}

// Languages are the language codes a role's Lang may use.
var Languages = []string{"fr", "de", "es"}

// Person is someone who held an office.
type Person struct {
	ID      string
	Name    string
	Surname string // "" when the person has none (Leo XIV)
	// Aliases are spelling variants and unambiguous short forms;
	// AmbiguousAliases count only after a full or titled mention.
	Aliases          []string
	AmbiguousAliases []string
	// Nicknames are names pages use that are not spellings of the name
	// ("BoJo", "AMLO"); matched with their case, like aliases.
	Nicknames []string
	// Died is the day of death (YYYY-MM-DD), "" when living or unknown.
	Died     string
	Wikidata string
	// Terms are this person's terms ordered by start.
	Terms  []*Term
	Origin Origin
}

// Term is a person's time in an office: [Start, End), End "" while in office.
type Term struct {
	Role   string
	Person string
	Start  string
	End    string
	Acting bool
	Source string
	Origin Origin
}

// Event is a dated event that articles name.
type Event struct {
	ID            string
	Name          string
	Date          string
	Labels        []string
	DurationNouns []string
	People        []string
	Source        string
	Origin        Origin
}

// Role returns the role with this id, or nil.
func (b *Base) Role(id string) *Role {
	if b.lazy != nil {
		return b.lazy.compact.roleByID(id)
	}
	return b.roles[id]
}

// Person returns the person with this id, or nil.
func (b *Base) Person(id string) *Person {
	if b.lazy != nil {
		return b.lazy.compact.personByID(id)
	}
	return b.people[id]
}

// Event returns the event with this id, or nil.
func (b *Base) Event(id string) *Event {
	if b.lazy != nil {
		return b.lazy.compact.eventByID(id)
	}
	return b.events[id]
}

// RoleAt, PersonAt and EventAt return the entry at a position of Roles,
// People or Events (as a Ref names it), decoding only that one in a base
// read from its compact form; nil when n is out of range.
func (b *Base) RoleAt(n int) *Role {
	if b.lazy != nil {
		r, _ := b.lazy.compact.role(n)
		return r
	}
	return at(b.Roles, n)
}

// RoleNamesAt is RoleAt for code that needs the role's names and its
// identity, not its terms (a title): in a base read from its compact form
// the role's Terms may be unset until Role or RoleAt asks for the role.
func (b *Base) RoleNamesAt(n int) *Role {
	if b.lazy != nil {
		r, _ := b.lazy.compact.roleNames(n)
		return r
	}
	return at(b.Roles, n)
}

// PersonAt: see RoleAt.
func (b *Base) PersonAt(n int) *Person {
	if b.lazy != nil {
		p, _ := b.lazy.compact.person(n)
		return p
	}
	return at(b.People, n)
}

// EventAt: see RoleAt.
func (b *Base) EventAt(n int) *Event {
	if b.lazy != nil {
		e, _ := b.lazy.compact.event(n)
		return e
	}
	return at(b.Events, n)
}

// at is list[n], nil when n is out of range (as a compact base reads it).
func at[T any](list []*T, n int) *T {
	if n < 0 || n >= len(list) {
		return nil
	}
	return list[n]
}

// Full makes sure every entry of a base read from its compact form is
// decoded into Roles, People, Terms and Events (a base built from TOML
// has them already), and returns b. Code that walks those lists calls it.
func (b *Base) Full() *Base {
	b.all()
	return b
}

func (b *Base) all() {
	if b.lazy != nil {
		b.lazy.once.Do(func() {
			// The form is embedded and tested (TestCompactKnowledgeEqualsTOML
			// decodes all of it): a failure here is a broken build.
			if err := b.lazy.compact.materialize(b); err != nil {
				panic(err)
			}
		})
	}
}

// Covers reports whether the term includes day (YYYY-MM-DD).
func (t *Term) Covers(day string) bool {
	return t.Start <= day && (t.End == "" || day < t.End)
}

// HoldersAt returns the terms of a role that include day.
func (b *Base) HoldersAt(role, day string) []*Term {
	r := b.Role(role)
	if r == nil {
		return nil
	}
	var out []*Term
	for _, t := range r.Terms {
		if t.Covers(day) {
			out = append(out, t)
		}
	}
	return out
}

// Known reports whether the base can say who held role on day: not past
// as_of nor the role's unknown_after.
func (b *Base) Known(role, day string) bool {
	if day > b.AsOf {
		return false
	}
	r := b.Role(role)
	return r != nil && (r.UnknownAfter == "" || day <= r.UnknownAfter)
}

// FindPerson looks a person up by id, name or alias (case-insensitive).
func (b *Base) FindPerson(q string) []*Person {
	b.all()
	if p := b.people[q]; p != nil {
		return []*Person{p}
	}
	var out []*Person
	for _, p := range b.People {
		if matchesName(p, q) {
			out = append(out, p)
		}
	}
	return out
}

// FindRole looks a role up by id, name or label (case-insensitive).
func (b *Base) FindRole(q string) []*Role {
	b.all()
	if r := b.roles[q]; r != nil {
		return []*Role{r}
	}
	var out []*Role
	for _, r := range b.Roles {
		if strings.EqualFold(r.Name, q) || containsFold(r.Labels, q) {
			out = append(out, r)
		}
	}
	return out
}

func matchesName(p *Person, q string) bool {
	return strings.EqualFold(p.Name, q) || containsFold(p.Aliases, q) || containsFold(p.AmbiguousAliases, q)
}

func containsFold(list []string, q string) bool {
	for _, s := range list {
		if strings.EqualFold(s, q) {
			return true
		}
	}
	return false
}

// Counts summarises the base.
type Counts struct {
	Roles, People, Terms, Events int
	AsOf                         string
}

// Counts returns how much the base holds.
func (b *Base) Counts() Counts {
	b.all()
	return Counts{Roles: len(b.Roles), People: len(b.People), Terms: len(b.Terms), Events: len(b.Events), AsOf: b.AsOf}
}

// Data is the base as Rego sees it, data.newslint.kb: every collection keyed
// so that a rule looks things up without scanning.
//
//	as_of                   "2026-07-01"
//	roles[id]               {id, name, jurisdiction, labels, short_titles, abbreviations, lang?, adjectival, single_holder, unknown_after?, note?}
//	people[id]              {id, name, surname?, aliases, ambiguous_aliases, nicknames, died?, wikidata?}
//	terms[role]             [{role, person, start, end?, acting, source?}, ...] ordered by start
//	person_terms[person]    the same terms by person, ordered by start
//	events[id]              {id, name, date, labels, duration_nouns, people, source?}
func (b *Base) Data() map[string]any {
	b.all()
	roles := make(map[string]any, len(b.Roles))
	terms := make(map[string]any, len(b.Roles))
	for _, r := range b.Roles {
		roles[r.ID] = roleData(r)
		terms[r.ID] = termList(r.Terms)
	}
	people := make(map[string]any, len(b.People))
	personTerms := make(map[string]any, len(b.People))
	for _, p := range b.People {
		people[p.ID] = personData(p)
		personTerms[p.ID] = termList(p.Terms)
	}
	events := make(map[string]any, len(b.Events))
	for _, e := range b.Events {
		events[e.ID] = eventData(e)
	}
	return map[string]any{"as_of": b.AsOf, "roles": roles, "people": people, "terms": terms,
		"person_terms": personTerms, "events": events}
}

// Get returns the part of Data at path (nil: all of it), building only
// that part: the rules read the base entry by entry (terms[role],
// people[id]), so an article's evaluation converts a few entries, not the
// whole base.
func (b *Base) Get(path []string) (any, bool) {
	if len(path) == 0 {
		return b.Data(), true
	}
	if len(path) == 1 {
		if path[0] == "as_of" {
			return b.AsOf, true
		}
		d, ok := b.Data()[path[0]]
		return d, ok
	}
	var v any
	switch id := path[1]; path[0] {
	case "roles", "terms":
		r := b.Role(id)
		if r == nil {
			return nil, false
		}
		if path[0] == "roles" {
			v = roleData(r)
		} else {
			v = termList(r.Terms)
		}
	case "people", "person_terms":
		p := b.Person(id)
		if p == nil {
			return nil, false
		}
		if path[0] == "people" {
			v = personData(p)
		} else {
			v = termList(p.Terms)
		}
	case "events":
		e := b.Event(id)
		if e == nil {
			return nil, false
		}
		v = eventData(e)
	default:
		return nil, false
	}
	return descend(v, path[2:])
}

// descend follows path into a JSON-like value: keys of objects, indexes
// of arrays.
func descend(v any, path []string) (any, bool) {
	for _, k := range path {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[k]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func roleData(r *Role) map[string]any {
	m := map[string]any{
		"id": r.ID, "name": r.Name, "jurisdiction": r.Jurisdiction,
		"labels": strs(r.Labels), "short_titles": strs(r.ShortTitles), "adjectival": strs(r.Adjectival),
		"abbreviations": strs(r.Abbreviations), "single_holder": r.SingleHolder,
	}
	if len(r.Lang) > 0 {
		lang := make(map[string]any, len(r.Lang))
		for code, l := range r.Lang {
			lang[code] = map[string]any{"labels": strs(l.Labels), "short_titles": strs(l.ShortTitles)}
		}
		m["lang"] = lang
	}
	optional(m, "unknown_after", r.UnknownAfter)
	optional(m, "note", r.Note)
	optional(m, "wikidata", r.Wikidata)
	return m
}

func personData(p *Person) map[string]any {
	m := map[string]any{"id": p.ID, "name": p.Name, "aliases": strs(p.Aliases), "ambiguous_aliases": strs(p.AmbiguousAliases),
		"nicknames": strs(p.Nicknames)}
	optional(m, "surname", p.Surname)
	optional(m, "died", p.Died)
	optional(m, "wikidata", p.Wikidata)
	return m
}

func eventData(e *Event) map[string]any {
	m := map[string]any{"id": e.ID, "name": e.Name, "date": e.Date, "labels": strs(e.Labels),
		"duration_nouns": strs(e.DurationNouns), "people": strs(e.People)}
	optional(m, "source", e.Source)
	return m
}

func termList(ts []*Term) []any {
	out := make([]any, len(ts))
	for i, t := range ts {
		m := map[string]any{"role": t.Role, "person": t.Person, "start": t.Start, "acting": t.Acting}
		optional(m, "end", t.End)
		optional(m, "source", t.Source)
		out[i] = m
	}
	return out
}

func strs(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func optional(m map[string]any, k, v string) {
	if v != "" {
		m[k] = v
	}
}

// index links terms to roles and people and orders everything.
func (b *Base) index() {
	b.roles = make(map[string]*Role, len(b.Roles))
	for _, r := range b.Roles {
		b.roles[r.ID] = r
		r.Terms = nil
	}
	b.people = make(map[string]*Person, len(b.People))
	for _, p := range b.People {
		b.people[p.ID] = p
		p.Terms = nil
	}
	b.events = make(map[string]*Event, len(b.Events))
	for _, e := range b.Events {
		b.events[e.ID] = e
	}
	sort.SliceStable(b.Terms, func(i, j int) bool {
		if b.Terms[i].Role != b.Terms[j].Role {
			return b.Terms[i].Role < b.Terms[j].Role
		}
		return b.Terms[i].Start < b.Terms[j].Start
	})
	for _, t := range b.Terms {
		if r := b.roles[t.Role]; r != nil {
			r.Terms = append(r.Terms, t)
		}
		if p := b.people[t.Person]; p != nil {
			p.Terms = append(p.Terms, t)
		}
	}
	for _, p := range b.People {
		sort.SliceStable(p.Terms, func(i, j int) bool { return p.Terms[i].Start < p.Terms[j].Start })
	}
}

// validDay reports whether s is a real YYYY-MM-DD date.
func validDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
