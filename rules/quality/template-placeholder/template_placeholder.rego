# METADATA
# title: Template placeholder left in the text
# description: >-
#   A placeholder nobody filled in was published: "[INSERT QUOTE]",
#   "[Company Name]", "{{author_name}}", "{keyword}", "%SITE_NAME%", "see [link]",
#   "INSERT CITY HERE", "[PHONE]", "Lorem ipsum", a slot noun in
#   brackets ("[candidate's name]", "[position]", a "[City, State] –"
#   dateline). A bracketed label followed by its value ("[Date] April 15") and
#   an editor's insertion in a quote ("[the company]") are not placeholders,
#   and neither is dummy text that a story about it names (‘designers still
#   use Lorem ipsum’, ‘the passage begins "Lorem ipsum dolor sit amet"’).
# custom:
#   id: template-placeholder
#   severity: error
#   needs: [tags.placeholder]
#   example:
#     bad: |
#       The new harbourmaster, [candidate's name], will take up the post in June.
#     good: |
#       The new harbourmaster, Ana Brook, will take up the post in June.
package newslint.rules.quality.template_placeholder

import data.newslint.lib.boilerplate
import data.newslint.lib.result

# One finding per sentence: "Lorem ipsum dolor sit amet, consectetur
# adipiscing elit" matches three entries but is one placeholder.
# One finding per block, from the first placeholder to the last.
report contains finding if {
	some _, found in boilerplate.by_block(placeholders)
	span := boilerplate.spanning(found[0].span, found[count(found) - 1].span)
	texts := [t.text | some t in found]
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("template placeholder left in the text: %s", [boilerplate.quoted(texts)]),
		{"suggestion": sprintf("replace %s with the real text, or remove it", [boilerplate.quoted(texts)])},
	)
}

placeholders := [t | some t in boilerplate.tags("placeholder"); not cited(t)]

# Dummy text in quotation marks ("The passage begins “Lorem ipsum dolor sit
# amet”") is named, not left in; a slot in brackets or braces stays a slot
# in a quotation too ("“We will open in [city],” she said").
cited(t) if {
	t.quoted
	not regex.match(`[\[\]{}<>%$]`, t.text)
}
