# METADATA
# title: Elapsed time contradicts a known event's date or a time in office
# description: >-
#   A duration tied to a known event ("the three-year war", "nearly three
#   years since Russia's full-scale invasion", "the war, now in its fourth
#   year") does not fit the time between the event and the article's date
#   (or a later date the sentence gives). Each wording bounds the elapsed
#   time — an exact figure N means N to N+1, "nearly N" N-1 to N, "about N"
#   N±½, "more than N" N to N+1 — and tolerance_days widens the bounds.
#   French, German and Spanish tie durations the same way ("trois ans
#   après", "drei Jahre nach", "tres años después de"), and a time counted
#   back from the article to the event its sentence names ("The Madrid
#   bombings happened 19 years ago", "Il y a huit ans, l'attentat du
#   Bataclan …"). "N years after" in a
#   sentence told in the past tells of a moment then and is not judged. The
#   same holds for a holder's time in office ("Keir Starmer, who has been
#   prime minister for two years", "who has been in office for two years",
#   "Two years into his premiership, Prime Minister Keir Starmer …"), counted from the start of their
#   unbroken run of terms (or over all their terms, when the figure fits
#   those). And a step from one date of the story to the next ("two days
#   later, on 7 June", "zwei Tage zuvor, am 1. Juni") must reach its date
#   from one of the dates of a day written just before it. So must a
#   length of time followed by the dates it runs between ("for 87 days,
#   from December 27, 2024, to April 24, 2025": 118 days), and a time
#   counted back from the article with the date it names beside it ("Two
#   years ago, in February 2022").
# custom:
#   id: elapsed-time-mismatch
#   severity: warning
#   needs: [durations]
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

import data.newslint.lib.claims
import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.kb
import data.newslint.lib.result
import data.newslint.lib.when

opts := config.options(rego.metadata.chain())

report contains finding if {
	some d in input.durations
	d.event
	not narrated(d)
	e := data.newslint.kb.events[d.event]
	t := at(object.get(dates.by_sentence, d.sentence, []), e)
	lo := dates.days_between(e.date, t.start)
	hi := dates.days_between(e.date, t.end)
	lo >= 0
	outside(lo, hi, d)
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		sprintf("%q does not fit: %s passed between %s (%s) and %s (%s)", [
			d.text, dates.elapsed_span(lo, hi), e.name, e.date, day_text(t), when.describe(t),
		]),
		{
			"suggestion": sprintf("%s since %s", [dates.elapsed_span(lo, hi), e.name]),
			"evidence": {"event": e.id, "event_date": e.date, "elapsed_days": lo, "stated_min_days": d.min_days, "stated_max_days": d.max_days},
		},
	)
}

# A holder's time in office: "Keir Starmer, who has been prime minister for
# two years", counted from the start of the unbroken run of terms that
# holds the time the sentence speaks of.
report contains finding if {
	some d in input.durations
	is_number(d.mention)
	m := input.mentions[d.mention]
	m.claim == "current"
	t := when.written(m)
	terms := kb.terms_of(m.person, m.role)
	some i, term in terms
	kb.covers(term, t.start)
	start := run_start(terms, i)
	lo := dates.days_between(start, t.start)
	hi := dates.days_between(start, t.end)
	outside(lo, hi, d)
	not fits_all_terms(terms, i, start, t, d)
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		sprintf("%q does not fit: %s had been %s for %s %s, in office since %s", [
			d.text, claims.holder(term), kb.role_name(m.role), dates.elapsed_span(lo, hi), when.when_text(t), start,
		]),
		{
			"suggestion": sprintf("%s (in office since %s)", [dates.elapsed_span(lo, hi), start]),
			"evidence": {"person": m.person, "role": m.role, "since": start, "date": {"start": t.start, "end": t.end, "source": t.source}, "elapsed_days": lo, "stated_min_days": d.min_days, "stated_max_days": d.max_days},
		},
	)
}

# A span counted from an earlier moment of the story ("two days later, on
# June 7", "zwei Tage zuvor, am 1. Juni"): the date it leads to must lie
# that far from one of the dates of a day written just before it (the
# facts list them in d.from, nearest first).
report contains finding if {
	some d in input.durations
	is_number(d.date)
	target := input.dates[d.date]
	every j in d.from {
		not fits_step(d, target, input.dates[j])
	}
	last := input.dates[d.from[0]]
	n := step_days(d, target, last)
	span := object.union(d.span, {
		"end_offset": target.span.end_offset,
		"end_line": target.span.end_line,
		"end_column": target.span.end_column,
	})
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("%q does not fit the dates before it: %s is %s %s %s (%s), the nearest date of a day written before it", [
			d.text, target.text, dates.elapsed(abs(n)), step_side(d.anchor, n), last.text, last.start,
		]),
		{
			"suggestion": sprintf("%v %s %s %s is %s; check which of the two dates is right", [d.amount, dates.plural(d.amount, d.unit), anchor_word[d.anchor], last.start, stepped(d, last)]),
			"evidence": {"date": target.start, "from": [input.dates[j].start | some j in d.from], "elapsed_days": n, "stated_min_days": d.min_days, "stated_max_days": d.max_days},
		},
	)
}

