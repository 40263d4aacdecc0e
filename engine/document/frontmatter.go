package document

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	toml "github.com/pelletier/go-toml/v2"
	yaml "go.yaml.in/yaml/v3"
)

// frontMatter finds YAML (---) or TOML (+++) front matter at the top of a
// Markdown file, parses it into doc.Meta and returns the offset where the body
// starts (0 when there is none).
func frontMatter(doc *Document) (int, error) {
	buf := doc.Buf
	start := 0
	if bytes.HasPrefix(buf, bom) {
		start = 3
	}
	var fence string
	switch {
	case hasLine(buf[start:], "---"):
		fence = "---"
	case hasLine(buf[start:], "+++"):
		fence = "+++"
	default:
		return 0, nil
	}
	bodyStart := start + len(fence)
	bodyStart += lineEndLen(buf[bodyStart:])
	// Find the closing fence (YAML also allows "...").
	pos := bodyStart
	end, next := -1, -1
	for pos < len(buf) {
		eol := bytes.IndexByte(buf[pos:], '\n')
		lineEnd := len(buf)
		if eol >= 0 {
			lineEnd = pos + eol
		}
		line := strings.TrimRight(string(buf[pos:lineEnd]), " \t\r")
		if line == fence || fence == "---" && line == "..." {
			end = pos
			next = lineEnd
			if next < len(buf) {
				next++
			}
			break
		}
		pos = lineEnd + 1
	}
	firstLine, _ := doc.Lines.Position(start)
	if end < 0 {
		return 0, &Error{Path: doc.Path, Line: firstLine, Msg: "front matter opened with " + fence + " is never closed"}
	}
	// Parsers reject invalid UTF-8; U+FFFD in its place keeps the lines.
	raw := []byte(validString(buf[bodyStart:end]))
	bodyLine, _ := doc.Lines.Position(bodyStart)
	values := map[string]any{}
	if fence == "---" {
		var err error
		if values, err = yamlValues(raw); err != nil {
			return 0, &Error{Path: doc.Path, Line: yamlErrLine(err, bodyLine), Msg: "malformed YAML front matter: " + yamlErrMsg(err)}
		}
	} else {
		if err := toml.Unmarshal(raw, &values); err != nil {
			line := bodyLine
			var de *toml.DecodeError
			if errors.As(err, &de) {
				r, _ := de.Position()
				line = bodyLine + r - 1
			}
			return 0, &Error{Path: doc.Path, Line: line, Msg: "malformed TOML front matter: " + strings.ToValidUTF8(err.Error(), "\uFFFD")}
		}
	}
	keys := keyLines(buf, bodyStart, end)
	for k, v := range values {
		key := strings.ToLower(k)
		s, e := keySpan(buf, bodyStart, keys[k], k)
		doc.Meta[key] = Field{Value: plain(v), Span: doc.Span(s, e)}
	}
	return next, nil
}

func hasLine(buf []byte, fence string) bool {
	if !bytes.HasPrefix(buf, []byte(fence)) {
		return false
	}
	rest := buf[len(fence):]
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || rest[0] == '\n' || rest[0] == '\r'
}

func lineEndLen(buf []byte) int {
	i := 0
	for i < len(buf) && (buf[i] == ' ' || buf[i] == '\t') {
		i++
	}
	if i < len(buf) && buf[i] == '\r' {
		i++
	}
	if i < len(buf) && buf[i] == '\n' {
		i++
	}
	return i
}

// keyLines indexes, in one pass over the front matter buf[start:end], the
// first line that writes each key: a line "key: value" or "key = value"
// is filed under every prefix that ends before one of its first few ":"
// or "=" (less the spaces before it), so that a key holding ":" is found
// too. Looking each key up costs nothing more; a pattern per key would
// rescan the block once per key.
func keyLines(buf []byte, start, end int) map[string]int {
	out := map[string]int{}
	for pos := start; pos < end; {
		eol := bytes.IndexByte(buf[pos:end], '\n')
		next := end
		if eol >= 0 {
			next = pos + eol + 1
		} else {
			eol = end - pos
		}
		line := buf[pos : pos+eol]
		seps := 0
		for i := 0; i < len(line) && seps < 4; i++ {
			if line[i] != ':' && line[i] != '=' {
				continue
			}
			seps++
			k := strings.TrimRight(string(line[:i]), " \t")
			if _, seen := out[k]; !seen && k != "" {
				out[k] = pos
			}
		}
		pos = next
	}
	return out
}

