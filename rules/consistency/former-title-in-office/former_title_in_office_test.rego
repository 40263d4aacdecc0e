package newslint.rules.consistency.former_title_in_office_test

import data.newslint.lib.fixtures
import data.newslint.rules.consistency.former_title_in_office

lint(doc) := findings if {
	findings := former_title_in_office.report with input as doc
		with data.newslint.kb as fixtures.kb
		with data.newslint.config.options as fixtures.options
}

ex_trump := object.union(
	fixtures.mention(0, "donald-trump", "us-president", "President", "Donald Trump", "former"),
	{"qualifier": {"text": "Ex-", "word": "ex"}},
)

test_ex_president_in_office if {
	findings := lint(fixtures.article("2025-04-15", [fixtures.with_cue(ex_trump, "recently")]))
	count(findings) == 1
	some f in findings
	f.message == `Donald Trump held the office of US President on 2025-04-15 (the article's date, from its metadata field "date"), in office since 2025-01-20: "Ex-" says they had left it`
	f.suggestion == "President Donald Trump"
	f.evidence.term.start == "2025-01-20"
}

test_former_when_out_of_office_is_silent if {
	count(lint(fixtures.article("2023-05-01", [ex_trump]))) == 0
	count(lint(fixtures.article("2016-05-01", [ex_trump]))) == 0
}

test_former_over_a_range_that_includes_leaving_is_silent if {
	scholz := object.union(
		fixtures.mention(0, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "former"),
		{"qualifier": {"text": "former", "word": "former"}},
	)
	count(lint(fixtures.article("2025-03-10", [scholz]))) == 1
	count(lint(fixtures.article("2025-05-10", [scholz]))) == 0
}

# "Former" and "late" speak of the time of writing, not of the sentence's
# date: "the late Pope Francis visited Iraq in 2021" is right, "in 2023,
# former President Trump said" is wrong in 2025.
test_former_is_judged_at_the_article_date if {
	scholz := object.union(
		fixtures.mention(0, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "former"),
		{"qualifier": {"text": "former", "word": "former"}},
	)
	count(lint(fixtures.article("2025-09-15", [fixtures.at_sentence_date(scholz, "2022-01-01", "2022-12-31", "2022")]))) == 0
	count(lint(fixtures.article("2025-09-15", [fixtures.at_sentence_date(ex_trump, "2023-01-01", "2023-12-31", "2023")]))) == 1
	count(lint(fixtures.undated([ex_trump]))) == 0
}

test_elect_after_taking_office if {
	elect := object.union(
		fixtures.mention(0, "donald-trump", "us-president", "President", "Trump", "future"),
		{"qualifier": {"text": "-elect", "word": "elect"}},
	)
	count(lint(fixtures.article("2024-12-10", [elect]))) == 0
	some f in lint(fixtures.article("2025-03-01", [elect]))
	contains(f.message, `"-elect" says they had not yet taken it`)

	# "-elect" speaks of the sentence's time.
	count(lint(fixtures.article("2025-03-01", [fixtures.at_sentence_date(elect, "2024-12-01", "2024-12-31", "December 2024")]))) == 0
}

test_grace_days if {
	rutte := object.union(
		fixtures.mention(0, "mark-rutte", "nato-secretary-general", "NATO chief", "Mark Rutte", "former"),
		{"qualifier": {"text": "former", "word": "former"}},
	)
	count(lint(fixtures.article("2024-10-03", [rutte]))) == 0
	count(lint(fixtures.article("2024-10-20", [rutte]))) == 1
}

test_adjectival if {
	adj := {
		"kind": "adjectival", "span": fixtures.span(0), "sentence": 0, "person": "joe-biden", "role": "us-president",
		"name": {"text": "Biden"}, "title": {"text": "administration", "position": "after", "kind": "adjectival"},
		"qualifier": {"text": "former", "word": "former"}, "claim": "former", "time": {"basis": "article"},
	}
	some f in lint(fixtures.article("2023-05-01", [adj]))
	f.suggestion == "the Biden administration"
}

test_acting_holder_is_named_as_acting if {
	mokhber := object.union(
		fixtures.mention(0, "mohammad-mokhber", "ir-president", "President", "Mohammad Mokhber", "former"),
		{"qualifier": {"text": "former", "word": "former"}},
	)
	some f in lint(fixtures.article("2024-06-15", [mokhber]))
	startswith(f.message, "Mohammad Mokhber (acting) held the office of President of Iran")
}

# The fix drops the qualifier only where the mention is qualifier, title
# and name and nothing else; a capital stays at the start.
test_replacement_only_for_an_exact_mention if {
	exact := object.union(ex_trump, {"text": "Ex-President Donald Trump"})
	some f in lint(fixtures.article("2025-04-15", [exact]))
	f.replacement == "President Donald Trump"

	lower_former := object.union(ex_trump, {"text": "former president Donald Trump", "qualifier": {"text": "former", "word": "former"}, "title": object.union(ex_trump.title, {"text": "president"})})
	some g in lint(fixtures.article("2025-04-15", [lower_former]))
	g.replacement == "president Donald Trump"

	capital := object.union(lower_former, {"text": "Former president Donald Trump", "qualifier": {"text": "Former", "word": "former"}})
	some h in lint(fixtures.article("2025-04-15", [capital]))
	h.replacement == "President Donald Trump"

	gap := object.union(ex_trump, {"text": "Ex-President and candidate Donald Trump"})
	some k in lint(fixtures.article("2025-04-15", [gap]))
	not k.replacement
}

