// Package server is newslint as an HTTP service for pre-publish checks: a
// CMS posts an article and gets back the same JSON findings document that
// `newslint lint --format json` prints.
//
// The server is stateless: every request carries its article, so instances
// scale out behind any load balancer. The rules are compiled once, at start
// and on Reload, and swapped atomically; requests in flight finish with the
// rules they started with.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"path"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/report"
)

// Options configure a Server. Zero values take the defaults below.
type Options struct {
	// Load builds the linter; it runs at start and on every Reload. Build
	// it WithAllRulesEvaluated so that requests can enable any rule.
	Load func(context.Context) (*engine.Prepared, error)
	// MaxBodyBytes limits a request body (default 5 MiB).
	MaxBodyBytes int64
	// EvalTimeout bounds one lint request, waiting for a worker included
	// (default 10s).
	EvalTimeout time.Duration
	// MaxConcurrent is how many articles are linted at once (default: one
	// per CPU); more requests wait, up to EvalTimeout.
	MaxConcurrent int
	// MaxMemory is the memory the articles being linted may take together:
	// each request is admitted with its article's budget (engine.FileBudget:
	// 96 MB plus 64 bytes a byte, or limits.max_file_memory), and waits, up
	// to EvalTimeout, while the others' budgets leave no room (default:
	// MaxConcurrent articles of MaxBodyBytes).
	MaxMemory int64
	// ManageMemory sets Go's soft memory limit to MaxMemory plus what the
	// process needs at rest, so that the heap stays near what is in use and
	// is given back after a large article (off for a server embedded in a
	// program that manages its memory itself).
	ManageMemory bool
	// Logger receives the access log and reload messages (default: none).
	Logger *slog.Logger
	// Version is reported by /healthz.
	Version string
}

// Defaults.
const (
	DefaultMaxBodyBytes = 5 << 20
	DefaultEvalTimeout  = 10 * time.Second
)

// Server answers lint requests.
type Server struct {
	opts    Options
	current atomic.Pointer[state]
	slots   chan struct{}
	mem     *memGate
	log     *slog.Logger
	// queued counts requests waiting for a worker.
	queued atomic.Int64
	// work hands a request's linting, once it holds a slot, to one of
	// MaxConcurrent goroutines that live as long as the server: the rules'
	// evaluator recurses deeply, and the stack of a goroutine made for each
	// request grew to it every time, copied at each doubling (5 % of the
	// server's CPU). Slots bound the work sent, so a send never waits.
	work chan func()
}

// state is one compiled rule set.
type state struct {
	p        *engine.Prepared
	loadedAt time.Time
	rules    []engine.RuleStatus
}

