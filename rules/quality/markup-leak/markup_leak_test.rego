package newslint.rules.quality.markup_leak_test

import data.newslint.rules.quality.markup_leak

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

lint(text) := findings if {
	findings := markup_leak.report with input as tagged({"blocks": [{"index": 0, "tags": [{"class": "markup-leak", "text": text, "span": span}]}]})
}

test_bold_markers if {
	some f in lint("**Kenya drought relief**")
	f.message == "Markdown bold markers visible in the text: \"**Kenya drought relief**\""
	f.suggestion == "remove the asterisks: \"Kenya drought relief\""
}

test_kinds_are_named if {
	some f in lint("[caption id=\"attachment_7\" align=\"alignnone\"]")
	startswith(f.message, "shortcode")
	some g in lint("&amp;")
	startswith(g.message, "HTML entity")
	some h in lint("## Background")
	startswith(h.message, "Markdown heading marker")
	some k in lint("[the report](https://example.org/r)")
	startswith(k.message, "Markdown link")
}

test_page_script if {
	some f in lint("window.dataLayer = window.dataLayer || [];")
	f.message == "page script visible in the text: \"window.dataLayer = window.dataLayer || [];\""
	f.suggestion == "remove the script code"
}

test_untagged_is_silent if {
	findings := markup_leak.report with input as tagged({"blocks": [{"index": 0, "tags": []}]})
	count(findings) == 0
}

test_wiki_edit_link_is_named if {
	findings := markup_leak.report with input as {"tags": {"markup-leak": [
		{"block": 2, "text": "[Bearbeiten | Quelltext bearbeiten]", "span": {"line": 5, "column": 12, "end_line": 5, "end_column": 47, "offset": 60, "end_offset": 95}},
	]}}
	count(findings) == 1
	some f in findings
	contains(f.message, "wiki edit link")
	contains(f.suggestion, "edit link")
}

test_shortcode_is_not_a_wiki_link if {
	findings := markup_leak.report with input as {"tags": {"markup-leak": [
		{"block": 2, "text": "[caption id=\"a1\"]", "span": {"line": 5, "column": 1, "end_line": 5, "end_column": 18, "offset": 60, "end_offset": 77}},
	]}}
	count(findings) == 1
	some f in findings
	contains(f.message, "shortcode")
}
