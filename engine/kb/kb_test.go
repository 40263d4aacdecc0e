package kb

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	toml "github.com/pelletier/go-toml/v2"
)

// sources reads the TOML files of dir (sorted) as built-in sources, then
// each user file as its own layer.
func sources(t *testing.T, dir string, userFiles ...string) []Source {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
	sort.Strings(files)
	var out []Source
	read := func(f string, user bool) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := toml.Unmarshal(src, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		s := Source{File: f, Text: src, Data: m, User: user}
		if user {
			s.Table = "kb"
			s.Data, _ = m["kb"].(map[string]any)
		}
		out = append(out, s)
	}
	for _, f := range files {
		read(f, false)
	}
	for _, f := range userFiles {
		read(f, true)
	}
	return out
}

func build(t *testing.T, dir string, userFiles ...string) *Base {
	t.Helper()
	b, err := Build(sources(t, dir, userFiles...))
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return b
}

func TestBuildIndexesTheBase(t *testing.T) {
	b := build(t, "testdata/base")
	c := b.Counts()
	if c.Roles != 2 || c.People != 4 || c.Terms != 4 || c.Events != 1 || c.AsOf != "2026-07-01" {
		t.Fatalf("counts: %+v", c)
	}
	r := b.Role("nato-secretary-general")
	if len(r.Terms) != 2 || r.Terms[0].Person != "jens-stoltenberg" || r.Terms[1].Person != "mark-rutte" {
		t.Fatalf("terms are not ordered by start: %+v", r.Terms)
	}
	if !r.SingleHolder {
		t.Error("single_holder defaults to true")
	}
	if got := b.HoldersAt("nato-secretary-general", "2024-09-30"); len(got) != 1 || got[0].Person != "jens-stoltenberg" {
		t.Errorf("holder on 2024-09-30: %+v", got)
	}
	if got := b.HoldersAt("nato-secretary-general", "2024-10-01"); len(got) != 1 || got[0].Person != "mark-rutte" {
		t.Errorf("terms are half-open: holder on 2024-10-01: %+v", got)
	}
	if b.Person("jens-stoltenberg").Surname != "Stoltenberg" {
		t.Errorf("surname defaults to the last word of the name")
	}
	if b.Known("uk-prime-minister", "2026-06-23") || !b.Known("uk-prime-minister", "2026-06-22") || b.Known("nato-secretary-general", "2026-07-02") {
		t.Error("Known must honour unknown_after and as_of")
	}
	if got := b.FindPerson("stoltenberg"); len(got) != 1 || got[0].ID != "jens-stoltenberg" {
		t.Errorf("FindPerson by alias: %v", got)
	}
	if got := b.FindRole("NATO chief"); len(got) != 1 {
		t.Errorf("FindRole by label: %v", got)
	}
}

func TestDataIsKeyedForRego(t *testing.T) {
	d := build(t, "testdata/base").Data()
	if d["as_of"] != "2026-07-01" {
		t.Errorf("as_of: %v", d["as_of"])
	}
	terms := d["terms"].(map[string]any)["nato-secretary-general"].([]any)
	first := terms[0].(map[string]any)
	if first["person"] != "jens-stoltenberg" || first["end"] != "2024-10-01" {
		t.Errorf("first NATO term: %v", first)
	}
	if _, open := terms[1].(map[string]any)["end"]; open {
		t.Error("an open term has no end key")
	}
	rutte := d["person_terms"].(map[string]any)["mark-rutte"].([]any)
	if len(rutte) != 1 {
		t.Errorf("person_terms: %v", rutte)
	}
	role := d["roles"].(map[string]any)["uk-prime-minister"].(map[string]any)
	if role["unknown_after"] != "2026-06-22" || role["single_holder"] != true {
		t.Errorf("role: %v", role)
	}
	if d["events"].(map[string]any)["brexit-referendum"].(map[string]any)["date"] != "2016-06-23" {
		t.Error("events are keyed by id")
	}
}

