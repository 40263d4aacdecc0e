# METADATA
# title: Editorial note or AI-assistant text left in the text
# description: >-
#   A note meant for the newsroom ("TK", "[citation needed]", "EDITOR: check
#   this") or text of an AI assistant ("As an AI language model ...",
#   "Certainly! Here is the article ...", "As of my last knowledge update
#   ...") was published with the article: a chat assistant's preamble ("Okay,
#   here's a summary and a news article based on the provided text"), its
#   scaffold labels ("Title:", "Headline:", "Rewritten Article"), the citation
#   markers it leaves ("【4†source】"), its closing offer ("Let me know if you'd
#   like a shorter version"), or a bracketed reminder ("(needs
#   verification)"). English, French, German and Spanish.
# custom:
#   id: editorial-note
#   severity: error
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

report contains finding if {
	some t in boilerplate.tags("editorial-note")
	finding := result.fail_with(
		rego.metadata.chain(),
		t.span,
		sprintf("editorial note %q left in the text", [t.text]),
		{"suggestion": sprintf("resolve the note and remove %q", [t.text])},
	)
}

# AI-assistant text: the whole sentence (or short block) goes. Several
# phrases in one sentence make one finding.
report contains finding if {
	some span in {ai_span(t) | some t in ai_tags}
	found := [t.text | some t in ai_tags; ai_span(t) == span]
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("AI-assistant text left in the article: %s", [boilerplate.quoted(found)]),
		{"suggestion": "remove the assistant's text; check the facts around it, which may be made up"},
	)
}

ai_tags := boilerplate.tags("ai-artifact")

# A short block goes whole; in a long one, the sentence.
ai_span(t) := input.blocks[t.block].span if input.blocks[t.block].words <= 40

ai_span(t) := input.sentences[t.sentence].span if {
	input.blocks[t.block].words > 40
	t.sentence >= 0
}
