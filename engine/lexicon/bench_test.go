package lexicon_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/engine/lexicon/lexicontest"
)

// paragraphs are the blocks of a 1,250-word fixture, one per line.
func paragraphs(b *testing.B) []string {
	src, err := os.ReadFile("../../testdata/quality/seo-keyphrase.txt")
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(src), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// BenchmarkMatch is the lexicon as built: one walk of a word trie per
// block, and the few patterns only on blocks holding their literal.
func BenchmarkMatch(b *testing.B) {
	lex, err := lexicon.Compile(lexicontest.Data(b))
	if err != nil {
		b.Fatal(err)
	}
	paras := paragraphs(b)
	b.ResetTimer()
	for b.Loop() {
		for _, p := range paras {
			lex.Match(p, lexicon.Tokenize(p))
		}
	}
}

// BenchmarkRegexpPerPhrase is the alternative the lexicon avoids: one
// case-insensitive regular expression per phrase, run over every block.
func BenchmarkRegexpPerPhrase(b *testing.B) {
	var res []*regexp.Regexp
	for _, table := range lexicontest.Data(b) {
		for key, list := range table.(map[string]any) {
			for _, e := range list.([]any) {
				src := e.(string)
				if key != "patterns" {
					words := strings.Fields(strings.Trim(src, "^$"))
					for i, w := range words {
						switch w {
						case "#":
							words[i] = `\d+`
						case "*":
							words[i] = `\w+`
						default:
							words[i] = regexp.QuoteMeta(w)
						}
					}
					src = `(?i)\b` + strings.Join(words, `\W+`) + `\b`
				}
				res = append(res, regexp.MustCompile(src))
			}
		}
	}
	paras := paragraphs(b)
	b.ResetTimer()
	for b.Loop() {
		for _, p := range paras {
			for _, re := range res {
				re.FindAllStringIndex(p, -1)
			}
		}
	}
}
