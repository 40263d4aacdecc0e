# METADATA
# title: Template placeholder left in the text
# description: >-
#   A placeholder nobody filled in was published: "[INSERT QUOTE]",
#   "[Company Name]", "{{author_name}}", "Lorem ipsum".
# custom:
#   id: template-placeholder
#   severity: error
package newslint.rules.quality.template_placeholder

import data.newslint.lib.boilerplate
import data.newslint.lib.result

report contains finding if {
	some x in boilerplate.tags("placeholder")
	finding := result.fail_with(
		rego.metadata.chain(),
		x.tag.span,
		sprintf("template placeholder %q left in the text", [x.tag.text]),
		{"suggestion": sprintf("replace %q with the real text, or remove it", [x.tag.text])},
	)
}
