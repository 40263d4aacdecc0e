package newslint.lib.when_test

import data.newslint.lib.fixtures
import data.newslint.lib.when

m := fixtures.mention(0, "joe-biden", "us-president", "President", "Joe Biden", "current")

test_sentence_date_wins if {
	t := when.of(fixtures.at_sentence_date(m, "2022-01-01", "2022-12-31", "2022"), 2) with input as fixtures.article("2025-03-11", [])
	t.start == "2022-01-01"
	t.source == "sentence"
	when.describe(t) == `the date the sentence gives, "2022"`
}

test_article_date_with_its_source if {
	t := when.of(m, 2) with input as fixtures.article("2025-03-11", [])
	t == {"start": "2025-03-11", "end": "2025-03-11", "source": "metadata", "text": "2025-03-11"}
	when.describe(t) == `the article's date, from its metadata field "date"` with input as fixtures.article("2025-03-11", [])
}

test_inferred_is_said_plainly if {
	t := when.of(m, 2) with input as fixtures.inferred_year("2025", "As of 2025", [])
	t == {"start": "2025-01-01", "end": "2025-12-31", "source": "inferred", "text": "As of 2025"}
	when.describe(t) == `the article's date, inferred from the time its text speaks from, "As of 2025"`
}

test_previous_date_within_reach if {
	prev := fixtures.with_time(m, {"basis": "article", "previous": {"date": 0, "distance": 1, "start": "2019-01-01", "end": "2019-12-31", "text": "2019"}})
	t := when.of(prev, 2) with input as fixtures.article("2025-03-11", [])
	t.source == "previous"
	t2 := when.of(prev, 0) with input as fixtures.article("2025-03-11", [])
	t2.source == "metadata"
}

test_a_cue_keeps_the_article_date if {
	cued := fixtures.with_time(m, {"basis": "article", "text": "recently", "previous": {"date": 0, "distance": 1, "start": "2019-01-01", "end": "2019-12-31", "text": "2019"}})
	t := when.of(cued, 2) with input as fixtures.article("2025-03-11", [])
	t.source == "metadata"
}

test_history_and_undated_have_no_time if {
	not when.of(fixtures.with_time(m, {"basis": "history", "text": "at the time"}), 2) with input as fixtures.article("2025-03-11", [])
	not when.of(m, 2) with input as fixtures.undated([])
}

test_event_day if {
	ev := fixtures.with_time(m, {"basis": "event", "start": "2025-04-21", "end": "2025-04-21", "text": "death of Pope Francis"})
	t := when.of(ev, 2) with input as fixtures.article("2025-08-20", [])
	t.source == "event"
	when.describe(t) == `the date of the event the text names, "death of Pope Francis"`
}

test_written_ignores_the_sentence if {
	t := when.written(fixtures.at_sentence_date(m, "2021-01-01", "2021-12-31", "2021")) with input as fixtures.article("2025-09-15", [])
	t.start == "2025-09-15"
	t.source == "metadata"
	not when.written(m) with input as fixtures.undated([])
}

test_days_agrees_with_of if {
	prev := fixtures.with_time(m, {"basis": "article", "start": "2025-03-11", "end": "2025-03-11", "previous": {"date": 0, "distance": 1, "start": "2019-01-01", "end": "2019-12-31", "text": "2019"}})
	when.days(prev, 2) == ["2019-01-01", "2019-12-31"]
	when.days(prev, 0) == ["2025-03-11", "2025-03-11"]
	not when.days(fixtures.with_time(m, {"basis": "history", "text": "at the time"}), 2)
	not when.days(fixtures.with_time(m, {"basis": "article"}), 2)
}

test_held_then if {
	when.held_then(object.union(m, {"held": true}))
	not when.held_then(object.union(m, {"held": false}))
	not when.held_then(m)
	not when.held_then(object.union(m, {"held": true, "time": {"basis": "article", "previous": {"distance": 1}}}))
}

# A year an undated article lent a bare day from the text before it is
# too weak to judge by, in the sentence or from an earlier one.
test_year_guessed_from_the_text_is_not_judged if {
	doc := {"date": {"source": "none"}, "mentions": [], "dates": [{"value": "1977-05-10", "year_from": "text"}]}
	s := fixtures.at_sentence_date(m, "1977-05-10", "1977-05-10", "May 10")
	not when.of(s, 2) with input as doc
	prev := fixtures.with_time(m, {"basis": "article", "previous": {"date": 0, "distance": 1, "start": "1977-05-10", "end": "1977-05-10", "text": "May 10"}})
	not when.of(prev, 2) with input as doc
	kept := object.union(doc, {"dates": [{"value": "1977-05-10", "year_from": "block"}]})
	when.of(s, 2).source == "sentence" with input as kept
}
