# METADATA
# title: Headline repeated as body text
# description: >-
#   The headline appears again in the body, as a paragraph or a heading. It
#   happens when a CMS template prints the headline and the pasted article
#   carries it too; readers see it twice. The header cluster at the top of a
#   page (site name, page title, H1, dateline, standfirst) is never a duplicate
#   of itself, a metadata title of at most three capitalised words is a site
#   name, not a headline, and a "title" the lexicon names as page furniture
#   ("Advertisement", "RSS") is no headline either.
# custom:
#   id: duplicate-title
#   fixable: true
#   severity: warning
#   needs: [title.copies]
#   example:
#     bad: |
#       # Harbour reopens after storm repairs
#
#       The east harbour reopened to ferries on Thursday after six weeks of work.
#
#       Harbour reopens after storm repairs
#     good: |
#       # Harbour reopens after storm repairs
#
#       The east harbour reopened to ferries on Thursday after six weeks of work.
package newslint.rules.quality.duplicate_title

import data.newslint.lib.result

report contains finding if {
	some i in input.title.copies
	block := input.blocks[i]
	not leading_heading(block)
	not block.in_header
	not site_name
	not furniture_title
	finding := result.fail_with(
		rego.metadata.chain(),
		block.span,
		sprintf("the headline %q is repeated as body text", [input.title.text]),
		{"suggestion": "remove the repeated headline", "replacement": ""},
	)
}

# A page may open with its headline as a first-level heading after the same
# title in front matter or <title>: that is the headline shown once. When
# the headline is itself a block, any other block with its text repeats it.
leading_heading(block) if {
	input.title.block == -1
	block.kind == "heading"
	every earlier in array.slice(input.blocks, 0, block.index) {
		earlier.kind == "heading"
	}
}

# A metadata title of at most three capitalised words is the site's name
# ("Harbour Gazette"), which pages repeat in their header and footer.
site_name if {
	input.title.block == -1
	words := split(trim_space(input.title.text), " ")
	count(words) <= 3
	every w in words {
		regex.match(`^\p{Lu}`, w)
	}
}

# A first line the lexicon names as page furniture ("Advertisement", "RSS",
# "Share") was taken for the title of a saved page: its repeats are
# page-chrome's to report.
furniture_title if {
	some t in object.get(input.title, "tags", [])
	t.class in {"page-chrome", "comment-form", "rating-widget"}
}
