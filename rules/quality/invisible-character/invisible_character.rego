# METADATA
# title: Invisible formatting character in the text
# description: >-
#   A character that takes no room on the page hides in the text: a
#   bidirectional override that makes readers see the text after it in
#   another order than it is written, a direction mark in text with no
#   right-to-left script, a zero-width space or joiner inside a word (the
#   word looks whole but search and filters no longer match it), a run of
#   three or more of them padding the text, or tag
#   characters spelling hidden text that software reads and people do not.
#   Joiners in emoji sequences and scripts that need them, and direction
#   marks in Hebrew or Arabic text, are left alone.
# custom:
#   id: invisible-character
#   severity: warning
#   needs: [invisible]
#   example:
#     bad: "# Budget vote\n\nThe council voted to ap\u200Bprove the budget on Monday."
#     good: "# Budget vote\n\nThe council voted to approve the budget on Monday."
package newslint.rules.quality.invisible_character

import data.newslint.lib.result

report contains finding if {
	some inv in input.invisible
	why := hidden_by(inv)
	finding := result.fail_with(
		rego.metadata.chain(),
		inv.span,
		sprintf("%s in \"%s\": %s", [characters(inv), inv.word, why]),
		{
			"suggestion": "delete it (it cannot be seen; retype the word if in doubt)",
			"replacement": "",
			"evidence": {"codes": inv.codes, "names": inv.names},
		},
	)
}

hidden_by(inv) := "it makes the text after it display in reverse order, so readers see something other than what is written" if {
	inv.kind == "bidi-override"
}

hidden_by(inv) := "a direction control in text without any right-to-left script; it can reorder what readers see" if {
	inv.kind in {"bidi-embedding", "bidi-isolate", "bidi-mark"}
	not inv.rtl
}

hidden_by(inv) := "it splits a word that still looks whole, so search and filters no longer find the word" if {
	inv.kind == "zero-width"
	inv.in_word
}

hidden_by(inv) := "a run of them pads the text with characters that readers cannot see but software counts" if {
	inv.kind == "zero-width"
	not inv.in_word
	count(inv.codes) >= 3
}

hidden_by(inv) := "a joiner between letters of a script that never needs one; the word no longer matches its spelling" if {
	inv.kind == "joiner"
	inv.alphabetic
}

hidden_by(inv) := sprintf("they spell hidden text, \"%s\", that readers cannot see but software reads", [inv.hidden]) if {
	inv.kind == "tag"
	not inv.emoji
	inv.hidden != ""
}

characters(inv) := sprintf("invisible character %s %s", [inv.codes[0], inv.names[0]]) if count(inv.codes) == 1

characters(inv) := sprintf("%d invisible characters (%s)", [count(inv.codes), concat(", ", inv.codes)]) if {
	count(inv.codes) > 1
	count(inv.codes) <= 4
}

characters(inv) := sprintf("%d invisible characters (%s, ...)", [count(inv.codes), concat(", ", array.slice(inv.codes, 0, 4))]) if {
	count(inv.codes) > 4
}
