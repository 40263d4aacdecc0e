// Package config reads .newslint.toml.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	toml "github.com/pelletier/go-toml/v2"

	"github.com/newslint/newslint/engine/calendar"
	"github.com/newslint/newslint/engine/tomlpos"
)

// FileName is the name looked for from the working directory upwards.
const FileName = ".newslint.toml"

// Config is a parsed .newslint.toml. The zero value is a valid, empty
// configuration.
type Config struct {
	// Path is the file the config was read from ("" for none); relative
	// paths in it are resolved against its directory.
	Path string
	// Date is the default reference date for articles that state none.
	Date string
	// Ignore holds glob patterns (with **) of files not to lint.
	Ignore []string
	// Extensions replaces the default list of file extensions to lint.
	Extensions []string
	// RulePaths and DataPaths are extra Rego rule directories and data
	// files, already resolved against the config's directory.
	RulePaths []string
	DataPaths []string
	// FailLevel is the default --fail-level.
	FailLevel string
	// Rules holds per-rule settings by rule id.
	Rules map[string]RuleConfig
	// Limits bound the work done on one file; zero fields take defaults.
	Limits Limits

	pos tomlpos.Index // where each key is written
}

// RuleConfig is the [rules.<id>] table.
type RuleConfig struct {
	Enabled  *bool
	Severity string
	Options  map[string]any
}

// Limits is the [limits] table: bounds that keep hostile input and runaway
// rules from taking a run down. A zero field means the default.
type Limits struct {
	// MaxFileSize is the largest file read, in bytes (max_file_size =
	// "50MB" or a number of bytes).
	MaxFileSize int64
	// MaxFindings is how many findings one file reports before the rest
	// are summed up in one finding.
	MaxFindings int
	// RuleTimeout bounds the time one file takes, reading, facts and
	// rules together (rule_timeout = "10s").
	RuleTimeout time.Duration
	// MaxFileMemory is the memory budget of one file's facts
	// (max_file_memory = "2GB"); zero: 96 MB plus 64 bytes a byte.
	MaxFileMemory int64
}

// MaxFileSizeCap is the largest max_file_size: positions inside a file are
// kept in 32 bits, and a bigger article would need tens of gigabytes.
const MaxFileSizeCap = 1 << 30

// Error is a configuration error with its file and line.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Find looks for .newslint.toml in dir and its parents; "" when none.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and validates a config file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	c, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	return c, c.checkPaths()
}

// checkPaths reports a rules directory or data file the config names that
// is not there, at the line that names it.
func (c *Config) checkPaths() error {
	for _, p := range c.RulePaths {
		if st, err := os.Stat(p); err != nil || !st.IsDir() {
			return &Error{Path: c.Path, Line: c.Line("rules.paths"), Msg: fmt.Sprintf("rules.paths: %s is not a directory of rules (paths are relative to this file)", p)}
		}
	}
	for _, p := range c.DataPaths {
		if st, err := os.Stat(p); err != nil || st.IsDir() {
			return &Error{Path: c.Path, Line: c.Line("data"), Msg: fmt.Sprintf("data: %s is not a data file (paths are relative to this file)", p)}
		}
	}
	return nil
}

type fileShape struct {
	Date       any            `toml:"date"` // a string, or a TOML date
	Ignore     []string       `toml:"ignore"`
	Extensions []string       `toml:"extensions"`
	Data       []string       `toml:"data"`
	FailLevel  string         `toml:"fail_level"`
	Rules      map[string]any `toml:"rules"`
	Limits     *limitsShape   `toml:"limits"`
}

type limitsShape struct {
	MaxFileSize any `toml:"max_file_size"`
	MaxFindings any `toml:"max_findings"`
	RuleTimeout any `toml:"rule_timeout"`
	MaxFileMem  any `toml:"max_file_memory"`
}

// Parse parses config text; path names it in errors and anchors relative
// paths.
func Parse(path string, data []byte) (*Config, error) {
	var raw fileShape
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		if e := rulesNotTable(path, data); e != nil {
			return nil, e
		}
		var sme *toml.StrictMissingError
		if errors.As(err, &sme) && len(sme.Errors) > 0 {
			row, _ := sme.Errors[0].Position()
			return nil, &Error{Path: path, Line: row, Msg: fmt.Sprintf("unknown key %q (known: date, ignore, extensions, data, fail_level, [rules], [limits] with max_file_size, max_findings, rule_timeout, max_file_memory)", strings.Join(sme.Errors[0].Key(), "."))}
		}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, _ := de.Position()
			return nil, &Error{Path: path, Line: row, Msg: de.Error()}
		}
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	c := &Config{Path: path, Ignore: raw.Ignore, Extensions: raw.Extensions,
		FailLevel: raw.FailLevel, Rules: map[string]RuleConfig{}, pos: tomlpos.Of(data)}
	switch d := raw.Date.(type) {
	case nil:
	case string:
		c.Date = d
	case toml.LocalDate:
		c.Date = d.String() // date = 2025-02-03, unquoted
	default:
		return nil, &Error{Path: path, Line: c.Line("date"), Msg: fmt.Sprintf("date must be a day, YYYY-MM-DD, not %v", d)}
	}
	dir := filepath.Dir(path)
	for _, d := range raw.Data {
		c.DataPaths = append(c.DataPaths, resolve(dir, d))
	}
	ids := make([]string, 0, len(raw.Rules))
	for id := range raw.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if id == "paths" {
			paths, ok := stringList(raw.Rules[id])
			if !ok {
				return nil, &Error{Path: path, Line: c.Line("rules.paths"), Msg: `rules.paths must be a list of directories, e.g. paths = ["newslint-rules"]`}
			}
			for _, p := range paths {
				c.RulePaths = append(c.RulePaths, resolve(dir, p))
			}
			continue
		}
		table, ok := raw.Rules[id].(map[string]any)
		if !ok {
			return nil, &Error{Path: path, Line: c.Line("rules." + id), Msg: fmt.Sprintf("rules.%s must be a table: [rules.%s]", id, id)}
		}
		rc := RuleConfig{Options: map[string]any{}}
		for k, v := range table {
			switch k {
			case "enabled":
				b, ok := v.(bool)
				if !ok {
					return nil, &Error{Path: path, Line: c.Line("rules." + id + "." + k), Msg: fmt.Sprintf("rules.%s.enabled must be true or false", id)}
				}
				rc.Enabled = &b
			case "severity", "level":
				s, ok := v.(string)
				if !ok || !validSeverity(s) {
					return nil, &Error{Path: path, Line: c.Line("rules." + id + "." + k), Msg: fmt.Sprintf("rules.%s.severity must be error, warning or info", id)}
				}
				rc.Severity = s
			default:
				rc.Options[k] = v
			}
		}
		c.Rules[id] = rc
	}
	if raw.Limits != nil {
		if err := c.parseLimits(raw.Limits); err != nil {
			return nil, err
		}
	}
	if c.Date != "" {
		if _, err := calendar.ParseDay(c.Date); err != nil {
			return nil, &Error{Path: path, Line: c.Line("date"), Msg: "date: " + err.Error()}
		}
	}
	for _, g := range c.Ignore {
		if strings.TrimSpace(g) == "" {
			return nil, &Error{Path: path, Line: c.Line("ignore"), Msg: "empty ignore pattern"}
		}
	}
	return c, nil
}

