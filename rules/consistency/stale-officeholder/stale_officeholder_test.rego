package newslint.rules.consistency.stale_officeholder_test

import data.newslint.lib.fixtures
import data.newslint.rules.consistency.stale_officeholder

lint(doc) := findings if {
	findings := stale_officeholder.report with input as doc
		with data.newslint.kb as fixtures.kb
		with data.newslint.config.options as fixtures.options
}

stoltenberg := fixtures.mention(10, "jens-stoltenberg", "nato-secretary-general", "NATO Secretary-General", "Jens Stoltenberg", "current")

test_left_office_before_the_article if {
	findings := lint(fixtures.article("2025-05-01", [fixtures.with_cue(stoltenberg, "recently")]))
	count(findings) == 1
	some f in findings
	f.rule == "stale-officeholder"
	f.message == "Jens Stoltenberg was no longer NATO Secretary General on 2025-05-01 (the article's date, from its metadata field \"date\"): the term ended on 2024-10-01; Mark Rutte held the post then"
	f.suggestion == "former NATO Secretary-General Jens Stoltenberg"
	f.evidence.holders[0].person == "mark-rutte"
	f.span.offset == 10
}

test_another_storys_teaser_is_not_judged if {
	doc := fixtures.article("2025-05-01", [fixtures.with_cue(stoltenberg, "recently")])
	count(lint(object.union(doc, {"teasers": [{"first_block": 0, "last_block": 2}]}))) == 0
	count(lint(object.union(doc, {"teasers": [{"first_block": 1, "last_block": 2}]}))) == 1
}

# A teaser headline that gives its date states the title at that date.
test_a_dated_teaser_is_judged_at_its_date if {
	teaser := {"teasers": [{"first_block": 0, "last_block": 2}], "dates": [{"text": "April 28, 2025"}]}
	later := object.union(stoltenberg, {"time": {"basis": "sentence", "date": 0, "start": "2025-04-28", "end": "2025-04-28", "text": "April 28, 2025"}})
	count(lint(object.union(fixtures.article("2025-05-01", [later]), teaser))) == 1
	earlier := object.union(stoltenberg, {"time": {"basis": "sentence", "date": 0, "start": "2024-04-28", "end": "2024-04-28", "text": "April 28, 2024"}})
	count(lint(object.union(fixtures.article("2025-05-01", [earlier]), teaser))) == 0

	# "April 28" without its year takes the article's, not the teaser's.
	inferred := {"teasers": [{"first_block": 0, "last_block": 2}], "dates": [{"text": "April 28", "year_inferred": true}]}
	count(lint(object.union(fixtures.article("2025-05-01", [later]), inferred))) == 0
}

# A boss's term ("Rutte's secretary general, X") is a span the official
# served in or not: no grace days around its first day.
test_a_boss_term_has_no_grace_days if {
	boss := object.union(stoltenberg, {"claim": "then", "time": {"basis": "boss", "start": "2024-10-01", "end": "2025-05-01", "text": "Rutte"}})
	findings := lint(fixtures.article("2025-05-01", [boss]))
	count(findings) == 1
	some f in findings
	contains(f.message, "the term in office of Rutte, whose official the text calls them")
	sentence := object.union(boss, {"time": {"basis": "sentence"}})
	count(lint(fixtures.article("2025-05-01", [sentence]))) == 0
}

test_in_office_then_is_silent if {
	count(lint(fixtures.article("2023-06-01", [stoltenberg]))) == 0
}

test_grace_days_around_a_handover if {
	count(lint(fixtures.article("2024-10-05", [stoltenberg]))) == 0
	count(lint(fixtures.article("2024-10-09", [stoltenberg]))) == 1
}

test_sentence_date_inside_the_term_is_silent if {
	biden := fixtures.mention(0, "joe-biden", "us-president", "President", "Biden", "current")
	count(lint(fixtures.article("2025-06-01", [fixtures.at_sentence_date(biden, "2022-01-01", "2022-12-31", "2022")]))) == 0
	count(lint(fixtures.article("2025-06-01", [biden]))) == 1
}

