# METADATA
# title: Claims of office
# description: >-
#   Helpers the office-holder rules share: which mentions they judge (not a
#   quotation, not a sentence the page repeats), how they name holders
#   (acting holders as acting), and deaths.
package newslint.lib.claims

import data.newslint.lib.boilerplate
import data.newslint.lib.dates
import data.newslint.lib.kb

# own_words(m): the mention is the page's own claim — not inside a direct
# quotation (quoted-officeholder reports those), not in a sentence the
# page already published (the first copy carries the finding), and not in
# another story's teaser headline, whose time is that story's
# (injected-block reports those) — unless the headline gives its date
# with the year ("PM Jane Doe announces new curbs — June 10, 2025"): the
# page still states the title, at that date. (A day without its year
# takes the article's, not the teaser's.)
own_words(m) if {
	not m.quoted
	not repeated(m)
	not boilerplate.teaser_blocks[object.get(m, "block", -1)]
}

own_words(m) if {
	not m.quoted
	not repeated(m)
	boilerplate.teaser_blocks[object.get(m, "block", -1)]
	m.time.basis == "sentence"
	not input.dates[m.time.date].year_inferred
}

repeated(m) if input.sentences[m.sentence].repeat_of >= 0

# holder(term): "Mark Rutte", or "Jane Doe (acting)" for an acting term.
holder(term) := sprintf("%s (acting)", [kb.person_name(term.person)]) if term.acting

holder(term) := kb.person_name(term.person) if not term.acting

# holders_text(terms): the holders, joined with "and".
holders_text(terms) := concat(" and ", [holder(t) | some t in terms])

# died_by(person, day): the knowledge base records the person's death on or
# before day.
died_by(person, day) if {
	d := data.newslint.kb.people[person].died
	d <= day
}

# anticipates(m, t, terms): a sentence that looks ahead ("will" after the
# name), with no date of its own, names someone with an office they take later ("the full power
# to President Trump when he will lead" two months before the
# inauguration): the title looks ahead with the sentence.
anticipates(m, t, terms) if {
	m.time.reason == "ahead"
	not t.source in {"sentence", "heading", "relative", "event", "previous"}
	some term in terms
	term.start > t.end
}

# A title called new ("Who is the new ECB president", "le nouveau
# Premier ministre") for someone chosen and about to take the office,
# within half a year: the news of the choice.
anticipates(m, t, terms) if {
	lower(m.qualifier.word) in new_words
	some term in terms
	term.start > t.end
	dates.days_between(t.end, term.start) <= 183
}

new_words := {"new", "nouveau", "nouvelle", "neue", "neuer", "neuen", "nuevo", "nueva"}

# lang(m): the language of the mention's words, English when not known.
lang(m) := l if {
	l := object.get(m, "lang", "en")
	l != ""
} else := "en"

# word(m, w): "former" or "the late" in the mention's language, for
# suggestions, written to join the title: "ex-Première ministre",
# "Ex-Bundeskanzler", "ex presidente" (forms that need no gender).
word(m, w) := words[lang(m)][w]

word(m, w) := sprintf("%s ", [w]) if not words[lang(m)][w]

words := {
	"fr": {"former": "ex-", "the late": "feu "},
	"de": {"former": "Ex-", "the late": "verstorbene "},
	"es": {"former": "ex ", "the late": "fallecido "},
}
