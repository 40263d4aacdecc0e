package newslint.rules.spam.injected_block_test

import data.newslint.rules.spam.injected_block

options := {"injected-block": {
	"max_similarity": 0.06, "min_headlines": 2, "min_headlines_alone": 3,
	"paragraph_max_similarity": 0.02, "paragraph_min_words": 25, "min_body_paragraphs": 3,
}}

# with_lists adds the block lists the facts index blocks by, and the
# header of the blocks marked in_header, as the extractor makes them from
# the blocks (docs/facts.md, block_lists and header).
with_lists(inp) := object.union(with_header(inp), {"block_lists": {
	"headlines": [i | some i, b in inp.blocks; b.headline_shape; not b.line; not b.region],
	"lines": [i | some i, b in inp.blocks; b.line; not b.region],
	"paragraphs": [i | some i, b in inp.blocks; b.kind == "paragraph"; not b.region; not b.in_header],
	"queries": [i | some i, b in inp.blocks; b.query; not b.region],
	"unrelated_headlines": [i |
		some i, b in inp.blocks
		b.headline_shape
		not b.line
		not b.region
		b.similarity <= 0.1
		b.words >= 3
		not b.in_header
		i != object.get(inp, ["title", "block"], -1)
		not strong_tag(b)
	],
	"unrelated_paragraphs": [i | some i, b in inp.blocks; b.kind == "paragraph"; not b.region; not b.in_header; b.similarity <= 0.05; b.words >= 20],
}})

strong_tag(b) if {
	some t in b.tags
	t.strong
}

with_header(inp) := object.union(inp, {"header": {
	"first_block": 0,
	"last_block": max(tops),
	"blocks": [{"block": i, "role": "other"} | some i in tops],
}}) if {
	tops := [i | some i, b in inp.blocks; b.in_header]
	count(tops) > 0
} else := inp

span(line) := {"offset": line * 100, "end_offset": (line * 100) + 40, "line": line, "column": 1, "end_line": line, "end_column": 41}

para(i, sim) := {"index": i, "kind": "paragraph", "words": 40, "similarity": sim, "headline_shape": false, "span": span(i + 1), "text": sprintf("paragraph %d", [i])}

head(i, sim) := {"index": i, "kind": "heading", "words": 6, "similarity": sim, "headline_shape": true, "span": span(i + 1), "text": sprintf("Headline %d", [i])}

date(i) := {"index": i, "kind": "paragraph", "words": 4, "similarity": 0, "headline_shape": true, "line": "date", "span": span(i + 1), "text": "SPORTS BY March 2, 2025"}

test_sidebar_after_the_body if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), para(2, 0.12),
		head(3, 0), date(4), head(5, 0.03), date(6),
	]})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 4
	f.span.end_line == 7
	startswith(f.message, "2 unrelated headlines")
	f.suggestion == "remove the injected block (lines 4-7)"
}

test_sidebar_between_paragraphs if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.01), date(3), head(4, 0.0), date(5), para(6, 0.1),
	]})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 3
	f.span.end_line == 6
}

# A lone unrelated headline makes no run, unless the options let one
# headline make a run.
test_a_lone_headline_is_a_run_only_when_the_options_say_so if {
	doc := {"title": {"block": 0}, "blocks": [head(0, 0.2), para(1, 0.15), head(2, 0.01), para(3, 0.1), para(4, 0.12)]}
	count(injected_block.report) == 0 with input as with_lists(doc) with data.newslint.config.options as options
	one := {"injected-block": object.union(options["injected-block"], {"min_headlines": 1, "min_headlines_alone": 1})}
	findings := injected_block.report with input as with_lists(doc) with data.newslint.config.options as one
	count(findings) == 1
	some f in findings
	startswith(f.message, "1 unrelated headlines")
}

test_lines_a_sentence_of_the_article_announces_are_silent if {
	# "… leaders meet to address three issues:" then the issues, which
	# share little with the rest of the story.
	lead_in := object.union(para(1, 0.15), {"text": "Leaders meet to address a series of urgent issues:", "words": 9})
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), lead_in, head(2, 0.01), head(3, 0.0), head(4, 0.02), para(5, 0.1),
	]})
		with data.newslint.config.options as options
	count(findings) == 0

	# A label that shares nothing with the story announces other stories.
	label := object.union(para(2, 0), {"text": "Here are some other stories you might enjoy:", "words": 8})
	count(injected_block.report) == 1 with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), label, head(3, 0.01), head(4, 0.0), head(5, 0.02),
	]})
		with data.newslint.config.options as options
}

