package policy

import (
	"hash/maphash"
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
// use OPA's interned terms, and the integers, short strings and spans met
// again (line numbers, kinds, a block's span that is its only sentence's)
// come from small caches. Terms are never changed once made, so sharing
// them is invisible to the rules.
func Value(v any) ast.Value {
	var c converter
	t := c.term(reflect.ValueOf(v)).Value
	if c.caches != nil {
		cachePool.Put(c.caches)
	}
	return t
}

// cachePool keeps caches between conversions: at half a megabyte they
// cost more to make and clear than a short article's whole input, and
// what they hold stays right for any document, since a term is never
// changed once made.
var cachePool = sync.Pool{New: func() any { return &caches{seed: maphash.MakeSeed()} }}

// converter converts one value. Its caches are made once it has made
// enough terms to be worth them: a span alone needs none.
type converter struct {
	made int
	*caches
}

// cachesAfter is the number of terms made before the caches are.
const cachesAfter = 1024

// caches are direct-mapped (a slot per hash, the newest value wins):
// facts come in reading order, so repeats are near each other, and the
// caches stay a fixed size.
type caches struct {
	ints [1 << 12]struct {
		i int
		t *ast.Term
	}
	strs [1 << 12]struct {
		s string
		t *ast.Term
	}
	flats [1 << 12]struct {
		key flatKey
		t   *ast.Term
	}
	seed maphash.Seed
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
	e := &c.ints[uint(i)%uint(len(c.ints))]
	if e.t == nil || e.i != i {
		e.i, e.t = i, ast.InternedTerm(i)
	}
	return e.t
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
		return ast.FloatNumberTerm(v.Float())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return ast.ArrayTerm()
		}
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			terms[i] = c.term(v.Index(i))
		}
		return ast.ArrayTerm(terms...)
	case reflect.Map:
		obj := ast.NewObjectWithCapacity(v.Len())
		iter := v.MapRange()
		for iter.Next() {
			obj.Insert(ast.InternedTerm(iter.Key().String()), c.term(iter.Value()))
		}
		return ast.NewTerm(obj)
	case reflect.Struct:
		p := planFor(v.Type())
		if p.flat && c.caches != nil {
			return c.flatTerm(v, p)
		}
		return c.object(v, p)
	}
	return ast.NullTerm()
}

// object converts a struct. The object is made with room for the fields
// it will hold, not for every field of its type: most facts leave most of
// their optional fields out, and OPA sizes the object's map by the hint.
func (c *converter) object(v reflect.Value, p *plan) *ast.Term {
	n := 0
	for _, f := range p.fields {
		if !f.omitEmpty || !v.Field(f.index).IsZero() {
			n++
		}
	}
	obj := ast.NewObjectWithCapacity(n)
	for _, f := range p.fields {
		fv := v.Field(f.index)
		if f.omitEmpty && fv.IsZero() {
			continue
		}
		obj.Insert(f.key, c.term(fv))
	}
	return ast.NewTerm(obj)
}

// flatTerm converts a struct of integer fields, sharing the term of an
// equal struct converted just before.
func (c *converter) flatTerm(v reflect.Value, p *plan) *ast.Term {
	k := flatKey{typ: v.Type()}
	h := uint64(14695981039346656037)
	for i, f := range p.fields {
		k.n[i] = v.Field(f.index).Int()
		h = (h ^ uint64(k.n[i])) * 1099511628211
	}
	e := &c.flats[h%uint64(len(c.flats))]
	if e.t == nil || e.key != k {
		e.key, e.t = k, c.object(v, p)
	}
	return e.t
}

type fieldPlan struct {
	index     int
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
		p.fields = append(p.fields, fieldPlan{index: i, key: ast.StringTerm(name), omitEmpty: strings.Contains(opts, "omitempty")})
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
