package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop without ending a sentence
// (words/abbreviations.txt).
var abbreviations = wordFile("words/abbreviations.txt")

// splitSentences returns the [start, end) ranges of the sentences in s.
func splitSentences(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		// Take the whole run of terminal punctuation and closing marks.
		end := i
		for end < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[end:])
			if strings.ContainsRune(".!?…\"'”’)]»", r2) {
				end += s2
				continue
			}
			break
		}
		if end >= len(s) {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsSpace(next) {
			i = end
			continue
		}
		// The next sentence must start with a capital, a digit or an opening mark.
		j := end
		for j < len(s) {
			r3, s3 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r3) {
				break
			}
			j += s3
		}
		first, _ := utf8.DecodeRuneInString(s[j:])
		if k := afterBullet(s, j); k > j {
			// "… the financial crisis. - The days after …": a list's
			// dash or bullet opens the next sentence.
			first, _ = utf8.DecodeRuneInString(s[k:])
			if unicode.IsUpper(first) {
				out = append(out, [2]int{start, end})
				start, i = k, k
				continue
			}
		}
		if !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"'“‘([«¿¡", first)) {
			i = end
			continue
		}
		if r == '.' && (isAbbreviation(s[start:i-1], first) || germanDay(s[start:i-1], s[j:])) {
			i = end
			continue
		}
		out = append(out, [2]int{start, end})
		start = j
		i = j
	}
	if start < len(s) && strings.TrimSpace(s[start:]) != "" {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// afterBullet: at j a dash or bullet stands alone, followed by white
// space; it returns where the text after them starts, or j.
func afterBullet(s string, j int) int {
	r, size := utf8.DecodeRuneInString(s[j:])
	if !strings.ContainsRune("-–—•·*", r) || j+size >= len(s) {
		return j
	}
	k := j + size
	for k < len(s) {
		r2, s2 := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsSpace(r2) {
			break
		}
		k += s2
	}
	if k == j+size {
		return j // "-5 degrees": a sign, not a bullet
	}
	return k
}

// isAbbreviation looks at the word before a period, after a hyphen or a
// slash if any ("then-U.S."); next is the first character of what
// follows.
func isAbbreviation(before string, next rune) bool {
	k := len(before)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '-' || r == '/' {
			break
		}
		k -= size
	}
	w := strings.ToLower(before[k:])
	if w == "" {
		return false
	}
	// A single capital is an initial ("J. K. Rowling"); a small letter
	// before a year abbreviates ("(b. 1959)").
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(before[k:])
		return unicode.IsUpper(r) || abbreviations[w] && unicode.IsDigit(next)
	}
	if w == "no" || w == "nos" {
		// "No. 10" abbreviates; "He said no. Later..." ends a sentence.
		return unicode.IsDigit(next)
	}
	return abbreviations[w]
}

// germanDay: a day of the month with its full stop before a German month
// name, "am 6. Mai 2025", which ends no sentence.
func germanDay(before, after string) bool {
	k := len(before)
	for k > 0 && before[k-1] >= '0' && before[k-1] <= '9' {
		k--
	}
	if n := len(before) - k; n == 0 || n > 2 || k > 0 && !unicode.IsSpace(rune(before[k-1])) {
		return false
	}
	e := 0
	for e < len(after) {
		r, size := utf8.DecodeRuneInString(after[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	_, ok := germanMonths[strings.ToLower(after[:e])]
	return ok
}
