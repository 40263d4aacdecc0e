package facts

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/engine/kb"
	"github.com/newslint/newslint/engine/textnorm"
)

// Gazetteer is everything the mention extractor looks for — people's names
// and aliases, office titles, adjectival forms ("the Biden
// administration"), event labels and the time cues — compiled into one
// index of phrases keyed by their first word, so that a block is matched in
// one pass over its words. Build it once with NewGazetteer; it is safe for
// concurrent use.
//
// When the base comes with a phrase index (the compact built-in base), the
// knowledge base's phrases are compiled a first word at a time, the first
// time a text has that word, so that start-up does not grow with the base.
type Gazetteer struct {
	kb *kb.Base
	// vocab numbers every word of every phrase; starts lists, by word
	// number, the phrases that begin with it, longest first.
	vocab      map[string]int32
	starts     [][]*phrase
	honorifics map[string]bool
	starters   map[string]bool
	agents     map[string]bool
	relative   map[*phrase]offset
	// opening are the history phrases that count only opening their
	// sentence (Cues.HistoryOpening).
	opening map[*phrase]bool
	// since holds the claim grammar's "since" words ("seit", "depuis"),
	// also when they end a longer claim phrase ("ist seit").
	since map[string]bool
	// titlePins are the one-word French and Spanish pin words of the claim
	// grammar, which may stand inside a title (adjectiveInTitle).
	titlePins map[string]bool
	fused     []string
	// places holds the cues' further names of countries, as words, by
	// code (placeNames).
	places map[string][][]string
	// seats are the words of each place an office is held in, with the
	// office's role id (cues.Seats).
	seats []seat
	// tense maps a one-word verb of the tense cues to its tense (present,
	// past, future), for the article's date (statedPresent).
	tense map[string]string
	// plural are the verbs of the present that are also the infinitive,
	// which infinitiveLeads before them make one.
	plural, infinitiveLeads map[string]bool
	// claimWords are the claim grammar's words by language; ownerCache
	// holds what each office heads, by role and language (owners).
	claimWords map[string]ClaimWords
	ownerCache sync.Map
	// nounCache holds each role's adjectival nouns by language
	// (formNouns).
	nounCache sync.Map

	// Lazy compilation: index (and extra, for what user data changed)
	// name the entries with phrases starting with a word; done holds the
	// words compiled. mu guards vocab, starts and done while it runs.
	mu    sync.RWMutex
	index *kb.PhraseIndex
	extra map[string][]kb.Ref
	done  map[string]bool
	// only, while set, keeps add to phrases starting with that word.
	only string
}

type offset struct {
	n    int
	unit byte
}

// Phrase kinds.
const (
	kName = iota
	kTitle
	kAdjectival
	kEvent
	kQualifier
	kPresent
	kHistory
	kHistoryBefore
	kServedBefore
	kRelative
	kPresentVerb
	kPastVerb
	kFutureVerb
	kClaim
	kindCount
)

// Name forms, from most to least certain.
const (
	formFull      = "full"
	formAlias     = "alias"
	formAmbiguous = "ambiguous"
	formSurname   = "surname"
	// formNickname: a name that is not a spelling of the person's name
	// ("BoJo"); as certain as an alias.
	formNickname = "nickname"
	// formPronoun: a subject pronoun that stands for the person the
	// sentences before are about ("He is currently the prime minister").
	formPronoun = "pronoun"
)

// Gap classes: what separates two words of a phrase.
const (
	gapSpace = iota
	gapHyphen
	gapApos
	gapNone
	gapOther
)

// phrase is a sequence of words to find in text.
type phrase struct {
	kind  int
	words []string // lower case
	ids   []int32  // the words' numbers in the vocabulary
	// cased holds the words as written for case-sensitive phrases (names);
	// upper their all-capitals forms. nil for phrases matched in any case.
	cased, upper []string
	gaps         []int

	// Payloads, by kind.
	names []nameRef // kName
	title *titleRef // kTitle
	adj   *adjRef   // kAdjectival
	event *kb.Event // kEvent
	claim string    // kQualifier
	cw    []claimWord
	text  string // the phrase as written in the data
	// plural: a short title in the plural ("Presidents"), which names
	// each of the names joined after it.
	plural bool
}

type nameRef struct {
	person *kb.Person
	form   string
}

type titleRef struct {
	label *kb.Role   // the role this text is a label of, if any
	short []*kb.Role // roles this text is a short title of
}

type adjRef struct {
	role   *kb.Role
	people []*kb.Person
	// name is the range of the phrase's words that is the surname.
	name [2]int
	// lang is the language of the form ("fr"), "" for English; a form
	// names the holder's government only in a block of its language
	// ("the administration Biden inherited" is English).
	lang string
}

