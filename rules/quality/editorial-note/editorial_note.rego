# METADATA
# title: Editorial note or AI-assistant text left in the text
# description: >-
#   A note meant for the newsroom ("TK", "cost TK million", "XX September",
#   "[citation needed]", "EDITOR: check this", "[Editor: add photo]",
#   "(CHECK FIGURE)", "FIXME") or text of an AI assistant ("As an AI language model ...",
#   "Certainly! Here is the article ...", "As of my last knowledge update
#   ...") was published with the article: a chat assistant's preamble ("Okay,
#   here's a summary and a news article based on the provided text"), its
#   scaffold labels ("Title:", "Headline:", "Rewritten Article"), the citation
#   markers it leaves ("【4†source】"), its closing offer ("Let me know if you'd
#   like a shorter version", "Would you like me to add quotes?"), its word
#   count ("(Word count: 512)"), or a bracketed reminder ("(needs
#   verification)", "[check date]", "[prüfen]", "[comprobar]", "(source?)").
#   English, French, German and Spanish. "TK" that the article uses as a
#   name (the German health insurer: "ein Sprecher der TK", "Techniker
#   Krankenkasse (TK)") is that name wherever it stands. In an article that
#   holds such text, a lone "Summary:" label and the section under it (up to
#   the next label or heading) are the assistant's summary of its source and
#   are reported as one finding. Assistant text the article quotes
#   ("pupils' essays ended with “I hope this helps!”") is cited, not left
#   in. An SEO field label ("Meta Description:")
#   among other SEO-plugin output is left to seo-score-leak, which reports
#   the plugin's run.
# custom:
#   id: editorial-note
#   severity: error
#   needs: [tags.editorial-note, tags.ai-artifact, tags.acronym-name]
#   example:
#     bad: |
#       Okay, here's a summary and a news article based on the provided text:
#
#       The ferry operator raised fares on every route on Monday.
#     good: |
#       The ferry operator raised fares on every route on Monday.
package newslint.rules.quality.editorial_note

import data.newslint.lib.boilerplate
import data.newslint.lib.result

# Editorial notes: one finding per block, naming each note. A block that
# also holds assistant text is reported once, below.
report contains finding if {
	some b, notes in boilerplate.by_block(note_tags)
	not ai_blocks[b]
	texts := [t.text | some t in notes]
	finding := result.fail_with(
		rego.metadata.chain(),
		boilerplate.spanning(notes[0].span, notes[count(notes) - 1].span),
		notes_message(texts),
		{"suggestion": sprintf("resolve and remove %s", [boilerplate.quoted(texts)])},
	)
}

note_tags := [t | some t in boilerplate.tags("editorial-note"); not named[t.text]]

# A note's letters that the article uses as a name ("ein Sprecher der TK",
# "Techniker Krankenkasse") are that name wherever they stand: "die Kassen
# (AOK, TK)." is no "to come".
named contains t.text if some t in boilerplate.tags("acronym-name")

named contains concat("", [substring(w, 0, 1) | some w in split(t.text, " ")]) if {
	some t in boilerplate.tags("acronym-name")
	contains(t.text, " ")
}

notes_message(texts) := sprintf("editorial note %q left in the text", [texts[0]]) if count(texts) == 1

notes_message(texts) := sprintf("%d editorial notes left in the text: %s", [count(texts), boilerplate.quoted(texts)]) if count(texts) > 1

# AI-assistant text: the whole sentence (or short block) goes; one finding
# per block, from the first such sentence to the last, naming every phrase
# (and any editorial note in the block).
report contains finding if {
	some b, found in boilerplate.by_block(ai_tags)
	span := boilerplate.spanning(ai_span(found[0]), ai_span(found[count(found) - 1]))
	notes := [t.text | some t in note_tags; t.block == b]
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("AI-assistant text left in the article: %s%s", [boilerplate.quoted([t.text | some t in found]), with_notes(notes)]),
		{"suggestion": "remove the assistant's text; check the facts around it, which may be made up"},
	)
}

ai_blocks := {t.block | some t in ai_tags}

with_notes(notes) := "" if count(notes) == 0

with_notes(notes) := sprintf("; editorial notes: %s", [boilerplate.quoted(notes)]) if count(notes) > 0

# An SEO field label ("Meta Description:", "SEO Title:") among other
# SEO-plugin output belongs to seo-score-leak, which reports the run: the
# label is reported once, by the rule that owns the run.
ai_tags := [t | some t in boilerplate.tags("ai-artifact"); not t.quoted; not seo_owned(t); not fact_box(t)]

# A "Title:" among the fields of a fact box ("Author: …", "Publisher: …")
# is the box's, not an assistant's scaffold: a block beside it opens with
# a label of its own that no class tags.
fact_box(t) if {
	regex.match(`^(?i)(title|titel|titre|titular)\s?:$`, t.text)
	some j in [t.block - 1, t.block + 1]
	b := input.blocks[j]
	count(object.get(b, "tags", [])) == 0
	regex.match(`^\p{Lu}\p{L}{1,20}(?: \p{L}{1,20})?\s?:\s*\S`, b.text)
}

seo_owned(t) if {
	some run in boilerplate.body_runs("seo-score")
	run.first_block <= t.block
	t.block <= run.last_block
	some s in boilerplate.tags("seo-score")
	s.block == t.block
	s.span.offset < t.span.end_offset
	t.span.offset < s.span.end_offset
}

# A short block goes whole; in a long one, the sentence.
ai_span(t) := input.blocks[t.block].span if input.blocks[t.block].words <= 40

ai_span(t) := input.sentences[t.sentence].span if {
	input.blocks[t.block].words > 40
	t.sentence >= 0
}

# The assistant's summary of its source: a lone "Summary:" label, in an
# article with other assistant text, and the blocks under it up to the next
# label, tagged block or heading.
report contains finding if {
	count(ai_tags) > 0
	some t in boilerplate.tags("ai-summary")
	last := summary_end(t.block)
	first := input.blocks[t.block]
	end := input.blocks[last]
	span := object.union(first.span, {"end_offset": end.span.end_offset, "end_line": end.span.end_line, "end_column": end.span.end_column})
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("AI-assistant summary of its source left in the article (%s)", [boilerplate.lines(span)]),
		{"suggestion": "remove the assistant's summary; it describes the text the assistant was given, not the news"},
	)
}

summary_end(i) := max({j |
	some j in numbers.range(i, count(input.blocks) - 1)
	every k in numbers.range(i + 1, j) {
		not section_break(k)
	}
})

section_break(k) if input.blocks[k].kind == "heading"

section_break(k) if count(object.get(input.blocks[k], "tags", [])) > 0
