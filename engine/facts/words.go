package facts

import (
	"bufio"
	"embed"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// The word lists the block signals use, written for newslint (see the head
// of each file).
//
//go:embed words/*.txt
var wordFiles embed.FS

// languages are those with a stopword list, in the order they are tried.
var languages = []string{"en", "de", "fr", "es", "ru", "uk", "sr"}

var (
	// stopwords maps a folded word to the set of languages (a bit per
	// index in languages) it is a function word of.
	stopwords = map[string]uint8{}
	// verbCues are English words that make a line a clause.
	verbCues = map[string]bool{}
	// notPast are English -ed words that are not past-tense verbs.
	notPast = map[string]bool{}
	// imperatives are English verbs that open an instruction.
	imperatives = map[string]bool{}
	// subjectDeterminers and verbObjects frame a present verb in -s that
	// is also a plural noun ("The ruling affects about 300 families").
	subjectDeterminers = map[string]bool{}
	verbObjects        = map[string]bool{}
	// attribution are the words that attribute a sentence to a speaker
	// ("said", "selon", "sagte", "dijo").
	attribution = map[string]bool{}
)

// wordListsOnce reads the word lists on first use rather than at package
// init: a command that reads no article (version, rules, kb) never pays for
// them, and Prepare reads them while the rules compile (Warm).
var wordListsOnce sync.Once

// Warm reads the word lists the extractors use, if they are not read yet.
// Extract does it too; calling Warm ahead moves the cost off the first
// article.
func Warm() { wordListsOnce.Do(loadWordLists) }

func loadWordLists() {
	loadBackgroundIDF()
	for i, lang := range languages {
		eachWord("words/stop-"+lang+".txt", func(w string) { stopwords[w] |= 1 << i })
	}
	eachWord("words/verbs-en.txt", func(w string) { verbCues[w] = true })
	eachWord("words/not-past-en.txt", func(w string) { notPast[w] = true })
	eachWord("words/imperatives-en.txt", func(w string) { imperatives[w] = true })
	eachWord("words/subjects-en.txt", func(w string) { subjectDeterminers[w] = true })
	eachWord("words/objects-en.txt", func(w string) { verbObjects[w] = true })
	eachWord("words/attribution.txt", func(w string) { attribution[w] = true })
}

func eachLine(name string, fn func([]string)) {
	f, err := wordFiles.Open(name)
	if err != nil {
		panic("facts: " + err.Error())
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Fields(line))
	}
}

// wordFile reads a list of words as a set.
func wordFile(name string) map[string]bool {
	m := map[string]bool{}
	eachWord(name, func(w string) { m[w] = true })
	return m
}

func eachWord(name string, fn func(string)) {
	eachLine(name, func(fields []string) {
		for _, w := range fields {
			fn(w)
		}
	})
}

// lazyRegexp compiles expr on first use. Compiled at package init, the
// package's patterns (most with Unicode classes) cost every command, even
// `newslint version`, about 10 ms of start-up before main; now the first
// article pays for those it needs, while the rules compile
// (Linter.WithBackgroundCompile). TestLazyRegexpsCompile compiles each.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return lazyRegexpOf(func() string { return expr })
}

// lazyRegexpOf is lazyRegexp for an expression made from data (word
// lists) on first use.
func lazyRegexpOf(expr func() string) func() *regexp.Regexp {
	re := sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr()) })
	lazyRegexps = append(lazyRegexps, re)
	return re
}

// lazyRegexps are the package's patterns, for the test.
var lazyRegexps []func() *regexp.Regexp

// A boundedRegexp is an expression whose bounded repeats of a Unicode
// class ("[\p{L}\s.'’-]{0,40}") make it costly to compile, the class
// written out once for each repeat: a dateline's place took 1–4 ms of a
// start. It is matched first as loose, the same expression with each such
// repeat unbounded and captured, and the captured runs' lengths checked
// against most; loose's language holds exact's, so no loose match means no
// match, and only a match with a run past its bound (rare: a place is a few
// words) is tried against exact.
type boundedRegexp struct {
	loose, exact func() *regexp.Regexp
	most         []int // the most runes of each captured run, in order
}

func newBoundedRegexp(loose, exact string, most ...int) boundedRegexp {
	return boundedRegexp{loose: lazyRegexp(loose), exact: lazyRegexp(exact), most: most}
}

// MatchString reports whether s matches the exact expression.
func (b boundedRegexp) MatchString(s string) bool {
	m := b.loose().FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	for i, most := range b.most {
		if from := m[2+2*i]; from >= 0 && utf8.RuneCountInString(s[from:m[3+2*i]]) > most {
			return b.exact().MatchString(s)
		}
	}
	return true
}