// NewGazetteer compiles the knowledge base and cues. base may be nil (no
// people, offices or events are then found; dates, durations and tense
// still are).
func NewGazetteer(base *kb.Base, cues Cues) *Gazetteer {
	g := &Gazetteer{kb: base, vocab: map[string]int32{}, honorifics: map[string]bool{}, starters: map[string]bool{}, relative: map[*phrase]offset{}}
	for _, h := range cues.Honorifics {
		g.honorifics[strings.ToLower(h)] = true
	}
	for _, w := range cues.SentenceStarters {
		g.starters[strings.ToLower(w)] = true
	}
	g.agents = map[string]bool{}
	for _, w := range cues.Agents {
		g.agents[strings.ToLower(w)] = true
	}
	for _, s := range cues.Present {
		g.add(s, kPresent, false)
	}
	for _, s := range cues.History {
		g.add(s, kHistory, false)
	}
	for _, s := range cues.HistoryBefore {
		g.add(s, kHistoryBefore, false)
	}
	for _, s := range cues.HistoryOpening {
		if p := g.add(s, kHistory, false); p != nil {
			if g.opening == nil {
				g.opening = map[*phrase]bool{}
			}
			g.opening[p] = true
		}
	}
	for _, s := range cues.ServedBefore {
		g.add(s, kServedBefore, false)
	}
	for s, claim := range cues.Qualifiers {
		if p := g.add(s, kQualifier, false); p != nil {
			p.claim = claim
		}
	}
	for _, f := range cues.Fused {
		g.fused = append(g.fused, strings.ToLower(f))
	}
	for s, off := range cues.Relative {
		n, unit, _ := parseOffset(off)
		if p := g.add(s, kRelative, false); p != nil {
			g.relative[p] = offset{n, unit}
		}
	}
	g.claimWords = cues.Claims
	for role, names := range cues.Seats {
		for _, name := range names {
			if words := tokenKeys(name); len(words) > 0 {
				g.seats = append(g.seats, seat{role: role, words: words})
			}
		}
	}
	// Longest first, so that "10 Downing Street" wins over a shorter
	// name inside it; then by name, for the same order on every run.
	slices.SortFunc(g.seats, func(a, b seat) int {
		if len(a.words) != len(b.words) {
			return len(b.words) - len(a.words)
		}
		return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
	})
	for code, names := range cues.Places {
		if g.places == nil {
			g.places = map[string][][]string{}
		}
		for _, name := range names {
			if words := tokenKeys(name); len(words) > 0 {
				g.places[code] = append(g.places[code], words)
			}
		}
	}
	g.tense = map[string]string{}
	for _, k := range []string{tensePresent, tensePast, tenseFuture} {
		for _, s := range cues.Tense[k] {
			if !strings.Contains(s, " ") {
				g.tense[strings.ToLower(s)] = k
			}
		}
	}
	for _, s := range cues.Tense["present"] {
		g.add(s, kPresentVerb, false)
	}
	g.plural, g.infinitiveLeads = setOf(cues.Tense["present_plural"]), setOf(cues.Tense["infinitive_leads"])
	for _, s := range cues.Tense["present_plural"] {
		g.add(s, kPresentVerb, false)
	}
	for _, s := range cues.Tense["past"] {
		g.add(s, kPastVerb, false)
	}
	for _, s := range cues.Tense["future"] {
		g.add(s, kFutureVerb, false)
	}
	g.addClaimWords(cues.Claims)
	if base != nil {
		if base.Phrases() != nil {
			g.lazyKB(base)
		} else {
			base.Full()
			g.addKB(base.People, base.Roles, base.Roles, base.Events)
		}
	}
	for _, list := range g.starts {
		sortLongestFirst(list)
	}
	return g
}

func sortLongestFirst(list []*phrase) {
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
}

