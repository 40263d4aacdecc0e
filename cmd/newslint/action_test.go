package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/internal/sarifcheck"
)

type actionStep struct {
	ID               string            `yaml:"id"`
	Name             string            `yaml:"name"`
	Uses             string            `yaml:"uses"`
	Run              string            `yaml:"run"`
	Shell            string            `yaml:"shell"`
	If               string            `yaml:"if"`
	WorkingDirectory string            `yaml:"working-directory"`
	Env              map[string]string `yaml:"env"`
	With             map[string]string `yaml:"with"`
}

type actionFile struct {
	Name   string `yaml:"name"`
	Inputs map[string]struct {
		Description string `yaml:"description"`
		Default     string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

func readAction(t *testing.T) actionFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a
}

var inputRef = regexp.MustCompile(`inputs\.([a-z-]+)`)

// TestActionShape checks action.yml as the runner reads it: a composite
// action whose expressions name declared inputs, whose scripts take inputs
// from the environment only, and that uploads SARIF.
func TestActionShape(t *testing.T) {
	a := readAction(t)
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q", a.Runs.Using)
	}
	for _, in := range []string{"paths", "format", "fail-level", "args", "upload-sarif"} {
		if _, ok := a.Inputs[in]; !ok {
			t.Errorf("input %q missing", in)
		}
	}
	uploads := false
	for _, s := range a.Runs.Steps {
		for _, text := range append([]string{s.If, s.WorkingDirectory}, append(values(s.Env), values(s.With)...)...) {
			for _, m := range inputRef.FindAllStringSubmatch(text, -1) {
				if _, ok := a.Inputs[m[1]]; !ok {
					t.Errorf("step %q uses undeclared input %q", s.Name, m[1])
				}
			}
		}
		if s.Run != "" {
			if s.Shell != "bash" {
				t.Errorf("step %q: composite run steps need shell: bash", s.Name)
			}
			if strings.Contains(s.Run, "${{") {
				t.Errorf("step %q pastes an expression into its script (script injection): pass it through env", s.Name)
			}
		}
		if strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") {
			uploads = true
		}
	}
	if !uploads {
		t.Error("no upload-sarif step")
	}
}

