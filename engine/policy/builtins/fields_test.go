package builtins

import (
	"os"
	"regexp"
	"slices"
	"testing"
)

// Every field the functions read from a fact by name is in FactFields, so
// that the built-in rules' input, cut to the names the rules write, keeps
// it (policy.Setup.Keep).
func TestFactFieldsNameWhatTheFunctionsRead(t *testing.T) {
	src, err := os.ReadFile("builtins.go")
	if err != nil {
		t.Fatal(err)
	}
	reads := regexp.MustCompile(`\b(?:field|stringField|intField)\(\w+, "(\w+)"\)`).FindAllSubmatch(src, -1)
	if len(reads) < 5 {
		t.Fatalf("found %d reads of a field by name in builtins.go: the pattern no longer matches the code", len(reads))
	}
	for _, m := range reads {
		if !slices.Contains(FactFields, string(m[1])) {
			t.Errorf("builtins.go reads the field %q, which FactFields does not name", m[1])
		}
	}
}