// addKB compiles the names of people, the titles of titleRoles, the
// adjectival forms of adjRoles and the labels of events: the whole base,
// or the entries with phrases starting with g.only.
func (g *Gazetteer) addKB(people []*kb.Person, titleRoles, adjRoles []*kb.Role, events []*kb.Event) {
	names := map[string]*phrase{}
	addName := func(text string, p *kb.Person, form string) {
		ph := names[text]
		if ph == nil {
			ph = g.add(text, kName, true)
			if ph == nil {
				return
			}
			names[text] = ph
		}
		for _, r := range ph.names {
			if r.person == p {
				return
			}
		}
		ph.names = append(ph.names, nameRef{p, form})
	}
	for _, p := range people {
		addName(p.Name, p, formFull)
		if v := plainCapitals(p.Name); v != p.Name {
			addName(v, p, formAlias)
		}
		for _, a := range p.Aliases {
			addName(a, p, formAlias)
		}
		for _, a := range p.AmbiguousAliases {
			addName(a, p, formAmbiguous)
		}
		for _, a := range p.Nicknames {
			addName(a, p, formNickname)
		}
	}
	// A two-word name written family name first ("Kishida Fumio", as
	// Japanese and Hungarian pages do): as certain as the name, unless it
	// is someone else's name.
	for _, p := range people {
		if rev := reversedName(p); rev != "" && names[rev] == nil {
			addName(rev, p, formAlias)
		}
	}
	// A nickname that stands for the given name is also written before the
	// surname ("Bibi Netanyahu", "Bongbong Marcos"): as certain as the name.
	for _, p := range people {
		for _, n := range p.Nicknames {
			if full := nicknameAndSurname(p, n); full != "" && names[full] == nil {
				addName(full, p, formAlias)
			}
		}
	}
	// A surname not listed as an alias counts like an ambiguous alias: only
	// next to a title, or after a full mention of its person.
	for _, p := range people {
		if p.Surname != "" && p.Surname != p.Name {
			addName(p.Surname, p, formSurname)
		}
	}
	titles := map[string]*phrase{}
	addOne := func(text string, ref *titleRef) *titleRef {
		k := strings.ToLower(text)
		ph := titles[k]
		if ph == nil {
			ph = g.add(text, kTitle, false)
			if ph == nil {
				return ref
			}
			if ref == nil {
				ref = &titleRef{}
			}
			ph.title = ref
			titles[k] = ph
		}
		return ph.title
	}
	addTitle := func(text string) *titleRef {
		if g.only != "" && !mayStartEither(text, g.only) {
			return nil // compiled lazily, for another word
		}
		t := addOne(text, nil)
		if v := plainCapitals(text); v != text {
			// Both spellings share one reference, so what is set on it
			// holds for both.
			if t == nil {
				t = addOne(v, nil)
			} else {
				addOne(v, t)
			}
		}
		return t
	}
	// A plural title names the offices whose short titles make it.
	addPlural := func(pl plural, r *kb.Role) {
		ph := titles[pl.lower]
		if ph == nil {
			if ph = g.add(pl.text, kTitle, false); ph == nil {
				return
			}
			ph.plural, ph.title = true, &titleRef{}
			titles[pl.lower] = ph
		}
		if ph.plural && !containsRole(ph.title.short, r) {
			ph.title.short = append(ph.title.short, r)
		}
	}
	// Abbreviations ("SecDef", "BoE Gov.") are labels matched with their
	// case: "SecDef" is an office, "secdef" nothing.
	abbrevs := map[string]*phrase{}
	addAbbrev := func(text string) *titleRef {
		ph := abbrevs[text]
		if ph == nil {
			ph = g.add(text, kTitle, true)
			if ph == nil {
				return nil
			}
			ph.title = &titleRef{}
			abbrevs[text] = ph
		}
		return ph.title
	}
	for _, r := range titleRoles {
		labels, shorts := r.Labels, r.ShortTitles
		for _, code := range kb.Languages {
			labels = append(labels[:len(labels):len(labels)], r.Lang[code].Labels...)
			shorts = append(shorts[:len(shorts):len(shorts)], r.Lang[code].ShortTitles...)
		}
		for _, l := range labels {
			if t := addTitle(l); t != nil {
				t.label = r
			}
		}
		// A prime minister's label with the short word for the office the
		// role also answers to: "der britische Premier" for "der britische
		// Premierminister", "Israeli PM" and "Israeli Premier" for "Israeli
		// Prime Minister". The nationality makes it a label, so it names
		// the office for anyone, not only for those who held it.
		for _, v := range premierLabels(g.leading(labels), shorts) {
			if t := addTitle(v); t != nil && t.label == nil {
				t.label = r
			}
		}
		// An organisation's title in the possessive: "NATO chief" is also
		// written "NATO's chief", "IMF head" "the IMF's head"; and a chief
		// is a boss in headlines: "Fed chief", "Fed boss".
		for _, l := range g.leading(r.Labels) {
			for _, v := range []string{possessiveLabel(l), bossLabel(l)} {
				if v == "" {
					continue
				}
				if t := addTitle(v); t != nil && t.label == nil {
					t.label = r
				}
			}
		}
		for _, s := range shorts {
			if t := addTitle(s); t != nil && !containsRole(t.short, r) {
				t.short = append(t.short, r)
			}
		}
		// Headlines call a department's head its chief or its boss:
		// "Defence chief" for "Defence Minister", "Treasury chief" for
		// "Secretary of the Treasury", "Russia's defence chief" for
		// "Russia's Defence Minister"; French its patron: "le patron de
		// la diplomatie" for "le chef de la diplomatie".
		for _, s := range r.ShortTitles {
			for _, v := range chiefTitles(s) {
				if t := addTitle(v); t != nil && !containsRole(t.short, r) {
					t.short = append(t.short, r)
				}
			}
		}
		for _, l := range append(r.Labels[:len(r.Labels):len(r.Labels)], r.Lang["fr"].Labels...) {
			for _, v := range chiefTitles(l) {
				if t := addTitle(v); t != nil && t.label == nil {
					t.label = r
				}
			}
		}
		for _, s := range r.Lang["fr"].ShortTitles {
			for _, v := range chiefTitles(s) {
				if t := addTitle(v); t != nil && !containsRole(t.short, r) {
					t.short = append(t.short, r)
				}
			}
		}
		// "Presidents Joe Biden and Emmanuel Macron", "les présidents …",
		// "los primeros ministros …".
		for _, code := range []string{"en", "fr", "es"} {
			list := r.ShortTitles
			if code != "en" {
				list = r.Lang[code].ShortTitles
			}
			for _, s := range list {
				if pl := pluralTitle(s, code); pl.text != "" && (g.only == "" || pl.first == g.only) {
					addPlural(pl, r)
				}
			}
		}
		// German declines a title after an article or a preposition: "dem
		// US-Präsidenten", "des Bundeskanzlers", "den Präsidenten des
		// Europäischen Rates".
		for _, l := range append(germanOnly(g.leading(r.Labels)), g.leading(r.Lang["de"].Labels)...) {
			for _, v := range germanCases(l) {
				if t := addTitle(v); t != nil && t.label == nil {
					t.label = r
				}
			}
		}
		for _, s := range append(germanOnly(g.leading(r.ShortTitles)), g.leading(r.Lang["de"].ShortTitles)...) {
			for _, v := range germanCases(s) {
				if t := addTitle(v); t != nil && !containsRole(t.short, r) {
					t.short = append(t.short, r)
				}
			}
		}
		for _, a := range r.Abbreviations {
			if t := addAbbrev(a); t != nil {
				t.label = r
			}
		}
	}
	for _, r := range adjRoles {
		g.addAdjectival(r)
	}
	for _, e := range events {
		for _, l := range e.Labels {
			if ph := g.add(l, kEvent, false); ph != nil {
				ph.event = e
			}
		}
	}
}

// pluralTitle is the plural of a short title in lang, with "" for none:
// English adds "s" to the last word ("Prime Ministers", "Foreign
// Secretaries"); French and Spanish to the first, and to the noun after
// "premier" or "primer" ("Premiers ministres", "primeros ministros",
// "presidentes del Gobierno"). A title of a word under three letters, an
// abbreviation or one that ends in "s" has none. Many offices share a
// title: each plural is made once.
func pluralTitle(s, lang string) plural {
	key := pluralKey{lang, s}
	pluralsMu.RLock()
	p, ok := plurals[key]
	pluralsMu.RUnlock()
	if !ok {
		p.text = makePlural(s, lang)
		if toks := tokenize(p.text); len(toks) > 0 {
			p.first, p.lower = toks[0].key, strings.ToLower(p.text)
		}
		pluralsMu.Lock()
		plurals[key] = p
		pluralsMu.Unlock()
	}
	return p
}

// plural is a title's plural, in lower case, and its first word, which
// tells at no cost whether a lazy compile for a word needs it.
type plural struct{ text, lower, first string }

type pluralKey struct{ lang, title string }

var (
	pluralsMu sync.RWMutex
	plurals   = map[pluralKey]plural{}
)

