# METADATA
# title: Two people named as the holder of a one-holder office
# description: >-
#   Two different people are each named as the current holder of an office
#   that has one holder at a time ("Prime Minister Rishi Sunak" and later
#   "Prime Minister Keir Starmer", both speaking of the same time). This rule
#   speaks only where the knowledge base cannot say which is right — the
#   article has no date, or the date is past as_of or the office's
#   unknown_after; otherwise stale-officeholder names the wrong one. A
#   government named after its leader counts only in a sentence that speaks
#   of the present ("the Barnier government is …"). A holder named as
#   outgoing ("outgoing President Joe Biden", "le président sortant", "der
#   scheidende Kanzler", "el mandatario saliente") hands the office over:
#   their successor named beside them is no conflict; so does a holder
#   named beside one called new or incoming ("the current president, X" and
#   "the new president, Y": a handover, Y taking over). Nor is a holder named
#   as acting ("acting President Choi Sang-mok", "le président par intérim",
#   "el presidente interino"), who stands in for one suspended or gone. Nor
#   is someone the knowledge base knows has died: an undated page that names
#   "Queen Elizabeth" and "King Charles III" tells of a reign and its
#   successor (on a dated page stale-officeholder judges the title). On an
#   undated page, a holder who had left the office for good more than
#   grace_days before the earliest day the page can be from (facts: era)
#   is stale-officeholder's to report, and conflicts with no one.
# custom:
#   id: conflicting-officeholders
#   severity: warning
#   needs: [mentions]
#   options:
#     context_reach: 2
#     grace_days: 7
#     outgoing_words: ["outgoing", "sortant", "sortante", "scheidende", "scheidender", "scheidenden", "saliente", "salientes"]
#     incoming_words: ["new", "incoming", "nouveau", "nouvelle", "neue", "neuer", "neuen", "nuevo", "nueva", "entrante"]
#     acting_words: ["acting", "interim", "caretaker", "intérim", "intérimaire", "kommissarische", "kommissarischer", "geschäftsführende", "geschäftsführender", "interino", "interina", "encargado", "encargada"]
#   example:
#     bad: |-
#       Prime Minister Rishi Sunak says the talks will go on.
#
#       Prime Minister Keir Starmer says the talks are over.
#     good: |-
#       Prime Minister Keir Starmer says the talks will go on.
#
#       Prime Minister Keir Starmer says the talks are nearly over.
package newslint.rules.consistency.conflicting_officeholders

import data.newslint.lib.claims as said
import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.kb
import data.newslint.lib.result
import data.newslint.lib.when

opts := config.options(rego.metadata.chain())

# Claims of holding a one-holder office at a time the knowledge base
# cannot settle, by role and time.
claims contains [m.role, at, i] if {
	unsettled_times
	some i, m in input.mentions
	m.claim == "current"
	said.own_words(m)
	m.role
	m.time.basis != "history"

	# The knowledge base's tests first: most mentions are of a time it
	# settles, and the wording's tests read the mention's words.
	data.newslint.kb.roles[m.role].single_holder
	open_question(m)
	not data.newslint.kb.people[m.person].died
	not told_of_the_past(m)
	not outgoing(m)
	not incoming(m)
	not stands_in(m)
	not left_before_era(m)
	at := moment(m)
	not settled(m.role, at)
}

# left_before_era: the page has no date, and the holder had left the
# office for good more than grace_days before the earliest day it can be
# from: the title is stale, which stale-officeholder reports.
left_before_era(m) if {
	t := when.era(m)
	kb.gone_by(kb.terms_of(m.person, m.role), dates.add_days(t.start, 0 - opts.grace_days))
}

# told_of_the_past: a government named after its leader in a sentence
# that does not speak of the present ("the budget fell with the censure of
# the Barnier government") is the last one, not a second holder now.
told_of_the_past(m) if {
	m.kind == "adjectival"
	not when.speaks_now(m)
}

# outgoing: the mention names its holder as outgoing, before the title or
# after it ("el mandatario saliente, Alberto Fernández").
outgoing(m) if m.qualifier.word in opts.outgoing_words

outgoing(m) if {
	some w in regex.split(`[^\pL]+`, lower(m.text))
	w in opts.outgoing_words
}

# incoming: the mention names its holder as new or incoming, by the
# title's qualifier ("As the new president, Sheinbaum …"): the handover's
# other side.
incoming(m) if m.qualifier.word in opts.incoming_words

# stands_in: the mention names its holder as acting, before the title or
# after it ("Choi Sang-mok, the acting president").
stands_in(m) if m.qualifier.word in opts.acting_words

stands_in(m) if {
	some w in regex.split(`[^\pL]+`, lower(m.text))
	w in opts.acting_words
}

# unsettled_times: the article has no date, or some time it speaks of is
# past what the base knows. In the usual dated article it is false, and no
# mention is looked at.
unsettled_times if not input.date.start

unsettled_times if input.date.end > data.newslint.kb.as_of

unsettled_times if {
	some m in input.mentions
	data.newslint.kb.roles[m.role].unknown_after < input.date.end
}

unsettled_times if {
	some m in input.mentions
	m.time.end > data.newslint.kb.as_of
}

# open_question is a quick test that the base may not settle a claim:
# the article has no date, or a date the mention may speak of is past what
# the base knows. Most claims in a dated article fail it at once.
open_question(_) if not input.date.start

open_question(m) if not kb.known(m.role, input.date.end)

open_question(m) if {
	m.time.end
	not kb.known(m.role, m.time.end)
}

# moment: the time a claim is about — the article's time, or a date given
# in the text.
moment(m) := when.days(m, opts.context_reach)

moment(m) := "undated" if not when.days(m, opts.context_reach)

# claims_at[[role, at]] holds the claims of an office at a time, as
# [index, person]: grouped in one pass over the claims, so that a long
# article stays linear (comparing every claim with every other was not).
claims_at[[role, at]] contains [i, input.mentions[i].person] if some [role, at, i] in claims

# Each person named for an office and a time after another person was: one
# finding, at their first such claim, naming the first claimant.
report contains finding if {
	some [role, at], slot in claims_at
	firsts := first_claims(slot)
	count(firsts) > 1
	[i, first] := min([[k, p] | some p, k in firsts])
	some person, j in firsts
	person != first
	a := input.mentions[i]
	b := input.mentions[j]
	finding := result.fail_with(
		rego.metadata.chain(),
		b.span,
		sprintf("%s is named as %s here, but %s was named as %s at line %d, for the same time%s; one office, one holder", [
			kb.person_name(b.person), kb.role_name(role), kb.person_name(a.person), kb.role_name(role), a.span.line, why(at),
		]),
		{
			"suggestion": sprintf("check who was %s %s", [kb.role_name(role), when_words(at)]),
			"evidence": {"role": role, "people": [a.person, b.person], "first": a.span},
		},
	)
}

# first_claims maps each person of a group of claims to their first one.
first_claims(slot) := {person: min([i | some [i, p] in slot; p == person]) | some [_, person] in slot}

# settled: the knowledge base knows who held the office then, so
# stale-officeholder judges instead.
settled(role, at) if {
	is_array(at)
	kb.known(role, at[1])
}

why("undated") := " (the article gives no date, so the knowledge base cannot settle it)"

why(at) := sprintf(" (%s is past what the knowledge base knows)", [at[1]]) if is_array(at)

when_words("undated") := "when the article was written"

when_words(at) := sprintf("on %s", [at[1]]) if is_array(at)
