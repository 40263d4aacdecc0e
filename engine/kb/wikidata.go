package kb

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Wikidata import: the JSON results (SPARQL 1.1 Query Results JSON
// Format) of a query over "position held" (P39) statements, as the
// Wikidata Query Service returns them, turned into the base's entries and
// compared with a base. docs/knowledge-base.md gives the query.
//
// A result row is either a statement row, with variables
//
//	statement                   the P39 statement (wds:...), grouping its rows
//	person, position            the items (http://www.wikidata.org/entity/Q...)
//	start, end                  P580 and P582 time values ("2024-10-01T00:00:00Z", or "+2024-10-01T00:00:00Z")
//	startPrecision, endPrecision  wikibase:timePrecision: 11 day, 10 month, 9 year
//	replaces, replacedBy        P1365 and P1366 (items)
//	nature                      P5102 (Q4676846 "acting" marks an acting term)
//	died, diedPrecision         the person's P570
//	jurisdiction                the office's country or organisation code (P1001/P17 → P297)
//	personLabel, positionLabel  (optional) English labels, as the label service gives them
//
// or a name row, with item, name (a literal with its language, "en",
// "fr", "de" or "es") and nameKind ("label" or "alias"). Other variables
// are ignored; a variable may also hold several values joined by "|"
// (GROUP_CONCAT).

// WikidataResults is a parsed result set: the items and statements in it.
type WikidataResults struct {
	Items      map[string]*WikidataItem
	Statements []*WikidataStatement
}

// WikidataItem is a person or an office, with its names by language.
type WikidataItem struct {
	QID          string
	Labels       map[string]string   // by language
	Aliases      map[string][]string // by language
	Jurisdiction string
	Died         WikidataDate
}

// Label is the item's English label, or another when it has none.
func (it *WikidataItem) Label() string {
	if l := it.Labels["en"]; l != "" {
		return l
	}
	for _, lang := range []string{"fr", "de", "es"} {
		if l := it.Labels[lang]; l != "" {
			return l
		}
	}
	return it.QID
}

// WikidataStatement is one "position held" statement.
type WikidataStatement struct {
	ID                   string
	Person, Position     string // QIDs
	Start, End           WikidataDate
	Replaces, ReplacedBy []string // QIDs
	Acting               bool
}

// WikidataDate is a time value with its precision.
type WikidataDate struct {
	Raw       string
	Precision int // 11 day, 10 month, 9 year, less: coarser; 0 when absent
	// Day is YYYY-MM-DD, YYYY-MM or YYYY as the precision allows.
	Day string
}

// IsDay reports whether the date is known to the day.
func (d WikidataDate) IsDay() bool { return d.Precision >= 11 && len(d.Day) == 10 }

func (d WikidataDate) String() string {
	switch {
	case d.Raw == "":
		return "none"
	case d.IsDay():
		return d.Day
	case d.Precision == 10:
		return d.Day + " (month only)"
	case d.Precision == 9:
		return d.Day + " (year only)"
	}
	return d.Raw + " (precision " + strconv.Itoa(d.Precision) + ")"
}

const (
	wikidataEntity = "http://www.wikidata.org/entity/"
	wikidataActing = "Q4676846"
)

var wikidataLanguages = []string{"en", "fr", "de", "es"}

type sparqlValue struct {
	Type     string `json:"type"`
	Value    string `json:"value"`
	Lang     string `json:"xml:lang"`
	Datatype string `json:"datatype"`
}

// ParseWikidata reads SPARQL JSON results.
func ParseWikidata(r io.Reader) (*WikidataResults, error) {
	var doc struct {
		Head struct {
			Vars []string `json:"vars"`
		} `json:"head"`
		Results *struct {
			Bindings []map[string]sparqlValue `json:"bindings"`
		} `json:"results"`
	}
	dec := json.NewDecoder(r)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("not SPARQL JSON results: %v", err)
	}
	if doc.Results == nil {
		return nil, fmt.Errorf(`not SPARQL JSON results: no "results" (want {"head": {"vars": [...]}, "results": {"bindings": [...]}})`)
	}
	res := &WikidataResults{Items: map[string]*WikidataItem{}}
	byID := map[string]*WikidataStatement{}
	for i, row := range doc.Results.Bindings {
		if item, ok := row["item"]; ok {
			if err := res.nameRow(item, row); err != nil {
				return nil, fmt.Errorf("row %d: %v", i+1, err)
			}
			continue
		}
		if err := res.statementRow(row, byID); err != nil {
			return nil, fmt.Errorf("row %d: %v", i+1, err)
		}
	}
	return res, nil
}