// New loads the rules and returns a server ready to serve.
func New(ctx context.Context, o Options) (*Server, error) {
	if o.Load == nil {
		return nil, errors.New("server: Options.Load is required")
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.EvalTimeout <= 0 {
		o.EvalTimeout = DefaultEvalTimeout
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = runtime.GOMAXPROCS(0)
	}
	if o.MaxMemory <= 0 {
		o.MaxMemory = int64(o.MaxConcurrent) * (engine.BudgetFloor + engine.BudgetPerByte*o.MaxBodyBytes)
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{opts: o, slots: make(chan struct{}, o.MaxConcurrent), mem: newMemGate(o.MaxMemory, o.ManageMemory), log: log, work: make(chan func(), o.MaxConcurrent)}
	if err := s.Reload(ctx); err != nil {
		return nil, err
	}
	for range o.MaxConcurrent {
		go func() {
			for fn := range s.work {
				fn()
			}
		}()
	}
	s.mem.settle()
	return s, nil
}

// Reload rebuilds the rules and swaps them in. On an error the server keeps
// the rules it has.
func (s *Server) Reload(ctx context.Context) error {
	start := time.Now()
	p, err := s.opts.Load(ctx)
	if err != nil {
		s.log.Error("reload failed; keeping the current rules", "error", err.Error())
		return err
	}
	st := &state{p: p, loadedAt: time.Now().UTC(), rules: p.RuleStatuses()}
	s.current.Store(st)
	s.log.Info("rules loaded", "rules", len(st.rules), "duration_ms", msSince(start))
	return nil
}

// Handler returns the HTTP API:
//
//	POST /v1/lint   lint one article (JSON in, the findings document out)
//	GET  /v1/rules  the rule catalogue
//	GET  /healthz   liveness and the loaded rule set
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/lint", s.lint)
	mux.HandleFunc("GET /v1/rules", s.rules)
	mux.HandleFunc("GET /healthz", s.health)
	mux.HandleFunc("/", notFound)
	return s.accessLog(recoverPanics(cleanPaths(mux)))
}

// cleanPaths answers a path that is not in its clean form ("/../x",
// "//v1/lint") with the JSON 404 itself: the mux would redirect it with an
// HTML body.
func cleanPaths(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if p == "" || p[0] != '/' || path.Clean(p) != p && path.Clean(p)+"/" != p {
			writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint %q (POST /v1/lint, GET /v1/rules, GET /healthz)", p))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// routes lists the methods of each path, for 405 answers.
var routes = map[string]string{"/v1/lint": "POST", "/v1/rules": "GET, HEAD", "/healthz": "GET, HEAD"}

func notFound(w http.ResponseWriter, r *http.Request) {
	if allow, ok := routes[r.URL.Path]; ok {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: method not allowed (use %s)", r.Method, r.URL.Path, allow))
		return
	}
	writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint %s (POST /v1/lint, GET /v1/rules, GET /healthz)", r.URL.Path))
}

// LintRequest is the body of POST /v1/lint.
type LintRequest struct {
	// Content is the article itself.
	Content *string `json:"content"`
	// Format is md, html or txt; without it the path's extension decides.
	Format string `json:"format"`
	// Path names the article in findings (default "<request>").
	Path string `json:"path"`
	// Date is the article's date (YYYY-MM-DD), over what it says.
	Date string `json:"date"`
	// URL is the article's address, when known: a date in its path
	// (/2025/07/14/, /2025/07/) dates the article.
	URL   string `json:"url"`
	Rules struct {
		Enable  []string `json:"enable"`
		Disable []string `json:"disable"`
	} `json:"rules"`
}

// RequestName names an article posted without a path.
const RequestName = "<request>"

// ErrorBody is every error answer.
type ErrorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
	// Line and Column locate an error in the posted content, when known.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

func (s *Server) lint(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/json" {
			writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type %q: send application/json", ct))
			return
		}
	}
	req, status, err := decode(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes), s.opts.MaxBodyBytes)
	if err != nil {
		writeError(w, status, err.Error())
		return
	}
	format, path, err := req.document()
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	info := infoFrom(r.Context())
	info.article = path

	st := s.current.Load()
	need := st.p.FileBudget(len(*req.Content))
	if need > s.opts.MaxMemory {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("this article needs an estimated %s of memory to lint, more than the server's budget of %s (--max-memory)", formatBytes(need), formatBytes(s.opts.MaxMemory)))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.EvalTimeout)
	defer cancel()
	// Wait for a worker: linting is CPU-bound, so more at once than
	// MaxConcurrent only adds latency and memory. Then wait for the
	// article's memory budget.
	s.queued.Add(1)
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		s.queued.Add(-1)
		s.busy(w, r.Context(), "no worker free")
		return
	}
	if !s.mem.acquire(ctx, need) {
		s.queued.Add(-1)
		<-s.slots
		s.busy(w, r.Context(), fmt.Sprintf("not enough memory free for this article (it needs %s of %s)", formatBytes(need), formatBytes(s.opts.MaxMemory)))
		return
	}
	s.queued.Add(-1)
	p, err := st.p.Override(engine.Overrides{Date: req.Date, URL: req.URL, Enable: req.Rules.Enable, Disable: req.Rules.Disable})
	if err != nil {
		s.mem.release(need)
		<-s.slots
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	// Linted aside, so that the answer goes out at the deadline even if a
	// step that cannot be interrupted (parsing) runs on: the worker and the
	// memory stay taken until the linting has really stopped.
	done := make(chan engine.FileResult, 1)
	s.work <- func() {
		defer func() {
			s.mem.release(need)
			<-s.slots
		}()
		done <- p.LintBytes(ctx, path, format, []byte(*req.Content))
	}
	var fr engine.FileResult
	select {
	case fr = <-done:
	case <-ctx.Done():
		// The rules stop at the deadline: a moment more tells which were
		// running. Reading cannot be interrupted; it is not waited for.
		select {
		case fr = <-done:
		case <-time.After(timeoutGrace):
		}
	}
	if ctx.Err() != nil {
		if r.Context().Err() != nil {
			return // the client has gone
		}
		writeError(w, http.StatusGatewayTimeout, timeoutMessage(s.opts.EvalTimeout, fr))
		return
	}
	if fr.Err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		writeJSON(w, ErrorBody{Error: fr.Err.String(), Status: http.StatusUnprocessableEntity, Line: fr.Err.Line, Column: fr.Err.Column})
		return
	}
	res := &report.Result{Files: []report.File{fr.File}, Findings: fr.Findings}
	res.Sort()
	info.findings = len(res.Findings)
	w.Header().Set("Content-Type", "application/json")
	report.JSON{}.Report(w, res)
}

