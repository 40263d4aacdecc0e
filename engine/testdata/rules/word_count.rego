# METADATA
# title: Article word count (test rule about the whole document)
# description: Test rule for the engine; reports the word count at the document's anchor.
# custom:
#   id: test-word-count
#   severity: info
#   scope: document
package newslint.rules.custom.test.word_count

import data.newslint.lib.result

report contains finding if {
	input.stats.words > 0
	finding := result.fail(rego.metadata.chain(), input.anchor, sprintf("%d words", [input.stats.words]))
}
