package newslint.rules.spam.homoglyph_test

import data.newslint.rules.spam.homoglyph

span := {"offset": 10, "end_offset": 18, "line": 2, "column": 3, "end_line": 2, "end_column": 10}

test_cyrillic_letters_in_a_latin_word if {
	findings := homoglyph.report with input as {"mixed_script": [{
		"word": "Ukrаinе", "span": span, "block": 1, "script": "Latin", "look_alike": true,
		"foreign": [
			{"letter": "а", "codepoint": "U+0430", "script": "Cyrillic", "looks_like": "a"},
			{"letter": "е", "codepoint": "U+0435", "script": "Cyrillic", "looks_like": "e"},
		],
	}]}
	count(findings) == 1
	some f in findings
	f.span == span
	contains(f.message, "\"Ukrаinе\" is a Latin word")
	contains(f.message, "Cyrillic U+0430")
	f.suggestion == "retype the word as \"Ukraine\""
}

test_foreign_letter_without_look_alike_is_silent if {
	findings := homoglyph.report with input as {"mixed_script": [{
		"word": "βlocker", "span": span, "block": 1, "script": "Latin", "look_alike": false,
		"foreign": [{"letter": "β", "codepoint": "U+03B2", "script": "Greek"}],
	}]}
	count(findings) == 0
}
