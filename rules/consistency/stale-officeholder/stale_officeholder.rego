# METADATA
# title: Office holder named with an office they did not hold
# description: >-
#   A person is named with a title ("NATO Secretary-General Jens
#   Stoltenberg", "Chancellor Olaf Scholz") for a time when they did not hold
#   that office: they had left it, had not yet taken it, or never held it.
#   The time is the one the sentence speaks of: a date in the sentence ("In
#   2022, President Biden said"), a relative time ("last year"), a date
#   earlier in the paragraph (up to context_reach sentences back), else the
#   article's date. Sentences that place themselves in the past without a
#   date ("at the time", "under President Obama") and "then-" titles without
#   a date are not judged (but a "then" title of someone who took the office
#   only after the article's date is: "then-Prime Minister X" before X's
#   first term), nor any date past the knowledge base's as_of or
#   the office's unknown_after — except that a time which runs past them
#   ("In 2026, ...") is judged over the part the base knows, for someone
#   who had left the office before it began, when that part is a third of
#   it or more, or they had died; and a time wholly past as_of (not an
#   office's own unknown_after) and within beyond_days of it is judged for
#   someone who had been out of the office for gone_days by as_of, the
#   message saying what the base knows. grace_days widen the time on both
#   sides, for handovers. An article without a date is judged from the earliest day it
#   can be from, the first day in office of the person it names as holding
#   an office with the latest start ("Chancellor Friedrich Merz": not before
#   6 May 2025) or the later day from which most of the people it names
#   in office were in office together ("President Donald Trump" beside
#   "Prime Minister Keir Starmer": Trump's second term), and only for
#   someone who had left the office for good by then. Every way of making the claim counts: a title ("Prime
#   Minister Jane Doe"), an apposition, "Jane Doe is the current prime
#   minister" (the article's date), "the prime minister is Jane Doe",
#   "Jane Doe: X's Prime Minister in 2025". Someone who has died is
#   suggested as "the late ..." — or left alone where the title stays with
#   them (courtesy_roles: popes, monarchs), unless they act at the time
#   of writing ("Pope Francis said on Monday", "Pope Francis urges peace",
#   "Pope Francis will visit Lisbon", after his death). A pope or monarch who gave the office up
#   keeps the title for life ("Pope Benedict XVI" after 2013). A claim inside a quotation is
#   quoted-officeholder's; a sentence the page repeats is judged once.
#   Acting holders are named as acting. "The new president" for someone
#   chosen who takes the office within half a year is the news of the
#   choice, not a claim. "-elect", "newly elected", "next"
#   and "incoming" (and elect_words in the other languages) name someone about to take the
#   office or who just took it: they are wrong for someone whose every
#   term in it had ended by the time, none to come ("President-elect Joe
#   Biden" in 2025, the title of a story told again years later).
# custom:
#   id: stale-officeholder
#   severity: error
#   needs: [mentions]
#   options:
#     grace_days: 7
#     context_reach: 2
#     beyond_days: 366
#     gone_days: 180
#     courtesy_roles: ["pope", "uk-monarch", "es-monarch", "dk-monarch"]
#     gendered_titles: ["king", "queen", "roi", "reine", "könig", "königin", "rey", "reina", "emperor", "empress"]
#     elect_words: [elect, "élu", "élue", electo, electa, designate, "désigné", "désignée", designado, designada, next, incoming]
#   example:
#     bad: |-
#       ---
#       date: 2025-05-12
#       ---
#       NATO Secretary-General Jens Stoltenberg recently said that allies must do more.
#     good: |-
#       ---
#       date: 2025-05-12
#       ---
#       NATO Secretary-General Mark Rutte recently said that allies must do more.
package newslint.rules.consistency.stale_officeholder

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
	not when.held_then(m)
	m.kind == "person"
	claims.own_words(m)

	# Check the plain days first; the grace days (date arithmetic) and the
	# description only when that fails.
	[start, end] := days(m)
	not kb.held(m.person, m.role, start, end)
	t0 := time_of(m)
	judged(m, t0)
	terms := kb.terms_of(m.person, m.role)
	conclusive(t0, terms)
	t := known_part(m, t0, terms)
	from := dates.add_days(t.start, 0 - grace(t))
	to := dates.add_days(t.end, grace(t))
	not kb.held(m.person, m.role, from, to)
	not took_office(m, terms)
	not claims.anticipates(m, t, terms)
	not courtesy(m, t, terms)
	holders := holders_of(m.role, t)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%s %s%s%s%s", [kb.person_name(m.person), verdict(m, t, terms), cut(t), held_then(holders, t), other_office(m, t)]),
		{
			"suggestion": suggestion(m, t, terms, holders),
			"evidence": {
				"person": m.person,
				"role": m.role,
				"date": {"start": t.start, "end": t.end, "source": t.source},
				"terms": terms,
				"holders": holders,
			},
		},
	)
}

