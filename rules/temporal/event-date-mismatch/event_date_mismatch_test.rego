package newslint.rules.temporal.event_date_mismatch_test

import data.newslint.lib.fixtures
import data.newslint.rules.temporal.event_date_mismatch

lint(doc) := findings if {
	findings := event_date_mismatch.report with input as doc
		with data.newslint.kb as fixtures.kb
		with data.newslint.config.options as fixtures.options
}

ouster := {"event": "mccarthy-ouster", "text": "McCarthy's removal", "span": {"offset": 100, "end_offset": 118}, "sentence": 0}

date(text, form, start, end, offset) := {
	"text": text, "form": form, "sentence": 0, "precision": "day", "start": start, "end": end,
	"span": {"offset": offset, "end_offset": offset + count(text), "line": 1, "column": offset + 1},
}

doc(sentence, dates) := {"sentences": [{"index": 0, "text": sentence}], "events": [ouster], "dates": dates}

test_wrong_year if {
	findings := lint(doc("On 3 October 2025 the House voted for McCarthy's removal.", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 80)]))
	count(findings) == 1
	some f in findings
	f.message == `Kevin McCarthy's removal as House Speaker took place on 2023-10-03, not on 2025-10-03 ("3 October 2025")`
	f.suggestion == "3 October 2023"
}

test_month_precision if {
	d := object.union(date("October 2025", "month_year", "2025-10-01", "2025-10-31", 120), {"precision": "month"})
	some f in lint(doc("McCarthy's removal in October 2025 shocked the House.", [d]))
	contains(f.message, "not between 2025-10-01 and 2025-10-31")
}

test_right_date_is_silent if {
	count(lint(doc("x", [date("3 October 2023", "dmy", "2023-10-03", "2023-10-03", 80)]))) == 0
	count(lint(doc("x", [date("October 2023", "month_year", "2023-10-01", "2023-10-31", 80)]))) == 0
}

test_another_date_matches if {
	count(lint(doc("x", [
		date("3 October 2023", "dmy", "2023-10-03", "2023-10-03", 60),
		date("25 October 2023", "dmy", "2023-10-25", "2023-10-25", 130),
	]))) == 0
}

test_far_away_is_silent if {
	count(lint(doc("x", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 300)]))) == 0
}

test_counting_from_the_event_is_silent_in_other_languages if {
	count(lint(doc("Deux ans après McCarthy's removal, le 3 octobre 2025, les élus se sont réunis.", [date("3 octobre 2025", "dmy", "2025-10-03", "2025-10-03", 120)]))) == 0
	count(lint(doc("Zwei Jahre nach dem McCarthy's removal, am 3. Oktober 2025, trafen sie sich.", [date("3. Oktober 2025", "dmy", "2025-10-03", "2025-10-03", 120)]))) == 0
	count(lint(doc("Dos años después de McCarthy's removal, el 3 de octubre de 2025, se reunieron.", [date("3 de octubre de 2025", "dmy", "2025-10-03", "2025-10-03", 120)]))) == 0
	count(lint(doc("Le 3 octobre 2025, McCarthy's removal fut voté.", [date("3 octobre 2025", "dmy", "2025-10-03", "2025-10-03", 80)]))) == 1
}

test_counting_from_the_event_is_silent if {
	count(lint(doc("Two years after McCarthy's removal, on 3 October 2025, members met.", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 120)]))) == 0
	count(lint(doc("On 3 October 2025, the anniversary of McCarthy's removal, members met.", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 90)]))) == 0
}

test_an_event_dated_after_since_or_after_is_checked if {
	count(lint(doc("Talks stalled after McCarthy's removal in October 2025, aides said.", [date("October 2025", "month_year", "2025-10-01", "2025-10-31", 119)]))) == 1
	count(lint(doc("Little has moved since McCarthy's removal on 3 October 2025 in the House.", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 122)]))) == 1
	count(lint(doc("Little has moved since the 2025 McCarthy's removal in the House.", [date("2025", "year", "2025-01-01", "2025-12-31", 100 - 5)]))) == 1
	count(lint(doc("Rien n'a bougé depuis McCarthy's removal en octobre 2025 à la Chambre.", [date("octobre 2025", "month_year", "2025-10-01", "2025-10-31", 122)]))) == 1
}

