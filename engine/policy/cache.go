package policy

import (
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// flatCache is the evaluator's cache of rule values and function results
// (topdown.VirtualCache), one hash map a frame. OPA's own keeps a trie
// with a hash map for every segment of every ref it caches: each function
// call with new arguments made two or three maps, about a quarter of an
// evaluation's allocations.
type flatCache struct {
	frames []map[int][]cached
}

type cached struct {
	ref       ast.Ref
	value     *ast.Term
	undefined bool
}

var _ topdown.VirtualCache = (*flatCache)(nil)

var flatCaches = sync.Pool{New: func() any { return &flatCache{frames: []map[int][]cached{{}}} }}

// newFlatCache returns an empty cache; release it when the evaluation is
// done.
func newFlatCache() *flatCache { return flatCaches.Get().(*flatCache) }

// release hands the cache back for another evaluation, unless a long
// page made it large: a cleared map keeps its size.
func (c *flatCache) release() {
	if len(c.frames[0]) > maxPooledCache {
		return
	}
	c.frames = c.frames[:1]
	clear(c.frames[0])
	flatCaches.Put(c)
}

const maxPooledCache = 4096

func (c *flatCache) Push() { c.frames = append(c.frames, map[int][]cached{}) }

func (c *flatCache) Pop() {
	if len(c.frames) > 1 {
		c.frames = c.frames[:len(c.frames)-1]
	}
}

func (c *flatCache) top() map[int][]cached { return c.frames[len(c.frames)-1] }

func (c *flatCache) Get(ref ast.Ref) (*ast.Term, bool) {
	for _, e := range c.top()[ref.Hash()] {
		if e.ref.Equal(ref) {
			return e.value, e.undefined
		}
	}
	return nil, false
}

// Put keeps a copy of ref: the evaluator reuses the slice it passes.
func (c *flatCache) Put(ref ast.Ref, value *ast.Term) {
	frame := c.top()
	h := ref.Hash()
	for i, e := range frame[h] {
		if e.ref.Equal(ref) {
			frame[h][i].value, frame[h][i].undefined = value, value == nil
			return
		}
	}
	frame[h] = append(frame[h], cached{ref: append(ast.Ref(nil), ref...), value: value, undefined: value == nil})
}

func (c *flatCache) Keys() []ast.Ref {
	var out []ast.Ref
	for _, es := range c.top() {
		for _, e := range es {
			if e.value != nil {
				out = append(out, e.ref)
			}
		}
	}
	return out
}
