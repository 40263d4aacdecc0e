package engine

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The generic merge of data files: tables by key, lists appended, values
// replaced, in the order the files are given.
func TestUserDataMerge(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.toml": "[custom.desk]\nname = \"Politics\"\nfloor = 3\n\n[[custom.officials]]\nname = \"Helen Okafor\"\n",
		"b.json": `{"custom": {"desk": {"floor": 4, "email": "politics@example.org"}, "officials": [{"name": "Tomasz Brandt"}]}}`,
	}
	var paths []string
	for _, name := range []string{"a.toml", "b.json"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	data, _, err := loadData(paths, false)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(data["custom"])
	want := `{"desk":{"email":"politics@example.org","floor":4,"name":"Politics"},"officials":[{"name":"Helen Okafor"},{"name":"Tomasz Brandt"}]}`
	if string(got) != want {
		t.Errorf("merged custom data:\n got %s\nwant %s", got, want)
	}
	empty, _, err := loadData(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := empty["custom"].(map[string]any); !ok || len(c) != 0 {
		t.Errorf("without data files, custom should be an empty table, got %#v", empty["custom"])
	}
}

func TestKeyLine(t *testing.T) {
	toml := "# officials\n[custom]\nother = 1\n\n[[custom.officials]]\nname = \"x\"\n\n[custom.desk]\nfloor = 3\n"
	json := "{\n  \"custom\": {\n    \"desk\": {\n      \"floor\": 3\n    },\n    \"list\": [1, {\"a\": 2}],\n    \"after\": true\n  }\n}\n"
	cases := []struct {
		name, src string
		path      []string
		want      int
	}{
		{"x.toml", toml, []string{"custom"}, 2},
		{"x.toml", toml, []string{"custom", "officials"}, 5},
		{"x.toml", toml, []string{"custom", "desk", "floor"}, 9},
		{"x.toml", toml, []string{"custom", "nothing"}, 0},
		{"x.json", json, []string{"custom"}, 2},
		{"x.json", json, []string{"custom", "desk", "floor"}, 4},
		{"x.json", json, []string{"custom", "after"}, 7},
	}
	for _, c := range cases {
		if got := keyLine(c.name, []byte(c.src), c.path); got != c.want {
			t.Errorf("%s %v: line %d, want %d", c.name, c.path, got, c.want)
		}
	}
}
