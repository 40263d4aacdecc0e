package engine

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

// Input is one file to lint.
type Input struct {
	Path    string          // on disk; "" for stdin
	Display string          // as reported
	Format  document.Format // "" when the content tells (document.Sniff)
	Stdin   bool
}

// Expand turns command-line paths into files: directories are walked
// (following symbolic links, never twice into the same directory), ignore
// globs applied, stdin ("-") kept in place. A file is listed once however
// many names and links lead to it: files and folders are known by their
// identity on disk (device and inode), not by path, so that a tree of
// links to links cannot multiply them.
func (p *Prepared) Expand(paths []string, stdinName string) ([]Input, []report.InputError) {
	var inputs []Input
	var errs []report.InputError
	exts := DefaultExtensions
	if len(p.cfg.Extensions) > 0 {
		exts = p.cfg.Extensions
	}
	ignores := p.ignores
	seen := map[fileID]bool{}
	dirs := map[fileID]bool{}
	for _, arg := range paths {
		if arg == "-" {
			name := stdinName
			if name == "" {
				name = StdinName
			}
			f, _ := document.FormatFor(name) // "": told by the content
			inputs = append(inputs, Input{Display: name, Format: f, Stdin: true})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, *fsError(displayPath(arg), err, ""))
			continue
		}
		if !st.IsDir() {
			id := identity(arg, st)
			if seen[id] {
				continue
			}
			seen[id] = true
			f, _ := document.FormatFor(arg) // "": a file named on purpose is read as its content shows
			inputs = append(inputs, Input{Path: arg, Display: displayPath(arg), Format: f})
			continue
		}
		var found []Input
		w := walker{exts: exts, ignores: ignores, seen: seen, dirs: dirs, base: p.ignoreBase()}
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
func (w *walker) walk(dir string, ancestors []string, out *[]Input, errs *[]report.InputError) {
	if w.entering != nil {
		w.entering(dir)
	}
	walkErr := func(err error) {
		*errs = append(*errs, *fsError(displayPath(dir), err, "folder disappeared while it was being walked (deleted or moved)"))
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		walkErr(err)
		return
	}
	for _, a := range ancestors {
		if a == real {
			*errs = append(*errs, report.InputError{Path: displayPath(dir), Message: "symbolic link loop (points back to " + a + "); not followed"})
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
			*errs = append(*errs, report.InputError{Path: displayPath(dir), Message: "permission denied (the folder can be listed but its files cannot be opened)"})
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
				*errs = append(*errs, report.InputError{Path: displayPath(p), Message: "broken symbolic link"})
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
			*errs = append(*errs, report.InputError{Path: displayPath(p), Message: "not a regular file (" + fileKind(mode) + "); not linted"})
			continue
		}
		f, _ := document.FormatFor(name)
		if f == "" {
			f = document.Plain
		}
		if st == nil {
			if st, err = e.Info(); err != nil {
				*errs = append(*errs, *readError(displayPath(p), err))
				continue
			}
		}
		id := identity(p, st)
		if w.seen[id] {
			continue
		}
		w.seen[id] = true
		*out = append(*out, Input{Path: p, Display: displayPath(p), Format: f})
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
	return inputError(path, err)
}

// readError explains why an input listed by Expand could not be read.
func readError(path string, err error) *report.InputError {
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

// ignoreGlobs compiles the config's ignore patterns. They match paths
// relative to the config file's directory (or the working directory), and
// a pattern without a slash also matches a base name.
func ignoreGlobs(cfg *config.Config) ([]*glob.Pattern, error) {
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

// ignoreBase is the directory ignore patterns are relative to: the config
// file's, else the working directory.
func (p *Prepared) ignoreBase() string {
	dir := "."
	if p.cfg.Path != "" {
		dir = filepath.Dir(p.cfg.Path)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	return abs
}