test_too_early if {
	rutte := fixtures.mention(0, "mark-rutte", "nato-secretary-general", "NATO chief", "Mark Rutte", "current")
	findings := lint(fixtures.article("2023-03-01", [rutte]))
	some f in findings
	contains(f.message, "was not yet NATO Secretary General on 2023-03-01")
	contains(f.message, "the term began on 2024-10-01; Jens Stoltenberg held the post then")
	f.suggestion == "NATO chief Jens Stoltenberg"
}

test_between_terms if {
	trump := fixtures.mention(0, "donald-trump", "us-president", "President", "Donald Trump", "current")
	findings := lint(fixtures.article("2023-03-01", [trump]))
	some f in findings
	startswith(f.message, "Donald Trump was not US President on 2023-03-01")

	# He had held it: a former president, not the sitting one named instead.
	f.suggestion == "former President Donald Trump"
}

test_a_gendered_title_is_not_given_to_the_holder if {
	charles := fixtures.mention(0, "charles-iii", "uk-monarch", "King", "Charles", "current")
	in_2019 := object.union(charles, {"time": {"basis": "sentence", "start": "2019-01-01", "end": "2019-12-31", "text": "2019"}})
	some f in lint(fixtures.article("2025-02-28", [in_2019]))
	f.suggestion == "Elizabeth II held the post then"
}

test_a_counterpart_is_rewritten_with_the_holder if {
	counterpart := object.union(stoltenberg, {"claim_form": "counterpart", "title": {"text": "his Norwegian counterpart"}})
	some f in lint(fixtures.article("2025-05-01", [counterpart]))
	startswith(f.message, "Jens Stoltenberg was no longer NATO Secretary General on 2025-05-01")
	f.suggestion == "Mark Rutte held the post then; or write that Jens Stoltenberg was NATO Secretary General until 2024-10-01"
}

test_then_title_needs_a_date if {
	obama := fixtures.mention(0, "barack-obama", "us-president", "President", "Obama", "then")
	count(lint(fixtures.article("2025-06-01", [obama]))) == 0
	count(lint(fixtures.article("2025-06-01", [fixtures.at_sentence_date(obama, "2015-05-01", "2015-05-31", "May 2015")]))) == 0
	count(lint(fixtures.article("2025-06-01", [fixtures.at_sentence_date(obama, "2019-05-01", "2019-05-31", "May 2019")]))) == 1
}

test_former_and_future_claims_are_not_this_rule if {
	count(lint(fixtures.article("2025-05-01", [object.union(stoltenberg, {"claim": "former"})]))) == 0
	count(lint(fixtures.article("2025-05-01", [object.union(stoltenberg, {"claim": "future"})]))) == 0
}

test_history_is_not_judged if {
	count(lint(fixtures.article("2025-05-01", [fixtures.with_time(stoltenberg, {"basis": "history", "text": "at the time"})]))) == 0
}

# A "then" title of the past for someone who took the office only after
# the article's date: "then-Secretary-General Mark Rutte" in 2023.
test_then_title_before_the_first_term if {
	rutte := fixtures.with_time(
		fixtures.mention(10, "mark-rutte", "nato-secretary-general", "then-NATO Secretary-General", "Mark Rutte", "then"),
		{"basis": "history"},
	)
	findings := lint(fixtures.article("2023-05-01", [rutte]))
	count(findings) == 1
	some f in findings
	startswith(f.message, "Mark Rutte took the office of NATO Secretary General only on 2024-10-01, after the time of writing on 2023-05-01")
	count(lint(fixtures.article("2025-05-01", [rutte]))) == 0
	count(lint(fixtures.article("2023-05-01", [object.union(rutte, {"claim": "current"})]))) == 0
}

