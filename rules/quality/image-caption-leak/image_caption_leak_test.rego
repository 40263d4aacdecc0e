package newslint.rules.quality.image_caption_leak_test

import data.newslint.rules.quality.image_caption_leak

# with_lists adds the list of verbless blocks as the extractor makes it
# (docs/facts.md, block_lists).
with_lists(inp) := object.union(inp, {"block_lists": {"verbless": [i | some i, b in inp.blocks; b.verbless; not b.region]}})

options := {"image-caption-leak": {"min_words": 5, "neighbour_words": 20}}

span(line) := {"offset": line * 100, "end_offset": (line * 100) + 40, "line": line, "column": 1, "end_line": line, "end_column": 41}

para(i) := {"index": i, "kind": "paragraph", "words": 40, "verbless": false, "span": span(i + 1), "text": "A paragraph."}

caption(i, text) := {"index": i, "kind": "paragraph", "words": 9, "verbless": true, "span": span(i + 1), "text": text}

test_alt_text_between_paragraphs if {
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), caption(1, "Empty chairs at a negotiating table with three flags."), para(2)]})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 2
}

test_photo_credit_is_silent if {
	credit := object.union(caption(1, "Photo by Ana Ruiz for the Tribune news desk"), {"tags": [{"class": "photo-credit"}]})
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), credit, para(2)]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_lead_in_to_a_list_is_silent if {
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), caption(1, "The plan has three main parts:"), para(2)]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_line_between_list_items_is_silent if {
	item := object.union(para(2), {"kind": "list_item"})
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), caption(1, "Shared reconstruction fund for the region."), item]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_section_heading_in_title_case_is_silent if {
	heading := object.union(caption(1, "The Harbour's Big Bet: Ferries Without Diesel"), {"title_case": true})
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), heading, para(2)]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_item_opened_by_a_symbol_is_silent if {
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), caption(1, "💸 Fake invoices: forged supplier addresses on the ferry bills"), para(2)]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_item_opened_by_a_dash_is_silent if {
	item := caption(1, "– Born: March 16, 1965, in Fort Smith – Education: Harvard and Oxford")
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), item, para(2)]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_caption_of_names_in_capitals_is_reported if {
	named := object.union(caption(1, "Harbour Master Ana Brook arrives at the Quay Gala in Port Elling"), {"title_case": true})
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), named, para(2)]})
		with data.newslint.config.options as options
	count(findings) == 1
}

test_a_lede_after_its_dateline_is_silent if {
	lede := caption(1, "WASHINGTON — Members of the cabinet spread across the country this week to defend the plan.")
	ledes := [lede, object.union(lede, {"text": "NEW DELHI / BRASÍLIA — Three democracies, three very different answers to the same storm."})]
	every l in ledes {
		count(image_caption_leak.report) == 0 with input as with_lists({"blocks": [object.union(para(0), {"kind": "heading", "words": 6}), l, para(2)]})
			with data.newslint.config.options as options
	}
}

test_an_agency_file_caption_is_reported if {
	file := caption(1, "FILE - The harbour master arrives at the quay in a grey coat and hat.")
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), file, para(2)]})
		with data.newslint.config.options as options
	count(findings) == 1
}

test_a_dateline_caption_between_paragraphs_is_reported if {
	getty := caption(2, "KYIV, UKRAINE - JUNE 12: Rescuers at the site of a missile strike on a residential building.")
	later := caption(2, "WASHINGTON — Members of the cabinet across the country this week in defence of the plan.")
	every c in [getty, later] {
		count(image_caption_leak.report) == 1 with input as with_lists({"blocks": [para(0), para(1), c, para(3)]})
			with data.newslint.config.options as options
	}
}

test_a_note_to_readers_is_silent if {
	note := caption(1, "Editor's note: This story contains references to sexual assault.")
	findings := image_caption_leak.report with input as with_lists({"blocks": [para(0), note, para(2)]})
		with data.newslint.config.options as options
	count(findings) == 0
}