test_three_headlines_need_no_dates if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.01), head(3, 0.0), head(4, 0.02),
	]})
		with data.newslint.config.options as options
	count(findings) == 1
}

item(i, links) := item_sharing(i, links, 0)

item_sharing(i, links, sim) := object.union(head(i, sim), {"kind": "list_item", "link_density": links})

test_bullet_points_of_the_article_are_silent if {
	# "Key points" bullets share few words with the text, but they are not
	# links: the article's own list, not a sidebar.
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), item_sharing(2, 0, 0.05), item_sharing(3, 0, 0.03), item_sharing(4, 0, 0.05), para(5, 0.1),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_a_list_of_headlines_that_share_nothing_is_injected if {
	# Other stories' headlines pasted as a bullet list, without their
	# links: nothing in common with the article, item after item.
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), item(2, 0), item(3, 0), item(4, 0), para(5, 0.1),
	]})
		with data.newslint.config.options as options
	count(findings) == 1
}

test_one_headline_sharing_a_word_by_chance_is_still_injected if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), item(2, 0), item_sharing(3, 0, 0.04), item(4, 0), item(5, 0), para(6, 0.1),
	]})
		with data.newslint.config.options as options
	count(findings) == 1
}

test_a_list_most_of_which_shares_a_little_is_silent if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), item_sharing(2, 0, 0.04), item(3, 0), item_sharing(4, 0, 0.03), para(5, 0.1),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_a_list_of_unrelated_links_is_injected if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), item(2, 1), item(3, 1), item(4, 1), para(5, 0.1),
	]})
		with data.newslint.config.options as options
	count(findings) == 1
}

test_subheadings_of_the_article_are_silent if {
	# Two consecutive subheadings with little in common with the text, then
	# paragraphs: the structure of an article, not a sidebar.
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.02), head(3, 0.04), para(4, 0.1), head(5, 0.0), para(6, 0.1),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_on_topic_headlines_are_silent if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.12), date(3), head(4, 0.09), date(5),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_sources_heading_is_not_a_headline if {
	sources := object.union(head(2, 0), {"tags": [{"class": "sources-heading", "strong": true}]})
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), sources, date(3), head(4, 0.0),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_threshold_is_an_option if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.15), head(2, 0.05), date(3), head(4, 0.05), date(5),
	]})
		with data.newslint.config.options as {"injected-block": object.union(options["injected-block"], {"max_similarity": 0.04})}
	count(findings) == 0
}

teaser(kind, first, last, lbl, texts) := {
	"kind": kind, "first_block": first, "last_block": last, "label": lbl, "label_text": label_text(lbl),
	"headlines": numbers.range(first, last), "texts": texts, "span": object.union(span(first + 1), {"end_line": last + 1}),
}

label_text(lbl) := "More Stories" if lbl >= 0

label_text(lbl) := "" if lbl < 0

test_teasers_after_a_label_are_one_finding if {
	label := object.union(head(3, 0), {"text": "More Stories"})
	findings := injected_block.report with input as with_lists({
		"title": {"block": 0},
		"date": {"value": "2025-03-01"},
		"blocks": [head(0, 0.2), para(1, 0.15), para(2, 0.12), label, head(4, 0.2), head(5, 0.0)],
		"teasers": [teaser("label", 3, 5, 3, ["Ferry Fares Rise Again", "Snow Closes the Pass"])],
	})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 4
	f.span.end_line == 6
	f.message == "2 teaser headlines pasted into the article (after the label \"More Stories\"): \"Ferry Fares Rise Again\", \"Snow Closes the Pass\""
}

test_stamped_teasers_say_so if {
	findings := injected_block.report with input as with_lists({
		"title": {"block": 0}, "date": {"value": "2025-03-01"},
		"blocks": [head(0, 0.2), para(1, 0.15), head(2, 0), head(3, 0)],
		"teasers": [teaser("stamped", 2, 3, -1, ["Chef Opens a Third Restaurant 12 hours ago", "Tokyo Stocks Slide 2 days ago"])],
	})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.message == "2 teaser headlines pasted into the article (headlines with their time stamps): \"Chef Opens a Third Restaurant 12 hours ago\", \"Tokyo Stocks Slide 2 days ago\""
}

