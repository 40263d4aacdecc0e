// Package builtins holds the Rego functions newslint adds to OPA's: the
// find functions that return matches with exact source spans, and
// newslint.facts for rule tests.
package builtins

import (
	"context"
	"fmt"
	"hash/fnv"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/policy"
)

// Rego built-in functions newslint adds. Rules call them through
// data.newslint.lib.text, which passes input.path:
//
//	newslint.find(path, fact, regex)          matches of an RE2 expression
//	newslint.find_phrases(path, fact, list)   matches of literal phrases
//	newslint.facts(content, format)           the facts of an article (tests only)
//
// A fact's text (a block's, a sentence's) is prose with markup removed and
// spaces collapsed, so an index into it is not an offset into the file. The
// find functions run on the document itself and return each match with its
// exact source span.

// docLookup finds the document a path names; it rides on the evaluation's
// context.
type docLookup interface {
	doc(path string) *document.Document
}

type docKey struct{}

// singleDoc is the document being linted.
type singleDoc struct{ d *document.Document }

func (s singleDoc) doc(path string) *document.Document {
	if s.d.Path == path {
		return s.d
	}
	return nil
}

// docSet holds the articles newslint.facts has read in a test run.
type docSet struct {
	mu   sync.Mutex
	docs map[string]*document.Document
}

func (s *docSet) doc(path string) *document.Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs[path]
}

func (s *docSet) add(d *document.Document) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs[d.Path] = d
}

// WithDocument makes d the document the find functions search during an
// evaluation with ctx.
func WithDocument(ctx context.Context, d *document.Document) context.Context {
	return context.WithValue(ctx, docKey{}, singleDoc{d})
}

// WithDocSet lets the find functions search the articles newslint.facts
// reads during a test run with ctx.
func WithDocSet(ctx context.Context) context.Context {
	return context.WithValue(ctx, docKey{}, &docSet{docs: map[string]*document.Document{}})
}

func lookupDoc(ctx context.Context, path string) *document.Document {
	if l, ok := ctx.Value(docKey{}).(docLookup); ok {
		return l.doc(path)
	}
	return nil
}

var (
	matchType = types.NewArray(nil, types.NewObject(nil, types.NewDynamicProperty(types.S, types.A)))
	findDecl  = &ast.Builtin{
		Name: "newslint.find",
		Decl: types.NewFunction(types.Args(
			types.Named("path", types.S).Description("input.path"),
			types.Named("fact", types.A).Description("a block, sentence or other fact with text and span"),
			types.Named("pattern", types.S).Description("RE2 regular expression"),
		), types.Named("matches", matchType)),
	}
	findPhrasesDecl = &ast.Builtin{
		Name: "newslint.find_phrases",
		Decl: types.NewFunction(types.Args(
			types.Named("path", types.S).Description("input.path"),
			types.Named("fact", types.A).Description("a block, sentence or other fact with text and span"),
			types.Named("phrases", types.NewAny(types.NewArray(nil, types.S), types.NewSet(types.S))).Description("literal phrases"),
		), types.Named("matches", matchType)),
	}
	factsDecl = &ast.Builtin{
		Name: "newslint.facts",
		Decl: types.NewFunction(types.Args(
			types.Named("content", types.S).Description("an article"),
			types.Named("format", types.S).Description("markdown, html or text"),
		), types.Named("facts", types.A)),
	}
)

// Lint lists the functions available to rules (and so to tests).
func Lint() []policy.Builtin {
	return []policy.Builtin{
		{Decl: findDecl, Func: rego.Function3(&rego.Function{Name: findDecl.Name, Decl: findDecl.Decl}, builtinFind)},
		{Decl: findPhrasesDecl, Func: rego.Function3(&rego.Function{Name: findPhrasesDecl.Name, Decl: findPhrasesDecl.Decl}, builtinFindPhrases)},
	}
}

