package policy

import (
	"hash/maphash"
	"math"
	"reflect"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Value converts facts (any Go value with json tags) to the ast.Value the
// rules receive, without a JSON round trip: struct fields are encoded by
// their json tags (omitempty honoured), maps by their string keys.
//
// The input of a long page holds millions of terms, and each OPA object
// costs a map, so equal leaves share one term: small integers and booleans
// use OPA's interned terms; every other integer, number and span is made
// once per input (a block's index is also its sentences' block, its
// offsets its first and last sentence's, its span its tags'); short
// strings met again (kinds, classes) come from a small cache, and lists of
// short strings (a sentence's tenses) are shared whole. Terms are never
// changed once made, so sharing them is invisible to the rules.
func Value(v any) ast.Value {
	var c converter
	defer c.release()
	return c.term(reflect.ValueOf(v)).Value
}

// valueConsuming is Value for a pointer to a struct that is not used
// afterwards: each of its fields is set to its zero value once converted,
// so that what the Go form held alone (the blocks' and sentences' structs)
// can be collected while the rest of the input is built, rather than
// after it.
//
// Only the struct's fields named in fields are converted (nil: all of
// them), and below the top level only the fields of the names in n (nil:
// every field): the rules' input holds what the rules read (Engine.Input).
// The top level's plan is whole, so that the fields left out are given up
// too.
func valueConsuming(v any, fields map[string]bool, n *names) ast.Value {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return Value(v)
	}
	c := converter{fields: fields, names: n}
	defer c.release()
	return c.object(rv.Elem(), planFor(rv.Elem().Type()), true).Value
}

// names are the names the rules write (their refs' keys and their
// strings): a fact's field of any other name is one no rule can read,
// since a rule reads a field by its name, and is left out of their input
// (a block's chars and stopword_ratio, a date's end_day). Each struct
// type's plan without those fields is made once.
type names struct {
	written map[string]bool
	plans   sync.Map // reflect.Type -> *plan
}

// planFor is the plan of t with only the fields named in n (nil n: all).
func (n *names) planFor(t reflect.Type) *plan {
	if n == nil {
		return planFor(t)
	}
	if p, ok := n.plans.Load(t); ok {
		return p.(*plan)
	}
	all := planFor(t)
	p := &plan{flat: all.flat}
	for _, f := range all.fields {
		if n.written[f.name] {
			p.fields = append(p.fields, f)
		}
	}
	p.flat = p.flat && len(p.fields) > 0
	n.plans.Store(t, p)
	return p
}

// converter converts one value. Its caches are made once it has made
// enough terms to be worth them: a span alone needs none.
type converter struct {
	made int
	// pairs is a stack of the key-value pairs of the objects being made
	// (an object's values are made before it), so that each object is
	// made at once, its entries in one block rather than one each.
	pairs [][2]*ast.Term
	// fields are the top-level fields converted (nil: all).
	fields map[string]bool
	// names are the only names of the fields converted (nil: all).
	names *names
	*caches
}

// newObject makes the object of the pairs pushed since start and pops them.
func (c *converter) newObject(start int) *ast.Term {
	t := ast.NewTerm(ast.NewObject(c.pairs[start:]...))
	clear(c.pairs[start:])
	c.pairs = c.pairs[:start]
	return t
}

// cachesAfter is the number of terms made before the caches are.
const cachesAfter = 1024

// caches hold the terms made for this input. Integers, numbers and
// spans are kept in maps for the whole input: their repeats are often far
// apart (the blocks are converted before the sentences that repeat their
// indexes and offsets), and an entry, dropped with the converter, costs
// less than the term it saves (about 50 bytes an integer, 500 a span).
// Strings are cached direct-mapped (a slot per hash, the newest value
// wins): the short ones met again are labels, repeated near each other.
type caches struct {
	ints   map[int]*ast.Term
	floats map[uint64]*ast.Term // by bits: -0 is not 0
	flats  map[flatKey]*ast.Term
	lists  map[string]*ast.Term
	strs   [1 << 12]struct {
		s string
		t *ast.Term
	}
	seed maphash.Seed
}

// cachePool keeps the caches between inputs: made anew, their string
// slots alone were about 100 KB of garbage per article.
var cachePool = sync.Pool{New: func() any {
	return &caches{ints: map[int]*ast.Term{}, floats: map[uint64]*ast.Term{},
		flats: map[flatKey]*ast.Term{}, lists: map[string]*ast.Term{}, seed: maphash.MakeSeed()}
}}

// maxPooledEntries bounds the maps a pooled cache keeps: those of a long
// page are left to the collector rather than held for the next article.
const maxPooledEntries = 1 << 14

// release empties the caches, so that they hold no term of this input,
// and returns them to the pool.
func (c *converter) release() {
	k := c.caches
	if k == nil {
		return
	}
	c.caches = nil
	if len(k.ints)+len(k.floats)+len(k.flats)+len(k.lists) > maxPooledEntries {
		return
	}
	clear(k.ints)
	clear(k.floats)
	clear(k.flats)
	clear(k.lists)
	clear(k.strs[:])
	cachePool.Put(k)
}

// Strings longer than this are seldom repeated: texts, not labels.
const maxCachedString = 32

// flatKey is a struct of integer fields (a span), field by field.
type flatKey struct {
	typ reflect.Type
	n   [maxFlatFields]int64
}

