package newslint.rules.temporal.date_after_publication_test

import data.newslint.lib.fixtures
import data.newslint.rules.temporal.date_after_publication

lint(doc) := lint_with(doc, fixtures.options)

lint_with(doc, options) := findings if {
	findings := date_after_publication.report with input as doc
		with data.newslint.config.options as options
}

doc(source, tense, date) := object.union(fixtures.article("2025-05-20", []), {
	"date": {"source": source},
	"sentences": [{"index": 0, "block": 0, "text": "s", "tense": tense}],
	"dates": [date],
})

may18 := {"text": "18 May 2026", "span": fixtures.span(3), "sentence": 0, "form": "dmy", "precision": "day", "start": "2026-05-18", "end": "2026-05-18", "value": "2026-05-18"}

test_past_event_after_the_article if {
	findings := lint(doc("metadata", ["past"], may18))
	count(findings) == 1
	some f in findings
	f.message == `the sentence reports "18 May 2026" (2026-05-18) in the past tense, but the article is dated 2025-05-20 (the article's date, from its metadata field "date")`
}

test_plans_are_silent if {
	count(lint(doc("metadata", ["past", "future"], may18))) == 0
	count(lint(doc("metadata", ["present"], may18))) == 0
}

test_targets_are_silent if {
	until := object.union(may18, {"preposition": "until"})
	count(lint(doc("metadata", ["past", "present"], until))) == 0

	# A state set up to hold until a day may outlast the article; what
	# lasted until then is past.
	count(lint(doc("metadata", ["past"], until))) == 0
	ran := object.union(doc("metadata", ["past"], until), {"sentences": [{"index": 0, "block": 0, "text": "The festival ran until 18 May 2026.", "tense": ["past"]}]})
	count(lint(ran)) == 1
	count(lint(doc("metadata", ["past"], object.union(may18, {"preposition": "to"})))) == 1

	# "Schools were closed until 18 May 2026": a state held up to a day.
	closed := object.union(doc("metadata", ["past"], until), {"sentences": [{"index": 0, "block": 0, "text": "Schools were closed until 18 May 2026.", "tense": ["past"]}]})
	count(lint(closed)) == 0
	moved := object.union(fixtures.article("2025-05-20", []), {
		"date": {"source": "metadata"},
		"sentences": [{"index": 0, "block": 0, "text": "The talks were postponed to 18 May 2026.", "tense": ["past"]}],
		"dates": [object.union(may18, {"preposition": "to"})],
	})
	count(lint(moved)) == 0
	count(lint(json.patch(moved, [{"op": "replace", "path": "/dates/0/preposition", "value": "on"}]))) == 1
}

test_other_languages_and_set_dates_are_targets if {
	# "tiene mandato hasta diciembre de 2027": until, in the present.
	count(lint(doc("metadata", ["past", "present"], object.union(may18, {"preposition": "hasta"})))) == 0

	# "auf den 23. Februar geeinigt", "was set for 18 May": a plan.
	count(lint(doc("metadata", ["past"], object.union(may18, {"preposition": "auf"})))) == 0
	count(lint(doc("metadata", ["past"], object.union(may18, {"preposition": "for"})))) == 0

	# "verschoben bis zum 18. Mai": moved, in the past.
	moved := object.union(fixtures.article("2025-05-20", []), {
		"date": {"source": "metadata"},
		"sentences": [{"index": 0, "block": 0, "text": "Die Gespräche wurden bis zum 18. Mai 2026 verschoben.", "tense": ["past"]}],
		"dates": [object.union(may18, {"preposition": "bis"})],
	})
	count(lint(moved)) == 0
}

test_promised_until_is_a_target if {
	# "a promis « d'agir jusqu'en mai 2026 »": promised, in the past.
	promised := object.union(fixtures.article("2025-05-20", []), {
		"date": {"source": "metadata"},
		"sentences": [{"index": 0, "block": 0, "text": "Le maire a promis « de rester jusqu'en mai 2026 ».", "tense": ["past"]}],
		"dates": [object.union(may18, {"preposition": "jusqu"})],
	})
	count(lint(promised)) == 0

	# The same date without the promise is a past event.
	count(lint(json.patch(promised, [{"op": "replace", "path": "/sentences/0/text", "value": "Le maire est resté jusqu'en mai 2026."}]))) == 1
}

test_inferred_article_date_is_silent if {
	count(lint(doc("inferred", ["past"], may18))) == 0
}

test_earlier_dates_and_grace_are_silent if {
	count(lint(doc("metadata", ["past"], object.union(may18, {"start": "2025-05-19"})))) == 0
	count(lint(doc("metadata", ["past"], object.union(may18, {"start": "2025-05-21"})))) == 0
	count(lint(doc("metadata", ["past"], object.union(may18, {"start": "2025-05-22"})))) == 1
}

