package policy

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The rules read their options with config.options(rego.metadata.chain())
// and make their findings with result.fail(rego.metadata.chain(), …): the
// chain is built and searched for the rule's id on every evaluation, and
// each finding goes through two library functions, about twenty
// microseconds a finding, for values that are fixed once the configuration
// is read. foldCalls makes each such call in a rule's own package what it
// returns: the options themselves, the finding's object with the rule's
// id. It is a compile stage of the lint engine (not of `newslint test`,
// whose tests replace data.newslint.config.options with `with`).

var (
	optionsRef  = ast.MustParseRef("data.newslint.lib.config.options")
	chainRef    = ast.MustParseRef("rego.metadata.chain")
	failRef     = ast.MustParseRef("data.newslint.lib.result.fail")
	failWithRef = ast.MustParseRef("data.newslint.lib.result.fail_with")
)

// foldCalls returns the compile stage. ids maps a rule package
// ("newslint.rules.spam.keyword_stuffing") to its rule id, options an id
// to its options.
func foldCalls(ids map[string]string, options map[string]map[string]any) ast.CompilerStageDefinition {
	return ast.CompilerStageDefinition{
		Name:       "FoldRuleCalls",
		MetricName: "compile_stage_fold_rule_calls",
		Stage: func(c *ast.Compiler) *ast.Error {
			for _, m := range c.Modules {
				id, ok := ids[packageName(m)]
				if !ok || ownIDs(m) {
					continue
				}
				var opts ast.Value
				if o, ok := options[id]; ok {
					// On an error, left to the data lookup, which reports it.
					opts, _ = ast.InterfaceToValue(o)
				}
				var folded []ast.Ref
				for _, r := range m.Rules {
					if len(r.Annotations) > 0 {
						continue // a rule's own METADATA may name another id
					}
					if opts != nil && optionsRule(r) {
						folded = append(folded, m.Package.Path.Extend(r.Head.Ref()))
					}
					foldRule(r, id, opts)
				}
				if o, ok := opts.(ast.Object); ok {
					for _, path := range folded {
						inlineOptions(m, path, o)
					}
				}
			}
			return nil
		},
	}
}

// foldRule replaces the calls of r (and of its else branches) that pass
// the metadata chain: config.options with opts (unless nil), result.fail
// with the finding's object, result.fail_with with the union of that
// object and the extra fields, as the library defines them.
func foldRule(r *ast.Rule, id string, opts ast.Value) {
	ast.WalkTerms(r, func(t *ast.Term) bool {
		call, ok := t.Value.(ast.Call)
		if !ok || len(call) < 2 || !isChainCall(call[1]) {
			return false
		}
		switch op := call[0].Value; {
		case len(call) == 2 && opts != nil && op.Compare(optionsRef) == 0:
			t.Value = opts
			return true
		case len(call) == 4 && op.Compare(failRef) == 0:
			t.Value = finding(id, call[2], call[3])
		case len(call) == 5 && op.Compare(failWithRef) == 0:
			if f, ok := findingWith(id, call[2], call[3], call[4]); ok {
				t.Value = f
				return false
			}
			t.Value = ast.Call{ast.NewTerm(ast.ObjectUnion.Ref()), ast.NewTerm(finding(id, call[2], call[3])), call[4]}
		}
		return false // the span, message and extra fields are walked too
	})
}

// optionsRule reports a rule that is its package's options and nothing
// else: opts := config.options(rego.metadata.chain()).
func optionsRule(r *ast.Rule) bool {
	if r.Head.Value == nil || len(r.Head.Args) > 0 || r.Else != nil || !r.Body.Equal(ast.NewBody(ast.NewExpr(ast.BooleanTerm(true)))) {
		return false
	}
	call, ok := r.Head.Value.Value.(ast.Call)
	return ok && len(call) == 2 && isChainCall(call[1]) && call[0].Value.Compare(optionsRef) == 0
}

// inlineOptions makes each read of one option in m (opts.min_words, the
// rule at path and a constant key) the option's value: a rule reads its
// options in the loops over blocks and sentences, and each read was a
// lookup of the options rule.
func inlineOptions(m *ast.Module, path ast.Ref, opts ast.Object) {
	for _, r := range m.Rules {
		ast.WalkTerms(r, func(t *ast.Term) bool {
			ref, ok := t.Value.(ast.Ref)
			if !ok || len(ref) <= len(path) || !ref.HasPrefix(path) {
				return false
			}
			var v ast.Value = opts
			for _, k := range ref[len(path):] {
				o, ok := v.(ast.Object)
				if !ok {
					return false
				}
				if _, ok := k.Value.(ast.String); !ok {
					return false
				}
				x := o.Get(k)
				if x == nil {
					return false // undefined, as the lookup would find
				}
				v = x.Value
			}
			t.Value = ast.NewTerm(v).Copy().Value
			return false
		})
	}
}

func isChainCall(t *ast.Term) bool {
	arg, ok := t.Value.(ast.Call)
	return ok && len(arg) == 1 && arg[0].Value.Compare(chainRef) == 0
}

// finding is result.fail's object.
func finding(id string, span, message *ast.Term) ast.Value {
	return ast.NewObject(
		ast.Item(ast.StringTerm("rule"), ast.StringTerm(id)),
		ast.Item(ast.StringTerm("message"), message),
		ast.Item(ast.StringTerm("span"), span),
	)
}

// findingWith is result.fail_with's object when the extra fields are an
// object written out whose keys are strings other than the finding's own:
// object.union would then only add them, so the finding is one object
// with them all, made without the call.
func findingWith(id string, span, message, extra *ast.Term) (ast.Value, bool) {
	obj, ok := extra.Value.(ast.Object)
	if !ok {
		return nil, false
	}
	items := []*ast.Term{ast.StringTerm("rule"), ast.StringTerm(id), ast.StringTerm("message"), message, ast.StringTerm("span"), span}
	clash := false
	obj.Foreach(func(k, v *ast.Term) {
		switch s, ok := k.Value.(ast.String); {
		case !ok, s == "rule", s == "message", s == "span":
			clash = true
		default:
			items = append(items, k, v)
		}
	})
	if clash {
		return nil, false
	}
	pairs := make([][2]*ast.Term, 0, len(items)/2)
	for i := 0; i < len(items); i += 2 {
		pairs = append(pairs, ast.Item(items[i], items[i+1]))
	}
	return ast.NewObject(pairs...), true
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
