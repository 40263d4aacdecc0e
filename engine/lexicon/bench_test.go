package lexicon_test

import (
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/engine/lexicon"
	"github.com/newslint/newslint/rules"
)

// builtin decodes rules/lexicon/*.toml, merging lists as the engine does.
func builtin(b *testing.B) map[string]any {
	data := map[string]any{}
	files, _ := fs.Glob(rules.FS, "lexicon/*.toml")
	for _, name := range files {
		src, _ := fs.ReadFile(rules.FS, name)
		var v map[string]any
		if err := toml.Unmarshal(src, &v); err != nil {
			b.Fatal(err)
		}
		for class, table := range v {
			dst, _ := data[class].(map[string]any)
			if dst == nil {
				dst = map[string]any{}
				data[class] = dst
			}
			for k, list := range table.(map[string]any) {
				prev, _ := dst[k].([]any)
				dst[k] = append(prev, list.([]any)...)
			}
		}
	}
	return data
}

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
	lex, err := lexicon.Compile(builtin(b))
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
	for _, table := range builtin(b) {
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
