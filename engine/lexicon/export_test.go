package lexicon

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