test_year_not_written if {
	d := object.union(may18, {"year_inferred": true})
	count(lint(doc("metadata", ["past"], d))) == 0
	count(lint_with(doc("metadata", ["past"], d), {"date-after-publication": {"grace_days": 1, "include_inferred_year": true}})) == 1
}

# A day without a year, opening a past-tense sentence, in an article of
# 2024-07-30 that writes 2024 elsewhere.
nov5 := {
	"text": "5 November", "span": fixtures.span(3), "sentence": 0, "block": 0, "form": "dmy", "precision": "day",
	"start": "2024-11-05", "end": "2024-11-05", "value": "2024-11-05",
	"year_inferred": true, "year_from": "article", "preposition": "on", "opens_sentence": true,
}

budget2024 := {"text": "2024", "span": fixtures.span(80), "sentence": 1, "block": 1, "form": "year", "precision": "year", "year": 2024, "start": "2024-01-01", "end": "2024-12-31", "value": "2024"}

summer := object.union(fixtures.article("2024-07-30", []), {
	"sentences": [
		{"index": 0, "block": 0, "text": "On 5 November, voters went to the polls.", "tense": ["past"]},
		{"index": 1, "block": 1, "text": "The 2024 budget is tight.", "tense": ["present"]},
	],
	"dates": [nov5, budget2024],
})

test_settled_year if {
	findings := lint(summer)
	count(findings) == 1
	some f in findings
	f.message == `the sentence reports "5 November" in the past tense; its year is not written, but the text gives 2024, the article's year, and never 2023, which makes it 2024-11-05, after the article's date 2024-07-30 (the article's date, from its metadata field "date")`
	f.evidence.reason == "year"
}

test_year_from_the_paragraph_is_settled_too if {
	count(lint(object.union(summer, {"dates": [object.union(nov5, {"year_from": "block"}), budget2024]}))) == 1
}

test_year_before_written_is_silent if {
	y2023 := object.union(budget2024, {"text": "2023", "year": 2023, "start": "2023-01-01", "end": "2023-12-31", "value": "2023"})
	count(lint(object.union(summer, {"dates": [nov5, budget2024, y2023]}))) == 0
}

test_last_year_is_silent if {
	doc := object.union(summer, {"sentences": [
		summer.sentences[0],
		{"index": 1, "block": 1, "text": "Turnout was higher than last year.", "tense": ["past"]},
	]})
	count(lint(doc)) == 0
}

test_year_not_written_anywhere_is_silent if {
	count(lint(object.union(summer, {"dates": [nov5]}))) == 0
}

test_years_written_outside_dates_count if {
	# "the 2024 season" is no date, but writes the year.
	count(lint(object.union(summer, {"dates": [nov5], "years": [2024]}))) == 1
	count(lint(object.union(summer, {"dates": [nov5], "years": [2023, 2024]}))) == 0
}

test_settled_year_needs_the_event_day if {
	# Inside the sentence the date may date what is reported on.
	count(lint(object.union(summer, {"dates": [object.union(nov5, {"opens_sentence": false}), budget2024]}))) == 0

	# "Until 5 November, ..." is a bound, not the event's day.
	count(lint(object.union(summer, {"dates": [object.union(nov5, {"preposition": "until"}), budget2024]}))) == 0

	# Bare, opening the sentence: "5 November: polls opened".
	count(lint(object.union(summer, {"dates": [object.remove(nov5, ["preposition"]), budget2024]}))) == 1
}

test_settled_year_needs_the_past if {
	doc := object.union(summer, {"sentences": [
		{"index": 0, "block": 0, "text": "On 5 November, voters will go to the polls.", "tense": ["future"]},
		summer.sentences[1],
	]})
	count(lint(doc)) == 0
}

test_other_inferred_years_are_silent if {
	# "last October", "this year": a cue, read by the nearest-date rule.
	count(lint(object.union(summer, {"dates": [object.union(nov5, {"year_from": "cue"}), budget2024]}))) == 0

	# A year the text gives that is not the article's (a target for 2030).
	late := object.union(nov5, {"year_from": "block", "start": "2030-11-05", "end": "2030-11-05", "value": "2030-11-05"})
	y2030 := object.union(budget2024, {"year": 2030})
	count(lint(object.union(summer, {"dates": [late, y2030]}))) == 0
}

test_settled_year_can_be_switched_off if {
	options := object.union(fixtures.options, {"date-after-publication": object.union(fixtures.options["date-after-publication"], {"confirmed_year": false})})
	count(lint_with(summer, options)) == 0
}

