package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
)

// Query is the router every evaluation runs.
const Query = "data.newslint.main.report"

// Engine is a compiled, prepared rule set. It is safe for concurrent use.
type Engine struct {
	pq rego.PreparedEvalQuery
}

// Setup is what Compile needs.
type Setup struct {
	Modules []Module
	// Enabled lists the rules to evaluate.
	Enabled []Rule
	// Options holds each rule's effective options by id.
	Options map[string]map[string]any
	// Data is placed under data.newslint (kb, lexicon, custom, ...).
	Data map[string]any
}

// Compile compiles the modules once and prepares the router query.
func Compile(ctx context.Context, s Setup) (*Engine, error) {
	enabled := make([]any, 0, len(s.Enabled))
	for _, r := range s.Enabled {
		enabled = append(enabled, map[string]any{"category": r.Category, "name": r.Name, "custom": r.Custom, "id": r.ID})
	}
	opts := map[string]any{}
	for id, o := range s.Options {
		opts[id] = o
	}
	root := map[string]any{}
	for k, v := range s.Data {
		root[k] = v
	}
	root["config"] = map[string]any{"enabled": enabled, "options": opts}
	store := inmem.NewFromObject(map[string]any{"newslint": jsonSafe(root)})

	args := []func(*rego.Rego){rego.Query(Query), rego.Store(store), rego.SetRegoVersion(ast.RegoV1)}
	for _, m := range s.Modules {
		if !m.Test {
			args = append(args, rego.ParsedModule(m.AST))
		}
	}
	pq, err := rego.New(args...).PrepareForEval(ctx)
	if err != nil {
		return nil, CompileError(err)
	}
	return &Engine{pq: pq}, nil
}

// CompileError rewrites OPA's errors as file:line:col: message lines.
func CompileError(err error) error {
	var errs ast.Errors
	if !errors.As(err, &errs) {
		return err
	}
	lines := make([]string, 0, len(errs))
	for _, e := range errs {
		if e.Location != nil {
			lines = append(lines, fmt.Sprintf("%s:%d:%d: %s", e.Location.File, e.Location.Row, e.Location.Col, e.Message))
		} else {
			lines = append(lines, e.Message)
		}
	}
	return errors.New(strings.Join(lines, "\n"))
}

// Raw is a finding as a rule returned it.
type Raw struct {
	Rule       string
	Message    string
	Span       Span
	Suggestion string
	// Extra holds every other field the rule set (evidence, ...).
	Extra map[string]any
}

// Span is the location object a rule returns.
type Span struct {
	Offset, EndOffset, Line, Column, EndLine, EndColumn int
}

// Eval runs every enabled rule over one document's facts.
func (e *Engine) Eval(ctx context.Context, input ast.Value) ([]Raw, error) {
	rs, err := e.pq.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, nil
	}
	vals, _ := rs[0].Expressions[0].Value.([]any)
	out := make([]Raw, 0, len(vals))
	for _, v := range vals {
		m, ok := v.(map[string]any)
		if !ok {
			continue
		}
		r := Raw{Extra: map[string]any{}}
		for k, x := range m {
			switch k {
			case "rule":
				r.Rule, _ = x.(string)
			case "message":
				r.Message, _ = x.(string)
			case "suggestion":
				r.Suggestion, _ = x.(string)
			case "span":
				r.Span = spanOf(x)
			default:
				r.Extra[k] = x
			}
		}
		if len(r.Extra) == 0 {
			r.Extra = nil
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Offset != out[j].Span.Offset {
			return out[i].Span.Offset < out[j].Span.Offset
		}
		return out[i].Rule < out[j].Rule
	})
	return out, nil
}

func spanOf(x any) Span {
	m, _ := x.(map[string]any)
	n := func(k string) int {
		switch v := m[k].(type) {
		case json.Number:
			i, _ := v.Int64()
			return int(i)
		case float64:
			return int(v)
		case int:
			return v
		}
		return 0
	}
	return Span{Offset: n("offset"), EndOffset: n("end_offset"), Line: n("line"), Column: n("column"), EndLine: n("end_line"), EndColumn: n("end_column")}
}

// jsonSafe normalises Go values (int, []string, ...) for the store.
func jsonSafe(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	d := json.NewDecoder(strings.NewReader(string(b)))
	d.UseNumber()
	if d.Decode(&out) != nil {
		return v
	}
	return out
}
