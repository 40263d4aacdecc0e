# METADATA
# title: Article's date in the metadata cannot be read
# description: >-
#   A metadata field meant to hold the article's date (front matter date,
#   published, lastmod…; an HTML meta tag, JSON-LD or <time datetime>) holds
#   something that is not a calendar date: "2025-02-30", "next tuesday", a
#   template variable left unfilled. The field is not used; when nothing
#   else dates the article, the checks that need its date are skipped, and
#   the finding says so.
# custom:
#   id: unreadable-date
#   severity: warning
#   needs: [date.unreadable]
#   example:
#     bad: |-
#       ---
#       title: Council approves the harbour budget
#       date: 2025-02-30
#       ---
#       The council approved the harbour budget on Tuesday.
#     good: |-
#       ---
#       title: Council approves the harbour budget
#       date: 2025-02-28
#       ---
#       The council approved the harbour budget on Tuesday.
package newslint.rules.temporal.unreadable_date

import data.newslint.lib.result
import data.newslint.lib.when

report contains finding if {
	some u in object.get(input.date, "unreadable", [])
	finding := result.fail_with(
		rego.metadata.chain(),
		u.span,
		sprintf("the metadata field %q holds %q, which is %s; %s", [u.key, u.text, u.reason, consequence]),
		{
			"suggestion": "write the article's date as a day that exists, YYYY-MM-DD",
			"evidence": {"key": u.key, "value": u.text, "reason": u.reason, "article_date": object.get(input.date, "value", ""), "article_date_source": input.date.source},
		},
	)
}

consequence := "checks that need the article's date were skipped" if {
	input.date.source == "none"
} else := sprintf("the article's date, %s, was taken from elsewhere (%s)", [input.date.value, when.describe(t)]) if {
	t := {"start": input.date.start, "end": input.date.end, "source": input.date.source, "text": object.get(input.date, "text", "")}
}
