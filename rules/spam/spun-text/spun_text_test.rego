package newslint.rules.spam.spun_text_test

import data.newslint.rules.spam.spun_text

span(line, col) := {"offset": col, "end_offset": col + 10, "line": line, "column": col, "end_line": line, "end_column": col + 10}

test_one_finding_per_block_with_every_swap if {
	findings := spun_text.report with input as {"tags": {"spun-text": [
		{"class": "spun-text", "text": "sworn into workplace", "span": span(3, 5), "block": 1},
		{"class": "spun-text", "text": "machine studying", "span": span(3, 40), "block": 1},
		{"class": "spun-text", "text": "synthetic intelligence", "span": span(7, 1), "block": 4},
	]}}
	count(findings) == 2
	some f in findings
	f.span.line == 3
	f.span.end_offset == 50
	f.message == "spun wording, a synonym swapped into a fixed phrase: \"sworn into workplace\", \"machine studying\""
}

test_silent_without_tags if {
	count(spun_text.report) == 0 with input as {"tags": {}}
}
