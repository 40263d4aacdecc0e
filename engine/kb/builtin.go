package kb

import (
	_ "embed"
)

//go:generate go -C ../../internal/tools run ./kbgen -o ../../engine/kb/builtin.nlkb

// builtinCompact is the built-in base (rules/kb/*.toml) in the compact
// form, made by go generate.
//
//go:embed builtin.nlkb
var builtinCompact string

// BuiltinCompact returns the embedded compact form of the built-in base.
func BuiltinCompact() string { return builtinCompact }
