# METADATA
# title: Unrelated headlines or text pasted into the article
# description: >-
#   Text of other stories inside or after the body, found by its shape first
#   and its vocabulary second. Teaser units (input.teasers): headlines after a
#   furniture label ("More Stories", "Read more:", "Lo más leído"), three or
#   more title-case headlines in a row (unless a line of the article
#   announces them with a colon: "The top three were:"), a headline carrying a date later than
#   the article's or a date glued to it, a headline credited to another outlet
#   ("WSJ: …"), two or more headlines in a row that each end with their time
#   stamp ("… 12 hours ago", "… Sep 9, 2025", "… — Yesterday") or stand over
#   a line that holds it ("hace 3 horas"), one short headline whose time ago
#   a dash sets off ("… — 3 hours ago"), outside a live blog. Then, by topic: a run of headline-shaped lines that share
#   (almost) no vocabulary with the article, with date or byline lines between
#   them (TF-IDF cosine similarity at most max_similarity; measured on real
#   pages: injected headlines 0-0.055, body paragraphs 0.077-0.198), unless
#   a sentence of the article announces them with a colon; text
#   appended after the article: paragraphs of at least paragraph_min_words at
#   its end that share next to nothing with it (at most
#   paragraph_max_similarity), name no one and nothing the article names,
#   and do not open by referring back to it ("He also said …") — an aside
#   in the middle of a story, followed by more of the story, is left alone,
#   and so is a roundup whose paragraphs all share next to nothing, and a
#   live blog whose posts open with their time;
#   a headline glued after a
#   paragraph's last sentence ("… policy. — Cup Qualifiers: Match Schedules");
#   and another outlet naming itself ("This is Example News's live blog
#   covering …") when the page is not that outlet's. One finding per unit,
#   and a block is claimed by one unit only. The facts list the candidates,
#   which bound the options: headlines at similarity 0.1 at most, and
#   paragraphs of 20 words or more at 0.05 at most.
# custom:
#   id: injected-block
#   severity: warning
#   needs: [block_lists.unrelated_headlines, block_lists.unrelated_paragraphs, teasers, trailers, tags.outlet-self]
#   options:
#     max_similarity: 0.06
#     min_headlines: 2
#     min_headlines_alone: 3
#     paragraph_max_similarity: 0.02
#     paragraph_min_words: 25
#     min_body_paragraphs: 3
#   option_ranges:
#     max_similarity: [0, 0.1]
#     paragraph_max_similarity: [0, 0.05]
#     paragraph_min_words: [20, 10000]
#   example:
#     bad: |
#       # Harbour reopens after storm repairs
#
#       The east harbour reopened to ferries on Thursday after six weeks of work on the breakwater.
#
#       More Stories
#
#       Mountain Pass Closed as Snow Returns Early
#
#       Council Approves New Cycle Lanes for the Old Town
#     good: |
#       # Harbour reopens after storm repairs
#
#       The east harbour reopened to ferries on Thursday after six weeks of work on the breakwater.
#
#       Crews replaced more than 400 concrete blocks that the February storm had pushed into the channel.
package newslint.rules.spam.injected_block

import data.newslint.lib.boilerplate
import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

# Headline-shaped blocks of the body that share nothing with the article.
# The facts list the candidates: headlines of three words or more that
# share almost nothing with it (similarity 0.1 at most), neither its title
# nor in the page's header (its standfirst, byline, date and share bar are
# the article's own), and named by no strong lexicon tag (a sources
# heading, a photo credit, a widget's line, reported by its own rule). A
# set made whole once: a partial set looked up by block would run its
# body again for each lookup, quadratic on a long page. A teaser unit's
# blocks are that unit's finding (claimed, below), not a run's.
headlines := {i |
	some i in unrelated
	not boilerplate.teaser_blocks[i]
}

unrelated := {i |
	some i in input.block_lists.unrelated_headlines
	input.blocks[i].similarity <= opts.max_similarity
}

# Date, byline and section lines of the body.
meta_lines := {i |
	some i in input.block_lists.lines
	not boilerplate.teaser_blocks[i]
}

# The headlines and lines a teaser unit holds. A run that reaches one
# belongs to the teaser and is not reported, so a run is dropped when the
# block before or after it is claimed: the same as dropping every run a
# claimed block would have joined, without building runs out of a
# teaser's own headlines first.
claimed := {i |
	some i in unrelated
	boilerplate.teaser_blocks[i]
} | {i |
	some i in input.block_lists.lines
	boilerplate.teaser_blocks[i]
}

# A run qualifies only with enough headlines in it: on a page without
# that many, the runs are not worth building.
members := headlines | meta_lines if {
	count(headlines) >= least_headlines
} else := set()

# A run holds at least this many headlines; a shorter run is not read.
least_headlines := min([opts.min_headlines, opts.min_headlines_alone])

# Runs of consecutive members, [first, last]: runs are disjoint and in
# order, so the k-th start pairs with the k-th end. Most runs are one
# headline alone, which qualifies only if the options let one headline
# make a run: otherwise they are not built.
starts := sort([i | some i in members; not members[i - 1]; members[i + 1]]) if {
	least_headlines >= 2
} else := sort([i | some i in members; not members[i - 1]])

