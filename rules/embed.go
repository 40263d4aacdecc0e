// Package rules embeds newslint's built-in Rego rules, their helper
// libraries and the built-in data (knowledge base, lexicons).
package rules

import "embed"

// FS holds every file of this directory tree.
//
//go:embed *
var FS embed.FS
