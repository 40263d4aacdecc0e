package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/newslint/newslint/engine/config"
)

// The pipelines under test run on Prism, in this process; its log shows
// warnings and errors only. The newslint binary built for the tests is
// removed with its directory once they end.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	code := ptest.MainRetWithDefault(m, "prism")
	if cliPath != "" {
		os.RemoveAll(filepath.Dir(cliPath))
	}
	os.Exit(code)
}

const (
	repoRoot = "../.."
	samples  = "../../testdata"
)

var (
	cliOnce sync.Once
	cliPath string
	cliErr  error
)

// cli runs newslint lint --format json, built from this checkout, and
// returns its report.
func cli(t *testing.T, args ...string) cliReport {
	t.Helper()
	cliOnce.Do(func() {
		dir, err := os.MkdirTemp("", "newslint-cli-")
		if err != nil {
			cliErr = err
			return
		}
		cliPath = filepath.Join(dir, "newslint")
		cmd := exec.Command("go", "build", "-o", cliPath, "./cmd/newslint")
		cmd.Dir = repoRoot
		if out, err := cmd.CombinedOutput(); err != nil {
			cliErr = err
			t.Logf("%s", out)
		}
	})
	if cliErr != nil {
		t.Fatalf("building newslint: %v", cliErr)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(cliPath, append([]string{"lint", "--format", "json"}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() > 2 {
			t.Fatalf("newslint lint %v: %v\n%s", args, err, stderr.String())
		}
	}
	var r cliReport
	dec := json.NewDecoder(&stdout)
	dec.UseNumber()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("newslint lint %v: %v", args, err)
	}
	return r
}

type cliReport struct {
	Findings []map[string]any `json:"findings"`
	Files    []map[string]any `json:"files"`
	Errors   []map[string]any `json:"errors"`
	Summary  map[string]any   `json:"summary"`
}

// results is what a pipeline run wrote.
type results struct {
	Findings, Files, Errors []map[string]any
	Summary                 Summary
}

// run builds and runs the pipeline on Prism and reads what it wrote.
func run(t *testing.T, set Settings, o Options) results {
	t.Helper()
	if o.Output == "" {
		o.Output = t.TempDir()
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, set, o); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	var r results
	r.Findings = readLines(t, o.Output, "findings", o.Shards)
	r.Files = readLines(t, o.Output, "files", o.Shards)
	r.Errors = readLines(t, o.Output, "errors", o.Shards)
	b, err := os.ReadFile(filepath.Join(o.Output, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &r.Summary); err != nil {
		t.Fatal(err)
	}
	return r
}

// readLines reads every shard of a JSON Lines output, in path order.
func readLines(t *testing.T, dir, name string, shards int) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i := range max(shards, 1) {
		f, err := os.Open(filepath.Join(dir, shardName(name, i, shards)))
		if err != nil {
			t.Fatalf("every shard is written, even empty: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			dec := json.NewDecoder(strings.NewReader(sc.Text()))
			dec.UseNumber()
			var m map[string]any
			if err := dec.Decode(&m); err != nil {
				t.Fatalf("%s: %v in %q", name, err, sc.Text())
			}
			out = append(out, m)
		}
		f.Close()
	}
	// Shards split the articles; within an article the CLI's order holds.
	sort.SliceStable(out, func(i, j int) bool { return out[i]["path"].(string) < out[j]["path"].(string) })
	return out
}

func load(t *testing.T, l Linter) Settings {
	t.Helper()
	if l.WorkDir == "" {
		l.WorkDir = "."
	}
	set, err := l.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func sameList(t *testing.T, what string, got, want []map[string]any) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: pipeline wrote %d, newslint lint %d", what, len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			g, _ := json.Marshal(got[i])
			w, _ := json.Marshal(want[i])
			t.Fatalf("%s %d differs:\npipeline: %s\nnewslint: %s", what, i, g, w)
		}
	}
}

func num(v any) int {
	n, _ := v.(json.Number).Int64()
	return int(n)
}

