package facts

import "github.com/newslint/newslint/engine/kb"

// Era is, for an article without a date, the earliest day it can be from
// by what its text says of the present: the latest first day in office
// among the people it names as holding an office now ("Chancellor
// Friedrich Merz": not before 6 May 2025). A text cannot name someone by
// an office they have yet to take, while a title left over from before is
// the usual slip, so the latest first day is the bound; a mention that is
// wrong on every day from then on is what the rules report
// (stale-officeholder, former-title-in-office, stale-administration).
type Era struct {
	// From is the bound, YYYY-MM-DD: the first day of the anchor's first
	// term in the office.
	From string `json:"from"`
	// Mention is the index of the anchor, the mention the bound comes from.
	Mention int `json:"mention"`
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
		for _, t := range p.Terms {
			if t.Role == m.Role && t.Start != "" && (first == "" || t.Start < first) {
				first = t.Start
			}
		}
		if first != "" && (era == nil || first > era.From) {
			era = &Era{From: first, Mention: i}
		}
	}
	return era
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
	for _, t := range f.Teasers {
		if m.Block >= t.FirstBlock && m.Block <= t.LastBlock {
			return false
		}
	}
	return true
}
