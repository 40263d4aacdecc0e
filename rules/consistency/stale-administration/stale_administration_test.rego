package newslint.rules.consistency.stale_administration_test

import data.newslint.lib.fixtures
import data.newslint.rules.consistency.stale_administration

lint(doc) := findings if {
	findings := stale_administration.report with input as doc
		with data.newslint.kb as kb
		with data.newslint.config.options as fixtures.options
}

# The fixture base with surnames.
kb := object.union(fixtures.kb, {"people": {
	"donald-trump": {"surname": "Trump"},
	"joe-biden": {"surname": "Biden"},
	"friedrich-merz": {"surname": "Merz"},
}})

biden_admin := {
	"kind": "adjectival", "text": "Biden administration", "span": fixtures.span(30), "sentence": 0,
	"person": "joe-biden", "role": "us-president", "form": "surname",
	"name": {"text": "Biden"}, "title": {"text": "administration", "position": "after", "kind": "adjectival"},
	"claim": "current", "time": {"basis": "article"},
}

present(doc) := object.union(doc, {"sentences": [{"index": 0, "block": 0, "text": "s", "tense": ["present"]}]})

test_present_tense_after_it_ended if {
	findings := lint(present(fixtures.inferred("2026-03", "2026-03-01", "2026-03-31", "As of March 2026", [biden_admin])))
	count(findings) == 1
	some f in findings
	f.message == `the Biden administration had ended (on 2025-01-20) and was not in office between 2026-03-01 and 2026-03-31 (the article's date, inferred from the time its text speaks from, "As of March 2026"); Donald Trump held the post then`
	f.suggestion == "the Trump administration"
}

# Between an election and the inauguration, the incoming administration:
# weeks before 2025-01-20, not a year before.
test_incoming_administration_is_silent if {
	trump_admin := object.union(biden_admin, {"text": "Trump administration", "person": "donald-trump", "name": {"text": "Trump"}})
	ahead := [{"index": 0, "block": 0, "text": "Markets wait as the Trump administration prepares to take office.", "tense": ["present"]}]
	now := [{"index": 0, "block": 0, "text": "The Trump administration is imposing tariffs.", "tense": ["present"]}]
	count(lint(object.union(fixtures.article("2024-12-19", [fixtures.with_cue(trump_admin, "currently")]), {"sentences": ahead}))) == 0
	count(lint(object.union(fixtures.article("2024-12-19", [fixtures.with_cue(trump_admin, "currently")]), {"sentences": now}))) == 1
	count(lint(object.union(fixtures.article("2024-01-19", [fixtures.with_cue(trump_admin, "currently")]), {"sentences": ahead}))) == 1
}

test_present_cue if {
	count(lint(fixtures.article("2025-11-03", [fixtures.with_cue(biden_admin, "currently")]))) == 1
}

# "The Biden administration will approve new tariffs": what it will do.
test_what_it_will_do if {
	ahead := object.union(biden_admin, {"time": {"basis": "article", "reason": "ahead"}})
	count(lint(fixtures.article("2025-11-03", [ahead]))) == 1
	count(lint(fixtures.article("2024-11-03", [ahead]))) == 0
}

# What an administration about to take office will do.
test_what_an_incoming_one_will_do_is_silent if {
	trump := object.union(biden_admin, {"person": "donald-trump", "text": "Trump administration", "name": {"text": "Trump"}, "time": {"basis": "article", "reason": "ahead"}})
	count(lint(fixtures.article("2024-12-03", [trump]))) == 0
}

test_past_tense_history_is_silent if {
	count(lint(fixtures.article("2025-11-03", [biden_admin]))) == 0
}

test_in_office_is_silent if {
	count(lint(present(fixtures.article("2023-11-03", [biden_admin])))) == 0
	count(lint(present(fixtures.article("2025-01-25", [biden_admin])))) == 0
}

test_sentence_date_is_judged_in_any_tense if {
	count(lint(fixtures.article("2025-11-03", [fixtures.at_sentence_date(biden_admin, "2025-06-01", "2025-06-30", "June 2025")]))) == 1
	count(lint(fixtures.article("2025-11-03", [fixtures.at_sentence_date(biden_admin, "2024-06-01", "2024-06-30", "June 2024")]))) == 0
}