test_a_german_year_after_the_name_dates_the_event if {
	d := object.union(date("2025", "year", "2025-01-01", "2025-12-31", 119), {"attributive": true})
	count(lint(doc("Seit dem McCarthy's removal 2025 ist das Haus gespalten.", [d]))) == 1
	other := object.union(date("2025", "year", "2025-01-01", "2025-12-31", 60), {"attributive": true})
	count(lint(doc("Die 2025 Wahl kam nach McCarthy's removal.", [other]))) == 0
}

test_a_length_of_time_before_after_still_counts if {
	count(lint(doc("Two years after McCarthy's removal in October 2025, members met.", [date("October 2025", "month_year", "2025-10-01", "2025-10-31", 122)]))) == 0
	count(lint(doc("Zwei Jahre nach dem McCarthy's removal im Oktober 2025 trafen sie sich.", [date("Oktober 2025", "month_year", "2025-10-01", "2025-10-31", 122)]))) == 0
	count(lint(doc("Members met a few weeks after McCarthy's removal in October 2025.", [date("October 2025", "month_year", "2025-10-01", "2025-10-31", 122)]))) == 0
	count(lint(doc("On the anniversary of McCarthy's removal in October 2025, members met.", [date("October 2025", "month_year", "2025-10-01", "2025-10-31", 122)]))) == 0
}

test_a_time_into_the_event_is_silent if {
	count(lint(doc("Talks met on 3 October 2025, just weeks into McCarthy's removal fight.", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 14)]))) == 0
}

test_ignore_words_elsewhere_in_the_sentence_do_not_count if {
	count(lint(doc("McCarthy's removal on 3 October 2025 came after weeks of revolt.", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 122)]))) == 1
}

test_inferred_year_is_skipped if {
	d := object.union(date("3 November", "dmy", "2023-11-03", "2023-11-03", 120), {"year_inferred": true})
	count(lint(doc("x", [d]))) == 0
}

test_the_dateline_is_not_the_event_date if {
	d := date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 80)
	dateline := object.union(doc("x", [d]), {"date": {"source": "dateline", "span": d.span}})
	count(lint(dateline)) == 0
	inferred := object.union(doc("x", [d]), {"date": {"source": "inferred", "span": d.span}})
	count(lint(inferred)) == 1
}

# "Keir Starmer took over as prime minister on DATE"
sworn_in(text, day) := {
	"mentions": [object.union(
		fixtures.mention(0, "keir-starmer", "uk-prime-minister", "prime minister", "Keir Starmer", "then"),
		{"took_office": true, "time": {"basis": "sentence", "start": day, "end": day, "span": fixtures.span(60), "text": text}},
	)],
	"dates": [{"text": text, "form": "dmy", "start": day, "end": day, "precision": "day", "sentence": 0, "span": fixtures.span(60)}],
	"events": [],
}

test_taking_office_on_the_wrong_day if {
	findings := lint(object.union(fixtures.article("2025-08-01", []), sworn_in("5 June 2024", "2024-06-05")))
	count(findings) == 1
	some f in findings
	f.message == `Keir Starmer took office as UK Prime Minister on 2024-07-05, not on 2024-06-05 ("5 June 2024")`
	f.suggestion == "5 July 2024"
}

test_taking_office_within_the_grace_days_is_silent if {
	count(lint(object.union(fixtures.article("2025-08-01", []), sworn_in("4 July 2024", "2024-07-04")))) == 0
}

# "Keir Starmer was elected prime minister in YEAR"
elected(year) := object.union(sworn_in(year, sprintf("%s-01-01", [year])), {
	"mentions": [object.union(
		fixtures.mention(0, "keir-starmer", "uk-prime-minister", "prime minister", "Keir Starmer", "then"),
		{"took_office": true, "chosen": true, "time": {"basis": "sentence", "start": sprintf("%s-01-01", [year]), "end": sprintf("%s-12-31", [year]), "span": fixtures.span(60), "text": year}},
	)],
	"dates": [{"text": year, "form": "year", "start": sprintf("%s-01-01", [year]), "end": sprintf("%s-12-31", [year]), "precision": "year", "sentence": 0, "span": fixtures.span(60)}],
})