func TestCheckNamesFileAndLine(t *testing.T) {
	_, err := Build(sources(t, "testdata/broken"))
	if err == nil {
		t.Fatal("a broken base must not build")
	}
	msg := err.Error()
	want := []string{
		"knowledge base: as_of is not set",
		`testdata/broken/meta.toml:2: role us-president: adjectival form "administration" has no {surname}`,
		`testdata/broken/meta.toml:10: role id "American_President" must be kebab-case`,
		`testdata/broken/meta.toml:10: role American_President: label "us president" also names role us-president`,
		`testdata/broken/people.toml:1: person joe-biden: "biden" is also a name or alias of hunter-biden`,
		`testdata/broken/people.toml:1: person joe-biden: alias "President Biden" starts with the title "President" of us-president; write "Biden" (the title is read on its own)`,
		`testdata/broken/people.toml:6: people: unknown key "nickname"`,
		`testdata/broken/people.toml:6: person hunter-biden: "biden" is also a name or alias of joe-biden`,
		`testdata/broken/people.toml:12: people: duplicate id "joe-biden" (first defined at testdata/broken/people.toml:1)`,
		`testdata/broken/people.toml:22: term: unknown person "donald-trump"`,
		`testdata/broken/people.toml:22: role us-president has one holder at a time, but the term of donald-trump from 2024-11-05 overlaps the term of joe-biden`,
		`testdata/broken/people.toml:27: term: unknown role "us-vice-president"`,
		`testdata/broken/people.toml:27: term of joe-biden as us-vice-president: end 2009-01-20 is not after start 2009-01-20`,
		`testdata/broken/people.toml:33: term of joe-biden as us-president: start "2021-02-30" is not a date`,
		`testdata/broken/people.toml:38: event biden-inauguration: labels are missing`,
		`testdata/broken/people.toml:38: event biden-inauguration: unknown person "kamala-harris"`,
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("missing error %q", w)
		}
	}
	if t.Failed() {
		t.Logf("got:\n%s", msg)
	}
	if n := len(err.(Errors)); n != len(want) {
		t.Errorf("got %d errors, want %d:\n%s", n, len(want), msg)
	}
}

func TestUserLayerAddsOverridesAndRetires(t *testing.T) {
	b := build(t, "testdata/base", "testdata/user/add.toml")
	if b.Role("riverton-mayor") == nil || len(b.Person("ana-lind").Terms) != 1 {
		t.Fatal("a user file adds roles, people and terms")
	}
	st := b.Person("jens-stoltenberg")
	if st.Name != "Jens Stoltenberg" || len(st.Aliases) != 2 || st.Aliases[1] != "J. Stoltenberg" {
		t.Errorf("amending a person keeps its fields and adds aliases: %+v", st)
	}
	nato := b.Role("nato-secretary-general").Terms
	if len(nato) != 2 || nato[0].End != "2024-09-30" || !strings.HasSuffix(nato[0].Origin.File, "add.toml") {
		t.Errorf("the later term with the same role, person and start wins: %+v", nato[0])
	}
	if may := b.Person("theresa-may"); len(may.AmbiguousAliases) != 0 {
		t.Errorf("retired alias still there: %v", may.AmbiguousAliases)
	}
	// The same ids in the built-in layer are an error, not an amendment.
	srcs := sources(t, "testdata/base", "testdata/user/add.toml")
	srcs[len(srcs)-1].User = false
	if _, err := Build(srcs); err == nil || !strings.Contains(err.Error(), `duplicate id "jens-stoltenberg"`) {
		t.Errorf("built-in duplicates must fail: %v", err)
	}
}

func TestUserLayerErrors(t *testing.T) {
	_, err := Build(sources(t, "testdata/base", "testdata/user/dup.toml"))
	if err == nil {
		t.Fatal("want errors")
	}
	for _, w := range []string{
		`testdata/user/dup.toml:5: people: duplicate id "ana-lind" (first defined at testdata/user/dup.toml:1)`,
		`testdata/user/dup.toml:9: retire: jens-stoltenberg has no alias "Mayor Lind"`,
		`testdata/user/dup.toml:13: retire: no term of boris-johnson as uk-prime-minister starting 2019-07-25`,
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("missing %q in:\n%v", w, err)
		}
	}
}

