package facts

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Cues are the phrase lists that tell when a sentence speaks and what a
// title's qualifier claims (rules/cues/*.toml, data.newslint.cues).
type Cues struct {
	Present       []string
	History       []string
	HistoryBefore []string
	// HistoryOpening are history phrases that count only where they open
	// their sentence ("During the pandemic, …"): further on they may be a
	// clause's of something else ("X, who was chancellor during the
	// pandemic, said on Monday").
	HistoryOpening []string
	// ServedBefore are the phrases of service to an office holder right
	// before the titled name ("adviser to President X").
	ServedBefore []string
	// Qualifiers maps a qualifier word to its claim: current, former,
	// future or then.
	Qualifiers map[string]string
	// Fused are qualifiers some languages write solid with the title
	// ("expresidente", "Altkanzler"): a word that starts with one and
	// goes on with a title is read as the two.
	Fused []string
	// Relative maps a phrase to an offset from the article's date: "-1y".
	Relative   map[string]string
	Tense      map[string][]string // present, present_plural, infinitive_leads, past, future
	Honorifics []string
	// SentenceStarters are common words that may open a sentence right
	// before a name without being part of it.
	SentenceStarters []string
	// Agents are nouns for the people of an administration: "the Biden
	// administration's officials" speak for it; other nouns after a
	// possessive adjectival form name things that may outlast it.
	Agents []string
	// Claims holds the claim grammar's words by language (en, fr, de, es):
	// rules/cues/claims.toml.
	Claims map[string]ClaimWords
	// Places holds, by country code, the names a title may be followed by
	// besides the country's standard ones in each language, which come
	// from Unicode CLDR: "Prime Minister of the UK", "presidente de
	// EE.UU.".
	Places map[string][]string
	// Seats holds, by role id, the names of the place an office is held
	// in, which stand for it: "moved into Downing Street", "est entré à
	// Matignon", "llegó a la Moncloa".
	Seats map[string][]string
}

// ClaimWords are one language's words of the claim grammar; see
// rules/cues/claims.toml for what each list does.
type ClaimWords struct {
	Present, Past, Future, Negation, Articles, Of, Pin, Since, AsOf, TermStart, Ahead []string
	HistoryOpeners, HistoryOwners, HistorySpans                                       []string
	TookOffice                                                                        []string
	InOffice, Lasts, Relatives                                                        []string
	ClauseOpeners                                                                     []string
	Reporting, Complementizers, ReportedOpeners, Listeners                            []string
	Leads, FormJoins, Heading, AnswerLeads, Died, DeathOf, Succession, Departure      []string
	Accession, ProfileJoins                                                           []string
	Now, Born, OwnerOpeners, Removal, OwnSuccessor, TimeClauses, Works                []string
	FormParticiples, Chosen, FormPast, LeftOffice, Resigned, Succeeded                []string
	EntersSeat, LeavesSeat                                                            []string
}

// claimClasses names the lists of ClaimWords as the data writes them.
var claimClasses = []string{"present", "past", "future", "negation", "articles", "of", "pin", "since", "as_of", "term_start", "ahead", "history_openers", "history_owners", "history_spans", "took_office", "in_office", "lasts", "relatives", "clause_openers", "reporting", "complementizers", "reported_openers", "listeners", "leads", "form_joins", "heading", "answer_leads", "died", "death_of", "succession", "departure", "accession", "profile_joins", "now", "born", "owner_openers", "removal", "own_successor", "time_clauses", "works", "form_participles", "chosen", "form_past", "left_office", "resigned", "succeeded", "enters_seat", "leaves_seat"}

// list returns the list of a class by its data name.
func (w *ClaimWords) list(class string) *[]string {
	switch class {
	case "present":
		return &w.Present
	case "past":
		return &w.Past
	case "future":
		return &w.Future
	case "negation":
		return &w.Negation
	case "articles":
		return &w.Articles
	case "of":
		return &w.Of
	case "pin":
		return &w.Pin
	case "since":
		return &w.Since
	case "as_of":
		return &w.AsOf
	case "term_start":
		return &w.TermStart
	case "ahead":
		return &w.Ahead
	case "history_openers":
		return &w.HistoryOpeners
	case "history_owners":
		return &w.HistoryOwners
	case "history_spans":
		return &w.HistorySpans
	case "took_office":
		return &w.TookOffice
	case "in_office":
		return &w.InOffice
	case "lasts":
		return &w.Lasts
	case "relatives":
		return &w.Relatives
	case "clause_openers":
		return &w.ClauseOpeners
	case "reporting":
		return &w.Reporting
	case "complementizers":
		return &w.Complementizers
	case "reported_openers":
		return &w.ReportedOpeners
	case "listeners":
		return &w.Listeners
	case "leads":
		return &w.Leads
	case "form_joins":
		return &w.FormJoins
	case "form_participles":
		return &w.FormParticiples
	case "chosen":
		return &w.Chosen
	case "form_past":
		return &w.FormPast
	case "left_office":
		return &w.LeftOffice
	case "resigned":
		return &w.Resigned
	case "succeeded":
		return &w.Succeeded
	case "enters_seat":
		return &w.EntersSeat
	case "leaves_seat":
		return &w.LeavesSeat
	case "heading":
		return &w.Heading
	case "answer_leads":
		return &w.AnswerLeads
	case "died":
		return &w.Died
	case "death_of":
		return &w.DeathOf
	case "succession":
		return &w.Succession
	case "departure":
		return &w.Departure
	case "accession":
		return &w.Accession
	case "profile_joins":
		return &w.ProfileJoins
	case "now":
		return &w.Now
	case "born":
		return &w.Born
	case "owner_openers":
		return &w.OwnerOpeners
	case "removal":
		return &w.Removal
	case "own_successor":
		return &w.OwnSuccessor
	case "time_clauses":
		return &w.TimeClauses
	case "works":
		return &w.Works
	}
	return nil
}

