package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

// binary is the newslint binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newslint-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "newslint")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building newslint:", err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// repoRoot is where testdata/ lives.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// runCLI runs the binary in dir and returns stdout, stderr and the exit code.
func runCLI(t *testing.T, dir string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	return runCommand(t, cmd)
}

// runCommand runs a prepared newslint command and returns stdout, stderr
// and the exit code.
func runCommand(t *testing.T, cmd *exec.Cmd) (string, string, int) {
	t.Helper()
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running newslint: %v", err)
	}
	return out.String(), errb.String(), code
}

// want is a fixture's expected outcome, read from ARTICLE.want:
//
//	# comment
//	date 2025-05-01 metadata     (optional: the reference date and its source;
//	                              "date - none" for an article without one)
//	12:1 duplicate-paragraph     (one line per finding: line:column rule-id)
//
// An empty file (or one with only a date line) means the article must
// produce no finding at all.
type want struct {
	date, source string
	findings     []string
}

func readWant(t *testing.T, path string) want {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var w want
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "date "); ok {
			parts := strings.Fields(rest)
			if len(parts) != 2 {
				t.Fatalf("%s: date line wants VALUE SOURCE: %q", path, line)
			}
			w.date, w.source = strings.TrimPrefix(parts[0], "-"), parts[1]
			continue
		}
		w.findings = append(w.findings, strings.Join(strings.Fields(line), " "))
	}
	sort.Strings(w.findings)
	return w
}

// TestFixtures lints every article in testdata/ that has a .want file and
// compares the findings exactly: a missing finding and an extra one both
// fail.
func TestFixtures(t *testing.T) {
	root := repoRoot(t)
	var articles []string
	err := filepath.WalkDir(filepath.Join(root, "testdata"), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".want") {
			articles = append(articles, strings.TrimSuffix(p, ".want"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) == 0 {
		t.Fatal("no fixtures found")
	}
	for _, article := range articles {
		rel, _ := filepath.Rel(root, article)
		t.Run(rel, func(t *testing.T) { checkFixture(t, root, rel) })
	}
}

// checkFixture lints one article (rel, from root) with the extra arguments
// and compares the findings with its .want file.
func checkFixture(t *testing.T, root, rel string, args ...string) {
	t.Helper()
	w := readWant(t, filepath.Join(root, rel)+".want")
	out, stderr, code := runCLI(t, root, "", append(append([]string{"lint", "--format", "json", "--fail-level", "none"}, args...), rel)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	var got []string
	for _, f := range doc.Findings {
		got = append(got, fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Rule))
	}
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(w.findings, "\n") {
		var msgs []string
		for _, f := range doc.Findings {
			msgs = append(msgs, fmt.Sprintf("  %d:%d %s: %s", f.Line, f.Column, f.Rule, f.Message))
		}
		t.Errorf("findings differ\n got:\n  %s\nwant:\n  %s\nmessages:\n%s", strings.Join(got, "\n  "), strings.Join(w.findings, "\n  "), strings.Join(msgs, "\n"))
	}
	if w.source != "" {
		if len(doc.Files) != 1 || doc.Files[0].Date != w.date || doc.Files[0].DateSource != w.source {
			t.Errorf("reference date: got %+v, want %s (%s)", doc.Files, w.date, w.source)
		}
	}
}