# A story's stamp on a teaser or a headline-shaped line.
stamp := {
	"text": "March 12, 2026", "span": fixtures.span(60), "sentence": 0, "block": 3, "form": "mdy", "precision": "day",
	"start": "2026-03-12", "end": "2026-03-12", "value": "2026-03-12", "year": 2026, "stamp": true, "glued": true,
}

stamped(date, blocks, teasers) := object.union(fixtures.article("2025-07-15", []), {
	"sentences": [{"index": 0, "block": 3, "text": "Tram Drivers Back New RotaMarch 12, 2026"}],
	"blocks": blocks,
	"dates": [date],
	"teasers": teasers,
})

plain_blocks := [{"index": i} | some i in numbers.range(0, 2)]

test_stamp_on_a_teaser if {
	blocks := array.concat(plain_blocks, [{"index": 3}])
	findings := lint(stamped(stamp, blocks, [{"kind": "dated", "headlines": [3], "meta": []}]))
	count(findings) == 1
	some f in findings
	f.message == `"March 12, 2026" is stamped on a headline 7 months after the article's date 2025-07-15 (the article's date, from its metadata field "date"): another story's headline pasted in, or a wrong article date`
	f.evidence.reason == "stamp"
}

test_stamp_on_a_headline_shaped_line if {
	blocks := array.concat(plain_blocks, [{"index": 3, "headline_shape": true}])
	count(lint(stamped(stamp, blocks, []))) == 1
	in_header := array.concat(plain_blocks, [{"index": 3, "headline_shape": true, "in_header": true}])
	count(lint(stamped(stamp, in_header, []))) == 0
}

test_a_teaser_line_after_a_label if {
	line := object.remove(stamp, ["glued"])
	count(lint(stamped(line, plain_blocks, [{"kind": "label", "headlines": [2], "meta": [3]}]))) == 1
	count(lint(stamped(line, plain_blocks, [{"kind": "sourced", "headlines": [3]}]))) == 1

	# A list or a dated line without a label may be an events calendar.
	count(lint(stamped(line, plain_blocks, [{"kind": "list", "headlines": [1, 2, 3]}]))) == 0
	count(lint(stamped(line, plain_blocks, [{"kind": "dated", "headlines": [3]}]))) == 0
	blocks := array.concat(plain_blocks, [{"index": 3, "headline_shape": true}])
	count(lint(stamped(line, blocks, []))) == 0
}

test_stamps_near_the_article_or_in_prose_are_silent if {
	soon := object.union(stamp, {"start": "2025-08-01", "end": "2025-08-01"})
	count(lint(stamped(soon, plain_blocks, [{"kind": "dated", "headlines": [3]}]))) == 0
	count(lint(stamped(object.remove(stamp, ["stamp"]), plain_blocks, [{"kind": "dated", "headlines": [3]}]))) == 0
	blocks := array.concat(plain_blocks, [{"index": 3, "headline_shape": false}])
	count(lint(stamped(stamp, blocks, []))) == 0
	count(lint(stamped(object.union(stamp, {"year_inferred": true}), plain_blocks, [{"kind": "dated", "headlines": [3]}]))) == 0
}

test_a_past_stamp_is_reported_once if {
	doc := stamped(stamp, plain_blocks, [{"kind": "dated", "headlines": [3]}])
	past := object.union(doc, {"sentences": [{"index": 0, "block": 3, "text": "x", "tense": ["past"]}]})
	findings := lint(past)
	count(findings) == 1
	some f in findings
	f.evidence.reason == "past"
}

# The end of a span another date opens ("between 10 December 2023 and 18
# May 2026") is a term's, which may run past the article's date.
test_the_end_of_a_span_is_silent if {
	opens := {"text": "10 December 2023", "span": {"offset": 10, "end_offset": 26, "line": 1, "column": 11}, "sentence": 0, "form": "dmy", "precision": "day", "start": "2023-12-10", "end": "2023-12-10", "preposition": "between"}
	ends := object.union(may18, {"span": {"offset": 31, "end_offset": 42, "line": 1, "column": 32}})
	spanned := object.union(doc("metadata", ["past"], ends), {"dates": [opens, ends]})
	count(lint(spanned)) == 0
	apart := json.patch(spanned, [{"op": "replace", "path": "/dates/0/preposition", "value": "on"}])
	count(lint(apart)) == 1
}

