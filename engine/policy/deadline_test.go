package policy

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
)

// fakeRules evaluates rules by name: "loop-*" never finish (they wait for
// their context), "slow-*" finish on their second turn, others at once.
// It records the deadline each turn was given.
type fakeRules struct {
	mu        sync.Mutex
	deadlines []time.Time
	turns     map[string]int
}

func (f *fakeRules) eval(ctx context.Context, r Rule, _ ast.Value) ([]Raw, error) {
	d, ok := ctx.Deadline()
	f.mu.Lock()
	if !ok {
		d = time.Time{}
	}
	f.deadlines = append(f.deadlines, d)
	f.turns[r.ID]++
	turn := f.turns[r.ID]
	f.mu.Unlock()
	switch {
	case len(r.ID) > 5 && r.ID[:5] == "loop-", len(r.ID) > 5 && r.ID[:5] == "slow-" && turn == 1:
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return []Raw{{Rule: r.ID, Message: "found"}}, nil
}

func engineOf(f *fakeRules, ids ...string) *Engine {
	e := &Engine{files: map[string]string{}, timeout: time.Minute, evalRule: f.eval}
	for _, id := range ids {
		e.rules = append(e.rules, Rule{ID: id})
		e.files[id] = id + ".rego"
	}
	return e
}

// However many rules loop, every turn of every rule ends by the
// document's deadline: the limit bounds the document, not each rule. The
// rules that finish still report, and a rule that is only slow gets a
// second turn with the time the others left.
func TestOneDeadlinePerDocument(t *testing.T) {
	f := &fakeRules{turns: map[string]int{}}
	e := engineOf(f, "loop-a", "good-a", "loop-b", "slow-a", "loop-c", "good-b")
	deadline := time.Now().Add(600 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	raws, failures, err := e.Eval(ctx, ast.NewObject())
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range f.deadlines {
		if d.IsZero() || d.After(deadline) {
			t.Errorf("turn %d was given until %v, after the document's deadline %v", i, d, deadline)
		}
	}
	var found []string
	for _, r := range raws {
		found = append(found, r.Rule)
	}
	if len(found) != 3 || found[0] != "good-a" || found[1] != "good-b" || found[2] != "slow-a" {
		t.Errorf("findings from %v, want good-a, good-b and slow-a", found)
	}
	stopped := map[string]bool{}
	for _, fl := range failures {
		if !(fl.TimedOut || fl.NotRun) || !errors.Is(fl.Err, context.DeadlineExceeded) {
			t.Errorf("failure %+v", fl)
		}
		stopped[fl.Rule] = true
	}
	if len(failures) != 3 || !stopped["loop-a"] || !stopped["loop-b"] || !stopped["loop-c"] {
		t.Errorf("failures %+v, want the three looping rules", failures)
	}
	// Each rule has at most two turns: 6 first turns, 4 second ones.
	if len(f.deadlines) > 10 {
		t.Errorf("%d turns for 6 rules", len(f.deadlines))
	}
}

// Without a deadline of its own, the document gets the engine's limit.
func TestDefaultDeadline(t *testing.T) {
	f := &fakeRules{turns: map[string]int{}}
	e := engineOf(f, "good-a")
	e.timeout = 50 * time.Millisecond
	before := time.Now()
	if _, _, err := e.Eval(context.Background(), ast.NewObject()); err != nil {
		t.Fatal(err)
	}
	if len(f.deadlines) != 1 || f.deadlines[0].IsZero() || f.deadlines[0].After(before.Add(time.Second)) {
		t.Errorf("deadlines %v", f.deadlines)
	}
}

// The caller's cancellation is an error, not rule failures.
func TestCancelledIsAnError(t *testing.T) {
	f := &fakeRules{turns: map[string]int{}}
	e := engineOf(f, "loop-a", "good-a")
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for {
			f.mu.Lock()
			n := len(f.deadlines)
			f.mu.Unlock()
			if n > 0 {
				cancel()
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	if _, _, err := e.Eval(ctx, ast.NewObject()); !errors.Is(err, context.Canceled) {
		t.Errorf("err %v", err)
	}
}

// The built-in rules that apply run together in one query: their findings
// come from it, not from their own queries (made to fail here).
func TestBuiltinRulesFindTogether(t *testing.T) {
	e := compileRules(t, map[string]string{
		"one": `report contains {"message": "one", "span": input.anchor}`,
		"two": `report contains {"message": "two", "span": input.anchor}`,
	}, false)
	for _, r := range e.rules {
		q := &singleQuery{err: errors.New("run on its own")}
		q.once.Do(func() {})
		e.single.Store(r.ID, q)
	}
	anchor := `{"offset": 0, "end_offset": 4, "line": 1, "column": 1, "end_line": 1, "end_column": 5}`
	raws, failures, err := e.Eval(context.Background(), ast.MustParseTerm(`{"anchor": `+anchor+`}`).Value)
	if err != nil {
		t.Fatal(err)
	}
	if len(raws) != 2 || len(failures) != 0 {
		t.Errorf("findings %+v, failures %+v: want both rules' findings from the query they share", raws, failures)
	}
}

// The built-in rules that apply run together in one query; when that
// query runs out of its time (half of what is left), they run one at a
// time with the rest: the rules that finish still report, and the time is
// put down to the rule that took it.
func TestBuiltinRulesRunTogether(t *testing.T) {
	e := compileRules(t, map[string]string{
		"one": `report contains {"message": "one", "span": input.anchor}`,
		"two": `report contains {"message": "two", "span": input.anchor}`,
		// Nine million steps that never succeed: seconds of work.
		"slow": `report contains {"message": "slow", "span": input.anchor} if {
	some i in numbers.range(1, 3000)
	some j in numbers.range(1, 3000)
	i * j == 0
}`,
	}, false)
	anchor := `{"offset": 0, "end_offset": 4, "line": 1, "column": 1, "end_line": 1, "end_column": 5}`
	input := ast.MustParseTerm(`{"anchor": ` + anchor + `}`).Value
	batches := func() int {
		n := 0
		e.batches.Range(func(_, _ any) bool { n++; return true })
		return n
	}

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	raws, failures, err := e.Eval(ctx, input)
	if err != nil {
		t.Fatal(err)
	}
	if batches() != 1 {
		t.Errorf("%d batch queries prepared, want the one of the three rules", batches())
	}
	got := map[string]bool{}
	for _, r := range raws {
		got[r.Rule] = true
	}
	if !got["one"] || !got["two"] || len(raws) != 2 {
		t.Errorf("findings %+v, want one's and two's", raws)
	}
	if len(failures) != 1 || failures[0].Rule != "slow" || !failures[0].TimedOut {
		t.Errorf("failures %+v, want slow timed out", failures)
	}
}

// longInput is a document past the length where the built-in rules share
// one query: its rules run on every core.
func longInput() ast.Value {
	sentences := make([]*ast.Term, batchMaxSentences+1)
	for i := range sentences {
		sentences[i] = ast.NullTerm()
	}
	return ast.NewObject(ast.Item(ast.StringTerm("sentences"), ast.ArrayTerm(sentences...)))
}

// On a long document the rules run at once, on every core (two here), and
// their findings still come in the rules' order; the document's one
// deadline still bounds every turn, and a slow rule still gets its second
// turn. (Each rule's first share is the time left divided among the rules
// still to start on its core: 1/3 for the first of six on two cores.)
func TestLongDocumentRulesRunAtOnceInOrder(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	f := &fakeRules{turns: map[string]int{}}
	var mu sync.Mutex
	running, most := 0, 0
	e := engineOf(f, "slow-a", "good-a", "loop-a", "good-b", "good-c", "good-d")
	e.evalRule = func(ctx context.Context, r Rule, in ast.Value) ([]Raw, error) {
		mu.Lock()
		running++
		most = max(most, running)
		mu.Unlock()
		defer func() {
			mu.Lock()
			running--
			mu.Unlock()
		}()
		// A good rule waits a little for company, so that running at once
		// shows whatever the machine's load.
		for end := time.Now().Add(200 * time.Millisecond); r.ID[:4] == "good" && time.Now().Before(end); time.Sleep(time.Millisecond) {
			mu.Lock()
			company := running > 1
			mu.Unlock()
			if company {
				break
			}
		}
		return f.eval(ctx, r, in)
	}
	deadline := time.Now().Add(2 * time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	var order []string
	failures, err := e.EvalEach(ctx, longInput(), func(r Rule, raws []Raw) {
		if len(raws) > 0 {
			order = append(order, r.ID)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if most < 2 {
		t.Errorf("at most %d rules ran at once on 2 cores", most)
	}
	if want := []string{"good-a", "good-b", "good-c", "good-d", "slow-a"}; !slices.Equal(order, want) {
		t.Errorf("findings handed over from %v, want %v", order, want)
	}
	for i, d := range f.deadlines {
		if d.IsZero() || d.After(deadline) {
			t.Errorf("turn %d was given until %v, after the document's deadline %v", i, d, deadline)
		}
	}
	if len(failures) != 1 || failures[0].Rule != "loop-a" || !failures[0].TimedOut {
		t.Errorf("failures %+v, want loop-a stopped", failures)
	}
}

// The batch queries an engine keeps are bounded: past the bound, a
// document's rules run in the smallest query kept that holds them, or in
// the query of every rule, and only the rules that apply report, as they
// would in a query of their own. Rule "d" reports whatever its input, so
// a query that held it for a document whose "d" list is empty would show
// it.
func TestBatchQueriesAreBounded(t *testing.T) {
	srcs := map[string]string{}
	for _, n := range []string{"a", "b", "c", "d"} {
		srcs[n] = `report contains {"message": "` + n + `", "span": input.anchor}`
	}
	e := compileRules(t, srcs, false)
	for k := range e.rules {
		e.rules[k].Needs = []string{"x" + e.rules[k].ID}
	}
	e.maxBatches = 2
	anchor := `{"offset": 0, "end_offset": 4, "line": 1, "column": 1, "end_line": 1, "end_column": 5}`
	// Each document names the rules that apply to it.
	docs := []string{"ab", "abc", "ac", "bc", "ab", "bd", "abcd", "cd", "ad"}
	for _, doc := range docs {
		in := `{"anchor": ` + anchor
		for _, n := range doc {
			in += `, "x` + string(n) + `": [1]`
		}
		raws, failures, err := e.Eval(context.Background(), ast.MustParseTerm(in+"}").Value)
		if err != nil || len(failures) > 0 {
			t.Fatalf("%s: %v %+v", doc, err, failures)
		}
		var got []string
		for _, r := range raws {
			got = append(got, r.Rule)
		}
		sort.Strings(got)
		if want := strings.Split(doc, ""); !slices.Equal(got, want) {
			t.Errorf("document of %s: findings of %v, want %v", doc, got, want)
		}
	}
	n := 0
	e.batches.Range(func(_, _ any) bool { n++; return true })
	if n != 2 {
		t.Errorf("%d batch queries kept, want 2", n)
	}
}