// timeoutGrace is how long past the deadline an answer waits to say which
// rules the deadline stopped.
const timeoutGrace = 250 * time.Millisecond

// busy answers 503 with Retry-After, unless the client has gone.
func (s *Server) busy(w http.ResponseWriter, client context.Context, why string) {
	if client.Err() != nil {
		return
	}
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("server busy: %s within %s", why, s.opts.EvalTimeout))
}

// timeoutMessage says what was running when the deadline came: the rules
// stopped or not reached, or the reading.
func timeoutMessage(limit time.Duration, fr engine.FileResult) string {
	msg := fmt.Sprintf("linting did not finish within %s (--eval-timeout, waiting for a worker included)", limit)
	var stopped []string
	for _, f := range fr.Findings {
		if f.Rule == "rule-error" {
			if id, ok := f.Evidence["rule"].(string); ok {
				stopped = append(stopped, id)
			}
		}
	}
	switch {
	case len(stopped) > 0:
		msg += "; rules stopped or not reached: " + strings.Join(stopped, ", ")
	case fr.Err != nil:
		msg += " while the article's facts were being extracted"
	default:
		msg += " while the article was being read and its facts extracted"
	}
	return msg
}

// decode reads a LintRequest strictly: one JSON object, known fields only.
func decode(body io.Reader, limit int64) (*LintRequest, int, error) {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req LintRequest
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		var syntax *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &tooBig):
			return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body over the %d-byte limit", limit)
		case errors.Is(err, io.EOF):
			return nil, http.StatusBadRequest, errors.New("empty body: send a JSON object with content and format")
		case errors.As(err, &syntax):
			return nil, http.StatusBadRequest, fmt.Errorf("invalid JSON at byte %d: %v", syntax.Offset, err)
		case errors.As(err, &typ) && typ.Field == "":
			return nil, http.StatusBadRequest, fmt.Errorf("the body must be a JSON object with content and format, not %s", article(typ.Value))
		case errors.As(err, &typ):
			return nil, http.StatusBadRequest, fmt.Errorf("field %q: want %s, not %s", typ.Field, jsonType(typ.Type), article(typ.Value))
		}
		return nil, http.StatusBadRequest, fmt.Errorf("invalid request: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body over the %d-byte limit", limit)
		}
		return nil, http.StatusBadRequest, errors.New("invalid request: more than one JSON value in the body")
	}
	if req.Content == nil {
		return nil, http.StatusBadRequest, errors.New(`missing "content": the article's text`)
	}
	return &req, 0, nil
}

// jsonType names a Go type as the JSON a client should send.
func jsonType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "a list of " + strings.TrimPrefix(jsonType(t.Elem()), "a ") + "s"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Pointer:
		return jsonType(t.Elem())
	case reflect.Bool:
		return "true or false"
	}
	return "a number"
}

