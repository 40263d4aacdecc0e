package facts

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestKeyHashesTheNormalizedText checks key against its definition, the
// FNV-1a hash of Normalize's text, on every line of testdata and on text
// that normalises to little or nothing.
func TestKeyHashesTheNormalizedText(t *testing.T) {
	want := func(s string) string {
		n := Normalize(s)
		if n == "" {
			return ""
		}
		h := fnv.New64a()
		h.Write([]byte(n))
		return strconv.FormatUint(h.Sum64(), 36)
	}
	lines := []string{"", " ", "—", "'’", " A ", "Ukraine’s PM", "ÉTÉ  Straße İstanbul", "\u00a0x\u200by", "日本の首相", "\xff\xfeA"}
	err := filepath.WalkDir("../../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range lines {
		if got, w := key(s), want(s); got != w {
			t.Fatalf("key(%q) = %q, want %q", s, got, w)
		}
	}
}