# Past as_of, only someone who had left the office half a year or more
# before it is judged, up to a year after it; past an office's own
# unknown_after, no one.
test_past_as_of_or_unknown_after_is_not_judged if {
	some f in lint(fixtures.article("2026-08-01", [stoltenberg]))
	f.message == "Jens Stoltenberg was no longer NATO Secretary General on 2026-08-01 (the article's date, from its metadata field \"date\"): the term ended on 2024-10-01 (the knowledge base knows who held it up to 2026-07-01 only, and they had been out of it for over 180 days by then); Mark Rutte held the post on 2026-07-01"
	count(lint(fixtures.article("2027-08-01", [stoltenberg]))) == 0
	recent := fixtures.mention(0, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "current")
	count(lint(fixtures.article("2026-08-01", [recent]))) == 1

	# Out of it for less than half a year when the base ends: not judged.
	early := stale_officeholder.report with input as fixtures.article("2025-10-01", [recent])
		with data.newslint.kb as object.union(fixtures.kb, {"as_of": "2025-09-01"})
		with data.newslint.config.options as fixtures.options
	count(early) == 0
	sunak := fixtures.mention(0, "rishi-sunak", "uk-prime-minister", "Prime Minister", "Rishi Sunak", "current")
	count(lint(fixtures.article("2026-06-01", [sunak]))) == 1
	count(lint(fixtures.article("2026-06-25", [sunak]))) == 0
}

test_undated_article_is_not_judged if {
	count(lint(fixtures.undated([stoltenberg]))) == 0
}

test_inferred_date_is_said if {
	some f in lint(fixtures.inferred_year("2025", "As of 2025", [stoltenberg]))
	f.message == `Jens Stoltenberg was no longer NATO Secretary General between 2025-01-01 and 2025-12-31 (the article's date, inferred from the time its text speaks from, "As of 2025"): the term ended on 2024-10-01; Mark Rutte held the post then`
}

# An article dated only by its year is judged over the whole year, and
# the message names everyone who held the post in it.
test_a_range_names_every_holder_in_it if {
	obama := fixtures.mention(0, "barack-obama", "us-president", "President", "Barack Obama", "current")
	some f in lint(fixtures.inferred_year("2025", "As of 2025", [obama]))
	endswith(f.message, "; Joe Biden and Donald Trump held the post then")
}

test_a_range_is_judged_only_when_wrong_all_through if {
	biden := fixtures.mention(0, "joe-biden", "us-president", "President", "Joe Biden", "current")
	count(lint(fixtures.inferred_year("2025", "As of 2025", [biden]))) == 0
	count(lint(fixtures.inferred("2025-03", "2025-03-01", "2025-03-31", "As of March 2025", [biden]))) == 1
}

test_title_after_the_name if {
	after := object.union(stoltenberg, {"title": {"text": "secretary general", "position": "after", "kind": "short"}, "name": {"text": "Stoltenberg"}})
	some f in lint(fixtures.article("2025-05-01", [after]))
	f.suggestion == "former NATO Secretary General Stoltenberg"
}

raisi := fixtures.mention(0, "ebrahim-raisi", "ir-president", "President", "Ebrahim Raisi", "current")

test_dead_holder_is_the_late if {
	some f in lint(fixtures.article("2025-03-01", [raisi]))
	contains(f.message, "the term ended on 2024-05-19, and they died on 2024-05-19")
	f.suggestion == "the late President Ebrahim Raisi"
}

test_courtesy_title_of_the_dead_is_left_alone if {
	francis := fixtures.mention(0, "francis", "pope", "Pope", "Francis", "current")
	count(lint(fixtures.article("2025-09-01", [francis]))) == 0
	count(lint(fixtures.article("2025-03-01", [francis]))) == 0
}

test_acting_holder_named_as_acting if {
	pezeshkian := fixtures.mention(0, "masoud-pezeshkian", "ir-president", "President", "Masoud Pezeshkian", "current")
	some f in lint(fixtures.article("2024-06-15", [pezeshkian]))
	contains(f.message, "Mohammad Mokhber (acting) held the post then")
	f.suggestion == "acting President Mohammad Mokhber"
}

