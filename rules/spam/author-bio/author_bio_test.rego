package newslint.rules.spam.author_bio_test

import data.newslint.rules.spam.author_bio

span(a, b) := {"offset": a * 100, "end_offset": (b * 100) + 40, "line": a, "column": 1, "end_line": b, "end_column": 41}

run(class, strong) := {
	"class": class, "first_block": 4, "last_block": 7, "blocks": 4, "span": span(12, 16),
	"patterns": ["p1", "p2"], "texts": ["About the Author", "second line"], "strong": strong,
}

test_one_finding_covers_the_whole_run if {
	findings := author_bio.report with input as {"runs": [run("author-bio", true)]}
	count(findings) == 1
	some f in findings
	f.span == span(12, 16)
	contains(f.message, "author box")
	contains(f.message, "\"About the Author\"")
	f.suggestion == "remove the author box (lines 12-16)"
	f.evidence.blocks == 4
}

test_weak_run_is_silent if {
	findings := author_bio.report with input as {"runs": [run("author-bio", false)]}
	count(findings) == 0
}

test_other_class_is_silent if {
	findings := author_bio.report with input as {"runs": [run("rating-widget", true)]}
	count(findings) == 0
}

test_two_runs_two_findings if {
	second := object.union(run("author-bio", true), {"span": span(30, 30)})
	findings := author_bio.report with input as {"runs": [run("author-bio", true), second]}
	count(findings) == 2
	some f in findings
	f.suggestion == "remove the author box (line 30)"
}
