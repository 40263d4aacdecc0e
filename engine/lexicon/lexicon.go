// Package lexicon compiles the phrase lexicon (rules/lexicon/*.toml, merged
// with the user's data files into data.newslint.lexicon) into a matcher that
// tags text with phrase classes in one pass over its words.
//
// A class is a table whose keys are language codes, each a list of phrases,
// plus two optional keys: patterns (regular expressions, for what is not a
// phrase: "{{author_name}}", "&amp;amp;"; a group named m narrows the match
// to what it captures) and remove (phrases or patterns to
// drop, so a user can override a built-in entry). In a phrase, words match
// on word boundaries, ignoring case and typographic quotes; punctuation
// between words is ignored; "#" stands for any number, "*" for any one word;
// a word written with a trailing "?" ("your *? account", "the? summit") may be
// there or not; a leading "^" or trailing "$" ties the phrase to the start or
// end of the block.
package lexicon

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Lexicon is a compiled lexicon, safe for concurrent use.
type Lexicon struct {
	root     *node
	patterns []pattern
	needs    needIndex
	classes  []string
	size     int
	nodes    []node // the block newNode hands nodes out of
}

// node is a word of the trie. Most words have one word after them, or a
// few: those are a short list, compared in turn, and only a word with
// many (the first words of phrases) gets a map, which costs an
// allocation of its own and a hash for every word of a text.
type node struct {
	kids    []kid            // the words after this one, while few
	next    map[string]*node // the words after this one, once many
	num     *node            // "#": any number
	any     *node            // "*": any word
	entries []*entry
}

type kid struct {
	word string
	node *node
}

// newNode hands out the trie's nodes from blocks, which live as long as
// the lexicon.
func (l *Lexicon) newNode() *node {
	if len(l.nodes) == 0 {
		l.nodes = make([]node, 256)
	}
	n := &l.nodes[0]
	l.nodes = l.nodes[1:]
	return n
}

// maxKids is the most words after a word kept as a list.
const maxKids = 8

// get is the node of the word w after n, nil if none.
func (n *node) get(w string) *node {
	if n.next != nil {
		return n.next[w]
	}
	for i := range n.kids {
		if n.kids[i].word == w {
			return n.kids[i].node
		}
	}
	return nil
}

type entry struct {
	class, lang, phrase string
	atStart, atEnd      bool
}

type pattern struct {
	class, source string
	// re is compiled on the first block that holds the pattern's need:
	// most patterns meet none in a short run, and compiling them all took
	// a tenth of start-up.
	re func() *regexp.Regexp
	// group is the index of the subexpression named "m", which narrows a
	// match to what it captures, or 0 for the whole match.
	group int
}

// Match is a phrase or pattern found in a text.
type Match struct {
	Class string
	// Lang is the phrase's language; empty for patterns.
	Lang string
	// Pattern is the lexicon entry as written.
	Pattern string
	// Start and End are byte offsets into the text.
	Start, End int
}

