# METADATA
# title: Image alt text or caption pasted between paragraphs
# description: >-
#   A short line without a verb ("Empty chairs at a negotiating table with
#   flags") stands alone between paragraphs: the alt text or caption of an
#   image that was lost when the article was copied. Credits ("Photo: ..."),
#   real captions (figcaption) and lines the lexicon already names (an AI
#   note, a widget) are left alone. English only; reported for information.
# custom:
#   id: image-caption-leak
#   severity: info
#   options:
#     min_words: 5
#     neighbour_words: 20
#   needs: [block_lists.verbless]
package newslint.rules.quality.image_caption_leak

import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

report contains finding if {
	some i in input.block_lists.verbless
	b := input.blocks[i]
	not b.question
	not b.line
	b.words >= opts.min_words
	not headline_case(b)
	not bullet(b.text)
	not lede(i, b.text)
	not labelled(b.text)
	not endswith(b.text, ":")
	not claimed(b)
	body(i + 1)
	before(i - 1)
	finding := result.fail_with(
		rego.metadata.chain(),
		b.span,
		sprintf("this line reads like an image caption or alt text: %q", [b.text]),
		{"suggestion": "remove the line, or restore the image it describes"},
	)
}

# A section's heading is written in title case, its small words too
# ("The Harbour's Big Bet: Ferries Without Diesel"); a caption capitalises
# names only ("Harbour Master Ana Brook arrives at the Quay"). A symbol,
# an emoji or a dash opens a list's item.
headline_case(b) if {
	b.title_case
	regex.match(`\s(?:A|An|Of|In|On|At|To|For|With|Without|And|Or|From|By|As|Is|Are|How|Why|What|Your|Its)\s`, b.text)
}

# A line that opens with its label and a colon is a note to readers
# ("Editor's note: …", "Content warning: …"), not a picture's words.
labelled(text) if regex.match(`^[\p{L}'’ ]{2,30}:\s`, text)

bullet(text) if regex.match(`^[\p{So}\p{Sk}\p{Sm}•▪►✓✔→*–—-]`, text)

# A place in capitals and a dash open a story's first paragraph, its
# dateline ("WASHINGTON —", "NEW DELHI / BRASÍLIA —", "PARIS (AP) —"): a
# lede, whatever its verbs, when no paragraph comes before it. An
# agency's caption opens alike ("FILE -", "KYIV, UKRAINE - JUNE 12:"),
# and stays a caption.
lede(i, text) if {
	not body(i - 1)
	regex.match(`^\p{Lu}[\p{Lu}\s.'’/,-]{1,60}(?:\([^)]{1,20}\)\s*)?[—–-]{1,2}\s`, text)
	not startswith(text, "FILE")
	not regex.match(`^[^:]{1,80}[—–-]\s*\p{Lu}+\.? \d{1,2}(?:, \d{4})?:`, text)
}

body(i) if {
	b := input.blocks[i]
	b.kind == "paragraph"
	b.words >= opts.neighbour_words
}

before(i) if body(i)

before(i) if input.blocks[i].kind == "heading"

# A line the lexicon names as something else (an AI note, a widget, a
# credit) is reported as that, or is fine; a shortcode around a caption is
# still a caption.
claimed(b) if {
	some t in b.tags
	t.class != "markup-leak"
}