test_elected_long_before_any_term if {
	findings := lint(object.union(fixtures.article("2025-08-01", []), elected("2022")))
	count(findings) == 1
	some f in findings
	f.message == `Keir Starmer was not elected or appointed UK Prime Minister between 2022-01-01 and 2022-12-31 ("2022"): the nearest term in that office began on 2024-07-05`
	f.suggestion == "check the date: the term began on 2024-07-05"
}

# Chosen in the months before the term began, or during it (re-elected):
# the year of the choice need not be the term's.
test_elected_before_or_during_a_term_is_silent if {
	count(lint(object.union(fixtures.article("2025-08-01", []), elected("2024")))) == 0
	count(lint(object.union(fixtures.article("2025-08-01", []), elected("2025")))) == 0
}

test_held_since_a_year_no_term_began if {
	m := object.union(
		fixtures.mention(0, "keir-starmer", "uk-prime-minister", "prime minister", "Keir Starmer", "current"),
		{"since": 0},
	)
	d := {"text": "2023", "form": "year", "start": "2023-01-01", "end": "2023-12-31", "precision": "year", "sentence": 0, "span": fixtures.span(60)}
	findings := lint(object.union(fixtures.article("2025-08-01", [m]), {"dates": [d], "events": []}))
	count(findings) == 1
	some f in findings
	f.suggestion == "2024"
	d2024 := object.union(d, {"text": "2024", "start": "2024-01-01", "end": "2024-12-31"})
	count(lint(object.union(fixtures.article("2025-08-01", [m]), {"dates": [d2024], "events": []}))) == 0
}

# A death the text tells of someone whose day of death the base knows.
death := {"event": "", "person": "francis", "text": "Pope Francis died", "span": {"offset": 0, "end_offset": 17}, "sentence": 0}

test_death_on_the_wrong_day if {
	d := date("21 April 2024", "dmy", "2024-04-21", "2024-04-21", 21)
	findings := lint({"sentences": [{"index": 0, "text": "Pope Francis died on 21 April 2024."}], "events": [death], "dates": [d]})
	count(findings) == 1
	some f in findings
	f.message == `The death of Pope Francis took place on 2025-04-21, not on 2024-04-21 ("21 April 2024")`
	f.suggestion == "21 April 2025"
}

test_death_on_the_right_day if {
	d := date("21 April 2025", "dmy", "2025-04-21", "2025-04-21", 21)
	count(lint({"sentences": [{"index": 0, "text": "Pope Francis died on 21 April 2025."}], "events": [death], "dates": [d]})) == 0
}

test_another_date_of_the_sentence_is_not_the_death if {
	d := date("March 2013", "month_year", "2013-03-01", "2013-03-31", 28)
	elected := object.union(death, {"text": "Pope Francis, elected in March 2013, died", "span": {"offset": 0, "end_offset": 43}})
	count(lint({"sentences": [{"index": 0, "text": "Pope Francis, elected in March 2013, died in Rome."}], "events": [elected], "dates": [d]})) == 0
}

# An attributive year dates the event only when the event's name follows
# it; before another noun it dates that noun ("The 2019 budget fight led
# to McCarthy's removal").
test_attributive_year_of_another_noun_is_silent if {
	year := object.union(date("2019", "year", "2019-01-01", "2019-12-31", 60), {"precision": "year", "attributive": true})
	count(lint(doc("The 2019 budget fight led to McCarthy's removal.", [year]))) == 0
	next := object.union(year, {"span": {"offset": 95, "end_offset": 99, "line": 1, "column": 96}})
	count(lint(doc("The 2019 McCarthy's removal.", [next]))) == 1
}

# "Rishi Sunak stepped down as prime minister in YEAR"
stepped_down(year) := {
	"mentions": [object.union(
		fixtures.mention(0, "rishi-sunak", "uk-prime-minister", "prime minister", "Rishi Sunak", "then"),
		{"left_office": "resigned", "time": {"basis": "sentence", "start": sprintf("%s-01-01", [year]), "end": sprintf("%s-12-31", [year]), "span": fixtures.span(60), "text": year}},
	)],
	"dates": [{"text": year, "form": "year", "start": sprintf("%s-01-01", [year]), "end": sprintf("%s-12-31", [year]), "precision": "year", "sentence": 0, "span": fixtures.span(60)}],
	"events": [],
}