func qid(v sparqlValue) string {
	s := strings.TrimPrefix(v.Value, wikidataEntity)
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

func (res *WikidataResults) item(q string) *WikidataItem {
	it := res.Items[q]
	if it == nil {
		it = &WikidataItem{QID: q, Labels: map[string]string{}, Aliases: map[string][]string{}}
		res.Items[q] = it
	}
	return it
}

func (res *WikidataResults) nameRow(item sparqlValue, row map[string]sparqlValue) error {
	if item.Type != "uri" {
		return fmt.Errorf("item is not an item: %q", item.Value)
	}
	name, ok := row["name"]
	if !ok {
		return nil
	}
	it := res.item(qid(item))
	kind := row["nameKind"].Value
	for _, v := range splitValues(name.Value) {
		it.addName(name.Lang, v, kind != "alias")
	}
	return nil
}

func (it *WikidataItem) addName(lang, v string, label bool) {
	if !slicesContains(wikidataLanguages, lang) || v == "" {
		return
	}
	if label {
		if it.Labels[lang] == "" {
			it.Labels[lang] = v
		}
		return
	}
	if !slicesContains(it.Aliases[lang], v) {
		it.Aliases[lang] = append(it.Aliases[lang], v)
	}
}

func (res *WikidataResults) statementRow(row map[string]sparqlValue, byID map[string]*WikidataStatement) error {
	person, position := row["person"], row["position"]
	if person.Value == "" || position.Value == "" {
		return fmt.Errorf("a statement row needs person and position (or a name row: item, name)")
	}
	p, o := res.item(qid(person)), res.item(qid(position))
	id := row["statement"].Value
	if id == "" {
		id = p.QID + "|" + o.QID + "|" + row["start"].Value
	}
	id = strings.TrimPrefix(id, "http://www.wikidata.org/entity/statement/")
	st := byID[id]
	if st == nil {
		st = &WikidataStatement{ID: id, Person: p.QID, Position: o.QID}
		byID[id] = st
		res.Statements = append(res.Statements, st)
	}
	var err error
	set := func(d *WikidataDate, v, prec string) {
		if v == "" || d.Raw != "" || err != nil {
			return
		}
		*d, err = parseWikidataDate(v, prec)
	}
	set(&st.Start, row["start"].Value, row["startPrecision"].Value)
	set(&st.End, row["end"].Value, row["endPrecision"].Value)
	set(&p.Died, row["died"].Value, row["diedPrecision"].Value)
	if err != nil {
		return err
	}
	for _, k := range []string{"replaces", "replacedBy"} {
		for _, v := range splitValues(row[k].Value) {
			q := qid(sparqlValue{Value: v})
			if k == "replaces" && !slicesContains(st.Replaces, q) {
				st.Replaces = append(st.Replaces, q)
			} else if k == "replacedBy" && !slicesContains(st.ReplacedBy, q) {
				st.ReplacedBy = append(st.ReplacedBy, q)
			}
		}
	}
	for _, v := range splitValues(row["nature"].Value) {
		if qid(sparqlValue{Value: v}) == wikidataActing {
			st.Acting = true
		}
	}
	if j := strings.TrimSpace(row["jurisdiction"].Value); j != "" && o.Jurisdiction == "" {
		o.Jurisdiction = strings.ToUpper(j)
	}
	for v, it := range map[string]*WikidataItem{"personLabel": p, "positionLabel": o} {
		if l, ok := row[v]; ok && l.Value != "" && !isQID(l.Value) {
			lang := l.Lang
			if lang == "" {
				lang = "en"
			}
			it.addName(lang, l.Value, true)
		}
	}
	return nil
}

// isQID reports whether s is a bare item id (the label service's answer
// for an item without a label).
func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	_, err := strconv.Atoi(s[1:])
	return err == nil
}

