package policy

import (
	"context"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
)

// Lazy is a large, read-only document under data.newslint (the knowledge
// base) of which a rule reads a few entries per article. It is converted
// to Rego values piece by piece, as rules read it, rather than whole at
// start-up: a larger base does not make start-up slower.
type Lazy interface {
	// Get returns the JSON-like Go value at path below the document (nil
	// path: all of it); ok is false when there is nothing there.
	Get(path []string) (v any, ok bool)
}

// lazyStore serves data.newslint.<name> from a Lazy document and the rest
// of data from the store it wraps. Conversions are kept, so each part is
// converted once per process whatever the number of articles.
type lazyStore struct {
	storage.Store
	docs  map[string]Lazy
	cache sync.Map // path joined by "\x00" → ast.Value (nil when absent)
	whole sync.Map // "" or "newslint" → ast.Value: data read at the top
}

func newLazyStore(inner storage.Store, docs map[string]Lazy) *lazyStore {
	return &lazyStore{Store: inner, docs: docs}
}

// lazyPath splits a path under one of the lazy documents.
func (s *lazyStore) lazyPath(path storage.Path) (Lazy, []string, bool) {
	if len(path) < 2 || path[0] != "newslint" {
		return nil, nil, false
	}
	d, ok := s.docs[path[1]]
	return d, path[2:], ok
}

func (s *lazyStore) Read(ctx context.Context, txn storage.Transaction, path storage.Path) (any, error) {
	if d, rest, ok := s.lazyPath(path); ok {
		key := strings.Join(path, "\x00")
		if v, ok := s.cache.Load(key); ok {
			if v == nil {
				return nil, notFound(path)
			}
			return v, nil
		}
		g, found := d.Get(rest)
		var v ast.Value
		if found {
			var err error
			if v, err = ast.InterfaceToValue(g); err != nil {
				return nil, err
			}
		}
		if got, loaded := s.cache.LoadOrStore(key, v); loaded {
			v, _ = got.(ast.Value)
		}
		if v == nil {
			return nil, notFound(path)
		}
		return v, nil
	}
	v, err := s.Store.Read(ctx, txn, path)
	if err != nil || len(path) > 1 || len(path) == 1 && path[0] != "newslint" {
		return v, err
	}
	// All of data, or all of data.newslint: a rule that reads so much gets
	// the lazy documents whole (converted once).
	key := strings.Join(path, "")
	if w, ok := s.whole.Load(key); ok {
		return w, nil
	}
	obj, ok := v.(ast.Object)
	if !ok {
		return v, nil
	}
	w, err := s.withDocs(ctx, txn, obj, len(path) == 0)
	if err != nil {
		return nil, err
	}
	got, _ := s.whole.LoadOrStore(key, w)
	return got, nil
}

// withDocs copies obj (data, or data.newslint when !atRoot) with every
// lazy document in it.
func (s *lazyStore) withDocs(ctx context.Context, txn storage.Transaction, obj ast.Object, atRoot bool) (ast.Value, error) {
	if atRoot {
		inner, ok := obj.Get(ast.InternedTerm("newslint")).Value.(ast.Object)
		if !ok {
			return obj, nil
		}
		ns, err := s.withDocs(ctx, txn, inner, false)
		if err != nil {
			return nil, err
		}
		out := ast.NewObject()
		obj.Foreach(func(k, v *ast.Term) {
			if ast.InternedTerm("newslint").Equal(k) {
				v = ast.NewTerm(ns)
			}
			out.Insert(k, v)
		})
		return out, nil
	}
	out := ast.NewObject()
	obj.Foreach(func(k, v *ast.Term) { out.Insert(k, v) })
	for name := range s.docs {
		v, err := s.Read(ctx, txn, storage.Path{"newslint", name})
		if err != nil {
			return nil, err
		}
		out.Insert(ast.InternedTerm(name), ast.NewTerm(v.(ast.Value)))
	}
	return out, nil
}

// NonEmpty answers the compiler's question (is there data where a rule
// would go?) without converting the lazy documents.
func (s *lazyStore) NonEmpty(ctx context.Context, txn storage.Transaction) func([]string) (bool, error) {
	inner := storage.NonEmpty(ctx, s.Store, txn)
	return func(path []string) (bool, error) {
		if d, rest, ok := s.lazyPath(path); ok {
			for i := len(rest); i >= 0; i-- {
				v, found := d.Get(rest[:i])
				if found {
					_, table := v.(map[string]any)
					return i == len(rest) || !table, nil
				}
			}
			return false, nil
		}
		return inner(path)
	}
}

func notFound(path storage.Path) error {
	return &storage.Error{Code: storage.NotFoundErr, Message: path.String() + ": document does not exist"}
}
