package facts

import (
	"slices"
	"strings"
	"sync"

	"github.com/newslint/newslint/engine/kb"
)

//go:generate go test -run TestPlaceNameTable -update .

// placeNames holds, by jurisdiction code, the words of the country's name
// in each of the languages whose country names follow a title ("Prime
// Minister of Japan", "Premier ministre du Japon", "Präsident von
// Frankreich", "presidente de Francia"); nil for a code that is no
// country (an organisation's).
var placeNames sync.Map // string → [][]string

func namesOf(code string) [][]string {
	if v, ok := placeNames.Load(code); ok {
		return v.([][]string)
	}
	var out [][]string
	if names, ok := countryNames(code); ok {
		seen := map[string]bool{}
		for _, name := range names {
			if name == "" || seen[name] {
				continue
			}
			seen[name] = true
			if words := tokenKeys(name); len(words) > 0 {
				out = append(out, words)
			}
		}
	}
	placeNames.Store(code, out)
	return out
}

// placeNameEntry is a country's names in English, French, German and
// Spanish, by its ISO 3166 code.
type placeNameEntry struct {
	code  string
	names [4]string
}

// countryNames is the names of the country with code, read as
// golang.org/x/text's language.ParseRegion reads it (any case; ISO 3166
// alpha-2, alpha-3 or numeric), and the European Union's for "EU"; ok is
// false for a code that is no country. The names are Unicode CLDR's, from
// x/text's display package, written out in placenames.go (a test compares
// them with the package) so that the binary need not carry its tables.
func countryNames(code string) ([4]string, bool) {
	up := strings.ToUpper(code)
	if up == "EU" && code != "EU" {
		return [4]string{}, false
	}
	if i, ok := slices.BinarySearchFunc(placeCodeAliases, up, func(a [2]string, c string) int { return strings.Compare(a[0], c) }); ok {
		up = placeCodeAliases[i][1]
	}
	i, ok := slices.BinarySearchFunc(placeNameTable, up, func(e placeNameEntry, c string) int { return strings.Compare(e.code, c) })
	if !ok {
		return [4]string{}, false
	}
	return placeNameTable[i].names, true
}

// tokenKeys is a name's words as the scanner keys them.
func tokenKeys(name string) []string {
	var words []string
	for _, tok := range tokenize(name) {
		words = append(words, tok.key)
	}
	return words
}

// placeNames is the country's names in the four languages and the cues'
// further names for it.
func (g *Gazetteer) placeNames(code string) [][]string {
	names := namesOf(code)
	if extra := g.places[code]; len(extra) > 0 {
		names = append(names[:len(names):len(names)], extra...)
	}
	return names
}

// placeTitles extends a short title followed by the name of its country
// ("président de la France", "primer ministro de Japón", in German also
// the genitive "Premierminister Japans") over that name, and narrows it
// to the offices of that country: the title then names the office, as a
// label does, whoever the name after it is. A short title
// with "of" and another place stays as it was (titleEnds decides).
func (bs *blockScan) placeTitles() {
	for i := range bs.titles {
		m := &bs.titles[i]
		if m.p.title == nil || m.p.title.label != nil || len(m.p.title.short) == 0 {
			continue
		}
		if !bs.joined(m.to) {
			continue
		}
		// "of (the) PLACE", or in German a genitive: "Kanzler Deutschlands".
		k, genitive := m.to, bs.lang == "de"
		if of, _, ok := bs.claimWordAt(k, cwOf); ok {
			// "Premierminister des Vereinigten Königreichs": the German
			// genitive article keeps the name's genitive ending.
			k, genitive = of.to, bs.lang == "de" && bs.toks[k].key == "des"
			if a, _, ok := bs.claimWordAt(k, cwArticle); ok && bs.joined(k) {
				k = a.to
			}
		}
		if k == m.to && !genitive {
			continue
		}
		var roles []*kb.Role
		end := 0
		for _, r := range m.p.title.short {
			for _, name := range bs.g.placeNames(r.Jurisdiction) {
				if e, ok := bs.wordsAt(k, name, genitive); ok {
					roles, end = append(roles, r), e
					break
				}
			}
		}
		if len(roles) == 0 {
			continue
		}
		p := *m.p
		if len(roles) == 1 {
			p.title = &titleRef{label: roles[0]}
		} else {
			p.title = &titleRef{short: roles}
		}
		m.p, m.to = &p, end
	}
}

// wordsAt: the words from k on are words, each joined to the one before;
// with genitive, the last one takes an "s" ("Japans").
func (bs *blockScan) wordsAt(k int, words []string, genitive bool) (int, bool) {
	for i, w := range words {
		if k+i >= len(bs.toks) || !bs.joined(k+i) {
			return 0, false
		}
		key := bs.toks[k+i].key
		if genitive && i == len(words)-1 {
			if len(key) != len(w)+1 || key[len(w)] != 's' || key[:len(w)] != w {
				return 0, false
			}
		} else if key != w {
			return 0, false
		}
	}
	return k + len(words), len(words) > 0
}
