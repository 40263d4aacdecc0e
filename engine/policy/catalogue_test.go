package policy

import (
	"strings"
	"testing"
)

func ruleWithScope(t *testing.T, scope string) ([]Rule, error) {
	t.Helper()
	src := `# METADATA
# title: A rule
# custom:
#   id: a-rule
#   severity: info
#   scope: ` + scope + `
package newslint.rules.custom.test.a_rule

report contains "x" if { false }
`
	m, err := ParseModule("a_rule.rego", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Catalogue([]Module{{File: "a_rule.rego", Custom: true, AST: m}})
}

func TestCatalogueScope(t *testing.T) {
	for scope, want := range map[string]string{"document": "document", "span": "", `""`: ""} {
		rules, err := ruleWithScope(t, scope)
		if err != nil {
			t.Fatalf("scope %s: %v", scope, err)
		}
		if rules[0].Scope != want {
			t.Errorf("scope %s: got %q", scope, rules[0].Scope)
		}
	}
	_, err := ruleWithScope(t, "paragraph")
	if err == nil || !strings.Contains(err.Error(), "a_rule.rego:1:") || !strings.Contains(err.Error(), "custom.scope") {
		t.Errorf("unknown scope: %v", err)
	}
}
