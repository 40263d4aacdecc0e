# METADATA
# title: Past event dated after the article
# description: >-
#   A sentence in the past tense reports a date later than the article's own
#   date ("The talks ended on 18 May 2026" in an article dated 2025-05-20).
#   Sentences with a future marker ("will", "is scheduled", "next") are
#   plans and stay silent. Judged only when the article's date is stated —
#   by --date, metadata, a dateline, its address or the configuration —
#   never from the dates the text merely mentions. A date known only to its
#   month or year counts to the end of that range. Dates without a written
#   year are skipped unless include_inferred_year is set.
# custom:
#   id: date-after-publication
#   severity: warning
#   options:
#     grace_days: 1
#     include_inferred_year: false
#   example:
#     bad: |-
#       ---
#       date: 2025-05-20
#       ---
#       Union members approved the deal in a vote that ended on 18 May 2026.
#     good: |-
#       ---
#       date: 2025-05-20
#       ---
#       Union members approved the deal in a vote that ended on 18 May 2025.
package newslint.rules.temporal.date_after_publication

import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.result
import data.newslint.lib.when

opts := config.options(rego.metadata.chain())

report contains finding if {
	input.date.source in {"flag", "metadata", "dateline", "url", "config"}
	some d in input.dates
	d.start > limit
	d.precision in {"day", "month", "season"}
	checked_year(d)
	tense := object.get(input.sentences[d.sentence], "tense", [])
	"past" in tense
	not "future" in tense
	t := {"start": input.date.start, "end": input.date.end, "source": input.date.source, "text": object.get(input.date, "text", "")}
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		sprintf("the sentence reports %q (%s) in the past tense, but the article is dated %s (%s)", [
			d.text, d.start, input.date.value, when.describe(t),
		]),
		{
			"suggestion": "check the date (a year off?) or the article's date",
			"evidence": {"date": d.start, "article_date": input.date.value, "article_date_source": input.date.source},
		},
	)
}

# limit: the last day a past event may have, the article's date and its
# grace days.
limit := dates.add_days(input.date.end, opts.grace_days)

checked_year(d) if not d.year_inferred

checked_year(d) if {
	d.year_inferred
	opts.include_inferred_year
}
