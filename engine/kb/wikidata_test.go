package kb

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	toml "github.com/pelletier/go-toml/v2"
)

func importFile(t *testing.T, base *Base, file string, opt ImportOptions) *Import {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := ParseWikidata(f)
	if err != nil {
		t.Fatal(err)
	}
	if opt.Source == "" {
		opt.Source = filepath.Base(file)
	}
	return ImportWikidata(base, res, opt)
}

func notesOf(im *Import, kind string) string {
	var out []string
	for _, n := range im.Notes {
		if n.Kind == kind {
			out = append(out, n.Role+": "+n.Msg)
		}
	}
	return strings.Join(out, "\n")
}

func TestParseWikidataDates(t *testing.T) {
	for _, c := range []struct {
		v, prec, day string
		p            int
		isDay        bool
	}{
		{"+2024-10-01T00:00:00Z", "11", "2024-10-01", 11, true},
		{"2024-10-01T00:00:00Z", "", "2024-10-01", 11, true},
		{"+2024-10-00T00:00:00Z", "", "2024-10", 10, false},
		{"+2024-00-00T00:00:00Z", "", "2024", 9, false},
		{"2024-01-01T00:00:00Z", "9", "2024", 9, false},
		{"2024-03-01T00:00:00Z", "10", "2024-03", 10, false},
		{"1950-01-01T00:00:00Z", "7", "", 7, false},
	} {
		d, err := parseWikidataDate(c.v, c.prec)
		if err != nil || d.Day != c.day || d.Precision != c.p || d.IsDay() != c.isDay {
			t.Errorf("%s (%s): %+v %v", c.v, c.prec, d, err)
		}
	}
	for _, bad := range []string{"-0044-03-15T00:00:00Z", "2024-02-30T00:00:00Z", "yesterday"} {
		if _, err := parseWikidataDate(bad, "11"); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
}

// The hand-written results import into the base: new offices, people
// and terms written; what disagrees with the base reported, not written.
func TestImportWikidata(t *testing.T) {
	base := build(t, "testdata/base")
	im := importFile(t, base, "testdata/wikidata/offices.json", ImportOptions{})
	for _, want := range []string{
		"uk-prime-minister: boris-johnson as uk-prime-minister: a different start date: the base says 2019-07-24 (testdata/base/uk.toml:26), Wikidata 2019-07-25 (statement Q900121-2222)",
		"uk-prime-minister: rishi-sunak as uk-prime-minister from 2022-10-20 to 2024-07-05: an overlapping term: liz-truss held the office 2022-09-06 to 2022-10-25 (imported above); not written",
		"nato-secretary-general: jaap-de-hoop-scheffer as nato-secretary-general: Wikidata gives 2004 (year only) to 2009-08-01, not to the day; not written",
		"xe-premier: oskar-vindheim as xe-premier: Wikidata gives 2011 (year only) to 2019-05-02, not to the day; not written",
	} {
		if !strings.Contains(notesOf(im, "conflict"), want) {
			t.Errorf("missing conflict %q in:\n%s", want, notesOf(im, "conflict"))
		}
	}
	if n := im.Conflicts(); n != 4 {
		t.Errorf("%d conflicts, want 4:\n%s", n, notesOf(im, "conflict"))
	}
	if im.Same != 3 {
		t.Errorf("Stoltenberg, Rutte and May are in the base as they are: same %d", im.Same)
	}
	for _, want := range []string{
		`nato-secretary-general: office Q900100 (Secretary General of NATO) matched by its label "NATO Secretary-General": add wikidata = "Q900100" to nato-secretary-general`,
		`uk-prime-minister: Boris Johnson (Q900121) matched by name to boris-johnson (testdata/base/uk.toml:10): add wikidata = "Q900121" to them`,
		`xe-premier: Wikidata: Tomas Aukrust was replaced by Maren Sollid on 2023-09-01, but Maren Sollid's statements start 2023-09-04`,
	} {
		if !strings.Contains(notesOf(im, "note"), want) {
			t.Errorf("missing note %q in:\n%s", want, notesOf(im, "note"))
		}
	}
	if !strings.Contains(notesOf(im, "amend"), `boris-johnson: names the base lacks (add them to testdata/base/uk.toml:10): "BoJo"`) {
		t.Errorf("amendments are reported for the built-in files:\n%s", notesOf(im, "amend"))
	}

	d := im.Doc
	if len(d.Roles) != 1 || d.Roles[0].ID != "xe-premier" || d.Roles[0].Jurisdiction != "XE" || d.Roles[0].Wikidata != "Q900102" ||
		strings.Join(d.Roles[0].Labels, "|") != "Premier of Eastmarch" || strings.Join(d.Roles[0].ShortTitles, "|") != "Premier" ||
		d.Roles[0].Lang["de"].Labels[0] != "Premierminister von Eastmarch" {
		t.Errorf("new office: %+v", d.Roles)
	}
	var terms []string
	for _, tm := range d.Terms {
		s := tm.Role + " " + tm.Person + " " + tm.Start + " " + orOpen(tm.End)
		if tm.Acting {
			s += " acting"
		}
		terms = append(terms, s)
	}
	want := "nato-secretary-general anders-fogh-rasmussen 2009-08-01 2014-10-01\n" +
		"uk-prime-minister liz-truss 2022-09-06 2022-10-25\n" +
		"xe-premier ilse-brandvold 2019-05-02 2023-06-12\n" +
		"xe-premier tomas-aukrust 2023-06-12 2023-09-01 acting\n" +
		"xe-premier maren-sollid 2023-09-04 open"
	if strings.Join(terms, "\n") != want {
		t.Errorf("terms:\n%s\nwant:\n%s", strings.Join(terms, "\n"), want)
	}
	if !strings.HasPrefix(d.Terms[0].Source, "wikidata Q900112-0B3D (imported from offices.json") {
		t.Errorf("source: %q", d.Terms[0].Source)
	}
	for _, p := range d.People {
		if p.ID == "oskar-vindheim" && p.Died != "2024-02-11" {
			t.Errorf("death date: %+v", p)
		}
		if p.ID == "anders-fogh-rasmussen" && (strings.Join(p.Aliases, "|") != "Fogh Rasmussen" || p.Wikidata != "Q900112") {
			t.Errorf("new person: %+v", p)
		}
	}
}

// What an import writes validates with the base, and importing the same
// results again over both adds nothing.
func TestImportWikidataRoundTrip(t *testing.T) {
	base := build(t, "testdata/base")
	im := importFile(t, base, "testdata/wikidata/offices.json", ImportOptions{})
	var buf bytes.Buffer
	if err := WriteTOML(&buf, im.Doc, ""); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range []string{"meta.toml", "nato.toml", "uk.toml"} {
		src, _ := os.ReadFile(filepath.Join("testdata/base", f))
		os.WriteFile(filepath.Join(dir, f), src, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "wikidata.toml"), buf.Bytes(), 0o644)
	both, err := Build(sources(t, dir))
	if err != nil {
		t.Fatalf("the imported TOML does not validate:\n%v\n%s", err, buf.String())
	}
	again := importFile(t, both, "testdata/wikidata/offices.json", ImportOptions{})
	if len(again.Doc.Terms)+len(again.Doc.People)+len(again.Doc.Roles) != 0 || notesOf(again, "added") != "" {
		t.Errorf("a second import adds:\n%s", notesOf(again, "added"))
	}
	if again.Same != 3+5 {
		t.Errorf("same: %d, want 8", again.Same)
	}
	// The conflicts stay: the base still disagrees with Wikidata there
	// (Sunak now overlaps the written term of Truss).
	if again.Conflicts() != 4 || !strings.Contains(notesOf(again, "conflict"), "liz-truss held the office 2022-09-06 to 2022-10-25 ("+filepath.Join(dir, "wikidata.toml")) {
		t.Errorf("conflicts of the second import:\n%s", notesOf(again, "conflict"))
	}
	if !strings.Contains(notesOf(again, "note"), "matched by") {
		// The imported people carry their items; base people still do not.
		t.Errorf("notes: %s", notesOf(again, "note"))
	}
}

// For a user data file, names the base lacks are written as amendments.
func TestImportWikidataUserAmendments(t *testing.T) {
	base := build(t, "testdata/base")
	im := importFile(t, base, "testdata/wikidata/offices.json", ImportOptions{User: true})
	var buf bytes.Buffer
	if err := WriteTOML(&buf, im.Doc, "kb"); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "imported.toml")
	os.WriteFile(f, buf.Bytes(), 0o644)
	b, err := Build(sources(t, "testdata/base", f))
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	bj := b.Person("boris-johnson")
	if bj.Wikidata != "Q900121" || strings.Join(bj.Aliases, "|") != "BoJo" || bj.Name != "Boris Johnson" {
		t.Errorf("amended person: %+v", bj)
	}
	nato := b.Role("nato-secretary-general")
	if nato.Wikidata != "Q900100" || !strings.Contains(strings.Join(nato.Labels, "|"), "Secretary General of NATO") || nato.Name != "NATO Secretary General" {
		t.Errorf("amended office: %+v", nato)
	}
	m := map[string]any{}
	if err := toml.Unmarshal(buf.Bytes(), &m); err != nil || m["kb"] == nil {
		t.Errorf("user data sits under [kb]: %v", err)
	}
}