test_fused_qualifier_keeps_the_capital if {
	fused := object.union(ex_trump, {
		"text": "Altpräsident Donald Trump",
		"qualifier": {"text": "Alt", "word": "alt"},
		"title": object.union(ex_trump.title, {"text": "präsident"}),
	})
	some f in lint(fixtures.article("2025-04-15", [fused]))
	f.suggestion == "Präsident Donald Trump"
	f.replacement == "Präsident Donald Trump"
}

late_francis := object.union(
	fixtures.mention(0, "francis", "pope", "Pope", "Francis", "former"),
	{"qualifier": {"text": "late", "word": "late"}},
)

test_late_says_they_had_died if {
	some f in lint(fixtures.article("2024-06-01", [late_francis]))
	endswith(f.message, `"late" says they had died`)
}

test_late_for_someone_alive_out_of_office if {
	# Out of office by 2026 in this made-up case: alive, so "late" is
	# wrong all the same.
	kb := object.union(fixtures.kb, {"people": {"francis": {"died": "2027-01-01"}}})
	findings := former_title_in_office.report with input as fixtures.article("2026-06-01", [late_francis])
		with data.newslint.kb as kb
		with data.newslint.config.options as fixtures.options
	some f in findings
	startswith(f.message, "Pope Francis was alive on 2026-06-01")
	f.suggestion == `drop "late"`

	# After the death, silent.
	count(lint(fixtures.article("2025-06-01", [late_francis]))) == 0
}

# "Donald Trump, the president-elect" after the inauguration: the
# qualifier ends the apposition, and the suggestion drops it.
test_elect_after_the_title_in_an_apposition if {
	m := object.union(
		fixtures.mention(0, "donald-trump", "us-president", "president", "Donald Trump", "future"),
		{
			"text": "Donald Trump, the president-elect",
			"span": {"offset": 0, "end_offset": 33, "line": 1, "column": 1, "end_line": 1, "end_column": 34},
			"title": {"text": "president", "span": fixtures.span(18), "kind": "label", "position": "after"},
			"qualifier": {"text": "-elect", "word": "elect", "span": {"offset": 27, "end_offset": 33, "line": 1, "column": 28, "end_line": 1, "end_column": 34}},
			"claim_form": "apposition",
		},
	)
	findings := lint(fixtures.article("2025-04-15", [m]))
	count(findings) == 1
	some f in findings
	f.suggestion == "Donald Trump, the president"
	count(lint(fixtures.article("2024-12-02", [m]))) == 0
}

# An undated article is judged from the earliest day it can be from (its
# era), and "former" only for someone still in office, the term open.
test_undated_article_judged_from_its_era if {
	former_trump := object.union(fixtures.mention(0, "donald-trump", "us-president", "President", "Donald Trump", "former"), {"qualifier": {"text": "former", "word": "former", "span": fixtures.span(0)}})
	merz := fixtures.mention(40, "friedrich-merz", "german-chancellor", "Chancellor", "Friedrich Merz", "current")
	findings := lint(object.union(fixtures.undated([former_trump, merz]), {"era": {"from": "2025-05-06", "mention": 1}}))
	count(findings) == 1
	some f in findings
	startswith(f.message, "Donald Trump held the office of US President on 2025-05-06 (the earliest day the article can be from: it has no date, and it names \"Chancellor Friedrich Merz\", in office only since then), in office since 2025-01-20")

	# Between his terms on 2021-12-08: "former" was right then.
	scholz := fixtures.mention(40, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "current")
	count(lint(object.union(fixtures.undated([former_trump, scholz]), {"era": {"from": "2021-12-08", "mention": 1}}))) == 0

	# In office on the era's first day, but the term ended later.
	former_biden := object.union(fixtures.mention(0, "joe-biden", "us-president", "President", "Joe Biden", "former"), {"qualifier": {"text": "former", "word": "former", "span": fixtures.span(0)}})
	count(lint(object.union(fixtures.undated([former_biden, scholz]), {"era": {"from": "2021-12-08", "mention": 1}}))) == 0
	count(lint(fixtures.undated([former_trump, merz]))) == 0
}

test_undated_elect_judged_from_its_era if {
	elect := object.union(fixtures.mention(0, "donald-trump", "us-president", "President-elect", "Donald Trump", "future"), {"qualifier": {"text": "-elect", "word": "elect", "span": fixtures.span(0)}})
	merz := fixtures.mention(40, "friedrich-merz", "german-chancellor", "Chancellor", "Friedrich Merz", "current")
	count(lint(object.union(fixtures.undated([elect, merz]), {"era": {"from": "2025-05-06", "mention": 1}}))) == 1
	scholz := fixtures.mention(40, "olaf-scholz", "german-chancellor", "Chancellor", "Olaf Scholz", "current")
	count(lint(object.union(fixtures.undated([elect, scholz]), {"era": {"from": "2021-12-08", "mention": 1}}))) == 0
}