func TestRetireTermAndUnquotedDates(t *testing.T) {
	user := filepath.Join(t.TempDir(), "fix.toml")
	os.WriteFile(user, []byte(`
[[kb.retire]]
role = "uk-prime-minister"
person = "boris-johnson"
start = 2019-07-24

[[kb.terms]]
role = "uk-prime-minister"
person = "boris-johnson"
start = 2019-07-24
end = 2022-09-06
acting = true
`), 0o644)
	b := build(t, "testdata/base", user)
	terms := b.Person("boris-johnson").Terms
	if len(terms) != 1 || !terms[0].Acting || terms[0].Start != "2019-07-24" {
		t.Errorf("retire then re-add with TOML dates: %+v", terms)
	}
}

func TestLanguagesAbbreviationsNicknamesAndDeaths(t *testing.T) {
	b := build(t, "testdata/extended")
	r := b.Role("nato-secretary-general")
	if got := r.Lang["fr"].Labels; len(got) != 1 || got[0] != "secrétaire général de l'OTAN" {
		t.Errorf("fr labels: %q", got)
	}
	if got := r.Lang["fr"].ShortTitles; len(got) != 1 || got[0] != "secrétaire général" {
		t.Errorf("fr short titles: %q", got)
	}
	if got := r.Lang["de"].Labels; len(got) != 1 {
		t.Errorf("de labels: %q", got)
	}
	if got := r.Abbreviations; len(got) != 1 || got[0] != "NATO SecGen" {
		t.Errorf("abbreviations: %q", got)
	}
	p := b.Person("francis")
	if p.Died != "2025-04-21" || len(p.Nicknames) != 1 {
		t.Errorf("francis: died %q nicknames %q", p.Died, p.Nicknames)
	}
	d := b.Data()
	role := d["roles"].(map[string]any)["nato-secretary-general"].(map[string]any)
	fr := role["lang"].(map[string]any)["fr"].(map[string]any)
	if fr["labels"].([]any)[0] != "secrétaire général de l'OTAN" {
		t.Errorf("data lang: %v", role["lang"])
	}
	if got := d["people"].(map[string]any)["francis"].(map[string]any)["died"]; got != "2025-04-21" {
		t.Errorf("data died: %v", got)
	}
	if _, ok := d["people"].(map[string]any)["jens-stoltenberg"].(map[string]any)["died"]; ok {
		t.Error("a living person has no died key")
	}
}

func TestExtendedSchemaErrors(t *testing.T) {
	_, err := Build(sources(t, "testdata/extended-broken"))
	if err == nil {
		t.Fatal("a broken base must not build")
	}
	msg := err.Error()
	for _, w := range []string{
		`roles: lang: unknown language "it" (known: fr, de, es)`,
		`role vatican-head: label "pope" also names role pope`,
		`person francis: died "2025-04-31" is not a date`,
		`term of leo-xiv as pope: starts 2025-05-08, after their death on 2025-01-01`,
	} {
		if !strings.Contains(msg, w) {
			t.Errorf("missing error %q in:\n%s", w, msg)
		}
	}
}

