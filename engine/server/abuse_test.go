package server

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/internal/corpus"
)

// hostileBodies are articles built to take a server down: Markdown the
// parser would be quadratic on, and pages whose facts would need
// gigabytes.
var hostileBodies = map[string]string{
	"unmatched delimiters":    strings.Repeat("*a_ ", 50_000),
	"tabs after quotes":       strings.Repeat(">\t", 100_000),
	"a million paragraphs":    strings.Repeat("Para.\n\n", 500_000),
	"a table padded to 5000":  "|" + strings.Repeat("c|", 5000) + "\n|" + strings.Repeat("-|", 5000) + "\n" + strings.Repeat("|x|\n", 25_000),
	"four megabytes of prose": corpus.New(7).Article(600_000, "md"),
}

// peakRSS reads the process's peak resident memory (VmHWM) in bytes, after
// resetting it when reset is set; 0 where /proc does not say.
func peakRSS(t *testing.T, reset bool) int64 {
	t.Helper()
	if reset {
		if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
			return 0
		}
	}
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// A loopback abuse run, bounded and self-stopping: two clients post the
// hostile bodies over and over while a third posts an ordinary article.
// Every request gets a JSON answer (200, or 503/504 with the reason)
// before its client gives up at the deadline plus a grace, never a dropped
// connection; the hostile bodies that are linted carry an input-limit
// finding; and the process's peak memory stays within the server's budget.
func TestAbuseOverLoopback(t *testing.T) {
	if testing.Short() {
		t.Skip("abuse run: not with -short")
	}
	defer debug.SetMemoryLimit(math.MaxInt64)
	const evalTimeout = 4 * time.Second
	ts := start(t, Options{MaxConcurrent: 2, EvalTimeout: evalTimeout, ManageMemory: true})
	client := &http.Client{Timeout: evalTimeout + 5*time.Second}
	before := peakRSS(t, true)

	type answer struct {
		what   string
		status int
		body   ErrorBody
		limit  bool
		err    error
	}
	answers := make(chan answer, 100)
	post := func(what, content string) {
		body, _ := json.Marshal(map[string]any{"content": content, "format": "md", "path": "abuse.md"})
		resp, err := client.Post(ts.url+"/v1/lint", "application/json", bytes.NewReader(body))
		if err != nil {
			answers <- answer{what: what, err: err}
			return
		}
		defer resp.Body.Close()
		raw, err := io.ReadAll(resp.Body)
		a := answer{what: what, status: resp.StatusCode, err: err}
		if resp.Header.Get("Content-Type") != "application/json" {
			a.err = errorString("answer is not JSON: " + resp.Header.Get("Content-Type"))
		}
		if resp.StatusCode == 200 {
			var doc struct{ Findings []struct{ Rule string } }
			json.Unmarshal(raw, &doc)
			for _, f := range doc.Findings {
				a.limit = a.limit || f.Rule == "input-limit"
			}
		} else if err := json.Unmarshal(raw, &a.body); err != nil || a.body.Error == "" {
			a.err = errorString("error answer without the JSON error body: " + string(raw))
		}
		answers <- a
	}
	var wg sync.WaitGroup
	for c := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 2 {
				for name, body := range hostileBodies {
					if (round+c)%2 == 0 {
						post(name, body)
					}
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 10 {
			post("ordinary", fixture(t, "harbour-reopens.md"))
		}
	}()
	wg.Wait()
	close(answers)
	ordinary := 0
	for a := range answers {
		switch {
		case a.err != nil:
			t.Errorf("%s: %v", a.what, a.err)
		case a.status == 200 && a.what != "ordinary" && a.what != "four megabytes of prose" && !a.limit:
			t.Errorf("%s: linted without an input-limit finding", a.what)
		case a.status == 200:
			if a.what == "ordinary" {
				ordinary++
			}
			t.Logf("%s: 200", a.what)
		case a.status == 503 || a.status == 504:
			if a.body.Status != a.status {
				t.Errorf("%s: %d with body %+v", a.what, a.status, a.body)
			}
			t.Logf("%s: %d %s", a.what, a.status, a.body.Error)
		default:
			t.Errorf("%s: status %d %+v", a.what, a.status, a.body)
		}
	}
	if ordinary == 0 {
		t.Error("no ordinary article was linted while the hostile ones ran")
	}
	if peak := peakRSS(t, false); before > 0 && peak > 0 {
		budget := ts.opts.MaxMemory + 256<<20 // the articles' budgets, and room for the bodies in flight
		t.Logf("peak RSS %d MB above %d MB at rest; budget %d MB", (peak-before)>>20, before>>20, budget>>20)
		if peak-before > budget {
			t.Errorf("peak RSS rose %d MB, over the budget of %d MB", (peak-before)>>20, budget>>20)
		}
	}
	_ = engine.BudgetFloor
}

type errorString string

func (e errorString) Error() string { return string(e) }
