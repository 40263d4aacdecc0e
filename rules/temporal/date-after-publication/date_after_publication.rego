# METADATA
# title: Past event dated after the article
# description: >-
#   A sentence in the past tense reports a date later than the article's own
#   date ("The talks ended on 18 May 2026" in an article dated 2025-05-20).
#   Sentences with a future marker ("will", "is scheduled", "next") are
#   plans and stay silent, as is a date after "before"
#   (before_prepositions: a past event before a later day is no
#   contradiction), a date from or until which a state was set up to hold
#   (state_prepositions: "cancelled all flights until 2 June", "gave
#   the firm until 2 June", "renovado hasta junio de 2027", "closed the
#   line from 1 July", "was valid through 31 December"; not when the
#   sentence tells that something lasted then, lasted_words: "the
#   festival ran until 2 June"), a date whose own clause is in the present
#   or the future or is an infinitive (its verb_tense: "The law, which
#   takes effect on 1 July, was passed in March", "Members voted to strike
#   on 2 June", "une peine qui prend fin en mars 2027"), and a date after "to" or "until" that
#   something was moved, promised or held to (moved_words: "postponed to 24
#   June", "vowed to stay until May 2027", "schools were closed until 2
#   September") or that
#   a sentence in the present runs until ("runs until 30 August", "tiene
#   mandato hasta diciembre de 2027"), a date in a sentence that tells of
#   something called off (cancel_words: "The airline cancelled its 12
#   March flights", "canceló los vuelos del 12 de marzo": that thing's
#   day), and a date something was set for
#   (set_prepositions: "was set for 5 March", "hatten sich auf den 23.
#   Februar geeinigt"), or the end of a span another date opens ("between
#   December 10, 2023 and December 10, 2027": a term). Judged only when the article's date is stated —
#   by --date, metadata, a dateline, its address or the configuration —
#   never from the dates the text merely mentions. A date known only to its
#   month or year counts to the end of that range.
#   A day written without a year ("On November 5, voters went to the
#   polls") is judged only when the page settles its year (confirmed_year):
#   the date opens the sentence, bare or after "on" (the time of its main
#   clause, not of something it reports on), its
#   year is the article's own — the year nearest the article's date, or one
#   written earlier in the paragraph — and the text writes that year but
#   never the one before, nor says "last year". Otherwise the same day of
#   the previous year is as likely meant, and nothing is said
#   (include_inferred_year judges every inferred year).
#   A story's stamp more than stamp_days after the article — a date glued
#   to a headline, or ending a line of a teaser unit that a label ("More
#   Stories") or another outlet introduces — is judged whatever the tense:
#   another page's headline, or a wrong article date. An events calendar's
#   "Spring Concert | April 12, 2026" stays silent. So does a note of an
#   update or a correction, whose date follows its words (update_words:
#   "Last updated: 12 August 2025", "Correction, Aug. 13, 2025:", "This
#   article was updated on …", "mis à jour le …"), a date such a note
#   quotes from an earlier version of the page ("An earlier version of
#   this article said the vote was on 12 May 2025"), and a plan announced
#   (announce_words in the sentence, a noun of plan_nouns just before the
#   date: "announced a visit to Berlin on 3 June", "a annoncé un
#   déplacement le 3 juin"), or a plan named by a noun inside a phrase,
#   the date right after it (plan_prepositions and plan_nouns: "Tickets for
#   the concert on 14 June went on sale", "with the first leg on 8 April",
#   "a appelé à la grève le 2 juin").
# custom:
#   id: date-after-publication
#   severity: warning
#   needs: [dates]
#   options:
#     grace_days: 1
#     include_inferred_year: false
#     confirmed_year: true
#     stamp_days: 30
#     year_before_words: ["last year", "a year ago", "the year before", "the previous year", "the prior year", "a year earlier"]
#     moved_words: ["postponed", "delayed", "moved", "pushed back", "rescheduled", "deferred", "adjourned", "extended", "extend", "put off", "étendre", "prolonger", "verlängern", "prorrogar", "extender", "ampliar", "reporté", "reportée", "repoussé", "repoussée", "renvoyé", "renvoyée", "ajourné", "ajournée", "déplacé", "déplacée", "aplazó", "aplazaron", "pospuso", "pospusieron", "trasladó", "trasladada", "trasladado", "verlegt", "unterbrochen", "décalé", "décalée", "prolongé", "prolongée", "verschoben", "vertagt", "verlängert", "aplazado", "aplazada", "pospuesto", "pospuesta", "postergado", "postergada", "prorrogado", "prorrogada", "confirmé", "confirmée", "fixé", "fixée", "promised", "pledged", "vowed", "closed", "suspended", "banned", "barred", "frozen", "paused", "halted", "granted", "remanded", "fermé", "fermée", "fermés", "fermées", "suspendu", "suspendue", "geschlossen", "ausgesetzt", "gesperrt", "cerrado", "cerrada", "cerrados", "suspendido", "suspendida", "promis", "promise", "promit", "s'est engagé", "s'est engagée", "versprochen", "versprach", "zugesagt", "prometió", "prometido", "se comprometió"]
#     until_prepositions: ["to", "until", "till", "through", "hasta", "bis", "jusqu", "au", "al", "à"]
#     cancel_words: ["cancelled", "canceled", "called off", "scrapped", "axed", "annulé", "annulée", "annulés", "annulées", "annula", "annulait", "abgesagt", "storniert", "gestrichen", "canceló", "cancelaron", "cancelado", "cancelada", "cancelados", "canceladas", "suspendió", "suspendieron"]
#     set_prepositions: ["for", "auf", "für", "pour", "para"]
#     before_prepositions: ["before", "avant", "vor", "antes"]
#     state_prepositions: ["until", "till", "through", "thru", "hasta", "bis", "jusqu", "from", "ab", "dès", "starting", "beginning", "effective"]
#     lasted_words: ["lasted", "ran", "continued", "went on", "carried on", "stayed", "remained", "served", "dauerte", "dauerten", "andauerte", "blieb", "blieben", "duró", "duraron", "continuó", "continuaron", "permaneció", "siguió", "a duré", "ont duré", "a continué", "s'est poursuivi", "s'est poursuivie", "est resté", "est restée", "a siégé", "hielt an"]
#     announce_words: ["announced", "announces", "scheduled", "planned", "confirmed", "unveiled", "a annoncé", "ont annoncé", "annonce", "a confirmé", "kündigte", "kündigten", "angekündigt", "bestätigte", "anunció", "anunciaron", "confirmó", "ha anunciado"]
#     plan_nouns: ["visit", "trip", "meeting", "summit", "talks", "vote", "hearing", "deadline", "ceremony", "launch", "tour", "concert", "match", "game", "final", "leg", "event", "election", "strike", "protest", "rally", "festival", "conference", "debate", "race", "premiere", "opening", "visite", "déplacement", "voyage", "réunion", "sommet", "scrutin", "concert", "match", "finale", "élection", "grève", "manifestation", "festival", "conférence", "débat", "Besuch", "Reise", "Treffen", "Gipfel", "Abstimmung", "Konzert", "Spiel", "Finale", "Wahl", "Streik", "Kundgebung", "Konferenz", "visita", "viaje", "reunión", "cumbre", "votación", "concierto", "partido", "final", "elección", "elecciones", "huelga", "manifestación", "conferencia"]
#     plan_prepositions: ["for", "to", "with", "ahead of", "before", "pour", "à", "avant", "für", "zu", "zum", "zur", "vor", "para", "a", "antes de", "antes del"]
#     update_words: ["updated", "last updated", "modified", "last modified", "edited", "revised", "amended", "correction", "corrected", "clarification", "editor's note", "editor’s note", "update", "mis à jour", "mise à jour", "modifié le", "actualisé le", "rectificatif", "correctif", "aktualisiert", "zuletzt aktualisiert", "korrektur", "korrigiert", "actualizado", "actualizada", "actualización", "corrección", "corregido", "fe de errores", "fe de erratas"]
#   example:
#     bad: |-
#       ---
#       date: 2025-05-20
#       ---
#       Union members approved the deal in a vote that ended on 18 May 2026.
#     good: |-
#       ---
#       date: 2025-05-20
#       ---
#       Union members approved the deal in a vote that ended on 18 May 2025.
package newslint.rules.temporal.date_after_publication

