package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/open-policy-agent/opa/v1/version"

	"github.com/newslint/newslint/engine/parallel"
)

// Query is the router every evaluation runs.
const Query = "data.newslint.main.report"

// Engine is a compiled, prepared rule set. It is safe for concurrent use.
type Engine struct {
	files   map[string]string // rule id -> file, for errors
	timeout time.Duration

	// What a single rule's query is prepared from, when one rule must be
	// evaluated on its own (see Eval).
	compiler *ast.Compiler
	store    storage.Store
	builtins []Builtin
	rules    []Rule
	single   sync.Map // rule id -> *singleQuery
	// evalRule runs one rule (evalOne; tests put a stand-in here).
	evalRule func(ctx context.Context, r Rule, input ast.Value) ([]Raw, error)
	// fields are the top-level input fields the rules read (nil: any).
	fields map[string]bool
	// names are those of the fields at any depth (nil: any).
	names *names
	// batches are the queries that evaluate the built-in rules that
	// apply to a document together, by the set of rules (see evalBatch),
	// nBatches of them, at most maxBatches; every is the query of all the
	// built-in rules, for a set past that bound with no query kept that
	// holds it.
	batches    sync.Map // bitmask of rules -> *batchQuery
	nBatches   atomic.Int32
	maxBatches int32
	every      *batchQuery
}

// maxBatches bounds the batch queries an engine keeps: each is about 40 KB
// and a millisecond to prepare. Real pages come in few sets of rules that
// apply (103 on 2,000 real-text articles, 147 on 10,000), but a server
// that runs for weeks, or a client that sends pages made to hit a new set
// each time, would have one prepared for every set without end. Past the
// bound a document's rules run in the smallest query kept that holds
// them, which costs it the few microseconds of the rules in it that do
// not apply.
const maxBatches = 64

// batchQuery is one query that evaluates some rules' report sets, bound
// to batchVar as an array: element k for rules[k].
type batchQuery struct {
	mask  uint64 // the rules, by their bits
	once  sync.Once
	pq    rego.PreparedEvalQuery
	err   error
	rules []int // indexes into Engine.rules, in the order of the query's array
}

// batchVar is the variable a batch query binds.
const batchVar = "reports"

// singleQuery is one rule's own query, prepared on first use.
type singleQuery struct {
	once sync.Once
	pq   rego.PreparedEvalQuery
	err  error
}

// DefaultTimeout bounds the evaluation of the rules on one document when
// Setup.Timeout is zero.
const DefaultTimeout = 10 * time.Second

// Builtin is a Go function rules can call (see engine/policy/builtins).
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
	// Keep names the fields of the facts that Go code reads from what the
	// rules pass it (the builtins' arguments): kept in the input of
	// Checked modules whatever names the rules write.
	Keep []string
	// Checked says the modules are ones that passed every check of the
	// compiler before, unchanged (the built-in rules: a test compiles them
	// with and without the checks and compares what they find), so the
	// stages that only check are skipped (skippedStages), with the safety
	// stage that finds their bodies in order already and those with
	// nothing to do in them: a third of the compile time.
	Checked bool
}

// skippedStages are the compile stages skipped for Checked modules: those
// that only report errors and change nothing, the rule graph, which only
// the recursion and type checks read, and the safety stage of rule bodies,
// which also orders each body for evaluation but finds the built-in rules'
// bodies in order already. TestCheckedModulesCompileAlike compiles the
// built-in rules with and without them and compares the modules.
var skippedStages = []ast.StageID{
	ast.StageCheckUnusedImports, ast.StageCheckKeywordOverrides, ast.StageCheckDuplicateImports, ast.StageCheckVoidCalls,
	ast.StageCheckRuleConflicts, ast.StageCheckUndefinedFuncs, ast.StageCheckSafetyRuleHeads, ast.StageCheckSafetyRuleBodies,
	ast.StageCheckRecursion, ast.StageCheckTypes, ast.StageCheckUnsafeBuiltins, ast.StageCheckDeprecatedBuiltins, ast.StageSetGraph,
	// Stages with nothing to do in the built-in rules (no print calls,
	// template strings or with, annotations parsed with the modules) or
	// whose work only bundles read.
	ast.StageRewritePrintCalls, ast.StageRewriteTemplateStrings, ast.StageRewriteWithValues, ast.StageParseMetadataBlocks,
	ast.StageBuildRequiredCapabilities,
}