// A person the base knows by item is theirs whatever the name; a person
// with a name the base gives to another item is someone else.
func TestImportWikidataIdentity(t *testing.T) {
	user := filepath.Join(t.TempDir(), "ids.toml")
	os.WriteFile(user, []byte(`
[[kb.people]]
id = "boris-johnson"
wikidata = "Q900121"

[[kb.people]]
id = "theresa-may"
wikidata = "Q555"
`), 0o644)
	base := build(t, "testdata/base", user)
	f, _ := os.Open("testdata/wikidata/offices.json")
	defer f.Close()
	res, err := ParseWikidata(f)
	if err != nil {
		t.Fatal(err)
	}
	res.Items["Q900121"].Labels["en"] = "Alexander Boris de Pfeffel Johnson"
	im := ImportWikidata(base, res, ImportOptions{Source: "x.json"})
	if !strings.Contains(notesOf(im, "note"), "Q900121 is boris-johnson in the base") {
		t.Errorf("notes:\n%s", notesOf(im, "note"))
	}
	if !strings.Contains(notesOf(im, "conflict"), "Theresa May (Q900120): the base's theresa-may") || !strings.Contains(notesOf(im, "conflict"), "is Q555: a different person with the same name; not imported") {
		t.Errorf("conflicts:\n%s", notesOf(im, "conflict"))
	}
	for _, p := range im.Doc.People {
		if strings.Contains(p.Name, "Johnson") || p.Name == "Theresa May" {
			t.Errorf("no new person for a known item or a homonym: %+v", p)
		}
	}
}

