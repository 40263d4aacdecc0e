package newslint.rules.custom.local.regional_officials_test

import data.newslint.rules.custom.local.regional_officials

# These tests read the officials from examples/data/regional-officials.toml,
# loaded by examples/.newslint.toml (or --data); the last one brings its
# own list with `with`.

article(date, body) := sprintf("---\ntitle: Riverton news\ndate: %s\n---\n\n%s\n", [date, body])

findings(date, body) := fs if {
	fs := regional_officials.report with input as newslint.facts(article(date, body), "markdown")
}

test_mayor_after_the_term_ended if {
	fs := findings("2025-06-03", "The ferry terminal opened on Monday. Mayor Helen Okafor cut the ribbon.")
	count(fs) == 1
	some f in fs
	f.span.line == 6
	f.span.column == 38
	f.suggestion == "former Mayor Helen Okafor"
	contains(f.message, "Tomasz Brandt held the office then")
}

test_alias_with_a_title if {
	fs := findings("2025-06-03", "Riverton Mayor Okafor was not at the opening.")
	{f.suggestion | some f in fs} == {"former Riverton Mayor Okafor"}
}

test_during_the_term_is_silent if {
	count(findings("2024-03-01", "Mayor Helen Okafor cut the ribbon.")) == 0
}

test_before_the_term_began if {
	fs := findings("2024-03-01", "Mayor Tomasz Brandt cut the ribbon.")
	count(fs) == 1
	some f in fs
	contains(f.message, "took office as Mayor of Riverton on 2025-05-12")
}

test_former_while_in_office if {
	fs := findings("2025-06-03", "Former Mayor Tomasz Brandt cut the ribbon.")
	{f.suggestion | some f in fs} == {"Mayor Tomasz Brandt"}
}

test_former_after_the_term_is_right if {
	count(findings("2025-06-03", "Former Mayor Helen Okafor and Mayor Tomasz Brandt cut the ribbon.")) == 0
}

test_then_mayor_is_right if {
	count(findings("2025-06-03", "The plan dates from when then-Mayor Helen Okafor took office.")) == 0
}

test_a_dated_sentence_speaks_of_its_own_time if {
	count(findings("2025-06-03", "In March 2019, Mayor Helen Okafor opened the old terminal.")) == 0
	count(findings("2025-06-03", "In March 2019 the terminal opened. Mayor Helen Okafor was there.")) == 1
}

test_no_date_no_judgement if {
	fs := regional_officials.report with input as newslint.facts("Mayor Helen Okafor cut the ribbon.", "text")
	count(fs) == 0
}

test_officials_come_from_data if {
	fs := regional_officials.report with input as newslint.facts(article("2025-06-03", "Harbourmaster Lena Voss spoke."), "markdown")
		with data.newslint.custom.officials as [{
			"office": "Harbourmaster of Riverton", "titles": ["Harbourmaster"], "name": "Lena Voss",
			"start": "2010-01-01", "end": "2020-01-01",
		}]
	count(fs) == 1
}