// Compile compiles the modules once and prepares the router query.
func Compile(ctx context.Context, s Setup) (*Engine, error) {
	e := &Engine{store: store(s), builtins: s.Builtins, rules: s.Enabled, files: map[string]string{}, timeout: s.Timeout, maxBatches: maxBatches}
	if e.timeout <= 0 {
		e.timeout = DefaultTimeout
	}
	args := e.queryArgs(Query)
	ids := map[string]string{}
	for _, r := range s.Enabled {
		ids[r.Package] = r.ID
	}
	// The compiler the router is compiled with is kept, so a single rule's
	// query can later be prepared without compiling the modules again.
	args = append(args, rego.CompilerHook(func(c *ast.Compiler) {
		e.compiler = c
		if s.Checked {
			c.WithSkipStages(skippedStages...)
		}
		c.WithStageAfterID(ast.StageResolveRefs, foldCalls(ids, s.Options))
	}))
	for _, m := range s.Modules {
		if !m.Test {
			args = append(args, rego.ParsedModule(m.AST))
		}
	}
	// The router compiles every module together; its compiler then
	// prepares each rule's own query, which is what runs (see Eval).
	if _, err := rego.New(args...).PrepareForEval(ctx); err != nil {
		return nil, CompileError(err)
	}
	e.every = &batchQuery{}
	for k, r := range s.Enabled {
		if !r.Custom && k < 64 {
			e.every.mask |= 1 << k
		}
	}
	for _, r := range s.Enabled {
		e.files[r.ID] = r.File
		if s.Checked {
			continue // prepared on first use: most documents run the batch
		}
		if _, err := e.prepared(r); err != nil {
			return nil, CompileError(err)
		}
	}
	if keys, ok := inputKeys(s.Modules); ok {
		for _, r := range s.Enabled {
			for _, n := range r.Needs {
				top, _, _ := strings.Cut(n, ".")
				keys[top] = true // Applies reads them
			}
		}
		e.fields = keys
		// A custom rule might read a fact whole (as evidence, or key by
		// key): only the built-in rules have their input cut to the
		// names they write.
		if s.Checked {
			e.names = &names{written: namesIn(s.Modules)}
			for _, k := range append(spanKeys, s.Keep...) {
				e.names.written[k] = true // the engine reads a finding's span
			}
			for _, r := range s.Enabled {
				for n := range strings.SplitSeq(strings.Join(r.Needs, "."), ".") {
					e.names.written[n] = true
				}
			}
		}
	}
	return e, nil
}

// Input is the rules' input for a document's facts, a pointer to a
// struct that is not used afterwards (its fields are given up as they are
// converted): the fields the rules read.
func (e *Engine) Input(facts any) ast.Value {
	return valueConsuming(facts, e.fields, e.names)
}

// batchFor returns a query over the rules of e.rules whose bits are set
// in mask, and maybe others (see maxBatches), prepared on first use. Each
// query has a fixed cost (an evaluation context, bindings, caches, about
// 5 µs), which twenty rules on a short article would pay twenty times, and
// the library's rules that several rules read (the boilerplate tags, the
// claims) are worked out once. A document's facts decide which rules
// apply, and few sets of them come up, so few queries are prepared.
func (e *Engine) batchFor(mask uint64) (*batchQuery, error) {
	v, ok := e.batches.Load(mask)
	switch {
	case ok:
	case e.nBatches.Add(1) > e.maxBatches:
		e.nBatches.Add(-1)
		v = e.holding(mask)
	default:
		if v, ok = e.batches.LoadOrStore(mask, &batchQuery{mask: mask}); ok {
			e.nBatches.Add(-1) // another document stored it meanwhile
		}
	}
	q := v.(*batchQuery)
	q.once.Do(func() {
		// One expression, the rules' report sets in an array: a query's
		// result holds a value for each of its expressions.
		var parts []string
		for k, r := range e.rules {
			if q.mask&(1<<k) == 0 {
				continue
			}
			q.rules = append(q.rules, k)
			parts = append(parts, fmt.Sprintf("data.newslint.rules[%s][%s].report", strconv.Quote(r.Category), strconv.Quote(r.Name)))
		}
		query := batchVar + " := [" + strings.Join(parts, ", ") + "]"
		// Not the caller's context, as in prepared.
		q.pq, q.err = rego.New(append(e.queryArgs(query), rego.Compiler(e.compiler))...).PrepareForEval(context.Background())
	})
	return q, q.err
}

