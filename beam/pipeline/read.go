package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/document"
	"github.com/newslint/newslint/engine/input"
)

// Article is one article to lint, or the reason one cannot be.
type Article struct {
	// Path names the article in findings.
	Path string
	// Local is the file on the worker's disk, read as newslint lint reads
	// it; Remote is a file in a Beam file system (gs://...). Neither, for a
	// record: Content is the article.
	Local   string
	Remote  string
	Content string
	// Format is markdown, html or text; "" lets the name, else the
	// content, tell.
	Format string
	// Date is the record's date: the article's date, over what it says.
	Date string
	// Site groups the summary: a URL's host, or the folder an article
	// sits in below the input.
	Site string
	// Err says why this input cannot be linted (a bad record, a path that
	// matches nothing); the article then becomes an error record.
	Err string
}

// hasScheme tells a path of a Beam file system other than the local disk.
func hasScheme(p string) bool { return strings.Contains(p, "://") }

func hasWildcard(p string) bool { return strings.ContainsAny(p, "*?[") }

// staticPrefix is the part of a glob before the first segment with a
// wildcard, without a trailing slash.
func staticPrefix(glob string, sep string) string {
	i := strings.IndexAny(glob, "*?[")
	if i < 0 {
		return strings.TrimSuffix(glob, sep)
	}
	j := strings.LastIndex(glob[:i], sep)
	if j < 0 {
		return "."
	}
	return glob[:j]
}

// site names the group of an article found below root: the first folder
// between them, or root's own name for an article at its top (or root
// itself, a file named on its own: then its folder's name).
func site(root, p, sep string) string {
	base := func(s string) string {
		if sep == "/" {
			return path.Base(s)
		}
		return filepath.Base(s)
	}
	dir := func(s string) string {
		if sep == "/" {
			return path.Dir(s)
		}
		return filepath.Dir(s)
	}
	root = strings.TrimSuffix(root, sep)
	if root == "" || root == "." {
		root = "."
		if rel, ok := strings.CutPrefix(p, "."+sep); ok {
			p = rel
		}
		if i := strings.Index(p, sep); i > 0 && !strings.HasPrefix(p, "..") {
			return p[:i]
		}
	}
	if p == root {
		return base(dir(p))
	}
	if rel, ok := strings.CutPrefix(p, root+sep); ok {
		if i := strings.Index(rel, sep); i > 0 {
			return rel[:i]
		}
	}
	return base(root)
}

// recordSite is the site of a record: its URL's host, else the first
// folder of its path.
func recordSite(p string) string {
	if u, err := url.Parse(p); err == nil && u.Host != "" {
		return strings.ToLower(u.Hostname())
	}
	p = strings.TrimPrefix(p, "/")
	if i := strings.Index(p, "/"); i > 0 {
		return p[:i]
	}
	return "."
}

// Request lists the local inputs of a run: files, folders and globs.
type Request struct {
	Paths []string
}

// expandFn lists the local inputs with the engine's walk, so that folders,
// extensions, ignore globs, symbolic links and the files that cannot be
// read are treated exactly as newslint lint treats them. A glob is
// expanded first, as a shell would.
type expandFn struct {
	Settings Settings
	p        *engine.Prepared
}

func (f *expandFn) Setup(ctx context.Context) error {
	var err error
	f.p, err = f.Settings.prepareOnce(ctx)
	return err
}

func (f *expandFn) ProcessElement(ctx context.Context, req Request, emit func(Article)) {
	var args []string
	root := map[string]string{} // argument -> the input it came from
	for _, in := range req.Paths {
		if !hasWildcard(in) {
			args = append(args, in)
			root[filepath.Clean(in)] = filepath.Clean(in)
			continue
		}
		matches, err := filepath.Glob(in)
		if err != nil || len(matches) == 0 {
			msg := "no file matches this pattern"
			if err != nil {
				msg = "pattern: " + err.Error()
			}
			emit(Article{Path: in, Err: msg})
			continue
		}
		for _, m := range matches {
			args = append(args, m)
			root[filepath.Clean(m)] = filepath.Clean(staticPrefix(in, string(filepath.Separator)))
		}
	}
	inputs, errs := f.p.Expand(args, "")
	for _, e := range errs {
		emit(Article{Path: e.Path, Err: e.Message, Site: localSite(root, e.Path)})
	}
	for _, in := range inputs {
		emit(Article{Path: in.Display, Local: in.Path, Format: string(in.Format), Site: localSite(root, in.Path)})
	}
}

// localSite finds the input a listed file came from (the longest that
// holds it) and names its site.
func localSite(roots map[string]string, p string) string {
	sep := string(filepath.Separator)
	p = filepath.Clean(p)
	best, found := "", false
	for arg := range roots {
		if p == arg || strings.HasPrefix(p, arg+sep) || (arg == "." && !filepath.IsAbs(p)) {
			if !found || len(arg) > len(best) {
				best, found = arg, true
			}
		}
	}
	if !found {
		return site(filepath.Dir(p), p, sep)
	}
	return site(roots[best], p, sep)
}

