package facts

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// seedArticles returns the repository's test articles, the seed corpus of
// the fuzz targets: real article shapes from which mutation starts.
func seedArticles(f *testing.F) [][]byte {
	f.Helper()
	var out [][]byte
	err := filepath.WalkDir("../../testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(p) {
		case ".md", ".html", ".txt":
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			out = append(out, b)
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	return out
}

// seedParagraphs returns the paragraphs of the test articles: seeds small
// enough for many executions a second, with the shapes mentions take.
func seedParagraphs(f *testing.F) [][]byte {
	var out [][]byte
	for _, a := range seedArticles(f) {
		for _, p := range bytes.Split(a, []byte("\n\n")) {
			if p = bytes.TrimSpace(p); len(p) > 0 {
				out = append(out, p)
			}
		}
	}
	return out
}

// seedLines returns the non-empty lines of the test articles: sentence-sized
// seeds for the grammars.
func seedLines(f *testing.F) []string {
	var out []string
	for _, a := range seedArticles(f) {
		for _, l := range bytes.Split(a, []byte("\n")) {
			if l = bytes.TrimSpace(l); len(l) > 0 {
				out = append(out, string(l))
			}
		}
	}
	return out
}
