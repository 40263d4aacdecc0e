package newslint.rules.consistency.quoted_officeholder_test

import data.newslint.lib.fixtures
import data.newslint.rules.consistency.quoted_officeholder

lint(doc) := findings if {
	findings := quoted_officeholder.report with input as doc
		with data.newslint.kb as fixtures.kb
		with data.newslint.config.options as fixtures.options
}

stoltenberg := object.union(
	fixtures.mention(10, "jens-stoltenberg", "nato-secretary-general", "NATO Secretary-General", "Jens Stoltenberg", "current"),
	{"quoted": true},
)

test_quoted_stale_title_is_information_without_a_fix if {
	findings := lint(fixtures.article("2025-05-01", [stoltenberg]))
	count(findings) == 1
	some f in findings
	startswith(f.message, "in a quotation: Jens Stoltenberg was not NATO Secretary General on 2025-05-01")
	contains(f.message, "(Mark Rutte held the post then)")
	not f.suggestion
}

test_quoted_but_right_is_silent if {
	count(lint(fixtures.article("2023-05-01", [stoltenberg]))) == 0
}

test_own_words_are_not_this_rule if {
	count(lint(fixtures.article("2025-05-01", [object.union(stoltenberg, {"quoted": false})]))) == 0
}

test_quoted_former_for_someone_in_office if {
	rutte := object.union(
		fixtures.mention(0, "mark-rutte", "nato-secretary-general", "NATO chief", "Mark Rutte", "former"),
		{"quoted": true, "qualifier": {"text": "former", "word": "former"}},
	)
	some f in lint(fixtures.article("2025-05-01", [rutte]))
	contains(f.message, "is called \"former\"")
}
