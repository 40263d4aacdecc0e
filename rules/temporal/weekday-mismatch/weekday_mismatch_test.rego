package newslint.rules.temporal.weekday_mismatch_test

import data.newslint.lib.fixtures
import data.newslint.rules.temporal.weekday_mismatch

lint(doc) := lint_with(doc, fixtures.options)

lint_with(doc, options) := findings if {
	findings := weekday_mismatch.report with input as doc
		with data.newslint.config.options as options
}

date(text, weekday, day) := {
	"text": text, "span": fixtures.span(5), "form": "dmy", "weekday": weekday,
	"day": 18, "month": 3, "year": 2025, "value": day, "start": day, "end": day, "precision": "day",
}

test_wrong_weekday if {
	findings := lint({"dates": [date("Wednesday, 18 March 2025", "Wednesday", "2025-03-18")]})
	count(findings) == 1
	some f in findings
	f.message == "2025-03-18 was a Tuesday, not a Wednesday"
	f.suggestion == "Tuesday, 18 March 2025"
	f.span.offset == 5
}

test_a_date_a_correction_quotes_is_silent if {
	quoted := object.union(date("Wednesday, 18 March 2025", "Wednesday", "2025-03-18"), {"superseded": true})
	count(lint({"dates": [quoted]})) == 0
}

test_right_weekday_is_silent if {
	count(lint({"dates": [date("Tuesday, 18 March 2025", "Tuesday", "2025-03-18")]})) == 0
}

test_abbreviated_weekday if {
	some f in lint({"dates": [date("Wed., March 18, 2025", "Wednesday", "2025-03-18")]})
	f.suggestion == "Tuesday, March 18, 2025"
}

test_inferred_year if {
	d := object.union(date("Friday, 13 March", "Friday", "2025-03-13"), {"year_inferred": true})
	some f in lint({"dates": [d]})
	contains(f.message, "the year, 2025, is not written; newslint took it from the text")
	some g in lint({"dates": [object.union(d, {"year_from": "article"})]})
	contains(g.message, "newslint took it from the article's date")
	count(lint_with({"dates": [d]}, {"weekday-mismatch": {"include_inferred_year": false}})) == 0
}

test_a_year_from_another_paragraph_of_an_undated_page_is_not_checked if {
	d := object.union(date("Friday, 13 March", "Friday", "2025-03-13"), {"year_inferred": true, "year_from": "text"})
	count(lint({"dates": [d]})) == 0
	count(lint({"dates": [object.union(d, {"year_from": "block"})]})) == 1
	count(lint({"dates": [object.union(d, {"year_from": "year"})]})) == 0
}

test_a_look_back_fits_the_last_year_written_in_full if {
	# "On 13 March 2020, …" then, a paragraph later, "On Friday, 13
	# March, …": 2020-03-13 was a Friday; 2025-03-13 a Thursday. The
	# facts give the years of the last paragraph that writes dates in
	# full (earlier_years).
	bare := object.union(date("Friday, 13 March", "Friday", "2025-03-13"), {"year_inferred": true, "year_from": "article", "block": 2})
	count(lint({"dates": [object.union(bare, {"earlier_years": ["2020"]})]})) == 0

	# A full date of another year, or none, leaves the check.
	count(lint({"dates": [object.union(bare, {"earlier_years": ["2021"]})]})) == 1
	count(lint({"dates": [bare]})) == 1
}

test_no_weekday_or_invalid_is_silent if {
	count(lint({"dates": [object.remove(date("18 March 2025", "", "2025-03-18"), ["weekday"])]})) == 0
	count(lint({"dates": [object.union(date("Monday, 30 February 2025", "Monday", "2025-02-30"), {"invalid": true})]})) == 0
}

# A weekday a verb ties to the date: the fix replaces the weekday word,
# found by its place (in characters) in the date's text.
predicate(text, weekday) := object.union(date(text, weekday, "2025-01-20"), {
	"form": "mdy", "day": 20, "month": 1,
	"span": {"line": 5, "column": 1},
	"weekday_span": {"line": 5, "column": 1 + at, "end_column": (1 + at) + 6},
}) if at := indexof(lower(text), "sunday")

