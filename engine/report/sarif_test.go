package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newslint/newslint/internal/sarifcheck"
)

// validateSARIF checks a log against the official schema.
func validateSARIF(t *testing.T, out []byte) {
	t.Helper()
	if err := sarifcheck.Validate(out); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema:\n%v", err)
	}
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	cases := map[string]struct {
		o Options
		r *Result
	}{
		"sample":         {sampleOptions(), sampleResult()},
		"empty":          {Options{}, &Result{}},
		"no catalogue":   {Options{SourceRoot: "/src/news", WorkDir: "/src/news"}, sampleResult()},
		"outside root":   {Options{Rules: sampleRules, SourceRoot: "/src/news", WorkDir: "/elsewhere"}, sampleResult()},
		"no source root": {Options{Rules: sampleRules}, sampleResult()},
		"stdin":          {sampleOptions(), &Result{Files: []File{{Path: "<stdin>"}}, Findings: []Finding{{Rule: "duplicate-title", Severity: "warning", Message: "m", Path: "<stdin>", Line: 1, Column: 1, EndLine: 1, EndColumn: 1}}}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			validateSARIF(t, render(t, "sarif", c.o, c.r))
		})
	}
}

// The schema cannot tell that a log breaks a rule of its own; a broken log
// must fail, or the test above proves nothing.
func TestSARIFSchemaRejectsBrokenLog(t *testing.T) {
	out := render(t, "sarif", sampleOptions(), sampleResult())
	for _, broken := range [][]byte{
		bytes.Replace(out, []byte(`"version": "2.1.0"`), []byte(`"version": "2.0.0"`), 1),
		bytes.Replace(out, []byte(`"startLine": 7`), []byte(`"startLine": 0`), 1),
		bytes.Replace(out, []byte(`"level": "warning"`), []byte(`"level": "warn"`), 1),
	} {
		if sarifcheck.Validate(broken) == nil {
			t.Error("a broken log validated")
		}
	}
}

// TestSARIFForGitHub checks what the schema does not: the subset GitHub code
// scanning reads.
func TestSARIFForGitHub(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID                   string
						ShortDescription     struct{ Text string }
						FullDescription      struct{ Text string }
						Help                 struct{ Text, Markdown string }
						HelpURI              string `json:"helpUri"`
						DefaultConfiguration struct {
							Level   string
							Enabled bool
						}
					}
				}
			}
			ColumnKind         string
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				RuleIndex *int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
				PartialFingerprints map[string]string
				Fixes               []struct {
					ArtifactChanges []struct {
						Replacements []struct {
							DeletedRegion   struct{ StartLine, StartColumn, EndLine, EndColumn int }
							InsertedContent *struct{ Text string }
						}
					}
				}
			}
		}
	}
	r := sampleResult()
	if err := json.Unmarshal(render(t, "sarif", sampleOptions(), r), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if rules := run.Tool.Driver.Rules; rules[0].HelpURI != "https://example.org/rules#stale-officeholder" || rules[1].HelpURI != "" {
		t.Errorf("helpUri: %q, %q", rules[0].HelpURI, rules[1].HelpURI)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///src/news/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
	rules := run.Tool.Driver.Rules
	if len(rules) != len(sampleRules) {
		t.Fatalf("driver lists %d rules, want every rule (%d)", len(rules), len(sampleRules))
	}
	for i, ru := range rules {
		if ru.ID != sampleRules[i].ID || ru.ShortDescription.Text == "" || ru.FullDescription.Text == "" || ru.Help.Text == "" || ru.Help.Markdown == "" {
			t.Errorf("rule %d incomplete: %+v", i, ru)
		}
	}
	if rules[0].DefaultConfiguration.Level != "error" || rules[2].DefaultConfiguration.Level != "note" || rules[2].DefaultConfiguration.Enabled {
		t.Errorf("default configuration: %+v", rules)
	}
	wantURIs := []string{"articles/peace.md", "articles/peace.md", "articles/sub%20dir/notes%2C%20draft%3A%20v2.txt"}
	seen := map[string]bool{}
	for i, res := range run.Results {
		f := r.Findings[i]
		if res.RuleIndex == nil || rules[*res.RuleIndex].ID != res.RuleID || res.RuleID != f.Rule {
			t.Errorf("result %d: ruleId %q index %v", i, res.RuleID, res.RuleIndex)
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI != wantURIs[i] || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %d: location %+v", i, loc.ArtifactLocation)
		}
		if reg := loc.Region; reg.StartLine != f.Line || reg.StartColumn != f.Column || reg.EndLine != f.EndLine || reg.EndColumn != f.EndColumn {
			t.Errorf("result %d: region %+v, finding %d:%d-%d:%d", i, reg, f.Line, f.Column, f.EndLine, f.EndColumn)
		}
		fp := res.PartialFingerprints["primaryLocationLineHash"]
		if fp == "" || seen[fp] {
			t.Errorf("result %d: fingerprint %q missing or repeated", i, fp)
		}
		seen[fp] = true
		if !strings.HasPrefix(res.Message.Text, f.Message) {
			t.Errorf("result %d: message %q", i, res.Message.Text)
		}
	}
	if levels := []string{run.Results[0].Level, run.Results[1].Level, run.Results[2].Level}; strings.Join(levels, ",") != "error,warning,note" {
		t.Errorf("levels %v", levels)
	}
	// The replacement becomes a fix over the exact span; an empty
	// replacement deletes it; no replacement, no fix.
	fix := run.Results[0].Fixes[0].ArtifactChanges[0].Replacements[0]
	if fix.DeletedRegion.StartColumn != 12 || fix.DeletedRegion.EndColumn != 51 || fix.InsertedContent == nil || fix.InsertedContent.Text != *r.Findings[0].Replacement {
		t.Errorf("fix: %+v", fix)
	}
	if del := run.Results[1].Fixes[0].ArtifactChanges[0].Replacements[0]; del.InsertedContent != nil || del.DeletedRegion.EndLine != 13 {
		t.Errorf("deletion: %+v", del)
	}
	if len(run.Results[2].Fixes) != 0 {
		t.Error("a finding without a replacement got a fix")
	}
}

// A fingerprint follows the flagged text, not its line: moving the finding
// keeps it, and the same text flagged twice gets two.
func TestSARIFFingerprintStable(t *testing.T) {
	f := Finding{Rule: "duplicate-title", Path: "a.md", Snippet: "Harbour  reopens\nafter storm", Line: 10}
	a := fingerprint(f, map[string]int{})
	f.Line, f.Snippet = 40, "Harbour reopens after storm"
	if b := fingerprint(f, map[string]int{}); a != b {
		t.Errorf("moved finding: %s != %s", a, b)
	}
	occ := map[string]int{}
	if first, second := fingerprint(f, occ), fingerprint(f, occ); first == second {
		t.Error("two occurrences share a fingerprint")
	}
	f.Rule = "duplicate-paragraph"
	if fingerprint(f, map[string]int{}) == a {
		t.Error("another rule on the same text shares the fingerprint")
	}
}
