# METADATA
# title: Text search
# description: >-
#   Find words and phrases in the article with their exact place in the
#   source file. A fact's text is prose with the markup removed, so an index
#   into it is not a file offset: these functions return spans.
package newslint.lib.text

# find returns the matches of a regular expression (RE2 syntax, as in
# regex.match) in the text of a fact: the whole article (input), a block,
# a sentence, a link, a date, the title. Each match is
#
#   {"text": "Ex-President", "span": {...}, "index": 12, "groups": ["President"],
#    "block": 3, "sentence": 7}
#
# index is the match's place in the searched text (the fact's text, or the
# block's text when searching input), in characters as substring counts
# them; groups are the capture groups ("" for a group that did not take
# part); block is the block the match is in; sentence, given when
# searching input, the sentence. (?i) makes the search case-insensitive:
#
#   some m in text.find(input, `(?i)\bex-president\b`)
find(fact, pattern) := newslint.find(path, fact, pattern)

# find_phrases returns the places where any of the phrases (an array or a
# set of strings) occurs as whole words, ignoring case. A space in a phrase
# matches any run of white space, a hyphen any hyphen or dash, an
# apostrophe ' or ’; punctuation at the ends of a phrase is ignored. Where
# two phrases overlap the longer wins. Each match is as for find, with
# phrase the list entry it matched:
#
#   some m in text.find_phrases(input, {"in order to", "utilise"})
#   m.phrase == "utilise"
#
# Searching input costs one call for the whole article; prefer it to a
# call per block or sentence, and use m.block and m.sentence.
find_phrases(fact, phrases) := newslint.find_phrases(path, fact, phrases)

# path names the article to the built-ins; a hand-written test input may
# have none.
default path := ""

path := input.path
