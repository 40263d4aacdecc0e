# Test fixtures shared by the rule tests: a small knowledge base and
# builders for facts. Loaded only with the tests.
package newslint.lib.fixtures

# kb is the base as the engine hands it to the rules: with person_terms.
kb := object.union(base, {"person_terms": {p: terms |
	some p, _ in base.people
	terms := [t | some ts in base.terms; some t in ts; t.person == p]
}})

base := {
	"as_of": "2026-07-01",
	"roles": {
		"nato-secretary-general": {"id": "nato-secretary-general", "name": "NATO Secretary General", "single_holder": true},
		"us-president": {"id": "us-president", "name": "US President", "single_holder": true},
		"uk-prime-minister": {"id": "uk-prime-minister", "name": "UK Prime Minister", "single_holder": true, "unknown_after": "2026-06-22"},
		"german-chancellor": {"id": "german-chancellor", "name": "German Chancellor", "single_holder": true},
		"un-security-council-member": {"id": "un-security-council-member", "name": "UN Security Council member", "single_holder": false},
		"pope": {"id": "pope", "name": "Pope", "single_holder": true},
		"ir-president": {"id": "ir-president", "name": "President of Iran", "single_holder": true},
		"uk-monarch": {"id": "uk-monarch", "name": "Monarch of the United Kingdom", "single_holder": true},
	},
	"people": {
		"jens-stoltenberg": {"id": "jens-stoltenberg", "name": "Jens Stoltenberg"},
		"mark-rutte": {"id": "mark-rutte", "name": "Mark Rutte"},
		"donald-trump": {"id": "donald-trump", "name": "Donald Trump"},
		"joe-biden": {"id": "joe-biden", "name": "Joe Biden"},
		"barack-obama": {"id": "barack-obama", "name": "Barack Obama"},
		"rishi-sunak": {"id": "rishi-sunak", "name": "Rishi Sunak"},
		"keir-starmer": {"id": "keir-starmer", "name": "Keir Starmer"},
		"olaf-scholz": {"id": "olaf-scholz", "name": "Olaf Scholz"},
		"friedrich-merz": {"id": "friedrich-merz", "name": "Friedrich Merz"},
		"kevin-mccarthy": {"id": "kevin-mccarthy", "name": "Kevin McCarthy"},
		"benedict-xvi": {"id": "benedict-xvi", "name": "Benedict XVI", "died": "2022-12-31"},
		"francis": {"id": "francis", "name": "Pope Francis", "died": "2025-04-21"},
		"leo-xiv": {"id": "leo-xiv", "name": "Leo XIV"},
		"ebrahim-raisi": {"id": "ebrahim-raisi", "name": "Ebrahim Raisi", "died": "2024-05-19"},
		"mohammad-mokhber": {"id": "mohammad-mokhber", "name": "Mohammad Mokhber"},
		"masoud-pezeshkian": {"id": "masoud-pezeshkian", "name": "Masoud Pezeshkian"},
		"elizabeth-ii": {"id": "elizabeth-ii", "name": "Elizabeth II", "died": "2022-09-08"},
		"charles-iii": {"id": "charles-iii", "name": "Charles III"},
	},
	"terms": {
		"nato-secretary-general": [
			{"role": "nato-secretary-general", "person": "jens-stoltenberg", "start": "2014-10-01", "end": "2024-10-01"},
			{"role": "nato-secretary-general", "person": "mark-rutte", "start": "2024-10-01"},
		],
		"us-president": [
			{"role": "us-president", "person": "barack-obama", "start": "2009-01-20", "end": "2017-01-20"},
			{"role": "us-president", "person": "donald-trump", "start": "2017-01-20", "end": "2021-01-20"},
			{"role": "us-president", "person": "joe-biden", "start": "2021-01-20", "end": "2025-01-20"},
			{"role": "us-president", "person": "donald-trump", "start": "2025-01-20"},
		],
		"uk-prime-minister": [
			{"role": "uk-prime-minister", "person": "rishi-sunak", "start": "2022-10-25", "end": "2024-07-05"},
			{"role": "uk-prime-minister", "person": "keir-starmer", "start": "2024-07-05"},
		],
		"german-chancellor": [
			{"role": "german-chancellor", "person": "olaf-scholz", "start": "2021-12-08", "end": "2025-05-06"},
			{"role": "german-chancellor", "person": "friedrich-merz", "start": "2025-05-06"},
		],
		"un-security-council-member": [],
		"uk-monarch": [
			{"role": "uk-monarch", "person": "elizabeth-ii", "start": "1952-02-06", "end": "2022-09-08"},
			{"role": "uk-monarch", "person": "charles-iii", "start": "2022-09-08"},
		],
		"pope": [
			{"role": "pope", "person": "benedict-xvi", "start": "2005-04-19", "end": "2013-02-28"},
			{"role": "pope", "person": "francis", "start": "2013-03-13", "end": "2025-04-21"},
			{"role": "pope", "person": "leo-xiv", "start": "2025-05-08"},
		],
		"ir-president": [
			{"role": "ir-president", "person": "ebrahim-raisi", "start": "2021-08-03", "end": "2024-05-19"},
			{"role": "ir-president", "person": "mohammad-mokhber", "start": "2024-05-20", "end": "2024-07-28", "acting": true},
			{"role": "ir-president", "person": "masoud-pezeshkian", "start": "2024-07-28"},
		],
	},
	"events": {
		"russia-full-scale-invasion": {"id": "russia-full-scale-invasion", "name": "Russia's full-scale invasion of Ukraine", "date": "2022-02-24"},
		"mccarthy-ouster": {"id": "mccarthy-ouster", "name": "Kevin McCarthy's removal as House Speaker", "date": "2023-10-03"},
	},
}