# "-elect" or "newly elected" for someone whose terms in the office had
# all ended by the time, with none to come. Past the base's knowledge a
# term to come may be missing from it: not judged there.
report contains finding if {
	some m in input.mentions
	m.role
	m.kind == "person"
	elect_claim(m)
	claims.own_words(m)
	t := time_of(m)
	kb.known(m.role, t.end)
	terms := kb.terms_of(m.person, m.role)
	left(t, terms)
	last := terms[count(terms) - 1]
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%q names %s as just chosen for the office of %s %s, but their last term in it had ended on %s, and none was to come", [m.text, kb.person_name(m.person), kb.role_name(m.role), when.when_text(t), last.end]),
		{
			"suggestion": sprintf("%s, or give the sentence the time it tells of", [prefixed(m, claims.word(m, "former"))]),
			"evidence": {
				"person": m.person,
				"role": m.role,
				"qualifier": m.qualifier.text,
				"date": {"start": t.start, "end": t.end, "source": t.source},
				"terms": terms,
			},
		},
	)
}

# A title of the past ("then-Prime Minister X", "X handed in his
# resignation", "the ouster of President X") for someone who took the
# office only after the time of writing: whatever past the sentence tells
# of, they had not held it by the article's date.
report contains finding if {
	some m in input.mentions
	m.role
	m.kind == "person"
	m.claim == "then"
	m.time.basis == "history"
	claims.own_words(m)
	t := when.written(m)
	terms := kb.terms_of(m.person, m.role)
	count(terms) > 0
	dates.add_days(t.end, opts.grace_days) < terms[0].start
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%s took the office of %s only on %s, after the time of writing %s: %q names them with it for an earlier time", [kb.person_name(m.person), kb.role_name(m.role), terms[0].start, when.when_text(t), m.text]),
		{
			"suggestion": "check the article's date, or name the office the person held then",
			"evidence": {
				"person": m.person,
				"role": m.role,
				"date": {"start": t.start, "end": t.end, "source": t.source},
				"terms": terms,
			},
		},
	)
}

elect_claim(m) if m.claim == "elected"

elect_claim(m) if {
	m.claim == "future"
	lower(m.qualifier.word) in opts.elect_words
}

# days(m) and time_of(m) are the time judged: the sentence's or the
# article's, else, in an undated article, the earliest day it can be from
# (when.era).
days(m) := d if {
	d := when.days(m, opts.context_reach)
} else := [t.start, t.end] if {
	t := when.era(m)
}

time_of(m) := t if {
	t := when.of(m, opts.context_reach)
} else := when.era(m)

# conclusive(t, terms): from the earliest day an undated article can be
# from, a title is wrong on every later day only for someone who had left
# the office for good by then.
conclusive(t, _) if t.source != "era"

conclusive(t, terms) if {
	t.source == "era"
	left(t, terms)
}

# known_part(m, t, terms) is the time judged: all of t when the base knows
# who held the office over it. Past the base's knowledge, someone who had
# left the office before t began is judged over the part it knows, when
# that is at least a third of t or they had died by then ("In 2026,
# Chancellor Olaf Scholz said" with a base that knows up to July 2026).
known_part(m, t, terms) := t if {
	kb.known(m.role, t.end)
} else := object.union(t, {"end": h, "cut": t.end}) if {
	h := kb.horizon(m.role)
	t.start <= h
	left(t, terms)
	mostly_known(m, t, h)
} else := object.union(t, {"beyond": h}) if {
	# Wholly past the base's knowledge, but within beyond_days of it, for
	# someone who had left the office gone_days or more before it ends
	# ("Prime Minister Fumio Kishida" on a page from months after the
	# base's as_of, when he had left in 2024): a return that soon after so
	# long is rare enough to name, and the message says what is known.
	h := kb.horizon(m.role)
	h == data.newslint.kb.as_of # an office unknown after a day of its own, an election, stays open
	t.start > h
	dates.days_between(h, t.end) <= opts.beyond_days
	kb.gone_by(terms, dates.add_days(h, 0 - opts.gone_days))
}

mostly_known(m, t, _) if claims.died_by(m.person, t.start)

