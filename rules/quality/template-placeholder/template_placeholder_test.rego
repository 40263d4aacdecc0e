package newslint.rules.quality.template_placeholder_test

import data.newslint.rules.quality.template_placeholder

span := {"offset": 10, "end_offset": 25, "line": 2, "column": 4, "end_line": 2, "end_column": 19}

test_each_placeholder_is_reported_where_it_stands if {
	findings := template_placeholder.report with input as {"blocks": [
		{"index": 0, "tags": [{"class": "placeholder", "text": "{{author_name}}", "span": span}]},
		{"index": 1, "tags": [{"class": "placeholder", "text": "[INSERT QUOTE]", "span": object.union(span, {"line": 5})}]},
	]}
	count(findings) == 2
	some f in findings
	f.span == span
	f.message == "template placeholder \"{{author_name}}\" left in the text"
}

test_other_tags_and_furniture_are_silent if {
	findings := template_placeholder.report with input as {"blocks": [
		{"index": 0, "tags": [{"class": "page-chrome", "text": "Share this", "span": span}]},
		{"index": 1, "region": "footer", "tags": [{"class": "placeholder", "text": "{{year}}", "span": span}]},
	]}
	count(findings) == 0
}
