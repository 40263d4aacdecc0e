package newslint.rules.quality.template_placeholder_test

import data.newslint.rules.quality.template_placeholder

# tagged lists the blocks' tags at the top level by class, as the facts do.
tagged(doc) := object.union(doc, {"tags": {class: [object.union(t, {"block": b.index}) |
	some b in doc.blocks
	some t in object.get(b, "tags", [])
	t.class == class
] |
	some b in doc.blocks
	some t in object.get(b, "tags", [])
	class := t.class
}})

span := {"offset": 10, "end_offset": 25, "line": 2, "column": 4, "end_line": 2, "end_column": 19}

test_each_placeholder_is_reported_where_it_stands if {
	findings := template_placeholder.report with input as tagged({"blocks": [
		{"index": 0, "tags": [{"class": "placeholder", "text": "{{author_name}}", "span": span, "sentence": 0}]},
		{"index": 1, "tags": [{"class": "placeholder", "text": "[INSERT QUOTE]", "span": object.union(span, {"line": 5}), "sentence": 1}]},
	]})
	count(findings) == 2
	some f in findings
	f.span == span
	f.message == "template placeholder left in the text: \"{{author_name}}\""
}

test_lorem_ipsum_sentence_is_one_finding if {
	second := {"offset": 40, "end_offset": 54, "line": 2, "column": 34, "end_line": 2, "end_column": 48}
	findings := template_placeholder.report with input as tagged({"blocks": [{"index": 0, "tags": [
		{"class": "placeholder", "text": "lorem ipsum", "span": span, "sentence": 3},
		{"class": "placeholder", "text": "Dolor sit amet", "span": second, "sentence": 3},
	]}]})
	count(findings) == 1
	some f in findings
	f.span.offset == 10
	f.span.end_offset == 54
	f.message == "template placeholder left in the text: \"lorem ipsum\", \"Dolor sit amet\""
}

test_other_tags_are_silent if {
	findings := template_placeholder.report with input as tagged({"blocks": [
		{"index": 0, "tags": [{"class": "page-chrome", "text": "Share this", "span": span, "sentence": 0}]},
	]})
	count(findings) == 0
}

# Dummy text in quotation marks is named; a slot in brackets in a quotation
# is still a slot.
test_quoted_dummy_text_is_cited_but_a_quoted_slot_is_not if {
	findings := template_placeholder.report with input as tagged({"blocks": [
		{"index": 0, "tags": [{"class": "placeholder", "text": "Lorem ipsum dolor", "span": span, "sentence": 0, "quoted": true}]},
		{"index": 1, "tags": [{"class": "placeholder", "text": "[insert city]", "span": object.union(span, {"line": 5}), "sentence": 1, "quoted": true}]},
	]})
	count(findings) == 1
	some f in findings
	f.message == "template placeholder left in the text: \"[insert city]\""
}