// makePlural makes pluralTitle's plural.
func makePlural(s, lang string) string {
	words := strings.Fields(s)
	if len(words) == 0 || len(words[len(words)-1]) < 3 || strings.HasSuffix(words[len(words)-1], ".") {
		return ""
	}
	if lang == "en" {
		last := &words[len(words)-1]
		switch {
		case strings.HasSuffix(*last, "s"):
			return ""
		case strings.HasSuffix(*last, "ry"):
			*last = strings.TrimSuffix(*last, "y") + "ies"
		default:
			*last += "s"
		}
		return strings.Join(words, " ")
	}
	n := 1
	if len(words) > 1 && premierWords[strings.ToLower(words[0])] {
		n = 2
	}
	for i := range n {
		words[i] = romancePlural(words[i], lang)
	}
	return strings.Join(words, " ")
}

// premierWords are the adjectives a French or Spanish title opens with,
// which take the plural with its noun.
var premierWords = map[string]bool{"premier": true, "première": true, "primer": true, "primera": true}

// romancePlural is the plural of a French or Spanish word: "-s", or "-es"
// after a Spanish consonant ("canciller", "cancilleres"); "primer" is
// "primeros".
func romancePlural(w, lang string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x"):
		return w
	case lang == "es" && strings.EqualFold(w, "primer"):
		return w + "os"
	case lang == "es" && !strings.ContainsAny(w[len(w)-1:], "aeiouáéíóú"):
		return w + "es"
	}
	return w + "s"
}

// premierLabels: for labels naming a prime minister in full, the same
// with the short words "Premier" and "PM" where the role's short titles
// have them ("britische Premierminister" gives "britische Premier",
// "primer ministro israelí" "premier israelí").
func premierLabels(labels, shorts []string) []string {
	var out []string
	for _, l := range labels {
		for _, full := range []string{"Prime Minister", "Premierminister", "primer ministro"} {
			i := strings.Index(l, full)
			if i < 0 || i > 0 && l[i-1] != ' ' || i+len(full) < len(l) && l[i+len(full)] != ' ' {
				continue
			}
			for _, short := range []string{"Premier", "PM"} {
				if (short == "Premier" || full == "Prime Minister") && slices.Contains(shorts, short) {
					w := short
					if full == "primer ministro" {
						w = "premier" // "el premier israelí"
					}
					out = append(out, l[:i]+w+l[i+len(full):])
				}
			}
		}
	}
	return out
}

// germanOnly are the titles of a role's shared lists that are German
// words ("Bundeskanzler", "Generalsekretär"), not English ones whose -s
// would make a plural ("Chancellors").
func germanOnly(titles []string) []string {
	var out []string
	for _, t := range titles {
		l := strings.ToLower(t)
		german := !allASCII(l) && strings.ContainsAny(l, "äöüß")
		for _, stem := range []string{"kanzler", "präsident", "minister", "chef"} {
			german = german || strings.HasSuffix(l, stem) && len(l) > len(stem) && !strings.Contains(l, " ")
		}
		if german {
			out = append(out, t)
		}
	}
	return out
}

// germanCases are a German title's forms after an article or a
// preposition: a weak noun takes -en in every case but the nominative
// ("Präsident", "dem Präsidenten"), a strong one -s in the genitive ("des
// Bundeskanzlers"); an adjective before it takes -en ("des französischen
// Präsidenten"). A feminine title keeps its form; nouns of other shapes
// are left as written.
func germanCases(label string) []string {
	words := strings.Fields(label)
	if len(words) == 0 {
		return nil
	}
	h := 0
	if first, _ := utf8.DecodeRuneInString(words[0]); unicode.IsLower(first) {
		if len(words) < 2 {
			return nil
		}
		h = 1
	}
	head := words[h]
	var forms []string
	switch {
	case strings.HasSuffix(head, "in") && !strings.HasSuffix(head, "ein"):
		return nil // "Präsidentin", "Kanzlerin"
	case strings.HasSuffix(head, "oge"):
		forms = []string{head + "n"}
	case strings.HasSuffix(head, "ent") || strings.HasSuffix(head, "ant") || strings.HasSuffix(head, "at") || strings.HasSuffix(head, "ist"):
		forms = []string{head + "en"}
	case strings.HasSuffix(head, "er") || strings.HasSuffix(head, "är") || strings.HasSuffix(head, "eur") || strings.HasSuffix(head, "chef") || strings.HasSuffix(head, "or"):
		forms = []string{head + "s"}
	default:
		return nil
	}
	var out []string
	for _, f := range forms {
		w := slices.Clone(words)
		w[h] = f
		if h == 1 {
			adj := strings.TrimSuffix(strings.TrimSuffix(w[0], "r"), "e")
			if adj == w[0] {
				continue
			}
			w[0] = adj + "en"
		}
		out = append(out, strings.Join(w, " "))
	}
	return out
}

// plainCapitals writes text's accented capitals without their accents, as
// French typography long did and wire copy still does ("secrétaire
// d'Etat", "ministre de l'Economie", "Edouard Philippe").
func plainCapitals(text string) string {
	if allASCII(text) || !strings.ContainsAny(text, "ÉÈÊËÀÂÎÏÔÙÛÇ") {
		return text
	}
	return strings.NewReplacer("É", "E", "È", "E", "Ê", "E", "Ë", "E", "À", "A", "Â", "A",
		"Î", "I", "Ï", "I", "Ô", "O", "Ù", "U", "Û", "U", "Ç", "C").Replace(text)
}

// possessiveLabel is "NATO's chief" for an English label "NATO chief": an
// acronym of two or more capitals, a space, then the rest. "" for any other
// label, for one already possessive, and for an acronym that is also a
// common word in lower case ("WHO", "US", "IT"), since titles match in any
// case ("who's chief").
func possessiveLabel(l string) string {
	first, rest, ok := strings.Cut(l, " ")
	if !ok || rest == "" || len(first) < 2 || strings.ContainsAny(rest, "'’") {
		return ""
	}
	for _, c := range first {
		if c < 'A' || c > 'Z' {
			return ""
		}
	}
	Warm()
	if stopwords[strings.ToLower(first)]&1 != 0 { // English
		return ""
	}
	return first + "'s " + rest
}