var claims = map[string]bool{"current": true, "former": true, "future": true, "then": true, "other": true, "elected": true}

// DecodeCues reads the cues from the merged data tree (data["cues"]).
func DecodeCues(v any) (Cues, error) {
	var c Cues
	m, ok := v.(map[string]any)
	if !ok {
		if v == nil {
			return c, nil
		}
		return c, fmt.Errorf("cues: want a table, got %T", v)
	}
	var errs []string
	list := func(m map[string]any, k string) []string {
		v, ok := m[k]
		if !ok {
			return nil
		}
		items, ok := v.([]any)
		if !ok {
			errs = append(errs, fmt.Sprintf("cues.%s must be a list of strings", k))
			return nil
		}
		out := make([]string, 0, len(items))
		for _, it := range items {
			s, ok := it.(string)
			if !ok {
				errs = append(errs, fmt.Sprintf("cues.%s: %v is not a string", k, it))
				continue
			}
			out = append(out, s)
		}
		return out
	}
	table := func(k string) map[string]any {
		t, _ := m[k].(map[string]any)
		if _, present := m[k]; present && t == nil {
			errs = append(errs, fmt.Sprintf("cues.%s must be a table", k))
		}
		return t
	}
	strMap := func(k string, check func(key, val string) error) map[string]string {
		out := map[string]string{}
		for key, v := range table(k) {
			s, ok := v.(string)
			if !ok {
				errs = append(errs, fmt.Sprintf("cues.%s.%s must be a string", k, key))
				continue
			}
			if err := check(key, s); err != nil {
				errs = append(errs, fmt.Sprintf("cues.%s.%s: %v", k, key, err))
				continue
			}
			out[key] = s
		}
		return out
	}
	c.Present = list(m, "present")
	c.History = list(m, "history")
	c.HistoryBefore = list(m, "history_before")
	c.HistoryOpening = list(m, "history_opening")
	c.ServedBefore = list(m, "served_before")
	c.Qualifiers = strMap("qualifiers", func(_, v string) error {
		if !claims[v] {
			return fmt.Errorf("%q is not a claim (current, former, future, then, other)", v)
		}
		return nil
	})
	c.Fused = list(m, "fused")
	for _, f := range c.Fused {
		if c.Qualifiers[f] == "" {
			errs = append(errs, fmt.Sprintf("cues.fused: %q is not one of the qualifiers", f))
		}
	}
	c.Relative = strMap("relative", func(_, v string) error {
		_, _, err := parseOffset(v)
		return err
	})
	c.Tense = map[string][]string{}
	tense := table("tense")
	for _, k := range []string{"present", "present_plural", "infinitive_leads", "past", "future"} {
		c.Tense[k] = list(tense, k)
	}
	names := table("names")
	c.Honorifics = list(names, "honorifics")
	c.SentenceStarters = list(names, "sentence_starters")
	c.Agents = list(table("adjectival"), "agents")
	c.Claims = map[string]ClaimWords{}
	for lang, v := range table("claims") {
		t, ok := v.(map[string]any)
		if !ok {
			errs = append(errs, fmt.Sprintf("cues.claims.%s must be a table", lang))
			continue
		}
		var w ClaimWords
		for k := range t {
			p := w.list(k)
			if p == nil {
				errs = append(errs, fmt.Sprintf("cues.claims.%s: unknown key %q (known: %s)", lang, k, strings.Join(claimClasses, ", ")))
				continue
			}
			*p = list(t, k)
		}
		c.Claims[lang] = w
	}
	places := table("places")
	if len(places) > 0 {
		c.Places = map[string][]string{}
	}
	for code := range places {
		if len(code) != 2 || strings.ToUpper(code) != code {
			errs = append(errs, fmt.Sprintf("cues.places: %q is not a two-letter country code in capitals", code))
			continue
		}
		c.Places[code] = list(places, code)
	}
	seats := table("seats")
	if len(seats) > 0 {
		c.Seats = map[string][]string{}
	}
	for role := range seats {
		c.Seats[role] = list(seats, role)
	}
	for k := range m {
		switch k {
		case "present", "history", "history_before", "history_opening", "served_before", "qualifiers", "fused", "relative", "tense", "names", "adjectival", "claims", "places", "seats":
		default:
			errs = append(errs, fmt.Sprintf("cues: unknown key %q", k))
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return c, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return c, nil
}

// parseOffset reads "-1y", "0m", "2w", "-1d".
func parseOffset(s string) (int, byte, error) {
	if len(s) < 2 || !strings.ContainsRune("dwmy", rune(s[len(s)-1])) {
		return 0, 0, fmt.Errorf("%q: want a number and d, w, m or y (\"-1y\")", s)
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil {
		return 0, 0, fmt.Errorf("%q: want a number and d, w, m or y (\"-1y\")", s)
	}
	return n, s[len(s)-1], nil
}