// rulesNotTable explains the likeliest mistake with [rules]: TOML cannot
// hold both a list `rules = [...]` and the tables [rules.<id>], so the
// directories of custom rules are listed under [rules] as paths.
func rulesNotTable(path string, data []byte) error {
	line := tomlpos.Of(data).Line("rules")
	if line == 0 || !rulesKeyRE.MatchString(strings.Split(string(data), "\n")[line-1]) {
		return nil
	}
	return &Error{Path: path, Line: line, Msg: `rules must be a table: list custom rule directories as [rules] paths = ["newslint-rules"] (TOML cannot hold both rules = [...] and the [rules.<id>] tables)`}
}

var rulesKeyRE = regexp.MustCompile(`^\s*"?rules"?\s*=`)

func validSeverity(s string) bool { return s == "error" || s == "warning" || s == "info" }

func stringList(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(list))
	for _, e := range list {
		s, ok := e.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// resolve anchors a path of the config at its directory, and names it
// from the working directory when it lies below it, so that messages show
// newslint-rules/x.rego rather than an absolute path.
func resolve(dir, p string) string {
	if filepath.IsAbs(p) || dir == "" {
		return p
	}
	full := filepath.Join(dir, p)
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, full); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return rel
		}
	}
	return full
}

// Line returns the line where a dotted key ("rules.duplicate-title",
// "rules.duplicate-title.min_words") was written, or 0.
func (c *Config) Line(key string) int {
	if c == nil {
		return 0
	}
	return c.pos.Line(key)
}

func (c *Config) parseLimits(l *limitsShape) error {
	fail := func(key, msg string) error {
		return &Error{Path: c.Path, Line: c.Line("limits." + key), Msg: "limits." + key + " " + msg}
	}
	if l.MaxFileSize != nil {
		n, err := parseSize(l.MaxFileSize)
		if err != nil {
			return fail("max_file_size", err.Error())
		}
		if n > MaxFileSizeCap {
			return fail("max_file_size", "must be at most 1GB")
		}
		c.Limits.MaxFileSize = n
	}
	if l.MaxFindings != nil {
		n, ok := l.MaxFindings.(int64)
		if !ok || n < 1 {
			return fail("max_findings", "must be a whole number of findings, at least 1")
		}
		c.Limits.MaxFindings = int(n)
	}
	if l.RuleTimeout != nil {
		s, _ := l.RuleTimeout.(string)
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return fail("rule_timeout", `must be a duration such as "10s" or "500ms"`)
		}
		c.Limits.RuleTimeout = d
	}
	if l.MaxFileMem != nil {
		n, err := parseSize(l.MaxFileMem)
		if err != nil {
			return fail("max_file_memory", err.Error())
		}
		c.Limits.MaxFileMemory = n
	}
	return nil
}

// ParseSize reads a size: a number of bytes, or a number with a unit (KB,
// MB, GB count in powers of 1024, as file managers do; KiB, MiB, GiB too).
func ParseSize(s string) (int64, error) {
	m := sizeRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, fmt.Errorf(`%q is not a size; write it as "50MB", "512KB", "1GB" or a number of bytes`, s)
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a size", s)
	}
	size := n * sizeUnits[strings.ToLower(m[2])]
	if size < 1 || size > 1<<50 {
		return 0, fmt.Errorf("%q is out of range (1 byte to 1024 TB)", s)
	}
	return int64(size), nil
}

var (
	sizeRE    = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*((?i:b|kb|kib|k|mb|mib|m|gb|gib|g)?)$`)
	sizeUnits = map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
		"m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20, "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}
)

func parseSize(v any) (int64, error) {
	switch v := v.(type) {
	case int64:
		if v < 1 {
			return 0, errors.New("must be at least 1 byte")
		}
		return v, nil
	case string:
		return ParseSize(v)
	}
	return 0, errors.New(`must be a size such as "50MB" or a number of bytes`)
}
