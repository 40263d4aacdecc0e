//go:build race

package document

// raceDetector is set when the tests run under the race detector, which
// makes sync.Pool drop what it is given: allocation figures mean nothing
// then.
const raceDetector = true
