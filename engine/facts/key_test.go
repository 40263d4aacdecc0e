package facts

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
	for _, s := range append(lines, testdataLines(t)...) {
		if got, w := key(s), want(s); got != w {
			t.Fatalf("key(%q) = %q, want %q", s, got, w)
		}
	}
}

// testdataLines are the lines of every file under testdata.
func testdataLines(t *testing.T) []string {
	var lines []string
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
	return lines
}

// Normalize's fast path for ASCII gives what the Unicode rules give: every
// ASCII character alone, between letters and doubled, and the lines of
// testdata.
func TestNormalizeTakesASCIIAsUnicode(t *testing.T) {
	ref := func(s string) string {
		var b strings.Builder
		wrote, space := false, false
		for _, r := range s {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if space && wrote {
					b.WriteByte(' ')
				}
				space, wrote = false, true
				b.WriteRune(unicode.ToLower(r))
			case r == '\'' || r == '’':
			default:
				space = true
			}
		}
		return b.String()
	}
	var lines []string
	for c := 0; c < utf8.RuneSelf; c++ {
		ch := string(rune(c))
		lines = append(lines, ch, "a"+ch+"B", "É"+ch+ch+"z9")
	}
	lines = append(lines, testdataLines(t)...)
	for _, s := range lines {
		if got, want := Normalize(s), ref(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkKey hashes every line of testdata, as every block and sentence
// is hashed.
//
//	go test ./engine/facts -run XXX -bench Key
func BenchmarkKey(b *testing.B) {
	lines := testdataLines(&testing.T{})
	n := 0
	for _, s := range lines {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range lines {
			key(s)
		}
	}
}