func TestParseWikidataLabelServiceAndGroupConcat(t *testing.T) {
	src := `{"head":{"vars":["person","personLabel","position","positionLabel","start","end","replacedBy"]},
"results":{"bindings":[
 {"person":{"type":"uri","value":"http://www.wikidata.org/entity/Q1"},"personLabel":{"xml:lang":"en","type":"literal","value":"Ada Ruiz"},
  "position":{"type":"uri","value":"http://www.wikidata.org/entity/Q2"},"positionLabel":{"xml:lang":"en","type":"literal","value":"Mayor of Port Vell"},
  "start":{"datatype":"http://www.w3.org/2001/XMLSchema#dateTime","type":"literal","value":"2020-01-05T00:00:00Z"},
  "replacedBy":{"type":"literal","value":"http://www.wikidata.org/entity/Q3|http://www.wikidata.org/entity/Q4"}},
 {"person":{"type":"uri","value":"http://www.wikidata.org/entity/Q3"},"personLabel":{"xml:lang":"en","type":"literal","value":"Q3"},
  "position":{"type":"uri","value":"http://www.wikidata.org/entity/Q2"}}
]}}`
	res, err := ParseWikidata(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if res.Items["Q1"].Label() != "Ada Ruiz" || res.Items["Q2"].Labels["en"] != "Mayor of Port Vell" || res.Items["Q3"].Label() != "Q3" {
		t.Errorf("labels: %+v %+v", res.Items["Q1"], res.Items["Q2"])
	}
	if len(res.Statements) != 2 || strings.Join(res.Statements[0].ReplacedBy, ",") != "Q3,Q4" || !res.Statements[0].Start.IsDay() {
		t.Errorf("statements: %+v", res.Statements[0])
	}
	if _, err := ParseWikidata(strings.NewReader(`{"vars": []}`)); err == nil {
		t.Error("not a result set")
	}
}