# A note of an update or a correction, dated after the article: the page
# was changed then, which is no error.
test_update_notes_are_silent if {
	some text in [
		"Last updated: 18 May 2026",
		"This article was updated on 18 May 2026 to correct a figure.",
		"Correction, 18 May 2026: an earlier version misstated the total.",
		"Publié le 20 mai 2025, mis à jour le 18 May 2026",
	]
	note := object.union(doc("metadata", ["past"], may18), {"sentences": [{"index": 0, "block": 0, "text": text, "tense": ["past"]}]})
	count(lint(note)) == 0
}

# The wrong date a correction quotes from an earlier version.
test_a_date_a_correction_quotes_is_silent if {
	count(lint(doc("metadata", ["past"], object.union(may18, {"superseded": true})))) == 0
	count(lint(doc("metadata", ["past"], may18))) == 1
}

test_an_update_of_something_else_is_judged if {
	text := "The ministry updated its guidance after the vote on 18 May 2026."
	other := object.union(doc("metadata", ["past"], may18), {"sentences": [{"index": 0, "block": 0, "text": text, "tense": ["past"]}]})
	count(lint(other)) == 1
}

# Put off to a day, in the other languages: "aplazada al", "ajourné au".
test_moved_in_other_languages_is_silent if {
	some c in [["La cumbre fue aplazada al 18 de mayo de 2026.", "al"], ["Le procès a été ajourné au 18 mai 2026.", "au"]]
	moved := object.union(doc("metadata", ["past"], object.union(may18, {"preposition": c[1]})), {"sentences": [{"index": 0, "block": 0, "text": c[0], "tense": ["past"]}]})
	count(lint(moved)) == 0
}

# A plan announced ("announced a visit to Berlin on 18 May 2026") is no
# past event; the visit itself told in the past is.
test_a_plan_announced_is_silent if {
	plan := object.union(doc("metadata", ["past"], may18), {"sentences": [{"index": 0, "block": 0, "text": "Macron announced a visit to Berlin on 18 May 2026.", "tense": ["past"]}]})
	count(lint(plan)) == 0
	done := object.union(doc("metadata", ["past"], may18), {"sentences": [{"index": 0, "block": 0, "text": "Macron paid a visit to Berlin on 18 May 2026.", "tense": ["past"]}]})
	count(lint(done)) == 1
}

# A date of a clause in the present, the future or an infinitive, inside a
# sentence told in the past: "The law, which takes effect on 18 May 2026,
# was passed in March", "Members voted to strike on 18 May 2026".
test_a_clause_that_looks_ahead_is_silent if {
	every v in ["present", "future", "infinitive"] {
		count(lint(doc("metadata", ["past"], object.union(may18, {"verb_tense": v})))) == 0
	}
	count(lint(doc("metadata", ["past"], object.union(may18, {"verb_tense": "past"})))) == 1
}

# A past event before a later day is no contradiction.
test_before_a_later_day_is_silent if {
	count(lint(doc("metadata", ["past"], object.union(may18, {"preposition": "before"})))) == 0
	count(lint(doc("metadata", ["past"], object.union(may18, {"preposition": "vor"})))) == 0
}

# A plan named by its noun inside a phrase, its date right after it: the
# plan's date, not the past verb's.
sentence(text) := object.union(doc("metadata", ["past"], may18), {"sentences": [{"index": 0, "block": 0, "text": text, "tense": ["past"]}]})

test_a_plan_in_a_phrase_is_silent if {
	count(lint(sentence("Tickets for the concert on 18 May 2026 went on sale."))) == 0
	count(lint(sentence("Les syndicats ont appelé à la grève le 18 May 2026."))) == 0
	count(lint(sentence("The concert on 18 May 2026 drew a crowd."))) == 1
	count(lint(sentence("He flew to Rome on 18 May 2026."))) == 1
}

# A state set up from a day may run past the article; an event's range
# is its time.
test_from_a_later_day_is_a_state if {
	count(lint(doc("metadata", ["past"], object.union(may18, {"preposition": "from"})))) == 0
	count(lint(doc("metadata", ["past"], object.union(may18, {"preposition": "from", "form": "range"})))) == 1
}

# What was called off has its own day; a day after "on" may be the day it
# was called off.
with_text(text, prep) := json.patch(doc("metadata", ["past"], object.union(may18, {"preposition": prep})), [{"op": "replace", "path": "/sentences/0/text", "value": text}])

test_a_cancelled_thing_has_its_own_day if {
	count(lint(with_text("The airline cancelled its 18 May 2026 flights.", ""))) == 0
	count(lint(with_text("La aerolínea canceló sus vuelos del 18 de mayo de 2026.", ""))) == 0
	count(lint(with_text("The airline cancelled the order on 18 May 2026.", "on"))) == 1
	count(lint(with_text("The airline launched its 18 May 2026 flights.", ""))) == 1
}