// reversedName is "Surname Given" for a person named "Given Surname" in
// two words, "" otherwise.
func reversedName(p *kb.Person) string {
	given, family, ok := strings.Cut(p.Name, " ")
	if !ok || strings.Contains(family, " ") || p.Surname != family || strings.ContainsAny(p.Name, ".") {
		return ""
	}
	return family + " " + given
}

// chiefDepartments are the departments whose head English headlines
// call the department's chief ("Defence chief", "Treasury chief").
var chiefDepartments = map[string]bool{
	"defence": true, "defense": true, "finance": true, "treasury": true, "interior": true,
	"justice": true, "health": true, "energy": true, "trade": true, "economy": true,
	"education": true, "homeland security": true,
}

// chiefTitles are the headline forms of a minister's or secretary's
// title: "Defence chief" and "Defence boss" for "Defence Minister" or
// "Secretary of Defence", with what comes before kept ("Russia's
// defence chief"); "patron de la diplomatie" for the French "chef de la
// diplomatie". None for other titles.
func chiefTitles(t string) []string {
	if rest, ok := strings.CutPrefix(t, "chef de la diplomatie"); ok {
		return []string{"patron de la diplomatie" + rest}
	}
	if rest, ok := strings.CutPrefix(t, "cheffe de la diplomatie"); ok {
		return []string{"patronne de la diplomatie" + rest}
	}
	words := strings.Fields(t)
	n := len(words)
	if n < 2 {
		return nil
	}
	var before []string
	var dept string
	switch last := strings.ToLower(words[n-1]); {
	case last == "minister" || last == "secretary":
		before, dept = words[:n-2], words[n-2]
		if n >= 3 && strings.EqualFold(words[n-3]+" "+dept, "homeland security") {
			before, dept = words[:n-3], words[n-3]+" "+dept
		}
	case n >= 3 && strings.EqualFold(words[0], "secretary") && strings.EqualFold(words[1], "of"):
		dept = strings.Join(words[2:], " ")
		dept = strings.TrimPrefix(dept, "the ")
	default:
		return nil
	}
	if !chiefDepartments[strings.ToLower(dept)] {
		return nil
	}
	head := strings.Join(append(slices.Clone(before), dept), " ")
	return []string{head + " chief", head + " boss"}
}

// bossLabel is "X boss" for an English label "X chief" ("Fed chief"):
// headlines write either; "" for other labels.
func bossLabel(l string) string {
	if head, ok := strings.CutSuffix(l, " chief"); ok && head != "" {
		return head + " boss"
	}
	return ""
}

// nicknameAndSurname is "nick Surname" for a one-word nickname that is
// not an initialism ("AMLO", "MBS" stand for the whole name) nor part of
// the name itself ("Evo" of Evo Morales); "" otherwise.
func nicknameAndSurname(p *kb.Person, nick string) string {
	if p.Surname == "" || strings.ContainsAny(nick, " .") || nick == strings.ToUpper(nick) || strings.Contains(p.Name, nick) {
		return ""
	}
	return nick + " " + p.Surname
}

// claimWord is a word of the claim grammar: its class and language.
type claimWord struct {
	class int
	lang  string
}

// Claim word classes (rules/cues/claims.toml).
const (
	cwPresent = iota
	cwPast
	cwFuture
	cwNegation
	cwArticle
	cwOf
	cwPin
	cwSince
	cwAsOf
	cwTermStart
	cwAhead
	cwHistOpener
	cwHistOwner
	cwHistSpan
	cwTookOffice
	cwInOffice
	cwLasts
	cwRelative
	cwClauseOpener
	cwReporting
	cwComplementizer
	cwReportedOpener
	cwListener
	cwLeads
	cwFormJoin
	cwHeading
	cwAnswerLead
	cwDied
	cwDeathOf
	cwSuccession
	cwDeparture
	cwAccession
	cwProfileJoin
	cwNow
	cwBorn
	cwOwnerOpener
	cwRemoval
	cwOwnSuccessor
	cwTimeClause
	cwWork
	cwFormParticiple
	cwChosen
	cwFormPast
	cwLeftOffice
	cwResigned
	cwSucceeded
	cwEntersSeat
	cwLeavesSeat
)

// addClaimWords indexes the claim grammar's words, each phrase once with
// every class and language it has.
func (g *Gazetteer) addClaimWords(claims map[string]ClaimWords) {
	seen := map[string]*phrase{}
	langs := make([]string, 0, len(claims))
	for lang := range claims {
		langs = append(langs, lang)
	}
	sort.Strings(langs)
	for _, lang := range langs {
		w := claims[lang]
		for class, name := range claimClasses {
			for _, text := range *w.list(name) {
				k := strings.ToLower(text)
				if class == cwSince {
					if g.since == nil {
						g.since = map[string]bool{}
					}
					g.since[k] = true
				}
				if class == cwPin && (lang == "fr" || lang == "es") && !strings.Contains(k, " ") {
					// "actuel", "actual" may stand inside a title.
					if g.titlePins == nil {
						g.titlePins = map[string]bool{}
					}
					g.titlePins[k] = true
				}
				ph := seen[k]
				if ph == nil {
					if ph = g.add(text, kClaim, false); ph == nil {
						continue
					}
					seen[k] = ph
				}
				ph.cw = append(ph.cw, claimWord{class, lang})
			}
		}
	}
}

