package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
	"github.com/newslint/newslint/internal/gittest"
	"github.com/newslint/newslint/internal/sarifcheck"
)

// TestOutputs runs text to the terminal and SARIF, JUnit and checkstyle to
// files in one run.
func TestOutputs(t *testing.T) {
	root := repoRoot(t)
	dir := t.TempDir()
	sarif, junit := filepath.Join(dir, "out.sarif"), filepath.Join(dir, "out.xml")
	out, stderr, code := runCLI(t, root, "", "lint", "-f", "text", "-f", "sarif", "-o", sarif, "-f", "junit="+junit, "--fail-level", "none", "testdata/core")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "3 files, 0 errors, 4 warnings") || strings.Contains(out, "\"$schema\"") {
		t.Errorf("stdout should hold the text report only:\n%s", out)
	}
	data, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifcheck.Validate(data); err != nil {
		t.Fatalf("the CLI's SARIF does not validate: %v", err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	// Compare with the JSON report of the same run: same findings, paths
	// relative to the repository root.
	jsonOut, _, _ := runCLI(t, root, "", "lint", "-f", "json", "--fail-level", "none", "testdata/core")
	var doc report.Document
	if err := json.Unmarshal([]byte(jsonOut), &doc); err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, f := range doc.Findings {
		want = append(want, fmt.Sprintf("%s %s:%d:%d", f.Rule, f.Path, f.Line, f.Column))
	}
	for _, r := range log.Runs[0].Results {
		l := r.Locations[0].PhysicalLocation
		if l.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("uriBaseId %q", l.ArtifactLocation.URIBaseID)
		}
		got = append(got, fmt.Sprintf("%s %s:%d:%d", r.RuleID, l.ArtifactLocation.URI, l.Region.StartLine, l.Region.StartColumn))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("SARIF results differ from the JSON findings\n got %v\nwant %v", got, want)
	}
	if n := len(log.Runs[0].Tool.Driver.Rules); n < 3 {
		t.Errorf("driver lists %d rules", n)
	}
	if x, err := os.ReadFile(junit); err != nil || !strings.Contains(string(x), `<testsuites name="newslint" tests="5" failures="4"`) {
		t.Errorf("junit file: %v\n%s", err, x)
	}

	// Every format to a file: text still goes to the terminal.
	out, _, _ = runCLI(t, root, "", "lint", "-f", "checkstyle", "-o", filepath.Join(dir, "cs.xml"), "--fail-level", "none", "testdata/core")
	if !strings.Contains(out, "4 warnings") {
		t.Errorf("text on the terminal expected, got:\n%s", out)
	}
	// json alone keeps stdout to itself.
	if out, _, _ := runCLI(t, root, "", "lint", "-f", "json", "--fail-level", "none", "testdata/core"); !json.Valid([]byte(out)) {
		t.Error("-f json alone must write only JSON to stdout")
	}
}

func TestOutputUsageErrors(t *testing.T) {
	root := repoRoot(t)
	for _, args := range [][]string{
		{"-o", "x.sarif"},                             // no format before it
		{"-f", "json", "-f", "sarif"},                 // two to stdout
		{"-f", "sarif=a", "-o", "b"},                  // two files for one format
		{"-f", "sarif=", "-f", "text"},                // empty file name
		{"-f", "yaml"},                                // unknown
		{"-f", "sarif=x", "-f", "json=x"},             // same file twice
		{"-f", "sarif", "-o", "/no/such/dir/x.sarif"}, // cannot create
		{"--max-warnings", "-2"},
		{"--new-from-rev", "HEAD", "--new-from-patch", "p.diff"},
	} {
		args := append(append([]string{"lint"}, args...), "testdata/core")
		if _, stderr, code := runCLI(t, root, "", args...); code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", args, code, stderr)
		}
	}
}

// TestExitCodes checks --fail-level and --max-warnings on the fixtures (4
// warnings, no error).
func TestExitCodes(t *testing.T) {
	root := repoRoot(t)
	for _, c := range []struct {
		args []string
		code int
	}{
		{nil, 0},
		{[]string{"--fail-level", "warning"}, 1},
		{[]string{"--max-warnings", "4"}, 0},
		{[]string{"--max-warnings", "3"}, 1},
		{[]string{"--max-warnings", "0"}, 1},
		{[]string{"--fail-level", "none", "--max-warnings", "3"}, 1},
		{[]string{"--fail-level", "none", "--max-warnings", "-1"}, 0},
	} {
		args := append(append([]string{"lint", "-f", "json"}, c.args...), "testdata/core")
		_, stderr, code := runCLI(t, root, "", args...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, stderr)
		}
		if c.code == 1 && strings.Contains(strings.Join(c.args, " "), "max-warnings") && !strings.Contains(stderr, "more than --max-warnings") {
			t.Errorf("%v: no explanation on stderr: %q", c.args, stderr)
		}
	}
}

