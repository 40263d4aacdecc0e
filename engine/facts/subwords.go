package facts

import (
	"strings"
	"unicode/utf8"
)

// Language indexes in languages whose words the similarity normalises.
const (
	langGerman  = 1
	langFrench  = 2
	langSpanish = 3
)

// Limits of the German compound pieces, in runes: a piece shorter than
// pieceMin ("zeit", "teil", "halb") matches too many words by chance (the
// "Halbzeit" of a football report and the "halbe Million" of a story on
// solar panels), and a piece is cut only from a word that leaves at least
// pieceRest runes beside it.
const (
	pieceMin  = 5
	pieceRest = 3
	// pieceMaxWord bounds the pieces tried in one word (a 200-letter
	// "word" of a broken page would otherwise cost its square).
	pieceMaxWord = 40
)

// subwords maps an article's content words to the terms its topic
// similarity compares, for German, French and Spanish, where the same
// thing is written in many forms. Each word becomes its inflection stem
// ("Kraftwerke", "Kraftwerken" → "kraftwerk"; "elecciones", "elección" →
// "eleccion"; "électorales" → "electoral"), and a German compound also
// carries the longest of its leading and trailing pieces that another word
// of the same article shares ("Südbalkon" and "Balkonkraftwerk" share
// "balkon", "Balkonkraftwerk" and "Kraftwerksbetreiber" share "kraftwerk"):
// compounds are what German writes for English phrases, and two of them
// that share no whole word still speak of one thing. A piece counts only
// when two different words of the article carry it, so a word's own
// prefix ("ver", "gesch") never links it to a pasted story by itself: the
// piece must be a word, or the head of one word and the start of another.
// Work is linear in the article's distinct words (times their length,
// capped at pieceMaxWord).
type subwords struct {
	ids  map[string]int32
	lang int
}

// stem is a word's inflection stem in the article's language.
func (s *subwords) stem(w string) string {
	w = foldAccents(w, s.lang)
	n := utf8.RuneCountInString(w)
	strip := func(suffixes ...string) {
		for _, x := range suffixes {
			if strings.HasSuffix(w, x) && n-utf8.RuneCountInString(x) >= 3 {
				w = w[:len(w)-len(x)]
				n -= utf8.RuneCountInString(x)
				return
			}
		}
	}
	switch s.lang {
	case langGerman:
		// Genitive or plural -s first ("Kraftwerks", "Autos"), then the
		// endings of plurals, cases and adjectives, longest first.
		if !strings.HasSuffix(w, "ss") {
			strip("s")
		}
		strip("ern", "em", "en", "er", "es", "e", "n")
	case langFrench:
		// Plural and feminine endings, then those of verbs and their
		// participles ("annoncer", "annoncées") and of nouns made from
		// them; "-aux" is the plural of "-al" ("régionaux", "régional").
		if strings.HasSuffix(w, "aux") && n >= 6 {
			w = w[:len(w)-3] + "al"
			break
		}
		strip("ements", "ement", "ations", "ation", "ees", "es", "s", "x")
		strip("ee", "er", "ir", "e")
	case langSpanish:
		// The same for Spanish: plurals, gender, infinitives, participles
		// and gerunds ("desalojar", "desalojados", "desalojando").
		strip("aciones", "acion", "amientos", "amiento", "iendo", "ando",
			"ados", "adas", "idos", "idas", "ado", "ada", "ido", "ida",
			"es", "s")
		strip("ar", "er", "ir", "a", "o", "e")
	}
	return w
}

// foldAccents drops the accents that inflection moves or adds: German
// umlaut plurals ("Ertrag", "Erträge"), the Spanish written accent that
// comes and goes with the plural ("elección", "elecciones"), French
// participles' agreement leaves the é in place but folding it is harmless.
func foldAccents(w string, lang int) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case 'ä', 'à', 'â', 'á':
			r = 'a'
		case 'ö', 'ô', 'ó':
			r = 'o'
		case 'ü', 'û', 'ù', 'ú':
			r = 'u'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'í', 'î', 'ï':
			r = 'i'
		case 'ç':
			r = 'c'
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// id interns a term.
func (s *subwords) id(t string) int32 {
	if id, ok := s.ids[t]; ok {
		return id
	}
	id := int32(len(s.ids))
	s.ids[t] = id
	return id
}

// terms returns, for each of words (distinct vocabulary strings), the
// term ids it stands for: its stem, then for German its shared pieces.
func (s *subwords) terms(words []string, stop func(string) bool) [][]int32 {
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = s.stem(w)
	}
	out := make([][]int32, len(words))
	if s.lang != langGerman {
		for i, st := range stems {
			out[i] = []int32{s.id(st)}
		}
		return out
	}
	// carriers counts the distinct stems that carry a piece: as the whole
	// word, as its start (with a linking -s- dropped: "Kraftwerks|betreiber")
	// or as its end; starts counts those where it is the whole word or its
	// start. A piece that only ever ends words is a suffix ("ierung",
	// "schaft"), not a word.
	carriers := map[string]int32{}
	starts := map[string]int32{}
	seen := map[string]bool{}
	for _, st := range stems {
		if seen[st] {
			continue
		}
		seen[st] = true
		mine := map[string]bool{st: true}
		eachPiece(st, func(p string, lead bool) { mine[p] = mine[p] || lead })
		for p, lead := range mine {
			carriers[p]++
			if lead {
				starts[p]++
			}
		}
	}
	valid := func(p string) bool {
		return carriers[p] >= 2 && starts[p] >= 1 && !stop(p) && !particleOnly(p)
	}
	for i, st := range stems {
		t := []int32{s.id(st)}
		var lead, tail string
		eachPiece(st, func(p string, isLead bool) {
			if !valid(p) {
				return
			}
			if isLead && len(p) > len(lead) {
				lead = p
			}
			if !isLead && len(p) > len(tail) {
				tail = p
			}
		})
		if lead != "" {
			t = append(t, s.id(lead))
		}
		if tail != "" && tail != lead {
			t = append(t, s.id(tail))
		}
		out[i] = t
	}
	return out
}

// eachPiece calls visit with each leading piece of a German stem (isLead)
// and each trailing one, at least pieceMin runes long and leaving at least
// pieceRest beside it.
func eachPiece(st string, visit func(piece string, lead bool)) {
	r := []rune(st)
	if len(r) > pieceMaxWord || len(r) < pieceMin+pieceRest {
		return
	}
	for i := pieceMin; i <= len(r)-pieceRest; i++ {
		visit(string(r[:i]), true)
		// A linking -s- ("Kraftwerks|betreiber") is not part of the word.
		if r[i-1] == 's' && i-1 >= pieceMin {
			visit(string(r[:i-1]), true)
		}
	}
	for i := pieceRest; i <= len(r)-pieceMin; i++ {
		visit(string(r[i:]), false)
	}
}

// germanParticles are the prefixes German verbs and nouns are made with:
// two words that share only one of them and a letter or two ("versch" of
// "verschoben" and "verschärft", "gesch" of "Geschäft" and "Geschichte")
// share no topic.
var germanParticles = []string{"zusammen", "wieder", "durch", "unter", "ueber", "uber", "nach", "ent", "ver", "zer", "aus", "ein", "auf", "vor", "mit", "ge", "be", "er", "an", "ab", "um", "zu"}

// particleOnly reports a piece that is a particle and fewer than pieceMin
// runes more.
func particleOnly(p string) bool {
	for _, x := range germanParticles {
		if strings.HasPrefix(p, x) {
			return utf8.RuneCountInString(p)-utf8.RuneCountInString(x) < pieceMin
		}
	}
	return false
}
