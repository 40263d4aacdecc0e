package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func ptr(s string) *string { return &s }

// sampleRules is a small catalogue for formats that list rules.
var sampleRules = []RuleInfo{
	{ID: "stale-officeholder", Category: "consistency", Title: "Office holder named with an office they did not hold", Description: "A person is named with a title for a date outside their term.", Severity: "error", HelpURI: "https://example.org/rules#stale-officeholder"},
	{ID: "duplicate-title", Category: "quality", Title: "Headline repeated as body text", Description: "The headline appears again in the body.", Severity: "warning", Options: map[string]any{"min_words": 3}},
	{ID: "markup-leak", Category: "quality", Title: "Markup left in the text", Severity: "info", Disabled: true},
}

// sampleResult exercises what the writers must get right: several files, a
// clean one, an unreadable one, multi-byte text before a span, a span over
// two lines, characters that need escaping in every format, a fix, a
// deletion, and a path with a space, a comma and a colon.
func sampleResult() *Result {
	return &Result{
		Files: []File{
			{Path: "articles/clean.html", Format: "html", Date: "2025-05-01", DateSource: "metadata"},
			{Path: "articles/peace.md", Format: "markdown", Date: "2025-05-01", DateSource: "metadata"},
			{Path: "articles/sub dir/notes, draft: v2.txt", Format: "text", Date: "", DateSource: "none"},
		},
		Findings: []Finding{
			{Rule: "stale-officeholder", Category: "consistency", Severity: "error", Title: "Office holder named with an office they did not hold",
				Message: "Jens Stoltenberg was not NATO Secretary General on 2025-05-01: 100% sure, \"Mark Rutte\" held it <from 2024-10-01> & after",
				Path:    "articles/peace.md", Line: 7, Column: 12, EndLine: 7, EndColumn: 51, Offset: 310, EndOffset: 350,
				Snippet: "NATO Secretary-General Jens Stoltenberg", Suggestion: "former NATO Secretary-General Jens Stoltenberg",
				Replacement: ptr("former NATO Secretary-General Jens Stoltenberg"), Evidence: map[string]any{"successor": "Mark Rutte"}},
			{Rule: "duplicate-title", Category: "quality", Severity: "warning", Title: "Headline repeated as body text",
				Message: "the headline \"Zelenskyy meets Rutte\" is repeated as body text\nsecond line, with a comma",
				Path:    "articles/peace.md", Line: 12, Column: 1, EndLine: 13, EndColumn: 9, Offset: 500, EndOffset: 540,
				Snippet: "Zelenskyy meets Rutte\nin Kyiv", Replacement: ptr("")},
			{Rule: "markup-leak", Category: "quality", Severity: "info", Message: "stray `**` in [text] | pipes # and _under_ \x0b control",
				Path: "articles/sub dir/notes, draft: v2.txt", Line: 3, Column: 5, EndLine: 3, EndColumn: 7, Offset: 40, EndOffset: 42, Snippet: "**"},
		},
		Errors: []InputError{{Path: "articles/broken.md", Line: 2, Column: 5, Message: "invalid UTF-8 (byte 0xff)"}},
	}
}

func sampleOptions() Options {
	return Options{Rules: sampleRules, SourceRoot: "/src/news", WorkDir: "/src/news", ToolVersion: "1.2.3"}
}

func render(t *testing.T, format string, o Options, r *Result) []byte {
	t.Helper()
	rep, err := New(format, o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := rep.Report(&b, r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./engine/report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./engine/report -update rewrites it)\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// TestGolden renders the sample in every registered format and compares it
// with testdata/golden/<format>.golden.
func TestGolden(t *testing.T) {
	for _, format := range FormatNames() {
		t.Run(format, func(t *testing.T) {
			golden(t, format+".golden", render(t, format, sampleOptions(), sampleResult()))
		})
	}
	t.Run("github-step-summary", func(t *testing.T) {
		summary := filepath.Join(t.TempDir(), "summary.md")
		if err := os.WriteFile(summary, []byte("earlier step\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		o := sampleOptions()
		o.StepSummary = summary
		render(t, "github", o, sampleResult())
		got, err := os.ReadFile(summary)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(got, []byte("earlier step\n")) {
			t.Error("the step summary must be appended to, not replaced")
		}
		golden(t, "github-step-summary.md.golden", got)
	})
}

func TestEmptyResult(t *testing.T) {
	for _, format := range FormatNames() {
		if out := render(t, format, Options{}, &Result{}); len(out) == 0 {
			t.Errorf("%s: no output for an empty result", format)
		}
	}
}
