package newslint.lib.dates_test

import data.newslint.lib.dates

test_add_days if {
	dates.add_days("2025-01-20", -7) == "2025-01-13"
	dates.add_days("2024-02-28", 1) == "2024-02-29"
	dates.add_days("2024-12-31", 1) == "2025-01-01"
}

test_days_between if {
	dates.days_between("2024-10-01", "2024-10-31") == 30
	dates.days_between("2025-01-20", "2025-01-13") == -7
}

test_weekday if {
	dates.weekday("2025-03-18") == "Tuesday"
	dates.weekday("2025-08-15") == "Friday"
}

test_written if {
	dates.written("2023-10-03", "dmy") == "3 October 2023"
	dates.written("2023-10-03", "mdy") == "October 3, 2023"
	dates.written("2023-10-03", "iso") == "2023-10-03"
	dates.written("2023-10-03", "month_year") == "October 2023"
	dates.written("2023-10-03", "year") == "2023"
}

test_span_text if {
	dates.span_text("2025-05-01", "2025-05-01") == "on 2025-05-01"
	dates.span_text("2022-01-01", "2022-12-31") == "between 2022-01-01 and 2022-12-31"
}

test_elapsed if {
	dates.elapsed(838) == "2 years and 3 months"
	dates.elapsed(731) == "2 years"
	dates.elapsed(340) == "11 months"
	dates.elapsed(1) == "1 day"

	# Whole calendar years, whatever their leap days.
	dates.elapsed(dates.days_between("2001-09-11", "2023-09-11")) == "22 years"
	dates.elapsed(dates.days_between("2015-11-13", "2025-11-13")) == "10 years"
	dates.elapsed(dates.days_between("2015-11-13", "2025-11-10")) == "9 years and 11 months"
}

test_elapsed_span if {
	dates.elapsed_span(150, 150) == "4 months"
	dates.elapsed_span(150, 515) == "4 months to 1 year and 4 months"
	dates.elapsed_span(400, 410) == "1 year and 1 month"
}