import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.result
import data.newslint.lib.when

opts := config.options(rego.metadata.chain())

# Every reason needs a date after the article's own (the grace and stamp
# days count from its end): the others are let go before the limits, which
# cost date arithmetic, are worked out.
report contains finding if {
	input.date.source in {"flag", "metadata", "dateline", "url", "config"}
	some d in input.dates
	d.start > input.date.end
	not own_date(d)
	not update_note(d)
	not d.superseded
	reason := why(d)
	finding := result.fail_with(
		rego.metadata.chain(),
		d.span,
		message(d, reason),
		{
			"suggestion": suggestion[reason],
			"evidence": {
				"date": d.start, "article_date": input.date.value, "article_date_source": input.date.source,
				"reason": reason, "year_inferred": object.get(d, "year_inferred", false),
			},
		},
	)
}

suggestion := {
	"past": "check the date (a year off?) or the article's date",
	"year": "write the year, and check it (a year off?) or the article's date",
	"stamp": "remove the other story's headline and date, or check the article's date",
}

# why a date is judged: past (a past-tense sentence, its year as the rule
# has always read it), year (a day without a year that the page settles)
# or stamp (a story's stamp on a headline or teaser).
why(d) := "past" if {
	past_event(d)
	checked_year(d)
	d.start > limit
} else := "year" if {
	opts.confirmed_year
	settled_year(d)
} else := "stamp" if {
	later_stamp(d)
}

