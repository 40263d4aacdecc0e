// Package probe generates tiny articles from the knowledge base that claim,
// in every form the claim grammar knows, that someone holds an office — on
// days inside their term (must stay silent), and before or after it (must
// be caught) — with the silent variants beside them ("former", "then-", a
// past year, "-elect", a quotation). The probe test lints them and counts,
// per form, how many wrong claims are caught and how many right ones raise
// a false alarm. Nothing is hand-listed: names, titles and dates come from
// the base.
package probe

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newslint/newslint/engine/kb"
)

// Expect is what a probe must give.
type Expect int

const (
	// Caught: an error or warning of an office-holder rule on its line.
	Caught Expect = iota
	// Silent: no error or warning on its line.
	Silent
	// Info: an info finding at most (a quotation).
	Info
)

// Probe is one paragraph of an article.
type Probe struct {
	Line   int
	Form   string // the claim form, with its language: "en/copula"
	Expect Expect
	Person string
	Role   string
	Text   string
}

// Article is one generated article: a front matter date, then one probe
// per paragraph.
type Article struct {
	Name   string
	Date   string
	Text   string
	Probes []Probe
}

// grace is the rules' default grace_days: days around a handover are not
// judged, so probes stay clear of them.
const grace = 7

// Options choose how much to generate.
type Options struct {
	// Short keeps one term per office (the latest that ended, else the
	// open one): the CI form.
	Short bool
	// Courtesy lists the offices whose title stays with the dead (the
	// stale-officeholder option courtesy_roles): a plain title for them
	// after death must stay silent, unless they act at the time of
	// writing.
	Courtesy []string
}

// Generate builds the articles for every office of the base.
func Generate(base *kb.Base, opt Options) []Article {
	var out []Article
	for _, r := range base.Roles {
		terms := r.Terms
		if opt.Short && len(terms) > 0 {
			pick := terms[len(terms)-1]
			for i := len(terms) - 1; i >= 0; i-- {
				if terms[i].End != "" {
					pick = terms[i]
					break
				}
			}
			terms = []*kb.Term{pick}
		}
		for _, t := range terms {
			p := base.Person(t.Person)
			if p == nil || !usable(base, p) {
				continue
			}
			for _, when := range []string{"inside", "after", "before"} {
				day, ok := dayFor(base, r, p, t, when)
				if !ok {
					continue
				}
				courtesy := contains(opt.Courtesy, r.ID) && p.Died != "" && p.Died <= day
				if a, ok := article(base, r, p, t, day, when, "en", courtesy); ok {
					out = append(out, a)
				}
				for _, lang := range kb.Languages {
					if len(r.Lang[lang].Labels) == 0 {
						continue
					}
					if a, ok := article(base, r, p, t, day, when, lang, courtesy); ok {
						out = append(out, a)
					}
				}
			}
		}
	}
	return out
}

// usable: a person whose full name is theirs alone (the probe names them
// in full).
func usable(base *kb.Base, p *kb.Person) bool {
	for _, q := range base.People {
		if q == p {
			continue
		}
		if q.Name == p.Name || contains(q.Aliases, p.Name) || contains(q.AmbiguousAliases, p.Name) {
			return false
		}
	}
	return !strings.ContainsAny(p.Name, "()")
}

// dayFor picks the article's day: the middle of the term (inside), or a
// month after it ended or before it began, when the person held the office
// on no day within the grace days around it, and the base knows that day.
func dayFor(base *kb.Base, r *kb.Role, p *kb.Person, t *kb.Term, when string) (string, bool) {
	var day string
	switch when {
	case "inside":
		end := t.End
		if end == "" || end > base.AsOf {
			end = base.AsOf
		}
		day = midpoint(t.Start, end)
		if !heldAll(p, r.ID, addDays(day, -grace), addDays(day, grace)) {
			return "", false
		}
	case "after":
		if t.End == "" {
			return "", false
		}
		day = addDays(t.End, 40)
	case "before":
		day = addDays(t.Start, -40)
	}
	if day > base.AsOf || r.UnknownAfter != "" && day > r.UnknownAfter || day < "1990-01-01" {
		return "", false
	}
	if when != "inside" && heldAny(p, r.ID, addDays(day, -grace), addDays(day, grace)) {
		return "", false
	}
	return day, true
}

