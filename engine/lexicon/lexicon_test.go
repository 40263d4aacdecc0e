package lexicon

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func compile(t *testing.T, data map[string]any) *Lexicon {
	t.Helper()
	l, err := Compile(data)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func found(l *Lexicon, text string) []string {
	var out []string
	for _, m := range l.Match(text, Tokenize(text)) {
		out = append(out, m.Class+":"+text[m.Start:m.End])
	}
	return out
}

func TestPhrasesMatchOnWordBoundariesIgnoringCaseAndQuotes(t *testing.T) {
	l := compile(t, map[string]any{
		"comment-form": map[string]any{"en": []any{"leave a reply", "your email address will not be published"}},
		"author-bio":   map[string]any{"en": []any{"hi i'm"}},
	})
	cases := map[string]string{
		"Leave a Reply":                       "comment-form:Leave a Reply",
		"LEAVE A REPLY!":                      "comment-form:LEAVE A REPLY",
		"Please leave a  reply below.":        "comment-form:leave a  reply",
		"Hi, I’m Dana, a writer.":             "author-bio:Hi, I’m",
		"Your e-mail":                         "",
		"Your email address will not be pub.": "",
		"leave a replying":                    "", // word boundary
		"interleave a reply":                  "",
	}
	for text, want := range cases {
		got := strings.Join(found(l, text), ",")
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

func TestWildcardsAndAnchors(t *testing.T) {
	l := compile(t, map[string]any{
		"seo-score":     map[string]any{"en": []any{"# # seo score"}},
		"rating-widget": map[string]any{"en": []any{"average rating # #", "^rate this post$"}},
		"clickbait":     map[string]any{"en": []any{"^# * that"}},
	})
	cases := map[string]string{
		"88 / 100 SEO Score":                       "seo-score:88 / 100 SEO Score",
		"Average rating 4.5 / 5. Vote count: 12":   "rating-widget:Average rating 4.5 / 5",
		"Rate this post":                           "rating-widget:Rate this post",
		"Please rate this post now":                "",
		"1 Move That Pleases Russia":               "clickbait:1 Move That",
		"Peace push: 1 move that pleases Russia":   "",
		"high seo score":                           "",
		"Average rating of five stars by 12 users": "",
	}
	for text, want := range cases {
		got := strings.Join(found(l, text), ",")
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

func TestPatternsAndRemove(t *testing.T) {
	l := compile(t, map[string]any{
		"placeholder": map[string]any{
			"en":       []any{"lorem ipsum", "text goes here"},
			"patterns": []any{`\{\{\s*[A-Za-z_][\w.-]*\s*\}\}`},
			"remove":   []any{"text goes here"},
		},
	})
	got := strings.Join(found(l, "By {{author_name}}: lorem ipsum, text goes here"), ",")
	if got != "placeholder:{{author_name}},placeholder:lorem ipsum" {
		t.Errorf("got %q", got)
	}
	if l.Len() != 2 {
		t.Errorf("Len = %d, want 2 (one phrase removed)", l.Len())
	}
}

func TestNamedGroupNarrowsAPatternMatch(t *testing.T) {
	l := compile(t, map[string]any{"editorial-note": map[string]any{"patterns": []any{`\b(?P<m>TK)\b\s*(?:[.,;:)]|$)`}}})
	got := strings.Join(found(l, "The cost was TK, the council said. TK Maxx opened."), ",")
	if got != "editorial-note:TK" {
		t.Errorf("got %q", got)
	}
}

func TestOverlappingMatchesOfAClassKeepTheFirstLongest(t *testing.T) {
	l := compile(t, map[string]any{
		"comment-form": map[string]any{"en": []any{"email address will not be published", "your email address will not be published", "not be published"}},
	})
	got := found(l, "Your email address will not be published.")
	if len(got) != 1 || got[0] != "comment-form:Your email address will not be published" {
		t.Errorf("got %q", got)
	}
}

func TestCompileErrorsNameTheEntry(t *testing.T) {
	for _, data := range []map[string]any{
		{"x": "not a table"},
		{"x": map[string]any{"en": "not a list"}},
		{"x": map[string]any{"en": []any{1}}},
		{"x": map[string]any{"patterns": []any{"(unclosed"}}},
		{"x": map[string]any{"en": []any{"!!"}}},
	} {
		if _, err := Compile(data); err == nil || !strings.Contains(err.Error(), "lexicon: ") {
			t.Errorf("%v: got %v", data, err)
		}
	}
}

func TestRequiredStringsSkipBlocksWithoutThem(t *testing.T) {
	// Strings followed by ~ are compared without case.
	for src, want := range map[string]string{
		`\{\{\s*\w+\s*\}\}`:         "{{",
		`&(?:amp|nbsp);`:            "&amp; &nbsp;",
		`(?i)lorem`:                 "lorem~",
		`\bTK\b`:                    "TK",
		`\b(?P<m>TK)\b\s*$`:         "TK",
		`a|b`:                       "a b",
		`(?:EDS|TODO)\s*:`:          "EDS TODO",
		`(?:EDS|TODO) ?:`:           "EDS : EDS: TODO : TODO:",
		`[★☆]{3,}`:                  "★★ ★☆ ☆★ ☆☆",
		`(?i:this is )\p{Lu}`:       "this is ~",
		`(?i:you are|Welcome to) X`: "you are x~ welcome to x~",
		// Joined parts: a word of the list and the full stop after it.
		`^\w+ (?i:fan|nut|buff)\.`: " fan.~  nut.~  buff.~",
		`(?i:fan(?:atic)?|nut)s?!`: "fanatics!~ fanatic!~ fans!~ fan!~ nuts!~ nut!~",
		// A bracket is rarer in prose than a short word.
		`\[(?:ort|land)\]`:     "[ort] [land]",
		`\[(?i:ort|land|país)`: "[",
		// Without case, the ASCII run of a word that has none of its own.
		`(?i)étoiles?`: "toile~",
		// Each string keeps its own case rule.
		`©|(?i:\(c\))`: "© (c)~",
		`[^\s]+`:       "",
		`x?y*`:         "",
	} {
		var strs []string
		for _, ns := range required(src) {
			if ns.fold {
				ns.s += "~"
			}
			strs = append(strs, ns.s)
		}
		if got := strings.Join(strs, " "); got != want {
			t.Errorf("required(%q) = %q, want %q (~: without case)", src, got, want)
		}
	}
	// The check itself: a block without any of the strings is skipped.
	n := required(`(?i:this is )\p{Lu}`)
	in := func(text string) bool {
		var x needIndex
		x.add(n, 0)
		may := []bool{false}
		x.mark(text, may)
		return may[0]
	}
	if !in("Well, THIS IS Reuters") || !in("this is it") || !in("ThIs Is it") {
		t.Error("a folded need must match whatever the case")
	}
	if in("That was it") || in("this i") {
		t.Error("a block without the need must be skipped")
	}
}

func TestOptionalWords(t *testing.T) {
	l := compile(t, map[string]any{
		"comment-form": map[string]any{"en": []any{"you are commenting using your *? account"}},
		"page-chrome":  map[string]any{"en": []any{"^the? most read$"}},
	})
	cases := map[string]string{
		"You are commenting using your Mastodon account.": "comment-form:You are commenting using your Mastodon account",
		"You are commenting using your account.":          "comment-form:You are commenting using your account",
		"You are commenting using your old work account.": "",
		"Most read":     "page-chrome:Most read",
		"The most read": "page-chrome:The most read",
		"The most":      "",
	}
	for text, want := range cases {
		got := strings.Join(found(l, text), ",")
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
	if _, err := Compile(map[string]any{"x": map[string]any{"en": []any{"a? b? c? d? e?"}}}); err == nil || !strings.Contains(err.Error(), "optional") {
		t.Errorf("five optional words: got %v, want an error", err)
	}
}

// More patterns than Match keeps flags for on the stack: each is still
// checked, the last as the first.
func TestManyPatterns(t *testing.T) {
	var pats []any
	for i := range 300 {
		pats = append(pats, fmt.Sprintf(`\bcode%03d\b`, i))
	}
	l := compile(t, map[string]any{"placeholder": map[string]any{"patterns": pats}})
	if got := strings.Join(found(l, "See code000 and code299, not code300."), " "); got != "placeholder:code000 placeholder:code299" {
		t.Errorf("got %q", got)
	}
}

// A word followed by many words keeps finding each of them once their
// list has turned into a map, and words it was not followed by find
// nothing.
func TestWordsWithManyNextWords(t *testing.T) {
	var phrases []any
	for i := range 3 * maxKids {
		phrases = append(phrases, fmt.Sprintf("read w%d", i))
	}
	l := compile(t, map[string]any{"many": map[string]any{"en": phrases}, "few": map[string]any{"en": []any{"read on", "read more"}}})
	for i := range 3 * maxKids {
		text := fmt.Sprintf("Please read w%d now.", i)
		if got := strings.Join(found(l, text), ","); got != fmt.Sprintf("many:read w%d", i) {
			t.Errorf("%q: got %q", text, got)
		}
	}
	for text, want := range map[string]string{"Read on.": "few:Read on", "read more": "few:read more", "read w99": "", "read": ""} {
		if got := strings.Join(found(l, text), ","); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// mark flags exactly the patterns one of whose strings the text holds
// (without case for a folded string, written in lower case as required
// makes it), whatever the pair and third-byte
// indexes skip: random texts over the strings' own letters.
func TestMarkIsContains(t *testing.T) {
	needs := []need{
		{{"th", false}},
		{{"the", true}},
		{{"thE", false}, {"in", true}},
		{{"tha", true}, {"Th", false}, {"nN", false}},
		{{"inn", false}},
		{{":", false}},
		{{"het", true}, {"eti", false}},
	}
	var x needIndex
	for p, n := range needs {
		x.add(n, p)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	letters := "thTHeEinNa: "
	for range 20000 {
		b := make([]byte, rng.IntN(9))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		text := string(b)
		may := make([]bool, len(needs))
		x.mark(text, may)
		for p, n := range needs {
			want := false
			for _, ns := range n {
				want = want || ns.fold && strings.Contains(strings.ToLower(text), strings.ToLower(ns.s)) || !ns.fold && strings.Contains(text, ns.s)
			}
			if may[p] != want {
				t.Fatalf("%q: pattern %d (%v) marked %v, want %v", text, p, n, may[p], want)
			}
		}
	}
}
