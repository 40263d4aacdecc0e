# METADATA
# title: Knowledge-base lookups
# description: >-
#   Who held which office when, over data.newslint.kb. Terms are half-open:
#   [start, end), no end while in office. Days are YYYY-MM-DD strings.
package newslint.lib.kb

# Every lookup names its path in data.newslint.kb (terms[role], roles[id])
# so that only that part of the base is read for an article, never the
# whole of it.

# covers(term, day): the term includes the day.
covers(term, day) if {
	term.start <= day
	not term.end
}

covers(term, day) if {
	term.start <= day
	day < term.end
}

# overlaps(term, from, to): the term includes some day of [from, to].
overlaps(term, _, to) if {
	term.start <= to
	not term.end
}

overlaps(term, from, to) if {
	term.start <= to
	from < term.end
}

# gone_by(terms, day): every one of the terms (there is one at least) had
# ended by day: the person had left the office for good.
gone_by(terms, day) if {
	count(terms) > 0
	every term in terms {
		term.end
		term.end <= day
	}
}

# held(person, role, from, to): the person held the role on some day of
# [from, to].
held(person, role, from, to) if {
	some term in data.newslint.kb.person_terms[person]
	term.role == role
	overlaps(term, from, to)
}

# held_throughout(person, role, from, to): one term of the person covers
# all of [from, to].
held_throughout(person, role, from, to) if {
	some term in data.newslint.kb.person_terms[person]
	term.role == role
	covers(term, from)
	covers(term, to)
}

# terms_of(person, role) are the person's terms in the role, by start.
terms_of(person, role) := [term |
	some term in data.newslint.kb.person_terms[person]
	term.role == role
]

# holders_during(role, from, to) are the terms that include some day of
# [from, to]: every holder over a range (an article dated only "2025").
holders_during(role, from, to) := [term |
	some term in data.newslint.kb.terms[role]
	overlaps(term, from, to)
]

# holders_at(role, day) are the terms that include the day.
holders_at(role, day) := [term |
	some term in data.newslint.kb.terms[role]
	covers(term, day)
]

# known(role, day): the base can say who held the role that day — not past
# as_of, nor past the role's unknown_after.
known(role, day) if {
	day <= data.newslint.kb.as_of
	not data.newslint.kb.roles[role].unknown_after
}

known(role, day) if {
	day <= data.newslint.kb.as_of
	day <= data.newslint.kb.roles[role].unknown_after
}

# horizon(role) is the last day the base can say who held the role.
horizon(role) := min({data.newslint.kb.as_of, data.newslint.kb.roles[role].unknown_after}) if {
	data.newslint.kb.roles[role].unknown_after
} else := data.newslint.kb.as_of

person_name(id) := data.newslint.kb.people[id].name

role_name(id) := data.newslint.kb.roles[id].name

# role_phrase(id) is the role's name as written after a name ("Shigeru
# Ishiba, prime minister of Japan"): the words before "of" in lower case
# but for acronyms ("NATO secretary general"), the place as it is.
role_phrase(id) := concat(" of ", array.concat([lower_words(parts[0])], array.slice(parts, 1, count(parts)))) if {
	parts := split(role_name(id), " of ")
}

lower_words(s) := concat(" ", [w | some x in split(s, " "); w := lower_word(x)])

lower_word(w) := w if upper(w) == w

else := lower(w)

# holder_names(role, from, to): who held the role over [from, to], "Mark
# Rutte" or "A and B".
holder_names(role, from, to) := concat(" and ", [person_name(t.person) | some t in holders_during(role, from, to)])
