# METADATA
# title: Page furniture pasted into the article
# description: >-
#   Text of the page around the article ("Related posts", "Share this:", "Like
#   this:", "Download PDF", newsletter and cookie notices, calls to action such
#   as "Join us on Telegram", platform disclaimers, "Read more", tag lists)
#   stands in the body. A label that heads teaser headlines ("More Stories")
#   is reported with them by injected-block.
# custom:
#   id: page-chrome
#   severity: warning
#   needs: [runs]
#   example:
#     bad: |
#       The tram line to the airport will open in four years, the council said.
#
#       Join us on Telegram
#     good: |
#       The tram line to the airport will open in four years, the council said.
package newslint.rules.spam.page_chrome

import data.newslint.lib.boilerplate

report contains finding if {
	some run in boilerplate.body_runs("page-chrome")
	not heads_teasers(run)
	finding := boilerplate.run_finding(rego.metadata.chain(), run, "page furniture")
}

# The run is only labels of teaser units ("More Stories", "Related Tags"),
# which injected-block reports with their headlines.
heads_teasers(run) if {
	labels := {i | some t in object.get(input, "teasers", []); some i in object.get(t, "labels", [])}
	every i in numbers.range(run.first_block, run.last_block) {
		labels[i]
	}
}
