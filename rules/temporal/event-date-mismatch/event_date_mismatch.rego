# METADATA
# title: Known event given the wrong date
# description: >-
#   A known event ("Kevin McCarthy's removal as House Speaker") is named
#   next to a date it did not happen on ("in October 2025"). The date must
#   be within max_gap_chars of the event's name in the same sentence, and no
#   other date of the sentence may match. Text that counts from the event
#   ("a year after", "on the anniversary of", "weeks into") is left alone: ignore_words
#   between the event and the date, or just before the first of them;
#   but a bare "since", "after" or "before" does not count when the date
#   is written as the event's own ("since the Grenfell Tower fire in 2018",
#   "seit dem Brexit-Referendum 2015"): only a length of time before it
#   ("two years after the fire in 2019") counts from the event. What came
#   of the event (aftermath_words: "the inquiry into", "a memorial for",
#   "survivors of", "families of those killed in", "le procès de", "die
#   Opfer des", "las víctimas de") has a date of its own ("The inquiry
#   into the Grenfell Tower fire published its report in September 2024"),
#   unless the date is written as the event's own ("the victims of the
#   Grenfell Tower fire in June 2018").
#   Dates without a written year are skipped unless include_inferred_year
#   is set. Taking an office is an event too: "Friedrich Merz was sworn in
#   as chancellor on 6 March 2025", "Keir Starmer, prime minister since
#   2023" and, with no office named, "Donald Trump was inaugurated on 20
#   January 2024" (the office whose term began nearest) are checked against
#   the days the person's terms began (within took_office_grace_days).
#   Being elected or appointed ("Keir Starmer was elected prime minister
#   in 2023", "fue nombrado ministro en 2021") is checked the same way,
#   but may come up to chosen_lead_days before a term began, or during
#   one (a re-election). Leaving an office ("Joe Biden left office as
#   president on 20 January 2024") is checked against the days the terms
#   ended; resigning ("Justin Trudeau stepped down as prime minister in
#   March 2023") may come up to resigned_lead_days before the last day (a
#   caretaker stays on), never after it nor before the term began. A tenure written as a span of
#   years after the title ("Olaf Scholz, chancellor from 2019 to 2025",
#   "Premier ministre de 2015 à 2020") is checked against the years the
#   person's terms ran: a span that takes in years outside them, but not
#   only such years (that is stale-officeholder's), is wrong. So is a death told right after a name ("Pope
#   Francis died on 21 April 2024", "… est mort le …"), by the date that
#   follows its verb, against the day the knowledge base records.
# custom:
#   id: event-date-mismatch
#   severity: error
#   needs: [events, mentions]
#   options:
#     max_gap_chars: 80
#     include_inferred_year: false
#     ignore_words: [anniversary, since, after, ago, later, before, marked, marking, commemorat, years on, days into, weeks into, months into, years into, après, avant, depuis, il y a, anniversaire, commémor, plus tard, nach dem, nach der, vor dem, vor der, seit dem, seit der, jahrestag, gedenk, später, después, antes de, antes del, desde, hace, aniversario, conmemor, más tarde]
#     aftermath_words: [inquiry, inquiries, investigation, probe, trial, verdict, sentencing, hearing, memorial, monument, plaque, survivors, victims, families, relatives, bereaved, compensation, lawsuit, documentary, exhibition, museum, reconstruction, rebuilding, restoration, reopening, killed in, injured in, wounded in, died in, enquête, procès, mémorial, monument, survivants, rescapés, victimes, familles des, proches des, indemnisation, documentaire, exposition, musée, reconstruction, restauration, réouverture, tués lors, tués dans, untersuchung, ermittlungen, prozess, urteil, gedenkstätte, denkmal, mahnmal, überlebende, opfer, angehörige, hinterbliebene, entschädigung, ausstellung, wiederaufbau, investigación, juicio, sentencia, monumento, supervivientes, sobrevivientes, víctimas, familiares, indemnización, documental, exposición, museo, reconstrucción, reapertura]
#     took_office_grace_days: 3
#     chosen_lead_days: 270
#     resigned_lead_days: 730
#     max_tenure_gap_chars: 10
#   example:
#     bad: |-
#       Kevin McCarthy was ousted as speaker on 3 October 2025 by a handful of rebels.
#     good: |-
#       Kevin McCarthy was ousted as speaker on 3 October 2023 by a handful of rebels.
package newslint.rules.temporal.event_date_mismatch

import data.newslint.lib.claims
import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.kb
import data.newslint.lib.result

opts := config.options(rego.metadata.chain())

