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

span(line) := {"offset": line * 100, "end_offset": line * 100 + 40, "line": line, "column": 1, "end_line": line, "end_column": 41}

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
