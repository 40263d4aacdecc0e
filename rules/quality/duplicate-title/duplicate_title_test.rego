package newslint.rules.quality.duplicate_title_test

import data.newslint.rules.quality.duplicate_title

# with_copies adds the headline's copies as the extractor finds them
# (docs/facts.md, title).
with_copies(inp) := object.union(inp, {"title": {"copies": [i |
	some i, b in inp.blocks
	b.key == inp.title.key
	i != inp.title.block
]}}) if inp.title

with_copies(inp) := inp if not inp.title

block(i, kind, key) := {"index": i, "kind": kind, "key": key, "text": "t", "span": {"offset": i}}

test_repeated_headline_as_paragraph if {
	findings := duplicate_title.report with input as with_copies({
		"title": {"text": "Peace talks resume", "key": "k1", "block": 0},
		"blocks": [block(0, "heading", "k1"), block(1, "paragraph", "k1"), block(2, "paragraph", "k2")],
	})
	count(findings) == 1
	some f in findings
	f.rule == "duplicate-title"
	f.span.offset == 1
	f.replacement == ""
}

test_headline_from_metadata_shown_as_first_heading_is_silent if {
	findings := duplicate_title.report with input as with_copies({
		"title": {"text": "Peace talks resume", "key": "k1", "block": -1},
		"blocks": [block(0, "heading", "k1"), block(1, "paragraph", "k2")],
	})
	count(findings) == 0
}

test_headline_from_metadata_repeated_after_lede if {
	findings := duplicate_title.report with input as with_copies({
		"title": {"text": "Peace talks resume", "key": "k1", "block": -1},
		"blocks": [block(0, "paragraph", "k2"), block(1, "heading", "k1")],
	})
	count(findings) == 1
}

test_no_title_is_silent if {
	findings := duplicate_title.report with input as with_copies({"blocks": [block(0, "paragraph", "k1"), block(1, "paragraph", "k1")]})
	count(findings) == 0
}

test_headline_block_repeated_as_a_heading_shaped_line if {
	findings := duplicate_title.report with input as with_copies({
		"title": {"text": "Peace deal pushed", "key": "k1", "block": 0},
		"blocks": [block(0, "heading", "k1"), block(1, "heading", "k1"), block(2, "paragraph", "k2")],
	})
	count(findings) == 1
	some f in findings
	f.span.offset == 1
}

test_header_cluster_is_not_a_duplicate_of_itself if {
	findings := duplicate_title.report with input as with_copies({
		"title": {"text": "Ferry fares rise", "key": "k", "block": -1},
		"blocks": [
			{"index": 0, "kind": "paragraph", "key": "site", "in_header": true, "text": "Harbour Gazette"},
			{"index": 1, "kind": "heading", "key": "k", "in_header": true, "text": "Ferry fares rise"},
			{"index": 2, "kind": "paragraph", "key": "p", "text": "Fares rise by a tenth."},
		],
	})
	count(findings) == 0
}

test_site_name_as_title_is_not_a_headline if {
	findings := duplicate_title.report with input as with_copies({
		"title": {"text": "Harbour Gazette", "key": "g", "block": -1},
		"blocks": [
			{"index": 0, "kind": "paragraph", "key": "p", "text": "Fares rise by a tenth."},
			{"index": 1, "kind": "paragraph", "key": "g", "text": "Harbour Gazette"},
		],
	})
	count(findings) == 0
}

test_furniture_taken_for_the_title_is_silent if {
	findings := duplicate_title.report with input as with_copies({
		"title": {"text": "Advertisement", "key": "k1", "block": 0, "tags": [{"class": "page-chrome"}]},
		"blocks": [block(0, "heading", "k1"), block(1, "paragraph", "k2"), block(2, "paragraph", "k1")],
	})
	count(findings) == 0
}
