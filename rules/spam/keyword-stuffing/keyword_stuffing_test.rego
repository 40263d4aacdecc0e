package newslint.rules.spam.keyword_stuffing_test

import data.newslint.rules.spam.keyword_stuffing

options := {"keyword-stuffing": {
	"min_words": 150, "density": 3.5, "word_density": 6, "min_count": 6, "window_density": 6, "word_window_density": 10,
	"window_min_count": 5, "min_headings": 3, "headings_min_count": 10, "headings_min_density": 1.2,
}}

first := {"offset": 120, "end_offset": 130, "line": 3, "column": 5, "end_line": 3, "end_column": 15}

kw(phrase, words, n, density, win, headings, in_title) := {
	"phrase": phrase, "words": words, "count": n, "density": density, "first": first,
	"in_title": in_title, "headings": headings,
	"window": {"words": 100, "count": win, "density": win, "span": first},
}

lint(keywords) := findings if {
	findings := keyword_stuffing.report with input as with_lists({"stats": {"words": 600}, "keywords": keywords})
		with data.newslint.config.options as options
}

# with_lists adds the keyword lists the facts index keywords by
# (docs/facts.md, keyword_lists).
with_lists(inp) := object.union(inp, {"keyword_lists": {"frequent": [i | some i, k in inp.keywords; k.count >= 5]}})

test_dense_phrase_over_the_article if {
	findings := lint([kw("cheap flights", 2, 30, 5, 4, 0, false)])
	count(findings) == 1
	some f in findings
	f.span == first
	contains(f.message, "\"cheap flights\" is repeated 30 times in 600 words (5 %)")
	f.evidence.count == 30
}

# The density is over the words counted (a page's teasers and fixture
# lines left out), and the message quotes that figure.
test_message_quotes_the_words_counted if {
	findings := lint([object.union(kw("cheap flights", 2, 30, 6, 4, 0, false), {"of": 500})])
	some f in findings
	contains(f.message, "\"cheap flights\" is repeated 30 times in 500 words (6 %)")
}

test_stuffing_hidden_in_one_window if {
	findings := lint([kw("drought relief", 2, 12, 1.5, 18, 0, false)])
	count(findings) == 1
	some f in findings
	contains(f.message, "18 times in the densest 100 words")
}

test_keyphrase_forced_into_headings if {
	findings := lint([kw("us-ukraine", 1, 19, 1.3, 3, 4, true)])
	count(findings) == 1
	some f in findings
	contains(f.message, "in the headline and 4 subheadings")
}

test_natural_density_is_silent if {
	findings := lint([kw("peace talks", 2, 9, 1.5, 3, 1, true)])
	count(findings) == 0
}

test_a_team_name_repeated_in_a_match_report_is_silent if {
	# A single word (a team, a country) may read 5 % over a short report
	# and appear in every subheading.
	findings := lint([kw("arsenal", 1, 30, 5, 8, 4, true)])
	count(findings) == 0
}

test_single_word_far_over_the_bar if {
	findings := lint([kw("casino", 1, 60, 10, 12, 0, false)])
	count(findings) == 1
}

test_overlapping_phrases_report_the_longer_one if {
	findings := lint([
		kw("drought", 1, 90, 10, 4, 0, false),
		kw("kenya drought relief", 3, 50, 5, 4, 0, false),
	])
	count(findings) == 1
	some f in findings
	f.evidence.phrase == "kenya drought relief"
}

test_overlapping_phrases_report_the_shorter_when_the_longer_is_rare if {
	findings := lint([
		kw("drought", 1, 90, 10, 4, 0, false),
		kw("drought relief", 2, 30, 5, 4, 0, false),
	])
	count(findings) == 1
	some f in findings
	f.evidence.phrase == "drought"
}

test_declared_keyphrase_wins if {
	findings := lint([
		kw("drought", 1, 90, 10, 4, 0, false),
		object.union(kw("drought relief", 2, 20, 3.6, 4, 0, false), {"declared": true}),
	])
	count(findings) == 1
	some f in findings
	f.evidence.phrase == "drought relief"
}

test_short_text_is_not_judged_by_density if {
	findings := keyword_stuffing.report with input as with_lists({"stats": {"words": 62}, "keywords": [kw("storm", 1, 6, 9.7, 6, 0, false)]})
		with data.newslint.config.options as options
	count(findings) == 0
}

