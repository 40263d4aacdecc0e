package newslint.rules.quality.invisible_character_test

import data.newslint.rules.quality.invisible_character

findings(text) := fs if {
	fs := invisible_character.report with input as newslint.facts(text, "markdown")
}

test_zero_width_space_inside_a_word if {
	fs := findings("# Harbour\n\nThe ferry com\u200Bpany raised its fares.")
	count(fs) == 1
	some f in fs
	f.message == "invisible character U+200B ZERO WIDTH SPACE in \"com⟦U+200B⟧pany\": it splits a word that still looks whole, so search and filters no longer find the word"
	f.replacement == ""
	f.evidence.codes == ["U+200B"]
}

test_word_joiner_and_soft_no_break_inside_words if {
	fs := findings("# Note\n\nA dis\u2060count on tick\uFEFFets.")
	count(fs) == 2
}

test_right_to_left_override_is_always_reported if {
	fs := findings("# Offer\n\nThe fee is \u202E05$\u202C per visit.")
	count(fs) == 1
	some f in fs
	contains(f.message, "U+202E RIGHT-TO-LEFT OVERRIDE")
	contains(f.message, "display in reverse order")
}

test_direction_marks_in_latin_text if {
	fs := findings("# Scores\n\nThe home side\u200E won again.")
	count(fs) == 1
}

test_direction_marks_in_hebrew_or_arabic_text_are_left_alone if {
	count(findings("# Greeting\n\nThe sign read \u05E9\u05DC\u05D5\u05DD\u200F in large letters.")) == 0
	count(findings("# Greeting\n\nThe banner said \u0645\u0631\u062D\u0628\u0627\u200E\u061C today.")) == 0
}

test_joiners_inside_latin_words if {
	fs := findings("# Vote\n\nThe coun\u200Dcil met and the may\u200Cor spoke.")
	count(fs) == 2
}

test_joiners_in_emoji_and_scripts_that_need_them_are_left_alone if {
	count(findings("# Family day\n\nThe park was full \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 all afternoon.")) == 0
	count(findings("# Library\n\nThe Persian word \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 was on the poster.")) == 0
	count(findings("# Festival\n\nThe word \u0915\u094D\u200D\u0937 was painted on the gate.")) == 0
}

test_tag_characters_spelling_hidden_text if {
	fs := findings("# Review\n\nA fine hotel.\uDB40\uDC69\uDB40\uDC67\uDB40\uDC6E\uDB40\uDC6F\uDB40\uDC72\uDB40\uDC65 We stayed twice.")
	count(fs) == 1
	some f in fs
	contains(f.message, "6 invisible characters (U+E0069, U+E0067, U+E006E, U+E006F, ...)")
	contains(f.message, "\"ignore\"")
}

test_flag_emoji_tags_are_left_alone if {
	count(findings("# Match\n\nFans waved \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F flags.")) == 0
}

test_zero_width_between_words_is_left_alone if {
	count(findings("# Links\n\nRead more at\u200B the library.")) == 0
}

test_clean_articles_stay_silent if {
	count(findings("# Harbour reopens\n\nThe east harbour reopened on Monday after repairs, the port authority said. Crews worked for six weeks.")) == 0
}

test_a_run_of_invisible_padding_is_reported if {
	fs := findings("# Harbour\n\nThe ferry company raised its fares.\u034F\u034F\u034F\u034F Passengers protested.")
	count(fs) == 1
	some f in fs
	contains(f.message, "pads the text")
	count(findings("# Harbour\n\nThe ferry company raised its fares.\u034F Passengers protested.")) == 0
}
