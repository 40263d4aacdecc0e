# METADATA
# title: Word spelled with look-alike letters from another script
# description: >-
#   A word mixes scripts with letters that look alike (a Cyrillic "е" or "о"
#   inside a Latin word), a trick to slip past filters and searches. Words
#   whose foreign letters look like nothing in the word's own script (a Greek
#   "β" in "β-blocker") are not reported.
# custom:
#   id: homoglyph
#   severity: warning
package newslint.rules.spam.homoglyph

import data.newslint.lib.result

report contains finding if {
	some w in input.mixed_script
	w.look_alike
	letters := concat(", ", [sprintf("%q (%s %s, looks like %q)", [f.letter, f.script, f.codepoint, f.looks_like]) | some f in w.foreign])
	fixed := strings.replace_n({f.letter: f.looks_like | some f in w.foreign}, w.word)
	finding := result.fail_with(
		rego.metadata.chain(),
		w.span,
		sprintf("%q is a %s word with letters from another script: %s", [w.word, w.script, letters]),
		{
			"suggestion": sprintf("retype the word as %q", [fixed]),
			"evidence": {"word": w.word, "script": w.script, "foreign": w.foreign},
		},
	)
}
