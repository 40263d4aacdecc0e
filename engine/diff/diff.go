// Package diff reads which lines of which files changed, from git or from
// a unified diff, so that a run can report only the findings on changed
// lines (--new-from-rev, --new-from-patch).
package diff

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/newslint/newslint/engine/report"
)

// Changes are the changed lines of each changed file.
type Changes struct {
	// root is the directory the diff's paths are relative to.
	root  string
	files map[string]*File // by slash path relative to root
}

// File is one changed file.
type File struct {
	// lines are the new file's added or rewritten lines, as sorted,
	// disjoint, inclusive ranges.
	lines [][2]int
	// whole is set for a file that is new as a whole (untracked, or binary).
	whole bool
}

// overlaps reports whether any line in [from, to] changed.
func (f *File) overlaps(from, to int) bool {
	if f.whole {
		return true
	}
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i][1] >= from })
	return i < len(f.lines) && f.lines[i][0] <= to
}

func (f *File) add(from, to int) { f.lines = append(f.lines, [2]int{from, to}) }

// normalise sorts and merges the ranges.
func (f *File) normalise() {
	sort.Slice(f.lines, func(i, j int) bool { return f.lines[i][0] < f.lines[j][0] })
	out := f.lines[:0]
	for _, r := range f.lines {
		if n := len(out); n > 0 && r[0] <= out[n-1][1]+1 {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	f.lines = out
}

// Root is the directory the changed paths are relative to.
func (c *Changes) Root() string { return c.root }

// Lookup returns the changes of a file, given relative to dir or absolute;
// nil when the file did not change.
func (c *Changes) Lookup(dir, path string) *File {
	abs := path
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(dir, path)
	}
	if f := c.files[c.rel(abs)]; f != nil {
		return f
	}
	// The root comes from git with symbolic links resolved; the working
	// directory may not have them resolved.
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return c.files[c.rel(real)]
	}
	return nil
}

func (c *Changes) rel(abs string) string {
	r, err := filepath.Rel(c.root, abs)
	if err != nil {
		return ""
	}
	return filepath.ToSlash(r)
}

// Filter keeps the findings on changed lines. A finding about the whole
// document (document reports true for its rule) is kept whenever its file
// changed at all. Input errors are kept.
func (c *Changes) Filter(res *report.Result, dir string, document func(rule string) bool) {
	kept := res.Findings[:0]
	for _, f := range res.Findings {
		file := c.Lookup(dir, f.Path)
		if file == nil {
			continue
		}
		if document(f.Rule) || file.overlaps(f.Line, max(f.EndLine, f.Line)) {
			kept = append(kept, f)
		}
	}
	res.Findings = kept
}