span(offset) := {"offset": offset, "end_offset": offset + 10, "line": 1, "column": offset + 1, "end_line": 1, "end_column": offset + 11}

# mention builds a person mention with a title before the name, in
# sentence 0, whose time is the article's date.
mention(offset, person, role, title, name, claim) := {
	"kind": "person",
	"text": concat(" ", [title, name]),
	"span": span(offset),
	"block": 0,
	"sentence": 0,
	"person": person,
	"role": role,
	"name": {"text": name, "span": span(offset)},
	"form": "full",
	"title": {"text": title, "span": span(offset), "kind": "label", "position": "before"},
	"claim": claim,
	"time": {"basis": "article"},
}

# at_sentence_date gives a mention the time of a date in its sentence.
at_sentence_date(m, start, end, text) := object.union(m, {"time": {"basis": "sentence", "start": start, "end": end, "text": text, "date": 0}})

# with_cue marks the mention's time as set by a present cue ("recently").
with_cue(m, cue) := object.union(m, {"time": {"basis": "article", "text": cue}})

# with_time replaces the mention's time facts.
with_time(m, t) := object.union(m, {"time": t})

# article builds an input with a reference date from metadata; mentions
# that speak of the article's time get its days, as the extractor gives
# them.
article(day, mentions) := {
	"date": {"value": day, "start": day, "end": day, "precision": "day", "source": "metadata", "key": "date", "text": day},
	"sentences": [{"index": 0, "block": 0, "text": "s", "tense": ["past"]}],
	"mentions": [dated(m, day) | some m in mentions],
}

dated(m, day) := spanned(m, day, day)

spanned(m, start, end) := object.union(m, {"time": object.union(m.time, {"start": start, "end": end})}) if m.time.basis == "article"

spanned(m, _, _) := m if m.time.basis != "article"

# inferred builds an input dated only by the month or year its text speaks
# from ("As of 2025, …"): a range, as the extractor gives it.
inferred(value, start, end, text, mentions) := {
	"date": {"value": value, "start": start, "end": end, "precision": {4: "year", 7: "month"}[count(value)], "source": "inferred", "text": text},
	"sentences": [{"index": 0, "block": 0, "text": "s", "tense": ["past"]}],
	"mentions": [spanned(m, start, end) | some m in mentions],
}

inferred_year(year, text, mentions) := inferred(year, sprintf("%s-01-01", [year]), sprintf("%s-12-31", [year]), text, mentions)

undated(mentions) := {
	"date": {"value": "", "precision": "", "source": "none"},
	"sentences": [{"index": 0, "block": 0, "text": "s", "tense": ["present"]}],
	"mentions": mentions,
}

options := {
	"stale-officeholder": {"grace_days": 7, "context_reach": 2, "courtesy_roles": ["pope"], "gendered_titles": ["king", "queen"], "elect_words": ["elect", "élu", "electo", "designate"], "beyond_days": 366, "gone_days": 180},
	"quoted-officeholder": {"grace_days": 7, "context_reach": 2, "courtesy_roles": ["pope"]},
	"former-title-in-office": {"grace_days": 7, "context_reach": 2, "death_words": ["late", "feu", "verstorbene", "fallecido"]},
	"stale-administration": {"grace_days": 7, "context_reach": 2, "incoming_days": 90, "incoming_words": ["take office", "will"]},
	"conflicting-officeholders": {"context_reach": 2, "grace_days": 7, "outgoing_words": ["outgoing", "sortant", "saliente"], "incoming_words": ["new", "incoming"], "acting_words": ["acting", "interim", "interino"]},
	"weekday-mismatch": {"include_inferred_year": true},
	"date-after-publication": {
		"grace_days": 1, "include_inferred_year": false, "confirmed_year": true, "stamp_days": 30,
		"year_before_words": ["last year", "a year ago", "the year before", "the previous year", "the prior year", "a year earlier"],
		"moved_words": ["postponed", "closed", "suspended", "aplazada", "ajourné", "delayed", "moved", "pushed back", "rescheduled", "deferred", "adjourned", "extended", "put off", "verschoben", "promised", "promis"],
		"until_prepositions": ["to", "until", "till", "through", "hasta", "bis", "jusqu", "au", "al", "à"],
		"set_prepositions": ["for", "auf", "für", "pour", "para"],
		"cancel_words": ["cancelled", "canceló", "annulé"],
		"before_prepositions": ["before", "avant", "vor", "antes"],
		"state_prepositions": ["until", "till", "through", "hasta", "bis", "jusqu", "from", "ab", "starting"],
		"lasted_words": ["lasted", "ran", "continued", "est resté", "dauerte", "duró", "a duré"],
		"announce_words": ["announced", "a annoncé"],
		"plan_nouns": ["visit", "déplacement", "concert", "grève"],
		"plan_prepositions": ["for", "to", "with", "à"],
		"update_words": ["updated", "last updated", "last modified", "correction", "editor's note", "mis à jour", "aktualisiert", "actualizado"],
	},
	"elapsed-time-mismatch": {"tolerance_days": 45},
	"event-date-mismatch": {"max_gap_chars": 80, "include_inferred_year": false, "ignore_words": ["anniversary", "since", "after", "ago", "later", "before", "marked", "marking", "commemorat", "days into", "weeks into", "months into", "years into", "après", "nach dem", "después"], "took_office_grace_days": 3, "chosen_lead_days": 270, "resigned_lead_days": 730, "max_tenure_gap_chars": 10},
}
