package policy

import (
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Rule describes a rule from its METADATA.
type Rule struct {
	ID          string         `json:"id"`
	Category    string         `json:"category"`
	Title       string         `json:"title"`
	Description string         `json:"description"`
	Severity    string         `json:"severity"`
	Options     map[string]any `json:"options,omitempty"`
	// Scope is "document" for a rule whose findings are about the whole
	// article (keyword density, a missing date) and only point at its most
	// telling place; "" for findings about the text they point at. Changed-
	// lines mode keeps a document finding whenever its file changed.
	Scope string `json:"scope,omitempty"`
	// Package is the Rego package ("newslint.rules.quality.duplicate_title").
	Package string `json:"package"`
	File    string `json:"file"`
	Custom  bool   `json:"custom"`
	// Name is the last package segment, the key the router uses.
	Name string `json:"-"`
}

// ScopeDocument marks a rule whose findings concern the whole document.
const ScopeDocument = "document"

const (
	rulesRoot  = "newslint.rules."
	customRoot = "newslint.rules.custom."
)

// Catalogue reads the rules from the modules' METADATA. Every package under
// newslint.rules (other than libraries and tests) must carry a package-scoped
// METADATA block with custom.id and custom.severity.
func Catalogue(mods []Module) ([]Rule, error) {
	var rules []Rule
	seen := map[string]Rule{}
	for _, m := range mods {
		if m.Test {
			continue
		}
		pkg := strings.TrimPrefix(m.AST.Package.Path.String(), "data.")
		if !strings.HasPrefix(pkg, rulesRoot) {
			continue
		}
		rest := strings.Split(strings.TrimPrefix(pkg, rulesRoot), ".")
		custom := rest[0] == "custom"
		if custom {
			rest = rest[1:]
		}
		if len(rest) != 2 {
			root := rulesRoot + "<category>.<name>"
			if m.Custom {
				root = customRoot + "<category>.<name>"
			}
			return nil, locErr(m.File, m.AST.Package.Location, "package %s: a rule's package must be %s", pkg, root)
		}
		if m.Custom && !custom {
			return nil, locErr(m.File, m.AST.Package.Location, "package %s: custom rules live under %s<category>.<name>", pkg, customRoot)
		}
		if !hasReportRule(m.AST) {
			continue // a helper package inside a rule directory
		}
		if err := checkReport(m); err != nil {
			return nil, err
		}
		a := packageAnnotation(m.AST)
		if a == nil {
			return nil, locErr(m.File, m.AST.Package.Location, "package %s: a rule needs a METADATA block with title and custom.id before its package line", pkg)
		}
		r := Rule{Category: rest[0], Name: rest[1], Package: pkg, File: m.File, Custom: custom, Title: a.Title, Description: strings.TrimSpace(a.Description)}
		id, _ := a.Custom["id"].(string)
		if id == "" {
			return nil, locErr(m.File, a.Location, "package %s: METADATA needs custom.id", pkg)
		}
		if !validID(id) {
			return nil, locErr(m.File, a.Location, "rule id %q: ids are kebab-case (lower-case words joined by '-')", id)
		}
		r.ID = id
		r.Severity, _ = a.Custom["severity"].(string)
		if r.Severity == "" {
			r.Severity = "warning"
		}
		if r.Severity != "error" && r.Severity != "warning" && r.Severity != "info" {
			return nil, locErr(m.File, a.Location, "rule %s: custom.severity must be error, warning or info", id)
		}
		switch scope, _ := a.Custom["scope"].(string); scope {
		case "", "span":
		case ScopeDocument:
			r.Scope = ScopeDocument
		default:
			return nil, locErr(m.File, a.Location, "rule %s: custom.scope must be span or document, not %q", id, scope)
		}
		if opts, ok := a.Custom["options"].(map[string]any); ok {
			r.Options = opts
		}
		if prev, dup := seen[id]; dup {
			what := "another rule"
			if !prev.Custom {
				what = "a built-in rule"
			}
			return nil, locErr(m.File, a.Location, "rule id %q is already used by %s (%s)", id, what, prev.File)
		}
		seen[id] = r
		rules = append(rules, r)
	}
	sort.Slice(rules, func(i, j int) bool {
		if rules[i].Custom != rules[j].Custom {
			return !rules[i].Custom
		}
		if rules[i].Category != rules[j].Category {
			return rules[i].Category < rules[j].Category
		}
		return rules[i].ID < rules[j].ID
	})
	return rules, nil
}

func packageAnnotation(m *ast.Module) *ast.Annotations {
	for _, a := range m.Annotations {
		if a.Scope == "package" || a.Scope == "subpackages" {
			return a
		}
	}
	return nil
}

func hasReportRule(m *ast.Module) bool {
	for _, r := range m.Rules {
		if r.Head.Name == "report" || len(r.Head.Reference) > 0 && r.Head.Reference[0].Value.Compare(ast.Var("report")) == 0 {
			return true
		}
	}
	return false
}

// checkReport rejects `report if` / `report := ...`: report must be a set
// built with `report contains finding if`.
func checkReport(m Module) error {
	for _, r := range m.AST.Rules {
		if !(r.Head.Name == "report" || len(r.Head.Reference) > 0 && r.Head.Reference[0].Value.Compare(ast.Var("report")) == 0) {
			continue
		}
		if r.Head.RuleKind() != ast.MultiValue {
			return locErr(m.File, r.Location, "`report` must be a set of findings: write `report contains finding if { ... }`, not `report if` or `report :=`")
		}
	}
	return nil
}

func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// LocError is an error at a place in a Rego file.
type LocError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *LocError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

func locErr(file string, loc *ast.Location, format string, args ...any) error {
	e := &LocError{File: file, Msg: fmt.Sprintf(format, args...)}
	if loc != nil {
		e.Line, e.Col = loc.Row, loc.Col
	}
	return e
}
