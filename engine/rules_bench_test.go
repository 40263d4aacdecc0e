package engine

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/facts"
	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/policy/builtins"
	"github.com/newslint/newslint/internal/corpus"
)

// realArticle is one article of the real-text corpus, read, with the Rego
// input of its facts.
type realArticle struct {
	path  string
	src   []byte
	doc   *document.Document
	input ast.Value
}

// realArticles writes n articles of the real-text corpus (every page style
// in turn, seed 1) and prepares their inputs with p.
func realArticles(b *testing.B, p *Prepared, n int) []realArticle {
	g := corpus.NewRealText(1)
	out := make([]realArticle, 0, n)
	for i := range n {
		style, ext, text := g.Next()
		path := fmt.Sprintf("r%05d-%s.%s", i, style, ext)
		format, _ := document.FormatFor(path)
		doc, err := document.Read(path, []byte(text), format)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, realArticle{path: path, src: []byte(text), doc: doc, input: policy.Value(p.Facts(doc))})
	}
	return out
}

// BenchmarkRealText measures each stage of linting on the real-text corpus
// (90 articles of about 350 words, every page style), per article: read,
// extract facts, build the Rego input, evaluate every rule, and the whole.
// The garbage collector's own threads are not counted in cpu-µs/article;
// its cost shows in the allocations.
//
//	go test ./engine -run XXX -bench RealText -benchtime 900x
func BenchmarkRealText(b *testing.B) {
	ctx := context.Background()
	p, err := New().Prepare(ctx)
	if err != nil {
		b.Fatal(err)
	}
	arts := realArticles(b, p, 90)
	fs := make([]*facts.Facts, len(arts))
	for i := range arts {
		fs[i] = p.Facts(arts[i].doc)
	}
	// One operation is one article, the articles in turn. cpu-µs/article
	// is the CPU time of the benchmark's thread (threadCPU): on a busy
	// machine, steadier than ns/op.
	stage := func(name string, fn func(i int)) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			i := 0
			start := threadCPU()
			for b.Loop() {
				fn(i % len(arts))
				i++
			}
			b.ReportMetric(float64((threadCPU()-start).Nanoseconds())/float64(b.N)/1e3, "cpu-µs/article")
		})
	}
	stage("read", func(i int) { document.Read(arts[i].path, arts[i].src, arts[i].doc.Format) })
	stage("extract", func(i int) { p.Facts(arts[i].doc) })
	stage("input", func(i int) { policy.Value(fs[i]) })
	stage("eval", func(i int) { p.engine.Eval(builtins.WithDocument(ctx, arts[i].doc), arts[i].input) })
	stage("all", func(i int) { p.LintBytes(ctx, arts[i].path, arts[i].doc.Format, arts[i].src) })
}

