package report

import (
	"net/url"
	"path/filepath"
	"strings"
)

// sourcePath returns a finding's path relative to the source root, with
// forward slashes; inRoot is false when the file lies outside the root (or
// no root is known) and the path is returned as reported, made absolute
// when the working directory is known.
func (o Options) sourcePath(p string) (rel string, inRoot bool) {
	if o.SourceRoot == "" || o.WorkDir == "" {
		return filepath.ToSlash(p), false
	}
	abs := p
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(o.WorkDir, p)
	}
	r, err := filepath.Rel(o.SourceRoot, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(abs), false
	}
	return filepath.ToSlash(r), true
}

// artifactLocation is a file's SARIF artifact location: a relative URI
// against %SRCROOT% inside the root, an absolute file URI outside it.
func (o Options) artifactLocation(p string) sarifArtifactLocation {
	rel, inRoot := o.sourcePath(p)
	if inRoot {
		return sarifArtifactLocation{URI: escapeURIPath(rel), URIBaseID: srcRoot}
	}
	if strings.HasPrefix(rel, "/") {
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: rel}).String()}
	}
	return sarifArtifactLocation{URI: escapeURIPath(rel)}
}

// escapeURIPath percent-encodes each segment of a slash-separated path.
func escapeURIPath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		// A colon in a first segment would read as a URI scheme.
		parts[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(parts, "/")
}

// rootURI is the file URI of the source root, ending in a slash as
// originalUriBaseIds requires.
func rootURI(root string) string {
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(root)}).String()
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}