// The pipeline's findings over the sample articles are the CLI's: every
// field (rule, path, offsets, message, evidence...) and the order within
// each file; so are the file records and the summary's counts.
func TestSampleArticlesMatchTheCLI(t *testing.T) {
	want := cli(t, samples)
	if len(want.Findings) < 50 {
		t.Fatalf("the sample articles should give many findings, got %d", len(want.Findings))
	}
	got := run(t, load(t, Linter{}), Options{Inputs: []string{samples}, Jobs: 2})
	sameList(t, "finding", got.Findings, want.Findings)
	sameList(t, "file", got.Files, want.Files)
	sameList(t, "error", got.Errors, want.Errors)

	s := got.Summary
	if s.Files != num(want.Summary["files"]) || s.Errors != num(want.Summary["errors"]) ||
		s.Warnings != num(want.Summary["warnings"]) || s.Infos != num(want.Summary["infos"]) || s.InputErrors != 0 {
		t.Errorf("summary %+v, newslint lint %v", s.Count, want.Summary)
	}
	// Per rule and per site (the folder below testdata/), counted from the
	// CLI's findings.
	rules, sites := map[string]int{}, map[string]int{}
	siteOf := func(p string) string { return strings.Split(strings.TrimPrefix(p, samples+"/"), "/")[0] }
	ruleFiles := map[string]map[string]bool{}
	for _, f := range want.Findings {
		id, p := f["rule"].(string), f["path"].(string)
		rules[id]++
		if ruleFiles[id] == nil {
			ruleFiles[id] = map[string]bool{}
		}
		ruleFiles[id][p] = true
		sites[siteOf(p)]++
	}
	if len(s.Rules) != len(rules) {
		t.Errorf("summary lists %d rules, the findings name %d", len(s.Rules), len(rules))
	}
	for i, r := range s.Rules {
		if r.Findings != rules[r.Rule] || r.Files != len(ruleFiles[r.Rule]) || r.Errors+r.Warnings+r.Infos != r.Findings {
			t.Errorf("rule %s: %+v, want %d findings in %d files", r.Rule, r, rules[r.Rule], len(ruleFiles[r.Rule]))
		}
		if i > 0 && r.Findings > s.Rules[i-1].Findings {
			t.Errorf("rules are listed by findings, most first: %s after %s", r.Rule, s.Rules[i-1].Rule)
		}
	}
	// Every folder with a linted file is a site, with or without findings.
	siteFiles := map[string]int{}
	for _, f := range want.Files {
		siteFiles[siteOf(f["path"].(string))]++
	}
	var names, wantNames []string
	for _, site := range s.Sites {
		names = append(names, site.Site)
		if site.Findings != sites[site.Site] || site.Files != siteFiles[site.Site] {
			t.Errorf("site %s: %d findings in %d files, want %d in %d", site.Site, site.Findings, site.Files, sites[site.Site], siteFiles[site.Site])
		}
	}
	for name := range siteFiles {
		wantNames = append(wantNames, name)
	}
	sort.Strings(wantNames)
	if len(wantNames) < 3 || !reflect.DeepEqual(names, wantNames) {
		t.Errorf("sites %v, want %v (the folders below testdata/)", names, wantNames)
	}
}

