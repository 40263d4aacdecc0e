package facts

import (
	"strings"
	"testing"
)

// A --data file's [cues.places] adds names by country code; a key that is
// no code is an error that names it.
func TestDecodeCuesPlaces(t *testing.T) {
	c, err := DecodeCues(map[string]any{"places": map[string]any{"GB": []any{"Blighty"}}})
	if err != nil || len(c.Places["GB"]) != 1 || c.Places["GB"][0] != "Blighty" {
		t.Fatalf("got %v, %v", c.Places, err)
	}
	_, err = DecodeCues(map[string]any{"places": map[string]any{"Britain": []any{"Blighty"}}})
	if err == nil || !strings.Contains(err.Error(), `cues.places: "Britain" is not a two-letter country code`) {
		t.Fatalf("got %v", err)
	}
}
