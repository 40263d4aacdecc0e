package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/report"
)

// testServer is a real server on a loopback port.
type testServer struct {
	*Server
	url    string
	client *http.Client
	stop   func() error // shuts down and returns Serve's result
}

func loader(l engine.Linter) func(context.Context) (*engine.Prepared, error) {
	return func(ctx context.Context) (*engine.Prepared, error) { return l.WithAllRulesEvaluated().Prepare(ctx) }
}

func start(t *testing.T, o Options) *testServer {
	t.Helper()
	if o.Load == nil {
		o.Load = loader(engine.New())
	}
	s, err := New(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- s.Serve(ctx, ln, Timeouts{ReadHeader: 5 * time.Second, Read: 10 * time.Second, Write: 30 * time.Second, Idle: 10 * time.Second, Shutdown: 10 * time.Second})
	}()
	var once sync.Once
	var result error
	ts := &testServer{Server: s, url: "http://" + ln.Addr().String(), client: &http.Client{Timeout: 30 * time.Second}}
	ts.stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case result = <-done:
			case <-time.After(20 * time.Second):
				result = errors.New("Serve did not return after shutdown")
			}
		})
		return result
	}
	t.Cleanup(func() { ts.stop() })
	return ts
}

// post sends a lint request and returns the status and body.
func (ts *testServer) post(t *testing.T, body string) (int, []byte) {
	t.Helper()
	resp, err := ts.client.Post(ts.url+"/v1/lint", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func request(t *testing.T, fields map[string]any) string {
	t.Helper()
	b, err := json.Marshal(fields)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "core", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var fixtures = []struct{ name, format string }{
	{"harbour-reopens.md", "md"}, {"council-budget.html", "html"}, {"flood-warning.txt", "txt"},
}

// TestSameAsLintPaths posts each fixture and compares the answer with the
// JSON report of linting the file itself, byte for byte.
func TestSameAsLintPaths(t *testing.T) {
	ts := start(t, Options{})
	p, err := engine.New().Prepare(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fixtures {
		path := filepath.Join("..", "..", "testdata", "core", f.name)
		var want bytes.Buffer
		if err := (report.JSON{}).Report(&want, p.LintPaths(context.Background(), []string{path}, nil, "")); err != nil {
			t.Fatal(err)
		}
		code, got := ts.post(t, request(t, map[string]any{"content": fixture(t, f.name), "format": f.format, "path": path}))
		if code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", f.name, code, got)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: the server's answer differs from lint --format json\n got %s\nwant %s", f.name, got, want.Bytes())
		}
	}
}

func TestBadRequests(t *testing.T) {
	ts := start(t, Options{MaxBodyBytes: 4096})
	article := fixture(t, "harbour-reopens.md")
	cases := []struct {
		name, method, path, ctype, body string
		status                          int
		mention                         string
	}{
		{"oversized", "POST", "/v1/lint", "application/json", request(t, map[string]any{"content": strings.Repeat("word ", 2000), "format": "txt"}), 413, "limit"},
		{"truncated JSON", "POST", "/v1/lint", "application/json", `{"content": "x", "format": "md"`, 400, "invalid"},
		{"not an object", "POST", "/v1/lint", "application/json", `["content"]`, 400, ""},
		{"empty body", "POST", "/v1/lint", "application/json", ``, 400, "empty"},
		{"two values", "POST", "/v1/lint", "application/json", `{"content": "x", "format": "md"} {}`, 400, "more than one"},
		{"unknown field", "POST", "/v1/lint", "application/json", `{"content": "x", "format": "md", "contnet": "y"}`, 400, "contnet"},
		{"missing content", "POST", "/v1/lint", "application/json", `{"format": "md"}`, 400, "content"},
		{"content not a string", "POST", "/v1/lint", "application/json", `{"content": 42, "format": "md"}`, 400, "content"},
		{"bad format", "POST", "/v1/lint", "application/json", `{"content": "x", "format": "pdf"}`, 400, "pdf"},
		{"no format", "POST", "/v1/lint", "application/json", `{"content": "x", "path": "story"}`, 400, "format"},
		{"bad date", "POST", "/v1/lint", "application/json", `{"content": "x", "format": "md", "date": "2025-02-30"}`, 400, "date"},
		{"unknown rule", "POST", "/v1/lint", "application/json", `{"content": "x", "format": "md", "rules": {"disable": ["duplicate-titel"]}}`, 400, "duplicate-title"},
		{"not JSON", "POST", "/v1/lint", "text/html", `<p>hello</p>`, 415, "application/json"},
		{"binary content", "POST", "/v1/lint", "application/json", request(t, map[string]any{"content": "PK\x03\x04\x00\x00binary", "format": "txt"}), 422, ""},
		{"wrong method", "GET", "/v1/lint", "", ``, 405, "POST"},
		{"wrong method on rules", "DELETE", "/v1/rules", "", ``, 405, "GET"},
		{"unknown path", "GET", "/v2/lint", "", ``, 404, "/v1/lint"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest(c.method, ts.url+c.path, strings.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			if c.ctype != "" {
				req.Header.Set("Content-Type", c.ctype)
			}
			resp, err := ts.client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var e ErrorBody
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
				t.Fatalf("error answer is not JSON: %v", err)
			}
			if resp.StatusCode != c.status || e.Status != c.status || e.Error == "" {
				t.Errorf("got %d %+v, want %d", resp.StatusCode, e, c.status)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			if !strings.Contains(e.Error, c.mention) {
				t.Errorf("error %q should mention %q", e.Error, c.mention)
			}
		})
	}
	// The server still answers after all that.
	if code, body := ts.post(t, request(t, map[string]any{"content": article, "format": "md"})); code != 200 {
		t.Errorf("after bad requests: %d %s", code, body)
	}
}

func findingRules(t *testing.T, body []byte) []string {
	t.Helper()
	var doc report.Document
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	var ids []string
	for _, f := range doc.Findings {
		ids = append(ids, f.Rule+"/"+f.Severity)
	}
	return ids
}

// Per-request rules and date apply to that request only, and need no
// recompiling: the server keeps one compiled rule set.
func TestPerRequestRulesAndDate(t *testing.T) {
	off := false
	cfg := &config.Config{Rules: map[string]config.RuleConfig{"duplicate-paragraph": {Enabled: &off}}}
	loads := 0
	ts := start(t, Options{Load: func(ctx context.Context) (*engine.Prepared, error) {
		loads++
		return loader(engine.New().WithConfig(cfg))(ctx)
	}})
	article := fixture(t, "harbour-reopens.md")
	_, body := ts.post(t, request(t, map[string]any{"content": article, "format": "md"}))
	if got := strings.Join(findingRules(t, body), ","); got != "duplicate-title/warning" {
		t.Errorf("default: %s", got)
	}
	_, body = ts.post(t, request(t, map[string]any{"content": article, "format": "md",
		"rules": map[string]any{"enable": []string{"duplicate-paragraph"}, "disable": []string{"duplicate-title"}}}))
	if got := strings.Join(findingRules(t, body), ","); got != "duplicate-paragraph/warning" {
		t.Errorf("enable and disable per request: %s", got)
	}
	_, body = ts.post(t, request(t, map[string]any{"content": article, "format": "md", "date": "2024-12-31"}))
	var doc report.Document
	json.Unmarshal(body, &doc)
	if doc.Files[0].Date != "2024-12-31" || doc.Files[0].DateSource != "flag" {
		t.Errorf("date per request: %+v", doc.Files)
	}
	_, body = ts.post(t, request(t, map[string]any{"content": article, "format": "md"}))
	json.Unmarshal(body, &doc)
	if doc.Files[0].Date != "2025-03-14" || strings.Join(findingRules(t, body), ",") != "duplicate-title/warning" {
		t.Errorf("a request's overrides leaked into the next: %+v %s", doc.Files, body)
	}
	if loads != 1 {
		t.Errorf("rules compiled %d times, want once", loads)
	}
}

func TestRulesAndHealth(t *testing.T) {
	ts := start(t, Options{Version: "v9"})
	resp, err := ts.client.Get(ts.url + "/v1/rules")
	if err != nil {
		t.Fatal(err)
	}
	var rules []engine.RuleStatus
	if err := json.NewDecoder(resp.Body).Decode(&rules); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	ids := map[string]bool{}
	for _, r := range rules {
		ids[r.ID] = r.Enabled
	}
	if !ids["duplicate-title"] || !ids["duplicate-paragraph"] {
		t.Errorf("rules: %+v", rules)
	}
	resp, err = ts.client.Get(ts.url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var h map[string]any
	json.NewDecoder(resp.Body).Decode(&h)
	resp.Body.Close()
	if h["status"] != "ok" || h["version"] != "v9" || h["rules"] != float64(len(rules)) || h["queued"] != float64(0) || resp.Header.Get("X-Request-Id") == "" {
		t.Errorf("healthz: %v", h)
	}
}

// TestConcurrentBurst sends a bounded burst of concurrent requests: every
// one must succeed with the same findings. (A burst, not a clock: the
// requests are counted, not timed.)
func TestConcurrentBurst(t *testing.T) {
	ts := start(t, Options{EvalTimeout: 5 * time.Minute})
	ts.client.Transport = &http.Transport{MaxIdleConnsPerHost: 64}
	ts.client.Timeout = 10 * time.Minute
	body := request(t, map[string]any{"content": fixture(t, "harbour-reopens.md"), "format": "md", "path": "a.md"})
	_, want := ts.post(t, body)
	workers, each := 64, 8
	if testing.Short() {
		workers, each = 16, 2 // under the race detector, several times slower
	}
	var failed atomic.Int32
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				resp, err := ts.client.Post(ts.url+"/v1/lint", "application/json", strings.NewReader(body))
				if err != nil {
					failed.Add(1)
					continue
				}
				got, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 || !bytes.Equal(got, want) {
					failed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if n := failed.Load(); n > 0 {
		t.Errorf("%d of %d requests failed or differed", n, workers*each)
	}
}

// TestBusy fills every worker slot: a request then waits up to the
// evaluation timeout and gets 503 with Retry-After.
func TestBusy(t *testing.T) {
	ts := start(t, Options{MaxConcurrent: 1, EvalTimeout: 200 * time.Millisecond})
	ts.slots <- struct{}{}
	resp, err := ts.client.Post(ts.url+"/v1/lint", "application/json", strings.NewReader(`{"content": "x", "format": "txt"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("busy: %d", resp.StatusCode)
	}
	<-ts.slots
	if code, body := ts.post(t, `{"content": "x", "format": "txt"}`); code != 200 {
		t.Errorf("after the slot frees: %d %s", code, body)
	}
}

// TestEvalTimeout stops a slow evaluation at the per-request limit.
func TestEvalTimeout(t *testing.T) {
	ts := start(t, Options{EvalTimeout: 300 * time.Millisecond, Load: loader(engine.New().WithRulePaths("testdata/slow"))})
	code, body := ts.post(t, `{"content": "A short plain text article.", "format": "txt"}`)
	if code != http.StatusGatewayTimeout || !strings.Contains(string(body), "did not finish") || !strings.Contains(string(body), "test-slow") {
		t.Errorf("slow evaluation: %d %s", code, body)
	}
	// Other formats skip the slow rule and still answer.
	if code, body := ts.post(t, `{"content": "# A title\n\nA short article.", "format": "md"}`); code != 200 {
		t.Errorf("fast request: %d %s", code, body)
	}
}

// TestReloadUnderLoad swaps the rules many times while requests run: no
// request fails, the last configuration wins, and a broken configuration
// leaves the running rules in place.
func TestReloadUnderLoad(t *testing.T) {
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, ".newslint.toml")
	writeCfg := func(content string) {
		if err := os.WriteFile(cfgPath, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeCfg("[rules.duplicate-title]\nseverity = \"warning\"\n")
	load := func(ctx context.Context) (*engine.Prepared, error) {
		cfg, err := config.Load(cfgPath)
		if err != nil {
			return nil, err
		}
		return loader(engine.New().WithConfig(cfg))(ctx)
	}
	ts := start(t, Options{Load: load})
	body := request(t, map[string]any{"content": fixture(t, "harbour-reopens.md"), "format": "md"})

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var sent, failed atomic.Int32
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil && sent.Load() < 2000 {
				sent.Add(1)
				req, _ := http.NewRequestWithContext(ctx, "POST", ts.url+"/v1/lint", strings.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				resp, err := ts.client.Do(req)
				if err != nil {
					if ctx.Err() == nil {
						failed.Add(1)
					}
					continue
				}
				got, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 || !json.Valid(got) {
					failed.Add(1)
				}
			}
		}()
	}
	// At least 20 reloads, and go on until 40 requests have run beside them.
	last := ""
	for i := 0; (i < 20 || sent.Load() < 40) && ctx.Err() == nil; i++ {
		last = []string{"warning", "error"}[i%2]
		writeCfg(fmt.Sprintf("[rules.duplicate-title]\nseverity = %q\n", last))
		if err := ts.Reload(context.Background()); err != nil {
			t.Fatalf("reload %d: %v", i, err)
		}
	}
	cancel()
	wg.Wait()
	if failed.Load() > 0 {
		t.Errorf("%d of %d requests failed during reloads", failed.Load(), sent.Load())
	}
	if sent.Load() < 40 {
		t.Errorf("only %d requests ran alongside the reloads", sent.Load())
	}
	if _, got := ts.post(t, body); !strings.Contains(string(got), `"severity": "`+last+`"`) {
		t.Errorf("after the last reload (%s): %s", last, got)
	}
	// Known rules in place before a broken configuration is reloaded.
	writeCfg("[rules.duplicate-title]\nseverity = \"error\"\n")
	if err := ts.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	writeCfg("[rules.no-such-rule]\nseverity = \"error\"\n")
	if err := ts.Reload(context.Background()); err == nil {
		t.Error("a broken config reloaded")
	}
	if code, got := ts.post(t, body); code != 200 || !strings.Contains(string(got), `"severity": "error"`) {
		t.Errorf("after a failed reload the old rules must stay: %d %s", code, got)
	}
}

// TestGracefulShutdown stops the server while a request waits for a
// worker: the request still gets its answer, new connections are refused,
// and Serve returns cleanly.
func TestGracefulShutdown(t *testing.T) {
	ts := start(t, Options{MaxConcurrent: 1, EvalTimeout: 10 * time.Second})
	ts.slots <- struct{}{} // hold the only worker
	type answer struct {
		code int
		err  error
	}
	inFlight := make(chan answer, 1)
	go func() {
		resp, err := ts.client.Post(ts.url+"/v1/lint", "application/json", strings.NewReader(`{"content": "x", "format": "txt"}`))
		if err != nil {
			inFlight <- answer{err: err}
			return
		}
		resp.Body.Close()
		inFlight <- answer{code: resp.StatusCode}
	}()
	// Wait until the request is in the handler, queued for the worker.
	for deadline := time.Now().Add(10 * time.Second); ts.queued.Load() != 1; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the request never reached the handler")
		}
	}
	stopped := make(chan error, 1)
	go func() { stopped <- ts.stop() }()
	// Shutdown closes the listener first; wait for that.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		c, err := net.DialTimeout("tcp", strings.TrimPrefix(ts.url, "http://"), time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("new connections still accepted during shutdown")
		}
	}
	select {
	case <-stopped:
		t.Fatal("Serve returned before the request in flight finished")
	default:
	}
	<-ts.slots // free the worker
	a := <-inFlight
	if a.err != nil || a.code != 200 {
		t.Errorf("request in flight: %d %v", a.code, a.err)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// The access log is one JSON object per request.
func TestAccessLog(t *testing.T) {
	var buf syncBuffer
	ts := start(t, Options{Logger: newJSONLogger(&buf)})
	ts.post(t, request(t, map[string]any{"content": fixture(t, "harbour-reopens.md"), "format": "md", "path": "story.md"}))
	ts.stop()
	var entry map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
		if m["msg"] == "request" {
			entry = m
		}
	}
	if entry == nil || entry["method"] != "POST" || entry["path"] != "/v1/lint" || entry["status"] != float64(200) ||
		entry["article"] != "story.md" || entry["findings"] != float64(2) || entry["request_id"] == "" || entry["duration_ms"] == nil {
		t.Errorf("access log entry: %v", entry)
	}
}

// The request's format can also come from its path.
func TestFormatFromPath(t *testing.T) {
	ts := start(t, Options{})
	code, body := ts.post(t, request(t, map[string]any{"content": fixture(t, "council-budget.html"), "path": "council-budget.html"}))
	var doc report.Document
	if err := json.Unmarshal(body, &doc); err != nil || code != 200 || doc.Files[0].Format != string(document.HTML) {
		t.Errorf("%d %s", code, body)
	}
}
