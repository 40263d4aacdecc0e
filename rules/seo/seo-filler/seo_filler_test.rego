package newslint.rules.seo.seo_filler_test

import data.newslint.rules.seo.seo_filler

# tagged lists the blocks' tags at the top level by class, as the facts do.
tagged(doc) := object.union(doc, {"tags": {class: [object.union(t, {"block": b.index}) |
	some b in doc.blocks
	some t in object.get(b, "tags", [])
	t.class == class
] |
	some b in doc.blocks
	some t in object.get(b, "tags", [])
	class := t.class
}})

options := {"seo-filler": {"faq_min_questions": 3, "faq_min_share": 0.6, "keyphrase_min_count": 4, "keyphrase_min_density": 2}}

span(line) := {"offset": line * 100, "end_offset": (line * 100) + 40, "line": line, "column": 1, "end_line": line, "end_column": 41}

block(i, kind, text, extra) := object.union(
	{"index": i, "kind": kind, "text": text, "words": count(split(text, " ")), "span": span(i + 1), "headline_shape": false, "question": false},
	extra,
)

tag(class, pattern, text, line, whole) := {"class": class, "pattern": pattern, "text": text, "span": span(line), "whole": whole}

test_templated_intro_inside_a_paragraph if {
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [block(0, "paragraph", "Today we will discuss about drought relief and more.", {"tags": [tag("seo-filler", "today we will discuss about", "Today we will discuss about", 1, false)]})]})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.message == "templated SEO phrase \"Today we will discuss about\""
	contains(f.suggestion, "start with the news")
}

test_final_thoughts_heading if {
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [block(0, "heading", "Final Thoughts", {"headline_shape": true, "tags": [tag("seo-filler", "^final thoughts$", "Final Thoughts", 1, true)]})]})
		with data.newslint.config.options as options
	count(findings) == 1
}

test_anchored_phrase_in_a_sentence_is_silent if {
	# "Conclusion of the inquiry is expected in May." is not a template heading.
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [block(0, "paragraph", "Conclusion of the inquiry is expected in May.", {"tags": [tag("seo-filler", "^conclusion", "Conclusion", 1, false)]})]})
		with data.newslint.config.options as options
	count(findings) == 0
}

faq(questions) := array.concat(
	[
		block(0, "paragraph", "Relief trucks reached the north on Monday after the bridge reopened.", {}),
		block(1, "heading", "FAQs", {"headline_shape": true, "tags": [tag("faq-heading", "^faqs$", "FAQs", 2, true)]}),
	],
	[block(i + 2, "list_item", q, {"question": true}) | some i, q in questions],
)

kw := {"phrase": "drought relief", "words": 2, "count": 12}

test_faq_whose_questions_restate_the_key_phrase if {
	findings := seo_filler.report with input as tagged({"keywords": [kw], "blocks": faq([
		"What is drought relief?", "Who pays for drought relief?", "When will drought relief arrive?", "Is the road open?",
	])})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.message == "FAQ padding: 3 of 4 questions restate \"drought relief\""
	f.span.line == 2
	f.span.end_line == 6
}

test_legitimate_questions_and_answers_are_silent if {
	findings := seo_filler.report with input as tagged({"keywords": [kw], "blocks": faq([
		"Why did the bridge close?", "Who decides when it reopens?", "What happens to the trucks?", "How can residents get water?",
	])})
		with data.newslint.config.options as options
	count(findings) == 0
}

# The FAQ section ends at the next heading that is not a question, whether
# the FAQ heading is a heading or a headline-shaped line.
test_faq_section_ends_at_the_next_heading if {
	every kind in ["heading", "paragraph"] {
		ends_before_the_next_heading(kind)
	}
}

ends_before_the_next_heading(kind) if {
	restating := ["What is drought relief?", "Who pays for drought relief?", "When will drought relief arrive?"]
	section := faq(restating)
	heading := object.union(section[1], {"kind": kind})
	next := block(5, "heading", "Other news", {"headline_shape": true})
	after := [block(i + 6, "list_item", q, {"question": true}) | some i, q in restating]
	doc := array.concat(array.concat([section[0], heading], array.slice(section, 2, 5)), array.concat([next], after))
	findings := seo_filler.report with input as tagged({"keywords": [kw], "blocks": doc})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.message == "FAQ padding: 3 of 3 questions restate \"drought relief\""
	f.span.end_line == 5
}

test_a_quoted_phrase_is_silent if {
	t := object.union(tag("seo-filler", "in today's fast-paced world", "In today's fast-paced world", 1, false), {"quoted": true})
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [block(0, "paragraph", "Such pages open with \"In today's fast-paced world\", the study found.", {"tags": [t]})]})
		with data.newslint.config.options as options
	count(findings) == 0
}

