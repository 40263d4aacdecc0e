package newslint.rules.temporal.date_after_publication_test

import data.newslint.lib.fixtures
import data.newslint.rules.temporal.date_after_publication

lint(doc) := lint_with(doc, fixtures.options)

lint_with(doc, options) := findings if {
	findings := date_after_publication.report with input as doc
		with data.newslint.config.options as options
}

doc(source, tense, date) := object.union(fixtures.article("2025-05-20", []), {
	"date": {"source": source},
	"sentences": [{"index": 0, "block": 0, "text": "s", "tense": tense}],
	"dates": [date],
})

may18 := {"text": "18 May 2026", "span": fixtures.span(3), "sentence": 0, "form": "dmy", "precision": "day", "start": "2026-05-18", "end": "2026-05-18", "value": "2026-05-18"}

test_past_event_after_the_article if {
	findings := lint(doc("metadata", ["past"], may18))
	count(findings) == 1
	some f in findings
	f.message == `the sentence reports "18 May 2026" (2026-05-18) in the past tense, but the article is dated 2025-05-20 (the article's date, from its metadata field "date")`
}

test_plans_are_silent if {
	count(lint(doc("metadata", ["past", "future"], may18))) == 0
	count(lint(doc("metadata", ["present"], may18))) == 0
}

test_inferred_article_date_is_silent if {
	count(lint(doc("inferred", ["past"], may18))) == 0
}

test_earlier_dates_and_grace_are_silent if {
	count(lint(doc("metadata", ["past"], object.union(may18, {"start": "2025-05-19"})))) == 0
	count(lint(doc("metadata", ["past"], object.union(may18, {"start": "2025-05-21"})))) == 0
	count(lint(doc("metadata", ["past"], object.union(may18, {"start": "2025-05-22"})))) == 1
}

test_year_not_written if {
	d := object.union(may18, {"year_inferred": true})
	count(lint(doc("metadata", ["past"], d))) == 0
	count(lint_with(doc("metadata", ["past"], d), {"date-after-publication": {"grace_days": 1, "include_inferred_year": true}})) == 1
}