// expect is what a claim over the days [from, to] must give: caught when
// the person held the office on none of them (with the grace days), silent
// when they held it on some; ok is false when neither is clear.
func expect(p *kb.Person, role, from, to string) (Expect, bool) {
	if !heldAny(p, role, addDays(from, -grace), addDays(to, grace)) {
		return Caught, true
	}
	if heldAny(p, role, from, to) {
		return Silent, true
	}
	return 0, false
}

func heldAny(p *kb.Person, role, from, to string) bool {
	for _, t := range p.Terms {
		if t.Role == role && t.Start <= to && (t.End == "" || from < t.End) {
			return true
		}
	}
	return false
}

func heldAll(p *kb.Person, role, from, to string) bool {
	for _, t := range p.Terms {
		if t.Role == role && t.Start <= from && (t.End == "" || to < t.End) {
			return true
		}
	}
	return false
}

// words is what a language's probes need of an office: a title before a
// name, one after "the"/"is the", a possessive one, an abbreviation, a
// short title, and what it heads (the "of" of an English label: "NATO"
// for "Secretary General of NATO"), when no other office of the person
// heads the same.
type words struct {
	before, after, possessive, abbrev, short, owner string
}

func titles(base *kb.Base, r *kb.Role, p *kb.Person, lang string) words {
	var w words
	labels, shorts := r.Labels, r.ShortTitles
	if lang != "en" {
		labels, shorts = r.Lang[lang].Labels, r.Lang[lang].ShortTitles
	}
	for _, l := range labels {
		switch {
		case strings.Contains(l, "'s ") || strings.Contains(l, "’s "):
			if w.possessive == "" {
				w.possessive = l
			}
		case strings.Contains(l, " of ") || strings.Contains(l, " de ") || strings.Contains(l, " del ") || strings.Contains(l, " der ") || strings.Contains(l, " des ") || strings.Contains(l, " du "):
			if w.after == "" {
				w.after = l
			}
		case strings.HasPrefix(strings.ToLower(l), "head") || strings.HasPrefix(strings.ToLower(l), "leader"):
		default:
			if w.before == "" {
				w.before = l
			}
		}
	}
	if w.after == "" {
		w.after = w.before
	}
	if w.before == "" {
		w.before = w.after
	}
	if lang == "en" && len(r.Abbreviations) > 0 {
		w.abbrev = r.Abbreviations[0]
	}
	// In French and Spanish only an office that governs (an adjectival
	// form, "gouvernement {surname}") is said to lead its country: "X
	// dirige la Belgique" for a finance minister is no way to say it.
	if lang == "en" || (lang == "fr" || lang == "es") && len(r.Lang[lang].Adjectival) > 0 {
		w.owner = owner(base, r, p, lang)
	}
	// A short title names this office only if the person held no other
	// office it names.
	for _, s := range shorts {
		if onlyRole(base, p, r, s, lang) {
			w.short = s
			break
		}
	}
	return w
}

// owner is what office r heads by its labels "TITLE of OWNER" in lang
// ("de" in French and Spanish; the shortest owner of its labels), "" when
// another office of p heads it too.
func owner(base *kb.Base, r *kb.Role, p *kb.Person, lang string) string {
	of := map[string]string{"en": " of ", "fr": " de ", "es": " de "}[lang]
	heads := func(o *kb.Role) string {
		labels := o.Labels
		if lang != "en" {
			labels = o.Lang[lang].Labels
		}
		best := ""
		for _, l := range labels {
			// "Secretary of State for Health" heads no "State".
			if _, after, ok := strings.Cut(l, of); ok && !strings.Contains(after, " for ") && !strings.Contains(after, " de ") && (best == "" || len(after) < len(best)) {
				best = after
			}
		}
		return best
	}
	own := heads(r)
	if own == "" {
		return ""
	}
	for _, t := range p.Terms {
		if o := base.Role(t.Role); t.Role != r.ID && o != nil && strings.EqualFold(heads(o), own) {
			return ""
		}
	}
	return own
}