// listFn lists the inputs in a Beam file system (gs://bucket/archive/,
// gs://bucket/archive/*/*.html): a folder is every file below it with
// an extension newslint reads, a glob what it matches.
type listFn struct {
	Settings Settings
	exts     []string
}

func (f *listFn) Setup() error {
	f.exts = input.DefaultExtensions
	if f.Settings.ConfigPath != "" {
		cfg, err := config.Parse(f.Settings.ConfigPath, f.Settings.ConfigText)
		if err != nil {
			return err
		}
		if len(cfg.Extensions) > 0 {
			f.exts = cfg.Extensions
		}
	}
	return nil
}

func (f *listFn) ProcessElement(ctx context.Context, spec string, emit func(Article)) {
	fsys, err := filesystem.New(ctx, spec)
	if err != nil {
		emit(Article{Path: spec, Err: err.Error()})
		return
	}
	defer fsys.Close()
	glob, root, folder := spec, staticPrefix(spec, "/"), false
	if !hasWildcard(spec) {
		// A name without a wildcard is one file, or else a folder.
		if m, err := fsys.List(ctx, spec); err == nil && len(m) == 1 && m[0] == spec && !strings.HasSuffix(spec, "/") {
			f, _ := document.FormatFor(spec)
			emit(Article{Path: spec, Remote: spec, Format: string(f), Site: site(path.Dir(spec), spec, "/")})
			return
		}
		glob, root, folder = strings.TrimSuffix(spec, "/")+"/**", strings.TrimSuffix(spec, "/"), true
	}
	matches, err := fsys.List(ctx, glob)
	if err != nil {
		emit(Article{Path: spec, Err: "listing: " + err.Error()})
		return
	}
	sort.Strings(matches)
	n := 0
	for _, m := range matches {
		if folder && !hasExt(m, f.exts) {
			continue
		}
		n++
		f, _ := document.FormatFor(m)
		emit(Article{Path: m, Remote: m, Format: string(f), Site: site(root, m, "/")})
	}
	if n == 0 {
		emit(Article{Path: spec, Err: "no file matches"})
	}
}

func hasExt(name string, exts []string) bool {
	ext := strings.ToLower(path.Ext(name))
	for _, e := range exts {
		e = strings.ToLower(e)
		if e == ext || "."+e == ext {
			return true
		}
	}
	return false
}

// record is a line of a JSON Lines input: the shape of a crawl export or a
// CMS dump. Other fields are ignored.
type record struct {
	Path    *string `json:"path"`
	Format  string  `json:"format"`
	Date    string  `json:"date"`
	Content *string `json:"content"`
}

// parseRecord reads one line of a records file. A line that is not a
// record becomes an article in error, named by the file (and the record's
// path when it has one).
func parseRecord(file, line string, emit func(Article)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	var r record
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		emit(Article{Path: file, Err: fmt.Sprintf("not a JSON record {path, format, date, content}: %v (the line starts %s)", err, excerpt(line)), Site: recordSite(file)})
		return
	}
	if r.Path == nil || *r.Path == "" {
		emit(Article{Path: file, Err: fmt.Sprintf("record without a path (the line starts %s)", excerpt(line)), Site: recordSite(file)})
		return
	}
	a := Article{Path: *r.Path, Date: r.Date, Site: recordSite(*r.Path)}
	switch {
	case r.Content == nil:
		a.Err = "record without content"
	case r.Format != "":
		f, err := document.ParseFormat(r.Format)
		if err != nil {
			a.Err = "record format: " + err.Error()
		}
		a.Format = string(f)
	default:
		// The name's extension (a URL's, without its query), else the
		// content, tells.
		name := a.Path
		if u, err := url.Parse(name); err == nil && u.Host != "" {
			name = u.Path
		}
		f, _ := document.FormatFor(name)
		a.Format = string(f)
	}
	if r.Date != "" {
		if _, err := time.Parse(time.DateOnly, r.Date); err != nil {
			a.Err = fmt.Sprintf("record date %q: want YYYY-MM-DD", r.Date)
		}
	}
	if a.Err == "" {
		a.Content = *r.Content
	}
	emit(a)
}

func excerpt(s string) string {
	if r := []rune(s); len(r) > 60 {
		return fmt.Sprintf("%q...", string(r[:60]))
	}
	return fmt.Sprintf("%q", s)
}

// parseRecordFn reads the lines of records files.
type parseRecordFn struct{}

func (parseRecordFn) ProcessElement(file, line string, emit func(Article)) {
	parseRecord(file, line, emit)
}
