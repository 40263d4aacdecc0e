package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A roster is a list of people and their offices, one a line: a new
// cabinet ("Rachel Reeves – Chancellor", "Finanzen: Jens Spahn CDU",
// "Ministra de Defensa: Margarita Robles", a statement's signatories
// "Andrew Bailey, Governor of the Bank of England"), a team sheet or a
// list of fixtures. Its lines are shaped like
// short headlines and share few words with the story, but they are the
// article's own list, and each line is a claim about who holds an office.

// rosterMinKnown is how many lines of a roster must name a person of the
// knowledge base; the other lines need only a name's shape.
const rosterMinKnown = 2

// rosterMinSquad is how many numbered names make a team sheet.
const rosterMinSquad = 4

// dropRosters takes the lines of rosters out of the teasers and of the
// headline-shaped blocks that injected-block reads.
func dropRosters(f *Facts) {
	known := map[int]string{} // block → the person it names
	for i := range f.Mentions {
		m := &f.Mentions[i]
		if _, ok := known[m.Block]; !ok && m.Kind == "person" && m.Person != "" && rosterLine(f.Blocks[m.Block].Text, m) {
			known[m.Block] = m.Person
		}
	}
	roster := map[int]bool{}
	var run []int
	var people []string
	for i := 0; i < len(f.Blocks); {
		j, squad := i, 0
		run, people = run[:0], people[:0]
		for ; j < len(f.Blocks); j++ {
			b := &f.Blocks[j]
			if b.Words == 0 {
				continue
			}
			if b.Line == "date" && len(run) > 0 {
				continue // a day heading the next fixtures
			}
			p, ok := known[j]
			numbered := squadLine(b.Text) || fixtureLine(b.Text)
			if !ok && !numbered && (len(known) < rosterMinKnown || !rosterLine(b.Text, nil)) {
				break
			}
			run = append(run, j)
			if ok && !slices.Contains(people, p) {
				people = append(people, p)
			}
			if numbered {
				squad++
			}
		}
		// Lines about one person are not a roster: several people are.
		if len(people) >= rosterMinKnown && len(run) >= 3 || squad >= rosterMinSquad {
			for _, k := range run {
				roster[k] = true
			}
		}
		i = max(j, i+1)
	}
	if len(roster) == 0 {
		return
	}
	f.Teasers = slices.DeleteFunc(f.Teasers, func(t Teaser) bool {
		in := 0
		for _, h := range t.Headlines {
			if roster[h] {
				in++
			}
		}
		return t.Kind == "list" && 2*in >= len(t.Headlines)
	})
	f.BlockLists.Headlines = slices.DeleteFunc(f.BlockLists.Headlines, func(i int) bool { return roster[i] })
}

// rosterLine reports a line that pairs a person's name with an office:
// the name alone on one side of a separator ("David Lammy – Foreign
// Secretary", "Wirtschaft: Katherina Reiche CDU"), or a title and the
// name as the whole line ("Bundeskanzler Friedrich Merz CDU"). With m, the
// name must be that mention's (a person of the knowledge base, perhaps
// after a first name: "Félix Bolaños"); without, a name's shape will do:
// two to four capitalised words.
func rosterLine(text string, m *Mention) bool {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > 160 {
		return false
	}
	if m != nil && strings.TrimSpace(withoutParty(text)) == strings.TrimSpace(m.Text) {
		return true
	}
	for _, sep := range []string{" – ", " — ", " - ", "– ", " –", ": ", " | ", ", "} {
		i := strings.Index(text, sep)
		if i <= 0 || strings.Contains(text[i+len(sep):], sep) {
			continue
		}
		left, right := strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+len(sep):])
		if right == "" || strings.HasSuffix(left, ":") {
			continue
		}
		for _, side := range [2][2]string{{left, right}, {right, left}} {
			name, other := withoutParty(side[0]), side[1]
			if len(strings.Fields(other)) > 12 {
				continue
			}
			if m == nil && nameShape(name) {
				return true
			}
			if m != nil && strings.HasSuffix(name, m.Name.Text) && nameShape(name) {
				return true
			}
		}
	}
	return false
}

// fixtureRE is a line of a list of fixtures: two teams and "v" or "vs",
// perhaps after the kick-off ("Leeds United v Burnley", "3pm – Chelsea v
// Fulham (BT Sport)", "Real Madrid vs. Sevilla (21:00)").
var fixtureRE = lazyRegexp(`^(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h)?\s*[–—-]?\s*)?\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{Lu}&][\p{L}'’.&-]*){0,3}\s+(?:v|vs\.?|V|VS)\s+\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{Lu}&][\p{L}'’.&-]*){0,3}(?:\s*\([^)]{1,30}\))?$`)

// fixtureLine reports a fixture on a line of its own; a list of them is
// the page's own, as a team sheet is.
func fixtureLine(text string) bool {
	text = strings.TrimSpace(text)
	return len(text) <= 80 && hasVersus(text) && fixtureRE().MatchString(text)
}

// hasVersus reports whether text holds "v", "vs", "vs.", "V" or "VS"
// between white space, as every fixture does: most lines hold none, and
// need not compile the expression (a millisecond of a start).
func hasVersus(text string) bool {
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	for i := 1; i < len(text); i++ {
		if !space(text[i-1]) {
			continue
		}
		rest := text[i:]
		for _, v := range [...]string{"vs.", "vs", "v", "VS", "V"} {
			if strings.HasPrefix(rest, v) && len(rest) > len(v) && space(rest[len(v)]) {
				return true
			}
		}
	}
	return false
}

// squadRE is a line of a team sheet: a shirt number and a name, perhaps
// with the goals scored ("1 Henry BEXSON 1", "12. Ana Ruiz").
var squadRE = lazyRegexp(`^\d{1,2}\.?\s+(\S+(?:\s+\S+){1,3}?)(?:\s+\d{1,2})?$`)

// squadLine reports a numbered name on a line of its own.
func squadLine(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || text[0] < '0' || text[0] > '9' || len(text) > 80 {
		return false
	}
	m := squadRE().FindStringSubmatch(text)
	return m != nil && nameShape(m[1])
}

// nameShape: two to four words, each capitalised and made of letters
// (with hyphens, apostrophes and initials' dots): "Rachel Reeves",
// "María Jesús Montero", "Jean-Noël Barrot".
func nameShape(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune("-'’.", c) {
				return false
			}
		}
	}
	return true
}

// withoutParty cuts a party after a name: an acronym ("SPD", "PSOE"), a
// party in brackets ("(Labour)") or "parteilos".
func withoutParty(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i > 0 {
			return strings.TrimSpace(s[:i])
		}
	}
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s
	}
	last := s[i+1:]
	if strings.EqualFold(last, "parteilos") || (len(last) >= 2 && len(last) <= 6 && strings.ToUpper(last) == last && strings.ToLower(last) != last) {
		return s[:i]
	}
	return s
}