// Test adds newslint.facts, which reads an article with the real readers
// and extracts its facts with factsOf, so that a test can start from prose.
func Test(factsOf func(*document.Document) any) []policy.Builtin {
	factsFn := func(bctx rego.BuiltinContext, content, format *ast.Term) (*ast.Term, error) {
		text, ok1 := content.Value.(ast.String)
		name, ok2 := format.Value.(ast.String)
		if !ok1 || !ok2 {
			return nil, halt("both arguments are strings")
		}
		f, err := document.ParseFormat(string(name))
		if err != nil {
			return nil, halt("%v", err)
		}
		ext := map[document.Format]string{document.Markdown: "md", document.HTML: "html", document.Plain: "txt"}[f]
		h := fnv.New64a()
		h.Write([]byte(text))
		path := fmt.Sprintf("article-%x.%s", h.Sum64(), ext)
		doc, err := document.Read(path, []byte(text), f)
		if err != nil {
			return nil, halt("%v", err)
		}
		if set, ok := bctx.Context.Value(docKey{}).(*docSet); ok {
			set.add(doc)
		}
		return ast.NewTerm(policy.Value(factsOf(doc))), nil
	}
	return append(Lint(), policy.Builtin{Decl: factsDecl,
		Func: rego.Function2(&rego.Function{Name: factsDecl.Name, Decl: factsDecl.Decl, Memoize: true}, factsFn)})
}

// halt stops the evaluation with an error, whatever the strictness: a wrong
// call is a bug in the rule or test, not a reason to report nothing.
func halt(format string, args ...any) error {
	return rego.NewHaltError(fmt.Errorf(format, args...))
}

func builtinFind(bctx rego.BuiltinContext, path, fact, pattern *ast.Term) (*ast.Term, error) {
	pat, ok := pattern.Value.(ast.String)
	if !ok {
		return nil, halt("the pattern must be a string")
	}
	re, err := cached("re\x00"+string(pat), func() (*regexp.Regexp, error) { return regexp.Compile(string(pat)) })
	if err != nil {
		return nil, halt("invalid pattern %q: %v", string(pat), err)
	}
	s, err := searchOf(bctx.Context, path, fact)
	if err != nil {
		return nil, err
	}
	out := []*ast.Term{}
	for _, region := range s.regions {
		for _, m := range re.FindAllStringSubmatchIndex(region.text, -1) {
			if m[0] == m[1] {
				continue // an empty match points at nothing
			}
			groups := make([]*ast.Term, 0, len(m)/2-1)
			for g := 2; g < len(m); g += 2 {
				t := ""
				if m[g] >= 0 {
					t = region.text[m[g]:m[g+1]]
				}
				groups = append(groups, ast.StringTerm(t))
			}
			obj := s.match(region, m[0], m[1])
			obj.Insert(ast.StringTerm("groups"), ast.ArrayTerm(groups...))
			out = append(out, ast.NewTerm(obj))
		}
	}
	return ast.ArrayTerm(out...), nil
}

func builtinFindPhrases(bctx rego.BuiltinContext, path, fact, phrases *ast.Term) (*ast.Term, error) {
	ps, err := phraseSetOf(phrases.Value)
	if err != nil {
		return nil, err
	}
	s, err := searchOf(bctx.Context, path, fact)
	if err != nil {
		return nil, err
	}
	out := []*ast.Term{}
	for _, region := range s.regions {
		for _, m := range ps.find(region.text) {
			obj := s.match(region, m[0], m[1])
			obj.Insert(ast.StringTerm("phrase"), ast.StringTerm(ps.phrases[m[2]]))
			out = append(out, ast.NewTerm(obj))
		}
	}
	return ast.ArrayTerm(out...), nil
}

// phraseSetOf returns the matcher for a Rego array or set of strings,
// built once per distinct list.
func phraseSetOf(v ast.Value) (*phraseSet, error) {
	type entry struct {
		list ast.Value
		set  *phraseSet
	}
	e, err := cached(fmt.Sprintf("ph\x00%d", v.Hash()), func() (entry, error) {
		set, err := buildPhraseSet(v)
		return entry{v, set}, err
	})
	if err != nil {
		return nil, err
	}
	// The same rule value comes back call after call: compare pointers
	// first, then contents (two lists may share a hash).
	if !samePointer(e.list, v) && e.list.Compare(v) != 0 {
		return buildPhraseSet(v)
	}
	return e.set, nil
}