# A time counted back from the article with the date it names beside it
# ("Two years ago, in February 2022", "en 2023, hace dos años"): the time
# between that date and the article's must fit it.
report contains finding if {
	some d in input.durations
	is_number(d.dated)
	x := input.dates[d.dated]
	input.date.start
	x.end <= input.date.start
	lo := dates.days_between(x.end, input.date.start)
	hi := dates.days_between(x.start, input.date.end)
	outside(lo, hi, d)
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		sprintf("%q does not fit %s: %s passed between %s and %s (%s)", [
			d.text, x.text, dates.elapsed_span(lo, hi), x.start, day_text(input.date), when.describe(input.date),
		]),
		{
			"suggestion": sprintf("%s ago, or check the date %s", [dates.elapsed_span(lo, hi), x.text]),
			"evidence": {"date": x.start, "article_date": input.date.start, "elapsed_days": lo, "stated_min_days": d.min_days, "stated_max_days": d.max_days},
		},
	)
}

# A length of time followed by the dates it runs between ("acting
# president for 87 days, from December 27, 2024, to April 24, 2025"):
# the days between them must fit it, the first day counted or not.
report contains finding if {
	some d in input.durations
	d.between
	first := input.dates[d.between[0]]
	last := input.dates[d.between[1]]
	n := dates.days_between(first.start, last.end)
	n >= 0
	not within(n, d)
	span := object.union(d.span, {"end_offset": last.span.end_offset, "end_line": last.span.end_line, "end_column": last.span.end_column})
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("%q does not fit the dates it runs between: from %s to %s is %d days", [d.text, first.start, last.end, n]),
		{
			"suggestion": sprintf("%d days, or check the dates", [n]),
			"evidence": {"from": first.start, "to": last.end, "elapsed_days": n, "stated_min_days": d.min_days, "stated_max_days": d.max_days},
		},
	)
}

within(n, d) if {
	n >= d.min_days
	n <= d.max_days
}

# step_days: the days from the earlier moment to the date the span leads
# to, counted in the direction the wording says.
step_days(d, target, from) := dates.days_between(from.end, target.start) if d.anchor == "later"

step_days(d, target, from) := dates.days_between(target.end, from.start) if d.anchor == "earlier"

fits_step(d, target, from) if {
	n := step_days(d, target, from)
	n >= d.min_days
	n <= d.max_days
}

step_side("later", n) := "after" if n >= 0

step_side("later", n) := "before" if n < 0

step_side("earlier", n) := "before" if n >= 0

step_side("earlier", n) := "after" if n < 0

anchor_word := {"later": "after", "earlier": "before"}

# stepped: the day the span leads to, counted from the nearest date.
stepped(d, from) := dates.format(time.add_date(dates.ns(from.end), y, m, n)) if {
	d.anchor == "later"
	[y, m, n] := unit_steps(d)
}

stepped(d, from) := dates.format(time.add_date(dates.ns(from.start), 0 - y, 0 - m, 0 - n)) if {
	d.anchor == "earlier"
	[y, m, n] := unit_steps(d)
}

unit_steps(d) := [0, 0, d.amount] if d.unit == "day"

unit_steps(d) := [0, 0, 7 * d.amount] if d.unit == "week"

unit_steps(d) := [0, d.amount, 0] if d.unit == "month"

unit_steps(d) := [d.amount, 0, 0] if d.unit == "year"

# fits_all_terms: with earlier, separate terms in the office ("Putin, who
# has been president for two decades"), the figure may count them all.
fits_all_terms(terms, i, start, t, d) if {
	terms[0].start < start
	served := sum([dates.days_between(terms[k].start, served_until(terms[k], t.start)) | some k in numbers.range(0, i)])
	not outside(served, served + dates.days_between(t.start, t.end), d)
}

served_until(term, day) := term.end if {
	term.end
	term.end < day
} else := day

# run_start: the start of terms[i], or of the earliest term before it from
# which every term follows on within a month (an acting term, then the
# confirmed one; a second term).
run_start(terms, i) := min({terms[j].start |
	some j in numbers.range(0, i)
	every k in numbers.range(j, i) {
		in_run(terms, j, k)
	}
})

in_run(_, j, j)

in_run(terms, j, k) if {
	k > j
	follows_on(terms, k)
}

follows_on(terms, k) if {
	k > 0
	terms[k - 1].end
	dates.days_between(terms[k - 1].end, terms[k].start) <= 31
}

# narrated: "N years after EVENT" in a sentence told in the past tells of
# a moment then ("Two years after the invasion, Ukraine launched an
# incursion"), not of the time of writing.
narrated(d) if {
	d.anchor == "after"
	s := input.sentences[d.sentence]
	"past" in s.tense
	not "present" in s.tense
}

day_text(t) := t.end if t.start == t.end

day_text(t) := sprintf("%s to %s", [t.start, t.end]) if t.start != t.end

outside(lo, _, d) if lo > d.max_days + opts.tolerance_days

outside(_, hi, d) if hi < d.min_days - opts.tolerance_days

# at: the time the duration runs to — a date of day of its sentence
# (in_sentence) after the event, else the article's date. A date that
# names something ("the September 11 attacks", "Jardin du 13 novembre")
# is not one.
at(in_sentence, e) := t if {
	later := [x |
		some x in in_sentence
		x.start
		x.precision != "weekday"
		not x.attributive
		x.start > e.date
	]
	count(later) > 0
	t := {"start": later[0].start, "end": later[0].end, "source": "sentence", "text": later[0].text}
} else := t if {
	input.date.start
	t := {"start": input.date.start, "end": input.date.end, "source": input.date.source, "text": object.get(input.date, "text", "")}
}