test_one_stamped_teaser_says_its_stamp_is_set_after_it if {
	findings := injected_block.report with input as with_lists({
		"title": {"block": 0}, "date": {"value": "2025-03-01"},
		"blocks": [head(0, 0.2), para(1, 0.15), head(2, 0)],
		"teasers": [teaser("stamped", 2, 2, -1, ["Chess Champion Keeps Her Crown — 4 hours ago"])],
	})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.message == "a teaser headline pasted into the article (its time stamp is set after it, as in a list of teasers): \"Chess Champion Keeps Her Crown — 4 hours ago\""
}

test_dated_teaser_names_both_dates if {
	t := object.union(teaser("dated", 2, 2, -1, ["Council Votes on the Bridge Plan"]), {"date": "May 2, 2026"})
	findings := injected_block.report with input as with_lists({
		"title": {"block": 0}, "date": {"value": "2025-03-01"},
		"blocks": [head(0, 0.2), para(1, 0.15), head(2, 0.1)], "teasers": [t],
	})
		with data.newslint.config.options as options
	some f in findings
	contains(f.message, "dated May 2, 2026 while the article is of 2025-03-01")
}

test_glued_headline_after_the_last_sentence if {
	findings := injected_block.report with input as with_lists({
		"title": {"block": 0}, "blocks": [head(0, 0.2), para(1, 0.15)],
		"trailers": [
			{"block": 1, "kind": "headline", "text": "Cup Draw: Fixtures and Results", "span": span(2)},
			{"block": 1, "kind": "source", "text": "The Gazette", "span": span(2)},
		],
	})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.message == "a headline is glued to the end of this paragraph: \"Cup Draw: Fixtures and Results\""
}

para_text(i, sim, text) := object.union(para(i, sim), {"text": text})

test_paragraph_appended_after_the_article if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.3), para(2, 0.25), para(3, 0.2), para_text(4, 0.01, "Market stalls in the capital opened as usual on Monday."),
	]})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 5
	startswith(f.message, "this paragraph shares almost nothing with the rest of the article (similarity 0.01)")
}

test_an_aside_followed_by_the_story_is_silent if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.3), para(2, 0.01), para(3, 0.2), para(4, 0.25),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

# A short closing paragraph on the topic after it shows the story going
# on; a closing line of a few words does not.
test_an_aside_followed_by_a_short_line_on_the_topic_is_silent if {
	closing := object.union(para(5, 0.2), {"words": 12})
	count(injected_block.report) == 0 with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.3), para(2, 0.25), para(3, 0.2), para(4, 0.01), closing,
	]})
		with data.newslint.config.options as options
	count(injected_block.report) == 1 with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.3), para(2, 0.25), para(3, 0.2), para(4, 0.01), object.union(closing, {"words": 5}),
	]})
		with data.newslint.config.options as options
}

# A roundup of separate items, none of which shares the page's vocabulary,
# has no story for a paragraph to be pasted after.
test_a_roundup_of_separate_items_is_silent if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.01), para(2, 0), para(3, 0.015), para(4, 0),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

# A live blog's posts open with their time: the last post may be about
# anything, and the same page without its stamps is reported.
test_a_live_blog_post_is_no_pasted_paragraph if {
	blocks := [
		head(0, 0.2), para(1, 0.3), para(2, 0.25), para(3, 0.2),
		para_text(4, 0.01, "Market stalls in the capital opened as usual on Monday."),
	]
	page := with_lists({"title": {"block": 0}, "blocks": blocks})
	count(injected_block.report) == 0 with input as object.union(page, {"block_lists": {"posts": [1, 3]}})
		with data.newslint.config.options as options
	count(injected_block.report) == 1 with input as object.union(page, {"block_lists": {"posts": []}})
		with data.newslint.config.options as options
}

test_a_paragraph_that_refers_back_is_silent if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.3), para(2, 0.25), para(3, 0.2), object.union(para(4, 0.0), {"anaphoric": true}),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_a_paragraph_naming_what_the_article_names_is_silent if {
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.3), para(2, 0.25), para(3, 0.2), object.union(para(4, 0.01), {"shares_name": true}),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

