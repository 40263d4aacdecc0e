# METADATA
# title: SEO plugin output in the article
# description: >-
#   A line printed by an SEO plugin ("88 / 100 SEO Score", "Focus keyphrase", "Readability score") was published as part of the article.
# custom:
#   id: seo-score-leak
#   severity: warning
#   needs: [runs]
package newslint.rules.spam.seo_score_leak

import data.newslint.lib.boilerplate

report contains finding if {
	some run in boilerplate.body_runs("seo-score")
	finding := boilerplate.run_finding(rego.metadata.chain(), run, "SEO-plugin output")
}
