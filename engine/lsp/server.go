// Package lsp is newslint's language server: editors send the text being
// written, the server lints it with prepared rules and answers with
// diagnostics, hovers that show the evidence, and code actions that apply a
// finding's replacement.
package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/report"
)

// Loader prepares the rules for a workspace root (the folder the editor
// opened, "" for none) and names the files and folders they were read
// from (the config, rule folders, data files): when one of them changes,
// the rules are prepared again.
type Loader func(root string) (p *engine.Prepared, watched []string, err error)

// Server is a language server. The zero value is not usable: use New.
type Server struct {
	load     Loader
	debounce time.Duration
	version  string

	mu       sync.Mutex
	root     string
	encoding string // "utf-16" (the protocol's default) or "utf-8"
	p        *engine.Prepared
	watched  []string
	stamp    string // the watched files' sizes and times when p was made
	loadErr  error
	docs     map[string]*openDoc
	shutdown bool
	conn     *jsonrpc2.Conn
	pending  sync.WaitGroup
}

// openDoc is a document the editor has open.
type openDoc struct {
	uri, lang string
	version   int
	text      string
	timer     *time.Timer
	// What the last lint found, for the version it linted.
	linted   int
	doc      *document.Document
	result   engine.FileResult
	findings []report.Finding
}

// New returns a server that prepares rules with load and lints a document
// debounce after its last change.
func New(load Loader, debounce time.Duration, version string) *Server {
	return &Server{load: load, debounce: debounce, version: version, encoding: "utf-16", docs: map[string]*openDoc{}}
}

// Serve talks the protocol over rwc (stdin and stdout, for an editor) until
// the client sends exit or closes the stream. The error is nil after a
// shutdown request and an exit; otherwise it says what ended the session.
func (s *Server) Serve(ctx context.Context, rwc io.ReadWriteCloser) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	exited := make(chan struct{})
	var once sync.Once
	// The connection reads as soon as it is made: a request must wait until
	// s.conn is set, or a lint it starts would notify through nil.
	ready := make(chan struct{})
	h := jsonrpc2.HandlerWithError(func(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		<-ready
		if req.Method == "exit" {
			once.Do(func() { close(exited) })
			return nil, nil
		}
		return s.handle(ctx, req)
	})
	// The protocol's own errors (a client gone without exit) are the
	// session's end, not something to print over the editor's log.
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(rwc, jsonrpc2.VSCodeObjectCodec{}), h,
		jsonrpc2.SetLogger(log.New(io.Discard, "", 0)))
	s.mu.Lock()
	s.conn = conn
	s.mu.Unlock()
	close(ready)
	select {
	case <-exited:
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
	}
	s.stopTimers()
	s.pending.Wait()
	conn.Close()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.shutdown {
		return fmt.Errorf("the client left without a shutdown request")
	}
	return nil
}

func (s *Server) handle(ctx context.Context, req *jsonrpc2.Request) (any, error) {
	var params json.RawMessage
	if req.Params != nil {
		params = *req.Params
	}
	switch req.Method {
	case "initialize":
		var p initializeParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		return s.initialize(p), nil
	case "initialized", "$/setTrace", "$/cancelRequest", "workspace/didChangeConfiguration":
		return nil, nil
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		return nil, nil
	case "textDocument/didOpen":
		var p didOpenParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		s.open(p.TextDocument)
		return nil, nil
	case "textDocument/didChange":
		var p didChangeParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		if n := len(p.ContentChanges); n > 0 {
			s.change(p.TextDocument.URI, p.TextDocument.Version, p.ContentChanges[n-1].Text)
		}
		return nil, nil
	case "textDocument/didSave":
		var p didCloseParams
		if err := json.Unmarshal(params, &p); err == nil {
			s.schedule(p.TextDocument.URI, 0)
		}
		return nil, nil
	case "workspace/didChangeWatchedFiles":
		s.relint()
		return nil, nil
	case "textDocument/didClose":
		var p didCloseParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		s.close(ctx, p.TextDocument.URI)
		return nil, nil
	case "textDocument/hover":
		var p textDocumentPositionParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		return s.hover(p), nil
	case "textDocument/codeAction":
		var p codeActionParams
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, invalidParams(err)
		}
		return s.codeActions(p), nil
	}
	if req.Notif {
		return nil, nil // notifications the server does not use
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "newslint does not handle " + req.Method}
}

func invalidParams(err error) error {
	return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: err.Error()}
}

