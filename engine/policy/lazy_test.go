package policy

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// fakeDoc is a lazy document that records what it was asked for.
type fakeDoc struct {
	mu    sync.Mutex
	asked []string
	data  map[string]any
}

func (f *fakeDoc) Get(path []string) (any, bool) {
	f.mu.Lock()
	f.asked = append(f.asked, "/"+strings.Join(path, "/"))
	f.mu.Unlock()
	v := any(f.data)
	for _, k := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = m[k]; !ok {
			return nil, false
		}
	}
	return v, true
}

func evalWith(t *testing.T, s Setup, query string) any {
	t.Helper()
	rs, err := rego.New(rego.Query(query), rego.Store(store(s)), rego.SetRegoVersion(ast.RegoV1)).Eval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 {
		return nil
	}
	return rs[0].Expressions[0].Value
}

func TestLazyDataIsConvertedAsRead(t *testing.T) {
	doc := &fakeDoc{data: map[string]any{
		"people": map[string]any{
			"ada": map[string]any{"name": "Ada Ruiz"},
			"bo":  map[string]any{"name": "Bo Lund"},
		},
		"as_of": "2026-07-01",
	}}
	s := Setup{Data: map[string]any{"custom": map[string]any{"x": 1}}, Lazy: map[string]Lazy{"kb": doc}}
	if got := evalWith(t, s, `data.newslint.kb.people["bo"].name`); got != "Bo Lund" {
		t.Errorf("entry read: %v", got)
	}
	if strings.Join(doc.asked, " ") != "/people/bo/name" {
		t.Errorf("a keyed read asks for that entry only, asked %v", doc.asked)
	}
	if got := evalWith(t, s, `data.newslint.kb.people["nobody"]`); got != nil {
		t.Errorf("a missing entry is undefined, got %v", got)
	}
	if got := evalWith(t, s, `data.newslint.custom.x`); got == nil {
		t.Error("the rest of data is still there")
	}
	// A rule that iterates over the document gets it whole.
	if got := evalWith(t, s, `count(data.newslint.kb.people)`); got == nil || got.(interface{ String() string }).String() != "2" {
		t.Errorf("iteration: %v", got)
	}
	if got := evalWith(t, s, `data.newslint.kb.as_of == data.newslint.kb.as_of; object.keys(data.newslint) == {"custom", "config", "kb"}`); got != true {
		t.Errorf("data.newslint as a whole holds the lazy document: %v", got)
	}
	if got := evalWith(t, s, `data.newslint.kb.people.ada.name`); got != "Ada Ruiz" {
		t.Errorf("read again: %v", got)
	}
}

// Reads are converted once and shared, whatever the number of
// evaluations.
func TestLazyDataIsConvertedOnce(t *testing.T) {
	doc := &fakeDoc{data: map[string]any{"people": map[string]any{"ada": map[string]any{"name": "Ada Ruiz"}}}}
	s := Setup{Lazy: map[string]Lazy{"kb": doc}}
	st := store(s)
	q, err := rego.New(rego.Query(`data.newslint.kb.people.ada.name`), rego.Store(st), rego.SetRegoVersion(ast.RegoV1)).PrepareForEval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if rs, err := q.Eval(context.Background()); err != nil || len(rs) != 1 {
			t.Fatal(rs, err)
		}
	}
	if len(doc.asked) != 1 {
		t.Errorf("converted %d times: %v", len(doc.asked), doc.asked)
	}
}