func splitValues(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// parseWikidataDate reads "+2024-10-01T00:00:00Z" (or without the sign)
// with its precision. Without a precision, a date whose month or day is 00
// is taken as year or month precision, any other as a day.
func parseWikidataDate(v, precision string) (WikidataDate, error) {
	d := WikidataDate{Raw: v}
	s := strings.TrimPrefix(v, "+")
	if strings.HasPrefix(s, "-") {
		return d, fmt.Errorf("date %q is before the common era", v)
	}
	if i := strings.IndexByte(s, 'T'); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "-")
	if len(parts) != 3 || len(parts[0]) != 4 || len(parts[1]) != 2 || len(parts[2]) != 2 {
		return d, fmt.Errorf("date %q is not YYYY-MM-DDThh:mm:ssZ", v)
	}
	if precision != "" {
		p, err := strconv.Atoi(precision)
		if err != nil {
			return d, fmt.Errorf("precision %q is not a number", precision)
		}
		d.Precision = p
	} else {
		switch {
		case parts[1] == "00":
			d.Precision = 9
		case parts[2] == "00":
			d.Precision = 10
		default:
			d.Precision = 11
		}
	}
	switch {
	case d.Precision >= 11:
		d.Day = s
		if !validDay(s) {
			return d, fmt.Errorf("date %q is not a real day", v)
		}
	case d.Precision == 10:
		d.Day = parts[0] + "-" + parts[1]
	case d.Precision == 9:
		d.Day = parts[0]
	}
	return d, nil
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ImportNote is one line of an import's report, about an office.
type ImportNote struct {
	// Kind is "conflict" (not written: the data disagrees with the base
	// or is not precise enough), "added" (written), "amend" (new names
	// for entries the base has) or "note".
	Kind string
	// Role is the office's id in the base (or the one made for it).
	Role string
	Msg  string
}

// Import is what an import found: the entries to add and the report.
type Import struct {
	// Doc holds what is new: offices, people, terms; with User, also
	// amendments (new names) of entries the base has.
	Doc   *Doc
	Notes []ImportNote
	// Same counts the statements the base already has as they are.
	Same int
	// RoleQID maps the offices' ids to their items, for the report.
	RoleQID map[string]string
}

// Conflicts counts the notes of kind "conflict".
func (im *Import) Conflicts() int {
	n := 0
	for _, x := range im.Notes {
		if x.Kind == "conflict" {
			n++
		}
	}
	return n
}

// ImportOptions say how to import.
type ImportOptions struct {
	// User writes amendments of entries the base has (a user data file
	// may amend; the built-in files may not, so they are only reported).
	User bool
	// Source is the file name, for the terms' source.
	Source string
}

// ImportWikidata compares the results with base: what is new becomes
// entries in Doc; what contradicts the base (a different start or end, a
// term overlapping another holder's, a person the base knows under
// another id, a date known only to the month or year) is reported and
// not written. Nothing in the base is overwritten.
func ImportWikidata(base *Base, res *WikidataResults, opt ImportOptions) *Import {
	base.Full()
	im := &Import{Doc: &Doc{}, RoleQID: map[string]string{}}
	m := &importer{base: base, res: res, im: im, opt: opt, roles: map[string]*Role{}, people: map[string]*Person{},
		newRole: map[*Role]bool{}, newPerson: map[*Person]bool{}, names: map[string]*Person{}, labels: map[string]*Role{},
		amendP: map[*Person]*Person{}, amendR: map[*Role]*Role{}}
	m.indexBase()
	// Statements in a stable order: by office, then start.
	sts := append([]*WikidataStatement(nil), res.Statements...)
	sort.SliceStable(sts, func(i, j int) bool {
		if sts[i].Position != sts[j].Position {
			return sts[i].Position < sts[j].Position
		}
		return strings.TrimPrefix(sts[i].Start.Raw, "+") < strings.TrimPrefix(sts[j].Start.Raw, "+")
	})
	for _, st := range sts {
		m.statement(st)
	}
	m.successions(sts)
	// A new person is written with a term, or not at all.
	held := map[string]bool{}
	for _, t := range im.Doc.Terms {
		held[t.Person] = true
	}
	people := im.Doc.People[:0]
	for _, p := range im.Doc.People {
		if !m.newPerson[p] || held[p.ID] {
			people = append(people, p)
		}
	}
	im.Doc.People = people
	sort.SliceStable(im.Notes, func(i, j int) bool { return im.Notes[i].Role < im.Notes[j].Role })
	sort.SliceStable(im.Doc.Terms, func(i, j int) bool {
		a, b := im.Doc.Terms[i], im.Doc.Terms[j]
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		return a.Start < b.Start
	})
	return im
}

type importer struct {
	base *Base
	res  *WikidataResults
	im   *Import
	opt  ImportOptions
	// roles and people by QID, as resolved (from the base or made new).
	roles              map[string]*Role
	people             map[string]*Person
	newRole            map[*Role]bool
	newPerson          map[*Person]bool
	skipped            map[string]bool // QIDs of people not imported (a conflict said why)
	byQIDRole          map[string]*Role
	byQIDPerson        map[string]*Person
	names              map[string]*Person // every name and alias, lower case, to its person
	labels             map[string]*Role   // every label, lower case, to its role
	amendP             map[*Person]*Person
	amendR             map[*Role]*Role
	terms              []*Term // the terms added so far, to check overlaps among them
	personIDs, roleIDs map[string]bool
}

func (m *importer) note(kind, role, format string, args ...any) {
	m.im.Notes = append(m.im.Notes, ImportNote{Kind: kind, Role: role, Msg: fmt.Sprintf(format, args...)})
}

func (m *importer) indexBase() {
	m.byQIDRole, m.byQIDPerson = map[string]*Role{}, map[string]*Person{}
	m.personIDs, m.roleIDs, m.skipped = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, r := range m.base.Roles {
		m.roleIDs[r.ID] = true
		if r.Wikidata != "" {
			m.byQIDRole[r.Wikidata] = r
		}
		for _, l := range append([]string{r.Name}, r.allLabels()...) {
			m.labels[strings.ToLower(l)] = r
		}
	}
	for _, p := range m.base.People {
		m.personIDs[p.ID] = true
		if p.Wikidata != "" {
			m.byQIDPerson[p.Wikidata] = p
		}
		for _, n := range append(append(append([]string{p.Name}, p.Aliases...), p.AmbiguousAliases...), p.Nicknames...) {
			m.names[strings.ToLower(n)] = p
		}
	}
}

// role resolves an office: by its item in the base, by a label the base
// has, or as a new role.
func (m *importer) role(q string) *Role {
	if r, ok := m.roles[q]; ok {
		return r
	}
	it := m.res.item(q)
	r := m.byQIDRole[q]
	if r == nil {
		for _, l := range append([]string{it.Labels["en"]}, it.Aliases["en"]...) {
			if c := m.labels[strings.ToLower(l)]; l != "" && c != nil && (c.Wikidata == "" || c.Wikidata == q) {
				r = c
				m.note("note", r.ID, "office %s (%s) matched by its label %q: add wikidata = %q to %s (%s)", q, it.Label(), l, q, r.ID, r.Origin)
				break
			}
		}
	}
	if r == nil {
		r = m.newRoleFor(it)
	} else {
		m.amendRole(r, it)
	}
	m.roles[q] = r
	m.im.RoleQID[r.ID] = q
	return r
}

func (m *importer) newRoleFor(it *WikidataItem) *Role {
	name := it.Label()
	r := &Role{ID: m.uniqueID(roleID(name, it.Jurisdiction), m.roleIDs), Name: name, Jurisdiction: it.Jurisdiction,
		SingleHolder: true, Wikidata: it.QID}
	m.roleIDs[r.ID] = true
	if r.Jurisdiction == "" {
		m.note("conflict", r.ID, "office %s (%s) has no jurisdiction in the results (add ?jurisdiction to the query, or set it by hand): kb check will refuse the role until it has one", it.QID, name)
	}
	for _, l := range append([]string{name}, it.Aliases["en"]...) {
		m.addLabel(r, &r.Labels, l)
	}
	if short := shortTitle(name); short != "" {
		r.ShortTitles = []string{short}
	}
	for _, lang := range wikidataLanguages[1:] {
		var labels []string
		for _, l := range append([]string{it.Labels[lang]}, it.Aliases[lang]...) {
			if l != "" {
				m.addLabel(r, &labels, l)
			}
		}
		if len(labels) > 0 {
			if r.Lang == nil {
				r.Lang = map[string]RoleLang{}
			}
			r.Lang[lang] = RoleLang{Labels: labels}
		}
	}
	m.newRole[r] = true
	m.im.Doc.Roles = append(m.im.Doc.Roles, r)
	m.note("added", r.ID, "office %s (%s), jurisdiction %q", it.QID, name, r.Jurisdiction)
	return r
}

// addLabel adds l to a role's labels unless another role has it (a label
// names one office).
func (m *importer) addLabel(r *Role, dst *[]string, l string) {
	k := strings.ToLower(l)
	if o := m.labels[k]; o != nil && o != r {
		m.note("note", r.ID, "label %q left out: it names %s already", l, o.ID)
		return
	}
	if slicesContains(*dst, l) {
		return
	}
	m.labels[k] = r
	*dst = append(*dst, l)
}

// amendRole notes the labels of a known office the base lacks.
func (m *importer) amendRole(r *Role, it *WikidataItem) {
	var add []string
	for _, l := range append([]string{it.Labels["en"]}, it.Aliases["en"]...) {
		if l == "" || m.labels[strings.ToLower(l)] != nil {
			continue
		}
		m.addLabel(r, &add, l)
	}
	if len(add) == 0 && (r.Wikidata != "" || !m.opt.User) {
		return
	}
	if !m.opt.User {
		m.note("amend", r.ID, "labels the base lacks (add them to %s, %s): %s", r.ID, r.Origin, quoteList(add))
		return
	}
	a := &Role{ID: r.ID, SingleHolder: true, Labels: add}
	if r.Wikidata == "" {
		a.Wikidata = it.QID
	}
	m.amendR[r] = a
	m.im.Doc.Roles = append(m.im.Doc.Roles, a)
	if len(add) > 0 {
		m.note("amend", r.ID, "labels added: %s", quoteList(add))
	}
}

// person resolves a person: by item, by name in the base (when the base
// does not give them another item), or as a new person; nil when a
// conflict keeps them out.
func (m *importer) person(q, role string) *Person {
	if p, ok := m.people[q]; ok {
		return p
	}
	it := m.res.item(q)
	name := it.Label()
	p := m.byQIDPerson[q]
	if p == nil {
		if c := m.names[strings.ToLower(name)]; c != nil {
			if c.Wikidata != "" && c.Wikidata != q {
				m.note("conflict", role, "%s (%s): the base's %s (%s) has this name but is %s: a different person with the same name; not imported", name, q, c.ID, c.Origin, c.Wikidata)
				m.people[q] = nil
				return nil
			}
			p = c
			m.note("note", role, "%s (%s) matched by name to %s (%s): add wikidata = %q to them", name, q, c.ID, c.Origin, q)
		}
	}
	if p != nil {
		if id := personID(name); id != p.ID && m.byQIDPerson[q] == p && !m.newPerson[p] {
			m.note("note", role, "%s is %s in the base (%s), not %s", q, p.ID, p.Origin, id)
		}
		m.amendPerson(p, it, role)
	} else {
		p = m.newPersonFor(it, role)
	}
	m.people[q] = p
	return p
}

func (m *importer) newPersonFor(it *WikidataItem, role string) *Person {
	name := it.Label()
	id := personID(name)
	if id == "" {
		id = strings.ToLower(it.QID)
	}
	if m.personIDs[id] {
		other := m.base.Person(id)
		what := "another imported person"
		if other != nil {
			what = fmt.Sprintf("%s (%s, %s)", other.Name, other.Origin, orNone(other.Wikidata))
		}
		uid := m.uniqueID(id, m.personIDs)
		m.note("note", role, "%s (%s): id %s is taken by %s; imported as %s", name, it.QID, id, what, uid)
		id = uid
	}
	m.personIDs[id] = true
	p := &Person{ID: id, Name: name, Surname: lastWord(name), Wikidata: it.QID}
	m.names[strings.ToLower(name)] = p
	for _, a := range m.newNames(p, it, role) {
		p.Aliases = append(p.Aliases, a)
		m.names[strings.ToLower(a)] = p
	}
	if it.Died.Raw != "" {
		if it.Died.IsDay() {
			p.Died = it.Died.Day
		} else {
			m.note("conflict", role, "%s (%s) died %s: not to the day, so not recorded", name, it.QID, it.Died)
		}
	}
	m.newPerson[p] = true
	m.im.Doc.People = append(m.im.Doc.People, p)
	return p
}

// newNames are the names of it in any language that p has not (labels in
// other languages that differ, aliases), leaving out those another person
// has.
func (m *importer) newNames(p *Person, it *WikidataItem, role string) []string {
	have := map[string]bool{strings.ToLower(p.Name): true}
	for _, a := range append(append(append([]string(nil), p.Aliases...), p.AmbiguousAliases...), p.Nicknames...) {
		have[strings.ToLower(a)] = true
	}
	var out []string
	for _, lang := range wikidataLanguages {
		for _, n := range append([]string{it.Labels[lang]}, it.Aliases[lang]...) {
			k := strings.ToLower(n)
			if n == "" || have[k] {
				continue
			}
			have[k] = true
			if o := m.names[k]; o != nil && o != p {
				m.note("note", role, "%s: name %q left out: it is also %s's (%s); list it under ambiguous_aliases of both by hand if pages use it", p.ID, n, o.ID, o.Origin)
				continue
			}
			out = append(out, n)
		}
	}
	return out
}

// amendPerson notes the names (and item) of a known person the base lacks.
func (m *importer) amendPerson(p *Person, it *WikidataItem, role string) {
	if m.newPerson[p] || m.amendP[p] != nil {
		return
	}
	add := m.newNames(p, it, role)
	needQID := p.Wikidata == ""
	if len(add) == 0 && !needQID {
		return
	}
	if !m.opt.User {
		if len(add) > 0 {
			m.note("amend", role, "%s: names the base lacks (add them to %s): %s", p.ID, p.Origin, quoteList(add))
		}
		return
	}
	a := &Person{ID: p.ID, Aliases: add}
	if needQID {
		a.Wikidata = it.QID
	}
	for _, n := range add {
		m.names[strings.ToLower(n)] = p
	}
	m.amendP[p] = a
	m.im.Doc.People = append(m.im.Doc.People, a)
	if len(add) > 0 {
		m.note("amend", role, "%s: names added: %s", p.ID, quoteList(add))
	}
}

func (m *importer) statement(st *WikidataStatement) {
	r := m.role(st.Position)
	who := m.res.item(st.Person)
	p := m.person(st.Person, r.ID)
	if p == nil {
		return
	}
	label := fmt.Sprintf("%s as %s", p.ID, r.ID)
	if st.Start.Raw == "" {
		m.note("conflict", r.ID, "%s: no start date in Wikidata (statement %s); not written", label, st.ID)
		return
	}
	// The base's terms of this person in this office that meet the
	// statement's.
	var mine []*Term
	if !m.newPerson[p] && !m.newRole[r] {
		for _, t := range p.Terms {
			if t.Role == r.ID {
				mine = append(mine, t)
			}
		}
	}
	for _, t := range m.terms {
		if t.Role == r.ID && t.Person == p.ID {
			mine = append(mine, t)
		}
	}
	if !st.Start.IsDay() || st.End.Raw != "" && !st.End.IsDay() {
		// Say whether the base has it to the day; never guess a day.
		for _, t := range mine {
			if strings.HasPrefix(t.Start, st.Start.Day) && (st.End.Raw == "" && t.End == "" || st.End.Raw != "" && strings.HasPrefix(t.End, st.End.Day)) {
				m.im.Same++
				return
			}
		}
		m.note("conflict", r.ID, "%s: Wikidata gives %s to %s, not to the day; not written (find the days in dated reports)", label, st.Start, st.End)
		return
	}
	start, end := st.Start.Day, ""
	if st.End.Raw != "" {
		end = st.End.Day
		if end <= start {
			m.note("conflict", r.ID, "%s: Wikidata's term ends %s, not after its start %s; not written", label, end, start)
			return
		}
	}
	for _, t := range mine {
		if t.Start == start {
			switch {
			case t.End == end:
				if t.Acting != st.Acting {
					m.note("note", r.ID, "%s from %s: acting is %v in the base (%s), %v in Wikidata", label, start, t.Acting, t.Origin, st.Acting)
				}
				m.im.Same++
			case t.End == "":
				if m.base.AsOf != "" && end > m.base.AsOf {
					m.note("note", r.ID, "%s from %s: ends %s per Wikidata, after the base's as_of %s (update the term and as_of together)", label, start, end, m.base.AsOf)
				} else {
					m.note("conflict", r.ID, "%s from %s: Wikidata says the term ended %s; the base (%s) has it open", label, start, end, t.Origin)
				}
			case end == "":
				m.note("conflict", r.ID, "%s from %s: the base (%s) ends the term %s; Wikidata has no end", label, start, t.Origin, t.End)
			default:
				m.note("conflict", r.ID, "%s from %s: a different end date: the base says %s (%s), Wikidata %s", label, start, t.End, t.Origin, end)
			}
			return
		}
	}
	for _, t := range mine {
		if overlaps(t.Start, t.End, start, end) {
			m.note("conflict", r.ID, "%s: a different start date: the base says %s (%s), Wikidata %s (statement %s)", label, t.Start, t.Origin, start, st.ID)
			return
		}
	}
	if r.SingleHolder {
		others := append([]*Term(nil), m.terms...)
		if !m.newRole[r] {
			others = append(others, r.Terms...)
		}
		for _, t := range others {
			if t.Role == r.ID && t.Person != p.ID && overlaps(t.Start, t.End, start, end) {
				where := "imported above"
				if t.Origin.File != "" {
					where = t.Origin.String()
				}
				m.note("conflict", r.ID, "%s from %s to %s: an overlapping term: %s held the office %s to %s (%s); not written", label, start, orOpen(end), t.Person, t.Start, orOpen(t.End), where)
				return
			}
		}
	}
	if m.base.AsOf != "" && start > m.base.AsOf {
		m.note("note", r.ID, "%s: starts %s, after the base's as_of %s; not written until as_of moves", label, start, m.base.AsOf)
		return
	}
	if end != "" && m.base.AsOf != "" && end > m.base.AsOf {
		m.note("note", r.ID, "%s: ends %s, after the base's as_of %s; written open", label, end, m.base.AsOf)
		end = ""
	}
	if p.Died != "" && start > p.Died {
		m.note("conflict", r.ID, "%s: starts %s, after their death on %s; not written", label, start, p.Died)
		return
	}
	t := &Term{Role: r.ID, Person: p.ID, Start: start, End: end, Acting: st.Acting,
		Source: "wikidata " + st.ID + " (imported from " + m.opt.Source + "; confirm the days in dated reports)"}
	m.terms = append(m.terms, t)
	m.im.Doc.Terms = append(m.im.Doc.Terms, t)
	acting := ""
	if st.Acting {
		acting = " (acting)"
	}
	m.note("added", r.ID, "term of %s (%s)%s, %s to %s", p.ID, who.Label(), acting, start, orOpen(end))
}

// successions notes where Wikidata's "replaced by" does not meet the
// successor's own start.
func (m *importer) successions(sts []*WikidataStatement) {
	type key struct{ person, position string }
	starts := map[key][]string{}
	for _, st := range sts {
		if st.Start.IsDay() {
			k := key{st.Person, st.Position}
			starts[k] = append(starts[k], st.Start.Day)
		}
	}
	for _, st := range sts {
		if !st.End.IsDay() {
			continue
		}
		r := m.roles[st.Position]
		for _, next := range st.ReplacedBy {
			s := starts[key{next, st.Position}]
			if len(s) == 0 || slicesContains(s, st.End.Day) {
				continue
			}
			m.note("note", r.ID, "Wikidata: %s was replaced by %s on %s, but %s's statements start %s", m.res.item(st.Person).Label(),
				m.res.item(next).Label(), st.End.Day, m.res.item(next).Label(), strings.Join(s, ", "))
		}
	}
}

func overlaps(s1, e1, s2, e2 string) bool {
	return (e1 == "" || s2 < e1) && (e2 == "" || s1 < e2)
}

func orNone(s string) string {
	if s == "" {
		return "no wikidata id"
	}
	return s
}

func quoteList(l []string) string {
	q := make([]string, len(l))
	for i, s := range l {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

func (m *importer) uniqueID(id string, taken map[string]bool) string {
	if !taken[id] {
		return id
	}
	for n := 2; ; n++ {
		if c := fmt.Sprintf("%s-%d", id, n); !taken[c] {
			return c
		}
	}
}

// personID makes a kebab-case id of a name: "Nicușor Dan" → "nicusor-dan".
func personID(name string) string { return kebab(name) }

// roleID makes an office's id: "Prime Minister of Thailand" in TH →
// "th-prime-minister", the place left out when the label ends with it.
func roleID(label, jurisdiction string) string {
	base := label
	if i := strings.LastIndex(label, " of "); i > 0 && jurisdiction != "" {
		base = label[:i]
	}
	id := kebab(base)
	if jurisdiction != "" {
		id = kebab(jurisdiction) + "-" + id
	}
	if id == "" {
		return "office"
	}
	return id
}

// shortTitle is the title a label starts with, before its last " of "
// ("President of Chile" → "President"), or "".
func shortTitle(label string) string {
	if i := strings.LastIndex(label, " of "); i > 0 {
		return strings.TrimSpace(label[:i])
	}
	return ""
}

// kebab folds s to lower-case ASCII words joined by '-'.
func kebab(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ø' || r == 'Ø':
			b.WriteByte('o')
		case r == 'ł' || r == 'Ł':
			b.WriteByte('l')
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r == '\'' || r == '’':
			// "O'Neill" → "oneill"
		default:
			dash = true
		}
	}
	return b.String()
}
