package newslint.rules.quality.editorial_note_test

import data.newslint.rules.quality.editorial_note

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

span(line) := {"offset": line * 100, "end_offset": (line * 100) + 40, "line": line, "column": 1, "end_line": line, "end_column": 41}

test_newsroom_note if {
	findings := editorial_note.report with input as tagged({"blocks": [{"index": 0, "words": 30, "span": span(1), "tags": [{"class": "editorial-note", "text": "[citation needed]", "span": span(1), "sentence": 0}]}]})
	count(findings) == 1
	some f in findings
	f.message == "editorial note \"[citation needed]\" left in the text"
}

test_ai_text_in_a_short_block_covers_the_block if {
	findings := editorial_note.report with input as tagged({"blocks": [{"index": 0, "words": 12, "span": span(3), "tags": [
		{"class": "ai-artifact", "text": "Certainly! Here is", "span": span(3), "sentence": 0},
		{"class": "ai-artifact", "text": "here is the article", "span": span(3), "sentence": 1},
	]}]})
	count(findings) == 1
	some f in findings
	f.span == span(3)
	contains(f.message, "\"Certainly! Here is\", \"here is the article\"")
}

test_ai_text_in_a_long_block_covers_its_sentence if {
	findings := editorial_note.report with input as tagged({
		"sentences": [{"span": span(7)}, {"span": span(8)}],
		"blocks": [{"index": 0, "words": 80, "span": span(7), "tags": [{"class": "ai-artifact", "text": "As of my last knowledge update", "span": span(8), "sentence": 1}]}],
	})
	count(findings) == 1
	some f in findings
	f.span == span(8)
}

test_clean_block_is_silent if {
	findings := editorial_note.report with input as tagged({"blocks": [{"index": 0, "words": 30, "span": span(1), "tags": [{"class": "photo-credit", "text": "Photo", "span": span(1), "sentence": 0}]}]})
	count(findings) == 0
}

summary_doc(with_preamble) := {
	"blocks": [
		{"index": 0, "kind": "paragraph", "words": 12, "span": {"offset": 0, "end_offset": 50, "line": 1, "column": 1, "end_line": 1, "end_column": 51}, "tags": [{"class": "ai-artifact"}]},
		{"index": 1, "kind": "paragraph", "words": 1, "span": {"offset": 52, "end_offset": 64, "line": 3, "column": 1, "end_line": 3, "end_column": 13}, "tags": [{"class": "ai-summary"}]},
		{"index": 2, "kind": "paragraph", "words": 30, "span": {"offset": 66, "end_offset": 200, "line": 5, "column": 1, "end_line": 5, "end_column": 135}},
		{"index": 3, "kind": "paragraph", "words": 2, "span": {"offset": 202, "end_offset": 219, "line": 7, "column": 1, "end_line": 7, "end_column": 18}, "tags": [{"class": "ai-artifact"}]},
	],
	"tags": {
		"ai-artifact": [t |
			some t in [
				{"class": "ai-artifact", "text": "here's a summary", "block": 0, "sentence": -1, "span": {"offset": 0, "end_offset": 16, "line": 1, "column": 1, "end_line": 1, "end_column": 17}},
				{"class": "ai-artifact", "text": "News Article:", "block": 3, "sentence": -1, "span": {"offset": 202, "end_offset": 215, "line": 7, "column": 1, "end_line": 7, "end_column": 14}},
			]
			with_preamble
		],
		"ai-summary": [{"class": "ai-summary", "text": "Summary:", "block": 1, "sentence": -1, "span": {"offset": 52, "end_offset": 60, "line": 3, "column": 1, "end_line": 3, "end_column": 9}}],
	},
}

test_assistant_summary_section_is_one_finding if {
	findings := editorial_note.report with input as summary_doc(true)
	some f in findings
	f.span.line == 3
	f.span.end_line == 5
	f.message == "AI-assistant summary of its source left in the article (lines 3-5)"
}

test_a_summary_box_alone_is_silent if {
	findings := editorial_note.report with input as summary_doc(false)
	count(findings) == 0
}

seo_label_doc(runs) := object.union(
	tagged({"blocks": [{"index": 0, "words": 6, "span": span(5), "tags": [
		{"class": "ai-artifact", "text": "Meta Description:", "span": span(5), "sentence": 0},
		{"class": "seo-score", "text": "Meta Description", "span": span(5), "sentence": 0},
	]}]}),
	{"runs": runs},
)

test_seo_field_label_in_a_plugin_run_is_left_to_seo_score_leak if {
	run := {"class": "seo-score", "strong": true, "first_block": 0, "last_block": 1}
	count(editorial_note.report) == 0 with input as seo_label_doc([run])
}

test_seo_field_label_alone_is_assistant_text if {
	# No SEO-plugin run reports it: the label is the assistant's.
	findings := editorial_note.report with input as seo_label_doc([])
	count(findings) == 1
	some f in findings
	contains(f.message, "AI-assistant text left in the article: \"Meta Description:\"")
}

title_doc(next) := tagged({"blocks": [
	{"index": 0, "words": 6, "span": span(2), "text": "Title: The Last Light on Skerry", "tags": [{"class": "ai-artifact", "text": "Title:", "span": span(2), "sentence": 0}]},
	{"index": 1, "words": 3, "span": span(3), "text": next},
]})

test_title_in_a_fact_box_is_the_boxs if {
	count(editorial_note.report) == 0 with input as title_doc("Author: Maren Holt")
	count(editorial_note.report) == 0 with input as title_doc("Publisher: Northgate Books")
}

test_title_before_prose_is_assistant_text if {
	count(editorial_note.report) == 1 with input as title_doc("The storm reached the coast on Monday.")
}

# "TK" that the article uses as a name (the German health insurer) is not
# "to come", in any block; a "TK" in an article without that name still is.
test_tk_used_as_a_name_is_not_a_note if {
	blocks := [
		{"index": 0, "words": 20, "span": span(1), "tags": [{"class": "acronym-name", "text": "Techniker Krankenkasse", "span": span(1), "sentence": 0}]},
		{"index": 1, "words": 12, "span": span(2), "tags": [{"class": "editorial-note", "text": "TK", "span": span(2), "sentence": 1}]},
		{"index": 2, "words": 12, "span": span(3), "tags": [
			{"class": "acronym-name", "text": "TK", "span": span(3), "sentence": 2},
			{"class": "editorial-note", "text": "TK", "span": span(3), "sentence": 2},
		]},
	]
	count(editorial_note.report) == 0 with input as tagged({"blocks": blocks})
	count(editorial_note.report) == 1 with input as tagged({"blocks": [blocks[1]]})
}
