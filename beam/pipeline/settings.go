package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/newslint/newslint/engine"
	"github.com/newslint/newslint/engine/config"
	"github.com/newslint/newslint/engine/input"
)

// Settings is what a worker needs to build the linter: the configuration,
// the custom rules and the data files, read on the machine that launches
// the pipeline and carried to the workers in the DoFns' fields (serialised
// with the pipeline), so that no worker needs the launcher's files.
type Settings struct {
	// ConfigPath names the configuration in messages; ConfigText is its
	// text. Both empty: no configuration.
	ConfigPath string `json:"config_path,omitempty"`
	ConfigText []byte `json:"config_text,omitempty"`
	// Rules holds every .rego file of the rule folders (the config's
	// rules.paths, then --rules), named "<folder index>/<path inside it>".
	Rules []File `json:"rules,omitempty"`
	// Data holds the data files in load order (the config's, then --data),
	// named "<index>/<base name>": the extension picks TOML or JSON.
	Data []File `json:"data,omitempty"`

	Date        string        `json:"date,omitempty"`
	Enable      []string      `json:"enable,omitempty"`
	Disable     []string      `json:"disable,omitempty"`
	MaxFileSize int64         `json:"max_file_size,omitempty"`
	MaxFindings int           `json:"max_findings,omitempty"`
	RuleTimeout time.Duration `json:"rule_timeout,omitempty"`
}

// File is a file shipped to the workers.
type File struct {
	Name    string `json:"name"`
	Content []byte `json:"content"`
}

// Linter describes the lint run as the command line gives it.
type Linter struct {
	// ConfigPath is the configuration; "" looks for .newslint.toml from
	// WorkDir upwards, as newslint lint does, unless NoConfig.
	ConfigPath string
	NoConfig   bool
	WorkDir    string
	RulePaths  []string
	DataPaths  []string
	Date       string
	Enable     []string
	Disable    []string
	Limits     config.Limits
}

// Load reads the configuration, rules and data into Settings, and prepares
// the linter once from the original files, so that a mistake in them is
// reported here, naming the file and line, before any worker starts.
func (l Linter) Load(ctx context.Context) (Settings, error) {
	var cfg *config.Config
	s := Settings{Date: l.Date, Enable: l.Enable, Disable: l.Disable,
		MaxFileSize: l.Limits.MaxFileSize, MaxFindings: l.Limits.MaxFindings, RuleTimeout: l.Limits.RuleTimeout}
	path := l.ConfigPath
	if path == "" && !l.NoConfig {
		wd := l.WorkDir
		if wd == "" {
			wd, _ = os.Getwd()
		}
		path = config.Find(wd)
	}
	if path == "" {
		cfg = &config.Config{}
	} else {
		var err error
		if cfg, err = config.Load(path); err != nil {
			return s, err
		}
		if s.ConfigText, err = os.ReadFile(path); err != nil {
			return s, err
		}
		s.ConfigPath = path
	}
	_, err := engine.New().WithConfig(cfg).WithDate(l.Date).WithRulePaths(l.RulePaths...).WithDataPaths(l.DataPaths...).
		WithEnabled(l.Enable...).WithDisabled(l.Disable...).WithLimits(l.Limits).WithJobs(1).Prepare(ctx)
	if err != nil {
		return s, err
	}
	// The same folders and files, each once, in the order Prepare reads
	// them.
	seen := map[string]bool{}
	for i, dir := range input.Unique(append(append([]string{}, cfg.RulePaths...), l.RulePaths...)) {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
				return err
			}
			if k := input.FileKey(p); !seen[k] {
				seen[k] = true
				rel, err := filepath.Rel(dir, p)
				if err != nil {
					return err
				}
				src, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				s.Rules = append(s.Rules, File{Name: fmt.Sprintf("%d/%s", i, filepath.ToSlash(rel)), Content: src})
			}
			return nil
		})
		if err != nil {
			return s, fmt.Errorf("rules %s: %w", dir, err)
		}
	}
	for i, f := range input.Unique(append(append([]string{}, cfg.DataPaths...), l.DataPaths...)) {
		src, err := os.ReadFile(f)
		if err != nil {
			return s, fmt.Errorf("data file: %w", err)
		}
		s.Data = append(s.Data, File{Name: fmt.Sprintf("%d/%s", i, filepath.Base(f)), Content: src})
	}
	return s, nil
}

// Prepare builds the linter from the shipped files: they are written to a
// temporary folder, the engine reads and compiles them, and the folder is
// removed (a Prepared linter reads no file again).
func (s Settings) Prepare(ctx context.Context) (*engine.Prepared, error) {
	cfg := &config.Config{}
	if s.ConfigPath != "" {
		var err error
		if cfg, err = config.Parse(s.ConfigPath, s.ConfigText); err != nil {
			return nil, err
		}
	}
	// The shipped copies stand for the folders and files the config named.
	cfg.RulePaths, cfg.DataPaths = nil, nil
	tmp, err := os.MkdirTemp("", "newslint-beam-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	l := engine.New().WithConfig(cfg).WithDate(s.Date).WithEnabled(s.Enable...).WithDisabled(s.Disable...).
		WithLimits(config.Limits{MaxFileSize: s.MaxFileSize, MaxFindings: s.MaxFindings, RuleTimeout: s.RuleTimeout}).WithJobs(1)
	if len(s.Rules) > 0 {
		dir := filepath.Join(tmp, "rules")
		if err := writeFiles(dir, s.Rules); err != nil {
			return nil, err
		}
		l = l.WithRulePaths(dir)
	}
	dir := filepath.Join(tmp, "data")
	if err := writeFiles(dir, s.Data); err != nil {
		return nil, err
	}
	for _, f := range s.Data {
		l = l.WithDataPaths(filepath.Join(dir, filepath.FromSlash(f.Name)))
	}
	return l.Prepare(ctx)
}

func writeFiles(dir string, files []File) error {
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if !strings.HasPrefix(p, dir+string(filepath.Separator)) {
			return fmt.Errorf("shipped file %q lies outside its folder", f.Name)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Content, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// A worker process prepares each distinct Settings once, however many DoFn
// instances (one per concurrent bundle) ask for it: the compiled rules and
// the knowledge base are the large part of the linter's memory, and
// Prepared is safe for concurrent use.
var prepared sync.Map // settings digest -> *preparation

type preparation struct {
	once sync.Once
	p    *engine.Prepared
	err  error
}

// prepareOnce returns the process's linter for these settings.
func (s Settings) prepareOnce(ctx context.Context) (*engine.Prepared, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	key := sha256.Sum256(b)
	v, _ := prepared.LoadOrStore(key, &preparation{})
	pr := v.(*preparation)
	pr.once.Do(func() { pr.p, pr.err = s.Prepare(ctx) })
	return pr.p, pr.err
}

// maxFileSize is the largest file read: --max-file-size, else the
// config's limits.max_file_size, else the engine's default.
func (s Settings) maxFileSize() (int64, error) {
	if s.MaxFileSize > 0 {
		return s.MaxFileSize, nil
	}
	if s.ConfigPath != "" {
		cfg, err := config.Parse(s.ConfigPath, s.ConfigText)
		if err != nil {
			return 0, err
		}
		if cfg.Limits.MaxFileSize > 0 {
			return cfg.Limits.MaxFileSize, nil
		}
	}
	return engine.DefaultMaxFileSize, nil
}
