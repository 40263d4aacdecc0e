package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/newslint/newslint/engine/report"
)

// houseRule is a custom rule package with an id and a body.
func houseRule(id, severity, body string) string {
	return fmt.Sprintf("# METADATA\n# title: %s\n# custom:\n#   id: %s\n#   severity: %s\npackage newslint.rules.custom.house.%s\n\nimport data.newslint.lib.result\n\n%s\n",
		id, id, severity, strings.ReplaceAll(id, "-", "_"), body)
}

// spamArticle trips built-in rules.
const spamArticle = `---
title: Harbour reopens
date: 2025-06-02
---

The harbour reopened on Monday after two weeks of repairs, the port authority said.

SEO Score: 88 / 100

Leave a Reply. Your email address will not be published. Required fields are marked *
`

// A rule that runs away is stopped at the time limit and named; the other
// rules, built-in and custom, still report on the file. (The time limit
// itself is the engine's to keep; policy's tests count the rule turns.)
func TestRuleTimeoutStopsOneRule(t *testing.T) {
	slow := houseRule("slow", "warning", `report contains result.fail(rego.metadata.chain(), input.anchor, "never") if {
	count([x | some i in numbers.range(1, 100000); some j in numbers.range(1, 100000); x := i * j]) < 0
}`)
	quick := houseRule("quick", "info", `report contains result.fail(rego.metadata.chain(), b.span, "a block") if some b in input.blocks`)
	for name, args := range map[string][]string{
		"flag":   {"--no-config", "--rules", "rules", "--rule-timeout", "300ms"},
		"config": {"--config", "limits.toml", "--rules", "rules"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{"rules/slow.rego": slow, "rules/quick.rego": quick, "story.md": spamArticle,
				"limits.toml": "[limits]\nrule_timeout = \"300ms\"\n"})
			doc, stderr, code := lintJSON(t, dir, append(args, "story.md")...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (a rule error): %s", code, stderr)
			}
			var stopped, quickRan, builtinRan bool
			for _, f := range doc.Findings {
				switch f.Rule {
				case "rule-error":
					stopped = f.Severity == "error" && f.Evidence["rule"] == "slow" && f.Evidence["timeout"] == "300ms" &&
						strings.HasPrefix(f.Message, "rule slow was stopped when the file's time limit (300ms, for reading, facts and rules together) ran out") &&
						strings.Contains(f.Suggestion, "rules/slow.rego")
				case "quick":
					quickRan = true
				case "slow":
					t.Errorf("the stopped rule reported: %+v", f)
				default:
					builtinRan = builtinRan || f.Category != "engine"
				}
			}
			if !stopped || !quickRan || !builtinRan {
				t.Fatalf("stopped %v, other custom rule ran %v, built-in rules ran %v:\n%+v", stopped, quickRan, builtinRan, doc.Findings)
			}
		})
	}
}

// Past the limit, a file's findings are summed up in one finding that
// counts them by rule and is as severe as the worst of them.
func TestMaxFindingsSumsUpTheRest(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Count\n\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "Paragraph number %d says little.\n\n", i)
	}
	every := houseRule("every-block", "info", `report contains result.fail(rego.metadata.chain(), b.span, "a block") if some b in input.blocks`)
	last := houseRule("last-block", "error", `report contains result.fail(rego.metadata.chain(), input.blocks[count(input.blocks) - 1].span, "the last block") if true`)
	dir := writeTree(t, map[string]string{"rules/every.rego": every, "rules/last.rego": last, "count.md": b.String()})

	doc, stderr, code := lintJSON(t, dir, "--no-config", "--rules", "rules", "--max-findings", "5", "count.md")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (an error-level finding is past the limit): %s", code, stderr)
	}
	if len(doc.Findings) != 6 {
		t.Fatalf("%d findings, want 5 and a summary:\n%v", len(doc.Findings), findingsOf(doc))
	}
	sum := doc.Findings[5]
	want := regexp.MustCompile(`^\d+ more findings from here on are not listed \(every-block 8, last-block 1\): this file reached the limit of 5 findings$`)
	if sum.Rule != "too-many-findings" || sum.Severity != "error" || !want.MatchString(sum.Message) {
		t.Fatalf("summary %+v", sum)
	}
	if prev := doc.Findings[4]; sum.Line < prev.Line {
		t.Errorf("the summary (line %d) points before the last finding listed (line %d)", sum.Line, prev.Line)
	}
	// Under the limit nothing is summed up.
	doc, _, _ = lintJSON(t, dir, "--no-config", "--rules", "rules", "count.md")
	for _, f := range doc.Findings {
		if f.Rule == "too-many-findings" {
			t.Fatalf("summary under the default limit: %+v", f)
		}
	}
}

