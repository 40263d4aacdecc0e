package newslint.rules.spam.homoglyph_test

import data.newslint.rules.spam.homoglyph

at(line, col, n) := {"offset": (100 * line) + col, "end_offset": ((100 * line) + col) + n, "line": line, "column": col, "end_line": line, "end_column": col + n}

cyr_e := {"letter": "е", "codepoint": "U+0435", "script": "Cyrillic", "looks_like": "e"}

cyr_a := {"letter": "а", "codepoint": "U+0430", "script": "Cyrillic", "looks_like": "a"}

arm_o := {"letter": "օ", "codepoint": "U+0585", "script": "Armenian", "looks_like": "o"}

word(w, block, span, foreign) := {"word": w, "span": span, "block": block, "script": "Latin", "look_alike": true, "foreign": foreign}

test_one_word if {
	findings := homoglyph.report with input as {"mixed_script": [word("Ukrаinе", 1, at(2, 3, 7), [cyr_a, cyr_e])]}
	count(findings) == 1
	some f in findings
	f.span == at(2, 3, 7)
	f.message == "1 word written with 2 look-alike letters from another script (Cyrillic): \"а\" (Cyrillic U+0430) for \"a\", \"е\" (Cyrillic U+0435) for \"e\""
	f.suggestion == "retype the text in one script, starting with \"Ukrаinе\" as \"Ukraine\""
}

passage := {"mixed_script": [
	word("Thе", 0, at(3, 1, 3), [cyr_e]),
	word("wօrld", 0, at(3, 9, 5), [arm_o]),
	word("mеt", 1, at(5, 1, 3), [cyr_e]),
	word("hеre", 3, at(9, 4, 4), [cyr_e]),
]}

test_adjacent_paragraphs_are_one_passage if {
	findings := homoglyph.report with input as passage
	count(findings) == 2
	some f in findings
	f.span.line == 3
	f.span.end_line == 5
	f.span.end_column == 4
	startswith(f.message, "3 words written with 3 look-alike letters from another script (Armenian, Cyrillic) over 2 paragraphs: ")
	f.evidence.word_count == 3
}

test_per_block_option if {
	findings := homoglyph.report with input as passage with data.newslint.config.options as {"homoglyph": {"per_block": true}}
	count(findings) == 3
}

test_foreign_letter_without_look_alike_is_silent if {
	findings := homoglyph.report with input as {"mixed_script": [{
		"word": "βlocker", "span": at(2, 1, 7), "block": 1, "script": "Latin", "look_alike": false,
		"foreign": [{"letter": "β", "codepoint": "U+03B2", "script": "Greek"}],
	}]}
	count(findings) == 0
}
