package facts

import (
	"reflect"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Value converts facts to the ast.Value the rules receive, without a JSON
// round trip: struct fields are encoded by their json tags (omitempty
// honoured), maps by their string keys.
func Value(v any) ast.Value {
	return encode(reflect.ValueOf(v))
}

// ValueOf is Value for callers that already hold a reflect.Value.
func encode(v reflect.Value) ast.Value {
	switch v.Kind() {
	case reflect.Invalid:
		return ast.Null{}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.Null{}
		}
		return encode(v.Elem())
	case reflect.String:
		return ast.String(v.String())
	case reflect.Bool:
		return ast.Boolean(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ast.Number(itoa(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ast.Number(itoa(int64(v.Uint())))
	case reflect.Float32, reflect.Float64:
		return ast.FloatNumberTerm(v.Float()).Value
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return ast.NewArray()
		}
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			terms[i] = ast.NewTerm(encode(v.Index(i)))
		}
		return ast.NewArray(terms...)
	case reflect.Map:
		obj := ast.NewObject()
		iter := v.MapRange()
		for iter.Next() {
			obj.Insert(ast.StringTerm(iter.Key().String()), ast.NewTerm(encode(iter.Value())))
		}
		return obj
	case reflect.Struct:
		plan := planFor(v.Type())
		obj := ast.NewObjectWithCapacity(len(plan))
		for _, f := range plan {
			fv := v.Field(f.index)
			if f.omitEmpty && fv.IsZero() {
				continue
			}
			obj.Insert(f.key, ast.NewTerm(encode(fv)))
		}
		return obj
	}
	return ast.Null{}
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

func itoa(n int64) string {
	if n >= 0 && n < 10 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
