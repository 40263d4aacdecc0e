package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// Query is the router every evaluation runs.
const Query = "data.newslint.main.report"

// Engine is a compiled, prepared rule set. It is safe for concurrent use.
type Engine struct {
	pq      rego.PreparedEvalQuery
	files   map[string]string // rule id -> file, for errors
	timeout time.Duration

	// What a single rule's query is prepared from, when one rule must be
	// evaluated on its own (see Eval).
	compiler *ast.Compiler
	store    storage.Store
	builtins []Builtin
	rules    []Rule
	single   sync.Map // rule id -> *singleQuery
}

// singleQuery is one rule's own query, prepared on first use.
type singleQuery struct {
	once sync.Once
	pq   rego.PreparedEvalQuery
	err  error
}

// DefaultTimeout bounds the evaluation of the rules on one document when
// Setup.Timeout is zero.
const DefaultTimeout = 10 * time.Second

// Builtin is a Go function rules can call (see engine/builtins.go).
type Builtin = tester.Builtin

// Setup is what Compile needs.
type Setup struct {
	Modules []Module
	// Enabled lists the rules to evaluate.
	Enabled []Rule
	// Options holds each rule's effective options by id.
	Options map[string]map[string]any
	// Data is placed under data.newslint (kb, lexicon, custom, ...).
	Data map[string]any
	// Lazy documents are placed under data.newslint too, by name, and
	// converted as rules read them (the knowledge base).
	Lazy map[string]Lazy
	// Builtins are the Go functions rules may call.
	Builtins []Builtin
	// Timeout bounds the evaluation of the rules on one document
	// (DefaultTimeout when zero).
	Timeout time.Duration
	// Checked says the modules are ones that passed every check of the
	// compiler before, unchanged (the built-in rules: a test compiles them
	// with and without the checks and compares what they find), so the
	// stages that only check are skipped: a fifth of the compile time.
	Checked bool
}

// checkStages are the compile stages that only report errors and change
// nothing: skipped for Checked modules. The safety stage of rule bodies is
// not among them, as it also orders each body for evaluation.
var checkStages = []ast.StageID{
	ast.StageCheckUnusedImports, ast.StageCheckKeywordOverrides, ast.StageCheckDuplicateImports, ast.StageCheckVoidCalls,
	ast.StageCheckRuleConflicts, ast.StageCheckUndefinedFuncs, ast.StageCheckSafetyRuleHeads, ast.StageCheckRecursion,
	ast.StageCheckTypes, ast.StageCheckUnsafeBuiltins, ast.StageCheckDeprecatedBuiltins,
}

// Compile compiles the modules once and prepares the router query.
func Compile(ctx context.Context, s Setup) (*Engine, error) {
	e := &Engine{store: store(s), builtins: s.Builtins, rules: s.Enabled, files: map[string]string{}, timeout: s.Timeout}
	if e.timeout <= 0 {
		e.timeout = DefaultTimeout
	}
	args := e.queryArgs(Query)
	// The compiler the router is compiled with is kept, so a single rule's
	// query can later be prepared without compiling the modules again.
	args = append(args, rego.CompilerHook(func(c *ast.Compiler) {
		e.compiler = c
		if s.Checked {
			c.WithSkipStages(checkStages...)
		}
	}))
	for _, m := range s.Modules {
		if !m.Test {
			args = append(args, rego.ParsedModule(m.AST))
		}
	}
	var err error
	if e.pq, err = rego.New(args...).PrepareForEval(ctx); err != nil {
		return nil, CompileError(err)
	}
	for _, r := range s.Enabled {
		e.files[r.ID] = r.File
	}
	return e, nil
}

func (e *Engine) queryArgs(query string) []func(*rego.Rego) {
	args := []func(*rego.Rego){rego.Query(query), rego.Store(e.store), rego.SetRegoVersion(ast.RegoV1),
		rego.Capabilities(Capabilities(declsOf(e.builtins)...))}
	for _, b := range e.builtins {
		args = append(args, b.Func)
	}
	return args
}

func declsOf(bs []Builtin) []*ast.Builtin {
	out := make([]*ast.Builtin, len(bs))
	for i := range bs {
		out[i] = bs[i].Decl
	}
	return out
}

