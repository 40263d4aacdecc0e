# METADATA
# title: Router
# description: Evaluates every enabled rule and collects its findings.
package newslint.main

# Built-in rules live at data.newslint.rules.<category>.<name>, custom rules
# at data.newslint.rules.custom.<category>.<name>. The engine lists the
# enabled ones, so disabled rules are never evaluated. Each finding comes
# back with the id of the rule that made it, so the engine can name the
# rule when a finding is malformed.
report contains {"id": r.id, "finding": finding} if {
	some r in data.newslint.config.enabled
	not r.custom
	some finding in data.newslint.rules[r.category][r.name].report
}

report contains {"id": r.id, "finding": finding} if {
	some r in data.newslint.config.enabled
	r.custom
	some finding in data.newslint.rules.custom[r.category][r.name].report
}
