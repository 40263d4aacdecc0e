# METADATA
# title: A "former" title for someone in office
# description: >-
#   A qualifier says a person was not in office — "former", "ex-", "late"
#   ("Ex-President Donald Trump", "former NATO chief Mark Rutte"), or
#   "-elect", "incoming", "future" ("President-elect Trump" after the
#   inauguration) — at a time when they held the office throughout. "Former"
#   and "late" speak of the time of writing, the article's date ("the late
#   Pope Francis visited Iraq in 2021" is right); "-elect" and "incoming" of
#   the time the sentence speaks of, as for stale-officeholder. The person
#   must have held the office from grace_days before that time to grace_days
#   after it, so the days around a handover are not judged. An article
#   without a date is judged from the earliest day it can be from, the
#   first day in office of the person it names as holding an office with
#   the latest start ("Chancellor Friedrich Merz": not before 6 May 2025),
#   and only for someone still in office, with no end to the term ("former"
#   or "-elect" alike). A word of
#   death_words ("the late", "feu", "verstorbene", "fallecido") also says
#   the person had died: someone the base knows died later is reported
#   even out of office ("the late Pope Benedict XVI" in 2021).
# custom:
#   id: former-title-in-office
#   fixable: true
#   severity: error
#   needs: [mentions]
#   options:
#     grace_days: 7
#     context_reach: 2
#     death_words: [late, feu, défunt, défunte, verstorbene, verstorbener, verstorbenen, fallecido, fallecida, difunto, difunta]
#   example:
#     bad: |-
#       ---
#       date: 2025-04-14
#       ---
#       Ex-President Donald Trump recently opened talks with Moscow.
#     good: |-
#       ---
#       date: 2025-04-14
#       ---
#       President Donald Trump recently opened talks with Moscow.
package newslint.rules.consistency.former_title_in_office

import data.newslint.lib.claims
import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.kb
import data.newslint.lib.result
import data.newslint.lib.when

opts := config.options(rego.metadata.chain())

report contains finding if {
	some m in input.mentions
	m.role
	m.claim in {"former", "future"}
	claims.own_words(m)
	m.qualifier
	t := time_of(m)

	# A cheap test first: in office over the time itself.
	some term in kb.terms_of(m.person, m.role)
	kb.covers(term, t.start)
	kb.covers(term, t.end)
	conclusive(t, term)
	kb.known(m.role, t.end)
	kb.covers(term, dates.add_days(t.start, 0 - opts.grace_days))
	kb.covers(term, dates.add_days(t.end, opts.grace_days))
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%s held the office of %s %s, in office since %s: %q says %s", [
			claims.holder(term),
			kb.role_name(m.role),
			when.when_text(t),
			term.start,
			m.qualifier.text,
			says(m),
		]),
		object.union(
			{
				"suggestion": suggestion(m),
				"evidence": {
					"person": m.person,
					"role": m.role,
					"qualifier": m.qualifier.word,
					"date": {"start": t.start, "end": t.end, "source": t.source},
					"term": term,
				},
			},
			replacement(m),
		),
	)
}

# The fix drops the qualifier where the mention is exactly qualifier, title
# and name ("Former President Donald Trump", "ex-President Trump"): nothing
# else in the span is lost, and a capital at the start stays one.
replacement(m) := {"replacement": suggestion(m)} if exact_title(m)

replacement(m) := {} if not exact_title(m)

exact_title(m) if {
	m.kind == "person"
	m.title.position == "before"
	rest := lower(suggestion(m))
	lower(m.text) in {lower(sprintf("%s %s", [m.qualifier.text, rest])), lower(sprintf("%s%s", [m.qualifier.text, rest]))}
}

capital_like(q, s) := concat("", [upper(substring(s, 0, 1)), substring(s, 1, -1)]) if {
	substring(q, 0, 1) == upper(substring(q, 0, 1))
}

capital_like(q, s) := s if substring(q, 0, 1) != upper(substring(q, 0, 1))

time_of(m) := t if {
	m.claim == "former"
	t := when.written(m)
} else := t if {
	m.claim == "future"
	t := when.of(m, opts.context_reach)
} else := when.era(m)

# conclusive(t, term): from the earliest day an undated article can be
# from, "former" or "-elect" is wrong on every later day only for someone
# whose term had begun by then and has not ended.
conclusive(t, _) if t.source != "era"

conclusive(t, term) if {
	t.source == "era"
	not term.end
}

says(m) := "they had died" if dead_word(m)

says(m) := "they had left it" if {
	m.claim == "former"
	not dead_word(m)
}

says(m) := "they had not yet taken it" if m.claim == "future"

dead_word(m) if lower(m.qualifier.word) in opts.death_words

# "The late X" for someone who was alive then, by the base's day of death:
# in office or not.
report contains finding if {
	some m in input.mentions
	m.person
	m.qualifier
	dead_word(m)
	claims.own_words(m)
	t := when.written(m)
	died := data.newslint.kb.people[m.person].died
	t.end < died
	not in_office(m, t)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%s was alive %s: %q says they had died, but they died on %s", [
			kb.person_name(m.person),
			when.when_text(t),
			m.qualifier.text,
			died,
		]),
		{
			"suggestion": sprintf("drop %q", [m.qualifier.text]),
			"evidence": {"person": m.person, "died": died, "date": {"start": t.start, "end": t.end, "source": t.source}},
		},
	)
}

# in_office: the other report says it, with the office.
in_office(m, t) if {
	m.role
	some term in kb.terms_of(m.person, m.role)
	kb.covers(term, t.start)
	kb.covers(term, t.end)
}

# The mention without its qualifier: "President Donald Trump", "the Biden
# administration"; capitalised where the qualifier was ("Altkanzler" gives
# "Kanzler").
suggestion(m) := capital_like(m.qualifier.text, sprintf("%s %s", [m.title.text, m.name.text])) if {
	m.kind == "person"
	m.title.position == "before"
}

suggestion(m) := sprintf("%s, %s", [m.name.text, kb.role_phrase(m.role)]) if {
	m.kind == "person"
	m.title.position != "before"
	not qualifier_ends(m)
}

# A qualifier that ends the apposition is dropped from it: "Donald Trump,
# the president-elect" gives "Donald Trump, the president".
suggestion(m) := substring(m.text, 0, max(indexof_n(m.text, m.title.text)) + count(m.title.text)) if {
	m.kind == "person"
	qualifier_ends(m)
}

qualifier_ends(m) if {
	m.title.position != "before"
	m.qualifier.span.offset > m.title.span.offset
	m.qualifier.span.end_offset >= m.span.end_offset
}

suggestion(m) := sprintf("the %s %s", [m.name.text, m.title.text]) if m.kind == "adjectival"