past_event(d) if {
	d.precision in {"day", "month", "season"}
	tense := object.get(input.sentences[d.sentence], "tense", [])
	"past" in tense
	not "future" in tense
	not target(d, tense)
	not span_end(d)
	not ahead_clause(d)
}

# ahead_clause: the date belongs to a clause of the present or the
# future, or to an infinitive, inside a sentence told in the past: "The
# law, which takes effect on 1 July, was passed in March", "Members voted
# to strike on 2 June", "une peine qui prend fin en mars 2027".
ahead_clause(d) if object.get(d, "verb_tense", "") in {"present", "future", "infinitive"}

# span_end: the date ends a span that another opens ("between December 10,
# 2023 and December 10, 2027", "entre le 1er mars et le 30 juin"): a term
# or a period, which may run past the article's date.
span_end(d) if {
	some gap in numbers.range(0, 8)
	span_openers[[d.sentence, d.span.offset - gap]]
}

# span_openers are the sentence and end of each date that opens a span,
# made whole once and looked up, so that a long page stays linear (a
# partial set looked up by key would run its body again for each lookup).
span_openers := {[o.sentence, o.span.end_offset] |
	some o in input.dates
	o.preposition in {"between", "entre", "zwischen"}
}

# target: a date after "to" or "until" is where something was moved to
# ("postponed to 24 June"), how long it goes on ("runs until 30
# August") or was promised to ("vowed to stay until May 2027"), not when
# a past event happened.
target(d, tense) if {
	object.get(d, "preposition", "") in opts.until_prepositions
	"present" in tense
}

target(d, _) if {
	object.get(d, "preposition", "") in opts.until_prepositions
	some w in opts.moved_words

	# Letters, not \b, bound the word: "d'étendre" starts with a letter
	# that \b does not know.
	regex.match(sprintf(`(?i)(^|[^\pL])%s([^\pL]|$)`, [w]), input.sentences[d.sentence].text)
}

