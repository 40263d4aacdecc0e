# METADATA
# title: Page furniture pasted into the article
# description: >-
#   Text of the page around the article ("Related posts", "Share this:", "Like
#   this:", "Download PDF", newsletter and cookie notices, calls to action such
#   as "Join us on Telegram", platform disclaimers, "Read more", tag lists)
#   stands in the body. A label that heads teaser headlines ("More Stories")
#   is reported with them by injected-block. A lone footer link ("Privacy
#   Policy", "Impressum") that shares the article's words (similarity above
#   own_heading_similarity) and heads a paragraph of it is the article's
#   own subheading, in a story about such a policy. A news agency's copyright
#   line under its story ("Copyright 2025 The Associated Press. All rights
#   reserved.", "© AFP 2025. Tous droits réservés.") is the story's credit,
#   which comes with it to every site that runs it.
# custom:
#   id: page-chrome
#   severity: warning
#   needs: [runs]
#   options:
#     own_heading_similarity: 0.1
#   option_ranges:
#     own_heading_similarity: [0, 1]
#   example:
#     bad: |
#       The tram line to the airport will open in four years, the council said.
#
#       Join us on Telegram
#     good: |
#       The tram line to the airport will open in four years, the council said.
package newslint.rules.spam.page_chrome

import data.newslint.lib.boilerplate
import data.newslint.lib.config

opts := config.options(rego.metadata.chain())

report contains finding if {
	some run in boilerplate.body_runs("page-chrome")
	not heads_teasers(run)
	not heads_contents(run)
	not own_heading(run)
	not wire_rights(run)
	not teaser_lines[run.first_block]
	finding := boilerplate.run_finding(rego.metadata.chain(), run, "page furniture")
}

# A run that opens with a label and its headline on one line ("Voir aussi :
# HEADLINE", which injected-block reports) and goes on with other furniture
# (a paywall prompt): reported from the first other block.
report contains finding if {
	some run in boilerplate.body_runs("page-chrome")
	not heads_teasers(run)
	teaser_lines[run.first_block]
	rest := [i | some i in numbers.range(run.first_block, run.last_block); not teaser_lines[i]]
	first := input.blocks[rest[0]]
	texts := [t.text | some i in rest; some t in object.get(input.blocks[i], "tags", []); t.class == "page-chrome"]
	count(texts) > 0
	trimmed := object.union(run, {
		"first_block": rest[0],
		"blocks": (run.last_block - rest[0]) + 1,
		"span": boilerplate.spanning(first.span, run.span),
		"texts": texts,
	})
	finding := boilerplate.run_finding(rego.metadata.chain(), trimmed, "page furniture")
}

# labels are the blocks that label teaser units. Made whole once: a
# partial set looked up by block would run its body again for each
# lookup, quadratic on a page of many runs and teasers.
labels := {i |
	some t in object.get(input, "teasers", [])
	some i in object.get(t, "labels", [])
}

# teaser_lines are the labels that are also headlines of their unit.
teaser_lines := {i |
	some t in object.get(input, "teasers", [])
	some i in object.get(t, "labels", [])
	i in object.get(t, "headlines", [])
}

# The run is only labels of teaser units ("More Stories", "Related Tags"),
# which injected-block reports with their headlines.
# heads_contents: a bare label ("Contents") over the entries of the
# article's own table of contents, lines that repeat its section headings
# (facts: blocks' contents). A box saved with its button ("Contents hide")
# is the page's widget.
heads_contents(run) if {
	run.blocks == 1
	input.blocks[run.last_block + 1].contents
	every p in run.patterns {
		p in contents_labels
	}
}

contents_labels := {
	"^contents$", "^table of contents$", "^in this article$", "^sommaire$",
	"^inhalt$", "^inhaltsverzeichnis$", "^índice$", "^índice de contenidos$", "^tabla de contenidos$",
}

# own_heading: the run is one footer link that shares the article's words
# and heads a paragraph of it: a subheading of the story ("Privacy
# Policy", then the policy's terms). A footer's links share nothing with
# the story, and come in a row.
own_heading(run) if {
	run.blocks == 1
	every p in run.patterns {
		p in footer_links
	}
	b := input.blocks[run.first_block]
	b.similarity > opts.own_heading_similarity
	next := input.blocks[run.first_block + 1]
	next.kind == "paragraph"
	next.words >= 15
	count(object.get(next, "tags", [])) == 0
}

footer_links := {
	"^about us$", "^contact us$", "^privacy policy$", "^privacy notice$", "^terms of use$", "^terms of service$",
	"^terms and conditions$", "^cookie policy$", "^cookies policy$", "^impressum$", "^datenschutz$",
	"^datenschutzerklärung$", "^kontakt$", "^agb$", "^barrierefreiheit$", "^mentions légales$",
	"^politique de confidentialité$", "^nous contacter$", "^qui sommes-nous$", "^aviso legal$",
	"^política de privacidad$", "^política de cookies$", "^contacto$", "^quiénes somos$", "^términos y condiciones$",
}

# A news agency's copyright line under its story ("Copyright 2025 The
# Associated Press. All rights reserved.", "© AFP 2025. Tous droits
# réservés.") comes with the story to every site that runs it: the story's
# credit, as "Reporting by …" is, not the site's footer.
wire_rights(run) if {
	run.blocks == 1
	every p in run.patterns {
		p in rights_phrases
	}
	regex.match(wire_rights_line, input.blocks[run.first_block].text)
}

rights_phrases := {"all rights reserved", "tous droits réservés", "alle rechte vorbehalten", "todos los derechos reservados"}

wire_rights_line := `^(?i)(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s+)?(?:the\s+)?(?:associated press|ap|reuters|thomson reuters|agence france-presse|afp|dpa|deutsche presse-agentur|efe|agencia efe|europa press|ansa|bloomberg(?: l\.?p\.?)?|the canadian press|canadian press|pa media|press association|kyodo news|apa|belga|anp|keystone-sda|epd|kna)\b\.?\s*(?:\d{4}\.?\s*)?(?i:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados)\.?\s*$`

heads_teasers(run) if {
	every i in numbers.range(run.first_block, run.last_block) {
		labels[i]
	}
}
