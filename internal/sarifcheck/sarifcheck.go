// Package sarifcheck validates SARIF logs against the official SARIF 2.1.0
// JSON schema. Only tests import it.
//
// testdata/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema
// (errata01, JSON Schema draft-04), copied byte for byte from the Go module
// github.com/securego/gosec/v2@v2.30.0, file
// report/sarif/testdata/sarif-schema-2.1.0.json (sha256
// c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e). Its
// content is identical to the schema embedded in
// github.com/owenrumney/go-sarif/v3@v3.3.1 (pkg/report/v210/sarif/schema.go).
package sarifcheck

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed testdata/sarif-schema-2.1.0.json
var schemaJSON []byte

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // check uri and uri-reference values too
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		return nil, err
	}
	return c.Compile("sarif-schema-2.1.0.json")
})

// Validate reports whether log is a valid SARIF 2.1.0 log.
func Validate(log []byte) error {
	s, err := compiled()
	if err != nil {
		return fmt.Errorf("compiling the SARIF schema: %w", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return s.Validate(inst)
}
