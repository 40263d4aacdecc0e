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

	"github.com/newslint/newslint/engine/facts"
	"github.com/newslint/newslint/engine/kb"
	"github.com/newslint/newslint/rules"
)

// loadData builds data.newslint: every embedded rules/<dir>/*.toml merged
// under <dir> (rules/kb/*.toml becomes data.newslint.kb), then the user's
// files merged over it at the root. It also returns the knowledge-base part
// of each file, in order, for kb.Build (which needs to know which file
// said what).
//
// The built-in knowledge base comes from its compact form (engine/kb,
// made by go generate) when that was made from the TOML embedded now: it
// is then neither parsed nor validated again. Otherwise the TOML is read
// and validated as any data.
//
// fromTOML reads the TOML even when the compact form is up to date (kb
// check validates the source, not the cache).
func loadData(userFiles []string, fromTOML bool) (map[string]any, []kb.Source, error) {
	root := map[string]any{}
	var kbSources []kb.Source
	var compact *kb.Base
	var err error
	if !fromTOML {
		if compact, err = builtinCompact(); err != nil {
			return nil, nil, err
		}
	}
	if compact != nil {
		kbSources = append(kbSources, kb.Source{File: "rules/kb", Base: compact})
		// The rules read the base from the kb.Base (Linter.load); the
		// key is kept so that user files may write [kb].
		root["kb"] = map[string]any{}
	}
	err = fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".toml") {
			return err
		}
		if compact != nil && isKBFile(p) {
			return nil
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

func isKBFile(p string) bool { return strings.HasPrefix(p, "kb/") }

// builtinKBFiles lists the built-in knowledge-base files, in the order
// loadData reads them.
func builtinKBFiles() ([]string, error) {
	var names []string
	err := fs.WalkDir(rules.FS, "kb", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".toml") {
			names = append(names, p)
		}
		return err
	})
	return names, err
}

// builtinCompact decodes the compact built-in base when it was made from
// the TOML embedded now; nil when it is stale (the TOML changed and go
// generate ./engine/kb was not run), in which case the TOML is read. Only
// the files' names and sizes are compared here, so that start-up reads
// none of the TOML; TestCompactKnowledgeIsUpToDate and kb check compare
// contents.
func builtinCompact() (*kb.Base, error) {
	names, err := builtinKBFiles()
	if err != nil {
		return nil, err
	}
	shape, err := kb.Shape(rules.FS, names)
	if err != nil {
		return nil, err
	}
	if have, err := kb.CompactFingerprint(compactKnowledge()); err != nil || !kb.MatchesShape(have, shape) {
		return nil, nil
	}
	return kb.Decode(compactKnowledge())
}

// compactKnowledge is the embedded compact base (a variable for tests).
var compactKnowledge = kb.BuiltinCompact

// CompactKnowledgeFresh reports whether the embedded compact base was made
// from the built-in TOML embedded now.
func CompactKnowledgeFresh() (bool, error) {
	names, err := builtinKBFiles()
	if err != nil {
		return false, err
	}
	fp, err := kb.Fingerprint(rules.FS, names)
	if err != nil {
		return false, err
	}
	have, err := kb.CompactFingerprint(compactKnowledge())
	return err == nil && have == fp, nil
}

// CompileKnowledge builds the built-in knowledge base from its TOML
// (rules/kb/*.toml), validates it, and returns its compact form: what
// go generate ./engine/kb embeds. A base that does not validate is an
// error naming every problem.
func CompileKnowledge() ([]byte, error) {
	names, err := builtinKBFiles()
	if err != nil {
		return nil, err
	}
	var sources []kb.Source
	for _, p := range names {
		src, err := fs.ReadFile(rules.FS, p)
		if err != nil {
			return nil, err
		}
		v, err := decodeData("rules/"+p, src)
		if err != nil {
			return nil, err
		}
		sources = append(sources, kb.Source{File: "rules/" + p, Text: src, Data: v})
	}
	base, err := kb.Build(sources)
	if err != nil {
		return nil, fmt.Errorf("knowledge base:\n%w", err)
	}
	fp, err := kb.Fingerprint(rules.FS, names)
	if err != nil {
		return nil, err
	}
	// The phrase index lets the extractors compile a word's phrases when
	// a text has it (facts.Gazetteer); it is made by their own code, so
	// it changes when they do (and the test of the compact form says so).
	return kb.Encode(base, fp, facts.PhraseIndex(base)), nil
}

// ReadKnowledge reads a knowledge base for comparison (kb diff), without
// refusing one that does not validate: its problems come back with it.
// spec is "builtin" (the built-in TOML), a TOML file or a folder of them
// (read as one set of files; a file with [kb] tables is read from them),
// or "builtin+PATH[+PATH...]": the built-in base with those files, a file
// with [kb] tables as a user layer over it, another as one more built-in
// file.
func ReadKnowledge(spec string) (*kb.Base, kb.Errors, error) {
	var builtin, user []kb.Source
	parts := strings.Split(spec, "+")
	withBuiltin := parts[0] == "builtin"
	if withBuiltin {
		_, srcs, err := loadData(nil, true)
		if err != nil {
			return nil, nil, err
		}
		builtin, parts = srcs, parts[1:]
	}
	for _, p := range parts {
		files, err := tomlFiles(p)
		if err != nil {
			return nil, nil, err
		}
		for _, f := range files {
			s, err := readKBFile(f)
			if err != nil {
				return nil, nil, err
			}
			if withBuiltin && s.Table == "kb" {
				s.User = true
				user = append(user, s)
			} else {
				builtin = append(builtin, s)
			}
		}
	}
	b, errs := kb.Assemble(append(builtin, user...))
	return b, errs, nil
}

// tomlFiles is the file p, or the .toml files in folder p, in order.
func tomlFiles(p string) ([]string, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{p}, nil
	}
	files, err := filepath.Glob(filepath.Join(p, "*.toml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .toml files", p)
	}
	return files, nil
}

// readKBFile reads a data file's knowledge-base entries: at the top level
// (as the built-in files write them) or under [kb] (as user files do).
func readKBFile(f string) (kb.Source, error) {
	src, err := os.ReadFile(f)
	if err != nil {
		return kb.Source{}, err
	}
	v, err := decodeData(f, src)
	if err != nil {
		return kb.Source{}, err
	}
	if sub, ok := v["kb"].(map[string]any); ok {
		return kb.Source{File: f, Text: src, Data: sub, Table: "kb"}, nil
	}
	return kb.Source{File: f, Text: src, Data: v}, nil
}
