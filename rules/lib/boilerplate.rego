# METADATA
# title: Boilerplate helpers
# description: Shared wording for the rules that report lexicon runs and tags.
package newslint.lib.boilerplate

import data.newslint.lib.result

# quoted lists up to three texts in quotes, and says how many more there are.
# (These helpers' cases are else-chains: every body of a function is
# evaluated, an else only when the bodies before it fail.)
quoted(texts) := concat(", ", [sprintf("%q", [t]) | some t in texts]) if {
	count(texts) <= 3
} else := sprintf("%s and %d more", [
	concat(", ", [sprintf("%q", [t]) | some t in array.slice(texts, 0, 3)]),
	count(texts) - 3,
])

# lines names the lines a span covers.
lines(span) := sprintf("line %d", [span.line]) if {
	span.line == span.end_line
} else := sprintf("lines %d-%d", [span.line, span.end_line])

# teaser_blocks are the blocks of the teaser units (input.teasers): other
# stories' headlines and what goes with them.
teaser_blocks := {i |
	some t in object.get(input, "teasers", [])
	some i in numbers.range(t.first_block, t.last_block)
}

# body_runs are the strong runs of a lexicon class.
body_runs(class) := [run | some run in input.runs; run.class == class; run.strong]

# run_finding reports a run: what it is, what was found, what to remove.
run_finding(chain, run, what) := result.fail_with(
	chain,
	run.span,
	sprintf("%s in the article body: %s", [what, quoted(run.texts)]),
	{
		"suggestion": sprintf("remove the %s (%s)", [what, lines(run.span)]),
		"evidence": {"blocks": run.blocks, "found": run.texts},
	},
)

# tags lists the body's tags of a class, in order (the facts leave out
# tags in page furniture).
tags(class) := object.get(input.tags, class, [])

# excerpt shortens a text to its first 80 characters.
excerpt(text) := text if {
	count(text) <= 80
} else := sprintf("%s…", [substring(text, 0, 80)])

# by_block groups tags by the block they stand in: block index → tags in
# order. Rules that report tags use it to give one finding per block.
by_block(tags) := {b: [t | some t in tags; t.block == b] | some b in {t.block | some t in tags}}

# spanning is the span from the start of the first span to the end of the
# last.
spanning(first, last) := object.union(first, {
	"end_offset": last.end_offset,
	"end_line": last.end_line,
	"end_column": last.end_column,
})
