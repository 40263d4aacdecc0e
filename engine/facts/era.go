package facts

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/newslint/newslint/engine/kb"
)

// Era is, for an article without a date, the earliest day it can be from
// by what its text says of the present: the latest first day in office
// among the people it names as holding an office now ("Chancellor
// Friedrich Merz": not before 6 May 2025). A text cannot name someone by
// an office they have yet to take, while a title left over from before is
// the usual slip, so the latest first day is the bound; a mention that is
// wrong on every day from then on is what the rules report
// (stale-officeholder, former-title-in-office, stale-administration).
// Where most of those people were in office at once only from a later
// day, that day is the bound ("President Trump" beside "Prime Minister
// Keir Starmer": not before Trump's second term, 20 January 2025).
//
// The year of something that has happened, as the text names it in its
// own words, bounds it too ("the 2026 Greenland crisis" cannot be spoken
// of before 2026), and so does a date it tells of in the past ("On June
// 3, 2025, the provinces signed …"). The latest bound wins.
type Era struct {
	// From is the bound, YYYY-MM-DD: the first day of the anchor's first
	// term in the office, or the first day of the year of what happened.
	From string `json:"from"`
	// Mention is the index of the anchor, the mention the bound comes
	// from; -1 when the bound comes from no mention.
	Mention int `json:"mention"`
	// Kind is where the bound comes from: office (the anchor's first day
	// in office), together (the day the anchor took office, from which on
	// the most of the people the text names as holding an office were in
	// office at once), happened (the year of something that happened: "the
	// 2026 Greenland crisis") or past (a date the text tells of in the
	// past: "On March 3, 2025, the council voted").
	Kind string `json:"kind"`
	// Text and Span are the phrase or date the bound comes from when it
	// is not a mention.
	Text string `json:"text,omitempty"`
	Span *Span  `json:"span,omitempty"`
}

// happened is a year the text names as that of something that has
// happened: the first day of the year, and the phrase.
type happened struct {
	from  string
	text  string
	span  Span
	block int
}

// anchorForms are the ways of tying a name to a title that say the
// person holds the office at the time of writing ("Prime Minister Jane
// Doe", "Jane Doe, the prime minister", "Jane Doe is the prime
// minister"); a headline's or a question's pairing is left out.
var anchorForms = map[string]bool{formTitle: true, formOwner: true, formApposition: true,
	formRelative: true, formCopula: true, formInverted: true}

// eraOf finds the era of an undated article: nil when the article has a
// date or names nobody as holding an office now in its own words.
func eraOf(f *Facts, base *kb.Base) *Era {
	if f.Date.Start != "" || base == nil {
		return nil
	}
	var era *Era
	var held []heldOffice
	seen := map[[2]string]bool{}
	for i := range f.Mentions {
		m := &f.Mentions[i]
		if !anchor(f, m) {
			continue
		}
		p := base.Person(m.Person)
		if p == nil {
			continue
		}
		first := ""
		var terms []*kb.Term
		for _, t := range p.Terms {
			if t.Role == m.Role && t.Start != "" {
				terms = append(terms, t)
				if first == "" || t.Start < first {
					first = t.Start
				}
			}
		}
		if first != "" && (era == nil || first > era.From) {
			era = &Era{From: first, Mention: i, Kind: "office"}
		}
		if k := [2]string{m.Person, m.Role}; len(terms) > 0 && !seen[k] {
			seen[k] = true
			held = append(held, heldOffice{mention: i, terms: terms})
		}
	}
	if era != nil {
		if day, i := together(held, era.From); day > era.From {
			era = &Era{From: day, Mention: i, Kind: "together"}
		}
	}
	for _, h := range f.happened {
		if (era == nil || h.from > era.From) && !inTeaser(f, h.block) {
			sp := h.span
			era = &Era{From: h.from, Mention: -1, Kind: "happened", Text: h.text, Span: &sp}
		}
	}
	past := map[int]bool{} // sentence → told in the past alone, with no word of a plan
	for i := range f.Dates {
		if d := &f.Dates[i]; (era == nil || d.Start > era.From) && toldPast(f, d, past) {
			sp := d.Span
			era = &Era{From: d.Start, Mention: -1, Kind: "past", Text: d.Text, Span: &sp}
		}
	}
	return era
}

// heldOffice is a person the text names as holding an office now, and
// their terms in it.
type heldOffice struct {
	mention int
	terms   []*kb.Term
}

