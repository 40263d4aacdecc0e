package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newslint/newslint/engine/tomlpos"
)

// reservedData are the names under data.newslint that the engine and the
// rules own: data there would clash with the rule packages or be replaced.
var reservedData = map[string]string{
	"config": "the engine writes the enabled rules and their options there",
	"rules":  "the rule packages live there",
	"lib":    "the rule libraries live there",
	"main":   "the router lives there",
}

// checkUserData checks a user data file before it is merged into data:
// its top-level keys must name a data domain (custom for a newsroom's own
// data, or a built-in one such as kb), and no key may change the shape of
// what is already there (a table cannot replace a list, a list cannot
// replace a value): such a merge would silently discard data.
func checkUserData(name string, src []byte, v map[string]any, data map[string]any) error {
	known := []string{"custom"}
	for k := range data {
		if reservedData[k] == "" && k != "custom" {
			known = append(known, k)
		}
	}
	sort.Strings(known[1:])
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if why := reservedData[k]; why != "" {
			return dataErr(name, src, []string{k}, "%q is reserved (%s); put your own data under [custom.<name>]", k, why)
		}
		if !contains(known, k) {
			return dataErr(name, src, []string{k}, "unknown top-level key %q: data goes under %s (your own data: [custom.<name>], read by rules as data.newslint.custom.<name>)", k, strings.Join(known, ", "))
		}
	}
	if path, was, is := conflict(data, v, nil); path != nil {
		return dataErr(name, src, path, "%s is %s in the data loaded before this file and cannot become %s", strings.Join(path, "."), was, is)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// conflict returns the first key path where src would change the kind of
// a value in dst (table, list, value), with both kinds.
func conflict(dst, src map[string]any, at []string) ([]string, string, string) {
	keys := make([]string, 0, len(src))
	for k := range src {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		old, ok := dst[k]
		if !ok {
			continue
		}
		path := append(append([]string(nil), at...), k)
		was, is := kind(old), kind(src[k])
		if was != is && (was != "a value" || is != "a value") {
			return path, was, is
		}
		if is == "a table" {
			if p, w, i := conflict(old.(map[string]any), src[k].(map[string]any), path); p != nil {
				return p, w, i
			}
		}
	}
	return nil, "", ""
}

func kind(v any) string {
	switch v.(type) {
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "a list"
	}
	return "a value"
}

func dataErr(name string, src []byte, path []string, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if line := keyLine(name, src, path); line > 0 {
		return fmt.Errorf("%s:%d: %s", name, line, msg)
	}
	return fmt.Errorf("%s: %s", name, msg)
}

// keyLine finds the line where a key path is first written in a TOML or
// JSON file; 0 when it cannot tell.
func keyLine(name string, src []byte, path []string) int {
	if strings.EqualFold(filepath.Ext(name), ".json") {
		return jsonKeyLine(src, path)
	}
	return tomlpos.Of(src).Line(path...)
}

// jsonKeyLine walks the tokens of a JSON document to the key path.
func jsonKeyLine(src []byte, path []string) int {
	dec := json.NewDecoder(bytes.NewReader(src))
	type frame struct {
		object bool
		key    string
		expect bool // in an object, the next string is a key
	}
	var stack []frame
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return 0
		}
		top := len(stack) - 1
		if top >= 0 && stack[top].object && stack[top].expect {
			if k, ok := tok.(string); ok {
				stack[top].key, stack[top].expect = k, false
				var cur []string
				for _, f := range stack {
					if f.object {
						cur = append(cur, f.key)
					}
				}
				if strings.Join(cur, ".") == strings.Join(path, ".") {
					// before is where the previous token ended; the key
					// starts after the separators that follow it.
					at := int(before)
					for at < len(src) && (src[at] == ',' || src[at] == ' ' || src[at] == '\n' || src[at] == '\r' || src[at] == '\t' || src[at] == '{') {
						at++
					}
					return bytes.Count(src[:at], []byte("\n")) + 1
				}
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{object: true, expect: true})
			continue
		case json.Delim('['):
			stack = append(stack, frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:top]
		}
		// A value ended: the enclosing object expects its next key.
		if top := len(stack) - 1; top >= 0 && stack[top].object {
			stack[top].expect = true
		}
	}
}