test_quoted_claim_is_not_this_rule if {
	count(lint(fixtures.article("2025-05-01", [object.union(stoltenberg, {"quoted": true})]))) == 0
}

test_repeated_sentence_is_judged_once if {
	doc := object.union(fixtures.article("2025-05-01", [object.union(stoltenberg, {"sentence": 1})]), {"sentences": [
		{"index": 0, "block": 0, "text": "s", "tense": ["past"]},
		{"index": 1, "block": 1, "text": "s", "tense": ["past"], "repeat_of": 0},
	]})
	count(lint(doc)) == 0
}

test_future_sentence_looks_ahead if {
	trump := fixtures.mention(0, "donald-trump", "us-president", "President", "Trump", "current")
	count(lint(fixtures.article("2016-11-20", [object.union(trump, {"time": {"basis": "article", "reason": "ahead"}})]))) == 0
	count(lint(fixtures.article("2016-11-20", [trump]))) == 1
}

test_courtesy_title_does_not_cover_a_claim_of_holding if {
	francis := object.union(fixtures.mention(0, "francis", "pope", "Pope", "Francis", "current"), {"claim_form": "copula"})
	count(lint(fixtures.article("2025-09-01", [francis]))) == 1
}

test_a_claim_in_other_words_is_rewritten_not_prefixed if {
	copula := object.union(stoltenberg, {"claim_form": "copula", "title": {"text": "NATO chief", "position": "after", "kind": "label"}})
	some f in lint(fixtures.article("2025-05-01", [copula]))
	f.suggestion == "Mark Rutte held the post then; or write that Jens Stoltenberg was NATO Secretary General until 2024-10-01"
}

test_courtesy_title_does_not_cover_acting_after_death if {
	francis := fixtures.mention(0, "francis", "pope", "Pope", "Francis", "current")
	said_monday := object.union(francis, {"acts": true, "time": {"basis": "article", "text": "Monday"}})
	count(lint(fixtures.article("2025-09-01", [said_monday]))) == 1

	# Without a time of its own, "Pope Francis said" may quote him.
	count(lint(fixtures.article("2025-09-01", [object.union(francis, {"acts": true})]))) == 0
}

test_courtesy_title_does_not_cover_what_the_dead_will_do if {
	francis := fixtures.mention(0, "francis", "pope", "Pope", "Francis", "current")
	will_visit := object.union(francis, {"acts": true, "time": {"basis": "article", "reason": "ahead"}})
	some f in lint(fixtures.article("2025-09-01", [will_visit]))
	startswith(f.suggestion, "Pope Francis died on 2025-04-21")

	# "Pope Francis will be buried": not acting.
	count(lint(fixtures.article("2025-09-01", [object.union(francis, {"time": {"basis": "article", "reason": "ahead"}})]))) == 0
}

test_courtesy_title_does_not_cover_what_the_dead_do_now if {
	francis := fixtures.mention(0, "francis", "pope", "Pope", "Francis", "current")
	urges := object.union(francis, {"acts": true, "time": {"basis": "article", "reason": "acts"}})
	count(lint(fixtures.article("2025-09-01", [urges]))) == 1
	count(lint(fixtures.article("2025-03-01", [urges]))) == 0
}

test_former_goes_after_the_owner if {
	m := fixtures.mention(0, "jens-stoltenberg", "nato-secretary-general", "NATO's chief", "Jens Stoltenberg", "current")
	some f in lint(fixtures.article("2025-05-01", [m]))
	f.suggestion == "NATO's former chief Jens Stoltenberg"
}

# "NATO's Stoltenberg": the possessive is no title to keep; the office is
# named.
test_owner_form_names_the_office if {
	owner := object.union(fixtures.mention(0, "jens-stoltenberg", "nato-secretary-general", "NATO's", "Stoltenberg", "current"), {"claim_form": "owner"})
	some f in lint(fixtures.article("2025-05-01", [owner]))
	f.suggestion == "former NATO Secretary General Stoltenberg"
}

