# METADATA
# title: Headline in upper case (test rule with a fix)
# description: Test rule for the engine; offers the upper-cased headline as a replacement.
# custom:
#   id: test-upper-title
#   severity: info
package newslint.rules.custom.test.upper_title

import data.newslint.lib.result

report contains finding if {
	input.title.text != upper(input.title.text)
	finding := result.fail_with(
		rego.metadata.chain(),
		input.title.span,
		"the headline is not in upper case",
		{"suggestion": upper(input.title.text), "replacement": upper(input.title.text)},
	)
}
