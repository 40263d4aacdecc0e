package lexicon

import "regexp/syntax"

// matchEveryPattern is Match with every pattern run on text, whatever its
// need: what the needs skip must not change what is found.
func (l *Lexicon) matchEveryPattern(text string, toks []Token) []Match {
	saved := l.needs
	defer func() { l.needs = saved }()
	l.needs = needIndex{n: saved.n, always: make([]int, saved.n)}
	for i := range l.needs.always {
		l.needs.always[i] = i
	}
	return l.Match(text, toks)
}

var MatchEveryPattern = (*Lexicon).matchEveryPattern

// required works out the need of an expression, as addPattern does; the
// empty need when it cannot tell.
func required(src string) need {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	n, _ := needOf(re.Simplify())
	return n
}

// PreparedText is the embedded analysis of the built-in patterns.
func PreparedText() string { return preparedText }

// PreparedCount is how many of its patterns are read back.
func PreparedCount() int { return len(prepared()) }
