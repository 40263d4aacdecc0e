package policy

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

type valueSpan struct {
	Offset    int `json:"offset"`
	EndOffset int `json:"end_offset"`
}

type valueItem struct {
	Text  string    `json:"text"`
	Span  valueSpan `json:"span"`
	Score float64   `json:"score"`
	Tense []string  `json:"tense,omitempty"`
}

type valueFacts struct {
	Items []valueItem    `json:"items"`
	Title *valueItem     `json:"title"`
	Tags  map[string]int `json:"tags"`
	Ratio float64        `json:"ratio"`
}

func valueFixture() *valueFacts {
	f := &valueFacts{Tags: map[string]int{"a": 1, "b": 70000}, Ratio: math.Copysign(0, -1)}
	// Enough terms for the caches, with repeated integers, numbers, spans
	// and lists: sharing them must not change the value.
	for i := range 3000 {
		f.Items = append(f.Items, valueItem{Text: fmt.Sprint("item ", i%7), Span: valueSpan{1000 + i%50, 2000 + i%50},
			Score: float64(i%3) / 4, Tense: [][]string{nil, {"past"}, {"past", "present"}}[i%3]})
	}
	f.Title = &f.Items[3]
	return f
}

// valueConsuming gives the value Value gives, and leaves the struct's
// fields empty so that the Go form can be collected.
func TestValueConsumingIsValue(t *testing.T) {
	want := Value(valueFixture())
	f := valueFixture()
	got := valueConsuming(f, nil, nil)
	if want.Compare(got) != 0 {
		t.Fatalf("valueConsuming differs from Value")
	}
	if f.Items != nil || f.Title != nil || f.Tags != nil {
		t.Errorf("fields left after conversion: %d items, title %v, tags %v", len(f.Items), f.Title, f.Tags)
	}
	if s := want.String(); len(s) < 3000 {
		t.Errorf("value too short: %s", s)
	}
}

// The shared terms make the value the facts' JSON would make.
func TestValueIsTheJSON(t *testing.T) {
	f := valueFixture()
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var plain any
	if err := json.Unmarshal(b, &plain); err != nil {
		t.Fatal(err)
	}
	want, err := ast.InterfaceToValue(plain)
	if err != nil {
		t.Fatal(err)
	}
	if got := Value(f); want.Compare(got) != 0 {
		t.Errorf("Value differs from the JSON's value")
	}
}