// TestGitHubFormat checks the annotations and the step summary the real
// binary writes in a workflow.
func TestGitHubFormat(t *testing.T) {
	root := repoRoot(t)
	summary := filepath.Join(t.TempDir(), "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	out, _, code := runCLI(t, root, "", "lint", "-f", "github", "testdata/core")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "::warning file=testdata/core/harbour-reopens.md,line=28,endLine=28,col=1,endColumn=36,title=duplicate-title%3A Headline repeated as body text::") {
		t.Errorf("annotation missing:\n%s", out)
	}
	if strings.Count(out, "::group::") != 2 || strings.Count(out, "::endgroup::") != 2 {
		t.Errorf("one group per file with findings:\n%s", out)
	}
	s, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(s), "| :warning: warning | testdata/core/harbour-reopens.md:28:1 | `duplicate-title` |") {
		t.Errorf("step summary:\n%s", s)
	}
}

const story = `---
title: "Library opens a reading room for night-shift workers"
date: 2025-09-02
---

The central library will keep a reading room open until two in the morning
from next week, so that nurses, drivers and cleaners who finish late have a
quiet place to read, the city's culture office said on Tuesday.

The room on the ground floor has forty seats, free wireless internet and a
shelf of newspapers that is restocked at midnight.

A staff member and a security guard will be on duty each night.
`

func rules(t *testing.T) string {
	p, err := filepath.Abs("../../engine/testdata/rules")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNewFromRev lints a real repository: a committed article gains a
// repeated paragraph and a repeated headline; an old problem elsewhere in
// the file stays silent.
func TestNewFromRev(t *testing.T) {
	gittest.Isolate(t)
	repo := t.TempDir()
	gittest.Run(t, repo, "init", "-q")
	// The old problem: the second paragraph is already pasted twice.
	old := strings.Replace(story, "A staff member", "The room on the ground floor has forty seats, free wireless internet and a\nshelf of newspapers that is restocked at midnight.\n\nA staff member", 1)
	if err := os.MkdirAll(filepath.Join(repo, "news"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"news/library.md": old, "news/untouched.md": old} {
		if err := os.WriteFile(filepath.Join(repo, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gittest.Run(t, repo, "add", ".")
	gittest.Run(t, repo, "commit", "-q", "-m", "first")

	edited := old + "\nLibrary opens a reading room for night-shift workers\n"
	if err := os.WriteFile(filepath.Join(repo, "news/library.md"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	ids := func(args ...string) []string {
		t.Helper()
		out, stderr, code := runCLI(t, filepath.Join(repo, "news"), "", append([]string{"lint", "-f", "json", "--fail-level", "none", "--rules", rules(t)}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var doc report.Document
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range doc.Findings {
			got = append(got, fmt.Sprintf("%s:%d %s", f.Path, f.Line, f.Rule))
		}
		sort.Strings(got)
		return got
	}
	all := ids(".")
	if len(all) < 6 {
		t.Fatalf("the full run should see the old and new problems in both files: %v", all)
	}
	got := ids("--new-from-rev", "HEAD", ".")
	// Kept: the new line, and the document-level finding of the changed
	// file (at the headline, which did not change). Dropped: the old
	// repeated paragraph, the unchanged headline's finding, everything in
	// the unchanged file.
	want := []string{
		"library.md:18 duplicate-title",
		"library.md:2 test-word-count",
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("--new-from-rev HEAD:\n got %v\nwant %v\n(all: %v)", got, want, all)
	}

	// The same change as a patch file.
	patch := filepath.Join(t.TempDir(), "change.diff")
	cmd := exec.Command("git", "diff", "HEAD")
	cmd.Dir = repo
	diffOut, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(patch, diffOut, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := ids("--new-from-patch", patch, "."); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("--new-from-patch: got %v, want %v", got, want)
	}
}

func TestNewFromRevErrors(t *testing.T) {
	gittest.Isolate(t)
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "a.md"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCLI(t, outside, "", "lint", "--new-from-rev", "main", "a.md")
	if code != 2 || !strings.Contains(stderr, "not inside a git repository") {
		t.Errorf("outside a repository: exit %d, %q", code, stderr)
	}
	gittest.Run(t, outside, "init", "-q")
	gittest.Run(t, outside, "add", ".")
	gittest.Run(t, outside, "commit", "-q", "-m", "one")
	_, stderr, code = runCLI(t, outside, "", "lint", "--new-from-rev", "no-such-rev", "a.md")
	if code != 2 || !strings.Contains(stderr, `unknown revision "no-such-rev"`) {
		t.Errorf("unknown revision: exit %d, %q", code, stderr)
	}
	_, stderr, code = runCLI(t, outside, "", "lint", "--new-from-patch", "missing.diff", "a.md")
	if code != 2 || !strings.Contains(stderr, "missing.diff") {
		t.Errorf("missing patch: exit %d, %q", code, stderr)
	}
}
