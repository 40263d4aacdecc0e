# METADATA
# title: Administration named as current after it ended
# description: >-
#   "The Biden administration", "the Scholz government" spoken of as acting
#   now, when that person no longer led. Only sentences that speak of the
#   present are judged — a present-tense verb or a cue such as "recently" —
#   or of what the administration will do ("will", "va", "wird", "será",
#   a French or Spanish simple future), or that give their own date; "the Biden administration sent aid" in a
#   later article is history and stays silent, as do "former", "previous" and
#   "first" administrations and eras ("under the Obama administration"), and
#   what an administration did in a sentence that also speaks of now ("the
#   Biden administration sat on the tariffs", "duties that were imposed by
#   the Trump administration remain", "rules adopted by the Biden
#   administration"), or a thing it made ("a Biden administration rule",
#   "the Biden administration's approach"). An article without a date is judged
#   from the earliest day it can be from, the first day in office of the
#   person it names as holding an office with the latest start
#   ("Chancellor Friedrich Merz": not before 6 May 2025), and only where the
#   leader had left the office for good by then. An administration whose
#   leader takes office within incoming_days after that time, in a sentence
#   with words that look to its start (incoming_words), is the one about to
#   come in, as writers name it between an election and the inauguration
#   ("as the Trump administration prepares to take office").
# custom:
#   id: stale-administration
#   severity: error
#   needs: [mentions]
#   options:
#     grace_days: 7
#     incoming_days: 90
#     incoming_words: [take office, takes office, taking office, transition, inauguration, inaugurated, sworn in, expect, expects, expected, will, next year, prise de fonctions, prendra ses fonctions, investiture, amtsantritt, vereidigung, toma de posesión, investidura]
#     context_reach: 2
#   example:
#     bad: |-
#       ---
#       date: 2025-11-03
#       ---
#       The move reflects a growing sense within the Biden administration that talks have stalled.
#     good: |-
#       ---
#       date: 2025-11-03
#       ---
#       The move reflects a growing sense within the Trump administration that talks have stalled.
package newslint.rules.consistency.stale_administration

import data.newslint.lib.claims
import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.kb
import data.newslint.lib.result
import data.newslint.lib.when

opts := config.options(rego.metadata.chain())

report contains finding if {
	some m in input.mentions
	m.kind == "adjectival"
	claims.own_words(m)
	m.claim == "current"
	not when.held_then(m)
	[start, end] := days(m)
	not kb.held(m.person, m.role, start, end)
	t := time_of(m)
	speaks_of(m, t)
	kb.known(m.role, t.end)
	from := dates.add_days(t.start, 0 - opts.grace_days)
	to := dates.add_days(t.end, opts.grace_days)
	every p in people(m) {
		not kb.held(p, m.role, from, to)
		not incoming(m, p, to)
		conclusive(t, kb.terms_of(p, m.role))
	}
	terms := kb.terms_of(m.person, m.role)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%s %s %s%s", [
			subject(m),
			ended(terms, t),
			when.when_text(t),
			led_then(m.role, t),
		]),
		{
			"suggestion": suggestion(m, t),
			"evidence": {
				"person": m.person,
				"role": m.role,
				"date": {"start": t.start, "end": t.end, "source": t.source},
				"terms": terms,
				"holders": kb.holders_during(m.role, t.start, t.end),
			},
		},
	)
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
# from, an administration is gone on every later day only when its leader
# had left the office for good by then.
conclusive(t, _) if t.source != "era"

conclusive(t, terms) if {
	t.source == "era"
	kb.gone_by(terms, t.start)
}

# incoming(m, p, to): an administration about to take office, in words
# that look to its start ("as the Trump administration prepares to take
# office", "expect the Trump administration to impose tariffs" in December
# 2024): its leader takes office within incoming_days.
incoming(m, p, to) if {
	kb.held(p, m.role, to, dates.add_days(to, opts.incoming_days))
	text := lower(input.sentences[m.sentence].text)
	some w in opts.incoming_words
	contains(text, w)
}

