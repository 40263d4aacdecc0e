package newslint.rules.quality.duplicate_paragraph_test

import data.newslint.rules.quality.duplicate_paragraph

# with_lists adds the lists of repeats as the extractor makes them
# (docs/facts.md, block_lists and sentence_lists).
with_lists(inp) := object.union(inp, {
	"block_lists": {
		"repeats": [i | some i, b in object.get(inp, "blocks", []); b.repeat_of],
		"part_repeats": sort({s.block |
			some s in object.get(inp, "sentences", [])
			s.repeat_of
			not inp.blocks[s.block].repeat_of
		}),
	},
	"sentence_lists": {"repeats": [i | some i, s in object.get(inp, "sentences", []); s.repeat_of]},
})

span(line) := {"offset": line * 100, "end_offset": (line * 100) + 50, "line": line, "column": 1, "end_line": line, "end_column": 51}

options := {"duplicate-paragraph": {"min_words": 8, "max_question_words": 30}}

test_whole_paragraph_repeated if {
	findings := duplicate_paragraph.report with input as with_lists({
		"blocks": [
			{"index": 0, "words": 12, "span": span(1), "first_sentence": 0, "sentences": 1},
			{"index": 1, "words": 12, "span": span(3), "first_sentence": 1, "sentences": 1, "repeat_of": 0},
		],
		"sentences": [
			{"index": 0, "block": 0, "words": 12, "span": span(1)},
			{"index": 1, "block": 1, "words": 12, "span": span(3), "repeat_of": 0},
		],
	})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 3
	contains(f.message, "line 1")
	f.replacement == "" # the whole repeat can go
}

