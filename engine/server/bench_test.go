package server

import (
	"context"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/document"
)

// The article is about 1,500 words of news prose (internal/tools/loadtest).
func benchArticle(b *testing.B) []byte {
	data, err := os.ReadFile("../../internal/tools/loadtest/testdata/valley-line.md")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkLintBytes is the pipeline alone, as the server runs it: the
// baseline for BenchmarkServerLint.
func BenchmarkLintBytes(b *testing.B) {
	data := benchArticle(b)
	p, err := engine.New().WithAllRulesEvaluated().Prepare(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if fr := p.LintBytes(context.Background(), "a.md", document.Markdown, data); fr.Err != nil {
				b.Error(fr.Err)
			}
		}
	})
}

// BenchmarkServerLint posts the article to a real server on loopback from
// parallel clients: the pipeline plus HTTP, JSON and the access log.
func BenchmarkServerLint(b *testing.B) {
	data := benchArticle(b)
	t := &testing.T{}
	ts := start(t, Options{})
	defer ts.stop()
	body := request(t, map[string]any{"content": string(data), "format": "md", "path": "a.md"})
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			resp, err := client.Post(ts.url+"/v1/lint", "application/json", strings.NewReader(body))
			if err != nil {
				b.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Errorf("status %d", resp.StatusCode)
			}
		}
	})
}
