package newslint.rules.spam.rating_widget_test

import data.newslint.rules.spam.rating_widget

span(a, b) := {"offset": a * 100, "end_offset": (b * 100) + 40, "line": a, "column": 1, "end_line": b, "end_column": 41}

run(class, strong) := {
	"class": class, "first_block": 4, "last_block": 7, "blocks": 4, "span": span(12, 16),
	"patterns": ["p1", "p2"], "texts": ["How useful was this post", "second line"], "strong": strong,
}

test_one_finding_covers_the_whole_run if {
	findings := rating_widget.report with input as {"runs": [run("rating-widget", true)]}
	count(findings) == 1
	some f in findings
	f.span == span(12, 16)
	contains(f.message, "rating widget")
	contains(f.message, "\"How useful was this post\"")
	f.suggestion == "remove the rating widget (lines 12-16)"
	f.evidence.blocks == 4
}

test_weak_run_is_silent if {
	findings := rating_widget.report with input as {"runs": [run("rating-widget", false)]}
	count(findings) == 0
}

test_other_class_is_silent if {
	findings := rating_widget.report with input as {"runs": [run("comment-form", true)]}
	count(findings) == 0
}

test_two_runs_two_findings if {
	second := object.union(run("rating-widget", true), {"span": span(30, 30)})
	findings := rating_widget.report with input as {"runs": [run("rating-widget", true), second]}
	count(findings) == 2
	some f in findings
	f.suggestion == "remove the rating widget (line 30)"
}