// Compile builds a lexicon from the decoded data (class → table). A nil or
// empty table gives an empty lexicon.
func Compile(data map[string]any) (*Lexicon, error) {
	l := &Lexicon{root: &node{}}
	classes := make([]string, 0, len(data))
	for c := range data {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, class := range classes {
		table, ok := data[class].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("lexicon: class %q must be a table of language = [phrases]", class)
		}
		remove := map[string]bool{}
		if v, ok := table["remove"]; ok {
			list, err := strs(class, "remove", v)
			if err != nil {
				return nil, err
			}
			for _, s := range list {
				remove[s] = true
			}
		}
		keys := make([]string, 0, len(table))
		for k := range table {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, key := range keys {
			if key == "remove" {
				continue
			}
			list, err := strs(class, key, table[key])
			if err != nil {
				return nil, err
			}
			for _, s := range list {
				if remove[s] {
					continue
				}
				if key == "patterns" {
					if err := l.addPattern(class, s); err != nil {
						return nil, err
					}
					continue
				}
				if err := l.addPhrase(class, key, s); err != nil {
					return nil, err
				}
			}
		}
		l.classes = append(l.classes, class)
	}
	return l, nil
}

func strs(class, key string, v any) ([]string, error) {
	switch list := v.(type) {
	case []string:
		return list, nil
	case []any:
		out := make([]string, 0, len(list))
		for i, x := range list {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("lexicon: %s.%s[%d] must be a string", class, key, i)
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("lexicon: %s.%s must be a list of strings", class, key)
}

func (l *Lexicon) addPhrase(class, lang, phrase string) error {
	p := strings.TrimSpace(phrase)
	e := &entry{class: class, lang: lang, phrase: phrase}
	if rest, ok := strings.CutPrefix(p, "^"); ok {
		e.atStart, p = true, rest
	}
	if rest, ok := strings.CutSuffix(p, "$"); ok {
		e.atEnd, p = true, rest
	}
	// Each word is a list of steps (a written word may tokenize into
	// several); an optional word doubles the variants the phrase adds.
	var steps [][]string
	var optional []bool
	for _, f := range strings.Fields(p) {
		opt := false
		if len(f) > 1 && strings.HasSuffix(f, "?") {
			opt, f = true, strings.TrimSuffix(f, "?")
		}
		var step []string
		switch f {
		case "#", "*":
			step = []string{f}
		default:
			for _, t := range Tokenize(f) {
				step = append(step, t.Norm)
			}
		}
		if len(step) == 0 {
			continue
		}
		steps = append(steps, step)
		optional = append(optional, opt)
	}
	opts := 0
	for _, o := range optional {
		if o {
			opts++
		}
	}
	if opts > maxOptional {
		return fmt.Errorf("lexicon: %s.%s: phrase %q has more than %d optional words", class, lang, phrase, maxOptional)
	}
	added := false
	for mask := 0; mask < 1<<opts; mask++ {
		n, words, k := l.root, 0, 0
		for i, step := range steps {
			if optional[i] {
				skip := mask&(1<<k) != 0
				k++
				if skip {
					continue
				}
			}
			for _, w := range step {
				n = l.child(n, w)
				words++
			}
		}
		if words == 0 {
			continue
		}
		n.entries = append(n.entries, e)
		added = true
	}
	if !added {
		return fmt.Errorf("lexicon: %s.%s: phrase %q has no words", class, lang, phrase)
	}
	l.size++
	return nil
}

// maxOptional bounds the optional words of one phrase: each doubles the
// variants it adds to the trie.
const maxOptional = 4

// child is the node of the word w after n, added if new.
func (l *Lexicon) child(n *node, w string) *node {
	switch w {
	case "#":
		if n.num == nil {
			n.num = l.newNode()
		}
		return n.num
	case "*":
		if n.any == nil {
			n.any = l.newNode()
		}
		return n.any
	}
	if c := n.get(w); c != nil {
		return c
	}
	c := l.newNode()
	switch {
	case n.next != nil:
		n.next[w] = c
	case len(n.kids) < maxKids:
		n.kids = append(n.kids, kid{w, c})
	default:
		n.next = make(map[string]*node, 2*maxKids)
		for _, k := range n.kids {
			n.next[k.word] = k.node
		}
		n.next[w] = c
		n.kids = nil
	}
	return c
}

func (l *Lexicon) addPattern(class, src string) error {
	// Analysed now (by go generate for the built-in patterns), so that a
	// wrong pattern is an error at start-up; compiled when first needed
	// (regexp.Compile parses the same way).
	a, ok := prepared()[src]
	if !ok {
		var err error
		if a, err = analyse(src); err != nil {
			return fmt.Errorf("lexicon: %s.patterns: %q: %v", class, src, err)
		}
	}
	l.needs.add(a.need, len(l.patterns))
	l.patterns = append(l.patterns, pattern{class: class, source: src, group: a.group,
		re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(src) })})
	l.size++
	return nil
}

// need is what every match of an expression contains: one of its
// strings, each compared without case (ASCII) when it says so. An empty
// need means it cannot tell.
type need []needStr

type needStr struct {
	s    string
	fold bool
}

type needIndex struct {
	// single lists the patterns needing one byte (":", "<", "/").
	single [256][]int
	// pair numbers, from 1, the list in lists of the longer needles
	// starting with a pair of bytes (a folded needle under every case of
	// them), so that most positions of a block are passed over with one
	// look-up.
	pair  *[1 << 16]uint16
	lists [][]needle
	// thirds are, for each list, the third bytes of its needles (ASCII
	// letters in lower case) as a bit set, and short whether it holds a
	// needle of two bytes: most positions of a common pair ("th", "in")
	// are followed by a byte no needle of the pair has, and pass on
	// without reading the list.
	thirds [][4]uint64
	short  []bool
	// always lists the patterns whose need cannot be told.
	always []int
	n      int
}

type needle struct {
	s    string
	fold bool
	// third is s's third byte, or -1: most needles under a common pair
	// ("th", "in") differ there, so one byte passes over them.
	third   int16
	pattern int
}

func (x *needIndex) add(n need, pattern int) {
	x.n = pattern + 1
	if len(n) == 0 {
		x.always = append(x.always, pattern)
		return
	}
	for _, ns := range n {
		s := ns.s
		for _, c := range cases(s[0], ns.fold) {
			if len(s) == 1 {
				x.single[c] = append(x.single[c], pattern)
				continue
			}
			if x.pair == nil {
				x.pair = new([1 << 16]uint16)
			}
			for _, d := range cases(s[1], ns.fold) {
				k := uint16(c)<<8 | uint16(d)
				if x.pair[k] == 0 {
					x.lists = append(x.lists, nil)
					x.thirds = append(x.thirds, [4]uint64{})
					x.short = append(x.short, false)
					x.pair[k] = uint16(len(x.lists))
				}
				li := x.pair[k] - 1
				third := int16(-1)
				if len(s) > 2 {
					third = int16(s[2])
					t := lowerASCII(s[2])
					x.thirds[li][t>>6] |= 1 << (t & 63)
				} else {
					x.short[li] = true
				}
				x.lists[li] = append(x.lists[li], needle{s, ns.fold, third, pattern})
			}
		}
	}
}

// cases is c, and its other ASCII case when fold is set.
func cases(c byte, fold bool) []byte {
	if fold && 'a' <= c && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	return []byte{c}
}

// mark sets may[p] for every pattern p whose need text holds.
func (x *needIndex) mark(text string, may []bool) {
	for _, p := range x.always {
		may[p] = true
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		for _, p := range x.single[c] {
			may[p] = true
		}
		if i+1 == len(text) || x.pair == nil {
			continue
		}
		li := x.pair[uint16(c)<<8|uint16(text[i+1])]
		if li == 0 {
			continue
		}
		if !x.short[li-1] {
			if i+2 >= len(text) {
				continue
			}
			if t := lowerASCII(text[i+2]); x.thirds[li-1][t>>6]&(1<<(t&63)) == 0 {
				continue
			}
		}
		for _, nd := range x.lists[li-1] {
			if may[nd.pattern] || len(text)-i < len(nd.s) {
				continue
			}
			if nd.third >= 0 {
				b := text[i+2]
				if nd.fold && 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
				if int16(b) != nd.third {
					continue
				}
			}
			if w := text[i+2 : i+len(nd.s)]; nd.fold && equalFoldASCII(w, nd.s[2:]) || !nd.fold && w == nd.s[2:] {
				may[nd.pattern] = true
			}
		}
	}
}

// lowerASCII is c in lower case when it is an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFoldASCII reports whether s, its ASCII letters lowered, is low.
func equalFoldASCII(s, low string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}

// maxAlternatives bounds a need's strings. The index of needs checks a
// hundred strings in one pass over a block for less than an expression
// costs.
const maxAlternatives = 128

// maxClass bounds the characters of a class joined to its neighbours.
const maxClass = 3

func needOf(re *syntax.Regexp) (need, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		lit := string(re.Rune)
		if re.Flags&syntax.FoldCase == 0 {
			return need{{s: lit}}, true
		}
		if !isASCII(lit) {
			// "étoile" compared without case holds "toile".
			lit = longestASCII(lit)
			if len(lit) < 3 {
				return nil, false
			}
		}
		return need{{s: asciiLower(lit), fold: true}}, true
	case syntax.OpCharClass:
		var out need
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxAlternatives {
					return nil, false
				}
				out = append(out, needStr{s: string(r)})
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return needOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needOf(re.Sub[0])
		}
	case syntax.OpConcat:
		var best need
		consider := func(n need) {
			if best == nil || better(n, best) {
				best = n
			}
		}
		// A run of parts with few possible texts each ("fan|nut" then
		// "\.") needs one of their joined texts ("fan.", "nut."), which
		// is rarer than any part's alone.
		var run need
		for _, sub := range re.Sub {
			if n, ok := needOf(sub); ok {
				consider(n)
			}
			e, ok := exact(sub)
			if ok && run != nil {
				e, ok = product(run, e)
			}
			if !ok {
				run = nil
				continue
			}
			run = e
			if shortest(run) > 0 {
				consider(run)
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		return anyOf(re.Sub, needOf)
	}
	return nil, false
}

// exact lists every text re can match, when they are few (literals,
// alternations and optional parts of them); ASCII folding lowers them.
func exact(re *syntax.Regexp) (need, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return need{{}}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 && !isASCII(string(re.Rune)) {
			return nil, false
		}
		return needOf(re)
	case syntax.OpCharClass:
		// "[cC]" or "[.,]", not "\s" or "\d", whose texts would each
		// multiply the joined texts by six or ten.
		if n, ok := needOf(re); ok && len(n) <= maxClass {
			return n, true
		}
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		n, ok := exact(re.Sub[0])
		if !ok || len(n) == maxAlternatives {
			return nil, false
		}
		return append(n, needStr{}), true
	case syntax.OpAlternate:
		return anyOf(re.Sub, exact)
	case syntax.OpConcat:
		all := need{{}}
		for _, sub := range re.Sub {
			n, ok := exact(sub)
			if ok {
				all, ok = product(all, n)
			}
			if !ok {
				return nil, false
			}
		}
		return all, true
	}
	return nil, false
}

