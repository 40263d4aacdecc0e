package policy

import (
	"reflect"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Value converts facts (any Go value with json tags) to the ast.Value the
// rules receive, without a JSON round trip: struct fields are encoded by
// their json tags (omitempty honoured), maps by their string keys. Small integers and booleans use
// OPA's interned terms, so the many spans and counts cost no allocation.
func Value(v any) ast.Value {
	return term(reflect.ValueOf(v)).Value
}

func term(v reflect.Value) *ast.Term {
	switch v.Kind() {
	case reflect.Invalid:
		return ast.NullTerm()
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.NullTerm()
		}
		return term(v.Elem())
	case reflect.String:
		return ast.InternedTerm(v.String())
	case reflect.Bool:
		return ast.InternedTerm(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ast.InternedTerm(int(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ast.InternedTerm(int(v.Uint()))
	case reflect.Float32, reflect.Float64:
		return ast.FloatNumberTerm(v.Float())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return ast.ArrayTerm()
		}
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			terms[i] = term(v.Index(i))
		}
		return ast.ArrayTerm(terms...)
	case reflect.Map:
		obj := ast.NewObjectWithCapacity(v.Len())
		iter := v.MapRange()
		for iter.Next() {
			obj.Insert(ast.InternedTerm(iter.Key().String()), term(iter.Value()))
		}
		return ast.NewTerm(obj)
	case reflect.Struct:
		plan := planFor(v.Type())
		obj := ast.NewObjectWithCapacity(len(plan))
		for _, f := range plan {
			fv := v.Field(f.index)
			if f.omitEmpty && fv.IsZero() {
				continue
			}
			obj.Insert(f.key, term(fv))
		}
		return ast.NewTerm(obj)
	}
	return ast.NullTerm()
}

type fieldPlan struct {
	index     int
	key       *ast.Term
	omitEmpty bool
}

var plans sync.Map // reflect.Type -> []fieldPlan

func planFor(t reflect.Type) []fieldPlan {
	if p, ok := plans.Load(t); ok {
		return p.([]fieldPlan)
	}
	var plan []fieldPlan
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
		plan = append(plan, fieldPlan{index: i, key: ast.StringTerm(name), omitEmpty: strings.Contains(opts, "omitempty")})
	}
	plans.Store(t, plan)
	return plan
}

// JSON is v as the rules see it, as plain Go values for encoding/json or
// YAML: what newslint facts prints.
func JSON(v any) (any, error) { return ast.JSON(Value(v)) }