// A base seeded with one mistake of each kind: kb check names each at its
// file and line.
func TestCheckFindsSeededMistakes(t *testing.T) {
	_, err := Build(sources(t, "testdata/seeded", "testdata/seeded-user/newsroom.toml"))
	if err == nil {
		t.Fatal("a seeded base must not build")
	}
	want := []string{
		`testdata/seeded-user/newsroom.toml:4: retire: unknown person "ines-val"`,
		`testdata/seeded-user/newsroom.toml:9: retire: unknown role "harbour-chief"`,
		`testdata/seeded-user/newsroom.toml:15: person marta-solar: name is missing (did you mean "marta-soler"?)`,
		`testdata/seeded/offices.toml:38: role harbour-master has one holder at a time, but the term of oriol-ferrer from 2018-11-20 overlaps the term of ines-vall (2012-05-02 to 2019-03-01, testdata/seeded/offices.toml:31)`,
		`testdata/seeded/offices.toml:46: term of marta-soler as harbour-master: end 2021-04-11 is not after start 2023-04-11`,
		`testdata/seeded/offices.toml:60: term of ines-vall as port-commissioner from 2020-06-15 overlaps their own earlier term (2019-03-01 to open, testdata/seeded/offices.toml:54)`,
		`testdata/seeded/offices.toml:68: term: unknown role "harbor-master" (did you mean "harbour-master"?)`,
	}
	got := strings.Split(err.Error(), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAuditWantsSourcesForRecentChanges(t *testing.T) {
	srcs := sources(t, "testdata/seeded")
	b, _ := Assemble(srcs)
	got := b.Audit()
	if len(got) != 1 || got[0].Error() != `testdata/seeded/offices.toml:76: term of oriol-ferrer as port-commissioner ends 2025-02-03 (recent: 2024–2026) but has no source: confirm the day in dated reports and say where (source = "...")` {
		t.Errorf("audit: %v", got)
	}
	// A term that only began long ago and is still open is not recent.
	clean := build(t, "testdata/base")
	for _, e := range clean.Audit() {
		if strings.Contains(e.Msg, "2014-10-01") {
			t.Errorf("an old start is not recent: %v", e)
		}
	}
}

func TestCompactRoundTrip(t *testing.T) {
	for _, dir := range []string{"testdata/base", "testdata/extended"} {
		b := build(t, dir)
		data := Encode(b, "test", nil)
		if fp, err := CompactFingerprint(string(data)); err != nil || fp != "test" {
			t.Fatalf("fingerprint: %q %v", fp, err)
		}
		got, err := Decode(string(data))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Data(), got.Data()) {
			t.Errorf("%s: decoded base differs:\n%v\n%v", dir, b.Data(), got.Data())
		}
		if got.People[0].Origin != b.People[0].Origin || got.Terms[0].Origin != b.Terms[0].Origin {
			t.Errorf("%s: origins lost", dir)
		}
		if _, err := Decode(string(data[:len(data)-3])); err == nil {
			t.Errorf("%s: a truncated compact form must not decode", dir)
		}
	}
}

// User layers over the compact built-in base work as over its TOML:
// amendments, overrides, retirements, and errors that name the built-in
// entries' lines.
func TestUserLayersOverCompactBase(t *testing.T) {
	want := build(t, "testdata/base", "testdata/user/add.toml")
	compact, err := Decode(string(Encode(build(t, "testdata/base"), "x", nil)))
	if err != nil {
		t.Fatal(err)
	}
	srcs := sources(t, "testdata/base", "testdata/user/add.toml")
	got, err := Build([]Source{{Base: compact}, srcs[len(srcs)-1]})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(want.Data(), got.Data()) {
		t.Errorf("layers over the compact base differ:\n%v\n%v", want.Data(), got.Data())
	}

	compact, _ = Decode(string(Encode(build(t, "testdata/base"), "x", nil)))
	user := filepath.Join(t.TempDir(), "overlap.toml")
	os.WriteFile(user, []byte(`
[[kb.terms]]
role = "nato-secretary-general"
person = "jens-stoltenberg"
start = "2024-01-01"
end = "2024-06-01"
`), 0o644)
	srcs = sources(t, "testdata/base", user)
	_, err = Build([]Source{{Base: compact}, srcs[len(srcs)-1]})
	if err == nil || !strings.Contains(err.Error(), "overlap.toml:2: role nato-secretary-general has one holder at a time") ||
		!strings.Contains(err.Error(), "testdata/base/nato.toml:23") {
		t.Errorf("an overlap with a built-in term names both lines: %v", err)
	}

	// An acting holder may stand in while the holder is suspended.
	os.WriteFile(user, []byte(`
[[kb.people]]
id = "jane-stand"
name = "Jane Stand"

[[kb.terms]]
role = "nato-secretary-general"
person = "jane-stand"
start = "2024-01-01"
end = "2024-06-01"
acting = true
`), 0o644)
	srcs = sources(t, "testdata/base", user)
	if _, err = Build([]Source{{Base: compact}, srcs[len(srcs)-1]}); err != nil {
		t.Errorf("an acting term inside a holder's term: %v", err)
	}
}

// Get builds the part of Data at a path, and nothing else.
func TestGetIsDataByPath(t *testing.T) {
	b := build(t, "testdata/extended")
	full := b.Data()
	for _, path := range [][]string{
		{"as_of"}, {"roles"}, {"roles", "nato-secretary-general"}, {"roles", "nato-secretary-general", "lang", "fr", "labels", "0"},
		{"people", "francis", "died"}, {"terms", "nato-secretary-general", "1", "person"}, {"person_terms", "jens-stoltenberg"},
		{"events"},
	} {
		got, ok := b.Get(path)
		want, wok := descend(full, path)
		if ok != wok || !reflect.DeepEqual(got, want) {
			t.Errorf("%v: got %v (%v), want %v (%v)", path, got, ok, want, wok)
		}
	}
	for _, path := range [][]string{{"roles", "nobody"}, {"people", "francis", "nickname"}, {"terms", "nato-secretary-general", "9"}, {"nothing"}, {"people", "jens-stoltenberg", "died"}} {
		if v, ok := b.Get(path); ok {
			t.Errorf("%v: want nothing, got %v", path, v)
		}
	}
}

// A base read from its compact form decodes what is asked for, once:
// the same entry is the same pointer before and after Full.
func TestCompactDecodesOnDemand(t *testing.T) {
	b, err := Decode(string(Encode(build(t, "testdata/base"), "x", nil)))
	if err != nil {
		t.Fatal(err)
	}
	decoded := func() (roles, people, terms int) {
		for i := range b.lazy.compact.roles {
			if b.lazy.compact.roles[i].Load() != nil {
				roles++
			}
		}
		for i := range b.lazy.compact.people {
			if b.lazy.compact.people[i].Load() != nil {
				people++
			}
		}
		for i := range b.lazy.compact.terms {
			if b.lazy.compact.terms[i].Load() != nil {
				terms++
			}
		}
		return
	}
	roles0, _, terms0 := decoded() // Decode reads the last role (and its terms) to check the form
	rutte := b.Person("mark-rutte")
	if rutte == nil || rutte.Name != "Mark Rutte" || len(rutte.Terms) != 1 || rutte.Terms[0].Role != "nato-secretary-general" {
		t.Fatalf("mark-rutte: %+v", rutte)
	}
	if r, p, tm := decoded(); r != roles0 || p != 1 || tm != terms0+1 {
		t.Errorf("one person asked for: %d roles, %d people, %d terms decoded", r, p, tm)
	}
	if b.Person("nobody") != nil || b.Role("nobody") != nil || b.Event("nobody") != nil {
		t.Error("unknown ids are nil")
	}
	if got := b.HoldersAt("nato-secretary-general", "2024-09-30"); len(got) != 1 || got[0].Person != "jens-stoltenberg" {
		t.Errorf("HoldersAt: %+v", got)
	}
	b.Full()
	if r, p, tm := decoded(); r != len(b.Roles) || p != len(b.People) || tm != len(b.Terms) {
		t.Errorf("Full decodes everything: %d/%d roles, %d/%d people, %d/%d terms", r, len(b.Roles), p, len(b.People), tm, len(b.Terms))
	}
	for _, p := range b.People {
		if p.ID == "mark-rutte" && p != rutte {
			t.Error("Full must keep the entries decoded before")
		}
	}
	if b.Person("mark-rutte") != rutte || b.Role("nato-secretary-general").Terms[1] != rutte.Terms[0] {
		t.Error("a term is one pointer, from its role and from its person")
	}
}

// Lint workers read one base at once (run with -race).
func TestCompactConcurrentReads(t *testing.T) {
	b, err := Decode(string(Encode(build(t, "testdata/extended"), "x", nil)))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan bool)
	for i := range 6 {
		go func() {
			defer func() { done <- true }()
			for _, id := range []string{"francis", "jens-stoltenberg"} {
				if p := b.Person(id); p == nil || p.ID != id {
					t.Errorf("person %s: %v", id, p)
				}
			}
			if i == 3 {
				b.Full()
			}
			b.HoldersAt("nato-secretary-general", "2020-01-01")
			if _, ok := b.Get([]string{"roles", "nato-secretary-general", "name"}); !ok {
				t.Error("Get")
			}
		}()
	}
	for range 6 {
		<-done
	}
}