test_the_office_held_instead_is_named if {
	other := json.patch(fixtures.kb, [{"op": "add", "path": "/person_terms/jens-stoltenberg/-", "value": {"role": "german-chancellor", "person": "jens-stoltenberg", "start": "2025-02-04"}}])
	findings := stale_officeholder.report with input as fixtures.article("2025-05-01", [stoltenberg])
		with data.newslint.kb as other
		with data.newslint.config.options as fixtures.options
	count(findings) == 1
	some f in findings
	endswith(f.message, "; Mark Rutte held the post then; Jens Stoltenberg was German Chancellor then")
}

# A year that runs past the base's knowledge is judged over the part it
# knows, for someone who had left before it began: a third of it at least.
test_year_past_the_base_judged_over_what_it_knows if {
	scholz := fixtures.mention(0, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "current")
	findings := lint(fixtures.article("2026-10-01", [fixtures.at_sentence_date(scholz, "2026-01-01", "2026-12-31", "2026")]))
	some f in findings
	contains(f.message, "between 2026-01-01 and 2026-07-01")
	contains(f.message, "the knowledge base knows who held it up to 2026-07-01, not to 2026-12-31")
}

test_little_known_part_is_silent if {
	sunak := fixtures.mention(0, "rishi-sunak", "uk-prime-minister", "Prime Minister", "Rishi Sunak", "current")
	count(lint(fixtures.article("2026-10-01", [fixtures.at_sentence_date(sunak, "2026-05-01", "2026-12-31", "May to December 2026")]))) == 0
}

test_holder_past_the_base_is_silent if {
	merz := fixtures.mention(0, "friedrich-merz", "german-chancellor", "Chancellor", "Friedrich Merz", "current")
	count(lint(fixtures.article("2026-10-01", [fixtures.at_sentence_date(merz, "2026-01-01", "2026-12-31", "2026")]))) == 0
}

# A pope who resigned keeps the title while he lives, whatever he does.
test_courtesy_title_of_one_who_resigned if {
	benedict := fixtures.mention(0, "benedict-xvi", "pope", "Pope", "Benedict XVI", "current")
	count(lint(fixtures.article("2015-06-01", [benedict]))) == 0
	said := object.union(benedict, {"acts": true, "time": {"basis": "article", "text": "Monday"}})
	count(lint(fixtures.article("2015-06-01", [said]))) == 0
	count(lint(fixtures.article("2023-06-01", [said]))) == 1
	is_pope := object.union(benedict, {"claim_form": "copula"})
	count(lint(fixtures.article("2015-06-01", [is_pope]))) == 1
}

test_a_german_ex_joins_the_noun_after_its_adjectives if {
	m := object.union(fixtures.with_cue(stoltenberg, "recently"), {"lang": "de", "title": object.union(stoltenberg.title, {"text": "norwegische Nato-Generalsekretär"})})
	some f in lint(fixtures.article("2025-05-01", [m]))
	f.suggestion == "norwegische Ex-Nato-Generalsekretär Jens Stoltenberg"
	plain := object.union(m, {"title": object.union(stoltenberg.title, {"text": "Nato-Generalsekretär"})})
	some g in lint(fixtures.article("2025-05-01", [plain]))
	g.suggestion == "Ex-Nato-Generalsekretär Jens Stoltenberg"
}

# An undated article is judged from the earliest day it can be from (its
# era: here Chancellor Merz, in office since 2025-05-06), and only for
# someone who had left the office for good by then.
test_undated_article_judged_from_its_era if {
	merz := fixtures.mention(40, "friedrich-merz", "german-chancellor", "Chancellor", "Friedrich Merz", "current")
	doc := object.union(fixtures.undated([stoltenberg, merz]), {"era": {"from": "2025-05-06", "mention": 1}})
	findings := lint(doc)
	count(findings) == 1
	some f in findings
	f.span.offset == 10
	f.message == "Jens Stoltenberg was no longer NATO Secretary General on 2025-05-06 (the earliest day the article can be from: it has no date, and it names \"Chancellor Friedrich Merz\", in office only since then): the term ended on 2024-10-01; Mark Rutte held the post then"
	f.evidence.date.source == "era"
}