// The configuration, custom rules and data reach the workers as bytes: the
// pipeline runs after the files it was built from are gone, and finds what
// the CLI finds with them.
func TestConfigRulesAndDataAreShipped(t *testing.T) {
	setup := t.TempDir()
	copyTree(t, filepath.Join(repoRoot, "examples"), setup)
	articles := filepath.Join(t.TempDir(), "articles")
	copyTree(t, filepath.Join(setup, "articles"), articles)
	cfg := filepath.Join(setup, ".newslint.toml")
	want := cli(t, "--config", cfg, "--disable", "clickbait-headline", articles)
	custom := 0
	for _, f := range want.Findings {
		switch f["rule"] {
		case "byline-required", "former-not-ex", "regional-official-title":
			custom++
		}
	}
	set := load(t, Linter{ConfigPath: cfg, Disable: []string{"clickbait-headline"}})
	if len(set.Rules) == 0 || len(set.Data) == 0 || len(set.ConfigText) == 0 {
		t.Fatalf("settings carry no rules, data or config: %d rules, %d data files", len(set.Rules), len(set.Data))
	}
	if err := os.RemoveAll(setup); err != nil {
		t.Fatal(err)
	}
	got := run(t, set, Options{Inputs: []string{articles}, Jobs: 1})
	sameList(t, "finding", got.Findings, want.Findings)
	if custom == 0 {
		t.Errorf("the example house rules found nothing; the test would not show they were shipped: %v", want.Findings)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// JSON Lines records are linted as the files they hold would be (a
// record's date as --date); a line that is not a usable record becomes an
// error record and the others are still linted.
func TestRecords(t *testing.T) {
	plain := []string{"core/harbour-reopens.md", "core/council-budget.html", "core/flood-warning.txt"}
	dated := "consistency/nato-chief-recently.md"
	var lines []string
	add := func(v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	var paths []string
	for _, p := range plain {
		p = filepath.Join(samples, p)
		paths = append(paths, p)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		add(map[string]any{"path": p, "content": string(b), "id": 7})
	}
	dp := filepath.Join(samples, dated)
	b, err := os.ReadFile(dp)
	if err != nil {
		t.Fatal(err)
	}
	add(map[string]string{"path": dp, "format": "markdown", "date": "2023-06-01", "content": string(b)})
	add(map[string]string{"path": "https://News.Example.org/2025/05/story", "format": "text", "content": "A short and quiet story about the weather.\n"})
	lines = append(lines, `{"path": "broken.md", "content": `, "")
	add(map[string]string{"content": "no path"})
	add(map[string]string{"path": "report.docx", "format": "docx", "content": "x"})
	add(map[string]string{"path": "undated.md", "date": "2025-02-30", "content": "x"})
	add(map[string]string{"path": "empty.md"})

	dir := t.TempDir()
	recs := filepath.Join(dir, "dump.jsonl")
	if err := os.WriteFile(recs, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := run(t, load(t, Linter{}), Options{Records: []string{recs}, Shards: 2, Jobs: 2})

	want := cli(t, paths...).Findings
	want = append(want, cli(t, "--date", "2023-06-01", dp).Findings...)
	sort.SliceStable(want, func(i, j int) bool { return want[i]["path"].(string) < want[j]["path"].(string) })
	var gotFiles []map[string]any
	for _, f := range got.Findings {
		if f["path"] != "https://News.Example.org/2025/05/story" {
			gotFiles = append(gotFiles, f)
		}
	}
	sameList(t, "finding", gotFiles, want)

	for _, f := range got.Files {
		if f["path"] == dp && (f["date"] != "2023-06-01" || f["date_source"] != "flag") {
			t.Errorf("a record's date is the article's date: %v", f)
		}
	}
	if len(got.Files) != 5 {
		t.Errorf("%d records linted, want 5: %v", len(got.Files), got.Files)
	}
	var errs []string
	for _, e := range got.Errors {
		errs = append(errs, e["path"].(string)+": "+e["message"].(string))
	}
	wantErrs := []string{recs + ": not a JSON record", recs + ": record without a path", "empty.md: record without content",
		"report.docx: record format: unknown format", `undated.md: record date "2025-02-30"`}
	sort.Strings(wantErrs)
	if len(errs) != len(wantErrs) {
		t.Fatalf("error records %q, want %d", errs, len(wantErrs))
	}
	for i := range errs {
		if !strings.HasPrefix(errs[i], wantErrs[i]) {
			t.Errorf("error record %q, want it to start %q", errs[i], wantErrs[i])
		}
	}
	if got.Summary.InputErrors != 5 || got.Summary.Files != 5 {
		t.Errorf("summary counts %d files and %d input errors, want 5 and 5", got.Summary.Files, got.Summary.InputErrors)
	}
	hosts := map[string]bool{}
	for _, s := range got.Summary.Sites {
		hosts[s.Site] = true
	}
	if !hosts["news.example.org"] {
		t.Errorf("a record's URL names its site: %v", got.Summary.Sites)
	}
}

// Files that cannot be read become error records with the CLI's messages;
// the pipeline goes on with the others.
func TestUnreadableFilesAreErrorRecords(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("fine.md", []byte("# Bridge reopens\n\nThe old bridge over the river reopened on Monday after two years of repairs.\n"))
	write("binary.md", []byte("\x00\x01\x02 not text \x00\xff"))
	write("huge.txt", bytes.Repeat([]byte("Words upon words. "), 200))
	missing := filepath.Join(dir, "gone")
	want := cli(t, "--max-file-size", "2KB", dir, missing)
	if len(want.Errors) < 3 {
		t.Fatalf("the CLI should refuse three inputs: %v", want.Errors)
	}
	set := load(t, Linter{Limits: limits(2 << 10)})
	got := run(t, set, Options{Inputs: []string{dir, missing, filepath.Join(dir, "*.none")}, Records: []string{filepath.Join(dir, "dump-*.jsonl")}})
	var gotErrs []map[string]any
	var nomatch int
	for _, e := range got.Errors {
		if p := e["path"].(string); strings.HasSuffix(p, "*.none") || strings.HasSuffix(p, "dump-*.jsonl") {
			nomatch++
			continue
		}
		gotErrs = append(gotErrs, e)
	}
	sort.SliceStable(want.Errors, func(i, j int) bool { return want.Errors[i]["path"].(string) < want.Errors[j]["path"].(string) })
	sameList(t, "error", gotErrs, want.Errors)
	sameList(t, "finding", got.Findings, want.Findings)
	if nomatch != 2 {
		t.Errorf("a glob of inputs or records that matches nothing is one error record: %v", got.Errors)
	}
	if got.Summary.Files != 1 || got.Summary.InputErrors != 5 {
		t.Errorf("summary: %d files, %d input errors; want 1 and 5", got.Summary.Files, got.Summary.InputErrors)
	}
}

func limits(maxFileSize int64) config.Limits { return config.Limits{MaxFileSize: maxFileSize} }