mostly_known(_, t, h) if dates.days_between(t.start, h) * 3 >= dates.days_between(t.start, t.end)

# cut(t) says where the base's knowledge ended the time judged.
cut(t) := sprintf(" (the knowledge base knows who held it up to %s, not to %s)", [t.end, t.cut]) if t.cut

else := sprintf(" (the knowledge base knows who held it up to %s only, and they had been out of it for over %d days by then)", [t.beyond, opts.gone_days]) if t.beyond

else := ""

# A plain or acting title speaks of the time of its sentence; "then-" only
# when the sentence gives that time.
# grace(t): the days around a handover in which either holder is right;
# none around a boss's term ("Trump's defense secretary"), a span the
# official either served in or did not.
grace(t) := 0 if t.source == "boss"

else := opts.grace_days

judged(m, _) if m.claim == "current"

judged(m, t) if {
	m.claim == "then"
	when.explicit(t)
}

verdict(m, t, terms) := sprintf("was no longer %s %s: the term ended on %s, and they died on %s", [kb.role_name(m.role), when.when_text(t), last.end, data.newslint.kb.people[m.person].died]) if {
	left(t, terms)
	claims.died_by(m.person, t.end)
	last := terms[count(terms) - 1]
} else := sprintf("was no longer %s %s: the term ended on %s", [kb.role_name(m.role), when.when_text(t), last.end]) if {
	left(t, terms)
	last := terms[count(terms) - 1]
} else := sprintf("was not yet %s %s: the term began on %s", [kb.role_name(m.role), when.when_text(t), terms[0].start]) if {
	count(terms) > 0
	every term in terms {
		term.start > t.end
	}
} else := sprintf("never held the office of %s (checked %s)", [kb.role_name(m.role), when.when_text(t)]) if {
	count(terms) == 0
} else := sprintf("was not %s %s", [kb.role_name(m.role), when.when_text(t)])

# left: every term of the person in the role had ended by the time.
left(t, terms) if kb.gone_by(terms, t.start)

# holders_of(role, t): who held the role over t, or on the last day the
# base knows when t is past it.
holders_of(role, t) := kb.holders_during(role, t.beyond, t.beyond) if t.beyond

else := kb.holders_during(role, t.start, t.end)

held_then(holders, t) := sprintf("; %s held the post on %s", [claims.holders_text(holders), t.beyond]) if {
	t.beyond
	count(holders) > 0
} else := sprintf("; %s held the post then", [claims.holders_text(holders)]) if {
	count(holders) > 0
} else := ""

# other_office names the office the person held at the time instead, when
# there is one ("Majority Leader Schumer" in 2025, when he was Minority
# Leader).
other_office(m, t) := sprintf("; %s was %s then", [kb.person_name(m.person), concat(" and ", others)]) if {
	others := sort({kb.role_name(term.role) |
		some term in data.newslint.kb.person_terms[m.person]
		term.role != m.role
		kb.covers(term, t.end)
	})
	count(others) > 0
} else := ""

# took_office: "X was sworn in as chancellor on DATE" by someone who held
# the office: event-date-mismatch judges the day against the term's start.
took_office(m, terms) if {
	m.took_office
	count(terms) > 0
}

# Leaving the office is event-date-mismatch's to check, as taking it is.
took_office(m, terms) if {
	m.left_office
	count(terms) > 0
}

# Being chosen for an office the base holds no term of is no claim to
# have held it then: the base may not hold every office of long ago.
took_office(m, _) if m.chosen

# courtesy: a dead holder of an office whose title stays with them ("Pope
# Benedict XVI", "Queen Elizabeth II") is not misnamed by it — but "Francis
# is the current pope" still claims he holds it.
courtesy(m, t, terms) if {
	m.role in opts.courtesy_roles
	object.get(m, "claim_form", "title") in {"title", "apposition"}
	not claims_now(m)
	left(t, terms)
	kept(m, t)
}

# kept: the title stays with the dead, unless they act at the time of
# writing; and with the living who gave the office up (Pope Benedict XVI
# after his resignation, King Juan Carlos, Queen Margrethe), whatever they
# do.
kept(m, t) if {
	claims.died_by(m.person, t.end)
	not acts_now(m)
}

kept(m, t) if not claims.died_by(m.person, t.end)

# acts_now: the name does something at a time the sentence gives from the
# article's ("Pope Francis said on Monday"), does it now ("Pope Francis
# urges peace"), or will do it ("Pope Francis will visit Lisbon"): the
# title is no courtesy then.
acts_now(m) if {
	m.acts
	m.time.basis == "article"
	m.time.text
}

