package facts

import "math"

// termIDF is a word's inverse document frequency: from the background table
// when it knows the word, else from the article's own blocks (df of n).
func termIDF(w string, df, n float64) float64 {
	return math.Log((n+1)/(df+1)) + 1
}
