package facts

import (
	"reflect"
	"testing"

	"github.com/newslint/newslint/engine/kb"
)

// phraseView is what matching reads of a phrase, its entries by identity.
type phraseView struct {
	Kind                int
	Text                string
	Words, Cased, Upper []string
	Gaps                []int
	Plural              bool
	Names               []nameRef
	Label               *kb.Role
	Short               []*kb.Role
	Adj                 adjRef
	Event               *kb.Event
}

func viewOf(list []*phrase) []phraseView {
	var out []phraseView
	for _, p := range list {
		v := phraseView{Kind: p.kind, Text: p.text, Words: p.words, Cased: p.cased, Upper: p.upper, Gaps: p.gaps, Plural: p.plural, Names: p.names, Event: p.event}
		if p.title != nil {
			v.Label, v.Short = p.title.label, p.title.short
			if len(v.Short) == 0 {
				v.Short = nil
			}
		}
		if len(v.Gaps) == 0 {
			v.Gaps = nil
		}
		if p.adj != nil {
			v.Adj = *p.adj
		}
		out = append(out, v)
	}
	return out
}

// Every word's phrases, written when the compact form is made and read
// back, are the phrases compiling the word's entries gives, in the same
// order, naming the same entries.
func TestCompiledPhrasesAreCompilingsResult(t *testing.T) {
	base, err := kb.Build(builtinSources(t))
	if err != nil {
		t.Fatal(err)
	}
	index := PhraseIndex(base)
	refs := phraseRefs(entryNumbers(base), func() *Gazetteer {
		g := &Gazetteer{kb: base, vocab: map[string]int32{}}
		g.addKB(base.People, base.Roles, base.Roles, base.Events)
		return g
	}())
	if len(refs) < 1000 {
		t.Fatalf("the built-in base starts phrases with %d words", len(refs))
	}
	compiled, decoded := 0, 0
	for w := range refs {
		want := &Gazetteer{kb: base, vocab: map[string]int32{}, index: index, only: w}
		want.addKB(want.entries(w))
		got := &Gazetteer{kb: base, vocab: map[string]int32{}}
		data := index.Compiled(w)
		if data == "" {
			t.Fatalf("%q: no phrases compiled", w)
		}
		if !got.decodePhrases(data) {
			t.Fatalf("%q: the compiled phrases do not decode", w)
		}
		wl, gl := want.starts[want.vocab[w]], got.starts[got.vocab[w]]
		if !reflect.DeepEqual(viewOf(wl), viewOf(gl)) {
			t.Fatalf("%q: decoded phrases differ:\nwant %+v\ngot  %+v", w, viewOf(wl), viewOf(gl))
		}
		for _, p := range gl {
			for i, id := range p.ids {
				if got.vocab[p.words[i]] != id {
					t.Fatalf("%q: word %q numbered %d, the vocabulary has %d", w, p.words[i], id, got.vocab[p.words[i]])
				}
			}
		}
		compiled += len(wl)
		decoded += len(gl)
	}
	if compiled != decoded || compiled < 10000 {
		t.Errorf("%d phrases compiled, %d decoded", compiled, decoded)
	}
}

// A compiled word cut short or with a byte changed is refused or read
// without a panic; a refused one adds no phrase, and the word is compiled
// from its entries instead.
func TestCompiledPhrasesCorrupt(t *testing.T) {
	base, err := kb.Build(builtinSources(t))
	if err != nil {
		t.Fatal(err)
	}
	index := PhraseIndex(base)
	data := index.Compiled("president")
	if len(data) < 1000 {
		t.Fatalf("%d bytes compiled for president", len(data))
	}
	for cut := 0; cut < len(data); cut += 7 {
		g := &Gazetteer{kb: base, vocab: map[string]int32{}}
		if g.decodePhrases(data[:cut]) {
			t.Fatalf("cut at %d of %d: read as whole", cut, len(data))
		}
		if len(g.starts) != 0 {
			t.Fatalf("cut at %d: a refused word added phrases", cut)
		}
	}
	for at := 0; at < len(data); at += 13 {
		b := []byte(data)
		b[at] ^= 0xff
		g := &Gazetteer{kb: base, vocab: map[string]int32{}}
		g.decodePhrases(string(b)) // must not panic
	}
}
