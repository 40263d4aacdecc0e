package lexicon

import "testing"

// A pattern's prepared analysis is what Compile takes: with a need its
// text does not hold, the pattern is not even tried; without the
// prepared entry, it is parsed and matches.
func TestCompileTakesThePreparedAnalysis(t *testing.T) {
	const src = `\{\{\s*[A-Za-z_][\w.-]*\s*\}\}`
	text := "Dear {{ name }}, welcome."
	data := map[string]any{"placeholder": map[string]any{"patterns": []any{src}}}
	matches := func() int {
		l, err := Compile(data)
		if err != nil {
			t.Fatal(err)
		}
		return len(l.Match(text, Tokenize(text)))
	}
	saved := prepared
	defer func() { prepared = saved }()
	prepared = func() map[string]analysis { return map[string]analysis{src: {need: need{{s: "never here"}}}} }
	if n := matches(); n != 0 {
		t.Errorf("%d matches with a prepared need the text lacks: the prepared analysis was not taken", n)
	}
	prepared = func() map[string]analysis { return nil }
	if n := matches(); n != 1 {
		t.Errorf("%d matches with the pattern parsed at start-up, want 1", n)
	}
}