const maxFlatFields = 8

func (c *converter) intTerm(i int) *ast.Term {
	if i >= -1 && i < 512 || c.caches == nil {
		return ast.InternedTerm(i)
	}
	t, ok := c.ints[i]
	if !ok {
		t = ast.InternedTerm(i)
		c.ints[i] = t
	}
	return t
}

func (c *converter) floatTerm(f float64) *ast.Term {
	if c.caches == nil {
		return ast.FloatNumberTerm(f)
	}
	t, ok := c.floats[math.Float64bits(f)]
	if !ok {
		t = ast.FloatNumberTerm(f)
		c.floats[math.Float64bits(f)] = t
	}
	return t
}

// Lists of at most this many short strings are shared whole.
const maxSharedList = 4

// stringList converts a slice of strings, sharing the term of an equal
// short list of short strings.
func (c *converter) stringList(v reflect.Value) *ast.Term {
	n := v.Len()
	if c.caches == nil || n == 0 || n > maxSharedList {
		return nil
	}
	var k strings.Builder
	for i := range n {
		s := v.Index(i).String()
		if len(s) > maxCachedString {
			return nil
		}
		k.WriteString(s)
		k.WriteByte(0)
	}
	key := v.Type().String() + "\x00" + k.String()
	t, ok := c.lists[key]
	if !ok {
		terms := make([]*ast.Term, n)
		for i := range terms {
			terms[i] = c.term(v.Index(i))
		}
		t = ast.ArrayTerm(terms...)
		c.lists[key] = t
	}
	return t
}

func (c *converter) stringTerm(s string) *ast.Term {
	if len(s) > maxCachedString || c.caches == nil {
		return ast.InternedTerm(s)
	}
	e := &c.strs[maphash.String(c.seed, s)%uint64(len(c.strs))]
	if e.t == nil || e.s != s {
		e.s, e.t = s, ast.InternedTerm(s)
	}
	return e.t
}

func (c *converter) term(v reflect.Value) *ast.Term {
	if c.made++; c.made == cachesAfter {
		c.caches = cachePool.Get().(*caches)
	}
	switch v.Kind() {
	case reflect.Invalid:
		return ast.NullTerm()
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.NullTerm()
		}
		return c.term(v.Elem())
	case reflect.String:
		return c.stringTerm(v.String())
	case reflect.Bool:
		return ast.InternedTerm(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return c.intTerm(int(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return c.intTerm(int(v.Uint()))
	case reflect.Float32, reflect.Float64:
		return c.floatTerm(v.Float())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return ast.ArrayTerm()
		}
		if v.Type().Elem().Kind() == reflect.String {
			if t := c.stringList(v); t != nil {
				return t
			}
		}
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			terms[i] = c.term(v.Index(i))
		}
		return ast.ArrayTerm(terms...)
	case reflect.Map:
		start := len(c.pairs)
		iter := v.MapRange()
		for iter.Next() {
			val := c.term(iter.Value())
			c.pairs = append(c.pairs, [2]*ast.Term{ast.InternedTerm(iter.Key().String()), val})
		}
		return c.newObject(start)
	case reflect.Struct:
		p := c.names.planFor(v.Type())
		if p.flat && c.caches != nil {
			return c.flatTerm(v, p)
		}
		return c.object(v, p, false)
	}
	return ast.NullTerm()
}

// object converts a struct, with the fields it holds: most facts leave
// most of their optional fields out.
func (c *converter) object(v reflect.Value, p *plan, consume bool) *ast.Term {
	start := len(c.pairs)
	for _, f := range p.fields {
		fv := v.Field(f.index)
		if consume && c.fields != nil && !c.fields[f.name] {
			fv.SetZero()
			continue
		}
		if f.omitEmpty && fv.IsZero() {
			continue
		}
		val := c.term(fv)
		c.pairs = append(c.pairs, [2]*ast.Term{f.key, val})
		if consume {
			fv.SetZero()
		}
	}
	return c.newObject(start)
}

// flatTerm converts a struct of integer fields, sharing the term of an
// equal struct converted before.
func (c *converter) flatTerm(v reflect.Value, p *plan) *ast.Term {
	k := flatKey{typ: v.Type()}
	for i, f := range p.fields {
		k.n[i] = v.Field(f.index).Int()
	}
	t, ok := c.flats[k]
	if !ok {
		t = c.object(v, p, false)
		c.flats[k] = t
	}
	return t
}

type fieldPlan struct {
	index     int
	name      string
	key       *ast.Term
	omitEmpty bool
}

// plan is how a struct type is converted: its fields, and whether they
// are all integers (flat), so that equal values can share a term.
type plan struct {
	fields []fieldPlan
	flat   bool
}

var plans sync.Map // reflect.Type -> *plan

func planFor(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	p := &plan{flat: true}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		switch f.Type.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		default:
			p.flat = false
		}
		p.fields = append(p.fields, fieldPlan{index: i, name: name, key: ast.StringTerm(name), omitEmpty: strings.Contains(opts, "omitempty")})
	}
	if len(p.fields) == 0 || len(p.fields) > maxFlatFields {
		p.flat = false
	}
	plans.Store(t, p)
	return p
}

// JSON is v as the rules see it, as plain Go values for encoding/json or
// YAML: what newslint facts prints.
func JSON(v any) (any, error) { return ast.JSON(Value(v)) }
