package newslint.rules.custom.house.house_terms_test

import data.newslint.rules.custom.house.house_terms

# newslint.facts reads an article (markdown, html or text) with newslint's
# own readers, so a test starts from prose rather than hand-written facts.

test_reports_a_listed_term if {
	findings := house_terms.report with input as newslint.facts("The council will utilise the old depot.", "text")
	count(findings) == 1
	some f in findings
	f.suggestion == "use"
	f.span.line == 1
	f.span.column == 18
}

test_keeps_a_capital if {
	findings := house_terms.report with input as newslint.facts("Whilst the bridge is shut, ferries run.", "text")
	{f.suggestion | some f in findings} == {"While"}
}

test_points_into_markdown if {
	article := "# Depot\n\nThe *old* depot will stay open\nin order to store buses.\n"
	findings := house_terms.report with input as newslint.facts(article, "markdown")
	some f in findings
	f.span.line == 4
	f.span.column == 1
	f.span.end_column == 12
}

test_whole_words_only if {
	findings := house_terms.report with input as newslint.facts("The futilised plan was shelved on Whilstone Road.", "text")
	count(findings) == 0
}

test_terms_come_from_the_options if {
	findings := house_terms.report with input as newslint.facts("Amongst the crowd were two utilise fans.", "text")
		with data.newslint.config.options as {"house-terms": {"terms": {"amongst": "among"}}}
	{f.suggestion | some f in findings} == {"Among"}
}
