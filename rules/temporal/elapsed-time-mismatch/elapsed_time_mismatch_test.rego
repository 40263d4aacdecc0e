package newslint.rules.temporal.elapsed_time_mismatch_test

import data.newslint.lib.fixtures
import data.newslint.rules.temporal.elapsed_time_mismatch

lint(doc) := findings if {
	findings := elapsed_time_mismatch.report with input as doc
		with data.newslint.kb as fixtures.kb
		with data.newslint.config.options as fixtures.options
}

three_year_war := {
	"text": "three-year war", "span": fixtures.span(40), "sentence": 0, "form": "adjective",
	"amount": 3, "unit": "year", "noun": "war", "min_days": 1095, "max_days": 1461,
	"event": "russia-full-scale-invasion",
}

doc(day, durations) := object.union(fixtures.article(day, []), {"durations": durations, "dates": []})

test_too_early_for_three_years if {
	findings := lint(doc("2024-06-10", [three_year_war]))
	count(findings) == 1
	some f in findings
	f.message == `"three-year war" does not fit: 2 years and 3 months passed between Russia's full-scale invasion of Ukraine (2022-02-24) and 2024-06-10 (the article's date, from its metadata field "date")`
	f.suggestion == "2 years and 3 months since Russia's full-scale invasion of Ukraine"
}

test_within_bounds_is_silent if {
	count(lint(doc("2025-08-15", [three_year_war]))) == 0
	count(lint(doc("2026-02-20", [three_year_war]))) == 0
}

test_tolerance if {
	# 2025-01-10 is 2 years 10.5 months in: within 45 days of three years.
	count(lint(doc("2025-01-10", [three_year_war]))) == 0
	count(lint(doc("2026-05-01", [three_year_war]))) == 1
}

test_nearly if {
	nearly := object.union(three_year_war, {"text": "nearly three years since", "qualifier": "nearly", "min_days": 730, "max_days": 1096})
	count(lint(doc("2024-12-01", [nearly]))) == 0
	count(lint(doc("2025-08-15", [nearly]))) == 1
}

test_unlinked_or_undated_is_silent if {
	count(lint(doc("2024-06-10", [object.remove(three_year_war, ["event"])]))) == 0
	count(lint(object.union(fixtures.undated([]), {"durations": [three_year_war], "dates": []}))) == 0
}

test_a_later_date_in_the_sentence if {
	d := {"text": "August 2025", "sentence": 0, "start": "2025-08-01", "end": "2025-08-31", "precision": "month"}
	count(lint(object.union(doc("2024-06-10", [three_year_war]), {"dates": [d]}))) == 0
}

test_ago_counts_back_from_the_article if {
	# "Russia's full-scale invasion began two years ago"
	ago := object.union(three_year_war, {"text": "two years ago", "form": "span", "anchor": "ago", "amount": 2, "min_days": 730, "max_days": 1096})
	count(lint(doc("2024-06-10", [ago]))) == 0
	count(lint(doc("2025-11-01", [ago]))) == 1
}

test_a_date_that_names_something_is_not_the_sentences if {
	# "the three-year war in a February 2026 offensive, on 10 June 2024":
	# the attributive date names the offensive.
	named := {"text": "February 2026", "sentence": 0, "start": "2026-02-01", "end": "2026-02-28", "precision": "month", "attributive": true}
	count(lint(object.union(doc("2024-06-10", [three_year_war]), {"dates": [named]}))) == 1
}

# "Keir Starmer, who has been prime minister for two years"
starmer := fixtures.mention(0, "keir-starmer", "uk-prime-minister", "prime minister", "Keir Starmer", "current")

two_years := {
	"text": "two years", "span": fixtures.span(40), "sentence": 0, "form": "span",
	"amount": 2, "unit": "year", "min_days": 730, "max_days": 1096, "mention": 0,
}

tenure(day, duration, m) := object.union(fixtures.article(day, [m]), {"durations": [duration], "dates": []})