report contains finding if {
	some em in input.events
	e := event_of(em)
	here := [d |
		some d in object.get(dates.by_sentence, em.sentence, [])
		d.start
		d.precision != "weekday"
		not dateline(d)
		not modifies_other(d, em)
	]
	every d in here {
		not covers(d, e.date)
	}
	some d in here
	checked_year(d)
	gap(d.span, em.span) <= opts.max_gap_chars
	told_of(d, em)
	not counts_from_event(input.sentences[em.sentence].text, em.text, d.text)
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		sprintf("%s took place on %s, not %s (%q)", [e.name, e.date, dates.span_text(d.start, d.end), d.text]),
		{
			"suggestion": dates.written(e.date, d.form),
			"evidence": {"event": e.id, "event_date": e.date, "written": d.text},
		},
	)
}

# modifies_other: an attributive date modifies the noun right after it
# ("the 1993 World Trade Center bombing"): it dates the event only when
# that noun is the event's name ("the 2001 September 11 attacks"), or
# right before it, in German.
modifies_other(d, em) if {
	d.attributive
	not names_event(d, em)
}

names_event(d, em) if {
	gap := em.span.offset - d.span.end_offset
	gap >= 0
	gap <= 1
}

# German writes an event's year after its name ("das Brexit-Referendum
# 2016").
names_event(d, em) if {
	gap := d.span.offset - em.span.end_offset
	gap >= 0
	gap <= 1
}

# event_of is the event a mention names: one of the knowledge base's, or
# a death the text tells ("Pope Francis died on …") of someone whose day
# of death the base knows.
event_of(em) := data.newslint.kb.events[em.event] if em.event != ""

event_of(em) := {"id": "", "name": sprintf("The death of %s", [kb.person_name(em.person)]), "date": data.newslint.kb.people[em.person].died} if {
	em.event == ""
	data.newslint.kb.people[em.person].died
}

# told_of: the date is the event's as the text tells it. A death's date
# follows its verb closely ("died on 21 April 2025", "est mort le …"):
# another date of the sentence ("Francis, elected in March 2013, died …")
# is not the death's.
told_of(_, em) if em.event != ""

told_of(d, em) if {
	em.event == ""
	d.span.offset >= em.span.end_offset
	d.span.offset - em.span.end_offset <= 12
}

# German puts the date inside the verb, in one clause: "Franziskus ist am
# 21. April 2025 gestorben" (not an aside between commas, "Francis,
# elected in March 2013, died").
told_of(d, em) if {
	em.event == ""
	em.span.offset <= d.span.offset
	d.span.end_offset <= em.span.end_offset
	not contains(em.text, ",")
}

# The dateline dates the article, not the event.
# Taking an office on a day no term of the person's began ("was sworn in
# as chancellor on 6 March 2025", "prime minister since 2023"): the nearest
# term start is the evidence.
report contains finding if {
	some m in input.mentions
	d := start_claimed(m)
	checked_year(d)
	terms := kb.terms_of(m.person, m.role)
	count(terms) > 0
	covered(m, d)
	every term in terms {
		not fits(m, term, d)
	}
	starts := {abs(dates.days_between(term.start, d.start)): term | some term in terms}
	term := starts[min(object.keys(starts))]
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		start_message(m, term, d),
		{
			"suggestion": start_suggestion(m, term, d),
			"evidence": {"person": m.person, "role": m.role, "term": term, "written": d.text},
		},
	)
}

# Leaving an office on a day no term of the person's ended: the nearest
# end is the evidence; a term still running, when the base knows the
# office up to that day, is too.
report contains finding if {
	some m in input.mentions
	m.left_office
	m.claim == "then"
	d := sentence_date(m)
	checked_year(d)
	kb.known(m.role, d.end)
	terms := kb.terms_of(m.person, m.role)
	count(terms) > 0
	count(kb.holders_during(m.role, d.start, d.end)) > 0
	judged_leaving(m, terms)
	every term in terms {
		not ended_within(m, term, d)
	}
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		left_message(m, terms, d),
		{
			"suggestion": left_suggestion(terms, d),
			"evidence": {"person": m.person, "role": m.role, "terms": terms, "written": d.text},
		},
	)
}