outlet_input(meta) := {
	"title": {"block": 0}, "meta": meta,
	"blocks": [head(0, 0.2), para(1, 0.3), para(2, 0.25), para(3, 0.2)],
	"sentences": [{"span": span(1)}, {"span": span(2)}, {"span": span(3)}, {"span": span(4)}],
	"tags": {"outlet-self": [{"class": "outlet-self", "text": "Example News", "block": 2, "sentence": 2}]},
}

test_another_outlet_naming_itself if {
	findings := injected_block.report with input as with_lists(outlet_input({"url": "https://harbour-gazette.test/ferries"}))
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span == span(3)
	startswith(f.message, "text lifted from Example News")
}

test_the_outlet_itself_is_silent if {
	findings := injected_block.report with input as with_lists(outlet_input({"site": "Example News"}))
		with data.newslint.config.options as options
	count(findings) == 0
}

# A page's own name often opens its body ("Example News — The ferry …"),
# right after the header, or as the first block of a page without one.
test_the_outlet_opening_the_body_is_silent if {
	after_header := object.union(outlet_input({"url": "https://harbour-gazette.test/ferries"}), {"blocks": [top(0, 0.2), top(1, 0.3), para(2, 0.25), para(3, 0.2)]})
	count(injected_block.report) == 0 with input as with_lists(after_header)
		with data.newslint.config.options as options
	no_header := object.union(outlet_input({"url": "https://harbour-gazette.test/ferries"}), {"tags": {"outlet-self": [{"class": "outlet-self", "text": "Example News", "block": 0, "sentence": 0}]}})
	count(injected_block.report) == 0 with input as with_lists(no_header)
		with data.newslint.config.options as options
}

top(i, sim) := object.union(head(i, sim), {"in_header": true})

