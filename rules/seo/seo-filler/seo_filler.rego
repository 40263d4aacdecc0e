# METADATA
# title: Templated SEO intro, outro or FAQ padding
# description: >-
#   Phrases from SEO writing templates ("Today we will discuss about ...",
#   "In this article, we will explore ...", "This article aims to delve into
#   ...", "Let's dig into ...", a "Final Thoughts" heading) and an FAQ section whose questions mostly
#   restate the article's key phrase (of several words, or in German one long
#   compound: "Ist eine Heißluftfritteuse gesund?"). Phrases that news writing uses too
#   count only on a page that shows the template elsewhere (one of the
#   above, an FAQ heading, a key phrase of three words or more repeated,
#   or such phrases in three paragraphs): "Everything you
#   need to know about", "Read on to find out", a paragraph opening "In
#   conclusion," / "In summary," / "Fazit:" / "En conclusión,", a "Final
#   Verdict" heading; never in the title or a headline line of the header
#   (an explainer's headline promises "Everything you need to know"), and an op-ed that
#   ends "In conclusion, …" is left alone. A question-and-answer section whose
#   questions vary is journalism and is left alone, and so is a phrase
#   in quotation marks (a story about such pages, a speech quoted).
# custom:
#   id: seo-filler
#   severity: warning
#   needs: [tags.seo-filler, tags.faq-heading, tags.seo-template]
#   options:
#     faq_min_questions: 3
#     faq_min_share: 0.6
#     keyphrase_min_count: 4
#     keyphrase_min_density: 2
#   example:
#     bad: |
#       This article aims to delve into the new tram line and what it means for commuters.
#     good: |
#       The new tram line will carry 30,000 passengers a day, the city says.
package newslint.rules.seo.seo_filler

import data.newslint.lib.boilerplate
import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

# A templated phrase. Phrases tied to the start of a block ("Final
# Thoughts", "Conclusion") count only as headings.
# One finding per block, naming each templated phrase in it.
report contains finding if {
	some _, found in boilerplate.by_block(strong)
	t := found[0]
	finding := result.fail_with(
		rego.metadata.chain(),
		boilerplate.spanning(t.span, found[count(found) - 1].span),
		phrase_message([x.text | some x in found]),
		{"suggestion": suggestion(t)},
	)
}

phrase_message(texts) := sprintf("templated SEO phrase %q", [texts[0]]) if count(texts) == 1

phrase_message(texts) := sprintf("templated SEO phrases %s", [boilerplate.quoted(texts)]) if count(texts) > 1

strong := [t | some t in boilerplate.tags("seo-filler"); heading_or_free(t); not t.quoted]

strong_blocks := {t.block | some t in strong}

# A phrase that news writing uses too, reported only on a page that shows
# the template elsewhere: a paragraph that opens as a heading of the
# template would ("In conclusion, …", "Fazit: …", "En conclusión, …"), and
# the phrases of class seo-template ("Everything you need to know about",
# "In summary, …", a "Final Verdict" heading). Not in the page's title or
# header, where an explainer's headline promises the same.
# One finding per block.
report contains finding if {
	count(weak) > 0
	seo_shaped
	some b, found in boilerplate.by_block(weak)
	not strong_blocks[b]
	t := found[0]
	finding := result.fail_with(
		rego.metadata.chain(),
		boilerplate.spanning(t.span, found[count(found) - 1].span),
		sprintf("%s, on a page built from an SEO template (%s)", [phrase_message([x.text | some x in found]), concat(", ", array.slice(shape_signs, 0, 3))]),
		{"suggestion": "remove the templated phrase and keep the facts"},
	)
}

weak := [t |
	some t in array.concat(boilerplate.tags("seo-filler"), boilerplate.tags("seo-template"))
	not t.quoted
	weak_tag(t)
	own_text(t.block)
] if {
	# Most pages have no such phrase: the list is not built for them.
	count(boilerplate.tags("seo-filler")) + count(boilerplate.tags("seo-template")) > 0
} else := []

# A tag of class seo-template counts wherever it stands in the body; a
# seo-filler heading's phrase only at the start of a paragraph.
weak_tag(t) if t.class == "seo-template"

weak_tag(t) if {
	t.class == "seo-filler"
	startswith(t.pattern, "^")
	not input.blocks[t.block].headline_shape
}

# Not the page's title, nor a headline-shaped line of its header (a
# kicker): an explainer's headline promises "Everything you need to know".
own_text(i) if {
	i != object.get(input, ["title", "block"], -1)
	not header_line(input.blocks[i])
}

