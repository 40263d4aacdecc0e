# METADATA
# title: Words swapped by an article spinner
# description: >-
#   A fixed phrase has had its words swapped for "synonyms" that no writer
#   would choose ("sworn into workplace" for "sworn into office", "the twenty
#   third day of the 12 months" for "of the year", "synthetic intelligence"):
#   the mark of text run through a spinner to pass as original. One finding per
#   paragraph, listing what was found there.
# custom:
#   id: spun-text
#   severity: warning
#   needs: [tags.spun-text]
#   example:
#     bad: |
#       The new mayor was sworn into workplace on Monday after a close count.
#     good: |
#       The new mayor was sworn into office on Monday after a close count.
package newslint.rules.spam.spun_text

import data.newslint.lib.boilerplate
import data.newslint.lib.result

spun := boilerplate.tags("spun-text")

report contains finding if {
	some b in {t.block | some t in spun}
	found := [t | some t in spun; t.block == b]
	first := found[0]
	last := found[count(found) - 1]
	span := object.union(first.span, {"end_offset": last.span.end_offset, "end_line": last.span.end_line, "end_column": last.span.end_column})
	texts := [t.text | some t in found]
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("spun wording, a synonym swapped into a fixed phrase: %s", [boilerplate.quoted(texts)]),
		{"suggestion": "rewrite the passage from its source; a spinner's swaps are rarely alone"},
	)
}
