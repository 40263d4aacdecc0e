# METADATA
# title: Elapsed time contradicts a known event's date
# description: >-
#   A duration tied to a known event ("the three-year war", "nearly three
#   years since Russia's full-scale invasion", "the war, now in its fourth
#   year") does not fit the time between the event and the article's date
#   (or a later date the sentence gives). Each wording bounds the elapsed
#   time — an exact figure N means N to N+1, "nearly N" N-1 to N, "about N"
#   N±½, "more than N" N to N+1 — and tolerance_days widens the bounds.
# custom:
#   id: elapsed-time-mismatch
#   severity: warning
#   options:
#     tolerance_days: 45
#   example:
#     bad: |-
#       ---
#       date: 2024-06-10
#       ---
#       Traders say the three-year war that began with Russia's full-scale invasion has reshaped grain routes.
#     good: |-
#       ---
#       date: 2024-06-10
#       ---
#       Traders say the war that began with Russia's full-scale invasion more than two years ago has reshaped grain routes.
package newslint.rules.temporal.elapsed_time_mismatch

import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.result
import data.newslint.lib.when

opts := config.options(rego.metadata.chain())

report contains finding if {
	some d in input.durations
	d.event
	e := data.newslint.kb.events[d.event]
	t := at(d, e)
	lo := dates.days_between(e.date, t.start)
	hi := dates.days_between(e.date, t.end)
	lo >= 0
	outside(lo, hi, d)
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		sprintf("%q does not fit: %s passed between %s (%s) and %s (%s)", [
			d.text, dates.elapsed(lo), e.name, e.date, day_text(t), when.describe(t),
		]),
		{
			"suggestion": sprintf("%s since %s", [dates.elapsed(lo), e.name]),
			"evidence": {"event": e.id, "event_date": e.date, "elapsed_days": lo, "stated_min_days": d.min_days, "stated_max_days": d.max_days},
		},
	)
}

day_text(t) := t.end if t.start == t.end

day_text(t) := sprintf("%s to %s", [t.start, t.end]) if t.start != t.end

outside(lo, _, d) if lo > d.max_days + opts.tolerance_days

outside(_, hi, d) if hi < d.min_days - opts.tolerance_days

# at: the time the duration runs to — a date in its sentence after the
# event, else the article's date.
at(d, e) := t if {
	later := [x |
		some x in input.dates
		x.sentence == d.sentence
		x.start
		x.precision != "weekday"
		x.start > e.date
	]
	count(later) > 0
	t := {"start": later[0].start, "end": later[0].end, "source": "sentence", "text": later[0].text}
} else := t if {
	input.date.start
	t := {"start": input.date.start, "end": input.date.end, "source": input.date.source, "text": object.get(input.date, "text", "")}
}
