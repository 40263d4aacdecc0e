# METADATA
# title: Rating widget pasted into the article
# description: >-
#   A star-rating widget ("How useful was this post?", "Click on a star to rate it!", "Average rating 0 / 5") was copied into the body along with the article.
# custom:
#   id: rating-widget
#   severity: warning
#   needs: [runs]
package newslint.rules.spam.rating_widget

import data.newslint.lib.boilerplate

report contains finding if {
	some run in boilerplate.body_runs("rating-widget")
	finding := boilerplate.run_finding(rego.metadata.chain(), run, "rating widget")
}
