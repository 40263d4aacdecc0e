# METADATA
# title: Regional official named with an office they did not hold
# description: >-
#   A regional official is named with their title ("Mayor Helen Okafor") on
#   a date outside their term, or called "former" while still in office. The
#   officials and their terms come from the newsroom's own data,
#   data.newslint.custom.officials (examples/data/regional-officials.toml).
#   The article's date is the reference; a sentence that gives a date of
#   its own inside the term ("in 2019, Mayor Helen Okafor ...") is not
#   judged, nor are "then-Mayor ..." and articles without a date.
# custom:
#   id: regional-official-title
#   severity: error
#   example:
#     bad: |
#       ---
#       date: 2025-06-03
#       ---
#       Mayor Helen Okafor cut the ribbon at the new ferry terminal.
#     good: |
#       ---
#       date: 2025-06-03
#       ---
#       Former Mayor Helen Okafor cut the ribbon at the new ferry terminal.
package newslint.rules.custom.local.regional_officials

import data.newslint.lib.result
import data.newslint.lib.text

officials := object.get(data.newslint.custom, "officials", [])

# Every way an official is written, with what comes before the title:
# "Mayor Helen Okafor", "former Mayor Okafor", "then-Mayor Okafor".
forms[phrase] := {"official": o, "prefix": prefix, "title": t, "name": n} if {
	some o in officials
	some n in array.concat([o.name], object.get(o, "aliases", []))
	some t in o.titles
	some prefix in ["", "former ", "ex-", "then-"]
	phrase := concat("", [prefix, t, " ", n])
}

phrases := object.keys(forms)

# The article's date as a range; not judged without one.
day_from := input.date.start

day_to := input.date.end

# Every mention of an official in the article, searched once.
mentions contains {"block": input.blocks[m.block], "match": m, "form": forms[m.phrase]} if {
	some m in text.find_phrases(input, phrases)
}

report contains finding if {
	some {"block": block, "match": m, "form": form} in mentions
	form.prefix == ""
	o := form.official
	day_from >= o.end
	not dated_in_term(block, m, o)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%s left office as %s on %s, before this article's date (%s)%s", [o.name, o.office, o.end, input.date.value, successor_note(o)]),
		{
			"suggestion": sprintf("former %s", [m.text]),
			"evidence": {"office": o.office, "term_start": o.start, "term_end": o.end, "article_date": input.date.value},
		},
	)
}

report contains finding if {
	some {"block": block, "match": m, "form": form} in mentions
	form.prefix == ""
	o := form.official
	day_to < o.start
	not dated_in_term(block, m, o)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%s took office as %s on %s, after this article's date (%s)", [o.name, o.office, o.start, input.date.value]),
		{"evidence": {"office": o.office, "term_start": o.start, "article_date": input.date.value}},
	)
}

report contains finding if {
	some {"block": _, "match": m, "form": form} in mentions
	form.prefix in {"former ", "ex-"}
	o := form.official
	day_from >= o.start
	in_office_until(o, day_to)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("%s was still %s on this article's date (%s)", [o.name, o.office, input.date.value]),
		{"suggestion": sprintf("%s %s", [form.title, form.name])},
	)
}

in_office_until(o, _) if not o.end

in_office_until(o, day) if day < o.end

# The sentence holding the match names a date inside the term: it speaks of
# that time, not of the article's.
dated_in_term(block, m, o) if {
	some s in array.slice(input.sentences, block.first_sentence, block.first_sentence + block.sentences)
	s.span.offset <= m.span.offset
	m.span.offset < s.span.end_offset
	some d in dates_by_sentence[s.index]
	d.start >= o.start
	in_office_until(o, d.start)
}

dates_by_sentence[i] contains d if {
	some d in input.dates
	d.start
	i := d.sentence
}

successor_note(o) := sprintf("; %s held the office then", [next.name]) if {
	some next in officials
	next.office == o.office
	next.start == o.end
} else := ""