// Files over the size limit are refused with a message, and so are pipes
// met in a walk; the other files are linted.
func TestMaxFileSize(t *testing.T) {
	big := "# Big\n\n" + strings.Repeat("A sentence that fills the file. ", 100) + "\n"
	dir := writeTree(t, map[string]string{"a/big.md": big, "a/small.md": "# Small\n\nThe council met on Monday.\n",
		".newslint.toml": "[limits]\nmax_file_size = \"2KB\"\n"})
	if err := syscall.Mkfifo(filepath.Join(dir, "a", "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCLI(t, dir, "", "lint", "--format", "json", "a")
	if code != 2 {
		t.Fatalf("exit %d, want 2: %s", code, stderr)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, want := range []string{
		"newslint: a/big.md: file is 3.1 KB, over the limit of 2 KB; not read (raise limits.max_file_size in .newslint.toml or --max-file-size)",
		"newslint: a/pipe.md: not a regular file (named pipe); not linted",
	} {
		if !strings.Contains(stderr, want+"\n") {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if len(doc.Files) != 1 || doc.Files[0].Path != "a/small.md" || doc.Summary.InputErrors != 2 {
		t.Errorf("files %+v, summary %+v", doc.Files, doc.Summary)
	}
	// The flag wins over the config; stdin is bounded too.
	if _, stderr, code := lintJSON(t, dir, "--max-file-size", "1MB", "a/big.md"); code == 2 {
		t.Errorf("--max-file-size 1MB: exit 2: %s", stderr)
	}
	_, stderr, code = runCLI(t, dir, big, "lint", "--max-file-size", "100", "--stdin-filename", "in.md", "-")
	if code != 2 || !strings.Contains(stderr, "in.md: file is more than the limit of 100 bytes") {
		t.Errorf("stdin over the limit: exit %d, %s", code, stderr)
	}
	for _, bad := range []string{"--max-file-size=lots", "--max-findings=-1", "--rule-timeout=-2s"} {
		if _, stderr, code := runCLI(t, dir, "", "lint", bad, "a"); code != 2 || !strings.Contains(stderr, strings.SplitN(bad, "=", 2)[0]) {
			t.Errorf("%s: exit %d, %s", bad, code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "a", "big.md")); err != nil {
		t.Fatal(err)
	}
}

// A page on one multi-megabyte line, every sentence a finding: linted, the
// findings capped, and the columns of those listed exact. (Its facts need
// more than the default memory budget; TestMemoryBudget is about that.)
func TestOneHugeLine(t *testing.T) {
	const n = 30000
	var b strings.Builder
	b.WriteString("# Huge\n\n")
	for i := range n {
		fmt.Fprintf(&b, "On Tuesday 3 March 2025 the [council](https://example.com/n%d) met. ", i)
	}
	src := b.String() + "\n"
	dir := writeTree(t, map[string]string{"huge.md": src})
	doc, stderr, code := lintJSON(t, dir, "--no-config", "--date", "2025-03-05", "--max-file-memory", "4GB", "--rule-timeout", "10m", "huge.md")
	if code != 1 || len(doc.Findings) != 1001 {
		t.Fatalf("exit %d, %d findings; stderr %s", code, len(doc.Findings), stderr)
	}
	line := []rune(src[strings.IndexByte(src, '\n')+2:])
	for _, f := range doc.Findings[:1000] {
		if f.Line != 3 || f.Snippet != string(line[f.Column-1:f.EndColumn-1]) || src[f.Offset:f.EndOffset] != f.Snippet {
			t.Fatalf("finding at 3:%d-%d (bytes %d-%d) names %q", f.Column, f.EndColumn, f.Offset, f.EndOffset, f.Snippet)
		}
	}
	sum := doc.Findings[1000]
	var more int
	fmt.Sscanf(sum.Message, "%d more findings", &more)
	counted := 0
	for _, c := range sum.Evidence["not_listed"].(map[string]any) {
		counted += int(c.(float64))
	}
	// Every sentence has a wrong weekday; a few other findings come first.
	if sum.Rule != "too-many-findings" || more < n-1000 || counted != more {
		t.Fatalf("summary counts %d (evidence %d), want at least %d: %+v", more, counted, n-1000, sum)
	}
}

// A rule that fails at run time is named with its error; the others report.
func TestRuleRuntimeErrorIsNamed(t *testing.T) {
	broken := houseRule("broken", "warning", `level := "a" if some b in input.blocks
level := "b" if count(input.blocks) > 0

report contains result.fail(rego.metadata.chain(), input.anchor, level) if level`)
	dir := writeTree(t, map[string]string{"rules/broken.rego": broken, "story.md": spamArticle})
	doc, stderr, code := lintJSON(t, dir, "--no-config", "--rules", "rules", "story.md")
	if code != 2 {
		t.Fatalf("exit %d, want 2 (a rule error): %s", code, stderr)
	}
	var named, others bool
	for _, f := range doc.Findings {
		named = named || f.Rule == "rule-error" && f.Evidence["rule"] == "broken" &&
			strings.HasPrefix(f.Message, "rule broken failed on this file: ") && strings.Contains(f.Message, "conflict")
		others = others || f.Category != "engine"
	}
	if !named || !others {
		t.Fatalf("named %v, other rules ran %v: %v", named, others, findingsOf(doc))
	}
}
