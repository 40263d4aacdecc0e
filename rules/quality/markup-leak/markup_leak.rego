# METADATA
# title: Markup visible in the text
# description: >-
#   Markup that should have been rendered shows as text: Markdown bold
#   markers or heading hashes, raw shortcodes ("[caption id=...]"), doubly
#   escaped entities ("&amp;amp;"), HTML tags in plain text, a page's
#   script left in the text ("console.debug({...})", "googletag.cmd.push(...)"),
#   and a wiki's edit links after headings copied with its text ("History
#   [edit]", "Geschichte [Bearbeiten]").
# custom:
#   id: markup-leak
#   severity: warning
#   needs: [tags.markup-leak]
package newslint.rules.quality.markup_leak

import data.newslint.lib.boilerplate
import data.newslint.lib.result

# One finding per block: a single leak is named with its kind and fix;
# several in one block are listed together, from the first to the last.
report contains finding if {
	some _, found in boilerplate.by_block(boilerplate.tags("markup-leak"))
	count(found) == 1
	t := found[0]
	finding := result.fail_with(
		rego.metadata.chain(),
		t.span,
		sprintf("%s visible in the text: %q", [kind(t.text), t.text]),
		{"suggestion": fix(t.text)},
	)
}

report contains finding if {
	some _, found in boilerplate.by_block(boilerplate.tags("markup-leak"))
	count(found) > 1
	finding := result.fail_with(
		rego.metadata.chain(),
		boilerplate.spanning(found[0].span, found[count(found) - 1].span),
		sprintf("markup visible in the text: %s", [concat(", ", [sprintf("%q (%s)", [t.text, kind(t.text)]) | some t in array.slice(found, 0, 4)])]),
		{"suggestion": concat("; ", {fix(t.text) | some t in found})},
	)
}

kind(t) := "Markdown bold markers" if startswith(t, "**")

kind(t) := "Markdown heading marker" if startswith(t, "#")

kind(t) := "Markdown link" if {
	startswith(t, "[")
	contains(t, "](")
}

kind(t) := "shortcode" if {
	startswith(t, "[")
	not contains(t, "](")
	not wiki_tag(t)
}

kind(t) := "wiki edit link" if wiki_tag(t)

kind(t) := "HTML entity" if startswith(t, "&")

kind(t) := "HTML tag" if startswith(t, "<")

kind(t) := "page script" if script(t)

fix(t) := sprintf("remove the asterisks: %q", [trim(t, "*")]) if startswith(t, "**")

fix(t) := "remove the hashes and make the line a real heading" if startswith(t, "#")

fix(t) := "render the link or keep only its text" if {
	startswith(t, "[")
	contains(t, "](")
}

fix(t) := "remove the shortcode" if {
	startswith(t, "[")
	not contains(t, "](")
	not wiki_tag(t)
}

fix(t) := "remove the edit link, and check the source and licence of the copied text" if wiki_tag(t)

fix(t) := sprintf("write the character itself instead of %q", [t]) if startswith(t, "&")

fix(t) := "remove the tag" if startswith(t, "<")

fix(t) := "remove the script code" if script(t)

# Script code is what the other kinds are not: it opens with a name or "(".
script(t) if not substring(t, 0, 1) in {"*", "#", "[", "&", "<"}

# A wiki's edit link ("[edit]", "[Bearbeiten]", "[modifier | modifier le
# code]"): the lexicon's bracketed words that are not shortcodes.
wiki_tag(t) if regex.match(`^\[(?i:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|editar código)(?:\s*\|[^\]]*)?\]$`, t)
