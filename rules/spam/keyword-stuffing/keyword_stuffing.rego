# METADATA
# title: Key phrase repeated far above natural density
# description: >-
#   A phrase is repeated so often that it reads as written for a search
#   engine. Three signs, each with its own thresholds: the density over the
#   whole article (Yoast calls above 3.5 per 100 words "way over"; a single
#   word needs more, as a story about Ukraine names Ukraine often); the
#   density over the densest window of 100 words (stuffing hides in an FAQ or
#   an author box at 15-20 % while the whole article reads 1.5 %); and the
#   SEO-plugin pattern of a multi-word or compound phrase (hyphenated, or in
#   German a long word of 11 letters or more, "Heißluftfritteuse", which
#   English writes as "air fryer") forced into the
#   headline and into several subheadings or FAQ questions, at a density of at
#   least headings_min_density (a plain text's short lines all read as
#   headings, so the headings alone prove nothing at 0.9 %). Densities mean
#   little in a very short text, which is judged only by the headline sign.
#   The article's subject named as a name (in the headline, and capitalised
#   wherever it stands: "Chat Thing") is held to the single-word bars: a
#   short review names its product as often as a story names its country;
#   so is an office's title that the text names beside a person ("prime
#   minister" in a story about a prime minister's election).
#   Two placements are stuffing at any density: a line typed as a search
#   query ("who is the current president of the united states") and the
#   headline's question spliced into a sentence where the grammar has no room
#   for it ("Before he was who is Prime Minister of …"); each is one finding.
#   A stuffed phrase is reported once, at its first occurrence; two phrases
#   may start in the same block, since each is a different phrase to cut,
#   but phrases whose first uses overlap are parts of one longer phrase,
#   reported once.
#   The counts asked for are at least 5: the facts list the keywords that
#   occur that often as the candidates.
# custom:
#   id: keyword-stuffing
#   severity: warning
#   scope: document
#   options:
#     min_words: 150
#     density: 3.5
#     word_density: 6
#     min_count: 6
#     window_density: 6
#     word_window_density: 10
#     window_min_count: 5
#     min_headings: 3
#     headings_min_count: 10
#     headings_min_density: 1.2
#   option_ranges:
#     min_count: [5, 1000000]
#     window_min_count: [5, 1000000]
#     headings_min_count: [5, 1000000]
#   needs: [keyword_lists.frequent, block_lists.queries, splices]
#   example:
#     bad: |
#       Who runs the harbour of Port Elling? What to know
#
#       who runs the harbour of port elling
#
#       Ana Brook has run the harbour since March, when the port board chose her.
#     good: |
#       Who runs the harbour of Port Elling? What to know
#
#       Ana Brook has run the harbour since March, when the port board chose her.
package newslint.rules.spam.keyword_stuffing

import data.newslint.lib.config
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

# A phrase of several words, a compound ("US-Ukraine") or the declared
# keyphrase; single plain words are held to higher bars.
phrase(kw) if {
	kw.words > 1
} else if {
	contains(kw.phrase, "-")
} else if {
	german_compound(kw)
} else := declared(kw)

# German writes as one word what English writes as a phrase
# ("Heißluftfritteuse", "air fryer"): a long word of a German article is a
# compound, as specific as a phrase.
german_compound(kw) if {
	input.language == "de"
	kw.words == 1
	count(kw.phrase) >= 11
}

# The article's subject, written as a name every time: a search phrase
# forced into the text is written as typed ("kenya drought relief"), at
# least once.
subject(kw) if {
	kw.in_title
	object.get(kw, "proper", false)
	not declared(kw)
}

# Phrases that are not the subject's name, nor an office's title the text
# names beside a person ("prime minister"), are held to the phrase bars.
strict(kw) if {
	phrase(kw)
	not subject(kw)
	not kw.office
}

# bars(kw) are the density bars kw is held to.
bars(kw) := {"density": opts.density, "window": opts.window_density} if {
	strict(kw)
} else := {"density": opts.word_density, "window": opts.word_window_density}

# The fewest occurrences any sign asks for (the densest window holds no
# more occurrences than the article).
least_count := min({opts.min_count, opts.window_min_count, opts.headings_min_count})

# may_stuff holds when a sign's first bar is passed: most keywords pass
# none, and are let go before their signs are worked out.
may_stuff(kw) if kw.density > opts.density

may_stuff(kw) if kw.window.density >= opts.window_density

may_stuff(kw) if kw.headings >= opts.min_headings

# signs[i] are the reasons input.keywords[i] counts as stuffed: the
# keywords with none are not in it. sign(kw, bar, name) is each sign, said
# in words; a function's bodies are told apart by the constant name
# without being run.
signs[i] := reasons if {
	# The facts list the keywords that occur at least five times, a
	# handful of an article's; those repeated often enough for some sign
	# to hold go on.
	some i in input.keyword_lists.frequent
	kw := input.keywords[i]
	kw.count >= least_count
	may_stuff(kw)
	bar := bars(kw)
	reasons := {r | some s in ["density", "window", "headings"]; r := sign(kw, bar, s)}
	count(reasons) > 0
}

