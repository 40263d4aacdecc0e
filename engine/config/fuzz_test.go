package config

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzParse parses arbitrary bytes as .newslint.toml: no panic, and a
// rejected file is always a *Error naming the file, with a line inside it
// when it gives one.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"date = \"2025-03-18\"\nignore = [\"drafts/**\"]\n",
		"[rules]\npaths = [\"house\"]\n\n[rules.\"spam/seo-score\"]\nseverity = \"error\"\nmin = 3\n",
		"rules = [\"x\"]\n",
		"[rules.a]\nenabled = \"yes\"\n",
		"[limits]\nmax_file_size = \"50MB\"\nmax_findings = 100\nrule_timeout = \"5s\"\n",
		"date = 2025-03-18\n",
		"[[rules]]\n",
		"\"rules\" = 1\n[rules.\"a.b\".c]\nx=1",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("dir/.newslint.toml", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %v (%T) is not a *config.Error", err, err)
			}
			if ce.Path != "dir/.newslint.toml" {
				t.Fatalf("error names %q", ce.Path)
			}
			if lines := bytes.Count(data, []byte("\n")) + 1; ce.Line < 0 || ce.Line > lines {
				t.Fatalf("error at line %d of a %d-line file: %v", ce.Line, lines, err)
			}
			return
		}
		if c.Rules == nil {
			t.Fatal("a parsed config has a nil Rules map")
		}
	})
}