// anyOf is the strings of f's needs of every alternative: a match holds
// one of them.
func anyOf(alts []*syntax.Regexp, f func(*syntax.Regexp) (need, bool)) (need, bool) {
	var all need
	for _, sub := range alts {
		n, ok := f(sub)
		if !ok || len(all)+len(n) > maxAlternatives {
			return nil, false
		}
		all = append(all, n...)
	}
	return all, len(all) > 0
}

// product is every text of a followed by one of b; a joined text folds
// when either part does, which needs both in ASCII.
func product(a, b need) (need, bool) {
	if len(a)*len(b) > maxAlternatives {
		return nil, false
	}
	out := make(need, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			j := needStr{s: x.s + y.s, fold: x.fold || y.fold}
			if j.fold {
				if !isASCII(j.s) {
					return nil, false
				}
				j.s = asciiLower(j.s)
			}
			out = append(out, j)
		}
	}
	return out, true
}

// better prefers the need whose likeliest string is rarer, then the one
// with fewer strings.
func better(a, b need) bool {
	ra, rb := rarity(a), rarity(b)
	if ra != rb {
		return ra > rb
	}
	return len(a) < len(b)
}

// rarity scores the likeliest string of n: a letter or a space counts
// one, a digit or the punctuation of prose two, any other byte three,
// since "[" or "©" turns up in fewer blocks than "ort", and ":" in fewer
// than "le" but more than "EDS".
func rarity(n need) int {
	least := -1
	for _, ns := range n {
		r := 0
		for i := 0; i < len(ns.s); i++ {
			c := ns.s[i]
			switch {
			case c|0x20 >= 'a' && c|0x20 <= 'z' || c == ' ':
				r++
			case c >= '0' && c <= '9' || strings.IndexByte(".,:;!?'\"()-", c) >= 0:
				r += 2
			default:
				r += 3
			}
		}
		if least < 0 || r < least {
			least = r
		}
	}
	return least
}

