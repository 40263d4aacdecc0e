package facts

import (
	"unicode"
	"unicode/utf8"
)

// hasDateAnchor is a fast test that a sentence may hold a date: a month or
// weekday name, a year-like number, or digits joined by a date separator.
// The date grammar's regular expressions are costly; most sentences hold
// no date and are skipped.
func hasDateAnchor(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j-i == 4 && (s[i] == '1' || s[i] == '2') {
				return true
			}
			if j < len(s)-1 && (s[j] == '/' || s[j] == '-' || s[j] == '.') && s[j+1] >= '0' && s[j+1] <= '9' {
				return true
			}
			i = j
			continue
		case unicode.IsUpper(r):
			j := i + size
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			if j-i >= 3 && anchorWords[lower3(s[i:i+3])] {
				return true
			}
			i = j
			continue
		}
		i += size
	}
	return false
}

// anchorWords are the first three letters of month and weekday names.
var anchorWords = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
}

func lower3(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
