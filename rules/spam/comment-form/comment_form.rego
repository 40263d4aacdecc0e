# METADATA
# title: Comment form pasted into the article
# description: >-
#   The text of a comment form ("Leave a Reply", "Your email address will not
#   be published", "Required fields are marked *", the log-in lines "You are
#   commenting using your … account. Log Out / Change") stands in the body.
#   One finding covers the whole form; a lone field label ("Email") is not
#   a form.
# custom:
#   id: comment-form
#   severity: warning
#   needs: [runs]
#   example:
#     bad: |
#       The trust will open the cottage as a museum next summer.
#
#       You are commenting using your Mastodon account. Log Out / Change )
#     good: |
#       The trust will open the cottage as a museum next summer.
package newslint.rules.spam.comment_form

import data.newslint.lib.boilerplate

report contains finding if {
	some run in boilerplate.body_runs("comment-form")
	form_like(run)
	finding := boilerplate.run_finding(rego.metadata.chain(), run, "comment form")
}

# A form has more than one field, or more than a field's label: a lone
# "Email" or "Website" line is a share button or an author's link, and a
# lone "Comments" (or "Kommentare", "12 comentarios") beside a byline is the
# link to the comments below, not the form itself.
form_like(run) if count(run.texts) >= 2

form_like(run) if {
	some text in run.texts
	not lone_label(text)
}

lone_label(text) if lower(trim_space(text)) in {"name", "email", "e-mail", "website", "reply"}

lone_label(text) if regex.match(`^(?i)#?\s*(\d+\s+)?(comments?|kommentare?|comentarios?|commentaires?)(\s+\(?\d+\)?)?$`, trim_space(text))
