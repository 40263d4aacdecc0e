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
)

// Lexicon is a compiled lexicon, safe for concurrent use.
type Lexicon struct {
	root     *node
	patterns []pattern
	classes  []string
	size     int
}

type node struct {
	next    map[string]*node
	num     *node // "#": any number
	any     *node // "*": any word
	entries []*entry
}

type entry struct {
	class, lang, phrase string
	atStart, atEnd      bool
}

type pattern struct {
	class, source string
	re            *regexp.Regexp
	// literal is a string every match contains, checked before the
	// expression runs (most blocks hold no "{{" or "&amp;").
	literal string
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
				n = n.child(w)
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

func (n *node) child(w string) *node {
	switch w {
	case "#":
		if n.num == nil {
			n.num = &node{}
		}
		return n.num
	case "*":
		if n.any == nil {
			n.any = &node{}
		}
		return n.any
	}
	if n.next == nil {
		n.next = map[string]*node{}
	}
	c := n.next[w]
	if c == nil {
		c = &node{}
		n.next[w] = c
	}
	return c
}

func (l *Lexicon) addPattern(class, src string) error {
	re, err := regexp.Compile(src)
	if err != nil {
		return fmt.Errorf("lexicon: %s.patterns: %q: %v", class, src, err)
	}
	l.patterns = append(l.patterns, pattern{class: class, source: src, re: re, literal: requiredLiteral(src), group: max(re.SubexpIndex("m"), 0)})
	l.size++
	return nil
}

// requiredLiteral returns the longest case-sensitive literal that every
// match of the expression contains, or "" when it cannot tell.
func requiredLiteral(src string) string {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return ""
	}
	return literalIn(re.Simplify())
}

func literalIn(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return string(re.Rune)
		}
	case syntax.OpCapture, syntax.OpPlus:
		return literalIn(re.Sub[0])
	case syntax.OpConcat:
		best := ""
		for _, sub := range re.Sub {
			if l := literalIn(sub); len(l) > len(best) {
				best = l
			}
		}
		return best
	}
	return ""
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
	if l.root != nil && (l.root.next != nil || l.root.num != nil || l.root.any != nil) {
		for i := range toks {
			l.walk(l.root, toks, i, i, &out)
		}
	}
	for _, p := range l.patterns {
		if p.literal != "" && !strings.Contains(text, p.literal) {
			continue
		}
		for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
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
	if c := n.next[w]; c != nil {
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
