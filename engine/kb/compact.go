package kb

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// The compact form is the built-in base already built and validated,
// written once by `go generate ./engine/kb` (internal/tools/kbgen) and embedded
// in the binary, so that start-up neither parses nor validates the
// built-in TOML. It is a cache of the TOML, which stays the source: a
// fingerprint of the files it was made from lets the loader ignore a
// stale one (and a test fails until it is regenerated).
//
// It is read in place: an entry is decoded the first time it is asked for
// (a person's name, a role's terms), so that start-up and memory do not
// grow with the base. Layout, after a magic line and the fingerprint:
//
//	counts        strings, roles, people, terms, events, index words, as_of (uvarints)
//	tables        4-byte offsets: of each string, role, person, term, event and
//	              index word; then roles, people and events in the order of their ids
//	strings       length and bytes, each distinct string once
//	records       uvarint fields: a string is its number, a list its length and items,
//	              a term names its role and person by number, roles and people their
//	              terms (by start); an index word its entries (kind, number)
//	              and its phrases compiled (length and bytes)

const compactMagic = "newslint-kb-compact 5\n"

// Fingerprint identifies the TOML a compact form is made from: the named
// files of fsys (their names and contents, in order) and the format. It
// is the files' Shape, then a checksum of their contents. It reads the
// files in small pieces, so a large base costs no large buffer.
func Fingerprint(fsys fs.FS, names []string) (string, error) {
	shape, err := Shape(fsys, names)
	if err != nil {
		return "", err
	}
	h := crc32.New(castagnoli)
	buf := make([]byte, 32<<10)
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return "", err
		}
		_, err = io.CopyBuffer(h, f, buf)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return fmt.Sprintf("%s; contents %08x", shape, h.Sum32()), nil
}

// Shape identifies the files by their names and sizes only, without
// reading them: start-up checks that the compact form matches it (which
// costs nothing as the base grows), while kb check and a test compare the
// whole Fingerprint (an edit that keeps a file's size is caught there).
func Shape(fsys fs.FS, names []string) (string, error) {
	h := crc32.New(castagnoli)
	io.WriteString(h, compactMagic)
	var total int64
	for _, name := range names {
		st, err := fs.Stat(fsys, name)
		if err != nil {
			return "", err
		}
		total += st.Size()
		fmt.Fprintf(h, "%s\x00%d\x00", name, st.Size())
	}
	return fmt.Sprintf("%d files, %d bytes, names %08x", len(names), total, h.Sum32()), nil
}