# A tenure written as a span of years right after the title ("David
# Cameron, who served as prime minister from 2008 to 2016", "Kanzler von
# 2019 bis 2025", "Premier ministre de 2015 à 2020") or inside the claim
# ("Scholz war von 2015 bis 2021 Finanzminister") that takes in years
# none of the person's terms did. A span within the terms may be part of a
# tenure ("prime minister from 2012 to 2014, in coalition"); one that
# takes in no year of them is stale-officeholder's.
report contains finding if {
	some m in input.mentions
	m.claim == "then"
	d := sentence_date(m)
	d.form == "range"
	d.precision == "year"
	tenure_span(m, d)
	kb.known(m.role, d.end)
	terms := kb.terms_of(m.person, m.role)
	held := {y | some term in terms; some y in numbers.range(year_of(term.start), term_end_year(term))}
	count({y | some y in numbers.range(d.year, d.end_year); y in held}) > 0
	outside := [y | some y in numbers.range(d.year, d.end_year); not y in held]
	count(outside) > 0
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		sprintf("%s held the office of %s %s, not from %d to %d (%q)", [kb.person_name(m.person), kb.role_name(m.role), tenure_text(terms), d.year, d.end_year, d.text]),
		{
			"suggestion": sprintf("check the years: %s", [tenure_text(terms)]),
			"evidence": {"person": m.person, "role": m.role, "terms": terms, "written": d.text, "years_outside": outside},
		},
	)
}

# tenure_span: the span of years follows the title closely, or stands
# inside the claim ("Scholz war von 2015 bis 2021 Finanzminister").
tenure_span(m, d) if {
	m.span.end_offset <= d.span.offset
	gap(m.span, d.span) <= opts.max_tenure_gap_chars
}

tenure_span(m, d) if {
	m.span.offset <= d.span.offset
	d.span.end_offset <= m.span.end_offset
}

year_of(day) := to_number(substring(day, 0, 4))

# A term still running counts up to the day the base knows the office to.
term_end_year(term) := year_of(term.end) if term.end

else := year_of(kb.horizon(term.role))

tenure_text(terms) := concat(", ", [sprintf("from %s to %s", [term.start, object.get(term, "end", "today")]) | some term in terms])

# judged_leaving: a resignation is judged against a term that ended (a
# prime minister may resign and be named again within one term).
judged_leaving(m, _) if m.left_office == "left"

judged_leaving(m, terms) if {
	m.left_office == "resigned"
	some term in terms
	term.end
}

# ended_within: the term ended on the day given (grace days on either
# side), or, for a resignation, up to resigned_lead_days after it.
ended_within(m, term, d) if {
	m.left_office == "left"
	term.end
	dates.add_days(d.start, 0 - opts.took_office_grace_days) <= term.end
	term.end <= dates.add_days(d.end, opts.took_office_grace_days)
}

ended_within(m, term, d) if {
	m.left_office == "resigned"
	term.end
	term.start <= d.end
	d.start <= dates.add_days(term.end, opts.took_office_grace_days)
	term.end <= dates.add_days(d.end, opts.resigned_lead_days)
}

nearest_end(terms, d) := ends[min(object.keys(ends))] if {
	ends := {abs(dates.days_between(term.end, d.start)): term | some term in terms; term.end}
	count(ends) > 0
}

left_message(m, terms, d) := sprintf("%s left office as %s on %s, not %s (%q)", [claims.holder(term), kb.role_name(m.role), term.end, dates.span_text(d.start, d.end), d.text]) if {
	term := nearest_end(terms, d)
} else := sprintf("%s had not left office as %s %s (%q): the term that began on %s was still running", [kb.person_name(m.person), kb.role_name(m.role), dates.span_text(d.start, d.end), d.text, terms[count(terms) - 1].start])

left_suggestion(terms, d) := dates.written(nearest_end(terms, d).end, d.form) if nearest_end(terms, d)

else := "check the date, or the person"

# sentence_date: the date of its sentence the mention speaks of.
sentence_date(m) := d if {
	m.time.basis == "sentence"
	some d in object.get(dates_at_span, m.time.span, [])
}

# dates_at_span are the dates by their span, grouped once as
# dates.by_sentence groups them by sentence: a mention's day of taking
# office is looked up, not searched for among every date.
dates_at_span := {span: ds |
	some span in {d.span | some d in input.dates}
	ds := [d | some d in input.dates; d.span = span]
}

# start_claimed: the date the mention says the term began.
start_claimed(m) := d if {
	m.took_office
	m.claim == "then"
	d := sentence_date(m)
}

start_claimed(m) := input.dates[m.since] if {
	not m.took_office
	is_number(m.since)
}

fits(m, term, d) if {
	not m.chosen
	began_within(term, d)
}

# Chosen at most chosen_lead_days before the term began ("elected in
# November 2024" for a term from January 2025), or during it.
fits(m, term, d) if {
	m.chosen
	dates.add_days(term.start, 0 - opts.chosen_lead_days) <= d.end
	not ended_before(term, d)
}

