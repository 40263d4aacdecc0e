package main

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// pipes joins a child's stdout (read) and stdin (write) into one stream.
type pipes struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipes) Close() error {
	p.WriteCloser.Close()
	return p.ReadCloser.Close()
}

// patience is how long the test waits for the server: what is left of the
// test binary's time, so that a loaded machine slows the test down rather
// than failing it.
func patience(t *testing.T) time.Duration {
	if d, ok := t.Deadline(); ok {
		return time.Until(d) - 5*time.Second
	}
	return 10 * time.Minute
}

type lspClient struct {
	t        *testing.T
	conn     *jsonrpc2.Conn
	diags    chan map[string]any
	messages chan string   // window/showMessage: the server could not lint
	stderr   *lockedBuffer // what the server printed, for a failure
}

func (c *lspClient) call(method string, params, result any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), patience(c.t))
	defer cancel()
	if err := c.conn.Call(ctx, method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *lspClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// next waits for the diagnostics of a document version.
func (c *lspClient) next(version int) []map[string]any {
	c.t.Helper()
	deadline := time.After(patience(c.t))
	for {
		select {
		case p := <-c.diags:
			if v, _ := p["version"].(float64); int(v) != version {
				continue
			}
			var out []map[string]any
			for _, d := range p["diagnostics"].([]any) {
				out = append(out, d.(map[string]any))
			}
			return out
		case m := <-c.messages:
			c.t.Fatalf("waiting for the diagnostics of version %d, the server said: %s", version, m)
		case <-c.conn.DisconnectNotify():
			c.t.Fatalf("the server ended before the diagnostics of version %d; it printed: %s", version, c.stderr)
		case <-deadline:
			c.t.Fatalf("no diagnostics for version %d; the server printed: %s", version, c.stderr)
		}
	}
}

// startLSP starts `newslint lsp` with args in dir and connects a client.
func startLSP(t *testing.T, dir string, args ...string) (*exec.Cmd, *lspClient) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"lsp"}, args...)...)
	cmd.Dir = dir
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	stderr := &lockedBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return cmd, startClient(t, stdout, stdin, stderr)
}

// lockedBuffer is a child's stderr, read by the test while it is written.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func startClient(t *testing.T, stdout io.ReadCloser, stdin io.WriteCloser, stderr *lockedBuffer) *lspClient {
	c := &lspClient{t: t, diags: make(chan map[string]any, 16), messages: make(chan string, 16), stderr: stderr}
	c.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(pipes{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
			var p map[string]any
			if req.Params != nil {
				_ = json.Unmarshal(*req.Params, &p)
			}
			switch req.Method {
			case "textDocument/publishDiagnostics":
				c.diags <- p
			case "window/showMessage":
				m, _ := p["message"].(string)
				c.messages <- m
			}
			return nil, nil
		}), jsonrpc2.SetLogger(log.New(io.Discard, "", 0)))
	return c
}

func hasCode(diags []map[string]any, code string) bool {
	for _, d := range diags {
		if d["code"] == code {
			return true
		}
	}
	return false
}