// Over the compact base, only what user layers touch is checked again:
// it finds what a check of everything finds.
func TestScopedCheckFindsWhatAFullCheckFinds(t *testing.T) {
	user := filepath.Join(t.TempDir(), "mistakes.toml")
	os.WriteFile(user, []byte(`
[[kb.roles]]
id = "harbour-master"
name = "Harbour Master"
jurisdiction = "GB"
labels = ["NATO chief"]

[[kb.people]]
id = "ana-stoltenberg"
name = "Ana Stoltenberg"
aliases = ["Stoltenberg"]
died = "2020-02-30"

[[kb.people]]
id = "theresa-may"
died = "2015-01-01"

[[kb.terms]]
role = "uk-prime-minister"
person = "ana-stoltenberg"
start = "2019-01-01"
end = "2019-12-31"

[[kb.terms]]
role = "harbour-mastr"
person = "ana-stoltenberg"
start = "2020-01-01"

[[kb.roles]]
id = "nato-secretary-general"
labels = ["British Prime Minister"]

[[kb.people]]
id = "mark-rutte"
wikidata = "Q1"

[[kb.people]]
id = "jens-stoltenberg"
wikidata = "Q1"
`), 0o644)
	srcs := sources(t, "testdata/base", user)
	_, full := Assemble(srcs)
	compact, err := Decode(string(Encode(build(t, "testdata/base"), "x", nil)))
	if err != nil {
		t.Fatal(err)
	}
	_, scoped := Assemble([]Source{{Base: compact}, srcs[len(srcs)-1]})
	if full.Error() != scoped.Error() || len(full) != 10 || !strings.Contains(full.Error(), "after their death on 2015-01-01") ||
		!strings.Contains(full.Error(), `uk.toml:1: role uk-prime-minister: label "British Prime Minister" also names role nato-secretary-general`) {
		t.Errorf("full check:\n%v\n\nscoped check:\n%v", full, scoped)
	}
}

