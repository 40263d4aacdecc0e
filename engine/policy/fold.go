package policy

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The rules read their options with config.options(rego.metadata.chain()):
// the chain is built and searched for the rule's id on every evaluation,
// about fifty steps of the evaluator per rule and article for a value that
// is fixed once the configuration is read. foldOptions makes each such
// call in a rule's own package the options themselves, as a compile stage
// of the lint engine (not of `newslint test`, whose tests replace
// data.newslint.config.options with `with`).

var (
	optionsRef = ast.MustParseRef("data.newslint.lib.config.options")
	chainRef   = ast.MustParseRef("rego.metadata.chain")
)

// foldOptions returns the compile stage. ids maps a rule package
// ("newslint.rules.spam.keyword_stuffing") to its rule id, options an id
// to its options.
func foldOptions(ids map[string]string, options map[string]map[string]any) ast.CompilerStageDefinition {
	return ast.CompilerStageDefinition{
		Name:       "FoldRuleOptions",
		MetricName: "compile_stage_fold_rule_options",
		Stage: func(c *ast.Compiler) *ast.Error {
			for _, m := range c.Modules {
				id, ok := ids[packageName(m)]
				if !ok || ownIDs(m) {
					continue
				}
				o, ok := options[id]
				if !ok {
					continue
				}
				v, err := ast.InterfaceToValue(o)
				if err != nil {
					continue // left to the data lookup, which reports it
				}
				for _, r := range m.Rules {
					if len(r.Annotations) > 0 {
						continue // a rule's own METADATA may name another id
					}
					foldRule(r, v)
				}
			}
			return nil
		},
	}
}

// foldRule replaces the options calls of r (and of its else branches).
func foldRule(r *ast.Rule, v ast.Value) {
	ast.WalkTerms(r, func(t *ast.Term) bool {
		call, ok := t.Value.(ast.Call)
		if !ok || len(call) != 2 || call[0].Value.Compare(optionsRef) != 0 {
			return false
		}
		arg, ok := call[1].Value.(ast.Call)
		if !ok || len(arg) != 1 || arg[0].Value.Compare(chainRef) != 0 {
			return false
		}
		t.Value = v
		return true
	})
}

// packageName is a module's package as Rule.Package names it.
func packageName(m *ast.Module) string {
	return strings.TrimPrefix(m.Package.Path.String(), "data.")
}

// ownIDs reports a module with METADATA that names a rule id other than
// in its package annotation: a rule or document scope could then give a
// call a different id than the package's.
func ownIDs(m *ast.Module) bool {
	for _, a := range m.Annotations {
		if a.Scope == "package" || a.Scope == "subpackages" {
			continue
		}
		if _, ok := a.Custom["id"]; ok {
			return true
		}
	}
	return false
}
