package newslint.rules.custom.house.byline_required_test

import data.newslint.rules.custom.house.byline_required

findings(article, format) := fs if {
	fs := byline_required.report with input as newslint.facts(article, format)
}

test_front_matter_author_is_a_byline if {
	count(findings("---\ntitle: Bridge closes\nauthor: Ana Ruiz\n---\nThe bridge closes on Monday.\n", "markdown")) == 0
}

test_authors_list_is_a_byline if {
	count(findings("---\ntitle: Bridge closes\nauthors: [Ana Ruiz, Lee Park]\n---\nThe bridge closes on Monday.\n", "markdown")) == 0
}

test_missing_author_points_at_the_front_matter if {
	fs := findings("---\ntitle: Bridge closes\ndate: 2025-06-02\n---\nThe bridge closes on Monday.\n", "markdown")
	count(fs) == 1
	some f in fs
	f.message == "the article has no byline"
	f.span.line == 2
	contains(f.suggestion, "front matter")
}

test_empty_author_points_at_the_field if {
	fs := findings("---\ntitle: Bridge closes\nauthor: \"  \"\n---\nThe bridge closes on Monday.\n", "markdown")
	count(fs) == 1
	some f in fs
	f.message == "the byline field \"author\" is empty"
	f.span.line == 3
}

test_without_front_matter_points_at_the_headline if {
	fs := findings("# Bridge closes\n\nThe bridge closes on Monday.\n", "markdown")
	count(fs) == 1
	some f in fs
	f.span.line == 1
	f.span.column == 3
}

test_by_line_in_plain_text if {
	count(findings("Bridge closes for repairs\n\nBy Ana Ruiz\n\nThe bridge closes on Monday.\n", "text")) == 0
	count(findings("Bridge closes for repairs\n\nThe bridge closes on Monday. By the end of May it will reopen.\n", "text")) == 1
}

test_html_meta_author if {
	page := `<html><head><title>Bridge closes</title><meta name="author" content="Ana Ruiz"></head><body><p>The bridge closes on Monday.</p></body></html>`
	count(findings(page, "html")) == 0
	fs := findings(replace(page, `<meta name="author" content="Ana Ruiz">`, ""), "html")
	{f.suggestion | some f in fs} == {`add <meta name="author" content="NAME"> to the page`}
}
