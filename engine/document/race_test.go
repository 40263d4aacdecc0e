//go:build race

package document

// raceDetector is set when the tests run under the race detector, which
// slows code several times over: timings mean nothing then.
const raceDetector = true
