//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newslint/newslint/engine/report"
)

// nobody is the user the permission tests run newslint as when the tests
// run as root, who reads every file whatever its mode.
const nobody = 65534

// runUnprivileged runs newslint in dir as a user file permissions apply
// to: the test's own user, or nobody when that is root. dir and the
// binary are made reachable for that user.
func runUnprivileged(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	newCmd := func(args ...string) *exec.Cmd {
		cmd := exec.Command(binary, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NO_COLOR=1")
		if os.Geteuid() == 0 {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
		}
		return cmd
	}
	if os.Geteuid() == 0 {
		for _, d := range []string{filepath.Dir(binary), filepath.Dir(dir), dir} {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := newCmd("version").Run(); err != nil {
			t.Skipf("running as root and cannot run newslint as uid %d to test permissions: %v", nobody, err)
		}
	}
	return runCommand(t, newCmd(args...))
}

func chmod(t *testing.T, path string, mode fs.FileMode) {
	t.Helper()
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	// Give the owner its rights back, so that the temporary tree can be
	// removed by a user who is not root.
	t.Cleanup(func() { os.Chmod(path, 0o755) })
}

func decodeJSON(t *testing.T, out string) report.Document {
	t.Helper()
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not the JSON document: %v\n%s", err, out)
	}
	return doc
}

func lintedPaths(doc report.Document) []string {
	var out []string
	for _, f := range doc.Files {
		out = append(out, f.Path)
	}
	return out
}

// Unreadable files and folders: each is one error naming it, with a plain
// message; everything readable is linted; the exit code is 2.
func TestPermissionDenied(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.md", goodArticle)
	writeFile(t, dir, "open/ok.md", goodArticle)
	chmod(t, writeFile(t, dir, "secret.md", goodArticle), 0)
	for _, f := range []string{"locked/a.md", "locked/b.md", "locked/sub/c.md", "listonly/a.md", "listonly/b.md", "noread/a.md"} {
		writeFile(t, dir, f, goodArticle)
	}
	chmod(t, filepath.Join(dir, "locked"), 0)       // no access at all
	chmod(t, filepath.Join(dir, "listonly"), 0o644) // names can be read, files not opened
	chmod(t, filepath.Join(dir, "noread"), 0o311)   // can be entered, not listed
	want := map[string]string{
		"secret.md": "permission denied",
		"locked":    "permission denied",
		"listonly":  "permission denied (the folder can be listed but its files cannot be opened)",
		"noread":    "permission denied",
	}

	t.Run("walked", func(t *testing.T) {
		out, stderr, code := runUnprivileged(t, dir, "lint", "--no-config", "--format", "json", ".")
		checkDenied(t, out, stderr, code, want, "good.md open/ok.md")
	})
	t.Run("named", func(t *testing.T) {
		out, stderr, code := runUnprivileged(t, dir, "lint", "--no-config", "--format", "json", "secret.md", "locked", "locked/a.md", "good.md")
		checkDenied(t, out, stderr, code, map[string]string{"secret.md": "permission denied", "locked": "permission denied", "locked/a.md": "permission denied"}, "good.md")
	})
}

func checkDenied(t *testing.T, out, stderr string, code int, want map[string]string, linted string) {
	t.Helper()
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	doc := decodeJSON(t, out)
	if got := strings.Join(lintedPaths(doc), " "); got != linted {
		t.Errorf("linted %q, want %q", got, linted)
	}
	got := map[string]string{}
	for _, e := range doc.Errors {
		if _, dup := got[e.Path]; dup {
			t.Errorf("%s reported twice", e.Path)
		}
		got[e.Path] = e.Message
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("errors %v\nwant %v", got, want)
	}
	var lines []string
	for path, msg := range want {
		lines = append(lines, "newslint: "+path+": "+msg)
	}
	sort.Strings(lines)
	got2 := strings.Split(strings.TrimSpace(stderr), "\n")
	sort.Strings(got2)
	if strings.Join(got2, "\n") != strings.Join(lines, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, strings.Join(lines, "\n"))
	}
}

