package engine

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/document"
)

// On a long page the rules run on as many cores as there are; what they
// report, and in what order, is what one core gives. The page is the
// sample articles' bodies one after another, past the length where the
// rules stop sharing one query, twice.
func TestLongPageRulesOnManyCoresReportAsOnOne(t *testing.T) {
	var page bytes.Buffer
	page.WriteString("---\ntitle: Many stories\ndate: 2025-03-14\n---\n\n")
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	for _, f := range append(files, files...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		body := string(b)
		if strings.HasPrefix(body, "---\n") {
			if end := strings.Index(body[4:], "\n---\n"); end >= 0 {
				body = body[4+end+5:]
			}
		}
		page.WriteString(body)
		page.WriteString("\n\n")
	}
	ctx := context.Background()
	// No time limit: a rule that ran past its share of it would be tried
	// again after the others, and be handed over later.
	p, err := New().WithLimits(config.Limits{RuleTimeout: time.Hour}).Prepare(ctx)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := document.Read("many.md", page.Bytes(), document.Markdown)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.Facts(doc).Sentences); n <= 2000 {
		t.Fatalf("the page has %d sentences; the rules share one query up to 2,000", n)
	}
	lint := func(procs int) FileResult {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return p.LintBytes(ctx, "many.md", document.Markdown, page.Bytes())
	}
	one, many := lint(1), lint(4)
	if one.Err != nil || many.Err != nil {
		t.Fatalf("errors: %v, %v", one.Err, many.Err)
	}
	rules := map[string]bool{}
	for _, fd := range one.Findings {
		rules[fd.Rule] = true
	}
	if len(rules) < 10 {
		t.Fatalf("the page gives findings of %d rules; it should exercise most of them", len(rules))
	}
	if !reflect.DeepEqual(one.Findings, many.Findings) {
		t.Errorf("findings differ: %d on one core, %d on four", len(one.Findings), len(many.Findings))
	}
}
