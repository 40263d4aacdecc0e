// Command benchgen writes deterministic corpora of news articles for
// benchmarks.
//
// The default corpus (-style generated): Markdown with front matter, HTML
// pages with navigation and scripts, and plain text, about 1,500 words
// each, with office-holder mentions, dates and links at a realistic
// density and planted defects of every rule family.
//
// The real-text corpus (-style real): about 350 words each, in the styles
// of the pages newslint reads (wire copy, live blogs, opinion, listicles,
// explainers with an FAQ, content farms, and pages saved from three kinds
// of CMS), styles in turn; see corpus.RealText.
//
//	go -C internal/tools run ./benchgen -n 10000 -out "$PWD/bench/corpus"
//	go -C internal/tools run ./benchgen -style real -n 2000 -out "$PWD/bench/real"
//	go -C internal/tools run ./benchgen -n 0 -large -out "$PWD/bench/large"
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newslint/newslint/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	out := flag.String("out", "bench/corpus", "output directory")
	seed := flag.Int64("seed", 1, "random seed (same seed, same corpus)")
	words := flag.Int("words", 1500, "approximate words per article")
	large := flag.Bool("large", false, "also write the large inputs: a 1 MB article and a 20 MB HTML page")
	style := flag.String("style", "generated", "generated (long articles with planted defects) or real (short articles in the styles of real pages)")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fatal(err)
	}
	switch *style {
	case "real":
		g := corpus.NewRealText(*seed)
		for i := 0; i < *n; i++ {
			kind, ext, text := g.Next()
			write(filepath.Join(*out, fmt.Sprintf("r%05d-%s.%s", i, kind, ext)), text)
		}
		fmt.Fprintf(os.Stderr, "benchgen: wrote %d real-text articles to %s (seed %d)\n", *n, *out, *seed)
		return
	case "generated":
	default:
		fatal(fmt.Errorf("-style %q: want generated or real", *style))
	}
	g := corpus.New(*seed)
	formats := []string{"md", "html", "txt"}
	for i := 0; i < *n; i++ {
		f := formats[i%3]
		write(filepath.Join(*out, fmt.Sprintf("a%05d.%s", i, f)), g.Article(*words, f))
	}
	if *large {
		write(filepath.Join(*out, "large-1mb.md"), g.Article(170_000, "md"))
		write(filepath.Join(*out, "large-20mb.html"), g.Article(3_300_000, "html"))
	}
	fmt.Fprintf(os.Stderr, "benchgen: wrote %d articles to %s (seed %d)\n", *n, *out, *seed)
}

func write(path, body string) {
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "benchgen:", err)
	os.Exit(1)
}