test_the_page_header_is_the_article_own if {
	# Standfirst, date line and share buttons above the first paragraph.
	findings := injected_block.report with input as with_lists({"title": {"block": 0}, "blocks": [
		head(0, 0.2), top(1, 0.04), object.union(date(2), {"in_header": true}), top(3, 0), top(4, 0),
		para(5, 0.15), para(6, 0.12),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

# The facts cut a label on its headline's line off the headline's text:
# each is quoted once.
test_inline_label_and_headline_are_quoted_once if {
	line := object.union(head(3, 0), {"text": "PUEDES VER: Ministro anuncia un nuevo peaje"})
	t := object.union(teaser("label", 3, 3, 3, ["Ministro anuncia un nuevo peaje"]), {"label_text": "PUEDES VER"})
	findings := injected_block.report with input as with_lists({
		"title": {"block": 0},
		"date": {"value": "2025-03-01"},
		"blocks": [head(0, 0.2), para(1, 0.15), para(2, 0.12), line],
		"teasers": [t],
	})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.message == "a teaser headline pasted into the article (after the label \"PUEDES VER\"): \"Ministro anuncia un nuevo peaje\""
	f.evidence.label == "PUEDES VER"
	f.evidence.headlines == ["Ministro anuncia un nuevo peaje"]
}

test_a_list_of_headlines_a_sentence_announces_is_silent if {
	lead_in := object.union(para(1, 0.15), {"text": "The strike dominated the morning papers, with these three headlines at the top:", "words": 13})
	doc := {
		"title": {"block": 0},
		"blocks": [head(0, 0.2), lead_in, head(2, 0.2), head(3, 0.1), head(4, 0.2), para(5, 0.1)],
		"teasers": [teaser("list", 2, 4, -1, ["Drivers Walk Out", "Queues for Buses", "Operator Regrets Strike"])],
	}
	silent := injected_block.report with input as with_lists(doc) with data.newslint.config.options as options
	count(silent) == 0

	# Without the announcing sentence, the list is reported.
	bare := json.patch(doc, [{"op": "replace", "path": "/blocks/1", "value": para(1, 0.15)}])
	found := injected_block.report with input as with_lists(bare) with data.newslint.config.options as options
	count(found) == 1
}

# A short lead-in line with a colon announces the article's own list
# when it shares the story's words, or when the items do (a cabinet whose
# ministers the story names); a furniture label, or a line that shares
# nothing over items that share nothing, announces other stories.
test_a_short_lead_in_announces_the_articles_list if {
	items := [head(3, 0), head(4, 0), head(5, 0)]
	lead_in := object.union(para(2, 0.08), {"text": "The top three were:", "words": 4})
	doc := {
		"title": {"block": 0},
		"blocks": array.concat([head(0, 0.2), para(1, 0.15), lead_in], array.concat(items, [para(6, 0.1)])),
		"teasers": [teaser("list", 3, 5, -1, ["Harbour Nights by Ann Lee", "Salt Roads by Tom Fry", "Low Tide by Kim Ash"])],
	}
	count(injected_block.report) == 0 with input as with_lists(doc) with data.newslint.config.options as options

	# The same line tagged as furniture heads teasers.
	tagged := json.patch(doc, [{"op": "add", "path": "/blocks/2/tags", "value": [{"class": "page-chrome", "strong": true}]}])
	count(injected_block.report) == 1 with input as with_lists(tagged) with data.newslint.config.options as options

	# A line that shares nothing, over items that share nothing.
	unrelated := json.patch(doc, [{"op": "replace", "path": "/blocks/2/similarity", "value": 0}])
	count(injected_block.report) == 1 with input as with_lists(unrelated) with data.newslint.config.options as options

	# Items that share the story's words are its own, whatever the line.
	sharing := json.patch(unrelated, [
		{"op": "replace", "path": "/blocks/3/similarity", "value": 0.17},
		{"op": "replace", "path": "/blocks/4/similarity", "value": 0.16},
	])
	count(injected_block.report) == 0 with input as with_lists(sharing) with data.newslint.config.options as options

	# The last sentence of a paragraph of the story.
	prose := json.patch(unrelated, [{"op": "add", "path": "/blocks/2/sentences", "value": 2}])
	count(injected_block.report) == 0 with input as with_lists(prose) with data.newslint.config.options as options

	# Two words are a label, not a sentence ("Top picks:").
	label := json.patch(doc, [{"op": "replace", "path": "/blocks/2/words", "value": 2}])
	count(injected_block.report) == 1 with input as with_lists(label) with data.newslint.config.options as options
}

test_a_paragraph_under_an_author_box_heading_is_the_box if {
	label := object.union(head(4, 0), {"text": "About the Author", "tags": [{"class": "author-bio", "strong": true}]})
	doc := {"title": {"block": 0}, "blocks": [
		head(0, 0.2), para(1, 0.3), para(2, 0.25), para(3, 0.2), label,
		para_text(5, 0.01, "Jane writes about gardens and travel for several magazines."),
	]}
	silent := injected_block.report with input as with_lists(doc) with data.newslint.config.options as options
	count(silent) == 0
	plain := json.patch(doc, [{"op": "replace", "path": "/blocks/4/tags", "value": []}])
	found := injected_block.report with input as with_lists(plain) with data.newslint.config.options as options
	count(found) == 1
}

# A run of unrelated headlines that reaches a teaser unit's headline is
# that teaser's: the teaser is reported, the run is not. With a paragraph
# of the story between them, the run is a unit of its own.
test_a_run_that_reaches_a_teaser_is_the_teasers if {
	label := object.union(head(3, 0), {"text": "More Stories"})
	blocks := [
		head(0, 0.2), para(1, 0.15), para(2, 0.12),
		label, head(4, 0.2), head(5, 0),
		head(6, 0), date(7), head(8, 0.01),
	]
	doc := {
		"title": {"block": 0},
		"blocks": blocks,
		"teasers": [teaser("label", 3, 5, 3, ["Ferry Fares Rise Again", "Snow Closes the Pass"])],
	}
	joined := injected_block.report with input as with_lists(doc) with data.newslint.config.options as options
	count(joined) == 1
	some f in joined
	f.evidence.kind == "label"

	apart := array.concat(array.slice(blocks, 0, 6), [para(6, 0.15), head(7, 0), date(8), head(9, 0.01)])
	both := injected_block.report with input as with_lists(object.union(doc, {"blocks": apart}))
		with data.newslint.config.options as options
	count(both) == 2
	some g in both
	g.span.line == 8
	g.span.end_line == 10
}
