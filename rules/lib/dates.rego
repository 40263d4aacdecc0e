# METADATA
# title: Date arithmetic
# description: Days as YYYY-MM-DD strings, which compare in date order.
package newslint.lib.dates

ns(day) := time.parse_ns("2006-01-02", day)

format(n) := sprintf("%04d-%02d-%02d", time.date(n))

# add_days("2025-01-20", -7) == "2025-01-13"
add_days(day, n) := format(time.add_date(ns(day), 0, 0, n))

# days_between("2024-10-01", "2024-10-31") == 30 (negative when b is earlier)
days_between(a, b) := round((ns(b) - ns(a)) / 86400000000000)

# weekday("2025-03-18") == "Tuesday"
weekday(day) := time.weekday(ns(day))

month_names := [
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
]

# written(day, form) writes a day the way the text wrote its date: "18
# March 2025" (dmy), "March 18, 2025" (mdy), "March 2025" (month_year),
# "2025" (year), else "2025-03-18".
written(day, "dmy") := sprintf("%d %s %d", [d[2], month_names[d[1] - 1], d[0]]) if d := time.date(ns(day))

written(day, "mdy") := sprintf("%s %d, %d", [month_names[d[1] - 1], d[2], d[0]]) if d := time.date(ns(day))

written(day, "month_year") := sprintf("%s %d", [month_names[d[1] - 1], d[0]]) if d := time.date(ns(day))

written(day, "year") := substring(day, 0, 4)

written(day, form) := day if not form in {"dmy", "mdy", "month_year", "year"}

# span_text describes [start, end]: "on 2025-05-01", "between 2022-01-01
# and 2022-12-31".
span_text(start, end) := sprintf("on %s", [start]) if start == end

span_text(start, end) := sprintf("between %s and %s", [start, end]) if start != end

# elapsed describes a number of days: "2 years and 4 months", "11 months",
# "20 days". Years are counted with two days to spare, as a span of whole
# calendar years holds fewer leap days than 365.25 a year supposes
# (2001-09-11 to 2023-09-11 is 8,035 days: 22 years, not 21 and 11
# months).
elapsed(days) := sprintf("%d %s and %d %s", [y, plural(y, "year"), m, plural(m, "month")]) if {
	y := floor((days + 2) / 365.25)
	y >= 1
	m := floor((days - (y * 365.25)) / 30.4375)
	m > 0
} else := sprintf("%d %s", [y, plural(y, "year")]) if {
	y := floor((days + 2) / 365.25)
	y >= 1
} else := sprintf("%d %s", [m, plural(m, "month")]) if {
	m := floor(days / 30.4375)
	m >= 1
} else := sprintf("%d %s", [days, plural(days, "day")])

# elapsed_span describes the days from lo to hi, counted to either end of
# a date known only as a range: "5 months to 1 year and 5 months"; one
# figure when both ends read the same.
elapsed_span(lo, hi) := elapsed(lo) if elapsed(lo) == elapsed(hi)

elapsed_span(lo, hi) := sprintf("%s to %s", [elapsed(lo), elapsed(hi)]) if elapsed(lo) != elapsed(hi)

plural(1, word) := word

plural(n, word) := concat("", [word, "s"]) if n != 1

# by_sentence groups the dates of input.dates by the sentence they stand
# in, once per evaluation, so that a rule looks a sentence's dates up
# instead of scanning every date for each event or duration (quadratic on
# a long page). Each group's comprehension binds its sentence outside and
# unifies it inside, so OPA indexes the dates by it once; its index alone
# would scan again for a sentence with no dates.
by_sentence := {s: ds |
	some s in {d.sentence | some d in input.dates}
	ds := [d | some d in input.dates; d.sentence = s]
}
