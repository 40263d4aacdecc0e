package main

import (
	"strings"
	"testing"
)

func TestKBCheck(t *testing.T) {
	root := repoRoot(t)
	out, errOut, code := runCLI(t, root, "", "kb", "check")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; code != 0 || !strings.HasPrefix(last, "knowledge base OK: ") || !strings.Contains(last, "as of ") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	out, errOut, code = runCLI(t, root, "", "kb", "check", "--data", "cmd/newslint/testdata/kb/newsroom.toml")
	if code != 0 || !strings.Contains(out, "knowledge base OK") {
		t.Fatalf("a valid data file: exit %d\n%s%s", code, out, errOut)
	}
}

func TestKBCheckNamesFileAndLine(t *testing.T) {
	root := repoRoot(t)
	_, errOut, code := runCLI(t, root, "", "kb", "check", "--data", "cmd/newslint/testdata/kb/broken.toml")
	if code != 2 {
		t.Fatalf("exit %d, want 2\n%s", code, errOut)
	}
	for _, want := range []string{
		`cmd/newslint/testdata/kb/broken.toml:5: term: unknown role "riverton-mayor"`,
		`cmd/newslint/testdata/kb/broken.toml:5: term: unknown person "ana-lindh"`,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("missing %q in:\n%s", want, errOut)
		}
	}
	// lint refuses a broken knowledge base the same way.
	_, errOut, code = runCLI(t, root, "", "lint", "--data", "cmd/newslint/testdata/kb/broken.toml", "cmd/newslint/testdata/kb/riverton.md")
	if code != 2 || !strings.Contains(errOut, "broken.toml:5") {
		t.Errorf("lint with a broken data file: exit %d\n%s", code, errOut)
	}
}

func TestKBWhoAndShow(t *testing.T) {
	root := repoRoot(t)
	out, _, code := runCLI(t, root, "", "kb", "who", "riverton-mayor", "2025-03-01", "--data", "cmd/newslint/testdata/kb/newsroom.toml")
	if code != 0 || !strings.Contains(out, "Mayor of Riverton on 2025-03-01: Ben Ortiz (ben-ortiz), since 2025-01-06") {
		t.Errorf("who: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, root, "", "kb", "who", "Riverton Mayor", "2099-01-01", "--data", "cmd/newslint/testdata/kb/newsroom.toml")
	if code != 0 || !strings.Contains(out, "unknown") {
		t.Errorf("who past as_of: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, root, "", "kb", "show", "Lind", "--data", "cmd/newslint/testdata/kb/newsroom.toml")
	if code != 0 || !strings.Contains(out, "Ana Lind (ana-lind)") || !strings.Contains(out, "2022-01-03 to 2025-01-06") {
		t.Errorf("show: exit %d\n%s", code, out)
	}
	if _, _, code = runCLI(t, root, "", "kb", "show", "Nobody Atall"); code != 2 {
		t.Errorf("show unknown person: exit %d, want 2", code)
	}
	if _, _, code = runCLI(t, root, "", "kb", "who", "us-president", "2025-13-01"); code != 2 {
		t.Errorf("who with a bad date: exit %d, want 2", code)
	}
}

// A user's own office holders are checked like the built-in ones.
func TestUserDataInLint(t *testing.T) {
	root := repoRoot(t)
	out, errOut, code := runCLI(t, root, "", "lint", "--format", "json", "--fail-level", "none",
		"--data", "cmd/newslint/testdata/kb/newsroom.toml", "cmd/newslint/testdata/kb/riverton.md")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"rule": "stale-officeholder"`) || !strings.Contains(out, "Ben Ortiz held the post then") {
		t.Errorf("want a stale-officeholder finding naming Ben Ortiz:\n%s", out)
	}
}

// kb check finds seeded mistakes at their lines: an overlap, a term ending
// before it starts, an unknown office in a retirement; and a recent change
// without a source is a warning that fails only --strict.
func TestKBCheckFindsSeededMistakes(t *testing.T) {
	root := repoRoot(t)
	_, errOut, code := runCLI(t, root, "", "kb", "check", "--data", "cmd/newslint/testdata/kb/seeded.toml")
	if code != 2 {
		t.Fatalf("exit %d, want 2\n%s", code, errOut)
	}
	for _, want := range []string{
		`seeded.toml:23: role lakeside-mayor has one holder at a time, but the term of felix-amari from 2024-12-02 overlaps the term of dora-quint (2017-01-09 to 2025-01-06, cmd/newslint/testdata/kb/seeded.toml:16)`,
		`seeded.toml:29: term of felix-amari as lakeside-mayor: end 2015-05-01 is not after start 2016-05-01`,
		`seeded.toml:35: retire: unknown role "us-presidnt"`,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("missing %q in:\n%s", want, errOut)
		}
	}

	out, errOut, code := runCLI(t, root, "", "kb", "check", "--data", "cmd/newslint/testdata/kb/recent.toml")
	want := `cmd/newslint/testdata/kb/recent.toml:24: warning: term of felix-amari as lakeside-mayor begins 2025-01-06 (recent: 2024–2026) but has no source`
	if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "knowledge base OK") {
		t.Errorf("warnings do not fail kb check: exit %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(out, "dora-quint as lakeside-mayor") {
		t.Errorf("a sourced term is not a warning:\n%s", out)
	}
	_, errOut, code = runCLI(t, root, "", "kb", "check", "--strict", "--data", "cmd/newslint/testdata/kb/recent.toml")
	if code != 2 || !strings.Contains(errOut, "recent.toml:24") {
		t.Errorf("--strict fails on warnings: exit %d\n%s", code, errOut)
	}
}