func samePointer(a, b ast.Value) bool {
	switch x := a.(type) {
	case *ast.Array:
		y, ok := b.(*ast.Array)
		return ok && x == y
	case ast.Set:
		y, ok := b.(ast.Set)
		return ok && x == y
	}
	return false
}

func buildPhraseSet(v ast.Value) (*phraseSet, error) {
	var list []string
	var bad *ast.Term
	collect := func(t *ast.Term) {
		if s, ok := t.Value.(ast.String); ok {
			list = append(list, string(s))
		} else if bad == nil {
			bad = t
		}
	}
	switch x := v.(type) {
	case *ast.Array:
		x.Foreach(collect)
	case ast.Set:
		x.Foreach(collect)
	default:
		return nil, halt("phrases must be an array or set of strings")
	}
	if bad != nil {
		return nil, halt("phrases must be strings, got %s", describe(bad.Value))
	}
	return newPhraseSet(list), nil
}

// region is a text a find function searches and the way back from an
// index into it to a file span.
type region struct {
	text  string
	block int
	span  func(a, b int) document.Span
}

// search is what a find function searches: one region for a block or a
// sentence, every block for the whole article.
type search struct {
	regions []region
	// sentenceStarts holds the file offset of each sentence when the whole
	// article is searched, so that matches can name their sentence.
	sentenceStarts []int
}

// match describes text[a:b] of a region; index counts code points from the
// start of the region's text, as substring does.
func (s *search) match(r region, a, b int) ast.Object {
	span := r.span(a, b)
	obj := ast.NewObject(
		[2]*ast.Term{ast.StringTerm("text"), ast.StringTerm(r.text[a:b])},
		[2]*ast.Term{ast.StringTerm("span"), ast.NewTerm(policy.Value(span))},
		[2]*ast.Term{ast.StringTerm("index"), ast.IntNumberTerm(utf8.RuneCountInString(r.text[:a]))},
	)
	if r.block >= 0 {
		obj.Insert(ast.StringTerm("block"), ast.IntNumberTerm(r.block))
	}
	if len(s.sentenceStarts) > 0 {
		i := sort.SearchInts(s.sentenceStarts, span.Offset+1) - 1
		obj.Insert(ast.StringTerm("sentence"), ast.IntNumberTerm(max(i, 0)))
	}
	return obj
}

// searchOf resolves the fact a find function was given. The whole input
// (a fact with blocks) is searched block by block. A block (a fact with
// kind and index) or a fact inside a block (with a block index: a
// sentence, a date, a link) is searched in the document, whose text map
// gives exact spans. Without the document (a hand-written test input) or
// for text outside the blocks (a front-matter title), the text is taken to
// stand verbatim on one line at the fact's span.
func searchOf(ctx context.Context, pathTerm, fact *ast.Term) (*search, error) {
	obj, ok := fact.Value.(ast.Object)
	if !ok {
		return nil, halt("search input, a block, a sentence or another fact with text and span, not %s", describe(fact.Value))
	}
	path, _ := pathTerm.Value.(ast.String)
	doc := lookupDoc(ctx, string(path))
	blocks, isInput := field(obj, "blocks").(*ast.Array)
	if !isInput {
		r, err := regionOf(doc, obj)
		if err != nil {
			return nil, err
		}
		return &search{regions: []region{r}}, nil
	}
	s := &search{}
	var err error
	blocks.Foreach(func(t *ast.Term) {
		b, ok := t.Value.(ast.Object)
		if !ok || err != nil {
			return
		}
		var r region
		if r, err = regionOf(doc, b); err == nil {
			s.regions = append(s.regions, r)
		}
	})
	if sentences, ok := field(obj, "sentences").(*ast.Array); ok {
		sentences.Foreach(func(t *ast.Term) {
			if so, ok := t.Value.(ast.Object); ok {
				if sp, ok := field(so, "span").(ast.Object); ok {
					off, _ := intField(sp, "offset")
					s.sentenceStarts = append(s.sentenceStarts, off)
				}
			}
		})
	}
	return s, err
}