test_former_or_then_is_silent if {
	count(lint(present(fixtures.article("2025-11-03", [object.union(biden_admin, {"claim": "former"})])))) == 0
	count(lint(present(fixtures.article("2025-11-03", [object.union(biden_admin, {"claim": "then"})])))) == 0
}

test_any_candidate_in_office_is_silent if {
	two := object.union(biden_admin, {"person": "joe-biden", "candidates": ["joe-biden", "donald-trump"]})
	count(lint(present(fixtures.article("2025-11-03", [two])))) == 0
}

test_name_after_the_noun_keeps_its_order if {
	french := object.union(biden_admin, {
		"text": "administration Biden", "lang": "fr",
		"title": {"text": "administration", "position": "before", "kind": "adjectival"},
	})
	findings := lint(fixtures.article("2025-11-03", [fixtures.with_cue(french, "actuellement")]))
	count(findings) == 1
	some f in findings
	startswith(f.message, "the administration Biden had ended (on 2025-01-20)")
	f.suggestion == "administration Trump"
}

# The German genitive before the noun keeps its form in the message and
# the suggestion.
test_german_genitive if {
	genitive := object.union(biden_admin, {
		"text": "Bidens Regierung", "lang": "de", "name": {"text": "Bidens"},
		"title": {"text": "Regierung", "position": "after", "kind": "adjectival"},
	})
	findings := lint(fixtures.article("2025-11-03", [fixtures.with_cue(genitive, "derzeit")]))
	some f in findings
	startswith(f.message, "Bidens Regierung had ended (on 2025-01-20)")
	f.suggestion == "Trumps Regierung"
}

test_under_the_name if {
	under := object.union(biden_admin, {
		"text": "White House under Joe Biden", "name": {"text": "Joe Biden"},
		"title": {"text": "White House under", "position": "before", "kind": "adjectival"},
	})
	findings := lint(present(fixtures.article("2025-11-03", [under])))
	some f in findings
	startswith(f.message, "the White House under Joe Biden had ended (on 2025-01-20)")
	f.suggestion == "White House under Trump"
}

# An undated article is judged from the earliest day it can be from (its
# era), and only where the leader had left the office for good by then.
test_undated_article_judged_from_its_era if {
	merz := fixtures.mention(60, "friedrich-merz", "german-chancellor", "Chancellor", "Friedrich Merz", "current")
	findings := lint(present(object.union(fixtures.undated([biden_admin, merz]), {"era": {"from": "2025-05-06", "mention": 1}})))
	count(findings) == 1
	some f in findings
	f.evidence.date.source == "era"

	# Trump between his terms on 2021-12-08: back in office later.
	scholz := fixtures.mention(60, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "current")
	trump_admin := object.union(biden_admin, {"text": "Trump administration", "person": "donald-trump", "name": {"text": "Trump"}})
	count(lint(present(object.union(fixtures.undated([trump_admin, scholz]), {"era": {"from": "2021-12-08", "mention": 1}})))) == 0

	# Told in the past: history, era or not.
	count(lint(object.union(fixtures.undated([biden_admin, merz]), {"era": {"from": "2025-05-06", "mention": 1}, "sentences": [{"index": 0, "block": 0, "text": "s", "tense": ["past"]}]}))) == 0
}

# The form is named as the text writes it: a hyphen kept, an elision kept
# before a vowel and undone before a consonant.
test_form_named_as_written if {
	fr := {"text": "gouvernement d'Élisabeth Borne", "title": {"text": "gouvernement d", "position": "before"}, "name": {"text": "Élisabeth Borne"}}
	stale_administration.named(fr, "Élisabeth Borne") == "gouvernement d'Élisabeth Borne"
	stale_administration.named(fr, "Bayrou") == "gouvernement de Bayrou"
	de := {"text": "Sunak-Regierung", "title": {"text": "Regierung", "position": "after"}, "name": {"text": "Sunak"}}
	stale_administration.named(de, "Starmer") == "the Starmer-Regierung"
	en := {"text": "Biden administration", "title": {"text": "administration", "position": "after"}, "name": {"text": "Biden"}}
	stale_administration.named(en, "Trump") == "the Trump administration"
}
