package facts

import (
	"fmt"
	"testing"
)

func TestForeignMonthYear(t *testing.T) {
	Warm()
	for text, want := range map[string]string{
		"seit Dezember 2021 im Amt":       "2021-12",
		"depuis mai 2017 à l'Élysée":      "2017-05",
		"desde junio de 2018 en el cargo": "2018-06",
		"seit 2021 im Amt":                "2021-00",
		"The Mars 2020 rover landed":      "",
		"Il visite Mars 2030 demain":      "",
	} {
		got := ""
		if ds := findDates(text); len(ds) > 0 {
			got = fmt.Sprintf("%d-%02d", ds[0].Year, ds[0].Month)
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

func TestGermanDayEndsNoSentence(t *testing.T) {
	Warm()
	if got := splitSentences("Merz ist seit dem 6. Mai 2025 Kanzler. Er regiert."); len(got) != 2 {
		t.Errorf("got %d sentences, want 2", len(got))
	}
	if got := splitSentences("Er kam um 6. Danach ging er."); len(got) != 2 {
		t.Errorf("got %d sentences, want 2", len(got))
	}
}

func TestPossessiveLabel(t *testing.T) {
	Warm()
	for l, want := range map[string]string{
		"NATO chief":                "NATO's chief",
		"IMF head":                  "IMF's head",
		"WHO chief":                 "",
		"US President":              "",
		"NATO's Secretary General":  "",
		"German Chancellor":         "",
		"Secretary-General of NATO": "",
	} {
		if got := possessiveLabel(l); got != want {
			t.Errorf("%q: got %q, want %q", l, got, want)
		}
	}
}
