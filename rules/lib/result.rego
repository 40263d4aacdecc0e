# METADATA
# title: Result helpers
# description: Shape findings from a rule's METADATA.
package newslint.lib.result

# fail returns a finding of the calling rule at span:
#
#   finding := result.fail(rego.metadata.chain(), block.span, "message")
#
# The engine adds the category, severity (from METADATA or config), the path
# and the snippet.
fail(chain, span, message) := {
	"rule": rule_id(chain),
	"message": message,
	"span": span,
}

# fail_with is fail with extra fields, such as a suggestion or evidence:
#
#   result.fail_with(chain, span, msg, {"suggestion": "former President Trump"})
fail_with(chain, span, message, extra) := object.union(fail(chain, span, message), extra)

# rule_id is the custom.id of the nearest annotation in the chain that has
# one. Looked up by position, nearest first: a comprehension over the chain
# costs each query tens of microseconds.
rule_id(chain) := chain[0].annotations.custom.id if {
	chain[0].annotations.custom.id
} else := chain[1].annotations.custom.id if {
	chain[1].annotations.custom.id
} else := chain[2].annotations.custom.id if {
	chain[2].annotations.custom.id
} else := [entry.annotations.custom.id |
	some entry in chain
	entry.annotations.custom.id
][0]