# What was called off has its own day, still to come when it was
# called off ("The airline cancelled its 12 March flights", "canceló sus
# vuelos del 12 de marzo"); a date after "on" may be the day it was
# called off ("cancelled the order on 12 March").
target(d, _) if {
	not object.get(d, "preposition", "") in {"on", "in", "at", "am", "im", "le", "en", "el"}
	some w in opts.cancel_words
	regex.match(sprintf(`(?i)(^|[^\pL])%s([^\pL]|$)`, [w]), input.sentences[d.sentence].text)
}

# A plan announced: a noun of a plan just before the date ("announced a
# visit to Berlin on 3 June", "a annoncé un déplacement le 3 juin"), and
# a verb of announcing in the sentence.
target(d, _) if {
	text := lower(input.sentences[d.sentence].text)
	some w in opts.announce_words
	regex.match(sprintf(`(^|[^\pL])%s([^\pL]|$)`, [w]), text)
	i := indexof(text, lower(d.text))
	i > 0
	before := substring(text, max([0, i - 40]), min([i, 40]))
	some n in opts.plan_nouns
	regex.match(sprintf(`(^|[^\pL])%s([^\pL]|$)`, [lower(n)]), before)
}

# A past event before a later day is no contradiction ("Voters were told
# to register before 15 June", "avant le 9 mars", "nicht vor dem 9.
# März", "antes del 9 de marzo").
target(d, _) if object.get(d, "preposition", "") in opts.before_prepositions

# A state set up in the past to hold until or from a day ("The airline
# cancelled all flights until 2 June", "gave the firm until 2 June to
# respond", "El contrato fue renovado hasta junio de 2027", "jusqu'au 2
# juin", "bis zum 2. Juni", "closed the line from 1 July", "sperrte die
# Strecke ab dem 1. Juli") may run past the article's date; a sentence
# telling that something lasted then ("The festival ran until 2 June")
# is past.
target(d, _) if {
	object.get(d, "preposition", "") in opts.state_prepositions
	d.form != "range" # "took place from 1 to 5 July": the time of an event
	not lasted(input.sentences[d.sentence].text)
}

lasted(text) if regex.match(lasted_phrase, text)

lasted_phrase := sprintf(`(?i)(^|[^\pL])(%s)([^\pL]|$)`, [concat("|", opts.lasted_words)])

# A plan named by its noun inside a phrase of the sentence, its date
# right after the noun ("Tickets for the concert on 14 June went on sale",
# "with the first leg on 8 April", "a appelé à la grève le 2 juin"): the
# date is the plan's, not the time of the past verb.
target(d, _) if {
	text := lower(input.sentences[d.sentence].text)
	i := indexof(text, lower(d.text))
	i > 0
	before := substring(text, max([0, i - 60]), min([i, 60]))
	regex.match(plan_phrase, before)
}

# plan_phrase is one pattern for every preposition and noun, made once: a
# pattern for each pair cost a thousand compilations a date.
plan_phrase := sprintf(`(^|[^\pL])(%s)\s+([\pL'’-]+\s+){0,3}(%s)\s+(on|le|am|el|du|vom|del)\s*$`, [
	concat("|", [lower(p) | some p in opts.plan_prepositions]),
	concat("|", [lower(n) | some n in opts.plan_nouns]),
])

# A date something was set for ("the vote was set for 5 March", "auf den
# 23. Februar geeinigt") is a plan, whatever the tense.
target(d, _) if object.get(d, "preposition", "") in opts.set_prepositions

# update_note: the date follows words of an update or a correction, with
# perhaps "on", "le", "am", "el", a weekday and marks between ("updated
# on 12 August 2025", "Last modified on Tue 12 Aug 2025", "Correction,
# Aug. 13, 2025", "Editor's note (13 August 2025)").
update_note(d) if {
	text := lower(input.sentences[d.sentence].text)
	i := indexof(text, lower(d.text))
	i > 0
	before := substring(text, max([0, i - 40]), min([i, 40]))
	some w in opts.update_words
	regex.match(sprintf(`(^|[^\pL])%s(\s+(on|le|am|el|du|vom|del))?([^\pL\d]+\pL{2,9}\.?)?[^\pL\d]*$`, [w]), before)
}

