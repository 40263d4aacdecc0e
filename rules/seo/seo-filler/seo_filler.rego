# METADATA
# title: Templated SEO intro, outro or FAQ padding
# description: >-
#   Phrases from SEO writing templates ("Today we will discuss about ...",
#   "In this article, we will explore ...", "This article aims to delve into
#   ...", "Let's dig into ...", a "Final Thoughts" heading) and an FAQ section whose questions mostly
#   restate the article's key phrase. A question-and-answer section whose
#   questions vary is journalism and is left alone, and so is a phrase
#   in quotation marks (a story about such pages, a speech quoted).
# custom:
#   id: seo-filler
#   severity: warning
#   needs: [tags.seo-filler, tags.faq-heading]
#   options:
#     faq_min_questions: 3
#     faq_min_share: 0.6
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
	some _, found in boilerplate.by_block([t | some t in boilerplate.tags("seo-filler"); heading_or_free(t); not t.quoted])
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
