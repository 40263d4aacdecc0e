package facts

import (
	"slices"
	"testing"
)

func TestSubwordStemsJoinInflections(t *testing.T) {
	for _, c := range []struct {
		lang  int
		forms []string
	}{
		{langGerman, []string{"kraftwerk", "kraftwerke", "kraftwerken", "kraftwerks"}},
		{langGerman, []string{"ertrag", "erträge"}},
		{langFrench, []string{"électoral", "électorale", "électorales", "électoraux"}},
		{langFrench, []string{"annoncer", "annoncé", "annoncée", "annoncées"}},
		{langSpanish, []string{"elección", "elecciones"}},
		{langSpanish, []string{"político", "política", "políticos"}},
		{langSpanish, []string{"desalojar", "desalojados", "desalojando"}},
	} {
		s := &subwords{ids: map[string]int32{}, lang: c.lang}
		want := s.stem(c.forms[0])
		for _, w := range c.forms[1:] {
			if got := s.stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q: want one stem", w, got, c.forms[0], want)
			}
		}
	}
}

// termsOf returns the terms of each word, as strings.
func termsOf(lang int, words ...string) map[string][]string {
	s := &subwords{ids: map[string]int32{}, lang: lang}
	ids := s.terms(words, func(p string) bool { return stopwords[p]&(1<<lang) != 0 })
	names := make([]string, len(s.ids))
	for k, id := range s.ids {
		names[id] = k
	}
	out := map[string][]string{}
	for i, w := range words {
		for _, id := range ids[i] {
			out[w] = append(out[w], names[id])
		}
	}
	return out
}

func TestGermanCompoundsShareTheirPieces(t *testing.T) {
	got := termsOf(langGerman, "balkonkraftwerke", "südbalkon", "kraftwerksbetreiber", "solaranlagen", "solarmodule", "strom", "netzstrom")
	s := &subwords{lang: langGerman}
	for w, piece := range map[string]string{
		"südbalkon":           "balkon",    // the head of one, the start of another
		"balkonkraftwerke":    "kraftwerk", // ... with a linking -s- dropped
		"kraftwerksbetreiber": "kraftwerk",
		"solaranlagen":        "solar", // the start of two words
		"netzstrom":           "strom", // a word of the article
	} {
		if !slices.Contains(got[w], s.stem(piece)) {
			t.Errorf("%s: terms %v, want %q among them", w, got[w], piece)
		}
	}
}

func TestGermanPiecesNeedAWord(t *testing.T) {
	// Suffixes shared only as endings, particles with a letter or two,
	// and short words are not topics: these words share none of their
	// pieces.
	got := termsOf(langGerman, "regierung", "finanzierung", "wirtschaft", "mannschaft", "verschoben", "verschärft", "geschäft", "geschichte", "halbe", "halbzeit")
	for w, terms := range got {
		if len(terms) != 1 {
			t.Errorf("%s: terms %v, want its stem alone", w, terms)
		}
	}
}

func TestFrenchAndSpanishHaveNoPieces(t *testing.T) {
	for lang, words := range map[int][]string{
		langFrench:  {"portefeuille", "porte", "feuille"},
		langSpanish: {"guardacostas", "guarda", "costas"},
	} {
		for w, terms := range termsOf(lang, words...) {
			if len(terms) != 1 {
				t.Errorf("%s: terms %v, want its stem alone", w, terms)
			}
		}
	}
}

const germanCompounds = `# Mieter dürfen leichter Balkonkraftwerke anschließen

Der Bundestag hat eine Änderung des Mietrechts beschlossen, die Balkonkraftwerke zu einer privilegierten Maßnahme macht und Vermietern nur noch bei der Art der Befestigung ein Mitspracherecht lässt.

Bisher konnten Eigentümer die Montage von Solarmodulen am Geländer ohne Begründung untersagen, wie Verbraucherschützer seit Jahren kritisiert hatten, die nun von einem überfälligen Schritt sprechen.

Die Netzagentur zählt inzwischen mehr als eine halbe Million registrierter Solaranlagen dieser Art, die meisten mit einer Leistung von 600 bis 800 Watt für den Grundverbrauch eines Haushalts.

Wer einen Südbalkon hat, holt aus einem Balkonkraftwerk die höchsten Erträge, doch auch andere Lagen rechnen sich nach Angaben von Kraftwerksbetreibern meist nach sechs bis neun Jahren.

Der Trainer des Tabellenführers lobte nach dem knappen Auswärtssieg vor allem die Abwehr seiner Mannschaft, die in der zweiten Halbzeit kaum eine Torchance des Gegners zuließ.
`

func TestGermanSimilaritySeesCompounds(t *testing.T) {
	f := extract(t, "story.md", germanCompounds)
	if f.Language != "de" {
		t.Fatalf("language %q, want de", f.Language)
	}
	// Shares only compounds with the rest: "Südbalkon", "Balkonkraftwerk",
	// "Kraftwerksbetreibern" against "Balkonkraftwerke".
	if s := blockAt(t, f, "Wer einen Südbalkon").Similarity; s <= 0.02 {
		t.Errorf("on-topic paragraph: similarity %v, want > 0.02", s)
	}
	if s := blockAt(t, f, "Der Trainer").Similarity; s > 0.02 {
		t.Errorf("pasted paragraph: similarity %v, want <= 0.02", s)
	}
}
