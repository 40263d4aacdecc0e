package policy

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The cache answers as OPA's own does: a value, an undefined result, or
// nothing; a pushed frame starts empty, and popping it brings the frame
// below back as it was.
func TestFlatCacheAnswersAsOPAsOwn(t *testing.T) {
	c := newFlatCache()
	defer c.release()
	ref := ast.MustParseRef("data.newslint.rules.spam.x.report")
	fn := ast.MustParseRef(`data.newslint.lib.f`)
	key := append(fn.Copy(), ast.StringTerm("a"), ast.IntNumberTerm(1))
	if v, undef := c.Get(ref); v != nil || undef {
		t.Fatalf("empty cache: %v %v", v, undef)
	}
	c.Put(ref, ast.BooleanTerm(true))
	c.Put(key, nil)
	if v, undef := c.Get(ref); v == nil || !v.Equal(ast.BooleanTerm(true)) || undef {
		t.Errorf("value: %v %v", v, undef)
	}
	if v, undef := c.Get(key); v != nil || !undef {
		t.Errorf("undefined: %v %v", v, undef)
	}
	// The evaluator reuses the slice of a function's key: the cache keeps
	// its own copy.
	key[len(key)-1] = ast.IntNumberTerm(2)
	if _, undef := c.Get(key); undef {
		t.Error("a key changed after Put finds the old entry")
	}
	if v, _ := c.Get(ref[:len(ref)-1]); v != nil {
		t.Errorf("a prefix of a cached ref has a value: %v", v)
	}
	c.Push()
	if v, _ := c.Get(ref); v != nil {
		t.Errorf("a pushed frame sees the one below: %v", v)
	}
	c.Put(ref, ast.BooleanTerm(false))
	c.Pop()
	if v, _ := c.Get(ref); v == nil || !v.Equal(ast.BooleanTerm(true)) {
		t.Errorf("after Pop: %v", v)
	}
	if keys := c.Keys(); len(keys) != 1 || !keys[0].Equal(ref) {
		t.Errorf("keys: %v", keys)
	}
}

// A released cache comes back empty: a cache handed out again answers
// nothing of the evaluation before.
func TestFlatCacheReleasedEmpty(t *testing.T) {
	ref := ast.MustParseRef("data.a.b")
	c := newFlatCache()
	c.Put(ref, ast.BooleanTerm(true))
	c.Push()
	c.release()
	c = newFlatCache()
	defer c.release()
	if v, undef := c.Get(ref); v != nil || undef || len(c.frames) != 1 || len(c.Keys()) != 0 {
		t.Errorf("after release: %v %v, frames %d, keys %v", v, undef, len(c.frames), c.Keys())
	}
}