func values(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func stepByID(t *testing.T, a actionFile, id string) actionStep {
	t.Helper()
	for _, s := range a.Runs.Steps {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("no step %q", id)
	return actionStep{}
}

var exprRef = regexp.MustCompile(`\$\{\{\s*([a-z.-]+)\s*\}\}`)

// runStep runs a step's script with bash as the runner would: the
// expressions of its env resolved from the inputs (defaults overridden by
// inputs) and from ctx (runner.temp, outputs of earlier steps).
func runStep(t *testing.T, a actionFile, s actionStep, dir string, inputs, ctx map[string]string) (stdout string, code int, ghOutput map[string]string) {
	t.Helper()
	outFile := filepath.Join(t.TempDir(), "output")
	env := append(os.Environ(), "GITHUB_OUTPUT="+outFile, "NO_COLOR=1")
	for k, v := range s.Env {
		v = exprRef.ReplaceAllStringFunc(v, func(expr string) string {
			ref := exprRef.FindStringSubmatch(expr)[1]
			if name, ok := strings.CutPrefix(ref, "inputs."); ok {
				if val, ok := inputs[name]; ok {
					return val
				}
				return a.Inputs[name].Default
			}
			val, ok := ctx[ref]
			if !ok {
				t.Fatalf("step %q: no value for %s", s.Name, ref)
			}
			return val
		})
		env = append(env, k+"="+v)
	}
	cmd := exec.Command("bash", "-e", "-o", "pipefail", "-c", s.Run) // the runner's bash defaults
	cmd.Dir = dir
	cmd.Env = env
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	ghOutput = map[string]string{}
	if data, err := os.ReadFile(outFile); err == nil {
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok {
				ghOutput[k] = v
			}
		}
	}
	return out.String(), code, ghOutput
}

// TestActionRunStep runs the action's own scripts against the built binary.
func TestActionRunStep(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	a := readAction(t)
	root := repoRoot(t)
	run, policy := stepByID(t, a, "run"), a.Runs.Steps[len(a.Runs.Steps)-1]
	temp := t.TempDir()
	if err := os.MkdirAll(filepath.Join(temp, "newslint-bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(binary, filepath.Join(temp, "newslint-bin", "newslint")); err != nil {
		t.Fatal(err)
	}
	built := map[string]string{"runner.temp": temp}
	sarif := filepath.Join(t.TempDir(), "out.sarif")

	out, code, got := runStep(t, a, run, root, map[string]string{"paths": "testdata/core\ntestdata/core/harbour-reopens.md", "fail-level": "warning", "upload-sarif": "true", "sarif-file": sarif}, built)
	if code != 0 {
		t.Fatalf("the run step itself must not fail (the policy step does): %d\n%s", code, out)
	}
	if got["exit-code"] != "1" || got["sarif-file"] != sarif {
		t.Errorf("outputs: %v\n%s", got, out)
	}
	if !strings.Contains(out, "::warning file=testdata/core/harbour-reopens.md,line=28") {
		t.Errorf("no annotations in the log:\n%s", out)
	}
	data, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifcheck.Validate(data); err != nil {
		t.Errorf("SARIF: %v", err)
	}

	// args are passed through; a relative SARIF path is made absolute.
	dir := t.TempDir()
	copyFile(t, filepath.Join(root, "testdata/core/flood-warning.txt"), filepath.Join(dir, "flood-warning.txt"))
	_, _, got = runStep(t, a, run, dir, map[string]string{"format": "text", "fail-level": "none", "args": "--max-warnings 1 --disable duplicate-title", "upload-sarif": "true"}, built)
	if got["exit-code"] != "0" || got["sarif-file"] != filepath.Join(dir, "newslint.sarif") {
		t.Errorf("one warning left, at most one allowed: %v", got)
	}
	_, _, got = runStep(t, a, run, dir, map[string]string{"fail-level": "none", "args": "--max-warnings 0"}, built)
	if got["exit-code"] != "1" || got["sarif-file"] != "" {
		t.Errorf("more warnings than --max-warnings 0, no SARIF asked for: %v", got)
	}
	_, _, got = runStep(t, a, run, dir, map[string]string{"args": "--no-such-flag"}, built)
	if got["exit-code"] != "2" {
		t.Errorf("a usage error: %v", got)
	}

	// Without the fail-level input, the project's config decides, as it
	// does locally; the input, when given, wins.
	writeFile(t, dir, ".newslint.toml", "fail_level = \"warning\"\n")
	_, _, got = runStep(t, a, run, dir, nil, built)
	if got["exit-code"] != "1" {
		t.Errorf("fail_level = \"warning\" in .newslint.toml, no input: %v", got)
	}
	_, _, got = runStep(t, a, run, dir, map[string]string{"fail-level": "error"}, built)
	if got["exit-code"] != "0" {
		t.Errorf("fail-level input error over the config's warning: %v", got)
	}

	// The binary's cache key: stable, and changed by the Go version.
	key := stepByID(t, a, "key")
	_, _, k1 := runStep(t, a, key, root, nil, nil)
	_, _, k2 := runStep(t, a, key, root, nil, nil)
	_, _, k3 := runStep(t, a, key, root, map[string]string{"go-version": "1.99"}, nil)
	if len(k1["hash"]) != 20 || k1["hash"] != k2["hash"] || k1["hash"] == k3["hash"] {
		t.Errorf("cache keys: %q %q %q", k1["hash"], k2["hash"], k3["hash"])
	}

	for code, want := range map[string]int{"0": 0, "1": 1, "2": 2, "": 2} {
		if _, got, _ := runStep(t, a, policy, dir, nil, map[string]string{"steps.run.outputs.exit-code": code}); got != want {
			t.Errorf("fail policy for exit code %q: %d, want %d", code, got, want)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPreCommitHooks checks .pre-commit-hooks.yaml: a golang hook running
// newslint lint on the articles it reads, file names after "--".
func TestPreCommitHooks(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []map[string]any
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 1 {
		t.Fatalf("%d hooks", len(hooks))
	}
	h := hooks[0]
	for _, k := range []string{"id", "name", "entry", "language"} {
		if s, _ := h[k].(string); s == "" {
			t.Errorf("hook field %q missing", k)
		}
	}
	if h["language"] != "golang" || h["entry"] != "newslint lint" {
		t.Errorf("hook: %v", h)
	}
	types := fmt.Sprint(h["types_or"])
	for _, ty := range []string{"markdown", "html", "plain-text"} {
		if !strings.Contains(types, ty) {
			t.Errorf("types_or %s lacks %s", types, ty)
		}
	}
	// A project's own README and CHANGELOG are not articles.
	exclude := regexp.MustCompile(h["exclude"].(string))
	for name, want := range map[string]bool{"README.md": true, "docs/CHANGELOG.md": true, "pkg/readme.txt": true, "CONTRIBUTING.md": true,
		"articles/2025/council-vote.md": false, "readme-for-editors-story.md": false, "history-of-the-port.md": false} {
		if exclude.MatchString(name) != want {
			t.Errorf("exclude pattern on %s: %v", name, !want)
		}
	}
	// The file names come after "--", so "-x.md" is read as a file.
	if args := fmt.Sprint(h["args"]); args != "[--]" {
		t.Errorf("args %s: want [--]", args)
	}
	dir := t.TempDir()
	writeFile(t, dir, "-x.md", goodArticle)
	if _, stderr, code := runCLI(t, dir, "", append(strings.Fields(h["entry"].(string))[1:], "--no-config", "--", "-x.md")...); code != 0 {
		t.Errorf("the hook's command on -x.md: exit %d: %s", code, stderr)
	}
	// pre-commit runs `go install ./...`: only the newslint command is a main package.
	cmd := exec.Command("go", "list", "-f", "{{if eq .Name \"main\"}}{{.ImportPath}}{{end}}", "./...")
	cmd.Dir = repoRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	if got := strings.Fields(string(out)); len(got) != 1 || got[0] != "github.com/newslint/newslint/cmd/newslint" {
		t.Errorf("go install ./... would install %v", got)
	}
}
