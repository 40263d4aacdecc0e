# METADATA
# title: Template placeholder left in the text
# description: >-
#   A placeholder nobody filled in was published: "[INSERT QUOTE]",
#   "[Company Name]", "{{author_name}}", "Lorem ipsum", a slot noun in
#   brackets ("[candidate's name]", "[position]", a "[City, State] –"
#   dateline). A bracketed label followed by its value ("[Date] April 15") and
#   an editor's insertion in a quote ("[the company]") are not placeholders.
# custom:
#   id: template-placeholder
#   severity: error
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
report contains finding if {
	some key in {[t.block, t.sentence] | some t in placeholders}
	found := [t | some t in placeholders; [t.block, t.sentence] == key]
	first := found[0]
	last := found[count(found) - 1]
	span := object.union(first.span, {"end_offset": last.span.end_offset, "end_line": last.span.end_line, "end_column": last.span.end_column})
	texts := [t.text | some t in found]
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("template placeholder left in the text: %s", [boilerplate.quoted(texts)]),
		{"suggestion": sprintf("replace %s with the real text, or remove it", [boilerplate.quoted(texts)])},
	)
}

placeholders := boilerplate.tags("placeholder")
