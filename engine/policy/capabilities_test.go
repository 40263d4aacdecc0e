package policy

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The functions the sandbox promises to refuse (docs/writing-rules.md).
var mustRefuse = []string{
	"http.send", "net.lookup_ip_addr", "net.cidr_contains", "opa.runtime", "time.now_ns",
	"rand.intn", "uuid.rfc4122", "uuid.parse", "json.match_schema", "json.verify_schema",
}

func TestRefusedList(t *testing.T) {
	refused := Refused()
	for _, name := range mustRefuse {
		if !slices.Contains(refused, name) {
			t.Errorf("%s is not refused", name)
		}
	}
	// Pure functions stay: the sandbox must not break ordinary rules.
	for _, name := range []string{"regex.match", "time.parse_rfc3339_ns", "time.date", "sprintf", "object.get", "print", "trace", "strings.count"} {
		if slices.Contains(refused, name) {
			t.Errorf("%s is refused but harmless", name)
		}
	}
	c := Capabilities()
	for _, b := range c.Builtins {
		if slices.Contains(refused, b.Name) {
			t.Errorf("capabilities still hold %s", b.Name)
		}
	}
	if c.AllowNet == nil || len(c.AllowNet) != 0 {
		t.Errorf("AllowNet = %v, want empty (no host)", c.AllowNet)
	}
}

// callOf writes a call to a builtin with as many arguments as it takes.
func callOf(name string) string {
	var b *ast.Builtin
	for _, x := range ast.CapabilitiesForThisVersion().Builtins {
		if x.Name == name {
			b = x
		}
	}
	n := 1
	if b != nil && b.Decl != nil {
		n = len(b.Decl.FuncArgs().Args)
	}
	args := make([]string, n)
	for i := range args {
		args[i] = fmt.Sprintf("input.a%d", i)
	}
	return name + "(" + strings.Join(args, ", ") + ")"
}

func ruleCalling(call string) string {
	return `# METADATA
# title: Calls out
# custom:
#   id: calls-out
#   severity: warning
package newslint.rules.custom.house.calls_out

report contains f if {
	x := ` + call + `
	f := {"message": sprintf("%v", [x]), "span": input.anchor}
}
`
}

// Every refused function fails to compile, in a lint run and in a test
// run, with a message naming it and the rule's file:line:column.
func TestRefusedBuiltinsDoNotCompile(t *testing.T) {
	for _, name := range Refused() {
		t.Run(name, func(t *testing.T) {
			m, err := ParseModule("house/calls_out.rego", []byte(ruleCalling(callOf(name))))
			if err != nil {
				t.Fatal(err)
			}
			mods := []Module{{File: "house/calls_out.rego", Custom: true, AST: m}}
			want := "house/calls_out.rego:9:7: " + name + " is not allowed in newslint rules: "
			_, err = Compile(context.Background(), Setup{Modules: mods, Enabled: []Rule{{ID: "calls-out", Category: "house", Name: "calls_out", Custom: true}}})
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("lint compile: got %v, want %q", err, want)
			}
			_, err = RunTests(context.Background(), Setup{Modules: mods}, "")
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("test compile: got %v, want %q", err, want)
			}
		})
	}
}

// A rule that could reach a listener never does: the rule does not
// compile, so nothing is sent. The listener proves it (no connection).
func TestNoRuleReachesTheNetwork(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	call := `http.send({"method": "POST", "url": "http://127.0.0.1:` + port + `", "body": input.blocks[0].text})`
	m, err := ParseModule("leak.rego", []byte(ruleCalling(call)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile(context.Background(), Setup{Modules: []Module{{File: "leak.rego", Custom: true, AST: m}},
		Enabled: []Rule{{ID: "calls-out", Category: "house", Name: "calls_out", Custom: true}}})
	if err == nil || !strings.Contains(err.Error(), "leak.rego:9:7: http.send is not allowed") {
		t.Fatalf("got %v", err)
	}
	if hits.Load() != 0 {
		t.Fatalf("the listener was reached %d times", hits.Load())
	}
}

// A pure function still compiles and runs.
func TestAllowedBuiltinRuns(t *testing.T) {
	m, err := ParseModule("ok.rego", []byte(ruleCalling(`time.format(time.parse_rfc3339_ns("2025-05-01T00:00:00Z"))`)))
	if err != nil {
		t.Fatal(err)
	}
	e, err := Compile(context.Background(), Setup{Modules: []Module{{File: "ok.rego", Custom: true, AST: m}},
		Enabled: []Rule{{ID: "calls-out", Category: "house", Name: "calls_out", Custom: true}}})
	if err != nil {
		t.Fatal(err)
	}
	in, _ := ast.InterfaceToValue(map[string]any{"anchor": map[string]any{"offset": 0, "end_offset": 1, "line": 1, "column": 1, "end_line": 1, "end_column": 2}})
	raws, err := e.evalOne(context.Background(), Rule{ID: "calls-out", Category: "house", Name: "calls_out", Custom: true}, in)
	if err != nil || len(raws) != 1 || !strings.HasPrefix(raws[0].Message, "2025-05-01T00:00:00") {
		t.Fatalf("raws %v, err %v", raws, err)
	}
}
