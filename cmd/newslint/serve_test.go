package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// serveProc is a running `newslint serve`.
type serveProc struct {
	cmd  *exec.Cmd
	url  string
	logs chan map[string]any
}

// startServe runs the binary on a free loopback port and waits for its
// "listening" log line.
func startServe(t *testing.T, dir string, args ...string) *serveProc {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Dir = dir
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sp := &serveProc{cmd: cmd, logs: make(chan map[string]any, 1000)}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil {
				sp.logs <- m
			}
		}
		close(sp.logs)
	}()
	for {
		m, ok := sp.next(t, 20*time.Second)
		if !ok {
			t.Fatal("newslint serve exited before listening")
		}
		if m["msg"] == "listening" {
			sp.url = "http://" + m["addr"].(string)
			return sp
		}
	}
}

func (sp *serveProc) next(t *testing.T, wait time.Duration) (map[string]any, bool) {
	t.Helper()
	select {
	case m, ok := <-sp.logs:
		return m, ok
	case <-time.After(wait):
		t.Fatal("no log line in time")
	}
	return nil, false
}

// waitFor reads log lines until one has the message.
func (sp *serveProc) waitFor(t *testing.T, msg string) map[string]any {
	t.Helper()
	for {
		m, ok := sp.next(t, 20*time.Second)
		if !ok {
			t.Fatalf("log ended before %q", msg)
		}
		if m["msg"] == msg {
			return m
		}
	}
}

// TestServeMatchesCLI lints each fixture through the real server and the
// real CLI: the answers must be the same JSON document. It then reloads
// the rules with SIGHUP and stops the server with SIGTERM.
func TestServeMatchesCLI(t *testing.T) {
	root := repoRoot(t)
	sp := startServe(t, root)
	client := &http.Client{Timeout: 30 * time.Second}
	formats := map[string]string{".md": "md", ".html": "html", ".txt": "txt"}
	files, _ := filepath.Glob(filepath.Join(root, "testdata", "core", "*.*"))
	n := 0
	for _, abs := range files {
		format, ok := formats[filepath.Ext(abs)]
		if !ok {
			continue
		}
		n++
		rel, _ := filepath.Rel(root, abs)
		content, err := os.ReadFile(abs)
		if err != nil {
			t.Fatal(err)
		}
		want, _, code := runCLI(t, root, "", "lint", "-f", "json", "--fail-level", "none", rel)
		if code != 0 {
			t.Fatalf("cli exit %d", code)
		}
		body, _ := json.Marshal(map[string]any{"content": string(content), "format": format, "path": rel})
		resp, err := client.Post(sp.url+"/v1/lint", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || string(got) != want {
			t.Errorf("%s: server (%d) and CLI differ\nserver: %s\ncli:    %s", rel, resp.StatusCode, got, want)
		}
	}
	if n != 3 {
		t.Fatalf("linted %d fixtures, want 3", n)
	}

	if err := sp.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	sp.waitFor(t, "rules loaded")
	resp, err := client.Get(sp.url + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("after SIGHUP: %v %v", resp, err)
	}
	resp.Body.Close()

	if err := sp.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	sp.waitFor(t, "stopped")
	if err := sp.cmd.Wait(); err != nil {
		t.Errorf("exit after SIGTERM: %v", err)
	}
}

func TestServeStartupErrors(t *testing.T) {
	root := repoRoot(t)
	for _, args := range [][]string{
		{"--write-timeout", "5s", "--eval-timeout", "10s"},
		{"--rules", "no/such/dir"},
		{"--addr", "256.0.0.1:99999"},
	} {
		_, stderr, code := runCLI(t, root, "", append([]string{"serve"}, args...)...)
		if code != 2 || strings.TrimSpace(stderr) == "" {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}
