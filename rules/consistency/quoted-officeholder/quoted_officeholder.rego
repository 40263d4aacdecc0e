# METADATA
# title: Office holder misnamed inside a quotation
# description: >-
#   Inside a direct quotation, a person is named with an office they did not
#   hold at the time ("'Prime Minister Rishi Sunak promised us a bridge,'
#   said Tom Hill" in 2025), or called "former" while in office. A quotation
#   is what someone said and is not changed, so this is information for the
#   editor, with no suggestion: the speaker may have misspoken, or the
#   quotation may be older than the article. Judged as stale-officeholder
#   and former-title-in-office judge the page's own words; a courtesy
#   title of the dead ("Pope Francis blessed this square") is left alone.
# custom:
#   id: quoted-officeholder
#   severity: info
#   needs: [mentions]
#   options:
#     grace_days: 7
#     context_reach: 2
#     courtesy_roles: ["pope", "uk-monarch", "es-monarch", "dk-monarch"]
#   example:
#     bad: |-
#       ---
#       date: 2025-05-12
#       ---
#       "NATO Secretary-General Jens Stoltenberg told us to wait," said Tom Hill.
#     good: |-
#       ---
#       date: 2025-05-12
#       ---
#       "NATO Secretary-General Mark Rutte told us to wait," said Tom Hill.
package newslint.rules.consistency.quoted_officeholder

import data.newslint.lib.claims
import data.newslint.lib.config
import data.newslint.lib.dates
import data.newslint.lib.kb
import data.newslint.lib.result
import data.newslint.lib.when

opts := config.options(rego.metadata.chain())

# A title for a time outside the person's terms.
report contains finding if {
	some m in input.mentions
	m.quoted
	m.role
	m.kind == "person"
	m.claim == "current"
	not when.held_then(m)
	not claims.repeated(m)
	[start, end] := when.days(m, opts.context_reach)
	not kb.held(m.person, m.role, start, end)
	t := when.of(m, opts.context_reach)
	kb.known(m.role, t.end)
	not kb.held(m.person, m.role, dates.add_days(t.start, 0 - opts.grace_days), dates.add_days(t.end, opts.grace_days))
	not courtesy(m, t)
	holders := kb.holders_during(m.role, t.start, t.end)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("in a quotation: %s was not %s %s%s; a quotation is left as it was said", [
			kb.person_name(m.person), kb.role_name(m.role), when.when_text(t), then(holders),
		]),
		{"evidence": {
			"person": m.person,
			"role": m.role,
			"date": {"start": t.start, "end": t.end, "source": t.source},
			"terms": kb.terms_of(m.person, m.role),
			"holders": holders,
		}},
	)
}

# "Former" for someone in office at the time of writing.
report contains finding if {
	some m in input.mentions
	m.quoted
	m.role
	m.claim == "former"
	m.qualifier
	not claims.repeated(m)
	t := when.written(m)
	some term in kb.terms_of(m.person, m.role)
	kb.covers(term, dates.add_days(t.start, 0 - opts.grace_days))
	kb.covers(term, dates.add_days(t.end, opts.grace_days))
	kb.known(m.role, t.end)
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("in a quotation: %s held the office of %s %s, but is called %q; a quotation is left as it was said", [
			kb.person_name(m.person), kb.role_name(m.role), when.when_text(t), m.qualifier.text,
		]),
		{"evidence": {"person": m.person, "role": m.role, "date": {"start": t.start, "end": t.end, "source": t.source}, "term": term}},
	)
}

# courtesy: a dead holder named with a title that stays with them.
courtesy(m, t) if {
	m.role in opts.courtesy_roles
	claims.died_by(m.person, t.end)
}

then(holders) := sprintf(" (%s held the post then)", [claims.holders_text(holders)]) if {
	count(holders) > 0
} else := ""
