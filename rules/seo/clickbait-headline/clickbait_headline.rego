# METADATA
# title: Teaser headline
# description: >-
#   The headline teases instead of telling ("1 Move That Pleases Russia",
#   "You Won't Believe ...", "Here's Why ...", "Vous ne croirez jamais
#   ...", "7 Dinge, die Sie ...", "No creerás ..."), in English, French,
#   German and Spanish. Reported for information: editors decide.
# custom:
#   id: clickbait-headline
#   severity: info
#   needs: [title.tags]
package newslint.rules.seo.clickbait_headline

import data.newslint.lib.result

report contains finding if {
	some t in input.title.tags
	t.class == "clickbait"
	finding := result.fail_with(
		rego.metadata.chain(),
		input.title.span,
		sprintf("teaser headline: %q", [t.text]),
		{"suggestion": "say what happened instead of teasing it"},
	)
}
