package newslint.rules.consistency.conflicting_officeholders_test

import data.newslint.lib.fixtures
import data.newslint.rules.consistency.conflicting_officeholders

lint(doc) := findings if {
	findings := conflicting_officeholders.report with input as doc
		with data.newslint.kb as fixtures.kb
		with data.newslint.config.options as fixtures.options
}

sunak := fixtures.mention(10, "rishi-sunak", "uk-prime-minister", "Prime Minister", "Rishi Sunak", "current")

starmer := fixtures.mention(200, "keir-starmer", "uk-prime-minister", "Prime Minister", "Keir Starmer", "current")

test_two_current_holders_in_an_undated_article if {
	findings := lint(fixtures.undated([sunak, starmer, object.union(starmer, {"span": fixtures.span(400)})]))
	count(findings) == 1
	some f in findings
	f.span.offset == 200
	contains(f.message, "Keir Starmer is named as UK Prime Minister here, but Rishi Sunak was named as UK Prime Minister at line 1")
	f.evidence.people == ["rishi-sunak", "keir-starmer"]
}

test_an_outgoing_holder_hands_over if {
	outgoing := object.union(sunak, {"qualifier": {"text": "outgoing", "word": "outgoing"}})
	count(lint(fixtures.undated([outgoing, starmer]))) == 0
	after := object.union(sunak, {"text": "mandatario saliente, Rishi Sunak"})
	count(lint(fixtures.undated([after, starmer]))) == 0
	former := object.union(sunak, {"qualifier": {"text": "former", "word": "former"}, "claim": "current"})
	count(lint(fixtures.undated([former, starmer]))) == 1
}

# A holder named as new takes over from the one named beside them; a
# "new" in the text that is no qualifier of the title changes nothing.
test_a_new_holder_takes_over if {
	incoming := object.union(starmer, {"qualifier": {"text": "new", "word": "new"}})
	count(lint(fixtures.undated([sunak, incoming]))) == 0
	named := object.union(starmer, {"text": "Keir Starmer, new in Downing Street"})
	count(lint(fixtures.undated([sunak, named]))) == 1
}

# An acting holder stands in for one suspended or gone ("acting President
# Choi Sang-mok" while President Yoon Suk Yeol is suspended).
test_an_acting_holder_stands_in if {
	acting := object.union(sunak, {"qualifier": {"text": "acting", "word": "acting"}})
	count(lint(fixtures.undated([acting, starmer]))) == 0
	after := object.union(sunak, {"text": "Rishi Sunak, el presidente interino"})
	count(lint(fixtures.undated([starmer, after]))) == 0
}

test_a_government_told_of_in_the_past_is_the_last_one if {
	barnier := object.union(sunak, {"kind": "adjectival", "text": "Sunak government", "sentence": 1})
	past := object.union(fixtures.undated([starmer, barnier]), {"sentences": [
		{"index": 0, "block": 0, "text": "s", "tense": ["present"]},
		{"index": 1, "block": 0, "text": "t", "tense": ["past"]},
	]})
	count(lint(past)) == 0

	# Spoken of as now, it is a second holder.
	present := object.union(past, {"sentences": [
		{"index": 0, "block": 0, "text": "s", "tense": ["present"]},
		{"index": 1, "block": 0, "text": "t", "tense": ["present"]},
	]})
	count(lint(present)) == 1
}

test_past_unknown_after if {
	count(lint(fixtures.article("2026-06-30", [sunak, starmer]))) == 1
}

test_settled_by_the_knowledge_base_is_left_to_stale_officeholder if {
	count(lint(fixtures.article("2025-03-11", [sunak, starmer]))) == 0
}

test_different_times_do_not_conflict if {
	old := fixtures.at_sentence_date(sunak, "2023-01-01", "2023-12-31", "2023")
	count(lint(fixtures.undated([old, starmer]))) == 0
}

test_former_and_history_do_not_conflict if {
	count(lint(fixtures.undated([object.union(sunak, {"claim": "former"}), starmer]))) == 0
	count(lint(fixtures.undated([fixtures.with_time(sunak, {"basis": "history", "text": "at the time"}), starmer]))) == 0
}

test_offices_with_several_holders_do_not_conflict if {
	a := object.union(sunak, {"role": "un-security-council-member"})
	b := object.union(starmer, {"role": "un-security-council-member"})
	count(lint(fixtures.undated([a, b]))) == 0
}

test_the_same_person_twice_is_fine if {
	count(lint(fixtures.undated([sunak, object.union(sunak, {"span": fixtures.span(90)})]))) == 0
}

# An undated page that names a monarch who has died and their successor
# tells of a reign and the next one.
test_a_holder_who_has_died_is_no_second_holder if {
	queen := fixtures.mention(10, "elizabeth-ii", "uk-monarch", "Queen", "Queen Elizabeth", "current")
	king := fixtures.mention(200, "charles-iii", "uk-monarch", "King", "King Charles III", "current")
	count(lint(fixtures.undated([queen, king]))) == 0
}

# On an undated page with an era (the earliest day it can be from), a
# holder who had left for good before it is stale-officeholder's, not a
# second holder; one who left within the handover's grace still conflicts.
test_a_holder_gone_before_the_era_is_stale_not_a_conflict if {
	era := {"era": {"from": "2024-09-01", "mention": 1}}
	count(lint(object.union(fixtures.undated([sunak, starmer]), era))) == 0
	count(lint(object.union(fixtures.undated([sunak, starmer]), {"era": {"from": "2024-07-05", "mention": 1}}))) == 1
	count(lint(fixtures.undated([sunak, starmer]))) == 1
}
