package newslint.lib.text_test

import data.newslint.lib.text

# An article whose text differs from its source: emphasis, an entity, a
# link and line breaks inside the paragraphs.
article := concat("\n", [
	"# Harbour &amp; ferry news",
	"",
	"The *night* ferry starts in May. The [council](https://example.org) met",
	"on Monday. The night ferry starts in May.",
	"",
	"Officials said the ferry &mdash; a trial &mdash; costs little.",
	"",
])

facts := newslint.facts(article, "markdown")

test_input_matches_name_block_and_sentence if {
	ms := text.find_phrases(facts, ["night ferry"]) with input as facts
	[[m.span.line, m.span.column, m.block, m.sentence, m.index] | some m in ms] == [[3, 6, 1, 1, 4], [4, 16, 1, 3, 62]]
}

test_span_covers_the_source_form if {
	ms := text.find_phrases(facts, ["harbour & ferry"]) with input as facts
	[[m.span.offset, m.span.end_offset, m.text] | some m in ms] == [[2, 21, "Harbour & ferry"]]
}

test_sentence_search_finds_the_right_repeat if {
	# The paragraph says "The night ferry starts in May." twice; the second
	# sentence is found at its own place.
	second := facts.sentences[3]
	ms := text.find(second, `ferry`) with input as facts
	[[m.span.line, m.span.column, m.index] | some m in ms] == [[4, 22, 10]]
}

test_find_groups_and_case if {
	# The last "ferry" has no word between "the" and it: an empty group.
	ms := text.find(facts, `(?i)the (?:(\w+) )?(ferry)`) with input as facts
	[m.groups | some m in ms] == [["night", "ferry"], ["night", "ferry"], ["", "ferry"]]
}

test_matches_across_a_line_break if {
	ms := text.find_phrases(facts, ["met on Monday"]) with input as facts
	[[m.span.line, m.span.column, m.span.end_line, m.span.end_column] | some m in ms] == [[3, 69, 4, 10]]
}

test_hand_written_input_is_taken_verbatim if {
	sentence := {"text": "A quiet ferry.", "span": {"offset": 100, "line": 7, "column": 3}}
	ms := text.find(sentence, `ferry`) with input as {"blocks": []}
	[[m.span.offset, m.span.line, m.span.column, m.span.end_column] | some m in ms] == [[108, 7, 11, 16]]
}

test_no_phrases_no_matches if {
	text.find_phrases(facts, []) == [] with input as facts
}