# The era may come from the year of something the text names as having
# happened ("the 2026 Greenland crisis"): then every mention of the time
# of writing is judged from its first day, and the message says so.
test_undated_article_judged_from_a_year_of_what_happened if {
	doc := object.union(fixtures.undated([stoltenberg]), {"era": {"from": "2026-01-01", "mention": -1, "kind": "happened", "text": "the 2026 Greenland crisis"}})
	findings := lint(doc)
	count(findings) == 1
	some f in findings
	f.message == "Jens Stoltenberg was no longer NATO Secretary General on 2026-01-01 (the earliest day the article can be from: it has no date, and it speaks of \"the 2026 Greenland crisis\", which had begun by then): the term ended on 2024-10-01; Mark Rutte held the post then"
	told := object.union(fixtures.undated([stoltenberg]), {"era": {"from": "2025-06-03", "mention": -1, "kind": "past", "text": "June 3, 2025"}})
	some g in lint(told)
	contains(g.message, "(the earliest day the article can be from: it has no date, and it tells of \"June 3, 2025\" in the past)")
}

# The era may be the day from which most of the office-holders the text
# names were in office together (a returning holder's later term): the
# message names that holder.
test_undated_article_judged_from_a_term_shared if {
	trump := fixtures.mention(40, "donald-trump", "us-president", "President", "Donald Trump", "current")
	doc := object.union(fixtures.undated([stoltenberg, trump]), {"era": {"from": "2025-01-20", "mention": 1, "kind": "together"}})
	findings := lint(doc)
	count(findings) == 1
	some f in findings
	f.message == "Jens Stoltenberg was no longer NATO Secretary General on 2025-01-20 (the earliest day the article can be from: it has no date, and most of the office-holders it names were in office together only from the day \"President Donald Trump\" took office): the term ended on 2024-10-01; Mark Rutte held the post then"
}

test_undated_article_spares_a_returning_holder_and_the_handover if {
	scholz := fixtures.mention(40, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "current")
	trump := fixtures.mention(0, "donald-trump", "us-president", "President", "Donald Trump", "current")

	# Out of office on 2021-12-08, back in 2025: right on some later day.
	count(lint(object.union(fixtures.undated([trump, scholz]), {"era": {"from": "2021-12-08", "mention": 1}}))) == 0

	# Left three days before the era began: within the handover's grace.
	sunak := fixtures.mention(0, "rishi-sunak", "uk-prime-minister", "Prime Minister", "Rishi Sunak", "current")
	count(lint(object.union(fixtures.undated([sunak, scholz]), {"era": {"from": "2024-07-08", "mention": 1}}))) == 0
	count(lint(object.union(fixtures.undated([sunak, scholz]), {"era": {"from": "2024-08-01", "mention": 1}}))) == 1

	# No era, no judgement; the anchor itself is not judged.
	count(lint(fixtures.undated([stoltenberg, scholz]))) == 0
	count(lint(object.union(fixtures.undated([stoltenberg]), {"era": {"from": "2025-05-06", "mention": 0}}))) == 0

	# A date, even a sentence's own, comes before the era.
	dated := fixtures.at_sentence_date(stoltenberg, "2020-01-01", "2020-12-31", "2020")
	count(lint(object.union(fixtures.undated([dated, scholz]), {"era": {"from": "2025-05-06", "mention": 1}}))) == 0
}