// holding returns the query kept with the fewest rules that holds those
// of mask, else the query of every built-in rule.
func (e *Engine) holding(mask uint64) *batchQuery {
	best := e.every
	e.batches.Range(func(_, v any) bool {
		q := v.(*batchQuery)
		if q.mask&mask == mask && bits.OnesCount64(q.mask) < bits.OnesCount64(best.mask) {
			best = q
		}
		return true
	})
	return best
}

// InputFields are the top-level fields of the facts that the compiled
// rules read, or nil when a rule may read any of them: the input need
// hold no others.
func (e *Engine) InputFields() map[string]bool { return e.fields }

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
// time, was not reached before the time ran out, hit a runtime error, or
// returned a malformed finding. Its findings for that document are
// missing; the other rules' are not.
type Failure struct {
	Rule string
	File string
	// TimedOut is set when the rule was stopped because the document's
	// time ran out; NotRun when the time ran out before its turn.
	TimedOut bool
	NotRun   bool
	Timeout  time.Duration
	Err      error
}

// Eval runs every enabled rule over one document's facts, one rule at a
// time, within ctx's deadline (or the engine's time limit when ctx has
// none): the deadline bounds the document's rules together, never each
// rule. Each rule first gets a fair share of the time left (what is left
// over the rules still to run); a rule that runs past its share is tried
// again, after the others, with the time that remains. So k looping rules
// cost the document its limit once, not k times, every well-behaved rule
// still reports, and a rule that is only slow on a large file still gets
// the time the others did not use. On a short document the built-in rules
// run together first, in one query (evalBatch), and only those that did
// not finish there run one at a time. Only the caller's own cancellation
// is an error.
func (e *Engine) Eval(ctx context.Context, input ast.Value) ([]Raw, []Failure, error) {
	var out []Raw
	failures, err := e.EvalEach(ctx, input, func(_ Rule, raws []Raw) { out = append(out, raws...) })
	if err != nil {
		return nil, nil, err
	}
	sortRaws(out)
	return out, failures, nil
}

// EvalEach is Eval handing each rule's findings to fn as the rule
// finishes, in the rules' order (one tried again after the others comes
// last), so that the caller can keep what it needs of them before the
// next is handed over.
func (e *Engine) EvalEach(ctx context.Context, input ast.Value, fn func(r Rule, raws []Raw)) ([]Failure, error) {
	deadline, ok := ctx.Deadline()
	if !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, e.timeout)
		defer cancel()
		deadline, _ = ctx.Deadline()
	}
	var failures []Failure
	var slow []Rule
	take := func(r Rule, t turn, last bool) error {
		switch {
		case t.skipped:
			fn(r, nil)
		case ctx.Err() == context.Canceled:
			return ctx.Err()
		case t.state == late && !last:
			slow = append(slow, r)
		case t.state == late || t.state == stopped:
			failures = append(failures, Failure{Rule: r.ID, File: e.files[r.ID], TimedOut: true, Timeout: e.timeout, Err: context.DeadlineExceeded})
		case t.state == notRun:
			failures = append(failures, Failure{Rule: r.ID, File: e.files[r.ID], NotRun: true, Timeout: e.timeout, Err: context.DeadlineExceeded})
		case t.err != nil:
			failures = append(failures, Failure{Rule: r.ID, File: e.files[r.ID], Err: t.err})
		default:
			fn(r, t.raws)
		}
		return nil
	}
	done := e.evalBatch(ctx, deadline, input, fn)
	var todo []int
	for k := range e.rules {
		if !done[k] {
			todo = append(todo, k)
		}
	}
	if err := e.evalTurns(ctx, deadline, input, todo, take); err != nil {
		return nil, err
	}
	for k, r := range slow {
		if err := take(r, e.turn(ctx, deadline, r, len(slow)-k, input), true); err != nil {
			return nil, err
		}
	}
	sort.SliceStable(failures, func(i, j int) bool { return failures[i].Rule < failures[j].Rule })
	return failures, nil
}

// turn is how one rule's turn on a document ended.
type turn struct {
	raws    []Raw
	state   int
	err     error
	skipped bool // the rule does not apply to the document
}

// turn runs r with 1/n of the time left (evalShare), unless it does not
// apply.
func (e *Engine) turn(ctx context.Context, deadline time.Time, r Rule, n int, input ast.Value) turn {
	if !r.Applies(input) {
		return turn{skipped: true}
	}
	raws, state, err := e.evalShare(ctx, deadline, r, n, input)
	if err == nil && state == finished {
		sortRaws(raws)
	}
	return turn{raws: raws, state: state, err: err}
}

