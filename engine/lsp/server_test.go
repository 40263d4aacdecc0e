package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/newslint/newslint/engine"
)

// A client that speaks at once, before the server has started reading,
// gets its didOpen answered (here with the loader's error, as
// window/showMessage: no rules are compiled, so sessions are cheap), and
// Serve ends cleanly after shutdown and exit. Repeated, because the first
// requests race the server's start-up: a lint that began before the
// server held its connection once notified through nil and crashed the
// server on a loaded machine.
func TestFirstRequestsOfASession(t *testing.T) {
	load := func(string) (*engine.Prepared, []string, error) {
		return nil, nil, errors.New("no rules in this test")
	}
	for i := 0; i < 200; i++ {
		serverSide, clientSide := net.Pipe()
		messages := make(chan string, 4)
		client := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(clientSide, jsonrpc2.VSCodeObjectCodec{}),
			jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
				var p struct{ Message string }
				if req.Method == "window/showMessage" && req.Params != nil && json.Unmarshal(*req.Params, &p) == nil {
					messages <- p.Message
				}
				return nil, nil
			}), jsonrpc2.SetLogger(log.New(io.Discard, "", 0)))
		// The client speaks before the server has started reading.
		go func() {
			ctx := context.Background()
			_ = client.Call(ctx, "initialize", map[string]any{"processId": nil, "capabilities": map[string]any{}}, nil)
			_ = client.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{
				"uri": "file:///talks.txt", "languageId": "plaintext", "version": 1, "text": "Talks.\n"}})
		}()
		served := make(chan error, 1)
		go func() { served <- New(load, 0, "test").Serve(context.Background(), serverSide) }()

		select {
		case m := <-messages:
			if !strings.Contains(m, "no rules in this test") {
				t.Fatalf("session %d: message %q does not give the loader's error", i, m)
			}
		case err := <-served:
			t.Fatalf("session %d: the server ended before answering: %v", i, err)
		case <-time.After(time.Minute):
			t.Fatalf("session %d: no answer to didOpen", i)
		}
		ctx := context.Background()
		if err := client.Call(ctx, "shutdown", nil, nil); err != nil {
			t.Fatalf("session %d: shutdown: %v", i, err)
		}
		_ = client.Notify(ctx, "exit", nil)
		if err := <-served; err != nil {
			t.Fatalf("session %d: Serve after shutdown and exit: %v", i, err)
		}
		client.Close()
	}
}