// addAdjectival expands a role's forms ("{surname} administration") for
// every holder's surname, and the possessive ("Biden's administration").
func (g *Gazetteer) addAdjectival(r *kb.Role) {
	bySurname := map[string][]*kb.Person{}
	short := map[string]bool{} // names that are not a surname
	var order []string
	for _, t := range r.Terms {
		p := g.kb.Person(t.Person)
		if p == nil || p.Surname == "" {
			continue
		}
		// The surname, and a short name pages use in its place: "the
		// Jokowi administration", "the AMLO government", "the López
		// Obrador administration".
		for i, name := range append([]string{p.Surname}, formNames(p)...) {
			if i > 0 {
				short[name] = true
			}
			seen := false
			for _, q := range bySurname[name] {
				seen = seen || q == p
			}
			if !seen {
				if bySurname[name] == nil {
					order = append(order, name)
				}
				bySurname[name] = append(bySurname[name], p)
			}
		}
	}
	type langForm struct{ form, lang string }
	forms := make([]langForm, 0, len(r.Adjectival))
	for _, f := range r.Adjectival {
		forms = append(forms, langForm{f, ""})
	}
	for _, code := range kb.Languages {
		for _, f := range r.Lang[code].Adjectival {
			forms = append(forms, langForm{f, code})
		}
	}
	for _, lf := range forms {
		form := lf.form
		before, after, ok := strings.Cut(form, "{surname}")
		if !ok {
			continue
		}
		variants := []string{form}
		if noun, ok := strings.CutPrefix(after, "'s "); ok && lf.lang == "" {
			// "{surname}'s cabinet" is also "the Kishida cabinet"
			after = " " + noun
			variants = append(variants, before+"{surname}"+after)
		}
		if lf.lang == "" && strings.HasPrefix(after, " ") {
			if v := before + "{surname}'s" + after; v != form {
				variants = append(variants, v)
			}
			if before == "" {
				// "the Scholz-led government"
				variants = append(variants, "{surname}-led"+after)
				if after == " government" {
					// The coalition a head of government leads: "the
					// Scholz-led coalition", "the Scholz coalition".
					variants = append(variants, "{surname}-led coalition", "{surname} coalition", "{surname}'s coalition")
				}
			}
		}
		for _, surname := range order {
			if short[surname] && lf.lang != "" {
				continue // a short name's forms in English only
			}
			for _, v := range variants {
				g.addAdjectivalForm(r, v, surname, bySurname[surname], lf.lang)
			}
			if noun := strings.TrimSpace(before); lf.lang == "de" && noun != "" && after == "" && !strings.Contains(noun, " ") {
				// German's genitive before the noun: "Regierung Scholz" is
				// also "Scholz' Regierung", "Sunaks Regierung".
				g.addAdjectivalForm(r, "{surname} "+noun, germanGenitive(surname), bySurname[surname], lf.lang)
			}
		}
	}
}

// formNames are the short names, other than the surname, that stand for
// p in an office's adjectival form: one- or two-word aliases and
// nicknames that are not the full name.
// A spelling of the surname ("Zelenskyy" for "Zelensky") is left out:
// each name makes a phrase per form.
func formNames(p *kb.Person) []string {
	var out []string
	for _, a := range append(slices.Clone(p.Aliases), p.Nicknames...) {
		if a == p.Surname || a == p.Name || strings.Count(a, " ") > 1 || slices.Contains(out, a) || samePrefix(a, p.Surname, 3) {
			continue
		}
		if strings.Contains(a, " ") && !strings.HasSuffix(p.Name, a) {
			continue // two words: a compound surname ("López Obrador"), not a given name
		}
		out = append(out, a)
	}
	return out
}

// samePrefix: a and b open with the same n letters, in any case.
func samePrefix(a, b string, n int) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	return len(ra) >= n && len(rb) >= n && string(ra[:n]) == string(rb[:n])
}

// germanGenitive is a name in the German genitive: "Sunaks", and "Scholz'"
// for a name that ends in a hissing sound.
func germanGenitive(name string) string {
	if strings.HasSuffix(name, "s") || strings.HasSuffix(name, "ß") || strings.HasSuffix(name, "x") || strings.HasSuffix(name, "z") {
		return name + "'"
	}
	return name + "s"
}

// addAdjectivalForm adds form v of role r with name in place of
// {surname}, naming people.
func (g *Gazetteer) addAdjectivalForm(r *kb.Role, v, name string, people []*kb.Person, lang string) {
	pre, post, _ := strings.Cut(v, "{surname}")
	ph := g.add(pre+name+post, kAdjectival, false)
	if ph == nil {
		return
	}
	// The name keeps its case; the rest matches in any case.
	nPre := len(tokenize(pre))
	nameToks := tokenize(name)
	ph.cased = make([]string, len(ph.words))
	ph.upper = make([]string, len(ph.words))
	for i, t := range nameToks {
		w := tokText(name, t)
		ph.cased[nPre+i] = w
		ph.upper[nPre+i] = strings.ToUpper(w)
	}
	ph.adj = &adjRef{role: r, people: people, name: [2]int{nPre, nPre + len(nameToks)}, lang: lang}
}

// add compiles text into a phrase of the given kind and indexes it.
func (g *Gazetteer) add(text string, kind int, cased bool) *phrase {
	if g.only != "" && !mayStartWith(text, g.only) {
		return nil
	}
	toks := tokenize(text)
	if len(toks) == 0 || g.only != "" && toks[0].key != g.only {
		return nil
	}
	p := &phrase{kind: kind, text: text, words: make([]string, len(toks))}
	if cased {
		p.cased = make([]string, len(toks))
		p.upper = make([]string, len(toks))
	}
	for i, t := range toks {
		p.words[i] = t.key
		if cased {
			w := tokText(text, t)
			p.cased[i] = w
			p.upper[i] = strings.ToUpper(w)
		}
		if i > 0 {
			p.gaps = append(p.gaps, gapClass(text[toks[i-1].end:t.start]))
		}
	}
	p.ids = make([]int32, len(p.words))
	g.number(p)
	return p
}

// number numbers p's words in the vocabulary, into p.ids, and indexes p
// by its first word.
func (g *Gazetteer) number(p *phrase) {
	for i, w := range p.words {
		id, ok := g.vocab[w]
		if !ok {
			id = int32(len(g.starts))
			g.vocab[w] = id
			g.starts = append(g.starts, nil)
		}
		p.ids[i] = id
	}
	g.starts[p.ids[0]] = append(g.starts[p.ids[0]], p)
}

