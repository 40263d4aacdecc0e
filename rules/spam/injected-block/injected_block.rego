# METADATA
# title: Unrelated headlines pasted into the article
# description: >-
#   A run of off-topic blocks inside or after the body: headline-shaped lines
#   that share (almost) no vocabulary with the rest of the article, usually
#   each followed by a date, byline or "SECTION BY DATE" line. It is what a
#   scraped sidebar or "latest news" box looks like once pasted into the
#   text. A block counts as off-topic when its TF-IDF cosine similarity to
#   the rest of the article is at most max_similarity (measured on real
#   pages: injected headlines 0-0.055, body paragraphs 0.077-0.198).
# custom:
#   id: injected-block
#   severity: warning
#   options:
#     max_similarity: 0.06
#     min_headlines: 2
#     min_headlines_alone: 3
package newslint.rules.spam.injected_block

import data.newslint.lib.boilerplate
import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

title_block := object.get(input, ["title", "block"], -1)

# Headline-shaped blocks that share nothing with the article (cheapest
# tests first: most blocks are not headline-shaped).
headlines contains i if {
	some i, b in input.blocks
	b.headline_shape
	b.similarity <= opts.max_similarity
	b.words >= 3
	not b.line
	not b.region
	i != title_block
	not claimed(b)
}

# Date, byline and section lines.
meta_lines contains i if {
	some i, b in input.blocks
	b.line
	not b.region
}

# A block the lexicon names is not an unknown headline: a sources heading
# or a photo credit is part of the article however little it shares with
# it, and a widget line ("Leave a Reply") is reported by its own rule.
claimed(b) if {
	some t in b.tags
	t.strong
}

members := headlines | meta_lines

# Runs of consecutive members, [first, last]: runs are disjoint and in
# order, so the k-th start pairs with the k-th end.
starts := sort([i | some i in members; not members[i - 1]])

ends := sort([i | some i in members; not members[i + 1]])

runs contains [starts[k], ends[k]] if some k, _ in starts

report contains finding if {
	some [s, e] in runs
	heads := [i | some i in numbers.range(s, e); headlines[i]]
	metas := [i | some i in numbers.range(s, e); meta_lines[i]]
	plain_items := [i | some i in heads; input.blocks[i].kind == "list_item"; input.blocks[i].link_density < 0.5]
	qualifies(count(heads), count(metas), count(plain_items))
	first := input.blocks[s]
	last := input.blocks[e]
	span := object.union(first.span, {
		"end_offset": last.span.end_offset,
		"end_line": last.span.end_line,
		"end_column": last.span.end_column,
	})
	texts := [input.blocks[i].text | some i in heads]
	finding := result.fail_with(
		rego.metadata.chain(),
		span,
		sprintf("%d unrelated headlines pasted into the article: %s", [count(heads), boilerplate.quoted(texts)]),
		{
			"suggestion": sprintf("remove the injected block (%s)", [boilerplate.lines(span)]),
			"evidence": {
				"headlines": texts,
				"similarity": [input.blocks[i].similarity | some i in heads],
				"date_lines": count(metas),
			},
		},
	)
}

# Headlines with date or section lines between them; or, without them,
# enough headlines that are not the article's own bullet points (a sidebar
# list is a list of links).
qualifies(heads, metas, _) if {
	heads >= opts.min_headlines
	metas >= 1
}

qualifies(heads, _, plain_items) if {
	heads >= opts.min_headlines_alone
	plain_items == 0
}
