// Command benchgen writes a deterministic corpus of news articles for
// benchmarks: Markdown with front matter, HTML pages with navigation and
// scripts, and plain text, about 1,500 words each, with office-holder
// mentions, dates and links at a realistic density and planted defects of
// every rule family.
//
//	go run ./internal/tools/benchgen -n 10000 -out bench/corpus
//	go run ./internal/tools/benchgen -large -out bench/large
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
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fatal(err)
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