// article puts "a" or "an" before a JSON kind ("array", "number").
func article(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

// document picks the reader and the reported path.
func (req *LintRequest) document() (document.Format, string, error) {
	path := req.Path
	if path == "" {
		path = RequestName
	}
	if req.Format != "" {
		f, err := document.ParseFormat(req.Format)
		if err != nil {
			return "", "", fmt.Errorf("format: %v", err)
		}
		return f, path, nil
	}
	if f, ok := document.FormatFor(req.Path); ok {
		return f, path, nil
	}
	return "", "", errors.New(`missing "format" (md, html or txt), and no path with a known extension`)
}

func (s *Server) rules(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	writeJSON(w, s.current.Load().rules)
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	st := s.current.Load()
	w.Header().Set("Content-Type", "application/json")
	writeJSON(w, map[string]any{"status": "ok", "version": s.opts.Version, "rules": len(st.rules), "rules_loaded_at": st.loadedAt.Format(time.RFC3339),
		"linting": len(s.slots), "queued": s.queued.Load(), "memory_reserved": s.mem.reserved(), "memory_budget": s.opts.MaxMemory})
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	writeJSON(w, ErrorBody{Error: msg, Status: status})
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v) // a write error means the client has gone
}

// recoverPanics answers 500 instead of dropping the connection.
func recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				infoFrom(r.Context()).panic = fmt.Sprint(v)
				writeError(w, http.StatusInternalServerError, "internal error")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// requestInfo collects what the access log reports about a request.
type requestInfo struct {
	article  string
	findings int
	panic    string
}

type infoKey struct{}

func infoFrom(ctx context.Context) *requestInfo {
	if i, ok := ctx.Value(infoKey{}).(*requestInfo); ok {
		return i
	}
	return &requestInfo{}
}

// statusWriter records the status and size of an answer.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// accessLog writes one structured line per request.
func (s *Server) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if id == "" || len(id) > 128 {
			id = newID()
		}
		w.Header().Set("X-Request-Id", id)
		info := &requestInfo{findings: -1}
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), infoKey{}, info)))
		attrs := []any{"method", r.Method, "path", r.URL.Path, "status", sw.status, "bytes", sw.bytes,
			"duration_ms", msSince(start), "remote", remoteIP(r), "request_id", id}
		if info.article != "" {
			attrs = append(attrs, "article", info.article)
		}
		if info.findings >= 0 {
			attrs = append(attrs, "findings", info.findings)
		}
		level := slog.LevelInfo
		if info.panic != "" {
			level = slog.LevelError
			attrs = append(attrs, "panic", info.panic)
		}
		s.log.Log(r.Context(), level, "request", attrs...)
	})
}

func remoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func newID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func msSince(t time.Time) float64 {
	return float64(time.Since(t).Microseconds()) / 1000
}

// Timeouts bound the HTTP side of a connection.
type Timeouts struct {
	// ReadHeader and Read bound reading a request; Write bounds the whole
	// answer and must exceed the evaluation timeout; Idle bounds a kept-alive
	// connection; Shutdown is how long requests in flight get to finish.
	ReadHeader, Read, Write, Idle, Shutdown time.Duration
}

// MaxHeaderBytes bounds a request's headers; past it the answer is a 431
// with the JSON error body.
const MaxHeaderBytes = 64 << 10

// DefaultTimeouts suit a service on a private network behind a proxy.
var DefaultTimeouts = Timeouts{ReadHeader: 5 * time.Second, Read: 30 * time.Second, Write: 30 * time.Second, Idle: 120 * time.Second, Shutdown: 30 * time.Second}

// Serve answers on ln until ctx is done, then shuts down gracefully:
// it stops accepting, lets requests in flight finish (up to t.Shutdown),
// and returns.
func (s *Server) Serve(ctx context.Context, ln net.Listener, t Timeouts) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(jsonErrorsListener{ln}) }()
	s.log.Info("listening", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "grace", t.Shutdown.String())
	sctx, cancel := context.WithTimeout(context.Background(), t.Shutdown)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		// Requests still running at the end of the grace are cut off:
		// stopping was asked for, and it is done.
		s.log.Warn("requests still running at the end of the grace were cut off", "linting", len(s.slots), "queued", s.queued.Load())
		hs.Close()
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	s.log.Info("stopped")
	return nil
}
