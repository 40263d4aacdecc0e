package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/engine/kb"
	"github.com/newslint/newslint/rules"
)

// loadData builds data.newslint: every embedded rules/<dir>/*.toml merged
// under <dir> (rules/kb/*.toml becomes data.newslint.kb), then the user's
// files merged over it at the root. It also returns the knowledge-base part
// of each file, in order, for kb.Build (which needs to know which file
// said what).
func loadData(userFiles []string) (map[string]any, []kb.Source, error) {
	root := map[string]any{}
	var kbSources []kb.Source
	err := fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".toml") {
			return err
		}
		src, err := fs.ReadFile(rules.FS, p)
		if err != nil {
			return err
		}
		v, err := decodeData("rules/"+p, src)
		if err != nil {
			return err
		}
		dir := strings.Split(path.Dir(p), "/")[0]
		if dir == "kb" {
			kbSources = append(kbSources, kb.Source{File: "rules/" + p, Text: src, Data: v})
		}
		if dir == "." {
			mergeInto(root, v)
			return nil
		}
		sub, _ := root[dir].(map[string]any)
		if sub == nil {
			sub = map[string]any{}
			root[dir] = sub
		}
		mergeInto(sub, v)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("built-in data: %w", err)
	}
	// Rules can read data.newslint.custom.<name> with a default whether
	// or not a newsroom loads data.
	root["custom"] = map[string]any{}
	for _, f := range userFiles {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, fmt.Errorf("data file: %w", err)
		}
		v, err := decodeData(f, src)
		if err != nil {
			return nil, nil, err
		}
		if sub, ok := v["kb"].(map[string]any); ok {
			kbSources = append(kbSources, kb.Source{File: f, Text: src, Data: sub, Table: "kb", User: true})
		}
		if err := checkUserData(f, src, v, root); err != nil {
			return nil, nil, err
		}
		mergeInto(root, v)
	}
	return root, kbSources, nil
}

// decodeData reads a TOML or JSON data file, naming the line of a syntax
// error.
func decodeData(name string, src []byte) (map[string]any, error) {
	v := map[string]any{}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		dec := json.NewDecoder(bytes.NewReader(src))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line := bytes.Count(src[:min(int(se.Offset), len(src))], []byte("\n")) + 1
				return nil, fmt.Errorf("%s:%d: invalid JSON: %v", name, line, err)
			}
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) && te.Field == "" {
				return nil, fmt.Errorf(`%s: the top level must be an object of tables, such as {"custom": {"officials": [...]}}`, name)
			}
			return nil, fmt.Errorf("%s: invalid JSON: %v", name, err)
		}
	case ".toml":
		if err := toml.Unmarshal(src, &v); err != nil {
			var de *toml.DecodeError
			if errors.As(err, &de) {
				row, col := de.Position()
				return nil, fmt.Errorf("%s:%d:%d: invalid TOML: %v", name, row, col, de.Error())
			}
			return nil, fmt.Errorf("%s: invalid TOML: %v", name, err)
		}
	default:
		return nil, fmt.Errorf("%s: data files must be .toml or .json", name)
	}
	return v, nil
}

// mergeInto merges src into dst: tables merge key by key, lists are
// appended (so [[people]] in two files adds up), values replace. Domains
// with identities (the knowledge base, the lexicon) then resolve overrides
// among the appended entries.
func mergeInto(dst, src map[string]any) {
	for k, v := range src {
		switch sv := v.(type) {
		case map[string]any:
			if dm, ok := dst[k].(map[string]any); ok {
				mergeInto(dm, sv)
				continue
			}
		case []any:
			if dl, ok := dst[k].([]any); ok {
				dst[k] = append(dl, sv...)
				continue
			}
		case []map[string]any:
			if dl, ok := dst[k].([]map[string]any); ok {
				dst[k] = append(dl, sv...)
				continue
			}
		}
		dst[k] = v
	}
}
