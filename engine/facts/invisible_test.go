package facts

import (
	"strings"
	"testing"
)

// Invisible characters are found with their exact place in the file,
// also when an HTML page writes them as character references.
func TestInvisibleRuns(t *testing.T) {
	cases := []struct {
		name, src  string
		snippet    string // the source bytes of the first run
		kind, word string
		inWord     bool
	}{
		{"a.md", "# T\n\nThe ferry com\u200bpany raised fares.\n", "\u200b", "zero-width", "com⟦U+200B⟧pany", true},
		{"a.html", "<h1>T</h1><p>The ferry com&#8203;pany raised fares.</p>", "&#8203;", "zero-width", "com⟦U+200B⟧pany", true},
		{"a.txt", "T\n\nThe fee is \u202e05$\u202c today.\n", "\u202e", "bidi-override", "⟦U+202E⟧05$⟦U+202C⟧", false},
	}
	for _, c := range cases {
		f := extract(t, c.name, c.src)
		if len(f.Invisible) == 0 {
			t.Fatalf("%s: no invisible run", c.name)
		}
		inv := f.Invisible[0]
		if got := c.src[inv.Span.Offset:inv.Span.EndOffset]; got != c.snippet || inv.Kind != c.kind || inv.Word != c.word || inv.InWord != c.inWord {
			t.Errorf("%s: %+v (source %q)", c.name, inv, got)
		}
	}
	f := extract(t, "b.md", "# T\n\nRate us.\U000e0061\U000e006c\U000e0077\U000e0061\U000e0079\U000e0073 Thanks.\n")
	if len(f.Invisible) != 1 || f.Invisible[0].Hidden != "always" || len(f.Invisible[0].Codes) != 6 || f.Invisible[0].Kind != "tag" {
		t.Errorf("tags: %+v", f.Invisible)
	}
	if f := extract(t, "c.md", "# T\n\n"+strings.Repeat("Plain prose without any hidden character. ", 50)+"\n"); len(f.Invisible) != 0 {
		t.Errorf("clean text: %+v", f.Invisible)
	}
}