func regionOf(doc *document.Document, obj ast.Object) (region, error) {
	text, ok := stringField(obj, "text")
	if !ok {
		return region{}, halt("the fact has no text field (pass a block, a sentence, a link, ..., or input)")
	}
	var span document.Span
	if sv := field(obj, "span"); sv != nil {
		sv, ok := sv.(ast.Object)
		if !ok {
			return region{}, halt("the fact's span is not a span object")
		}
		span.Offset, _ = intField(sv, "offset")
		span.Line, _ = intField(sv, "line")
		span.Column, _ = intField(sv, "column")
	}
	_, isBlock := stringField(obj, "kind")
	key := "block"
	if isBlock {
		key = "index"
	}
	bi, hasBlock := intField(obj, key)
	if doc != nil && hasBlock && bi >= 0 && bi < len(doc.Blocks) {
		b := &doc.Blocks[bi]
		if isBlock && b.Text.S == text {
			return region{text: text, block: bi, span: func(x, y int) document.Span { return doc.TextSpan(&b.Text, x, y) }}, nil
		}
		if base, ok := within(doc, b, text, span.Offset); ok {
			return region{text: text, block: bi, span: func(x, y int) document.Span { return doc.TextSpan(&b.Text, base+x, base+y) }}, nil
		}
	}
	if !hasBlock {
		bi = -1
	}
	return region{text: text, block: bi, span: func(x, y int) document.Span {
		return document.Span{Offset: span.Offset + x, EndOffset: span.Offset + y, Line: span.Line, EndLine: span.Line,
			Column: span.Column + utf8.RuneCountInString(text[:x]), EndColumn: span.Column + utf8.RuneCountInString(text[:y])}
	}}, nil
}

// within finds text inside a block's text, at the occurrence that starts at
// file offset at (a sentence may occur twice in a paragraph).
func within(doc *document.Document, b *document.Block, text string, at int) (int, bool) {
	first := -1
	for from := 0; from <= len(b.Text.S); {
		i := strings.Index(b.Text.S[from:], text)
		if i < 0 {
			break
		}
		i += from
		if first < 0 {
			first = i
		}
		if doc.TextSpan(&b.Text, i, i+len(text)).Offset == at {
			return i, true
		}
		from = i + 1
	}
	return first, first >= 0
}

// describe names a value's type, with the value when it is short, for
// error messages.
func describe(v ast.Value) string {
	kind := ast.ValueName(v)
	if s := v.String(); len(s) <= 40 {
		return "the " + kind + " " + s
	}
	return "an " + kind + " (of " + strconv.Itoa(len(v.String())) + " characters)"
}

// FactFields are the names of the facts' fields the functions read from
// their arguments (field, stringField, intField): the rules' input keeps
// them (policy.Setup.Keep).
var FactFields = []string{"blocks", "sentences", "span", "text", "kind", "offset", "line", "column"}

// field returns obj[k], or nil.
func field(obj ast.Object, k string) ast.Value {
	if t := obj.Get(ast.StringTerm(k)); t != nil {
		return t.Value
	}
	return nil
}

func stringField(obj ast.Object, k string) (string, bool) {
	t := obj.Get(ast.StringTerm(k))
	if t == nil {
		return "", false
	}
	s, ok := t.Value.(ast.String)
	return string(s), ok
}

func intField(obj ast.Object, k string) (int, bool) {
	t := obj.Get(ast.StringTerm(k))
	if t == nil {
		return 0, false
	}
	n, ok := t.Value.(ast.Number)
	if !ok {
		return 0, false
	}
	i, ok := n.Int()
	return i, ok
}

// compiled caches regular expressions and phrase matchers by their source.
// Patterns come from rules and their data, so the cache stays small; it is
// emptied should a rule build patterns from article text.
var compiled struct {
	sync.Mutex
	m map[string]any
}

func cached[T any](key string, build func() (T, error)) (T, error) {
	compiled.Lock()
	v, ok := compiled.m[key]
	compiled.Unlock()
	if ok {
		return v.(T), nil
	}
	t, err := build()
	if err != nil {
		return t, err
	}
	compiled.Lock()
	if compiled.m == nil || len(compiled.m) >= 10000 {
		compiled.m = map[string]any{}
	}
	compiled.m[key] = t
	compiled.Unlock()
	return t, nil
}
