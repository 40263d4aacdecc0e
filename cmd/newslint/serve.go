package main

import (
	"context"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/server"
)

func newServeCmd() *cobra.Command {
	var (
		s             setup
		addr          string
		maxBody       int64
		maxConcurrent int
		maxMemory     string
		evalTimeout   time.Duration
		t             = server.DefaultTimeouts
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Answer lint requests over HTTP (a pre-publish check for a CMS)",
		Long: `Serve the linter over HTTP. The rules are compiled once at start; SIGHUP
recompiles them (config, custom rules and data are read again) and swaps
them in without dropping requests; SIGTERM or SIGINT stops accepting and
lets requests in flight finish.

  POST /v1/lint   {"content": "...", "format": "md|html|txt", "path": "...",
                   "date": "YYYY-MM-DD", "rules": {"enable": [...], "disable": [...]}}
                  → the same JSON document as 'newslint lint --format json'
  GET  /v1/rules  the rule catalogue ('newslint rules --format json')
  GET  /healthz   {"status": "ok", ...}

Errors are JSON ({"error": "...", "status": N}): 400 for a malformed request,
413 over --max-body (or an article needing more than --max-memory), 415 for a
body that is not JSON, 422 for content that cannot be read as an article,
503 when no worker or memory is free within --eval-timeout, 504 when the
linting runs past it. The access log is JSON lines on stderr.`,
		Example: `  newslint serve --addr 127.0.0.1:8080
  curl -s localhost:8080/v1/lint -H 'Content-Type: application/json' \
    -d '{"format": "md", "path": "story.md", "content": "# Title\n\nText."}'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if t.Write <= evalTimeout {
				return usageErr("--write-timeout %s must exceed --eval-timeout %s, or slow answers are cut off", t.Write, evalTimeout)
			}
			s.evalAll = true
			var memory int64
			if maxMemory != "" {
				n, err := config.ParseSize(maxMemory)
				if err != nil {
					return usageErr("--max-memory: %v", err)
				}
				memory = n
			}
			log := slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), nil))
			srv, err := server.New(cmd.Context(), server.Options{
				Load: func(ctx context.Context) (*engine.Prepared, error) {
					p, _, err := s.prepare(ctx, 1)
					return p, err
				},
				MaxBodyBytes:  maxBody,
				EvalTimeout:   evalTimeout,
				MaxConcurrent: maxConcurrent,
				MaxMemory:     memory,
				// A GOMEMLIMIT set by the operator is left alone.
				ManageMemory: os.Getenv("GOMEMLIMIT") == "",
				Logger:       log,
				Version:      versionString(),
			})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			hup := make(chan os.Signal, 1)
			signal.Notify(hup, syscall.SIGHUP)
			defer signal.Stop(hup)
			go func() {
				for {
					select {
					case <-hup:
						srv.Reload(ctx) // logs its outcome; a failure keeps the old rules
					case <-ctx.Done():
						return
					}
				}
			}()
			if err := srv.Serve(ctx, ln, t); err != nil {
				return &codeError{code: exitError, err: err}
			}
			return nil
		},
	}
	s.flags(cmd)
	s.limitFlags(cmd)
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free one)")
	f.Int64Var(&maxBody, "max-body", server.DefaultMaxBodyBytes, "largest request body in bytes")
	f.IntVar(&maxConcurrent, "max-concurrent", 0, "articles linted at once; more requests wait (default: one per CPU)")
	f.StringVar(&maxMemory, "max-memory", "", `memory the articles being linted may take together, e.g. "2GB"; a request waits until its article's budget fits (default: --max-concurrent articles of --max-body)`)
	f.DurationVar(&evalTimeout, "eval-timeout", server.DefaultEvalTimeout, "longest a lint request may take, waiting for a worker included")
	f.DurationVar(&t.ReadHeader, "read-header-timeout", t.ReadHeader, "longest time to read request headers")
	f.DurationVar(&t.Read, "read-timeout", t.Read, "longest time to read a whole request")
	f.DurationVar(&t.Write, "write-timeout", t.Write, "longest time from the end of the headers to the end of the answer")
	f.DurationVar(&t.Idle, "idle-timeout", t.Idle, "how long a kept-alive connection may sit idle")
	f.DurationVar(&t.Shutdown, "shutdown-timeout", t.Shutdown, "how long requests in flight get to finish on SIGTERM")
	return cmd
}
