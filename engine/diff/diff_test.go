package diff

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newslint/newslint/engine/report"
	"github.com/newslint/newslint/internal/gittest"
)

func parse(t *testing.T, patch string) *Changes {
	t.Helper()
	c, err := Parse(strings.NewReader(patch), "/repo")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func lines(c *Changes) map[string][][2]int {
	out := map[string][][2]int{}
	for p, f := range c.files {
		if f.whole {
			out[p] = [][2]int{{1, -1}}
			continue
		}
		out[p] = append([][2]int{}, f.lines...)
	}
	return out
}

func TestParseGitZeroContext(t *testing.T) {
	c := parse(t, `diff --git a/news/a.md b/news/a.md
index 1111111..2222222 100644
--- a/news/a.md
+++ b/news/a.md
@@ -3 +3 @@ intro
-old third line
+new third line
@@ -10,0 +11,2 @@ end
+added 11
+added 12
@@ -20,2 +21,0 @@
-gone
-gone too
diff --git a/gone.md b/gone.md
deleted file mode 100644
--- a/gone.md
+++ /dev/null
@@ -1,2 +0,0 @@
-x
-y
diff --git a/fresh.md b/fresh.md
new file mode 100644
--- /dev/null
+++ b/fresh.md
@@ -0,0 +1,3 @@
+one
+two
+three
`)
	want := map[string][][2]int{
		"news/a.md": {{3, 3}, {11, 12}},
		"fresh.md":  {{1, 3}},
	}
	if got := lines(c); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// With context lines only the + lines count, and a removed line that
// itself starts with "-- " is not taken for a file header.
func TestParseContextAndTrickyLines(t *testing.T) {
	c := parse(t, `diff --git a/a.md b/a.md
--- a/a.md
+++ b/a.md
@@ -1,6 +1,6 @@
 one
 two
--- a removed line that looks like a header
++++ an added line that looks like a header
 four

 six
\ No newline at end of file
--- "a/caf\303\251 \"notes\".md"
+++ "b/caf\303\251 \"notes\".md"
@@ -2 +2 @@
-a
+b
--- a/with space.md	
+++ b/with space.md	
@@ -5 +5 @@
-a
+b
`)
	want := map[string][][2]int{
		"a.md":            {{3, 3}},
		`café "notes".md`: {{2, 2}},
		"with space.md":   {{5, 5}},
	}
	if got := lines(c); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestParseRenameAndBinary(t *testing.T) {
	c := parse(t, `diff --git a/old.md b/new.md
similarity index 100%
rename from old.md
rename to new.md
diff --git a/moved.md b/dir/moved.md
similarity index 80%
rename from moved.md
rename to dir/moved.md
--- a/moved.md
+++ b/dir/moved.md
@@ -4 +4 @@
-a
+b
diff --git a/pic.png b/pic.png
Binary files a/pic.png and b/pic.png differ
`)
	got := lines(c)
	if _, ok := got["new.md"]; ok {
		t.Error("a pure rename changed no line")
	}
	if !reflect.DeepEqual(got["dir/moved.md"], [][2]int{{4, 4}}) {
		t.Errorf("renamed and edited: %v", got["dir/moved.md"])
	}
	if !c.files["pic.png"].whole {
		t.Error("binary change: the file counts as new")
	}
}

func TestParsePlainDiffU(t *testing.T) {
	c := parse(t, "--- story.md\t2025-05-01 10:00:00\n+++ story.md\t2025-05-02 10:00:00\n@@ -1,2 +1,3 @@\n first\n+inserted\n second\n")
	if got := lines(c); !reflect.DeepEqual(got, map[string][][2]int{"story.md": {{2, 2}}}) {
		t.Errorf("got %v", got)
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{
		"@@ -1 +1 @@\n-a\n+b\n",                      // hunk before a file
		"--- a/x\n+++ b/x\n@@ -1 +one @@\n",          // bad numbers
		"--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n?\n", // a body line that is none of ' ', '+', '-'
		"--- a/x\n+++ b/x\n@@ nonsense\n",            // no closing @@
	} {
		if _, err := Parse(strings.NewReader(bad), "/repo"); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

func TestFilter(t *testing.T) {
	c := parse(t, "--- a/a.md\n+++ b/a.md\n@@ -5 +5,2 @@\n-x\n+y\n+z\n--- a/b.md\n+++ b/b.md\n@@ -9 +8,0 @@\n-gone\n")
	res := &report.Result{Findings: []report.Finding{
		{Rule: "r", Path: "a.md", Line: 4, EndLine: 4},       // before the change
		{Rule: "r", Path: "a.md", Line: 6, EndLine: 6},       // on it
		{Rule: "r", Path: "a.md", Line: 2, EndLine: 5},       // spans into it
		{Rule: "doc", Path: "a.md", Line: 1, EndLine: 1},     // document-level, file changed
		{Rule: "r", Path: "b.md", Line: 8, EndLine: 8},       // file with only a deletion
		{Rule: "doc", Path: "b.md", Line: 1, EndLine: 1},     // ...counts for the document
		{Rule: "doc", Path: "c.md", Line: 1, EndLine: 1},     // unchanged file
		{Rule: "r", Path: "/repo/a.md", Line: 5, EndLine: 5}, // absolute path
		{Rule: "r", Path: "../a.md", Line: 5, EndLine: 5},    // outside the root
	}}
	c.Filter(res, "/repo", func(rule string) bool { return rule == "doc" })
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%s:%d %s", f.Path, f.Line, f.Rule))
	}
	want := []string{"a.md:6 r", "a.md:2 r", "a.md:1 doc", "b.md:1 doc", "/repo/a.md:5 r"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func numbered(prefix string, n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%s line %d of the article, long enough to be a real sentence.\n", prefix, i)
	}
	return b.String()
}

func TestFromGit(t *testing.T) {
	gittest.Isolate(t)
	repo := t.TempDir()
	gittest.Run(t, repo, "init", "-q", "-b", "main")
	write(t, repo, "news/a.md", numbered("a", 10))
	write(t, repo, "news/moved.md", numbered("m", 20))
	write(t, repo, "news/same.md", numbered("s", 5))
	write(t, repo, "news/renamed.md", numbered("r", 5))
	gittest.Run(t, repo, "add", ".")
	gittest.Run(t, repo, "commit", "-q", "-m", "base")
	gittest.Run(t, repo, "tag", "base")

	// A committed edit, a staged one and an unstaged one all count.
	a := strings.Split(numbered("a", 10), "\n")
	a[2] = "a rewritten third line."
	write(t, repo, "news/a.md", strings.Join(a, "\n"))
	gittest.Run(t, repo, "commit", "-q", "-am", "edit a")
	write(t, repo, "news/a.md", strings.Join(a, "\n")+"an added eleventh line.\n")
	gittest.Run(t, repo, "add", "news/a.md")
	a[6] = "a rewritten seventh line."
	write(t, repo, "news/a.md", strings.Join(a, "\n")+"an added eleventh line.\n")
	// A moved file with one edit: only the edit counts.
	m := strings.Split(numbered("m", 20), "\n")
	m[14] = "m rewritten fifteenth line."
	if err := os.Mkdir(filepath.Join(repo, "archive"), 0o755); err != nil {
		t.Fatal(err)
	}
	gittest.Run(t, repo, "mv", "news/moved.md", "archive/moved.md")
	write(t, repo, "archive/moved.md", strings.Join(m, "\n"))
	gittest.Run(t, repo, "add", "-A")
	// A pure rename changes nothing; an untracked file is all new.
	gittest.Run(t, repo, "mv", "news/renamed.md", "news/renamed-too.md")
	write(t, repo, "news/new.md", numbered("n", 3))
	write(t, repo, "news/ignored.md", "ignored\n")
	write(t, repo, ".gitignore", "news/ignored.md\n")

	// Run from a subdirectory: paths still resolve against the root.
	c, err := FromGit(context.Background(), filepath.Join(repo, "news"), "base")
	if err != nil {
		t.Fatal(err)
	}
	got := lines(c)
	want := map[string][][2]int{
		"news/a.md":        {{3, 3}, {7, 7}, {11, 11}},
		"archive/moved.md": {{15, 15}},
		"news/new.md":      {{1, -1}},
		".gitignore":       {{1, -1}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changes:\n got %v\nwant %v", got, want)
	}
	sub := filepath.Join(repo, "news")
	if f := c.Lookup(sub, "a.md"); f == nil || !f.overlaps(7, 7) || f.overlaps(8, 10) {
		t.Errorf("lookup from a subdirectory: %+v", f)
	}
	if c.Lookup(sub, "same.md") != nil || c.Lookup(sub, "renamed-too.md") != nil {
		t.Error("unchanged and purely renamed files must not count as changed")
	}

	// HEAD itself: only the work tree's changes.
	c, err = FromGit(context.Background(), repo, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	if got := lines(c)["news/a.md"]; !reflect.DeepEqual(got, [][2]int{{7, 7}, {11, 11}}) {
		t.Errorf("since HEAD: %v", got)
	}
}

func TestFromGitErrors(t *testing.T) {
	gittest.Isolate(t)
	outside := t.TempDir()
	if _, err := FromGit(context.Background(), outside, "HEAD"); !errors.Is(err, ErrNotRepository) {
		t.Errorf("outside a repository: %v", err)
	}
	repo := t.TempDir()
	gittest.Run(t, repo, "init", "-q")
	write(t, repo, "a.md", "a\n")
	gittest.Run(t, repo, "add", ".")
	gittest.Run(t, repo, "commit", "-q", "-m", "one")
	for _, rev := range []string{"no-such-branch", "--output=/tmp/x", ""} {
		_, err := FromGit(context.Background(), repo, rev)
		if err == nil || !strings.Contains(err.Error(), "unknown revision") {
			t.Errorf("rev %q: %v", rev, err)
		}
	}
}