test_weekday_stated_by_a_verb if {
	findings := lint({"dates": [predicate("January 20 falls on a Sunday in 2025", "Sunday")]})
	count(findings) == 1
	some f in findings
	f.message == "2025-01-20 was a Monday, not a Sunday"
	f.suggestion == "January 20 falls on a Monday in 2025"
	f.replacement == "January 20 falls on a Monday in 2025"
}

test_weekday_stated_by_a_verb_right_is_silent if {
	count(lint({"dates": [predicate("20 January 2025 was a Monday", "Monday")]})) == 0
}

test_weekday_written_otherwise_is_replaced_where_it_stands if {
	some f in lint({"dates": [predicate("January 20 falls on a SUNDAY in 2025", "Sunday")]})
	f.replacement == "January 20 falls on a Monday in 2025"
}

test_weekday_in_apposition_keeps_its_language if {
	d := object.union(date("5 mars 2025, un mardi", "Tuesday", "2025-03-05"), {
		"form": "dmy", "day": 5, "month": 3, "weekday_as": "mercredi",
		"span": {"line": 5, "column": 4},
		"weekday_span": {"line": 5, "column": 20, "end_column": 25},
	})
	some f in lint({"dates": [d]})
	f.suggestion == "5 mars 2025, un mercredi"
}

test_fix_keeps_the_language_of_the_weekday if {
	d := {
		"text": "mercredi 18 mars 2025", "form": "dmy", "weekday": "Wednesday", "weekday_as": "mardi",
		"day": 18, "month": 3, "year": 2025, "start": "2025-03-18", "end": "2025-03-18",
		"value": "2025-03-18", "precision": "day", "span": fixtures.span(10),
	}
	some f in lint(object.union(fixtures.article("2025-03-20", []), {"dates": [d]}))
	f.suggestion == "mardi 18 mars 2025"
	f.replacement == "mardi 18 mars 2025"
}

test_a_numeric_date_is_wrong_only_if_no_reading_fits if {
	d := object.union(date("Wednesday, 6/3/2025", "Wednesday", "2025-06-03"), {"form": "numeric", "ambiguous": true, "alt": "2025-03-06"})
	findings := lint({"dates": [d]})
	count(findings) == 1
	some f in findings
	f.message == "2025-06-03 was a Tuesday, not a Wednesday, and read the other way, 2025-03-06 was a Thursday"
	count(lint({"dates": [object.union(d, {"weekday": "Thursday", "text": "Thursday, 6/3/2025"})]})) == 0
}

test_a_weekday_and_a_day_without_a_month if {
	d := {"text": "lunes 14", "weekday": "Monday", "precision": "day", "start": "2025-06-14", "end": "2025-06-14", "year_inferred": true, "year_from": "article", "month_from": "article", "weekday_as": "sábado", "span": {"offset": 10, "end_offset": 18, "line": 1, "column": 11, "end_line": 1, "end_column": 19}}
	findings := weekday_mismatch.report with input as {"dates": [d]}
	count(findings) == 1
	some f in findings
	contains(f.message, "the month and year are not written")
	f.suggestion == "sábado 14"
}

# "The 2015 attacks began on the evening of Friday, November 13": the
# weekday fits the year the paragraph writes before it, not the article's.
test_weekday_fits_an_earlier_year_of_the_paragraph if {
	nov13 := {"text": "Friday, November 13", "form": "mdy", "weekday": "Friday", "precision": "day", "block": 0, "sentence": 0, "day": 13, "month": 11, "start": "2025-11-13", "end": "2025-11-13", "year_inferred": true, "year_from": "article", "span": {"offset": 40, "end_offset": 59, "line": 1, "column": 41}}
	count(lint({"dates": [object.union(nov13, {"block_years": ["2015"]})]})) == 0
	count(lint({"dates": [nov13]})) == 1
	count(lint({"dates": [object.union(nov13, {"block_years": ["2016"]})]})) == 1
}
