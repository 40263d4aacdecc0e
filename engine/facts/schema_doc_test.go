package facts

import (
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// Every field the rules can see is documented in docs/facts.md: the facts
// are the rules' contract, and a field nobody can find is one nobody uses
// right.
func TestEveryFactIsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/facts.md")
	if err != nil {
		t.Fatal(err)
	}
	missing := map[string][]string{}
	seen := map[reflect.Type]bool{}
	var walk func(path string, ty reflect.Type)
	walk = func(path string, ty reflect.Type) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Array || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		for i := 0; i < ty.NumField(); i++ {
			f := ty.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if f.Anonymous && name == "" {
				walk(path, f.Type)
				continue
			}
			if name == "" {
				name = f.Name
			}
			if !strings.Contains(string(doc), "`"+name+"`") {
				missing[name] = append(missing[name], path+"."+name)
			}
			walk(path+"."+name, f.Type)
		}
	}
	walk("input", reflect.TypeOf(Facts{}))
	var names []string
	for n := range missing {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Errorf("docs/facts.md does not document `%s` (%s)", n, strings.Join(missing[n], ", "))
	}
}
