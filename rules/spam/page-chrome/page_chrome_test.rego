package newslint.rules.spam.page_chrome_test

import data.newslint.rules.spam.page_chrome

span(a, b) := {"offset": a * 100, "end_offset": (b * 100) + 40, "line": a, "column": 1, "end_line": b, "end_column": 41}

run(class, strong) := {
	"class": class, "first_block": 4, "last_block": 7, "blocks": 4, "span": span(12, 16),
	"patterns": ["p1", "p2"], "texts": ["Share this", "second line"], "strong": strong,
}

test_one_finding_covers_the_whole_run if {
	findings := page_chrome.report with input as {"runs": [run("page-chrome", true)]}
	count(findings) == 1
	some f in findings
	f.span == span(12, 16)
	contains(f.message, "page furniture")
	contains(f.message, "\"Share this\"")
	f.suggestion == "remove the page furniture (lines 12-16)"
	f.evidence.blocks == 4
}

test_weak_run_is_silent if {
	findings := page_chrome.report with input as {"runs": [run("page-chrome", false)]}
	count(findings) == 0
}

test_other_class_is_silent if {
	findings := page_chrome.report with input as {"runs": [run("rating-widget", true)]}
	count(findings) == 0
}

test_two_runs_two_findings if {
	second := object.union(run("page-chrome", true), {"span": span(30, 30)})
	findings := page_chrome.report with input as {"runs": [run("page-chrome", true), second]}
	count(findings) == 2
	some f in findings
	f.suggestion == "remove the page furniture (line 30)"
}

# A run opening with a teaser label ("Voir aussi : HEADLINE", reported by
# injected-block) is reported from its first other block, with that
# block's texts only.
test_run_after_a_teaser_label_starts_after_it if {
	findings := page_chrome.report with input as {
		"runs": [run("page-chrome", true)],
		"teasers": [{"labels": [4], "headlines": [4]}, {"labels": [6], "headlines": [7]}],
		"blocks": [
			{}, {}, {}, {},
			{"span": span(12, 12), "tags": [{"class": "page-chrome", "text": "Share this"}]},
			{"span": span(14, 14), "tags": [{"class": "page-chrome", "text": "second line"}]},
			{}, {},
		],
	}
	count(findings) == 1
	some f in findings
	f.span.line == 14
	f.span.end_line == 16
	not contains(f.message, "Share this")
	contains(f.message, "second line")
	f.evidence.blocks == 3
}

test_run_of_teaser_labels_only_is_silent if {
	findings := page_chrome.report with input as {
		"runs": [run("page-chrome", true)],
		"teasers": [{"labels": [4, 5, 6, 7]}],
	}
	count(findings) == 0
}

test_label_of_the_article_table_of_contents_is_silent if {
	label := object.union(run("page-chrome", true), {"first_block": 1, "last_block": 1, "blocks": 1, "texts": ["Contents"], "patterns": ["^contents$"]})
	blocks := [{"index": 0}, {"index": 1}, {"index": 2, "contents": true}, {"index": 3, "contents": true}]
	count(page_chrome.report) == 0 with input as {"runs": [label], "blocks": blocks}
	plain := [{"index": 0}, {"index": 1}, {"index": 2}, {"index": 3}]
	count(page_chrome.report) == 1 with input as {"runs": [label], "blocks": plain}
	button := object.union(label, {"texts": ["Contents hide"], "patterns": ["^contents hide$"]})
	count(page_chrome.report) == 1 with input as {"runs": [button], "blocks": blocks}
}

# A lone footer link that shares the article's words and heads its
# paragraph is the story's subheading ("Privacy Policy" in a story about
# one); the same line sharing nothing, or another furniture line, is
# furniture.
test_a_footer_link_heading_the_storys_paragraph_is_its_own if {
	line := object.union(run("page-chrome", true), {
		"first_block": 3, "last_block": 3, "blocks": 1, "span": span(7, 7),
		"patterns": ["^privacy policy$"], "texts": ["Privacy Policy"],
	})
	blocks := [
		{"index": 0, "kind": "heading", "similarity": 0.4},
		{"index": 1, "kind": "paragraph", "words": 30, "similarity": 0.3},
		{"index": 2, "kind": "paragraph", "words": 30, "similarity": 0.2},
		{"index": 3, "kind": "heading", "words": 2, "similarity": 0.36},
		{"index": 4, "kind": "paragraph", "words": 25, "similarity": 0.16},
	]
	options := {"page-chrome": {"own_heading_similarity": 0.1}}
	count(page_chrome.report) == 0 with input as {"runs": [line], "blocks": blocks}
		with data.newslint.config.options as options

	unrelated := json.patch(blocks, [{"op": "replace", "path": "/3/similarity", "value": 0}])
	count(page_chrome.report) == 1 with input as {"runs": [line], "blocks": unrelated}
		with data.newslint.config.options as options

	share := object.union(line, {"patterns": ["^share on linkedin$"]})
	count(page_chrome.report) == 1 with input as {"runs": [share], "blocks": blocks}
		with data.newslint.config.options as options
}

# A news agency's copyright line is the story's credit; a site's own is its
# footer.
rights(text) := {
	"runs": [object.union(run("page-chrome", true), {"first_block": 1, "last_block": 1, "blocks": 1, "patterns": ["all rights reserved"], "texts": ["All rights reserved"]})],
	"blocks": [{"text": "The council met."}, {"text": text}],
}

test_wire_agency_rights_line_is_the_story_credit if {
	count(page_chrome.report) == 0 with input as rights("Copyright 2025 The Associated Press. All rights reserved.")
	count(page_chrome.report) == 0 with input as rights("© AFP 2025. Tous droits réservés.")
	count(page_chrome.report) == 1 with input as rights("Copyright 2024 City Observer. All rights reserved.")
}