func onlyRole(base *kb.Base, p *kb.Person, r *kb.Role, short, lang string) bool {
	for _, t := range p.Terms {
		if t.Role == r.ID {
			continue
		}
		o := base.Role(t.Role)
		names := o.ShortTitles
		if lang != "en" {
			names = o.Lang[lang].ShortTitles
		}
		for _, s := range append(names, o.Labels...) {
			if strings.EqualFold(s, short) {
				return false
			}
		}
	}
	return true
}

// article writes the probes of one office, person and day in a language.
func article(base *kb.Base, r *kb.Role, p *kb.Person, t *kb.Term, day, when, lang string, courtesy bool) (Article, bool) {
	w := titles(base, r, p, lang)
	if w.before == "" {
		return Article{}, false
	}
	a := Article{Name: fmt.Sprintf("%s-%s-%s-%s-%s", lang, r.ID, p.ID, when, day), Date: day}
	var b strings.Builder
	fmt.Fprintf(&b, "---\ndate: %s\nlang: %s\n---\n\n", day, lang)
	line := 6
	year := day[:4]
	add := func(form string, exp Expect, text string) {
		a.Probes = append(a.Probes, Probe{Line: line, Form: lang + "/" + form, Expect: exp, Person: p.ID, Role: r.ID, Text: text})
		b.WriteString(text)
		b.WriteString("\n\n")
		line += 2
	}
	// claim adds a probe whose claim speaks of [from, to]; the base must
	// know the whole of it.
	claim := func(form, from, to, text string) {
		// Past as_of, or past the office's unknown_after, the base cannot
		// say who held it: nothing is judged there, so nothing is probed.
		if to > base.AsOf || !base.Known(r.ID, to) {
			return
		}
		if exp, ok := expect(p, r.ID, from, to); ok {
			add(form, exp, text)
		}
	}
	// plain adds a probe of a plain title: a courtesy title of the dead
	// (Pope Francis, after his death) is not misnamed by it — unless they
	// act at the time of writing, as the English probes do ("said on
	// Tuesday"); the other languages' probes give no time.
	plain := func(form, from, to, text string) {
		if courtesy && lang != "en" {
			add(form, Silent, text)
			return
		}
		claim(form, from, to, text)
	}
	n := p.Name
	yearFrom, yearTo := year+"-01-01", year+"-12-31"
	switch lang {
	case "en":
		plain("title", day, day, fmt.Sprintf("%s %s said on Tuesday that the talks would go on.", w.before, n))
		plain("lowercase", day, day, fmt.Sprintf("The %s %s said on Tuesday that the talks would go on.", strings.ToLower(w.before), n))
		if w.short != "" && !strings.EqualFold(w.short, w.before) {
			plain("short", day, day, fmt.Sprintf("%s %s said on Tuesday that the talks would go on.", w.short, n))
		}
		if w.possessive != "" {
			plain("possessive", day, day, fmt.Sprintf("%s %s said on Tuesday that the talks would go on.", w.possessive, n))
		}
		if w.abbrev != "" {
			plain("abbreviation", day, day, fmt.Sprintf("%s %s said on Tuesday that the talks would go on.", w.abbrev, n))
		}
		plain("apposition", day, day, fmt.Sprintf("%s, the %s, said on Tuesday that the talks would go on.", n, w.after))
		plain("dash", day, day, fmt.Sprintf("%s – the %s – met the delegation on Tuesday.", n, w.after))
		claim("relative", day, day, fmt.Sprintf("%s, who is the current %s, spoke to reporters on Tuesday.", n, w.after))
		claim("copula", day, day, fmt.Sprintf("%s is the current %s.", n, w.after))
		claim("serves-as", day, day, fmt.Sprintf("%s serves as the %s, officials say.", n, w.after))
		claim("remains", day, day, fmt.Sprintf("%s remains the %s.", n, w.after))
		claim("inverted", day, day, fmt.Sprintf("The current %s is %s.", w.after, n))
		if w.owner != "" {
			claim("leads", day, day, fmt.Sprintf("%s, who leads %s, spoke to reporters on Tuesday.", n, w.owner))
			if !strings.HasPrefix(w.owner, "the ") {
				plain("owner", day, day, fmt.Sprintf("%s's %s said on Tuesday that the talks would go on.", w.owner, n))
			}
		}
		claim("currently", day, day, fmt.Sprintf("Currently, the %s is %s.", w.after, n))
		// "As of YEAR, ... is" written in that year speaks of the year up
		// to the time of writing.
		claim("as-of", yearFrom, day, fmt.Sprintf("As of %s, the %s is %s.", year, w.after, n))
		if when != "before" && t.Start[:4] < year {
			claim("since", day, day, fmt.Sprintf("Since %s, %s has been the %s.", t.Start[:4], n, w.after))
		}
		claim("question", day, day, fmt.Sprintf("Who is the current %s? %s, according to the official website.", w.after, n))
		claim("answer-lead", day, day, fmt.Sprintf("Who holds the post of %s today? The answer is %s.", w.after, n))
		claim("headline", yearFrom, yearTo, fmt.Sprintf("## %s: %s in %s", n, w.before, year))
		claim("headline-current", day, day, fmt.Sprintf("## Current %s: %s", w.before, n))
		if p.Surname != "" && p.Surname != p.Name {
			plain("surname", day, day, fmt.Sprintf("%s arrived in the morning. Later, %s %s said on Tuesday that the talks would go on.", n, w.before, p.Surname))
		}
		if given, family, ok := strings.Cut(n, " "); ok && family == p.Surname && !strings.Contains(family, " ") && !strings.Contains(n, ".") {
			claim("family-first", day, day, fmt.Sprintf("%s %s is the current %s.", family, given, w.after))
		}
		for _, nick := range p.Nicknames {
			claim("nickname", day, day, fmt.Sprintf("%s is the current %s.", nick, w.after))
		}
		if exp, ok := expect(p, r.ID, day, day); ok {
			quoteExp := Silent
			if exp == Caught && !courtesy {
				quoteExp = Info
			}
			add("quotation", quoteExp, fmt.Sprintf("\"%s %s promised us a new bridge,\" said Tom Hill, a resident.", w.before, n))
		}
		switch when {
		case "after":
			add("former", Silent, fmt.Sprintf("Former %s %s spoke on Tuesday.", w.before, n))
			add("then", Silent, fmt.Sprintf("Then-%s %s signed the treaty.", w.before, n))
			// Taking the office with no office named: on the day the
			// term began, and a year off (a date must be in the base's
			// reach, and no other term of the person may begin near it).
			if tookOffice(p, t.Start, t.Start) {
				add("took-office", Silent, fmt.Sprintf("%s was sworn in on %s, aides recalled.", n, mdy(t.Start)))
			}
			if off := addDays(t.Start, -365); tookOffice(p, t.Start, off) {
				add("took-office-off", Caught, fmt.Sprintf("%s was sworn in on %s, aides recalled.", n, mdy(off)))
			}
			if y := midYear(t); y != "" {
				claim("past-year", y+"-01-01", y+"-12-31", fmt.Sprintf("In %s, %s %s signed the treaty.", y, w.before, n))
			}
		case "before":
			add("elect", Silent, fmt.Sprintf("%s-elect %s met advisers on Tuesday.", w.before, n))
		}
	case "fr":
		plain("title", day, day, fmt.Sprintf("Le %s %s a déclaré que les discussions allaient continuer.", w.before, n))
		plain("apposition", day, day, fmt.Sprintf("Selon le %s, %s, la réunion de lundi a été utile.", w.before, n))
		claim("copula", day, day, fmt.Sprintf("%s est l'actuel %s, et il le reste.", n, w.before))
		if w.owner != "" {
			claim("leads", day, day, fmt.Sprintf("%s dirige %s, selon ses services.", n, w.owner))
		}
		claim("inverted", day, day, fmt.Sprintf("L'actuel %s est %s, selon les services de l'État.", w.before, n))
		if when == "after" {
			add("former", Silent, fmt.Sprintf("L'ancien %s %s a parlé avec les élus de la région.", w.before, n))
		}
	case "de":
		title := w.short
		if title == "" {
			title = w.before
		}
		plain("title", day, day, fmt.Sprintf("%s %s sagte, dass die Gespräche weitergehen würden.", title, n))
		claim("copula", day, day, fmt.Sprintf("%s ist der derzeitige %s, und das bleibt er auch.", n, title))
		claim("inverted", day, day, fmt.Sprintf("Der derzeitige %s ist %s, wie die Regierung mitteilte.", title, n))
		if when == "after" {
			add("former", Silent, fmt.Sprintf("Der frühere %s %s sprach mit den Abgeordneten in der Hauptstadt.", title, n))
		}
	case "es":
		plain("title", day, day, fmt.Sprintf("El %s %s dijo que las conversaciones iban a seguir.", w.before, n))
		plain("apposition", day, day, fmt.Sprintf("Según el %s, %s, la reunión del lunes fue útil.", w.before, n))
		claim("copula", day, day, fmt.Sprintf("%s es el actual %s, según el Gobierno de la nación.", n, w.before))
		if w.owner != "" {
			claim("leads", day, day, fmt.Sprintf("%s encabeza %s, según sus servicios.", n, w.owner))
		}
		claim("inverted", day, day, fmt.Sprintf("El actual %s es %s, según el Gobierno de la nación.", w.before, n))
		if when == "after" {
			add("former", Silent, fmt.Sprintf("El ex %s %s habló con los diputados de la región.", w.before, n))
		}
	}
	a.Text = b.String()
	return a, len(a.Probes) > 0
}

