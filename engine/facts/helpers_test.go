package facts

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/kb"
	"github.com/newslint/newslint/rules"
)

var (
	testGazOnce sync.Once
	testGaz     *Gazetteer
	testGazErr  error
)

// testGazetteer compiles testdata/kb (a small knowledge base) with the
// built-in cues.
func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	testGazOnce.Do(func() {
		files, _ := filepath.Glob("testdata/kb/*.toml")
		sort.Strings(files)
		var srcs []kb.Source
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				testGazErr = err
				return
			}
			m := map[string]any{}
			if err := toml.Unmarshal(src, &m); err != nil {
				testGazErr = err
				return
			}
			srcs = append(srcs, kb.Source{File: f, Text: src, Data: m})
		}
		base, err := kb.Build(srcs)
		if err != nil {
			testGazErr = err
			return
		}
		cues, err := builtinCues()
		if err != nil {
			testGazErr = err
			return
		}
		testGaz = NewGazetteer(base, cues)
	})
	if testGazErr != nil {
		t.Fatal(testGazErr)
	}
	return testGaz
}

// builtinCues reads rules/cues/*.toml as the engine does.
func builtinCues() (Cues, error) {
	merged := map[string]any{}
	files, _ := fs.Glob(rules.FS, "cues/*.toml")
	for _, f := range files {
		src, err := fs.ReadFile(rules.FS, f)
		if err != nil {
			return Cues{}, err
		}
		m := map[string]any{}
		if err := toml.Unmarshal(src, &m); err != nil {
			return Cues{}, err
		}
		for k, v := range m {
			merged[k] = v
		}
	}
	return DecodeCues(merged)
}

// extractWith reads an article from a string and extracts its facts with the
// test gazetteer.
func extractWith(t testing.TB, name, text string, opts Options) *Facts {
	t.Helper()
	format, _ := document.FormatFor(name)
	doc, err := document.Read(name, []byte(text), format)
	if err != nil {
		t.Fatal(err)
	}
	opts.Gazetteer = testGazetteer(t)
	return Extract(doc, opts)
}

// builtinGazetteer compiles the built-in knowledge base (rules/kb) with the
// built-in cues, as the engine does.
func builtinGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	files, _ := fs.Glob(rules.FS, "kb/*.toml")
	var srcs []kb.Source
	for _, f := range files {
		src, err := fs.ReadFile(rules.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := toml.Unmarshal(src, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		srcs = append(srcs, kb.Source{File: "rules/" + f, Text: src, Data: m})
	}
	base, err := kb.Build(srcs)
	if err != nil {
		t.Fatal(err)
	}
	cues, err := builtinCues()
	if err != nil {
		t.Fatal(err)
	}
	return NewGazetteer(base, cues)
}