// Parse reads a unified diff (git's, or diff -u's) whose paths are relative
// to root. Git's a/ and b/ prefixes are dropped; context lines, if any, do
// not count as changed.
func Parse(r io.Reader, root string) (*Changes, error) {
	c := &Changes{root: root, files: map[string]*File{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		cur      *File  // the file whose hunks follow; nil for a deleted one
		oldPath  string // from the --- line
		gitPath  string // the new path from a diff --git header
		oldLeft  int    // lines of the current hunk still to read
		newLeft  int
		newLine  int
		lineNo   int
		inHunk   bool
		fileOpen bool
		inGit    bool // inside a diff --git section
	)
	file := func(p string) *File {
		f := c.files[p]
		if f == nil {
			f = &File{}
			c.files[p] = f
		}
		return f
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if inHunk {
			switch {
			case strings.HasPrefix(line, "+"):
				if cur != nil {
					cur.add(newLine, newLine)
				}
				newLine++
				newLeft--
			case strings.HasPrefix(line, "-"):
				oldLeft--
			case strings.HasPrefix(line, " "), line == "":
				newLine++
				newLeft--
				oldLeft--
			case strings.HasPrefix(line, `\`): // "\ No newline at end of file"
			default:
				return nil, fmt.Errorf("line %d: hunk ends early: %q", lineNo, line)
			}
			if oldLeft <= 0 && newLeft <= 0 {
				inHunk = false
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "diff --git "):
			cur, oldPath, fileOpen, inGit = nil, "", false, true
			gitPath = gitHeaderPath(strings.TrimPrefix(line, "diff --git "))
		case strings.HasPrefix(line, "rename to "), strings.HasPrefix(line, "copy to "):
			_, p, _ := strings.Cut(line, " to ")
			gitPath = unquote(p)
		case strings.HasPrefix(line, "Binary files ") && gitPath != "":
			// A binary change has no lines; treat the file as all new.
			file(gitPath).whole = true
		case strings.HasPrefix(line, "--- "):
			oldPath = diffPath(line[4:])
		case strings.HasPrefix(line, "+++ "):
			p := diffPath(line[4:])
			fileOpen = true
			if p == "/dev/null" {
				cur = nil // deleted: nothing of it is left to lint
				continue
			}
			// git's prefixes (diff -u between a/ and b/ trees has them too).
			if strings.HasPrefix(p, "b/") && (strings.HasPrefix(oldPath, "a/") || oldPath == "/dev/null" && inGit) {
				p = p[2:]
			}
			cur = file(filepath.ToSlash(filepath.Clean(p)))
		case strings.HasPrefix(line, "@@ "):
			if !fileOpen {
				return nil, fmt.Errorf("line %d: hunk before any +++ line", lineNo)
			}
			var err error
			oldLeft, newLine, newLeft, err = hunkHeader(line)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", lineNo, err)
			}
			inHunk = oldLeft > 0 || newLeft > 0
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, f := range c.files {
		f.normalise()
	}
	return c, nil
}

// hunkHeader reads "@@ -a,b +c,d @@": old count b, new start c and count d
// (a missing count is 1).
func hunkHeader(line string) (oldCount, newStart, newCount int, err error) {
	rest := strings.TrimPrefix(line, "@@ ")
	end := strings.Index(rest, " @@")
	if end < 0 {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q", line)
	}
	parts := strings.Fields(rest[:end])
	if len(parts) != 2 || !strings.HasPrefix(parts[0], "-") || !strings.HasPrefix(parts[1], "+") {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q", line)
	}
	_, oldCount, err = rangeOf(parts[0][1:])
	if err != nil {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q", line)
	}
	newStart, newCount, err = rangeOf(parts[1][1:])
	if err != nil {
		return 0, 0, 0, fmt.Errorf("bad hunk header %q", line)
	}
	return oldCount, newStart, newCount, nil
}

func rangeOf(s string) (start, count int, err error) {
	a, b, hasCount := strings.Cut(s, ",")
	if start, err = strconv.Atoi(a); err != nil {
		return 0, 0, err
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(b); err != nil {
			return 0, 0, err
		}
	}
	return start, count, nil
}

// diffPath reads the path of a ---/+++ line: C-quoted by git when it holds
// special characters, else up to a tab (diff -u's timestamp, git's marker
// for a name with spaces).
func diffPath(s string) string {
	if strings.HasPrefix(s, `"`) {
		return unquote(s)
	}
	p, _, _ := strings.Cut(s, "\t")
	return p
}

func unquote(s string) string {
	if strings.HasPrefix(s, `"`) {
		if end := strings.LastIndex(s, `"`); end > 0 {
			if u, err := strconv.Unquote(s[:end+1]); err == nil {
				return u
			}
		}
	}
	return s
}

// gitHeaderPath reads the new path of "diff --git a/P b/P" when it is
// unambiguous (the same path on both sides); "" otherwise.
func gitHeaderPath(s string) string {
	if strings.HasPrefix(s, `"`) {
		return "" // quoted: the +++ or rename line says it
	}
	if len(s)%2 == 1 {
		mid := len(s) / 2
		a, b := s[:mid], s[mid+1:]
		if strings.HasPrefix(a, "a/") && strings.HasPrefix(b, "b/") && a[2:] == b[2:] {
			return b[2:]
		}
	}
	return ""
}

// FromPatch reads a unified diff file whose paths are relative to root.
func FromPatch(path, root string) (*Changes, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := Parse(f, root)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return c, nil
}

// ErrNotRepository is returned outside a git work tree.
var ErrNotRepository = errors.New("not inside a git repository")

// Toplevel returns the root of the git work tree that holds dir.
func Toplevel(ctx context.Context, dir string) (string, error) {
	out, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return "", fmt.Errorf("%s: %w", dir, ErrNotRepository)
		}
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// FromGit returns the lines changed between rev and the work tree of the
// repository that holds dir (committed, staged and unstaged changes);
// untracked files count as new. Renames are followed, so a moved file's
// unchanged lines do not count.
func FromGit(ctx context.Context, dir, rev string) (*Changes, error) {
	top, err := Toplevel(ctx, dir)
	if err != nil {
		return nil, err
	}
	if rev == "" || strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("unknown revision %q", rev)
	}
	sha, err := git(ctx, top, "rev-parse", "--verify", "--quiet", rev+"^{commit}")
	if err != nil {
		return nil, fmt.Errorf("unknown revision %q in %s", rev, top)
	}
	// Explicit options, so that a user's git configuration (noprefix,
	// external diff drivers, colour, relative paths) cannot change the
	// output.
	out, err := git(ctx, top, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--no-textconv",
		"--src-prefix=a/", "--dst-prefix=b/", "--find-renames", "--unified=0", strings.TrimSpace(string(sha)), "--")
	if err != nil {
		return nil, err
	}
	c, err := Parse(bytes.NewReader(out), top)
	if err != nil {
		return nil, fmt.Errorf("reading git diff: %v", err)
	}
	untracked, err := git(ctx, top, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	for _, p := range strings.Split(string(untracked), "\x00") {
		if p != "" {
			c.files[p] = &File{whole: true}
		}
	}
	return c, nil
}

func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, &gitError{args: args, stderr: strings.TrimSpace(stderr.String()), err: ee}
		}
		if errors.Is(err, exec.ErrNotFound) {
			return nil, errors.New("git is not installed (needed for --new-from-rev)")
		}
		return nil, err
	}
	return out, nil
}

type gitError struct {
	args   []string
	stderr string
	err    *exec.ExitError
}

func (e *gitError) Error() string {
	return fmt.Sprintf("git %s: %s", strings.Join(e.args, " "), e.stderr)
}

func (e *gitError) Unwrap() error { return e.err }