acts_now(m) if {
	m.acts
	m.time.basis == "article"
	m.time.reason in {"ahead", "acts"}
}

# claims_now: the claim itself speaks of the time of writing ("is the
# current", "is").
claims_now(m) if m.time.reason in {"current", "present"}

# Someone who had died: "the late <title> <name>"; who had left: "former
# <title> <name>"; otherwise the holder then (acting holders as acting).
# A claim in a sentence of its own ("Jane Doe is the current prime
# minister", "the prime minister is Jane Doe") or a counterpart ("his
# British counterpart, Jane Doe") is rewritten, not prefixed: name who
# held the post, or put the claim in the past.
suggestion(m, t, terms, holders) := sprintf("%s held the post then; or write that %s was %s until %s", [claims.holders_text(holders), kb.person_name(m.person), kb.role_name(m.role), terms[count(terms) - 1].end]) if {
	m.claim_form in {"copula", "inverted", "relative", "counterpart"}
	left(t, terms)
	count(holders) > 0
} else := sprintf("%s held the post then", [claims.holders_text(holders)]) if {
	m.claim_form in {"copula", "inverted", "relative", "counterpart"}
	count(holders) > 0
} else := sprintf("%s died on %s; %s held the post then", [kb.person_name(m.person), data.newslint.kb.people[m.person].died, claims.holders_text(holders)]) if {
	acts_now(m)
	claims.died_by(m.person, t.end)
	count(holders) > 0
} else := sprintf("%s%s", [claims.word(m, "the late"), titled(m, m.person)]) if {
	left(t, terms)
	claims.died_by(m.person, t.end)
} else := prefixed(m, claims.word(m, "former")) if {
	held_before(t, terms)
} else := sprintf("%s held the post then", [claims.holders_text(holders)]) if {
	count(holders) > 0
	lower(m.title.text) in opts.gendered_titles
} else := sprintf("acting %s", [titled(m, holders[0].person)]) if {
	count(holders) > 0
	holders[0].acting
	claims.lang(m) == "en"
} else := titled(m, holders[0].person) if {
	count(holders) > 0
} else := sprintf("check the office of %s", [kb.person_name(m.person)])

# held_before: a term of the person in the role had ended by the time
# ("President Trump" in 2023 is a former president, though he came back).
held_before(t, terms) if {
	some term in terms
	term.end
	term.end <= t.start
}

# prefixed(m, w): w before the title and name, after the owner a title
# opens with: "NATO's former chief Jens Stoltenberg", not "former NATO's
# chief"; a German "Ex-" joins the noun, after its adjectives: "deutsche
# Ex-Bundeskanzler Olaf Scholz", not "Ex-deutsche Bundeskanzler".
prefixed(m, w) := sprintf("%s%s%s", [parts[0][1], w, parts[0][2]]) if {
	w == "Ex-"
	m.title.position == "before"
	parts := regex.find_all_string_submatch_n(`^((?:\p{Ll}\S* )+)(\p{Lu}.*)$`, titled(m, m.person), 1)
	count(parts) == 1
} else := sprintf("%s %s%s", [parts[0][1], w, parts[0][2]]) if {
	m.title.position == "before"
	parts := regex.find_all_string_submatch_n(`^(\S+['’]s) (.+)$`, titled(m, m.person), 1)
	count(parts) == 1
} else := sprintf("%s%s", [w, titled(m, m.person)])

# titled: the title as written before the name (or the office's name when
# the text put the title after it), then the person's name.
titled(m, person) := sprintf("%s %s", [object.get(m.title, "folded", m.title.text), name(m, person)]) if {
	m.title.position == "before"
	object.get(m, "claim_form", "") != "owner"
}

titled(m, person) := sprintf("%s %s", [kb.role_name(m.role), name(m, person)]) if {
	m.title.position != "before"
	claims.lang(m) == "en"
}

# Outside English the title after the name is moved before it as the page
# wrote it ("Rishi Sunak, Premier ministre britannique" gives
# "ex-Premier ministre britannique Rishi Sunak").
titled(m, person) := sprintf("%s %s", [m.title.text, name(m, person)]) if {
	m.title.position != "before"
	claims.lang(m) != "en"
}

# An owner's possessive is no title to repeat ("NATO's Stoltenberg"): the
# office is named.
titled(m, person) := sprintf("%s %s", [kb.role_name(m.role), name(m, person)]) if m.claim_form == "owner"

name(m, person) := object.get(m.name, "folded", m.name.text) if person == m.person

name(m, person) := kb.person_name(person) if person != m.person
