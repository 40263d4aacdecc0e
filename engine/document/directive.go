package document

import (
	"bytes"
	"regexp"
	"strings"
)

// Directive is a suppression comment:
//
//	<!-- newslint-disable RULE[,RULE] -->   until newslint-enable
//	<!-- newslint-enable [RULE,...] -->
//	<!-- newslint-disable-next-line RULE -->
//	<!-- newslint-disable-file RULE -->
//
// Without rule ids it applies to every rule.
type Directive struct {
	Kind  string // disable, enable, disable-next-line, disable-file
	Rules []string
	Span  Span
}

var directiveRE = regexp.MustCompile(`^\s*newslint-(disable-next-line|disable-file|disable|enable)\b(.*)$`)

// parseDirective reads the body of an HTML comment (without <!-- -->).
func parseDirective(body string, span Span) (Directive, bool) {
	m := directiveRE.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return Directive{}, false
	}
	d := Directive{Kind: m[1], Span: span}
	for _, f := range strings.FieldsFunc(m[2], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }) {
		if strings.HasPrefix(f, "--") {
			break // "-- reason" ends the list, as in ESLint
		}
		d.Rules = append(d.Rules, f)
	}
	return d, true
}

// commentDirectives finds <!-- ... --> comments in buf[start:end] and records
// those that are directives.
func (d *Document) commentDirectives(start, end int) {
	s := d.Buf[start:end]
	for i := 0; ; {
		j := indexFrom(s, "<!--", i)
		if j < 0 {
			return
		}
		k := indexFrom(s, "-->", j+4)
		if k < 0 {
			return
		}
		if dir, ok := parseDirective(string(s[j+4:k]), d.Span(start+j, start+k+3)); ok {
			d.Directives = append(d.Directives, dir)
		}
		i = k + 3
	}
}

func indexFrom(s []byte, sep string, from int) int {
	if from >= len(s) {
		return -1
	}
	i := bytes.Index(s[from:], []byte(sep))
	if i < 0 {
		return -1
	}
	return from + i
}