// shortest is the length of the shortest string of n.
func shortest(n need) int {
	least := -1
	for _, ns := range n {
		if least < 0 || len(ns.s) < least {
			least = len(ns.s)
		}
	}
	return least
}

// longestASCII is the longest run of ASCII bytes in s.
func longestASCII(s string) string {
	best, start := "", -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] < utf8.RuneSelf {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > len(best) {
			best = s[start:i]
		}
		start = -1
	}
	return best
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower lowers the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Classes lists the classes in the lexicon.
func (l *Lexicon) Classes() []string { return l.classes }

// Len counts the phrases and patterns.
func (l *Lexicon) Len() int { return l.size }

// Match finds every phrase and pattern in text, whose words are toks (from
// Tokenize). For each class, overlapping phrase matches keep the one that
// starts first (and, among those, the longest).
func (l *Lexicon) Match(text string, toks []Token) []Match {
	if l == nil {
		return nil
	}
	var out []Match
	if l.root != nil && (l.root.next != nil || len(l.root.kids) > 0 || l.root.num != nil || l.root.any != nil) {
		for i := range toks {
			l.walk(l.root, toks, i, i, &out)
		}
	}
	// A pattern's flag on the stack for the built-in lexicon's few
	// dozen; a user's thousands get a slice.
	var buf [128]bool
	var may []bool
	if l.needs.n > len(buf) {
		may = make([]bool, l.needs.n)
	} else {
		may = buf[:l.needs.n]
	}
	l.needs.mark(text, may)
	for i, p := range l.patterns {
		if !may[i] {
			continue
		}
		for _, m := range p.re().FindAllStringSubmatchIndex(text, -1) {
			a, b := m[2*p.group], m[2*p.group+1]
			if a >= 0 && b > a {
				out = append(out, Match{Class: p.class, Pattern: p.source, Start: a, End: b})
			}
		}
	}
	return dedupe(out)
}

func (l *Lexicon) walk(n *node, toks []Token, first, i int, out *[]Match) {
	for _, e := range n.entries {
		if e.atStart && first != 0 || e.atEnd && i != len(toks) {
			continue
		}
		*out = append(*out, Match{Class: e.class, Lang: e.lang, Pattern: e.phrase, Start: toks[first].Start, End: toks[i-1].End})
	}
	if i >= len(toks) {
		return
	}
	w := toks[i].Norm
	if c := n.get(w); c != nil {
		l.walk(c, toks, first, i+1, out)
	}
	if n.num != nil && IsNumber(w) {
		l.walk(n.num, toks, first, i+1, out)
	}
	if n.any != nil {
		l.walk(n.any, toks, first, i+1, out)
	}
}

// dedupe orders matches by position and drops a match that overlaps an
// earlier kept match of the same class.
func dedupe(ms []Match) []Match {
	if len(ms) < 2 {
		return ms
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	out := ms[:0]
	lastEnd := map[string]int{}
	for _, m := range ms {
		if end, ok := lastEnd[m.Class]; ok && m.Start < end {
			continue
		}
		lastEnd[m.Class] = m.End
		out = append(out, m)
	}
	return out
}
