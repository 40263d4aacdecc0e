package policy

import (
	"encoding/json"
	"fmt"
	"runtime"
	"testing"
	"unsafe"

	"github.com/open-policy-agent/opa/v1/ast"
)

type testSpan struct {
	Offset    int `json:"offset"`
	EndOffset int `json:"end_offset"`
	Line      int `json:"line"`
}

type testItem struct {
	Text  string   `json:"text"`
	Kind  string   `json:"kind,omitempty"`
	Words int      `json:"words"`
	Span  testSpan `json:"span"`
	Tags  []string `json:"tags"`
}

// items makes n items with repeated kinds and lines, and spans of their own.
func items(n int) []testItem {
	out := make([]testItem, n)
	for i := range out {
		out[i] = testItem{
			Text:  fmt.Sprintf("sentence number %d of the page", i),
			Kind:  []string{"paragraph", "heading", ""}[i%3],
			Words: 600 + i%50,
			Span:  testSpan{Offset: 40 * i, EndOffset: 40*i + 30, Line: 1000 + i/4},
			Tags:  []string{"a", "b"}[:i%2],
		}
	}
	return out
}

// The input is what a JSON round trip would give, also when the caches
// were filled by another document before.
func TestValueIsTheJSONValue(t *testing.T) {
	for _, n := range []int{3, 3000, 3000} {
		in := items(n)
		data, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var generic any
		if err := json.Unmarshal(data, &generic); err != nil {
			t.Fatal(err)
		}
		want, err := ast.InterfaceToValue(generic)
		if err != nil {
			t.Fatal(err)
		}
		if got := Value(in); got.Compare(want) != 0 {
			t.Fatalf("%d items: the value differs from the JSON round trip", n)
		}
	}
}

// A conversion reuses the caches of the ones before it rather than making
// (and clearing) half a megabyte for each article.
func TestValueReusesItsCaches(t *testing.T) {
	in := items(200) // enough terms for the caches, fewer bytes than they hold
	Value(in)
	least := ^uint64(0)
	var ms runtime.MemStats
	for range 5 {
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		Value(in)
		runtime.ReadMemStats(&ms)
		least = min(least, ms.TotalAlloc-before)
	}
	if size := uint64(unsafe.Sizeof(caches{})); least >= size {
		t.Fatalf("a conversion allocated %d bytes, no fewer than its caches (%d bytes): they are made again each time", least, size)
	}
}