# What it will do, told of one about to take office: "L'administration
# Trump va entrer en fonctions le 20 janvier".
incoming(m, p, to) if {
	m.time.reason == "ahead"
	kb.held(p, m.role, to, dates.add_days(to, opts.incoming_days))
}

# The sentence gives its own time, or speaks of the present.
speaks_of(_, t) if when.explicit(t)

speaks_of(m, t) if {
	not when.explicit(t)
	when.speaks_now(m)
}

# "The Biden administration will approve new tariffs": what it will do,
# which it can only if it holds office.
speaks_of(m, t) if {
	not when.explicit(t)
	m.time.reason == "ahead"
}

people(m) := object.get(m, "candidates", [m.person])

ended(terms, t) := sprintf("had ended (on %s) and was not in office", [terms[count(terms) - 1].end]) if {
	kb.gone_by(terms, t.start)
} else := "was not in office"

led_then(role, t) := sprintf("; %s held the post then", [names]) if {
	names := kb.holder_names(role, t.start, t.end)
	names != ""
} else := ""

# The form with another name, in the article's word order: "the Biden
# administration", "administration Biden".
named(m, name) := sprintf("%s%s%s", [elided(m.title.text, name), joiner(m, name), name]) if m.title.position == "before"

named(m, name) := sprintf("the %s%s%s", [name, joiner(m, name), m.title.text]) if {
	m.title.position != "before"
	not genitive(m)
}

named(m, name) := sprintf("%s %s", [german_genitive(name), m.title.text]) if genitive(m)

# genitive: the German genitive of the name before the noun ("Scholz'
# Regierung", "Sunaks Regierung"), whose name is not the surname alone.
genitive(m) if {
	m.title.position != "before"
	trim_space(between(m)) in {"'", "’"}
}

genitive(m) if {
	m.title.position != "before"
	between(m) == " "
	endswith(m.name.text, "s")
	object.get(data.newslint.kb.people[m.person], "surname", "") != m.name.text
}

german_genitive(name) := sprintf("%s'", [name]) if regex.match(`(?:s|ß|x|z)$`, name)

else := sprintf("%ss", [name])

# joiner(m, name) is what the text writes between the form's noun and its
# name when that is a hyphen ("Sunak-Regierung") or an elision's
# apostrophe before a vowel ("gouvernement d'Élisabeth Borne"); else a
# space.
joiner(m, name) := g if {
	g := between(m)
	g in {"-", "‑"}
} else := g if {
	g := between(m)
	g in {"'", "’"}
	vowel_start(name)
} else := " "

between(m) := substring(m.text, a, b - a) if {
	m.title.position == "before"
	a := indexof(m.text, m.title.text) + count(m.title.text)
	b := indexof(m.text, m.name.text)
	b >= a
} else := substring(m.text, a, b - a) if {
	a := indexof(m.text, m.name.text) + count(m.name.text)
	b := indexof(m.text, m.title.text)
	b >= a
}

vowel_start(name) if regex.match(`^(?i)[aeiouyhàâäéèêëîïôöùûü]`, name)

# elided(noun, name): "gouvernement d" before a name that starts with a
# consonant is "gouvernement de" ("le gouvernement de Bayrou").
elided(noun, name) := concat("", [trim_suffix(noun, "d"), "de"]) if {
	endswith(noun, " d")
	not vowel_start(name)
} else := noun

# subject(m) names the administration as the message's subject: "the
# Biden administration", "the White House under Joe Biden".
subject(m) := sprintf("the %s", [named(m, m.name.text)]) if m.title.position == "before"

subject(m) := named(m, m.name.text) if {
	m.title.position != "before"
	not genitive(m)
}

subject(m) := m.text if genitive(m)

# The holder then, in the same form ("the Trump administration"); else
# the form made past.
suggestion(m, t) := named(m, surname) if {
	some holder in kb.holders_at(m.role, t.end)
	surname := object.get(data.newslint.kb.people[holder.person], "surname", "")
	surname != ""
} else := sprintf("the former %s %s", [m.name.text, m.title.text]) if {
	m.title.position != "before"
} else := sprintf("%s (former)", [named(m, m.name.text)])