// store holds data.newslint: the setup's data, and config with the enabled
// rules and every rule's options.
func store(s Setup) storage.Store {
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
	// The store holds AST values, so rules read data without converting it
	// on every access; values of other Go types (TOML dates) round-trip
	// through JSON once, here.
	v, err := ast.InterfaceToValue(map[string]any{"newslint": root})
	if err != nil {
		panic(fmt.Sprintf("data.newslint is not JSON-like: %v", err))
	}
	st := inmem.NewFromASTObject(v.(ast.Object))
	if len(s.Lazy) > 0 {
		return newLazyStore(st, s.Lazy)
	}
	return st
}

// CompileError rewrites OPA's errors as file:line:col: message lines.
func CompileError(err error) error {
	var errs ast.Errors
	if !errors.As(err, &errs) {
		return err
	}
	lines := make([]string, 0, len(errs)+1)
	recursive := false
	imports := map[string]bool{}
	for _, e := range errs {
		recursive = recursive || strings.Contains(e.Message, "recursive")
		msg := e.Message
		if r := refusedMessage(msg); r != "" {
			msg = r
		}
		for _, lib := range []string{"result", "config", "text"} {
			if strings.HasPrefix(e.Message, "undefined function "+lib+".") {
				imports[lib] = true
			}
		}
		if e.Location != nil {
			// The parser reports the end of a file at column 0.
			lines = append(lines, fmt.Sprintf("%s:%d:%d: %s", e.Location.File, e.Location.Row, max(e.Location.Col, 1), msg))
		} else {
			lines = append(lines, msg)
		}
	}
	for _, lib := range []string{"result", "config", "text"} {
		if imports[lib] {
			lines = append(lines, "hint: "+lib+"."+"* comes from the newslint library: add `import data.newslint.lib."+lib+"` under the package line")
		}
	}
	if recursive {
		lines = append(lines, "hint: a rule that reads all of data or data.newslint (object.get(data.newslint, ...), say) reads the rules too, itself among them; read data.newslint.custom.<name> or data.newslint.<domain> instead")
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

// Failure is a rule that could not report on a document: it ran out of
// time, hit a runtime error, or returned a malformed finding. Its findings
// for that document are missing; the other rules' are not.
type Failure struct {
	Rule string
	File string
	// TimedOut is set when the rule was stopped at the time limit.
	TimedOut bool
	Timeout  time.Duration
	Err      error
}

// Eval runs every enabled rule over one document's facts, within the
// engine's time limit. All rules run as one query; when that query fails,
// each rule runs on its own (with the same limit) so that one looping,
// failing or malformed rule is named and the others still report. Only the
// caller's own cancellation is an error.
func (e *Engine) Eval(ctx context.Context, input ast.Value) ([]Raw, []Failure, error) {
	out, err := e.evalAll(ctx, input)
	if err == nil {
		sortRaws(out)
		return out, nil, nil
	}
	if ctx.Err() != nil {
		return nil, nil, ctx.Err()
	}
	out = out[:0]
	var failures []Failure
	for _, r := range e.rules {
		raws, err := e.evalOne(ctx, r, input)
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		if err != nil {
			f := Failure{Rule: r.ID, File: r.File, Err: err}
			if errors.Is(err, context.DeadlineExceeded) {
				f.TimedOut, f.Timeout = true, e.timeout
			}
			failures = append(failures, f)
			continue
		}
		out = append(out, raws...)
	}
	sortRaws(out)
	return out, failures, nil
}

// evalAll runs the router: every rule at once.
func (e *Engine) evalAll(ctx context.Context, input ast.Value) ([]Raw, error) {
	vals, err := e.evalSet(ctx, e.pq, input)
	if err != nil {
		return nil, err
	}
	out := make([]Raw, 0, len(vals))
	for _, v := range vals {
		entry, _ := v.(map[string]any)
		id, _ := entry["id"].(string)
		r, err := rawFinding(id, entry["finding"])
		if err != nil {
			return nil, fmt.Errorf("rule %s (%s): %w", id, e.files[id], err)
		}
		out = append(out, r)
	}
	return out, nil
}

// evalOne runs one rule's report set on its own.
func (e *Engine) evalOne(ctx context.Context, r Rule, input ast.Value) ([]Raw, error) {
	v, _ := e.single.LoadOrStore(r.ID, &singleQuery{})
	q := v.(*singleQuery)
	q.once.Do(func() {
		path := "data.newslint.rules"
		if r.Custom {
			path += ".custom"
		}
		query := fmt.Sprintf("%s[%s][%s].report", path, strconv.Quote(r.Category), strconv.Quote(r.Name))
		// Not the caller's context: a cancelled request must not leave a
		// failed preparation behind for the next one.
		q.pq, q.err = rego.New(append(e.queryArgs(query), rego.Compiler(e.compiler))...).PrepareForEval(context.Background())
	})
	if q.err != nil {
		return nil, q.err
	}
	vals, err := e.evalSet(ctx, q.pq, input)
	if err != nil {
		return nil, err
	}
	out := make([]Raw, 0, len(vals))
	for _, v := range vals {
		raw, err := rawFinding(r.ID, v)
		if err != nil {
			return nil, err
		}
		out = append(out, raw)
	}
	return out, nil
}

// evalSet evaluates a prepared query whose value is a set, within the time
// limit; running out of time is context.DeadlineExceeded.
func (e *Engine) evalSet(ctx context.Context, pq rego.PreparedEvalQuery, input ast.Value) ([]any, error) {
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	rs, err := pq.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, err
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, nil
	}
	vals, _ := rs[0].Expressions[0].Value.([]any)
	return vals, nil
}

func sortRaws(out []Raw) {
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Offset != out[j].Span.Offset {
			return out[i].Span.Offset < out[j].Span.Offset
		}
		return out[i].Rule < out[j].Rule
	})
}

