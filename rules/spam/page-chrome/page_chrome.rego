# METADATA
# title: Page furniture pasted into the article
# description: >-
#   Text of the page around the article ("Related posts", "Share this:", "Like this:", "Download PDF", newsletter and cookie notices, "Read more", tag lists) stands in the body.
# custom:
#   id: page-chrome
#   severity: warning
package newslint.rules.spam.page_chrome

import data.newslint.lib.boilerplate

report contains finding if {
	some run in boilerplate.body_runs("page-chrome")
	finding := boilerplate.run_finding(rego.metadata.chain(), run, "page furniture")
}
