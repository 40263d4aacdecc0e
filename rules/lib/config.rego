# METADATA
# title: Rule options
# description: Effective options of a rule (METADATA defaults overlaid with .newslint.toml).
package newslint.lib.config

import data.newslint.lib.result

# options returns the calling rule's options:
#
#   opts := config.options(rego.metadata.chain())
#   count(words) >= opts.min_words
options(chain) := data.newslint.config.options[result.rule_id(chain)]
