package newslint.rules.spam.comment_form_test

import data.newslint.rules.spam.comment_form

span(a, b) := {"offset": a * 100, "end_offset": (b * 100) + 40, "line": a, "column": 1, "end_line": b, "end_column": 41}

run(class, strong) := {
	"class": class, "first_block": 4, "last_block": 7, "blocks": 4, "span": span(12, 16),
	"patterns": ["p1", "p2"], "texts": ["Leave a Reply", "second line"], "strong": strong,
}

test_one_finding_covers_the_whole_run if {
	findings := comment_form.report with input as {"runs": [run("comment-form", true)]}
	count(findings) == 1
	some f in findings
	f.span == span(12, 16)
	contains(f.message, "comment form")
	contains(f.message, "\"Leave a Reply\"")
	f.suggestion == "remove the comment form (lines 12-16)"
	f.evidence.blocks == 4
}

test_weak_run_is_silent if {
	findings := comment_form.report with input as {"runs": [run("comment-form", false)]}
	count(findings) == 0
}

test_other_class_is_silent if {
	findings := comment_form.report with input as {"runs": [run("rating-widget", true)]}
	count(findings) == 0
}

test_two_runs_two_findings if {
	second := object.union(run("comment-form", true), {"span": span(30, 30)})
	findings := comment_form.report with input as {"runs": [run("comment-form", true), second]}
	count(findings) == 2
	some f in findings
	f.suggestion == "remove the comment form (line 30)"
}

test_a_lone_field_label_is_silent if {
	lone := object.union(run("comment-form", true), {"texts": ["Email"], "patterns": ["^email$"]})
	count(comment_form.report) == 0 with input as {"runs": [lone]}
	phrase := object.union(lone, {"texts": ["Leave a Reply"]})
	count(comment_form.report) == 1 with input as {"runs": [phrase]}
}

test_a_lone_link_to_the_comments_is_silent if {
	every text in ["Comments", "Kommentare", "12 comentarios", "Commentaires (3)", "# Comments"] {
		lone := object.union(run("comment-form", true), {"texts": [text], "patterns": ["^comments$"]})
		count(comment_form.report) == 0 with input as {"runs": [lone]}
	}
}

test_comments_heading_with_the_form_is_reported if {
	form := object.union(run("comment-form", true), {"texts": ["Comments", "Leave a Reply"]})
	count(comment_form.report) == 1 with input as {"runs": [form]}
	notice := object.union(run("comment-form", true), {"texts": ["No comments yet"]})
	count(comment_form.report) == 1 with input as {"runs": [notice]}
}