test_short_repeat_is_silent if {
	findings := duplicate_paragraph.report with input as with_lists({
		"blocks": [
			{"index": 0, "words": 2, "span": span(1), "first_sentence": 0, "sentences": 1},
			{"index": 1, "words": 2, "span": span(3), "first_sentence": 1, "sentences": 1, "repeat_of": 0},
		],
		"sentences": [],
	})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_paragraph_repeated_inside_a_longer_one if {
	findings := duplicate_paragraph.report with input as with_lists({
		"blocks": [
			{"index": 0, "words": 10, "span": span(1), "first_sentence": 0, "sentences": 1},
			{"index": 1, "words": 30, "span": span(3), "first_sentence": 1, "sentences": 3},
		],
		"sentences": [
			{"index": 0, "block": 0, "words": 10, "span": span(1)},
			{"index": 1, "block": 1, "words": 10, "span": span(3)},
			{"index": 2, "block": 1, "words": 10, "span": span(4), "repeat_of": 0},
			{"index": 3, "block": 1, "words": 10, "span": span(5)},
		],
	})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 4
	f.span.end_line == 4
}

test_option_raises_the_bar if {
	findings := duplicate_paragraph.report with input as with_lists({
		"blocks": [
			{"index": 0, "words": 12, "span": span(1), "first_sentence": 0, "sentences": 1},
			{"index": 1, "words": 12, "span": span(3), "first_sentence": 1, "sentences": 1, "repeat_of": 0},
		],
		"sentences": [],
	})
		with data.newslint.config.options as {"duplicate-paragraph": {"min_words": 20}}
	count(findings) == 0
}

test_repeated_headline_is_left_to_duplicate_title if {
	findings := duplicate_paragraph.report with input as with_lists({
		"title": {"key": "k1", "block": 0},
		"blocks": [
			{"index": 0, "words": 9, "key": "k1", "span": span(1), "first_sentence": 0, "sentences": 1},
			{"index": 1, "words": 9, "key": "k1", "span": span(3), "first_sentence": 1, "sentences": 1, "repeat_of": 0},
		],
		"sentences": [],
	})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_sentence_repeated_inside_its_own_paragraph if {
	sp := {"offset": 0, "end_offset": 60, "line": 1, "column": 1, "end_line": 1, "end_column": 61}
	later := {"offset": 61, "end_offset": 121, "line": 1, "column": 62, "end_line": 1, "end_column": 122}
	findings := duplicate_paragraph.report with input as with_lists({
		"title": {"key": "t"},
		"blocks": [{"index": 0, "key": "b0", "words": 20, "span": sp, "first_sentence": 0, "sentences": 2}],
		"sentences": [
			{"index": 0, "block": 0, "words": 10, "span": sp},
			{"index": 1, "block": 0, "words": 10, "span": later, "repeat_of": 0},
		],
	})
		with data.newslint.config.options as {"duplicate-paragraph": {"min_words": 8}}
	count(findings) == 1
	some f in findings
	f.span == later
	f.message == "this sentence was already published earlier in this paragraph"
}

# A section heading repeats its entry in the table of contents: silent,
# whether the entry is the whole block or a sentence after its number.
test_heading_repeating_a_contents_entry_is_silent if {
	findings := duplicate_paragraph.report with input as with_lists({
		"blocks": [
			{"index": 0, "words": 10, "span": span(1), "first_sentence": 0, "sentences": 1, "contents": true},
			{"index": 1, "words": 11, "span": span(2), "first_sentence": 1, "sentences": 2, "contents": true},
			{"index": 2, "words": 10, "span": span(4), "first_sentence": 3, "sentences": 1, "repeat_of": 0},
			{"index": 3, "words": 10, "span": span(6), "first_sentence": 4, "sentences": 1},
		],
		"sentences": [
			{"index": 0, "block": 0, "words": 10, "span": span(1)},
			{"index": 1, "block": 1, "words": 1, "span": span(2)},
			{"index": 2, "block": 1, "words": 10, "span": span(2)},
			{"index": 3, "block": 2, "words": 10, "span": span(4), "repeat_of": 0},
			{"index": 4, "block": 3, "words": 10, "span": span(6), "repeat_of": 2},
		],
	})
		with data.newslint.config.options as options
	count(findings) == 0
}

# The same repeats of ordinary paragraphs are reported.
test_heading_repeating_a_paragraph_is_reported if {
	findings := duplicate_paragraph.report with input as with_lists({
		"blocks": [
			{"index": 0, "words": 10, "span": span(1), "first_sentence": 0, "sentences": 1},
			{"index": 1, "words": 11, "span": span(2), "first_sentence": 1, "sentences": 2},
			{"index": 2, "words": 10, "span": span(4), "first_sentence": 3, "sentences": 1, "repeat_of": 0},
			{"index": 3, "words": 10, "span": span(6), "first_sentence": 4, "sentences": 1},
		],
		"sentences": [
			{"index": 0, "block": 0, "words": 10, "span": span(1)},
			{"index": 1, "block": 1, "words": 1, "span": span(2)},
			{"index": 2, "block": 1, "words": 10, "span": span(2)},
			{"index": 3, "block": 2, "words": 10, "span": span(4), "repeat_of": 0},
			{"index": 4, "block": 3, "words": 10, "span": span(6), "repeat_of": 2},
		],
	})
		with data.newslint.config.options as options
	count(findings) == 2
}

test_sentence_repeating_the_headline_is_left_to_duplicate_title if {
	doc := {
		"title": {"block": 0, "key": "who chairs the board"},
		"blocks": [
			{"index": 0, "words": 10, "span": span(1), "first_sentence": 0, "sentences": 1},
			{"index": 1, "words": 30, "span": span(3), "first_sentence": 1, "sentences": 2},
		],
		"sentences": [
			{"index": 0, "block": 0, "words": 10, "span": span(1)},
			{"index": 1, "block": 1, "words": 10, "span": span(3), "repeat_of": 0},
			{"index": 2, "block": 1, "words": 20, "span": span(4)},
		],
	}
	silent := duplicate_paragraph.report with input as with_lists(doc) with data.newslint.config.options as options
	count(silent) == 0
	moved := json.patch(doc, [{"op": "replace", "path": "/title/block", "value": -1}])
	found := duplicate_paragraph.report with input as with_lists(moved) with data.newslint.config.options as options
	count(found) == 1
}

# An interviewer puts the same question to two guests, an answer between:
# not a paste. The answer pasted twice is, and so is the question printed
# twice in a row, or a question that is the page's headline.
test_a_question_asked_again_is_silent if {
	q := "What will you do first when the new quay opens to the ferries?"
	page := {
		"blocks": [
			{"index": 0, "words": 6, "span": span(1), "first_sentence": 0, "sentences": 1},
			{"index": 1, "words": 12, "span": span(3), "first_sentence": 1, "sentences": 1},
			{"index": 2, "words": 12, "span": span(5), "first_sentence": 2, "sentences": 1},
			{"index": 3, "words": 12, "span": span(7), "first_sentence": 3, "sentences": 1, "repeat_of": 1},
		],
		"sentences": [
			{"index": 0, "block": 0, "words": 6, "span": span(1), "text": "Two skippers on the new quay"},
			{"index": 1, "block": 1, "words": 12, "span": span(3), "text": q},
			{"index": 2, "block": 2, "words": 12, "span": span(5), "text": "I will take my daughter across to see her grandmother."},
			{"index": 3, "block": 3, "words": 12, "span": span(7), "repeat_of": 1, "text": q},
		],
	}
	count(duplicate_paragraph.report) == 0 with input as with_lists(page) with data.newslint.config.options as options

	answer := json.patch(page, [
		{"op": "replace", "path": "/sentences/1/text", "value": "We will sail to the island and back on the first morning."},
		{"op": "replace", "path": "/sentences/3/text", "value": "We will sail to the island and back on the first morning."},
	])
	count(duplicate_paragraph.report) == 1 with input as with_lists(answer) with data.newslint.config.options as options

	twice := json.patch(page, [
		{"op": "add", "path": "/blocks/2/repeat_of", "value": 1},
		{"op": "replace", "path": "/sentences/2/text", "value": q},
		{"op": "add", "path": "/sentences/2/repeat_of", "value": 1},
	])
	count(duplicate_paragraph.report) == 1 with input as with_lists(twice) with data.newslint.config.options as options

	headline := object.union(page, {"title": {"block": 1}})
	count(duplicate_paragraph.report) == 1 with input as with_lists(headline) with data.newslint.config.options as options

	# The headline, printed again as the page's H1, begins with it.
	printed := json.patch(page, [
		{"op": "add", "path": "/title", "value": {"block": 0, "text": concat(" – ", [q, "Harbour News"])}},
		{"op": "add", "path": "/blocks/1/text", "value": q},
	])
	count(duplicate_paragraph.report) == 1 with input as with_lists(printed) with data.newslint.config.options as options
}