// MatchesShape reports whether a fingerprint was made from files of this
// shape.
func MatchesShape(fingerprint, shape string) bool {
	return strings.HasPrefix(fingerprint, shape+"; ")
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Encode writes b in the compact form, stamped with fingerprint, with
// its phrase index (which may be nil).
func Encode(b *Base, fingerprint string, phrases *PhraseIndex) []byte {
	b.all()
	e := &encoder{index: map[string]int{}}
	roleNo := make(map[string]int, len(b.Roles))
	for i, r := range b.Roles {
		roleNo[r.ID] = i
	}
	personNo := make(map[string]int, len(b.People))
	for i, p := range b.People {
		personNo[p.ID] = i
	}
	termNo := make(map[*Term]int, len(b.Terms))
	for i, t := range b.Terms {
		termNo[t] = i
	}
	asOf := e.str(b.AsOf)
	var roles, people, terms, events, words [][]byte
	for _, r := range b.Roles {
		e.buf = nil
		// Terms first: a title needs a role's names, not its terms, and
		// skips them.
		e.terms(r.Terms, termNo)
		e.ref(r.ID)
		e.ref(r.Name)
		e.ref(r.Jurisdiction)
		e.list(r.Labels)
		e.list(r.ShortTitles)
		e.list(r.Abbreviations)
		codes := make([]string, 0, len(r.Lang))
		for c := range r.Lang {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		e.n(len(codes))
		for _, c := range codes {
			e.ref(c)
			e.list(r.Lang[c].Labels)
			e.list(r.Lang[c].ShortTitles)
			e.list(r.Lang[c].Adjectival)
		}
		e.list(r.Adjectival)
		e.flag(r.SingleHolder)
		e.ref(r.UnknownAfter)
		e.ref(r.Note)
		e.ref(r.Wikidata)
		e.origin(r.Origin)
		roles = append(roles, e.buf)
	}
	for _, p := range b.People {
		e.buf = nil
		e.ref(p.ID)
		e.ref(p.Name)
		e.ref(p.Surname)
		e.list(p.Aliases)
		e.list(p.AmbiguousAliases)
		e.list(p.Nicknames)
		e.ref(p.Died)
		e.ref(p.Wikidata)
		e.origin(p.Origin)
		e.terms(p.Terms, termNo)
		people = append(people, e.buf)
	}
	for _, t := range b.Terms {
		e.buf = nil
		// A validated base has no dangling reference.
		e.n(roleNo[t.Role])
		e.n(personNo[t.Person])
		e.ref(t.Start)
		e.ref(t.End)
		e.flag(t.Acting)
		e.ref(t.Source)
		e.origin(t.Origin)
		terms = append(terms, e.buf)
	}
	for _, ev := range b.Events {
		e.buf = nil
		e.ref(ev.ID)
		e.ref(ev.Name)
		e.ref(ev.Date)
		e.list(ev.Labels)
		e.list(ev.DurationNouns)
		e.list(ev.People)
		e.ref(ev.Source)
		e.origin(ev.Origin)
		events = append(events, e.buf)
	}
	for i, k := range phrases.keysOrNil() {
		e.buf = nil
		e.ref(k)
		e.n(len(phrases.refs[i]))
		for _, r := range phrases.refs[i] {
			e.n(int(r.Kind))
			e.n(int(r.N))
		}
		e.n(len(phrases.compiled[i]))
		e.buf = append(e.buf, phrases.compiled[i]...)
		words = append(words, e.buf)
	}
	byID := func(n int, id func(int) string) []int {
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(i, j int) bool { return id(order[i]) < id(order[j]) })
		return order
	}
	rolesByID := byID(len(b.Roles), func(i int) string { return b.Roles[i].ID })
	peopleByID := byID(len(b.People), func(i int) string { return b.People[i].ID })
	eventsByID := byID(len(b.Events), func(i int) string { return b.Events[i].ID })

	var out []byte
	out = append(out, compactMagic...)
	out = binary.AppendUvarint(out, uint64(len(fingerprint)))
	out = append(out, fingerprint...)
	bloom := newBloom(phrases.keysOrNil())
	for _, n := range []int{len(e.strs), len(roles), len(people), len(terms), len(events), len(words), asOf, len(bloom)} {
		out = binary.AppendUvarint(out, uint64(n))
	}
	// The data (strings, then records) follows the tables and the filter;
	// offsets count from the start of the form.
	start := len(out) + 4*(len(e.strs)+2*len(roles)+2*len(people)+len(terms)+2*len(events)+len(words)) + len(bloom)
	var data []byte
	var strOff, recOff []int
	for _, s := range e.strs {
		strOff = append(strOff, start+len(data))
		data = binary.AppendUvarint(data, uint64(len(s)))
		data = append(data, s...)
	}
	for _, group := range [][][]byte{roles, people, terms, events, words} {
		for _, rec := range group {
			recOff = append(recOff, start+len(data))
			data = append(data, rec...)
		}
	}
	put := func(v int) { out = binary.LittleEndian.AppendUint32(out, uint32(v)) }
	for _, o := range strOff {
		put(o)
	}
	nRec := len(roles) + len(people) + len(terms) + len(events)
	for _, o := range recOff[:nRec] {
		put(o)
	}
	for _, order := range [][]int{rolesByID, peopleByID, eventsByID} {
		for _, i := range order {
			put(i)
		}
	}
	for _, o := range recOff[nRec:] {
		put(o)
	}
	out = append(out, bloom...)
	out = append(out, data...)
	// A trailer: the length of what precedes it, so that a cut form is
	// refused.
	return binary.LittleEndian.AppendUint32(out, uint32(len(out)))
}

type encoder struct {
	index map[string]int
	strs  []string
	buf   []byte
}

// str numbers s in the string table.
func (e *encoder) str(s string) int {
	i, ok := e.index[s]
	if !ok {
		i = len(e.strs)
		e.index[s] = i
		e.strs = append(e.strs, s)
	}
	return i
}

func (e *encoder) ref(s string) { e.n(e.str(s)) }

func (e *encoder) n(v int) { e.buf = binary.AppendUvarint(e.buf, uint64(v)) }

func (e *encoder) flag(v bool) {
	if v {
		e.n(1)
	} else {
		e.n(0)
	}
}

func (e *encoder) list(l []string) {
	e.n(len(l))
	for _, s := range l {
		e.ref(s)
	}
}

func (e *encoder) origin(o Origin) {
	e.ref(o.File)
	e.n(o.Line)
}

func (e *encoder) terms(ts []*Term, no map[*Term]int) {
	e.n(len(ts))
	for _, t := range ts {
		e.n(no[t])
	}
}

// compact is a compact form being read: its tables, and each entry once
// decoded.
type compact struct {
	s                                  string
	fp                                 string
	nStr, nRole, nPerson, nTerm, nEv   int
	nWord                              int
	strTab, roleTab, personTab         int
	termTab, evTab, wordTab            int
	roleOrder, personOrder, eventOrder int
	// bloom..bloomEnd is a filter of the index's words (see newBloom).
	bloom, bloomEnd int
	// byID caches lookups by id ("r:", "p:", "e:" and the id), which the
	// extractors repeat for every mention.
	byID sync.Map

	roles []atomic.Pointer[Role]
	// roleTerms sets a role's Terms once, when the role is asked for as a
	// whole rather than for its names.
	roleTerms []sync.Once
	people    []atomic.Pointer[Person]
	terms     []atomic.Pointer[Term]
	events    []atomic.Pointer[Event]
}

var errCorrupt = errors.New("knowledge base: the compact form is corrupt (run go generate ./engine/kb)")

// CompactFingerprint returns the fingerprint a compact form was stamped
// with, without decoding it.
func CompactFingerprint(data string) (string, error) {
	c, err := openCompact(data)
	if err != nil {
		return "", err
	}
	return c.fp, nil
}

func openCompact(data string) (*compact, error) {
	if !strings.HasPrefix(data, compactMagic) {
		return nil, errors.New("knowledge base: not a compact form of this version (run go generate ./engine/kb)")
	}
	c := &compact{s: data}
	if n := len(data) - 4; n < len(compactMagic) || c.u32(n) != n {
		return nil, errCorrupt
	}
	c.s = data[:len(data)-4]
	r := &reader{c: c, pos: len(compactMagic)}
	n := r.n()
	if r.pos+n > len(data) {
		return nil, errCorrupt
	}
	c.fp = data[r.pos : r.pos+n]
	r.pos += n
	c.nStr, c.nRole, c.nPerson, c.nTerm, c.nEv, c.nWord = r.n(), r.n(), r.n(), r.n(), r.n(), r.n()
	asOf := r.n()
	nBloom := r.n()
	if r.bad {
		return nil, errCorrupt
	}
	c.strTab = r.pos
	c.roleTab = c.strTab + 4*c.nStr
	c.personTab = c.roleTab + 4*c.nRole
	c.termTab = c.personTab + 4*c.nPerson
	c.evTab = c.termTab + 4*c.nTerm
	c.roleOrder = c.evTab + 4*c.nEv
	c.personOrder = c.roleOrder + 4*c.nRole
	c.eventOrder = c.personOrder + 4*c.nPerson
	c.wordTab = c.eventOrder + 4*c.nEv
	c.bloom = c.wordTab + 4*c.nWord
	if c.bloom+nBloom > len(c.s) || asOf >= c.nStr {
		return nil, errCorrupt
	}
	return c, nil
}

// Decode opens a compact form. Entries are decoded as they are asked for
// (Role, Person, Event, RoleAt, ...), their strings shared with data;
// whatever needs all of them (Data, Check, the lists) decodes the rest.
func Decode(data string) (*Base, error) {
	c, err := openCompact(data)
	if err != nil {
		return nil, err
	}
	// A cheap check that the tables point inside the data: the last
	// string and record offsets.
	for _, tab := range []struct{ at, n int }{{c.strTab, c.nStr}, {c.roleTab, c.nRole}, {c.personTab, c.nPerson}, {c.termTab, c.nTerm}, {c.evTab, c.nEv}, {c.wordTab, c.nWord}} {
		if tab.n > 0 && c.u32(tab.at+4*(tab.n-1)) >= len(c.s) {
			return nil, errCorrupt
		}
	}
	c.roles = make([]atomic.Pointer[Role], c.nRole)
	c.roleTerms = make([]sync.Once, c.nRole)
	c.people = make([]atomic.Pointer[Person], c.nPerson)
	c.terms = make([]atomic.Pointer[Term], c.nTerm)
	c.events = make([]atomic.Pointer[Event], c.nEv)
	b := &Base{lazy: &lazyBase{compact: c}}
	r := &reader{c: c, pos: len(compactMagic)}
	r.pos += r.n() // fingerprint
	for range 6 {
		r.n()
	}
	b.AsOf = c.str(r.n())
	c.bloomEnd = c.bloom + r.n()
	if c.nWord > 0 {
		b.phrases = &PhraseIndex{c: c}
	}
	// Decode the last role to catch a truncated form now rather than
	// on first use.
	if c.nRole > 0 {
		if _, err := c.role(c.nRole - 1); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func (c *compact) u32(at int) int {
	if at < 0 || at+4 > len(c.s) {
		return len(c.s)
	}
	s := c.s[at : at+4]
	return int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}

// str returns string i, sliced from the data.
func (c *compact) str(i int) string {
	if i < 0 || i >= c.nStr {
		return ""
	}
	r := reader{c: c, pos: c.u32(c.strTab + 4*i)}
	n := r.n()
	if r.bad || r.pos+n > len(c.s) {
		return ""
	}
	return c.s[r.pos : r.pos+n]
}

// reader reads the uvarint fields of a record.
type reader struct {
	c   *compact
	pos int
	bad bool
}

func (r *reader) n() int {
	var x uint64
	var shift uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if r.pos >= len(r.c.s) {
			break
		}
		b := r.c.s[r.pos]
		r.pos++
		if b < 0x80 {
			x |= uint64(b) << shift
			if x > uint64(len(r.c.s)) {
				break
			}
			return int(x)
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	r.bad = true
	return 0
}

func (r *reader) str() string { return r.c.str(r.n()) }

func (r *reader) list() []string {
	n := r.n()
	if n == 0 || r.bad {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *reader) origin() Origin { return Origin{File: r.str(), Line: r.n()} }

func (r *reader) terms() ([]*Term, error) {
	n := r.n()
	if n == 0 || r.bad {
		return nil, nil
	}
	out := make([]*Term, n)
	for i := range out {
		t, err := r.c.term(r.n())
		if err != nil {
			return nil, err
		}
		out[i] = t
	}
	return out, nil
}

// role decodes role i, with its terms, once; every caller gets the same
// *Role.
func (c *compact) role(i int) (*Role, error) {
	r, err := c.roleNames(i)
	if err != nil {
		return nil, err
	}
	c.roleTerms[i].Do(func() {
		rd := &reader{c: c, pos: c.u32(c.roleTab + 4*i)}
		r.Terms, err = rd.terms()
	})
	return r, err
}

// roleNames decodes role i without its terms (Terms stays nil until role
// is called for it).
func (c *compact) roleNames(i int) (*Role, error) {
	if i < 0 || i >= c.nRole {
		return nil, errCorrupt
	}
	if r := c.roles[i].Load(); r != nil {
		return r, nil
	}
	rd := &reader{c: c, pos: c.u32(c.roleTab + 4*i)}
	for range rd.n() {
		rd.n()
	}
	r := &Role{ID: rd.str(), Name: rd.str(), Jurisdiction: rd.str()}
	r.Labels, r.ShortTitles, r.Abbreviations = rd.list(), rd.list(), rd.list()
	if n := rd.n(); n > 0 && !rd.bad {
		r.Lang = make(map[string]RoleLang, n)
		for range n {
			code := rd.str()
			r.Lang[code] = RoleLang{Labels: rd.list(), ShortTitles: rd.list(), Adjectival: rd.list()}
		}
	}
	r.Adjectival = rd.list()
	r.SingleHolder = rd.n() == 1
	r.UnknownAfter, r.Note, r.Wikidata = rd.str(), rd.str(), rd.str()
	r.Origin = rd.origin()
	if rd.bad {
		return nil, errCorrupt
	}
	if !c.roles[i].CompareAndSwap(nil, r) {
		r = c.roles[i].Load()
	}
	return r, nil
}

func (c *compact) person(i int) (*Person, error) {
	if i < 0 || i >= c.nPerson {
		return nil, errCorrupt
	}
	if p := c.people[i].Load(); p != nil {
		return p, nil
	}
	rd := &reader{c: c, pos: c.u32(c.personTab + 4*i)}
	p := &Person{ID: rd.str(), Name: rd.str(), Surname: rd.str()}
	p.Aliases, p.AmbiguousAliases, p.Nicknames = rd.list(), rd.list(), rd.list()
	p.Died, p.Wikidata = rd.str(), rd.str()
	p.Origin = rd.origin()
	var err error
	if p.Terms, err = rd.terms(); err != nil {
		return nil, err
	}
	if rd.bad {
		return nil, errCorrupt
	}
	if !c.people[i].CompareAndSwap(nil, p) {
		p = c.people[i].Load()
	}
	return p, nil
}

func (c *compact) term(i int) (*Term, error) {
	if i < 0 || i >= c.nTerm {
		return nil, errCorrupt
	}
	if t := c.terms[i].Load(); t != nil {
		return t, nil
	}
	rd := &reader{c: c, pos: c.u32(c.termTab + 4*i)}
	role, person := rd.n(), rd.n()
	t := &Term{Role: c.idOf(c.roleTab, c.nRole, role), Person: c.idOf(c.personTab, c.nPerson, person)}
	t.Start, t.End = rd.str(), rd.str()
	t.Acting = rd.n() == 1
	t.Source = rd.str()
	t.Origin = rd.origin()
	if rd.bad || t.Role == "" || t.Person == "" {
		return nil, errCorrupt
	}
	if !c.terms[i].CompareAndSwap(nil, t) {
		t = c.terms[i].Load()
	}
	return t, nil
}

func (c *compact) event(i int) (*Event, error) {
	if i < 0 || i >= c.nEv {
		return nil, errCorrupt
	}
	if e := c.events[i].Load(); e != nil {
		return e, nil
	}
	rd := &reader{c: c, pos: c.u32(c.evTab + 4*i)}
	e := &Event{ID: rd.str(), Name: rd.str(), Date: rd.str()}
	e.Labels, e.DurationNouns, e.People = rd.list(), rd.list(), rd.list()
	e.Source = rd.str()
	e.Origin = rd.origin()
	if rd.bad {
		return nil, errCorrupt
	}
	if !c.events[i].CompareAndSwap(nil, e) {
		e = c.events[i].Load()
	}
	return e, nil
}

// idOf reads the id of record i of a table: its first field, after the
// terms for a role.
func (c *compact) idOf(tab, n, i int) string {
	if i < 0 || i >= n {
		return ""
	}
	rd := reader{c: c, pos: c.u32(tab + 4*i)}
	if tab == c.roleTab {
		for range rd.n() {
			rd.n()
		}
	}
	return rd.str()
}

// find returns the number of the record with this id, by binary search
// over the table's order by id; -1 when there is none.
func (c *compact) find(tab, order, n int, id string) int {
	i := sort.Search(n, func(k int) bool { return c.idOf(tab, n, c.u32(order+4*k)) >= id })
	if i < n {
		if j := c.u32(order + 4*i); c.idOf(tab, n, j) == id {
			return j
		}
	}
	return -1
}

func (c *compact) roleByID(id string) *Role {
	if v, ok := c.byID.Load("r:" + id); ok {
		return v.(*Role)
	}
	if i := c.find(c.roleTab, c.roleOrder, c.nRole, id); i >= 0 {
		if r, err := c.role(i); err == nil {
			c.byID.Store("r:"+id, r)
			return r
		}
	}
	return nil
}

func (c *compact) personByID(id string) *Person {
	if v, ok := c.byID.Load("p:" + id); ok {
		return v.(*Person)
	}
	if i := c.find(c.personTab, c.personOrder, c.nPerson, id); i >= 0 {
		if p, err := c.person(i); err == nil {
			c.byID.Store("p:"+id, p)
			return p
		}
	}
	return nil
}

func (c *compact) eventByID(id string) *Event {
	if v, ok := c.byID.Load("e:" + id); ok {
		return v.(*Event)
	}
	if i := c.find(c.evTab, c.eventOrder, c.nEv, id); i >= 0 {
		if e, err := c.event(i); err == nil {
			c.byID.Store("e:"+id, e)
			return e
		}
	}
	return nil
}

// A Bloom filter of the phrase index's words lets the extractors pass
// over most words of a text (which start no phrase) without searching the
// index: 16 bits a word, two probes, about one word in a hundred let
// through for nothing.
func newBloom(words []string) []byte {
	if len(words) == 0 {
		return nil
	}
	bits := 64
	for bits < 16*len(words) {
		bits *= 2
	}
	f := make([]byte, bits/8)
	for _, w := range words {
		h1, h2 := bloomHashes(w)
		for i := range uint32(2) {
			k := (h1 + i*h2) & uint32(bits-1)
			f[k/8] |= 1 << (k % 8)
		}
	}
	return f
}

func bloomHashes(w string) (uint32, uint32) {
	// FNV-1a, 64 bits, split in two.
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return uint32(h), uint32(h>>32) | 1
}

// mayHaveWord is false when word is surely not in the phrase index.
func (c *compact) mayHaveWord(word string) bool {
	n := c.bloomEnd - c.bloom
	if n <= 0 {
		return true
	}
	bits := uint32(n * 8)
	h1, h2 := bloomHashes(word)
	for i := range uint32(2) {
		k := (h1 + i*h2) & (bits - 1)
		if c.s[c.bloom+int(k/8)]&(1<<(k%8)) == 0 {
			return false
		}
	}
	return true
}

// word returns index word i and a reader at its entries.
func (c *compact) word(i int) (string, reader) {
	rd := reader{c: c, pos: c.u32(c.wordTab + 4*i)}
	return rd.str(), rd
}

// materialize decodes every entry into b's lists and maps, keeping the
// entries decoded before (others may hold them). It leaves the entries
// as they are: their terms are in the form already.
func (c *compact) materialize(b *Base) error {
	b.Roles = make([]*Role, c.nRole)
	b.roles = make(map[string]*Role, c.nRole)
	for i := range b.Roles {
		r, err := c.role(i)
		if err != nil {
			return err
		}
		b.Roles[i], b.roles[r.ID] = r, r
	}
	b.People = make([]*Person, c.nPerson)
	b.people = make(map[string]*Person, c.nPerson)
	for i := range b.People {
		p, err := c.person(i)
		if err != nil {
			return err
		}
		b.People[i], b.people[p.ID] = p, p
	}
	b.Terms = make([]*Term, c.nTerm)
	for i := range b.Terms {
		t, err := c.term(i)
		if err != nil {
			return err
		}
		b.Terms[i] = t
	}
	b.Events = make([]*Event, c.nEv)
	b.events = make(map[string]*Event, c.nEv)
	for i := range b.Events {
		e, err := c.event(i)
		if err != nil {
			return err
		}
		b.Events[i], b.events[e.ID] = e, e
	}
	return nil
}

// lazyBase is the part of Base that reads a compact form.
type lazyBase struct {
	compact *compact
	once    sync.Once
}
