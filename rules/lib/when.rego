# METADATA
# title: The time a sentence speaks of
# description: >-
#   Turns a mention's time facts (input.mentions[_].time) into the range of
#   days a rule judges, with where that range came from.
package newslint.lib.when

import data.newslint.lib.dates

# of(m, reach) is {"start", "end", "source", "text"} for mention m, or
# undefined when there is no time to judge (a history cue, or an undated
# article). source is sentence (a date in the sentence), heading (a
# timeline's date heading the sentence's section, "July 5"), relative
# ("last year", counted from the article's date), event (the day of a
# known event whose name holds the mention), previous (a date in one of
# the `reach` sentences before, in the same paragraph), or the article
# date's own source: flag, metadata, dateline, url, config. A date known only to its
# month or year is that range of days: a claim is wrong only when it is
# wrong over all of it.
of(m, reach) := t if {
	m.time.basis in {"sentence", "heading", "relative", "event", "boss"}
	not guessed_year(m)
	t := {"start": m.time.start, "end": m.time.end, "source": m.time.basis, "text": m.time.text}
} else := t if {
	m.time.basis == "article"
	not m.time.text
	p := m.time.previous
	p.distance <= reach
	not input.dates[p.date].year_from == "text"
	t := {"start": p.start, "end": p.end, "source": "previous", "text": p.text}
} else := written(m) if {
	m.time.basis == "article"
}

# guessed_year(m): the sentence's date has no year of its own, and an
# undated article lent it the nearest year written before it ("May 10"
# after a quoted "May 26, 1977"): too weak to judge a claim by.
guessed_year(m) if input.dates[m.time.date].year_from == "text"

# written(m) is the article's own time — the time of writing — whatever the
# sentence speaks of; undefined for an undated article.
written(_) := t if {
	input.date.start
	t := {"start": input.date.start, "end": input.date.end, "source": input.date.source, "text": object.get(input.date, "text", "")}
}

# days(m, reach) is [start, end] of of(m, reach), without its source: the
# cheap form rules judge with, before they describe a finding.
days(m, reach) := [p.start, p.end] if {
	m.time.basis == "article"
	not m.time.text
	p := m.time.previous
	p.distance <= reach
} else := [m.time.start, m.time.end] if {
	m.time.basis != "history"
	m.time.start
}

# era(m) is the time an undated article's mention of the time of writing
# is judged at: the earliest day the article can be from (input.era), the
# first day in office of the person it names as holding an office with
# the latest start, the first day of the year of something it names as
# having happened ("the 2026 Greenland crisis") or a date it tells of in
# the past, whichever is latest (its kind says which). Undefined for the era's
# own mention, and where the article has a date or the sentence a time of
# its own (of covers those).
era(m) := t if {
	not input.date.start
	e := input.era
	m.time.basis == "article"
	not m.time.previous
	anchor := input.mentions[e.mention]
	m.span.offset != anchor.span.offset
	t := object.union(
		{"start": e.from, "end": e.from, "source": "era", "text": anchor.text},
		{"kind": k | k := e.kind; k == "together"},
	)
} else := t if {
	not input.date.start
	e := input.era
	e.mention < 0
	m.time.basis == "article"
	not m.time.previous
	t := {"start": e.from, "end": e.from, "source": "era", "text": e.text, "kind": e.kind}
}

# held_then(m): the extractor found that the person held the office at
# the time of the mention's own sentence, which is the time judged unless
# a date from an earlier sentence may apply — the common case, which rules
# can skip at once.
held_then(m) if {
	m.held == true
	not m.time.previous
}

# explicit(t): the sentence itself gave the time.
explicit(t) if t.source in {"sentence", "heading", "relative", "event", "previous", "boss"}

# describe(t) says where the date came from, for messages.
describe(t) := sprintf("the date the sentence gives, %q", [t.text]) if t.source == "sentence"

describe(t) := sprintf("the date heading its section, %q", [t.text]) if t.source == "heading"

describe(t) := sprintf("the time the sentence gives, %q, counted from the article's date", [t.text]) if t.source == "relative"

describe(t) := sprintf("the date given earlier in the paragraph, %q", [t.text]) if t.source == "previous"

describe(t) := sprintf("the date of the event the text names, %q", [t.text]) if t.source == "event"

describe(t) := sprintf("the term in office of %s, whose official the text calls them", [t.text]) if t.source == "boss"

describe(t) := "the article's date, given with --date" if t.source == "flag"

describe(t) := sprintf("the article's date, from its metadata field %q", [input.date.key]) if t.source == "metadata"

describe(t) := sprintf("the article's date, from its dateline %q", [t.text]) if t.source == "dateline"

describe(t) := sprintf("the article's date, from its address %q", [t.text]) if t.source == "url"

describe(t) := sprintf("the article's date, inferred from the time its text speaks from, %q", [t.text]) if t.source == "inferred"

describe(t) := "the default date in the configuration" if t.source == "config"

describe(t) := sprintf("the earliest day the article can be from: it has no date, and it names %q, in office only since then", [t.text]) if {
	t.source == "era"
	not t.kind
}

describe(t) := sprintf("the earliest day the article can be from: it has no date, and most of the office-holders it names were in office together only from the day %q took office", [t.text]) if t.kind == "together"

describe(t) := sprintf("the earliest day the article can be from: it has no date, and it speaks of %q, which had begun by then", [t.text]) if t.kind == "happened"

describe(t) := sprintf("the earliest day the article can be from: it has no date, and it tells of %q in the past", [t.text]) if t.kind == "past"

# when_text: "on 2025-05-01 (the article's date, from its metadata (date))"
when_text(t) := sprintf("%s (%s)", [dates.span_text(t.start, t.end), describe(t)])

# tense(m) lists the tenses of the mention's sentence.
tense(m) := object.get(input.sentences[m.sentence], "tense", [])

# speaks_now(m): the sentence speaks of the present: a present cue
# ("recently", "on Tuesday") or a verb in the present tense.
speaks_now(m) if {
	m.time.basis == "article"
	m.time.text
}

speaks_now(m) if "present" in tense(m)
