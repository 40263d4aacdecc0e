package facts

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/kb"
	"github.com/newslint/newslint/rules"
)

// builtinSources reads rules/kb/*.toml, then the user files, as sources.
func builtinSources(t *testing.T, user ...string) []kb.Source {
	t.Helper()
	files, _ := fs.Glob(rules.FS, "kb/*.toml")
	var srcs []kb.Source
	for _, f := range files {
		src, _ := fs.ReadFile(rules.FS, f)
		m := map[string]any{}
		if err := toml.Unmarshal(src, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		srcs = append(srcs, kb.Source{File: "rules/" + f, Text: src, Data: m})
	}
	for _, f := range user {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := toml.Unmarshal(src, &m); err != nil {
			t.Fatal(err)
		}
		sub, _ := m["kb"].(map[string]any)
		srcs = append(srcs, kb.Source{File: f, Text: src, Data: sub, Table: "kb", User: true})
	}
	return srcs
}

// eagerAndLazy compiles the built-in base (with user layers) twice: from
// its TOML, every phrase at once; and from its compact form with the
// phrase index, word by word.
func eagerAndLazy(t *testing.T, user ...string) (eager, lazy *Gazetteer) {
	t.Helper()
	cues, err := builtinCues()
	if err != nil {
		t.Fatal(err)
	}
	all, err := kb.Build(builtinSources(t, user...))
	if err != nil {
		t.Fatal(err)
	}
	builtin, err := kb.Build(builtinSources(t))
	if err != nil {
		t.Fatal(err)
	}
	compact, err := kb.Decode(string(kb.Encode(builtin, "test", PhraseIndex(builtin))))
	if err != nil {
		t.Fatal(err)
	}
	srcs := append([]kb.Source{{Base: compact}}, builtinSources(t, user...)[len(builtinSources(t)):]...)
	layered, err := kb.Build(srcs)
	if err != nil {
		t.Fatal(err)
	}
	if layered.Phrases() == nil {
		t.Fatal("a base from the compact form has a phrase index")
	}
	return NewGazetteer(all, cues), NewGazetteer(layered, cues)
}

// describe writes down a phrase and what it stands for.
func describe(p *phrase) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %q %q %v %q", p.kind, p.words, p.cased, p.gaps, p.text)
	for _, n := range p.names {
		fmt.Fprintf(&b, " name:%s/%s", n.person.ID, n.form)
	}
	if p.title != nil {
		if p.title.label != nil {
			fmt.Fprintf(&b, " label:%s", p.title.label.ID)
		}
		for _, r := range p.title.short {
			fmt.Fprintf(&b, " short:%s", r.ID)
		}
	}
	if p.adj != nil {
		fmt.Fprintf(&b, " adj:%s %v", p.adj.role.ID, p.adj.name)
		for _, q := range p.adj.people {
			fmt.Fprintf(&b, " %s", q.ID)
		}
	}
	if p.event != nil {
		fmt.Fprintf(&b, " event:%s", p.event.ID)
	}
	return b.String()
}

func phrasesOf(g *Gazetteer, word string) []string {
	if g.done != nil {
		g.ensure([]token{{key: word}})
	}
	id, ok := g.vocab[word]
	if !ok {
		return nil
	}
	// The knowledge base's phrases in their order; the cues' sorted, as
	// NewGazetteer adds some of them from maps, in no set order.
	var out, cues []string
	for _, p := range g.starts[id] {
		switch p.kind {
		case kName, kTitle, kAdjectival, kEvent:
			out = append(out, describe(p))
		default:
			cues = append(cues, describe(p))
		}
	}
	sort.Strings(cues)
	return append(out, cues...)
}

// Compiled word by word, the gazetteer has the same phrases, in the same
// order, with the same meaning, as compiled all at once.
func TestLazyGazetteerEqualsEager(t *testing.T) {
	eager, lazy := eagerAndLazy(t)
	compareGazetteers(t, eager, lazy)
}

// The same with user data over the compact base: amended people, a new
// term in a built-in office (a new surname for its adjectival forms), a
// retired alias, a new office.
func TestLazyGazetteerWithUserLayers(t *testing.T) {
	user := filepath.Join(t.TempDir(), "newsroom.toml")
	os.WriteFile(user, []byte(`
[[kb.people]]
id = "jens-stoltenberg"
aliases = ["J. Stoltenberg"]

[[kb.people]]
id = "ilse-brandvold"
name = "Ilse Brandvold"

[[kb.roles]]
id = "vesterby-mayor"
name = "Mayor of Vesterby"
jurisdiction = "NO"
labels = ["Vesterby Mayor"]
short_titles = ["Mayor"]
adjectival = ["{surname} council"]

[[kb.terms]]
role = "vesterby-mayor"
person = "ilse-brandvold"
start = "2023-10-16"

[[kb.terms]]
role = "vesterby-mayor"
person = "jens-stoltenberg"
start = "1990-01-01"
end = "1991-01-01"

[[kb.retire]]
person = "antonio-costa"
alias = "Costa"
`), 0o644)
	eager, lazy := eagerAndLazy(t, user)
	compareGazetteers(t, eager, lazy)
	if got := phrasesOf(lazy, "stoltenberg"); !strings.Contains(strings.Join(got, "\n"), "adj:vesterby-mayor") {
		t.Errorf("a built-in person's new office gives adjectival forms: %q", got)
	}
}

