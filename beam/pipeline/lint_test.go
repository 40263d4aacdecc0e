package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// With Jobs > 1 a bundle lints several articles at once, yet emits every
// result once, in input order, and holds at most 2×Jobs articles.
func TestJobsKeepOrderAndBoundWork(t *testing.T) {
	ctx := context.Background()
	fn := &lintFn{Settings: Settings{Date: "2025-05-01"}, Jobs: 3}
	if err := fn.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	var got []string
	emit := func(l Linted) { got = append(got, l.Path) }
	var want []string
	for i := range 40 {
		p := fmt.Sprintf("a%02d.md", i)
		want = append(want, p)
		body := fmt.Sprintf("# Story %d\n\nThe council met on Monday to discuss the harbour.\n", i)
		if i%7 == 0 {
			body = strings.Repeat(body, 30) // some take longer, so results finish out of order
		}
		fn.ProcessElement(ctx, Article{Path: p, Content: body}, emit)
		if held := len(fn.pending); held > 2*fn.Jobs {
			t.Fatalf("after %d articles %d are held, more than %d", i+1, held, 2*fn.Jobs)
		}
	}
	fn.FinishBundle(emit)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("emitted %v\nwant     %v", got, want)
	}
	if len(fn.pending) != 0 {
		t.Errorf("%d results left after FinishBundle", len(fn.pending))
	}
}

// A panic in the engine becomes the article's error record.
func TestPanicBecomesErrorRecord(t *testing.T) {
	l := lint(context.Background(), nil, 1<<20, Article{Path: "x.md", Content: "text"})
	if !strings.Contains(l.Error, `"path":"x.md"`) || !strings.Contains(l.Error, "internal error while linting") || l.File != "" {
		t.Errorf("got %+v", l)
	}
}

func TestSites(t *testing.T) {
	roots := map[string]string{"../testdata": "../testdata", "story.md": "story.md", "arch/a": "arch", "arch/b.md": "arch"}
	for _, c := range []struct{ path, want string }{
		{"../testdata/core/harbour.md", "core"},
		{"../testdata/core/deep/harbour.md", "core"},
		{"../testdata/top.md", "testdata"},
		{"story.md", "."},
		{"arch/a/2024/x.md", "a"},
		{"arch/b.md", "arch"},
	} {
		if got := localSite(roots, c.path); got != c.want {
			t.Errorf("localSite(%s) = %q, want %q", c.path, got, c.want)
		}
	}
	for _, c := range []struct{ root, path, want string }{
		{"gs://bucket/archive", "gs://bucket/archive/site-a/2024/x.html", "site-a"},
		{"gs://bucket/archive", "gs://bucket/archive/x.html", "archive"},
	} {
		if got := site(c.root, c.path, "/"); got != c.want {
			t.Errorf("site(%s, %s) = %q, want %q", c.root, c.path, got, c.want)
		}
	}
	for _, c := range []struct{ path, want string }{
		{"https://WWW.Example.com/news/1", "www.example.com"},
		{"/news/2025/story.md", "news"},
		{"culture/story.md", "culture"},
		{"story.md", "."},
	} {
		if got := recordSite(c.path); got != c.want {
			t.Errorf("recordSite(%s) = %q, want %q", c.path, got, c.want)
		}
	}
	if got := staticPrefix("gs://b/archive/*/x-*.html", "/"); got != "gs://b/archive" {
		t.Errorf("staticPrefix = %q", got)
	}
}