header_line(b) if {
	b.in_header
	b.headline_shape
}

# The page shows the template: a templated phrase or heading reported
# above, an FAQ heading, a key phrase of three words or more repeated as
# SEO plugins ask (keyphrase_min_count times, at keyphrase_min_density per
# 100 words: a story names "Port Elling" often, but seldom repeats "Port
# Elling dredging plan"), or phrases of the weak kind in three blocks.
seo_shaped if count(strong) > 0

seo_shaped if count(faq_headings) > 0

seo_shaped if count(repeated_keyphrases) > 0

seo_shaped if count({t.block | some t in weak}) >= 3

repeated_keyphrases := [kw.phrase |
	some kw in input.keywords
	kw.words >= 3
	not kw.proper
	kw.count >= opts.keyphrase_min_count
	kw.density >= opts.keyphrase_min_density
]

faq_headings := [t | some t in boilerplate.tags("faq-heading"); input.blocks[t.block].headline_shape]

shape_signs := array.concat(
	array.concat(
		sort({sprintf("%q", [t.text]) | some t in strong}),
		[sprintf("an FAQ section %q", [t.text]) | some t in faq_headings],
	),
	array.concat(
		[sprintf("the key phrase %q repeated", [p]) | some p in repeated_keyphrases],
		[sprintf("%q", [t.text]) | (count(strong) + count(faq_headings)) + count(repeated_keyphrases) == 0; some t in weak],
	),
)

heading_or_free(t) if not startswith(t.pattern, "^")

heading_or_free(t) if {
	startswith(t.pattern, "^")
	input.blocks[t.block].headline_shape
}

suggestion(t) := "remove the templated heading" if t.whole

suggestion(t) := "remove the templated phrase and start with the news" if not t.whole

# An FAQ section ("FAQs", "Frequently Asked Questions") whose questions
# mostly restate a key phrase of the article. One finding for the section:
# its questions restate the phrase and its parts ("port elling dredging
# plan", "port elling", "dredging plan"), and the finding names the phrase
# restated most often, the longest of those.
report contains finding if {
	some t in boilerplate.tags("faq-heading")
	h := input.blocks[t.block]
	h.headline_shape
	questions := faq_questions(h.index)
	count(questions) >= opts.faq_min_questions
	restated := {[n, kw.words, kw.phrase] |
		some kw in input.keywords
		key_phrase(kw)
		n := count([q | some q in questions; contains(lower(q.text), kw.phrase)])
		n >= opts.faq_min_share * count(questions)
	}
	count(restated) > 0
	[n, _, phrase] := max(restated)
	last := questions[count(questions) - 1]
	span := object.union(h.span, {"end_offset": last.span.end_offset, "end_line": last.span.end_line, "end_column": last.span.end_column})
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("FAQ padding: %d of %d questions restate %q", [n, count(questions), phrase]),
		{
			"suggestion": "remove the FAQ section, or keep only questions readers ask, answered with new facts",
			"evidence": {
				"phrase": phrase,
				"questions": [q.text | some q in questions; contains(lower(q.text), phrase)],
				"phrases": sort([p | some [_, _, p] in restated]),
			},
		},
	)
}

key_phrase(kw) if kw.words > 1

key_phrase(kw) if contains(kw.phrase, "-")

key_phrase(kw) if kw.declared

# A long word of a German article is a compound, as specific as an English
# phrase ("Heißluftfritteuse", "air fryer").
key_phrase(kw) if {
	input.language == "de"
	kw.words == 1
	count(kw.phrase) >= 11
}

# The question lines after an FAQ heading, up to the next heading that is
# not a question.
faq_questions(h) := [b |
	some b in array.slice(input.blocks, h + 1, section_end(h))
	b.question
	b.words <= 25
	not widget(b)
]

# A question that belongs to a widget ("How useful was this post?").
widget(b) if {
	some t in b.tags
	t.strong
}

# A section ends at the next heading that is not a question. An FAQ
# heading is most often such a heading itself, whose next one is looked
# up, so that a page of many FAQ sections is not walked once for each.
section_end(h) := e if {
	e := next_break[h]
} else := min({i | some i in section_breaks; i > h} | {count(input.blocks)})

section_breaks := [i |
	some i, b in input.blocks
	b.kind == "heading"
	not b.question
]

next_break := {section_breaks[k]: section_breaks[k + 1] | some k in numbers.range(0, count(section_breaks) - 2)} if {
	count(section_breaks) > 1
} else := {}