// mkdirChain makes depth nested folders named name under root, through
// open folders rather than paths, so that it goes past PATH_MAX, and
// writes an article in the folders at the depths listed.
func mkdirChain(t *testing.T, root, name string, depth int, articlesAt ...int) {
	t.Helper()
	r, err := os.OpenRoot(root)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { r.Close() }()
	for i := 1; i <= depth; i++ {
		if err := r.Mkdir(name, 0o755); err != nil {
			t.Fatal(err)
		}
		next, err := r.OpenRoot(name)
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		r = next
		for _, at := range articlesAt {
			if at == i {
				if err := r.WriteFile("article.md", []byte(goodArticle), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

func TestDeepTrees(t *testing.T) {
	t.Run("300 nested folders", func(t *testing.T) {
		dir := t.TempDir()
		mkdirChain(t, dir, "d", 300, 1, 150, 300)
		out, stderr, code := runCLI(t, dir, "", "lint", "--no-config", "--format", "json", ".")
		if code != 0 || stderr != "" {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
		if n := len(decodeJSON(t, out).Files); n != 3 {
			t.Errorf("%d files linted, want 3", n)
		}
	})
	t.Run("paths longer than PATH_MAX", func(t *testing.T) {
		dir := t.TempDir()
		name := strings.Repeat("n", 200)
		// 30 levels of 201 bytes: 6030 bytes, past the 4096 of Linux. The
		// folder at depth 20 (4019 bytes) and its article are in reach.
		mkdirChain(t, dir, name, 30, 1, 10, 20, 30)
		out, stderr, code := runCLI(t, dir, "", "lint", "--no-config", "--format", "json", ".")
		if code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
		doc := decodeJSON(t, out)
		for _, f := range doc.Files {
			if len(f.Path) >= 4096 {
				t.Errorf("linted a path of %d bytes", len(f.Path))
			}
		}
		if len(doc.Files) != 3 { // the articles at depths 1, 10 and 20
			t.Errorf("linted %d files, want the 3 within reach", len(doc.Files))
		}
		if len(doc.Errors) != 1 {
			t.Fatalf("errors %+v, want one for the first folder out of reach", doc.Errors)
		}
		e := doc.Errors[0]
		if !strings.HasPrefix(e.Message, "path too long for the operating system (") || len(e.Path) < 4096 || len(e.Path) > 4096+201 {
			t.Errorf("error: %d-byte path, message %q", len(e.Path), e.Message)
		}
		if strings.Count(stderr, "\n") != 1 {
			t.Errorf("stderr has %d lines, want 1", strings.Count(stderr, "\n"))
		}
	})
}

// oddNames are file names that are legal on Unix and easy to mangle.
var oddNames = []string{
	"with space.md", "café.md", "漢字.md", "🎉 news.md", "-x.md", `quo"te's.md`,
	"50% [draft],v:1#2?.md", "a&b<c>.md", "tab\there.md", "new\nline.md",
}

const dupArticle = "# Storm\n\nSchools in the valley closed on Friday as the storm brought down lines.\n\nSchools in the valley closed on Friday as the storm brought down lines.\n"

// Every output format names the files it reports exactly, whatever
// characters the names hold.
func TestOddFileNames(t *testing.T) {
	dir := t.TempDir()
	for _, n := range oddNames {
		writeFile(t, dir, filepath.Join("names", n), dupArticle)
	}
	names := filepath.Join(dir, "names")
	lint := func(t *testing.T, format string, args ...string) string {
		t.Helper()
		out, stderr, code := runCLI(t, names, "", append([]string{"lint", "--no-config", "--fail-level", "none", "--format", format}, args...)...)
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d, stderr %q", code, stderr)
		}
		return out
	}
	want := append([]string(nil), oddNames...)
	sort.Strings(want)
	same := func(t *testing.T, what string, got []string) {
		t.Helper()
		sort.Strings(got)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", what, got, want)
		}
	}

	t.Run("a leading dash after --", func(t *testing.T) {
		doc := decodeJSON(t, lint(t, "json", "--", "-x.md"))
		if len(doc.Findings) != 1 || doc.Findings[0].Path != "-x.md" {
			t.Errorf("findings %+v", doc.Findings)
		}
	})
	t.Run("json", func(t *testing.T) {
		doc := decodeJSON(t, lint(t, "json", "."))
		var paths []string
		for _, f := range doc.Findings {
			paths = append(paths, f.Path)
		}
		same(t, "finding paths", paths)
		same(t, "file paths", lintedPaths(doc))
	})
	t.Run("text", func(t *testing.T) {
		out := lint(t, "text", ".")
		var paths []string
		for _, line := range strings.Split(out, "\n") {
			if p, ok := strings.CutSuffix(line, ":5:1: warning duplicate-paragraph this paragraph repeats the one at line 3"); ok {
				if u, err := strconv.Unquote(p); err == nil {
					p = u // a name with a control character is quoted
				}
				paths = append(paths, p)
			}
		}
		same(t, "text finding lines", paths)
	})
	t.Run("sarif", func(t *testing.T) {
		var log struct {
			Runs []struct {
				Results []struct {
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct {
								URI       string `json:"uri"`
								URIBaseID string `json:"uriBaseId"`
							} `json:"artifactLocation"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"results"`
			} `json:"runs"`
		}
		decode := func(out string) []string {
			if err := json.Unmarshal([]byte(out), &log); err != nil {
				t.Fatal(err)
			}
			var uris []string
			for _, r := range log.Runs[0].Results {
				uris = append(uris, r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
			}
			return uris
		}
		var paths []string
		for _, u := range decode(lint(t, "sarif", ".")) {
			checkURIReference(t, u)
			if strings.Contains(strings.SplitN(u, "/", 2)[0], ":") {
				t.Errorf("relative URI %q: a colon in the first segment reads as a scheme", u)
			}
			p, err := url.PathUnescape(u)
			if err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
		}
		same(t, "SARIF relative URIs", paths)

		// Outside the source root the URI is an absolute file URI.
		other := t.TempDir()
		out, _, _ := runCLI(t, other, "", "lint", "--no-config", "--format", "sarif", "--fail-level", "none", names)
		paths = nil
		for _, u := range decode(out) {
			checkURIReference(t, u)
			pu, err := url.Parse(u)
			if err != nil || pu.Scheme != "file" {
				t.Fatalf("URI %q: want a file URI (%v)", u, err)
			}
			rel, _ := filepath.Rel(names, pu.Path)
			paths = append(paths, rel)
		}
		same(t, "SARIF file URIs", paths)
	})
	t.Run("github", func(t *testing.T) {
		out := lint(t, "github", ".")
		var paths []string
		for _, line := range strings.Split(out, "\n") {
			if !strings.HasPrefix(line, "::warning ") {
				continue
			}
			props, _, _ := strings.Cut(strings.TrimPrefix(line, "::warning "), "::")
			for _, prop := range strings.Split(props, ",") {
				if v, ok := strings.CutPrefix(prop, "file="); ok {
					paths = append(paths, unescapeProperty(v))
				}
			}
		}
		same(t, "annotation files", paths)
	})
	t.Run("junit", func(t *testing.T) {
		var suites struct {
			Suites []struct {
				Name  string `xml:"name,attr"`
				Cases []struct {
					File string `xml:"file,attr"`
				} `xml:"testcase"`
			} `xml:"testsuite"`
		}
		if err := xml.Unmarshal([]byte(lint(t, "junit", ".")), &suites); err != nil {
			t.Fatal(err)
		}
		var names, files []string
		for _, s := range suites.Suites {
			names = append(names, s.Name)
			files = append(files, s.Cases[0].File)
		}
		same(t, "test suites", names)
		same(t, "test case files", files)
	})
	t.Run("checkstyle", func(t *testing.T) {
		var cs struct {
			Files []struct {
				Name string `xml:"name,attr"`
			} `xml:"file"`
		}
		if err := xml.Unmarshal([]byte(lint(t, "checkstyle", ".")), &cs); err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range cs.Files {
			names = append(names, f.Name)
		}
		same(t, "checkstyle files", names)
	})
}

// uriReference is RFC 3986's URI-reference alphabet: unreserved and
// reserved characters, and %XX escapes.
var uriReference = regexp.MustCompile(`^([A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-F]{2})*$`)

func checkURIReference(t *testing.T, u string) {
	t.Helper()
	if !uriReference.MatchString(u) || strings.ContainsAny(u, "?#[]") {
		t.Errorf("URI %q is not a percent-encoded path", u)
	}
}

// unescapeProperty undoes a workflow command property's escaping, as the
// Actions runner does.
func unescapeProperty(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

// fileState is what must not change about an input.
type fileState struct {
	data    []byte
	modTime time.Time
	mode    fs.FileMode
}

func snapshot(t *testing.T, root string) map[string]fileState {
	t.Helper()
	out := map[string]fileState{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		out[p] = fileState{data, st.ModTime(), st.Mode()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// No command writes to what it reads: articles in every format, the
// config, data and rule files, a patch, stdin. Their bytes, modification
// times and modes are the same after every command.
func TestInputsAreNeverModified(t *testing.T) {
	tree := filepath.Join(t.TempDir(), "newsroom")
	if err := os.CopyFS(tree, os.DirFS(filepath.Join(repoRoot(t), "examples"))); err != nil {
		t.Fatal(err)
	}
	articles := filepath.Join(tree, "articles")
	data, err := os.ReadFile(filepath.Join(articles, "council-vote.md"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, articles, "extra/long.markdown", string(data))
	page, _ := os.ReadFile(filepath.Join(articles, "harbour-festival.html"))
	writeFile(t, articles, "extra/page.htm", string(page))
	writeFile(t, tree, "changes.diff", "--- a/articles/council-vote.md\n+++ b/articles/council-vote.md\n@@ -1,1 +1,2 @@\n-x\n+y\n+z\n")
	// An old time: a write would move it to now.
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	before := snapshot(t, tree)
	for p := range before {
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
	before = snapshot(t, tree)
	var rels []string
	for p := range before {
		if rel, _ := filepath.Rel(tree, p); strings.HasPrefix(rel, "articles/") && !strings.HasSuffix(rel, ".want") {
			rels = append(rels, rel)
		}
	}
	sort.Strings(rels)
	if len(rels) != 5 {
		t.Fatalf("articles %v", rels)
	}

	reports := t.TempDir()
	var runs [][]string
	for _, f := range report.FormatNames() {
		runs = append(runs,
			[]string{"lint", "--format", f, "articles"},
			[]string{"lint", "--format", f, "-o", filepath.Join(reports, "report."+f), "articles"})
	}
	for _, a := range rels {
		runs = append(runs, []string{"facts", a})
	}
	runs = append(runs,
		[]string{"facts", "--format", "yaml", rels[0]},
		[]string{"lint", "--new-from-patch", "changes.diff", "articles"},
		[]string{"rules"}, []string{"rules", "--format", "json"},
		[]string{"kb", "check"}, []string{"test"}, []string{"test", "rules"},
	)
	for _, args := range runs {
		_, stderr, code := runCLI(t, tree, "", args...)
		if code > 1 {
			t.Errorf("newslint %s: exit %d: %s", strings.Join(args, " "), code, stderr)
		}
	}
	for _, a := range rels {
		f, err := os.Open(filepath.Join(tree, a))
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(binary, "lint", "--stdin-filename", a, "-")
		cmd.Dir, cmd.Stdin = tree, f
		if _, stderr, code := runCommand(t, cmd); code > 1 {
			t.Errorf("lint - < %s: exit %d: %s", a, code, stderr)
		}
		f.Close()
	}
	after := snapshot(t, tree)
	for p, b := range before {
		a, ok := after[p]
		switch {
		case !ok:
			t.Errorf("%s: removed", p)
		case !bytes.Equal(a.data, b.data):
			t.Errorf("%s: content changed", p)
		case !a.modTime.Equal(b.modTime) || a.mode != b.mode:
			t.Errorf("%s: modification time or mode changed (%v %v, was %v %v)", p, a.modTime, a.mode, b.modTime, b.mode)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s: created in the input tree", p)
		}
	}
}

// A report file that is one of the run's inputs is refused before
// anything is written; a report file that does not exist yet, inside the
// folder being linted, is not mistaken for an article.
func TestReportFileIsNotAnInput(t *testing.T) {
	dir := t.TempDir()
	article := writeFile(t, dir, "news/a.md", dupArticle)
	writeFile(t, dir, "news/b.md", goodArticle)
	config := writeFile(t, dir, ".newslint.toml", "fail_level = \"none\"\n")
	if err := os.Link(article, filepath.Join(dir, "a-link.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("news", "b.md"), filepath.Join(dir, "b-link.md")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args    []string
		target  string
		message string
	}{
		{[]string{"-f", "json", "-o", "news/a.md", "news"}, "news/a.md", "an article being linted (news/a.md)"},
		{[]string{"-f", "sarif=news/b.md", "news/b.md"}, "news/b.md", "an article being linted (news/b.md)"},
		{[]string{"-f", "text", "-o", "a-link.md", "news"}, "a-link.md", "an article being linted (news/a.md)"},
		{[]string{"-f", "junit", "-o", "b-link.md", "news"}, "b-link.md", "an article being linted (news/b.md)"},
		{[]string{"-f", "json", "-o", ".newslint.toml", "news"}, ".newslint.toml", "an input of this run (" + config + ")"},
	} {
		before := snapshot(t, dir)
		_, stderr, code := runCLI(t, dir, "", append([]string{"lint"}, c.args...)...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		want := "newslint: --format " + strings.SplitN(c.args[1], "=", 2)[0] + " would write its report to " + c.target + ", which is " + c.message + "; nothing was written"
		if !strings.HasPrefix(stderr, want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: stderr %q\nwant one line starting %q", c.args, stderr, want)
		}
		if after := snapshot(t, dir); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("%v: files changed", c.args)
		}
	}

	// A new text report inside the linted folder: written, not linted.
	out, stderr, code := runCLI(t, dir, "", "lint", "-f", "json", "-o", "news/report.txt", "news")
	if code != 0 || stderr != "" {
		t.Errorf("new report file: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, "2 files") {
		t.Errorf("terminal: %q", out)
	}
	written, _ := os.ReadFile(filepath.Join(dir, "news", "report.txt"))
	if got := strings.Join(lintedPaths(decodeJSON(t, string(written))), " "); got != "news/a.md news/b.md" {
		t.Errorf("the report lints %q, want news/a.md news/b.md", got)
	}
}

// The same articles give the same report, byte for byte, whatever the
// number of jobs and however often newslint runs.
func TestSameOutputWhateverTheJobs(t *testing.T) {
	root := repoRoot(t)
	var first string
	for _, jobs := range []string{"1", "2", "8", "32", "8", "32", "1"} {
		out, stderr, code := runCLI(t, root, "", "lint", "--format", "json", "--jobs", jobs, "testdata/")
		if code > 1 {
			t.Fatalf("--jobs %s: exit %d: %s", jobs, code, stderr)
		}
		if n := len(decodeJSON(t, out).Findings); n < 50 {
			t.Fatalf("--jobs %s: %d findings; the comparison needs a real corpus", jobs, n)
		}
		if first == "" {
			first = out
			continue
		}
		if out != first {
			t.Fatalf("--jobs %s: the report differs from --jobs 1's", jobs)
		}
	}
}
