package lexicon

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:generate go -C ../../internal/tools run ./lexgen -o ../../engine/lexicon/patterns.prepared

// preparedText is what go generate works out from the built-in patterns
// (rules/lexicon/*.toml): parsing and analysing them all took about a
// tenth of a start-up. A pattern it does not hold (one from --data, or
// one changed since) is parsed at start-up as before; a test fails while
// the file is out of date.
//
//go:embed patterns.prepared
var preparedText string

// analysis is what a pattern's source gives at start-up: its capture
// group named m (0 for none) and what every match contains.
type analysis struct {
	group int
	need  need
}

// analyse parses src and works out its analysis; an error is the
// pattern's.
func analyse(src string) (analysis, error) {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return analysis{}, err
	}
	a := analysis{}
	for i, name := range re.CapNames() {
		if name == "m" {
			a.group = i
			break
		}
	}
	// What every match contains is checked before the expression runs:
	// most blocks hold no "{{", "&amp;" or "this is".
	a.need, _ = needOf(re.Simplify())
	return a, nil
}

// prepared reads preparedText: one pattern a line, its source quoted, its
// group, then its need's strings, each quoted, after "i" when compared
// without case.
var prepared = sync.OnceValue(func() map[string]analysis {
	out := map[string]analysis{}
	for line := range strings.Lines(preparedText) {
		fields := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(fields) < 2 {
			continue
		}
		src, err := strconv.Unquote(fields[0])
		group, gerr := strconv.Atoi(fields[1])
		if err != nil || gerr != nil {
			continue // an entry not read is parsed at start-up instead
		}
		a := analysis{group: group}
		ok := true
		for _, f := range fields[2:] {
			fold := strings.HasPrefix(f, "i")
			s, err := strconv.Unquote(strings.TrimPrefix(f, "i"))
			if err != nil {
				ok = false
				break
			}
			a.need = append(a.need, needStr{s: s, fold: fold})
		}
		if ok {
			out[src] = a
		}
	}
	return out
})

// Prepare writes what go generate embeds for the patterns of data (the
// lexicon's tables, as Compile takes them): each pattern's analysis.
func Prepare(data map[string]any) ([]byte, error) {
	seen := map[string]bool{}
	var srcs []string
	for class, v := range data {
		table, _ := v.(map[string]any)
		raw, ok := table["patterns"]
		if !ok {
			continue
		}
		list, err := strs(class, "patterns", raw)
		if err != nil {
			return nil, err
		}
		for _, s := range list {
			if !seen[s] {
				seen[s] = true
				srcs = append(srcs, s)
			}
		}
	}
	sort.Strings(srcs)
	var b bytes.Buffer
	for _, src := range srcs {
		a, err := analyse(src)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %q: %v", src, err)
		}
		fmt.Fprintf(&b, "%s\t%d", strconv.Quote(src), a.group)
		for _, n := range a.need {
			b.WriteByte('\t')
			if n.fold {
				b.WriteByte('i')
			}
			b.WriteString(strconv.Quote(n.s))
		}
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}
