package report

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// SARIF writes a SARIF 2.1.0 log as GitHub code scanning reads it: the
// rule catalogue in tool.driver, one result per finding with its exact
// region (columns in Unicode code points, end exclusive), paths relative
// to %SRCROOT%, fingerprints that survive edits elsewhere in the file, and
// fixes where a rule offers an exact replacement.
type SARIF struct {
	Options Options
}

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	srcRoot      = "%SRCROOT%"
	toolInfoURI  = "https://github.com/newslint/newslint"
	fingerprintK = "primaryLocationLineHash"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	Invocations        []sarifInvocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult                    `json:"results"`
	ColumnKind         string                           `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name,omitempty"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifText         `json:"help"`
	HelpURI              string            `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           sarifRuleProperty `json:"properties"`
}

type sarifRuleConfig struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"`
}

type sarifRuleProperty struct {
	Tags []string `json:"tags"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	ByteOffset  *int       `json:"byteOffset,omitempty"`
	ByteLength  *int       `json:"byteLength,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent *sarifText  `json:"insertedContent,omitempty"`
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

// Report implements Reporter.
func (s *SARIF) Report(w io.Writer, r *Result) error { return writeAll(s.Stream(w), r) }

// sarifStream spools the results as files come: the log names the run's
// unreadable files (the invocation) before its results.
type sarifStream struct {
	o           Options
	w           io.Writer
	index       map[string]int
	results     spool
	list        jsonArray
	occurrences map[string]int
	errs        []InputError
	err         error
}

// sarifResultsDepth is the nesting of the results array in the log:
// log, runs, run.
const sarifResultsDepth = 3

// Stream implements Streamer.
func (s *SARIF) Stream(w io.Writer) Stream {
	st := &sarifStream{o: s.Options, w: w, index: map[string]int{}}
	for i, ri := range s.Options.Rules {
		st.index[ri.ID] = i
	}
	st.list = jsonArray{w: &st.results, depth: sarifResultsDepth}
	return st
}

func (s *sarifStream) File(_ File, fds []Finding) error {
	// Fingerprints count occurrences within a file.
	s.occurrences = map[string]int{}
	for _, f := range fds {
		if s.err != nil {
			return s.err
		}
		s.err = s.list.add(s.result(f))
	}
	return s.err
}

func (s *sarifStream) result(f Finding) sarifResult {
	o := s.o
	res := sarifResult{
		RuleID:  f.Rule,
		Level:   sarifLevel(f.Level()),
		Message: sarifText{Text: f.Message},
	}
	if f.Suggestion != "" {
		res.Message.Text += "\n\nSuggestion: " + f.Suggestion
	}
	if i, ok := s.index[f.Rule]; ok {
		res.RuleIndex = &i
	}
	loc := o.artifactLocation(f.Path)
	res.Locations = []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: loc, Region: findingRegion(f, true)}}}
	res.PartialFingerprints = map[string]string{fingerprintK: fingerprint(f, s.occurrences)}
	if f.Replacement != nil {
		res.Fixes = []sarifFix{fixOf(f, loc)}
	}
	props := map[string]any{}
	if f.Category != "" {
		props["category"] = f.Category
	}
	if f.Suggestion != "" {
		props["suggestion"] = f.Suggestion
	}
	if len(f.Evidence) > 0 {
		props["evidence"] = f.Evidence
	}
	if len(props) > 0 {
		res.Properties = props
	}
	return res
}

func (s *sarifStream) Error(e InputError) error {
	s.errs = append(s.errs, e)
	return s.err
}

// Close writes the log: everything but the results is encoded at once,
// and the spooled results take the place of its empty results array.
func (s *sarifStream) Close(Summary) error {
	defer s.results.Close()
	if s.err != nil {
		return s.err
	}
	o := s.o
	sortErrors(s.errs)
	run := sarifRun{
		Tool:        sarifTool{Driver: sarifDriver{Name: "newslint", InformationURI: toolInfoURI, Version: o.ToolVersion, Rules: []sarifRule{}}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: len(s.errs) == 0}},
		Results:     []sarifResult{},
		ColumnKind:  "unicodeCodePoints",
	}
	if o.SourceRoot != "" && o.WorkDir != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: rootURI(o.SourceRoot)}}
	}
	for _, ri := range o.Rules {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(ri))
	}
	for _, e := range s.errs {
		n := sarifNotification{Level: "error", Message: sarifText{Text: e.Message}}
		loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: o.artifactLocation(e.Path)}}
		if e.Line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: e.Line, StartColumn: e.Column}
		}
		n.Locations = []sarifLocation{loc}
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, n)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}}); err != nil {
		return err
	}
	// The only "results" key: every other text in the log is a JSON
	// string, whose quotes are escaped.
	before, after, ok := bytes.Cut(b.Bytes(), []byte(`"results": []`))
	if !ok {
		return errors.New("sarif: no results array in the log")
	}
	w := bufio.NewWriter(s.w)
	w.Write(before)
	w.WriteString(`"results": [`)
	if err := s.results.copyTo(w); err != nil {
		return err
	}
	w.WriteString(s.list.end())
	w.Write(after)
	return w.Flush()
}