// together is the earliest day, from the first-day bound on, on which the
// most of the people named as holding an office now were in office at
// once, and the mention of one who took office that day. Each of them
// says the article is from one of their terms, or from after one (a
// title left over is the usual slip), never from before their first: so
// the bound can only move to a later term's start. A returning holder's
// gap ("President Trump", out of office from 2021 to 2025) beside someone
// in office only since 2024 puts the article in the later term; the one
// or two who were no longer in office then are the slips the rules report.
func together(held []heldOffice, from string) (string, int) {
	holding := func(day string) int {
		n := 0
		for _, h := range held {
			for _, t := range h.terms {
				if t.Start <= day && (t.End == "" || day < t.End) {
					n++
					break
				}
			}
		}
		return n
	}
	best, bestDay, bestMention := holding(from), from, -1
	for _, h := range held {
		for _, t := range h.terms {
			if t.Start <= from {
				continue
			}
			if n := holding(t.Start); n > best || n == best && t.Start < bestDay && bestMention >= 0 {
				best, bestDay, bestMention = n, t.Start, h.mention
			}
		}
	}
	return bestDay, bestMention
}

// planWords are the words of a sentence that may tell of a plan in the
// past tense ("the vote was scheduled for March 2026", "had promised to
// finish by 2027"), whose date is no bound.
var planWords = map[string]bool{"due": true, "scheduled": true, "planned": true, "plans": true, "plan": true, "expected": true,
	"set": true, "slated": true, "postponed": true, "delayed": true, "deadline": true, "until": true, "by": true, "before": true,
	"promised": true, "pledged": true, "vowed": true, "aimed": true, "target": true, "would": true, "next": true,
	"forecast": true, "predicted": true, "projected": true, "agreed": true}

// toldPast: the text tells of date d in the past, in a sentence of the past
// alone and with no word of a plan ("On March 3, 2025, the council voted
// to close the pool"), outside a teaser: the article was written after
// its first day. Each sentence is read once (past).
func toldPast(f *Facts, d *Date, past map[int]bool) bool {
	if d.Year == 0 || d.YearInferred || d.Start == "" || d.Invalid || d.Attributive || d.Form == "weekday" ||
		d.Sentence < 0 || d.Sentence >= len(f.Sentences) || inTeaser(f, d.Block) {
		return false
	}
	told, ok := past[d.Sentence]
	if !ok {
		s := &f.Sentences[d.Sentence]
		told = len(s.Tense) == 1 && s.Tense[0] == tensePast
		for _, w := range strings.FieldsFunc(s.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if !told {
				break
			}
			told = !planWords[strings.ToLower(w)]
		}
		past[d.Sentence] = told
	}
	return told
}

// inTeaser: block b belongs to another story's teaser.
func inTeaser(f *Facts, b int) bool {
	for _, t := range f.Teasers {
		if b >= t.FirstBlock && b <= t.LastBlock {
			return true
		}
	}
	return false
}

// anchor: m names a person by an office held at the time of writing, in
// the article's own words (not quoted, not in a repeated sentence or
// another story's teaser), with no time of its own or from the sentences
// before.
func anchor(f *Facts, m *Mention) bool {
	if m.Kind != "person" || m.Role == "" || m.Person == "" || m.Claim != "current" || m.Quoted ||
		m.Time.Basis != "article" || m.Time.Previous != nil || !anchorForms[m.ClaimForm] ||
		m.Form != formFull && m.Form != formAlias {
		return false
	}
	if m.Sentence >= 0 && m.Sentence < len(f.Sentences) && f.Sentences[m.Sentence].RepeatOf != nil {
		return false
	}
	return !inTeaser(f, m.Block)
}

// happenedNouns are the nouns of things that happen rather than are
// planned (words/happened-nouns.txt).
var happenedNouns = wordFile("words/happened-nouns.txt")