test_leaving_office_in_the_wrong_year if {
	findings := lint(object.union(fixtures.article("2025-08-01", []), stepped_down("2025")))
	count(findings) == 1
	some f in findings
	f.message == `Rishi Sunak left office as UK Prime Minister on 2024-07-05, not between 2025-01-01 and 2025-12-31 ("2025")`
	f.suggestion == "2024"
}

# A resignation may come long before a caretaker's last day; the last day
# itself ("left") is exact.
test_leaving_office_in_the_right_year_is_silent if {
	count(lint(object.union(fixtures.article("2025-08-01", []), stepped_down("2024")))) == 0
	count(lint(object.union(fixtures.article("2025-08-01", []), stepped_down("2023")))) == 0
	left := json.patch(stepped_down("2023"), [{"op": "replace", "path": "/mentions/0/left_office", "value": "left"}])
	count(lint(object.union(fixtures.article("2025-08-01", []), left))) == 1
}

# No one resigns an office before holding it, however long a caretaker
# may stay: Sunak's term began in October 2022.
test_resigning_before_the_term_began if {
	truss := {"role": "uk-prime-minister", "person": "liz-truss", "start": "2022-09-06", "end": "2022-10-25"}
	kb := json.patch(fixtures.kb, [{"op": "add", "path": "/terms/uk-prime-minister/0", "value": truss}])
	september := json.patch(stepped_down("2022"), [
		{"op": "replace", "path": "/mentions/0/time/start", "value": "2022-09-01"},
		{"op": "replace", "path": "/mentions/0/time/end", "value": "2022-09-30"},
		{"op": "replace", "path": "/dates/0/start", "value": "2022-09-01"},
		{"op": "replace", "path": "/dates/0/end", "value": "2022-09-30"},
		{"op": "replace", "path": "/dates/0/precision", "value": "month"},
	])
	findings := event_date_mismatch.report with input as object.union(fixtures.article("2025-08-01", []), september)
		with data.newslint.kb as kb
		with data.newslint.config.options as fixtures.options
	count(findings) == 1
}

# A term still running: the person had not left (a resignation may be
# followed by a second appointment, and is not judged so).
test_leaving_an_office_still_held if {
	m := object.union(
		fixtures.mention(0, "keir-starmer", "uk-prime-minister", "prime minister", "Keir Starmer", "then"),
		{"left_office": "left", "time": {"basis": "sentence", "start": "2025-01-01", "end": "2025-12-31", "span": fixtures.span(60), "text": "2025"}},
	)
	d := {"text": "2025", "form": "year", "start": "2025-01-01", "end": "2025-12-31", "precision": "year", "sentence": 0, "span": fixtures.span(60)}
	findings := lint(object.union(fixtures.article("2025-08-01", []), {"mentions": [m], "dates": [d], "events": []}))
	count(findings) == 1
	some f in findings
	contains(f.message, "had not left office")
}

# A deputy's or a shadow's post ("was appointed shadow chancellor"): the
# claim is another office's, not a start of this one.
test_another_office_is_no_start if {
	other := json.patch(elected("2019"), [{"op": "replace", "path": "/mentions/0/claim", "value": "other"}])
	count(lint(object.union(fixtures.article("2025-08-01", []), other))) == 0
}

# An office the base knows no holder of at the time given: a choice then
# is not judged.
test_choice_before_the_base_knows_the_office_is_silent if {
	count(lint(object.union(fixtures.article("2025-08-01", []), elected("1650")))) == 0
}

test_ignore_words_inside_other_words_do_not_count if {
	count(lint(doc("McCarthy's removal in Chicago on 3 October 2025 shocked members.", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 120)]))) == 1
	count(lint(doc("La McCarthy's removal de Inglaterra el 3 de octubre de 2025 sorprendió.", [date("3 de octubre de 2025", "dmy", "2025-10-03", "2025-10-03", 120)]))) == 1
	count(lint(doc("McCarthy's removal, a year later, on 3 October 2025, was recalled.", [date("3 October 2025", "dmy", "2025-10-03", "2025-10-03", 120)]))) == 0
}

