package main

import (
	"fmt"
	"os"
	"path/filepath"
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

// kb import wikidata writes what is new and reports what disagrees; the
// file it writes for a newsroom validates, kb diff shows what it changes,
// and lint then knows the imported office.
func TestKBImportWikidataAndDiff(t *testing.T) {
	root := repoRoot(t)
	dir := t.TempDir()
	sample := "engine/kb/testdata/wikidata/offices.json"
	out := filepath.Join(dir, "imported.toml")
	_, errOut, code := runCLI(t, root, "", "kb", "import", "wikidata", "--user", sample, "-o", out)
	if code != 1 {
		t.Fatalf("conflicts make the exit code 1, got %d\n%s", code, errOut)
	}
	for _, want := range []string{
		"xe-premier (Q900102):\n  added: office Q900102 (Premier of Eastmarch)",
		"  conflict: oskar-vindheim as xe-premier: Wikidata gives 2011 (year only) to 2019-05-02, not to the day; not written",
		"kb import: 1 offices, 3 people, 3 terms added; 4 conflicts (not written)",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("report lacks %q:\n%s", want, errOut)
		}
	}
	toml, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(toml), "[[kb.roles]]\nid = \"xe-premier\"") {
		t.Fatalf("written TOML: %v\n%s", err, toml)
	}
	builtin, _, _ := runCLI(t, root, "", "kb", "check")
	var roles int
	fmt.Sscanf(builtin, "knowledge base OK: %d roles", &roles)
	check, errOut, code := runCLI(t, root, "", "kb", "check", "--data", out)
	if code != 0 || roles == 0 || !strings.Contains(check, fmt.Sprintf("knowledge base OK: %d roles", roles+1)) {
		t.Errorf("the imported file validates: exit %d\n%s%s", code, check, errOut)
	}
	diff, errOut, code := runCLI(t, root, "", "kb", "diff", "builtin", "builtin+"+out)
	if code != 1 || !strings.Contains(diff, "xe-premier (Premier of Eastmarch)\n  + office \"Premier of Eastmarch\" (XE), 3 terms\n") ||
		!strings.Contains(diff, "  + term of tomas-aukrust (acting), 2023-06-12 to 2023-09-01\n") ||
		!strings.Contains(diff, "  ~ jaap-de-hoop-scheffer: wikidata (none) → \"Q900113\"\n") {
		t.Errorf("kb diff: exit %d\n%s%s", code, diff, errOut)
	}
	if same, _, code := runCLI(t, root, "", "kb", "diff", "builtin", "builtin"); code != 0 || same != "no differences\n" {
		t.Errorf("kb diff of a base with itself: exit %d %q", code, same)
	}
	lint, errOut, code := runCLI(t, root, "", "lint", "--format", "json", "--fail-level", "none", "--data", out, "cmd/newslint/testdata/kb/eastmarch.md")
	if code != 0 || !strings.Contains(lint, `"rule": "stale-officeholder"`) || !strings.Contains(lint, "Maren Sollid") {
		t.Errorf("lint with the imported office: exit %d\n%s%s", code, lint, errOut)
	}
	// Importing again over the imported file adds nothing.
	again, errOut, _ := runCLI(t, root, "", "kb", "import", "wikidata", "--data", out, "--user", sample)
	if strings.Contains(again, "[[kb.terms]]") || !strings.Contains(errOut, "0 offices, 0 people, 0 terms added") {
		t.Errorf("a second import:\n%s%s", again, errOut)
	}
}