const findingHelp = "build findings with result.fail(rego.metadata.chain(), span, message)"

func rawFinding(id string, v any) (Raw, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return Raw{}, fmt.Errorf("a finding must be an object (%s), got %s", findingHelp, brief(v))
	}
	r := Raw{Rule: id, Extra: map[string]any{}}
	for k, x := range m {
		switch k {
		case "rule":
			// The router names the rule; the helper's copy is the same id.
		case "message":
			r.Message, _ = x.(string)
		case "suggestion":
			r.Suggestion, _ = x.(string)
		case "span":
			s, err := spanOf(x)
			if err != nil {
				return Raw{}, err
			}
			r.Span = s
		default:
			r.Extra[k] = x
		}
	}
	if r.Message == "" {
		return Raw{}, fmt.Errorf("a finding needs a message (%s)", findingHelp)
	}
	if _, ok := m["span"]; !ok {
		return Raw{}, fmt.Errorf("finding %q has no span: pass the span of the fact it is about (block.span, sentence.span, input.anchor)", r.Message)
	}
	if len(r.Extra) == 0 {
		r.Extra = nil
	}
	return r, nil
}

var spanKeys = []string{"offset", "end_offset", "line", "column", "end_line", "end_column"}

func spanOf(x any) (Span, error) {
	m, ok := x.(map[string]any)
	if !ok {
		return Span{}, fmt.Errorf("a finding's span must be a span object from the facts, got %s", brief(x))
	}
	if _, ok := m["offset"]; !ok {
		if _, nested := m["span"]; nested {
			return Span{}, fmt.Errorf("the span given is a whole fact (it has a span of its own): pass block.span, not block")
		}
	}
	var n [6]int
	for i, k := range spanKeys {
		v, ok := m[k].(json.Number)
		if !ok {
			return Span{}, fmt.Errorf("a finding's span needs %s (spans from the facts have %s), got %s", k, strings.Join(spanKeys, ", "), brief(x))
		}
		i64, err := v.Int64()
		if err != nil {
			return Span{}, fmt.Errorf("span %s must be a whole number, got %s", k, v)
		}
		n[i] = int(i64)
	}
	return Span{Offset: n[0], EndOffset: n[1], Line: n[2], Column: n[3], EndLine: n[4], EndColumn: n[5]}, nil
}

// brief shows a value in an error message, cut to a readable length.
func brief(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%v", v)
	}
	if len(b) > 80 {
		return string(b[:77]) + "..."
	}
	return string(b)
}