// BenchmarkRules measures what each rule costs on the real-text corpus,
// two ways. "Alone": the rule is the only one enabled, less the evaluation
// with every rule off; this counts the cost of a query of its own (OPA's
// evaluation state and caches). "In the shared query": what the rule adds
// to the one query the linter evaluates the built-in rules that apply in
// (Engine.evalBatch): two companions that apply to the most articles
// evaluated with and without the rule. The two differ by a few µs: most
// of a query's cost is per rule, not per query. Each round evaluates the
// 90 articles once with every set in turn; the figure kept is the least
// CPU time the evaluating thread took in any round (threadCPU), which
// other work on a busy machine barely changes. It ends with a table,
// dearest rule first.
//
//	go test ./engine -run XXX -bench 'Rules$' -benchtime 200x
func BenchmarkRules(b *testing.B) {
	ctx := context.Background()
	all, err := New().Prepare(ctx)
	if err != nil {
		b.Fatal(err)
	}
	arts := realArticles(b, all, 90)
	var ids []string
	applies := map[string]int{} // how many of the articles each rule applies to
	for _, r := range all.Rules() {
		if r.Category == "engine" {
			continue
		}
		ids = append(ids, r.ID)
		for _, a := range arts {
			if r.Applies(a.input) {
				applies[r.ID]++
			}
		}
	}
	// Rules that apply to more articles first: the companions are the
	// first two other than the rule measured.
	sort.Strings(ids)
	byReach := slices.Clone(ids)
	sort.SliceStable(byReach, func(i, j int) bool { return applies[byReach[i]] > applies[byReach[j]] })
	companions := func(id string) []string {
		var c []string
		for _, a := range byReach {
			if a != id && len(c) < 2 {
				c = append(c, a)
			}
		}
		return c
	}
	type cost struct {
		p        *Prepared
		best     time.Duration // least CPU time for the 90 articles
		findings int
	}
	sets := map[string]*cost{} // by the enabled rules, comma-joined
	set := func(on ...string) *cost {
		key := strings.Join(on, ",")
		if c := sets[key]; c != nil {
			return c
		}
		enabled := map[string]bool{}
		for _, id := range on {
			enabled[id] = true
		}
		var off []string
		for _, id := range ids {
			if !enabled[id] {
				off = append(off, id)
			}
		}
		p, err := New().WithDisabled(off...).Prepare(ctx)
		if err != nil {
			b.Fatal(err)
		}
		c := &cost{p: p}
		for _, a := range arts {
			raws, _, err := p.engine.Eval(builtins.WithDocument(ctx, a.doc), a.input)
			if err != nil {
				b.Fatal(err)
			}
			c.findings += len(raws)
		}
		sets[key] = c
		return c
	}
	type row struct {
		id                      string
		alone, shared, sharedOf *cost
	}
	none := set()
	rows := make([]row, len(ids))
	for i, id := range ids {
		comp := companions(id)
		rows[i] = row{id: id, alone: set(id), shared: set(append(comp, id)...), sharedOf: set(comp...)}
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for b.Loop() {
		for _, c := range sets {
			start := threadCPU()
			for _, a := range arts {
				c.p.engine.Eval(builtins.WithDocument(ctx, a.doc), a.input)
			}
			if took := threadCPU() - start; c.best == 0 || took < c.best {
				c.best = took
			}
		}
	}
	b.StopTimer()
	us := func(c *cost) float64 { return float64(c.best.Nanoseconds()) / float64(len(arts)) / 1e3 }
	shared := func(r row) float64 { return max(0, us(r.shared)-us(r.sharedOf)) }
	sort.Slice(rows, func(i, j int) bool { return shared(rows[i]) > shared(rows[j]) })
	fmt.Printf("\nCPU µs per real-text article (%d articles, best of %d rounds); evaluation with every rule off: %.0f µs; the shared query with %s alone: %.0f µs\n\n",
		len(arts), b.N, us(none), strings.Join(companions(""), " and "), us(set(companions("")...)))
	fmt.Printf("| rule | µs in the shared query | µs alone, over every rule off | findings |\n|---|---|---|---|\n")
	var inShared, alone float64
	for _, r := range rows {
		own := max(0, us(r.alone)-us(none))
		fmt.Printf("| %s | %.0f | %.0f | %d |\n", r.id, shared(r), own, r.alone.findings)
		inShared += shared(r)
		alone += own
	}
	fmt.Printf("| all rules, summed | %.0f | %.0f | |\n", inShared, alone)
}

// BenchmarkRuleAlone measures the rules named in NEWSLINT_BENCH_RULES
// (comma-separated ids), with every other rule off, on the 90 articles of
// BenchmarkRules: one operation is one article. Its allocations and CPU
// time are the rule's own plus OPA's fixed cost per query; it is skipped
// without the variable. With -cpuprofile it shows where the rule's time
// goes.
//
//	NEWSLINT_BENCH_RULES=injected-block go test ./engine -run XXX -bench RuleAlone -benchtime 3600x
func BenchmarkRuleAlone(b *testing.B) {
	ids := os.Getenv("NEWSLINT_BENCH_RULES")
	if ids == "" {
		b.Skip("NEWSLINT_BENCH_RULES names no rule")
	}
	ctx := context.Background()
	all, err := New().Prepare(ctx)
	if err != nil {
		b.Fatal(err)
	}
	on := map[string]bool{}
	for _, id := range strings.Split(ids, ",") {
		on[strings.TrimSpace(id)] = true
	}
	var off []string
	for _, r := range all.Rules() {
		if r.Category != "engine" && !on[r.ID] {
			off = append(off, r.ID)
		}
		delete(on, r.ID)
	}
	if len(on) > 0 {
		b.Fatalf("no such rules: %v", on)
	}
	p, err := New().WithDisabled(off...).Prepare(ctx)
	if err != nil {
		b.Fatal(err)
	}
	arts := realArticles(b, all, 90)
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	i := 0
	start := threadCPU()
	for b.Loop() {
		a := arts[i%len(arts)]
		if _, _, err := p.engine.Eval(builtins.WithDocument(ctx, a.doc), a.input); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64((threadCPU()-start).Nanoseconds())/float64(b.N)/1e3, "cpu-µs/article")
}
