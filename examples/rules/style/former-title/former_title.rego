# METADATA
# title: '"Ex-" before a title: write "former"'
# description: >-
#   The house style writes "former President", never "Ex-President" or
#   "ex-president". Quoted speech is left as spoken. The titles are the
#   rule's titles option.
# custom:
#   id: former-not-ex
#   severity: warning
#   options:
#     titles:
#       - President
#       - Vice President
#       - Prime Minister
#       - Chancellor
#       - Premier
#       - Governor
#       - Mayor
#       - Senator
#       - Minister
#       - Secretary
#       - Speaker
#       - Ambassador
#       - Commissioner
#       - Councillor
#       - Chief Executive
#       - Chairman
#       - Chairwoman
#       - Chair
#   example:
#     bad: Ex-President Marta Vell opened the new library on Saturday.
#     good: Former President Marta Vell opened the new library on Saturday.
package newslint.rules.custom.style.former_title

import data.newslint.lib.config
import data.newslint.lib.result
import data.newslint.lib.text

opts := config.options(rego.metadata.chain())

# "ex-President", with any hyphen or dash find_phrases accepts.
phrases := [sprintf("ex-%s", [t]) | some t in opts.titles]

report contains finding if {
	some m in text.find_phrases(input, phrases)
	sentence := input.sentences[m.sentence]
	not quoted(sentence, m)
	title := substring(m.text, 3, -1)
	better := sprintf("%s %s", [former(sentence, m), title])
	finding := result.fail_with(
		rego.metadata.chain(),
		m.span,
		sprintf("write %q, not %q", [better, m.text]),
		{"suggestion": better},
	)
}

# "Former" at the start of a sentence.
former(sentence, m) := "Former" if m.span.offset == sentence.span.offset

else := "former"

# A match inside quotation marks is someone's words: an odd number of
# quotation marks before it in the sentence opens a quote.
quoted(sentence, m) if {
	marks := [q | some q in text.find(sentence, `["“”]`); q.span.offset < m.span.offset]
	count(marks) % 2 == 1
}
