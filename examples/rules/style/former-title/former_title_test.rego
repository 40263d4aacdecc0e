package newslint.rules.custom.style.former_title_test

import data.newslint.rules.custom.style.former_title

findings(article, format) := fs if {
	fs := former_title.report with input as newslint.facts(article, format)
}

test_title_at_the_start_of_a_sentence if {
	fs := findings("Ex-President Marta Vell spoke first. Then the vote began.", "text")
	count(fs) == 1
	some f in fs
	f.suggestion == "Former President"
	f.span.column == 1
	f.span.end_column == 13
}

test_lower_case_in_the_middle if {
	fs := findings("The talks were led by the ex-prime minister of the region.", "text")
	{f.suggestion | some f in fs} == {"former prime minister"}
}

test_typographic_hyphen_and_markdown_emphasis if {
	# A non-breaking hyphen (U+2011), after emphasis on the line above.
	article := "# Port deal\n\nThe *deal* was signed by\nex‑Governor Ilse Brun on Monday.\n"
	fs := findings(article, "markdown")
	count(fs) == 1
	some f in fs
	f.span.line == 4
	f.span.column == 1
	f.suggestion == "former Governor"
}

test_every_match_in_a_paragraph if {
	fs := findings("Ex-Mayor Ruth Kaye and ex-Senator Omar Dey both declined.", "text")
	{f.span.column | some f in fs} == {1, 24}
}

test_quoted_speech_is_left_alone if {
	fs := findings(`"The ex-President never called me," she said. Her ex-husband agreed.`, "text")
	count(fs) == 0
}

test_other_ex_words_are_not_titles if {
	fs := findings("Ex-Soviet states and ex-military officers met the former President.", "text")
	count(fs) == 0
}

test_titles_come_from_the_options if {
	fs := former_title.report with input as newslint.facts("The ex-Mayor and the ex-Sheriff both came.", "text")
		with data.newslint.config.options as {"former-not-ex": {"titles": ["Sheriff"]}}
	{f.suggestion | some f in fs} == {"former Sheriff"}
}
