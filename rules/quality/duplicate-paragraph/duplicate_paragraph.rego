# METADATA
# title: Paragraph or sentences published twice
# description: >-
#   A paragraph repeats an earlier one, or its sentences repeat text already
#   published earlier in the article (a paragraph pasted twice, or pasted
#   again inside a longer one, or a sentence repeated inside its own
#   paragraph). Short repeats such as one-word headings are ignored, and so
#   is a section heading that repeats its entry in a table of contents, and
#   a short question (at most max_question_words), which an interviewer
#   may put to several people in turn.
# custom:
#   id: duplicate-paragraph
#   fixable: true
#   severity: warning
#   options:
#     min_words: 8
#     max_question_words: 30
#   needs: [block_lists.repeats, block_lists.part_repeats]
#   example:
#     bad: |
#       The council approved next year's budget on Tuesday after a long debate.
#
#       Members also agreed to review parking fees in the spring.
#
#       The council approved next year's budget on Tuesday after a long debate.
#     good: |
#       The council approved next year's budget on Tuesday after a long debate.
#
#       Members also agreed to review parking fees in the spring.
package newslint.rules.quality.duplicate_paragraph

import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

# A whole block that repeats an earlier block.
report contains finding if {
	some i in input.block_lists.repeats
	block := input.blocks[i]
	block.words >= opts.min_words
	not repeats_headline(block)
	not question_block(block)
	first := input.blocks[block.repeat_of]
	not first.contents
	finding := result.fail_with(
		rego.metadata.chain(),
		block.span,
		sprintf("this paragraph repeats the one at line %d", [first.span.line]),
		{"suggestion": "remove the repeated paragraph", "replacement": ""},
	)
}

# Sentences of a block that repeat sentences of other, earlier blocks: one
# finding for the block, from its first repeated sentence to its last.
report contains finding if {
	some b, repeated in repeats_by_block
	sum([s.words | some s in repeated]) >= opts.min_words
	first := repeated[0]
	last := repeated[count(repeated) - 1]
	span := object.union(first.span, {
		"end_offset": last.span.end_offset,
		"end_line": last.span.end_line,
		"end_column": last.span.end_column,
	})
	original := input.sentences[first.repeat_of]
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("%s already published %s", [sentences_word(count(repeated)), where(original, b)]),
		{"suggestion": "remove the repeated text"},
	)
}

# repeats_by_block maps a block that is not itself a whole repeat (facts:
# block_lists.part_repeats) to its sentences that repeat an earlier
# sentence, in order. Built as one comprehension over each block's own
# sentences, so that it stays linear on a long page (a partial object
# scanning every sentence per block was not).
repeats_by_block := {b: [s |
	some i in numbers.range(first, (first + input.blocks[b].sentences) - 1)
	s := input.sentences[i]
	s.repeat_of
	not outline_entry(s)
	not of_headline(s)
	not asked_again(s)
] |
	some b in input.block_lists.part_repeats
	first := input.blocks[b].first_sentence
}

# A section heading repeats its entry in the article's table of contents
# by design (facts: blocks' contents).
outline_entry(s) if input.blocks[input.sentences[s.repeat_of].block].contents

# An interview's question, asked again of another guest ("ST: What do you
# think it means?", "¿Han tenido una instancia …? Ya sea …").
# The question first: most short paragraphs are not one.
question_block(block) if {
	block.words <= opts.max_question_words
	question(input.sentences[block.first_sentence])

	# An answer stands between: a question printed twice in a row is a
	# paste.
	block.index - block.repeat_of >= 2

	# The page's first block, a question, is its headline, and so is a
	# question the headline begins with.
	not block.repeat_of in headline_blocks
	not begins_headline(input.blocks[block.repeat_of])
}

headline_blocks := {0, object.get(input, ["title", "block"], 0)}

asked_again(s) if {
	question(s)
	s.block - input.sentences[s.repeat_of].block >= 2
}

begins_headline(b) if startswith(input.title.text, trim_space(b.text))

question(s) if {
	s.words <= opts.max_question_words
	endswith(trim_space(s.text), "?")
}

# A repeated headline is duplicate-title's finding, not this rule's.
repeats_headline(block) if block.key == input.title.key

of_headline(s) if input.sentences[s.repeat_of].block == input.title.block

sentences_word(1) := "this sentence was"

sentences_word(n) := sprintf("these %d sentences were", [n]) if n > 1

where(original, b) := "earlier in this paragraph" if original.block == b

where(original, b) := sprintf("at line %d", [original.span.line]) if original.block != b
