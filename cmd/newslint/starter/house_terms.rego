# METADATA
# title: Word the house style replaces
# description: >-
#   The style guide prefers a plainer word. The list is the rule's terms
#   option: edit it here, or override it in .newslint.toml under
#   [rules.house-terms].
# custom:
#   id: house-terms
#   severity: warning
#   options:
#     terms:
#       utilise: use
#       in order to: to
#       whilst: while
#       amidst: amid
#   example:
#     bad: The council will utilise the old depot whilst the bridge is closed.
#     good: The council will use the old depot while the bridge is closed.
package newslint.rules.custom.house.house_terms

import data.newslint.lib.config
import data.newslint.lib.result
import data.newslint.lib.text

opts := config.options(rego.metadata.chain())

report contains finding if {
	some m in text.find_phrases(input, object.keys(opts.terms))
	better := same_case(opts.terms[m.phrase], m.text)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("the house style writes %q, not %q", [better, m.text]),
		{"suggestion": better},
	)
}

# same_case capitalises the replacement when the word it replaces starts
# with a capital ("Utilise" -> "Use").
same_case(word, like) := concat("", [upper(substring(word, 0, 1)), substring(word, 1, -1)]) if {
	first := substring(like, 0, 1)
	first != lower(first)
}

same_case(word, like) := word if {
	first := substring(like, 0, 1)
	first == lower(first)
}
