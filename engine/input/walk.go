// Package input finds the files to lint: command-line paths, folders
// walked with the configuration's extensions and ignore patterns, stdin.
package input

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/gobwas/glob"

	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/report"
)

// DefaultExtensions are the files a directory walk picks up.
var DefaultExtensions = []string{".md", ".markdown", ".txt", ".html", ".htm"}

// File is one file to lint.
type File struct {
	Path    string          // on disk; "" for stdin
	Display string          // as reported
	Format  document.Format // "" when the content tells (document.Sniff)
	Stdin   bool
}

// StdinName is how stdin is reported without --stdin-filename.
const StdinName = "<stdin>"

// Lister lists the files that command-line paths name. Its zero value
// walks folders for DefaultExtensions and ignores nothing.
type Lister struct {
	Extensions []string
	Ignores    []*glob.Pattern
	// Base is the directory ignore patterns are relative to (see Base).
	Base string
	// entering, when set, is called with each directory before it is
	// read: tests use it to change the tree during the walk.
	entering func(dir string)
}

// Expand turns command-line paths into files: directories are walked
// (following symbolic links, never twice into the same directory), ignore
// globs applied, stdin ("-") kept in place. A file is listed once however
// many names and links lead to it: files and folders are known by their
// identity on disk (device and inode), not by path, so that a tree of
// links to links cannot multiply them.
func (l Lister) Expand(paths []string, stdinName string) ([]File, []report.InputError) {
	var inputs []File
	var errs []report.InputError
	exts := DefaultExtensions
	if len(l.Extensions) > 0 {
		exts = l.Extensions
	}
	seen := map[fileID]bool{}
	dirs := map[fileID]bool{}
	for _, arg := range paths {
		if arg == "-" {
			name := stdinName
			if name == "" {
				name = StdinName
			}
			f, _ := document.FormatFor(name) // "": told by the content
			inputs = append(inputs, File{Display: name, Format: f, Stdin: true})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, *fsError(DisplayPath(arg), err, ""))
			continue
		}
		if !st.IsDir() {
			id := identity(arg, st)
			if seen[id] {
				continue
			}
			seen[id] = true
			f, _ := document.FormatFor(arg) // "": a file named on purpose is read as its content shows
			inputs = append(inputs, File{Path: arg, Display: DisplayPath(arg), Format: f})
			continue
		}
		var found []File
		w := walker{exts: exts, ignores: l.Ignores, seen: seen, dirs: dirs, base: l.Base, entering: l.entering}
		w.walk(arg, nil, &found, &errs)
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		inputs = append(inputs, found...)
	}
	return inputs, errs
}

type walker struct {
	exts    []string
	ignores []*glob.Pattern
	base    string // ignore patterns are relative to this directory
	// seen and dirs hold the files listed and the folders entered.
	seen map[fileID]bool
	dirs map[fileID]bool
	// entering, when set, is called with each directory before it is
	// read: tests use it to change the tree during the walk.
	entering func(dir string)
}

