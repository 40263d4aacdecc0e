package newslint.lib.kb_test

import data.newslint.lib.fixtures
import data.newslint.lib.kb

test_terms_are_half_open if {
	kb.held("jens-stoltenberg", "nato-secretary-general", "2024-09-30", "2024-09-30") with data.newslint.kb as fixtures.kb
	not kb.held("jens-stoltenberg", "nato-secretary-general", "2024-10-01", "2024-10-01") with data.newslint.kb as fixtures.kb
	kb.held("mark-rutte", "nato-secretary-general", "2024-10-01", "2024-10-01") with data.newslint.kb as fixtures.kb
}

test_open_term_runs_on if {
	kb.held("mark-rutte", "nato-secretary-general", "2026-01-01", "2026-02-01") with data.newslint.kb as fixtures.kb
}

test_held_throughout if {
	kb.held_throughout("olaf-scholz", "german-chancellor", "2024-01-01", "2025-05-05") with data.newslint.kb as fixtures.kb
	not kb.held_throughout("olaf-scholz", "german-chancellor", "2025-01-01", "2025-12-31") with data.newslint.kb as fixtures.kb
}

test_holders_at if {
	names := kb.holder_names("us-president", "2025-03-11", "2025-03-11") with data.newslint.kb as fixtures.kb
	names == "Donald Trump"
	kb.holder_names("us-president", "2025-01-01", "2025-12-31") == "Joe Biden and Donald Trump" with data.newslint.kb as fixtures.kb
	count(kb.holders_at("us-president", "2008-01-01")) == 0 with data.newslint.kb as fixtures.kb
}

test_known_stops_at_as_of_and_unknown_after if {
	kb.known("nato-secretary-general", "2026-07-01") with data.newslint.kb as fixtures.kb
	not kb.known("nato-secretary-general", "2026-07-02") with data.newslint.kb as fixtures.kb
	kb.known("uk-prime-minister", "2026-06-22") with data.newslint.kb as fixtures.kb
	not kb.known("uk-prime-minister", "2026-06-23") with data.newslint.kb as fixtures.kb
}

test_gone_by_needs_every_term_ended_by_the_day if {
	ended := [{"start": "2017-01-20", "end": "2021-01-20"}]
	kb.gone_by(ended, "2021-01-20")
	not kb.gone_by(ended, "2021-01-19")
	not kb.gone_by(array.concat(ended, [{"start": "2025-01-20"}]), "2022-01-01")
	not kb.gone_by([], "2022-01-01")
}

test_role_phrase_keeps_places_and_acronyms if {
	names := {
		"a": {"name": "Prime Minister of Japan"},
		"b": {"name": "NATO Secretary General"},
		"c": {"name": "Governor of the Bank of England"},
	}
	kb.role_phrase("a") == "prime minister of Japan" with data.newslint.kb.roles as names
	kb.role_phrase("b") == "NATO secretary general" with data.newslint.kb.roles as names
	kb.role_phrase("c") == "governor of the Bank of England" with data.newslint.kb.roles as names
}
