# METADATA
# title: Markup visible in the text
# description: >-
#   Markup that should have been rendered shows as text: Markdown bold
#   markers or heading hashes, raw shortcodes ("[caption id=...]"), doubly
#   escaped entities ("&amp;amp;"), HTML tags in plain text.
# custom:
#   id: markup-leak
#   severity: warning
package newslint.rules.quality.markup_leak

import data.newslint.lib.boilerplate
import data.newslint.lib.result

report contains finding if {
	some t in boilerplate.tags("markup-leak")
	finding := result.fail_with(
		rego.metadata.chain(),
		t.span,
		sprintf("%s visible in the text: %q", [kind(t.text), t.text]),
		{"suggestion": fix(t.text)},
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
}

kind(t) := "HTML entity" if startswith(t, "&")

kind(t) := "HTML tag" if startswith(t, "<")

fix(t) := sprintf("remove the asterisks: %q", [trim(t, "*")]) if startswith(t, "**")

fix(t) := "remove the hashes and make the line a real heading" if startswith(t, "#")

fix(t) := "render the link or keep only its text" if {
	startswith(t, "[")
	contains(t, "](")
}

fix(t) := "remove the shortcode" if {
	startswith(t, "[")
	not contains(t, "](")
}

fix(t) := sprintf("write the character itself instead of %q", [t]) if startswith(t, "&")

fix(t) := "remove the tag" if startswith(t, "<")