func (s *Server) initialize(p initializeParams) initializeResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.root = pathOf(p.RootURI)
	for _, e := range p.Capabilities.General.PositionEncodings {
		if e == "utf-8" {
			s.encoding = "utf-8"
		}
	}
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding:   s.encoding,
			TextDocumentSync:   textDocumentSync{OpenClose: true, Change: 1},
			HoverProvider:      true,
			CodeActionProvider: codeActionProvider{CodeActionKinds: []string{"quickfix"}},
		},
		ServerInfo: serverInfo{Name: "newslint", Version: s.version},
	}
}

func (s *Server) open(item textDocumentItem) {
	s.mu.Lock()
	s.docs[item.URI] = &openDoc{uri: item.URI, lang: item.LanguageID, version: item.Version, text: item.Text, linted: -1}
	s.mu.Unlock()
	s.schedule(item.URI, 0) // at once: the writer just opened it
}

func (s *Server) change(uri string, version int, text string) {
	s.mu.Lock()
	d := s.docs[uri]
	if d != nil {
		d.version, d.text = version, text
	}
	s.mu.Unlock()
	s.schedule(uri, s.debounce)
}

func (s *Server) close(ctx context.Context, uri string) {
	s.mu.Lock()
	if d := s.docs[uri]; d != nil && d.timer != nil {
		d.timer.Stop()
	}
	delete(s.docs, uri)
	conn := s.conn
	s.mu.Unlock()
	_ = conn.Notify(ctx, "textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Diagnostics: []diagnostic{}})
}

// schedule lints a document after a pause, so that typing does not start a
// lint per key: each change moves the lint later.
func (s *Server) schedule(uri string, after time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[uri]
	if d == nil {
		return
	}
	if d.timer != nil && d.timer.Stop() {
		s.pending.Done()
	}
	s.pending.Add(1)
	d.timer = time.AfterFunc(after, func() {
		defer s.pending.Done()
		s.lint(uri)
	})
}

func (s *Server) stopTimers() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.docs {
		if d.timer != nil && d.timer.Stop() {
			s.pending.Done()
		}
	}
}

// relint lints every open document again (the rules may have changed).
func (s *Server) relint() {
	s.mu.Lock()
	uris := make([]string, 0, len(s.docs))
	for u := range s.docs {
		uris = append(uris, u)
	}
	s.mu.Unlock()
	for _, u := range uris {
		s.schedule(u, 0)
	}
}

// prepared returns the rules, prepared again when a watched file changed.
func (s *Server) prepared() (*engine.Prepared, error) {
	s.mu.Lock()
	root, watched, stamp, p := s.root, s.watched, s.stamp, s.p
	s.mu.Unlock()
	if p != nil && stamp == stampOf(watched) {
		return p, nil
	}
	p, watched, err := s.load(root)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.loadErr = err
	if err != nil {
		return nil, err
	}
	s.p, s.watched, s.stamp = p, watched, stampOf(watched)
	return p, nil
}

// stampOf is the sizes and modification times of files, and of the files
// under folders: it changes when one of them is edited, added or removed.
func stampOf(paths []string) string {
	var b strings.Builder
	for _, root := range paths {
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(&b, "%s:missing;", p)
				return nil
			}
			if info, err := d.Info(); err == nil && !d.IsDir() {
				fmt.Fprintf(&b, "%s:%d:%d;", p, info.Size(), info.ModTime().UnixNano())
			}
			return nil
		})
	}
	return b.String()
}

