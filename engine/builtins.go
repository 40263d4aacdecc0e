package engine

import (
	"context"
	"fmt"
	"hash/fnv"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/facts"
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

func withDocument(ctx context.Context, d *document.Document) context.Context {
	return context.WithValue(ctx, docKey{}, singleDoc{d})
}

func withDocSet(ctx context.Context) (context.Context, *docSet) {
	s := &docSet{docs: map[string]*document.Document{}}
	return context.WithValue(ctx, docKey{}, s), s
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

// lintBuiltins are available to rules (and so to tests).
func lintBuiltins() []policy.Builtin {
	return []policy.Builtin{
		{Decl: findDecl, Func: rego.Function3(&rego.Function{Name: findDecl.Name, Decl: findDecl.Decl, Memoize: true}, builtinFind)},
		{Decl: findPhrasesDecl, Func: rego.Function3(&rego.Function{Name: findPhrasesDecl.Name, Decl: findPhrasesDecl.Decl, Memoize: true}, builtinFindPhrases)},
	}
}

// testBuiltins adds newslint.facts, which reads an article with the real
// readers and extractors, so that a test can start from prose.
func (p *Prepared) testBuiltins() []policy.Builtin {
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
		return ast.NewTerm(facts.Value(p.Facts(doc))), nil
	}
	return append(lintBuiltins(), policy.Builtin{Decl: factsDecl,
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
	region, err := regionOf(bctx.Context, path, fact)
	if err != nil {
		return nil, err
	}
	out := []*ast.Term{}
	for _, m := range re.FindAllStringSubmatchIndex(region.text, -1) {
		if m[0] == m[1] {
			continue // an empty match points at nothing
		}
		groups := make([]*ast.Term, 0, len(m)/2-1)
		for g := 2; g < len(m); g += 2 {
			s := ""
			if m[g] >= 0 {
				s = region.text[m[g]:m[g+1]]
			}
			groups = append(groups, ast.StringTerm(s))
		}
		obj := region.match(m[0], m[1])
		obj.Insert(ast.StringTerm("groups"), ast.ArrayTerm(groups...))
		out = append(out, ast.NewTerm(obj))
	}
	return ast.ArrayTerm(out...), nil
}

func builtinFindPhrases(bctx rego.BuiltinContext, path, fact, phrases *ast.Term) (*ast.Term, error) {
	var list []string
	add := func(t *ast.Term) error {
		s, ok := t.Value.(ast.String)
		if !ok {
			return halt("phrases must be strings, got %v", t)
		}
		if strings.TrimSpace(string(s)) != "" {
			list = append(list, string(s))
		}
		return nil
	}
	var err error
	switch v := phrases.Value.(type) {
	case *ast.Array:
		v.Foreach(func(t *ast.Term) {
			if err == nil {
				err = add(t)
			}
		})
	case ast.Set:
		v.Foreach(func(t *ast.Term) {
			if err == nil {
				err = add(t)
			}
		})
	default:
		return nil, halt("phrases must be an array or set of strings")
	}
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return ast.ArrayTerm(), nil
	}
	pm, err := phraseMatcher(list)
	if err != nil {
		return nil, halt("%v", err)
	}
	region, err := regionOf(bctx.Context, path, fact)
	if err != nil {
		return nil, err
	}
	out := []*ast.Term{}
	text := region.text
	for pos := 0; pos < len(text); {
		m := pm.re.FindStringSubmatchIndex(text[pos:])
		if m == nil {
			break
		}
		start, end := pos+m[0], pos+m[1]
		if !wordEdge(text, start, end) {
			_, size := utf8.DecodeRuneInString(text[start:])
			pos = start + max(size, 1)
			continue
		}
		which := 0
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				which = g/2 - 1
				break
			}
		}
		obj := region.match(start, end)
		obj.Insert(ast.StringTerm("phrase"), ast.StringTerm(pm.phrases[which]))
		out = append(out, ast.NewTerm(obj))
		pos = end
	}
	return ast.ArrayTerm(out...), nil
}

// region is the text a find function searches and the way back from an
// index into it to a file span.
type region struct {
	text  string
	block int
	span  func(a, b int) document.Span
}

// match describes text[a:b]; index counts code points from the start of
// the fact's text, as substring does.
func (r region) match(a, b int) ast.Object {
	obj := ast.NewObject(
		[2]*ast.Term{ast.StringTerm("text"), ast.StringTerm(r.text[a:b])},
		[2]*ast.Term{ast.StringTerm("span"), ast.NewTerm(facts.Value(r.span(a, b)))},
		[2]*ast.Term{ast.StringTerm("index"), ast.IntNumberTerm(utf8.RuneCountInString(r.text[:a]))},
	)
	if r.block >= 0 {
		obj.Insert(ast.StringTerm("block"), ast.IntNumberTerm(r.block))
	}
	return obj
}

// regionOf resolves a fact to searchable text. A block (a fact with kind and
// index) or a fact inside a block (with a block index: a sentence, a date, a
// link) is searched in the document, whose text map gives exact spans.
// Without the document (a hand-written test input) or for text outside the
// blocks (a front-matter title), the text is taken to stand verbatim on one
// line at the fact's span.
func regionOf(ctx context.Context, pathTerm, fact *ast.Term) (region, error) {
	obj, ok := fact.Value.(ast.Object)
	if !ok {
		return region{}, halt("the fact must be an object with text and span (a block, a sentence, ...), got %v", fact)
	}
	text, ok := stringField(obj, "text")
	if !ok {
		return region{}, halt("the fact has no text field (pass a block, a sentence, a link, ...)")
	}
	var span document.Span
	if sv := obj.Get(ast.StringTerm("span")); sv != nil {
		if err := ast.As(sv.Value, &span); err != nil {
			return region{}, halt("the fact's span is not a span: %v", err)
		}
	}
	path, _ := pathTerm.Value.(ast.String)
	doc := lookupDoc(ctx, string(path))
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

// wordEdge reports whether text[start:end] does not cut a word at either
// end: "amid" must not match inside "pyramids".
func wordEdge(text string, start, end int) bool {
	if start > 0 {
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		first, _ := utf8.DecodeRuneInString(text[start:])
		if isWordRune(before) && isWordRune(first) {
			return false
		}
	}
	if end < len(text) {
		last, _ := utf8.DecodeLastRuneInString(text[:end])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if isWordRune(last) && isWordRune(after) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

type phrases struct {
	re      *regexp.Regexp
	phrases []string // by capture group
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

// phraseMatcher builds one case-insensitive expression for a phrase list:
// spaces match any run of white space, hyphens and apostrophes match their
// typographic forms, and longer phrases win over their prefixes.
func phraseMatcher(list []string) (*phrases, error) {
	sorted := append([]string(nil), list...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
	return cached("ph\x00"+strings.Join(sorted, "\x00"), func() (*phrases, error) { return buildPhrases(sorted) })
}

func buildPhrases(sorted []string) (*phrases, error) {
	var b strings.Builder
	b.WriteString("(?i)")
	for i, p := range sorted {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteByte('(')
		for j, w := range strings.Fields(p) {
			if j > 0 {
				b.WriteString(`\s+`)
			}
			for _, r := range w {
				switch r {
				case '-', '‐', '‑', '–':
					b.WriteString(`[-‐‑–]`)
				case '\'', '’':
					b.WriteString(`['’]`)
				default:
					b.WriteString(regexp.QuoteMeta(string(r)))
				}
			}
		}
		b.WriteByte(')')
	}
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, err
	}
	return &phrases{re: re, phrases: sorted}, nil
}
