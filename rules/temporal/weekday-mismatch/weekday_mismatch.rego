# METADATA
# title: Weekday does not match the date
# description: >-
#   A date written with its weekday ("Wednesday, 18 March 2025") names the
#   wrong day of the week; so does a weekday a verb ties to a date
#   ("January 20 falls on a Sunday in 2025", "18 March 2025 was a
#   Wednesday", "Monday is January 20", "on 4 July, a Friday,"). With include_inferred_year, dates written without
#   a year ("Friday, 13 March") are checked in the year newslint resolved
#   for them (the nearest earlier year in their paragraph, else the
#   article's; on an undated page, not a year from another paragraph); one
#   given the article's year that fits the year of the last date written
#   in full in an earlier paragraph is a story looking back, and left
#   alone, as is one that fits a year written before it in its paragraph
#   to date something else ("The 2015 attacks began on the evening of
#   Friday, November 13"). A French or Spanish weekday with a day and no month ("ce lundi
#   14", "el lunes 14") is the first day of that number after the date
#   before it in its paragraph, else the one nearest the article's date.
#   A date a correction note quotes from an earlier version of the page
#   ("An earlier version of this article said the vote was on Tuesday,
#   March 5") is the wrong text corrected, and left alone.
# custom:
#   id: weekday-mismatch
#   severity: error
#   needs: [dates]
#   fixable: true
#   options:
#     include_inferred_year: true
#   example:
#     bad: |-
#       On Wednesday, 18 March 2025, the two presidents spoke by phone.
#     good: |-
#       On Tuesday, 18 March 2025, the two presidents spoke by phone.
package newslint.rules.temporal.weekday_mismatch

import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

report contains finding if {
	some d in input.dates
	d.weekday
	d.precision == "day"
	not d.invalid
	not d.superseded
	checked_year(d)
	actual := dates.weekday(d.start)
	actual != d.weekday
	not other_reading_fits(d)
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		sprintf("%s was a %s, not a %s%s%s", [d.start, actual, d.weekday, alt_note(d), year_note(d)]),
		object.union(
			{
				"suggestion": fixed(d, actual),
				"evidence": {"date": d.start, "written": d.weekday, "actual": actual, "year_inferred": object.get(d, "year_inferred", false)},
			},
			replacement(d, actual),
		),
	)
}

# The weekday is replaced only when the year is written: a year newslint
# inferred is a suggestion, not a fix to apply unread.
replacement(d, actual) := {"replacement": fixed(d, actual)} if {
	not d.year_inferred
	fixed(d, actual) != d.text
}

replacement(d, actual) := {} if {
	not d.year_inferred
	fixed(d, actual) == d.text
}

replacement(d, _) := {} if d.year_inferred

checked_year(d) if not d.year_inferred

# A numeric date that reads both ways ("6/3/2025") is wrong only if the
# weekday fits neither reading.
other_reading_fits(d) if dates.weekday(d.alt) == d.weekday

# A day without its year, given the article's, in a story that looks back:
# it fits the year of the last date written in full in an earlier
# paragraph ("On 7 January 2015, …" then "On Friday, 9 January, …").
other_reading_fits(d) if {
	object.get(d, "year_from", "") == "article"
	some year in object.get(d, "earlier_years", [])
	year != substring(d.start, 0, 4)
	dates.weekday(concat("", [year, substring(d.start, 4, 6)])) == d.weekday
}

# A year written earlier in the paragraph that dates something rather
# than the sentence ("The 2015 attacks began on the evening of Friday,
# November 13", "Lors de l'élection de 2019, le jeudi 12 décembre") may be
# the date's when its weekday fits that year and not the article's.
other_reading_fits(d) if {
	object.get(d, "year_from", "") == "article"
	some year in object.get(d, "block_years", [])
	year != substring(d.start, 0, 4)
	dates.weekday(concat("", [year, substring(d.start, 4, 6)])) == d.weekday
}

alt_note(d) := sprintf(", and read the other way, %s was a %s", [d.alt, dates.weekday(d.alt)]) if d.alt

alt_note(d) := "" if not d.alt

# A year borrowed from another paragraph of an undated page may be a
# history's ("from 2001 to 2009", then "Thursday, November 20"), and a
# bare year of the same paragraph may date something else ("an audio
# from 2023 … this Tuesday, 20 May"): only the year of a date of its own
# paragraph, a cue's or the article's is checked.
checked_year(d) if {
	d.year_inferred
	opts.include_inferred_year
	not object.get(d, "year_from", "") in {"text", "year"}
}

year_note(d) := sprintf(" (the year, %d, is not written; newslint took it from %s)", [to_number(substring(d.start, 0, 4)), year_source[object.get(d, "year_from", "")]]) if {
	d.year_inferred
	not d.month_from
}

# "ce lundi 14": the day nearest the article's date with that number, or
# the first after the last date of its paragraph.
year_note(d) := " (the month and year are not written; newslint took the day of that number nearest the article's date)" if d.month_from == "article"

year_note(d) := " (the month and year are not written; newslint took the first day of that number after the date before it in the paragraph)" if d.month_from == "block"

# Where an unwritten year came from, in words.
year_source := {
	"article": "the article's date",
	"cue": "the words around the date",
	"block": "an earlier date of the paragraph",
	"year": "the paragraph",
	"frame": "the year that opens the sentence",
	"text": "the text",
	"": "the text",
}

year_note(d) := "" if not d.year_inferred

# fixed is the date as written with the right weekday: it replaces the span
# exactly, so editors and SARIF viewers can apply it. A weekday a verb ties
# to the date ("January 20 falls on a Sunday") stands after it.
# The date with its weekday corrected, in the language it was written in
# ("mardi 18 mars 2025").
fixed(d, actual) := concat("", [substring(d.text, 0, a), written(d, actual), substring(d.text, b, -1)]) if {
	# The weekday's place in the date's text, in characters: "5 mars
	# 2025, un mardi", "January 20 falls on a Sunday".
	d.weekday_span.line == d.span.line
	a := d.weekday_span.column - d.span.column
	b := d.weekday_span.end_column - d.span.column
}

fixed(d, actual) := regex.replace(d.text, sprintf(`\b%s\b`, [d.weekday]), written(d, actual)) if {
	d.weekday_span
	d.weekday_span.line != d.span.line
}

fixed(d, actual) := regex.replace(d.text, `^\pL+\.?`, written(d, actual)) if not d.weekday_span

written(d, actual) := object.get(d, "weekday_as", actual)