// keySpan locates the value written for a top-level key on the line at
// lineStart (found by keyLines; 0 when there is none), for findings about
// metadata ("no byline"); it falls back to the key's line, then the block.
func keySpan(buf []byte, start, lineStart int, key string) (int, int) {
	if lineStart <= 0 {
		return start, start
	}
	eol := bytes.IndexByte(buf[lineStart:], '\n')
	lineEnd := len(buf)
	if eol >= 0 {
		lineEnd = lineStart + eol
	}
	if lineEnd > lineStart && buf[lineEnd-1] == '\r' {
		lineEnd--
	}
	sep := lineStart + len(key) // the key, its spaces, then ":" or "="
	for sep < lineEnd && buf[sep] != ':' && buf[sep] != '=' {
		sep++
	}
	s, e := min(sep+1, lineEnd), lineEnd
	for s < e && (buf[s] == ' ' || buf[s] == '\t') {
		s++
	}
	for e > s && (buf[e-1] == ' ' || buf[e-1] == '\t') {
		e--
	}
	if e == s {
		return lineStart, lineEnd
	}
	if e-s >= 2 && (buf[s] == '"' || buf[s] == '\'') && buf[e-1] == buf[s] {
		s, e = s+1, e-1
	}
	return s, e
}

// yamlValues decodes YAML front matter into values in time linear in its
// size: decoding into a map, yaml.v3 compares each key with every other
// (10,000 keys take seconds, 50,000 minutes), so the document is parsed
// into nodes and its mappings are walked here, with a map for duplicate
// keys; only scalars are decoded by the library. Aliases are followed
// within a budget, so that aliases of aliases cannot expand without end.
func yamlValues(raw []byte) (map[string]any, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, err
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return map[string]any{}, nil
	}
	root := doc.Content[0]
	for root.Kind == yaml.AliasNode && root.Alias != nil {
		root = root.Alias
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return map[string]any{}, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: the front matter must be keys with values, not a %s", root.Line, strings.TrimPrefix(root.ShortTag(), "!!"))
	}
	w := yamlWalker{left: 16*len(raw) + 1024}
	v, err := w.value(root)
	if err != nil {
		return nil, err
	}
	return v.(map[string]any), nil
}

type yamlWalker struct{ left int }

func (w *yamlWalker) value(n *yaml.Node) (any, error) {
	if w.left--; w.left < 0 {
		return nil, fmt.Errorf("line %d: aliases expand the front matter far beyond its size", n.Line)
	}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil, nil
		}
		return w.value(n.Alias)
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := w.value(c)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		lines := make(map[string]int, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, vn := n.Content[i], n.Content[i+1]
			v, err := w.value(vn)
			if err != nil {
				return nil, err
			}
			if k.Tag == "!!merge" {
				mergeYAML(out, v)
				continue
			}
			key := k.Value
			if first, dup := lines[key]; dup {
				return nil, fmt.Errorf("line %d: mapping key %q already defined at line %d", k.Line, key, first)
			}
			lines[key] = k.Line
			out[key] = v
		}
		return out, nil
	case yaml.ScalarNode:
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, err
		}
		return v, nil
	}
	return nil, nil
}

// mergeYAML applies a merge key ("<<: *defaults"): the keys of a mapping,
// or of each mapping in a list, that the mapping does not set itself.
func mergeYAML(into map[string]any, v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if _, set := into[k]; !set {
				into[k] = e
			}
		}
	case []any:
		for _, e := range x {
			mergeYAML(into, e)
		}
	}
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

func yamlErrLine(err error, first int) int {
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		var n int
		fmt.Sscan(m[1], &n)
		return first + n - 1
	}
	return first
}

// yamlErrMsg drops the parser's prefix and line. Its quotes of the source
// may cut a character in two; the cut bytes are replaced.
func yamlErrMsg(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.ToValidUTF8(yamlLineRE.ReplaceAllString(msg, ""), "\uFFFD")
	if strings.Contains(msg, "mapping values are not allowed") {
		// The common cause: a headline with a colon in it.
		msg += ` (a value with ": " in it must be quoted: title: "Paris: the vote")`
	}
	return msg
}

// plain turns decoded front matter into JSON-like values; dates become ISO
// strings.
func plain(v any) any {
	switch x := v.(type) {
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	case toml.LocalDate:
		return x.String()
	case toml.LocalDateTime:
		return x.String()
	case toml.LocalTime:
		return x.String()
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = plain(e)
		}
		return m
	case map[any]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[fmt.Sprint(k)] = plain(e)
		}
		return m
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case int:
		return int64(x)
	}
	return v
}