// The rules are prepared again when .newslint.toml appears or changes.
func TestLanguageServerReloadsTheConfig(t *testing.T) {
	dir := t.TempDir()
	cmd, c := startLSP(t, dir, "--debounce", "10ms")
	c.call("initialize", map[string]any{"processId": nil, "rootUri": "file://" + filepath.ToSlash(dir), "capabilities": map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-8", "utf-16"}}}}, nil)
	uri := "file://" + filepath.ToSlash(filepath.Join(dir, "talks.txt"))
	text := "Talks\n\nOn Wednesday, 18 March 2025, the leaders spoke.\n"
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
	if !hasCode(c.next(1), "weekday-mismatch") {
		t.Fatal("no weekday-mismatch before the config")
	}
	writeFile(t, dir, ".newslint.toml", "[rules.weekday-mismatch]\nenabled = false\n")
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": text + "\n"}}})
	if hasCode(c.next(2), "weekday-mismatch") {
		t.Error("the new .newslint.toml was not read")
	}
	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit: %v", err)
	}
}

// TestLanguageServer drives `newslint lsp` as an editor does, over pipes:
// initialize, open a document, read its diagnostics (positions in UTF-16,
// an emoji before the finding), hover for the evidence, take the code
// action, send the fixed text and see the diagnostic go, then shut down and
// exit.
func TestLanguageServer(t *testing.T) {
	dir := t.TempDir()
	cmd, c := startLSP(t, dir, "--no-config", "--debounce", "10ms")

	var init struct {
		Capabilities struct {
			PositionEncoding string
			HoverProvider    bool
		}
	}
	c.call("initialize", map[string]any{"processId": nil, "rootUri": "file://" + filepath.ToSlash(dir), "capabilities": map[string]any{}}, &init)
	if init.Capabilities.PositionEncoding != "utf-16" || !init.Capabilities.HoverProvider {
		t.Fatalf("initialize: %+v", init)
	}
	c.notify("initialized", map[string]any{})

	uri := "file://" + filepath.ToSlash(filepath.Join(dir, "talks.md"))
	text := "---\ndate: 2025-03-20\n---\n# Talks 🎙️\n\n🎙️ On Wednesday, 18 March 2025, the leaders spoke.\n"
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
	diags := c.next(1)
	var weekday map[string]any
	for _, d := range diags {
		if d["code"] == "weekday-mismatch" {
			weekday = d
		}
	}
	if weekday == nil {
		t.Fatalf("no weekday-mismatch diagnostic: %v", diags)
	}
	rng := weekday["range"].(map[string]any)
	start, end := rng["start"].(map[string]any), rng["end"].(map[string]any)
	// "🎙️ On " is 🎙 (2 UTF-16 units) + U+FE0F (1) + " On " (4): the date starts at 7.
	if start["line"] != 5.0 || start["character"] != 7.0 || end["character"] != 31.0 {
		t.Errorf("range %v", rng)
	}
	if weekday["severity"] != 1.0 || weekday["source"] != "newslint" ||
		!strings.HasSuffix(weekday["codeDescription"].(map[string]any)["href"].(string), "#weekday-mismatch") {
		t.Errorf("diagnostic %v", weekday)
	}

	var h struct{ Contents struct{ Kind, Value string } }
	c.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": map[string]any{"line": 5, "character": 10}}, &h)
	if h.Contents.Kind != "markdown" || !strings.Contains(h.Contents.Value, "was a Tuesday") || !strings.Contains(h.Contents.Value, "The article's date: 2025-03-20 (from metadata)") || !strings.Contains(h.Contents.Value, `"actual": "Tuesday"`) {
		t.Errorf("hover: %+v", h)
	}

	var actions []struct {
		Title string
		Kind  string
		Edit  struct {
			Changes map[string][]struct {
				Range   map[string]any
				NewText string
			}
		}
	}
	c.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri}, "range": rng, "context": map[string]any{"diagnostics": []any{weekday}}}, &actions)
	if len(actions) != 1 || actions[0].Kind != "quickfix" || len(actions[0].Edit.Changes[uri]) != 1 {
		t.Fatalf("code actions: %+v", actions)
	}
	edit := actions[0].Edit.Changes[uri][0]
	if edit.NewText != "Tuesday, 18 March 2025" {
		t.Errorf("edit %+v", edit)
	}

	// The editor applies the edit and sends the new text: the diagnostic goes.
	fixed := strings.Replace(text, "Wednesday, 18 March 2025", edit.NewText, 1)
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": fixed}}})
	for _, d := range c.next(2) {
		if d["code"] == "weekday-mismatch" {
			t.Errorf("the fixed text still has %v", d)
		}
	}

	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit: %v\n%s", err, c.stderr)
		}
	case <-time.After(patience(t)):
		cmd.Process.Kill()
		t.Fatal("the server did not exit")
	}
}
