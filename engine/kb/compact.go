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
)

// The compact form is the built-in base already built and validated,
// written once by `go generate ./engine/kb` (internal/tools/kbgen) and embedded
// in the binary, so that start-up neither parses nor validates the
// built-in TOML. It is a cache of the TOML, which stays the source: a
// fingerprint of the files it was made from lets the loader ignore a
// stale one (and a test fails until it is regenerated).
//
// Layout: a magic line, the fingerprint, a table of every distinct string,
// then as_of and the roles, people, terms and events, each field a varint
// (a string is its number in the table; a list, its length and items).
// Decoding slices the strings out of the embedded data without copying.

const compactMagic = "newslint-kb-compact 2\n"

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
	e := &encoder{index: map[string]uint64{}}
	// Strings are numbered in the order first met, so that the table
	// reads in file order.
	e.body(b, phrases)
	e.n(phrases.Len())
	if phrases != nil {
		for i, k := range phrases.keys {
			e.str(k)
			e.n(len(phrases.refs[i]))
			for _, r := range phrases.refs[i] {
				e.n(int(r.Kind))
				e.n(int(r.N))
			}
		}
	}
	body := e.buf
	var out []byte
	out = append(out, compactMagic...)
	out = appendString(out, fingerprint)
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	for _, s := range e.strs {
		out = appendString(out, s)
	}
	return append(out, body...)
}

type encoder struct {
	index map[string]uint64
	strs  []string
	buf   []byte
}

func (e *encoder) str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = uint64(len(e.strs))
		e.index[s] = i
		e.strs = append(e.strs, s)
	}
	e.buf = binary.AppendUvarint(e.buf, i)
}

func (e *encoder) n(v int) { e.buf = binary.AppendUvarint(e.buf, uint64(v)) }

func (e *encoder) list(l []string) {
	e.n(len(l))
	for _, s := range l {
		e.str(s)
	}
}

func (e *encoder) origin(o Origin) {
	e.str(o.File)
	e.n(o.Line)
}

func (e *encoder) body(b *Base, phrases *PhraseIndex) {
	e.str(b.AsOf)
	// How many list items and phrase references follow, so that the
	// decoder allocates each pool once, at its size.
	items, refs := 0, 0
	for _, r := range b.Roles {
		items += len(r.Labels) + len(r.ShortTitles) + len(r.Abbreviations) + len(r.Adjectival)
		for _, l := range r.Lang {
			items += len(l.Labels) + len(l.ShortTitles)
		}
	}
	for _, p := range b.People {
		items += len(p.Aliases) + len(p.AmbiguousAliases) + len(p.Nicknames)
	}
	for _, ev := range b.Events {
		items += len(ev.Labels) + len(ev.DurationNouns) + len(ev.People)
	}
	if phrases != nil {
		for _, r := range phrases.refs {
			refs += len(r)
		}
	}
	e.n(items)
	e.n(refs)
	roleNo := make(map[string]int, len(b.Roles))
	e.n(len(b.Roles))
	for i, r := range b.Roles {
		roleNo[r.ID] = i
		e.str(r.ID)
		e.str(r.Name)
		e.str(r.Jurisdiction)
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
			e.str(c)
			e.list(r.Lang[c].Labels)
			e.list(r.Lang[c].ShortTitles)
		}
		e.list(r.Adjectival)
		if r.SingleHolder {
			e.n(1)
		} else {
			e.n(0)
		}
		e.str(r.UnknownAfter)
		e.str(r.Note)
		e.str(r.Wikidata)
		e.origin(r.Origin)
	}
	personNo := make(map[string]int, len(b.People))
	e.n(len(b.People))
	for i, p := range b.People {
		personNo[p.ID] = i
		e.str(p.ID)
		e.str(p.Name)
		e.str(p.Surname)
		e.list(p.Aliases)
		e.list(p.AmbiguousAliases)
		e.list(p.Nicknames)
		e.str(p.Died)
		e.str(p.Wikidata)
		e.origin(p.Origin)
	}
	e.n(len(b.Terms))
	for _, t := range b.Terms {
		// A validated base has no dangling reference; numbers keep terms
		// small.
		e.n(roleNo[t.Role])
		e.n(personNo[t.Person])
		e.str(t.Start)
		e.str(t.End)
		if t.Acting {
			e.n(1)
		} else {
			e.n(0)
		}
		e.str(t.Source)
		e.origin(t.Origin)
	}
	e.n(len(b.Events))
	for _, ev := range b.Events {
		e.str(ev.ID)
		e.str(ev.Name)
		e.str(ev.Date)
		e.list(ev.Labels)
		e.list(ev.DurationNouns)
		e.list(ev.People)
		e.str(ev.Source)
		e.origin(ev.Origin)
	}
}

func appendString(out []byte, s string) []byte {
	out = binary.AppendUvarint(out, uint64(len(s)))
	return append(out, s...)
}

// CompactFingerprint returns the fingerprint a compact form was stamped
// with, without decoding it.
func CompactFingerprint(data string) (string, error) {
	d := &decoder{s: data}
	d.header()
	return d.fp, d.err
}