func (s *Server) lint(uri string) {
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil {
		s.mu.Unlock()
		return
	}
	version, text, lang := d.version, d.text, d.lang
	conn, enc := s.conn, s.encoding
	s.mu.Unlock()

	ctx := context.Background()
	p, err := s.prepared()
	if err != nil {
		_ = conn.Notify(ctx, "window/showMessage", map[string]any{"type": 1, "message": "newslint: " + err.Error()})
		return
	}
	name := pathOf(uri)
	doc, err := document.Read(name, []byte(text), formatOf(lang, name))
	var res engine.FileResult
	if err == nil {
		res = p.LintDocument(ctx, doc)
	}
	diags := []diagnostic{}
	if err != nil || res.Err != nil {
		msg := fmt.Sprint(err)
		if res.Err != nil {
			msg = res.Err.Message
		}
		diags = append(diags, diagnostic{Severity: 1, Code: "input", Source: "newslint", Message: msg})
	} else {
		lines := splitLines(text)
		for i, f := range res.Findings {
			dg := diagnostic{
				Range:    toRange(lines, f, enc),
				Severity: severity(f.Level()),
				Code:     f.Rule,
				Source:   "newslint",
				Message:  f.Message,
				Data:     json.RawMessage(fmt.Sprintf(`{"version":%d,"index":%d}`, version, i)),
			}
			if href := p.HelpURI(f.Rule); href != "" {
				dg.CodeDescription = &codeDescription{Href: href}
			}
			diags = append(diags, dg)
		}
	}
	s.mu.Lock()
	if d := s.docs[uri]; d == nil || d.version != version {
		s.mu.Unlock()
		return // changed or closed meanwhile: a newer lint is on its way
	}
	d.linted, d.doc, d.result, d.findings = version, doc, res, res.Findings
	s.mu.Unlock()
	v := version
	_ = conn.Notify(ctx, "textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Version: &v, Diagnostics: diags})
}

func severity(l report.Severity) int {
	switch l {
	case report.Error:
		return 1
	case report.Warning:
		return 2
	}
	return 3
}

// formatOf picks the reader from the editor's language id, else the file
// name; "" lets the content decide.
func formatOf(lang, name string) document.Format {
	switch lang {
	case "markdown", "mdx":
		return document.Markdown
	case "html":
		return document.HTML
	case "plaintext", "text":
		return document.Plain
	}
	f, _ := document.FormatFor(name)
	return f
}

// pathOf turns a file URI into a path; other URIs are kept as names.
func pathOf(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return uri
	}
	return filepath.FromSlash(u.Path)
}

// findingsAt returns the document's last findings whose range holds pos,
// with the document's lines.
func (s *Server) findingsAt(uri string, r lspRange) (*openDoc, []int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[uri]
	if d == nil || d.linted != d.version {
		return nil, nil
	}
	lines := splitLines(d.text)
	var out []int
	for i, f := range d.findings {
		fr := toRange(lines, f, s.encoding)
		if !before(r.End, fr.Start) && !before(fr.End, r.Start) {
			out = append(out, i)
		}
	}
	return d, out
}

func before(a, b position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

func (s *Server) hover(p textDocumentPositionParams) *hover {
	d, idx := s.findingsAt(p.TextDocument.URI, lspRange{p.Position, p.Position})
	if len(idx) == 0 {
		return nil
	}
	var b strings.Builder
	for n, i := range idx {
		f := d.findings[i]
		if n > 0 {
			b.WriteString("\n\n---\n\n")
		}
		fmt.Fprintf(&b, "**%s** (%s): %s", f.Rule, f.Severity, f.Message)
		if f.Suggestion != "" {
			fmt.Fprintf(&b, "\n\nSuggestion: %s", f.Suggestion)
		}
		if f.Category == "consistency" || f.Category == "temporal" {
			if date := d.result.File.Date; date != "" {
				fmt.Fprintf(&b, "\n\nThe article's date: %s (from %s)", date, d.result.File.DateSource)
			}
		}
		if len(f.Evidence) > 0 {
			ev, _ := json.MarshalIndent(f.Evidence, "", "  ")
			fmt.Fprintf(&b, "\n\nEvidence:\n```json\n%s\n```", ev)
		}
	}
	return &hover{Contents: markupContent{Kind: "markdown", Value: b.String()}}
}

func (s *Server) codeActions(p codeActionParams) []codeAction {
	d, idx := s.findingsAt(p.TextDocument.URI, p.Range)
	out := []codeAction{}
	if d == nil {
		return out
	}
	s.mu.Lock()
	enc := s.encoding
	fixable := s.p
	s.mu.Unlock()
	lines := splitLines(d.text)
	for _, i := range idx {
		f := d.findings[i]
		if f.Edit == nil {
			continue
		}
		text, err := d.doc.Encode(*f.Edit)
		if err != nil {
			continue
		}
		title := fmt.Sprintf("Replace with %q (%s)", *f.Edit, f.Rule)
		if *f.Edit == "" {
			title = fmt.Sprintf("Remove (%s)", f.Rule)
		}
		out = append(out, codeAction{
			Title: title, Kind: "quickfix", IsPreferred: fixable != nil && fixable.Fixable(f.Rule),
			Edit: workspaceEdit{Changes: map[string][]textEdit{d.uri: {{Range: toRange(lines, f, enc), NewText: string(text)}}}},
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].IsPreferred && !out[j].IsPreferred })
	return out
}