// wordIDs numbers the words of a block by the phrase vocabulary (-1 for a
// word no phrase has), reusing buf. The phrases its words start are
// compiled first, when they are compiled lazily.
func (g *Gazetteer) wordIDs(toks []token, buf []int32) []int32 {
	if g.done != nil {
		g.ensure(toks)
		g.mu.RLock()
		defer g.mu.RUnlock()
	}
	buf = resize(buf, len(toks))
	for i, t := range toks {
		if id, ok := g.vocab[t.key]; ok {
			buf[i] = id
		} else {
			buf[i] = -1
		}
	}
	return buf
}

// splitFused reads a word written solid with a qualifier ("expresidente",
// "Altkanzler") as the qualifier and the rest, when the rest starts a
// title. It returns toks itself when no word splits, else the words in
// buf.
func (g *Gazetteer) splitFused(toks, buf []token) []token {
	var at []int // word index and prefix length, in pairs
	for i, t := range toks {
		if n := g.fusedPrefix(t); n > 0 {
			at = append(at, i, n)
		}
	}
	if at == nil {
		return toks
	}
	out := buf[:0]
	prev := 0
	for k := 0; k < len(at); k += 2 {
		i, n := at[k], at[k+1]
		t := toks[i]
		out = append(out, toks[prev:i]...)
		q := token{start: t.start, end: t.start + n, key: t.key[:n], upper: t.upper}
		rest := token{start: t.start + n, end: t.end, key: t.key[n:]}
		out = append(out, q, rest)
		prev = i + 1
	}
	return append(out, toks[prev:]...)
}

// fusedPrefix is the length of the fused qualifier that word t starts
// with, if the rest starts a title; else 0.
func (g *Gazetteer) fusedPrefix(t token) int {
	if t.acronym || t.folded != "" {
		return 0
	}
	for _, f := range g.fused {
		if len(t.key) > len(f)+3 && strings.HasPrefix(t.key, f) && g.startsTitle(t.key[len(f):]) {
			return len(f)
		}
	}
	return 0
}

// startsTitle: some title begins with word w.
func (g *Gazetteer) startsTitle(w string) bool {
	return g.startsPhrase(w, func(p *phrase) bool { return p.kind == kTitle })
}

// oneWordName reports a name of the base written as one word w (lower
// case): a surname such as "biden".
func (g *Gazetteer) oneWordName(w string) bool {
	return g.startsPhrase(w, func(p *phrase) bool { return p.kind == kName && len(p.words) == 1 })
}

// startsPhrase reports a phrase that begins with word w and is one the
// caller wants.
func (g *Gazetteer) startsPhrase(w string, want func(*phrase) bool) bool {
	if g.done != nil {
		g.ensure([]token{{key: w}})
		g.mu.RLock()
		defer g.mu.RUnlock()
	}
	id, ok := g.vocab[w]
	if !ok || int(id) >= len(g.starts) {
		return false
	}
	return slices.ContainsFunc(g.starts[id], want)
}

// token is a word of a block's text: [start, end) bytes. An acronym
// written with dots ("U.S.") is one token whose key is its letters ("us").
type token struct {
	start, end int
	key        string // lower case
	upper      bool   // starts with a capital
	acronym    bool
	// folded is the word as written after normalisation (NFC, look-alike
	// letters folded), when that differs from the text at [start, end).
	folded string
}

// tokText is the word as written, dots of an acronym removed.
func tokText(s string, t token) string {
	w := s[t.start:t.end]
	if t.folded != "" {
		w = t.folded
	}
	if t.acronym {
		return strings.ReplaceAll(w, ".", "")
	}
	return w
}

// tokenize splits s into words (see tokenizeRaw) after folding it for
// matching: decomposed letters composed, look-alike letters from another
// script inside a Latin word folded, invisible characters inside a word
// dropped (package textnorm). Offsets stay those of s; keys are folded.
func tokenize(s string) []token {
	f, m := textnorm.Fold(s)
	if m == nil {
		return tokenizeRaw(s)
	}
	toks := tokenizeRaw(f)
	for i := range toks {
		t := &toks[i]
		a, b := m.Start(t.start), m.End(t.end)
		if w := f[t.start:t.end]; w != s[a:b] {
			t.folded = w
		}
		t.start, t.end = a, b
	}
	return toks
}

// tokenizeRaw splits s into words: runs of letters, digits and marks.
// Hyphens and apostrophes separate words ("Secretary-General" is two, with
// a hyphen between). Keys are cut from one lower-cased copy of s, so that
// words cost no allocation of their own.
func tokenizeRaw(s string) []token {
	low := lowerInPlace(s)
	out := make([]token, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += size
			continue
		}
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			if end, ok := acronymAt(s, i); ok {
				letters := strings.ReplaceAll(low[i:end], ".", "")
				out = append(out, token{start: i, end: end, key: letters, upper: true, acronym: true})
				i = end
				continue
			}
		}
		start := i
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
			i += size
		}
		t := token{start: start, end: i, key: low[start:i]}
		if c < utf8.RuneSelf {
			t.upper = c >= 'A' && c <= 'Z'
		} else {
			first, _ := utf8.DecodeRuneInString(s[start:])
			t.upper = unicode.IsUpper(first)
		}
		out = append(out, t)
	}
	return out
}

// lowerInPlace lower-cases s without changing any byte offset: a letter
// whose lower case is written with a different number of bytes keeps its
// case.
func lowerInPlace(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			upper = true
			break
		}
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return string(b)
}

// asciiWord marks the ASCII bytes that are word characters.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return
}()

