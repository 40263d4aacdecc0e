package newslint.rules.spam.injected_block_test

import data.newslint.rules.spam.injected_block

options := {"injected-block": {"max_similarity": 0.06, "min_headlines": 2, "min_headlines_alone": 3}}

span(line) := {"offset": line * 100, "end_offset": line * 100 + 40, "line": line, "column": 1, "end_line": line, "end_column": 41}

para(i, sim) := {"index": i, "kind": "paragraph", "words": 40, "similarity": sim, "headline_shape": false, "span": span(i + 1), "text": sprintf("paragraph %d", [i])}

head(i, sim) := {"index": i, "kind": "heading", "words": 6, "similarity": sim, "headline_shape": true, "span": span(i + 1), "text": sprintf("Headline %d", [i])}

date(i) := {"index": i, "kind": "paragraph", "words": 4, "similarity": 0, "headline_shape": true, "line": "date", "span": span(i + 1), "text": "SPORTS BY March 2, 2025"}

test_sidebar_after_the_body if {
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), para(2, 0.12),
		head(3, 0), date(4), head(5, 0.03), date(6),
	]}
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 4
	f.span.end_line == 7
	startswith(f.message, "2 unrelated headlines")
	f.suggestion == "remove the injected block (lines 4-7)"
}

test_sidebar_between_paragraphs if {
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.01), date(3), head(4, 0.0), date(5), para(6, 0.1),
	]}
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 3
	f.span.end_line == 6
}

test_three_headlines_need_no_dates if {
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.01), head(3, 0.0), head(4, 0.02),
	]}
		with data.newslint.config.options as options
	count(findings) == 1
}

item(i, links) := object.union(head(i, 0), {"kind": "list_item", "link_density": links})

test_bullet_points_of_the_article_are_silent if {
	# "Key points" bullets share few words with the text, but they are not
	# links: the article's own list, not a sidebar.
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), item(2, 0), item(3, 0), item(4, 0), para(5, 0.1),
	]}
		with data.newslint.config.options as options
	count(findings) == 0
}

test_a_list_of_unrelated_links_is_injected if {
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), item(2, 1), item(3, 1), item(4, 1), para(5, 0.1),
	]}
		with data.newslint.config.options as options
	count(findings) == 1
}

test_subheadings_of_the_article_are_silent if {
	# Two consecutive subheadings with little in common with the text, then
	# paragraphs: the structure of an article, not a sidebar.
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.02), head(3, 0.04), para(4, 0.1), head(5, 0.0), para(6, 0.1),
	]}
		with data.newslint.config.options as options
	count(findings) == 0
}

test_on_topic_headlines_are_silent if {
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.12), date(3), head(4, 0.09), date(5),
	]}
		with data.newslint.config.options as options
	count(findings) == 0
}

test_sources_heading_is_not_a_headline if {
	sources := object.union(head(2, 0), {"tags": [{"class": "sources-heading", "strong": true}]})
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), sources, date(3), head(4, 0.0),
	]}
		with data.newslint.config.options as options
	count(findings) == 0
}

test_threshold_is_an_option if {
	findings := injected_block.report with input as {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.05), date(3), head(4, 0.05), date(5),
	]}
		with data.newslint.config.options as {"injected-block": {"max_similarity": 0.04, "min_headlines": 2, "min_headlines_alone": 3}}
	count(findings) == 0
}
