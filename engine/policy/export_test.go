package policy

import "github.com/open-policy-agent/opa/v1/ast"

// CompiledModules gives the external tests the modules as compiled.
func CompiledModules(e *Engine) map[string]*ast.Module { return e.compiler.Modules }