# German puts the day of a death inside its verb.
test_death_inside_a_german_verb if {
	d := date("21. April 2024", "dmy", "2024-04-21", "2024-04-21", 22)
	inside := object.union(death, {"text": "Franziskus ist am 21. April 2024 gestorben", "span": {"offset": 6, "end_offset": 48}})
	count(lint({"sentences": [{"index": 0, "text": "Papst Franziskus ist am 21. April 2024 gestorben."}], "events": [inside], "dates": [d]})) == 1
}

# What came of the event has a date of its own, unless the date is written
# as the event's own, right beside its name.
lint_aftermath(doc) := findings if {
	opts := json.patch(fixtures.options, [{"op": "add", "path": "/event-date-mismatch/aftermath_words", "value": ["inquiry", "victims"]}])
	findings := event_date_mismatch.report with input as doc
		with data.newslint.kb as fixtures.kb
		with data.newslint.config.options as opts
}

test_aftermath_is_dated_apart if {
	count(lint_aftermath(doc("The inquiry into McCarthy's removal reported in October 2025.", [date("October 2025", "dmy", "2025-10-01", "2025-10-31", 120)]))) == 0
	count(lint_aftermath(doc("The victims of McCarthy's removal in October 2025 met.", [date("October 2025", "dmy", "2025-10-01", "2025-10-31", 122)]))) == 1
	count(lint_aftermath(doc("The report on McCarthy's removal came out in October 2025.", [date("October 2025", "dmy", "2025-10-01", "2025-10-31", 120)]))) == 1
}

# "Rishi Sunak, prime minister from FROM to TO, …"
tenure(from, to) := {
	"mentions": [object.union(
		fixtures.mention(0, "rishi-sunak", "uk-prime-minister", "prime minister", "Rishi Sunak", "then"),
		{"time": {"basis": "sentence", "start": sprintf("%d-01-01", [from]), "end": sprintf("%d-12-31", [to]), "span": fixtures.span(15), "text": "x"}},
	)],
	"dates": [{"text": sprintf("%d to %d", [from, to]), "form": "range", "year": from, "end_year": to, "start": sprintf("%d-01-01", [from]), "end": sprintf("%d-12-31", [to]), "precision": "year", "sentence": 0, "span": fixtures.span(15)}],
	"events": [],
}

test_a_tenure_that_takes_in_years_outside_the_terms if {
	findings := lint(object.union(fixtures.article("2025-08-01", []), tenure(2020, 2024)))
	count(findings) == 1
	some f in findings
	f.message == `Rishi Sunak held the office of UK Prime Minister from 2022-10-25 to 2024-07-05, not from 2020 to 2024 ("2020 to 2024")`
	f.evidence.years_outside == [2020, 2021]
}

# A span inside the claim: "Rishi Sunak war von 2020 bis 2024 Premierminister".
test_a_tenure_inside_the_claim if {
	inside := json.patch(tenure(2020, 2024), [{"op": "replace", "path": "/mentions/0/span/end_offset", "value": 40}])
	count(lint(object.union(fixtures.article("2025-08-01", []), inside))) == 1
}

# A span within the terms may be part of the tenure; one wholly outside
# them is stale-officeholder's; one far from the title is another time's.
test_a_tenure_within_the_terms_or_wholly_outside_is_silent if {
	count(lint(object.union(fixtures.article("2025-08-01", []), tenure(2022, 2024)))) == 0
	count(lint(object.union(fixtures.article("2025-08-01", []), tenure(2023, 2024)))) == 0
	count(lint(object.union(fixtures.article("2025-08-01", []), tenure(2010, 2015)))) == 0
	far := json.patch(tenure(2020, 2024), [{"op": "replace", "path": "/dates/0/span", "value": fixtures.span(60)}, {"op": "replace", "path": "/mentions/0/time/span", "value": fixtures.span(60)}])
	count(lint(object.union(fixtures.article("2025-08-01", []), far))) == 0
}