// tookOffice: a probe of p taking office on day, for a term that began on
// start, is fair: day is on or after 1990, and no other term of p began
// within 400 days of day (the engine takes the nearest term's office).
func tookOffice(p *kb.Person, start, day string) bool {
	if day < "1990-01-01" {
		return false
	}
	for _, t := range p.Terms {
		if t.Start != start && abs(daysBetween(t.Start, day)) <= 400 {
			return false
		}
	}
	return true
}

// mdy writes a day as "January 20, 2025".
func mdy(day string) string {
	t, _ := time.Parse("2006-01-02", day)
	return t.Format("January 2, 2006")
}

func daysBetween(a, b string) int {
	ta, _ := time.Parse("2006-01-02", a)
	tb, _ := time.Parse("2006-01-02", b)
	return int(tb.Sub(ta).Hours() / 24)
}

func abs(n int) int { return max(n, -n) }

// midYear is a whole year inside the term, "" when none.
func midYear(t *kb.Term) string {
	end := t.End
	if end == "" {
		return ""
	}
	y := midpoint(t.Start, end)[:4]
	if y+"-01-01" >= t.Start && y+"-12-31" < end {
		return y
	}
	return ""
}

func midpoint(a, b string) string {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return a
	}
	return ta.Add(tb.Sub(ta) / 2).Format(time.DateOnly)
}

func addDays(s string, n int) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Tally counts, per form, the probes and their outcomes.
type Tally struct {
	Wrong, Caught      int // claims that must be caught, and those that were
	Right, FalseAlarms int // claims that must stay silent (or info), and those that did not
	Misses, Alarms     []string
}

// Forms returns the forms of a tally map in order.
func Forms(m map[string]*Tally) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