// Decode reads a compact form. Its strings share data's memory.
func Decode(data string) (*Base, error) {
	d := &decoder{s: data}
	d.header()
	if d.err != nil {
		return nil, d.err
	}
	d.strs = make([]string, d.n())
	for i := range d.strs {
		d.strs[i] = d.raw()
	}
	b := d.base()
	if d.err != nil {
		return nil, d.err
	}
	if n := d.n(); n > 0 {
		x := &PhraseIndex{keys: make([]string, n), refs: make([][]Ref, n)}
		pool := make([]Ref, 0, d.refs)
		for i := range n {
			x.keys[i] = d.str()
			m := d.n()
			start := len(pool)
			for range m {
				kind, num := d.n(), d.n()
				pool = append(pool, Ref{Kind: byte(kind), N: int32(num)})
			}
			x.refs[i] = pool[start:len(pool):len(pool)]
		}
		b.phrases = x
	}
	if d.err != nil {
		return nil, d.err
	}
	if d.pos != len(d.s) {
		return nil, errCorrupt
	}
	b.index()
	return b, nil
}

var errCorrupt = errors.New("knowledge base: the compact form is corrupt (run go generate ./engine/kb)")

type decoder struct {
	s    string
	pos  int
	fp   string
	strs []string
	// pool holds every list's items; lists are capped slices of it, so
	// a user layer that appends to one copies it first.
	pool []string
	refs int
	err  error
}

func (d *decoder) header() {
	if !strings.HasPrefix(d.s, compactMagic) {
		d.err = errors.New("knowledge base: not a compact form of this version (run go generate ./engine/kb)")
		return
	}
	d.pos = len(compactMagic)
	d.fp = d.raw()
}

func (d *decoder) n() int {
	if d.err != nil {
		return 0
	}
	v, k := uvarint(d.s[d.pos:])
	if k <= 0 || v > uint64(len(d.s)) {
		d.err = errCorrupt
		return 0
	}
	d.pos += k
	return int(v)
}

// uvarint is binary.Uvarint over a string.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			return x | uint64(c)<<shift, i + 1
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

func (d *decoder) raw() string {
	n := d.n()
	if d.err != nil || d.pos+n > len(d.s) {
		d.err = errCorrupt
		return ""
	}
	s := d.s[d.pos : d.pos+n]
	d.pos += n
	return s
}

func (d *decoder) str() string {
	i := d.n()
	if i >= len(d.strs) {
		d.err = errCorrupt
		return ""
	}
	return d.strs[i]
}

func (d *decoder) list() []string {
	n := d.n()
	if n == 0 || d.err != nil {
		return nil
	}
	start := len(d.pool)
	for range n {
		d.pool = append(d.pool, d.str())
	}
	return d.pool[start : start+n : start+n]
}

func (d *decoder) origin() Origin { return Origin{File: d.str(), Line: d.n()} }

func (d *decoder) base() *Base {
	b := &Base{AsOf: d.str()}
	// (Were a pool to grow, lists already made would keep the old array.)
	d.pool = make([]string, 0, d.n())
	d.refs = d.n()
	roles := make([]Role, d.n())
	b.Roles = make([]*Role, len(roles))
	for i := range roles {
		r := &roles[i]
		r.ID, r.Name, r.Jurisdiction = d.str(), d.str(), d.str()
		r.Labels, r.ShortTitles, r.Abbreviations = d.list(), d.list(), d.list()
		if n := d.n(); n > 0 {
			r.Lang = make(map[string]RoleLang, n)
			for range n {
				code := d.str()
				r.Lang[code] = RoleLang{Labels: d.list(), ShortTitles: d.list()}
			}
		}
		r.Adjectival = d.list()
		r.SingleHolder = d.n() == 1
		r.UnknownAfter, r.Note, r.Wikidata = d.str(), d.str(), d.str()
		r.Origin = d.origin()
		b.Roles[i] = r
	}
	people := make([]Person, d.n())
	b.People = make([]*Person, len(people))
	for i := range people {
		p := &people[i]
		p.ID, p.Name, p.Surname = d.str(), d.str(), d.str()
		p.Aliases, p.AmbiguousAliases, p.Nicknames = d.list(), d.list(), d.list()
		p.Died, p.Wikidata = d.str(), d.str()
		p.Origin = d.origin()
		b.People[i] = p
	}
	terms := make([]Term, d.n())
	b.Terms = make([]*Term, len(terms))
	for i := range terms {
		t := &terms[i]
		r, p := d.n(), d.n()
		if r >= len(roles) || p >= len(people) {
			d.err = errCorrupt
			return nil
		}
		t.Role, t.Person = roles[r].ID, people[p].ID
		t.Start, t.End = d.str(), d.str()
		t.Acting = d.n() == 1
		t.Source = d.str()
		t.Origin = d.origin()
		b.Terms[i] = t
	}
	events := make([]Event, d.n())
	b.Events = make([]*Event, len(events))
	for i := range events {
		e := &events[i]
		e.ID, e.Name, e.Date = d.str(), d.str(), d.str()
		e.Labels, e.DurationNouns, e.People = d.list(), d.list(), d.list()
		e.Source = d.str()
		e.Origin = d.origin()
		b.Events[i] = e
	}
	if d.err != nil {
		return nil
	}
	return b
}