# "-elect" and "newly elected" for someone whose terms had all ended, none
# to come: the title of a story told again. Not for someone about to take
# the office again, nor in office, nor at a time the sentence gives.
test_elect_after_every_term_ended if {
	biden := object.union(fixtures.mention(0, "joe-biden", "us-president", "President", "Joe Biden", "future"), {"text": "President-elect Joe Biden", "qualifier": {"text": "-elect", "word": "elect"}})
	findings := lint(fixtures.article("2025-06-01", [biden]))
	count(findings) == 1
	some f in findings
	f.message == "\"President-elect Joe Biden\" names Joe Biden as just chosen for the office of US President on 2025-06-01 (the article's date, from its metadata field \"date\"), but their last term in it had ended on 2025-01-20, and none was to come"
	f.suggestion == "former President Joe Biden, or give the sentence the time it tells of"
	count(lint(fixtures.article("2025-06-01", [fixtures.at_sentence_date(biden, "2020-11-01", "2020-11-30", "November 2020")]))) == 0
	count(lint(fixtures.article("2021-06-01", [biden]))) == 0

	# "the future president Joe Biden" tells of his youth, not of a story
	# told again: only the words of elect_words are judged.
	future := object.union(biden, {"qualifier": {"text": "future", "word": "future"}})
	count(lint(fixtures.article("2025-06-01", [future]))) == 0
}

test_newly_elected_after_every_term_ended if {
	scholz := object.union(fixtures.mention(0, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "elected"), {"qualifier": {"text": "newly elected", "word": "newly elected"}})
	count(lint(fixtures.article("2025-09-01", [scholz]))) == 1
	count(lint(fixtures.article("2022-01-10", [scholz]))) == 0
}

test_elect_between_terms_is_not_judged if {
	trump := object.union(fixtures.mention(0, "donald-trump", "us-president", "President", "Donald Trump", "future"), {"qualifier": {"text": "-elect", "word": "elect"}})
	count(lint(fixtures.article("2024-12-01", [trump]))) == 0
	future := object.union(trump, {"qualifier": {"text": "future", "word": "future"}})
	count(lint(fixtures.article("2023-06-01", [future]))) == 0
}

# "the new prime minister" for someone chosen and about to take the
# office within half a year is the news of the choice; long before, it is
# wrong.
test_new_title_for_one_about_to_take_office if {
	sunak := object.union(fixtures.mention(0, "rishi-sunak", "uk-prime-minister", "Prime Minister", "Rishi Sunak", "current"), {"qualifier": {"text": "new", "word": "new"}})
	count(lint(fixtures.article("2022-10-20", [sunak]))) == 0
	count(lint(fixtures.article("2022-01-20", [sunak]))) == 1
}

# Outside English, a title after the name is suggested as the page wrote
# it, moved before the name.
test_suggestion_keeps_the_pages_title_outside_english if {
	sunak := object.union(fixtures.mention(0, "rishi-sunak", "uk-prime-minister", "Premier ministre britannique", "Rishi Sunak", "current"), {
		"lang": "fr",
		"title": {"text": "Premier ministre britannique", "position": "after", "kind": "label"},
	})
	some f in lint(fixtures.article("2025-06-01", [sunak]))
	f.suggestion == "ex-Premier ministre britannique Rishi Sunak"
}

# "Jens Stoltenberg was appointed NATO Secretary-General in February 2025",
# "… stepped down as … in February 2025": the day of a choice or of leaving is
# event-date-mismatch's to check, not a claim to hold the office then.
test_choosing_and_leaving_are_not_holding if {
	then := json.patch(stoltenberg, [
		{"op": "replace", "path": "/claim", "value": "then"},
		{"op": "replace", "path": "/time", "value": {"basis": "sentence", "start": "2025-02-01", "end": "2025-02-28", "text": "February 2025"}},
	])
	count(lint(fixtures.article("2025-05-01", [then]))) == 1
	count(lint(fixtures.article("2025-05-01", [object.union(then, {"chosen": true, "took_office": true})]))) == 0
	count(lint(fixtures.article("2025-05-01", [object.union(then, {"left_office": "resigned"})]))) == 0
}
