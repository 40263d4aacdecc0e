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
	// OptionRanges bounds numeric options ([min, max]), from METADATA
	// custom.option_ranges; a number without a range must be at least 0.
	OptionRanges map[string][2]float64 `json:"option_ranges,omitempty"`
	// Scope is "document" for a rule whose findings are about the whole
	// article (keyword density, a missing date) and only point at its most
	// telling place; "" for findings about the text they point at. Changed-
	// lines mode keeps a document finding whenever its file changed.
	Scope string `json:"scope,omitempty"`
	// Package is the Rego package ("newslint.rules.quality.duplicate_title").
	Package string `json:"package"`
	File    string `json:"file"`
	Custom  bool   `json:"custom"`
	// Fixable says the rule's replacements are safe to apply without a
	// person reading them (METADATA custom.fixable): `newslint fix` applies
	// only those.
	Fixable bool `json:"fixable,omitempty"`
	// HelpURI documents the rule: the first of its METADATA
	// related_resources, else (for built-in rules) its section of
	// docs/rules.md.
	HelpURI string `json:"help_uri,omitempty"`
	// Example is the METADATA custom.example, if the rule has one.
	Example *Example `json:"example,omitempty"`
	// Needs names the facts without which the rule cannot report
	// (METADATA custom.needs, paths below input: "mentions",
	// "tags.placeholder"): when every one is absent or empty, the rule is
	// not evaluated at all.
	Needs []string `json:"needs,omitempty"`
	// Name is the last package segment, the key the router uses.
	Name string `json:"-"`
}

// needs reads custom.needs: a list of dotted paths below input.
func needs(v any) ([]string, error) {
	if v == nil {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return nil, fmt.Errorf("must be a list of paths below input, such as [\"mentions\", \"tags.placeholder\"]")
	}
	out := make([]string, len(list))
	for i, x := range list {
		p, _ := x.(string)
		if p == "" || strings.HasPrefix(p, ".") || strings.HasSuffix(p, ".") || strings.Contains(p, "..") {
			return nil, fmt.Errorf("entry %v is not a path below input (\"mentions\", \"tags.placeholder\")", x)
		}
		out[i] = p
	}
	return out, nil
}

// DocsURL is where a built-in rule is documented.
func DocsURL(id string) string {
	return "https://github.com/newslint/newslint/blob/main/docs/rules.md#" + id
}

// ScopeDocument marks a rule whose findings concern the whole document.
const ScopeDocument = "document"

const (
	rulesRoot  = "newslint.rules."
	customRoot = "newslint.rules.custom."
)

// Catalogue reads the rules from the modules' METADATA. Every package under
// newslint.rules (other than libraries and tests) must carry a package-scoped
// METADATA block with custom.id and custom.severity. Custom files must keep
// to the custom root: a rule elsewhere would never run, and a package such
// as newslint.lib.result would change the built-in helpers.
func Catalogue(mods []Module) ([]Rule, error) {
	var rules []Rule
	seen := map[string]Rule{}
	pkgFile := map[string]string{}
	for _, m := range mods {
		pkg := strings.TrimPrefix(m.AST.Package.Path.String(), "data.")
		if m.Custom && !m.Test && !strings.HasPrefix(pkg, customRoot) {
			return nil, locErr(m.File, m.AST.Package.Location, "package %s: custom rules (and their helper packages) live under %s<category>.<name>", pkg, customRoot)
		}
		if !m.Custom && strings.HasPrefix(pkg, customRoot) {
			return nil, locErr(m.File, m.AST.Package.Location, "package %s: %s is reserved for custom rules", pkg, customRoot)
		}
		if m.Test || !strings.HasPrefix(pkg, rulesRoot) || !hasReportRule(m.AST) {
			continue // tests, libraries, and helper packages beside rules
		}
		rest := strings.Split(strings.TrimPrefix(pkg, rulesRoot), ".")
		custom := rest[0] == "custom"
		if custom {
			rest = rest[1:]
		}
		if len(rest) != 2 {
			root := rulesRoot + "<category>.<name>"
			if custom {
				root = customRoot + "<category>.<name>"
			}
			return nil, locErr(m.File, m.AST.Package.Location, "package %s: a rule's package must be %s", pkg, root)
		}
		if err := checkReport(m); err != nil {
			return nil, err
		}
		// Rego merges files that share a package: two rules in one package
		// would report under each other's ids.
		if prev, dup := pkgFile[pkg]; dup {
			return nil, locErr(m.File, m.AST.Package.Location, "package %s is already used by the rule in %s; each rule needs its own package", pkg, prev)
		}
		pkgFile[pkg] = m.File
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
		if id == "paths" {
			return nil, locErr(m.File, a.Location, `rule id "paths" is reserved: [rules] paths lists the custom rule directories in .newslint.toml`)
		}
		if r.Title == "" {
			return nil, locErr(m.File, a.Location, "rule %s: METADATA needs a title", id)
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
		if o, ok := a.Custom["options"]; ok {
			opts, ok := o.(map[string]any)
			if !ok {
				return nil, locErr(m.File, a.Location, "rule %s: custom.options must be a map of option names to default values", id)
			}
			r.Options = opts
		}
		if err := r.readOptionRanges(a.Custom["option_ranges"]); err != nil {
			return nil, locErr(m.File, a.Location, "rule %s: custom.option_ranges %v", id, err)
		}
		if v, ok := a.Custom["fixable"]; ok {
			if r.Fixable, ok = v.(bool); !ok {
				return nil, locErr(m.File, a.Location, "rule %s: custom.fixable must be true or false", id)
			}
		}
		if len(a.RelatedResources) > 0 && a.RelatedResources[0].Ref.String() != "" {
			r.HelpURI = a.RelatedResources[0].Ref.String()
		} else if !custom {
			r.HelpURI = DocsURL(id)
		}
		needed, err := needs(a.Custom["needs"])
		if err != nil {
			return nil, locErr(m.File, a.Location, "rule %s: custom.needs %v", id, err)
		}
		r.Needs = needed
		ex, err := example(a.Custom["example"])
		if err != nil {
			return nil, locErr(m.File, a.Location, "rule %s: custom.example %v", id, err)
		}
		r.Example = ex
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

// Example is a rule's METADATA custom.example: a short article (Markdown,
// front matter allowed) that the rule reports, and optionally its corrected
// form, which it must not.
type Example struct {
	Bad  string `json:"bad"`
	Good string `json:"good,omitempty"`
}

func example(v any) (*Example, error) {
	if v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("must be a map with bad (and optionally good): example: {bad: ..., good: ...}")
	}
	ex := &Example{}
	for k, x := range m {
		s, ok := x.(string)
		switch {
		case !ok:
			return nil, fmt.Errorf("%s must be text", k)
		case k == "bad":
			ex.Bad = strings.TrimSpace(s)
		case k == "good":
			ex.Good = strings.TrimSpace(s)
		default:
			return nil, fmt.Errorf("has unknown key %q (known: bad, good)", k)
		}
	}
	if ex.Bad == "" {
		return nil, fmt.Errorf("needs bad: an article the rule reports")
	}
	return ex, nil
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
		if isReport(r) {
			return true
		}
	}
	return false
}

func isReport(r *ast.Rule) bool {
	return r.Head.Name == "report" || len(r.Head.Reference) > 0 && r.Head.Reference[0].Value.Compare(ast.Var("report")) == 0
}

// checkReport rejects `report if` / `report := ...`: report must be a set
// built with `report contains finding if`.
func checkReport(m Module) error {
	for _, r := range m.AST.Rules {
		if !isReport(r) {
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
