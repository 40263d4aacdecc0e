package newslint.rules.temporal.unreadable_date_test

import data.newslint.lib.fixtures
import data.newslint.rules.temporal.unreadable_date

lint(doc) := findings if {
	findings := unreadable_date.report with input as doc
}

feb30 := {"key": "date", "text": "2025-02-30", "span": fixtures.span(7), "reason": "not a calendar date: February 2025 has 28 days"}

test_undated_article_says_checks_were_skipped if {
	findings := lint({"date": {"source": "none", "unreadable": [feb30]}})
	count(findings) == 1
	some f in findings
	f.message == `the metadata field "date" holds "2025-02-30", which is not a calendar date: February 2025 has 28 days; checks that need the article's date were skipped`
	f.span.offset == 7
}

test_another_source_is_named if {
	doc := {"date": {
		"source": "dateline", "value": "2025-02-28", "start": "2025-02-28", "end": "2025-02-28",
		"text": "Published 28 February 2025", "unreadable": [feb30],
	}}
	some f in lint(doc)
	contains(f.message, `the article's date, 2025-02-28, was taken from elsewhere (the article's date, from its dateline "Published 28 February 2025")`)
}

test_readable_dates_are_silent if {
	count(lint({"date": {"source": "metadata", "value": "2025-02-28", "unreadable": []}})) == 0
	count(lint({"date": {"source": "none"}})) == 0
}