// evalTurns gives the rules todo (indexes into e.rules) their turns and
// hands each to take in the rules' order. On a long document (the rules
// run one by one there, each query's work far above its fixed cost) as
// many rules run at once as there are cores, each with its share of the
// time left divided among the rules still to start on each core; take
// still sees them in order, one at a time.
func (e *Engine) evalTurns(ctx context.Context, deadline time.Time, input ast.Value, todo []int, take func(Rule, turn, bool) error) error {
	workers := parallel.Workers(len(todo))
	if workers < 2 || !long(input) {
		for _, k := range todo {
			if err := take(e.rules[k], e.turn(ctx, deadline, e.rules[k], len(e.rules)-k, input), false); err != nil {
				return err
			}
		}
		return nil
	}
	turns := make([]turn, len(todo))
	ready := make([]chan struct{}, len(todo))
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	// A return on cancellation waits for the rules still running, which
	// stop with the context.
	running := make(chan struct{})
	defer func() { <-running }()
	go func() {
		defer close(running)
		parallel.Each(len(todo), func(i int) {
			left := (len(todo) - i + workers - 1) / workers
			turns[i] = e.turn(ctx, deadline, e.rules[todo[i]], left, input)
			close(ready[i])
		})
	}()
	for i, k := range todo {
		<-ready[i]
		err := take(e.rules[k], turns[i], false)
		turns[i] = turn{} // its findings are the caller's now
		if err != nil {
			return err
		}
	}
	return nil
}

// batchMaxSentences bounds the documents whose rules run in one query:
// on a longer one the fixed cost of a query is nothing beside the rules'
// work, and a rule that is slow on it is better found on its own.
const batchMaxSentences = 2000

// evalBatch evaluates the built-in rules that apply in one query, with
// half the time left, and hands each rule's findings to fn (a rule that
// does not apply reports nothing); it returns which of e.rules it has
// done. A batch that fails or runs out of its time does only the rules
// that do not apply: the others then run on their own, with the time that
// remains, so that a failure or the time is put down to the rule it
// belongs to, and the rest still report.
func (e *Engine) evalBatch(ctx context.Context, deadline time.Time, input ast.Value, fn func(r Rule, raws []Raw)) []bool {
	done := make([]bool, len(e.rules))
	// The set of rules is a bit mask of their places in e.rules.
	if e.evalRule != nil || len(e.rules) > 64 || long(input) {
		return done
	}
	var mask uint64
	n := 0
	for k, r := range e.rules {
		switch {
		case r.Custom:
		case !r.Applies(input):
			done[k] = true
			fn(r, nil)
		default:
			mask |= 1 << k
			n++
		}
	}
	left := time.Until(deadline)
	if n < 2 || left <= 0 {
		return done
	}
	q, err := e.batchFor(mask)
	if err != nil {
		return done
	}
	bctx, cancel := context.WithTimeout(ctx, left/2)
	defer cancel()
	rs, err := evalQuery(bctx, q.pq, input)
	if err != nil || len(rs) != 1 {
		return done
	}
	reports, ok := rs[0].Bindings[batchVar].(*ast.Array)
	if !ok || reports.Len() != len(q.rules) {
		return done
	}
	for k, at := range q.rules {
		if mask&(1<<at) == 0 {
			continue // does not apply: told above
		}
		raws, err := rawFindings(e.rules[at].ID, reports.Elem(k).Value)
		if err != nil {
			continue // reported when the rule runs on its own
		}
		done[at] = true
		sortRaws(raws)
		fn(e.rules[at], raws)
	}
	return done
}

// long reports a document with more than batchMaxSentences sentences.
func long(input ast.Value) bool {
	obj, ok := input.(ast.Object)
	if !ok {
		return false
	}
	t := obj.Get(keyTerm("sentences"))
	if t == nil {
		return false
	}
	a, ok := t.Value.(*ast.Array)
	return ok && a.Len() > batchMaxSentences
}

// keyTerms holds the object keys the engine looks up in every input and
// finding (the segments of the rules' needs, a span's fields):
// ast.InternedTerm makes a new term for a string it does not intern, on
// every call.
var keyTerms sync.Map // string → *ast.Term

func keyTerm(k string) *ast.Term {
	if t, ok := keyTerms.Load(k); ok {
		return t.(*ast.Term)
	}
	t, _ := keyTerms.LoadOrStore(k, ast.StringTerm(k))
	return t.(*ast.Term)
}

