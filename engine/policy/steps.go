package policy

import (
	"context"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// Steps evaluates each rule on its own over input and counts the steps the
// evaluator takes for it (each expression evaluated, each rule entered):
// work, not time, so that a test can check that a rule's cost grows in
// proportion to the article (a quadratic rule takes sixteen times the
// steps on four times the text). Tracing makes it slow: for tests.
func (e *Engine) Steps(ctx context.Context, input ast.Value) (map[string]int64, error) {
	out := map[string]int64{}
	for _, r := range e.rules {
		pq, err := e.prepared(r)
		if err != nil {
			return nil, err
		}
		var c stepCounter
		if _, err := pq.Eval(ctx, rego.EvalParsedInput(input), rego.EvalQueryTracer(&c)); err != nil {
			return nil, err
		}
		out[r.ID] = c.n.Load()
	}
	return out, nil
}

type stepCounter struct{ n atomic.Int64 }

func (c *stepCounter) Enabled() bool               { return true }
func (c *stepCounter) TraceEvent(topdown.Event)    { c.n.Add(1) }
func (c *stepCounter) Config() topdown.TraceConfig { return topdown.TraceConfig{} }