ends := sort([i | some i in members; not members[i + 1]; members[i - 1]]) if {
	least_headlines >= 2
} else := sort([i | some i in members; not members[i + 1]])

report contains finding if {
	# Most pages hold too few candidates for a run: none is built.
	count(input.block_lists.unrelated_headlines) >= least_headlines
	some k, s in starts
	e := ends[k]
	(e - s) + 1 >= least_headlines

	# Most runs are a subheading and its date line: let go before the
	# run's surroundings are read.
	heads := [i | some i in numbers.range(s, e); headlines[i]]
	count(heads) >= least_headlines
	not claimed[s - 1]
	not claimed[e + 1]
	not introduced(s)
	metas := [i | some i in numbers.range(s, e); meta_lines[i]]
	plain_items := [b |
		some i in heads
		b := input.blocks[i]
		b.kind == "list_item"
		b.link_density < 0.5
	]
	sharing := [b | some b in plain_items; b.similarity > opts.paragraph_max_similarity]
	qualifies(count(heads), count(metas), count(plain_items), count(sharing))
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

# introduced(s): the block before the run is a sentence of the article
# that announces it with a colon ("… to address a series of urgent
# issues:", "The top three were:"): the lines are the article's own list.
# A teaser label shares nothing with the story ("Here are some other
# stories you may enjoy:"), and a furniture label ("Related stories:") is
# tagged as such.
introduced(s) if {
	b := lead_in(s)
	b.similarity > opts.paragraph_max_similarity
}

# A paragraph of the story whose last sentence opens a list ("Members
# also chose this year's winners. The top three were:") is prose, where a
# label stands on a line of its own.
introduced(s) if {
	b := lead_in(s)
	b.kind == "paragraph"
	b.sentences >= 2
}

# lead_in(s) is the block before s when it is a line of at least three
# words ending in a colon that no furniture tag names.
lead_in(s) := b if {
	b := input.blocks[s - 1]
	endswith(trim_space(b.text), ":")
	b.words >= 3
	not furniture_line(b)
}

furniture_line(b) if {
	some t in b.tags
	t.class == "page-chrome"
}

# A list of headline-shaped lines that a sentence of the article announces
# with a colon ("… with these three headlines at the top:", "… the
# shortlist, chosen by pupils:") is the article's own; so is a list after
# any colon line whose items share the article's words ("The main
# appointments are:", then "Finance Minister …" of the story's cabinet).
introduced_list(t) if {
	t.kind == "list"
	t.first_block > 0
	introduced(t.first_block)
}

introduced_list(t) if {
	t.kind == "list"
	t.first_block > 0
	lead_in(t.first_block)
	sharing := [i | some i in t.headlines; input.blocks[i].similarity > opts.max_similarity]
	2 * count(sharing) >= count(t.headlines)
}

# Headlines with date or section lines between them; or, without them,
# enough headlines that are not the article's own bullet points. A
# sidebar list is a list of links, or of other stories' headlines most of
# which share nothing with the article (at most paragraph_max_similarity;
# one may share a word by chance), where the article's own points share
# a little, item after item.
qualifies(heads, metas, _, _) if {
	heads >= opts.min_headlines
	metas >= 1
}

qualifies(heads, _, plain, sharing) if {
	heads >= opts.min_headlines_alone
	2 * sharing < plain
}

qualifies(heads, _, 0, _) if heads >= opts.min_headlines_alone

kind_text := {
	"label": "headlines after a furniture label",
	"list": "a list of headlines",
	"dated": "a headline dated after the article",
	"sourced": "a headline credited to another outlet",
	"stamped": "headlines with their time stamps",
}

report contains finding if {
	some t in object.get(input, "teasers", [])
	not introduced_list(t)
	finding := result.fail_with(
		rego.metadata.chain(),
		t.span,
		sprintf("%s pasted into the article (%s): %s", [teaser_count(t), teaser_why(t), boilerplate.quoted(t.texts)]),
		{
			"suggestion": sprintf("remove the teasers (%s)", [boilerplate.lines(t.span)]),
			"evidence": {"kind": t.kind, "headlines": t.texts, "label": t.label_text, "date": object.get(t, "date", "")},
		},
	)
}

teaser_count(t) := "a teaser headline" if {
	count(t.texts) == 1
} else := sprintf("%d teaser headlines", [count(t.texts)]) if {
	count(t.texts) > 1
}

teaser_why(t) := sprintf("after the label %q", [t.label_text]) if {
	t.kind == "label"
} else := sprintf("its date, %s, is stuck to it as in a list of teasers", [t.date]) if {
	t.kind == "dated"
	t.glued
} else := sprintf("%s, dated %s while the article is of %s", [kind_text.dated, t.date, input.date.value]) if {
	t.kind == "dated"
} else := "its time stamp is set after it, as in a list of teasers" if {
	t.kind == "stamped"
	count(t.texts) == 1
} else := kind_text[t.kind]

# A headline glued after a paragraph's last sentence.
report contains finding if {
	some t in object.get(input, "trailers", [])
	t.kind == "headline"
	not boilerplate.teaser_blocks[t.block]
	not named_outlet_block[t.block]
	finding := result.fail_with(
		rego.metadata.chain(),
		t.span,
		sprintf("a headline is glued to the end of this paragraph: %q", [t.text]),
		{"suggestion": sprintf("remove %q", [t.text]), "evidence": {"text": t.text}},
	)
}

trailer_blocks contains t.block if {
	some t in object.get(input, "trailers", [])
	t.kind == "headline"
}

# The body's paragraphs long enough to count: a page with fewer has no
# story for text to be pasted after.
body_paragraphs := [b |
	least := opts.paragraph_min_words
	some i in input.block_lists.paragraphs
	b := input.blocks[i]
	b.words >= least
]

# A paragraph about something else. Its own tests come first: the
# article-wide counts are worked out only for a paragraph that shares
# almost nothing with it (the facts list the paragraphs of 20 words or
# more at similarity 0.05 or less).
report contains finding if {
	some i in input.block_lists.unrelated_paragraphs
	b := input.blocks[i]
	b.similarity <= opts.paragraph_max_similarity
	b.words >= opts.paragraph_min_words
	not on_topic_after(i)
	on_topic_before(i)
	count(body_paragraphs) >= opts.min_body_paragraphs
	not b.anaphoric
	not b.shares_name
	not b.repeat_of
	not boilerplate.teaser_blocks[i]
	not trailer_blocks[i]
	not named_outlet_block[i]
	not under_widget_heading(i)
	not live_page
	finding := result.fail_with(
		rego.metadata.chain(),
		b.span,
		sprintf("this paragraph shares almost nothing with the rest of the article (similarity %v): %q", [b.similarity, boilerplate.excerpt(b.text)]),
		{
			"suggestion": "check where the paragraph came from; remove it if it belongs to another story",
			"evidence": {"similarity": b.similarity, "threshold": opts.paragraph_max_similarity},
		},
	)
}

# A live blog's posts, or a timeline's entries, each opened by its time,
# are separate items: the last one may be about anything. A saved page may
# keep only one post's time.
live_page if count(object.get(input.block_lists, "posts", [])) > 0

# A paragraph right under a heading that another rule's widget opens
# ("About the Author", "Leave a Reply") is that widget's text.
under_widget_heading(i) if {
	some t in input.blocks[i - 1].tags
	t.strong
	t.class in {"author-bio", "comment-form"}
}

# A paragraph is off topic only after the last body paragraph that speaks
# of the article's topic, up to the end. When none does, the page is a
# roundup of separate items ("Die Toten des Jahres"), with no story for
# text to be pasted after. (Each test stops at the first such paragraph
# it finds, the nearest after a paragraph in the middle, the first before
# one at the end.)
on_topic_after(i) if {
	some j in input.block_lists.paragraphs
	j > i
	on_topic_line(input.blocks[j])
}

on_topic_before(i) if {
	some j in input.block_lists.paragraphs
	j < i
	on_topic(input.blocks[j])
}

on_topic(b) if {
	b.words >= opts.paragraph_min_words
	b.similarity > opts.paragraph_max_similarity
}

# After the paragraph, a shorter one on the topic also shows the story
# going on ("The department said it would open drought loans next
# week."), as a short story's last paragraph often is.
on_topic_line(b) if {
	b.words >= 10
	b.similarity > opts.paragraph_max_similarity
}

# Another outlet naming itself in the body.
named_outlet_block contains t.block if some t in foreign_outlets

foreign_outlets contains t if {
	some t in boilerplate.tags("outlet-self")
	not own_outlet(t.text)
	not first_body_block(t.block)
}

own_outlet(name) if {
	some v in object.get(input, "meta", {})
	is_string(v)
	contains(lower(v), lower(name))
}

own_outlet(name) if {
	some text in header_texts
	contains(text, lower(name))
}

# header_texts are the texts of the page's header, in lower case: made
# once, not for each outlet named.
header_texts := [lower(input.blocks[p.block].text) | some p in input.header.blocks]

first_body_block(i) if i == first_body

# first_body is the first block after the page's header, the blocks the
# page opens with (facts: header), or the first block of a page without
# one.
first_body := object.get(input, ["header", "last_block"], -1) + 1

report contains finding if {
	count(boilerplate.tags("outlet-self")) > 0
	some t in foreign_outlets
	s := lifted_span(t)
	finding := result.fail_with(
		rego.metadata.chain(),
		s,
		sprintf("text lifted from %s: the passage names that outlet as its own, and this page is not %s's", [t.text, t.text]),
		{"suggestion": "remove the lifted passage or credit it as a quotation", "evidence": {"outlet": t.text}},
	)
}

lifted_span(t) := input.sentences[t.sentence].span if t.sentence >= 0

lifted_span(t) := input.blocks[t.block].span if t.sentence < 0
