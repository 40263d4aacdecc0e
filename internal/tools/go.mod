// Helpers for benchmarks and load tests. A module of their own, so that
// `go install ./...` at the root (as pre-commit runs it) installs only the
// newslint command.
module github.com/newslint/newslint/internal/tools

go 1.26.8

require github.com/newslint/newslint v0.0.0

require github.com/pelletier/go-toml/v2 v2.4.3 // indirect

replace github.com/newslint/newslint => ../..
