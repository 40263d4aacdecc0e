# METADATA
# title: Text search
# description: >-
#   Find words and phrases in a fact's text with their exact place in the
#   source file. A fact's text is prose with the markup removed, so an index
#   into it is not a file offset: these functions return spans.
package newslint.lib.text

# find returns the matches of a regular expression (RE2 syntax, as in
# regex.match) in a fact's text: a block, a sentence, a link, a date, the
# title. Each match is
#
#   {"text": "Ex-President", "span": {...}, "index": 12, "groups": ["President"], "block": 3}
#
# with index the match's place in the fact's text, in characters (so that
# substring(fact.text, 0, m.index) is the text before it), groups the
# capture groups ("" for a group that did not take part), and block the
# index of the block it is in. (?i) makes the search case-insensitive:
#
#   some m in text.find(sentence, `(?i)\bex-president\b`)
find(fact, pattern) := newslint.find(object.get(input, "path", ""), fact, pattern)

# find_phrases returns the places where any of the phrases occurs as whole
# words, ignoring case; a space matches any run of white space, and hyphens
# and apostrophes match their typographic forms. Each match names the
# phrase it matched, as given:
#
#   some m in text.find_phrases(block, ["in order to", "utilise"])
#   m.phrase == "utilise"
#
# Longer phrases win where two overlap.
find_phrases(fact, phrases) := newslint.find_phrases(object.get(input, "path", ""), fact, phrases)