test_time_in_office if {
	findings := lint(tenure("2025-08-01", two_years, starmer))
	count(findings) == 1
	some f in findings
	f.message == `"two years" does not fit: Keir Starmer had been UK Prime Minister for 1 year on 2025-08-01 (the article's date, from its metadata field "date"), in office since 2024-07-05`
	f.evidence.since == "2024-07-05"
	count(lint(tenure("2026-08-01", two_years, starmer))) == 0
}

test_time_in_office_counts_earlier_terms_too if {
	# Trump's second term began on 2025-01-20; with his first, four years
	# and a half: "four years" may count both.
	trump := fixtures.mention(0, "donald-trump", "us-president", "President", "Donald Trump", "current")
	four := object.union(two_years, {"text": "four years", "amount": 4, "min_days": 1461, "max_days": 1826})
	count(lint(tenure("2025-08-01", four, trump))) == 0
	ten := object.union(two_years, {"text": "ten years", "amount": 10, "min_days": 3652, "max_days": 4018})
	count(lint(tenure("2025-08-01", ten, trump))) == 1
}

test_time_in_office_needs_a_current_claim if {
	count(lint(tenure("2025-08-01", two_years, object.union(starmer, {"claim": "then"})))) == 0
}

# "Two years after the invasion, Ukraine launched ..." tells of a moment in
# the past; the same words in the present speak of now.
test_after_in_a_past_sentence_is_narration if {
	two_after := object.union(three_year_war, {
		"text": "Two years after", "form": "span", "anchor": "after", "amount": 2,
		"min_days": 730, "max_days": 1096,
	})
	past := object.union(doc("2025-09-01", [two_after]), {"sentences": [{"index": 0, "block": 0, "text": "s", "tense": ["past"]}]})
	count(lint(past)) == 0
	present := object.union(doc("2025-09-01", [two_after]), {"sentences": [{"index": 0, "block": 0, "text": "s", "tense": ["present"]}]})
	count(lint(present)) == 1
	untold := object.union(doc("2025-09-01", [two_after]), {"sentences": [{"index": 0, "block": 0, "text": "s"}]})
	count(lint(untold)) == 1
}

# "The talks opened on 3 June 2025. Two days later, on 7 June, …"
opened := {"text": "3 June 2025", "sentence": 0, "start": "2025-06-03", "end": "2025-06-03", "precision": "day"}

two_days_later := {
	"text": "Two days later", "span": fixtures.span(40), "sentence": 1, "form": "span", "anchor": "later",
	"amount": 2, "unit": "day", "min_days": 2, "max_days": 3, "date": 1, "from": [0],
}

step_doc(target, d) := object.union(doc("2025-06-20", [d]), {"dates": [
	opened,
	{"text": target, "span": fixtures.span(60), "sentence": 1, "start": target, "end": target, "precision": "day"},
]})

test_a_step_that_does_not_reach_its_date if {
	findings := lint(step_doc("2025-06-07", two_days_later))
	count(findings) == 1
	some f in findings
	f.message == `"Two days later" does not fit the dates before it: 2025-06-07 is 4 days after 3 June 2025 (2025-06-03), the nearest date of a day written before it`
	f.suggestion == "2 days after 2025-06-03 is 2025-06-05; check which of the two dates is right"
}

test_a_step_that_reaches_its_date_is_silent if {
	count(lint(step_doc("2025-06-05", two_days_later))) == 0
	count(lint(step_doc("2025-06-06", two_days_later))) == 0
}

test_a_step_that_fits_any_earlier_date_is_silent if {
	# "The minister, appointed on 3 June, arrived on 5 June. Two days later, on 7 June, …"
	arrived := {"text": "5 June", "sentence": 0, "start": "2025-06-05", "end": "2025-06-05", "precision": "day"}
	d := object.union(two_days_later, {"date": 2, "from": [1, 0]})
	count(lint(object.union(step_doc("2025-06-07", d), {"dates": [opened, arrived, {"text": "7 June", "sentence": 1, "start": "2025-06-07", "end": "2025-06-07", "precision": "day"}]}))) == 0
}

