package server

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/config"
)

// rawRequest writes a request by hand (net/http's client would refuse to
// send most of these) and reads the answer.
func rawRequest(t *testing.T, addr, req string) (int, ErrorBody, http.Header) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(20 * time.Second))
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("no HTTP answer: %v", err)
	}
	defer resp.Body.Close()
	var e ErrorBody
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		t.Fatalf("%d answer is not the JSON error body: %v", resp.StatusCode, err)
	}
	return resp.StatusCode, e, resp.Header
}

// Every error is the JSON error body, including the ones net/http answers
// itself before any handler runs, and paths the mux would redirect.
func TestEveryErrorIsJSON(t *testing.T) {
	ts := start(t, Options{})
	addr := strings.TrimPrefix(ts.url, "http://")
	cases := []struct {
		name, req string
		status    int
		mention   string
	}{
		{"dot-dot path", "GET /../x HTTP/1.1\r\nHost: a\r\n\r\n", 404, "/../x"},
		{"double slash", "GET //v1/rules HTTP/1.1\r\nHost: a\r\n\r\n", 404, "no such endpoint"},
		{"headers too large", "GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: " + strings.Repeat("a", 80<<10) + "\r\n\r\n", 431, "limit"},
		{"malformed request line", "GET\r\n\r\n", 400, ""},
		{"no Host header", "GET /healthz HTTP/1.1\r\n\r\n", 400, "Host"},
		{"bad header", "GET /healthz HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n", 400, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, e, h := rawRequest(t, addr, c.req)
			if status != c.status || e.Status != c.status || e.Error == "" || !strings.Contains(e.Error, c.mention) {
				t.Errorf("got %d %+v, want %d mentioning %q", status, e, c.status, c.mention)
			}
			if ct := h.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
		})
	}
	// A body that is JSON but not an object says so in words.
	for body, want := range map[string]string{
		`[1]`:    "the body must be a JSON object with content and format, not an array",
		`"text"`: "not a string",
		`{"content": "x", "format": "md", "rules": {"enable": 5}}`: `field "rules.enable": want a list of strings, not a number`,
	} {
		code, out := ts.post(t, body)
		var e ErrorBody
		json.Unmarshal(out, &e)
		if code != 400 || e.Error != want && !strings.Contains(e.Error, want) {
			t.Errorf("%s: %d %s, want %q", body, code, out, want)
		}
	}
}

// Neither the catalogue nor a rule-error finding shows where the server's
// rule files are.
func TestNoAbsoluteRulePaths(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/slow/slow.rego")
	if err != nil {
		t.Fatal(err)
	}
	rules := filepath.Join(dir, "house")
	if err := os.MkdirAll(rules, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(rules, "slow.rego"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	lim := engine.New().WithRulePaths(rules)
	ts := start(t, Options{EvalTimeout: 30 * time.Second, Load: func(ctx context.Context) (*engine.Prepared, error) {
		return lim.WithAllRulesEvaluated().WithLimits(config.Limits{RuleTimeout: 200 * time.Millisecond}).Prepare(ctx)
	}})
	resp, err := ts.client.Get(ts.url + "/v1/rules")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if strings.Contains(string(body), dir) || !strings.Contains(string(body), `"file":"house/slow.rego"`) {
		t.Errorf("/v1/rules shows the rules' place on disk or lacks house/slow.rego:\n%.600s", body)
	}
	code, out := ts.post(t, `{"content": "A short plain text article.", "format": "txt"}`)
	if code != 200 || strings.Contains(string(out), dir) || !strings.Contains(string(out), "house/slow.rego") {
		t.Errorf("%d %s", code, out)
	}
}

// Stopping with a request that will not finish within the grace still
// stops, cleanly: Serve returns nil (the command exits 0).
func TestShutdownWithAStuckRequest(t *testing.T) {
	s, err := New(t.Context(), Options{MaxConcurrent: 1, EvalTimeout: time.Minute, Load: loader(engine.New())})
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
		done <- s.Serve(ctx, ln, Timeouts{ReadHeader: time.Second, Read: time.Second, Write: 2 * time.Minute, Idle: time.Second, Shutdown: 200 * time.Millisecond})
	}()
	s.slots <- struct{}{} // the only worker is taken: the request waits
	defer func() { <-s.slots }()
	go http.Post("http://"+ln.Addr().String()+"/v1/lint", "application/json", strings.NewReader(`{"content": "x", "format": "txt"}`))
	for s.queued.Load() != 1 {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve: %v, want nil", err)
	}
}

// Requests are admitted by their article's memory budget: one that needs
// more than the server's total is refused at once, and one that does not
// fit beside those running waits, then gets a 503.
func TestMemoryAdmission(t *testing.T) {
	ts := start(t, Options{MaxConcurrent: 2, EvalTimeout: 300 * time.Millisecond, MaxMemory: engine.BudgetFloor + 10<<20})
	big := strings.Repeat("A sentence of the article. ", 20000) // 540 KB: 64 MB + 16 MB
	code, out := ts.post(t, request(t, map[string]any{"content": big, "format": "txt"}))
	if code != http.StatusRequestEntityTooLarge || !strings.Contains(string(out), "--max-memory") {
		t.Errorf("over the total: %d %s", code, out)
	}
	if !ts.mem.acquire(t.Context(), engine.BudgetFloor) {
		t.Fatal("could not take the memory")
	}
	code, out = ts.post(t, `{"content": "A short article.", "format": "txt"}`)
	if code != http.StatusServiceUnavailable || !strings.Contains(string(out), "not enough memory free") {
		t.Errorf("no room: %d %s", code, out)
	}
	ts.mem.release(engine.BudgetFloor)
	if code, out = ts.post(t, `{"content": "A short article.", "format": "txt"}`); code != 200 {
		t.Errorf("after the memory is free: %d %s", code, out)
	}
}