// foretelling are the words that, shortly before it, make a named year's
// event one foretold: "the looming 2026 crisis", "will face the 2026
// crisis", "to avert the 2026 recession".
var foretelling = map[string]bool{"looming": true, "coming": true, "next": true, "expected": true, "predicted": true,
	"feared": true, "possible": true, "potential": true, "upcoming": true, "impending": true, "anticipated": true,
	"likely": true, "future": true, "threatened": true, "projected": true, "forecast": true,
	"will": true, "would": true, "could": true, "might": true, "may": true, "shall": true, "ll": true,
	"avoid": true, "avert": true, "prevent": true, "prepare": true, "preparing": true, "brace": true, "bracing": true, "warn": true, "warns": true, "warned": true,
	// French, German, Spanish.
	"prochaine": true, "prochain": true, "probable": true, "redoutée": true, "annoncée": true, "éviter": true, "prévenir": true,
	"sera": true, "pourrait": true, "va": true, "próxima": true, "próximo": true, "futura": true, "posible": true, "temida": true,
	"evitar": true, "será": true, "podría": true, "kommende": true, "kommenden": true, "nächste": true, "nächsten": true, "drohende": true,
	"drohenden": true, "mögliche": true, "möglichen": true, "befürchtete": true, "künftige": true, "wird": true, "würde": true,
	"könnte": true, "verhindern": true, "vermeiden": true}

// happenedYears records each year the text names in its own words as that
// of something that has happened or is under way: in English "the", the
// year, at most two capitalised words and a noun of happenedNouns ("the
// 2026 Greenland crisis", "the 2024 floods"); in French and Spanish an
// article, the noun, perhaps a place, and "de" and the year ("la crise du
// Groenland de 2026", "las inundaciones de 2024"); in German an article,
// the noun (perhaps the end of a compound) and the year, perhaps after
// "von" ("die Grönland-Krise 2026", "die Krise von 2026"). Not quoted, and
// with no word of foretelling in the four words before.
func (bs *blockScan) happenedYears() {
	for _, di := range bs.dates {
		d := &bs.f.Dates[di]
		if d.Year == 0 || d.Form != "year" {
			continue
		}
		k := sort.Search(len(bs.toks), func(i int) bool { return bs.toks[i].start >= d.at })
		if k < 2 || k >= len(bs.toks) || bs.toks[k].start != d.at || !bs.joined(k) {
			continue
		}
		from, to, ok := bs.happenedPhrase(k, d.eventYear)
		if !ok || bs.quoted(bs.toks[from].start, bs.toks[to-1].end) {
			continue
		}
		told := false
		for j := from - 1; j >= 0 && j >= from-4 && bs.sent[j] == bs.sent[k]; j-- {
			told = told || foretelling[bs.toks[j].key]
		}
		if told {
			continue
		}
		a, b := bs.toks[from].start, bs.toks[to-1].end
		bs.f.happened = append(bs.f.happened, happened{from: fmt.Sprintf("%04d-01-01", d.Year), text: bs.text[a:b], span: bs.textSpan(a, b), block: bs.bi})
	}
}

// happenedPhrase is the phrase, words [from, to), that names the year at
// word k as that of something that happened, in the block's language
// (see happenedYears); eventYear is the date parser's word that the year
// stands before an event's name.
func (bs *blockScan) happenedPhrase(k int, eventYear bool) (from, to int, ok bool) {
	switch bs.lang {
	case "en", "":
		// An English block, or one too short to tell.
		if !eventYear || bs.toks[k-1].key != "the" {
			return 0, 0, false
		}
		e := k + 1
		for e < len(bs.toks) && e <= k+3 && bs.joined(e) && bs.toks[e].upper {
			e++
		}
		if e >= len(bs.toks) || !bs.joined(e) || bs.toks[e].upper || !happenedNouns[bs.toks[e].key] {
			return 0, 0, false
		}
		return k - 1, e + 1, true
	case "fr", "es":
		if w := bs.toks[k-1].key; w != "de" && w != "del" && w != "d" {
			return 0, 0, false
		}
		for n := k - 2; n >= 1 && n >= k-6 && bs.allJoined(n, k); n-- {
			if happenedNouns[bs.toks[n].key] && bs.isArticle(n-1) && bs.joined(n) {
				return n - 1, k + 1, true
			}
		}
	case "de":
		n := k - 1
		if bs.toks[n].key == "von" {
			n--
		}
		if n < 1 || !happenedNouns[bs.toks[n].key] || !bs.allJoined(n, k+1) {
			return 0, 0, false
		}
		for a := n - 1; a >= 0 && a >= n-2 && bs.allJoined(a, n+1); a-- {
			if bs.isArticle(a) {
				return a, k + 1, true // "die Krise 2026", "die Grönland-Krise 2026"
			}
		}
	}
	return 0, 0, false
}