func compareGazetteers(t *testing.T, eager, lazy *Gazetteer) {
	t.Helper()
	words := make([]string, 0, len(eager.vocab))
	for w := range eager.vocab {
		words = append(words, w)
	}
	sort.Strings(words)
	n := 0
	for _, w := range words {
		want, got := phrasesOf(eager, w), phrasesOf(lazy, w)
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			if n++; n <= 5 {
				t.Errorf("phrases of %q differ:\neager:\n  %s\nlazy:\n  %s", w, strings.Join(want, "\n  "), strings.Join(got, "\n  "))
			}
		}
	}
	if n > 5 {
		t.Errorf("... and %d more words", n-5)
	}
}

const lazyArticle = `---
title: Talks in Brussels
date: 2025-06-12
---

NATO Secretary-General Mark Rutte met President Donald Trump and UK Prime
Minister Keir Starmer on Wednesday. Former Secretary-General Jens
Stoltenberg, now Norway's finance minister, was not there.

The Trump administration said Ukraine's President Volodymyr Zelensky would
join by video. Chancellor Friedrich Merz spoke after Pope Leo XIV.
`

// An article compiles the phrases of its own words only, and its facts are
// those the whole gazetteer gives.
func TestLazyGazetteerCompilesWhatTextNeeds(t *testing.T) {
	eager, lazy := eagerAndLazy(t)
	doc, err := document.Read("a.md", []byte(lazyArticle), document.Markdown)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(Extract(doc, Options{Gazetteer: eager}).Mentions)
	got, _ := json.Marshal(Extract(doc, Options{Gazetteer: lazy}).Mentions)
	if string(want) != string(got) {
		t.Errorf("mentions differ:\neager %s\nlazy  %s", want, got)
	}
	if !strings.Contains(string(got), "mark-rutte") {
		t.Fatalf("the article names Rutte: %s", got)
	}
	count := func(g *Gazetteer) int {
		n := 0
		for _, l := range g.starts {
			n += len(l)
		}
		return n
	}
	t.Logf("compiled %d of %d phrases", count(lazy), count(eager))
	if c, e := count(lazy), count(eager); c*5 > e {
		t.Errorf("one article compiled %d phrases of the %d in the base", c, e)
	}
}

// Articles read at once compile words at once: the race detector watches
// this one.
func TestLazyGazetteerConcurrent(t *testing.T) {
	eager, lazy := eagerAndLazy(t)
	texts := []string{lazyArticle,
		"President Emmanuel Macron met Chancellor Olaf Scholz in Paris on 3 March 2023.\n",
		"Pope Francis and Secretary of State Antony Blinken spoke in 2022.\n",
		"The Biden administration and Prime Minister Rishi Sunak agreed in 2023.\n"}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := texts[i%len(texts)]
			doc, _ := document.Read("a.md", []byte(text), document.Markdown)
			want, _ := json.Marshal(Extract(doc, Options{Gazetteer: eager}).Mentions)
			got, _ := json.Marshal(Extract(doc, Options{Gazetteer: lazy}).Mentions)
			if string(want) != string(got) {
				t.Errorf("mentions differ for %q", text)
			}
		}()
	}
	wg.Wait()
}

func TestPremierLabels(t *testing.T) {
	got := premierLabels(
		[]string{"britische Premierminister", "Premierminister Großbritanniens", "Israeli Prime Minister", "Prime Ministerial Office", "chef du gouvernement", "primer ministro israelí"},
		[]string{"Premier", "PM"},
	)
	want := []string{"britische Premier", "Premier Großbritanniens", "Israeli Premier", "Israeli PM", "premier israelí"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	// Without the short word among the role's titles, nothing is added.
	if got := premierLabels([]string{"Israeli Prime Minister"}, []string{"Prime Minister"}); len(got) != 0 {
		t.Errorf("got %q, want none", got)
	}
}

// An ASCII first word is compared whole; what folding or an acronym could
// change is left to the first-letter test.
func TestMayStartWith(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Prime Minister of Canada", "prime", true},
		{"Prime Minister of Canada", "president", false},
		{"Prime Minister of Canada", "prim", false},
		{"  (Secretary-General)", "secretary", true},
		{"Secretary-General", "general", false},
		{"Ministerpräsident", "ministerpräsident", true},
		{"U.S. President", "us", true},
		{"Président de la République", "president", true},
		{"Premier", "prime", false},
	} {
		if got := mayStartWith(c.text, c.word); got != c.want {
			t.Errorf("mayStartWith(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
