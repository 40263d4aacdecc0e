// Package atstart readies start-up's heap for huge pages (hugepages.Start)
// when a command imports it. Its import path sorts it, and the packages it
// needs are the runtime's, so that it is initialised before the packages
// whose initialisation allocates the most.
package atstart

import "github.com/newslint/newslint/internal/hugepages"

func init() { hugepages.Start() }