ended_before(term, d) if term.end < d.start

start_message(m, term, d) := sprintf("%s took office as %s on %s, not %s (%q)", [claims.holder(term), kb.role_name(m.role), term.start, dates.span_text(d.start, d.end), d.text]) if not m.chosen

else := sprintf("%s was not elected or appointed %s %s (%q): the nearest term in that office began on %s", [kb.person_name(m.person), kb.role_name(m.role), dates.span_text(d.start, d.end), d.text, term.start])

# covered: a choice is judged only where the base knows who held the
# office at the time given (an office it knows only from later years may
# have had terms it does not hold).
covered(m, _) if not m.chosen

covered(m, d) if {
	m.chosen
	count(kb.holders_during(m.role, d.start, d.end)) > 0
}

start_suggestion(m, term, d) := dates.written(term.start, d.form) if not m.chosen

else := sprintf("check the date: the term began on %s", [term.start])

began_within(term, d) if {
	dates.add_days(d.start, 0 - opts.took_office_grace_days) <= term.start
	term.start <= dates.add_days(d.end, opts.took_office_grace_days)
}

dateline(d) if {
	input.date.source == "dateline"
	d.span == input.date.span
}

covers(d, day) if {
	d.start <= day
	day <= d.end
}

gap(a, b) := b.offset - a.end_offset if a.end_offset <= b.offset

gap(a, b) := a.offset - b.end_offset if b.end_offset <= a.offset

gap(a, b) := 0 if {
	a.offset < b.end_offset
	b.offset < a.end_offset
}

# counts_from_event looks between the event's name and the date, and in
# the 30 characters before the first of them.
counts_from_event(sentence, event, date) if {
	s := lower(sentence)
	a := indexof(s, lower(event))
	b := indexof(s, lower(date))
	a >= 0
	b >= 0
	first := min([a, b])
	last := max([a + count(event), b + count(date)])
	window := substring(s, max([0, first - 30]), last - max([0, first - 30]))
	some w in counting_words
	at_word_start(window, w)
	not own_date(s, a, b, event, date, w)
}

# at_word_start: w is written at the start of a word of s ("later", not
# the end of "Inglaterra" or "bilateral"; "ago", not the end of
# "Chicago"), so that stems ("commemorat", "gedenk") still match.
at_word_start(s, w) if startswith(s, w)

at_word_start(s, w) if {
	some i in indexof_n(s, w)
	i > 0
	not regex.match(`^[\pL\pN]$`, substring(s, i - 1, 1))
}

# own_date: the date is the event's own, after its name ("since the
# Brexit referendum in 2015", "depuis l'attentat du 7 janvier 2016") or
# before it ("since the 2015 referendum"), so a bare "since" or "after"
# times something else from the event rather than counting from it; with a
# length of time before it ("a year after the referendum in 2017") the date
# may be the one counted to.
counting_words := array.concat(opts.ignore_words, object.get(opts, "aftermath_words", []))

own_date(s, a, b, event, date, w) if {
	w in time_prepositions
	joined(s, a, b, event, date)
	not regex.match(`\b(?:years?|months?|weeks?|days?|hours?|decades?|ans?|années?|mois|semaines?|jours?|jahre[n]?|monate[n]?|wochen|tage[n]?|años?|meses|semanas|días)\s+(?:\S+\s+){0,2}$`, substring(s, max([0, min([a, b]) - 30]), min([min([a, b]), 30])))
}

# What came of the event is dated apart from it, unless the date is the
# event's own, written right beside its name ("the victims of the fire in
# June 2018").
own_date(s, a, b, event, date, w) if {
	w in object.get(opts, "aftermath_words", [])
	joined(s, a, b, event, date)
}

# joined: the date is written right after the event's name, at most a
# preposition between, or right before it.
joined(s, a, b, event, _) if {
	b > a
	trim_space(substring(s, a + count(event), (b - a) - count(event))) in {"", "in", "of", "on", "en", "de", "du", "le", "im", "vom", "am", "del", "el"}
}

joined(_, a, b, _, date) if (b + count(date)) + 1 == a

# time_prepositions are the ignore words that place a time after or
# before the event without saying how long.
time_prepositions := {"since", "after", "before", "après", "avant", "depuis", "nach dem", "nach der", "vor dem", "vor der", "seit dem", "seit der", "después", "antes de", "antes del", "desde"}

checked_year(d) if not d.year_inferred

checked_year(d) if {
	d.year_inferred
	opts.include_inferred_year
}
