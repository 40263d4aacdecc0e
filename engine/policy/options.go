package policy

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Options are typed by their METADATA defaults: a setting in
// .newslint.toml must have the default's type, or a rule reading it would
// compare a string with a number and quietly report nothing.

// optionKind names the type of an option value as users write it.
func optionKind(v any) string {
	switch x := v.(type) {
	case bool:
		return "boolean"
	case string:
		return "string"
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return "integer"
	case float32, float64:
		if f := toFloat(x); f == math.Trunc(f) && !strings.Contains(fmt.Sprint(x), ".") {
			return "integer"
		}
		return "number"
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return "integer"
		}
		return "number"
	case []any, []string:
		return "list"
	case map[string]any:
		return "table"
	}
	return fmt.Sprintf("%T", v)
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int8:
		return float64(x)
	case int16:
		return float64(x)
	case int32:
		return float64(x)
	case int64:
		return float64(x)
	case uint:
		return float64(x)
	case uint8:
		return float64(x)
	case uint16:
		return float64(x)
	case uint32:
		return float64(x)
	case uint64:
		return float64(x)
	case float32:
		return float64(x)
	case float64:
		return x
	case json.Number:
		f, _ := x.Float64()
		return f
	}
	return math.NaN()
}

// CheckOption reports whether v is an acceptable value for the rule's
// option name: the type of its default (an integer default takes only
// integers; write the default as 6.0 to allow fractions), a number within
// the option's range (at least 0 when none is declared), and for a list,
// items of the default's item type.
func (r Rule) CheckOption(name string, v any) error {
	def, ok := r.Options[name]
	if !ok {
		return fmt.Errorf("rule %s has no option %q", r.ID, name)
	}
	want, got := optionKind(def), optionKind(v)
	switch {
	case want == "number" && (got == "integer" || got == "number"):
	case want == got:
	case want == "integer" && got == "number":
		return fmt.Errorf("option %s of rule %s must be a whole number (its default is %v), not %v", name, r.ID, def, v)
	default:
		return fmt.Errorf("option %s of rule %s must be %s (its default is %s), not %s %s", name, r.ID, article(want), show(def), article(got), show(v))
	}
	if want == "integer" || want == "number" {
		f := toFloat(v)
		lo, hi := 0.0, math.Inf(1)
		if rg, ok := r.OptionRanges[name]; ok {
			lo, hi = rg[0], rg[1]
		}
		if f < lo || f > hi || math.IsNaN(f) {
			return fmt.Errorf("option %s of rule %s must be %s, not %v", name, r.ID, rangeText(lo, hi), v)
		}
	}
	if want == "list" {
		if item := listItemKind(def); item != "" {
			for _, it := range listItems(v) {
				if k := optionKind(it); k != item {
					return fmt.Errorf("option %s of rule %s must be a list of %ss, but holds %s %s", name, r.ID, item, article(k), show(it))
				}
			}
		}
	}
	return nil
}

func rangeText(lo, hi float64) string {
	if math.IsInf(hi, 1) {
		return fmt.Sprintf("at least %v", lo)
	}
	return fmt.Sprintf("between %v and %v", lo, hi)
}

func listItems(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	}
	return nil
}

// listItemKind is the kind of a default list's items, "" when it is empty
// or mixed.
func listItemKind(def any) string {
	kind := ""
	for _, it := range listItems(def) {
		k := optionKind(it)
		if kind != "" && k != kind {
			return ""
		}
		kind = k
	}
	return kind
}

func article(kind string) string {
	if kind == "integer" {
		return "an integer"
	}
	return "a " + kind
}

func show(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

// readOptionRanges reads METADATA custom.option_ranges: {name: [min, max]}
// for numeric options.
func (r *Rule) readOptionRanges(v any) error {
	if v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("must be a map of option names to [min, max]")
	}
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	r.OptionRanges = map[string][2]float64{}
	for _, k := range names {
		def, ok := r.Options[k]
		if !ok {
			return fmt.Errorf("names %q, which is not an option", k)
		}
		items := listItems(m[k])
		if len(items) != 2 || math.IsNaN(toFloat(items[0])) || math.IsNaN(toFloat(items[1])) || toFloat(items[0]) > toFloat(items[1]) {
			return fmt.Errorf("%s: want [min, max], not %v", k, m[k])
		}
		lo, hi := toFloat(items[0]), toFloat(items[1])
		if d := toFloat(def); math.IsNaN(d) || d < lo || d > hi {
			return fmt.Errorf("%s: the default %v is not within [%v, %v]", k, def, lo, hi)
		}
		r.OptionRanges[k] = [2]float64{lo, hi}
	}
	return nil
}