// walk lists dir; ancestors holds the real paths of the directories above,
// to detect symbolic-link loops. The depth is bounded by the system's
// longest path, so recursion is safe; a directory below it is reported
// as too long, once, and not entered.
func (w *walker) walk(dir string, ancestors []string, out *[]File, errs *[]report.InputError) {
	if w.entering != nil {
		w.entering(dir)
	}
	walkErr := func(err error) {
		*errs = append(*errs, *fsError(DisplayPath(dir), err, "folder disappeared while it was being walked (deleted or moved)"))
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		walkErr(err)
		return
	}
	for _, a := range ancestors {
		if a == real {
			*errs = append(*errs, report.InputError{Path: DisplayPath(dir), Message: "symbolic link loop (points back to " + a + "); not followed"})
			return
		}
	}
	ancestors = append(ancestors, real)
	// A folder reached again through another link (not a loop: a second
	// path to it) was walked already.
	if st, err := os.Stat(dir); err == nil {
		if w.dirs == nil {
			w.dirs = map[fileID]bool{}
		}
		id := identity(real, st)
		if w.dirs[id] {
			return
		}
		w.dirs[id] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		walkErr(err)
		return
	}
	if len(entries) > 0 {
		// A folder that can be listed but not searched (read but no
		// execute permission) would fail once per file in it: say it once.
		if _, err := os.Lstat(filepath.Join(dir, entries[0].Name())); errors.Is(err, fs.ErrPermission) {
			*errs = append(*errs, report.InputError{Path: DisplayPath(dir), Message: "permission denied (the folder can be listed but its files cannot be opened)"})
			return
		}
	}
	for _, e := range entries {
		name := e.Name()
		p := filepath.Join(dir, name)
		if w.ignored(p) {
			continue
		}
		mode := e.Type()
		var st fs.FileInfo
		if mode&os.ModeSymlink != 0 {
			if st, err = os.Stat(p); err != nil {
				*errs = append(*errs, report.InputError{Path: DisplayPath(p), Message: "broken symbolic link"})
				continue
			}
			mode = st.Mode().Type()
		}
		if mode.IsDir() {
			if strings.HasPrefix(name, ".") || name == "node_modules" {
				continue
			}
			w.walk(p, ancestors, out, errs)
			continue
		}
		if !hasExt(name, w.exts) {
			continue
		}
		if !mode.IsRegular() {
			// Reading a pipe or a device found in a folder could block
			// forever or never end; name one on the command line to read it.
			*errs = append(*errs, report.InputError{Path: DisplayPath(p), Message: "not a regular file (" + fileKind(mode) + "); not linted"})
			continue
		}
		f, _ := document.FormatFor(name)
		if f == "" {
			f = document.Plain
		}
		if st == nil {
			if st, err = e.Info(); err != nil {
				*errs = append(*errs, *ReadError(DisplayPath(p), err))
				continue
			}
		}
		id := identity(p, st)
		if w.seen[id] {
			continue
		}
		w.seen[id] = true
		*out = append(*out, File{Path: p, Display: DisplayPath(p), Format: f})
	}
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// fsError explains a file system error on path in plain words. gone is
// the message for a path that no longer exists, because it was listed
// before; "" keeps the system's message (a path given by the user that
// never existed).
func fsError(path string, err error, gone string) *report.InputError {
	switch {
	case gone != "" && errors.Is(err, fs.ErrNotExist):
		return &report.InputError{Path: path, Message: gone}
	case errors.Is(err, syscall.ENAMETOOLONG):
		return &report.InputError{Path: path, Message: fmt.Sprintf("path too long for the operating system (%d bytes); not linted", len(path))}
	case errors.Is(err, fs.ErrPermission):
		return &report.InputError{Path: path, Message: "permission denied"}
	}
	return ErrorFor(path, err)
}

// ReadError explains why an input listed by Expand could not be read.
func ReadError(path string, err error) *report.InputError {
	return fsError(path, err, "file disappeared before it could be read (deleted or moved while linting)")
}

func hasExt(name string, exts []string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range exts {
		if strings.ToLower(e) == ext || "."+strings.ToLower(e) == ext {
			return true
		}
	}
	return false
}

// Ignores compiles the config's ignore patterns. They match paths
// relative to the config file's directory (or the working directory), and
// a pattern without a slash also matches a base name.
func Ignores(cfg *config.Config) ([]*glob.Pattern, error) {
	var out []*glob.Pattern
	for _, pat := range cfg.Ignore {
		g, err := glob.Compile(filepath.ToSlash(pat), '/')
		if err != nil {
			return nil, &config.Error{Path: cfg.Path, Line: cfg.Line("ignore"), Msg: fmt.Sprintf("ignore pattern %q: %v", pat, err)}
		}
		out = append(out, g)
	}
	return out, nil
}

func (w *walker) ignored(p string) bool {
	if len(w.ignores) == 0 {
		return false
	}
	rel := filepath.ToSlash(filepath.Clean(p))
	if w.base != "" {
		if abs, err := filepath.Abs(p); err == nil {
			if r, err := filepath.Rel(w.base, abs); err == nil && !strings.HasPrefix(r, "..") {
				rel = filepath.ToSlash(r)
			}
		}
	}
	base := filepath.Base(p)
	for _, g := range w.ignores {
		if g.Match(rel) || g.Match(base) {
			return true
		}
	}
	return false
}

// Base is the directory ignore patterns are relative to: the config
// file's, else the working directory.
func Base(cfg *config.Config) string {
	dir := "."
	if cfg.Path != "" {
		dir = filepath.Dir(cfg.Path)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	return abs
}

// DisplayPath is a path as findings report it.
func DisplayPath(p string) string {
	return strings.TrimPrefix(p, "./")
}

// ErrorFor is err as an input error for path: a document error keeps
// its line and column, a file-system error drops the path it repeats.
func ErrorFor(path string, err error) *report.InputError {
	var de *document.Error
	if errors.As(err, &de) {
		return &report.InputError{Path: path, Line: de.Line, Column: de.Column, Message: de.Msg}
	}
	msg := err.Error()
	var pe *os.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return &report.InputError{Path: path, Message: msg}
}

// Unique drops paths that name a file or folder already listed, so that a
// directory named both in .newslint.toml and with --rules (or a data file
// named twice) is loaded once.
func Unique(paths []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		if key := FileKey(p); !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	return out
}

// FileKey names a file or folder however it was reached: its absolute
// path with symbolic links resolved.
func FileKey(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}
