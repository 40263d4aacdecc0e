package policy

import (
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// flatCache is the evaluator's cache of rule values and function results
// (topdown.VirtualCache): one hash index a frame over one list of entries,
// and the refs kept in slabs. OPA's own keeps a trie with a hash map for
// every segment of every ref it caches: each function call with new
// arguments made two or three maps, about a quarter of an evaluation's
// allocations.
type flatCache struct {
	// frames index the entries of each frame by their ref's hash: the
	// place+1 in entries of the newest entry with that hash.
	frames  []map[int]int32
	entries []cached
	starts  []int // len(entries) when each frame above the first was pushed
	slab    []*ast.Term
}

type cached struct {
	ref       ast.Ref
	value     *ast.Term
	undefined bool
	next      int32 // place+1 of the next entry of the frame with the same hash
}

var _ topdown.VirtualCache = (*flatCache)(nil)

var flatCaches = sync.Pool{New: func() any { return &flatCache{frames: []map[int]int32{{}}} }}

// newFlatCache returns an empty cache; release it when the evaluation is
// done.
func newFlatCache() *flatCache { return flatCaches.Get().(*flatCache) }

// release hands the cache back for another evaluation, unless a long
// page made it large: a cleared map keeps its size.
func (c *flatCache) release() {
	if len(c.entries) > maxPooledCache {
		return
	}
	c.frames, c.starts = c.frames[:1], c.starts[:0]
	clear(c.frames[0])
	clear(c.entries)
	c.entries = c.entries[:0]
	clear(c.slab)
	c.slab = c.slab[:0]
	flatCaches.Put(c)
}

const maxPooledCache = 4096

func (c *flatCache) Push() {
	c.frames = append(c.frames, map[int]int32{})
	c.starts = append(c.starts, len(c.entries))
}

func (c *flatCache) Pop() {
	if n := len(c.starts); n > 0 {
		c.frames = c.frames[:n]
		c.entries = c.entries[:c.starts[n-1]]
		c.starts = c.starts[:n-1]
	}
}

func (c *flatCache) find(ref ast.Ref) *cached {
	for i := c.frames[len(c.frames)-1][ref.Hash()]; i != 0; i = c.entries[i-1].next {
		if e := &c.entries[i-1]; e.ref.Equal(ref) {
			return e
		}
	}
	return nil
}

func (c *flatCache) Get(ref ast.Ref) (*ast.Term, bool) {
	if e := c.find(ref); e != nil {
		return e.value, e.undefined
	}
	return nil, false
}

// Put keeps a copy of ref: the evaluator reuses the slice it passes.
func (c *flatCache) Put(ref ast.Ref, value *ast.Term) {
	if e := c.find(ref); e != nil {
		e.value, e.undefined = value, value == nil
		return
	}
	if cap(c.slab)-len(c.slab) < len(ref) {
		c.slab = make([]*ast.Term, 0, max(256, len(ref)))
	}
	n := len(c.slab)
	c.slab = append(c.slab, ref...)
	frame := c.frames[len(c.frames)-1]
	h := ref.Hash()
	c.entries = append(c.entries, cached{ref: c.slab[n:len(c.slab):len(c.slab)], value: value, undefined: value == nil, next: frame[h]})
	frame[h] = int32(len(c.entries))
}

func (c *flatCache) Keys() []ast.Ref {
	var out []ast.Ref
	from := 0
	if n := len(c.starts); n > 0 {
		from = c.starts[n-1]
	}
	for _, e := range c.entries[from:] {
		if e.value != nil {
			out = append(out, e.ref)
		}
	}
	return out
}
