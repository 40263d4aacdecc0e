// Command newslint-beam lints an archive of articles on Apache Beam: on
// this machine with the Prism runner, or on Flink, Spark or Dataflow.
//
//	newslint-beam --runner prism --input articles/ --output results/
//	newslint-beam --runner dataflow --records 'gs://bucket/dump/*.jsonl' --output gs://bucket/lint/ ...
//
// It writes findings.jsonl (one finding per line, the fields of
// newslint lint --format json), files.jsonl, errors.jsonl and
// summary.json (counts per rule and per site) to the output folder. See
// docs/archive.md.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newslint/newslint/beam/pipeline"
	"github.com/newslint/newslint/engine/config"
)

// list is a repeatable flag.
type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	var (
		inputs, records, rules, data, enable, disable list
		o                                             pipeline.Options
		l                                             pipeline.Linter
		maxFileSize                                   string
		verbose                                       bool
	)
	flag.Var(&inputs, "input", "article file, folder or glob, local or in a Beam file system such as gs:// (repeatable)")
	flag.Var(&records, "records", "glob of JSON Lines files of {path, format, date, content} records (repeatable)")
	flag.StringVar(&o.Output, "output", "", "folder the results are written to (local or gs://...)")
	flag.IntVar(&o.Shards, "shards", 1, "files each JSON Lines output is split into")
	flag.IntVar(&o.Jobs, "jobs", 0, "articles a bundle lints at once (default: the CPUs with --runner prism, which runs the lint step as one bundle; 1 elsewhere)")
	flag.StringVar(&l.ConfigPath, "config", "", "config file (default: .newslint.toml found from the working directory upwards)")
	flag.BoolVar(&l.NoConfig, "no-config", false, "ignore .newslint.toml")
	flag.Var(&rules, "rules", "directory of extra Rego rules (repeatable)")
	flag.Var(&data, "data", "extra data file, TOML or JSON (repeatable)")
	flag.Var(&enable, "enable", "turn a rule on by id (repeatable)")
	flag.Var(&disable, "disable", "turn a rule off by id (repeatable)")
	flag.StringVar(&l.Date, "date", "", "the articles' date (YYYY-MM-DD), over what they say; a record's own date wins")
	flag.StringVar(&maxFileSize, "max-file-size", "", `largest file read, e.g. "50MB" (default: limits.max_file_size, else 50MB)`)
	flag.IntVar(&l.Limits.MaxFindings, "max-findings", 0, "findings listed per file before the rest are summed up in one (default: limits.max_findings, else 1000)")
	flag.DurationVar(&l.Limits.RuleTimeout, "rule-timeout", 0, "time the rules may take on one file (default: limits.rule_timeout, else 10s)")
	flag.BoolVar(&verbose, "verbose", false, "show the runner's own log")
	flag.Parse()
	// Workers started from this binary (the loopback workers of Prism,
	// the containers of other runners) take over here.
	beam.Init()

	if !verbose {
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	}
	if maxFileSize != "" {
		n, err := config.ParseSize(maxFileSize)
		if err != nil {
			usage("--max-file-size: %v", err)
		}
		l.Limits.MaxFileSize = n
	}
	if l.Date != "" {
		if _, err := time.Parse(time.DateOnly, l.Date); err != nil {
			usage("--date %q: want YYYY-MM-DD", l.Date)
		}
	}
	if flag.NArg() > 0 {
		usage("unexpected argument %q: name inputs with --input or --records", flag.Arg(0))
	}
	o.Inputs, o.Records = inputs, records
	l.RulePaths, l.DataPaths, l.Enable, l.Disable = rules, data, enable, disable
	if o.Jobs <= 0 {
		o.Jobs = 1
		if r := *runners.Runner; r == "" || r == "prism" || r == "PrismRunner" {
			o.Jobs = runtime.NumCPU()
		}
	}
	ctx := context.Background()
	set, err := l.Load(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "newslint-beam:", err)
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, set, o); err != nil {
		usage("%v", err)
	}
	start := time.Now()
	if err := beamx.Run(ctx, p); err != nil {
		fmt.Fprintln(os.Stderr, "newslint-beam: the pipeline failed:", err)
		os.Exit(1)
	}
	elapsed := time.Since(start)
	sum, err := readSummary(ctx, strings.TrimSuffix(o.Output, "/")+"/summary.json")
	if err != nil {
		fmt.Fprintln(os.Stderr, "newslint-beam: reading the summary:", err)
		os.Exit(1)
	}
	fmt.Printf("%d files, %d errors, %d warnings, %d infos, %d unreadable files in %.1f s (%.0f files/s); results in %s\n",
		sum.Files, sum.Errors, sum.Warnings, sum.Infos, sum.InputErrors, elapsed.Seconds(),
		float64(sum.Files+sum.InputErrors)/elapsed.Seconds(), o.Output)
}

func readSummary(ctx context.Context, name string) (pipeline.Summary, error) {
	var sum pipeline.Summary
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return sum, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, name)
	if err != nil {
		return sum, err
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return sum, err
	}
	return sum, json.Unmarshal(b, &sum)
}

func usage(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "newslint-beam: "+format+"\n", args...)
	fmt.Fprintln(os.Stderr, "usage: newslint-beam --input PATH|--records GLOB --output DIR [--runner prism] (-help lists the flags)")
	os.Exit(2)
}