// acronymAt matches single letters joined by dots ("U.S.", "U.K.") at i,
// taking the final dot; ok is false for anything else.
func acronymAt(s string, i int) (int, bool) {
	n, j := 0, i
	for j+1 < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		n++
		j += size + 1
	}
	if n < 2 {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && isWordRune(r) {
		return 0, false
	}
	return j, true
}

// gapClass classifies the text between two words.
func gapClass(g string) int {
	switch g {
	case "":
		return gapNone
	case "-", "‐", "‑":
		return gapHyphen
	case "'", "’":
		return gapApos
	}
	for _, r := range g {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return gapOther
		}
	}
	return gapSpace
}

// match is a phrase found at tokens [from, to).
type match struct {
	p        *phrase
	from, to int
}

// matchAt reports whether p matches the tokens at i; ids are the
// tokens' word numbers. With initial set, a middle initial stands after
// the phrase's first word (initialAt) and is skipped.
func (p *phrase) matchAt(s string, toks []token, ids []int32, i int, initial bool) bool {
	n := len(p.ids)
	if initial {
		n++
	}
	if i+n > len(toks) {
		return false
	}
	for k, w := range p.ids {
		j := i + k
		if initial && k > 0 {
			j++
		}
		t := toks[j]
		if ids[j] != w {
			return false
		}
		if p.cased != nil && p.cased[k] != "" {
			if got := tokText(s, t); got != p.cased[k] && got != p.upper[k] && !(k > 0 && nameParticles[t.key] && !isAllUpper(got)) {
				return false
			}
		}
		if k == 1 && initial {
			if p.gaps[0] != gapSpace {
				return false
			}
			continue
		}
		if k > 0 && gapClass(s[toks[j-1].end:t.start]) != p.gaps[k-1] {
			return false
		}
	}
	return true
}

// nameParticles may be written in either case inside a name: "Jean-Yves
// le Drian" and "Le Drian", "Ursula Von der Leyen".
var nameParticles = map[string]bool{
	"le": true, "la": true, "de": true, "du": true, "des": true, "di": true, "da": true,
	"von": true, "van": true, "der": true, "den": true, "del": true, "ter": true,
}

// isAllUpper: w has letters and all are capitals ("LE"), as a heading
// writes them; such a word already matched by the upper-case form.
func isAllUpper(w string) bool { return strings.ToUpper(w) == w && strings.ToLower(w) != w }

// initialAt: word j is a middle initial between two words of a name — one
// capital letter, a space before it and a space or a full stop and a space
// after it ("Antony J. Blinken", "Janet L Yellen"). Official releases write
// most names so; the knowledge base lists them without it.
func initialAt(s string, toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	t := toks[j]
	if t.end-t.start != 1 || s[t.start] < 'A' || s[t.start] > 'Z' {
		return false
	}
	if gapClass(s[toks[j-1].end:t.start]) != gapSpace {
		return false
	}
	after := s[t.end:toks[j+1].start]
	return gapClass(after) == gapSpace || strings.HasPrefix(after, ".") && gapClass(after[1:]) == gapSpace
}

// nicknameAt: word j is a nickname in quotes inside a name, between its
// first and last word: Jorge "Tuto" Quiroga, Ferdinand ‘Bongbong’
// Marcos.
func nicknameAt(s string, toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) || !toks[j].upper {
		return false
	}
	gb, ga := s[toks[j-1].end:toks[j].start], s[toks[j].end:toks[j+1].start]
	before, after := strings.TrimSpace(gb), strings.TrimSpace(ga)
	if before == gb || after == ga {
		return false // no space outside the quotes
	}
	switch before + after {
	case `""`, "“”", "''", "‘’", "«»":
		// French sets spaces inside its quotes, others none.
		return before == "«" || !strings.HasSuffix(gb, " ") && !strings.HasPrefix(ga, " ")
	}
	return false
}

// adjectiveInTitle: word j is a French or Spanish nationality adjective,
// or a one-word pin of those languages ("actuel", "actual"), which may
// stand inside a title after its first word ("ministro ruso de Defensa",
// "presidente actual de Estados Unidos").
func (g *Gazetteer) adjectiveInTitle(toks []token, j int) bool {
	t := toks[j]
	return !t.upper && (demonyms["fr"][t.key] || demonyms["es"][t.key] || g.titlePins[t.key])
}

// scan finds every phrase in s, by kind, into out (whose slices it
// reuses); within a kind, matches do not overlap (the leftmost, then the
// longest, wins). ids are the tokens' word numbers (wordIDs).
func (g *Gazetteer) scan(s string, toks []token, ids []int32, out *[kindCount][]match) {
	if g.done != nil {
		g.mu.RLock()
		defer g.mu.RUnlock()
	}
	for k := range out {
		out[k] = out[k][:0]
	}
	var reach [kindCount]int // first token free for each kind
	for i, id := range ids {
		if id < 0 {
			continue
		}
		for _, p := range g.starts[id] {
			if i < reach[p.kind] {
				continue
			}
			// Most candidates fail on their second word: test it inline.
			end := -1
			if len(p.ids) < 2 || i+1 < len(ids) && ids[i+1] == p.ids[1] {
				if p.matchAt(s, toks, ids, i, false) {
					end = i + len(p.words)
				}
			} else if p.kind == kName && p.cased != nil && (initialAt(s, toks, i+1) || nicknameAt(s, toks, i+1)) && p.matchAt(s, toks, ids, i, true) {
				end = i + len(p.words) + 1
			} else if p.kind == kTitle && i+2 < len(ids) && ids[i+2] == p.ids[1] && g.adjectiveInTitle(toks, i+1) && p.matchAt(s, toks, ids, i, true) {
				// "ministro ruso de Defensa", "ministre russe de la Défense".
				end = i + len(p.words) + 1
			}
			if end < 0 {
				continue
			}
			out[p.kind] = append(out[p.kind], match{p, i, end})
			reach[p.kind] = end
		}
	}
}

// seat is a place an office is held in, as words, and the office's role.
type seat struct {
	role  string
	words []string
}