# Questions that restate a phrase restate its parts too: one finding for
# the section, naming the phrase restated most often, the longest of them.
test_one_finding_for_an_faq_whose_questions_restate_several_phrases if {
	phrases := [
		{"phrase": "valley drought relief", "words": 3, "count": 9},
		{"phrase": "drought relief", "words": 2, "count": 12},
		{"phrase": "valley drought", "words": 2, "count": 9},
	]
	findings := seo_filler.report with input as tagged({"keywords": phrases, "blocks": faq([
		"What is valley drought relief?", "Who pays for valley drought relief?", "When will valley drought relief arrive?",
	])})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.message == "FAQ padding: 3 of 3 questions restate \"valley drought relief\""
	f.evidence.phrases == ["drought relief", "valley drought", "valley drought relief"]
}

# Phrases that news writing uses too: a paragraph opening "In conclusion,"
# (a template heading's phrase), "Everything you need to know about",
# "Read on to find out" (class seo-template).
closing := block(3, "paragraph", "In conclusion, the new timetable suits most travellers.", {"tags": [tag("seo-filler", "^in conclusion", "In conclusion", 4, false)]})

promise := block(1, "paragraph", "Everything you need to know about the timetable is here.", {"tags": [tag("seo-template", "everything you need to know about", "Everything you need to know about", 2, false)]})

read_on := block(2, "paragraph", "Which boat is best? Read on to find out.", {"tags": [tag("seo-template", "read on to find out", "Read on to find out", 3, false)]})

story := block(0, "paragraph", "The ferry operator changed its timetable on Monday.", {})

hourly := block(1, "paragraph", "Boats leave every hour.", {})

intro := block(0, "paragraph", "In this article we will look at the new timetable.", {"tags": [tag("seo-filler", "in this article we will", "In this article we will", 1, false)]})

test_summing_up_paragraph_on_a_page_built_from_a_template if {
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [intro, block(1, "paragraph", "Boats leave every hour.", {}), block(2, "paragraph", "Fares stay the same.", {}), closing]})
		with data.newslint.config.options as options
	count(findings) == 2
	some f in findings
	f.span.line == 4
	f.message == "templated SEO phrase \"In conclusion\", on a page built from an SEO template (\"In this article we will\")"
}

test_summing_up_paragraph_of_an_op_ed_is_silent if {
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [story, block(1, "paragraph", "Boats leave every hour.", {}), block(2, "paragraph", "Fares stay the same.", {}), closing]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_two_such_phrases_alone_are_silent if {
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [story, promise, block(2, "paragraph", "Fares stay the same.", {}), closing]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_three_such_phrases_show_the_template if {
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [story, promise, read_on, closing]})
		with data.newslint.config.options as options
	count(findings) == 3
}

test_such_a_phrase_beside_an_faq_heading if {
	findings := seo_filler.report with input as tagged({"keywords": [], "blocks": [
		story, hourly, read_on,
		block(3, "heading", "FAQs", {"headline_shape": true, "tags": [tag("faq-heading", "^faqs$", "FAQs", 4, true)]}),
	]})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	f.span.line == 3
	contains(f.message, "an FAQ section \"FAQs\"")
}

# An explainer's headline promises the same: the title is not counted.
test_the_title_is_not_counted if {
	title := block(0, "heading", "Everything you need to know about the timetable", {"headline_shape": true, "in_header": true, "tags": [tag("seo-template", "everything you need to know about", "Everything you need to know about", 1, false)]})
	findings := seo_filler.report with input as tagged({"keywords": [], "title": {"block": 0}, "blocks": [
		title, block(1, "paragraph", "Boats leave every hour.", {}),
		block(2, "heading", "FAQs", {"headline_shape": true, "tags": [tag("faq-heading", "^faqs$", "FAQs", 3, true)]}),
	]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_such_a_phrase_beside_a_repeated_key_phrase if {
	repeated := {"phrase": "best ferry routes", "words": 3, "count": 6, "density": 3.1}
	findings := seo_filler.report with input as tagged({"keywords": [repeated], "blocks": [story, hourly, read_on]})
		with data.newslint.config.options as options
	count(findings) == 1
	some f in findings
	contains(f.message, "the key phrase \"best ferry routes\" repeated")
}

# A name repeated is a story's subject, not a key phrase.
test_a_repeated_name_is_no_key_phrase if {
	name := {"phrase": "valmont ferry company", "words": 3, "count": 6, "density": 3.1, "proper": true}
	findings := seo_filler.report with input as tagged({"keywords": [name], "blocks": [story, hourly, read_on]})
		with data.newslint.config.options as options
	count(findings) == 0
}

# In a German article a long compound is a key phrase an FAQ can restate.
test_faq_restating_a_german_compound if {
	compound := {"phrase": "heißluftfritteuse", "words": 1, "count": 12}
	blocks := faq(["Welche Heißluftfritteuse ist die beste?", "Ist eine Heißluftfritteuse gesund?", "Was kostet eine Heißluftfritteuse?"])
	count(seo_filler.report) == 1 with input as tagged({"language": "de", "keywords": [compound], "blocks": blocks})
		with data.newslint.config.options as options
	count(seo_filler.report) == 0 with input as tagged({"language": "en", "keywords": [compound], "blocks": blocks})
		with data.newslint.config.options as options
}
