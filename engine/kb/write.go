package kb

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Doc is the content of one knowledge-base file, in the order it is
// written: the entries it defines (or, in a user file, amends).
type Doc struct {
	// Comment opens the file; each line is written as a TOML comment.
	Comment string
	AsOf    string
	Retire  []Retirement
	Roles   []*Role
	People  []*Person
	Terms   []*Term
	Events  []*Event
}

// Retirement is a [[retire]] entry: an alias (Person, Alias) or a term
// (Role, Person, Start) removed from what earlier files defined.
type Retirement struct {
	Person, Alias, Role, Start string
}

// WriteTOML writes doc as a knowledge-base file. table is "" for a
// built-in file (rules/kb/*.toml, entries at the top level) and "kb" for a
// user data file ([[kb.people]]). Empty fields are left out, so an entry
// that only amends another (an id and new aliases) stays short; a surname
// that is the default (the last word of the name) is not repeated.
func WriteTOML(w io.Writer, doc *Doc, table string) error {
	tw := &tomlWriter{w: w, prefix: ""}
	if table != "" {
		tw.prefix = table + "."
	}
	for _, line := range strings.Split(strings.TrimRight(doc.Comment, "\n"), "\n") {
		if doc.Comment == "" {
			break
		}
		tw.printf("# %s\n", line)
	}
	if doc.Comment != "" {
		tw.printf("\n")
	}
	if doc.AsOf != "" {
		if table != "" {
			tw.printf("[%s]\nas_of = %s\n\n", table, quote(doc.AsOf))
		} else {
			tw.printf("as_of = %s\n\n", quote(doc.AsOf))
		}
	}
	for _, r := range doc.Retire {
		tw.header("retire")
		tw.str("person", r.Person)
		tw.str("alias", r.Alias)
		tw.str("role", r.Role)
		tw.str("start", r.Start)
		tw.printf("\n")
	}
	for _, r := range doc.Roles {
		tw.header("roles")
		tw.str("id", r.ID)
		tw.str("name", r.Name)
		tw.str("jurisdiction", r.Jurisdiction)
		tw.list("labels", r.Labels)
		tw.list("short_titles", r.ShortTitles)
		tw.list("abbreviations", r.Abbreviations)
		tw.list("adjectival", r.Adjectival)
		if !r.SingleHolder {
			tw.printf("single_holder = false\n")
		}
		tw.str("unknown_after", r.UnknownAfter)
		tw.str("wikidata", r.Wikidata)
		tw.str("note", r.Note)
		for _, code := range Languages {
			l, ok := r.Lang[code]
			if !ok || len(l.Labels)+len(l.ShortTitles)+len(l.Adjectival) == 0 {
				continue
			}
			tw.printf("[%sroles.lang.%s]\n", tw.prefix, code)
			tw.list("labels", l.Labels)
			tw.list("short_titles", l.ShortTitles)
			tw.list("adjectival", l.Adjectival)
		}
		tw.printf("\n")
	}
	for _, p := range doc.People {
		tw.header("people")
		tw.str("id", p.ID)
		tw.str("name", p.Name)
		if p.Name != "" && p.Surname != lastWord(p.Name) {
			tw.printf("surname = %s\n", quote(p.Surname))
		}
		tw.list("aliases", p.Aliases)
		tw.list("ambiguous_aliases", p.AmbiguousAliases)
		tw.list("nicknames", p.Nicknames)
		tw.str("died", p.Died)
		tw.str("wikidata", p.Wikidata)
		tw.printf("\n")
	}
	for _, t := range doc.Terms {
		tw.header("terms")
		tw.str("role", t.Role)
		tw.str("person", t.Person)
		tw.str("start", t.Start)
		tw.str("end", t.End)
		if t.Acting {
			tw.printf("acting = true\n")
		}
		tw.str("source", t.Source)
		tw.printf("\n")
	}
	for _, e := range doc.Events {
		tw.header("events")
		tw.str("id", e.ID)
		tw.str("name", e.Name)
		tw.str("date", e.Date)
		tw.list("labels", e.Labels)
		tw.list("duration_nouns", e.DurationNouns)
		tw.list("people", e.People)
		tw.str("source", e.Source)
		tw.printf("\n")
	}
	return tw.err
}

type tomlWriter struct {
	w      io.Writer
	prefix string
	err    error
}

func (t *tomlWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

func (t *tomlWriter) header(kind string) { t.printf("[[%s%s]]\n", t.prefix, kind) }

func (t *tomlWriter) str(k, v string) {
	if v != "" {
		t.printf("%s = %s\n", k, quote(v))
	}
}

func (t *tomlWriter) list(k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = quote(v)
	}
	t.printf("%s = [%s]\n", k, strings.Join(q, ", "))
}

// quote writes s as a TOML basic string: UTF-8 kept as is, quotes,
// backslashes and control characters escaped.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		case r == utf8.RuneError:
			b.WriteString(`\uFFFD`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// Doc returns the whole base as one file's content (for a synthetic or
// generated base): every role, person, term and event.
func (b *Base) Doc() *Doc {
	b.all()
	return &Doc{AsOf: b.AsOf, Roles: b.Roles, People: b.People, Terms: b.Terms, Events: b.Events}
}
