# METADATA
# title: Author box pasted into the article
# description: >-
#   An author box ("About the Author", "Administrator", "Hi, I'm ..., a
#   professional content writer") or a generated persona blurb ("Coffee
#   trailblazer. Passionate thinker. Creator.") stands in the body; short lines
#   between its phrases (a site name) belong to it.
# custom:
#   id: author-bio
#   severity: warning
#   needs: [runs]
#   example:
#     bad: |
#       The mayor promised to reopen the swimming pool within a hundred days.
#
#       Tea evangelist. Restless reader. Maker. Lifelong harbour enthusiast.
#     good: |
#       The mayor promised to reopen the swimming pool within a hundred days.
package newslint.rules.spam.author_bio

import data.newslint.lib.boilerplate

report contains finding if {
	some run in boilerplate.body_runs("author-bio")
	finding := boilerplate.run_finding(rego.metadata.chain(), run, "author box")
}
