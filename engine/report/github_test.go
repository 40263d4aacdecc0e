package report

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// command is a workflow command as the Actions runner reads one line of a
// step's output: "::name key=value,key=value::message", with the runner's
// unescaping of property values and of the message.
type command struct {
	name  string
	props map[string]string
	data  string
}

func parseCommand(line string) (command, bool) {
	if !strings.HasPrefix(line, "::") {
		return command{}, false
	}
	rest := line[2:]
	end := strings.Index(rest, "::")
	if end < 0 {
		return command{}, false
	}
	head, data := rest[:end], rest[end+2:]
	c := command{props: map[string]string{}}
	name, props, _ := strings.Cut(head, " ")
	c.name = name
	if props != "" {
		for _, kv := range strings.Split(props, ",") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				return command{}, false
			}
			c.props[k] = unescapeProperty(v)
		}
	}
	c.data = unescapeData(data)
	return c, true
}

// The runner's unescaping: %25 last, so an escaped "%3A" (written
// "%253A") comes back as the literal text "%3A".
func unescapeData(s string) string {
	for _, p := range [][2]string{{"%0D", "\r"}, {"%0A", "\n"}, {"%25", "%"}} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	return s
}

func unescapeProperty(s string) string {
	for _, p := range [][2]string{{"%0D", "\r"}, {"%0A", "\n"}, {"%3A", ":"}, {"%2C", ","}, {"%25", "%"}} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	return s
}

// TestGitHubAnnotationsParse reads the github output as the runner does and
// checks that every finding comes back with its file, position, title and
// full message.
func TestGitHubAnnotationsParse(t *testing.T) {
	r := sampleResult()
	out := render(t, "github", sampleOptions(), r)
	var anns []command
	groups, open := 0, false
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "::") {
			continue
		}
		c, ok := parseCommand(line)
		if !ok {
			t.Fatalf("not a workflow command: %q", line)
		}
		switch c.name {
		case "group":
			if open {
				t.Error("nested ::group::")
			}
			open = true
			groups++
		case "endgroup":
			if !open {
				t.Error("::endgroup:: without a group")
			}
			open = false
		case "error", "warning", "notice":
			anns = append(anns, c)
		default:
			t.Errorf("unexpected command %q", c.name)
		}
	}
	if open {
		t.Error("a group is left open")
	}
	if groups != 2 {
		t.Errorf("%d groups, want one per file with findings (2)", groups)
	}
	if len(anns) != len(r.Findings)+len(r.Errors) {
		t.Fatalf("%d annotations, want %d", len(anns), len(r.Findings)+len(r.Errors))
	}
	if e := anns[0]; e.name != "error" || e.props["file"] != "articles/broken.md" || e.data != r.Errors[0].Message {
		t.Errorf("input error annotation: %+v", e)
	}
	wantCmd := []string{"error", "warning", "notice"}
	for i, f := range r.Findings {
		a := anns[i+1]
		if a.name != wantCmd[i] {
			t.Errorf("finding %d: command %q, want %q", i, a.name, wantCmd[i])
		}
		if a.props["file"] != f.Path || a.props["line"] != strconv.Itoa(f.Line) || a.props["endLine"] != strconv.Itoa(f.EndLine) {
			t.Errorf("finding %d: place %v", i, a.props)
		}
		// Columns only for a span on one line.
		if f.Line == f.EndLine {
			if a.props["col"] != strconv.Itoa(f.Column) || a.props["endColumn"] != strconv.Itoa(f.EndColumn) {
				t.Errorf("finding %d: columns %v", i, a.props)
			}
		} else if _, ok := a.props["col"]; ok {
			t.Errorf("finding %d: columns on a span over lines: %v", i, a.props)
		}
		if !strings.HasPrefix(a.props["title"], f.Rule) || (f.Title != "" && !strings.HasSuffix(a.props["title"], f.Title)) {
			t.Errorf("finding %d: title %q", i, a.props["title"])
		}
		want := f.Message
		if f.Suggestion != "" {
			want += "\nSuggestion: " + f.Suggestion
		}
		if a.data != want {
			t.Errorf("finding %d: message round trip\n got %q\nwant %q", i, a.data, want)
		}
	}
}

// Every character the runner treats specially survives a round trip, in
// properties and in the message; a literal "%0A" stays literal.
func TestGitHubEscaping(t *testing.T) {
	for _, s := range []string{"a:b,c", "100%", "%0A literal", "two\nlines\r\nend", "%253A", "::error::inject", "plain"} {
		line := annotation("warning", s, 1, 1, 1, 2, s, s)
		if strings.Count(line, "\n")+strings.Count(line, "\r") != 0 {
			t.Errorf("%q: raw line break in the command", s)
		}
		c, ok := parseCommand(line)
		if !ok {
			t.Fatalf("%q: unparsable: %s", s, line)
		}
		if c.props["file"] != s || c.props["title"] != s || c.data != s {
			t.Errorf("%q: round trip gave file %q title %q message %q (%s)", s, c.props["file"], c.props["title"], c.data, line)
		}
	}
}