test_headings_at_natural_density_are_silent if {
	findings := lint([kw("us-ukraine", 1, 19, 0.9, 3, 4, true)])
	count(findings) == 0
}

test_search_query_line_and_splice if {
	span := {"offset": 10, "end_offset": 40, "line": 4, "column": 1, "end_line": 4, "end_column": 31}
	findings := keyword_stuffing.report with input as {
		"keywords": [], "stats": {"words": 300},
		"blocks": [
			{"index": 0, "text": "Harbour fares rise", "span": span},
			{"index": 1, "text": "how much is the ferry to the island", "query": true, "span": span},
		],
		"block_lists": {"queries": [1]},
		"splices": [{"block": 2, "sentence": 3, "phrase": "who runs the harbour", "text": "who runs the harbour", "span": span}],
	}
		with data.newslint.config.options as options
	count(findings) == 2
	some f in findings
	f.message == "a search query stands as a line of the article: \"how much is the ferry to the island\""
}

proper(k) := object.union(k, {"proper": true})

test_subject_name_at_moderate_density_is_not_stuffing if {
	# A review naming its product: 3.9 per 100 words, 5 in 100 words.
	count(lint([proper(kw("chat thing", 2, 24, 3.9, 5, 0, true))])) == 0
}

test_subject_name_far_above_a_words_bar_is_stuffing if {
	findings := lint([proper(kw("chat thing", 2, 42, 7, 12, 0, true))])
	count(findings) == 1
	some f in findings
	contains(f.message, "7 per 100 words over the article")
}

test_name_not_in_the_headline_keeps_the_phrase_bars if {
	count(lint([proper(kw("chat thing", 2, 24, 3.9, 5, 0, false))])) == 1
}

test_lower_case_subject_keeps_the_phrase_bars if {
	count(lint([kw("chat thing", 2, 24, 3.9, 5, 0, true)])) == 1
}

test_declared_name_keeps_the_phrase_bars if {
	count(lint([object.union(proper(kw("chat thing", 2, 24, 3.9, 5, 0, true)), {"declared": true})])) == 1
}

# An office's title the text names beside a person is held to the single
# words' bars: a story about a prime minister's election says "prime
# minister" often.
test_office_title_is_held_to_the_word_bars if {
	office := object.union(kw("prime minister", 2, 6, 3.8, 4, 0, false), {"office": true})
	count(lint([office])) == 0
	count(lint([kw("prime minister", 2, 6, 3.8, 4, 0, false)])) == 1
	count(lint([object.union(kw("prime minister", 2, 12, 7.5, 8, 0, false), {"office": true})])) == 1
}

at(k, offset, end) := object.union(k, {"first": object.union(first, {
	"offset": offset, "end_offset": end, "column": offset - 115, "end_column": end - 115,
})})

# The counted phrases are windows of a longer one ("cheap flights to
# rome", "flights to rome from", "rome from london"): their first uses
# overlap, and they are one finding that spans them all.
test_windows_of_one_phrase_are_one_finding if {
	findings := lint([
		at(kw("cheap flights to", 3, 20, 5, 4, 0, false), 120, 136),
		at(kw("flights to rome from", 4, 20, 5, 4, 0, false), 126, 146),
		at(kw("rome from london", 3, 20, 5, 4, 0, false), 137, 153),
	])
	count(findings) == 1
	some f in findings
	startswith(f.message, "\"flights to rome from\" (with \"cheap flights to\", \"rome from london\") is repeated 20 times")
	f.span.offset == 120
	f.span.end_offset == 153
	f.span.column == 5
	f.span.end_column == 38

	# Two phrases stuffed apart are two findings.
	apart := lint([
		at(kw("cheap flights to", 3, 20, 5, 4, 0, false), 120, 136),
		at(kw("hotel deals in", 3, 20, 5, 4, 0, false), 300, 314),
	])
	count(apart) == 2
}

# A long German compound forced into the headline and subheadings is a key
# phrase, as "air fryer" is; the same word in an English text is one word.
test_german_compound_forced_into_headings if {
	compound := kw("heißluftfritteuse", 1, 11, 5.9, 5, 5, true)
	count(keyword_stuffing.report) == 1 with input as with_lists({"stats": {"words": 186}, "language": "de", "keywords": [compound]})
		with data.newslint.config.options as options
	count(keyword_stuffing.report) == 0 with input as with_lists({"stats": {"words": 186}, "language": "en", "keywords": [compound]})
		with data.newslint.config.options as options
}