// Applies reports whether input holds any of the facts the rule needs
// (Rule.Needs) with something in it; true for a rule that names none. A
// query costs about as much as a short rule's whole work, so a rule whose
// facts are empty is not evaluated.
func (r Rule) Applies(input ast.Value) bool {
	if len(r.Needs) == 0 {
		return true
	}
	for _, p := range r.Needs {
		v := input
		for k := range strings.SplitSeq(p, ".") {
			obj, ok := v.(ast.Object)
			if !ok {
				v = nil
				break
			}
			t := obj.Get(keyTerm(k))
			if t == nil {
				v = nil
				break
			}
			v = t.Value
		}
		switch x := v.(type) {
		case nil, ast.Null:
		case *ast.Array:
			if x.Len() > 0 {
				return true
			}
		case ast.Object:
			if x.Len() > 0 {
				return true
			}
		case ast.Set:
			if x.Len() > 0 {
				return true
			}
		case ast.String:
			if x != "" {
				return true
			}
		case ast.Boolean:
			if x {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// How a rule's turn ended, besides with its findings or an error.
const (
	finished = iota
	late     // ran past its share of the time
	stopped  // stopped when the document's time ran out
	notRun   // the document's time ran out before its turn
)

// evalShare runs one rule with a share of the time left before deadline:
// 1/n of it.
func (e *Engine) evalShare(ctx context.Context, deadline time.Time, r Rule, n int, input ast.Value) ([]Raw, int, error) {
	left := time.Until(deadline)
	if left <= 0 || ctx.Err() != nil {
		return nil, notRun, nil
	}
	rctx, cancel := context.WithTimeout(ctx, left/time.Duration(n))
	defer cancel()
	eval := e.evalRule
	if eval == nil {
		eval = e.evalOne
	}
	raws, err := eval(rctx, r, input)
	switch {
	case err == nil:
		return raws, finished, nil
	case ctx.Err() != nil:
		return nil, stopped, err
	case rctx.Err() != nil:
		return nil, late, err
	}
	return nil, finished, err
}

// EvalRule evaluates one rule on input whatever it needs, within ctx: the
// findings Eval would give for it if it did not skip a rule that does not
// apply (Rule.Applies).
func (e *Engine) EvalRule(ctx context.Context, r Rule, input ast.Value) ([]Raw, error) {
	return e.evalOne(ctx, r, input)
}

// evalOne runs one rule's report set on its own.
func (e *Engine) evalOne(ctx context.Context, r Rule, input ast.Value) ([]Raw, error) {
	pq, err := e.prepared(r)
	if err != nil {
		return nil, err
	}
	vals, err := e.evalSet(ctx, pq, input)
	if err != nil {
		return nil, err
	}
	return rawFindings(r.ID, vals)
}

// rawFindings reads a rule's report set, as the query gave it (keepAST);
// anything but a set or an array is no findings.
func rawFindings(id string, report any) ([]Raw, error) {
	var vals []*ast.Term
	switch v := report.(type) {
	case ast.Set:
		vals = v.Slice()
	case *ast.Array:
		vals = make([]*ast.Term, v.Len())
		for i := range vals {
			vals[i] = v.Elem(i)
		}
	}
	out := make([]Raw, 0, len(vals))
	for _, v := range vals {
		raw, err := rawFinding(id, v.Value)
		if err != nil {
			return nil, err
		}
		out = append(out, raw)
	}
	return out, nil
}

// prepared returns one rule's own query, prepared on first use.
func (e *Engine) prepared(r Rule) (rego.PreparedEvalQuery, error) {
	v, ok := e.single.Load(r.ID)
	if !ok {
		v, _ = e.single.LoadOrStore(r.ID, &singleQuery{})
	}
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
	return q.pq, q.err
}

// evalSet evaluates a prepared query whose value is a set, within ctx;
// running out of time is context.DeadlineExceeded.
func (e *Engine) evalSet(ctx context.Context, pq rego.PreparedEvalQuery, input ast.Value) (any, error) {
	rs, err := evalQuery(ctx, pq, input)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, err
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, nil
	}
	return rs[0].Expressions[0].Value, nil
}

// evalQuery evaluates a prepared query on input within ctx. No one reads
// OPA's metrics; made for every query, they cost a map and a timer each.
// The query is cancelled with ctx by a callback rather than by the
// goroutine OPA would start for every query.
func evalQuery(ctx context.Context, pq rego.PreparedEvalQuery, input ast.Value) (rego.ResultSet, error) {
	c := topdown.NewCancel()
	defer context.AfterFunc(ctx, c.Cancel)()
	vc := newFlatCache()
	defer vc.release()
	return pq.Eval(ctx, rego.EvalParsedInput(input), rego.EvalMetrics(metrics.NoOp()), rego.EvalExternalCancel(c), rego.EvalGenerateJSON(keepAST), rego.EvalVirtualCache(vc))
}

// keepAST hands a query's values over as OPA made them, not copied into Go
// maps: the findings are read from them (rawFinding), and only their extra
// fields are converted.
func keepAST(t *ast.Term, _ *rego.EvalContext) (any, error) { return t.Value, nil }

func sortRaws(out []Raw) {
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Offset != out[j].Span.Offset {
			return out[i].Span.Offset < out[j].Span.Offset
		}
		return out[i].Rule < out[j].Rule
	})
}

const findingHelp = "build findings with result.fail(rego.metadata.chain(), span, message)"

// rawFinding reads one finding of a report set. Its extra fields are
// converted to Go values as OPA's JSON does.
func rawFinding(id string, v ast.Value) (Raw, error) {
	obj, ok := v.(ast.Object)
	if !ok {
		return Raw{}, fmt.Errorf("a finding must be an object (%s), got %s", findingHelp, brief(v))
	}
	r := Raw{Rule: id}
	var err error
	hasSpan := false
	obj.Foreach(func(kt, x *ast.Term) {
		if err != nil {
			return
		}
		k, ok := kt.Value.(ast.String)
		if !ok {
			err = fmt.Errorf("a finding's fields are named by strings, got %s", brief(kt.Value))
			return
		}
		switch k {
		case "rule":
			// The router names the rule; the helper's copy is the same id.
		case "message":
			s, _ := x.Value.(ast.String)
			r.Message = string(s)
		case "suggestion":
			s, _ := x.Value.(ast.String)
			r.Suggestion = string(s)
		case "span":
			hasSpan = true
			r.Span, err = spanOf(x.Value)
		default:
			var j any
			if j, err = ast.JSON(x.Value); err == nil {
				if r.Extra == nil {
					r.Extra = map[string]any{}
				}
				r.Extra[string(k)] = j
			}
		}
	})
	switch {
	case err != nil:
		return Raw{}, err
	case r.Message == "":
		return Raw{}, fmt.Errorf("a finding needs a message (%s)", findingHelp)
	case !hasSpan:
		return Raw{}, fmt.Errorf("finding %q has no span: pass the span of the fact it is about (block.span, sentence.span, input.anchor)", r.Message)
	}
	return r, nil
}

var spanKeys = []string{"offset", "end_offset", "line", "column", "end_line", "end_column"}

func spanOf(x ast.Value) (Span, error) {
	m, ok := x.(ast.Object)
	if !ok {
		return Span{}, fmt.Errorf("a finding's span must be a span object from the facts, got %s", brief(x))
	}
	if m.Get(keyTerm("offset")) == nil && m.Get(keyTerm("span")) != nil {
		return Span{}, fmt.Errorf("the span given is a whole fact (it has a span of its own): pass block.span, not block")
	}
	var n [6]int
	for i, k := range spanKeys {
		t := m.Get(keyTerm(k))
		var v ast.Number
		if t != nil {
			v, ok = t.Value.(ast.Number)
		}
		if t == nil || !ok {
			return Span{}, fmt.Errorf("a finding's span needs %s (spans from the facts have %s), got %s", k, strings.Join(spanKeys, ", "), brief(x))
		}
		i64, err := json.Number(v).Int64()
		if err != nil {
			return Span{}, fmt.Errorf("span %s must be a whole number, got %s", k, v)
		}
		n[i] = int(i64)
	}
	return Span{Offset: n[0], EndOffset: n[1], Line: n[2], Column: n[3], EndLine: n[4], EndColumn: n[5]}, nil
}

// brief shows a value in an error message, as JSON cut to a readable
// length.
func brief(x ast.Value) string {
	v, err := ast.JSON(x)
	if err != nil {
		return x.String()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%v", v)
	}
	if len(b) > 80 {
		return string(b[:77]) + "..."
	}
	return string(b)
}

// OPAVersion is the version of OPA the rules run on.
func OPAVersion() string { return version.Version }
