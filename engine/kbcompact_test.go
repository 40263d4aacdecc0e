package engine

import (
	"reflect"
	"testing"

	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/kb"
)

// The compact form embedded in the binary must be the one go generate
// makes from the TOML embedded now.
func TestCompactKnowledgeIsUpToDate(t *testing.T) {
	want, err := CompileKnowledge()
	if err != nil {
		t.Fatal(err)
	}
	if kb.BuiltinCompact() != string(want) {
		t.Fatal("engine/kb/builtin.nlkb is out of date with rules/kb/*.toml: run go generate ./engine/kb")
	}
	fresh, err := CompactKnowledgeFresh()
	if err != nil || !fresh {
		t.Errorf("fresh: %v %v", fresh, err)
	}
}

// Start-up reads the compact form, kb check the TOML: both give the same
// base, down to the line each entry was written on.
func TestCompactKnowledgeEqualsTOML(t *testing.T) {
	_, fromTOML, err := New().knowledge(&config.Config{}, true)
	if err != nil {
		t.Fatal(err)
	}
	_, srcs, err := loadData(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 1 || srcs[0].Base == nil {
		t.Fatalf("start-up should read the compact form alone, got %d sources", len(srcs))
	}
	compact := srcs[0].Base
	if !reflect.DeepEqual(fromTOML.Data(), compact.Data()) {
		t.Error("the compact base differs from the TOML")
	}
	if len(fromTOML.Terms) != len(compact.Terms) || len(fromTOML.People) != len(compact.People) {
		t.Fatalf("sizes differ: %+v %+v", fromTOML.Counts(), compact.Counts())
	}
	for i, p := range fromTOML.People {
		if p.Origin != compact.People[i].Origin {
			t.Errorf("origin of %s: %v, compact %v", p.ID, p.Origin, compact.People[i].Origin)
		}
	}
	for i, tm := range fromTOML.Terms {
		if tm.Origin != compact.Terms[i].Origin {
			t.Errorf("origin of a term of %s: %v, compact %v", tm.Person, tm.Origin, compact.Terms[i].Origin)
		}
	}
}

// A compact form made from other TOML is ignored: the TOML is read and
// validated, so a stale cache never changes an answer.
func TestStaleCompactKnowledgeFallsBackToTOML(t *testing.T) {
	b, err := kb.Decode(kb.BuiltinCompact())
	if err != nil {
		t.Fatal(err)
	}
	b.Full()
	b.Terms = b.Terms[:len(b.Terms)-1]
	stale := string(kb.Encode(b, "crc32c:00000000:1", nil))
	old := compactKnowledge
	compactKnowledge = func() string { return stale }
	defer func() { compactKnowledge = old }()
	if fresh, _ := CompactKnowledgeFresh(); fresh {
		t.Fatal("a compact form with another fingerprint is not fresh")
	}
	_, srcs, err := loadData(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) < 2 || srcs[0].Base != nil {
		t.Fatalf("a stale compact form must not be used (%d sources)", len(srcs))
	}
	base, err := kb.Build(srcs)
	if err != nil {
		t.Fatal(err)
	}
	if len(base.Terms) != len(b.Terms)+1 {
		t.Errorf("the TOML has %d terms, the stale form %d", len(base.Terms), len(b.Terms))
	}
}