test_a_step_back if {
	earlier := object.union(two_days_later, {"text": "A week earlier", "anchor": "earlier", "amount": 1, "unit": "week", "min_days": 6, "max_days": 8})
	count(lint(step_doc("2025-05-27", earlier))) == 0
	findings := lint(step_doc("2025-05-20", earlier))
	some f in findings
	f.suggestion == "1 week before 2025-06-03 is 2025-05-27; check which of the two dates is right"
}

# "The strike lasted 12 days, from March 3 to March 20, 2025": 17 days.
twelve_days := {
	"text": "12 days", "form": "span", "amount": 12, "unit": "day", "min_days": 11, "max_days": 13,
	"between": [0, 1], "sentence": 0, "span": {"offset": 10, "end_offset": 17, "line": 3, "column": 11, "end_line": 3, "end_column": 18},
}

between_doc(d, last) := object.union(doc("2025-05-01", [d]), {"dates": [
	{"text": "March 3", "sentence": 0, "start": "2025-03-03", "end": "2025-03-03", "precision": "day", "span": {"offset": 30, "end_offset": 37, "line": 3, "column": 31, "end_line": 3, "end_column": 38}},
	{"text": last, "sentence": 0, "start": last, "end": last, "precision": "day", "span": {"offset": 41, "end_offset": 51, "line": 3, "column": 42, "end_line": 3, "end_column": 52}},
]})

test_a_length_that_does_not_fit_its_dates if {
	findings := lint(between_doc(twelve_days, "2025-03-20"))
	count(findings) == 1
	some f in findings
	f.message == `"12 days" does not fit the dates it runs between: from 2025-03-03 to 2025-03-20 is 17 days`
	f.span.end_offset == 51
}

test_a_length_that_fits_its_dates_is_silent if {
	# The first day counted or not.
	count(lint(between_doc(twelve_days, "2025-03-14"))) == 0
	count(lint(between_doc(twelve_days, "2025-03-15"))) == 0
	count(lint(between_doc(twelve_days, "2025-03-16"))) == 0
}

# "Two years ago, in February 2022": the date beside a time counted back
# from the article must lie that far back.
two_years_ago := {
	"text": "Two years ago", "form": "span", "anchor": "ago", "amount": 2, "unit": "year", "min_days": 730, "max_days": 1096,
	"dated": 0, "sentence": 0, "span": {"offset": 0, "end_offset": 13, "line": 3, "column": 1, "end_line": 3, "end_column": 14},
}

ago_doc(day, month_start, month_end) := object.union(doc(day, [two_years_ago]), {"dates": [{
	"text": "February 2022", "sentence": 0, "start": month_start, "end": month_end, "precision": "month",
	"span": {"offset": 18, "end_offset": 31, "line": 3, "column": 19, "end_line": 3, "end_column": 32},
}]})

test_ago_and_the_date_beside_it_disagree if {
	findings := lint(ago_doc("2025-06-15", "2022-02-01", "2022-02-28"))
	count(findings) == 1
	some f in findings
	f.message == `"Two years ago" does not fit February 2022: 3 years and 3 months to 3 years and 4 months passed between 2022-02-01 and 2025-06-15 (the article's date, from its metadata field "date")`
}

test_ago_and_the_date_beside_it_agree if {
	count(lint(ago_doc("2024-06-15", "2022-02-01", "2022-02-28"))) == 0

	# Tolerance: 2025-03-10 is three years and ten days after February
	# 2022, within 45 days of the three years "two years ago" allows.
	count(lint(ago_doc("2025-03-10", "2022-02-01", "2022-02-28"))) == 0

	# A date after the article's names no moment counted back.
	count(lint(ago_doc("2021-06-15", "2022-02-01", "2022-02-28"))) == 0
}