sign(kw, bar, "density") := sprintf("%v per 100 words over the article", [one_decimal(kw.density)]) if {
	kw.density > opts.density
	kw.count >= opts.min_count
	input.stats.words >= opts.min_words
	kw.density > bar.density
}

sign(kw, bar, "window") := sprintf("%d times in the densest %d words (%v %%)", [kw.window.count, kw.window.words, round(kw.window.density)]) if {
	kw.window.density >= opts.window_density
	kw.window.count >= opts.window_min_count
	input.stats.words >= opts.min_words
	kw.window.density >= bar.window
}

sign(kw, _, "headings") := sprintf("in the headline and %d subheadings or questions", [kw.headings]) if {
	kw.headings >= opts.min_headings
	kw.in_title
	kw.count >= opts.headings_min_count
	kw.density >= opts.headings_min_density
	phrase(kw)
}

report contains finding if {
	some i, reasons in signs
	kw := input.keywords[i]
	not outranked(kw)

	# The stuffed phrases whose first use overlaps this one's are windows
	# of one longer phrase ("best fishing spots", "fishing spots in port",
	# "spots in port elling"): the finding spans them all.
	parts := [other |
		some j, _ in signs
		other := input.keywords[j]
		not contains(kw.phrase, other.phrase)
		same_use(kw, other)
	]
	firsts := [p.first | some p in parts]
	span := object.union(kw.first, {
		"offset": min([s.offset | some s in array.concat([kw.first], firsts)]),
		"end_offset": max([s.end_offset | some s in array.concat([kw.first], firsts)]),
	})
	finding := result.fail_with(
		rego.metadata.chain(),
		line_span(span, array.concat([kw.first], firsts)),
		sprintf("%q%s is repeated %d times in %d words (%v %%): %s", [
			kw.phrase, with_parts(parts), kw.count, object.get(kw, "of", input.stats.words), one_decimal(kw.density),
			concat("; ", sort(reasons)),
		]),
		{
			"suggestion": sprintf("cut most repetitions of %q; use it where it reads naturally (about 1-2 per 100 words) and vary the wording", [kw.phrase]),
			"evidence": {
				"phrase": kw.phrase, "count": kw.count, "density": kw.density, "window": kw.window, "headings": kw.headings,
				"overlapping": sort([p.phrase | some p in parts]),
			},
		},
	)
}

with_parts(parts) := "" if {
	count(parts) == 0
} else := sprintf(" (with %s)", [concat(", ", [sprintf("%q", [p]) | some p in sort([p.phrase | some p in parts])])])

# line_span gives span the line and column of the spans it starts and
# ends with.
line_span(span, spans) := object.union(span, {
	"line": start.line, "column": start.column,
	"end_line": end.end_line, "end_column": end.end_column,
}) if {
	some start in spans
	start.offset == span.offset
	some end in spans
	end.end_offset == span.end_offset
}

outranked(kw) if {
	some j, _ in signs
	other := input.keywords[j]
	other.phrase != kw.phrase
	overlaps(kw, other)
	preferred(other, kw)
}

declared(kw) := object.get(kw, "declared", false)

preferred(a, b) if {
	declared(a)
	not declared(b)
}

preferred(a, b) if {
	declared(a) == declared(b)
	a.words > b.words
	2 * a.count >= b.count
}

preferred(a, b) if {
	declared(a) == declared(b)
	a.words < b.words
	2 * b.count < a.count
}

preferred(a, b) if {
	declared(a) == declared(b)
	a.words == b.words
	a.count > b.count
}

# Of two windows of one longer phrase, as long and as frequent, the first
# is named.
preferred(a, b) if {
	declared(a) == declared(b)
	a.words == b.words
	a.count == b.count
	same_use(a, b)
	a.first.offset < b.first.offset
}

overlaps(a, b) if contains(a.phrase, b.phrase)

overlaps(a, b) if contains(b.phrase, a.phrase)

overlaps(a, b) if same_use(a, b)

# same_use: the two phrases' first uses overlap in the text, as the words
# of one longer phrase do.
same_use(a, b) if {
	a.first.offset < b.first.end_offset
	b.first.offset < a.first.end_offset
}

# one_decimal rounds for messages (sprintf's %f needs a float, and whole
# numbers arrive as integers).
one_decimal(x) := round(x * 10) / 10

# A line typed as a search query.
report contains finding if {
	some i in input.block_lists.queries
	b := input.blocks[i]
	finding := result.fail_with(
		rego.metadata.chain(),
		b.span,
		sprintf("a search query stands as a line of the article: %q", [b.text]),
		{"suggestion": "remove the line; it was written for a search engine, not a reader", "evidence": {"query": b.text}},
	)
}

# The headline's question spliced into a sentence.
report contains finding if {
	some s in object.get(input, "splices", [])
	finding := result.fail_with(
		rego.metadata.chain(),
		s.span,
		sprintf("the headline's search phrase %q is spliced into a sentence where it does not fit", [s.text]),
		{"suggestion": "rewrite the sentence in plain words (\"Before he became prime minister\")", "evidence": {"phrase": s.phrase}},
	)
}
