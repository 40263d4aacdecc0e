# METADATA
# title: Article without a byline
# description: >-
#   Every article names its author: an author field (or another of the keys
#   option) in the front matter or page metadata, or a "By ..." line among
#   the first blocks of the text. The finding points at the front matter or
#   page metadata when there is some, else at the headline.
# custom:
#   id: byline-required
#   severity: error
#   options:
#     keys: [author, authors, byline]
#     body_blocks: 3
#   example:
#     bad: |
#       ---
#       title: Ferry timetable changes
#       ---
#       The summer timetable starts on Monday.
#     good: |
#       ---
#       title: Ferry timetable changes
#       author: Mira Castell
#       ---
#       The summer timetable starts on Monday.
package newslint.rules.custom.house.byline_required

import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

report contains finding if {
	not has_byline
	not blank_byline
	finding := result.fail_with(
		rego.metadata.chain(),
		where,
		"the article has no byline",
		{"suggestion": advice[input.format]},
	)
}

report contains finding if {
	some key in opts.keys
	blank(input.meta[key])
	not has_byline
	finding := result.fail(
		rego.metadata.chain(),
		input.meta_spans[key],
		sprintf("the byline field %q is empty", [key]),
	)
}

has_byline if {
	some key in opts.keys
	value := input.meta[key]
	not blank(value)
}

has_byline if {
	some block in array.slice(input.blocks, 0, opts.body_blocks)
	regex.match(`^(?i:by)\s+\p{Lu}`, block.text)
}

blank_byline if {
	some key in opts.keys
	blank(input.meta[key])
}

blank(v) if v == null

blank(v) if v == []

blank(v) if trim_space(v) == ""

# The front matter (or page metadata) when there is some: its first field.
where := span if {
	count(input.meta_spans) > 0
	first := min({s.offset | some s in input.meta_spans})
	some span in input.meta_spans
	span.offset == first
}

where := input.anchor if count(input.meta_spans) == 0

advice := {
	"markdown": "add the author to the front matter: author: NAME",
	"html": `add <meta name="author" content="NAME"> to the page`,
	"text": "add a line \"By NAME\" under the headline",
}
