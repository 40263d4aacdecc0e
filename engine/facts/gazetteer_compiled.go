package facts

import (
	"encoding/binary"

	"github.com/newslint/newslint/engine/kb"
)

// The phrases of the built-in base are compiled when its compact form is
// made, and stored there by first word: a run decodes a word's phrases
// when a text has the word, where compiling them from the entries (every
// label, case and plural of 180 offices for "president") costs ten times
// more. The form is the extractors' own; the index stores it as it is.
//
// A word's phrases, in uvarints, strings by their number in the word's
// table:
//
//	header   strings, phrases, words (over all phrases), gaps (over all)
//	strings  length and bytes, each distinct string once
//	phrases  kind, text, words, cased (flag, then cased and upper forms),
//	         gaps, plural; then by kind: a name's people (number, form),
//	         a title's label (number+1, 0 for none) and short-title roles,
//	         an adjectival form's role, people, name range and language,
//	         an event's number

// compilePhrases writes the phrases of g (every one compiled) by first
// word, in the order addKB made them, with the base's entries numbered by
// pos.
func compilePhrases(g *Gazetteer, pos map[any]int32) map[string][]byte {
	out := map[string][]byte{}
	for w, id := range g.vocab {
		if list := g.starts[id]; len(list) > 0 {
			out[w] = encodePhrases(list, pos)
		}
	}
	return out
}

func encodePhrases(list []*phrase, pos map[any]int32) []byte {
	strs := map[string]int{}
	var table []string
	var body []byte
	n := func(v int) { body = binary.AppendUvarint(body, uint64(v)) }
	str := func(s string) {
		i, ok := strs[s]
		if !ok {
			i = len(table)
			strs[s] = i
			table = append(table, s)
		}
		n(i)
	}
	flag := func(b bool) {
		if b {
			n(1)
		} else {
			n(0)
		}
	}
	var words, gaps int
	for _, p := range list {
		n(p.kind)
		str(p.text)
		n(len(p.words))
		for _, w := range p.words {
			str(w)
		}
		words += len(p.words)
		flag(p.cased != nil)
		if p.cased != nil {
			for i := range p.words {
				str(p.cased[i])
				str(p.upper[i])
			}
		}
		n(len(p.gaps))
		for _, v := range p.gaps {
			n(v)
		}
		gaps += len(p.gaps)
		flag(p.plural)
		switch p.kind {
		case kName:
			n(len(p.names))
			for _, r := range p.names {
				n(int(pos[r.person]))
				str(r.form)
			}
		case kTitle:
			if p.title.label != nil {
				n(int(pos[p.title.label]) + 1)
			} else {
				n(0)
			}
			n(len(p.title.short))
			for _, r := range p.title.short {
				n(int(pos[r]))
			}
		case kAdjectival:
			n(int(pos[p.adj.role]))
			n(len(p.adj.people))
			for _, q := range p.adj.people {
				n(int(pos[q]))
			}
			n(p.adj.name[0])
			n(p.adj.name[1])
			str(p.adj.lang)
		case kEvent:
			n(int(pos[p.event]))
		}
	}
	var out []byte
	for _, v := range []int{len(table), len(list), words, gaps} {
		out = binary.AppendUvarint(out, uint64(v))
	}
	for _, s := range table {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return append(out, body...)
}

// decodePhrases adds the phrases of a word compiled in data, as add
// would have, its strings sliced from data. It reports false, adding
// nothing, when data is corrupt.
func (g *Gazetteer) decodePhrases(data string) bool {
	r := &blobReader{s: data}
	nStr, nPhr, nWords, nGaps := r.n(), r.n(), r.n(), r.n()
	if r.bad || nStr > len(data) || nPhr > len(data) || nWords > len(data) || nGaps > len(data) {
		return false
	}
	table := make([]string, nStr)
	for i := range table {
		k := r.n()
		if r.bad || r.pos+k > len(data) {
			return false
		}
		table[i] = data[r.pos : r.pos+k]
		r.pos += k
	}
	str := func() string {
		i := r.n()
		if i >= len(table) {
			r.bad = true
			return ""
		}
		return table[i]
	}
	// One allocation each for the phrases and their words, numbers and
	// gaps: a common word has a hundred phrases.
	phrases := make([]phrase, nPhr)
	words := make([]string, nWords)
	ids := make([]int32, nWords)
	gaps := make([]int, nGaps)
	list := make([]*phrase, 0, nPhr)
	for i := range phrases {
		p := &phrases[i]
		p.kind = r.n()
		p.text = str()
		k := r.n()
		if k == 0 || k > len(words) {
			return false
		}
		p.words, words = words[:k:k], words[k:]
		p.ids, ids = ids[:k:k], ids[k:]
		for j := range p.words {
			p.words[j] = str()
		}
		if r.n() == 1 {
			p.cased, p.upper = make([]string, k), make([]string, k)
			for j := range k {
				p.cased[j], p.upper[j] = str(), str()
			}
		}
		if k = r.n(); k > len(gaps) {
			return false
		} else if k > 0 {
			p.gaps, gaps = gaps[:k:k], gaps[k:]
			for j := range p.gaps {
				p.gaps[j] = r.n()
			}
		}
		p.plural = r.n() == 1
		// An entry's number out of range reads as nil (a compact base) and
		// makes the form corrupt.
		missing := false
		person := func() *kb.Person {
			q := g.kb.PersonAt(r.n())
			missing = missing || q == nil
			return q
		}
		role := func(at func(int) *kb.Role, n int) *kb.Role {
			q := at(n)
			missing = missing || q == nil
			return q
		}
		switch p.kind {
		case kName:
			p.names = make([]nameRef, r.count())
			for j := range p.names {
				p.names[j] = nameRef{person(), str()}
			}
		case kTitle:
			p.title = &titleRef{}
			if l := r.n(); l > 0 {
				p.title.label = role(g.kb.RoleNamesAt, l-1)
			}
			p.title.short = make([]*kb.Role, r.count())
			for j := range p.title.short {
				p.title.short[j] = role(g.kb.RoleNamesAt, r.n())
			}
		case kAdjectival:
			a := &adjRef{role: role(g.kb.RoleAt, r.n())}
			a.people = make([]*kb.Person, r.count())
			for j := range a.people {
				a.people[j] = person()
			}
			a.name = [2]int{r.n(), r.n()}
			a.lang = str()
			p.adj = a
		case kEvent:
			p.event = g.kb.EventAt(r.n())
			missing = p.event == nil
		default:
			return false
		}
		if r.bad || missing {
			return false
		}
		list = append(list, p)
	}
	for _, p := range list {
		g.number(p)
	}
	return true
}

// blobReader reads the uvarints of a compiled word.
type blobReader struct {
	s   string
	pos int
	bad bool
}

// count reads a number of items, which cannot exceed the bytes left.
func (r *blobReader) count() int {
	n := r.n()
	if n > len(r.s)-r.pos {
		r.bad = true
		return 0
	}
	return n
}

func (r *blobReader) n() int {
	var v uint64
	for shift := uint(0); shift < 64 && r.pos < len(r.s); shift += 7 {
		b := r.s[r.pos]
		r.pos++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			if v > 1<<31 {
				break
			}
			return int(v)
		}
	}
	r.bad = true
	return 0
}
