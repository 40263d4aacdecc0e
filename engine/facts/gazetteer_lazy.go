package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/kb"
)

// lazyKB sets the gazetteer to compile the base's phrases by first word,
// as texts need them: from the base's phrase index, and for the entries
// user data changed (which the index does not know), from their phrases
// compiled here.
func (g *Gazetteer) lazyKB(base *kb.Base) {
	g.index = base.Phrases()
	g.done = map[string]bool{}
	people, roles, events := base.Touched()
	if len(people)+len(roles)+len(events) == 0 {
		return
	}
	sub := &Gazetteer{kb: base, vocab: map[string]int32{}}
	sub.addKB(people, roles, roles, events)
	g.extra = phraseRefs(entryNumbers(base), sub)
}

// ensure compiles the phrases that the words of toks start, where not done.
func (g *Gazetteer) ensure(toks []token) {
	var missing []string
	var seen map[string]bool // a block may be a whole hostile page
	g.mu.RLock()
	for _, t := range toks {
		if g.done[t.key] || seen[t.key] || !g.index.Has(t.key) && g.extra[t.key] == nil {
			continue
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[t.key] = true
		missing = append(missing, t.key)
	}
	g.mu.RUnlock()
	if len(missing) == 0 {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, k := range missing {
		if !g.done[k] {
			g.load(k)
			g.done[k] = true
		}
	}
}

// load compiles every phrase of the base that starts with word: those of
// the entries the indexes name, in base order, as NewGazetteer would have.
// Where no user data changed the base, they were compiled when the compact
// form was made, and are decoded.
func (g *Gazetteer) load(word string) {
	if data := g.index.Compiled(word); data == "" || g.extra != nil || !g.decodePhrases(data) {
		g.only = word
		g.addKB(g.entries(word))
		g.only = ""
	}
	if id, ok := g.vocab[word]; ok {
		sortLongestFirst(g.starts[id])
	}
}

// entries are the people, the roles (for their titles, then for their
// adjectival forms) and the events with a phrase that starts with word.
func (g *Gazetteer) entries(word string) (people []*kb.Person, titles, adjs []*kb.Role, events []*kb.Event) {
	refs := append(slices.Clone(g.index.Lookup(word)), g.extra[word]...)
	slices.SortFunc(refs, func(a, b kb.Ref) int {
		if a.Kind != b.Kind {
			return int(a.Kind) - int(b.Kind)
		}
		return int(a.N - b.N)
	})
	refs = slices.Compact(refs)
	for _, r := range refs {
		switch r.Kind {
		case kb.RefName:
			people = append(people, g.kb.PersonAt(int(r.N)))
		case kb.RefTitle:
			// A title needs the role's names and identity only.
			titles = append(titles, g.kb.RoleNamesAt(int(r.N)))
		case kb.RefAdjectival:
			adjs = append(adjs, g.kb.RoleAt(int(r.N)))
		case kb.RefEvent:
			events = append(events, g.kb.EventAt(int(r.N)))
		}
	}
	return people, titles, adjs, events
}

// PhraseIndex lists, by first word, the entries of base that the
// gazetteer makes phrases of, with those phrases compiled: what the
// compact form stores so that a run decodes a word's phrases only when a
// text has the word.
func PhraseIndex(base *kb.Base) *kb.PhraseIndex {
	base.Full()
	g := &Gazetteer{kb: base, vocab: map[string]int32{}}
	g.addKB(base.People, base.Roles, base.Roles, base.Events)
	pos := entryNumbers(base)
	refs := phraseRefs(pos, g)
	// Each word's phrases as a run compiles them: from its entries, with
	// phrases of other words left out (the whole base at once shares a
	// title between its spellings, and would differ).
	byWord := &Gazetteer{kb: base, vocab: map[string]int32{}, index: kb.NewPhraseIndex(refs, nil)}
	for w := range refs {
		byWord.only = w
		byWord.addKB(byWord.entries(w))
	}
	byWord.only = ""
	return kb.NewPhraseIndex(refs, compilePhrases(byWord, pos))
}

// entryNumbers numbers the people, roles and events of base by their
// place in its lists.
func entryNumbers(base *kb.Base) map[any]int32 {
	pos := map[any]int32{}
	for i, p := range base.People {
		pos[p] = int32(i)
	}
	for i, r := range base.Roles {
		pos[r] = int32(i)
	}
	for i, e := range base.Events {
		pos[e] = int32(i)
	}
	return pos
}

// phraseRefs lists the entries behind the knowledge-base phrases of g by
// their first word, each word's entries in base order.
func phraseRefs(pos map[any]int32, g *Gazetteer) map[string][]kb.Ref {
	words := make([]string, len(g.starts))
	for w, id := range g.vocab {
		words[id] = w
	}
	out := map[string][]kb.Ref{}
	for id, list := range g.starts {
		var refs []kb.Ref
		for _, p := range list {
			switch p.kind {
			case kName:
				for _, n := range p.names {
					refs = append(refs, kb.Ref{Kind: kb.RefName, N: pos[n.person]})
				}
			case kTitle:
				if p.title.label != nil {
					refs = append(refs, kb.Ref{Kind: kb.RefTitle, N: pos[p.title.label]})
				}
				for _, r := range p.title.short {
					refs = append(refs, kb.Ref{Kind: kb.RefTitle, N: pos[r]})
				}
			case kAdjectival:
				refs = append(refs, kb.Ref{Kind: kb.RefAdjectival, N: pos[p.adj.role]})
			case kEvent:
				refs = append(refs, kb.Ref{Kind: kb.RefEvent, N: pos[p.event]})
			}
		}
		if len(refs) == 0 {
			continue
		}
		slices.SortFunc(refs, func(a, b kb.Ref) int {
			if a.Kind != b.Kind {
				return int(a.Kind) - int(b.Kind)
			}
			return int(a.N - b.N)
		})
		out[words[id]] = slices.Compact(refs)
	}
	return out
}

// mayStartEither: text, or text written with plain capitals, may start
// with word.
func mayStartEither(text, word string) bool {
	if mayStartWith(text, word) {
		return true
	}
	first := strings.TrimLeftFunc(text, func(r rune) bool { return !isWordRune(r) })
	r, _ := utf8.DecodeRuneInString(first)
	return r >= utf8.RuneSelf && mayStartWith(plainCapitals(text), word)
}

// leading are the titles of list that may lead to a phrase starting with
// g.only (all of them when every phrase is compiled at once): the forms
// made from a title (its German cases, its possessive, its "Premier")
// change its first word but keep its first letter, so the titles of
// another letter need no forms made.
func (g *Gazetteer) leading(list []string) []string {
	if g.only == "" {
		return list
	}
	var out []string
	for _, s := range list {
		if mayLeadTo(s, g.only) {
			out = append(out, s)
		}
	}
	return out
}

// mayLeadTo is a quick test that a form made from text could start with
// word: text's first letter or digit, in lower case or with a plain
// capital, is word's first.
func mayLeadTo(text, word string) bool {
	r := firstWordRune(text)
	if r == 0 || mayKeyAs(r, word) {
		return true
	}
	p, _ := utf8.DecodeRuneInString(plainCapitals(string(r)))
	return mayKeyAs(p, word)
}

// firstWordRune is text's first letter or digit, 0 when it has none.
func firstWordRune(text string) rune {
	for _, r := range text {
		if r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRune(r) {
			return r
		}
	}
	return 0
}

// mayKeyAs reports whether a word starting with r may have a key starting
// as word does: r in lower case is its first letter (lowerInPlace keeps a
// letter whose lower case is longer).
func mayKeyAs(r rune, word string) bool {
	w, _ := utf8.DecodeRuneInString(word)
	l := unicode.ToLower(r)
	return l == w || r == w || utf8.RuneLen(l) != utf8.RuneLen(r)
}

// mayStartWith is a quick test that text's first word could be word: its
// first letter or digit, in lower case, is word's first (tokenize keys are
// lower case and an acronym's key starts with its first letter). Most
// texts fail it, and need not be tokenized.
func mayStartWith(text, word string) bool {
	if first, ok := asciiFirstWord(text); ok {
		return len(first) == len(word) && equalLowerASCII(first, word)
	}
	r := firstWordRune(text)
	return r == 0 || mayKeyAs(r, word)
}

// asciiFirstWord returns text's first word when it and everything before
// it is ASCII and it ends at the end of text or at an ASCII character
// other than a dot: its key is then the word in lower case (folding
// changes no ASCII, and a word that ends at a dot may be an acronym's
// first letter, whose key is longer).
func asciiFirstWord(text string) (string, bool) {
	i := 0
	for i < len(text) && text[i] < utf8.RuneSelf && !asciiWord[text[i]] {
		i++
	}
	if i == len(text) || text[i] >= utf8.RuneSelf {
		return "", false
	}
	start := i
	for i < len(text) && text[i] < utf8.RuneSelf && asciiWord[text[i]] {
		i++
	}
	if i < len(text) && (text[i] >= utf8.RuneSelf || text[i] == '.') {
		return "", false
	}
	return text[start:i], true
}

// equalLowerASCII reports whether the ASCII word w, lower-cased, is key.
func equalLowerASCII(w, key string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}
