# METADATA
# title: Slow rule (test only)
# description: Spends seconds in evaluation, to test the per-request timeout.
# custom:
#   id: test-slow
#   severity: info
package newslint.rules.custom.test.slow

import data.newslint.lib.result

report contains finding if {
	input.format == "text"
	not never
	finding := result.fail(rego.metadata.chain(), input.anchor, "slow")
}

# never walks 25 million pairs and finds none.
never if {
	some i in numbers.range(1, 5000)
	some j in numbers.range(1, 5000)
	i * j == -1
}
