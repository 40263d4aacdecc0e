package policy

import (
	"github.com/open-policy-agent/opa/v1/ast"
)

// The rules' input costs an OPA object per fact, so the engine builds only
// the top-level fields of the facts that some compiled rule reads:
// input.links for a rule that names it, every field for a rule that reads
// input whole or by a computed key. Custom rules that read more get more.

// objectGet is the builtin a rule reads an optional field with:
// object.get(input, "teasers", []), object.get(input, ["title", "block"], -1).
var objectGet = ast.MustParseRef("object.get")

// inputKeys returns the top-level input fields the modules read, and false
// when a module reads input in a way that could reach any field. It reads
// the modules as parsed: compiled, object.get(input, ...) becomes an
// assignment of input to a variable.
func inputKeys(mods []Module) (map[string]bool, bool) {
	keys := map[string]bool{}
	whole := false
	isInput := func(t *ast.Term) bool {
		switch v := t.Value.(type) {
		case ast.Var:
			return v.Equal(ast.InputRootDocument.Value)
		case ast.Ref:
			return len(v) == 1 && v[0].Equal(ast.InputRootDocument)
		}
		return false
	}
	var vis *ast.GenericVisitor
	// getKey records object.get(input, key, default) and reports whether
	// the call was of that shape (then its other arguments are walked).
	getKey := func(op *ast.Term, args []*ast.Term) bool {
		// object.get(input, "k", d, out) may name its output fourth.
		if len(args) < 3 || len(args) > 4 || !isInput(args[0]) {
			return false
		}
		if r, ok := op.Value.(ast.Ref); !ok || !r.Equal(objectGet) {
			return false
		}
		switch k := args[1].Value.(type) {
		case ast.String:
			keys[string(k)] = true
		case *ast.Array:
			s, ok := k.Elem(0).Value.(ast.String)
			if k.Len() == 0 || !ok {
				whole = true
			} else {
				keys[string(s)] = true
			}
		default:
			whole = true
		}
		for _, a := range args[1:] {
			vis.Walk(a)
		}
		return true
	}
	vis = ast.NewGenericVisitor(func(x any) bool {
		switch x := x.(type) {
		case *ast.Expr:
			if x.IsCall() {
				terms := x.Terms.([]*ast.Term)
				if getKey(terms[0], terms[1:]) {
					for _, w := range x.With {
						vis.Walk(w)
					}
					return true
				}
			}
		case ast.Call:
			return len(x) > 0 && getKey(x[0], x[1:])
		case ast.Ref:
			if len(x) == 0 || !x[0].Equal(ast.InputRootDocument) {
				return false
			}
			if len(x) == 1 {
				whole = true
				return true
			}
			if s, ok := x[1].Value.(ast.String); ok {
				keys[string(s)] = true
			} else {
				whole = true
			}
			for _, t := range x[1:] {
				vis.Walk(t)
			}
			return true
		case ast.Var:
			if x.Equal(ast.InputRootDocument.Value) {
				whole = true
			}
		}
		return false
	})
	for _, m := range mods {
		if m.Test {
			continue
		}
		for _, imp := range m.AST.Imports {
			vis.Walk(imp.Path) // import input.blocks, or input whole
		}
		for _, r := range m.AST.Rules {
			vis.Walk(r)
		}
	}
	return keys, !whole
}

// namesIn returns every string the modules write, as a ref's key
// (block.words) or as a string anywhere (object.get(m, "time", {})): the
// names by which a rule can read a field of a fact.
func namesIn(mods []Module) map[string]bool {
	out := map[string]bool{}
	for _, m := range mods {
		if m.Test {
			continue
		}
		ast.WalkTerms(m.AST, func(t *ast.Term) bool {
			if s, ok := t.Value.(ast.String); ok {
				out[string(s)] = true
			}
			return false
		})
	}
	return out
}