func sarifRuleOf(ri RuleInfo) sarifRule {
	sev, _ := ParseSeverity(ri.Severity)
	title := ri.Title
	if title == "" {
		title = ri.ID
	}
	desc := ri.Description
	if desc == "" {
		desc = title
	}
	settings, mdSettings := "enabled and severity", "`enabled` and `severity`"
	if len(ri.Options) > 0 {
		names := make([]string, 0, len(ri.Options))
		for k := range ri.Options {
			names = append(names, k)
		}
		sort.Strings(names)
		var parts, mdParts []string
		for _, k := range names {
			v, _ := json.Marshal(ri.Options[k])
			parts = append(parts, fmt.Sprintf("%s (default %s)", k, v))
			mdParts = append(mdParts, fmt.Sprintf("`%s` (default `%s`)", k, v))
		}
		settings = "enabled, severity, " + strings.Join(parts, ", ")
		mdSettings = "`enabled`, `severity`, " + strings.Join(mdParts, ", ")
	}
	help := fmt.Sprintf("%s\n\nCategory: %s. Severity: %s. Settings under [rules.%s] in .newslint.toml: %s.", desc, ri.Category, ri.Severity, ri.ID, settings)
	md := fmt.Sprintf("**%s**\n\n%s\n\n- Category: `%s`\n- Severity: `%s`\n- Settings under `[rules.%s]` in `.newslint.toml`: %s", title, desc, ri.Category, ri.Severity, ri.ID, mdSettings)
	return sarifRule{
		ID:                   ri.ID,
		Name:                 ri.ID,
		ShortDescription:     sarifText{Text: title},
		FullDescription:      sarifText{Text: desc},
		Help:                 sarifText{Text: help, Markdown: md},
		HelpURI:              ri.HelpURI,
		DefaultConfiguration: sarifRuleConfig{Enabled: !ri.Disabled, Level: sarifLevel(sev)},
		Properties:           sarifRuleProperty{Tags: []string{"newslint", ri.Category}},
	}
}

// findingRegion is the finding's text region; withBytes adds its byte
// offsets into the file and the snippet.
func findingRegion(f Finding, withBytes bool) *sarifRegion {
	reg := &sarifRegion{StartLine: max(f.Line, 1), StartColumn: max(f.Column, 1), EndLine: max(f.EndLine, f.Line, 1), EndColumn: max(f.EndColumn, 1)}
	if reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn {
		reg.EndColumn = reg.StartColumn
	}
	if withBytes && f.EndOffset >= f.Offset && f.Offset >= 0 {
		off, n := f.Offset, f.EndOffset-f.Offset
		reg.ByteOffset, reg.ByteLength = &off, &n
		if f.Snippet != "" {
			reg.Snippet = &sarifText{Text: f.Snippet}
		}
	}
	return reg
}

// fingerprint identifies a finding by its rule and the text it points at,
// not by its line, so that an alert survives edits elsewhere in the file;
// the occurrence count tells apart the same text flagged twice in a file.
// GitHub reads the primaryLocationLineHash key for this purpose and
// computes one itself only when it is missing.
func fingerprint(f Finding, occurrences map[string]int) string {
	h := sha256.Sum256([]byte(f.Rule + "\x00" + strings.Join(strings.Fields(f.Snippet), " ")))
	key := hex.EncodeToString(h[:8])
	occurrences[f.Path+"\x00"+key]++
	return fmt.Sprintf("%s:%d", key, occurrences[f.Path+"\x00"+key])
}

func fixOf(f Finding, loc sarifArtifactLocation) sarifFix {
	rep := sarifReplacement{DeletedRegion: *findingRegion(f, false)}
	desc := fmt.Sprintf("Delete %q", f.Snippet)
	if *f.Replacement != "" {
		rep.InsertedContent = &sarifText{Text: *f.Replacement}
		desc = fmt.Sprintf("Replace %q with %q", f.Snippet, *f.Replacement)
	}
	return sarifFix{Description: sarifText{Text: desc}, ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: loc, Replacements: []sarifReplacement{rep}}}}
}
