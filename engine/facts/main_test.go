package facts

import (
	"os"
	"testing"
)

// TestMain reads the word lists first: tests call extractors that Extract
// would otherwise have warmed.
func TestMain(m *testing.M) {
	Warm()
	os.Exit(m.Run())
}
