# METADATA
# title: Boilerplate helpers
# description: Shared wording for the rules that report lexicon runs and tags.
package newslint.lib.boilerplate

import data.newslint.lib.result

# quoted lists up to three texts in quotes, and says how many more there are.
quoted(texts) := concat(", ", [sprintf("%q", [t]) | some t in array.slice(texts, 0, 3)]) if count(texts) <= 3

quoted(texts) := sprintf("%s and %d more", [
	concat(", ", [sprintf("%q", [t]) | some t in array.slice(texts, 0, 3)]),
	count(texts) - 3,
]) if count(texts) > 3

# lines names the lines a span covers.
lines(span) := sprintf("line %d", [span.line]) if span.line == span.end_line

lines(span) := sprintf("lines %d-%d", [span.line, span.end_line]) if span.line != span.end_line

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

# tagged[class] holds every tag of the body by class, each with its block;
# it is computed once per article, however many rules read it.
tagged[t.class] contains {"tag": t, "block": b} if {
	some b in input.blocks
	not b.region
	some t in b.tags
}

# tags lists every tag of a class in the body, with its block.
tags(class) := object.get(tagged, class, set())

# in_order sorts tags by where they stand.
in_order(tags) := [pair[1] | some pair in sort([[t.span.offset, t] | some t in tags])]
