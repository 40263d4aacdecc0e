package policy_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/policy"
	"github.com/newslint/newslint/engine/policy/builtins"
	"github.com/newslint/newslint/rules"
)

// The stages skipped for Checked modules change nothing in the built-in
// rules: compiled with and without them, every module reads the same,
// body by body. This fails when a built-in rule needs one of them: a body
// not written in the order it is evaluated in (the safety stage would
// move an expression after the ones that bind its variables), a print
// call, a template string, a with.
func TestCheckedModulesCompileAlike(t *testing.T) {
	mods, err := policy.LoadFS(rules.FS, "rules/", false)
	if err != nil {
		t.Fatal(err)
	}
	enabled, err := policy.Catalogue(mods)
	if err != nil {
		t.Fatal(err)
	}
	compiled := func(checked bool) map[string]string {
		// Each compile gets its own parse: the compiler rewrites the
		// modules it is given.
		mods, err := policy.LoadFS(rules.FS, "rules/", false)
		if err != nil {
			t.Fatal(err)
		}
		e, err := policy.Compile(context.Background(), policy.Setup{Modules: mods, Enabled: enabled, Builtins: builtins.Lint(), Checked: checked})
		if err != nil {
			t.Fatalf("checked %v: %v", checked, err)
		}
		out := map[string]string{}
		for name, m := range policy.CompiledModules(e) {
			out[name] = m.String()
		}
		return out
	}
	fast, full := compiled(true), compiled(false)
	if len(fast) < 30 || len(fast) != len(full) {
		t.Fatalf("%d modules compiled with the checks skipped, %d with them", len(fast), len(full))
	}
	var names []string
	for name := range full {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if fast[name] == full[name] {
			continue
		}
		a, b := strings.Split(fast[name], "\n"), strings.Split(full[name], "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Errorf("%s: compiled differently with the stages skipped (a body out of evaluation order? a print, a template string, a with?)\n got %s\nwant %s", name, a[i], b[i])
				break
			}
		}
	}
}