// The phrase index read in place finds every word it holds, and its
// filter turns most other words away before any search.
func TestCompactPhraseIndex(t *testing.T) {
	m := map[string][]Ref{}
	compiled := map[string][]byte{}
	for i := range 500 {
		k := fmt.Sprintf("word%d", i)
		m[k] = []Ref{{Kind: RefName, N: int32(i % 4)}}
		if i%3 > 0 {
			compiled[k] = []byte(strings.Repeat("phrases of "+k, i%3))
		}
	}
	b, err := Decode(string(Encode(build(t, "testdata/base"), "x", NewPhraseIndex(m, compiled))))
	if err != nil {
		t.Fatal(err)
	}
	x := b.Phrases()
	for k, refs := range m {
		if !x.Has(k) || !reflect.DeepEqual(x.Lookup(k), refs) {
			t.Fatalf("%s: %v %v", k, x.Has(k), x.Lookup(k))
		}
		if got := x.Compiled(k); got != string(compiled[k]) {
			t.Fatalf("%s: compiled phrases %q, want %q", k, got, compiled[k])
		}
	}
	if x.Compiled("other") != "" {
		t.Fatal("a word not in the index has compiled phrases")
	}
	passed := 0
	for i := range 10000 {
		w := fmt.Sprintf("other%d", i)
		if x.Has(w) {
			t.Fatalf("%s is not in the index", w)
		}
		if b.lazy.compact.mayHaveWord(w) {
			passed++
		}
	}
	if passed > 300 {
		t.Errorf("the filter let %d of 10000 other words through", passed)
	}
}
