package policy

import (
	"slices"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Rules see the article and the data newslint hands them, nothing else: a
// rule from a pull request must not be able to send an unpublished article
// out of CI, read the runner's files or environment, or give answers that
// change from one run to the next. So every rule, built-in or custom, is
// compiled with OPA's built-in functions minus the ones that reach outside:
// a call to one of them does not compile.

// refusedPrefixes are families refused whole: the network, and values that
// differ on every call.
var refusedPrefixes = []string{"http.", "net.", "rand.", "uuid."}

// refusedNames are single functions refused by name.
var refusedNames = []string{"opa.runtime", "time.now_ns"}

// refusedWhy says, per family, what a refused function would reach.
func refusedWhy(name string) string {
	switch {
	case strings.HasPrefix(name, "http."), name == "net.lookup_ip_addr":
		return "it reaches the network"
	case strings.HasPrefix(name, "net."):
		return "the net.* family is refused whole (net.lookup_ip_addr reaches the network, net.cidr_expand can list billions of addresses)"
	case name == "opa.runtime":
		return "it reads the process's environment and configuration"
	case name == "time.now_ns":
		return "it reads the clock, so findings would change from run to run (use input.date)"
	case strings.HasPrefix(name, "rand."), strings.HasPrefix(name, "uuid."):
		return "its values change from run to run"
	case strings.HasPrefix(name, "json.") && strings.HasSuffix(name, "_schema"):
		return "a schema's $ref can load files and URLs"
	case strings.HasPrefix(name, "io.jwt."):
		return "it reads the clock or draws random numbers"
	}
	return "its result depends on more than the article and the data"
}

var caps = sync.OnceValues(func() (*ast.Capabilities, []string) {
	c := ast.CapabilitiesForThisVersion()
	var kept []*ast.Builtin
	var refused []string
	for _, b := range c.Builtins {
		if refusedBuiltin(b) {
			refused = append(refused, b.Name)
			continue
		}
		kept = append(kept, b)
	}
	c.Builtins = kept
	// No host may be fetched from, either (JSON schemas in type checks).
	c.AllowNet = []string{}
	slices.Sort(refused)
	return c, slices.Compact(refused)
})

// refusedBuiltin is true for the functions rules may not call: those OPA
// marks non-deterministic (the network, the clock, randomness, the
// environment, and JSON schemas that may load files or URLs), and whole
// families that reach outside.
func refusedBuiltin(b *ast.Builtin) bool {
	if b.IsNondeterministic() || slices.Contains(refusedNames, b.Name) {
		return true
	}
	for _, p := range refusedPrefixes {
		if strings.HasPrefix(b.Name, p) {
			return true
		}
	}
	return false
}

// Capabilities returns a fresh copy of what rules may use, with the given
// custom functions (newslint's own) declared too.
func Capabilities(custom ...*ast.Builtin) *ast.Capabilities {
	c, _ := caps()
	out := *c
	out.Builtins = append(slices.Clone(c.Builtins), custom...)
	out.AllowNet = []string{}
	return &out
}

// Refused lists, sorted, the OPA built-in functions rules may not call.
func Refused() []string {
	_, r := caps()
	return slices.Clone(r)
}

// refusedMessage rewrites OPA's "undefined function X" for a refused X, or
// returns "".
func refusedMessage(msg string) string {
	name, ok := strings.CutPrefix(msg, "undefined function ")
	if !ok {
		return ""
	}
	if _, found := slices.BinarySearch(Refused(), name); !found {
		return ""
	}
	return name + " is not allowed in newslint rules: " + refusedWhy(name) +
		"; rules see the article (input) and the data (data.newslint), nothing else"
}
