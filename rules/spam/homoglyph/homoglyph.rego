# METADATA
# title: Word spelled with look-alike letters from another script
# description: >-
#   Words mix scripts with letters that look alike (a Cyrillic "е" or an
#   Armenian "օ" inside a Latin word), a trick to slip past filters and
#   searches. Which letter imitates which comes from Unicode's confusables data
#   (TS #39). Words whose foreign letters look like nothing in the word's own
#   script (a Greek "β" in "β-blocker") are not reported, nor a small Greek
#   letter among capitals ("NF-κB", "PKCα"), science's notation. Words
#   written in styled letters that read as Latin ones, Unicode's mathematical
#   bold or italic ("𝐁𝐮𝐲 𝐧𝐨𝐰") or fullwidth forms ("ＦＲＥＥ"), are the same
#   trick, outside Chinese, Japanese or Korean text, and so is the Turkish
#   dotless "ı" for an "i" in small words ("log ın to verıfy"); Turkish
#   names ("Akın", "Diyarbakır") are left alone. One finding covers a
#   passage — a paragraph, or adjacent paragraphs written the same way — and
#   counts its words, letters and scripts; set per_block to report each
#   paragraph on its own.
# custom:
#   id: homoglyph
#   severity: warning
#   needs: [mixed_script]
#   options:
#     per_block: false
#   example:
#     bad: |
#       The harbоur reopened on Thursday after six weeks of repairs to the pier.
#     good: |
#       The harbour reopened on Thursday after six weeks of repairs to the pier.
package newslint.rules.spam.homoglyph

import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

disguised := [w | some w in input.mixed_script; w.look_alike]

blocks := {w.block | some w in disguised}

# A passage is a run of adjacent blocks with disguised words (a block alone
# when per_block is set); starts and ends pair up in order.
joined(b) if {
	not opts.per_block
	blocks[b]
	blocks[b - 1]
}

starts := sort([b | some b in blocks; not joined(b)])

ends := sort([b | some b in blocks; not joined(b + 1)])

report contains finding if {
	some k, s in starts
	e := ends[k]
	words := [w | some w in disguised; w.block >= s; w.block <= e]
	letters := [f | some w in words; some f in w.foreign]
	first := words[0]
	last := words[count(words) - 1]
	span := object.union(first.span, {"end_offset": last.span.end_offset, "end_line": last.span.end_line, "end_column": last.span.end_column})
	pairs := sort({sprintf("%q (%s %s) for %q", [f.letter, f.script, f.codepoint, f.looks_like]) | some f in letters})
	scripts := sort({f.script | some f in letters})
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("%s written with %s from another script (%s)%s: %s", [
			plural(count(words), "word"), plural(count(letters), "look-alike letter"),
			concat(", ", scripts), where(s, e), listed(pairs),
		]),
		{
			"suggestion": sprintf("retype the text in one script, starting with %q as %q", [first.word, fixed(first)]),
			"evidence": {
				"words": [w.word | some w in array.slice(words, 0, 20)],
				"word_count": count(words),
				"letter_count": count(letters),
				"scripts": scripts,
				"letters": pairs,
				"blocks": (e - s) + 1,
			},
		},
	)
}

fixed(w) := strings.replace_n({f.letter: f.looks_like | some f in w.foreign}, w.word)

plural(1, noun) := sprintf("1 %s", [noun])

plural(n, noun) := sprintf("%d %ss", [n, noun]) if n != 1

where(s, e) := "" if s == e

where(s, e) := sprintf(" over %d paragraphs", [(e - s) + 1]) if e != s

listed(pairs) := concat(", ", pairs) if count(pairs) <= 4

listed(pairs) := sprintf("%s and %d more", [concat(", ", array.slice(pairs, 0, 4)), count(pairs) - 4]) if count(pairs) > 4