limit := dates.add_days(input.date.end, opts.grace_days)

stamp_limit := dates.add_days(input.date.end, opts.stamp_days)

# The article's own dateline is never after it.
own_date(d) if {
	input.date.source == "dateline"
	d.span == input.date.span
}

checked_year(d) if not d.year_inferred

checked_year(d) if {
	d.year_inferred
	opts.include_inferred_year
}

# settled_year: a day without a written year, told as the event of a
# past-tense sentence, in the article's own year — which the text writes,
# while it never writes the year before or speaks of "last year".
settled_year(d) if {
	d.year_inferred
	d.year_from in {"article", "block", "year"}
	d.precision == "day"
	event_day(d)
	past_event(d)
	d.start > limit
	y := to_number(substring(d.start, 0, 4))
	y == to_number(substring(input.date.start, 0, 4))
	y in written_years
	not (y - 1) in written_years
	not speaks_of_year_before
}

# event_day: the date opens its sentence, bare or after "on" ("On November
# 5, voters went to the polls"): the time of the main clause. Inside the
# sentence it may date something the sentence only reports on ("he did not
# say whether it would pass before the inauguration on January 20").
event_day(d) if {
	d.opens_sentence
	object.get(d, "preposition", "on") == "on"
}

written_years contains y if {
	some y in object.get(input, "years", [])
}

written_years contains d.year if {
	some d in input.dates
	d.year
}

written_years contains d.end_year if {
	some d in input.dates
	d.end_year
}

speaks_of_year_before if {
	some s in input.sentences
	some w in opts.year_before_words
	contains(lower(s.text), w)
}

# later_stamp: a date with its year, stamped on another story's headline
# well after the article: glued to a headline-shaped line, or on the lines
# of a teaser unit that a label ("More Stories") or another outlet's name
# introduces. A list of title-case lines with later dates and a separator
# may be an events calendar; glued, it never is.
later_stamp(d) if {
	later_stamp_date(d)
	d.glued
	headline_line(d.block)
}

later_stamp(d) if {
	later_stamp_date(d)
	introduced_teaser_lines[d.block]
}

# introduced_teaser_lines are the headline and meta lines of the teaser
# units that a label or another outlet's name introduces; headline_lines
# the headlines of every teaser unit. Sets made whole once and looked up:
# walking the teasers for each date grew with the square of a long page
# (and a partial set looked up by key would run its body again for each
# lookup).
introduced_teaser_lines := {i |
	some t in object.get(input, "teasers", [])
	t.kind in {"label", "sourced"}
	some i in array.concat(t.headlines, object.get(t, "meta", []))
}

headline_lines := {i |
	some t in object.get(input, "teasers", [])
	some i in t.headlines
}

later_stamp_date(d) if {
	d.stamp
	not d.year_inferred
	d.precision == "day"
	d.start > stamp_limit
}

headline_line(i) if headline_lines[i]

headline_line(i) if {
	b := input.blocks[i]
	b.headline_shape
	not b.in_header
	not i == object.get(object.get(input, "title", {}), "block", -1)
}

article_date := {"start": input.date.start, "end": input.date.end, "source": input.date.source, "text": object.get(input.date, "text", "")}

message(d, "past") := sprintf("the sentence reports %q (%s) in the past tense, but the article is dated %s (%s)", [
	d.text, d.start, input.date.value, when.describe(article_date),
])

message(d, "year") := sprintf("the sentence reports %q in the past tense; its year is not written, but the text gives %d, the article's year, and never %d, which makes it %s, after the article's date %s (%s)", [
	d.text, y, y - 1, d.start, input.date.value, when.describe(article_date),
]) if y := to_number(substring(d.start, 0, 4))

message(d, "stamp") := sprintf("%q is stamped on a headline %s after the article's date %s (%s): another story's headline pasted in, or a wrong article date", [
	d.text, dates.elapsed(dates.days_between(input.date.end, d.start)), input.date.value, when.describe(article_date),
])
