package newslint.rules.quality.duplicate_title_test

import data.newslint.rules.quality.duplicate_title

block(i, kind, key) := {"index": i, "kind": kind, "key": key, "text": "t", "span": {"offset": i}}

test_repeated_headline_as_paragraph if {
	findings := duplicate_title.report with input as {
		"title": {"text": "Peace talks resume", "key": "k1", "block": 0},
		"blocks": [block(0, "heading", "k1"), block(1, "paragraph", "k1"), block(2, "paragraph", "k2")],
	}
	count(findings) == 1
	some f in findings
	f.rule == "duplicate-title"
	f.span.offset == 1
}

test_headline_from_metadata_shown_as_first_heading_is_silent if {
	findings := duplicate_title.report with input as {
		"title": {"text": "Peace talks resume", "key": "k1", "block": -1},
		"blocks": [block(0, "heading", "k1"), block(1, "paragraph", "k2")],
	}
	count(findings) == 0
}

test_headline_from_metadata_repeated_after_lede if {
	findings := duplicate_title.report with input as {
		"title": {"text": "Peace talks resume", "key": "k1", "block": -1},
		"blocks": [block(0, "paragraph", "k2"), block(1, "heading", "k1")],
	}
	count(findings) == 1
}

test_no_title_is_silent if {
	findings := duplicate_title.report with input as {"blocks": [block(0, "paragraph", "k1"), block(1, "paragraph", "k1")]}
	count(findings) == 0
}

test_headline_block_repeated_as_a_heading_shaped_line if {
	findings := duplicate_title.report with input as {
		"title": {"text": "Peace deal pushed", "key": "k1", "block": 0},
		"blocks": [block(0, "heading", "k1"), block(1, "heading", "k1"), block(2, "paragraph", "k2")],
	}
	count(findings) == 1
	some f in findings
	f.span.offset == 1
}
